// Document-level resolution: pronouns, definite descriptions, quote speakers, first person.
import type { ActorRef, Mention, Quote, Sentence, TaggedSentence } from '../schemas.ts';
import { composeSentence, type ComposedSentence, type Draft } from './compose.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { DocumentNames } from './names.ts';
import { findQuotes } from './quotes.ts';

interface Seen {
  draft: Draft;
  ref: ActorRef;
  sentence: number;
  inQuote: boolean;
  /** Unit key across the document: coordinated actors of one sentence. */
  unit: string | undefined;
}

/** A quote together with its sentence's first-person drafts waiting for its speaker. */
interface PendingQuote {
  quote: Quote;
  firstPerson: Draft[];
}

const HISTORY = 60;
const PLURAL_REACH = 2;

export interface ResolveOptions {
  lookupSpeaker: (name: string, date: string | null) => ActorRef | null;
}

export function resolveDocument(sentences: Sentence[], g: Gazetteer, opts: ResolveOptions): TaggedSentence[] {
  const history: Seen[] = [];
  const out: { sentence: Sentence; drafts: Draft[]; quotes: PendingQuote[]; extra: Mention[] }[] = [];
  let carryOpen = false;
  let openGroup: PendingQuote[] = [];
  let colonSpeaker: ActorRef | null = null;
  const docSpeakerCache = new Map<string, ActorRef | null>();
  const names: DocumentNames = new Map();

  sentences.forEach((sentence, si) => {
    const composed = composeSentence(sentence.text, g, sentence.doc_date, names);
    const { spans, open } = findQuotes(sentence.text, carryOpen);
    const quoteOf = (d: Draft): number => spans.findIndex((q) => d.start >= q.start && d.end <= q.end);
    const extra: Mention[] = [];

    for (const d of composed.drafts) {
      const inQuote = quoteOf(d) >= 0;
      const remember = (ref: ActorRef): void => {
        history.push({ draft: d, ref, sentence: si, inQuote, unit: d.unit === undefined ? undefined : `${si}:${d.unit}` });
        if (history.length > HISTORY) history.shift();
      };
      if (d.ref) {
        remember(d.ref);
        continue;
      }
      if (d.descriptor) {
        const found = latest(history, (s) => s.draft.person && s.ref.country === d.descriptor!.country && s.draft.kind === 'person', inQuote);
        if (found) {
          d.ref = found.ref;
          d.gender = found.draft.gender;
        } else {
          d.ref = d.descriptor.fallback;
          d.kind = 'agent';
          d.resolution = 'agent';
        }
        remember(d.ref);
        continue;
      }
      if (d.pronoun === 'masculine' || d.pronoun === 'feminine') {
        const want = d.pronoun === 'masculine' ? 'male' : 'female';
        const objective = d.objective === true;
        const found =
          antecedent(history, si, (s) => s.draft.person && (s.draft.gender === want || s.draft.gender === undefined), inQuote, objective) ??
          antecedent(history, si, (s) => s.draft.person, inQuote, objective);
        if (found) {
          d.ref = found.ref;
          d.gender = found.draft.gender ?? want;
          remember(d.ref);
        }
        continue;
      }
      if (d.pronoun === 'plural') {
        const found = latest(history, (s) => s.draft.plural && si - s.sentence <= PLURAL_REACH, inQuote);
        if (found) {
          const members = found.unit ? history.filter((s) => s.unit === found.unit) : [found];
          d.ref = members[0]!.ref;
          d.kind = members[0]!.draft.kind;
          for (const m of members.slice(1)) extra.push(toMention({ ...d, ref: m.ref, kind: m.draft.kind }));
          remember(d.ref);
        }
      }
    }

    // Quotes and who says them.
    const quotes: PendingQuote[] = spans.map((span) => {
      const pending: PendingQuote = { quote: { start: span.start, end: span.end, speaker: null }, firstPerson: [] };
      let speaker = speakerOf(composed, spans, span.start, span.end, quoteOf);
      if (!speaker && span.continued) speaker = openGroup.find((p) => p.quote.speaker)?.quote.speaker ?? null;
      if (!speaker && colonSpeaker && (span.start === 0 || /^\s*$/.test(sentence.text.slice(0, span.start)))) speaker = colonSpeaker;
      pending.quote.speaker = speaker;
      if (span.continued && speaker) for (const p of openGroup) p.quote.speaker ??= speaker;
      return pending;
    });
    const docSpeaker = (): ActorRef | null => {
      if (!sentence.speaker) return null;
      if (!docSpeakerCache.has(sentence.speaker)) docSpeakerCache.set(sentence.speaker, opts.lookupSpeaker(sentence.speaker, sentence.doc_date));
      return docSpeakerCache.get(sentence.speaker) ?? null;
    };
    for (const d of composed.drafts) {
      if (d.pronoun !== 'first') continue;
      const qi = quoteOf(d);
      if (qi >= 0) quotes[qi]!.firstPerson.push(d);
      else {
        const ref = docSpeaker();
        if (ref) {
          d.ref = ref;
          d.kind = g.actors.get(ref.id)?.kind ?? 'person';
          d.resolution = 'document-speaker';
        }
      }
    }
    const last = spans[spans.length - 1];
    if (open && last) openGroup = [...(last.continued ? openGroup : []), quotes[quotes.length - 1]!];
    else openGroup = [];
    carryOpen = open;
    colonSpeaker = /:\s*$/.test(sentence.text) ? sentenceSpeaker(composed, spans, quoteOf) : null;
    out.push({ sentence, drafts: composed.drafts, quotes, extra });
  });

  return out.map(({ sentence, drafts, quotes, extra }) => {
    for (const q of quotes) for (const d of q.firstPerson) if (q.quote.speaker) d.ref = q.quote.speaker;
    const mentions = [...drafts.filter((d) => d.ref).map(toMention), ...extra].sort((a, b) => a.start - b.start || a.end - b.end);
    return { ...sentence, mentions, quotes: quotes.map((q) => q.quote) };
  });
}

