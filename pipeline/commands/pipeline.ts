// Composes the stages: the whole pipeline in one streaming pass, or one stage alone over the files of the stage before.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { classifySentences } from '../../stages/classify/index.ts';
import { preloadChartModules, stanceRecordJson, type DocumentStat, type StreamedReport } from '../../stages/report/index.ts';
import type { InputError, Sentence } from '../../stages/schemas.ts';
import { splitSentences } from '../../stages/split/index.ts';
import { tagDocument } from '../../stages/tag/index.ts';
import type { Config } from '../config/command-line.ts';
import type { Resources } from '../config/resources.ts';
import { documentsOf, type InputDocument } from '../io/input-documents.ts';
import { ExitCode, exitForInputErrors } from '../errors.ts';
import { FinalOutputs } from '../io/final-outputs.ts';
import type { Logger } from '../io/log.ts';
import { fingerprintOf, LEGACY_MANIFEST_FILE, MANIFEST_FILE, ManifestWriter, PreviousManifest } from '../state/manifest.ts';
import { startProgress } from '../io/progress.ts';
import { DocumentRecords, jsonLines, readStageDocuments, removeStageFiles, STAGE_FILES, stageFileRecords, stageFileWriter } from '../io/stage-files.ts';
import { DocumentPool, type PoolInput } from '../workers/pool.ts';
import { documentHash } from '../workers/process-document.ts';
import { writeAtomically, type AtomicFiles } from '../io/write/atomic.ts';

function summarise(log: Logger, config: Config, report: StreamedReport, reused = 0): void {
  const { documents, sentences, records, errors } = report.totals;
  log.info(
    `${documents} documents${reused ? ` (${reused} unchanged since the last run)` : ''}, ${sentences} sentences, ` +
      `${records} stance records${errors ? `, ${errors} input errors (see ${path.join(config.output, 'errors.jsonl')})` : ''} → ${config.output}/`,
  );
}

/**
 * All stages in one streaming pass over the input, on a pool of workers; documents unchanged since the last run
 * into the same output folder are taken from its manifest. Each document is written as it is done, in input order.
 */
export async function runPipeline(config: Config, resources: Resources, log: Logger): Promise<ExitCode> {
  const startedAt = new Date();
  const errors: InputError[] = [];
  // Stage files need every sentence, which the manifest does not keep: --keep-stages recomputes all.
  const fingerprint = fingerprintOf(resources.files);
  const previous = config.force || config.keepStages ? null : await PreviousManifest.open(config.output, fingerprint);
  let reused = 0;
  let documents = 0;

  /** The input's documents, those the previous run had unchanged with their result from its manifest. */
  async function* withKnownResults(inputs: AsyncIterable<InputDocument>): AsyncGenerator<InputDocument & PoolInput> {
    for await (const input of inputs) {
      documents++;
      // Hashed here only to look up a document the previous run had; a processed one is hashed by its worker.
      const cached = previous?.has(input.doc.id) ? await previous.cachedResult(input.doc, documentHash(input.doc)) : null;
      if (!cached) yield input;
      else {
        reused++;
        const { hash, sentences, records } = cached;
        yield { ...input, result: { hash, sentenceCount: sentences, records, recordJson: records.map(stanceRecordJson) } };
      }
    }
  }

  const produce = async (files: AtomicFiles) => {
    const outputs = new FinalOutputs(resources, files);
    const manifest = new ManifestWriter(files.open(MANIFEST_FILE), fingerprint);
    const writeStages = config.keepStages ? stageFileWriter(files) : null;
    const pool = new DocumentPool(config.jobs, resources, config.keepStages);
    const progress = await startProgress(config);
    try {
      const inputs = withKnownResults(documentsOf(config, errors, log, progress.onBytesRead));
      // While the workers finish the input's last documents, this thread loads the charts' code.
      for await (const { input: { doc, position }, result } of pool.map(inputs, preloadChartModules)) {
        const { hash, sentenceCount: sentences, records, recordJson } = result;
        manifest.add(doc.id, { hash, doc_date: doc.date ?? null, sentences, records }, recordJson);
        writeStages?.(result);
        if (sentences === 0) continue;
        // Only shards need their documents' places in the input, for `merge`: one run's order is its own.
        outputs.addDocument({ doc_id: doc.id, doc_date: doc.date ?? null, sentences, ...(config.shard ? { input_index: position } : {}) }, records, recordJson);
      }
    } finally {
      progress.stop();
      await pool.close();
    }

    for (const error of errors) outputs.addError(error);
    const report = await outputs.write(startedAt, { processed: documents - reused, reused });
    if (writeStages) files.put(STAGE_FILES.errors.name, jsonLines(report.errors));
    return report;
  };

  const report = await writeAtomically(config.output, produce).finally(() => previous?.close());
  await rm(path.join(config.output, LEGACY_MANIFEST_FILE), { force: true });
  // Stage files of an earlier --keep-stages run would now disagree with the outputs: a later `report` must not read them.
  if (!config.keepStages) await removeStageFiles(config.output);
  summarise(log, config, report, reused);
  return exitForInputErrors(errors);
}

