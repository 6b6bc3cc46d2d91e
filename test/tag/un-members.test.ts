import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { describe, expect, it } from 'vitest';
import { tag } from './helpers.ts';

const countries = createRequire(import.meta.url)('world-countries') as Country[];
const members = countries.filter((c) => c.unMember);

/** Names that do not resolve to their member state, and why. */
const ALLOWED_MISSES: Record<string, string> = {
  'capital BEL Brussels': 'in news "Brussels" is the European Union; the gazetteer maps it to EU',
  'demonym COD Congolese': 'shared by both Congos (COD, COG): ambiguous, so left unresolved',
  'demonym COG Congolese': 'shared by both Congos (COD, COG): ambiguous, so left unresolved',
  'demonym DMA Dominican': 'shared by Dominica and the Dominican Republic; news means the Dominican Republic (DOM)',
};

type Check = { key: string; phrase: string; text: string; cca3: string };

function checks(): Check[] {
  const out: Check[] = [];
  for (const c of members) {
    const capital = c.capital[0]!;
    const demonym = c.demonyms.eng?.m;
    out.push({ key: `name ${c.cca3} ${c.name.common}`, phrase: c.name.common, cca3: c.cca3, text: `Officials said ${c.name.common} would attend the summit.` });
    out.push({ key: `capital ${c.cca3} ${capital}`, phrase: capital, cca3: c.cca3, text: `Talks were held in ${capital} on Monday.` });
    if (demonym) out.push({ key: `demonym ${c.cca3} ${demonym}`, phrase: demonym, cca3: c.cca3, text: `The ${demonym} delegation arrived on Monday.` });
  }
  return out;
}

function misses(list: Check[]): string[] {
  return list
    .filter(({ phrase, text, cca3 }) => {
      const m = tag(text)[0]!.mentions.find((x) => x.text.includes(phrase));
      return !m || m.country !== cca3;
    })
    .map((c) => c.key);
}

describe('every UN member state by name, first capital and demonym', () => {
  const list = checks();
  const missed = misses(list);

  it('covers every member world-countries flags (193, plus the Holy See it also marks)', () => {
    expect(members.length).toBeGreaterThanOrEqual(193);
    expect(list.length).toBe(members.length * 3);
  });

  it('misses only what the allow-list explains', () => {
    expect(missed.sort()).toEqual(Object.keys(ALLOWED_MISSES).sort());
  });
});
