import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Inputs, mapInputs } from '../../src/contract/inputs.ts';
import { metricsRequest } from '../../src/operations/metrics/request.ts';
import { runMetrics } from '../../src/operations/metrics/run.ts';
import { statusJson } from '../../src/operations/status/view.ts';
import { deployment } from '../../../../action-tests/harness/overlay-fixture.ts';
import { GIT_ENV, digest, runGit } from '../helpers.ts';
import { testWorld } from '../test-world.ts';
import { repo, status } from './rendered-repo.ts';
import { parseConfigText } from '../../src/config/config.ts';
import { renderDeployed } from '../../src/deploy/render.ts';
import { hydrateRefuses } from '../../src/operations/hydrate/judge.ts';
import { reader, renderers } from '../deploy/same-answer-helpers.ts';
import { renderChecks } from '../../src/operations/check/render.ts';

// Issue 72: `lockstep metrics` counts a landing in an environment where a commit changed what its deployer reads,
// the same answer status gives of what the environment runs, and hydrate's render of it. One history on main, a
// commit each: (b) prod's overlay-only base (the image its images: entry sets), (a) prod's overlay patch (the image
// it sets), (c) the base staging and prod share (and the overlay a Flux Kustomization builds), (d) a valueFiles entry
// of prod's Argo CD Application that is not its pins file, (e) the values file a Flux HelmRelease's valuesFrom
// ConfigMap is generated from, (f) a README, (g) a values file rendered with the repository's one chart, (h) a Flux
// Kustomization's spec.images. metrics runs from source on a clone of a bare origin; status, hydrate and the pull
// request check read each commit's files with the real Helm and kubectl.

const CONFIG = [
  'charts: [charts/*]',
  'services:',
  '  api: { image: ghcr.io/acme/api, values-key: image }',
  'environments:',
  '  - { name: staging, kustomization: deploy/overlays/staging }',
  '  - { name: prod, kustomization: deploy/overlays/prod, protected: true }',
  '  - { name: app-prod, values: envs/api/values-prod.yaml, application: apps/prod.yaml }',
  '  - { name: flux-prod, helmrelease: flux/prod/release.yaml }',
  '  - { name: plain-prod, values: envs/api/values-plain.yaml }',
  '  - { name: fk-prod, flux-kustomization: flux/fk-prod.yaml }',
  '',
].join('\n');

/** A strategic-merge patch of Deployment api: its label, and the image of its container when given. */
const patch = (team: string, image?: string) =>
  [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: api',
    `  labels: { team: ${team} }`,
    ...(image ? ['spec:', '  template:', '    spec:', '      containers:', '        - name: api', `          image: ${image}`] : []),
    '',
  ].join('\n');

/** A kustomization of `resources`, then `extra` lines. */
const kustomization = (resources: string[], extra: string[] = []) =>
  [
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    'resources:',
    ...resources.map((r) => `  - ${r}`),
    ...extra,
    '',
  ].join('\n');
const images = (tag: string, d: string) => ['images:', '  - name: ghcr.io/acme/api', `    newTag: "${tag}"`, `    digest: ${digest(d)}`];

const APPLICATION = [
  'apiVersion: argoproj.io/v1alpha1',
  'kind: Application',
  'metadata: { name: api-prod, namespace: argocd }',
  'spec:',
  '  project: default',
  '  destination: { server: https://kubernetes.default.svc, namespace: api-prod }',
  '  sources:',
  '    - repoURL: https://github.com/acme/monorepo.git',
  '      path: charts/api',
  '      targetRevision: HEAD',
  '      helm: { valueFiles: [$values/envs/shared/values-big.yaml, $values/envs/api/values-prod.yaml] }',
  '    - { repoURL: https://github.com/acme/monorepo.git, targetRevision: HEAD, ref: values }',
  '',
].join('\n');

const release = (spec: string[]) =>
  [
    'apiVersion: helm.toolkit.fluxcd.io/v2',
    'kind: HelmRelease',
    'metadata: { name: api, namespace: flux-apps }',
    'spec:',
    ...spec,
    '',
  ].join('\n');

