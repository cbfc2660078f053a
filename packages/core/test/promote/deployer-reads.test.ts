import { findChartRevision } from '../../src/deploy/argocd/application.ts';
import { refuseUnreadPins } from '../../src/promote/deployer-reads.ts';

// Issue 72 item 3: a promotion writes pins only where the deployer reads them. Argo CD reads a chart-repository
// source's plain valueFiles inside the chart package; a file of this repository reaches it through a `$ref/` entry of
// a multi-source Application, a git source's path, or the Application's own inline values.

const head = ['apiVersion: argoproj.io/v1alpha1', 'kind: Application', 'metadata: { name: myapp-prod }', 'spec:'];
const attempt = (lines: string[], file = 'charts/myapp/values-prod.yaml', charts: string[] = []) => {
  const appText = [...head, ...lines, ''].join('\n');
  const rev = findChartRevision(appText, 'apps/prod/myapp.yaml', undefined, charts);
  try {
    refuseUnreadPins({ environment: 'prod', file, rev, appText });
    return 'written';
  } catch (e) {
    return (e as { format(): string }).format();
  }
};

describe('refuseUnreadPins', () => {
  test("lockstep's old demo: a single-source registry Application whose valueFiles are read inside the package", () => {
    expect(
      attempt([
        '  source:',
        '    repoURL: ghcr.io/acme/charts',
        '    chart: myapp',
        '    targetRevision: 0.13.0',
        '    helm:',
        '      valueFiles:',
        '        - values-prod.yaml',
      ]),
    ).toBe(
      "apps/prod/myapp.yaml:11: prod's Application reads values-prod.yaml inside the chart package (a chart-repository source's valueFiles are read from the chart Argo CD pulls), so pins written to charts/myapp/values-prod.yaml would never reach the cluster — make it a multi-source Application: the chart's source with valueFiles: [$values/charts/myapp/values-prod.yaml] beside a source of this repository with ref: values, so what the promotion writes is what Argo CD renders; nothing was written",
    );
  });

  test('the multi-source $values layout, a git path source and inline values are read: written', () => {
    const multi = [
      '  sources:',
      '    - repoURL: ghcr.io/acme/charts',
      '      chart: myapp',
      '      targetRevision: 0.13.0',
      '      helm: { valueFiles: [$values/charts/myapp/values-prod.yaml] }',
      '    - { repoURL: https://github.com/acme/monorepo.git, targetRevision: main, ref: values }',
    ];
    expect(attempt(multi)).toBe('written');
    const path = ['  source:', '    repoURL: https://github.com/acme/monorepo.git', '    path: charts/myapp', '    targetRevision: main'];
    expect(attempt([...path, '    helm: { valueFiles: [values-prod.yaml] }'], undefined, ['charts/myapp'])).toBe('written');
    // Helm reads a chart's own values.yaml unasked.
    expect(attempt(path, 'charts/myapp/values.yaml', ['charts/myapp'])).toBe('written');
    // Pins in the Application's own inline values.
    expect(attempt(['  source: { repoURL: ghcr.io/acme/charts, chart: myapp, targetRevision: 0.13.0 }'], 'apps/prod/myapp.yaml')).toBe(
      'written',
    );
  });

  test('a git path source whose valueFiles do not name the file, and a registry source with none', () => {
    expect(
      attempt(
        [
          '  source:',
          '    repoURL: https://github.com/acme/monorepo.git',
          '    path: charts/myapp',
          '    targetRevision: main',
          '    helm:',
          '      valueFiles: [values-staging.yaml]',
        ],
        undefined,
        ['charts/myapp'],
      ),
    ).toBe(
      "apps/prod/myapp.yaml:10: prod's Application does not read charts/myapp/values-prod.yaml (its valueFiles name values-staging.yaml), so pins written there would never reach the cluster — name it in the Application's valueFiles (values-prod.yaml), or point the environment's values: at the file it reads; nothing was written",
    );
    expect(attempt(['  source: { repoURL: ghcr.io/acme/charts, chart: myapp, targetRevision: 0.13.0 }'])).toBe(
      "apps/prod/myapp.yaml:5: prod's Application does not read charts/myapp/values-prod.yaml (it names no valueFiles), so pins written there would never reach the cluster — name it in the Application's valueFiles ($values/charts/myapp/values-prod.yaml, in a multi-source Application: the chart's source with valueFiles: [$values/charts/myapp/values-prod.yaml] beside a source of this repository with ref: values), or point the environment's values: at the file it reads; nothing was written",
    );
  });
});
