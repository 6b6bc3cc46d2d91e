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
import type { Document, InputError, Sentence, StanceRecord } from '../stages/schemas.ts';
import { splitSentences } from '../stages/split/index.ts';
import { tagDocument } from '../stages/tag/index.ts';
import type { Config, Resources } from './config.ts';
import { documentsOf } from './documents.ts';
import { ExitCode, exitForInputErrors } from './errors.ts';
import type { Logger } from './log.ts';
import { cachedResult, documentHash, fingerprintOf, manifestJson, MANIFEST_FILE, readManifest, type CachedDocument } from './manifest.ts';
import type { DocumentResult } from './process.ts';
import { startProgress } from './progress.ts';
import { groupByDocument, jsonLines, readStageFile, removeStageFiles, STAGE_FILES } from './stage-files.ts';
import { DocumentPool } from './workers/pool.ts';
import { writeFilesAtomically } from './write/atomic.ts';

export interface Collected {
  documents: DocumentStat[];
  errors: InputError[];
  records: StanceRecord[];
}

const statOf = (sentences: readonly Sentence[]): DocumentStat => ({
  doc_id: sentences[0]!.doc_id,
  doc_date: sentences[0]!.doc_date,
  sentences: sentences.length,
});

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
    ['errors.jsonl', jsonLines(report.errors)],
    ['report.json', reportJson(report)],
    ['report.html', await renderHtmlReport(report, records)],
  ]);
}

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
  const pool = new DocumentPool(config.jobs, resources, config.keepStages);
  const progress = await startProgress(config);
  const inFlight: Promise<void>[] = [];
  let reused = 0;
  let processed = 0;
  let failure: unknown = null;

  const accept = (doc: Document, result: CachedDocument, slot: number, full?: DocumentResult) => {
    cache.set(doc.id, result);
    if (full && config.keepStages) kept[slot] = full;
    if (result.sentences === 0) return;
    collected.documents.push({ doc_id: doc.id, doc_date: result.doc_date, sentences: result.sentences });
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
        pool.process(doc).then(
          (full) => accept(doc, { hash, doc_date: doc.date ?? null, sentences: full.sentenceCount, records: full.records }, mySlot, full),
          (error: unknown) => void (failure ??= error),
        ),
      );
      if (pool.inFlight >= config.jobs * QUEUE_PER_JOB) await inFlight.shift();
      if (failure) break;
    }
    pool.drain();
    await Promise.all(inFlight);
    if (failure) throw failure;
  } finally {
    progress.stop();
    await pool.close();
  }

  const files = await finalOutputs(collected, resources, startedAt, { processed, reused });
  files.set(MANIFEST_FILE, manifestJson(fingerprint, cache));
  if (config.keepStages) {
    const results = kept.flatMap((r) => (r?.stages ? [{ ...r.stages, records: r.records }] : []));
    files.set(STAGE_FILES.sentences.name, jsonLines(results.flatMap((r) => r.sentences)));
    files.set(STAGE_FILES.errors.name, files.get('errors.jsonl')!);
    files.set(STAGE_FILES.mentions.name, jsonLines(results.flatMap((r) => r.tagged)));
    files.set(STAGE_FILES.stances.name, jsonLines(results.flatMap((r) => r.records)));
  }
  await writeFilesAtomically(config.output, files);
  // Stage files of an earlier --keep-stages run would now disagree with the outputs: a later `report` must not read them.
  if (!config.keepStages) await removeStageFiles(config.output);
  summarise(log, config, collected, { processed, reused });
  return exitForInputErrors(collected.errors);
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
  return exitForInputErrors(errors);
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
  const documents = groupByDocument(sentences).map(statOf);
  const collected = { documents, errors, records };
  await writeFilesAtomically(config.output, await finalOutputs(collected, resources, startedAt));
  summarise(log, config, collected);
  return exitForInputErrors(errors);
}
