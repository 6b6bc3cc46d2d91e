// Cue patterns: "attach ... importance to", "ready|prepared|willing to". Words match by lemma:
// natural's Porter stemmer proposes the match and an inflection check confirms it (back → backs, backed,
// backing, but not supporter; willing is not will).
import stemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';

export interface PatternWord {
  lower: string;
  stem: string;
  /** Irregular forms of the lemma ("sent" for send), matched as they are. */
  irregular: readonly string[];
}

/** Irregular past forms of verbs that cues and grammar use; regular inflections come from the stemmer. */
const IRREGULAR: Record<string, readonly string[]> = {
  send: ['sent'], give: ['gave', 'given'], make: ['made'], hold: ['held'], take: ['took', 'taken'], stand: ['stood'],
  bring: ['brought'], lend: ['lent'], seek: ['sought'], pay: ['paid'], lay: ['laid'], speak: ['spoke', 'spoken'],
  undertake: ['undertook', 'undertaken'], tell: ['told'], say: ['said'], write: ['wrote', 'written'], put: ['put'],
  keep: ['kept'], deal: ['dealt'], mean: ['meant'], feel: ['felt'], leave: ['left'], fight: ['fought'], win: ['won'],
  strike: ['struck'], throw: ['threw', 'thrown'], choose: ['chose', 'chosen'], rise: ['rose', 'risen'],
  forgive: ['forgave', 'forgiven'], withdraw: ['withdrew', 'withdrawn'], bear: ['bore', 'borne'], draw: ['drew', 'drawn'],
  set: ['set'], build: ['built'], break: ['broke', 'broken'], shake: ['shook', 'shaken'], lead: ['led'], meet: ['met'],
};
export type PatternSlot = { gap: true } | { gap: false; words: PatternWord[] };
export interface CompiledPattern {
  source: string;
  slots: PatternSlot[];
}

/** Tokens as the matcher sees them; `word` is false for punctuation. */
export interface MatchToken {
  lower: string;
  stem: string;
  word: boolean;
}

/** How many tokens a "..." may skip. */
export const MAX_GAP = 4;

/**
 * A copy of `text` that shares no memory with the string it was sliced from. V8 keeps a whole string alive for
 * each slice of it, so a cache keyed by a word sliced from a document would keep that document's text.
 */
export const detached = (text: string): string => (' ' + text).slice(1);

const stemCache = new Map<string, string>();
export function stemOf(lowerWord: string): string {
  let stem = stemCache.get(lowerWord);
  if (stem === undefined) {
    const key = detached(lowerWord);
    stem = stemmer.stem(key);
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(key, stem);
  }
  return stem;
}

export function compilePattern(pattern: string): CompiledPattern {
  const slots: PatternSlot[] = pattern
    .trim()
    .split(/\s+/)
    .map((slot) =>
      slot === '...'
        ? { gap: true as const }
        : {
            gap: false as const,
            words: slot.split('|').map((w) => {
              const lower = w.toLowerCase().replace(/’/g, "'");
              return { lower, stem: stemOf(lower), irregular: IRREGULAR[lower] ?? [] };
            }),
          },
    );
  return { source: pattern, slots };
}

const INFLECTION = /^(?:e|y|i)?(?:s|d|ed|es|ing|ies|ied)?$/;

/** What every regular inflection of `lemma` starts with: "giv" for give, gives, giving. */
export const inflectionBase = (lemma: string): string => lemma.replace(/[ey]$/, '');

/** True when `form` is `lemma` or one of its regular inflections. */
export function isInflectionOf(form: string, lemma: string): boolean {
  if (form === lemma) return true;
  const base = inflectionBase(lemma);
  if (!form.startsWith(base)) return false;
  const rest = form.slice(base.length);
  if (INFLECTION.test(rest)) return true;
  // Doubled final consonant: slam → slamming, commit → committed.
  const last = base[base.length - 1];
  return rest.length > 1 && rest[0] === last && /^(?:ed|ing)$/.test(rest.slice(1));
}

export function wordMatches(token: MatchToken, word: PatternWord): boolean {
  if (!token.word) return false;
  if (token.lower === word.lower || word.irregular.includes(token.lower)) return true;
  return token.stem === word.stem && isInflectionOf(token.lower, word.lower);
}

