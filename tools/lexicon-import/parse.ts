// Reads a PETRARCH verb dictionary (CAMEO.2.0.txt) into its synonym sets and verb blocks, keeping the source lines.

/** A CAMEO code as a dictionary writes it: "[051]", "[042:043]", "[:080]", "[---]". */
export interface CameoCode {
  /** The code of the event from the verb's subject to its object; null for "---" or a reverse-only code. */
  source: string | null;
  /** The code of the event in the other direction ("[042:043]", "[:080]"), if any. */
  reverse: string | null;
}

/** One element of a pattern, as PETRARCH wrote it. */
export type PatternElement =
  | { kind: 'verb' }
  | { kind: 'word'; text: string }
  | { kind: 'synset'; name: string }
  /** `+` target, `$` source, `^` and `%`: an actor or other material the pattern does not spell out. */
  | { kind: 'slot'; symbol: string }
  /** `{FINANCIAL AID}` or `A_B`: consecutive words, the last one the head. */
  | { kind: 'compound'; items: PatternElement[] }
  /** `(FOR AID)`: a prepositional phrase after the object. */
  | { kind: 'phrase'; items: PatternElement[] };

export interface VerbPattern {
  line: number;
  /** The pattern line as written, without its leading "- " and trailing comment. */
  text: string;
  elements: PatternElement[];
  code: CameoCode;
  /** The verbs the comment says the pattern was written for ("# SLAM", "# CONFIRM , REAFFIRM"), upper case. */
  commentVerbs: string[];
}

export interface Verb {
  line: number;
  /** The verb's words, lower case: ["side", "with"] for `+SIDE_WITH`. */
  words: string[];
  /** Which of `words` is the inflected one (the `+` of a multi-word verb). */
  head: number;
  /** Irregular forms from `{…}`, each as words. */
  forms: string[][];
  /** The verb's own code, when it has one; otherwise the block's applies. */
  code: CameoCode | null;
}

export interface VerbBlock {
  line: number;
  /** The name in the block's header, e.g. "ACCLAIM". */
  name: string;
  code: CameoCode;
  verbs: Verb[];
  patterns: VerbPattern[];
}

export interface VerbDictionary {
  /** Synonym sets by name (with its "&", upper case), each member as lower-case words. */
  synsets: Map<string, string[][]>;
  blocks: VerbBlock[];
}

export function parseCode(text: string): CameoCode {
  const [source = '', reverse = ''] = text.replace(/[^0-9:-]/g, '').split(':');
  const code = (c: string) => (/^\d+$/.test(c) ? c : null);
  return { source: code(source), reverse: code(reverse) };
}

const stripComment = (line: string): { body: string; comment: string } => {
  const hash = line.indexOf('#');
  return hash < 0 ? { body: line, comment: '' } : { body: line.slice(0, hash), comment: line.slice(hash + 1) };
};

/** "+CORDON_OFF", "WIRE_+TAP", "SPEED": the words and which one inflects. */
function verbWords(token: string): { words: string[]; head: number } {
  const parts = token.split('_').filter((p) => p.length > 0);
  const marked = parts.findIndex((p) => p.startsWith('+'));
  return { words: parts.map((p) => p.replace(/^\+/, '').toLowerCase()), head: Math.max(0, marked) };
}

function parseVerbLine(body: string, line: number): Verb | null {
  const codeMatch = /\[([^\]]*)\]/.exec(body);
  const formsMatch = /\{([^}]*)\}/.exec(body);
  const main = body.replace(/\[[^\]]*\]/g, ' ').replace(/\{[^}]*\}/g, ' ').trim().split(/\s+/)[0];
  if (!main) return null;
  const { words, head } = verbWords(main);
  const forms = (formsMatch?.[1] ?? '')
    .split(/[\s,]+/)
    .filter((f) => f.length > 0)
    .map((f) => verbWords(f).words);
  return { line, words, head, forms, code: codeMatch ? parseCode(codeMatch[1]!) : null };
}

