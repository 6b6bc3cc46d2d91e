import { describe, expect, it } from 'vitest';
import { classifySentence, classifySentences, loadDefaultLexicon } from '../../stages/classify/index.ts';
import type { StanceRecord } from '../../stages/schemas.ts';
import { splitSentences } from '../../stages/split/index.ts';
import { tagDocument } from '../../stages/tag/index.ts';
import { gazetteer } from '../tag/helpers.ts';
import { tagged, type MentionSpec } from './fixtures.ts';

const lexicon = loadDefaultLexicon();

/** "SRC stance TGT" triples, negated ones marked with a leading "!". */
function triples(text: string, mentions: MentionSpec[], options?: Parameters<typeof tagged>[2]): string[] {
  const { records } = classifySentence(tagged(text, mentions, options), lexicon);
  return records.map((r: StanceRecord) => `${r.negated ? '!' : ''}${r.source.id} ${r.stance} ${r.target?.id ?? '-'}`).sort();
}

function outcomes(text: string, mentions: MentionSpec[]): string[] {
  return classifySentence(tagged(text, mentions), lexicon).decisions.map((d) => `${d.text}:${d.outcome}`);
}

describe('sources', () => {
  it('the subject of a verb cue is the source and its object the target', () => {
    expect(triples('Germany backs a French proposal to reform the bloc.', [
      { text: 'Germany', id: 'DEU' },
      { text: 'French', id: 'FRA', resolution: 'demonym' },
    ])).toEqual(['DEU support FRA']);
  });

  it('inflections come from the lemma: backed, backing, praised', () => {
    expect(triples('Canada praised Mexico on Tuesday.', [{ text: 'Canada', id: 'CAN' }, { text: 'Mexico', id: 'MEX' }])).toEqual(['CAN support MEX']);
    expect(triples('Chile is backing Peru in the dispute.', [{ text: 'Chile', id: 'CHL' }, { text: 'Peru', id: 'PER' }])).toEqual(['CHL support PER']);
  });

  it('an inflection that drops the lemma\'s final e still reaches its cue: giving → give', () => {
    expect(triples('Japan said it will be giving Jordan a loan to rebuild the port.', [{ text: 'Japan', id: 'JPN' }, { text: 'Jordan', id: 'JOR' }])).toEqual(['JPN offer JOR']);
  });

  it('the agent of a passive is the source and the clause subject the target', () => {
    expect(triples('Iranian and Iraqi officials met in Baghdad in a session denounced by Kuwait.', [
      { text: 'Iranian', id: 'IRN', kind: 'agent', resolution: 'agent' },
      { text: 'Iraqi officials', id: 'IRQ', kind: 'agent', resolution: 'agent' },
      { text: 'Baghdad', id: 'IRQ', nth: 0 },
      { text: 'Kuwait', id: 'KWT' },
    ])).toEqual(['KWT condemn IRN', 'KWT condemn IRQ']);
  });

  it('a passive without an agent names nobody', () => {
    expect(outcomes('Ukraine was accused of shelling the plant.', [{ text: 'Ukraine', id: 'UKR' }])).toEqual([
      'accused:passive-without-agent',
    ]);
  });

  it('each actor of a compound subject gets its own record', () => {
    expect(triples('France and Germany condemned the attack on Thursday.', [{ text: 'France', id: 'FRA' }, { text: 'Germany', id: 'DEU' }]))
      .toEqual(['DEU condemn -', 'FRA condemn -']);
  });

  it('first person inside a quote belongs to the quoted speaker', () => {
    expect(triples('"We welcome the Egyptian initiative," Kenyatta said.', [
      { text: 'We', id: 'Kenyatta', country: 'KEN', resolution: 'quote-speaker' },
      { text: 'Egyptian', id: 'EGY', resolution: 'demonym' },
      { text: 'Kenyatta', id: 'Kenyatta', country: 'KEN' },
    ], { quotes: [{ open: '"We', close: ',"', speaker: 'Kenyatta' }] })).toEqual(['Kenyatta support EGY']);
  });

  it('a quote without a subject is the speaker’s stance', () => {
    const sentence = tagged('“Such attacks cannot be tolerated,” Guterres told reporters.', [{ text: 'Guterres', id: 'Guterres', country: null }], {
      quotes: [{ open: '“', close: '”', speaker: 'Guterres' }],
    });
    const [record] = classifySentence(sentence, lexicon).records;
    expect(record).toMatchObject({ source: { id: 'Guterres' }, stance: 'condemn', target: null, quoted: true, attribution: 'quote-speaker' });
  });

  it('in a quotation, a thing that acts is no one; a thing judged in the passive is the speaker\'s judgement', () => {
    const sentence = tagged('“The world was lauding us for doing so many things right,” Guterres said.', [{ text: 'Guterres', id: 'Guterres', country: null }], {
      quotes: [{ open: '“', close: '”', speaker: 'Guterres' }],
    });
    expect(classifySentence(sentence, lexicon).records).toEqual([]);
  });

  it('a participle after the attribution belongs to the reported speaker', () => {
    expect(triples('Talks will resume next month, Lavrov said, welcoming Turkey’s offer to host them.', [
      { text: 'Lavrov', id: 'Lavrov', country: 'RUS' },
      { text: 'Turkey', id: 'TUR' },
    ])).toEqual(['Lavrov support TUR', 'TUR offer -']);
  });
});

