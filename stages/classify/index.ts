// classify: tagged sentences → stance records, driven by the lexicon. Pure; one sentence at a time,
// so a target is never guessed from another sentence.
import type { ActorRef, Attribution, StanceRecord, TaggedSentence } from '../schemas.ts';
import { findCues, nounPosition, receivedAt, viableCues, type CueMatch } from './cues.ts';
import { actorGroup, isDeterminer, isPreposition } from './grammar.ts';
import { compileLexicon, loadDefaultLexicon, LexiconSchema, type CompiledLexicon } from './lexicon.ts';
import {
  afterCopula,
  invertedPredicate,
  appealBefore,
  doneByAnyone,
  excludedByContext,
  firstInfinitive,
  isNegated,
  judgesMeasure,
  judgingPassive,
  modality,
  offersCourtesy,
  passiveParticiple,
  type CueOutcome,
} from './modality.ts';
import {
  FIRST_PERSON_POSSESSIVES,
  actOwner,
  documentSpeaker,
  firstSubject,
  joinedIn,
  judgingVerbBefore,
  nonActorSubject,
  openingClauseSubject,
  ownerWithin,
  ownedByName,
  ownedByThing,
  ownerOf,
  passiveAgent,
  passiveAuxiliaryBefore,
  passivePurpose,
  quoteSpeaker,
  reliedOn,
  relativeSubject,
  reportingSpeaker,
  subjectBefore,
  subjectOfParticiple,
  type FoundActors,
} from './source.ts';
import {
  addresseeBefore,
  agentOfJudgedAct,
  antecedentOwner,
  deservedAt,
  elaborationAfter,
  extraposedObject,
  frontedAddressee,
  frontedJudged,
  judgedBefore,
  objectAfter,
  objectBeforeInfinitive,
  receiverOf,
  reliantOn,
  secondObject,
  actorRightAfter,
} from './target.ts';
import { quoteAt, viewSentence, type ExcludedSpans, type MentionSpan, type SentenceView } from './tokens.ts';

export { compileLexicon, loadDefaultLexicon, LexiconSchema, type CompiledLexicon };
export type { Lexicon } from './lexicon.ts';
export type { CueOutcome } from './modality.ts';

export interface CueDecision {
  cue: string;
  form: string;
  /** "curated", or where an imported cue came from. */
  origin: string;
  stance: string;
  text: string;
  start: number;
  end: number;
  outcome: CueOutcome;
  detail: string;
  records: StanceRecord[];
}

export interface ClassifiedSentence {
  records: StanceRecord[];
  decisions: CueDecision[];
}

const SOURCE_CERTAINTY: Record<Attribution, number> = {
  subject: 1,
  passive: 0.95,
  modifier: 0.95,
  possessive: 0.9,
  'quote-speaker': 0.9,
  'reporting-speaker': 0.85,
  pronoun: 0.85,
  'document-speaker': 0.85,
};

/** Each span, and after it one for each other member of a set it names ("the two Koreas"). */
const withMembers = (spans: MentionSpan[]): MentionSpan[] =>
  spans.some((s) => s.members) ? spans.flatMap((s) => (s.members ? [s, ...s.members.map((mention) => ({ ...s, mention, members: undefined }))] : [s])) : spans;

const refOf = (span: MentionSpan): ActorRef => ({
  id: span.mention.id,
  name: span.mention.name,
  country: span.mention.country,
  role: span.mention.role,
});

/**
 * "I am proud that Latvia has …", "pleased that my country has hosted …", "thankful that, as a founder, we …":
 * gladness at one's own doing or fortune, with the source itself as the clause's subject, judges no one.
 */
