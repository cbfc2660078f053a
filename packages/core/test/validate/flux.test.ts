// Flux's own resources validated like any other kind: a render that holds a HelmRelease, an OCIRepository, a
// Flux Kustomization or an image automation object is judged against @kubernetes-models/flux-cd's models
// (wrong types, values outside an enum, unknown fields at any depth; spec.values left free-form), and a Flux
// API the package does not describe is counted and named, never passed in silence.

import { splitObjects } from '../../src/render/objects.ts';
import { validateEnvironment } from '../../src/validate/environment.ts';
import { isFluxApi } from '../../src/validate/kube.ts';

const RELEASE = (spec: string) => `apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata: { name: podinfo, namespace: podinfo }
spec:
${spec}`;

const VALID = `apiVersion: source.toolkit.fluxcd.io/v1
kind: HelmRepository
metadata: { name: podinfo, namespace: podinfo }
spec: { interval: 5m, type: oci, url: "oci://ghcr.io/acme/charts" }
---
apiVersion: source.toolkit.fluxcd.io/v1
kind: OCIRepository
metadata: { name: podinfo-chart, namespace: podinfo }
spec:
  interval: 10m
  url: oci://ghcr.io/acme/charts/podinfo
  ref: { tag: "6.5.4", digest: "sha256:${'a'.repeat(64)}" }
---
${RELEASE(`  interval: 50m
  chart:
    spec:
      chart: podinfo
      version: "6.5.4"
      sourceRef: { kind: HelmRepository, name: podinfo }
  valuesFrom:
    - { kind: ConfigMap, name: podinfo-values, valuesKey: values.yaml }
  values:
    anything: { goes: [1, "two", { three: 3 }] }
    replicaCount: 2
`)}---
apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata: { name: apps, namespace: flux-system }
spec:
  interval: 10m
  path: ./apps/production
  prune: true
  sourceRef: { kind: GitRepository, name: flux-system }
  images:
    - { name: ghcr.io/acme/podinfo, newTag: "6.5.4", digest: "sha256:${'b'.repeat(64)}" }
  postBuild:
    substitute: { PODINFO_TAG: "6.5.4" }
---
apiVersion: image.toolkit.fluxcd.io/v1
kind: ImagePolicy
metadata: { name: podinfo, namespace: flux-system }
spec:
  imageRepositoryRef: { name: podinfo }
  policy: { semver: { range: ">=6.0.0" } }
`;

const validate = (text: string) => validateEnvironment(splitObjects(text).values(), [], '1.31');

test('HelmRepository, OCIRepository, HelmRelease, Flux Kustomization and ImagePolicy that are well formed pass, all validated', async () => {
  const found = await validate(VALID);
  expect(found.findings).toEqual([]);
  expect(found.unvalidated).toBeUndefined();
  expect(found.validation?.validated).toBe(5);
});

test('a HelmRelease with a number for interval, an unknown sourceRef kind and a misspelt field: each at its field path', async () => {
  const found = await validate(
    RELEASE(`  interval: 5
  chart:
    spec:
      chart: podinfo
      verison: "6.5.4"
      sourceRef: { kind: HelmRepo, name: podinfo }
  values: { free: { form: true } }
`),
  );
  expect(found.findings).toEqual([
    'HelmRelease podinfo/podinfo: spec.chart.spec.sourceRef.kind: expected one of "HelmRepository", "GitRepository", "Bucket"',
    'HelmRelease podinfo/podinfo: spec.interval: expected string',
    'HelmRelease podinfo/podinfo: spec.chart.spec.verison: unknown field',
  ]);
});

test('a HelmRelease missing its interval and an OCIRepository whose digest is a number', async () => {
  const found = await validate(`${RELEASE(`  chartRef: { kind: OCIRepository, name: podinfo-chart }\n`)}---
apiVersion: source.toolkit.fluxcd.io/v1
kind: OCIRepository
metadata: { name: podinfo-chart, namespace: podinfo }
spec: { interval: 10m, url: "oci://ghcr.io/acme/charts/podinfo", ref: { digest: 5 } }
`);
  expect(found.findings).toEqual([
    'HelmRelease podinfo/podinfo: spec: missing required field interval',
    'OCIRepository podinfo/podinfo-chart: spec.ref.digest: expected string',
  ]);
});

test('a Flux API the package does not describe is counted and named, the others validated beside it', async () => {
  const found = await validate(`${VALID}---
apiVersion: helm.toolkit.fluxcd.io/v9
kind: HelmRelease
metadata: { name: future, namespace: podinfo }
spec: { anything: true }
`);
  expect(found.findings).toEqual([]);
  expect(found.validation?.validated).toBe(5);
  expect(found.unvalidated).toBe(
    '1 object not validated: no schema for helm.toolkit.fluxcd.io/v9 HelmRelease; add its CRD to crds: in the config',
  );
});

test('Flux objects beside built-in kinds: both judged in one render', async () => {
  const found = await validate(`${RELEASE(`  interval: 5m\n  chartRef: { kind: OCIRepository, name: podinfo-chart }\n  suspend: "no"\n`)}---
apiVersion: v1
kind: ConfigMap
metadata: { name: podinfo-values, namespace: podinfo }
data: { values.yaml: 3 }
`);
  expect(found.findings).toEqual([
    'HelmRelease podinfo/podinfo: spec.suspend: expected boolean',
    'ConfigMap podinfo/podinfo-values: data.values.yaml: expected string',
  ]);
});

test('which apiVersions are Flux’s', () => {
  expect(['helm.toolkit.fluxcd.io/v2', 'source.toolkit.fluxcd.io/v1beta2', 'image.toolkit.fluxcd.io/v1'].map(isFluxApi)).toEqual([
    true,
    true,
    true,
  ]);
  expect(
    ['apps/v1', 'fluxcd.io/v1', 'helm.toolkit.fluxcd.io.evil.example/v2', 'toolkit.fluxcd.io/v1', 'helm.toolkit.fluxcd.io/'].map(isFluxApi),
  ).toEqual([false, false, false, false, false]);
});
