import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../pipeline/config/command-line.ts';
import { loadResources } from '../../pipeline/config/resources.ts';
import { documentHash, processDocument, type DocumentResult } from '../../pipeline/workers/process-document.ts';
import { stanceRecordJson } from '../../stages/report/index.ts';
import { DocumentPool } from '../../pipeline/workers/pool.ts';

const resources = loadResources(parseCommandLine(['pipeline']));
// Workers build their resources from the contents the main thread read; this copy makes them fail to start.
const broken = { ...resources, files: { ...resources.files, lexicon: { file: 'lexicon.json', raw: '{' } } };
const doc = (id: string) => ({ id, text: 'Chile backs the Peruvian proposal.', date: null, speaker: null });

describe('the worker pool', () => {
  it('gives the same records on a worker as on the main thread', async () => {
    const pool = new DocumentPool(2, resources, false);
    try {
      const inline = processDocument(doc('a'), resources, false);
      const pooled = await Promise.all([pool.process(doc('a')), pool.process(doc('b'))]);
      expect(inline.records).toHaveLength(1);
      // Each record's line of stances.jsonl and the document's hash come with it, made where it was processed.
      expect(inline.recordJson).toEqual(inline.records.map(stanceRecordJson));
      expect(inline.hash).toBe(documentHash(doc('a')));
      expect(pooled[0]).toEqual(inline);
      expect(pooled[1].records.map((r) => ({ ...r, doc_id: 'a' }))).toEqual(inline.records);
      expect(pooled[1]).toMatchObject({ sentenceCount: 1 });
      expect(pooled[1].stages).toBeUndefined();
    } finally {
      await pool.close();
    }
  });

  for (const jobs of [1, 2]) {
    it(`map gives each result in input order, a long first document before the short ones (--jobs ${jobs})`, async () => {
      const pool = new DocumentPool(jobs, resources, false);
      async function* input() {
        yield { doc: { id: 'long', text: 'Chile backs the Peruvian proposal. '.repeat(3000), date: null, speaker: null } };
        for (let i = 0; i < 40; i++) yield { doc: doc(`short-${i}`) };
      }
      try {
        const out: { id: string; records: number; recordDocs: string[] }[] = [];
        for await (const { input: { doc: d }, result } of pool.map(input())) {
          out.push({ id: d.id, records: result.records.length, recordDocs: [...new Set(result.records.map((r) => r.doc_id))] });
        }
        expect(out.map((o) => o.id)).toEqual(['long', ...Array.from({ length: 40 }, (_, i) => `short-${i}`)]);
        expect(out[0]).toEqual({ id: 'long', records: 3000, recordDocs: ['long'] });
        expect(out.slice(1).every((o) => o.records === 1 && o.recordDocs[0] === o.id)).toBe(true);
      } finally {
        await pool.close();
      }
    });
  }

  it('map keeps known results in their place, and runs a first document no other one to process follows on this thread', async () => {
    // The broken copy would fail any worker: a result for "first" proves it never left the main thread.
    const pool = new DocumentPool(2, broken, false);
    const known = processDocument(doc('known'), resources, false);
    async function* input() {
      yield { doc: doc('first') };
      for (let i = 0; i < 300; i++) yield { doc: doc(`known-${i}`), result: known };
    }
    try {
      const ids: string[] = [];
      for await (const { input: { doc: d }, result } of pool.map(input())) {
        ids.push(d.id);
        if (d.id === 'first') expect(result.records.map((r) => r.doc_id)).toEqual(['first']);
        else expect(result).toBe(known);
      }
      expect(ids).toEqual(['first', ...Array.from({ length: 300 }, (_, i) => `known-${i}`)]);
      expect(pool.workerCount).toBe(0);
    } finally {
      await pool.close();
    }
  });

  it('fails every waiting and later document when a worker dies, instead of hanging', async () => {
    const pool = new DocumentPool(2, broken, false);
    try {
      const first = pool.process(doc('first')); // held until a second document shows workers are needed
      const second = pool.process(doc('second'));
      await expect(first).rejects.toThrow(/lexicon\.json: the lexicon is not valid JSON/);
      await expect(second).rejects.toThrow(/lexicon\.json: the lexicon is not valid JSON/);
      await expect(pool.process(doc('third'))).rejects.toThrow(/lexicon\.json/);
    } finally {
      await pool.close();
    }
  });

  it('runs a lone document on the main thread, without starting workers', async () => {
    // The broken copy would fail any worker: a result proves the document never left the main thread.
    const pool = new DocumentPool(2, broken, false);
    try {
      const only = pool.process(doc('only'));
      pool.drain();
      expect((await only).records.map((r) => [r.source.id, r.stance, r.target?.id])).toEqual([['CHL', 'support', 'PER']]);
    } finally {
      await pool.close();
    }
  });

  it('sends documents in batches and matches every result to its document, a partial batch included', async () => {
    const pool = new DocumentPool(2, resources, false);
    const countries = ['Chile', 'Peru', 'Norway', 'Kenya', 'Japan'];
    const texts = Array.from({ length: 75 }, (_, i) => `${countries[i % 5]} backs the proposal of ${countries[(i + 1) % 5]}, number ${i}.`);
    try {
      // 75 documents: two full batches of 32 and one of 11 that goes when the event loop turns (no drain).
      const pooled = await Promise.all(texts.map((text, i) => pool.process({ id: `d${i}`, text, date: null, speaker: null })));
      texts.forEach((text, i) => expect(pooled[i]).toEqual(processDocument({ id: `d${i}`, text, date: null, speaker: null }, resources, false)));
      expect(pooled[74]!.records.map((r) => [r.doc_id, r.source.id, r.target?.id])).toEqual([['d74', 'JPN', 'CHL']]);
    } finally {
      await pool.close();
    }
  });

  it('fails only the document that throws, not the others of its batch', async () => {
    const pool = new DocumentPool(2, resources, false);
    try {
      const broken = { id: 'bad', text: { length: 5 } as unknown as string, date: null, speaker: null }; // no string methods
      const results = await Promise.allSettled([pool.process(doc('a')), pool.process(broken), pool.process(doc('c'))]);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect((results[1] as PromiseRejectedResult).reason.message).toMatch(/^TypeError: /);
      expect((results[2] as PromiseFulfilledResult<DocumentResult>).value.records.map((r) => r.doc_id)).toEqual(['c']);
    } finally {
      await pool.close();
    }
  });

  it('is full at a few documents a worker when they are large, and at two batches a worker when they are small', async () => {
    const pool = new DocumentPool(2, resources, false);
    const large = 'Chile backs the Peruvian proposal. '.repeat(3000); // about 100 KB
    try {
      const waiting: Promise<unknown>[] = [];
      for (let i = 0; i < 7; i++) waiting.push(pool.process({ id: `l${i}`, text: large, date: null, speaker: null }));
      expect(pool.full()).toBe(false);
      waiting.push(pool.process({ id: 'l7', text: large, date: null, speaker: null }));
      expect(pool.full()).toBe(true); // 4 a worker, 800 KB
      await Promise.all(waiting);
      expect(pool.full()).toBe(false);

      for (let i = 0; i < 127; i++) waiting.push(pool.process(doc(`s${i}`)));
      expect(pool.full()).toBe(false);
      expect(pool.full(1)).toBe(true); // a result held by the caller counts too
      waiting.push(pool.process(doc('s127')));
      expect(pool.full()).toBe(true); // 64 a worker
      await Promise.all(waiting);
    } finally {
      await pool.close();
    }
  });

  it('starts a worker only when a batch finds every other one busy: never more than the documents', async () => {
    const few = new DocumentPool(8, resources, false);
    const large = (id: string) => ({ id, text: 'Chile backs the Peruvian proposal. '.repeat(1000), date: null, speaker: null }); // 35 KB, a batch each
    try {
      await Promise.all(['a', 'b', 'c'].map((id) => few.process(doc(id))));
      expect(few.workerCount).toBe(1); // one batch of three
      await Promise.all(['d', 'e', 'f'].map((id) => few.process(large(id))));
      expect(few.workerCount).toBe(3); // the idle first one, and one more for each batch that found all busy
    } finally {
      await few.close();
    }
  });
});

