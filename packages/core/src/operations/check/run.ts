import { homedir } from 'node:os';
import { favourSmallHeap, holdYoungGeneration } from '../../async/young-generation.ts';
import { resolve } from 'node:path';
import { formatProblem, type Problem } from '../../checks/problem.ts';
import type { ChartBumpPlan, ChartCheck, OtherBase } from '../../checks/types.ts';
import type { Config } from '../../config/config.ts';
import { UserError } from '../../errors.ts';
import { resolveInside, resolveWorkingDirectory } from '../../fs/workspace.ts';
import { followLinks, loadComparison, treeSides, type Comparison, type ResolvedRange } from '../../git/history.ts';
import { headProblem } from '../../git/local-repo.ts';
import { blobsContaining } from '../../git/contains.ts';
import { ObjectReader } from '../../git/cat-file.ts';
import { gitSpawner, pathsContaining } from '../../git/objects.ts';
import { type GitSpawner } from '../../git/spawn.ts';
import type { checkChartBumps } from '../../checks/chart-bump.ts';
import { checkTargets, literalPrefix, type DeployKinds } from './targets.ts';
import type { ExpandedEnvironments } from './rendered.ts';
import { defaultShardResult, writeShardResult, type ShardInfo } from './shard-file.ts';
import { readConfigs, underHeadConfig, type ConfigChange } from './configs.ts';
import type { PublishedLookup } from '../../registry/published.ts';
import type { World } from '../../contract/world.ts';
import type { CheckRequest } from './request.ts';

export type { ConfigChange };
import type { TakerSearch } from './queue.ts';
import { settingsFor } from '../../settings/read.ts';
import { CHECK } from '../../settings/table-check.ts';
import type { EnvironmentRender } from '../../render/report.ts';
import type { ValuesContractSection } from './contract.ts';
import { notJudged, UNCHANGED, type ProtectedVerdict } from './verdicts.ts';
import { chartBumpRules, deployKinds, mergeQueue, publishedCharts, registryHttp } from './lazy.ts';
import { pathPrefixOrTop } from '../../git/local-repo.ts';

// The check's run starts git before anything else: this module imports only what starting git
// needs. The YAML, SemVer and glob libraries (checks/chart-bump.ts, the config loader) are
// loaded through lazy.ts's getters after git has started, so git lists and diffs while Node
// compiles them; the functions below take what the getters give (checkChartBumps, configLine).

/** One object of the `changed-charts` output (a matrix entry for later jobs). */
export interface ChangedChartOutput {
  path: string;
  name: string;
  base: string | null;
  head: string | null;
  required: ChartCheck['required'];
  ok: boolean;
  problems: string[];
}

/** The action's outputs, as strings (JSON on one line). */
export interface CheckOutputs {
  ok: string;
  'changed-charts': string;
}

/** What the check compared and decided. Paths are relative to the repository's top, as git names them. */
export interface CheckResult extends ChartBumpPlan {
  outputs: CheckOutputs;
  /** The commits compared, and notes on what was fetched or refreshed from origin. */
  range: ResolvedRange;
  /** The base branch whose tip was compared too, when the event named one. */
  baseBranch?: string;
  /** Set when the head's config file differs from the base's (whose rules were applied): what the head's would decide. */
  configChange?: ConfigChange;
  /**
   * The config's own errors as the pull request leaves it, each an error of the check (the file would break every
   * run once merged): every error of a changed config, or what a changed key file that verify.keys names holds.
   */
  configProblems?: Problem[];
  /** Rendered manifest diffs of each environment deploying a changed chart, base vs head (a protected environment's decide: render-guards.ts). */
  rendered?: EnvironmentRender[];
  /** The environments not rendered, as nothing the pull request changes reaches them (said when some were). */
  notRendered?: string[];
  /** Schema validation of the rendered environments' after sides: errors (validate: error) fail the check. */
  validation?: Problem[];
  /** Keys the rendered environments' values files set that no template reads (values-contract: error fails the check). */
  valuesContract?: { problems: Problem[]; sections: ValuesContractSection[] };
  /** What the renders decide (render-guards.ts): also in protectedProblems, listed in the summary above the rendered changes. */
  renderProblems?: Problem[];
  /** Each protected environment of the base's config: its rendered images judged, or why not (verdicts.ts). */
  protectedEnvironments?: ProtectedVerdict[];
  /** shard: i/n — this run's share, and every environment of the whole matrix (written to shard-result for the merge). */
  shard?: ShardInfo;
  /** merge-shards: the shards this result was merged from (merge-shards.ts). */
  merged?: { shards: number };
}

