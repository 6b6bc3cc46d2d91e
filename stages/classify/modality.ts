// Whether a matched cue stands: negation, questions, conditions, demands, appeals, reported actions, courtesies.
import { isClauseBreak, isDeterminer, isPreposition, isVerbCompanion, patternAt, patternBefore } from './grammar.ts';
import { judgingVerbBefore, pledgedOwner } from './source.ts';
import type { CompiledLexicon } from './lexicon.ts';
import type { CueMatch } from './cues.ts';
import { quoteAt, type SentenceView, type Token } from './tokens.ts';

/** Why a matched cue did or did not become a record: what `npm run explain` prints. */
export type CueOutcome =
  | 'record'
  | 'negated'
  | 'excluded' // the lexicon's not_followed_by / not_preceded_by
  | 'question'
  | 'conditional'
  | 'demand'
  | 'appeal'
  | 'embedded' // "charging its neighbour with supporting …": someone else's reported action
  | 'no-intent' // an action verb without will/would/to: a past action, not a stance
  | 'purpose' // "a fund to support …": an infinitive of purpose
  | 'passive-without-agent'
  | 'no-source';

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const INFLECTED = /(?:ed|ing|s)$/;

export function excludedByContext(view: SentenceView, m: CueMatch): string | null {
  const { tokens } = view;
  let n = m.to;
  while (n < tokens.length && !tokens[n]!.word) n++;
  const next = tokens[n];
  // An entry "*ing" stands for every word in -ing: "charged with upholding" is a task, not a charge. In a pattern
  // with a gap the list applies only when the gap holds nothing ("charged Ukraine with shelling" accuses).
  const gapFilled = !!m.gap && m.gap[1] > m.gap[0];
  if (next && !gapFilled && (m.cue.notFollowedBy.has(next.lower) || (m.cue.notFollowedBy.has('*ing') && ING_WORD.test(next.lower)))) return `followed by "${next.text}"`;
  const followed = gapFilled ? undefined : m.cue.notFollowedByPhrases.find((words) => wordsAt(tokens, n, words));
  if (followed) return `followed by "${followed.join(' ')}"`;
  const formula = thankYouFormula(tokens, m.from, n);
  if (formula) return formula;
  // "wishes to emphasize that the success …": "wish to" wants; only "wish X success" wishes.
  if (m.gap && tokens[m.from]!.stem === 'wish' && tokens[m.gap[0]]?.lower === 'to') return 'it is "wish to …", a want, not a wish of success';
  // "stands by its commitment", "stood by its obligations": keeping one's own word aims at no one.
  if (/^st(?:an|oo)d/.test(tokens[m.from]!.lower) && OWNERS.has(next?.lower ?? '') && wordAhead(tokens, n + 1, 3, PLEDGES) >= 0) return 'it keeps its own word ("stands by its commitment")';
  // "Mali is back", "what we need is support": a verb's bare form right after "be" is no verb.
  const before = tokens[m.from - 1];
  if (m.cue.form === 'verb' && before && BE_FORMS.has(before.lower) && !INFLECTED.test(tokens[m.from]!.lower)) return `it stands bare after "${before.text}": no verb`;
  // "support each other", "solidarity with one another": a stance the actors share, aimed at no one.
  const after = next?.lower === 'with' || next?.lower === 'to' ? n + 1 : n;
  if (RECIPROCALS.has(`${tokens[after]?.lower} ${tokens[after + 1]?.lower}`)) return 'aimed at "each other"';
  let p = m.from - 1;
  // "Given the support we received, …": "given" opening a clause is a preposition ("considering").
  if (tokens[m.from]!.lower === 'given' && (p < 0 || tokens[p]!.lower === ',')) return 'it opens a clause ("given …" means "considering")';
  while (p >= 0 && !tokens[p]!.word) p--;
  const prev = tokens[p];
  if (prev && (m.cue.notPrecededBy.has(prev.lower) || m.cue.notPrecededBy.has(prev.stem))) return `preceded by "${prev.text}"`;
  const preceded = m.cue.notPrecededByPhrases.find((words) => wordsAt(tokens, p - words.length + 1, words));
  if (preceded) return `preceded by "${preceded.join(' ')}"`;
  // "offering scant hope", "offer a glimmer of hope", "offer as an example": what is offered is no commitment.
  // ("offers hope and $10 million in aid": a second object joined by "and" may well be one.)
  const afforded = m.cue.stance === 'offer' && m.cue.form === 'verb' && tokens[m.from]!.stem === 'offer' ? wordAhead(tokens, n, 4, AFFORDED) : -1;
  if (afforded >= 0 && tokens[afforded + 1]?.lower !== 'and') return `what it offers ("${tokens[afforded]!.text}") is no commitment`;
  // "supporting our internal market", "support development projects": help given to things, not a stance.
  const aided = m.cue.form === 'verb' && tokens[m.from]!.stem === 'support' && m.to === m.from + 1 ? aidedThing(view, n) : -1;
  if (aided >= 0) return `what it supports ("${tokens[aided]!.text}") is given help, not backed`;
  // "the opportunities offered by the United Nations": the same, named before a passive.
  if (m.cue.stance === 'offer' && tokens[m.from]!.stem === 'offer' && next?.lower === 'by' && prev && AFFORDED.has(prev.lower)) {
    return `what it offers ("${prev.text}") is no commitment`;
  }
  // "pledged to end cooperation with Iran", "wishes to undermine the success of the talks": the gap holds a verb
  // that undoes what the phrase names.
  if (m.gap && tokens[m.gap[0]]?.lower === 'to' && UNDOING.test(tokens[m.gap[0] + 1]?.lower ?? '')) return `"to ${tokens[m.gap[0] + 1]!.text}" undoes it`;
  // "Israel agreed with Hamas on a ceasefire", "agreed with Israel to reopen the crossing": an agreement reached.
  if (tokens[m.from]!.stem === 'agre' && tokens[m.to - 1]?.lower === 'with') {
    const party = view.mentionAt[isDeterminer(tokens[m.to]) ? m.to + 1 : m.to];
    const after = party ? tokens[party.to] : undefined;
    if (after && (after.lower === 'on' || (after.lower === 'to' && tokens[party!.to + 1]?.word && !view.mentionAt[party!.to + 1]))) return 'an agreement reached with someone, not agreement with them';
  }
  // "saddened by the passing of President Raisi", "a sad day for Japan": grief, not blame.
  const mourned = GRIEVING.has(tokens[m.from]!.lower) ? wordAhead(tokens, n, 3, MOURNED) : -1;
  if (mourned >= 0) return `it mourns ("${tokens[mourned]!.text}"), it blames no one`;
  // "The United Nations needs our full support": a need of someone else's, not a stance given.
  if (m.cue.form === 'noun') {
    for (let i = m.from - 1; i >= 0 && m.from - i <= 4 && tokens[i]!.word; i--) if (NEEDS.test(tokens[i]!.lower)) return `it is what "${tokens[i]!.text}" asks for`;
  }
  return null;
}

