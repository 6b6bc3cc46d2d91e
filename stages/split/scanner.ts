// One left-to-right pass per paragraph that decides where sentences end; every step is O(1) amortised.
import { BULLET, Case, DOT, ELLIPSIS, LINE_BULLET, RIGHT_PAREN, TERMINAL, isCloser, isSpace } from './chars.ts';
import { END, isIntroductoryPhrase, lineContextBefore, nextWord, wordBefore, type WordBefore } from './boundary.ts';
import { TokenClass, classifyToken, type Lexicon } from './lexicon.ts';
import { continuesList, opensList, parseMarker, type ListMarker } from './markers.ts';
import { pairParagraph, type Spans } from './paragraph.ts';

export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

export function scanSentences(text: string, lexicon: Lexicon): SentenceSpan[] {
  return new Scanner(text, lexicon).run();
}

class Scanner {
  private readonly out: SentenceSpan[] = [];
  private readonly spans: Spans = { open: [], close: [], events: [] };
  private readonly table: Uint8Array;
  private readonly isBullet = (code: number): boolean => (this.table[code]! & BULLET) !== 0;
  /** Start of the sentence being built: the last cut. */
  private sentenceStart = 0;
  /** First non-space character of the current sentence, or below sentenceStart when not yet known. */
  private contentStart = -1;
  private paragraphStart = 0;
  private paragraphEnd = 0;
  private list: ListMarker | null = null;

  constructor(
    private readonly text: string,
    private readonly lexicon: Lexicon,
  ) {
    this.table = lexicon.table;
  }

  run(): SentenceSpan[] {
    const n = this.text.length;
    let start = 0;
    while (start < n) {
      const bounds = pairParagraph(this.text, start, this.table, this.spans);
      this.scanParagraph(start, bounds.end);
      this.cut(bounds.end); // a blank line always ends a sentence
      start = bounds.next;
    }
    this.cut(n);
    return this.out;
  }

  /** Ends the current sentence at `at`; the trimmed slice becomes a sentence unless it is empty. */
  private cut(at: number): void {
    if (at <= this.sentenceStart) return;
    let a = this.sentenceStart;
    let b = at;
    this.sentenceStart = at;
    while (a < b && isSpace(this.text.charCodeAt(a))) a++;
    while (b > a && isSpace(this.text.charCodeAt(b - 1))) b--;
    if (a < b) this.out.push({ start: a, end: b, text: this.text.slice(a, b) });
  }

  /** Visits the paragraph's paired spans and candidate characters in text order. */
  private scanParagraph(start: number, end: number): void {
    const { text, table } = this;
    const { open, close, events } = this.spans;
    this.paragraphStart = start;
    this.paragraphEnd = end;
    this.sentenceStart = Math.max(this.sentenceStart, start);
    this.list = null;
    let slot = 0;
    let event = 0;
    let at = start; // everything before `at` is decided
    for (;;) {
      while (slot < open.length && (open[slot]! < at || close[slot]! < 0)) slot++;
      while (event < events.length && events[event]! < at) event++;
      const spanAt = slot < open.length ? open[slot]! : end;
      const eventAt = event < events.length ? events[event]! : end;
      if (spanAt >= end && eventAt >= end) return;
      if (spanAt < eventAt) {
        at = this.afterSpan(spanAt, close[slot]!); // spans and events inside it are skipped
        continue;
      }
      const code = text.charCodeAt(eventAt);
      const cls = table[code]!;
      at = eventAt + 1;
      if (cls & TERMINAL) at = this.afterTerminalRun(eventAt);
      else if (code === RIGHT_PAREN) this.afterParen(eventAt);
      else if (cls & BULLET) this.cut(eventAt);
      else if (cls & LINE_BULLET && isSpace(text.charCodeAt(eventAt + 1)) && this.lineContext(eventAt) === 'line') {
        this.cut(eventAt);
      }
    }
  }

  /** A quotation or bracket is kept whole; its closing mark ends a sentence if a terminal stands before it. */
  private afterSpan(opener: number, closer: number): number {
    const { text } = this;
    let p = closer - 1;
    while (p > opener && closer - p <= 8 && isCloser(text.charCodeAt(p))) p--;
    if (p <= opener || !(this.table[text.charCodeAt(p)]! & TERMINAL)) return closer + 1;
    let tail = closer + 1;
    while (tail < this.paragraphEnd && isCloser(text.charCodeAt(tail))) tail++;
    if (tail < this.paragraphEnd && !isSpace(text.charCodeAt(tail))) return closer + 1; // "Out!"—and
    const runEnd = p + 1;
    let runStart = p;
    while (runStart > opener + 1 && runEnd - runStart < 64 && this.continuesRunBackwards(runStart)) runStart--;
    return this.candidate(runStart, runEnd, tail, false);
  }

  // Walks back over terminals and the spaces of a spaced ellipsis (". . .").
  private continuesRunBackwards(at: number): boolean {
    const prev = this.text.charCodeAt(at - 1);
    if (this.table[prev]! & TERMINAL) return true;
    return prev === 0x20 && this.text.charCodeAt(at - 2) === DOT && this.text.charCodeAt(at) === DOT;
  }

  /** Reads a run of terminals (". . . .", "?!", "…") from `at` and decides whether it ends a sentence. */
  private afterTerminalRun(at: number): number {
    const { text } = this;
    const end = this.paragraphEnd;
    let j = at;
    while (j < end) {
      const code = text.charCodeAt(j);
      if (this.table[code]! & TERMINAL) j++;
      else if (code === 0x20 && text.charCodeAt(j + 1) === DOT && this.spacedDotFollows(j + 2)) j++;
      else break;
    }
    let tail = j;
    while (tail < end && isCloser(text.charCodeAt(tail))) tail++;
    if (tail < end && !isSpace(text.charCodeAt(tail))) return j; // "U.S.-backed", "Jr.'s", "e.g.,"
    return this.candidate(at, j, tail, true);
  }

