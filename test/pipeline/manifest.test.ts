import { mkdtempSync, readFileSync, rmSync, truncateSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MANIFEST_FILE, ManifestWriter, PreviousManifest, type CachedDocument } from '../../pipeline/state/manifest.ts';
import { TemporaryFile } from '../../pipeline/io/write/atomic.ts';
import { recordInSchemaOrder, stanceRecordJson } from '../../stages/records.ts';
import type { Document } from '../../stages/schemas.ts';
import { manyRecords } from '../report/fixtures.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A hash of 64 hex digits: `head` (7 digits) then `tail` repeated. */
const hash = (head: string, tail: string): string => head + tail.repeat(57);

/** 500 documents of 6 records each: the manifest is about 1.3 MB, past one read-ahead of the reader. */
function results(): [string, CachedDocument][] {
  const records = manyRecords(3000);
  return Array.from({ length: 500 }, (_, i) => [
    `doc-${i}`,
    { hash: hash(i.toString(16).padStart(7, '0'), 'a'), doc_date: i % 2 ? '2024-05-01' : null, sentences: i, records: records.slice(i * 6, i * 6 + 6) },
  ]);
}

function writeManifest(entries: [string, CachedDocument][], fingerprint = 'fp', recordLines = false): string {
  const output = mkdtempSync(path.join(tmpdir(), 'manifest-test-'));
  dirs.push(output);
  const file = new TemporaryFile(path.join(output, MANIFEST_FILE));
  const writer = new ManifestWriter(file, fingerprint);
  for (const [id, result] of entries) writer.add(id, result, recordLines ? result.records.map(stanceRecordJson) : undefined);
  file.commit();
  return output;
}

const manifestLines = (output: string) => readFileSync(path.join(output, MANIFEST_FILE), 'utf8').split('\n');

const asDocument = (id: string): Document => ({ id, text: 'unused: the caller hashes', date: null, title: null, source: null, url: null, speaker: null });

describe('the previous run\'s manifest', () => {
  const entries = results();
  const output = writeManifest(entries);

  it('gives back each document\'s result whole, asked for in file order or any other', async () => {
    const manifest = (await PreviousManifest.open(output, 'fp'))!;
    expect(statSync(path.join(output, MANIFEST_FILE)).size).toBeGreaterThan(1 << 20);
    try {
      for (const order of [entries, [...entries].reverse(), entries.filter((_, i) => i % 7 === 3)]) {
        for (const [id, result] of order) expect(await manifest.cachedResult(asDocument(id), result.hash)).toEqual(result);
      }
    } finally {
      await manifest.close();
    }
  });

  it('reuses nothing for a changed document, even one whose hash starts with the same digits', async () => {
    const manifest = (await PreviousManifest.open(output, 'fp'))!;
    try {
      const [id, result] = entries[42]!;
      expect(await manifest.cachedResult(asDocument(id), hash(result.hash.slice(0, 7), 'b'))).toBeNull();
      expect(await manifest.cachedResult(asDocument(id), hash('fffffff', 'a'))).toBeNull();
      expect(await manifest.cachedResult(asDocument('doc-new'), result.hash)).toBeNull();
      expect(await manifest.cachedResult(asDocument(id), result.hash)).toEqual(result);
    } finally {
      await manifest.close();
    }
  });

  it('writes each line as JSON.stringify would, records in schema order, from the records or from their lines', () => {
    const lines = manifestLines(output);
    expect(lines).toHaveLength(entries.length + 2); // the header, then a line a document and the final line feed
    expect(lines[0]).toBe('{"version":3,"fingerprint":"fp"}');
    entries.forEach(([id, result], i) => {
      expect(lines[i + 1]).toBe(JSON.stringify({ id, ...result, records: result.records.map(recordInSchemaOrder) }));
    });
    expect(manifestLines(writeManifest(entries, 'fp', true))).toEqual(lines);
  });

  it('writes and reads back an id JSON must escape: quotes, a backslash, a control character, a lone surrogate', async () => {
    const [id, result]: [string, CachedDocument] = ['a "b" \\ \u0001 \ud800', entries[1]![1]];
    const odd = writeManifest([[id, result]]);
    expect(manifestLines(odd)[1]).toBe(JSON.stringify({ id, ...result, records: result.records.map(recordInSchemaOrder) }));
    const manifest = (await PreviousManifest.open(odd, 'fp'))!;
    try {
      expect(await manifest.cachedResult(asDocument(id), result.hash)).toEqual(result);
    } finally {
      await manifest.close();
    }
  });

  it('knows which ids the previous run had, so only those are hashed to be looked up', async () => {
    const manifest = (await PreviousManifest.open(output, 'fp'))!;
    try {
      expect(manifest.has('doc-0')).toBe(true);
      expect(manifest.has('doc-499')).toBe(true);
      expect(manifest.has('doc-500')).toBe(false);
    } finally {
      await manifest.close();
    }
  });

  it('is not read under another fingerprint, and a line cut short is not reused', async () => {
    expect(await PreviousManifest.open(output, 'other')).toBeNull();
    const cut = writeManifest(entries.slice(0, 3));
    const file = path.join(cut, MANIFEST_FILE);
    truncateSync(file, statSync(file).size - 20);
    const manifest = (await PreviousManifest.open(cut, 'fp'))!;
    try {
      expect(await manifest.cachedResult(asDocument('doc-1'), entries[1]![1].hash)).toEqual(entries[1]![1]);
      expect(await manifest.cachedResult(asDocument('doc-2'), entries[2]![1].hash)).toBeNull();
    } finally {
      await manifest.close();
    }
  });
});
