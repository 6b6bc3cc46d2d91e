// One sentence's mentions from its trie hits: names, titles, demonyms, agents, modifiers, pronoun slots.
import type { ActorKind, ActorRef, Resolution } from '../schemas.ts';
import { datelineEnd } from './dateline.ts';
import type { Actor, Gazetteer, Lex } from './gazetteer.ts';
import type { Hit } from './matcher.ts';
import { readName, readNameBackward, rememberName, type DocumentNames, type SentenceView } from './names.ts';
import { tokenize, touches, type Token } from './normalize.ts';
import type { PronounClass } from './lexicon.ts';
import { actorRef, officeHolder, personRef } from './refs.ts';

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
const FIRST_PLURAL = new Set(['we', 'us', 'our', 'ours', 'ourselves']);
// "pro-Iranian", "anti-American": a prefix that makes an actor a modifier.
const STANCE_PREFIXES = new Set(['pro', 'anti']);
// Titles that tell a person's gender, for "he"/"she" later.
const GENDERED = new Map<string, 'male' | 'female'>([
  ...['queen', 'princess', 'empress', 'spokeswoman', 'chairwoman', 'congresswoman', 'duchess', 'lady', 'dame', 'madam', 'sultana', 'begum'].map((w) => [w, 'female'] as const),
  ...['king', 'prince', 'emperor', 'spokesman', 'chairman', 'congressman', 'emir', 'amir', 'sheikh', 'sultan', 'shah', 'duke', 'lord', 'sir'].map((w) => [w, 'male'] as const),
]);
// Words that end a run of adjectives before an agent noun ("Syrian and other foreign forces").
const STOP = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'and', 'or', 'but', 'that', 'which', 'who', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'said', 'says', 'as', 'its', 'their', 'his', 'her', 'this', 'these', 'those', 'not', 'no', 'be', 'been', 'it', 'unless', 'if', 'when', 'while', 'after', 'before', 'between', 'against', 'during', 'under', 'over', 'into', 'than', 'about', 'since', 'until', 'because', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'do', 'does', 'did', 'also', 'only', 'all', 'there', 'here', 'where', 'then', 'so', 'such', 'we', 'they', 'he', 'she', 'you', 'i']);

function find<T extends Lex['type']>(hit: Hit<Lex> | undefined, type: T): Extract<Lex, { type: T }> | undefined {
  if (!hit) return undefined;
  // A loop, not values.find: this runs several times per hit, and a closure per call adds up.
  for (const v of hit.values) if (v.type === type) return v as Extract<Lex, { type: T }>;
  return undefined;
}

/** `opensDocument`: the document's first sentence, the only place a wire story's dateline stands. */
export function composeSentence(text: string, g: Gazetteer, date: string | null, names?: DocumentNames, opensDocument = false): ComposedSentence {
  const composed = new SentenceComposer(text, g, date, names).run();
  const dateline = opensDocument ? datelineEnd(text) : 0;
  return dateline > 0 ? { ...composed, drafts: composed.drafts.filter((d) => d.start >= dateline) } : composed;
}

/** The state of one sentence's composition; methods live on the prototype, so a sentence allocates no closures. */
class SentenceComposer {
  readonly tokens: Token[];
  readonly hits: Hit<Lex>[];
  readonly hitAt: (Hit<Lex> | undefined)[];
  readonly covered: Uint8Array;
  readonly view: SentenceView;
  readonly drafts: Draft[] = [];
  readonly words: Gazetteer['words'];
  units = 0;
  /** Where the last capital read as a place ends: a list goes on with places ("in Cairo, Copenhagen and Beijing"). */
  venueEnd = -1;

  constructor(
    readonly text: string,
    readonly g: Gazetteer,
    readonly date: string | null,
    readonly names: DocumentNames | undefined,
  ) {
    this.tokens = tokenize(text);
    this.hits = g.trie.scan(this.tokens);
    this.hitAt = new Array(this.tokens.length);
    for (const h of this.hits) this.hitAt[h.from] = h;
    this.covered = new Uint8Array(this.tokens.length);
    this.view = { tokens: this.tokens, hitAt: this.hitAt, covered: this.covered, g };
    this.words = g.words;
  }

