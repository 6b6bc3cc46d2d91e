// Tokens and the folding that makes matching case- and diacritics-insensitive.

export type Shape = 'lower' | 'cap' | 'upper' | 'other';

export interface Token {
  text: string;
  /** Lowercase, diacritics removed, apostrophes/quotes/hyphens unified. */
  norm: string;
  start: number;
  end: number;
  shape: Shape;
}

const TOKEN_RE = /[\p{L}\p{M}\p{N}]+|\S/gu;
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

/** Words (letters/digits) and single punctuation marks, with offsets into `text`. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const t = m[0];
    tokens.push({ text: t, norm: fold(t), start: m.index, end: m.index + t.length, shape: shapeOf(t) });
  }
  return tokens;
}
