// At whom the stance aims: the object of the cue, the owner of what is judged, the head of "X-backed Y".
import { actorGroup, governingPreposition, isClauseBreak, isDeterminer, isLowerWord, isPreposition, isPronoun, isQuoteMark, isVerbCompanion, NOMINATIVE_PRONOUNS, reportingVerbAt } from './grammar.ts';
import { receivedAt } from './cues.ts';
import type { CompiledGrammar } from './lexicon.ts';
import { ACTOR_HEADS, actAgentAfter, CONJUNCTIONS, firstSubject, ownerOf, prepositionBefore, RELYING_STEMS, subjectBefore, THIRD_PERSON_POSSESSIVES } from './source.ts';
import type { ExcludedSpans, MentionSpan, SentenceView } from './tokens.ts';

/**
 * "in Kenya" is a place; "at Tokyo's plans" and "in the Conference on Disarmament" are not: an owner or an
 * organisation is never a location, nor is the object of a cue that ends in its preposition ("faith in the
 * United Nations"; `cueEnd` is where such a cue ends).
 */
const isLocation = (view: SentenceView, span: MentionSpan, grammar: CompiledGrammar, cueEnd?: number) => {
  if (span.possessive || span.mention.kind === 'organisation') return false;
  const prep = governingPreposition(view, span.from);
  return !!prep && grammar.locationPrepositions.has(prep.lower) && (cueEnd === undefined || prep !== view.tokens[cueEnd - 1]);
};

const MAX_OBJECT_WORDS = 16;

/** Whether an actor starts at `i`, past a determiner: "of the African Union" (not ", of course,"). */
const ofPhraseAhead = (view: SentenceView, i: number) => !!view.mentionAt[isDeterminer(view.tokens[i]) ? i + 1 : i];

/** Lower-case words "a and b c" from `i`: the rest of a series of adjectives before its noun ("commercial and financial blockade"). */
const adjectiveSeries = (view: SentenceView, i: number) =>
  [0, 2, 3].every((k) => isLowerWord(view, i + k)) && view.tokens[i + 1]?.lower === 'and' && !view.mentionAt[i + 3];

const COMPARATIVES = new Set(['more', 'most', 'less', 'better', 'stronger']);

const ELABORATIONS = new Set(['including', 'particularly', 'especially', 'notably', 'namely']);
/** Participles of making or hosting a proposal or a meeting: "prepared by", "launched by", "convened by". */
const AUTHORING = /^(?:prepared|proposed|presented|submitted|launched|initiated|sponsored|drafted|tabled|convened|organized|organised|hosted)$/;
const isDash = (t: { lower: string }) => t.lower === '-' || t.lower === '–' || t.lower === '—';

/**
 * The first actor (and those joined to it) right of `from`, within the clause. With `placesAim`, a place is an
 * object too: approval of "the progress in Somalia" aims at Somalia, where "the attack in Kabul" judges an attacker.
 */
export function objectAfter(
  view: SentenceView,
  from: number,
  grammar: CompiledGrammar,
  exclude: ExcludedSpans,
  cueEnd?: number,
  placesAim = false,
  limit = view.tokens.length,
): MentionSpan[] {
  let words = 0;
  // "deplore the murder of Mr. Stevens, Ambassador of the United States": a hostile stance passes over the victim
  // named after a noun of suffering, up to another preposition ("the killing of civilians by the militia").
  let victims = false;
  for (let i = from; i < limit && words <= MAX_OBJECT_WORDS; i++) {
    const span = view.mentionAt[i];
    if (span && !exclude.has(span) && span.mention.resolution !== 'document-speaker') {
      // "thank his predecessor", "thank the outgoing President for his work": the pronoun names someone else than
      // the person thanked, or the person thanked, whom no actor names.
      const pronoun = span.mention.resolution === 'pronoun' && THIRD_PERSON_POSSESSIVES.has(view.tokens[span.from]!.lower);
      if (pronoun && thankedFor(view, Math.max(from, cueEnd ?? from), i)) return [];
      // ("his predecessor, Mr. Ganev of Bulgaria": the predecessor may still be named further on.)
      if (pronoun && SUCCESSION.has(view.tokens[span.to]?.lower ?? '')) {
        i = span.to - 1;
        continue;
      }
      // Not at the victims ("concerned about the suffering of the people of Palestine under Israeli occupation"),
      // nor at the body an office is held in ("on his election as President of the General Assembly").
      // Approval of "the strikes on Iraq" or "the sanctions against Iran" is not aimed at the one they are done to.
      const hostileVictim = placesAim ? hostileActOn(view, span) : sufferer(view, span) || victimMarked(view, span, cueEnd ?? from) || imposedOn(view, span);
      const passedOver = victims || hostileVictim || heldOffice(view, span) || membership(view, span) || seatFor(view, span) || oneMemberOf(view, span);
      if (!passedOver && (placesAim || !isLocation(view, span, grammar, cueEnd))) return actorGroup(view, stateOfPerson(view, span)).filter((s) => !exclude.has(s));
      // ("the sanctions against Chile and Peru": every actor of the list the act is done to.)
      i = (placesAim && hostileVictim ? actorGroup(view, span).at(-1)! : span).to - 1;
      continue;
    }
    // "the solidarity of the people of the Republic of Paraguay with …": the source's own name is no object words.
    if (span && exclude.has(span)) {
      i = span.to - 1;
      continue;
    }
    const t = view.tokens[i]!;
    if (view.fragmentMarks.has(i)) continue;
    // "express our gratitude to Mr. Ganev for visiting Estonia and Latvia": a person no actor names is the object,
    // and what follows "for" or "on" says why.
    const named = NAME_HONORIFICS.has(t.lower) ? untaggedNameEnd(view, i + 1) : -1;
    if (named > 0 && (view.tokens[named]?.lower === 'for' || view.tokens[named]?.lower === 'on')) return [];
    // "the report (A/52/871) presented by the Secretary-General": a parenthesis is an aside.
    const close = t.lower === '(' ? parenthesisClosing(view, i) : -1;
    if (close > 0) {
      i = close;
      continue;
    }
    // "the work which has already been carried out by UNMIK": the doer named in a passive relative clause.
    const by = words > 0 && (t.lower === 'which' || t.lower === 'that') ? passiveRelativeBy(view, i + 1) : -1;
    if (by > 0) {
      i = by;
      continue;
    }
    // "the New York Declaration, which the General Assembly adopted": the author named in an active relative clause.
    const relative = t.lower === ',' ? view.tokens[i + 1]?.lower : t.lower;
    const author = words > 0 && (relative === 'which' || relative === 'that') ? relativeAuthor(view, t.lower === ',' ? i + 2 : i + 1) : -1;
    if (author > 0) {
      i = author - 1;
      continue;
    }
    if (!placesAim && SUFFERING.has(t.lower) && view.tokens[i + 1]?.lower === 'of') victims = true;
    // "by the militia", "under Israeli occupation": the phrase of the victims has ended.
    if (victims && isPreposition(t) && t.lower !== 'of' && t.lower !== 'to') victims = false;
    // "express our full “support for …”": a quotation opening inside the cue holds its object.
    if (cueEnd !== undefined && i < cueEnd && isQuoteMark(t)) continue;
    // "the efforts of Ghana, of the African Union and of the United Nations": of-phrases in a row.
    if (t.lower === ',' && words > 0 && view.tokens[i + 1]?.lower === 'of' && ofPhraseAhead(view, i + 2)) continue;
    // "a stronger, more effective United Nations", "the economic, commercial and financial blockade imposed by":
    // adjectives of one noun phrase joined by a comma.
    if (t.lower === ',' && words > 0 && (COMPARATIVES.has(view.tokens[i + 1]?.lower ?? '') || adjectiveSeries(view, i + 1))) continue;
    // "including, again, Australia": an adverb between commas.
    if (t.lower === ',' && isVerbCompanion(view.tokens[i + 1]) && view.tokens[i + 2]?.lower === ',') {
      i += 2;
      continue;
    }
    // "congratulate you, Sir, and the people of Fiji": past the address, a second object joined by "and the".
    const address = t.lower === ',' ? addressEnd(view, i) : -1;
    if (address > 0) {
      i = address;
      continue;
    }
    // "pay tribute to our predecessor, Mr. Insanally of Guyana," and "to Mr. De Marco, eminent son of Malta,":
    // a person is named by the country they come from.
    const fellow = t.lower === ',' && words > 0 ? countryOfPerson(view, i + 1) : -1;
    if (fellow > 0) {
      i = fellow - 1;
      continue;
    }
    // "Since Chile has supported the process, we thank Peru": a subject pronoun after a comma opens the next clause.
    if (t.lower === ',' && words > 0 && NOMINATIVE_PRONOUNS.has(view.tokens[i + 1]?.lower ?? '')) return [];
    // "As a supporter of a nuclear-free world, Papua New Guinea calls on …": the source after a comma ends the object.
    if (t.lower === ',' && view.mentionAt[i + 1] && exclude.has(view.mentionAt[i + 1]!)) return [];
    // "welcome our newest members, Tuvalu and Nauru": actors in apposition after a comma name the object;
    // "the efforts, including the French initiative" and "the initiatives - particularly the talks" elaborate it.
    if (t.lower === ',' && words > 0 && isApposition(view, i + 1, grammar)) continue;
    // "welcomes the three States that joined us: the Republic of Kiribati, Nauru and Tonga": a list after a colon.
    const listed = view.mentionAt[i + 1] || !isDeterminer(view.tokens[i + 1]) ? i + 1 : i + 2;
    if (t.lower === ':' && words > 0 && isApposition(view, listed, grammar)) continue;
    if ((t.lower === ',' || isDash(t)) && words > 0 && ELABORATIONS.has(view.tokens[i + 1]?.lower ?? '')) continue;
    // "supports the implementation of the instruments …, as well as the Secretary-General's Agenda": a second object.
    if (t.lower === ',' && words > 0 && view.tokens[i + 1]?.lower === 'as' && view.tokens[i + 2]?.lower === 'well' && view.tokens[i + 3]?.lower === 'as') {
      i += 3;
      words = 0;
      continue;
    }
    // "the framework for an Agenda for Development, prepared by the Secretary-General": whose the object is.
    if (t.lower === ',' && words > 0 && AUTHORING.test(view.tokens[i + 1]?.lower ?? '') && view.tokens[i + 2]?.lower === 'by') continue;
    // "to host, in cooperation with the United Nations, an intra-Afghan meeting": an aside is not the object.
    const asideEnd = t.lower === ',' ? prepositionalAside(view, i) : -1;
    if (asideEnd > 0) {
      i = asideEnd;
      continue;
    }
    if (isClauseBreak(t, true) && t.lower !== 'that') return [];
    if (reportingVerbAt(view, i, grammar) !== null && !announcedBy(view, i)) return [];
    if (t.word) words++;
  }
  return [];
}

