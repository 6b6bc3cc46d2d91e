// Reads a JSON Lines file the pipeline itself wrote or an analyst keeps (stage files, gold files), validating
// each line with its schema: every line is a value or a one-line problem naming the line and the field.
import type { z } from 'zod';
import { describeIssues } from '../config/zod-issues.ts';
import { ExitCode, UserError } from '../errors.ts';
import { lineText, readLines } from './lines.ts';

type ValidatedLine<T> = { line: number; value: T } | { line: number; problem: string };

/** JSON.parse, with a syntax error returned rather than thrown: no JSON text parses to one. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    return error;
  }
}

export async function* readValidatedLines<T>(file: string, schema: z.ZodType<T>): AsyncGenerator<ValidatedLine<T>> {
  for await (const fileLine of readLines(file)) {
    const { number: line } = fileLine;
    const text = lineText(fileLine);
    if (text.trim() === '') continue;
    const data = parseJson(text);
    if (data instanceof SyntaxError) {
      yield { line, problem: `${file} line ${line}: invalid JSON: ${data.message}` };
      continue;
    }
    const result = schema.safeParse(data);
    yield result.success ? { line, value: result.data } : { line, problem: `${file} line ${line}: ${describeIssues(result.error, data)}` };
  }
}

/** Each line's value; the first bad line is a UserError (65) naming the file, the line and the field. */
export async function* validLines<T>(file: string, schema: z.ZodType<T>): AsyncGenerator<T> {
  for await (const item of readValidatedLines(file, schema)) {
    if ('problem' in item) throw new UserError(item.problem, ExitCode.dataError);
    yield item.value;
  }
}
