// Issue 72: one reading of an environment's Helm side (Deployment.side), the one promote renders and hydrate
// renders. Each Helm kind's side read at one commit with a chart resolver that records what it is asked (where a
// chart is found is the operation's), and what each command refuses of the same answer (its judgement of the side's
// gaps) and asks of an Application hydrating from source (its drySource: hydrate's question) held to its answer.

import type { EnvironmentConfig } from '../../src/config/config.ts';
import { deploymentOf } from '../../src/deploy/kind.ts';
import { sourceHydratorReader } from '../../src/deploy/argocd/side.ts';
import {
  type ChartResolver,
  type CommitReader,
  type HelmSide,
  type Renderers,
  type SideInput,
  type SideUnavailable,
} from '../../src/deploy/model.ts';
import { withoutGaps } from '../../src/deploy/kind-helpers.ts';
import { promoteJudged } from '../../src/promote/chart-input.ts';
import type { Unavailable } from '../../src/render/render.ts';
import { hydrateRefuses } from '../../src/operations/hydrate/judge.ts';

/** A side as hydrate's render judges it (deploy/kind-helpers.ts renderHelmSide with hydrateRefuses): refused, or its gaps left out. */
const hydrated = (s: HelmSide | SideUnavailable) => {
  const refused = hydrateRefuses(s.gaps);
  return refused !== undefined ? { unavailable: refused } : withoutGaps(s);
};

type Files = Record<string, string>;

const reader = (files: Files): CommitReader => ({
  list: async (dir) => {
    const prefix = dir === '' || dir === '.' ? '' : `${dir}/`;
    const under = Object.keys(files).filter((p) => p.startsWith(prefix));
    return under.length > 0 ? under : undefined;
  },
  read: async (p) => files[p],
});

const CHART: Files = { 'Chart.yaml': 'apiVersion: v2\nname: myapp\nversion: 1.2.0\n', 'values.yaml': 'replicas: 1\n' };

/** A resolver that finds every chart as a folder `charts/myapp` at the base, and writes down what it was asked. */
function resolver(asked: string[]): ChartResolver {
  return async (source, version, path, words) => {
    asked.push(`${JSON.stringify(source)} ${version} ${path ?? '(no path)'} | ${words.pulled} | ${words.folder}`);
    return { input: { files: new Map(Object.entries(CHART)) }, name: 'myapp', where: 'charts/myapp at the base', dir: 'charts/myapp' };
  };
}

const input = (files: Files, asked: string[], over: Partial<SideInput> = {}): SideInput => ({
  reader: reader(files),
  chart: resolver(asked),
  inRepo: (p) => p,
  charts: [],
  ...over,
});

/**
 * Hydrate's answer for a Helm kind: its render (Deployment.render) with a Helm that is never run, its charts pulled
 * through a puller that writes down what it is asked; a refusal as the unavailable side it was.
 */
async function hydrate(d: NonNullable<ReturnType<typeof deploymentOf>>, files: Files, asked: string[]): Promise<Unavailable | 'rendered'> {
  const renderers = {
    helm: async () => ({ renderer: { output: async () => ({ ok: true, stdout: '' }) }, helm: { version: '3.17.0' } }),
    kustomize: () => undefined,
    pull: {
      oci: async (ref: unknown) => (asked.push(`oci ${JSON.stringify(ref)}`), Promise.reject(new Error('not here'))),
      repository: async (url: string) => (asked.push(`repository ${url}`), Promise.reject(new Error('not here'))),
    },
  } as unknown as Renderers;
  const r = await d.render(reader(files), renderers, (p) => p, [], hydrateRefuses);
  return r.ok ? 'rendered' : { unavailable: r.message };
}

const env = (e: Partial<EnvironmentConfig>) => ({ name: 'prod', protected: true, ...e }) as EnvironmentConfig;

/** What a side gives, without the chart's bytes: the rest compared literally. */
function shown(s: HelmSide | Unavailable) {
  if ('unavailable' in s) return s;
  const { chart, ...side } = s.side;
  return {
    ...side,
    chart: 'files' in chart ? [...chart.files.keys()] : 'tgz',
    sources: s.sources.map((x) => x.path),
    label: s.label,
    ignore: s.ignoreDifferences,
  };
}

