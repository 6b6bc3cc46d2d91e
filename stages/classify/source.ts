// Who takes the stance: the subject of the cue, the agent of a passive, the speaker of a quotation.
import type { Attribution } from '../schemas.ts';
import { actorGroup, governingPreposition, isClauseBreak, isQuoteMark, patternAt } from './grammar.ts';
import type { CompiledGrammar } from './lexicon.ts';
import { quoteAt, type MentionSpan, type SentenceView } from './tokens.ts';

export interface FoundActors {
  spans: MentionSpan[];
  attribution: Attribution;
}

/** Nouns that make a possessive actor the one who acts: "Norway's foreign minister said". */
const ACTOR_HEADS = new Set([
  'government', 'minister', 'president', 'leader', 'leaders', 'ministry', 'army', 'military', 'forces', 'spokesman',
  'spokeswoman', 'spokesperson', 'officials', 'official', 'administration', 'cabinet', 'parliament', 'envoy',
  'ambassador', 'delegation', 'authorities', 'regime', 'king', 'premier', 'chancellor', 'secretary', 'office',
]);

/** Can this mention be the one who acts, rather than a place, an owner or a modifier? */
export function isSubjectCandidate(view: SentenceView, span: MentionSpan): boolean {
  if (span.mention.resolution === 'modifier') return false;
  if (governingPreposition(view, span.from)) return false;
  if (span.possessive) {
    for (let i = span.to; i < Math.min(view.tokens.length, span.to + 5); i++) {
      if (ACTOR_HEADS.has(view.tokens[i]!.lower)) return true;
    }
    return false;
  }
  return true;
}

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

function found(view: SentenceView, span: MentionSpan, fallback: Attribution): FoundActors {
  const spans = actorGroup(view, span).filter((s) => s === span || isSubjectCandidate(view, s));
  return { spans, attribution: attributionOf(span, fallback) };
}

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
      if (isSubjectCandidate(view, span)) {
        if (!options.leftmost) return found(view, span, 'subject');
        best = span;
      }
      i = span.from;
      continue;
    }
    if (view.fragmentMarks.has(i)) continue;
    if (isClauseBreak(t, options.commasBreak)) break;
    if (patternAt(view.tokens, i, grammar.reportingVerbs) !== null && i < before - 1) break;
    if (t.word) words++;
  }
  return best ? found(view, best, 'subject') : null;
}

/** "…, Fidan said", "he added", "according to Lavrov": who the sentence reports. */
export function reportingSpeaker(view: SentenceView, grammar: CompiledGrammar): FoundActors | null {
  for (let i = 0; i < view.tokens.length; i++) {
    if (quoteAt(view, i)) continue;
    const end = patternAt(view.tokens, i, grammar.reportingVerbs);
    if (end === null) continue;
    const before = subjectBefore(view, i, grammar, { commasBreak: true, maxWords: 8 });
    if (before) return { ...before, attribution: before.attribution === 'subject' ? 'reporting-speaker' : before.attribution };
    // "said Fidan", "according to Lavrov".
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

/** The agent of a passive cue ("a meeting denounced by Zelenskyy"); `undefined` when the cue is not passive. */
export function passiveAgent(
  view: SentenceView,
  cueFrom: number,
  cueTo: number,
  grammar: CompiledGrammar,
): FoundActors | null | undefined {
  const cue = view.tokens[cueFrom]!;
  if (!/(ed|en)$/.test(cue.lower)) return undefined;
  let k = cueFrom - 1;
  while (k >= 0 && /ly$/.test(view.tokens[k]!.lower)) k--;
  const auxiliary = k >= 0 && grammar.passiveAuxiliaries.has(view.tokens[k]!.lower);
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
      return auxiliary ? null : undefined;
    }
    if (t.word) words++;
  }
  return auxiliary ? null : undefined;
}
