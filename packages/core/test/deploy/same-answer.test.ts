import type { EnvironmentConfig } from '../../src/config/config.ts';
import { renderDeployed } from '../../src/deploy/render.ts';
import { statusJson } from '../../src/operations/status/view.ts';
import { renderedImages } from '../../src/render/images.ts';
import { dryRun, repo, status } from '../operations/rendered-repo.ts';
import { deployment } from '../../../../action-tests/harness/overlay-fixture.ts';
import { fluxRepo } from '../../../../action-tests/harness/flux-chart-fixture.ts';
import { digest } from '../helpers.ts';
import { hydrateRefuses } from '../../src/operations/hydrate/judge.ts';
import { checkRendered, hydrated, reader, renderers, statusSays } from './same-answer-helpers.ts';

// Issue 72 item 1: one environment, one answer in every command. The same environment of the same commit is
// rendered by hydrate's path (deploy/render.ts, the kind's module) and read by status (what runs, through
// promote's render when its file pins nothing); both name the same object running the same image, with the
// real Helm 3 and kubectl.

const CHART = {
  'charts/web/Chart.yaml': 'apiVersion: v2\nname: storefront\nversion: 1.0.0\n',
  'charts/web/values.yaml': `image: ghcr.io/acme/api:6.14.0@${digest('0')}\n`,
  'charts/web/templates/api.yaml': deployment('{{ .Release.Name }}', '{{ .Values.image }}'),
};

test('a values file outside the chart folder, the repository’s one chart: hydrate renders it as status reads it (release named by Chart.yaml)', async () => {
  const files = {
    '.github/lockstep.yml': [
      'charts: [charts/*]',
      'services:',
      '  api: { image: ghcr.io/acme/api, values-key: api.image }',
      'environments:',
      '  - { name: prod, values: environments/prod/values.yaml }',
      '',
    ].join('\n'),
    ...CHART,
    // The service's key is not set: the chart's image runs (values.yaml, overridden by nothing).
    'environments/prod/values.yaml': 'replicas: 3\n',
  };
  const h = await hydrated({ values: 'environments/prod/values.yaml' }, files, ['charts/*']);
  expect(h).toEqual([`Deployment storefront (container storefront) ghcr.io/acme/api:6.14.0@${digest('0')}`]);
  expect(await statusSays(files)).toEqual([`Deployment storefront (container storefront) ghcr.io/acme/api:6.14.0@${digest('0')}`]);
});

test('two charts and a values file in neither: hydrate refuses, saying which choice is missing (status says the same reason)', async () => {
  const files = {
    '.github/lockstep.yml': [
      'services:',
      '  api: { image: ghcr.io/acme/api, values-key: api.image }',
      'environments:',
      '  - { name: prod, values: environments/prod/values.yaml }',
      '',
    ].join('\n'),
    ...CHART,
    'charts/other/Chart.yaml': 'apiVersion: v2\nname: other\nversion: 1.0.0\n',
    'environments/prod/values.yaml': 'replicas: 3\n',
  };
  const r = await renderDeployed(
    { name: 'prod', protected: true, values: 'environments/prod/values.yaml' } as EnvironmentConfig,
    [],
    reader(files),
    renderers(),
    (p) => p,
    hydrateRefuses,
  );
  expect(r).toEqual({
    ok: false,
    message:
      'no chart folder holds its values file environments/prod/values.yaml, and the repository has no one chart to render it with: name the chart with application:',
  });
  const s = await status(repo(files));
  expect((statusJson(s) as unknown as { environments: { unrendered?: string }[] }).environments[0].unrendered).toBe(
    'no chart folder holds its values file environments/prod/values.yaml, and the repository has no one chart to render it with: name the chart with application:',
  );
});

// The same answer in four commands, for a Kustomize overlay whose image no images: entry pins: prod runs what its
// strategic-merge patch sets over the base's inline image. hydrate renders it, status reads it from the render,
// promote starts from it (its table's old side), and the check's render of a pull request touching prod judges it.
const patch = (image: string, label = 'api') =>
  [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: api',
    `  labels: { team: ${label} }`,
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: api',
    `          image: ${image}`,
    '',
  ].join('\n');
const overlay = (env: string, extra: string[] = []) =>
  [
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    `namespace: app-${env}`,
    'resources:',
    '  - ../../base',
    ...extra,
    '',
  ].join('\n');
