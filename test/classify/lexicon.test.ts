import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifySentence, compileLexicon, loadDefaultLexicon, LexiconSchema, type Lexicon } from '../../stages/classify/index.ts';
import { mayHoldCue } from '../../stages/classify/cues.ts';
import { buildOpenings, mayOpen } from '../../stages/classify/openings.ts';
import { tagged } from './fixtures.ts';

const shipped = (): Lexicon => LexiconSchema.parse(JSON.parse(readFileSync(new URL('../../stages/classify/lexicon.json', import.meta.url), 'utf8')));

describe('the lexicon is data', () => {
  it('an analyst adds a stance category and its cues without touching code', () => {
    const lexicon = shipped();
    lexicon.stances.reject = { description: 'turns down a proposal or demand of the target', polarity: -1, under_appeal: 'drop' };
    lexicon.cues.push({ pattern: 'turn down', stance: 'reject', form: 'phrase', weight: 0.8, cameo: '12' });
    const sentence = tagged('Serbia turned down the Kosovar proposal on Monday.', [
      { text: 'Serbia', id: 'SRB' },
      { text: 'Kosovar', id: 'XKX', resolution: 'demonym' },
    ]);
    const { records } = classifySentence(sentence, compileLexicon(lexicon));
    expect(records.map((r) => [r.source.id, r.stance, r.target?.id, r.cue, r.cameo])).toEqual([['SRB', 'reject', 'XKX', 'turned down', '12']]);
  });

  it('a cue for a stance the lexicon does not declare is rejected with its path', () => {
    const lexicon = shipped() as unknown as { cues: Array<Record<string, unknown>> };
    lexicon.cues.push({ pattern: 'snub', stance: 'snub', form: 'verb', weight: 0.5, cameo: null });
    const result = LexiconSchema.safeParse(lexicon);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      [`cues.${lexicon.cues.length - 1}.stance`, 'unknown stance "snub"; declare it under "stances" (known: support, condemn, offer)'],
    ]);
  });

  it('a pattern must be words, alternatives and gaps', () => {
    const lexicon = shipped();
    lexicon.cues[0] = { ...lexicon.cues[0]!, pattern: '... back' };
    expect(LexiconSchema.safeParse(lexicon).error!.issues[0]!.message).toBe('a pattern cannot begin or end with "..."');
  });

  it('a pattern is bounded, so matching it stays cheap on any sentence', () => {
    const lexicon = shipped();
    lexicon.cues[0] = { ...lexicon.cues[0]!, pattern: 'say ... say ... say ... say ... say ... back' };
    expect(LexiconSchema.safeParse(lexicon).error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['cues.0.pattern', 'a pattern has at most 4 "..." gaps'],
    ]);
    lexicon.cues[0] = { ...lexicon.cues[0]!, pattern: 'a b c d e f g h i j k l m' };
    expect(LexiconSchema.safeParse(lexicon).error!.issues[0]!.message).toBe('a pattern has at most 12 words and gaps');
  });

  it('an exclusion may be a phrase, matched word for word before or after the cue', () => {
    const lexicon = shipped();
    lexicon.cues.push({ pattern: 'toast', stance: 'support', form: 'verb', weight: 0.5, cameo: null, not_preceded_by: ['did not'], not_followed_by: ['the end'] });
    const made = (text: string) =>
      classifySentence(tagged(text, [{ text: 'Chile', id: 'CHL' }, { text: 'Peru', id: 'PER' }]), compileLexicon(lexicon)).decisions
        .filter((d) => d.cue === 'toast').map((d) => [d.outcome, d.detail]);
    expect(made('Chile toasted the end of Peru’s blockade.')).toEqual([['excluded', 'the lexicon excludes this cue when followed by "the end"']]);
    expect(made('Chile did not toast Peru.')).toEqual([['excluded', 'the lexicon excludes this cue when preceded by "did not"']]);
    // Either word alone is no exclusion.
    expect(made('Chile toasted the accord with Peru.')).toEqual([['record', 'source by subject, target: the object']]);
    expect(made('Chile toasted the talks with Peru, not the end.').map(([outcome]) => outcome)).toEqual(['record']);
  });

  it('four gaps over a run of their own word still match, and only where the pattern ends', () => {
    const lexicon = shipped();
    lexicon.cues.push({ pattern: 'say ... say ... say ... say ... hail', stance: 'support', form: 'phrase', weight: 0.5, cameo: null });
    const text = `Chile ${'say '.repeat(56)}hail Peru.`;
    const sentence = tagged(text, [{ text: 'Chile', id: 'CHL' }, { text: 'Peru', id: 'PER' }]);
    const { decisions } = classifySentence(sentence, compileLexicon(lexicon));
    // The first "say" that can reach "hail" with gaps of at most four words: 21 words, one match.
    expect(decisions.filter((d) => d.cue.startsWith('say')).map((d) => [d.text.split(' ').length, d.text.endsWith(' hail')])).toEqual([[21, true]]);
  });
});

describe('word openings (the cheap test before a sentence is tokenised)', () => {
  const openings = buildOpenings(['giv', 'support', 'no']);
  const opens = (word: string) => mayOpen(openings, word, 0, word.length);

  it('lets through the words that begin like a cue word, in any case and inflection', () => {
    expect(['giving', 'Give', 'GIVEN', 'supporters', 'no', 'Nobody'].filter(opens)).toEqual(['giving', 'Give', 'GIVEN', 'supporters', 'no', 'Nobody']);
  });

  it('turns away the rest, but sends a word with a non-ASCII letter before a decision to the full test', () => {
    expect(['gave', 'the', 'sup', 'n', 'Ägypten', 'gïve'].filter(opens)).toEqual(['Ägypten', 'gïve']);
  });
});

describe('the cue prefilter looks for each pattern\'s most telling word', () => {
  const shipped = loadDefaultLexicon();

  it('a sentence with only the common words of a phrase is not looked at', () => {
    expect(mayHoldCue('The history of the region is long.', shipped)).toBe(false);
    expect(mayHoldCue('It is of grave concern.', shipped)).toBe(true);
  });

  it('the anchor is the telling slot: "concern" in "of great|grave … concern", "aid|grant …" in "give … aid|grant …"', () => {
    const anchor = (pattern: string) => shipped.cues.find((c) => c.pattern.startsWith(pattern))!.anchorWords.map((w) => w.lower);
    expect(anchor('of great|grave')).toEqual(['concern']);
    expect(anchor('give ... aid')).toEqual(['aid', 'grant', 'loan', 'loans', 'assistance', 'credit']);
  });
});

describe('a phrase passes the prefilter only with all its words', () => {
  const shipped = loadDefaultLexicon();

  it('the anchor alone is not enough: "aid" without "give"', () => {
    expect(mayHoldCue('Aid arrived in the region this year.', shipped)).toBe(false);
    expect(mayHoldCue('Japan will give aid.', shipped)).toBe(true);
  });

  it('inflections and irregular forms of the other words count: "gave", "won’t"', () => {
    expect(mayHoldCue('Japan gave them aid.', shipped)).toBe(true);
    expect(mayHoldCue('Oslo won’t put up with it.', shipped)).toBe(true);
  });
});
