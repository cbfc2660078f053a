import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GitFixture } from '../harness/git-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../harness/github-double/index.ts';
import {
  kustomizeImages,
  overlayApplication,
  overlayConfig,
  overlayDigest as d,
  overlayKustomization,
  overlayRepository,
  type OverlayPins,
} from '../harness/overlay-fixture.ts';
import { runPromoteEnv } from '../harness/promote-fixture.ts';
import type { ActionRun } from '../harness/run-action.ts';

// Issue 44 end to end: the committed promote-env bundle on Node 24 promoting between Kustomize overlays
// (deploy/base, deploy/overlays/{dev,staging,prod}, an Argo CD Application per environment), real git with a
// bare origin, the GitHub REST double; what kustomize makes of the result is read with the real kubectl kustomize.

const REPO = 'acme/monorepo';
const PINS: Record<'dev' | 'staging' | 'prod', OverlayPins> = {
  dev: { api: ['1.8.0', d('a')], worker: ['0.9.1', d('b')] },
  staging: { api: ['1.7.3', d('c')], worker: ['0.9.1', d('b')] },
  prod: { api: ['1.7.3', d('c')], worker: ['0.9.0', d('e')] },
};
const OVERLAY = (env: 'dev' | 'staging' | 'prod') => `deploy/overlays/${env}/kustomization.yaml`;

let fixture: GitFixture;
let double: GitHubDouble;
let ws: string;

async function setUp(files = overlayRepository(PINS)): Promise<void> {
  fixture = GitFixture.create(files);
  double = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fixture.origin, allowAutoMerge: true }] });
  ws = fixture.clone('main');
}

afterEach(async () => {
  await double.stop();
  fixture.cleanup();
});

const run = (inputs: Record<string, string>) => runPromoteEnv(ws, double, inputs);
const origin = (...args: string[]) => execFileSync('git', ['--git-dir', fixture.origin, ...args], { encoding: 'utf8' }).trim();
const show = (ref: string, path: string) =>
  execFileSync('git', ['--git-dir', fixture.origin, 'show', `${ref}:${path}`], { encoding: 'utf8' });
const mutations = () =>
  double.log.filter((r) => r.method !== 'GET' && !(r.method === 'POST' && r.path === '/graphql' && !r.requestBody.includes('mutation')));

function expectOk(r: ActionRun): void {
  if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  expect(double.violations).toEqual([]);
}

function expectNothingWritten(r: ActionRun, mainBefore: string): void {
  expect(r.code).toBe(1);
  expect(origin('rev-parse', 'refs/heads/main')).toBe(mainBefore);
  expect(origin('for-each-ref', '--format=%(refname)', 'refs/heads/promote/')).toBe('');
  expect(mutations()).toEqual([]);
  expect(double.pulls(REPO)).toEqual([]);
  expect(r.stdout).not.toMatch(/^\s+at /m);
  // The workspace as it was (the digests file a test wrote aside).
  expect(execFileSync('git', ['-C', ws, 'status', '--porcelain', '--', '.', ':!image-digests.json'], { encoding: 'utf8' })).toBe('');
}

/** The images the real kubectl kustomize builds from `overlay` at `ref` of origin. */
function builtImages(ref: string, overlay: string): string[] {
  execFileSync('git', ['-C', ws, 'fetch', '--quiet', 'origin', `+${ref}:refs/remotes/origin/check`]);
  execFileSync('git', ['-C', ws, 'checkout', '--quiet', '--detach', 'refs/remotes/origin/check']);
  return kustomizeImages(join(ws, overlay));
}

test('dev → staging: the staging overlay takes dev’s api pin in place, comment and quoting kept; kustomize builds it by digest', async () => {
  await setUp();
  const r = await run({ from: 'dev', to: 'staging' });
  expectOk(r);
  expect(r.outputs.changed).toBe('true');
  expect(JSON.parse(r.outputs.changes)).toEqual([
    {
      service: 'api',
      file: OVERLAY('staging'),
      line: 8,
      'old-tag': '1.7.3',
      'new-tag': '1.8.0',
      'old-digest': d('c'),
      'new-digest': d('a'),
    },
  ]);
  const after = show('promote/staging', OVERLAY('staging'));
  expect(after).toBe(
    [
      '# staging overlay',
      'apiVersion: kustomize.config.k8s.io/v1beta1',
      'kind: Kustomization',
      'namespace: myapp-staging',
      'resources:',
      '  - ../../base',
      'images:',
      '  - name: ghcr.io/acme/api   # the public API',
      '    newTag: "1.8.0"',
      `    digest: ${d('a')}`,
      '  - name: ghcr.io/acme/worker',
      '    newTag: "0.9.1"',
      `    digest: ${d('b')}`,
      '',
    ].join('\n'),
  );
  expect(builtImages('promote/staging', 'deploy/overlays/staging')).toEqual([
    `ghcr.io/acme/api:1.8.0@${d('a')}`,
    `ghcr.io/acme/worker:0.9.1@${d('b')}`,
  ]);
  expect(r.summary).toContain('| service | dev | staging (after) | prod |');
  expect(r.summary).toContain('| api | 1.8.0 sha256:aaaaaaaaaaaa | 1.8.0 sha256:aaaaaaaaaaaa | 1.7.3 sha256:cccccccccccc |');
  expect(double.pulls(REPO)[0].title).toBe('promote: dev → staging (api)');
});

