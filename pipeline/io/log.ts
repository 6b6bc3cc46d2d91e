// Messages for people (or, with --log-format json, for log collectors). Always stderr: stdout carries data.
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export function createLogger(options: { quiet: boolean; format: 'text' | 'json' }): Logger {
  const emit = (level: keyof Logger) => (message: string) => {
    if (options.quiet && level === 'info') return;
    if (options.format === 'json') {
      process.stderr.write(JSON.stringify({ time: new Date().toISOString(), level, message }) + '\n');
    } else {
      process.stderr.write(`${level === 'info' ? '' : `${level}: `}${message}\n`);
    }
  };
  return { info: emit('info'), warn: emit('warn'), error: emit('error') };
}
