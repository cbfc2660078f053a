// What a Flux environment deploys, for hydration. A `helmrelease:` environment: its HelmRelease read as
// helm-controller installs it (flux-release.ts, the reader the pull request check and promote-env
// use: the patch over its base, values in Flux's order, release name, target and storage namespaces), with
// its chart from this repository (a GitRepository sourceRef: read at the DRY commit, offline), from an OCI
// registry (a HelmRepository of type oci or an OCIRepository chartRef, pulled with the manifest and the
// archive checked against their digests, spec.ref.digest when the OCIRepository pins one) or from a classic
// https repository (the archive checked against its index's digest); a `flux-kustomization:` environment is
// read by deploy/flux/flux-build.ts, as the check and promote-env read it. Anything lockstep cannot read (a
// valuesFrom Secret) is refused, never left out: a hydrated branch holds what the cluster would receive, or nothing.

import { posix } from 'node:path';
import { UserError } from '../../errors.ts';
import { fluxRef, readFluxRelease, type FluxRelease } from './flux-release.ts';
import { chartWhere, ociReference } from '../chart-reference.ts';
import { isClassicRepository } from '../../registry/helm-repository.ts';
import type { ChartReference } from '../../registry/chart.ts';
import { readChartFolder, type ChartInput, type ChartReader } from '../../render/render.ts';

/** Where a render's chart archive comes from outside the repository (plan.ts opens the registry client once per run). */
export interface ChartPuller {
  /** A chart pushed to an OCI registry (`helm push`), its manifest and layer checked against their digests. */
  oci(ref: ChartReference): Promise<Uint8Array>;
  /** A chart of a classic https Helm repository, its archive checked against the index's digest. */
  repository(repoURL: string, chart: string, version: string): Promise<Uint8Array>;
}

/** What a HelmRelease environment renders with: Helm's side, and the label of where the chart came from. */
export interface ReleaseSide {
  chart: ChartInput;
  release: string;
  namespace?: string;
  values: string[];
  from: string;
}

/** The HelmRelease of `e` at the DRY commit, with its chart; `message` says why it cannot be hydrated. */
export async function helmReleaseSide(
  e: { helmrelease?: string; ocirepository?: string },
  reader: ChartReader & { chart?: (dir: string) => ReturnType<typeof readChartFolder> },
  inRepo: (p: string) => string,
  pull: ChartPuller,
): Promise<ReleaseSide | { message: string }> {
  let rel: FluxRelease;
  try {
    rel = await readFluxRelease(fluxRef(e, inRepo)!, reader.read);
  } catch (err) {
    if (err instanceof UserError) return { message: err.format() };
    throw err;
  }
  if (rel.unread.length > 0)
    return {
      message: `HelmRelease ${rel.name}: ${rel.unread.join('; ')}, so its render would not be what helm-controller installs (keep those values in a ConfigMap of the repository)`,
    };
  const chart = await chartOf(rel, reader, pull);
  if ('message' in chart) return chart;
  return {
    chart: chart.input,
    release: rel.releaseName,
    ...(rel.namespace ? { namespace: rel.namespace } : {}),
    values: rel.values.map((v) => v.text),
    from: chart.from,
  };
}

/** The release's chart: a folder of this repository, an OCI artifact, or a classic repository's archive. */
async function chartOf(
  rel: FluxRelease,
  reader: ChartReader & { chart?: (dir: string) => ReturnType<typeof readChartFolder> },
  pull: ChartPuller,
): Promise<{ input: ChartInput; from: string } | { message: string }> {
  const { source, version } = rel;
  if (source.path !== undefined) {
    const dir = posix.normalize(source.path).replace(/\/+$/, '');
    if (dir === '..' || dir.startsWith('../') || dir.startsWith('/'))
      return { message: `HelmRelease ${rel.name}: its chart ${source.path} is outside the repository` };
    const files = await (reader.chart ? reader.chart(dir) : readChartFolder(reader, dir));
    if ('unavailable' in files) return { message: `HelmRelease ${rel.name}: ${files.unavailable}` };
    return { input: files, from: `${dir} of this repository` };
  }
  const what = `HelmRelease ${rel.name}: chart ${source.chart ?? '(none)'} ${version || '(no version)'} of ${rel.from}`;
  try {
    const ref = ociReference(source, version);
    if (ref)
      return {
        input: { tgz: await pull.oci(ref) },
        from: chartWhere(ref),
      };
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
