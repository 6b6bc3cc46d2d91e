// The items the readers hand on: a document with where it came from, or a precise input error.
import type { Document, InputError, InputErrorCode } from '../../../stages/schemas.ts';

export interface ReadOptions {
  /** Documents larger than this many bytes of UTF-8 text are reported, not read. Default 5 MB. */
  maxDocumentBytes?: number;
  onBytesRead?: OnBytesRead;
  /** The documents to hand on (one shard's); only their ids are remembered, to report duplicates. Default: all. */
  select?: (id: string) => boolean;
}

/** Hears of input bytes as they are read, a piece at a time (for a progress bar). */
export type OnBytesRead = (bytes: number) => void;

export const DEFAULT_MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

export type ReadItem =
  | { kind: 'document'; document: Document; file: string; line?: number }
  | { kind: 'error'; error: InputError };

/** One file to read: its path on disk and its path relative to the input folder (forward slashes). */
export interface InputFile {
  path: string;
  relative: string;
  /** Set when the entry could not be listed (e.g. a folder without read permission). */
  unreadable?: Problem;
}

/** What is wrong with an input: its stable code and a reason for people. */
export interface Problem {
  code: InputErrorCode;
  reason: string;
}

export const problem = (code: InputErrorCode, reason: string): Problem => ({ code, reason });

/** Builds an error item; `line` and `doc_id` are left out when unknown, and the reason is kept to one line. */
export function inputError(file: string, { code, reason }: Problem, line?: number, docId?: string): ReadItem {
  return {
    kind: 'error',
    error: {
      file,
      ...(line !== undefined ? { line } : {}),
      ...(docId !== undefined && docId !== '' ? { doc_id: docId } : {}),
      code,
      reason: reason.replace(/\s*[\r\n]+\s*/g, ' '),
    },
  };
}

/** "6291456 bytes (6.0 MB)": exact for the record, rounded for the reader. */
export function describeSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const [amount, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / (1024 * 1024), 'MB'];
  return `${bytes} bytes (${amount.toFixed(1)} ${unit})`;
}
