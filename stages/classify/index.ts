// classify: tagged sentences → stance records, driven by the lexicon. Pure; one sentence at a time,
// so a target is never guessed from another sentence.
import type { ActorRef, Attribution, StanceRecord, TaggedSentence } from '../schemas.ts';
import { isDeterminer, isPreposition, patternBefore } from './grammar.ts';
import { compileLexicon, loadDefaultLexicon, LexiconSchema, type CompiledCue, type CompiledLexicon } from './lexicon.ts';
import { firstSlotKeys, matchAt, stemOf, wordMatches, type PatternWord } from './patterns.ts';
import { firstSubject, passiveAgent, quoteSpeaker, reportingSpeaker, subjectBefore, type FoundActors } from './source.ts';
import { judgedBefore, objectAfter, objectBeforeInfinitive } from './target.ts';
import { quoteAt, viewSentence, type MentionSpan, type SentenceView } from './tokens.ts';

export { compileLexicon, loadDefaultLexicon, LexiconSchema, type CompiledLexicon };
export type { Lexicon } from './lexicon.ts';

/** Why a matched cue did or did not become a record: what `npm run explain` prints. */
export type CueOutcome =
  | 'record'
  | 'negated'
  | 'excluded' // the lexicon's not_followed_by / not_preceded_by
  | 'question'
  | 'conditional'
  | 'demand'
  | 'appeal'
  | 'embedded' // "charging its neighbour with supporting …": someone else's reported action
  | 'no-intent' // an action verb without will/would/to: a past action, not a stance
  | 'passive-without-agent'
  | 'no-source';

export interface CueDecision {
  cue: string;
  stance: string;
  text: string;
  start: number;
  end: number;
  outcome: CueOutcome;
  detail: string;
  records: StanceRecord[];
}

export interface ClassifiedSentence {
  records: StanceRecord[];
  decisions: CueDecision[];
}

interface CueMatch {
  cue: CompiledCue;
  from: number;
  to: number;
  gap?: [number, number];
}

const SOURCE_CERTAINTY: Record<Attribution, number> = {
  subject: 1,
  passive: 0.95,
  modifier: 0.95,
  possessive: 0.9,
  'quote-speaker': 0.9,
  'reporting-speaker': 0.85,
  pronoun: 0.85,
  'document-speaker': 0.85,
};

/** First-slot index of the cues, so each token looks up only the cues that can start on it. */
const cueIndexes = new WeakMap<CompiledLexicon, Map<string, CompiledCue[]>>();
function cueIndex(lexicon: CompiledLexicon): Map<string, CompiledCue[]> {
  let index = cueIndexes.get(lexicon);
  if (!index) {
    index = new Map();
    for (const cue of lexicon.cues) {
      for (const key of new Set(firstSlotKeys(cue.compiled))) {
        const list = index.get(key) ?? [];
        list.push(cue);
        index.set(key, list);
      }
    }
    cueIndexes.set(lexicon, index);
  }
  return index;
}

/** After a determiner, a possessive or an actor used as a modifier ("a US offer"), a word is a noun. */
function nounPosition(view: SentenceView, i: number): boolean {
  const prev = view.tokens[i - 1];
  if (!prev) return false;
  if (isDeterminer(prev) || prev.lower === 's') return true;
  // "through military support": after a preposition (and an adjective), never a finite verb.
  const governed = (t: typeof prev | undefined) => isPreposition(t) && t!.lower !== 'to';
  const adjective = prev.word && !view.mentionAt[i - 1] && prev.text === prev.lower; // not "on Friday denounced"
  if (governed(prev) || (adjective && governed(view.tokens[i - 2]))) return true;
  // "a US offer" is a noun, but "the European Union welcomed" is a verb: only a bare form reads as a noun.
  const span = view.mentionAt[i - 1];
  const bare = !/(?:ed|s)$/.test(view.tokens[i]!.lower);
  return bare && !!span && span.to === i && isDeterminer(view.tokens[span.from - 1]);
}