  private tok(i: number): Token | undefined {
    return this.tokens[i];
  }

  private push(d: Omit<Draft, 'start' | 'end'>): void {
    // Every draft gets every field, in one order (as the pronoun slots in `run`): one object shape.
    // A spread of the callers' literals, each with its own fields, cost more than the rest of `push`.
    this.drafts.push({
      from: d.from, to: d.to, start: this.tokens[d.from]!.start, end: this.tokens[d.to - 1]!.end, ref: d.ref, kind: d.kind,
      resolution: d.resolution, gender: d.gender, plural: d.plural, person: d.person, unit: d.unit, pronoun: d.pronoun,
      objective: d.objective, descriptor: d.descriptor,
    });
    for (let i = d.from; i < d.to; i++) this.covered[i] = 1;
  }

  /**
   * After a word of address at `i` ("Mr.", "Mrs"), a name no actor file knows: a draft with no actor (so no mention),
   * kept for the pronouns after it. Returns the end of the name, or -1.
   */
  private unlistedPerson(i: number): number {
    const p = this.tok(i + 1)?.norm === '.' ? i + 2 : i + 1;
    const name = p < this.tokens.length && !this.covered[p] ? readName(this.view, p) : null;
    if (!name || name.known) return -1;
    const gender = ADDRESS_GENDER.get(this.tokens[i]!.norm);
    // ('title': a name read after a word of address. With no `ref` the draft never becomes a mention.)
    this.push({ from: i, to: name.to, ref: null, kind: 'person', resolution: 'title', gender, plural: false, person: true, unit: undefined, pronoun: undefined, objective: undefined, descriptor: undefined });
    return name.to;
  }

  private actorOf(h: Hit<Lex> | undefined): { lex: ActorLex; actor: Actor } | undefined {
    const lex = find(h, 'actor');
    const actor = lex && this.g.actors.get(lex.id);
    return lex && actor ? { lex, actor } : undefined;
  }

  /** A state, organisation or group (or its demonym) that can modify a noun. */
  private refOf(h: Hit<Lex> | undefined): Ref | undefined {
    if (!h || find(h, 'block')) return undefined;
    const a = this.actorOf(h);
    if (a) return a.actor.kind === 'person' ? undefined : a;
    const d = find(h, 'demonym');
    const actor = d && this.g.actors.get(d.id);
    return d && actor ? { actor, lex: d } : undefined;
  }

  /**
   * A capital as a place: "talks in Doha", "the conferences in Cairo, Copenhagen and Beijing", "the Paris
   * Agreement", "the Rome Statute".
   */
  private isVenue(h: Hit<Lex>): boolean {
    // The context first, the name only then: most hits are not after "in" nor before a venue noun.
    const before = h.from - 1;
    const word = this.tok(before)?.norm;
    const listed = (word === ',' || word === 'and') && this.venueEnd === before - (this.tok(before - 1)?.norm === ',' ? 1 : 0);
    // Not "at": "alarm at Tokyo's plans" aims at Tokyo.
    const noun = this.venueNounAfter(h.to);
    if (!listed && word !== 'in' && noun < 0) return false;
    // "officials in Seoul": those who act from a capital act for its state, which is no place there.
    if (word === 'in' && OFFICIALS_IN.has(this.tok(before - 1)?.norm ?? '') && !this.covered[before - 1]) return false;
    const name = this.tokens.slice(h.from, h.to).map((t) => t.norm).join(' ');
    if (this.g.capitals.has(name)) return this.markVenue(h);
    // "the Barbados Declaration", "the Mauritius Strategy": a state's name before a capitalised venue noun names a document.
    return noun === h.to && this.tok(noun)!.shape === 'cap' && this.actorOf(h)?.actor.kind === 'state' ? this.markVenue(h) : false;
  }

  /** Where a venue noun stands right after `p` or past one or two lower-case words ("the Oslo pledging conference"), or -1. */
  private venueNounAfter(p: number): number {
    for (let i = p; i < p + 3; i++) {
      const t = this.tok(i);
      if (!t) return -1;
      if (this.words.venueNouns.has(t.norm)) return i;
      if (t.shape !== 'lower' || this.hitAt[i]) return -1;
    }
    return -1;
  }

