import { describe, expect, it } from 'vitest';
import { readJsonLines, tag } from './helpers.ts';
import { evalFile } from '../gold-files.ts';

const gold = new Map(readJsonLines<{ id: string; text: string }>(evalFile('cameo.gold.jsonl')).map((d) => [d.id, d.text]));

/** [gold id, mention text, id, country, role] */
const cases: [string, string, string, string | null, string | null][] = [
  ['cameo-021', 'Kenyan President Daniel Arap Moi', 'Daniel arap Moi', 'KEN', 'GOV'],
  ['cameo-032', 'Portuguese President Mario Soares', 'Mario Soares', 'PRT', 'GOV'],
  ['cameo-033', 'NATO-member', 'NATO', null, 'IGO'],
  ['cameo-033', "Norway's foreign minister", 'NOR', 'NOR', 'GOV'],
  ['cameo-090', 'United Nations', 'UN', null, 'IGO'],
  ['cameo-1122', 'Amnesty International', 'Amnesty International', null, 'NGO'],
  ['cameo-045', 'Arab League Secretary General Chadli Klibi', 'Arab League', null, 'IGO'],
  ['cameo-053', 'Arab League Secretary-General Chedli Klibi', 'Arab League', null, 'IGO'],
  ['cameo-112', 'Zimbabwean Prime Minister Robert Mugabe', 'Robert Mugabe', 'ZWE', 'GOV'],
  ['cameo-035', 'Soviet official', 'SUN', 'SUN', 'GOV'],
  ['cameo-1123', 'Sudanese government', 'SDN', 'SDN', 'GOV'],
  ['cameo-1123', 'Darfur rebels', 'Darfur rebel groups', 'SDN', 'REB'],
  ['cameo-082', 'Nigerian Union', 'NGA', 'NGA', 'LAB'],
  ['cameo-039', 'Gambian President Dawda Jawara', 'Dawda Jawara', 'GMB', 'GOV'],
  ['cameo-010', 'U.S. military chief General Colin Powell', 'Colin Powell', 'USA', 'MIL'],
  ['cameo-016', 'government of Liberia', 'LBR', 'LBR', 'GOV'],
  ['cameo-0871', 'Syrian-backed', 'SYR', 'SYR', null],
  ['cameo-110', 'Nigerian junior foreign minister Dubem Oniya', 'Dubem Oniya', 'NGA', 'GOV'],
  ['cameo-101', 'French President Jacques Chirac', 'Jacques Chirac', 'FRA', 'GOV'],
  ['cameo-106', 'Yugoslavia', 'YUG', 'YUG', null],
  ['cameo-1012', 'PRC', 'CHN', 'CHN', null],
  ['cameo-1056', 'Hamas', 'Hamas', 'PSE', 'REB'],
  ['cameo-0332', 'British Defence Secretary Tom King', 'Tom King', 'GBR', 'GOV'],
  ['cameo-136', 'U.N. Secretary-General Kofi Annan', 'UN', null, 'IGO'],
  ['cameo-1055', 'Kenzo Oshima', 'UN', null, 'IGO'],
  ['cameo-1246', "Iran's religious leader Ayatollah Ruhollah Khomeini", 'Ruhollah Khomeini', 'IRN', 'GOV'],
  ['cameo-038', 'U.N. mediator Diego Cordovez', 'UN', null, 'IGO'],
  ['cameo-0256', 'presidents of Iraq', 'IRQ', 'IRQ', 'GOV'],
  ['cameo-0256', 'Egypt', 'EGY', 'EGY', 'GOV'],
];

describe('actors of the CAMEO gold sentences', () => {
  it.each(cases)('%s: "%s" → %s', (id, text, actor, country, role) => {
    const sentence = tag(gold.get(id)!)[0]!;
    const m = sentence.mentions.find((x) => x.text === text);
    expect(m && [m.id, m.country, m.role]).toEqual([actor, country, role]);
  });

  it('takes no continent for the United States: "Central American peace accords"', () => {
    expect(tag(gold.get('cameo-026')!)[0]!.mentions.map((m) => m.id)).toEqual(['SLV', 'UN Security Council', 'NIC']);
  });
});
