// Temporary input folders for the reader tests, and helpers to read them whole.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Document, InputError } from '../../../stages/schemas.ts';
import { readInputs, type ReadItem, type ReadOptions } from '../../../pipeline/io/read/index.ts';

const created: string[] = [];

/** Writes `files` (relative path → content) into a fresh temp folder and returns its path. */
export async function makeInputFolder(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'read-test-'));
  created.push(root);
  for (const [relative, content] of Object.entries(files)) {
    const full = path.join(root, relative);
    await mkdir(path.dirname(full), { recursive: true });
    await writeFile(full, content);
  }
  return root;
}

export async function removeInputFolders(): Promise<void> {
  await Promise.all(created.splice(0).map((root) => rm(root, { recursive: true, force: true })));
}

export async function readAll(inputPath: string, options?: ReadOptions): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const item of readInputs(inputPath, options)) items.push(item);
  return items;
}

export const documentsOf = (items: ReadItem[]): Document[] =>
  items.flatMap((item) => (item.kind === 'document' ? [item.document] : []));

export const errorsOf = (items: ReadItem[]): InputError[] => items.flatMap((item) => (item.kind === 'error' ? [item.error] : []));

/** Reads a folder holding just `files`. */
export async function readFiles(files: Record<string, string | Uint8Array>, options?: ReadOptions): Promise<ReadItem[]> {
  return readAll(await makeInputFolder(files), options);
}

export const ANKARA =
  'Türkiye on Monday repeated its offer to host peace talks to end the war between Russia and Ukraine.\n' +
  'Ankara backs a United States initiative to end the conflict, Foreign Minister Hakan Fidan told a joint press conference.\n';
export const KYIV =
  'Ukrainian President Volodymyr Zelenskyy condemned the overnight strike on Kharkiv, which killed three people.\n';
export const BRUSSELS = 'The European Union offered Moldova a €1.8 billion growth plan on Thursday, Commission President Ursula von der Leyen said.';
