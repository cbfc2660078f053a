// chart-bump-check's rendered manifest diffs: on a pull request that changes
// a chart, each environment that deploys it (its Application names the chart
// or its folder; a values file without one, the chart folder holding it) is
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
import type { Config, EnvironmentConfig, RenderMode } from '../../config/config.ts';
import { compareOptions } from '../../render/compare.ts';
import { renderJob, type CheckJob, type JobKit, type JobTool } from './check-job.ts';
import { findHelm, helmCandidate } from '../../render/helm.ts';
import type { RenderSide, Unavailable } from '../../render/render.ts';
import type { EnvironmentRender } from '../../render/report.ts';
import type { TemplateOutcome } from '../../render/bounded.ts';
import type { ChartCheck } from '../../checks/types.ts';
import { renderOverlayChecks } from './render-overlays.ts';
import { helmsFor, learning, rendererPool, type RendererOf } from './helms.ts';
import { chartCrds } from '../../validate/environment.ts';
import type { CheckValidation } from './validate.ts';
import { protectedVerdicts, renderProblems, type GuardedRender } from './render-guards.ts';
import type { ProtectedVerdict } from './verdicts.ts';
import type { Problem } from '../../checks/problem.ts';
import { fluxNamedAtBase, fluxRenders } from './render-flux.ts';
import { baseNamed } from './remote-named.ts';
import { chartSides, pinnedVersion, type ChartSide, type SideApplications } from './chart-resolver.ts';
import type { IgnoreRule } from '../../render/ignore-paths.ts';
import {
  applicationOf,
  applicationsNamedAtBase,
  changedInputs,
  chartDeployers,
  chartFolders,
  deployedFolders,
  environmentFiles,
  type CheckTree,
  type InputsRender,
} from './render-inputs.ts';
import { noChartFolder } from '../../deploy/chart-values.ts';
import type { RemoteCharts } from './remote-chart.ts';
import { sideContract, type CheckContract } from './contract.ts';
import { inputsContract, judgeUnrendered } from './contract-unrendered.ts';
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
  // A values environment with its values file (a chart folder's, an Application's); a HelmRelease environment is
  // rendered as Flux installs it (render-flux.ts), not with a values file beside a chart.
  const valueEnvs = config.environments.filter((e) => deploymentOf(e)?.pinKey === 'values' && e.values !== undefined);
  const chartEnvs = changed.length === 0 ? [] : valueEnvs;
  // An environment naming no Helm major renders with the first helm on PATH, whichever its version: its changed
  // chart's base side (the base branch's chart, not the pull request's templates) starts rendering with that binary
  // (helmCandidate) as soon as it is read, and the first of those runs prints its version (versionProbe), learnt for
  // findHelm instead of a `helm version` run (a Go program's start, as long as a small chart's render). The comparison
  // finds the outputs in the renderer's cache once the version says that Helm is usable; else they are not used. The
  // pull request's side renders only with a Helm known usable.
  const candidate = mode === 'off' ? undefined : helmCandidate(undefined, env);
  const ahead = candidate !== undefined && chartEnvs.some((e) => e.helmVersion === undefined) ? learning(candidate) : undefined;
  if (ahead) void findHelm(env);
  const pool = rendererPool(config.render, env);
  // What a chart no folder holds may be pulled from: one set of what the base names, its Applications' repoURLs and
  // its releases' sources (remote-named.ts), read when a first chart asks.
  const named = baseNamed([
    () => fluxNamedAtBase(config, commits.base, reader, inRepo),
    () => applicationsNamedAtBase(valueEnvs, commits, reader, inRepo, tree ? chartFolders(tree.headPaths) : []),
  ]);
  // The jobs read whole before a Helm is asked (Flux releases, values files no chart folder holds), and the
  // environments whose inputs changed.
  const found = Promise.all([
    fluxRenders(config, changed, commits, reader, inRepo, named, remote, tree?.changed),
    unresolvedJobs(config, valueEnvs, changed.length > 0, commits.head, reader, inRepo, tree),
    tree
      ? changedInputs(
          config,
          valueEnvs,
          changed.map((c) => c.path),
          commits,
          reader,
          inRepo,
          tree,
          named,
          remote,
        )
      : [],
  ]).then(([flux, unresolved, inputs]) => ({ read: [...flux, ...unresolved], inputs }));
  const none = ({ read, inputs }: { read: readonly CheckJob<RenderSide>[]; inputs: readonly InputsRender[] }) =>
    chartEnvs.length === 0 && read.length === 0 && inputs.length === 0;
  const asked: Promise<RendererOf | GuardedRender[]> =
    mode === 'off'
      ? Promise.resolve([])
      : found.then((f) =>
          none(f)
            ? []
            : helmsFor(mode, config, [...chartEnvs, ...f.inputs.map((i) => i.environment), ...f.read.map((j) => j.environment)], env, pool),
        );
  const opts = compareOptions(config.render);
  // The changed charts' environments and sides are read while the environments whose inputs changed are found and
  // Helm is looked for. Without a usable Helm, what was read renders nothing.
  const warming: Promise<unknown>[] = [];
  const early = (e: EnvironmentConfig): ((sides: Promise<RenderSide[]>) => void) | undefined => {
    if (!ahead || e.helmVersion !== undefined) return undefined;
    const renderer = pool.get(ahead.path);
    const printed = (o: TemplateOutcome) => (o.ok && o.helmVersion !== undefined ? ahead.tell(o.helmVersion) : undefined);
    return (sides) =>
      warming.push(sides.then((all) => Promise.allSettled(all.map((side) => renderer.output(side).then(printed)))).catch(() => undefined));
  };
  const renderersAsked = asked.then(
    (h) => (Array.isArray(h) ? undefined : h),
    () => undefined,
  );
  const charted =
    mode === 'off' || chartEnvs.length === 0
      ? undefined
      : changedChartJobs(config, changed, chartEnvs, commits, reader, inRepo, renderersAsked, { opts, validation, contract, early });
  charted?.catch(() => undefined); // awaited below once there is a Helm; else what it read is not wanted
  // Where no render ahead printed a version (none started, or none rendered), `helm version` is asked.
  if (ahead)
    void (charted ?? Promise.resolve())
      .catch(() => undefined)
      .then(() => Promise.allSettled(warming))
      .then(() => ahead.tell(undefined));
  try {
    const { read, inputs } = await found;
    if (none({ read, inputs })) return undefined;
    const helms = await asked;
    // Without Helm (or with the render off), the values contract alone judges each environment's head: it needs no render.
    if (Array.isArray(helms)) {
      if (contract) await judgeUnrendered(contract, config, changed, chartEnvs, commits, reader, inRepo, inputs, read, tree);
      return mode === 'off' ? undefined : helms;
    }
    const kit = { opts, validation, contract };
    const jobs = [
      ...((await charted) ?? []),
      ...[...inputs.map(inputsJob), ...read].map((j) => renderJob(j, helmTool(helms, j.environment), kit)),
    ];
    return jobs.length > 0 ? await Promise.all(jobs) : undefined;
  } finally {
    pool.dispose();
  }
}

