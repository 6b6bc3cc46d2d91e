import { describe, expect, it } from 'vitest';
import { brief, tag } from './helpers.ts';

const quotes = (texts: string[], opts: { date?: string; speaker?: string } = {}) =>
  tag(texts, opts).flatMap((s) => s.quotes.map((q) => `${s.text.slice(q.start, q.end)} ← ${q.speaker?.id ?? null}`));

describe('pronouns', () => {
  it('he and she find the person of their gender', () => {
    const doc = tag(['President Donald Trump met Italian Prime Minister Giorgia Meloni.', 'She said the talks went well.', 'He said the same.'], { date: '2025-04-17' });
    expect(brief(doc[1]!)).toEqual(['She → Giorgia Meloni ITA GOV person/pronoun']);
    expect(brief(doc[2]!)).toEqual(['He → Donald Trump USA GOV person/pronoun']);
  });

  it('"their" after "the terrorists and" stands for the terrorists, not an earlier actor', () => {
    const doc = tag(['Chile and Peru met.', 'We must defeat the terrorists and their aims.', 'They agreed.']);
    expect(brief(doc[1]!)).toEqual([]);
    expect(brief(doc[2]!)).toEqual(['They → CHL CHL - state/pronoun', 'They → PER PER - state/pronoun']);
  });

  it('"she" never points to a man', () => {
    const doc = tag(['President Donald Trump arrived.', 'She said the talks went well.'], { date: '2025-04-17' });
    expect(brief(doc[1]!)).toEqual([]);
  });

  it('a pronoun prefers the subject of the previous sentence to its object', () => {
    const doc = tag(['The Russian minister Sergei Lavrov briefed Hakan Fidan.', 'He said the talks were useful.'], { date: '2025-02-24' });
    expect(brief(doc[1]!)).toEqual(['He → Sergei Lavrov RUS GOV person/pronoun']);
  });

  it('"him" avoids the subject its own sentence already names', () => {
    const [s] = tag(["Israeli President Moshe Katsav refused to meet Jordan's King Abdullah II, saying he would only welcome him in Jerusalem."], { date: '2004-06-01' });
    expect(brief(s!).filter((m) => /^(he|him) /.test(m))).toEqual(['he → Moshe Katsav ISR GOV person/pronoun', 'him → Abdullah II JOR GOV person/pronoun']);
  });

  it('they and them find coordinated actors', () => {
    const [s] = tag(['Türkiye and Russia backed opposing sides, putting them on a collision course.']);
    expect(brief(s!)).toEqual([
      'Türkiye → TUR TUR - state/alias',
      'Russia → RUS RUS - state/alias',
      'them → TUR TUR - state/pronoun',
      'them → RUS RUS - state/pronoun',
    ]);
  });

  it('"the Secretary-General" is a person "his" can point to, of the holder\'s gender on the date', () => {
    const doc = tag(['President Donald Trump spoke.', 'We commend the Secretary-General and his assistants.', 'Zambia pledges her support.'], { date: '2017-09-25' });
    expect(brief(doc[1]!)).toEqual(['the Secretary-General → UN - IGO organisation/alias', 'his → UN - IGO person/pronoun']);
    // Guterres, the holder in 2017, is a man: "her" does not find him.
    expect(brief(doc[2]!)).toEqual(['Zambia → ZMB ZMB - state/alias']);
  });

  it('"His Excellency", "Her Majesty" are styles of address, no pronouns', () => {
    const doc = tag(['President Insanally spoke.', 'We thank His Excellency Mr. Boutros Boutros-Ghali for his efforts.'], { date: '1993-09-25' });
    expect(brief(doc[1]!)).toEqual(['Boutros Boutros-Ghali → UN - IGO person/alias', 'his → UN - IGO person/pronoun']);
  });

  it('a person no actor file lists, after "Mr." or "Mrs.", is who a later "his" or "her" stands for: no actor', () => {
    const doc = tag(['We thank the Secretary-General for his report.', 'We congratulate Mr. Razali Ismail on his election.', 'His wisdom is admirable.', 'We thank Mrs. Sadako Ogata, and her staff.'], { date: '1996-09-20', speaker: 'Chile' });
    expect(brief(doc[0]!).filter((m) => m.startsWith('his'))).toEqual(['his → UN - IGO person/pronoun']);
    // "Mr. Razali Ismail" is no mention, and the pronouns after him name no one, not the Secretary-General.
    expect(brief(doc[1]!).filter((m) => !m.startsWith('We'))).toEqual([]);
    expect(brief(doc[2]!)).toEqual([]);
    expect(brief(doc[3]!).filter((m) => !m.startsWith('We'))).toEqual([]);
  });

  it('a pronoun with no antecedent stays out of the mentions', () => {
    expect(brief(tag('He said it was over.')[0]!)).toEqual([]);
  });
});

