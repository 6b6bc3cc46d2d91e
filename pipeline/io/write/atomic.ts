// Every output file is written beside its final name (".NAME.PID.RANDOM.tmp") and renamed into place when all are
// complete, so a killed run leaves each file whole-old or whole-new. Temporaries are registered until renamed or
// removed, for SIGINT/SIGTERM to remove; a later run removes those a kill -9 left behind.
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { createOutputFolder, outputFailure } from './output-folder.ts';

/** The run's own state (the rerun manifest) describes the outputs, so it is renamed after them. */
const STATE_DIR = '.state';

const pending = new Set<string>();

/** Removes every temporary file not yet renamed or removed, however the process ends. */
export function removePendingTemporaries(): void {
  for (const temp of pending) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // its folder is gone or read-only: nothing was left there
    }
  }
}

/** Pieces are gathered up to this many characters before one write, so a file of small lines costs few system calls. */
const BUFFER_CHARS = 1 << 16;

/** For tests: with STANCE_TEST_DISK_BYTES=N, writes fail as on a full disk (ENOSPC) once N bytes in all are written. */
const testDiskBytes = Number(process.env.STANCE_TEST_DISK_BYTES ?? Infinity);
let writtenBytes = 0;

export class TemporaryFile {
  readonly path: string;
  /** Not yet open: the file (and its folder) is made with the first write that reaches the disk. */
  private fd: number | null = null;
  private closed = false;
  private buffer: string[] = [];
  private buffered = 0;

  /** Beside `file`; a run that fails before its first write to disk leaves not even a folder behind. */
  constructor(
    readonly file: string,
    private readonly scratch = false,
  ) {
    this.path = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    pending.add(this.path);
  }

  // Synchronous, so the pieces stay in order whoever calls, with no back-pressure to await; the buffer makes them few.
  write(text: string): void {
    this.buffer.push(text);
    this.buffered += text.length;
    if (this.buffered >= BUFFER_CHARS) this.flush();
  }

  close(): void {
    if (this.closed) return;
    this.flush(true);
    this.failing(() => closeSync(this.fd!));
    this.fd = null;
    this.closed = true;
  }

  /** Closes it and renames it to its final name; removes a scratch file. */
  commit(): void {
    if (this.scratch) return this.remove();
    this.close();
    this.failing(() => renameSync(this.path, this.file));
    pending.delete(this.path);
  }

  remove(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    this.closed = true;
    this.buffer = [];
    rmSync(this.path, { force: true });
    pending.delete(this.path);
  }

  private flush(create = false): void {
    if (this.closed || (this.buffered === 0 && !create)) return;
    if (this.fd === null) {
      createOutputFolder(path.dirname(this.file));
      this.fd = this.failing(() => openSync(this.path, 'w'));
    }
    if (this.buffered === 0) return;
    const text = this.buffer.join('');
    this.buffer = [];
    this.buffered = 0;
    this.failing(() => {
      writtenBytes += Buffer.byteLength(text);
      if (writtenBytes > testDiskBytes) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      writeSync(this.fd!, text);
    });
  }

  /** A failed system call as the user error that names the file being written (its final name) and why. */
  private failing<T>(call: () => T): T {
    try {
      return call();
    } catch (error) {
      throw outputFailure(error, 'write', this.file);
    }
  }
}

/** The files of one run, all renamed into place by commit() or all removed by discard(); scratch files are removed either way. */
export class AtomicFiles {
  private readonly staged: TemporaryFile[] = [];

  constructor(private readonly folder: string) {}

  /** A file to write in pieces (`name` relative to the folder); a scratch file is never renamed into place. */
  open(name: string, scratch = false): TemporaryFile {
    const file = new TemporaryFile(path.join(this.folder, name), scratch);
    this.staged.push(file);
    return file;
  }

  /** A file written whole, or a piece at a time from `content`. */
  put(name: string, content: string | Iterable<string>): void {
    const file = this.open(name);
    for (const piece of typeof content === 'string' ? [content] : content) file.write(piece);
  }

  // Renames every file in one synchronous loop: no SIGINT/SIGTERM handler runs between two renames, so a stopped
  // run leaves the previous outputs or the new ones, never a mix (only kill -9 in these few milliseconds can).
  commit(): void {
    const isState = (f: TemporaryFile) => path.relative(this.folder, f.file).split(path.sep)[0] === STATE_DIR;
    for (const file of this.staged) file.close();
    for (const file of [...this.staged.filter((f) => !isState(f)), ...this.staged.filter(isState)]) file.commit();
    this.staged.length = 0;
  }

  discard(): void {
    for (const file of this.staged) file.remove();
    this.staged.length = 0;
  }
}

/** The files `produce` writes into `folder`, renamed into place once it has written them all; none if it fails. */
export async function writeAtomically<T>(folder: string, produce: (files: AtomicFiles) => T | Promise<T>): Promise<T> {
  const files = new AtomicFiles(folder);
  try {
    const result = await produce(files);
    // A signal that came while the last files were written (which never yields) stops the run here, before any rename.
    await new Promise(setImmediate);
    files.commit();
    return result;
  } catch (error) {
    files.discard();
    throw error;
  }
}

/** Temporaries a killed run left behind; only called while holding the folder's lock, so none is in use. */
export async function removeStaleTemporaries(folder: string): Promise<void> {
  for (const sub of ['', 'stages', 'eval', STATE_DIR]) {
    const names = await readdir(path.join(folder, sub)).catch(() => []);
    await Promise.all(names.filter((n) => n.startsWith('.') && n.endsWith('.tmp')).map((n) => rm(path.join(folder, sub, n), { force: true })));
  }
}
