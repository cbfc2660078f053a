// The target's before side rendered ahead of the plan. The environment as it
// runs now (the base's Application, values and chart) does not depend on
// what is promoted, so its `helm template` can run while the base is fetched
// (from the tip the clone holds) and while the plan is made and checked;
// renderPromotion then finds the output in the renderer's cache, keyed by a
// digest of every input, and waits only for the after side's Helm. That run
// also prints its Helm's version, which findHelm takes instead of asking
// `helm version`. Best effort and offline: only a chart held in this
// repository at that commit, nothing fetched (a release tag, a registry, a
// classic repository); whatever goes wrong is left for renderPromotion to
// meet and say.

import type { PromoteWorld } from './ports.ts';
import { promoteSide } from './chart-input.ts';
import { listedFor, renderMode, rendererFor, RENDER_DEFAULTS } from './render-helm.ts';
import type { PromoteRequest, Route } from './request.ts';
import { helmUsable } from '../render/helm.ts';
import { deploymentOf } from '../deploy/kind.ts';
import type { Deployment } from '../deploy/model.ts';

/**
 * Starts the Helm run of the target's before side when Helm renders the target with a chart held in this
 * repository; the promise (never rejected) settles when that run has ended or was not started. That run prints the
 * version of its Helm (render/helm.ts versionProbe): findHelm takes it from there (learnAhead), so no `helm version`
 * runs beside it; `tell` is learnAhead's, where renderAheadOfFetch asked first.
 */
export function renderAhead(
  req: PromoteRequest,
  route: Route,
  ports: PromoteWorld,
  baseSha: string,
  tell?: (version: string | undefined) => void,
): Promise<void> {
  const { to } = route;
  const deployment = rendersAhead(route);
  if (deployment === undefined) return Promise.resolve();
  const told = tell ?? learnAhead(route, ports);
  // Once per commit in a run: the side read ahead of the fetch is not read again when the fetch left the tip there.
  let commits = started.get(ports);
  if (!commits) started.set(ports, (commits = new Set<string>()));
  if (commits.has(baseSha)) {
    told(undefined);
    return Promise.resolve();
  }
  commits.add(baseSha);
  return (async () => {
    // The binary findHelm will most likely answer renders at once; its output is in the cache of that binary's
    // renderer, which renderPromotion reads only where findHelm answers the same binary, usable.
    const path = ports.helmCandidate(to.helmVersion) ?? (await usableHelm(ports, to.helmVersion));
    if (path === undefined) return;
    const ctx = { req, ports, baseSha, values: to.values, listed: listedFor(ports), offline: true };
    const side = await promoteSide(deployment, ctx, (p) => ports.git.readAt(baseSha, p));
    if (!('side' in side)) return;
    // At a lower CPU priority: on a runner's two cores the plan, and the after side's Helm, are what the run waits for.
    const out = await rendererFor(ports, path, req.renderConfig ?? RENDER_DEFAULTS).output(side.side, false, true);
    told(out.ok ? out.helmVersion : undefined);
  })()
    .catch(() => undefined)
    .finally(() => told(undefined));
}

/**
 * Has findHelm wait for the version the render ahead's Helm run prints, where nothing asked that binary's version yet
 * (PromoteWorld's learnHelmVersion); the function returned tells it (undefined: none, and `helm version` runs then).
 * Call it before askHelmAhead.
 */
function learnAhead(route: Route, ports: PromoteWorld): (version: string | undefined) => void {
  const path = ports.helmCandidate(route.to.helmVersion);
  return (path !== undefined ? ports.learnHelmVersion(path) : undefined) ?? (() => undefined);
}

/** The commits each world's render-ahead started at. */
const started = new WeakMap<object, Set<string>>();

/**
 * The target's deployment when Helm renders it (a values file with its chart, an Application, a HelmRelease): its
 * before side is rendered ahead of the plan where its chart is held in this repository (promoteSide, offline).
 */
function rendersAhead(route: Route): Deployment | undefined {
  const deployment = deploymentOf(route.to);
  return renderMode(route) === 'off' || deployment?.renderer !== 'helm' ? undefined : deployment;
}

/**
 * renderAhead at the base branch's tip as this clone holds it before the fetch (knownTip): the environment as it
 * runs now has most often not moved since the checkout, so its Helm runs while the remote is asked. planChecked
 * starts renderAhead again at the fetched tip only where it moved; a side whose inputs did not change is still
 * the renderer cache's (keyed by their digest, not by the commit). A tip that moved costs one Helm run for nothing.
 * The promise (never rejected) settles when that run has ended or was not started.
 */
export function renderAheadOfFetch(req: PromoteRequest, route: Route, ports: PromoteWorld): Promise<void> {
  // No Helm on PATH to render with: nothing read ahead (the object reader it would start is restarted by the fetch).
  if (rendersAhead(route) === undefined || ports.helmCandidate(route.to.helmVersion) === undefined) return Promise.resolve();
  const tell = learnAhead(route, ports);
  return ports.git
    .knownTip(req.base)
    .then((tip) => (tip ? renderAhead(req, route, ports, tip, tell) : undefined))
    .catch(() => undefined)
    .finally(() => tell(undefined));
}

/** The path of the environment's Helm once its version is known, when render: auto may use it. */
async function usableHelm(ports: PromoteWorld, major: Route['to']['helmVersion']): Promise<string | undefined> {
  const helm = await ports.findHelm(major);
  return helm && helmUsable(helm) ? helm.path : undefined;
}
