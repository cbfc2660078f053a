import { GitFixture } from '../harness/git-fixture.ts';
import { digest as d } from '../harness/promote-fixture.ts';
import { runCli } from '../harness/run-cli.ts';
import { testPath } from '../harness/tool-path.mjs';

// Issue 72, item 5 (a guard says exactly what it judged): a pull request changing a Helm environment's values and
// an overlay, checked where kubectl is on PATH and Helm is not. The overlay is built; the Helm environment the pull
// request reaches is said as not rendered for want of Helm, and the line naming the environments nothing reaches
// names only those (it once named prod too, whose values file the pull request changes).

const deployment = (image: string) =>
  [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata: { name: api }',
    'spec:',
    '  replicas: 1',
    '  selector: { matchLabels: { app: api } }',
    '  template:',
    '    metadata: { labels: { app: api } }',
    '    spec:',
    `      containers: [{ name: api, image: "${image}" }]`,
    '',
  ].join('\n');
const overlay = (env: string, tag: string, c: string, extra: string[] = []) =>
  [
    'resources:',
    '  - ../../base',
    `namespace: ${env}`,
    'images:',
    '  - name: ghcr.io/acme/api',
    `    newTag: "${tag}"`,
    `    digest: ${d(c)}`,
    ...extra,
    '',
  ].join('\n');

const FILES: Record<string, string> = {
  '.github/lockstep.yml': [
    'charts: [charts/*]',
    'services:',
    '  api: { image: ghcr.io/acme/api, values-key: image }',
    'environments:',
    '  - { name: staging, values: charts/api/values-staging.yaml }',
    '  - { name: prod, values: charts/api/values-prod.yaml, protected: true }',
    '  - { name: ostaging, kustomization: deploy/overlays/ostaging }',
    '  - { name: oprod, kustomization: deploy/overlays/oprod, protected: true }',
    '',
  ].join('\n'),
  'charts/api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 1.0.0\n',
  'charts/api/values.yaml': 'image:\n  repository: ghcr.io/acme/api\n  tag: ""\n  digest: ""\nreplicas: 1\n',
  'charts/api/templates/api.yaml': deployment('{{ .Values.image.repository }}:{{ .Values.image.tag }}@{{ .Values.image.digest }}').replace(
    'replicas: 1',
    'replicas: {{ .Values.replicas }}',
  ),
  'charts/api/values-staging.yaml': `image:\n  tag: "1.1.0"\n  digest: ${d('2')}\nreplicas: 1\n`,
  'charts/api/values-prod.yaml': `image:\n  tag: "1.0.0"\n  digest: ${d('1')}\nreplicas: 2\n`,
  'deploy/base/kustomization.yaml': 'resources:\n  - api.yaml\n',
  'deploy/base/api.yaml': deployment('ghcr.io/acme/api:0.9.0'),
  'deploy/overlays/ostaging/kustomization.yaml': overlay('ostaging', '1.1.0', '2'),
  'deploy/overlays/oprod/kustomization.yaml': overlay('oprod', '1.0.0', '1'),
};

let f: GitFixture;
afterAll(() => f?.cleanup());

test('no Helm on PATH: the overlay is built, prod is said as not rendered for want of Helm, not as unreached', async () => {
  f = GitFixture.create(FILES);
  f.checkout('pr', true);
  f.commit('prod: 3 replicas, oprod: 4', {
    'charts/api/values-prod.yaml': `image:\n  tag: "1.0.0"\n  digest: ${d('1')}\nreplicas: 3\n`,
    'deploy/overlays/oprod/kustomization.yaml': overlay('oprod', '1.0.0', '1', [
      'patches:',
      '  - target: { kind: Deployment, name: api }',
      '    patch: |-',
      '      - op: replace',
      '        path: /spec/replicas',
      '        value: 4',
    ]),
  });
  const r = await runCli(['check', '--base', 'main', '--head', 'pr'], { cwd: f.dir, env: { PATH: testPath('kubectl') } });
  if (r.code !== 0) throw new Error(r.stdout + r.stderr);
  const said = r.stdout.split('\n');
  expect(said.filter((l) => /not rendered|^1 changed|judged/.test(l))).toEqual([
    'every environment rendered with Helm that the pull request reaches: not rendered: no helm on PATH; add it with azure/setup-helm (GitHub-hosted Ubuntu runners ship Helm), or set render: off',
    '1 changed, 0 added, 0 removed in oprod (overlay deploy/overlays/oprod with kubectl kustomize (kustomize v5.4.2))',
    'note: protected environment prod: ⚪ not judged: no helm on PATH; add it with azure/setup-helm (GitHub-hosted Ubuntu runners ship Helm), or set render: off',
    'note: protected environment oprod: ✅ every rendered image pinned by digest (1 image judged)',
    // staging is reached too: its chart folder holds prod's values file, which the pull request changes.
    'note: not rendered: 1 environment that nothing this pull request changes reaches (their chart, values, Application and overlay are as at the base): ostaging',
  ]);
}, 60000);
