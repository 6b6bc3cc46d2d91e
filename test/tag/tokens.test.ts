import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, tokenize } from '../../stages/tag/normalize.ts';
import { wordKey } from '../../stages/tag/wordfilter.ts';
import { readFileSync } from 'node:fs';
import { evalFile } from '../gold-files.ts';

// The definition the tokenizer's character loop implements: a run of letters, marks and digits, or any other
// character that is not a space.
const TOKEN_RE = /[\p{L}\p{M}\p{N}]+|\S/gu;

/** What tokenize must give for `text`, from the regex and the folding function. */
function expected(text: string) {
  return [...text.matchAll(TOKEN_RE)].map((m) => {
    const norm = fold(m[0]);
    return { text: m[0], start: m.index, end: m.index + m[0].length, norm, key: wordKey(norm) };
  });
}

const actual = (text: string) => tokenize(text).map(({ text, start, end, norm, key }) => ({ text, start, end, norm, key }));

describe('tokenize', () => {
  it('gives the regex matches with their folds, and keys read off the text that equal the keys of the folds', () => {
    const ascii = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));
    const alnum = [...'AZaz09Mm'];
    const pairs = alnum.flatMap((a) => alnum.map((b) => a + b));
    const samples = [
      readFileSync(evalFile('seed-article.txt'), 'utf8'),
      ascii.join(' '),
      pairs.join(' '),
      'I a A `quoted´ ‘single’ “double” «guillemets» U.S.-backed co-operate Erdoğan İstanbul Straße Øresund Æsir cœur',
      'NATO UNHCR ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz0123456789 x1 1x 2025 e\u0301 \u0301 𝐀𝐁 😀',
    ];
    for (const text of samples) expect(actual(text)).toEqual(expected(text));
  });

  it('agrees with the regex on any text', () => {
    const piece = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 8 }), fc.constantFrom(' ', 'US', 'Fidan', '’s', '\u00a0', 'ß'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const text = pieces.join('');
        expect(actual(text)).toEqual(expected(text));
      }),
      { numRuns: 500 },
    );
  });
});
