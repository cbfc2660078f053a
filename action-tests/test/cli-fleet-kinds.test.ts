import { GitFixture } from '../harness/git-fixture.ts';
import { digest as d } from '../harness/promote-fixture.ts';
import { runCli } from '../harness/run-cli.ts';

// Issue 72, item 8, through the CLI bundle, for the kinds besides values files and Applications: an environment is
// every app its deployer applies for it, named by a glob of Kustomize overlays (deploy/*/overlays/<env>) or of Flux
// HelmReleases (clusters/<env>/*.yaml). `lockstep promote --from staging --to prod` plans every app in one promotion,
// each pin written in that app's own file (its overlay's images: entry, its HelmRelease's values), and `lockstep
// status` shows each environment as one column with its apps as rows.

const SERVICES = [
  'services:',
  '  api: { image: ghcr.io/acme/api, values-key: image }',
  '  web: { image: ghcr.io/acme/web, values-key: image }',
];

const overlay = (app: string, env: string, tag: string, c: string) =>
  [
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    `namespace: ${app}-${env}`,
    'resources:',
    '  - ../../base',
    'images:',
    `  - name: ghcr.io/acme/${app}`,
    `    newTag: "${tag}"`,
    `    digest: ${d(c)}`,
    '',
  ].join('\n');
const base = (app: string) => ({
  [`deploy/${app}/base/kustomization.yaml`]: 'resources:\n  - deployment.yaml\n',
  [`deploy/${app}/base/deployment.yaml`]: [
    'apiVersion: apps/v1',
    'kind: Deployment',
    `metadata: { name: ${app} }`,
    'spec:',
    `  selector: { matchLabels: { app: ${app} } }`,
    '  template:',
    `    metadata: { labels: { app: ${app} } }`,
    '    spec:',
    `      containers: [{ name: ${app}, image: ghcr.io/acme/${app}:0.0.1 }]`,
    '',
  ].join('\n'),
});

const OVERLAYS = {
  '.github/lockstep.yml': [
    ...SERVICES,
    'environments:',
    '  - { name: staging, kustomization: deploy/*/overlays/staging }',
    '  - { name: prod, kustomization: deploy/*/overlays/prod }',
    'render: off',
    '',
  ].join('\n'),
  ...base('api'),
  ...base('web'),
  'deploy/api/overlays/staging/kustomization.yaml': overlay('api', 'staging', '1.1.0', 'b'),
  'deploy/api/overlays/prod/kustomization.yaml': overlay('api', 'prod', '1.0.0', 'a'),
  'deploy/web/overlays/staging/kustomization.yaml': overlay('web', 'staging', '3.1.0', 'c'),
  'deploy/web/overlays/prod/kustomization.yaml': overlay('web', 'prod', '3.0.0', 'd'),
};

const release = (app: string, env: string, tag: string, c: string) =>
  [
    'apiVersion: helm.toolkit.fluxcd.io/v2',
    'kind: HelmRelease',
    'metadata:',
    `  name: ${app}`,
    `  namespace: ${env}`,
    'spec:',
    '  chart:',
    '    spec:',
    `      chart: ${app}`,
    '      version: "1.0.0"',
    '      sourceRef: { kind: HelmRepository, name: acme }',
    '  values:',
    '    image:',
    `      repository: ghcr.io/acme/${app}`,
    `      tag: "${tag}"`,
    `      digest: ${d(c)}`,
    '',
  ].join('\n');

const RELEASES = {
  '.github/lockstep.yml': [
    ...SERVICES,
    'environments:',
    '  - { name: staging, helmrelease: clusters/staging/*.yaml }',
    '  - { name: prod, helmrelease: clusters/prod/*.yaml }',
    'render: off',
    '',
  ].join('\n'),
  'clusters/staging/api.yaml': release('api', 'staging', '1.1.0', 'b'),
  'clusters/prod/api.yaml': release('api', 'prod', '1.0.0', 'a'),
  'clusters/staging/web.yaml': release('web', 'staging', '3.1.0', 'c'),
  'clusters/prod/web.yaml': release('web', 'prod', '3.0.0', 'd'),
};

const made: GitFixture[] = [];
afterAll(() => made.forEach((f) => f.cleanup()));
const repo = (files: Record<string, string>) => {
  const f = GitFixture.create(files);
  made.push(f);
  return f;
};

