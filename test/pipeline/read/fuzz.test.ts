// Whatever bytes a file holds, reading never throws and every item is a valid document or error.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { DocumentSchema, InputErrorSchema } from '../../../stages/schemas.ts';
import { makeInputFolder, readAll, removeInputFolders } from './fixtures.ts';

afterAll(removeInputFolders);

/** Content near the formats' edges: structural characters, quotes, newlines, bad bytes, NULs. */
const fragment = fc.oneof(
  fc.constantFrom('{"id":', '"text":', '"a"', '1', '}', ',', '"', '""', '\n', '\r\n', '\r', ' ', 'id,text', 'text', 'date', '"2025-02-30"', '\uFEFF', 'é', '😀'),
  fc.string({ maxLength: 8 }),
);
const bytesOf = fc.oneof(
  fc.uint8Array({ maxLength: 200 }),
  fc.array(fc.oneof(fragment.map((text) => Buffer.from(text)), fc.uint8Array({ maxLength: 3 })), { maxLength: 40 }).map((parts) => Buffer.concat(parts)),
);

describe('reading arbitrary bytes', () => {
  it('never throws and yields only valid documents and errors', async () => {
    await fc.assert(
      fc.asyncProperty(bytesOf, bytesOf, bytesOf, fc.integer({ min: 1, max: 300 }), async (jsonl, csv, txt, maxDocumentBytes) => {
        const dir = await makeInputFolder({ 'in.jsonl': jsonl, 'in.csv': csv, 'in.txt': txt });
        const items = await readAll(dir, { maxDocumentBytes });
        for (const item of items) {
          if (item.kind === 'document') {
            expect(DocumentSchema.safeParse(item.document).success).toBe(true);
            expect(item.document.text.trim()).not.toBe('');
          } else {
            expect(InputErrorSchema.safeParse(item.error).success).toBe(true);
            expect(item.error.reason).not.toContain('\n');
            expect(item.error.code).not.toBe('UNREADABLE_FILE'); // the catch-all for I/O must not hide a reader bug
          }
        }
        const ids = items.flatMap((item) => (item.kind === 'document' ? [item.document.id] : []));
        expect(new Set(ids).size).toBe(ids.length);
        // The .txt file always gives exactly one item: its document or why it has none.
        expect(items.filter((item) => (item.kind === 'document' ? item.file : item.error.file) === 'in.txt')).toHaveLength(1);
      }),
      { numRuns: 100 },
    );
  });
});

/** A document's text as read: every control character but NUL, tab, LF and CR becomes a space. */
const asRead = (text: string) => text.replace(/[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, ' ');

/** Any text a document could hold: every code point but NUL, not blank once read. */
const documentText = fc
  .string({ unit: 'binary', minLength: 1, maxLength: 60 })
  .filter((text) => !text.includes('\0') && asRead(text).trim() !== '');

describe('never losing a good document', () => {
  it('reads back every CSV row exactly, whatever quotes, commas and line breaks its text holds', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(documentText, { minLength: 1, maxLength: 12 }), fc.boolean(), async (texts, crlf) => {
        const end = crlf ? '\r\n' : '\n';
        const rows = texts.map((text, i) => `doc-${i},"${text.replaceAll('"', '""')}"${end}`);
        const items = await readAll(await makeInputFolder({ 'wire.csv': `\uFEFFid,text${end}${rows.join('')}` }));
        expect(items.map((item) => (item.kind === 'document' ? item.document.text : item.error))).toEqual(texts.map(asRead));
      }),
      { numRuns: 60 },
    );
  });

  it('reads every good JSON Lines document, however many broken lines sit between them', async () => {
    const junk = fc.string({ maxLength: 30 }).filter((text) => !text.includes('\n'));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(documentText, fc.array(junk, { maxLength: 2 })), { maxLength: 10 }), async (entries) => {
        const lines = entries.flatMap(([text, noise], i) => [JSON.stringify({ id: `doc-${i}`, text }), ...noise]);
        const items = await readAll(await makeInputFolder({ 'wire.jsonl': `${lines.join('\n')}\n` }));
        const documents = items.flatMap((item) => (item.kind === 'document' ? [item.document.text] : []));
        expect(documents).toEqual(entries.map(([text]) => asRead(text)));
      }),
      { numRuns: 60 },
    );
  });
});
