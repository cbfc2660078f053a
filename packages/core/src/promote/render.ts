// Rendered manifest diffs of a promotion: the target environment rendered
// with the real Helm as it runs now (the base) and as it will run after the
// merge (the plan's files), from what its Argo CD Application gives: the
// chart (a folder of this repository at the chart's release tag or at the
// base, or the published OCI chart at the exact version), the release name
// and namespace, its valueFiles in order (then the environment's values file
// when the Application does not list it), its inline helm.values /
// valuesObject, its parameters, and its ignoreDifferences. `render: auto`
// (the default) renders when Helm 3.8 or later is on PATH and says in one
// line when it is not; `on` without Helm is an error; `off` never renders. A
// chart that fails to render after the change refuses a protected
// environment's promotion, and is shown with Helm's message elsewhere. An
// environment with `kustomization:` is built with kustomize instead
// (render-overlay.ts).

import { UserError } from '../errors.ts';
import { validateTarget } from './validate.ts';
import { compareOptions, listedFor, RENDER_DEFAULTS, renderMode, startComparison, type AppSide } from './render-helm.ts';
import { readChartFolder, type ChartInput, type Unavailable } from '../render/render.ts';
import type { EnvironmentRender } from '../render/report.ts';
import { refuseUnjudged, refuseUnpinned } from './unpinned.ts';
import { applicationValues, readApplication, splitApplicationRef, type ApplicationRender } from '../deploy/argocd/application.ts';
import { readAfterPlan, type PromotionPlan } from './plan.ts';
import type { PromoteWorld } from './ports.ts';
import type { PromoteRequest, Route } from './request.ts';
import { chartMeta } from '../values/chart-files.ts';
import { chartFolders, join } from './values-drift.ts';
import { chartSource } from '../deploy/argocd/application.ts';
import { chartWhere, configuredRegistry, ociReference, type ChartSource } from '../deploy/chart-reference.ts';
import { ReplacedChart, repositoryChart } from './chart-repository.ts';
import { fluxRef, readFluxRelease, type FluxRef } from '../deploy/flux/flux-release.ts';
import { releaseWhere } from './flux-release-line.ts';
import { deploymentOf, deployerResource } from '../deploy/kind.ts';

/**
 * The target rendered before and after the plan; undefined when render is
 * off, nothing is written, or the target has no Application. Throws a
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
  if (deployment?.build !== undefined)
    return (await import('./render-overlay.ts')).renderOverlayPromotion(
      route,
      plan,
      ports,
      baseSha,
      mode,
      compareOptions(req.renderConfig ?? RENDER_DEFAULTS, []),
      req,
    );
  const application = deployerResource(to)?.ref;
  if (!application) return undefined;
  const cfg = req.renderConfig ?? RENDER_DEFAULTS;
  const started = await startComparison(
    req,
    route,
    mode,
    cfg,
    (offline) => readSides(req, to, application, plan, ports, baseSha, offline),
    ports,
  );
  // A HelmRelease's refusal points at its document (a file of several: HelmRepository, then HelmRelease).
  const flux = fluxRef(to);
  const readEdited = readAfterPlan(plan, (p) => ports.git.readAt(baseSha, p));
  const whereOf = async () =>
    plan.chart
      ? { file: plan.chart.file, line: plan.chart.line }
      : flux
        ? await releaseWhere(flux.helmrelease, readEdited)
        : { file: to.values, line: 1 };
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
 * Both sides of the target as its Application gives them before and after the plan; undefined when the
 * Application is not at the base, the skipped row when what it says cannot be read for rendering. `offline`, a
 * chart this repository does not hold is unavailable rather than fetched (render-helm.ts's early renders).
 */
async function readSides(
  req: PromoteRequest,
  to: Route['to'],
  application: string,
  plan: PromotionPlan,
  ports: PromoteWorld,
  baseSha: string,
  offline = false,
): Promise<{ read: [AppSide | Unavailable, AppSide | Unavailable] } | EnvironmentRender | undefined> {
  const { file: appFile, name } = splitApplicationRef(application);
  const appBefore = await ports.git.readAt(baseSha, appFile);
  if (appBefore === undefined) return undefined;
  const appAfter = plan.files.find((f) => f.path === appFile)?.after ?? appBefore;
  const readBase = (path: string) => ports.git.readAt(baseSha, path);
  const read = (side: 'before' | 'after') => (side === 'after' ? readAfterPlan(plan, readBase) : readBase);
  const ctx = {
    req,
    ports,
    baseSha,
    values: to.values,
    appFile,
    name,
    listed: listedFor(ports),
    at: plan.chart ? { file: plan.chart.file, line: plan.chart.line } : await lineOf(to, appFile, read('after')),
    offline,
  };
  try {
    const flux = fluxRef(to);
    return {
      read: await Promise.all(
        flux
          ? [fluxSide(ctx, flux, read('before')), fluxSide(ctx, flux, read('after'))]
          : [applicationSide(ctx, appBefore, read('before')), applicationSide(ctx, appAfter, read('after'))],
      ),
    };
  } catch (e) {
    // What the Application says could not be read for rendering: said, never the promotion's failure; a replaced
    // archive (its bytes not the index's digest) is refused, as values-drift and chart-version refuse it.
    if (!(e instanceof UserError) || e instanceof ReplacedChart) throw e;
    return { environment: to.name, status: 'skipped', message: e.format() };
  }
}