/** The first of the `reach` words from `from` (stopping at punctuation) that is in `words`, or -1. */
function wordAhead(tokens: SentenceView['tokens'], from: number, reach: number, words: ReadonlySet<string>): number {
  for (let i = from; i < tokens.length && i < from + reach && tokens[i]!.word; i++) if (words.has(tokens[i]!.lower)) return i;
  return -1;
}

/** Things one supports with money or work, not with one's voice: "support our farmers", "support development projects". */
const AIDED = new Set([
  'schools', 'families', 'farmers', 'businesses', 'enterprises', 'companies', 'industry', 'industries',
  'market', 'markets', 'sector', 'sectors', 'students', 'workers', 'infrastructure', 'research', 'citizens',
  'households', 'entrepreneurs',
]);

/** The head of the object at `from` when it is in AIDED: past determiners and up to two lowercase modifiers; else -1. */
function aidedThing(view: SentenceView, from: number): number {
  let i = from;
  while ((isDeterminer(view.tokens[i]) && !view.mentionAt[i]) || OWNERS.has(view.tokens[i]?.lower ?? '')) i++;
  for (const end = i + 3; i < end; i++) {
    const t = view.tokens[i];
    if (!t?.word || view.mentionAt[i] || t.text !== t.lower || isPreposition(t) || t.lower === 'and' || t.lower === 'or') return -1;
    if (AIDED.has(t.lower)) return i;
  }
  return -1;
}

/** Verbs that undo a relation or a success: end, suspend, halt, cut, undermine, jeopardize, withdraw, sever … */
const UNDOING = /^(?:end|suspend|halt|stop|cut|undermine|jeopardi[sz]e|sabotage|withdraw|terminate|freeze|sever|break|destroy|reduce)$/;

