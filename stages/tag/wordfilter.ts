// A quick "certainly not" before a word lookup. Most tokens are in no list, and for a token's fresh
// string the hash a Map or Set computes first costs more than the rest of the lookup.

/** A bit per (length, first two characters, last character), five low bits of each: 2^19 bits, 64 KiB. */
export function wordKey(word: string): number {
  return wordKeyOf(word, 0, word.length);
}

/** `wordKey(text.slice(start, end))`, without making the slice. */
export function wordKeyOf(text: string, start: number, end: number): number {
  const length = end - start;
  if (length === 0) return 0;
  const second = length > 1 ? text.charCodeAt(start + 1) : 0;
  return (Math.min(length, 15) << 15) | ((text.charCodeAt(start) & 31) << 10) | ((second & 31) << 5) | (text.charCodeAt(end - 1) & 31);
}

export class WordFilter {
  private readonly bits = new Uint32Array(1 << 14);

  add(word: string): void {
    const key = wordKey(word);
    this.bits[key >>> 5]! |= 1 << (key & 31);
  }

  /** False: no word with this `wordKey` was added. True: one may have been. */
  mayHaveKey(key: number): boolean {
    return (this.bits[key >>> 5]! & (1 << (key & 31))) !== 0;
  }
}
