// Document-level resolution: pronouns, definite descriptions, quote speakers, first person.
import type { ActorRef, Mention, Sentence, TaggedSentence } from '../schemas.ts';
import { composeSentence, type ComposedSentence, type Draft } from './compose.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { DocumentNames } from './names.ts';
import { findQuotes, quoteAt, type QuoteSpan } from './quotes.ts';
import { actorRef } from './refs.ts';
import { lendSubjectState, speakerOf } from './speakers.ts';

interface Seen {
  draft: Draft;
  /** Null for a person no actor file knows ("Mr. Razali Ismail"): a pronoun that stands for them names no actor. */
  ref: ActorRef | null;
  sentence: number;
  inQuote: boolean;
  /** Unit key across the document: coordinated actors of one sentence. */
  unit: string | undefined;
}

/** A quote with the first-person drafts inside it, which take its speaker once known. */
interface PendingQuote {
  start: number;
  end: number;
  speaker: ActorRef | null;
  firstPerson: Draft[];
}

interface Done {
  sentence: Sentence;
  drafts: Draft[];
  quotes: PendingQuote[];
  extra: Mention[];
}

export interface ResolveOptions {
  lookupSpeaker: (name: string, date: string | null) => ActorRef | null;
}

const HISTORY = 60;
const NO_QUOTES: PendingQuote[] = [];
const PLURAL_REACH = 2;
const SPACE_RE = /\s/;

export function resolveDocument(sentences: Sentence[], g: Gazetteer, opts: ResolveOptions): TaggedSentence[] {
  const resolver = new DocumentResolver(g, opts);
  sentences.forEach((s, i) => resolver.add(s, i));
  return resolver.finish();
}

/** Walks one document's sentences in order, keeping what earlier sentences said. */
class DocumentResolver {
  private readonly history: Seen[] = [];
  private readonly done: Done[] = [];
  private readonly names: DocumentNames = new Map();
  private readonly speakers = new Map<string, ActorRef | null>();
  /** A double quote left open by the previous sentence, and the quotes it spans so far. */
  private carryOpen = false;
  private openGroup: PendingQuote[] = [];
  /** The speaker of a previous sentence that ended with a colon ("Fidan told reporters:"). */
  private colonSpeaker: ActorRef | null = null;

  constructor(
    private readonly g: Gazetteer,
    private readonly opts: ResolveOptions,
  ) {}

  private readonly isActor = (id: string): boolean => this.g.actors.has(id);

  add(sentence: Sentence, si: number): void {
    const text = sentence.text;
    const composed = composeSentence(text, this.g, sentence.doc_date, this.names, si === 0);
    const { spans, open } = findQuotes(text, this.carryOpen);
    const drafts = composed.drafts;
    const extra: Mention[] = [];
    lendSubjectState(composed, spans, this.isActor);
    const quoteOf: number[] = [];
    for (const d of drafts) quoteOf.push(quoteAt(spans, d.start, d.end));
    for (let i = 0; i < drafts.length; i++) this.resolveDraft(drafts[i]!, text, si, quoteOf[i]! >= 0, extra);

    const quotes: PendingQuote[] = [];
    for (const span of spans) quotes.push(this.quote(sentence, composed, spans, span));
    for (let i = 0; i < drafts.length; i++) {
      const d = drafts[i]!;
      if (d.pronoun !== 'first') continue;
      if (quoteOf[i]! >= 0) quotes[quoteOf[i]!]!.firstPerson.push(d);
      else this.documentSpeaker(d, sentence);
    }
    const last = spans[spans.length - 1];
    this.openGroup = open && last ? [...(last.continued ? this.openGroup : []), quotes[quotes.length - 1]!] : NO_QUOTES;
    this.carryOpen = open;
    this.colonSpeaker = endsWithColon(text) ? speakerOf(composed, spans, text.length, text.length) : null;
    this.done.push({ sentence, drafts, quotes, extra });
  }

