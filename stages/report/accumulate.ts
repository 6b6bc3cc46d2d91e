// The counts behind report.json, the summary CSVs and the charts, folded in one record at a time: a run keeps
// counts per stance, actor, pair, document and date, never the records themselves. Only the documents' rows
// follow the order records come in (a document's row where it first came); every other count is the same in any order.
import type { ActorRef, InputError, StanceRecord } from '../schemas.ts';
import { MemoryDocumentTable, type DocumentTable } from './document-counts.ts';
import { compareStanceRecords, compareText } from '../records.ts';
import type { ActorSummary, DateSummary, DocumentStat, DocumentSummary, PairSummary, Report, RunInfo, StreamedReport } from './report-schema.ts';
import { Tally, type StanceCounts } from './tally.ts';

// Stance categories are lexicon data, and so is their polarity: +1 adds to a pair's net score, -1 takes away,
// 0 (or a category the polarity does not name) counts nothing.
export type Polarity = Record<string, number>;

export function netScore(byStance: StanceCounts, polarity: Polarity): number {
  return Object.entries(byStance).reduce((n, [stance, count]) => n + Math.sign(polarity[stance] ?? 0) * count, 0);
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

interface ActorCounts {
  ref: Earliest<ActorRef>;
  asSource: Tally;
  asTarget: Tally;
}

interface PairCounts {
  refs: Earliest<{ source: ActorRef; target: ActorRef | null }>;
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
  private readonly dates = new Map<string, Tally>();
  private readonly errors: InputError[] = [];

  constructor(
    /** The lexicon's categories, in its order. */
    private readonly stances: readonly string[],
    private readonly polarity: Polarity,
    /** One row a document: all in memory unless the caller keeps them elsewhere. */
    private readonly documents: DocumentTable = new MemoryDocumentTable(),
  ) {}

  /** A document that was read; the same id twice adds up its sentences. */
  addDocument(stat: DocumentStat): void {
    this.documents.get(stat.doc_id).addStat(stat);
  }

  addError(error: InputError): void {
    this.errors.push(error);
  }

  addRecord(r: StanceRecord): void {
    this.used.add(r.stance);
    // A record whose document is missing from the stats still gets a row: nothing is silently dropped.
    this.documents.get(r.doc_id).addRecord(r);
    if (r.negated) {
      this.negated += 1;
      return;
    }
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

  /** The whole report, its documents in memory: for a run of few documents, and for tests. */
  report(run: RunInfo): Report {
    const report = this.streamedReport(run);
    return { ...report, documents: [...report.documents] };
  }

  /**
   * The report, its documents read from the table again on each pass over them (once here, for the totals): a
   * run's documents need never all be in memory at once.
   */
  streamedReport(run: RunInfo): StreamedReport {
    const stances = this.categories();
    const documents = this.documentSummaries(stances);
    let documentCount = 0;
    let sentences = 0;
    for (const d of documents) {
      documentCount += 1;
      sentences += d.sentences;
    }
    return {
      stances,
      net_score: {
        positive: stances.filter((st) => (this.polarity[st] ?? 0) > 0),
        negative: stances.filter((st) => (this.polarity[st] ?? 0) < 0),
      },
      totals: {
        documents: documentCount,
        sentences,
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

  /** Each document's row, in the order documents came, made afresh on each pass. */
  private documentSummaries(stances: string[]): Iterable<DocumentSummary> {
    // An input error that names a document read elsewhere (a duplicate id) counts against that document.
    const errorsOf = new Map<string, number>();
    for (const e of this.errors) if (e.doc_id !== undefined) errorsOf.set(e.doc_id, (errorsOf.get(e.doc_id) ?? 0) + 1);
    const table = this.documents;
    return {
      *[Symbol.iterator]() {
        for (const d of table.rows()) yield d.summary(stances, errorsOf);
      },
    };
  }
}
