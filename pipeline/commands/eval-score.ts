// Scores predicted stance records against gold, at three levels, as GUIDELINES.md defines matching:
// a gold source/target list holds acceptable codes or names, null accepts any actor (or none);
// optional gold records are neither required nor counted as false positives; negated records are not stances.
import { z } from 'zod';
import { DocumentSchema, type ActorRef, type StanceRecord } from '../../stages/schemas.ts';

// The gold file format of eval/GUIDELINES.md: one document a line with expected and optional records.
const actorList = z.array(z.string()).nullable();

const GoldRecordSchema = z.object({
  sentence: z.string().min(1),
  source: actorList,
  stance: z.string(),
  target: actorList,
});
export type GoldRecord = z.infer<typeof GoldRecordSchema>;

export const GoldDocumentSchema = DocumentSchema.extend({
  expect: z.array(GoldRecordSchema),
  optional: z.array(GoldRecordSchema).default([]),
});
export type GoldDocument = z.infer<typeof GoldDocumentSchema>;

export const LEVELS = ['stance', 'stance+source', 'stance+source+target'] as const;
type Level = (typeof LEVELS)[number];

export interface DocumentOutcome {
  doc: GoldDocument;
  records: StanceRecord[];
  /** Per level: expected records not found, and predictions that fit nothing. */
  missed: Record<Level, GoldRecord[]>;
  spurious: Record<Level, StanceRecord[]>;
}

export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

const actorFits = (actor: ActorRef | null, accepted: string[] | null): boolean => {
  if (accepted === null) return true;
  if (!actor) return false;
  const names = [actor.id, actor.name, actor.country].filter((n): n is string => !!n).map((n) => n.toLowerCase());
  return accepted.some((a) => names.includes(a.toLowerCase()));
};

export function fits(record: StanceRecord, gold: GoldRecord, level: Level): boolean {
  if (!squash(record.sentence).includes(squash(gold.sentence))) return false;
  if (record.stance !== gold.stance) return false;
  if (level === 'stance') return true;
  if (!actorFits(record.source, gold.source)) return false;
  if (level === 'stance+source') return true;
  return gold.target === null || actorFits(record.target, gold.target);
}

export function judgeDocument(doc: GoldDocument, allRecords: StanceRecord[]): DocumentOutcome {
  const records = allRecords.filter((r) => !r.negated);
  const missed = {} as DocumentOutcome['missed'];
  const spurious = {} as DocumentOutcome['spurious'];
  for (const level of LEVELS) {
    missed[level] = doc.expect.filter((g) => !records.some((r) => fits(r, g, level)));
    spurious[level] = records.filter(
      (r) => !doc.expect.some((g) => fits(r, g, level)) && !doc.optional.some((g) => fits(r, g, level)),
    );
  }
  return { doc, records, missed, spurious };
}

export type LevelScore = ReturnType<typeof scoreLevel>;

export function scoreLevel(outcomes: readonly DocumentOutcome[], level: Level) {
  let correct = 0; // predictions that fit an expected record
  let predicted = 0; // predictions counted: all but those that fit only an optional record
  let found = 0; // expected records found by at least one prediction
  let expected = 0;
  for (const o of outcomes) {
    const hits = o.records.filter((r) => o.doc.expect.some((g) => fits(r, g, level))).length;
    correct += hits;
    predicted += hits + o.spurious[level].length;
    expected += o.doc.expect.length;
    found += o.doc.expect.length - o.missed[level].length;
  }
  const precision = predicted === 0 ? (expected === 0 ? 1 : 0) : correct / predicted;
  const recall = expected === 0 ? 1 : found / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { level, correct, predicted, found, expected, precision, recall, f1 };
}
