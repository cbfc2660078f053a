import { execFileSync } from 'node:child_process';
import type { Files } from '../harness/git-fixture.ts';
import { GitFixture } from '../harness/git-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../harness/github-double/index.ts';
import { HelmIndex } from '../harness/helm-index.ts';
import { digest, runPromoteEnv } from '../harness/promote-fixture.ts';
import type { ActionRun } from '../harness/run-action.ts';
import { testPath } from '../harness/tool-path.mjs';

// Issue 56 items 5 and 7 through the committed promote-env bundle: a repository in the flux2-kustomize-helm-example
// layout whose HelmRepository is a classic Helm repository (its default type) served on 127.0.0.1 with the index
// the real Helm wrote. The HelmRelease is rendered with the real Helm as helm-controller installs it (the patch
// over its base, release name <targetNamespace>-<name>, installed into the targetNamespace), values-drift judges
// its spec.values against both chart versions read from that repository, and a Flux Kustomization's spec.path is
// built with the real kubectl kustomize and its spec.images.

const REPO = 'acme/monorepo';
let index: HelmIndex;
let fixture: GitFixture | undefined;
let double: GitHubDouble | undefined;

beforeAll(async () => {
  // 6.0.0 and 6.1.0 read ingress; 6.2.0 no longer does.
  index = await HelmIndex.start([
    ['6.0.0', { ingress: true, pdb: true }],
    ['6.1.0', { ingress: true, pdb: true }],
    ['6.2.0', { ingress: false, pdb: true }],
  ]);
}, 120000);

afterAll(async () => {
  await index?.stop();
});

afterEach(async () => {
  await double?.stop();
  fixture?.cleanup();
  double = undefined;
  fixture = undefined;
});

async function setUp(files: Files): Promise<string> {
  fixture = GitFixture.create(files);
  double = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fixture.origin }] });
  return fixture.clone('main');
}

const origin = (...args: string[]) => execFileSync('git', ['--git-dir', fixture!.origin, ...args], { encoding: 'utf8' }).trim();
const errors = (r: ActionRun) => r.annotations.filter((a) => a.level === 'error').map((a) => [a.file ?? null, a.line ?? null, a.message]);

/** The HelmRelease patch of an environment: its chart version, targetNamespace and api pin, then `extra` values lines. */
const patch = (env: string, chart: string, c: string, extra: string[] = []) =>
  [
    'apiVersion: helm.toolkit.fluxcd.io/v2',
    'kind: HelmRelease',
    'metadata:',
    '  name: myapp',
    '  namespace: flux-apps',
    'spec:',
    `  targetNamespace: ${env}`,
    '  chart:',
    '    spec:',
    `      version: "${chart}" # ${env} chart`,
    '  values:',
    '    services:',
    '      api:',
    '        image:',
    '          repository: ghcr.io/acme/api',
    '          tag: "1.8.0"',
    `          digest: ${digest(c)}`,
    ...extra,
    '',
  ].join('\n');

function helmLayout(staging: [string, string], production: [string, string], prodExtra: string[] = []): Files {
  return {
    '.github/lockstep.yml': [
      'charts: []',
      'render: on',
      'services:',
      '  api: { image: ghcr.io/acme/api, values-key: services.api.image }',
      'environments:',
      '  - { name: staging, helmrelease: apps/staging/myapp-values.yaml }',
      // The test chart's Deployments have no selector: schema validation warns of it rather than refusing.
      '  - { name: production, helmrelease: apps/production/myapp-values.yaml, protected: true, validate: warn }',
      '',
    ].join('\n'),
    'apps/base/myapp/kustomization.yaml': 'resources:\n  - repository.yaml\n  - release.yaml\n',
    'apps/base/myapp/repository.yaml': `apiVersion: source.toolkit.fluxcd.io/v1\nkind: HelmRepository\nmetadata:\n  name: myapp\n  namespace: flux-apps\nspec:\n  interval: 5m\n  url: ${index.url}\n`,
    'apps/base/myapp/release.yaml': `apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: myapp\n  namespace: flux-apps\nspec:\n  interval: 50m\n  chart:\n    spec:\n      chart: myapp\n      sourceRef:\n        kind: HelmRepository\n        name: myapp\n  values:\n    podAnnotations:\n      team: acme\n    services:\n      worker: { image: { tag: "1.8.0", digest: "${digest('c')}" } }\n      web: { image: { tag: "1.8.0", digest: "${digest('e')}" } }\n`,
    ...Object.fromEntries(
      (
        [
          ['staging', staging, []],
          ['production', production, prodExtra],
        ] as const
      ).flatMap(([env, [chart, c], extra]) => [
        [`apps/${env}/kustomization.yaml`, 'resources:\n  - ../base/myapp\npatches:\n  - path: myapp-values.yaml\n'],
        [`apps/${env}/myapp-values.yaml`, patch(env, chart, c, [...extra])],
      ]),
    ),
  };
}