const APPLICATION = [
  'apiVersion: argoproj.io/v1alpha1',
  'kind: Application',
  'metadata:',
  '  name: myapp-prod',
  'spec:',
  '  destination:',
  '    namespace: shop',
  '  source:',
  '    repoURL: https://github.com/acme/deploy.git',
  '    path: charts/myapp',
  '    targetRevision: 1.2.0',
  '    helm:',
  '      releaseName: storefront',
  '      valueFiles:',
  '        - values.yaml',
  '        - ../../environments/prod/values.yaml',
  '      values: |',
  '        replicas: 3',
  '      valuesObject:',
  '        tier: gold',
  '      parameters:',
  '        - { name: image.tag, value: "a,b" }',
  '  ignoreDifferences:',
  '    - { kind: Deployment, jsonPointers: [/spec/replicas] }',
  '',
].join('\n');

const APP_FILES: Files = {
  'argocd/prod.yaml': APPLICATION,
  'charts/myapp/Chart.yaml': CHART['Chart.yaml'],
  'charts/myapp/values.yaml': CHART['values.yaml'],
  'environments/prod/values.yaml': 'image: ghcr.io/acme/api:1.0.0\n',
};

describe('the application kind: the Application as Argo CD reads it', () => {
  test('chart at its targetRevision from the resolver; values in Helm’s order; release name, namespace, parameters, ignoreDifferences', async () => {
    const asked: string[] = [];
    const d = deploymentOf(env({ values: 'environments/prod/values.yaml', application: 'argocd/prod.yaml' }))!;
    expect(shown(await d.side(input(APP_FILES, asked)))).toEqual({
      release: 'storefront',
      namespace: 'shop',
      values: ['replicas: 1\n', 'image: ghcr.io/acme/api:1.0.0\n', 'replicas: 3\n', 'tier: gold\n'],
      set: [{ name: 'image.tag', value: 'a\\,b', string: false }],
      chart: ['Chart.yaml', 'values.yaml'],
      sources: ['charts/myapp/values.yaml', 'environments/prod/values.yaml', 'charts/myapp/Chart.yaml', 'charts/myapp/values.yaml'],
      label: 'chart myapp 1.2.0 from charts/myapp at the base',
      ignore: [{ kind: 'Deployment', jsonPointers: ['/spec/replicas'], jqPathExpressions: [], appliedOnSync: true }],
    });
    expect(asked).toEqual([
      '{"repoURL":"https://github.com/acme/deploy.git","path":"charts/myapp"} 1.2.0 charts/myapp | ' +
        // A git source names no chart: (the pulled words are for a chart-repository source); its folder's name is said.
        "its Application's chart  1.2.0 of https://github.com/acme/deploy.git | its Application's chart myapp",
    ]);
  });

  test('an Application file not in the commit: unavailable, said as hydrate says it', async () => {
    const d = deploymentOf(env({ values: 'environments/prod/values.yaml', application: 'argocd/gone.yaml' }))!;
    expect(await d.side(input(APP_FILES, []))).toEqual({ unavailable: 'its Application argocd/gone.yaml is not in the commit' });
  });

  test('an Application hydrating from source: hydrate reads its drySource (sourceHydratorReader), promote the Application as written', async () => {
    const hydrating = [
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Application',
      'metadata:',
      '  name: myapp-prod',
      'spec:',
      '  sourceHydrator:',
      '    drySource:',
      '      repoURL: https://github.com/acme/deploy.git',
      '      path: charts/myapp',
      '      targetRevision: HEAD',
      '    syncSource:',
      '      targetBranch: environment/prod',
      '      path: prod',
      '',
    ].join('\n');
    const files = { ...APP_FILES, 'argocd/prod.yaml': hydrating };
    const d = deploymentOf(env({ values: 'environments/prod/values.yaml', application: 'argocd/prod.yaml' }))!;
    const dry = sourceHydratorReader(reader(files), { ref: 'argocd/prod.yaml', file: 'argocd/prod.yaml' }, 'argocd/prod.yaml');
    expect(shown(await d.side(input(files, [], { reader: dry })))).toMatchObject({
      release: 'myapp-prod',
      values: [],
      label: 'chart myapp HEAD from charts/myapp at the base',
    });
    await expect(d.side(input(files, []))).rejects.toThrow('Application myapp-prod has no source with the chart');
  });
});

