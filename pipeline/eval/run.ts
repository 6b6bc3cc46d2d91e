// npm run eval: runs the pipeline over a gold file's documents, prints precision, recall and F1 at three
// levels to stdout, and writes every mismatch to a file an analyst can read.
import path from 'node:path';
import type { StanceRecord } from '../../stages/schemas.ts';
import type { Config, Resources } from '../config.ts';
import { ExitCode, UserError } from '../errors.ts';
import { fileExists, readValidatedLines } from '../jsonl-file.ts';
import type { Logger } from '../log.ts';
import { processDocument } from '../process.ts';
import { writeFilesAtomically } from '../write/atomic.ts';
import { GoldDocumentSchema, type GoldDocument, type GoldRecord } from './gold.ts';
import { judgeDocument, LEVELS, scoreLevel, type DocumentOutcome, type LevelScore } from './score.ts';

async function readGold(file: string, log: Logger): Promise<{ docs: GoldDocument[]; bad: number }> {
  if (!(await fileExists(file))) throw new UserError(`${file}: gold file not found`, ExitCode.noInput);
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

const pct = (x: number) => x.toFixed(3);

export function formatScores(name: string, scores: LevelScore[], docs: number, optional: number): string {
  const head = `${name}: ${docs} documents, ${scores[0]!.expected} expected stances, ${optional} optional`;
  const rows = scores.map(
    (s) =>
      `  ${s.level.padEnd(22)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   ` +
      `(${s.correct}/${s.predicted} predictions correct, ${s.found}/${s.expected} expected found)`,
  );
  return [head, ...rows].join('\n') + '\n';
}

const showRecord = (r: StanceRecord) =>
  `${r.source.name} [${r.source.country ?? r.source.id}] —${r.stance}→ ${r.target ? `${r.target.name} [${r.target.country ?? r.target.id}]` : '(no target)'}` +
  `   cue "${r.cue}", source by ${r.attribution}`;
const showGold = (g: GoldRecord) =>
  `${g.source?.join('|') ?? 'any'} —${g.stance}→ ${g.target?.join('|') ?? 'any'}   in "${g.sentence}"`;

export function formatMismatches(outcomes: readonly DocumentOutcome[]): string {
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
      const near = o.records.filter((r) => r.sentence.replace(/\s+/g, ' ').includes(g.sentence.replace(/\s+/g, ' ')));
      for (const r of near) out.push(`        predicted there: ${showRecord(r)}`);
    }
    for (const r of extra) out.push(`EXTRA   ${showRecord(r)}\n        in "${r.sentence}"`);
    out.push('');
  }
  return out.join('\n') + '\n';
}

export async function runEval(config: Config, resources: Resources, log: Logger): Promise<ExitCode> {
  if (!config.gold) throw new UserError('eval needs --gold FILE (a gold file in the format of GUIDELINES.md)', ExitCode.usage);
  const { docs, bad } = await readGold(config.gold, log);
  const outcomes = docs.map((doc) => judgeDocument(doc, processDocument(doc, resources).records));
  const scores = LEVELS.map((level) => scoreLevel(outcomes, level));
  const name = path.basename(config.gold);
  const optional = docs.reduce((n, d) => n + d.optional.length, 0);
  process.stdout.write(formatScores(name, scores, docs.length, optional));
  const base = path.join('eval', name.replace(/\.jsonl?$/, ''));
  await writeFilesAtomically(
    config.output,
    new Map([
      [`${base}.mismatches.txt`, formatMismatches(outcomes)],
      [`${base}.scores.json`, JSON.stringify({ gold: name, documents: docs.length, scores }, null, 2) + '\n'],
    ]),
  );
  log.info(`mismatches → ${path.join(config.output, `${base}.mismatches.txt`)}`);
  return bad > 0 ? ExitCode.dataError : ExitCode.ok;
}
