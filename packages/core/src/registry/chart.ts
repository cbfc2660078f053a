// A Helm chart stored in an OCI registry (`helm push`): an OCI image manifest
// whose layer of Helm's chart media type is the packaged chart (.tgz). This
// finds that layer and pulls it, verified by digest, through the registry client.

import { RegistryError, type RegistryClient } from './client.ts';
import type { ImageReference } from './reference.ts';

/** Helm's media type for the packaged chart layer. */
export const HELM_CHART_LAYER = 'application/vnd.cncf.helm.chart.content.v1.tar+gzip';

/** The packaged chart (.tgz bytes) that `ref` (`registry/repository/<chart>:<version>`) names. */
export async function pullChartArchive(client: RegistryClient, ref: ImageReference): Promise<Buffer> {
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