describe('targets', () => {
  it('the owner in a possessive is the target', () => {
    expect(triples('Austria criticised Hungary’s new media law.', [{ text: 'Austria', id: 'AUT' }, { text: 'Hungary', id: 'HUN' }]))
      .toEqual(['AUT condemn HUN']);
  });

  it('X-backed Y is a support record from X to Y', () => {
    expect(triples('Saudi-backed Yemeni government forces retook the port.', [
      { text: 'Saudi', id: 'SAU', resolution: 'modifier' },
      { text: 'Yemeni government forces', id: 'YEM', kind: 'agent', resolution: 'agent' },
    ])).toEqual(['SAU support YEM']);
  });

  it('an actor after a locative preposition is a place, not a target', () => {
    expect(triples('Brazil condemned the violence in Haiti.', [{ text: 'Brazil', id: 'BRA' }, { text: 'Haiti', id: 'HTI' }]))
      .toEqual(['BRA condemn -']);
  });

  it('an actor inside the complement is the target', () => {
    expect(triples('Japan is deeply concerned about China building new bases.', [{ text: 'Japan', id: 'JPN' }, { text: 'China', id: 'CHN' }]))
      .toEqual(['JPN condemn CHN']);
  });

  it('an infinitive of purpose aims at the object of its verb', () => {
    expect(triples('The Ghanaian president will visit Togo and Benin to mediate in the dispute.', [
      { text: 'Ghanaian president', id: 'GHA', kind: 'person', role: 'GOV' },
      { text: 'Togo', id: 'TGO' },
      { text: 'Benin', id: 'BEN' },
    ])).toEqual(['GHA offer BEN', 'GHA offer TGO']);
  });
});

