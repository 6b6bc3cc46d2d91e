// split → tag → classify for one document: the unit of work that workers, reruns and shards share.
import { classifySentences } from '../stages/classify/index.ts';
import type { Document, Sentence, StanceRecord, TaggedSentence } from '../stages/schemas.ts';
import { splitSentences } from '../stages/split/index.ts';
import { tagDocument } from '../stages/tag/index.ts';
import type { Resources } from './config.ts';

export interface DocumentResult {
  sentences: Sentence[];
  tagged: TaggedSentence[];
  records: StanceRecord[];
}

export function processDocument(doc: Document, resources: Resources): DocumentResult {
  const sentences = splitSentences(doc, resources.splitRules);
  const tagged = tagDocument(sentences, resources.gazetteer);
  const records = classifySentences(tagged, resources.lexicon);
  return { sentences, tagged, records };
}
