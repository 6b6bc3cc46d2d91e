// Personal names nobody listed: read after a title, before an apposition, and remembered per document.
import type { ActorRef } from '../schemas.ts';
import type { Gazetteer, Lex } from './gazetteer.ts';
import type { Hit } from './matcher.ts';
import { touches, type Token } from './normalize.ts';

export interface SentenceView {
  tokens: Token[];
  hitAt: (Hit<Lex> | undefined)[];
  covered: Uint8Array;
  g: Gazetteer;
}

/** A person first met with a title ("Kenyan President Daniel Arap Moi"), found again as "Moi". */
export interface LocalName {
  ref: ActorRef;
  /** Folded name tokens before the last one ("daniel", "arap"). */
  given: string[];
  gender?: 'male' | 'female' | undefined;
}

/** Names met so far in one document, by their folded last token. */
export type DocumentNames = Map<string, LocalName>;

const MONTHS = new Set(['jan', 'may', 'june', 'april', 'august']);
const isCap = (t: Token | undefined): boolean => t !== undefined && (t.shape === 'cap' || t.shape === 'upper');

function isPersonHit(v: SentenceView, h: Hit<Lex> | undefined): boolean {
  const a = h?.values.find((x) => x.type === 'actor');
  return a !== undefined && a.type === 'actor' && v.g.actors.get(a.id)?.kind === 'person';
}

function isSingleTitle(h: Hit<Lex> | undefined): boolean {
  return h !== undefined && h.to - h.from === 1 && h.values.every((x) => x.type === 'title' || x.type === 'agent');
}

/**
 * A capitalised name from token p: "Daniel Arap Moi", "Omar Hassan al-Bashir", "George W. Bush",
 * "Tom King". A listed person ends it ("George W." + "Bush").
 */
export function readName(v: SentenceView, p: number): { to: number; words: number; known?: Hit<Lex> } | null {
  const { tokens, hitAt, g } = v;
  if (isPersonHit(v, hitAt[p])) return { to: hitAt[p]!.to, words: 1, known: hitAt[p]! };
  let q = p;
  let words = 0;
  while (q < tokens.length && words < 6) {
    const t = tokens[q]!;
    const h = hitAt[q];
    if (q > p && isPersonHit(v, h) && words <= 2) return { to: h!.to, words: words + 1, known: h! };
    const afterHyphen = q > p && touches(tokens, q) && tokens[q - 1]!.norm === '-';
    if (h && !afterHyphen && !(words > 0 && isSingleTitle(h) && t.shape === 'cap')) break;
    if (v.covered[q]) break;
    // "Jan Egeland", "Theresa May": a month is a name between capitalised words.
    const nameLike = !g.words.nonNames.has(t.norm) || (MONTHS.has(t.norm) && (q > p || isCap(tokens[q + 1])) && tokens[q + 1]?.norm !== '.');
    if (isCap(t) && nameLike) {
      if (t.text.length === 1) {
        if (tokens[q + 1]?.norm === '.' && touches(tokens, q + 1)) q += 2;
        else break;
      } else q++;
      words++;
    } else if (t.shape === 'lower' && g.words.particles.has(t.norm) && q > p) {
      const n = tokens[q + 1];
      if (n && (n.shape === 'cap' || (n.norm === '-' && touches(tokens, q + 1)))) q++;
      else break;
    } else if ((t.norm === '-' || t.norm === "'") && q > p && touches(tokens, q) && touches(tokens, q + 1) && isCap(tokens[q + 1])) {
      q++;
    } else break;
  }
  while (q > p && !isCap(tokens[q - 1]) && tokens[q - 1]!.norm !== '.') q--;
  const real = tokens.slice(p, q).filter((t) => t.text.length >= 2 && isCap(t)).length;
  // One word before another capitalised one is an institution, not a person: "General Land Office", "Head Start".
  const next = tokens[q];
  if (real === 1 && isCap(next) && !g.words.timeWords.has(next!.norm)) return null;
  return real > 0 ? { to: q, words: real } : null;
}

/** A name ending just before token `end` ("Kofi Annan" in "Kofi Annan, UN secretary-general"); two words at least. */
export function readNameBackward(v: SentenceView, end: number): { from: number } | null {
  const { tokens, g } = v;
  let q = end;
  let words = 0;
  while (q > 0 && words < 5) {
    const t = tokens[q - 1]!;
    if (v.covered[q - 1] || v.hitAt[q - 1]) break;
    if (isCap(t) && t.text.length >= 2 && (!g.words.nonNames.has(t.norm) || (MONTHS.has(t.norm) && q < end))) {
      q--;
      words++;
    } else if ((t.norm === '-' || (t.shape === 'lower' && g.words.particles.has(t.norm))) && q - 1 > 0 && isCap(tokens[q - 2])) q--;
    else break;
  }
  return words >= 2 && isCap(tokens[q]) ? { from: q } : null;
}

/** Remember a titled unknown person under the last word of the name. */
export function rememberName(names: DocumentNames | undefined, tokens: Token[], from: number, to: number, ref: ActorRef, gender?: 'male' | 'female'): void {
  if (!names) return;
  const words = tokens.slice(from, to).filter((t) => t.text.length >= 2 && isCap(t));
  const last = words[words.length - 1];
  if (!last) return;
  names.set(last.norm, { ref, given: words.slice(0, -1).map((t) => t.norm), gender });
}
