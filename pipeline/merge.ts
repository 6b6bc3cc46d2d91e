// npm run merge -- --output DIR SHARD_DIR…: combines the outputs of shard runs into the outputs one run over
// all the input would have written (but for report.json's `run` section).
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { compareText, DocumentSummarySchema, ReportLayoutError, reportJsonDocuments, type DocumentSummary } from '../stages/report/index.ts';
import { InputErrorSchema, StanceRecordSchema, type InputError } from '../stages/schemas.ts';
import type { Config, Resources } from './config.ts';
import { ExitCode, exitForInputErrors, UserError } from './errors.ts';
import { commitFinalOutputs, type OutputOptions } from './final-outputs.ts';
import { fileExists, readValidatedLines } from './jsonl-file.ts';
import type { Logger } from './log.ts';
import { MinHeap } from './min-heap.ts';
import { describeIssues } from './zod-issues.ts';

async function shardFile(folder: string, name: string): Promise<string> {
  const file = path.join(folder, name);
  if (!(await fileExists(file))) throw new UserError(`${file}: not found; is ${folder} the output folder of a shard run?`, ExitCode.noInput);
  return file;
}

/** A shard file that exists but cannot be read (a folder, no permission): the user's to fix, so named, not a crash. */
function unreadable(file: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  return typeof code === 'string' ? new UserError(`${file}: cannot read: ${(error as Error).message}`, ExitCode.noInput) : error;
}

/** A shard's documents from its report.json, read a line at a time: a shard of millions of documents is never one string. */
async function* readDocuments(folder: string): AsyncGenerator<DocumentSummary> {
  const file = await shardFile(folder, 'report.json');
  const stream = createReadStream(file, 'utf8');
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  try {
    for await (const { value, line } of reportJsonDocuments(lines)) {
      const result = DocumentSummarySchema.safeParse(value);
      if (!result.success) throw new UserError(`${file} line ${line}: ${describeIssues(result.error, value)}`, ExitCode.dataError);
      yield result.data;
    }
  } catch (error) {
    if (error instanceof ReportLayoutError) throw new UserError(`${file} line ${error.line}: ${error.message}`, ExitCode.dataError);
    throw unreadable(file, error);
  } finally {
    // The reader stops at the end of "documents": the rest of the file is never read, and the stream must close.
    lines.close();
    stream.destroy();
  }
}

interface ShardHead {
  doc: DocumentSummary;
  folder: string;
  rest: AsyncGenerator<DocumentSummary>;
}

async function headOf(folder: string, rest: AsyncGenerator<DocumentSummary>): Promise<ShardHead | null> {
  const next = await rest.next();
  return next.done ? null : { doc: next.value, folder, rest };
}

/**
 * Every shard's documents in doc_id order, through a k-way merge: each report.json lists its documents in that
 * order, so a document in two shards comes up twice in a row, and finding it takes one document a shard in
 * memory, not every id seen.
 */
async function* documentsOfShards(folders: readonly string[]): AsyncGenerator<DocumentSummary> {
  const shards = folders.map((folder) => ({ folder, rest: readDocuments(folder) }));
  try {
    const heap = new MinHeap<ShardHead>((a, b) => compareText(a.doc.doc_id, b.doc.doc_id) < 0);
    for (const { folder, rest } of shards) {
      const head = await headOf(folder, rest);
      if (head) heap.push(head);
    }
    let last: { id: string; shard: ShardHead } | null = null;
    for (let top = heap.peek(); top; top = heap.peek()) {
      if (last && last.id === top.doc.doc_id) {
        // The same shard twice in a row: its report.json repeats the document (the order check lets equal ids by).
        const where = last.shard.rest === top.rest ? `twice in ${top.folder}` : `in two shards, ${last.shard.folder} and ${top.folder}; were they run with the same N?`;
        throw new UserError(`document "${top.doc.doc_id}" is ${where}`, ExitCode.dataError);
      }
      yield top.doc;
      last = { id: top.doc.doc_id, shard: top };
      const next = await headOf(top.folder, top.rest);
      if (next && compareText(next.doc.doc_id, top.doc.doc_id) < 0) {
        throw new UserError(`${path.join(top.folder, 'report.json')}: documents are not in doc_id order ("${next.doc.doc_id}" after "${top.doc.doc_id}"), as the pipeline writes them`, ExitCode.dataError);
      }
      heap.replaceTop(next);
    }
  } finally {
    // A shard stopped early (an error, or one of the others failing) must close its report.json.
    await Promise.all(shards.map(({ rest }) => rest.return(undefined)));
  }
}

async function* readLines<T>(folder: string, name: string, schema: Parameters<typeof readValidatedLines<T>>[1]): AsyncGenerator<T> {
  const file = await shardFile(folder, name);
  try {
    for await (const item of readValidatedLines(file, schema)) {
      if ('problem' in item) throw new UserError(item.problem, ExitCode.dataError);
      yield item.value;
    }
  } catch (error) {
    throw error instanceof UserError ? error : unreadable(file, error);
  }
}

export async function runMerge(config: Config, resources: Resources, log: Logger, options: OutputOptions = {}): Promise<ExitCode> {
  const startedAt = new Date();
  if (config.positionals.length === 0) throw new UserError('merge needs the shard output folders: npm run merge -- --output DIR SHARD_DIR…', ExitCode.usage);
  const given = new Map<string, string>();
  for (const folder of config.positionals) {
    const earlier = given.get(path.resolve(folder));
    if (earlier !== undefined) throw new UserError(`merge: ${folder} is the shard folder ${earlier} again`, ExitCode.usage);
    given.set(path.resolve(folder), folder);
  }
  const outputs = await commitFinalOutputs(config.output, resources, options, async (outputs, files) => {
    for await (const d of documentsOfShards(config.positionals)) outputs.addDocument({ doc_id: d.doc_id, doc_date: d.doc_date, sentences: d.sentences });
    for (const folder of config.positionals) {
      // Records stream from each shard's stances.jsonl into the merge sort, never all in memory.
      for await (const record of readLines(folder, 'stances.jsonl', StanceRecordSchema)) outputs.addRecords([record]);
      // Errors that name no document are reported by shard 0 alone, so shards never repeat one another's.
      const errors: InputError[] = [];
      for await (const error of readLines(folder, 'errors.jsonl', InputErrorSchema)) errors.push(error);
      outputs.addErrors(errors);
    }
    await outputs.write(files, startedAt);
  });
  log.info(`${config.positionals.length} shards, ${outputs.summary.documents} documents, ${outputs.summary.counted} stance records → ${config.output}/`);
  return exitForInputErrors(outputs.errors);
}
