// report.json: its schema is exported so other programs can read the report back with safeParse.
import { z } from 'zod';
import { ActorRefSchema, InputErrorSchema } from '../schemas.ts';

const count = z.number().int().nonnegative();
/** Records per stance category, one key per category of the lexicon in force, in lexicon order. */
const StanceCountsSchema = z.record(z.string(), count);

const StanceTallySchema = z.object({ total: count, by_stance: StanceCountsSchema });

export const ActorSummarySchema = ActorRefSchema.extend({
  as_source: StanceTallySchema,
  as_target: StanceTallySchema,
});
export type ActorSummary = z.infer<typeof ActorSummarySchema>;

export const PairSummarySchema = z.object({
  source: ActorRefSchema,
  /** null: stances without a target ("Türkiye repeated its offer to host peace talks"). */
  target: ActorRefSchema.nullable(),
  total: count,
  by_stance: StanceCountsSchema,
  /** Records in the positive stances minus records in the negative ones (see `net_score`). */
  net: z.number().int(),
});
export type PairSummary = z.infer<typeof PairSummarySchema>;

export const DocumentSummarySchema = z.object({
  doc_id: z.string(),
  doc_date: z.string().nullable(),
  sentences: count,
  /** Stance records counted from the records themselves, negated ones left out. */
  records: count,
  negated: count,
  errors: count,
  by_stance: StanceCountsSchema,
  /** Only in a `--shard` run: the document's place in the whole input, every shard's documents counted, for `merge`. */
  input_index: count.optional(),
});
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;

export const DateSummarySchema = z.object({ date: z.string(), total: count, by_stance: StanceCountsSchema });
export type DateSummary = z.infer<typeof DateSummarySchema>;

/** Everything that varies between two runs over the same input; the rest of the report does not. */
export const RunInfoSchema = z.looseObject({
  started_at: z.string(),
  finished_at: z.string(),
  duration_ms: z.number().nonnegative(),
  documents_processed: count,
  documents_reused: count,
});
export type RunInfo = z.infer<typeof RunInfoSchema>;

export const ReportSchema = z.object({
  /** Stance categories of the lexicon in force, then any other category found in the records. */
  stances: z.array(z.string()),
  net_score: z.object({ positive: z.array(z.string()), negative: z.array(z.string()) }),
  totals: z.object({
    documents: count,
    sentences: count,
    /** Stance records counted: negated records are written to the stances files but never counted. */
    records: count,
    negated: count,
    errors: count,
    by_stance: StanceCountsSchema,
  }),
  /** Most records (as source plus as target) first, then by id. */
  actors: z.array(ActorSummarySchema),
  /** Most records first, then by source id and target id. */
  pairs: z.array(PairSummarySchema),
  /** In input order. */
  documents: z.array(DocumentSummarySchema),
  /** Records per document date (YYYY-MM-DD), by date; undated documents are left out. */
  timeline: z.array(DateSummarySchema),
  errors: z.array(InputErrorSchema),
  run: RunInfoSchema,
});
export type Report = z.infer<typeof ReportSchema>;
/** A report whose documents are read as they are written, not held: each pass over them reads them again. */
export type StreamedReport = Omit<Report, 'documents'> & { documents: Iterable<DocumentSummary> };

/** What the report needs to know of a document besides its records; its errors come from the input errors. */
export interface DocumentStat {
  doc_id: string;
  doc_date: string | null;
  sentences: number;
  /** Its place in the whole input, in a `--shard` run only. */
  input_index?: number;
}
