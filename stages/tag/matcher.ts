// A trie over folded tokens: one left-to-right pass per sentence, longest match first.
import { tokenize, type Shape, type Token } from './normalize.ts';

/** How an alias token constrains the text's case: "US" only matches "US", "Turkey" not "turkey". */
type CaseRule = 'any' | 'cap' | 'upper';

export interface Pattern<T> {
  rules: CaseRule[];
  value: T;
}

interface Node<T> {
  next: Map<string, Node<T>>;
  patterns: Pattern<T>[];
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

export class TokenTrie<T> {
  private readonly root: Node<T> = { next: new Map(), patterns: [] };

  /** Add a phrase; `caseSensitive: false` lets any case match (function words, nouns). */
  add(phrase: string, value: T, caseSensitive = true): void {
    const tokens = tokenize(phrase);
    if (tokens.length === 0) return;
    let node = this.root;
    for (const t of tokens) {
      let child = node.next.get(t.norm);
      if (!child) {
        child = { next: new Map(), patterns: [] };
        node.next.set(t.norm, child);
      }
      node = child;
    }
    node.patterns.push({ rules: tokens.map((t) => (caseSensitive ? ruleOf(t.shape) : 'any')), value });
  }

  /** Values of the longest phrase starting at token `from`, or null. */
  longestAt(tokens: Token[], from: number): Hit<T> | null {
    let node: Node<T> | undefined = this.root;
    let best: Hit<T> | null = null;
    for (let i = from; i < tokens.length; i++) {
      node = node.next.get(tokens[i]!.norm);
      if (!node) break;
      if (node.patterns.length === 0) continue;
      const values: T[] = [];
      for (const p of node.patterns) {
        let ok = true;
        for (let k = 0; k < p.rules.length; k++) {
          if (!fits(p.rules[k]!, tokens[from + k]!)) {
            ok = false;
            break;
          }
        }
        if (ok) values.push(p.value);
      }
      if (values.length > 0) best = { from, to: i + 1, values };
    }
    return best;
  }

  /** Non-overlapping longest matches, left to right. */
  scan(tokens: Token[]): Hit<T>[] {
    const hits: Hit<T>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const hit = this.longestAt(tokens, i);
      if (hit) {
        hits.push(hit);
        i = hit.to;
      } else i++;
    }
    return hits;
  }
}
