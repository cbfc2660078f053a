import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeTransport } from '../../packages/core/src/http/transport.ts';
import { RegistryClient } from '../../packages/core/src/registry/client.ts';
import { verifyCosignSignature } from '../../packages/core/src/registry/cosign.ts';
import { parseReference } from '../../packages/core/src/registry/reference.ts';
import {
  buildArtifactManifest,
  buildReferrersIndex,
  buildSignatureManifest,
  cosignSign,
  simpleSigningPayload,
} from '../harness/cosign-content.ts';
import { GitFixture } from '../harness/git-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../harness/github-double/index.ts';
import { digest as d } from '../harness/promote-fixture.ts';
import { buildImage, buildIndex, type IndexContent, type ImageContent, LocalRegistry, MT } from '../harness/registry.ts';
import { type ActionRun, runAction } from '../harness/run-action.ts';
import { runCli } from '../harness/run-cli.ts';

// Issue 77 item 4, end to end through the committed bundles (promote-env's dist/index.js and the CLI's) on Node 24:
// dev runs its images from one real registry, staging (registry: <the other>) pulls from a second one that wants
// credentials (htpasswd, given through ~/.docker/config.json). A promotion copies the digest dev runs — the index,
// its manifests and blobs, the cosign signature tag and the attestation behind the referrers fallback tag — into
// the second registry, verifies the signature there, and only then pins it; the target registry's own API shows
// the same bytes under the same digests. A dry run copies nothing; a digest dev never ran, or a copy that breaks
// half-way, leaves the registry, the repository and GitHub as they were.

const REPO = 'acme/monorepo';
const PASSWORD = 's3cret-prod-pw';
const key = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const pem = (k: KeyObject) => k.export({ type: 'spki', format: 'pem' }).toString();
const transport = nodeTransport();
const auth = { username: 'ci', password: PASSWORD };
const prodClient = new RegistryClient({ transport, credentials: () => auth });
let dev: LocalRegistry;
let prod: LocalRegistry;
let api: IndexContent;
let worker: ImageContent;
let broken: ImageContent;
let home: string;
let fixture: GitFixture;
let double: GitHubDouble;
let ws: string;

/** Pushes a cosign signature of `digest` to its .sig tag in dev. */
async function sign(repository: string, digest: string): Promise<ImageContent> {
  const payload = simpleSigningPayload(`${dev.host}/${repository}`, digest);
  const sig = buildSignatureManifest(payload, cosignSign(payload, key.privateKey));
  await dev.push(repository, `${digest.replace(':', '-')}.sig`, sig);
  return sig;
}

beforeAll(async () => {
  [dev, prod] = await Promise.all([LocalRegistry.start(), LocalRegistry.start({ basicAuth: auth })]);
  api = buildIndex('api-1.8.0');
  await dev.push('acme/api', '1.8.0', api);
  await sign('acme/api', api.digest);
  const provenance = buildArtifactManifest(Buffer.from('{"_type":"https://in-toto.io/Statement/v1"}'), 'application/vnd.in-toto+json', {
    digest: api.digest,
    size: api.manifest.length,
    mediaType: api.mediaType,
  });
  await dev.push('acme/api', 'provenance', provenance);
  await dev.push(
    'acme/api',
    api.digest.replace(':', '-'),
    buildReferrersIndex([{ content: provenance, artifactType: 'application/vnd.in-toto+json' }]),
  );
  worker = buildImage('worker-0.9.2');
  await dev.push('acme/worker', '0.9.2', worker);
  await sign('acme/worker', worker.digest);
  // An image whose layer is gone from dev's storage: its copy breaks after its config went over.
  broken = buildImage('broken');
  await dev.push('acme/api', 'broken', broken);
  await sign('acme/api', broken.digest);
  const hex = broken.blobs[1].digest.slice('sha256:'.length);
  rmSync(join(dev.dir, 'storage', 'docker', 'registry', 'v2', 'blobs', 'sha256', hex.slice(0, 2), hex), { recursive: true });
  home = mkdtempSync(join(tmpdir(), 'lockstep-copy-home-'));
  mkdirSync(join(home, '.docker'));
  writeFileSync(
    join(home, '.docker', 'config.json'),
    JSON.stringify({ auths: { [prod.host]: { auth: Buffer.from(`ci:${PASSWORD}`).toString('base64') } } }),
  );
}, 60000);