  // In ". . ." each dot is followed by a space, a dot, a closing mark or the end; ". .NET" is not an ellipsis.
  private spacedDotFollows(after: number): boolean {
    if (after >= this.paragraphEnd) return true;
    const code = this.text.charCodeAt(after);
    return isSpace(code) || code === DOT || isCloser(code);
  }

  /** Decides a candidate: terminals at [runStart, runEnd), closing marks up to `tail`, then white space. */
  private candidate(runStart: number, runEnd: number, tail: number, markerPossible: boolean): number {
    const { text, lexicon } = this;
    let dots = 0;
    let strong = false;
    for (let k = runStart; k < runEnd; k++) {
      const code = text.charCodeAt(k);
      if (code === DOT) dots++;
      else if (code === ELLIPSIS) dots += 3;
      else if (code !== 0x20) strong = true;
    }
    let word: WordBefore | null | undefined;
    if (markerPossible && dots === 1 && !strong) {
      const delimiter = tail === runEnd ? '.' : tail === runEnd + 1 && text.charCodeAt(runEnd) === RIGHT_PAREN ? '.)' : '';
      word = wordBefore(text, runStart, this.paragraphStart, this.isBullet);
      if (delimiter && word !== null && this.isListMarker(word, delimiter)) return tail;
    }
    const next = nextWord(text, tail, this.paragraphEnd, lexicon);
    if (next.kind === END) return tail;
    if (next.kind === Case.Lower) return tail; // "Yahoo! in", "co. at", "'This is great.' she said"
    if (strong) return this.cutAt(tail);
    if (dots === 3) return tail; // an ellipsis leaves out words inside a sentence
    if (dots >= 4) {
      // "compounds. . . . The": the period is the first dot, the ellipsis opens the next sentence
      const attached = runStart > this.paragraphStart && !isSpace(text.charCodeAt(runStart - 1));
      const split = attached && text.charCodeAt(runStart + 1) === 0x20 ? runStart + 1 : tail;
      this.cut(split);
      return tail;
    }
    if (word === undefined) word = wordBefore(text, runStart, this.paragraphStart, this.isBullet);
    if (word === null || dots === 2) return this.cutAt(tail);
    switch (classifyToken(word.core, lexicon)) {
      case TokenClass.Title:
        // "Gen. Mark Milley", "St. Petersburg" and "Rev. Dr. King" stay; "on Main St. The police" splits
        if (!next.starter || lexicon.titles.has(next.word)) return tail;
        return this.cutAt(tail);
      case TokenClass.NumberPrefix:
        return next.kind === Case.Digit ? tail : this.cutAt(tail); // "p. 55", "No. 10"
      case TokenClass.Abbreviation:
        // "U.S. Government" stays, "the U.K. The trip" splits, "At 5 a.m. Mr. Smith" stays
        if (next.kind !== Case.Upper || !next.starter) return tail;
        if (isIntroductoryPhrase(text, this.sentenceStart, runStart, lexicon)) return tail;
        return this.cutAt(tail);
      case TokenClass.FinalAbbreviation:
        // "at 6 p.m. Residents fled" splits, "at 9 a.m. Monday" stays
        if (next.kind !== Case.Upper || lexicon.continuations.has(next.word)) return tail;
        if (isIntroductoryPhrase(text, this.sentenceStart, runStart, lexicon)) return tail;
        return this.cutAt(tail);
      default:
        return this.cutAt(tail);
    }
  }

  private cutAt(at: number): number {
    this.cut(at);
    return at;
  }

  /** A ")" followed by white space: "1)" or "b)" may be a list marker. */
  private afterParen(at: number): void {
    if (at + 1 < this.paragraphEnd && !isSpace(this.text.charCodeAt(at + 1))) return;
    const word = wordBefore(this.text, at, this.paragraphStart, this.isBullet);
    if (word !== null) this.isListMarker(word, ')');
  }

  /**
   * A list marker starts a new sentence and never ends one. It counts after a bullet or as the first word
   * of a sentence ("… operations. 2. The organisation"), at the start of a line when it opens a list
   * ("1.", "a."), and anywhere when it continues the list ("2." after "1.").
   */
  private isListMarker(word: WordBefore, delimiter: string): boolean {
    const marker = parseMarker(word.core, delimiter);
    if (marker === null) return false;
    const context = word.bulleted ? 'bullet' : this.lineContext(word.start);
    const recognised =
      context === 'bullet' ||
      continuesList(marker, this.list) ||
      (context === 'line' && opensList(marker)) ||
      word.start <= this.sentenceContentStart();
    if (!recognised) return false;
    this.list = marker;
    if (context !== 'bullet') this.cut(word.start); // the bullet itself was the cut
    return true;
  }

  /** Where the current sentence's first word starts (white space skipped); computed once per sentence. */
  private sentenceContentStart(): number {
    if (this.contentStart < this.sentenceStart) {
      let a = this.sentenceStart;
      while (a < this.paragraphEnd && isSpace(this.text.charCodeAt(a))) a++;
      this.contentStart = a;
    }
    return this.contentStart;
  }

  private lineContext(at: number): 'line' | 'bullet' | 'mid' {
    return lineContextBefore(this.text, at, this.paragraphStart, this.isBullet);
  }
}