/** fluxcd/flux2-kustomize-helm-example's layout: a base HelmRelease and HelmRepository, the environment's patch, a generated ConfigMap. */
const FLUX: Files = {
  'apps/base/podinfo/kustomization.yaml': 'resources:\n  - repository.yaml\n  - release.yaml\n',
  'apps/base/podinfo/repository.yaml':
    'apiVersion: source.toolkit.fluxcd.io/v1\nkind: HelmRepository\nmetadata:\n  name: podinfo\n  namespace: podinfo\nspec:\n  url: https://stefanprodan.github.io/podinfo\n',
  'apps/base/podinfo/release.yaml': [
    'apiVersion: helm.toolkit.fluxcd.io/v2',
    'kind: HelmRelease',
    'metadata:',
    '  name: podinfo',
    '  namespace: podinfo',
    'spec:',
    '  chart:',
    '    spec:',
    '      chart: podinfo',
    '      sourceRef: { kind: HelmRepository, name: podinfo }',
    '  values:',
    '    replicaCount: 1',
    '',
  ].join('\n'),
  'apps/production/kustomization.yaml': [
    'resources: [../base/podinfo]',
    'patches:',
    '  - path: podinfo-values.yaml',
    'configMapGenerator:',
    '  - name: podinfo-values',
    '    files: [values.yaml=podinfo-cm.yaml]',
    '',
  ].join('\n'),
  'apps/production/podinfo-cm.yaml': 'image:\n  tag: "6.5.4"\n',
  'apps/production/podinfo-values.yaml': [
    'apiVersion: helm.toolkit.fluxcd.io/v2',
    'kind: HelmRelease',
    'metadata:',
    '  name: podinfo',
    '  namespace: podinfo',
    'spec:',
    '  targetNamespace: web',
    '  chart:',
    '    spec:',
    '      version: "6.5.4"',
    '  valuesFrom:',
    '    - { kind: Secret, name: podinfo-secrets }',
    '    - { kind: ConfigMap, name: podinfo-values }',
    '  values:',
    '    ingress: { enabled: true }',
    '',
  ].join('\n'),
};

describe('the helmrelease kind: the HelmRelease as helm-controller installs it', () => {
  const d = () => deploymentOf(env({ values: 'apps/production/podinfo-values.yaml', helmrelease: 'apps/production/podinfo-values.yaml' }))!;

  test('the patch over its base: values in Flux’s order, release name and namespace as Flux computes them; an unread valuesFrom named (promote)', async () => {
    const asked: string[] = [];
    expect(shown(await d().side(input(FLUX, asked)))).toEqual({
      release: 'web-podinfo',
      namespace: 'web',
      values: ['image:\n  tag: "6.5.4"\n', '{"replicaCount":1,"ingress":{"enabled":true}}'],
      chart: ['Chart.yaml', 'values.yaml'],
      sources: [
        'apps/production/podinfo-cm.yaml',
        'apps/production/podinfo-values.yaml',
        'charts/myapp/Chart.yaml',
        'charts/myapp/values.yaml',
      ],
      label:
        'HelmRelease podinfo: chart myapp 6.5.4 from charts/myapp at the base, release web-podinfo in namespace web, stored in podinfo (valuesFrom Secret podinfo-secrets not read)',
      ignore: [],
    });
    expect(asked).toEqual([
      '{"chart":"podinfo","repoURL":"https://stefanprodan.github.io/podinfo"} 6.5.4 (no path) | ' +
        'HelmRelease podinfo: chart podinfo 6.5.4 of HelmRepository podinfo (https://stefanprodan.github.io/podinfo) | HelmRelease podinfo',
    ]);
  });

  test('an unread valuesFrom refused (hydrate: a hydrated branch holds what the cluster receives), before any chart is looked for', async () => {
    const asked: string[] = [];
    expect(await hydrate(d(), FLUX, asked)).toEqual({
      unavailable:
        'HelmRelease podinfo: valuesFrom Secret podinfo-secrets not read, so its render would not be what helm-controller installs (keep those values in a ConfigMap of the repository)',
    });
    expect(asked).toEqual([]);
  });

  test('a chart from a GitRepository: asked as its folder with no version; the version said is its Chart.yaml’s', async () => {
    const asked: string[] = [];
    const files: Files = {
      'clusters/prod/myapp.yaml': [
        'apiVersion: helm.toolkit.fluxcd.io/v2',
        'kind: HelmRelease',
        'metadata:',
        '  name: myapp',
        '  namespace: flux-apps',
        'spec:',
        '  releaseName: shop',
        '  chart:',
        '    spec:',
        '      chart: ./charts/myapp',
        '      version: 9.9.9',
        '      sourceRef: { kind: GitRepository, name: flux-system, namespace: flux-system }',
        '  values:',
        '    replicas: 2',
        '',
      ].join('\n'),
    };
    const side = await deploymentOf(env({ values: 'clusters/prod/myapp.yaml', helmrelease: 'clusters/prod/myapp.yaml' }))!.side(
      input(files, asked),
    );
    expect(shown(side)).toEqual({
      release: 'shop',
      // No targetNamespace: the HelmRelease's own namespace.
      namespace: 'flux-apps',
      values: ['{"replicas":2}'],
      chart: ['Chart.yaml', 'values.yaml'],
      sources: ['clusters/prod/myapp.yaml', 'charts/myapp/Chart.yaml', 'charts/myapp/values.yaml'],
      label: 'HelmRelease myapp: chart myapp 1.2.0 from charts/myapp at the base, release shop in namespace flux-apps, stored in flux-apps',
      ignore: [],
    });
    expect(asked).toEqual([
      '{"path":"charts/myapp"}  charts/myapp | HelmRelease myapp: chart (none) 9.9.9 of GitRepository flux-system (./charts/myapp) | HelmRelease myapp',
    ]);
  });
});