  private markVenue(h: Hit<Lex>): true {
    this.venueEnd = h.to;
    return true;
  }

  private isNoun(h: Hit<Lex> | undefined): boolean {
    return !!h && !this.actorOf(h) && !find(h, 'demonym') && !!(find(h, 'agent') || find(h, 'title'));
  }

  private skipPossessive(p: number): number {
    if (this.tok(p)?.norm === "'" && touches(this.tokens, p)) return this.tok(p + 1)?.norm === 's' && touches(this.tokens, p + 1) ? p + 2 : p + 1;
    return p;
  }

  /**
   * Qualifiers between a state and its noun ("junior", "interim"); with `loose`, also a demonym's
   * adjectives before an agent noun ("French maritime authorities") and a capitalised office
   * before a title ("Serbian Labour Minister").
   */
  private skipModifiers(p: number, loose = false, offices = loose): number {
    let q = p;
    for (let n = 0; n < 4 && q < this.tokens.length; n++) {
      const t = this.tokens[q]!;
      const qualifier = this.qualifierAt(q);
      if (qualifier > 0) q += qualifier;
      else if (this.isNoun(this.hitAt[q])) break;
      else if (t.norm === '-' && touches(this.tokens, q) && q > p) q++;
      else if (loose && t.shape === 'lower' && !this.hitAt[q] && t.text.length > 2 && !STOP.has(t.norm) && !/(ly|ed)$/.test(t.norm) && n < 2 && this.lookAheadNoun(q + 1, 2, false)) q++;
      else if (offices && t.shape === 'cap' && !this.hitAt[q] && this.lookAheadNoun(q + 1, 3, true)) q++;
      else break;
    }
    return q;
  }

  /** A noun within `reach` this.tokens, over lowercase adjectives (or, for `capitalised`, a run like "Emergency Relief"). */
  private lookAheadNoun(p: number, reach: number, capitalised: boolean): boolean {
    for (let q = p; q < p + reach && q < this.tokens.length; q++) {
      if (this.isNoun(this.hitAt[q])) return capitalised ? !!find(this.hitAt[q], 'title') && this.tokens[q]!.shape === 'cap' : !find(this.hitAt[q], 'title');
      const t = this.tokens[q]!;
      if (this.hitAt[q] || STOP.has(t.norm)) return false;
      if (capitalised ? !(t.shape === 'cap' || t.norm === 'and') : t.shape !== 'lower') return false;
    }
    return false;
  }

  /** Titles in a row ("military chief General"). */
  private readTitles(p: number): Titles | null {
    let q = p;
    let last: TitleLex | undefined;
    let lastHit: Hit<Lex> | undefined;
    for (;;) {
      const h = this.hitAt[q];
      const t = find(h, 'title');
      if (!h || !t || !this.isNoun(h)) break;
      last = t;
      lastHit = h;
      q = h.to;
      if (this.tok(q)?.norm === '.' && touches(this.tokens, q) && h.to - h.from === 1) q++; // "Gen."
      const next = this.skipModifiers(q);
      if (find(this.hitAt[next], 'title')) q = next;
      else break;
    }
    return last && lastHit ? { to: q, last, lastHit } : null;
  }

  private span(from: number, to: number): string {
    return this.text.slice(this.tokens[from]!.start, this.tokens[to - 1]!.end);
  }

  /** Who an unlisted titled person stands for: a state's person, or the organisation itself. */
  private unknownPersonRef(name: string, modifier: Actor | null, role: string): ActorRef {
    if (modifier && modifier.kind !== 'state') return { id: modifier.id, name: modifier.name, country: modifier.country, role: modifier.role ?? role };
    return { id: name, name, country: modifier ? actorRef(modifier).country : null, role };
  }

