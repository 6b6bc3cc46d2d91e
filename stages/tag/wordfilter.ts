// A quick "certainly not" before a word lookup. Most tokens are in no list, and for a token's fresh
// string the hash a Map or Set computes first costs more than the rest of the lookup.

/** A bit per (length, first two characters, last character), five low bits of each: 2^19 bits, 64 KiB. */
function keyOf(word: string): number {
  return (Math.min(word.length, 15) << 15) | ((word.charCodeAt(0) & 31) << 10) | ((word.charCodeAt(1) & 31) << 5) | (word.charCodeAt(word.length - 1) & 31);
}

export class WordFilter {
  private readonly bits = new Uint32Array(1 << 14);

  add(word: string): void {
    const key = keyOf(word);
    this.bits[key >>> 5]! |= 1 << (key & 31);
  }

  /** False: `word` was never added. True: it may have been. */
  mayHave(word: string): boolean {
    const key = keyOf(word);
    return (this.bits[key >>> 5]! & (1 << (key & 31))) !== 0;
  }
}
