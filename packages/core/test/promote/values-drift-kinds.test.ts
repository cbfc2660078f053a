import { parseConfigText } from '../../src/config/config.ts';
import { UserError, UserErrors } from '../../src/errors.ts';
import type { PromotionPlan } from '../../src/promote/plan.ts';
import { checkRoute } from '../../src/promote/request.ts';
import { checkValuesDrift } from '../../src/promote/values-drift.ts';
import { promoteRequestFor } from '../helpers.ts';
import { gitDouble, worldDouble } from './ports-double.ts';

// values-drift judges every value the target's deployer sets, as its kind reads them (deploy/model.ts setValues): a
// multi-source Application's valueFiles of this repository — a file prod shares with other environments as well as
// its own — and its valuesObject. It compared only the environment's values file: a key of the shared file that the
// promoted chart no longer reads went unsaid, and so did one of the Application's valuesObject.

const CONFIG = [
  'services:',
  '  api: { image: ghcr.io/acme/api, values-key: image }',
  'environments:',
  '  - { name: staging, values: environments/staging/values.yaml, application: apps/staging/api.yaml }',
  '  - { name: prod, values: environments/prod/values.yaml, application: apps/prod/api.yaml, protected: true }',
  '',
].join('\n');

const app = (version: string) =>
  [
    'apiVersion: argoproj.io/v1alpha1', //   1
    'kind: Application',
    'metadata: { name: api-prod }',
    'spec:',
    '  sources:', //                         5
    '    - repoURL: https://github.com/acme/monorepo',
    '      path: charts/api',
    `      targetRevision: ${version}`, //   8
    '      helm:',
    '        valueFiles:', //                 10
    '          - $values/environments/common.yaml',
    '          - $values/environments/prod/values.yaml',
    '        valuesObject:',
    '          probes:',
    '            legacyPath: /healthz', //    15
    '          image:',
    '            pullPolicy: Always',
    '    - repoURL: https://github.com/acme/monorepo',
    '      targetRevision: main',
    '      ref: values', //                   20
    '',
  ].join('\n');

const COMMON = ['# every environment', 'metrics:', '  oldExporter: true', '  port: 9090', ''].join('\n');
const PROD = ['image:', '  repository: ghcr.io/acme/api', '  tag: "1.8.0"', 'legacy: 1', ''].join('\n');

/** Chart api 1.0.0 at the base reads every key above; 2.0.0, at its release tag, stops reading metrics.oldExporter, legacy and probes.legacyPath. */
const CHART_1 = {
  'charts/api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 1.0.0\n',
  'charts/api/values.yaml':
    'metrics:\n  oldExporter: false\n  port: 80\nlegacy: 0\nprobes:\n  legacyPath: /\nimage:\n  pullPolicy: IfNotPresent\n',
  'charts/api/templates/deploy.yaml':
    '{{ .Values.metrics.oldExporter }} {{ .Values.metrics.port }} {{ .Values.legacy }} {{ .Values.probes.legacyPath }} {{ .Values.image.repository }}:{{ .Values.image.tag }} {{ .Values.image.pullPolicy }}\n',
};
const CHART_2 = {
  'charts/api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 2.0.0\n',
  'charts/api/values.yaml': 'metrics:\n  port: 80\nimage:\n  pullPolicy: IfNotPresent\n',
  'charts/api/templates/deploy.yaml':
    '{{ .Values.metrics.port }} {{ .Values.image.repository }}:{{ .Values.image.tag }} {{ .Values.image.pullPolicy }}\n',
};

function drift() {
  const config = parseConfigText(CONFIG, '.github/lockstep.yml');
  const base = {
    ...CHART_1,
    'apps/prod/api.yaml': app('1.0.0'),
    'environments/common.yaml': COMMON,
    'environments/prod/values.yaml': PROD,
  };
  const trees: Record<string, Record<string, string>> = { base, v2: CHART_2 };
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
  return checkValuesDrift(req, checkRoute(req), plan, worldDouble({ git }), 'base');
}

test('a protected prod: each key the promoted chart stops reading is refused at its line, in the shared file, its own and its valuesObject', async () => {
  const refused = await drift().then(
    () => undefined,
    (e: unknown) => e,
  );
  const errors = refused instanceof UserErrors ? refused.errors : refused instanceof UserError ? [refused] : [];
  expect(errors.map((e) => [e.file, e.line])).toEqual([
    ['environments/common.yaml', 3],
    ['environments/prod/values.yaml', 4],
    ['apps/prod/api.yaml', 14],
  ]);
  const said = (key: string) =>
    `values-drift: key ${key} is set here and chart api 1.0.0 reads it, but chart api 2.0.0 no longer does (not in its values.yaml, read by none of its templates)`;
  expect(errors.map((e) => e.detail)).toEqual([said('metrics.oldExporter'), said('legacy'), said('probes')]);
});
