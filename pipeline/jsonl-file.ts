// Reads a JSON Lines file the pipeline itself wrote or an analyst keeps (stage files, gold files), validating
// each line with its schema: every line is a value or a one-line problem naming the line and the field.
import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { z } from 'zod';
import { describeIssues } from './zod-issues.ts';

export type ValidatedLine<T> = { line: number; value: T } | { line: number; problem: string };

export async function fileExists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

export async function* readValidatedLines<T>(file: string, schema: z.ZodType<T>): AsyncGenerator<ValidatedLine<T>> {
  let line = 0;
  for await (const text of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    line++;
    if (text.trim() === '') continue;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      yield { line, problem: `${file} line ${line}: invalid JSON: ${(error as Error).message}` };
      continue;
    }
    const result = schema.safeParse(data);
    yield result.success ? { line, value: result.data } : { line, problem: `${file} line ${line}: ${describeIssues(result.error, data)}` };
  }
}