/** "the initiative announced last week by the United States": a reporting verb's participle with its agent after it. */
function announcedBy(view: SentenceView, i: number): boolean {
  if (!/ed$/.test(view.tokens[i]!.lower) || !isLowerWord(view, i - 1) || isVerbCompanion(view.tokens[i - 1])) return false;
  for (let j = i + 1; j <= i + 4; j++) {
    if (view.tokens[j]?.lower === 'by') return true;
    if (!view.tokens[j]?.word || view.mentionAt[j]) return false;
  }
  return false;
}

/** Possessives that open a noun phrase: "our development partners". */
const PHRASE_OWNERS = new Set([...THIRD_PERSON_POSSESSIVES, 'our', 'my', 'your']);

/**
 * Whether a noun phrase of its own ("the outgoing President", "Mr. Vuk Jeremić", whom no actor names) stands between
 * `from` and the "for" or "on" right before `pronoun`: "thank Mr. Jeremić for his work", "congratulate Mr. Kavan on
 * his election".
 */
function thankedFor(view: SentenceView, from: number, pronoun: number): boolean {
  if (view.tokens[pronoun - 1]?.lower !== 'for' && view.tokens[pronoun - 1]?.lower !== 'on') return false;
  for (let i = from; i < pronoun - 1; i++) {
    const t = view.tokens[i]!;
    if (isDeterminer(t) || PHRASE_OWNERS.has(t.lower) || (NAME_HONORIFICS.has(t.lower) && !view.mentionAt[i])) return true;
  }
  return false;
}
/** After a word of address, the end of the capitalised name that follows when no actor tags it; else -1. */
function untaggedNameEnd(view: SentenceView, from: number): number {
  let i = view.tokens[from]?.lower === '.' ? from + 1 : from;
  const start = i;
  while (i < view.tokens.length && i < start + 5 && !view.mentionAt[i] && (view.tokens[i]!.text !== view.tokens[i]!.lower || view.tokens[i]!.lower === '-')) i++;
  return i > start && !view.mentionAt[i] ? i : -1;
}

/** Words of address before a name: "Mr. Vuk Jeremić", "Her Excellency Ms. Espinosa". */
const NAME_HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'madam', 'madame', 'ambassador', 'excellency', 'sir']);

/** Whether a passive verb ("have been denied", "are being killed") follows within a few words of `from`. */
function passiveAfter(view: SentenceView, from: number): boolean {
  for (let i = from; i < view.tokens.length && i < from + 6; i++) {
    const t = view.tokens[i]!;
    // ("has been allowed to continue" is no suffering: a wrong permitted is still the subject's.)
    const participle = view.tokens[i + 1]?.lower ?? '';
    if ((t.lower === 'been' || t.lower === 'being') && /(?:ed|en)$/.test(participle) && !PERMITTED.test(participle)) return true;
    if (!t.word || isClauseBreak(t, true)) return false;
  }
  return false;
}

const PERMITTED = /^(?:allowed|permitted|encouraged|emboldened|authori[sz]ed|given)$/;

/** Prepositions that open what a phrase is about: "the anguish over …", "concern about …". */
const TOPIC_PREPOSITIONS = new Set(['over', 'about', 'regarding', 'concerning']);

/** Nouns of who comes before or after someone in an office: "his predecessor". */
const SUCCESSION = new Set(['predecessor', 'predecessors', 'successor', 'successors']);

/** For a comma at `close` that ends ", which|who …,", the index of the comma that opens it; else -1. */
function relativeClauseOpening(view: SentenceView, close: number): number {
  for (let i = close - 1; i > 0 && close - i <= 16; i--) {
    if (view.tokens[i]!.lower !== ',') continue;
    const pronoun = view.tokens[i + 1]?.lower;
    return (pronoun === 'which' || pronoun === 'who') && view.mentionAt[i - 1] ? i : -1;
  }
  return -1;
}

/** A lower-case word that may be an adjective before a noun: not a determiner, a preposition or a verb's companion. */
const adjectiveBefore = (view: SentenceView, i: number) =>
  isLowerWord(view, i) && !isDeterminer(view.tokens[i]) && !isPreposition(view.tokens[i]) && !isVerbCompanion(view.tokens[i]);

/**
 * Whether "that" at `i` determines the noun the adjective at `adjective` qualifies ("committed that immoral crime"),
 * rather than opening a clause ("know that brutal repression continues"): only adjectives between, and no verb after
 * the noun.
 */
function demonstrative(view: SentenceView, i: number, adjective: number): boolean {
  if (adjective - i > 5 || !view.tokens.slice(i + 1, adjective).every((u, k) => u.lower === ',' || u.lower === 'and' || adjectiveBefore(view, i + 1 + k))) return false;
  const after = view.tokens[adjective + 2];
  return !after || !after.word || isPreposition(after);
}

const PASSIVE_AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'already', 'now', 'recently', 'also', 'just', 'so', 'far']);
const PARTICIPLE = /(?:ed|en|wn|ne|ht)$/;
const PARTICLES = new Set(['out', 'up', 'forward', 'on']);

