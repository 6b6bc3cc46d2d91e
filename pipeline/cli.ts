// The command line: `tsx pipeline/cli.ts COMMAND [flags]`, behind the npm scripts.
import { loadResources, parseCommandLine, type Config, type Resources } from './config.ts';
import { ExitCode, UserError } from './errors.ts';
import { runEval } from './eval/run.ts';
import { runExplain } from './explain.ts';
import { createLogger, type Logger } from './log.ts';
import { runClassify, runPipeline, runReport, runSplit, runTag } from './run.ts';

type Command = (config: Config, resources: Resources, log: Logger) => Promise<ExitCode>;

const COMMANDS: Record<string, Command> = {
  pipeline: runPipeline,
  split: runSplit,
  tag: runTag,
  classify: runClassify,
  report: runReport,
  eval: runEval,
  explain: runExplain,
};

const USAGE = `usage: npm run <${Object.keys(COMMANDS).join('|')}> -- [--input PATH] [--output DIR] [--lexicon FILE] [--actors FILE] [--config FILE] [--keep-stages]
  eval: --gold FILE    explain: --text "…" | --doc ID`;

async function main(argv: string[]): Promise<ExitCode> {
  let log = createLogger({ quiet: false, format: 'text' });
  try {
    if (argv.includes('--help') || argv.includes('-h')) {
      process.stderr.write(USAGE + '\n');
      return ExitCode.ok;
    }
    const config = parseCommandLine(argv);
    log = createLogger({ quiet: config.quiet, format: config.logFormat });
    const command = COMMANDS[config.command];
    if (!command) throw new UserError(`unknown command "${config.command}"\n${USAGE}`, ExitCode.usage);
    const resources = loadResources(config);
    return await command(config, resources, log);
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
