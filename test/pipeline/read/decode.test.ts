import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, firstInvalidUtf8 } from '../../../pipeline/io/read/decode.ts';

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);

describe('finding the first invalid UTF-8 byte', () => {
  it.each([
    ['a lone continuation byte', bytes(0x41, 0x80), 1],
    ['a lead byte cut short by ASCII', bytes(0x4b, 0xe2, 0x82, 0x41), 1],
    ['a lead byte at the very end', bytes(0x41, 0x42, 0xc3), 2],
    ['an overlong slash', bytes(0xc0, 0xaf), 0],
    ['a UTF-16 surrogate', bytes(0x20, 0xed, 0xa0, 0x80), 1],
    ['a code point above U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ['a byte that never appears in UTF-8', bytes(0xe2, 0x82, 0xac, 0xff), 3],
  ])('points at %s', (_, input, offset) => {
    expect(firstInvalidUtf8(input)).toBe(offset);
  });

  it('accepts valid text in every script the news uses', () => {
    expect(firstInvalidUtf8(Buffer.from('Türkiye, Україна, 北京, €1.8 billion, 🇺🇦'))).toBe(-1);
  });

  it('agrees with TextDecoder on random bytes, and the prefix before the offset always decodes', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    const isValid = (input: Uint8Array): boolean => {
      try {
        strict.decode(input);
        return true;
      } catch {
        return false;
      }
    };
    // Bytes biased toward the UTF-8 structure bytes, so the interesting cases come up often.
    const byte = fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x80, 0xbf, 0xc2, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0x9f, 0xa0));
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 24 }), fc.array(byte, { maxLength: 24 }), (random, structured) => {
        for (const input of [random, Uint8Array.from(structured)]) {
          const at = firstInvalidUtf8(input);
          expect(at === -1).toBe(isValid(input));
          if (at !== -1) expect(isValid(input.subarray(0, at))).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('names the offset in the file when given where the bytes start', () => {
    expect(decodeUtf8(bytes(0x61, 0xff), 100)).toEqual({ ok: false, code: 'INVALID_UTF8', reason: expect.stringContaining('byte offset 101 (byte 0xff)') });
    expect(decodeUtf8(bytes(0x61, 0x00), 100)).toEqual({ ok: false, code: 'BINARY_DATA', reason: expect.stringContaining('byte offset 101') });
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x61))).toEqual({ ok: true, text: '\uFEFFa' }); // only a file-leading BOM is stripped, by the readers
  });
});
