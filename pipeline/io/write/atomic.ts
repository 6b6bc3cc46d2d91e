// Every output file is written beside its final name and renamed into place when all are complete, so a
// killed run leaves each file either whole-old or whole-new, never half-written.
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { TemporaryFile } from './temporary.ts';

export { pendingTemporaryFiles } from './temporary.ts';

/** The run's own state (the rerun manifest) describes the outputs, so it is renamed after them. */
const STATE_DIR = '.state';

/**
 * The files of one run, each written to a temporary file (whole or in pieces, as the run goes), then all
 * renamed into place by commit() — or all removed by discard().
 */
export class AtomicFiles {
  private readonly staged: TemporaryFile[] = [];

  constructor(private readonly folder: string) {}

  /** A file to write in pieces; `name` is relative to the folder. */
  open(name: string): TemporaryFile {
    const file = new TemporaryFile(path.join(this.folder, name));
    this.staged.push(file);
    return file;
  }

  put(name: string, content: string): void {
    this.open(name).write(content);
  }

  /**
   * Renames every file into place in one synchronous loop: a SIGINT/SIGTERM handler cannot run between two
   * renames, so a stopped run leaves the previous outputs or the new ones, never a mix (only kill -9 in these
   * few milliseconds can).
   */
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

/** Writes all files to temporaries first, then renames each into place. */
export async function writeFilesAtomically(folder: string, files: ReadonlyMap<string, string>): Promise<void> {
  const set = new AtomicFiles(folder);
  try {
    for (const [name, content] of files) set.put(name, content);
    set.commit();
  } catch (error) {
    set.discard();
    throw error;
  }
}

/** Temporaries a killed run left behind; only called while holding the folder's lock, so none is in use. */
export async function removeStaleTemporaries(folder: string): Promise<void> {
  for (const sub of ['', 'stages', 'eval', STATE_DIR]) {
    let names: string[];
    try {
      names = await readdir(path.join(folder, sub));
    } catch {
      continue;
    }
    await Promise.all(names.filter((n) => n.startsWith('.') && n.endsWith('.tmp')).map((n) => rm(path.join(folder, sub, n), { force: true })));
  }
}
