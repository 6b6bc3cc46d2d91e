// `npm run lexicon:import [-- --lexicon FILE] [--dictionary FILE] [--verbose]`: PETRARCH2's CAMEO verbs → "imported_cues".
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { LexiconSchema } from '../../stages/classify/lexicon.ts';
import { convertDictionary, STANCE_ORDER, type Conversion } from './convert.ts';
import { parseVerbDictionary } from './parse.ts';
import { DEFAULT_POLICY } from './policy.ts';
import { spliceImportedCues } from './write.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const DEFAULT_LEXICON = path.join(root, 'stages/classify/lexicon.json');
const DEFAULT_DICTIONARY = path.join(root, 'stages/classify/petrarch2/CAMEO.2.0.txt');

/** A path as the user would type it: relative when it is under the working directory. */
const shown = (file: string) => (path.relative(process.cwd(), file).startsWith('..') ? file : path.relative(process.cwd(), file));
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** Reasons share a head ("ambiguous in diplomatic text: …"): the summary counts by it. */
const headOf = (reason: string) => reason.split(': ')[0]!;

function summary(conversion: Conversion, dictionaryPath: string, lexiconPath: string, verbose: boolean): string {
  const { cues, skipped, notStance } = conversion;
  const lines = [
    `lexicon:import: read ${conversion.blocks} verb blocks and ${conversion.patterns} patterns from ${shown(dictionaryPath)}`,
    `  wrote ${cues.length} imported cues to ${shown(lexiconPath)}: ` +
      STANCE_ORDER.map((s) => {
        const of = cues.filter((c) => c.stance === s);
        return `${s} ${of.length} (${count(of.filter((c) => c.form === 'verb').length, 'verb')}, ${count(of.filter((c) => c.form === 'phrase').length, 'phrase')})`;
      }).join(', '),
    `  not a stance code: ${notStance.verbs} verbs, ${notStance.patterns} patterns`,
    ...(conversion.unusedPolicy.length > 0 ? [`  policy entries not consulted (shadowed by a curated cue, or stale): ${conversion.unusedPolicy.join('; ')}`] : []),
    '  skipped, of the verbs and patterns with a stance code:',
  ];
  const byHead = new Map<string, number>();
  for (const [reason, items] of skipped) byHead.set(headOf(reason), (byHead.get(headOf(reason)) ?? 0) + items.length);
  for (const [head, n] of [...byHead].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) lines.push(`    ${String(n).padStart(4)}  ${head}`);
  if (verbose) {
    for (const [reason, items] of [...skipped].sort((a, b) => a[0].localeCompare(b[0]))) {
      lines.push(`  ${reason}:`);
      for (const item of items) lines.push(`      ${item}`);
    }
  } else lines.push('  (--verbose lists each skipped verb and pattern)');
  return lines.join('\n') + '\n';
}

function main(): number {
  const { values } = parseArgs({
    options: {
      lexicon: { type: 'string', default: DEFAULT_LEXICON },
      dictionary: { type: 'string', default: DEFAULT_DICTIONARY },
      verbose: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const lexiconPath = path.resolve(values.lexicon);
  const dictionaryPath = path.resolve(values.dictionary);
  const text = readFileSync(lexiconPath, 'utf8');
  const lexicon = LexiconSchema.parse(JSON.parse(text));
  const conversion = convertDictionary(parseVerbDictionary(readFileSync(dictionaryPath, 'utf8')), lexicon.cues, DEFAULT_POLICY);
  const updated = spliceImportedCues(text, conversion.cues);
  // Never leave a lexicon the classifier cannot load.
  const check = LexiconSchema.safeParse(JSON.parse(updated));
  if (!check.success) {
    process.stderr.write(`lexicon:import: the result does not validate, ${lexiconPath} left as it was:\n${check.error.message}\n`);
    return 1;
  }
  if (updated !== text) {
    const temporary = `${lexiconPath}.${process.pid}.tmp`;
    writeFileSync(temporary, updated);
    renameSync(temporary, lexiconPath);
  }
  process.stderr.write(summary(conversion, dictionaryPath, lexiconPath, values.verbose));
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  process.stderr.write(`lexicon:import: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
