import { inexactRevision, inexactRevisions } from '../../src/charts/exact-revision.ts';

const app = (rev: string | undefined, source = 'chart: myapp') =>
  [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Application',
    'metadata:',
    '  name: myapp-prod',
    'spec:',
    '  source:',
    '    repoURL: ghcr.io/acme/charts',
    `    ${source}`,
    ...(rev === undefined ? [] : [`    targetRevision: ${rev}`]),
    '',
  ].join('\n');

describe('exact chart versions', () => {
  test.each([
    ['"*"', "targetRevision of Application myapp-prod is '*', any version"],
    ['1.x', "targetRevision of Application myapp-prod is '1.x', a range, not one version"],
    ['^1.2', "targetRevision of Application myapp-prod is '^1.2', a range, not one version"],
    ['~1.2', "targetRevision of Application myapp-prod is '~1.2', a range, not one version"],
    ['">=1.0"', "targetRevision of Application myapp-prod is '>=1.0', a range, not one version"],
    ['main', "targetRevision of Application myapp-prod is 'main', a branch or tag name, not a chart version"],
    ['HEAD', "targetRevision of Application myapp-prod is 'HEAD', whatever the default branch holds"],
  ])('targetRevision: %s is refused at its line', (rev, message) => {
    expect(inexactRevisions(app(rev), 'apps/prod.yaml')).toEqual([
      {
        file: 'apps/prod.yaml',
        line: 9,
        message,
        hint: 'pin one exact chart version, e.g. targetRevision: 1.4.0 (a protected environment deploys only what was promoted)',
      },
    ]);
  });

  test('no targetRevision is refused at the source', () => {
    expect(inexactRevisions(app(undefined), 'a.yaml').map((p) => [p.line, p.message])).toEqual([
      [7, 'targetRevision of Application myapp-prod is not set, so the newest chart is deployed'],
    ]);
  });

  test.each(['1.4.0', '"1.4.0"', '2.0.0-rc.1', 'v1.4.0'])('an exact version %s passes', (rev) => {
    expect(inexactRevisions(app(rev), 'a.yaml')).toEqual([]);
  });

  test('a git path source may pin a full commit; a values ref source carries no chart version', () => {
    expect(inexactRevision('0123456789abcdef0123456789abcdef01234567', 'path')).toBeUndefined();
    expect(inexactRevision('0123456789abcdef0123456789abcdef01234567', 'chart')).toBe(
      "is '0123456789abcdef0123456789abcdef01234567', a branch or tag name, not a chart version",
    );
    const multi = [
      'kind: Application',
      'metadata: { name: a }',
      'spec:',
      '  sources:',
      '    - repoURL: https://github.com/acme/config.git',
      '      targetRevision: main',
      '      ref: values',
      '    - repoURL: ghcr.io/acme/charts',
      '      chart: myapp',
      '      targetRevision: 1.x',
      '---',
      'kind: AppProject',
      'metadata: { name: prod }',
      'spec: {}',
      '',
    ].join('\n');
    expect(inexactRevisions(multi, 'apps.yaml').map((p) => p.line)).toEqual([10]);
  });
});
