// Who takes the stance: the subject of the cue, the agent of a passive, the speaker of a quotation.
import type { Attribution } from '../schemas.ts';
import { actorGroup, governingPreposition, isClauseBreak, isDeterminer, isLowerWord, isPreposition, isPronoun, isQuoteMark, isVerbCompanion, pluralPossessiveAt, reportingVerbAt } from './grammar.ts';
import type { CompiledGrammar } from './lexicon.ts';
import { receivedAt } from './cues.ts';
import { quoteAt, type MentionSpan, type SentenceView } from './tokens.ts';

export interface FoundActors {
  spans: MentionSpan[];
  attribution: Attribution;
}

/** Nouns that make a possessive actor the one who acts ("Norway's foreign minister said"), and an actor's name
 * the one named ("the NATO forces"). */
export const ACTOR_HEADS = new Set([
  'government', 'minister', 'president', 'leader', 'leaders', 'ministry', 'army', 'military', 'forces', 'spokesman',
  'spokeswoman', 'spokesperson', 'officials', 'official', 'administration', 'cabinet', 'parliament', 'envoy',
  'ambassador', 'delegation', 'authorities', 'regime', 'king', 'premier', 'chancellor', 'secretary', 'office',
  'council', 'committee', 'commission', 'agency', 'bureau', 'mission', 'embassy', 'department', 'party', 'movement',
  'coalition', 'command', 'court', 'police', 'navy', 'troops', 'people', 'representative', 'foreign',
]);

/** Can this mention be the one who acts, rather than a place, an owner or a modifier? */
export function isSubjectCandidate(view: SentenceView, span: MentionSpan, cue?: number): boolean {
  if (span.mention.resolution === 'modifier') return false;
  // "the Baku-Tbilisi-Erzerum gas pipeline": a name inside a hyphenated compound names a thing.
  if (hyphenAt(view, span.to) || hyphenAt(view, span.from - 1)) return false;
  if ((governingPreposition(view, span.from) || joinedUnderPreposition(view, span)) && !partOf(view, span) && !opensClause(view, span, cue) && !infinitiveSubject(view, span)) return false;
  if (span.possessive) {
    for (let i = span.to; i < Math.min(view.tokens.length, span.to + 5); i++) {
      if (ACTOR_HEADS.has(view.tokens[i]!.lower)) return true;
    }
    return false;
  }
  return true;
}

/** Prepositions before a noun ("after the vote") that are conjunctions before a clause ("after Spain criticised"). */
const CLAUSE_OPENERS = new Set(['after', 'before', 'since', 'until']);
/** The first word of a finite verb: an auxiliary or a past form ("had", "criticised"). */
const FINITE_START = /^(?:has|have|had|is|are|was|were|will|would|can|could|may|might|shall|should|must|do|does|did|[a-z]{2,}ed)$/;

/**
 * "after Spain criticised the vote": the actor after a conjunction that a finite verb follows is the subject of the
 * cue at `cue`, when the cue is in that clause ("Since Chile has joined, we welcome …" is not Chile's welcome).
 */
function opensClause(view: SentenceView, span: MentionSpan, cue: number | undefined): boolean {
  if (cue === undefined || cue < span.to) return false;
  // (The list is read only when the conjunction or a joiner stands right before the actor: most do not.)
  const before = view.tokens[isDeterminer(view.tokens[span.from - 1]) ? span.from - 2 : span.from - 1]?.lower ?? '';
  if (!CLAUSE_OPENERS.has(before) && before !== 'and' && before !== ',') return false;
  const group = actorGroup(view, span);
  if (!CLAUSE_OPENERS.has(governingPreposition(view, group[0]!.from)?.lower ?? '')) return false;
  const end = group[group.length - 1]!.to;
  const next = view.tokens[end];
  if (!next || next.text !== next.lower || !FINITE_START.test(next.lower) || cue < end || cue - end > 4) return false;
  for (let i = end; i < cue; i++) if (!view.tokens[i]!.word) return false;
  return true;
}

/** Whether token `i` is a hyphen touching the words on both sides. */
function hyphenAt(view: SentenceView, i: number): boolean {
  const t = view.tokens[i];
  return t?.lower === '-' && view.tokens[i - 1]?.end === t.start && view.tokens[i + 1]?.start === t.end;
}

/**
 * "between Cuba and the United States", "with the Government and people of the United States": an actor joined
 * to an actor or a noun that a preposition governs is governed too.
 */
function joinedUnderPreposition(view: SentenceView, span: MentionSpan): boolean {
  let j = span.from - 1;
  while (j >= 0 && isDeterminer(view.tokens[j])) j--;
  if (view.tokens[j]?.lower !== 'and' && view.tokens[j]?.lower !== 'or') return false;
  const before = view.mentionAt[j - 1];
  if (!before && !view.tokens[j - 1]?.word) return false;
  return !!governingPreposition(view, before ? before.from : j - 1);
}

/**
 * "All of us are concerned", "each of them supports": a part of the actor acts for it; so do "officials in Seoul"
 * (and "in Seoul and Washington"), who act for the capital's state.
 */
function partOf(view: SentenceView, span: MentionSpan): boolean {
  let j = span.from - 1;
  while (j >= 0 && isDeterminer(view.tokens[j])) j--;
  // "officials in Seoul and Washington": for a later item of a list, what stands before the list's first.
  if (view.tokens[j]?.lower === 'and' || view.tokens[j]?.lower === ',') {
    for (j = actorGroup(view, span)[0]!.from - 1; j >= 0 && isDeterminer(view.tokens[j]); ) j--;
  }
  const before = view.tokens[j - 1]?.lower ?? '';
  // ("Chinese officials in Washington" are China's: the noun in a mention of its own is not the capital's.)
  return (view.tokens[j]?.lower === 'of' && PARTITIVES.has(before)) || (view.tokens[j]?.lower === 'in' && OFFICIALS.has(before) && !view.mentionAt[j - 1]);
}

/**
 * "It is an honour for me to welcome …", "a pleasure for my delegation to congratulate …": the speaker after "for"
 * is the subject of the infinitive right after it.
 */
