import { createHash, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildArtifactManifest,
  buildReferrersIndex,
  buildSignatureManifest,
  cosignSign,
  simpleSigningPayload,
} from '../harness/cosign-content.ts';
import { GIT_ENV, GitFixture } from '../harness/git-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../harness/github-double/index.ts';
import { digest as d, environmentValues } from '../harness/promote-fixture.ts';
import { buildImage, LocalRegistry } from '../harness/registry.ts';
import { type ActionRun, runAction } from '../harness/run-action.ts';
import { testSigstore, type TestSigstore } from '../harness/sigstore-content.ts';

// promote-env with verify: in the config, end to end through the committed bundle: the GitHub double, real
// git, and the local registry holding signed, unsigned and attested images. A digest that does not verify
// is refused before anything is pushed; one that does is pinned and the pull request says what vouched for it.

const REPO = 'acme/monorepo';
const key = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const pem = (k: KeyObject) => k.export({ type: 'spki', format: 'pem' }).toString();
const fingerprint = `SHA256:${createHash('sha256')
  .update(key.publicKey.export({ type: 'spki', format: 'der' }))
  .digest('base64')
  .replace(/=+$/, '')}`;
const WORKFLOW = 'https://github.com/acme/monorepo/.github/workflows/build.yml@refs/heads/main';
const COMMIT = '1111111111222222222233333333334444444444';
let reg: LocalRegistry;
let sigstore: TestSigstore;
let signed: string;
let unsigned: string;
let attested: string;
let fixture: GitFixture;
let double: GitHubDouble;
let ws: string;

beforeAll(async () => {
  [reg, sigstore] = await Promise.all([LocalRegistry.start(), testSigstore()]);
  signed = await reg.push('acme/api', 'signed', buildImage('signed'));
  const payload = simpleSigningPayload(`${reg.host}/acme/api`, signed);
  await reg.push('acme/api', `${signed.replace(':', '-')}.sig`, buildSignatureManifest(payload, cosignSign(payload, key.privateKey)));
  unsigned = await reg.push('acme/api', 'unsigned', buildImage('unsigned'));
  const image = buildImage('attested');
  attested = await reg.push('acme/worker', 'attested', image);
  const bundle = buildArtifactManifest(
    await sigstore.attest({ identity: WORKFLOW, subjectDigest: attested, commit: COMMIT }),
    'application/vnd.dev.sigstore.bundle.v0.3+json',
    {
      digest: attested,
      size: image.manifest.length,
      mediaType: image.mediaType,
    },
  );
  await reg.push('acme/worker', 'attestation', bundle);
  await reg.push(
    'acme/worker',
    attested.replace(':', '-'),
    buildReferrersIndex([{ content: bundle, artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json' }]),
  );
}, 60000);

afterAll(async () => {
  await reg?.stop();
});

beforeEach(async () => {
  const config = [
    'services:',
    `  api: { image: ${reg.host}/acme/api, values-key: services.api.image }`,
    `  worker:`,
    `    image: ${reg.host}/acme/worker`,
    '    values-key: services.worker.image',
    '    verify:',
    '      attestation: { trusted-root: .github/trusted-root.jsonl, identity: "' + WORKFLOW + '" }',
    'verify:',
    '  keys: [.github/cosign.pub]',
    'environments:',
    '  - { name: dev, values: charts/myapp/values-dev.yaml }',
    '  - { name: staging, values: charts/myapp/values-staging.yaml }',
    '',
  ].join('\n');
  fixture = GitFixture.create({
    '.github/lockstep.yml': config,
    '.github/cosign.pub': pem(key.publicKey),
    '.github/trusted-root.jsonl': `${JSON.stringify(sigstore.trustedRoot)}\n`,
    'charts/myapp/values-dev.yaml': environmentValues('dev', ['1.7.3', d('c')], ['0.9.1', d('b')]),
    'charts/myapp/values-staging.yaml': environmentValues('staging', ['1.7.3', d('c')], ['0.9.1', d('b')]),
  });
  double = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fixture.origin }] });
  ws = fixture.clone('main');
});

afterEach(async () => {
  await double.stop();
  fixture.cleanup();
});

