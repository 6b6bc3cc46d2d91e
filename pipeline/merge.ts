// npm run merge -- --output DIR SHARD_DIR…: combines the outputs of shard runs into the outputs one run over
// all the input would have written (but for report.json's `run` section).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ReportSchema, type DocumentStat } from '../stages/report/index.ts';
import { InputErrorSchema, StanceRecordSchema, type InputError, type StanceRecord } from '../stages/schemas.ts';
import type { Config, Resources } from './config.ts';
import { ExitCode, UserError } from './errors.ts';
import type { Logger } from './log.ts';
import { finalOutputs, type Collected } from './run.ts';
import { writeFilesAtomically } from './write/atomic.ts';

async function readShardFile(folder: string, name: string): Promise<string> {
  try {
    return await readFile(path.join(folder, name), 'utf8');
  } catch {
    throw new UserError(`${path.join(folder, name)}: not found; is ${folder} the output folder of a shard run?`, ExitCode.noInput);
  }
}

function parseLines<T>(file: string, text: string, parse: (data: unknown) => T): T[] {
  return text
    .split('\n')
    .map((line, i) => [line, i + 1] as const)
    .filter(([line]) => line.trim() !== '')
    .map(([line, n]) => {
      try {
        return parse(JSON.parse(line));
      } catch (error) {
        throw new UserError(`${file} line ${n}: ${(error as Error).message.split('\n')[0]}`, ExitCode.dataError);
      }
    });
}

export async function runMerge(config: Config, resources: Resources, log: Logger): Promise<ExitCode> {
  const startedAt = new Date();
  if (config.positionals.length === 0) throw new UserError('merge needs the shard output folders: npm run merge -- --output DIR SHARD_DIR…', ExitCode.usage);
  const collected: Collected = { documents: [], errors: [], records: [] };
  const seenErrors = new Set<string>();
  const seenDocs = new Set<string>();
  for (const folder of config.positionals) {
    const report = ReportSchema.parse(JSON.parse(await readShardFile(folder, 'report.json')));
    for (const d of report.documents) {
      if (seenDocs.has(d.doc_id)) throw new UserError(`${folder}: document "${d.doc_id}" is in two shards; were they run with the same N?`, ExitCode.dataError);
      seenDocs.add(d.doc_id);
      collected.documents.push({ doc_id: d.doc_id, doc_date: d.doc_date, sentences: d.sentences, records: d.records, errors: d.errors } satisfies DocumentStat);
    }
    const stancesFile = path.join(folder, 'stances.jsonl');
    collected.records.push(...parseLines<StanceRecord>(stancesFile, await readShardFile(folder, 'stances.jsonl'), (d) => StanceRecordSchema.parse(d)));
    const errorsFile = path.join(folder, 'errors.jsonl');
    for (const e of parseLines<InputError>(errorsFile, await readShardFile(folder, 'errors.jsonl'), (d) => InputErrorSchema.parse(d))) {
      const key = JSON.stringify(e);
      if (!seenErrors.has(key)) collected.errors.push(e);
      seenErrors.add(key);
    }
  }
  await writeFilesAtomically(config.output, await finalOutputs(collected, resources, startedAt));
  log.info(`${config.positionals.length} shards, ${collected.documents.length} documents, ${collected.records.filter((r) => !r.negated).length} stance records → ${config.output}/`);
  return collected.errors.length > 0 ? ExitCode.dataError : ExitCode.ok;
}
