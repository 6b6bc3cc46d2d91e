// report.json: pretty JSON (two-space indent, LF at the end) with keys in schema order, as
// JSON.stringify(ReportSchema.parse(report), null, 2) writes it. It is made in pieces — each top-level field,
// and each element of the arrays (one per document, actor, pair…), parsed and written alone — so a report
// of a million documents is never one parsed copy and one string in memory.
import { z } from 'zod';
import { orderRunInfo } from './accumulate.ts';
import { ReportSchema, type Report, type StreamedReport } from './report-schema.ts';

/** JSON.stringify's pretty form of a value nested `depth` levels deep (JSON strings hold no raw line feed). */
const pretty = (value: unknown, depth: number) => JSON.stringify(value, null, 2).replaceAll('\n', '\n' + '  '.repeat(depth));

/** The text of report.json, piece by piece; joined, they are the whole file. */
export function* reportJsonPieces(report: StreamedReport): Generator<string> {
  const fields = Object.entries(ReportSchema.shape) as [keyof Report, z.ZodType][];
  yield '{\n';
  for (const [i, [key, schema]] of fields.entries()) {
    yield `  ${JSON.stringify(key)}: `;
    if (schema instanceof z.ZodArray) {
      // Arrays are iterated, not copied: the documents may be read from disk as they are written.
      const element = schema.element as z.ZodType;
      let first = true;
      for (const item of report[key] as Iterable<unknown>) {
        yield `${first ? '[\n' : ',\n'}    ${pretty(element.parse(item), 2)}`;
        first = false;
      }
      yield first ? '[]' : '\n  ]';
    } else {
      const value = schema.parse(report[key]);
      yield pretty(key === 'run' ? orderRunInfo(value as Report['run']) : value, 1);
    }
    yield i < fields.length - 1 ? ',\n' : '\n}\n';
  }
}

export function reportJson(report: Report): string {
  return [...reportJsonPieces(report)].join('');
}

/** A line of report.json that could not be read back as the writer above lays the file out. */
export class ReportLayoutError extends Error {
  constructor(
    readonly line: number,
    reason: string,
  ) {
    super(reason);
  }
}

const DOCUMENTS_OPEN = '  "documents": [';
const DOCUMENT_OPEN = '    {';
const DOCUMENT_CLOSE = /^ {4}\},?$/;

/**
 * The elements of report.json's `documents` array, unvalidated, each with the number of its first line: read
 * one line at a time, so a report of millions of documents never becomes one string (a string of more than
 * 2^29 characters cannot be made at all). It reads the layout `reportJsonPieces` writes: each element from a
 * line "    {" to a line "    }" or "    },", a JSON string never holding a raw line feed. Stops at the end
 * of the array; throws ReportLayoutError on a file laid out otherwise.
 */
export function* reportJsonDocuments(lines: Iterable<string>): Generator<{ value: unknown; line: number }> {
  let number = 0;
  let inArray = false;
  let element: string[] = [];
  let firstLine = 0;
  for (const text of lines) {
    number++;
    if (!inArray) {
      if (text === `${DOCUMENTS_OPEN}],` || text === `${DOCUMENTS_OPEN}]`) return;
      inArray = text === DOCUMENTS_OPEN;
      continue;
    }
    if (element.length === 0) {
      if (text === '  ],' || text === '  ]') return;
      if (text !== DOCUMENT_OPEN) throw new ReportLayoutError(number, `expected a document's "{" (4 spaces in) or the end of "documents", found ${JSON.stringify(text.slice(0, 40))}`);
      firstLine = number;
    }
    element.push(text);
    if (!DOCUMENT_CLOSE.test(text)) continue;
    const json = element.join('\n');
    element = [];
    let value: unknown;
    try {
      value = JSON.parse(json.endsWith(',') ? json.slice(0, -1) : json);
    } catch (error) {
      throw new ReportLayoutError(firstLine, `a document that is not valid JSON: ${(error as Error).message}`);
    }
    yield { value, line: firstLine };
  }
  throw new ReportLayoutError(number, inArray ? 'the file ends inside "documents"' : 'no "documents" array, 2 spaces in, as the pipeline writes it');
}
