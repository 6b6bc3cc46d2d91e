// Finding cues in a sentence: a cheap test on its words first, then patterns matched on its tokens.
import { isDeterminer, isPreposition, isPronoun, isVerbCompanion, pluralPossessiveAt } from './grammar.ts';
import type { CompiledCue, CompiledLexicon } from './lexicon.ts';
import { mayOpen } from './openings.ts';
import { detached, matchAt, stemOf, wordMatches } from './patterns.ts';
import { wordCharAt, type SentenceView } from './tokens.ts';

export interface CueMatch {
  cue: CompiledCue;
  from: number;
  to: number;
  gap?: [number, number];
}

/** The cues a word is the anchor of, remembered per lexicon and word: news repeats its words. */
const anchorCache = new WeakMap<CompiledLexicon, Map<string, readonly CompiledCue[]>>();
const MAX_WORDS = 100_000;
const NONE: readonly CompiledCue[] = [];

function cuesAnchoredBy(word: string, lexicon: CompiledLexicon): readonly CompiledCue[] {
  let known = anchorCache.get(lexicon);
  if (!known) anchorCache.set(lexicon, (known = new Map()));
  let cues = known.get(word);
  if (cues === undefined) {
    const key = detached(word);
    const lower = key.toLowerCase();
    const token = { lower, stem: stemOf(lower), word: true };
    const candidates = new Set([...(lexicon.anchorIndex.get(lower) ?? []), ...(lexicon.anchorIndex.get(token.stem) ?? [])]);
    // "will" shares its stem with "willing" but anchors no cue.
    const anchored = [...candidates].filter((cue) => cue.anchorWords.some((w) => wordMatches(token, w)));
    cues = anchored.length > 0 ? anchored : NONE;
    if (known.size >= MAX_WORDS) known.clear();
    known.set(key, cues);
  }
  return cues;
}

/** Whether every slot of `cue` has a word whose uninflected beginning is in the sentence, lowercased. */
const slotsPresent = (cue: CompiledCue, lowerText: string): boolean =>
  cue.slotBeginnings.every((beginnings) => beginnings.some((b) => lowerText.includes(b)));

/** The sentence as `slotsPresent` reads it. */
function lowered(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/**
 * The cues a sentence may hold, from its words alone, before tokenising and aligning mentions: each cue whose
 * anchor word is in it; none at all unless one of them also has every other word in it. One pass over the
 * characters; only a word that begins like an anchor word is looked at whole. Most sentences hold none.
 */
export function viableCues(text: string, lexicon: CompiledLexicon): ReadonlySet<CompiledCue> {
  let anchored: Set<CompiledCue> | undefined;
  // Once a one-word cue is in, no phrase's other words need be looked for (the match decides); until then, the phrases.
  let oneWord = false;
  let phrases: CompiledCue[] | undefined;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const width = wordCharAt(text, i);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    i += width;
    let end = i;
    for (let w = i < n ? wordCharAt(text, i) : 0; w > 0; w = i < n ? wordCharAt(text, i) : 0) i = end = i + w;
    if (!mayOpen(lexicon.cueOpenings, text, start, end)) continue;
    for (const cue of cuesAnchoredBy(text.slice(start, end), lexicon)) {
      if (anchored?.has(cue)) continue;
      (anchored ??= new Set()).add(cue);
      if (cue.slotBeginnings.length === 0) oneWord = true;
      else if (!oneWord) (phrases ??= []).push(cue);
    }
  }
  if (!anchored) return NO_CUES;
  if (oneWord || !phrases) return anchored;
  // A phrase counts only if its other words are in the sentence too ("give … aid" needs "giv" as well as "aid").
  const lowerText = lowered(text);
  return phrases.some((cue) => slotsPresent(cue, lowerText)) ? anchored : NO_CUES;
}

const NO_CUES: ReadonlySet<CompiledCue> = new Set();

/** Whether the sentence may hold any cue of the lexicon (see `viableCues`). */
export const mayHoldCue = (text: string, lexicon: CompiledLexicon): boolean => viableCues(text, lexicon).size > 0;