/** Adverbs set between commas inside a cue: "we are concerned, however, by". */
const ASIDES = new Set(['however', 'therefore', 'nevertheless', 'nonetheless', 'moreover', 'indeed', 'furthermore', 'also', 'too', 'again', 'thus']);

/** Words that open an address to the chair: "Sir", "Mr. President", "Madam President", "Your Excellency". */
const ADDRESS_OPENERS = new Set(['sir', 'madam', 'mr', 'mrs', 'ms', 'mister', 'president', 'excellency', 'your']);

/** For a comma opening an address closed by another comma (", Sir,", ", Mr. President,"), the closing comma; else -1. */
function addressEnd(tokens: readonly MatchToken[], comma: number): number {
  if (!ADDRESS_OPENERS.has(tokens[comma + 1]?.lower ?? '')) return -1;
  for (let j = comma + 2; j < tokens.length && j <= comma + 5; j++) {
    const t = tokens[j]!;
    if (t.lower === ',') return j;
    if (!t.word && t.lower !== '.') return -1;
  }
  return -1;
}

/** Quote marks are transparent to patterns: `were “both deeply concerned” about`. */
const TRANSPARENT = new Set(['"', '“', '”', '‘', '’', "'", '«', '»']);

/**
 * Matches `pattern` starting exactly at token `at`. Returns the exclusive end and where a gap
 * began and ended (the gap often holds the target: "urge Netanyahu’s government to abandon").
 */
export function matchAt(tokens: readonly MatchToken[], at: number, pattern: CompiledPattern): Match | null {
  const { slots } = pattern;
  // Two gaps or more could retry the same slot at the same token many times over: remember where it failed.
  const failed = slots.filter((s) => s.gap).length > 1 ? new Set<number>() : null;

  const match = (from: number, slotIndex: number): Match | null => {
    if (slotIndex === slots.length) return { end: from };
    const key = from * slots.length + slotIndex;
    if (failed?.has(key)) return null;
    const result = matchSlot(from, slotIndex);
    if (!result) failed?.add(key);
    return result;
  };

  const matchSlot = (from: number, slotIndex: number): Match | null => {
    const slot = slots[slotIndex]!;
    if (slot.gap) {
      // Try the shortest gap first; a gap never crosses clause punctuation.
      let skipped = 0;
      for (let i = from; i <= tokens.length && skipped <= MAX_GAP; i++) {
        const rest = match(i, slotIndex + 1);
        if (rest) return { end: rest.end, gap: [from, i] }; // the first gap: where the target usually stands
        const token = tokens[i];
        // "extends to you, Sir, its warmest congratulations": an address between commas is no break.
        const address = token?.lower === ',' ? addressEnd(tokens, i) : -1;
        if (address > 0) {
          i = address;
          continue;
        }
        // "pay a well-deserved tribute", "share the Secretary-General's view": a hyphen inside a word is no break.
        const hyphen = token?.lower === '-' && tokens[i - 1]?.word && tokens[i + 1]?.word;
        if (!token || (!token.word && !TRANSPARENT.has(token.lower) && !hyphen)) break;
        if (token.word) skipped++;
      }
      return null;
    }
    let i = from;
    // Skip quote marks between words (not before the first word: the match starts on a word), and an adverb
    // between commas ("concerned, however, by").
    if (slotIndex > 0) while (tokens[i] && TRANSPARENT.has(tokens[i]!.lower)) i++;
    if (slotIndex > 0 && tokens[i]?.lower === ',' && ASIDES.has(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower === ',') i += 3;
    const token = tokens[i];
    if (!token || !slot.words.some((w) => wordMatches(token, w))) return null;
    return match(i + 1, slotIndex + 1);
  };

  return match(at, 0);
}

type Match = { end: number; gap?: [number, number] };

/** Every way the first slot of a pattern can be looked up: its words' lower forms, stems and irregular forms. */
export function firstSlotKeys(pattern: CompiledPattern): string[] {
  const first = pattern.slots[0];
  if (!first || first.gap) return [];
  return first.words.flatMap((w) => [w.lower, w.stem, ...w.irregular]);
}
