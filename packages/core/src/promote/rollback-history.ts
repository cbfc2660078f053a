// The history a rollback hold is read from (gates/rollback-hold.ts): the last promotion that landed in an
// environment on the base branch's first-parent history, read on a merge's merged side, and whether it was a
// rollback (its Lockstep-Rollback trailer), for every environment asked in one history walk. Started by session.ts
// with the plan, awaited by the gate; loaded by the gate only when it gathers, so the config checks (which load every
// gate) do not load the records' readers. `lockstep status` reads it for every environment (promote/status-holds.ts).

import { generatedBy, lockstepBlock, promotionsIn } from '../records/trailers.ts';
import { pullOfSubject } from '../text/pull-subject.ts';
import type { Landing } from '../git/log.ts';
import { predecessors, type GraphNode } from './graph.ts';
import { environmentFiles } from './publish/record.ts';
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

/** The rollback `landing` (the last landing in `env`) is, or undefined: its record (a merge's merged side) says `Lockstep-Rollback: true` for `env`. */
function rollbackOf(env: string, landing: Landing | undefined): RolledBack | undefined {
  if (!landing) return undefined;
  const record = landing.info.parents.length > 1 ? landing.merged : landing.info;
  const block = lockstepBlock(record?.trailers ?? '');
  if (!generatedBy(block, 'promote-env')) return undefined;
  const p = promotionsIn(block).find((t) => t.environment === env);
  if (!p?.rollback) return undefined;
  // GitHub's merge and squash subjects name the pull request: `Merge pull request #45 from …`, `… (#45)`.
  const pull = pullOfSubject(landing.info.message.split('\n', 1)[0])?.number;
  return { env, commit: landing.commit, to: p.from, ...(pull !== undefined ? { pull } : {}) };
}

/**
 * The rollback that holds each of `envs` on `baseSha` (undefined where none): each one's last landing on the
 * first-parent history, read for all of them in one walk (git/log.ts lastLandings). promote's gate asks it for the
 * target and the environments it is promoted from, `lockstep status` for every environment.
 */
export async function rollbacksOf(
  envs: readonly PromoteEnvironment[],
  ports: PromoteWorld,
  baseSha: string,
): Promise<(RolledBack | undefined)[]> {
  const files = await Promise.all(envs.map((env) => environmentFiles(env, (p) => ports.git.readAt(baseSha, p))));
  const landings = await ports.git.landings(baseSha, files);
  return envs.map((env, k) => rollbackOf(env.name, landings[k]));
}

/** The environments whose rollback holds a promotion into `envs[k]`: itself, then each it is promoted from (graph.ts). */
export function holdChain(envs: readonly GraphNode[], k: number): string[] {
  return [envs[k].name, ...predecessors(envs, k)];
}

/** Each run's reads, by its ports and the base commit: started ahead of the plan, awaited by the gate. */
const started = new WeakMap<PromoteWorld, Map<string, Promise<(RolledBack | undefined)[]>>>();

/**
 * The last landing of the target and of each environment it is promoted from, read once per run and base commit
 * (one walk of the history for all of them): a held environment's pins move no further, so one after it is held at
 * its own step. session.ts starts it with the plan, so its git processes run while the plan parses; the gate awaits
 * what it started.
 */
export function rollbacksAhead(
  req: PromoteRequest,
  route: Route,
  ports: PromoteWorld,
  baseSha: string,
): Promise<(RolledBack | undefined)[]> {
  const chain = holdChain(req.environments, route.to.index);
  const key = `${baseSha}\0${chain.join('\0')}`;
  let runs = started.get(ports);
  if (!runs) started.set(ports, (runs = new Map<string, Promise<(RolledBack | undefined)[]>>()));
  let reads = runs.get(key);
  if (!reads) {
    const envs = chain.flatMap((name) => req.environments.filter((e) => e.name === name));
    reads = rollbacksOf(envs, ports, baseSha);
    // Awaited by the gate; a promotion that ends before its gates does not leave it unhandled.
    reads.catch(() => undefined);
    runs.set(key, reads);
  }
  return reads;
}
