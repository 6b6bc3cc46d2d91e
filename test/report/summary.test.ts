import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  actorsCsv, buildReport, documentsCsv, netScore, pairsCsv, ReportLayoutError, ReportSchema, reportJson, reportJsonDocuments, reportJsonPieces,
  sortStanceRecords, type Report,
} from '../../stages/report/index.ts';
import { orderRunInfo } from '../../stages/report/accumulate.ts';
import {
  ANKARA_BACKS_US, FIDAN_US_INITIATIVE, HOSTILE, manyRecords, OFFER_TALKS, POLARITY, RECORDS, reportInput, runInfo, TUR_NO_SANCTIONS,
} from './fixtures.ts';

const rowsOf = (csv: string) => parse(csv.replace(/^\uFEFF/, '')) as string[][];

describe('buildReport', () => {
  const report = buildReport(reportInput());

  it('counts records per stance, leaving out the negated one', () => {
    expect(report.totals).toEqual({
      documents: 3, sentences: 45, records: 9, negated: 1, errors: 2,
      by_stance: { support: 3, condemn: 4, offer: 2 },
    });
  });

  it('leaves a negated record out of every count: actors, pairs, documents and timeline', () => {
    const withoutNegated = buildReport({ ...reportInput(), records: RECORDS.filter((r) => !r.negated) });
    const { totals, documents, ...rest } = report;
    const { totals: t2, documents: d2, ...rest2 } = withoutNegated;
    expect(rest).toEqual(rest2);
    expect({ ...totals, negated: 0 }).toEqual(t2);
    expect(documents.map((d) => ({ ...d, negated: 0 }))).toEqual(d2);
    expect(report.pairs.find((p) => p.source.id === 'TUR' && p.target?.id === 'RUS')).toBeUndefined();
  });

  it('sums each actor as source and as target, most involved first', () => {
    expect(report.actors.map((a) => [a.id, a.as_source.total, a.as_target.total])).toEqual([
      ['TUR', 3, 1], ['RUS', 1, 2], ['UKR', 1, 2], ['TUR_FIDAN', 2, 0], ['USA', 0, 2],
      ['ISR', 0, 1], ['RUS_LAVROV', 1, 0], ['UKR_ZELENSKYY', 1, 0],
    ]);
    expect(report.actors[0]).toEqual({
      id: 'TUR', name: 'Türkiye', country: 'TUR', role: null,
      as_source: { total: 3, by_stance: { support: 1, condemn: 0, offer: 2 } },
      as_target: { total: 1, by_stance: { support: 1, condemn: 0, offer: 0 } },
    });
  });

  it('scores each pair support + offer − condemn and keeps a stance without target as a null target', () => {
    const tur = report.pairs.filter((p) => p.source.id === 'TUR');
    expect(tur.map((p) => [p.target?.id ?? null, p.by_stance, p.net])).toEqual([
      [null, { support: 0, condemn: 0, offer: 1 }, 1],
      ['UKR', { support: 0, condemn: 0, offer: 1 }, 1],
      ['USA', { support: 1, condemn: 0, offer: 0 }, 1],
    ]);
    expect(report.pairs.find((p) => p.source.id === 'RUS')).toMatchObject({ target: { id: 'UKR' }, net: -1 });
  });

  it('nets several records of one pair, and a category outside the positive and negative sets counts 0', () => {
    const r = buildReport({
      ...reportInput(),
      records: [
        ANKARA_BACKS_US,
        { ...ANKARA_BACKS_US, sentence_index: 9, stance: 'offer' },
        { ...ANKARA_BACKS_US, sentence_index: 10, stance: 'condemn' },
        { ...ANKARA_BACKS_US, sentence_index: 11, stance: 'threaten' },
      ],
      stances: ['support', 'condemn', 'offer'],
    });
    expect(r.stances).toEqual(['support', 'condemn', 'offer', 'threaten']);
    expect(r.pairs).toEqual([
      expect.objectContaining({ total: 4, by_stance: { support: 1, condemn: 1, offer: 1, threaten: 1 }, net: 1 }),
    ]);
    expect(netScore({ support: 2, offer: 1, condemn: 4, threaten: 9 }, POLARITY)).toBe(-1);
  });

  it('takes each category’s polarity from the lexicon: an analyst’s "reject" can count against a pair', () => {
    const r = buildReport({
      ...reportInput(),
      records: [ANKARA_BACKS_US, { ...ANKARA_BACKS_US, sentence_index: 11, stance: 'reject' }, { ...ANKARA_BACKS_US, sentence_index: 12, stance: 'reject' }],
      stances: ['support', 'condemn', 'offer', 'reject'],
      polarity: { support: 1, condemn: -1, offer: 1, reject: -1 },
    });
    expect(r.net_score).toEqual({ positive: ['support', 'offer'], negative: ['condemn', 'reject'] });
    expect(r.pairs).toEqual([expect.objectContaining({ total: 3, net: -1 })]);
  });

  it('counts an input error against the document it names (a duplicate id), and against no other', () => {
    const r = buildReport({
      ...reportInput(),
      errors: [...reportInput().errors, { file: 'input/feed.jsonl', line: 9, doc_id: 'statement-undated', code: 'DUPLICATE_ID', reason: 'duplicate id "statement-undated": first seen in statement-undated.txt' }],
    });
    expect(r.documents.map((d) => [d.doc_id, d.errors])).toEqual([['wire/2025-03-03-ankara', 0], ['seed-article', 0], ['statement-undated', 1]]);
    expect(r.totals.errors).toBe(3);
  });

  it('summarises documents, in the order they came, from the records and dates from dated documents only', () => {
    expect(report.documents).toEqual([
      { doc_id: 'wire/2025-03-03-ankara', doc_date: '2025-03-03', sentences: 6, records: 3, negated: 1, errors: 0, by_stance: { support: 1, condemn: 1, offer: 1 } },
      { doc_id: 'seed-article', doc_date: '2025-02-24', sentences: 38, records: 5, negated: 0, errors: 0, by_stance: { support: 2, condemn: 2, offer: 1 } },
      { doc_id: 'statement-undated', doc_date: null, sentences: 1, records: 1, negated: 0, errors: 0, by_stance: { support: 0, condemn: 1, offer: 0 } },
    ]);
    expect(report.timeline).toEqual([
      { date: '2025-02-24', total: 5, by_stance: { support: 2, condemn: 2, offer: 1 } },
      { date: '2025-03-03', total: 3, by_stance: { support: 1, condemn: 1, offer: 1 } },
    ]);
  });

  it('is a valid ReportSchema whose errors are the input errors, sorted', () => {
    expect(ReportSchema.parse(report)).toEqual(report);
    expect(report.errors.map((e) => e.file)).toEqual(['input/broken.txt', 'input/feed.jsonl']);
  });
});

