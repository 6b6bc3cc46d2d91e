import { describe, expect, it } from 'vitest';
import { cgroupCpuQuota, usableCpus } from '../../pipeline/config/cpus.ts';

/** A file system holding just these files. */
const files = (contents: Record<string, string>) => (file: string) => contents[file] ?? null;

describe('the CPUs --jobs uses by default', () => {
  it('reads a cgroup v2 quota from cpu.max, "max" being none', () => {
    expect(cgroupCpuQuota(files({ '/sys/fs/cgroup/cpu.max': '200000 100000\n' }))).toBe(2);
    expect(cgroupCpuQuota(files({ '/sys/fs/cgroup/cpu.max': '150000 100000\n' }))).toBe(1.5);
    expect(cgroupCpuQuota(files({ '/sys/fs/cgroup/cpu.max': 'max 100000\n' }))).toBeNull();
  });

  it('reads a cgroup v1 quota over its period, -1 being none, under either mount name', () => {
    const v1 = (dir: string, quota: string) => files({ [`${dir}/cpu.cfs_quota_us`]: `${quota}\n`, [`${dir}/cpu.cfs_period_us`]: '100000\n' });
    expect(cgroupCpuQuota(v1('/sys/fs/cgroup/cpu', '400000'))).toBe(4);
    expect(cgroupCpuQuota(v1('/sys/fs/cgroup/cpu,cpuacct', '50000'))).toBe(0.5);
    expect(cgroupCpuQuota(v1('/sys/fs/cgroup/cpu', '-1'))).toBeNull();
  });

  it("takes the tightest quota over the process's own cgroup and those above it, up to the mount's root", () => {
    const self = { '/proc/self/cgroup': '9:name=systemd:/\n2:cpuacct:/\n1:cpu:/batch.slice/job\n0::/app.slice/app.service\n' };
    const v1 = (dir: string, quota: string) => ({ [`/sys/fs/cgroup/cpu${dir}/cpu.cfs_quota_us`]: quota, [`/sys/fs/cgroup/cpu${dir}/cpu.cfs_period_us`]: '100000' });
    expect(cgroupCpuQuota(files({ ...self, ...v1('/batch.slice/job', '-1'), ...v1('/batch.slice', '300000'), ...v1('', '-1') }))).toBe(3);
    expect(cgroupCpuQuota(files({ ...self, ...v1('/batch.slice/job', '800000'), ...v1('/batch.slice', '300000') }))).toBe(3);
    expect(cgroupCpuQuota(files({ ...self, ...v1('/batch.slice/job', '-1'), ...v1('', '-1') }))).toBeNull();
    expect(cgroupCpuQuota(files({ ...self, '/sys/fs/cgroup/app.slice/app.service/cpu.max': 'max 100000', '/sys/fs/cgroup/app.slice/cpu.max': '100000 100000' }))).toBe(1);
    // A container without a cgroup namespace sees the host's path, which its mount does not hold: its root counts.
    expect(cgroupCpuQuota(files({ ...self, '/sys/fs/cgroup/cpu.max': '200000 100000' }))).toBe(2);
  });

  it("does not leave the mount for a path outside the process's cgroup namespace", () => {
    const read = (file: string) => (file === '/proc/self/cgroup' ? '0::/../other\n' : file === '/sys/fs/cgroup/cpu.max' ? '300000 100000' : file.startsWith('/sys/fs/cgroup/') ? null : '100000 100000');
    expect(cgroupCpuQuota(read)).toBe(3);
  });

  it('finds no quota where there are no cgroup files, or none it can read as numbers', () => {
    expect(cgroupCpuQuota(files({}))).toBeNull();
    expect(cgroupCpuQuota(files({ '/sys/fs/cgroup/cpu.max': 'garbage' }))).toBeNull();
    expect(cgroupCpuQuota(files({ '/sys/fs/cgroup/cpu/cpu.cfs_quota_us': '100000' }))).toBeNull();
  });

  it('caps the CPUs at the quota rounded up, and never goes below one', () => {
    expect(usableCpus(64, 2)).toBe(2);
    expect(usableCpus(64, 1.5)).toBe(2);
    expect(usableCpus(64, 0.5)).toBe(1);
    expect(usableCpus(4, 16)).toBe(4);
    expect(usableCpus(8, null)).toBe(8);
  });
});
