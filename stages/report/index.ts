// The report stage: pure functions from stance records and counts to the contents of the output files.
// The pipeline writes them; nothing here touches the file system or the clock.
export type { DocumentStat, Report, RunInfo, ActorSummary, PairSummary, DocumentSummary, DateSummary } from './report-schema.ts';
export { ReportSchema, RunInfoSchema } from './report-schema.ts';
export { sortStanceRecords, compareText } from './records.ts';
export { buildReport, netScore, type Polarity } from './summary.ts';
export { stancesJsonl, stancesCsv, STANCE_CSV_COLUMNS } from './stance-files.ts';
export { actorsCsv, pairsCsv, documentsCsv } from './summary-csv.ts';
export { reportJson } from './report-json.ts';
export { renderHtmlReport } from './html.ts';
