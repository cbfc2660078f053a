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
//
// What each key type verifies: what `cosign sign --key` makes with it, in
// every cosign version (cosign 2.6's own `verify --key` loads Ed25519 keys as
// pure Ed25519 only; sigstore-go's default for them is Ed25519ph):
// - ECDSA (P-256, P-384, P-521): ASN.1 DER ECDSA over SHA-256 of the payload;
// - RSA (2048 bits or more, rsaEncryption SPKI): PKCS #1 v1.5 over SHA-256;
// - Ed25519: pure Ed25519 over the payload (cosign before 2.6, and signatures
//   not sent to Rekor), or Ed25519ph (RFC 8032: Ed25519 over SHA-512 of the
//   payload, empty context), which cosign 2.6+ makes by default because
//   Rekor's hashedrekord entries only take pre-hashed signatures. Node's
//   crypto has no Ed25519ph (its EdDSA is pure only), so that check is
//   @noble/curves' ed25519ph, with RFC 8032's strict encoding rules (not
//   ZIP 215's looser ones), loaded only when a pure check fails.
// Every other key (RSA-PSS SPKI, RSA below 2048 bits, other curves, Ed448,
// DSA) is refused when the config is read, naming its algorithm, and so is a
// private key (its public half would verify, but it sits in the repository).

import { createHash, createPublicKey, type KeyObject, verify } from 'node:crypto';
import type { RegistryClient } from './client.ts';
import { findReferrers, MAX_SIGNATURE_LAYERS, manifestLayers, referrersTag } from './referrers.ts';
import type { ImageReference } from './reference.ts';
import { privateKeyLabel } from '../text/pem.ts';

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
  /** What its signatures are checked as, for messages: `ECDSA P-256 with SHA-256`, `Ed25519 or Ed25519ph`, … */
  algorithm: string;
}

/** What the signatures of one digest came to. */
export type CosignOutcome =
  | { ok: true; fingerprint: string; where: string; dockerReference?: string; algorithm: string }
  | { ok: false; expected: string[]; found: string[] };

/** Thrown for a key that is not a public key node:crypto can read (PEM SPKI). */
export class BadKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BadKeyError';
  }
}

/** RSA keys shorter than this are refused for verifying (and signing): such moduli are within reach of factoring. */
export const MIN_RSA_BITS = 2048;

const CURVES: Record<string, string> = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' };

/**
 * A PEM public key as a TrustedKey: ECDSA on P-256, P-384 or P-521, RSA
 * (rsaEncryption, 2048 bits or more) or Ed25519. Anything else, and any text
 * holding a private key, is a BadKeyError naming what it is.
 */
export function trustedKey(pem: string | KeyObject): TrustedKey {
  if (typeof pem === 'string') {
    const label = privateKeyLabel(pem);
    if (label)
      throw new BadKeyError(
        `a private key (-----BEGIN ${label}-----), not a public key: whoever reads the repository can sign with it, so it is refused`,
      );
  }
  let key: KeyObject;
  try {
    key = typeof pem === 'string' ? createPublicKey(pem) : pem;
  } catch (e) {
    throw new BadKeyError(`not a PEM public key (${(e as Error).message})`);
  }
  if (key.type !== 'public') throw new BadKeyError('a private key was given where the public key belongs');
  const type = key.asymmetricKeyType;
  let algorithm: string;
  if (type === 'ec') {
    const curve = key.asymmetricKeyDetails?.namedCurve;
    const name = curve ? CURVES[curve] : undefined;
    if (!name)
      throw new BadKeyError(`an EC key on ${curve ?? 'an unknown curve'}; cosign keys are ECDSA P-256 (P-384 and P-521 are read too)`);
    algorithm = `ECDSA ${name} with SHA-256`;
  } else if (type === 'rsa') {
    const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
    if (bits < MIN_RSA_BITS) throw new BadKeyError(`a ${bits}-bit RSA key; RSA keys need at least ${MIN_RSA_BITS} bits`);
    algorithm = 'RSA PKCS #1 v1.5 with SHA-256';
  } else if (type === 'ed25519') algorithm = 'Ed25519 or Ed25519ph';
  else if (type === 'rsa-pss')
    throw new BadKeyError(
      'an RSA-PSS key (RSASSA-PSS SubjectPublicKeyInfo); cosign reads RSA keys as rsaEncryption and verifies PKCS #1 v1.5',
    );
  else throw new BadKeyError(`a key of type ${type ?? 'unknown'}; lockstep verifies ECDSA (P-256, P-384, P-521), Ed25519 and RSA keys`);
  const der = key.export({ type: 'spki', format: 'der' });
  return { key, algorithm, fingerprint: `SHA256:${createHash('sha256').update(der).digest('base64').replace(/=+$/, '')}` };
}

/** Ed25519ph (RFC 8032 §5.1, empty context), loaded on first use. */
type PrehashedVerify = (signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array, options: { zip215: boolean }) => boolean;
let ed25519ph: Promise<PrehashedVerify> | undefined;
function loadEd25519ph(): Promise<PrehashedVerify> {
  ed25519ph ??= import('@noble/curves/ed25519.js').then((m) => (s, msg, pub, o) => m.ed25519ph.verify(s, msg, pub, o));
  return ed25519ph;
}

/** The raw 32-byte Ed25519 public key of a KeyObject. */
function ed25519Raw(key: KeyObject): Buffer {
  return Buffer.from(key.export({ format: 'jwk' }).x ?? '', 'base64url');
}

/**
 * The scheme under which `signature` over `payload` verifies with `k`, or
 * undefined: SHA-256 ECDSA or RSA PKCS #1 v1.5; for Ed25519, pure Ed25519
 * then Ed25519ph.
 */
async function signedBy(payload: Buffer, signature: Buffer, k: TrustedKey): Promise<string | undefined> {
  const type = k.key.asymmetricKeyType;
  try {
    if (type !== 'ed25519') return verify('sha256', payload, k.key, signature) ? k.algorithm : undefined;
    if (verify(null, payload, k.key, signature)) return 'Ed25519';
  } catch {
    return undefined;
  }
  if (signature.length !== 64) return undefined;
  const ph = await loadEd25519ph();
  try {
    return ph(signature, payload, ed25519Raw(k.key), { zip215: false }) ? 'Ed25519ph' : undefined;
  } catch {
    return undefined;
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
      let by: TrustedKey | undefined;
      let algorithm: string | undefined;
      for (const k of trusted) {
        algorithm = await signedBy(payload, Buffer.from(sig, 'base64'), k);
        if (algorithm) {
          by = k;
          break;
        }
      }
      if (!by || !algorithm) {
        found.push(`a signature no key verifies as ${[...new Set(trusted.map((k) => k.algorithm))].join('; ')} (${where.label})`);
        continue;
      }
      const named = readPayload(payload);
      if ('problem' in named) found.push(`${named.problem}, signed by ${by.fingerprint} (${where.label})`);
      else if (named.digest !== digest)
        found.push(`a signature by ${by.fingerprint} for ${named.digest.slice(0, 80)}, another digest (${where.label})`);
      else return { ok: true, fingerprint: by.fingerprint, where: where.label, dockerReference: named.dockerReference, algorithm };
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
