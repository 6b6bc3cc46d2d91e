// The report stage: pure functions from stance records and counts to the contents of the output files.
// The pipeline writes them; nothing here touches the file system or the clock.
export type { DocumentStat, Report, StreamedReport, RunInfo, ActorSummary, PairSummary, DocumentSummary, DateSummary } from './report-schema.ts';
export { DocumentSummarySchema, ReportSchema, RunInfoSchema } from './report-schema.ts';
export { DocumentCounts, type DocumentTable } from './document-counts.ts';
export { sortStanceRecords, compareText, inRecordOrder, stanceRecordJson } from '../records.ts';
export { buildReport } from './summary.ts';
export { ReportAccumulator, netScore, type Polarity } from './accumulate.ts';
export { stancesJsonl, stancesCsv, stanceJsonLine, stanceCsvRow, STANCES_CSV_HEAD, STANCE_CSV_COLUMNS } from './stance-files.ts';
export { csvRows, CSV_BATCH_ROWS, type CsvCell } from './csv.ts';
export { actorsCsv, pairsCsv, documentsCsv, documentsCsvPieces } from './summary-csv.ts';
export { reportJson, reportJsonPieces, reportJsonDocuments, ReportLayoutError } from './report-json.ts';
export { renderHtmlReport } from './html.ts';
export { preloadChartModules } from './charts.ts';
export { EVIDENCE_ROW_LIMIT } from './evidence.ts';
