import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { mayHoldCue } from '../../stages/classify/cues.ts';
import { loadDefaultLexicon } from '../../stages/classify/index.ts';
import { tokenize } from '../../stages/classify/tokens.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

describe("classify's word caches", () => {
  it('keep no document alive: a cached word is a copy, not a slice of the text it came from', () => {
    const lexicon = loadDefaultLexicon();
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let k = 0; k < 20; k++) {
      // A 2 MB document whose last sentence brings words never seen before, long enough for V8 to slice.
      const doc = 'x'.repeat(2_000_000) + ` Constitutionalword${k} giving supportword${k} now.`;
      const sentence = doc.slice(2_000_001);
      tokenize(sentence);
      mayHoldCue(sentence, lexicon);
    }
    gc();
    // 20 documents of 2 MB would be 40 MB if the caches held them.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(10_000_000);
  });
});
