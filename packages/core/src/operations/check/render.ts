// chart-bump-check's rendered manifest diffs: on a pull request that changes
// a chart, each environment that deploys it (its Application names the chart
// or its folder; every environment when none names an Application) is
// rendered with the real Helm at the base and at the head — the chart folder
// with its file:// subcharts, and what its Application gives, read as a
// promotion reads it (deploy/argocd/application.ts): valueFiles, the environment's
// values file, inline values, parameters, release name, namespace, and the
// ignoreDifferences the diff honours. The pull request's templates are
// untrusted: each render runs bounded (render/helm.ts: 30 s, 32 MiB of output,
// 512 MiB of memory, no network), and what stops one is said. A protected environment's render
// decides too (render-guards.ts): it must render, and run images pinned by
// digest. An environment whose own values file, Application or valueFiles
// changed is rendered the same way though no chart changed (render-inputs.ts).
// Overlay environments (`kustomization:`, `flux-kustomization:`) are
// built with kustomize when what they build changed (render-overlays.ts); a
// Flux HelmRelease environment is rendered as helm-controller installs it
// when its chart or what its release reads changed (render-flux.ts). Each after side is then
// validated against the schemas of the environment's cluster (validate.ts),
// when `validation` is given.

import { posix } from 'node:path';
import { mayHold } from '../../text/spelled.ts';
import { type ApplicationRender } from '../../deploy/argocd/application.ts';
import { configIndexOf } from '../../deploy/fleet.ts';
import { configLine, type Config, type EnvironmentConfig, type RenderMode } from '../../config/config.ts';
import { DEFAULT_IGNORE, type CompareOptions } from '../../render/compare.ts';
import { findHelm, findHelmOf, helmUsable, MIN_HELM, type Helm } from '../../render/helm.ts';
import { renderEnvironment, Renderer, sideRender, type RenderSide, type Unavailable } from '../../render/render.ts';
import type { EnvironmentRender } from '../../render/report.ts';
import { UserError } from '../../errors.ts';
import type { ChartCheck } from '../../checks/types.ts';
import { CHECK_LIMITS, renderOverlayChecks } from './render-overlays.ts';
import { chartCrds } from '../../validate/environment.ts';
import type { CheckValidation } from './validate.ts';
import { protectedVerdicts, renderProblems, type GuardedRender } from './render-guards.ts';
import type { ProtectedVerdict } from './verdicts.ts';
import type { Problem } from '../../checks/problem.ts';
import { fluxRenders, type FluxRender } from './render-flux.ts';
import { chartSides, pinnedVersion, type ChartSide, type SideApplications } from './chart-resolver.ts';
import type { IgnoreRule } from '../../render/ignore-paths.ts';
import { applicationOf, changedInputs, chartDeployers, environmentFiles, type CheckTree, type InputsRender } from './render-inputs.ts';
import type { RemoteCharts } from './remote-chart.ts';
import { sideContract, type CheckContract } from './contract.ts';
import { inputsContract, judgeFlux, judgeUnrendered } from './contract-unrendered.ts';
import { deploymentOf } from '../../deploy/kind.ts';

/** How the check reads the repository at a commit. */
export interface CheckReader {
  list(commit: string, dir: string): Promise<string[] | undefined>;
  read(commit: string, path: string): Promise<string | undefined>;
}

/** The rendered sections of the check, and what the renders decide (render-guards.ts). */
export interface RenderedChecks {
  rendered: EnvironmentRender[];
  problems: Problem[];
  /** Each protected environment as the renders judged it. */
  verdicts: ProtectedVerdict[];
  /** The environments (each app of an environment of many apps) no render was run for: nothing the pull request changes reaches them. */
  notRendered?: string[];
}

/**
 * Every changed chart rendered per environment that deploys it, every
 * environment whose values or Application changed (render-inputs.ts; with
 * `tree`, what the pull request changed), and every
 * overlay environment whose build inputs changed (render-overlays.ts), base
 * vs head, with the problems the renders give a protected environment;
 * undefined when render is off or nothing is rendered. Throws only for
 * `render: on` without Helm (or without kustomize, for an overlay).
 */
