// The documents' rows through sorted spill files on disk must be the rows an in-memory table gives, however the stats
// and records of a document are spread over the spill files.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentSpill } from '../../pipeline/state/spill-sort.ts';
import { MERGE_FAN_IN } from '../../pipeline/state/spill-sort.ts';
import { pendingTemporaryFiles } from '../../pipeline/io/write/atomic.ts';
import { ReportAccumulator, type DocumentTable } from '../../stages/report/index.ts';
import type { InputError, StanceRecord } from '../../stages/schemas.ts';
import type { DocumentStat } from '../../stages/report/index.ts';
import { manyRecords, POLARITY, runInfo, STANCES } from '../report/fixtures.ts';

const scratch = () => mkdtempSync(path.join(tmpdir(), 'stance-docs-'));

type Step = { stat: DocumentStat } | { record: StanceRecord } | { error: InputError };

/** Stats (some ids twice, some undated), records (some of documents never read) and errors, in one seeded order. */
function steps(seed: number, apart: boolean): Step[] {
  let state = seed;
  const pick = (n: number) => ((state = (state * 1103515245 + 12345) % 2 ** 31), Math.floor((state / 2 ** 31) * n));
  const stats: Step[] = Array.from({ length: 400 }, () => {
    const id = pick(300);
    return { stat: { doc_id: `doc-${id}`, doc_date: pick(4) === 0 ? null : `2025-04-${10 + pick(9)}`, sentences: 1 + pick(9) } };
  });
  const records: Step[] = manyRecords(600, seed).map((r) => ({ record: { ...r, doc_id: `doc-${pick(330)}` } }));
  const errors: Step[] = [{ error: { file: 'a.jsonl', line: 3, doc_id: 'doc-7', code: 'DUPLICATE_ID', reason: expect.stringContaining('first seen in a.jsonl line 1') } }];
  if (apart) return [...stats, ...errors, ...records]; // as `report` and `merge` add them
  const mixed = [...stats, ...records, ...errors];
  for (let i = mixed.length - 1; i > 0; i--) {
    const j = pick(i + 1);
    [mixed[i], mixed[j]] = [mixed[j]!, mixed[i]!];
  }
  return mixed;
}

function counted(all: Step[], table?: DocumentTable) {
  const counts = new ReportAccumulator(STANCES, POLARITY, table);
  for (const s of all) {
    if ('stat' in s) counts.addDocument(s.stat);
    else if ('record' in s) counts.addRecord(s.record);
    else counts.addError(s.error);
  }
  return counts;
}

describe('DocumentSpill', () => {
  it('gives the rows an in-memory table gives, whatever the chunk and however stats and records are spread', () => {
    for (const [seed, apart] of [[1, true], [2, false], [3, false]] as const) {
      const all = steps(seed, apart);
      const expected = counted(all).report(runInfo());
      expect(expected.documents.length).toBeGreaterThan(250);
      for (const chunk of [1, 7, 1000]) {
        const folder = scratch();
        const spill = new DocumentSpill(folder, chunk);
        const counts = counted(all, spill);
        // One document a chunk makes hundreds of spill files: more than one round of merging takes.
        if (chunk === 1) expect(readdirSync(folder).length).toBeGreaterThan(MERGE_FAN_IN);
        expect(counts.report(runInfo()), `seed ${seed}, chunk ${chunk}`).toEqual(expected);
        spill.dispose();
        expect(readdirSync(folder)).toEqual([]);
      }
    }
  });

  it('reads the spill files again on each pass, and never changes what memory holds', () => {
    const spill = new DocumentSpill(scratch(), 5);
    const counts = counted(steps(4, true), spill);
    const report = counts.streamedReport(runInfo());
    const first = [...report.documents];
    expect([...report.documents]).toEqual(first);
    expect(counts.report(runInfo()).documents).toEqual(first);
    spill.dispose();
  });

  it('writes its spill files as registered temporary files, and removes them all when disposed, read or not', () => {
    const folder = scratch();
    const spill = new DocumentSpill(folder, 3);
    counted(steps(5, false), spill);
    const files = readdirSync(folder);
    expect(files.length).toBeGreaterThan(10);
    expect(files.every((f) => /^\.document-spill\.\d+\.[0-9a-f]{8}\.tmp$/.test(f))).toBe(true);
    expect(files.every((f) => pendingTemporaryFiles().has(path.join(folder, f)))).toBe(true);
    spill.dispose();
    expect(readdirSync(folder)).toEqual([]);
    expect([...pendingTemporaryFiles()].filter((f) => f.startsWith(folder))).toEqual([]);
  });
});
