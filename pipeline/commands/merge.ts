// npm run merge -- --output DIR SHARD_DIR…: combines the outputs of shard runs into the outputs one run over
// all the input would have written (but for report.json's `run` section).
import path from 'node:path';
import { compareText, DocumentSummarySchema, ReportLayoutError, reportJsonDocuments, type DocumentSummary } from '../../stages/report/index.ts';
import { InputErrorSchema, StanceRecordSchema, type InputError } from '../../stages/schemas.ts';
import type { Config } from '../config/command-line.ts';
import type { Resources } from '../config/resources.ts';
import { ExitCode, exitForInputErrors, UserError } from '../errors.ts';
import { commitFinalOutputs, type OutputOptions } from '../io/final-outputs.ts';
import { fileExists, readValidatedLines } from '../io/jsonl-file.ts';
import type { Logger } from '../io/log.ts';
import { mergeSorted } from '../state/merge-sorted.ts';
import { lineText, readLinesSync, type FileLine } from '../io/lines.ts';
import { describeIssues } from '../config/zod-issues.ts';

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
function* readDocuments(folder: string, file: string): Generator<ShardDocument> {
  const lines = readLinesSync(file);
  try {
    for (const { value, line } of reportJsonDocuments(texts(lines))) {
      const result = DocumentSummarySchema.safeParse(value);
      if (!result.success) throw new UserError(`${file} line ${line}: ${describeIssues(result.error, value)}`, ExitCode.dataError);
      yield { doc: result.data, folder };
    }
  } catch (error) {
    if (error instanceof ReportLayoutError) throw new UserError(`${file} line ${error.line}: ${error.message}`, ExitCode.dataError);
    throw unreadable(file, error);
  } finally {
    // The reader stops at the end of "documents": the rest of the file is never read, and the file must close.
    lines.return(undefined);
  }
}

function* texts(lines: Iterable<FileLine>): Generator<string> {
  for (const line of lines) yield lineText(line);
}

interface ShardDocument {
  doc: DocumentSummary;
  folder: string;
}

/**
 * Every shard's documents in doc_id order, through a k-way merge: each report.json lists its documents in that
 * order, so a document in two shards comes up twice in a row, and finding it takes one document a shard in
 * memory, not every id seen.
 */
async function* documentsOfShards(folders: readonly string[]): AsyncGenerator<DocumentSummary> {
  const files: string[] = [];
  for (const folder of folders) files.push(await shardFile(folder, 'report.json'));
  let last: ShardDocument | null = null;
  for (const next of mergeSorted(folders.map((folder, i) => inOrder(readDocuments(folder, files[i]!), files[i]!)), (a, b) => compareText(a.doc.doc_id, b.doc.doc_id))) {
    if (last && last.doc.doc_id === next.doc.doc_id) {
      // The same shard twice in a row: its report.json repeats the document (the order check lets equal ids by).
      const where = last.folder === next.folder ? `twice in ${next.folder}` : `in two shards, ${last.folder} and ${next.folder}; were they run with the same N?`;
      throw new UserError(`document "${next.doc.doc_id}" is ${where}`, ExitCode.dataError);
    }
    yield next.doc;
    last = next;
  }
}

/** A shard's documents, checked to be in doc_id order, as the pipeline writes them. */
function* inOrder(documents: Iterable<ShardDocument>, file: string): Generator<ShardDocument> {
  let previous: string | null = null;
  for (const d of documents) {
    if (previous !== null && compareText(d.doc.doc_id, previous) < 0) {
      throw new UserError(`${file}: documents are not in doc_id order ("${d.doc.doc_id}" after "${previous}"), as the pipeline writes them`, ExitCode.dataError);
    }
    previous = d.doc.doc_id;
    yield d;
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
