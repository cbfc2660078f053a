import { parseConfigText } from '../../src/config/config.ts';
import { UserError } from '../../src/errors.ts';
import type { PromotionPlan } from '../../src/promote/plan.ts';
import { checkRoute } from '../../src/promote/request.ts';
import { checkValuesContract, valuesContractMarkdown } from '../../src/promote/values-contract.ts';
import type { ValuesDriftReport } from '../../src/values/chart-drift.ts';
import { promoteRequestFor } from '../helpers.ts';
import { gitDouble, worldDouble } from './ports-double.ts';

// The values contract of a promotion (issue 74): the target's values after the plan (its values file, the
// Application's inline values and helm.parameters) judged against the promoted chart version read at its release
// tag, by the check's judge: unread keys at their lines with the nearest read key, the schema's findings at the
// line that wrote the key, refused in error mode, reported in warn mode, not a key values-drift names.

const CONFIG = (mode: string) =>
  [
    'services:',
    '  api: { image: ghcr.io/acme/api, values-key: image }',
    'environments:',
    '  - { name: staging, values: environments/staging/values.yaml, application: apps/staging/api.yaml }',
    `  - { name: prod, values: environments/prod/values.yaml, application: apps/prod/api.yaml, protected: true${mode} }`,
    '',
  ].join('\n');

const app = (version: string) =>
  [
    'apiVersion: argoproj.io/v1alpha1', //      1
    'kind: Application',
    'metadata: { name: api-prod }',
    'spec:',
    '  source:', //                             5
    '    repoURL: https://github.com/acme/monorepo',
    '    path: charts/api',
    `    targetRevision: ${version}`, //        8
    '    helm:',
    '      valueFiles: [$values/environments/prod/values.yaml]', // 10
    '      parameters:',
    '        - name: replicas', //               12
    '          value: three',
    '          forceString: true',
    '        - name: resources.limits.cpux', //  15
    '          value: "2"',
    '',
  ].join('\n');

const VALUES = ['image:', '  repository: ghcr.io/acme/api', '  tag: "1.8.0"', 'ingres:', '  enabled: true', 'legacy: 1', ''].join('\n');

/** Chart api 1.0.0 at the base; 2.0.0 at its release tag: it reads image, replicas, ingress, resources; legacy no more. */
const CHART_1 = {
  'charts/api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 1.0.0\n',
  'charts/api/templates/deploy.yaml': '{{ .Values.legacy }} {{ .Values.image.tag }}\n',
};
const CHART_2 = {
  'charts/api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 2.0.0\n',
  'charts/api/values.yaml': 'replicas: 1\n',
  'charts/api/values.schema.json': JSON.stringify({ type: 'object', properties: { replicas: { type: 'integer' } } }),
  'charts/api/templates/deploy.yaml': [
    'replicas: {{ .Values.replicas }}',
    'image: {{ .Values.image.repository }}:{{ .Values.image.tag }}',
    '{{- if .Values.ingress.enabled }}{{ end }}',
    'resources: {{ toYaml .Values.resources.limits.cpu }}',
    '',
  ].join('\n'),
};

function setUp(mode: string, v2: Record<string, string> = CHART_2) {
  const config = parseConfigText(CONFIG(mode), '.github/lockstep.yml');
  const trees: Record<string, Record<string, string>> = {
    base: { ...CHART_1, 'apps/prod/api.yaml': app('1.0.0'), 'environments/prod/values.yaml': VALUES },
    v2,
  };
  const git = gitDouble({
    readAt: async (commit, path) => trees[commit]?.[path],
    resolveRef: async (ref) => (ref === 'api-2.0.0' ? 'v2' : undefined),
    listFiles: async (commit, dir) => Object.keys(trees[commit] ?? {}).filter((p) => dir === undefined || p.startsWith(`${dir}/`)),
  });
  const req = promoteRequestFor(config, { from: { kind: 'env', env: 'staging' }, to: 'prod' });
  const plan = {
    chart: { file: 'apps/prod/api.yaml', line: 8, old: '1.0.0', new: '2.0.0' },
    files: [{ path: 'apps/prod/api.yaml', before: app('1.0.0'), after: app('2.0.0') }],
  } as unknown as PromotionPlan;
  return { req, route: checkRoute(req), plan, world: worldDouble({ git }) };
}

const judge = (mode: string, drift?: ValuesDriftReport, v2?: Record<string, string>) => {
  const { req, route, plan, world } = setUp(mode, v2);
  return checkValuesContract(req, route, plan, world, 'base', drift);
};

const MESSAGES = [
  ['environments/prod/values.yaml', 6, 'values-contract: prod: legacy is set, but no template of chart api 2.0.0 reads it'],
  [
    'environments/prod/values.yaml',
    5,
    'values-contract: prod: ingres.enabled is set, but no template of chart api 2.0.0 reads it; did you mean ingress.enabled?',
  ],
  [
    'apps/prod/api.yaml',
    15,
    'values-contract: prod: resources.limits.cpux is set in helm.parameters, but no template of chart api 2.0.0 reads it; did you mean resources.limits.cpu?',
  ],
  [
    'apps/prod/api.yaml',
    12,
    "values-contract: prod: chart api 2.0.0's values.schema.json refuses replicas must be integer (charts/api/values.schema.json:1, read as JSON Schema draft-07): Helm would not install these values",
  ],
];

