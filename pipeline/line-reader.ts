// Reads a file the pipeline wrote (sorted runs, the rerun manifest) one line at a time, with each line's byte
// offset and length, so a caller can keep where a line is instead of the line. Reads go in chunks through
// the event loop, so signals are handled while a long file is read.
import { open, type FileHandle } from 'node:fs/promises';

export interface Line {
  text: string;
  /** Where the line starts in the file, in bytes, and its length in bytes without the line feed. */
  offset: number;
  bytes: number;
}

const CHUNK_BYTES = 1 << 16;
/**
 * What `readAt` reads at least, from a little before the line asked for: lines asked for in about file order
 * (a rerun's manifest is in the order documents finished, a batch at a time) then cost one read per MiB.
 */
const READ_AHEAD_BYTES = 1 << 20;
const READ_BEHIND_BYTES = 1 << 17;
const LF = 0x0a;

export class LineReader {
  private chunk = Buffer.alloc(0);
  private at = 0;
  /** Pieces of a line longer than what is left of a chunk. */
  private pieces: Buffer[] = [];
  private lineStart = 0;
  private position = 0;
  /** The bytes `readAt` read last, from `windowStart` in the file. */
  private window = Buffer.alloc(0);
  private windowStart = 0;

  private constructor(private readonly handle: FileHandle) {}

  static async open(file: string): Promise<LineReader> {
    return new LineReader(await open(file, 'r'));
  }

  /** The next line without its line feed; null at the end of the file. */
  async next(): Promise<Line | null> {
    for (;;) {
      const lf = this.chunk.indexOf(LF, this.at);
      if (lf >= 0) {
        const line = this.line(this.chunk.subarray(this.at, lf));
        this.at = lf + 1;
        this.lineStart += 1;
        return line;
      }
      if (this.at < this.chunk.length) this.pieces.push(this.chunk.subarray(this.at));
      // A fresh buffer each time: the pieces of a long line still point into the previous one.
      const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
      const { bytesRead } = await this.handle.read(buffer, 0, CHUNK_BYTES, this.position);
      this.position += bytesRead;
      this.chunk = buffer.subarray(0, bytesRead);
      this.at = 0;
      if (bytesRead === 0) return this.pieces.length > 0 ? this.line(Buffer.alloc(0)) : null;
    }
  }

  /**
   * `bytes` bytes at `offset` (fewer at the end of the file), as text: a line found earlier. A rerun asks for
   * the previous run's lines in about file order, so each read takes a MiB around the line, mostly ahead, and
   * the next lines come from it; a rerun of 200 000 small documents spent most of its time waiting on one
   * read per line.
   */
  async readAt(offset: number, bytes: number): Promise<string> {
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

  async close(): Promise<void> {
    await this.handle.close();
  }

  private line(last: Buffer): Line {
    const whole = this.pieces.length > 0 ? Buffer.concat([...this.pieces, last]) : last;
    this.pieces = [];
    const line = { text: whole.toString('utf8'), offset: this.lineStart, bytes: whole.length };
    this.lineStart += whole.length;
    return line;
  }
}
