// chart-bump-check's renders of environments deployed by a Flux HelmRelease
// (`helmrelease:`): the HelmRelease read as helm-controller installs it
// (deploy/flux/flux-release.ts: the patch over its base, the values in Flux's
// order — valuesFrom as listed, then spec.values —, the release name and
// namespace it computes) at the base and at the head of the pull request, and
// rendered with a chart of this repository: the folder its GitRepository (or
// Bucket) sourceRef names, or the chart the pull request changes when the
// HelmRelease deploys a chart of that name from a HelmRepository. An
// environment is rendered when that chart changed or when what its release
// reads did (the HelmRelease, its patch, its values ConfigMaps). A release
// whose chart lives only in a remote repository (a HelmRepository of type oci,
// a classic https one, an OCIRepository chartRef) and whose inputs changed is
// rendered with that chart pulled at the base's and at the head's version
// (remote-chart.ts: only that registry or repository, digests checked); one
// that cannot be pulled is refused at the HelmRelease's version line, naming the
// host, which fails a protected environment. A source URL the base commit does
// not name is never contacted (remote-named.ts): refused at the line writing it. Without a puller it is said as not
// rendered. The renders themselves run in render.ts, with the Helm and the
// guards every chart environment gets.

import { posix } from 'node:path';
import type { Config, EnvironmentConfig } from '../../config/config.ts';
import { UserError } from '../../errors.ts';
import type { ChartCheck } from '../../checks/types.ts';
import { fluxRef, readFluxRelease, releaseValueSources, type FluxRelease } from '../../deploy/flux/flux-release.ts';
import { releaseWhere } from '../../promote/flux-release-line.ts';
import { filesDigest } from '../../render/cached.ts';
import { readChartFolder, type RenderSide, type Unavailable } from '../../render/render.ts';
import { parse } from 'yaml';
import type { RemoteChart, RemoteCharts } from './remote-chart.ts';
import { namedAtBase, unnamedSource } from './remote-named.ts';
import { deploymentOf } from '../../deploy/kind.ts';
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

/** One Flux environment to render: its sides, and what the guards point at. */
export interface FluxRender {
  environment: EnvironmentConfig;
  /** The render's label: the environment, with the HelmRelease when the environment also has a Flux Kustomization rendered. */
  name: string;
  before: RenderSide | Unavailable | 'nothing';
  /** The after side, or the message of a HelmRelease that can no longer be read at the head (a failed render). */
  after: RenderSide | Unavailable | { failed: string };
  /** The HelmRelease's file and its document's line at the head: where a refusal without a traced line points. */
  file: string;
  line: number;
  /** `chart <name>`: environments building the same chart are named together. */
  builds: string;
  what: string;
  /** The head's texts (values first, then the chart's files): where an image is traced. */
  sources: { path: string; text: string }[];
  /** The chart folder at the head, for its crds/. */
  chart?: { dir: string; files: ReadonlyMap<string, string> };
  /** The values the release gives at the head, where its files write them, in Flux's order (the values contract). */
  values?: ValuesSource[];
  /** True when the pull request changes the chart folder the release renders. */
  chartChanged?: boolean;
}

type Read = (path: string) => Promise<string | undefined>;

