import { ReportSchema, type Report } from './report-schema.ts';
import { orderRunInfo } from './accumulate.ts';

/** Pretty JSON with keys in schema order (parsing re-creates every object in that order), LF at the end. */
export function reportJson(report: Report): string {
  const parsed = ReportSchema.parse(report);
  return JSON.stringify({ ...parsed, run: orderRunInfo(parsed.run) }, null, 2) + '\n';
}