  /** A titled person: listed ("Foreign Minister Hakan Fidan") or not ("Kenyan President Daniel Arap Moi"). */
  private titledPerson(from: number, modifier: Actor | null, title: Titles): number | null {
    const name = readName(this.view, title.to);
    if (!name) return null;
    if (name.known) {
      const a = this.actorOf(name.known)!;
      const res = personRef(this.g, a.actor, this.date, { text: this.span(title.lastHit.from, title.lastHit.to), generic: title.last.generic });
      this.push({ from, to: name.to, ref: res.ref, kind: 'person', resolution: res.titled ? 'title' : 'alias', gender: a.actor.gender, plural: false, person: true });
      return name.to;
    }
    const capitalised = this.tokens[title.lastHit.from]!.shape !== 'lower';
    if (!modifier && !capitalised && name.words < 2) return null;
    const personName = this.span(title.to, name.to);
    let end = name.to;
    // "King Mohammed VI of Morocco": the state after the name.
    const of = !modifier && this.tok(end)?.norm === 'of' ? this.refOf(this.hitAt[end + 1]) : undefined;
    if (of && of.lex.type === 'actor' && of.actor.kind !== 'person') {
      modifier = of.actor;
      end = this.hitAt[end + 1]!.to;
    }
    const local = !modifier ? this.names?.get(this.tokens[name.to - 1]!.norm) : undefined;
    const ref = local && local.ref.country ? { ...local.ref } : this.unknownPersonRef(personName, modifier, title.last.role);
    const gender = GENDERED.get(this.tokens[title.lastHit.to - 1]!.norm) ?? local?.gender;
    this.push({ from, to: end, ref, kind: 'person', resolution: 'title', gender, plural: false, person: true });
    rememberName(this.names, this.tokens, title.to, name.to, ref, gender);
    return end;
  }

  /** Tokens of the qualifier at p: "senior" 1 (not a noun), "high-ranking" or "military-backed" 3 (as tokenize splits them), else 0. */
  private qualifierAt(p: number): number {
    const t = this.tok(p);
    if (!t || t.shape !== 'lower') return 0;
    const next = this.tok(p + 2);
    if (next && this.tok(p + 1)!.norm === '-' && touches(this.tokens, p + 1) && touches(this.tokens, p + 2) && this.words.qualifiers.has(`${t.norm} - ${next.norm}`)) return 3;
    return !this.hitAt[p] && this.words.qualifiers.has(t.norm) ? 1 : 0;
  }

  private precededByThe(p: number): boolean {
    let q = p - 1;
    for (;;) {
      if (q >= 2 && this.qualifierAt(q - 2) === 3) q -= 3;
      else if (q >= 0 && this.tokens[q]!.shape === 'lower' && this.words.qualifiers.has(this.tokens[q]!.norm)) q--;
      else break;
    }
    return q >= 0 && this.tokens[q]!.norm === 'the';
  }

  /** "Kofi Annan, UN secretary-general": the name before an appositive title. */
  private apposition(refFrom: number, modifier: Actor, role: string): void {
    let q = refFrom;
    if (this.tok(q - 1)?.norm === 'the') q--;
    if (this.tok(q - 1)?.norm !== ',') return;
    const name = readNameBackward(this.view, q - 1);
    if (!name) return;
    const personName = this.span(name.from, q - 1);
    const ref = this.unknownPersonRef(personName, modifier, role);
    this.push({ from: name.from, to: q - 1, ref, kind: 'person', resolution: 'title', plural: false, person: true });
    rememberName(this.names, this.tokens, name.from, q - 1, ref);
  }

  /** Members joined by "and"/"or" (commas only inside such a list): "France, Germany and Britain". */
  private coordinated(h: Hit<Lex>, first: Ref): { hit: Hit<Lex>; ref: Ref }[] {
    const group = [{ hit: h, ref: first }];
    let kept = 1;
    let p = this.skipPossessive(h.to);
    for (;;) {
      let q = p;
      let joined = false;
      if (this.tok(q)?.norm === ',') q++;
      if (this.tok(q)?.norm === 'and' || this.tok(q)?.norm === 'or' || this.tok(q)?.norm === '&') {
        q++;
        joined = true;
      }
      if (q === p) break;
      const next = this.refOf(this.hitAt[q]);
      if (!next) break;
      group.push({ hit: this.hitAt[q]!, ref: next });
      if (joined) kept = group.length;
      p = this.skipPossessive(this.hitAt[q]!.to);
    }
    return group.slice(0, kept);
  }

