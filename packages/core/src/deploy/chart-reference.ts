// Where a chart is pulled from a registry, as its deployer names it: an Argo CD or Flux source's OCI repoURL and
// version (a semver range kept as one, resolved against the registry's tags when pulled: registry/chart.ts), or the
// config's chart-registry; and how that place is said.

import { valid, validRange } from 'semver';
import type { ChartReference } from '../registry/chart.ts';
import { chartTag } from '../registry/chart-push.ts';
import { InvalidReference, parseReference, type ImageReference } from '../registry/reference.ts';

/** The Application source a chart version comes from. */
export interface ChartSource {
  repoURL?: string;
  chart?: string;
  path?: string;
  /** The spec.url of the Flux OCIRepository holding the chart version ('' when it has none). */
  ociRepository?: string;
  /** The digest an OCI artifact is pulled by, per version (a Flux OCIRepository's spec.ref.digest beside its tag). */
  digests?: ReadonlyMap<string, string>;
  /** A Flux HelmRepository's spec.secretRef name: a cluster Secret lockstep does not read (said when the repository refuses it). */
  secretRef?: string;
  /**
   * A Flux HelmRelease's spec.chart.spec.valuesFiles: the files source-controller merges into the chart's values.yaml
   * when it builds the chart (deploy/flux/chart-values-files.ts), so what the chart's defaults are for that release.
   */
  valuesFiles?: { readonly files: readonly string[]; readonly ignoreMissing: boolean };
}

/** `oci://registry/repository:<tag, or the range asked>` or `…@<digest>`: where a chart is pulled from, in messages. */
export function chartWhere(ref: ChartReference): string {
  return `oci://${ref.registry}/${ref.repository}${ref.digest ? `@${ref.digest}` : `:${ref.tag ?? ref.range ?? ''}`}`;
}

/** `<chart-registry>/<name>:<version>` when the config names a chart registry. */
export function configuredRegistry(req: { chartRegistry?: string }, name: string, version: string): ImageReference | undefined {
  if (!req.chartRegistry) return undefined;
  try {
    return parseReference(`${req.chartRegistry}/${name}:${chartTag(version)}`);
  } catch (e) {
    if (e instanceof InvalidReference) return undefined;
    throw e;
  }
}

/** `registry/repository/<chart>:<version>` for a repoURL that names an OCI registry (`oci://host/path`, or `host/path` without a scheme as ArgoCD writes it). */
export function ociReference(source: ChartSource, version: string): ChartReference | undefined {
  if (!source.repoURL || !source.chart) return undefined;
  const url = source.repoURL.trim().replace(/\/+$/, '');
  const bare = url.startsWith('oci://') ? url.slice('oci://'.length) : /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? undefined : url;
  if (!bare) return undefined;
  const host = bare.split('/')[0];
  if (!host.includes('.') && !host.includes(':') && host !== 'localhost') return undefined;
  try {
    // A digest beside the version (a Flux OCIRepository's spec.ref.digest) is what source-controller pulls, before
    // its tag or semver range: registry/chart.ts resolves no range where a digest is given.
    const digest = source.digests?.get(version);
    // A semver range (`6.x`, `>=1.2.0 <2.0.0`) is pulled as the highest version the registry's tags admit (registry/chart.ts).
    if (valid(version) === null && validRange(version) !== null)
      return { ...parseReference(`${bare}/${source.chart}`), tag: undefined, range: version, ...(digest ? { digest } : {}) };
    const ref = parseReference(`${bare}/${source.chart}:${chartTag(version)}`);
    return digest ? { ...ref, digest } : ref;
  } catch (e) {
    if (e instanceof InvalidReference) return undefined;
    throw e;
  }
}
