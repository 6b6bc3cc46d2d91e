// Behaviours of the splitter, each pinned with news sentences written for this test.
import { describe, expect, it } from 'vitest';
import { splitText } from '../../stages/split/index.ts';

const split = (text: string): string[] => splitText(text).map((s) => s.text);

describe('quotations', () => {
  it('a quote stays whole with its attribution', () => {
    expect(
      split('"We will not accept this. Our position has not changed," Peskov told reporters. The talks resume on Monday.'),
    ).toEqual([
      '"We will not accept this. Our position has not changed," Peskov told reporters.',
      'The talks resume on Monday.',
    ]);
  });

  it('curly quotes, and a straight opener closed by a curly closer, pair the same way', () => {
    expect(split('“The door is open. We are ready to talk,” Erdoğan said. Moscow welcomed it.')).toEqual([
      '“The door is open. We are ready to talk,” Erdoğan said.',
      'Moscow welcomed it.',
    ]);
    expect(split('"The ceasefire must hold. Civilians are dying,” Guterres said. Israel rejected the call.')).toEqual([
      '"The ceasefire must hold. Civilians are dying,” Guterres said.',
      'Israel rejected the call.',
    ]);
  });

  it('a quote that ends with a period ends the sentence before a capitalised word', () => {
    expect(split('Blinken said: "We are deeply concerned." Beijing dismissed the remarks.')).toEqual([
      'Blinken said: "We are deeply concerned."',
      'Beijing dismissed the remarks.',
    ]);
  });

  it('a question in quotes is followed by its lower-case attribution', () => {
    expect(split('"Why now?" the senator asked. Nobody answered.')).toEqual([
      '"Why now?" the senator asked.',
      'Nobody answered.',
    ]);
  });

  it('a quote glued to a dash continues the sentence', () => {
    expect(split('Protesters chanted "Out!"—and police moved in. Dozens were held.')).toEqual([
      'Protesters chanted "Out!"—and police moved in.',
      'Dozens were held.',
    ]);
  });

  it('single quotation marks pair too', () => {
    expect(split('‘We will not be intimidated. We will respond,’ the prime minister said. Parliament met.')).toEqual([
      '‘We will not be intimidated. We will respond,’ the prime minister said.',
      'Parliament met.',
    ]);
  });

  it('apostrophes do not open or close quotations', () => {
    expect(split("Russia's envoy met Türkiye’s president. The students' union protested. It's over.")).toEqual([
      "Russia's envoy met Türkiye’s president.",
      "The students' union protested.",
      "It's over.",
    ]);
  });

  it('an unpaired quotation mark does not swallow the rest of the paragraph', () => {
    expect(split('He called it "a disgrace. The vote was delayed. Critics were furious.')).toEqual([
      'He called it "a disgrace.',
      'The vote was delayed.',
      'Critics were furious.',
    ]);
  });

  it("an apostrophe far away does not close a single quote opened long before", () => {
    const middle = 'The agency said the shipments were legal. '.repeat(30);
    const text = `The judge wrote: 'The evidence was clear. ${middle}Congress passed an employers' liability law.`;
    const sentences = split(text);
    expect(sentences).toHaveLength(32);
    expect(sentences[0]).toBe("The judge wrote: 'The evidence was clear.");
    expect(sentences[31]).toBe("Congress passed an employers' liability law.");
  });

  it('a quote opens after a dash, a slash or another opening mark, ¡ and ¿ included', () => {
    expect(split('The slogan—"Out! Now!"—was on every wall. Police watched.')).toEqual([
      'The slogan—"Out! Now!"—was on every wall.',
      'Police watched.',
    ]);
    expect(split('Crowds chanted ¡"No pasarán! Fuera!" outside the embassy. Police watched.')).toEqual([
      'Crowds chanted ¡"No pasarán! Fuera!" outside the embassy.',
      'Police watched.',
    ]);
  });

  it('a sentence inside parentheses stays in the sentence around it', () => {
    expect(split('The summit (the first since 2019. Leaders met in person) ended early. Aid was pledged.')).toEqual([
      'The summit (the first since 2019. Leaders met in person) ended early.',
      'Aid was pledged.',
    ]);
  });
});