describe('sortStanceRecords', () => {
  it('orders by doc_id, sentence_index, source id, stance, target id, cue and breaks every other tie', () => {
    const a = { ...ANKARA_BACKS_US, sentence_index: 1 };
    const variants = [
      { ...a, cue: 'backs' }, { ...a, cue: 'back' }, { ...a, target: null }, { ...a, stance: 'condemn' },
      { ...a, source: FIDAN_US_INITIATIVE.source }, { ...a, quoted: true }, { ...a, confidence: 0.5 }, OFFER_TALKS,
    ];
    const sorted = sortStanceRecords(variants);
    expect(sortStanceRecords([...variants].reverse())).toEqual(sorted);
    expect(sorted.map((r) => [r.source.id, r.stance, r.target?.id ?? null, r.cue, r.quoted, r.confidence])).toEqual([
      ['TUR', 'offer', null, 'offer', false, 0.8],
      ['TUR', 'condemn', 'USA', 'backs', false, 0.92],
      ['TUR', 'support', null, 'backs', false, 0.92],
      ['TUR', 'support', 'USA', 'back', false, 0.92],
      ['TUR', 'support', 'USA', 'backs', false, 0.5],
      ['TUR', 'support', 'USA', 'backs', false, 0.92],
      ['TUR', 'support', 'USA', 'backs', true, 0.92],
      ['TUR_FIDAN', 'support', 'USA', 'backs', false, 0.92],
    ]);
  });

  it('does not change its input', () => {
    const input = [HOSTILE, OFFER_TALKS];
    sortStanceRecords(input);
    expect(input).toEqual([HOSTILE, OFFER_TALKS]);
  });
});

