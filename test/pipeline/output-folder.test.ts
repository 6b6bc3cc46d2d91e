import { existsSync, mkdtempSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode, UserError } from '../../pipeline/errors.ts';
import { createOutputFolder, outputFailure } from '../../pipeline/io/write/output-folder.ts';

const temp = () => mkdtempSync(path.join(tmpdir(), 'stance-output-folder-'));
const errno = (code: string) => Object.assign(new Error(`${code}: something`), { code });

/** The UserError `call` throws, as [exit code, message]. */
function failure(call: () => void): [number, string] {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return [(error as UserError).exitCode, (error as UserError).message];
  }
  throw new Error('expected a UserError');
}

describe('making the output folder', () => {
  it('makes every missing parent, and leaves an existing folder as it is', () => {
    const root = temp();
    const folder = path.join(root, 'a', 'b', 'c');
    createOutputFolder(folder);
    expect(statSync(folder).isDirectory()).toBe(true);
    createOutputFolder(folder);
    expect(statSync(folder).isDirectory()).toBe(true);
  });

  it('73 naming the file when a parent is a file', () => {
    const root = temp();
    writeFileSync(path.join(root, 'notes'), 'a file');
    const folder = path.join(root, 'notes', 'out');
    expect(failure(() => createOutputFolder(folder))).toEqual([
      ExitCode.cantCreate,
      `cannot create the output folder ${folder}: ${path.join(root, 'notes')} is a file, not a folder`,
    ]);
  });

  it('73 naming the missing target of a dangling symbolic link', () => {
    const root = temp();
    const folder = path.join(root, 'out');
    symlinkSync(path.join(root, 'gone'), folder);
    expect(failure(() => createOutputFolder(folder))).toEqual([
      ExitCode.cantCreate,
      `cannot create the output folder ${folder}: ${folder} is a symbolic link to ${path.join(root, 'gone')}, which does not exist`,
    ]);
    expect(existsSync(path.join(root, 'gone'))).toBe(false);
  });

  it.skipIf(!existsSync('/proc/self'))('73 at once, not a loop, in a file system that refuses new folders (/proc)', () => {
    expect(failure(() => createOutputFolder('/proc/foo/bar'))).toEqual([
      ExitCode.cantCreate,
      'cannot create the output folder /proc/foo/bar: the file system at /proc does not allow new folders',
    ]);
  });
});

describe('a failed write to an output', () => {
  it.each([
    ['ENOSPC', 'write', 'out/stances.csv', ExitCode.ioError, 'cannot write out/stances.csv: no space left on device (ENOSPC)'],
    ['EDQUOT', 'write', 'out/report.html', ExitCode.ioError, 'cannot write out/report.html: disk quota exceeded (EDQUOT)'],
    ['EROFS', 'create the lock', '/mnt/ro/.lock', ExitCode.cantCreate, 'cannot create the lock /mnt/ro/.lock: read-only file system (EROFS)'],
    ['EACCES', 'write', 'out/stances.csv', ExitCode.cantCreate, 'cannot write out/stances.csv: permission denied (EACCES)'],
  ])('%s is one line naming the file and why, with its exit code', (code, action, file, exitCode, message) => {
    expect(failure(() => { throw outputFailure(errno(code), action, file); })).toEqual([exitCode, message]);
  });

  it('is left as it is when it is no file-system failure a user can fix (a bug)', () => {
    const bug = new TypeError('x is undefined');
    expect(outputFailure(bug, 'write', 'out/stances.csv')).toBe(bug);
    const unknown = errno('EWHATEVER');
    expect(outputFailure(unknown, 'write', 'out/stances.csv')).toBe(unknown);
  });
});