/** Whether the tokens from `from` on are `words`, one after the other ("slammed the door": "the", "door"). */
function wordsAt(tokens: readonly Token[], from: number, words: readonly string[]): boolean {
  return from >= 0 && words.every((w, k) => tokens[from + k]?.lower === w);
}

/** A word in -ing, as "*ing" in `not_followed_by` means it: a stem of at least two letters ("bring", not "ring"). */
const ING_WORD = /^[a-z]{2,}ing$/;

/** Words of sadness, and what they mourn rather than blame. */
const GRIEVING = new Set(['sad', 'saddened', 'disheartened']);
const MOURNED = new Set(['death', 'deaths', 'passing', 'demise', 'departure', 'loss', 'day', 'days', 'moment', 'occasion', 'news']);

/** What one offers in another sense than a commitment: "hope", "a glimpse", "as an example", "insight" ("our lessons" are shared). */
const AFFORDED = new Set([
  'hope', 'hopes', 'glimmer', 'glimpse', 'example', 'examples', 'reflection', 'reflections', 'insight', 'insights', 'shade',
  'opportunity', 'opportunities', 'possibility', 'possibilities', 'potential', 'prospect', 'prospects', 'perspective', 'perspectives',
  'chance', 'chances', 'benefit', 'benefits', 'advantage', 'advantages', 'incentive', 'incentives', 'platform', 'legitimacy',
]);

/** Verbs of needing: need, needs, needed, require, requires, required. */
const NEEDS = /^(?:needs?|needed|requires?|required)$/;

const RECIPROCALS = new Set(['each other', 'one another']);

/** The modality checks: returns the outcome that stops the cue, or null when it stands. */
export function modality(view: SentenceView, m: CueMatch, lexicon: CompiledLexicon): { outcome: CueOutcome; detail: string } | null {
  const g = lexicon.grammar;
  const text = view.sentence.text.trimEnd();
  const inQuote = quoteAt(view, m.from);
  if (text.endsWith('?') && !inQuote) return { outcome: 'question', detail: 'the sentence is a question' };
  const condition = conditionOf(view, m, g.conditionals);
  if (condition) return { outcome: 'conditional', detail: `under a condition ("${condition} …")` };
  const demand = patternBefore(view, m.from, g.demandModals, 5);
  // "I should like to thank", "we should also like to" are courtesies, not demands.
  // "the Council should consider Ethiopia's flagrant violations": an attributive judgement is the speaker's own.
  const attributive = m.cue.form === 'adjective' && !afterCopula(view, m.from, g.copulas) && !judgingVerbBefore(view, m.from);
  if (demand !== null && !attributive && !politeShould(view, demand) && !performedCourtesy(view, demand, m.from)) {
    return { outcome: 'demand', detail: 'a demand on someone (must/should …), not a stance taken' };
  }
  if (m.cue.requires === 'intent' && patternBefore(view, m.from, g.intentMarkers, 8) === null) {
    return { outcome: 'no-intent', detail: 'an action verb without will/would/ready to …: a report of an action, not a stance' };
  }
  const purpose = purposeOf(view, m, lexicon);
  if (purpose) return { outcome: 'purpose', detail: `an infinitive of purpose ("${purpose} to …"), not a stance taken` };
  if (m.cue.requires === 'copula' && !afterCopula(view, m.from, g.copulas)) {
    return { outcome: 'excluded', detail: 'not after a form of "be" ("is ready to", "was welcome"): the lexicon counts it only there' };
  }
  let before = m.from - 1;
  let ownFirstPerson = false; // "assure him of our support" is the speaker's own stance, not one reported
  for (; before >= 0 && (isDeterminer(view.tokens[before]) || view.mentionAt[before]); before--) {
    const resolution = view.mentionAt[before]?.mention.resolution;
    if (resolution === 'document-speaker' || resolution === 'quote-speaker') ownFirstPerson = true;
  }
  const prep = view.tokens[before];
  // "as a result of Russia's aggression": in a speech, a judging word is the speaker's wherever it stands.
  const spokenJudgement = m.cue.form === 'adjective' && !!view.sentence.speaker_actor;
  // "assure Mr. X of the support of my delegation": what is assured is the assurer's.
  const assured = !!prep && pledgedOwner(view, before);
  if (m.cue.form !== 'phrase' && !spokenJudgement && !ownFirstPerson && !assured && prep && g.embeddingPrepositions.has(prep.lower) && m.from - before <= 4) {
    return { outcome: 'embedded', detail: `someone's reported action after "${prep.text}", not a stance of the source` };
  }
  return null;
}