function findCues(view: SentenceView, lexicon: CompiledLexicon): CueMatch[] {
  const index = cueIndex(lexicon);
  const matches: CueMatch[] = [];
  view.tokens.forEach((token, i) => {
    if (!token.word) return;
    const candidates = new Set([...(index.get(token.lower) ?? []), ...(index.get(token.stem) ?? [])]);
    const hyphenated = view.tokens[i - 1]?.lower === '-' && view.tokens[i - 1]!.end === token.start;
    for (const cue of candidates) {
      // "U.S.-backed" is the modifier cue, never the verb.
      if ((cue.form === 'modifier') !== hyphenated) continue;
      // "its offer", "a US offer" are nouns; "Libya offered" is a verb.
      if (cue.form === 'noun' && !nounPosition(view, i)) continue;
      if (cue.form === 'verb' && nounPosition(view, i)) continue;
      const m = matchAt(view.tokens, i, cue.compiled);
      if (m) matches.push({ cue, from: i, to: m.end, gap: m.gap });
    }
  });
  // A longer cue covering a shorter one of the same stance wins ("offer to host" over "offer").
  return matches.filter(
    (m) =>
      !matches.some(
        (o) => o !== m && o.cue.stance === m.cue.stance && o.from <= m.from && o.to >= m.to && o.to - o.from > m.to - m.from,
      ),
  );
}

const refOf = (span: MentionSpan): ActorRef => ({
  id: span.mention.id,
  name: span.mention.name,
  country: span.mention.country,
  role: span.mention.role,
});

function excludedByContext(view: SentenceView, m: CueMatch): string | null {
  const next = view.tokens.slice(m.to).find((t) => t.word);
  if (next && m.cue.notFollowedBy.has(next.lower)) return `followed by "${next.text}"`;
  const prev = view.tokens.slice(0, m.from).reverse().find((t) => t.word);
  if (prev && (m.cue.notPrecededBy.has(prev.lower) || m.cue.notPrecededBy.has(prev.stem))) return `preceded by "${prev.text}"`;
  return null;
}

/** The modality checks: returns the outcome that stops the cue, or null when it stands. */
function modality(view: SentenceView, m: CueMatch, lexicon: CompiledLexicon): { outcome: CueOutcome; detail: string } | null {
  const g = lexicon.grammar;
  const text = view.sentence.text.trimEnd();
  const inQuote = quoteAt(view, m.from);
  if (text.endsWith('?') && !inQuote) return { outcome: 'question', detail: 'the sentence is a question' };
  const condition = conditionOf(view, m, g.conditionals);
  if (condition) return { outcome: 'conditional', detail: `under a condition ("${condition} …")` };
  if (patternBefore(view, m.from, g.demandModals, 5) !== null) {
    return { outcome: 'demand', detail: 'a demand on someone (must/should …), not a stance taken' };
  }
  if (m.cue.requires === 'intent' && patternBefore(view, m.from, g.intentMarkers, 8) === null) {
    return { outcome: 'no-intent', detail: 'an action verb without will/would/ready to …: a report of an action, not a stance' };
  }
  if (m.cue.requires === 'copula' && !afterCopula(view, m.from, g.copulas)) {
    return { outcome: 'excluded', detail: 'used as a verb ("prepared to …"), not after "is"/"are" …' };
  }
  let before = m.from - 1;
  while (before >= 0 && (isDeterminer(view.tokens[before]) || view.mentionAt[before])) before--;
  const prep = view.tokens[before];
  if (m.cue.form !== 'phrase' && prep && g.embeddingPrepositions.has(prep.lower) && m.from - before <= 4) {
    return { outcome: 'embedded', detail: `someone's reported action after "${prep.text}", not a stance of the source` };
  }
  return null;
}

/** "is ready", "is always prepared": a copula at most two words before. */
function afterCopula(view: SentenceView, from: number, copulas: ReadonlySet<string>): boolean {
  for (let i = from - 1, words = 0; i >= 0 && words < 3; i--) {
    const t = view.tokens[i]!;
    if (!t.word) {
      if (view.fragmentMarks.has(i)) continue;
      return false;
    }
    if (copulas.has(t.lower) || (t.lower === 's' && view.tokens[i - 1]?.lower === "'")) return true;
    words++;
  }
  return false;
}

/** "if Sweden joins, …", "… would back it if …": the word that makes the cue conditional, or null. */
function conditionOf(view: SentenceView, m: CueMatch, conditionals: ReadonlySet<string>): string | null {
  for (let i = m.from - 1; i >= 0; i--) {
    const t = view.tokens[i]!;
    if (t.lower === ',' || t.lower === ';' || t.lower === ':') break;
    if (conditionals.has(t.lower)) return t.text;
  }
  const firstWord = view.tokens.find((t) => t.word);
  if (firstWord && conditionals.has(firstWord.lower)) return firstWord.text;
  const would = view.tokens.slice(Math.max(0, m.from - 3), m.from).some((t) => t.lower === 'would');
  const later = would ? view.tokens.slice(m.to).find((t) => conditionals.has(t.lower)) : undefined;
  return later ? later.text : null;
}

