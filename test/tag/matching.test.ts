import { describe, expect, it } from 'vitest';
import { brief, tag } from './helpers.ts';

const one = (text: string, date: string | null = null) => brief(tag(text, { date })[0]!);

describe('matching names', () => {
  it('tells the state "US" from the pronoun "us"', () => {
    expect(one('The US told us to wait.')).toEqual(['US → USA USA - state/alias']);
  });

  it('"the States" of "the States members" and "the States parties" is no state', () => {
    expect(one('The States members of the Conference met.')).toEqual([]);
  });

  it('ignores diacritics: Erdogan is Erdoğan, Turkiye is Türkiye', () => {
    expect(one('Erdogan flew to Turkiye after Erdoğan spoke.', '2025-03-01')).toEqual([
      'Erdogan → Recep Tayyip Erdoğan TUR GOV person/alias',
      'Turkiye → TUR TUR - state/alias',
      'Erdoğan → Recep Tayyip Erdoğan TUR GOV person/alias',
    ]);
  });

  it('reads possessives with straight and curly apostrophes', () => {
    expect(one('Israel’s war and Syria\'s future were discussed.')).toEqual(['Israel → ISR ISR - state/alias', 'Syria → SYR SYR - state/alias']);
  });

  it('lets the longest name win', () => {
    expect(one('The United States of America, Saudi Arabia, the Russian Federation, West Germany and North Korea signed.')).toEqual([
      'United States of America → USA USA - state/alias',
      'Saudi Arabia → SAU SAU - state/alias',
      'Russian Federation → RUS RUS - state/alias',
      'West Germany → DEU DEU - state/alias',
      'North Korea → PRK PRK - state/alias',
    ]);
  });

  it('matches whole words only and respects case', () => {
    expect(one('Nigeria and Niger met. We ate turkey from china.')).toEqual(['Nigeria → NGA NGA - state/alias', 'Niger → NER NER - state/alias']);
  });

  it('reads ISO codes, but not codes that are English words', () => {
    expect(one('TUR and CAN were listed.')).toEqual(['TUR → TUR TUR - state/alias']);
    // Nor an acronym: "MDG" is a Millennium Development Goal far more often than Madagascar.
    expect(one('We consolidated our MDG gains, as Madagascar did.')).toEqual(['Madagascar → MDG MDG - state/alias']);
  });

  it('resolves capitals and seats of government', () => {
    expect(one('Ankara, Washington, Kyiv, Kiev, the Kremlin, the White House and Downing Street reacted.')).toEqual([
      'Ankara → TUR TUR - state/alias',
      'Washington → USA USA - state/alias',
      'Kyiv → UKR UKR - state/alias',
      'Kiev → UKR UKR - state/alias',
      'Kremlin → RUS RUS GOV state/alias',
      'White House → USA USA GOV state/alias',
      'Downing Street → GBR GBR GOV state/alias',
    ]);
  });

  it('knows historical states', () => {
    expect(one('The Soviet Union, Yugoslavia, East Germany and Czechoslovakia signed.')).toEqual([
      'Soviet Union → SUN SUN - state/alias',
      'Yugoslavia → YUG YUG - state/alias',
      'East Germany → DDR DDR - state/alias',
      'Czechoslovakia → CSK CSK - state/alias',
    ]);
  });

  it('gives organisations and groups their names as ids', () => {
    expect(one('NATO, the EU, the Arab League, ISIS, ISIL, the YPG and Hezbollah were named.')).toEqual([
      'NATO → NATO - IGO organisation/alias',
      'EU → EU - IGO organisation/alias',
      'Arab League → Arab League - IGO organisation/alias',
      'ISIS → Daesh - REB group/alias',
      'ISIL → Daesh - REB group/alias',
      'YPG → YPG - REB group/alias',
      'Hezbollah → Hezbollah LBN REB group/alias',
    ]);
  });

  it('does not take "Latin America" or "US$" for the United States', () => {
    expect(one('Investment in Latin America rose to US$5 billion.')).toEqual([]);
    expect(one('Ibero-America renews its Ibero-American summits.')).toEqual([]);
  });
});

