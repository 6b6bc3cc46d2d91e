// The tag lexicon's format (data/lexicon.json): one schema; the types are derived from it.
import { z } from 'zod';

const words = z.array(z.string().min(1));
const role = z.string().regex(/^[A-Z]{3}$/, 'a CAMEO role code such as GOV');

/** What a pronoun can stand for: "he", "she", "they", or the speaker ("we", "I"). */
export const PronounClassSchema = z.enum(['masculine', 'feminine', 'plural', 'first']);
export type PronounClass = z.infer<typeof PronounClassSchema>;

export const TagLexiconSchema = z.strictObject({
  note: z.string().optional(),
  /** Titles before a name ("President"), by the role of the office. */
  titles: z.record(role, words),
  /** Nouns for bodies and groups ("government", "rebels"), by role. */
  agents: z.record(role, words),
  /** Agent nouns that denote one person ("minister"). */
  person_agents: words,
  /** Agent nouns that denote one body ("government"), singular yet not a person. */
  collectives: words,
  /** Words between a state and its noun ("senior", "high-ranking"). */
  qualifiers: words,
  /** Second halves of hyphenated modifiers ("U.S.-backed"). */
  modifier_words: words,
  /** Lower-case name parts ("al", "bin", "van"). */
  name_particles: words,
  /** Days, months, "Today": capitalised, yet no part of a name. */
  time_words: words,
  /** Other capitalised words that are no part of a name ("The", "Ministry"). */
  non_names: words,
  /** Nouns after a capital that make it an event's or a document's name ("the Paris Agreement"). */
  venue_nouns: words,
  speech_verbs: words,
  pronouns: z.record(PronounClassSchema, words),
  /** Words of a state's formal name before "of" and its name ("the Republic of Macedonia", "the Kingdom of Swaziland"). */
  state_forms: words,
  /** Phrases that look like actors but are not ("West Bank", "Turkish lira"). */
  blocked: words,
});
export type TagLexicon = z.infer<typeof TagLexiconSchema>;