afterAll(async () => {
  await Promise.all([dev?.stop(), prod?.stop()]);
  transport.close();
  rmSync(home, { recursive: true, force: true });
});

/** dev and staging values: each image as repository, tag and digest. */
const values = (env: string, images: Record<'api' | 'worker', [string, string, string]>) =>
  [
    `# ${env} overrides`,
    'services:',
    ...Object.entries(images).flatMap(([name, [repository, tag, digest]]) => [
      `  ${name}:`,
      '    image:',
      `      repository: ${repository}`,
      `      tag: "${tag}"`,
      `      digest: ${digest}`,
    ]),
    '',
  ].join('\n');

function setUp(devImages: Record<'api' | 'worker', [string, string, string]>) {
  const config = [
    'services:',
    `  api: { image: ${dev.host}/acme/api, values-key: services.api.image }`,
    `  worker: { image: ${dev.host}/acme/worker, values-key: services.worker.image }`,
    'verify:',
    '  keys: [.github/cosign.pub]',
    'environments:',
    '  - { name: dev, values: charts/myapp/values-dev.yaml }',
    `  - name: staging`,
    '    values: charts/myapp/values-staging.yaml',
    `    registry: ${prod.host}`,
    '',
  ].join('\n');
  fixture = GitFixture.create({
    '.github/lockstep.yml': config,
    '.github/cosign.pub': pem(key.publicKey),
    'charts/myapp/values-dev.yaml': values('dev', devImages),
    // staging pulls api from dev's registry still (the copy moves it), worker from its own (only the digest changes).
    'charts/myapp/values-staging.yaml': values('staging', {
      api: [`${dev.host}/acme/api`, '1.7.0', d('a')],
      worker: [`${prod.host}/acme/worker`, '0.9.1', d('b')],
    }),
  });
}

afterEach(async () => {
  await double?.stop();
  fixture?.cleanup();
});

async function open(): Promise<void> {
  double = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fixture.origin }] });
  ws = fixture.clone('main');
}

function promote(inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction('promote-env', {
    workspace: ws,
    inputs: { 'github-token': double.token, from: 'dev', to: 'staging', ...inputs },
    env: { ...double.env(), HOME: home },
    timeoutMs: 90000,
  });
}

const origin = (...args: string[]) => execFileSync('git', ['--git-dir', fixture.origin, ...args], { encoding: 'utf8' }).trim();
const prodHead = async (path: string) =>
  (
    await fetch(`${prod.url}/v2/${path}`, {
      method: 'HEAD',
      headers: { Authorization: `Basic ${Buffer.from(`ci:${PASSWORD}`).toString('base64')}`, Accept: `${MT.ociIndex}, ${MT.ociManifest}` },
    })
  ).status;
const prodGet = (path: string) =>
  fetch(`${prod.url}/v2/${path}`, {
    headers: { Authorization: `Basic ${Buffer.from(`ci:${PASSWORD}`).toString('base64')}`, Accept: `${MT.ociIndex}, ${MT.ociManifest}` },
  });

/** No form of the target registry's password in what the run printed. */
function expectNoSecret(r: ActionRun | { stdout: string; stderr: string }) {
  // The runner's ::add-mask:: is how the password is kept out of the log: the only place it may appear.
  const text = [r.stdout.replaceAll(`::add-mask::${PASSWORD}`, ''), r.stderr, 'summary' in r ? r.summary : ''].join('\n');
  for (const form of [PASSWORD, Buffer.from(`ci:${PASSWORD}`).toString('base64'), encodeURIComponent(PASSWORD)])
    expect(text).not.toContain(form);
}

