// Input path → documents and precise input errors, in a deterministic order. Bad content never throws:
// it becomes an error item and reading goes on.
import { stat } from 'node:fs/promises';
import { readCsv } from './csv.ts';
import { extensionOf, isReadable, listInputEntries, READABLE_EXTENSIONS } from './files.ts';
import { readJsonLines } from './jsonl.ts';
import { readTextFile } from './text-file.ts';
import { DEFAULT_MAX_DOCUMENT_BYTES, inputError, problem, type InputFile, type OnBytesRead, type ReadItem, type ReadOptions } from './types.ts';

export { listInputFiles } from './files.ts';
export { DEFAULT_MAX_DOCUMENT_BYTES, type OnBytesRead, type ReadItem, type ReadOptions } from './types.ts';

async function* readFile(file: InputFile, maxBytes: number, onBytesRead: OnBytesRead | undefined): AsyncGenerator<ReadItem> {
  if (file.unreadable !== undefined) {
    yield inputError(file.relative, file.unreadable);
    return;
  }
  switch (extensionOf(file.relative)) {
    case '.txt':
    case '.md':
      yield await readTextFile(file, maxBytes);
      return;
    case '.jsonl':
    case '.ndjson':
      yield* readJsonLines(file, maxBytes, onBytesRead);
      return;
    case '.csv':
      yield* readCsv(file, maxBytes, onBytesRead);
      return;
    default:
      yield inputError(file.relative, problem('UNSUPPORTED_FILE_TYPE', `unsupported file type: expected one of ${READABLE_EXTENSIONS.join(', ')}`));
  }
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

/** The file's size now, or 0 if it is gone. */
async function sizeOf(file: string): Promise<number> {
  try {
    return (await stat(file)).size;
  } catch {
    return 0;
  }
}

/**
 * Reads a file or a folder (recursively) into documents and input errors: files in sorted order, documents in
 * file order. Throws a UserError (66), before yielding, only when the path does not exist.
 * `onBytesRead` hears of the input's bytes as they are read: JSON Lines and CSV in chunks, any other file
 * whole once it is done. Over a run they add up to the size of every file `listInputFiles` lists, whatever was
 * skipped.
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
      for await (const item of readFile(file, maxBytes, onBytesRead)) {
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
    // Files read whole, skipped or failed, and what a file grew by while it was read; an entry that could not
    // be listed or has another extension is in no progress bar's total (see listInputFiles).
    if (options.onBytesRead && !file.unreadable && isReadable(file.relative)) options.onBytesRead(Math.max(0, (await sizeOf(file.path)) - counted));
  }
}
