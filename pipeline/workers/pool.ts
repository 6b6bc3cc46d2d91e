// Runs documents on a pool of worker threads (--jobs N). Workers start with the second document: a
// one-document run never pays for them, and the main thread of a larger run never loads the gazetteer.
// Results are matched to documents by id, never by order.
import { Worker } from 'node:worker_threads';
import type { Document } from '../../stages/schemas.ts';
import type { Resources } from '../config.ts';
import { ExitCode, UserError } from '../errors.ts';
import { processDocument, type DocumentResult } from '../process.ts';

/**
 * Each worker's V8 heap. Left alone, V8 lets a busy heap grow to several times what it holds (about 30 MB
 * here); these bounds keep a worker near 120 MB, and a 5 MB document (the default --max-document-bytes) fits.
 */
const WORKER_HEAP = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 24 };

/** The compiled worker module, when pipeline/launch.mjs built this code into a bundle (a build-time constant). */
declare const STANCE_BUNDLED_WORKER: string | undefined;

// From the sources (tests, tsx), tsx's loader is not inherited by worker threads: each registers it first.
const BOOT = `import { register } from 'tsx/esm/api'; register(); await import(${JSON.stringify(new URL('./worker.ts', import.meta.url).href)});`;

function startWorker(workerData: unknown): Worker {
  const options = { workerData, resourceLimits: WORKER_HEAP };
  return typeof STANCE_BUNDLED_WORKER === 'string'
    ? new Worker(new URL(STANCE_BUNDLED_WORKER), options)
    : new Worker(BOOT, { ...options, eval: true });
}

interface Held {
  doc: Document;
  resolve: (r: DocumentResult) => void;
  reject: (e: Error) => void;
}

interface Pending {
  resolve: (r: DocumentResult) => void;
  reject: (e: Error) => void;
  worker: number;
}

export class DocumentPool {
  private workers: Worker[] = [];
  private load: number[] = [];
  private pending = new Map<number, Pending>();
  private nextId = 0;
  /** The first document, until a second one shows that workers are worth starting. */
  private held: Held | null = null;
  /** Set when a worker dies: the run cannot be trusted to finish, so every later document fails too. */
  private failure: Error | null = null;

  constructor(
    private readonly jobs: number,
    private readonly resources: Resources,
    private readonly keepStages: boolean,
  ) {}

  process(doc: Document): Promise<DocumentResult> {
    if (this.jobs <= 1) return Promise.resolve(this.inline(doc));
    if (this.failure) return Promise.reject(this.failure);
    if (this.workers.length === 0) {
      if (!this.held) return new Promise((resolve, reject) => (this.held = { doc, resolve, reject }));
      this.start();
      const held = this.held;
      this.held = null;
      this.dispatch(held.doc).then(held.resolve, held.reject);
    }
    return this.dispatch(doc);
  }

  /** The input has ended: a document still held is the only one, and runs on the main thread. */
  drain(): void {
    const held = this.held;
    this.held = null;
    if (!held) return;
    try {
      held.resolve(this.inline(held.doc));
    } catch (error) {
      held.reject(error as Error);
    }
  }

  /**
   * A document on the main thread. Records outlive their document, and V8 keeps a whole string alive for each
   * slice of it: a copy of the records (as a worker's message makes) holds their sentences, not the document.
   */
  private inline(doc: Document): DocumentResult {
    const result = processDocument(doc, this.resources, this.keepStages);
    return { ...result, records: structuredClone(result.records) };
  }

  private dispatch(doc: Document): Promise<DocumentResult> {
    if (this.failure) return Promise.reject(this.failure);
    const worker = this.load.indexOf(Math.min(...this.load));
    const id = this.nextId++;
    this.load[worker]!++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, worker });
      this.workers[worker]!.postMessage({ id, doc });
    });
  }

  private start(): void {
    const workerData = { files: this.resources.files, keepStages: this.keepStages };
    for (let i = 0; i < this.jobs; i++) {
      const worker = startWorker(workerData);
      worker.on('message', (m: { id: number; result?: DocumentResult; error?: string }) => {
        const p = this.pending.get(m.id);
        if (!p) return;
        this.pending.delete(m.id);
        this.load[p.worker]!--;
        if (m.error !== undefined) p.reject(new Error(m.error));
        else p.resolve(m.result!);
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
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const p of this.pending.values()) p.reject(this.failure);
    this.pending.clear();
  }

  /** How many documents are waiting on workers now. */
  get inFlight(): number {
    return this.pending.size;
  }

  async close(): Promise<void> {
    this.held?.reject(new Error('the worker pool is closed'));
    this.held = null;
    const workers = this.workers;
    this.workers = [];
    this.failure ??= new Error('the worker pool is closed');
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
