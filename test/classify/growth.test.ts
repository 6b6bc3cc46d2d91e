// Time grows linearly with the input, whatever the sentence or the lexicon: each case is timed on a text and on
// one four times longer, in one run, and the ratio checked. Linear work gives about 4; quadratic work gives 16.
// The bound, 10, leaves room for a noisy machine; no absolute time is asserted.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifySentences, compileLexicon, LexiconSchema, type Lexicon } from '../../stages/classify/index.ts';
import { tag } from '../tag/helpers.ts';

const LINEAR_BOUND = 10;
/** Not a speed check (the ratios are): only how long a loaded machine may take before a run counts as hung. */
const HANG_GUARD_MS = 120_000;

const shipped = (): Lexicon => LexiconSchema.parse(JSON.parse(readFileSync(new URL('../../stages/classify/lexicon.json', import.meta.url), 'utf8')));

/** The fastest of five runs of `work`, in milliseconds: a busy machine slows some runs, rarely all five. */
function fastest(work: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    work();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

/** How much longer `run` takes on `make(4n)` than on `make(n)`. */
function growth(make: (n: number) => string, n: number, run: (text: string) => void): number {
  const small = make(n);
  const large = make(4 * n);
  run(small); // warm the code and the caches before timing
  return fastest(() => run(large)) / fastest(() => run(small));
}

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)]!;

describe('time grows linearly with the input', () => {
  const lexicon = compileLexicon(shipped());

  it('one sentence of thousands of cues and actors', () => {
    const sentence = (n: number) => `${'Germany praised Poland and '.repeat(n)}Germany praised Poland.`;
    const ratio = growth(sentence, 2000, (text) => classifySentences(tag(text), lexicon));
    expect(ratio).toBeLessThan(LINEAR_BOUND);
  }, HANG_GUARD_MS);

  it('a lexicon cue of four gaps over a run of its own word', () => {
    const own = shipped();
    own.cues.push({ pattern: 'say ... say ... say ... say ... zzz', stance: 'support', form: 'phrase', weight: 0.5, cameo: null });
    const compiled = compileLexicon(own);
    const sentence = (n: number) => `Chile ${'say '.repeat(n)}zzz Peru.`;
    const tagged = new Map<string, ReturnType<typeof tag>>();
    const run = (text: string) => classifySentences(tagged.get(text) ?? tagged.set(text, tag(text)).get(text)!, compiled);
    expect(growth(sentence, 4000, run)).toBeLessThan(LINEAR_BOUND);
  }, HANG_GUARD_MS);

  it('a fronted phrase of "to", lone parentheses and chains of coordinated infinitives', () => {
    const sentence = (n: number) => `To Chile we ${'praise it ) which we welcome and to commend '.repeat(n)}Peru.`;
    const ratio = growth(sentence, 2000, (text) => classifySentences(tag(text, { speaker: 'Chad' }), lexicon));
    expect(ratio).toBeLessThan(LINEAR_BOUND);
  }, HANG_GUARD_MS);

  it('random sentences up to 1 MB under random valid lexicons', () => {
    const next = random(20261204);
    const words = ['Chile', 'Peru', 'praised', 'backs', 'condemned', 'ready', 'to', 'help', 'offer', 'not', 'if', 'and', 'the', 'support', ',', 'said', 'by', 'of', 'our'];
    const stems = ['praise', 'back', 'condemn', 'ready', 'help', 'offer', 'support', 'say', 'the', 'to', 'of'];
    // Two rounds from 64 KB to 250 KB, one from 250 KB to 1 MB.
    for (const [round, size] of [10_000, 10_000, 40_000].entries()) {
      const own = shipped();
      for (let c = 0; c < 20; c++) {
        const slots = Array.from({ length: 2 + Math.floor(next() * 6) }, (_, i) => (i > 0 && next() < 0.4 ? '...' : pick(next, stems)));
        const pattern = slots.join(' ').replace(/(\.\.\. )+\.\.\./g, '...').replace(/ \.\.\.$/, ' to');
        own.cues.push({ pattern, stance: pick(next, ['support', 'condemn', 'offer']), form: 'phrase', weight: 0.5, cameo: null });
      }
      const compiled = compileLexicon(own);
      const sentence = (n: number) => `${Array.from({ length: n }, () => pick(next, words)).join(' ')}.`;
      const ratio = growth(sentence, size, (text) => classifySentences(tag(text), compiled));
      expect(ratio, `round ${round}`).toBeLessThan(LINEAR_BOUND);
    }
  }, HANG_GUARD_MS);
});
