// The counts behind report.json, the summary CSVs and the charts, folded in one record at a time and in any
// order: a run keeps counts per stance, actor, pair, document and date, never the records themselves.
import type { ActorRef, InputError, StanceRecord } from '../schemas.ts';
import { compareStanceKeys, compareStanceRecords, compareText } from './records.ts';
import type { ActorSummary, DateSummary, DocumentStat, DocumentSummary, PairSummary, Report, RunInfo } from './report-schema.ts';

// Stance categories are lexicon data, and so is their polarity: +1 adds to a pair's net score, -1 takes away,
// 0 (or a category the polarity does not name) counts nothing.
type StanceCounts = Record<string, number>;
export type Polarity = Record<string, number>;

export function netScore(byStance: StanceCounts, polarity: Polarity): number {
  return Object.entries(byStance).reduce((n, [stance, count]) => n + Math.sign(polarity[stance] ?? 0) * count, 0);
}

/**
 * Counts per category; turned into an object in the report's category order only at the end. There is one
 * per document, and most documents have no record: the map is made with the first.
 */
class Tally {
  total = 0;
  private counts: Map<string, number> | null = null;

  bump(stance: string): void {
    this.total += 1;
    this.counts ??= new Map();
    this.counts.set(stance, (this.counts.get(stance) ?? 0) + 1);
  }

  byStance(stances: readonly string[]): StanceCounts {
    return Object.fromEntries(stances.map((s) => [s, this.counts?.get(s) ?? 0]));
  }

  summary(stances: readonly string[]) {
    return { total: this.total, by_stance: this.byStance(stances) };
  }
}

/**
 * What the first record in sorted order says: should two records spell an actor differently, that record
 * names it, as if the records had been counted sorted. `rank` orders the places of one record (its source
 * before its target). Only the earliest record so far is held, one per actor or pair.
 */
class Earliest<T> {
  constructor(
    public value: T,
    private record: StanceRecord,
    private rank: number,
  ) {}

  offer(value: T, record: StanceRecord, rank: number): void {
    const order = record === this.record ? 0 : compareStanceRecords(record, this.record);
    if (order < 0 || (order === 0 && rank < this.rank)) {
      this.value = value;
      this.record = record;
      this.rank = rank;
    }
  }
}

/**
 * A document's date when its stats give none, from the earliest of its dated records. Within one document
 * the sort keys decide, and on equal keys the serialised record differs first at its date (doc_date follows
 * doc_id), so the keys and the date are all this keeps, not the record.
 */
class EarliestDate {
  constructor(
    public date: string,
    private record: StanceRecord,
  ) {
    this.record = keysOf(record);
  }

  offer(date: string, record: StanceRecord): void {
    const order = compareStanceKeys(record, this.record) || compareText(JSON.stringify(date), JSON.stringify(this.date));
    if (order < 0) {
      this.date = date;
      this.record = keysOf(record);
    }
  }
}

/** The fields compareStanceKeys reads, without the sentence and the rest of the record. */
function keysOf(r: StanceRecord): StanceRecord {
  const target = r.target && { ...r.target, name: '', country: null, role: null };
  return { ...r, sentence: '', source: { id: r.source.id, name: '', country: null, role: null }, target };
}

interface ActorCounts {
  ref: Earliest<ActorRef>;
  asSource: Tally;
  asTarget: Tally;
}

interface PairCounts {
  refs: Earliest<{ source: ActorRef; target: ActorRef | null }>;
  tally: Tally;
}

interface DocumentCounts {
  doc_id: string;
  /** The first non-null date of its stats, in the order they came. */
  statDate: string | null;
  recordDate: EarliestDate | null;
  /** Rows made by records alone take no input errors: only documents that were read do. */
  read: boolean;
  sentences: number;
  negated: number;
  tally: Tally;
}

