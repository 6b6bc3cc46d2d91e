// One run per output folder: a lock file naming the holder by host, pid and process start time. A second run
// exits 75 at once; a lock whose process is gone, or whose pid now belongs to another process (a restarted
// container numbers its processes from 1 again), is taken over.
import { rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { readText } from '../config/cpus.ts';
import { ExitCode, UserError } from '../errors.ts';
import { parseJson } from '../io/jsonl-file.ts';
import { createOutputFolder, outputFailure } from '../io/write/output-folder.ts';

const LOCK_NAME = '.lock';

interface LockHolder {
  host: string;
  pid: number;
  /** When the process started, as the kernel counts it (boot id and clock ticks since boot); null where unknown. */
  started: string | null;
}

/** What the lock asks of the system: this host's name, and a process's start time (null if it runs no more or is unknown). */
export interface ProcessProbe {
  host(): string;
  startOf(pid: number): string | null;
  isAlive(pid: number): boolean;
}

export const SYSTEM_PROBE: ProcessProbe = {
  host: hostname,
  /** Field 22 of /proc/PID/stat (starttime), after the command name, which may hold spaces and parentheses. */
  startOf(pid) {
    const stat = readText(`/proc/${pid}/stat`);
    const boot = readText('/proc/sys/kernel/random/boot_id');
    if (stat === null || boot === null) return null;
    const ticks = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    return ticks === undefined ? null : `${boot.trim()}:${ticks}`;
  },
  isAlive(pid) {
    try {
      process.kill(pid, 0);
      return true;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
  },
};

/** The lock's holder: a JSON line, or a bare pid as versions before this one wrote it. Null when unreadable. */
export function parseLock(text: string): LockHolder | null {
  const value = parseJson(text) as Partial<LockHolder> | null;
  if (typeof value === 'number') return { host: '', pid: value, started: null };
  if (typeof value?.host === 'string' && Number.isInteger(value.pid)) {
    return { host: value.host, pid: value.pid!, started: typeof value.started === 'string' ? value.started : null };
  }
  return null;
}

// Whether the holder runs: on another host it cannot be checked, so it does; here its pid must live and,
// where start times are known, have started when the lock says.
function holderRuns(holder: LockHolder, probe: ProcessProbe): boolean {
  if (holder.host !== '' && holder.host !== probe.host()) return true;
  if (holder.pid === process.pid || !probe.isAlive(holder.pid)) return false;
  if (holder.started === null) return true;
  const started = probe.startOf(holder.pid);
  return started === null || started === holder.started;
}

/** Takes the output folder's lock (making the folder); returns the function that releases it, once. */
export function lockOutputFolder(folder: string, probe: ProcessProbe = SYSTEM_PROBE): () => void {
  createOutputFolder(folder);
  const file = path.join(folder, LOCK_NAME);
  const me: LockHolder = { host: probe.host(), pid: process.pid, started: probe.startOf(process.pid) };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, JSON.stringify(me) + '\n', { flag: 'wx' });
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
      const holder = parseLock(readText(file) ?? '');
      if (holder && holderRuns(holder, probe)) {
        const elsewhere = holder.host !== '' && holder.host !== me.host;
        const where = elsewhere ? ` on host ${holder.host}` : '';
        const advice = elsewhere ? ` (remove it if no run on ${holder.host} is writing)` : '';
        throw new UserError(`${folder}: another run (pid ${holder.pid}${where}) is writing to this output folder; lock ${file}${advice}`, ExitCode.tempFail);
      }
      rmSync(file, { force: true }); // left by a process that no longer runs
    }
  }
  throw new UserError(`${folder}: could not take the lock ${file}`, ExitCode.tempFail);
}
