// Finding cues in a sentence: a cheap test on its words first, then patterns matched on its tokens.
import { isDeterminer, isPreposition } from './grammar.ts';
import type { CompiledCue, CompiledLexicon } from './lexicon.ts';
import { matchAt, stemOf, wordMatches } from './patterns.ts';
import type { SentenceView } from './tokens.ts';

export interface CueMatch {
  cue: CompiledCue;
  from: number;
  to: number;
  gap?: [number, number];
}

/** Most sentences hold no cue: find out from the words alone, before tokenising and aligning mentions. */
export function mayHoldCue(text: string, lexicon: CompiledLexicon): boolean {
  const { cueIndex: index, cueWordStarts } = lexicon;
  cueWordStarts.lastIndex = 0;
  // One native scan for words that start like a cue word; only those are stemmed and checked.
  for (const [word] of text.matchAll(cueWordStarts)) {
    const lower = word.toLowerCase();
    const token = { lower, stem: stemOf(lower), word: true };
    const candidates = [...(index.get(lower) ?? []), ...(index.get(token.stem) ?? [])];
    // "will" shares its stem with "willing" but starts no cue.
    if (candidates.some((cue) => cue.firstWords.some((w) => wordMatches(token, w)))) return true;
  }
  return false;
}

/** After a determiner, a possessive or an actor used as a modifier ("a US offer"), a word is a noun. */
export function nounPosition(view: SentenceView, i: number): boolean {
  const prev = view.tokens[i - 1];
  if (!prev) return false;
  if (isDeterminer(prev) || prev.lower === 's') return true;
  // "through military support": after a preposition (and an adjective), never a finite verb.
  const governed = (t: typeof prev | undefined) => isPreposition(t) && t!.lower !== 'to';
  const adjective = prev.word && !view.mentionAt[i - 1] && prev.text === prev.lower; // not "on Friday denounced"
  if (governed(prev) || (adjective && governed(view.tokens[i - 2]))) return true;
  // "a US offer" is a noun, but "the European Union welcomed" is a verb: only a bare form reads as a noun.
  const span = view.mentionAt[i - 1];
  const bare = !/(?:ed|s)$/.test(view.tokens[i]!.lower);
  return bare && !!span && span.to === i && isDeterminer(view.tokens[span.from - 1]);
}

export function findCues(view: SentenceView, lexicon: CompiledLexicon): CueMatch[] {
  const index = lexicon.cueIndex;
  const matches: CueMatch[] = [];
  view.tokens.forEach((token, i) => {
    if (!token.word) return;
    const candidates = new Set([...(index.get(token.lower) ?? []), ...(index.get(token.stem) ?? [])]);
    const hyphenated = view.tokens[i - 1]?.lower === '-' && view.tokens[i - 1]!.end === token.start;
    for (const cue of candidates) {
      // "U.S.-backed" is the modifier cue, never the verb.
      if ((cue.form === 'modifier') !== hyphenated) continue;
      // "its offer", "a US offer" are nouns; "Libya offered" is a verb.
      if (cue.form === 'noun' && !nounPosition(view, i)) continue;
      if (cue.form === 'verb' && nounPosition(view, i)) continue;
      const m = matchAt(view.tokens, i, cue.compiled);
      if (m) matches.push({ cue, from: i, to: m.end, gap: m.gap });
    }
  });
  // A longer cue covering a shorter one wins: "offer to host" over "offer", "offered its condolences" (support)
  // over "offered" (offer).
  return matches.filter(
    (m) => !matches.some((o) => o !== m && o.from <= m.from && o.to >= m.to && o.to - o.from > m.to - m.from),
  );
}