function infinitiveSubject(view: SentenceView, span: MentionSpan): boolean {
  const first = span.mention.resolution === 'document-speaker' || span.mention.resolution === 'quote-speaker';
  if (!first || view.tokens[span.from - 1]?.lower !== 'for') return false;
  const to = SELF_HEADS.has(view.tokens[span.to]?.lower ?? '') ? span.to + 1 : span.to; // "for my delegation to"
  if (view.tokens[to]?.lower !== 'to') return false;
  // Only a courtesy's infinitive: "It is difficult for us to support …" is no stance taken.
  for (let i = span.from - 2; i >= 0 && i >= span.from - 4; i--) if (COURTESIES.has(view.tokens[i]!.lower)) return true;
  return false;
}
/** What it is for the speaker to do something: "an honour", "a pleasure", "a privilege". */
const COURTESIES = new Set(['honour', 'honor', 'pleasure', 'privilege', 'joy', 'satisfaction', 'duty', 'opportunity']);

/** Nouns of those who act for a state from its capital: "officials in Seoul", "diplomats in Beijing". */
const OFFICIALS = new Set(['officials', 'diplomats', 'authorities', 'lawmakers', 'legislators', 'policymakers']);

const attributionOf = (span: MentionSpan, fallback: Attribution): Attribution => {
  switch (span.mention.resolution) {
    case 'pronoun':
    case 'descriptor':
      return 'pronoun';
    case 'quote-speaker':
      return 'quote-speaker';
    case 'document-speaker':
      return 'document-speaker';
    default:
      return fallback;
  }
};

function found(view: SentenceView, span: MentionSpan, fallback: Attribution, cue?: number): FoundActors {
  const group = actorGroup(view, span);
  // "Iraq has invaded Kuwait, and Burkina Faso … condemns": ", and" after a verb's object joins two clauses.
  const cut = group.findIndex((s) => s.from < span.from && view.tokens[s.to]?.lower === ',' && view.tokens[s.to + 1]?.lower === 'and' && verbBefore(view, s));
  const spans = group.slice(cut + 1).filter((s) => s === span || isSubjectCandidate(view, s, cue));
  return { spans, attribution: attributionOf(span, fallback) };
}

/** Whether a lower-case word that is no preposition, conjunction or quantifier stands right before `span`'s phrase. */
function verbBefore(view: SentenceView, span: MentionSpan): boolean {
  let k = span.from - 1;
  while (k >= 0 && isDeterminer(view.tokens[k])) k--;
  const prev = view.tokens[k];
  return !!prev?.word && prev.text === prev.lower && !isPreposition(prev) && !CONJUNCTIONS.has(prev.lower) && !QUANTIFIERS.has(prev.lower) && !view.mentionAt[k];
}
const QUANTIFIERS = new Set(['both', 'either', 'neither', 'all']);

/** The nearest subject left of token `before`, within its clause. */
export function subjectBefore(
  view: SentenceView,
  before: number,
  grammar: CompiledGrammar,
  options: { commasBreak: boolean; maxWords?: number; leftmost?: boolean } = { commasBreak: true },
): FoundActors | null {
  let words = 0;
  const maxWords = options.maxWords ?? 16;
  let best: MentionSpan | undefined;
  for (let i = before - 1; i >= 0 && words <= maxWords; i--) {
    const t = view.tokens[i]!;
    const span = view.mentionAt[i];
    if (span) {
      if (isSubjectCandidate(view, span, before) && !objectOfCoordinatedVerb(view, span, before)) {
        if (!options.leftmost) return found(view, span, 'subject', before);
        best = span;
      }
      i = span.from;
      continue;
    }
    if (view.fragmentMarks.has(i)) continue;
    const aside = t.lower === ',' ? asideBefore(view, i) : null;
    if (aside !== null) {
      i = aside; // "Italy, for its part, will …": look past the aside to the subject before it.
      continue;
    }
    if (isClauseBreak(t, options.commasBreak)) break;
    if (reportingVerbAt(view, i, grammar) !== null && i < before - 1) break;
    if (t.word) words++;
  }
  return best ? found(view, best, 'subject', before) : null;
}

/**
 * "I addressed the European Parliament and solemnly pledged": an actor right after a verb, followed by "and" and
 * (adverbs and) the cue, is the first verb's object; the two verbs share the subject further left.
 */
function objectOfCoordinatedVerb(view: SentenceView, span: MentionSpan, cue: number): boolean {
  const group = actorGroup(view, span);
  let i = group[group.length - 1]!.to;
  // "congratulate the United States on its initiative and applaud": a short phrase may follow the object.
  if (OBJECT_PHRASE_PREPOSITIONS.has(view.tokens[i]?.lower ?? '')) {
    const end = i + 6;
    for (i++; i < end && i < cue && view.tokens[i]!.word && view.tokens[i]!.lower !== 'and'; i++);
  }
  if (view.tokens[i]?.lower !== 'and') return false;
  for (i++; i < cue; i++) if (!isVerbCompanion(view.tokens[i])) return false;
  // A lowercase word that is neither a preposition nor a conjunction: the verb whose object the actor is.
  return verbBefore(view, group[0]!);
}

/** Prepositions of a phrase that may follow a verb's object: "congratulate X on …", "thank X for …". */
const OBJECT_PHRASE_PREPOSITIONS = new Set(['on', 'for', 'upon']);

/**
 * For the comma closing a short aside right after an actor ("Italy, for one,", "Kenya, however,"), the index of
 * the comma that opens it; null when the comma closes anything else.
 */
function asideBefore(view: SentenceView, comma: number): number | null {
  for (let i = comma - 1, words = 0; i >= 0 && words <= 8; i--) {
    const t = view.tokens[i]!;
    if (view.mentionAt[i]) return null;
    // "Burkina Faso, like the rest of the international community, condemns": a comparison may run longer.
    if (t.lower === ',') return words > 0 && (words <= 3 || COMPARING.has(view.tokens[i + 1]!.lower)) && view.mentionAt[i - 1] ? i : null;
    if (!t.word || isClauseBreak(t, false)) return null;
    words++;
  }
  return null;
}
/** Words that open an aside comparing the subject with others: "like", "unlike", "as", "along with". */
const COMPARING = new Set(['like', 'unlike', 'as', 'along', 'together', 'alongside']);

