// The checks every format shares once a record's fields are known: id, text, size, date.
import type { Document } from '../../../stages/schemas.ts';
import { describeSize, type Problem } from './types.ts';

/** Fields as a reader found them; empty strings count as absent for the optional ones. */
export interface DocumentFields {
  id: string | undefined;
  text: string | undefined;
  date?: string | null | undefined;
  title?: string | null | undefined;
  source?: string | null | undefined;
  url?: string | null | undefined;
  speaker?: string | null | undefined;
}

export type Checked = { ok: true; document: Document } | ({ ok: false } & Problem);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** A calendar date in ISO form (2025-02-24, optionally with a time): the month and day must exist. */
function isValidIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Control characters, one rule in every format: a NUL makes the document binary; any other (C0 but tab, LF, CR;
 * DEL; C1) becomes a space, one for one so offsets hold, but is refused in an id, which must stay exact.
 */
const CONTROL = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const CONTROL_IN_ID = /[\u0000-\u001F\u007F-\u009F]/;

const codePoint = (char: string): string => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

const optional = (value: string | null | undefined): string | null =>
  value === undefined || value === null || value === '' ? null : value.replace(CONTROL, ' ');

export function checkDocument(fields: DocumentFields, maxBytes: number): Checked {
  const id = fields.id;
  if (id === undefined || id.trim() === '') return { ok: false, code: 'MISSING_ID', reason: 'missing id' };
  for (const [name, value] of Object.entries(fields)) {
    const at = typeof value === 'string' ? value.indexOf('\0') : -1;
    if (at !== -1) return { ok: false, code: 'BINARY_DATA', reason: `binary data: NUL character in "${name}" at character ${at}` };
  }
  const control = CONTROL_IN_ID.exec(id);
  if (control) return { ok: false, code: 'INVALID_ID', reason: `control character ${codePoint(control[0])} in the id` };
  const text = fields.text?.replace(CONTROL, ' ');
  if (text === undefined) return { ok: false, code: 'MISSING_TEXT', reason: 'missing field "text"' };
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxBytes) {
    return { ok: false, code: 'DOCUMENT_TOO_LARGE', reason: `document is ${describeSize(bytes)}, over the limit of ${describeSize(maxBytes)}` };
  }
  if (text.trim() === '') {
    return { ok: false, code: 'EMPTY_DOCUMENT', reason: text === '' ? 'empty document: no text' : 'empty document: the text is only whitespace' };
  }
  const date = optional(fields.date);
  if (date !== null && !isValidIsoDate(date)) {
    return { ok: false, code: 'INVALID_DATE', reason: `invalid date ${JSON.stringify(date)}: expected an ISO date such as 2025-02-24` };
  }
  return {
    ok: true,
    document: {
      id,
      text,
      date,
      title: optional(fields.title),
      source: optional(fields.source),
      url: optional(fields.url),
      speaker: optional(fields.speaker),
    },
  };
}
