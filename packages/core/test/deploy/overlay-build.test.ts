// Issue 72: one build of an environment built with kustomize (Deployment.overlaySide), the one the pull request
// check, promote and hydrate read. An overlay its Application gives kustomize images and a namespace, and a Flux
// Kustomization with targetNamespace and postBuild.substitute, each built at one commit by the three
// commands with the real kubectl (LOCKSTEP_KUBECTL): the same objects, in the same namespace, running the same
// images, the variables substituted.

import { dirname } from 'node:path';
import { parseConfigText, type Config, type EnvironmentConfig } from '../../src/config/config.ts';
import { deploymentOf } from '../../src/deploy/kind.ts';
import type { CommitReader, Renderers } from '../../src/deploy/model.ts';
import { renderDeployed } from '../../src/deploy/render.ts';
import { renderOverlayChecks } from '../../src/operations/check/render-overlays.ts';
import type { CheckValidation } from '../../src/operations/check/validate.ts';
import { overlayBuild } from '../../src/promote/render-overlay.ts';
import type { RenderedObject } from '../../src/render/objects.ts';
import { findKustomize } from '../../src/render/find.ts';
import { KustomizeRenderer } from '../../src/render/kustomize.ts';
import { gitDouble, worldDouble } from '../promote/ports-double.ts';
import { BASE_FILES, deployment, overlayDigest } from '../../../../action-tests/harness/overlay-fixture.ts';
import { hydrateRefuses } from '../../src/operations/hydrate/judge.ts';

type Files = Record<string, string>;

const tool = findKustomize({ PATH: dirname(process.env.LOCKSTEP_KUBECTL!) })!;
const WITH_KUBECTL = { PATH: `${dirname(process.env.LOCKSTEP_KUBECTL!)}:/usr/bin:/bin` };

/** An overlay without a namespace: its Application's destination namespace and kustomize.images apply. */
const OVERLAY: Files = {
  ...(BASE_FILES as Files),
  'deploy/overlays/shop/kustomization.yaml': [
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    'resources:',
    '  - ../../base',
    'images:',
    '  - name: ghcr.io/acme/worker',
    '    newTag: "2.0.0"',
    '',
  ].join('\n'),
  'apps/shop.yaml': [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Application',
    'metadata:',
    '  name: shop',
    '  namespace: argocd',
    'spec:',
    '  source:',
    '    repoURL: https://github.com/acme/monorepo.git',
    '    path: deploy/overlays/shop',
    '    targetRevision: main',
    '    kustomize:',
    '      images:',
    `        - ghcr.io/acme/api:1.9.0@${overlayDigest('c')}`,
    '  destination:',
    '    server: https://kubernetes.default.svc',
    '    namespace: shop',
    '',
  ].join('\n'),
};

/** A Flux Kustomization building apps/api with its targetNamespace and post-build variables. */
const FLUX: Files = {
  'apps/api/kustomization.yaml': 'resources:\n  - api.yaml\n',
  'apps/api/api.yaml': deployment('api', 'ghcr.io/acme/api:${API_TAG}').replace('  replicas: 1', '  replicas: ${REPLICAS}'),
  'clusters/prod/apps.yaml': [
    'apiVersion: kustomize.toolkit.fluxcd.io/v1',
    'kind: Kustomization',
    'metadata: { name: apps, namespace: flux-system }',
    'spec:',
    '  path: ./apps/api',
    '  targetNamespace: payments',
    '  sourceRef: { kind: GitRepository, name: apps }',
    '  postBuild:',
    '    substitute:',
    '      API_TAG: "2.1.0"',
    '      REPLICAS: "3"',
    '',
  ].join('\n'),
};

/** Each object as `kind namespace/name replicas image…`, in key order: what the three builds are held to. */
function shown(objects: Iterable<RenderedObject>): string[] {
  return [...objects]
    .map((o) => {
      const spec = o.body.spec as { replicas?: number; template?: { spec?: { containers?: { image: string }[] } } } | undefined;
      const images = (spec?.template?.spec?.containers ?? []).map((c) => c.image);
      return `${o.kind} ${o.namespace}/${o.name} replicas=${spec?.replicas ?? '-'} ${images.join(' ')}`;
    })
    .sort();
}

const reader = (files: Files): CommitReader => ({
  list: async (dir) => {
    const prefix = dir === '' || dir === '.' ? '' : `${dir}/`;
    const under = Object.keys(files).filter((p) => p.startsWith(prefix));
    return under.length > 0 ? under : undefined;
  },
  read: async (p) => files[p],
});

/** Hydrate's build: the environment rendered through its kind (deploy/render.ts). */
async function hydrated(e: EnvironmentConfig, files: Files): Promise<string[]> {
  const renderers: Renderers = {
    helm: async () => undefined,
    kustomize: () => ({ renderer: new KustomizeRenderer(tool), tool }),
    pull: {
      oci: () => Promise.reject(new Error('not asked')),
      repository: () => Promise.reject(new Error('not asked')),
      resolve: () => Promise.reject(new Error('not asked')),
    },
  };
  const r = await renderDeployed(e, [], reader(files), renderers, (p) => p, hydrateRefuses);
  if (!r.ok) throw new Error(r.message);
  return shown(r.objects.values());
}

