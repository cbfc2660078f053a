import type { UserError } from '../../src/errors.ts';
import { LocalRegistry } from '../../../../action-tests/harness/registry.ts';
import { digest } from '../helpers.ts';
import { dryRun, repo } from '../operations/rendered-repo.ts';
import { helmPush } from '../deploy/same-answer-helpers.ts';

// Issue 72, item 3: a Flux HelmRelease none of whose values sources (its spec.values, its base's, its valuesFrom
// ConfigMaps) sets the service's key runs the default of the chart it installs; a promotion inserts the key into
// the target's own HelmRelease document's spec.values, in the chart's shape, never into a base it shares with
// other environments nor into the chart. The chart is pushed with the real Helm to the tests' registry and pulled
// from it through an OCIRepository (spec.chartRef), as same-answer-flux-chartref.test.ts does.

const API_12 = `ghcr.io/acme/api:6.14.0@${digest('0')}`;
const API_13 = `ghcr.io/acme/api:6.15.0@${digest('6')}`;

/** Chart podinfo at `version` whose values.yaml is `values`, its one container's image `image` (a template). */
const chartAt = (version: string, values: string, image: string): Record<string, string> => ({
  'podinfo/Chart.yaml': `apiVersion: v2\nname: podinfo\nversion: ${version}\n`,
  'podinfo/values.yaml': values,
  'podinfo/templates/deployment.yaml': [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: {{ .Release.Name }}',
    'spec:',
    '  selector: { matchLabels: { app: podinfo } }',
    '  template:',
    '    metadata: { labels: { app: podinfo } }',
    '    spec:',
    '      containers:',
    '        - name: api',
    `          image: ${image}`,
    '',
  ].join('\n'),
});

let registry: LocalRegistry;
beforeAll(async () => {
  registry = await LocalRegistry.start();
  // 1.2.0: one image string; 2.0.0: an image map whose tag is the service's key (a bare tag).
  await helmPush(chartAt('1.2.0', `image: ${API_12}\nteam: none\n`, '{{ .Values.image }}'), 'podinfo', `oci://${registry.host}/charts`);
  await helmPush(
    chartAt('2.0.0', 'image:\n  repository: ghcr.io/acme/api\n  tag: 6.14.0\n', '{{ .Values.image.repository }}:{{ .Values.image.tag }}'),
    'podinfo',
    `oci://${registry.host}/charts`,
  );
}, 120_000);
afterAll(async () => {
  await registry?.stop();
});

const ociRepository = (version: string) => [
  'apiVersion: source.toolkit.fluxcd.io/v1',
  'kind: OCIRepository',
  'metadata: { name: podinfo, namespace: podinfo }',
  'spec:',
  '  interval: 10m',
  `  url: oci://${registry.host}/charts/podinfo`,
  '  ref:',
  `    tag: ${version}`,
];
const release = (env: string, values: string[]) => [
  'apiVersion: helm.toolkit.fluxcd.io/v2',
  'kind: HelmRelease',
  'metadata: { name: podinfo, namespace: podinfo }',
  'spec:',
  '  interval: 10m',
  `  targetNamespace: ${env}`,
  '  chartRef: { kind: OCIRepository, name: podinfo }',
  ...values,
];
const config = (key: string, staging: string, prod: string) =>
  [
    'services:',
    `  api: { image: ghcr.io/acme/api, values-key: ${key} }`,
    'environments:',
    `  - { name: staging, ${staging} }`,
    `  - { name: prod, ${prod}, protected: true }`,
    '',
  ].join('\n');

/** Both environments in one file each, the OCIRepository beside the HelmRelease (Flux's chartRef examples). */
const oneFile = (version: string, key: string, staging: string[], prod: string[]): Record<string, string> => ({
  '.github/lockstep.yml': config(
    key,
    'helmrelease: apps/staging/podinfo.yaml#podinfo, ocirepository: apps/staging/podinfo.yaml#podinfo',
    'helmrelease: apps/prod/podinfo.yaml#podinfo, ocirepository: apps/prod/podinfo.yaml#podinfo',
  ),
  'apps/staging/podinfo.yaml': [...ociRepository(version), '---', ...release('staging', staging), ''].join('\n'),
  'apps/prod/podinfo.yaml': [...ociRepository(version), '---', ...release('prod', prod), ''].join('\n'),
});

/** Environment `env`'s patch over the base's HelmRelease podinfo: its targetNamespace, then `values`. */
const patched = (env: string, values: string[]) =>
  [
    'apiVersion: helm.toolkit.fluxcd.io/v2',
    'kind: HelmRelease',
    'metadata:',
    '  name: podinfo',
    '  namespace: podinfo',
    'spec:',
    `  targetNamespace: ${env}`,
    ...values,
    '',
  ].join('\n');

/**
 * Both environments as patches over one base (apps/base/podinfo: the OCIRepository beside its HelmRelease, whose
 * spec.values are `base`): staging's patch pins the new image in its spec.values, prod's writes `prod`.
 */
function overBase(base: string[], prod: string[]): Record<string, string> {
  const kustomization = 'resources: [../base/podinfo]\npatches:\n  - path: podinfo-values.yaml\n';
  return {
    '.github/lockstep.yml': config(
      'image',
      'helmrelease: apps/staging/podinfo-values.yaml, ocirepository: apps/base/podinfo/podinfo.yaml#podinfo',
      'helmrelease: apps/prod/podinfo-values.yaml, ocirepository: apps/base/podinfo/podinfo.yaml#podinfo',
    ),
    'apps/base/podinfo/kustomization.yaml': 'resources: [podinfo.yaml]\n',
    'apps/base/podinfo/podinfo.yaml': [...ociRepository('1.2.0'), '---', ...release('base', base), ''].join('\n'),
    'apps/staging/kustomization.yaml': kustomization,
    'apps/staging/podinfo-values.yaml': patched('staging', ['  values:', `    image: ${API_13}`]),
    'apps/prod/kustomization.yaml': kustomization,
    'apps/prod/podinfo-values.yaml': patched('prod', prod),
  };
}

