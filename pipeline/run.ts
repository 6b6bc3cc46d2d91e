// Composes the stages: the whole pipeline in one streaming pass, or one stage alone over the files of the stage before.
import path from 'node:path';
import { classifySentences } from '../stages/classify/index.ts';
import {
  actorsCsv,
  buildReport,
  documentsCsv,
  pairsCsv,
  renderHtmlReport,
  reportJson,
  sortStanceRecords,
  stancesCsv,
  stancesJsonl,
  type DocumentStat,
} from '../stages/report/index.ts';
import type { Document, InputError, Sentence, StanceRecord, TaggedSentence } from '../stages/schemas.ts';
import { splitSentences } from '../stages/split/index.ts';
import { tagDocument } from '../stages/tag/index.ts';
import type { Config, Resources } from './config.ts';
import { cachedResult, documentHash, fingerprintOf, manifestJson, MANIFEST_FILE, readManifest, type CachedDocument } from './manifest.ts';
import type { DocumentResult } from './process.ts';
import { startProgress } from './progress.ts';
import { inShard } from './shard.ts';
import { DocumentPool } from './workers/pool.ts';
import { ExitCode, UserError } from './errors.ts';
import type { Logger } from './log.ts';
import { InputPathMissingError, readInputs } from './read/index.ts';
import { groupByDocument, jsonLines, readStageFile, STAGE_FILES } from './stage-files.ts';
import { writeFilesAtomically } from './write/atomic.ts';

export interface Collected {
  documents: DocumentStat[];
  errors: InputError[];
  records: StanceRecord[];
}

const statOf = (sentences: readonly Sentence[], records: readonly StanceRecord[]): DocumentStat => ({
  doc_id: sentences[0]!.doc_id,
  doc_date: sentences[0]!.doc_date,
  sentences: sentences.length,
  records: records.filter((r) => !r.negated).length,
  errors: 0,
});

async function* documentsOf(config: Config, errors: InputError[], log: Logger): AsyncGenerator<Document> {
  try {
    for await (const item of readInputs(config.input, { maxDocumentBytes: config.maxDocumentBytes })) {
      if (item.kind === 'error') {
        if (!inShard(item.error.doc_id, config.shard)) continue;
        errors.push(item.error);
        log.warn(`${item.error.file}${item.error.line ? ` line ${item.error.line}` : ''}: ${item.error.reason}`);
      } else if (inShard(item.document.id, config.shard)) yield item.document;
    }
  } catch (error) {
    if (error instanceof InputPathMissingError) {
      throw new UserError(`${config.input}: input path not found`, ExitCode.noInput);
    }
    throw error;
  }
}

/** The final output files, from records, per-document counts and input errors. */
export async function finalOutputs(
  collected: Collected,
  resources: Resources,
  startedAt: Date,
  counts: { processed: number; reused: number } = { processed: collected.documents.length, reused: 0 },
): Promise<Map<string, string>> {
  const records = sortStanceRecords(collected.records);
  const finishedAt = new Date();
  const report = buildReport({
    records,
    documents: collected.documents,
    errors: collected.errors,
    stances: Object.keys(resources.lexicon.stances),
    polarity: Object.fromEntries(Object.entries(resources.lexicon.stances).map(([name, s]) => [name, s.polarity])),
    run: {
      started_at: startedAt.toISOString(),
      finished_at: finishedAt.toISOString(),
      duration_ms: finishedAt.getTime() - startedAt.getTime(),
      documents_processed: counts.processed,
      documents_reused: counts.reused,
      peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    },
  });
  return new Map([
    ['stances.jsonl', stancesJsonl(records)],
    ['stances.csv', stancesCsv(records)],
    ['actors.csv', actorsCsv(report)],
    ['pairs.csv', pairsCsv(report)],
    ['documents.csv', documentsCsv(report)],
    ['errors.jsonl', jsonLines(collected.errors)],
    ['report.json', reportJson(report)],
    ['report.html', await renderHtmlReport(report, records)],
  ]);
}

const exitFor = (errors: readonly InputError[]) => (errors.length > 0 ? ExitCode.dataError : ExitCode.ok);

function summarise(log: Logger, config: Config, c: Collected, counts?: { processed: number; reused: number }): void {
  const counted = c.records.filter((r) => !r.negated).length;
  log.info(
    `${c.documents.length} documents${counts?.reused ? ` (${counts.reused} unchanged since the last run)` : ''}, ${c.documents.reduce((n, d) => n + d.sentences, 0)} sentences, ` +
      `${counted} stance records${c.errors.length ? `, ${c.errors.length} input errors (see ${path.join(config.output, 'errors.jsonl')})` : ''} → ${config.output}/`,
  );
}

/** At most this many documents per worker wait in the pool: memory stays flat whatever the input size. */
const QUEUE_PER_JOB = 4;

/**
 * All stages in one streaming pass over the input, on a pool of workers. Documents whose content and
 * configuration are unchanged since the last run into the same output folder are taken from its manifest.
 */
