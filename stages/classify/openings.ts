// Word openings: a character trie of the beginnings that any cue's first word has in every inflection, so a
// sentence is tested for cues in one pass over its characters, without slicing or stemming its other words.

interface OpeningNode {
  next: Map<number, OpeningNode>;
  /** An opening ends here: every word that reaches this node needs the full test. */
  end: boolean;
}

export interface Openings {
  root: OpeningNode;
}

/** Beginnings, lowercase: e.g. "giv" (give, gives, giving), "support". A non-ASCII beginning is kept as is. */
export function buildOpenings(beginnings: Iterable<string>): Openings {
  const root: OpeningNode = { next: new Map(), end: false };
  for (const beginning of beginnings) {
    let node = root;
    for (let i = 0; i < beginning.length; i++) {
      const c = beginning.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  return { root };
}

/**
 * Whether text[start, end) may start with an opening. ASCII letters are compared lowercase; a word with any
 * other character before a decision is always worth the full test, which stays the judge.
 */
export function mayOpen(openings: Openings, text: string, start: number, end: number): boolean {
  let node = openings.root;
  if (node.end) return true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return true;
    const child = node.next.get(c >= 65 && c <= 90 ? c | 0x20 : c);
    if (!child) return false;
    if (child.end) return true;
    node = child;
  }
  return false;
}
