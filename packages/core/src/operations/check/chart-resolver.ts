// Where the pull-request check finds the chart an environment's side renders (deploy/model.ts's ChartResolver, the
// check's policy beside promote's promote/chart-input.ts and hydrate's dryCommit… resolvers): the chart folder of
// this repository the check renders the environment with (the changed chart, or the folder its Application deploys),
// at the commit the check chose for the side (its own, or the release tag or commit of the version a registry
// Application pins: render.ts pinnedAt, render-inputs.ts versionCommit), each folder read once per chart and commit
// for all the environments of that chart (one files map: the Renderer writes one chart folder for them). What the
// deployer reads around that chart is its kind's (Deployment.side).

import { posix } from 'node:path';
import semver from 'semver';
import { parse } from 'yaml';
import type { ChartCheck } from '../../checks/types.ts';
import type { EnvironmentConfig } from '../../config/config.ts';
import type { ApplicationRender } from '../../deploy/argocd/application.ts';
import { deploymentOf } from '../../deploy/kind.ts';
import { type ChartResolver, type CommitReader, type HelmSide, type SideInput, type SideUnavailable } from '../../deploy/model.ts';
import { withoutGaps } from '../../deploy/kind-helpers.ts';
import { readChartFolder, type RenderSide, type Unavailable } from '../../render/render.ts';
import type { ValuesSource } from '../../values/values-origin.ts';

/** How the check reads the repository at a commit (render.ts's CheckReader). */
export interface InputsReader {
  list(commit: string, dir: string): Promise<string[] | undefined>;
  read(commit: string, path: string): Promise<string | undefined>;
}

/** A side as its kind reads it, and the texts it read (values files, then the chart's files) where an image is traced. */
export interface ChartSide {
  side: RenderSide | Unavailable;
  sources: { path: string; text: string }[];
  /** The values files of the repository the render reads (not the chart's own values.yaml, not inline values), in order. */
  valueFiles?: { path: string; text: string }[];
  /** The Application's inline values, where its file writes them (after the files, in Helm's order). */
  inline?: ValuesSource[];
}

/** Each reader's chart folders by commit and folder: read once, one map for all the sides of a chart (a Renderer writes one folder for it). */
const folders = new WeakMap<InputsReader, Map<string, ReturnType<typeof readChartFolder>>>();

/** Chart folder `dir` at `commit`, read once per reader (its every environment's sides share the map). */
export function chartFolderAt(reader: InputsReader, commit: string, dir: string): ReturnType<typeof readChartFolder> {
  let byKey = folders.get(reader);
  if (!byKey) folders.set(reader, (byKey = new Map<string, ReturnType<typeof readChartFolder>>()));
  const key = `${commit}\0${dir}`;
  let files = byKey.get(key);
  if (!files) byKey.set(key, (files = readChartFolder({ list: (d) => reader.list(commit, d), read: (p) => reader.read(commit, p) }, dir)));
  return files;
}

/** Each run's readers of a commit, one a commit: a HelmRelease its decisions read is the one its side reads (release-side.ts releaseReading). */
const commitReaders = new WeakMap<InputsReader, Map<string, CommitReader>>();

/** `reader` at `commit`, one object a run and commit, its chart folders read once (chartFolderAt). */
export function readerAt(reader: InputsReader, commit: string): CommitReader {
  let byCommit = commitReaders.get(reader);
  if (!byCommit) commitReaders.set(reader, (byCommit = new Map<string, CommitReader>()));
  let at = byCommit.get(commit);
  if (!at)
    byCommit.set(
      commit,
      (at = { read: (p) => reader.read(commit, p), list: (d) => reader.list(commit, d), chart: (d) => chartFolderAt(reader, commit, d) }),
    );
  return at;
}

/**
 * What the check reads a Flux HelmRelease environment's side with at `commit`: the commit's files (the run's one
 * reader of it, so the release the check decided on is the one read), its chart `found` (the folder of the pull
 * request at that commit, or the chart pulled through the check's RemoteCharts: render-flux.ts).
 */
export function fluxSideInput(reader: InputsReader, commit: string, inRepo: (p: string) => string, found: ChartResolver): SideInput {
  return { reader: readerAt(reader, commit), chart: found, inRepo, charts: [], memo: reader };
}

