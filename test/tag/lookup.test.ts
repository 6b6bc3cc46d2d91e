import { describe, expect, it } from 'vitest';
import { lookupActor } from '../../stages/tag/index.ts';
import { gazetteer } from './helpers.ts';

describe('lookupActor', () => {
  it.each([
    ['Hakan Fidan', { id: 'Hakan Fidan', name: 'Hakan Fidan', country: 'TUR', role: 'GOV' }],
    ['hakan fidan', { id: 'Hakan Fidan', name: 'Hakan Fidan', country: 'TUR', role: 'GOV' }],
    ['Foreign Minister Hakan Fidan', { id: 'Hakan Fidan', name: 'Hakan Fidan', country: 'TUR', role: 'GOV' }],
    ['United States', { id: 'USA', name: 'United States', country: 'USA', role: null }],
    ['TUR', { id: 'TUR', name: 'Türkiye', country: 'TUR', role: null }],
    ['ISIS', { id: 'Daesh', name: 'Daesh', country: null, role: 'REB' }],
    ['Soviet Union', { id: 'SUN', name: 'Soviet Union', country: 'SUN', role: null }],
    ['António Guterres', { id: 'UN', name: 'United Nations', country: null, role: 'IGO' }],
  ])('%s', (name, ref) => {
    expect(lookupActor(name, gazetteer)).toEqual(ref);
  });

  it('takes the office held on the date', () => {
    expect(lookupActor('Hakan Fidan', gazetteer, '2020-01-01')?.role).toBe('SPY');
    expect(lookupActor('Donald Trump', gazetteer, '2022-06-01')).toEqual({ id: 'Donald Trump', name: 'Donald Trump', country: 'USA', role: null });
  });

  it('returns null for a name it does not know', () => {
    expect(lookupActor('nobody in particular', gazetteer)).toBeNull();
  });
});
