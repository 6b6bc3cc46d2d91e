// Maps the verb blocks and patterns of a parsed PETRARCH dictionary to imported cues of our lexicon format.
import type { Cue } from '../../stages/classify/lexicon.ts';
import { compilePattern, isInflectionOf, stemOf, wordMatches } from '../../stages/classify/patterns.ts';
import type { CameoCode, PatternElement, Verb, VerbBlock, VerbDictionary, VerbPattern } from './parse.ts';
import type { ImportPolicy } from './policy.ts';

export const SOURCE_NAME = 'petrarch2 CAMEO.2.0.txt';
export const VERB_WEIGHT = 0.7;
export const PHRASE_WEIGHT = 0.75;
export const STANCE_ORDER = ['support', 'condemn', 'offer'] as const;
export type Stance = (typeof STANCE_ORDER)[number];

export interface ImportedCue {
  pattern: string;
  stance: Stance;
  form: 'verb' | 'phrase';
  weight: number;
  cameo: string;
  requires?: 'intent';
  not_preceded_by?: string[];
  origin: string;
}

export interface Conversion {
  blocks: number;
  patterns: number;
  cues: ImportedCue[];
  /** Why candidates were left out: reason → what (verb or pattern with its line). */
  skipped: Map<string, string[]>;
  /** Verbs and patterns whose code is not a stance (consult, appeal, demand, threaten, material acts …). */
  notStance: { verbs: number; patterns: number };
  /** Entries of the policy that no verb or pattern of the dictionary asked about: stale, or misspelt. */
  unusedPolicy: string[];
}

/** CAMEO code → our stance, by the project's guidelines; null for codes that are not stances. */
export function stanceOfCode(code: string | null): Stance | null {
  if (!code) return null;
  if (/^05[123]\d?$/.test(code)) return 'support';
  if (/^11[1-4]$/.test(code) || /^112[1-5]$/.test(code)) return 'condemn';
  if (/^03\d{1,2}$/.test(code)) return 'offer';
  return null;
}

/** The words PETRARCH patterns use around their nouns: they cannot make a pattern specific alone. */
const FUNCTION_WORDS = new Set([
  'in', 'at', 'with', 'to', 'from', 'for', 'of', 'between', 'against', 'on', 'about', 'by', 'over', 'toward',
  'towards', 'after', 'before', 'during', 'under', 'among', 'into', 'than', 'like', 'near', 'as', 'behind',
  'upon', 'out', 'off', 'down', 'up', 'away', 'back', 'the', 'a', 'an', 'each', 'other', 'not', 'will', 'is',
  'be', 'it', 'this', 'that', 'no',
]);
/** Particles that belong to the verb right before them: "hit out", "back down". */
const PARTICLES = new Set(['out', 'off', 'down', 'up', 'away', 'back']);
/** Plural-looking nouns that are not plurals of a shorter lemma. */
const INVARIANT = new Set(['news', 'arms', 'means', 'series', 'species', 'headquarters', 'crises', 'analyses', 'thanks', 'bias', 'alias', 'chaos']);

