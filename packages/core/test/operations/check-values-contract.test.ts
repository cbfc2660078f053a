import { dirname } from 'node:path';
import { environmentContract } from '../../src/values/environment-contract.ts';
import { parseConfigText } from '../../src/config/config.ts';
import { CheckContract } from '../../src/operations/check/contract.ts';
import { renderChecks, type CheckReader } from '../../src/operations/check/render.ts';
import { DIGEST as FLUX_DIGEST, fluxRepo, patch } from '../../../../action-tests/harness/flux-chart-fixture.ts';

// chart-bump-check's values contract (issue 74) on the environments it renders, with the real Helm 3.17.3: a key an
// environment's values file sets that no template of the chart reads is named at its line with the key the chart reads,
// an error where the environment is protected, a warning elsewhere, off where the config says so.

const TOOLS = { PATH: `${dirname(process.env.LOCKSTEP_HELM!)}:/usr/bin:/bin` };
const DIGEST = `sha256:${'a'.repeat(64)}`;

function reader(commits: Record<string, Record<string, string>>): CheckReader {
  return {
    list: async (commit, dir) => Object.keys(commits[commit] ?? {}).filter((p) => dir === '.' || dir === '' || p.startsWith(`${dir}/`)),
    read: async (commit, p) => commits[commit]?.[p],
  };
}

const config = (extra = '') =>
  [
    extra,
    'environments:',
    '  - { name: dev, values: charts/api/values-dev.yaml }',
    '  - { name: prod, values: charts/api/values-prod.yaml, protected: true }',
    '',
  ].join('\n');

