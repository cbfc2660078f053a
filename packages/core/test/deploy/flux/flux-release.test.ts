// A HelmRelease read as helm-controller would install it (issue 56, item 5): the environment's patch over the base
// its kustomization reaches, the chart's source, values in Flux's order, the release name Flux computes.

import { fluxReleaseName, mergePatch, readFluxRelease } from '../../../src/deploy/flux/flux-release.ts';

type Files = Record<string, string>;
const reader = (files: Files) => (p: string) => Promise.resolve(files[p]);

/** fluxcd/flux2-kustomize-helm-example's layout: apps/base/podinfo (HelmRepository, HelmRelease), apps/production (a patch, a generated ConfigMap). */
const LAYOUT: Files = {
  'apps/base/podinfo/kustomization.yaml': 'resources:\n  - repository.yaml\n  - release.yaml\n',
  'apps/base/podinfo/repository.yaml':
    'apiVersion: source.toolkit.fluxcd.io/v1\nkind: HelmRepository\nmetadata:\n  name: podinfo\n  namespace: podinfo\nspec:\n  url: https://stefanprodan.github.io/podinfo\n',
  'apps/base/podinfo/release.yaml': [
    'apiVersion: helm.toolkit.fluxcd.io/v2',
    'kind: HelmRelease',
    'metadata:',
    '  name: podinfo',
    '  namespace: podinfo',
    'spec:',
    '  chart:',
    '    spec:',
    '      chart: podinfo',
    '      sourceRef: { kind: HelmRepository, name: podinfo }',
    '  values:',
    '    replicaCount: 1',
    '    ingress: { enabled: false, className: nginx }',
    '',
  ].join('\n'),
  'apps/production/kustomization.yaml': [
    'resources: [../base/podinfo]',
    'patches:',
    '  - path: podinfo-values.yaml',
    'configMapGenerator:',
    '  - name: podinfo-values',
    '    files: [values.yaml=podinfo-cm.yaml]',
    '',
  ].join('\n'),
  'apps/production/podinfo-cm.yaml': 'image:\n  tag: "6.5.4"\n',
  'apps/production/podinfo-values.yaml': [
    'apiVersion: helm.toolkit.fluxcd.io/v2',
    'kind: HelmRelease',
    'metadata:',
    '  name: podinfo',
    '  namespace: podinfo',
    'spec:',
    '  targetNamespace: web',
    '  chart:',
    '    spec:',
    '      version: "6.5.4"',
    '  valuesFrom:',
    '    - { kind: Secret, name: podinfo-secrets }',
    '    - { kind: ConfigMap, name: podinfo-values }',
    '  values:',
    '    ingress: { enabled: true }',
    '',
  ].join('\n'),
};

test('the patch over its base: chart and HelmRepository from the base, version from the patch, values in Flux’s order', async () => {
  const rel = await readFluxRelease({ helmrelease: 'apps/production/podinfo-values.yaml' }, reader(LAYOUT));
  expect(rel).toEqual({
    name: 'podinfo',
    releaseName: 'web-podinfo',
    namespace: 'web',
    storageNamespace: 'podinfo',
    version: '6.5.4',
    source: { chart: 'podinfo', repoURL: 'https://stefanprodan.github.io/podinfo' },
    from: 'HelmRepository podinfo (https://stefanprodan.github.io/podinfo)',
    // Where the source writes its url, and every source url the release's documents name (the pull request check's allow list).
    sourceAt: { url: 'https://stefanprodan.github.io/podinfo', file: 'apps/base/podinfo/repository.yaml' },
    sourcesNamed: ['https://stefanprodan.github.io/podinfo'],
    values: [
      {
        text: 'image:\n  tag: "6.5.4"\n',
        path: 'apps/production/podinfo-cm.yaml',
        label: 'ConfigMap podinfo-values (values.yaml: apps/production/podinfo-cm.yaml)',
        plain: true,
      },
      {
        text: '{"replicaCount":1,"ingress":{"enabled":true,"className":"nginx"}}',
        path: 'apps/production/podinfo-values.yaml',
        label: 'spec.values',
      },
    ],
    unread: ['valuesFrom Secret podinfo-secrets not read'],
    documents: [
      { file: 'apps/base/podinfo/release.yaml', document: 0 },
      { file: 'apps/production/podinfo-values.yaml', document: 0 },
    ],
  });
});

