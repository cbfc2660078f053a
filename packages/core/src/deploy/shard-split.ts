// A workflow matrix's share of the environments (issue 76, "Past one runner"): `shard: i/n` renders only the
// environments whose stable name hashes to i, so a re-run renders the same share, adding an app moves only that
// app, and every environment falls in exactly one shard whatever the order of the config or of the apps.

import { createHash } from 'node:crypto';
import type { Shard } from './shard.ts';

/** The shard (1..count) an environment's stable name falls in: a hash of the name, never its position in a list. */
export function shardOf(name: string, count: number): number {
  const digest = createHash('sha256').update(name, 'utf8').digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

/** Whether `name` is in `shard`'s share (every name is, without a shard). */
export function inShard(name: string, shard: Shard | undefined): boolean {
  return !shard || shardOf(name, shard.count) === shard.index;
}
