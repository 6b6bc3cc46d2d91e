// One sentence's mentions from its trie hits: names, titles, demonyms, agents, modifiers, pronoun slots.
import type { ActorKind, ActorRef, Resolution } from '../schemas.ts';
import type { Actor, Gazetteer, Lex } from './gazetteer.ts';
import type { Hit } from './matcher.ts';
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
type AgentLex = Extract<Lex, { type: 'agent' }>;

function find<T extends Lex['type']>(hit: Hit<Lex> | undefined, type: T): Extract<Lex, { type: T }> | undefined {
  return hit?.values.find((v) => v.type === type) as Extract<Lex, { type: T }> | undefined;
}

export function composeSentence(text: string, g: Gazetteer, date: string | null): ComposedSentence {
  const tokens = tokenize(text);
  const hits = g.trie.scan(tokens);
  const hitAt: (Hit<Lex> | undefined)[] = new Array(tokens.length);
  for (const h of hits) hitAt[h.from] = h;
  const drafts: Draft[] = [];
  const covered = new Uint8Array(tokens.length);
  const { words } = g;
  let unitCounter = 0;

  const tok = (i: number): Token | undefined => tokens[i];
  const adjacent = (i: number): boolean => i > 0 && i < tokens.length && tokens[i]!.start === tokens[i - 1]!.end;
  const push = (d: Omit<Draft, 'start' | 'end'>): void => {
    drafts.push({ ...d, start: tokens[d.from]!.start, end: tokens[d.to - 1]!.end });
    for (let i = d.from; i < d.to; i++) covered[i] = 1;
  };
  const actorOf = (h: Hit<Lex> | undefined): { lex: ActorLex; actor: Actor } | undefined => {
    const lex = find(h, 'actor');
    const actor = lex && g.actors.get(lex.id);
    return lex && actor ? { lex, actor } : undefined;
  };
  const isPersonHit = (h: Hit<Lex> | undefined): boolean => actorOf(h)?.actor.kind === 'person';
  /** A state, organisation or group (or its demonym) that can modify a noun. */
  const refOf = (h: Hit<Lex> | undefined): { actor: Actor; lex: ActorLex | DemonymLex } | undefined => {
    if (!h || find(h, 'block')) return undefined;
    const a = actorOf(h);
    if (a) return a.actor.kind === 'person' ? undefined : a;
    const d = find(h, 'demonym');
    const actor = d && g.actors.get(d.id);
    return d && actor ? { actor, lex: d } : undefined;
  };
  const skipPossessive = (p: number): number => {
    if (tok(p)?.norm === "'" && adjacent(p)) {
      if (tok(p + 1)?.norm === 's' && adjacent(p + 1)) return p + 2;
      return p + 1;
    }
    return p;
  };
  const skipQualifiers = (p: number): number => {
    let q = p;
    for (let n = 0; n < 3 && q < tokens.length; n++) {
      const t = tokens[q]!;
      if (hitAt[q] && !words.qualifiers.has(t.norm)) break;
      if (t.shape === 'lower' && words.qualifiers.has(t.norm)) q++;
      else if (t.norm === '-' && adjacent(q) && q > p) q++;
      else break;
    }
    return q;
  };

  /** An unknown personal name: "Daniel Arap Moi", "Omar Hassan al-Bashir", "George W." */
  const readName = (p: number): { to: number; known?: Hit<Lex> } | null => {
    if (isPersonHit(hitAt[p])) return { to: hitAt[p]!.to, known: hitAt[p] };
    let q = p;
    let words_ = 0;
    while (q < tokens.length && words_ < 6) {
      const t = tokens[q]!;
      if (q > p && isPersonHit(hitAt[q]) && words_ <= 2) return { to: hitAt[q]!.to, known: hitAt[q] };
      if (hitAt[q] && !(q > p && adjacent(q) && tokens[q - 1]!.norm === '-')) break;
      if ((t.shape === 'cap' || t.shape === 'upper') && !words.nonNames.has(t.norm)) {
        if (t.text.length === 1) {
          if (tok(q + 1)?.norm === '.' && adjacent(q + 1)) q += 2;
          else break;
        } else q++;
        words_++;
      } else if (t.shape === 'lower' && words.particles.has(t.norm) && q > p) {
        const n = tok(q + 1);
        if (n && (n.shape === 'cap' || (n.norm === '-' && adjacent(q + 1)))) q++;
        else break;
      } else if ((t.norm === '-' || t.norm === "'") && q > p && adjacent(q) && tok(q + 1) && adjacent(q + 1) && tok(q + 1)!.shape !== 'other') {
        q++;
      } else break;
    }
    while (q > p && !(tokens[q - 1]!.shape === 'cap' || tokens[q - 1]!.shape === 'upper' || tokens[q - 1]!.norm === '.')) q--;
    const hasWord = tokens.slice(p, q).some((t) => t.text.length >= 2 && (t.shape === 'cap' || t.shape === 'upper'));
    return hasWord ? { to: q } : null;
  };

  /** Titles in a row ("military chief General"), from p; returns the last title and where it ends. */
  const readTitles = (p: number): { to: number; last: TitleLex; lastHit: Hit<Lex> } | null => {
    let q = p;
    let last: TitleLex | undefined;
    let lastHit: Hit<Lex> | undefined;
    for (;;) {
      const h = hitAt[q];
      const t = find(h, 'title');
      if (!h || !t || actorOf(h) || find(h, 'demonym')) break;
      last = t;
      lastHit = h;
      q = h.to;
      if (tok(q)?.norm === '.' && adjacent(q) && h.to - h.from === 1) q++; // "Gen."
      const next = skipQualifiers(q);
      if (find(hitAt[next], 'title')) q = next;
    }
    return last && lastHit ? { to: q, last, lastHit } : null;
  };

  const titleText = (h: Hit<Lex>): string => text.slice(tokens[h.from]!.start, tokens[h.to - 1]!.end);
  const isCapitalised = (h: Hit<Lex>): boolean => tokens[h.to - 1]!.shape === 'cap' || tokens[h.to - 1]!.shape === 'upper' || tokens[h.from]!.shape === 'cap';

  /** A titled person: known ("Foreign Minister Hakan Fidan") or not ("Kenyan President Daniel Arap Moi"). */
  const titledPerson = (from: number, modifier: Actor | null, title: { to: number; last: TitleLex; lastHit: Hit<Lex> }): number | null => {
    const name = readName(title.to);
    if (!name) return null;
    if (name.known) {
      const a = actorOf(name.known)!;
      const res = personRef(g, a.actor, date, { text: titleText(title.lastHit), generic: title.last.generic });
      push({ from, to: name.to, ref: res.ref, kind: 'person', resolution: res.titled ? 'title' : 'alias', gender: a.actor.gender, plural: false, person: true });
      return name.to;
    }
    if (!modifier && !isCapitalised(title.lastHit)) return null;
    const personName = text.slice(tokens[title.to]!.start, tokens[name.to - 1]!.end);
    const ref: ActorRef =
      modifier && modifier.kind !== 'state'
        ? { id: modifier.id, name: modifier.name, country: modifier.country, role: modifier.role ?? title.last.role }
        : { id: personName, name: personName, country: modifier ? actorRef(modifier).country : null, role: title.last.role };
    push({ from, to: name.to, ref, kind: 'person', resolution: 'title', plural: false, person: true });
    return name.to;
  };

  const precededByThe = (p: number): boolean => {
    let q = p - 1;
    while (q >= 0 && tokens[q]!.shape === 'lower' && words.qualifiers.has(tokens[q]!.norm)) q--;
    return q >= 0 && tokens[q]!.norm === 'the';
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
      // "Erdoğan's government", "the Assad regime" stand for the person's state.
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
      k++;
      continue;
    }
    const ref = refOf(h);
    if (ref) {
      // "pro-Iranian", "anti-American": a modifier with its prefix.
      const prev = tok(h.from - 1);
      const prefix = tok(h.from - 2);
      const prefixed = prev?.norm === '-' && adjacent(h.from) && adjacent(h.from - 1) && (prefix?.norm === 'pro' || prefix?.norm === 'anti');
      // "U.S.-backed", "NATO-member": a hyphenated modifier.
      const after = tok(h.to + 1);
      if (prefixed || (tok(h.to)?.norm === '-' && adjacent(h.to) && adjacent(h.to + 1) && after && words.modifierWords.has(after.norm))) {
        const from = prefixed ? h.from - 2 : h.from;
        const to = prefixed ? h.to : h.to + 2;
        push({ from, to, ref: actorRef(ref.actor, ref.lex.type === 'actor' ? ref.lex.role : null), kind: ref.actor.kind, resolution: 'modifier', plural: false, person: false });
        k++;
        continue;
      }
      // Coordinated modifiers: "Russian and U.S. officials".
      const group: { hit: Hit<Lex>; ref: NonNullable<ReturnType<typeof refOf>> }[] = [{ hit: h, ref }];
      let p = skipPossessive(h.to);
      for (;;) {
        let q = p;
        if (tok(q)?.norm === ',') q++;
        if (tok(q)?.norm === 'and' || tok(q)?.norm === 'or' || tok(q)?.norm === '&') q++;
        if (q === p) break;
        const next = refOf(hitAt[q]);
        if (!next) break;
        group.push({ hit: hitAt[q]!, ref: next });
        p = skipPossessive(hitAt[q]!.to);
      }
      const q = skipQualifiers(p);
      const title = readTitles(q);
      if (title && group.length === 1) {
        const end = titledPerson(h.from, ref.actor, title);
        if (end !== null) {
          k = nextHit(hits, end);
          continue;
        }
      }
      const nounHit = hitAt[q];
      const agent = find(nounHit, 'agent');
      const nounTitle = find(nounHit, 'title');
      if (nounHit && (agent || nounTitle) && !actorOf(nounHit)) {
        const role = agent?.role ?? nounTitle!.role;
        const single = agent ? agent.person || agent.collective : true;
        const last = group[group.length - 1]!;
        if (group.length === 1 && single && (agent?.person || nounTitle) && precededByThe(h.from)) {
          const fallback = orgRole(actorRef(ref.actor), role);
          push({ from: h.from, to: nounHit.to, ref: null, kind: 'person', resolution: 'descriptor', plural: false, person: true, descriptor: { country: fallback.country ?? ref.actor.id, fallback } });
        } else {
          const unit = group.length > 1 ? ++unitCounter : undefined;
          for (const m of group) {
            const to = m === last ? nounHit.to : m.hit.to;
            push({ from: m.hit.from, to, ref: orgRole(actorRef(m.ref.actor), role), kind: 'agent', resolution: 'agent', plural: !single || group.length > 1, person: group.length === 1 && single && !agent?.collective, unit });
          }
        }
        k = nextHit(hits, nounHit.to);
        continue;
      }
      // Plain names and demonyms; "Türkiye and Russia" form one unit.
      const unit = group.length > 1 ? ++unitCounter : undefined;
      for (const m of group) {
        const isDemonym = m.ref.lex.type === 'demonym';
        const lexRole = m.ref.lex.type === 'actor' ? m.ref.lex.role : null;
        push({
          from: m.hit.from, to: m.hit.to, ref: actorRef(m.ref.actor, lexRole), kind: m.ref.actor.kind,
          resolution: isDemonym ? 'demonym' : 'alias',
          plural: m.ref.actor.kind === 'group' || (m.ref.lex.type === 'demonym' && m.ref.lex.plural) || group.length > 1,
          person: false, unit,
        });
      }
      k = nextHit(hits, group[group.length - 1]!.hit.to);
      continue;
    }
    // A title with no state before it: "President Recep Tayyip Erdoğan", "Secretary-General Boutros Boutros-Ghali".
    const title = readTitles(h.from);
    if (title) {
      const end = titledPerson(h.from, null, title);
      if (end !== null) {
        k = nextHit(hits, end);
        continue;
      }
    }
    // "the government of Liberia", "the presidents of Iraq and Egypt".
    const agent = find(h, 'agent') ?? find(h, 'title');
    if (agent && tok(h.to)?.norm === 'of') {
      const group: Actor[] = [];
      let q = h.to + 1;
      let last = q;
      for (;;) {
        const r = refOf(hitAt[q]);
        if (!r || r.lex.type !== 'actor') break;
        group.push(r.actor);
        last = hitAt[q]!.to;
        q = last;
        if (tok(q)?.norm === ',') q++;
        if (tok(q)?.norm === 'and') q++;
        if (q === last) break;
      }
      if (group.length > 0) {
        const unit = group.length > 1 ? ++unitCounter : undefined;
        let from = h.from;
        let p = h.to + 1;
        for (const a of group) {
          const hh = hitAt[p]!;
          push({ from, to: hh.to, ref: orgRole(actorRef(a), agent.role), kind: 'agent', resolution: 'agent', plural: group.length > 1, person: false, unit });
          p = hh.to;
          if (tok(p)?.norm === ',') p++;
          if (tok(p)?.norm === 'and') p++;
          from = p;
        }
        k = nextHit(hits, last);
        continue;
      }
    }
    k++;
  }

  // Pronoun slots and reporting verbs, over the tokens no mention covers.
  const speechVerbs: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const t = tokens[i]!;
    const cls = words.pronouns.get(t.norm);
    if (cls && (t.shape !== 'upper' || t.text === 'I') && !(t.text === 'US')) {
      drafts.push({ from: i, to: i + 1, start: t.start, end: t.end, ref: null, kind: 'person', resolution: cls === 'first' ? 'quote-speaker' : 'pronoun', plural: cls === 'plural' || t.norm === 'we' || t.norm === 'us' || t.norm === 'our', person: cls !== 'plural', pronoun: cls });
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
  let k = 0;
  while (k < hits.length && hits[k]!.from < token) k++;
  return k;
}
