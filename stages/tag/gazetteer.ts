// Builds the gazetteer once: actor entries (world-countries + curated JSON + user overrides) and one token trie.
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import type { z } from 'zod';
import { TokenTrie } from './matcher.ts';
import { WordFilter } from './wordfilter.ts';
import { fold, foldPhrase, titleKey } from './normalize.ts';
import { ActorFileSchema, actorFileEntries, type ActorEntry, type ActorEntryParsed, ActorEntrySchema, type ActorRole } from './schema.ts';
import statesFile from './data/states.json' with { type: 'json' };
import organisationsFile from './data/organisations.json' with { type: 'json' };
import groupsFile from './data/groups.json' with { type: 'json' };
import peopleFile from './data/people.json' with { type: 'json' };
import lexiconFile from './data/lexicon.json' with { type: 'json' };
import { PronounClassSchema, TagLexiconSchema, type PronounClass } from './lexicon.ts';

// world-countries ships CommonJS whose typings declare an ES default; require reads it as it is.
const countries = createRequire(import.meta.url)('world-countries') as Country[];

/** An office with its titles folded once, at build time, for matching the title in the text. */
export interface Office extends ActorRole {
  titleKeys: Set<string>;
}

export interface Actor extends ActorEntryParsed {
  name: string;
  unMember: boolean;
  roles: Office[];
}

function offices(roles: ActorRole[]): Office[] {
  return roles.map((r) => ({ ...r, titleKeys: new Set(r.titles.map(titleKey)) }));
}

/** What a phrase of the trie stands for. */
export type Lex =
  | { type: 'actor'; id: string; role: string | null }
  | { type: 'demonym'; id: string; plural: boolean }
  | { type: 'title'; role: string; generic: boolean }
  | { type: 'agent'; role: string; person: boolean; collective: boolean; plural: boolean }
  | { type: 'stateForm' }
  | { type: 'block' };

export interface Words {
  speechVerbs: Set<string>;
  qualifiers: Set<string>;
  modifierWords: Set<string>;
  particles: Set<string>;
  nonNames: Set<string>;
  /** Days, months, "today": capitalised, yet no part of a name. */
  timeWords: Set<string>;
  pronouns: Map<string, PronounClass>;
  /** The pronouns and reporting verbs: spares most tokens both lookups. */
  pronounsAndVerbs: WordFilter;
  /** Folded, after a capital: it names an event or a document ("the Paris Agreement"), not its state. */
  venueNouns: Set<string>;
}

export interface Gazetteer {
  actors: Map<string, Actor>;
  trie: TokenTrie<Lex>;
  words: Words;
  /** Folded id or name → id, for `lookupActor`. */
  byName: Map<string, string>;
  /** Folded names of capital cities: in "talks in Doha" or "the Doha Agenda" a place, not its state. */
  capitals: Set<string>;
}

