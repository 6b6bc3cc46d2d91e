import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../../pipeline/errors.ts';
import { listInputFiles, readInputs } from '../../../pipeline/io/read/index.ts';
import { ANKARA, BRUSSELS, KYIV, documentsOf, errorsOf, makeInputFolder, readAll, removeInputFolders } from './fixtures.ts';

afterAll(removeInputFolders);

const line = (record: unknown): string => `${JSON.stringify(record)}\n`;

describe('reading a folder', () => {
  it('yields every good document and one error per bad item, files in sorted order', async () => {
    const folder = await makeInputFolder({
      'a-wire.jsonl': line({ id: 'w1', text: ANKARA }) + 'not json\n' + line({ id: 'w2', text: KYIV }),
      'b-desk.csv': `id,text\nc1,${JSON.stringify(BRUSSELS)}\nc2,\n`,
      'c-empty.txt': '   ',
      'd-binary.txt': Buffer.from([0x47, 0x49, 0x46, 0x00]),
      'e-story.md': '# Kyiv\n\n' + KYIV,
      'notes/f-latin1.txt': Buffer.from([0x4b, 0x69, 0x79, 0x69, 0x76, 0xe9]),
      'notes/g-statement.txt': BRUSSELS,
    });
    const items = await readAll(folder);
    expect(documentsOf(items).map((doc) => doc.id)).toEqual(['w1', 'w2', 'c1', 'e-story', 'notes/g-statement']);
    expect(errorsOf(items)).toEqual([
      { file: 'a-wire.jsonl', line: 2, code: 'INVALID_JSON', reason: expect.any(String) },
      { file: 'b-desk.csv', line: 3, doc_id: 'c2', code: 'EMPTY_DOCUMENT', reason: expect.any(String) },
      { file: 'c-empty.txt', doc_id: 'c-empty', code: 'EMPTY_DOCUMENT', reason: expect.any(String) },
      { file: 'd-binary.txt', doc_id: 'd-binary', code: 'BINARY_DATA', reason: expect.stringContaining('byte offset 3') },
      { file: 'notes/f-latin1.txt', doc_id: 'notes/f-latin1', code: 'INVALID_UTF8', reason: expect.stringContaining('byte offset 5 (byte 0xe9)') },
    ]);
  });

  it('skips dotfiles and dot-folders, and reports other extensions and dangling links rather than drop them', async () => {
    const folder = await makeInputFolder({
      '.gitkeep': '',
      '.DS_Store': Buffer.from([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31]),
      '.hidden/secret.txt': ANKARA,
      '.draft.txt': KYIV,
      'scan.pdf': '%PDF-1.7',
      'notes.docx': 'PK',
      'story.TXT': KYIV,
    });
    await symlink(path.join(folder, 'unmounted', 'lead.txt'), path.join(folder, 'lead.txt'));
    const items = await readAll(folder);
    expect(items).toEqual([
      { kind: 'error', error: { file: 'lead.txt', code: 'DANGLING_LINK', reason: expect.any(String) } },
      { kind: 'error', error: { file: 'notes.docx', code: 'UNSUPPORTED_FILE_TYPE', reason: expect.stringContaining('.txt, .md, .jsonl, .ndjson, .csv') } },
      { kind: 'error', error: { file: 'scan.pdf', code: 'UNSUPPORTED_FILE_TYPE', reason: expect.any(String) } },
      { kind: 'document', file: 'story.TXT', document: expect.objectContaining({ id: 'story' }) },
    ]);
  });

  it('reports a duplicate id across files, naming where it was first seen', async () => {
    const folder = await makeInputFolder({
      'a.jsonl': line({ id: 'x0', text: BRUSSELS }) + '\n' + line({ id: 'aa-1', text: ANKARA }),
      'b/aa-1.txt': KYIV,
      'c.csv': `id,text\naa-1,${JSON.stringify(KYIV)}\n`,
      'd.jsonl': line({ id: 'b/aa-1', text: KYIV }),
    });
    expect(errorsOf(await readAll(folder))).toEqual([
      { file: 'c.csv', line: 2, doc_id: 'aa-1', code: 'DUPLICATE_ID', reason: expect.stringContaining('first seen in a.jsonl line 3') },
      { file: 'd.jsonl', line: 1, doc_id: 'b/aa-1', code: 'DUPLICATE_ID', reason: expect.stringContaining('first seen in b/aa-1.txt') },
    ]);
  });

  it('hands on only the documents `select` accepts, and reports duplicates among those alone', async () => {
    const folder = await makeInputFolder({
      'a.jsonl': [{ id: 'keep-1', text: BRUSSELS }, { id: 'drop-1', text: ANKARA }, { id: 'keep-1', text: KYIV }, { id: 'drop-1', text: KYIV }]
        .map(line)
        .join(''),
      'keep-2.txt': KYIV,
    });
    const items = await readAll(folder, { select: (id) => id.startsWith('keep') });
    expect(items.map((item) => (item.kind === 'document' ? item.document.id : item.error.code))).toEqual([
      'keep-1',
      'DUPLICATE_ID',
      'keep-2',
    ]);
  });

  it('lists files deterministically by relative path in code-point order', async () => {
    const folder = await makeInputFolder({
      'b.txt': KYIV,
      'a/z.jsonl': '',
      'a.txt': KYIV,
      'B.csv': 'text\n',
      'é.md': KYIV,
      '\u{1F600}.md': KYIV, // astral: after U+FFFD by code point, before it by UTF-16 unit
      '\uFFFD.md': KYIV,
      'skip.json': '{}',
    });
    const files = await listInputFiles(folder);
    expect(files.map((file) => path.relative(folder, file).split(path.sep).join('/'))).toEqual([
      'B.csv',
      'a.txt',
      'a/z.jsonl',
      'b.txt',
      'é.md',
      '\uFFFD.md',
      '\u{1F600}.md',
    ]);
    expect(files.every((file) => path.isAbsolute(file))).toBe(true);
  });

  it('throws a UserError (66) before yielding anything when the path does not exist', async () => {
    const folder = await makeInputFolder({});
    const missing = path.join(folder, 'no-such-folder');
    const notFound = { exitCode: ExitCode.noInput, message: `${missing}: input path not found` };
    await expect(readAll(missing)).rejects.toMatchObject(notFound);
    await expect(listInputFiles(missing)).rejects.toMatchObject(notFound);
    await expect(readInputs(missing).next()).rejects.toMatchObject(notFound);
  });

  it('reports a single input file of an unsupported type instead of skipping it', async () => {
    const folder = await makeInputFolder({ 'scan.pdf': '%PDF-1.7' });
    expect(await readAll(path.join(folder, 'scan.pdf'))).toEqual([
      { kind: 'error', error: { file: 'scan.pdf', code: 'UNSUPPORTED_FILE_TYPE', reason: expect.any(String) } },
    ]);
  });

  it('reads an empty folder as nothing', async () => {
    expect(await readAll(await makeInputFolder({}))).toEqual([]);
  });

  it('tells onBytesRead of every input byte, a JSON Lines file chunk by chunk as it is read', async () => {
    // 3000 lines of about 1 KB: three chunks of the line reader (1 MiB each).
    const big = Array.from({ length: 3000 }, (_, i) => line({ id: `n${i}`, text: `${KYIV.trim()} ${'x'.repeat(880)}` })).join('');
    const files = {
      'a-news.jsonl': big,
      'b-desk.csv': `id,text\nc1,${JSON.stringify(BRUSSELS)}\nc2,\n`,
      'c-binary.txt': Buffer.from([0x47, 0x49, 0x46, 0x00]),
      'd-story.md': '# Kyiv\n\n' + KYIV,
      'e-too-big.txt': ANKARA.repeat(10),
    };
    const sizes = Object.values(files).map((content) => Buffer.byteLength(content));
    let heard = 0;
    const heardAtDocument = new Map<string, number>();
    for await (const item of readInputs(await makeInputFolder(files), { maxDocumentBytes: 1500, onBytesRead: (bytes) => (heard += bytes) })) {
      if (item.kind === 'document') heardAtDocument.set(item.document.id, heard);
    }
    expect(heard).toBe(sizes.reduce((a, b) => a + b, 0));
    // Its first line came with the first chunk, its last with the last one: not the whole file up front.
    expect(heardAtDocument.get('n0')).toBe(1 << 20);
    expect(heardAtDocument.get('n2999')).toBe(sizes[0]);
    // A text file is heard of whole once its document has been handed on; the skipped binary before it counts too.
    expect(heardAtDocument.get('d-story')).toBe(sizes[0]! + sizes[1]! + sizes[2]!);
  });

  it('tells onBytesRead nothing of a file no progress bar counts (another extension, named as the input)', async () => {
    const folder = await makeInputFolder({ 'scan.pdf': 'x'.repeat(5000) });
    let heard = 0;
    const items = await readAll(path.join(folder, 'scan.pdf'), { onBytesRead: (bytes) => (heard += bytes) });
    expect(errorsOf(items)).toHaveLength(1);
    expect(heard).toBe(0);
    expect(await listInputFiles(path.join(folder, 'scan.pdf'))).toEqual([]);
  });
});
