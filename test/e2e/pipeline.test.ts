import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, read, ROOT, EVAL, stableReport, tempDir } from './cli.ts';

const FINAL_FILES = ['actors.csv', 'documents.csv', 'errors.jsonl', 'pairs.csv', 'report.html', 'report.json', 'stances.csv', 'stances.jsonl'];

describe('npm run pipeline on the bundled seed article', () => {
  const out = tempDir('seed');
  const run = cli(['pipeline', '--output', out, '--keep-stages']);

  it('exits 0 with nothing on stdout and a one-line summary on stderr', () => {
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toBe(`1 documents, 41 sentences, 21 stance records → ${out}/`);
  });

  it('writes every output file and the stage files', () => {
    expect(readdirSync(out).filter((f) => !f.startsWith('.')).sort()).toEqual([...FINAL_FILES, 'stages'].sort());
    expect(readdirSync(path.join(out, 'stages')).sort()).toEqual(['errors.jsonl', 'mentions.jsonl', 'sentences.jsonl', 'stances.jsonl']);
  });

  it('finds who backs, condemns and offers what in the seed', () => {
    const records = read(out, 'stances.jsonl').trim().split('\n').map((l) => JSON.parse(l));
    const triples = records.map((r) => `${r.source.country} ${r.stance} ${r.target?.country ?? r.target?.id ?? '-'} "${r.cue}"`);
    expect(triples).toContain('TUR support USA "backs"');
    expect(triples).toContain('UKR condemn RUS "denounced"');
    expect(triples).toContain('USA support YPG "backed"');
    expect(triples).toContain('TUR condemn ISR "condemned"');
    expect(triples).toContain('TUR support RUS "welcoming"');
    const fidan = records.find((r: { cue: string }) => r.cue.startsWith('attach'));
    expect(fidan).toMatchObject({ source: { name: 'Hakan Fidan', country: 'TUR' }, quoted: true, attribution: 'quote-speaker', cameo: '051' });
  });

  it('writes the stance CSV with a BOM and the columns in the documented order', () => {
    const csv = read(out, 'stances.csv');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split(/\r?\n/)[0]).toBe(
      'doc_id,doc_date,sentence_index,source_id,source_name,source_country,source_role,stance,target_id,target_name,target_country,target_role,cue,negated,quoted,attribution,confidence,cameo,sentence',
    );
  });

  it('each stage run alone on the files of the stage before gives the same final output', () => {
    const alone = tempDir('alone');
    for (const stage of ['split', 'tag', 'classify', 'report']) {
      const args = stage === 'split' ? [stage, '--input', path.join(ROOT, 'input'), '--output', alone] : [stage, '--output', alone];
      const r = cli(args);
      expect(r.status, `${stage}: ${r.stderr}`).toBe(0);
      expect(r.stdout).toBe('');
    }
    for (const file of FINAL_FILES.filter((f) => f !== 'report.json')) expect(read(alone, file), file).toBe(read(out, file));
    for (const file of ['sentences.jsonl', 'mentions.jsonl', 'stances.jsonl']) expect(read(alone, 'stages', file)).toBe(read(out, 'stages', file));
    expect(stableReport(alone)).toEqual(stableReport(out));
  });

  it('with --keep-stages and two workers, writes the stage files in input order, as the stages run alone do', () => {
    const input = path.join(EVAL, 'cameo.gold.jsonl');
    const pooled = tempDir('keep-pooled');
    expect(cli(['pipeline', '--input', input, '--output', pooled, '--jobs', '2', '--keep-stages']).status).toBe(0);
    const alone = tempDir('keep-alone');
    for (const stage of ['split', 'tag', 'classify']) {
      const r = cli(stage === 'split' ? [stage, '--input', input, '--output', alone] : [stage, '--output', alone]);
      expect(r.status, `${stage}: ${r.stderr}`).toBe(0);
    }
    for (const file of ['sentences.jsonl', 'mentions.jsonl', 'stances.jsonl']) expect(read(pooled, 'stages', file), file).toBe(read(alone, 'stages', file));
    expect(read(pooled, 'stages', 'sentences.jsonl').split('\n').length).toBeGreaterThan(275);
  });

  it('gives byte-identical outputs on a second run, but for the run section', () => {
    const again = tempDir('again');
    expect(cli(['pipeline', '--output', again]).status).toBe(0);
    for (const file of FINAL_FILES.filter((f) => f !== 'report.json')) expect(read(again, file), file).toBe(read(out, file));
    expect(stableReport(again)).toEqual(stableReport(out));
  });
});

