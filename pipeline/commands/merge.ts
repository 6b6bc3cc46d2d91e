// npm run merge -- --output DIR SHARD_DIR…: combines the outputs of shard runs into the outputs one run over
// all the input would have written (but for report.json's `run` section).
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { DocumentSummarySchema, ReportLayoutError, reportJsonDocuments, type DocumentSummary } from '../../stages/report/index.ts';
import { InputErrorSchema, StanceRecordSchema } from '../../stages/schemas.ts';
import type { Config } from '../config/command-line.ts';
import type { Resources } from '../config/resources.ts';
import { ExitCode, exitForInputErrors, UserError } from '../errors.ts';
import { FinalOutputs } from '../io/final-outputs.ts';
import { validLines } from '../io/jsonl-file.ts';
import type { Logger } from '../io/log.ts';
import { readLinesSync } from '../io/lines.ts';
import { describeIssues } from '../config/zod-issues.ts';
import { writeAtomically } from '../io/write/atomic.ts';
import { DocumentRecords } from '../io/stage-files.ts';

function shardFile(folder: string, name: string): string {
  const file = path.join(folder, name);
  if (!existsSync(file)) throw new UserError(`${file}: not found; is ${folder} the output folder of a shard run?`, ExitCode.noInput);
  return file;
}

/** A shard file that exists but cannot be read (a folder, no permission): the user's to fix, so named, not a crash. */
function unreadable(file: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  return typeof code === 'string' ? new UserError(`${file}: cannot read: ${(error as Error).message}`, ExitCode.noInput) : error;
}

interface ShardDocument {
  doc: DocumentSummary;
  /** Its place in the whole input, which every shard read. */
  index: number;
  shard: number;
}

/** A shard's documents from its report.json, a line at a time, with their places in the input, checked in order. */
function* shardDocuments(file: string, shard: number): Generator<ShardDocument> {
  const lines = readLinesSync(file);
  let previous = -1;
  try {
    for (const { value, line } of reportJsonDocuments(lines)) {
      const result = DocumentSummarySchema.safeParse(value);
      if (!result.success) throw new UserError(`${file} line ${line}: ${describeIssues(result.error, value)}`, ExitCode.dataError);
      const doc = result.data;
      const index = doc.input_index;
      if (index === undefined) throw new UserError(`${file}: document "${doc.doc_id}" has no input_index: merge takes the outputs of --shard runs`, ExitCode.dataError);
      if (index < previous) {
        throw new UserError(`${file}: documents are not in input order (input_index ${index} after ${previous}), as the pipeline writes them`, ExitCode.dataError);
      }
      previous = index;
      yield { doc, index, shard };
    }
  } catch (error) {
    if (error instanceof ReportLayoutError) throw new UserError(`${file} line ${error.line}: ${error.message}`, ExitCode.dataError);
    throw unreadable(file, error);
  } finally {
    // The reader stops at the end of "documents": the rest of the file is never read, and the file must close.
    lines.return(undefined);
  }
}

/** Every item of `sources`, each sorted by `compare`, in order (ties: the earlier source first); all closed at the end. */
export function* mergeSorted<T>(sources: readonly Iterator<T>[], compare: (a: T, b: T) => number): Generator<T> {
  try {
    const heads = sources.map((source) => source.next());
    for (;;) {
      // The sources are few, one a shard: each step scans their next items for the least.
      let least = -1;
      for (const [i, head] of heads.entries()) {
        if (!head.done && (least === -1 || compare(head.value, heads[least]!.value as T) < 0)) least = i;
      }
      if (least === -1) return;
      yield heads[least]!.value as T;
      heads[least] = sources[least]!.next();
    }
  } finally {
    for (const source of sources) source.return?.();
  }
}

/** Every shard's documents in input order; a document in two shards comes up twice in a row, at one place. */
function* documentsOfShards(folders: readonly string[], files: readonly string[]): Generator<ShardDocument> {
  let last: ShardDocument | null = null;
  for (const next of mergeSorted(files.map((file, shard) => shardDocuments(file, shard)), (a, b) => a.index - b.index)) {
    if (last && last.index === next.index) {
      // The same shard twice in a row: its report.json repeats the place (the order check lets equal ones by).
      const where = last.shard === next.shard ? `twice in ${folders[next.shard]}` : `in two shards, ${folders[last.shard]} and ${folders[next.shard]}; were they run with the same N?`;
      throw new UserError(`document "${next.doc.doc_id}" is ${where}`, ExitCode.dataError);
    }
    yield next;
    last = next;
  }
}

async function* shardLines<T>(folder: string, name: string, schema: z.ZodType<T>): AsyncGenerator<T> {
  const file = shardFile(folder, name);
  try {
    yield* validLines(file, schema);
  } catch (error) {
    throw error instanceof UserError ? error : unreadable(file, error);
  }
}

export async function runMerge(config: Config, resources: Resources, log: Logger): Promise<ExitCode> {
  const startedAt = new Date();
  if (config.positionals.length === 0) throw new UserError('merge needs the shard output folders: npm run merge -- --output DIR SHARD_DIR…', ExitCode.usage);
  const given = new Map<string, string>();
  for (const folder of config.positionals) {
    const earlier = given.get(path.resolve(folder));
    if (earlier !== undefined) throw new UserError(`merge: ${folder} is the shard folder ${earlier} again`, ExitCode.usage);
    given.set(path.resolve(folder), folder);
  }
  const report = await writeAtomically(config.output, async (files) => {
    const outputs = new FinalOutputs(resources, files);
    const folders = config.positionals;
    const reports = folders.map((folder) => shardFile(folder, 'report.json'));
    // Each shard's records stream from its stances.jsonl as its documents come up, never all in memory.
    const records = folders.map((folder) => new DocumentRecords(shardLines(folder, 'stances.jsonl', StanceRecordSchema), path.join(folder, 'stances.jsonl')));
    for (const { doc, shard } of documentsOfShards(folders, reports)) {
      outputs.addDocument({ doc_id: doc.doc_id, doc_date: doc.doc_date, sentences: doc.sentences }, await records[shard]!.take(doc.doc_id));
    }
    for (const shard of records) await shard.end();
    // Errors that name no document are reported by shard 0 alone, so shards never repeat one another's.
    for (const folder of folders) {
      for await (const error of shardLines(folder, 'errors.jsonl', InputErrorSchema)) outputs.addError(error);
    }
    return outputs.write(startedAt);
  });
  const { documents, records } = report.totals;
  log.info(`${config.positionals.length} shards, ${documents} documents, ${records} stance records → ${config.output}/`);
  return exitForInputErrors(report.errors);
}
