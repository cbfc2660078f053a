import { HelmIndex } from '../../../../action-tests/harness/helm-index.ts';
import type { UserError } from '../../src/errors.ts';
import { digest } from '../helpers.ts';
import { dryRun, repo } from '../operations/rendered-repo.ts';
import { builtFolderTree } from '../../src/promote/built-chart.ts';

// Issue 72: a HelmRelease whose chart spec lists valuesFiles is installed with the chart source-controller builds, its
// values.yaml the merge of those files. values-drift judges the release's values against that chart's defaults, as
// the render does: a key only a listed values-prod.yaml declares is read by that version, and a key only the
// packaged values.yaml declares is not read where the list leaves values.yaml out. Each version is packaged with its
// own values-prod.yaml by the real Helm and served with the index Helm wrote, on 127.0.0.1.

let index: HelmIndex;
beforeAll(async () => {
  index = await HelmIndex.start([
    // 6.0.0's values-prod.yaml declares cache.size; 6.1.0's no longer does. Neither chart's templates read it.
    ['6.0.0', { ingress: true, pdb: true, files: { 'values-prod.yaml': 'cache:\n  size: 1\n' } }],
    ['6.1.0', { ingress: true, pdb: true, files: { 'values-prod.yaml': 'podAnnotations:\n  tier: gold\n' } }],
    // 6.2.0 packages no values-prod.yaml at all.
    ['6.2.0', { ingress: true, pdb: true }],
  ]);
}, 120_000);
afterAll(async () => {
  await index?.stop();
});

const release = (env: string, chart: string, c: string, valuesFiles: string[], extra: string[]) =>
  [
    'apiVersion: helm.toolkit.fluxcd.io/v2',
    'kind: HelmRelease',
    'metadata:',
    '  name: myapp',
    '  namespace: flux-apps',
    'spec:',
    '  interval: 10m',
    `  targetNamespace: ${env}`,
    '  chart:',
    '    spec:',
    '      chart: myapp',
    `      version: "${chart}"`,
    '      sourceRef: { kind: HelmRepository, name: myapp }',
    ...(valuesFiles.length > 0 ? ['      valuesFiles:', ...valuesFiles.map((f) => `        - ${f}`)] : []),
    '  values:',
    '    services:',
    '      api:',
    '        image:',
    '          repository: ghcr.io/acme/api',
    '          tag: "1.8.0"',
    `          digest: ${digest(c)}`,
    ...extra,
    '',
  ].join('\n');

/** staging on `staging`, production (protected, values-drift error) on 6.0.0 with `extra` values; both built with `valuesFiles`. */
const files = (staging: string, valuesFiles: string[], extra: string[]): Record<string, string> => ({
  '.github/lockstep.yml': [
    'charts: []',
    'services:',
    '  api: { image: ghcr.io/acme/api, values-key: services.api.image }',
    'environments:',
    '  - { name: staging, helmrelease: apps/staging/release.yaml }',
    '  - { name: production, helmrelease: apps/production/release.yaml, protected: true, render: off }',
    '',
  ].join('\n'),
  'apps/repository.yaml': `apiVersion: source.toolkit.fluxcd.io/v1\nkind: HelmRepository\nmetadata:\n  name: myapp\n  namespace: flux-apps\nspec:\n  url: ${index.url}\n`,
  'apps/staging/kustomization.yaml': 'resources:\n  - ../repository.yaml\n  - release.yaml\n',
  'apps/staging/release.yaml': release('staging', staging, 'a', valuesFiles, []),
  'apps/production/kustomization.yaml': 'resources:\n  - ../repository.yaml\n  - release.yaml\n',
  'apps/production/release.yaml': release('production', '6.0.0', 'b', valuesFiles, extra),
});

/** promote staging → production, dry-run: its values-drift line, or its refusal as the user reads it. */
const promoted = (main: Record<string, string>) =>
  dryRun(repo(main), 'staging', 'production').then(
    (r) => r.notes.filter((n) => n.includes('values-drift')).join('\n') || `promoted: ${r.outcome}`,
    (e: UserError) => e.format(),
  );

const from = (v: string) => `${index.url}/myapp-${v}.tgz (listed in ${index.url}/index.yaml)`;
const cache = ['    cache:', '      size: 4'];

test('a key only the listed values-prod.yaml of the running chart declares, dropped by the promoted one’s: refused at its line', async () => {
  expect(await promoted(files('6.1.0', ['values.yaml', 'values-prod.yaml'], cache))).toBe(
    `apps/production/release.yaml:24: values-drift: key cache is set here and chart myapp 6.0.0 reads it, but chart myapp 6.1.0 no longer does (not in its values.yaml, not allowed by its values.schema.json, read by none of its templates) — remove or rename the key before promoting chart myapp 6.1.0 (read from ${from('6.1.0')}), or set values-drift: warn`,
  );
});