/** Flux HelmRelease environment `e`'s side at `commit` (fluxSideInput), judged by the check (checkJudged). */
export async function fluxSide(
  e: EnvironmentConfig,
  reader: InputsReader,
  commit: string,
  inRepo: (p: string) => string,
  found: ChartResolver,
): Promise<HelmSide | Unavailable> {
  return checkJudged(await deploymentOf(e)!.side(fluxSideInput(reader, commit, inRepo, found)));
}

/**
 * The check's judgement of a side's gaps: it refuses none, it renders what can be read and says so. A HelmRelease's
 * unread valuesFrom is named in its label (render-flux.ts), a values file missing beside its chart renders the chart
 * alone (a chart folder whose Chart.yaml names no chart does not arise: the check names the chart, valuesChart).
 */
export function checkJudged(s: HelmSide | SideUnavailable): HelmSide | Unavailable {
  return withoutGaps(s);
}

/** The chart a check renders an environment's side with: its folder `dir`, named `name`, read at commit `at`. */
export interface CheckChart {
  dir: string;
  name: string;
  /** The commit the folder is read at (the side's own unless a registry Application pins another version). */
  at: string;
  /** The chart folders an Application's reading chooses its source among (the changed chart, or the head's folders). */
  charts: readonly string[];
}

/**
 * What the check reads environment `e`'s Helm side with at `commit` (Deployment.side): the commit's files, the chart
 * folder `chart` (checkChart), the Application's text the check chose for the side (`application`: the side's own,
 * else the other side's where the side's own does not read, as the check always rendered it), the run's parses kept
 * per `reader` (render-inputs.ts applicationOf reads the same), a values file rendered with the chart the check names.
 */
export function checkSideInput(
  reader: InputsReader,
  commit: string,
  inRepo: (p: string) => string,
  chart: CheckChart,
  application?: { file: string; text: string | undefined },
): SideInput {
  return {
    reader: {
      read: (p) => (application && p === application.file ? Promise.resolve(application.text) : reader.read(commit, p)),
      list: (d) => reader.list(commit, d),
      chart: (d) => chartFolderAt(reader, chart.at, d),
    },
    chart: () => checkChart(reader, chart),
    inRepo,
    charts: chart.charts,
    memo: reader,
    valuesChart: { dir: chart.dir, name: chart.name },
  };
}

/** The check's chart resolver: the folder `chart.dir` of this repository at `chart.at`, whatever source or version the deployer names. */
async function checkChart(reader: InputsReader, chart: CheckChart) {
  const files = await chartFolderAt(reader, chart.at, chart.dir);
  return 'unavailable' in files ? files : { input: files, name: chart.name, where: chart.dir, dir: chart.dir };
}

/** Environment `e`'s side as its kind reads it with the check's input (checkSideInput), in the shape the check's renders and values contract take. */
export async function environmentSide(
  e: EnvironmentConfig,
  reader: InputsReader,
  commit: string,
  inRepo: (p: string) => string,
  chart: CheckChart,
  application?: { file: string; text: string | undefined },
): Promise<ChartSide> {
  return checkSide(checkJudged(await deploymentOf(e)!.side(checkSideInput(reader, commit, inRepo, chart, application))));
}

/**
 * Environment `e`'s side at `commit` read by its kind with the chart `found` gives (render-registry.ts: a registry
 * Application's chart pulled at the version the side pins), `charts` the folders its Application's reading chooses
 * among (as render-inputs.ts applicationOf read it), in the shape the check's renders and values contract take.
 */
export async function resolvedSide(
  e: EnvironmentConfig,
  reader: InputsReader,
  commit: string,
  inRepo: (p: string) => string,
  charts: readonly string[],
  found: ChartResolver,
): Promise<ChartSide> {
  return checkSide(checkJudged(await deploymentOf(e)!.side({ ...fluxSideInput(reader, commit, inRepo, found), charts })));
}

/** A kind's side as the check holds it: Helm's input, the texts traced, and the values contract's files and inline values. */
function checkSide(s: HelmSide | Unavailable): ChartSide {
  if ('unavailable' in s) return { side: s, sources: [] };
  return { side: s.side, sources: s.sources, valueFiles: s.valueFiles ?? [], ...(s.inline ? { inline: s.inline } : {}) };
}

