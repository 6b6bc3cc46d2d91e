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
