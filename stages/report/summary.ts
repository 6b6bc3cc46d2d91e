// buildReport: the report of a set of records held in memory, counted by the same accumulator a streaming run uses.
import type { InputError, StanceRecord } from '../schemas.ts';
import { ReportAccumulator, type Polarity } from './accumulate.ts';
import type { DocumentStat, Report, RunInfo } from './report-schema.ts';

export function buildReport(input: {
  records: StanceRecord[];
  documents: DocumentStat[];
  errors: InputError[];
  stances: string[];
  /** Each category's polarity, from the lexicon in force. */
  polarity: Polarity;
  run: RunInfo;
}): Report {
  const counts = new ReportAccumulator(input.stances, input.polarity);
  for (const stat of input.documents) counts.addDocument(stat);
  for (const error of input.errors) counts.addError(error);
  for (const record of input.records) counts.addRecord(record);
  return counts.report(input.run);
}
