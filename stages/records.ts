// The order and key order of stance records in every output: documents in input order, and within a
// document the record order below, so that the same records always give the same bytes.
import { ActorRefSchema, StanceRecordSchema, type ActorRef, type StanceRecord } from './schemas.ts';

const RECORD_KEYS = Object.keys(StanceRecordSchema.shape) as (keyof StanceRecord)[];
const ACTOR_KEYS = Object.keys(ActorRefSchema.shape) as (keyof ActorRef)[];

/** Code-unit order: unlike localeCompare it is the same on every machine and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function actorInSchemaOrder(actor: ActorRef): ActorRef {
  return Object.fromEntries(ACTOR_KEYS.map((key) => [key, actor[key]])) as ActorRef;
}

/** A copy of the record with its keys (and its actors' keys) in schema order; unknown keys dropped. */
export function recordInSchemaOrder(record: StanceRecord): StanceRecord {
  const ordered: Record<string, unknown> = {};
  for (const key of RECORD_KEYS) {
    const value = record[key];
    ordered[key] = key === 'source' || key === 'target' ? value && actorInSchemaOrder(value as ActorRef) : value;
  }
  return ordered as StanceRecord;
}

/** The order on the sort keys alone; records equal on them are ordered by `stanceRecordJson`. */
export function compareStanceKeys(a: StanceRecord, b: StanceRecord): number {
  return (
    compareText(a.doc_id, b.doc_id) ||
    a.sentence_index - b.sentence_index ||
    compareText(a.source.id, b.source.id) ||
    compareText(a.stance, b.stance) ||
    Number(a.target !== null) - Number(b.target !== null) ||
    compareText(a.target?.id ?? '', b.target?.id ?? '') ||
    compareText(a.cue, b.cue)
  );
}

// Records equal on every key still differ somewhere (negated, quoted, names…): the serialised record
// makes the order total, so two runs can never disagree about it. It is also each record's line in stances.jsonl.
export const stanceRecordJson = (r: StanceRecord): string => JSON.stringify(recordInSchemaOrder(r));

/** By doc_id, sentence_index, source id, stance, target id (no target first), cue; then the whole record. */
export function compareStanceRecords(a: StanceRecord, b: StanceRecord): number {
  return compareStanceKeys(a, b) || compareText(stanceRecordJson(a), stanceRecordJson(b));
}

/** Records in the order above, each with its `stanceRecordJson` (given as `json` when the caller has it). */
export function inRecordOrder(records: readonly StanceRecord[], json: readonly string[] = records.map(stanceRecordJson)): { record: StanceRecord; json: string }[] {
  return records
    .map((record, i) => ({ record, json: json[i]! }))
    .sort((a, b) => compareStanceKeys(a.record, b.record) || compareText(a.json, b.json));
}

export function sortStanceRecords(records: StanceRecord[]): StanceRecord[] {
  return inRecordOrder(records).map((r) => r.record);
}
