import { createHash, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSignatureManifest, cosignSign, simpleSigningPayload } from '../harness/cosign-content.ts';
import { type Files, GitFixture } from '../harness/git-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../harness/github-double/index.ts';
import {
  overlayConfig,
  overlayDigest as d,
  overlayKustomization,
  overlayRepository,
  type OverlayPins,
} from '../harness/overlay-fixture.ts';
import { runPromoteEnv } from '../harness/promote-fixture.ts';
import { buildImage, LocalRegistry } from '../harness/registry.ts';
import type { ActionRun } from '../harness/run-action.ts';

// Issue 44, item 3 on Kustomize overlays, through the committed promote-env bundle: what a promotion ships (the
// release notes between the two tags), a promotion window that holds it, a wave of two overlay environments, and
// a verify: policy refusing an unsigned digest, on the overlay fixture (deploy/base, overlays, an Application each).

const REPO = 'acme/monorepo';
const OVERLAY = (env: string) => `deploy/overlays/${env}/kustomization.yaml`;
const PINS: Record<'dev' | 'staging' | 'prod', OverlayPins> = {
  dev: { api: ['1.8.0', d('a')], worker: ['0.9.1', d('b')] },
  staging: { api: ['1.7.3', d('c')], worker: ['0.9.1', d('b')] },
  prod: { api: ['1.7.3', d('c')], worker: ['0.9.0', d('e')] },
};

let fixture: GitFixture | undefined;
let double: GitHubDouble | undefined;

async function setUp(files: Files, allowAutoMerge = true): Promise<string> {
  fixture = GitFixture.create(files);
  double = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fixture.origin, allowAutoMerge }] });
  return fixture.clone('main');
}

afterEach(async () => {
  await double?.stop();
  fixture?.cleanup();
  double = undefined;
  fixture = undefined;
});

const gh = () => double!;
const origin = (...args: string[]) => execFileSync('git', ['--git-dir', fixture!.origin, ...args], { encoding: 'utf8' }).trim();
const show = (ref: string, path: string) =>
  execFileSync('git', ['--git-dir', fixture!.origin, 'show', `${ref}:${path}`], { encoding: 'utf8' });
const mutations = () =>
  gh().log.filter((r) => r.method !== 'GET' && !(r.method === 'POST' && r.path === '/graphql' && !r.requestBody.includes('mutation')));

function expectOk(r: ActionRun): void {
  if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  expect(gh().violations).toEqual([]);
}

function expectNothingWritten(r: ActionRun, mainBefore: string): void {
  expect(r.code).toBe(1);
  expect(origin('rev-parse', 'refs/heads/main')).toBe(mainBefore);
  expect(origin('for-each-ref', '--format=%(refname)', 'refs/heads/promote/')).toBe('');
  expect(mutations()).toEqual([]);
  expect(gh().pulls(REPO)).toEqual([]);
}