/** The git work under way before the libraries load. */
interface Started {
  root: string;
  git: GitSpawner;
  reader: ObjectReader;
  comparison: Promise<Comparison>;
  /** Where working-directory sits in the repository (`deploy/`, or '' at the top). */
  prefix: Promise<string>;
  /** Head Chart.yaml files mentioning `file://`, once the comparison is in (undefined when it failed). */
  dependents: Promise<string[] | undefined>;
}

/**
 * Compares head with base and decides, per changed chart, whether its version
 * moved correctly. Never throws for a failing check: the result says `ok:
 * false` and each face reports it (view.ts checkFailure); user mistakes throw.
 * Its steps: the route (working directory and paths, checked before git is
 * asked anything), git started, the libraries loaded, the commits compared,
 * the config read at the base (and the head), the charts decided.
 */
export async function run(req: CheckRequest, world: World): Promise<CheckResult> {
  // The renders' outputs and the values-contract reads are parse garbage promoted past a held young generation; V8's
  // own growth factor let the old generation reach ~95 MB with ~20 MB live before a mark-compact caught up. At
  // 100,000 commits × 1,000 services (three charts rendered in three environments, Helm on PATH) the check peaked
  // at 185–188 MB, 130–148 MB with this (issue 76; ~0.17 s more CPU); a check with nothing to render never gets there.
  favourSmallHeap();
  // Held from the start, as promote and status hold it: what the check parses before its charts' bump rules (the
  // configs, the changed files) grew V8's new space past 16 MB in some runs before checkChartBumps held it.
  holdYoungGeneration();
  const root = resolveRoute(req, world);
  // Where a shard's result goes, checked before git starts: a bad shard-result leaves the workspace as it was.
  const shardFile = req.shard ? resolveInside(root, req.shardResult ?? defaultShardResult(req.shard), 'shard-result') : undefined;
  const started = startGit(req, world, root);
  try {
    const result = await finish(req, world, started);
    if (shardFile && result.shard) writeShardResult(shardFile, { ...result, shard: result.shard });
    return result;
  } finally {
    started.reader.dispose();
  }
}

/** The working directory (a folder of a git checkout inside the workspace) and the chart and protected-values patterns inside it. */
function resolveRoute(req: CheckRequest, world: World): string {
  const root = resolveWorkingDirectory(world.workspace, req.workingDirectory, 'working-directory');
  for (const p of req.charts) resolveInside(root, literalPrefix(p), 'charts');
  for (const p of req.protectedGlobs) resolveInside(root, literalPrefix(p), 'protected-values');
  for (const p of req.protectedApplications ?? []) resolveInside(root, literalPrefix(p), 'protected-applications');
  return root;
}

/**
 * Starts git at once (the comparison, the file:// search, the working
 * directory's prefix) and returns without waiting for it.
 */
function startGit(req: CheckRequest, world: World, root: string): Started {
  const git = world.services.repo?.(root) ?? gitSpawner(root);
  const reader = new ObjectReader(root);
  const comparison = loadComparison(git, reader, {
    base: req.base,
    head: req.head,
    baseLabel: 'base',
    headLabel: 'head',
    baseBranch: req.baseBranch,
  });
  // Awaited later; until then a rejection must not count as unhandled.
  comparison.catch(() => {});
  const subfolder = root !== resolve(world.workspace);
  const prefix = subfolder ? pathPrefixOrTop(git) : Promise.resolve('');
  prefix.catch(() => {});
  // Head Chart.yaml files that may declare file:// dependencies: read through the cat-file already
  // running once the head's paths are listed, instead of a `git grep` process of their own.
  // As `git grep` run in the working directory searched: the files below it only.
  const dependents = Promise.all([comparison, prefix])
    .then(async ([c, under]) => {
      const charts = [...c.headPaths].filter((p) => p.startsWith(under) && (p === `${under}Chart.yaml` || p.endsWith('/Chart.yaml')));
      return (
        (await blobsContaining(reader, c.range.head, charts, 'file://', MAX_SEARCHED_BYTES, c.headOids)) ??
        (await pathsContaining(git, c.range.head, 'Chart.yaml', 'file://'))
      );
    })
    .catch(() => undefined);
  return { root, git, reader, comparison, prefix, dependents };
}

/** The largest Chart.yaml searched for `file://` in this process; a larger one is left to `git grep`. */
const MAX_SEARCHED_BYTES = 1024 * 1024;