function prideInOwnDoing(view: SentenceView, m: CueMatch, sourceIds: ReadonlySet<string>): boolean {
  // "pleased at having been elected", "satisfied with having hosted": a gerund of its own.
  if (m.to - m.from > 1 && isPreposition(view.tokens[m.to - 1]) && OWN_GERUNDS.has(view.tokens[m.to]?.lower ?? '')) return true;
  // "regrets that he is unable to attend": its own absence, a courtesy.
  const regret = view.tokens[m.from]!.stem === 'regret' && view.tokens[m.to]?.lower === 'that';
  // ("pleased to note that Papua New Guinea has become a member": the "that" may follow the phrase.)
  const thatAfter = view.tokens[m.to]?.lower === 'that';
  if (!regret && (m.cue.stance !== 'support' || (view.tokens[m.to - 1]?.lower !== 'that' && !thatAfter))) return false;
  const that = regret || thatAfter ? m.to + 1 : m.to;
  const start = view.tokens[that]?.lower === ',' ? asideEnd(view, that) + 1 : that;
  const subject = view.mentionAt[start] ?? (isDeterminer(view.tokens[start]) ? view.mentionAt[start + 1] : undefined);
  if (!subject || !sourceIds.has(subject.mention.id) || actorGroup(view, subject).length !== 1) return false;
  return !regret || view.tokens.slice(subject.to, subject.to + 4).some((t) => t.lower === 'unable' || t.lower === 'cannot');
}

const OWN_GERUNDS = new Set(['having', 'being']);

/** Subjects that name the addressee ("You can count on …"), whom a relied-on owner's phrase needs no actor for. */
const ADDRESSEES = new Set(['you', 'he', 'she']);

/** For the comma at `comma` opening an aside, the comma closing it within 16 tokens; else `comma`. */
function asideEnd(view: SentenceView, comma: number): number {
  for (let i = comma + 1; i < view.tokens.length && i <= comma + 16; i++) if (view.tokens[i]!.lower === ',') return i;
  return comma;
}

/** Object pronouns that, inside a phrase's gap, are its object ("wish him every success"). */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'it', 'you', 'them']);

/** The noun whose owner a cue that `requires` one needs: a noun cue's first word, a phrase's last ("count on … cooperation"). */
const ownedNoun = (m: CueMatch): number => (m.cue.form === 'phrase' ? m.to - 1 : m.from);

function findSource(view: SentenceView, m: CueMatch, lexicon: CompiledLexicon, from: number): FoundActors | null {
  const g = lexicon.grammar;
  if (m.cue.form === 'modifier') {
    const span = view.mentionAt[from - 2];
    return span ? { spans: [span], attribution: 'modifier' } : null;
  }
  if (m.cue.requires === 'relied') return reliedOn(view, m.to - 1);
  // "can count on the full cooperation of my delegation": the owner of the phrase's noun acts.
  if (m.cue.form === 'phrase' && m.cue.requires === 'owner') {
    const owner = ownerOf(view, ownedNoun(m));
    return owner ? { spans: [owner], attribution: 'possessive' } : null;
  }
  if (m.cue.form === 'noun' || (m.cue.form === 'phrase' && nounPosition(view, from))) {
    // "a US offer", "Russia's support", "our full support"; "condemnation from Chile".
    const owner = ownerOf(view, from);
    if (owner) return { spans: [owner], attribution: 'possessive' };
    // "progress in Chile's offer": a stance noun another actor owns is a thing named, nobody else's stance.
    if (ownedByName(view, from) || ownedByThing(view, from)) return null;
    // "Ukraine has received pledges of support": who gets it is not who gives it.
    if (receivedAt(view, from) >= 0) return null;
  }
  // "we join the United States in condemning": who joins acts.
  const joining = joinedIn(view, from, g);
  if (joining) return joining;
  // "to welcome our neighbours and to congratulate them": a coordinated infinitive has the first one's subject.
  const first = firstInfinitive(view, from - 1);
  if (first >= 0) return findSource(view, m, lexicon, first + 1);
  const inQuote = quoteAt(view, from);
  // "will visit Togo and Benin to mediate": an infinitive's subject is its clause's, not the nearest object.
  const infinitive = view.tokens[from - 1]?.lower === 'to';
  // "a fund should be established to support …": a passive's purpose is nobody's named stance.
  if (infinitive && passivePurpose(view, from - 1, g)) return null;
  // "to address the Assembly and to convey my congratulations": a first-person possessive in the cue is who acts.
  const own = m.gap ? ownerWithin(view, m.gap[0], m.gap[1]) : null;
  if (own && FIRST_PERSON_POSSESSIVES.has(view.tokens[own.spans[0]!.from]!.lower)) return own;
  const subject = relativeSubject(view, from, g) ?? subjectOfParticiple(view, from) ?? subjectBefore(view, from, g, { commasBreak: true, leftmost: infinitive });
  if (subject) return subject;
  if (inQuote) {
    const speaker = quoteSpeaker(view, from);
    if (speaker) return speaker;
  }
  return reportingSpeaker(view, g) ?? firstSubject(view, from) ?? openingClauseSubject(view, from) ?? (m.gap ? ownerWithin(view, m.gap[0], m.gap[1]) : null);
}

