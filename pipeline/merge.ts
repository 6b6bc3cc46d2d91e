// npm run merge -- --output DIR SHARD_DIR…: combines the outputs of shard runs into the outputs one run over
// all the input would have written (but for report.json's `run` section).
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { DocumentSummarySchema, ReportLayoutError, reportJsonDocuments, type DocumentSummary } from '../stages/report/index.ts';
import { InputErrorSchema, StanceRecordSchema, type InputError } from '../stages/schemas.ts';
import type { Config, Resources } from './config.ts';
import { ExitCode, exitForInputErrors, UserError } from './errors.ts';
import { commitFinalOutputs, type OutputOptions } from './final-outputs.ts';
import { fileExists, readValidatedLines } from './jsonl-file.ts';
import type { Logger } from './log.ts';
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
  const outputs = await commitFinalOutputs(config.output, resources, options, async (outputs, files) => {
    const seenDocs = new Set<string>();
    for (const folder of config.positionals) {
      for await (const d of readDocuments(folder)) {
        if (seenDocs.has(d.doc_id)) throw new UserError(`${folder}: document "${d.doc_id}" is in two shards; were they run with the same N?`, ExitCode.dataError);
        seenDocs.add(d.doc_id);
        outputs.addDocument({ doc_id: d.doc_id, doc_date: d.doc_date, sentences: d.sentences });
      }
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
