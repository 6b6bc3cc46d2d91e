// The evidence table: one row per stance record, the cue marked in its sentence.
import type { ActorRef, StanceRecord } from '../schemas.ts';
import { escapeHtml } from './escape.ts';
import { sortStanceRecords } from '../records.ts';

/** As many rows as a browser lays out and filters without lag; the stances files hold every record. */
export const EVIDENCE_ROW_LIMIT = 3000;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Compiled once per cue text: a report repeats its cues ("support", "backed") thousands of times.
const compiled = new Map<string, RegExp>();
function cached(source: string): RegExp {
  let re = compiled.get(source);
  if (!re) {
    if (compiled.size >= 10_000) compiled.clear();
    compiled.set(source, (re = new RegExp(source, 'iu')));
  }
  return re;
}
// A match that starts a word and runs to that word's end: "back" marks "backed", not "back|ed".
const atWordStart = (text: string) => cached(`(?<![\\p{L}\\p{N}])${escapeRegExp(text)}[\\p{L}\\p{N}]*`);

// With the `i` flag, as in the regexes it stands in for: under it the class also takes U+0345, which folds to ι.
const WORD_CHAR = /^[\p{L}\p{N}]$/iu;

/** The code point at i is a letter or digit; `before` reads the one ending just before i. */
function isWordAt(text: string, i: number, before = false): boolean {
  const cp = before ? codePointBefore(text, i) : text.codePointAt(i);
  if (cp === undefined) return false;
  if (cp < 0x80) return (cp >= 48 && cp <= 57) || ((cp | 32) >= 97 && (cp | 32) <= 122);
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

function codePointBefore(text: string, i: number): number | undefined {
  if (i <= 0) return undefined;
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return (h - 0xd800) * 0x400 + (c - 0xdc00) + 0x10000;
  }
  return c;
}

/** A sentence character equals an ASCII cue character under the `iu` flags: ASCII case, and K (U+212A) and ſ (U+017F) fold to k and s. */
function equalsIgnoringCase(c: number, k: number): boolean {
  if (c === k) return true;
  const lower = k | 32;
  if (lower < 97 || lower > 122) return false;
  if (c < 0x80) return (c | 32) === lower;
  return (lower === 107 && c === 0x212a) || (lower === 115 && c === 0x17f);
}

/**
 * The first match of `atWordStart(cue)` for an ASCII cue, found by a character loop: the regex, with its
 * lookbehind tried at every position of a long sentence, cost more than the rest of the report.
 */
function asciiAtWordStart(sentence: string, cue: string): [number, number] | null {
  const n = cue.length;
  for (let i = 0; i + n <= sentence.length; i++) {
    let k = 0;
    while (k < n && equalsIgnoringCase(sentence.charCodeAt(i + k), cue.charCodeAt(k))) k++;
    if (k < n || isWordAt(sentence, i, true)) continue;
    let end = i + n;
    while (end < sentence.length && isWordAt(sentence, end)) end += sentence.codePointAt(end)! > 0xffff ? 2 : 1;
    return [i, end];
  }
  return null;
}

const ASCII = /^[\x00-\x7f]*$/;

/**
 * Where the cue is in the sentence, ignoring case: the whole cue at the start of a word; else anywhere;
 * else each of its words at the start of a word. Ranges are sorted and disjoint.
 */
export function cueRanges(sentence: string, cue: string): [number, number][] {
  const trimmed = cue.trim();
  if (!trimmed) return [];
  const fast = ASCII.test(trimmed) ? asciiAtWordStart(sentence, trimmed) : null;
  if (fast) return [fast];
  const whole = atWordStart(trimmed).exec(sentence) ?? cached(escapeRegExp(trimmed)).exec(sentence);
  if (whole) return [[whole.index, whole.index + whole[0].length]];
  const ranges: [number, number][] = [];
  for (const word of trimmed.split(/\s+/u)) {
    const found = atWordStart(word).exec(sentence);
    if (found) ranges.push([found.index, found.index + found[0].length]);
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  return ranges.filter((r, i) => i === 0 || r[0] >= ranges[i - 1]![1]);
}

/** The sentence escaped, with the cue inside <mark>. */
export function highlightCue(sentence: string, cue: string): string {
  let html = '';
  let at = 0;
  for (const [start, end] of cueRanges(sentence, cue)) {
    html += escapeHtml(sentence.slice(at, start)) + `<mark>${escapeHtml(sentence.slice(start, end))}</mark>`;
    at = end;
  }
  return html + escapeHtml(sentence.slice(at));
}

function actorCell(actor: ActorRef | null): string {
  if (!actor) return '<td class="none">—</td>';
  const detail = [actor.id, actor.country, actor.role].filter(Boolean).join(' · ');
  return `<td><span class="actor">${escapeHtml(actor.name)}</span><span class="detail">${escapeHtml(detail)}</span></td>`;
}

function evidenceRow(r: StanceRecord, colourOf: (stance: string) => string): string {
  const flags = [r.negated ? '<span class="flag negated">negated</span>' : '', r.quoted ? '<span class="flag">quoted</span>' : '']
    .filter(Boolean)
    .join('');
  return (
    `<tr${r.negated ? ' class="negated"' : ''}>` +
    `<td class="nowrap">${escapeHtml(r.doc_date?.slice(0, 10) ?? '—')}</td>` +
    `<td class="doc">${escapeHtml(r.doc_id)}<span class="detail">sentence ${r.sentence_index + 1}</span></td>` +
    actorCell(r.source) +
    `<td><span class="badge" style="background:${colourOf(r.stance)}">${escapeHtml(r.stance)}</span>${flags}</td>` +
    actorCell(r.target) +
    `<td class="sentence">${highlightCue(r.sentence, r.cue)}<span class="detail">${escapeHtml(r.attribution)}` +
    `${r.cameo ? ` · CAMEO ${escapeHtml(r.cameo)}` : ''}</span></td>` +
    `<td class="num">${r.confidence.toFixed(2)}</td>` +
    '</tr>'
  );
}

/**
 * The table's body rows, in record order (by document id, then as stances.csv orders one document's records),
 * and how many records were left out by the limit. `records` may be all of them or, from a streaming run, only
 * the first EVIDENCE_ROW_LIMIT of stances.jsonl; `total` counts them all.
 */
export function evidenceRows(
  records: StanceRecord[],
  colourOf: (stance: string) => string,
  total = records.length,
): { html: string; omitted: number } {
  const shown = sortStanceRecords(records).slice(0, EVIDENCE_ROW_LIMIT);
  return { html: shown.map((r) => evidenceRow(r, colourOf)).join('\n'), omitted: total - shown.length };
}