/** split alone: input → stages/sentences.jsonl (+ stages/errors.jsonl for the report). */
export async function runSplit(config: Config, resources: Resources, log: Logger): Promise<ExitCode> {
  const errors: InputError[] = [];
  const sentences: Sentence[] = [];
  for await (const { doc } of documentsOf(config, errors, log)) sentences.push(...splitSentences(doc, resources.splitRules));
  await writeAtomically(config.output, (files) => {
    files.put(STAGE_FILES.sentences.name, jsonLines(sentences));
    files.put(STAGE_FILES.errors.name, jsonLines(errors));
  });
  log.info(`${sentences.length} sentences → ${path.join(config.output, STAGE_FILES.sentences.name)}`);
  return exitForInputErrors(errors);
}

/** tag alone: stages/sentences.jsonl → stages/mentions.jsonl. */
export async function runTag(config: Config, resources: Resources, log: Logger): Promise<ExitCode> {
  const documents = await readStageDocuments(config.output, 'sentences');
  const tagged = documents.flatMap((doc) => tagDocument(doc, resources.gazetteer));
  await writeAtomically(config.output, (files) => files.put(STAGE_FILES.mentions.name, jsonLines(tagged)));
  log.info(`${tagged.reduce((n, s) => n + s.mentions.length, 0)} actor mentions → ${path.join(config.output, STAGE_FILES.mentions.name)}`);
  return ExitCode.ok;
}

/** classify alone: stages/mentions.jsonl → stages/stances.jsonl. */
export async function runClassify(config: Config, resources: Resources, log: Logger): Promise<ExitCode> {
  const documents = await readStageDocuments(config.output, 'mentions');
  const records = documents.flatMap((doc) => classifySentences(doc, resources.lexicon));
  await writeAtomically(config.output, (files) => files.put(STAGE_FILES.stances.name, jsonLines(records)));
  log.info(`${records.length} stance records → ${path.join(config.output, STAGE_FILES.stances.name)}`);
  return ExitCode.ok;
}

/** A document's sentences are consecutive lines of the stage file: each run of them is one document's stat. */
async function* documentStats(sentences: AsyncIterable<Sentence>): AsyncGenerator<DocumentStat> {
  let stat: DocumentStat | null = null;
  for await (const sentence of sentences) {
    if (stat && stat.doc_id === sentence.doc_id) stat.sentences += 1;
    else {
      if (stat) yield stat;
      stat = { doc_id: sentence.doc_id, doc_date: sentence.doc_date, sentences: 1 };
    }
  }
  if (stat) yield stat;
}

/** report alone: stages/stances.jsonl (+ sentences and errors for the counts) → the final outputs, streamed. */
export async function runReport(config: Config, resources: Resources, log: Logger): Promise<ExitCode> {
  const startedAt = new Date();
  const report = await writeAtomically(config.output, async (files) => {
    const outputs = new FinalOutputs(resources, files);
    const records = new DocumentRecords(stageFileRecords(config.output, 'stances'), path.join(config.output, STAGE_FILES.stances.name));
    for await (const stat of documentStats(stageFileRecords(config.output, 'sentences'))) outputs.addDocument(stat, await records.take(stat.doc_id));
    await records.end();
    for await (const error of stageFileRecords(config.output, 'errors')) outputs.addError(error);
    return outputs.write(startedAt);
  });
  summarise(log, config, report);
  return exitForInputErrors(report.errors);
}
