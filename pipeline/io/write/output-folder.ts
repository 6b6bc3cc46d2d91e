// The output folder, made a parent at a time (Node's recursive mkdirSync spins where a parent refuses entries, as in
// procfs), and a failed call on an output path as one line: 73 it cannot be made there, 74 writing failed midway.
import { lstatSync, mkdirSync, readlinkSync, statSync } from 'node:fs';
import path from 'node:path';
import { ExitCode, UserError } from '../../errors.ts';

const code = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code;

const CANNOT_CREATE: Readonly<Record<string, string>> = {
  EROFS: 'read-only file system',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'a folder of that name is in the way',
  EEXIST: 'a file of that name is in the way',
  ENOENT: 'no such file or folder',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'name too long',
};

const CANNOT_WRITE: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large',
  EIO: 'input/output error',
};

/** The user error for `error`, raised trying to `action` (e.g. "write") `file`; any other error (a bug) as it is. */
export function outputFailure(error: unknown, action: string, file: string): unknown {
  if (error instanceof UserError) return error;
  const errno = code(error);
  if (errno === undefined) return error;
  const full = CANNOT_WRITE[errno];
  if (full !== undefined) return new UserError(`cannot ${action} ${file}: ${full} (${errno})`, ExitCode.ioError);
  const refused = CANNOT_CREATE[errno];
  if (refused !== undefined) return new UserError(`cannot ${action} ${file}: ${refused} (${errno})`, ExitCode.cantCreate);
  return error;
}

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
