// Bytes to text, or the exact reason they are not text: a NUL byte, or the offset of the first invalid UTF-8 byte.
import type { Problem } from './types.ts';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** Best-effort text, U+FFFD for bad bytes: to find the first bad one, or to keep scanning past a bad line. */
export const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

const BOM = [0xef, 0xbb, 0xbf] as const;

export function startsWithBom(bytes: Uint8Array): boolean {
  return bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2];
}

/**
 * Offset of the first byte of the first malformed UTF-8 sequence, or -1 when all is valid: where the lenient
 * decoder puts its first U+FFFD that is not an encoded U+FFFD (EF BF BD) of the input.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const text = lenientUtf8.decode(bytes);
  let offset = 0;
  let from = 0;
  for (let at = text.indexOf('\uFFFD'); at !== -1; at = text.indexOf('\uFFFD', at + 1)) {
    offset += Buffer.byteLength(text.slice(from, at));
    if (bytes[offset] !== 0xef || bytes[offset + 1] !== 0xbf || bytes[offset + 2] !== 0xbd) return offset;
    offset += 3;
    from = at + 1;
  }
  return -1;
}

type Decoded = { ok: true; text: string } | ({ ok: false } & Problem);

const hex = (byte: number): string => `0x${byte.toString(16).padStart(2, '0')}`;

/** Decodes strict UTF-8; `fileOffset` is where `bytes` starts in its file, so reasons name file offsets. */
export function decodeUtf8(bytes: Uint8Array, fileOffset = 0): Decoded {
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, code: 'BINARY_DATA', reason: `binary data: NUL byte at byte offset ${fileOffset + nul}` };
  try {
    return { ok: true, text: strictUtf8.decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const where = at === -1 ? '' : ` at byte offset ${fileOffset + at} (byte ${hex(bytes[at]!)})`;
    return { ok: false, code: 'INVALID_UTF8', reason: `invalid UTF-8${where}` };
  }
}
