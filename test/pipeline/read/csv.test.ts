import { afterAll, describe, expect, it } from 'vitest';
import { ANKARA, BRUSSELS, KYIV, documentsOf, errorsOf, readFiles, removeInputFolders } from './fixtures.ts';

afterAll(removeInputFolders);

const quoted = (text: string): string => `"${text.replaceAll('"', '""')}"`;

describe('.csv files', () => {
  it('reads one document per row with the known columns, in any order and case', async () => {
    const csv =
      'Source,ID,Date,Text,Title,url,speaker,section\n' +
      `AA,aa-1,2025-02-24,${quoted(ANKARA)},Türkiye offers to host talks,https://aa.com.tr/en/1,,World\n` +
      `Reuters,rt-7,,${quoted(KYIV)},,,Volodymyr Zelenskyy,Europe\n`;
    const items = await readFiles({ 'wire.csv': csv });
    expect(items).toEqual([
      {
        kind: 'document',
        file: 'wire.csv',
        line: 2,
        document: {
          id: 'aa-1',
          text: ANKARA,
          date: '2025-02-24',
          title: 'Türkiye offers to host talks',
          source: 'AA',
          url: 'https://aa.com.tr/en/1',
          speaker: null,
        },
      },
      {
        kind: 'document',
        file: 'wire.csv',
        line: 5, // ANKARA's quoted text spans lines 2–4
        document: { id: 'rt-7', text: KYIV, date: null, title: null, source: 'Reuters', url: null, speaker: 'Volodymyr Zelenskyy' },
      },
    ]);
  });

  it('keeps quoted multi-line text exactly, with doubled quotes, CRLF and a BOM', async () => {
    const text = 'Fidan said:\r\n"We attach great importance to the new U.S. initiative."\r\nLavrov agreed.';
    const csv = `\uFEFFid,text\r\nfidan,${quoted(text)}\r\nlavrov,Lavrov said Russia is ready for negotiations.\r\n`;
    const items = await readFiles({ 'quotes.csv': csv });
    expect(errorsOf(items)).toEqual([]);
    expect(items.map((item) => item.kind === 'document' && [item.document.id, item.document.text, item.line])).toEqual([
      ['fidan', text, 2],
      ['lavrov', 'Lavrov said Russia is ready for negotiations.', 5],
    ]);
  });

  it('gives rows without an id column the id <path>#<row>', async () => {
    const csv = `text\n${quoted(KYIV)}\n\n${quoted(BRUSSELS)}\n`;
    const items = await readFiles({ 'desk/eu.csv': csv });
    expect(items.map((item) => item.kind === 'document' && [item.document.id, item.line])).toEqual([
      ['desk/eu#1', 2],
      ['desk/eu#2', 5],
    ]);
  });

  it('reports a CSV without a text column once, naming the columns it has', async () => {
    const items = await readFiles({ 'wire.csv': `id,body\n1,${quoted(KYIV)}\n2,${quoted(BRUSSELS)}\n` });
    expect(items).toEqual([
      { kind: 'error', error: { file: 'wire.csv', line: 1, code: 'NO_TEXT_COLUMN', reason: expect.stringContaining('columns: id, body') } },
    ]);
  });

  it('reports an empty CSV file', async () => {
    expect(errorsOf(await readFiles({ 'empty.csv': '\uFEFF\n' }))).toEqual([
      { file: 'empty.csv', code: 'NO_TEXT_COLUMN', reason: expect.any(String) },
    ]);
  });

  it('reports bad rows on their own line and reads every good row', async () => {
    const csv = [
      'id,date,text',
      `aa-1,2025-02-24,${quoted(ANKARA)}`, // lines 2–4
      ',2025-02-25,An anonymous row has no id.', // line 5
      'eu-1,2025-13-01,The EU offered Moldova a growth plan.', // line 6
      'blank,2025-02-26,"   "', // line 7
      'short,2025-02-27', // line 8
      `kyiv,2025-02-28,${quoted(KYIV)}`, // lines 9–10
      'aa-1,2025-03-01,The same id again.', // line 11
      '',
    ].join('\n');
    const items = await readFiles({ 'wire.csv': csv });
    expect(errorsOf(items)).toEqual([
      { file: 'wire.csv', line: 5, code: 'MISSING_ID', reason: expect.any(String) },
      { file: 'wire.csv', line: 6, doc_id: 'eu-1', code: 'INVALID_DATE', reason: expect.stringContaining('"2025-13-01"') },
      { file: 'wire.csv', line: 7, doc_id: 'blank', code: 'EMPTY_DOCUMENT', reason: expect.any(String) },
      { file: 'wire.csv', line: 8, doc_id: 'short', code: 'MISSING_TEXT', reason: expect.stringContaining('the row has 2 cells') },
      { file: 'wire.csv', line: 11, doc_id: 'aa-1', code: 'DUPLICATE_ID', reason: expect.stringContaining('first seen in wire.csv line 2') },
    ]);
    expect(documentsOf(items).map((doc) => doc.id)).toEqual(['aa-1', 'kyiv']);
  });

  it('reports invalid UTF-8 in a row with its file offset and keeps the other rows', async () => {
    const head = 'id,text\nok-1,Ankara backs the initiative.\n';
    const bytes = Buffer.concat([
      Buffer.from(head),
      Buffer.from('bad,"Kyiv '),
      Buffer.from([0xff]),
      Buffer.from('\nsays"\nok-2,Brussels offers a plan.\n'),
    ]);
    const items = await readFiles({ 'wire.csv': bytes });
    const offset = Buffer.byteLength(head) + 'bad,"Kyiv '.length;
    expect(errorsOf(items)).toEqual([{ file: 'wire.csv', line: 3, code: 'INVALID_UTF8', reason: expect.stringContaining(`byte offset ${offset} (byte 0xff)`) }]);
    expect(documentsOf(items).map((doc) => doc.id)).toEqual(['ok-1', 'ok-2']);
  });

  it('reports a quote that never closes at the line where its record starts', async () => {
    const csv = `id,text\nok,Ankara backs the initiative.\nbroken,"Lavrov said\nRussia is ready.\n`;
    const items = await readFiles({ 'wire.csv': csv });
    expect(errorsOf(items)).toEqual([
      { file: 'wire.csv', line: 3, code: 'MALFORMED_CSV', reason: expect.stringContaining('on line 3') },
    ]);
    expect(documentsOf(items).map((doc) => doc.id)).toEqual(['ok']);
  });

  it('keeps quotes that do not open a field, and a lone carriage return, as text', async () => {
    const csv = 'id,text\nfidan,Fidan called the plan "result-oriented" on Monday.\nmac,old\rline ending\nok,"Lavrov said ""yes"""\n';
    const items = await readFiles({ 'wire.csv': csv });
    expect(errorsOf(items)).toEqual([]);
    expect(documentsOf(items).map((doc) => doc.text)).toEqual([
      'Fidan called the plan "result-oriented" on Monday.',
      'old\rline ending',
      'Lavrov said "yes"',
    ]);
  });

  it('reads a thousand rows across parse batches with the right lines', async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => (i === 600 ? `r${i},"two\nlines"` : `r${i},Row ${i} of the wire.`));
    const items = await readFiles({ 'many.csv': `id,text\n${rows.join('\n')}\n` });
    const documents = items.filter((item) => item.kind === 'document');
    expect(documents).toHaveLength(1000);
    expect(documents[600]).toMatchObject({ line: 602, document: { id: 'r600', text: 'two\nlines' } });
    expect(documents[999]).toMatchObject({ line: 1002, document: { id: 'r999' } });
  });

  it('rejects a row whose text is over the size limit', async () => {
    const items = await readFiles({ 'wire.csv': `id,text\nlong,${quoted(KYIV.repeat(10))}\nshort,${quoted(KYIV)}\n` }, { maxDocumentBytes: 500 });
    expect(errorsOf(items)).toEqual([
      { file: 'wire.csv', line: 2, doc_id: 'long', code: 'DOCUMENT_TOO_LARGE', reason: expect.stringContaining('1100 bytes (1.1 KB)') },
    ]);
    expect(documentsOf(items).map((doc) => doc.id)).toEqual(['short']);
  });
});
