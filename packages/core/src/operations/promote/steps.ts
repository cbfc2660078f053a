// The small steps of a promotion that run.ts calls around its plan, gate and publish: the side-by-side table of
// every environment, the ports that count digests for the progress line, the source's label in titles,
// notify-pulls' trail of a landed promotion, and the commits commit-mode api wrote. Split from run.ts to keep it
// under 400 lines; nothing here decides whether a promotion goes.

import type { World } from '../../contract/world.ts';
import { fleetPaths, isFleet } from '../../deploy/fleet.ts';
import type { RemoteCommit } from '../../git/generated-branch.ts';
import type { PromotionPlan } from '../../promote/plan.ts';
import type { PromoteWorld, PublishOutcome } from '../../promote/ports.ts';
import { PromotionBranch } from '../../promote/publish/branch.ts';
import type { PromoteEnvironment, PromoteRequest, Route } from '../../promote/request.ts';
import { renderedRun } from '../../promote/rendered-run.ts';
import { promotionSideBySide, type SideBySide } from '../../promote/status-tables.ts';
import { ParseCache } from '../../text/parse-cache.ts';
import { describeTrail, shipsOf } from '../../trail/trail.ts';
import { shippedBy, type WhatsIn } from '../../promote/whats-in.ts';

/** Every environment side by side at the base the promotion was planned on, the target as it leaves it. */
export async function summaryTable(
  req: PromoteRequest,
  route: Route,
  r: { plan: PromotionPlan; baseSha: string },
  ports: PromoteWorld,
): Promise<SideBySide> {
  const edited = new Map(r.plan.files.map((f) => [f.path, f.after]));
  // A service an environment's file does not pin (an image inline in a base, set by a patch) is what its render runs.
  const rendered = (env: PromoteEnvironment, read: (p: string) => Promise<string | undefined>) =>
    renderedRun(req, env, ports, r.baseSha, read);
  const paths = req.environments.some(isFleet) ? await fleetPaths(req.environments, ports.git, r.baseSha) : undefined;
  return promotionSideBySide(req, route.to.index, (p) => ports.git.readAt(r.baseSha, p), edited, new ParseCache(), rendered, paths);
}

/** The promotion's ports, telling the reporter each digest resolved (a promotion of many services resolves one per image). */
export function counting(ports: PromoteWorld, world: World): PromoteWorld {
  let done = 0;
  return {
    ...ports,
    async resolveDigest(ref, service) {
      const digest = await ports.resolveDigest(ref, service);
      world.reporter.progress({ what: 'image digests resolved', done: ++done });
      return digest;
    },
  };
}

/** A label for the source in titles: the environment, `rollback <ref>`, or the digests/version source. */
export function fromLabel(req: PromoteRequest, route: Route): string {
  if (req.from.kind === 'ref') return `rollback ${req.from.ref}`;
  if (route.from) return route.from.name;
  if (req.version) return `version ${req.version}`;
  if (req.digests) return 'digests';
  return 'chart';
}

/** notify-pulls is on, and the source pull requests live here: promoting in another repository, their numbers are the checkout's, not its. */
export function trailing(req: PromoteRequest): boolean {
  return req.settings.notifyPulls && req.repository === undefined;
}

/** notify-pulls: when the base's tip merged a promotion pull request, its step (`→ staging (#41, merged 2026-11-20)`) on the pull requests it shipped. */
export async function trailLanded(ports: PromoteWorld, baseSha: string): Promise<string[]> {
  const github = ports.github;
  if (!github) return [];
  const merged = await github.mergedPromotion(baseSha);
  if (!merged) return [];
  const pulls = shipsOf(merged.body);
  if (pulls.length === 0) return [];
  const environment = PromotionBranch.environment(merged.head);
  const outcome = await github.leaveTrail(pulls, { environment, pull: merged.number, state: `merged ${merged.mergedAt.slice(0, 10)}` });
  return describeTrail(`${environment} #${merged.number} merged`, outcome);
}

/** The commits a publish wrote through the API (commit-mode api), as a result field; nothing in git mode. */
export function apiCommits(published: PublishOutcome): { apiCommits?: RemoteCommit[] } {
  return 'commits' in published && published.commits ? { apiCommits: published.commits } : {};
}

/** What the plan as it stands ships, with the repository's address for links; a failure to read it is a note, not a failure. */
export async function shipped(
  req: PromoteRequest,
  ports: PromoteWorld,
  state: { plan: PromotionPlan; baseSha: string; notes: string[] },
): Promise<{ whatsIn?: WhatsIn; repoUrl?: string }> {
  const { failed, ...whatsIn } = await shippedBy(state.plan, req, ports, state.baseSha);
  if (failed) state.notes.push(failed);
  return { whatsIn, ...(ports.repoUrl ? { repoUrl: ports.repoUrl } : {}) };
}
