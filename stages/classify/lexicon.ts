// The stance lexicon: one zod schema for the JSON analysts edit, and its compiled, matchable form.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { buildOpenings, type Openings } from './openings.ts';
import { compilePattern, firstSlotKeys, inflectionBase, type CompiledPattern, type PatternWord } from './patterns.ts';

export const CUE_FORMS = ['verb', 'noun', 'adjective', 'modifier', 'phrase'] as const;

/** Bounds that keep matching a cue cheap on any sentence, however long. */
const MAX_SLOTS = 12;
const MAX_GAPS = 4;

const pattern = z
  .string()
  .trim()
  .min(1)
  .refine((p) => p.split(/\s+/).every((slot) => slot === '...' || /^[^|.\s]+(\|[^|.\s]+)*$/.test(slot)), {
    message: 'a pattern is words separated by spaces, with "a|b" for alternatives and "..." for a gap',
  })
  .refine((p) => !p.startsWith('...') && !p.endsWith('...'), { message: 'a pattern cannot begin or end with "..."' })
  .refine((p) => p.split(/\s+/).length <= MAX_SLOTS, { message: `a pattern has at most ${MAX_SLOTS} words and gaps` })
  .refine((p) => p.split(/\s+/).filter((slot) => slot === '...').length <= MAX_GAPS, {
    message: `a pattern has at most ${MAX_GAPS} "..." gaps`,
  });

const word = z.string().trim().min(1);

export const StanceCategorySchema = z.object({
  description: z.string(),
  /** +1 counts toward a pair's net score as friendly, -1 as hostile, 0 not at all. */
  polarity: z.union([z.literal(-1), z.literal(0), z.literal(1)]),
  /** "X urged Y to <cue> Z": the stance is the appealer's (X), or no stance at all. */
  under_appeal: z.enum(['appealer', 'drop']),
});

export const CueSchema = z.object({
  pattern,
  stance: z.string().min(1),
  form: z.enum(CUE_FORMS),
  weight: z.number().min(0).max(1),
  cameo: z.string().regex(/^\d{2,4}$/, 'a CAMEO event code such as "051"').nullable(),
  /**
   * "intent": only counts when announced (will, would, ready to …), since a past action is not a stance;
   * "copula": only after a form of "be" ("is ready to"), not as a past-tense verb ("the army prepared to");
   * "owner": a noun only with an actor who owns it ("our support", "Chile's support"), not "support from donors";
   * "speaker": a judgement in a speech of an actor who owns the act ("Iraq's aggression");
   * "target": only with an actor as target; "relied": the actor relied on takes the stance ("can count on Spain").
   */
  requires: z.enum(['intent', 'copula', 'owner', 'speaker', 'target', 'relied']).optional(),
  not_followed_by: z.array(word).optional(),
  not_preceded_by: z.array(word).optional(),
});

/** A cue `npm run lexicon:import` made from another lexicon, with where it came from. */
export const ImportedCueSchema = CueSchema.extend({ origin: z.string().min(1) });

export const GrammarSchema = z.object({
  negators: z.array(word),
  appeals: z.array(word),
  demand_modals: z.array(word),
  conditionals: z.array(word),
  intent_markers: z.array(word),
  copulas: z.array(word),
  reporting_verbs: z.array(word),
  embedding_prepositions: z.array(word),
  location_prepositions: z.array(word),
  passive_auxiliaries: z.array(word),
  /**
   * Words after which "to <verb cue>" is a stance ("continue to support", "ready to help", "our commitment to
   * assist"); after any other word it states a purpose ("a fund to support"). Without the list, every one counts.
   */
  infinitive_governors: z.array(word).optional(),
});

