// Runs the real CLI in a child process, as npm scripts and schedulers do: one node process, so a signal reaches it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export { EVAL } from '../gold-files.ts';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** What the npm scripts run: the CLI as `npm run build` built it. */
export const CLI = path.join(ROOT, 'dist', 'cli.mjs');

export function cli(args: string[], env: Record<string, string> = {}): CliResult {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const tempDir = (prefix: string) => mkdtempSync(path.join(tmpdir(), `stance-${prefix}-`));
export const read = (...parts: string[]) => readFileSync(path.join(...parts), 'utf8');

/** report.json without its `run` section: the part that must not vary between runs. */
export function stableReport(folder: string): unknown {
  const { run: _run, ...rest } = JSON.parse(read(folder, 'report.json'));
  return rest;
}

const COMPARED = ['stances.jsonl', 'stances.csv', 'actors.csv', 'pairs.csv', 'documents.csv', 'errors.jsonl', 'report.html'];

/** Every output of folder b byte-identical to a's, report.json but for its run section. */
export function expectSameOutputs(a: string, b: string): void {
  for (const file of COMPARED) expect(read(b, file), file).toBe(read(a, file));
  expect(stableReport(b)).toEqual(stableReport(a));
}
