import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from './cli.ts';

/** A checkout of its own (sources copied, packages linked one by one), so its bundle cache is its own too. */
function checkout(): string {
  const dir = tempDir('launch');
  for (const part of ['pipeline', 'stages', 'package.json']) cpSync(path.join(ROOT, part), path.join(dir, part), { recursive: true });
  mkdirSync(path.join(dir, 'node_modules'));
  for (const pkg of readdirSync(path.join(ROOT, 'node_modules'))) {
    if (pkg !== '.cache') symlinkSync(path.join(ROOT, 'node_modules', pkg), path.join(dir, 'node_modules', pkg));
  }
  return dir;
}

const explain = (dir: string) =>
  spawnSync(process.execPath, [path.join(dir, 'pipeline', 'launch.mjs'), 'explain', '--text', 'Chile backs Peru.'], { cwd: dir, encoding: 'utf8' });
const bundles = (dir: string) => readdirSync(path.join(dir, 'node_modules', '.cache', 'stance-pipeline')).sort();

describe('the launcher', () => {
  it('builds a bundle once, reuses it, and builds a new one when a source changes', () => {
    const dir = checkout();
    const first = explain(dir);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('Chile [CHL] —support→ Peru [PER]');
    const [built] = bundles(dir);
    expect(bundles(dir)).toHaveLength(1);
    const builtAt = statSync(path.join(dir, 'node_modules', '.cache', 'stance-pipeline', built!, 'cli.mjs')).mtimeMs;

    expect(explain(dir).stdout).toBe(first.stdout);
    expect(bundles(dir)).toEqual([built]);
    expect(statSync(path.join(dir, 'node_modules', '.cache', 'stance-pipeline', built!, 'cli.mjs')).mtimeMs).toBe(builtAt);

    appendFileSync(path.join(dir, 'stages', 'classify', 'index.ts'), '\n// an edit\n');
    const edited = explain(dir);
    expect(edited.status, edited.stderr).toBe(0);
    expect(edited.stdout).toBe(first.stdout);
    expect(bundles(dir)).toHaveLength(2); // the earlier bundle stays a week: a running batch may still load it
  });

  it('builds a new bundle when npm installs other packages: the bundle holds their code', () => {
    const dir = checkout();
    writeFileSync(path.join(dir, 'package-lock.json'), readFileSync(path.join(ROOT, 'package-lock.json')));
    const first = explain(dir);
    expect(first.status, first.stderr).toBe(0);
    expect(bundles(dir)).toHaveLength(1);
    expect(explain(dir).status).toBe(0);
    expect(bundles(dir)).toHaveLength(1);

    appendFileSync(path.join(dir, 'package-lock.json'), '\n');
    const after = explain(dir);
    expect(after.status, after.stderr).toBe(0);
    expect(after.stdout).toBe(first.stdout);
    expect(bundles(dir)).toHaveLength(2);
  });

  it('runs the sources through tsx where the bundle cache cannot be written', () => {
    const dir = checkout();
    mkdirSync(path.join(dir, 'node_modules', '.cache'));
    // A file where the cache folder should be: nothing can be built there.
    appendFileSync(path.join(dir, 'node_modules', '.cache', 'stance-pipeline'), '');
    const r = explain(dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Chile [CHL] —support→ Peru [PER]');
    expect(r.stderr).toMatch(/^warn: running from the TypeScript sources \(slower start\): no bundle in /);
  });
});