  private plainMentions(group: { hit: Hit<Lex>; ref: Ref }[]): void {
    const unit = group.length > 1 ? ++this.units : undefined;
    for (const m of group) {
      const lexRole = m.ref.lex.type === 'actor' ? m.ref.lex.role : null;
      // "the Secretary-General … his efforts": an office that names its organisation is a person a pronoun finds,
      // of the gender of whoever holds it on the date.
      const office = group.length === 1 ? PERSON_OFFICE.exec(this.span(m.hit.from, m.hit.to))?.[0] : undefined;
      const holder = office ? officeHolder(this.g, m.ref.actor.id, office, this.date) : undefined;
      this.push({
        from: m.hit.from, to: m.hit.to, ref: actorRef(m.ref.actor, lexRole), kind: m.ref.actor.kind,
        resolution: m.ref.lex.type === 'demonym' ? 'demonym' : 'alias',
        plural: m.ref.actor.kind === 'group' || (m.ref.lex.type === 'demonym' && m.ref.lex.plural) || group.length > 1,
        person: !!office, gender: holder?.gender, unit,
      });
    }
  }

  /** Returns the index of the next hit to look at. */
  private refPhrase(k: number, h: Hit<Lex>, ref: Ref): number {
    // "pro-Iranian", "anti-American"; "U.S.-backed", "NATO-member": hyphenated modifiers.
    const prefixed = this.tok(h.from - 1)?.norm === '-' && touches(this.tokens, h.from) && touches(this.tokens, h.from - 1) && STANCE_PREFIXES.has(this.tok(h.from - 2)?.norm ?? '');
    const after = this.tok(h.to + 1);
    if (prefixed || (this.tok(h.to)?.norm === '-' && touches(this.tokens, h.to) && touches(this.tokens, h.to + 1) && after && this.words.modifierWords.has(after.norm))) {
      const lexRole = ref.lex.type === 'actor' ? ref.lex.role : null;
      this.push({ from: prefixed ? h.from - 2 : h.from, to: prefixed ? h.to : h.to + 2, ref: actorRef(ref.actor, lexRole), kind: ref.actor.kind, resolution: 'modifier', plural: false, person: false });
      return k + 1;
    }
    const group = this.coordinated(h, ref);
    const last = group[group.length - 1]!;
    const afterLast = this.skipPossessive(last.hit.to);
    const q = this.skipModifiers(afterLast, last.ref.lex.type === 'demonym' || afterLast > last.hit.to, true);
    const title = this.readTitles(q);
    if (title) {
      const end = this.titledPerson(last.hit.from, last.ref.actor, title);
      if (end !== null) {
        if (group.length > 1) this.plainMentions(group.slice(0, -1));
        return nextHit(this.hits, end);
      }
    }
    if (this.isNoun(this.hitAt[q])) {
      // Agent nouns in a row: "rebel leaders", "government officials", "Foreign Ministry spokesman".
      let nounHit = this.hitAt[q]!;
      while (this.isNoun(this.hitAt[nounHit.to])) nounHit = this.hitAt[nounHit.to]!;
      const first = this.hitAt[q]!;
      const role = (find(first, 'agent') ?? find(first, 'title'))!.role;
      const head = find(nounHit, 'agent');
      const headTitle = find(nounHit, 'title');
      const singular = head ? head.person : !!headTitle;
      const collective = head?.collective ?? false;
      if (group.length === 1 && singular && ref.lex.type === 'demonym' && this.precededByThe(h.from) && this.tok(h.from - 2)?.norm !== ',') {
        const fallback = orgRole(actorRef(ref.actor), role);
        this.push({ from: h.from, to: nounHit.to, ref: null, kind: 'person', resolution: 'descriptor', plural: false, person: true, descriptor: { country: fallback.country ?? ref.actor.id, fallback } });
      } else {
        const unit = group.length > 1 ? ++this.units : undefined;
        for (const m of group) {
          this.push({ from: m.hit.from, to: m === last ? nounHit.to : m.hit.to, ref: orgRole(actorRef(m.ref.actor), role), kind: 'agent', resolution: 'agent', plural: group.length > 1 || (!singular && !collective), person: group.length === 1 && singular && !collective, unit });
        }
        if (group.length === 1 && singular) this.apposition(h.from, ref.actor, role);
      }
      return nextHit(this.hits, nounHit.to);
    }
    this.plainMentions(group);
    return nextHit(this.hits, last.hit.to);
  }

