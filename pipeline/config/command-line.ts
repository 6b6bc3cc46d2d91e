// Command-line flags and the optional --config file → one validated Config. An invalid config file stops here
// with exit 78, before anything is written.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ExitCode, UserError } from '../errors.ts';
import { DEFAULT_MAX_DOCUMENT_BYTES } from '../io/read/index.ts';
import { usableCpus } from './cpus.ts';
import { readUserFile, validate } from './resources.ts';
import { resolveShard, type Shard } from './shard.ts';

const DEFAULT_LEXICON = fileURLToPath(new URL('../../stages/classify/lexicon.json', import.meta.url));
/** `npm run eval` without --gold scores every *.gold.jsonl in the project's eval/ folder. */
export const DEFAULT_GOLD_FOLDER = fileURLToPath(new URL('../../eval/', import.meta.url));

export const ConfigFileSchema = z
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

export interface Config {
  command: string;
  input: string;
  output: string;
  lexiconPath: string;
  actorPaths: string[];
  abbreviationsPath: string | null;
  maxDocumentBytes: number;
  keepStages: boolean;
  /** Whether an input without documents may replace the outputs with empty ones. */
  allowEmpty: boolean;
  force: boolean;
  jobs: number;
  shard: Shard | null;
  quiet: boolean;
  logFormat: 'text' | 'json';
  /** Gold files given with --gold (repeatable); empty means every gold file in eval/. */
  gold: string[];
  text: string | null;
  doc: string | null;
  positionals: string[];
  /** What the command line asked for and will not get (more --jobs than CPUs), for the log. */
  warnings: string[];
}

export const FLAGS = {
  input: { type: 'string' },
  output: { type: 'string' },
  lexicon: { type: 'string' },
  actors: { type: 'string', multiple: true },
  abbreviations: { type: 'string' },
  config: { type: 'string' },
  'max-document-bytes': { type: 'string' },
  'keep-stages': { type: 'boolean' },
  'allow-empty': { type: 'boolean' },
  force: { type: 'boolean' },
  jobs: { type: 'string' },
  shard: { type: 'string' },
  'shard-count': { type: 'string' },
  quiet: { type: 'boolean' },
  'log-format': { type: 'string' },
  gold: { type: 'string', multiple: true },
  text: { type: 'string' },
  doc: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function parseCommandLine(argv: string[]): Config {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: FLAGS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UserError(`${(error as Error).message} (see README.md, "Commands")`, ExitCode.usage);
  }
  const { values, positionals } = parsed;
  const [command = 'pipeline', ...rest] = positionals;
  const file = values.config ? readConfigFile(values.config) : {};
  const base = values.config ? path.dirname(values.config) : '.';
  const fromFile = (p: string | undefined) => (p === undefined ? undefined : path.resolve(base, p));
  const logFormat = values['log-format'] ?? 'text';
  if (logFormat !== 'text' && logFormat !== 'json') {
    throw new UserError(`--log-format: expected "text" or "json", got "${logFormat}"`, ExitCode.usage);
  }
  const maxBytes = values['max-document-bytes'] !== undefined ? Number(values['max-document-bytes']) : file.max_document_bytes;
  if (maxBytes !== undefined && !(Number.isInteger(maxBytes) && maxBytes > 0)) {
    throw new UserError(`--max-document-bytes: expected a positive whole number of bytes`, ExitCode.usage);
  }
  const cpus = usableCpus();
  const jobs = values.jobs !== undefined ? Number(values.jobs) : cpus;
  if (!(Number.isInteger(jobs) && jobs >= 1)) throw new UserError(`--jobs: expected a whole number of at least 1`, ExitCode.usage);
  // More workers than CPUs only share them, each with its own heap.
  const warnings = jobs > cpus ? [`--jobs ${jobs}: this process may use ${cpus} CPUs; running at most ${cpus} workers`] : [];
  const fileActors = file.actors === undefined ? [] : [file.actors].flat().map((p) => fromFile(p)!);
  return {
    command,
    input: values.input ?? fromFile(file.input) ?? 'input',
    output: values.output ?? fromFile(file.output) ?? 'output',
    lexiconPath: values.lexicon ?? fromFile(file.lexicon) ?? DEFAULT_LEXICON,
    actorPaths: values.actors ?? fileActors,
    abbreviationsPath: values.abbreviations ?? fromFile(file.abbreviations) ?? null,
    maxDocumentBytes: maxBytes ?? DEFAULT_MAX_DOCUMENT_BYTES,
    keepStages: values['keep-stages'] ?? file.keep_stages ?? false,
    allowEmpty: values['allow-empty'] ?? false,
    force: values.force ?? false,
    jobs: Math.min(jobs, cpus),
    shard: resolveShard(values.shard ?? null, values['shard-count'] ?? null),
    quiet: values.quiet ?? false,
    logFormat,
    gold: values.gold ?? [],
    text: values.text ?? null,
    doc: values.doc ?? null,
    positionals: rest,
    warnings,
  };
}

function readConfigFile(file: string): z.infer<typeof ConfigFileSchema> {
  return validate(readUserFile(file, 'config file'), 'config file', ConfigFileSchema);
}
