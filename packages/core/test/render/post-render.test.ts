import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { UserError } from '../../src/errors.ts';
import { findKustomize } from '../../src/render/find.ts';
import { postRendered, type PostRender } from '../../src/render/post-render.ts';
import { releasePostRender, type FieldLine } from '../../src/deploy/flux/post-renderers.ts';

// A HelmRelease's post-renderers applied to Helm's output with the real kustomize kubectl 1.31 carries (v5.4.2), as
// helm-controller applies them: each entry's patches and images over the one before, commonMetadata on metadata
// only, the hooks by spec.postRenderStrategy. The expected objects are written out by hand.

const tool = findKustomize({ PATH: dirname(process.env.LOCKSTEP_KUBECTL!) })!;
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const root = () => {
  const d = mkdtempSync(join(tmpdir(), 'lockstep-post-render-test-'));
  dirs.push(d);
  return join(d, 'post');
};

/** Helm's output: a Deployment and a pre-install hook Job, both running api 1.0.0. */
const HELM = [
  '---',
  '# Source: myapp/templates/deployment.yaml',
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: api',
  'spec:',
  '  replicas: 3',
  '  selector: { matchLabels: { app: api } }',
  '  template:',
  '    metadata: { labels: { app: api } }',
  '    spec:',
  '      containers:',
  '        - name: api',
  '          image: ghcr.io/acme/api:1.0.0',
  '---',
  '# Source: myapp/templates/migrate.yaml',
  'apiVersion: batch/v1',
  'kind: Job',
  'metadata:',
  '  name: migrate',
  '  annotations:',
  '    "helm.sh/hook": pre-install',
  'spec:',
  '  template:',
  '    spec:',
  '      restartPolicy: Never',
  '      containers:',
  '        - name: migrate',
  '          image: ghcr.io/acme/api:1.0.0',
  '',
].join('\n');

const DIGEST = `sha256:${'a'.repeat(64)}`;
const post = (strategy: PostRender['strategy'], extra: Partial<PostRender> = {}): PostRender => ({
  kustomize: [{ patches: [], images: [{ name: 'ghcr.io/acme/api', newTag: '1.0.1', digest: DIGEST }] }],
  strategy,
  ...extra,
});

/** Each object of `stdout` as `<kind>/<name> <first container's image>`. */
const images = (stdout: string) =>
  parseAllDocuments(stdout)
    .map(
      (d) =>
        d.toJS() as { kind: string; metadata: { name: string }; spec: { template: { spec: { containers: { image: string }[] } } } } | null,
    )
    .flatMap((o) => (o ? [`${o.kind}/${o.metadata.name} ${o.spec.template.spec.containers[0].image}`] : []))
    .sort();

test('combined (helm-controller’s default): the hooks are post-rendered with the other objects', async () => {
  const out = await postRendered(HELM, post('combined'), tool, root(), {}, false);
  if (!out.ok) throw new Error(out.message);
  expect(images(out.stdout)).toEqual([`Deployment/api ghcr.io/acme/api:1.0.1@${DIGEST}`, `Job/migrate ghcr.io/acme/api:1.0.1@${DIGEST}`]);
});

test('nohooks (Helm 3’s behaviour): the hooks are kept as Helm wrote them', async () => {
  const out = await postRendered(HELM, post('nohooks'), tool, root(), {}, false);
  if (!out.ok) throw new Error(out.message);
  expect(images(out.stdout)).toEqual([`Deployment/api ghcr.io/acme/api:1.0.1@${DIGEST}`, 'Job/migrate ghcr.io/acme/api:1.0.0']);
});

test('separate: the hooks in a stream of their own, each post-rendered', async () => {
  const out = await postRendered(HELM, post('separate'), tool, root(), {}, false);
  if (!out.ok) throw new Error(out.message);
  expect(images(out.stdout)).toEqual([`Deployment/api ghcr.io/acme/api:1.0.1@${DIGEST}`, `Job/migrate ghcr.io/acme/api:1.0.1@${DIGEST}`]);
});

