import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from '@jest/globals';
import type { EnvironmentConfig } from '../../../src/config/config.ts';
import { renderDeployed } from '../../../src/deploy/render.ts';
import { hydrateRefuses } from '../../../src/operations/hydrate/judge.ts';
import { renderedImages } from '../../../src/render/images.ts';
import type { RenderedObject } from '../../../src/render/objects.ts';
import { checkRendered, reader, renderers, statusSays } from '../same-answer-helpers.ts';
import { mergedChartValues } from '../../../src/deploy/flux/chart-values-files.ts';

// Issue 72: a HelmRelease whose chart comes from a GitRepository with spec.chart.spec.valuesFiles is installed with
// the chart source-controller builds: those files, merged in order (maps key by key), replace the chart's
// values.yaml, which is not read unless listed; a listed file that is missing fails the build unless
// ignoreMissingValuesFiles skips it. hydrate, status and the check render that chart, with the real Helm 3.

const EEE = `sha256:${'e'.repeat(64)}`;
const DDD = `sha256:${'d'.repeat(64)}`;

const release = (valuesFiles: string[], extra: string[] = [], values: string[] = [`    image: ghcr.io/acme/api:1.0.0@${EEE}`]) =>
  [
    'apiVersion: helm.toolkit.fluxcd.io/v2',
    'kind: HelmRelease',
    'metadata:',
    '  name: myapp',
    '  namespace: production',
    'spec:',
    '  interval: 10m',
    '  chart:',
    '    spec:',
    '      chart: ./charts/myapp',
    '      sourceRef: { kind: GitRepository, name: flux-system, namespace: flux-system }',
    '      valuesFiles:',
    ...valuesFiles.map((f) => `        - ${f}`),
    ...extra,
    ...(values.length > 0 ? ['  values:', ...values] : []),
    '',
  ].join('\n');

const files = (valuesFiles: string[], extra?: string[], values?: string[], prod = 'replicas: 4\nresources: { cpu: 2 }\n') => ({
  '.github/lockstep.yml': [
    'charts: [charts/*]',
    'services:',
    '  api: { image: ghcr.io/acme/api, values-key: image }',
    'environments:',
    '  - { name: production, helmrelease: apps/production/release.yaml, protected: true }',
    '',
  ].join('\n'),
  'charts/myapp/Chart.yaml': 'apiVersion: v2\nname: myapp\nversion: 1.4.2\n',
  'charts/myapp/values.yaml': 'replicas: 1\ntier: web\nimage: ghcr.io/acme/api:0.9.0\nresources: { cpu: 1, memory: 1Gi }\n',
  'charts/myapp/templates/deployment.yaml': [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: api',
    '  labels: { tier: {{ .Values.tier | default "none" | quote }} }',
    '  annotations: { cpu: {{ .Values.resources.cpu | quote }}, memory: {{ .Values.resources.memory | default "unset" | quote }} }',
    'spec:',
    '  replicas: {{ .Values.replicas }}',
    '  selector: { matchLabels: { app: api } }',
    '  template:',
    '    metadata: { labels: { app: api } }',
    '    spec:',
    '      containers:',
    '        - name: api',
    '          image: {{ .Values.image }}',
    '',
  ].join('\n'),
  'apps/production/release.yaml': release(valuesFiles, extra, values),
  'envs/production/values.yaml': prod,
});

async function hydrated(f: Record<string, string>): Promise<RenderedObject[]> {
  const r = await renderDeployed(
    { name: 'production', protected: true, helmrelease: 'apps/production/release.yaml' } as EnvironmentConfig,
    ['charts/myapp'],
    reader(f),
    renderers(),
    (p) => p,
    hydrateRefuses,
  );
  if (!r.ok) throw new Error(r.message);
  return [...r.objects.values()];
}

/** The Deployment as `replicas=… tier=… cpu=… memory=… image=…`. */
const said = (objects: RenderedObject[]) => {
  const d = objects.find((o) => o.kind === 'Deployment')!.body as {
    metadata: { labels: { tier: string }; annotations: { cpu: string; memory: string } };
    spec: { replicas: number };
  };
  const [image] = renderedImages(objects).map((i) => i.image);
  return `replicas=${d.spec.replicas} tier=${d.metadata.labels.tier} cpu=${d.metadata.annotations.cpu} memory=${d.metadata.annotations.memory} image=${image}`;
};

