// .csv with a header row: a `text` column is required; `id`, `date`, `title`, `source`, `url`, `speaker` are used.
import { parse } from 'csv-parse/sync';
import { decodeUtf8, lenientUtf8 } from './decode.ts';
import { checkDocument, type DocumentFields } from './document.ts';
import { withoutExtension } from './files.ts';
import { readLines, type FileLine } from '../lines.ts';
import { describeSize, inputError, problem, type InputFile, type OnBytesRead, type Problem, type ReadItem } from './types.ts';

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

// Records are cut from the stream by line, following quotes, so each knows its line and a bad one stays alone:
// csv-parse then parses records already located, and one broken quote cannot swallow the rest.
interface CsvRecordText {
  /** Line the record starts on, 1-based. */
  line: number;
  /** The record exactly as in the file, line endings included. */
  text: string;
  /** Why the record cannot be read (bad bytes, too long, unclosed quote), or null. */
  problem: Problem | null;
}

/** Quote state carried across lines: a quote opens a field only at its start; "" inside is an escaped quote. */
interface QuoteState {
  inQuotes: boolean;
  atFieldStart: boolean;
}

function scanQuotes(text: string, state: QuoteState): void {
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (state.inQuotes) {
      if (char !== 0x22) continue;
      if (text.charCodeAt(i + 1) === 0x22) i++;
      else state.inQuotes = false;
    } else if (char === 0x22 && state.atFieldStart) {
      state.inQuotes = true;
      state.atFieldStart = false;
    } else state.atFieldStart = char === 0x2c;
  }
}

async function* splitCsvRecords(lines: AsyncIterable<FileLine>, maxRecordBytes: number): AsyncGenerator<CsvRecordText> {
  const state: QuoteState = { inQuotes: false, atFieldStart: true };
  let pieces: string[] = [];
  let start = 0;
  let size = 0;
  let why: Problem | null = null;

  const take = (): CsvRecordText => {
    const record = { line: start, text: pieces.join(''), problem: why };
    pieces = [];
    size = 0;
    why = null;
    return record;
  };

  for await (const line of lines) {
    if (pieces.length === 0 && why === null) start = line.number;
    size += line.byteLength + 1;
    if (line.bytes === null || size > maxRecordBytes) {
      // Too long to keep: the rest of the record is scanned only for quotes (a dropped line is assumed to hold none).
      const reason = `record is over ${describeSize(maxRecordBytes)}, too long for a document within the size limit`;
      why ??= problem('DOCUMENT_TOO_LARGE', reason);
      pieces = [];
    }
    if (line.bytes !== null) {
      const decoded = decodeUtf8(line.bytes, line.offset);
      if (!decoded.ok) {
        why ??= { code: decoded.code, reason: line.number === start ? decoded.reason : `line ${line.number}: ${decoded.reason}` };
      }
      const text = decoded.ok ? decoded.text : lenientUtf8.decode(line.bytes);
      scanQuotes(text, state);
      if (why === null) pieces.push(line.terminated ? `${text}\n` : text);
    }
    if (!state.inQuotes) {
      state.atFieldStart = true;
      yield take();
    }
  }
  if (pieces.length > 0 || why !== null) {
    const reason = `unclosed quote: a quoted field opened in the record starting on line ${start} never closes`;
    why ??= problem('MALFORMED_CSV', reason);
    yield take();
  }
}

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