describe('report.json', () => {
  it('is pretty JSON with a trailing newline that parses back to the report', () => {
    const report = buildReport(reportInput());
    const json = reportJson(report);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json).toContain('\n  "totals": {\n    "documents": 3,');
    expect(JSON.parse(json)).toEqual(report);
  });

  it('differs between two runs over the same input only in its run section', () => {
    const first = reportJson(buildReport(reportInput(runInfo('2025-03-04T09:00:00.000Z', 1234))));
    const second = reportJson(
      buildReport({ ...reportInput({ ...runInfo('2025-03-05T17:30:00.000Z', 987), workers: 4 }), records: [...RECORDS].reverse() }),
    );
    expect(first).not.toBe(second);
    const { run: run1, ...rest1 } = JSON.parse(first);
    const { run: run2, ...rest2 } = JSON.parse(second);
    expect(JSON.stringify(rest1)).toBe(JSON.stringify(rest2));
    expect(Object.keys(run2)).toEqual(['started_at', 'finished_at', 'duration_ms', 'documents_processed', 'documents_reused', 'workers']);
  });

  it('is written in pieces that join to JSON.stringify of the whole parsed report, empty arrays included', () => {
    const whole = (r: Report) => JSON.stringify({ ...ReportSchema.parse(r), run: orderRunInfo(ReportSchema.parse(r).run) }, null, 2) + '\n';
    const big = buildReport({ ...reportInput({ ...runInfo(), workers: 4 }), records: manyRecords(300) });
    const empty = buildReport({ ...reportInput(), records: [], documents: [], errors: [] });
    for (const report of [big, empty]) {
      const pieces = [...reportJsonPieces(report)];
      expect(pieces.join('')).toBe(whole(report));
      expect(reportJson(report)).toBe(whole(report));
    }
    expect(empty.actors).toEqual([]);
    expect([...reportJsonPieces(big)].length).toBeGreaterThan(big.documents.length + big.actors.length + big.pairs.length);
  });

  it('writes keys in schema order even for a report assembled in another order', () => {
    const report = buildReport(reportInput());
    const { run, errors, totals, ...rest } = report;
    const shuffled = { run: Object.fromEntries(Object.entries(run).reverse()) as typeof run, errors, ...rest, totals };
    expect(reportJson(shuffled)).toBe(reportJson(report));
  });
});

