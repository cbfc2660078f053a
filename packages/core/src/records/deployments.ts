// GitHub Deployments as a second source of landing times (promote-env's
// `record: deployments` makes one per landed promotion and environment):
// a landing whose commit has a deployment in its environment with a
// `success` status landed when that status was given, not when the commit
// reached the base branch; one whose deployment only failed is a failed
// landing. Definitions: docs/metrics.md. Pure: landings and deployments in,
// landings out.

import type { DeploymentOutcome, Landing } from './history.ts';

/** One deployment as read from GitHub: its commit, environment and statuses (times in Unix seconds). */
export interface SeenDeployment {
  id: number;
  sha: string;
  environment: string;
  statuses: readonly { state: string; at: number }[];
}

/** A deployment's outcome, and when it succeeded (the earliest success status). */
export function outcomeOf(d: SeenDeployment): { state: DeploymentOutcome; at?: number } {
  const successes = d.statuses.filter((s) => s.state === 'success').map((s) => s.at);
  if (successes.length > 0) return { state: 'success', at: Math.min(...successes) };
  if (d.statuses.some((s) => s.state === 'failure' || s.state === 'error')) return { state: 'failure' };
  if (d.statuses.some((s) => s.state === 'inactive')) return { state: 'inactive' };
  return { state: 'pending' };
}

const RANK: Record<DeploymentOutcome, number> = { success: 3, failure: 2, inactive: 1, pending: 0 };

/**
 * The landings with each one's deployment applied: of the deployments of its
 * commit into its environment (a rerun may make several), the one that
 * succeeded earliest, else a failed one, else an inactive or pending one. A
 * success moves the landing's time to the success status's (source
 * `deployment`); any other outcome keeps the commit's time (source `git`).
 * Landings without a deployment are returned as they were.
 */
export function timedByDeployments(landings: readonly Landing[], deployments: readonly SeenDeployment[]): Landing[] {
  const best = new Map<string, { id: number; state: DeploymentOutcome; at?: number }>();
  for (const d of deployments) {
    const key = `${d.environment}\0${d.sha}`;
    const o = { id: d.id, ...outcomeOf(d) };
    const known = best.get(key);
    if (
      !known ||
      RANK[o.state] > RANK[known.state] ||
      (o.state === known.state && o.at !== undefined && known.at !== undefined && o.at < known.at)
    )
      best.set(key, o);
  }
  if (best.size === 0) return [...landings];
  return landings.map((l) => {
    const d = best.get(`${l.environment}\0${l.commit}`);
    if (!d) return l;
    const deployment = { id: d.id, state: d.state };
    return d.state === 'success' && d.at !== undefined ? { ...l, at: d.at, source: 'deployment', deployment } : { ...l, deployment };
  });
}
