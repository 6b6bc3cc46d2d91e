// A trie over folded tokens: one left-to-right pass per sentence, longest match first.
import { tokenize, type Shape, type Token } from './normalize.ts';
import { WordFilter } from './wordfilter.ts';

/** How an alias token constrains the text's case: "US" only matches "US", "Turkey" not "turkey". */
type CaseRule = 'any' | 'cap' | 'upper';

export interface Pattern<T> {
  rules: CaseRule[];
  value: T;
}

interface Node<T> {
  next: Map<string, Node<T>>;
  patterns: Pattern<T>[];
  /** Every pattern here matches any case: a match takes them all, as one shared array. */
  anyCase: boolean;
  values: T[];
}

export interface Hit<T> {
  /** Token range [from, to). */
  from: number;
  to: number;
  values: T[];
}

function ruleOf(shape: Shape): CaseRule {
  if (shape === 'upper') return 'upper';
  if (shape === 'cap') return 'cap';
  return 'any';
}

function fits(rule: CaseRule, token: Token): boolean {
  if (rule === 'any') return true;
  if (rule === 'cap') return token.shape === 'cap' || token.shape === 'upper';
  return token.shape === 'upper' || (token.text.length === 1 && token.shape === 'cap');
}

function newNode<T>(): Node<T> {
  return { next: new Map(), patterns: [], anyCase: true, values: [] };
}

export class TokenTrie<T> {
  private readonly root: Node<T> = newNode();
  /** The words that start a phrase: most tokens start none, and the filter turns most of those away. */
  private readonly starts = new WordFilter();

  /** Add a phrase; `caseSensitive: false` lets any case match (function words, nouns). */
  add(phrase: string, value: T, caseSensitive = true): void {
    const tokens = tokenize(phrase);
    if (tokens.length === 0) return;
    this.starts.add(tokens[0]!.norm);
    let node = this.root;
    for (const t of tokens) {
      let child = node.next.get(t.norm);
      if (!child) {
        child = newNode();
        node.next.set(t.norm, child);
      }
      node = child;
    }
    const rules = tokens.map((t): CaseRule => (caseSensitive ? ruleOf(t.shape) : 'any'));
    node.patterns.push({ rules, value });
    node.values.push(value);
    if (rules.some((r) => r !== 'any')) node.anyCase = false;
  }

  /** Values of the longest phrase starting at token `from`, or null. */
  longestAt(tokens: Token[], from: number): Hit<T> | null {
    if (!this.starts.mayHaveKey(tokens[from]!.key)) return null;
    let node: Node<T> | undefined = this.root;
    let bestTo = -1;
    let bestValues: T[] | null = null;
    for (let i = from; i < tokens.length; i++) {
      node = node.next.get(tokens[i]!.norm);
      if (!node) break;
      if (node.patterns.length === 0) continue;
      const values = node.anyCase ? node.values : this.fitting(node, tokens, from);
      if (values !== null) {
        bestTo = i + 1;
        bestValues = values;
      }
    }
    return bestValues === null ? null : { from, to: bestTo, values: bestValues };
  }

  /** The values of the node's patterns whose case rules the tokens from `from` meet, or null if none. */
  private fitting(node: Node<T>, tokens: Token[], from: number): T[] | null {
    let values: T[] | null = null;
    for (const p of node.patterns) {
      let ok = true;
      for (let k = 0; k < p.rules.length; k++) {
        if (!fits(p.rules[k]!, tokens[from + k]!)) {
          ok = false;
          break;
        }
      }
      if (ok) (values ??= []).push(p.value);
    }
    return values;
  }

  /**
   * Non-overlapping longest matches, left to right; a match gives way to a longer one that starts inside it and
   * ends past it ("the Organization" to "Organization of American States").
   */
  scan(tokens: Token[]): Hit<T>[] {
    const hits: Hit<T>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const hit = this.longestAt(tokens, i);
      if (hit && !this.longerInside(tokens, hit)) {
        hits.push(hit);
        i = hit.to;
      } else i++;
    }
    return hits;
  }

  /** Whether a longer match starts inside `hit` and ends past it. */
  private longerInside(tokens: Token[], hit: Hit<T>): boolean {
    for (let j = hit.from + 1; j < hit.to; j++) {
      const inner = this.longestAt(tokens, j);
      if (inner && inner.to > hit.to && inner.to - inner.from > hit.to - hit.from) return true;
    }
    return false;
  }
}
