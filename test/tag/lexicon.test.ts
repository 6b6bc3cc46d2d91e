import { describe, expect, it } from 'vitest';
import { TagLexiconSchema } from '../../stages/tag/lexicon.ts';
import { readJson } from './helpers.ts';

const shipped = readJson<Record<string, unknown>>(new URL('../../stages/tag/data/lexicon.json', import.meta.url).pathname);

describe('the tag lexicon schema', () => {
  it('accepts the shipped lexicon', () => {
    expect(TagLexiconSchema.safeParse(shipped).success).toBe(true);
  });

  it('names the field of a bad edit: an unknown list, a role that is no code, a missing pronoun class', () => {
    const paths = (file: unknown) => TagLexiconSchema.safeParse(file).error?.issues.map((i) => i.path.join('.'));
    expect(paths({ ...shipped, honorifics: ['Mr'] })).toEqual(['']);
    expect(paths({ ...shipped, agents: { ...(shipped.agents as object), labour: ['unions'] } })).toEqual(['agents.labour']);
    const { first: _first, ...pronouns } = shipped.pronouns as Record<string, string[]>;
    expect(paths({ ...shipped, pronouns })).toEqual(['pronouns.first']);
  });
});