/** Where a refusal without a chart line points: a HelmRelease's document (releaseWhere), else the Application's file. */
async function lineOf(to: Route['to'], appFile: string, read: (path: string) => Promise<string | undefined>) {
  const flux = fluxRef(to);
  return flux ? releaseWhere(flux.helmrelease, read) : { file: appFile, line: 1 };
}

export interface SideContext {
  req: PromoteRequest;
  ports: PromoteWorld;
  baseSha: string;
  /** The environment's values file. */
  values: string;
  appFile: string;
  name?: string;
  /** Where a refusal of the chart points: the chart version's line in the Application or HelmRelease. */
  at?: { file: string; line: number };
  /** A chart folder's file list by commit and folder: both sides of one chart list it once. */
  listed: Map<string, Promise<string[] | undefined>>;
  /** Read only what this repository holds: a chart that is not in it is unavailable, not fetched (render-ahead.ts). */
  offline?: boolean;
}

/** What an Application's text gives a side, by world and by text: a run's sides (and its early renders) read it once. */
type Reading = { app: ApplicationRender; source: ChartSource };
const readings = new WeakMap<object, Map<string, Reading>>();

/** The Application of `appText` as a side reads it (readApplication) and its chart's source, read once per world. */
function readOnce(ctx: SideContext, appText: string): Reading {
  let byText = readings.get(ctx.ports);
  if (!byText) readings.set(ctx.ports, (byText = new Map<string, Reading>()));
  const key = JSON.stringify([ctx.appFile, ctx.name ?? null, ctx.req.charts, appText]);
  let read = byText.get(key);
  if (!read) {
    const { appFile, name, req } = ctx;
    read = { app: readApplication(appText, appFile, name, req.charts), source: chartSource(appText, appFile, name, req.charts) };
    byText.set(key, read);
  }
  return read;
}

/** One side of the target as its Application gives it (application.ts's reading): the chart at its targetRevision, the values in order. */
export async function applicationSide(
  ctx: SideContext,
  appText: string,
  read: (path: string) => Promise<string | undefined>,
): Promise<AppSide | Unavailable> {
  const { app, source } = readOnce(ctx, appText);
  const version = app.revision.current;
  const chart = await chartInput(ctx, source, version, app.path);
  if ('unavailable' in chart) return chart;
  const files = 'files' in chart.input ? chart.input.files : undefined;
  const values = await applicationValues(app, files, read);
  if ('unavailable' in values) return values;
  const sources = [
    ...values.values.flatMap((v) => (v.path !== undefined ? [{ path: v.path, text: v.text }] : [])),
    ...(files && chart.dir !== undefined ? [...files].map(([p, text]) => ({ path: join(chart.dir!, p), text })) : []),
  ];
  return {
    side: {
      chart: chart.input,
      release: app.release,
      ...(app.namespace ? { namespace: app.namespace } : {}),
      values: values.values.map((v) => v.text),
      ...(app.set.length ? { set: app.set } : {}),
    },
    sources,
    label: `chart ${chart.name} ${version || '(no version)'} from ${chart.where}`,
    ignoreDifferences: app.ignoreDifferences,
  };
}

/**
 * One side of a Flux HelmRelease as helm-controller installs it (flux-release.ts): the chart from its source at the
 * version (and OCIRepository digest) pinned, the values in Flux's order, the release name and namespace it computes.
 */
