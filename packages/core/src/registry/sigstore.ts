// Sigstore bundles stored beside an image — GitHub artifact attestations
// pushed to the registry, cosign v3 bundles — verified with @sigstore/verify
// against a trusted root (what `gh attestation trusted-root` writes: one JSON
// root per line) and an identity policy: the signing certificate's issuer and
// subject alternative name (the workflow that built the image). The bundle's
// DSSE payload is an in-toto statement whose subject must be the pinned
// digest; its SLSA provenance names the commit the image was built from.
// Parsing and checking the bundle, the certificate chain, the transparency
// log and timestamps is the library's work; this module finds the bundles and
// reads the statement.

import { bundleFromJSON, isBundleWithDsseEnvelope, type SerializedBundle } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import type { RegistryClient } from './client.ts';
import { findReferrers, manifestLayers } from './referrers.ts';
import type { ImageReference } from './reference.ts';

/** The media type of a v0.3 Sigstore bundle: the referrer's artifact type and its layer's. */
export const SIGSTORE_BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';

/** Who must have signed: the OIDC issuer and the certificate's subject alternative name. */
export interface IdentityPolicy {
  /** e.g. `https://token.actions.githubusercontent.com`. */
  issuer: string;
  /** e.g. `https://github.com/acme/app/.github/workflows/build.yml@refs/heads/main`. */
  identity: string;
}

/** What the attestations of one digest came to. */
export type AttestationOutcome =
  { ok: true; identity: string; sourceCommit?: string; predicateType?: string } | { ok: false; expected: string; found: string[] };

/** Thrown for a trusted-root file that is not one (or more, one per line) Sigstore trusted root JSON. */
export class BadTrustedRootError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BadTrustedRootError';
  }
}

/** The trusted roots in a file's text: one JSON document, or JSON lines (`gh attestation trusted-root`). */
export function parseTrustedRoots(text: string): TrustedRoot[] {
  const trimmed = text.trim();
  const docs: unknown[] = [];
  try {
    docs.push(JSON.parse(trimmed));
  } catch {
    for (const [i, line] of trimmed.split(/\r?\n/).entries()) {
      if (line.trim() === '') continue;
      try {
        docs.push(JSON.parse(line));
      } catch {
        throw new BadTrustedRootError(`line ${i + 1} is not JSON`);
      }
    }
  }
  if (docs.length === 0) throw new BadTrustedRootError('it is empty');
  return docs.map((d, i) => {
    if (typeof d !== 'object' || d === null || !('certificateAuthorities' in d))
      throw new BadTrustedRootError(`root ${i + 1} has no certificateAuthorities`);
    try {
      return TrustedRoot.fromJSON(d);
    } catch (e) {
      throw new BadTrustedRootError(`root ${i + 1}: ${(e as Error).message}`);
    }
  });
}

/**
 * Verifies that `digest` in `ref`'s repository carries a Sigstore bundle
 * that one of `roots` verifies, signed by `policy`'s identity, whose in-toto
 * subject is `digest`. The bundles are the digest's referrers (API or
 * `sha256-<hex>` tag) of the bundle media type. A root that lists
 * transparency logs (or CT logs) requires an entry in one; a root without
 * them (GitHub's own instance) relies on its timestamp authorities.
 */
export async function verifyAttestation(
  client: RegistryClient,
  ref: ImageReference,
  digest: string,
  roots: readonly TrustedRoot[],
  policy: IdentityPolicy,
): Promise<AttestationOutcome> {
  const expected = `a Sigstore bundle signed by ${policy.identity} (issuer ${policy.issuer})`;
  const found: string[] = [];
  const referrers = await findReferrers(client, ref, digest, (t) => t === undefined || t.startsWith('application/vnd.dev.sigstore.bundle'));
  for (const r of referrers) {
    const m = await client.fetchManifest(ref, r.digest);
    if (!m) continue;
    for (const layer of manifestLayers(m.body)) {
      if (!layer.mediaType?.startsWith('application/vnd.dev.sigstore.bundle')) continue;
      const where = `referrer ${r.digest.slice(0, 19)}…`;
      const outcome = checkBundle(await client.fetchBlob(ref, layer.digest), digest, roots, policy);
      if ('problem' in outcome) found.push(`${outcome.problem} (${where})`);
      else return { ok: true, identity: policy.identity, ...outcome };
    }
  }
  if (found.length === 0) found.push(`no Sigstore bundle among the referrers of ${digest}`);
  return { ok: false, expected, found };
}

