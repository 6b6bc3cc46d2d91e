// --keep-stages writes each document's stage lines as it is done, in input order, whatever order workers finish in.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentResult } from '../../pipeline/process.ts';
import { StageFileWriter } from '../../pipeline/stage-files.ts';
import { AtomicFiles } from '../../pipeline/write/atomic.ts';

const result = (doc: string): DocumentResult => ({
  sentenceCount: 1,
  records: [],
  recordJson: [],
  hash: `hash of ${doc}`,
  stages: {
    sentences: [{ doc_id: doc, doc_date: null, speaker: null, index: 0, start: 0, end: 2, text: doc }],
    tagged: [{ doc_id: doc, doc_date: null, speaker: null, index: 0, start: 0, end: 2, text: doc, mentions: [], quotes: [] }],
  },
});

describe('StageFileWriter', () => {
  it('holds a document done early until those before it are written, then writes them in input order', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'stance-stages-'));
    const files = new AtomicFiles(folder);
    const writer = new StageFileWriter(files);
    writer.add(2, result('c'));
    writer.add(1, result('b'));
    expect(writer.held).toBe(2);
    writer.add(0, result('a'));
    expect(writer.held).toBe(0);
    writer.add(3, result('d'));
    writer.finish();
    files.commit();
    const docs = readFileSync(path.join(folder, 'stages', 'sentences.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).doc_id);
    expect(docs).toEqual(['a', 'b', 'c', 'd']);
  });

  it('refuses to finish with a document missing before the ones it holds', () => {
    const files = new AtomicFiles(mkdtempSync(path.join(tmpdir(), 'stance-stages-')));
    const writer = new StageFileWriter(files);
    writer.add(1, result('b'));
    expect(() => writer.finish()).toThrow('stage files: document 0 of the input never finished');
    files.discard();
  });
});
