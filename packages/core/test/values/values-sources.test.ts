import { readApplication } from '../../src/deploy/argocd/application.ts';
import { readValuesSource } from '../../src/values/values-origin.ts';
import { schemaFindings } from '../../src/values/schema-values.ts';

// Where an Application's inline values are written (issue 74, item 1): a multi-source Application's chart source, its
// helm.values literal block at the Application's own lines, a quoted string at its line, valuesObject at its keys'; and
// a values source that expands past the bound (a billion laughs) refused at once.

const MULTI = [
  'apiVersion: argoproj.io/v1alpha1',
  'kind: Application',
  'metadata: { name: api-prod }',
  'spec:',
  '  sources:',
  '    - repoURL: https://github.com/acme/deploy',
  '      targetRevision: main',
  '      ref: values',
  '    - repoURL: ghcr.io/acme/charts',
  '      chart: api',
  '      targetRevision: 1.4.0',
  '      helm:',
  '        valueFiles: [$values/envs/prod.yaml]',
  '        values: |',
  '          replicas: 3',
  '          image:',
  '            tag: "2.0"',
  '        valuesObject:',
  '          podAnnotations:',
  '            team: api',
  '',
].join('\n');

test("a multi-source Application: the chart source's helm.values at its own lines, valuesObject at its keys'", () => {
  const app = readApplication(MULTI, 'apps/prod.yaml', undefined, []);
  expect(app.inlineAt.map(({ text: _t, ...where }) => where)).toEqual([
    { file: 'apps/prod.yaml', label: 'helm.values', firstLine: 15 },
    { file: 'apps/prod.yaml', document: 0, at: ['spec', 'sources', 1, 'helm', 'valuesObject'], label: 'helm.valuesObject' },
  ]);
  const lines = app.inlineAt.map((s) => [...readValuesSource(s).origins].map(([p, o]) => `${p} ${o.file}:${o.line}`));
  expect(lines).toEqual([
    ['/replicas apps/prod.yaml:15', '/image apps/prod.yaml:16', '/image/tag apps/prod.yaml:17'],
    ['/podAnnotations apps/prod.yaml:19', '/podAnnotations/team apps/prod.yaml:20'],
  ]);
});

test('a quoted helm.values string is said at its line', () => {
  const text = MULTI.replace(/ {8}values: \|\n(?: {10}.*\n)+/, '        values: "replicas: 3"\n');
  const app = readApplication(text, 'apps/prod.yaml', undefined, []);
  expect(app.inlineAt[0]).toEqual({ file: 'apps/prod.yaml', text: 'replicas: 3', label: 'helm.values', line: 14 });
});

test('values that expand past a million nodes through aliases are refused at the file, the expansion bounded', async () => {
  const laughs = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 9; i++)
    laughs.push(
      `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
        .fill(`*${String.fromCharCode(96 + i)}`)
        .join(', ')}]`,
    );
  const chart = { name: 'api', version: '1.0.0', schema: '{"type":"object"}', dependencies: [] };
  await expect(schemaFindings(chart, [{ file: 'envs/prod.yaml', text: `${laughs.join('\n')}\n` }], 'charts/api')).rejects.toMatchObject({
    file: 'envs/prod.yaml',
    line: 1,
    message: 'the values expand to more than 1000000 nodes (aliases counted each time they are used)',
  });
});
