// Runs documents on a pool of worker threads (--jobs N). The first document runs on the main thread, so a
// one-document run never pays for starting workers; results are matched to documents by id, never by order.
import { Worker } from 'node:worker_threads';
import type { Document } from '../../stages/schemas.ts';
import type { Config, Resources } from '../config.ts';
import { processDocument, type DocumentResult } from '../process.ts';

// tsx's loader is not inherited by worker threads: each worker registers it before importing its module.
const BOOT = `import { register } from 'tsx/esm/api'; register(); await import(${JSON.stringify(new URL('./worker.ts', import.meta.url).href)});`;

interface Pending {
  resolve: (r: DocumentResult) => void;
  reject: (e: Error) => void;
}

export class DocumentPool {
  private workers: Worker[] = [];
  private load: number[] = [];
  private pending = new Map<number, Pending & { worker: number }>();
  private nextId = 0;
  private used = 0;

  constructor(
    private readonly jobs: number,
    private readonly config: Config,
    private readonly resources: Resources,
  ) {}

  process(doc: Document): Promise<DocumentResult> {
    if (this.jobs <= 1 || this.used++ === 0) return Promise.resolve(processDocument(doc, this.resources, this.config.keepStages));
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
    for (let i = 0; i < this.jobs; i++) {
      const worker = new Worker(BOOT, { eval: true, workerData: { config: this.config } } as ConstructorParameters<typeof Worker>[1]);
      worker.on('message', (m: { id: number; result?: DocumentResult; error?: string }) => {
        const p = this.pending.get(m.id);
        if (!p) return;
        this.pending.delete(m.id);
        this.load[p.worker]!--;
        if (m.error !== undefined) p.reject(new Error(m.error));
        else p.resolve(m.result!);
      });
      worker.on('error', (error) => {
        for (const p of this.pending.values()) p.reject(error);
        this.pending.clear();
      });
      this.workers.push(worker);
      this.load.push(0);
    }
  }

  /** How many documents are waiting on workers now. */
  get inFlight(): number {
    return this.pending.size;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers = [];
  }
}
