// Every output file is written beside its final name and renamed into place when complete, so a
// killed run leaves each file either whole-old or whole-new, never half-written.
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Temporary files not yet renamed, removed on SIGINT/SIGTERM. */
const pending = new Set<string>();

export function pendingTemporaryFiles(): ReadonlySet<string> {
  return pending;
}

async function writeTemporary(file: string, content: string): Promise<string> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  pending.add(temp);
  await writeFile(temp, content);
  return temp;
}

async function commit(temp: string, file: string): Promise<void> {
  await rename(temp, file);
  pending.delete(temp);
}

/** Writes all files to temporaries first, then renames each into place. */
export async function writeFilesAtomically(folder: string, files: ReadonlyMap<string, string>): Promise<void> {
  const staged: Array<[string, string]> = [];
  try {
    for (const [name, content] of files) {
      const file = path.join(folder, name);
      staged.push([await writeTemporary(file, content), file]);
    }
    for (const [temp, file] of staged) await commit(temp, file);
  } catch (error) {
    await Promise.all(staged.map(([temp]) => removeTemporary(temp)));
    throw error;
  }
}

async function removeTemporary(temp: string): Promise<void> {
  pending.delete(temp);
  await rm(temp, { force: true });
}

/** Temporaries a killed run left behind; only called while holding the folder's lock, so none is in use. */
export async function removeStaleTemporaries(folder: string): Promise<void> {
  for (const sub of ['', 'stages', 'eval', '.state']) {
    let names: string[];
    try {
      names = await readdir(path.join(folder, sub));
    } catch {
      continue;
    }
    await Promise.all(names.filter((n) => n.startsWith('.') && n.endsWith('.tmp')).map((n) => rm(path.join(folder, sub, n), { force: true })));
  }
}