export async function renderChecks(
  mode: RenderMode,
  config: Config | undefined,
  charts: readonly ChartCheck[],
  commits: { base: string; head: string },
  reader: CheckReader,
  env: NodeJS.ProcessEnv,
  inRepo: (p: string) => string,
  validation?: CheckValidation,
  tree?: CheckTree,
  remote?: RemoteCharts,
  contract?: CheckContract,
): Promise<RenderedChecks | undefined> {
  if (!config) return undefined;
  // With the render off, the values contract still judges what the pull request touches: it reads, it does not render.
  if (mode === 'off') {
    if (contract) await renderCharts(mode, config, charts, commits, reader, env, inRepo, { contract }, tree);
    return undefined;
  }
  const [charted, overlays] = await Promise.all([
    renderCharts(mode, config, charts, commits, reader, env, inRepo, { validation, contract }, tree, remote),
    renderOverlayChecks(mode, config, commits, reader, env, inRepo, validation),
  ]);
  const all = [...(charted ?? []), ...overlays];
  const verdicts = protectedVerdicts(
    config.environments.filter((e) => e.protected).map((e) => e.name),
    all,
  );
  return all.length > 0 ? { rendered: all.map((j) => j.render), problems: renderProblems(all), verdicts } : undefined;
}

/** Each environment's Helm and its Renderer (one per Helm binary: a side rendered once is not rendered again). */
type RendererOf = (e: { helmVersion?: 3 | 4 }) => { helm: Helm; renderer: Renderer };
/** The renderers of a check's renders, and the removal of their shared chart folders once they are done. */
type Renderers = RendererOf & { dispose(): void };

/**
 * The Helm each of `envs` renders with (an environment naming its Helm major gets a Helm of that major, refused at
 * its line when there is none), or the skipped row when there is no usable Helm. Throws for `render: on` without one.
 */
async function helmsFor(
  mode: RenderMode,
  config: Config,
  envs: readonly EnvironmentConfig[],
  env: NodeJS.ProcessEnv,
): Promise<Renderers | GuardedRender[]> {
  const helmOf = new Map<number, Helm>();
  for (const major of new Set(envs.flatMap((e) => (e.helmVersion === undefined ? [] : [e.helmVersion])))) {
    const found = await findHelmOf(major, env);
    if (found && helmUsable(found)) {
      helmOf.set(major, found);
      continue;
    }
    const i = config.environments.findIndex((e) => e.helmVersion === major);
    throw new UserError(`helm-version: ${major}: no Helm ${major} on PATH to render ${config.environments[i].name} with`, {
      file: config.file,
      line: configLine(config, ['environments', configIndexOf(config.environments[i], i), 'helm-version']),
      hint: `add Helm ${major} to PATH (azure/setup-helm with its version, or as helm${major}), or set helm-version to the Helm the runner has`,
    });
  }
  // The first helm on PATH renders the others (and is what a missing Helm is said of); every one naming its own needs none.
  const helm = envs.length > 0 && envs.every((e) => e.helmVersion !== undefined) ? [...helmOf.values()][0] : await findHelm(env);
  if (!helm || !helmUsable(helm)) {
    const why = helm ? `Helm ${helm.version} is older than ${MIN_HELM}` : 'no helm on PATH';
    if (mode === 'on')
      throw new UserError(`render: on needs Helm ${MIN_HELM} or later: ${why}`, {
        hint: 'add it with azure/setup-helm (GitHub-hosted Ubuntu runners ship Helm)',
      });
    // One row for the environments the pull request reaches, said once; an environment it does not reach is no part of it.
    const render: EnvironmentRender = {
      environment: 'every environment rendered with Helm that the pull request reaches',
      status: 'skipped',
      noHelm: true,
      reached: [...new Set(envs.map((e) => e.name))],
      message: `${why}; add it with azure/setup-helm (GitHub-hosted Ubuntu runners ship Helm), or set render: off`,
    };
    return [{ render, protected: false, file: '', builds: 'the charts', sources: [] }];
  }
  const cfg = config.render;
  const renderers = new Map<string, Renderer>();
  const of: RendererOf = (e) => {
    const h = (e.helmVersion !== undefined ? helmOf.get(e.helmVersion) : undefined) ?? helm;
    let renderer = renderers.get(h.path);
    if (!renderer)
      renderers.set(
        h.path,
        // One chart folder written per chart and commit for all its environments' renders (chart-resolver.ts chartFolderAt
        // reads each folder once), removed when the renders are done (renderCharts).
        (renderer = new Renderer(h.path, { kubeVersion: cfg.kubeVersion, apiVersions: cfg.apiVersions }, CHECK_LIMITS, true)),
      );
    return { helm: h, renderer };
  };
  return Object.assign(of, { dispose: () => renderers.forEach((r) => r.dispose()) });
}

