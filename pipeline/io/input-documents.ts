// The documents of a run: read from the input, filtered to this shard; input errors collected and logged.
import type { Document, InputError } from '../../stages/schemas.ts';
import type { Config } from '../config/command-line.ts';
import { ExitCode, UserError } from '../errors.ts';
import type { Logger } from './log.ts';
import { readInputs, type OnBytesRead } from './read/index.ts';
import { inShard } from '../config/shard.ts';

/** A document of this run, and its place in the whole input: how many documents (every shard's) were read before it. */
export interface InputDocument {
  doc: Document;
  position: number;
}

/** An input of no document (an unmounted share) is a UserError (66) unless --allow-empty: outputs stay as they were. */
export async function* documentsOf(config: Config, errors: InputError[], log: Logger, onBytesRead?: OnBytesRead): AsyncGenerator<InputDocument> {
  let documents = 0; // in the whole input, every shard's
  const select = (id: string) => {
    documents += 1;
    return inShard(id, config.shard);
  };
  const options = { maxDocumentBytes: config.maxDocumentBytes, select, onBytesRead };
  for await (const item of readInputs(config.input, options)) {
    if (item.kind === 'error') {
      if (!inShard(item.error.doc_id, config.shard)) continue;
      errors.push(item.error);
      log.warn(`${item.error.file}${item.error.line ? ` line ${item.error.line}` : ''}: ${item.error.reason}`);
    } else yield { doc: item.document, position: documents - 1 };
  }
  if (documents === 0 && !config.allowEmpty) {
    const rejected = errors.length > 0 ? ` (${errors.length} input errors above)` : '';
    throw new UserError(`no documents in ${config.input}${rejected}; outputs left as they were (--allow-empty writes empty ones)`, ExitCode.noInput);
  }
}
