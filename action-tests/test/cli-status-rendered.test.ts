import { execFileSync } from 'node:child_process';
import { GIT_ENV, GitFixture } from '../harness/git-fixture.ts';
import { deployment, overlayDigest as d } from '../harness/overlay-fixture.ts';
import { runCli } from '../harness/run-cli.ts';
import { testPath } from '../harness/tool-path.mjs';

// Issue 72, item 2, through the committed CLI bundle with the real kubectl (kustomize) and Helm 3: what an
// environment runs comes from its render wherever its pin is written — inline in a kustomize base, set by a
// strategic-merge patch, in the chart's values.yaml under prod's values file, or the chart's appVersion — never
// "—". `lockstep status --json` shows it; `lockstep promote --json` (a dry run) moves it and writes the pin into
// the target's own file (an images: entry in its overlay, a key in its values file), never the shared one.

const ENV = { ...GIT_ENV, PATH: testPath('helm', 'kubectl') };

const overlay = (env: string, extra: string[] = []) =>
  [
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    `namespace: app-${env}`,
    'resources:',
    '  - ../../base',
    ...extra,
    '',
  ].join('\n');
const imagePatch = (image: string) =>
  [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: api',
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: api',
    `          image: ${image}`,
    '',
  ].join('\n');

/** dev runs the base's inline image, staging pins an images: entry, prod runs the image its strategic-merge patch sets. */
const OVERLAYS: Record<string, string> = {
  '.github/lockstep.yml': [
    'services:',
    '  api: { image: ghcr.io/acme/api }',
    'environments:',
    '  - { name: dev, kustomization: deploy/overlays/dev }',
    '  - { name: staging, kustomization: deploy/overlays/staging }',
    '  - { name: prod, kustomization: deploy/overlays/prod, protected: true }',
    '',
  ].join('\n'),
  'deploy/base/kustomization.yaml': 'resources:\n  - api.yaml\n',
  'deploy/base/api.yaml': deployment('api', `ghcr.io/acme/api:6.14.3@${d('1')}`),
  'deploy/overlays/dev/kustomization.yaml': overlay('dev'),
  'deploy/overlays/staging/kustomization.yaml': overlay('staging', [
    'images:',
    '  - name: ghcr.io/acme/api',
    '    newTag: "6.14.2"',
    `    digest: ${d('2')}`,
  ]),
  'deploy/overlays/prod/kustomization.yaml': overlay('prod', ['patches:', '  - path: patch.yaml']),
  'deploy/overlays/prod/patch.yaml': imagePatch(`ghcr.io/acme/api:6.14.1@${d('3')}`),
};

const TEMPLATE = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: api',
  'spec:',
  '  selector:',
  '    matchLabels: { app: api }',
  '  template:',
  '    metadata:',
  '      labels: { app: api }',
  '    spec:',
  '      containers:',
  '        - name: api',
  '          {{- $i := .Values.services.api.image }}',
  '          image: "{{ $i.repository }}:{{ $i.tag | default .Chart.AppVersion }}{{ with $i.digest }}@{{ . }}{{ end }}"',
  '',
].join('\n');

const VALUES_YAML = (tag?: string) =>
  [
    '# every environment shares these',
    'services:',
    '  api:',
    '    image:',
    '      repository: ghcr.io/acme/api',
    ...(tag ? [`      tag: "${tag}"`] : []),
    '',
  ].join('\n');

/** A chart (appVersion 6.14.0) whose values.yaml sets the tag when `tag` is given; prod's values file sets no image. */
const LAYERED = (tag?: string): Record<string, string> => ({
  '.github/lockstep.yml': [
    'services:',
    '  api: { image: ghcr.io/acme/api, values-key: services.api.image }',
    'environments:',
    '  - { name: staging, values: charts/myapp/values-staging.yaml }',
    '  - { name: prod, values: charts/myapp/values-prod.yaml }',
    '',
  ].join('\n'),
  'charts/myapp/Chart.yaml': 'apiVersion: v2\nname: myapp\nversion: 1.0.0\nappVersion: "6.14.0"\n',
  'charts/myapp/values.yaml': VALUES_YAML(tag),
  'charts/myapp/templates/api.yaml': TEMPLATE,
  'charts/myapp/values-staging.yaml': ['services:', '  api:', '    image:', '      tag: 6.14.2', `      digest: ${d('2')}`, ''].join('\n'),
  'charts/myapp/values-prod.yaml': 'replicas: 2\n',
});