test('a dry run copies nothing and says what it would copy', async () => {
  setUp({ api: [`${dev.host}/acme/api`, '1.8.0', api.digest], worker: [`${dev.host}/acme/worker`, '0.9.2', worker.digest] });
  await open();
  const r = await promote({ 'dry-run': 'true' });
  if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  expect(r.stdout).toContain(
    `Would copy ${dev.host}/acme/api@${api.digest} to ${prod.host}/acme/api for staging (5 manifests, 7 blobs (${bytesOf(api)} bytes), 1 referrer, tags ${api.digest.replace(':', '-')}.sig); a dry run copies nothing.`,
  );
  expect(await prodHead(`acme/api/manifests/${api.digest}`)).toBe(404);
  expect(await prodHead(`acme/worker/manifests/${worker.digest}`)).toBe(404);
  expect(origin('for-each-ref', '--format=%(refname)', 'refs/heads/promote/')).toBe('');
  expectNoSecret(r);
});

/** The bytes of every distinct blob a copy of the api index carries (images, signature, attestation). */
function bytesOf(index: IndexContent): number {
  const payload = simpleSigningPayload(`${dev.host}/acme/api`, index.digest);
  const sig = buildSignatureManifest(payload, cosignSign(payload, key.privateKey));
  const att = buildArtifactManifest(Buffer.from('{"_type":"https://in-toto.io/Statement/v1"}'), 'application/vnd.in-toto+json', {
    digest: index.digest,
    size: index.manifest.length,
    mediaType: index.mediaType,
  });
  const blobs = new Map([...index.children, sig, att].flatMap((c) => c.blobs).map((b) => [b.digest, b.bytes.length]));
  // A signature's bytes differ from run to run (ECDSA): its payload's length does not.
  return [...blobs.values()].reduce((s, n) => s + n, 0);
}

test('the CLI: lockstep promote --dry-run says the same, copies nothing', async () => {
  setUp({ api: [`${dev.host}/acme/api`, '1.8.0', api.digest], worker: [`${dev.host}/acme/worker`, '0.9.2', worker.digest] });
  await open();
  const cli = await runCli(['promote', '--from', 'dev', '--to', 'staging', '--dry-run'], { cwd: ws, env: { HOME: home } });
  expect(cli.code).toBe(0);
  expect(cli.stdout + cli.stderr).toContain(
    `Would copy ${dev.host}/acme/worker@${worker.digest} to ${prod.host}/acme/worker for staging (2 manifests, 4 blobs`,
  );
  expect(await prodHead(`acme/worker/manifests/${worker.digest}`)).toBe(404);
  expectNoSecret(cli);
});

test('dev → staging: both images copied by digest with signature and attestation, verified in the target registry, then pinned there', async () => {
  setUp({ api: [`${dev.host}/acme/api`, '1.8.0', api.digest], worker: [`${dev.host}/acme/worker`, '0.9.2', worker.digest] });
  await open();
  const r = await promote();
  if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  expect(double.violations).toEqual([]);
  // The target registry's own API: the index, both platform manifests, the signature and the attestation, byte for byte.
  const sigTag = `${api.digest.replace(':', '-')}.sig`;
  for (const m of [api, ...api.children]) {
    const res = await prodGet(`acme/api/manifests/${m.digest}`);
    expect([res.status, res.headers.get('docker-content-digest'), res.headers.get('content-type')]).toEqual([200, m.digest, m.mediaType]);
    expect(Buffer.from(await res.arrayBuffer()).equals(m.manifest)).toBe(true);
    for (const b of 'children' in m ? [] : m.blobs) expect(await prodHead(`acme/api/blobs/${b.digest}`)).toBe(200);
  }
  expect(await prodHead(`acme/api/manifests/${sigTag}`)).toBe(200);
  expect(await prodHead(`acme/api/manifests/${api.digest.replace(':', '-')}`)).toBe(200);
  expect(await prodHead(`acme/worker/manifests/${worker.digest}`)).toBe(200);
  // lockstep's own verification, reading the target registry only.
  for (const [repo, digest] of [
    ['acme/api', api.digest],
    ['acme/worker', worker.digest],
  ])
    expect((await verifyCosignSignature(prodClient, parseReference(`${prod.host}/${repo}`), digest, [key.publicKey])).ok).toBe(true);
  // The pin: api's repository moves to the target registry with the digest; worker's digest alone changes.
  expect(origin('show', 'promote/staging:charts/myapp/values-staging.yaml')).toBe(
    values('staging', {
      api: [`${prod.host}/acme/api`, '1.8.0', api.digest],
      worker: [`${prod.host}/acme/worker`, '0.9.2', worker.digest],
    }).trimEnd(),
  );
  expect(r.stdout).toContain(`Copied ${dev.host}/acme/api@${api.digest} to ${prod.host}/acme/api (5 manifests, 7 blobs`);
  expect(r.stdout).toContain(`api: verified in ${prod.host}: cosign key`);
  const pulls = double.pulls(REPO);
  expect(pulls).toHaveLength(1);
  // The pull request says where the image now is, so a reviewer sees the copy that the pin names.
  expect(pulls[0].body).toContain(`Copied ${dev.host}/acme/api@${api.digest} to ${prod.host}/acme/api`);
  expectNoSecret(r);
});

