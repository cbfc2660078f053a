import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { EnvironmentConfig } from '../../../src/config/config.ts';
import { packageChart } from '../../../src/charts/package.ts';
import { deploymentOf } from '../../../src/deploy/kind.ts';
import type { CommitReader, Renderers } from '../../../src/deploy/model.ts';
import { findHelm } from '../../../src/render/helm.ts';
import { Renderer } from '../../../src/render/render.ts';
import { hydrateRefuses } from '../../../src/operations/hydrate/judge.ts';

// The Argo CD Application kind renders a chart-repository source's chart as Argo CD's repo-server pulls it: from
// the classic https repository or OCI registry it names, at its targetRevision, with the real Helm.

const asked: string[] = [];
let tgz: Buffer;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'argocd-kind-'));
  try {
    mkdirSync(join(dir, 'myapp', 'templates'), { recursive: true });
    writeFileSync(join(dir, 'myapp', 'Chart.yaml'), 'apiVersion: v2\nname: myapp\nversion: 3.2.1\n');
    writeFileSync(join(dir, 'myapp', 'values.yaml'), 'image: ghcr.io/acme/api:0.0.0\n');
    writeFileSync(
      join(dir, 'myapp', 'templates', 'cm.yaml'),
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\ndata:\n  image: {{ .Values.image }}\n  chart: {{ .Chart.Version }}\n',
    );
    tgz = (await packageChart(join(dir, 'myapp'), 'charts/myapp', dir)).archive;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

function renderers(): Renderers {
  const helmFound = findHelm({ PATH: dirname(process.env.LOCKSTEP_HELM!) });
  return {
    helm: async () => {
      const helm = await helmFound;
      return helm ? { renderer: new Renderer(helm.path), helm } : undefined;
    },
    kustomize: () => undefined,
    pull: {
      oci: async (ref) => {
        asked.push(`oci ${ref.registry}/${ref.repository}:${ref.tag ?? ref.range ?? ''}`);
        throw Object.assign(new Error('manifest unknown'), { name: 'RegistryError' });
      },
      repository: async (repoURL, chart, version) => {
        asked.push(`https ${repoURL} ${chart} ${version}`);
        return tgz;
      },
      resolve: async (ref) => ref,
    },
  };
}

const reader = (files: Record<string, string>): CommitReader => ({
  list: async (dir) => Object.keys(files).filter((p) => p.startsWith(`${dir}/`)),
  read: async (p) => files[p],
});

const APP = (source: string) =>
  [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Application',
    'metadata: { name: myapp-prod }',
    'spec:',
    '  destination: { namespace: prod }',
    '  sources:',
    source,
    '    - { repoURL: https://github.com/acme/monorepo.git, targetRevision: main, ref: values }',
    '',
  ].join('\n');

const env = { name: 'prod', protected: true, values: 'envs/prod.yaml', application: 'apps/prod.yaml' } as EnvironmentConfig;

beforeEach(() => {
  asked.length = 0;
});

test('a classic https repository: the chart pulled at its targetRevision and rendered with the values of this repository', async () => {
  const files = {
    'apps/prod.yaml': APP(
      '    - { repoURL: https://charts.acme.example, chart: myapp, targetRevision: 3.2.1, helm: { valueFiles: [$values/envs/prod.yaml] } }',
    ),
    'envs/prod.yaml': 'image: ghcr.io/acme/api:1.4.2\n',
  };
  const r = await deploymentOf(env)!.render(reader(files), renderers(), (p) => p, [], hydrateRefuses);
  expect(asked).toEqual(['https https://charts.acme.example myapp 3.2.1']);
  if (!r.ok) throw new Error(r.message);
  expect([...r.objects.values()].map((o) => o.body)).toEqual([
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'myapp-prod' }, data: { image: 'ghcr.io/acme/api:1.4.2', chart: '3.2.1' } },
  ]);
});

test('an OCI registry that refuses: the render unavailable, naming the chart, its version and the registry’s words', async () => {
  const files = {
    'apps/prod.yaml': APP('    - { repoURL: oci://registry.acme.example/charts, chart: myapp, targetRevision: 3.2.1 }'),
    'envs/prod.yaml': 'image: ghcr.io/acme/api:1.4.2\n',
  };
  const r = await deploymentOf(env)!.render(reader(files), renderers(), (p) => p, [], hydrateRefuses);
  expect(asked).toEqual(['oci registry.acme.example/charts/myapp:3.2.1']);
  expect(r).toEqual({
    ok: false,
    message: "its Application's chart myapp 3.2.1 of oci://registry.acme.example/charts: manifest unknown",
  });
});

test('a chart named from a source that is no registry (an ssh git URL): unavailable, saying so; nothing pulled', async () => {
  const files = {
    'apps/prod.yaml': APP('    - { repoURL: "git@github.com:acme/other.git", chart: myapp, targetRevision: 3.2.1 }'),
  };
  const r = await deploymentOf(env)!.render(reader(files), renderers(), (p) => p, [], hydrateRefuses);
  expect(asked).toEqual([]);
  expect(r).toEqual({
    ok: false,
    message:
      "its Application's chart myapp 3.2.1 of git@github.com:acme/other.git: no chart folder, OCI registry or https repository to read it from",
  });
});
