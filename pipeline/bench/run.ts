// `npm run bench`: runs the benchmarks, prints their tables and writes output/bench-*.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { runSplitBench, type SplitBenchResult } from './split-bench.ts';

const outputDir = new URL('../../output/', import.meta.url);

function formatSplitTable(result: SplitBenchResult): string {
  const { corpus } = result;
  const header = [
    `Sentence splitting: ${corpus.name}, ${corpus.documents} speeches, ${(corpus.bytes / 1e6).toFixed(2)} MB; ` +
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

async function main(): Promise<void> {
  const split = await runSplitBench();
  console.log(formatSplitTable(split));
  mkdirSync(outputDir, { recursive: true });
  writeFileSync(new URL('bench-split.json', outputDir), JSON.stringify(split, null, 2) + '\n');
}

await main();