const PATCHED: Record<string, string> = {
  '.github/lockstep.yml': [
    'services:',
    '  api: { image: ghcr.io/acme/api }',
    'environments:',
    '  - { name: staging, kustomization: deploy/overlays/staging }',
    '  - { name: prod, kustomization: deploy/overlays/prod, protected: true }',
    '',
  ].join('\n'),
  'deploy/base/kustomization.yaml': 'resources:\n  - api.yaml\n',
  'deploy/base/api.yaml': deployment('api', `ghcr.io/acme/api:6.14.3@${digest('1')}`),
  'deploy/overlays/staging/kustomization.yaml': overlay('staging', [
    'images:',
    '  - name: ghcr.io/acme/api',
    '    newTag: "6.14.2"',
    `    digest: ${digest('2')}`,
  ]),
  'deploy/overlays/prod/kustomization.yaml': overlay('prod', ['patches:', '  - path: patch.yaml']),
  'deploy/overlays/prod/patch.yaml': patch(`ghcr.io/acme/api:6.14.1@${digest('3')}`),
};

test('an overlay whose patch sets the image: hydrate, status, promote and the check say prod runs the same image', async () => {
  const runs = `Deployment app-prod/api (container api) ghcr.io/acme/api:6.14.1@${digest('3')}`;
  // hydrate: the kind's build of prod.
  expect(await hydrated({ kustomization: 'deploy/overlays/prod' }, PATCHED)).toEqual([runs]);
  // status: prod's column, read from its render (the overlay pins nothing).
  const s = statusJson(await status(repo(PATCHED))) as unknown as {
    environments: {
      name: string;
      'read-from-render'?: Record<string, string>;
      services: Record<string, { tag: string; digest: string }>;
    }[];
  };
  const prod = s.environments.find((e) => e.name === 'prod')!;
  expect(`${prod['read-from-render']?.api} ghcr.io/acme/api:${prod.services.api.tag}@${prod.services.api.digest}`).toBe(runs);
  // promote staging → prod: the table's old side is what prod runs.
  const promoted = JSON.parse((await dryRun(repo(PATCHED), 'staging', 'prod')).outputs.changes) as Record<string, string>[];
  expect(promoted.map((c) => `ghcr.io/acme/api:${c['old-tag']}@${c['old-digest']}`)).toEqual([`ghcr.io/acme/api:6.14.1@${digest('3')}`]);
  // the check: a pull request relabelling prod's Deployment renders prod at the head; the guard judges this image.
  const head = { ...PATCHED, 'deploy/overlays/prod/patch.yaml': patch(`ghcr.io/acme/api:6.14.1@${digest('3')}`, 'platform') };
  const checked = await checkRendered(PATCHED, head);
  const prodRender = checked?.rendered.find((r) => r.environment === 'prod');
  expect(renderedImages(prodRender?.after?.values() ?? []).map((i) => `${i.object} (container ${i.container}) ${i.image}`)).toEqual([runs]);
  expect(checked?.verdicts).toEqual([{ environment: 'prod', verdict: 'pinned', images: 1 }]);
});

// …and for a values file rendered with its chart, where prod's file sets no tag: the chart's values.yaml leaves it
// empty and the template defaults it to the chart's appVersion (layered values, the tag defaulting to appVersion).
const apiChart = (version: string, team: string): Record<string, string> => ({
  'charts/api/Chart.yaml': `apiVersion: v2\nname: api\nversion: ${version}\nappVersion: "6.14.0"\n`,
  'charts/api/values.yaml': 'image:\n  repository: ghcr.io/acme/api\n  tag: ""\n',
  'charts/api/templates/api.yaml': deployment(
    `api-${team}`,
    '{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}',
  ),
});
const LAYERED: Record<string, string> = {
  '.github/lockstep.yml': [
    'charts: [charts/*]',
    'services:',
    '  api: { image: ghcr.io/acme/api, values-key: image }',
    'environments:',
    '  - { name: staging, values: charts/api/values-staging.yaml }',
    '  - { name: prod, values: charts/api/values-prod.yaml }',
    '',
  ].join('\n'),
  ...apiChart('1.0.0', 'a'),
  'charts/api/values-staging.yaml': 'image:\n  tag: "6.14.2"\n',
  'charts/api/values-prod.yaml': 'replicas: 2\n',
};

