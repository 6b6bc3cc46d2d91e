// A document's content hash, what the rerun manifest keys its result by; workers compute it, without the manifest.
import { createHash } from 'node:crypto';
import type { Document } from '../../stages/schemas.ts';

/**
 * Each field in a fixed order, as its length and its text: unambiguous, and no copy of the text. A field with a
 * lone surrogate, which UTF-8 cannot hold, goes in as JSON under another tag.
 */
export function documentHash(doc: Document): string {
  const hash = createHash('sha256');
  for (const field of [doc.id, doc.text, doc.date, doc.title, doc.source, doc.url, doc.speaker]) {
    if (field === undefined || field === null) hash.update('-');
    else if (field.isWellFormed()) hash.update(`s${field.length}:`).update(field);
    else hash.update(`j${field.length}:`).update(JSON.stringify(field));
  }
  return hash.digest('hex');
}
