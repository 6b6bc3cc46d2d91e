// Builds tagged sentences by hand, so classify's rules are tested apart from the tag stage.
import type { ActorKind, Mention, Quote, Resolution, TaggedSentence } from '../../stages/schemas.ts';

export interface MentionSpec {
  text: string;
  id: string;
  country?: string | null;
  kind?: ActorKind;
  resolution?: Resolution;
  role?: string | null;
  /** Which occurrence of `text` (0 = first). */
  nth?: number;
}

function offsetOf(sentence: string, text: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = sentence.indexOf(text, at + 1);
    if (at < 0) throw new Error(`"${text}" not in "${sentence}"`);
  }
  return at;
}

export function tagged(
  text: string,
  mentions: MentionSpec[],
  options: { quotes?: Array<{ open: string; close: string; speaker: string | null }>; speaker?: string } = {},
): TaggedSentence {
  const ms: Mention[] = mentions.map((m) => {
    const start = offsetOf(text, m.text, m.nth);
    return {
      text: m.text,
      start,
      end: start + m.text.length,
      id: m.id,
      name: m.id,
      country: m.country === undefined ? (m.id.length === 3 ? m.id : null) : m.country,
      role: m.role ?? null,
      kind: m.kind ?? (m.id.length === 3 ? 'state' : 'person'),
      resolution: m.resolution ?? 'alias',
    };
  });
  const quotes: Quote[] = (options.quotes ?? []).map((q) => {
    const start = offsetOf(text, q.open);
    const end = text.indexOf(q.close, start + 1) + q.close.length;
    const speaker = q.speaker ? ms.find((m) => m.id === q.speaker)! : null;
    return { start, end, speaker: speaker && { id: speaker.id, name: speaker.name, country: speaker.country, role: speaker.role } };
  });
  return { doc_id: 'test', doc_date: '2025-03-01', speaker: options.speaker ?? null, index: 0, start: 0, end: text.length, text, mentions: ms, quotes };
}
