// The check's rendered guards: the changed charts and the environments whose inputs changed, rendered base vs
// head per environment (render.ts, loaded only when there is something to render), schema-validated and judged
// by the values contract; an environment of many apps (deploy/fleet.ts) rendered app by app.

import { homedir } from 'node:os';
import { posix } from 'node:path';
import type { Problem } from '../../checks/problem.ts';
import type { ChartBumpPlan } from '../../checks/types.ts';
import type { Config } from '../../config/config.ts';
import type { World } from '../../contract/world.ts';
import { expandFleets, isFleet, withDocuments } from '../../deploy/fleet.ts';
import { deploymentOf } from '../../deploy/kind.ts';
import { inShard } from '../../deploy/shard-split.ts';
import type { Shard } from '../../deploy/shard.ts';
import { ObjectTooLarge, type ObjectReader } from '../../git/cat-file.ts';
import type { Comparison } from '../../git/history.ts';
import { filesUnder, folderIds } from '../../git/tree.ts';
import type { GitSpawner } from '../../git/spawn.ts';
import { settingsFor } from '../../settings/read.ts';
import { CHECK } from '../../settings/table-check.ts';
import { CheckContract, type ValuesContractSection } from './contract.ts';
import { notRenderedOf } from './not-rendered.ts';
import { contractReader, registryHttp, remoteChart, renderer, validator } from './lazy.ts';
import type { RemoteCharts } from './remote-chart.ts';
import type { RenderedChecks } from './render.ts';
import type { CheckRequest } from './request.ts';

/** What the renders read of the check's decision: the comparison, the configs, the working directory's prefix. */
export interface RenderDecision extends Pick<Comparison, 'range' | 'headPaths' | 'headOids' | 'changes'> {
  prefix: string;
  /** The configs read (configs.ts ConfigSides): the base's rules are the ones rendered. */
  configs: { base?: Config };
}

/** Every environment the check may render (each app of an environment of many apps), the whole matrix's, in config order. */
export interface ExpandedEnvironments {
  names: string[];
  /** The protected ones. */
  protected: string[];
}

/** The largest file of a chart read for rendering: a pull request's chart is untrusted. */
const MAX_RENDERED_FILE_BYTES = 4 * 1024 * 1024;

/**
 * The changed charts rendered per environment, base (the merge base) vs head
 * (operations/check/render.ts; loaded only when the mode is not off).
 */
