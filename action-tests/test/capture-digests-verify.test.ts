import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildArtifactManifest,
  buildReferrersIndex,
  buildSignatureManifest,
  cosignSign,
  cosignSignEd25519ph,
  simpleSigningPayload,
} from '../harness/cosign-content.ts';
import { buildImage, buildIndex, LocalRegistry, type PushContent } from '../harness/registry.ts';
import { type ActionRun, runAction } from '../harness/run-action.ts';
import { testSigstore, type TestSigstore } from '../harness/sigstore-content.ts';

// capture-digests with verify: in the config, end to end through the committed bundle against the local
// registry: cosign key signatures (the .sig tag) and Sigstore attestations (referrers through the
// sha256-<hex> fallback tag), made here with node:crypto and a test CA. A refused digest writes nothing.

const key = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const wrong = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const pem = (k: KeyObject) => k.export({ type: 'spki', format: 'pem' }).toString();
const WORKFLOW = 'https://github.com/acme/app/.github/workflows/build.yml@refs/heads/main';
const COMMIT = 'fedcba9876543210fedcba9876543210fedcba98';
let reg: LocalRegistry;
let sigstore: TestSigstore;
const digests: Record<string, string> = {};
const workspaces: string[] = [];

/** Pushes `repo:1.0.0` and a `.sig` for `signed` (default its own digest) by `by`, unless `by` is undefined. */
async function push(repo: string, by: KeyObject | undefined, signed?: string, content: PushContent = buildImage(repo)): Promise<void> {
  const digest = await reg.push(repo, '1.0.0', content);
  digests[repo] = digest;
  if (!by) return;
  const payload = simpleSigningPayload(`${reg.host}/${repo}`, signed ?? digest);
  await reg.push(repo, `${digest.replace(':', '-')}.sig`, buildSignatureManifest(payload, cosignSign(payload, by)));
}

