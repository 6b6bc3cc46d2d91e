// The records that flow between stages. This module is the only contract between them:
// a stage imports nothing from another stage's folder, only these schemas and types.
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'an ISO date such as 2025-02-24');

/** One input document, as the readers hand it to `split`. */
export const DocumentSchema = z.object({
  id: z.string().min(1),
  text: z.string(),
  date: isoDate.nullish(),
  title: z.string().nullish(),
  source: z.string().nullish(),
  url: z.string().nullish(),
  /** The author of a speech or statement: first-person stances outside quotes belong to it. */
  speaker: z.string().nullish(),
});
export type Document = z.infer<typeof DocumentSchema>;

/** `split` output: one sentence; `start`/`end` are offsets into the document text. */
export const SentenceSchema = z.object({
  doc_id: z.string(),
  doc_date: isoDate.nullable(),
  speaker: z.string().nullable(),
  index: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Sentence = z.infer<typeof SentenceSchema>;

export const ACTOR_KINDS = ['state', 'person', 'organisation', 'group', 'agent'] as const;
export const ActorKindSchema = z.enum(ACTOR_KINDS);
export type ActorKind = z.infer<typeof ActorKindSchema>;

/** How a mention was tied to its actor. */
export const RESOLUTIONS = [
  'alias', // a name or alias of the actor ("Türkiye", "Ankara", "Erdoğan")
  'title', // a name preceded by a title that fixes the role ("Foreign Minister Hakan Fidan")
  'demonym', // an adjective of nationality ("his Russian counterpart")
  'agent', // nationality + agent noun ("U.S. officials", "Russian army")
  'modifier', // a hyphenated modifier ("U.S.-backed", "Western-led")
  'descriptor', // a definite description of an earlier actor ("the Russian diplomat")
  'pronoun', // he/she/they resolved to an earlier actor
  'quote-speaker', // first person inside a quotation → who is quoted
  'document-speaker', // first person outside quotations → the document's speaker
  'body', // an unlisted body named by its head noun ("the Open Working Group", "the Committee on Development Policy")
  'venue', // a capital as a place ("talks in Doha") or in an event's name ("the Paris Agreement"): never a source or target
] as const;
export const ResolutionSchema = z.enum(RESOLUTIONS);
export type Resolution = z.infer<typeof ResolutionSchema>;

/** Who an actor is, as reports show it. `country` is ISO 3166-1 alpha-3 or null. */
export const ActorRefSchema = z.object({
  id: z.string(),
  name: z.string(),
  country: z.string().nullable(),
  role: z.string().nullable(),
});
export type ActorRef = z.infer<typeof ActorRefSchema>;

/** `tag` output: one actor mention; `start`/`end` are offsets into the sentence text. */
export const MentionSchema = ActorRefSchema.extend({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  kind: ActorKindSchema,
  resolution: ResolutionSchema,
});
export type Mention = z.infer<typeof MentionSchema>;

/** A quotation inside a sentence (offsets into the sentence, marks included) and who says it. */
export const QuoteSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  speaker: ActorRefSchema.nullable(),
});
export type Quote = z.infer<typeof QuoteSchema>;

export const TaggedSentenceSchema = SentenceSchema.extend({
  mentions: z.array(MentionSchema),
  quotes: z.array(QuoteSchema),
  /** The document's speaker as an actor, when it names one: whose judgement an impersonal one is. */
  speaker_actor: ActorRefSchema.nullish(),
});
export type TaggedSentence = z.infer<typeof TaggedSentenceSchema>;

/** How the source of a stance was found. */
export const ATTRIBUTIONS = [
  'subject',
  'passive',
  'quote-speaker',
  'reporting-speaker',
  'pronoun',
  'document-speaker',
  'modifier',
  'possessive',
] as const;
export const AttributionSchema = z.enum(ATTRIBUTIONS);
export type Attribution = z.infer<typeof AttributionSchema>;

/** `classify` output: one actor taking one stance toward one target in one sentence. */
export const StanceRecordSchema = z.object({
  doc_id: z.string(),
  doc_date: isoDate.nullable(),
  sentence_index: z.number().int().nonnegative(),
  sentence: z.string(),
  source: ActorRefSchema,
  /** A stance category of the lexicon in force: support, condemn, offer by default. */
  stance: z.string().min(1),
  target: ActorRefSchema.nullable(),
  cue: z.string(),
  negated: z.boolean(),
  quoted: z.boolean(),
  attribution: AttributionSchema,
  confidence: z.number().min(0).max(1),
  cameo: z.string().nullable(),
});
export type StanceRecord = z.infer<typeof StanceRecordSchema>;

/** What is wrong with an input error, as a stable code: programs match the code, people read the reason. */
export const INPUT_ERROR_CODES = [
  'UNSUPPORTED_FILE_TYPE',
  'UNREADABLE_FILE',
  'DANGLING_LINK',
  'NOT_A_REGULAR_FILE',
  'FILE_TOO_LARGE',
  'DOCUMENT_TOO_LARGE',
  'BINARY_DATA',
  'INVALID_UTF8',
  'INVALID_JSON',
  'INVALID_FIELD',
  'MISSING_ID',
  'INVALID_ID',
  'DUPLICATE_ID',
  'MISSING_TEXT',
  'EMPTY_DOCUMENT',
  'INVALID_DATE',
  'MALFORMED_CSV',
  'NO_TEXT_COLUMN',
] as const;
export const InputErrorCodeSchema = z.enum(INPUT_ERROR_CODES);
export type InputErrorCode = z.infer<typeof InputErrorCodeSchema>;

/** A document or line that could not be processed: reported, never silently dropped. */
export const InputErrorSchema = z.object({
  file: z.string(),
  line: z.number().int().positive().optional(),
  doc_id: z.string().optional(),
  code: InputErrorCodeSchema,
  reason: z.string(),
});
export type InputError = z.infer<typeof InputErrorSchema>;