describe('input formats', () => {
  it('reads .txt, .md, .jsonl and .csv from a folder, with speakers and dates', () => {
    const input = tempDir('formats');
    mkdirSync(path.join(input, 'briefs'));
    writeFileSync(path.join(input, 'briefs', 'note.md'), 'Canada condemned the attack on the convoy.\n');
    writeFileSync(path.join(input, 'lead.txt'), 'Norway is willing to host talks between the two sides.\n');
    writeFileSync(
      path.join(input, 'speeches.jsonl'),
      JSON.stringify({ id: 'sp-1', text: 'We support Ukraine and its people.', speaker: 'United States', date: '2024-05-02' }) + '\n',
    );
    writeFileSync(path.join(input, 'wire.csv'), 'id,date,text\nw-1,2023-01-09,"Egypt welcomed the truce, officials said."\n');
    const out = tempDir('formats-out');
    const r = cli(['pipeline', '--input', input, '--output', out]);
    expect(r.status, r.stderr).toBe(0);
    const rows = read(out, 'stances.jsonl').trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((x) => [x.doc_id, x.doc_date, x.source.country, x.stance, x.target?.country ?? null, x.attribution])).toEqual([
      ['briefs/note', null, 'CAN', 'condemn', null, 'subject'],
      ['lead', null, 'NOR', 'offer', null, 'subject'],
      ['sp-1', '2024-05-02', 'USA', 'support', 'UKR', 'document-speaker'],
      ['w-1', '2023-01-09', 'EGY', 'support', null, 'subject'],
    ]);
  });
});

describe('the --config file', () => {
  it('supplies paths relative to itself and options, and flags win over it', () => {
    const dir = tempDir('config');
    mkdirSync(path.join(dir, 'news'));
    writeFileSync(path.join(dir, 'news', 'a.txt'), 'Kenya praised the Ugandan proposal.\n');
    writeFileSync(path.join(dir, 'run.json'), JSON.stringify({ input: 'news', output: 'out', keep_stages: true }));
    const r = cli(['pipeline', '--config', path.join(dir, 'run.json'), '--jobs', '1']);
    expect(r.status, r.stderr).toBe(0);
    expect(read(dir, 'out', 'stances.csv')).toContain('Kenya');
    expect(existsSync(path.join(dir, 'out', 'stages', 'mentions.jsonl'))).toBe(true);
    const elsewhere = tempDir('config-flag');
    expect(cli(['pipeline', '--config', path.join(dir, 'run.json'), '--output', elsewhere, '--jobs', '1']).status).toBe(0);
    expect(existsSync(path.join(elsewhere, 'stances.csv'))).toBe(true);
  });

  it('78 for an unknown key, naming the file and the key', () => {
    const dir = tempDir('config-bad');
    writeFileSync(path.join(dir, 'run.json'), JSON.stringify({ inptu: 'news' }));
    const r = cli(['pipeline', '--config', path.join(dir, 'run.json')]);
    expect(r.status).toBe(78);
    expect(r.stderr).toBe(`error: ${path.join(dir, 'run.json')}: top level: Unrecognized key: "inptu"\n`);
  });
});