/** The release at a commit, or the UserError that says why it cannot be read. */
async function releaseAt(ref: NonNullable<ReturnType<typeof fluxRef>>, read: Read): Promise<FluxRelease | UserError> {
  try {
    return await readFluxRelease(ref, read);
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
}

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

/** What a side of a release gives Helm, without the chart: compared to know whether the release's inputs changed. */
const releaseKey = (rel: FluxRelease) =>
  JSON.stringify([rel.releaseName, rel.namespace ?? '', rel.values.map((v) => v.text), rel.version, rel.source, rel.unread]);

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
  remote?: RemoteCharts,
): Promise<FluxRender[]> {
  const out: FluxRender[] = [];
  const readAt = (commit: string) => (p: string) => reader.read(commit, p);
  const flux = config.environments.flatMap((e) => {
    const ref = fluxRef(e, inRepo);
    return ref ? [{ e, ref }] : [];
  });
  const bases = await Promise.all(flux.map(({ ref }) => releaseAt(ref, readAt(commits.base))));
  // The repositories and registries a remote chart may be pulled from: those the base names (remote-named.ts).
  const baseSources = namedAtBase(bases);
  for (const [i, { e, ref }] of flux.entries()) {
    const { file, line } = await releaseWhere(ref.helmrelease, readAt(commits.head));
    const [was, now] = [bases[i], await releaseAt(ref, readAt(commits.head))];
    const label = deploymentOf(e)?.build !== undefined ? `${e.name} (HelmRelease)` : e.name;
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
    const inputsMoved = !before || releaseKey(before) !== releaseKey(now);
    const what = `HelmRelease ${now.name} (release ${now.releaseName} in ${now.namespace ?? '(no namespace)'})`;
    if (!at) {
      const pulled = inputsMoved && remote ? await remoteRender(remote, baseSources, before, now, readAt(commits.head), file) : undefined;
      if (pulled)
        out.push({
          environment: e,
          name: label,
          file,
          line,
          what: `${what}: ${pulled.what}`,
          ...pulled.render,
          values: await releaseValueSources(now, readAt(commits.head)),
        });
      else if (inputsMoved)
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
    const listRead = (commit: string) => ({ list: (d: string) => reader.list(commit, d), read: readAt(commit) });
    const [baseFiles, headFiles] = await Promise.all([
      readChartFolder(listRead(commits.base), at.dir),
      readChartFolder(listRead(commits.head), at.dir),
    ]);
    const chartMoved =
      'unavailable' in baseFiles || 'unavailable' in headFiles ? true : filesDigest(baseFiles.files) !== filesDigest(headFiles.files);
    if (!inputsMoved && !chartMoved) continue;
    const named = 'files' in headFiles ? chartMeta(headFiles.files.get('Chart.yaml') ?? '').name : undefined;
    const chartName = at.chart?.name ?? named ?? at.dir;
    const version = (f: typeof headFiles) =>
      'files' in f ? (chartMeta(f.files.get('Chart.yaml') ?? '').version ?? '(no version)') : '(unavailable)';
    const side = (rel: FluxRelease, files: typeof headFiles): RenderSide | Unavailable =>
      'unavailable' in files
        ? files
        : {
            chart: files,
            release: rel.releaseName,
            ...(rel.namespace ? { namespace: rel.namespace } : {}),
            values: rel.values.map((v) => v.text),
          };
    const paths = [...new Set(now.values.flatMap((v) => (v.path !== undefined ? [v.path] : [])))];
    const texts = await Promise.all(paths.map(readAt(commits.head)));
    const unread = now.unread.length > 0 ? `; ${now.unread.join('; ')}` : '';
    out.push({
      values: await releaseValueSources(now, readAt(commits.head)),
      chartChanged: at.chart !== undefined,
      environment: e,
      name: label,
      before: before
        ? 'unavailable' in baseFiles && /^no chart files/.test(baseFiles.unavailable)
          ? 'nothing'
          : side(before, baseFiles)
        : 'nothing',
      after: side(now, headFiles),
      file,
      line,
      builds: `chart ${chartName}`,
      what: `${what}: chart ${chartName} ${version(baseFiles)} → ${version(headFiles)}${unread}`,
      sources: [
        ...paths.flatMap((path, i) => (texts[i] !== undefined ? [{ path, text: texts[i] }] : [])),
        ...('files' in headFiles ? [...headFiles.files].map(([p, text]) => ({ path: posix.join(at.dir, p), text })) : []),
      ],
      ...('files' in headFiles ? { chart: { dir: at.dir, files: headFiles.files } } : {}),
    });
  }
  return out;
}

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
): Promise<{ what: string; render: Pick<FluxRender, 'before' | 'after' | 'builds' | 'sources'> } | undefined> {
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
  const side = (rel: FluxRelease, got: RemoteChart): RenderSide | Unavailable =>
    'tgz' in got
      ? {
          chart: { tgz: got.tgz },
          release: rel.releaseName,
          ...(rel.namespace ? { namespace: rel.namespace } : {}),
          values: rel.values.map((v) => v.text),
        }
      : { unavailable: `chart ${rel.source.chart ?? 'chart'} ${rel.version} could not be pulled from ${got.host}: ${got.problem}` };
  const after = side(now, h);
  const text = await readHead(file);
  const paths = [...new Set(now.values.flatMap((v) => (v.path !== undefined ? [v.path] : [])))];
  const texts = await Promise.all(paths.map(readHead));
  const unread = now.unread.length > 0 ? `; ${now.unread.join('; ')}` : '';
  return {
    what: `chart ${chart} ${before?.version || '(none)'} → ${now.version} from ${'tgz' in h ? h.where : now.from}${unread}`,
    render: {
      before: before && b ? side(before, b) : 'nothing',
      // A chart that cannot be pulled (or whose bytes are not the ones indexed) is refused at the version's line: nothing the guards judge can be read.
      after: 'unavailable' in after ? { ...after, refused: { file, line: versionLine(text, now.version), hint: PULL_HINT } } : after,
      builds: `chart ${chart}`,
      sources: paths.flatMap((path, i) => (texts[i] !== undefined ? [{ path, text: texts[i] }] : [])),
    },
  };
}