export const LexiconSchema = z
  .object({
    stances: z.record(z.string().regex(/^[a-z][a-z_-]*$/, 'a lower-case stance name'), StanceCategorySchema),
    cues: z.array(CueSchema).min(1),
    /** Written by `npm run lexicon:import`; a curated cue with the same pattern and form wins over one of these. */
    imported_cues: z.array(ImportedCueSchema).default([]),
    grammar: GrammarSchema,
  })
  .superRefine((lexicon, ctx) => {
    const check = (cue: Cue, path: (string | number)[]) => {
      if (!(cue.stance in lexicon.stances)) {
        ctx.addIssue({
          code: 'custom',
          path,
          message: `unknown stance "${cue.stance}"; declare it under "stances" (known: ${Object.keys(lexicon.stances).join(', ')})`,
        });
      }
    };
    lexicon.cues.forEach((cue, i) => check(cue, ['cues', i, 'stance']));
    lexicon.imported_cues.forEach((cue, i) => check(cue, ['imported_cues', i, 'stance']));
  });
export type Lexicon = z.infer<typeof LexiconSchema>;
export type Cue = z.infer<typeof CueSchema>;

export interface CompiledCue extends Cue {
  /** "curated" (written by an analyst, in `cues`), or where an imported cue came from. */
  origin: string;
  /** Place in the compiled lexicon: matches at one token keep this order. */
  ordinal: number;
  compiled: CompiledPattern;
  /** The pattern's most telling slot ("concern" in "of great|grave concern"): a sentence without it holds no match. */
  anchorWords: PatternWord[];
  /** For each slot, how its words begin in any inflection ("giv", "gave"): one must be in a matching sentence. */
  slotBeginnings: string[][];
  /** The lexicon's one-word entries, lowercased; its entries of several words ("the door") are `…Phrases`. */
  notFollowedBy: Set<string>;
  notPrecededBy: Set<string>;
  notFollowedByPhrases: string[][];
  notPrecededByPhrases: string[][];
}

export interface CompiledGrammar {
  negators: CompiledPattern[];
  appeals: CompiledPattern[];
  demandModals: CompiledPattern[];
  conditionals: Set<string>;
  intentMarkers: CompiledPattern[];
  copulas: Set<string>;
  reportingVerbs: CompiledPattern[];
  embeddingPrepositions: Set<string>;
  locationPrepositions: Set<string>;
  passiveAuxiliaries: Set<string>;
  infinitiveGovernors: Set<string> | null;
}

export interface CompiledLexicon {
  stances: Lexicon['stances'];
  cues: CompiledCue[];
  /** Cues by the lower forms, stems and irregular forms of their anchor words. */
  anchorIndex: Map<string, CompiledCue[]>;
  /** Cues by the keys their first word is looked up by in a sentence (see `firstSlotKeys`); none opening with a gap. */
  firstWordIndex: Map<string, CompiledCue[]>;
  /** How an anchor word begins, in any inflection: a sentence with none of them is not looked at. */
  cueOpenings: Openings;
  grammar: CompiledGrammar;
}

const lower = (words: string[]) => new Set(words.map((w) => w.toLowerCase()));
const oneWord = (entries: string[] = []) => entries.filter((e) => !/\s/.test(e));
/** Entries of several words, as lowercase words: "the door" → ["the", "door"]. */
const phrases = (entries: string[] = []) => entries.filter((e) => /\s/.test(e)).map((e) => e.toLowerCase().split(/\s+/));

function indexCues(cues: CompiledCue[], keysOf: (cue: CompiledCue) => string[]): Map<string, CompiledCue[]> {
  const index = new Map<string, CompiledCue[]>();
  for (const cue of cues) {
    for (const key of new Set(keysOf(cue))) index.set(key, [...(index.get(key) ?? []), cue]);
  }
  return index;
}

/** Words in nearly every sentence, and verbs in most: a slot holding one of them is a poor anchor. */
const FUNCTION_WORDS = new Set([
  'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'about', 'over', 'against', 'behind', 'as', 'into', 'upon',
  'out', 'off', 'up', 'not', 'never', "n't", 'no', 'the', 'a', 'an', 'and', 'be', 'is', 'are', 'our', 'its', 'my',
  'that', 'this', 'which', 'who',
]);
const LIGHT_VERBS = new Set([
  'give', 'take', 'make', 'have', 'hold', 'put', 'call', 'come', 'go', 'get', 'set', 'show', 'keep', 'stand', 'open',
  'note', 'view', 'follow', 'watch', 'see', 'learn', 'place', 'send', 'supply', 'regard', 'launch', 'hit', 'pay',
]);
const slotScore = (words: readonly PatternWord[]) =>
  Math.min(...words.map((w) => (FUNCTION_WORDS.has(w.lower) ? 0 : LIGHT_VERBS.has(w.lower) ? 1 : w.lower.length)));

