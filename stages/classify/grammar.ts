// Closed-class English that the source and target rules lean on: clause edges, prepositions, groups of actors.
import type { CompiledPattern } from './patterns.ts';
import { firstSlotKeys, matchAt } from './patterns.ts';
import type { MentionSpan, SentenceView, Token } from './tokens.ts';

const PREPOSITIONS = new Set([
  'in', 'at', 'with', 'to', 'from', 'for', 'of', 'between', 'against', 'on', 'about', 'by', 'over', 'toward',
  'towards', 'after', 'before', 'during', 'under', 'among', 'into', 'than', 'like', 'near', 'across', 'through',
  'throughout', 'within', 'without', 'inside', 'outside', 'upon', 'via', 'despite', 'amid', 'behind', 'beyond',
  'onto', 'including', 'regarding', 'concerning', 'per', 'since', 'until', 'along', 'around',
]);
/** Words that may stand between a preposition and its actor: "in the United States", "with his Russian counterpart". */
const DETERMINERS = new Set([
  'the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'new', 'former',
  'top', 'senior', 'more', 'less', 'any', 'some', 'such', 'no', 'every', 'each',
]);
const CLAUSE_WORDS = new Set([
  'but', 'while', 'whereas', 'which', 'who', 'whom', 'whose', 'because', 'although', 'though', 'that', 'when', 'where',
  'after', 'before', 'until', 'once', 'if', 'unless', 'whenever', 'wherever',
]);
/** Words that stand between a subject and its verb without being either: "will also", "has firmly", "did not". */
const VERB_COMPANIONS = new Set([
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'do', 'does', 'did', 'has', 'have', 'had',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', "'ll", "'ve", "'d", 'not', "n't", 'never', 'also', 'further',
  'furthermore', 'therefore', 'again', 'still', 'always', 'already', 'now', 'thus', 'hence', 'too', 'indeed', 'even',
  'once', 'then', 'both', 'all', 'only', 'just', 'hereby', 'likewise', 'very', 'most', 'much', 'nevertheless',
  'nonetheless', 'moreover', 'however', 'stand', 'stands', 'stood', 'remain', 'remains', 'remained',
]);
/** Personal, relative and demonstrative pronouns: heads that name no thing of their own. */
const PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'who', 'which', 'that', 'this', 'these', 'those', 'one']);
const HARD_STOPS = new Set([';', ':', '(', ')', '[', ']', '?', '!']);
const QUOTE_MARKS = new Set(['"', '“', '”', '«', '»']);

export const isPreposition = (t: Token | undefined): boolean => !!t && PREPOSITIONS.has(t.lower);
export const isDeterminer = (t: Token | undefined): boolean => !!t && DETERMINERS.has(t.lower);
export const isQuoteMark = (t: Token | undefined): boolean => !!t && QUOTE_MARKS.has(t.lower);
/** An auxiliary, a modal, a negator or an adverb ("-ly" or a listed one): what sits between a subject and its verb. */
export const isVerbCompanion = (t: Token | undefined): boolean =>
  !!t && t.word && (VERB_COMPANIONS.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ly') && t.text === t.lower));
export const isPronoun = (t: Token | undefined): boolean => !!t && PRONOUNS.has(t.lower);
/** A lowercase word at `i` that no mention covers: "unwavering", "announced". */
export const isLowerWord = (view: SentenceView, i: number): boolean =>
  !!view.tokens[i]?.word && view.tokens[i]!.text === view.tokens[i]!.lower && !view.mentionAt[i];

/** Whether the token at `i` is the bare apostrophe of a plural's possessive, right after its word: "Members’". */
export function pluralPossessiveAt(view: SentenceView, i: number): boolean {
  const mark = view.tokens[i];
  const word = view.tokens[i - 1];
  return !!mark && !!word && mark.lower === "'" && word.word && word.end === mark.start && /s$/.test(word.lower);
}

export const isComma = (t: Token | undefined): boolean => !!t && t.lower === ',';

/** Ends a clause for the purpose of finding who acts: punctuation, conjunctions that open a new clause. */
export function isClauseBreak(t: Token | undefined, commasBreak: boolean): boolean {
  if (!t) return true;
  if (HARD_STOPS.has(t.lower) || QUOTE_MARKS.has(t.lower)) return true;
  if (commasBreak && t.lower === ',') return true;
  return CLAUSE_WORDS.has(t.lower);
}

export const NOMINATIVE_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'he', 'she', 'they']);

