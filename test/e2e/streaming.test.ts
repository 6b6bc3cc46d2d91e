// Records and documents stream out of memory, in input order: a run in this process must write what the CLI
// writes with two workers, byte for byte, leave no scratch file behind whether it succeeds or fails, and reuse
// the documents of its streamed manifest on a rerun.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../pipeline/config/command-line.ts';
import { loadResources, type Resources } from '../../pipeline/config/resources.ts';
import { createLogger } from '../../pipeline/io/log.ts';
import { MANIFEST_FILE } from '../../pipeline/state/manifest.ts';
import { runMerge } from '../../pipeline/commands/merge.ts';
import { runPipeline, runReport } from '../../pipeline/commands/pipeline.ts';
import { stancesJsonl } from '../../stages/report/index.ts';
import type { StanceRecord } from '../../stages/schemas.ts';
import { cli, expectSameOutputs, read, EVAL, tempDir } from './cli.ts';

const CAMEO = path.join(EVAL, 'cameo.gold.jsonl');
const log = createLogger({ quiet: true, format: 'text' });

function setUp(args: string[]) {
  const config = parseCommandLine(args);
  return { config, resources: loadResources(config) };
}

async function pipeline(output: string, extra: string[] = [], resources?: Resources) {
  const run = setUp(['pipeline', '--input', CAMEO, '--output', output, '--jobs', '1', '--quiet', ...extra]);
  return runPipeline(run.config, resources ?? run.resources, log);
}

/** Everything in a folder, dot files too, with contents: what a failed run must leave exactly as it was. */
function everything(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const file = path.join(e.parentPath, e.name);
        return [path.relative(dir, file), readFileSync(file, 'utf8')];
      }),
  );
}

const recordsOf = (dir: string): StanceRecord[] => read(dir, 'stances.jsonl').trim().split('\n').map((l) => JSON.parse(l));

describe('streamed outputs', () => {
  const reference = tempDir('stream-ref');
  const referenceRun = cli(['pipeline', '--input', CAMEO, '--output', reference, '--jobs', '2']);

  it('writes documents in input order, the records of each in record order, and only the manifest stays in .state', async () => {
    expect(referenceRun.status, referenceRun.stderr).toBe(0);
    const out = tempDir('stream');
    expect(await pipeline(out)).toBe(0);
    expectSameOutputs(reference, out);
    const records = recordsOf(out);
    expect(records.length).toBeGreaterThan(30);
    const inputOrder = readFileSync(CAMEO, 'utf8').trim().split('\n').map((l) => String(JSON.parse(l).id));
    const documents = [...new Set(records.map((r) => r.doc_id))];
    expect(documents).toEqual(inputOrder.filter((id) => documents.includes(id)));
    const byDocument = documents.map((id) => stancesJsonl([...records.filter((r) => r.doc_id === id)].reverse())).join('');
    expect(read(out, 'stances.jsonl')).toBe(byDocument);
    expect(readdirSync(path.join(out, '.state'))).toEqual([path.basename(MANIFEST_FILE)]);
  });

  it('a rerun reads the streamed manifest back: every document reused, the same outputs', async () => {
    const out = tempDir('stream-rerun');
    expect(await pipeline(out)).toBe(0);
    expect(await pipeline(out)).toBe(0);
    expect(JSON.parse(read(out, 'report.json')).run).toMatchObject({ documents_processed: 0, documents_reused: 275 });
    expectSameOutputs(reference, out);
    expect(await pipeline(out, ['--force'])).toBe(0);
    expect(JSON.parse(read(out, 'report.json')).run).toMatchObject({ documents_processed: 275, documents_reused: 0 });
  });

  it('a run that fails half way leaves the previous outputs, manifest included, and no scratch or temporary file', async () => {
    const out = tempDir('stream-fail');
    expect(await pipeline(out)).toBe(0);
    const before = everything(out);
    // A document past the 100th fails, well after the records of earlier ones were written out.
    const first100 = new Set(readFileSync(CAMEO, 'utf8').trim().split('\n').slice(0, 100).map((l) => JSON.parse(l).id));
    expect(recordsOf(reference).filter((r) => first100.has(r.doc_id)).length).toBeGreaterThan(6);
    let documents = 0;
    const { resources } = setUp(['pipeline']);
    const failing = Object.create(resources, {
      gazetteer: { get: () => (++documents > 100 ? failWith('a document failed') : resources.gazetteer) },
    }) as Resources;
    await expect(pipeline(out, ['--force'], failing)).rejects.toThrow('a document failed');
    expect(documents).toBe(101);
    expect(everything(out)).toEqual(before);
  });

  it('report alone reads the stage files a document at a time and writes what the pipeline writes', async () => {
    const alone = tempDir('stream-report');
    for (const stage of ['split', 'tag', 'classify']) {
      expect(cli(stage === 'split' ? [stage, '--input', CAMEO, '--output', alone] : [stage, '--output', alone]).status).toBe(0);
    }
    const run = setUp(['report', '--output', alone]);
    expect(await runReport(run.config, run.resources, log)).toBe(0);
    expectSameOutputs(reference, alone);
  });

  it('merge streams the shards in input order: equal to one run, and a broken shard leaves nothing', async () => {
    const shards = [0, 1].map((k) => {
      const shard = tempDir(`stream-shard${k}`);
      expect(cli(['pipeline', '--input', CAMEO, '--output', shard, '--shard', `${k}/2`, '--jobs', '1']).status).toBe(0);
      return shard;
    });
    const merged = tempDir('stream-merged');
    const merge = (output: string, folders: string[]) => {
      const run = setUp(['merge', '--output', output, ...folders]);
      return runMerge(run.config, run.resources, log);
    };
    expect(await merge(merged, shards)).toBe(0);
    expectSameOutputs(reference, merged);

    const broken = tempDir('stream-broken');
    for (const file of readdirSync(shards[1]!).filter((f) => !f.startsWith('.'))) copyFileSync(path.join(shards[1]!, file), path.join(broken, file));
    writeFileSync(path.join(broken, 'stances.jsonl'), read(broken, 'stances.jsonl') + '{"doc_id": 1}\n');
    const before = everything(merged);
    await expect(merge(merged, [shards[0]!, broken])).rejects.toThrow(/stances\.jsonl line \d+: /);
    expect(everything(merged)).toEqual(before);
  });
});

