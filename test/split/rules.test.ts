// The word lists are data: validated by a zod schema, extended by a user's file, passed to the splitter.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { SplitRulesSchema, defaultSplitRules, loadSplitRules, splitSentences, splitText } from '../../stages/split/index.ts';

const split = (text: string, rules = defaultSplitRules): string[] => splitText(text, rules).map((s) => s.text);

describe('split rules', () => {
  it('the shipped abbreviations.json is valid and is the default', () => {
    const shipped = JSON.parse(readFileSync(new URL('../../stages/split/abbreviations.json', import.meta.url), 'utf8'));
    expect(SplitRulesSchema.parse(shipped)).toEqual(defaultSplitRules);
    expect(defaultSplitRules.titles).toContain('gen');
  });

  it('an empty user file gives the defaults', () => {
    expect(loadSplitRules({})).toEqual(defaultSplitRules);
  });

  it("a user's title keeps a name in the sentence", () => {
    const text = 'Oberstlt. Schmidt briefed the press. Berlin stayed silent.';
    expect(split(text)).toEqual(['Oberstlt.', 'Schmidt briefed the press.', 'Berlin stayed silent.']);
    const rules = loadSplitRules({ titles: ['Oberstlt.'] });
    expect(rules.titles).toEqual([...defaultSplitRules.titles, 'Oberstlt.']);
    expect(split(text, rules)).toEqual(['Oberstlt. Schmidt briefed the press.', 'Berlin stayed silent.']);
  });

  it("a user's abbreviation is kept before a name and ends a sentence before a sentence starter", () => {
    const rules = loadSplitRules({ abbreviations: ['Bhd'] });
    expect(split('Petronas Bhd. Chairman Tan spoke. Shares rose.', rules)).toEqual([
      'Petronas Bhd. Chairman Tan spoke.',
      'Shares rose.',
    ]);
    expect(split('It sold Petronas Bhd. The deal closed.', rules)).toEqual(['It sold Petronas Bhd.', 'The deal closed.']);
  });

  it("a user's sentence starter and bullet are used", () => {
    const rules = loadSplitRules({ sentenceStarters: ['Officials'], bullets: ['►'] });
    expect(split('Talks moved to the U.K. Officials agreed. ► One ► Two', rules)).toEqual([
      'Talks moved to the U.K.',
      'Officials agreed.',
      '► One',
      '► Two',
    ]);
  });

  it('splitSentences passes the rules through', () => {
    const rules = loadSplitRules({ titles: ['Oberstlt'] });
    const doc = { id: 'd1', text: 'Oberstlt. Schmidt spoke.' };
    expect(splitSentences(doc, rules).map((s) => s.text)).toEqual(['Oberstlt. Schmidt spoke.']);
    expect(splitSentences(doc).map((s) => s.text)).toEqual(['Oberstlt.', 'Schmidt spoke.']);
  });

  it('a misspelt list name is a ZodError', () => {
    expect(() => loadSplitRules({ title: ['Oberstlt'] })).toThrow(ZodError);
  });

  it('an entry with a space, an empty entry or a long bullet is a ZodError naming the entry', () => {
    for (const bad of [{ titles: ['Lt Col'] }, { abbreviations: [''] }, { bullets: ['->'] }, { months: 'jan' }, null]) {
      expect(() => loadSplitRules(bad)).toThrow(ZodError);
    }
    const error = ((): unknown => {
      try {
        loadSplitRules({ titles: ['ok', 'Lt Col'] });
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(ZodError);
    expect((error as ZodError).issues[0]!.path).toEqual(['titles', 1]);
  });
});