describe('titles', () => {
  it('a title fixes the role: "Foreign Minister Hakan Fidan"', () => {
    expect(one('Foreign Minister Hakan Fidan spoke.', '2025-02-24')).toEqual(['Foreign Minister Hakan Fidan → Hakan Fidan TUR GOV person/title']);
  });

  it('"President Trump" resolves in both terms, and not between them', () => {
    expect(one('President Trump spoke.', '2019-06-01')).toEqual(['President Trump → Donald Trump USA GOV person/title']);
    expect(one('President Trump spoke.', '2025-06-01')).toEqual(['President Trump → Donald Trump USA GOV person/title']);
    expect(one('President Trump spoke.', '2022-06-01')).toEqual(['President Trump → Donald Trump USA - person/alias']);
  });

  it('a title outside its dates does not lend its role', () => {
    expect(one('President Biden spoke.', '2019-06-01')).toEqual(['President Biden → Joe Biden USA - person/alias']);
    expect(one('President Biden spoke.', '2022-06-01')).toEqual(['President Biden → Joe Biden USA GOV person/title']);
  });

  it('a demonym or state with a title and an unknown name resolves to that state with the role', () => {
    expect(one('Malawian Foreign Minister Nancy Tembo and Chilean army chief General Juan Emilio Cheyre met.')).toEqual([
      'Malawian Foreign Minister Nancy Tembo → Nancy Tembo MWI GOV person/title',
      'Chilean army chief General Juan Emilio Cheyre → Juan Emilio Cheyre CHL MIL person/title',
    ]);
  });

  it('an unknown name with an organisation title resolves to the organisation', () => {
    expect(one('Arab League Secretary-General Chedli Klibi urged restraint.')).toEqual(['Arab League Secretary-General Chedli Klibi → Arab League - IGO person/title']);
  });

  it('an appositive title names its person: "Jan Egeland, the UN Emergency Relief Coordinator"', () => {
    expect(one('Jan Egeland, the UN Emergency Relief Coordinator, said aid was blocked.')).toEqual([
      'Jan Egeland → UN - IGO person/title',
      'UN Emergency Relief Coordinator → UN - IGO agent/agent',
    ]);
  });

  it('an unlisted official reporting a state\'s action speaks for that state', () => {
    expect(one('France is ready to contribute troops, Defence Minister Pierre Joxe said on Monday.')).toEqual([
      'France → FRA FRA - state/alias',
      'Defence Minister Pierre Joxe → Pierre Joxe FRA GOV person/title',
    ]);
  });

  it('a title, a name and "of" a state: "King Mohammed VI of Morocco"', () => {
    expect(one('King Mohammed VI of Morocco arrived.')).toEqual(['King Mohammed VI of Morocco → Mohammed VI MAR GOV person/title']);
  });

  it('a name met with a title is found again by its surname in the same document', () => {
    const [first, second] = tag(['Peruvian President Ollanta Humala arrived.', 'Humala said he was wrong.']);
    expect(brief(first!)).toEqual(['Peruvian President Ollanta Humala → Ollanta Humala PER GOV person/title']);
    expect(brief(second!)).toEqual(['Humala → Ollanta Humala PER GOV person/alias', 'he → Ollanta Humala PER GOV person/pronoun']);
  });
});

