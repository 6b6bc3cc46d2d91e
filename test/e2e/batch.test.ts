import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, expectSameOutputs, read, ROOT, EVAL, tempDir } from './cli.ts';

const CAMEO = path.join(EVAL, 'cameo.gold.jsonl');

describe('batch runs over the 275 CAMEO leads', () => {
  const single = tempDir('jobs1');
  const one = cli(['pipeline', '--input', CAMEO, '--output', single, '--jobs', '1']);

  it('--jobs 2 writes byte-identical outputs to --jobs 1', () => {
    expect(one.status, one.stderr).toBe(0);
    const pooled = tempDir('jobs2');
    expect(cli(['pipeline', '--input', CAMEO, '--output', pooled, '--jobs', '2']).status).toBe(0);
    expectSameOutputs(single, pooled);
  });

  it('two shards merged equal one run, byte for byte', () => {
    const shards = [0, 1].map((k) => {
      const out = tempDir(`shard${k}`);
      const r = cli(['pipeline', '--input', CAMEO, '--output', out, '--shard', `${k}/2`, '--jobs', '1']);
      expect(r.status, r.stderr).toBe(0);
      return out;
    });
    const counts = shards.map((s) => JSON.parse(read(s, 'report.json')).totals.documents);
    expect(counts[0]! + counts[1]!).toBe(275);
    expect(counts.every((n: number) => n > 0)).toBe(true);
    const merged = tempDir('merged');
    const r = cli(['merge', '--output', merged, ...shards]);
    expect(r.status, r.stderr).toBe(0);
    expectSameOutputs(single, merged);
  });

  it('the shard index comes from a scheduler variable when --shard is not given', () => {
    const out = tempDir('slurm');
    const r = cli(['pipeline', '--input', CAMEO, '--output', out, '--shard-count', '2', '--jobs', '1'], { SLURM_ARRAY_TASK_ID: '1' });
    expect(r.status, r.stderr).toBe(0);
    const viaFlag = tempDir('flag');
    expect(cli(['pipeline', '--input', CAMEO, '--output', viaFlag, '--shard', '1/2', '--jobs', '1']).status).toBe(0);
    expectSameOutputs(viaFlag, out);
  });
});

