// The report's counts are folded one record at a time in whatever order records arrive: the report must be the
// one the records would give sorted, but for the documents' rows, which keep the order the documents came in.
import { describe, expect, it } from 'vitest';
import { buildReport, ReportAccumulator, sortStanceRecords, type Report } from '../../stages/report/index.ts';
import { ANKARA_BACKS_US, DOCUMENTS, ERRORS, manyRecords, POLARITY, reportInput, runInfo, STANCES, TUR } from './fixtures.ts';

describe('ReportAccumulator', () => {
  it('gives the same report whatever order the records come in', () => {
    const records = manyRecords(400);
    const sorted = buildReport({ ...reportInput(), records: sortStanceRecords(records) });
    for (const order of [records, [...records].reverse(), manyRecords(400, 1).sort((a, b) => a.cue.length - b.cue.length)]) {
      expect(buildReport({ ...reportInput(), records: order })).toEqual(sorted);
    }
    expect(sorted.totals.records + sorted.totals.negated).toBe(400);
  });

  it('names an actor and a pair after the first record in sorted order that names them', () => {
    const early = { ...ANKARA_BACKS_US, sentence_index: 0, source: { ...TUR, name: 'Turkey' } };
    const late = { ...ANKARA_BACKS_US, sentence_index: 7 };
    for (const records of [[late, early], [early, late]]) {
      const report = buildReport({ ...reportInput(), records });
      expect(report.actors.find((a) => a.id === 'TUR')?.name).toBe('Turkey');
      expect(report.pairs.map((p) => [p.source.name, p.target?.name, p.total])).toEqual([['Turkey', 'United States', 2]]);
    }
  });

  it('dates an undated document from its first dated record in sorted order, negated ones included', () => {
    const stat = { doc_id: 'seed-article', doc_date: null, sentences: 3 };
    const first = { ...ANKARA_BACKS_US, sentence_index: 0, doc_date: '2025-01-01', negated: true };
    const second = { ...ANKARA_BACKS_US, sentence_index: 2, doc_date: '2025-02-02' };
    for (const records of [[second, first], [first, second]]) {
      const report = buildReport({ ...reportInput(), documents: [stat], records });
      expect(report.documents).toEqual([
        { doc_id: 'seed-article', doc_date: '2025-01-01', sentences: 3, records: 1, negated: 1, errors: 0, by_stance: { support: 1, condemn: 0, offer: 0 } },
      ]);
    }
  });

  it('counts documents, errors and records added in any interleaving', () => {
    const records = manyRecords(50, 7);
    const counts = new ReportAccumulator(STANCES, POLARITY);
    records.forEach((r, i) => {
      counts.addRecord(r);
      if (i < DOCUMENTS.length) counts.addDocument(DOCUMENTS[i]!);
      if (i < ERRORS.length) counts.addError(ERRORS[i]!);
    });
    expect(counts.recordCount).toBe(50);
    // A record of a document not added yet makes its row: rows come in the order first named, so compare them by id.
    const byId = (r: Report) => ({ ...r, documents: [...r.documents].sort((a, b) => a.doc_id.localeCompare(b.doc_id)) });
    expect(byId(counts.report(runInfo()))).toEqual(byId(buildReport({ ...reportInput(), records })));
  });
});