/** A Flux Kustomization building staging's overlay, its spec.images setting the api's image. */
const fluxKustomization = (tag: string, d: string) =>
  [
    'apiVersion: kustomize.toolkit.fluxcd.io/v1',
    'kind: Kustomization',
    'metadata: { name: api, namespace: flux-system }',
    'spec:',
    '  interval: 10m',
    '  path: ./deploy/overlays/staging',
    '  prune: true',
    '  sourceRef: { kind: GitRepository, name: flux-system }',
    '  targetNamespace: fk-prod',
    '  images:',
    '    - name: ghcr.io/acme/api',
    `      newTag: "${tag}"`,
    `      digest: ${digest(d)}`,
    '',
  ].join('\n');

const INITIAL: Record<string, string> = {
  '.github/lockstep.yml': CONFIG,
  'README.md': '# deployments\n',
  // The base staging and prod share.
  'deploy/base/kustomization.yaml': kustomization(['api.yaml']),
  'deploy/base/api.yaml': deployment('api', `ghcr.io/acme/api:6.14.0@${digest('0')}`),
  'deploy/overlays/staging/kustomization.yaml': kustomization(['../../base'], ['namespace: app-staging', ...images('6.14.2', '2')]),
  // prod's own base (no other environment reads it) sets its image; prod's overlay patches it.
  'deploy/prod-base/kustomization.yaml': kustomization(['../base'], images('6.14.1', '1')),
  'deploy/overlays/prod/kustomization.yaml': kustomization(
    ['../../prod-base'],
    ['namespace: app-prod', 'patches:', '  - path: patch.yaml'],
  ),
  'deploy/overlays/prod/patch.yaml': patch('api'),
  // An Application rendering chart charts/api with two $values files: the pins' file and a shared one.
  'charts/api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 1.0.0\n',
  'charts/api/values.yaml': `image: ghcr.io/acme/api:6.13.0@${digest('9')}\nreplicas: 1\n`,
  // The chart renders the replicas its values set: a values file that changes them changes what runs.
  'charts/api/templates/api.yaml': deployment('{{ .Release.Name }}', '{{ .Values.image }}').replace(
    'replicas: 1',
    'replicas: {{ .Values.replicas }}',
  ),
  'apps/prod.yaml': APPLICATION,
  'envs/api/values-prod.yaml': `image: ghcr.io/acme/api:6.14.0@${digest('0')}\n`,
  'envs/shared/values-big.yaml': 'replicas: 2\n',
  // A Flux HelmRelease patching its base, its values from a ConfigMap generated in a folder of its own.
  'flux/base/kustomization.yaml': kustomization(['release.yaml']),
  'flux/base/release.yaml': release([
    '  interval: 10m',
    '  chart:',
    '    spec:',
    '      chart: ./charts/api',
    '      sourceRef: { kind: GitRepository, name: flux-system, namespace: flux-system }',
    // spec.values win over valuesFrom (helm-controller's order): the base sets no replicas, so the ConfigMap's count.
    '  values:',
    '    tier: base',
  ]),
  'flux/prod/kustomization.yaml': kustomization(['../base', '../values/prod'], ['patches:', '  - path: release.yaml']),
  'flux/prod/release.yaml': release([
    '  targetNamespace: flux-prod',
    '  valuesFrom:',
    '    - { kind: ConfigMap, name: api-values }',
    '  values:',
    `    image: ghcr.io/acme/api:6.14.0@${digest('0')}`,
  ]),
  'flux/values/prod/kustomization.yaml': [
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    'configMapGenerator:',
    '  - name: api-values',
    '    files: [values.yaml]',
    '',
  ].join('\n'),
  'flux/values/prod/values.yaml': 'replicas: 2\n',
  // A values file outside the chart folder, rendered with the repository's one chart (charts/api).
  'envs/api/values-plain.yaml': `image: ghcr.io/acme/api:6.14.0@${digest('0')}\n`,
  // A Flux Kustomization building staging's overlay into a namespace of its own, its image set by spec.images.
  'flux/fk-prod.yaml': fluxKustomization('6.14.5', '5'),
};