describe('the values contract of a promotion that moves the chart version', () => {
  test('prod is protected: every finding refused at its line, together, with the way out', async () => {
    const refused = await judge('').then(
      () => undefined,
      (e: unknown) => e,
    );
    const errors =
      (refused as AggregateError | UserError) instanceof UserError ? [refused as UserError] : (refused as AggregateError).errors;
    expect(errors.map((e: UserError) => [e.file, e.line, e.detail])).toEqual(MESSAGES);
    expect((errors[0] as UserError).format()).toBe(
      'environments/prod/values.yaml:6: values-contract: prod: legacy is set, but no template of chart api 2.0.0 reads it — move it where the chart reads it or remove it before promoting chart api 2.0.0, or set values-contract: warn for prod in the config',
    );
  });

  test('values-contract: warn: the findings reported for the pull request, nothing thrown', async () => {
    const r = (await judge(', values-contract: warn'))!;
    expect(r.findings.map((f) => [f.file, f.line, f.message])).toEqual(MESSAGES);
    expect([r.mode, r.chart, r.checked, r.notTraced]).toEqual(['warn', 'api 2.0.0 from charts/api at tag api-2.0.0', 6, 0]);
    expect(valuesContractMarkdown(r).split('\n')[0]).toBe(
      "**values-contract (warn)** chart api 2.0.0 from charts/api at tag api-2.0.0: 4 findings in the 6 keys the target's values set; the promotion goes on (values-contract: warn).",
    );
  });

  test('a key values-drift names (legacy: 1.0.0 read it, 2.0.0 stops) is not said twice', async () => {
    const drift = {
      mode: 'warn',
      chart: 'api 1.0.0 → 2.0.0',
      where: '',
      notCompared: [],
      findings: [{ file: 'environments/prod/values.yaml', line: 6, key: 'legacy', message: 'key legacy …' }],
    } as ValuesDriftReport;
    const r = (await judge(', values-contract: warn', drift))!;
    expect(r.findings.map((f) => f.line)).toEqual([5, 15, 12]);
  });

  test('values-contract: off, or a plan that moves no chart version: nothing judged', async () => {
    expect(await judge(', values-contract: off')).toBeUndefined();
    const { req, route, plan, world } = setUp('');
    expect(await checkValuesContract(req, route, { ...plan, chart: undefined }, world, 'base', undefined)).toBeUndefined();
  });

  test('a promoted schema whose $ref loops is not judged, said at its line: refused in error mode, nothing hangs', async () => {
    const loop = JSON.stringify({ $ref: '#/definitions/a', definitions: { a: { $ref: '#/definitions/a' } } });
    const refused = await judge('', undefined, { ...CHART_2, 'charts/api/values.schema.json': loop }).then(
      () => undefined,
      (e: unknown) => e,
    );
    const errors = refused instanceof UserError ? [refused] : (refused as AggregateError).errors;
    expect(errors.map((e: UserError) => [e.file, e.line, e.detail]).slice(-1)).toEqual([
      [
        'charts/api/values.schema.json',
        1,
        "values-contract: prod: chart api's values.schema.json cannot be judged: $ref #/definitions/a loops back to itself through $refs only",
      ],
    ]);
  });

  test('a Flux HelmRelease: its spec.values judged against the promoted version, at their lines', async () => {
    const release = (version: string) =>
      [
        'apiVersion: source.toolkit.fluxcd.io/v1',
        'kind: HelmRepository',
        'metadata: { name: acme, namespace: flux }',
        'spec: { type: oci, url: oci://127.0.0.1:9/acme/charts }',
        '---',
        'apiVersion: helm.toolkit.fluxcd.io/v2',
        'kind: HelmRelease',
        'metadata: { name: api, namespace: flux }',
        'spec:',
        '  chart:',
        '    spec:',
        '      chart: api',
        `      version: ${version}`, //               13
        '      sourceRef: { kind: HelmRepository, name: acme }',
        '  values:',
        '    ingres:',
        '      enabled: true', //                      17
        '    replicas: three', //                      18
        '',
      ].join('\n');
    const config = parseConfigText(
      'environments:\n  - { name: staging, helmrelease: apps/staging/api.yaml }\n  - { name: prod, helmrelease: apps/prod/api.yaml, protected: true, values-contract: warn }\n',
      '.github/lockstep.yml',
    );
    const trees: Record<string, Record<string, string>> = { base: { ...CHART_1, 'apps/prod/api.yaml': release('1.0.0') }, v2: CHART_2 };
    const git = gitDouble({
      readAt: async (commit, path) => trees[commit]?.[path],
      resolveRef: async (ref) => (ref === 'api-2.0.0' ? 'v2' : undefined),
      listFiles: async (commit, dir) => Object.keys(trees[commit] ?? {}).filter((p) => dir === undefined || p.startsWith(`${dir}/`)),
    });
    const req = promoteRequestFor(config, { from: { kind: 'env', env: 'staging' }, to: 'prod' });
    const plan = {
      chart: { file: 'apps/prod/api.yaml', line: 13, old: '1.0.0', new: '2.0.0' },
      files: [{ path: 'apps/prod/api.yaml', before: release('1.0.0'), after: release('2.0.0') }],
    } as unknown as PromotionPlan;
    const r = (await checkValuesContract(req, checkRoute(req), plan, worldDouble({ git }), 'base', undefined))!;
    expect(r.findings.map((f) => [f.file, f.line, f.message])).toEqual([
      [
        'apps/prod/api.yaml',
        17,
        'values-contract: prod: ingres.enabled is set in spec.values, but no template of chart api 2.0.0 reads it; did you mean ingress.enabled?',
      ],
      [
        'apps/prod/api.yaml',
        18,
        "values-contract: prod: chart api 2.0.0's values.schema.json refuses replicas must be integer (charts/api/values.schema.json:1, read as JSON Schema draft-07): Helm would not install these values",
      ],
    ]);
  });
});
