import { homedir } from 'node:os';
import { expandFleets, isFleet } from '../../deploy/fleet.ts';
import { favourSmallHeap, holdYoungGeneration } from '../../async/young-generation.ts';
import { posix, resolve } from 'node:path';
import { formatProblem, fromUserError, type Problem } from '../../checks/problem.ts';
import type { ChartBumpPlan, ChartCheck, OtherBase } from '../../checks/types.ts';
import type { Config } from '../../config/config.ts';
import { otherConfigExtension, siblingConfigError } from '../../config/names.ts';
import { theInput, UserError, UserErrors, words } from '../../errors.ts';
import { resolveInside, resolveWorkingDirectory } from '../../fs/workspace.ts';
import { followLinks, loadComparison, treeSides, type Comparison, type ResolvedRange } from '../../git/history.ts';
import { headProblem } from '../../git/local-repo.ts';
import { blobsContaining } from '../../git/contains.ts';
import { ObjectReader, ObjectTooLarge } from '../../git/cat-file.ts';
import { gitSpawner, pathsContaining } from '../../git/objects.ts';
import { type GitSpawner } from '../../git/spawn.ts';
import type { checkChartBumps } from '../../checks/chart-bump.ts';
import type { configLine } from '../../config/config.ts';
import type { ConfigFiles } from '../../settings/validate.ts';
import { checkTargets, literalPrefix } from './targets.ts';
import type { PublishedLookup } from '../../registry/published.ts';
import type { World } from '../../contract/world.ts';
import type { RemoteCharts } from './remote-chart.ts';
import type { CheckRequest } from './request.ts';
import type { TakerSearch } from './queue.ts';
import { settingsFor } from '../../settings/read.ts';
import { CHECK } from '../../settings/table-check.ts';
import type { EnvironmentRender } from '../../render/report.ts';
import type { RenderedChecks } from './render.ts';
import { CheckContract, type ValuesContractSection } from './contract.ts';
import { notJudged, UNCHANGED, type ProtectedVerdict } from './verdicts.ts';
import {
  chartBumpRules,
  configChecks,
  configLoader,
  gateConfigChecks,
  mergeQueue,
  publishedCharts,
  remoteChart,
  registryHttp,
  renderer,
  validator,
  contractReader,
} from './lazy.ts';
import { pathPrefixOrTop } from '../../git/local-repo.ts';
import { pathsUnder } from '../../git/commits.ts';
import { deploymentOf } from '../../deploy/kind.ts';

// The check's run starts git before anything else: this module imports only what starting git
// needs. The YAML, SemVer and glob libraries (checks/chart-bump.ts, the config loader) are
// loaded through lazy.ts's getters after git has started, so git lists and diffs while Node
// compiles them; the functions below take what the getters give (checkChartBumps, configLine).

const DEFAULT_CONFIG = '.github/lockstep.yml';

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
  /** Schema validation of the rendered environments' after sides: errors (validate: error) fail the check. */
  validation?: Problem[];
  /** Keys the rendered environments' values files set that no template reads (values-contract: error fails the check). */
  valuesContract?: { problems: Problem[]; sections: ValuesContractSection[] };
  /** What the renders decide (render-guards.ts): also in protectedProblems, listed in the summary above the rendered changes. */
  renderProblems?: Problem[];
  /** Each protected environment of the base's config: its rendered images judged, or why not (verdicts.ts). */
  protectedEnvironments?: ProtectedVerdict[];
}

