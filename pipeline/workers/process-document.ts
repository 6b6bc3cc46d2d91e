// split → tag → classify for one document: the unit of work that workers, reruns and shards share.
import { classifySentences } from '../../stages/classify/index.ts';
// The module itself, not the report stage's index: a worker thread loads only what it runs.
import { stanceRecordJson } from '../../stages/records.ts';
import type { Document, Sentence, StanceRecord, TaggedSentence } from '../../stages/schemas.ts';
import { splitSentences } from '../../stages/split/index.ts';
import { tagDocument } from '../../stages/tag/index.ts';
import type { Resources } from '../config/resources.ts';
import { documentHash } from '../state/document-hash.ts';

export interface DocumentResult {
  sentenceCount: number;
  records: StanceRecord[];
  /**
   * Each record's line of stances.jsonl and of the manifest, and the document's hash: made by the worker, so
   * that the main thread, which every document passes through, need not.
   */
  recordJson: string[];
  hash: string;
  /** The intermediate records, only when the stage files are kept: workers need not copy them back otherwise. */
  stages?: { sentences: Sentence[]; tagged: TaggedSentence[] };
}

export function processDocument(doc: Document, resources: Resources, keepStages = false): DocumentResult {
  const sentences = splitSentences(doc, resources.splitRules);
  const tagged = tagDocument(sentences, resources.gazetteer);
  const records = classifySentences(tagged, resources.lexicon);
  return {
    sentenceCount: sentences.length,
    records,
    recordJson: records.map(stanceRecordJson),
    hash: documentHash(doc),
    ...(keepStages ? { stages: { sentences, tagged } } : {}),
  };
}