test('the listed files merged in order become the chart’s values.yaml; the release’s values still win', async () => {
  const objects = await hydrated(files(['./charts/myapp/values.yaml', './envs/production/values.yaml']));
  // resources merged key by key: cpu from the environment's file, memory kept from values.yaml.
  expect(said(objects)).toBe(`replicas=4 tier=web cpu=2 memory=1Gi image=ghcr.io/acme/api:1.0.0@${EEE}`);
});

test('values.yaml not listed is not read: its keys are gone from the chart', async () => {
  const objects = await hydrated(files(['envs/production/values.yaml']));
  expect(said(objects)).toBe(`replicas=4 tier=none cpu=2 memory=unset image=ghcr.io/acme/api:1.0.0@${EEE}`);
});

test('a missing file fails the chart’s build; ignoreMissingValuesFiles skips it', async () => {
  await expect(hydrated(files(['charts/myapp/values.yaml', 'envs/production/missing.yaml']))).rejects.toThrow(
    'HelmRelease myapp: spec.chart.spec.valuesFiles: no values file at envs/production/missing.yaml: the chart cannot be built (ignoreMissingValuesFiles skips it)',
  );
  const skipped = await hydrated(
    files(['charts/myapp/values.yaml', 'envs/production/missing.yaml'], ['      ignoreMissingValuesFiles: true']),
  );
  expect(said(skipped)).toBe(`replicas=1 tier=web cpu=1 memory=1Gi image=ghcr.io/acme/api:1.0.0@${EEE}`);
});

test('a path outside the source is not read', async () => {
  await expect(hydrated(files(['../../etc/passwd']))).rejects.toThrow(
    'HelmRelease myapp: spec.chart.spec.valuesFiles: ../../etc/passwd is outside the source',
  );
});

test('status reads the image a values file of the chart’s build sets (the release’s values set none)', async () => {
  const f = files(['charts/myapp/values.yaml', 'envs/production/values.yaml'], [], [], `image: ghcr.io/acme/api:1.1.0@${DDD}\n`);
  expect(await statusSays(f)).toEqual([`Deployment production/api (container api) ghcr.io/acme/api:1.1.0@${DDD}`]);
});

test('the check renders production when the pull request changes only a values file its chart is built with, and judges it', async () => {
  const base = files(['charts/myapp/values.yaml', 'envs/production/values.yaml'], [], [], `image: ghcr.io/acme/api:1.1.0@${DDD}\n`);
  const head = { ...base, 'envs/production/values.yaml': 'image: ghcr.io/acme/api:latest\n' };
  const checked = await checkRendered(base, head);
  const render = checked?.rendered.find((r) => r.environment === 'production');
  expect(renderedImages(render?.after?.values() ?? []).map((i) => i.image)).toEqual(['ghcr.io/acme/api:latest']);
  expect(checked?.verdicts).toEqual([
    { environment: 'production', verdict: 'refused', reason: '1 of 1 rendered images not pinned by digest' },
  ]);
});

test('a values file’s `__proto__` key is a key like any other, merged as source-controller merges a Go map', async () => {
  const merged = await mergedChartValues({ files: ['a.yaml', 'b.yaml'], ignoreMissing: false }, async (p) =>
    p === 'a.yaml' ? '__proto__: { replicas: 9 }\ntier: web\n' : '__proto__: { team: api }\n',
  );
  expect('text' in merged && JSON.parse(merged.text)).toEqual(JSON.parse('{"__proto__":{"replicas":9,"team":"api"},"tier":"web"}'));
  expect(({} as { replicas?: number }).replicas).toBeUndefined();
});

