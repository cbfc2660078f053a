import { createHash } from 'node:crypto';
import type { Platform } from './platform.ts';

export const MEDIA_TYPES = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
} as const;

/** The Accept header for a manifest request: indexes first, so multi-arch tags answer with the index. */
export const MANIFEST_ACCEPT = [MEDIA_TYPES.ociIndex, MEDIA_TYPES.ociManifest, MEDIA_TYPES.dockerList, MEDIA_TYPES.dockerManifest].join(
  ', ',
);

/** True for a multi-platform index (OCI image index or Docker manifest list). */
export function isIndexMediaType(mediaType: string | undefined): boolean {
  const mt = (mediaType ?? '').split(';')[0].trim();
  return mt === MEDIA_TYPES.ociIndex || mt === MEDIA_TYPES.dockerList;
}

/** `algorithm:hex` of exactly these bytes. */
export function digestOf(bytes: Buffer, algorithm = 'sha256'): string {
  return `${algorithm}:${createHash(algorithm).update(bytes).digest('hex')}`;
}

/**
 * Checks a digest the registry claimed against the bytes it sent. Returns the
 * digest of the body (in the claimed digest's algorithm, sha256 otherwise) or
 * throws when they differ.
 */
export function verifyDigest(body: Buffer, claimed: string | undefined): string {
  const algorithm = claimed && /^sha(256|512):/.test(claimed) ? claimed.slice(0, claimed.indexOf(':')) : 'sha256';
  const actual = digestOf(body, algorithm);
  if (claimed !== undefined && claimed !== actual)
    throw new DigestMismatchError(`the registry said the manifest is ${claimed} but its bytes hash to ${actual}`);
  return actual;
}

export class DigestMismatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DigestMismatchError';
  }
}

export function formatPlatform(p: Platform): string {
  return `${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ''}`;
}

interface IndexEntry {
  digest?: unknown;
  mediaType?: unknown;
  platform?: { os?: unknown; architecture?: unknown; variant?: unknown };
}

/**
 * Picks the manifest for `want` from an index body. Without a requested
 * variant, an entry without a variant (or arm64's default v8) is preferred.
 * Throws with the platforms the index offers when none matches.
 */
export function selectPlatform(indexBody: Buffer, want: Platform): { digest: string; platform: string } {
  let doc: { manifests?: IndexEntry[] };
  try {
    doc = JSON.parse(indexBody.toString('utf8')) as typeof doc;
  } catch {
    throw new Error('the index is not valid JSON');
  }
  const entries = Array.isArray(doc?.manifests) ? doc.manifests : [];
  const offered = entries.filter(
    (e) => e.platform && typeof e.platform.os === 'string' && typeof e.platform.architecture === 'string' && typeof e.digest === 'string',
  );
  const matches = offered.filter(
    (e) =>
      e.platform!.os === want.os &&
      e.platform!.architecture === want.architecture &&
      (want.variant === undefined || e.platform!.variant === want.variant),
  );
  const pick =
    matches.find((e) => e.platform!.variant === undefined || e.platform!.variant === '') ??
    matches.find((e) => want.architecture === 'arm64' && e.platform!.variant === 'v8') ??
    matches[0];
  if (!pick) {
    const list = offered.map((e) =>
      formatPlatform({
        os: String(e.platform!.os),
        architecture: String(e.platform!.architecture),
        variant: e.platform!.variant ? String(e.platform!.variant) : undefined,
      }),
    );
    throw new PlatformNotFoundError(
      `platform ${formatPlatform(want)} is not in the index (it has ${list.length ? list.join(', ') : 'no platforms'})`,
    );
  }
  const p = pick.platform!;
  return {
    digest: String(pick.digest),
    platform: formatPlatform({
      os: String(p.os),
      architecture: String(p.architecture),
      variant: p.variant ? String(p.variant) : undefined,
    }),
  };
}

export class PlatformNotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlatformNotFoundError';
  }
}
