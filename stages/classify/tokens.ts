// A sentence as tokens with offsets, and where its actor mentions and quotations sit among them.
import type { Mention, Quote, TaggedSentence } from '../schemas.ts';
import { detached, stemOf, type MatchToken } from './patterns.ts';

export interface Token extends MatchToken {
  text: string;
  start: number;
  end: number;
}

export interface MentionSpan {
  mention: Mention;
  /** Token range, end exclusive. */
  from: number;
  to: number;
  /** Followed by 's / ’s: the actor owns something rather than acting. */
  possessive: boolean;
  /** The other members of a set named as one ("the two Koreas"), mentioned by the same words. */
  members?: Mention[];
}

/** Mentions a rule must pass over: the source's own, when looking for a target. */
export type ExcludedSpans = Pick<ReadonlySet<MentionSpan>, 'has'>;

export interface QuoteSpan {
  quote: Quote;
  from: number;
  to: number;
}

export interface SentenceView {
  sentence: TaggedSentence;
  tokens: Token[];
  mentions: MentionSpan[];
  /** For each token, the mention covering it, if any. */
  mentionAt: (MentionSpan | undefined)[];
  /** Quotations that are whole utterances; short scare quotes ("both deeply concerned") are not among them. */
  quotes: QuoteSpan[];
  /** Token indexes of the marks of scare quotes: transparent to the clause rules. */
  fragmentMarks: Set<number>;
  /** Written in capitals throughout ("WE CONDEMN THE ATTACK"): capitals mark no names. */
  shouted: boolean;
}

/** At least three words of two letters or more, none with a lowercase letter. */
function isShouted(tokens: readonly Token[]): boolean {
  let words = 0;
  for (const t of tokens) {
    if (!t.word || t.text.length < 2) continue;
    if (t.text !== t.text.toUpperCase()) return false;
    words++;
  }
  return words >= 3;
}

/**
 * A quote of a few words inside a sentence, without a first person, is a scare quote ("were “both deeply
 * concerned” about"), not an utterance with its own speaker; a quote that opens the sentence is an utterance.
 */
const FIRST_PERSON = new Set(['i', 'we', 'our', 'us', 'my', 'me']);
function isFragment(tokens: Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to).filter((t) => t.word);
  return from > 0 && words.length <= 5 && !words.some((t) => FIRST_PERSON.has(t.lower));
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const SPACE = /^\s$/u;
const WORD = /[\p{L}\p{N}]/u;
const ASCII_WORD = new Uint8Array(128).map((_, c) => (/[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0));
/** White space, and the asterisk: Markdown's emphasis ("**Israeli occupation**") is no word and no punctuation. */
const ASCII_SKIPPED = new Uint8Array(128).map((_, c) => (SPACE.test(String.fromCharCode(c)) || c === 0x2a ? 1 : 0));

/** Code units of the letter or digit at `i` (2 for a surrogate pair), or 0: the words of `[\p{L}\p{N}]+`. */
export function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_WORD[c]!;
  const point = text.codePointAt(i)!;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(point)) ? (point > 0xffff ? 2 : 1) : 0;
}

/**
 * Words (runs of letters and digits) and single other characters but white space and asterisks, with their
 * offsets: the matches of `[\p{L}\p{N}]+|[^\s*\p{L}\p{N}]`, read in one pass over the characters.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const start = i;
    let width = wordCharAt(text, i);
    if (width > 0) {
      for (i += width; i < n && (width = wordCharAt(text, i)) > 0; ) i += width;
    } else {
      const c = text.charCodeAt(i);
      if (c < 128) {
        i++;
        if (ASCII_SKIPPED[c]) continue;
      } else {
        const point = text.codePointAt(i)!;
        i += point > 0xffff ? 2 : 1;
        if (SPACE.test(String.fromCodePoint(point))) continue;
      }
    }
    tokens.push(makeToken(text.slice(start, i), start));
  }
  return splitNegativeContractions(tokens);
}

type Form = Pick<Token, 'lower' | 'stem' | 'word'>;
/** Lowercase, stem and word-ness of each distinct token text, computed once: news repeats its words. */
const forms = new Map<string, Form>();
const MAX_FORMS = 100_000;