/**
 * Every changed chart (present at the head) rendered per environment that
 * deploys it, and every Flux HelmRelease environment whose chart or release
 * changed (render-flux.ts), base vs head; undefined when there is none.
 * Throws only for `render: on` without Helm.
 */
async function renderCharts(
  mode: RenderMode,
  config: Config | undefined,
  charts: readonly ChartCheck[],
  commits: { base: string; head: string },
  reader: CheckReader,
  env: NodeJS.ProcessEnv,
  inRepo: (p: string) => string,
  { validation, contract }: { validation?: CheckValidation; contract?: CheckContract },
  tree: CheckTree | undefined,
  remote?: RemoteCharts,
): Promise<GuardedRender[] | undefined> {
  const changed = charts.filter((c) => c.head !== null);
  if (!config || config.environments.length === 0 || (mode === 'off' && !contract)) return undefined;
  // A HelmRelease environment is rendered as Flux installs it (render-flux.ts), not with a values file beside a chart.
  const valueEnvs = config.environments.filter((e) => {
    const d = deploymentOf(e);
    return d?.renderer === 'helm' && !d.release && e.values !== undefined;
  });
  const chartEnvs = changed.length === 0 ? [] : valueEnvs;
  // Where a changed chart is rendered with the first helm on PATH, its version (a `helm version` run, as long as a
  // small render) is asked while the environments are read, not after (render/helm.ts keeps the answer).
  if (mode !== 'off' && chartEnvs.some((e) => e.helmVersion === undefined)) void findHelm(env);
  const [flux, inputs] = await Promise.all([
    fluxRenders(config, changed, commits, reader, inRepo, remote),
    tree
      ? changedInputs(
          config,
          valueEnvs,
          changed.map((c) => c.path),
          commits,
          reader,
          inRepo,
          tree,
          remote,
        )
      : [],
  ]);
  if (chartEnvs.length === 0 && flux.length === 0 && inputs.length === 0) return undefined;
  const helms =
    mode === 'off'
      ? []
      : await helmsFor(mode, config, [...chartEnvs, ...inputs.map((i) => i.environment), ...flux.map((f) => f.environment)], env);
  // Without Helm (or with the render off), the values contract alone judges each environment's head: it needs no render.
  if (Array.isArray(helms)) {
    if (contract) await judgeUnrendered(contract, config, changed, chartEnvs, commits, reader, inRepo, inputs, flux, tree);
    return mode === 'off' ? undefined : helms;
  }
  const rendererOf = helms;
  const cfg = config.render;
  const opts = {
    ignore: [...(cfg.ignoreDefaults ? DEFAULT_IGNORE : []), ...cfg.ignore].map((r) => new RegExp(r)),
    summarize: cfg.summarize,
    ignoreDifferences: [],
  };
  const jobs = await changedChartJobs(config, changed, chartEnvs, commits, reader, inRepo, { rendererOf, opts, validation, contract });
  for (const i of inputs) jobs.push(renderInputs(i, rendererOf, opts, validation, contract));
  for (const f of flux) jobs.push(renderFlux(f, rendererOf, opts, validation, contract));
  try {
    return jobs.length > 0 ? await Promise.all(jobs) : undefined;
  } finally {
    rendererOf.dispose();
  }
}