/** What every render of a check is given (check-job.ts), and where an environment's base side starts rendering before its Helm is known (with the likely binary), if it does. */
interface RenderKit extends JobKit {
  early?: (e: EnvironmentConfig) => ((sides: Promise<RenderSide[]>) => void) | undefined;
}

/** The Helm environment `e` renders with, as a job renders (its renderer, the version it says). */
function helmTool(of: RendererOf, e: EnvironmentConfig): JobTool<RenderSide> {
  const { helm, renderer } = of(e);
  return { renderer, helm: helm.version };
}

/**
 * Each changed chart rendered per environment of `chartEnvs` that deploys it (its Application names the chart or its
 * folder; an environment without one, when the folder holds its values file: one that no folder holds cannot render,
 * unresolvedJobs), its two sides read as chart-resolver.ts chartSides reads them.
 */
async function changedChartJobs(
  config: Config,
  changed: readonly ChartCheck[],
  chartEnvs: readonly EnvironmentConfig[],
  commits: { base: string; head: string },
  reader: CheckReader,
  inRepo: (p: string) => string,
  renderers: Promise<RendererOf | undefined>,
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
      const apps: SideApplications = { file: appFile, baseText, headText, base: atBase, head: atHead };
      const at = { e, name, chart, what, file: appFile ?? values, ignoreDifferences: app?.ignoreDifferences ?? [] };
      const sides = chartSides(e, reader, commits, inRepo, chart, apps);
      kit.early?.(e)?.(sides.then(([b]) => (b === 'nothing' || 'unavailable' in b ? [] : [b])));
      const job = Promise.all([sides, renderers]).then(([[b, h], of]) => {
        // Without a Helm, renderCharts returns the skipped row before it looks at a job.
        if (!of) throw new Error('no Helm renders this job');
        return renderJob(chartJob(at, b, h), helmTool(of, e), kit);
      });
      job.catch(() => undefined); // awaited by renderCharts where there is a Helm
      jobs.push(job);
    }
  }
  return jobs;
}

