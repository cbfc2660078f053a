// A workflow matrix's share of the environments (issue 76, "Past one runner"): `shard: i/n` renders only the
// environments whose stable name hashes to i, so a re-run renders the same share, adding an app moves only that
// app, and every environment falls in exactly one shard whatever the order of the config or of the apps.

import type { Shard } from './shard.ts';

/**
 * The shard (1..count) an environment's stable name falls in: a hash of the name, never its position in a list.
 * node:crypto is loaded on the first call (every check's view reads this module; a check without a shard or an
 * environment never needs it, and loading it is ~4 ms of a 100 ms check).
 */
export function shardOf(name: string, count: number): number {
  const digest = process.getBuiltinModule('node:crypto').createHash('sha256').update(name, 'utf8').digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

/** Whether `name` is in `shard`'s share (every name is, without a shard). */
export function inShard(name: string, shard: Shard | undefined): boolean {
  return !shard || shardOf(name, shard.count) === shard.index;
}
