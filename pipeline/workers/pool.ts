// Runs documents on a pool of worker threads (--jobs N at most); `map` hands their results on in input order.
// Documents go out in batches and come back one message a batch, matched by id, not by order.
import { Worker } from 'node:worker_threads';
import type { Document } from '../../stages/schemas.ts';
import type { Resources } from '../config/resources.ts';
import { ExitCode, UserError } from '../errors.ts';
import { processDocument, type DocumentResult } from './process-document.ts';

/** Each worker's V8 heap: bounded so a busy worker stays small, yet fits a document of the default size limit. */
const WORKER_HEAP = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 24 };

/** The built worker, also when this file runs from source (the build keeps `import.meta.url` pointing here). */
const WORKER_FILE = new URL('../../dist/worker.mjs', import.meta.url);

// A batch goes when it holds this many documents or this much text, or when the event loop turns; it comes back
// whole, so a document that would take it past the text limit goes in the next one.
const BATCH_DOCS = 32;
const BATCH_CHARS = 32 * 1024;
/** Documents in the pool a worker: a few whatever their size, up to two batches while they are small. */
const MIN_DOCS_PER_WORKER = 4;
const MAX_DOCS_PER_WORKER = 2 * BATCH_DOCS;
const MAX_CHARS_PER_WORKER = 2 * BATCH_CHARS;

/** A document for `map`, with its result when that is known already. */
export interface PoolInput {
  doc: Document;
  result?: DocumentResult;
}

/** What a worker is sent, and sends back: one entry a document. */
export type BatchMessage = { id: number; doc: Document }[];
export type ResultMessage = ({ id: number; result: DocumentResult } | { id: number; error: string })[];

interface Settle {
  resolve: (r: DocumentResult) => void;
  reject: (e: Error) => void;
}

export class DocumentPool {
  private workers: Worker[] = [];
  private load: number[] = [];
  private pending = new Map<number, Settle & { chars: number }>();
  /** Characters of text in `pending`. */
  private pendingChars = 0;
  private nextId = 0;
  /** Documents not yet sent: the next batch. */
  private batch: BatchMessage = [];
  private batchChars = 0;
  private flushQueued = false;
  /** The first document, until a second one shows that workers are worth starting. */
  private held: (Settle & { doc: Document }) | null = null;
  /** Set when a worker dies: the run cannot be trusted to finish, so every later document fails too. */
  private failure: Error | null = null;
  /** Wakes `map` when a worker's message has settled documents: a slot may have freed. */
  private wake: (() => void) | null = null;

  constructor(
    private readonly jobs: number,
    private readonly resources: Resources,
    private readonly keepStages: boolean,
  ) {}

  /** Each input's result, in input order, few in flight; one that comes with its result keeps its place unprocessed. */
  async *map<T extends PoolInput>(inputs: AsyncIterable<T>, whenInputEnds?: () => void): AsyncGenerator<{ input: T; result: DocumentResult }> {
    const queue: { input: T; result: Promise<DocumentResult>; done: boolean }[] = [];
    const source = inputs[Symbol.asyncIterator]();
    let ended = false;
    // One document at a time on the main thread; with workers, as many as keep them busy, waiting results included.
    const room = () => !ended && (this.jobs > 1 ? !this.full(queue.length - this.pending.size) : queue.length === 0);
    try {
      for (;;) {
        while (room()) {
          const next = await source.next();
          if (next.done) {
            ended = true;
            this.drain();
            if (this.pending.size > 0) whenInputEnds?.();
          } else {
            const known = next.value.result;
            const entry = { input: next.value, result: known ? Promise.resolve(known) : this.process(next.value.doc), done: !!known };
            entry.result.then(() => (entry.done = true), () => (entry.done = true)); // observed when its turn comes
            queue.push(entry);
          }
        }
        const head = queue[0];
        if (!head) return;
        // While the first waits, documents done after it free room for more input.
        if (!head.done && !ended) {
          // A first document held for a second one to process that has not come (the others were known) runs now.
          if (this.held) this.drain();
          await Promise.race([head.result.catch(() => {}), new Promise<void>((resolve) => (this.wake = resolve))]);
          this.wake = null;
          continue;
        }
        queue.shift();
        yield { input: head.input, result: await head.result };
      }
    } finally {
      await source.return?.();
    }
  }

