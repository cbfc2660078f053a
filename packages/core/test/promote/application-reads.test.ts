import { applicationValues, readApplication } from '../../src/deploy/argocd/application.ts';

// Issue 72 item 4: Argo CD's ignoreDifferences hide fields from its diff, and its sync applies them anyway unless the
// Application's syncPolicy.syncOptions say RespectIgnoreDifferences=true. readApplication says which for each rule.

const app = (syncPolicy: string[]) =>
  [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Application',
    'metadata: { name: myapp-prod }',
    'spec:',
    '  source: { repoURL: https://github.com/acme/gitops, path: charts/myapp, targetRevision: main }',
    '  ignoreDifferences:',
    '    - { group: apps, kind: Deployment, jsonPointers: [/spec/replicas] }',
    '    - { kind: ConfigMap, name: cm, jqPathExpressions: [.data.x] }',
    ...syncPolicy,
    '',
  ].join('\n');

describe('readApplication: ignoreDifferences and RespectIgnoreDifferences', () => {
  test.each([
    ['no syncPolicy', [], true],
    ['syncOptions without it', ['  syncPolicy:', '    syncOptions: [CreateNamespace=true]'], true],
    ['RespectIgnoreDifferences=false', ['  syncPolicy:', '    syncOptions: ["RespectIgnoreDifferences=false"]'], true],
    [
      'a lookalike option in another field',
      ['  syncPolicy:', '    retry: { limit: 1 }', '  info: [{ name: RespectIgnoreDifferences=true }]'],
      true,
    ],
    [
      'RespectIgnoreDifferences=true',
      ['  syncPolicy:', '    automated: {}', '    syncOptions:', '      - RespectIgnoreDifferences=true'],
      false,
    ],
  ])('%s: applied on sync is %s', (_name, policy, applied) => {
    const read = readApplication(app(policy), 'apps/prod.yaml', undefined, ['charts/myapp']);
    expect(read.ignoreDifferences).toEqual([
      {
        group: 'apps',
        kind: 'Deployment',
        jsonPointers: ['/spec/replicas'],
        jqPathExpressions: [],
        ...(applied ? { appliedOnSync: true } : {}),
      },
      { kind: 'ConfigMap', name: 'cm', jsonPointers: [], jqPathExpressions: ['.data.x'], ...(applied ? { appliedOnSync: true } : {}) },
    ]);
  });
});

describe('applicationValues: what Argo CD reads, nothing more', () => {
  const files: Record<string, string> = {
    'charts/myapp/values-prod.yaml': 'from: repository\n',
    'envs/prod.yaml': 'from: envs\n',
  };
  const read = async (p: string) => files[p];
  const registry = (helm: string) =>
    readApplication(
      [
        ...'apiVersion: argoproj.io/v1alpha1|kind: Application|metadata: { name: a }|spec:'.split('|'),
        `  source: { repoURL: ghcr.io/acme/charts, chart: myapp, targetRevision: 1.0.0${helm} }`,
        '',
      ].join('\n'),
      'apps/prod.yaml',
      undefined,
    );
  const packaged = new Map([['values-prod.yaml', 'from: package\n']]);

  test("a chart-repository source's plain entry is read inside the package, never from the repository", async () => {
    expect(await applicationValues(registry(', helm: { valueFiles: [values-prod.yaml] }'), packaged, read)).toEqual({
      values: [{ text: 'from: package\n' }],
    });
    expect(await applicationValues(registry(', helm: { valueFiles: [values-prod.yaml] }'), new Map(), read)).toEqual({
      unavailable:
        "the Application's valueFiles entry values-prod.yaml is not in chart myapp's package (a chart-repository source reads its valueFiles there)",
    });
  });

  test('a $ref entry is read from the repository root; a file the Application does not name is not read', async () => {
    expect(await applicationValues(registry(', helm: { valueFiles: [$values/envs/prod.yaml] }'), packaged, read)).toEqual({
      values: [{ path: 'envs/prod.yaml', text: 'from: envs\n' }],
    });
    expect(await applicationValues(registry(''), packaged, read)).toEqual({ values: [] });
  });
});
