// The evidence the gates decide on, gathered before anything is written:
// since when each promoted pin has been in the source environment (the values
// file's first-parent history on the base branch, read through git), and the
// break-glass label on the open promotion pull request (read through GitHub)
// when a window holds. The verdict itself is promote/gates.ts's.

import { DEEPEN_STEPS } from '../git/spawn.ts';
import type { ParseCache } from '../text/parse-cache.ts';
import {
  formatUtc,
  gateVerdict,
  pinnedSince,
  soakSourceText,
  type GateInput,
  type GateVerdict,
  type HistoryEntry,
  type PinnedSince,
} from './gates.ts';
import { servicePin, type PromotionPlan } from './plan.ts';
import type { PromoteWorld } from './ports.ts';
import type { PromoteRequest, Route } from './request.ts';
import { environmentSettings } from './environment-settings.ts';
import { pinPath } from './place.ts';
import { PromotionBranch } from './branch.ts';

/** A pin as one comparable key: its digest, else its tag. */
const pinKey = (p: { tag?: string; digest?: string } | undefined) => p?.digest ?? (p?.tag !== undefined ? `tag:${p.tag}` : undefined);

/**
 * The gates of the planned promotion at `now` (the World's clock): soak time
 * of the source environment for each service that changes, the target's
 * windows, a break-glass label on the open pull request. Undefined when no
 * gate is configured for this route.
 */
export async function checkGates(
  req: PromoteRequest,
  route: Route,
  ports: PromoteWorld,
  plan: PromotionPlan,
  baseSha: string,
  now: number,
  cache: ParseCache,
): Promise<GateVerdict | undefined> {
  const input: GateInput = { now, push: req.push };
  const source = req.from.kind === 'env' ? route.from : undefined;
  // The soak time and wait of the environment promoted from (the input over its config key).
  const soak = source && environmentSettings(req, source.name);
  const minSoak = soak?.minSoak;
  if (source && minSoak && plan.changes.length > 0) {
    const pinsIn = async (log: { entries: HistoryEntry[]; complete: boolean }) => {
      const pins: PinnedSince[] = [];
      for (const c of plan.changes) {
        const current = pinKey(await servicePin(req, source, c.service, (p) => ports.git.readAt(baseSha, p), cache));
        pins.push(
          await pinnedSince(c.service, current, log.entries, log.complete, async (sha) =>
            pinKey(await servicePin(req, source, c.service, (p) => ports.git.readAt(sha, p), cache)),
          ),
        );
      }
      return pins;
    };
    const read = () => (ports.git.firstParentLog ? ports.git.firstParentLog(baseSha, pinPath(source)) : { entries: [], complete: true });
    let log = await read();
    let pins = await pinsIn(log);
    // A shallow clone's history may end while a pin still matches: deepened in steps (the rest of it last) until
    // each such pin is known to be older than min-soak, or where it landed is found.
    for (const step of [...DEEPEN_STEPS, undefined]) {
      if (log.complete || pins.every((p) => !p.atLeast || now - p.since! >= minSoak)) break;
      if (!ports.git.deepenHistory || !(await ports.git.deepenHistory(step))) break;
      log = await read();
      pins = await pinsIn(log);
    }
    // Measured from when the base branch received each pin, not from a committer date a direct push can backdate.
    pins = await Promise.all(pins.map((p) => receivedAt(p, ports, source.name, req.base)));
    for (const p of pins)
      if (p.since !== undefined && p.source)
        ports.log?.(`${p.service}: soaking in ${source.name} since ${formatUtc(p.since)} (${soakSourceText(p.source)})`);
    input.soak = { env: source.name, minSoak, wait: soak.wait, pins };
  }
  const before = route.toIndex > 0 ? req.environments[route.toIndex - 1] : undefined;
  const pastSoak = before && environmentSettings(req, before.name).minSoak;
  if (req.from.kind === 'ref' && before && pastSoak) input.rollbackPast = { env: before.name, minSoak: pastSoak };
  if (route.to.windows) {
    const { windowHold } = await import('./windows.ts');
    input.window = windowHold(route.to.name, route.to.windows, now);
    // The label is looked up only when a window holds: a promotion inside its window reads nothing more.
    if (req.push === 'pr' && ports.github?.breakGlass && input.window)
      input.breakGlass = await ports.github.breakGlass(PromotionBranch.of(route.to.name), req.base, req.breakGlassLabel);
  }
  if (!input.soak && !input.rollbackPast && !route.to.windows) return undefined;
  return gateVerdict(input);
}

/**
 * Since when the base branch has had a pin: the merged_at of the pull request that brought its commit, else
 * the source environment's first Deployment of that commit, else the commit's committer date (said as such).
 * A pin whose history ends early (`atLeast`) or was not found keeps what pinnedSince said.
 */
async function receivedAt(pin: PinnedSince, ports: PromoteWorld, environment: string, base: string): Promise<PinnedSince> {
  if (pin.commit === undefined || pin.since === undefined || pin.atLeast) return pin;
  const github = ports.github;
  if (!github?.mergedPullOf) return { ...pin, source: { kind: 'committer', why: 'no-github' } };
  const pull = await github.mergedPullOf(pin.commit, base);
  if (pull && !Number.isNaN(Date.parse(pull.mergedAt)))
    return { ...pin, since: Date.parse(pull.mergedAt), source: { kind: 'merged', pull: pull.number } };
  const deployed = github.deployedAt ? await github.deployedAt(environment, pin.commit) : undefined;
  if (deployed && !Number.isNaN(Date.parse(deployed.createdAt)))
    return { ...pin, since: Date.parse(deployed.createdAt), source: { kind: 'deployment', id: deployed.id } };
  return { ...pin, source: { kind: 'committer', why: 'no-pull' } };
}