const POLITE_AFTER_SHOULD = new Set(['like', 'wish', 'want', 'love']);

/** Courtesies the speaker performs by saying them: "I must thank", "we must commend". */
const COURTESY = /^(?:thank|congratulat|commend|salut|pay)/;

/** "I must thank the people", "we must also commend": a courtesy the speaker performs, not a demand on anyone. */
function performedCourtesy(view: SentenceView, modal: number, cue: number): boolean {
  return speakerBefore(view, modal) && COURTESY.test(view.tokens[cue]!.lower) && cue - modal <= 3;
}

/** Whether "I" or "we" stands right before the modal at `modal`. */
const speakerBefore = (view: SentenceView, modal: number): boolean => view.tokens[modal - 1]?.lower === 'i' || view.tokens[modal - 1]?.lower === 'we';

/** "should like", "should also like", "should first like": "should" as the polite "would", past adverbs. */
function politeShould(view: SentenceView, modal: number): boolean {
  // "I should also take this opportunity to thank": the speaker's courtesy of an occasion taken ("the Council
  // should take this opportunity to condemn" is a demand).
  const speaker = speakerBefore(view, modal);
  for (let i = modal + 1; i <= modal + 4 && i < view.tokens.length; i++) {
    const t = view.tokens[i]!;
    if (POLITE_AFTER_SHOULD.has(t.lower)) return true;
    if (speaker && t.lower === 'take' && /^(?:this|the)$/.test(view.tokens[i + 1]?.lower ?? '') && view.tokens[i + 2]?.lower === 'opportunity') return true;
    if ((!isVerbCompanion(t) && t.lower !== 'first') || t.lower === 'not') return false;
  }
  return false;
}

const DEGREES = new Set(['much', 'greatly', 'highly', 'deeply']);

/** "is to be commended", "deserves to be praised", "was much appreciated": a passive that passes judgement rather than reporting one. */
export function judgingPassive(view: SentenceView, cue: number): boolean {
  let i = cue - 1;
  // "was much appreciated", "is greatly valued": a degree that only the judge can give.
  if (DEGREES.has(view.tokens[i]?.lower ?? '') && /^(?:is|are|was|were|been)$/.test(view.tokens[i - 1]?.lower ?? '')) return true;
  while (i >= 0 && /ly$/.test(view.tokens[i]!.lower)) i--;
  if (view.tokens[i]?.lower !== 'be' || view.tokens[i - 1]?.lower !== 'to') return false;
  const before = view.tokens[i - 2]?.lower ?? '';
  return before === 'is' || before === 'are' || before === 'deserves' || before === 'deserve';
}