function formOf(text: string): Form {
  let form = forms.get(text);
  if (form === undefined) {
    const key = detached(text);
    const lower = key.toLowerCase();
    const word = WORD.test(key);
    form = { lower: lower === '’' ? "'" : lower, stem: word ? stemOf(lower) : lower, word };
    if (forms.size >= MAX_FORMS) forms.clear();
    forms.set(key, form);
  }
  return form;
}

function makeToken(text: string, start: number): Token {
  const form = formOf(text);
  return { text, lower: form.lower, stem: form.stem, start, end: start + text.length, word: form.word };
}

/** "won't" → "wo" "n't", so negators see one token. */
function splitNegativeContractions(tokens: Token[]): Token[] {
  if (!tokens.some((t) => t.lower === 't')) return tokens;
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const apostrophe = tokens[i + 1];
    const tee = tokens[i + 2];
    if (
      t.word && t.lower.length > 1 && t.lower.endsWith('n') &&
      apostrophe && apostrophe.lower === "'" && apostrophe.start === t.end &&
      tee && tee.lower === 't' && tee.start === apostrophe.end
    ) {
      out.push(makeToken(t.text.slice(0, -1), t.start));
      out.push({ ...makeToken("n't", t.end - 1), text: t.text.slice(-1) + apostrophe.text + tee.text });
      i += 2;
    } else out.push(t);
  }
  return out;
}

/** First token whose end is after `offset`, i.e. the token containing or following it. */
function tokenIndexAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function tokenRange(tokens: Token[], start: number, end: number): [number, number] {
  const from = tokenIndexAt(tokens, start);
  let to = from;
  while (to < tokens.length && tokens[to]!.start < end) to++;
  return [from, Math.max(to, from + 1)];
}

export function viewSentence(sentence: TaggedSentence): SentenceView {
  const tokens = tokenize(sentence.text);
  const mentionAt: (MentionSpan | undefined)[] = new Array(tokens.length).fill(undefined);
  const mentions: MentionSpan[] = [];
  for (const mention of [...sentence.mentions].sort((a, b) => a.start - b.start)) {
    if (mention.resolution === 'venue') continue; // where something happens, never who takes or receives a stance
    const [from, to] = tokenRange(tokens, mention.start, mention.end);
    if (from >= tokens.length) continue;
    // A set's other members ride on its first mention; the actors a plural pronoun may stand for do not.
    const same = mentions[mentions.length - 1];
    if (same && same.mention.start === mention.start && same.mention.end === mention.end && mention.resolution !== 'pronoun') {
      (same.members ??= []).push(mention);
      continue;
    }
    const apostrophe = tokens[to];
    const s = tokens[to + 1];
    const possessive =
      (apostrophe?.lower === "'" && s?.lower === 's') || /['’]s$/i.test(mention.text) || (apostrophe?.lower === "'" && /s$/i.test(mention.text));
    const span: MentionSpan = { mention, from, to, possessive };
    mentions.push(span);
    for (let i = from; i < to; i++) mentionAt[i] ??= span;
  }
  const quotes: QuoteSpan[] = [];
  const fragmentMarks = new Set<number>();
  for (const quote of sentence.quotes) {
    const [from, to] = tokenRange(tokens, quote.start, quote.end);
    if (isFragment(tokens, from, to)) {
      fragmentMarks.add(from);
      fragmentMarks.add(to - 1);
    } else quotes.push({ quote, from, to });
  }
  return { sentence, tokens, mentions, mentionAt, quotes, fragmentMarks, shouted: isShouted(tokens) };
}

export function quoteAt(view: SentenceView, tokenIndex: number): QuoteSpan | undefined {
  return view.quotes.find((q) => tokenIndex > q.from && tokenIndex < q.to - 1);
}
