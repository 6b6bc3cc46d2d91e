// One run per output folder: a lock file holding the holder's pid. A second run exits 75 at once;
// a lock left by a dead process is taken over.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ExitCode, UserError } from './errors.ts';
import { outputFailure } from './write/failures.ts';
import { createOutputFolder } from './write/output-folder.ts';

const LOCK_NAME = '.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the output folder's lock (making the folder); returns the function that releases it, once. */
export function lockOutputFolder(folder: string): () => void {
  createOutputFolder(folder);
  const file = path.join(folder, LOCK_NAME);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      let held = true;
      return () => {
        if (held) rmSync(file, { force: true });
        held = false;
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        try {
          rmSync(file, { force: true }); // made, but not written (a full disk): not a lock
        } catch {
          // never made (a read-only folder)
        }
        throw outputFailure(error, 'create the lock', file);
      }
      const holder = Number.parseInt(readFileSync(file, 'utf8'), 10);
      if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
        throw new UserError(`${folder}: another run (pid ${holder}) is writing to this output folder; lock ${file}`, ExitCode.tempFail);
      }
      rmSync(file, { force: true }); // left by a process that no longer runs
    }
  }
  throw new UserError(`${folder}: could not take the lock ${file}`, ExitCode.tempFail);
}
