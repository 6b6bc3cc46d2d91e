// split → tag → classify for one document: the unit of work that workers, reruns and shards share.
import { classifySentences } from '../stages/classify/index.ts';
import type { Document, Sentence, StanceRecord, TaggedSentence } from '../stages/schemas.ts';
import { splitSentences } from '../stages/split/index.ts';
import { tagDocument } from '../stages/tag/index.ts';
import type { Resources } from './config.ts';

export interface DocumentResult {
  sentenceCount: number;
  records: StanceRecord[];
  /** The intermediate records, only when the stage files are kept: workers need not copy them back otherwise. */
  stages?: { sentences: Sentence[]; tagged: TaggedSentence[] };
}

export function processDocument(doc: Document, resources: Resources, keepStages = false): DocumentResult {
  const sentences = splitSentences(doc, resources.splitRules);
  const tagged = tagDocument(sentences, resources.gazetteer);
  const records = classifySentences(tagged, resources.lexicon);
  return { sentenceCount: sentences.length, records, ...(keepStages ? { stages: { sentences, tagged } } : {}) };
}