/** Splits a pattern's text into `*`, words, slots and brackets. */
function lexPattern(text: string): string[] {
  return text.match(/[{}()]|[^\s{}()]+/g) ?? [];
}

function wordElement(token: string): PatternElement {
  if (token === '*') return { kind: 'verb' };
  if (/^[+$^%]$/.test(token)) return { kind: 'slot', symbol: token };
  if (token.startsWith('&')) return { kind: 'synset', name: token.toUpperCase() };
  if (token.includes('_')) {
    const items = token.split('_').filter((p) => p.length > 0).map(wordElement);
    return items.length === 1 ? items[0]! : { kind: 'compound', items };
  }
  return { kind: 'word', text: token.toLowerCase() };
}

export function parsePatternText(text: string): PatternElement[] {
  const root: PatternElement[] = [];
  const stack: { close: string; items: PatternElement[]; kind: 'compound' | 'phrase' }[] = [];
  const current = () => stack[stack.length - 1]?.items ?? root;
  for (const token of lexPattern(text)) {
    if (token === '{' || token === '(') {
      stack.push({ close: token === '{' ? '}' : ')', items: [], kind: token === '{' ? 'compound' : 'phrase' });
    } else if (token === '}' || token === ')') {
      // A stray closing bracket ("^)" after a pattern) closes nothing.
      if (stack[stack.length - 1]?.close !== token) continue;
      const group = stack.pop()!;
      if (group.items.length > 0) current().push({ kind: group.kind, items: group.items });
    } else {
      current().push(wordElement(token));
    }
  }
  // An unclosed group still holds its words.
  while (stack.length > 0) {
    const group = stack.pop()!;
    if (group.items.length > 0) current().push({ kind: group.kind, items: group.items });
  }
  return root;
}

function parsePatternLine(body: string, comment: string, line: number): VerbPattern {
  const open = body.indexOf('[');
  const text = (open < 0 ? body : body.slice(0, open)).replace(/^-\s*/, '').trim();
  const codeMatch = /\[([^\]]*)\]/.exec(body);
  const commentVerbs = comment
    .split(',')
    .map((c) => c.trim().split(/\s+/)[0] ?? '')
    .filter((c) => /^[A-Z][A-Z_-]*$/.test(c));
  return {
    line,
    text,
    elements: parsePatternText(text),
    code: codeMatch ? parseCode(codeMatch[1]!) : { source: null, reverse: null },
    commentVerbs,
  };
}

const BLOCK_HEADER = /^---\s+(\S+)\s+\[([^\]]*)\]/;

export function parseVerbDictionary(text: string): VerbDictionary {
  const synsets = new Map<string, string[][]>();
  const blocks: VerbBlock[] = [];
  let synset: string[][] | null = null;
  let block: VerbBlock | null = null;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const { body, comment } = stripComment(raw);
    const trimmed = body.trim();
    if (trimmed.length === 0) return;
    if (trimmed.startsWith('~')) return; // a transformation: verb-verb rules, not patterns
    const header = BLOCK_HEADER.exec(trimmed);
    if (header) {
      synset = null;
      block = { line, name: header[1]!, code: parseCode(header[2]!), verbs: [], patterns: [] };
      blocks.push(block);
      return;
    }
    if (!block) {
      // The top section: synonym sets.
      if (trimmed.startsWith('&')) {
        synset = [];
        synsets.set(trimmed.split(/\s+/)[0]!.toUpperCase(), synset);
      } else if (trimmed.startsWith('+') && synset) {
        synset.push(trimmed.slice(1).split(/\s+/)[0]!.split('_').filter((w) => w.length > 0).map((w) => w.toLowerCase()));
      }
      return;
    }
    if (trimmed.startsWith('-')) block.patterns.push(parsePatternLine(trimmed, comment, line));
    else {
      const verb = parseVerbLine(trimmed, line);
      if (verb) block.verbs.push(verb);
    }
  });
  return { synsets, blocks };
}
