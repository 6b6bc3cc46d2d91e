// The splitter's word lists: one zod schema, the shipped JSON as default, user files merged on top.
import { z } from 'zod';
import shipped from './abbreviations.json' with { type: 'json' };

const word = z
  .string()
  .trim()
  .min(1, 'an entry cannot be empty')
  .regex(/^\S+$/, 'an entry is one word without spaces');
const oneChar = z.string().length(1, 'one character');

const fields = {
  /** Abbreviated titles that precede a name and never end a sentence ("Dr.", "Gen.", "St."). */
  titles: z.array(word),
  /** Abbreviations that may end a sentence ("Inc.", "a.m.", "U.S."): only before a sentence starter. */
  abbreviations: z.array(word),
  /** Abbreviations that usually close a clause ("a.m.", "etc."): they end a sentence before a capital. */
  finalAbbreviations: z.array(word),
  /** Capitalised words that continue a sentence after a final abbreviation ("9 a.m. Monday", "p.m. GMT"). */
  continuations: z.array(word),
  /** Month abbreviations: never end a sentence before a day ("Jan. 5"). */
  months: z.array(word),
  /** Words abbreviated before a number ("p. 55", "No. 10", "Vol. 3"). */
  numberPrefixes: z.array(word),
  /** Capitalised words that usually open a sentence; after an abbreviation they signal a boundary. */
  sentenceStarters: z.array(word),
  /** Prepositions that open an introductory phrase ("At 5 a.m."), which is not a sentence by itself. */
  introPrepositions: z.array(word),
  /** Characters that always start a new list item, wherever they stand. */
  bullets: z.array(oneChar),
  /** Characters that start a list item only at the start of a line and before a space. */
  lineBullets: z.array(oneChar),
  /** How URLs start; a token with "@" is an e-mail address. Both end sentences like ordinary words. */
  urlPrefixes: z.array(z.string().trim().min(1)),
};

export const SplitRulesSchema = z.strictObject({ $comment: z.string().optional(), ...fields });
export type SplitRules = z.infer<typeof SplitRulesSchema>;

/** A user's file: every list optional, each one extends the shipped list. */
export const SplitRulesExtensionSchema = SplitRulesSchema.partial();
export type SplitRulesExtension = z.infer<typeof SplitRulesExtensionSchema>;

export const defaultSplitRules: SplitRules = SplitRulesSchema.parse(shipped);

type ListKey = keyof typeof fields;
const LIST_KEYS = Object.keys(fields) as ListKey[];

/** Validates a user's rules (throws a ZodError naming the bad entry) and appends them to the defaults. */
export function loadSplitRules(json: unknown): SplitRules {
  const extension = SplitRulesExtensionSchema.parse(json);
  const merged: SplitRules = { ...defaultSplitRules };
  for (const key of LIST_KEYS) {
    const extra = extension[key];
    if (extra) merged[key] = [...new Set([...defaultSplitRules[key], ...extra])];
  }
  return merged;
}
