// One rule for control characters, whatever the format holds them as: raw bytes or JSON escapes.
import { afterAll, describe, expect, it } from 'vitest';
import { documentsOf, errorsOf, readFiles, removeInputFolders } from './fixtures.ts';

afterAll(removeInputFolders);

const TEXT = 'Chile\u0001backs\u000Bthe\u007FPeruvian\u0085plan.\tIt\u000Cwelcomed it.';
const AS_READ = 'Chile backs the Peruvian plan.\tIt welcomed it.';

describe('control characters', () => {
  it('become spaces in .txt, .md, JSON Lines and CSV alike (tab, LF and CR stay)', async () => {
    const items = await readFiles({
      'a.txt': TEXT,
      'b.md': TEXT,
      'c.jsonl': JSON.stringify({ id: 'c', text: TEXT, title: 'Lead\u0007' }) + '\n',
      'd.csv': `id,text\nd,"${TEXT}"\n`,
    });
    expect(errorsOf(items)).toEqual([]);
    expect(documentsOf(items).map((doc) => [doc.id, doc.text])).toEqual([
      ['a', AS_READ],
      ['b', AS_READ],
      ['c', AS_READ],
      ['d', AS_READ],
    ]);
    expect(documentsOf(items)[2]!.title).toBe('Lead ');
  });

  it('a NUL rejects the document as binary in every format, a JSON "\\u0000" escape included', async () => {
    const items = await readFiles({
      'a.txt': 'Chile backs\u0000 the plan.',
      'b.jsonl': JSON.stringify({ id: 'b', text: 'Chile backs\u0000 the plan.' }) + '\n' + JSON.stringify({ id: 'b2', text: 'ok', speaker: 'X\u0000' }) + '\n',
    });
    expect(documentsOf(items)).toEqual([]);
    expect(errorsOf(items)).toEqual([
      { file: 'a.txt', doc_id: 'a', code: 'BINARY_DATA', reason: expect.stringContaining('byte offset 11') },
      { file: 'b.jsonl', line: 1, doc_id: 'b', code: 'BINARY_DATA', reason: expect.stringContaining('"text" at character 11') },
      { file: 'b.jsonl', line: 2, doc_id: 'b2', code: 'BINARY_DATA', reason: expect.stringContaining('"speaker" at character 1') },
    ]);
  });

  it('in an id, which must stay exact, rejects the document', async () => {
    const items = await readFiles({ 'a.jsonl': JSON.stringify({ id: 'wire\u001B1', text: 'Chile backs the plan.' }) + '\n' });
    expect(errorsOf(items)).toEqual([{ file: 'a.jsonl', line: 1, doc_id: 'wire\u001B1', code: 'INVALID_ID', reason: expect.stringContaining('U+001B') }]);
  });
});