describe.each([
  ['Kustomize overlays', OVERLAYS, (app: string) => `deploy/${app}/overlays/prod/kustomization.yaml`, 7],
  ['Flux HelmReleases', RELEASES, (app: string) => `clusters/prod/${app}.yaml`, 15],
])('an environment of many apps named by a glob of %s', (_kind, files, prodFile, line) => {
  test('promote staging → prod plans every app in one promotion, each pin in its own file', async () => {
    const f = repo(files);
    const r = await runCli(['promote', '--from', 'staging', '--to', 'prod', '--json'], { cwd: f.dir });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { changes: Record<string, unknown>[] };
    expect(out.changes.map((c) => [c.app, c.service, c.file, c['old-tag'], c['new-tag'], c['new-digest']])).toEqual([
      ['api', 'api', prodFile('api'), '1.0.0', '1.1.0', d('b')],
      ['web', 'web', prodFile('web'), '3.0.0', '3.1.0', d('c')],
    ]);
    // The line of each pin: the overlay's images: entry, the HelmRelease's tag.
    expect(out.changes.map((c) => c.line)).toEqual([line, line]);
    // A dry run: the checkout is as it was.
    expect(f.git('status', '--porcelain')).toBe('');
  });

  test('status shows prod as one column, its apps as rows', async () => {
    const f = repo(files);
    const r = await runCli(['status', '--json'], { cwd: f.dir });
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as {
      environments: { name: string; apps?: Record<string, { services: Record<string, { tag: string }> }> }[];
    };
    expect(s.environments.map((e) => e.name)).toEqual(['staging', 'prod']);
    const prod = s.environments[1].apps!;
    expect(
      Object.fromEntries(
        Object.entries(prod).map(([app, a]) => [app, Object.fromEntries(Object.entries(a.services).map(([k, v]) => [k, v?.tag]))]),
      ),
    ).toEqual({
      api: { api: '1.0.0' },
      web: { web: '3.0.0' },
    });
  });
});

// The folder form: `application: apps/prod/` names every Application file in the folder, as `apps/prod/*.yaml` does.
const appFile = (env: string, app: string, version: string) =>
  [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Application',
    'metadata:',
    `  name: ${app}-${env}`,
    'spec:',
    '  sources:',
    '    - repoURL: ghcr.io/acme/charts',
    `      chart: ${app}`,
    `      targetRevision: ${version}`,
    '      helm:',
    `        valueFiles: [$values/charts/${app}/values-${env}.yaml]`,
    '    - { repoURL: https://github.com/acme/monorepo.git, targetRevision: main, ref: values }',
    '',
  ].join('\n');
const pins = (app: string, tag: string, c: string) => `image:\n  repository: ghcr.io/acme/${app}\n  tag: "${tag}"\n  digest: ${d(c)}\n`;
const FOLDERS = {
  '.github/lockstep.yml': [
    ...SERVICES,
    'environments:',
    '  - { name: staging, values: charts/*/values-staging.yaml, application: apps/staging/ }',
    '  - { name: prod, values: charts/*/values-prod.yaml, application: apps/prod/ }',
    'render: off',
    '',
  ].join('\n'),
  'charts/api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 1.0.0\n',
  'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 2.0.0\n',
  'charts/api/values-staging.yaml': pins('api', '1.1.0', 'b'),
  'charts/api/values-prod.yaml': pins('api', '1.0.0', 'a'),
  'charts/web/values-staging.yaml': pins('web', '3.1.0', 'c'),
  'charts/web/values-prod.yaml': pins('web', '3.0.0', 'd'),
  'apps/staging/api.yaml': appFile('staging', 'api', '1.0.0'),
  'apps/staging/web.yaml': appFile('staging', 'web', '2.0.0'),
  'apps/prod/api.yaml': appFile('prod', 'api', '1.0.0'),
  'apps/prod/web.yaml': appFile('prod', 'web', '2.0.0'),
};

test('application: a folder of Application files names every app in it: promote plans each, in its own values file', async () => {
  const f = repo(FOLDERS);
  const r = await runCli(['promote', '--from', 'staging', '--to', 'prod', '--json'], { cwd: f.dir });
  expect(r.code).toBe(0);
  const out = JSON.parse(r.stdout) as { changes: Record<string, unknown>[] };
  expect(out.changes.map((c) => [c.app, c.service, c.file, c.line, c['old-tag'], c['new-tag']])).toEqual([
    ['api', 'api', 'charts/api/values-prod.yaml', 3, '1.0.0', '1.1.0'],
    ['web', 'web', 'charts/web/values-prod.yaml', 3, '3.0.0', '3.1.0'],
  ]);
});
