// Splices imported cues into the lexicon file's text as its "imported_cues" array, one cue a line, every other byte kept.

/** Where a top-level key of a JSON object sits in its text: from its opening quote to the end of its value. */
interface KeySpan {
  key: string;
  start: number;
  valueStart: number;
  end: number;
}

/** Skips a JSON string starting at the quote at `i`; returns the index after its closing quote. */
function skipString(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    if (text[j] === '\\') j++;
    else if (text[j] === '"') return j + 1;
  }
  throw new Error('unterminated string in the lexicon file');
}

/** Skips any JSON value starting at `i` (after whitespace); returns the index after it. */
function skipValue(text: string, i: number): number {
  i = skipSpace(text, i);
  const c = text[i];
  if (c === '"') return skipString(text, i);
  if (c === '{' || c === '[') {
    let depth = 0;
    for (let j = i; j < text.length; j++) {
      const d = text[j];
      if (d === '"') j = skipString(text, j) - 1;
      else if (d === '{' || d === '[') depth++;
      else if (d === '}' || d === ']') {
        depth--;
        if (depth === 0) return j + 1;
      }
    }
    throw new Error('unbalanced brackets in the lexicon file');
  }
  const literal = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i));
  if (!literal) throw new Error(`unexpected character at offset ${i} of the lexicon file`);
  return i + literal[0].length;
}

const skipSpace = (text: string, i: number): number => {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
};

/** The top-level keys of the object that makes up `text`, in order. */
export function topLevelKeys(text: string): KeySpan[] {
  let i = skipSpace(text, 0);
  if (text[i] !== '{') throw new Error('the lexicon file is not a JSON object');
  i++;
  const spans: KeySpan[] = [];
  for (;;) {
    i = skipSpace(text, i);
    if (text[i] === '}') return spans;
    if (text[i] !== '"') throw new Error(`expected a key at offset ${i} of the lexicon file`);
    const start = i;
    const keyEnd = skipString(text, i);
    const key = JSON.parse(text.slice(start, keyEnd)) as string;
    i = skipSpace(text, keyEnd);
    if (text[i] !== ':') throw new Error(`expected ":" after "${key}" in the lexicon file`);
    const valueStart = skipSpace(text, i + 1);
    const end = skipValue(text, valueStart);
    spans.push({ key, start, valueStart, end });
    i = skipSpace(text, end);
    if (text[i] === ',') i++;
  }
}

/** The fields of a cue in the order the lexicon file writes them. */
const FIELD_ORDER = ['pattern', 'stance', 'form', 'weight', 'cameo', 'requires', 'not_followed_by', 'not_preceded_by', 'origin'];

/** One cue as one line: `{ "pattern": "admire", "stance": "support", … }`. */
export function cueLine(cue: object): string {
  const entries = Object.entries(cue).filter(([, v]) => v !== undefined);
  const rank = (k: string) => (FIELD_ORDER.includes(k) ? FIELD_ORDER.indexOf(k) : FIELD_ORDER.length);
  entries.sort(([a], [b]) => rank(a) - rank(b));
  const value = (v: unknown): string => (Array.isArray(v) ? `[${v.map((x) => JSON.stringify(x)).join(', ')}]` : JSON.stringify(v));
  return `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${value(v)}`).join(', ')} }`;
}

const indentOfLine = (text: string, at: number): string => {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))![0];
};

/**
 * `text` with its "imported_cues" array replaced by `cues`, one a line; the key is added after "cues" if the
 * file has none. Nothing else in the text changes.
 */
export function spliceImportedCues(text: string, cues: readonly object[]): string {
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const keys = topLevelKeys(text);
  const existing = keys.find((k) => k.key === 'imported_cues');
  const cuesKey = keys.find((k) => k.key === 'cues');
  const anchor = existing ?? cuesKey;
  if (!anchor) throw new Error('the lexicon file has neither "imported_cues" nor "cues"');
  const keyIndent = indentOfLine(text, anchor.start);
  // Cues are indented like the first curated cue, or one level deeper than the key.
  const firstCue = cuesKey ? skipSpace(text, cuesKey.valueStart + 1) : -1;
  const cueIndent = cuesKey && text[firstCue] === '{' ? indentOfLine(text, firstCue) : keyIndent + '  ';
  const array = cues.length === 0 ? '[]' : `[${newline}${cues.map((c) => cueIndent + cueLine(c)).join(',' + newline)}${newline}${keyIndent}]`;
  if (existing) return text.slice(0, existing.valueStart) + array + text.slice(existing.end);
  return text.slice(0, cuesKey!.end) + `,${newline}${keyIndent}"imported_cues": ${array}` + text.slice(cuesKey!.end);
}