describe('reading words in context', () => {
  it('an inflected verb after a named actor stays a verb ("The European Union welcomed …")', () => {
    expect(triples('The European Union welcomed Iran’s decision to resume talks.', [
      { text: 'European Union', id: 'EU', country: null, kind: 'organisation' },
      { text: 'Iran', id: 'IRN' },
    ])).toEqual(['EU support IRN']);
  });

  it('a comma alone joins no actors: the attribution after it is not a second target', () => {
    expect(triples('Germany will not send tanks to Ukraine, Chancellor Olaf Scholz said.', [
      { text: 'Germany', id: 'DEU' },
      { text: 'Ukraine', id: 'UKR' },
      { text: 'Chancellor Olaf Scholz', id: 'Olaf Scholz', country: 'DEU' },
    ])).toEqual(['!DEU offer UKR']);
  });

  it('"and the United States" still joins the list: a determiner may open the next actor', () => {
    expect(triples('North Korea slammed the drills by South Korea and the United States.', [
      { text: 'North Korea', id: 'PRK' }, { text: 'South Korea', id: 'KOR' }, { text: 'United States', id: 'USA' },
    ])).toEqual(['PRK condemn KOR', 'PRK condemn USA']);
  });

  it('the longest cue wins, whatever its stance: offering condolences is sympathy, not an offer', () => {
    expect(triples('Ghana offered its condolences to Kenya.', [{ text: 'Ghana', id: 'GHA' }, { text: 'Kenya', id: 'KEN' }]))
      .toEqual(['GHA support KEN']);
  });

  it('no target beyond a clause opened by "after", "before", "if"…', () => {
    expect(triples('Brazil condemned the invasion after Russia vetoed the resolution.', [{ text: 'Brazil', id: 'BRA' }, { text: 'Russia', id: 'RUS' }]))
      .toEqual(['BRA condemn -']);
  });

  it('thanking is support, but "thanks to" is not', () => {
    expect(triples('India thanked the United Arab Emirates for its help.', [{ text: 'India', id: 'IND' }, { text: 'United Arab Emirates', id: 'ARE' }]))
      .toEqual(['IND support ARE']);
    // Read as a verb and as a noun, "thanks" is turned away both times.
    expect(outcomes('The rebels lost ground thanks to Turkey’s raids.', [{ text: 'Turkey', id: 'TUR' }])).toEqual(['thanks:excluded', 'thanks:excluded']);
  });

  it('a list closed by "and" is one group of targets', () => {
    expect(triples('Egypt condemned Israel’s raids on Jordan, Syria and Lebanon.', [
      { text: 'Egypt', id: 'EGY' }, { text: 'Israel', id: 'ISR' }, { text: 'Jordan', id: 'JOR' }, { text: 'Syria', id: 'SYR' }, { text: 'Lebanon', id: 'LBN' },
    ])).toEqual(['EGY condemn ISR']);
    expect(triples('Qatar praised Jordan, Syria and Lebanon.', [
      { text: 'Qatar', id: 'QAT' }, { text: 'Jordan', id: 'JOR' }, { text: 'Syria', id: 'SYR' }, { text: 'Lebanon', id: 'LBN' },
    ])).toEqual(['QAT support JOR', 'QAT support LBN', 'QAT support SYR']);
  });
});

describe('not stances', () => {
  it('negated cues are kept with negated: true', () => {
    expect(triples('Spain refused to condemn Morocco.', [{ text: 'Spain', id: 'ESP' }, { text: 'Morocco', id: 'MAR' }])).toEqual(['!ESP condemn MAR']);
    expect(triples('Canada will not support Mexico’s bid.', [{ text: 'Canada', id: 'CAN' }, { text: 'Mexico', id: 'MEX' }])).toEqual(['!CAN support MEX']);
  });

  it('hedges and denials of intent negate too: "unlikely to", "no plans to"', () => {
    expect(triples('Analysts say Beijing is unlikely to condemn Moscow.', [{ text: 'Beijing', id: 'CHN' }, { text: 'Moscow', id: 'RUS' }]))
      .toEqual(['!CHN condemn RUS']);
    expect(triples('The Pentagon said it had no plans to send troops to Niger.', [{ text: 'Pentagon', id: 'USA', kind: 'agent' }, { text: 'Niger', id: 'NER' }]))
      .toEqual(['!USA offer NER']);
  });

  it('an appeal for support is the appealer’s support, never the appealed-to’s', () => {
    expect(triples('Chile urged Peru to support Bolivia.', [{ text: 'Chile', id: 'CHL' }, { text: 'Peru', id: 'PER' }, { text: 'Bolivia', id: 'BOL' }]))
      .toEqual(['CHL support BOL']);
  });

  it('an appeal for an offer is no offer', () => {
    expect(outcomes('Chile asked Peru to offer talks.', [{ text: 'Chile', id: 'CHL' }, { text: 'Peru', id: 'PER' }])).toEqual(['offer:appeal']);
  });

  it('questions, demands and conditions produce nothing', () => {
    expect(outcomes('Will Ankara back the plan?', [{ text: 'Ankara', id: 'TUR' }])).toEqual(['back:question']);
    expect(outcomes('The United States must be ready to mediate.', [{ text: 'United States', id: 'USA' }])).toEqual(['ready to:demand', 'mediate:demand']);
    expect(outcomes('Norway said it would back the plan if Sweden joined.', [{ text: 'Norway', id: 'NOR' }, { text: 'Sweden', id: 'SWE' }]))
      .toEqual(['back:conditional']);
  });

  it('a past action without a stance cue is not an offer', () => {
    expect(outcomes('Qatar hosted talks between the two sides.', [{ text: 'Qatar', id: 'QAT' }])).toEqual(['hosted:no-intent']);
  });

  it('an announced action is an offer', () => {
    expect(triples('Finland will provide aid to Tanzania.', [{ text: 'Finland', id: 'FIN' }, { text: 'Tanzania', id: 'TZA' }])).toEqual(['FIN offer TZA']);
  });

  it('a supporter is not support, and coming back is not backing', () => {
    expect(outcomes('Supporters of Peru came back to Lima.', [{ text: 'Peru', id: 'PER' }, { text: 'Lima', id: 'PER' }])).toEqual(['Supporters of:excluded']);
  });
});

