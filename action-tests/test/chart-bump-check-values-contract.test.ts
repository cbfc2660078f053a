import { execFileSync } from 'node:child_process';
import { type Files, fixturesRemovedAfterAll } from '../harness/git-fixture.ts';
import { runAction, type ActionRun } from '../harness/run-action.ts';
import { runCli } from '../harness/run-cli.ts';
import { testPath } from '../harness/tool-path.mjs';

// End-to-end (issue 74): the committed chart-bump-check bundle and `lockstep check` judge an environment's values
// against its chart — a key no template reads at its line, what the chart's values.schema.json refuses in the merged
// values at the line that wrote the key — with the real Helm 3.17.3 on PATH and with none (the contract is static).

const WITH_HELM = testPath('helm');
const SCHEMA = [
  '{',
  '  "type": "object",',
  '  "properties": {',
  '    "replicas": { "type": "integer", "minimum": 1 },',
  '    "image": { "type": "string" },',
  '    "metrics": { "type": "object", "properties": { "enabled": { "type": "boolean" } } }',
  '  }',
  '}',
  '',
].join('\n');
const REPO: Files = {
  '.github/lockstep.yml': 'charts: [charts/*]\nenvironments:\n  - { name: prod, values: charts/api/values-prod.yaml, protected: true }\n',
  'charts/api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 0.3.0\n',
  'charts/api/values.yaml': `replicas: 1\nimage: ghcr.io/acme/api:2.0.0@sha256:${'a'.repeat(64)}\nmetrics:\n  enabled: false\n`,
  'charts/api/values.schema.json': SCHEMA,
  'charts/api/values-prod.yaml': 'replicas: 3\n',
  'charts/api/templates/deployment.yaml': [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata: { name: api }',
    'spec:',
    '  replicas: {{ .Values.replicas }}',
    '  selector: { matchLabels: { app: api } }',
    '  template:',
    '    metadata: { labels: { app: api } }',
    '    spec:',
    '      containers:',
    '        - name: api',
    '          image: {{ .Values.image }}',
    '          {{- if .Values.metrics.enabled }}',
    '          ports: [{ containerPort: 9090 }]',
    '          {{- end }}',
    '',
  ].join('\n'),
};
const PROD = 'replicas: 0\nmetric:\n  enabled: true\n';

const newRepo = fixturesRemovedAfterAll();

function pullRequest(changes: Files) {
  const repo = newRepo(REPO);
  const base = repo.git('rev-parse', 'HEAD');
  repo.checkout('pr', true);
  const head = repo.commit('prod: values', changes);
  const event = { pull_request: { number: 7, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'pr' } } };
  return { repo, base, head, event };
}

const errors = (run: ActionRun) =>
  run.annotations
    .filter((a) => a.level === 'error')
    .map((a) => `${a.file}:${a.line}: ${a.message.replace(/^\S+:\d+: /, '').replace(/ — .*$/, '')}`);

const EXPECTED = [
  "charts/api/values-prod.yaml:1: values-contract: prod: chart api's values.schema.json refuses replicas must be >= 1 (charts/api/values.schema.json:4, read as JSON Schema draft-07): Helm would not install these values",
  'charts/api/values-prod.yaml:3: values-contract: prod: metric.enabled is set, but no template of chart api reads it; did you mean metrics.enabled?',
];

