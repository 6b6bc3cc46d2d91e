// The gold file format of eval/GUIDELINES.md: one document a line with expected and optional records.
import { z } from 'zod';
import { DocumentSchema } from '../../stages/schemas.ts';

const actorList = z.array(z.string()).nullable();

export const GoldRecordSchema = z.object({
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
