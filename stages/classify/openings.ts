// Word openings: a character trie of the beginnings that any cue's first word has in every inflection, so a
// sentence is tested for cues in one pass over its characters, without slicing or stemming its other words.
// The trie is flat: one row of child indexes per node, one column per ASCII character the beginnings use.

export interface Openings {
  /** Column of each ASCII code (uppercase folded to lowercase), or -1 for a character no beginning has. */
  column: Int8Array;
  columns: number;
  /** `next[node * columns + column]`: the child node, or 0 (the root is never a child). */
  next: Uint32Array;
  /** An opening ends at this node: every word that reaches it needs the full test. */
  end: Uint8Array;
}

/** Beginnings, lowercase: e.g. "giv" (give, gives, giving), "support". A non-ASCII beginning is kept as is. */
export function buildOpenings(beginnings: Iterable<string>): Openings {
  const words = [...new Set(beginnings)];
  const column = new Int8Array(128).fill(-1);
  let columns = 0;
  for (const word of words) {
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      if (c < 128 && column[c] === -1) column[c] = columns++;
    }
  }
  for (let c = 65; c <= 90; c++) column[c] = column[c | 0x20]!;
  const rows: number[][] = [new Array(columns).fill(0)];
  const ends: boolean[] = [words.some((w) => w.length === 0)];
  for (const word of words) {
    let node = 0;
    for (let i = 0; i < word.length && !ends[node]; i++) {
      const c = word.charCodeAt(i);
      // A non-ASCII character ends the path: only a word with a non-ASCII character here could match (ASCII
      // never lowercases to one), and `mayOpen` sends every such word to the full test.
      if (c > 127) break;
      const col = column[c]!;
      if (rows[node]![col] === 0) {
        rows[node]![col] = rows.length;
        rows.push(new Array(columns).fill(0));
        ends.push(false);
      }
      node = rows[node]![col]!;
      if (i === word.length - 1) ends[node] = true;
    }
  }
  return { column, columns, next: Uint32Array.from(rows.flat()), end: Uint8Array.from(ends, (e) => (e ? 1 : 0)) };
}

/**
 * Whether text[start, end) may start with an opening. ASCII letters are compared lowercase; a word with any
 * other character before a decision is always worth the full test, which stays the judge.
 */
export function mayOpen(openings: Openings, text: string, start: number, end: number): boolean {
  const { column, columns, next } = openings;
  let node = 0;
  if (openings.end[0]) return true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return true;
    const col = column[c]!;
    if (col < 0) return false;
    node = next[node * columns + col]!;
    if (node === 0) return false;
    if (openings.end[node]) return true;
  }
  return false;
}