export function classifySentence(sentence: TaggedSentence, lexicon: CompiledLexicon): ClassifiedSentence {
  const viable = viableCues(sentence.text, lexicon);
  if (viable.size === 0) return { records: [], decisions: [] };
  const view = viewSentence(sentence);
  const decisions: CueDecision[] = [];
  const matches = findCues(view, viable, lexicon);
  for (const [i, m] of matches.entries()) decisions.push(decide(view, m, lexicon, matches[i + 1], matches[i - 1]));
  return { records: dedupe(decisions.flatMap((d) => d.records)), decisions };
}

function decide(view: SentenceView, m: CueMatch, lexicon: CompiledLexicon, next?: CueMatch, previous?: CueMatch): CueDecision {
  const first = view.tokens[m.from]!;
  const last = view.tokens[m.to - 1]!;
  const base = {
    cue: m.cue.pattern,
    form: m.cue.form,
    origin: m.cue.origin,
    stance: m.cue.stance,
    text: view.sentence.text.slice(first.start, last.end),
    start: first.start,
    end: last.end,
    records: [] as StanceRecord[],
  };
  const stop = (outcome: CueOutcome, detail: string): CueDecision => ({ ...base, outcome, detail });

  if (m.cue.requires === 'owner' && !ownerOf(view, ownedNoun(m))) {
    return stop('excluded', 'a noun the lexicon counts only with an actor who owns it ("our support")');
  }
  if (m.cue.requires === 'speaker' && (!view.sentence.speaker_actor || quoteAt(view, m.from) || !actOwner(view, m.from, m.to))) {
    return stop('excluded', 'a word the lexicon counts only as a speech\'s judgement of an actor who owns the act ("Iraq\'s aggression")');
  }
  const courtesy = offersCourtesy(view, m, next);
  if (courtesy >= 0) return stop('excluded', `what it offers is the courtesy or the opinion that follows ("${view.tokens[courtesy]!.text}")`);
  const excluded = excludedByContext(view, m);
  if (excluded) return stop('excluded', `the lexicon excludes this cue when ${excluded}`);
  const blocked = modality(view, m, lexicon);
  if (blocked) return stop(blocked.outcome, blocked.detail);
  const negated = isNegated(view, m, lexicon);

  // Passive: the agent acts, the subject is the target.
  let source: FoundActors | null;
  let targets: MentionSpan[] = [];
  const g = lexicon.grammar;
  const agent = m.cue.form === 'verb' ? passiveAgent(view, m.from, m.to, g) : undefined;
  // "X is to be commended" in a speech is the speaker's judgement of X; any other passive without "by …" names no one.
  const judging = !agent && m.cue.form === 'verb' && judgingPassive(view, m.from) ? documentSpeaker(view) : null;
  if (agent === null && !judging) return stop('passive-without-agent', 'a passive with no "by …": nobody is named as taking the stance');
  const appeal = agent ? null : appealBefore(view, m, lexicon);
  if (appeal !== null) {
    // "urged the EC to support the PLO" shares the stance; "demanded support from …" asks for one and holds none.
    const infinitive = view.tokens.slice(appeal, m.from).some((t) => t.lower === 'to');
    if (!infinitive || lexicon.stances[m.cue.stance]?.under_appeal === 'drop') {
      return stop('appeal', `an appeal ("${view.tokens[appeal]!.text} … to …"): asking someone for a ${m.cue.stance} is not one`);
    }
    source = subjectBefore(view, appeal, g) ?? reportingSpeaker(view, g) ?? firstSubject(view, appeal);
  } else if (judging) {
    source = judging;
    targets = judgedBefore(view, m.from, new Set(judging.spans));
  } else if (agent) {
    source = agent;
    // "Chile was praised by Peru"; "the aid of Norway was appreciated by Sweden": the owner of what is judged.
    // A participle without an auxiliary after a judgement describes what is judged, which the judge does not own:
    // "Kenya supports the plan, championed by Japan" aims Japan's support at no one, "Peru welcomed Chile, praised
    // by Japan" at Chile. What an offer's subject holds or does stays its own ("held a meeting denounced by Kyiv").
    const described = previous && previous.cue.stance !== 'offer' && previous.to <= m.from && !passiveAuxiliaryBefore(view, m.from, g);
    targets = described
      ? describedByParticiple(view, m.from)
      : (subjectBefore(view, m.from, g, { commasBreak: false })?.spans ?? judgedBefore(view, m.from, new Set(agent.spans)));
  } else if (m.cue.form === 'adjective') {
    // A judgement ("… unacceptable") is the speaker's, whoever the sentence is about.
    const quoted = quoteAt(view, m.from);
    // "It is unacceptable that …", "the news that Denmark will give is welcome": in a speech, the speaker's
    // judgement, whoever the subject names; "unacceptable levels of poverty" judges no one.
    const predicative = !quoted && afterCopula(view, m.from, g.copulas) && view.tokens[m.to]?.lower !== 'by';
    // In a speech, "Israel has persisted in this unacceptable crime" and "the unjustifiable interference" are the
    // speaker's judgements; only a verb of judging makes one the subject's ("Chile called the move unacceptable"),
    // and a judgement of a measure describes ("the appalling mortality among mothers", "unacceptable levels").
    const subject = firstSubject(view, m.from);
    if (!quoted && judgesMeasure(view, m.to)) return stop('excluded', 'it describes a measure ("unacceptable levels of …"): no one is judged');
    if (doneByAnyone(view, m.from)) return stop('excluded', 'the doer is anyone at all ("those who violate …"): no one is judged');
    const judging = judgingVerbBefore(view, m.from);
    const judged = !quoted && view.sentence.speaker_actor && !judging;
    // Outside a speech, the subject judges only through a verb of judging, or as who is quoted: "Hungary passed a
    // shameful law" is the writer's judgement, not Hungary's.
    source =
      (quoted ? quoteSpeaker(view, m.from) : null) ?? reportingSpeaker(view, g) ?? (predicative || judged ? documentSpeaker(view) : null) ?? (judging || quoted ? subject : null);
  } else {
    const verbal = m.cue.form === 'verb' || (m.cue.form === 'phrase' && !nounPosition(view, m.from));
    // In a quotation a thing may be the subject of the speaker's judgement ("“Such attacks cannot be tolerated”").
    const judgedInQuote = !!quoteAt(view, m.from) && passiveParticiple(view, m.to - 1, g);
    const thing = verbal && !judgedInQuote ? nonActorSubject(view, m.from) : null;
    // "You can count on the cooperation of my delegation": the addressee relies on what an owner gives.
    if (thing && m.cue.requires !== 'relied' && !(m.cue.requires === 'owner' && ADDRESSEES.has(thing.toLowerCase()))) return stop('no-source', `its subject ("${thing}") is not an actor`);
    source = findSource(view, m, lexicon, m.from);
  }
  if (!source || source.spans.length === 0) return stop('no-source', 'no actor in the sentence takes this stance');

  // "Tuvalu's congratulations to Fiji": the source's own mentions are never its target.
  const sources = withMembers(source.spans);
  const sourceIds = new Set(sources.map((s) => s.mention.id));
  const exclude: ExcludedSpans = { has: (s) => sourceIds.has(s.mention.id) };
  if (prideInOwnDoing(view, m, sourceIds)) return stop('excluded', 'pride in its own doing ("proud that we …"): no one else is judged');
  let targetRule = agent ? 'the subject of the passive' : judging ? 'the owner of what is judged' : 'none named';
  if (!agent && !judging) {
    // A friendly stance toward "the progress in Somalia" aims at Somalia; a hostile one at a place rarely does.
    const found = findTargets(view, m, g, exclude, (lexicon.stances[m.cue.stance]?.polarity ?? 0) > 0, appeal !== null, objectLimit(view, m, next));
    targets = found.spans;
    if (targets.length > 0) targetRule = found.rule;
  }

  // "called on parliament to back the treaty" is nobody's support yet; "urged the EC to support the PLO" is
  // the appealer's support of the PLO.
  if (m.cue.requires === 'target' && targets.length === 0) {
    return stop('excluded', 'a cue the lexicon counts only with an actor as target ("share the views of Japan")');
  }
  if (appeal !== null && targets.length === 0) {
    return stop('appeal', `an appeal ("${view.tokens[appeal]!.text} … to …") with no actor as target: no stance taken yet`);
  }
  const weight = m.cue.weight * SOURCE_CERTAINTY[source.attribution];
  const quoted = !!quoteAt(view, m.from);
  const records: StanceRecord[] = [];
  const aimed = withMembers(targets).filter((t) => !sourceIds.has(t.mention.id)).map(refOf);
  for (const s of sources) {
    const sourceRef = refOf(s);
    for (const target of aimed.length > 0 ? aimed : [null]) {
      records.push({
        doc_id: view.sentence.doc_id,
        doc_date: view.sentence.doc_date,
        sentence_index: view.sentence.index,
        sentence: view.sentence.text,
        source: sourceRef,
        stance: m.cue.stance,
        target,
        cue: base.text,
        negated,
        quoted,
        attribution: source.attribution,
        confidence: Math.round(weight * (target ? 1 : 0.9) * 100) / 100,
        cameo: m.cue.cameo,
      });
    }
  }
  const how = `source by ${source.attribution}${appeal !== null ? ' (the appealer)' : ''}, target: ${targetRule}`;
  return { ...base, outcome: negated ? 'negated' : 'record', detail: negated ? `negated; ${how}` : how, records };
}

