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
import { pullChart, type ChartPuller } from '../chart-pull.ts';
import { readChartFolder, type ChartInput, type ChartReader } from '../../render/render.ts';

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
  return pullChart(source, version, pull, what);
}
