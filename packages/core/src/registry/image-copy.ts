// An image copied by digest from one repository to another (another registry, as a promotion into an
// environment with `registry:` asks): the index, every manifest it lists, every blob, and the artifacts that
// vouch for it — its referrers (the OCI referrers API, else the `sha256-<hex>` fallback tag's index) and
// cosign's tag scheme (`sha256-<hex>.sig`, `.att`, `.sbom`). Each manifest is read by digest and checked
// against it, then PUT byte for byte with its media type, children before the index that lists them, so the
// digest is the same in both registries and every signature over it still verifies. Nothing is pinned on a
// copy this module did not end by reading back: every manifest by digest, every blob by HEAD, every tag.

import { type BlobDescriptor, type BlobLimits, type BlobOutcome, checkDescriptor, copyBlob, type Side } from './blob-copy.ts';
import { RegistryError, type StoredManifest } from './client.ts';
import { isIndexMediaType, MEDIA_TYPES } from './manifest.ts';
import { referrersTag } from './referrers.ts';

/** The bounds a registry's answers are held to: an untrusted source cannot make the copy endless. */
export interface CopyLimits extends BlobLimits {
  /** Manifests in all (the image's, its referrers'). */
  maxManifests: number;
  /** Entries of one referrers index. */
  maxReferrers: number;
  /** Bytes of all blobs together. */
  maxTotalBytes: number;
}

export const COPY_LIMITS: CopyLimits = {
  maxManifests: 256,
  maxReferrers: 64,
  maxBlobBytes: 16 * 1024 ** 3,
  maxTotalBytes: 64 * 1024 ** 3,
  chunkBytes: 8 * 1024 * 1024,
};

/** cosign's tags beside an image: signatures, attestations, SBOMs. */
const COSIGN_SUFFIXES = ['.sig', '.att', '.sbom'];

/** One manifest to carry: its bytes, what it lists, and the tag it goes under (else its digest). */
interface Node {
  digest: string;
  mediaType: string;
  body: Buffer;
  children: string[];
  blobs: BlobDescriptor[];
  tag?: string;
}

/** What a copy holds: every manifest in push order (children first), the referrers index tag, the totals. */
export interface CopyPlan {
  digest: string;
  nodes: Node[];
  /**
   * The fallback tag `sha256-<hex>` and the source's index of the referrers (its tag's bytes, or the API's answer:
   * `api`): written in the target when the source keeps them under the tag, or when the target has no API to
   * list the copied referrers by their `subject`.
   */
  referrersIndex?: { tag: string; body: Buffer; mediaType: string; api?: true };
  /** The referrers found (API or fallback tag) and the cosign tags found. */
  referrers: number;
  tags: string[];
  blobs: number;
  bytes: number;
}

/** What the copy did, for the run's notes. */
export interface CopyReport {
  manifests: number;
  referrers: number;
  tags: string[];
  blobs: Record<BlobOutcome, number>;
  bytes: number;
}

/** Parses a manifest's JSON; a RegistryError names what is not one. */
function parse(from: Side, digest: string, body: Buffer): Record<string, unknown> {
  try {
    const doc = JSON.parse(body.toString('utf8')) as unknown;
    if (doc && typeof doc === 'object' && !Array.isArray(doc)) return doc as Record<string, unknown>;
  } catch {
    // said below
  }
  throw new RegistryError('invalid', `${from.ref.registry}/${from.ref.repository}@${digest} is not a JSON manifest`);
}

/** The descriptors of a list (`manifests`, `layers`), each with a string digest and a size as given. */
function descriptors(list: unknown): { digest: string; size: number; mediaType?: string }[] {
  if (!Array.isArray(list)) return [];
  return list
    .filter((d): d is Record<string, unknown> => typeof d === 'object' && d !== null)
    .map((d) => ({
      digest: String(d.digest),
      size: typeof d.size === 'number' ? d.size : -1,
      ...(typeof d.mediaType === 'string' ? { mediaType: d.mediaType } : {}),
    }));
}