function run(digests: Record<string, { digest: string; tag: string; repo: string }>): Promise<ActionRun> {
  const file = Object.fromEntries(
    Object.entries(digests).map(([name, e]) => [name, { digest: e.digest, image: `${reg.host}/${e.repo}`, sha: 'abc1234', tag: e.tag }]),
  );
  writeFileSync(join(ws, 'image-digests.json'), JSON.stringify(file));
  return runAction('promote-env', {
    workspace: ws,
    inputs: { 'github-token': double.token, to: 'dev', digests: 'image-digests.json' },
    env: { ...double.env(), HOME: ws },
    timeoutMs: 90000,
  });
}
const origin = (...args: string[]) => execFileSync('git', ['--git-dir', fixture.origin, ...args], { encoding: 'utf8' }).trim();

test('a signed and an attested digest are pinned; the pull request names the key, the identity and the source commit', async () => {
  const r = await run({
    api: { digest: signed, tag: 'signed', repo: 'acme/api' },
    worker: { digest: attested, tag: 'attested', repo: 'acme/worker' },
  });
  if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  expect(double.violations).toEqual([]);
  const [pull] = double.pulls(REPO);
  expect(pull.body).toContain(
    [
      'Verified before pinning:',
      '',
      `- api \`${signed.slice(0, 19)}\`: cosign key ${fingerprint} (tag ${signed.replace(':', '-')}.sig)`,
      `- worker \`${attested.slice(0, 19)}\`: attestation by ${WORKFLOW}; built from commit \`${COMMIT}\``,
    ].join('\n'),
  );
  expect(origin('show', 'promote/dev:charts/myapp/values-dev.yaml')).toContain(`digest: ${signed}`);
});

test('an unsigned digest is refused before anything is written, naming image, digest and key', async () => {
  const main = origin('rev-parse', 'main');
  const r = await run({
    api: { digest: unsigned, tag: 'unsigned', repo: 'acme/api' },
    worker: { digest: attested, tag: 'attested', repo: 'acme/worker' },
  });
  expect(r.code).toBe(1);
  expect(r.annotations.map((a) => a.message)).toEqual([
    `api: ${reg.host}/acme/api@${unsigned} is not signed as required: expected a cosign signature by ${fingerprint} (.github/cosign.pub); found no signature (looked at the tag ${unsigned.replace(':', '-')}.sig and the referrers of ${unsigned}) — sign this digest with \`cosign sign --key …\` (the signature goes to the same repository), or fix verify.keys in the config; nothing was written`,
  ]);
  expect(origin('rev-parse', 'refs/heads/main')).toBe(main);
  expect(origin('for-each-ref', '--format=%(refname)', 'refs/heads/promote/')).toBe('');
  expect(double.pulls(REPO)).toEqual([]);
});

test('a digest the attestation is not about is refused (the worker policy replaces the top-level keys)', async () => {
  const r = await run({ worker: { digest: signed, tag: 'signed', repo: 'acme/worker' } });
  expect(r.code).toBe(1);
  expect(r.annotations[0].message).toContain(
    `worker: ${reg.host}/acme/worker@${signed} has no valid attestation: expected a Sigstore bundle signed by ${WORKFLOW}`,
  );
  expect(double.pulls(REPO)).toEqual([]);
});

test('a service whose verify: {} turns the top-level policy off is pinned unverified, and the log and summary say so at its line', async () => {
  const config = [
    'services:',
    `  api: { image: ${reg.host}/acme/api, values-key: services.api.image, verify: {} }`,
    `  worker: { image: ${reg.host}/acme/worker, values-key: services.worker.image }`,
    'verify:',
    '  keys: [.github/cosign.pub]',
    'environments:',
    '  - { name: dev, values: charts/myapp/values-dev.yaml }',
    '  - { name: staging, values: charts/myapp/values-staging.yaml }',
    '',
  ].join('\n');
  writeFileSync(join(ws, '.github/lockstep.yml'), config);
  execFileSync('git', ['-C', ws, 'commit', '-qam', 'api opts out of verify'], { encoding: 'utf8', env: { ...process.env, ...GIT_ENV } });
  execFileSync('git', ['-C', ws, 'push', '-q', 'origin', 'main'], { encoding: 'utf8' });
  const r = await run({ api: { digest: unsigned, tag: 'unsigned', repo: 'acme/api' } });
  if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  const note = 'api: pinned unverified: its verify: {} (.github/lockstep.yml:2) turns the top-level verify: policy off for it.';
  expect(r.stdout).toContain(note);
  expect(r.summary).toContain(note);
  expect(origin('show', 'promote/dev:charts/myapp/values-dev.yaml')).toContain(`digest: ${unsigned}`);
});
