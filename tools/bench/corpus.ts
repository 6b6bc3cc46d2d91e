// `npm run bench -- --corpus FILE`: reads a JSON Lines corpus, plain or gzip-compressed, as a stream and keeps
// whole documents, in file order, until their text reaches --megabytes; each line is checked as the pipeline
// checks it, and a bad one is skipped with a warning naming the file and the line.
import { open } from 'node:fs/promises';
import { pipeline, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { Document } from '../../stages/schemas.ts';
import { ExitCode, UserError } from '../../pipeline/errors.ts';
import { linesOf, type FileLine } from '../../pipeline/io/lines.ts';
import { documentOfLine, lineCapFor } from '../../pipeline/io/read/jsonl.ts';
import { DEFAULT_MAX_DOCUMENT_BYTES } from '../../pipeline/io/read/types.ts';

export interface FileCorpus {
  /** The path as given. */
  file: string;
  gzip: boolean;
  /** What --megabytes asked for (10^6 bytes of UTF-8 text). */
  megabytesAsked: number;
  /** The documents kept, in file order, as the pipeline reads them. */
  documents: Document[];
  /** UTF-8 bytes of the kept documents' texts: the asked size or a little over (the last document is whole). */
  bytes: number;
  /** False when the file ended before its text reached the size asked: every good document was kept. */
  reachedCut: boolean;
  /** Lines read, the last kept document's included (none read after it). */
  lines: number;
  /** Lines skipped with a warning (empty lines are passed over silently, as the pipeline does). */
  skipped: number;
  /** Bytes read from the file itself (compressed ones for gzip); reading stops soon after the cut. */
  fileBytesRead: number;
}

const GZIP_MAGIC = [0x1f, 0x8b] as const;
const CHUNK_BYTES = 1 << 16;

/** How the tables name a corpus read from a file: the file and the cut (they add the documents and the MB kept). */
export function describeCorpus(corpus: FileCorpus): string {
  return `${corpus.file} ${corpus.reachedCut ? `cut to ${corpus.megabytesAsked} MB` : `whole (under the ${corpus.megabytesAsked} MB asked)`}`;
}

/** One line as the pipeline's .jsonl reader takes it: a document, a reason to skip it, or null for a blank line. */
function documentOf(line: FileLine): Document | string | null {
  const read = documentOfLine(line, DEFAULT_MAX_DOCUMENT_BYTES);
  return read === null ? null : read.ok ? read.document : read.reason;
}

/** Opens the file and tells gzip by its first two bytes, whatever its name; a file that cannot be read is a UserError. */
async function openCorpus(file: string): Promise<{ source: Readable & { bytesRead: number }; gzip: boolean }> {
  let handle;
  try {
    handle = await open(file, 'r');
    const magic = Buffer.alloc(2);
    const { bytesRead } = await handle.read(magic, 0, 2, 0);
    const gzip = bytesRead === 2 && magic[0] === GZIP_MAGIC[0] && magic[1] === GZIP_MAGIC[1];
    return { source: handle.createReadStream({ start: 0, highWaterMark: CHUNK_BYTES }), gzip };
  } catch (error) {
    await handle?.close();
    const { code, message } = error as NodeJS.ErrnoException;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder, not a file' : code === 'EACCES' ? 'permission denied' : message;
    throw new UserError(`${file}: cannot read the corpus: ${why}`, ExitCode.noInput);
  }
}

/**
 * Reads `file` (JSON Lines, gzip-compressed or not) until the kept documents' text reaches `megabytes` MB, then
 * stops reading. `warn` hears of each skipped line, one line of text each.
 */
export async function readCorpus(file: string, megabytes: number, warn: (message: string) => void): Promise<FileCorpus> {
  const { source, gzip } = await openCorpus(file);
  // pipeline() destroys both streams when the loop below stops early, and hands a read error to the loop.
  const stream: Readable = gzip ? pipeline(source, createGunzip({ chunkSize: CHUNK_BYTES }), () => {}) : source;
  const wanted = megabytes * 1e6;
  const documents: Document[] = [];
  const firstLineOf = new Map<string, number>();
  let [bytes, lines, skipped] = [0, 0, 0];
  try {
    for await (const line of linesOf(stream, { maxLineBytes: lineCapFor(DEFAULT_MAX_DOCUMENT_BYTES) })) {
      lines = line.number;
      let found = documentOf(line);
      if (typeof found !== 'string' && found !== null && firstLineOf.has(found.id)) {
        found = `duplicate id ${JSON.stringify(found.id)} (first on line ${firstLineOf.get(found.id)})`;
      }
      if (typeof found === 'string') {
        warn(`warning: ${file} line ${line.number}: ${found}; line skipped`);
        skipped++;
      } else if (found !== null) {
        firstLineOf.set(found.id, line.number);
        documents.push(found);
        bytes += Buffer.byteLength(found.text, 'utf8');
        if (bytes >= wanted) break;
      }
    }
  } catch (error) {
    // The stream's errors carry a code (Z_DATA_ERROR, Z_BUF_ERROR, EIO…); anything else is a bug, not the file.
    if (typeof (error as NodeJS.ErrnoException).code !== 'string') throw error;
    const what = gzip ? 'gzip data is corrupt or cut short' : 'reading failed';
    throw new UserError(`${file}: ${what} after line ${lines}: ${(error as Error).message}`, ExitCode.dataError);
  } finally {
    stream.destroy();
    source.destroy();
  }
  if (documents.length === 0) {
    const blank = lines - skipped;
    const why = lines === 0 ? 'the file is empty' : skipped === 0 ? 'every line is blank' : `${skipped} of its ${lines} lines skipped${blank > 0 ? `, ${blank} blank` : ''}`;
    throw new UserError(`${file}: no document to benchmark: ${why}`, ExitCode.noInput);
  }
  return { file, gzip, megabytesAsked: megabytes, documents, bytes, reachedCut: bytes >= wanted, lines, skipped, fileBytesRead: source.bytesRead };
}
