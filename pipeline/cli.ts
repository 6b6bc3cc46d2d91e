// The command line: `node dist/cli.mjs COMMAND [flags]` (built from this file) behind the npm scripts.
import { helpText, parseCommandLine, type Config } from './config/command-line.ts';
import { loadResources, type Resources } from './config/resources.ts';
import { ExitCode, UserError } from './errors.ts';
import { lockOutputFolder } from './state/lock.ts';
import { createLogger, type Logger } from './io/log.ts';
import { staleBuildWarning } from './config/stale-build.ts';
import { removePendingTemporaries, removeStaleTemporaries } from './io/write/atomic.ts';

type Command = (config: Config, resources: Resources, log: Logger) => Promise<ExitCode>;

// Loaded on demand: only the commands that write reports pay for loading the chart renderer.
const COMMANDS: Record<string, () => Promise<Command>> = {
  pipeline: async () => (await import('./commands/pipeline.ts')).runPipeline,
  split: async () => (await import('./commands/pipeline.ts')).runSplit,
  tag: async () => (await import('./commands/pipeline.ts')).runTag,
  classify: async () => (await import('./commands/pipeline.ts')).runClassify,
  report: async () => (await import('./commands/pipeline.ts')).runReport,
  eval: async () => (await import('./commands/eval.ts')).runEval,
  explain: async () => (await import('./commands/explain.ts')).runExplain,
  merge: async () => (await import('./commands/merge.ts')).runMerge,
};

/** On SIGINT/SIGTERM: exit 130/143, which removes temporary files and the lock, leaving the previous outputs whole. */
function stopCleanlyOn(signal: NodeJS.Signals, code: ExitCode, log: Logger): void {
  process.once(signal, () => {
    log.error(`stopped by ${signal}; previous outputs left as they were`);
    process.exit(code);
  });
}

async function main(argv: string[]): Promise<ExitCode> {
  let log = createLogger({ quiet: false, format: 'text' });
  try {
    if (argv.includes('--help') || argv.includes('-h')) {
      process.stderr.write(helpText(Object.keys(COMMANDS)) + '\n');
      return ExitCode.ok;
    }
    const config = parseCommandLine(argv);
    log = createLogger({ quiet: config.quiet, format: config.logFormat });
    const load = COMMANDS[config.command];
    if (!load) throw new UserError(`unknown command "${config.command}": one of ${Object.keys(COMMANDS).join(', ')} (see --help)`, ExitCode.usage);
    // Only merge takes paths without a flag (the shard folders); anywhere else one is a mistake, not ignored.
    if (config.positionals.length > 0 && config.command !== 'merge') {
      throw new UserError(`unexpected argument "${config.positionals[0]}": give paths with --input or --output`, ExitCode.usage);
    }
    const resources = loadResources(config);
    const command = await load();
    const readOnly = config.command === 'explain'; // it only prints: no lock on the output folder
    for (const warning of config.warnings) log.warn(warning);
    const stale = staleBuildWarning(process.argv[1]);
    if (stale) log.warn(stale);
    const unlock = readOnly ? () => {} : lockOutputFolder(config.output);
    // However the process ends (a bug's uncaught error included), it leaves no temporary file and no lock.
    process.once('exit', () => {
      removePendingTemporaries();
      unlock();
    });
    if (!readOnly) await removeStaleTemporaries(config.output);
    stopCleanlyOn('SIGINT', ExitCode.interrupted, log);
    stopCleanlyOn('SIGTERM', ExitCode.terminated, log);
    try {
      return await command(config, resources, log);
    } finally {
      unlock();
    }
  } catch (error) {
    if (error instanceof UserError) {
      for (const line of error.message.split('\n')) log.error(line);
      return error.exitCode;
    }
    log.error(`internal error: ${(error as Error).stack ?? String(error)}`);
    return ExitCode.failure;
  }
}

process.exitCode = await main(process.argv.slice(2));
