// The output order: documents in input order (files in sorted order, documents in file order), each document's
// records in record order; the same bytes for any --jobs, for shards merged, and for a rerun that reuses documents.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stancesJsonl } from '../../stages/report/index.ts';
import type { StanceRecord } from '../../stages/schemas.ts';
import { cli, EVAL, expectSameOutputs, read, tempDir } from './cli.ts';

/** A folder whose input order is not doc_id order: a .txt file, then the CAMEO leads in reverse. */
function reversedInput(): { folder: string; order: string[] } {
  const folder = tempDir('order-in');
  writeFileSync(path.join(folder, 'a.txt'), 'Canada condemned the attack on the convoy. Norway praised the Chilean proposal.\n');
  const leads = readFileSync(path.join(EVAL, 'cameo.gold.jsonl'), 'utf8').trim().split('\n').reverse();
  writeFileSync(path.join(folder, 'b.jsonl'), leads.join('\n') + '\n');
  return { folder, order: ['a', ...leads.map((l) => String(JSON.parse(l).id))] };
}

const recordsOf = (dir: string): StanceRecord[] => read(dir, 'stances.jsonl').trim().split('\n').map((l) => JSON.parse(l));

/** Ids in the order they first appear. */
const firstSeen = (ids: string[]) => [...new Set(ids)];

describe('the output order', () => {
  const { folder, order } = reversedInput();
  const single = tempDir('order-jobs1');
  const one = cli(['pipeline', '--input', folder, '--output', single, '--jobs', '1']);

  it('lists documents in input order in every file, and the records of each in record order', () => {
    expect(one.status, one.stderr).toBe(0);
    const records = recordsOf(single);
    const documents = firstSeen(records.map((r) => r.doc_id));
    expect(documents.length).toBeGreaterThan(10);
    expect(documents).toEqual(order.filter((id) => documents.includes(id)));
    expect(documents).not.toEqual([...documents].sort());
    // Each document's records are consecutive and in record order.
    const expected = documents.map((id) => stancesJsonl(records.filter((r) => r.doc_id === id).reverse())).join('');
    expect(read(single, 'stances.jsonl')).toBe(expected);
    const csvIds = read(single, 'documents.csv').trim().split('\r\n').slice(1).map((row) => row.split(',')[0]);
    expect(csvIds).toEqual(order);
    const report = JSON.parse(read(single, 'report.json'));
    expect(report.documents.map((d: { doc_id: string }) => d.doc_id)).toEqual(order);
    // One run's report.json has no input_index: only shards carry it, for merge.
    expect(report.documents.some((d: object) => 'input_index' in d)).toBe(false);
  });

  it('--jobs 2 writes byte-identical outputs to --jobs 1', () => {
    const pooled = tempDir('order-jobs2');
    expect(cli(['pipeline', '--input', folder, '--output', pooled, '--jobs', '2']).status).toBe(0);
    expectSameOutputs(single, pooled);
  });

  it('three shards merged write what one run writes, each shard its documents with their places in the input', () => {
    const shards = [0, 1, 2].map((k) => {
      const out = tempDir(`order-shard${k}`);
      const r = cli(['pipeline', '--input', folder, '--output', out, '--shard', `${k}/3`, '--jobs', '2']);
      expect(r.status, r.stderr).toBe(0);
      const documents: { doc_id: string; input_index: number }[] = JSON.parse(read(out, 'report.json')).documents;
      expect(documents.length).toBeGreaterThan(0);
      for (const d of documents) expect(order[d.input_index]).toBe(d.doc_id);
      return out;
    });
    const merged = tempDir('order-merged');
    const r = cli(['merge', '--output', merged, shards[2]!, shards[0]!, shards[1]!]);
    expect(r.status, r.stderr).toBe(0);
    expectSameOutputs(single, merged);
  });

  it('a rerun that reuses most documents and processes a new one keeps input order: the bytes of a fresh run', () => {
    const input = reversedInput();
    const out = tempDir('order-rerun');
    expect(cli(['pipeline', '--input', input.folder, '--output', out, '--jobs', '2']).status).toBe(0);
    const lines = read(input.folder, 'b.jsonl').trim().split('\n');
    lines.splice(100, 0, JSON.stringify({ id: 'inserted', text: 'Peru condemned the raid on the embassy.' }));
    writeFileSync(path.join(input.folder, 'b.jsonl'), lines.join('\n') + '\n');
    expect(cli(['pipeline', '--input', input.folder, '--output', out, '--jobs', '2']).status).toBe(0);
    expect(JSON.parse(read(out, 'report.json')).run).toMatchObject({ documents_processed: 1, documents_reused: 276 });
    const documents = firstSeen(recordsOf(out).map((r) => r.doc_id));
    expect(documents).toContain('inserted');
    expect(documents).toEqual(['a', ...lines.map((l) => String(JSON.parse(l).id))].filter((id) => documents.includes(id)));
    const fresh = tempDir('order-fresh');
    expect(cli(['pipeline', '--input', input.folder, '--output', fresh, '--jobs', '1']).status).toBe(0);
    expectSameOutputs(fresh, out);
  });
});