/** The preposition governing the token at `i`, looking past determiners and adjectives of nationality. */
export function governingPreposition(view: SentenceView, i: number): Token | undefined {
  // "For that we thank them": a pronoun of the subject case is governed by no preposition.
  if (NOMINATIVE_PRONOUNS.has(view.tokens[i]?.lower ?? '') && !isPreposition(view.tokens[i - 1])) return undefined;
  let j = i - 1;
  for (let steps = 0; j >= 0 && steps < 3; steps++, j--) {
    const t = view.tokens[j]!;
    if (isPreposition(t)) return t;
    // "of Chile's envoy": a possessive may stand between; "of Brazil I" is two phrases.
    if (!isDeterminer(t) && !view.mentionAt[j]?.possessive && !(t.lower === "'" || t.lower === 's')) return undefined;
  }
  return undefined;
}

const isFirstPerson = (span: MentionSpan) => span.mention.resolution === 'document-speaker' || span.mention.resolution === 'quote-speaker';

/** A token with no space on either side: "Saudi-Iranian". */
const touching = (view: SentenceView, j: number): boolean =>
  view.tokens[j - 1]?.end === view.tokens[j]!.start && view.tokens[j + 1]?.start === view.tokens[j]!.end;

/** After a list's joiner, the end of one to three capitalised words no mention covers, when a joiner follows; else -1. */
function unknownItemEnd(view: SentenceView, from: number): number {
  for (let i = from; i < from + 3; i++) {
    const t = view.tokens[i];
    if (!t?.word || view.mentionAt[i] || t.text === t.lower) return -1;
    const next = view.tokens[i + 1]?.lower;
    if (next === ',' || next === 'and') return i + 1;
  }
  return -1;
}

/** Names of a state's form, before "of" and the state: "the Republic of Slovakia", "the Kingdom of Tonga". */
const STATE_FORMS = new Set(['republic', 'kingdom', 'state', 'principality', 'sultanate', 'federation', 'commonwealth', 'emirate', 'duchy']);

/** Where a mention's phrase starts, with "the Republic of" before it. */
function formalFrom(view: SentenceView, from: number): number {
  if (view.tokens[from - 1]?.lower !== 'of' || !STATE_FORMS.has(view.tokens[from - 2]?.lower ?? '')) return from;
  return isDeterminer(view.tokens[from - 3]) ? from - 3 : from - 2;
}

/**
 * The actors joined with `span` by "and", "&" or a list ("Türkiye and Russia", "Jordan, Syria and Lebanon"),
 * in sentence order. A comma alone joins nothing: "to Ukraine, Chancellor Olaf Scholz said" is no list.
 */