/** The beginnings of the words of every slot of a phrase, in any inflection; none for a one-slot pattern. */
function slotBeginnings(pattern: CompiledPattern): string[][] {
  const slots = pattern.slots.flatMap((slot) => (slot.gap ? [] : [slot.words]));
  return slots.length < 2 ? [] : slots.map((words) => words.flatMap((w) => [inflectionBase(w.lower), ...w.irregular]));
}

/** The slot whose most common-looking word says the most ("aid|grant" in "give ... aid|grant"); the first on a tie. */
function anchorOf(pattern: CompiledPattern): PatternWord[] {
  let best: readonly PatternWord[] = [];
  let bestScore = -1;
  for (const slot of pattern.slots) {
    if (slot.gap) continue;
    const score = slotScore(slot.words);
    if (score > bestScore) [best, bestScore] = [slot.words, score];
  }
  return [...best];
}

const cueKey = (cue: Cue) => `${cue.form} ${cue.pattern.trim().toLowerCase().replace(/\s+/g, ' ')}`;

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const g = lexicon.grammar;
  const curatedKeys = new Set(lexicon.cues.map(cueKey));
  const imported = (lexicon.imported_cues ?? []).filter((cue) => !curatedKeys.has(cueKey(cue)));
  const all = [...lexicon.cues.map((cue) => ({ cue, origin: 'curated' })), ...imported.map((cue) => ({ cue, origin: cue.origin }))];
  const cues = all.map(({ cue, origin }, ordinal) => {
    const compiled = compilePattern(cue.pattern);
    return {
      ...cue,
      origin,
      ordinal,
      compiled,
      anchorWords: anchorOf(compiled),
      slotBeginnings: slotBeginnings(compiled),
      notFollowedBy: lower(oneWord(cue.not_followed_by)),
      notPrecededBy: lower(oneWord(cue.not_preceded_by)),
      notFollowedByPhrases: phrases(cue.not_followed_by),
      notPrecededByPhrases: phrases(cue.not_preceded_by),
    };
  });
  const anchorIndex = indexCues(cues, (cue) => cue.anchorWords.flatMap((w) => [w.lower, w.stem, ...w.irregular]));
  return {
    stances: lexicon.stances,
    cues,
    anchorIndex,
    firstWordIndex: indexCues(cues, (cue) => firstSlotKeys(cue.compiled)),
    cueOpenings: buildOpenings(cues.flatMap((cue) => cue.anchorWords.flatMap((w) => [inflectionBase(w.lower), ...w.irregular]))),
    grammar: {
      negators: g.negators.map(compilePattern),
      appeals: g.appeals.map(compilePattern),
      demandModals: g.demand_modals.map(compilePattern),
      conditionals: lower(g.conditionals),
      intentMarkers: g.intent_markers.map(compilePattern),
      copulas: lower(g.copulas),
      reportingVerbs: g.reporting_verbs.map(compilePattern),
      embeddingPrepositions: lower(g.embedding_prepositions),
      locationPrepositions: lower(g.location_prepositions),
      passiveAuxiliaries: lower(g.passive_auxiliaries),
      infinitiveGovernors: g.infinitive_governors ? lower(g.infinitive_governors) : null,
    },
  };
}

export const DEFAULT_LEXICON_PATH = new URL('./lexicon.json', import.meta.url);

/** The shipped lexicon, validated and compiled. */
export function loadDefaultLexicon(): CompiledLexicon {
  return compileLexicon(LexiconSchema.parse(JSON.parse(readFileSync(DEFAULT_LEXICON_PATH, 'utf8'))));
}