beforeAll(async () => {
  [reg, sigstore] = await Promise.all([LocalRegistry.start(), testSigstore()]);
  await push('acme/signed', key.privateKey);
  await push('acme/unsigned', undefined);
  await push('acme/wrongkey', wrong.privateKey);
  await push('acme/elsewhere', key.privateKey, `sha256:${'ab'.repeat(32)}`);
  await push('acme/multi', key.privateKey, undefined, buildIndex('multi'));
  const image = buildImage('attested');
  const digest = await reg.push('acme/attested', '1.0.0', image);
  digests['acme/attested'] = digest;
  const bundle = buildArtifactManifest(
    await sigstore.attest({ identity: WORKFLOW, subjectDigest: digest, commit: COMMIT }),
    'application/vnd.dev.sigstore.bundle.v0.3+json',
    {
      digest,
      size: image.manifest.length,
      mediaType: image.mediaType,
    },
  );
  await reg.push('acme/attested', 'attestation', bundle);
  await reg.push(
    'acme/attested',
    digest.replace(':', '-'),
    buildReferrersIndex([{ content: bundle, artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json' }]),
  );
}, 60000);

afterAll(async () => {
  await reg?.stop();
  for (const w of workspaces) rmSync(w, { recursive: true, force: true });
});

/** A workspace whose config lists `services` (name → repo) with `verify` (YAML lines under verify:), the public key in .github/cosign.pub. */
function workspace(services: Record<string, string>, verify: string): string {
  const ws = mkdtempSync(join(tmpdir(), 'lockstep-verify-'));
  workspaces.push(ws);
  mkdirSync(join(ws, '.github'));
  writeFileSync(join(ws, '.github/cosign.pub'), pem(key.publicKey));
  writeFileSync(join(ws, '.github/trusted-root.jsonl'), `${JSON.stringify(sigstore.trustedRoot)}\n`);
  const svc = Object.entries(services).map(([name, repo]) => `  ${name}: { image: ${reg.host}/${repo} }`);
  writeFileSync(join(ws, '.github/lockstep.yml'), `services:\n${svc.join('\n')}\nverify:\n${verify}\n`);
  return ws;
}

const KEYS = '  keys: [.github/cosign.pub]';

function run(ws: string, inputs: Record<string, string>): Promise<ActionRun> {
  return runAction('capture-digests', { workspace: ws, inputs, env: { HOME: ws, GITHUB_SHA: 'abc1234def5678abc1234def5678abc1234def56' } });
}

/** The key's fingerprint as lockstep names it: SHA256 of its DER SubjectPublicKeyInfo, base64 without padding. */
async function fingerprint(k: KeyObject): Promise<string> {
  const { createHash } = await import('node:crypto');
  return `SHA256:${createHash('sha256')
    .update(k.export({ type: 'spki', format: 'der' }))
    .digest('base64')
    .replace(/=+$/, '')}`;
}

test('a signed image is captured, the file saying what vouched for it', async () => {
  const ws = workspace({ api: 'acme/signed' }, KEYS);
  const r = await run(ws, { services: 'api', tag: '1.0.0' });
  expect(r.annotations).toEqual([]);
  expect(r.code).toBe(0);
  const d = digests['acme/signed'];
  expect(JSON.parse(readFileSync(join(ws, 'image-digests.json'), 'utf8'))).toEqual({
    api: {
      digest: d,
      image: `${reg.host}/acme/signed`,
      sha: 'abc1234',
      tag: '1.0.0',
      verified: `cosign key ${await fingerprint(key.publicKey)} (tag ${d.replace(':', '-')}.sig)`,
    },
  });
});

test('unsigned, wrong-key and signature-for-another-digest are refused, each naming image, digest, expected key and what was found; nothing written', async () => {
  const ws = workspace({ signed: 'acme/signed', unsigned: 'acme/unsigned', wrongkey: 'acme/wrongkey', elsewhere: 'acme/elsewhere' }, KEYS);
  writeFileSync(join(ws, 'image-digests.json'), '{}\n');
  const r = await run(ws, { services: 'all', tag: '1.0.0', merge: 'true' });
  expect(r.code).toBe(1);
  const fp = await fingerprint(key.publicKey);
  const at = (repo: string) => `${reg.host}/${repo}@${digests[repo]}`;
  const sig = (repo: string) => `${digests[repo].replace(':', '-')}.sig`;
  const hint =
    'sign this digest with `cosign sign --key …` (the signature goes to the same repository), or fix verify.keys in the config; nothing was written';
  expect(r.annotations.map((a) => a.message).sort()).toEqual(
    [
      `elsewhere: ${at('acme/elsewhere')} is not signed as required: expected a cosign signature by ${fp} (.github/cosign.pub); found a signature by ${fp} for sha256:${'ab'.repeat(32)}, another digest (tag ${sig('acme/elsewhere')}) — ${hint}`,
      `unsigned: ${at('acme/unsigned')} is not signed as required: expected a cosign signature by ${fp} (.github/cosign.pub); found no signature (looked at the tag ${sig('acme/unsigned')} and the referrers of ${digests['acme/unsigned']}) — ${hint}`,
      `wrongkey: ${at('acme/wrongkey')} is not signed as required: expected a cosign signature by ${fp} (.github/cosign.pub); found a signature no key verifies as ECDSA P-256 with SHA-256 (tag ${sig('acme/wrongkey')}) — ${hint}`,
    ].sort(),
  );
  expect(readFileSync(join(ws, 'image-digests.json'), 'utf8')).toBe('{}\n');
});

test('a multi-arch index is verified at the index digest it records', async () => {
  const ws = workspace({ multi: 'acme/multi' }, KEYS);
  const r = await run(ws, { services: 'multi', tag: '1.0.0' });
  expect(r.code).toBe(0);
  expect(JSON.parse(readFileSync(join(ws, 'image-digests.json'), 'utf8')).multi.digest).toBe(digests['acme/multi']);
});

test('listed images follow the config file’s verify: too', async () => {
  const ws = workspace({}, KEYS);
  writeFileSync(join(ws, '.github/lockstep.yml'), `verify:\n${KEYS}\n`);
  const r = await run(ws, { images: `api=${reg.host}/acme/unsigned:1.0.0` });
  expect(r.code).toBe(1);
  expect(r.annotations[0].message).toMatch(
    new RegExp(`^api: ${reg.host.replace(/\./g, '\\.')}/acme/unsigned@sha256:[0-9a-f]{64} is not signed as required`),
  );
  expect(existsSync(join(ws, 'image-digests.json'))).toBe(false);
});

test('a per-service verify: {} turns verification off for that service only', async () => {
  const ws = workspace({}, KEYS);
  writeFileSync(
    join(ws, '.github/lockstep.yml'),
    `services:\n  api: { image: ${reg.host}/acme/unsigned, verify: {} }\n  web: { image: ${reg.host}/acme/wrongkey }\nverify:\n${KEYS}\n`,
  );
  const r = await run(ws, { services: 'all', tag: '1.0.0' });
  expect(r.code).toBe(1);
  expect(r.annotations.map((a) => a.message.split(':')[0])).toEqual(['web']);

  // Alone, api is written unverified: the log (a warning) and the summary name it and the line that turned it off.
  const alone = await run(ws, { services: 'api', tag: '1.0.0' });
  expect(alone.code).toBe(0);
  const warning = 'api: written unverified: its verify: {} (.github/lockstep.yml:2) turns the top-level verify: policy off for it';
  expect(alone.annotations).toEqual([expect.objectContaining({ level: 'warning', message: warning })]);
  expect(alone.summary).toContain(warning);
});

test('cosign 2.6+ Ed25519ph signatures verify under the Ed25519 key; pure Ed25519 ones too', async () => {
  const ed = generateKeyPairSync('ed25519');
  for (const [repo, signWith] of [
    ['acme/ed-ph', cosignSignEd25519ph],
    ['acme/ed-pure', cosignSign],
  ] as const) {
    const digest = await reg.push(repo, '1.0.0', buildImage(repo));
    digests[repo] = digest;
    const payload = simpleSigningPayload(`${reg.host}/${repo}`, digest);
    await reg.push(repo, `${digest.replace(':', '-')}.sig`, buildSignatureManifest(payload, signWith(payload, ed.privateKey)));
  }
  const ws = workspace({ ph: 'acme/ed-ph', pure: 'acme/ed-pure' }, '  keys: [.github/ed25519.pub]');
  writeFileSync(join(ws, '.github/ed25519.pub'), pem(ed.publicKey));
  const r = await run(ws, { services: 'all', tag: '1.0.0' });
  expect(r.annotations).toEqual([]);
  expect(r.code).toBe(0);
  const file = JSON.parse(readFileSync(join(ws, 'image-digests.json'), 'utf8'));
  const fp = await fingerprint(ed.publicKey);
  expect(file.ph.verified).toBe(`cosign key ${fp}, Ed25519ph (tag ${digests['acme/ed-ph'].replace(':', '-')}.sig)`);
  expect(file.pure.verified).toBe(`cosign key ${fp} (tag ${digests['acme/ed-pure'].replace(':', '-')}.sig)`);
});

describe('verify: configs that would verify nothing, or trust what they must not, are refused; nothing written', () => {
  test.each([
    [
      'a top-level verify: {}',
      (host: string) => `services:\n  api: { image: ${host}/acme/unsigned }\nverify: {}\n`,
      ".github/lockstep.yml:3: 'verify' is empty: it verifies nothing, and unsigned images would be written",
    ],
    [
      "a service's verify: {} with no top-level policy",
      (host: string) => `services:\n  api:\n    image: ${host}/acme/unsigned\n    verify: {}\n`,
      ".github/lockstep.yml:4: 'services.api.verify' is empty and there is no top-level verify: to turn off: it verifies nothing",
    ],
    [
      'verify.keys naming a folder',
      (host: string) => `services:\n  api: { image: ${host}/acme/signed }\nverify:\n  keys: [.github]\n`,
      '.github/lockstep.yml: verify.keys: .github is a folder, not a key file',
    ],
    [
      'a private key under verify.keys',
      (host: string) => `services:\n  api: { image: ${host}/acme/signed }\nverify:\n  keys: [.github/cosign.key]\n`,
      '.github/lockstep.yml: verify.keys: .github/cosign.key is a private key (-----BEGIN PRIVATE KEY-----), not a public key: whoever reads the repository can sign with it, so it is refused',
    ],
    [
      'a 1024-bit RSA key',
      (host: string) => `services:\n  api: { image: ${host}/acme/signed }\nverify:\n  keys: [.github/rsa.pub]\n`,
      '.github/lockstep.yml: verify.keys: .github/rsa.pub is a 1024-bit RSA key; RSA keys need at least 2048 bits',
    ],
  ])('%s', async (_name, config, message) => {
    const ws = workspace({}, KEYS);
    writeFileSync(join(ws, '.github/lockstep.yml'), config(reg.host));
    writeFileSync(join(ws, '.github/cosign.key'), key.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
    writeFileSync(join(ws, '.github/rsa.pub'), pem(generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey));
    const r = await run(ws, { services: 'all', tag: '1.0.0' });
    expect(r.code).toBe(1);
    expect(r.annotations).toHaveLength(1);
    // The message starts with the config file (and line, where the error is the config's own).
    expect(r.annotations[0].message.split(' — ')[0]).toBe(message);
    expect(r.stderr + r.stdout).not.toContain('internal error');
    expect(existsSync(join(ws, 'image-digests.json'))).toBe(false);
  });
});

test('an attestation by the expected workflow passes and its source commit is recorded; another identity is refused', async () => {
  const attestation = (identity: string) => `  attestation:\n    trusted-root: .github/trusted-root.jsonl\n    identity: ${identity}`;
  const ws = workspace({ app: 'acme/attested' }, attestation(WORKFLOW));
  const r = await run(ws, { services: 'app', tag: '1.0.0' });
  expect(r.annotations).toEqual([]);
  expect(JSON.parse(readFileSync(join(ws, 'image-digests.json'), 'utf8')).app).toEqual({
    digest: digests['acme/attested'],
    image: `${reg.host}/acme/attested`,
    sha: 'abc1234',
    tag: '1.0.0',
    verified: `attestation by ${WORKFLOW}`,
    'source-commit': COMMIT,
  });

  const other = 'https://github.com/acme/app/.github/workflows/deploy.yml@refs/heads/main';
  const ws2 = workspace({ app: 'acme/attested' }, attestation(other));
  const bad = await run(ws2, { services: 'app', tag: '1.0.0' });
  expect(bad.code).toBe(1);
  expect(bad.annotations[0].message).toContain(
    `app: ${reg.host}/acme/attested@${digests['acme/attested']} has no valid attestation: expected a Sigstore bundle signed by ${other} (issuer https://token.actions.githubusercontent.com); found a bundle that does not verify: certificate identity error - expected ${other}, got ${WORKFLOW}`,
  );
  expect(existsSync(join(ws2, 'image-digests.json'))).toBe(false);
});
