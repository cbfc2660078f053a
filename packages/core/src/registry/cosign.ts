// cosign's key-based image signatures, checked with node:crypto. cosign
// stores a signature as an OCI manifest in the image's own repository, at
// the tag `sha256-<hex>.sig` (or, in OCI 1.1 mode, as a referrer of the
// image): each layer is a "simple signing" payload
//   {"critical":{"identity":{"docker-reference":…},"image":{"docker-manifest-digest":"sha256:…"},
//    "type":"cosign container image signature"},"optional":…}
// whose signature (base64) is the layer annotation dev.cosignproject.cosign/signature.
// A signature counts when one of the trusted keys verifies it over the
// payload's exact bytes AND the payload names the digest being pinned: a
// valid signature of another image proves nothing about this one.

import { createHash, createPublicKey, type KeyObject, verify } from 'node:crypto';
import type { RegistryClient } from './client.ts';
import { findReferrers, MAX_SIGNATURE_LAYERS, manifestLayers, referrersTag } from './referrers.ts';
import type { ImageReference } from './reference.ts';

export const SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';
export const SIGNATURE_ANNOTATION = 'dev.cosignproject.cosign/signature';
/** The artifact type of a cosign signature stored as an OCI 1.1 referrer. */
export const COSIGN_SIGNATURE_ARTIFACT_TYPE = 'application/vnd.dev.cosign.artifact.sig.v1+json';
/** The `critical.type` of a cosign image signature payload. */
export const SIMPLE_SIGNING_TYPE = 'cosign container image signature';

/** A public key to verify with, and the fingerprint that names it in messages. */
export interface TrustedKey {
  key: KeyObject;
  /** `SHA256:<base64>` of the key's DER SubjectPublicKeyInfo (as ssh-keygen -l shows keys). */
  fingerprint: string;
}

/** What the signatures of one digest came to. */
export type CosignOutcome =
  { ok: true; fingerprint: string; where: string; dockerReference?: string } | { ok: false; expected: string[]; found: string[] };

/** Thrown for a key that is not a public key node:crypto can read (PEM SPKI). */
export class BadKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BadKeyError';
  }
}

/** A PEM public key (ECDSA P-256, Ed25519 or RSA) as a TrustedKey. */
export function trustedKey(pem: string | KeyObject): TrustedKey {
  let key: KeyObject;
  try {
    key = typeof pem === 'string' ? createPublicKey(pem) : pem;
  } catch (e) {
    throw new BadKeyError(`not a PEM public key (${(e as Error).message})`);
  }
  if (key.type !== 'public') throw new BadKeyError('a private key was given where the public key belongs');
  const type = key.asymmetricKeyType;
  if (type === 'ec') {
    const curve = key.asymmetricKeyDetails?.namedCurve;
    if (curve !== 'prime256v1' && curve !== 'secp384r1')
      throw new BadKeyError(`an EC key on ${curve ?? 'an unknown curve'}; cosign keys are ECDSA P-256`);
  } else if (type !== 'ed25519' && type !== 'rsa' && type !== 'rsa-pss')
    throw new BadKeyError(`a ${type ?? 'unknown'} key; lockstep verifies ECDSA P-256, Ed25519 and RSA`);
  const der = key.export({ type: 'spki', format: 'der' });
  return { key, fingerprint: `SHA256:${createHash('sha256').update(der).digest('base64').replace(/=+$/, '')}` };
}

/** True when `signature` over `payload` verifies with `k` (SHA-256 for ECDSA and RSA, the message itself for Ed25519). */
function signedBy(payload: Buffer, signature: Buffer, k: TrustedKey): boolean {
  try {
    return verify(k.key.asymmetricKeyType === 'ed25519' ? null : 'sha256', payload, k.key, signature);
  } catch {
    return false;
  }
}