describe('chart-bump-check and lockstep check judge the values contract (bundled)', () => {
  test.each([
    ['with Helm on PATH', WITH_HELM],
    ['without Helm (not rendered, judged all the same)', '/usr/bin:/bin'],
  ])('%s: an unread key and a schema refusal, each at its line; nothing written', async (_name, path) => {
    const pr = pullRequest({ 'charts/api/values-prod.yaml': PROD });
    const run = await runAction('chart-bump-check', {
      workspace: pr.repo.dir,
      eventName: 'pull_request',
      event: pr.event,
      env: { PATH: path },
    });
    expect(run.code).toBe(1);
    expect(
      errors(run)
        .filter((e) => e.includes('values-contract'))
        .sort(),
    ).toEqual(EXPECTED);
    const cli = await runCli(['check', '--base', 'main', '--head', 'pr', '--json'], { cwd: pr.repo.dir, env: { PATH: path } });
    expect(cli.code).toBe(1);
    const doc = JSON.parse(cli.stdout) as { 'values-contract': unknown[] };
    expect(doc['values-contract']).toEqual([
      {
        environment: 'prod',
        mode: 'error',
        chart: 'api',
        checked: 2,
        unread: 1,
        'not-traced': 0,
        files: [{ file: 'charts/api/values-prod.yaml', checked: 2, unread: 1, 'not-traced': 0 }],
        schema: [
          {
            file: 'charts/api/values-prod.yaml',
            line: 1,
            key: 'replicas',
            message: 'replicas must be >= 1 (charts/api/values.schema.json:4, read as JSON Schema draft-07)',
          },
        ],
        undeclared: [],
        failed: null,
      },
    ]);
    expect(execFileSync('git', ['status', '--porcelain'], { cwd: pr.repo.dir, encoding: 'utf8' })).toBe('');
  });
});

describe('lockstep check: an Application’s helm.parameters are values too (bundled CLI, the real Helm 3.17.3 on PATH)', () => {
  const app = (params: string[]) =>
    [
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Application',
      'metadata: { name: api-prod }',
      'spec:',
      '  destination: { namespace: prod }',
      '  source:',
      '    repoURL: https://github.com/acme/deploy',
      '    path: charts/api',
      '    targetRevision: main',
      '    helm:',
      '      valueFiles: [values-prod.yaml]',
      ...(params.length ? ['      parameters:', ...params] : []),
      '',
    ].join('\n');

  test('a mistyped parameter is named at its line; a value with a comma is one string, as Argo CD passes it, and renders', async () => {
    const repo = newRepo({
      ...REPO,
      '.github/lockstep.yml': [
        'charts: [charts/*]',
        'environments:',
        '  - { name: prod, values: charts/api/values-prod.yaml, application: apps/prod.yaml, values-contract: error }',
        '',
      ].join('\n'),
      'apps/prod.yaml': app([]),
    });
    repo.checkout('pr', true);
    repo.commit('prod: parameters', {
      'apps/prod.yaml': app([
        '        - name: metric.enabled', //            line 13
        '          value: "true"',
        '        - name: image', //                     line 15
        '          value: "ghcr.io/acme/api:2.1.0,debug"',
        '          forceString: true',
      ]),
    });
    const cli = await runCli(['check', '--base', 'main', '--head', 'pr', '--json'], { cwd: repo.dir, env: { PATH: WITH_HELM } });
    expect(cli.code).toBe(1);
    const doc = JSON.parse(cli.stdout) as {
      'values-contract': { files: unknown[] }[];
      errors: { file: string; line: number; message: string }[];
      rendered: { diff: string }[];
    };
    expect(doc.errors.filter((e) => e.message.includes('values-contract')).map((e) => [e.file, e.line, e.message])).toEqual([
      [
        'apps/prod.yaml',
        13,
        'apps/prod.yaml:13: values-contract: prod: metric.enabled is set in helm.parameters, but no template of chart api reads it; did you mean metrics.enabled? — move it where the chart reads it or remove it, or set values-contract: warn for prod in the config',
      ],
    ]);
    expect(doc['values-contract'][0].files).toEqual([
      { file: 'charts/api/values-prod.yaml', checked: 1, unread: 0, 'not-traced': 0 },
      { file: 'apps/prod.yaml', in: 'helm.parameters', checked: 1, unread: 1, 'not-traced': 0 },
      { file: 'apps/prod.yaml', in: 'helm.parameters', checked: 1, unread: 0, 'not-traced': 0 },
    ]);
    // Helm received the comma escaped (unescaped, `debug` would be a second --set without a value, and the render would fail).
    expect(doc.rendered.map((r) => r.diff).join('\n')).toContain('\n+        - image: ghcr.io/acme/api:2.1.0,debug\n');
  });
});