  /** "Erdoğan's government", "the Assad regime" stand for the person's state. */
  private personPhrase(h: Hit<Lex>, person: { actor: Actor }): void {
    const p = this.skipPossessive(h.to);
    const agent = find(this.hitAt[p], 'agent');
    const res = personRef(this.g, person.actor, this.date);
    if (agent?.collective && res.ref.country) {
      const state = this.g.actors.get(res.ref.country);
      const ref = state ? actorRef(state, agent.role) : { ...res.ref, role: agent.role };
      this.push({ from: h.from, to: this.hitAt[p]!.to, ref, kind: 'agent', resolution: 'agent', plural: false, person: false });
    } else {
      this.push({ from: h.from, to: h.to, ref: res.ref, kind: 'person', resolution: 'alias', gender: person.actor.gender, plural: false, person: true });
    }
  }

  /** "the Republic of Macedonia", "the Kingdom of Swaziland": a state's formal name that no alias lists is the state. */
  private formalName(h: Hit<Lex>): number | null {
    if (this.tok(h.to)?.norm !== 'of') return null;
    const at = this.tok(h.to + 1)?.norm === 'the' && !this.hitAt[h.to + 1] ? h.to + 2 : h.to + 1;
    const state = this.actorOf(this.hitAt[at]);
    if (!state || state.actor.kind !== 'state') return null;
    const name = this.hitAt[at]!;
    this.push({ from: h.from, to: name.to, ref: actorRef(state.actor, null), kind: 'state', resolution: 'alias', plural: false, person: false });
    return nextHit(this.hits, name.to);
  }

  /** "the government of Liberia", "the presidents of Iraq and Egypt", "the Government of the United States". */
  private nounOfPhrase(h: Hit<Lex>, role: string): number | null {
    if (this.tok(h.to)?.norm !== 'of') return null;
    // An article before a state ("of the Republic of San Marino"), not before a body ("President of the General Assembly").
    const article = this.tok(h.to + 1)?.norm === 'the' && !this.hitAt[h.to + 1];
    const at = article ? h.to + 2 : h.to + 1;
    const first = this.refOf(this.hitAt[at]);
    if (!first || first.lex.type !== 'actor' || (article && first.actor.kind !== 'state')) return null;
    const group = this.coordinated(this.hitAt[at]!, first).filter((m) => m.ref.lex.type === 'actor');
    const unit = group.length > 1 ? ++this.units : undefined;
    group.forEach((m, i) => {
      this.push({ from: i === 0 ? h.from : m.hit.from, to: m.hit.to, ref: orgRole(actorRef(m.ref.actor), role), kind: 'agent', resolution: 'agent', plural: group.length > 1, person: false, unit });
    });
    return nextHit(this.hits, group[group.length - 1]!.hit.to);
  }

  /**
   * A body nobody listed, named after a determiner by capitalised words ending in a head noun, with at least one
   * word before the head or an "on|for|of" phrase after it: "the Open Working Group", "its Preparatory
   * Commission", "the Committee on Development Policy" ("the Council" alone is left to the lists). Returns the
   * token after the name, or -1.
   */
  private unlistedBody(from: number): number {
    const det = this.tok(from - 1);
    if (!det || !BODY_DETERMINERS.has(det.norm) || this.covered[from - 1]) return -1;
    let i = from;
    while (i < this.tokens.length && i - from < 5 && this.tok(i)!.shape === 'cap' && !this.covered[i] && !this.hitAt[i]) i++;
    const head = i - 1;
    if (head < from || !BODY_HEADS.has(this.tok(head)!.norm)) return -1;
    let end = i;
    if (BODY_COMPLEMENTS.has(this.tok(i)?.norm ?? '') && this.tok(i)!.shape === 'lower') {
      const first = this.tok(i + 1)?.norm === 'the' ? i + 2 : i + 1;
      // "the Central Bank of Yemen", "the Human Rights Commission of Sri Lanka": a listed actor's own body.
      if (this.covered[first] || this.hitAt[first]) return -1;
      // Capitalised words, joined by "and", "of" or "the" ("the Group for the Study and Review of …").
      let j = first;
      while (j < this.tokens.length && j - first < 8) {
        const t = this.tok(j)!;
        if (t.shape === 'cap' && !this.covered[j] && !this.hitAt[j]) j++;
        else if (BODY_JOINERS.has(t.norm) && this.tok(j + 1)?.shape === 'cap') j++;
        else break;
      }
      while (j > first && this.tok(j - 1)!.shape !== 'cap') j--;
      // A name cut short by a listed one ("the Office of the Special Adviser …"), or a listed actor's own body
      // ("the Board of Governors of the Inter-American Development Bank"), is left alone.
      let k = j;
      while (BODY_JOINERS.has(this.tok(k)?.norm ?? '')) k++;
      if (this.tok(j)?.shape === 'cap' || (k > j && (this.covered[k] || this.hitAt[k]))) return -1;
      if (j > first) end = j;
    }
    if (PLACE_HEADS.has(this.tok(head)!.norm) && end === i) return -1;
    return end > from + 1 ? end : -1;
  }