describe('demonyms, agents and modifiers', () => {
  it('demonym adjectives stand for their state', () => {
    expect(one('Fidan met his Russian counterpart and thanked his Turkish friends.', '2025-01-01')).toEqual([
      'Fidan → Hakan Fidan TUR GOV person/alias',
      'his → Hakan Fidan TUR GOV person/pronoun',
      'Russian counterpart → RUS RUS GOV agent/agent',
      'his → Hakan Fidan TUR GOV person/pronoun',
      'Turkish → TUR TUR - state/demonym',
    ]);
  });

  it('"Russian and U.S. officials" are two governments', () => {
    expect(one('Russian and U.S. officials met.')).toEqual(['Russian → RUS RUS GOV agent/agent', 'U.S. officials → USA USA GOV agent/agent']);
  });

  it('an unlisted body is named by its head noun after a determiner, with a word before it or a phrase after', () => {
    expect(one('We welcome the efforts of its Preparatory Commission.')).toEqual(['Preparatory Commission → Preparatory Commission - - organisation/body']);
    expect(one('I welcome the Committee on Development Policy’s intention.')).toEqual(['Committee on Development Policy → Committee on Development Policy - - organisation/body']);
    expect(one('The Haqqani Network has been identified.')).toEqual(['Haqqani Network → Haqqani Network - - organisation/body']);
    expect(one('We met the Free Aceh Movement.')).toEqual(['Free Aceh Movement → Free Aceh Movement - - organisation/body']);
    // "the Council" alone, a listed actor's own body, a document, a name cut short: no body.
    expect(one('We thank the Council.')).toEqual([]);
    expect(one('The deposit went to the Central Bank of Yemen.')).toEqual(['Yemen → YEM YEM - state/alias']);
    expect(one('The leaders saw the Programme of Action as a framework.')).toEqual([]);
  });

  it('"firm" after a state is an adjective ("Peru\'s firm support"), "firms" its companies', () => {
    expect(one('Peru’s firm support was welcome.')).toEqual(['Peru → PER PER - state/alias']);
    expect(one('Chinese firms won the contract.')).toEqual(['Chinese firms → CHN CHN BUS agent/agent']);
  });

  it('army is MIL, police COP, rebels REB', () => {
    expect(one('The Israeli army, Kenyan police and Ugandan rebels clashed.')).toEqual([
      'Israeli army → ISR ISR MIL agent/agent',
      'Kenyan police → KEN KEN COP agent/agent',
      'Ugandan rebels → UGA UGA REB agent/agent',
    ]);
  });

  it('hyphenated qualifiers between a state and its noun: high-ranking, self-proclaimed, military-backed', () => {
    const doc = tag(['Sergei Lavrov arrived.', 'The high-ranking Russian diplomat said Russian self-proclaimed authorities and the Thai military-backed government agreed.'], { date: '2025-02-24' });
    expect(brief(doc[1]!)).toEqual([
      'Russian diplomat → Sergei Lavrov RUS GOV person/descriptor',
      'Russian self-proclaimed authorities → RUS RUS GOV agent/agent',
      'Thai military-backed government → THA THA GOV agent/agent',
    ]);
  });

  it('a national "Union of …" is its state\'s labour (LAB), whatever its members', () => {
    expect(one('The Kenyan Union of Journalists and the Nigerian Union of Teachers met.')).toEqual([
      'Kenyan Union → KEN KEN LAB agent/agent',
      'Nigerian Union → NGA NGA LAB agent/agent',
    ]);
  });

  it('"the government of Liberia" and "Erdoğan\'s government" are governments', () => {
    expect(one('The government of Liberia and Erdoğan’s government agreed.', '2025-01-01')).toEqual([
      'government of Liberia → LBR LBR GOV agent/agent',
      'Erdoğan’s government → TUR TUR GOV agent/agent',
    ]);
  });

  it('"Türkiye and Russia" are two mentions', () => {
    expect(one('Türkiye and Russia backed opposing sides.')).toEqual(['Türkiye → TUR TUR - state/alias', 'Russia → RUS RUS - state/alias']);
  });

  it('hyphenated modifiers: U.S.-backed, Western-led, NATO-member, Kremlin-backed, pro-Iranian', () => {
    expect(one('U.S.-backed groups, Western-led sanctions, NATO-member Norway, Kremlin-backed and pro-Iranian militias.')).toEqual([
      'U.S.-backed → USA USA - state/modifier',
      'Western-led → West - - group/modifier',
      'NATO-member → NATO - IGO organisation/modifier',
      'Norway → NOR NOR - state/alias',
      'Kremlin-backed → RUS RUS GOV state/modifier',
      'pro-Iranian → IRN IRN - state/modifier',
    ]);
  });

  it('hyphenated pairs are two demonyms: "Turkish-Russian relations"', () => {
    expect(one('Turkish-Russian relations improved.')).toEqual(['Turkish → TUR TUR - state/demonym', 'Russian → RUS RUS - state/demonym']);
  });
});

describe('the UN Secretary-General by office', () => {
  it('"the Secretary-General" with no name is the United Nations', () => {
    expect(brief(tag('We thank the Secretary-General for his report.')[0]!)).toEqual(['the Secretary-General → UN - IGO organisation/alias', 'his → UN - IGO person/pronoun']);
  });

  it('a titled name keeps its own organisation', () => {
    expect(brief(tag('NATO Secretary-General Jens Stoltenberg visited Oslo.', { date: '2019-05-01' })[0]!)[0]).toBe(
      'NATO Secretary-General Jens Stoltenberg → NATO - IGO person/title',
    );
  });
});

