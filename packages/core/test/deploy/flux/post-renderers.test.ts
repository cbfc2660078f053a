import type { UserError } from '../../../src/errors.ts';
import type { EnvironmentConfig } from '../../../src/config/config.ts';
import { renderedImages } from '../../../src/render/images.ts';
import type { RenderedObject } from '../../../src/render/objects.ts';
import { renderDeployed } from '../../../src/deploy/render.ts';
import { hydrateRefuses } from '../../../src/operations/hydrate/judge.ts';
import { fluxRepo } from '../../../../../action-tests/harness/flux-chart-fixture.ts';
import { checkRendered, reader, renderers, statusSays } from '../same-answer-helpers.ts';
import { dryRun, repo } from '../../operations/rendered-repo.ts';

// Issue 72: a Flux HelmRelease is what helm-controller installs, and helm-controller post-renders Helm's output
// before it installs it: each spec.postRenderers entry's kustomize patches and images, then spec.commonMetadata.
// An image set there is the image that runs, whatever the values pin; hydrate, status and the check say so, with
// the real Helm 3 and kubectl's kustomize.

const EEE = `sha256:${'e'.repeat(64)}`;
const FFF = `sha256:${'f'.repeat(64)}`;

/** production's patch of the HelmRelease: its values, then `spec` lines (post-renderers, commonMetadata). */
const production = (spec: string[]) =>
  [
    'apiVersion: helm.toolkit.fluxcd.io/v2',
    'kind: HelmRelease',
    'metadata:',
    '  name: myapp',
    '  namespace: flux-apps',
    'spec:',
    '  targetNamespace: production',
    '  values:',
    `    image: ghcr.io/acme/api:1.0.0@${EEE}`,
    '    replicas: 3',
    ...spec,
    '',
  ].join('\n');

const POST = [
  '  commonMetadata:',
  '    labels: { team: payments }',
  '    annotations: { owner: platform }',
  '  postRenderers:',
  '    - kustomize:',
  '        images:',
  '          - name: ghcr.io/acme/api',
  '            newTag: "1.0.1"',
  `            digest: ${FFF}`,
  '        patches:',
  '          - target: { kind: Deployment, name: api }',
  '            patch: |',
  '              - op: replace',
  '                path: /spec/replicas',
  '                value: 2',
];

const files = (spec: string[]) => ({
  ...fluxRepo({
    config: [
      '  - { name: production, helmrelease: apps/production/myapp-values.yaml, protected: true }',
      'services:',
      '  api: { image: ghcr.io/acme/api, values-key: image }',
    ],
  }),
  'apps/production/myapp-values.yaml': production(spec),
});

/** hydrate's render of production: its objects. */
async function hydrateObjects(f: Record<string, string>): Promise<RenderedObject[]> {
  const r = await renderDeployed(
    { name: 'production', protected: true, helmrelease: 'apps/production/myapp-values.yaml' } as EnvironmentConfig,
    ['charts/myapp'],
    reader(f),
    renderers(),
    (p) => p,
    hydrateRefuses,
  );
  if (!r.ok) throw new Error(r.message);
  return [...r.objects.values()];
}

const deploymentOf = (objects: RenderedObject[]) =>
  objects.find((o) => o.kind === 'Deployment')?.body as {
    metadata: { labels?: Record<string, string>; annotations?: Record<string, string> };
    spec: { replicas: number; template: { metadata: { labels: Record<string, string> } } };
  };

test('hydrate renders the release post-rendered: the kustomize image and patch over the values, commonMetadata on metadata only', async () => {
  const objects = await hydrateObjects(files(POST));
  expect(renderedImages(objects).map((i) => `${i.object} (container ${i.container}) ${i.image}`)).toEqual([
    `Deployment production/api (container api) ghcr.io/acme/api:1.0.1@${FFF}`,
  ]);
  const d = deploymentOf(objects);
  expect(d.spec.replicas).toBe(2);
  expect(d.metadata.labels).toEqual({ team: 'payments' });
  expect(d.metadata.annotations).toEqual({ owner: 'platform' });
  // helm-controller's label transformer writes metadata/labels only: the pod template keeps the chart's labels.
  expect(d.spec.template.metadata.labels).toEqual({ app: 'api' });
});

test('without post-renderers the values’ image runs, as before', async () => {
  const objects = await hydrateObjects(files([]));
  expect(renderedImages(objects).map((i) => i.image)).toEqual([`ghcr.io/acme/api:1.0.0@${EEE}`]);
  expect(deploymentOf(objects).spec.replicas).toBe(3);
});

test('status says production runs the post-rendered image, not the one its values pin', async () => {
  expect(await statusSays(files(POST))).toEqual([`Deployment production/api (container api) ghcr.io/acme/api:1.0.1@${FFF}`]);
});

test('the check judges what helm-controller installs: a post-renderer that drops the digest un-pins a protected environment', async () => {
  // The pull request keeps the values pinned and adds an image entry with a tag alone: kustomize drops the digest.
  const head = files([...POST.slice(0, 6), '          - name: ghcr.io/acme/api', '            newTag: "1.0.2"', ...POST.slice(9)]);
  const checked = await checkRendered(files(POST), head);
  const render = checked?.rendered.find((r) => r.environment === 'production');
  expect(renderedImages(render?.after?.values() ?? []).map((i) => i.image)).toEqual(['ghcr.io/acme/api:1.0.2']);
  expect(checked?.verdicts).toEqual([
    { environment: 'production', verdict: 'refused', reason: '1 of 1 rendered images not pinned by digest' },
  ]);
});

test('a post-renderer the v2 API does not have is refused at its line, not left out', async () => {
  const legacy = files([
    '  postRenderers:',
    '    - kustomize:',
    '        patchesStrategicMerge:',
    '          - { kind: Deployment, apiVersion: apps/v1, metadata: { name: api }, spec: { replicas: 9 } }',
  ]);
  await expect(hydrateObjects(legacy)).rejects.toThrow(
    "apps/production/myapp-values.yaml:13: spec.postRenderers[0].kustomize.patchesStrategicMerge: helm-controller's v2 API post-renders with patches and images only",
  );
});

test('a promotion into a release whose post-renderer sets the image is refused at the post-renderer: the pin would not run', async () => {
  const DDD = `sha256:${'d'.repeat(64)}`;
  const f = {
    ...files(POST),
    '.github/lockstep.yml': [
      'charts: [charts/*]',
      'services:',
      '  api: { image: ghcr.io/acme/api, values-key: image }',
      'environments:',
      '  - { name: staging, helmrelease: apps/staging/myapp-values.yaml }',
      '  - { name: production, helmrelease: apps/production/myapp-values.yaml, protected: true }',
      '',
    ].join('\n'),
    'apps/staging/myapp-values.yaml': production([]).replace('production', 'staging').replace(`1.0.0@${EEE}`, `1.2.0@${DDD}`),
  };
  const refused = await dryRun(repo(f), 'staging', 'production').then(
    () => undefined,
    (e: UserError) => e,
  );
  // Line 18 is the post-renderer's `newTag: "1.0.1"`; line 9 the values' image the promotion writes.
  expect(refused?.format()).toBe(
    `apps/production/myapp-values.yaml:18: render: after this promotion production would still run ghcr.io/acme/api:1.0.1@${FFF} (Deployment production/api (container api)), not ghcr.io/acme/api:1.2.0@${DDD}: the pin written at apps/production/myapp-values.yaml:9 does not win over it; nothing was written — this line sets the tag 1.0.1 after the pin is applied: pin the image here (or drop it) so the promoted pin is what runs`,
  );
});