  finish(): TaggedSentence[] {
    const tagged: TaggedSentence[] = [];
    for (const { sentence, drafts, quotes, extra } of this.done) {
      for (const q of quotes) if (q.speaker) for (const d of q.firstPerson) d.ref = q.speaker;
      const mentions: Mention[] = [];
      for (const d of drafts) if (d.ref) mentions.push(toMention(d, sentence.text));
      // Drafts come sorted by offsets; only the extra members of a "they" need sorting in.
      if (extra.length > 0) {
        mentions.push(...extra);
        mentions.sort(byOffsets);
      }
      // What `{ ...sentence, mentions, quotes }` gives, the same keys in the same order (a Sentence
      // has no own `__proto__`, where the two would differ); V8 builds a spread followed by new keys
      // slowly (a fresh object layout for each), Object.assign fast.
      tagged.push(Object.assign({}, sentence, { mentions, quotes: quotes.map((q) => ({ start: q.start, end: q.end, speaker: q.speaker })), speaker_actor: this.speakerOf(sentence) }));
    }
    return tagged;
  }

  private remember(d: Draft, si: number, inQuote: boolean): void {
    this.history.push({ draft: d, ref: d.ref, sentence: si, inQuote, unit: d.unit === undefined ? undefined : `${si}:${d.unit}` });
    if (this.history.length > HISTORY) this.history.shift();
  }

  private resolveDraft(d: Draft, text: string, si: number, inQuote: boolean, extra: Mention[]): void {
    if (d.resolution === 'venue') return; // a place is no one a pronoun or a description stands for
    if (d.ref) {
      this.standForMembers(d, text, extra);
      return this.remember(d, si, inQuote);
    }
    if (d.person && d.pronoun === undefined && d.descriptor === undefined) return this.remember(d, si, inQuote); // an unlisted person
    if (d.descriptor) {
      const found = latestPersonOf(this.history, d.descriptor.country, inQuote);
      if (found) {
        d.ref = found.ref;
        d.gender = found.draft.gender;
      } else {
        d.ref = d.descriptor.fallback;
        d.kind = 'agent';
        d.resolution = 'agent';
      }
      return this.remember(d, si, inQuote);
    }
    if (d.pronoun === 'masculine' || d.pronoun === 'feminine') {
      const want = d.pronoun === 'masculine' ? 'male' : 'female';
      const found = antecedent(this.history, si, want, inQuote, d.objective === true);
      if (found) {
        d.ref = found.ref;
        d.gender = found.draft.gender ?? want;
        this.remember(d, si, inQuote);
      }
      return;
    }
    if (d.pronoun === 'plural') {
      // "the terrorists and their aims": a plural noun just before is what "their" stands for, not an earlier actor.
      if (PLURAL_NOUN_BEFORE.test(text.slice(Math.max(0, d.start - 40), d.start))) return;
      const found = latestPlural(this.history, si, inQuote);
      if (!found) return;
      const members = found.unit ? this.history.filter((s) => s.unit === found.unit) : [found];
      d.ref = members[0]!.ref;
      d.kind = members[0]!.draft.kind;
      for (const m of members.slice(1)) extra.push(toMention({ ...d, ref: m.ref, kind: m.draft.kind }, text));
      this.remember(d, si, inQuote);
    }
  }

  /**
   * "the two Koreas": a mention of a set named as one stands for each of its members, the draft for the first and
   * an extra mention of the same words for each other one. Members no actor file knows are passed over.
   */
  private standForMembers(d: Draft, text: string, extra: Mention[]): void {
    const ids = this.g.actors.get(d.ref!.id)?.members;
    if (!ids) return;
    const members = ids.flatMap((id) => this.g.actors.get(id) ?? []);
    if (members.length === 0) return;
    d.ref = actorRef(members[0]!);
    d.kind = members[0]!.kind;
    d.plural = true;
    for (const m of members.slice(1)) extra.push(toMention({ ...d, ref: actorRef(m), kind: m.kind }, text));
  }

  /** A quote's speaker: its attribution; else the quote it continues; else a colon-ended sentence before it. */
  private quote(sentence: Sentence, composed: ComposedSentence, spans: QuoteSpan[], span: QuoteSpan): PendingQuote {
    let speaker = speakerOf(composed, spans, span.start, span.end);
    if (!speaker && span.continued) speaker = this.openGroup.find((p) => p.speaker)?.speaker ?? null;
    if (!speaker && this.colonSpeaker && sentence.text.slice(0, span.start).trim() === '') speaker = this.colonSpeaker;
    if (span.continued && speaker) for (const p of this.openGroup) p.speaker ??= speaker;
    return { start: span.start, end: span.end, speaker, firstPerson: [] };
  }