export function actorGroup(view: SentenceView, span: MentionSpan): MentionSpan[] {
  const isJoiner = (t: Token | undefined) => !!t && (t.lower === 'and' || t.lower === 'nor' || t.lower === '&' || t.lower === ',' || t.lower === '-');
  /** The mentions chained to `span` on one side, and whether each link was a bare comma. */
  // "to ECOWAS, the African Union and to the United Nations", "by UNMIK and by KFOR": the list's preposition.
  const leading = governingPreposition(view, formalFrom(view, span.from))?.lower ?? 'of';
  const chain = (step: -1 | 1): Array<{ span: MentionSpan; bareComma: boolean }> => {
    const links: Array<{ span: MentionSpan; bareComma: boolean }> = [];
    let cur = span;
    let after = cur.to; // rightwards, where the next joiner is looked for
    for (;;) {
      let j = step < 0 ? formalFrom(view, cur.from) - 1 : after;
      // "Egypt, Jordan and the UAE": leftwards, past the determiner that opens the actor; "Germany's Scholz and
      // France's Macron": past the owner whose person it is.
      if (step < 0 && isDeterminer(view.tokens[j]) && !view.mentionAt[j] && isJoiner(view.tokens[j - 1])) j--;
      const owner = step < 0 && view.tokens[j]?.lower === 's' && view.tokens[j - 1]?.lower === "'" ? view.mentionAt[j - 2] : undefined;
      if (owner?.possessive && owner.mention.kind === 'state' && cur.mention.kind === 'person') j = owner.from - 1;
      if (!isJoiner(view.tokens[j])) break;
      // "the Saudi-Iranian agreement": a hyphen joins two actors only when it touches both.
      if (view.tokens[j]!.lower === '-' && !touching(view, j)) break;
      let bareComma = view.tokens[j]!.lower === ',';
      if (step < 0 && view.tokens[j]!.lower === 'and' && view.tokens[j - 1]?.lower === ',') j--; // ", and"
      if (step > 0 && bareComma && view.tokens[j + 1]?.lower === 'and') {
        j++;
        bareComma = false;
      }
      // "of the African Union and of the United Nations": the preposition repeated after "and".
      const repeated = view.tokens[j + 1]?.lower;
      const pronoun = view.mentionAt[j + 2]?.mention.resolution === 'pronoun'; // "to the Secretary-General and to his efforts"
      if (step > 0 && (view.tokens[j]!.lower === 'and' || bareComma) && (repeated === 'of' || (repeated === leading && !pronoun))) j++;
      // "South Korea and the United States": a determiner may open the next actor.
      if (step > 0 && isDeterminer(view.tokens[j + 1]) && !view.mentionAt[j + 1]) j++;
      if (step < 0 && isDeterminer(view.tokens[j - 1]) && !view.mentionAt[j - 1] && view.mentionAt[j - 2]) j--;
      // "Eritrea, the Republic of Slovakia and Monaco": the name of a state's form leads to the state.
      if (step > 0 && STATE_FORMS.has(view.tokens[j + 1]?.lower ?? '') && view.tokens[j + 2]?.lower === 'of') j += 2;
      const next = view.mentionAt[j + step];
      // "Japan, China, Korea, Kuwait…": past two actors joined by a comma or "and", a name the gazetteer
      // does not know is passed over.
      const unknown = !next && step > 0 && links.length >= 1 ? unknownItemEnd(view, j + 1) : -1;
      if (unknown > 0) {
        after = unknown;
        continue;
      }
      if (!next || next === cur) break;
      // "…, the State of Eritrea, I express": first person is never an item of a list by commas.
      if (bareComma && (isFirstPerson(next) || isFirstPerson(cur))) break;
      links.push({ span: next, bareComma });
      cur = next;
      after = cur.to;
    }
    return links;
  };
  const left = chain(-1);
  const right = chain(1);
  // Commas join only inside a list that an "and" closes, and the "and" comes last: in "Chile and Peru, we", the
  // list ends before "we". Three actors or more in a row make a list by commas alone ("Japan, China, Kuwait, the
  // CPLP and Cuba", where the closing member is not an actor).
  const members = [...left.map((l) => l.span).reverse(), span, ...right.map((l) => l.span)];
  /** The link between each member and the next, in sentence order: a bare comma or an "and". */
  const bare = [...left.map((l) => l.bareComma).reverse(), ...right.map((l) => l.bareComma)];
  const closing = bare.indexOf(false);
  if (closing < 0) return members.length >= 3 ? members : [span];
  const list = members.slice(0, closing + 2);
  return list.includes(span) ? list : [span];
}

