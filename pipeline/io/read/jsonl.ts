// .jsonl / .ndjson: one document per line, streamed; a bad line is reported and the next one still read.
import { z } from 'zod';
import { describeIssues } from '../../config/zod-issues.ts';
import { decodeUtf8 } from './decode.ts';
import { checkDocument } from './document.ts';
import { nulNearStart, readLines } from '../lines.ts';
import { describeSize, inputError, problem, type InputFile, type OnBytesRead, type ReadItem } from './types.ts';

const optionalText = z.string().nullish();

/** What a line must hold; other fields (the gold files' `expect`, `note`, `cameo`…) are ignored. */
export const JsonlRecordSchema = z.object({
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
const lineCapFor = (maxBytes: number): number => maxBytes * 6 + 1024 * 1024;

function idOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const id = (value as Record<string, unknown>).id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

export async function* readJsonLines(file: InputFile, maxBytes: number, onBytesRead?: OnBytesRead): AsyncGenerator<ReadItem> {
  const nul = await nulNearStart(file.path);
  if (nul !== -1) {
    yield inputError(file.relative, problem('BINARY_DATA', `binary file: NUL byte at byte offset ${nul}`));
    return;
  }
  const lineCap = lineCapFor(maxBytes);
  for await (const line of readLines(file.path, { maxLineBytes: lineCap, onBytesRead })) {
    if (line.bytes === null) {
      const reason = `line is ${describeSize(line.byteLength)}, too long for a document within the limit of ${describeSize(maxBytes)}`;
      yield inputError(file.relative, problem('DOCUMENT_TOO_LARGE', reason), line.number);
      continue;
    }
    const decoded = decodeUtf8(line.bytes, line.offset);
    if (!decoded.ok) {
      yield inputError(file.relative, decoded, line.number);
      continue;
    }
    if (decoded.text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(decoded.text);
    } catch (error) {
      yield inputError(file.relative, problem('INVALID_JSON', `invalid JSON: ${(error as Error).message}`), line.number);
      continue;
    }
    const parsed = JsonlRecordSchema.safeParse(value);
    if (!parsed.success) {
      yield inputError(file.relative, problem('INVALID_FIELD', describeIssues(parsed.error, value)), line.number, idOf(value));
      continue;
    }
    const { id, text } = parsed.data;
    const fields = { ...parsed.data, id: id === undefined ? undefined : String(id), text };
    const checked = checkDocument(fields, maxBytes);
    if (!checked.ok) yield inputError(file.relative, checked, line.number, fields.id);
    else yield { kind: 'document', document: checked.document, file: file.relative, line: line.number };
  }
}