/**
 * After a determiner, a possessive or an actor used as a modifier ("a US offer"), a word is a noun. `plural`
 * lets a form in -s be a noun after an adjective ("my warm congratulations"); without it that reads as a verb
 * ("the new government supports").
 */
const ARTICLES = new Set(['a', 'an', 'the']);

export function nounPosition(view: SentenceView, i: number, plural = false): boolean {
  const prev = view.tokens[i - 1];
  if (!prev) return false;
  // "the countries that stood with us": "that" after a plural noun opens a relative clause, not a noun phrase.
  // So does "that" before a form in -s: "a path that offers" ("that offers" as a noun phrase would be "those offers").
  const relative = prev.lower === 'that' && (/[^s]s$/.test(view.tokens[i - 2]?.lower ?? '') || /[^s]s$/.test(view.tokens[i]!.lower)) && !view.mentionAt[i - 2];
  // "we once more condemn": an adverb, neither a determiner nor an adjective.
  if (prev.lower === 'more' && view.tokens[i - 2]?.lower === 'once') return false;
  if ((isDeterminer(prev) && !relative) || prev.lower === 's') return true;
  // "Members’ support", "the donors' aid": a plural's possessive apostrophe, right after its word.
  if (pluralPossessiveAt(view, i - 1)) return true;
  // "the road map offers a solution": a word with an object of its own after it is a verb.
  if (ARTICLES.has(view.tokens[i + 1]?.lower ?? '')) return false;
  const word = view.tokens[i]!.lower;
  // "counselling and support to teenage mothers": "support" takes no "to" as a verb.
  if (word === 'support' && view.tokens[i + 1]?.lower === 'to') return true;
  // "our willingness and readiness": a noun by its ending, joined to a noun, is a noun ("that task and thank" is
  // not); so is a bare form joined to a noun and followed by "of", "for" or "to" ("the cooperation and support of",
  // "its input and support to the process").
  const joined = (prev.lower === 'and' || prev.lower === 'or') && view.tokens[i - 2]?.word;
  // ("offer to you our congratulations": a verb's "to" before a person.)
  const nounAfter = NOUN_FOLLOWERS.has(view.tokens[i + 1]?.lower ?? '') && !PERSONS_AFTER_TO.has(view.tokens[i + 2]?.lower ?? '');
  if (joined && (NOMINAL.test(word) || nounAfter) && nounPosition(view, i - 2, plural)) return true;
  // "deserve admiration and support": joined to what a verb of getting gets.
  if (joined && receiving(view.tokens[i - 3]?.lower ?? '')) return true;
  const bare = !(plural ? /ed$/ : /(?:ed|s)$/).test(word);
  // "through military support": after a preposition (and an adjective), never a finite verb.
  const governed = (t: typeof prev | undefined) => isPreposition(t) && t!.lower !== 'to';
  const adjective = // not "on Friday denounced", nor "like to thank"
    prev.word && !view.mentionAt[i - 1] && prev.text === prev.lower && !isVerbCompanion(prev) && !isPreposition(prev);
  // "in congratulating you", "will continue supporting": a gerund after a preposition or a verb of going on or
  // stopping still acts as a verb.
  // ("our continued backing": after a determiner, "continued" is an adjective and the gerund a noun.)
  const aspectual = ASPECTUAL.test(prev.lower) && !isDeterminer(view.tokens[i - 2]) && view.tokens[i - 2]?.lower !== 's' && !view.mentionAt[i - 2];
  if ((governed(prev) || aspectual) && /ing$/.test(word)) return false;
  if (governed(prev) || (adjective && governed(view.tokens[i - 2]))) return true;
  if (bare && adjective) {
    // "its strong support", "the warm welcome": a determiner and an adjective make a noun of a bare form
    // ("a meeting denounced by" stays a verb, and so does "these talks offer": a plural noun is a subject).
    const beforeAdjective = view.tokens[i - 2];
    if (!/[^s]s$/.test(prev.lower) && (isDeterminer(beforeAdjective) || beforeAdjective?.lower === 's')) return true;
    // "providing support", "renewed help", "humanitarian support": after a participle or an adjective.
    if (ADJECTIVE_OR_PARTICIPLE.test(prev.lower)) return true;
    // "has given strong support", "holds immense promise": after a word that can only be an adjective here
    // (not a pronoun, a conjunction, a relative or a plural subject: "we support", "and support", "nations support").
    if (!NOT_ADJECTIVES.has(prev.lower) && !/[^s]s$/.test(prev.lower)) return true;
  }
  // "receives support", "enjoys the backing": after a verb of getting, the cue word is what is got.
  if (receiving(prev.lower)) return true;
  // "a US offer" is a noun, but "the European Union welcomed" is a verb: only a bare form reads as a noun, and
  // not before an object's determiner ("the United Nations offer a forum").
  const span = view.mentionAt[i - 1];
  if (isDeterminer(view.tokens[i + 1])) return false;
  // "for that we thank them": a pronoun modifies no noun.
  return !/(?:ed|s)$/.test(word) && !!span && span.to === i && isDeterminer(view.tokens[span.from - 1]) && !isPronoun(view.tokens[span.from]);
}

