// Which files an input path stands for, in one deterministic order.
import { readdir, readlink, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { ExitCode, UserError } from '../../errors.ts';
import { problem, type InputFile } from './types.ts';

/**
 * Walks a folder, skipping dot-names and following a symlinked folder once. Every other entry is listed, so the
 * reader reports what it cannot read (another extension, a dangling link, a FIFO) rather than leave it out unsaid.
 */
async function walk(root: string, folder: string, visited: Set<string>, found: InputFile[]): Promise<void> {
  let entries;
  try {
    const real = await realpath(folder);
    if (visited.has(real)) return;
    visited.add(real);
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    const relative = path.relative(root, folder).split(path.sep).join('/') || '.';
    found.push({ path: folder, relative, unreadable: problem('UNREADABLE_FILE', `cannot read folder: ${(error as Error).message}`) });
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(folder, entry.name);
    const relative = path.relative(root, full).split(path.sep).join('/');
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await stat(full).catch(() => null);
      if (!target) {
        const to = await readlink(full).catch(() => '?');
        found.push({ path: full, relative, unreadable: problem('DANGLING_LINK', `dangling symbolic link to ${to}: its target does not exist`) });
        continue;
      }
      isDirectory = target.isDirectory();
      isFile = target.isFile();
    }
    if (isDirectory) await walk(root, full, visited, found);
    else if (isFile) found.push({ path: full, relative });
    else found.push({ path: full, relative, unreadable: problem('NOT_A_REGULAR_FILE', 'not a regular file (a FIFO, socket or device): not read') });
  }
}

/** The files to read, sorted by relative path; a single file is listed (as its base name) whatever its extension. */
export async function listInputEntries(inputPath: string): Promise<InputFile[]> {
  const info = await stat(inputPath).catch((error: NodeJS.ErrnoException) => {
    throw error.code === 'ENOENT' ? new UserError(`${inputPath}: input path not found`, ExitCode.noInput) : error;
  });
  const resolved = path.resolve(inputPath);
  if (!info.isDirectory()) return [{ path: resolved, relative: path.basename(resolved) }];
  const found: InputFile[] = [];
  await walk(resolved, resolved, new Set(), found);
  // By code point, as UTF-8 bytes sort (JavaScript's < compares UTF-16 units).
  return found.sort((a, b) => Buffer.compare(Buffer.from(a.relative), Buffer.from(b.relative)));
}

/** "news/2025/aa.txt" → "news/2025/aa": the id a whole-file document gets. */
export function withoutExtension(relative: string): string {
  return relative.slice(0, relative.length - path.posix.extname(relative).length);
}
