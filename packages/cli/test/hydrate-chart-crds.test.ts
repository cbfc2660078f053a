import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { GIT_ENV, GitFixture } from '../../../action-tests/harness/git-fixture.ts';
import { testPath } from '../../../action-tests/harness/tool-path.mjs';
import type { CliIo } from '../src/io.ts';
import { runCli } from '../src/program.ts';

// Issue 72: `lockstep hydrate` (its source, in process, with the real Helm) validates a custom resource against the
// CRD its chart ships in crds/, as the PR check does. Helm's own `helm template` leaves crds/ out unless
// --include-crds, while Argo CD and helm-controller install them: a Widget whose spec.size is a string is refused
// by protected prod (validate: error) in the check's words; a Widget whose size is an integer passes. promote-env
// refuses it in prod's render as well (its render is an Application's: promote renders no bare values file).

const WIDGET_CRD = [
  'apiVersion: apiextensions.k8s.io/v1',
  'kind: CustomResourceDefinition',
  'metadata: { name: widgets.example.com }',
  'spec:',
  '  group: example.com',
  '  names: { kind: Widget, plural: widgets }',
  '  scope: Namespaced',
  '  versions:',
  '    - name: v1',
  '      served: true',
  '      storage: true',
  '      schema:',
  '        openAPIV3Schema:',
  '          type: object',
  '          properties: { spec: { type: object, properties: { size: { type: integer } } } }',
  '',
].join('\n');

const repository = (size: string) => ({
  '.github/lockstep.yml': [
    'environments:',
    '  - { name: prod, protected: true, values: charts/widgets/values-prod.yaml, hydrate: { branch: environment/prod } }',
    '',
  ].join('\n'),
  'charts/widgets/Chart.yaml': 'apiVersion: v2\nname: widgets\nversion: 0.1.0\n',
  'charts/widgets/values.yaml': 'size: 1\n',
  'charts/widgets/crds/widget.yaml': WIDGET_CRD,
  'charts/widgets/templates/widget.yaml':
    'apiVersion: example.com/v1\nkind: Widget\nmetadata: { name: {{ .Release.Name }}-w }\nspec: { size: {{ .Values.size }} }\n',
  'charts/widgets/values-prod.yaml': `size: ${size}\n`,
});

const testHelm = process.env.LOCKSTEP_HELM ?? 'helm';

let fixture: GitFixture | undefined;
afterEach(() => {
  fixture?.cleanup();
  fixture = undefined;
});

async function lockstep(cwd: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io: CliIo & { out: string; err: string } = {
    cwd,
    env: { PATH: testPath('helm'), HOME: cwd, ...GIT_ENV },
    out: '',
    err: '',
    color: false,
    stdout: (t) => void (io.out += t),
    stderr: (t) => void (io.err += t),
    readStdin: () => '',
  };
  const code = await runCli(args, io);
  return { code, out: io.out, err: io.err };
}

describe("lockstep hydrate validates a custom resource against its chart's crds/", () => {
  test('a Widget whose spec.size is a string: protected prod refuses, exit 1, in the words of the check', async () => {
    // main holds size: 3; the pull request's branch pr says size: big.
    fixture = GitFixture.create(repository('3'));
    fixture.checkout('pr', true);
    fixture.commit('size: big', { 'charts/widgets/values-prod.yaml': 'size: big\n' });
    fixture.push('pr');
    const r = await lockstep(fixture.clone('pr'), 'hydrate', '--env', 'prod');
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      '.github/lockstep.yml:2: validate: prod: Widget widgets-w: spec.size: expected integer — fix what renders it, or set validate: warn under prod in the config; nothing was pushed\n',
    );
    // The check of the pull request says the same finding.
    const check = await lockstep(fixture.clone('main'), 'check', '--base', 'main', '--head', 'origin/pr');
    expect(check.code).toBe(1);
    expect(check.err).toContain('prod: Widget widgets-w: spec.size: expected integer');
  }, 60_000);

  test('a Widget whose spec.size is an integer: validated and hydrated, written with its CRD, nothing said of it', async () => {
    fixture = GitFixture.create(repository('3'));
    const ws = fixture.clone('main');
    const r = await lockstep(ws, 'hydrate', '--env', 'prod', '--push');
    if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.out}\n${r.err}`);
    expect(r.err).not.toContain('Widget');
    // The real Helm prints crds/ only with --include-crds; the hydrated branch holds the CRD, as Argo CD and
    // helm-controller install it, ahead of the Widget.
    const chart = join(ws, 'charts/widgets');
    const helm = (...args: string[]) => execFileSync(testHelm, ['template', 'widgets', chart, ...args], { encoding: 'utf8' });
    expect(helm()).not.toContain('CustomResourceDefinition');
    expect(helm('--include-crds')).toContain('kind: CustomResourceDefinition');
    const manifest = execFileSync('git', ['--git-dir', fixture.origin, 'show', 'environment/prod-next:manifest.yaml'], {
      encoding: 'utf8',
    });
    expect([...manifest.matchAll(/^kind: (\w+)$/gm)].map((m) => m[1])).toEqual(['CustomResourceDefinition', 'Widget']);
  }, 60_000);
});

/** The Argo CD Application of `env`: the chart folder with the environment's values file. */
const application = (env: string) =>
  [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Application',
    `metadata: { name: widgets-${env} }`,
    'spec:',
    `  destination: { namespace: ${env} }`,
    '  source:',
    '    repoURL: https://github.com/acme/monorepo',
    '    path: charts/widgets',
    '    targetRevision: 0.1.0',
    `    helm: { valueFiles: [values-${env}.yaml] }`,
    '',
  ].join('\n');

test("lockstep promote refuses the same Widget in protected prod's render, in the same words", async () => {
  const pins = (tag: string, c: string, size: string) =>
    `size: ${size}\nimage:\n  repository: ghcr.io/acme/widgets\n  tag: "${tag}"\n  digest: sha256:${c.repeat(64)}\n`;
  fixture = GitFixture.create({
    ...repository('big'),
    '.github/lockstep.yml': [
      'services:',
      '  widgets: { image: ghcr.io/acme/widgets, values-key: image }',
      'environments:',
      '  - { name: staging, values: charts/widgets/values-staging.yaml, application: apps/staging.yaml }',
      '  - { name: prod, protected: true, values: charts/widgets/values-prod.yaml, application: apps/prod.yaml }',
      '',
    ].join('\n'),
    'charts/widgets/templates/deployment.yaml': [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: { name: {{ .Release.Name }} }',
      'spec:',
      '  selector: { matchLabels: { app: widgets } }',
      '  template:',
      '    metadata: { labels: { app: widgets } }',
      '    spec:',
      '      containers:',
      '        - name: widgets',
      '          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}@{{ .Values.image.digest }}"',
      '',
    ].join('\n'),
    'apps/staging.yaml': application('staging'),
    'apps/prod.yaml': application('prod'),
    'charts/widgets/values-staging.yaml': pins('1.1.0', 'b', '3'),
    'charts/widgets/values-prod.yaml': pins('1.0.0', 'a', 'big'),
  });
  const r = await lockstep(fixture.clone('main'), 'promote', '--from', 'staging', '--to', 'prod');
  expect(r.code).toBe(1);
  expect(r.err).toContain(
    'charts/widgets/values-prod.yaml:1: validate: prod: Widget prod/widgets-prod-w: spec.size: expected integer — fix what renders it, or set validate: warn under prod in the config; nothing was written',
  );
}, 60_000);