/**
 * The actor a modifier cue qualifies: named right after it ("Saudi-backed Hadi forces"), or after one or two words in
 * an of-phrase ("the US-backed government of Iraq") or in apposition ("U.S.-backed groups YPG and Daesh"). Not one
 * further on: "U.S.-backed forces took the town from Daesh", "the U.S.-sponsored resolution on Syria" back no one named.
 */
function qualifiedActor(view: SentenceView, from: number, exclude: ExcludedSpans): MentionSpan[] {
  const group = (span: MentionSpan | undefined) => (span && !exclude.has(span) ? actorGroup(view, span).filter((s) => !exclude.has(s)) : []);
  if (view.mentionAt[from]) return group(view.mentionAt[from]);
  for (let at = from + 1; at <= from + 2; at++) {
    const word = view.tokens[at - 1];
    // A past form ends the noun phrase: "U.S.-backed forces attacked Daesh".
    if (!word?.word || word.text !== word.lower || word.lower.endsWith('ed') || isPreposition(word)) return [];
    // "U.S.-backed terrorist groups YPG and Daesh": a name in apposition to the noun.
    if (view.mentionAt[at]) return group(view.mentionAt[at]);
    if (view.tokens[at]?.lower === 'of') return group(view.mentionAt[isDeterminer(view.tokens[at + 1]) ? at + 2 : at + 1]);
  }
  return [];
}