export async function runPipeline(config: Config, resources: Resources, log: Logger): Promise<ExitCode> {
  const startedAt = new Date();
  const collected: Collected = { documents: [], errors: [], records: [] };
  // Stage files need every sentence, which the manifest does not keep: --keep-stages recomputes all.
  const fingerprint = fingerprintOf(resources.fingerprintParts);
  const manifest = config.force || config.keepStages ? null : readManifest(config.output, fingerprint);
  const cache = new Map<string, CachedDocument>();
  const kept: DocumentResult[] = [];
  const pool = new DocumentPool(config.jobs, config, resources);
  const progress = await startProgress(config);
  const inFlight: Promise<void>[] = [];
  let reused = 0;
  let processed = 0;

  const accept = (doc: Document, result: CachedDocument, slot: number, full?: DocumentResult) => {
    cache.set(doc.id, result);
    if (full && config.keepStages) kept[slot] = full;
    if (result.sentences === 0) return;
    collected.documents.push({ doc_id: doc.id, doc_date: result.doc_date, sentences: result.sentences, records: result.records.filter((r) => !r.negated).length, errors: 0 });
    collected.records.push(...result.records);
  };

  try {
    let slot = 0;
    for await (const doc of documentsOf(config, collected.errors, log)) {
      progress.advance(Buffer.byteLength(doc.text));
      const hash = documentHash(doc);
      const cached = cachedResult(manifest, doc, hash);
      if (cached) {
        accept(doc, cached, slot++);
        reused++;
        continue;
      }
      const mySlot = slot++;
      processed++;
      inFlight.push(
        pool.process(doc).then((full) =>
          accept(doc, { hash, doc_date: doc.date ?? null, sentences: full.sentenceCount, records: full.records }, mySlot, full),
        ),
      );
      if (pool.inFlight >= config.jobs * QUEUE_PER_JOB) await Promise.race(inFlight.splice(0, 1));
    }
    await Promise.all(inFlight);
  } finally {
    progress.stop();
    await pool.close();
  }

  const files = await finalOutputs(collected, resources, startedAt, { processed, reused });
  files.set(MANIFEST_FILE, manifestJson(fingerprint, cache));
  if (config.keepStages) {
    const results = kept.flatMap((r) => (r?.stages ? [{ ...r.stages, records: r.records }] : []));
    files.set(STAGE_FILES.sentences.name, jsonLines(results.flatMap((r) => r.sentences)));
    files.set(STAGE_FILES.errors.name, jsonLines(collected.errors));
    files.set(STAGE_FILES.mentions.name, jsonLines(results.flatMap((r) => r.tagged)));
    files.set(STAGE_FILES.stances.name, jsonLines(results.flatMap((r) => r.records)));
  }
  await writeFilesAtomically(config.output, files);
  summarise(log, config, collected, { processed, reused });
  return exitFor(collected.errors);
}

/** split alone: input → stages/sentences.jsonl (+ stages/errors.jsonl for the report). */
export async function runSplit(config: Config, resources: Resources, log: Logger): Promise<ExitCode> {
  const errors: InputError[] = [];
  const sentences: Sentence[] = [];
  for await (const doc of documentsOf(config, errors, log)) sentences.push(...splitSentences(doc, resources.splitRules));
  await writeFilesAtomically(
    config.output,
    new Map([
      [STAGE_FILES.sentences.name, jsonLines(sentences)],
      [STAGE_FILES.errors.name, jsonLines(errors)],
    ]),
  );
  log.info(`${sentences.length} sentences → ${path.join(config.output, STAGE_FILES.sentences.name)}`);
  return exitFor(errors);
}

/** tag alone: stages/sentences.jsonl → stages/mentions.jsonl. */
export async function runTag(config: Config, resources: Resources, log: Logger): Promise<ExitCode> {
  const sentences = await readStageFile(config.output, 'sentences');
  const tagged = groupByDocument(sentences).flatMap((doc) => tagDocument(doc, resources.gazetteer));
  await writeFilesAtomically(config.output, new Map([[STAGE_FILES.mentions.name, jsonLines(tagged)]]));
  log.info(`${tagged.reduce((n, s) => n + s.mentions.length, 0)} actor mentions → ${path.join(config.output, STAGE_FILES.mentions.name)}`);
  return ExitCode.ok;
}

/** classify alone: stages/mentions.jsonl → stages/stances.jsonl. */
export async function runClassify(config: Config, resources: Resources, log: Logger): Promise<ExitCode> {
  const tagged = await readStageFile(config.output, 'mentions');
  const records = groupByDocument(tagged).flatMap((doc) => classifySentences(doc, resources.lexicon));
  await writeFilesAtomically(config.output, new Map([[STAGE_FILES.stances.name, jsonLines(records)]]));
  log.info(`${records.length} stance records → ${path.join(config.output, STAGE_FILES.stances.name)}`);
  return ExitCode.ok;
}

/** report alone: stages/stances.jsonl (+ sentences and errors for the counts) → the final outputs. */
export async function runReport(config: Config, resources: Resources, log: Logger): Promise<ExitCode> {
  const startedAt = new Date();
  const [sentences, records, errors] = await Promise.all([
    readStageFile(config.output, 'sentences'),
    readStageFile(config.output, 'stances'),
    readStageFile(config.output, 'errors'),
  ]);
  const recordsByDoc = new Map<string, StanceRecord[]>();
  for (const r of records) {
    const list = recordsByDoc.get(r.doc_id);
    if (list) list.push(r);
    else recordsByDoc.set(r.doc_id, [r]);
  }
  const documents = groupByDocument(sentences).map((doc) => statOf(doc, recordsByDoc.get(doc[0]!.doc_id) ?? []));
  const collected = { documents, errors, records };
  await writeFilesAtomically(config.output, await finalOutputs(collected, resources, startedAt));
  summarise(log, config, collected);
  return exitFor(errors);
}
