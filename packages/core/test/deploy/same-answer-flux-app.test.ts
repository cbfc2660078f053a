import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { statusJson } from '../../src/operations/status/view.ts';
import { dryRun, repo, status } from '../operations/rendered-repo.ts';
import { deployment } from '../../../../action-tests/harness/overlay-fixture.ts';
import { digest } from '../helpers.ts';
import { checkRendered, helmPush, hydrated, imagesOf, puller, releasedRepo } from './same-answer-helpers.ts';
import { LocalRegistry } from '../../../../action-tests/harness/registry.ts';
import { remoteCharts, type RemoteCharts } from '../../src/operations/check/remote-chart.ts';
import { nodeTransport } from '../../src/http/transport.ts';

// Issue 72: one environment, one answer in every command, for two more deployer kinds. A Flux Kustomization whose
// image Flux sets (its spec.images over the overlay's, its postBuild variables in the base), and an Argo CD
// Application whose chart comes from a registry while its values come from this repository. hydrate renders it,
// status reads what it runs, promote starts from it (its table's old side), and the check's render of a pull
// request touching it judges it: the same object, the same image, with the real Helm 3 and kubectl.

const tmp: string[] = [];
afterAll(() => tmp.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** What the real `kubectl kustomize` builds of `dir` among `files`: each container as `<kind> <ns>/<name> (container <c>) <image>`. */
function kubectlBuilds(files: Record<string, string>, dir: string): string[] {
  const root = mkdtempSync(join(tmpdir(), 'lockstep-same-answer-'));
  tmp.push(root);
  for (const [p, t] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), t);
  }
  const out = execFileSync(process.env.LOCKSTEP_KUBECTL!, ['kustomize', join(root, dir)], { encoding: 'utf8' });
  return parseAllDocuments(out).flatMap((d) => {
    const o = d.toJSON() as {
      kind: string;
      metadata: { name: string; namespace?: string };
      spec: { template: { spec: { containers: { name: string; image: string }[] } } };
    };
    const at = o.metadata.namespace ? `${o.metadata.namespace}/${o.metadata.name}` : o.metadata.name;
    return o.spec.template.spec.containers.map((c) => `${o.kind} ${at} (container ${c.name}) ${c.image}`);
  });
}

type World = ReturnType<typeof repo>;

/** prod's column in status: `<the object, where it is read from the render> <image>`, and the promotion status plans into it. */
async function statusOfProd(w: World): Promise<{ runs: string; next: string[] }> {
  const s = statusJson(await status(w)) as unknown as {
    environments: {
      name: string;
      'read-from-render'?: Record<string, string>;
      services: Record<string, { tag: string; digest?: string }>;
    }[];
    next: { from: string; to: string; changes: Record<string, string | null>[] }[];
  };
  const prod = s.environments.find((e) => e.name === 'prod')!;
  const pin = prod.services.api;
  const image = `ghcr.io/acme/api:${pin.tag}${pin.digest ? `@${pin.digest}` : ''}`;
  const next = s.next.find((n) => n.to === 'prod')?.changes ?? [];
  return { runs: `${prod['read-from-render']?.api ?? '(its file pins it)'} ${image}`, next: next.map(change) };
}

/** One change of a promotion as `<old image> → <new image>`. */
const change = (c: Record<string, string | null>) => {
  const image = (tag: string | null, digest: string | null) => `ghcr.io/acme/api:${tag}${digest ? `@${digest}` : ''}`;
  return `${image(c['old-tag'], c['old-digest'])} → ${image(c['new-tag'], c['new-digest'])}`;
};

/** promote staging → prod, dry-run: each change, its old side what prod runs now. */
async function promoted(w: World): Promise<string[]> {
  return (JSON.parse((await dryRun(w, 'staging', 'prod')).outputs.changes) as Record<string, string | null>[]).map(change);
}

/** The check's render of prod at the head of a pull request from `base` to `head`, and the verdict on it. */
async function checkOfProd(
  base: Record<string, string>,
  head: Record<string, string>,
  tags?: Record<string, Record<string, string>>,
  remote?: RemoteCharts,
) {
  const checked = await checkRendered(base, head, [], tags, remote);
  const prod = checked?.rendered.find((r) => r.environment === 'prod');
  return {
    runs: imagesOf(prod?.after?.values() ?? []),
    verdict: checked?.verdicts.find((v) => v.environment === 'prod'),
    ...(prod?.message ? { message: prod.message } : {}),
  };
}

