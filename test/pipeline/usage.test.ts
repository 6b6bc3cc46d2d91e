import { describe, expect, it } from 'vitest';
import { FLAGS, helpText } from '../../pipeline/config/command-line.ts';

const help = helpText(['pipeline', 'split', 'tag', 'classify', 'report', 'eval', 'explain', 'merge']);
const lines = help.split('\n');

describe('--help', () => {
  it('lists every flag the command line takes, each on its own line', () => {
    for (const flag of Object.keys(FLAGS)) {
      expect(lines.filter((line) => line.startsWith(`  --${flag} `) || line.startsWith(`  --${flag},`)), flag).toHaveLength(1);
    }
  });

  it('gives each flag its default', () => {
    const flagLines = lines.filter((line) => line.startsWith('  --') && !line.startsWith('  --help'));
    expect(flagLines).toHaveLength(Object.keys(FLAGS).length - 1);
    for (const line of flagLines) expect(line, line).toMatch(/\(default: [^)]+\)$/);
    expect(lines).toContain('  --jobs N                worker threads, at most the usable CPUs (default: the usable CPUs)');
    expect(lines).toContain('  --max-document-bytes N  larger documents are rejected (default: 5242880 bytes, 5 MB)');
  });
});
