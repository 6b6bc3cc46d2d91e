// At whom the stance aims: the object of the cue, the owner of what is judged, the head of "X-backed Y".
import { actorGroup, governingPreposition, isClauseBreak, patternAt } from './grammar.ts';
import type { CompiledGrammar } from './lexicon.ts';
import type { MentionSpan, SentenceView } from './tokens.ts';

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

/** The first actor (and those joined to it) right of `from`, within the clause. */
export function objectAfter(
  view: SentenceView,
  from: number,
  grammar: CompiledGrammar,
  exclude: ReadonlySet<MentionSpan>,
  cueEnd?: number,
  maxWords = 12,
): MentionSpan[] {
  let words = 0;
  for (let i = from; i < view.tokens.length && words <= maxWords; i++) {
    const span = view.mentionAt[i];
    if (span && !exclude.has(span) && span.mention.resolution !== 'document-speaker') {
      if (!isLocation(view, span, grammar, cueEnd)) return actorGroup(view, span).filter((s) => !exclude.has(s));
      i = span.to - 1;
      continue;
    }
    const t = view.tokens[i]!;
    if (view.fragmentMarks.has(i)) continue;
    // "welcome our newest members, Tuvalu and Nauru": actors in apposition after a comma name the object.
    if (t.lower === ',' && words > 0 && isApposition(view, i + 1, grammar)) continue;
    if (isClauseBreak(t, true) && t.lower !== 'that') return [];
    if (patternAt(view.tokens, i, grammar.reportingVerbs) !== null) return [];
    if (t.word) words++;
  }
  return [];
}

/** Actors at `i` that stand in apposition: not the subject of a reporting verb ("…, Chile said"). */
function isApposition(view: SentenceView, i: number, grammar: CompiledGrammar): boolean {
  const span = view.mentionAt[i];
  if (!span || span.from !== i || span.possessive) return false;
  const group = actorGroup(view, span);
  const after = group[group.length - 1]!.to;
  return patternAt(view.tokens, after, grammar.reportingVerbs) === null;
}

/** For a judgement ("called Israel’s efforts … unacceptable"): the actor whose thing is judged, left of the cue. */
export function judgedBefore(
  view: SentenceView,
  before: number,
  exclude: ReadonlySet<MentionSpan>,
): MentionSpan[] {
  let best: MentionSpan | undefined;
  for (let i = before - 1; i >= 0; i--) {
    const t = view.tokens[i]!;
    const span = view.mentionAt[i];
    if (span) {
      if (exclude.has(span)) break;
      if (span.possessive || !best) best = span;
      i = span.from;
      continue;
    }
    if (view.fragmentMarks.has(i)) continue;
    if (isClauseBreak(t, true)) break;
  }
  return best ? actorGroup(view, best).filter((s) => !exclude.has(s)) : [];
}

/** "will visit Mauritania and Senegal to mediate": the object of the verb the infinitive serves. */
export function objectBeforeInfinitive(
  view: SentenceView,
  toIndex: number,
  grammar: CompiledGrammar,
  exclude: ReadonlySet<MentionSpan>,
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
 * "Chile's proposal, which we fully support": a cue in a relative clause with no object of its own aims at the
 * actor of the noun phrase the clause describes.
 */
export function antecedentOwner(view: SentenceView, cue: number, exclude: ReadonlySet<MentionSpan>): MentionSpan[] {
  let r = cue - 1;
  for (let words = 0; r >= 0 && words < 6; r--) {
    const t = view.tokens[r]!;
    if (t.lower === 'which' || t.lower === 'whom') break;
    if (!t.word && !view.mentionAt[r]) return [];
    if (t.word) words++;
  }
  if (r < 0 || !(view.tokens[r]!.lower === 'which' || view.tokens[r]!.lower === 'whom')) return [];
  let best: MentionSpan | undefined;
  for (let i = r - 1, words = 0; i >= 0 && words < 8; i--) {
    const span = view.mentionAt[i];
    if (span) {
      if (exclude.has(span)) return [];
      if (span.possessive || !best) best = span;
      i = span.from;
      continue;
    }
    const t = view.tokens[i]!;
    if (t.lower === ',' && i === r - 1) continue;
    if (isClauseBreak(t, true)) break;
    if (t.word) words++;
  }
  return best ? actorGroup(view, best).filter((s) => !exclude.has(s)) : [];
}