/** Each commit of main after the first: its label, and the files it changes. */
const CHANGES: [string, Record<string, string>][] = [
  ['b', { 'deploy/prod-base/kustomization.yaml': kustomization(['../base'], images('6.14.3', '3')) }],
  ['a', { 'deploy/overlays/prod/patch.yaml': patch('api', `ghcr.io/acme/api:6.14.4@${digest('4')}`) }],
  ['c', { 'deploy/base/api.yaml': deployment('api', `ghcr.io/acme/api:6.14.0@${digest('0')}`).replace('replicas: 1', 'replicas: 3') }],
  ['d', { 'envs/shared/values-big.yaml': 'replicas: 4\n' }],
  ['e', { 'flux/values/prod/values.yaml': 'replicas: 5\n' }],
  ['f', { 'README.md': '# deployments\n\nWhat runs where.\n' }],
  ['g', { 'envs/api/values-plain.yaml': `image: ghcr.io/acme/api:6.14.6@${digest('6')}\n` }],
  ['h', { 'flux/fk-prod.yaml': fluxKustomization('6.14.7', '7') }],
];

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Each commit's files by its label (`initial`, then CHANGES' labels), and the commit's sha by label. */
const states: Record<string, Record<string, string>> = {};
const labelOf = new Map<string, string>();
let world: ReturnType<typeof testWorld>;

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'lockstep-metrics-inputs-'));
  const origin = mkdtempSync(join(tmpdir(), 'lockstep-metrics-inputs-origin-'));
  dirs.push(dir, origin);
  runGit(origin, 'init', '-q', '--bare', '-b', 'main');
  runGit(dir, 'init', '-q', '-b', 'main');
  let files = INITIAL;
  [['initial', INITIAL] as [string, Record<string, string>], ...CHANGES].forEach(([label, changed], day) => {
    files = { ...files, ...changed };
    states[label] = files;
    for (const [p, t] of Object.entries(changed)) {
      mkdirSync(dirname(join(dir, p)), { recursive: true });
      writeFileSync(join(dir, p), t);
    }
    // One commit a day from 2026-01-02 10:00 UTC, inside the window asked below.
    const when = `${Date.UTC(2026, 0, 2 + day, 10) / 1000} +0000`;
    const env = { ...GIT_ENV, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when };
    execFileSync('git', ['add', '.'], { cwd: dir, env });
    execFileSync('git', ['commit', '-qm', `change ${label}`], { cwd: dir, env });
    labelOf.set(runGit(dir, 'rev-parse', 'HEAD'), label);
  });
  runGit(dir, 'remote', 'add', 'origin', origin);
  runGit(dir, 'push', '-q', 'origin', 'main');
  world = testWorld(dir, { env: { ...GIT_ENV } });
});

/** Each environment's landings metrics counts in January 2026, by the labels of their commits. */
async function landings(): Promise<Record<string, string[]>> {
  const r = metricsRequest(new Inputs(mapInputs({ from: '2026-01-01', to: '2026-01-14', deployments: 'false' })), world);
  const m = await runMetrics(r, world);
  return Object.fromEntries(m.environments.map((e) => [e.name, e.figures.landings.map((l) => labelOf.get(l.commit) ?? l.commit)]));
}

/** What status says prod runs at a commit's files: the object read from its render, and the image. */
async function prodRuns(files: Record<string, string>): Promise<string> {
  const s = statusJson(await status(repo(files))) as unknown as {
    environments: {
      name: string;
      'read-from-render'?: Record<string, string>;
      services: Record<string, { tag: string; digest: string }>;
    }[];
  };
  const prod = s.environments.find((e) => e.name === 'prod')!;
  return `${prod['read-from-render']?.api} ghcr.io/acme/api:${prod.services.api.tag}@${prod.services.api.digest}`;
}

test('a landing in each environment whose deployer reads a path the commit changed; a shared base lands in both; a README in none', async () => {
  expect(await landings()).toEqual({
    staging: ['initial', 'c'],
    prod: ['initial', 'b', 'a', 'c'],
    'app-prod': ['initial', 'd'],
    'flux-prod': ['initial', 'e'],
    'plain-prod': ['initial', 'g'],
    'fk-prod': ['initial', 'c', 'h'],
  });
});

