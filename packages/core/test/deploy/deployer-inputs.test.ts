// Issue 72: each deployer kind answers the repository paths its deployer reads for an environment at a commit
// (Deployment.inputs), which `lockstep metrics` counts landings from: files, and folders standing for every file
// under them. A chart's own folder is none of them (a chart lands through a release).

import type { DeployedEnvironment } from '../../src/deploy/model.ts';
import { deploymentOf } from '../../src/deploy/kind.ts';
import { deployment } from '../../../../action-tests/harness/overlay-fixture.ts';
import { reader } from './same-answer-helpers.ts';

type Files = Record<string, string>;

/** What `e`'s kind says its deployer reads at the commit holding `files`, the config's paths being the repository's. */
const inputs = (e: Omit<DeployedEnvironment, 'name'>, files: Files, charts: string[] = []) =>
  deploymentOf({ name: 'prod', ...e })!.inputs({ reader: reader(files), inRepo: (p) => p, charts });

const k = (lines: string[]) => ['apiVersion: kustomize.config.k8s.io/v1beta1', 'kind: Kustomization', ...lines, ''].join('\n');

const OVERLAYS: Files = {
  'deploy/base/kustomization.yaml': k(['resources:', '  - api.yaml']),
  'deploy/base/api.yaml': deployment('api', 'ghcr.io/acme/api:1.0.0'),
  'deploy/components/probes/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\n',
  'deploy/shared/config.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: shared }\n',
  'deploy/prod-base/kustomization.yaml': k(['resources:', '  - ../base', '  - ../shared/config.yaml']),
  'deploy/overlays/prod/kustomization.yaml': k([
    'resources:',
    '  - ../../prod-base',
    'components:',
    '  - ../../components/probes',
    'patches:',
    '  - path: patch.yaml',
  ]),
  'deploy/overlays/prod/patch.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: api, labels: { team: api } }\n',
  'deploy/overlays/staging/kustomization.yaml': k(['resources:', '  - ../../base']),
  'README.md': '# deployments\n',
};

test('an overlay: its folder, each folder its build reaches (bases, components), each file it names outside them', async () => {
  expect(await inputs({ kustomization: 'deploy/overlays/prod' }, OVERLAYS)).toEqual([
    'deploy/overlays/prod',
    'deploy/prod-base',
    'deploy/components/probes',
    'deploy/base',
    'deploy/shared/config.yaml',
  ]);
  // Named by its kustomization file, with an Application beside it: the file, the Application, the same folders.
  const app =
    'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata: { name: api-staging }\nspec:\n  destination: { namespace: staging }\n';
  expect(
    await inputs(
      { kustomization: 'deploy/overlays/staging/kustomization.yaml', application: 'apps/staging.yaml' },
      { ...OVERLAYS, 'apps/staging.yaml': app },
    ),
  ).toEqual(['deploy/overlays/staging/kustomization.yaml', 'apps/staging.yaml', 'deploy/overlays/staging', 'deploy/base']);
  // An overlay that is not in the commit: the config's path alone.
  expect(await inputs({ kustomization: 'deploy/overlays/qa' }, OVERLAYS)).toEqual(['deploy/overlays/qa']);
});

const CHART: Files = {
  'charts/api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 1.0.0\n',
  'charts/api/values.yaml': 'replicas: 1\n',
  'charts/api/values-prod.yaml': 'replicas: 2\n',
};

test('a values file rendered with the chart folder holding it: the file, not the chart', async () => {
  expect(await inputs({ values: 'charts/api/values-prod.yaml' }, CHART, ['charts/*'])).toEqual(['charts/api/values-prod.yaml']);
});

const application = (source: string[]) =>
  [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Application',
    'metadata: { name: api-prod, namespace: argocd }',
    'spec:',
    '  destination: { server: https://kubernetes.default.svc, namespace: api-prod }',
    ...source,
    '',
  ].join('\n');

