import { afterAll, describe, expect, it } from 'vitest';
import { ANKARA, KYIV, documentsOf, errorsOf, makeInputFolder, readAll, readFiles, removeInputFolders } from './fixtures.ts';
import path from 'node:path';

afterAll(removeInputFolders);

describe('.txt and .md files', () => {
  it('reads one document per file with null metadata', async () => {
    const items = await readFiles({ 'aa-2025-02-24.txt': ANKARA });
    expect(items).toEqual([
      {
        kind: 'document',
        file: 'aa-2025-02-24.txt',
        document: { id: 'aa-2025-02-24', text: ANKARA, date: null, title: null, source: null, url: null, speaker: null },
      },
    ]);
  });

  it('names nested documents by their path relative to the input folder, without the extension', async () => {
    const items = await readFiles({ 'news/2025/02/kyiv.strike.md': KYIV, 'top.TXT': ANKARA });
    expect(documentsOf(items).map((doc) => doc.id)).toEqual(['news/2025/02/kyiv.strike', 'top']);
    expect(items.map((item) => item.kind === 'document' && item.file)).toEqual(['news/2025/02/kyiv.strike.md', 'top.TXT']);
  });

  it('names a single input file by its base name', async () => {
    const folder = await makeInputFolder({ 'deep/kyiv.txt': KYIV });
    const items = await readAll(path.join(folder, 'deep/kyiv.txt'));
    expect(items).toMatchObject([{ kind: 'document', file: 'kyiv.txt', document: { id: 'kyiv', text: KYIV } }]);
  });

  it('strips a leading BOM and keeps CRLF line endings as they are', async () => {
    const items = await readFiles({ 'crlf.txt': `\uFEFF${KYIV.replace('\n', '\r\n')}` });
    expect(documentsOf(items)[0]!.text).toBe(KYIV.replace('\n', '\r\n'));
  });

  it('reports invalid UTF-8 with the byte offset of the first bad byte', async () => {
    const bytes = Buffer.concat([Buffer.from('Ankara backs '), Buffer.from([0xc3, 0x28]), Buffer.from(' talks')]);
    const items = await readFiles({ 'latin.txt': bytes });
    expect(errorsOf(items)).toEqual([
      { file: 'latin.txt', doc_id: 'latin', code: 'INVALID_UTF8', reason: expect.stringContaining('byte offset 13 (byte 0xc3)') },
    ]);
  });

  it('counts the BOM in the offset of an invalid byte', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('abc'), Buffer.from([0xff])]);
    expect(errorsOf(await readFiles({ 'bom.txt': bytes }))[0]).toMatchObject({ code: 'INVALID_UTF8', reason: expect.stringContaining('byte offset 6 (byte 0xff)') });
  });

  it('reports a binary file by its first NUL byte', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(errorsOf(await readFiles({ 'chart.txt': png }))).toEqual([
      { file: 'chart.txt', doc_id: 'chart', code: 'BINARY_DATA', reason: expect.stringContaining('byte offset 8') },
    ]);
  });

  it('reports empty and whitespace-only files as empty documents', async () => {
    const items = await readFiles({ 'empty.txt': '', 'blank.md': ' \n\t\n' });
    expect(errorsOf(items)).toEqual([
      { file: 'blank.md', doc_id: 'blank', code: 'EMPTY_DOCUMENT', reason: expect.any(String) },
      { file: 'empty.txt', doc_id: 'empty', code: 'EMPTY_DOCUMENT', reason: expect.any(String) },
    ]);
  });

  it('rejects a file over the size limit, naming its size and the limit', async () => {
    const items = await readFiles({ 'long.txt': KYIV.repeat(20), 'short.txt': KYIV }, { maxDocumentBytes: 1000 });
    expect(errorsOf(items)).toEqual([
      { file: 'long.txt', doc_id: 'long', code: 'FILE_TOO_LARGE', reason: expect.stringContaining('2200 bytes (2.1 KB)') },
    ]);
    expect(documentsOf(items).map((doc) => doc.id)).toEqual(['short']);
  });
});
