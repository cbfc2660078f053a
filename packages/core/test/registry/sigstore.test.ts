import { buildArtifactManifest, buildReferrersIndex } from '../../../../action-tests/harness/cosign-content.ts';
import { buildImage, LocalRegistry } from '../../../../action-tests/harness/registry.ts';
import { testSigstore, type TestSigstore } from '../../../../action-tests/harness/sigstore-content.ts';
import { RegistryClient } from '../../src/registry/client.ts';
import { nodeTransport, type NodeTransport } from '../../src/http/transport.ts';
import { parseReference } from '../../src/registry/reference.ts';
import { parseTrustedRoots, SIGSTORE_BUNDLE_MEDIA_TYPE, verifyAttestation } from '../../src/registry/sigstore.ts';
import { DigestVerifier } from '../../src/registry/verify.ts';
import { UserError } from '../../src/errors.ts';

// Sigstore bundles made here with a test CA, log and trusted root (action-tests/harness/sigstore-content.ts),
// pushed to a real registry as GitHub's push-to-registry attestations are: a referrer of the image, found
// through the sha256-<hex> tag fallback (distribution 2.8 has no referrers API).

const WORKFLOW = 'https://github.com/acme/app/.github/workflows/build.yml@refs/heads/main';
const ISSUER = 'https://token.actions.githubusercontent.com';
const COMMIT = '0123456789abcdef0123456789abcdef01234567';

let reg: LocalRegistry;
let transport: NodeTransport;
let sigstore: TestSigstore;

beforeAll(async () => {
  [reg, sigstore] = await Promise.all([LocalRegistry.start(), testSigstore()]);
  transport = nodeTransport();
});
afterAll(async () => {
  transport?.close();
  await reg?.stop();
});

/** Pushes an image to `repo` and the bundles as its referrers (the fallback tag's index); returns the image digest. */
async function pushAttested(repo: string, bundles: (digest: string) => Promise<Buffer[]>): Promise<string> {
  const image = buildImage(repo);
  const digest = await reg.push(repo, '1.0.0', image);
  const subject = { digest, size: image.manifest.length, mediaType: image.mediaType };
  const artifacts = [];
  for (const [i, b] of (await bundles(digest)).entries()) {
    const m = buildArtifactManifest(b, SIGSTORE_BUNDLE_MEDIA_TYPE, subject);
    await reg.push(repo, `attestation-${i}`, m);
    artifacts.push({ content: m, artifactType: SIGSTORE_BUNDLE_MEDIA_TYPE });
  }
  await reg.push(repo, digest.replace(':', '-'), buildReferrersIndex(artifacts));
  return digest;
}

const verify = (repo: string, digest: string, identity = WORKFLOW, root = sigstore.trustedRoot) =>
  verifyAttestation(
    new RegistryClient({ transport }),
    parseReference(`${reg.host}/${repo}:1.0.0`),
    digest,
    parseTrustedRoots(JSON.stringify(root)),
    { issuer: ISSUER, identity },
  );

