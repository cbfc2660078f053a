import { execFileSync } from 'node:child_process';
import { GitFixture } from '../harness/git-fixture.ts';
import { helmChartContent } from '../harness/oci-content.ts';
import { LocalRegistry } from '../harness/registry.ts';
import { runAction, type ActionRun } from '../harness/run-action.ts';
import { testPath } from '../harness/tool-path.mjs';

// Issue 72: hydrate refused an Argo CD Application whose chart comes from a registry ("no chart folder of this
// repository") although promote renders it. The Application kind (deploy/argocd/kind.ts) now pulls the chart as
// Argo CD's repo-server does: from the OCI registry its chart-repository source names, at its targetRevision,
// with the values of this repository its multi-source $values entry reads. The committed hydrate-env bundle on
// Node 24, the real Helm, a real docker-registry on 127.0.0.1.

const WITH_TOOLS = testPath('helm', 'kubectl');

let fixture: GitFixture | undefined;
afterEach(() => {
  fixture?.cleanup();
  fixture = undefined;
});

const origin = (...args: string[]) => execFileSync('git', ['--git-dir', fixture!.origin, ...args], { encoding: 'utf8' }).trim();
const branches = () => origin('for-each-ref', '--format=%(refname:short)', 'refs/heads/environment').split('\n').filter(Boolean);

function hydrate(ws: string): Promise<ActionRun> {
  return runAction('hydrate-env', { workspace: ws, inputs: { 'github-token': '' }, env: { PATH: WITH_TOOLS }, timeoutMs: 120_000 });
}

describe('an Application whose chart comes from an OCI registry, hydrated', () => {
  let registry: LocalRegistry;
  beforeAll(async () => {
    registry = await LocalRegistry.start();
    for (const version of ['2.0.0', '2.1.0'])
      await registry.push(
        'charts/myapp',
        version,
        await helmChartContent('myapp', version, {
          'Chart.yaml': `apiVersion: v2\nname: myapp\nversion: ${version}\n`,
          'values.yaml': 'image: ghcr.io/acme/api:0.0.0\nreplicas: 1\n',
          'templates/cm.yaml': [
            'apiVersion: v1',
            'kind: ConfigMap',
            'metadata:',
            '  name: {{ .Release.Name }}',
            'data:',
            '  image: {{ .Values.image }}',
            '  replicas: {{ .Values.replicas | quote }}',
            '  chart: {{ .Chart.Version }}',
            '  namespace: {{ .Release.Namespace }}',
            '',
          ].join('\n'),
        }),
      );
  }, 120_000);
  afterAll(async () => {
    await registry?.stop();
  });

  const app = (source: string[]) =>
    [
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Application',
      'metadata:',
      '  name: myapp-prod',
      '  namespace: argocd',
      'spec:',
      '  destination: { server: https://kubernetes.default.svc, namespace: acme-prod }',
      ...source,
      '',
    ].join('\n');
  const files = (application: string) => ({
    '.github/lockstep.yml': [
      'environments:',
      '  - name: prod',
      '    values: environments/prod/values.yaml',
      '    application: apps/prod.yaml',
      '    hydrate: { branch: environment/prod }',
      '',
    ].join('\n'),
    'environments/prod/values.yaml': 'image: ghcr.io/acme/api:1.4.2\nreplicas: 3\n',
    'apps/prod.yaml': application,
  });

  test('multi-source, the chart pulled at its targetRevision, the values from this repository: what Argo CD renders', async () => {
    fixture = GitFixture.create(
      files(
        app([
          '  sources:',
          `    - repoURL: oci://${registry.host}/charts`,
          '      chart: myapp',
          '      targetRevision: 2.1.0',
          '      helm: { valueFiles: [$values/environments/prod/values.yaml] }',
          '    - { repoURL: https://github.com/acme/monorepo.git, targetRevision: main, ref: values }',
        ]),
      ),
    );
    const r = await hydrate(fixture.clone('main'));
    if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
    expect(origin('show', 'environment/prod-next:manifest.yaml')).toBe(
      [
        '---',
        'apiVersion: v1',
        'data:',
        '  chart: 2.1.0',
        '  image: ghcr.io/acme/api:1.4.2',
        '  namespace: acme-prod',
        '  replicas: "3"',
        'kind: ConfigMap',
        'metadata:',
        '  name: myapp-prod',
      ].join('\n'),
    );
  });

  test('a targetRevision the registry does not hold: refused naming the registry, nothing pushed', async () => {
    fixture = GitFixture.create(
      files(app(['  source:', `    repoURL: oci://${registry.host}/charts`, '    chart: myapp', '    targetRevision: 9.9.9'])),
    );
    const r = await hydrate(fixture.clone('main'));
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain(`its Application's chart myapp 9.9.9 of oci://${registry.host}/charts:`);
    expect(branches()).toEqual([]);
  });
});
