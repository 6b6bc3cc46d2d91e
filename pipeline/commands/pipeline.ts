// Composes the stages: the whole pipeline in one streaming pass, or one stage alone over the files of the stage before.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { classifySentences } from '../../stages/classify/index.ts';
import { preloadChartModules, stanceRecordJson, type DocumentStat } from '../../stages/report/index.ts';
import type { Document, InputError, Sentence } from '../../stages/schemas.ts';
import { splitSentences } from '../../stages/split/index.ts';
import { tagDocument } from '../../stages/tag/index.ts';
import type { Config } from '../config/command-line.ts';
import type { Resources } from '../config/resources.ts';
import { documentHash } from '../state/document-hash.ts';
import { documentsOf } from '../io/input-documents.ts';
import { ExitCode, exitForInputErrors } from '../errors.ts';
import { commitFinalOutputs, type FinalOutputs, type OutputOptions } from '../io/final-outputs.ts';
import type { Logger } from '../io/log.ts';
import {
  fingerprintOf,
  LEGACY_MANIFEST_FILE,
  MANIFEST_FILE,
  ManifestWriter,
  PreviousManifest,
  type CachedDocument,
} from '../state/manifest.ts';
import type { DocumentResult } from '../workers/process-document.ts';
import { startProgress } from '../io/progress.ts';
import { groupByDocument, jsonLines, readStageFile, removeStageFiles, STAGE_FILES, StageFileWriter, stageFileRecords } from '../io/stage-files.ts';
import { DocumentPool } from '../workers/pool.ts';
import { writeFilesAtomically, type AtomicFiles } from '../io/write/atomic.ts';

function summarise(log: Logger, config: Config, outputs: FinalOutputs, reused = 0): void {
  const { documents, sentences, counted } = outputs.summary;
  const errors = outputs.errors.length;
  log.info(
    `${documents} documents${reused ? ` (${reused} unchanged since the last run)` : ''}, ${sentences} sentences, ` +
      `${counted} stance records${errors ? `, ${errors} input errors (see ${path.join(config.output, 'errors.jsonl')})` : ''} → ${config.output}/`,
  );
}

/**
 * All stages in one streaming pass over the input, on a pool of workers. Documents whose content and
 * configuration are unchanged since the last run into the same output folder are taken from its manifest.
 * Each document's records go to the manifest and the final outputs as it is done, and leave memory.
 */
export async function runPipeline(config: Config, resources: Resources, log: Logger, options: OutputOptions = {}): Promise<ExitCode> {
  const startedAt = new Date();
  const errors: InputError[] = [];
  // Stage files need every sentence, which the manifest does not keep: --keep-stages recomputes all.
  const fingerprint = fingerprintOf(resources.fingerprintParts);
  const previous = config.force || config.keepStages ? null : await PreviousManifest.open(config.output, fingerprint);
  let reused = 0;
  let processed = 0;

  const produce = async (outputs: FinalOutputs, files: AtomicFiles) => {
    const manifest = new ManifestWriter(files.open(MANIFEST_FILE), fingerprint);
    const stages = config.keepStages ? new StageFileWriter(files) : null;
    const accept = (doc: Document, result: CachedDocument, full?: DocumentResult) => {
      // A processed document's records come serialised from where it was processed; a reused one's are serialised here.
      const recordJson = full?.recordJson ?? result.records.map(stanceRecordJson);
      manifest.add(doc.id, result, recordJson);
      if (full && stages) stages.add(full);
      if (result.sentences === 0) return;
      outputs.addDocument({ doc_id: doc.id, doc_date: result.doc_date, sentences: result.sentences });
      outputs.addRecords(result.records, recordJson);
    };
    /** The documents to process: those the previous run had unchanged are accepted from its manifest instead. */
    async function* changed(documents: AsyncIterable<Document>): AsyncGenerator<Document> {
      for await (const doc of documents) {
        // Hashed here only to look up a document the previous run had; the thread that processes a document hashes it
        // for the new manifest (again, for one the previous run had in another version).
        const cached = previous?.has(doc.id) ? await previous.cachedResult(doc, documentHash(doc)) : null;
        if (cached) {
          accept(doc, cached);
          reused++;
        } else {
          processed++;
          yield doc;
        }
      }
    }
    const pool = new DocumentPool(config.jobs, resources, config.keepStages);
    const progress = await startProgress(config);
    try {
      // While the workers finish the input's last documents, this thread loads the charts' code.
      for await (const { doc, result } of pool.map(changed(documentsOf(config, errors, log, progress.onBytesRead)), preloadChartModules)) {
        accept(doc, { hash: result.hash, doc_date: doc.date ?? null, sentences: result.sentenceCount, records: result.records }, result);
      }
    } finally {
      progress.stop();
      await pool.close();
    }

    outputs.addErrors(errors);
    const report = await outputs.write(files, startedAt, { processed, reused });
    if (stages) files.put(STAGE_FILES.errors.name, jsonLines(report.errors));
  };

  let outputs: FinalOutputs;
  try {
    outputs = await commitFinalOutputs(config.output, resources, options, produce);
  } finally {
    await previous?.close();
  }
  await rm(path.join(config.output, LEGACY_MANIFEST_FILE), { force: true });
  // Stage files of an earlier --keep-stages run would now disagree with the outputs: a later `report` must not read them.
  if (!config.keepStages) await removeStageFiles(config.output);
  summarise(log, config, outputs, reused);
  return exitForInputErrors(errors);
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
export async function runReport(config: Config, resources: Resources, log: Logger, options: OutputOptions = {}): Promise<ExitCode> {
  const startedAt = new Date();
  const outputs = await commitFinalOutputs(config.output, resources, options, async (outputs, files) => {
    for await (const stat of documentStats(stageFileRecords(config.output, 'sentences'))) outputs.addDocument(stat);
    for await (const record of stageFileRecords(config.output, 'stances')) outputs.addRecords([record]);
    outputs.addErrors(await readStageFile(config.output, 'errors'));
    await outputs.write(files, startedAt);
  });
  summarise(log, config, outputs);
  return exitForInputErrors(outputs.errors);
}