// A Flux Kustomization environment: kustomize-controller builds spec.path with kustomize, with the Kustomization's
// spec.images put into that folder's kustomization (an entry of the same name replaced), then substitutes the
// postBuild variables in the build's output (Flux's documented order).
const overlay = (extra: string[] = []) =>
  [
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    'namespace: app-prod',
    'resources:',
    '  - ../../base',
    ...extra,
    '',
  ].join('\n');
const fluxKustomization = (spec: string[]) =>
  [
    'apiVersion: kustomize.toolkit.fluxcd.io/v1',
    'kind: Kustomization',
    'metadata: { name: apps, namespace: flux-system }',
    'spec:',
    '  interval: 10m',
    '  path: ./deploy/overlays/prod',
    '  prune: true',
    '  sourceRef: { kind: GitRepository, name: flux-system }',
    ...spec,
    '',
  ].join('\n');
const FLUX_CONFIG = [
  'services:',
  '  api: { image: ghcr.io/acme/api }',
  'environments:',
  '  - { name: staging, kustomization: deploy/overlays/staging }',
  '  - { name: prod, flux-kustomization: clusters/prod/apps.yaml, protected: true }',
  '',
].join('\n');
const STAGING = {
  'deploy/overlays/staging/kustomization.yaml': [
    'resources:',
    '  - ../../base',
    'images:',
    '  - name: ghcr.io/acme/api',
    '    newTag: "6.15.0"',
    `    digest: ${digest('2')}`,
    '',
  ].join('\n'),
};

describe('a Flux Kustomization environment: hydrate, status, promote and the check say prod runs what Flux sets', () => {
  const OVERLAY_IMAGES = ['images:', '  - name: ghcr.io/acme/api', '    newTag: "6.14.1"', `    digest: ${digest('3')}`];
  const FLUX_IMAGES = ['  images:', '    - name: ghcr.io/acme/api', '      newTag: "6.14.4"', `      digest: ${digest('4')}`];
  const IMAGES: Record<string, string> = {
    '.github/lockstep.yml': FLUX_CONFIG,
    'deploy/base/kustomization.yaml': 'resources:\n  - api.yaml\n',
    'deploy/base/api.yaml': deployment('api', 'ghcr.io/acme/api:latest'),
    ...STAGING,
    'deploy/overlays/prod/kustomization.yaml': overlay(OVERLAY_IMAGES),
    'clusters/prod/apps.yaml': fluxKustomization(FLUX_IMAGES),
  };

  test('its spec.images over the overlay’s images: entry of the same name', async () => {
    // The truth: the real kubectl kustomize building the overlay with Flux's entry in place of the overlay's own.
    const asFlux = {
      ...IMAGES,
      'deploy/overlays/prod/kustomization.yaml': overlay(FLUX_IMAGES.map((l) => l.slice(2))),
    };
    const runs = kubectlBuilds(asFlux, 'deploy/overlays/prod');
    expect(runs).toEqual([`Deployment app-prod/api (container api) ghcr.io/acme/api:6.14.4@${digest('4')}`]);
    // …which the overlay alone does not run.
    expect(kubectlBuilds(IMAGES, 'deploy/overlays/prod')).toEqual([
      `Deployment app-prod/api (container api) ghcr.io/acme/api:6.14.1@${digest('3')}`,
    ]);
    expect(await hydrated({ fluxKustomization: 'clusters/prod/apps.yaml' }, IMAGES)).toEqual(runs);
    // status: the Kustomization's spec.images is prod's pin; promote (and status's next promotion) starts from it.
    const moves = [`ghcr.io/acme/api:6.14.4@${digest('4')} → ghcr.io/acme/api:6.15.0@${digest('2')}`];
    expect(await statusOfProd(repo(IMAGES))).toEqual({ runs: `(its file pins it) ghcr.io/acme/api:6.14.4@${digest('4')}`, next: moves });
    expect(await promoted(repo(IMAGES))).toEqual(moves);
    // The check: a pull request changing the overlay (another replica count) builds prod as Flux builds it.
    const head = {
      ...IMAGES,
      'deploy/overlays/prod/kustomization.yaml': overlay([...OVERLAY_IMAGES, 'replicas:', '  - { name: api, count: 3 }']),
    };
    expect(await checkOfProd(IMAGES, head)).toEqual({ runs, verdict: { environment: 'prod', verdict: 'pinned', images: 1 } });
  });

  // The service names the variables that hold its image (flux-substitute): they are prod's pins.
  const VARIABLES: Record<string, string> = {
    '.github/lockstep.yml': FLUX_CONFIG.replace(
      '{ image: ghcr.io/acme/api }',
      '{ image: ghcr.io/acme/api, flux-substitute: { tag: API_TAG, digest: API_DIGEST } }',
    ),
    'deploy/base/kustomization.yaml': 'resources:\n  - api.yaml\n',
    'deploy/base/api.yaml': deployment('api', 'ghcr.io/acme/api:${API_TAG}@${API_DIGEST}'),
    ...STAGING,
    'deploy/overlays/prod/kustomization.yaml': overlay(),
    'clusters/prod/apps.yaml': fluxKustomization([
      '  postBuild:',
      '    substitute:',
      '      API_TAG: "6.14.5"',
      `      API_DIGEST: ${digest('5')}`,
    ]),
  };

  test('a postBuild.substitute variable in the base’s image', async () => {
    // The truth: the real kubectl kustomize building the overlay, then the variables substituted as Flux substitutes them.
    const built = kubectlBuilds(VARIABLES, 'deploy/overlays/prod');
    expect(built).toEqual(['Deployment app-prod/api (container api) ghcr.io/acme/api:${API_TAG}@${API_DIGEST}']);
    const runs = built.map((l) => l.replace('${API_TAG}', '6.14.5').replace('${API_DIGEST}', digest('5')));
    expect(await hydrated({ fluxKustomization: 'clusters/prod/apps.yaml' }, VARIABLES)).toEqual(runs);
    // status: the variables are prod's pin; promote (and status's next promotion) starts from it.
    const moves = [`ghcr.io/acme/api:6.14.5@${digest('5')} → ghcr.io/acme/api:6.15.0@${digest('2')}`];
    expect(await statusOfProd(repo(VARIABLES))).toEqual({ runs: `(its file pins it) ghcr.io/acme/api:6.14.5@${digest('5')}`, next: moves });
    expect(await promoted(repo(VARIABLES))).toEqual(moves);
    const head = { ...VARIABLES, 'deploy/overlays/prod/kustomization.yaml': overlay(['commonLabels: { team: api }']) };
    expect(await checkOfProd(VARIABLES, head)).toEqual({ runs, verdict: { environment: 'prod', verdict: 'pinned', images: 1 } });
  });
});

