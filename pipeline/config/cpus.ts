// How many CPUs this process may use, for --jobs' default: those it may run on (a CPU set counts), capped by its
// cgroups' CPU quota, a container's CPU limit, which Node 20 does not read.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';

/** A file's text, or null when it is not there (or not readable): a system file here and in the lock. */
export function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** Quota over period, in CPUs; Infinity for no quota ("max" in cgroup v2, -1 in v1) or text that is not one. */
function cpusOf(quota: string | undefined, period: string | undefined): number {
  const q = Number(quota);
  const p = Number(period);
  return Number.isInteger(q) && q > 0 && Number.isInteger(p) && p > 0 ? q / p : Infinity;
}

/** The process's own cgroup paths, from /proc/self/cgroup: v2's ("0::/path") and v1's cpu controller's. */
function ownCgroups(text: string): { v2: string | null; v1: string | null } {
  let v2: string | null = null;
  let v1: string | null = null;
  for (const line of text.split('\n')) {
    const [id, controllers, ...rest] = line.split(':');
    const where = rest.join(':');
    if (id === '0' && controllers === '') v2 = where;
    else if (controllers?.split(',').includes('cpu')) v1 = where;
  }
  return { v2, v1 };
}

/** The process's cgroup under a mount and each one above it; a path outside the mount (another namespace's) leaves the root. */
function dirsUnder(mount: string, own: string | null): string[] {
  const parts = own && !own.split('/').includes('..') ? own.split('/').filter(Boolean) : [];
  return parts.map((_, i) => path.posix.join(mount, ...parts.slice(0, parts.length - i))).concat(mount);
}

/** The tightest CPU quota of v2's cpu.max ("200000 100000" is 2 CPUs) and v1's cfs quota over period; null if none. */
export function cgroupCpuQuota(read = readText): number | null {
  const own = ownCgroups(read('/proc/self/cgroup') ?? '');
  const v2 = dirsUnder('/sys/fs/cgroup', own.v2).map((dir) => {
    const [quota, period] = (read(`${dir}/cpu.max`) ?? '').trim().split(/\s+/);
    return cpusOf(quota, period);
  });
  const v1 = ['/sys/fs/cgroup/cpu', '/sys/fs/cgroup/cpu,cpuacct']
    .flatMap((mount) => dirsUnder(mount, own.v1))
    .map((dir) => cpusOf(read(`${dir}/cpu.cfs_quota_us`)?.trim(), read(`${dir}/cpu.cfs_period_us`)?.trim()));
  const tightest = Math.min(...v2, ...v1);
  return tightest === Infinity ? null : tightest;
}

/** The CPUs available, capped by the quota rounded up (1.5 CPUs of quota keep two workers busy), at least 1. */
export function usableCpus(cpus: number = availableParallelism(), quota: number | null = cgroupCpuQuota()): number {
  return quota === null ? cpus : Math.max(1, Math.min(cpus, Math.ceil(quota)));
}
