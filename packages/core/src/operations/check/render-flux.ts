// chart-bump-check's renders of environments deployed by a Flux HelmRelease
// (`helmrelease:`): the HelmRelease read as helm-controller installs it
// (deploy/flux/flux-release.ts: the patch over its base, the values in Flux's
// order — valuesFrom as listed, then spec.values —, the release name and
// namespace it computes) at the base and at the head of the pull request, and
// rendered with a chart of this repository: the folder its GitRepository (or
// Bucket) sourceRef names, or the chart the pull request changes when the
// HelmRelease deploys a chart of that name from a HelmRepository. An
// environment is rendered when that chart changed or when what its release
// reads did: what it gives Helm (its values, version, source, post-renderers,
// compared), or a file its deployer reads (reach.ts: the HelmRelease, its patch,
// its values ConfigMaps, a values file its chart is built with). A release
// whose chart lives only in a remote repository (a HelmRepository of type oci,
// a classic https one, an OCIRepository chartRef) and whose inputs changed is
// rendered with that chart pulled at the base's and at the head's version
// (remote-chart.ts: only that registry or repository, digests checked); one
// that cannot be pulled is refused at the HelmRelease's version line, naming the
// host, which fails a protected environment. A source URL the base commit does
// not name is never contacted (remote-named.ts): refused at the line writing it. Without a puller it is said as not
// rendered. Each side is read by the HelmRelease's kind (deploy/flux/release-side.ts, through
// deploymentOf(e).side) with the check's chart (chart-resolver.ts fluxSide, judged as the check judges). Each is a job that
// render.ts renders (check-job.ts renderJob), with the Helm and the guards every chart environment gets.

import { posix } from 'node:path';
import type { Config, EnvironmentConfig } from '../../config/config.ts';
import { UserError } from '../../errors.ts';
import type { ChartCheck } from '../../checks/types.ts';
import { fluxRef, releaseValueSources, type FluxRef, type FluxRelease } from '../../deploy/flux/flux-release.ts';
import { postSaid, releaseReading } from '../../deploy/flux/release-side.ts';
import type { ChartResolver, HelmSide } from '../../deploy/model.ts';
import { versionSaid } from '../../deploy/chart-pull.ts';
import { releaseWhere } from '../../deploy/flux/flux-release-line.ts';
import { filesDigest } from '../../render/cached.ts';
import type { RenderSide, Unavailable } from '../../render/render.ts';
import { chartFolderAt, fluxSide, readerAt } from './chart-resolver.ts';
import { parse } from 'yaml';
import type { RemoteChart, RemoteCharts } from './remote-chart.ts';
import type { CheckJob } from './check-job.ts';
import { fluxContractChart } from './contract-unrendered.ts';
import { chartCrds } from '../../validate/environment.ts';
import { namedAtBase, unnamedSource, type BaseNamed } from './remote-named.ts';
import { deploymentOf } from '../../deploy/kind.ts';
import { readsChanged } from './reach.ts';
import type { ValuesSource } from '../../values/values-origin.ts';

/** How the check reads the repository at a commit (render.ts's CheckReader). */
interface CheckReader {
  list(commit: string, dir: string): Promise<string[] | undefined>;
  read(commit: string, path: string): Promise<string | undefined>;
}

/** A Chart.yaml's name and version, as far as it says them. */
function chartMeta(text: string): { name?: string; version?: string } {
  try {
    const doc = parse(text) as { name?: unknown; version?: unknown } | null;
    const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);
    return { name: str(doc?.name), version: str(doc?.version) };
  } catch {
    return {};
  }
}

/** One Flux environment to render (check-job.ts): its sides, what the guards point at (the HelmRelease's file and its document's line at the head), its head's values judged by the values contract. */
export type FluxRender = CheckJob<RenderSide>;

/**
 * The values contract's judgement of a release's head (`after`), with the chart its render reads (a folder's files, a
 * pulled archive's: fluxContractChart) and the values the release gives at the head, in Flux's order; `changed`
 * when the pull request changes the chart folder it renders.
 */
function fluxJudge(
  at: { environment: EnvironmentConfig; name: string; builds: string; file: string; line: number; dir?: string },
  after: RenderSide | Unavailable,
  values: ValuesSource[],
  changed?: boolean,
): FluxRender['judge'] {
  return async (contract, how) =>
    contract.judge(
      at.environment,
      at.name,
      at.builds.replace(/^chart /, ''),
      at.dir ?? at.builds,
      await fluxContractChart(after, at.file, at.line),
      values,
      { changed, ...how },
    );
}