  process(doc: Document): Promise<DocumentResult> {
    if (this.jobs <= 1) return Promise.resolve(this.inline(doc));
    if (this.failure) return Promise.reject(this.failure);
    if (this.workers.length === 0) {
      if (!this.held) return new Promise((resolve, reject) => (this.held = { doc, resolve, reject }));
      this.addWorker();
      const held = this.held;
      this.held = null;
      this.dispatch(held.doc).then(held.resolve, held.reject);
    }
    return this.dispatch(doc);
  }

  /** The input has ended: a document still held is the only one, and runs on the main thread; a batch goes now. */
  drain(): void {
    this.flush();
    const held = this.held;
    this.held = null;
    if (!held) return;
    try {
      held.resolve(this.inline(held.doc));
    } catch (error) {
      held.reject(error as Error);
    }
  }

  // Records copied, as a worker's message copies them, so their sentences (slices of the text) do not pin the text.
  private inline(doc: Document): DocumentResult {
    const result = processDocument(doc, this.resources, this.keepStages);
    return { ...result, records: structuredClone(result.records) };
  }

  private dispatch(doc: Document): Promise<DocumentResult> {
    const id = this.nextId++;
    const chars = doc.text.length;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, chars });
      this.pendingChars += chars;
      if (this.batchChars + chars > BATCH_CHARS) this.flush();
      this.batch.push({ id, doc });
      this.batchChars += chars;
      if (this.batch.length >= BATCH_DOCS || this.batchChars >= BATCH_CHARS) this.flush();
      else if (!this.flushQueued) {
        // A batch that does not fill goes once the caller waits (for input or for results).
        this.flushQueued = true;
        setImmediate(() => {
          this.flushQueued = false;
          this.flush();
        });
      }
    });
  }

  /** Sends the batch to an idle worker (started now if none is idle and --jobs allows), else the least loaded. */
  private flush(): void {
    if (this.batch.length === 0 || this.failure || this.workers.length === 0) return;
    if (this.workers.length < this.jobs && !this.load.includes(0)) this.addWorker();
    const worker = this.load.indexOf(Math.min(...this.load));
    this.load[worker]! += this.batch.length;
    this.workers[worker]!.postMessage(this.batch);
    this.batch = [];
    this.batchChars = 0;
  }

  /** One more worker. They start as batches find every other one busy: never more than batches, so than documents. */
  private addWorker(): void {
    const workerData = { files: this.resources.files, keepStages: this.keepStages };
    const worker = new Worker(WORKER_FILE, { workerData, resourceLimits: WORKER_HEAP });
    const index = this.workers.length;
    worker.on('message', (results: ResultMessage) => {
      for (const r of results) {
        const p = this.pending.get(r.id);
        if (!p) continue;
        this.pending.delete(r.id);
        this.pendingChars -= p.chars;
        this.load[index]!--;
        if ('error' in r) p.reject(new Error(r.error));
        else p.resolve(r.result);
      }
      this.wake?.();
    });
    worker.on('error', (error) =>
      this.fail(
        (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new UserError(`a worker ran out of its ${WORKER_HEAP.maxOldGenerationSizeMb} MB heap; lower --max-document-bytes or run with --jobs 1`, ExitCode.failure)
          : error,
      ),
    );
    worker.on('exit', (code) => {
      if (code !== 0 && !this.failure) this.fail(new Error(`a worker thread exited with code ${code}`));
    });
    this.workers.push(worker);
    this.load.push(0);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const p of this.pending.values()) p.reject(this.failure);
    this.pending.clear();
    this.pendingChars = 0;
    this.batch = [];
    this.batchChars = 0;
  }

  get workerCount(): number {
    return this.workers.length;
  }

  /** Whether to wait for results before sending more; `held` counts results kept waiting for an earlier document. */
  full(held = 0): boolean {
    const docs = this.pending.size + held;
    if (docs < this.jobs * MIN_DOCS_PER_WORKER) return false;
    return docs >= this.jobs * MAX_DOCS_PER_WORKER || this.pendingChars >= this.jobs * MAX_CHARS_PER_WORKER;
  }

  async close(): Promise<void> {
    this.fail(new Error('the worker pool is closed'));
    this.held?.reject(this.failure!);
    this.held = null;
    const workers = this.workers;
    this.workers = [];
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