describe('merging shards', () => {
  it('puts the input errors of all shards in one order, as one run would', () => {
    const input = tempDir('errs');
    const lines = [
      { id: 'd1', text: 'Chile backs the plan.' },
      { id: 'd2', text: 'Peru condemned the raid.' },
      'not json',
      { id: 'd3' },
      { id: 'd2', text: 'A second d2.' },
      { id: 'd4', text: 'Spain welcomed the truce.' },
      { id: 'd5', text: '   ' },
    ];
    writeFileSync(path.join(input, 'a.jsonl'), lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n');
    const whole = tempDir('errs-whole');
    expect(cli(['pipeline', '--input', input, '--output', whole, '--jobs', '1']).status).toBe(65);
    const shards = [0, 1, 2].map((k) => {
      const out = tempDir(`errs-${k}`);
      expect(cli(['pipeline', '--input', input, '--output', out, '--shard', `${k}/3`, '--jobs', '1']).status).toBeGreaterThanOrEqual(0);
      return out;
    });
    const merged = tempDir('errs-merged');
    expect(cli(['merge', '--output', merged, ...shards]).status).toBe(65);
    expect(read(merged, 'errors.jsonl').trim().split('\n')).toHaveLength(4);
    expectSameOutputs(whole, merged);
  });

  it('a document in two shards, or out of input order in one, or a folder no shard run wrote, is one clear error', () => {
    const input = tempDir('overlap-input');
    writeFileSync(path.join(input, 'a.jsonl'), ['a', 'b', 'c'].map((id) => JSON.stringify({ id, text: 'Chile backs the Peruvian proposal.' })).join('\n') + '\n');
    // Shard 0 of 1 holds every document, with its place in the input, as merge needs.
    const [first, second] = ['overlap-1', 'overlap-2'].map((name) => {
      const out = tempDir(name);
      expect(cli(['pipeline', '--input', input, '--output', out, '--shard', '0/1', '--jobs', '1']).status).toBe(0);
      return out;
    });
    const twice = cli(['merge', '--output', tempDir('overlap-merged'), first!, second!]);
    expect(twice.status).toBe(65);
    expect(twice.stderr).toBe(`error: document "a" is in two shards, ${first} and ${second}; were they run with the same N?\n`);
    const again = cli(['merge', '--output', tempDir('again-merged'), first!, `${first}/`]);
    expect(again.status).toBe(64);
    expect(again.stderr).toBe(`error: merge: ${first}/ is the shard folder ${first} again\n`);

    const report = read(first!, 'report.json');
    writeFileSync(path.join(first!, 'report.json'), report.replace('"doc_id": "b"', '"doc_id": "a"').replace('"input_index": 1', '"input_index": 0'));
    const repeated = cli(['merge', '--output', tempDir('repeated-merged'), first!]);
    expect(repeated.status).toBe(65);
    expect(repeated.stderr).toBe(`error: document "a" is twice in ${first}\n`);

    writeFileSync(path.join(first!, 'report.json'), report.replace('"input_index": 0', '"input_index": 5'));
    const unordered = cli(['merge', '--output', tempDir('unordered-merged'), first!]);
    expect(unordered.status).toBe(65);
    expect(unordered.stderr).toBe(`error: ${path.join(first!, 'report.json')}: documents are not in input order (input_index 1 after 5), as the pipeline writes them\n`);

    const whole = tempDir('overlap-whole');
    expect(cli(['pipeline', '--input', input, '--output', whole, '--jobs', '1']).status).toBe(0);
    const unsharded = cli(['merge', '--output', tempDir('unsharded-merged'), whole]);
    expect(unsharded.status).toBe(65);
    expect(unsharded.stderr).toBe(`error: ${path.join(whole, 'report.json')}: document "a" has no input_index: merge takes the outputs of --shard runs\n`);
  });

  it('a shard folder with a broken report is one clear error, not a crash', () => {
    const shard = tempDir('bad-shard');
    writeFileSync(path.join(shard, 'report.json'), '{"stances": [');
    const r = cli(['merge', '--output', tempDir('bad-merged'), shard]);
    expect(r.status).toBe(65);
    expect(r.stderr).toBe(`error: ${path.join(shard, 'report.json')} line 1: no "documents" array, 2 spaces in, as the pipeline writes it\n`);
  });

  it('a shard file that cannot be read is named, not a crash', () => {
    const shard = tempDir('unreadable-shard');
    mkdirSync(path.join(shard, 'report.json'));
    const r = cli(['merge', '--output', tempDir('unreadable-merged'), shard]);
    expect(r.status).toBe(66);
    expect(r.stderr).toBe(`error: ${path.join(shard, 'report.json')}: cannot read: EISDIR: illegal operation on a directory, read\n`);
  });

  it('a document of a shard report that breaks the schema is named by file and line', () => {
    const shard = tempDir('bad-doc-shard');
    expect(cli(['pipeline', '--input', path.join(EVAL, 'seed-article.txt'), '--output', shard, '--jobs', '1']).status).toBe(0);
    const report = read(shard, 'report.json');
    const field = '\n      "sentences": 41,'; // the document's, 6 spaces in (the totals' is 4)
    const line = report.slice(0, report.indexOf(field)).split('\n').length; // doc_date's; its "{" is 2 lines up
    writeFileSync(path.join(shard, 'report.json'), report.replace(field, '\n      "sentences": "41",'));
    const r = cli(['merge', '--output', tempDir('bad-doc-merged'), shard]);
    expect(r.status).toBe(65);
    expect(r.stderr).toBe(`error: ${path.join(shard, 'report.json')} line ${line - 2}: field "sentences": expected number, received string\n`);
  });
});

describe('incremental reruns', () => {
  it('adding a document processes only it, and the outputs equal a fresh run', () => {
    const input = tempDir('inc-in');
    mkdirSync(path.join(input, 'wire'));
    copyFileSync(path.join(EVAL, 'seed-article.txt'), path.join(input, 'seed.txt'));
    writeFileSync(path.join(input, 'wire', 'a.txt'), 'Canada condemned the attack on the convoy.\n');
    const out = tempDir('inc-out');
    expect(cli(['pipeline', '--input', input, '--output', out, '--jobs', '1']).status).toBe(0);
    expect(JSON.parse(read(out, 'report.json')).run).toMatchObject({ documents_processed: 2, documents_reused: 0 });

    writeFileSync(path.join(input, 'wire', 'b.txt'), 'Norway praised the Chilean proposal.\n');
    const rerun = cli(['pipeline', '--input', input, '--output', out, '--jobs', '1']);
    expect(rerun.status).toBe(0);
    expect(JSON.parse(read(out, 'report.json')).run).toMatchObject({ documents_processed: 1, documents_reused: 2 });

    const fresh = tempDir('inc-fresh');
    expect(cli(['pipeline', '--input', input, '--output', fresh, '--jobs', '1']).status).toBe(0);
    expectSameOutputs(fresh, out);

    const forced = cli(['pipeline', '--input', input, '--output', out, '--jobs', '1', '--force']);
    expect(forced.status).toBe(0);
    expect(JSON.parse(read(out, 'report.json')).run).toMatchObject({ documents_processed: 3, documents_reused: 0 });
  });

  it('a run without --keep-stages removes the stage files an earlier run kept, so `report` cannot read stale ones', () => {
    const input = tempDir('stale-in');
    writeFileSync(path.join(input, 'a.txt'), 'Canada condemned the attack on the convoy.\n');
    const out = tempDir('stale-out');
    expect(cli(['pipeline', '--input', input, '--output', out, '--jobs', '1', '--keep-stages']).status).toBe(0);
    expect(existsSync(path.join(out, 'stages', 'stances.jsonl'))).toBe(true);
    expect(cli(['pipeline', '--input', input, '--output', out, '--jobs', '1']).status).toBe(0);
    expect(existsSync(path.join(out, 'stages', 'stances.jsonl'))).toBe(false);
    expect(cli(['report', '--output', out]).status).toBe(66);
  });

  it('a changed lexicon recomputes every document', () => {
    const input = tempDir('lex-in');
    writeFileSync(path.join(input, 'a.txt'), 'Canada condemned the attack on the convoy.\n');
    const out = tempDir('lex-out');
    expect(cli(['pipeline', '--input', input, '--output', out, '--jobs', '1']).status).toBe(0);
    const lexicon = JSON.parse(read(ROOT, 'stages', 'classify', 'lexicon.json'));
    lexicon.cues.find((c: { pattern: string }) => c.pattern === 'condemn').weight = 0.5;
    const edited = path.join(tempDir('lex'), 'lexicon.json');
    writeFileSync(edited, JSON.stringify(lexicon));
    expect(cli(['pipeline', '--input', input, '--output', out, '--jobs', '1', '--lexicon', edited]).status).toBe(0);
    expect(JSON.parse(read(out, 'report.json')).run).toMatchObject({ documents_processed: 1, documents_reused: 0 });
    expect(JSON.parse(read(out, 'stances.jsonl')).confidence).toBe(0.45);
  });
});
