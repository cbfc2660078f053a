// chart-bump-check's renders of environments whose own inputs changed: a
// pull request that changes no chart but an environment's values file, its
// Argo CD Application (valueFiles, inline values, parameters, release name,
// namespace, targetRevision, ignoreDifferences) or a file a valueFiles entry
// names changes what that environment receives as surely as a chart does.
// As an overlay is built when its build inputs differ (render-overlays.ts),
// each such environment's side is read at the base and at the head — the
// chart folder its Application deploys from this repository (or, where no
// folder names its registry chart, that chart pulled: render-registry.ts),
// the values in Helm's order, what the Application gives — and rendered when
// the two differ. An environment deploying a chart the pull request changes is
// rendered with that chart (render.ts), once.

import { posix } from 'node:path';
import { valuesChartFolder } from '../../deploy/chart-values.ts';
import { parse } from 'yaml';
import type { ApplicationRender } from '../../deploy/argocd/application.ts';
import { applicationReading } from '../../deploy/argocd/side.ts';
import { environmentSide, pinnedVersion, versionCommit, type ChartSide, type InputsReader } from './chart-resolver.ts';
import type { Config, EnvironmentConfig } from '../../config/config.ts';
import { UserError } from '../../errors.ts';
import { sideDigest } from '../../render/render.ts';
import type { IgnoreRule } from '../../render/ignore-paths.ts';
import { deploymentOf } from '../../deploy/kind.ts';
import { mayHold } from '../../text/spelled.ts';
import type { ResourceRef } from '../../deploy/model.ts';
import type { RemoteCharts } from './remote-chart.ts';
import { namedBy, registrySides, type RegistryPulls } from './render-registry.ts';
import { readsChanged } from './reach.ts';
import type { BaseNamed } from './remote-named.ts';

/** An environment's values file and its Application's file (repository paths), with the Application's text at each side. */
interface EnvironmentFiles {
  values: string;
  ref: ResourceRef | undefined;
  appFile: string | undefined;
  baseText: string | undefined;
  headText: string | undefined;
}

/** Each reader's environment files by commits and environment: the check's renders and changedInputs read them once. */
const filesRead = new WeakMap<InputsReader, Map<string, Promise<EnvironmentFiles>>>();

/**
 * An environment's values file and its Application's file (repository paths), with the Application's text at the
 * base and at the head; read once per reader (the check's renders of changed charts and changedInputs ask the same
 * 300 environments of a fleet).
 */
export function environmentFiles(
  e: EnvironmentConfig,
  valuesPath: string,
  commits: { base: string; head: string },
  reader: InputsReader,
  inRepo: (p: string) => string,
): Promise<EnvironmentFiles> {
  let byKey = filesRead.get(reader);
  if (!byKey) filesRead.set(reader, (byKey = new Map<string, Promise<EnvironmentFiles>>()));
  const key = JSON.stringify([commits.base, commits.head, e.name, valuesPath]);
  let files = byKey.get(key);
  if (!files) {
    const ref = deploymentOf(e)?.application;
    const appFile = ref ? inRepo(ref.file) : undefined;
    files = Promise.all([
      appFile ? reader.read(commits.base, appFile) : undefined,
      appFile ? reader.read(commits.head, appFile) : undefined,
    ]).then(([baseText, headText]) => ({ values: inRepo(valuesPath), ref, appFile, baseText, headText }));
    byKey.set(key, files);
  }
  return files;
}

/**
 * The chart folder a values file without an Application renders with at `commit`, as every command reads it
 * (deploy/chart-values.ts valuesChartFolder over the config's charts:).
 */
function valuesFolderAt(
  config: Pick<Config, 'charts'>,
  reader: InputsReader,
  commit: string,
  inRepo: (p: string) => string,
): (values: string) => Promise<string | undefined> {
  const at = { read: (p: string) => reader.read(commit, p), list: (d: string) => reader.list(commit, d) };
  const charts = (config.charts ?? []).map(inRepo);
  return (values) => valuesChartFolder(values, at, charts);
}

/** Chart folders of this repository a deployer may name, and the chart name each one's Chart.yaml gives. */
export interface ChartFolders {
  dirs: readonly string[];
  nameOf: (dir: string) => Promise<string | undefined>;
}

/**
 * The chart folders among `among` an environment deploys at the head, one answer for the check's renders of changed
 * charts, of changed inputs and for its values contract unrendered: its Application's source path (a git source), else
 * each folder whose Chart.yaml names the chart it pulls (a registry source); without an Application, the chart folder
 * holding its values file at the head (deploy/chart-values.ts, as status, promote and hydrate render it, whether or
 * not other environments have an Application), or 'any' where none holds it and nothing says which (it cannot
 * render, as every command says: render.ts unresolvedJobs).
 */