describe('abbreviations', () => {
  it('U.S. before a capitalised word does not end a sentence when a title or name follows', () => {
    expect(split('The U.S. State Department said the U.N. Security Council would meet. Russia objected.')).toEqual([
      'The U.S. State Department said the U.N. Security Council would meet.',
      'Russia objected.',
    ]);
  });

  it('U.S. before a word that opens sentences ends the sentence', () => {
    expect(split('Talks were held in the U.S. The next round is in Geneva.')).toEqual([
      'Talks were held in the U.S.',
      'The next round is in Geneva.',
    ]);
  });

  it('a title before a name, a place or another title does not end a sentence', () => {
    expect(split('Gov. Kathy Hochul met Lt. Gen. Charles Brown and Sen. Chuck Schumer. They discussed aid.')).toEqual([
      'Gov. Kathy Hochul met Lt. Gen. Charles Brown and Sen. Chuck Schumer.',
      'They discussed aid.',
    ]);
    expect(split('Gen. Smith flew to St. Petersburg, where Dr. Jones and the Rev. Dr. Ellis met him. Talks began.')).toEqual([
      'Gen. Smith flew to St. Petersburg, where Dr. Jones and the Rev. Dr. Ellis met him.',
      'Talks began.',
    ]);
    expect(split("Mourners filled St. Michael's Church on Sunday. The bishop spoke.")).toEqual([
      "Mourners filled St. Michael's Church on Sunday.",
      'The bishop spoke.',
    ]);
  });

  it('a title followed by an initial does not end a sentence', () => {
    expect(split('The award went to Dr. A. Rahman of Dhaka. He thanked his team.')).toEqual([
      'The award went to Dr. A. Rahman of Dhaka.',
      'He thanked his team.',
    ]);
  });

  it('a title that ends a street name ends the sentence before a sentence starter', () => {
    expect(split('The embassy is on Main St. The police closed it on Friday.')).toEqual([
      'The embassy is on Main St.',
      'The police closed it on Friday.',
    ]);
    expect(split('Protesters marched down Elm St. They were dispersed by noon. Several were held.')).toEqual([
      'Protesters marched down Elm St.',
      'They were dispersed by noon.',
      'Several were held.',
    ]);
  });

  it('a middle initial does not end a sentence, a pronoun "I" before a sentence starter does', () => {
    expect(split('George W. Bush met Vladimir V. Putin in Slovenia. Both spoke, and so did I. It was cordial.')).toEqual([
      'George W. Bush met Vladimir V. Putin in Slovenia.',
      'Both spoke, and so did I.',
      'It was cordial.',
    ]);
  });

  it('a month abbreviation before a day does not end a sentence; the year after it does', () => {
    expect(split('The invasion began on Feb. 24, 2022. Kyiv did not fall.')).toEqual([
      'The invasion began on Feb. 24, 2022.',
      'Kyiv did not fall.',
    ]);
  });

  it('page, number and volume abbreviations stay with their number', () => {
    expect(split('The clause is on p. 4 of Vol. 2, under No. 17. Lawyers disputed it.')).toEqual([
      'The clause is on p. 4 of Vol. 2, under No. 17.',
      'Lawyers disputed it.',
    ]);
  });

  it('company abbreviations end a sentence only before a sentence starter', () => {
    expect(split('Shares of Apple Inc. rose 3%. Microsoft Corp. Chief Executive Satya Nadella spoke. Markets calmed.')).toEqual([
      'Shares of Apple Inc. rose 3%.',
      'Microsoft Corp. Chief Executive Satya Nadella spoke.',
      'Markets calmed.',
    ]);
  });

  it('a time ends a sentence before a capitalised word unless a day or time zone follows', () => {
    expect(split('The strike hit at 4 a.m. Residents fled. A second wave came at 9 p.m. GMT on Sunday.')).toEqual([
      'The strike hit at 4 a.m.',
      'Residents fled.',
      'A second wave came at 9 p.m. GMT on Sunday.',
    ]);
  });

  it('an introductory time phrase is not a sentence by itself', () => {
    expect(split('By 6 p.m. Kremlin officials had left the building.')).toEqual([
      'By 6 p.m. Kremlin officials had left the building.',
    ]);
  });

  it('"vs." and "e.g." stay inside their sentence', () => {
    expect(split('The ruling in Ukraine vs. Russia, e.g. on water rights, was narrow. Both appealed.')).toEqual([
      'The ruling in Ukraine vs. Russia, e.g. on water rights, was narrow.',
      'Both appealed.',
    ]);
  });
});

describe('numbers, URLs and e-mail addresses', () => {
  it('decimal points and thousands separators are not boundaries', () => {
    expect(split('Inflation rose to 4.5% and the deficit to $1,204.5 billion. The lira fell.')).toEqual([
      'Inflation rose to 4.5% and the deficit to $1,204.5 billion.',
      'The lira fell.',
    ]);
  });

  it('a URL or an e-mail address ends a sentence like any word', () => {
    expect(split('The text is at https://www.un.org/en/ceasefire.html. Questions go to press@mfa.gov.tr. It was signed.')).toEqual([
      'The text is at https://www.un.org/en/ceasefire.html.',
      'Questions go to press@mfa.gov.tr.',
      'It was signed.',
    ]);
  });

  it('a domain inside a sentence does not split it', () => {
    expect(split('Read the statement on www.aa.com.tr before noon.')).toEqual(['Read the statement on www.aa.com.tr before noon.']);
  });
});