/**
 * The values environments without an Application whose chart nothing says (no chart folder holds the values file and
 * the repository has several charts), reached by a pull request that changes a chart (any may be theirs) or their
 * values file: as in every command, they cannot render (deploy/chart-values.ts noChartFolder), a job whose head is
 * unavailable, refused at its values file: a protected one fails closed there (render-guards.ts), another is warned.
 */
async function unresolvedJobs(
  config: Config,
  valueEnvs: readonly EnvironmentConfig[],
  chartChanged: boolean,
  head: string,
  reader: CheckReader,
  inRepo: (p: string) => string,
  tree: CheckTree | undefined,
): Promise<CheckJob<RenderSide>[]> {
  const deployed = deployedFolders(config, reader, head, inRepo);
  const none = { dirs: [], nameOf: () => Promise.resolve(undefined) };
  const jobs = await Promise.all(
    valueEnvs.map(async (e): Promise<CheckJob<RenderSide> | undefined> => {
      if (e.values === undefined || deploymentOf(e)?.application !== undefined) return undefined;
      const values = inRepo(e.values);
      if (!chartChanged && !tree?.changed.has(values)) return undefined;
      if ((await deployed(undefined, values, none)) !== 'any') return undefined;
      const hint = 'or keep the values file inside the chart folder it feeds, where every command finds its chart';
      const after = { unavailable: noChartFolder(values), refused: { file: values, line: 1, hint } };
      return { environment: e, name: e.name, before: 'nothing', after, file: values, builds: `values ${values}`, sources: [] };
    }),
  );
  return jobs.filter((j) => j !== undefined);
}

/** One environment's render of a changed chart, as a job (check-job.ts): its head judged by the values contract as a changed chart's. */
function chartJob(
  at: { e: EnvironmentConfig; name: string; chart: ChartCheck; what: string; file: string; ignoreDifferences: IgnoreRule[] },
  b: RenderSide | Unavailable | 'nothing',
  h: ChartSide,
): CheckJob<RenderSide> {
  const { e, name, chart } = at;
  const judged = sideContract(h, at.file);
  return {
    environment: e,
    name,
    before: b,
    after: h.side,
    what: at.what,
    // The Application's ignoreDifferences hide the same fields here as in a promotion's diff.
    ignoreDifferences: at.ignoreDifferences,
    file: at.file,
    builds: `chart ${chart.name}`,
    sources: h.sources,
    crds: headCrds(h.side, chart.path),
    judge: (contract, how) => contract.judge(e, name, chart.name, chart.path, judged.chart, judged.sources, { changed: true, ...how }),
  };
}

/** The CRDs of a head side's chart folder (none for a chart pulled as an archive: its own CRDs are read only from a folder). */
function headCrds(side: RenderSide | Unavailable, dir: string) {
  return 'unavailable' in side || !('files' in side.chart) ? [] : chartCrds(side.chart.files, dir);
}

/** One environment whose values or Application changed (render-inputs.ts read its sides), as a job: rendered as a changed chart's is. */
function inputsJob(i: InputsRender): CheckJob<RenderSide> {
  const e = i.environment;
  const what =
    i.what ??
    (i.versions
      ? `chart ${i.chart} ${i.versions[0]} → ${i.versions[1]}, as ${e.name}'s Application pins it`
      : `chart ${i.chart} at ${i.dir}, ${e.name}'s values or Application changed`);
  return {
    environment: e,
    name: e.name,
    before: i.before === 'nothing' ? i.before : i.before.side,
    after: i.after.side,
    what,
    ignoreDifferences: i.ignoreDifferences,
    file: i.file,
    builds: `chart ${i.chart}`,
    sources: i.after.sources,
    // Validated as promote validates it, a chart pulled from its registry too.
    crds: headCrds(i.after.side, i.dir),
    judge: async (contract, how) => {
      const judged = await inputsContract(i.after, i.file);
      await contract.judge(e, e.name, i.chart, i.dir, judged.chart, judged.sources, how);
    },
  };
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
