// What --help prints: every flag, what it does and its default, by the commands that take it.

/** One flag's line: its name (with the value it takes), what it does, its default. */
interface FlagHelp {
  flag: string;
  does: string;
  default: string;
}

const ALL: FlagHelp[] = [
  { flag: '--input PATH', does: 'file or folder to read', default: 'input' },
  { flag: '--output DIR', does: 'folder to write', default: 'output' },
  { flag: '--lexicon FILE', does: 'the stance lexicon', default: 'stages/classify/lexicon.json' },
  { flag: '--actors FILE', does: 'more actors, repeatable', default: 'none' },
  { flag: '--abbreviations FILE', does: "more of the splitter's word lists", default: 'none' },
  { flag: '--config FILE', does: 'JSON of settings (README, "Commands"); flags win', default: 'none' },
  { flag: '--max-document-bytes N', does: 'larger documents are rejected', default: '5242880 bytes, 5 MB' },
  { flag: '--allow-empty', does: 'an input without documents writes empty outputs', default: 'off: exit 66' },
  { flag: '--quiet', does: 'no summary line', default: 'off' },
  { flag: '--log-format text|json', does: 'how messages on stderr look', default: 'text' },
  { flag: '--help, -h', does: 'this list', default: '' },
];

const PIPELINE: FlagHelp[] = [
  { flag: '--jobs N', does: 'worker threads, at most the usable CPUs', default: 'the usable CPUs' },
  { flag: '--force', does: 'recompute every document', default: 'off: reuse unchanged ones' },
  { flag: '--keep-stages', does: 'also write OUTPUT/stages/*.jsonl', default: 'off' },
  { flag: '--shard K/N', does: 'process shard K (from 0) of N', default: 'all documents' },
  { flag: '--shard-count N', does: 'N shards, K from the scheduler', default: 'SHARD_COUNT, if set' },
];

const EVAL: FlagHelp[] = [{ flag: '--gold FILE', does: 'gold file to score, repeatable', default: 'every eval/*.gold.jsonl' }];

const EXPLAIN: FlagHelp[] = [
  { flag: '--text "…"', does: 'explain this text', default: 'none' },
  { flag: '--doc ID', does: 'explain this document of --input', default: 'none' },
];

const WIDTH = Math.max(...[ALL, PIPELINE, EVAL, EXPLAIN].flat().map((f) => f.flag.length)) + 2;

function section(title: string, flags: FlagHelp[]): string {
  const lines = flags.map((f) => `  ${f.flag.padEnd(WIDTH)}${f.does}${f.default ? ` (default: ${f.default})` : ''}`);
  return `${title}\n${lines.join('\n')}`;
}

export function helpText(commands: readonly string[]): string {
  return [
    `usage: npm run <${commands.join('|')}> -- [flags]\n       npm run merge -- --output DIR SHARD_DIR…`,
    section('every command:', ALL),
    section('pipeline:', PIPELINE),
    section('eval:', EVAL),
    section('explain:', EXPLAIN),
    'exit codes and outputs: README.md',
  ].join('\n\n');
}
