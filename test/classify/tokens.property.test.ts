// Classify's tokenizer reads the characters by hand; whatever the input, its tokens are the regex's matches.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../stages/classify/tokens.ts';

/** The definition the tokenizer implements: runs of letters and digits, and single other characters but spaces and "*". */
const TOKEN = /[\p{L}\p{N}]+|[^\s*\p{L}\p{N}]/gu;

/**
 * Tokens as [start, end) spans, "wo" "n't" given back as the regex's "won" "'" "t": the tokenizer moves the "n" of a
 * negative contraction into a token of its own after the regex's split.
 */
function spans(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) {
    const last = out[out.length - 1];
    if (t.lower === "n't" && last?.endsWith(`-${t.start}`)) {
      const n = t.start;
      out[out.length - 1] = `${last.split('-')[0]}-${n + 1}`;
      out.push(`${n + 1}-${n + 2}`, `${n + 2}-${t.end}`);
    } else out.push(`${t.start}-${t.end}`);
  }
  return out;
}

const regexSpans = (text: string): string[] => [...text.matchAll(TOKEN)].map((m) => `${m.index}-${m.index + m[0].length}`);

// Letters, digits, spaces of several kinds, marks, surrogate pairs (a letter and an emoji) and a lone surrogate.
const tricky = fc.constantFrom(...['a', 'Z', 'é', '9', '٣', ' ', '\u00a0', '\u2028', '\t', '\n', ',', "'", '’', '-', '𝐀', '😀', '\ud800', 'n', 't', '*']);

describe('classify tokenize', () => {
  it('gives the regex matches, in order, for any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
      expect(spans(text)).toEqual(regexSpans(text));
    }), { numRuns: 500 });
    expect(spans('an’t')).toEqual(regexSpans('an’t'));
    fc.assert(fc.property(fc.string({ unit: tricky, maxLength: 200 }), (text) => {
      expect(spans(text)).toEqual(regexSpans(text));
    }), { numRuns: 1500 });
  });

  it('splits a negative contraction and keeps every other token as the text has it', () => {
    expect(tokenize('Oslo won’t  accept\u00a0it, 𝐀 says.').map((t) => t.text)).toEqual(['Oslo', 'wo', 'n’t', 'accept', 'it', ',', '𝐀', 'says', '.']);
    expect(tokenize('by the **Israeli occupation**.').map((t) => t.text)).toEqual(['by', 'the', 'Israeli', 'occupation', '.']);
  });
});