/** The actors named right before a participle without an auxiliary (past one comma): "Chile, praised by Peru". */
function describedByParticiple(view: SentenceView, participle: number): MentionSpan[] {
  const before = view.tokens[participle - 1]?.lower === ',' ? participle - 2 : participle - 1;
  const span = view.mentionAt[before];
  return span && span.to === before + 1 ? actorGroup(view, span) : [];
}

/**
 * Where the cue's object must end: "we condemn the use of chemical weapons and welcome the agreement led by Russia":
 * a verb of another stance joined by "and" starts a predicate of its own (one of the same stance shares the object:
 * "condemn and deplore the attack by X").
 */
function objectLimit(view: SentenceView, m: CueMatch, next: CueMatch | undefined): number {
  if (!next || next.cue.stance === m.cue.stance || (next.cue.form !== 'verb' && next.cue.form !== 'phrase')) return view.tokens.length;
  // "appreciate and wish to continue to count on UNDP's support": a reliance on no one relied upon is no predicate.
  if (next.cue.requires === 'relied' && !reliedOn(view, next.to - 1)) return view.tokens.length;
  for (let i = m.to; i < next.from; i++) if (view.tokens[i]!.lower === 'and') return next.from;
  return view.tokens.length;
}

/** The cue's target and the rule that found it, as `explain` prints it. */
function findTargets(
  view: SentenceView,
  m: CueMatch,
  g: CompiledLexicon['grammar'],
  exclude: ExcludedSpans,
  placesAim: boolean,
  appealed: boolean,
  limit: number,
): { spans: MentionSpan[]; rule: string } {
  if (m.cue.requires === 'relied') return { spans: (subjectBefore(view, m.from, g)?.spans ?? []).filter((s) => !exclude.has(s)), rule: 'who relies on it ("X can count on Spain")' };
  if (m.cue.form === 'modifier') return { spans: qualifiedActor(view, m.to, exclude), rule: 'the actor it qualifies ("Saudi-backed Hadi government", "the US-backed government of Iraq")' };
  // (A judgement that requires a target finds it at the head of its clause: "Regrettably, Israel continued …".)
  if (m.cue.requires === 'target' && m.cue.form !== 'adjective') return { spans: actorRightAfter(view, m, exclude), rule: 'the actor right after it ("the views of Japan", "committed to Chile")' };
  if (m.cue.form === 'adjective') {
    // "Regrettably, Israel continued …": a judgement that requires a target judges the clause it opens, only.
    if (m.cue.requires === 'target') return { spans: frontedJudged(view, m.from, m.to, exclude), rule: 'the subject after a fronted judgement ("Regrettably, X …")' };
    if (invertedPredicate(view, m.from, g.copulas)) {
      return { spans: objectAfter(view, m.to + 1, g, exclude, m.to + 1, placesAim, limit), rule: 'the subject after the judgement ("More worrying is X\'s …")' };
    }
    const doers = agentOfJudgedAct(view, m.to, exclude);
    if (doers.length > 0) return { spans: doers, rule: 'who did the act judged ("unleashed by X")' };
    // "their rights continue to be violated": the subject of a passive suffers the act; only "by X" did it.
    if (passiveParticiple(view, m.from, g)) return { spans: [], rule: 'none named (a passive names its doer only after "by")' };
    const judged = judgedBefore(view, m.from, exclude, !placesAim);
    if (judged.length > 0) return { spans: judged, rule: 'the owner of what is judged' };
    const fronted = frontedJudged(view, m.from, m.to, exclude);
    if (fronted.length > 0) return { spans: fronted, rule: 'the subject after a fronted judgement ("In flagrant violation of …, X")' };
    return { spans: extraposedObject(view, m.from, m.to, g, exclude, !placesAim), rule: 'the actor of the clause judged ("it is unacceptable that X …")' };
  }
  // "the Taliban earned the condemnation of Amnesty International": who got it, before anything named after it.
  const nominal = m.cue.form === 'noun' || (m.cue.form === 'phrase' && nounPosition(view, m.from));
  const receiver = nominal ? receiverOf(view, m.from, g, exclude) : [];
  if (receiver.length > 0) return { spans: receiver, rule: 'who got it ("X earned the praise of Y")' };
  // The object follows the gap ("express to Chile our thanks") unless the gap is an address ("to you, Sir,").
  const addressed = m.gap && view.tokens.slice(m.gap[0], m.gap[1]).some((t) => t.lower === ',');
  // "wish him every success in presiding over the Assembly": an object pronoun in the gap is the object, and what
  // follows the phrase says what for.
  if (m.gap && !addressed && view.tokens.slice(m.gap[0], m.gap[1]).some((t, k) => OBJECT_PRONOUNS.has(t.lower) && !isPreposition(view.tokens[m.gap![0] + k - 1]))) {
    const inGap: MentionSpan[] = [];
    for (let i = m.gap[0]; i < m.gap[1]; i++) {
      const span = view.mentionAt[i];
      if (span && span.from === i && !exclude.has(span)) inGap.push(span);
    }
    return { spans: inGap, rule: 'the object pronoun in the phrase ("wish him every success")' };
  }
  // "Mr. Boutros-Ghali, whom we thank for his efforts": a verb whose object is the relative pronoun before it.
  const bare = m.cue.form === 'verb' && (!view.tokens[m.to]?.word || isPreposition(view.tokens[m.to]));
  const described = bare ? antecedentOwner(view, m.from, g, exclude) : [];
  if (described.length > 0) return { spans: described, rule: 'the phrase the relative clause describes' };
  const after = objectAfter(view, m.gap && !addressed ? m.gap[0] : m.to, g, exclude, m.to, placesAim, limit);
  if (after.length > 0) {
    const end = after[after.length - 1]!.to;
    return { spans: [...after, ...secondObject(view, end, g, exclude), ...elaborationAfter(view, end, g, exclude)], rule: 'the object' };
  }
  const deserving = m.cue.form === 'noun' ? deservedAt(view, m.from) : -1;
  if (deserving >= 0) return { spans: judgedBefore(view, deserving, exclude), rule: 'who deserves it ("X deserves our support")' };
  const reliant = m.cue.form === 'noun' || m.cue.requires === 'owner' ? reliantOn(view, ownedNoun(m), g, exclude) : [];
  if (reliant.length > 0) return { spans: reliant, rule: 'who relies on it ("X can count on our support")' };
  const addressee = m.cue.form === 'noun' ? addresseeBefore(view, m.from, g, exclude) : [];
  if (addressee.length > 0) return { spans: addressee, rule: 'the addressee before it ("extend to X our thanks")' };
  // "appeal to the members to give their support": who is appealed to is not the target.
  if (view.tokens[m.from - 1]?.lower === 'to' && !appealed) {
    return { spans: objectBeforeInfinitive(view, m.from - 1, g, exclude), rule: 'the object of the verb the infinitive serves' };
  }
  const fronted = frontedAddressee(view, m.from, g, exclude);
  if (fronted.length > 0) return { spans: fronted, rule: 'the addressee fronted ("To X, I express …")' };
  return { spans: antecedentOwner(view, m.from, g, exclude), rule: 'the phrase the relative clause describes' };
}

