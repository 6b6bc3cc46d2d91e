// stances.jsonl and stances.csv: every record, negated ones included, in the order of sortStanceRecords.
import type { ActorRef, StanceRecord } from '../schemas.ts';
import { csvDocument, type CsvCell } from './csv.ts';
import { recordInSchemaOrder, sortStanceRecords } from './records.ts';

export const STANCE_CSV_COLUMNS = [
  'doc_id', 'doc_date', 'sentence_index',
  'source_id', 'source_name', 'source_country', 'source_role',
  'stance',
  'target_id', 'target_name', 'target_country', 'target_role',
  'cue', 'negated', 'quoted', 'attribution', 'confidence', 'cameo', 'sentence',
] as const;

/** One JSON record per line, keys in schema order, each line ending in LF. */
export function stancesJsonl(records: StanceRecord[]): string {
  return sortStanceRecords(records)
    .map((record) => JSON.stringify(recordInSchemaOrder(record)) + '\n')
    .join('');
}

/** id, name, country, role of an actor; four empty cells for a missing target. */
export function actorCells(actor: ActorRef | null): CsvCell[] {
  return actor ? [actor.id, actor.name, actor.country, actor.role] : [null, null, null, null];
}

function stanceRow(r: StanceRecord): CsvCell[] {
  return [
    r.doc_id, r.doc_date, r.sentence_index,
    ...actorCells(r.source),
    r.stance,
    ...actorCells(r.target),
    r.cue, r.negated, r.quoted, r.attribution, r.confidence, r.cameo, r.sentence,
  ];
}

export function stancesCsv(records: StanceRecord[]): string {
  return csvDocument([...STANCE_CSV_COLUMNS], sortStanceRecords(records).map(stanceRow));
}