test('staging → prod (protected) from a digests file: a moved image gets newName, a missing entry is appended; draft PR', async () => {
  const files = overlayRepository(PINS);
  // prod's overlay has no worker entry yet: kustomize would run the base's worker:latest.
  files[OVERLAY('prod')] = overlayKustomization('prod', PINS.prod).replace(/ {2}- name: ghcr\.io\/acme\/worker\n.*\n.*\n/, '');
  files['.github/lockstep.yml'] = overlayConfig().replace('ghcr.io/acme/api }', 'registry.example.com/acme/api }');
  await setUp(files);
  writeFileSync(
    join(ws, 'image-digests.json'),
    JSON.stringify({
      api: { digest: d('c'), image: 'registry.example.com/acme/api', sha: 'abc1234', tag: '1.7.3' },
      worker: { digest: d('b'), image: 'ghcr.io/acme/worker', sha: 'abc1234', tag: '0.9.1' },
    }),
  );
  const r = await run({ from: 'staging', to: 'prod', digests: 'image-digests.json', 'verify-source': 'false' });
  expectOk(r);
  expect(show('promote/prod', OVERLAY('prod'))).toBe(
    [
      '# prod overlay',
      'apiVersion: kustomize.config.k8s.io/v1beta1',
      'kind: Kustomization',
      'namespace: myapp-prod',
      'resources:',
      '  - ../../base',
      'images:',
      '  - name: ghcr.io/acme/api   # the public API',
      '    newName: registry.example.com/acme/api',
      '    newTag: "1.7.3"',
      `    digest: ${d('c')}`,
      '  - name: ghcr.io/acme/worker',
      '    newTag: "0.9.1"',
      `    digest: ${d('b')}`,
      '',
    ].join('\n'),
  );
  expect(builtImages('promote/prod', 'deploy/overlays/prod')).toEqual([
    `registry.example.com/acme/api:1.7.3@${d('c')}`,
    `ghcr.io/acme/worker:0.9.1@${d('b')}`,
  ]);
  expect(double.pulls(REPO)[0].draft).toBe(true);
});

test('an Argo CD Application’s kustomize.images strings are the pins: edited in place', async () => {
  const files = overlayRepository(PINS, {
    config: overlayConfig({
      environments: [
        '  - { name: dev, kustomization: deploy/overlays/dev }',
        '  - { name: staging, kustomization: apps/staging.yaml }',
        '  - { name: prod, kustomization: deploy/overlays/prod, protected: true }',
      ],
    }),
  });
  files['apps/staging.yaml'] = overlayApplication('staging', [`ghcr.io/acme/api:1.7.3@${d('c')}`, `ghcr.io/acme/worker:0.9.1@${d('b')}`]);
  await setUp(files);
  const r = await run({ from: 'dev', to: 'staging' });
  expectOk(r);
  expect(show('promote/staging', 'apps/staging.yaml')).toBe(
    overlayApplication('staging', [`ghcr.io/acme/api:1.8.0@${d('a')}`, `ghcr.io/acme/worker:0.9.1@${d('b')}`]),
  );
  expect(show('promote/staging', OVERLAY('staging'))).toBe(files[OVERLAY('staging')]);
});

test('rollback from a tag restores what prod’s overlay pinned there', async () => {
  await setUp();
  fixture.git('tag', 'prod-good');
  fixture.git('push', '--quiet', 'origin', 'prod-good');
  fixture.commit('bad prod', { [OVERLAY('prod')]: overlayKustomization('prod', { api: ['1.7.4', d('9')], worker: PINS.prod.worker }) });
  fixture.git('push', '--quiet', 'origin', 'main');
  const r = await run({ from: 'ref:prod-good', to: 'prod' });
  expectOk(r);
  expect(show('promote/prod', OVERLAY('prod'))).toBe(overlayKustomization('prod', PINS.prod));
  expect(double.pulls(REPO)[0].title).toBe('promote: rollback prod-good → prod (api)');
});

test('verify-source: a digest the staging overlay does not pin is refused at its line; nothing written', async () => {
  await setUp();
  writeFileSync(join(ws, 'image-digests.json'), JSON.stringify({ api: { digest: d('f'), image: 'ghcr.io/acme/api', tag: '1.9.0' } }));
  const main = origin('rev-parse', 'main');
  const r = await run({ from: 'staging', to: 'prod', digests: 'image-digests.json' });
  expectNothingWritten(r, main);
  expect(r.stdout).toContain(
    `::error title=lockstep,file=${OVERLAY('staging')},line=8::${OVERLAY('staging')}:8: api: sha256:ffffffffffff is not what staging runs now (sha256:cccccccccccc); it never ran there`,
  );
});

