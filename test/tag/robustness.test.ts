import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TaggedSentenceSchema } from '../../stages/schemas.ts';
import { tagDocument } from '../../stages/tag/index.ts';
import { gazetteer, readJson, sentences } from './helpers.ts';
import { evalFile } from '../gold-files.ts';

const WORDS = ['Türkiye', 'Russia', 'U.S.', 'US', 'us', 'he', 'He', 'We', 'said', 'told', '"', '“', '”', "'", '’', '‘', ':', ',', '.', '-', 'backed', 'and', 'the', 'Russian', 'officials', 'President', 'Trump', 'Fidan', 'NATO', 'Kenyan', 'army', 'Daniel', 'Moi', 'Mr', 'of', 'government', 'Liberia', '’s', "'s", 'Ü', 'ğ', '\n'];

describe('robustness', () => {
  it('any text gives schema-valid records whose mention text is the sentence slice', () => {
    const text = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 })), { maxLength: 40 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), fc.option(fc.constantFrom('Hakan Fidan', 'Jane Doe')), (texts, speaker) => {
        for (const s of tagDocument(sentences(texts, { speaker, date: '2025-01-01' }), gazetteer)) {
          expect(TaggedSentenceSchema.safeParse(s).success).toBe(true);
          for (const m of s.mentions) expect(s.text.slice(m.start, m.end)).toBe(m.text);
          for (const q of s.quotes) expect(q.end).toBeGreaterThan(q.start);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is pure: the same document gives the same output twice', () => {
    const doc = sentences(readJson<{ sentences: string[] }>(evalFile('seed.sentences.json')).sentences, { date: '2025-02-24' });
    expect(tagDocument(doc, gazetteer)).toEqual(tagDocument(doc, gazetteer));
  });

});