  /** The document's speaker as an actor, looked up once a name. */
  private speakerOf(sentence: Sentence): ActorRef | null {
    const name = sentence.speaker;
    if (!name) return null;
    if (!this.speakers.has(name)) this.speakers.set(name, this.opts.lookupSpeaker(name, sentence.doc_date));
    return this.speakers.get(name) ?? null;
  }

  /** First person outside quotations is the document's speaker (a speech, a statement). */
  private documentSpeaker(d: Draft, sentence: Sentence): void {
    const ref = this.speakerOf(sentence);
    if (!ref) return;
    d.ref = ref;
    d.kind = this.g.actors.get(ref.id)?.kind ?? 'person';
    d.resolution = 'document-speaker';
  }
}

function visible(s: Seen, inQuote: boolean): boolean {
  return !s.inQuote || inQuote;
}

function fitsPerson(s: Seen, gender: 'male' | 'female' | null): boolean {
  return s.draft.person && (gender === null || s.draft.gender === gender || s.draft.gender === undefined);
}

/**
 * The person a pronoun points to. Salience favours subjects: the first fitting person of the
 * pronoun's own sentence, else of the latest earlier sentence that has one. An object pronoun
 * ("him", "her") avoids its own sentence's subject when another person precedes it.
 */
function antecedent(history: Seen[], si: number, gender: 'male' | 'female' | null, inQuote: boolean, objective: boolean): Seen | undefined {
  let latest = -1;
  for (let i = history.length - 1; i >= 0; i--) {
    if (visible(history[i]!, inQuote) && fitsPerson(history[i]!, gender)) {
      latest = i;
      break;
    }
  }
  if (latest < 0) return undefined;
  const sentence = history[latest]!.sentence;
  let subject: Seen | undefined;
  for (const s of history) {
    if (s.sentence === sentence && visible(s, inQuote) && fitsPerson(s, gender)) {
      subject = s;
      break;
    }
  }
  subject ??= history[latest]!;
  if (sentence === si && objective) {
    for (let i = latest; i >= 0 && history[i]!.sentence === sentence; i--) {
      const s = history[i]!;
      if (visible(s, inQuote) && fitsPerson(s, gender) && (s.ref?.id ?? s) !== (subject.ref?.id ?? subject)) return s;
    }
  }
  return subject;
}

/** "the Russian diplomat": the latest person acting for that state. */
function latestPersonOf(history: Seen[], country: string, inQuote: boolean): Seen | undefined {
  for (let i = history.length - 1; i >= 0; i--) {
    const s = history[i]!;
    if (visible(s, inQuote) && s.draft.person && s.draft.kind === 'person' && s.ref?.country === country) return s;
  }
  return undefined;
}

/** A lowercase plural noun, then "and" or a comma, right before a pronoun: "the terrorists and their". */
const PLURAL_NOUN_BEFORE = /\b[a-z]{3,}[^s]s\s*(?:,|and)\s*$/;

/** "they": the latest plural actor (coordinated states, a group, officials) of the last sentences. */
function latestPlural(history: Seen[], si: number, inQuote: boolean): Seen | undefined {
  for (let i = history.length - 1; i >= 0; i--) {
    const s = history[i]!;
    if (si - s.sentence > PLURAL_REACH) return undefined;
    if (visible(s, inQuote) && s.draft.plural) return s;
  }
  return undefined;
}

function byOffsets(a: Mention, b: Mention): number {
  return a.start - b.start || a.end - b.end;
}

/** The sentence ends with a colon, spaces aside: /:\s*$/ without the regex's scan of the whole text. */
function endsWithColon(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && SPACE_RE.test(text[i]!)) i--;
  return text.charCodeAt(i) === 58;
}

function toMention(d: Draft, text: string): Mention {
  const ref = d.ref!;
  return { id: ref.id, name: ref.name, country: ref.country, role: ref.role, text: text.slice(d.start, d.end), start: d.start, end: d.end, kind: d.kind, resolution: d.resolution };
}
