// One sentence's mentions from its trie hits: names, titles, demonyms, agents, modifiers, pronoun slots.
import type { ActorKind, ActorRef, Resolution } from '../schemas.ts';
import type { Actor, Gazetteer, Lex } from './gazetteer.ts';
import type { Hit } from './matcher.ts';
import { readName, readNameBackward, rememberName, type DocumentNames, type SentenceView } from './names.ts';
import { tokenize, type Token } from './normalize.ts';
import { actorRef, personRef } from './refs.ts';

export type PronounClass = 'masculine' | 'feminine' | 'plural' | 'first';

/** A mention in the making: pronouns and descriptors get their `ref` in `resolve`. */
export interface Draft {
  from: number;
  to: number;
  start: number;
  end: number;
  ref: ActorRef | null;
  kind: ActorKind;
  resolution: Resolution;
  gender?: 'male' | 'female' | undefined;
  plural: boolean;
  /** Can be "he"/"she" later: a named person or one official/minister. */
  person: boolean;
  /** Coordinated actors ("Türkiye and Russia") share a unit, so "they" finds them all. */
  unit?: number | undefined;
  pronoun?: PronounClass | undefined;
  /** The pronoun's form: "him" avoids its clause's subject, "his" prefers it. */
  objective?: boolean | undefined;
  /** "the Russian diplomat": the latest person of `country`, else `fallback`. */
  descriptor?: { country: string; fallback: ActorRef } | undefined;
}

export interface ComposedSentence {
  tokens: Token[];
  drafts: Draft[];
  /** Token indices of reporting verbs ("said", "told"). */
  speechVerbs: number[];
}

type ActorLex = Extract<Lex, { type: 'actor' }>;
type DemonymLex = Extract<Lex, { type: 'demonym' }>;
type TitleLex = Extract<Lex, { type: 'title' }>;
type Ref = { actor: Actor; lex: ActorLex | DemonymLex };
type Titles = { to: number; last: TitleLex; lastHit: Hit<Lex> };

const OBJECTIVE = new Set(['him', 'her', 'them']);
// Words that end a run of adjectives before an agent noun ("Syrian and other foreign forces").
const STOP = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'and', 'or', 'but', 'that', 'which', 'who', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'said', 'says', 'as', 'its', 'their', 'his', 'her', 'this', 'these', 'those', 'not', 'no', 'be', 'been', 'it', 'unless', 'if', 'when', 'while', 'after', 'before', 'between', 'against', 'during', 'under', 'over', 'into', 'than', 'about', 'since', 'until', 'because', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'do', 'does', 'did', 'also', 'only', 'all', 'there', 'here', 'where', 'then', 'so', 'such', 'we', 'they', 'he', 'she', 'you', 'i']);

function find<T extends Lex['type']>(hit: Hit<Lex> | undefined, type: T): Extract<Lex, { type: T }> | undefined {
  return hit?.values.find((v) => v.type === type) as Extract<Lex, { type: T }> | undefined;
}

