// The history a rollback hold is read from (gates/rollback-hold.ts): the last promotion that landed in an
// environment on the base branch's first-parent history, read on a merge's merged side, and whether it was a
// rollback (its Lockstep-Rollback trailer). Started by session.ts with the plan, awaited by the gate; loaded by the
// gate only when it gathers, so the config checks (which load every gate) do not load the records' readers.

import { generatedBy, lockstepBlock, promotionsIn } from '../records/trailers.ts';
import { pullOfSubject } from '../text/pull-subject.ts';
import { predecessors } from './graph.ts';
import { environmentFiles, landedRecord } from './publish/record.ts';
import type { PromoteWorld } from './ports.ts';
import type { PromoteEnvironment, PromoteRequest, Route } from './request.ts';

/** A rollback that landed in an environment and holds it. */
export interface RolledBack {
  env: string;
  /** The first-parent commit that landed it, and its pull request when the merge says it. */
  commit: string;
  pull?: number;
  /** The ref it rolled back to (`ref:v1.2.0`). */
  to: string;
}

/** The rollback that is the last landing in `env` on `baseSha`'s first-parent history, or undefined. */
async function lastRollback(env: PromoteEnvironment, ports: PromoteWorld, baseSha: string): Promise<RolledBack | undefined> {
  const files = await environmentFiles(env, (p) => ports.git.readAt(baseSha, p));
  const landed = await ports.git.landedAt(baseSha, files);
  if (!landed) return undefined;
  const { info, record } = await landedRecord(ports.git, landed);
  const block = lockstepBlock(record?.trailers ?? '');
  if (!generatedBy(block, 'promote-env')) return undefined;
  const p = promotionsIn(block).find((t) => t.environment === env.name);
  if (!p?.rollback) return undefined;
  // GitHub's merge and squash subjects name the pull request: `Merge pull request #45 from …`, `… (#45)`.
  const pull = pullOfSubject(info.message.split('\n', 1)[0])?.number;
  return { env: env.name, commit: landed, to: p.from, ...(pull !== undefined ? { pull } : {}) };
}

/** Each run's reads, by its ports and the base commit: started ahead of the plan, awaited by the gate. */
const started = new WeakMap<PromoteWorld, Map<string, Promise<(RolledBack | undefined)[]>>>();

/**
 * The last landing of the target and of each environment it is promoted from, read once per run and base commit:
 * a held environment's pins move no further, so one after it is held at its own step (two reads of the history,
 * not one per environment before it). session.ts starts it with the plan, so its git processes run while the plan
 * parses; the gate awaits what it started.
 */
export function rollbacksAhead(
  req: PromoteRequest,
  route: Route,
  ports: PromoteWorld,
  baseSha: string,
): Promise<(RolledBack | undefined)[]> {
  const chain = [route.to.name, ...predecessors(req.environments, route.to.index)];
  const key = `${baseSha}\0${chain.join('\0')}`;
  let runs = started.get(ports);
  if (!runs) started.set(ports, (runs = new Map<string, Promise<(RolledBack | undefined)[]>>()));
  let reads = runs.get(key);
  if (!reads) {
    reads = Promise.all(
      chain.map((name) => {
        const env = req.environments.find((e) => e.name === name);
        return env ? lastRollback(env, ports, baseSha) : Promise.resolve(undefined);
      }),
    );
    // Awaited by the gate; a promotion that ends before its gates does not leave it unhandled.
    reads.catch(() => undefined);
    runs.set(key, reads);
  }
  return reads;
}
