import { ed25519ph } from '@noble/curves/ed25519.js';
import { type KeyObject, sign } from 'node:crypto';
import { type ImageContent, MT, sha256 } from './oci-content.ts';

/**
 * cosign's signature artifacts built in memory for tests (no cosign binary):
 * a simple-signing payload for a digest, signed with node:crypto, stored as
 * an OCI manifest whose one layer is the payload and whose annotation
 * dev.cosignproject.cosign/signature holds the base64 signature — what
 * `cosign sign --key` pushes to `sha256-<hex>.sig`. Written from cosign's
 * documented formats; only the tests use it.
 */

/** The simple-signing payload cosign signs for `digest` of `reference` (registry/repository). */
export function simpleSigningPayload(reference: string, digest: string): Buffer {
  return Buffer.from(
    JSON.stringify({
      critical: {
        identity: { 'docker-reference': reference },
        image: { 'docker-manifest-digest': digest },
        type: 'cosign container image signature',
      },
      optional: null,
    }),
  );
}

/** `payload` signed by `key` as cosign does: SHA-256 ECDSA/RSA, Ed25519 over the message itself. */
export function cosignSign(payload: Buffer, key: KeyObject): string {
  return sign(key.asymmetricKeyType === 'ed25519' ? null : 'sha256', payload, key).toString('base64');
}

/**
 * `payload` signed as cosign 2.6+ signs with an Ed25519 key when it uploads to
 * Rekor (its default): Ed25519ph, RFC 8032's pre-hashed variant (SHA-512 of
 * the payload, empty context). Node has no Ed25519ph; @noble/curves signs it.
 */
export function cosignSignEd25519ph(payload: Buffer, key: KeyObject): string {
  const seed = Buffer.from(key.export({ format: 'jwk' }).d ?? '', 'base64url');
  return Buffer.from(ed25519ph.sign(payload, seed)).toString('base64');
}

/** A signature manifest: an empty config, the payload as its layer, the signature in the layer's annotation. */
export function buildSignatureManifest(
  payload: Buffer,
  signature: string,
  opts: { artifactType?: string; subject?: { digest: string; size: number; mediaType: string } } = {},
): ImageContent {
  const config = Buffer.from('{}');
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MT.ociManifest,
      ...(opts.artifactType ? { artifactType: opts.artifactType } : {}),
      config: { mediaType: MT.ociConfig, digest: sha256(config), size: config.length },
      layers: [
        {
          mediaType: 'application/vnd.dev.cosign.simplesigning.v1+json',
          digest: sha256(payload),
          size: payload.length,
          annotations: { 'dev.cosignproject.cosign/signature': signature },
        },
      ],
      ...(opts.subject ? { subject: opts.subject } : {}),
    }),
  );
  return {
    kind: 'manifest',
    mediaType: MT.ociManifest,
    blobs: [
      { digest: sha256(config), bytes: config },
      { digest: sha256(payload), bytes: payload },
    ],
    manifest,
    digest: sha256(manifest),
    platform: { os: 'linux', architecture: 'amd64' },
  };
}

/** An artifact manifest holding one blob as its layer (a Sigstore bundle), referring to `subject`. */
export function buildArtifactManifest(
  bytes: Buffer,
  mediaType: string,
  subject: { digest: string; size: number; mediaType: string },
): ImageContent {
  const config = Buffer.from('{}');
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MT.ociManifest,
      artifactType: mediaType,
      config: { mediaType: 'application/vnd.oci.empty.v1+json', digest: sha256(config), size: config.length },
      layers: [{ mediaType, digest: sha256(bytes), size: bytes.length }],
      subject,
    }),
  );
  return {
    kind: 'manifest',
    mediaType: MT.ociManifest,
    blobs: [
      { digest: sha256(config), bytes: config },
      { digest: sha256(bytes), bytes },
    ],
    manifest,
    digest: sha256(manifest),
    platform: { os: 'linux', architecture: 'amd64' },
  };
}

/** The OCI referrers index (what the API answers, and what the `sha256-<hex>` fallback tag holds) over `referrers`. */
export function buildReferrersIndex(referrers: { content: ImageContent; artifactType: string }[]): ImageContent {
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MT.ociIndex,
      manifests: referrers.map((r) => ({
        mediaType: MT.ociManifest,
        digest: r.content.digest,
        size: r.content.manifest.length,
        artifactType: r.artifactType,
      })),
    }),
  );
  return {
    kind: 'manifest',
    mediaType: MT.ociIndex,
    blobs: [],
    manifest,
    digest: sha256(manifest),
    platform: { os: 'linux', architecture: 'amd64' },
  };
}