/** "…, Fidan said", "he added", "according to Lavrov": who the sentence reports. */
export function reportingSpeaker(view: SentenceView, grammar: CompiledGrammar): FoundActors | null {
  for (let i = 0; i < view.tokens.length; i++) {
    if (quoteAt(view, i)) continue;
    const end = reportingVerbAt(view, i, grammar);
    if (end === null) continue;
    const before = subjectBefore(view, i, grammar, { commasBreak: true, maxWords: 8 });
    if (before) return { ...before, attribution: before.attribution === 'subject' ? 'reporting-speaker' : before.attribution };
    // "said Fidan", "according to Lavrov"; not "to note that the Council …", whose "that" opens what is noted.
    if (view.tokens[end]?.lower === 'that') continue;
    for (let j = end; j < Math.min(view.tokens.length, end + 3); j++) {
      const span = view.mentionAt[j];
      if (span && !span.possessive) return { spans: actorGroup(view, span), attribution: attributionOf(span, 'reporting-speaker') };
    }
  }
  return null;
}

/** The first actor that can act in the sentence: the main subject of most news leads. */
export function firstSubject(view: SentenceView, until: number): FoundActors | null {
  for (const span of view.mentions) {
    if (span.from >= until) break;
    if (quoteAt(view, span.from)) continue;
    if (isSubjectCandidate(view, span)) return found(view, span, 'subject');
  }
  return null;
}

/** The document's speaker, for a judgement no one in the sentence is said to make ("It is unacceptable that …"). */
export function documentSpeaker(view: SentenceView): FoundActors | null {
  const speaker = view.sentence.speaker_actor;
  if (!speaker) return null;
  const span = view.mentions.find((m) => m.mention.resolution === 'document-speaker');
  if (span) return { spans: [span], attribution: 'document-speaker' };
  const synthetic: MentionSpan = {
    mention: { ...speaker, text: '', start: 0, end: 0, kind: 'state', resolution: 'document-speaker' },
    from: 0,
    to: 0,
    possessive: false,
  };
  return { spans: [synthetic], attribution: 'document-speaker' };
}

/** The speaker of the quotation containing token `i`, as the tag stage resolved it. */
export function quoteSpeaker(view: SentenceView, i: number): FoundActors | null {
  const quote = quoteAt(view, i);
  const speaker = quote?.quote.speaker;
  if (!speaker) return null;
  // The tag stage names the speaker; point at the mention that carries it when there is one.
  const span = view.mentions.find((m) => m.mention.id === speaker.id && !quoteAt(view, m.from));
  if (span) return { spans: [span], attribution: 'quote-speaker' };
  const synthetic: MentionSpan = {
    mention: { ...speaker, text: '', start: 0, end: 0, kind: 'person', resolution: 'quote-speaker' },
    from: i,
    to: i,
    possessive: false,
  };
  return { spans: [synthetic], attribution: 'quote-speaker' };
}

/** Whether a passive auxiliary stands before the participle at `at`, past adverbs in -ly ("was warmly welcomed"). */
export function passiveAuxiliaryBefore(view: SentenceView, at: number, grammar: CompiledGrammar): boolean {
  let k = at - 1;
  while (k >= 0 && /ly$/.test(view.tokens[k]!.lower)) k--;
  return k >= 0 && grammar.passiveAuxiliaries.has(view.tokens[k]!.lower);
}

/** The agent of a passive cue ("a meeting denounced by Zelenskyy"); `undefined` when the cue is not passive. */
export function passiveAgent(
  view: SentenceView,
  cueFrom: number,
  cueTo: number,
  grammar: CompiledGrammar,
): FoundActors | null | undefined {
  const cue = view.tokens[cueFrom]!;
  if (!/(ed|en)$/.test(cue.lower)) return undefined;
  const auxiliary = passiveAuxiliaryBefore(view, cueFrom, grammar);
  // Without an auxiliary only "a meeting denounced by X" reads as passive: "X slammed the drills by Y" is active.
  const reach = auxiliary ? 20 : 0;
  for (let j = cueTo, words = 0; j < view.tokens.length && words <= reach; j++) {
    const t = view.tokens[j]!;
    if (t.lower === ';' || isQuoteMark(t)) break;
    if (t.lower === 'by') {
      for (let m = j + 1; m < Math.min(view.tokens.length, j + 6); m++) {
        const span = view.mentionAt[m];
        if (span) return { spans: actorGroup(view, span), attribution: 'passive' };
      }
      // "…, supported by three members, …": "by" right after the participle makes it passive, auxiliary or not.
      return auxiliary || j === cueTo ? null : undefined;
    }
    if (t.word) words++;
  }
  return auxiliary ? null : undefined;
}

/**
 * The head noun of a subject that names no actor ("the international community will provide", "the Goals (MDGs)
 * offer"), or null when the subject is an actor, a pronoun, or not plain to see. A cue whose subject is a thing
 * or a third party is nobody's stance here, however many actors the sentence names elsewhere.
 */
