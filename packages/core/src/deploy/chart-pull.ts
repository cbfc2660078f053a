// A chart its deployer pulls from outside the repository: an OCI registry (an Argo CD or Flux source's `oci://`
// repoURL, an OCIRepository pinned by digest) or a classic https Helm repository, as Argo CD's repo-server and
// Flux's source-controller fetch it. The same for an Application and a HelmRelease: each kind's module asks here.

import { UserError } from '../errors.ts';
import { readChartArchive } from '../charts/archive.ts';
import type { ChartReference } from '../registry/chart.ts';
import { isClassicRepository } from '../registry/helm-repository.ts';
import type { ImageReference } from '../registry/reference.ts';
import type { ChartInput } from '../render/render.ts';
import { chartMeta } from '../values/chart-files.ts';
import { chartWhere, ociReference, type ChartSource } from './chart-reference.ts';

/** Where a render's chart archive comes from outside the repository (one registry client per run). */
export interface ChartPuller {
  /** A chart pushed to an OCI registry (`helm push`), its manifest and layer checked against their digests. */
  oci(ref: ChartReference): Promise<Uint8Array>;
  /** A chart of a classic https Helm repository, its archive checked against the index's digest. */
  repository(repoURL: string, chart: string, version: string): Promise<Uint8Array>;
  /**
   * A semver range resolved against the registry's tags (registry/chart.ts resolveChartVersion), so the place said
   * is the tag pulled; any other reference as it is.
   */
  resolve(ref: ChartReference): Promise<ImageReference>;
}

/**
 * A chart pulled from an OCI registry: its archive, where from (the tag a range resolved to, or the digest), and
 * (`version`) the version its Chart.yaml says where the deployer asked for a range or a digest, not one version.
 */
export interface PulledChart {
  tgz: Uint8Array;
  where: string;
  version?: string;
}

/**
 * The chart `ref` names, pulled as its deployer pulls it: a range resolved first (`pull.resolve`), a digest before
 * either (source-controller's order); for a range or a digest, with the version the artifact's Chart.yaml says, the
 * one the deployer installs. The one reading of that version for hydrate, promote, status and the check.
 */
export async function pullPinnedChart(ref: ChartReference, pull: Pick<ChartPuller, 'oci' | 'resolve'>): Promise<PulledChart> {
  const exact = await pull.resolve(ref);
  const tgz = await pull.oci(exact);
  const where = chartWhere(exact);
  if (ref.range === undefined && ref.digest === undefined) return { tgz, where };
  const version = await archiveVersion(tgz, where);
  return version ? { tgz, where, version } : { tgz, where };
}

/**
 * The version the Chart.yaml of the archive `tgz` says; undefined for an archive that is no chart (the render's to
 * refuse, naming it: here it only leaves the version unsaid).
 */
export function archiveVersion(tgz: Uint8Array, where: string): Promise<string | undefined> {
  // A run's puller hands every environment of one artifact the same bytes: read once for them all.
  let version = versions.get(tgz);
  if (!version) {
    const meta = readChartArchive(Buffer.from(tgz), `the chart ${where}`).then(
      (files) => chartMeta(files.get('Chart.yaml') ?? ''),
      () => undefined,
    );
    versions.set(tgz, (version = meta.then((m) => m?.version || undefined)));
  }
  return version;
}

/** The versions read of the archives pulled, by their bytes (they die with the puller's memo). */
const versions = new WeakMap<Uint8Array, Promise<string | undefined>>();

/**
 * A chart's version as said where the deployer asked `asked` and pulled an artifact saying `pulled`: a range (or a
 * digest beside it) named by the version pulled, the range in parentheses (`1.3.0 (>=1.2.0 <1.4.0)`); else `asked`.
 */
export function versionSaid(asked: string, pulled: string | undefined): string {
  return pulled === undefined || pulled === asked ? asked : `${pulled} (${asked})`;
}

/**
 * The archive of chart `source` at `version`, pulled from where its deployer pulls it, with the place said; else
 * why not (`what` names the resource in the message). A registry's refusal is a message, never a throw.
 */
export async function pullChart(
  source: ChartSource,
  version: string,
  pull: ChartPuller,
  what: string,
): Promise<{ input: ChartInput; from: string; version?: string } | { message: string }> {
  try {
    const ref = ociReference(source, version);
    if (ref) {
      const got = await pullPinnedChart(ref, pull);
      return { input: { tgz: got.tgz }, from: got.where, ...(got.version !== undefined ? { version: got.version } : {}) };
    }
    if (source.repoURL && source.chart && version && isClassicRepository(source.repoURL))
      return {
        input: { tgz: await pull.repository(source.repoURL, source.chart, version) },
        from: `${source.repoURL} ${source.chart} ${version}`,
      };
  } catch (err) {
    if (err instanceof UserError || (err instanceof Error && err.name === 'RegistryError')) return { message: `${what}: ${err.message}` };
    throw err;
  }
  return { message: `${what}: no chart folder, OCI registry or https repository to read it from` };
}
