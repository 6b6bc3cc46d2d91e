// Tokens and the folding that makes matching case- and diacritics-insensitive.
import { wordKey, wordKeyOf } from './wordfilter.ts';

export type Shape = 'lower' | 'cap' | 'upper' | 'other';

export interface Token {
  text: string;
  /** Lowercase, diacritics removed, apostrophes/quotes/hyphens unified. */
  norm: string;
  start: number;
  end: number;
  shape: Shape;
  /** `wordKey(norm)`: a WordFilter turns most tokens away by it, before any lookup hashes `norm`. */
  key: number;
}

// TOKEN_RE, the definition of a token: /[\p{L}\p{M}\p{N}]+|\S/gu, read by `tokenize`'s character loop.
const ASCII_RE = /^[\x00-\x7f]*$/;
const MARKS_RE = /\p{M}/gu;
const PUNCT_FOLD: Record<string, string> = {
  '\u2019': "'", '\u2018': "'", '\u02bc': "'", '\u2032': "'", '`': "'", '\u00b4': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-',
};
const LETTER_FOLD: Record<string, string> = {
  ı: 'i', ß: 'ss', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ł: 'l', Ł: 'l', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', þ: 'th', ð: 'd',
};
const SPECIAL_RE = /[ıßøØđĐłŁæÆœŒþð]/g;

/** Fold one token for lookup: "Erdoğan" → "erdogan", "’" → "'". */
export function fold(text: string): string {
  if (text.length === 1 && PUNCT_FOLD[text] !== undefined) return PUNCT_FOLD[text]!;
  if (ASCII_RE.test(text)) return text.toLowerCase();
  return text
    .replace(SPECIAL_RE, (c) => LETTER_FOLD[c] ?? c)
    .normalize('NFD')
    .replace(MARKS_RE, '')
    .toLowerCase();
}

function shapeOf(text: string): Shape {
  const first = text[0]!;
  const lower = first.toLowerCase();
  const upper = first.toUpperCase();
  if (lower === upper) return 'other';
  if (first === lower) return 'lower';
  if (text.length >= 2 && text === text.toUpperCase() && text !== text.toLowerCase()) return 'upper';
  return 'cap';
}

/** "Defense Minister" and "defence minister" are one title. */
export function titleKey(title: string): string {
  return fold(title)
    .replace(/defense/g, 'defence')
    .replace(/[^a-z]+/g, ' ')
    .trim();
}

/** A phrase as the trie keys it: folded tokens joined by one space ("U.S.-backed" → "u . s . - backed"). */
export function foldPhrase(s: string): string {
  return tokenize(s)
    .map((t) => t.norm)
    .join(' ');
}

/** Token i follows token i-1 with no space between ("U.S.-backed", "Fidan's"). */
export function touches(tokens: Token[], i: number): boolean {
  return i > 0 && i < tokens.length && tokens[i]!.start === tokens[i - 1]!.end;
}

// Character classes for the tokenizer, the same as in TOKEN_RE: skipped space, word character, or a
// mark that is a token by itself. ASCII is tabulated here; other BMP characters are classified by
// the regexes on first sight and remembered (a fixed 64 KiB table), astral ones each time.
const SPACE = 1;
const WORD = 2;
const MARK = 3;
const WORD_CHAR_RE = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE_CHAR_RE = /^\s$/u;
const charClass = new Uint8Array(0x10000);

function classify(codePoint: number): number {
  const c = String.fromCodePoint(codePoint);
  return WORD_CHAR_RE.test(c) ? WORD : SPACE_CHAR_RE.test(c) ? SPACE : MARK;
}

function classOf(codePoint: number): number {
  if (codePoint > 0xffff) return classify(codePoint);
  let cls = charClass[codePoint]!;
  if (cls === 0) cls = charClass[codePoint] = classify(codePoint);
  return cls;
}

/** The code point at i, a surrogate pair read as one (as the `u` flag reads them). */
function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

// One-character ASCII tokens ("I", "a", ",", "`"): their fold, shape and key, tabulated.
const asciiNorm: string[] = [];
const asciiShape: Shape[] = [];
const asciiKey: number[] = [];
for (let c = 0; c < 0x80; c++) {
  const ch = String.fromCharCode(c);
  charClass[c] = classify(c);
  asciiNorm.push(fold(ch));
  asciiShape.push(shapeOf(ch));
  asciiKey.push(wordKey(asciiNorm[c]!));
}

/** A non-ASCII token's fold, shape and key (NFD and mark removal cost far more than a lookup). */
interface Form {
  norm: string;
  shape: Shape;
  key: number;
}

// Bounded, so a stream of years of news keeps memory flat: cleared when full.
const FORMS_LIMIT = 10_000;
const forms = new Map<string, Form>();

function formOf(text: string): Form {
  let form = forms.get(text);
  if (form === undefined) {
    if (forms.size >= FORMS_LIMIT) forms.clear();
    // A token can be a slice of a long sentence; the cache keeps its own flat copy so that it
    // holds on to the word only, not the text around it.
    const own = (' ' + text).slice(1);
    const norm = fold(own);
    form = { norm, shape: shapeOf(own), key: wordKey(norm) };
    forms.set(own, form);
  }
  return form;
}

/**
 * Words (letters/digits) and single punctuation marks, with offsets into `text`: exactly the matches
 * of TOKEN_RE, each with its fold and shape. One character loop: ASCII words are lowercased and
 * shaped as they are read (a regex exec, `fold` and `shapeOf` per token cost several times more, and
 * so does a cache lookup per token, measured); tokens with other characters go through `fold`, once
 * per distinct token while it is cached.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const start = i;
    const c = text.charCodeAt(i);
    let cls: number;
    if (c < 0x80) {
      cls = charClass[c]!;
      i++;
    } else {
      const cp = codePointAt(text, i);
      cls = classOf(cp);
      i += cp > 0xffff ? 2 : 1;
    }
    if (cls === SPACE) continue;
    let ascii = c < 0x80;
    let upper = c >= 65 && c <= 90;
    let lower = c >= 97 && c <= 122;
    if (cls === WORD) {
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d < 0x80) {
          if (charClass[d] !== WORD) break;
          if (d >= 65 && d <= 90) upper = true;
          else if (d >= 97) lower = true;
          i++;
        } else {
          const dp = codePointAt(text, i);
          if (classOf(dp) !== WORD) break;
          ascii = false;
          i += dp > 0xffff ? 2 : 1;
        }
      }
    }
    const t = text.slice(start, i);
    let norm: string;
    let shape: Shape;
    let key: number;
    if (!ascii) {
      const form = formOf(t);
      norm = form.norm;
      shape = form.shape;
      key = form.key;
    } else if (i - start === 1) {
      norm = asciiNorm[c]!;
      shape = asciiShape[c]!;
      key = asciiKey[c]!;
    } else {
      // fold and shapeOf for ASCII words: lowercase; the first character decides, unless all capitals.
      // Lowercasing keeps every character's five low bits, so the key of the text is the key of the fold.
      norm = upper ? t.toLowerCase() : t;
      shape = c <= 57 ? 'other' : c >= 97 ? 'lower' : !lower ? 'upper' : 'cap';
      key = wordKeyOf(text, start, i);
    }
    tokens.push({ text: t, norm, start, end: i, shape, key });
  }
  return tokens;
}
