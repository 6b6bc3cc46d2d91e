// A temporary file beside its final name (".NAME.PID.RANDOM.tmp"), written in pieces: outputs on their way to
// being renamed into place, and scratch files (sorted runs) that never are. Every one is registered until it is
// renamed or removed, so SIGINT/SIGTERM can remove it, and a later run removes those a kill -9 left behind.
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { outputFailure } from './failures.ts';
import { createOutputFolder } from './output-folder.ts';
import { chargeTestDisk } from './test-disk-limit.ts';

/** Temporary files not yet renamed or removed. */
const pending = new Set<string>();

export function pendingTemporaryFiles(): ReadonlySet<string> {
  return pending;
}

/** Pieces are gathered up to this many characters before one write, so a file of small lines costs few system calls. */
const BUFFER_CHARS = 1 << 16;

export class TemporaryFile {
  readonly path: string;
  /** Not yet open: the file (and its folder) is made with the first write that reaches the disk. */
  private fd: number | null = null;
  private closed = false;
  private buffer: string[] = [];
  private buffered = 0;

  /** Beside `file`; a run that fails before its first write to disk leaves not even a folder behind. */
  constructor(readonly file: string) {
    this.path = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    pending.add(this.path);
  }

  // Synchronous writes keep the pieces in order whoever calls, with no back-pressure to await; they land in
  // the page cache, and the buffer makes them few.
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

  /** Closes it and renames it to its final name. */
  commit(): void {
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
      chargeTestDisk(Buffer.byteLength(text));
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
