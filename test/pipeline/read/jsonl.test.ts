import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { ANKARA, BRUSSELS, KYIV, documentsOf, errorsOf, readAll, readFiles, removeInputFolders } from './fixtures.ts';
import { evalFile } from '../../gold-files.ts';

afterAll(removeInputFolders);

const line = (record: unknown): string => `${JSON.stringify(record)}\n`;

describe('.jsonl and .ndjson files', () => {
  it('reads one document per line with its metadata and line number', async () => {
    const items = await readFiles({
      'wire.jsonl':
        line({ id: 'aa-1', text: ANKARA, date: '2025-02-24', title: 'Türkiye offers to host talks', source: 'AA', url: 'https://aa.com.tr/en/1' }) +
        '\n' + // blank lines are skipped but still counted
        line({ id: 42, text: KYIV, speaker: 'Volodymyr Zelenskyy', date: null }),
    });
    expect(items).toEqual([
      {
        kind: 'document',
        file: 'wire.jsonl',
        line: 1,
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
        file: 'wire.jsonl',
        line: 3,
        document: { id: '42', text: KYIV, date: null, title: null, source: null, url: null, speaker: 'Volodymyr Zelenskyy' },
      },
    ]);
  });

  it('ignores fields it does not know, as in the gold files', async () => {
    const gold = line({ id: 'seed-1', text: BRUSSELS, expect: [{ source: 'EU', stance: 'offer' }], optional: [], note: 'x', cameo: '057' });
    const items = await readFiles({ 'seed.gold.ndjson': gold });
    expect(documentsOf(items)).toEqual([
      { id: 'seed-1', text: BRUSSELS, date: null, title: null, source: null, url: null, speaker: null },
    ]);
  });

  it('reads the gold files without a single error', async () => {
    const items = await readAll(evalFile('seed.gold.jsonl'));
    const lines = (await readFile(evalFile('seed.gold.jsonl'), 'utf8')).split('\n').filter((text) => text.trim());
    expect(errorsOf(items)).toEqual([]);
    expect(documentsOf(items)).toHaveLength(lines.length);
  });

  it('reports malformed JSON with its line and position, and still reads the other lines', async () => {
    const items = await readFiles({
      'wire.jsonl': line({ id: 'a', text: ANKARA }) + '{"id": "b", "text": "cut short\n' + line({ id: 'c', text: KYIV }),
    });
    expect(errorsOf(items)).toEqual([
      { file: 'wire.jsonl', line: 2, code: 'INVALID_JSON', reason: expect.stringContaining('position 30') },
    ]);
    expect(documentsOf(items).map((doc) => doc.id)).toEqual(['a', 'c']);
  });

  it('names a missing field and a field of the wrong type', async () => {
    const items = await readFiles({
      'wire.jsonl': [
        line({ id: 'no-text', body: ANKARA }),
        line({ text: KYIV }),
        line({ id: 'bad-title', text: KYIV, title: 7 }),
        line({ id: true, text: KYIV }),
        line(['not', 'an', 'object']),
      ].join(''),
    });
    expect(errorsOf(items)).toEqual([
      { file: 'wire.jsonl', line: 1, doc_id: 'no-text', code: 'MISSING_TEXT', reason: expect.stringContaining('field "text"') },
      { file: 'wire.jsonl', line: 2, code: 'MISSING_ID', reason: expect.any(String) },
      { file: 'wire.jsonl', line: 3, doc_id: 'bad-title', code: 'INVALID_FIELD', reason: expect.stringContaining('"title"') },
      { file: 'wire.jsonl', line: 4, code: 'INVALID_FIELD', reason: expect.stringContaining('"id"') },
      { file: 'wire.jsonl', line: 5, code: 'INVALID_FIELD', reason: expect.any(String) },
    ]);
  });

  it('reports an empty id, empty text and an impossible date', async () => {
    const items = await readFiles({
      'wire.jsonl': [
        line({ id: ' ', text: KYIV }),
        line({ id: 'blank', text: '  \n ' }),
        line({ id: 'feb-30', text: KYIV, date: '2025-02-30' }),
        line({ id: 'words', text: KYIV, date: 'last Monday' }),
      ].join(''),
    });
    expect(errorsOf(items)).toEqual([
      { file: 'wire.jsonl', line: 1, doc_id: ' ', code: 'MISSING_ID', reason: expect.any(String) },
      { file: 'wire.jsonl', line: 2, doc_id: 'blank', code: 'EMPTY_DOCUMENT', reason: expect.any(String) },
      { file: 'wire.jsonl', line: 3, doc_id: 'feb-30', code: 'INVALID_DATE', reason: expect.stringContaining('"2025-02-30"') },
      { file: 'wire.jsonl', line: 4, doc_id: 'words', code: 'INVALID_DATE', reason: expect.stringContaining('"last Monday"') },
    ]);
  });

  it('reports invalid UTF-8 on its line with the byte offset in the file', async () => {
    const first = line({ id: 'a', text: ANKARA });
    const bytes = Buffer.concat([Buffer.from(first), Buffer.from('{"id": "b", "text": "Kyiv '), Buffer.from([0xe2, 0x82]), Buffer.from('"}\n')]);
    const items = await readFiles({ 'wire.jsonl': bytes });
    const offset = Buffer.byteLength(first) + '{"id": "b", "text": "Kyiv '.length;
    expect(errorsOf(items)).toEqual([{ file: 'wire.jsonl', line: 2, code: 'INVALID_UTF8', reason: expect.stringContaining(`byte offset ${offset} (byte 0xe2)`) }]);
    expect(documentsOf(items)).toHaveLength(1);
  });

  it('reports a binary file once', async () => {
    const items = await readFiles({ 'dump.jsonl': Buffer.from([0x7b, 0x00, 0x01, 0x0a, 0x7b, 0x00]) });
    expect(errorsOf(items)).toEqual([{ file: 'dump.jsonl', code: 'BINARY_DATA', reason: expect.stringContaining('byte offset 1') }]);
  });

  it('rejects a document over the size limit and keeps reading', async () => {
    const items = await readFiles(
      { 'wire.jsonl': line({ id: 'long', text: KYIV.repeat(10) }) + line({ id: 'short', text: KYIV }) },
      { maxDocumentBytes: 500 },
    );
    expect(errorsOf(items)).toEqual([
      { file: 'wire.jsonl', line: 1, doc_id: 'long', code: 'DOCUMENT_TOO_LARGE', reason: expect.stringContaining('1100 bytes (1.1 KB)') },
    ]);
    expect(documentsOf(items).map((doc) => doc.id)).toEqual(['short']);
  });

  it('skips a line too long to hold any document within the limit without parsing it', async () => {
    const huge = line({ id: 'huge', text: 'x'.repeat(2_000_000) });
    const items = await readFiles({ 'wire.jsonl': huge + line({ id: 'short', text: KYIV }) }, { maxDocumentBytes: 200 });
    expect(errorsOf(items)).toEqual([
      {
        file: 'wire.jsonl',
        line: 1,
        code: 'DOCUMENT_TOO_LARGE',
        reason: expect.stringContaining('too long for a document within the limit of 200 bytes'),
      },
    ]);
    expect(documentsOf(items).map((doc) => doc.id)).toEqual(['short']);
  });

  it('strips a BOM and accepts CRLF line endings', async () => {
    const text = `\uFEFF${line({ id: 'a', text: ANKARA })}\r\n${line({ id: 'b', text: KYIV }).replace('\n', '\r\n')}`;
    const items = await readFiles({ 'windows.jsonl': text });
    expect(errorsOf(items)).toEqual([]);
    expect(items.map((item) => item.kind === 'document' && [item.document.id, item.line])).toEqual([
      ['a', 1],
      ['b', 3],
    ]);
  });
});