// Three-letter codes that are also English words or acronyms ("MDG": a Millennium Development Goal): matched only as
// words, never as codes.
const CODE_WORDS = new Set(['AND', 'MDG', 'ARE', 'CAN', 'TON', 'GIN', 'MAR', 'CUB', 'FIN', 'COM', 'DOM', 'PAN', 'PER', 'MAC', 'BEN', 'GUM', 'VAT', 'BEL', 'NOR', 'ALA', 'ASM', 'ATA', 'ITA', 'LIE', 'MLI', 'SUR', 'TUN', 'UMI', 'ABW', 'AIA', 'ESH', 'SOM', 'GAB', 'COL', 'CHE', 'ARM', 'BRA', 'CHA', 'TOGO', 'MUS', 'NAM', 'MAF', 'SPM', 'BES', 'SGS', 'HMD', 'ATF', 'IOT', 'BVT', 'CCK', 'CXR', 'NFK', 'PCN', 'SJM', 'TKL', 'WLF', 'SHN', 'FLK', 'MYT', 'REU', 'GLP', 'MTQ', 'GUF', 'BLM', 'ISL', 'GUY', 'LAO', 'NIU', 'PRI', 'REP', 'SEN', 'TGO', 'UGA', 'VIR', 'FRO', 'GEO', 'MDA', 'PLW']);
// Generic titles fit any office ("his Russian counterpart Sergei Lavrov").
const GENERIC_TITLES = new Set(['leader', 'counterpart', 'diplomat', 'top diplomat', 'chief diplomat', 'head', 'chief', 'deputy', 'official', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chair', 'negotiator', 'chief negotiator', 'adviser', 'advisor', 'head of state']);
// world-countries spellings that are everyday words or names elsewhere ("Island" is Iceland's, "Mann" Man's).
const ALT_STOP = new Set(['Island', 'Mann', 'Mannin', 'Congo', 'Guiana', 'Timor', 'Mexicanos', 'Portuguesa', 'Prathet']);
const LATIN_RE = /^[\p{Script=Latin}\p{N}\s\p{P}]+$/u;

function worldCountryEntries(): Actor[] {
  return countries.map((c) => {
    // Capitals of dependent territories are mostly towns named elsewhere too (Douglas, Hamilton).
    const aliases: string[] = [c.name.common, c.name.official, ...(c.independent || c.unMember ? c.capital : [])];
    // "The Commonwealth of Dominica" is Dominica, though "the Commonwealth" alone is an organisation: with its
    // article, an official name "X of Y" starts where the shorter alias does, and the longer match wins.
    if (/^\p{Lu}\p{L}* of /u.test(c.name.official)) aliases.push(`the ${c.name.official}`);
    for (const alt of c.altSpellings) if (alt.length >= 3 && LATIN_RE.test(alt) && !CODE_WORDS.has(alt) && !ALT_STOP.has(alt)) aliases.push(alt);
    if (!CODE_WORDS.has(c.cca3)) aliases.push(c.cca3);
    const dem = c.demonyms?.eng;
    const demonyms = dem ? [...new Set([dem.m, dem.f].filter((d) => d && d.length > 0))] : [];
    return {
      id: c.cca3, name: c.name.common, kind: 'state', country: c.cca3, role: null,
      aliases, demonyms, plurals: [], roles: [], unMember: c.unMember,
    } satisfies Actor;
  });
}

/** Plural nouns for a people: "Russian" → "Russians"; "Turkish" has none (curated "Turks"). */
function pluralOf(demonym: string): string | null {
  if (/(an|i|ean)$/.test(demonym) && !demonym.includes(' ')) return `${demonym}s`;
  return null;
}

/** Shipped data, validated by its schema: a bad edit fails at build time with its paths. */
function parseShipped<S extends z.ZodType>(schema: S, file: unknown, source: string): z.output<S> {
  const parsed = schema.safeParse(file);
  if (!parsed.success) throw new Error(`${source}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

function loadShipped(file: unknown, source: string): ActorEntryParsed[] {
  return actorFileEntries(parseShipped(ActorFileSchema, file, source));
}

interface Candidate {
  phrase: string;
  lex: Lex;
  priority: number;
  caseSensitive: boolean;
}

export function buildGazetteer(extra: ActorEntry[] = []): Gazetteer {
  const actors = new Map<string, Actor>();
  const priority = new Map<string, number>();
  for (const a of worldCountryEntries()) {
    actors.set(a.id, a);
    priority.set(a.id, 1);
  }
  const curated = [
    ...loadShipped(statesFile, 'states.json'),
    ...loadShipped(organisationsFile, 'organisations.json'),
    ...loadShipped(groupsFile, 'groups.json'),
    ...loadShipped(peopleFile, 'people.json'),
  ];
  for (const e of curated) {
    const base = actors.get(e.id);
    if (base) {
      // Curated data extends a world-countries state.
      actors.set(e.id, {
        ...base, ...e, name: e.name ?? base.name, unMember: base.unMember,
        aliases: [...base.aliases, ...e.aliases], demonyms: [...base.demonyms, ...e.demonyms], plurals: [...base.plurals, ...e.plurals], roles: offices(e.roles),
      });
    } else actors.set(e.id, { ...e, name: e.name ?? e.id, unMember: false, roles: offices(e.roles) });
    priority.set(e.id, 2);
  }
  for (const raw of extra) {
    const e = ActorEntrySchema.parse(raw);
    const base = actors.get(e.id);
    actors.set(e.id, { ...e, name: e.name ?? e.id, unMember: base?.unMember ?? false, roles: offices(e.roles) });
    priority.set(e.id, 3);
  }

  const candidates = new Map<string, Candidate[]>();
  const add = (phrase: string, lex: Lex, prio: number, caseSensitive = true): void => {
    const key = `${lex.type === 'demonym' ? 'd' : lex.type === 'actor' ? 'a' : 'w'}|${foldPhrase(phrase)}|${caseSensitive ? phrase.replace(/\s+/g, ' ') : ''}`;
    const list = candidates.get(key) ?? [];
    list.push({ phrase, lex, priority: prio, caseSensitive });
    candidates.set(key, list);
  };

  const byName = new Map<string, string>();
  for (const a of actors.values()) {
    const prio = priority.get(a.id) ?? 1;
    byName.set(foldPhrase(a.id), a.id);
    byName.set(foldPhrase(a.name), a.id);
    const names: (string | { alias: string; role?: string | null | undefined })[] = [a.name, ...a.aliases];
    if (a.kind !== 'state') names.push(a.id);
    for (const n of names) {
      if (typeof n === 'string') add(n, { type: 'actor', id: a.id, role: null }, prio);
      else add(n.alias, { type: 'actor', id: a.id, role: n.role ?? null }, prio);
    }
    for (const d of a.demonyms) {
      add(d, { type: 'demonym', id: a.id, plural: false }, prio);
      const p = pluralOf(d);
      if (p && a.kind === 'state') add(p, { type: 'demonym', id: a.id, plural: true }, prio);
    }
    for (const p of a.plurals) add(p, { type: 'demonym', id: a.id, plural: true }, prio);
  }
  const lex = parseShipped(TagLexiconSchema, lexiconFile, 'lexicon.json');
  const personAgents = new Set(lex.person_agents.map((w) => w.toLowerCase()));
  const collectives = new Set(lex.collectives.map((w) => w.toLowerCase()));
  for (const [role, titles] of Object.entries(lex.titles))
    for (const t of titles) add(t, { type: 'title', role, generic: GENERIC_TITLES.has(t.toLowerCase()) }, 0, false);
  for (const [role, nouns] of Object.entries(lex.agents))
    for (const n of nouns) {
      const l = n.toLowerCase();
      add(n, { type: 'agent', role, person: personAgents.has(l), collective: collectives.has(l), plural: !personAgents.has(l) && !collectives.has(l) }, 0, false);
    }
  for (const f of lex.state_forms) add(f, { type: 'stateForm' }, 0);
  for (const b of lex.blocked) add(b, { type: 'block' }, 0);

  const trie = new TokenTrie<Lex>();
  for (const list of candidates.values()) {
    for (const c of pickWinners(list, actors)) trie.add(c.phrase, c.lex, c.caseSensitive);
  }

  const pronouns = new Map<string, PronounClass>();
  for (const cls of PronounClassSchema.options) for (const w of lex.pronouns[cls]) pronouns.set(w, cls);
  const pronounsAndVerbs = new WordFilter();
  for (const w of [...pronouns.keys(), ...lex.speech_verbs]) pronounsAndVerbs.add(w);
  const words: Words = {
    speechVerbs: new Set(lex.speech_verbs),
    qualifiers: new Set(lex.qualifiers.map(foldPhrase)),
    modifierWords: new Set(lex.modifier_words),
    particles: new Set(lex.name_particles),
    // "the Sharm el-Sheikh Memorandum" names a document, not a sheikh called Memorandum.
    nonNames: new Set([...lex.time_words, ...lex.non_names, ...lex.venue_nouns].map(fold)),
    timeWords: new Set(lex.time_words.map(fold)),
    pronouns,
    pronounsAndVerbs,
    venueNouns: new Set(lex.venue_nouns.map(fold)),
  };
  const capitals = new Set(countries.flatMap((c) => (c.independent || c.unMember ? c.capital : [])).map(foldPhrase));
  return { actors, trie, words, byName, capitals };
}

/** Among candidates for one phrase: highest priority wins; then UN members; a tie between actors is dropped. */
function pickWinners(list: Candidate[], actors: Map<string, Actor>): Candidate[] {
  if (list.length === 1) return list;
  const idOf = (c: Candidate): string | null => (c.lex.type === 'actor' || c.lex.type === 'demonym' ? c.lex.id : null);
  if (list.some((c) => idOf(c) === null)) {
    // Lexicon words: keep one per distinct meaning.
    const seen = new Set<string>();
    return list.filter((c) => {
      const k = JSON.stringify(c.lex);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  }
  const top = Math.max(...list.map((c) => c.priority));
  let best = list.filter((c) => c.priority === top);
  const members = best.filter((c) => actors.get(idOf(c)!)?.unMember);
  if (members.length > 0 && members.length < best.length) best = members;
  const ids = new Set(best.map(idOf));
  if (ids.size > 1) return []; // "Congolese": both Congos
  // Same actor: prefer an alias that fixes a role ("Kremlin" → GOV) over a plain one.
  const withRole = best.find((c) => c.lex.type === 'actor' && c.lex.role !== null);
  return [withRole ?? best[0]!];
}
