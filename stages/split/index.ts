// The split stage: a document's text becomes sentences with exact offsets into it.
import type { Document, Sentence } from '../schemas.ts';
import { lexiconOf } from './lexicon.ts';
import { defaultSplitRules, type SplitRules } from './rules.ts';
import { scanSentences, type SentenceSpan } from './scanner.ts';

export { SplitRulesSchema, SplitRulesExtensionSchema, defaultSplitRules, loadSplitRules } from './rules.ts';
export type { SplitRules, SplitRulesExtension } from './rules.ts';
export type { SentenceSpan } from './scanner.ts';

/** Sentences of `text` in order; `text.slice(start, end)` is each sentence, trimmed of white space. */
export function splitText(text: string, rules: SplitRules = defaultSplitRules): SentenceSpan[] {
  return scanSentences(text, lexiconOf(rules));
}

/** The stage's record form: one `Sentence` per sentence of `doc.text`, indexed from 0. */
export function splitSentences(doc: Document, rules: SplitRules = defaultSplitRules): Sentence[] {
  return splitText(doc.text, rules).map((span, index) => ({
    doc_id: doc.id,
    doc_date: doc.date ?? null,
    speaker: doc.speaker ?? null,
    index,
    start: span.start,
    end: span.end,
    text: span.text,
  }));
}
