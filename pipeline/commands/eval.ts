// npm run eval: runs the pipeline over each gold file's documents, prints one table of precision, recall and
// F1 at three levels to stdout, and writes every mismatch to a file an analyst can read.
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StanceRecord } from '../../stages/schemas.ts';
import type { Config } from '../config/command-line.ts';
import type { Resources } from '../config/resources.ts';
import { ExitCode, UserError } from '../errors.ts';
import { readValidatedLines } from '../io/jsonl-file.ts';
import type { Logger } from '../io/log.ts';
import { processDocument } from '../workers/process-document.ts';
import { writeAtomically } from '../io/write/atomic.ts';
import { GoldDocumentSchema, judgeDocument, LEVELS, scoreLevel, squash, type DocumentOutcome, type GoldDocument, type GoldRecord, type LevelScore } from './eval-score.ts';
import { stanceArrow } from './explain.ts';

/** Without --gold, every *.gold.jsonl in the project's eval/ folder is scored. */
const DEFAULT_GOLD_FOLDER = fileURLToPath(new URL('../../eval/', import.meta.url));

async function readGold(file: string, log: Logger): Promise<{ docs: GoldDocument[]; bad: number }> {
  if (!existsSync(file)) throw new UserError(`${file}: gold file not found`, ExitCode.noInput);
  const docs: GoldDocument[] = [];
  let bad = 0;
  for await (const item of readValidatedLines(file, GoldDocumentSchema)) {
    if ('problem' in item) {
      log.error(item.problem);
      bad++;
    } else docs.push(item.value);
  }
  return { docs, bad };
}

interface GoldScores {
  name: string;
  documents: number;
  optional: number;
  scores: LevelScore[];
}

const COLUMNS = ['gold', 'docs', 'expected', 'optional', 'level', 'P', 'R', 'F1', 'correct/predicted', 'found/expected'];

/** One table, a row a gold file and level, columns aligned for a terminal. */
function formatScores(golds: readonly GoldScores[]): string {
  const rows = golds.flatMap((g) =>
    g.scores.map((s, i) => [
      // A gold file's first row names it; its other rows leave those cells blank.
      ...(i === 0 ? [g.name, String(g.documents), String(s.expected), String(g.optional)] : ['', '', '', '']),
      s.level,
      ...[s.precision, s.recall, s.f1].map((x) => x.toFixed(3)),
      `${s.correct}/${s.predicted}`,
      `${s.found}/${s.expected}`,
    ]),
  );
  const table = [COLUMNS, ...rows];
  const widths = COLUMNS.map((_, c) => Math.max(...table.map((row) => row[c]!.length)));
  const numeric = (c: number) => c === 1 || c === 2 || c === 3 || c >= 5;
  const line = (row: string[]) =>
    row.map((cell, c) => (numeric(c) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ').trimEnd();
  return table.map(line).join('\n') + '\n';
}

const showRecord = (r: StanceRecord) => `${stanceArrow(r)}   cue "${r.cue}", source by ${r.attribution}`;
const showGold = (g: GoldRecord) =>
  `${g.source?.join('|') ?? 'any'} —${g.stance}→ ${g.target?.join('|') ?? 'any'}   in "${g.sentence}"`;

function formatMismatches(outcomes: readonly DocumentOutcome[]): string {
  const level = LEVELS[2];
  const out: string[] = [
    'Mismatches at the strictest level (stance + source + target). MISSED: an expected record no prediction fits;',
    'EXTRA: a prediction that fits no expected or optional record. Run `npm run explain -- --text "…"` on a sentence to see why.',
    '',
  ];
  for (const o of outcomes) {
    const missed = o.missed[level];
    const extra = o.spurious[level];
    if (missed.length === 0 && extra.length === 0) continue;
    out.push(`## ${o.doc.id}`);
    for (const g of missed) {
      out.push(`MISSED  ${showGold(g)}`);
      const near = o.records.filter((r) => squash(r.sentence).includes(squash(g.sentence)));
      for (const r of near) out.push(`        predicted there: ${showRecord(r)}`);
    }
    for (const r of extra) out.push(`EXTRA   ${showRecord(r)}\n        in "${r.sentence}"`);
    out.push('');
  }
  return out.join('\n') + '\n';
}

/** The files --gold names, or every *.gold.jsonl in eval/, sorted. */
async function goldFiles(config: Config): Promise<string[]> {
  if (config.gold.length > 0) return config.gold;
  const names = await readdir(DEFAULT_GOLD_FOLDER).catch(() => {
    throw new UserError(`${DEFAULT_GOLD_FOLDER}: no eval folder; give a gold file with --gold FILE`, ExitCode.noInput);
  });
  const gold = names.filter((name) => name.endsWith('.gold.jsonl')).sort();
  if (gold.length === 0) throw new UserError(`${DEFAULT_GOLD_FOLDER}: no *.gold.jsonl files; give one with --gold FILE`, ExitCode.noInput);
  return gold.map((name) => path.join(DEFAULT_GOLD_FOLDER, name));
}

export async function runEval(config: Config, resources: Resources, log: Logger): Promise<ExitCode> {
  let bad = 0;
  await writeAtomically(config.output, async (files) => {
    const golds: GoldScores[] = [];
    for (const file of await goldFiles(config)) {
      const gold = await readGold(file, log);
      bad += gold.bad;
      const outcomes = gold.docs.map((doc) => judgeDocument(doc, processDocument(doc, resources).records));
      const name = path.basename(file);
      const scored: GoldScores = {
        name,
        documents: gold.docs.length,
        optional: gold.docs.reduce((n, d) => n + d.optional.length, 0),
        scores: LEVELS.map((level) => scoreLevel(outcomes, level)),
      };
      golds.push(scored);
      const base = path.join('eval', name.replace(/\.jsonl?$/, ''));
      files.put(`${base}.mismatches.txt`, formatMismatches(outcomes));
      files.put(`${base}.scores.json`, JSON.stringify({ gold: name, documents: scored.documents, scores: scored.scores }, null, 2) + '\n');
    }
    process.stdout.write(formatScores(golds));
  });
  log.info(`mismatches → ${path.join(config.output, 'eval')}/*.mismatches.txt`);
  return bad > 0 ? ExitCode.dataError : ExitCode.ok;
}
