// What a HelmRelease environment gives a Helm render, read once for every command: the HelmRelease as
// helm-controller installs it (flux-release.ts: the patch over its base, values in Flux's order with valuesFrom
// and targetPath, release name, target and storage namespaces), its chart found where the operation looks
// (SideInput's chart; a GitRepository or Bucket chart is the folder at the source's revision, its version its
// Chart.yaml's). A valuesFrom lockstep cannot read (a Secret) is left out, named in the label and in the side's
// gaps, in every command; what a command does with it is its own (hydrate refuses it: operations/hydrate/judge.ts).

import { posix } from 'node:path';
import { fluxRef, readFluxRelease, releaseValueSources, type FluxRef, type FluxRelease } from './flux-release.ts';
import type { ParseCache } from '../../text/parse-cache.ts';
import { pullChart, versionSaid, type ChartPuller } from '../chart-pull.ts';
import { repositoryChart } from '../chart-folder.ts';
import { chartMeta } from '../../values/chart-files.ts';
import { archiveWithValuesFiles, mergedChartValues } from './chart-values-files.ts';
import type { ChartInput } from '../../render/render.ts';
import {
  chartFileSources,
  type FoundChart,
  type ChartResolver,
  type CommitReader,
  type HelmSide,
  type SetValues,
  type SideGaps,
  type SideInput,
  type SideUnavailable,
} from '../model.ts';

/**
 * The chart the HelmRelease of `e` installs (its HelmRepository's or OCIRepository's) and the values it sets from
 * this repository in helm-controller's order (flux-release.ts releaseValueSources), at the commit `read` reads; none
 * for an environment no HelmRelease deploys (a Flux Kustomization alone). Throws the reader's UserErrors (file:line).
 */
export async function releaseSetValues(
  e: { helmrelease?: string; ocirepository?: string },
  read: (path: string) => Promise<string | undefined>,
  cache?: ParseCache,
): Promise<SetValues | undefined> {
  const ref = fluxRef(e);
  if (!ref) return undefined;
  const rel = await readFluxRelease(ref, read, cache);
  // The chart as source-controller builds it for this release: its values.yaml the merge of spec.chart.spec.valuesFiles.
  const source = rel.chartValues ? { ...rel.source, valuesFiles: rel.chartValues } : rel.source;
  return { source, sources: await releaseValueSources(rel, read) };
}

/** One side of the HelmRelease environment `e` at the commit `input` reads. Throws the reader's UserErrors (file:line). */
export async function helmReleaseSide(
  e: { helmrelease: string; ocirepository?: string },
  input: SideInput,
): Promise<HelmSide | SideUnavailable> {
  const read = input.reader.read;
  const rel = await releaseReading(input, fluxRef(e, input.inRepo)!);
  const gaps = gapsOf(rel);
  const { source } = rel;
  // A chart from a GitRepository or Bucket is the folder at the source's revision: helm-controller ignores
  // spec.chart.spec.version there, and the version is the folder's Chart.yaml's.
  const fromGit = source.path !== undefined && source.repoURL === undefined;
  const chart = await input.chart(source, fromGit ? '' : rel.version, source.path, {
    pulled: `HelmRelease ${rel.name}: chart ${source.chart ?? '(none)'} ${rel.version || '(no version)'} of ${rel.from}`,
    folder: `HelmRelease ${rel.name}`,
  });
  if ('unavailable' in chart) return gaps ? { ...chart, gaps } : chart;
  const built = await builtWithValuesFiles(rel, chart, fromGit, read);
  if ('unavailable' in built) return gaps ? { ...built, gaps } : built;
  const files = 'files' in chart.input ? chart.input.files : undefined;
  const version = fromGit ? (chartMeta(files?.get('Chart.yaml') ?? '').version ?? '') : versionSaid(rel.version, chart.version);
  // A post-renderer's images run after the values: its documents (the release's own first, then its base) are traced first.
  const posted = rel.post ? rel.documents.map((d) => d.file).reverse() : [];
  const paths = [...new Set([...posted, ...rel.values.flatMap((v) => (v.path !== undefined ? [v.path] : []))])];
  const texts = await Promise.all(paths.map((p) => read(p)));
  const where = `release ${rel.releaseName} in namespace ${rel.namespace ?? '(none)'}, stored in ${rel.storageNamespace ?? '(none)'}`;
  return {
    side: {
      chart: built.input,
      release: rel.releaseName,
      ...(rel.namespace ? { namespace: rel.namespace } : {}),
      values: rel.values.map((v) => v.text),
      ...(rel.post ? { post: rel.post } : {}),
    },
    sources: [...paths.flatMap((path, i) => (texts[i] !== undefined ? [{ path, text: texts[i] }] : [])), ...built.sources],
    label: `HelmRelease ${rel.name}: chart ${chart.name} ${version || '(no version)'} from ${chart.where}, ${where}${postSaid(rel)}${rel.unread.length ? ` (${rel.unread.join('; ')})` : ''}`,
    ignoreDifferences: [],
    ...(gaps ? { gaps } : {}),
  };
}

/**
 * The chart as source-controller builds it for the release: with spec.chart.spec.valuesFiles merged into its
 * values.yaml (chart-values-files.ts; read from the repository's top for a GitRepository chart, from the chart's
 * folder for a HelmRepository's), and the texts an image is traced in (the values files in the chart's values.yaml's
 * place); or why it cannot be built. A pulled archive is rebuilt with the files it holds (archiveWithValuesFiles).
 */
