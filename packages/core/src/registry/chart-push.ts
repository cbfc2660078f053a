import { createPublicKey, type KeyObject, verify } from 'node:crypto';
import { UserError } from '../errors.ts';
import type { RegistryClient } from './client.ts';
import {
  SIGNATURE_ANNOTATION,
  signatureArtifact,
  type SignatureLayer,
  signatureTag,
  signPayload,
  SIMPLE_SIGNING_MEDIA_TYPE,
  simpleSigningPayload,
} from './cosign-sign.ts';
import { digestOf } from './manifest.ts';
import type { ImageReference } from './reference.ts';

// A chart pushed as `helm push` pushes it (helm/helm pkg/registry/client.go Push, constants.go): an OCI
// image manifest whose config is Chart.yaml's metadata as JSON (media type
// application/vnd.cncf.helm.config.v1+json) and whose one layer is the .tgz
// (application/vnd.cncf.helm.chart.content.v1.tar+gzip), tagged with the chart version ('+' written '_',
// as Helm does, since a tag cannot hold '+'), with the OCI annotations Helm derives from the metadata
// but no `created` time, which would change the digest on every run.

/** Helm's config media type. */
export const HELM_CONFIG_MEDIA_TYPE = 'application/vnd.cncf.helm.config.v1+json';
/** Helm's chart layer media type. */
export const HELM_CHART_MEDIA_TYPE = 'application/vnd.cncf.helm.chart.content.v1.tar+gzip';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';

/** What is pushed for one chart: its name, version, metadata (Helm's config) and archive. */
export interface ChartArtifact {
  name: string;
  version: string;
  metadata: Record<string, unknown>;
  archive: Buffer;
}

/** What happened to one chart (and its signature) in the registry. */
export interface PushOutcome {
  /** `pushed`; `unchanged`: the version is there with this content; `would-push`: a dry run. */
  status: 'pushed' | 'unchanged' | 'would-push';
  /** The manifest digest the registry holds (or would hold) under the tag. */
  digest: string;
  tag: string;
  /** The signature's tag and whether it was pushed, when a key was given. */
  signature?: { tag: string; status: 'pushed' | 'unchanged' | 'would-push' };
}

/** The tag of a chart version: Helm writes '+' (build metadata) as '_'. */
export function chartTag(version: string): string {
  return version.replace(/\+/g, '_');
}

/** The config blob and the manifest for a chart, byte for byte what every run writes for the same chart. */
export function helmManifest(chart: ChartArtifact): { config: Buffer; manifest: Buffer } {
  const config = Buffer.from(JSON.stringify(chart.metadata));
  const m = chart.metadata as { description?: string; home?: string; sources?: string[] };
  // Helm's generateChartOCIAnnotations, less `created`; the chart's own annotations are not copied (Helm
  // copies them, but a free-form annotation is no part of what the digest should pin).
  const annotations: Record<string, string> = {};
  if (m.description) annotations['org.opencontainers.image.description'] = m.description;
  annotations['org.opencontainers.image.title'] = chart.name;
  annotations['org.opencontainers.image.version'] = chart.version;
  if (m.home) annotations['org.opencontainers.image.url'] = m.home;
  if (m.sources?.[0]) annotations['org.opencontainers.image.source'] = m.sources[0];
  const manifest = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    config: { mediaType: HELM_CONFIG_MEDIA_TYPE, digest: digestOf(config), size: config.length },
    layers: [{ mediaType: HELM_CHART_MEDIA_TYPE, digest: digestOf(chart.archive), size: chart.archive.length }],
    annotations: Object.fromEntries(Object.entries(annotations).sort(([a], [b]) => (a < b ? -1 : 1))),
  };
  return { config, manifest: Buffer.from(JSON.stringify(manifest)) };
}

/**
 * Pushes one chart to `repo` (registry and repository, no tag) unless its
 * version is there already: the same chart archive there is left alone (a
 * rerun pushes nothing), another one is refused, since a published version
 * never changes. With a key, the chart's digest is signed as cosign signs.
 */
export async function pushChart(
  client: RegistryClient,
  repo: ImageReference,
  chart: ChartArtifact,
  opts: PushOptions,
): Promise<PushOutcome> {
  const tag = chartTag(chart.version);
  const { config, manifest } = helmManifest(chart);
  const layer = digestOf(chart.archive);
  const existing = await client.fetchManifest(repo, tag);
  let status: PushOutcome['status'];
  let digest = digestOf(manifest);
  if (existing) {
    const there = chartLayer(existing.body);
    if (existing.digest !== digest && there !== layer && !(await storedSame(client, repo, existing.body, there, opts)))
      throw new UserError(
        `chart ${chart.name} ${chart.version} is already published at ${repo.registry}/${repo.repository}:${tag} with other content (its chart layer is ${there ?? 'missing'}, this one ${layer})`,
        {
          hint: 'a published version never changes: bump the chart version (bump-chart), then publish',
          cliHint: 'a published version never changes: bump the chart version (lockstep bump), then publish',
        },
      );
    // The registry's digest is the one to record, even when only the manifest's annotations differ.
    digest = existing.digest;
    status = 'unchanged';
  } else if (opts.dryRun) {
    status = 'would-push';
  } else {
    await client.pushBlob(repo, chart.archive);
    await client.pushBlob(repo, config);
    digest = await client.pushManifest(repo, tag, manifest, OCI_MANIFEST);
    await readBack(client, repo, tag, digest, `chart ${chart.name} ${chart.version}`);
    status = 'pushed';
  }
  const outcome: PushOutcome = { status, digest, tag };
  if (opts.key) outcome.signature = await signChart(client, repo, digest, opts.key, opts.dryRun);
  return outcome;
}

