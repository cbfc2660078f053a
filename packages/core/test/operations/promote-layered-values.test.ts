import { UserError } from '../../src/errors.ts';
import { statusView } from '../../src/operations/status/view.ts';
import { digest } from '../helpers.ts';
import { dryRun, repo, status } from './rendered-repo.ts';

// Issue 72, items 2 and 3, for values files rendered with a chart (the real Helm 3): prod's values file sets no
// image, so prod runs the chart's values.yaml tag, or the chart's appVersion where values.yaml sets none either.
// Status shows what runs; a promotion inserts the key into prod's own values file (never the chart's values.yaml,
// which every environment shares) and is refused where a values file read after prod's resets the tag.

const d = digest;

const DEPLOYMENT = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: api',
  'spec:',
  '  selector:',
  '    matchLabels: { app: api }',
  '  template:',
  '    metadata:',
  '      labels: { app: api }',
  '    spec:',
  '      containers:',
  '        - name: api',
  '          {{- $i := .Values.services.api.image }}',
  '          image: "{{ $i.repository }}:{{ $i.tag | default .Chart.AppVersion }}{{ with $i.digest }}@{{ . }}{{ end }}"',
  '',
].join('\n');

/** The chart (appVersion 6.14.0; values.yaml pins `tag` when given), staging's and prod's values files, and the config. */
function chartRepo(opts: { defaultTag?: string; prod?: string; extra?: Record<string, string>; application?: boolean } = {}) {
  return {
    '.github/lockstep.yml': [
      'services:',
      '  api: { image: ghcr.io/acme/api, values-key: services.api.image }',
      'environments:',
      '  - { name: staging, values: charts/myapp/values-staging.yaml }',
      `  - { name: prod, values: charts/myapp/values-prod.yaml${opts.application ? ', application: apps/prod.yaml' : ''} }`,
      '',
    ].join('\n'),
    'charts/myapp/Chart.yaml': 'apiVersion: v2\nname: myapp\nversion: 1.0.0\nappVersion: "6.14.0"\n',
    'charts/myapp/values.yaml': [
      '# every environment shares these',
      'services:',
      '  api:',
      '    image:',
      '      repository: ghcr.io/acme/api',
      ...(opts.defaultTag ? [`      tag: "${opts.defaultTag}"`] : []),
      '',
    ].join('\n'),
    'charts/myapp/templates/api.yaml': DEPLOYMENT,
    'charts/myapp/values-staging.yaml': ['services:', '  api:', '    image:', '      tag: 6.14.2', `      digest: ${d('2')}`, ''].join(
      '\n',
    ),
    'charts/myapp/values-prod.yaml': opts.prod ?? 'replicas: 2\n',
    ...(opts.extra ?? {}),
  };
}