describe('datelines', () => {
  it('the place of a wire story\'s dateline is not an actor', () => {
    expect(brief(tag('NAIROBI (Reuters) - Ethiopia praised Kenya.')[0]!)).toEqual(['Ethiopia → ETH ETH - state/alias', 'Kenya → KEN KEN - state/alias']);
    expect(brief(tag('MOSCOW, March 3 (AP) — Officials met.')[0]!)).toEqual([]);
    expect(brief(tag('WASHINGTON — Peru voted.')[0]!)).toEqual(['Peru → PER PER - state/alias']);
    expect(brief(tag('Nairobi, Kenya (Reuters) - Chad voted.')[0]!)).toEqual(['Chad → TCD TCD - state/alias']);
  });

  it('an actor that opens a sentence before a dash stays an actor', () => {
    expect(brief(tag('Kenya - Uganda talks resumed.')[0]!)).toEqual(['Kenya → KEN KEN - state/alias', 'Uganda → UGA UGA - state/alias']);
    expect(brief(tag('UN - Mali talks resumed.')[0]!)[0]).toBe('UN → UN - IGO organisation/alias');
  });
});

describe('capitals as places', () => {
  it('a capital after "in", and the list it opens, is a venue: a place, not an actor', () => {
    expect(one('The conferences in Cairo, Copenhagen and Beijing ended.')).toEqual([
      'Cairo → EGY EGY - state/venue',
      'Copenhagen → DNK DNK - state/venue',
      'Beijing → CHN CHN - state/venue',
    ]);
    expect(one('Talks in Doha, Qatar said, went well.')).toEqual(['Doha → QAT QAT - state/venue', 'Qatar → QAT QAT - state/alias']);
    expect(one('Seoul voiced alarm at Tokyo’s plans.')).toEqual(['Seoul → KOR KOR - state/alias', 'Tokyo → JPN JPN - state/alias']);
  });

  it('a capital naming an event or a document is a venue: "the Paris Agreement", "the Rome Statute"', () => {
    expect(one('The Paris Agreement and the Rome Statute stand.')).toEqual(['Paris → FRA FRA - state/venue', 'Rome → ITA ITA - state/venue']);
    expect(one('Beijing condemned Tokyo.')).toEqual(['Beijing → CHN CHN - state/alias', 'Tokyo → JPN JPN - state/alias']);
  });
});

describe('names of documents', () => {
  it('"the Sharm el-Sheikh Memorandum" is no sheikh called Memorandum', () => {
    expect(one('We welcome the Sharm el-Sheikh Memorandum.')).toEqual([]);
  });
});

describe('official names with their article', () => {
  it('"The Commonwealth of Dominica" is Dominica; "the Commonwealth" alone the organisation', () => {
    expect(one('The Commonwealth of Dominica thanked the Commonwealth.')).toEqual([
      'The Commonwealth of Dominica → DMA DMA - state/alias',
      'the Commonwealth → Commonwealth - IGO organisation/alias',
    ]);
  });
});

describe('the bodies of the UN system, regional organisations and missions', () => {
  it('knows NEPAD, the Quartet, CTED, ITLOS, AMISOM and the Francophonie by name and abbreviation', () => {
    expect(one('Guyana supports the New Partnership for Africa’s Development (NEPAD) and the Quartet.')).toEqual([
      'Guyana → GUY GUY - state/alias',
      'New Partnership for Africa’s Development → NEPAD - IGO organisation/alias',
      'NEPAD → NEPAD - IGO organisation/alias',
      'the Quartet → Middle East Quartet - IGO organisation/alias',
    ]);
    expect(one('CTED, ITLOS, AMISOM and la Francophonie met.')).toEqual([
      'CTED → CTED - IGO organisation/alias',
      'ITLOS → ITLOS - JUD organisation/alias',
      'AMISOM → AMISOM - IGO organisation/alias',
      'la Francophonie → Francophonie - IGO organisation/alias',
    ]);
    expect(one('The Khmer Rouge, RENAMO and the Polisario Front were named.')).toEqual([
      'Khmer Rouge → Khmer Rouge - REB group/alias',
      'RENAMO → RENAMO - REB group/alias',
      'Polisario Front → Polisario Front - REB group/alias',
    ]);
    expect(one('North Korea and Korea met.')).toEqual(['North Korea → PRK PRK - state/alias', 'Korea → KOR KOR - state/alias']);
    expect(one('The Asian Development Bank and the EBRD lent more.')).toEqual([
      'Asian Development Bank → ADB - IGO organisation/alias',
      'EBRD → EBRD - IGO organisation/alias',
    ]);
  });

  it('knows the regional commissions, funds, forums and groupings that speeches name', () => {
    expect(one('We commend the Economic Commission for Europe and ECLAC.')).toEqual([
      'Economic Commission for Europe → UNECE - IGO organisation/alias',
      'ECLAC → ECLAC - IGO organisation/alias',
    ]);
    expect(one('New Zealand will contribute to the Global Environmental Facility and the Peace-building Fund.')).toEqual([
      'New Zealand → NZL NZL - state/alias',
      'Global Environmental Facility → GEF - IGO organisation/alias',
      'Peace-building Fund → Peacebuilding Fund - IGO organisation/alias',
    ]);
    expect(one('We support the Alliance of Civilizations and the Commission on Sustainable Development.')).toEqual([
      'Alliance of Civilizations → Alliance of Civilizations - IGO organisation/alias',
      'Commission on Sustainable Development → Commission on Sustainable Development - IGO organisation/alias',
    ]);
  });

  it('"Peace and Security Council" is the African Union\'s, not the Security Council', () => {
    expect(one('The Peace and Security Council and the Security Council met.')).toEqual([
      'Peace and Security Council → AU Peace and Security Council - IGO organisation/alias',
      'Security Council → UN Security Council - IGO organisation/alias',
    ]);
  });
});