test('a digest dev never ran is not copied: refused at the registry: line, nothing copied, pushed or opened', async () => {
  setUp({ api: [`${dev.host}/acme/api`, '1.7.0', d('a')], worker: [`${dev.host}/acme/worker`, '0.9.2', worker.digest] });
  await open();
  const other = buildImage('never-ran');
  const digest = await dev.push('acme/api', 'never-ran', other);
  await sign('acme/api', digest);
  writeFileSync(
    join(ws, 'image-digests.json'),
    JSON.stringify({ api: { digest, image: `${dev.host}/acme/api`, sha: 'abc1234', tag: 'never-ran' } }),
  );
  const main = origin('rev-parse', 'main');
  const r = await promote({ digests: 'image-digests.json', 'verify-source': 'false', services: 'api' });
  expect(r.code).toBe(1);
  expect(r.annotations.map((a) => [a.file, a.line, a.message])).toEqual([
    [
      '.github/lockstep.yml',
      10,
      `.github/lockstep.yml:10: api: ${digest.slice(0, 19)} is not a digest dev runs; lockstep copies into ${prod.host} only what the source environment ran — promote from dev with verify-source: true`,
    ],
  ]);
  expect(await prodHead(`acme/api/manifests/${digest}`)).toBe(404);
  expect(origin('rev-parse', 'main')).toBe(main);
  expect(origin('for-each-ref', '--format=%(refname)', 'refs/heads/promote/')).toBe('');
  expect(double.pulls(REPO)).toEqual([]);
});

test('a copy that breaks half-way (a blob gone from the source) pins nothing: one line naming the image and the registry', async () => {
  setUp({ api: [`${dev.host}/acme/api`, 'broken', broken.digest], worker: [`${dev.host}/acme/worker`, '0.9.2', worker.digest] });
  await open();
  const main = origin('rev-parse', 'main');
  const r = await promote({ services: 'api' });
  expect(r.code).toBe(1);
  expect(r.annotations).toHaveLength(1);
  expect(r.annotations[0].message).toMatch(
    new RegExp(
      `^${`${dev.host}/acme/api@${broken.digest} could not be copied to ${prod.host}: `.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*${broken.blobs[1].digest}`,
    ),
  );
  // Partial: the config went over before the layer could not be read; no manifest names it, no pin was written.
  expect(await prodHead(`acme/api/blobs/${broken.blobs[0].digest}`)).toBe(200);
  expect(await prodHead(`acme/api/manifests/${broken.digest}`)).toBe(404);
  expect(execFileSync('git', ['-C', ws, 'status', '--porcelain'], { encoding: 'utf8' })).toBe('');
  expect(origin('rev-parse', 'main')).toBe(main);
  expect(origin('for-each-ref', '--format=%(refname)', 'refs/heads/promote/')).toBe('');
  expect(double.pulls(REPO)).toEqual([]);
  expectNoSecret(r);
});