export async function renderedOf(
  req: CheckRequest,
  s: { git: GitSpawner; reader: ObjectReader },
  d: RenderDecision,
  plan: ChartBumpPlan,
  world: World,
  problems: Problem[],
  contracted: { problems: Problem[]; sections: ValuesContractSection[] },
  expanded: ExpandedEnvironments = { names: [], protected: [] },
): Promise<RenderedChecks | undefined> {
  const mode = settingsFor(CHECK, req, d.configs.base).render;
  const config = await sharedConfig(req, s.reader, d, expanded);
  // Nothing to render without an environment to render for, or without a changed chart at the head
  // where no environment is a Kustomize overlay (overlays are rendered when what they build changed, in
  // repositories with no chart as well) and no values environment's inputs changed (render-inputs.ts):
  // the renderer (Helm, the diff library, SemVer) is then never loaded.
  const environments = config?.environments ?? [];
  // A Flux environment renders when its HelmRelease or Kustomization changes, as an overlay does; a values
  // environment when its values file, its Application or a file they read changes (render-inputs.ts decides
  // which): never unless the pull request changes a YAML or JSON file (a chart's own files count as the chart).
  const valuesMayChange = d.changes.some((c) => /\.(ya?ml|json)$/i.test(c.path));
  // An overlay, a Flux Kustomization or a HelmRelease reads files of its own, which any change may touch; a values
  // environment with its values file, only a YAML or JSON change.
  const overlays = environments.some((e) => {
    const d = deploymentOf(e);
    return d !== undefined && (d.pinKey !== 'values' || (e.values !== undefined && valuesMayChange));
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
  const head = d.range.head;
  // Another commit's file by its id in its folder's tree, read once a folder (git/tree.ts folderIds).
  const folders = new Map<string, ReturnType<typeof folderIds>>();
  const idAt = async (commit: string, path: string) => {
    const key = `${commit}:${posix.dirname(path)}`;
    let ids = folders.get(key);
    if (!ids) folders.set(key, (ids = folderIds(s.reader, commit, posix.dirname(path))));
    return (await ids)?.get(posix.basename(path));
  };
  const reader: Parameters<typeof renderChecks>[4] = {
    // Through the running cat-file (git/tree.ts), not a `git ls-tree` process a folder: a fleet's check lists 200
    // chart folders.
    list: (commit, dir) => filesUnder(s.reader, commit, dir),
    // A file by its object id (the head's listing, or its folder's tree at another commit), not `<commit>:<path>`,
    // which git resolves folder by folder: a fleet's check reads its 300 Applications at the base and at the head.
    read: async (commit, path) =>
      s.reader
        .text((commit === head ? d.headOids.get(path) : await idAt(commit, path)) ?? `${commit}:${path}`, MAX_RENDERED_FILE_BYTES)
        .catch((e: unknown) => {
          if (e instanceof ObjectTooLarge) return undefined;
          throw e;
        }),
  };
  if (!config) return undefined;
  // The config's crds: globs are read at the head, relative to the working directory as every path of the config.
  const validation = new CheckValidation(config, req.validate, async (globs, where) =>
    crdFiles(globs.map(inRepo), (await reader.list(head, d.prefix || '.')) ?? [], (p) => reader.read(head, p), where),
  );
  const contract = new CheckContract(config, req.valuesContract, environmentContract);
  // A Flux HelmRelease or an Argo CD Application whose chart is only in a registry or https repository is rendered
  // with it pulled (remote-chart.ts; render-registry.ts): one puller, one deadline, for both.
  const pulls = environments.some((e) => deploymentOf(e)?.mayPullChart === true);
  const remote = mode !== 'off' && pulls ? lazyRemote(world) : undefined;
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
    if (!rendered) return rendered;
    // What was not run, said: an environment is rendered when a changed chart, its values, its Application or its
    // overlay's inputs reach it; the rest could not change (not-rendered.ts, as the merge of shards says it).
    const notRendered = notRenderedOf(
      rendered.rendered,
      environments.map((e) => e.name),
    );
    return notRendered.length > 0 ? { ...rendered, notRendered } : rendered;
  } finally {
    remote?.close();
  }
}

/**
 * The puller of remote charts, its modules loaded and its registry client made on the first chart asked for: a
 * fleet of Applications whose charts are folders of this repository pulls none. A source naming no repository, chart
 * or version is none to pull (undefined), as the puller itself says.
 */
function lazyRemote(world: World): RemoteCharts {
  let made: Promise<RemoteCharts> | undefined;
  const pull = ((source, version) => {
    if (!source.repoURL || !source.chart || version === '') return undefined;
    made ??= remoteChartsOf(world);
    return made.then(
      (r) =>
        r(source, version) ?? { problem: 'it names no OCI registry or https Helm repository lockstep reads', host: source.repoURL ?? '' },
    );
  }) as RemoteCharts;
  pull.close = () =>
    void made?.then(
      (r) => r.close(),
      () => undefined,
    );
  return pull;
}

/** The puller of remote charts (loaded only when an environment is a HelmRelease or an Application's). */
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

/**
 * The base's config as the check renders it: an environment of many apps (deploy/fleet.ts) rendered and judged app by
 * app, each as its own environment, then only this shard's share of them (shard: i/n).
 */
async function sharedConfig(
  req: CheckRequest,
  reader: ObjectReader,
  d: RenderDecision,
  expanded: ExpandedEnvironments,
): Promise<Config | undefined> {
  if (!d.configs.base) return undefined;
  const atHead = (path: string) => reader.text(`${d.range.head}:${path}`, MAX_RENDERED_FILE_BYTES).catch(() => undefined);
  return shareOf(await fleetConfig(d.configs.base, d.headPaths, d.prefix, atHead), req.shard, expanded);
}

/**
 * The config with only `shard`'s share of its environments, every one of them (before the split) noted in `expanded`:
 * the split comes after the apps are expanded, so the apps of one environment spread over the matrix.
 */
function shareOf(config: Config, shard: Shard | undefined, expanded: ExpandedEnvironments): Config {
  expanded.names.push(...config.environments.map((e) => e.name));
  expanded.protected.push(...config.environments.filter((e) => e.protected).map((e) => e.name));
  return shard ? { ...config, environments: config.environments.filter((e) => inShard(e.name, shard)) } : config;
}

/** The base's config with each environment of many apps replaced by its apps at the head (deploy/fleet.ts expandFleets). */
async function fleetConfig(
  config: Config,
  headPaths: ReadonlySet<string>,
  prefix: string,
  read: (path: string) => Promise<string | undefined>,
): Promise<Config> {
  if (!config.environments.some(isFleet)) return config;
  const inRepo = (p: string) => (prefix ? posix.join(prefix, p.trim().replace(/\\/g, '/')) : p);
  const fromRepo = (p: string) =>
    prefix && p.startsWith(`${prefix.replace(/\/+$/, '')}/`) ? p.slice(prefix.replace(/\/+$/, '').length + 1) : p;
  const paths = await withDocuments(config.environments, [...headPaths], read, inRepo);
  return { ...config, environments: expandFleets(config.environments, paths, { file: config.file, inRepo, fromRepo }) };
}
