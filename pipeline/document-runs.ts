// The documents' counts of a run, for any number of documents: held in memory up to a fixed bound, then
// sorted by id and written out as a run (JSON Lines under the output's .state/ folder). Each pass over them
// merges the runs k ways with what memory holds, combining the parts of a document that came in different
// runs (a document's stats and its records can be far apart, as in `report` and `merge`). Few enough
// documents never touch the disk. Passes read synchronously: the report's writers pull rows one at a time.
import { closeSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { compareDocuments, DocumentCounts, type DocumentTable } from '../stages/report/index.ts';
import { MERGE_FAN_IN } from './external-sort.ts';
import { MinHeap } from './min-heap.ts';
import { TemporaryFile } from './write/temporary.ts';

/** Documents held in memory at most before they are written out as one sorted run (a few hundred bytes each). */
export const DOCUMENT_CHUNK = 50_000;

export class DocumentRuns implements DocumentTable {
  private documents = new Map<string, DocumentCounts>();
  /** Oldest first: a document's parts combine in the order they came. */
  private readonly runs: TemporaryFile[] = [];

  /** Runs are written in `folder`, as `.document-run.*.tmp` files that a later run would clear if this one were killed. */
  constructor(
    private readonly folder: string,
    private readonly chunk = DOCUMENT_CHUNK,
  ) {}

  get(docId: string): DocumentCounts {
    let d = this.documents.get(docId);
    if (!d) {
      if (this.documents.size >= this.chunk) this.spill();
      this.documents.set(docId, (d = new DocumentCounts(docId)));
    }
    return d;
  }

  *sorted(): Generator<DocumentCounts> {
    const inMemory = [...this.documents.values()].sort(compareDocuments);
    if (this.runs.length === 0) return yield* inMemory;
    // Merged in rounds, so the open files stay few: consecutive groups, so the runs keep their order in age.
    while (this.runs.length > MERGE_FAN_IN) {
      const older = this.runs.splice(0);
      try {
        for (let i = 0; i < older.length; i += MERGE_FAN_IN) {
          this.writeRun(mergeSources(older.slice(i, i + MERGE_FAN_IN).map((run) => () => runSource(run))));
        }
      } finally {
        for (const run of older) run.remove();
      }
    }
    yield* mergeSources([...this.runs.map((run) => () => runSource(run)), () => memorySource(inMemory)]);
  }

  /** Removes the runs: call it when the run ends, however it ends. */
  dispose(): void {
    for (const run of this.runs.splice(0)) run.remove();
    this.documents = new Map();
  }

  private spill(): void {
    this.writeRun([...this.documents.values()].sort(compareDocuments));
    this.documents = new Map();
  }

  /** Sorted documents as a new run, the newest; registered before it is written, so a failure removes it too. */
  private writeRun(documents: Iterable<DocumentCounts>): void {
    const run = new TemporaryFile(path.join(this.folder, 'document-run'));
    this.runs.push(run);
    for (const d of documents) run.write(JSON.stringify(d) + '\n');
    run.close();
  }
}

/** One sorted source of a merge: a run on disk or what memory holds. */
interface Source {
  next(): DocumentCounts | null;
  close(): void;
}

function memorySource(documents: DocumentCounts[]): Source {
  let i = 0;
  return { next: () => documents[i++] ?? null, close: () => {} };
}

const READ_BYTES = 1 << 16;

/** A run's documents, read a line at a time. */
function runSource(run: TemporaryFile): Source {
  const fd = openSync(run.path, 'r');
  const decoder = new StringDecoder('utf8');
  const buffer = Buffer.alloc(READ_BYTES);
  let text = '';
  let at = 0;
  let ended = false;
  return {
    next() {
      let lf = text.indexOf('\n', at);
      while (lf < 0 && !ended) {
        const n = readSync(fd, buffer, 0, READ_BYTES, null);
        if (n === 0) ended = true;
        text = text.slice(at) + (n === 0 ? decoder.end() : decoder.write(buffer.subarray(0, n)));
        at = 0;
        lf = text.indexOf('\n');
      }
      if (lf < 0) return null;
      const line = text.slice(at, lf);
      at = lf + 1;
      return DocumentCounts.fromJSON(JSON.parse(line));
    },
    close: () => closeSync(fd),
  };
}

interface Head {
  d: DocumentCounts;
  /** The source's place in age: on equal ids, the older part comes first. */
  age: number;
  source: Source;
}

const before = (a: Head, b: Head) => (compareDocuments(a.d, b.d) || a.age - b.age) < 0;

/**
 * The k-way merge of sorted sources (opened here, and closed however the merge ends), a document's parts
 * combined into its oldest. What memory holds is the newest source, so its objects are only ever combined into
 * parts read from runs, never changed: the next pass reads them as they were.
 */
function* mergeSources(openers: (() => Source)[]): Generator<DocumentCounts> {
  const sources: Source[] = [];
  try {
    const heap = new MinHeap<Head>(before);
    for (const [age, open] of openers.entries()) {
      const source = open();
      sources.push(source);
      const d = source.next();
      if (d) heap.push({ d, age, source });
    }
    const advance = (top: Head) => {
      const next = top.source.next();
      heap.replaceTop(next && { d: next, age: top.age, source: top.source });
    };
    for (let top = heap.peek(); top; top = heap.peek()) {
      const whole = top.d;
      advance(top);
      for (let part = heap.peek(); part && part.d.doc_id === whole.doc_id; part = heap.peek()) {
        whole.combine(part.d);
        advance(part);
      }
      yield whole;
    }
  } finally {
    for (const source of sources) source.close();
  }
}
