import { generateKeyPairSync, verify } from 'node:crypto';
import { signatureArtifact, signatureTag, signingKey, signPayload, simpleSigningPayload } from '../../src/registry/cosign-sign.ts';
import { digestOf } from '../../src/registry/manifest.ts';

const DIGEST = `sha256:${'ab'.repeat(32)}`;

test('the payload is cosign’s simple signing, byte for byte; the tag is sha256-<hex>.sig', () => {
  expect(simpleSigningPayload('ghcr.io/acme/charts/api', DIGEST).toString()).toBe(
    `{"critical":{"identity":{"docker-reference":"ghcr.io/acme/charts/api"},"image":{"docker-manifest-digest":"${DIGEST}"},"type":"cosign container image signature"},"optional":null}`,
  );
  expect(signatureTag(DIGEST)).toBe(`sha256-${'ab'.repeat(32)}.sig`);
});

test.each([
  ['ECDSA P-256', () => generateKeyPairSync('ec', { namedCurve: 'P-256' }), 'sha256'],
  ['RSA', () => generateKeyPairSync('rsa', { modulusLength: 2048 }), 'sha256'],
  ['Ed25519', () => generateKeyPairSync('ed25519'), null],
] as const)('%s: the signature verifies with the public key, and only over this payload', (_name, make, algorithm) => {
  const pair = make();
  const key = signingKey(pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
  const payload = simpleSigningPayload('r.example/charts/api', DIGEST);
  const sig = Buffer.from(signPayload(payload, key), 'base64');
  expect(verify(algorithm, payload, pair.publicKey, sig)).toBe(true);
  expect(verify(algorithm, simpleSigningPayload('r.example/charts/api', `sha256:${'cd'.repeat(32)}`), pair.publicKey, sig)).toBe(false);
});

test('keys cosign cannot verify, and text that is no key, are the input’s errors', () => {
  const p384 = generateKeyPairSync('ec', { namedCurve: 'P-384' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  expect(() => signingKey(p384)).toThrow("input 'signing-key' is a secp384r1 EC key; cosign verifies ECDSA P-256, RSA and Ed25519 keys");
  expect(() => signingKey('-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\nabc\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n')).toThrow(
    "input 'signing-key' is not an unencrypted PEM private key",
  );
});

test('the signature manifest keeps earlier signatures and lists every payload in the config', () => {
  const earlier = {
    mediaType: 'application/vnd.dev.cosign.simplesigning.v1+json',
    digest: `sha256:${'01'.repeat(32)}`,
    size: 10,
    annotations: { 'dev.cosignproject.cosign/signature': 'b2xk' },
  };
  const payload = simpleSigningPayload('r.example/charts/api', DIGEST);
  const a = signatureArtifact(payload, 'bmV3', [earlier]);
  const m = JSON.parse(a.manifest.toString());
  expect(m.layers).toEqual([
    earlier,
    {
      mediaType: 'application/vnd.dev.cosign.simplesigning.v1+json',
      size: payload.length,
      digest: digestOf(payload),
      annotations: { 'dev.cosignproject.cosign/signature': 'bmV3' },
    },
  ]);
  expect(m.config).toEqual({ mediaType: 'application/vnd.oci.image.config.v1+json', size: a.config.length, digest: digestOf(a.config) });
  expect(JSON.parse(a.config.toString()).rootfs).toEqual({ type: 'layers', diff_ids: [earlier.digest, digestOf(payload)] });
});