export function deployedFolders(
  config: Config,
  reader: InputsReader,
  head: string,
  inRepo: (p: string) => string,
): (app: ApplicationRender | undefined, values: string, among: ChartFolders) => Promise<string[] | 'any'> {
  const chartFolderOf = valuesFolderAt(config, reader, head, inRepo);
  return async (app, values, among) => {
    if (app?.path !== undefined) return among.dirs.includes(app.path) ? [app.path] : [];
    if (app) {
      const names = await Promise.all(among.dirs.map(among.nameOf));
      return among.dirs.filter((_, i) => names[i] === app.revision.chart);
    }
    const folder = await chartFolderOf(values);
    if (folder === undefined) return 'any';
    return among.dirs.includes(folder) ? [folder] : [];
  };
}

/** Whether an environment deploys changed chart `chart` (deployedFolders among that chart alone). */
export function chartDeployers(
  config: Config,
  reader: InputsReader,
  head: string,
  inRepo: (p: string) => string,
): (app: ApplicationRender | undefined, values: string, chart: { path: string; name: string }) => Promise<boolean> {
  const deployed = deployedFolders(config, reader, head, inRepo);
  return async (app, values, chart) => {
    const dirs = await deployed(app, values, { dirs: [chart.path], nameOf: () => Promise.resolve(chart.name) });
    return dirs !== 'any' && dirs.length > 0;
  };
}

/**
 * The words an Application must write to read a file the pull request changed (changedInputs' folderOf; its kind's inputs, reach.ts):
 * each changed file's name (a valueFiles entry ends in it), and the folder name and chart name of each chart folder
 * holding one (a source's path ends in the one, its chart: is the other). Undefined where it may read one without
 * writing a word: a chart at the repository's root, a chart folder whose Chart.yaml names no chart.
 */
async function changedWords(
  changed: ReadonlySet<string>,
  folders: readonly string[],
  nameOf: (dir: string) => Promise<string | undefined>,
): Promise<Set<string> | undefined> {
  if (folders.includes('.')) return undefined;
  const words = new Set<string>();
  const paths = [...changed];
  for (const path of paths) words.add(posix.basename(path));
  for (const dir of folders.filter((d) => paths.some((p) => p.startsWith(`${d}/`)))) {
    const name = await nameOf(dir);
    if (name === undefined) return undefined;
    words.add(posix.basename(dir)).add(name);
  }
  return words;
}

/** What the pull request changed, and the head's paths (where the repository's chart folders are found). */
export interface CheckTree {
  changed: ReadonlySet<string>;
  headPaths: ReadonlySet<string>;
}

/**
 * The Application of `text` as a render reads it (deploy/argocd/application.ts); undefined when the file holds none.
 * Read once per run and text (deploy/argocd/side.ts applicationReading, kept per the run's one reader, which the
 * check's sides name as their memo: a side reads what this read): the 300 environments of a fleet are each asked at
 * the base and the head, nearly all alike.
 */
export function applicationOf(
  reader: InputsReader,
  text: string | undefined,
  file: string,
  name: string | undefined,
  charts: readonly string[],
) {
  if (text === undefined) return undefined;
  const app = applicationReading(reader, text, file, name, charts);
  return app instanceof UserError ? undefined : app;
}

/** An environment whose inputs changed, with both sides read. */
export interface InputsRender {
  environment: EnvironmentConfig;
  /** The chart folder it deploys, and the chart's name. */
  dir: string;
  chart: string;
  /** Where its refusals point: the values file when the pull request changed it, else the Application's file. */
  file: string;
  before: ChartSide | 'nothing';
  after: ChartSide;
  ignoreDifferences: IgnoreRule[];
  /** The chart versions the Application pins at the base and at the head, where its targetRevision moved. */
  versions?: [string, string];
  /** What the render compares, where the chart is no folder of this repository (a registry's, pulled: render-registry.ts). */
  what?: string;
}

/** The chart folders of the head (a folder holding Chart.yaml that is not a chart's vendored subchart): those an Application's source is chosen among. */
export function chartFolders(headPaths: ReadonlySet<string>): string[] {
  const dirs = [...headPaths].filter((p) => p === 'Chart.yaml' || p.endsWith('/Chart.yaml')).map((p) => posix.dirname(p));
  const all = new Set(dirs);
  return dirs.filter((d) => {
    const parent = posix.dirname(d);
    return !(posix.basename(parent) === 'charts' && all.has(posix.dirname(parent)));
  });
}

