// Who speaks a quotation: the subject of the reporting verb nearest to it.
import type { ActorRef } from '../schemas.ts';
import type { ComposedSentence, Draft } from './compose.ts';
import { quoteAt, type QuoteSpan } from './quotes.ts';

const inside = (spans: QuoteSpan[], start: number, end: number): boolean => quoteAt(spans, start, end) >= 0;

/** How many reporting verbs on each side of a quotation are tried for its speaker. */
const NEAREST_VERBS = 4;

/** The first mention outside quotations when it opens the sentence (within 3 tokens of its first word). */
function openingMention(c: ComposedSentence, spans: QuoteSpan[]): Draft | undefined {
  const lead = c.tokens.findIndex((t) => t.norm !== '"' && t.norm !== "'");
  const first = c.drafts.find((d) => !inside(spans, d.start, d.end));
  return first && first.from <= lead + 3 ? first : undefined;
}

/** A sentence's drafts by their first and last token, built once: a long sentence stays linear. */
interface DraftIndex {
  byFirst: Map<number, Draft>;
  byLast: Map<number, Draft>;
}
const indexes = new WeakMap<ComposedSentence, DraftIndex>();

function draftIndex(c: ComposedSentence): DraftIndex {
  let index = indexes.get(c);
  if (!index) {
    index = { byFirst: new Map(), byLast: new Map() };
    for (const d of c.drafts) {
      if (!index.byFirst.has(d.from)) index.byFirst.set(d.from, d);
      if (!index.byLast.has(d.to - 1)) index.byLast.set(d.to - 1, d);
    }
    indexes.set(c, index);
  }
  return index;
}

const outside = new WeakMap<ComposedSentence, number[]>();

/** The sentence's reporting verbs outside its quotations, in order, found once. */
function outsideVerbs(c: ComposedSentence, spans: QuoteSpan[]): number[] {
  let verbs = outside.get(c);
  if (!verbs) {
    verbs = c.speechVerbs.filter((v) => !inside(spans, c.tokens[v]!.start, c.tokens[v]!.end));
    outside.set(c, verbs);
  }
  return verbs;
}

/** The subject of a reporting verb: "Fidan told", "he also said", "said Fidan", "according to Lavrov". */
export function subjectOf(c: ComposedSentence, spans: QuoteSpan[], v: number): Draft | undefined {
  const { tokens } = c;
  const { byFirst, byLast } = draftIndex(c);
  const usable = (d: Draft): boolean => d.ref !== null && !inside(spans, d.start, d.end);
  let j = v - 1;
  for (let skipped = 0; j >= 0 && skipped <= 3; skipped++) {
    const d = byLast.get(j);
    if (d && usable(d)) return d;
    const t = tokens[j]!;
    if (t.shape !== 'lower' || t.norm === 'that' || t.norm === 'which' || t.norm === 'who') break;
    j--;
  }
  let q = v + 1;
  if (tokens[v]!.norm === 'according' && tokens[q]?.norm === 'to') q++;
  const d = byFirst.get(q);
  if (d && usable(d) && (d.person || tokens[v]!.norm === 'according')) return d;
  return undefined;
}

/**
 * The speaker of the quotation at [start, end): the reporting verb right after it ("…," he said),
 * else the nearest one before it, else any other; failing those, the sentence's subject when a
 * mention opens the sentence ("He also said …, adding: "…"", "Amnesty accused … of "…"").
 */
export function speakerOf(c: ComposedSentence, spans: QuoteSpan[], start: number, end: number): ActorRef | null {
  // The nearest few reporting verbs on each side: a speaker is named near its words, and a sentence of
  // thousands of quotations stays linear.
  const verbs = outsideVerbs(c, spans);
  let next = 0; // the first verb at or after the quotation’s end
  for (let hi = verbs.length; next < hi; ) {
    const mid = (next + hi) >> 1;
    if (c.tokens[verbs[mid]!]!.start >= end) hi = mid;
    else next = mid + 1;
  }
  const after = verbs.slice(next, next + NEAREST_VERBS);
  const before: number[] = [];
  for (let i = next - 1; i >= 0 && before.length < NEAREST_VERBS; i--) if (c.tokens[verbs[i]!]!.end <= start) before.push(verbs[i]!);
  for (const v of [...after.slice(0, 1), ...before, ...after.slice(1)]) {
    const s = subjectOf(c, spans, v);
    if (s?.ref) return s.ref;
  }
  const first = openingMention(c, spans);
  return first && first.ref && first.start < start && first.pronoun !== 'first' ? first.ref : null;
}

/**
 * "Turkey renewed an appeal …, Justice Minister Cemil Cicek said": an unlisted official with no state
 * in sight, reporting a sentence whose subject is a state, speaks for that state.
 */
export function lendSubjectState(c: ComposedSentence, spans: QuoteSpan[], isActor: (id: string) => boolean): void {
  if (c.speechVerbs.length === 0) return; // most sentences: no reporting verb, nothing to lend
  const first = openingMention(c, spans);
  if (!first?.ref?.country || first.kind !== 'state') return;
  for (const v of c.speechVerbs) {
    if (inside(spans, c.tokens[v]!.start, c.tokens[v]!.end)) continue;
    const s = subjectOf(c, spans, v);
    if (s?.ref && s.kind === 'person' && s.resolution === 'title' && s.ref.country === null && !isActor(s.ref.id)) s.ref.country = first.ref.country;
  }
}