export function nonActorSubject(view: SentenceView, verb: number): string | null {
  let i = verb - 1;
  for (let hops = 0; hops < 4; hops++) {
    while (i >= 0 && (isVerbCompanion(view.tokens[i]) || view.fragmentMarks.has(i))) i--;
    if (view.tokens[i]?.lower === ')') {
      while (i >= 0 && view.tokens[i]!.lower !== '(') i--;
      i--;
    }
    // "the plan proposed by the Secretary-General would help": the agent of a reduced passive is not the subject.
    const agent = view.mentionAt[i];
    let by = agent ? agent.from - 1 : -1;
    while (by >= 0 && isDeterminer(view.tokens[by])) by--;
    if (agent && view.tokens[by]?.lower === 'by' && /(?:ed|en)$/.test(view.tokens[by - 1]?.lower ?? '')) {
      i = by - 2;
      continue;
    }
    // "The conclusions, I firmly believe, will help": a parenthetical "I believe" is not the subject; nor is
    // "the international community, represented by the United Nations, will provide".
    const believing = view.tokens[i]?.lower === ',' ? believingAside(view, i) : -1;
    const aside = believing >= 0 || view.tokens[i]?.lower !== ',' ? believing : participleAside(view, i);
    if (aside >= 0) {
      i = aside - 1;
      continue;
    }
    // "Security Council resolution 1701 (2006) offers": a common noun with a number names a thing, a text (not a
    // date: "Russia on March 3 condemned", "France in December 2023 pledged", "Peru since 2010 has").
    const named = view.tokens[i - 1];
    if (/^\d[\d/.]*$/.test(view.tokens[i]?.text ?? '') && named && /^[a-z]+$/.test(named.text) && !view.mentionAt[i - 1] && !isPreposition(named) && !isDeterminer(named)) {
      return named.text;
    }
    const head = view.tokens[i];
    // "a solution that would provide", "friends who condemned", "those countries, which will help": a relative
    // pronoun stands for the noun before it.
    const at = head?.lower === 'which' && view.tokens[i - 1]?.lower === ',' ? i - 2 : i - 1;
    const antecedent = view.tokens[at];
    const relative = head?.lower === 'that' || head?.lower === 'which' || head?.lower === 'who';
    if (relative && antecedent?.word && !view.mentionAt[at] && antecedent.text === antecedent.lower && !isVerbCompanion(antecedent)) {
      return antecedent.text;
    }
    // "the Addis Ababa Framework offers": a name built on an actor's names a thing ("the Kenyan Government" acts).
    if (head?.word && head.text !== head.lower && view.mentionAt[i - 1] && !view.mentionAt[i] && !ACTOR_HEADS.has(head.lower)) {
      return head.text;
    }
    const phraseHead = view.mentionAt[i] ? ofPhraseHead(view, view.mentionAt[i]!) : null;
    if (phraseHead !== null) return phraseHead;
    // "these will help us", "this will provide": a demonstrative of things tied to no actor ("it" often is one).
    if (head?.word && !view.mentionAt[i] && THING_PRONOUNS.has(head.lower)) return head.text;
    // "Member States all too often criticize", "developing countries support": a group that names no actor, unless
    // an actor stands in it or just before it ("We, the small island States,", "India and other developing countries").
    if (head?.word && !view.mentionAt[i] && GROUP_HEADS.has(head.lower) && !actorNear(view, i)) return head.text;
    if (!head || !head.word || view.mentionAt[i] || isDeterminer(head) || isPreposition(head) || isClauseBreak(head, true)) return null;
    // "he will contribute", "you will make a contribution" with the pronoun tied to no actor: not the speaker.
    if (OTHER_PERSONS.has(head.lower)) return head.text;
    // "an assembly that analyses and proposes": the relative clause's first verb leads to its antecedent.
    const shared = CONJUNCTIONS.has(head.lower) ? relativeAntecedentBefore(view, i - 1) : null;
    if (shared !== null) return shared;
    // A pronoun, or a conjunction: "rejected the tariff and criticised" shares the subject further left.
    if (isPronoun(head) || CONJUNCTIONS.has(head.lower)) return null;
    // Walk left over the noun phrase's modifiers to its determiner, or to the preposition of a phrase to look past.
    let k = i - 1;
    for (let words = 0; k >= 0 && words < 6; k--, words++) {
      const t = view.tokens[k]!;
      if (t.lower === '-' && view.tokens[k - 1]?.word) continue; // "the five-point plan"
      if (/^\d/.test(t.lower)) continue; // "the 17 Goals"
      if (!t.word || view.mentionAt[k] || isDeterminer(t) || isPreposition(t) || isClauseBreak(t, true)) break;
    }
    const stop = view.tokens[k];
    // "our unwavering will to continue supporting": an infinitive after an owned noun of intent is the owner's.
    // ("His commitment to and experience in …" has no infinitive.)
    const infinitive = isLowerWord(view, k + 1) && !isDeterminer(view.tokens[k + 1]) && !CONJUNCTIONS.has(view.tokens[k + 1]!.lower);
    if (stop?.lower === 'to' && infinitive && INTENT_NOUNS.has(view.tokens[k - 1]?.lower ?? '') && ownedByPossessive(view, k - 1)) return null;
    if (stop && isPreposition(stop)) {
      i = k - 1; // "Russia on Monday condemned": look past the phrase.
      continue;
    }
    // "Namibia's independence would help": a thing an actor owns is not the actor.
    const possessor = stop?.lower === "'" ? view.mentionAt[k - 1] : undefined; // "Namibia", "'", "s"
    const thingOwned = possessor?.possessive && head.text === head.lower;
    if (thingOwned && !ACTOR_HEADS.has(head.lower) && !SELF_HEADS.has(head.lower)) return head.text;
    // "our partners will provide" is not the speaker, though "our Government will" is.
    const owned = view.mentionAt[k] && POSSESSIVES.has(stop?.lower ?? '') && !ACTOR_HEADS.has(head.lower) && !SELF_HEADS.has(head.lower);
    if (!stop || !isDeterminer(stop) || (view.mentionAt[k] && !owned)) return null;
    // "every one of the 17 Goals will contribute", "most of our partners will help": a part of things is a thing.
    if (view.tokens[k - 1]?.lower === 'of' && PARTITIVES.has(view.tokens[k - 2]?.lower ?? '')) return head.text;
    if (isPreposition(view.tokens[k - 1])) {
      i = k - 2; // "Russia on the same day condemned".
      continue;
    }
    return head.text;
  }
  return null;
}

/** The "from" after one to three lowercase words at `i` ("of aid from", "of talks from"), or -1. */
function fromAfterOfPhrase(view: SentenceView, i: number): number {
  for (let j = i; j < i + 3; j++) {
    const t = view.tokens[j];
    if (!t?.word || view.mentionAt[j] || t.text !== t.lower) return -1;
    if (t.lower === 'from') return j > i ? j : -1;
  }
  return -1;
}

/** Nouns of help, which "from" follows as often for aid given as for a stance: "support from donors". */
const GIVEN_HELP = new Set(['support', 'backing', 'assistance', 'aid', 'help', 'contribution', 'contributions', 'funding', 'cooperation']);

/** Nouns of intent whose infinitive acts for their owner: "our will to", "its determination to". */
const INTENT_NOUNS = new Set(['will', 'determination', 'resolve', 'resolution', 'readiness', 'willingness', 'commitment', 'intention', 'desire', 'decision', 'wish', 'pledge', 'promise']);

/** Whether a possessive owns the noun at `n`, at most one modifier between: "our will", "our unwavering will". */
const ownedByPossessive = (view: SentenceView, n: number): boolean =>
  POSSESSIVES.has(view.tokens[n - 1]?.lower ?? '') || (isLowerWord(view, n - 1) && POSSESSIVES.has(view.tokens[n - 2]?.lower ?? ''));

/** Prepositions that tie an actor to the noun before them: "the establishment of", "the return of X to Y". */
const HEAD_PREPOSITIONS = new Set(['of', 'to', 'for', 'against', 'toward', 'towards', 'from', 'on']);

/** Nouns that pick out actors from the phrase after them ("some of the States", "members of the Council"). */
const PARTITIVES = new Set(['all', 'some', 'each', 'many', 'most', 'several', 'none', 'one', 'both', 'few', 'any', 'member', 'members']);