  run(): ComposedSentence {
    let k = 0;
    while (k < this.hits.length) {
      const h = this.hits[k]!;
      if (this.covered[h.from] || find(h, 'block')) {
        k++;
        continue;
      }
      const person = this.actorOf(h);
      if (person && person.actor.kind === 'person') {
        this.personPhrase(h, person);
        k++;
        continue;
      }
      const place = this.isVenue(h) ? this.actorOf(h) : undefined;
      if (place) {
        this.push({ from: h.from, to: h.to, ref: actorRef(place.actor, null), kind: place.actor.kind, resolution: 'venue', plural: false, person: false });
        k++;
        continue;
      }
      const formal = find(h, 'stateForm') ? this.formalName(h) : null;
      if (formal !== null) {
        k = formal;
        continue;
      }
      const ref = this.refOf(h);
      if (ref) {
        k = this.refPhrase(k, h, ref);
        continue;
      }
      // A title with no state before it: "President Recep Tayyip Erdoğan", "Secretary-General Boutros Boutros-Ghali".
      const title = this.readTitles(h.from);
      const end = title ? this.titledPerson(h.from, null, title) : null;
      if (end !== null) {
        k = nextHit(this.hits, end);
        continue;
      }
      const noun = find(h, 'agent') ?? find(h, 'title');
      const next = noun ? this.nounOfPhrase(h, noun.role) : null;
      k = next ?? k + 1;
    }

    // Names met earlier in the document ("Moi" after "Kenyan President Daniel Arap Moi"), pronoun slots, reporting verbs.
    const speechVerbs: number[] = [];
    for (let i = 0; i < this.tokens.length; i++) {
      if (this.covered[i]) continue;
      const t = this.tokens[i]!;
      const local = this.names && this.names.size > 0 && t.shape === 'cap' && !this.hitAt[i] ? this.names.get(t.norm) : undefined;
      if (local) {
        let from = i;
        for (let j = local.given.length - 1; j >= 0 && from > 0 && !this.covered[from - 1] && this.tokens[from - 1]!.norm === local.given[j]; j--) from--;
        this.push({ from, to: i + 1, ref: local.ref, kind: 'person', resolution: 'alias', gender: local.gender, plural: false, person: true });
        continue;
      }
      const body = t.shape === 'cap' && !this.hitAt[i] ? this.unlistedBody(i) : -1;
      if (body > 0) {
        const text = this.text.slice(t.start, this.tokens[body - 1]!.end);
        this.push({ from: i, to: body, ref: { id: text, name: text, country: null, role: null }, kind: 'organisation', resolution: 'body', plural: false, person: false });
        i = body - 1;
        continue;
      }
      // "Mr. Razali Ismail", whom no actor file lists: no actor, but the person a later "his" stands for.
      const unlisted = ADDRESS_GENDER.has(t.norm) ? this.unlistedPerson(i) : -1;
      if (unlisted > 0) {
        i = unlisted - 1;
        continue;
      }
      if (!this.words.pronounsAndVerbs.mayHaveKey(t.key)) continue;
      const cls = this.words.pronouns.get(t.norm);
      // In capitals a pronoun may be a name ("US", "IT"), but for "I" and "WE". "His Excellency" is a style, no one's.
      const style = HONORIFICS.has(this.tok(i + 1)?.norm ?? '');
      if (cls && !style && (t.shape !== 'upper' || t.text === 'I' || t.text === 'WE')) {
        this.drafts.push({
          from: i, to: i + 1, start: t.start, end: t.end, ref: null, kind: 'person', resolution: cls === 'first' ? 'quote-speaker' : 'pronoun',
          gender: undefined, plural: cls === 'plural' || FIRST_PLURAL.has(t.norm), person: cls !== 'plural', unit: undefined, pronoun: cls,
          objective: OBJECTIVE.has(t.norm), descriptor: undefined,
        });
      } else if ((t.shape === 'lower' || t.norm === 'according') && this.words.speechVerbs.has(t.norm)) speechVerbs.push(i);
    }
    sortByOffsets(this.drafts);
    return { tokens: this.tokens, drafts: this.drafts, speechVerbs };
  }
}

