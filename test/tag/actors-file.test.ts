import { describe, expect, it } from 'vitest';
import { ActorFileSchema, actorFileEntries, buildGazetteer, lookupActor, tagDocument, type ActorEntry } from '../../stages/tag/index.ts';
import { sentences } from './helpers.ts';

describe('a user actors file', () => {
  it('accepts an array of entries or { actors: [...] }', () => {
    const entry = { id: 'Acme Militia', kind: 'group', role: 'REB', aliases: ['Acme Brigades'] };
    expect(ActorFileSchema.safeParse([entry]).success).toBe(true);
    expect(ActorFileSchema.safeParse({ actors: [entry] }).success).toBe(true);
  });

  it('reports the entry and the field that is wrong', () => {
    const result = ActorFileSchema.safeParse({ actors: [{ id: 'X', kind: 'state' }, { id: 'Y', kind: 'state', country: 'Turkey' }] });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path, i.message])).toEqual([[['actors', 1, 'country'], 'an ISO alpha-3 code such as TUR']]);
    const inArray = ActorFileSchema.safeParse([{ id: 'Y', kind: 'state', country: 'Turkey' }]);
    expect(inArray.error!.issues.map((i) => i.path)).toEqual([[0, 'country']]);
  });

  it('gives the entries of either shape, with defaults filled in', () => {
    const entry = { id: 'Acme Militia', kind: 'group' };
    const parsed = [[entry], { actors: [entry] }].map((file) => actorFileEntries(ActorFileSchema.parse(file)));
    const full = { id: 'Acme Militia', kind: 'group', country: null, role: null, aliases: [], demonyms: [], plurals: [], roles: [] };
    expect(parsed).toEqual([[full], [full]]);
  });

  it('rejects unknown fields, so a typo does not pass silently', () => {
    expect(ActorFileSchema.safeParse([{ id: 'X', kind: 'group', alias: ['Y'] }]).success).toBe(false);
  });

  it('adds new actors and overrides a shipped one with the same id', () => {
    const extra: ActorEntry[] = [
      { id: 'Acme Militia', kind: 'group', role: 'REB', country: 'SYR', aliases: ['Acme Brigades'] },
      { id: 'Hakan Fidan', kind: 'person', country: 'TUR', role: 'SPY', aliases: ['H. Fidan'] },
    ];
    const g = buildGazetteer(extra);
    const [s] = tagDocument(sentences(['The Acme Brigades and H. Fidan met.']), g);
    expect(s!.mentions.map((m) => `${m.text} → ${m.id} ${m.country} ${m.role}`)).toEqual(['Acme Brigades → Acme Militia SYR REB', 'H. Fidan → Hakan Fidan TUR SPY']);
    // The override replaced the shipped entry, aliases included.
    expect(lookupActor('Fidan', g)).toBeNull();
  });

  it('a set named as one stands for each of its members, over the same words', () => {
    const g = buildGazetteer([{ id: 'the Guianas', kind: 'group', members: ['GUY', 'SUR', 'XXX'], aliases: ['the two Guianas'] }]);
    const [s] = tagDocument(sentences(['Chile praised the two Guianas.']), g);
    expect(s!.mentions.map((m) => `${m.text} ${m.start}-${m.end} → ${m.id}`)).toEqual(['Chile 0-5 → CHL', 'the two Guianas 14-29 → GUY', 'the two Guianas 14-29 → SUR']);
    expect(ActorFileSchema.safeParse([{ id: 'X', kind: 'group', members: ['GUY'] }]).success).toBe(false);
  });
});
