// The files a run's result depends on (lexicon, actors, split rules), read once and validated: the main
// thread reads them, every worker builds its resources from the same contents. Any invalid file stops the run
// with exit 78, before anything is written.
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { compileLexicon, LexiconSchema, type Lexicon } from '../../stages/classify/index.ts';
import { loadSplitRules, SplitRulesExtensionSchema } from '../../stages/split/index.ts';
import { ActorFileSchema, actorFileEntries, buildGazetteer, type Gazetteer } from '../../stages/tag/index.ts';
import { ExitCode, UserError } from '../errors.ts';
import { parseJson } from '../io/jsonl-file.ts';
import type { Config } from './command-line.ts';
import { formatZodIssues } from './zod-issues.ts';

/** The compiled lexicon, the gazetteer and the split rules, with the files they were built from. */
export type Resources = ReturnType<typeof buildResources>;

interface UserFile {
  file: string;
  raw: string;
}

export interface ResourceFiles {
  lexicon: UserFile;
  actors: UserFile[];
  abbreviations: UserFile | null;
}

export function readUserFile(file: string, what: string): UserFile {
  try {
    return { file, raw: readFileSync(file, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(`${file}: cannot read the ${what} (${code === 'ENOENT' ? 'no such file' : code})`, ExitCode.config);
  }
}

/** Parses and validates a user's JSON file; every failure is a one-line-per-problem exit-78 error. */
export function validate<T>({ file, raw }: UserFile, what: string, schema: z.ZodType<T>, collection?: string): T {
  const data = parseJson(raw);
  if (data instanceof SyntaxError) {
    throw new UserError(`${file}: the ${what} is not valid JSON: ${data.message}`, ExitCode.config);
  }
  const result = schema.safeParse(data);
  if (!result.success) throw new UserError(formatZodIssues(file, result.error, data, collection).join('\n'), ExitCode.config);
  return result.data;
}

/** Validates and compiles the lexicon, actors and split rules; the gazetteer is built when first needed. */
export function buildResources(files: ResourceFiles) {
  const lexicon = compileLexicon(validate<Lexicon>(files.lexicon, 'lexicon', LexiconSchema, 'cues'));
  const actors = files.actors.flatMap((f) => actorFileEntries(validate(f, 'actor file', ActorFileSchema, 'actors')));
  const splitRules = files.abbreviations
    ? loadSplitRules(validate(files.abbreviations, 'abbreviations file', SplitRulesExtensionSchema))
    : undefined;
  let gazetteer: Gazetteer | undefined;
  return {
    files,
    lexicon,
    splitRules,
    get gazetteer() {
      return (gazetteer ??= buildGazetteer(actors));
    },
  };
}

/** Reads the files the config names, and builds the resources from them. */
export function loadResources(config: Config): Resources {
  return buildResources({
    lexicon: readUserFile(config.lexiconPath, 'lexicon'),
    actors: config.actorPaths.map((file) => readUserFile(file, 'actor file')),
    abbreviations: config.abbreviationsPath ? readUserFile(config.abbreviationsPath, 'abbreviations file') : null,
  });
}
