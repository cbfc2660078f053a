// Verify before writing a digest: the policy a service's `verify:` config
// gives (cosign public keys, a Sigstore attestation identity, or both), and
// the check of one pinned digest against it. Loaded only when a `verify:`
// is configured (through loadVerifier), so captures and promotions that do
// not verify never load node:crypto's verifiers or @sigstore.

import { readFileSync, statSync } from 'node:fs';
import { UserError } from '../errors.ts';
import { resolveInside } from '../fs/workspace.ts';
import type { RegistryClient } from './client.ts';
import { BadKeyError, trustedKey, type TrustedKey, verifyCosignSignature } from './cosign.ts';
import type { ImageReference } from './reference.ts';
import type { TrustedRoot } from '@sigstore/protobuf-specs';

/** A `verify:` block: what must vouch for a digest before it is written. Every method given must pass. */
export interface VerifyPolicy {
  /** cosign public keys: PEM text, or a workspace-relative path of a PEM file. One of them must have signed. */
  keys?: string[];
  /** A Sigstore bundle (a GitHub artifact attestation, a cosign v3 bundle) verified against a trusted root, by this identity. */
  attestation?: { trustedRoot: string; issuer: string; identity: string };
}

/** What vouched for a digest: for the summary, the digests file and the promotion's pull request. */
export interface Verification {
  /** e.g. `cosign key SHA256:… (tag sha256-….sig)` or `attestation by https://github.com/…`. */
  by: string[];
  /** The commit the attestation's provenance names, when one did. */
  sourceCommit?: string;
}

/** Where a policy's files are read: a workspace-relative path to its text (throws UserError when missing). */
export type ReadPolicyFile = (path: string, what: string) => string;

/**
 * Checks digests against policies, loading each key and trusted root once.
 * A refusal is a UserError naming the image, the digest, what was expected
 * (key fingerprints or the identity) and what was found.
 */
export class DigestVerifier {
  private readonly keys = new Map<string, TrustedKey>();
  private readonly roots = new Map<string, TrustedRoot[]>();
  private readonly client: RegistryClient;
  private readonly read: ReadPolicyFile;
  /** The config file the policy came from, for errors about its keys and roots. */
  private readonly configFile?: string;
  constructor(client: RegistryClient, read: ReadPolicyFile, configFile?: string) {
    this.client = client;
    this.read = read;
    this.configFile = configFile;
  }

  /** Verifies `digest` of `ref` (the repository; its tag is ignored) for the service `name`; throws UserError when refused. */
  async verify(name: string, ref: ImageReference, digest: string, policy: VerifyPolicy): Promise<Verification> {
    const at = `${name}: ${ref.name}@${digest}`;
    const out: Verification = { by: [] };
    if (policy.keys && policy.keys.length > 0) {
      const keys = policy.keys.map((k) => this.key(k));
      const r = await verifyCosignSignature(this.client, ref, digest, keys);
      if (!r.ok)
        throw new UserError(
          `${at} is not signed as required: expected a cosign signature by ${describeKeys(policy.keys, r.expected)}; found ${r.found.join('; ')}`,
          {
            hint: 'sign this digest with `cosign sign --key …` (the signature goes to the same repository), or fix verify.keys in the config; nothing was written',
          },
        );
      out.by.push(`cosign key ${r.fingerprint}${r.algorithm === 'Ed25519ph' ? ', Ed25519ph' : ''} (${r.where})`);
    }
    if (policy.attestation) {
      const { verifyAttestation } = await import('./sigstore.ts');
      const a = policy.attestation;
      const r = await verifyAttestation(this.client, ref, digest, await this.root(a.trustedRoot), {
        issuer: a.issuer,
        identity: a.identity,
      });
      if (!r.ok)
        throw new UserError(`${at} has no valid attestation: expected ${r.expected}; found ${r.found.join('; ')}`, {
          hint: 'attest this digest (actions/attest-build-provenance with push-to-registry: true) from the workflow verify.attestation.identity names, or fix that identity; nothing was written',
        });
      out.by.push(`attestation by ${r.identity}`);
      if (r.sourceCommit) out.sourceCommit = r.sourceCommit;
    }
    return out;
  }

  /** A key given as PEM text or a file path, parsed once. */
  private key(spec: string): TrustedKey {
    let k = this.keys.get(spec);
    if (!k) {
      const pem = isPem(spec) ? spec : this.read(spec, 'verify.keys');
      try {
        k = trustedKey(pem);
      } catch (e) {
        if (!(e instanceof BadKeyError)) throw e;
        throw new UserError(`verify.keys: ${isPem(spec) ? 'a key' : spec} is ${e.message}`, {
          file: this.configFile,
          hint: /private key/.test(e.message)
            ? 'remove it from the repository, treat the key as leaked (make a new pair, re-sign), and list the public key (cosign.pub: -----BEGIN PUBLIC KEY-----)'
            : 'give the cosign public key (cosign.pub: -----BEGIN PUBLIC KEY-----), as text or a file path',
        });
      }
      this.keys.set(spec, k);
    }
    return k;
  }

  /** A trusted-root file, parsed once. */
  private async root(path: string): Promise<TrustedRoot[]> {
    let roots = this.roots.get(path);
    if (!roots) {
      const { parseTrustedRoots, BadTrustedRootError } = await import('./sigstore.ts');
      const text = this.read(path, 'verify.attestation.trusted-root');
      try {
        roots = parseTrustedRoots(text);
      } catch (e) {
        if (!(e instanceof BadTrustedRootError)) throw e;
        throw new UserError(`verify.attestation.trusted-root: ${path} is not a Sigstore trusted root: ${e.message}`, {
          file: this.configFile,
          hint: 'write it with `gh attestation trusted-root > <file>`',
        });
      }
      this.roots.set(path, roots);
    }
    return roots;
  }
}

/** Reads a policy's key and trusted-root files inside `root` (the folder the config is read in). */
export function policyFiles(root: string, configFile?: string): ReadPolicyFile {
  return (path, what) => {
    const abs = resolveInside(root, path, what);
    const stat = statSync(abs, { throwIfNoEntry: false });
    if (!stat)
      throw new UserError(`${what}: ${path} does not exist`, {
        file: configFile,
        hint: 'paths in verify: are relative to the folder the config is read in (the repository root)',
      });
    if (!stat.isFile())
      throw new UserError(
        `${what}: ${path} is ${stat.isDirectory() ? 'a folder' : 'not a regular file'}, not a ${what === 'verify.keys' ? 'key' : 'trusted-root'} file`,
        {
          file: configFile,
          hint:
            what === 'verify.keys'
              ? 'name the public key file itself, e.g. .github/cosign.pub'
              : 'name the file `gh attestation trusted-root` wrote',
        },
      );
    return readFileSync(abs, 'utf8');
  };
}

function isPem(spec: string): boolean {
  return spec.trimStart().startsWith('-----BEGIN');
}

/** The expected keys for a message: each fingerprint, with the file it came from. */
function describeKeys(specs: readonly string[], fingerprints: readonly string[]): string {
  const each = fingerprints.map((f, i) => (isPem(specs[i]) ? f : `${f} (${specs[i]})`));
  return each.length === 1 ? each[0] : `one of ${each.join(', ')}`;
}