/**
 * "the establishment of the WTO offers", "the return of the lands to Peru will help": an actor in a phrase of
 * "of", "to" and the like is not the subject, the thing it hangs on is. The noun before the preposition, or null
 * when there is none or it names the actor itself ("the Government of Chile").
 */
function ofPhraseHead(view: SentenceView, span: MentionSpan): string | null {
  let of = span.from - 1;
  while (of >= 0 && isDeterminer(view.tokens[of])) of--;
  const noun = view.tokens[of - 1];
  if (!HEAD_PREPOSITIONS.has(view.tokens[of]?.lower ?? '') || !noun?.word || noun.text !== noun.lower || view.mentionAt[of - 1]) return null;
  const word = noun.lower;
  if (ACTOR_HEADS.has(word) || SELF_HEADS.has(word) || PARTITIVES.has(word) || isPronoun(noun)) return null;
  return isDeterminer(noun) || isPreposition(noun) || isVerbCompanion(noun) ? null : noun.text;
}

/** For "<verb> and" ending at `verb`: when a relative pronoun opens it ("an assembly that analyses and"), the antecedent. */
function relativeAntecedentBefore(view: SentenceView, verb: number): string | null {
  const v = view.tokens[verb];
  const pronoun = view.tokens[verb - 1]?.lower;
  const antecedent = view.tokens[verb - 2];
  if (!v?.word || v.text !== v.lower || (pronoun !== 'that' && pronoun !== 'which' && pronoun !== 'who')) return null;
  // A finite verb after "that" ends in -s or -ed; "fulfil that task and thank" has a determiner and a noun.
  if (pronoun === 'that' && !/(?:[^s]s|ed)$/.test(v.lower)) return null;
  return antecedent?.word && antecedent.text === antecedent.lower && !view.mentionAt[verb - 2] ? antecedent.text : null;
}

/** "Chile thanked Peru, which condemned the coup", "friends who support us": the actor a subject relative describes. */
export function relativeSubject(view: SentenceView, verb: number, grammar: CompiledGrammar): FoundActors | null {
  let i = verb - 1;
  while (i >= 0 && isVerbCompanion(view.tokens[i])) i--;
  const pronoun = view.tokens[i]?.lower;
  if (pronoun !== 'which' && pronoun !== 'who') return null;
  const span = view.mentionAt[view.tokens[i - 1]?.lower === ',' ? i - 2 : i - 1];
  if (!span || span.possessive || span.mention.resolution === 'modifier') return null;
  // An actor a preposition governs is still the subject of the clause ("agreements with Norway, which will help"),
  // but a place is not: "a Centre in Panama, which will host" is the Centre, a thing that takes no stance.
  const prep = governingPreposition(view, span.from)?.lower;
  return prep && grammar.locationPrepositions.has(prep) ? { spans: [], attribution: 'subject' } : found(view, span, 'subject');
}

/** "The State of Qatar, declaring its full support …, hopes": a participle after the subject and a comma is its. */
export function subjectOfParticiple(view: SentenceView, verb: number): FoundActors | null {
  if (!/.{3}ing$/.test(view.tokens[verb]!.lower) || view.tokens[verb - 1]?.lower !== ',') return null;
  const span = view.mentionAt[verb - 2];
  if (!span || span !== firstSubject(view, verb)?.spans[0]) return null;
  return found(view, span, 'subject');
}

/** For the comma closing ", represented by the United Nations,", the comma opening that participle's aside; else -1. */
function participleAside(view: SentenceView, close: number): number {
  for (let i = close - 1; i > 0 && close - i <= 12; i--) {
    if (view.tokens[i]!.lower !== ',') continue;
    const first = view.tokens[i + 1]?.lower ?? '';
    return /^[a-z]{3,}(?:ed|ing)$/.test(first) && !view.mentionAt[i + 1] ? i : -1;
  }
  return -1;
}

/** What a speaker calls itself: "my country", "our nation". */
const SELF_HEADS = new Set(['country', 'nation', 'state', 'people', 'republic', 'kingdom', 'government', 'delegation']);
const POSSESSIVES = new Set(['our', 'my', 'their', 'its', 'his', 'her', 'your']);
const OTHER_PERSONS = new Set(['he', 'she', 'they', 'you']);
const THING_PRONOUNS = new Set(['this', 'these', 'those']);
const GROUP_HEADS = new Set(['states', 'members', 'countries', 'nations', 'governments', 'peoples']);

/** Whether an actor is named in the clause within eight tokens before `end`. */
function actorNear(view: SentenceView, end: number): boolean {
  for (let i = end - 1; i >= 0 && i >= end - 8; i--) {
    if (view.mentionAt[i]) return true;
    if (isClauseBreak(view.tokens[i]!, false)) return false;
  }
  return false;
}

/** For the comma closing ", I (firmly) believe," before `comma`, the comma opening it; else -1. */
function believingAside(view: SentenceView, comma: number): number {
  if (!BELIEVING.has(view.tokens[comma - 1]?.lower ?? '')) return -1;
  for (let j = comma - 2; j >= 0 && j >= comma - 5; j--) {
    const t = view.tokens[j]!;
    if (t.lower === ',') return view.mentionAt[j + 1]?.mention.resolution === 'document-speaker' ? j : -1;
    if (!t.word) return -1;
  }
  return -1;
}
const BELIEVING = new Set(['believe', 'think', 'hope', 'trust', 'feel', 'convinced']);
/** Conjunctions that join predicates or clauses. */
export const CONJUNCTIONS = new Set(['and', 'or', 'but', 'nor', 'yet', 'as', 'than']);

/** "… to reiterate our support": the first owner inside tokens [from, to) ("our", "Chile's"), for a phrase with no subject in sight. */
export function ownerWithin(view: SentenceView, from: number, to: number): FoundActors | null {
  for (let i = from; i < to; i++) {
    const span = view.mentionAt[i];
    if (span && (span.possessive || FIRST_PERSON_POSSESSIVES.has(view.tokens[i]!.lower))) return { spans: [span], attribution: 'possessive' };
  }
  return null;
}
export const FIRST_PERSON_POSSESSIVES = new Set(['our', 'my']);
export const THIRD_PERSON_POSSESSIVES = new Set(['its', 'their', 'his', 'her']);

