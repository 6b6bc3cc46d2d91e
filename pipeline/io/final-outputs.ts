// The final output files of a run, built as documents come in, in input order: each document's records are
// written at once; its row of documents.csv and report.json waits in a scratch file for the totals, which only
// the end knows. Memory holds counts and the document at hand, whatever the size of the input.
import {
  actorsCsv,
  csvRows,
  CSV_BATCH_ROWS,
  DocumentCounts,
  documentsCsvPieces,
  EVIDENCE_ROW_LIMIT,
  inRecordOrder,
  pairsCsv,
  renderHtmlReport,
  ReportAccumulator,
  reportJsonPieces,
  stanceCsvRow,
  STANCES_CSV_HEAD,
  type CsvCell,
  type DocumentStat,
  type DocumentTable,
  type RunInfo,
  type StreamedReport,
} from '../../stages/report/index.ts';
import type { InputError, StanceRecord } from '../../stages/schemas.ts';
import type { Resources } from '../config/resources.ts';
import { readLinesSync } from './lines.ts';
import { jsonLines } from './stage-files.ts';
import type { AtomicFiles, TemporaryFile } from './write/atomic.ts';

// One document's counts in memory: finished when another starts, they go to a scratch file, read back on each pass.
class DocumentFile implements DocumentTable {
  private current: DocumentCounts | null = null;

  constructor(private readonly file: TemporaryFile) {}

  get(docId: string): DocumentCounts {
    if (this.current?.doc_id !== docId) {
      this.finish();
      this.current = new DocumentCounts(docId);
    }
    return this.current;
  }

  *rows(): Generator<DocumentCounts> {
    this.finish();
    this.file.close();
    for (const line of readLinesSync(this.file.path)) yield DocumentCounts.fromJSON(JSON.parse(line));
  }

  private finish(): void {
    if (this.current) this.file.write(JSON.stringify(this.current) + '\n');
    this.current = null;
  }
}

export class FinalOutputs {
  private readonly counts: ReportAccumulator;
  private readonly jsonl: TemporaryFile;
  private readonly csv: TemporaryFile;
  private rows: CsvCell[][] = [];
  /** The first records written, for the report's evidence table. */
  private readonly evidence: StanceRecord[] = [];

  constructor(
    resources: Resources,
    private readonly files: AtomicFiles,
  ) {
    const stances = Object.entries(resources.lexicon.stances);
    this.counts = new ReportAccumulator(
      stances.map(([name]) => name),
      Object.fromEntries(stances.map(([name, s]) => [name, s.polarity])),
      new DocumentFile(files.open('.state/documents', true)),
    );
    this.jsonl = files.open('stances.jsonl');
    this.csv = files.open('stances.csv');
    this.csv.write(STANCES_CSV_HEAD);
  }

  /** One document, whole, its records in record order; `recordJson`, when the caller has it, is their lines. */
  addDocument(stat: DocumentStat, records: readonly StanceRecord[], recordJson?: readonly string[]): void {
    this.counts.addDocument(stat);
    for (const { record, json } of inRecordOrder(records, recordJson)) {
      this.counts.addRecord(record);
      this.jsonl.write(json + '\n');
      this.rows.push(stanceCsvRow(record));
      if (this.rows.length >= CSV_BATCH_ROWS) this.flushRows();
      if (this.evidence.length < EVIDENCE_ROW_LIMIT) this.evidence.push(record);
    }
  }

  addError(error: InputError): void {
    this.counts.addError(error);
  }

  /** Writes every other final file into the run's files, for the caller to commit; by default no document reused. */
  async write(startedAt: Date, documents?: { processed: number; reused: number }): Promise<StreamedReport> {
    this.flushRows();
    this.jsonl.close();
    this.csv.close();
    // Its `run` section is filled in last.
    const report = this.counts.streamedReport(runInfo(startedAt, { processed: 0, reused: 0 }));
    this.files.put('actors.csv', actorsCsv(report));
    this.files.put('pairs.csv', pairsCsv(report));
    // One row a document: these two are written a piece at a time rather than built as one string.
    this.files.put('documents.csv', documentsCsvPieces(report));
    this.files.put('errors.jsonl', jsonLines(report.errors));
    this.files.put('report.html', await renderHtmlReport(report, this.evidence, this.counts.recordCount));
    // Measured last, so the run's time, peak memory and CPU include drawing the charts.
    report.run = runInfo(startedAt, documents ?? { processed: report.totals.documents, reused: 0 });
    this.files.put('report.json', reportJsonPieces(report));
    return report;
  }

  private flushRows(): void {
    this.csv.write(csvRows(this.rows));
    this.rows = [];
  }
}

function runInfo(startedAt: Date, documents: { processed: number; reused: number }): RunInfo {
  const finishedAt = new Date();
  const usage = process.resourceUsage();
  return {
    started_at: startedAt.toISOString(),
    finished_at: finishedAt.toISOString(),
    duration_ms: finishedAt.getTime() - startedAt.getTime(),
    documents_processed: documents.processed,
    documents_reused: documents.reused,
    peak_rss_mb: Math.round(usage.maxRSS / 1024),
    // CPU time of all threads: cores busy = CPU time / duration.
    cpu_seconds: Math.round((usage.userCPUTime + usage.systemCPUTime) / 1e4) / 100,
  };
}