/** One bundle checked: the source commit and predicate type when it passes, what is wrong otherwise. */
function checkBundle(
  bytes: Buffer,
  digest: string,
  roots: readonly TrustedRoot[],
  policy: IdentityPolicy,
): { sourceCommit?: string; predicateType?: string } | { problem: string } {
  let bundle;
  try {
    bundle = bundleFromJSON(JSON.parse(bytes.toString('utf8')) as SerializedBundle);
  } catch (e) {
    return { problem: `a bundle that does not parse (${oneLine(e)})` };
  }
  if (!isBundleWithDsseEnvelope(bundle)) return { problem: 'a bundle signing a blob, not an in-toto statement' };
  const problems: string[] = [];
  let verified = false;
  for (const root of roots) {
    try {
      const verifier = new Verifier(toTrustMaterial(root), {
        tlogThreshold: root.tlogs.length > 0 ? 1 : 0,
        ctlogThreshold: root.ctlogs.length > 0 ? 1 : 0,
      });
      verifier.verify(toSignedEntity(bundle), { subjectAlternativeName: policy.identity, extensions: { issuer: policy.issuer } });
      verified = true;
      break;
    } catch (e) {
      problems.push(oneLine(e));
    }
  }
  if (!verified) return { problem: `a bundle that does not verify: ${[...new Set(problems)].join('; ')}` };
  // Only now, signed by the expected identity, is the statement worth reading.
  const statement = readStatement(bundle.content.dsseEnvelope.payload, bundle.content.dsseEnvelope.payloadType);
  if ('problem' in statement) return statement;
  const hex = digest.slice('sha256:'.length);
  if (!statement.subjects.includes(hex))
    return {
      problem: `an attestation by ${policy.identity} for ${statement.subjects.map((s) => `sha256:${s.slice(0, 12)}…`).join(', ') || 'no subject'}, not ${digest}`,
    };
  return { sourceCommit: statement.sourceCommit, predicateType: statement.predicateType };
}

/** The in-toto statement of a DSSE payload: its subjects' sha256 digests, predicate type and the SLSA source commit. */
function readStatement(
  payload: Buffer,
  payloadType: string,
): { subjects: string[]; predicateType?: string; sourceCommit?: string } | { problem: string } {
  if (payloadType !== 'application/vnd.in-toto+json')
    return { problem: `a DSSE payload of type ${payloadType.slice(0, 80)}, not an in-toto statement` };
  let doc: { subject?: unknown; predicateType?: unknown; predicate?: { buildDefinition?: { resolvedDependencies?: unknown } } };
  try {
    doc = JSON.parse(payload.toString('utf8')) as typeof doc;
  } catch {
    return { problem: 'an in-toto statement that is not JSON' };
  }
  const subjects: string[] = [];
  for (const s of Array.isArray(doc?.subject) ? (doc.subject as { digest?: { sha256?: unknown } }[]) : [])
    if (typeof s?.digest?.sha256 === 'string') subjects.push(s.digest.sha256.toLowerCase());
  let sourceCommit: string | undefined;
  const deps = doc?.predicate?.buildDefinition?.resolvedDependencies;
  for (const d of Array.isArray(deps) ? (deps as { digest?: { gitCommit?: unknown } }[]) : []) {
    const c = d?.digest?.gitCommit;
    if (typeof c === 'string' && /^[0-9a-f]{40,64}$/.test(c)) {
      sourceCommit = c;
      break;
    }
  }
  return { subjects, predicateType: typeof doc.predicateType === 'string' ? doc.predicateType : undefined, sourceCommit };
}

function oneLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').slice(0, 300);
}