/** One record per source, stance and target; a record without target adds nothing next to one with. */
function dedupe(records: StanceRecord[]): StanceRecord[] {
  const key = (r: StanceRecord) => `${r.negated}|${r.source.id}|${r.stance}|${r.target?.id ?? ''}`;
  const byKey = new Map<string, StanceRecord>();
  for (const r of records) {
    const existing = byKey.get(key(r));
    if (!existing || r.confidence > existing.confidence) byKey.set(key(r), r);
  }
  const kept = [...byKey.values()];
  const aimed = new Set(kept.filter((r) => r.target).map((r) => `${r.negated}|${r.source.id}|${r.stance}`));
  return kept.filter((r) => r.target !== null || !aimed.has(`${r.negated}|${r.source.id}|${r.stance}`));
}

/**
 * A record's source is one of the sentence's mentions, the speaker of one of its quotations or the document's
 * speaker, so a sentence with none of them holds no record: most sentences of a news wire are never looked at.
 */
const mayHoldRecord = (s: TaggedSentence): boolean => s.mentions.length > 0 || !!s.speaker_actor || s.quotes.some((q) => q.speaker !== null);

/**
 * Classifies one document's tagged sentences. (`explain` calls `classifySentence` itself, and still shows the
 * cues of a sentence that cannot hold a record, and why they made none.)
 */
export function classifySentences(sentences: readonly TaggedSentence[], lexicon: CompiledLexicon): StanceRecord[] {
  const records: StanceRecord[] = [];
  for (const s of sentences) if (mayHoldRecord(s)) records.push(...classifySentence(s, lexicon).records);
  return records;
}
