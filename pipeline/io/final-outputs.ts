// The final output files of a run (stances.jsonl and .csv, the summary CSVs, report.json, report.html,
// errors.jsonl), built as the records stream in: the report from running counts, the stance files from an
// external sort, the documents' rows from sorted runs. Memory holds counts, one chunk of records and one of
// documents, whatever their number.
import path from 'node:path';
import {
  actorsCsv,
  csvRows,
  CSV_BATCH_ROWS,
  documentsCsvPieces,
  EVIDENCE_ROW_LIMIT,
  pairsCsv,
  renderHtmlReport,
  ReportAccumulator,
  reportJsonPieces,
  stanceCsvRow,
  STANCES_CSV_HEAD,
  type CsvCell,
  type DocumentStat,
  type StreamedReport,
} from '../../stages/report/index.ts';
import type { InputError, StanceRecord } from '../../stages/schemas.ts';
import type { Resources } from '../config/resources.ts';
import { DOCUMENT_CHUNK, DocumentSpill } from '../state/spill-sort.ts';
import { RecordSorter, SORT_CHUNK_RECORDS } from '../state/spill-sort.ts';
import { jsonLines } from './stage-files.ts';
import { AtomicFiles } from './write/atomic.ts';
import type { TemporaryFile } from './write/temporary.ts';


/** The process's peak memory and the CPU time all its threads used so far (cores busy = CPU time / duration). */
function usage(): { peak_rss_mb: number; cpu_seconds: number } {
  const u = process.resourceUsage();
  return { peak_rss_mb: Math.round(u.maxRSS / 1024), cpu_seconds: Math.round((u.userCPUTime + u.systemCPUTime) / 1e4) / 100 };
}

export interface OutputOptions {
  /** Records sorted in memory at most; tests lower it to exercise the merge of runs. */
  sortChunkRecords?: number;
  /** Documents counted in memory at most; tests lower it likewise. */
  documentChunk?: number;
}

export class FinalOutputs {
  private readonly counts: ReportAccumulator;
  private readonly sorter: RecordSorter;
  private readonly documents: DocumentSpill;
  private readonly inputErrors: InputError[] = [];
  /** For the run's summary line: documents read, their sentences, and records counted (negated ones are not). */
  readonly summary = { documents: 0, sentences: 0, counted: 0 };

  constructor(output: string, resources: Resources, options: OutputOptions = {}) {
    const stances = Object.entries(resources.lexicon.stances);
    this.documents = new DocumentSpill(path.join(output, '.state'), options.documentChunk ?? DOCUMENT_CHUNK);
    this.counts = new ReportAccumulator(
      stances.map(([name]) => name),
      Object.fromEntries(stances.map(([name, s]) => [name, s.polarity])),
      this.documents,
    );
    this.sorter = new RecordSorter(path.join(output, '.state'), options.sortChunkRecords ?? SORT_CHUNK_RECORDS);
  }

  addDocument(stat: DocumentStat): void {
    this.counts.addDocument(stat);
    this.summary.documents += 1;
    this.summary.sentences += stat.sentences;
  }

  /** `recordJson`, when the caller has it, holds each record's `stanceRecordJson`. */
  addRecords(records: readonly StanceRecord[], recordJson?: readonly string[]): void {
    for (const [i, record] of records.entries()) {
      this.counts.addRecord(record);
      this.sorter.add(record, recordJson?.[i]);
      if (!record.negated) this.summary.counted += 1;
    }
  }

  addErrors(errors: readonly InputError[]): void {
    for (const error of errors) this.counts.addError(error);
    this.inputErrors.push(...errors);
  }

  get errors(): readonly InputError[] {
    return this.inputErrors;
  }

  /** Writes every final file into `files`; the caller commits them, with any other file of the run. Returns the report. */
  async write(
    files: AtomicFiles,
    startedAt: Date,
    documents: { processed: number; reused: number } = { processed: this.summary.documents, reused: 0 },
  ): Promise<StreamedReport> {
    const evidence = await this.writeStanceFiles(files);
    const runInfo = () => {
      const finishedAt = new Date();
      return {
        started_at: startedAt.toISOString(),
        finished_at: finishedAt.toISOString(),
        duration_ms: finishedAt.getTime() - startedAt.getTime(),
        documents_processed: documents.processed,
        documents_reused: documents.reused,
        ...usage(),
      };
    };
    const report = this.counts.streamedReport(runInfo());
    files.put('actors.csv', actorsCsv(report));
    files.put('pairs.csv', pairsCsv(report));
    // One row a document: these two are written a piece at a time rather than built as one string.
    writePieces(files.open('documents.csv'), documentsCsvPieces(report));
    files.put('errors.jsonl', jsonLines(report.errors));
    files.put('report.html', await renderHtmlReport(report, evidence, this.counts.recordCount));
    // Measured last, so the run's time, peak memory and CPU include drawing the charts.
    report.run = runInfo();
    writePieces(files.open('report.json'), reportJsonPieces(report));
    return report;
  }

  /** Removes the sorter's and the documents' runs; call it when the run ends, however it ends. */
  dispose(): void {
    this.sorter.dispose();
    this.documents.dispose();
  }

  /** stances.jsonl and stances.csv, record by record in sorted order; returns the first records, for the evidence table. */
  private async writeStanceFiles(files: AtomicFiles): Promise<StanceRecord[]> {
    const jsonl = files.open('stances.jsonl');
    const csv = files.open('stances.csv');
    csv.write(STANCES_CSV_HEAD);
    const evidence: StanceRecord[] = [];
    let rows: CsvCell[][] = [];
    for (const { record, json } of this.sorter.sorted()) {
      jsonl.write(json + '\n');
      rows.push(stanceCsvRow(record));
      if (rows.length >= CSV_BATCH_ROWS) {
        csv.write(csvRows(rows));
        rows = [];
        // The merge reads synchronously: the event loop turns between batches, so a signal stops the run.
        await new Promise(setImmediate);
      }
      if (evidence.length < EVIDENCE_ROW_LIMIT) evidence.push(record);
    }
    csv.write(csvRows(rows));
    jsonl.close();
    csv.close();
    return evidence;
  }
}

function writePieces(file: TemporaryFile, pieces: Iterable<string>): void {
  for (const piece of pieces) file.write(piece);
}

/**
 * One run's final outputs: `produce` feeds them and writes them (with any other file of the run) into `files`,
 * which are then renamed into place together. If anything fails, nothing is renamed and every temporary file
 * and sort run is removed.
 */
export async function commitFinalOutputs(
  output: string,
  resources: Resources,
  options: OutputOptions,
  produce: (outputs: FinalOutputs, files: AtomicFiles) => Promise<void>,
): Promise<FinalOutputs> {
  const files = new AtomicFiles(output);
  const outputs = new FinalOutputs(output, resources, options);
  try {
    await produce(outputs, files);
    files.commit();
    return outputs;
  } catch (error) {
    files.discard();
    throw error;
  } finally {
    outputs.dispose();
  }
}