test('spec.chartRef: the OCIRepository the environment names, its tag and digest', async () => {
  const files: Files = {
    'clusters/prod/podinfo.yaml':
      'apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: podinfo\n  namespace: apps\nspec:\n  releaseName: podinfo-prod\n  storageNamespace: helm\n  chartRef:\n    kind: OCIRepository\n    name: podinfo\n',
    'clusters/prod/source.yaml': `apiVersion: source.toolkit.fluxcd.io/v1\nkind: OCIRepository\nmetadata:\n  name: podinfo\nspec:\n  url: oci://ghcr.io/acme/charts/podinfo\n  ref:\n    tag: "6.5.4"\n    digest: sha256:${'1'.repeat(64)}\n`,
  };
  const rel = await readFluxRelease(
    { helmrelease: 'clusters/prod/podinfo.yaml', ocirepository: 'clusters/prod/source.yaml' },
    reader(files),
  );
  expect({ ...rel, source: { ...rel.source, digests: [...(rel.source.digests ?? [])] } }).toEqual({
    name: 'podinfo',
    releaseName: 'podinfo-prod',
    namespace: 'apps',
    storageNamespace: 'helm',
    version: '6.5.4',
    source: { repoURL: 'oci://ghcr.io/acme/charts', chart: 'podinfo', digests: [['6.5.4', `sha256:${'1'.repeat(64)}`]] },
    from: `OCIRepository podinfo (oci://ghcr.io/acme/charts/podinfo@sha256:${'1'.repeat(64)})`,
    sourceAt: { url: 'oci://ghcr.io/acme/charts/podinfo', file: 'clusters/prod/source.yaml' },
    sourcesNamed: ['oci://ghcr.io/acme/charts/podinfo'],
    values: [],
    unread: [],
    documents: [{ file: 'clusters/prod/podinfo.yaml', document: 0 }],
  });
});

test('the release name Flux computes: [targetNamespace-]name, over 53 characters its first 40, - and 12 hex of its sha256', () => {
  expect(fluxReleaseName('podinfo')).toBe('podinfo');
  expect(fluxReleaseName('podinfo', 'web')).toBe('web-podinfo');
  // 'a-very-long-target-namespace-for-testing-a-release-name-podinfo' (63 characters); sha256 of it computed with sha256sum.
  expect(fluxReleaseName('a-release-name-podinfo', 'a-very-long-target-namespace-for-testing')).toBe(
    'a-very-long-target-namespace-for-testing-9da23c12d57a',
  );
  expect(fluxReleaseName('x'.repeat(53))).toBe('x'.repeat(53));
});

test('a patch merges as kustomize merges one of a custom resource: maps key by key, lists replaced, null removes', () => {
  expect(mergePatch({ a: { b: 1, c: [1, 2] }, d: 1, e: 'x' }, { a: { c: [3] }, d: null, f: { g: 1 } })).toEqual({
    a: { b: 1, c: [3] },
    e: 'x',
    f: { g: 1 },
  });
});

