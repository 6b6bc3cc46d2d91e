// The bench's --corpus reader: plain and gzip JSON Lines (gzip told by its magic bytes), the cut to whole
// documents, early stop on a large file, and the one-line warnings and errors for bad input.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { describeCorpus, readCorpus } from '../../tools/bench/corpus.ts';
import { UserError } from '../../pipeline/errors.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'bench-corpus-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `content` to a file in the temp folder, gzip-compressed when asked, and returns its path. */
function corpusFile(name: string, content: string, gzip = false): string {
  const file = path.join(dir, name);
  writeFileSync(file, gzip ? gzipSync(content) : content);
  return file;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Reads with the warnings collected. */
async function read(file: string, megabytes: number): Promise<{ corpus: Awaited<ReturnType<typeof readCorpus>>; warnings: string[] }> {
  const warnings: string[] = [];
  const corpus = await readCorpus(file, megabytes, (message) => warnings.push(message));
  return { corpus, warnings };
}

/** The UserError readCorpus fails with. */
async function failure(file: string, megabytes = 1): Promise<UserError> {
  const error = await readCorpus(file, megabytes, () => {}).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

// Four documents of 400 000, 300 000, 500 000 and 100 000 bytes of text (the third with a two-byte character).
const TEXTS = ['a'.repeat(400_000), 'b'.repeat(300_000), 'é'.repeat(250_000), 'd'.repeat(100_000)];
const LINES = [
  { id: 'one', text: TEXTS[0], date: '2017-09-19', speaker: 'USA', country: 'USA' },
  { id: 2, text: TEXTS[1], title: 'Second' },
  { id: 'three', text: TEXTS[2], source: 'UN', url: 'https://example.org/3' },
  { id: 'four', text: TEXTS[3] },
].map((line) => JSON.stringify(line));
const JSONL = LINES.join('\n') + '\n';

describe('readCorpus: the cut', () => {
  it('keeps whole documents in file order until their text reaches the megabytes asked', async () => {
    const { corpus, warnings } = await read(corpusFile('cut.jsonl', JSONL), 1);
    expect(warnings).toEqual([]);
    expect(corpus.documents.map((d) => d.id)).toEqual(['one', '2', 'three']);
    expect(corpus.bytes).toBe(1_200_000);
    expect(corpus.reachedCut).toBe(true);
    expect(corpus.lines).toBe(3);
    expect(corpus.gzip).toBe(false);
    expect(describeCorpus(corpus)).toBe(`${corpus.file} cut to 1 MB`);
  });

  it('stops at the document that reaches the size exactly', async () => {
    const { corpus } = await read(corpusFile('exact.jsonl', JSONL), 0.7);
    expect(corpus.documents.map((d) => d.id)).toEqual(['one', '2']);
    expect(corpus.bytes).toBe(700_000);
  });

  it('keeps every document of a file under the size asked, and says so', async () => {
    const { corpus } = await read(corpusFile('small.jsonl', JSONL), 5);
    expect(corpus.documents).toHaveLength(4);
    expect(corpus.bytes).toBe(1_300_000);
    expect(corpus.reachedCut).toBe(false);
    expect(corpus.skipped).toBe(0);
    expect(describeCorpus(corpus)).toBe(`${corpus.file} whole (under the 5 MB asked)`);
  });

  it('keeps the fields the pipeline reads and drops the others', async () => {
    const { corpus } = await read(corpusFile('fields.jsonl', JSONL), 5);
    expect(corpus.documents[0]).toEqual({ id: 'one', text: TEXTS[0], date: '2017-09-19', title: null, source: null, url: null, speaker: 'USA' });
    expect(corpus.documents[1]).toMatchObject({ id: '2', title: 'Second', date: null });
    expect(corpus.documents[2]).toMatchObject({ source: 'UN', url: 'https://example.org/3' });
  });

  it('reads CRLF line ends, a byte-order mark and a last line without a line feed', async () => {
    const { corpus, warnings } = await read(corpusFile('crlf.jsonl', '\uFEFF' + LINES.join('\r\n')), 5);
    expect(warnings).toEqual([]);
    expect(corpus.documents.map((d) => d.id)).toEqual(['one', '2', 'three', 'four']);
    expect(corpus.bytes).toBe(1_300_000);
  });
});

describe('readCorpus: gzip', () => {
  it('reads a .jsonl.gz to the same documents as the plain file', async () => {
    const plain = await read(corpusFile('same.jsonl', JSONL), 1);
    const { corpus } = await read(corpusFile('same.jsonl.gz', JSONL, true), 1);
    expect(corpus.gzip).toBe(true);
    expect(corpus.documents).toEqual(plain.corpus.documents);
    expect(corpus.bytes).toBe(1_200_000);
  });

  it('tells gzip by its magic bytes, not by the name', async () => {
    const { corpus } = await read(corpusFile('compressed-but-named.jsonl', JSONL, true), 5);
    expect(corpus.gzip).toBe(true);
    expect(corpus.documents).toHaveLength(4);
    const named = await read(corpusFile('plain-but-named.jsonl.gz', JSONL), 5);
    expect(named.corpus.gzip).toBe(false);
    expect(named.corpus.documents).toHaveLength(4);
  });

  it('stops reading the file once the cut is reached', async () => {
    // 400 documents of 10 000 random characters: 4 MB of text that gzip barely shrinks.
    const big = Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: `d${i}`, text: randomBytes(7_500).toString('base64') })).join('\n');
    const file = corpusFile('big.jsonl.gz', big, true);
    const size = statSync(file).size;
    expect(size).toBeGreaterThan(3_000_000);
    const { corpus } = await read(file, 0.05);
    expect(corpus.documents).toHaveLength(5);
    expect(corpus.bytes).toBe(50_000);
    expect(corpus.lines).toBe(5);
    expect(corpus.fileBytesRead).toBeLessThan(size / 10);
  });

  it('fails in one line on gzip data cut short before the cut is reached', async () => {
    const whole = gzipSync(JSONL);
    const file = path.join(dir, 'truncated.jsonl.gz');
    writeFileSync(file, whole.subarray(0, whole.length - 20));
    const error = await failure(file, 5);
    expect(error.message).toMatch(new RegExp(`^${escape(file)}: gzip data is corrupt or cut short after line \\d: unexpected end of file$`));
    expect(error.exitCode).toBe(65);
  });
});