/**
 * The lower forms and stems a token needs to start one of `patterns` (null: a pattern opens with a gap, so
 * any token may), computed once per list: most tokens start none, and are turned away by one lookup.
 */
const openersOf = new WeakMap<readonly CompiledPattern[], Set<string> | null>();
function openers(patterns: readonly CompiledPattern[]): Set<string> | null {
  let keys = openersOf.get(patterns);
  if (keys === undefined) {
    const opensWithWord = patterns.every((p) => p.slots[0] && !p.slots[0].gap);
    keys = opensWithWord ? new Set(patterns.flatMap(firstSlotKeys)) : null;
    openersOf.set(patterns, keys);
  }
  return keys;
}

/** The first of `patterns` that matches starting at token `i`, with its end. */
export function patternAt(tokens: readonly Token[], i: number, patterns: readonly CompiledPattern[]): number | null {
  const keys = openers(patterns);
  const token = tokens[i];
  if (keys && (!token || !(keys.has(token.lower) || keys.has(token.stem)))) return null;
  for (const p of patterns) {
    const m = matchAt(tokens, i, p);
    if (m) return m.end;
  }
  return null;
}

/** Index of the nearest token before `before` (within `window` words, same clause) where a pattern ends. */
export function patternBefore(
  view: SentenceView,
  before: number,
  patterns: readonly CompiledPattern[],
  window: number,
  commasBreak = true,
): number | null {
  let words = 0;
  for (let i = before - 1; i >= 0 && words < window + 3; i--) {
    const t = view.tokens[i]!;
    if (isClauseBreak(t, commasBreak) && !isQuoteMark(t)) return t.lower === 'that' ? patternEndingAt(view, i, before, patterns, window) : null;
    if (t.word) words++;
    const end = patternAt(view.tokens, i, patterns);
    if (end !== null && end <= before && countWords(view.tokens, end, before) <= window) return i;
  }
  return null;
}

/** A pattern that ends with the "that" at `that` ("hope that", "propose that"), as `patternBefore` finds one, or null. */
function patternEndingAt(view: SentenceView, that: number, before: number, patterns: readonly CompiledPattern[], window: number): number | null {
  for (let i = that - 1; i >= 0 && i >= that - 2; i--) {
    if (patternAt(view.tokens, i, patterns) === that + 1 && countWords(view.tokens, that + 1, before) <= window) return i;
  }
  return null;
}

/**
 * The end of a reporting verb at `i` ("said", "according to"), or null. A bare form used as a noun reports no one
 * ("the recent report of the Secretary-General", "a note by"); "the ministry said", "said of the plan" report.
 */
export function reportingVerbAt(view: SentenceView, i: number, grammar: { reportingVerbs: readonly CompiledPattern[] }): number | null {
  // "the three States that joined": a reporting verb is written in lower case.
  if (view.tokens[i] && view.tokens[i]!.text !== view.tokens[i]!.lower && !view.shouted) return null;
  const end = patternAt(view.tokens, i, grammar.reportingVerbs);
  if (end === null || end !== i + 1) return end;
  const prev = view.tokens[i - 1];
  // "the declared wish of the United States", "its stated aim": a participle after a determiner is an adjective;
  // "the reports", "its statements": a form in -s after one is a plural noun.
  if (/(?:ed|s)$/.test(view.tokens[i]!.lower) && isDeterminer(prev) && prev!.lower !== 'that') return null;
  if (/(?:ed|s)$|^(?:said|told|wrote)$/.test(view.tokens[i]!.lower)) return end;
  const adjective = prev?.word && prev.text === prev.lower && isDeterminer(view.tokens[i - 2]);
  return isDeterminer(prev) || adjective || view.tokens[end]?.lower === 'of' ? null : end;
}

export function countWords(tokens: readonly Token[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (tokens[i]!.word) n++;
  return n;
}