const NOUN_FOLLOWERS = new Set(['of', 'for', 'to']);
const PERSONS_AFTER_TO = new Set(['you', 'him', 'her', 'them', 'us', 'me']);

/** Verbs of having got something, not of wanting it: "received", "earned", "enjoys", "drew", "prompted". */
const GETTING = /^(?:receiv|enjoy|gain|garner|won$|win$|wins$|obtain|earn|drew$|draw|attract|incur|prompt|spark|trigger|provok)/;
/** Verbs of lacking or wanting something. */
const WANTING = /^(?:need|lack|requir|deserv|seek|sought)/;
/** A verb of getting or lacking something: what follows it is a noun ("receives support", "needs help"). */
const receiving = (word: string): boolean => GETTING.test(word) || WANTING.test(word);

/** The verb of getting before the noun at `noun`, past its article and adjectives ("earned the strong"), or -1. */
export function receivedAt(view: SentenceView, noun: number): number {
  for (let i = noun - 1; i >= 0 && noun - i <= 3; i--) {
    const t = view.tokens[i]!;
    if (GETTING.test(t.lower)) return i;
    if (!t.word || view.mentionAt[i] || t.text !== t.lower) return -1;
  }
  return -1;
}

const DEGREE_WORDS = new Set(['most', 'more', 'less', 'least', 'widely', 'well', 'broadly', 'universally', 'generally']);

/** Endings only nouns have: "readiness", "commitment", "gratitude", "solidarity". */
const NOMINAL = /.{3}(?:ness|tion|sion|ment|ity|ance|ence|ude|ship)$/;

const NOT_ADJECTIVES = new Set([
  'i', 'we', 'you', 'they', 'he', 'she', 'it', 'us', 'them', 'me', 'who', 'which', 'that', 'whom', 'and', 'or', 'but',
  'nor', 'cannot', 'to', 'people', 'let', 'help', 'please', 'together', 'first',
]);

/** Verbs of going on, starting or stopping, whose gerund is a verb: "continue supporting", "stopped helping". */
const ASPECTUAL = /^(?:continu|keep|kept|stop|ceas|start|began|begin|resum)/;

/** Endings of participles and adjectives: "providing", "renewed", "financial", "massive", "generous", "economic". */
const ADJECTIVE_OR_PARTICIPLE = /.{3}(?:ing|ed|al|ive|ous|ful|ic|ary|ian)$/;

/** "the International Syria Support Group": a capitalised word inside a sentence is part of a name, not a cue. */
function insideName(view: SentenceView, i: number): boolean {
  const t = view.tokens[i]!;
  if (t.text === t.lower || i === 0 || view.shouted) return false;
  const prev = view.tokens[i - 1]!;
  return prev.word || prev.lower === ',' || prev.lower === '-' || prev.lower === '(';
}

