// split → tag → classify for one document: the unit of work that workers, reruns and shards share; and the
// document's content hash, what the rerun manifest keys that result by.
import { createHash } from 'node:crypto';
import { classifySentences } from '../../stages/classify/index.ts';
// The module itself, not the report stage's index: a worker thread loads only what it runs.
import { stanceRecordJson } from '../../stages/records.ts';
import type { Document, Sentence, StanceRecord, TaggedSentence } from '../../stages/schemas.ts';
import { splitSentences } from '../../stages/split/index.ts';
import { tagDocument } from '../../stages/tag/index.ts';
import type { Resources } from '../config/resources.ts';

export interface DocumentResult {
  sentenceCount: number;
  records: StanceRecord[];
  /** Each record's line of stances.jsonl and the manifest, and the hash: made here, so the main thread need not. */
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

/**
 * Each field in a fixed order, as its length and its text: unambiguous, and no copy of the text. A field with a
 * lone surrogate, which UTF-8 cannot hold, goes in as JSON under another tag.
 */
export function documentHash(doc: Document): string {
  const hash = createHash('sha256');
  for (const field of [doc.id, doc.text, doc.date, doc.title, doc.source, doc.url, doc.speaker]) {
    if (field === undefined || field === null) hash.update('-');
    else if (field.isWellFormed()) hash.update(`s${field.length}:`).update(field);
    else hash.update(`j${field.length}:`).update(JSON.stringify(field));
  }
  return hash.digest('hex');
}
