import { describe, expect, it } from 'vitest';
import { judgeDocument, scoreLevel, type GoldDocument } from '../../pipeline/commands/eval-score.ts';
import type { ActorRef, StanceRecord } from '../../stages/schemas.ts';

const actor = (id: string, country: string | null = id): ActorRef => ({ id, name: id, country, role: null });
const SENTENCE = 'Ankara backs a United States initiative, Fidan said.';

function record(source: ActorRef, stance: string, target: ActorRef | null, negated = false): StanceRecord {
  return {
    doc_id: 'd', doc_date: null, sentence_index: 0, sentence: SENTENCE, source, stance, target, cue: 'backs', negated,
    quoted: false, attribution: 'subject', confidence: 0.9, cameo: '051',
  };
}

const gold: GoldDocument = {
  id: 'd',
  text: SENTENCE,
  expect: [{ sentence: 'Ankara backs a United States', source: ['TUR'], stance: 'support', target: ['USA'] }],
  optional: [{ sentence: 'Ankara backs', source: null, stance: 'offer', target: null }],
};

describe('eval scoring as GUIDELINES.md defines it', () => {
  it('a record matching source and target by country code is right at all three levels', () => {
    const outcome = judgeDocument(gold, [record(actor('Hakan Fidan', 'TUR'), 'support', actor('USA'))]);
    for (const level of ['stance', 'stance+source', 'stance+source+target'] as const) {
      expect(scoreLevel([outcome], level)).toMatchObject({ correct: 1, predicted: 1, found: 1, expected: 1, f1: 1 });
    }
  });

  it('a wrong target counts against the full level only', () => {
    const outcome = judgeDocument(gold, [record(actor('TUR'), 'support', actor('RUS'))]);
    expect(scoreLevel([outcome], 'stance+source').f1).toBe(1);
    expect(scoreLevel([outcome], 'stance+source+target')).toMatchObject({ correct: 0, predicted: 1, found: 0, f1: 0 });
  });

  it('optional records are neither required nor false positives; negated records are not stances', () => {
    const outcome = judgeDocument(gold, [
      record(actor('TUR'), 'support', actor('USA')),
      record(actor('TUR'), 'offer', null),
      record(actor('TUR'), 'condemn', actor('USA'), true),
    ]);
    expect(scoreLevel([outcome], 'stance+source+target')).toMatchObject({ correct: 1, predicted: 1, precision: 1, recall: 1 });
  });

  it('anything else is a false positive, and a missed record lowers recall', () => {
    const outcome = judgeDocument(gold, [record(actor('TUR'), 'condemn', actor('USA'))]);
    expect(scoreLevel([outcome], 'stance')).toMatchObject({ correct: 0, predicted: 1, found: 0, precision: 0, recall: 0, f1: 0 });
    expect(outcome.missed.stance).toEqual(gold.expect);
  });

  it('a null source or target in gold accepts any actor, or none', () => {
    const anyTarget: GoldDocument = { ...gold, expect: [{ ...gold.expect[0]!, target: null }] };
    expect(scoreLevel([judgeDocument(anyTarget, [record(actor('TUR'), 'support', null)])], 'stance+source+target').f1).toBe(1);
  });
});