describe('definite descriptions', () => {
  it('"the Turkish minister" and "the Russian diplomat" are the latest persons of those states', () => {
    const doc = tag(['Sergei Lavrov met Hakan Fidan in Ankara.', 'The Turkish minister said the talks went well.', 'The Russian diplomat agreed.'], { date: '2025-02-24' });
    expect(brief(doc[1]!)).toEqual(['Turkish minister → Hakan Fidan TUR GOV person/descriptor']);
    expect(brief(doc[2]!)).toEqual(['Russian diplomat → Sergei Lavrov RUS GOV person/descriptor']);
  });

  it('with no earlier person, a description is the state\'s agent', () => {
    expect(brief(tag('The Russian diplomat said talks went well.')[0]!)).toEqual(['Russian diplomat → RUS RUS GOV agent/agent']);
  });
});

describe('quotations and their speakers', () => {
  it('an attribution after the quote: "…," he said', () => {
    const doc = tag(['Lavrov met Fidan on Monday.', '"We will stop only when our terms are met," he said.'], { date: '2025-02-24' });
    expect(brief(doc[1]!)).toEqual([
      'We → Sergei Lavrov RUS GOV person/quote-speaker',
      'our → Sergei Lavrov RUS GOV person/quote-speaker',
      'he → Sergei Lavrov RUS GOV person/pronoun',
    ]);
    expect(doc[1]!.quotes).toEqual([{ start: 0, end: '"We will stop only when our terms are met,"'.length, speaker: { id: 'Sergei Lavrov', name: 'Sergei Lavrov', country: 'RUS', role: 'GOV' } }]);
  });

  it('an attribution before the quote in the same sentence: X said: "…"', () => {
    expect(quotes(['Fidan said: "We back Kyiv."'], { date: '2025-03-01' })).toEqual(['"We back Kyiv." ← Hakan Fidan']);
  });

  it('an attribution before a line break: Zelenskyy said:\n"…"', () => {
    const [s] = tag(['Zelenskyy said:\n"Our army will hold."'], { date: '2025-03-01' });
    expect(brief(s!)).toEqual(['Zelenskyy → Volodymyr Zelenskyy UKR GOV person/alias', 'Our → Volodymyr Zelenskyy UKR GOV person/quote-speaker']);
  });

  it('an attribution in the sentence before, ending with a colon', () => {
    const doc = tag(['Zelenskyy said:', '"We will not give up our land."'], { date: '2025-03-01' });
    expect(brief(doc[1]!)).toEqual(['We → Volodymyr Zelenskyy UKR GOV person/quote-speaker', 'our → Volodymyr Zelenskyy UKR GOV person/quote-speaker']);
  });

  it('a quotation running over two sentences has one speaker, found at its end', () => {
    expect(quotes(['"We are ready to host talks.', 'We hope both sides agree," Erdoğan said.'], { date: '2025-03-01' })).toEqual([
      '"We are ready to host talks. ← Recep Tayyip Erdoğan',
      'We hope both sides agree," ← Recep Tayyip Erdoğan',
    ]);
  });

  it('mixes straight and curly marks, and keeps apostrophes inside', () => {
    expect(quotes(['"We reject Israel’s plan,” Fidan said.'], { date: '2025-03-01' })).toEqual(['"We reject Israel’s plan,” ← Hakan Fidan']);
  });

  it('finds single quotation marks without taking apostrophes for them', () => {
    expect(quotes(["Fidan called Israel’s plan ‘unacceptable’ on Monday."], { date: '2025-03-01' })).toEqual(['‘unacceptable’ ← Hakan Fidan']);
  });

  it('a quoted phrase after a stance verb belongs to the sentence subject', () => {
    expect(quotes(['Human rights watchdog Amnesty International accused the United States of sending a "permissive signal".'])).toEqual([
      '"permissive signal" ← Amnesty International',
    ]);
  });

  it('a closing mark with no quote open is no quotation: inches, feet and inches', () => {
    const [pipes] = tag(['We bought 12" pipes from Russia, Fidan said.'], { speaker: 'Recep Tayyip Erdoğan', date: '2025-03-01' });
    expect(pipes!.quotes).toEqual([]);
    expect(brief(pipes!)[0]).toBe('We → Recep Tayyip Erdoğan TUR GOV person/document-speaker');
    expect(quotes(['We bought 12” pipes from Russia, Fidan said.'])).toEqual([]);
    expect(quotes(['He said the 5\'6" soldier was tall.'])).toEqual([]);
  });

  it('a curly closer ends a quote only when the sentence before left one open', () => {
    expect(quotes(['“We are ready.', 'We hope both sides agree,” Erdoğan said.'], { date: '2025-03-01' })).toEqual([
      '“We are ready. ← Recep Tayyip Erdoğan',
      'We hope both sides agree,” ← Recep Tayyip Erdoğan',
    ]);
    expect(quotes(['Erdoğan arrived.', 'We hope both sides agree,” Erdoğan said.'], { date: '2025-03-01' })).toEqual([]);
  });

  it('a quote with no attribution has no speaker, and its first person stays unresolved', () => {
    const [s] = tag(['"We support the initiative."']);
    expect(s!.quotes).toEqual([{ start: 0, end: 28, speaker: null }]);
    expect(s!.mentions).toEqual([]);
  });
});