describe('what ships: the release notes between the two tags, in the pull request body', () => {
  const CHANGELOG = (upTo: '1.2.0' | '1.3.0' | '1.4.0') =>
    [
      '# Changelog',
      '',
      ...(upTo === '1.4.0'
        ? [
            '## [1.4.0](https://github.com/acme/monorepo/compare/v1.3.0...v1.4.0) (2026-11-20)',
            '',
            '### ⚠ BREAKING CHANGES',
            '',
            '* **api:** the v1 endpoints are gone ([#14](https://github.com/acme/monorepo/pull/14))',
            '',
            '### Features',
            '',
            '* **api:** paged listings ([#13](https://github.com/acme/monorepo/pull/13))',
            '',
          ]
        : []),
      ...(upTo !== '1.2.0'
        ? [
            '## [1.3.0](https://github.com/acme/monorepo/compare/v1.2.0...v1.3.0) (2026-11-10)',
            '',
            '### Bug Fixes',
            '',
            '* retry the database connect ([#12](https://github.com/acme/monorepo/pull/12))',
            '',
          ]
        : []),
      '## 1.2.0 (2026-11-01)',
      '',
      '### Features',
      '',
      '* already in staging ([#10](https://github.com/acme/monorepo/pull/10))',
      '',
    ].join('\n');

  test('dev 1.4.0 → staging 1.2.0: the 1.3.0 and 1.4.0 entries of api, breaking first, with v1.2.0...v1.4.0 and its commit count', async () => {
    const pins: Record<'dev' | 'staging' | 'prod', OverlayPins> = {
      dev: { api: ['1.2.0', d('2')], worker: ['0.9.1', d('b')] },
      staging: { api: ['1.2.0', d('2')], worker: ['0.9.1', d('b')] },
      prod: { api: ['1.2.0', d('2')], worker: ['0.9.1', d('b')] },
    };
    fixture = GitFixture.create({ ...overlayRepository(pins), 'CHANGELOG.md': CHANGELOG('1.2.0') });
    fixture.git('tag', 'v1.2.0');
    fixture.commit('fix: retry the database connect (#12)', { 'src/db.txt': 'retry\n' });
    fixture.commit('chore(release): 1.3.0', { 'CHANGELOG.md': CHANGELOG('1.3.0') });
    fixture.git('tag', 'v1.3.0');
    fixture.commit('feat(api)!: the v1 endpoints are gone (#14)', { 'src/v1.txt': 'gone\n' });
    fixture.commit('chore(release): 1.4.0', { 'CHANGELOG.md': CHANGELOG('1.4.0') });
    fixture.git('tag', 'v1.4.0');
    fixture.commit('dev runs 1.4.0', { [OVERLAY('dev')]: overlayKustomization('dev', { ...pins.dev, api: ['1.4.0', d('4')] }) });
    fixture.git('push', '--quiet', 'origin', 'main', '--tags');
    double = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fixture.origin }] });

    const r = await runPromoteEnv(fixture.clone('main'), gh(), { from: 'dev', to: 'staging' });
    expectOk(r);
    const [pull] = gh().pulls(REPO);
    const server = gh().env().GITHUB_SERVER_URL;
    const expected = [
      "### What's in this promotion",
      '',
      '#### api: 1.2.0 → 1.4.0',
      '',
      `Compare [v1.2.0...v1.4.0](${server}/acme/monorepo/compare/v1.2.0...v1.4.0) · 4 commits`,
      '',
      `- **⚠ Breaking** · 1.4.0 · api: the v1 endpoints are gone ([#14](${server}/acme/monorepo/pull/14))`,
      `- 1.4.0 · api: paged listings ([#13](${server}/acme/monorepo/pull/13))`,
      `- 1.3.0 · retry the database connect ([#12](${server}/acme/monorepo/pull/12))`,
    ].join('\n');
    expect(pull.body).toContain(`${expected}\n`);
    expect(r.summary).toContain(`${expected}\n`);
    expect(pull.body).not.toContain('already in staging');
    expect(show('promote/staging', OVERLAY('staging'))).toContain(`    newTag: "1.4.0"\n    digest: ${d('4')}\n`);
  });
});

test('a freeze on the staging overlay holds the promotion: nothing written, the summary says until when', async () => {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const ws = await setUp(
    overlayRepository(PINS, {
      config: overlayConfig({
        environments: [
          '  - { name: dev, kustomization: deploy/overlays/dev }',
          '  - name: staging',
          '    kustomization: deploy/overlays/staging',
          '    windows:',
          `      freeze: [{ from: ${day(-1)}, to: ${day(1)}, reason: release week }]`,
          '  - { name: prod, kustomization: deploy/overlays/prod, protected: true }',
        ],
      }),
    }),
  );
  const main = origin('rev-parse', 'main');
  const r = await runPromoteEnv(ws, gh(), { from: 'dev', to: 'staging', push: 'direct' });
  expectNothingWritten(r, main);
  const held = `promotions into staging are closed: frozen from ${day(-1)} to ${day(1)} (UTC): release week; opens at ${day(2)} 00:00 UTC`;
  expect(r.annotations).toEqual([expect.objectContaining({ level: 'error', message: expect.stringContaining(`promotion held: ${held}`) })]);
  expect(r.summary).toContain(`- Held by a promotion window: ${held}.`);
  expect(execFileSync('git', ['-C', ws, 'status', '--porcelain'], { encoding: 'utf8' })).toBe('');
});

test('a wave of two overlays: prod-eu first; prod-us (from prod-eu) once prod-eu is merged and green on its merge commit', async () => {
  const files: Files = {
    ...overlayRepository(PINS, {
      config: overlayConfig({
        environments: [
          '  - { name: staging, kustomization: deploy/overlays/staging }',
          '  - { name: prod-eu, kustomization: deploy/overlays/prod-eu }',
          '  - { name: prod-us, kustomization: deploy/overlays/prod-us }',
        ],
        extra: ['waves:', '  prod: [prod-eu, prod-us]'],
      }),
    }),
    [OVERLAY('staging')]: overlayKustomization('staging', PINS.dev),
    [OVERLAY('prod-eu')]: overlayKustomization('prod-eu', PINS.staging),
    [OVERLAY('prod-us')]: overlayKustomization('prod-us', PINS.staging),
  };
  const ws = await setUp(files, false);
  gh().setCheckRuns(REPO, 'main', [{ name: 'e2e', status: 'completed', conclusion: 'success' }]);
  const wave = () => runPromoteEnv(ws, gh(), { from: 'staging', to: 'prod', 'require-checks': 'e2e' });

  const first = await wave();
  expectOk(first);
  expect(
    gh()
      .pulls(REPO)
      .map((p) => [p.head, p.title]),
  ).toEqual([['promote/prod-eu', 'promote: staging → prod-eu (api)']]);
  expect(first.stdout).toContain("wave prod-us: held — waits for prod-eu's pull request #1 to be merged");
  expect(first.summary).toContain("| prod-us | held | waits for prod-eu's pull request #1 to be merged |");
  expect(show('promote/prod-eu', OVERLAY('prod-eu'))).toBe(overlayKustomization('prod-eu', PINS.dev));

  const res = await fetch(`${gh().url}/repos/${REPO}/pulls/1/merge`, {
    method: 'PUT',
    headers: { authorization: `token ${gh().token}`, accept: 'application/vnd.github+json', 'content-type': 'application/json' },
    body: JSON.stringify({ merge_method: 'merge' }),
  });
  expect(res.status).toBe(200);
  const mergeSha = ((await res.json()) as { sha: string }).sha;
  gh().setCheckRuns(REPO, mergeSha, [{ name: 'e2e', status: 'completed', conclusion: 'success' }]);

  const second = await wave();
  expectOk(second);
  expect(
    gh()
      .pulls(REPO)
      .map((p) => [p.head, p.title]),
  ).toEqual([
    ['promote/prod-eu', 'promote: staging → prod-eu (api)'],
    ['promote/prod-us', 'promote: prod-eu → prod-us (api)'],
  ]);
  expect(second.summary).toContain('| prod-eu | landed | pins what staging has |');
  expect(show('promote/prod-us', OVERLAY('prod-us'))).toBe(overlayKustomization('prod-us', PINS.dev));
});