/** From `from`, the index of "by" in "has already been carried out by": the passive verb of a relative clause; else -1. */
function passiveRelativeBy(view: SentenceView, from: number): number {
  let i = from;
  let auxiliaries = 0;
  while (PASSIVE_AUXILIARIES.has(view.tokens[i]?.lower ?? '')) (i++, auxiliaries++);
  if (auxiliaries === 0 || !PARTICIPLE.test(view.tokens[i]?.lower ?? '')) return -1;
  // "the violence that has been suffered by the Palestinian people": who suffers it did not do it.
  if (SUFFERED.test(view.tokens[i]!.lower)) return -1;
  i++;
  if (PARTICLES.has(view.tokens[i]?.lower ?? '')) i++;
  return view.tokens[i]?.lower === 'by' ? i : -1;
}
const SUFFERED = /^(?:suffered|endured|experienced|borne|felt|faced)$/;

/** The first token of the actor who authored the thing, after "which"/"that" at `from - 1` ("which the Assembly adopted"); else -1. */
function relativeAuthor(view: SentenceView, from: number): number {
  const span = view.mentionAt[isDeterminer(view.tokens[from]) && !view.mentionAt[from] ? from + 1 : from];
  if (!span || span.possessive) return -1;
  let i = span.to;
  if (isVerbCompanion(view.tokens[i])) i++; // "which the Assembly unanimously adopted", "that Chile has proposed"
  return AUTHORED.test(view.tokens[i]?.lower ?? '') ? span.from : -1;
}
/** Past forms of making, proposing or signing a text or an initiative: "adopted", "proposed", "signed". */
const AUTHORED = /^(?:adopted|proposed|presented|submitted|launched|initiated|sponsored|drafted|tabled|convened|organi[sz]ed|hosted|signed|concluded|announced|endorsed)$/;
/** Words that mark whom an act befalls: "against X", "suffered by X". */
const VICTIM_MARKS = new Set(['against', 'by']);

/** The ")" that closes the parenthesis opened at `open`, within PARENTHESIS_REACH tokens, or -1. */
function parenthesisClosing(view: SentenceView, open: number): number {
  for (let i = open + 1; i < view.tokens.length && i <= open + PARENTHESIS_REACH; i++) if (view.tokens[i]!.lower === ')') return i;
  return -1;
}

/**
 * A person no state is known for, in apposition to the office they hold for one ("King Abdullah, King of the Kingdom
 * of Saudi Arabia"), stands for that state, as the guidelines resolve people; any other mention stands for itself.
 */
function stateOfPerson(view: SentenceView, span: MentionSpan): MentionSpan {
  if (span.mention.kind !== 'person' || span.mention.country || view.tokens[span.to]?.lower !== ',') return span;
  const state = countryOfPerson(view, span.to + 1);
  return state > 0 ? view.mentionAt[state]! : span;
}

/** Lower-case words of a person's description before "of <country>": "eminent son of Malta". */
const PERSON_WORDS = new Set([
  'eminent', 'distinguished', 'illustrious', 'worthy', 'able', 'great', 'son', 'daughter', 'citizen', 'national',
  'diplomat', 'statesman', 'stateswoman', '.', 'a', 'the', 'an',
]);

/**
 * For an apposition from `from` that names a person by their country ("His Excellency Mr. Samuel Insanally of
 * Guyana", "eminent son of Malta") and ends there, the index where the country's mention starts; else -1.
 */
function countryOfPerson(view: SentenceView, from: number): number {
  let commas = 0;
  for (let i = from; i < view.tokens.length && i < from + 24; i++) {
    const t = view.tokens[i]!;
    // "Mr. Hennadiy Udovenko, Minister for Foreign Affairs of Ukraine,": the person's office, then the country.
    const next = view.tokens[i + 1];
    if ((t.lower === ',' && commas++ === 0 && (next?.text !== next?.lower || isDeterminer(next))) || (t.lower === 'for' && i > from)) continue;
    // "Mr. Nassir Abdulaziz Al-Nasser of Qatar": a hyphen inside a name.
    if (t.lower === '-' && view.tokens[i - 1]?.word && next?.word) continue;
    // "a distinguished diplomat from Côte d'Ivoire".
    if ((t.lower === 'of' || t.lower === 'from') && i > from) {
      const at = isDeterminer(view.tokens[i + 1]) && !view.mentionAt[i + 1] ? i + 2 : i + 1;
      const span = view.mentionAt[at];
      if (!span || span.from !== at || span.mention.kind !== 'state') {
        // "Minister for Reconciliation in the Interim Administration of the Republic of …": an office's own words.
        if (view.tokens[at]?.text !== view.tokens[at]?.lower) continue;
        return -1;
      }
      const end = view.tokens[span.to];
      return !end || end.lower === ',' || !end.word ? span.from : -1;
    }
    // "Mr. Jan Eliasson, the Foreign Minister of Sweden": a state's office holder names the country.
    const agent = view.mentionAt[i];
    if (agent) return agent.from === i && agent.mention.resolution === 'agent' ? i : -1;
    if (!(PERSON_WORDS.has(t.lower) || OFFICE_JOINERS.has(t.lower) || (t.word && t.text !== t.lower))) return -1;
  }
  return -1;
}

/** Small words inside the name of an office: "Minister for National Reconciliation and Unity in the Interim Administration". */
const OFFICE_JOINERS = new Set(['and', 'in']);

/** Nouns of an office held in a body: "as President of the General Assembly", "the presidency of the session of". */
const OFFICES = new Set(['president', 'presidency', 'session', 'chair', 'chairman', 'chairmanship', 'chairperson', 'vice-president']);
/** Nouns of an envoy's office for a country or an issue: "the Joint Special Representative for Syria". */
const ENVOYS = new Set(['representative', 'envoy', 'rapporteur', 'coordinator', 'adviser', 'advisor']);

/** Whether the actor is only the body in which someone holds an office, or the country an envoy is for. */
function heldOffice(view: SentenceView, span: MentionSpan): boolean {
  let i = span.from - 1;
  while (i >= 0 && (isDeterminer(view.tokens[i]) || /^\d+(?:st|nd|rd|th)$/.test(view.tokens[i]!.lower))) i--;
  const office = view.tokens[i - 1]?.lower ?? '';
  if (office === 'session' && view.tokens[i]?.lower === 'of' && thingBefore(view, i - 2)) return false;
  // "the statement by the President of the Security Council": what the office issues is the body's.
  if (office === 'president' && view.tokens[i]?.lower === 'of' && thingBefore(view, i - 2, ISSUED_THINGS)) return false;
  return (view.tokens[i]?.lower === 'of' && OFFICES.has(office)) || ((view.tokens[i]?.lower === 'for' || view.tokens[i]?.lower === 'on') && ENVOYS.has(office));
}

/** What a session of a body decides or writes: "the decision of the fifty-fifth session of the General Assembly". */
const SESSION_THINGS = new Set(['decision', 'decisions', 'resolution', 'resolutions', 'report', 'outcome', 'declaration', 'results', 'work']);

/** What a body's President issues: "the statement by the President of the Security Council". */
const ISSUED_THINGS = new Set(['statement', 'statements', 'declaration', 'note', 'letter', 'initiative', 'proposal', 'proposals']);

/**
 * Whether the words ending at `end` ("the fifty-fifth", "the") follow "<thing> of|by", a thing of `things`: the
 * session's or the office's thing, not an office held in the body.
 */
function thingBefore(view: SentenceView, end: number, things = SESSION_THINGS): boolean {
  let i = end;
  while (i >= 0 && end - i < 6 && view.tokens[i]!.lower !== 'of' && view.tokens[i]!.lower !== 'by') i--;
  return (view.tokens[i]?.lower === 'of' || view.tokens[i]?.lower === 'by') && things.has(view.tokens[i - 1]?.lower ?? '');
}

const MEMBERS = new Set(['member', 'members', 'member-state', 'member-states']);

