// npm run eval as a user runs it: every gold file of eval/ in one table on stdout, mismatches to files.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, EVAL, tempDir } from './cli.ts';

const GOLD = readdirSync(EVAL).filter((f) => f.endsWith('.gold.jsonl')).sort();
const LEVELS = ['stance', 'stance+source', 'stance+source+target'];

/** The table's rows as [gold file or '', level], the header left out. */
const rowsOf = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .slice(1)
    .map((line) => {
      const cells = line.trim().split(/\s+/);
      return cells[0]!.endsWith('.jsonl') ? [cells[0], cells[4]] : ['', cells[0]];
    });

describe('npm run eval', () => {
  it('without --gold scores every gold file in eval/, three levels each, in one table', () => {
    const out = tempDir('eval-all');
    const r = cli(['eval', '--output', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(GOLD).toEqual(['cameo.gold.jsonl', 'seed.gold.jsonl', 'ungdc.dev.gold.jsonl', 'ungdc.team-dev.gold.jsonl', 'ungdc.team-dev10.gold.jsonl', 'ungdc.team-dev11.gold.jsonl', 'ungdc.team-dev12.gold.jsonl', 'ungdc.team-dev13.gold.jsonl', 'ungdc.team-dev14.gold.jsonl', 'ungdc.team-dev15.gold.jsonl', 'ungdc.team-dev16.gold.jsonl', 'ungdc.team-dev17.gold.jsonl', 'ungdc.team-dev18.gold.jsonl', 'ungdc.team-dev19.gold.jsonl', 'ungdc.team-dev2.gold.jsonl', 'ungdc.team-dev20.gold.jsonl', 'ungdc.team-dev21.gold.jsonl', 'ungdc.team-dev22.gold.jsonl', 'ungdc.team-dev23.gold.jsonl', 'ungdc.team-dev24.gold.jsonl', 'ungdc.team-dev25.gold.jsonl', 'ungdc.team-dev26.gold.jsonl', 'ungdc.team-dev27.gold.jsonl', 'ungdc.team-dev28.gold.jsonl', 'ungdc.team-dev29.gold.jsonl', 'ungdc.team-dev3.gold.jsonl', 'ungdc.team-dev30.gold.jsonl', 'ungdc.team-dev31.gold.jsonl', 'ungdc.team-dev4.gold.jsonl', 'ungdc.team-dev5.gold.jsonl', 'ungdc.team-dev6.gold.jsonl', 'ungdc.team-dev7.gold.jsonl', 'ungdc.team-dev8.gold.jsonl', 'ungdc.team-dev9.gold.jsonl', 'ungdc.test.gold.jsonl']);
    expect(r.stdout.split('\n')[0]).toMatch(/^gold +docs +expected +optional +level +P +R +F1 +correct\/predicted +found\/expected$/);
    expect(rowsOf(r.stdout)).toEqual(GOLD.flatMap((g) => LEVELS.map((level, i) => [i === 0 ? g : '', level])));
    expect(readdirSync(path.join(out, 'eval')).sort()).toEqual(
      GOLD.flatMap((g) => [g.replace('.jsonl', '.mismatches.txt'), g.replace('.jsonl', '.scores.json')]).sort(),
    );
  });

  it('scores only the files --gold names, and the seed article perfectly', () => {
    const out = tempDir('eval-seed');
    const r = cli(['eval', '--gold', path.join(EVAL, 'seed.gold.jsonl'), '--output', out]);
    expect(r.status, r.stderr).toBe(0);
    const seed = r.stdout.split('\n')[1]!.trim().split(/\s+/);
    expect(seed).toEqual(['seed.gold.jsonl', '1', '18', '10', 'stance', '1.000', '1.000', '1.000', '21/21', '18/18']);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(4);
  });

  it('names a gold file that does not exist and exits 66', () => {
    const r = cli(['eval', '--gold', 'no-such.gold.jsonl', '--output', tempDir('eval-missing')]);
    expect(r.status).toBe(66);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('no-such.gold.jsonl: gold file not found');
  });
});