async function builtWithValuesFiles(
  rel: FluxRelease,
  chart: FoundChart,
  fromGit: boolean,
  read: (path: string) => Promise<string | undefined>,
): Promise<{ input: ChartInput; sources: { path: string; text: string }[] } | { unavailable: string }> {
  if (!rel.chartValues) return { input: chart.input, sources: chartFileSources(chart) };
  if (!('files' in chart.input)) {
    // A pulled chart, rebuilt with the files its archive holds: none of them is a file of this repository to trace.
    const rebuilt = await archiveWithValuesFiles(chart.input.tgz, `chart ${chart.name} from ${chart.where}`, rel.chartValues);
    return 'unavailable' in rebuilt ? { unavailable: `HelmRelease ${rel.name}: ${rebuilt.unavailable}` } : { input: rebuilt, sources: [] };
  }
  const files = chart.input.files;
  if (!files.has('values.yaml'))
    return { unavailable: `HelmRelease ${rel.name}: spec.chart.spec.valuesFiles: chart ${chart.name} has no values.yaml to replace` };
  const merged = await mergedChartValues(rel.chartValues, fromGit ? read : (p) => Promise.resolve(files.get(p)));
  if ('unavailable' in merged) return { unavailable: `HelmRelease ${rel.name}: ${merged.unavailable}` };
  const own = chartFileSources(chart).filter(
    (f) => posix.basename(f.path) !== 'values.yaml' || posix.dirname(f.path) !== (chart.dir ?? '.'),
  );
  const at = (p: string) => (fromGit || chart.dir === undefined ? p : posix.join(chart.dir, p));
  return {
    input: { files: new Map([...files, ['values.yaml', merged.text]]) },
    sources: [...own, ...merged.read.map((f) => ({ path: at(f.path), text: f.text }))],
  };
}

/** `, post-rendered by …` for a release whose output helm-controller changes before installing it; '' otherwise. */
export function postSaid(rel: FluxRelease): string {
  if (!rel.post) return '';
  const n = rel.post.kustomize.length;
  const what = [
    ...(n > 0 ? [`${n} kustomize post-renderer${n === 1 ? '' : 's'}`] : []),
    ...(rel.post.common ? ['spec.commonMetadata'] : []),
  ];
  return `, post-rendered by ${what.join(' and ')}${rel.post.strategy === 'combined' ? '' : ` (${rel.post.strategy})`}`;
}

/** A release's gaps: the valuesFrom entries lockstep cannot read; undefined when it read them all. */
function gapsOf(rel: FluxRelease): SideGaps | undefined {
  return rel.unread.length > 0 ? { unreadValuesFrom: { release: rel.name, entries: rel.unread } } : undefined;
}

/** The gaps of the HelmRelease environment `e` at the commit `input` reads, known before its chart is looked for. */
export async function releaseGaps(e: { helmrelease: string; ocirepository?: string }, input: SideInput): Promise<SideGaps> {
  return gapsOf(await releaseReading(input, fluxRef(e, input.inRepo)!)) ?? {};
}

/** Each run's HelmRelease readings (by its memo), by the reader they were read with and the release. */
const readings = new WeakMap<object, WeakMap<object, Map<string, Promise<FluxRelease>>>>();

/**
 * The HelmRelease `ref` as `input.reader` reads it (readFluxRelease), read once per run (`input.memo`) and reader
 * object: an operation that decides on a release with the reader its side reads (the check) reads it once. Rejects
 * with the reader's UserErrors (file:line).
 */
export function releaseReading(input: Pick<SideInput, 'reader' | 'memo'>, ref: FluxRef): Promise<FluxRelease> {
  if (!input.memo) return readFluxRelease(ref, input.reader.read);
  let byReader = readings.get(input.memo);
  if (!byReader) readings.set(input.memo, (byReader = new WeakMap<object, Map<string, Promise<FluxRelease>>>()));
  let byRef = byReader.get(input.reader);
  if (!byRef) byReader.set(input.reader, (byRef = new Map<string, Promise<FluxRelease>>()));
  const key = JSON.stringify(ref);
  let rel = byRef.get(key);
  if (!rel) byRef.set(key, (rel = readFluxRelease(ref, input.reader.read)));
  return rel;
}

/**
 * A HelmRelease's chart as hydrate finds it at the DRY commit `reader` reads: a folder of this repository (a
 * GitRepository sourceRef, read offline), else pulled from an OCI registry (a HelmRepository of type oci or an
 * OCIRepository chartRef, the manifest and archive checked against their digests, spec.ref.digest when the
 * OCIRepository pins one) or a classic https repository (the archive checked against its index's digest).
 */
export function dryCommitReleaseChart(reader: CommitReader, pull: ChartPuller): ChartResolver {
  return async (source, version, path, words) => {
    if (path !== undefined) {
      const dir = posix.normalize(path).replace(/\/+$/, '');
      if (dir === '..' || dir.startsWith('../') || dir.startsWith('/'))
        return { unavailable: `${words.folder}: its chart ${path} is outside the repository` };
      const found = await repositoryChart(reader, dir);
      return 'unavailable' in found ? { unavailable: `${words.folder}: ${found.unavailable}` } : found;
    }
    const pulled = await pullChart(source, version, pull, words.pulled);
    return 'message' in pulled
      ? { unavailable: pulled.message }
      : { input: pulled.input, name: source.chart ?? 'chart', where: pulled.from, ...(pulled.version ? { version: pulled.version } : {}) };
  };
}
