// A document's content hash: what the rerun manifest keys each document's result by. Its own module, as the
// worker threads compute it and need nothing else of the manifest.
import { createHash } from 'node:crypto';
import type { Document } from '../../stages/schemas.ts';

/**
 * The readers have validated the document already: hash its fields in a fixed order, no second parse. Each
 * field goes in as its length and its text, which is unambiguous and, unlike serialising the document first,
 * costs no copy of the text. UTF-8 cannot hold a lone surrogate (it would hash as U+FFFD), so a field with
 * one goes in as JSON, under another tag.
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
