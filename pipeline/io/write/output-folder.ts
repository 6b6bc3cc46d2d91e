// Makes the output folder and its missing parents one at a time: Node's recursive mkdirSync retries forever
// where a parent exists but refuses new entries (procfs, sysfs), and its errors name no reason a user can act on.
import { lstatSync, mkdirSync, readlinkSync, statSync } from 'node:fs';
import path from 'node:path';
import { ExitCode, UserError } from '../../errors.ts';
import { outputFailure } from './failures.ts';

const code = (error: unknown) => (error as NodeJS.ErrnoException).code;

/** The output folder, made if missing; a UserError (73) naming the path and the reason when it cannot be. */
export function createOutputFolder(folder: string): void {
  const refuse = (reason: string) => new UserError(`cannot create the output folder ${folder}: ${reason}`, ExitCode.cantCreate);
  const missing: string[] = [];
  for (let dir = path.resolve(folder); ; ) {
    let isFolder: boolean;
    try {
      isFolder = statSync(dir).isDirectory();
    } catch (error) {
      if (code(error) !== 'ENOENT' && code(error) !== 'ENOTDIR') throw outputFailure(error, 'create the output folder', folder);
      const link = code(error) === 'ENOENT' ? lstatSync(dir, { throwIfNoEntry: false }) : undefined;
      if (link?.isSymbolicLink()) throw refuse(`${dir} is a symbolic link to ${readlinkSync(dir)}, which does not exist`);
      missing.push(dir);
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
      continue;
    }
    if (!isFolder) throw refuse(`${dir} is a file, not a folder`);
    break;
  }
  for (const dir of missing.reverse()) {
    try {
      mkdirSync(dir);
    } catch (error) {
      if (code(error) === 'EEXIST' && statSync(dir, { throwIfNoEntry: false })?.isDirectory()) continue; // made meanwhile
      if (code(error) === 'ENOENT') throw refuse(`the file system at ${path.dirname(dir)} does not allow new folders`);
      throw outputFailure(error, 'create the output folder', folder);
    }
  }
}