/**
 * Whether the actor only says whose member is meant, and that member is named next: "one of the Organization's
 * Member States — Iraq —", "the new Members of the United Nations: Armenia, …" ("the members of the G-20" alone
 * are the G-20).
 */
function membership(view: SentenceView, span: MentionSpan): boolean {
  let end: number;
  if (span.possessive) {
    let k = span.to;
    while (k < span.to + 2 && /^(?:'|’|s)$/.test(view.tokens[k]?.lower ?? '')) k++;
    if (!MEMBERS.has(view.tokens[k]?.lower ?? '')) return false;
    end = view.tokens[k + 1]?.lower === 'states' ? k + 2 : k + 1;
  } else {
    let i = span.from - 1;
    while (i >= 0 && isDeterminer(view.tokens[i])) i--;
    if (view.tokens[i]?.lower !== 'of') return false;
    const noun = view.tokens[i - 1]?.lower ?? '';
    if (!MEMBERS.has(noun) && !((noun === 'states' || noun === 'state') && view.tokens[i - 2]?.lower === 'member')) return false;
    end = span.to;
  }
  const mark = view.tokens[end];
  if (!mark || !(isDash(mark) || mark.lower === ',' || mark.lower === ':')) return false;
  return !!view.mentionAt[isDeterminer(view.tokens[end + 1]) ? end + 2 : end + 1];
}

/** "a permanent member of the Security Council continues to violate": one member, unnamed, is not the body. */
function oneMemberOf(view: SentenceView, span: MentionSpan): boolean {
  let i = span.from - 1;
  while (i >= 0 && isDeterminer(view.tokens[i])) i--;
  if (view.tokens[i]?.lower !== 'of' || view.tokens[i - 1]?.lower !== 'member') return false;
  let k = i - 2;
  if (/^(?:permanent|non-permanent|elected|founding)$/.test(view.tokens[k]?.lower ?? '')) k--;
  return /^(?:a|one|another|any)$/.test(view.tokens[k]?.lower ?? '');
}

/** "permanent membership in the Security Council for Germany and Japan": the body a seat is in, before whom it is for. */
function seatFor(view: SentenceView, span: MentionSpan): boolean {
  let i = span.from - 1;
  while (i >= 0 && isDeterminer(view.tokens[i])) i--;
  if (!/^(?:in|on|of)$/.test(view.tokens[i]?.lower ?? '') || !SEATS.has(view.tokens[i - 1]?.lower ?? '')) return false;
  const after = view.tokens[span.to]?.lower === 'for' ? span.to + 1 : -1;
  return after > 0 && !!view.mentionAt[isDeterminer(view.tokens[after]) ? after + 1 : after];
}
const SEATS = new Set(['membership', 'seat', 'seats']);

/** Prepositions that name whom a hostile act is done to: "imposed on Cuba", "waged against Kuwait". */
const VICTIM_PREPOSITIONS = new Set(['on', 'upon', 'against']);

/** Nouns of hostile acts: "the attack on the United Nations headquarters" is done to the United Nations. */
const HOSTILE_ACTS = new Set(['attack', 'attacks', 'assault', 'assaults', 'aggression', 'war', 'strike', 'strikes', 'sanctions', 'embargo', 'blockade', 'invasion', 'crimes', 'violence']);

/**
 * Whether the actor is within the object of a hostile act, a few words back past commas and of-phrases: "the
 * attacks on the diplomatic missions of the United States, Germany and France".
 */
function attacked(view: SentenceView, span: MentionSpan): boolean {
  for (let i = span.from - 1; i >= 1 && i >= span.from - 24; i--) {
    const t = view.tokens[i]!;
    if (VICTIM_PREPOSITIONS.has(t.lower) && HOSTILE_ACTS.has(view.tokens[i - 1]!.lower)) return true;
    // A comma of a list of actors is passed ("the United States, Germany"); one after other words ends the phrase.
    if (t.lower === ',' ? !view.mentionAt[i - 1] : isClauseBreak(t, false) || (!t.word && !view.mentionAt[i])) return false;
  }
  return false;
}

/** "the attack on Israel", "the war against Iraq": the actor a hostile act named right before is done to. */
function hostileActOn(view: SentenceView, span: MentionSpan): boolean {
  let i = span.from - 1;
  while (i >= 0 && isDeterminer(view.tokens[i])) i--;
  if (!VICTIM_PREPOSITIONS.has(view.tokens[i]?.lower ?? '') || !HOSTILE_ACTS.has(view.tokens[i - 1]?.lower ?? '')) return false;
  // "ending the economic embargo against Cuba", "the lifting of the sanctions on Iraq": an act undone favours its victim.
  for (let j = i - 2; j >= 0 && j >= i - 9; j--) if (LIFTING.test(view.tokens[j]!.lower)) return false;
  return true;
}
const LIFTING = /^(?:end|ends|ending|ended|lift|lifts|lifting|lifted|removal|remove|removing|cessation|halt|halting|repeal|repealing)$/;

/** "the blockade imposed on Cuba by the United States", "the attack on the United Nations": the actor an act is done to. */
function imposedOn(view: SentenceView, span: MentionSpan): boolean {
  let i = span.from - 1;
  while (i >= 0 && isDeterminer(view.tokens[i])) i--;
  const before = view.tokens[i - 1]?.lower ?? '';
  return VICTIM_PREPOSITIONS.has(view.tokens[i]?.lower ?? '') && (/ed$/.test(before) || HOSTILE_ACTS.has(before));
}

/** Nouns of what a people or a person suffers: a hostile stance about "the plight of X", "the murder of X" is not aimed at X. */
const SUFFERING = new Set([
  'suffering', 'sufferings', 'plight', 'hardship', 'hardships', 'misery', 'ordeal', 'anguish', 'agony', 'tragedy', 'murder',
  'assassination', 'killing', 'killings', 'death', 'deaths', 'kidnapping', 'abduction',
]);
/** Nouns of a topic: what they are "of" is talked about, not blamed. */
const TOPICS = new Set(['question', 'issue', 'situation', 'problem', 'matter', 'case', 'fate']);
/** Nouns between the suffering and its people: "the suffering of the people of Palestine". */
const PEOPLES = new Set(['people', 'peoples', 'population', 'populations', 'citizens', 'civilians', 'children', 'women', 'refugees']);

/**
 * Whether a hostile act befalls the actor: "against the defenceless Palestinian people", "the violence suffered by X",
 * "a breach of the United Nations Charter" (a mark at or after `after`: "protest against X" aims at X). Not "against
 * the Iraqi aggression", where the name owns the act.
 */
function victimMarked(view: SentenceView, span: MentionSpan, after = 0): boolean {
  const next = view.tokens[span.to]?.lower ?? '';
  if (next === 'charter') return true;
  if (HOSTILE_ACTS.has(next) || ACTOR_HEADS.has(next)) return false;
  let k = span.from - 1;
  // (Past other victims of the same list: "against the Palestinian and Lebanese peoples".)
  const passable = (j: number) => isDeterminer(view.tokens[j]) || isLowerWord(view, j) || !!view.mentionAt[j] || view.tokens[j]!.lower === ',';
  while (k >= 0 && span.from - k <= 6 && passable(k) && !VICTIM_MARKS.has(view.tokens[k]!.lower)) k--;
  if (k < after) return false;
  return view.tokens[k]?.lower === 'against' || (view.tokens[k]?.lower === 'by' && SUFFERED.test(view.tokens[k - 1]?.lower ?? ''));
}

/**
 * Whether a hostile stance passes over the actor after "of": who suffers ("the plight of the Palestinian people",
 * "the suffering of the people of Haiti"), whose statehood or charter is wronged, or a topic's subject.
 */
function sufferer(view: SentenceView, span: MentionSpan): boolean {
  let i = span.from - 1;
  for (let hops = 0; hops < 2; hops++) {
    while (i >= 0 && isDeterminer(view.tokens[i])) i--;
    if (view.tokens[i]?.lower !== 'of') return false;
    const noun = view.tokens[i - 1]?.lower ?? '';
    // "that violation of the territorial integrity and sovereignty of Ukraine", "of the Charter of the United
    // Nations": whose statehood or charter suffers the act. "concern about the question of Palestine": a topic,
    // no one blamed.
    if (SUFFERING.has(noun) || STATEHOOD.has(noun) || TOPICS.has(noun) || noun === 'charter') return true;
    if (!PEOPLES.has(noun)) return false;
    i -= 2;
  }
  return false;
}

/** The "(" that opens the short parenthesis closed at `close`, or -1: an aside is looked past only when short. */
function parenthesisOpening(view: SentenceView, close: number): number {
  for (let i = close - 1; i >= 0 && i >= close - PARENTHESIS_REACH; i--) if (view.tokens[i]!.lower === '(') return i;
  return -1;
}
const PARENTHESIS_REACH = 12;

/** Words of address before a person's name: "His Excellency Mr.", "Her Excellency Ms.". */
const TITLES_OF_ADDRESS = new Set(['his', 'her', 'excellency', 'mr', 'mrs', 'ms', 'dr', 'sir', 'madam', 'ambassador', 'honourable', 'honorable', 'the']);

/** Actors at `i` that stand in apposition: not the subject of a reporting verb ("…, Chile said"). */
function isApposition(view: SentenceView, i: number, grammar: CompiledGrammar): boolean {
  // "…, His Excellency Mr. Boutros Boutros-Ghali": titles of address before the name.
  while (i < view.tokens.length && !view.mentionAt[i] && (TITLES_OF_ADDRESS.has(view.tokens[i]!.lower) || view.tokens[i]!.lower === '.')) i++;
  const span = view.mentionAt[i];
  if (!span || span.from !== i || span.possessive) return false;
  const group = actorGroup(view, span);
  const after = group[group.length - 1]!.to;
  return reportingVerbAt(view, after, grammar) === null;
}

/** "the brutal war unleashed by Azerbaijan": who did the act a judgement names, as the target. */
export function agentOfJudgedAct(view: SentenceView, cueEnd: number, exclude: ExcludedSpans): MentionSpan[] {
  const agent = actAgentAfter(view, cueEnd);
  return agent && !exclude.has(agent) ? actorGroup(view, agent).filter((s) => !exclude.has(s)) : [];
}

const RELATIVES = new Set(['that', 'which', 'who']);

/** Prepositions whose actor may own a judged thing: "the efforts of Norway", "our call to the Iranian authorities". */
const OWNING_PREPOSITIONS = new Set(['of', 'by', 'to']);

/** Verbs of ending, preventing or fighting something: their object is not their subject's doing. */
const ENDING_VERBS =
  /^(?:end|ends|ended|ending|stop|stops|stopped|stopping|halt(?:s|ed|ing)?|prevent(?:s|ed|ing)?|combat(?:s|ed|ing|ting)?|fight(?:s|ing)?|fought|eradicat(?:e|es|ed|ing)|eliminat(?:e|es|ed|ing)|curb(?:s|ed|ing)?|counter(?:s|ed|ing)?|tackl(?:e|es|ed|ing)|overcom(?:e|es|ing)|overcame|defeat(?:s|ed|ing)?|suppress(?:es|ed|ing)?|redress(?:es|ed|ing)?)$/;

/**
 * Whether the ending verb at `verb` is a demand ("must stop", "our call to Iran to end") or ends the subject's own
 * act ("halt its policy").
 */
function toldToEndItsOwn(view: SentenceView, verb: number, judged: number): boolean {
  const own = view.tokens.slice(verb + 1, judged).some((t) => THIRD_PERSON_POSSESSIVES.has(t.lower));
  const obliged = [1, 2].some((k) => OBLIGATIONS.has(view.tokens[verb - k]?.lower ?? ''));
  const called = view.tokens[verb - 1]?.lower === 'to' && view.tokens.slice(Math.max(0, verb - 10), verb - 1).some((t) => CALLS.test(t.lower));
  return own || obliged || called;
}

const OBLIGATIONS = new Set(['must', 'should', 'ought']);
const CALLS = /^(?:call|calls|called|urge|urges|urged|appeal|appeals|appealed|ask|asks|asked|demand|demands|demanded|request|requests|requested|invite|invites|invited|exhort|exhorts|exhorted)$/;

/** For a judgement ("called Israel’s efforts … unacceptable"): the actor whose thing is judged, left of the cue. */
export function judgedBefore(
  view: SentenceView,
  before: number,
  exclude: ExcludedSpans,
  hostile = false,
): MentionSpan[] {
  let best: MentionSpan | undefined;
  /** The best so far when it is only a place or a thing's topic: an owner further left replaces it. */
  let place: MentionSpan | undefined;
  for (let i = before - 1; i >= 0; i--) {
    const t = view.tokens[i]!;
    const span = view.mentionAt[i];
    // "Cuba has been the victim of an illegal embargo", "people living under brutal occupation": who suffers an act
    // does not own it.
    if (!best && (t.lower === 'victim' || t.lower === 'victims' || t.lower === 'under')) return [];
    if (span) {
      if (exclude.has(span)) break;
      // "the situation in Libya is of concern", "the Council's meeting on Haiti was welcome": an actor after a
      // preposition other than "of", "by" or "to" is where or upon whom, not who owns the thing; a friendly judgement
      // aims there only when no owner stands further left. A name that modifies a noun ("including the Iraqi
      // aggression") owns it, whatever governs the phrase.
      const about = governingPreposition(view, span.from);
      const modifier = span.possessive || span.mention.resolution === 'demonym' || span.mention.resolution === 'modifier';
      // "the attacks on the missions of the United States and France are unjustifiable": the attacked own nothing.
      const owns = (modifier || !about || OWNING_PREPOSITIONS.has(about.lower)) && !(hostile && (attacked(view, span) || victimMarked(view, span))) && !oneMemberOf(view, span);
      if (owns ? span.possessive || !best || best === place : !best && !hostile) best = span;
      if (!owns && best === span) place = span;
      i = span.from;
      continue;
    }
    if (view.fragmentMarks.has(i)) continue;
    // "Kenya worked to stop this shameful trade": what a verb's subject ends or fights is not its own doing; but
    // "Israel must stop all illegal settlement", "that Israel halt its illegal policy" tell it to end its own.
    if (!best && ENDING_VERBS.test(t.lower) && !toldToEndItsOwn(view, i, before)) break;
    // "hosting the refugees fleeing those brutal conflicts": a participle after a noun opens a clause of its own.
    if (reducedRelative(view, i)) break;
    // "The Security Council, which should have been the most efficient body, is an anachronism": a relative clause
    // between commas describes the actor before it.
    const relativeStart = t.lower === ',' && !best ? relativeClauseOpening(view, i) : -1;
    if (relativeStart > 0) {
      i = relativeStart;
      continue;
    }
    // "signed off on that savage, illegal and immoral crime": adjectives of one noun joined by a comma, and "that"
    // as their determiner, not a relative.
    if (t.lower === ',' && before - i <= 4 && adjectiveBefore(view, i - 1) && view.tokens.slice(i + 1, before).every((u, k) => u.lower === 'and' || adjectiveBefore(view, i + 1 + k))) continue;
    if (t.lower === 'that' && demonstrative(view, i, before)) continue;
    if (t.lower === ')') {
      // "resolution 1373 (2001) is to be welcomed": a parenthesis is an aside, not a clause of its own.
      const open = parenthesisOpening(view, i);
      if (open < 0) break;
      i = open;
      continue;
    }
    // "Our sister, Egypt, is making commendable efforts", "a group, the Tigers (LTTE), engages in brutal acts": an
    // actor in apposition between commas, its short parenthesis included.
    const close = view.tokens[i - 1]?.lower === ')' ? parenthesisOpening(view, i - 1) : i;
    const candidate = t.lower === ',' && !best && close > 0 ? view.mentionAt[close - 1] : undefined;
    // "to our brothers, the people of Namibia, for …": an actor inside an of-phrase is not the apposed subject.
    const apposed = candidate && !governingPreposition(view, candidate.from) ? candidate : undefined;
    const opening = apposed && isDeterminer(view.tokens[apposed.from - 1]) ? apposed.from - 2 : (apposed?.from ?? 0) - 1;
    if (apposed && view.tokens[opening]?.lower === ',') continue;
    // "the same Secretariat that violated our principles": the actor a relative clause describes, the judged verb
    // its own ("the history of the United Nations that such an invitation to violate" is no relative clause).
    if (RELATIVES.has(t.lower) && !best) {
      const described = headedMention(view, t.lower !== 'that' && view.tokens[i - 1]?.lower === ',' ? i - 2 : i - 1); // "Israel, which"
      const ownVerb = view.tokens.slice(i + 1, before).every((u) => isVerbCompanion(u));
      if (described && ownVerb && !exclude.has(described)) {
        best = described;
        break;
      }
    }
    // "It is Iraq that is failing to comply": the actor a cleft sentence puts first.
    const clefted = (t.lower === 'that' || t.lower === 'who') && !best ? headedMention(view, i - 1) : undefined;
    const copula = clefted ? (isDeterminer(view.tokens[clefted.from - 1]) ? clefted.from - 2 : clefted.from - 1) : -1;
    if (clefted && /^(?:is|was)$/.test(view.tokens[copula]?.lower ?? '') && view.tokens[copula - 1]?.lower === 'it') continue;
    if (isClauseBreak(t, true)) break;
  }
  return best ? actorGroup(view, best).filter((s) => !exclude.has(s)) : [];
}

/** The actor named at token `j`, or by the noun it heads there: "the NATO countries that …", "Israeli forces, which". */
function headedMention(view: SentenceView, j: number): MentionSpan | undefined {
  const head = view.tokens[j]?.lower ?? '';
  return view.mentionAt[j] ?? (ACTOR_HEADS.has(head) || GROUP_NOUNS.has(head) ? view.mentionAt[j - 1] : undefined);
}
const GROUP_NOUNS = new Set(['countries', 'states', 'nations', 'powers', 'allies', 'members']);

/** Whether the word at `i` is a participle in -ing right after a common noun: "the refugees fleeing …". */
function reducedRelative(view: SentenceView, i: number): boolean {
  const t = view.tokens[i]!;
  const noun = view.tokens[i - 1];
  if (!t.word || t.text !== t.lower || !/.{3}ing$/.test(t.lower) || ING_PREPOSITIONS.has(t.lower) || !noun || !/^[a-z]+$/.test(noun.text)) return false;
  return !view.mentionAt[i - 1] && !isVerbCompanion(noun) && !isPreposition(noun) && !isDeterminer(noun) && !isPronoun(noun) && !CONJUNCTIONS.has(noun.lower) && noun.lower !== 'so';
}
/** Words in -ing that head a phrase, not a clause: "remarks concerning Israel". */
const ING_PREPOSITIONS = new Set(['concerning', 'regarding', 'including', 'following', 'during', 'notwithstanding', 'excluding', 'pending', 'according']);

/** "will visit Mauritania and Senegal to mediate": the object of the verb the infinitive serves. */
export function objectBeforeInfinitive(
  view: SentenceView,
  toIndex: number,
  grammar: CompiledGrammar,
  exclude: ExcludedSpans,
): MentionSpan[] {
  for (let i = toIndex - 1, words = 0; i >= 0 && words <= 8; i--) {
    const span = view.mentionAt[i];
    if (span) {
      if (exclude.has(span)) return [];
      if (!isLocation(view, span, grammar)) return actorGroup(view, span).filter((s) => !exclude.has(s));
      i = span.from;
      continue;
    }
    const t = view.tokens[i]!;
    if (isClauseBreak(t, true)) return [];
    if (t.word) words++;
  }
  return [];
}

/**
 * "Chile's proposal, which we fully support", "actions that we all support": a cue in a relative clause with no
 * object of its own aims at the actor of the noun phrase the clause describes (a place in it is no aim).
 */
export function antecedentOwner(view: SentenceView, cue: number, grammar: CompiledGrammar, exclude: ExcludedSpans): MentionSpan[] {
  let r = cue - 1;
  for (let words = 0; r >= 0 && words < 14; r--) {
    const t = view.tokens[r]!;
    if (isRelativePronoun(view, r)) {
      if (words < 6) break;
      return [];
    }
    // "Malaysia, whose economic success I salute": the owner named before "whose".
    if (t.lower === 'whose') {
      const owner = view.mentionAt[view.tokens[r - 1]?.lower === ',' ? r - 2 : r - 1];
      return owner && !exclude.has(owner) ? actorGroup(view, owner).filter((s) => !exclude.has(s)) : [];
    }
    if (!t.word && !view.mentionAt[r]) return [];
    if (t.word) words++;
  }
  if (r < 0 || !isRelativePronoun(view, r)) return [];
  // "Belgium, which had the courage to condemn …": with no subject of its own the clause's subject is the
  // pronoun, and what it describes acts; only "which we support" makes it the object.
  let subject = false;
  for (let i = r + 1; i < cue && !subject; i++) subject = !!view.mentionAt[i] || isPronoun(view.tokens[i]);
  if (!subject) return [];
  let best: MentionSpan | undefined;
  for (let i = r - 1, words = 0; i >= 0 && words < 8; i--) {
    const span = view.mentionAt[i];
    if (span) {
      // The source further left ("Our compliments go to Mr. X, whom we thank") ends the phrase described.
      if (exclude.has(span)) {
        if (best) break;
        return [];
      }
      if (!isLocation(view, span, grammar) && (span.possessive || !best)) best = span;
      i = span.from;
      continue;
    }
    const t = view.tokens[i]!;
    if ((t.lower === ',' || isDash(t)) && i === r - 1) continue;
    // "the International Criminal Court (ICC) is a major stage, which we welcome": a parenthesis is an aside.
    if (t.lower === ')') {
      const open = parenthesisOpening(view, i);
      if (open < 0) break;
      i = open;
      continue;
    }
    // "the anguish of the people of the United States over the 11 September attack, which we condemned": the
    // phrase described begins after a preposition of topic.
    if (isClauseBreak(t, true) || (!best && TOPIC_PREPOSITIONS.has(t.lower))) break;
    // "Peru welcomes the plan that Chile has proposed": the phrase described opens at its determiner, after a verb.
    // ("the Palestinian State — a country that we hope to welcome": a phrase in apposition leads on to its actor.)
    // ("the ICC is a major stage, which we welcome": after "is", the subject it describes leads on.)
    const before = view.tokens[i - 1];
    if (!best && isDeterminer(t) && !view.mentionAt[i] && before?.word && !view.mentionAt[i - 1] && !isPreposition(before) && !grammar.copulas.has(before.lower)) break;
    if (t.word) words++;
  }
  return best ? actorGroup(view, best).filter((s) => !exclude.has(s)) : [];
}

/** Words before "that" that make it a conjunction, not a relative pronoun: "so that", "now that". */
const THAT_CONJUNCTIONS = new Set(['so', 'such', 'now', 'given', 'except', 'provided', 'providing', 'in', 'order']);

/**
 * Whether the word at `i` opens a relative clause: "which", "whom", or "that" after a noun phrase ("the actions
 * that", "— actions that"), where "believe that", "so that" and "is clear that" open other clauses.
 */
function isRelativePronoun(view: SentenceView, i: number): boolean {
  const word = view.tokens[i]!.lower;
  if (word === 'which' || word === 'whom') return true;
  if (word !== 'that') return false;
  const noun = view.tokens[i - 1];
  if (!noun?.word || noun.text !== noun.lower || isVerbCompanion(noun) || /ed$/.test(noun.lower) || THAT_CONJUNCTIONS.has(noun.lower)) return false;
  // The noun opens its phrase: a determiner, a possessive or a break at most two words before it.
  for (let j = i - 2; j >= i - 4; j--) {
    const t = view.tokens[j];
    if (!t || isDeterminer(t) || t.lower === ',' || isDash(t) || view.mentionAt[j]?.possessive) return true;
    if (!t.word || t.text !== t.lower || isVerbCompanion(t) || view.mentionAt[j] || isPronoun(t)) return false;
  }
  return false;
}

/** "Colombia can count on our support", "on the solidarity of Andorra": who relies on an owned stance noun is its target. */
export function reliantOn(view: SentenceView, noun: number, grammar: CompiledGrammar, exclude: ExcludedSpans): MentionSpan[] {
  const owner = ownerOf(view, noun);
  if (!owner) return [];
  const at = owner.from < noun ? owner.from - 1 : prepositionBefore(view, noun);
  const on = view.tokens[at];
  const verb = view.tokens[at - 1];
  if (!on || !verb || !(on.lower === 'on' || on.lower === 'upon') || !RELYING_STEMS.has(verb.stem)) return [];
  return (subjectBefore(view, at - 1, grammar)?.spans ?? []).filter((s) => !exclude.has(s));
}

/**
 * "In flagrant violation of the Geneva Conventions, Armenia continues …", "And, no less reprehensible, Hamas placed
 * …": a judgement in a short phrase fronted before the main clause judges the clause's subject.
 */
export function frontedJudged(view: SentenceView, cue: number, cueEnd: number, exclude: ExcludedSpans): MentionSpan[] {
  const lead = LEADING_CONJUNCTIONS.has(view.tokens[0]?.lower ?? '') ? (view.tokens[1]?.lower === ',' ? 2 : 1) : 0;
  // At most three words before the cue ("In flagrant", "no less"), none of them punctuation.
  if (cue - lead > 3) return [];
  for (let i = lead; i < cue; i++) if (!view.tokens[i]!.word) return [];
  let comma = cueEnd;
  for (; comma < view.tokens.length && comma < cueEnd + 12 && view.tokens[comma]!.lower !== ','; comma++) {
    if (isClauseBreak(view.tokens[comma], false) || view.mentionAt[comma]) return [];
  }
  // "Regrettably, once again, Turkey …": past a short aside between commas.
  let aside = comma + 1;
  while (aside < comma + 5 && view.tokens[aside]?.word && !view.mentionAt[aside]) aside++;
  if (aside > comma + 1 && view.tokens[aside]?.lower === ',') comma = aside;
  const subject = view.mentionAt[isDeterminer(view.tokens[comma + 1]) ? comma + 2 : comma + 1];
  return subject && !exclude.has(subject) && !subject.possessive && view.tokens[subject.to]?.word ? actorGroup(view, subject).filter((s) => !exclude.has(s)) : [];
}
const LEADING_CONJUNCTIONS = new Set(['and', 'but', 'yet']);

/** "the Taliban earned the condemnation of Amnesty International": who gets what another actor gives. */
export function receiverOf(view: SentenceView, noun: number, grammar: CompiledGrammar, exclude: ExcludedSpans): MentionSpan[] {
  const verb = receivedAt(view, noun);
  if (verb < 0 || !ownerOf(view, noun)) return [];
  // "Chile held drills, prompting condemnation from Peru": a participle after a comma shares the clause's subject.
  const participle = view.tokens[verb - 1]?.lower === ',' && view.tokens[verb]!.lower.endsWith('ing');
  const subject = subjectBefore(view, verb, grammar) ?? (participle ? firstSubject(view, verb) : null);
  return (subject?.spans ?? []).filter((s) => !exclude.has(s));
}

/** "It is unacceptable that Israel …", "there is concern that X …": an extraposed judgement aims at the clause after it. */
export function extraposedObject(view: SentenceView, cue: number, cueEnd: number, grammar: CompiledGrammar, exclude: ExcludedSpans, hostile = false): MentionSpan[] {
  let i = cue - 1;
  while (i >= 0 && view.tokens[i]!.word && !grammar.copulas.has(view.tokens[i]!.lower) && cue - i <= 3) i--;
  const dummy = view.tokens[i - 1]?.lower;
  if (i < 1 || !grammar.copulas.has(view.tokens[i]!.lower) || (dummy !== 'it' && dummy !== 'there')) return [];
  // "It is an attack on the Charter": what follows the cue's own preposition is the victim, not a clause's actor.
  if (VICTIM_PREPOSITIONS.has(view.tokens[cueEnd - 1]?.lower ?? '')) return [];
  // "it is appalling to note that the Security Council …": the clause noted.
  const noted = view.tokens[cueEnd]?.lower === 'to' && view.tokens[cueEnd + 2]?.lower === 'that' ? reportingVerbAt(view, cueEnd + 1, grammar) : null;
  const actors = objectAfter(view, noted !== null ? cueEnd + 3 : cueEnd, grammar, exclude);
  // "it is of grave concern that the people of Taiwan have been denied …": the subject of a passive suffers it.
  return hostile && actors.length > 0 && passiveAfter(view, actors[actors.length - 1]!.to) ? [] : actors;
}

const ASSURE_STEM = 'assur'; // assure, assures, assured, assuring

/** "extend to Ghana our warm thanks", "assure Ghana of our support": the addressee named before an owned stance noun. */
export function addresseeBefore(view: SentenceView, noun: number, grammar: CompiledGrammar, exclude: ExcludedSpans): MentionSpan[] {
  const owner = ownerOf(view, noun);
  if (!owner) return [];
  // "convey to the Secretary-General the congratulations of my Government": the owner may follow the noun.
  for (let i = Math.min(owner.from, noun) - 1, words = 0; i >= 0 && words <= 8; i--) {
    const span = view.mentionAt[i];
    if (span) {
      if (exclude.has(span)) return [];
      // "extend to Ghana our thanks", "assure Ghana of our support", "to your friendly country, Sweden, our thanks".
      const addressed =
        governingPreposition(view, span.from)?.lower === 'to' || view.tokens[span.from - 1]?.stem === ASSURE_STEM || apposedToAddressee(view, span);
      if (addressed) return actorGroup(view, span).filter((s) => !exclude.has(s));
      i = span.from;
      continue;
    }
    const t = view.tokens[i]!;
    if (isClauseBreak(t, false)) return [];
    if (t.word) words++;
  }
  return [];
}

/**
 * "To our neighbour, the State of Eritrea, I express my welcome": an addressee fronted in a phrase of "to" that a
 * comma closes before the speaker's "I" or "we".
 */
export function frontedAddressee(view: SentenceView, cue: number, grammar: CompiledGrammar, exclude: ExcludedSpans): MentionSpan[] {
  if (view.tokens[0]?.lower !== 'to') return [];
  const end = Math.min(cue, FRONTED_REACH);
  let speaker = 2;
  while (speaker < end && !(view.mentionAt[speaker]?.mention.resolution === 'document-speaker' && view.tokens[speaker - 1]?.lower === ',')) speaker++;
  if (speaker >= end) return [];
  let last: MentionSpan | undefined;
  for (let i = 1; i < speaker - 1; i++) {
    const span = view.mentionAt[i];
    if (span && !exclude.has(span) && span.mention.resolution !== 'document-speaker' && !isLocation(view, span, grammar)) last = span;
    if (span) i = span.to - 1;
    else if (isClauseBreak(view.tokens[i], false)) return [];
  }
  return last ? actorGroup(view, last).filter((s) => !exclude.has(s)) : [];
}

/** Nouns of what makes a state: "the sovereignty, unity and territorial integrity of". */
const STATEHOOD = new Set(['sovereignty', 'independence', 'unity', 'territorial', 'integrity', 'security', 'stability', 'reunification', 'unification', 'political', 'national']);

/** Nouns of what someone thinks: "the views of Japan", "the Secretary-General's assessment". */
const VIEW_NOUNS = new Set(['view', 'views', 'position', 'positions', 'assessment', 'analysis', 'vision', 'opinion']);

/**
 * The actor a cue that needs one aims at ("share … view", "concur with", "committed to"): a possessive inside the
 * cue ("share the Secretary-General's view"), or the actor right after it ("the views of New Zealand", "concur with
 * Japan", "committed to Chile"). The speaker's own view ("share our vision") and a view's content ("the vision of
 * peaceful co-existence between Israel and …") name no one.
 */
/** Verbs in -ing of building up or keeping what they take: "strengthening", "upholding", "defending". */
const BUILDING_UP = /^(?:strengthening|reinforcing|revitali[sz]ing|reforming|upholding|defending|preserving|enhancing|consolidating)$/;

export function actorRightAfter(view: SentenceView, m: { to: number; gap?: [number, number] }, exclude: ExcludedSpans): MentionSpan[] {
  const group = (span: MentionSpan | undefined) => (span && !exclude.has(span) && span.mention.resolution !== 'document-speaker' ? actorGroup(view, span).filter((s) => !exclude.has(s)) : []);
  if (m.gap) {
    for (let i = m.gap[0]; i < m.gap[1]; i++) if (view.mentionAt[i]?.possessive) return group(view.mentionAt[i]);
  }
  let i = m.to;
  const skipDeterminers = () => {
    while (OBJECT_DETERMINERS.has(view.tokens[i]?.lower ?? '')) i++;
  };
  if (view.tokens[i]?.lower === 'of') i++;
  // "committed to strengthening the United Nations": a verb of building up passes its object on.
  if (BUILDING_UP.test(view.tokens[i]?.lower ?? '')) i++;
  skipDeterminers();
  if (VIEW_NOUNS.has(view.tokens[i]?.lower ?? '') && view.tokens[i + 1]?.lower === 'of') {
    i += 2;
    skipDeterminers();
  }
  // "commitment to the unity and territorial integrity of Libya": what makes a state, then the state.
  const statehood = i;
  while (STATEHOOD.has(view.tokens[i]?.lower ?? '') || (i > statehood && (view.tokens[i]?.lower === 'and' || view.tokens[i]?.lower === ','))) i++;
  if (i > statehood && view.tokens[i]?.lower === 'of') {
    i++;
    skipDeterminers();
  } else i = statehood;
  // "the view so eloquently expressed by the Secretary-General": whoever expressed it.
  for (let j = i; j < i + 5 && view.tokens[j]?.word && !view.mentionAt[j]; j++) {
    if (view.tokens[j]!.lower === 'by') {
      i = j + 1;
      skipDeterminers();
      break;
    }
  }
  return group(view.mentionAt[i]);
}

/** "to your friendly country, the Kingdom of Sweden,": an actor in apposition to a phrase of "to". */
function apposedToAddressee(view: SentenceView, span: MentionSpan): boolean {
  if (view.tokens[span.from - 1]?.lower !== ',') return false;
  for (let i = span.from - 2; i >= 0 && i >= span.from - 6; i--) {
    const t = view.tokens[i]!;
    if (t.lower === 'to') return true;
    if (!t.word || view.mentionAt[i]) return false;
  }
  return false;
}

/** How many tokens a fronted phrase of "to" may take before the speaker: bounded, so each cue's look is short. */
const FRONTED_REACH = 32;

/** Words that open a noun phrase and never a clause ("the view that …" opens one). */
const OBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'our', 'his', 'her', 'your']);

