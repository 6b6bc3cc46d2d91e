// .csv with a header row: a `text` column is required; `id`, `date`, `title`, `source`, `url`, `speaker` are used.
import { parse } from 'csv-parse/sync';
import { checkDocument, type DocumentFields } from './document.ts';
import { splitCsvRecords, type CsvRecordText } from './csv-records.ts';
import { withoutExtension } from './files.ts';
import { readLines } from '../lines.ts';
import { inputError, problem, type InputFile, type OnBytesRead, type ReadItem } from './types.ts';

const FIELDS = ['id', 'text', 'date', 'title', 'source', 'url', 'speaker'] as const;
type Field = (typeof FIELDS)[number];
type Columns = Partial<Record<Field, number>>;

const BATCH_RECORDS = 500; // parsing records in batches is ~4× faster than one csv-parse call per record
// Lenient like a spreadsheet: stray quotes inside a field are text. Only \n or \r\n end a record, as in the splitter.
const PARSE_OPTIONS = {
  relax_column_count: true,
  relax_quotes: true,
  skip_empty_lines: false,
  record_delimiter: ['\r\n', '\n'],
};

/** The records' cells, parsed in one call; when one is bad, each alone, so that it is reported alone, with why. */
function parseRecords(records: CsvRecordText[]): (string[] | Error)[] {
  try {
    const rows = parse(records.map((record) => record.text).join(''), PARSE_OPTIONS) as string[][];
    if (rows.length === records.length) return rows;
    if (records.length === 1) return [new Error(`expected one record, found ${rows.length}`)];
  } catch (error) {
    if (records.length === 1) return [error as Error];
  }
  return records.map((record) => parseRecords([record])[0]!);
}

function columnsOf(header: string[]): Columns {
  const columns: Columns = {};
  header.forEach((name, index) => {
    const field = name.trim().toLowerCase() as Field;
    if ((FIELDS as readonly string[]).includes(field) && columns[field] === undefined) columns[field] = index;
  });
  return columns;
}

/** Cells to fields; a missing id column gives `<path without extension>#<row>` (row 1 = first data row, blank lines not counted). */
function fieldsOf(row: string[], columns: Columns, fallbackId: string): DocumentFields {
  const cells = FIELDS.map((field) => [field, columns[field] === undefined ? undefined : row[columns[field]]]);
  const fields = Object.fromEntries(cells) as Record<Field, string | undefined>;
  if (columns.id === undefined) fields.id = fallbackId;
  return fields;
}

export async function* readCsv(file: InputFile, maxBytes: number, onBytesRead?: OnBytesRead): AsyncGenerator<ReadItem> {
  // A record also carries its other cells and quoting, so it may be somewhat larger than its text.
  const recordCap = maxBytes * 2 + 1024 * 1024;
  let columns: Columns | null = null;
  let row = 0;
  let batch: CsvRecordText[] = [];
  let batchFirstRow = 1;

  const flush = function* (): Generator<ReadItem> {
    if (batch.length === 0) return;
    const records = batch;
    batch = [];
    const rows = parseRecords(records);
    for (const [i, record] of records.entries()) {
      const cells = rows[i]!;
      if (cells instanceof Error) {
        // csv-parse counts lines from the start of what it was given; point them at the file instead.
        const message = cells.message.replace(/\bat line (\d+)/g, (_, n: string) => `at line ${record.line + Number(n) - 1}`);
        yield inputError(file.relative, problem('MALFORMED_CSV', `invalid CSV: ${message}`), record.line);
        continue;
      }
      const fields = fieldsOf(cells, columns!, `${withoutExtension(file.relative)}#${batchFirstRow + i}`);
      if (fields.text === undefined) {
        yield inputError(file.relative, problem('MISSING_TEXT', `missing "text" cell: the row has ${cells.length} cells`), record.line, fields.id);
        continue;
      }
      const checked = checkDocument(fields, maxBytes);
      if (!checked.ok) yield inputError(file.relative, checked, record.line, fields.id);
      else yield { kind: 'document', document: checked.document, file: file.relative, line: record.line };
    }
  };

  for await (const record of splitCsvRecords(readLines(file.path, { maxLineBytes: recordCap, onBytesRead }), recordCap)) {
    if (record.problem === null && record.text.trim() === '') continue; // blank lines between records
    if (columns === null) {
      if (record.problem !== null) {
        yield inputError(file.relative, { ...record.problem, reason: `unreadable CSV header: ${record.problem.reason}` }, record.line);
        return;
      }
      const parsed = parseRecords([record])[0]!;
      const header = parsed instanceof Error ? null : parsed;
      columns = header ? columnsOf(header) : {};
      if (columns.text === undefined) {
        const found = header ? header.map((name) => name.trim()).join(', ') : 'none readable';
        yield inputError(file.relative, problem('NO_TEXT_COLUMN', `no "text" column in the CSV header (columns: ${found})`), record.line);
        return;
      }
      continue;
    }
    row++;
    if (record.problem !== null) {
      yield* flush();
      yield inputError(file.relative, record.problem, record.line);
      continue;
    }
    if (batch.length === 0) batchFirstRow = row;
    batch.push(record);
    if (batch.length >= BATCH_RECORDS) yield* flush();
  }
  yield* flush();
  if (columns === null) yield inputError(file.relative, problem('NO_TEXT_COLUMN', 'empty CSV file: no header row with a "text" column'));
}