/** The check's build of the head (the base without the environment's files: the pull request adds them), and what it names. */
async function checked(config: Config, files: Files): Promise<{ objects: string[]; file: string; builds: string }> {
  const commits: Record<string, Files> = { base: BASE_FILES as Files, head: files };
  let objects: string[] = [];
  const validation = {
    prepare: () => undefined,
    after: async (_e: unknown, _label: string, outcome: { ok: boolean; objects?: Map<string, RenderedObject> }) => {
      if (outcome.ok) objects = shown(outcome.objects!.values());
    },
  } as unknown as CheckValidation;
  const list = async (c: string, dir: string) => Object.keys(commits[c]).filter((p) => dir === '.' || p.startsWith(`${dir}/`));
  const read = async (c: string, p: string) => commits[c][p];
  const out = await renderOverlayChecks('on', config, { base: 'base', head: 'head' }, { list, read }, WITH_KUBECTL, (p) => p, validation);
  expect(out).toHaveLength(1);
  return { objects, file: out[0].file, builds: out[0].builds };
}

/** Promote's build of what the environment runs at the commit (rendered-run.ts's overlayBuild). */
async function promoted(e: EnvironmentConfig, files: Files): Promise<string[]> {
  const world = worldDouble({
    git: gitDouble({
      readAt: async (_c: string, p: string) => files[p],
      listFiles: async (_c: string, dir?: string) => Object.keys(files).filter((p) => dir === undefined || p.startsWith(`${dir}/`)),
    }),
    findKustomize: () => tool,
  });
  const built = await overlayBuild(deploymentOf(e)!, world, 'head', async (p) => files[p]);
  if ('unavailable' in built) throw new Error(built.unavailable);
  if (!built.render.ok) throw new Error(built.render.message);
  return shown(built.render.objects.values());
}

const configOf = (line: string): Config => parseConfigText(['environments:', `  - ${line}`, ''].join('\n'), '.github/lockstep.yml');

describe('one build of an environment built with kustomize, read by the check, promote and hydrate', () => {
  test('an overlay with its Application’s kustomize images and destination namespace', async () => {
    const config = configOf('{ name: prod, kustomization: deploy/overlays/shop, application: apps/shop.yaml, protected: true }');
    const e = config.environments[0];
    const expected = [
      `Deployment shop/api replicas=1 ghcr.io/acme/api:1.9.0@${overlayDigest('c')}`,
      'Deployment shop/worker replicas=1 ghcr.io/acme/worker:2.0.0',
    ];
    expect(await hydrated(e, OVERLAY)).toEqual(expected);
    expect(await promoted(e, OVERLAY)).toEqual(expected);
    expect(await checked(config, OVERLAY)).toEqual({
      objects: expected,
      file: 'deploy/overlays/shop/kustomization.yaml',
      builds: 'overlay deploy/overlays/shop',
    });
  });

  test('a Flux Kustomization: spec.path with its targetNamespace, postBuild.substitute applied', async () => {
    const config = configOf('{ name: prod, flux-kustomization: clusters/prod/apps.yaml, protected: true }');
    const e = config.environments[0];
    const expected = ['Deployment payments/api replicas=3 ghcr.io/acme/api:2.1.0'];
    expect(await hydrated(e, FLUX)).toEqual(expected);
    expect(await promoted(e, FLUX)).toEqual(expected);
    expect(await checked(config, FLUX)).toEqual({ objects: expected, file: 'clusters/prod/apps.yaml', builds: 'overlay apps/api' });
  });

  test('a build that cannot be had names the file its target is (what promote points a refusal at)', async () => {
    const d = deploymentOf({ name: 'prod', protected: true, fluxKustomization: 'clusters/prod/apps.yaml' } as EnvironmentConfig)!;
    const files = { ...FLUX, 'clusters/prod/apps.yaml': `${FLUX['clusters/prod/apps.yaml']}  components: [../extra]\n` };
    expect(await d.overlaySide({ reader: reader(files), inRepo: (p) => p })).toEqual({
      unavailable:
        "clusters/prod/apps.yaml: spec.components of the Flux Kustomization is not applied by lockstep's build, so it cannot be rendered as Flux builds it",
      file: 'clusters/prod/apps.yaml',
    });
  });

  test('a kind rendered with Helm has no kustomize build', async () => {
    const d = deploymentOf({ name: 'prod', protected: true, values: 'environments/prod/values.yaml' } as EnvironmentConfig)!;
    expect(await d.overlaySide({ reader: reader({}), inRepo: (p) => p })).toEqual({
      unavailable: 'it is rendered with Helm, not built with kustomize',
    });
  });
});