const fixtures: GitFixture[] = [];
afterAll(() => fixtures.forEach((f) => f.cleanup()));

function clone(files: Record<string, string>): string {
  const f = GitFixture.create(files);
  fixtures.push(f);
  return f.clone('main');
}

const gitStatus = (dir: string) => execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: dir, encoding: 'utf8' });

async function json(dir: string, args: string[]): Promise<Record<string, unknown>> {
  const r = await runCli([...args, '--json'], { cwd: dir, env: ENV, timeoutMs: 120_000 });
  if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

type Env = { name: string; services: Record<string, unknown>; 'read-from-render'?: Record<string, string> };

describe('overlays whose image is inline in the base or set by a patch', () => {
  test('lockstep status --json: each environment runs what its render runs, and says which were read from the render', async () => {
    const dir = clone(OVERLAYS);
    const s = (await json(dir, ['status'])) as { environments: Env[] };
    expect(s.environments.map((e) => [e.name, e.services, e['read-from-render'] ?? null])).toEqual([
      ['dev', { api: { tag: '6.14.3', digest: d('1') } }, { api: 'Deployment app-dev/api (container api)' }],
      ['staging', { api: { tag: '6.14.2', digest: d('2') } }, null],
      ['prod', { api: { tag: '6.14.1', digest: d('3') } }, { api: 'Deployment app-prod/api (container api)' }],
    ]);
    const text = await runCli(['status'], { cwd: dir, env: ENV, timeoutMs: 120_000 });
    expect(text.stdout.split('\n')[1]).toMatch(
      /^api +6\.14\.3 sha256:111111111111 +6\.14\.2 sha256:222222222222 +6\.14\.1 sha256:333333333333$/,
    );
    expect(text.stdout).toContain('note: staging → prod: api 6.14.1 → 6.14.2 (sha256:222222222222)\n');
    expect(gitStatus(dir)).toBe('');
  });

  test('lockstep promote --json staging → prod: 6.14.1 → 6.14.2, an images: entry added to prod’s overlay, the patch and base untouched', async () => {
    const dir = clone(OVERLAYS);
    const r = (await json(dir, ['promote', '--from', 'staging', '--to', 'prod'])) as { changes: unknown[] };
    expect(r.changes).toEqual([
      {
        service: 'api',
        file: 'deploy/overlays/prod/kustomization.yaml',
        line: 1,
        'old-tag': '6.14.1',
        'new-tag': '6.14.2',
        'old-digest': d('3'),
        'new-digest': d('2'),
      },
    ]);
    const diff = await runCli(['promote', '--from', 'staging', '--to', 'prod'], { cwd: dir, env: ENV, timeoutMs: 120_000 });
    expect(diff.code).toBe(0);
    expect(diff.stdout).toContain(`+images:\n+  - name: ghcr.io/acme/api\n+    newTag: "6.14.2"\n+    digest: ${d('2')}\n`);
    expect(diff.stdout).not.toContain('deploy/overlays/prod/patch.yaml');
    expect(diff.stdout).not.toContain('deploy/base/');
    expect(gitStatus(dir)).toBe('');
  });
});

describe("a values file that sets no image: the chart's values.yaml or appVersion sets it", () => {
  test("lockstep status --json: prod runs values.yaml's tag (6.14.1), or the chart's appVersion (6.14.0) where values.yaml sets none", async () => {
    const layered = (await json(clone(LAYERED('6.14.1')), ['status'])) as { environments: Env[] };
    expect(layered.environments.map((e) => [e.name, e.services])).toEqual([
      ['staging', { api: { tag: '6.14.2', digest: d('2') } }],
      ['prod', { api: { tag: '6.14.1', digest: null } }],
    ]);
    const appVersion = (await json(clone(LAYERED()), ['status'])) as { environments: Env[] };
    expect(appVersion.environments[1].services).toEqual({ api: { tag: '6.14.0', digest: null } });
  });

  test('lockstep promote --json staging → prod: 6.14.1 → 6.14.2, the key inserted into values-prod.yaml, values.yaml untouched', async () => {
    const dir = clone(LAYERED('6.14.1'));
    const r = (await json(dir, ['promote', '--from', 'staging', '--to', 'prod'])) as { changes: unknown[] };
    expect(r.changes).toEqual([
      {
        service: 'api',
        file: 'charts/myapp/values-prod.yaml',
        line: 1,
        'old-tag': '6.14.1',
        'new-tag': '6.14.2',
        'old-digest': null,
        'new-digest': d('2'),
      },
    ]);
    const diff = await runCli(['promote', '--from', 'staging', '--to', 'prod'], { cwd: dir, env: ENV, timeoutMs: 120_000 });
    expect(diff.code).toBe(0);
    expect(diff.stdout).toContain('--- a/charts/myapp/values-prod.yaml');
    expect(diff.stdout).toContain(`+services:\n+  api:\n+    image:\n+      tag: 6.14.2\n+      digest: ${d('2')}\n`);
    expect(diff.stdout).not.toContain('charts/myapp/values.yaml');
    expect(gitStatus(dir)).toBe('');
  });

  test("lockstep promote --json where only the chart's appVersion sets the tag: 6.14.0 → 6.14.2", async () => {
    const r = (await json(clone(LAYERED()), ['promote', '--from', 'staging', '--to', 'prod'])) as { changes: Record<string, unknown>[] };
    expect(r.changes.map((c) => [c.file, c['old-tag'], c['new-tag']])).toEqual([['charts/myapp/values-prod.yaml', '6.14.0', '6.14.2']]);
  });
});

// Issue 72 item 3: a promotion is proved by the target's render after the edit; where the deployer would not run the
// promoted image, it is refused at the file that makes it so, and nothing is written.
describe('a promotion whose render would not run the promoted image', () => {
  test('a patch of prod renames the image, so the images: entry added matches nothing: refused at the entry, nothing written', async () => {
    const dir = clone({ ...OVERLAYS, 'deploy/overlays/prod/patch.yaml': imagePatch(`ghcr.io/acme/api-debug:6.14.1@${d('3')}`) });
    const r = await runCli(['promote', '--from', 'staging', '--to', 'prod'], { cwd: dir, env: ENV, timeoutMs: 120_000 });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'deploy/overlays/prod/kustomization.yaml:1: render: after this promotion prod would run no image of ghcr.io/acme/api: ' +
        'the pin added at deploy/overlays/prod/kustomization.yaml:1 is not what its deployer runs; nothing was written',
    );
    expect(gitStatus(dir)).toBe('');
  });

  test("a later values file its Application reads renames prod's repository: refused at that file's line, nothing written", async () => {
    const files = {
      ...LAYERED('6.14.1'),
      '.github/lockstep.yml': LAYERED()['.github/lockstep.yml'].replace(
        '  - { name: prod, values: charts/myapp/values-prod.yaml }',
        '  - { name: prod, values: charts/myapp/values-prod.yaml, application: apps/prod.yaml }',
      ),
      'apps/prod.yaml': [
        'apiVersion: argoproj.io/v1alpha1',
        'kind: Application',
        'metadata: { name: myapp-prod, namespace: argocd }',
        'spec:',
        '  project: default',
        '  source:',
        '    repoURL: https://github.com/acme/monorepo.git',
        '    path: charts/myapp',
        '    targetRevision: main',
        '    helm:',
        '      valueFiles: [values-prod.yaml, values-hotfix.yaml]',
        '  destination: { server: https://kubernetes.default.svc, namespace: myapp-prod }',
        '',
      ].join('\n'),
      'charts/myapp/values-hotfix.yaml': ['services:', '  api:', '    image:', '      repository: ghcr.io/acme/api-hotfix', ''].join('\n'),
    };
    const dir = clone(files);
    const r = await runCli(['promote', '--from', 'staging', '--to', 'prod'], { cwd: dir, env: ENV, timeoutMs: 120_000 });
    expect(r.code).toBe(1);
    // The digest of ghcr.io/acme/api, which the promotion inserts into prod's file, would be pulled from
    // ghcr.io/acme/api-hotfix: the hotfix file read after prod's renames the repository (as helm template shows).
    expect(r.stderr).toContain(
      `charts/myapp/values-hotfix.yaml:4: render: after this promotion prod would run ghcr.io/acme/api-hotfix:6.14.2@${d('2')} (Deployment myapp-prod/api): ` +
        'the digest of ghcr.io/acme/api written at charts/myapp/values-prod.yaml:1 is pulled from another repository; nothing was written',
    );
    expect(gitStatus(dir)).toBe('');
  });
});
