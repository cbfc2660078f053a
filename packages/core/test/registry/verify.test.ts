import { createHash, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import {
  buildReferrersIndex,
  buildSignatureManifest,
  cosignSign,
  cosignSignEd25519ph,
  simpleSigningPayload,
} from '../../../../action-tests/harness/cosign-content.ts';
import { buildImage, buildIndex, LocalRegistry } from '../../../../action-tests/harness/registry.ts';
import { RegistryClient } from '../../src/registry/client.ts';
import { trustedKey, verifyCosignSignature } from '../../src/registry/cosign.ts';
import { nodeTransport, type NodeTransport, type Transport } from '../../src/http/transport.ts';
import { parseReference } from '../../src/registry/reference.ts';
import { DigestVerifier } from '../../src/registry/verify.ts';
import { UserError } from '../../src/errors.ts';

// cosign key signatures against a real registry (distribution 2.8: no referrers API, so the `.sig` tag
// and the `sha256-<hex>` fallback are what it exercises); the referrers API itself through a transport
// that answers /referrers/ in front of the same registry.

let reg: LocalRegistry;
let transport: NodeTransport;
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const other = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const ed = generateKeyPairSync('ed25519');
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pem = (k: KeyObject) => k.export({ type: 'spki', format: 'pem' }).toString();

beforeAll(async () => {
  reg = await LocalRegistry.start();
  transport = nodeTransport();
});
afterAll(async () => {
  transport?.close();
  await reg?.stop();
});

const client = (t: Transport = transport) => new RegistryClient({ transport: t });

/** Pushes an image and, unless `sign` is false, a `.sig` for `signedDigest` (default: its own) made with `key`. */
async function pushSigned(
  repo: string,
  seed: string,
  key: KeyObject | undefined,
  signedDigest?: string,
  signWith: (payload: Buffer, key: KeyObject) => string = cosignSign,
): Promise<string> {
  const image = buildImage(seed);
  const digest = await reg.push(repo, '1.0.0', image);
  if (key) {
    const payload = simpleSigningPayload(`${reg.host}/${repo}`, signedDigest ?? digest);
    await reg.push(repo, `${digest.replace(':', '-')}.sig`, buildSignatureManifest(payload, signWith(payload, key)));
  }
  return digest;
}

describe('verifyCosignSignature against the local registry', () => {
  test('signed, unsigned, wrong-key and signature-for-another-digest: only the first passes', async () => {
    const signed = await pushSigned('acme/signed', 'signed', ec.privateKey);
    const unsigned = await pushSigned('acme/unsigned', 'unsigned', undefined);
    const wrongKey = await pushSigned('acme/wrongkey', 'wrongkey', other.privateKey);
    const elsewhere = await pushSigned('acme/elsewhere', 'elsewhere', ec.privateKey, `sha256:${'ab'.repeat(32)}`);
    const fp = trustedKey(pem(ec.publicKey)).fingerprint;
    const at = (repo: string) => parseReference(`${reg.host}/${repo}:1.0.0`);

    expect(await verifyCosignSignature(client(), at('acme/signed'), signed, [pem(ec.publicKey)])).toEqual({
      ok: true,
      fingerprint: fp,
      where: `tag ${signed.replace(':', '-')}.sig`,
      dockerReference: `${reg.host}/acme/signed`,
      algorithm: 'ECDSA P-256 with SHA-256',
    });
    expect(await verifyCosignSignature(client(), at('acme/unsigned'), unsigned, [pem(ec.publicKey)])).toEqual({
      ok: false,
      expected: [fp],
      found: [`no signature (looked at the tag ${unsigned.replace(':', '-')}.sig and the referrers of ${unsigned})`],
    });
    expect(await verifyCosignSignature(client(), at('acme/wrongkey'), wrongKey, [pem(ec.publicKey)])).toEqual({
      ok: false,
      expected: [fp],
      found: [`a signature no key verifies as ECDSA P-256 with SHA-256 (tag ${wrongKey.replace(':', '-')}.sig)`],
    });
    expect(await verifyCosignSignature(client(), at('acme/elsewhere'), elsewhere, [pem(ec.publicKey)])).toEqual({
      ok: false,
      expected: [fp],
      found: [`a signature by ${fp} for sha256:${'ab'.repeat(32)}, another digest (tag ${elsewhere.replace(':', '-')}.sig)`],
    });
  });

  test('Ed25519 and RSA keys verify; one of several keys is enough', async () => {
    const byEd = await pushSigned('acme/ed', 'ed', ed.privateKey);
    const byRsa = await pushSigned('acme/rsa', 'rsa', rsa.privateKey);
    const keys = [pem(ec.publicKey), pem(ed.publicKey), pem(rsa.publicKey)];
    expect((await verifyCosignSignature(client(), parseReference(`${reg.host}/acme/ed:1.0.0`), byEd, keys)).ok).toBe(true);
    expect((await verifyCosignSignature(client(), parseReference(`${reg.host}/acme/rsa:1.0.0`), byRsa, keys)).ok).toBe(true);
    expect((await verifyCosignSignature(client(), parseReference(`${reg.host}/acme/rsa:1.0.0`), byRsa, [pem(ed.publicKey)])).ok).toBe(
      false,
    );
  });

  test('an Ed25519 key verifies pure Ed25519 and Ed25519ph (cosign 2.6+ with Rekor) signatures; another Ed25519 key does neither', async () => {
    const pure = await pushSigned('acme/ed-pure', 'ed-pure', ed.privateKey);
    const ph = await pushSigned('acme/ed-ph', 'ed-ph', ed.privateKey, undefined, cosignSignEd25519ph);
    const otherEd = generateKeyPairSync('ed25519');
    const at = (repo: string) => parseReference(`${reg.host}/${repo}:1.0.0`);
    expect(await verifyCosignSignature(client(), at('acme/ed-pure'), pure, [pem(ed.publicKey)])).toMatchObject({
      ok: true,
      algorithm: 'Ed25519',
    });
    expect(await verifyCosignSignature(client(), at('acme/ed-ph'), ph, [pem(ed.publicKey)])).toMatchObject({
      ok: true,
      algorithm: 'Ed25519ph',
    });
    expect(await verifyCosignSignature(client(), at('acme/ed-ph'), ph, [pem(otherEd.publicKey)])).toMatchObject({
      ok: false,
      found: [`a signature no key verifies as Ed25519 or Ed25519ph (tag ${ph.replace(':', '-')}.sig)`],
    });
    // An Ed25519ph signature is no ECDSA or RSA signature: those keys refuse it, naming what they check.
    expect(await verifyCosignSignature(client(), at('acme/ed-ph'), ph, [pem(ec.publicKey), pem(rsa.publicKey)])).toMatchObject({
      ok: false,
      found: [`a signature no key verifies as ECDSA P-256 with SHA-256; RSA PKCS #1 v1.5 with SHA-256 (tag ${ph.replace(':', '-')}.sig)`],
    });
  });

  test('a multi-arch index is verified at the index digest; a signature of one platform does not vouch for it', async () => {
    const index = buildIndex('multi');
    const digest = await reg.push('acme/multi', '2.0.0', index);
    const child = index.children[0].digest;
    const payload = simpleSigningPayload(`${reg.host}/acme/multi`, child);
    await reg.push('acme/multi', `${child.replace(':', '-')}.sig`, buildSignatureManifest(payload, cosignSign(payload, ec.privateKey)));
    const ref = parseReference(`${reg.host}/acme/multi:2.0.0`);
    expect((await verifyCosignSignature(client(), ref, digest, [pem(ec.publicKey)])).ok).toBe(false);
    const own = simpleSigningPayload(`${reg.host}/acme/multi`, digest);
    await reg.push('acme/multi', `${digest.replace(':', '-')}.sig`, buildSignatureManifest(own, cosignSign(own, ec.privateKey)));
    expect((await verifyCosignSignature(client(), ref, digest, [pem(ec.publicKey)])).ok).toBe(true);
  });

  test('a signature stored as a referrer is found through the sha256-<hex> tag fallback', async () => {
    const image = buildImage('fallback');
    const digest = await reg.push('acme/fallback', '1.0.0', image);
    const payload = simpleSigningPayload(`${reg.host}/acme/fallback`, digest);
    const sig = buildSignatureManifest(payload, cosignSign(payload, ec.privateKey), {
      artifactType: 'application/vnd.dev.cosign.artifact.sig.v1+json',
      subject: { digest, size: image.manifest.length, mediaType: image.mediaType },
    });
    await reg.push('acme/fallback', 'sig', sig);
    await reg.push(
      'acme/fallback',
      digest.replace(':', '-'),
      buildReferrersIndex([{ content: sig, artifactType: 'application/vnd.dev.cosign.artifact.sig.v1+json' }]),
    );
    expect(
      await verifyCosignSignature(client(), parseReference(`${reg.host}/acme/fallback:1.0.0`), digest, [pem(ec.publicKey)]),
    ).toMatchObject({
      ok: true,
      where: `referrer ${sig.digest.slice(0, 19)}…`,
    });
  });

  test('the referrers API is asked first (a registry that has it answers the index itself)', async () => {
    const image = buildImage('api');
    const digest = await reg.push('acme/api', '1.0.0', image);
    const payload = simpleSigningPayload(`${reg.host}/acme/api`, digest);
    const sig = buildSignatureManifest(payload, cosignSign(payload, ec.privateKey), {
      artifactType: 'application/vnd.dev.cosign.artifact.sig.v1+json',
    });
    await reg.push('acme/api', 'sig', sig);
    const index = buildReferrersIndex([{ content: sig, artifactType: 'application/vnd.dev.cosign.artifact.sig.v1+json' }]);
    const asked: string[] = [];
    // distribution 2.8 has no /referrers/: this transport answers it as a registry with the API would.
    const withReferrers: Transport = async (req) => {
      asked.push(new URL(req.url).pathname);
      if (new URL(req.url).pathname === `/v2/acme/api/referrers/${digest}`)
        return { status: 200, headers: { 'content-type': 'application/vnd.oci.image.index.v1+json' }, body: index.manifest };
      return transport(req);
    };
    expect(
      await verifyCosignSignature(client(withReferrers), parseReference(`${reg.host}/acme/api:1.0.0`), digest, [pem(ec.publicKey)]),
    ).toMatchObject({ ok: true });
    expect(asked).toContain(`/v2/acme/api/referrers/${digest}`);
    expect(asked).not.toContain(`/v2/acme/api/manifests/${digest.replace(':', '-')}`);
  });
  test('at most 32 signature layers of one manifest are read; a signature past them does not count, and the refusal says so', async () => {
    const image = buildImage('many-layers');
    const digest = await reg.push('acme/many', '1.0.0', image);
    // 40 layers: 39 signatures by another key over distinct payloads, then the right key's signature last.
    const layers = Array.from({ length: 40 }, (_, i) => {
      const payload = simpleSigningPayload(`${reg.host}/acme/many-${i}`, digest);
      return { payload, signature: cosignSign(payload, i === 39 ? ec.privateKey : other.privateKey) };
    });
    const config = Buffer.from('{}');
    const sha = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;
    const manifest = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: sha(config), size: 2 },
        layers: layers.map((l) => ({
          mediaType: 'application/vnd.dev.cosign.simplesigning.v1+json',
          digest: sha(l.payload),
          size: l.payload.length,
          annotations: { 'dev.cosignproject.cosign/signature': l.signature },
        })),
      }),
    );
    const tag = `${digest.replace(':', '-')}.sig`;
    await reg.push('acme/many', tag, {
      kind: 'manifest',
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      blobs: [{ digest: sha(config), bytes: config }, ...layers.map((l) => ({ digest: sha(l.payload), bytes: l.payload }))],
      manifest,
      digest: sha(manifest),
      platform: { os: '', architecture: '' },
    });
    const blobReads: string[] = [];
    const counting: Transport = async (req) => {
      if (new URL(req.url).pathname.includes('/blobs/')) blobReads.push(req.url);
      return transport(req);
    };
    const r = await verifyCosignSignature(client(counting), parseReference(`${reg.host}/acme/many:1.0.0`), digest, [pem(ec.publicKey)]);
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.found[0]).toBe(`40 signature layers, of which only the first 32 were read (tag ${tag})`);
    expect(blobReads).toHaveLength(32);
  });
});