test('staging → production: the HelmRelease rendered from the classic repository’s archives, as Flux names and places it', async () => {
  const ws = await setUp(helmLayout(['6.1.0', 'a'], ['6.0.0', 'b']));
  const r = await runPromoteEnv(ws, double!, { from: 'staging', to: 'production' }, { PATH: testPath('helm') });
  if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  const from = (v: string) => `${index.url}/myapp-${v}.tgz (listed in ${index.url}/index.yaml)`;
  const drift = `**values-drift (error)** chart myapp 6.0.0 → 6.1.0 (myapp 6.0.0 from ${from('6.0.0')}; myapp 6.1.0 from ${from('6.1.0')}): the promoted version still reads every key the values file sets that the current version reads.`;
  expect(r.summary).toContain(drift);
  const where = 'release production-myapp in namespace production, stored in flux-apps';
  const count = `1 changed, 0 added, 0 removed in production (HelmRelease myapp: chart myapp 6.0.0 from ${from('6.0.0')}, ${where} → HelmRelease myapp: chart myapp 6.1.0 from ${from('6.1.0')}, ${where} with Helm 3.17.3)`;
  expect(r.stdout).toContain(`rendered: ${count}\n`);
  const [pull] = double!.pulls(REPO);
  expect(pull.body).toContain(`- ${count}`);
  expect(pull.body).toContain('<details><summary>changed: Deployment production/production-myapp-myapp-api</summary>');
  expect(r.stdout).toContain(`  -        - image: ghcr.io/acme/api@${digest('b')}\n  +        - image: ghcr.io/acme/api@${digest('a')}\n`);
  expect(origin('show', 'refs/heads/promote/production:apps/production/myapp-values.yaml')).toBe(
    patch('production', '6.1.0', 'a').trimEnd(),
  );
});

test('spec.chart.spec.valuesFiles of the pulled chart: each version rebuilt with the values file its archive holds', async () => {
  // Each version packages a values-prod.yaml of its own; the release builds its chart with it (source-controller's rebuild).
  const prodValues = (tier: string) => ({ 'values-prod.yaml': `podAnnotations:\n  tier: ${tier}\n` });
  const own = await HelmIndex.start([
    ['6.0.0', { ingress: true, pdb: true, files: prodValues('gold-6-0') }],
    ['6.1.0', { ingress: true, pdb: true, files: prodValues('gold-6-1') }],
  ]);
  try {
    const files = helmLayout(['6.1.0', 'a'], ['6.0.0', 'b']);
    files['apps/base/myapp/repository.yaml'] = String(files['apps/base/myapp/repository.yaml']).replace(index.url, own.url);
    files['apps/base/myapp/release.yaml'] = String(files['apps/base/myapp/release.yaml']).replace(
      '        name: myapp\n',
      '        name: myapp\n      valuesFiles:\n        - values.yaml\n        - ./values-prod.yaml\n',
    );
    const ws = await setUp(files);
    const r = await runPromoteEnv(ws, double!, { from: 'staging', to: 'production' }, { PATH: testPath('helm') });
    if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
    // The release's podAnnotations merge over each archive's values-prod.yaml: both keys, the tier of each version.
    expect(r.stdout).toContain('          team: acme\n  -        tier: gold-6-0\n  +        tier: gold-6-1\n');
    expect(r.stdout).toContain('rendered: 3 changed, 0 added, 0 removed in production (HelmRelease myapp: chart myapp 6.0.0 from ');
    // One run reads the index once and each archive once, whatever reads them (the render, values-drift, the downgrade check).
    expect([...own.served].sort()).toEqual(['/charts/index.yaml', '/charts/myapp-6.0.0.tgz', '/charts/myapp-6.1.0.tgz']);
  } finally {
    await own.stop();
  }
});