describe('a name gives way to a longer one that starts inside it', () => {
  it('"the Organization" is the UN, but not in "the Organization of American States"', () => {
    expect(one('We support the Organization and the Organization of American States.')).toEqual([
      'the Organization → UN - IGO organisation/alias',
      'Organization of American States → OAS - IGO organisation/alias',
    ]);
  });
});

describe('an office of a state named with its article', () => {
  it('"the Government of the United States" is an agent of the United States; "the President of the General Assembly" is not', () => {
    expect(one('The Government of the United States met.')).toEqual(['Government of the United States → USA USA GOV agent/agent']);
    expect(one('The President of the General Assembly met.').some((m) => m.includes('agent/agent'))).toBe(false);
  });
});

describe('regions named after a point of the compass', () => {
  it('"the Western Balkans" is a region, not the West', () => {
    expect(one('Peace in the Western Balkans matters.')).toEqual([]);
  });
});

describe('a reversed name of North Korea', () => {
  it('"the People\'s Democratic Republic of Korea" is North Korea, not the Republic of Korea', () => {
    expect(one("The People's Democratic Republic of Korea met.")).toEqual(["People's Democratic Republic of Korea → PRK PRK - state/alias"]);
  });
});

describe("a state's formal name that no alias lists", () => {
  it('"the Republic of Macedonia" and "the Kingdom of Swaziland" are their states, over the whole name', () => {
    expect(one('The Republic of Macedonia met.')).toEqual(['Republic of Macedonia → MKD MKD - state/alias']);
    expect(one('The Kingdom of Swaziland met.')).toEqual(['Kingdom of Swaziland → SWZ SWZ - state/alias']);
  });

  it('"the Islamic State of Afghanistan" is Afghanistan, "the Islamic State of Iraq and the Levant" a group', () => {
    expect(one('The Islamic State of Afghanistan met.')).toEqual(['Islamic State of Afghanistan → AFG AFG - state/alias']);
    expect(one('The Islamic State of Iraq and the Levant met.')).toEqual(['Islamic State of Iraq and the Levant → Daesh - REB group/alias']);
  });

  it('a formal word before something that is no state names nothing', () => {
    expect(one('The State of the Union met.')).toEqual([]);
  });
});

describe('places that name a meeting or a document', () => {
  it('a capital before a venue noun past one or two lower-case words is a venue: "the Oslo pledging conference"', () => {
    expect(one('They met at the Oslo pledging conference.')).toEqual(['Oslo → NOR NOR - state/venue']);
  });

  it('a state\'s name before a capitalised venue noun names a document; an organisation\'s does not', () => {
    expect(one('They endorsed the Barbados Declaration.')).toEqual(['Barbados → BRB BRB - state/venue']);
    expect(one('They endorsed the United Nations Charter.')).toEqual(['United Nations → UN - IGO organisation/alias']);
    expect(one('They endorsed the Barbados plan.')).toEqual(['Barbados → BRB BRB - state/alias']);
  });
});