describe('verifyAttestation', () => {
  test('the right identity passes, with the provenance source commit', async () => {
    const digest = await pushAttested('acme/app', async (d) => [
      await sigstore.attest({ identity: WORKFLOW, subjectDigest: d, commit: COMMIT }),
    ]);
    expect(await verify('acme/app', digest)).toEqual({
      ok: true,
      identity: WORKFLOW,
      sourceCommit: COMMIT,
      predicateType: 'https://slsa.dev/provenance/v1',
    });
  });

  test('another workflow path of the same repository is refused', async () => {
    const other = 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main';
    const digest = await pushAttested('acme/path', async (d) => [await sigstore.attest({ identity: other, subjectDigest: d })]);
    const r = await verify('acme/path', digest);
    expect(r).toMatchObject({ ok: false, expected: `a Sigstore bundle signed by ${WORKFLOW} (issuer ${ISSUER})` });
    expect(r.ok === false && r.found).toEqual([expect.stringContaining(`certificate identity error - expected ${WORKFLOW}, got ${other}`)]);
  });

  test('the same workflow in another repository is refused', async () => {
    const fork = 'https://github.com/evil/app/.github/workflows/build.yml@refs/heads/main';
    const digest = await pushAttested('acme/fork', async (d) => [await sigstore.attest({ identity: fork, subjectDigest: d })]);
    const r = await verify('acme/fork', digest);
    expect(r.ok === false && r.found).toEqual([expect.stringContaining(`got ${fork}`)]);
  });

  test('another issuer is refused', async () => {
    const digest = await pushAttested('acme/issuer', async (d) => [
      await sigstore.attest({ identity: WORKFLOW, issuer: 'https://issuer.example', subjectDigest: d }),
    ]);
    const r = await verify('acme/issuer', digest);
    expect(r.ok === false && r.found).toEqual([expect.stringContaining(`expected issuer=${ISSUER}, got issuer=https://issuer.example`)]);
  });

  test('an attestation of another digest is refused, naming the digest it is for', async () => {
    const otherDigest = `sha256:${'cd'.repeat(32)}`;
    const digest = await pushAttested('acme/mismatch', async () => [
      await sigstore.attest({ identity: WORKFLOW, subjectDigest: otherDigest }),
    ]);
    const r = await verify('acme/mismatch', digest);
    expect(r.ok === false && r.found).toEqual([
      expect.stringMatching(
        new RegExp(`^an attestation by ${WORKFLOW.replace(/[.]/g, '\\.')} for sha256:cdcdcdcdcdcd…, not ${digest} \\(referrer sha256:`),
      ),
    ]);
  });

  test('a bundle from a CA the trusted root does not name is refused', async () => {
    const stranger = await testSigstore();
    const digest = await pushAttested('acme/stranger', async (d) => [await stranger.attest({ identity: WORKFLOW, subjectDigest: d })]);
    const r = await verify('acme/stranger', digest);
    expect(r.ok).toBe(false);
    expect(r.ok === false && r.found[0]).toMatch(/^a bundle that does not verify: /);
  });

  test('an image without attestations: no bundle found', async () => {
    const image = buildImage('bare');
    const digest = await reg.push('acme/bare', '1.0.0', image);
    expect(await verify('acme/bare', digest)).toEqual({
      ok: false,
      expected: `a Sigstore bundle signed by ${WORKFLOW} (issuer ${ISSUER})`,
      found: [`no Sigstore bundle among the referrers of ${digest}`],
    });
  });

  test('DigestVerifier refuses naming the image, the digest and the identity; records the commit when it passes', async () => {
    const digest = await pushAttested('acme/policy', async (d) => [
      await sigstore.attest({ identity: WORKFLOW, subjectDigest: d, commit: COMMIT }),
    ]);
    const root = JSON.stringify(sigstore.trustedRoot);
    const verifier = new DigestVerifier(new RegistryClient({ transport }), () => `${root}\n`);
    const ref = parseReference(`${reg.host}/acme/policy:1.0.0`);
    expect(
      await verifier.verify('app', ref, digest, { attestation: { trustedRoot: 'root.jsonl', issuer: ISSUER, identity: WORKFLOW } }),
    ).toEqual({
      by: [`attestation by ${WORKFLOW}`],
      sourceCommit: COMMIT,
    });
    const wrong = 'https://github.com/acme/app/.github/workflows/other.yml@refs/heads/main';
    const err = await verifier
      .verify('app', ref, digest, { attestation: { trustedRoot: 'root.jsonl', issuer: ISSUER, identity: wrong } })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toMatch(
      new RegExp(
        `^app: ${reg.host.replace(/[.]/g, '\\.')}/acme/policy@${digest} has no valid attestation: expected a Sigstore bundle signed by ${wrong.replace(/[.]/g, '\\.')} \\(issuer ${ISSUER.replace(/[.]/g, '\\.')}\\); found a bundle that does not verify: certificate identity error`,
      ),
    );
  });
});
