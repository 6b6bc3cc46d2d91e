// The documents of a run: read from the input, filtered to this shard; input errors collected and logged.
import type { Document, InputError } from '../stages/schemas.ts';
import type { Config } from './config.ts';
import { ExitCode, UserError } from './errors.ts';
import type { Logger } from './log.ts';
import { InputPathMissingError, readInputs, type OnBytesRead } from './read/index.ts';
import { inShard } from './shard.ts';

/** `onBytesRead` hears of every input byte read, also those of documents other shards take. */
export async function* documentsOf(config: Config, errors: InputError[], log: Logger, onBytesRead?: OnBytesRead): AsyncGenerator<Document> {
  try {
    const { shard } = config;
    const options = { maxDocumentBytes: config.maxDocumentBytes, ...(onBytesRead ? { onBytesRead } : {}), ...(shard ? { select: (id: string) => inShard(id, shard) } : {}) };
    for await (const item of readInputs(config.input, options)) {
      if (item.kind === 'error') {
        if (!inShard(item.error.doc_id, shard)) continue;
        errors.push(item.error);
        log.warn(`${item.error.file}${item.error.line ? ` line ${item.error.line}` : ''}: ${item.error.reason}`);
      } else yield item.document;
    }
  } catch (error) {
    if (error instanceof InputPathMissingError) throw new UserError(`${config.input}: input path not found`, ExitCode.noInput);
    throw error;
  }
}
