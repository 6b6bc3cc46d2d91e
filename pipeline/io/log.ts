// Messages for people (or, with --log-format json, for log collectors). Always stderr: stdout carries data.
export type Logger = ReturnType<typeof createLogger>;

export function createLogger(options: { quiet: boolean; format: 'text' | 'json' }) {
  const emit = (level: 'info' | 'warn' | 'error') => (message: string) => {
    if (options.quiet && level === 'info') return;
    if (options.format === 'json') {
      process.stderr.write(JSON.stringify({ time: new Date().toISOString(), level, message }) + '\n');
    } else {
      process.stderr.write(`${level === 'info' ? '' : `${level}: `}${message}\n`);
    }
  };
  return { info: emit('info'), warn: emit('warn'), error: emit('error') };
}