/** "is ready", "is always prepared", "has been a long-term supporter": a copula at most three words before. */
export function afterCopula(view: SentenceView, from: number, copulas: ReadonlySet<string>): boolean {
  if (invertedPredicate(view, from, copulas)) return true;
  for (let i = from - 1, words = 0; i >= 0 && words < 3 && from - i <= COPULA_REACH; i--) {
    const t = view.tokens[i]!;
    if (!t.word) {
      if (view.fragmentMarks.has(i) || t.lower === '-') continue; // "a long-term supporter"
      // "is, therefore, an inadmissible …": an adverb between commas.
      if (t.lower === ',' && isVerbCompanion(view.tokens[i - 1]) && view.tokens[i - 2]?.lower === ',') {
        i -= 2;
        continue;
      }
      return false;
    }
    // "it's" is "it is"; "Ethiopia's" and "one's" own what follows.
    if (copulas.has(t.lower) || (t.lower === 's' && /^['’]$/.test(view.tokens[i - 1]?.lower ?? '') && CONTRACTED.has(view.tokens[i - 2]?.lower ?? ''))) return true;
    // "As a devoted supporter of …, Turkey": a role named by "as a" is as good as "is a".
    if (t.lower === 'as' && /^an?$/.test(view.tokens[i + 1]?.lower ?? '')) return true;
    // "is a staunch supporter", "am therefore all the more grateful": articles and degree words do not count.
    const degree = isVerbCompanion(t) || t.lower === 'more' || (t.lower === 'the' && view.tokens[i - 1]?.lower === 'all');
    if (t.lower !== 'a' && t.lower !== 'an' && !degree) words++;
  }
  return false;
}

const OWNERS = new Set(['its', 'their', 'our', 'my', 'his', 'her']);
/** What one gives one's word in: "its commitment", "our obligations". */
const PLEDGES = new Set(['commitment', 'commitments', 'obligation', 'obligations', 'pledge', 'pledges', 'promise', 'promises', 'word', 'principles', 'decision', 'decisions']);

/** Pronouns whose "'s" is "is": "it's", "that's", "there's". */
const CONTRACTED = new Set(['it', 'that', 'there', 'what', 'he', 'she', 'who', 'here', 'this']);

/** "Even more worrying is the decision …", "Particularly welcome was …": a judgement that opens its clause before "be". */
export function invertedPredicate(view: SentenceView, from: number, copulas: ReadonlySet<string>): boolean {
  if (!copulas.has(view.tokens[from + 1]?.lower ?? '')) return false;
  const degree = (t: Token, i: number) => isVerbCompanion(t) || DEGREE_WORDS.has(t.lower) || (i === 0 && /^[A-Z][a-z]{3,}ly$/.test(t.text));
  let i = from - 1;
  while (i >= 0 && degree(view.tokens[i]!, i)) i--;
  return i < 0 || view.tokens[i]!.lower === ';' || view.tokens[i]!.lower === ':';
}

const DEGREE_WORDS = new Set(['more', 'most', 'even', 'equally', 'particularly', 'especially', 'also']);

/** Whether the word at `word` is a participle after a form of "be": "have been violated", "is being violated". */
export function passiveParticiple(view: SentenceView, word: number, g: CompiledLexicon['grammar']): boolean {
  if (!/ed$/.test(view.tokens[word]!.lower)) return false;
  let i = word - 1;
  while (i >= 0 && isVerbCompanion(view.tokens[i]) && !g.passiveAuxiliaries.has(view.tokens[i]!.lower)) i--;
  return g.passiveAuxiliaries.has(view.tokens[i]?.lower ?? '');
}

/** How many tokens back a copula may stand, degree words included. */
const COPULA_REACH = 7;

/**
 * "a fund to support", "responsibility to help": the word that makes "to <verb cue>" a purpose rather than a stance
 * ("we continue to support", "Chile is ready to help", "urged Peru to back"), or null.
 */
function purposeOf(view: SentenceView, m: CueMatch, lexicon: CompiledLexicon): string | null {
  const governors = lexicon.grammar.infinitiveGovernors;
  // "initiatives aimed at helping": what a thing is for, not a stance.
  const at = view.tokens[m.from - 1]?.lower === 'at' ? view.tokens[m.from - 2] : undefined;
  if (m.cue.form === 'verb' && at && /^aim(?:ed|ing|s)?$/.test(at.lower)) return at.text + ' at';
  if (!governors || m.cue.form !== 'verb' || view.tokens[m.from - 1]?.lower !== 'to') return null;
  // "refused to condemn", "no plans to send": a negator governs it, and the negation is what counts.
  if (patternBefore(view, m.from, lexicon.grammar.negators, 3) !== null) return null;
  return infinitivePurpose(view, m.from - 1, governors);
}

/**
 * For the "to" at `to`, the word that makes its infinitive one of purpose, or null when a governor rules it.
 * `links` bounds how many coordinated infinitives back the governor is looked for.
 */
function infinitivePurpose(view: SentenceView, to: number, governors: ReadonlySet<string>, links = 3): string | null {
  const next = view.tokens[to - 1];
  // "to congratulate Mr. Yang and to commend his predecessor": a coordinated infinitive shares the first's governor.
  const first = links > 0 ? firstInfinitive(view, to) : -1;
  if (first >= 0) return infinitivePurpose(view, first, governors, links - 1);
  // The governing word may stand a few words back: "I should like at the outset to congratulate".
  for (let i = to - 1, words = 0; i >= 0 && words < GOVERNOR_REACH; i--) {
    const word = view.tokens[i]!;
    if (!word.word) continue;
    // "urged the EC to support": an actor right before "to" is who the infinitive is asked of.
    // "efforts to support" governs only right before "to": not "efforts to strengthen its capacity to support".
    if ((governors.has(word.lower) && (words === 0 || !/^efforts?$/.test(word.lower))) || (words === 0 && (view.mentionAt[i] || isVerbCompanion(word)))) return null;
    words++;
  }
  return next?.word ? next.text : null;
}

/** For the "to" at `to` after "and" ("to congratulate Mr. Yang and to commend"), the "to" of the first infinitive, or -1. */
export function firstInfinitive(view: SentenceView, to: number): number {
  if (view.tokens[to]?.lower !== 'to' || view.tokens[to - 1]?.lower !== 'and') return -1;
  for (let i = to - 2; i >= 0 && i >= to - COORDINATION_REACH; i--) {
    const t = view.tokens[i]!;
    if (t.lower === 'to' && view.tokens[i + 1]?.word) return i;
    if (isClauseBreak(t, false)) break;
  }
  return -1;
}

/** How many tokens back a coordinated infinitive ("… and to commend") looks for the first "to". */
const COORDINATION_REACH = 24;

/** How many words before "to" the word that governs an infinitive may stand. */
const GOVERNOR_REACH = 5;

/** "if Sweden joins, …", "… would back it if …": the word that makes the cue conditional, or null. */
function conditionOf(view: SentenceView, m: CueMatch, conditionals: ReadonlySet<string>): string | null {
  const { tokens } = view;
  // A condition governs its own clause; CONDITION_REACH bounds the look so a long sentence stays linear.
  for (let i = m.from - 1; i >= Math.max(0, m.from - CONDITION_REACH); i--) {
    const t = tokens[i]!;
    if (t.lower === ',' || t.lower === ';' || t.lower === ':') break;
    if (conditionals.has(t.lower)) return t.text;
  }
  let first = 0;
  while (first < tokens.length && !tokens[first]!.word) first++;
  if (first < tokens.length && conditionals.has(tokens[first]!.lower)) return tokens[first]!.text;
  let would = false;
  for (let i = Math.max(0, m.from - 3); i < m.from; i++) if (tokens[i]!.lower === 'would') would = true;
  if (!would) return null;
  for (let i = m.to; i < Math.min(tokens.length, m.to + CONDITION_REACH); i++) if (conditionals.has(tokens[i]!.lower)) return tokens[i]!.text;
  return null;
}

/** How many tokens from a cue a condition ("if", "unless") may stand and still be its. */
const CONDITION_REACH = 40;

export function isNegated(view: SentenceView, m: CueMatch, lexicon: CompiledLexicon): boolean {
  const at = patternBefore(view, m.from, lexicon.grammar.negators, 3);
  if (at === null) return false;
  // "has not only condemned … but also …" affirms.
  if (view.tokens[at]!.lower === 'not' && view.tokens[at + 1]?.lower === 'only') return false;
  // "did not hesitate to violate", "never ceased to support": a negated reluctance affirms; so does a negated
  // acceptance or silence ("cannot accept Israel's aggression", "cannot hide our disappointment", "cannot but").
  for (let i = at + 1; i < m.from; i++) if (RELUCTANCE.test(view.tokens[i]!.lower) || LITOTES.test(view.tokens[i]!.lower)) return false;
  // "denied the accusation and condemned …": a second predicate is outside the negation.
  for (let i = at + 1; i < m.from; i++) if (view.tokens[i]!.lower === 'and' || view.tokens[i]!.lower === 'but') return false;
  // "we reject Ethiopia's flagrant violations", "rejects the occupation": rejecting a wrong condemns it.
  // ("rejects calls to condemn Peru" still negates the verb of condemning.)
  const negator = view.tokens[at]!;
  // "neither rockets nor illegal settlements can pave the way": "nor" joins the judged thing to another.
  if ((negator.lower === 'nor' || negator.lower === 'neither') && m.cue.form === 'adjective' && !afterCopula(view, m.from, lexicon.grammar.copulas)) return false;
  if (negator.stem === 'reject' && m.cue.form === 'adjective' && (lexicon.stances[m.cue.stance]?.polarity ?? 0) < 0) return false;
  // "cannot expect Portugal to refrain from denouncing", "did not refuse to sign": a negated negator affirms.
  // ("cannot continue without expressing our gratitude" too.)
  const verbal = !BARE_NEGATORS.has(negator.lower) || negator.lower === 'without';
  const prior = verbal && !STOPPING.has(negator.stem) ? patternBefore(view, at, lexicon.grammar.negators, 4) : null;
  if (prior !== null && !(view.tokens[prior]!.lower === 'not' && view.tokens[prior + 1]?.lower === 'only')) return false;
  // "will stop supporting", "ceased to support" withdraw the stance; "will not stop supporting", "never ceased to
  // support" keep it; "must stop its illegal settlements", "must stop violating the law" stop what is judged and
  // negate no judgement. (Only the one-word negator: "stopped short of condemning" is a negator of its own.)
  if (STOPPING.has(negator.stem) && patternAt(view.tokens, at, lexicon.grammar.negators) === at + 1) {
    if (m.cue.form === 'adjective') return false;
    const governs = m.from === at + 1 ? /ing$/.test(view.tokens[m.from]!.lower) : m.from === at + 2 && view.tokens[at + 1]!.lower === 'to';
    return governs && patternBefore(view, at, lexicon.grammar.negators, 2) === null;
  }
  return true;
}

/** Negators that are no verb, whatever stands before them. */
const BARE_NEGATORS = new Set(['not', 'cannot', 'never', 'neither', 'nor', 'no', "n't", 't', 'without']);

/** Stems of the verbs of stopping among the negators: "stop", "cease". */
const STOPPING = new Set(['stop', 'ceas']);

/** Whether the token at `i` opens a clause after "hope": an actor, a subject pronoun, a determiner, or a modal. */
function hopedSubject(view: SentenceView, i: number): boolean {
  const t = view.tokens[i];
  if (!t || !t.word) return false;
  // "the scientists, who we hope will help us": a modal right after "hope", its subject before it.
  return !!view.mentionAt[i] || SUBJECT_PRONOUNS.has(t.lower) || HOPED_MODALS.has(t.lower) || (isDeterminer(t) && t.lower !== 'that');
}
const HOPED_MODALS = new Set(['will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might']);
const SUBJECT_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'this', 'these', 'all', 'everyone', 'others']);

/** Words of putting up with or keeping quiet whose negation affirms what they govern. */
const LITOTES = /^(?:accept|tolerat|condon|countenanc|hide|conceal|ignor|overlook|forget|overemphasi|overstat|underestimat|exaggerat|but$|help$|silent|indifferent)/;

/** Verbs of holding back whose negation affirms: hesitate, cease, tire. */
const RELUCTANCE = /^(?:hesitat|ceas|tire[ds]?$|tiring)/;

/** The appeal ("urged the EC to …") that governs the cue, as the token index of the appeal verb. */
export function appealBefore(view: SentenceView, m: CueMatch, lexicon: CompiledLexicon): number | null {
  const at = patternBefore(view, m.from, lexicon.grammar.appeals, 10);
  if (at === null) return null;
  // "we hope the Council will act" asks it of someone; "we hope to contribute" announces one's own intent, and
  // "hope for peace", "hopes of a ceasefire" are nouns or ask nothing of anyone. Without "that", a hope asks only
  // when a clause's subject follows it: a name, a pronoun or a noun phrase.
  const hope = view.tokens[at]!;
  if (hope.stem === 'hope' && view.tokens[at + 1]?.lower !== 'that' && !hopedSubject(view, at + 1)) return null;
  // "Japan hoped the talks would succeed and condemned China": a finite verb after "and" is the subject's own.
  if (view.tokens[m.from - 1]?.lower === 'and' && /(?:ed|s)$/.test(view.tokens[m.from]!.lower)) return null;
  // "we encourage and commend the efforts": a verb joined to the appeal is a second predicate, not what is asked.
  const end = patternAt(view.tokens, at, lexicon.grammar.appeals) ?? at + 1;
  const between = view.tokens.slice(end, m.from);
  const joined = between.some((t) => t.lower === 'and') && between.every((t) => t.lower === 'and' || t.lower === ',' || isVerbCompanion(t));
  return joined ? null : at;
}

/**
 * "to offer you, Sir, on behalf of my people, our warmest congratulations": an offer verb whose object is the
 * next cue, a noun of courtesy (thanks, congratulations, condolences) in the same clause, or a wish, offers
 * nothing: the noun is the stance. Commas may stand between them, a full stop, colon or semicolon may not.
 * Returns where the courtesy stands, or -1.
 */
export function offersCourtesy(view: SentenceView, m: CueMatch, next: CueMatch | undefined): number {
  if (m.cue.stance !== 'offer' || m.cue.form !== 'verb' || !COURTESY_VERBS.has(view.tokens[m.from]!.stem)) return -1;
  // "I offer them my very best wishes": a wish is a courtesy too, though no stance noun.
  // "offer my thoughts on …": an opinion offered is no offer either.
  for (let i = m.to; i < view.tokens.length && i <= m.to + 5 && view.tokens[i]!.word; i++) {
    if (WISHES.has(view.tokens[i]!.lower) || OPINIONS.has(view.tokens[i]!.lower)) return i;
  }
  // (Not "the plan proposed by X deserves our support": proposing is no courtesy verb.)
  if (!next || next.cue.stance !== 'support' || next.cue.form !== 'noun' || next.from - m.to > COURTESY_REACH) return -1;
  // ("Mr." ends no clause: "offer Mr. d'Escoto my warmest congratulations".)
  for (let i = m.to; i < next.from; i++) if (CLAUSE_ENDS.has(view.tokens[i]!.lower) && !HONORIFIC_ABBREVIATIONS.has(view.tokens[i - 1]!.lower)) return -1;
  return next.from;
}
const COURTESY_REACH = 24;
const WISHES = new Set(['wishes', 'greetings', 'regards', 'compliments', 'felicitations']);
const OPINIONS = new Set(['thoughts', 'views', 'reflections', 'remarks', 'observations', 'comments', 'perspective', 'perspectives', 'insights']);
/** Verbs that hand over a courtesy: "offer", "extend", "convey", "send", "present" (stems). */
const COURTESY_VERBS = new Set(['offer', 'extend', 'convey', 'send', 'present']);
const CLAUSE_ENDS = new Set(['.', ';', ':', '?', '!']);
const HONORIFIC_ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'prof', 'amb']);

