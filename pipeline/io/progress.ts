// A progress bar over the input's bytes, drawn only for a person watching (stderr is a terminal).
import { stat } from 'node:fs/promises';
import cliProgress from 'cli-progress';
import type { Config } from '../config/command-line.ts';
import { listInputFiles, type OnBytesRead } from './read/index.ts';

interface Progress {
  /** For the reader, to hear of the input's bytes as they are read; undefined when no bar is drawn. */
  onBytesRead: OnBytesRead | undefined;
  stop(): void;
}

const SILENT: Progress = { onBytesRead: undefined, stop: () => {} };

export async function startProgress(config: Config): Promise<Progress> {
  if (!process.stderr.isTTY || config.quiet || config.logFormat !== 'text') return SILENT;
  let total = 0;
  try {
    for (const file of await listInputFiles(config.input)) total += (await stat(file)).size;
  } catch {
    return SILENT; // a missing input is reported by the reader
  }
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: '{bar} {percentage}% | {value}/{total} MB | {eta_formatted} left', clearOnComplete: true, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;
  let done = 0;
  bar.start(mb(total), 0);
  return {
    onBytesRead(bytes) {
      done += bytes;
      bar.update(Math.min(mb(done), mb(total)));
    },
    stop: () => bar.stop(),
  };
}