export function composeSentence(text: string, g: Gazetteer, date: string | null, names?: DocumentNames): ComposedSentence {
  const tokens = tokenize(text);
  const hits = g.trie.scan(tokens);
  const hitAt: (Hit<Lex> | undefined)[] = new Array(tokens.length);
  for (const h of hits) hitAt[h.from] = h;
  const covered = new Uint8Array(tokens.length);
  const view: SentenceView = { text, tokens, hitAt, covered, g };
  const drafts: Draft[] = [];
  const { words } = g;
  let units = 0;

  const tok = (i: number): Token | undefined => tokens[i];
  const touches = (i: number): boolean => i > 0 && i < tokens.length && tokens[i]!.start === tokens[i - 1]!.end;
  const push = (d: Omit<Draft, 'start' | 'end'>): void => {
    drafts.push({ ...d, start: tokens[d.from]!.start, end: tokens[d.to - 1]!.end });
    for (let i = d.from; i < d.to; i++) covered[i] = 1;
  };
  const actorOf = (h: Hit<Lex> | undefined): { lex: ActorLex; actor: Actor } | undefined => {
    const lex = find(h, 'actor');
    const actor = lex && g.actors.get(lex.id);
    return lex && actor ? { lex, actor } : undefined;
  };
  /** A state, organisation or group (or its demonym) that can modify a noun. */
  const refOf = (h: Hit<Lex> | undefined): Ref | undefined => {
    if (!h || find(h, 'block')) return undefined;
    const a = actorOf(h);
    if (a) return a.actor.kind === 'person' ? undefined : a;
    const d = find(h, 'demonym');
    const actor = d && g.actors.get(d.id);
    return d && actor ? { actor, lex: d } : undefined;
  };
  const isNoun = (h: Hit<Lex> | undefined): boolean => !!h && !actorOf(h) && !find(h, 'demonym') && !!(find(h, 'agent') || find(h, 'title'));
  const skipPossessive = (p: number): number => {
    if (tok(p)?.norm === "'" && touches(p)) return tok(p + 1)?.norm === 's' && touches(p + 1) ? p + 2 : p + 1;
    return p;
  };
  /**
   * Qualifiers between a state and its noun ("junior", "interim"); with `loose`, also a demonym's
   * adjectives before an agent noun ("French maritime authorities") and a capitalised office
   * before a title ("Serbian Labour Minister").
   */
  const skipModifiers = (p: number, loose = false, offices = loose): number => {
    let q = p;
    for (let n = 0; n < 4 && q < tokens.length; n++) {
      const t = tokens[q]!;
      if (isNoun(hitAt[q])) break;
      if (t.shape === 'lower' && words.qualifiers.has(t.norm) && !hitAt[q]) q++;
      else if (t.norm === '-' && touches(q) && q > p) q++;
      else if (loose && t.shape === 'lower' && !hitAt[q] && t.text.length > 2 && !STOP.has(t.norm) && !/(ly|ed)$/.test(t.norm) && n < 2 && lookAheadNoun(q + 1, 2, false)) q++;
      else if (offices && t.shape === 'cap' && !hitAt[q] && !words.nonNames.has(t.norm) && lookAheadNoun(q + 1, 3, true)) q++;
      else break;
    }
    return q;
  };
  /** A noun within `reach` tokens, over lowercase adjectives (or, for `capitalised`, a run like "Emergency Relief"). */
  const lookAheadNoun = (p: number, reach: number, capitalised: boolean): boolean => {
    for (let q = p; q < p + reach && q < tokens.length; q++) {
      if (isNoun(hitAt[q])) return capitalised ? !!find(hitAt[q], 'title') && tokens[q]!.shape === 'cap' : !find(hitAt[q], 'title');
      const t = tokens[q]!;
      if (hitAt[q] || STOP.has(t.norm)) return false;
      if (capitalised ? !(t.shape === 'cap' || t.norm === 'and') : t.shape !== 'lower') return false;
    }
    return false;
  };
  /** Titles in a row ("military chief General"). */
  const readTitles = (p: number): Titles | null => {
    let q = p;
    let last: TitleLex | undefined;
    let lastHit: Hit<Lex> | undefined;
    for (;;) {
      const h = hitAt[q];
      const t = find(h, 'title');
      if (!h || !t || !isNoun(h)) break;
      last = t;
      lastHit = h;
      q = h.to;
      if (tok(q)?.norm === '.' && touches(q) && h.to - h.from === 1) q++; // "Gen."
      const next = skipModifiers(q);
      if (find(hitAt[next], 'title')) q = next;
      else break;
    }
    return last && lastHit ? { to: q, last, lastHit } : null;
  };
  const span = (from: number, to: number): string => text.slice(tokens[from]!.start, tokens[to - 1]!.end);

  /** Who an unlisted titled person stands for: a state's person, or the organisation itself. */
  const unknownPersonRef = (name: string, modifier: Actor | null, role: string): ActorRef => {
    if (modifier && modifier.kind !== 'state') return { id: modifier.id, name: modifier.name, country: modifier.country, role: modifier.role ?? role };
    return { id: name, name, country: modifier ? actorRef(modifier).country : null, role };
  };

  /** A titled person: listed ("Foreign Minister Hakan Fidan") or not ("Kenyan President Daniel Arap Moi"). */
  const titledPerson = (from: number, modifier: Actor | null, title: Titles): number | null => {
    const name = readName(view, title.to);
    if (!name) return null;
    if (name.known) {
      const a = actorOf(name.known)!;
      const res = personRef(g, a.actor, date, { text: span(title.lastHit.from, title.lastHit.to), generic: title.last.generic });
      push({ from, to: name.to, ref: res.ref, kind: 'person', resolution: res.titled ? 'title' : 'alias', gender: a.actor.gender, plural: false, person: true });
      return name.to;
    }
    const capitalised = tokens[title.lastHit.from]!.shape !== 'lower';
    if (!modifier && !capitalised && name.words < 2) return null;
    const personName = span(title.to, name.to);
    const local = !modifier ? names?.get(tokens[name.to - 1]!.norm) : undefined;
    const ref = local && local.ref.country ? { ...local.ref } : unknownPersonRef(personName, modifier, title.last.role);
    push({ from, to: name.to, ref, kind: 'person', resolution: 'title', plural: false, person: true });
    rememberName(names, tokens, title.to, name.to, ref);
    return name.to;
  };

  const precededByThe = (p: number): boolean => {
    let q = p - 1;
    while (q >= 0 && tokens[q]!.shape === 'lower' && words.qualifiers.has(tokens[q]!.norm)) q--;
    return q >= 0 && tokens[q]!.norm === 'the';
  };

  /** "Kofi Annan, UN secretary-general": the name before an appositive title. */
  const apposition = (refFrom: number, modifier: Actor, role: string): void => {
    let q = refFrom;
    if (tok(q - 1)?.norm === 'the') q--;
    if (tok(q - 1)?.norm !== ',') return;
    const name = readNameBackward(view, q - 1);
    if (!name) return;
    const personName = span(name.from, q - 1);
    const ref = unknownPersonRef(personName, modifier, role);
    push({ from: name.from, to: q - 1, ref, kind: 'person', resolution: 'title', plural: false, person: true });
    rememberName(names, tokens, name.from, q - 1, ref);
  };

  /** Members joined by "and"/"or" (commas only inside such a list): "France, Germany and Britain". */
  const coordinated = (h: Hit<Lex>, first: Ref): { hit: Hit<Lex>; ref: Ref }[] => {
    const group = [{ hit: h, ref: first }];
    let kept = 1;
    let p = skipPossessive(h.to);
    for (;;) {
      let q = p;
      let joined = false;
      if (tok(q)?.norm === ',') q++;
      if (tok(q)?.norm === 'and' || tok(q)?.norm === 'or' || tok(q)?.norm === '&') {
        q++;
        joined = true;
      }
      if (q === p) break;
      const next = refOf(hitAt[q]);
      if (!next) break;
      group.push({ hit: hitAt[q]!, ref: next });
      if (joined) kept = group.length;
      p = skipPossessive(hitAt[q]!.to);
    }
    return group.slice(0, kept);
  };

  const plainMentions = (group: { hit: Hit<Lex>; ref: Ref }[]): void => {
    const unit = group.length > 1 ? ++units : undefined;
    for (const m of group) {
      const lexRole = m.ref.lex.type === 'actor' ? m.ref.lex.role : null;
      push({
        from: m.hit.from, to: m.hit.to, ref: actorRef(m.ref.actor, lexRole), kind: m.ref.actor.kind,
        resolution: m.ref.lex.type === 'demonym' ? 'demonym' : 'alias',
        plural: m.ref.actor.kind === 'group' || (m.ref.lex.type === 'demonym' && m.ref.lex.plural) || group.length > 1,
        person: false, unit,
      });
    }
  };

  /** Returns the index of the next hit to look at. */
  const refPhrase = (k: number, h: Hit<Lex>, ref: Ref): number => {
    // "pro-Iranian", "anti-American"; "U.S.-backed", "NATO-member": hyphenated modifiers.
    const prefixed = tok(h.from - 1)?.norm === '-' && touches(h.from) && touches(h.from - 1) && ['pro', 'anti'].includes(tok(h.from - 2)?.norm ?? '');
    const after = tok(h.to + 1);
    if (prefixed || (tok(h.to)?.norm === '-' && touches(h.to) && touches(h.to + 1) && after && words.modifierWords.has(after.norm))) {
      const lexRole = ref.lex.type === 'actor' ? ref.lex.role : null;
      push({ from: prefixed ? h.from - 2 : h.from, to: prefixed ? h.to : h.to + 2, ref: actorRef(ref.actor, lexRole), kind: ref.actor.kind, resolution: 'modifier', plural: false, person: false });
      return k + 1;
    }
    const group = coordinated(h, ref);
    const last = group[group.length - 1]!;
    const afterLast = skipPossessive(last.hit.to);
    const q = skipModifiers(afterLast, last.ref.lex.type === 'demonym' || afterLast > last.hit.to, true);
    const title = readTitles(q);
    if (title) {
      const end = titledPerson(last.hit.from, last.ref.actor, title);
      if (end !== null) {
        if (group.length > 1) plainMentions(group.slice(0, -1));
        return nextHit(hits, end);
      }
    }
    if (isNoun(hitAt[q])) {
      // Agent nouns in a row: "rebel leaders", "government officials", "Foreign Ministry spokesman".
      let nounHit = hitAt[q]!;
      while (isNoun(hitAt[nounHit.to])) nounHit = hitAt[nounHit.to]!;
      const first = hitAt[q]!;
      const role = (find(first, 'agent') ?? find(first, 'title'))!.role;
      const head = find(nounHit, 'agent');
      const headTitle = find(nounHit, 'title');
      const singular = head ? head.person : !!headTitle;
      const collective = head?.collective ?? false;
      if (group.length === 1 && singular && ref.lex.type === 'demonym' && precededByThe(h.from) && tok(h.from - 2)?.norm !== ',') {
        const fallback = orgRole(actorRef(ref.actor), role);
        push({ from: h.from, to: nounHit.to, ref: null, kind: 'person', resolution: 'descriptor', plural: false, person: true, descriptor: { country: fallback.country ?? ref.actor.id, fallback } });
      } else {
        const unit = group.length > 1 ? ++units : undefined;
        for (const m of group) {
          push({ from: m.hit.from, to: m === last ? nounHit.to : m.hit.to, ref: orgRole(actorRef(m.ref.actor), role), kind: 'agent', resolution: 'agent', plural: group.length > 1 || (!singular && !collective), person: group.length === 1 && singular && !collective, unit });
        }
        if (group.length === 1 && singular) apposition(h.from, ref.actor, role);
      }
      return nextHit(hits, nounHit.to);
    }
    plainMentions(group);
    return nextHit(hits, last.hit.to);
  };

  /** "Erdoğan's government", "the Assad regime" stand for the person's state. */
  const personPhrase = (h: Hit<Lex>, person: { actor: Actor }): void => {
    const p = skipPossessive(h.to);
    const agent = find(hitAt[p], 'agent');
    const res = personRef(g, person.actor, date);
    if (agent?.collective && res.ref.country) {
      const state = g.actors.get(res.ref.country);
      const ref = state ? actorRef(state, agent.role) : { ...res.ref, role: agent.role };
      push({ from: h.from, to: hitAt[p]!.to, ref, kind: 'agent', resolution: 'agent', plural: false, person: false });
    } else {
      push({ from: h.from, to: h.to, ref: res.ref, kind: 'person', resolution: 'alias', gender: person.actor.gender, plural: false, person: true });
    }
  };

  /** "the government of Liberia", "the presidents of Iraq and Egypt". */
  const nounOfPhrase = (h: Hit<Lex>, role: string): number | null => {
    if (tok(h.to)?.norm !== 'of') return null;
    const first = refOf(hitAt[h.to + 1]);
    if (!first || first.lex.type !== 'actor') return null;
    const group = coordinated(hitAt[h.to + 1]!, first).filter((m) => m.ref.lex.type === 'actor');
    const unit = group.length > 1 ? ++units : undefined;
    group.forEach((m, i) => {
      push({ from: i === 0 ? h.from : m.hit.from, to: m.hit.to, ref: orgRole(actorRef(m.ref.actor), role), kind: 'agent', resolution: 'agent', plural: group.length > 1, person: false, unit });
    });
    return nextHit(hits, group[group.length - 1]!.hit.to);
  };

  let k = 0;
  while (k < hits.length) {
    const h = hits[k]!;
    if (covered[h.from] || find(h, 'block')) {
      k++;
      continue;
    }
    const person = actorOf(h);
    if (person && person.actor.kind === 'person') {
      personPhrase(h, person);
      k++;
      continue;
    }
    const ref = refOf(h);
    if (ref) {
      k = refPhrase(k, h, ref);
      continue;
    }
    // A title with no state before it: "President Recep Tayyip Erdoğan", "Secretary-General Boutros Boutros-Ghali".
    const title = readTitles(h.from);
    const end = title ? titledPerson(h.from, null, title) : null;
    if (end !== null) {
      k = nextHit(hits, end);
      continue;
    }
    const noun = find(h, 'agent') ?? find(h, 'title');
    const next = noun ? nounOfPhrase(h, noun.role) : null;
    k = next ?? k + 1;
  }

  // Names met earlier in the document ("Moi" after "Kenyan President Daniel Arap Moi"), pronoun slots, reporting verbs.
  const speechVerbs: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const t = tokens[i]!;
    const local = names && t.shape === 'cap' && !hitAt[i] ? names.get(t.norm) : undefined;
    if (local) {
      let from = i;
      for (let j = local.given.length - 1; j >= 0 && from > 0 && !covered[from - 1] && tokens[from - 1]!.norm === local.given[j]; j--) from--;
      push({ from, to: i + 1, ref: local.ref, kind: 'person', resolution: 'alias', gender: local.gender, plural: false, person: true });
      continue;
    }
    const cls = words.pronouns.get(t.norm);
    if (cls && (t.shape !== 'upper' || t.text === 'I')) {
      drafts.push({
        from: i, to: i + 1, start: t.start, end: t.end, ref: null, kind: 'person', resolution: cls === 'first' ? 'quote-speaker' : 'pronoun',
        plural: cls === 'plural' || ['we', 'us', 'our', 'ours', 'ourselves'].includes(t.norm), person: cls !== 'plural', pronoun: cls, objective: OBJECTIVE.has(t.norm),
      });
    } else if ((t.shape === 'lower' || t.norm === 'according') && words.speechVerbs.has(t.norm)) speechVerbs.push(i);
  }
  drafts.sort((a, b) => a.start - b.start || a.end - b.end);
  return { tokens, drafts, speechVerbs };
}

/** Organisations keep their own role ("UN officials" are IGO), states take the noun's. */
function orgRole(ref: ActorRef, role: string): ActorRef {
  return { ...ref, role: ref.role && ref.role !== 'GOV' && ref.country === null ? ref.role : role };
}

function nextHit(hits: Hit<Lex>[], token: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid]!.from < token) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
