// What a run does when it cannot write its outputs, or has nothing to write: one line, an exit code a scheduler
// understands, no temporary file or lock left behind, the previous outputs whole.
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, EVAL, tempDir } from './cli.ts';

/** Every file under `dir`, dot-files and .state/ included, with its content. */
function everything(dir: string, prefix = ''): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const name = path.join(prefix, entry.name);
    if (entry.isDirectory()) Object.assign(files, everything(path.join(dir, entry.name), name));
    else files[name] = readFileSync(path.join(dir, entry.name), 'utf8');
  }
  return files;
}

describe('an output folder that cannot be made', () => {
  it('73 when a parent is a file, naming it, without a stack trace', () => {
    const dir = tempDir('parent-file');
    writeFileSync(path.join(dir, 'notes'), 'a file');
    const out = path.join(dir, 'notes', 'out');
    const r = cli(['pipeline', '--output', out]);
    expect(r.status).toBe(73);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`error: cannot create the output folder ${out}: ${path.join(dir, 'notes')} is a file, not a folder\n`);
  });

  it('73 for a dangling symbolic link, naming its target', () => {
    const dir = tempDir('dangling-out');
    const out = path.join(dir, 'out');
    symlinkSync(path.join(dir, 'unmounted'), out);
    const r = cli(['pipeline', '--output', out]);
    expect(r.status).toBe(73);
    expect(r.stderr).toBe(`error: cannot create the output folder ${out}: ${out} is a symbolic link to ${path.join(dir, 'unmounted')}, which does not exist\n`);
  });

  it.skipIf(!existsSync('/proc/self'))('73 at once for --output /proc/foo (it used to spin forever)', () => {
    const r = cli(['pipeline', '--output', '/proc/foo']);
    expect(r.status).toBe(73);
    expect(r.stderr).toBe('error: cannot create the output folder /proc/foo: the file system at /proc does not allow new folders\n');
  });
});

describe('a disk that fills up during the run (STANCE_TEST_DISK_BYTES)', () => {
  const input = path.join(EVAL, 'ungdc.dev.gold.jsonl');
  const out = tempDir('disk-full');
  const first = cli(['pipeline', '--input', path.join(EVAL, 'cameo.gold.jsonl'), '--output', out, '--quiet']);
  const before = everything(out);

  it('74 with one line naming the file, nothing left behind, the previous outputs whole', () => {
    expect(first.status, first.stderr).toBe(0);
    // The manifest fills its 64 K buffer mid-run, as the workers' results come in, and that write fails.
    const r = cli(['pipeline', '--input', input, '--output', out, '--jobs', '2'], { STANCE_TEST_DISK_BYTES: '1000' });
    expect(r.status).toBe(74);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`error: cannot write ${path.join(out, '.state', 'manifest.jsonl')}: no space left on device (ENOSPC)\n`);
    expect(everything(out)).toEqual(before);
  });

  it('says it as one JSON object under --log-format json, when the last output is written', () => {
    const r = cli(['pipeline', '--input', input, '--output', out, '--log-format', 'json'], { STANCE_TEST_DISK_BYTES: '260000' });
    expect(r.status).toBe(74);
    const lines = r.stderr.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([{ time: expect.any(String), level: 'error', message: `cannot write ${path.join(out, 'report.json')}: no space left on device (ENOSPC)` }]);
    expect(everything(out)).toEqual(before);
  });
});

describe('an input without documents (an unmounted share)', () => {
  const out = tempDir('empty-out');
  const first = cli(['pipeline', '--output', out, '--quiet']);
  const before = everything(out);

  it('66 and the previous outputs left whole', () => {
    expect(first.status, first.stderr).toBe(0);
    const empty = tempDir('empty-in');
    const r = cli(['pipeline', '--input', empty, '--output', out]);
    expect(r.status).toBe(66);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`error: no documents in ${empty}; outputs left as they were (--allow-empty writes empty ones)\n`);
    expect(everything(out)).toEqual(before);
  });

  it('66 too when every document was rejected, after one line for each', () => {
    const input = tempDir('all-rejected');
    writeFileSync(path.join(input, 'a.txt'), '   \n');
    const r = cli(['split', '--input', input, '--output', out]);
    expect(r.status).toBe(66);
    expect(r.stderr).toBe(
      `warn: a.txt: empty document: the text is only whitespace\nerror: no documents in ${input} (1 input errors above); outputs left as they were (--allow-empty writes empty ones)\n`,
    );
    expect(everything(out)).toEqual(before);
  });

  it('with --allow-empty, writes empty outputs and exits 0', () => {
    const empty = tempDir('empty-allowed');
    mkdirSync(path.join(empty, 'share'));
    const target = tempDir('empty-allowed-out');
    const r = cli(['pipeline', '--input', path.join(empty, 'share'), '--output', target, '--allow-empty']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe(`0 documents, 0 sentences, 0 stance records → ${target}/\n`);
    expect(readFileSync(path.join(target, 'stances.jsonl'), 'utf8')).toBe('');
  });
});
