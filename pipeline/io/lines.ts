// The one line reader, for every file read a line at a time: one core cuts chunks of bytes into lines, behind an
// async face (signals get through while a long file is read) and a sync one (the report's writers pull row by row).
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { startsWithBom } from './read/decode.ts';
import type { OnBytesRead } from './read/types.ts';

export interface FileLine {
  /** 1-based line number. */
  number: number;
  /** Byte offset of the line's first byte in the file (after a leading BOM on line 1). */
  offset: number;
  /** The line without its "\n" (a "\r" stays); null when it was longer than the cap and was not kept. */
  bytes: Buffer | null;
  byteLength: number;
  /** False only for a last line that has no "\n". */
  terminated: boolean;
}

interface LineOptions {
  /** A line over this many bytes is counted but its bytes are dropped. */
  maxLineBytes?: number;
  /** Hears of each chunk as it is read from the file. */
  onBytesRead?: OnBytesRead;
}

const CHUNK_BYTES = 1 << 20;

/** Cuts the chunks of one file into lines, in order. */
class LineCutter {
  private parts: Buffer[] = [];
  private length = 0;
  private tooLong = false;
  private number = 1;
  private lineStart = 0;
  private chunkStart = 0;

  constructor(private readonly maxLineBytes: number) {}

  *cut(chunk: Buffer): Generator<FileLine> {
    let from = 0;
    for (let newline = chunk.indexOf(0x0a); newline !== -1; newline = chunk.indexOf(0x0a, from)) {
      this.append(chunk.subarray(from, newline));
      yield this.take(true);
      from = newline + 1;
      this.lineStart = this.chunkStart + from;
    }
    this.append(chunk.subarray(from));
    this.chunkStart += chunk.length;
  }

  /** The last line, when it has no line feed. */
  *end(): Generator<FileLine> {
    if (this.length > 0) yield this.take(false);
  }

  private append(piece: Buffer): void {
    this.length += piece.length;
    if (this.tooLong) return;
    if (this.length > this.maxLineBytes) {
      this.tooLong = true;
      this.parts = [];
    } else if (piece.length > 0) this.parts.push(piece);
  }

  private take(terminated: boolean): FileLine {
    const { parts, length } = this;
    let bytes = this.tooLong ? null : parts.length === 1 ? parts[0]! : Buffer.concat(parts, length);
    let offset = this.lineStart;
    let byteLength = length;
    if (this.number === 1 && bytes !== null && startsWithBom(bytes)) {
      bytes = bytes.subarray(3);
      offset += 3;
      byteLength -= 3;
    }
    const line: FileLine = { number: this.number++, offset, bytes, byteLength, terminated };
    this.parts = [];
    this.length = 0;
    this.tooLong = false;
    return line;
  }
}

/** The lines of a file in order, read a chunk at a time through the event loop. */
export function readLines(path: string, options: LineOptions = {}): AsyncGenerator<FileLine> {
  return linesOf(createReadStream(path, { highWaterMark: CHUNK_BYTES }) as AsyncIterable<Buffer>, options);
}

/** The lines of any stream of bytes (a file, a gunzip stream), in order; offsets count the stream's bytes. */
export async function* linesOf(chunks: AsyncIterable<Buffer>, options: LineOptions = {}): AsyncGenerator<FileLine> {
  const cutter = new LineCutter(options.maxLineBytes ?? Infinity);
  for await (const chunk of chunks) {
    options.onBytesRead?.(chunk.length);
    yield* cutter.cut(chunk);
  }
  yield* cutter.end();
}

/** Each line's text (as lineText gives it), in order, read synchronously; the file closes when the caller stops. */
export function* readLinesSync(path: string): Generator<string> {
  const cutter = new LineCutter(Infinity);
  const fd = openSync(path, 'r');
  try {
    for (;;) {
      // A fresh buffer each time: a line not yet ended still points into the previous one.
      const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
      const n = readSync(fd, buffer, 0, CHUNK_BYTES, null);
      if (n === 0) break;
      for (const line of cutter.cut(buffer.subarray(0, n))) yield lineText(line);
    }
    for (const line of cutter.end()) yield lineText(line);
  } finally {
    closeSync(fd);
  }
}

/** A line's text, as UTF-8 (invalid bytes become U+FFFD), without a "\r" before its line feed. */
export function lineText(line: FileLine): string {
  const bytes = line.bytes ?? Buffer.alloc(0);
  return bytes.toString('utf8', 0, bytes.at(-1) === 0x0d ? bytes.length - 1 : bytes.length);
}
