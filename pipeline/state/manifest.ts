// output/.state/manifest.jsonl: a header with the fingerprint of the stage code and user files in force, then
// each document's content hash and result, one line a document, so a rerun processes only what changed.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { stanceRecordJson } from '../../stages/records.ts';
import { StanceRecordSchema, type Document } from '../../stages/schemas.ts';
import type { ResourceFiles } from '../config/resources.ts';
import { parseJson } from '../io/jsonl-file.ts';
import { lineText, readLines } from '../io/lines.ts';
import type { TemporaryFile } from '../io/write/atomic.ts';

export const MANIFEST_FILE = '.state/manifest.jsonl';
/** The whole-JSON manifest of earlier versions: never read (a rerun after an upgrade recomputes all), removed. */
export const LEGACY_MANIFEST_FILE = '.state/manifest.json';

const VERSION = 3;

const CachedDocumentSchema = z.object({
  hash: z.string(),
  doc_date: z.string().nullable(),
  sentences: z.number().int().nonnegative(),
  records: z.array(StanceRecordSchema),
});
export type CachedDocument = z.infer<typeof CachedDocumentSchema>;

const HeaderSchema = z.object({ version: z.literal(VERSION), fingerprint: z.string() });

// Every document line starts with its id and hash, so the index is built without parsing the records.
const LINE_HEAD = /^\{"id":("(?:[^"\\]|\\.)*"),"hash":"([0-9a-f]+)"/;

const STAGES_DIR = fileURLToPath(new URL('../../stages/', import.meta.url));

function stageFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? stageFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** Everything besides the document that shapes its result: the stages' code and data, and the user's files. */
export function fingerprintOf({ lexicon, actors, abbreviations }: ResourceFiles): string {
  const hash = createHash('sha256');
  for (const file of stageFiles(STAGES_DIR)) hash.update(path.relative(STAGES_DIR, file)).update('\0').update(readFileSync(file));
  for (const file of [lexicon, ...actors, abbreviations]) if (file) hash.update('\0').update(file.raw);
  return hash.digest('hex');
}

/** Each id's line as a slot in three typed arrays: 16 bytes a document rather than about 40 for an object. */
class LineIndex {
  private readonly slots = new Map<string, number>();
  private hashHeads = new Uint32Array(256);
  private offsets = new Float64Array(256);
  private lengths = new Uint32Array(256);

  set(id: string, hashHead: number, offset: number, bytes: number): void {
    let slot = this.slots.get(id);
    if (slot === undefined) {
      slot = this.slots.size;
      if (slot === this.offsets.length) this.grow();
      this.slots.set(id, slot);
    }
    this.hashHeads[slot] = hashHead;
    this.offsets[slot] = offset;
    this.lengths[slot] = bytes;
  }

  /** Where the line of `id` is, if the hash it was written with starts as `hashHead` does. */
  find(id: string, hashHead: number): { offset: number; bytes: number } | undefined {
    const slot = this.slots.get(id);
    return slot === undefined || this.hashHeads[slot] !== hashHead ? undefined : { offset: this.offsets[slot]!, bytes: this.lengths[slot]! };
  }

  has(id: string): boolean {
    return this.slots.has(id);
  }

  private grow(): void {
    const size = this.offsets.length * 2;
    const hashHeads = new Uint32Array(size);
    const offsets = new Float64Array(size);
    const lengths = new Uint32Array(size);
    hashHeads.set(this.hashHeads);
    offsets.set(this.offsets);
    lengths.set(this.lengths);
    [this.hashHeads, this.offsets, this.lengths] = [hashHeads, offsets, lengths];
  }
}

/** A hash's first 7 hex digits, enough to pass over a changed document: a number, as a slice would keep its line alive. */
const hashHead = (hash: string): number => parseInt(hash.slice(0, 7), 16);

/** Lines are read back a window of a MiB at a time: a rerun asks for them in about file order. */
const READ_AHEAD_BYTES = 1 << 20;
const READ_BEHIND_BYTES = 1 << 17;

/** The previous run's manifest: an index of its lines, and the file open to read a reused document's line. */
export class PreviousManifest {
  private window = Buffer.alloc(0);
  private windowStart = 0;

  private constructor(
    private readonly handle: FileHandle,
    private readonly index: LineIndex,
  ) {}

  /** The manifest in `output`, if it is there, readable and made under the same fingerprint; else null. */
  static async open(output: string, fingerprint: string): Promise<PreviousManifest | null> {
    const file = path.join(output, MANIFEST_FILE);
    const handle = await open(file, 'r').catch(() => null);
    if (!handle) return null;
    try {
      const index = new LineIndex();
      for await (const line of readLines(file)) {
        const text = lineText(line);
        if (line.number === 1) {
          const header = HeaderSchema.safeParse(parseJson(text));
          if (header.success && header.data.fingerprint === fingerprint) continue;
          await handle.close();
          return null;
        }
        const head = LINE_HEAD.exec(text);
        // A line that does not start as this version writes them is left out: its document is recomputed.
        const id = head && parseJson(head[1]!);
        if (typeof id === 'string') index.set(id, hashHead(head![2]!), line.offset, line.byteLength);
      }
      return new PreviousManifest(handle, index);
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  /** Whether the previous run had a document of this id: only then is the document worth hashing to look it up. */
  has(id: string): boolean {
    return this.index.has(id);
  }

  /** The document's result from the previous run, if its content is unchanged and its line still reads back whole. */
  async cachedResult(doc: Document, hash: string): Promise<CachedDocument | null> {
    const line = this.index.find(doc.id, hashHead(hash));
    if (!line) return null;
    const parsed = CachedDocumentSchema.safeParse(parseJson(await this.readAt(line.offset, line.bytes)));
    return parsed.success && parsed.data.hash === hash ? parsed.data : null;
  }

  /** `bytes` bytes at `offset` (fewer at the end of the file), as text. */
  private async readAt(offset: number, bytes: number): Promise<string> {
    if (offset < this.windowStart || offset + bytes > this.windowStart + this.window.length) {
      const start = Math.max(0, offset - READ_BEHIND_BYTES);
      const buffer = Buffer.allocUnsafe(Math.max(offset - start + bytes, READ_AHEAD_BYTES));
      const { bytesRead } = await this.handle.read(buffer, 0, buffer.length, start);
      this.window = buffer.subarray(0, bytesRead);
      this.windowStart = start;
    }
    const from = offset - this.windowStart;
    return this.window.toString('utf8', from, Math.min(from + bytes, this.window.length));
  }

  close(): Promise<void> {
    return this.handle.close();
  }
}

/** Writes the manifest of this run, one line as each document is done. */
export class ManifestWriter {
  constructor(
    private readonly file: TemporaryFile,
    fingerprint: string,
  ) {
    file.write(JSON.stringify({ version: VERSION, fingerprint } satisfies z.infer<typeof HeaderSchema>) + '\n');
  }

  /** The line JSON.stringify would write for `{id, hash, doc_date, sentences, records}`, records as `recordJson`. */
  add(id: string, result: CachedDocument, recordJson: readonly string[] = result.records.map(stanceRecordJson)): void {
    const { hash, doc_date, sentences } = result;
    this.file.write(
      `{"id":${JSON.stringify(id)},"hash":${JSON.stringify(hash)},"doc_date":${JSON.stringify(doc_date ?? null)},"sentences":${sentences},"records":[${recordJson.join(',')}]}\n`,
    );
  }
}