/** The check proper, once git is under way: the libraries load while it works. */
async function finish(req: CheckRequest, world: World, s: Started): Promise<CheckResult> {
  const { checkChartBumps } = await chartBumpRules();
  const prefix = await s.prefix;
  const { range, headPaths, headOids, headLinks, changes } = await compared(req, s);
  // The rules come from the base commit, as CODEOWNERS does: a pull request (a fork's among them)
  // cannot switch the guard off through its own copy of the config.
  const configs = await readConfigs(req, s, range, prefix, changes);
  // The deployer kinds (Helm, kustomize, Flux and their readers) load only when a config names an environment.
  const kinds = configs.base?.environments.length || configs.change?.head?.environments.length ? await deployKinds() : undefined;
  const noChartsAt = checkTargets(req, s.root, prefix, configs.base, configs.configLine, kinds).noChartsAt;
  if (noChartsAt) world.reporter.info(`${noChartsAt}: charts: [] — no chart to check`);
  world.reporter.debug(`comparing ${range.head} with ${range.mergeBase ?? 'its merge base'} (base ${range.base})`);
  const otherBases = otherBasesOf(req, s, range);
  const entryBase = req.queue ? await (await mergeQueue()).queueEntryBase(s.git, s.reader, range, req.queue) : undefined;
  if (entryBase) otherBases.push(entryBase);
  const queueBase = entryBase ? req.queue?.entryBase : undefined;
  const published = configs.base?.chartRegistry ? await registryLookup(configs.base.chartRegistry, world) : undefined;
  try {
    return await decideAll(
      req,
      s,
      { prefix, range, headPaths, headOids, headLinks, changes, configs, kinds, otherBases, queueBase, published, checkChartBumps },
      world,
    );
  } finally {
    published?.close();
  }
}

/** What finish found before the charts are decided. */
interface Decision extends Pick<Comparison, 'range' | 'headPaths' | 'headOids' | 'headLinks' | 'changes'> {
  prefix: string;
  configs: Awaited<ReturnType<typeof readConfigs>>;
  /** The deployer kinds, when a config names an environment. */
  kinds?: DeployKinds;
  otherBases: OtherBase[];
  /** The merge queue entry's base, when it counts as a base (queue.ts queueEntryBase). */
  queueBase?: string;
  published?: PublishedLookup;
  checkChartBumps: typeof checkChartBumps;
}

/**
 * The chart registry's answers (chart-registry in the base's config): loaded
 * only then, so a check without one never loads the registry client.
 */
async function registryLookup(registry: string, world: World): Promise<PublishedLookup> {
  const [{ publishedLookup }, { nodeTransport }] = await Promise.all([publishedCharts(), registryHttp()]);
  return publishedLookup(registry, {
    transport: (world.services.http ?? nodeTransport)(),
    clock: world.clock,
    retry: world.services.retry,
    home: world.env.HOME || homedir(),
    dockerConfigDir: world.env.DOCKER_CONFIG || undefined,
    secret: world.secret,
    log: (line) => world.reporter.debug(line),
  });
}

