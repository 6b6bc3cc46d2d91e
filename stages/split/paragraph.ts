// The only pass over every character: finds a paragraph's end, pairs its quotation marks and brackets,
// and lists the few characters (terminals, bullets, unpaired ")") that the scanner then looks at.
import {
  BULLET, CLOSER, Family, LINE_BREAK, LINE_BULLET, OPENER, PARAGRAPH_SEPARATOR, CARRIAGE_RETURN, NEWLINE,
  RIGHT_PAREN, TERMINAL, familyOf, isCloser, isLetter, isDigit, isLineBreak, isOpener, isSpace, isTerminal,
} from './chars.ts';

/** One paragraph's marks, in text order. */
export interface Spans {
  /** Openers; `close[k]` is the index of the matching mark, or -1 if it was never closed. */
  open: number[];
  close: number[];
  /** Terminals, bullets, line bullets and unpaired ")" — the scanner's candidates. */
  events: number[];
}

const EVENT = TERMINAL | BULLET | LINE_BULLET;
const MARK = OPENER | CLOSER | LINE_BREAK;

export interface ParagraphBounds {
  /** End of the paragraph's text (exclusive). */
  end: number;
  /** Where the next paragraph's text may start. */
  next: number;
}

// A deeper nest than this is noise (a run of brackets); dropping the oldest keeps each mark O(1).
const MAX_DEPTH = 32;
// Longer "pairs" are mispairings, not quotations: the longest real quote in 233 State of the Union
// speeches is 2 200 characters, while "'The Government's …" met "employers' liability" 33 000 later.
const MAX_SPAN = 3_000;
// A straight ' is also an apostrophe ("employers'"), so its pairs are trusted over a shorter reach.
const MAX_SINGLE_SPAN = 1_000;

const Role = { None: 0, Open: 1, Close: 2 } as const;
type Role = (typeof Role)[keyof typeof Role];

/** Scans from `start` to the next blank line (or end of text), filling `spans`. */
export function pairParagraph(text: string, start: number, table: Uint8Array, spans: Spans): ParagraphBounds {
  spans.open.length = 0;
  spans.close.length = 0;
  spans.events.length = 0;
  const events = spans.events;
  const stack: number[] = []; // indices into spans.open
  const families: Family[] = [];
  const n = text.length;
  let i = start;
  while (i < n) {
    const code = text.charCodeAt(i);
    const cls = table[code]!;
    if (cls === 0) {
      i++;
      continue;
    }
    if ((cls & MARK) === 0) {
      // a "-" inside a word ("cease-fire") can never be a line's bullet
      if (cls & EVENT && !(cls & LINE_BULLET && i > start && !isSpace(text.charCodeAt(i - 1)))) events.push(i);
      i++;
      continue;
    }
    if (cls & LINE_BREAK) {
      if (code === PARAGRAPH_SEPARATOR) return { end: i, next: i + 1 };
      let j = code === CARRIAGE_RETURN && text.charCodeAt(i + 1) === NEWLINE ? i + 2 : i + 1;
      while (j < n && isSpace(text.charCodeAt(j)) && !isLineBreak(text.charCodeAt(j))) j++;
      if (j < n && isLineBreak(text.charCodeAt(j))) return { end: i, next: j };
      i = j;
      continue;
    }
    const family = familyOf(code);
    const role = roleOf(text, i, code, start, isOpen(stack, families, family));
    if (role === Role.Open) {
      // Quotation marks of one kind do not nest: a new opener means the last one was never closed.
      if (family === Family.Double || family === Family.Single) dropFrom(stack, families, family);
      if (stack.length === MAX_DEPTH) stack.shift();
      stack.push(spans.open.length);
      families.push(family);
      spans.open.push(i);
      spans.close.push(-1);
    } else if (role === Role.Close) {
      let d = stack.length - 1;
      while (d >= 0 && families[stack[d]!] !== family) d--;
      if (d >= 0) {
        const k = stack[d]!;
        if (i - spans.open[k]! <= (family === Family.Single ? MAX_SINGLE_SPAN : MAX_SPAN)) spans.close[k] = i;
        stack.length = d; // marks opened inside and never closed are dropped
      } else if (code === RIGHT_PAREN) {
        events.push(i); // "1)" may be a list marker
      }
    }
    i++;
  }
  return { end: n, next: n };
}

function isOpen(stack: number[], families: Family[], family: Family): boolean {
  for (let d = stack.length - 1; d >= 0; d--) if (families[stack[d]!] === family) return true;
  return false;
}

function dropFrom(stack: number[], families: Family[], family: Family): void {
  for (let d = stack.length - 1; d >= 0; d--) {
    if (families[stack[d]!] === family) {
      stack.length = d;
      return;
    }
  }
}

/** Decides from the neighbours whether a mark opens, closes or is an apostrophe / stray mark. */
function roleOf(text: string, i: number, code: number, start: number, familyOpen: boolean): Role {
  const prev = i > start ? text.charCodeAt(i - 1) : -1;
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
  switch (code) {
    case 0x2019: // ’ closes a quotation unless it is an apostrophe inside or before a word
      return prev !== -1 && !isSpace(prev) && !isWordChar(next) ? Role.Close : Role.None;
    case 0x22: { // "
      const canOpen = opensAfter(prev) && next !== -1 && !isSpace(next);
      const canClose = prev !== -1 && !isSpace(prev) && closesBefore(next);
      if (canOpen && canClose) return familyOpen ? Role.Close : Role.Open;
      return canOpen ? Role.Open : canClose ? Role.Close : Role.None;
    }
    case 0x27: { // ' opens only before a letter ("'90s" is an elision) and closes only after a word
      if (opensAfter(prev) && next !== -1 && isLetter(next)) return Role.Open;
      return prev !== -1 && !isSpace(prev) && !isWordChar(next) ? Role.Close : Role.None;
    }
    default: // ( [ { “ ‘ « open and ) ] } ” » close wherever they stand: one role each in the table
      return isOpener(code) ? Role.Open : isCloser(code) ? Role.Close : Role.None;
  }
}

function isWordChar(code: number): boolean {
  return code !== -1 && (isLetter(code) || isDigit(code));
}

// What may stand before an opening mark: start, space, another opener, a dash or a slash.
function opensAfter(prev: number): boolean {
  return prev === -1 || isSpace(prev) || isOpener(prev) || isDashOrSlash(prev);
}

// What may stand after a closing mark: end, space, punctuation, another closer, a dash or a slash.
function closesBefore(next: number): boolean {
  if (next === -1 || isSpace(next) || isCloser(next) || isTerminal(next) || isDashOrSlash(next)) return true;
  return next === 0x2c || next === 0x3b || next === 0x3a; // , ; :
}

// - – — /
function isDashOrSlash(code: number): boolean {
  return code === 0x2d || code === 0x2013 || code === 0x2014 || code === 0x2f;
}
