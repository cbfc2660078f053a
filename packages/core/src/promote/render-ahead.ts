// The target's before side rendered ahead of the plan. The environment as it
// runs now (the base's Application, values and chart) does not depend on
// what is promoted, so its `helm template` can run while the plan is made and
// checked; renderPromotion then finds the output in the renderer's cache,
// keyed by a digest of every input, and waits only for the after side's
// Helm. Best effort and offline: only a chart held in this repository at the
// base, nothing fetched (a release tag, a registry, a classic repository);
// whatever goes wrong is left for renderPromotion to meet and say.

import { fluxRef } from './flux-release.ts';
import type { PromoteWorld } from './ports.ts';
import { applicationSide } from './render.ts';
import { listedFor, renderMode, rendererFor, RENDER_DEFAULTS } from './render-helm.ts';
import type { PromoteRequest, Route } from './request.ts';
import { splitApplicationRef } from './application.ts';
import { helmUsable } from '../render/helm.ts';

/**
 * Starts the Helm run of the target's before side when the target renders an Application's chart held in this
 * repository; the promise (never rejected) settles when that run has ended or was not started.
 */
export function renderAhead(req: PromoteRequest, route: Route, ports: PromoteWorld, baseSha: string): Promise<void> {
  const { to } = route;
  if (renderMode(route) === 'off' || to.kustomization || !to.application || fluxRef(to)) return Promise.resolve();
  const application = to.application;
  return (async () => {
    // The binary findHelm will most likely answer renders at once, while `helm version` answers (~0.1 s, as long as
    // the render itself); its output is in the cache of that binary's renderer, which renderPromotion reads only where
    // findHelm answers the same binary, usable.
    const path = ports.helmCandidate?.(to.helmVersion) ?? (await usableHelm(ports, to.helmVersion));
    if (path === undefined) return;
    const { file: appFile, name } = splitApplicationRef(application);
    const appText = await ports.git.readAt(baseSha, appFile);
    if (appText === undefined) return;
    const ctx = { req, ports, baseSha, values: to.values, appFile, name, listed: listedFor(ports), offline: true };
    const side = await applicationSide(ctx, appText, (p) => ports.git.readAt(baseSha, p));
    if ('side' in side) await rendererFor(ports, path, req.renderConfig ?? RENDER_DEFAULTS).output(side.side);
  })().catch(() => undefined);
}

/** The path of the environment's Helm once its version is known, when render: auto may use it. */
async function usableHelm(ports: PromoteWorld, major: Route['to']['helmVersion']): Promise<string | undefined> {
  const helm = await ports.findHelm(major);
  return helm && helmUsable(helm) ? helm.path : undefined;
}