/** The digest and reference a simple-signing payload names, or why it is not one. */
function readPayload(payload: Buffer): { digest: string; dockerReference?: string } | { problem: string } {
  let doc: { critical?: { type?: unknown; image?: { 'docker-manifest-digest'?: unknown }; identity?: { 'docker-reference'?: unknown } } };
  try {
    doc = JSON.parse(payload.toString('utf8')) as typeof doc;
  } catch {
    return { problem: 'a signed payload that is not JSON' };
  }
  const critical = doc?.critical;
  if (critical?.type !== SIMPLE_SIGNING_TYPE)
    return { problem: `a signed payload of type ${JSON.stringify(critical?.type ?? null).slice(0, 80)}, not a cosign image signature` };
  const digest = critical.image?.['docker-manifest-digest'];
  if (typeof digest !== 'string') return { problem: 'a signed payload without critical.image.docker-manifest-digest' };
  const ref = critical.identity?.['docker-reference'];
  return { digest, dockerReference: typeof ref === 'string' ? ref : undefined };
}

/**
 * Verifies that `digest` in `ref`'s repository carries a cosign signature
 * made by one of `keys` (PEM text or KeyObjects): the signature manifests at
 * the tag `sha256-<hex>.sig` and among the digest's referrers are read, each
 * simple-signing layer is checked against every key, and the first whose
 * payload names `digest` passes. Otherwise the outcome lists what was
 * expected (key fingerprints) and what was found. Registry failures throw
 * RegistryError; a key that does not parse throws BadKeyError.
 */
export async function verifyCosignSignature(
  client: RegistryClient,
  ref: ImageReference,
  digest: string,
  keys: readonly (string | KeyObject | TrustedKey)[],
): Promise<CosignOutcome> {
  const trusted = keys.map((k) => (typeof k === 'object' && 'fingerprint' in k ? k : trustedKey(k)));
  const expected = trusted.map((k) => k.fingerprint);
  const found: string[] = [];
  for (const where of await signatureManifests(client, ref, digest)) {
    const layers = manifestLayers(where.body).filter((l) => l.mediaType === SIMPLE_SIGNING_MEDIA_TYPE);
    if (layers.length > MAX_SIGNATURE_LAYERS)
      found.push(`${layers.length} signature layers, of which only the first ${MAX_SIGNATURE_LAYERS} were read (${where.label})`);
    for (const layer of layers.slice(0, MAX_SIGNATURE_LAYERS)) {
      const sig = layer.annotations[SIGNATURE_ANNOTATION];
      if (!sig) {
        found.push(`a signature layer without ${SIGNATURE_ANNOTATION} (${where.label})`);
        continue;
      }
      const payload = await client.fetchBlob(ref, layer.digest);
      const by = trusted.find((k) => signedBy(payload, Buffer.from(sig, 'base64'), k));
      if (!by) {
        found.push(`a signature by another key (${where.label})`);
        continue;
      }
      const named = readPayload(payload);
      if ('problem' in named) found.push(`${named.problem}, signed by ${by.fingerprint} (${where.label})`);
      else if (named.digest !== digest)
        found.push(`a signature by ${by.fingerprint} for ${named.digest.slice(0, 80)}, another digest (${where.label})`);
      else return { ok: true, fingerprint: by.fingerprint, where: where.label, dockerReference: named.dockerReference };
    }
  }
  if (found.length === 0) found.push(`no signature (looked at the tag ${referrersTag(digest)}.sig and the referrers of ${digest})`);
  return { ok: false, expected, found };
}

/** The signature manifests of `digest`: the `.sig` tag's, then those of its referrers with cosign's artifact type (or none declared). */
async function signatureManifests(client: RegistryClient, ref: ImageReference, digest: string): Promise<{ body: Buffer; label: string }[]> {
  const out: { body: Buffer; label: string }[] = [];
  const tag = `${referrersTag(digest)}.sig`;
  const tagged = await client.fetchManifest(ref, tag);
  if (tagged) out.push({ body: tagged.body, label: `tag ${tag}` });
  const referrers = await findReferrers(
    client,
    ref,
    digest,
    (t) => t === undefined || t === COSIGN_SIGNATURE_ARTIFACT_TYPE || t === SIMPLE_SIGNING_MEDIA_TYPE,
  );
  for (const r of referrers) {
    const m = await client.fetchManifest(ref, r.digest);
    if (m) out.push({ body: m.body, label: `referrer ${r.digest.slice(0, 19)}…` });
  }
  return out;
}
