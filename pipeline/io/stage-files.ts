// The files stages hand each other when they run alone, and a --keep-stages run writes: output/stages/*.jsonl,
// one record a line.
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { InputErrorSchema, SentenceSchema, StanceRecordSchema, TaggedSentenceSchema, type StanceRecord } from '../../stages/schemas.ts';
import { ExitCode, UserError } from '../errors.ts';
import { validLines } from './jsonl-file.ts';
import type { DocumentResult } from '../workers/process-document.ts';
import type { AtomicFiles } from './write/atomic.ts';

export const STAGE_FILES = {
  sentences: { name: 'stages/sentences.jsonl', schema: SentenceSchema, producer: 'split' },
  mentions: { name: 'stages/mentions.jsonl', schema: TaggedSentenceSchema, producer: 'tag' },
  stances: { name: 'stages/stances.jsonl', schema: StanceRecordSchema, producer: 'classify' },
  errors: { name: 'stages/errors.jsonl', schema: InputErrorSchema, producer: 'split' },
} as const;
type StageFile = keyof typeof STAGE_FILES;

export function jsonLines(records: readonly unknown[]): string {
  return records.map((r) => JSON.stringify(r)).join('\n') + (records.length > 0 ? '\n' : '');
}

type StageRecord<K extends StageFile> = z.infer<(typeof STAGE_FILES)[K]['schema']>;

/** One stage file's records, a line at a time, each validated; a bad line names the file, line and field. */
export async function* stageFileRecords<K extends StageFile>(output: string, kind: K): AsyncGenerator<StageRecord<K>> {
  const spec = STAGE_FILES[kind];
  const file = path.join(output, spec.name);
  if (!existsSync(file)) {
    throw new UserError(`${file}: not found; run \`npm run ${spec.producer} -- ${spec.producer === 'split' ? '--input INPUT ' : ''}--output ${output}\` first`, ExitCode.noInput);
  }
  // TypeScript cannot narrow the schema by K; the map above pairs each kind with its schema.
  yield* validLines(file, spec.schema as unknown as z.ZodType<StageRecord<K>>);
}

/** A whole stage file, for the stages that work on all of it: each document's records (consecutive lines). */
export async function readStageDocuments<K extends StageFile>(output: string, kind: K): Promise<StageRecord<K>[][]> {
  const documents: StageRecord<K>[][] = [];
  for await (const record of stageFileRecords(output, kind)) {
    const last = documents[documents.length - 1];
    if (last && last[0]!.doc_id === record.doc_id) last.push(record);
    else documents.push([record]);
  }
  return documents;
}

/** Stance records (a stage file's, a shard's) taken a document at a time, as the documents come up in the same order. */
export class DocumentRecords {
  private head: IteratorResult<StanceRecord> | null = null;

  constructor(
    private readonly records: AsyncIterator<StanceRecord>,
    private readonly file: string,
  ) {}

  async take(docId: string): Promise<StanceRecord[]> {
    const taken: StanceRecord[] = [];
    for (;;) {
      this.head ??= await this.records.next();
      if (this.head.done || this.head.value.doc_id !== docId) return taken;
      taken.push(this.head.value);
      this.head = null;
    }
  }

  /** After the last document: a record left is one no document took, out of their order or of none of them. */
  async end(): Promise<void> {
    this.head ??= await this.records.next();
    if (this.head.done) return;
    const id = JSON.stringify(this.head.value.doc_id);
    throw new UserError(`${this.file}: a record of document ${id} out of the documents' order, or of no document`, ExitCode.dataError);
  }
}

/** Removes the stage files a run leaves behind with --keep-stages. */
export async function removeStageFiles(output: string): Promise<void> {
  await Promise.all(Object.values(STAGE_FILES).map((spec) => rm(path.join(output, spec.name), { force: true })));
}

/** The stage files of --keep-stages, written a document at a time, in input order. */
export function stageFileWriter(files: AtomicFiles): (result: DocumentResult) => void {
  const sentences = files.open(STAGE_FILES.sentences.name);
  const mentions = files.open(STAGE_FILES.mentions.name);
  const stances = files.open(STAGE_FILES.stances.name);
  return (result) => {
    sentences.write(jsonLines(result.stages?.sentences ?? []));
    mentions.write(jsonLines(result.stages?.tagged ?? []));
    stances.write(jsonLines(result.records));
  };
}
