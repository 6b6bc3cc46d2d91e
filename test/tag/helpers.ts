import { readFileSync } from 'node:fs';
import type { Sentence, TaggedSentence } from '../../stages/schemas.ts';
import { buildGazetteer, tagDocument } from '../../stages/tag/index.ts';

export const gazetteer = buildGazetteer();

/** Sentence records for a document given as sentence texts. */
export function sentences(texts: string[], opts: { date?: string | null; speaker?: string | null; id?: string } = {}): Sentence[] {
  let offset = 0;
  return texts.map((text, index) => {
    const s: Sentence = { doc_id: opts.id ?? 'doc', doc_date: opts.date ?? null, speaker: opts.speaker ?? null, index, start: offset, end: offset + text.length, text };
    offset += text.length + 1;
    return s;
  });
}

export function tag(texts: string | string[], opts: { date?: string | null; speaker?: string | null } = {}): TaggedSentence[] {
  return tagDocument(sentences(Array.isArray(texts) ? texts : [texts], opts), gazetteer);
}

/** Mentions as compact strings: "text → id country role kind/resolution". */
export function brief(s: TaggedSentence): string[] {
  return s.mentions.map((m) => `${m.text} → ${m.id} ${m.country ?? '-'} ${m.role ?? '-'} ${m.kind}/${m.resolution}`);
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export function readJsonLines<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}