describe('a values file that sets no image: the chart sets it', () => {
  test("status: prod runs values.yaml's tag, or the chart's appVersion where values.yaml has none", async () => {
    expect((await status(repo(chartRepo({ defaultTag: '6.14.1' })))).rows).toEqual([
      { service: 'api', cells: ['6.14.2 sha256:222222222222', '6.14.1 —'] },
    ]);
    const s = await status(repo(chartRepo()));
    expect(s.rows).toEqual([{ service: 'api', cells: ['6.14.2 sha256:222222222222', '6.14.0 —'] }]);
    expect(statusView(s).notes).toEqual(['staging → prod: api 6.14.0 → 6.14.2 (sha256:222222222222)']);
  });

  test('without Helm: "—" for prod, and why', async () => {
    const s = await status(repo(chartRepo({ defaultTag: '6.14.1' }), false));
    expect(s.rows).toEqual([{ service: 'api', cells: ['6.14.2 sha256:222222222222', '—'] }]);
    expect(statusView(s).notes[0]).toBe(
      'prod: — where its pins file defines no pin: it does not render (no helm on PATH to render it with).',
    );
  });

  test("promote staging → prod: 6.14.1 → 6.14.2, the key inserted into prod's values file, values.yaml untouched", async () => {
    const r = await dryRun(repo(chartRepo({ defaultTag: '6.14.1' })), 'staging', 'prod');
    expect(JSON.parse(r.outputs.changes)).toEqual([
      {
        service: 'api',
        file: 'charts/myapp/values-prod.yaml',
        line: 1,
        'old-tag': '6.14.1',
        'new-tag': '6.14.2',
        'old-digest': null,
        'new-digest': d('2'),
      },
    ]);
    expect(r.changes.map((c) => [c.path, c.after])).toEqual([
      [
        'charts/myapp/values-prod.yaml',
        ['replicas: 2', 'services:', '  api:', '    image:', '      tag: 6.14.2', `      digest: ${d('2')}`, ''].join('\n'),
      ],
    ]);
  });

  test("promote where only the chart's appVersion sets the tag: 6.14.0 → 6.14.2, the tag and digest inserted", async () => {
    const r = await dryRun(repo(chartRepo()), 'staging', 'prod');
    expect(JSON.parse(r.outputs.changes).map((c: Record<string, unknown>) => [c['old-tag'], c['new-tag']])).toEqual([['6.14.0', '6.14.2']]);
    expect(r.changes.map((c) => c.after)).toEqual([
      ['replicas: 2', 'services:', '  api:', '    image:', '      tag: 6.14.2', `      digest: ${d('2')}`, ''].join('\n'),
    ]);
    expect(r.plan.notes).toContain(
      `api: charts/myapp/values-prod.yaml of prod pins no image of it; prod runs ghcr.io/acme/api:6.14.0 (Deployment api (container api)) by its render, and the pin is written in charts/myapp/values-prod.yaml.`,
    );
  });

  test('a values file with part of the path: only the missing keys are added, in its indentation', async () => {
    const prod = ['services:', '    worker:', '        replicas: 1', ''].join('\n');
    const r = await dryRun(repo(chartRepo({ defaultTag: '6.14.1', prod })), 'staging', 'prod');
    expect(r.changes.map((c) => c.after)).toEqual([
      [
        'services:',
        '    worker:',
        '        replicas: 1',
        '    api:',
        '        image:',
        '            tag: 6.14.2',
        `            digest: ${d('2')}`,
        '',
      ].join('\n'),
    ]);
  });

  // A later file that sets the tag alone is not refused: the digest prod's file pins is what the container pulls.
  test("a values file the Application reads after prod's resets the image: refused at its line, nothing written", async () => {
    const application = [
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Application',
      'metadata:',
      '  name: myapp-prod',
      '  namespace: argocd',
      'spec:',
      '  project: default',
      '  source:',
      '    repoURL: https://github.com/acme/monorepo.git',
      '    path: charts/myapp',
      '    targetRevision: main',
      '    helm:',
      '      valueFiles: [values-prod.yaml, values-hotfix.yaml]',
      '  destination:',
      '    server: https://kubernetes.default.svc',
      '    namespace: myapp-prod',
      '',
    ].join('\n');
    const hotfix = [
      '# held back while the incident lasts',
      'services:',
      '  api:',
      '    image:',
      '      tag: "6.14.1-hotfix"',
      `      digest: ${d('9')}`,
      '',
    ].join('\n');
    const files = chartRepo({
      defaultTag: '6.14.1',
      application: true,
      extra: { 'apps/prod.yaml': application, 'charts/myapp/values-hotfix.yaml': hotfix },
    });
    const refused = await dryRun(repo(files), 'staging', 'prod').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(UserError);
    expect((refused as UserError).format()).toBe(
      `charts/myapp/values-hotfix.yaml:5: render: after this promotion prod would still run ghcr.io/acme/api:6.14.1-hotfix@${d('9')} (Deployment myapp-prod/api (container api)), ` +
        `not ghcr.io/acme/api:6.14.2@${d('2')}: the pin written at charts/myapp/values-prod.yaml:1 does not win over it; nothing was written — ` +
        'this line sets the tag 6.14.1-hotfix after the pin is applied: pin the image here (or drop it) so the promoted pin is what runs',
    );
  });
});
