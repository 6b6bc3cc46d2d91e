// Runs documents on a pool of worker threads (--jobs N). The first document runs on the main thread, so a
// one-document run never pays for starting workers; results are matched to documents by id, never by order.
import { Worker } from 'node:worker_threads';
import type { Document } from '../../stages/schemas.ts';
import type { Resources } from '../config.ts';
import { processDocument, type DocumentResult } from '../process.ts';

// tsx's loader is not inherited by worker threads: each worker registers it before importing its module.
const BOOT = `import { register } from 'tsx/esm/api'; register(); await import(${JSON.stringify(new URL('./worker.ts', import.meta.url).href)});`;

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
  private used = 0;
  /** Set when a worker dies: the run cannot be trusted to finish, so every later document fails too. */
  private failure: Error | null = null;

  constructor(
    private readonly jobs: number,
    private readonly resources: Resources,
    private readonly keepStages: boolean,
  ) {}

  process(doc: Document): Promise<DocumentResult> {
    if (this.jobs <= 1 || this.used++ === 0) return Promise.resolve(processDocument(doc, this.resources, this.keepStages));
    if (this.failure) return Promise.reject(this.failure);
    if (this.workers.length === 0) this.start();
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
      const worker = new Worker(BOOT, { eval: true, workerData });
      worker.on('message', (m: { id: number; result?: DocumentResult; error?: string }) => {
        const p = this.pending.get(m.id);
        if (!p) return;
        this.pending.delete(m.id);
        this.load[p.worker]!--;
        if (m.error !== undefined) p.reject(new Error(m.error));
        else p.resolve(m.result!);
      });
      worker.on('error', (error) => this.fail(error));
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
    const workers = this.workers;
    this.workers = [];
    this.failure ??= new Error('the worker pool is closed');
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
