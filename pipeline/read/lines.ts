// Streams a file as lines of bytes, so a 500 MB JSON Lines file never sits in memory whole.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { startsWithBom } from './decode.ts';
import type { OnBytesRead } from './types.ts';

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

const SNIFF_BYTES = 8000; // what git looks at to call a file binary

/** Offset of a NUL byte near the start of the file, or -1: a NUL there means the file is binary, not text. */
export async function nulNearStart(path: string): Promise<number> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead).indexOf(0);
  } finally {
    await handle.close();
  }
}

/**
 * Yields the lines of a file in order; a line over `maxLineBytes` is counted but its bytes are dropped.
 * `onBytesRead` hears of each chunk as it is read from the file.
 */
export async function* readFileLines(path: string, maxLineBytes: number, onBytesRead?: OnBytesRead): AsyncGenerator<FileLine> {
  let parts: Buffer[] = [];
  let length = 0;
  let tooLong = false;
  let number = 1;
  let lineStart = 0;
  let chunkStart = 0;

  const take = (terminated: boolean): FileLine => {
    let bytes = tooLong ? null : parts.length === 1 ? parts[0]! : Buffer.concat(parts, length);
    let offset = lineStart;
    let byteLength = length;
    if (number === 1 && bytes !== null && startsWithBom(bytes)) {
      bytes = bytes.subarray(3);
      offset += 3;
      byteLength -= 3;
    }
    const line: FileLine = { number, offset, bytes, byteLength, terminated };
    parts = [];
    length = 0;
    tooLong = false;
    number++;
    return line;
  };
  const append = (piece: Buffer): void => {
    length += piece.length;
    if (tooLong) return;
    if (length > maxLineBytes) {
      tooLong = true;
      parts = [];
    } else if (piece.length > 0) parts.push(piece);
  };

  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    onBytesRead?.(chunk.length);
    let from = 0;
    for (let newline = chunk.indexOf(0x0a); newline !== -1; newline = chunk.indexOf(0x0a, from)) {
      append(chunk.subarray(from, newline));
      yield take(true);
      from = newline + 1;
      lineStart = chunkStart + from;
    }
    append(chunk.subarray(from));
    chunkStart += chunk.length;
  }
  if (length > 0) yield take(false);
}
