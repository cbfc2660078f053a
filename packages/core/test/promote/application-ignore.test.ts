import { readApplication } from '../../src/promote/application.ts';

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