describe('punctuation runs', () => {
  it('question and exclamation marks end a sentence before a capitalised word', () => {
    expect(split('Did Moscow agree? Officials would not say! Talks went on?! Nobody knows.')).toEqual([
      'Did Moscow agree?',
      'Officials would not say!',
      'Talks went on?!',
      'Nobody knows.',
    ]);
  });

  it('a three-dot ellipsis leaves out words inside a sentence; four dots end it', () => {
    expect(split('Talks stalled ... Then they resumed. The deal is done.... Both sides agreed.')).toEqual([
      'Talks stalled ... Then they resumed.',
      'The deal is done....',
      'Both sides agreed.',
    ]);
  });
});

describe('lines and paragraphs', () => {
  it('a blank line ends a sentence even without a period', () => {
    expect(split('Ankara hosted the talks\n\nMoscow welcomed the move')).toEqual([
      'Ankara hosted the talks',
      'Moscow welcomed the move',
    ]);
  });

  it('a single newline inside a sentence does not end it', () => {
    expect(split('The talks were held in\nAnkara on Monday. Lavrov attended.')).toEqual([
      'The talks were held in\nAnkara on Monday.',
      'Lavrov attended.',
    ]);
  });

  it('a line that ends a sentence ends it at the newline', () => {
    expect(split('Fidan said:\n"Türkiye is ready to host talks."\nLavrov nodded.')).toEqual([
      'Fidan said:\n"Türkiye is ready to host talks."',
      'Lavrov nodded.',
    ]);
  });

  it('a quotation never reaches over a blank line', () => {
    expect(split('He said "we will see\n\nThe vote is on Friday. It is close.')).toEqual([
      'He said "we will see',
      'The vote is on Friday.',
      'It is close.',
    ]);
  });

  it('Windows line endings and a paragraph separator break paragraphs too', () => {
    expect(split('First point\r\n\r\nSecond point\u2029Third point')).toEqual(['First point', 'Second point', 'Third point']);
  });
});

describe('lists', () => {
  it('each numbered line starts a sentence', () => {
    expect(split('The plan has three parts\n1. A ceasefire\n2. A prisoner exchange\n3. Talks on Crimea')).toEqual([
      'The plan has three parts',
      '1. A ceasefire',
      '2. A prisoner exchange',
      '3. Talks on Crimea',
    ]);
  });

  it('a number or roman numeral that opens a sentence is an item marker, not a sentence', () => {
    expect(split('The report covers two points. 2. The exchange of prisoners. III. The status of Crimea.')).toEqual([
      'The report covers two points.',
      '2. The exchange of prisoners.',
      'III. The status of Crimea.',
    ]);
  });

  it('a number that ends a sentence is not taken for a list marker', () => {
    expect(split('The death toll rose to 12. Rescuers kept digging.')).toEqual([
      'The death toll rose to 12.',
      'Rescuers kept digging.',
    ]);
  });

  it('bullets start items and dash bullets count at the start of a line', () => {
    expect(split('Demands: • Withdrawal • Reparations\n- Elections in May\n- A new constitution')).toEqual([
      'Demands:',
      '• Withdrawal',
      '• Reparations',
      '- Elections in May',
      '- A new constitution',
    ]);
  });

  it('a dash inside a line is not a bullet', () => {
    expect(split('ANKARA (AA) - Türkiye welcomed the truce - a first step.')).toEqual([
      'ANKARA (AA) - Türkiye welcomed the truce - a first step.',
    ]);
  });
});

describe('offsets', () => {
  it('start and end point at the trimmed sentence in the original text', () => {
    const text = '  Lavrov arrived.   "We are ready," Fidan said.\n\n  Talks began. ';
    const spans = splitText(text);
    expect(spans).toEqual([
      { start: 2, end: 17, text: 'Lavrov arrived.' },
      { start: 20, end: 47, text: '"We are ready," Fidan said.' },
      { start: 51, end: 63, text: 'Talks began.' },
    ]);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('empty and white-space-only texts have no sentences', () => {
    expect(splitText('')).toEqual([]);
    expect(splitText(' \n\n\t ')).toEqual([]);
  });
});