test('values-drift on the HelmRelease: production sets ingress, 6.2.0 no longer reads it: refused at the patch’s line, nothing written', async () => {
  const ingress = ['    ingress:', '      enabled: true', '      className: nginx', '      host: api.acme.example'];
  const ws = await setUp(helmLayout(['6.2.0', 'a'], ['6.0.0', 'b'], ingress));
  const main = origin('rev-parse', 'main');
  const r = await runPromoteEnv(ws, double!, { from: 'staging', to: 'production' }, { PATH: testPath('helm') });
  expect(r.code).toBe(1);
  const file = 'apps/production/myapp-values.yaml';
  expect(errors(r)).toEqual([
    [
      file,
      18,
      `${file}:18: values-drift: key ingress is set here and chart myapp 6.0.0 reads it, but chart myapp 6.2.0 no longer does (not in its values.yaml, not allowed by its values.schema.json, read by none of its templates) — remove or rename the key before promoting chart myapp 6.2.0 (read from ${index.url}/myapp-6.2.0.tgz (listed in ${index.url}/index.yaml)), or set values-drift: warn`,
    ],
  ]);
  expect(origin('rev-parse', 'main')).toBe(main);
  expect(origin('for-each-ref', '--format=%(refname)', 'refs/heads/promote/')).toBe('');
  expect(double!.pulls(REPO)).toEqual([]);
});

test('an archive replaced after indexing, read by the render alone (values-drift off): refused at the HelmRelease’s version line, nothing written', async () => {
  // A repository of its own: 6.1.0's path serves 6.0.0's bytes, while the index still lists 6.1.0's digest.
  const tampered = await HelmIndex.start([
    ['6.0.0', { ingress: true, pdb: true }],
    ['6.1.0', { ingress: true, pdb: true }],
  ]);
  try {
    tampered.replace('myapp-6.1.0.tgz', 'myapp-6.0.0.tgz');
    const files = helmLayout(['6.1.0', 'a'], ['6.0.0', 'b']);
    files['apps/base/myapp/repository.yaml'] = String(files['apps/base/myapp/repository.yaml']).replace(index.url, tampered.url);
    files['.github/lockstep.yml'] = String(files['.github/lockstep.yml']).replace(
      'validate: warn }',
      'validate: warn, values-drift: off, values-contract: off }',
    );
    const ws = await setUp(files);
    const main = origin('rev-parse', 'main');
    const r = await runPromoteEnv(ws, double!, { from: 'staging', to: 'production' }, { PATH: testPath('helm') });
    expect(r.code).toBe(1);
    const [[file, line, message], ...more] = errors(r);
    expect(more).toEqual([]);
    expect([file, line]).toEqual(['apps/production/myapp-values.yaml', 10]);
    const url = tampered.url.replace(/\./g, '\\.');
    expect(message).toMatch(
      new RegExp(
        `^apps/production/myapp-values\\.yaml:10: chart myapp 6\\.1\\.0: the archive of chart myapp 6\\.1\\.0 at ${url}/myapp-6\\.1\\.0\\.tgz hashes to sha256:[0-9a-f]{64}, not the sha256:[0-9a-f]{64} ${url}/index\\.yaml gives — the archive was replaced after the index was written`,
      ),
    );
    expect(origin('rev-parse', 'main')).toBe(main);
    expect(origin('for-each-ref', '--format=%(refname)', 'refs/heads/promote/')).toBe('');
    expect(double!.pulls(REPO)).toEqual([]);
  } finally {
    await tampered.stop();
  }
});

