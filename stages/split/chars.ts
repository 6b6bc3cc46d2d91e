// Character classes for the scanner: one table lookup per character keeps the hot loop cheap.

export const TERMINAL = 1; // . ! ? …
export const OPENER = 2; // may open a quotation or a bracket
export const CLOSER = 4; // may close one
export const LINE_BREAK = 8;
export const BULLET = 16;
export const LINE_BULLET = 32;
const SPACE = 64; // white space as String.prototype.trim sees it; kept out of the scanner's table

export const DOT = 0x2e;
export const ELLIPSIS = 0x2026;
export const NEWLINE = 0x0a;
export const CARRIAGE_RETURN = 0x0d;
export const PARAGRAPH_SEPARATOR = 0x2029;
export const RIGHT_PAREN = 0x29;

// The same set that String.prototype.trim removes, so sentence text equals the trimmed slice.
const SPACES = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
  0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
];

/** Quotation and bracket families: a closer only closes an opener of its own family. */
export const Family = { None: 0, Double: 1, Single: 2, Paren: 3, Square: 4, Curly: 5 } as const;
export type Family = (typeof Family)[keyof typeof Family];

export function familyOf(code: number): Family {
  switch (code) {
    case 0x22: case 0x201c: case 0x201d: case 0xab: case 0xbb: return Family.Double; // " “ ” « »
    case 0x27: case 0x2018: case 0x2019: return Family.Single; // ' ‘ ’
    case 0x28: case 0x29: return Family.Paren;
    case 0x5b: case 0x5d: return Family.Square;
    case 0x7b: case 0x7d: return Family.Curly;
    default: return Family.None;
  }
}

/**
 * Builds the scanner's per-character table; bullets come from the rules, so there is one per rule set.
 * Letters, digits and white space are 0 there, so the hot loop skips them with one comparison.
 */
export function buildCharTable(bullets: string[], lineBullets: string[]): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const c of '.!?…') table[c.charCodeAt(0)]! |= TERMINAL;
  for (const c of '([{"\'“‘«') table[c.charCodeAt(0)]! |= OPENER;
  for (const c of ')]}"\'”’»') table[c.charCodeAt(0)]! |= CLOSER;
  for (const code of [0x0a, 0x0d, 0x2028, 0x2029]) table[code]! |= LINE_BREAK;
  for (const c of bullets) table[c.charCodeAt(0)]! |= BULLET;
  for (const c of lineBullets) table[c.charCodeAt(0)]! |= LINE_BULLET;
  return table;
}

const SHARED = buildCharTable([], []);
for (const code of SPACES) SHARED[code]! |= SPACE;

export function isSpace(code: number): boolean {
  return (SHARED[code]! & SPACE) !== 0;
}

/** . ! ? … */
export function isTerminal(code: number): boolean {
  return (SHARED[code]! & TERMINAL) !== 0;
}

export function isLineBreak(code: number): boolean {
  return (SHARED[code]! & LINE_BREAK) !== 0;
}

/** Straight or curly quotation marks and brackets that can close a span. */
export function isCloser(code: number): boolean {
  return (SHARED[code]! & CLOSER) !== 0;
}

/** Marks that can open a quotation or bracket, skipped when looking at the next word. */
export function isOpener(code: number): boolean {
  return (SHARED[code]! & OPENER) !== 0 || code === 0xbf || code === 0xa1; // also ¿ ¡
}

const LETTER = /\p{L}/u;

export function isLetter(code: number): boolean {
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return LETTER.test(String.fromCharCode(code));
}

export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

export const Case = { Upper: 0, Lower: 1, Digit: 2, Other: 3 } as const;
export type Case = (typeof Case)[keyof typeof Case];

export function caseOf(code: number): Case {
  if (code >= 0x41 && code <= 0x5a) return Case.Upper;
  if (code >= 0x61 && code <= 0x7a) return Case.Lower;
  if (isDigit(code)) return Case.Digit;
  if (code < 0x80) return Case.Other;
  const c = String.fromCharCode(code);
  if (c !== c.toLowerCase()) return Case.Upper;
  if (c !== c.toUpperCase()) return Case.Lower;
  return Case.Other;
}
