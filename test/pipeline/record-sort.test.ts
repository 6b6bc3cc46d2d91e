// The external merge sort must give exactly sortStanceRecords' order, in memory or through spill files on disk.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MERGE_FAN_IN, RecordSorter, type SortedRecord } from '../../pipeline/state/spill-sort.ts';
import { pendingTemporaryFiles } from '../../pipeline/io/write/atomic.ts';
import { stancesJsonl } from '../../stages/report/index.ts';
import { manyRecords } from '../report/fixtures.ts';

const scratch = () => mkdtempSync(path.join(tmpdir(), 'stance-sort-'));

async function collect(sorted: Iterable<SortedRecord>): Promise<SortedRecord[]> {
  const out: SortedRecord[] = [];
  for await (const r of sorted) out.push(r);
  return out;
}

describe('RecordSorter', () => {
  it('sorts in memory when the records fit in one chunk, writing nothing', async () => {
    const folder = scratch();
    const records = manyRecords(100);
    const sorter = new RecordSorter(folder, 100);
    records.forEach((r) => sorter.add(r));
    const sorted = await collect(sorter.sorted());
    expect(sorted.map((r) => r.json + '\n').join('')).toBe(stancesJsonl(records));
    expect(readdirSync(folder)).toEqual([]);
  });

  it('with chunks of 3 records, merges the spill files (in rounds past the fan-in) into exactly the in-memory order', async () => {
    const folder = scratch();
    const records = manyRecords(3 * MERGE_FAN_IN * 2 + 5, 3);
    const sorter = new RecordSorter(folder, 3);
    records.forEach((r) => sorter.add(r));
    // Every full chunk is already a sorted spill file on disk, registered for removal on SIGINT/SIGTERM.
    const spills = readdirSync(folder);
    expect(spills).toHaveLength(Math.floor(records.length / 3));
    expect(spills.every((f) => /^\.record-spill\.\d+\.[0-9a-f]{8}\.tmp$/.test(f))).toBe(true);
    expect(spills.every((f) => pendingTemporaryFiles().has(path.join(folder, f)))).toBe(true);

    const sorted = await collect(sorter.sorted());
    expect(sorted.map((r) => r.json + '\n').join('')).toBe(stancesJsonl(records));
    expect(sorted.map((r) => r.record)).toEqual(JSON.parse(`[${stancesJsonl(records).trim().split('\n').join(',')}]`));
    expect(readdirSync(folder)).toEqual([]);
    expect([...pendingTemporaryFiles()].filter((f) => f.startsWith(folder))).toEqual([]);
  });

  it('removes its spill files when the run fails before they are merged, or stops reading them half way', async () => {
    const folder = scratch();
    const failed = new RecordSorter(folder, 3);
    manyRecords(30).forEach((r) => failed.add(r));
    expect(readdirSync(folder)).toHaveLength(10);
    failed.dispose();
    expect(readdirSync(folder)).toEqual([]);

    const stopped = new RecordSorter(folder, 3);
    manyRecords(30).forEach((r) => stopped.add(r));
    for await (const _ of stopped.sorted()) break;
    stopped.dispose();
    expect(readdirSync(folder)).toEqual([]);
  });
});
