// Sorting more than memory holds: items are held up to a fixed bound, then sorted and written out as a spill
// file (JSON Lines under the output's .state/ folder); a pass merges the spill files with what memory holds.
// Few enough items never touch the disk. Two uses: the stance records, and the documents' counts.
import path from 'node:path';
import { compareDocuments, DocumentCounts, type DocumentTable } from '../../stages/report/index.ts';
import { compareStanceKeys, compareText, stanceRecordJson } from '../../stages/records.ts';
import type { StanceRecord } from '../../stages/schemas.ts';
import { lineText, readLinesSync } from '../io/lines.ts';
import { TemporaryFile } from '../io/write/temporary.ts';
import { mergeSorted } from './merge-sorted.ts';

/** Spill files merged at once; more are merged in rounds, so the open files and read buffers stay few. */
export const MERGE_FAN_IN = 64;

/** Sorted spill files of one kind, oldest first, as `.NAME.*.tmp` files a later run clears if this one is killed. */
class SpillFiles<T> {
  private readonly files: TemporaryFile[] = [];

  constructor(
    private readonly base: string,
    private readonly compare: (a: T, b: T) => number,
    private readonly toLine: (item: T) => string,
    private readonly fromLine: (line: string) => T,
  ) {}

  get count(): number {
    return this.files.length;
  }

  /** Sorted items as a new spill file, the newest; registered before it is written, so a failure removes it too. */
  write(sorted: Iterable<T>): void {
    const file = new TemporaryFile(this.base);
    this.files.push(file);
    for (const item of sorted) file.write(this.toLine(item) + '\n');
    file.close();
  }

  /**
   * Every spill file merged with `memory` (sorted, and the newest), on equal items the older first. Past the
   * fan-in, consecutive groups are merged into one file each first, so the files keep their order in age.
   */
  *merged(memory: Iterable<T>): Generator<T> {
    while (this.files.length > MERGE_FAN_IN) {
      const older = this.files.splice(0);
      try {
        for (let i = 0; i < older.length; i += MERGE_FAN_IN) this.write(mergeSorted(older.slice(i, i + MERGE_FAN_IN).map((f) => this.read(f)), this.compare));
      } finally {
        for (const file of older) file.remove();
      }
    }
    yield* mergeSorted([...this.files.map((f) => this.read(f)), memory[Symbol.iterator]()], this.compare);
  }

  /** Removes the spill files: call it when the run ends, however it ends. */
  dispose(): void {
    for (const file of this.files.splice(0)) file.remove();
  }

  private *read(file: TemporaryFile): Generator<T> {
    for (const line of readLinesSync(file.path)) yield this.fromLine(lineText(line));
  }
}

/** Records held in memory at most before they are spilled (about 1–2 KB each, with its line). */
export const SORT_CHUNK_RECORDS = 20_000;

/** A record and its line of stances.jsonl, which is also its tie-breaker in the sort order. */
export interface SortedRecord {
  record: StanceRecord;
  json: string;
}

/** sortStanceRecords' order, with the tie-breaker already serialised. */
const compareSorted = (a: SortedRecord, b: SortedRecord) => compareStanceKeys(a.record, b.record) || compareText(a.json, b.json);

/** Stance records in the order of sortStanceRecords, for any number of them. */
export class RecordSorter {
  private chunk: SortedRecord[] = [];
  private readonly spills: SpillFiles<SortedRecord>;

  constructor(
    folder: string,
    private readonly chunkRecords = SORT_CHUNK_RECORDS,
  ) {
    this.spills = new SpillFiles(path.join(folder, 'record-spill'), compareSorted, (r) => r.json, (json) => ({ record: JSON.parse(json) as StanceRecord, json }));
  }

  /** `json` is the record's `stanceRecordJson`, when the caller has it already. */
  add(record: StanceRecord, json = stanceRecordJson(record)): void {
    this.chunk.push({ record, json });
    if (this.chunk.length >= this.chunkRecords) this.spill();
  }

  /** Every record added, in sorted order; read once: the spill files are removed as the reading ends. */
  *sorted(): Generator<SortedRecord> {
    const memory = this.chunk.sort(compareSorted);
    this.chunk = [];
    try {
      yield* this.spills.merged(memory);
    } finally {
      this.spills.dispose();
    }
  }

  /** Removes the spill files: call it when the run ends, however it ends. */
  dispose(): void {
    this.spills.dispose();
    this.chunk = [];
  }

  private spill(): void {
    this.spills.write(this.chunk.sort(compareSorted));
    this.chunk = [];
  }
}

/** Documents held in memory at most before they are spilled (a few hundred bytes each). */
export const DOCUMENT_CHUNK = 50_000;

/**
 * The documents' counts of a run, for any number of documents. A document's parts (its stats and its records
 * can come far apart, as in `report` and `merge`) are combined in each pass, into the oldest part: what
 * memory holds is the newest, so its objects are never changed and the next pass reads them as they were.
 * Passes read synchronously: the report's writers pull rows one at a time.
 */
export class DocumentSpill implements DocumentTable {
  private documents = new Map<string, DocumentCounts>();
  private readonly spills: SpillFiles<DocumentCounts>;

  constructor(
    folder: string,
    private readonly chunk = DOCUMENT_CHUNK,
  ) {
    this.spills = new SpillFiles(path.join(folder, 'document-spill'), compareDocuments, (d) => JSON.stringify(d), (line) => DocumentCounts.fromJSON(JSON.parse(line)));
  }

  get(docId: string): DocumentCounts {
    let d = this.documents.get(docId);
    if (!d) {
      if (this.documents.size >= this.chunk) this.spill();
      this.documents.set(docId, (d = new DocumentCounts(docId)));
    }
    return d;
  }

  *sorted(): Generator<DocumentCounts> {
    const memory = [...this.documents.values()].sort(compareDocuments);
    if (this.spills.count === 0) return yield* memory;
    let whole: DocumentCounts | null = null;
    for (const part of this.spills.merged(memory)) {
      if (whole && whole.doc_id === part.doc_id) whole.combine(part);
      else {
        if (whole) yield whole;
        whole = part;
      }
    }
    if (whole) yield whole;
  }

  dispose(): void {
    this.spills.dispose();
    this.documents = new Map();
  }

  private spill(): void {
    this.spills.write([...this.documents.values()].sort(compareDocuments));
    this.documents = new Map();
  }
}
