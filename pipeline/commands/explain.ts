// npm run explain: for each sentence, the actors found, the cues matched, and why each record was made or dropped.
import { classifySentence } from '../../stages/classify/index.ts';
import type { Document, StanceRecord } from '../../stages/schemas.ts';
import { splitSentences } from '../../stages/split/index.ts';
import { tagDocument } from '../../stages/tag/index.ts';
import type { Config } from '../config/command-line.ts';
import type { Resources } from '../config/resources.ts';
import { ExitCode, UserError } from '../errors.ts';
import type { Logger } from '../io/log.ts';
import { documentsOf } from '../io/input-documents.ts';

async function findDocument(config: Config, log: Logger): Promise<Document> {
  if (config.text !== null) return { id: 'text', text: config.text, date: null, speaker: null };
  if (config.doc === null) throw new UserError('explain needs --text "…" or --doc ID (with --input)', ExitCode.usage);
  for await (const { doc } of documentsOf(config, [], log)) if (doc.id === config.doc) return doc;
  throw new UserError(`${config.input}: no document with id "${config.doc}"`, ExitCode.dataError);
}

/** A record as `source [country] —stance→ target [country]`, for people reading why it was made. */
export const stanceArrow = (r: StanceRecord): string =>
  `${r.source.name} [${r.source.country ?? r.source.id}] —${r.stance}→ ` +
  (r.target ? `${r.target.name} [${r.target.country ?? r.target.id}]` : '(no target)');

export async function runExplain(config: Config, resources: Resources, log: Logger): Promise<ExitCode> {
  const doc = await findDocument(config, log);
  const lines: string[] = [];
  const tagged = tagDocument(splitSentences(doc, resources.splitRules), resources.gazetteer);
  for (const s of tagged) {
    lines.push(`[${s.index}] ${s.text.replace(/\s+/g, ' ')}`);
    if (s.mentions.length === 0) lines.push('  actors: none');
    for (const m of s.mentions) {
      lines.push(`  actor  "${m.text}" → ${m.name} (${[m.country ?? '—', m.role ?? '—'].join(' ')}, ${m.kind}) by ${m.resolution}`);
    }
    for (const q of s.quotes) {
      lines.push(`  quote  ${s.text.slice(q.start, q.end).slice(0, 50)}… spoken by ${q.speaker ? q.speaker.name : 'nobody identified'}`);
    }
    const { decisions } = classifySentence(s, resources.lexicon);
    if (decisions.length === 0) lines.push('  cues: none');
    for (const d of decisions) {
      lines.push(`  cue    "${d.text}" (${d.stance}, ${d.form} "${d.cue}", ${d.origin}) → ${d.outcome}: ${d.detail}`);
      for (const r of d.records) {
        lines.push(`         ${r.negated ? 'NEGATED ' : ''}${stanceArrow(r)}  confidence ${r.confidence}, cameo ${r.cameo ?? '—'}`);
      }
    }
  }
  process.stdout.write(lines.join('\n') + '\n');
  return ExitCode.ok;
}
