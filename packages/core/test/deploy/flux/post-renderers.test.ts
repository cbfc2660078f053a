import type { UserError } from '../../../src/errors.ts';
import type { EnvironmentConfig } from '../../../src/config/config.ts';
import { renderedImages } from '../../../src/render/images.ts';
import type { RenderedObject } from '../../../src/render/objects.ts';
import { renderDeployed } from '../../../src/deploy/render.ts';
import { hydrateRefuses } from '../../../src/operations/hydrate/judge.ts';
import { fluxRepo } from '../../../../../action-tests/harness/flux-chart-fixture.ts';
import { checkRendered, reader, renderers, statusSays } from '../same-answer-helpers.ts';
import { dryRun, repo, status } from '../../operations/rendered-repo.ts';
import { statusJson } from '../../../src/operations/status/view.ts';

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

const DDD = `sha256:${'d'.repeat(64)}`;

/** staging (values pin 1.2.0@DDD, no post-renderer) and production as `prod` writes it, with the config naming both. */
const promotable = (prod: Record<string, string>) => ({
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
  ...prod,
});

test('a promotion into a release whose post-renderer sets the image writes the post-renderer’s entry: that is what runs', async () => {
  const r = await dryRun(repo(promotable({})), 'staging', 'production');
  // Line 17 is the entry (`- name: ghcr.io/acme/api`), where its newTag and digest are written; the values stay.
  expect(JSON.parse(r.outputs.changes)).toEqual([
    {
      service: 'api',
      file: 'apps/production/myapp-values.yaml',
      line: 17,
      'old-tag': '1.0.1',
      'new-tag': '1.2.0',
      'old-digest': FFF,
      'new-digest': DDD,
    },
  ]);
  expect(r.changes.map((c) => [c.path, c.after])).toEqual([
    [
      'apps/production/myapp-values.yaml',
      production(POST).replace('newTag: "1.0.1"', 'newTag: "1.2.0"').replace(`digest: ${FFF}`, `digest: ${DDD}`),
    ],
  ]);
  expect(r.changes[0].after).toContain(`    image: ghcr.io/acme/api:1.0.0@${EEE}\n`);
});

test('an entry with a tag alone gets the digest beside it, in the release’s own document of a file that holds two', async () => {
  // The OCIRepository first, the release second: only the release's document is edited.
  const oci = 'apiVersion: source.toolkit.fluxcd.io/v1\nkind: OCIRepository\nmetadata:\n  name: other\nspec:\n  url: oci://x/y\n---\n';
  const tagOnly = production([...POST.slice(0, 8), ...POST.slice(9)]);
  const r = await dryRun(repo(promotable({ 'apps/production/myapp-values.yaml': oci + tagOnly })), 'staging', 'production');
  expect(r.changes.map((c) => c.after)).toEqual([
    oci + tagOnly.replace('            newTag: "1.0.1"\n', `            newTag: "1.2.0"\n            digest: ${DDD}\n`),
  ]);
});

test('a post-renderer of the base the environments share: its list copied into production’s own patch and written there, never the base', async () => {
  // The base's release post-renders the image; staging's patch sets a list of its own (1.2.0@DDD), production's none,
  // so production runs the base's entry (1.0.1@FFF). kustomize replaces a custom resource's list whole: the base's
  // list goes into production's patch, comments and the patch's block scalar kept, and its entry is written there.
  const f: Record<string, string> = promotable({ 'apps/production/myapp-values.yaml': production([]) });
  const baseText = f['apps/base/myapp/release.yaml'].replace(
    /\n$/,
    '\n' + ['  # the api image, pinned for every environment', ...POST.slice(3)].join('\n') + '\n',
  );
  const staging = production([
    '  postRenderers:',
    '    - kustomize:',
    '        images:',
    '          - name: ghcr.io/acme/api',
    '            newTag: "1.2.0"',
    `            digest: ${DDD}`,
  ])
    .replace('production', 'staging')
    .replace(`1.0.0@${EEE}`, `1.2.0@${DDD}`);
  const w = repo({ ...f, 'apps/base/myapp/release.yaml': baseText, 'apps/staging/myapp-values.yaml': staging });
  const r = await dryRun(w, 'staging', 'production');
  // Line 6 is production's `spec:`, where the list is copied in.
  expect(JSON.parse(r.outputs.changes)).toEqual([
    {
      service: 'api',
      file: 'apps/production/myapp-values.yaml',
      line: 6,
      'old-tag': '1.0.1',
      'new-tag': '1.2.0',
      'old-digest': FFF,
      'new-digest': DDD,
    },
  ]);
  expect(r.changes.map((c) => [c.path, c.after])).toEqual([
    [
      'apps/production/myapp-values.yaml',
      production([
        "  # spec.postRenderers of apps/base/myapp/release.yaml, copied by lockstep to pin this environment's images here (a patch replaces the list whole)",
        ...POST.slice(3),
      ])
        .replace('newTag: "1.0.1"', 'newTag: "1.2.0"')
        .replace(`digest: ${FFF}`, `digest: ${DDD}`),
    ],
  ]);
  // The base is left as it is, and the render proof saw production run what staging runs.
  expect(r.changes.some((c) => c.path === 'apps/base/myapp/release.yaml')).toBe(false);
  const diff = r.rendered?.find((row) => row.object === 'Deployment production/api')?.diff ?? '';
  expect(diff.split('\n').filter((l) => /^[-+] .*image:/.test(l))).toEqual([
    `-        - image: ghcr.io/acme/api:1.0.1@${FFF}`,
    `+        - image: ghcr.io/acme/api:1.2.0@${DDD}`,
  ]);
});

test('two post-renderers setting one image are refused at the second: which one is the pin cannot be told', async () => {
  const twice = production([
    ...POST.slice(3, 9),
    '    - kustomize:',
    '        images:',
    '          - name: ghcr.io/acme/api',
    '            newTag: "1.0.3"',
  ]);
  const refused = await dryRun(repo(promotable({ 'apps/production/myapp-values.yaml': twice })), 'staging', 'production').then(
    () => undefined,
    (e: UserError) => e,
  );
  expect(refused?.format()).toBe(
    'apps/production/myapp-values.yaml:19: api: two post-renderers set the image ghcr.io/acme/api: lines 14 and 19; helm-controller applies both, in order — keep one images: entry for ghcr.io/acme/api in spec.postRenderers',
  );
});

test('status plans the same promotion: production’s pin is the post-renderer’s entry, one change pending', async () => {
  // An unprotected target: status plans its changes without editing its files.
  const f = promotable({});
  const unprotected = { ...f, '.github/lockstep.yml': f['.github/lockstep.yml'].replace(', protected: true', '') };
  const s = statusJson(await status(repo(unprotected))) as unknown as { next: { from: string; to: string; changes: unknown[] }[] };
  expect(s.next).toEqual([
    {
      from: 'staging',
      to: 'production',
      changes: [
        {
          service: 'api',
          file: 'apps/production/myapp-values.yaml',
          line: 17,
          'old-tag': '1.0.1',
          'new-tag': '1.2.0',
          'old-digest': FFF,
          'new-digest': DDD,
        },
      ],
    },
  ]);
});
