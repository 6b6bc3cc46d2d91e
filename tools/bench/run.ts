// `npm run bench [-- --only split|pipeline] [--megabytes N] [--rounds R] [--corpus FILE]`: runs the benchmarks,
// prints their tables and writes output/bench.json (and output/bench-split.json).
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { UserError } from '../../pipeline/errors.ts';
import { describeCorpus, readCorpus } from './corpus.ts';
import { runPipelineBench, type PipelineBenchResult } from './pipeline-bench.ts';
import { runSplitBench, type SplitBenchResult } from './split-bench.ts';

const outputDir = new URL('../../output/', import.meta.url);

function formatSplitTable(result: SplitBenchResult): string {
  const { corpus } = result;
  const header = [
    `Sentence splitting: ${corpus.name}, ${corpus.documents} documents, ${(corpus.bytes / 1e6).toFixed(2)} MB; ` +
      `median of the runs after a warm-up, node ${result.node}`,
    '',
  ];
  const columns = ['splitter', 'MB/s', 'median ms', 'runs', 'sentences', 'golden rules', 'news rules'];
  const rows = result.rows.map((row) => [
    row.splitter,
    row.mbPerSecond.toFixed(1),
    row.medianMs.toFixed(0),
    String(row.repetitions),
    String(row.sentences),
    `${row.golden.passed}/${row.golden.total}`,
    `${row.news.passed}/${row.news.total}`,
  ]);
  const widths = columns.map((c, i) => Math.max(c.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [...header, line(columns), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function formatPipelineTable(result: PipelineBenchResult): string {
  const { corpus } = result;
  const n = result.runs[1]?.jobs ?? 1;
  const lines = [
    `Whole pipeline: ${corpus.name}${corpus.file === undefined ? ` x${corpus.copies}` : ''} (${corpus.documents} documents, ${corpus.megabytes.toFixed(1)} MB); ` +
      `medians of ${result.rounds.length} rounds; sbd splits the same text in ${result.sbdSplitSeconds.toFixed(2)} s ` +
      `(${(corpus.megabytes / result.sbdSplitSeconds).toFixed(1)} MB/s)`,
    '',
    'run                MB    seconds  MB/s  sentences/s  records  peak RSS MB  cores busy  x sbd split',
  ];
  result.runs.forEach((r, i) => {
    const label = i === result.runs.length - 1 ? `--jobs ${r.jobs}, 2x input` : `--jobs ${r.jobs}`;
    const ratio = result.ratioToSbd[`jobs ${r.jobs}`];
    lines.push(
      `${label.padEnd(17)} ${r.megabytes.toFixed(1).padStart(5)}  ${r.seconds.toFixed(1).padStart(7)}  ${r.mbPerSecond.toFixed(2).padStart(4)}  ` +
        `${Math.round(r.sentencesPerSecond).toString().padStart(11)}  ${String(r.records).padStart(7)}  ${String(r.peakRssMb).padStart(11)}  ` +
        `${r.coresBusy.toFixed(2).padStart(10)}  ${(i === result.runs.length - 1 || ratio === undefined ? '-' : ratio.toFixed(1)).padStart(11)}`,
    );
  });
  lines.push(
    '',
    'Each row is the run of median time (the lower middle one for an even number of rounds); "x sbd split" is the',
    "median of the rounds' ratios, each against sbd in the same round, and so is the speedup below.",
  );
  if (n > 1) {
    lines.push('', `round  sbd split s  --jobs 1 s  --jobs ${n} s  speedup  ceiling`);
    result.rounds.forEach((r, i) => {
      lines.push(
        `${String(i + 1).padStart(5)}  ${r.sbdSplitSeconds.toFixed(2).padStart(11)}  ${r.seconds['jobs 1']!.toFixed(1).padStart(10)}  ` +
          `${r.seconds[`jobs ${n}`]!.toFixed(1).padStart(10)}  ${r.speedup.toFixed(2).padStart(7)}  ${r.machineCeiling.toFixed(2).padStart(7)}`,
      );
    });
  }
  lines.push(
    '',
    `--jobs ${n} is ${result.speedup.toFixed(2)}x as fast as --jobs 1 (median of the rounds)`,
    `${n} independent --jobs 1 runs side by side do ${result.machineCeiling.toFixed(2)}x the work of one in the same time (median; this machine's ceiling for --jobs ${n})`,
  );
  return lines.join('\n');
}

const USAGE =
  'usage: npm run bench [-- --only split|pipeline] [--megabytes N (> 0)] [--rounds R (a whole number ≥ 1)] ' +
  '[--corpus FILE (JSON Lines, plain or gzip)]';

interface BenchOptions {
  only: string | undefined;
  megabytes: number;
  rounds: number;
  corpus: string | undefined;
}

/** The command line, checked before minutes of benchmarking rather than after. */
function benchOptions(): BenchOptions {
  let values: { only?: string; megabytes?: string; rounds?: string; corpus?: string };
  try {
    const options = { only: { type: 'string' }, megabytes: { type: 'string' }, rounds: { type: 'string' }, corpus: { type: 'string' } } as const;
    ({ values } = parseArgs({ options }));
  } catch (error) {
    return usageError((error as Error).message);
  }
  const megabytes = values.megabytes === undefined ? 50 : Number(values.megabytes);
  const rounds = values.rounds === undefined ? 3 : Number(values.rounds);
  if (values.only !== undefined && values.only !== 'split' && values.only !== 'pipeline') return usageError(`--only ${values.only}`);
  if (!(megabytes > 0)) return usageError(`--megabytes ${values.megabytes}`);
  if (!Number.isInteger(rounds) || rounds < 1) return usageError(`--rounds ${values.rounds}`);
  if (values.corpus === '') return usageError('--corpus needs a file');
  return { only: values.only, megabytes, rounds, corpus: values.corpus };
}

function usageError(what: string): never {
  process.stderr.write(`error: ${what}\n${USAGE}\n`);
  process.exit(64);
}

/** The --corpus file cut to size, read before any benchmark: a file that cannot serve stops the run in one line. */
async function fileCorpus(file: string, megabytes: number) {
  try {
    const corpus = await readCorpus(file, megabytes, (message) => process.stderr.write(message + '\n'));
    const name = describeCorpus(corpus);
    return { name, file, documents: corpus.documents, texts: corpus.documents.map((d) => d.text) };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    process.stderr.write(`error: ${error.message}\n`);
    process.exit(error.exitCode);
  }
}

async function main(): Promise<void> {
  const { only, megabytes, rounds, corpus: corpusFile } = benchOptions();
  // The split bench and the pipeline bench (and its sbd timing) run over these same texts.
  const corpus = corpusFile === undefined ? undefined : await fileCorpus(corpusFile, megabytes);
  mkdirSync(outputDir, { recursive: true });
  const results: { split?: SplitBenchResult; pipeline?: PipelineBenchResult } = {};
  if (only !== 'pipeline') {
    results.split = await runSplitBench({ corpus });
    console.log(formatSplitTable(results.split));
    writeFileSync(new URL('bench-split.json', outputDir), JSON.stringify(results.split, null, 2) + '\n');
  }
  if (only !== 'split') {
    results.pipeline = await runPipelineBench({ megabytes, rounds, corpus });
    console.log('\n' + formatPipelineTable(results.pipeline));
  }
  writeFileSync(new URL('bench.json', outputDir), JSON.stringify(results, null, 2) + '\n');
}

await main();
