// One blob carried from a repository to another, possibly on another registry, the way the OCI distribution
// spec moves bytes: nothing when the target holds it (HEAD), a cross-repository mount within one registry, else
// an upload session fed from the source — one GET and one PUT for a small blob, ranged GETs each sent on as a
// PATCH for a large one, so no more than one chunk is ever held in memory. The bytes are hashed on the way and
// the session is closed with `?digest=` only when they are what the descriptor names, size and digest both.

import { createHash } from 'node:crypto';
import { type RegistryClient, RegistryError, uploadUrl } from './client.ts';
import { header } from '../http/transport.ts';
import type { ImageReference } from './reference.ts';

/** A repository on a registry, with the client that speaks to it. */
export interface Side {
  client: RegistryClient;
  ref: ImageReference;
}

/** A blob as a manifest describes it: what the copy must receive, byte for byte. */
export interface BlobDescriptor {
  digest: string;
  size: number;
}

/** How much one blob may weigh, and the slice of it read and sent at once. */
export interface BlobLimits {
  maxBlobBytes: number;
  chunkBytes: number;
}

/** What copying a blob took: nothing (the target had it), a mount, or its bytes. */
export type BlobOutcome = 'present' | 'mounted' | 'copied';

const SHA256 = /^sha256:[0-9a-f]{64}$/;

/** `registry/repository@digest`, as the copy's errors name a blob. */
function named(ref: ImageReference, digest: string): string {
  return `${ref.registry}/${ref.repository}@${digest}`;
}

/** Refuses a descriptor before a byte is asked for: a digest lockstep can check, a size within the bound. */
export function checkDescriptor(from: ImageReference, blob: BlobDescriptor, limits: BlobLimits): void {
  if (typeof blob.digest !== 'string' || !SHA256.test(blob.digest))
    throw new RegistryError(
      'invalid',
      `${from.registry}/${from.repository}: a manifest names the blob ${String(blob.digest)}, not a sha256 digest`,
    );
  if (!Number.isSafeInteger(blob.size) || blob.size < 0)
    throw new RegistryError('invalid', `${named(from, blob.digest)}: the manifest gives it no valid size`);
  if (blob.size > limits.maxBlobBytes)
    throw new RegistryError(
      'invalid',
      `${named(from, blob.digest)} is ${blob.size} bytes, more than the ${limits.maxBlobBytes} lockstep copies`,
    );
}

/** Copies `blob` from `from` to `to` unless the target holds it; the bytes sent are checked against the descriptor first. */
export async function copyBlob(from: Side, to: Side, blob: BlobDescriptor, limits: BlobLimits): Promise<BlobOutcome> {
  checkDescriptor(from.ref, blob, limits);
  if (await to.client.hasBlob(to.ref, blob.digest)) return 'present';
  const base = to.client.apiBase(to.ref.registry);
  const uploads = `${base}/v2/${to.ref.repository}/blobs/uploads/`;
  const mountable = from.ref.registry === to.ref.registry && from.ref.repository !== to.ref.repository;
  const query = mountable ? `?mount=${encodeURIComponent(blob.digest)}&from=${encodeURIComponent(from.ref.repository)}` : '';
  const opened = await to.client.authorized(to.ref, blob.digest, { method: 'POST', url: uploads + query, headers: {}, push: true });
  // 201: the registry mounted it from the other repository; 202: an upload session to fill.
  if (opened.status === 201) return 'mounted';
  let session = uploadUrl(header(opened, 'location'), base, to.ref);
  const hash = createHash('sha256');
  if (blob.size <= limits.chunkBytes) {
    const bytes = await readRange(from, blob, 0, blob.size, false);
    hash.update(bytes);
    checkHash(from, blob, hash.digest('hex'));
    await close(to, session, blob.digest, bytes);
    return 'copied';
  }
  for (let start = 0; start < blob.size; start += limits.chunkBytes) {
    const end = Math.min(blob.size, start + limits.chunkBytes);
    const bytes = await readRange(from, blob, start, end, true);
    hash.update(bytes);
    const sent = await to.client.authorized(to.ref, blob.digest, {
      method: 'PATCH',
      url: session.toString(),
      headers: { 'Content-Type': 'application/octet-stream', 'Content-Range': `${start}-${end - 1}` },
      body: bytes,
      push: true,
    });
    session = uploadUrl(header(sent, 'location'), base, to.ref);
  }
  // Closed only for the right bytes: an upload never completed leaves nothing under the digest.
  checkHash(from, blob, hash.digest('hex'));
  await close(to, session, blob.digest, Buffer.alloc(0));
  return 'copied';
}

/** Bytes [start, end) of the blob from the source: exactly that many, or a RegistryError (a size that lies, a Range ignored). */
async function readRange(from: Side, blob: BlobDescriptor, start: number, end: number, ranged: boolean): Promise<Buffer> {
  const want = end - start;
  let res;
  try {
    res = await from.client.authorized(from.ref, blob.digest, {
      method: 'GET',
      url: `${from.client.apiBase(from.ref.registry)}/v2/${from.ref.repository}/blobs/${blob.digest}`,
      headers: { Accept: '*/*', ...(ranged ? { Range: `bytes=${start}-${end - 1}` } : {}) },
      maxBytes: want,
    });
  } catch (e) {
    if (e instanceof RegistryError && e.kind === 'invalid' && /too large/i.test(e.message))
      throw new RegistryError(
        'mismatch',
        ranged
          ? `${named(from.ref, blob.digest)}: the registry answered the read of bytes ${start}-${end - 1} with more than ${want} bytes (a Range it ignores)`
          : `${named(from.ref, blob.digest)}: the registry sent more than the ${blob.size} bytes its manifest gives`,
      );
    throw e;
  }
  if (ranged && res.status !== 206)
    throw new RegistryError(
      'invalid',
      `${from.ref.registry} answered HTTP ${res.status} to a ranged read of ${named(from.ref, blob.digest)}`,
    );
  if (res.body.length !== want)
    throw new RegistryError(
      'mismatch',
      `${named(from.ref, blob.digest)}: the registry sent ${start + res.body.length} bytes where its manifest gives ${blob.size}`,
    );
  return res.body;
}

function checkHash(from: Side, blob: BlobDescriptor, hex: string): void {
  if (`sha256:${hex}` !== blob.digest)
    throw new RegistryError('mismatch', `${named(from.ref, blob.digest)}: the bytes served hash to sha256:${hex}`);
}

/** The upload session closed with the digest (and the last bytes); the registry checks the digest once more. */
async function close(to: Side, session: URL, digest: string, bytes: Buffer): Promise<void> {
  session.searchParams.set('digest', digest);
  await to.client.authorized(to.ref, digest, {
    method: 'PUT',
    url: session.toString(),
    headers: { 'Content-Type': 'application/octet-stream' },
    body: bytes,
    push: true,
  });
}