/** The actor owning the noun at `noun`: "our full support", "Chile's warm thanks", "a US offer"; null when none. */
export function ownerOf(view: SentenceView, noun: number): MentionSpan | null {
  // "our respect for and appreciation of": the owner of the first noun of a pair joined with their prepositions.
  if (view.tokens[noun - 1]?.lower === 'and' && isPreposition(view.tokens[noun - 2]) && view.tokens[noun - 3]?.word && !view.mentionAt[noun - 3]) {
    return ownerOf(view, noun - 3);
  }
  // Up to two adjectives between the owner and the noun ("our most sincere", "its strong"), or a noun joined
  // by "and" whose owner is a possessive ("our best wishes and deep appreciation").
  let i = noun - 1;
  let joined = false;
  // "Peru's plan drew condemnation from Chile": nothing before a verb of getting owns the noun.
  const got = receivedAt(view, noun);
  for (let words = 0; i >= 0 && !view.mentionAt[i] && words < (joined ? 5 : 2); i--, words++) {
    const t = view.tokens[i]!;
    if (i === got) break;
    if (t.lower === 'and' && !joined && words < 2) {
      joined = true;
      continue;
    }
    if (!t.word || t.text !== t.lower || isDeterminer(t) || isPreposition(t) || isClauseBreak(t, true)) break;
    if (t.lower === 's' && view.tokens[i - 1]?.lower === "'") break; // "Chile's"
  }
  const possessive = view.tokens[i]?.lower === 's' || POSSESSIVES.has(view.tokens[i]?.lower ?? '');
  // "Chile's offer", and "my country's commitment": the speaker's own body, named by its possessive.
  const selfOwned = view.tokens[i]?.lower === 's' && SELF_HEADS.has(view.tokens[i - 2]?.lower ?? '') && view.mentionAt[i - 3]?.mention.resolution === 'document-speaker';
  // Words between a name and the noun need a possessive ("Chile's strong support"): "Hamas receives support" owns none.
  const adjacent = i === noun - 1;
  const owner = (joined || !adjacent) && !possessive ? undefined : (view.mentionAt[i] ?? (view.tokens[i]?.lower === 's' ? view.mentionAt[selfOwned ? i - 3 : i - 2] : undefined));
  // "in Chile's offer" is a thing named, not Chile's stance; "count on our support" is the speaker's, and "count on
  // Chile's support" or "assure him of Botswana's support" the owner's.
  if (owner && (!isPreposition(view.tokens[owner.from - 1]) || POSSESSIVES.has(view.tokens[owner.from]!.lower) || pledgedOwner(view, owner.from - 1))) return owner;
  // "While reasserting its support for …, Burkina Faso hopes": "its" looks ahead to the main clause's subject.
  if (!owner && adjacent && THIRD_PERSON_POSSESSIVES.has(view.tokens[i]?.lower ?? '')) {
    const main = openingClauseSubject(view, noun)?.spans[0];
    if (main) return main;
  }
  // "the congratulations and encouragement of the Government of Burkina Faso": a second noun joined by "and".
  if (view.tokens[noun + 1]?.lower === 'and' && view.tokens[noun + 2]?.word && view.tokens[noun + 3]?.lower === 'of') noun += 2;
  // "the generous offer by the Italian Government", "drew condemnation from Pyongyang": the owner after "by" or
  // "from"; not "support from donors", which is mostly aid given.
  const preposition = view.tokens[noun + 1]?.lower;
  // ("an offer of aid from the United States": past a short of-phrase of lowercase words.)
  const from = preposition === 'of' ? fromAfterOfPhrase(view, noun + 2) : preposition === 'from' ? noun + 1 : -1;
  if (preposition === 'by' || (from > 0 && !GIVEN_HELP.has(view.tokens[noun]!.lower))) {
    const at = preposition === 'by' ? noun + 1 : from;
    const by = view.mentionAt[isDeterminer(view.tokens[at + 1]) ? at + 2 : at + 1];
    return by && !by.possessive && by.mention.resolution !== 'document-speaker' ? by : null;
  }
  if (view.tokens[noun + 1]?.lower !== 'of') return null;
  // "the warm congratulations of my delegation": the speaker's own body after "of".
  const after = view.mentionAt[noun + 2];
  const head = view.tokens[noun + 3];
  if (after && POSSESSIVES.has(view.tokens[noun + 2]!.lower)) return head && (ACTOR_HEADS.has(head.lower) || SELF_HEADS.has(head.lower)) ? after : null;
  // "the sincere congratulations of the Malian delegation", "the support of Senegal", in Mali's or Senegal's speech.
  const named = view.mentionAt[view.tokens[noun + 2]?.lower === 'the' ? noun + 3 : noun + 2];
  // "the Taliban earned the condemnation of Amnesty International": what is got comes from who is named after "of";
  // so does what is pledged or counted on ("can count on the solidarity of Andorra").
  if (named && (receivedAt(view, noun) >= 0 || pledgedOwner(view, prepositionBefore(view, noun)))) return named;
  const speaker = view.sentence.speaker_actor;
  // "in support of Mongolia" names whom the support is for.
  const self = view.tokens[noun - 1]?.lower !== 'in' && (named?.mention.resolution === 'agent' || named?.mention.resolution === 'alias');
  return named && speaker && self && named.mention.id === speaker.id ? named : null;
}

/**
 * Who owns the act a word judges, other than the speaker: "Iraq's aggression", "the Israeli military aggression",
 * "as a result of Russia's aggression" (a preposition before the owner does not make the act a thing named).
 */
