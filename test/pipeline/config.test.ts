import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../pipeline/config.ts';
import { usableCpus } from '../../pipeline/cpus.ts';

describe('--jobs', () => {
  const cpus = usableCpus();

  it('defaults to the CPUs the process may use, without a warning', () => {
    expect(parseCommandLine(['pipeline'])).toMatchObject({ jobs: cpus, warnings: [] });
  });

  it('is capped at those CPUs, with a warning, when asked for more', () => {
    expect(parseCommandLine(['pipeline', '--jobs', '128'])).toMatchObject({
      jobs: cpus,
      warnings: [`--jobs 128: this process may use ${cpus} CPUs; running at most ${cpus} workers`],
    });
  });

  it('takes fewer as asked', () => {
    expect(parseCommandLine(['pipeline', '--jobs', '1'])).toMatchObject({ jobs: 1, warnings: [] });
  });
});