/** Reads what copying `digest` from `from` would carry, checking every manifest against its digest; writes nothing. */
export async function planCopy(from: Side, digest: string, limits: CopyLimits = COPY_LIMITS): Promise<CopyPlan> {
  const nodes = new Map<string, Node>();
  const order: Node[] = [];
  const walk = async (d: string, depth: number, stored?: StoredManifest, tag?: string): Promise<void> => {
    if (nodes.has(d) && !tag) return;
    if (order.length >= limits.maxManifests)
      throw new RegistryError(
        'invalid',
        `${from.ref.registry}/${from.ref.repository}@${digest} holds more than ${limits.maxManifests} manifests`,
      );
    const m = stored ?? (await from.client.manifestAt({ ...from.ref, digest: d, tag: undefined }, d));
    const doc = parse(from, d, m.body);
    const mediaType = m.mediaType ?? (typeof doc.mediaType === 'string' ? doc.mediaType : MEDIA_TYPES.ociManifest);
    const index = isIndexMediaType(mediaType);
    const listed = descriptors(index ? doc.manifests : undefined);
    if (index && depth > 1)
      throw new RegistryError('invalid', `${from.ref.registry}/${from.ref.repository}@${d}: an index nested too deep`);
    // A non-distributable (foreign) layer is not in the registry: the runtime pulls it from its own URLs, as before.
    const layers = descriptors(doc.layers).filter((l) => !/nondistributable|foreign/.test(l.mediaType ?? ''));
    const blobs = index ? [] : [...descriptors(doc.config ? [doc.config] : []), ...layers];
    for (const b of blobs) checkDescriptor(from.ref, b, limits);
    const node: Node = { digest: d, mediaType, body: m.body, children: listed.map((c) => c.digest), blobs, ...(tag ? { tag } : {}) };
    nodes.set(d, node);
    for (const c of listed) {
      if (!/^sha256:[0-9a-f]{64}$/.test(c.digest))
        throw new RegistryError('invalid', `${from.ref.registry}/${from.ref.repository}@${d} lists ${c.digest}, not a sha256 digest`);
      await walk(c.digest, depth + 1);
    }
    order.push(node);
  };
  await walk(digest, 0);
  const found = await referrersOf(from, digest, limits);
  for (const r of found.digests) await walk(r, 1);
  const tags: string[] = [];
  for (const suffix of COSIGN_SUFFIXES) {
    const tag = `${referrersTag(digest)}${suffix}`;
    const m = await from.client.fetchManifest({ ...from.ref, tag, digest: undefined }, tag);
    if (!m) continue;
    tags.push(tag);
    await walk(m.digest, 1, m, tag);
  }
  const unique = new Map(order.flatMap((n) => n.blobs).map((b) => [b.digest, b]));
  const bytes = [...unique.values()].reduce((s, b) => s + b.size, 0);
  if (bytes > limits.maxTotalBytes)
    throw new RegistryError(
      'invalid',
      `${from.ref.registry}/${from.ref.repository}@${digest} weighs ${bytes} bytes, more than the ${limits.maxTotalBytes} lockstep copies`,
    );
  return {
    digest,
    nodes: order,
    ...(found.index ? { referrersIndex: found.index } : {}),
    referrers: found.digests.length,
    tags,
    blobs: unique.size,
    bytes,
  };
}

/** The referrers of `digest`: from the API, else the fallback tag (kept to write it in the target); refused past the bound. */
async function referrersOf(
  from: Side,
  digest: string,
  limits: CopyLimits,
): Promise<{ digests: string[]; index?: CopyPlan['referrersIndex'] }> {
  const tag = referrersTag(digest);
  let body = await from.client.referrers(from.ref, digest);
  let kept: CopyPlan['referrersIndex'] = body && { tag, body, mediaType: MEDIA_TYPES.ociIndex, api: true };
  if (body === undefined) {
    const m = await from.client.fetchManifest({ ...from.ref, tag, digest: undefined }, tag);
    if (!m) return { digests: [] };
    body = m.body;
    kept = { tag, body, mediaType: m.mediaType ?? MEDIA_TYPES.ociIndex };
  }
  const listed = descriptors(parse(from, tag, body).manifests);
  if (listed.length > limits.maxReferrers)
    throw new RegistryError(
      'invalid',
      `${from.ref.registry}/${from.ref.repository}@${digest} has ${listed.length} referrers, more than the ${limits.maxReferrers} lockstep copies`,
    );
  for (const r of listed)
    if (!/^sha256:[0-9a-f]{64}$/.test(r.digest))
      throw new RegistryError(
        'invalid',
        `the referrers of ${from.ref.registry}/${from.ref.repository}@${digest} list ${r.digest}, not a sha256 digest`,
      );
  return { digests: listed.map((r) => r.digest), ...(kept && listed.length > 0 ? { index: kept } : {}) };
}