export function actOwner(view: SentenceView, word: number, end = word + 1): MentionSpan | null {
  let i = word - 1;
  // (Not past "under": "the Palestinian people live under brutal occupation" own no occupation.)
  while (i >= 0 && word - i <= 3 && view.tokens[i]!.word && !view.mentionAt[i] && view.tokens[i]!.text === view.tokens[i]!.lower && view.tokens[i]!.lower !== 's' && view.tokens[i]!.lower !== 'under') i--;
  const owner = view.tokens[i]?.lower === 's' && /^['’]$/.test(view.tokens[i - 1]?.lower ?? '') ? view.mentionAt[i - 2] : view.mentionAt[i];
  const resolution = owner?.mention.resolution;
  const named = resolution === 'demonym' || resolution === 'agent' || resolution === 'modifier' || resolution === 'pronoun';
  return owner && resolution !== 'document-speaker' && (owner.possessive || named) ? owner : (actAgentAfter(view, end) ?? doerBefore(view, word));
}

/**
 * "Israel repeatedly carries out acts of aggression", "Armenia has committed aggression": the actor who is the
 * subject of a verb of doing right before the act (past "acts of" and adjectives), in the same clause.
 */
function doerBefore(view: SentenceView, word: number): MentionSpan | null {
  let i = word - 1;
  if (view.tokens[i]?.lower === 'of' && /^acts?$/.test(view.tokens[i - 1]?.lower ?? '')) i -= 2;
  // Past adjectives and "and" only: "commit to fighting illegal drugs" commits to no act.
  while (i >= 0 && word - i <= 5 && view.tokens[i]!.word && !view.mentionAt[i] && !doingVerbAt(view, i) && !isPreposition(view.tokens[i]) && view.tokens[i]!.lower !== 'to') i--;
  if (!doingVerbAt(view, i)) return null;
  if (view.tokens[i]!.lower === 'out') i--;
  for (let j = i - 1; j >= 0 && i - j <= 14; j--) {
    const span = view.mentionAt[j];
    if (span) return span.mention.resolution !== 'document-speaker' && !span.possessive ? span : null;
    if (isClauseBreak(view.tokens[j], true)) return null;
  }
  return null;
}
/** Active verbs of doing an act: "commits", "perpetrated", "wage", "launched", "unleashed" ("carries out": below). */
const DOING_VERB = /^(?:commit(?:s|ted)?|perpetrat(?:e|es|ed)|wag(?:e|es|ed)|launch(?:es|ed)?|unleash(?:es|ed)?)$/;
/** Whether the token at `i` is a verb of doing an act, or the "out" of "carry out" ("ruled out" is not). */
const doingVerbAt = (view: SentenceView, i: number): boolean =>
  DOING_VERB.test(view.tokens[i]?.lower ?? '') || (view.tokens[i]?.lower === 'out' && /^carr(?:y|ies|ied|ying)$/.test(view.tokens[i - 1]?.lower ?? ''));

/** Participles of doing an act: "unleashed", "waged", "committed", "perpetrated", "imposed", "carried out". */
const DOING = /^(?:unleash|wag|commit|perpetrat|impos|launch|orchestrat|carri|inflict|instigat|stag|wrought)/;

/**
 * Who did the act judged at `word`…`end`, named after a participle of doing and "by" or after "at the hands of":
 * "the brutal war unleashed by Azerbaijan", "the aggression, occupation and terror unleashed by Armenia", "the
 * crime committed against my people by the Ottoman Empire".
 */
export function actAgentAfter(view: SentenceView, end: number): MentionSpan | null {
  for (let i = end, words = 0; i < view.tokens.length && words <= 8; i++) {
    const t = view.tokens[i]!;
    // "shameless aggression at the hands of the United States".
    if (t.lower === 'at' && view.tokens[i + 1]?.lower === 'the' && view.tokens[i + 2]?.lower === 'hands' && view.tokens[i + 3]?.lower === 'of') {
      const agent = view.mentionAt[isDeterminer(view.tokens[i + 4]) ? i + 5 : i + 4];
      return agent && !agent.possessive ? agent : null;
    }
    // "the aggression by Iraq", "the welcome decision by Japan": "by" right after the act names its doer.
    if ((i === end && t.lower === 'by') || (t.word && /(?:ed|wrought)$/.test(t.lower) && DOING.test(t.lower))) {
      for (let j = i; j < view.tokens.length && j <= i + 6; j++) {
        const u = view.tokens[j]!;
        if (u.lower === 'by') {
          const agent = view.mentionAt[isDeterminer(view.tokens[j + 1]) ? j + 2 : j + 1];
          return agent && !agent.possessive ? agent : null;
        }
        if (isClauseBreak(u, true)) return null;
      }
      return null;
    }
    if (isClauseBreak(t, false) || view.mentionAt[i]) return null;
    if (t.word) words++;
  }
  return null;
}

/**
 * The index of the word whose possessive ("'s") stands before the noun at `noun`, past at most `reach` lower-case
 * words (adjectives, or a noun joined by "and"); else -1.
 */
function possessorBefore(view: SentenceView, noun: number, reach: number): number {
  let i = noun - 1;
  while (i >= 0 && noun - i <= reach && view.tokens[i]!.word && !view.mentionAt[i] && view.tokens[i]!.text === view.tokens[i]!.lower && view.tokens[i]!.lower !== 's') i--;
  if (view.tokens[i]?.lower === 's' && /^['’]$/.test(view.tokens[i - 1]?.lower ?? '') && i >= 2) return i - 2;
  return pluralPossessiveAt(view, i) ? i - 1 : -1;
}

/** Whether a name's possessive stands before the noun at `noun`, past at most two adjectives: "in Chile's offer". */
export function ownedByName(view: SentenceView, noun: number): boolean {
  const owner = possessorBefore(view, noun, 2);
  return owner >= 0 && !!view.mentionAt[owner];
}

/**
 * Whether a thing's possessive stands before the noun at `noun`, past adjectives and a noun joined by "and": "the
 * international community's goodwill and renewed willingness" is the community's, no actor's.
 */
export function ownedByThing(view: SentenceView, noun: number): boolean {
  const at = possessorBefore(view, noun, 4);
  const owner = view.tokens[at];
  if (at < 0 || !owner || view.mentionAt[at]) return false;
  // "Members’ support", "the States' offer": a plural that names no actor owns it, capitalised or not.
  const plural = pluralPossessiveAt(view, at + 1) && GROUP_HEADS.has(owner.lower);
  return (owner.text === owner.lower || plural) && !ACTOR_HEADS.has(owner.lower) && !SELF_HEADS.has(owner.lower);
}

/** The preposition before the noun at `noun`, past its article and up to three adjectives ("on the full and sincere"), or -1. */
export function prepositionBefore(view: SentenceView, noun: number): number {
  for (let i = noun - 1; i >= 0 && noun - i <= 5; i--) {
    const t = view.tokens[i]!;
    if (isPreposition(t)) return i;
    if (!t.word || view.mentionAt[i] || t.text !== t.lower) return -1;
  }
  return -1;
}

/**
 * "The Assembly can count on Spain", "they may always rely on us": the actor relied on, right after "on", when
 * someone is told they can rely on it ("Pacific States rely on the United Nations" relies; it is told nothing).
 */
export function reliedOn(view: SentenceView, on: number): FoundActors | null {
  const span = view.mentionAt[view.tokens[on + 1]?.lower === 'the' ? on + 2 : on + 1];
  // "count on our support", "on Peru's support": the owner of a stance noun, which the noun's cue reads.
  if (!span || span.possessive || POSSESSIVES.has(view.tokens[span.from]!.lower) || /^['’]$/.test(view.tokens[span.to]?.lower ?? '')) return null;
  return RELYING_STEMS.has(view.tokens[on - 1]!.stem) && assuredReliance(view, on - 1)
    ? { spans: actorGroup(view, span), attribution: attributionOf(span, 'subject') }
    : null;
}

/** Stems of the verbs of relying on someone: count, rely (relies), depend. */
export const RELYING_STEMS = new Set(['count', 'reli', 'depend']);

/**
 * Whether the verb of relying at `verb` tells someone they can rely ("you can count on", "they may always rely
 * on", "will be able to count on"), rather than that they do or will ("we count on", "Nepal counts on", "we will
 * rely on Japan"): "can", "could", "may" or "able" a few words before it.
 */
export function assuredReliance(view: SentenceView, verb: number): boolean {
  for (let i = verb - 1; i >= 0 && i >= verb - 4; i--) {
    const t = view.tokens[i]!;
    if (ASSURANCE_MODALS.has(t.lower)) return true;
    if (!t.word || t.text !== t.lower || view.mentionAt[i]) return false;
  }
  return false;
}
const ASSURANCE_MODALS = new Set(['can', 'could', 'may', 'able']);

/** Whether `stem` is of a verb whose "of" or "on" hands over a stance: assure … of, count/rely/depend on (not "countries"). */
const assuring = (stem: string): boolean => stem.startsWith('assur') || RELYING_STEMS.has(stem);

/** Whether the preposition at `prep` follows a verb of assurance or reliance ("assure him of", "can count on"). */
export function pledgedOwner(view: SentenceView, prep: number): boolean {
  const word = view.tokens[prep]?.lower;
  if (word !== 'of' && word !== 'on' && word !== 'upon') return false;
  // "assure him of", "assure Mr. Freitas do Amaral of": past the one assured, a name of a few words.
  for (let i = prep - 1; i >= 0 && i >= prep - 6; i--) {
    const t = view.tokens[i]!;
    // "we count on Japan's support" hopes for it; "you can count on", "Chile can count on" are assured of it.
    if (assuring(t.stem)) return !RELYING_STEMS.has(t.stem) || assuredReliance(view, i);
    if (i < prep - 2 && t.word && t.text === t.lower && t.lower !== 'do' && t.lower !== 'da' && t.lower !== 'de') return false;
  }
  return false;
}

const SUBORDINATORS = new Set(['while', 'when', 'whilst', 'although', 'though', 'since', 'once', 'as']);

/** "we join the United States in condemning …", "join us in welcoming": the subject of "join" acts in the gerund. */
export function joinedIn(view: SentenceView, gerund: number, grammar: CompiledGrammar): FoundActors | null {
  if (view.tokens[gerund - 1]?.lower !== 'in' || !/ing$/.test(view.tokens[gerund]!.lower)) return null;
  for (let i = gerund - 2; i >= 0 && i >= gerund - 10; i--) {
    const t = view.tokens[i]!;
    if (t.stem === 'join') {
      // "join us in condemning": an appeal to join the speaker is the speaker's own stance.
      const us = view.mentionAt[i + 1];
      if (us?.mention.resolution === 'document-speaker') return { spans: [us], attribution: 'document-speaker' };
      return subjectBefore(view, i, grammar);
    }
    if (isClauseBreak(t, false)) return null;
  }
  return null;
}

const HARD_ENDS = new Set([';', ':', '.', '?', '!']);

/** "In congratulating Tonga, we …", "While endorsing it, we …": a cue in an opening clause is the main subject's. */
export function openingClauseSubject(view: SentenceView, cue: number): FoundActors | null {
  const first = view.tokens[0];
  if (!first || !(isPreposition(first) || SUBORDINATORS.has(first.lower) || cue === 0)) return null;
  let comma = cue + 1;
  while (comma < view.tokens.length && view.tokens[comma]!.lower !== ',') {
    if (isClauseBreak(view.tokens[comma], false)) return null;
    comma++;
  }
  // "As a devoted supporter of the process, which we regard as vital, we …": past a relative clause.
  if (view.tokens[comma + 1]?.lower === 'which' || view.tokens[comma + 1]?.lower === 'who') {
    let close = comma + 2;
    while (close < view.tokens.length && close < comma + 25 && view.tokens[close]!.lower !== ',' && !HARD_ENDS.has(view.tokens[close]!.lower)) close++;
    if (view.tokens[close]?.lower === ',') comma = close;
  }
  const span = view.mentionAt[comma + 1];
  return span && isSubjectCandidate(view, span) ? found(view, span, 'subject') : null;
}

/**
 * "be established to support", "will be done to help": the infinitive at `to` serves a passive ("is committed to
 * supporting" and "is determined to help" are a subject's own: their participle governs an infinitive).
 */
export function passivePurpose(view: SentenceView, to: number, grammar: CompiledGrammar): boolean {
  const participle = view.tokens[to - 1];
  if (!participle || !/(?:ed|en|one)$/.test(participle.lower) || grammar.infinitiveGovernors?.has(participle.lower)) return false;
  let k = to - 2;
  while (k >= 0 && isVerbCompanion(view.tokens[k]) && !grammar.passiveAuxiliaries.has(view.tokens[k]!.lower)) k--;
  return k >= 0 && grammar.passiveAuxiliaries.has(view.tokens[k]!.lower);
}

/** Verbs that make an evaluative adjective their subject's: "called it unacceptable", "deems them deplorable". */
const JUDGING_VERBS = /^(?:call|describ|consider|deem|find|found|regard|term|label|brand|view|judg)/;

/** Whether such a verb stands in the eight tokens before `from`, in the same sentence. */
export function judgingVerbBefore(view: SentenceView, from: number): boolean {
  // "should consider Ethiopia's flagrant violations": an owned phrase is the verb's object, not its judgement.
  const before = view.tokens[from - 1];
  if (view.mentionAt[from - 1]?.possessive || POSSESSIVES.has(before?.lower ?? '') || (before?.lower === 's' && /^['’]$/.test(view.tokens[from - 2]?.lower ?? ''))) return false;
  for (let i = from - 1; i >= 0 && i >= from - 8; i--) {
    const t = view.tokens[i]!;
    if (t.lower === '.' || t.lower === ';') return false;
    if (t.word && t.text === t.lower && JUDGING_VERBS.test(t.lower)) return true;
  }
  return false;
}
