import { chartsChoose, readApplication } from '../../../src/deploy/argocd/application.ts';
import { UserError } from '../../../src/errors.ts';

// The check asks each environment's Application once per changed chart, the chart folder as the hint that picks an
// Application or a source; chartsChoose says when that hint cannot change the reading, so one reading serves all.

const app = (name: string, sources: string) =>
  `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: ${name}\nspec:\n  destination: { namespace: prod }\n${sources}`;
const pathSource = (path: string, indent = '  ') =>
  `${indent}repoURL: https://github.com/acme/fleet.git\n${indent}path: ${path}\n${indent}targetRevision: main\n${indent}helm:\n${indent}  valueFiles: [values-prod.yaml]\n`;
const one = app('a001-prod', `  source:\n${pathSource('charts/a001', '    ')}`);
const multi = app(
  'platform',
  [
    '  sources:',
    '    - repoURL: https://github.com/acme/fleet.git',
    '      path: charts/api',
    '      targetRevision: main',
    '    - repoURL: https://github.com/acme/fleet.git',
    '      path: charts/worker',
    '      targetRevision: main',
    '    - repoURL: https://github.com/acme/fleet.git',
    '      targetRevision: main',
    '      ref: values',
    '',
  ].join('\n'),
);
const withValuesRef = app(
  'a002-prod',
  [
    '  sources:',
    '    - repoURL: oci://ghcr.io/acme/charts',
    '      chart: a002',
    '      targetRevision: 1.4.0',
    '      helm:',
    '        valueFiles: [$values/charts/a002/values-prod.yaml]',
    '    - repoURL: https://github.com/acme/fleet.git',
    '      targetRevision: main',
    '      ref: values',
    '',
  ].join('\n'),
);
const twoApps = `${one}---\n${app('a002-prod', `  source:\n${pathSource('charts/a002', '    ')}`)}`;

/** The reading for chart hint `charts`, or the error's words. */
const reading = (text: string, name: string | undefined, charts: string[]) => {
  try {
    return readApplication(text, 'apps/prod.yaml', name, charts);
  } catch (e) {
    if (e instanceof UserError) return e.message;
    throw e;
  }
};

test.each([
  ['one Application with one chart source', false, one, undefined],
  ['one Application with one chart source, named by metadata.name', false, one, 'a001-prod'],
  ['a $values ref beside one chart source (a ref source names no chart)', false, withValuesRef, undefined],
  ['one Application with two chart sources, no name', true, multi, undefined],
  ['two chart sources, the Application named by metadata.name (the hint picks the source)', true, multi, 'platform'],
  ['two chart sources, named by the chart (the name picks the source)', false, multi, 'worker'],
  ['two Applications in the file, no name', true, twoApps, undefined],
  ['two Applications, one named', false, twoApps, 'a002-prod'],
  ['two Applications, a name matching no metadata.name', true, twoApps, 'a003-prod'],
  ['no Application', true, 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: x }\n', undefined],
])('%s: chartsChoose says %s', (_what, choose, text, name) => {
  expect(chartsChoose(text, 'apps/prod.yaml', name)).toBe(choose);
});

test('where chartsChoose says no, every chart hint reads the same Application and source as no hint', () => {
  const hints = [[], ['charts/a001'], ['charts/a002'], ['charts/api'], ['charts/worker'], ['charts/zzz', 'charts/a001']];
  for (const [text, name] of [
    [one, undefined],
    [one, 'a001-prod'],
    [withValuesRef, undefined],
    [multi, 'worker'],
    [twoApps, 'a002-prod'],
  ] as const) {
    expect(chartsChoose(text, 'apps/prod.yaml', name)).toBe(false);
    const readings = hints.map((h) => reading(text, name, h));
    for (const r of readings) expect(r).toEqual(readings[0]);
  }
  // And where it says yes, the hint does change the reading: the worker's source, not the api's.
  const api = reading(multi, undefined, ['charts/api']);
  const worker = reading(multi, undefined, ['charts/worker']);
  expect(typeof api !== 'string' && api.revision.path).toEqual(['spec', 'sources', 0, 'targetRevision']);
  expect(typeof worker !== 'string' && worker.revision.path).toEqual(['spec', 'sources', 1, 'targetRevision']);
  expect(reading(twoApps, undefined, ['charts/a002'])).toMatchObject({ release: 'a002-prod' });
  expect(reading(twoApps, undefined, ['charts/a001'])).toMatchObject({ release: 'a001-prod' });
});