/** Words that open an address between commas: ", Sir,", ", Madam President,", ", Mr. President,". */
const ADDRESS_WORDS = new Set(['sir', 'madam', 'madame', 'mr', 'mrs', 'ms', 'excellency']);

/**
 * For the comma opening an address (", Sir, and the people of Fiji"), the index of the "and" after it when a
 * noun phrase follows ("and the …", "and your …"); -1 otherwise ("you, Sir, and thank Japan" starts a new verb).
 */
function addressEnd(view: SentenceView, comma: number): number {
  if (!ADDRESS_WORDS.has(view.tokens[comma + 1]?.lower ?? '')) return -1;
  for (let j = comma + 2; j < Math.min(view.tokens.length, comma + 6); j++) {
    if (view.tokens[j]!.lower !== ',') continue;
    const next = view.tokens[j + 2]?.lower ?? '';
    return view.tokens[j + 1]?.lower === 'and' && OBJECT_DETERMINERS.has(next) ? j + 1 : -1;
  }
  return -1;
}

/**
 * "welcome the return of Syria to the League and the Saudi-Iranian agreement": a second object joined by "and",
 * when "and" opens a noun phrase ("and the …") whose first words name an actor; "and thanked Peru" is a new verb.
 */
export function secondObject(view: SentenceView, from: number, grammar: CompiledGrammar, exclude: ExcludedSpans): MentionSpan[] {
  for (let i = from, words = 0; i < view.tokens.length && words <= 8; i++) {
    const t = view.tokens[i]!;
    if (isClauseBreak(t, true) || reportingVerbAt(view, i, grammar) !== null) return [];
    if (t.lower === 'and' && OBJECT_DETERMINERS.has(view.tokens[i + 1]?.lower ?? '')) {
      for (let j = i + 2; j <= i + 3 && j < view.tokens.length; j++) {
        const span = view.mentionAt[j];
        if (span) return exclude.has(span) || isLocation(view, span, grammar) ? [] : actorGroup(view, span).filter((s) => !exclude.has(s));
        if (!view.tokens[j]!.word || view.tokens[j]!.text !== view.tokens[j]!.lower) return [];
      }
      return [];
    }
    if (t.word) words++;
  }
  return [];
}