/** The charts decided under the base's config (and the head's, when the pull request changes it). */
async function decideAll(req: CheckRequest, s: Started, d: Decision, world: World): Promise<CheckResult> {
  const { prefix, range, headPaths, headOids, headLinks, changes, configs, kinds, otherBases, queueBase, published, checkChartBumps } = d;
  // Helm's loader follows symbolic links: a values file linked to a shared one changes when that one does.
  const sides = await followLinks(s.reader, treeSides(s.reader, range.head, headPaths, changes, headOids), headLinks, changes);
  // Who took a version, for every chart refused under either config: one search, so one walk of the history (queue.ts).
  let takers: Promise<TakerSearch> | undefined;
  const takerOf = (file: string, version: string) => {
    // Searched from the commits the head must exceed, newest first: the entry's base, the base branch tip, the base.
    const starts = [queueBase, range.baseTip, range.base].filter((c): c is string => c !== undefined);
    // In a merge queue the pull request's fork point is unknown (the event does not carry it): the taker is always named.
    const forkPoint = req.queue ? undefined : (range.mergeBase ?? range.base);
    takers ??= mergeQueue().then((q) => q.takerSearch(s.git, s.reader, starts, forkPoint));
    return takers.then((t) => t.takenBy(file, version));
  };
  const decide = async (config: Config | undefined) =>
    checkChartBumps({
      ...sides,
      // Charts that may depend on others through file:// were searched for once the comparison was in
      // (again with git grep should that search have failed).
      localDependencyCandidates: (await s.dependents) ?? (await pathsContaining(s.git, range.head, 'Chart.yaml', 'file://')),
      otherBases,
      takenBy: takerOf,
      // Without chart-registry in the config no version is in a registry.
      published: published ?? (() => Promise.resolve(undefined)),
      ...checkTargets(req, s.root, prefix, config, configs.configLine, kinds),
    });
  const plan = await decide(configs.base);
  if (plan.noChartFolder)
    world.reporter.info(
      `no Chart.yaml under the working directory — no chart to check; ${
        configs.base?.environments.length
          ? 'the environments are checked'
          : `nothing else to check${configs.base ? '' : ' (the base commit has no config: the defaults were applied)'}`
      }`,
    );
  const configChange = configs.change ? await underHeadConfig(configs.change, decide) : undefined;
  const validation: Problem[] = [];
  const contracted: NonNullable<CheckResult['valuesContract']> = { problems: [], sections: [] };
  const expanded: ExpandedEnvironments = { names: [], protected: [] };
  // Only the base's environments are rendered (rendered.ts): without one, its modules are never loaded. Loaded here,
  // not through lazy.ts, which rendered.ts loads its own renderers through.
  const renders = configs.base?.environments.length
    ? await (await import('./rendered.ts')).renderedOf(req, s, d, plan, world, validation, contracted, expanded)
    : undefined;
  const rendered = renders?.rendered;
  const protectedNames = (configs.base?.environments ?? []).filter((e) => e.protected).map((e) => e.name);
  const protectedEnvironments =
    renders?.verdicts ??
    notJudged(
      protectedNames,
      settingsFor(CHECK, req, configs.base).render === 'off' ? 'render is off, so its images were not rendered' : UNCHANGED,
    );
  // What the renders decide for a protected environment (render-guards.ts) joins the protected files' problems.
  // A file the protected checks already refuse is not refused again for what its render shows.
  const refused = new Set(plan.protectedProblems.filter((p) => p.level === 'error').map((p) => p.file));
  const renderProblems = (renders?.problems ?? []).filter((p) => !refused.has(p.file));
  // A pull request's invalid config only makes its own check stricter: it fails, as the file would break every run once merged.
  const configProblems = configs.problems ?? [];
  const ok =
    plan.ok &&
    configProblems.length === 0 &&
    !renderProblems.some((p) => p.level === 'error') &&
    !validation.some((p) => p.level === 'error') &&
    !contracted.problems.some((p) => p.level === 'error');
  return {
    ...plan,
    ...(renderProblems.length > 0 ? { protectedProblems: [...plan.protectedProblems, ...renderProblems], renderProblems } : {}),
    ok,
    outputs: { ok: String(ok), 'changed-charts': JSON.stringify(changedChartsOutput(plan)) },
    range,
    baseBranch: req.baseBranch,
    ...(configChange ? { configChange } : {}),
    ...(configProblems.length > 0 ? { configProblems } : {}),
    ...(rendered ? { rendered } : {}),
    ...(renders?.notRendered ? { notRendered: renders.notRendered } : {}),
    ...(validation.length > 0 ? { validation } : {}),
    ...(contracted.sections.length > 0 || contracted.problems.length > 0 ? { valuesContract: contracted } : {}),
    ...(protectedEnvironments.length > 0 ? { protectedEnvironments } : {}),
    ...(req.shard ? { shard: { ...req.shard, environments: expanded.names, protected: expanded.protected } } : {}),
  };
}

/** The comparison git started; HEAD that names no commit (no commit yet, an unborn branch) is said as such, not as a missing ref. */
async function compared(req: CheckRequest, s: Started): Promise<Comparison> {
  return s.comparison.catch(async (e: unknown) => {
    const noHead = e instanceof UserError && req.head === 'HEAD' ? await headProblem(s.git, 'nothing to check') : undefined;
    throw noHead ?? e;
  });
}

/**
 * The head must exceed the chart versions of the merge base, of the base
 * commit itself and of the base branch tip, so two open PRs cannot both take the same version.
 */
function otherBasesOf(req: CheckRequest, s: Started, range: ResolvedRange): OtherBase[] {
  // The base and the base branch's tip judge every chart.
  const every = () => true;
  const otherBases: OtherBase[] = [
    { label: `base ${range.base.slice(0, 12)}`, readFile: (p) => s.reader.text(`${range.base}:${p}`), judges: every },
  ];
  if (range.baseTip)
    otherBases.push({ label: `the tip of ${req.baseBranch}`, readFile: (p) => s.reader.text(`${range.baseTip}:${p}`), judges: every });
  return otherBases;
}

/** The `changed-charts` output entries, in chart order. */
export function changedChartsOutput(plan: ChartBumpPlan): ChangedChartOutput[] {
  return plan.charts.map((c) => ({
    path: c.path,
    name: c.name,
    base: c.base,
    head: c.head,
    required: c.required,
    ok: c.ok,
    problems: c.problems.map(formatProblem),
  }));
}