/** promote staging → prod, dry-run: each image change (`<old> → <new>`), the files it edits and what its render of prod changes. */
async function promoted(files: Record<string, string>) {
  const r = await dryRun(repo(files), 'staging', 'prod');
  const changes = JSON.parse(r.outputs.changes) as Record<string, string | null>[];
  const image = (tag: string | null, d: string | null) => `ghcr.io/acme/api:${tag}${d ? `@${d}` : ''}`;
  return {
    changes: changes.map((c) => `${image(c['old-tag'], c['old-digest'])} → ${image(c['new-tag'], c['new-digest'])}`),
    edited: Object.fromEntries(r.changes.map((c) => [c.path, c.after])),
    rendered: (r.rendered ?? []).map(
      (d) =>
        `${d.environment} ${d.object} ${d.change}: ${d.diff
          .split('\n')
          .filter((l) => /^[-+] /.test(l))
          .join(' | ')}`,
    ),
  };
}

describe("a HelmRelease whose values sources set no image: the chart's default runs, and the key goes into its spec.values", () => {
  test("prod's spec.values without image: the image string is inserted after its last key, the render runs it", async () => {
    const files = oneFile('1.2.0', 'image', ['  values:', `    image: ${API_13}`], ['  values:', '    team: api']);
    const out = await promoted(files);
    expect(out.changes).toEqual([`${API_12} → ${API_13}`]);
    expect(out.edited).toEqual({
      'apps/prod/podinfo.yaml': [
        ...ociRepository('1.2.0'),
        '---',
        ...release('prod', ['  values:', '    team: api', `    image: ${API_13}`]),
        '',
      ].join('\n'),
    });
    expect(out.rendered).toEqual([`prod Deployment prod/prod-podinfo changed: -        - image: ${API_12} | +        - image: ${API_13}`]);
  });

  test('a patch over a base shared with staging, with no spec.values: spec.values is created in the patch, the base untouched', async () => {
    const files = overBase(['  values:', '    team: none'], []);
    const out = await promoted(files);
    expect(out.changes).toEqual([`${API_12} → ${API_13}`]);
    // Only prod's patch is edited: the base (staging's too) is not among the files.
    expect(out.edited).toEqual({ 'apps/prod/podinfo-values.yaml': patched('prod', ['  values:', `    image: ${API_13}`]) });
    expect(out.rendered).toEqual([`prod Deployment prod/prod-podinfo changed: -        - image: ${API_12} | +        - image: ${API_13}`]);
  });

  test("a bare-tag default (the chart's image.tag) with a digest to promote: refused at prod's HelmRelease, nothing written", async () => {
    // staging pins the whole reference at the key; prod's chart default there (values.yaml line 3) is a bare tag,
    // which cannot hold the digest: refused at the line of prod's spec.values where the key would go.
    const files = oneFile('2.0.0', 'image.tag', ['  values:', `    image: { tag: "${API_13}" }`], ['  values:', '    team: api']);
    const refused = await promoted(files).then(
      (out) => out,
      (e: UserError) => e.format(),
    );
    expect(refused).toBe(
      `apps/prod/podinfo.yaml:18: spec.values.image.tag holds only a tag (as values.yaml of HelmRelease podinfo: chart podinfo 2.0.0 from oci://${registry.host}/charts/podinfo:2.0.0, release prod-podinfo in namespace prod, stored in podinfo:3 writes it), so the digest cannot be pinned there — point values-key at an image block (tag + digest) or a repo:tag@sha256:… string`,
    );
  });
});

describe("a HelmRelease patch over a base whose spec.values sets the image: the base is shared, the write is prod's own", () => {
  // The base (staging's too) sets the image, 6.13.0, not the chart's default: prod runs the base's image until a
  // promotion writes its own. The write goes into prod's patch, which helm-controller receives merged over the base
  // (kustomize merges a custom resource's patch key by key), so the render runs the promoted image.
  const API_11 = `ghcr.io/acme/api:6.13.0@${digest('3')}`;
  test.each([
    ['with spec.values of its own (team: api)', ['  values:', '    team: api'], ['  values:', '    team: api', `    image: ${API_13}`]],
    ["with no spec.values (the values are the base's alone)", [], ['  values:', `    image: ${API_13}`]],
  ])(
    "the image in the base's spec.values, prod's patch %s: the key goes into prod's patch, the base is not written",
    async (_, prod, written) => {
      const out = await promoted(overBase(['  values:', `    image: ${API_11}`, '    team: none'], prod));
      expect(out.changes).toEqual([`${API_11} → ${API_13}`]);
      // The plan's files are every byte the promotion writes: prod's patch alone, the shared base not among them.
      expect(out.edited).toEqual({
        'apps/prod/podinfo-values.yaml': [
          'apiVersion: helm.toolkit.fluxcd.io/v2',
          'kind: HelmRelease',
          'metadata:',
          '  name: podinfo',
          '  namespace: podinfo',
          'spec:',
          '  targetNamespace: prod',
          ...written,
          '',
        ].join('\n'),
      });
      expect(out.rendered).toEqual([
        `prod Deployment prod/prod-podinfo changed: -        - image: ${API_11} | +        - image: ${API_13}`,
      ]);
    },
  );
});
