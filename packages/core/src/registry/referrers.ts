// The artifacts stored beside an image in its repository — signatures and
// attestations — found the two ways registries keep them: the OCI 1.1
// referrers API (`GET /v2/<name>/referrers/<digest>`), else the tag schema
// the OCI distribution spec names as its fallback (`sha256-<hex>`, an index of
// the same descriptors), which registries without the API (distribution 2.8)
// are left with.

import type { RegistryClient } from './client.ts';
import type { ImageReference } from './reference.ts';

/** One artifact that refers to an image: its manifest's digest and the type it declares. */
export interface Referrer {
  digest: string;
  artifactType?: string;
}

/** At most this many referrers are read for one image: a registry cannot make a verification fetch without end. */
export const MAX_REFERRERS = 32;
/** At most this many signature layers (one blob read each) are read per signature manifest, for the same reason. */
export const MAX_SIGNATURE_LAYERS = 32;

/** The tag of the referrers fallback for `digest`: `sha256:ab…` → `sha256-ab…`. */
export function referrersTag(digest: string): string {
  return digest.replace(':', '-');
}

/**
 * The referrers of `digest` whose artifact type `wanted` accepts (all of
 * them without a filter), from the referrers API, else from the fallback
 * tag; none when neither has any.
 */
export async function findReferrers(
  client: RegistryClient,
  ref: ImageReference,
  digest: string,
  wanted?: (artifactType: string | undefined) => boolean,
): Promise<Referrer[]> {
  let index = await client.referrers(ref, digest);
  if (index === undefined) index = (await client.fetchManifest(ref, referrersTag(digest)))?.body;
  if (index === undefined) return [];
  let doc: { manifests?: unknown };
  try {
    doc = JSON.parse(index.toString('utf8')) as typeof doc;
  } catch {
    return [];
  }
  const out: Referrer[] = [];
  for (const m of Array.isArray(doc?.manifests) ? (doc.manifests as unknown[]) : []) {
    if (typeof m !== 'object' || m === null) continue;
    const d = m as { digest?: unknown; artifactType?: unknown };
    if (typeof d.digest !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(d.digest)) continue;
    const artifactType = typeof d.artifactType === 'string' ? d.artifactType : undefined;
    if (wanted && !wanted(artifactType)) continue;
    out.push({ digest: d.digest, artifactType });
    if (out.length >= MAX_REFERRERS) break;
  }
  return out;
}

/** A manifest's layers (digest, media type, annotations), when it is a JSON manifest with a layer list. */
export function manifestLayers(body: Buffer): { digest: string; mediaType?: string; annotations: Record<string, string> }[] {
  let doc: { layers?: unknown };
  try {
    doc = JSON.parse(body.toString('utf8')) as typeof doc;
  } catch {
    return [];
  }
  const layers: { digest: string; mediaType?: string; annotations: Record<string, string> }[] = [];
  for (const l of Array.isArray(doc?.layers) ? (doc.layers as unknown[]) : []) {
    if (typeof l !== 'object' || l === null) continue;
    const d = l as { digest?: unknown; mediaType?: unknown; annotations?: unknown };
    if (typeof d.digest !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(d.digest)) continue;
    const annotations: Record<string, string> = {};
    if (typeof d.annotations === 'object' && d.annotations !== null)
      for (const [k, v] of Object.entries(d.annotations as Record<string, unknown>)) if (typeof v === 'string') annotations[k] = v;
    layers.push({ digest: d.digest, mediaType: typeof d.mediaType === 'string' ? d.mediaType : undefined, annotations });
  }
  return layers;
}