/** The lemma of a plural noun, so that our matcher's inflections cover both numbers: "atrocities" → "atrocity". */
export function singular(word: string): string {
  if (word.length <= 3 || INVARIANT.has(word) || !word.endsWith('s')) return word;
  if (/(ss|us|is|ous|ics)$/.test(word)) return word;
  if (/ies$/.test(word)) return word.length <= 4 ? word.slice(0, -1) : word.slice(0, -3) + 'y'; // ties → tie
  if (/(ches|shes|sses|xes|zes)$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** A word our tokenizer yields as one token: letters and digits only. */
const matchable = (word: string) => /^[\p{L}\p{N}]+$/u.test(word);

/** One position of a pattern: its alternatives. */
type Slot = string[];
/** Slots that follow one another with nothing between them. */
type Group = Slot[];
/** A pattern as groups that "..." separates; several variants when a synonym set has phrases among its members. */
type Shape = Group[];

class Unconvertible extends Error {}

/**
 * The regular forms of a verb: scoff → scoffs, scoffed, scoffing. A verb that may double its last consonant
 * (slam → slammed) gets no past or -ing form here: PETRARCH lists those itself.
 */
export function regularForms(verb: string): string[] {
  const consonantY = /[^aeiou]y$/.test(verb);
  const third = /(s|sh|ch|x|z)$/.test(verb) ? verb + 'es' : consonantY ? verb.slice(0, -1) + 'ies' : verb + 's';
  if (/[^aeiou][aeiou][^aeiouwxy]$/.test(verb)) return [third];
  const past = verb.endsWith('e') ? verb + 'd' : consonantY ? verb.slice(0, -1) + 'ied' : verb + 'ed';
  const ing = verb.endsWith('e') && !verb.endsWith('ee') ? verb.slice(0, -1) + 'ing' : verb + 'ing';
  return [third, past, ing];
}

/** Whether the classifier's matcher takes `form` for the pattern word `word` (its stemmer parts "scoffed" from "scoff"). */
const matcherFinds = (form: string, word: string) =>
  wordMatches({ lower: form, stem: stemOf(form), word: true }, compilePattern(word).slots.flatMap((slot) => (slot.gap ? [] : slot.words))[0]!);

/** The verb's slots: its words, the inflected one with the forms (irregular or regular) the classifier's matcher would miss. */
export function verbSlots(verb: Verb, nounFree = false): Slot[] {
  return verb.words.map((word, i) => {
    if (i !== verb.head) return [word];
    const listed = verb.forms.map((form) => form[verb.head] ?? '');
    // "attacked", "attacking", never the noun "attack(s)".
    if (nounFree) return [...new Set([...listed, ...regularForms(word)].filter((form) => /(ed|ing)$/.test(form) && matchable(form)))];
    const missed = [...listed, ...regularForms(word)].filter((form) => form.length > 0 && matchable(form) && !matcherFinds(form, word));
    return [word, ...new Set(missed)];
  });
}

/** A synonym set as the variants of one position: its single words as alternatives, each phrase (if wanted) on its own. */
function synsetVariants(name: string, synsets: VerbDictionary['synsets'], withPhrases: boolean): Group[] {
  const members = synsets.get(name);
  if (!members) throw new Unconvertible(`undefined synonym set ${name}`);
  const words = [...new Set(members.filter((m) => m.length === 1).map((m) => singular(m[0]!)).filter(matchable))];
  const phrases = withPhrases ? members.filter((m) => m.length > 1 && m.every(matchable)) : [];
  const variants: Group[] = [];
  if (words.length > 0) variants.push([words]);
  for (const phrase of phrases) variants.push(phrase.map((w, i) => [i === phrase.length - 1 ? singular(w) : w]));
  if (variants.length === 0) throw new Unconvertible(`synonym set ${name} has no matchable member`);
  return variants;
}

const cross = <T>(lists: T[][]): T[][] => lists.reduce<T[][]>((acc, list) => acc.flatMap((a) => list.map((x) => [...a, x])), [[]]);

/** Variants of a run of consecutive words (a compound). */
function compoundVariants(items: PatternElement[], synsets: VerbDictionary['synsets'], withPhrases: boolean): Group[] {
  const parts = items.map((item): Group[] => {
    if (item.kind === 'word') {
      if (!matchable(item.text)) throw new Unconvertible(`word "${item.text}" is not one token`);
      return [[[singular(item.text)]]];
    }
    if (item.kind === 'synset') return synsetVariants(item.name, synsets, withPhrases);
    if (item.kind === 'compound') return compoundVariants(item.items, synsets, withPhrases);
    throw new Unconvertible(`a ${item.kind} inside a compound`);
  });
  return cross(parts).map((groups) => groups.flat());
}

const MAX_VARIANTS = 6;

/**
 * A pattern's elements as shapes: `*` → the verb, `+`/`$`/`^` dropped (they leave a gap), each noun head and
 * each prepositional phrase a group of its own with a gap before it, words of a compound consecutive. Synonym
 * sets whose phrases would make too many variants keep their single words only.
 */
export function shapesOf(elements: PatternElement[], verb: Slot[], synsets: VerbDictionary['synsets']): Shape[] {
  const shapes = shapesWith(elements, verb, synsets, true);
  if (shapes.length <= MAX_VARIANTS) return shapes;
  const fewer = shapesWith(elements, verb, synsets, false);
  if (fewer.length > MAX_VARIANTS) throw new Unconvertible(`${fewer.length} variants from synonym sets`);
  return fewer;
}

function shapesWith(elements: PatternElement[], verb: Slot[], synsets: VerbDictionary['synsets'], withPhrases: boolean): Shape[] {
  /** Per element, its alternative group sequences. */
  const pieces: Group[][][] = [];
  const walk = (list: PatternElement[]) => {
    list.forEach((element, i) => {
      switch (element.kind) {
        case 'verb': {
          // "VERBALLY *": a word right before the verb stays next to it ("verbally attacked").
          const previous = list[i - 1];
          if (previous?.kind === 'word') {
            pieces.pop();
            pieces.push([[[[previous.text], ...verb]]]);
          } else pieces.push([[verb]]);
          break;
        }
        case 'slot':
          break;
        case 'word': {
          if (!matchable(element.text)) throw new Unconvertible(`word "${element.text}" is not one token`);
          const previous = list[i - 1];
          // "hit out": a particle right after the verb is part of it.
          if (previous?.kind === 'verb' && PARTICLES.has(element.text)) {
            const verbPiece = pieces[pieces.length - 1]!;
            pieces[pieces.length - 1] = verbPiece.map((groups) => [[...groups[0]!, [element.text]]]);
          } else pieces.push([[[[singular(element.text)]]]]);
          break;
        }
        case 'synset':
          pieces.push(synsetVariants(element.name, synsets, withPhrases).map((g) => [g]));
          break;
        case 'compound':
          pieces.push(compoundVariants(element.items, synsets, withPhrases).map((g) => [g]));
          break;
        case 'phrase':
          walk(element.items);
          break;
      }
    });
  };
  walk(elements);
  return cross(pieces).map((choice) => choice.flat());
}

export const renderShape = (shape: Shape): string => shape.map((group) => group.map((slot) => slot.join('|')).join(' ')).join(' ... ');

/** Literal words of a shape other than the verb's, as content words and function words. */
function literalCounts(shape: Shape, verb: Slot[]): { content: number; function: number } {
  const verbWords = new Set(verb.flat());
  let content = 0;
  let fn = 0;
  for (const slot of shape.flat()) {
    if (slot.every((w) => verbWords.has(w))) continue;
    if (slot.every((w) => FUNCTION_WORDS.has(w))) fn++;
    else content++;
  }
  return { content, function: fn };
}

/** The lemma a verb is known by: its words joined, "side with". */
export const verbName = (verb: Verb): string => verb.words.join(' ');

/** The verbs of the block the pattern's comment names ("# SLAM"), by lemma or form; all of them if it names none. */
export function patternVerbs(block: VerbBlock, pattern: VerbPattern): Verb[] {
  const named = pattern.commentVerbs.map((c) => c.toLowerCase().replace(/_/g, ' '));
  const found = block.verbs.filter((verb) =>
    named.some((name) => {
      const words = name.split(' ');
      if (name === verbName(verb) || verb.forms.some((form) => form.join(' ') === name)) return true;
      const head = verb.words[verb.head]!;
      return words.length === verb.words.length && words.every((w, i) => (i === verb.head ? isInflectionOf(w, head) : w === verb.words[i]));
    }),
  );
  return found.length > 0 ? dedupeVerbs(found) : named.length > 0 ? [] : dedupeVerbs(block.verbs);
}

function dedupeVerbs(verbs: Verb[]): Verb[] {
  const seen = new Set<string>();
  return verbs.filter((v) => !seen.has(verbName(v)) && seen.add(verbName(v)));
}

/** The code a verb yields on its own: its own, else its block's. */
const verbCode = (block: VerbBlock, verb: Verb): CameoCode => verb.code ?? block.code;

const codeText = (code: CameoCode) => `[${code.source ?? ''}${code.reverse ? ':' + code.reverse : ''}]`;

/** The words of a pattern as slots, for comparing cues: "charge ... with" → [[charge], [with]]. */
const slotsOf = (pattern: string): Slot[] =>
  pattern
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .filter((s) => s !== '...')
    .map((s) => s.split('|'));

/**
 * Whether every text `inner` matches is inside a match of `outer`, as far as words tell: each slot of `inner`
 * is found, in order, among the slots of `outer`, with at least the alternatives `outer` allows.
 */
export function contains(outer: string, inner: string): boolean {
  const o = slotsOf(outer);
  let at = 0;
  for (const slot of slotsOf(inner)) {
    // The outer slot's first word is its lemma (a verb's irregular forms and a set's other members follow it).
    while (at < o.length && !slot.some((w) => isInflectionOf(o[at]![0]!, w))) at++;
    if (at === o.length) return false;
    at++;
  }
  return true;
}

export function convertDictionary(dictionary: VerbDictionary, curated: readonly Cue[], policy: ImportPolicy): Conversion {
  const skipped = new Map<string, string[]>();
  const skip = (reason: string, what: string) => skipped.set(reason, [...(skipped.get(reason) ?? []), what]);
  const candidates: ImportedCue[] = [];
  const notStance = { verbs: 0, patterns: 0 };
  const consulted = new Set<string>();
  /** Cues a phrase is measured against: curated ones and the verbs this import keeps. */
  const reference: { pattern: string; stance: string; form: string }[] = curated.map((c) => ({ pattern: c.pattern, stance: c.stance, form: c.form }));

  // Verbs first: a block's verb whose own code is a stance, if the policy finds it unambiguous.
  for (const block of dictionary.blocks) {
    for (const verb of block.verbs) {
      const code = verbCode(block, verb);
      const stance = stanceOfCode(code.source);
      if (!stance) {
        notStance.verbs++;
        continue;
      }
      const name = verbName(verb);
      const what = `${name.toUpperCase()} ${codeText(code)} (line ${verb.line})`;
      const sameWords = curated.find((c) => (c.form === 'verb' || verb.words.length > 1) && slotsOf(c.pattern).length === verb.words.length && contains(name, c.pattern));
      if (sameWords) {
        skip(sameWords.stance === stance ? 'verb already a curated cue' : 'verb a curated cue of another stance', what);
        continue;
      }
      const decision = policy.verbs.get(name);
      consulted.add(`verb ${name}`);
      if (!decision) {
        skip('verb not reviewed (add it to the policy)', what);
        continue;
      }
      if (!decision.keep) {
        skip(decision.reason, what);
        continue;
      }
      const pattern = renderShape([verbSlots(verb)]);
      const cue: ImportedCue = { pattern, stance, form: verb.words.length > 1 ? 'phrase' : 'verb', weight: VERB_WEIGHT, cameo: code.source!, origin: `${SOURCE_NAME}: ${name.toUpperCase()} ${codeText(code)}` };
      if (decision.requires) cue.requires = decision.requires;
      if (verb.words.length > 1) cue.weight = PHRASE_WEIGHT;
      candidates.push(cue);
      reference.push({ pattern, stance, form: cue.form });
    }
  }

  // Then patterns whose code is a stance: phrases of the verb and the pattern's literal words.
  for (const block of dictionary.blocks) {
    for (const pattern of block.patterns) {
      const stance = stanceOfCode(pattern.code.source);
      if (!stance) {
        notStance.patterns++;
        if (stanceOfCode(pattern.code.reverse)) skip('reverse-only code: the stance is the object\'s', `${block.name}: ${pattern.text} ${codeText(pattern.code)} (line ${pattern.line})`);
        continue;
      }
      const verbs = patternVerbs(block, pattern);
      const line = `- ${pattern.text.replace(/\s+/g, ' ')} ${codeText(pattern.code)}${pattern.commentVerbs.length ? ' # ' + pattern.commentVerbs.join(' , ') : ''}`;
      const where = `${line} (line ${pattern.line})`;
      if (verbs.length === 0) {
        skip('comment names no verb of the block', where);
        continue;
      }
      if (pattern.elements.some((e) => e.kind === 'word' && e.text.includes('*'))) {
        skip('verb inside a compound', where);
        continue;
      }
      const preVerb = pattern.elements.slice(0, pattern.elements.findIndex((e) => e.kind === 'verb'));
      if (preVerb.some((e) => e.kind !== 'slot' && !(e.kind === 'word' && /ly$/.test(e.text)))) {
        skip('words before the verb are its subject, not a cue', where);
        continue;
      }
      for (const verb of verbs) {
        const slots = verbSlots(verb);
        const nounFree = policy.verbFormsOnly.has(verbName(verb)) && pattern.elements[0]?.kind === 'verb';
        let shapes: Shape[];
        try {
          shapes = shapesOf(pattern.elements, nounFree ? verbSlots(verb, true) : slots, dictionary.synsets);
        } catch (error) {
          if (!(error instanceof Unconvertible)) throw error;
          skip(error.message.startsWith('undefined synonym set') ? 'undefined synonym set' : 'not expressible in our pattern syntax', `${where}: ${error.message}`);
          continue;
        }
        for (const shape of shapes) {
          const text = renderShape(shape);
          const counts = literalCounts(shape, slots);
          const label = `${text} ${codeText(pattern.code)} (line ${pattern.line})`;
          if (counts.content === 0 && counts.function < 2) {
            skip('too few literal words to fix the sense', label);
            continue;
          }
          const within = reference.filter((r) => contains(text, r.pattern));
          if (within.some((r) => r.stance === stance)) {
            skip('covered by a cue of the same stance on its words', label);
            continue;
          }
          const other = within.find((r) => r.stance !== stance);
          if (other) consulted.add(`shift ${text}`);
          if (other && !policy.stanceShifts.has(text)) {
            skip('CAMEO codes the event toward a third party: the verb\'s own cue stands', `${label} vs ${other.stance} "${other.pattern}"`);
            continue;
          }
          const family = `${stance}:${verbName(verb)}`;
          const decision = policy.families.get(family);
          consulted.add(`family ${family}`);
          if (decision?.keep === 'only') decision.phrases.filter((p) => p === text).forEach((p) => consulted.add(`phrase ${family} ${p}`));
          if (decision?.keep === 'all' && decision.except?.[text]) consulted.add(`phrase ${family} ${text}`);
          const refusal = !decision
            ? `pattern family not reviewed (add "${family}" to the policy)`
            : decision.keep === 'none'
              ? decision.reason
              : decision.keep === 'only'
                ? decision.phrases.includes(text) ? null : decision.reason
                : (decision.except?.[text] ?? null);
          if (refusal) {
            skip(refusal, label);
            continue;
          }
          const cue: ImportedCue = { pattern: text, stance, form: 'phrase', weight: PHRASE_WEIGHT, cameo: pattern.code.source!, origin: `${SOURCE_NAME}: ${line}` };
          if (stance === 'offer' && !policy.announcingVerbs.has(verbName(verb))) cue.requires = 'intent';
          if (policy.nounLikeVerbs.has(verbName(verb)) && pattern.elements[0]?.kind === 'verb' && !nounFree) cue.not_preceded_by = policy.notAfterNounLike;
          candidates.push(cue);
        }
      }
    }
  }

  const listed = [
    ...[...policy.verbs.keys()].map((v) => `verb ${v}`),
    ...[...policy.families].flatMap(([family, d]) => [
      `family ${family}`,
      ...(d.keep === 'only' ? d.phrases : d.keep === 'all' ? Object.keys(d.except ?? {}) : []).map((p) => `phrase ${family} ${p}`),
    ]),
    ...[...policy.stanceShifts].map((p) => `shift ${p}`),
  ];
  return {
    unusedPolicy: listed.filter((entry) => !consulted.has(entry)),
    blocks: dictionary.blocks.length,
    patterns: dictionary.blocks.reduce((n, b) => n + b.patterns.length, 0),
    cues: finish(candidates, curated, skip),
    skipped,
    notStance,
  };
}

/** Deduplicates, drops what a curated cue already says, and sorts by stance then pattern. */
function finish(candidates: ImportedCue[], curated: readonly Cue[], skip: (reason: string, what: string) => void): ImportedCue[] {
  const key = (c: { pattern: string; form: string }) => `${c.form} ${c.pattern}`;
  const curatedKeys = new Set(curated.map(key));
  const byKey = new Map<string, ImportedCue[]>();
  for (const cue of candidates) byKey.set(key(cue), [...(byKey.get(key(cue)) ?? []), cue]);
  const cues: ImportedCue[] = [];
  for (const [k, group] of byKey) {
    const first = group[0]!;
    if (curatedKeys.has(k)) {
      skip('identical to a curated cue', first.pattern);
      continue;
    }
    if (new Set(group.map((c) => c.stance)).size > 1) {
      skip('patterns disagree on the stance', `${first.pattern}: ${[...new Set(group.map((c) => c.stance))].join(' / ')}`);
      continue;
    }
    if (group.length > 1) skip('duplicate of another pattern', `${first.pattern} ×${group.length - 1}`);
    cues.push(first);
  }
  // "hit out ... at ... claim" says no more than "hit out ... at".
  const kept = cues.filter((cue) => {
    const shorter = cues.find((o) => o !== cue && o.stance === cue.stance && o.pattern !== cue.pattern && contains(cue.pattern, o.pattern));
    if (shorter) skip('covered by a shorter imported phrase', `${cue.pattern} (by ${shorter.pattern})`);
    return !shorter;
  });
  const rank = (s: Stance) => STANCE_ORDER.indexOf(s);
  return kept.sort((a, b) => rank(a.stance) - rank(b.stance) || (a.pattern < b.pattern ? -1 : a.pattern > b.pattern ? 1 : 0) || (a.form < b.form ? -1 : 1));
}
