// Paired quotation marks in a sentence: straight and curly, double and single, and quotes that run on.

export interface QuoteSpan {
  start: number;
  end: number;
  /** Opened in an earlier sentence. */
  continued: boolean;
}

const OPENERS = new Set(['\u201c', '\u201e', '\u00ab']);
const CLOSERS = new Set(['\u201d', '\u00bb']);
const LETTER_RE = /[\p{L}\p{N}]/u;
const SPACE_RE = /[\s([{]/u;

const NONE = Object.freeze({ spans: Object.freeze([]) as unknown as QuoteSpan[], open: false });

const isLetter = (c: string | undefined): boolean => c !== undefined && LETTER_RE.test(c);
const isSpaceBefore = (c: string | undefined): boolean => c === undefined || SPACE_RE.test(c);

// A quotation needs a double mark, or a single one opening after a space; most sentences have
// neither. That is /["\u201c\u201d\u201e\u00ab\u00bb]|(?:^|[\s([{])['\u2018]/u, tested in two
// steps: the regex tries both alternatives at every position, and took twice as long.
const DOUBLE_MARK_RE = /["\u201c\u201d\u201e\u00ab\u00bb]/;

function mayHoldQuote(text: string): boolean {
  if (DOUBLE_MARK_RE.test(text)) return true;
  for (let i = text.indexOf("'"); i >= 0; i = text.indexOf("'", i + 1)) if (isSpaceBefore(text[i - 1])) return true;
  for (let i = text.indexOf('\u2018'); i >= 0; i = text.indexOf('\u2018', i + 1)) if (isSpaceBefore(text[i - 1])) return true;
  return false;
}

/** Quotes of one sentence; `open` says a double quote was left open by the previous sentence. */
export function findQuotes(text: string, open: boolean): { spans: QuoteSpan[]; open: boolean } {
  if (!open && !mayHoldQuote(text)) return NONE;
  const spans: QuoteSpan[] = [];
  let inDouble = open;
  let doubleStart = 0;
  let continued = open;
  let singleStart = -1;
  const close = (end: number): void => {
    spans.push({ start: doubleStart, end, continued });
    inDouble = false;
    continued = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const before = text[i - 1];
    const after = text[i + 1];
    if (c === '"' || OPENERS.has(c) || CLOSERS.has(c)) {
      const looksClosing = !isSpaceBefore(before) && !isLetter(after);
      const looksOpening = isSpaceBefore(before) || (before !== undefined && /["'\u2018\u201c]/.test(before));
      // With nothing open a closer is no quotation (12" pipes); a quote the last sentence left open is open here.
      const strayCloser = CLOSERS.has(c) ? !(looksOpening && isLetter(after)) : c === '"' && looksClosing && !looksOpening;
      if (inDouble) {
        if (OPENERS.has(c) && !looksClosing) continue; // a stray opener inside a quote
        close(i + 1);
      } else if (!strayCloser) {
        inDouble = true;
        doubleStart = i;
        singleStart = -1;
      }
      continue;
    }
    if (inDouble) continue;
    if ((c === '\u2018' || c === "'") && singleStart < 0 && isSpaceBefore(before) && isLetter(after)) {
      singleStart = i;
    } else if ((c === '\u2019' || c === "'") && singleStart >= 0 && !isLetter(after) && !isSpaceBefore(before)) {
      spans.push({ start: singleStart, end: i + 1, continued: false });
      singleStart = -1;
    }
  }
  if (inDouble && text.length > doubleStart) spans.push({ start: doubleStart, end: text.length, continued });
  spans.sort((a, b) => a.start - b.start);
  return { spans, open: inDouble };
}

/** The index of the quote holding [start, end), or -1. */
export function quoteAt(spans: QuoteSpan[], start: number, end: number): number {
  // Spans are sorted and never overlap: the only candidate is the last one opening at or before `start`.
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= start) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && end <= spans[found]!.end ? found : -1;
}