export async function fluxSide(
  ctx: SideContext,
  env: FluxRef,
  read: (path: string) => Promise<string | undefined>,
): Promise<AppSide | Unavailable> {
  const rel = await readFluxRelease(env, read);
  // A chart from a GitRepository or Bucket is the folder at the source's revision: helm-controller ignores
  // spec.chart.spec.version there, and the version is the folder's Chart.yaml's.
  const fromGit = rel.source.path !== undefined && rel.source.repoURL === undefined;
  const chart = await chartInput(ctx, rel.source, fromGit ? '' : rel.version, rel.source.path);
  if ('unavailable' in chart) return chart;
  const files = 'files' in chart.input ? chart.input.files : undefined;
  const version = fromGit ? (chartMeta(files?.get('Chart.yaml') ?? '').version ?? '') : rel.version;
  const paths = [...new Set(rel.values.flatMap((v) => (v.path !== undefined ? [v.path] : [])))];
  const texts = await Promise.all(paths.map((p) => read(p)));
  const where = `release ${rel.releaseName} in namespace ${rel.namespace ?? '(none)'}, stored in ${rel.storageNamespace ?? '(none)'}`;
  return {
    side: {
      chart: chart.input,
      release: rel.releaseName,
      ...(rel.namespace ? { namespace: rel.namespace } : {}),
      values: rel.values.map((v) => v.text),
    },
    sources: [
      ...paths.flatMap((path, i) => (texts[i] !== undefined ? [{ path, text: texts[i] }] : [])),
      ...(files && chart.dir !== undefined ? [...files].map(([p, text]) => ({ path: join(chart.dir!, p), text })) : []),
    ],
    label: `HelmRelease ${rel.name}: chart ${chart.name} ${version || '(no version)'} from ${chart.where}, ${where}${rel.unread.length ? ` (${rel.unread.join('; ')})` : ''}`,
    ignoreDifferences: [],
  };
}

/**
 * The chart a side runs: a chart folder of the repository at its release tag
 * `<name>-<version>`, else at the base when its Chart.yaml says that version
 * (or the source is a path at a branch), else the published OCI chart.
 */
export async function chartInput(
  ctx: SideContext,
  source: ChartSource,
  version: string,
  path: string | undefined,
): Promise<{ input: ChartInput; name: string; where: string; dir?: string } | Unavailable> {
  const { req, ports, baseSha } = ctx;
  const folders = await chartFolders(req, source, ports, baseSha, ctx.values);
  const list = (commit: string, dir: string) => ports.git.listFiles(commit, dir);
  const reader = (commit: string) => ({
    list: (dir: string) => {
      const key = `${commit}\0${dir}`;
      let files = ctx.listed.get(key);
      if (!files) ctx.listed.set(key, (files = list(commit, dir)));
      return files;
    },
    read: (p: string) => ports.git.readAt(commit, p),
  });
  const tried: string[] = [];
  // A path source at a branch (HEAD, main) has no release tag to look for: asking origin for `<name>-HEAD` cost a
  // round trip to the remote on every render.
  const atBranch = Boolean(path) && !/^v?\d+\.\d+\.\d+/.test(version);
  for (const f of folders) {
    const tag = `${f.name}-${version}`;
    // Offline (ahead of the plan) a tag is not looked for: finding one may fetch from origin.
    const commit = version && !atBranch && !ctx.offline ? await ports.git.resolveRef(tag) : undefined;
    const at = commit ? [{ commit, where: `${f.dir} at tag ${tag}` }] : [];
    at.push({ commit: baseSha, where: `${f.dir} at the base` });
    for (const { commit: c, where } of at) {
      const meta = chartMeta((await ports.git.readAt(c, join(f.dir, 'Chart.yaml'))) ?? '');
      // A path source at a branch (HEAD, main) runs the folder as it is; a version must be the one its Chart.yaml says.
      if (meta.version !== version && !atBranch) {
        tried.push(`${where} says ${meta.version ?? 'no version'}`);
        continue;
      }
      const files = await readChartFolder(reader(c), f.dir);
      if ('unavailable' in files) return files;
      return { input: files, name: f.name, where, dir: f.dir };
    }
  }
  const name = source.chart ?? folders[0]?.name ?? 'chart';
  if (ctx.offline) return { unavailable: `chart ${name} ${version || '(no version)'} is not in this repository` };
  const classic = await repositoryChart(ports, source, version, ctx.at);
  if (classic && 'tgz' in classic) return { input: { tgz: classic.tgz }, name, where: classic.where };
  if (classic) tried.push(classic.tried);
  const image = ociReference(source, version) ?? configuredRegistry(req, name, version);
  if (image) {
    const where = chartWhere(image);
    try {
      return { input: { tgz: await ports.pullChartArchive(image) }, name, where };
    } catch (e) {
      if (!(e instanceof UserError || (e instanceof Error && e.name === 'RegistryError'))) throw e;
      tried.push(`${where}: ${e.message}`);
    }
  }
  return {
    unavailable: `chart ${name} ${version || '(no version)'} unavailable (${tried.join('; ') || 'no chart folder or registry names it'})`,
  };
}