/**
 * "Thank you, Mr. President", "I thank you for your attention": the formula that closes or opens a speech thanks
 * for the hearing; "I thank you for standing by us" thanks for a stance. Null, or why the cue is a formula.
 */
function thankYouFormula(tokens: readonly Token[], cue: number, next: number): string | null {
  if (tokens[cue]!.stem !== 'thank' || tokens[next]?.lower !== 'you') return null;
  let i = next + 1;
  while (isVerbCompanion(tokens[i]) || tokens[i]?.lower === 'much' || tokens[i]?.lower === 'all') i++;
  if (!tokens[i]?.word) return 'it is the "thank you" that closes or addresses';
  if (tokens[i]!.lower !== 'for') return null;
  let j = i + 1;
  while (/^(?:your|the|this|kind)$/.test(tokens[j]?.lower ?? '')) j++;
  return HEARING.test(tokens[j]?.lower ?? '') ? 'it thanks for the hearing ("thank you for your attention")' : null;
}
/** What a speaker thanks the hall for: its attention, patience, the honour, inviting or hearing the speaker. */
const HEARING = /^(?:attention|patience|honou?r|invit|hear|listen)/;

/** Nouns of quantity or condition that an evaluative adjective describes rather than blames: "unacceptable levels". */
const MEASURES = new Set([
  'level', 'levels', 'rate', 'rates', 'mortality', 'number', 'numbers', 'figures', 'amount', 'amounts', 'proportion',
  'proportions', 'scale', 'extent', 'degree', 'toll', 'conditions', 'poverty', 'speed', 'pace',
]);