describe('summary CSVs', () => {
  const report = buildReport(reportInput());

  it('actors.csv: one row per actor, per-stance columns as source and as target', () => {
    const [header, ...rows] = rowsOf(actorsCsv(report));
    expect(header).toEqual([
      'actor_id', 'name', 'country', 'role',
      'as_source', 'as_source_support', 'as_source_condemn', 'as_source_offer',
      'as_target', 'as_target_support', 'as_target_condemn', 'as_target_offer',
    ]);
    expect(rows[0]).toEqual(['TUR', 'Türkiye', 'TUR', '', '3', '1', '0', '2', '1', '1', '0', '0']);
    expect(rows[3]).toEqual(['TUR_FIDAN', 'Hakan Fidan', 'TUR', 'Foreign Minister', '2', '1', '1', '0', '0', '0', '0', '0']);
    expect(rows).toHaveLength(8);
  });

  it('pairs.csv: empty target cells for a stance without target, negative net as a number', () => {
    const [header, ...rows] = rowsOf(pairsCsv(report));
    expect(header).toEqual([
      'source_id', 'source_name', 'source_country', 'source_role', 'target_id', 'target_name', 'target_country', 'target_role',
      'total', 'support', 'condemn', 'offer', 'net',
    ]);
    expect(rows).toContainEqual(['TUR', 'Türkiye', 'TUR', '', '', '', '', '', '1', '0', '0', '1', '1']);
    expect(rows).toContainEqual(['RUS', 'Russia', 'RUS', '', 'UKR', 'Ukraine', 'UKR', '', '1', '0', '1', '0', '-1']);
  });

  it('documents.csv: sentences, counted records per stance, negated and errors', () => {
    expect(rowsOf(documentsCsv(report))).toEqual([
      ['doc_id', 'doc_date', 'sentences', 'records', 'support', 'condemn', 'offer', 'negated', 'errors'],
      ['wire/2025-03-03-ankara', '2025-03-03', '6', '3', '1', '1', '1', '1', '0'],
      ['seed-article', '2025-02-24', '38', '5', '2', '2', '1', '0', '0'],
      ['statement-undated', '', '1', '1', '0', '1', '0', '0', '0'],
    ]);
  });

  it('defuses a hostile actor name or stance category in the summaries too', () => {
    const r = buildReport({
      ...reportInput(),
      records: [{ ...TUR_NO_SANCTIONS, negated: false, stance: '=cmd', source: { id: '@TUR', name: '-Türkiye', country: null, role: null } }],
    });
    const [header, row] = rowsOf(actorsCsv(r));
    expect(header).toContain('as_source_=cmd');
    expect(row!.slice(0, 2)).toEqual(["'@TUR", "'-Türkiye"]);
    expect(rowsOf(pairsCsv(r))[0]).toContain("'=cmd");
    expect(rowsOf(documentsCsv(r))[0]).toContain("'=cmd");
  });

  describe('read back one document at a time (reportJsonDocuments)', () => {
    function* linesOf(text: string): Generator<string> {
      yield* text.split('\n');
    }
    const readBack = async (text: string) => {
      const out: { value: unknown; line: number }[] = [];
      for await (const item of reportJsonDocuments(linesOf(text))) out.push(item);
      return out;
    };
    const failure = async (text: string) => readBack(text).then(() => null, (error: unknown) => error);

    it('gives the documents the writer wrote, each with the number of its first line, and none of an empty array', async () => {
      const report = buildReport({ ...reportInput(), records: manyRecords(300) });
      const json = reportJson(report);
      const read = await readBack(json);
      expect(read.map((d) => d.value)).toEqual(report.documents);
      expect(report.documents.length).toBeGreaterThan(2);
      const lines = json.split('\n');
      for (const { value, line } of read) {
        expect(lines[line - 1]).toBe('    {');
        expect(lines[line]).toBe(`      "doc_id": ${JSON.stringify((value as { doc_id: string }).doc_id)},`);
      }
      expect(await readBack(reportJson(buildReport({ ...reportInput(), records: [], documents: [], errors: [] })))).toEqual([]);
    });

    it('names the line where a file departs from the layout the writer makes', async () => {
      const json = reportJson(buildReport(reportInput()));
      const compact = await failure(JSON.stringify(JSON.parse(json)));
      expect(compact).toBeInstanceOf(ReportLayoutError);
      expect(compact).toMatchObject({ line: 1, message: 'no "documents" array, 2 spaces in, as the pipeline writes it' });

      const lines = json.split('\n');
      const open = lines.indexOf('  "documents": [');
      const cut = await failure(lines.slice(0, open + 4).join('\n'));
      expect(cut).toMatchObject({ line: open + 4, message: 'the file ends inside "documents"' });

      const broken = [...lines];
      broken[open + 2] = '      "doc_id": oops,';
      expect(await failure(broken.join('\n'))).toMatchObject({ line: open + 2, message: expect.stringMatching(/^a document that is not valid JSON: /) });

      const shifted = [...lines];
      shifted[open + 1] = '{';
      expect(await failure(shifted.join('\n'))).toMatchObject({ line: open + 2, message: 'expected a document\'s "{" (4 spaces in) or the end of "documents", found "{"' });
    });
  });
});