/** Whether two read sides render the same thing: the key a Renderer caches a side by (its chart, values, arguments, post-renderers). */
function sameSide(a: ChartSide, b: ChartSide): boolean {
  const key = (s: ChartSide) => ('unavailable' in s.side ? JSON.stringify(['unavailable', s.side.unavailable]) : sideDigest(s.side, {}));
  return key(a) === key(b);
}

/** The name each chart folder's Chart.yaml gives at `commit` (undefined when it names none), read once a folder. */
function chartNames(reader: InputsReader, commit: string): (dir: string) => Promise<string | undefined> {
  const names = new Map<string, Promise<string | undefined>>();
  return (dir) => {
    let n = names.get(dir);
    if (!n) {
      n = reader.read(commit, posix.join(dir, 'Chart.yaml')).then((text) => {
        try {
          const name = (parse(text ?? '') as { name?: unknown } | null)?.name;
          return typeof name === 'string' ? name : undefined;
        } catch {
          return undefined;
        }
      });
      names.set(dir, n);
    }
    return n;
  };
}

/** How the check's renders of changed inputs read the repository: the two commits, the reader, config paths, the head's chart folders. */
type InputsRead = {
  commits: { base: string; head: string };
  reader: InputsReader;
  inRepo: (p: string) => string;
  folders: readonly string[];
};

/** Where an environment's render points and what it compares: InputsRender without its sides. */
type RenderAt = Pick<InputsRender, 'environment' | 'dir' | 'chart' | 'file' | 'what'>;

/**
 * The render of an environment whose two sides were read; undefined where they render the same and its Application
 * pins the same version with the same ignoreDifferences (which change what is reviewed, though Helm renders the same).
 */
function inputsRender(
  at: RenderAt,
  before: ChartSide | 'nothing',
  after: ChartSide,
  apps: { base: ApplicationRender | undefined; head: ApplicationRender | undefined },
  moved: boolean,
): InputsRender | undefined {
  const { base, head } = apps;
  const sameApp =
    JSON.stringify([base?.revision.current, base?.ignoreDifferences]) === JSON.stringify([head?.revision.current, head?.ignoreDifferences]);
  if (before !== 'nothing' && sameSide(before, after) && sameApp) return undefined;
  return {
    ...at,
    before,
    after,
    ignoreDifferences: head?.ignoreDifferences ?? [],
    ...(moved && base && head ? { versions: [base.revision.current, head.revision.current] as [string, string] } : {}),
  };
}

/**
 * Environment `e` whose Application pulls its chart from a registry no chart folder of this repository names, rendered
 * with it pulled at each side's version (render-registry.ts) when the pull request changes its values file, its
 * Application or a file its valueFiles name; undefined when it changes none or the sides render the same.
 */
async function registryRender(
  e: EnvironmentConfig,
  files: EnvironmentFiles,
  apps: { base: ApplicationRender | undefined; head: ApplicationRender },
  read: InputsRead,
  changed: ReadonlySet<string>,
  pulls: RegistryPulls,
): Promise<InputsRender | undefined> {
  const { values, appFile } = files;
  if (appFile === undefined) return undefined;
  const { commits, reader, inRepo, folders } = read;
  if (!(await readsChanged(e, changed, [commits.base, commits.head], reader, inRepo, folders))) return undefined;
  const sides = await registrySides(e, { ...files, appFile }, apps, commits, reader, inRepo, folders, pulls);
  const moved = apps.base !== undefined && apps.base.revision.current !== apps.head.revision.current;
  const file = changed.has(values) ? values : appFile;
  const at = { environment: e, dir: `chart ${sides.chart}`, chart: sides.chart, file, what: sides.what };
  return inputsRender(at, sides.before, sides.after, apps, moved);
}

/**
 * The repoURLs the Applications of `envs` name at the base (render-registry.ts namedBy): the Applications' part of
 * what the base names (remote-named.ts); `folders`, the head's chart folders an Application's source may name.
 */
export async function applicationsNamedAtBase(
  envs: readonly EnvironmentConfig[],
  commits: { base: string; head: string },
  reader: InputsReader,
  inRepo: (p: string) => string,
  folders: readonly string[],
): Promise<Set<string>> {
  const texts = await Promise.all(
    envs.map(async (e) => {
      if (e.values === undefined) return undefined;
      const f = await environmentFiles(e, e.values, commits, reader, inRepo);
      return f.appFile === undefined ? undefined : { ...f, appFile: f.appFile };
    }),
  );
  return namedBy(reader, texts, folders);
}