/** How to push: a dry run only compares; a key signs; `sameChart` tells whether other bytes hold the same chart. */
export interface PushOptions {
  dryRun: boolean;
  key?: KeyObject;
  /**
   * Whether a stored chart (its archive and config blob), written with other
   * bytes (by `helm push`, say: other times, another gzip), holds the same
   * files and metadata: then the version counts as published with this content.
   */
  sameChart?: (stored: { archive: Buffer; config: Buffer }) => Promise<boolean>;
}

/** Fetches a stored chart's archive and config for `sameChart`; without a judge, or with no chart layer, it is not the same. */
async function storedSame(
  client: RegistryClient,
  repo: ImageReference,
  manifest: Buffer,
  layer: string | undefined,
  opts: PushOptions,
): Promise<boolean> {
  const config = configDigest(manifest);
  if (!opts.sameChart || layer === undefined || config === undefined) return false;
  const [archive, configBlob] = await Promise.all([client.fetchBlob(repo, layer), client.fetchBlob(repo, config)]);
  return opts.sameChart({ archive, config: configBlob });
}

/** The config digest of a stored manifest, if it has one. */
function configDigest(body: Buffer): string | undefined {
  try {
    const d = (JSON.parse(body.toString('utf8')) as { config?: { digest?: unknown } }).config?.digest;
    return typeof d === 'string' ? d : undefined;
  } catch {
    return undefined;
  }
}

/** The chart layer's digest in a stored manifest, if it has one. */
function chartLayer(body: Buffer): string | undefined {
  try {
    const doc = JSON.parse(body.toString('utf8')) as { layers?: { mediaType?: unknown; digest?: unknown }[] };
    const l = doc.layers?.find((x) => x.mediaType === HELM_CHART_MEDIA_TYPE);
    return typeof l?.digest === 'string' ? l.digest : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Signs `digest` as `cosign sign --key` does and pushes the signature under
 * `sha256-<hex>.sig`, appending to the signatures already there (cosign
 * keeps one layer per signature). A signature by this key over this payload
 * already there is kept: a rerun pushes nothing.
 */
async function signChart(
  client: RegistryClient,
  repo: ImageReference,
  digest: string,
  key: KeyObject,
  dryRun: boolean,
): Promise<NonNullable<PushOutcome['signature']>> {
  const tag = signatureTag(digest);
  const payload = simpleSigningPayload(`${repo.registry}/${repo.repository}`, digest);
  const existing = await client.fetchManifest(repo, tag);
  const layers = existing ? signatureLayers(existing.body) : [];
  const publicKey = createPublicKey(key);
  const algorithm = key.asymmetricKeyType === 'ed25519' ? null : 'sha256';
  for (const l of layers) {
    if (l.digest !== digestOf(payload) || typeof l.annotations?.[SIGNATURE_ANNOTATION] !== 'string') continue;
    if (verify(algorithm, payload, publicKey, Buffer.from(l.annotations[SIGNATURE_ANNOTATION], 'base64')))
      return { tag, status: 'unchanged' };
  }
  if (dryRun) return { tag, status: 'would-push' };
  const artifact = signatureArtifact(payload, signPayload(payload, key), layers);
  await client.pushBlob(repo, artifact.payload);
  await client.pushBlob(repo, artifact.config);
  await readBack(
    client,
    repo,
    tag,
    await client.pushManifest(repo, tag, artifact.manifest, artifact.mediaType),
    `the signature of ${digest}`,
  );
  return { tag, status: 'pushed' };
}

/**
 * Reads `tag` back from the registry that was named after a push: a push the
 * registry acknowledged but does not serve under the tag (stored elsewhere,
 * dropped) is refused, so it is never reported or recorded as pushed.
 */
async function readBack(client: RegistryClient, repo: ImageReference, tag: string, digest: string, what: string): Promise<void> {
  const stored = await client.fetchManifest(repo, tag);
  if (stored?.digest !== digest)
    throw new UserError(
      `${what}: the registry accepted the push, but ${repo.registry}/${repo.repository}:${tag} ${stored ? `resolves to ${stored.digest}` : 'does not exist'}, not the pushed ${digest}`,
      { hint: 'check the registry (a proxy or mirror in front of it may store pushes elsewhere); nothing was recorded' },
    );
}

/** The simple-signing layers of a stored signature manifest (others are left out). */
function signatureLayers(body: Buffer): SignatureLayer[] {
  try {
    const doc = JSON.parse(body.toString('utf8')) as { layers?: SignatureLayer[] };
    return (doc.layers ?? []).filter(
      (l) => l && l.mediaType === SIMPLE_SIGNING_MEDIA_TYPE && typeof l.digest === 'string' && typeof l.size === 'number',
    );
  } catch {
    return [];
  }
}
