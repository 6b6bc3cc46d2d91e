// The files stages hand each other when they run alone: output/stages/*.jsonl, one record a line.
import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { z } from 'zod';
import { InputErrorSchema, SentenceSchema, StanceRecordSchema, TaggedSentenceSchema } from '../stages/schemas.ts';
import { ExitCode, UserError } from './errors.ts';

export const STAGE_FILES = {
  sentences: { name: 'stages/sentences.jsonl', schema: SentenceSchema, producer: 'split' },
  mentions: { name: 'stages/mentions.jsonl', schema: TaggedSentenceSchema, producer: 'tag' },
  stances: { name: 'stages/stances.jsonl', schema: StanceRecordSchema, producer: 'classify' },
  errors: { name: 'stages/errors.jsonl', schema: InputErrorSchema, producer: 'split' },
} as const;
export type StageFile = keyof typeof STAGE_FILES;

export function jsonLines(records: readonly unknown[]): string {
  return records.map((r) => JSON.stringify(r)).join('\n') + (records.length > 0 ? '\n' : '');
}

/** Reads one stage file, validating each line; a bad line names the file, line and field. */
export async function readStageFile<K extends StageFile>(
  output: string,
  kind: K,
): Promise<Array<z.infer<(typeof STAGE_FILES)[K]['schema']>>> {
  const spec = STAGE_FILES[kind];
  const file = path.join(output, spec.name);
  try {
    await access(file);
  } catch {
    throw new UserError(`${file}: not found; run \`npm run ${spec.producer} -- --output ${output}\` first`, ExitCode.noInput);
  }
  const records: Array<z.infer<(typeof STAGE_FILES)[K]['schema']>> = [];
  let line = 0;
  for await (const text of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    line++;
    if (text.trim() === '') continue;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new UserError(`${file} line ${line}: invalid JSON: ${(error as Error).message}`, ExitCode.dataError);
    }
    const result = spec.schema.safeParse(data);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new UserError(`${file} line ${line}: field "${issue.path.join('.')}": ${issue.message}`, ExitCode.dataError);
    }
    records.push(result.data as z.infer<(typeof STAGE_FILES)[K]['schema']>);
  }
  return records;
}

/** Consecutive records of one document, in file order. */
export function groupByDocument<T extends { doc_id: string }>(records: readonly T[]): T[][] {
  const groups: T[][] = [];
  for (const r of records) {
    const last = groups[groups.length - 1];
    if (last && last[0]!.doc_id === r.doc_id) last.push(r);
    else groups.push([r]);
  }
  return groups;
}