/**
 * The person a pronoun points to. Salience favours subjects: the first fitting person of the
 * pronoun's own sentence, else of the latest earlier sentence that has one. An object pronoun
 * ("him", "her") avoids its own sentence's subject when another person precedes it.
 */
function antecedent(history: Seen[], si: number, fits: (s: Seen) => boolean, inQuote: boolean, objective: boolean): Seen | undefined {
  const found = latest(history, fits, inQuote);
  if (!found) return undefined;
  const sameSentence = history.filter((s) => s.sentence === found.sentence && (!s.inQuote || inQuote) && fits(s));
  const subject = sameSentence[0] ?? found;
  if (found.sentence === si && objective) {
    const other = [...sameSentence].reverse().find((s) => s.ref.id !== subject.ref.id);
    if (other) return other;
  }
  return subject;
}

function latest(history: Seen[], fits: (s: Seen) => boolean, inQuote: boolean): Seen | undefined {
  for (let i = history.length - 1; i >= 0; i--) {
    const s = history[i]!;
    if (s.inQuote && !inQuote) continue;
    if (fits(s)) return s;
  }
  return undefined;
}

function toMention(d: Draft): Mention {
  return { ...d.ref!, text: '', start: d.start, end: d.end, kind: d.kind, resolution: d.resolution };
}

/** The subject of a reporting verb: "Fidan told", "he also said", "said Fidan", "according to Lavrov". */
function subjectOf(c: ComposedSentence, v: number, inQuote: (d: Draft) => boolean): Draft | undefined {
  const { tokens, drafts } = c;
  let j = v - 1;
  for (let skipped = 0; j >= 0 && skipped <= 3; skipped++) {
    const d = drafts.find((x) => x.to - 1 === j && x.ref && !inQuote(x));
    if (d) return d;
    const t = tokens[j]!;
    if (t.shape !== 'lower' || t.norm === 'that' || t.norm === 'which' || t.norm === 'who') break;
    j--;
  }
  let q = v + 1;
  if (tokens[v]!.norm === 'according' && tokens[q]?.norm === 'to') q++;
  const d = drafts.find((x) => x.from === q && x.ref && !inQuote(x));
  if (d && (d.person || tokens[v]!.norm === 'according')) return d;
  return undefined;
}

function speakerOf(c: ComposedSentence, spans: { start: number; end: number }[], start: number, end: number, quoteOf: (d: Draft) => number): ActorRef | null {
  const inQuote = (d: Draft): boolean => quoteOf(d) >= 0;
  const outside = c.speechVerbs.filter((v) => !spans.some((s) => c.tokens[v]!.start >= s.start && c.tokens[v]!.end <= s.end));
  const after = outside.filter((v) => c.tokens[v]!.start >= end);
  const before = outside.filter((v) => c.tokens[v]!.end <= start).reverse();
  for (const v of [...after.slice(0, 1), ...before, ...after.slice(1)]) {
    const s = subjectOf(c, v, inQuote);
    if (s?.ref) return s.ref;
  }
  // "He also said that …, adding: "…"", "Amnesty accused … of "…"": the sentence's subject speaks.
  const lead = c.tokens.findIndex((t) => t.norm !== '"' && t.norm !== "'");
  const first = c.drafts.find((d) => !inQuote(d));
  return first && first.ref && first.from <= lead + 3 && first.start < start && first.pronoun !== 'first' ? first.ref : null;
}

/** Who speaks in a sentence that ends with a colon: "Fidan told reporters:". */
function sentenceSpeaker(c: ComposedSentence, spans: { start: number; end: number }[], quoteOf: (d: Draft) => number): ActorRef | null {
  const end = c.tokens[c.tokens.length - 1]?.end ?? 0;
  return speakerOf(c, spans, end, end, quoteOf);
}
