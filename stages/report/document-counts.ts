// One document's counts behind documents.csv and report.json's `documents`, from its stats and records in any
// order. A document's counts can be written as one JSON line and read back, and two parts of one document's
// counts combine into its whole: a run with more documents than memory should hold keeps them in sorted runs
// on disk (pipeline/document-runs.ts) and combines them as it reads them back.
import type { StanceRecord } from '../schemas.ts';
import { compareStanceKeys, compareText } from '../records.ts';
import type { DocumentStat, DocumentSummary } from './report-schema.ts';
import { Tally } from './tally.ts';

/**
 * A document's date when its stats give none, from the earliest of its dated records. Within one document
 * the sort keys decide, and on equal keys the serialised record differs first at its date (doc_date follows
 * doc_id), so the keys and the date are all this keeps, not the record.
 */
class EarliestDate {
  private constructor(
    public date: string,
    private keys: StanceRecord,
  ) {}

  static of(date: string, record: StanceRecord): EarliestDate {
    return new EarliestDate(date, keysOf(record.doc_id, record.sentence_index, record.source.id, record.stance, record.target?.id ?? null, record.cue));
  }

  offer(other: EarliestDate): void {
    const order = compareStanceKeys(other.keys, this.keys) || compareText(JSON.stringify(other.date), JSON.stringify(this.date));
    if (order < 0) {
      this.date = other.date;
      this.keys = other.keys;
    }
  }

  copy(): EarliestDate {
    return new EarliestDate(this.date, this.keys);
  }

  toJSON(): [string, number, string, string, string | null, string] {
    const k = this.keys;
    return [this.date, k.sentence_index, k.source.id, k.stance, k.target?.id ?? null, k.cue];
  }

  static fromJSON(docId: string, [date, sentenceIndex, sourceId, stance, targetId, cue]: ReturnType<EarliestDate['toJSON']>): EarliestDate {
    return new EarliestDate(date, keysOf(docId, sentenceIndex, sourceId, stance, targetId, cue));
  }
}

/** A record with only the fields compareStanceKeys reads. */
function keysOf(docId: string, sentenceIndex: number, sourceId: string, stance: string, targetId: string | null, cue: string): StanceRecord {
  const actor = (id: string) => ({ id, name: '', country: null, role: null });
  return {
    doc_id: docId, doc_date: null, sentence_index: sentenceIndex, sentence: '', source: actor(sourceId), stance,
    target: targetId === null ? null : actor(targetId), cue, negated: false, quoted: false, attribution: 'subject', confidence: 0, cameo: null,
  };
}

/** The line a document's counts are written as (see `DocumentCounts.toJSON`). */
type DocumentLine = [string, 0 | 1, string | null, number, number, [string, number][], ReturnType<EarliestDate['toJSON']> | null];

export class DocumentCounts {
  /** The first non-null date of its stats, in the order they came. */
  private statDate: string | null = null;
  private recordDate: EarliestDate | null = null;
  /** Rows made by records alone take no input errors: only documents that were read do. */
  private read = false;
  private sentences = 0;
  private negated = 0;
  private readonly tally = new Tally();

  constructor(readonly doc_id: string) {}

  /** A stat of the document as read; the same id twice adds up its sentences. */
  addStat(stat: DocumentStat): void {
    this.read = true;
    this.statDate ??= stat.doc_date;
    this.sentences += stat.sentences;
  }

  addRecord(r: StanceRecord): void {
    // Only a document without a dated stat takes its date from its records (a stat's date, once set, stays).
    if (r.doc_date !== null && this.statDate === null) this.offerDate(EarliestDate.of(r.doc_date, r));
    if (r.negated) this.negated += 1;
    else this.tally.bump(r.stance);
  }

  /** Takes in the counts of a later part of the same document: the result is as if all had come to this one. */
  combine(later: DocumentCounts): void {
    this.read ||= later.read;
    this.statDate ??= later.statDate;
    if (later.recordDate) this.offerDate(later.recordDate.copy());
    this.sentences += later.sentences;
    this.negated += later.negated;
    this.tally.add(later.tally);
  }

  summary(stances: readonly string[], errorsOf: ReadonlyMap<string, number>): DocumentSummary {
    return {
      doc_id: this.doc_id,
      doc_date: this.statDate ?? this.recordDate?.date ?? null,
      sentences: this.sentences,
      records: this.tally.total,
      negated: this.negated,
      errors: this.read ? (errorsOf.get(this.doc_id) ?? 0) : 0,
      by_stance: this.tally.byStance(stances),
    };
  }

  toJSON(): DocumentLine {
    return [this.doc_id, this.read ? 1 : 0, this.statDate, this.sentences, this.negated, [...this.tally.entries()], this.recordDate?.toJSON() ?? null];
  }

  static fromJSON(line: DocumentLine): DocumentCounts {
    const [docId, read, statDate, sentences, negated, counts, recordDate] = line;
    const d = new DocumentCounts(docId);
    d.read = read === 1;
    d.statDate = statDate;
    d.sentences = sentences;
    d.negated = negated;
    for (const [stance, n] of counts) d.tally.bump(stance, n);
    d.recordDate = recordDate && EarliestDate.fromJSON(docId, recordDate);
    return d;
  }

  private offerDate(date: EarliestDate): void {
    if (this.recordDate) this.recordDate.offer(date);
    else this.recordDate = date;
  }
}

/** Where a run keeps its documents' counts: in memory, or (pipeline/document-runs.ts) partly on disk. */
export interface DocumentTable {
  /** The counts of one document, to add to; made on first use. */
  get(docId: string): DocumentCounts;
  /** Every document's whole counts, sorted by id; each call reads them again from the start. */
  sorted(): Iterable<DocumentCounts>;
}

export const compareDocuments = (a: DocumentCounts, b: DocumentCounts): number => compareText(a.doc_id, b.doc_id);

/** All of a run's documents in one map. */
export class MemoryDocumentTable implements DocumentTable {
  private readonly documents = new Map<string, DocumentCounts>();

  get(docId: string): DocumentCounts {
    let d = this.documents.get(docId);
    if (!d) this.documents.set(docId, (d = new DocumentCounts(docId)));
    return d;
  }

  sorted(): Iterable<DocumentCounts> {
    return [...this.documents.values()].sort(compareDocuments);
  }
}