describe('records', () => {
  it('carry the cue, CAMEO code, attribution and a confidence in [0, 1]', () => {
    const { records } = classifySentence(tagged('Ankara backs a United States initiative.', [
      { text: 'Ankara', id: 'TUR' },
      { text: 'United States', id: 'USA' },
    ]), lexicon);
    expect(records).toEqual([
      {
        doc_id: 'test', doc_date: '2025-03-01', sentence_index: 0, sentence: 'Ankara backs a United States initiative.',
        source: { id: 'TUR', name: 'TUR', country: 'TUR', role: null }, stance: 'support',
        target: { id: 'USA', name: 'USA', country: 'USA', role: null },
        cue: 'backs', negated: false, quoted: false, attribution: 'subject', confidence: 0.9, cameo: '051',
      },
    ]);
  });

  it('a sentence without mentions holds none, and explain still shows its cue', () => {
    const sentence = tagged('They strongly condemned the attack on the convoy.', []);
    expect(classifySentences([sentence], lexicon)).toEqual([]);
    expect(outcomes('They strongly condemned the attack on the convoy.', [])).toEqual(['condemned:no-source']);
  });

  it('a quotation\'s speaker is a source even in a sentence without mentions', () => {
    // The tag stage gives the quote after "… told reporters:" its speaker; the sentence itself names no one.
    const doc = { id: 'd', text: 'Sergei Lavrov told reporters on Monday:\n\n"The new sanctions are unacceptable."', date: null, speaker: null };
    const sentences = tagDocument(splitSentences(doc), gazetteer);
    expect(sentences[1]).toMatchObject({ mentions: [], quotes: [{ speaker: { name: 'Sergei Lavrov' } }] });
    expect(classifySentences(sentences, lexicon).map((r) => `${r.source.name} ${r.stance} ${r.attribution}`)).toEqual(['Sergei Lavrov condemn quote-speaker']);
  });

  it('a document keeps its sentences\' records in order', () => {
    const first = tagged('Peru praised Chile.', [{ text: 'Peru', id: 'PER' }, { text: 'Chile', id: 'CHL' }]);
    const second = { ...tagged('Chile condemned Peru.', [{ text: 'Chile', id: 'CHL' }, { text: 'Peru', id: 'PER' }]), index: 1 };
    expect(classifySentences([first, tagged('Nothing happened.', []), second], lexicon).map((r) => `${r.sentence_index} ${r.source.id} ${r.stance} ${r.target?.id}`))
      .toEqual(['0 PER support CHL', '1 CHL condemn PER']);
  });
});