test('an Application: the values file, the Application, each valueFiles entry of this repository (not the chart’s values.yaml)', async () => {
  const multi = application([
    '  sources:',
    '    - repoURL: oci://ghcr.io/acme/charts',
    '      chart: api',
    '      targetRevision: 1.0.0',
    '      helm: { valueFiles: [$values/envs/common.yaml, $values/envs/prod.yaml] }',
    '    - { repoURL: https://github.com/acme/monorepo.git, targetRevision: HEAD, ref: values }',
  ]);
  expect(await inputs({ values: 'envs/prod.yaml', application: 'apps/prod.yaml' }, { 'apps/prod.yaml': multi })).toEqual([
    'envs/prod.yaml',
    'apps/prod.yaml',
    'envs/common.yaml',
  ]);
  // A git source's path: entries beside the chart folder; its own values.yaml is the chart's.
  const path = application([
    '  source:',
    '    repoURL: https://github.com/acme/monorepo.git',
    '    path: charts/api',
    '    targetRevision: HEAD',
    '    helm: { valueFiles: [values.yaml, values-prod.yaml, ../../envs/big.yaml] }',
  ]);
  expect(
    await inputs({ values: 'charts/api/values-prod.yaml', application: 'apps/prod.yaml' }, { ...CHART, 'apps/prod.yaml': path }, [
      'charts/*',
    ]),
  ).toEqual(['charts/api/values-prod.yaml', 'apps/prod.yaml', 'envs/big.yaml']);
  // An Application the commit does not hold: the config's files.
  expect(await inputs({ values: 'envs/prod.yaml', application: 'apps/prod.yaml' }, {})).toEqual(['envs/prod.yaml', 'apps/prod.yaml']);
});

const release = (spec: string[]) =>
  ['apiVersion: helm.toolkit.fluxcd.io/v2', 'kind: HelmRelease', 'metadata: { name: api, namespace: apps }', 'spec:', ...spec, ''].join(
    '\n',
  );

test('a HelmRelease: its file, its folder’s build (base, source, generators), its valuesFrom ConfigMap’s file, its OCIRepository', async () => {
  const files: Files = {
    'apps/base/kustomization.yaml': k(['resources:', '  - release.yaml', '  - repository.yaml']),
    'apps/base/release.yaml': release(['  chartRef: { kind: OCIRepository, name: api }', '  values:', '    replicas: 1']),
    'apps/base/repository.yaml':
      'apiVersion: source.toolkit.fluxcd.io/v1\nkind: OCIRepository\nmetadata: { name: api }\nspec:\n  url: oci://ghcr.io/acme/charts/api\n  ref: { tag: 1.0.0 }\n',
    'apps/prod/kustomization.yaml': k(['resources:', '  - ../base', '  - ../values/prod', 'patches:', '  - path: release.yaml']),
    'apps/prod/release.yaml': release(['  valuesFrom:', '    - { kind: ConfigMap, name: api-values }']),
    'apps/values/prod/kustomization.yaml': k(['configMapGenerator:', '  - name: api-values', '    files: [values.yaml=prod.yaml]']),
    'apps/values/prod/prod.yaml': 'replicas: 3\n',
  };
  expect(await inputs({ helmrelease: 'apps/prod/release.yaml', ocirepository: 'apps/base/repository.yaml' }, files)).toEqual([
    'apps/prod/release.yaml',
    'apps/base/repository.yaml',
    'apps/prod',
    'apps/base',
    'apps/values/prod',
    'apps/base/release.yaml',
    'apps/values/prod/prod.yaml',
  ]);
});

test('a Flux Kustomization: its file, its substituteFrom ConfigMap’s file, its spec.path build', async () => {
  const files: Files = {
    ...OVERLAYS,
    'clusters/prod/apps.yaml': [
      'apiVersion: kustomize.toolkit.fluxcd.io/v1',
      'kind: Kustomization',
      'metadata: { name: apps, namespace: flux-system }',
      'spec:',
      '  sourceRef: { kind: GitRepository, name: flux-system }',
      '  path: ./deploy/overlays/staging',
      '  postBuild:',
      '    substituteFrom:',
      '      - { kind: ConfigMap, name: vars }',
      '',
    ].join('\n'),
    'clusters/prod/kustomization.yaml': k(['resources:', '  - apps.yaml', 'configMapGenerator:', '  - name: vars', '    envs: [vars.env]']),
    'clusters/prod/vars.env': 'TAG=1.0.0\n',
  };
  expect(await inputs({ fluxKustomization: 'clusters/prod/apps.yaml' }, files)).toEqual([
    'clusters/prod/apps.yaml',
    'clusters/prod/kustomization.yaml',
    'clusters/prod/vars.env',
    'deploy/overlays/staging',
    'deploy/base',
  ]);
});
