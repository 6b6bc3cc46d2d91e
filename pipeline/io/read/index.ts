// Input path → documents and precise input errors, in a deterministic order. Bad content never throws:
// it becomes an error item and reading goes on.
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { readCsv } from './csv.ts';
import { listInputEntries } from './files.ts';
import { readJsonLines } from './jsonl.ts';
import { readTextFile } from './text-file.ts';
import { DEFAULT_MAX_DOCUMENT_BYTES, inputError, problem, type InputFile, type OnBytesRead, type ReadItem, type ReadOptions } from './types.ts';

export { DEFAULT_MAX_DOCUMENT_BYTES, type OnBytesRead, type ReadItem, type ReadOptions } from './types.ts';

type Reader = (file: InputFile, maxBytes: number, onBytesRead?: OnBytesRead) => AsyncIterable<ReadItem>;

const SNIFF_BYTES = 8000; // what git looks at to call a file binary

/** A file read a line at a time is binary when a NUL shows in its first bytes: one error for it, not one a line. */
function sniffed(reader: Reader): Reader {
  return async function* (file, maxBytes, onBytesRead) {
    const handle = await open(file.path, 'r');
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(SNIFF_BYTES), 0, SNIFF_BYTES, 0).finally(() => handle.close());
    const nul = buffer.subarray(0, bytesRead).indexOf(0);
    if (nul === -1) yield* reader(file, maxBytes, onBytesRead);
    else yield inputError(file.relative, problem('BINARY_DATA', `binary file: NUL byte at byte offset ${nul}`));
  };
}

const READERS = new Map<string, Reader>([
  ['.txt', readTextFile],
  ['.md', readTextFile],
  ['.jsonl', sniffed(readJsonLines)],
  ['.ndjson', sniffed(readJsonLines)],
  ['.csv', sniffed(readCsv)],
]);

const readerOf = (file: InputFile): Reader | undefined => (file.unreadable ? undefined : READERS.get(path.extname(file.relative).toLowerCase()));

/** Absolute paths of the files under `inputPath` that a reader takes, in the order they are read. */
export async function listInputFiles(inputPath: string): Promise<string[]> {
  return (await listInputEntries(inputPath)).filter(readerOf).map((file) => file.path);
}

function itemsOf(file: InputFile, maxBytes: number, onBytesRead: OnBytesRead | undefined): AsyncIterable<ReadItem> | ReadItem[] {
  const reader = readerOf(file);
  if (reader) return reader(file, maxBytes, onBytesRead);
  const reason = `unsupported file type: expected one of ${[...READERS.keys()].join(', ')}`;
  return [inputError(file.relative, file.unreadable ?? problem('UNSUPPORTED_FILE_TYPE', reason))];
}

/** Where an id was first seen, packed in one number (file index, line) so a million ids stay cheap. */
const LINES_PER_FILE = 2 ** 32;
const pack = (fileIndex: number, line: number | undefined): number => fileIndex * LINES_PER_FILE + (line ?? 0);

/** As duplicate-id errors name a place: "a.jsonl line 3" or "notes/b.txt". */
function placeOf(files: InputFile[], packed: number): string {
  const file = files[Math.floor(packed / LINES_PER_FILE)]!.relative;
  const line = packed % LINES_PER_FILE;
  return line === 0 ? file : `${file} line ${line}`;
}

/**
 * A file or folder (recursively) as documents and input errors, files in sorted order; throws (66) only for a missing
 * path. `onBytesRead` hears of the bytes as read: they add up to the size of every file `listInputFiles` lists.
 */
export async function* readInputs(inputPath: string, options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  const maxBytes = options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  const files = await listInputEntries(inputPath);
  const firstSeen = new Map<string, number>();
  for (const [fileIndex, file] of files.entries()) {
    let counted = 0;
    const onBytesRead = options.onBytesRead && ((bytes: number) => {
      counted += bytes;
      options.onBytesRead!(bytes);
    });
    try {
      for await (const item of itemsOf(file, maxBytes, onBytesRead)) {
        if (item.kind === 'document') {
          const id = item.document.id;
          if (options.select && !options.select(id)) continue;
          const earlier = firstSeen.get(id);
          if (earlier !== undefined) {
            const reason = `duplicate id ${JSON.stringify(id)}: first seen in ${placeOf(files, earlier)}`;
            yield inputError(item.file, problem('DUPLICATE_ID', reason), item.line, id);
            continue;
          }
          firstSeen.set(id, pack(fileIndex, item.line));
        }
        yield item;
      }
    } catch (error) {
      // I/O failures (permissions, a file removed mid-run) cost that file only.
      yield inputError(file.relative, problem('UNREADABLE_FILE', `cannot read file: ${(error as Error).message}`));
    }
    // What was not heard of in chunks: files read whole, skipped or failed, and what a file grew by meanwhile.
    if (options.onBytesRead && readerOf(file)) options.onBytesRead(Math.max(0, (await stat(file.path).then((s) => s.size, () => 0)) - counted));
  }
}