/** What every render of a check is given: its renderers, how sides are compared, the validation and the values contract. */
interface RenderKit {
  rendererOf: RendererOf;
  opts: CompareOptions;
  validation?: CheckValidation;
  contract?: CheckContract;
}

/**
 * Each changed chart rendered per environment of `chartEnvs` that deploys it (its Application names the chart or its
 * folder; without any Application, the values files the folder holds, or every one where none holds it), its two
 * sides read as chart-resolver.ts chartSides reads them.
 */
async function changedChartJobs(
  config: Config,
  changed: readonly ChartCheck[],
  chartEnvs: readonly EnvironmentConfig[],
  commits: { base: string; head: string },
  reader: CheckReader,
  inRepo: (p: string) => string,
  kit: RenderKit,
): Promise<Promise<GuardedRender>[]> {
  const deploys = chartDeployers(config, reader, commits.head, inRepo);
  // Each environment's files are read once (environmentFiles), however many changed charts ask; all asked at once,
  // so that one cat-file answers them in a stream before the loop below takes each in turn.
  const filesOfEnv = (e: EnvironmentConfig, values: string) => environmentFiles(e, values, commits, reader, inRepo);
  await Promise.all(chartEnvs.flatMap((e) => (e.values === undefined ? [] : [filesOfEnv(e, e.values)])));
  const jobs: Promise<GuardedRender>[] = [];
  for (const chart of changed) {
    const dir = chart.path;
    for (const e of config.environments) {
      // An overlay environment is built with kustomize (render-overlays.ts), a HelmRelease's as Flux installs it (render-flux.ts).
      if (!chartEnvs.includes(e) || e.values === undefined) continue;
      const { values, ref, appFile, baseText, headText } = await filesOfEnv(e, e.values);
      // An Application that writes neither the chart's name nor its folder's deploys another chart: it is not parsed.
      const words = [chart.name, posix.basename(dir)];
      if (appFile && ![baseText, headText].some((t) => t !== undefined && mayHold(t, words))) continue;
      const application = (text: string | undefined) => (appFile ? applicationOf(reader, text, appFile, ref?.name, [dir]) : undefined);
      const [atBase, atHead] = [application(baseText), application(headText)];
      const app = atHead ?? atBase;
      if (!(await deploys(app, values, chart))) continue;
      const name = changed.length > 1 ? `${e.name} (${chart.name})` : e.name;
      const what = pinnedWhat(e.name, chart, atBase ?? app, app);
      const used = kit.rendererOf(e);
      const apps: SideApplications = { file: appFile, baseText, headText, base: atBase, head: atHead };
      jobs.push(
        chartSides(e, reader, commits, inRepo, chart, apps).then(([b, h]) =>
          renderChart({ e, name, chart, what, file: appFile ?? values, ignoreDifferences: app?.ignoreDifferences ?? [] }, used, b, h, kit),
        ),
      );
    }
  }
  return jobs;
}

/** One environment's render of a changed chart, its after side validated and judged by the values contract. */
async function renderChart(
  at: { e: EnvironmentConfig; name: string; chart: ChartCheck; what: string; file: string; ignoreDifferences: IgnoreRule[] },
  { helm: used, renderer }: ReturnType<RendererOf>,
  b: RenderSide | Unavailable | 'nothing',
  h: ChartSide,
  { opts, validation, contract }: RenderKit,
): Promise<GuardedRender> {
  const { e, name, chart } = at;
  validation?.prepare(e, sideRender(renderer, b));
  // The Application's ignoreDifferences hide the same fields here as in a promotion's diff.
  const render: EnvironmentRender = {
    ...(await renderEnvironment(renderer, name, b, h.side, { ...opts, ignoreDifferences: at.ignoreDifferences }, at.what)),
    helm: used.version,
  };
  // The after side again is the cache's: validated as rendered, with the chart's own CRDs.
  if (validation && !('unavailable' in h.side) && 'files' in h.side.chart)
    await validation.after(e, name, await renderer.render(h.side), chartCrds(h.side.chart.files, chart.path));
  const judged = sideContract(h, at.file);
  await contract?.judge(e, name, chart.name, chart.path, judged.chart, judged.sources, {
    changed: true,
    rendered: true,
    helm: used.version,
  });
  return { render, protected: e.protected, file: at.file, builds: `chart ${chart.name}`, sources: h.sources };
}

