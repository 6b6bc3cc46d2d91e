// Looks around a candidate boundary: the word after it, the word before it, and the sentence so far.
import { Case, caseOf, isLetter, isLineBreak, isOpener, isSpace } from './chars.ts';
import type { Lexicon } from './lexicon.ts';

export interface NextWord {
  /** Upper, Lower, Digit or Other for the first character after white space and opening marks; End if none. */
  kind: Case | typeof END;
  /** A capitalised word that usually opens a sentence ("The", "He"), or a title ("Mr."); not an initial ("A."). */
  starter: boolean;
  /** The capitalised word, lower-cased ("" unless kind is Upper). */
  word: string;
}
export const END = 4;

// Long enough for any sentence starter; the cap keeps a look-ahead O(1) on a 100 000-letter word.
const MAX_WORD = 24;
const MAX_OPENERS = 16;

export function nextWord(text: string, from: number, end: number, lexicon: Lexicon): NextWord {
  let j = from;
  while (j < end && isSpace(text.charCodeAt(j))) j++;
  for (let k = 0; j < end && k < MAX_OPENERS && isOpener(text.charCodeAt(j)); k++) j++;
  if (j >= end) return { kind: END, starter: false, word: '' };
  const kind = caseOf(text.charCodeAt(j));
  if (kind !== Case.Upper) return { kind, starter: false, word: '' };
  const wordStart = j;
  while (j < end && j - wordStart <= MAX_WORD && isLetter(text.charCodeAt(j))) j++;
  const word = text.slice(wordStart, j).toLowerCase();
  const dotted = text.charCodeAt(j) === 0x2e;
  // "A." and "I." are initials ("Dr. A. Smith"), never the article or the pronoun opening a sentence
  const starter = (lexicon.starters.has(word) && !(dotted && word.length === 1)) || (lexicon.titles.has(word) && dotted);
  return { kind, starter, word };
}

export interface WordBefore {
  /** Where the white-space-delimited token starts, bullets and opening marks included. */
  start: number;
  /** The token without leading bullets and opening marks ("(U.S" → "U.S"). */
  core: string;
  /** A bullet was glued to the token ("⁃9"). */
  bulleted: boolean;
}

// Abbreviations and list markers are short; a longer token is an ordinary word (or a URL).
const MAX_TOKEN = 64;

export function wordBefore(text: string, at: number, floor: number, bullet: (code: number) => boolean): WordBefore | null {
  const limit = Math.max(floor, at - MAX_TOKEN);
  let start = at;
  while (start > limit && !isSpace(text.charCodeAt(start - 1))) start--;
  if (start === limit && start > floor && !isSpace(text.charCodeAt(start - 1))) return null;
  let core = start;
  let bulleted = false;
  for (;;) {
    const code = text.charCodeAt(core);
    if (core < at && bullet(code)) bulleted = true;
    else if (!(core < at && isOpener(code))) break;
    core++;
  }
  return { start, core: text.slice(core, at), bulleted };
}

// "At 5 a.m." or "By 9 p.m." opens a sentence; it is not one.
const MAX_INTRO_WORDS = 4;
const MAX_INTRO_CHARS = 48;

export function isIntroductoryPhrase(text: string, from: number, to: number, lexicon: Lexicon): boolean {
  let s = from;
  while (s < to && (isSpace(text.charCodeAt(s)) || isOpener(text.charCodeAt(s)))) s++;
  if (to - s > MAX_INTRO_CHARS) return false;
  let e = s;
  while (e < to && isLetter(text.charCodeAt(e))) e++;
  if (!lexicon.introPrepositions.has(text.slice(s, e).toLowerCase())) return false;
  let words = 0;
  let inWord = false;
  for (let i = s; i < to; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words <= MAX_INTRO_WORDS;
}

/** What precedes `at` on its line: nothing but white space, a bullet, or words. `floor` is the paragraph start. */
export function lineContextBefore(
  text: string,
  at: number,
  floor: number,
  bullet: (code: number) => boolean,
): 'line' | 'bullet' | 'mid' {
  const limit = Math.max(floor, at - MAX_TOKEN);
  let i = at;
  while (i > limit) {
    const code = text.charCodeAt(i - 1);
    if (isLineBreak(code)) return 'line';
    if (!isSpace(code)) return bullet(code) ? 'bullet' : 'mid';
    i--;
  }
  return i === floor ? 'line' : 'mid';
}