const BASE: Record<string, string> = {
  'charts/api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 0.3.0\n',
  'charts/api/values.yaml': `replicas: 1\nimage: ghcr.io/acme/api:2.0.0@${DIGEST}\nmetrics:\n  enabled: false\npodAnnotations: {}\n`,
  'charts/api/values-dev.yaml': 'replicas: 1\n',
  'charts/api/values-prod.yaml': 'replicas: 3\n',
  'charts/api/templates/_helpers.tpl': '{{- define "api.annotations" -}}{{ toYaml . }}{{- end -}}',
  'charts/api/templates/deployment.yaml': [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata: { name: api }',
    'spec:',
    '  replicas: {{ .Values.replicas }}',
    '  selector: { matchLabels: { app: api } }',
    '  template:',
    '    metadata:',
    '      labels: { app: api }',
    '      annotations: {{- include "api.annotations" .Values.podAnnotations | nindent 8 }}',
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

const TOOLS_KUBE = { PATH: `${dirname(process.env.LOCKSTEP_HELM!)}:${dirname(process.env.LOCKSTEP_KUBECTL!)}:/usr/bin:/bin` };

async function checkOf(head: Record<string, string>, configText = config(), given?: 'error' | 'warn' | 'off') {
  return checkOfFiles({}, head, configText, TOOLS, given);
}

/** The check of `BASE` with `base` over it, against `head` over that: the values contract's problems and sections. */
async function checkOfFiles(
  base: Record<string, string>,
  head: Record<string, string | undefined>,
  configText: string,
  tools: Record<string, string> = TOOLS,
  given?: 'error' | 'warn' | 'off',
  mode: 'auto' | 'off' = 'auto',
  charts: Parameters<typeof renderChecks>[2] = [],
) {
  const files: Record<string, string> = { ...BASE, ...base, '.github/lockstep.yml': configText };
  const after = Object.fromEntries(Object.entries({ ...files, ...head }).filter((e): e is [string, string] => e[1] !== undefined));

  const changed = new Set(Object.keys(after).filter((p) => files[p] !== after[p]));
  const cfg = parseConfigText(files['.github/lockstep.yml'], '.github/lockstep.yml');
  const contract = new CheckContract(cfg, given, environmentContract);
  const out = await renderChecks(
    mode,
    cfg,
    charts,
    { base: 'base', head: 'head' },
    reader({ base: files, head: after }),
    tools,
    (p) => p,
    undefined,
    { changed, headPaths: new Set(Object.keys(after)) },
    undefined,
    contract,
  );
  return { out, problems: contract.problems.map((p) => `${p.level} ${p.file}:${p.line}: ${p.message}`), sections: contract.sections };
}

const PROD = 'replicas: 3\nmetric:\n  enabled: true\npodAnnotations:\n  team: api\n';
const DEV = 'replicas: 1\nmetrics:\n  enable: true\n';

describe('the values contract of each environment the check renders', () => {
  test('a mis-nested key in a protected environment is an error at its line; a mistyped one elsewhere a warning; a map handed to a helper whole is read', async () => {
    const { problems, sections } = await checkOf({ 'charts/api/values-prod.yaml': PROD, 'charts/api/values-dev.yaml': DEV });
    expect(problems.sort()).toEqual([
      'error charts/api/values-prod.yaml:3: values-contract: prod: metric.enabled is set, but no template of chart api reads it; did you mean metrics.enabled?',
      'warning charts/api/values-dev.yaml:3: values-contract: dev: metrics.enable is set, but no template of chart api reads it; did you mean metrics.enabled?',
    ]);
    expect(sections.sort((a, b) => a.environment.localeCompare(b.environment))).toEqual([
      {
        environment: 'dev',
        mode: 'warn',
        chart: 'api',
        files: [{ file: 'charts/api/values-dev.yaml', checked: 2, unread: 1, notTraced: 0 }],
        schema: [],
        undeclared: [],
      },
      {
        environment: 'prod',
        mode: 'error',
        chart: 'api',
        files: [{ file: 'charts/api/values-prod.yaml', checked: 3, unread: 1, notTraced: 0 }],
        schema: [],
        undeclared: [],
      },
    ]);
  });

  test('values-contract: off at the top and warn for prod: prod warns, dev is not judged; the input overrides both', async () => {
    const files = { 'charts/api/values-prod.yaml': PROD, 'charts/api/values-dev.yaml': DEV };
    const cfg = config('values-contract: off').replace('protected: true }', 'protected: true, values-contract: warn }');
    const { problems } = await checkOf(files, cfg);
    expect(problems).toEqual([
      'warning charts/api/values-prod.yaml:3: values-contract: prod: metric.enabled is set, but no template of chart api reads it; did you mean metrics.enabled?',
    ]);
    const { problems: given } = await checkOf(files, cfg, 'error');
    expect(given.sort()).toEqual([
      'error charts/api/values-dev.yaml:3: values-contract: dev: metrics.enable is set, but no template of chart api reads it; did you mean metrics.enabled?',
      'error charts/api/values-prod.yaml:3: values-contract: prod: metric.enabled is set, but no template of chart api reads it; did you mean metrics.enabled?',
    ]);
  });

  test("a template that does not parse fails a protected environment's contract at its line", async () => {
    const { problems } = await checkOf({
      'charts/api/values-prod.yaml': PROD,
      'charts/api/templates/broken.yaml': 'a: 1\n{{ if .Values.replicas }}\n',
    });
    expect(problems.sort()).toEqual([
      "error charts/api/templates/broken.yaml:2: values-contract: prod: chart api's values keys could not be read: template does not parse: a block is not closed with {{ end }}",
      "warning charts/api/templates/broken.yaml:2: values-contract: dev: chart api's values keys could not be read: template does not parse: a block is not closed with {{ end }}",
    ]);
  });
});

describe('environmentContract', () => {
  const files = new Map([
    ['Chart.yaml', 'apiVersion: v2\nname: api\nversion: 0.3.0\n'],
    ['templates/cm.yaml', '{{ .Values.a }}{{ tpl .Values.note . }}'],
  ]);

  test('environments of one chart read it once; a values file with template strings is read with them', async () => {
    const cache = new Map();
    const dev = await environmentContract('charts/api', files, [{ file: 'dev.yaml', text: 'a: 1\nb: 2\n' }], cache);
    const prod = await environmentContract(
      'charts/api',
      files,
      [{ file: 'prod.yaml', text: 'a: 1\nnote: "{{ .Values.b }}"\nb: 2\n' }],
      cache,
    );
    const unread = (r: typeof dev) =>
      'reports' in r ? r.reports.flatMap((x) => x.unread.map((u) => `${u.file}:${u.line}: ${u.key}`)) : [r.failed.message];
    expect({ dev: unread(dev), prod: unread(prod), charts: cache.size }).toEqual({ dev: ['dev.yaml:2: b'], prod: [], charts: 1 });
  });

  test('a values file that is no YAML is a failure at its line', async () => {
    const r = await environmentContract('charts/api', files, [{ file: 'prod.yaml', text: 'a: [1\n' }]);
    expect('failed' in r ? `${r.failed.file}:${r.failed.line}` : 'judged').toBe('prod.yaml:2');
  });
});

describe("inline values: an Application's helm.values and valuesObject, a HelmRelease's spec.values", () => {
  const application = (values: string[], object: string[]) =>
    [
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Application',
      'metadata: { name: api-prod }',
      'spec:',
      '  source:',
      '    repoURL: https://github.com/acme/deploy',
      '    path: charts/api',
      '    targetRevision: main',
      '    helm:',
      '      valueFiles: [values-prod.yaml]',
      '      values: |',
      ...values.map((l) => `        ${l}`),
      '      valuesObject:',
      ...object.map((l) => `        ${l}`),
      '',
    ].join('\n');
  const appConfig = [
    'environments:',
    '  - { name: prod, values: charts/api/values-prod.yaml, application: apps/prod.yaml, protected: true }',
    '',
  ].join('\n');

  test('each key no template reads is named at its line in the Application; a schema refusal at the line that wrote the key', async () => {
    const schema = '{\n  "type": "object",\n  "properties": {\n    "replicas": { "type": "integer", "maximum": 10 }\n  }\n}\n';
    const base = { 'apps/prod.yaml': application(['replicas: 2'], ['podAnnotations: {}']), 'charts/api/values.schema.json': schema };
    const head = {
      ...base,
      'apps/prod.yaml': application(['replicas: 20', 'metric:', '  enabled: true'], ['podAnnotations:', '  team: api', 'imag: x']),
    };
    const { problems, sections } = await checkOfFiles(base, head, appConfig);
    expect(problems.sort()).toEqual([
      "error apps/prod.yaml:12: values-contract: prod: chart api's values.schema.json refuses replicas must be <= 10 (charts/api/values.schema.json:4, read as JSON Schema draft-07): Helm would not install these values",
      'error apps/prod.yaml:14: values-contract: prod: metric.enabled is set in helm.values, but no template of chart api reads it; did you mean metrics.enabled?',
      'error apps/prod.yaml:18: values-contract: prod: imag is set in helm.valuesObject, but no template of chart api reads it; did you mean image?',
    ]);
    expect(sections.map((s) => s.files)).toEqual([
      [
        { file: 'charts/api/values-prod.yaml', checked: 1, unread: 0, notTraced: 0 },
        { file: 'apps/prod.yaml', label: 'helm.values', checked: 2, unread: 1, notTraced: 0 },
        { file: 'apps/prod.yaml', label: 'helm.valuesObject', checked: 2, unread: 1, notTraced: 0 },
      ],
    ]);
  });
});

describe("a Flux HelmRelease's values", () => {
  test("spec.values of the base and of the environment's patch, at their lines; the schema over the merged values", async () => {
    const base = fluxRepo() as Record<string, string>;
    base['charts/myapp/values.schema.json'] = '{\n  "properties": {\n    "replicas": { "type": "integer" }\n  }\n}\n';
    const head = {
      ...base,
      'apps/production/myapp-values.yaml': patch('production', `ghcr.io/acme/api:1.0.0@${FLUX_DIGEST}`, [
        '    replicas: two',
        '    imagePullPolicy: Always',
      ]),
    };
    const { problems, sections } = await checkOfFiles(base, head, base['.github/lockstep.yml'], TOOLS_KUBE);
    expect(problems.sort()).toEqual([
      "error apps/production/myapp-values.yaml:11: values-contract: production: chart myapp's values.schema.json refuses replicas must be integer (charts/myapp/values.schema.json:3, read as JSON Schema draft-07): Helm would not install these values",
      'error apps/production/myapp-values.yaml:12: values-contract: production: imagePullPolicy is set in spec.values, but no template of chart myapp reads it',
    ]);
    expect(sections.map((s) => [s.environment, s.files])).toEqual([
      [
        'production',
        [
          { file: 'apps/base/myapp/release.yaml', label: 'spec.values', checked: 1, unread: 0, notTraced: 0 },
          { file: 'apps/production/myapp-values.yaml', label: 'spec.values', checked: 3, unread: 1, notTraced: 0 },
        ],
      ],
    ]);
  });
});

describe('environments the check does not render are judged all the same (the contract is static)', () => {
  const head = { 'charts/api/values-prod.yaml': PROD, 'charts/api/values-dev.yaml': DEV };
  const expected = [
    'error charts/api/values-prod.yaml:3: values-contract: prod: metric.enabled is set, but no template of chart api reads it; did you mean metrics.enabled?',
    'warning charts/api/values-dev.yaml:3: values-contract: dev: metrics.enable is set, but no template of chart api reads it; did you mean metrics.enabled?',
  ];

  test('render: off: the values the pull request touches are judged, nothing rendered', async () => {
    const { out, problems } = await checkOfFiles({}, head, config(), TOOLS, undefined, 'off');
    expect(out).toBeUndefined();
    expect(problems.sort()).toEqual(expected);
  });

  test('no Helm on PATH: judged, and the render says it was skipped', async () => {
    const { out, problems } = await checkOfFiles({}, head, config(), { PATH: '/usr/bin:/bin' });
    expect(out?.rendered.map((r) => r.status)).toEqual(['skipped']);
    expect(problems.sort()).toEqual(expected);
  });

  test('an environment whose chart cannot be read is said not judged: a protected one fails closed, another warns', async () => {
    const app = (name: string) =>
      [
        'apiVersion: argoproj.io/v1alpha1',
        'kind: Application',
        `metadata: { name: api-${name} }`,
        'spec:',
        '  source:',
        '    repoURL: https://github.com/acme/deploy',
        '    path: charts/api',
        '    targetRevision: main',
        `    helm: { valueFiles: [values-${name}.yaml, missing-${name}.yaml] }`,
        '',
      ].join('\n');
    const cfg = [
      'environments:',
      '  - { name: dev, values: charts/api/values-dev.yaml, application: apps/dev.yaml }',
      '  - { name: prod, values: charts/api/values-prod.yaml, application: apps/prod.yaml, protected: true }',
      '',
    ].join('\n');
    // The pull request deletes the files the Applications' valueFiles name: the head cannot be read.
    const base = {
      'apps/dev.yaml': app('dev'),
      'apps/prod.yaml': app('prod'),
      'charts/api/missing-dev.yaml': 'a: 1\n',
      'charts/api/missing-prod.yaml': 'a: 1\n',
    };
    const { problems, sections } = await checkOfFiles(
      base,
      { ...head, 'charts/api/missing-dev.yaml': undefined, 'charts/api/missing-prod.yaml': undefined },
      cfg,
      TOOLS,
      undefined,
      'off',
    );
    expect(problems.sort()).toEqual([
      "error charts/api/values-prod.yaml:1: values-contract: prod: chart api's values keys could not be read: the Application's valueFiles entry missing-prod.yaml is not in the repository",
      "warning charts/api/values-dev.yaml:1: values-contract: dev: chart api's values keys could not be read: the Application's valueFiles entry missing-dev.yaml is not in the repository",
    ]);
    expect(sections.map((s) => s.failed).sort()).toEqual([
      "charts/api/values-dev.yaml:1: the Application's valueFiles entry missing-dev.yaml is not in the repository",
      "charts/api/values-prod.yaml:1: the Application's valueFiles entry missing-prod.yaml is not in the repository",
    ]);
  });
});

describe('the schema is read as the Helm that renders the environment reads it', () => {
  test('no $schema: draft 7 under Helm 3.17, 2020-12 under Helm 4.1 (prefixItems judged)', async () => {
    const base = {
      'charts/api/values.schema.json':
        '{\n  "type": "object",\n  "properties": {\n    "l": { "type": "array", "prefixItems": [{ "type": "string" }] }\n  }\n}\n',
      'charts/api/templates/list.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: l }\ndata: { l: {{ toJson .Values.l | quote }} }\n',
    };
    const head = { 'charts/api/values-dev.yaml': 'replicas: 1\nl: [5]\n' };
    const helm4 = { PATH: `${dirname(process.env.LOCKSTEP_HELM4!)}:/usr/bin:/bin` };
    const [three, four] = [await checkOfFiles(base, head, config()), await checkOfFiles(base, head, config(), helm4)];
    const dev = (r: typeof three) => r.sections.filter((s) => s.environment === 'dev').map((s) => s.schema);
    expect(dev(three)).toEqual([[]]);
    expect(dev(four)).toEqual([
      [
        {
          file: 'charts/api/values-dev.yaml',
          line: 2,
          key: 'l[0]',
          message: 'l[0] must be string (charts/api/values.schema.json:4, read as JSON Schema 2020-12)',
        },
      ],
    ]);
  });
});

describe('a pull request that changes the chart: its own values.yaml keys its schema does not declare', () => {
  const schema =
    '{\n  "type": "object",\n  "properties": {\n    "replicas": { "type": "integer" },\n    "image": { "type": "string" },\n    "metrics": { "type": "object" },\n    "podAnnotations": { "type": "object" }\n  }\n}\n';
  const bump = [
    {
      path: 'charts/api',
      name: 'api',
      base: '0.3.0',
      head: '0.3.1',
      required: 'patch' as const,
      ok: true,
      problems: [],
      status: 'changed' as const,
      reasons: [],
    },
  ];

  test.each([
    ['rendered', 'auto' as const],
    ['render: off', 'off' as const],
  ])('%s: one warning at the key, said once for the chart however many environments deploy it', async (_name, mode) => {
    const base = { 'charts/api/values.schema.json': schema };
    const head = {
      'charts/api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 0.3.1\n',
      'charts/api/values.yaml': `${BASE['charts/api/values.yaml']}nameOverride: ""\n`,
      'charts/api/values-prod.yaml': 'replicas: 2\n',
      'charts/api/values-dev.yaml': 'replicas: 2\n',
    };
    const { problems } = await checkOfFiles(base, head, config(), TOOLS, undefined, mode, bump);
    expect(problems).toEqual([
      'warning charts/api/values.yaml:6: values-contract: chart api sets nameOverride in its values.yaml, but its values.schema.json does not declare it',
    ]);
  });
});
