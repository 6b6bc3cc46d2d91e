// A failed file-system call on an output path, as the one line a user can act on: 73 when the output cannot
// be made there (read-only, no permission, a parent that is a file), 74 when writing failed midway (disk full).
import { ExitCode, UserError } from '../../errors.ts';

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
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === undefined) return error;
  const full = CANNOT_WRITE[code];
  if (full !== undefined) return new UserError(`cannot ${action} ${file}: ${full} (${code})`, ExitCode.ioError);
  const refused = CANNOT_CREATE[code];
  if (refused !== undefined) return new UserError(`cannot ${action} ${file}: ${refused} (${code})`, ExitCode.cantCreate);
  return error;
}
