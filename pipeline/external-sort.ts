// Stance records in the order of sortStanceRecords, for any number of them: an external merge sort. Records
// are held in memory up to a fixed bound, then sorted and written out as a run (JSON Lines under the output's
// .state/ folder); at the end the runs are merged k ways. Few enough records never touch the disk.
import path from 'node:path';
import { compareStanceKeys, compareText, stanceRecordJson } from '../stages/report/index.ts';
import type { StanceRecord } from '../stages/schemas.ts';
import { LineReader } from './line-reader.ts';
import { MinHeap } from './min-heap.ts';
import { TemporaryFile } from './write/temporary.ts';

/** Records held in memory at most before they are written out as one sorted run (about 1–2 KB each, with its line). */
export const SORT_CHUNK_RECORDS = 20_000;
/** Runs merged at once; more are merged in rounds, so the open files and read buffers stay few. */
export const MERGE_FAN_IN = 64;

/** A record and its line of stances.jsonl, which is also its tie-breaker in the sort order. */
export interface SortedRecord {
  record: StanceRecord;
  json: string;
}

/** sortStanceRecords' order, with the tie-breaker already serialised. */
const compareSorted = (a: SortedRecord, b: SortedRecord) => compareStanceKeys(a.record, b.record) || compareText(a.json, b.json);
const before = (a: SortedRecord, b: SortedRecord) => compareSorted(a, b) < 0;

export class RecordSorter {
  private chunk: SortedRecord[] = [];
  private readonly runs: TemporaryFile[] = [];

  /** Runs are written in `folder`, as `.sort-run.*.tmp` files that a later run would clear if this one were killed. */
  constructor(
    private readonly folder: string,
    private readonly chunkRecords = SORT_CHUNK_RECORDS,
  ) {}

  /** `json` is the record's `stanceRecordJson`, when the caller has it already. */
  add(record: StanceRecord, json = stanceRecordJson(record)): void {
    this.chunk.push({ record, json });
    if (this.chunk.length >= this.chunkRecords) this.spill();
  }

  /** Every record added, in sorted order; the runs are removed once read. */
  async *sorted(): AsyncGenerator<SortedRecord> {
    if (this.runs.length === 0) {
      const sorted = this.chunk.sort(compareSorted);
      this.chunk = [];
      yield* sorted;
      return;
    }
    if (this.chunk.length > 0) this.spill();
    while (this.runs.length > MERGE_FAN_IN) {
      const group = this.runs.splice(0, MERGE_FAN_IN);
      try {
        const merged = this.newRun();
        for await (const r of mergeRuns(group)) merged.write(r.json + '\n');
        merged.close();
      } finally {
        for (const run of group) run.remove();
      }
    }
    const last = this.runs.splice(0);
    try {
      yield* mergeRuns(last);
    } finally {
      for (const run of last) run.remove();
    }
  }

  /** Removes the runs not yet merged: after a failure, or when the sorted records were not all read. */
  dispose(): void {
    for (const run of this.runs.splice(0)) run.remove();
    this.chunk = [];
  }

  private spill(): void {
    const run = this.newRun();
    for (const { json } of this.chunk.sort(compareSorted)) run.write(json + '\n');
    run.close();
    this.chunk = [];
  }

  private newRun(): TemporaryFile {
    const run = new TemporaryFile(path.join(this.folder, 'sort-run'));
    this.runs.push(run);
    return run;
  }
}

interface Head extends SortedRecord {
  reader: LineReader;
}

async function headOf(reader: LineReader): Promise<Head | null> {
  const line = await reader.next();
  return line && { record: JSON.parse(line.text) as StanceRecord, json: line.text, reader };
}

/** The k-way merge of sorted runs, through a min-heap of each run's next record. */
async function* mergeRuns(runs: readonly TemporaryFile[]): AsyncGenerator<SortedRecord> {
  const readers = await Promise.all(runs.map((run) => LineReader.open(run.path)));
  try {
    const heap = new MinHeap<Head>(before);
    for (const reader of readers) {
      const head = await headOf(reader);
      if (head) heap.push(head);
    }
    for (let top = heap.peek(); top; top = heap.peek()) {
      yield { record: top.record, json: top.json };
      heap.replaceTop(await headOf(top.reader));
    }
  } finally {
    await Promise.all(readers.map((r) => r.close()));
  }
}
