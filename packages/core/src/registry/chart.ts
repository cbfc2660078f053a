// A Helm chart stored in an OCI registry (`helm push`): an OCI image manifest
// whose layer of Helm's chart media type is the packaged chart (.tgz). This
// finds that layer and pulls it, verified by digest, through the registry client.

import { maxSatisfying, rcompare, valid } from 'semver';
import { chartTag } from './chart-push.ts';
import { RegistryError, type RegistryClient } from './client.ts';
import type { ImageReference } from './reference.ts';

/** A chart in a registry as a deployer asks for it: at a version's tag, or (`range`) the highest version a semver range admits. */
export type ChartReference = ImageReference & { range?: string };

/**
 * `ref` at the version a deployer pulls: as given, or for a semver range the highest version among the repository's
 * tags (`_` read as `+`, as `helm push` writes it) that the range admits, a pre-release only where the range names
 * one, as helm-controller and Argo CD resolve it; a RegistryError when none does.
 */
export async function resolveChartVersion(client: RegistryClient, ref: ChartReference): Promise<ImageReference> {
  if (ref.range === undefined || ref.digest !== undefined) return ref;
  const versions = (await client.tags(ref)).map((t) => t.replace(/_/g, '+')).filter((v) => valid(v) !== null);
  const best = maxSatisfying(versions, ref.range);
  if (best === null)
    throw new RegistryError(
      'not-found',
      `${ref.registry}/${ref.repository} has no version in the range ${ref.range} (${versions.length} version${versions.length === 1 ? '' : 's'} listed${versions.length > 0 ? `, the highest ${[...versions].sort(rcompare)[0]}` : ''})`,
    );
  const tag = chartTag(best);
  return { original: `${ref.registry}/${ref.repository}:${tag}`, registry: ref.registry, repository: ref.repository, name: ref.name, tag };
}

/** Helm's media type for the packaged chart layer. */
export const HELM_CHART_LAYER = 'application/vnd.cncf.helm.chart.content.v1.tar+gzip';

/** The packaged chart (.tgz bytes) that `ref` (`registry/repository/<chart>:<version>`, or a range: resolveChartVersion) names. */
export async function pullChartArchive(client: RegistryClient, asked: ChartReference): Promise<Buffer> {
  const ref = await resolveChartVersion(client, asked);
  const manifest = await client.manifestAt(ref, ref.digest ?? ref.tag ?? 'latest');
  let layers: unknown;
  try {
    layers = (JSON.parse(manifest.body.toString('utf8')) as { layers?: unknown } | null)?.layers;
  } catch {
    throw new RegistryError('invalid', `${ref.original}: the manifest is not JSON`);
  }
  const chart = Array.isArray(layers)
    ? (layers as { mediaType?: unknown; digest?: unknown }[]).find(
        (l) => l && l.mediaType === HELM_CHART_LAYER && typeof l.digest === 'string',
      )
    : undefined;
  if (!chart)
    throw new RegistryError(
      'invalid',
      `${ref.original} is not a Helm chart (no layer of type ${HELM_CHART_LAYER})`,
      'push the chart with helm push, or point the Application at the chart',
    );
  return client.fetchBlob(ref, chart.digest as string, HELM_CHART_LAYER);
}