describe('the chart-values kind: a values file with the chart folder holding it', () => {
  const d = () => deploymentOf(env({ values: 'charts/myapp/values-prod.yaml' }))!;
  const files: Files = {
    'charts/myapp/Chart.yaml': CHART['Chart.yaml'],
    'charts/myapp/values.yaml': CHART['values.yaml'],
    'charts/myapp/values-prod.yaml': 'replicas: 4\n',
  };

  test('the folder as the commit holds it (no chart asked of the resolver), the release named by its Chart.yaml', async () => {
    const asked: string[] = [];
    expect(shown(await d().side(input(files, asked)))).toEqual({
      release: 'myapp',
      values: ['replicas: 4\n'],
      chart: ['Chart.yaml', 'values.yaml', 'values-prod.yaml'],
      sources: ['charts/myapp/values-prod.yaml', 'charts/myapp/Chart.yaml', 'charts/myapp/values.yaml', 'charts/myapp/values-prod.yaml'],
      label: 'chart myapp from charts/myapp',
      ignore: [],
    });
    expect(asked).toEqual([]);
  });

  test.each([
    ['promote refuses', promoteJudged, { unavailable: 'charts/myapp/values-prod.yaml does not exist' }],
    ['hydrate renders the chart alone', hydrated, { release: 'myapp', values: [] }],
  ])('a values file not in the commit: %s', async (_, judged, expected) => {
    const { 'charts/myapp/values-prod.yaml': _gone, ...rest } = files;
    const side = shown(judged(await d().side(input(rest, []))));
    expect(side).toMatchObject(expected);
  });

  test.each([
    [
      'promote refuses',
      promoteJudged,
      {
        unavailable:
          'no chart folder holds its values file charts/myapp/values-prod.yaml, and the repository has no one chart to render it with: name the chart with application:',
      },
    ],
    ['hydrate names the release after the folder', hydrated, { release: 'myapp' }],
  ])('a Chart.yaml naming no chart: %s', async (_, judged, expected) => {
    const nameless = { ...files, 'charts/myapp/Chart.yaml': 'apiVersion: v2\nversion: 1.2.0\n' };
    expect(shown(judged(await d().side(input(nameless, []))))).toMatchObject(expected);
  });
});

test('a kind built with kustomize has no Helm side', async () => {
  const d = deploymentOf(env({ values: 'deploy/overlays/prod/kustomization.yaml', kustomization: 'deploy/overlays/prod' }))!;
  expect(await d.side(input({}, []))).toEqual({ unavailable: 'it is built with kustomize, not rendered with Helm' });
});
