import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TaggedSentenceSchema } from '../../stages/schemas.ts';
import { readJson, readJsonLines, tag } from './helpers.ts';
import { evalFile } from '../gold-files.ts';

const seed = readJson<{ sentences: string[] }>(evalFile('seed.sentences.json')).sentences;
const gold = readJsonLines<{ date: string; note: string }>(evalFile('seed.gold.jsonl'))[0]!;
const lines = readFileSync(new URL('../../input/seed-article.txt', import.meta.url), 'utf8').split('\n');
const tagged = tag(seed, { date: gold.date });

/** The gold note counts lines of the article; a line holds one or two gold sentences. */
function sentencesOfLine(line: number): number[] {
  const text = lines[line - 1]!;
  return seed.flatMap((s, i) => (text.includes(s) ? [i] : []));
}

function pronounsOf(index: number, word: string) {
  return tagged[index]!.mentions.filter((m) => m.text === word && m.resolution === 'pronoun');
}

describe('seed article', () => {
  it('produces records the shared schema accepts, with text equal to the sentence slice', () => {
    for (const s of tagged) {
      expect(TaggedSentenceSchema.safeParse(s).success).toBe(true);
      for (const m of s.mentions) expect(s.text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it.each([
    ['Ankara', 'TUR'], ['Türkiye', 'TUR'], ['Hakan Fidan', 'TUR'], ['Sergei Lavrov', 'RUS'], ['Zelenskyy', 'UKR'],
    ['Kyiv', 'UKR'], ['Washington', 'USA'], ['U.S.', 'USA'], ['Moscow', 'RUS'], ['Netanyahu', 'ISR'], ['Erdoğan', 'TUR'],
    ['Bashar Assad', 'SYR'], ['Boris Johnson', 'GBR'], ['Donald Trump', 'USA'], ['Vladimir Putin', 'RUS'], ['Riyadh', 'SAU'],
  ])('every mention of %s resolves to %s', (name, country) => {
    const found = tagged.flatMap((s) => s.mentions.filter((m) => m.text.includes(name)));
    expect(found.length).toBeGreaterThan(0);
    for (const m of found) expect(m.country).toBe(country);
  });

  it.each([['NATO'], ['Daesh'], ['YPG'], ['PKK']])('every mention of %s resolves to the organisation', (name) => {
    const found = tagged.flatMap((s) => s.mentions.filter((m) => m.text === name));
    expect(found.length).toBeGreaterThan(0);
    for (const m of found) expect(m.id).toBe(name);
  });

  // The note: Lavrov is 'He' in lines 7, 16, 21 and 'he' in lines 8, 14, 15; Fidan is 'He' in 12, 35, 37 and 'he' in 11, 24, 28.
  const cases: [string, number[], string][] = [
    ['He', [7, 16, 21], 'Sergei Lavrov'], ['he', [8, 14, 15], 'Sergei Lavrov'],
    ['He', [12, 35, 37], 'Hakan Fidan'], ['he', [11, 24, 28], 'Hakan Fidan'],
  ];
  it('the gold note lists the pronouns it checks', () => {
    expect(gold.note).toContain("Lavrov is 'He' in lines 7, 16, 21 and 'he' in lines 8, 14, 15");
    expect(gold.note).toContain("Fidan is 'He' in lines 12, 35, 37 and 'he' in lines 11, 24, 28");
  });
  for (const [word, lineNumbers, person] of cases) {
    it.each(lineNumbers)(`'${word}' in line %i is ${person}`, (line) => {
      const found = sentencesOfLine(line).flatMap((i) => pronounsOf(i, word));
      expect(found.map((m) => m.id)).toEqual([person]);
    });
  }

  it("'The Russian diplomat' (line 14) is Lavrov, as a descriptor", () => {
    const m = tagged[13]!.mentions[0]!;
    expect([m.text, m.id, m.country, m.resolution]).toEqual(['Russian diplomat', 'Sergei Lavrov', 'RUS', 'descriptor']);
  });

  it('first person inside each quotation is its speaker', () => {
    const we = (i: number) => tagged[i]!.mentions.filter((m) => m.resolution === 'quote-speaker').map((m) => `${m.text}=${m.id}`);
    expect(we(3)).toEqual(['We=Hakan Fidan', 'We=Hakan Fidan']);
    expect(we(7)).toEqual(['We=Sergei Lavrov']);
    expect(we(10)).toEqual(['Our=Hakan Fidan']);
    expect(we(14)).toEqual(['We=Sergei Lavrov', 'our=Sergei Lavrov']);
    expect(we(26)).toEqual(['We=Hakan Fidan']);
    expect(we(40)).toEqual(['We=Hakan Fidan']);
  });

  it('every quotation of the article has its speaker', () => {
    const quotes = tagged.flatMap((s) => s.quotes.map((q) => [s.index, s.text.slice(q.start, Math.min(q.end, q.start + 12)), q.speaker?.id ?? null]));
    expect(quotes).toEqual([
      [3, '"We attach g', 'Hakan Fidan'],
      [5, '"suits"', 'Sergei Lavrov'],
      [7, '"We will sto', 'Sergei Lavrov'],
      [10, '"Türkiye is ', 'Hakan Fidan'],
      [11, '"If implemen', 'Hakan Fidan'],
      [14, '"We have inf', 'Sergei Lavrov'],
      [23, '“alternative', 'Hakan Fidan'],
      [24, '“If a large ', 'Hakan Fidan'],
      [26, '"We are full', 'Hakan Fidan'],
      [35, '“both deeply', 'Hakan Fidan'],
      [36, '“A new genoc', 'Hakan Fidan'],
      [37, '“unacceptabl', 'Hakan Fidan'],
      [39, '“destabilize', 'Hakan Fidan'],
      [40, '“We urge Net', 'Hakan Fidan'],
    ]);
  });

  it('agents, modifiers and possessive governments resolve to their states', () => {
    const pick = (i: number, text: string) => tagged[i]!.mentions.filter((m) => m.text === text).map((m) => `${m.id} ${m.role} ${m.resolution}`);
    expect(pick(8, 'Russian')).toEqual(['RUS GOV agent']);
    expect(pick(8, 'U.S officials')).toEqual(['USA GOV agent']);
    expect(pick(29, 'U.S.-backed')).toEqual(['USA null modifier']);
    expect(pick(18, 'Western-led')).toEqual(['West null modifier']);
    expect(pick(40, 'Netanyahu’s government')).toEqual(['ISR GOV agent']);
    expect(pick(1, 'Foreign Minister Hakan Fidan')).toEqual(['Hakan Fidan GOV title']);
  });
});