describe('readCorpus: bad input', () => {
  const mixed = [
    JSON.stringify({ id: 'a', text: 'Alpha.' }),
    '{"id": "b", "text": "Beta.",',
    JSON.stringify({ id: 'c', body: 'no text' }),
    '',
    JSON.stringify({ id: 'a', text: 'Alpha again.' }),
    JSON.stringify({ id: 'd', text: 'Delta.', date: '2024-02-30' }),
    '[1, 2]',
    JSON.stringify({ id: 'e', text: '   ' }),
    JSON.stringify({ id: 'f', text: 'Foxtrot.' }),
    JSON.stringify({ text: 'No id.' }),
  ].join('\n');

  it('skips bad lines with a warning naming the file and the line, and keeps the rest', async () => {
    const file = corpusFile('mixed.jsonl', mixed);
    const { corpus, warnings } = await read(file, 1);
    expect(corpus.documents.map((d) => d.id)).toEqual(['a', 'f']);
    expect(corpus.bytes).toBe('Alpha.Foxtrot.'.length);
    expect(corpus.skipped).toBe(7);
    expect(corpus.lines).toBe(10);
    expect(warnings).toEqual([
      // JSON.parse's own words, which differ between Node versions.
      expect.stringMatching(new RegExp(`^warning: ${escape(file)} line 2: invalid JSON: [^\n]+; line skipped$`)),
      `warning: ${file} line 3: missing field "text"; line skipped`,
      `warning: ${file} line 5: duplicate id "a" (first on line 1); line skipped`,
      `warning: ${file} line 6: invalid date "2024-02-30": expected an ISO date such as 2025-02-24; line skipped`,
      `warning: ${file} line 7: expected a JSON object, received array; line skipped`,
      `warning: ${file} line 8: empty document: the text is only whitespace; line skipped`,
      expect.stringMatching(new RegExp(`^warning: ${escape(file)} line 10: missing (id|field "id"); line skipped$`)),
    ]);
  });

  it('numbers the lines of a gzip file the same way', async () => {
    const file = corpusFile('mixed.jsonl.gz', mixed, true);
    const { warnings } = await read(file, 1);
    expect(warnings.map((w) => w.replace(file, 'FILE').split(':')[1])).toEqual([' FILE line 2', ' FILE line 3', ' FILE line 5', ' FILE line 6', ' FILE line 7', ' FILE line 8', ' FILE line 10']);
  });

  it('fails on a missing file, naming it', async () => {
    const file = path.join(dir, 'missing.jsonl');
    const error = await failure(file);
    expect(error.message).toBe(`${file}: cannot read the corpus: no such file`);
    expect(error.exitCode).toBe(66);
  });

  it('fails on a folder', async () => {
    expect((await failure(dir)).message).toBe(`${dir}: cannot read the corpus: a folder, not a file`);
  });

  it('fails when no document is left', async () => {
    const bad = corpusFile('bad.jsonl', 'not json\n\n{"id": "x"}\n');
    const error = await failure(bad);
    expect(error.message).toBe(`${bad}: no document to benchmark: 2 of its 3 lines skipped, 1 blank`);
    expect(error.exitCode).toBe(66);
    expect((await failure(corpusFile('empty.jsonl', ''))).message).toMatch(/: no document to benchmark: the file is empty$/);
    expect((await failure(corpusFile('empty.jsonl.gz', '', true))).message).toMatch(/: no document to benchmark: the file is empty$/);
    expect((await failure(corpusFile('blank.jsonl', '\n  \n'))).message).toMatch(/: no document to benchmark: every line is blank$/);
  });
});

describe('npm run bench -- --corpus FILE: bad input stops it before any benchmark', () => {
  const tsx = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');
  const bench = (...args: string[]) =>
    spawnSync(process.execPath, [tsx, path.join(ROOT, 'tools/bench/run.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });

  it('a missing file: one line on stderr, exit 66, nothing on stdout', () => {
    const file = path.join(dir, 'nowhere.jsonl.gz');
    const r = bench('--corpus', file, '--megabytes', '5', '--rounds', '1');
    expect(r.status).toBe(66);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`error: ${file}: cannot read the corpus: no such file\n`);
  });

  it('a file with no good line: a warning a line, then the error, exit 66', () => {
    const file = corpusFile('cli-bad.jsonl', '{"id": 1}\nnope\n');
    const r = bench('--corpus', file, '--only', 'split');
    expect(r.status).toBe(66);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toEqual([
      `warning: ${file} line 1: missing field "text"; line skipped`,
      expect.stringMatching(new RegExp(`^warning: ${escape(file)} line 2: invalid JSON: [^\n]+; line skipped$`)),
      `error: ${file}: no document to benchmark: 2 of its 2 lines skipped`,
      '',
    ]);
  });

  it('an empty --corpus is a usage error', () => {
    const r = bench('--corpus', '');
    expect(r.status).toBe(64);
    expect(r.stderr.split('\n')[0]).toBe('error: --corpus needs a file');
  });
});
