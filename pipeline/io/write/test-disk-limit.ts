// A fault-injection seam for tests: with STANCE_TEST_DISK_BYTES=N set, output writes fail as on a full disk
// (ENOSPC) once N bytes in all have been written, so a test can fill a disk without mounting one.
const limit = process.env.STANCE_TEST_DISK_BYTES === undefined ? Infinity : Number(process.env.STANCE_TEST_DISK_BYTES);
let written = 0;

/** Counts `bytes` about to be written; throws ENOSPC, as write(2) would, when they pass the test's limit. */
export function chargeTestDisk(bytes: number): void {
  written += bytes;
  if (written <= limit) return;
  throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' });
}