function isNegated(view: SentenceView, m: CueMatch, lexicon: CompiledLexicon): boolean {
  return patternBefore(view, m.from, lexicon.grammar.negators, 3) !== null;
}

/** The appeal ("urged the EC to …") that governs the cue, as the token index of the appeal verb. */
function appealBefore(view: SentenceView, m: CueMatch, lexicon: CompiledLexicon): number | null {
  return patternBefore(view, m.from, lexicon.grammar.appeals, 10);
}

function findSource(view: SentenceView, m: CueMatch, lexicon: CompiledLexicon, from: number): FoundActors | null {
  const g = lexicon.grammar;
  if (m.cue.form === 'modifier') {
    const span = view.mentionAt[from - 2];
    return span ? { spans: [span], attribution: 'modifier' } : null;
  }
  if (m.cue.form === 'noun' || (m.cue.form === 'phrase' && nounPosition(view, from))) {
    // "a US offer", "Russia's support".
    let i = from - 1;
    while (i >= 0 && isDeterminer(view.tokens[i]) && !view.mentionAt[i]) i--;
    const owner = view.mentionAt[i] ?? (view.tokens[i]?.lower === 's' ? view.mentionAt[i - 2] : undefined);
    if (owner && !isPreposition(view.tokens[owner.from - 1])) return { spans: [owner], attribution: 'possessive' };
  }
  const inQuote = quoteAt(view, from);
  // "will visit Togo and Benin to mediate": an infinitive's subject is its clause's, not the nearest object.
  const infinitive = view.tokens[from - 1]?.lower === 'to';
  const subject = subjectBefore(view, from, g, { commasBreak: true, leftmost: infinitive });
  if (subject) return subject;
  if (inQuote) {
    const speaker = quoteSpeaker(view, from);
    if (speaker) return speaker;
  }
  return reportingSpeaker(view, g) ?? firstSubject(view, from);
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Most sentences hold no cue: find out from the words alone, before tokenising and aligning mentions. */
function mayHoldCue(text: string, lexicon: CompiledLexicon): boolean {
  const index = cueIndex(lexicon);
  const prefixes = cuePrefixes(lexicon);
  for (const [word] of text.matchAll(WORD)) {
    const lower = word.toLowerCase();
    if (!index.has(lower) && !prefixes.has(lower.slice(0, 3))) continue;
    const token = { lower, stem: stemOf(lower), word: true };
    const candidates = [...(index.get(lower) ?? []), ...(index.get(token.stem) ?? [])];
    // "will" shares its stem with "willing" but starts no cue.
    if (candidates.some((cue) => firstSlotWords(cue).some((w) => wordMatches(token, w)))) return true;
  }
  return false;
}

const firstSlotWords = (cue: CompiledCue): PatternWord[] => {
  const first = cue.compiled.slots[0];
  return first && !first.gap ? first.words : [];
};

const prefixSets = new WeakMap<CompiledLexicon, Set<string>>();
/** The first three letters of every cue's first words: only words starting so are worth stemming. */
function cuePrefixes(lexicon: CompiledLexicon): Set<string> {
  let set = prefixSets.get(lexicon);
  if (!set) {
    set = new Set([...cueIndex(lexicon).keys()].map((k) => k.slice(0, 3)));
    prefixSets.set(lexicon, set);
  }
  return set;
}

export function classifySentence(sentence: TaggedSentence, lexicon: CompiledLexicon): ClassifiedSentence {
  if (!mayHoldCue(sentence.text, lexicon)) return { records: [], decisions: [] };
  const view = viewSentence(sentence);
  const decisions: CueDecision[] = [];
  for (const m of findCues(view, lexicon)) {
    const decision = decide(view, m, lexicon);
    decisions.push(decision);
  }
  return { records: dedupe(decisions.flatMap((d) => d.records)), decisions };
}

function decide(view: SentenceView, m: CueMatch, lexicon: CompiledLexicon): CueDecision {
  const first = view.tokens[m.from]!;
  const last = view.tokens[m.to - 1]!;
  const base = {
    cue: m.cue.pattern,
    stance: m.cue.stance,
    text: view.sentence.text.slice(first.start, last.end),
    start: first.start,
    end: last.end,
    records: [] as StanceRecord[],
  };
  const stop = (outcome: CueOutcome, detail: string): CueDecision => ({ ...base, outcome, detail });

  const excluded = excludedByContext(view, m);
  if (excluded) return stop('excluded', `the lexicon excludes this cue when ${excluded}`);
  const blocked = modality(view, m, lexicon);
  if (blocked) return stop(blocked.outcome, blocked.detail);
  const negated = isNegated(view, m, lexicon);

  // Passive: the agent acts, the subject is the target.
  let source: FoundActors | null;
  let targets: MentionSpan[] = [];
  const g = lexicon.grammar;
  const agent = m.cue.form === 'verb' ? passiveAgent(view, m.from, m.to, g) : undefined;
  if (agent === null) return stop('passive-without-agent', 'a passive with no "by …": nobody is named as taking the stance');
  const appeal = agent ? null : appealBefore(view, m, lexicon);
  if (appeal !== null) {
    // "urged the EC to support the PLO" shares the stance; "demanded support from …" asks for one and holds none.
    const infinitive = view.tokens.slice(appeal, m.from).some((t) => t.lower === 'to');
    if (!infinitive || lexicon.stances[m.cue.stance]?.under_appeal === 'drop') {
      return stop('appeal', `an appeal ("${view.tokens[appeal]!.text} … to …"): asking someone for a ${m.cue.stance} is not one`);
    }
    source = subjectBefore(view, appeal, g) ?? reportingSpeaker(view, g) ?? firstSubject(view, appeal);
  } else if (agent) {
    source = agent;
    targets = subjectBefore(view, m.from, g, { commasBreak: false })?.spans ?? [];
  } else if (m.cue.form === 'adjective') {
    // A judgement ("… unacceptable") is the speaker's, whoever the sentence is about.
    source = (quoteAt(view, m.from) ? quoteSpeaker(view, m.from) : null) ?? reportingSpeaker(view, g) ?? firstSubject(view, m.from);
  } else {
    source = findSource(view, m, lexicon, m.from);
  }
  if (!source || source.spans.length === 0) return stop('no-source', 'no actor in the sentence takes this stance');

  const exclude = new Set(source.spans);
  if (!agent) {
    const afterCue = m.cue.form === 'adjective' ? [] : objectAfter(view, m.gap ? m.gap[0] : m.to, g, exclude);
    targets =
      m.cue.form === 'adjective'
        ? judgedBefore(view, m.from, exclude)
        : afterCue.length > 0
          ? afterCue
          : view.tokens[m.from - 1]?.lower === 'to'
            ? objectBeforeInfinitive(view, m.from - 1, g, exclude)
            : [];
  }

  const weight = m.cue.weight * SOURCE_CERTAINTY[source.attribution];
  const quoted = !!quoteAt(view, m.from);
  const records: StanceRecord[] = [];
  const sourceIds = new Set(source.spans.map((s) => s.mention.id));
  const aimed = targets.filter((t) => !sourceIds.has(t.mention.id)).map(refOf);
  for (const s of source.spans) {
    const sourceRef = refOf(s);
    for (const target of aimed.length > 0 ? aimed : [null]) {
      records.push({
        doc_id: view.sentence.doc_id,
        doc_date: view.sentence.doc_date,
        sentence_index: view.sentence.index,
        sentence: view.sentence.text,
        source: sourceRef,
        stance: m.cue.stance,
        target,
        cue: base.text,
        negated,
        quoted,
        attribution: source.attribution,
        confidence: Math.round(weight * (target ? 1 : 0.9) * 100) / 100,
        cameo: m.cue.cameo,
      });
    }
  }
  const how = `source by ${source.attribution}${appeal !== null ? ' (the appealer)' : ''}`;
  return { ...base, outcome: negated ? 'negated' : 'record', detail: negated ? `negated; ${how}` : how, records };
}

/** One record per source, stance and target; a record without target adds nothing next to one with. */
function dedupe(records: StanceRecord[]): StanceRecord[] {
  const key = (r: StanceRecord) => `${r.negated}|${r.source.id}|${r.stance}|${r.target?.id ?? ''}`;
  const byKey = new Map<string, StanceRecord>();
  for (const r of records) {
    const existing = byKey.get(key(r));
    if (!existing || r.confidence > existing.confidence) byKey.set(key(r), r);
  }
  const kept = [...byKey.values()];
  return kept.filter(
    (r) => r.target !== null || !kept.some((o) => o !== r && o.target && o.negated === r.negated && o.source.id === r.source.id && o.stance === r.stance),
  );
}

/** Classifies one document's tagged sentences. */
export function classifySentences(sentences: readonly TaggedSentence[], lexicon: CompiledLexicon): StanceRecord[] {
  return sentences.flatMap((s) => classifySentence(s, lexicon).records);
}
