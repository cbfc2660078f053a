// Rendered manifest diffs of a promotion: the target environment rendered
// with the real Helm as it runs now (the base) and as it will run after the
// merge (the plan's files), from what its deployer gives (its kind's
// Deployment.side: an Argo CD Application's chart, release name, namespace,
// values in Helm's order, parameters and ignoreDifferences; a HelmRelease's
// as helm-controller installs it), its chart found where promote looks
// (chart-input.ts: a folder of this repository at the chart's release tag or
// at the base, or the published chart at the exact version). `render: auto`
// (the default) renders when Helm 3.8 or later is on PATH and says in one
// line when it is not; `on` without Helm is an error; `off` never renders. A
// chart that fails to render after the change refuses a protected
// environment's promotion, and is shown with Helm's message elsewhere. An
// environment with `kustomization:` is built with kustomize instead
// (render-overlay.ts).

import { UserError } from '../errors.ts';
import { validateTarget } from './validate.ts';
import { listedFor, RENDER_DEFAULTS, renderMode, startComparison } from './render-helm.ts';
import { compareOptions } from '../render/compare.ts';
import type { Unavailable } from '../render/render.ts';
import type { EnvironmentRender } from '../render/report.ts';
import { refuseUnjudged, refuseUnpinned } from './unpinned.ts';
import { splitApplicationRef } from '../deploy/argocd/application.ts';
import type { Deployment, HelmSide } from '../deploy/model.ts';
import { readAfterPlan, type PromotionPlan } from './plan.ts';
import type { PromoteWorld } from './ports.ts';
import type { PromoteRequest, Route } from './request.ts';
import { promoteSide } from './chart-input.ts';
import { ReplacedChart } from './chart-repository.ts';
import { deploymentOf, deployerResource } from '../deploy/kind.ts';

/**
 * The target rendered before and after the plan; undefined when render is
 * off, nothing is written, or the file saying how it deploys (its Application,
 * HelmRelease or OCIRepository, else its values file) is not at the base. Throws a
 * UserError for `render: on` without Helm, and for a protected target whose
 * chart does not render after the change (nothing is written yet).
 */
export async function renderPromotion(
  req: PromoteRequest,
  route: Route,
  plan: PromotionPlan,
  ports: PromoteWorld,
  baseSha: string,
): Promise<EnvironmentRender | undefined> {
  const mode = renderMode(route);
  const { to } = route;
  if (mode === 'off' || plan.files.length === 0) return undefined;
  // A Kustomize overlay (or a Flux Kustomization's path) is built with kustomize (render-overlay.ts, loaded only for one).
  const deployment = deploymentOf(to);
  if (deployment?.renderer === 'kustomize')
    return (await import('./render-overlay.ts')).renderOverlayPromotion(
      route,
      plan,
      ports,
      baseSha,
      mode,
      compareOptions(req.renderConfig ?? RENDER_DEFAULTS, []),
      req,
    );
  // The file that says how the target deploys: its Application, HelmRelease or OCIRepository, else its values file
  // (rendered with the chart folder holding it, as the check, status and hydrate render it).
  const application = deployment && (deployerResource(to)?.ref ?? to.values);
  if (!deployment || !application) return undefined;
  const cfg = req.renderConfig ?? RENDER_DEFAULTS;
  const started = await startComparison(
    req,
    route,
    mode,
    cfg,
    (offline) => readSides(req, to, deployment, application, plan, ports, baseSha, offline),
    ports,
  );
  // A HelmRelease's refusal points at its document (a file of several: HelmRepository, then HelmRelease).
  const readEdited = readAfterPlan(plan, (p) => ports.git.readAt(baseSha, p));
  const whereOf = async () =>
    plan.chart
      ? { file: plan.chart.file, line: plan.chart.line }
      : ((await deployment.resourceWhere(readEdited)) ?? { file: to.values, line: 1 });
  if (!started || !('rendering' in started)) {
    if (started && to.protected) refuseUnjudged(started, to.name, await whereOf());
    return started;
  }
  const { helm, renderer, after, rendering } = started;
  const env: EnvironmentRender = { ...(await rendering), helm: helm.version };
  const where = await whereOf();
  if (to.protected) refuseUnpinned(env, to.name, 'side' in after ? after.sources : [], where);
  if (to.protected) refuseUnjudged(env, to.name, where);
  if (env.status === 'failed' && to.protected) {
    throw new UserError(`render: the chart does not render after the change in ${to.name}, a protected environment: ${env.message ?? ''}`, {
      ...where,
      hint: "fix the chart or the values so helm template succeeds (the message above is Helm's), or write render: off under this environment in the config; nothing was written",
    });
  }
  // The after side again is the cache's: validated as rendered (throws in validate: error), with the chart's own CRDs.
  if (!('side' in after)) return env;
  const validation = await validateTarget(req, route, await renderer.render(after.side), after.side.chart, ports, baseSha, where);
  return validation.length > 0 ? { ...env, validation } : env;
}

/**
 * Both sides of the target as its deployer gives them before and after the plan (Deployment.side, with promote's
 * chart resolver); undefined when the deployer's resource (`application`, its chart pin) is not at the base, the
 * skipped row when what it says cannot be read for rendering. `offline`, a chart this repository does not hold is
 * unavailable rather than fetched (render-helm.ts's early renders).
 */
async function readSides(
  req: PromoteRequest,
  to: Route['to'],
  deployment: Deployment,
  application: string,
  plan: PromotionPlan,
  ports: PromoteWorld,
  baseSha: string,
  offline = false,
): Promise<{ read: [HelmSide | Unavailable, HelmSide | Unavailable] } | EnvironmentRender | undefined> {
  const { file: appFile } = splitApplicationRef(application);
  if ((await ports.git.readAt(baseSha, appFile)) === undefined) return undefined;
  const readBase = (path: string) => ports.git.readAt(baseSha, path);
  const readEdited = readAfterPlan(plan, readBase);
  const at = plan.chart
    ? { file: plan.chart.file, line: plan.chart.line }
    : ((await deployment.resourceWhere(readEdited)) ?? { file: appFile, line: 1 });
  const ctx = { req, ports, baseSha, values: to.values, listed: listedFor(ports), at, offline };
  try {
    return {
      read: await Promise.all([promoteSide(deployment, ctx, readBase), promoteSide(deployment, ctx, readEdited)]),
    };
  } catch (e) {
    // What the deployer's resource says could not be read for rendering: said, never the promotion's failure; a
    // replaced archive (its bytes not the index's digest) is refused, as values-drift and chart-version refuse it.
    if (!(e instanceof UserError) || e instanceof ReplacedChart) throw e;
    return { environment: to.name, status: 'skipped', message: e.format() };
  }
}
