// Messages for people (or, with --log-format json, for log collectors). Always stderr: stdout carries data.
export type Level = 'info' | 'warn' | 'error';

export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export function createLogger(options: { quiet: boolean; format: 'text' | 'json' }): Logger {
  const emit = (level: Level, message: string, fields: Record<string, unknown> = {}) => {
    if (options.quiet && level === 'info') return;
    if (options.format === 'json') {
      process.stderr.write(JSON.stringify({ time: new Date().toISOString(), level, message, ...fields }) + '\n');
    } else {
      process.stderr.write(`${level === 'info' ? '' : `${level}: `}${message}\n`);
    }
  };
  return {
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
  };
}