describe('verify: on overlays (the local registry, a cosign key)', () => {
  const key = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const pem = (k: KeyObject) => k.export({ type: 'spki', format: 'pem' }).toString();
  const fingerprint = `SHA256:${createHash('sha256')
    .update(key.publicKey.export({ type: 'spki', format: 'der' }))
    .digest('base64')
    .replace(/=+$/, '')}`;
  let reg: LocalRegistry;
  let signed: string;
  let unsigned: string;

  beforeAll(async () => {
    reg = await LocalRegistry.start();
    signed = await reg.push('acme/api', 'signed', buildImage('signed'));
    const payload = simpleSigningPayload(`${reg.host}/acme/api`, signed);
    await reg.push('acme/api', `${signed.replace(':', '-')}.sig`, buildSignatureManifest(payload, cosignSign(payload, key.privateKey)));
    unsigned = await reg.push('acme/api', 'unsigned', buildImage('unsigned'));
  }, 60000);

  afterAll(async () => {
    await reg?.stop();
  });

  async function verifiedRepo(): Promise<string> {
    const local = (text: string) => text.replaceAll('ghcr.io/acme/', `${reg.host}/acme/`);
    const files = overlayRepository(PINS, {
      config: local(overlayConfig({ extra: ['verify:', '  keys: [.github/cosign.pub]'] })),
    });
    for (const env of ['dev', 'staging', 'prod']) files[OVERLAY(env)] = local(files[OVERLAY(env)] as string);
    files['.github/cosign.pub'] = pem(key.publicKey);
    const ws = await setUp(files);
    return ws;
  }

  function promoteDigest(ws: string, digest: string, tag: string): Promise<ActionRun> {
    writeFileSync(join(ws, 'image-digests.json'), JSON.stringify({ api: { digest, image: `${reg.host}/acme/api`, sha: 'abc1234', tag } }));
    return runPromoteEnv(ws, gh(), { to: 'dev', digests: 'image-digests.json' });
  }

  test('an unsigned digest is refused before anything is written, naming image, digest and key', async () => {
    const ws = await verifiedRepo();
    const main = origin('rev-parse', 'main');
    const r = await promoteDigest(ws, unsigned, 'unsigned');
    expectNothingWritten(r, main);
    expect(r.annotations.map((a) => a.message)).toEqual([
      `api: ${reg.host}/acme/api@${unsigned} is not signed as required: expected a cosign signature by ${fingerprint} (.github/cosign.pub); found no signature (looked at the tag ${unsigned.replace(':', '-')}.sig and the referrers of ${unsigned}) — sign this digest with \`cosign sign --key …\` (the signature goes to the same repository), or fix verify.keys in the config; nothing was written`,
    ]);
    expect(execFileSync('git', ['-C', ws, 'status', '--porcelain', '--', '.', ':!image-digests.json'], { encoding: 'utf8' })).toBe('');
  });

  test('a signed digest is pinned in the dev overlay; the pull request names the key', async () => {
    const ws = await verifiedRepo();
    const r = await promoteDigest(ws, signed, 'signed');
    expectOk(r);
    expect(gh().pulls(REPO)[0].body).toContain(
      [
        'Verified before pinning:',
        '',
        `- api \`${signed.slice(0, 19)}\`: cosign key ${fingerprint} (tag ${signed.replace(':', '-')}.sig)`,
      ].join('\n'),
    );
    expect(show('promote/dev', OVERLAY('dev'))).toContain(`    newTag: "signed"\n    digest: ${signed}\n`);
  });
});
