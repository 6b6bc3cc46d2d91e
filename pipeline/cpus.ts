// How many CPUs this process may use, for --jobs' default: those it may run on (os.availableParallelism, which
// honours a CPU set, as Slurm allocations use), capped by its cgroup's CPU quota — a container's CPU limit on
// Kubernetes or Docker, which Node does not read. Without the cap, a pod limited to 2 CPUs on a 64-core node
// would start 64 workers, each with its own heap, and be throttled to the speed of 2.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';

/** A file's text, or null when it is not there (or not readable). */
export type ReadText = (file: string) => string | null;

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** Quota over period, in CPUs; null for no quota ("max" in cgroup v2, -1 in v1) or text that is not one. */
function cpusOf(quota: string | undefined, period: string | undefined): number | null {
  const q = Number(quota);
  const p = Number(period);
  return Number.isInteger(q) && q > 0 && Number.isInteger(p) && p > 0 ? q / p : null;
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

/**
 * Where to look under a cgroup mount: the process's own cgroup first (a service run in a cgroup of its own),
 * then the mount's root, which in a container is the container's cgroup.
 */
function dirsUnder(mount: string, own: string | null): string[] {
  return own && own !== '/' ? [path.posix.join(mount, own), mount] : [mount];
}

/**
 * The CPU quota of the process's cgroup: cgroup v2's cpu.max ("200000 100000" is 2 CPUs, "max 100000" none),
 * else v1's cpu.cfs_quota_us over cpu.cfs_period_us (a quota of -1 is none). The first cgroup that has the file
 * decides.
 */
export function cgroupCpuQuota(read: ReadText = readText): number | null {
  const own = ownCgroups(read('/proc/self/cgroup') ?? '');
  for (const dir of dirsUnder('/sys/fs/cgroup', own.v2)) {
    const max = read(`${dir}/cpu.max`);
    if (max === null) continue;
    const [quota, period] = max.trim().split(/\s+/);
    return cpusOf(quota, period);
  }
  for (const mount of ['/sys/fs/cgroup/cpu', '/sys/fs/cgroup/cpu,cpuacct']) {
    for (const dir of dirsUnder(mount, own.v1)) {
      const quota = read(`${dir}/cpu.cfs_quota_us`);
      if (quota !== null) return cpusOf(quota.trim(), read(`${dir}/cpu.cfs_period_us`)?.trim());
    }
  }
  return null;
}

/** The CPUs available, capped by the quota rounded up (1.5 CPUs of quota keep two workers busy), at least 1. */
export function usableCpus(cpus: number = availableParallelism(), quota: number | null = cgroupCpuQuota()): number {
  return quota === null ? cpus : Math.max(1, Math.min(cpus, Math.ceil(quota)));
}
