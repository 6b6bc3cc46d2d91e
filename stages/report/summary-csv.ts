// actors.csv, pairs.csv and documents.csv: the report's summaries, one column per stance category.
import { csvDocument, csvPieces, type CsvCell } from './csv.ts';
import type { StreamedReport } from './report-schema.ts';
import { actorCells } from './stance-files.ts';

const perStance = (stances: string[], byStance: Record<string, number>): number[] =>
  stances.map((s) => byStance[s] ?? 0);

export function actorsCsv(report: StreamedReport): string {
  const { stances } = report;
  const header = [
    'actor_id', 'name', 'country', 'role',
    'as_source', ...stances.map((s) => `as_source_${s}`),
    'as_target', ...stances.map((s) => `as_target_${s}`),
  ];
  const rows = report.actors.map((a): CsvCell[] => [
    ...actorCells(a),
    a.as_source.total, ...perStance(stances, a.as_source.by_stance),
    a.as_target.total, ...perStance(stances, a.as_target.by_stance),
  ]);
  return csvDocument(header, rows);
}

export function pairsCsv(report: StreamedReport): string {
  const { stances } = report;
  const header = [
    'source_id', 'source_name', 'source_country', 'source_role',
    'target_id', 'target_name', 'target_country', 'target_role',
    'total', ...stances, 'net',
  ];
  const rows = report.pairs.map((p): CsvCell[] => [
    ...actorCells(p.source), ...actorCells(p.target), p.total, ...perStance(stances, p.by_stance), p.net,
  ]);
  return csvDocument(header, rows);
}

/** documents.csv in pieces, its rows made as they are written: it has one a document, however many. */
export function* documentsCsvPieces(report: StreamedReport): Generator<string> {
  const { stances } = report;
  const header = ['doc_id', 'doc_date', 'sentences', 'records', ...stances, 'negated', 'errors'];
  function* rows(): Generator<CsvCell[]> {
    for (const d of report.documents) yield [d.doc_id, d.doc_date, d.sentences, d.records, ...perStance(stances, d.by_stance), d.negated, d.errors];
  }
  yield* csvPieces(header, rows());
}

export function documentsCsv(report: StreamedReport): string {
  return [...documentsCsvPieces(report)].join('');
}
