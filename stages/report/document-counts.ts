// One document's counts behind documents.csv and report.json's `documents`, from its stats and records in any
// order. A finished document's counts are written as one JSON line and read back (pipeline/io/final-outputs.ts),
// so a run keeps in memory only the document it is on.
import type { StanceRecord } from '../schemas.ts';
import { compareStanceRecords } from '../records.ts';
import type { DocumentStat, DocumentSummary } from './report-schema.ts';
import { Tally } from './tally.ts';

/** The line a finished document's counts are written as (see `DocumentCounts.toJSON`). */
type DocumentLine = [string, 0 | 1, string | null, number, number, [string, number][], number | null];

export class DocumentCounts {
  /** The first non-null date of its stats, in the order they came. */
  private statDate: string | null = null;
  /** A document's date when its stats give none: that of its first dated record in record order. */
  private datedRecord: StanceRecord | null = null;
  /** Rows made by records alone take no input errors: only documents that were read do. */
  private read = false;
  private inputIndex: number | null = null;
  private sentences = 0;
  private negated = 0;
  private readonly tally = new Tally();

  constructor(readonly doc_id: string) {}

  /** A stat of the document as read; the same id twice adds up its sentences. */
  addStat(stat: DocumentStat): void {
    this.read = true;
    this.statDate ??= stat.doc_date;
    this.inputIndex ??= stat.input_index ?? null;
    this.sentences += stat.sentences;
  }

  addRecord(r: StanceRecord): void {
    if (r.doc_date !== null && (this.datedRecord === null || compareStanceRecords(r, this.datedRecord) < 0)) this.datedRecord = r;
    if (r.negated) this.negated += 1;
    else this.tally.bump(r.stance);
  }

  summary(stances: readonly string[], errorsOf: ReadonlyMap<string, number>): DocumentSummary {
    return {
      doc_id: this.doc_id,
      doc_date: this.statDate ?? this.datedRecord?.doc_date ?? null,
      sentences: this.sentences,
      records: this.tally.total,
      negated: this.negated,
      errors: this.read ? (errorsOf.get(this.doc_id) ?? 0) : 0,
      by_stance: this.tally.byStance(stances),
      ...(this.inputIndex === null ? {} : { input_index: this.inputIndex }),
    };
  }

  /** A finished document: what its summary needs, its date settled. */
  toJSON(): DocumentLine {
    const date = this.statDate ?? this.datedRecord?.doc_date ?? null;
    return [this.doc_id, this.read ? 1 : 0, date, this.sentences, this.negated, [...this.tally.entries()], this.inputIndex];
  }

  static fromJSON([docId, read, date, sentences, negated, counts, inputIndex]: DocumentLine): DocumentCounts {
    const d = new DocumentCounts(docId);
    d.read = read === 1;
    d.statDate = date;
    d.inputIndex = inputIndex;
    d.sentences = sentences;
    d.negated = negated;
    for (const [stance, n] of counts) d.tally.bump(stance, n);
    return d;
  }
}

/** Where a run keeps its documents' counts: all in memory, or (pipeline/io/final-outputs.ts) on disk. */
export interface DocumentTable {
  /** The counts of one document, to add to; made on first use. */
  get(docId: string): DocumentCounts;
  /** Every document's counts, in the order each was first used; each call reads them again from the start. */
  rows(): Iterable<DocumentCounts>;
}

/** All of a run's documents in one map. */
export class MemoryDocumentTable implements DocumentTable {
  private readonly documents = new Map<string, DocumentCounts>();

  get(docId: string): DocumentCounts {
    let d = this.documents.get(docId);
    if (!d) this.documents.set(docId, (d = new DocumentCounts(docId)));
    return d;
  }

  rows(): Iterable<DocumentCounts> {
    return this.documents.values();
  }
}
