// A chart its deployer pulls from outside the repository: an OCI registry (an Argo CD or Flux source's `oci://`
// repoURL, an OCIRepository pinned by digest) or a classic https Helm repository, as Argo CD's repo-server and
// Flux's source-controller fetch it. The same for an Application and a HelmRelease: each kind's module asks here.

import { UserError } from '../errors.ts';
import type { ChartReference } from '../registry/chart.ts';
import { isClassicRepository } from '../registry/helm-repository.ts';
import type { ChartInput } from '../render/render.ts';
import { chartWhere, ociReference, type ChartSource } from './chart-reference.ts';

/** Where a render's chart archive comes from outside the repository (one registry client per run). */
export interface ChartPuller {
  /** A chart pushed to an OCI registry (`helm push`), its manifest and layer checked against their digests. */
  oci(ref: ChartReference): Promise<Uint8Array>;
  /** A chart of a classic https Helm repository, its archive checked against the index's digest. */
  repository(repoURL: string, chart: string, version: string): Promise<Uint8Array>;
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
): Promise<{ input: ChartInput; from: string } | { message: string }> {
  try {
    const ref = ociReference(source, version);
    if (ref) return { input: { tgz: await pull.oci(ref) }, from: chartWhere(ref) };
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