test('flux-kustomization: its spec.path built with kubectl kustomize and its spec.images, before and after', async () => {
  const ks = (env: string, c: string) =>
    `apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: apps\n  namespace: flux-system\nspec:\n  path: ./apps/${env}\n  targetNamespace: ${env}\n  sourceRef:\n    kind: GitRepository\n    name: flux-system\n  images:\n    - name: ghcr.io/acme/api # pinned by promotion\n      newTag: "1.8.0"\n      digest: ${digest(c)}\n`;
  const deployment =
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  selector:\n    matchLabels: { app: api }\n  template:\n    metadata:\n      labels: { app: api }\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/acme/api:latest\n';
  const ws = await setUp({
    '.github/lockstep.yml': [
      'charts: []',
      'render: on',
      'services:',
      '  api: { image: ghcr.io/acme/api }',
      'environments:',
      '  - { name: staging, flux-kustomization: clusters/staging/apps.yaml }',
      '  - { name: production, flux-kustomization: clusters/production/apps.yaml, protected: true }',
      '',
    ].join('\n'),
    'clusters/staging/apps.yaml': ks('staging', 'a'),
    'clusters/production/apps.yaml': ks('production', 'b'),
    'apps/staging/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
    'apps/staging/deployment.yaml': deployment,
    'apps/production/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
    'apps/production/deployment.yaml': deployment,
  });
  const r = await runPromoteEnv(ws, double!, { from: 'staging', to: 'production' }, { PATH: testPath('kubectl') });
  if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  expect(r.stdout).toContain('rendered: 1 changed, 0 added, 0 removed in production (overlay apps/production with kubectl kustomize');
  // kustomize writes newTag and digest both, as kustomize-controller would.
  expect(r.stdout).toContain(
    `  -        - image: ghcr.io/acme/api:1.8.0@${digest('b')}\n  +        - image: ghcr.io/acme/api:1.8.0@${digest('a')}\n`,
  );
  expect(double!.pulls(REPO)[0].body).toContain('<details><summary>changed: Deployment production/api</summary>');
});

test('flux-kustomization with flux-substitute: the rendered diff shows the substituted image in the targetNamespace, as Flux applies it', async () => {
  const ks = (env: string, tag: string, c: string) =>
    `apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: apps\n  namespace: flux-system\nspec:\n  path: ./apps/${env}\n  targetNamespace: ${env}\n  sourceRef:\n    kind: GitRepository\n    name: flux-system\n  postBuild:\n    substitute:\n      API_TAG: "${tag}"\n      API_DIGEST: ${digest(c)}\n`;
  const deployment =
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  selector:\n    matchLabels: { app: api }\n  template:\n    metadata:\n      labels: { app: api }\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/acme/api:${API_TAG}@${API_DIGEST}\n';
  const ws = await setUp({
    '.github/lockstep.yml': [
      'charts: []',
      'render: on',
      'services:',
      '  api: { image: ghcr.io/acme/api, flux-substitute: { tag: API_TAG, digest: API_DIGEST } }',
      'environments:',
      '  - { name: staging, flux-kustomization: clusters/staging/apps.yaml }',
      '  - { name: production, flux-kustomization: clusters/production/apps.yaml, protected: true }',
      '',
    ].join('\n'),
    'clusters/staging/apps.yaml': ks('staging', '1.9.0', 'a'),
    'clusters/production/apps.yaml': ks('production', '1.8.0', 'b'),
    'apps/staging/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
    'apps/staging/deployment.yaml': deployment,
    'apps/production/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
    'apps/production/deployment.yaml': deployment,
  });
  const r = await runPromoteEnv(ws, double!, { from: 'staging', to: 'production' }, { PATH: testPath('kubectl') });
  if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  expect(r.stdout).toContain('rendered: 1 changed, 0 added, 0 removed in production (overlay apps/production with kubectl kustomize');
  // What the cluster receives: the variables substituted, not ${API_TAG}@${API_DIGEST}.
  expect(r.stdout).toContain(
    `  -        - image: ghcr.io/acme/api:1.8.0@${digest('b')}\n  +        - image: ghcr.io/acme/api:1.9.0@${digest('a')}\n`,
  );
  expect(r.stdout).not.toContain('${API_TAG}');
  expect(double!.pulls(REPO)[0].body).toContain('<details><summary>changed: Deployment production/api</summary>');
});