test('a values file that sets no tag (the chart defaults it to appVersion): hydrate, status, promote and the check say prod runs 6.14.0', async () => {
  const runs = 'Deployment api-a (container api-a) ghcr.io/acme/api:6.14.0';
  expect(await hydrated({ values: 'charts/api/values-prod.yaml' }, LAYERED, ['charts/*'])).toEqual([runs]);
  const s = statusJson(await status(repo(LAYERED))) as unknown as {
    environments: { name: string; 'read-from-render'?: Record<string, string>; services: Record<string, { tag: string }> }[];
  };
  const prod = s.environments.find((e) => e.name === 'prod')!;
  expect(`${prod['read-from-render']?.api} ghcr.io/acme/api:${prod.services.api.tag}`).toBe(runs);
  const promoted = JSON.parse((await dryRun(repo(LAYERED), 'staging', 'prod')).outputs.changes) as Record<string, string>[];
  expect(promoted.map((c) => `${c['old-tag']} → ${c['new-tag']}`)).toEqual(['6.14.0 → 6.14.2']);
  // The check: a pull request renaming the Deployment (the chart bumped) renders prod at both sides.
  const head = { ...LAYERED, ...apiChart('1.0.1', 'b') };
  const changed = [{ path: 'charts/api', name: 'api', base: '1.0.0', head: '1.0.1', required: 'patch', ok: true, problems: [] }];
  const checked = await checkRendered(LAYERED, head, changed);
  const prodRender = checked?.rendered.find((r) => r.environment === 'prod');
  expect(renderedImages(prodRender?.after?.values() ?? []).map((i) => `${i.object} (container ${i.container}) ${i.image}`)).toEqual([
    'Deployment api-b (container api-b) ghcr.io/acme/api:6.14.0',
  ]);
});

// …and for a Flux HelmRelease whose patch sets no image: helm-controller renders the chart's values.yaml image, in
// the release's targetNamespace.
test('a HelmRelease whose values set no image: hydrate, status, promote and the check say staging runs the chart’s image', async () => {
  const files = fluxRepo() as Record<string, string>;
  files['.github/lockstep.yml'] = [
    'charts: [charts/*]',
    'services:',
    '  api: { image: ghcr.io/acme/api, values-key: image }',
    'environments:',
    '  - { name: staging, helmrelease: apps/staging/myapp-values.yaml }',
    '  - { name: production, helmrelease: apps/production/myapp-values.yaml }',
    '',
  ].join('\n');
  files['apps/staging/myapp-values.yaml'] = files['apps/staging/myapp-values.yaml'].replace(
    '    image: ghcr.io/acme/api:1.1.0',
    '    replicas: 2',
  );
  const runs = 'Deployment staging/api (container api) ghcr.io/acme/api:1.0.0';
  expect(await hydrated({ name: 'staging', helmrelease: 'apps/staging/myapp-values.yaml' }, files, ['charts/*'])).toEqual([runs]);
  const s = statusJson(await status(repo(files))) as unknown as {
    environments: { name: string; 'read-from-render'?: Record<string, string>; services: Record<string, { tag: string }> }[];
  };
  const staging = s.environments.find((e) => e.name === 'staging')!;
  expect(`${staging['read-from-render']?.api} ghcr.io/acme/api:${staging.services.api.tag}`).toBe(runs);
  // promote staging → production: what staging runs (its render) is the pin promoted.
  const promoted = JSON.parse((await dryRun(repo(files), 'staging', 'production')).outputs.changes) as Record<string, string>[];
  expect(promoted.map((c) => c['new-tag'])).toEqual(['1.0.0']);
  // the check: a pull request scaling staging renders it at both sides.
  const head = {
    ...files,
    'apps/staging/myapp-values.yaml': files['apps/staging/myapp-values.yaml'].replace('replicas: 2', 'replicas: 3'),
  };
  const checked = await checkRendered(files, head);
  const rendered = checked?.rendered.find((r) => r.environment === 'staging');
  expect(renderedImages(rendered?.after?.values() ?? []).map((i) => `${i.object} (container ${i.container}) ${i.image}`)).toEqual([runs]);
});