/**
 * Each environment of `envs` (values files beside a chart, with or without an
 * Application) that deploys a chart of this repository the pull request does
 * not change (`changedCharts`, rendered by render.ts) and whose inputs differ
 * between the base and the head, both sides read; [] when none does. An
 * environment none of whose inputs is among the changed paths is not read.
 * With `remote`, an Application whose chart no folder of this repository
 * names is rendered with it pulled from its registry (registryRender).
 */
export async function changedInputs(
  config: Config,
  envs: readonly EnvironmentConfig[],
  changedCharts: readonly string[],
  commits: { base: string; head: string },
  reader: InputsReader,
  inRepo: (p: string) => string,
  tree: CheckTree,
  named: BaseNamed,
  remote?: RemoteCharts,
): Promise<InputsRender[]> {
  const folders = chartFolders(tree.headPaths);
  if (folders.length === 0 && !remote) return [];
  const nameOf = chartNames(reader, commits.head);
  const deployed = deployedFolders(config, reader, commits.head, inRepo);
  // The first chart folder the environment deploys among the head's (none where a values file's folder is unknown).
  const folderOf = async (app: ApplicationRender | undefined, values: string) => {
    const dirs = await deployed(app, values, { dirs: folders, nameOf });
    return dirs === 'any' ? undefined : dirs[0];
  };
  const read = { commits, reader, inRepo, folders };
  const pulls = remote ? { remote, named } : undefined;
  const words = await changedWords(tree.changed, folders, nameOf);
  const out = await Promise.all(
    envs.map(async (e): Promise<InputsRender | undefined> => {
      if (e.values === undefined) return undefined;
      const files = await environmentFiles(e, e.values, commits, reader, inRepo);
      const { values, ref, appFile, baseText, headText } = files;
      // An Application the pull request left as it was, that names no changed file nor a chart folder holding one,
      // reads nothing the pull request changed: it is not parsed (a fleet's hundreds of Applications, most alike).
      const unchanged = appFile !== undefined && baseText === headText && !tree.changed.has(values) && !tree.changed.has(appFile);
      if (unchanged && words && (headText === undefined || !mayHold(headText, words))) return undefined;
      const atBase = appFile ? applicationOf(reader, baseText, appFile, ref?.name, folders) : undefined;
      const atHead = appFile ? applicationOf(reader, headText, appFile, ref?.name, folders) : undefined;
      if (appFile && !atHead) return undefined;
      const dir = await folderOf(atHead, values);
      // An Application pulling its chart from a registry no folder of this repository names: pulled (render-registry.ts).
      if (dir === undefined && atHead?.path === undefined && atHead && pulls)
        return registryRender(e, files, { base: atBase, head: atHead }, read, tree.changed, pulls);
      if (dir === undefined || changedCharts.includes(dir)) return undefined;
      const baseDir = appFile ? (atBase ? await folderOf(atBase, values) : undefined) : dir;
      // What its deployer reads at either side (reach.ts), or the chart folder it renders with.
      const touched =
        baseDir !== dir ||
        [...tree.changed].some((p) => dir === '.' || p.startsWith(`${dir}/`)) ||
        (await readsChanged(e, tree.changed, [commits.base, commits.head], reader, inRepo, folders));
      if (!touched) return undefined;
      const chart = (await nameOf(dir)) ?? posix.basename(dir);
      // An Application whose chart comes from a registry renders, on each side, the chart at the version that side
      // pins (as Argo CD pulls it), not the folder as the commit has it: whether its targetRevision moves or not (a
      // pull request changing prod's values renders prod's pinned version, though the folder has moved on).
      const moved = !!atBase && !!atHead && atHead.path === undefined && atBase.revision.current !== atHead.revision.current;
      const sideAt = async (own: string, other: string, folder: string, app: ApplicationRender | undefined): Promise<ChartSide> => {
        const pinned = app !== undefined && (moved || pinnedVersion(app) !== null);
        const at = pinned ? await versionCommit(reader, folder, chart, app.revision.current, [own, other]) : own;
        return typeof at === 'string'
          ? environmentSide(e, reader, own, inRepo, { dir: folder, name: chart, at, charts: folders })
          : { side: at, sources: [] };
      };
      const [before, after] = await Promise.all([
        baseDir === undefined ? ('nothing' as const) : sideAt(commits.base, commits.head, baseDir, atBase),
        sideAt(commits.head, commits.base, dir, atHead),
      ]);
      const file = tree.changed.has(values) || !appFile ? values : appFile;
      return inputsRender({ environment: e, dir, chart, file }, before, after, { base: atBase, head: atHead }, moved);
    }),
  );
  return out.filter((r): r is InputsRender => r !== undefined);
}