// An Argo CD Application whose chart comes from an OCI registry and whose values come from this repository (the
// layout the README recommends): staging and prod pull chart api 1.2.0, released from charts/api (tag api-1.2.0)
// and pushed with the real Helm; the folder has moved on to 1.3.0 (another default image), not released yet.
describe('an Application whose chart is pulled from a registry: hydrate, status, promote and the check say prod runs the pinned chart’s image', () => {
  let registry: LocalRegistry;
  const chartAt = (version: string, image: string): Record<string, string> => ({
    'charts/api/Chart.yaml': `apiVersion: v2\nname: api\nversion: ${version}\n`,
    'charts/api/values.yaml': `image: ${image}\nreplicas: 1\n`,
    'charts/api/templates/api.yaml': deployment('{{ .Release.Name }}', '{{ .Values.image }}'),
  });
  const RELEASED = chartAt('1.2.0', `ghcr.io/acme/api:6.14.0@${digest('0')}`);
  beforeAll(async () => {
    registry = await LocalRegistry.start();
    await helmPush(RELEASED, 'charts/api', `oci://${registry.host}/charts`);
  }, 120_000);
  afterAll(async () => {
    await registry?.stop();
  });

  const application = (env: string, source: string[]) =>
    [
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Application',
      `metadata: { name: api-${env}, namespace: argocd }`,
      'spec:',
      '  project: default',
      `  destination: { server: https://kubernetes.default.svc, namespace: api-${env} }`,
      ...source,
      '',
    ].join('\n');
  const registrySources = (env: string) => [
    '  sources:',
    `    - repoURL: oci://${registry.host}/charts`,
    '      chart: api',
    '      targetRevision: 1.2.0',
    `      helm: { valueFiles: [$values/charts/api/values-${env}.yaml] }`,
    '    - { repoURL: https://github.com/acme/monorepo.git, targetRevision: HEAD, ref: values }',
  ];
  const files = (): Record<string, string> => ({
    '.github/lockstep.yml': [
      'charts: [charts/*]',
      'services:',
      '  api: { image: ghcr.io/acme/api, values-key: image }',
      'environments:',
      '  - { name: staging, values: charts/api/values-staging.yaml, application: apps/staging.yaml }',
      '  - { name: prod, values: charts/api/values-prod.yaml, application: apps/prod.yaml, protected: true }',
      '',
    ].join('\n'),
    ...chartAt('1.3.0', `ghcr.io/acme/api:6.15.0@${digest('6')}`),
    'charts/api/values-staging.yaml': `image: ghcr.io/acme/api:6.15.0@${digest('6')}\nreplicas: 1\n`,
    'charts/api/values-prod.yaml': 'replicas: 2\n',
    'apps/staging.yaml': application('staging', registrySources('staging')),
    'apps/prod.yaml': application('prod', registrySources('prod')),
  });

  test('a values file that sets no image: the image of the chart version its Application pins', async () => {
    const main = files();
    // What Argo CD renders: the pulled chart's values.yaml image, in the destination namespace, released as the Application.
    const runs = `Deployment api-prod/api-prod (container api-prod) ghcr.io/acme/api:6.14.0@${digest('0')}`;
    expect(await hydrated({ values: 'charts/api/values-prod.yaml', application: 'apps/prod.yaml' }, main, ['charts/*'], puller())).toEqual([
      runs,
    ]);
    // status reads it from prod's render (its file sets no image), with the chart at its release tag api-1.2.0; its
    // next promotion, and promote's, start from it: the folder's values.yaml (1.3.0, unreleased) is not what prod runs.
    const released = () => releasedRepo({ 'api-1.2.0': { ...main, ...RELEASED } }, main);
    const moves = [`ghcr.io/acme/api:6.14.0@${digest('0')} → ghcr.io/acme/api:6.15.0@${digest('6')}`];
    expect(await statusOfProd(released())).toEqual({ runs, next: moves });
    expect(await promoted(released())).toEqual(moves);
    // The check: a pull request scaling prod renders it with the chart it pins (the folder at its release tag).
    const head = { ...main, 'charts/api/values-prod.yaml': 'replicas: 3\n' };
    expect(await checkOfProd(main, head, { 'refs/tags/api-1.2.0': { ...main, ...RELEASED } })).toEqual({
      runs: [runs],
      verdict: { environment: 'prod', verdict: 'pinned', images: 1 },
    });
  });

  test('no folder of this repository holds the chart: hydrate, status, promote and the check pull it', async () => {
    // The chart is another repository's: this one holds the Applications and their values files only.
    const main: Record<string, string> = {};
    for (const [p, t] of Object.entries(files()))
      if (!p.startsWith('charts/api/'))
        main[p] = t.replace('charts: [charts/*]\n', '').replaceAll('charts/api/values-', 'envs/api/values-');
    main['envs/api/values-staging.yaml'] = `image: ghcr.io/acme/api:6.15.0@${digest('6')}\nreplicas: 1\n`;
    main['envs/api/values-prod.yaml'] = 'replicas: 2\n';
    const runs = `Deployment api-prod/api-prod (container api-prod) ghcr.io/acme/api:6.14.0@${digest('0')}`;
    expect(await hydrated({ values: 'envs/api/values-prod.yaml', application: 'apps/prod.yaml' }, main, [], puller())).toEqual([runs]);
    // status and promote pull it from the registry the Application names; promote inserts the key prod's file lacks
    // in the shape the pulled chart's values.yaml writes it (it refused: "values key image not found").
    const moves = [`ghcr.io/acme/api:6.14.0@${digest('0')} → ghcr.io/acme/api:6.15.0@${digest('6')}`];
    expect(await statusOfProd(repo(main))).toEqual({ runs, next: moves });
    expect(await promoted(repo(main))).toEqual(moves);
    // The check: a pull request scaling prod renders it with the chart pulled from the registry its Application
    // names (operations/check/render-registry.ts), at the version it pins.
    const remote = remoteCharts({
      transport: nodeTransport(),
      env: { LOCKSTEP_TEST_LOOPBACK_HTTP: '1' },
      home: registry.dir,
      secret: () => {},
    });
    try {
      expect(await checkOfProd(main, { ...main, 'envs/api/values-prod.yaml': 'replicas: 3\n' }, {}, remote)).toEqual({
        runs: [runs],
        verdict: { environment: 'prod', verdict: 'pinned', images: 1 },
      });
    } finally {
      remote.close();
    }
  });
});
