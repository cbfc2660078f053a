// A workflow matrix's share of the environments (issue 76, "Past one runner"): `shard: i/n` as the inputs read it,
// light enough for a request (no hash library: the split itself is shard-split.ts, loaded with the run).

import { named, UserError, words } from '../errors.ts';

/** The most shards a matrix is split into (GitHub's matrix allows 256 jobs). */
export const MAX_SHARDS = 256;

/** One shard of `count`: `index` is 1-based, as the input writes it. */
export interface Shard {
  index: number;
  count: number;
}

const SHARD = /^([1-9][0-9]{0,2})\/([1-9][0-9]{0,2})$/;

/** `i/n` read (1 ≤ i ≤ n ≤ MAX_SHARDS), or undefined when not given; anything else refused naming `input`. */
export function parseShard(text: string | undefined, input = 'shard'): Shard | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const m = SHARD.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || index > count || count > MAX_SHARDS)
    throw new UserError(`is '${text}', not i/n with 1 ≤ i ≤ n ≤ ${MAX_SHARDS}`, {
      input,
      hint: words`give this job its share of a workflow matrix, its index and the matrix's size, e.g. ${named(input, '2/8')}`,
    });
  return { index, count };
}

/** `shard` as the input writes it. */
export function shardText(shard: Shard): string {
  return `${shard.index}/${shard.count}`;
}