/** One environment whose values or Application changed (render-inputs.ts read its sides), rendered as a changed chart's is. */
async function renderInputs(
  i: InputsRender,
  rendererOf: RendererOf,
  opts: CompareOptions,
  validation: CheckValidation | undefined,
  contract: CheckContract | undefined,
): Promise<GuardedRender> {
  const e = i.environment;
  const { helm, renderer } = rendererOf(e);
  const before = i.before === 'nothing' ? i.before : i.before.side;
  const what =
    i.what ??
    (i.versions
      ? `chart ${i.chart} ${i.versions[0]} → ${i.versions[1]}, as ${e.name}'s Application pins it`
      : `chart ${i.chart} at ${i.dir}, ${e.name}'s values or Application changed`);
  validation?.prepare(e, sideRender(renderer, before));
  const render: EnvironmentRender = {
    ...(await renderEnvironment(renderer, e.name, before, i.after.side, { ...opts, ignoreDifferences: i.ignoreDifferences }, what)),
    helm: helm.version,
  };
  // Validated as promote validates it, a chart pulled from its registry too (its own CRDs are read only from a folder).
  if (validation && !('unavailable' in i.after.side)) {
    const crds = 'files' in i.after.side.chart ? chartCrds(i.after.side.chart.files, i.dir) : [];
    await validation.after(e, e.name, await renderer.render(i.after.side), crds);
  }
  const judged = await inputsContract(i.after, i.file);
  await contract?.judge(e, e.name, i.chart, i.dir, judged.chart, judged.sources, { rendered: true, helm: helm.version });
  return { render, protected: e.protected, file: i.file, builds: `chart ${i.chart}`, sources: i.after.sources };
}

/** One Flux HelmRelease environment rendered (render-flux.ts gave its sides), with what the guards judge. */
async function renderFlux(
  f: FluxRender,
  rendererOf: RendererOf,
  opts: CompareOptions,
  validation: CheckValidation | undefined,
  contract: CheckContract | undefined,
): Promise<GuardedRender> {
  const judged = { protected: f.environment.protected, file: f.file, line: f.line, builds: f.builds, sources: f.sources };
  if (contract) await judgeFlux(contract, f, { rendered: true, helm: rendererOf(f.environment).helm.version });
  if ('failed' in f.after) return { ...judged, render: { environment: f.name, what: f.what, status: 'failed', message: f.after.failed } };
  const { helm, renderer } = rendererOf(f.environment);
  validation?.prepare(f.environment, sideRender(renderer, f.before));
  const render: EnvironmentRender = { ...(await renderEnvironment(renderer, f.name, f.before, f.after, opts, f.what)), helm: helm.version };
  // Validated as promote validates it, a chart pulled from its repository too (its own CRDs are read only from a folder).
  if (validation && !('unavailable' in f.after))
    await validation.after(f.environment, f.name, await renderer.render(f.after), f.chart ? chartCrds(f.chart.files, f.chart.dir) : []);
  return { ...judged, render };
}

/**
 * What a changed chart's render of an environment compares: from the version it runs (its Application's pin, else the
 * folder's) to the pull request's; where its Application pins another version at the head, said so.
 */
function pinnedWhat(
  env: string,
  chart: Pick<ChartCheck, 'name' | 'base' | 'head'>,
  atBase: ApplicationRender | undefined,
  atHead: ApplicationRender | undefined,
): string {
  const [b, h] = [pinnedVersion(atBase), pinnedVersion(atHead)];
  const runs = b ?? chart.base ?? '(new)';
  if (h === null || h === chart.head) return `chart ${chart.name} ${runs} → ${chart.head}`;
  return `chart ${chart.name} ${runs} → ${chart.head} (${env} runs ${h}, as its Application pins it; ${chart.head} is this pull request's, run there once promoted)`;
}