describe('exit codes and errors', () => {
  it('66 when the input path is missing, with one line on stderr and nothing written', () => {
    const out = tempDir('missing');
    const r = cli(['pipeline', '--input', 'no/such/folder', '--output', out]);
    expect(r.status).toBe(66);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('error: no/such/folder: input path not found\n');
    expect(readdirSync(out)).toEqual([]);
  });

  it('78 for a lexicon with a bad cue, naming the file, the cue and the field; the output folder untouched', () => {
    const dir = tempDir('lexicon');
    const lexicon = JSON.parse(read(ROOT, 'stages', 'classify', 'lexicon.json'));
    lexicon.cues[2].weight = 3;
    const file = path.join(dir, 'lexicon.json');
    writeFileSync(file, JSON.stringify(lexicon));
    const out = tempDir('lexicon-out');
    writeFileSync(path.join(out, 'stances.csv'), 'previous run\n');
    const r = cli(['pipeline', '--lexicon', file, '--output', out]);
    expect(r.status).toBe(78);
    expect(r.stderr).toBe(`error: ${file}: entry 3 ("${lexicon.cues[2].pattern}"), field "weight": Too big: expected number to be <=1\n`);
    expect(readdirSync(out)).toEqual(['stances.csv']);
    expect(read(out, 'stances.csv')).toBe('previous run\n');
  });

  it('78 for an actor file with a bad entry', () => {
    const dir = tempDir('actors');
    const file = path.join(dir, 'actors.json');
    writeFileSync(file, JSON.stringify([{ id: 'acme', name: 'Acme Corp', kind: 'company', aliases: ['Acme'] }]));
    const r = cli(['pipeline', '--actors', file, '--output', tempDir('actors-out')]);
    expect(r.status).toBe(78);
    expect(r.stderr).toMatch(new RegExp(`^error: ${file}: entry 1 \\("acme"\\), field "kind": `));
  });

  it('65 when some documents are rejected: the rest is processed and each rejection is in errors.jsonl', () => {
    const input = tempDir('mixed');
    writeFileSync(path.join(input, 'good.txt'), 'Japan praised the agreement.\n');
    writeFileSync(path.join(input, 'docs.jsonl'), '{"id":"a","text":"Chile backs the plan."}\n{"id":"b"}\nnot json\n');
    const out = tempDir('mixed-out');
    const r = cli(['pipeline', '--input', input, '--output', out]);
    expect(r.status).toBe(65);
    expect(r.stdout).toBe('');
    const errors = read(out, 'errors.jsonl').trim().split('\n').map((l) => JSON.parse(l));
    const located = [['docs.jsonl', 2, 'b', 'MISSING_TEXT'], ['docs.jsonl', 3, undefined, 'INVALID_JSON']];
    expect(errors.map((e) => [e.file, e.line, e.doc_id, e.code])).toEqual(located);
    const docs = read(out, 'stances.jsonl').trim().split('\n').map((l) => JSON.parse(l).doc_id);
    expect(docs).toEqual(['a', 'good']);
    const reported = JSON.parse(read(out, 'report.json')).errors as { file: string; line: number; doc_id?: string; code: string }[];
    expect(reported.map((e) => [e.file, e.line, e.doc_id, e.code])).toEqual(located);
  });

  it('64 for an unknown flag', () => {
    const r = cli(['pipeline', '--inptu', 'x']);
    expect(r.status).toBe(64);
    expect(r.stderr).toMatch(/^error: Unknown option '--inptu'/);
    expect(existsSync(path.join(ROOT, 'x'))).toBe(false);
  });

  it('64 for a path given without a flag, rather than running on the default input', () => {
    const r = cli(['pipeline', 'news/']);
    expect(r.status).toBe(64);
    expect(r.stderr).toBe('error: unexpected argument "news/": give paths with --input or --output\n');
  });

  it('explain names a missing document in one line', () => {
    const r = cli(['explain', '--doc', 'nope']);
    expect(r.status).toBe(65);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('error: input: no document with id "nope"\n');
  });

  it('75 when another live run holds the output folder, naming its pid', () => {
    const out = tempDir('locked');
    writeFileSync(path.join(out, '.lock'), `${process.pid}\n`);
    const r = cli(['pipeline', '--output', out]);
    expect(r.status).toBe(75);
    expect(r.stderr).toBe(`error: ${out}: another run (pid ${process.pid}) is writing to this output folder; lock ${path.join(out, '.lock')}\n`);
    expect(readdirSync(out)).toEqual(['.lock']);
  });

  it('takes over a lock left by a process that no longer runs', () => {
    const out = tempDir('stale');
    writeFileSync(path.join(out, '.lock'), '2147483646\n');
    expect(cli(['pipeline', '--output', out]).status).toBe(0);
    expect(existsSync(path.join(out, '.lock'))).toBe(false);
    expect(existsSync(path.join(out, 'stances.csv'))).toBe(true);
  });
});
