// output/.state/manifest.json: each document's content hash and its result, under the fingerprint of the
// lexicon, actors, split rules and stage code in force, so a rerun processes only what changed.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { compareText } from '../stages/report/index.ts';
import { StanceRecordSchema, type Document } from '../stages/schemas.ts';

export const MANIFEST_FILE = '.state/manifest.json';

const CachedDocumentSchema = z.object({
  hash: z.string(),
  doc_date: z.string().nullable(),
  sentences: z.number().int().nonnegative(),
  records: z.array(StanceRecordSchema),
});
export type CachedDocument = z.infer<typeof CachedDocumentSchema>;

const ManifestSchema = z.object({
  version: z.literal(1),
  fingerprint: z.string(),
  documents: z.record(z.string(), CachedDocumentSchema),
});
export type Manifest = z.infer<typeof ManifestSchema>;

const STAGES_DIR = fileURLToPath(new URL('../stages/', import.meta.url));

function stageFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? stageFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** Everything besides the document that shapes its result: the stages' code and data, and the user's files. */
export function fingerprintOf(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of stageFiles(STAGES_DIR)) hash.update(path.relative(STAGES_DIR, file)).update('\0').update(readFileSync(file));
  for (const part of parts) hash.update('\0').update(part);
  return hash.digest('hex');
}

/** The readers have validated the document already: hash its fields in a fixed order, no second parse. */
export function documentHash(doc: Document): string {
  const fields = [doc.id, doc.text, doc.date ?? null, doc.title ?? null, doc.source ?? null, doc.url ?? null, doc.speaker ?? null];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

/** The previous run's manifest, if it is there, readable and made under the same fingerprint. */
export function readManifest(output: string, fingerprint: string): Manifest | null {
  try {
    const parsed = ManifestSchema.safeParse(JSON.parse(readFileSync(path.join(output, MANIFEST_FILE), 'utf8')));
    return parsed.success && parsed.data.fingerprint === fingerprint ? parsed.data : null;
  } catch {
    return null;
  }
}

export function cachedResult(manifest: Manifest | null, doc: Document, hash: string): CachedDocument | null {
  const entry = manifest?.documents[doc.id];
  return entry && entry.hash === hash ? entry : null;
}

export function manifestJson(fingerprint: string, documents: Map<string, CachedDocument>): string {
  const sorted = Object.fromEntries([...documents].sort(([a], [b]) => compareText(a, b)));
  return JSON.stringify({ version: 1, fingerprint, documents: sorted } satisfies Manifest) + '\n';
}

