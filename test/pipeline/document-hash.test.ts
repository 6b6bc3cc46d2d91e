import { describe, expect, it } from 'vitest';
import { documentHash } from '../../pipeline/workers/process-document.ts';
import type { Document } from '../../stages/schemas.ts';

const doc: Document = { id: 'a-1', text: 'Peru praised Chile.', date: '2024-05-01', title: 'T', source: 'S', url: 'https://x.test/1', speaker: null };

describe('documentHash', () => {
  it('is a sha256 hex digest, the same for the same fields', () => {
    expect(documentHash(doc)).toMatch(/^[0-9a-f]{64}$/);
    expect(documentHash({ ...doc })).toBe(documentHash(doc));
  });

  it('changes with every field', () => {
    const variants: Document[] = [
      { ...doc, id: 'a-2' },
      { ...doc, text: 'Peru praised Chile!' },
      { ...doc, date: '2024-05-02' },
      { ...doc, title: 'U' },
      { ...doc, source: 'R' },
      { ...doc, url: 'https://x.test/2' },
      { ...doc, speaker: 'Peru' },
    ];
    const hashes = new Set([doc, ...variants].map(documentHash));
    expect(hashes.size).toBe(variants.length + 1);
  });

  it('keeps field boundaries: text moved from one field to the next is another document', () => {
    expect(documentHash({ ...doc, id: 'ab', text: 'c' })).not.toBe(documentHash({ ...doc, id: 'a', text: 'bc' }));
    expect(documentHash({ ...doc, title: '' })).not.toBe(documentHash({ ...doc, title: null }));
    expect(documentHash({ ...doc, title: '-' })).not.toBe(documentHash({ ...doc, title: null }));
  });

  it('tells a lone surrogate from the replacement character UTF-8 would turn it into', () => {
    expect(documentHash({ ...doc, text: 'x\ud800y' })).not.toBe(documentHash({ ...doc, text: 'x\ufffdy' }));
  });
});