/** Nouns of those who act for a state from its capital: "officials in Seoul", "diplomats in Beijing". */
const OFFICIALS_IN = new Set(['officials', 'diplomats', 'authorities', 'lawmakers', 'legislators', 'policymakers']);

/** Words of address before a name, and the gender they tell (none for "Dr"). */
const ADDRESS_GENDER = new Map<string, 'male' | 'female' | undefined>([
  ['mr', 'male'], ['sir', 'male'], ['mrs', 'female'], ['ms', 'female'], ['madam', 'female'], ['madame', 'female'], ['dr', undefined],
]);

/** An organisation's alias that names the person holding its office: "the Secretary-General". */
const PERSON_OFFICE = /\bSecretary[- ]General$/i;

/** Words of a style of address after "His", "Her", "Your": "His Excellency", "Her Majesty", "His Royal Highness". */
const HONORIFICS = new Set(['excellency', 'excellencies', 'majesty', 'highness', 'holiness', 'royal', 'beatitude', 'eminence']);

/**
 * Heads that also name buildings and sites ("the Kharkiv Shopping Centre", "the Oval Office"): a body only with
 * an "on|for|of" phrase ("the Centre for Human Rights", "the Office of the High Representative").
 */
const PLACE_HEADS = new Set(['centre', 'center', 'office', 'forum', 'facility', 'board']);
/** Head nouns of a body's name: "the Open Working Group", "the Committee on Development Policy". */
const BODY_HEADS = new Set([
  'commission', 'committee', 'council', 'group', 'panel', 'agency', 'fund', 'court', 'tribunal', 'organization',
  'organisation', 'partnership', 'mission', 'authority', 'institute', 'alliance', 'network', 'movement', 'front',
  ...PLACE_HEADS,
]);
/** What stands before a body's name ("the", "its Preparatory Commission"). */
const BODY_DETERMINERS = new Set(['the', 'its', 'their', 'our', 'his', 'her']);
/** Prepositions that open the rest of a body's name after its head ("the Committee on Development Policy"). */
const BODY_COMPLEMENTS = new Set(['on', 'for', 'of']);
/** Small words inside that rest ("the Group for the Study and Review of …"). */
const BODY_JOINERS = new Set(['and', 'of', 'the', 'for', 'on']);

/** Organisations keep their own role ("UN officials" are IGO), states take the noun's. */
function orgRole(ref: ActorRef, role: string): ActorRef {
  return { ...ref, role: ref.role && ref.role !== 'GOV' && ref.country === null ? ref.role : role };
}

function byOffsets(a: Draft, b: Draft): number {
  return a.start - b.start || a.end - b.end;
}

/**
 * Sorts drafts by offsets, stably, as Array.prototype.sort does. A sentence has few drafts, nearly in
 * order (those of the hits, then the pronoun slots): an insertion sort, which allocates nothing,
 * where `sort` copies the array on every call. Long runs go to `sort`, whose time stays n log n.
 */
function sortByOffsets(drafts: Draft[]): void {
  if (drafts.length > 16) {
    drafts.sort(byOffsets);
    return;
  }
  for (let i = 1; i < drafts.length; i++) {
    const d = drafts[i]!;
    let j = i - 1;
    for (; j >= 0 && byOffsets(drafts[j]!, d) > 0; j--) drafts[j + 1] = drafts[j]!;
    drafts[j + 1] = d;
  }
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
