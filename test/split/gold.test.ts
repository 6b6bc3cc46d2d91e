// The sentence-boundary gold in eval/: Golden Rules, news rules and the seed article, compared after collapsing white space.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readValidatedLines } from '../../pipeline/io/jsonl-file.ts';
import { SentenceSchema } from '../../stages/schemas.ts';
import { splitSentences, splitText } from '../../stages/split/index.ts';
import { evalFile } from '../gold-files.ts';

const GoldCaseSchema = z.object({ id: z.string(), text: z.string(), sentences: z.array(z.string()) });
type GoldCase = z.infer<typeof GoldCaseSchema>;

// The pipeline's own JSON Lines reader: a bad gold line fails with its line number and field.
async function readCases(file: string): Promise<GoldCase[]> {
  const cases: GoldCase[] = [];
  for await (const item of readValidatedLines(evalFile(file), GoldCaseSchema)) {
    if ('problem' in item) throw new Error(item.problem);
    cases.push(item.value);
  }
  return cases;
}

const GOLD_FILES = ['golden-rules.en.jsonl', 'news-rules.en.jsonl'];
const gold = new Map(await Promise.all(GOLD_FILES.map(async (file) => [file, await readCases(file)] as const)));

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

function expectExactSpans(text: string): void {
  for (const span of splitText(text)) {
    expect(text.slice(span.start, span.end)).toBe(span.text);
    expect(span.text).toBe(span.text.trim());
    expect(span.text.length).toBeGreaterThan(0);
  }
}

describe.each(GOLD_FILES)('%s', (file) => {
  const cases = gold.get(file)!;

  it('has the expected number of cases', () => {
    expect(cases.length).toBe(file.startsWith('golden') ? 48 : 20);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s splits as the gold says', (_id, c) => {
    expect(splitText(c.text).map((s) => collapse(s.text))).toEqual(c.sentences.map(collapse));
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s: slice(start, end) is the sentence text', (_id, c) => {
    expectExactSpans(c.text);
  });
});

describe('seed article', () => {
  const seed = JSON.parse(readFileSync(evalFile('seed.sentences.json'), 'utf8')) as { sentences: string[] };
  const text = readFileSync(new URL('../../input/seed-article.txt', import.meta.url), 'utf8');

  it('splits into exactly the 41 gold sentences', () => {
    expect(seed.sentences.length).toBe(41);
    expect(splitText(text).map((s) => collapse(s.text))).toEqual(seed.sentences.map(collapse));
  });

  it('gives exact offsets for every sentence', () => {
    expectExactSpans(text);
  });

  it('fills the Sentence records from the document', () => {
    const sentences = splitSentences({ id: 'seed', text, date: '2025-02-24', speaker: null });
    expect(sentences).toHaveLength(41);
    expect(sentences[0]).toEqual({
      doc_id: 'seed',
      doc_date: '2025-02-24',
      speaker: null,
      index: 0,
      start: 0,
      end: seed.sentences[0]!.length,
      text: seed.sentences[0],
    });
    expect(sentences.map((s) => s.index)).toEqual([...Array(41).keys()]);
    for (const sentence of sentences) expect(SentenceSchema.parse(sentence)).toEqual(sentence);
  });

  it('gives null date and speaker when the document has none', () => {
    const [first] = splitSentences({ id: 'd', text: 'Lavrov said so. Fidan agreed.' });
    expect(first).toMatchObject({ doc_id: 'd', doc_date: null, speaker: null, index: 0, start: 0, end: 15 });
  });
});