test('each environment’s landings after the first are the commits where hydrate’s render of it changed, of every kind', async () => {
  const config = parseConfigText(CONFIG, '.github/lockstep.yml');
  const labels = ['initial', ...CHANGES.map(([label]) => label)];
  const changedAt: Record<string, string[]> = {};
  for (const e of config.environments) {
    const renders = await Promise.all(
      labels.map(async (label) => {
        const r = await renderDeployed(e, ['charts/api'], reader(states[label]), renderers(), (p) => p, hydrateRefuses);
        if (!r.ok) throw new Error(`${e.name} at ${label}: ${r.message}`);
        return JSON.stringify([...r.objects].sort(([a], [b]) => (a < b ? -1 : 1)));
      }),
    );
    changedAt[e.name] = labels.filter((_, i) => i > 0 && renders[i] !== renders[i - 1]);
  }
  expect(changedAt).toEqual({
    staging: ['c'],
    prod: ['b', 'a', 'c'],
    'app-prod': ['d'],
    'flux-prod': ['e'],
    'plain-prod': ['g'],
    'fk-prod': ['c', 'h'],
  });
  const landed = await landings();
  expect(Object.fromEntries(Object.entries(landed).map(([name, l]) => [name, l.slice(1)]))).toEqual(changedAt);
});

test('prod’s landings (b) and (a) are where status says the image prod runs changed', async () => {
  expect(await prodRuns(states.initial)).toBe(`Deployment app-prod/api (container api) ghcr.io/acme/api:6.14.1@${digest('1')}`);
  // (b) prod's own base: its images: entry.
  expect(await prodRuns(states.b)).toBe(`Deployment app-prod/api (container api) ghcr.io/acme/api:6.14.3@${digest('3')}`);
  // (a) prod's overlay patch: the container's image, over the base's.
  expect(await prodRuns(states.a)).toBe(`Deployment app-prod/api (container api) ghcr.io/acme/api:6.14.4@${digest('4')}`);
  // (c) the shared base scales the Deployment; the image prod runs stays (its patch sets it), and (f) changes nothing.
  expect(await prodRuns(states.c)).toBe(`Deployment app-prod/api (container api) ghcr.io/acme/api:6.14.4@${digest('4')}`);
  expect(await prodRuns(states.f)).toBe(`Deployment app-prod/api (container api) ghcr.io/acme/api:6.14.4@${digest('4')}`);
});

test('the pull request check renders, of each commit read as a pull request on its parent, the environments metrics counts it landing in', async () => {
  const config = parseConfigText(CONFIG, '.github/lockstep.yml');
  const labels = ['initial', ...CHANGES.map(([label]) => label)];
  const check = {
    list: async (commit: string, dir: string) =>
      Object.keys(states[commit] ?? {}).filter((p) => dir === '.' || dir === '' || p.startsWith(`${dir}/`)),
    read: async (commit: string, p: string) => states[commit]?.[p],
  };
  const tools = { PATH: `${dirname(process.env.LOCKSTEP_HELM!)}:${dirname(process.env.LOCKSTEP_KUBECTL!)}:/usr/bin:/bin` };
  const reached: Record<string, string[]> = {};
  for (const [i, label] of labels.entries()) {
    if (i === 0) continue;
    const [base, head] = [states[labels[i - 1]], states[label]];
    const changed = new Set([...new Set([...Object.keys(base), ...Object.keys(head)])].filter((p) => base[p] !== head[p]));
    const tree = { changed, headPaths: new Set(Object.keys(head)) };
    const out = await renderChecks('on', config, [], { base: labels[i - 1], head: label }, check, tools, (p) => p, undefined, tree);
    reached[label] = (out?.rendered ?? []).map((r) => r.environment).sort();
  }
  // plain-prod's values file renders with the repository's one chart in the check too, though app-prod has an Application.
  expect(reached).toEqual({
    b: ['prod'],
    a: ['prod'],
    c: ['fk-prod', 'prod', 'staging'],
    d: ['app-prod'],
    e: ['flux-prod'],
    f: [],
    g: ['plain-prod'],
    h: ['fk-prod'],
  });
  const landed = await landings();
  const landedBy = (l: string) =>
    Object.keys(landed)
      .filter((name) => landed[name].includes(l))
      .sort();
  expect(Object.fromEntries(labels.slice(1).map((l) => [l, landedBy(l)]))).toEqual(reached);
});
