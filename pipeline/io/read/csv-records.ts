// Cuts a CSV stream into records by line, following quotes, so each record knows its line and a bad one
// stays alone: csv-parse then parses records we already located, and one broken quote cannot swallow the rest.
import { decodeUtf8, lenientUtf8 } from './decode.ts';
import type { FileLine } from '../lines.ts';
import { describeSize, type Problem } from './types.ts';

export interface CsvRecordText {
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

export async function* splitCsvRecords(lines: AsyncIterable<FileLine>, maxRecordBytes: number): AsyncGenerator<CsvRecordText> {
  const state: QuoteState = { inQuotes: false, atFieldStart: true };
  let pieces: string[] = [];
  let start = 0;
  let size = 0;
  let problem: Problem | null = null;

  const take = (): CsvRecordText => {
    const record = { line: start, text: pieces.join(''), problem };
    pieces = [];
    size = 0;
    problem = null;
    return record;
  };

  for await (const line of lines) {
    if (pieces.length === 0 && problem === null) start = line.number;
    size += line.byteLength + 1;
    if (line.bytes === null || size > maxRecordBytes) {
      // Too long to keep: the rest of the record is scanned only for quotes (a dropped line is assumed to hold none).
      problem ??= {
        code: 'DOCUMENT_TOO_LARGE',
        reason: `record is over ${describeSize(maxRecordBytes)}, too long for a document within the size limit`,
      };
      pieces = [];
    }
    if (line.bytes !== null) {
      const decoded = decodeUtf8(line.bytes, line.offset);
      if (!decoded.ok) {
        problem ??= { code: decoded.code, reason: line.number === start ? decoded.reason : `line ${line.number}: ${decoded.reason}` };
      }
      const text = decoded.ok ? decoded.text : lenientUtf8.decode(line.bytes);
      scanQuotes(text, state);
      if (problem === null) pieces.push(line.terminated ? `${text}\n` : text);
    }
    if (!state.inQuotes) {
      state.atFieldStart = true;
      yield take();
    }
  }
  if (pieces.length > 0 || problem !== null) {
    problem ??= {
      code: 'MALFORMED_CSV',
      reason: `unclosed quote: a quoted field opened in the record starting on line ${start} never closes`,
    };
    yield take();
  }
}
