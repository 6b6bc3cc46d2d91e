// buildReport: the counts behind report.json, the summary CSVs and the HTML charts.
import type { ActorRef, InputError, StanceRecord } from '../schemas.ts';
import { compareText, sortStanceRecords } from './records.ts';
import type {
  ActorSummary, DateSummary, DocumentStat, DocumentSummary, PairSummary, Report, RunInfo,
} from './report-schema.ts';

// Stance categories are lexicon data, and so is their polarity: +1 adds to a pair's net score, -1 takes away,
// 0 (or a category the polarity does not name) counts nothing.

type StanceCounts = Record<string, number>;
export type Polarity = Record<string, number>;

export function netScore(byStance: StanceCounts, polarity: Polarity): number {
  return Object.entries(byStance).reduce((n, [stance, count]) => n + Math.sign(polarity[stance] ?? 0) * count, 0);
}

/** The lexicon's categories in its order, then categories only the records use, sorted. */
export function stanceCategories(lexicon: string[], records: StanceRecord[]): string[] {
  const known = new Set(lexicon);
  const extra = new Set(records.map((r) => r.stance).filter((s) => !known.has(s)));
  return [...new Set(lexicon), ...[...extra].sort(compareText)];
}

function tally(stances: string[]) {
  const by_stance: StanceCounts = Object.fromEntries(stances.map((s) => [s, 0]));
  return { total: 0, by_stance };
}

function bump(t: { total: number; by_stance: StanceCounts }, stance: string): void {
  t.total += 1;
  t.by_stance[stance] = (t.by_stance[stance] ?? 0) + 1;
}

/** Known run fields first, then the others by name: the run section is the only part allowed to vary. */
export function orderRunInfo(run: RunInfo): RunInfo {
  const { started_at, finished_at, duration_ms, documents_processed, documents_reused, ...rest } = run;
  const extra = Object.keys(rest).sort(compareText).map((k) => [k, rest[k]] as const);
  return { started_at, finished_at, duration_ms, documents_processed, documents_reused, ...Object.fromEntries(extra) };
}

function compareErrors(a: InputError, b: InputError): number {
  return (
    compareText(a.file, b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    compareText(a.doc_id ?? '', b.doc_id ?? '') ||
    compareText(a.reason, b.reason)
  );
}

function summariseActors(counted: StanceRecord[], stances: string[]): ActorSummary[] {
  const actors = new Map<string, ActorSummary>();
  // The first ref met in sorted order names the actor, should two records spell it differently.
  const actor = (ref: ActorRef) => {
    let a = actors.get(ref.id);
    if (!a) {
      a = { id: ref.id, name: ref.name, country: ref.country, role: ref.role, as_source: tally(stances), as_target: tally(stances) };
      actors.set(ref.id, a);
    }
    return a;
  };
  for (const r of counted) {
    bump(actor(r.source).as_source, r.stance);
    if (r.target) bump(actor(r.target).as_target, r.stance);
  }
  const involvement = (a: ActorSummary) => a.as_source.total + a.as_target.total;
  return [...actors.values()].sort((a, b) => involvement(b) - involvement(a) || compareText(a.id, b.id));
}

function summarisePairs(counted: StanceRecord[], stances: string[], polarity: Polarity): PairSummary[] {
  const pairs = new Map<string, PairSummary>();
  for (const r of counted) {
    const key = JSON.stringify([r.source.id, r.target?.id ?? null]);
    let p = pairs.get(key);
    if (!p) {
      p = { source: { ...r.source }, target: r.target && { ...r.target }, ...tally(stances), net: 0 };
      pairs.set(key, p);
    }
    bump(p, r.stance);
  }
  for (const p of pairs.values()) p.net = netScore(p.by_stance, polarity);
  const targetId = (p: PairSummary) => (p.target ? `\u0001${p.target.id}` : '');
  return [...pairs.values()].sort(
    (a, b) => b.total - a.total || compareText(a.source.id, b.source.id) || compareText(targetId(a), targetId(b)),
  );
}

function summariseDocuments(documents: DocumentStat[], records: StanceRecord[], errors: InputError[], stances: string[]): DocumentSummary[] {
  const docs = new Map<string, DocumentSummary>();
  const doc = (doc_id: string, doc_date: string | null) => {
    let d = docs.get(doc_id);
    if (!d) {
      d = { doc_id, doc_date, sentences: 0, records: 0, negated: 0, errors: 0, by_stance: tally(stances).by_stance };
      docs.set(doc_id, d);
    }
    d.doc_date ??= doc_date;
    return d;
  };
  for (const stat of documents) doc(stat.doc_id, stat.doc_date).sentences += stat.sentences;
  // An input error that names a document read elsewhere (a duplicate id) counts against that document.
  for (const e of errors) {
    const d = e.doc_id === undefined ? undefined : docs.get(e.doc_id);
    if (d) d.errors += 1;
  }
  // A record whose document is missing from the stats still gets a row: nothing is silently dropped.
  for (const r of records) {
    const d = doc(r.doc_id, r.doc_date);
    if (r.negated) d.negated += 1;
    else {
      d.records += 1;
      d.by_stance[r.stance] = (d.by_stance[r.stance] ?? 0) + 1;
    }
  }
  return [...docs.values()].sort((a, b) => compareText(a.doc_id, b.doc_id));
}

function summariseDates(counted: StanceRecord[], stances: string[]): DateSummary[] {
  const dates = new Map<string, DateSummary>();
  for (const r of counted) {
    if (!r.doc_date) continue;
    const date = r.doc_date.slice(0, 10);
    let d = dates.get(date);
    if (!d) dates.set(date, (d = { date, ...tally(stances) }));
    bump(d, r.stance);
  }
  return [...dates.values()].sort((a, b) => compareText(a.date, b.date));
}

export function buildReport(input: {
  records: StanceRecord[];
  documents: DocumentStat[];
  errors: InputError[];
  stances: string[];
  /** Each category's polarity, from the lexicon in force. */
  polarity: Polarity;
  run: RunInfo;
}): Report {
  const { polarity } = input;
  const records = sortStanceRecords(input.records);
  const counted = records.filter((r) => !r.negated);
  const stances = stanceCategories(input.stances, records);
  const documents = summariseDocuments(input.documents, records, input.errors, stances);
  const totals = tally(stances);
  for (const r of counted) bump(totals, r.stance);
  return {
    stances,
    net_score: {
      positive: stances.filter((st) => (polarity[st] ?? 0) > 0),
      negative: stances.filter((st) => (polarity[st] ?? 0) < 0),
    },
    totals: {
      documents: documents.length,
      sentences: documents.reduce((n, d) => n + d.sentences, 0),
      records: totals.total,
      negated: records.length - counted.length,
      errors: input.errors.length,
      by_stance: totals.by_stance,
    },
    actors: summariseActors(counted, stances),
    pairs: summarisePairs(counted, stances, polarity),
    documents,
    timeline: summariseDates(counted, stances),
    errors: [...input.errors].sort(compareErrors).map((e) => ({ ...e })),
    run: orderRunInfo(input.run),
  };
}