/** The Application of an environment at the base and the head: its file, its texts, and their readings (undefined where one does not read). */
export interface SideApplications {
  file?: string;
  baseText?: string;
  headText?: string;
  base?: ApplicationRender;
  head?: ApplicationRender;
}

/**
 * Environment `e`'s two sides of changed chart `chart`. The base side is what the environment runs now: a registry
 * Application pinning an exact version runs that version, as Argo CD pulls it (pinnedAt). The head side is the pull
 * request's chart, which the guards judge for every environment that deploys it: what each runs once a promotion
 * moves its targetRevision there. Each side reads the Application the check chose for it: the side's own, else the
 * other side's (the head's where the base has none that reads, the base's where the head's does not read).
 */
export function chartSides(
  e: EnvironmentConfig,
  reader: InputsReader,
  commits: { base: string; head: string },
  inRepo: (p: string) => string,
  chart: Pick<ChartCheck, 'path' | 'name' | 'base'>,
  apps: SideApplications,
): Promise<[RenderSide | Unavailable | 'nothing', ChartSide]> {
  const dir = chart.path;
  const at = (commit: string): CheckChart => ({ dir, name: chart.name, at: commit, charts: [dir] });
  const headApp = apps.file !== undefined ? { file: apps.file, text: apps.head ? apps.headText : apps.baseText } : undefined;
  const baseApp = apps.file !== undefined ? { file: apps.file, text: apps.base ? apps.baseText : headApp?.text } : undefined;
  const base = async (): Promise<RenderSide | Unavailable | 'nothing'> => {
    if (chart.base === null) return 'nothing';
    const pinned = await pinnedAt(reader, dir, chart.name, apps.base ?? apps.head, chart.base, [commits.base, commits.head]);
    if (pinned !== undefined && typeof pinned !== 'string') return pinned;
    return (await environmentSide(e, reader, commits.base, inRepo, at(pinned ?? commits.base), baseApp)).side;
  };
  return Promise.all([base(), environmentSide(e, reader, commits.head, inRepo, at(commits.head), headApp)]);
}

/**
 * Where a changed chart is read for an environment whose Application pulls it from a registry at an exact version
 * (`targetRevision: 1.4.0`): the folder at the side's own commit when it says that version (undefined), else the
 * version's tag or commit (render-inputs.ts versionCommit), else why it cannot be had. A git `path:` source, a
 * range or no Application reads the folder as the side has it (undefined).
 */
export async function pinnedAt(
  reader: InputsReader,
  dir: string,
  chart: string,
  app: ApplicationRender | undefined,
  folderVersion: string | null,
  commits: readonly string[],
): Promise<string | Unavailable | undefined> {
  const pinned = pinnedVersion(app);
  if (!pinned || pinned === folderVersion) return undefined;
  return versionCommit(reader, dir, chart, pinned, commits);
}

/**
 * Where chart `chart` at `version` is read from this repository, as the Application pins it: its release tag
 * `<chart>-<version>`, else the first of `commits` whose folder `dir` says that version in its Chart.yaml; else why not.
 */
export async function versionCommit(
  reader: InputsReader,
  dir: string,
  chart: string,
  version: string,
  commits: readonly string[],
): Promise<string | Unavailable> {
  const tag = `refs/tags/${chart}-${version}`;
  if ((await reader.read(tag, posix.join(dir, 'Chart.yaml'))) !== undefined) return tag;
  const said: string[] = [];
  for (const c of commits) {
    const text = await reader.read(c, posix.join(dir, 'Chart.yaml'));
    let found: unknown;
    try {
      found = (parse(text ?? '') as { version?: unknown } | null)?.version;
    } catch {
      found = undefined;
    }
    if (String(found) === version) return c;
    if (found !== undefined && !said.includes(String(found))) said.push(String(found));
  }
  return {
    unavailable: `chart ${chart} ${version} is not in this repository (no tag ${chart}-${version}; ${dir}/Chart.yaml says ${said.join(' and ') || 'no version'})`,
  };
}

/** The exact version an Application pulls its chart at from a registry (`targetRevision: 1.4.0`); null for a git `path:` source, a range or none. */
export function pinnedVersion(app: ApplicationRender | undefined): string | null {
  return app && app.path === undefined ? semver.valid(app.revision.current) : null;
}
