// stances.jsonl and stances.csv: every record, negated ones included. Each is a head and one piece per record, so
// a run of any size writes them record by record (documents in input order, each one's in record order); the
// whole-file faces here take records of any documents and sort them all.
import type { ActorRef, StanceRecord } from '../schemas.ts';
import { CSV_BOM, csvRows, keptText, type CsvCell } from './csv.ts';
import { sortStanceRecords, stanceRecordJson } from '../records.ts';

export const STANCE_CSV_COLUMNS = [
  'doc_id', 'doc_date', 'sentence_index',
  'source_id', 'source_name', 'source_country', 'source_role',
  'stance',
  'target_id', 'target_name', 'target_country', 'target_role',
  'cue', 'negated', 'quoted', 'attribution', 'confidence', 'cameo', 'sentence',
] as const;

/** One record's line of stances.jsonl: keys in schema order, ending in LF. */
export const stanceJsonLine = (record: StanceRecord): string => stanceRecordJson(record) + '\n';

/** One JSON record per line, sorted. */
export function stancesJsonl(records: StanceRecord[]): string {
  return sortStanceRecords(records).map(stanceJsonLine).join('');
}

/** id, name, country, role of an actor; four empty cells for a missing target. */
export function actorCells(actor: ActorRef | null): CsvCell[] {
  return actor ? [actor.id, actor.name, actor.country, actor.role] : [null, null, null, null];
}

/** One record's row of stances.csv, as cells; csvRows turns a batch of them into text. */
export function stanceCsvRow(r: StanceRecord): CsvCell[] {
  return [
    r.doc_id, r.doc_date, r.sentence_index,
    ...actorCells(r.source),
    r.stance,
    ...actorCells(r.target),
    r.cue, r.negated, r.quoted, r.attribution, r.confidence, r.cameo === null ? null : keptText(r.cameo), r.sentence,
  ];
}

/** What stances.csv starts with: the byte-order mark and the header row. */
export const STANCES_CSV_HEAD = CSV_BOM + csvRows([[...STANCE_CSV_COLUMNS]]);

export function stancesCsv(records: StanceRecord[]): string {
  return STANCES_CSV_HEAD + csvRows(sortStanceRecords(records).map(stanceCsvRow));
}
