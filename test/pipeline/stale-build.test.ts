// The warning when the bundle the npm scripts run is older than a source or data file it was built from.
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { staleBuildWarning } from '../../pipeline/config/stale-build.ts';

function checkout(): { root: string; bundle: string; touch: (file: string, seconds: number) => void } {
  const root = mkdtempSync(path.join(tmpdir(), 'stale-build-'));
  for (const folder of ['dist', 'stages/tag/data', 'pipeline']) mkdirSync(path.join(root, folder), { recursive: true });
  const touch = (file: string, seconds: number) => {
    writeFileSync(path.join(root, file), '');
    utimesSync(path.join(root, file), seconds, seconds);
  };
  touch('dist/cli.mjs', 2000);
  touch('pipeline/cli.ts', 1000);
  return { root, bundle: path.join(root, 'dist', 'cli.mjs'), touch };
}

describe('a bundle older than its sources', () => {
  it('says nothing when every source is older than the bundle', () => {
    const { bundle } = checkout();
    expect(staleBuildWarning(bundle)).toBeNull();
  });

  it('names a source or data file changed since the build', () => {
    const { bundle, touch } = checkout();
    touch('stages/tag/data/people.json', 3000);
    expect(staleBuildWarning(bundle)).toBe('stages/tag/data/people.json changed after the last build: run `npm run build` (dist/ runs the old code)');
  });

  it('says nothing when run from the sources rather than dist/', () => {
    const { root, touch } = checkout();
    touch('stages/tag/data/people.json', 3000);
    expect(staleBuildWarning(path.join(root, 'pipeline', 'cli.ts'))).toBeNull();
  });
});