type Read = (path: string) => Promise<string | undefined>;

/** The release at `commit` as its side reads it (read once a run and commit), or the UserError that says why it cannot be read. */
async function releaseAt(ref: FluxRef, reader: CheckReader, commit: string): Promise<FluxRelease | UserError> {
  try {
    return await releaseReading({ memo: reader, reader: readerAt(reader, commit) }, ref);
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
}

/** A kind's side as a render takes it: Helm's input, or why there is none. */
const renderSide = (s: HelmSide | Unavailable): RenderSide | Unavailable => ('unavailable' in s ? s : s.side);

/** The chart folder a release renders with: its GitRepository path, else the changed chart of its name. */
function chartDir(rel: FluxRelease, changed: readonly ChartCheck[]): { dir: string; chart?: ChartCheck } | undefined {
  if (rel.source.path !== undefined) {
    const dir = posix.normalize(rel.source.path).replace(/\/+$/, '');
    if (dir === '..' || dir.startsWith('../') || dir.startsWith('/')) return undefined;
    return { dir, chart: changed.find((c) => posix.normalize(c.path) === dir) };
  }
  const chart = changed.find((c) => c.name === rel.source.chart);
  return chart ? { dir: chart.path, chart } : undefined;
}

/** What a side of a release gives Helm, without the chart: compared to know whether its inputs changed where the changed paths are not known. */
const releaseKey = (rel: FluxRelease) =>
  JSON.stringify([
    rel.releaseName,
    rel.namespace ?? '',
    rel.values.map((v) => v.text),
    rel.version,
    rel.source,
    rel.unread,
    rel.post ?? null,
    rel.chartValues ?? null,
  ]);

/** The config's HelmRelease environments with their references (through `inRepo`). */
function fluxEnvironments(config: Config, inRepo: (p: string) => string): { e: EnvironmentConfig; ref: FluxRef }[] {
  return config.environments.flatMap((e) => {
    const ref = fluxRef(e, inRepo);
    return ref ? [{ e, ref }] : [];
  });
}

/** The source URLs the base's releases read (remote-named.ts namedAtBase): the releases' part of what the base names. */
export async function fluxNamedAtBase(
  config: Config,
  base: string,
  reader: CheckReader,
  inRepo: (p: string) => string,
): Promise<Set<string>> {
  return namedAtBase(await Promise.all(fluxEnvironments(config, inRepo).map(({ ref }) => releaseAt(ref, reader, base))));
}

/**
 * Every Flux HelmRelease environment the pull request changes what it renders, with its two sides; [] when none.
 * Reading needs no Helm: render.ts renders what this gives.
 */
export async function fluxRenders(
  config: Config,
  changed: readonly ChartCheck[],
  commits: { base: string; head: string },
  reader: CheckReader,
  inRepo: (p: string) => string,
  named: BaseNamed,
  remote?: RemoteCharts,
  paths?: ReadonlySet<string>,
): Promise<FluxRender[]> {
  const out: FluxRender[] = [];
  const readAt = (commit: string) => (p: string) => reader.read(commit, p);
  const flux = fluxEnvironments(config, inRepo);
  const bases = await Promise.all(flux.map(({ ref }) => releaseAt(ref, reader, commits.base)));
  for (const [i, { e, ref }] of flux.entries()) {
    const { file, line } = await releaseWhere(ref.helmrelease, readAt(commits.head));
    const [was, now] = [bases[i], await releaseAt(ref, reader, commits.head)];
    // Beside a Flux Kustomization's own build, the HelmRelease's render is named apart.
    const label = deploymentOf(e)?.renderer === 'kustomize' ? `${e.name} (HelmRelease)` : e.name;
    if (now instanceof UserError) {
      // A HelmRelease that read at the base and no longer does at the head: what the cluster receives is broken.
      if (!(was instanceof UserError))
        out.push({
          environment: e,
          name: label,
          before: 'nothing',
          after: { failed: now.format() },
          file,
          line,
          builds: `HelmRelease ${file}`,
          what: `HelmRelease ${file}`,
          sources: [],
        });
      continue;
    }
    const at = chartDir(now, changed);
    const before = was instanceof UserError ? undefined : was;
    // Whether the pull request moves what the release gives Helm: with the changed paths known, whether it changes a
    // file the kind says its deployer reads at either side (reach.ts; every file the release is read from is one);
    // without them, whether the release read at both sides differs.
    const inputsMoved =
      !before ||
      (paths !== undefined
        ? await readsChanged(e, paths, [commits.base, commits.head], reader, inRepo, [])
        : releaseKey(before) !== releaseKey(now));
    const what = `HelmRelease ${now.name} (release ${now.releaseName} in ${now.namespace ?? '(no namespace)'}${postSaid(now)})`;
    if (!at) {
      const sideWith = (commit: string, got: RemoteChart) => fluxSide(e, reader, commit, inRepo, pulledChart(got));
      const pulled =
        inputsMoved && remote
          ? await remoteRender(remote, await named(), before, now, readAt(commits.head), file, {
              base: (got) => sideWith(commits.base, got),
              head: (got) => sideWith(commits.head, got),
            })
          : undefined;
      if (pulled) {
        const values = await releaseValueSources(now, readAt(commits.head));
        out.push({
          environment: e,
          name: label,
          file,
          line,
          what: `${what}: ${pulled.what}`,
          ...pulled.render,
          judge: fluxJudge({ environment: e, name: label, builds: pulled.render.builds, file, line }, pulled.render.after, values),
        });
      } else if (inputsMoved)
        out.push({
          environment: e,
          name: label,
          before: 'nothing',
          after: {
            unavailable: `chart ${now.source.chart ?? 'chart'} of ${now.from} is not in this repository: the check renders a HelmRelease only with a chart of this repository (a GitRepository sourceRef, or a chart the pull request changes)`,
          },
          file,
          line,
          builds: `chart ${now.source.chart ?? now.from}`,
          what,
          sources: [],
        });
      continue;
    }
    const rendered = await folderRender(e, { label, file, line, what }, { before, now, inputsMoved }, at, commits, reader, inRepo);
    if (rendered) out.push(rendered);
  }
  return out;
}

/**
 * A release rendered with the chart folder `at` of this repository at each side's commit, its sides read by its kind;
 * undefined when neither what the release reads nor the folder changed.
 */
async function folderRender(
  e: EnvironmentConfig,
  { label, file, line, what }: { label: string; file: string; line: number; what: string },
  { before, now, inputsMoved }: { before: FluxRelease | undefined; now: FluxRelease; inputsMoved: boolean },
  at: { dir: string; chart?: ChartCheck },
  commits: { base: string; head: string },
  reader: CheckReader,
  inRepo: (p: string) => string,
): Promise<FluxRender | undefined> {
  const [baseFiles, headFiles] = await Promise.all([
    chartFolderAt(reader, commits.base, at.dir),
    chartFolderAt(reader, commits.head, at.dir),
  ]);
  const chartMoved =
    'unavailable' in baseFiles || 'unavailable' in headFiles ? true : filesDigest(baseFiles.files) !== filesDigest(headFiles.files);
  if (!inputsMoved && !chartMoved) return undefined;
  const named = 'files' in headFiles ? chartMeta(headFiles.files.get('Chart.yaml') ?? '').name : undefined;
  const chartName = at.chart?.name ?? named ?? at.dir;
  const version = (f: typeof headFiles) =>
    'files' in f ? (chartMeta(f.files.get('Chart.yaml') ?? '').version ?? '(no version)') : '(unavailable)';
  // The release's side as its kind reads it, with the chart folder of the pull request at the side's commit.
  const sideAt = (commit: string, files: typeof headFiles) =>
    fluxSide(e, reader, commit, inRepo, () =>
      Promise.resolve('unavailable' in files ? files : { input: files, name: chartName, where: at.dir, dir: at.dir }),
    );
  const after = await sideAt(commits.head, headFiles);
  const unread = now.unread.length > 0 ? `; ${now.unread.join('; ')}` : '';
  const values = await releaseValueSources(now, readerAt(reader, commits.head).read);
  const builds = `chart ${chartName}`;
  const dir = 'files' in headFiles ? at.dir : undefined;
  return {
    environment: e,
    name: label,
    before: before
      ? 'unavailable' in baseFiles && /^no chart files/.test(baseFiles.unavailable)
        ? 'nothing'
        : renderSide(await sideAt(commits.base, baseFiles))
      : 'nothing',
    after: renderSide(after),
    file,
    line,
    builds,
    what: `${what}: chart ${chartName} ${version(baseFiles)} → ${version(headFiles)}${unread}`,
    sources: 'unavailable' in after ? [] : after.sources,
    // The chart folder's own CRDs, validated with the head's objects (a chart pulled as an archive has none read).
    crds: 'files' in headFiles ? chartCrds(headFiles.files, at.dir) : [],
    judge: fluxJudge({ environment: e, name: label, builds, file, line, dir }, renderSide(after), values, at.chart !== undefined),
  };
}

/** A remote release's two sides (the head's, or why it cannot be pulled), what it builds and the head's traced texts. */
interface RemoteSides {
  before: RenderSide | Unavailable | 'nothing';
  after: RenderSide | Unavailable;
  builds: string;
  sources: { path: string; text: string }[];
}

/** The check's resolver of a release's remote chart: the chart RemoteCharts pulled, or why it could not be. */
const pulledChart =
  (got: RemoteChart): ChartResolver =>
  (source, version) =>
    Promise.resolve(
      'tgz' in got
        ? { input: { tgz: got.tgz }, name: source.chart ?? 'chart', where: got.where, ...(got.version ? { version: got.version } : {}) }
        : { unavailable: `chart ${source.chart ?? 'chart'} ${version} could not be pulled from ${got.host}: ${got.problem}` },
    );

/** What to do when a release's remote chart cannot be pulled in the check. */
const PULL_HINT =
  'the check pulls the chart from the registry or repository the release names: make it reachable from the runner (a private https repository: helm repo add <name> <url> --username <user> --password-stdin in a step before this one; a registry: docker login)';

/** The HelmRelease file's line that pins `version` (`version: 6.5.4`, a chartRef's `tag:`), else 1. */
function versionLine(text: string | undefined, version: string): number {
  const lines = (text ?? '').split('\n');
  const esc = version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const at = lines.findIndex((l) => new RegExp(`^\\s*(version|tag):\\s*["']?${esc}["']?\\s*(#.*)?$`).test(l));
  return at >= 0 ? at + 1 : 1;
}

/**
 * `<base> → <head>` as each side's pulled artifact says its version: a range (or a digest beside it) is named by the
 * version the registry gave, the range asked in parentheses after it (after the base only where the head asks another).
 */
function versionsSaid(baseAsked: string | undefined, base: RemoteChart | undefined, headAsked: string, head: RemoteChart): string {
  const got = (c: RemoteChart | undefined) => (c && 'tgz' in c ? c.version : undefined);
  const said = (asked: string, version: string | undefined, note: boolean) => (note ? versionSaid(asked, version) : (version ?? asked));
  const was = baseAsked ? said(baseAsked, got(base), baseAsked !== headAsked) : '(none)';
  return `${was} → ${said(headAsked, got(head), true)}`;
}

/**
 * A release whose chart is in a remote registry or repository, rendered with that chart pulled at each side's
 * version; undefined when its source is none lockstep pulls from.
 */
async function remoteRender(
  remote: RemoteCharts,
  named: ReadonlySet<string>,
  before: FluxRelease | undefined,
  now: FluxRelease,
  readHead: Read,
  file: string,
  sides: Record<'base' | 'head', (got: RemoteChart) => Promise<HelmSide | Unavailable>>,
): Promise<{ what: string; render: RemoteSides } | undefined> {
  const unnamed = await unnamedSource(now, named, readHead);
  const chart = now.source.chart ?? 'chart';
  // A source the pull request introduces is contacted for neither side: nothing it names is fetched.
  if (unnamed)
    return {
      what: `chart ${chart} ${before?.version || '(none)'} → ${now.version} from ${now.from}`,
      render: { before: 'nothing', after: unnamed, builds: `chart ${chart}`, sources: [] },
    };
  const head = remote(now.source, now.version);
  if (!head) return undefined;
  const base = before && before.version !== '' ? remote(before.source, before.version) : undefined;
  const [h, b] = await Promise.all([head, base]);
  const after = await sides.head(h);
  const text = await readHead(file);
  const unread = now.unread.length > 0 ? `; ${now.unread.join('; ')}` : '';
  return {
    what: `chart ${chart} ${versionsSaid(before?.version, b, now.version, h)} from ${'tgz' in h ? h.where : now.from}${unread}`,
    render: {
      before: before && b ? renderSide(await sides.base(b)) : 'nothing',
      // A chart that cannot be pulled (or whose bytes are not the ones indexed) is refused at the version's line: nothing the guards judge can be read.
      after: 'unavailable' in after ? { ...after, refused: { file, line: versionLine(text, now.version), hint: PULL_HINT } } : after.side,
      builds: `chart ${chart}`,
      sources: 'unavailable' in after ? [] : after.sources,
    },
  };
}