test('values-prod.yaml not listed: no version reads cache, so values-drift drops nothing (the values contract says no template reads it)', async () => {
  expect(await promoted(files('6.1.0', ['values.yaml'], cache))).toBe(
    'apps/production/release.yaml:24: values-contract: production: cache.size is set in spec.values, but no template of chart myapp 6.1.0 reads it — move it where the chart reads it or remove it before promoting chart myapp 6.1.0, or set values-contract: warn for production in the config',
  );
  const off = files('6.1.0', ['values.yaml'], cache);
  off['.github/lockstep.yml'] = off['.github/lockstep.yml'].replace('render: off }', 'render: off, values-contract: off }');
  expect(await promoted(off)).toBe('promoted: dry-run');
});

test('the promoted version packages no values-prod.yaml: its chart cannot be built, and the refusal says why', async () => {
  expect(await promoted(files('6.2.0', ['values.yaml', 'values-prod.yaml'], []))).toBe(
    `apps/production/release.yaml:12: values-drift: chart myapp 6.2.0 could not be read: tried ${from('6.2.0')} (spec.chart.spec.valuesFiles: no values file at values-prod.yaml: the chart cannot be built (ignoreMissingValuesFiles skips it)) — publish each chart version where lockstep reads it (its release tag myapp-<version> in this repository, its OCI artifact: the Application's registry or chart-registry in the config, or the https Helm repository's index.yaml), or set values-drift: warn to promote without the comparison`,
  );
});

describe('a chart folder of this repository, built with valuesFiles (built-chart.ts builtFolderTree)', () => {
  const repository: Record<string, string> = {
    'charts/myapp/values.yaml': 'replicas: 1\ntier: web\n',
    'charts/myapp/values-prod.yaml': 'tier: gold\ncache: { size: 1 }\n',
    'charts/myapp/templates/values-prod.yaml': 'tier: template\n',
    'envs/prod/values.yaml': 'replicas: 3\n',
  };
  const tree = {
    text: async (p: string) => repository[p],
    list: async () => [],
    bytes: async () => undefined,
  };
  const values = async (source: Parameters<typeof builtFolderTree>[2]) => {
    const t = await builtFolderTree(tree, 'charts/myapp', source);
    return typeof t === 'string' ? t : t.text('charts/myapp/values.yaml');
  };

  test('released to a Helm repository: paths from the chart’s folder, merged in order; a template is no values file', async () => {
    const vf = (files: string[]) => ({
      chart: 'myapp',
      repoURL: 'https://charts.acme.example',
      valuesFiles: { files, ignoreMissing: false },
    });
    expect(await values(vf(['values.yaml', 'values-prod.yaml']))).toBe('{"replicas":1,"tier":"gold","cache":{"size":1}}');
    expect(await values(vf(['templates/values-prod.yaml']))).toBe(
      'spec.chart.spec.valuesFiles: no values file at templates/values-prod.yaml: the chart cannot be built (ignoreMissingValuesFiles skips it)',
    );
    expect(await values({ chart: 'myapp', repoURL: 'https://charts.acme.example' })).toBe('replicas: 1\ntier: web\n');
  });

  test('released to a Helm repository: a file its .helmignore leaves out of the package is not there to merge', async () => {
    const vf = {
      chart: 'myapp',
      repoURL: 'https://charts.acme.example',
      valuesFiles: { files: ['values.yaml', 'values-prod.yaml'], ignoreMissing: false },
    };
    repository['charts/myapp/.helmignore'] = '# not packaged\nvalues-*.yaml\n';
    try {
      expect(await values(vf)).toBe(
        'spec.chart.spec.valuesFiles: no values file at values-prod.yaml: the chart cannot be built (ignoreMissingValuesFiles skips it)',
      );
      // A rule helm package refuses: no package, so no chart to build.
      repository['charts/myapp/.helmignore'] = 'values/**\n';
      expect(await values(vf)).toBe(
        "charts/myapp/.helmignore:1: '**' is not supported in .helmignore (helm package fails on this rule: double-star syntax is not supported) — use * within one folder, or name each folder",
      );
    } finally {
      delete repository['charts/myapp/.helmignore'];
    }
  });

  test('a GitRepository’s chart: paths from the repository’s top', async () => {
    const source = {
      path: 'charts/myapp',
      valuesFiles: { files: ['charts/myapp/values.yaml', 'envs/prod/values.yaml'], ignoreMissing: false },
    };
    expect(await values(source)).toBe('{"replicas":3,"tier":"web"}');
  });
});
