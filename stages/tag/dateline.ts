// A news dateline ("NAIROBI (Reuters) -", "MOSCOW, March 3 (AP) —") at the start of a story names where it was
// filed, not an actor.

/**
 * The place in capitals (or any place before an agency in brackets), an optional date, an optional agency,
 * then a dash: the dateline that opens a wire story. Every part is bounded, so a long line costs no more.
 */
const DATELINE =
  /^(?:\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}\p{Lu}\.?(?:,\s*\p{L}[\p{L}\p{M} .'’-]{0,40}?)?(?:,?\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})?\s*(?:\([^()]{1,40}\)\s*)?|\p{Lu}[\p{L}\p{M} .,'’-]{1,60}?\s*\([^()]{1,40}\)\s*)[-–—]{1,2}\s/u;

/** Where the dateline opening `text` ends, or 0 when there is none. */
export function datelineEnd(text: string): number {
  const m = DATELINE.exec(text);
  return m ? m[0].length : 0;
}