const isCurated = (m: CueMatch) => m.cue.origin === 'curated';

/** The cues of `viable` (see `viableCues`) that match the sentence's tokens, where they stand, in sentence order. */
export function findCues(view: SentenceView, viable: ReadonlySet<CompiledCue>, lexicon: CompiledLexicon): CueMatch[] {
  const matches: CueMatch[] = [];
  // One pass along the tokens: each looks up the cues its lower form or stem may open, and tries the viable ones.
  view.tokens.forEach((token, i) => {
    if (!token.word) return;
    const byLower = lexicon.firstWordIndex.get(token.lower);
    const byStem = token.stem === token.lower ? undefined : lexicon.firstWordIndex.get(token.stem);
    if (byLower) for (const cue of byLower) if (viable.has(cue)) matchCue(view, i, cue, matches);
    if (byStem) for (const cue of byStem) if (viable.has(cue) && !byLower?.includes(cue)) matchCue(view, i, cue, matches);
  });
  return uncovered(matches);
}

/** `cue` matched at token `i`, if its first word is there in the form the cue asks for; added to `matches`. */
function matchCue(view: SentenceView, i: number, cue: CompiledCue, matches: CueMatch[]): void {
  const token = view.tokens[i]!;
  const first = cue.compiled.slots[0];
  if (!first || first.gap || !first.words.some((w) => wordMatches(token, w)) || insideName(view, i)) return;
  // "have been welcomed by" is the verb's passive, "unacceptably high" an adverb: an adjective takes no -ed, no -ly.
  if (cue.form === 'adjective' && /(?:ed|ly)$/.test(token.lower) && !first.words.some((w) => w.lower === token.lower)) return;
  // "U.S.-backed" is the modifier cue, never the verb.
  const hyphenated = view.tokens[i - 1]?.lower === '-' && view.tokens[i - 1]!.end === token.start;
  if ((cue.form === 'modifier') !== hyphenated) return;
  // "its offer", "a US offer" are nouns; "Libya offered" is a verb.
  if (cue.form === 'noun' && !nounPosition(view, i, true)) return;
  if (cue.form === 'verb' && nounPosition(view, i)) return;
  // "the most widely supported organization": a participle graded by a degree word describes, it does not act.
  if (cue.form === 'verb' && /ed$/.test(token.lower) && DEGREE_WORDS.has(view.tokens[i - 1]?.lower ?? '')) return;
  const m = matchAt(view.tokens, i, cue.compiled);
  if (m) matches.push({ cue, from: i, to: m.end, gap: m.gap });
}

/**
 * A longer cue covering a shorter one wins: "offer to host" over "offer", "offered its condolences" (support)
 * over "offered" (offer); on the same words, a curated cue wins over an imported one. One sweep in order of
 * start, so a sentence of thousands of cues stays fast; the result is in order of start, then lexicon order.
 */
function uncovered(matches: CueMatch[]): CueMatch[] {
  const sweep = [...matches].sort((a, b) => a.from - b.from || b.to - a.to);
  const kept = new Set<CueMatch>();
  let earlierTo = -1; // the furthest end of the matches starting before the current start
  for (let g = 0; g < sweep.length; ) {
    const from = sweep[g]!.from;
    let end = g;
    while (end < sweep.length && sweep[end]!.from === from) end++;
    const groupTo = sweep[g]!.to;
    const curatedAtGroupTo = sweep.slice(g, end).some((m) => m.to === groupTo && isCurated(m));
    for (let i = g; i < end; i++) {
      const m = sweep[i]!;
      const covered = earlierTo >= m.to || m.to < groupTo || (curatedAtGroupTo && !isCurated(m));
      if (!covered) kept.add(m);
    }
    earlierTo = Math.max(earlierTo, groupTo);
    g = end;
  }
  return matches.filter((m) => kept.has(m)).sort((a, b) => a.from - b.from || a.cue.ordinal - b.cue.ordinal);
}