test('a protected overlay never takes a bare tag: refused at the entry’s line; nothing written', async () => {
  await setUp();
  const main = origin('rev-parse', 'main');
  const r = await run({ from: 'staging', to: 'prod', version: '1.9.0', 'resolve-digests': 'false' });
  expectNothingWritten(r, main);
  expect(r.stdout).toContain(
    `::error title=lockstep,file=${OVERLAY('prod')},line=8::${OVERLAY('prod')}:8: api: a tag without a digest cannot be promoted into the protected environment prod`,
  );
});

test.each<[string, (files: Record<string, string | Buffer | null>) => void, string]>([
  [
    'an overlay that is not YAML',
    (f) => {
      f[OVERLAY('staging')] = 'images:\n  - name: [ghcr.io/acme/api\n';
    },
    `::error title=lockstep,file=${OVERLAY('staging')},line=3::${OVERLAY('staging')}:3: invalid YAML`,
  ],
  [
    'images that is not a list',
    (f) => {
      f[OVERLAY('staging')] = 'resources:\n  - ../../base\nimages:\n  name: ghcr.io/acme/api\n';
    },
    `::error title=lockstep,file=${OVERLAY('staging')},line=3::${OVERLAY('staging')}:3: images is not a list`,
  ],
  [
    'two entries for one image',
    (f) => {
      f[OVERLAY('staging')] = overlayKustomization('staging', PINS.staging, {
        after: ['  - name: ghcr.io/acme/api', '    newTag: "0.1.0"'],
      });
    },
    `::error title=lockstep,file=${OVERLAY('staging')},line=14::${OVERLAY('staging')}:14: two entries for the image ghcr.io/acme/api (lines 8 and 14)`,
  ],
  [
    'a path that holds no kustomization',
    (f) => {
      f[OVERLAY('staging')] = null;
      f['deploy/overlays/staging/README.md'] = 'moved\n';
    },
    '::error title=lockstep,file=.github/lockstep.yml,line=6::.github/lockstep.yml:6: kustomization deploy/overlays/staging/kustomization.yaml is no file, nor a folder holding kustomization.yaml, kustomization.yml or Kustomization, at the base branch main',
  ],
])('bad input: %s → exit 1 at file:line, nothing written or pushed', async (_, change, line) => {
  const files = overlayRepository(PINS);
  change(files);
  await setUp(files);
  const main = origin('rev-parse', 'main');
  const r = await run({ from: 'dev', to: 'staging' });
  expectNothingWritten(r, main);
  expect(r.stdout).toContain(line);
});

describe('soak time on an overlay (staging min-soak: 1h, its folder’s first-parent history)', () => {
  const MINUTE = 60_000;
  const soakConfig = () =>
    overlayConfig({
      environments: [
        '  - { name: dev, kustomization: deploy/overlays/dev }',
        '  - { name: staging, kustomization: deploy/overlays/staging, min-soak: 1h }',
        '  - { name: prod, kustomization: deploy/overlays/prod }',
      ],
    });

  /** Staging's overlay takes dev's api pin on a branch committed 2 hours ago, merged (--no-ff) `mergedAgo` ms ago. */
  function mergeStagingPromotion(mergedAgo: number): string {
    const now = Date.now();
    const at = (when: number, ...args: string[]) => {
      const date = `${Math.floor(when / 1000)} +0000`;
      return execFileSync('git', args, { cwd: fixture.dir, env: { ...fixture.env(), GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });
    };
    fixture.checkout('promote/staging', true);
    fixture.write({ [OVERLAY('staging')]: overlayKustomization('staging', { ...PINS.staging, api: PINS.dev.api }) });
    at(now - 120 * MINUTE, 'commit', '--quiet', '-am', 'promote: dev → staging (api)');
    fixture.checkout('main');
    at(now - mergedAgo, 'merge', '--quiet', '--no-ff', '-m', 'Merge pull request #7 from acme/promote/staging', 'promote/staging');
    fixture.git('push', '--quiet', 'origin', 'main');
    return fixture.git('rev-parse', 'HEAD');
  }

  test('merged 30 minutes ago: held with 30m left, nothing written', async () => {
    await setUp(overlayRepository(PINS, { config: soakConfig() }));
    const merge = mergeStagingPromotion(30 * MINUTE);
    const main = origin('rev-parse', 'main');
    const r = await run({ from: 'staging', to: 'prod' });
    expect(r.code).toBe(1);
    expect(r.summary).toContain(`- Held by soak time: api: pinned in staging since `);
    expect(r.summary).toContain(
      `(${merge.slice(0, 12)}, committer date: no PR found; a direct push can backdate it), min-soak 1h: 30m left.`,
    );
    expect(origin('rev-parse', 'main')).toBe(main);
    expect(origin('for-each-ref', 'refs/heads/promote/prod')).toBe('');
    expect(mutations()).toEqual([]);
  });

  test('merged 61 minutes ago: the pull request is opened', async () => {
    await setUp(overlayRepository(PINS, { config: soakConfig() }));
    mergeStagingPromotion(61 * MINUTE);
    const r = await run({ from: 'staging', to: 'prod' });
    expectOk(r);
    expect(double.pulls(REPO).map((p) => p.title)).toEqual(['promote: staging → prod (api, worker)']);
    expect(r.summary).not.toContain('Held by');
  });
});
