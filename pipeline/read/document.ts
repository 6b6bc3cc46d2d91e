// The checks every format shares once a record's fields are known: id, text, size, date.
import type { Document } from '../../stages/schemas.ts';
import { describeSize } from './types.ts';

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

export type Checked = { ok: true; document: Document } | { ok: false; reason: string };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** A calendar date in ISO form (2025-02-24, optionally with a time): the month and day must exist. */
export function isValidIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const optional = (value: string | null | undefined): string | null =>
  value === undefined || value === null || value === '' ? null : value;

export function checkDocument(fields: DocumentFields, maxBytes: number): Checked {
  const id = fields.id;
  if (id === undefined || id.trim() === '') return { ok: false, reason: 'missing id' };
  const text = fields.text;
  if (text === undefined) return { ok: false, reason: 'missing field "text"' };
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxBytes) {
    return { ok: false, reason: `document is ${describeSize(bytes)}, over the limit of ${describeSize(maxBytes)}` };
  }
  if (text.trim() === '') {
    return { ok: false, reason: text === '' ? 'empty document: no text' : 'empty document: the text is only whitespace' };
  }
  const date = optional(fields.date);
  if (date !== null && !isValidIsoDate(date)) {
    return { ok: false, reason: `invalid date ${JSON.stringify(date)}: expected an ISO date such as 2025-02-24` };
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