test('entries apply in order, each over the output of the one before; commonMetadata last, on metadata only', async () => {
  const out = await postRendered(
    HELM,
    {
      kustomize: [
        { patches: [], images: [{ name: 'ghcr.io/acme/api', newName: 'mirror.example/acme/api' }] },
        // The second entry sees the first one's name: it matches the renamed image, not the chart's.
        { patches: [], images: [{ name: 'mirror.example/acme/api', newTag: '2.0.0' }] },
        {
          patches: [{ patch: '- op: replace\n  path: /spec/replicas\n  value: 1\n', target: { kind: 'Deployment', name: 'api' } }],
          images: [],
        },
      ],
      common: { labels: { team: 'payments' } },
      strategy: 'combined',
    },
    tool,
    root(),
    {},
    false,
  );
  if (!out.ok) throw new Error(out.message);
  expect(images(out.stdout)).toEqual(['Deployment/api mirror.example/acme/api:2.0.0', 'Job/migrate mirror.example/acme/api:2.0.0']);
  const deployment = parseAllDocuments(out.stdout)
    .map((d) => d.toJS() as { kind: string; metadata: { labels?: object }; spec: { replicas: number; selector: object } })
    .find((o) => o.kind === 'Deployment')!;
  expect(deployment.spec.replicas).toBe(1);
  expect(deployment.metadata.labels).toEqual({ team: 'payments' });
  expect(deployment.spec.selector).toEqual({ matchLabels: { app: 'api' } });
});

test('kustomize’s refusal is the render’s failure, named as the post-renderers’', async () => {
  const out = await postRendered(
    HELM,
    {
      kustomize: [{ patches: [{ patch: '- op: remove\n  path: /spec/nothing/here\n', target: { kind: 'Deployment' } }], images: [] }],
      strategy: 'combined',
    },
    tool,
    root(),
    {},
    false,
  );
  expect(out.ok).toBe(false);
  expect(!out.ok && out.message.startsWith('spec.postRenderers: ')).toBe(true);
  expect(!out.ok && out.message).toContain('/spec/nothing/here');
});

test('without a kustomize the side fails, saying what it needs', async () => {
  expect(await postRendered(HELM, post('combined'), undefined, root(), {}, false)).toEqual({
    ok: false,
    reason: 'error',
    message:
      'spec.postRenderers: helm-controller post-renders this release with kustomize, and there is no kustomize or kubectl (kustomize v4 or later) on PATH',
  });
});

describe('what a HelmRelease says, read as the v2 API reads it', () => {
  const at: FieldLine = (key) => ({ file: 'apps/prod/release.yaml', line: key === 'patch' ? 14 : 9 });
  const refused = (spec: Record<string, unknown>) => {
    try {
      releasePostRender(spec, at);
    } catch (e) {
      if (e instanceof UserError) return e.format();
      throw e;
    }
    return 'not refused';
  };

  test('nothing asked: no post-render', () => {
    expect(releasePostRender({ values: { a: 1 } }, at)).toBeUndefined();
    expect(releasePostRender({ postRenderers: [{ kustomize: null }] }, at)).toBeUndefined();
  });

  test('only the fields helm-controller passes on: a patch’s `path` (a file to load) and unknown target keys are not', () => {
    expect(
      releasePostRender(
        {
          postRenderers: [
            {
              kustomize: {
                patches: [{ patch: 'x', path: '/etc/passwd', target: { kind: 'Deployment', options: { allowNameChange: true } } }],
                images: [{ name: 'api', newTag: 2, extra: 'no' }],
              },
            },
          ],
          postRenderStrategy: 'nohooks',
        },
        at,
      ),
    ).toEqual({
      kustomize: [{ patches: [{ patch: 'x', target: { kind: 'Deployment' } }], images: [{ name: 'api', newTag: '2' }] }],
      strategy: 'nohooks',
    });
  });

  test('a patch that names a file instead of its text is refused at its line', () => {
    expect(refused({ postRenderers: [{ kustomize: { patches: [{ path: '/etc/passwd' }] } }] })).toBe(
      'apps/prod/release.yaml:14: spec.postRenderers[0].kustomize.patches[0] has no patch text — write the patch inline as text: `patch: |`',
    );
  });

  test('an unknown strategy, a label that is not text and an image entry without a name are refused', () => {
    expect(refused({ postRenderStrategy: 'later' })).toBe(
      'apps/prod/release.yaml:9: spec.postRenderStrategy is "later": helm-controller takes combined, separate, nohooks',
    );
    expect(refused({ commonMetadata: { labels: { team: { nested: true } } } })).toBe(
      'apps/prod/release.yaml:9: spec.commonMetadata.labels sets team to something that is not a string — write spec.commonMetadata.labels as a map of strings',
    );
    expect(refused({ postRenderers: [{ kustomize: { images: [{ newTag: '1' }] } }] })).toBe(
      'apps/prod/release.yaml:9: spec.postRenderers[0].kustomize.images[0] names no image — give each entry the image it replaces: `name: ghcr.io/acme/api`',
    );
  });
});
