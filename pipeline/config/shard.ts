// --shard K/N: a stable split of the documents by a hash of their id, so N machines share one input.
// K and N also come from the index variables of schedulers that run array jobs.
import { createHash } from 'node:crypto';
import { ExitCode, UserError } from '../errors.ts';

export interface Shard {
  index: number;
  count: number;
}

const INDEX_VARIABLES = ['JOB_COMPLETION_INDEX', 'AWS_BATCH_JOB_ARRAY_INDEX', 'SLURM_ARRAY_TASK_ID'] as const;
const COUNT_VARIABLES = ['SHARD_COUNT', 'SLURM_ARRAY_TASK_COUNT'] as const;

const wholeNumber = (s: string | undefined): number | undefined => (s !== undefined && /^\d+$/.test(s) ? Number(s) : undefined);

/** From `--shard K/N`, or `--shard-count N` / SHARD_COUNT with the scheduler's index variable. */
export function resolveShard(flag: string | null, countFlag: string | null, env: NodeJS.ProcessEnv = process.env): Shard | null {
  let index: number | undefined;
  let count: number | undefined;
  if (flag !== null) {
    const m = /^(\d+)\/(\d+)$/.exec(flag);
    if (!m) throw new UserError(`--shard: expected K/N such as 0/4, got "${flag}"`, ExitCode.usage);
    index = Number(m[1]);
    count = Number(m[2]);
  } else {
    count = wholeNumber(countFlag ?? undefined) ?? COUNT_VARIABLES.map((v) => wholeNumber(env[v])).find((n) => n !== undefined);
    if (count === undefined) return null;
    index = INDEX_VARIABLES.map((v) => wholeNumber(env[v])).find((n) => n !== undefined);
    if (index === undefined) {
      throw new UserError(`a shard count is set but no shard index: pass --shard K/N or set one of ${INDEX_VARIABLES.join(', ')}`, ExitCode.usage);
    }
  }
  if (count < 1 || index >= count) throw new UserError(`shard ${index}/${count}: K must be below N`, ExitCode.usage);
  return { index, count };
}

export function inShard(docId: string | undefined, shard: Shard | null): boolean {
  if (!shard) return true;
  // Errors that name no document (a malformed line) are reported once, by shard 0.
  if (docId === undefined) return shard.index === 0;
  // Stable across machines and runs: the first 8 bytes of the id's SHA-256.
  return Number(createHash('sha256').update(docId).digest().readBigUInt64BE(0) % BigInt(shard.count)) === shard.index;
}
