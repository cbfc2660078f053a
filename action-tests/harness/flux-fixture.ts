// A repository laid out as fluxcd/flux2-kustomize-helm-example: clusters/<env>
// (the Flux Kustomization of each cluster), apps/base (the HelmRepository and
// the HelmRelease) and apps/<env> (a kustomize patch of the HelmRelease with
// the environment's chart version and values), for the Flux promotion tests.
import type { Files } from './git-fixture.ts';

/** A fake image digest: `sha256:` and `c` 64 times. */
export const fluxDigest = (c: string) => `sha256:${c.repeat(64)}`;

/** An environment's pins: the chart version, and the podinfo image's tag and digest. */
export interface FluxPins {
  chart: string;
  tag: string;
  digest: string;
}

/** The patch apps/<env>/podinfo-values.yaml: chart version and values of the environment, with comments to keep. */
export function releasePatch(env: string, pins: FluxPins, extra: string[] = []): string {
  return [
    'apiVersion: helm.toolkit.fluxcd.io/v2',
    'kind: HelmRelease',
    'metadata:',
    '  name: podinfo',
    '  namespace: podinfo',
    'spec:',
    '  chart:',
    '    spec:',
    `      version: "${pins.chart}" # ${env} chart`,
    ...extra,
    `  # ${env} values`,
    '  values:',
    '    image:',
    '      repository: ghcr.io/acme/podinfo',
    `      tag: "${pins.tag}"`,
    `      digest: ${pins.digest}`,
    '    ingress:',
    `      hosts: [podinfo.${env}.example]`,
    '',
  ].join('\n');
}

/** The whole repository: config, base, one patch and one cluster Kustomization per environment (staging, production). */
export function fluxRepository(staging: FluxPins, production: FluxPins, config = fluxConfig()): Files {
  return {
    '.github/lockstep.yml': config,
    'apps/base/podinfo/kustomization.yaml':
      'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - repository.yaml\n  - release.yaml\n',
    'apps/base/podinfo/repository.yaml':
      'apiVersion: source.toolkit.fluxcd.io/v1\nkind: HelmRepository\nmetadata:\n  name: podinfo\n  namespace: podinfo\nspec:\n  interval: 5m\n  type: oci\n  url: oci://ghcr.io/acme/charts\n',
    'apps/base/podinfo/release.yaml': [
      'apiVersion: helm.toolkit.fluxcd.io/v2',
      'kind: HelmRelease',
      'metadata:',
      '  name: podinfo',
      '  namespace: podinfo',
      'spec:',
      '  interval: 50m',
      '  chart:',
      '    spec:',
      '      chart: podinfo',
      '      sourceRef:',
      '        kind: HelmRepository',
      '        name: podinfo',
      '  values:',
      '    replicaCount: 1',
      '',
    ].join('\n'),
    ...Object.fromEntries(
      (
        [
          ['staging', staging],
          ['production', production],
        ] as const
      ).flatMap(([env, pins]) => [
        [
          `apps/${env}/kustomization.yaml`,
          'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - ../base/podinfo\npatches:\n  - path: podinfo-values.yaml\n    target:\n      kind: HelmRelease\n',
        ],
        [`apps/${env}/podinfo-values.yaml`, releasePatch(env, pins)],
        [
          `clusters/${env}/apps.yaml`,
          `apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: apps\n  namespace: flux-system\nspec:\n  interval: 10m\n  sourceRef:\n    kind: GitRepository\n    name: flux-system\n  path: ./apps/${env}\n  prune: true\n`,
        ],
      ]),
    ),
  };
}

/** The config: podinfo at values-key image, staging then a protected production (values-drift and values-contract off: its chart is on ghcr.io, which no test reaches), each its HelmRelease patch. */
export function fluxConfig(): string {
  return [
    'charts: []',
    'render: off',
    'services:',
    '  podinfo: { image: ghcr.io/acme/podinfo, values-key: image }',
    'environments:',
    '  - { name: staging, helmrelease: apps/staging/podinfo-values.yaml }',
    // The chart lives on ghcr.io, which the tests do not reach: values-drift (which reads it) is off here and
    // tested against a repository on 127.0.0.1 in promote-env-flux-render.test.ts.
    '  - { name: production, helmrelease: apps/production/podinfo-values.yaml, protected: true, values-drift: off, values-contract: off }',
    '',
  ].join('\n');
}