/** Whether the adjective ending at `end` qualifies a measure ("appalling and unacceptable levels of …"). */
export function judgesMeasure(view: SentenceView, end: number): boolean {
  for (let i = end; i < view.tokens.length && i < end + 4; i++) {
    const word = view.tokens[i]!.lower;
    if (MEASURES.has(word)) return true;
    if ((!view.tokens[i]!.word && word !== ',') || word === 'to' || isPreposition(view.tokens[i]) || isDeterminer(view.tokens[i])) return false;
  }
  return false;
}

/** Who stands for anyone: "those who", "anyone who", "whoever". */
const ANYONE = new Set(['those', 'anyone', 'anybody', 'whoever', 'whomever']);
/** Words between "who" and its verb: "those who would still violate". */
const AUXILIARIES = new Set(['would', 'will', 'may', 'might', 'can', 'could', 'do', 'does', 'did', 'still', 'also', 'continue', 'continues', 'to', 'dare', 'seek', 'try']);

/**
 * Whether the verb at `from` is done by anyone at all ("hold to account those who violate the Charter", "whoever
 * violates it"): a judgement of a doer no one names is of no one.
 */
export function doneByAnyone(view: SentenceView, from: number): boolean {
  let i = from - 1;
  while (i >= 0 && from - i <= 4 && AUXILIARIES.has(view.tokens[i]!.lower)) i--;
  const word = view.tokens[i]?.lower;
  if (word === 'whoever' || word === 'whomever') return true;
  return (word === 'who' || word === 'that') && ANYONE.has(view.tokens[i - 1]?.lower ?? '');
}
