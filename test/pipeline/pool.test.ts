import { describe, expect, it } from 'vitest';
import { loadResources, parseCommandLine } from '../../pipeline/config.ts';
import { DocumentPool } from '../../pipeline/workers/pool.ts';

const resources = loadResources(parseCommandLine(['pipeline']));
const doc = (id: string) => ({ id, text: 'Chile backs the Peruvian proposal.', date: null, speaker: null });

describe('the worker pool', () => {
  it('gives the same records on a worker as on the main thread', async () => {
    const pool = new DocumentPool(2, resources, false);
    try {
      const [inline, pooled] = await Promise.all([pool.process(doc('a')), pool.process(doc('b'))]);
      expect(pooled.records.map((r) => ({ ...r, doc_id: 'a' }))).toEqual(inline.records);
      expect(pooled).toMatchObject({ sentenceCount: 1 });
      expect(pooled.stages).toBeUndefined();
    } finally {
      await pool.close();
    }
  });

  it('fails every waiting and later document when a worker dies, instead of hanging', async () => {
    // Workers build their resources from the contents the main thread read; a broken copy makes them fail to start.
    const broken = { ...resources, files: { ...resources.files, lexicon: { file: 'lexicon.json', raw: '{' } } };
    const pool = new DocumentPool(2, broken, false);
    try {
      await pool.process(doc('first')); // the first document runs on the main thread
      await expect(pool.process(doc('second'))).rejects.toThrow(/lexicon\.json: the lexicon is not valid JSON/);
      await expect(pool.process(doc('third'))).rejects.toThrow(/lexicon\.json/);
    } finally {
      await pool.close();
    }
  });
});