function compareErrors(a: InputError, b: InputError): number {
  return (
    compareText(a.file, b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    compareText(a.doc_id ?? '', b.doc_id ?? '') ||
    compareText(a.reason, b.reason)
  );
}

/** Known run fields first, then the others by name: the run section is the only part allowed to vary. */
export function orderRunInfo(run: RunInfo): RunInfo {
  const { started_at, finished_at, duration_ms, documents_processed, documents_reused, ...rest } = run;
  const extra = Object.keys(rest).sort(compareText).map((k) => [k, rest[k]] as const);
  return { started_at, finished_at, duration_ms, documents_processed, documents_reused, ...Object.fromEntries(extra) };
}

export class ReportAccumulator {
  /** Every category a record uses, negated ones included. */
  private readonly used = new Set<string>();
  private readonly totals = new Tally();
  private negated = 0;
  private readonly actors = new Map<string, ActorCounts>();
  private readonly pairs = new Map<string, PairCounts>();
  private readonly documents = new Map<string, DocumentCounts>();
  private readonly dates = new Map<string, Tally>();
  private readonly errors: InputError[] = [];

  constructor(
    /** The lexicon's categories, in its order. */
    private readonly stances: readonly string[],
    private readonly polarity: Polarity,
  ) {}

  /** A document that was read; the same id twice adds up its sentences. */
  addDocument(stat: DocumentStat): void {
    const d = this.document(stat.doc_id);
    d.read = true;
    d.statDate ??= stat.doc_date;
    d.sentences += stat.sentences;
  }

  addError(error: InputError): void {
    this.errors.push(error);
  }

  addRecord(r: StanceRecord): void {
    this.used.add(r.stance);
    // A record whose document is missing from the stats still gets a row: nothing is silently dropped.
    const d = this.document(r.doc_id);
    // Only a document without a dated stat takes its date from its records (a stat's date, once set, stays).
    if (r.doc_date !== null && d.statDate === null) {
      if (d.recordDate) d.recordDate.offer(r.doc_date, r);
      else d.recordDate = new EarliestDate(r.doc_date, r);
    }
    if (r.negated) {
      d.negated += 1;
      this.negated += 1;
      return;
    }
    d.tally.bump(r.stance);
    this.totals.bump(r.stance);
    this.actor(r.source, r, 0).asSource.bump(r.stance);
    if (r.target) this.actor(r.target, r, 1).asTarget.bump(r.stance);
    this.pair(r).tally.bump(r.stance);
    if (r.doc_date) {
      const date = r.doc_date.slice(0, 10);
      let t = this.dates.get(date);
      if (!t) this.dates.set(date, (t = new Tally()));
      t.bump(r.stance);
    }
  }

  /** The lexicon's categories in its order, then categories only the records use, sorted. */
  categories(): string[] {
    const known = new Set(this.stances);
    return [...known, ...[...this.used].filter((s) => !known.has(s)).sort(compareText)];
  }

  /** All records added so far, negated ones included. */
  get recordCount(): number {
    return this.totals.total + this.negated;
  }

  report(run: RunInfo): Report {
    const stances = this.categories();
    const documents = this.documentSummaries(stances);
    return {
      stances,
      net_score: {
        positive: stances.filter((st) => (this.polarity[st] ?? 0) > 0),
        negative: stances.filter((st) => (this.polarity[st] ?? 0) < 0),
      },
      totals: {
        documents: documents.length,
        sentences: documents.reduce((n, d) => n + d.sentences, 0),
        records: this.totals.total,
        negated: this.negated,
        errors: this.errors.length,
        by_stance: this.totals.byStance(stances),
      },
      actors: this.actorSummaries(stances),
      pairs: this.pairSummaries(stances),
      documents,
      timeline: [...this.dates]
        .sort(([a], [b]) => compareText(a, b))
        .map(([date, t]): DateSummary => ({ date, ...t.summary(stances) })),
      errors: [...this.errors].sort(compareErrors).map((e) => ({ ...e })),
      run: orderRunInfo(run),
    };
  }

  private document(doc_id: string): DocumentCounts {
    let d = this.documents.get(doc_id);
    if (!d) {
      d = { doc_id, statDate: null, recordDate: null, read: false, sentences: 0, negated: 0, tally: new Tally() };
      this.documents.set(doc_id, d);
    }
    return d;
  }

  private actor(ref: ActorRef, r: StanceRecord, rank: number): ActorCounts {
    let a = this.actors.get(ref.id);
    if (!a) this.actors.set(ref.id, (a = { ref: new Earliest(ref, r, rank), asSource: new Tally(), asTarget: new Tally() }));
    else a.ref.offer(ref, r, rank);
    return a;
  }

  private pair(r: StanceRecord): PairCounts {
    const key = JSON.stringify([r.source.id, r.target?.id ?? null]);
    const refs = { source: r.source, target: r.target };
    let p = this.pairs.get(key);
    if (!p) this.pairs.set(key, (p = { refs: new Earliest(refs, r, 0), tally: new Tally() }));
    else p.refs.offer(refs, r, 0);
    return p;
  }

  private actorSummaries(stances: string[]): ActorSummary[] {
    const involvement = (a: ActorCounts) => a.asSource.total + a.asTarget.total;
    return [...this.actors.values()]
      .sort((a, b) => involvement(b) - involvement(a) || compareText(a.ref.value.id, b.ref.value.id))
      .map(({ ref: { value }, asSource, asTarget }) => ({
        id: value.id, name: value.name, country: value.country, role: value.role,
        as_source: asSource.summary(stances),
        as_target: asTarget.summary(stances),
      }));
  }

  private pairSummaries(stances: string[]): PairSummary[] {
    const targetId = (p: PairSummary) => (p.target ? `\u0001${p.target.id}` : '');
    return [...this.pairs.values()]
      .map(({ refs: { value }, tally }): PairSummary => {
        const by_stance = tally.byStance(stances);
        return { source: { ...value.source }, target: value.target && { ...value.target }, total: tally.total, by_stance, net: netScore(by_stance, this.polarity) };
      })
      .sort((a, b) => b.total - a.total || compareText(a.source.id, b.source.id) || compareText(targetId(a), targetId(b)));
  }

  private documentSummaries(stances: string[]): DocumentSummary[] {
    // An input error that names a document read elsewhere (a duplicate id) counts against that document.
    const errorsOf = new Map<string, number>();
    for (const e of this.errors) if (e.doc_id !== undefined) errorsOf.set(e.doc_id, (errorsOf.get(e.doc_id) ?? 0) + 1);
    return [...this.documents.values()]
      .sort((a, b) => compareText(a.doc_id, b.doc_id))
      .map((d) => ({
        doc_id: d.doc_id,
        doc_date: d.statDate ?? d.recordDate?.date ?? null,
        sentences: d.sentences,
        records: d.tally.total,
        negated: d.negated,
        errors: d.read ? (errorsOf.get(d.doc_id) ?? 0) : 0,
        by_stance: d.tally.byStance(stances),
      }));
  }
}