describe('a chart pulled from a HelmRepository, rebuilt with the values files its archive holds', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  /** myapp 1.4.2 packaged by the real Helm: values.yaml, values-prod.yaml, a file its template reads, the template. */
  function packaged(): Uint8Array {
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-pulled-'));
    dirs.push(dir);
    const chart = files([]);
    const put = (p: string, text: string) => {
      mkdirSync(dirname(join(dir, 'myapp', p)), { recursive: true });
      writeFileSync(join(dir, 'myapp', p), text);
    };
    put('Chart.yaml', chart['charts/myapp/Chart.yaml']);
    put('values.yaml', chart['charts/myapp/values.yaml']);
    put('values-prod.yaml', `replicas: 5\nresources: { cpu: 3 }\nimage: ghcr.io/acme/api:1.3.0@${DDD}\n`);
    put('config/app.conf', 'mode=packaged\n');
    put('templates/deployment.yaml', chart['charts/myapp/templates/deployment.yaml']);
    put(
      'templates/config.yaml',
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: conf\ndata:\n  app.conf: {{ .Files.Get "config/app.conf" | quote }}\n',
    );
    execFileSync(process.env.LOCKSTEP_HELM!, ['package', join(dir, 'myapp'), '-d', dir], { stdio: 'pipe' });
    return readFileSync(join(dir, 'myapp-1.4.2.tgz'));
  }

  const pulledRelease = (valuesFiles: string[]) =>
    [
      'apiVersion: source.toolkit.fluxcd.io/v1',
      'kind: HelmRepository',
      'metadata:',
      '  name: acme',
      '  namespace: production',
      'spec:',
      '  url: https://charts.acme.example',
      '---',
      release(valuesFiles, [], [])
        .replace('      chart: ./charts/myapp', '      chart: myapp\n      version: 1.4.2')
        .replace(
          'sourceRef: { kind: GitRepository, name: flux-system, namespace: flux-system }',
          'sourceRef: { kind: HelmRepository, name: acme }',
        ),
    ].join('\n');

  async function pulled(valuesFiles: string[]): Promise<{ objects: RenderedObject[]; asked: string[] }> {
    const tgz = packaged();
    const asked: string[] = [];
    const puller = {
      oci: async () => {
        throw new Error('not asked');
      },
      repository: async (url: string, chart: string, version: string) => {
        asked.push(`${url} ${chart} ${version}`);
        return tgz;
      },
      resolve: async <T>(ref: T) => ref,
    };
    const r = await renderDeployed(
      { name: 'production', protected: true, helmrelease: 'apps/production/release.yaml' } as EnvironmentConfig,
      [],
      reader({ ...files([]), 'apps/production/release.yaml': pulledRelease(valuesFiles) }),
      renderers(puller),
      (p) => p,
      hydrateRefuses,
    );
    if (!r.ok) throw new Error(r.message);
    return { objects: [...r.objects.values()], asked };
  }

  test('the archive’s values.yaml and values-prod.yaml merged become its values.yaml; its other files stay', async () => {
    const { objects, asked } = await pulled(['values.yaml', './values-prod.yaml']);
    expect(asked).toEqual(['https://charts.acme.example myapp 1.4.2']);
    // resources merged key by key: cpu from values-prod.yaml, memory kept from the packaged values.yaml.
    expect(said(objects)).toBe(`replicas=5 tier=web cpu=3 memory=1Gi image=ghcr.io/acme/api:1.3.0@${DDD}`);
    expect(objects.find((o) => o.kind === 'ConfigMap')?.body).toEqual({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'conf' },
      data: { 'app.conf': 'mode=packaged\n' },
    });
  });

  test('values-prod.yaml alone: the packaged values.yaml is no longer read', async () => {
    const { objects } = await pulled(['values-prod.yaml']);
    expect(said(objects)).toBe(`replicas=5 tier=none cpu=3 memory=unset image=ghcr.io/acme/api:1.3.0@${DDD}`);
  });

  test('a template or Chart.yaml is no values file of the chart, as Helm’s loader reads it: the chart does not build', async () => {
    await expect(pulled(['templates/deployment.yaml'])).rejects.toThrow(
      'HelmRelease myapp: spec.chart.spec.valuesFiles: no values file at templates/deployment.yaml: the chart cannot be built (ignoreMissingValuesFiles skips it)',
    );
    await expect(pulled(['Chart.yaml'])).rejects.toThrow('spec.chart.spec.valuesFiles: no values file at Chart.yaml');
  });
});
