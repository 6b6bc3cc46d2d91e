// Word lists compiled into sets once per rule set, and the classification of the word before a period.
import { buildCharTable, isLetter } from './chars.ts';
import type { SplitRules } from './rules.ts';

export interface Lexicon {
  titles: Set<string>;
  /** Abbreviations and months: they end a sentence only before a sentence starter. */
  abbreviations: Set<string>;
  finalAbbreviations: Set<string>;
  continuations: Set<string>;
  numberPrefixes: Set<string>;
  starters: Set<string>;
  introPrepositions: Set<string>;
  urlPrefixes: string[];
  table: Uint8Array;
  /** Length of the longest listed abbreviation: a longer word without a period is an ordinary word. */
  longestEntry: number;
}

export const TokenClass = { Plain: 0, Title: 1, Abbreviation: 2, FinalAbbreviation: 3, NumberPrefix: 4 } as const;
export type TokenClass = (typeof TokenClass)[keyof typeof TokenClass];

// Entries are compared lower-cased and without a final period, however the user wrote them.
const normalise = (entry: string): string => entry.toLowerCase().replace(/\.$/, '');
const toSet = (...lists: string[][]): Set<string> => new Set(lists.flat().map(normalise));

// Compiling builds a 64 KiB table: do it once per rule set, not once per document.
const compiled = new WeakMap<SplitRules, Lexicon>();

export function lexiconOf(rules: SplitRules): Lexicon {
  let lexicon = compiled.get(rules);
  if (!lexicon) {
    lexicon = {
      titles: toSet(rules.titles),
      abbreviations: toSet(rules.abbreviations, rules.months),
      finalAbbreviations: toSet(rules.finalAbbreviations),
      continuations: toSet(rules.continuations),
      numberPrefixes: toSet(rules.numberPrefixes),
      starters: toSet(rules.sentenceStarters),
      introPrepositions: toSet(rules.introPrepositions),
      urlPrefixes: rules.urlPrefixes.map((p) => p.toLowerCase()),
      table: buildCharTable(rules.bullets, rules.lineBullets),
      longestEntry: 0,
    };
    for (const set of [lexicon.titles, lexicon.abbreviations, lexicon.finalAbbreviations, lexicon.numberPrefixes]) {
      for (const entry of set) lexicon.longestEntry = Math.max(lexicon.longestEntry, entry.length);
    }
    compiled.set(rules, lexicon);
  }
  return lexicon;
}

/** What the word before a period is: decides whether the period can end a sentence. */
export function classifyToken(token: string, lexicon: Lexicon): TokenClass {
  if (token.length > lexicon.longestEntry && !token.includes('.')) return TokenClass.Plain; // most words
  const lower = token.toLowerCase();
  if (isUrlOrEmail(lower, lexicon)) return TokenClass.Plain;
  if (lexicon.titles.has(lower)) return TokenClass.Title;
  if (lexicon.finalAbbreviations.has(lower)) return TokenClass.FinalAbbreviation;
  if (lexicon.abbreviations.has(lower)) return TokenClass.Abbreviation;
  if (isInitialism(token)) return TokenClass.Abbreviation;
  if (lexicon.numberPrefixes.has(lower)) return TokenClass.NumberPrefix;
  return TokenClass.Plain;
}

function isUrlOrEmail(lower: string, lexicon: Lexicon): boolean {
  if (lower.includes('@') || lower.includes('://')) return true;
  for (const prefix of lexicon.urlPrefixes) if (lower.startsWith(prefix)) return true;
  return false;
}

/** An initial ("E") or letters joined by periods ("U.S", "a.m", "Ph.D"), each part one or two letters. */
export function isInitialism(token: string): boolean {
  let partLength = 0;
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i);
    if (code === 0x2e) {
      if (partLength === 0) return false;
      partLength = 0;
    } else if (isLetter(code)) {
      if (++partLength > 2) return false;
    } else {
      return false;
    }
  }
  return partLength > 0 && (partLength === 1 || token.includes('.'));
}