describe('the rerun manifest', () => {
  it('ignores a manifest.json of an earlier version (recomputing all) and removes it; a damaged line recomputes its document alone', async () => {
    const input = tempDir('manifest-in');
    mkdirSync(path.join(input, 'wire'));
    for (const [name, text] of [['a', 'Canada condemned the attack on the convoy.'], ['b', 'Norway praised the Chilean proposal.'], ['c', 'Peru backs the plan.']]) {
      writeFileSync(path.join(input, 'wire', `${name}.txt`), `${text}\n`);
    }
    const out = tempDir('manifest-out');
    const run = () => cli(['pipeline', '--input', input, '--output', out, '--jobs', '1']);
    expect(run().status).toBe(0);
    const fresh = tempDir('manifest-fresh');
    copyFileSync(path.join(out, 'stances.jsonl'), path.join(fresh, 'stances.jsonl'));

    // An output folder as the previous version left it: the whole-JSON manifest alone.
    rmSync(path.join(out, MANIFEST_FILE));
    writeFileSync(path.join(out, '.state', 'manifest.json'), JSON.stringify({ version: 1, fingerprint: 'x', documents: {} }));
    expect(run().status).toBe(0);
    expect(JSON.parse(read(out, 'report.json')).run).toMatchObject({ documents_processed: 3, documents_reused: 0 });
    expect(readdirSync(path.join(out, '.state'))).toEqual(['manifest.jsonl']);

    const lines = read(out, MANIFEST_FILE).split('\n');
    const damaged = lines.findIndex((l) => l.startsWith('{"id":"wire/b"'));
    lines[damaged] = lines[damaged]!.slice(0, -10);
    writeFileSync(path.join(out, MANIFEST_FILE), lines.join('\n'));
    expect(run().status).toBe(0);
    expect(JSON.parse(read(out, 'report.json')).run).toMatchObject({ documents_processed: 1, documents_reused: 2 });
    expect(read(out, 'stances.jsonl')).toBe(read(fresh, 'stances.jsonl'));
  });
});

function failWith(message: string): never {
  throw new Error(message);
}
