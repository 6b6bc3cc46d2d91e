// One run per output folder: a lock file holding the holder's pid. A second run exits 75 at once;
// a lock left by a dead process is taken over.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ExitCode, UserError } from './errors.ts';

const LOCK_NAME = '.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the output folder's lock; returns the function that releases it. */
export function lockOutputFolder(folder: string): () => void {
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, LOCK_NAME);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(readFileSync(file, 'utf8'), 10);
      if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
        throw new UserError(`${folder}: another run (pid ${holder}) is writing to this output folder; lock ${file}`, ExitCode.tempFail);
      }
      rmSync(file, { force: true }); // left by a process that no longer runs
    }
  }
  throw new UserError(`${folder}: could not take the lock ${file}`, ExitCode.tempFail);
}