describe('DigestVerifier refusals', () => {
  test('name the image, the digest, the expected key (and its file) and what was found', async () => {
    const digest = await pushSigned('acme/refused', 'refused', other.privateKey);
    const verifier = new DigestVerifier(client(), (path) => (path === 'keys/cosign.pub' ? pem(ec.publicKey) : ''), '.github/lockstep.yml');
    const fp = trustedKey(pem(ec.publicKey)).fingerprint;
    const err = await verifier
      .verify('api', parseReference(`${reg.host}/acme/refused:1.0.0`), digest, { keys: ['keys/cosign.pub'] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toBe(
      `api: ${reg.host}/acme/refused@${digest} is not signed as required: expected a cosign signature by ${fp} (keys/cosign.pub); found a signature no key verifies as ECDSA P-256 with SHA-256 (tag ${digest.replace(':', '-')}.sig)`,
    );
  });

  test('RFC 8032 test vector Ed25519ph "TEST abc": its signature over "abc" verifies, a changed message does not', async () => {
    // RFC 8032 §7.3: public key ec172b93…, message 616263 (abc), signature 98a70222…; an independent oracle for Ed25519ph.
    const spki = Buffer.concat([
      Buffer.from('302a300506032b6570032100', 'hex'),
      Buffer.from('ec172b93ad5e563bf4932c70e1245034c35467ef2efd4d64ebf819683467e2bf', 'hex'),
    ]);
    const key = createPublicKey({ key: spki, format: 'der', type: 'spki' });
    const signature = Buffer.from(
      '98a70222f0b8121aa9d30f813d683f809e462b469c7ff87639499bb94e6dae4131f85042463c2a355a2003d062adf5aaa10b8c61e636062aaad11c2a26083406',
      'hex',
    ).toString('base64');
    const digest = await reg.push('acme/rfc8032', '1.0.0', buildImage('rfc8032'));
    // The vector signs "abc", not a simple-signing payload: it verifies, and is then refused for what it says.
    await reg.push('acme/rfc8032', `${digest.replace(':', '-')}.sig`, buildSignatureManifest(Buffer.from('abc'), signature));
    const r = await verifyCosignSignature(client(), parseReference(`${reg.host}/acme/rfc8032:1.0.0`), digest, [key]);
    expect(r).toMatchObject({ ok: false, found: [expect.stringMatching(/^a signed payload that is not JSON, signed by SHA256:/)] });
    await reg.push('acme/rfc8032', `${digest.replace(':', '-')}.sig`, buildSignatureManifest(Buffer.from('abd'), signature));
    expect(await verifyCosignSignature(client(), parseReference(`${reg.host}/acme/rfc8032:1.0.0`), digest, [key])).toMatchObject({
      ok: false,
      found: [`a signature no key verifies as Ed25519 or Ed25519ph (tag ${digest.replace(':', '-')}.sig)`],
    });
  });

  test.each([
    ['PRIVATE KEY', () => generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()],
    [
      'EC PRIVATE KEY',
      () => generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'sec1', format: 'pem' }).toString(),
    ],
    // A public key first and a private key after it: the private key is refused all the same.
    ['RSA PRIVATE KEY', () => pem(ec.publicKey) + rsa.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()],
  ])('a %s PEM under verify.keys is refused by its label, saying why', async (label, text) => {
    const verifier = new DigestVerifier(client(), () => text(), '.github/lockstep.yml');
    const err = await verifier
      .verify('api', parseReference(`${reg.host}/acme/refused:1.0.0`), `sha256:${'0'.repeat(64)}`, { keys: ['.github/cosign.key'] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toBe(
      `verify.keys: .github/cosign.key is a private key (-----BEGIN ${label}-----), not a public key: whoever reads the repository can sign with it, so it is refused`,
    );
    expect((err as UserError).hint).toMatch(/^remove it from the repository, treat the key as leaked/);
  });

  test.each([
    [
      'a 1024-bit RSA key',
      () => generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey,
      'a 1024-bit RSA key; RSA keys need at least 2048 bits',
    ],
    [
      'an RSA-PSS key',
      () => generateKeyPairSync('rsa-pss', { modulusLength: 2048 }).publicKey,
      'an RSA-PSS key (RSASSA-PSS SubjectPublicKeyInfo); cosign reads RSA keys as rsaEncryption and verifies PKCS #1 v1.5',
    ],
    [
      'an Ed448 key',
      () => generateKeyPairSync('ed448').publicKey,
      'a key of type ed448; lockstep verifies ECDSA (P-256, P-384, P-521), Ed25519 and RSA keys',
    ],
    [
      'a secp256k1 key',
      () => generateKeyPairSync('ec', { namedCurve: 'secp256k1' }).publicKey,
      'an EC key on secp256k1; cosign keys are ECDSA P-256 (P-384 and P-521 are read too)',
    ],
  ])('%s is refused naming its algorithm', async (_name, key, message) => {
    const verifier = new DigestVerifier(client(), () => pem(key()), '.github/lockstep.yml');
    const err = await verifier
      .verify('api', parseReference(`${reg.host}/acme/refused:1.0.0`), `sha256:${'0'.repeat(64)}`, { keys: ['k.pub'] })
      .catch((e: unknown) => e);
    expect((err as UserError).message).toBe(`verify.keys: k.pub is ${message}`);
  });

  test('a key that is not a public key is refused naming the config key', async () => {
    const verifier = new DigestVerifier(client(), () => 'not a key', '.github/lockstep.yml');
    const err = await verifier
      .verify('api', parseReference(`${reg.host}/acme/refused:1.0.0`), `sha256:${'0'.repeat(64)}`, { keys: ['cosign.pub'] })
      .catch((e: unknown) => e);
    expect((err as UserError).message).toMatch(/^verify\.keys: cosign\.pub is not a PEM public key/);
    expect((err as UserError).file).toBe('.github/lockstep.yml');
  });
});