describe('first person outside quotations', () => {
  it('is the document speaker, resolved through the gazetteer', () => {
    expect(brief(tag('We support the initiative, and our partners agree.', { speaker: 'Hakan Fidan', date: '2025-03-01' })[0]!)).toEqual([
      'We → Hakan Fidan TUR GOV person/document-speaker',
      'our → Hakan Fidan TUR GOV person/document-speaker',
    ]);
  });

  it('keeps an unknown speaker by name', () => {
    expect(brief(tag('I support the initiative.', { speaker: 'Jane Doe' })[0]!)).toEqual(['I → Jane Doe - - person/document-speaker']);
  });

  it('resolves an institution as speaker to its state', () => {
    expect(brief(tag('We support the initiative.', { speaker: 'Ministry of Foreign Affairs of Türkiye' })[0]!)).toEqual(['We → TUR TUR GOV state/document-speaker']);
  });

  it('inside a quote, first person is still the quoted speaker, not the document speaker', () => {
    const [s] = tag(['"We disagree," Lavrov said.'], { speaker: 'Hakan Fidan', date: '2025-03-01' });
    expect(brief(s!)).toEqual(['We → Sergei Lavrov RUS GOV person/quote-speaker', 'Lavrov → Sergei Lavrov RUS GOV person/alias']);
  });
});

describe('gender from titles', () => {
  it('a queen is "she", a king "he", whatever comes last', () => {
    const doc = tag(['Queen Rania Al-Abdullah met King Mohammed VI of Morocco.', 'She praised his reforms.']);
    expect(brief(doc[0]!)[1]).toBe('King Mohammed VI of Morocco → Mohammed VI MAR GOV person/title');
    expect(brief(doc[1]!)).toEqual(['She → Rania Al-Abdullah - GOV person/pronoun', 'his → Mohammed VI MAR GOV person/pronoun']);
  });
});
