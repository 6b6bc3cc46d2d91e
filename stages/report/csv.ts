// The one CSV writer behind stances.csv, actors.csv, pairs.csv and documents.csv.
import { stringify } from 'csv-stringify/sync';

/** Text a spreadsheet would take for a number (CAMEO's 051 would become 51): see csvCellText. */
export interface KeptText {
  keepAsText: string;
}

export type CsvCell = string | number | boolean | null | KeptText;

export const keptText = (text: string): KeptText => ({ keepAsText: text });

// OWASP CSV Injection: a spreadsheet runs a cell starting with one of these as a formula.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The text of one cell: booleans as true/false, null as empty, text that a spreadsheet would run as a
 * formula prefixed with a quote. A finite number is written as a plain numeric literal, which spreadsheets
 * read as a number and never as a formula, so a negative one (pairs.csv's net score) stays a number. Kept text
 * is written ="051", the one form Excel and LibreOffice both open as the text 051; it is our own constant
 * formula, never the input's text.
 */
export function csvCellText(value: CsvCell): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'object' && value !== null) return `="${value.keepAsText.replaceAll('"', '""')}"`;
  const text = value === null ? '' : String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Rows as CSV text: RFC 4180 quoting, each record ending in CRLF as RFC 4180 asks; a line break inside a cell is kept as is and the cell quoted. */
export function csvRows(rows: CsvCell[][]): string {
  return stringify(rows.map((row) => row.map(csvCellText)), {
    record_delimiter: 'windows',
    // csv-stringify only quotes the record delimiter itself; a lone LF or CR must be quoted too.
    quoted_match: /[\r\n]/,
  });
}

/** The byte-order mark that starts every CSV file, so Excel reads it as UTF-8. */
export const CSV_BOM = '\uFEFF';

/** Rows turned into text together: the CSV writer's cost per call is paid once a batch, not once a row. */
export const CSV_BATCH_ROWS = 1000;

/** A UTF-8 CSV file in pieces: byte-order mark and header row, then the rows a batch at a time, as they come. */
export function* csvPieces(header: string[], rows: Iterable<CsvCell[]>): Generator<string> {
  yield CSV_BOM + csvRows([header]);
  let batch: CsvCell[][] = [];
  for (const row of rows) {
    batch.push(row);
    if (batch.length >= CSV_BATCH_ROWS) {
      yield csvRows(batch);
      batch = [];
    }
  }
  if (batch.length > 0) yield csvRows(batch);
}

/** A UTF-8 CSV file: byte-order mark, header row, then the rows. */
export function csvDocument(header: string[], rows: Iterable<CsvCell[]>): string {
  return [...csvPieces(header, rows)].join('');
}
