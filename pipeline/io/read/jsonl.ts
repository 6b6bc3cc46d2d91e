// .jsonl / .ndjson: one document per line, streamed; a bad line is reported and the next one still read.
import { z } from 'zod';
import type { Document } from '../../../stages/schemas.ts';
import { describeIssues } from '../../config/zod-issues.ts';
import { decodeUtf8 } from './decode.ts';
import { checkDocument } from './document.ts';
import { parseJson } from '../jsonl-file.ts';
import { readLines, type FileLine } from '../lines.ts';
import { describeSize, inputError, type InputFile, type OnBytesRead, type Problem, type ReadItem } from './types.ts';

const optionalText = z.string().nullish();

/** What a line must hold; other fields (the gold files' `expect`, `note`, `cameo`…) are ignored. */
const JsonlRecordSchema = z.object({
  // Absent id or text is checkDocument's to report, with its own code.
  id: z.union([z.string(), z.number()], { error: 'expected a string or a number' }).optional(),
  text: z.string().optional(),
  date: optionalText,
  title: optionalText,
  source: optionalText,
  url: optionalText,
  speaker: optionalText,
});

/** JSON escapes can make a line several times longer than its text; past this, no document could fit. */
export const lineCapFor = (maxBytes: number): number => maxBytes * 6 + 1024 * 1024;

function idOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const id = (value as Record<string, unknown>).id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

export async function* readJsonLines(file: InputFile, maxBytes: number, onBytesRead?: OnBytesRead): AsyncGenerator<ReadItem> {
  for await (const line of readLines(file.path, { maxLineBytes: lineCapFor(maxBytes), onBytesRead })) {
    const read = documentOfLine(line, maxBytes);
    if (read === null) continue;
    if (read.ok) yield { kind: 'document', document: read.document, file: file.relative, line: line.number };
    else yield inputError(file.relative, read, line.number, read.docId);
  }
}

type LineRead = { ok: true; document: Document } | ({ ok: false; docId?: string } & Problem);

/** One JSON line as a document, or the problem that keeps it out (with its id when known); null for a blank line. */
export function documentOfLine(line: FileLine, maxBytes: number): LineRead | null {
  if (line.bytes === null) {
    const reason = `line is ${describeSize(line.byteLength)}, too long for a document within the limit of ${describeSize(maxBytes)}`;
    return { ok: false, code: 'DOCUMENT_TOO_LARGE', reason };
  }
  const decoded = decodeUtf8(line.bytes, line.offset);
  if (!decoded.ok) return decoded;
  if (decoded.text.trim() === '') return null;
  const value = parseJson(decoded.text);
  if (value instanceof SyntaxError) {
    return { ok: false, code: 'INVALID_JSON', reason: `invalid JSON: ${value.message}` };
  }
  const parsed = JsonlRecordSchema.safeParse(value);
  if (!parsed.success) return { ok: false, code: 'INVALID_FIELD', reason: describeIssues(parsed.error, value), docId: idOf(value) };
  const { id, text } = parsed.data;
  const fields = { ...parsed.data, id: id === undefined ? undefined : String(id), text };
  const checked = checkDocument(fields, maxBytes);
  return checked.ok ? checked : { ...checked, docId: fields.id };
}