/**
 * Carries `plan` (planCopy's, from `from`) into `to`: blobs, then each manifest by digest (a cosign tag's under
 * its tag) children first, then the referrers fallback tag, then reads everything back. A RegistryError on any
 * step: the caller pins nothing.
 */
export async function runCopy(from: Side, to: Side, plan: CopyPlan, limits: CopyLimits = COPY_LIMITS): Promise<CopyReport> {
  const blobs: Record<BlobOutcome, number> = { present: 0, mounted: 0, copied: 0 };
  const done = new Set<string>();
  for (const node of plan.nodes) {
    for (const b of node.blobs) {
      if (done.has(b.digest)) continue;
      done.add(b.digest);
      try {
        blobs[await copyBlob(from, to, b, limits)]++;
      } catch (e) {
        throw namingBlob(e, b.digest);
      }
    }
    const stored = await to.client.pushManifest(to.ref, node.tag ?? node.digest, node.body, node.mediaType);
    if (stored !== node.digest)
      throw new RegistryError('mismatch', `${to.ref.registry}/${to.ref.repository}: ${node.digest} was stored as ${stored}`);
  }
  // Referrers the source's API listed are listed by the target's own API, from their subject; without one, by the tag.
  const index = plan.referrersIndex;
  if (index && (!index.api || (await to.client.referrers(to.ref, plan.digest)) === undefined)) await writeReferrersIndex(to, index);
  await readBack(to, plan);
  return { manifests: plan.nodes.length, referrers: plan.referrers, tags: plan.tags, blobs, bytes: plan.bytes };
}

/** A registry's failure while a blob was carried, said with the blob (a cut-off answer names only the host). */
function namingBlob(e: unknown, digest: string): unknown {
  // Anything else (a programming error) goes on as it came.
  if (!(e instanceof RegistryError) || e.message.includes(digest)) return e;
  return new RegistryError(e.kind, `the blob ${digest}: ${e.message}`, e.hint, e.cliHint);
}

/**
 * The fallback tag in the target: the source's index as it is when the target has none; when it has one (its own
 * referrers, or an earlier copy), the source's entries it lacks added to it. The tag moves as the OCI spec has
 * its fallback move: it is an index of descriptors, not an artifact anyone signs.
 */
async function writeReferrersIndex(to: Side, index: { tag: string; body: Buffer; mediaType: string }): Promise<void> {
  const there = await to.client.fetchManifest({ ...to.ref, tag: index.tag, digest: undefined }, index.tag);
  if (!there) {
    await to.client.pushManifest(to.ref, index.tag, index.body, index.mediaType);
    return;
  }
  const ours = descriptorList(index.body);
  const theirs = descriptorList(there.body);
  const known = new Set(theirs.map((d) => d.digest));
  const missing = ours.filter((d) => !known.has(d.digest));
  if (missing.length === 0) return;
  const merged = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests: [...theirs, ...missing] }));
  await to.client.pushManifest(to.ref, index.tag, merged, MEDIA_TYPES.ociIndex);
}

function descriptorList(body: Buffer): { digest: string }[] {
  try {
    const list = (JSON.parse(body.toString('utf8')) as { manifests?: unknown }).manifests;
    return Array.isArray(list) ? list.filter((d): d is { digest: string } => typeof (d as { digest?: unknown })?.digest === 'string') : [];
  } catch {
    return [];
  }
}

/** Every manifest read back from the target by digest (its bytes the source's), every blob by HEAD, every tag's digest. */
async function readBack(to: Side, plan: CopyPlan): Promise<void> {
  const where = `${to.ref.registry}/${to.ref.repository}`;
  for (const node of plan.nodes) {
    const got = await to.client.fetchManifest({ ...to.ref, digest: node.digest, tag: undefined }, node.digest);
    if (!got || !got.body.equals(node.body)) throw new RegistryError('mismatch', `${where}@${node.digest} does not read back as copied`);
    if (node.tag) {
      const tagged = await to.client.fetchManifest({ ...to.ref, tag: node.tag, digest: undefined }, node.tag);
      if (tagged?.digest !== node.digest)
        throw new RegistryError('mismatch', `${where}:${node.tag} does not name ${node.digest} after the copy`);
    }
    for (const b of node.blobs)
      if (!(await to.client.hasBlob(to.ref, b.digest)))
        throw new RegistryError('mismatch', `${where} lacks the blob ${b.digest} after the copy`);
  }
}
