import { dirname } from 'node:path';
import type { EnvironmentConfig } from '../../src/config/config.ts';
import { renderDeployed } from '../../src/deploy/render.ts';
import type { CommitReader, Renderers } from '../../src/deploy/model.ts';
import { statusJson } from '../../src/operations/status/view.ts';
import { renderedImages } from '../../src/render/images.ts';
import { findKustomize } from '../../src/render/find.ts';
import { findHelm } from '../../src/render/helm.ts';
import { KustomizeRenderer } from '../../src/render/kustomize.ts';
import { Renderer } from '../../src/render/render.ts';
import { repo, status } from '../operations/rendered-repo.ts';
import { deployment } from '../../../../action-tests/harness/overlay-fixture.ts';
import { digest } from '../helpers.ts';

// Issue 72 item 1: one environment, one answer in every command. The same environment of the same commit is
// rendered by hydrate's path (deploy/render.ts, the kind's module) and read by status (what runs, through
// promote's render when its file pins nothing); both name the same object running the same image, with the
// real Helm 3 and kubectl.

const renderers = (): Renderers => {
  const helmFound = findHelm({ PATH: dirname(process.env.LOCKSTEP_HELM!) });
  const kustomize = findKustomize({ PATH: dirname(process.env.LOCKSTEP_KUBECTL!) })!;
  return {
    helm: async () => {
      const helm = await helmFound;
      return helm ? { renderer: new Renderer(helm.path), helm } : undefined;
    },
    kustomize: () => ({ renderer: new KustomizeRenderer(kustomize), tool: kustomize }),
    pull: {
      oci: async () => {
        throw new Error('not asked');
      },
      repository: async () => {
        throw new Error('not asked');
      },
    },
  };
};

const reader = (files: Record<string, string>): CommitReader => ({
  list: async (dir) => {
    const prefix = dir === '' || dir === '.' ? '' : `${dir}/`;
    const under = Object.keys(files).filter((p) => p.startsWith(prefix));
    return under.length > 0 ? under : undefined;
  },
  read: async (p) => files[p],
});

/** What hydrate's render of `e` runs: each container's object and image. */
async function hydrated(e: Partial<EnvironmentConfig>, files: Record<string, string>, charts: string[] = []): Promise<string[]> {
  const r = await renderDeployed({ name: 'prod', protected: true, ...e }, charts, reader(files), renderers(), (p) => p);
  if (!r.ok) throw new Error(r.message);
  return renderedImages(r.objects.values()).map((i) => `${i.object} (container ${i.container}) ${i.image}`);
}

/** What status says prod runs for service api, read from its render: the object and the image. */
async function statusSays(files: Record<string, string>): Promise<string[]> {
  const s = await status(repo(files));
  const prod = (
    statusJson(s) as unknown as {
      environments: { 'read-from-render'?: Record<string, string>; services: Record<string, { tag: string; digest: string }> }[];
    }
  ).environments[0];
  const pin = prod.services.api;
  return [`${prod['read-from-render']?.api} ghcr.io/acme/api:${pin.tag}@${pin.digest}`];
}

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
