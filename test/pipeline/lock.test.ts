import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../pipeline/errors.ts';
import { lockOutputFolder, parseLock, SYSTEM_PROBE, type ProcessProbe } from '../../pipeline/state/lock.ts';

const temp = () => mkdtempSync(path.join(tmpdir(), 'stance-lock-'));

/** A host named "box" where the given pids run, each started at the given time. */
function probe(running: Record<number, string>): ProcessProbe {
  return {
    host: () => 'box',
    startOf: (pid) => (pid === process.pid ? 'boot:100' : (running[pid] ?? null)),
    isAlive: (pid) => pid === process.pid || pid in running,
  };
}

const lockWith = (folder: string, holder: unknown) => writeFileSync(path.join(folder, '.lock'), JSON.stringify(holder) + '\n');

function refusal(call: () => void): string {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(75);
    return (error as UserError).message;
  }
  throw new Error('expected the lock to be refused');
}

describe('the output folder lock', () => {
  it('records the host, the pid and the start time of the run, and is gone once released', () => {
    const folder = temp();
    const release = lockOutputFolder(folder, probe({}));
    expect(parseLock(readFileSync(path.join(folder, '.lock'), 'utf8'))).toEqual({ host: 'box', pid: process.pid, started: 'boot:100' });
    release();
    expect(existsSync(path.join(folder, '.lock'))).toBe(false);
  });

  it('is refused while the process that holds it runs, started when the lock says', () => {
    const folder = temp();
    lockWith(folder, { host: 'box', pid: 4242, started: 'boot:7' });
    expect(refusal(() => lockOutputFolder(folder, probe({ 4242: 'boot:7' })))).toBe(
      `${folder}: another run (pid 4242) is writing to this output folder; lock ${path.join(folder, '.lock')}`,
    );
  });

  it('is taken over when its pid now belongs to another process (a restarted container)', () => {
    const folder = temp();
    lockWith(folder, { host: 'box', pid: 4242, started: 'boot:7' });
    const release = lockOutputFolder(folder, probe({ 4242: 'boot:9000' }));
    expect(parseLock(readFileSync(path.join(folder, '.lock'), 'utf8'))?.pid).toBe(process.pid);
    release();
  });

  it('is taken over when its process runs no more, in the old format (a bare pid) too', () => {
    for (const text of [JSON.stringify({ host: 'box', pid: 4242, started: 'boot:7' }), '4242']) {
      const folder = temp();
      writeFileSync(path.join(folder, '.lock'), text + '\n');
      lockOutputFolder(folder, probe({}))();
    }
  });

  it('is refused when another host holds it, saying how to clear it', () => {
    const folder = temp();
    lockWith(folder, { host: 'node-7', pid: 4242, started: 'boot:7' });
    expect(refusal(() => lockOutputFolder(folder, probe({})))).toBe(
      `${folder}: another run (pid 4242 on host node-7) is writing to this output folder; lock ${path.join(folder, '.lock')} (remove it if no run on node-7 is writing)`,
    );
  });

  it('releases only once: a later run that took the lock keeps it', () => {
    const folder = temp();
    const release = lockOutputFolder(folder, probe({}));
    release();
    lockWith(folder, { host: 'box', pid: 4242, started: 'boot:7' });
    release();
    expect(existsSync(path.join(folder, '.lock'))).toBe(true);
  });

  it.skipIf(!existsSync('/proc/self/stat'))('on this system, tells a live process from one that took its pid by the start time', () => {
    const parent = process.ppid;
    const started = SYSTEM_PROBE.startOf(parent);
    expect(started).toMatch(/^[0-9a-f-]{36}:\d+$/);
    const folder = temp();
    lockWith(folder, { host: hostname(), pid: parent, started });
    expect(refusal(() => lockOutputFolder(folder))).toMatch(/another run \(pid \d+\) is writing/);
    lockWith(folder, { host: hostname(), pid: parent, started: `${started!.split(':')[0]}:1` });
    lockOutputFolder(folder)();
  });
});
