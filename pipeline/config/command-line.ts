// Command-line flags and the optional --config file → one validated Config; an invalid config file exits 78.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ExitCode, UserError } from '../errors.ts';
import { DEFAULT_MAX_DOCUMENT_BYTES } from '../io/read/index.ts';
import { usableCpus } from './cpus.ts';
import { readUserFile, validate } from './resources.ts';
import { resolveShard } from './shard.ts';

const DEFAULT_LEXICON = fileURLToPath(new URL('../../stages/classify/lexicon.json', import.meta.url));

const ConfigFileSchema = z
  .object({
    input: z.string().min(1),
    output: z.string().min(1),
    lexicon: z.string().min(1),
    actors: z.union([z.string().min(1), z.array(z.string().min(1))]),
    abbreviations: z.string().min(1),
    max_document_bytes: z.number().int().positive(),
    keep_stages: z.boolean(),
  })
  .partial()
  .strict();

/** One validated configuration: the flags, over the --config file, over the defaults. */
export type Config = ReturnType<typeof parseCommandLine>;

/** Every flag, as parseArgs reads it and --help lists it: value, meaning, default, and its one command if any. */
export const FLAGS = {
  input: { type: 'string', help: ['PATH', 'file or folder to read', 'input'] },
  output: { type: 'string', help: ['DIR', 'folder to write', 'output'] },
  lexicon: { type: 'string', help: ['FILE', 'the stance lexicon', 'stages/classify/lexicon.json'] },
  actors: { type: 'string', multiple: true, help: ['FILE', 'more actors, repeatable', 'none'] },
  abbreviations: { type: 'string', help: ['FILE', "more of the splitter's word lists", 'none'] },
  config: { type: 'string', help: ['FILE', 'JSON of settings (README, "Commands"); flags win', 'none'] },
  'max-document-bytes': { type: 'string', help: ['N', 'larger documents are rejected', '5242880 bytes, 5 MB'] },
  'allow-empty': { type: 'boolean', help: ['', 'an input without documents writes empty outputs', 'off: exit 66'] },
  quiet: { type: 'boolean', help: ['', 'no summary line', 'off'] },
  'log-format': { type: 'string', help: ['text|json', 'how messages on stderr look', 'text'] },
  help: { type: 'boolean', short: 'h', help: ['', 'this list', ''] },
  jobs: { type: 'string', command: 'pipeline', help: ['N', 'worker threads, at most the usable CPUs', 'the usable CPUs'] },
  force: { type: 'boolean', command: 'pipeline', help: ['', 'recompute every document', 'off: reuse unchanged ones'] },
  'keep-stages': { type: 'boolean', command: 'pipeline', help: ['', 'also write OUTPUT/stages/*.jsonl', 'off'] },
  shard: { type: 'string', command: 'pipeline', help: ['K/N', 'process shard K (from 0) of N', 'all documents'] },
  'shard-count': { type: 'string', command: 'pipeline', help: ['N', 'N shards, K from the scheduler', 'SHARD_COUNT, if set'] },
  gold: { type: 'string', multiple: true, command: 'eval', help: ['FILE', 'gold file to score, repeatable', 'every eval/*.gold.jsonl'] },
  text: { type: 'string', command: 'explain', help: ['"…"', 'explain this text', 'none'] },
  doc: { type: 'string', command: 'explain', help: ['ID', 'explain this document of --input', 'none'] },
} as const;

/** What --help prints: every flag, what it does and its default, by the commands that take it. */
export function helpText(commands: readonly string[]): string {
  const flags = Object.entries(FLAGS).map(([name, flag]) => {
    const [value, does, byDefault] = flag.help;
    const short = 'short' in flag ? `, -${flag.short}` : '';
    return { command: 'command' in flag ? flag.command : undefined, name: `--${name}${short}${value ? ` ${value}` : ''}`, does, byDefault };
  });
  const width = Math.max(...flags.map((f) => f.name.length)) + 2;
  const line = (f: (typeof flags)[number]) => `  ${f.name.padEnd(width)}${f.does}${f.byDefault ? ` (default: ${f.byDefault})` : ''}`;
  const section = (title: string, command?: string) => [title, ...flags.filter((f) => f.command === command).map(line)].join('\n');
  return [
    `usage: npm run <${commands.join('|')}> -- [flags]\n       npm run merge -- --output DIR SHARD_DIR…`,
    section('every command:'),
    ...['pipeline', 'eval', 'explain'].map((command) => section(`${command}:`, command)),
    'exit codes and outputs: README.md',
  ].join('\n\n');
}

export function parseCommandLine(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: FLAGS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UserError(`${(error as Error).message} (see README.md, "Commands")`, ExitCode.usage);
  }
  const { values, positionals } = parsed;
  const [command = 'pipeline', ...rest] = positionals;
  const file = values.config ? validate(readUserFile(values.config, 'config file'), 'config file', ConfigFileSchema) : {};
  const base = values.config ? path.dirname(values.config) : '.';
  const fromFile = (p: string | undefined) => (p === undefined ? undefined : path.resolve(base, p));
  const format = values['log-format'] ?? 'text';
  const logFormat = (['text', 'json'] as const).find((known) => known === format);
  if (!logFormat) throw new UserError(`--log-format: expected "text" or "json", got "${format}"`, ExitCode.usage);
  const maxBytes = values['max-document-bytes'] !== undefined ? Number(values['max-document-bytes']) : file.max_document_bytes;
  if (maxBytes !== undefined && !(Number.isInteger(maxBytes) && maxBytes > 0)) {
    throw new UserError(`--max-document-bytes: expected a positive whole number of bytes`, ExitCode.usage);
  }
  const cpus = usableCpus();
  const jobs = values.jobs !== undefined ? Number(values.jobs) : cpus;
  if (!(Number.isInteger(jobs) && jobs >= 1)) throw new UserError(`--jobs: expected a whole number of at least 1`, ExitCode.usage);
  // More workers than CPUs only share them, each with its own heap.
  const warnings = jobs > cpus ? [`--jobs ${jobs}: this process may use ${cpus} CPUs; running at most ${cpus} workers`] : [];
  return {
    command,
    input: values.input ?? fromFile(file.input) ?? 'input',
    output: values.output ?? fromFile(file.output) ?? 'output',
    lexiconPath: values.lexicon ?? fromFile(file.lexicon) ?? DEFAULT_LEXICON,
    actorPaths: values.actors ?? [file.actors ?? []].flat().map((p) => fromFile(p)!),
    abbreviationsPath: values.abbreviations ?? fromFile(file.abbreviations) ?? null,
    maxDocumentBytes: maxBytes ?? DEFAULT_MAX_DOCUMENT_BYTES,
    keepStages: values['keep-stages'] ?? file.keep_stages ?? false,
    /** Whether an input without documents may replace the outputs with empty ones. */
    allowEmpty: values['allow-empty'] ?? false,
    force: values.force ?? false,
    jobs: Math.min(jobs, cpus),
    shard: resolveShard(values.shard ?? null, values['shard-count'] ?? null),
    quiet: values.quiet ?? false,
    logFormat,
    /** Gold files given with --gold (repeatable); empty means every gold file in eval/. */
    gold: values.gold ?? [],
    text: values.text ?? null,
    doc: values.doc ?? null,
    positionals: rest,
    /** What the command line asked for and will not get (more --jobs than CPUs), for the log. */
    warnings,
  };
}