test("valuesFrom targetPath as helm-controller merges it: the one value set at its path in the list's order, typed as --set types it (issue 72 item 4)", async () => {
  const files: Files = {
    ...LAYOUT,
    'apps/production/kustomization.yaml': [
      'resources: [../base/podinfo]',
      'patches:',
      '  - path: podinfo-values.yaml',
      'configMapGenerator:',
      '  - name: podinfo-values',
      '    files: [values.yaml=podinfo-cm.yaml]',
      '  - name: podinfo-flags',
      '    literals: [hpa=true, replicas=3, tag=6.5.5, zero=012]',
      '',
    ].join('\n'),
    'apps/production/podinfo-values.yaml': LAYOUT['apps/production/podinfo-values.yaml'].replace(
      '    - { kind: ConfigMap, name: podinfo-values }\n',
      [
        '    - { kind: ConfigMap, name: podinfo-values }',
        '    - { kind: ConfigMap, name: podinfo-flags, valuesKey: hpa, targetPath: hpa.enabled }',
        '    - { kind: ConfigMap, name: podinfo-flags, valuesKey: replicas, targetPath: replicaCount }',
        '    - { kind: ConfigMap, name: podinfo-flags, valuesKey: tag, targetPath: image.tag }',
        '    - { kind: ConfigMap, name: podinfo-flags, valuesKey: zero, targetPath: podAnnotations.app\\.kubernetes\\.io/build }',
        '    - { kind: ConfigMap, name: podinfo-flags, valuesKey: tag, targetPath: "extraArgs[0]" }',
        '    - { kind: ConfigMap, name: absent, valuesKey: x, targetPath: x }',
        '',
      ].join('\n'),
    ),
  };
  const rel = await readFluxRelease({ helmrelease: 'apps/production/podinfo-values.yaml' }, reader(files));
  expect(rel.values.map((v) => [v.label, v.text])).toEqual([
    ['ConfigMap podinfo-values (values.yaml: apps/production/podinfo-cm.yaml)', 'image:\n  tag: "6.5.4"\n'],
    ['ConfigMap podinfo-flags (hpa) at hpa.enabled', '{"hpa":{"enabled":true}}'],
    ['ConfigMap podinfo-flags (replicas) at replicaCount', '{"replicaCount":3}'],
    ['ConfigMap podinfo-flags (tag) at image.tag', '{"image":{"tag":"6.5.5"}}'],
    [
      'ConfigMap podinfo-flags (zero) at podAnnotations.app\\.kubernetes\\.io/build',
      '{"podAnnotations":{"app.kubernetes.io/build":"012"}}',
    ],
    ['spec.values', '{"replicaCount":1,"ingress":{"enabled":true,"className":"nginx"}}'],
  ]);
  expect(rel.unread).toEqual([
    'valuesFrom Secret podinfo-secrets not read',
    'valuesFrom ConfigMap podinfo-flags (targetPath extraArgs[0]) not read',
    'valuesFrom ConfigMap absent (targetPath x) not read',
  ]);
});

test('targetPath values with quotes: kustomize drops a literal’s outer quotes; helm-controller sets a value still quoted as a string, quotes trimmed', async () => {
  const files: Files = {
    ...LAYOUT,
    'apps/production/kustomization.yaml': [
      'resources: [../base/podinfo]',
      'patches:',
      '  - path: podinfo-values.yaml',
      'configMapGenerator:',
      '  - name: podinfo-values',
      '    files: [values.yaml=podinfo-cm.yaml]',
      '  - name: podinfo-flags',
      // The real kubectl kustomize makes their data debug=false, size='10' and mixed="x' (quotes alike at both ends dropped).
      `    literals: ['debug="false"', "size=\\"'10'\\"", "mixed=\\"x'"]`,
      '',
    ].join('\n'),
    'apps/production/podinfo-values.yaml': LAYOUT['apps/production/podinfo-values.yaml'].replace(
      '    - { kind: ConfigMap, name: podinfo-values }\n',
      [
        '    - { kind: ConfigMap, name: podinfo-values }',
        '    - { kind: ConfigMap, name: podinfo-flags, valuesKey: debug, targetPath: debug }',
        '    - { kind: ConfigMap, name: podinfo-flags, valuesKey: size, targetPath: size }',
        '    - { kind: ConfigMap, name: podinfo-flags, valuesKey: mixed, targetPath: mixed }',
        '',
      ].join('\n'),
    ),
  };
  const rel = await readFluxRelease({ helmrelease: 'apps/production/podinfo-values.yaml' }, reader(files));
  expect(rel.values.slice(1, 4).map((v) => v.text)).toEqual(['{"debug":false}', '{"size":"10"}', '{"mixed":"\\"x\'"}']);
});
