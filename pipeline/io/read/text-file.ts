// .txt and .md: the whole file is one document, its id the relative path without the extension.
import { readFile, stat } from 'node:fs/promises';
import { decodeUtf8, startsWithBom } from './decode.ts';
import { checkDocument } from './document.ts';
import { withoutExtension } from './files.ts';
import { describeSize, inputError, problem, type InputFile, type ReadItem } from './types.ts';

export async function* readTextFile(file: InputFile, maxBytes: number): AsyncGenerator<ReadItem> {
  const id = withoutExtension(file.relative);
  // Checked before reading, so an oversized file never enters memory.
  const { size } = await stat(file.path);
  if (size > maxBytes) {
    const reason = `file is ${describeSize(size)}, over the limit of ${describeSize(maxBytes)}`;
    yield inputError(file.relative, problem('FILE_TOO_LARGE', reason), undefined, id);
    return;
  }
  const raw = await readFile(file.path);
  const bom = startsWithBom(raw) ? 3 : 0;
  const decoded = decodeUtf8(raw.subarray(bom), bom);
  const checked = decoded.ok ? checkDocument({ id, text: decoded.text }, maxBytes) : decoded;
  if (checked.ok) yield { kind: 'document', document: checked.document, file: file.relative };
  else yield inputError(file.relative, checked, undefined, id);
}