/**
 * "thank the Secretary-General, as well as our partners, including, again, Australia, Japan and the EU": the
 * actors an elaboration names further on in the object's clause (commas do not end it; anything else does).
 */
export function elaborationAfter(view: SentenceView, from: number, grammar: CompiledGrammar, exclude: ExcludedSpans): MentionSpan[] {
  for (let i = from, words = 0; i < view.tokens.length && words <= MAX_OBJECT_WORDS; i++) {
    const t = view.tokens[i]!;
    if ((t.lower === ',' || isDash(t)) && ELABORATIONS.has(view.tokens[i + 1]?.lower ?? '')) return objectAfter(view, i + 2, grammar, exclude);
    // "to the African Union, and especially Uganda and Burundi".
    if (t.lower === ',' && view.tokens[i + 1]?.lower === 'and' && ELABORATIONS.has(view.tokens[i + 2]?.lower ?? '')) return objectAfter(view, i + 3, grammar, exclude);
    if (t.lower === 'as' && view.tokens[i + 1]?.lower === 'well' && view.tokens[i + 2]?.lower === 'as') {
      i += 2;
      continue;
    }
    if (isClauseBreak(t, false) || reportingVerbAt(view, i, grammar) !== null) return [];
    if (t.word) words++;
  }
  return [];
}

/** For a comma opening a short phrase of a preposition closed by another comma, the closing comma; else -1. */
function prepositionalAside(view: SentenceView, comma: number): number {
  const opener = view.tokens[comma + 1];
  const together = (opener?.lower === 'together' || opener?.lower === 'along') && view.tokens[comma + 2]?.lower === 'with';
  if (!isPreposition(opener) && !together) return -1;
  for (let j = comma + 2; j < Math.min(view.tokens.length, comma + 10); j++) {
    const t = view.tokens[j]!;
    if (t.lower === ',') return j;
    if (!t.word && !view.mentionAt[j]) return -1;
  }
  return -1;
}

/** "deserves all our support", "merits our gratitude": the index of the verb before a stance noun, or -1. */
export function deservedAt(view: SentenceView, from: number): number {
  for (let i = from - 1; i >= 0 && i >= from - 4; i--) {
    const word = view.tokens[i]!.lower;
    if (/^(?:deserv|merit)/.test(word)) return i;
    const span = view.mentionAt[i];
    if (!view.tokens[i]!.word || (span && span.mention.resolution !== 'document-speaker')) return -1; // past "our", no further
  }
  return -1;
}