/** A pull request's own config, not applied: the file and what the check would have decided under it. */
export interface ConfigChange {
  /** Repository-relative path of the config file. */
  file: string;
  /** The pull request deletes the file (its decision is then under the defaults). */
  deleted?: boolean;
  /** The base commit has no config (the pull request adopts lockstep): the check applied the defaults. */
  added?: boolean;
  /** `not-run`: the head's config is invalid, deleted, or names targets that do not exist. */
  verdict: 'pass' | 'fail' | 'not-run';
  /** Errors under the head's config, when it ran. */
  errors?: number;
  /** Why it could not run. */
  problem?: string;
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
  const started = startGit(req, world, resolveRoute(req, world));
  try {
    return await finish(req, world, started);
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
  const noChartsAt = checkTargets(req, s.root, prefix, configs.base, configs.configLine).noChartsAt;
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
      { prefix, range, headPaths, headOids, headLinks, changes, configs, otherBases, queueBase, published, checkChartBumps },
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

/** The puller of remote Flux charts (loaded only when an environment is a HelmRelease). */
async function remoteChartsOf(world: World): Promise<RemoteCharts> {
  const [{ remoteCharts }, { nodeTransport }] = await Promise.all([remoteChart(), registryHttp()]);
  return remoteCharts({
    transport: (world.services.http ?? nodeTransport)(),
    env: world.env,
    home: world.env.HOME || homedir(),
    secret: world.secret,
    clock: world.clock,
    retry: world.services.retry,
    log: (line) => world.reporter.debug(line),
  });
}

/** The charts decided under the base's config (and the head's, when the pull request changes it). */
async function decideAll(req: CheckRequest, s: Started, d: Decision, world: World): Promise<CheckResult> {
  const { prefix, range, headPaths, headOids, headLinks, changes, configs, otherBases, queueBase, published, checkChartBumps } = d;
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
      ...(published ? { published } : {}),
      ...checkTargets(req, s.root, prefix, config, configs.configLine),
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
  const renders = await renderedOf(req, s, d, plan, world, validation, contracted);
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
    ...(validation.length > 0 ? { validation } : {}),
    ...(contracted.sections.length > 0 || contracted.problems.length > 0 ? { valuesContract: contracted } : {}),
    ...(protectedEnvironments.length > 0 ? { protectedEnvironments } : {}),
  };
}

/** The largest file of a chart read for rendering: a pull request's chart is untrusted. */
const MAX_RENDERED_FILE_BYTES = 4 * 1024 * 1024;

/**
 * The changed charts rendered per environment, base (the merge base) vs head
 * (operations/check/render.ts; loaded only when the mode is not off).
 */
async function renderedOf(
  req: CheckRequest,
  s: Started,
  d: Decision,
  plan: ChartBumpPlan,
  world: World,
  problems: Problem[],
  contracted: NonNullable<CheckResult['valuesContract']>,
): Promise<RenderedChecks | undefined> {
  const mode = settingsFor(CHECK, req, d.configs.base).render;
  // An environment of many apps (deploy/fleet.ts) is rendered and judged app by app, each as its own environment.
  const config = d.configs.base && fleetConfig(d.configs.base, d.headPaths, d.prefix);
  // Nothing to render without an environment to render for, or without a changed chart at the head
  // where no environment is a Kustomize overlay (overlays are rendered when what they build changed, in
  // repositories with no chart as well) and no values environment's inputs changed (render-inputs.ts):
  // the renderer (Helm, the diff library, SemVer) is then never loaded.
  const environments = config?.environments ?? [];
  // A Flux environment renders when its HelmRelease or Kustomization changes, as an overlay does; a values
  // environment when its values file, its Application or a file they read changes (render-inputs.ts decides
  // which): never unless the pull request changes a YAML or JSON file (a chart's own files count as the chart).
  const valuesMayChange = d.changes.some((c) => /\.(ya?ml|json)$/i.test(c.path));
  // An overlay, a Flux Kustomization or a HelmRelease reads files of its own, which any change may touch.
  const overlays = environments.some((e) => {
    const d = deploymentOf(e);
    return d?.build !== undefined || d?.release !== undefined || (e.values !== undefined && valuesMayChange);
  });
  if (environments.length === 0 || (!overlays && plan.charts.every((c) => c.head === null))) return undefined;
  // With the render off, the values contract still reads what the pull request touches (render.ts renders nothing then).
  if (mode === 'off' && environments.every((e) => settingsFor(CHECK, req, config, { environment: e.name }).valuesContract === 'off'))
    return undefined;
  const [{ renderChecks }, { CheckValidation, crdFiles }, { environmentContract }] = await Promise.all([
    renderer(),
    validator(),
    contractReader(),
  ]);
  const inRepo = (p: string) => (d.prefix ? posix.join(d.prefix, p.trim().replace(/\\/g, '/')) : p);
  const reader: Parameters<typeof renderChecks>[4] = {
    async list(commit, dir) {
      return pathsUnder(s.git, commit, dir);
    },
    read: (commit, path) =>
      s.reader.text(`${commit}:${path}`, MAX_RENDERED_FILE_BYTES).catch((e: unknown) => {
        if (e instanceof ObjectTooLarge) return undefined;
        throw e;
      }),
  };
  if (!config) return undefined;
  // The config's crds: globs are read at the head, relative to the working directory as every path of the config.
  const head = d.range.head;
  const validation = new CheckValidation(config, req.validate, async (globs, where) =>
    crdFiles(globs.map(inRepo), (await reader.list(head, d.prefix || '.')) ?? [], (p) => reader.read(head, p), where),
  );
  const contract = new CheckContract(config, req.valuesContract, environmentContract);
  // A Flux HelmRelease whose chart is only in a registry or https repository is rendered with it pulled (remote-chart.ts).
  const remote = mode !== 'off' && environments.some((e) => deploymentOf(e)?.release) ? await remoteChartsOf(world) : undefined;
  try {
    const rendered = await renderChecks(
      mode,
      config,
      plan.charts,
      { base: d.range.mergeBase ?? d.range.base, head },
      reader,
      world.env,
      inRepo,
      validation,
      { changed: new Set(d.changes.map((c) => c.path)), headPaths: d.headPaths },
      remote,
      contract,
    );
    problems.push(...validation.problems);
    contracted.problems.push(...contract.problems);
    contracted.sections.push(...contract.sections);
    return rendered;
  } finally {
    remote?.close();
  }
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
  const otherBases: OtherBase[] = [{ label: `base ${range.base.slice(0, 12)}`, readFile: (p) => s.reader.text(`${range.base}:${p}`) }];
  if (range.baseTip) otherBases.push({ label: `the tip of ${req.baseBranch}`, readFile: (p) => s.reader.text(`${range.baseTip}:${p}`) });
  return otherBases;
}

/** The largest config file read from git: far above any real one, and never a reason to read a huge blob. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/** The config as the base commit has it (what the check applies), and the pull request's when it differs. */
interface ConfigSides {
  base?: Config;
  /** The config loader's configLine (loaded with the config): a key's line in its file. */
  configLine?: typeof configLine;
  change?: { file: string; head?: Config; deleted?: boolean; added?: boolean; problem?: string };
  /** The config's errors at the head (CheckResult.configProblems). */
  problems?: Problem[];
}

/**
 * Reads the config file at the base and at the head commit. The base's rules
 * are applied; a head whose file differs is parsed too (its errors become a
 * note, never the check's failure) so the summary can say what it would decide.
 */
async function readConfigs(
  req: CheckRequest,
  s: Started,
  range: ResolvedRange,
  prefix: string,
  changes: Comparison['changes'],
): Promise<ConfigSides> {
  const rel = req.config?.trim() || DEFAULT_CONFIG;
  const explicit = rel !== DEFAULT_CONFIG;
  resolveInside(s.root, rel, 'config');
  const repoPath = posix.normalize(posix.join(prefix, rel.replace(/\\/g, '/')));
  const read = (commit: string) =>
    s.reader.text(`${commit}:${repoPath}`, MAX_CONFIG_BYTES).catch((e: unknown) => {
      if (e instanceof ObjectTooLarge)
        throw new UserError(`config ${rel} is ${e.size} bytes; a config file is at most 1 MiB`, {
          file: repoPath,
          hint: 'shorten the file',
        });
      throw e;
    });
  const [baseText, headText] = await Promise.all([read(range.base), read(range.head)]);
  if (baseText === undefined && headText === undefined) {
    // .yml for .yaml and back: the one that exists is most likely the one meant, never silently ignored.
    const other = otherConfigExtension(rel);
    if (other !== undefined && (await s.reader.read(`${range.base}:${posix.normalize(posix.join(prefix, other))}`)))
      throw siblingConfigError(rel, other, ' at the base commit');
    if (explicit)
      throw new UserError(`config file ${rel} does not exist at the base or the head commit`, {
        hint: words`fix ${theInput('config')} or create the file`,
      });
    return {};
  }
  // The config loader (and its JSON Schema validator) is loaded only when there is a config to read.
  const module = await configLoader();
  let base: Config | undefined;
  if (baseText !== undefined) {
    try {
      base = module.parseConfigText(baseText, rel);
    } catch (e) {
      // The base's own config is broken: fail closed, saying where the fix must land.
      if (!(e instanceof UserError)) throw e;
      const why = `this check reads the config from the base commit ${range.base.slice(0, 12)}, so the fix must land there first`;
      throw new UserError(e.message, { file: e.file, line: e.line, col: e.col, hint: e.hint ? `${e.hint}; ${why}` : why });
    }
  }
  const files = headFiles(s, range.head, prefix);
  if (headText === baseText) {
    // The config stands, but a key file it names may change: read as the pull request leaves it.
    const named = new Set(keyPaths(base).map((p) => posix.normalize(posix.join(prefix, p))));
    if (!changes.some((c) => named.has(c.path))) return { base, configLine: module.configLine };
    const { verifyKeys } = await configChecks();
    const problems = (await verifyKeys(base!, files)).map(fromUserError);
    return { base, configLine: module.configLine, ...(problems.length > 0 ? { problems } : {}) };
  }
  const change: NonNullable<ConfigSides['change']> = { file: repoPath, ...(baseText === undefined ? { added: true } : {}) };
  let problems: Problem[] | undefined;
  if (headText === undefined) change.deleted = true;
  else {
    try {
      // Every check a command runs on the config alone (settings/validate.ts) and the promotion gates' (an after:
      // naming no environment), the key files it names read at the head: what would be refused after the merge
      // fails the PR, every error at once, each at its line.
      const [{ checkConfig }, { EVERY_CONFIG_CHECK }] = await Promise.all([configChecks(), gateConfigChecks()]);
      change.head = await checkConfig(module.parseConfigText(headText, rel), files, EVERY_CONFIG_CHECK);
    } catch (e) {
      const all = e instanceof UserErrors ? e.errors : [e];
      if (!all.every((x) => x instanceof UserError)) throw e;
      change.problem = all.map(formatUserError).join('; ');
      problems = all.map(fromUserError);
    }
  }
  return { base, configLine: module.configLine, change, ...(problems ? { problems } : {}) };
}

/** The largest key file read from git: a PEM key is a few kilobytes. */
const MAX_KEY_BYTES = 64 * 1024;

/**
 * The files the config names (its verify.keys paths), read as the head commit has them: relative to the
 * working directory, never outside the repository's tree; a path the head lacks is said so.
 */
function headFiles(s: Started, head: string, prefix: string): ConfigFiles {
  return async (path, what) => {
    resolveInside(s.root, path, what);
    const text = await s.reader
      .text(`${head}:${posix.normalize(posix.join(prefix, path.replace(/\\/g, '/')))}`, MAX_KEY_BYTES)
      .catch((e: unknown) => {
        if (e instanceof ObjectTooLarge)
          throw new UserError(`${what}: ${path} is ${e.size} bytes, not a key file`, {
            hint: 'name the public key file itself, e.g. .github/cosign.pub',
          });
        throw e;
      });
    if (text === undefined)
      throw new UserError(`${what}: ${path} is not a file at the head commit`, {
        hint: 'paths in verify: are relative to the working directory; commit the public key file (cosign.pub)',
      });
    return text;
  };
}

/** The verify.keys entries of a config (top level and each service's) that name a file rather than hold PEM text. */
function keyPaths(config: Config | undefined): string[] {
  if (!config) return [];
  const lists = [config.verify?.keys, ...Object.values(config.services).map((v) => v.verify?.keys)];
  return lists.flatMap((keys) => (keys ?? []).filter((k) => !k.trimStart().startsWith('-----BEGIN')));
}

/** What the pull request's own config would decide, as a note for the summary (never enforced). */
async function underHeadConfig(
  change: NonNullable<ConfigSides['change']>,
  decide: (c: Config | undefined) => Promise<ChartBumpPlan>,
): Promise<ConfigChange> {
  const said = { file: change.file, ...(change.deleted ? { deleted: true } : {}), ...(change.added ? { added: true } : {}) };
  if (change.problem) return { ...said, verdict: 'not-run', problem: change.problem };
  try {
    const plan = await decide(change.head);
    const errors = [...plan.charts.flatMap((c) => c.problems), ...plan.protectedProblems].filter((p) => p.level === 'error').length;
    return { ...said, verdict: plan.ok ? 'pass' : 'fail', errors };
  } catch (e) {
    if (e instanceof UserErrors) return { ...said, verdict: 'not-run', problem: e.errors.map(formatUserError).join('; ') };
    if (!(e instanceof UserError)) throw e;
    return { ...said, verdict: 'not-run', problem: formatUserError(e) };
  }
}

/** A user error as one line: `file:line: message — hint`. */
const formatUserError = (e: UserError) => e.format();

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

/** The base's config with each environment of many apps replaced by its apps at the head (deploy/fleet.ts expandFleets). */
function fleetConfig(config: Config, headPaths: ReadonlySet<string>, prefix: string): Config {
  if (!config.environments.some(isFleet)) return config;
  const inRepo = (p: string) => (prefix ? posix.join(prefix, p.trim().replace(/\\/g, '/')) : p);
  const fromRepo = (p: string) =>
    prefix && p.startsWith(`${prefix.replace(/\/+$/, '')}/`) ? p.slice(prefix.replace(/\/+$/, '').length + 1) : p;
  return { ...config, environments: expandFleets(config.environments, [...headPaths], { file: config.file, inRepo, fromRepo }) };
}
