// A monorepo as the promotion tests of chart versions need it: three services,
// one Helm chart (charts/myapp) with helpers, `default`s and a schema, its
// released versions as `myapp-<version>` tags (chart-releaser's naming, which
// promote-env reads), an ArgoCD Application per environment, and helpers that
// package a chart version with the real Helm and push it to a registry.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitFixture, type Files } from './git-fixture.ts';
import { digest } from './promote-fixture.ts';

/** What one chart version reads besides its services: the ingress block, and a PodDisruptionBudget only its templates read. */
export interface ChartShape {
  ingress: boolean;
  pdb: boolean;
  /** Other files of the chart, by path in it (a values file a HelmRelease's spec.chart.spec.valuesFiles lists). */
  files?: Record<string, string>;
}

/** charts/myapp at `version`: Chart.yaml, values.yaml, values.schema.json, _helpers.tpl and the templates (a removed one is null). */
export function chartFiles(version: string, shape: ChartShape, dir = 'charts/myapp'): Files {
  return {
    [`${dir}/Chart.yaml`]: [
      'apiVersion: v2',
      'name: myapp',
      'description: The acme services (api, worker, web)',
      'type: application',
      `version: ${version}`,
      'appVersion: "1.8.0"',
      '',
    ].join('\n'),
    [`${dir}/values.yaml`]: [
      '# Default values for myapp.',
      'nameOverride: ""',
      'fullnameOverride: ""',
      'services:',
      '  api:',
      '    image:',
      '      repository: ghcr.io/acme/api',
      '      tag: ""',
      '      digest: ""',
      '    port: 8080',
      '  worker:',
      '    image:',
      '      repository: ghcr.io/acme/worker',
      '      tag: ""',
      '      digest: ""',
      '  web:',
      '    image:',
      '      repository: ghcr.io/acme/web',
      '      tag: ""',
      '      digest: ""',
      '    port: 3000',
      'podAnnotations: {}',
      ...(shape.ingress ? ['ingress:', '  enabled: false', '  className: ""', '  host: ""'] : []),
      '',
    ].join('\n'),
    [`${dir}/values.schema.json`]: JSON.stringify(
      {
        $schema: 'https://json-schema.org/draft-07/schema#',
        type: 'object',
        properties: {
          nameOverride: { type: 'string' },
          fullnameOverride: { type: 'string' },
          services: {
            type: 'object',
            additionalProperties: { type: 'object', properties: { image: { type: 'object' }, port: { type: 'integer' } } },
          },
        },
      },
      null,
      2,
    ),
    [`${dir}/templates/_helpers.tpl`]: [
      '{{/* Expand the name of the chart. */}}',
      '{{- define "myapp.name" -}}',
      '{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}',
      '{{- end }}',
      '{{- define "myapp.fullname" -}}',
      '{{- if .Values.fullnameOverride }}{{ .Values.fullnameOverride | trunc 63 }}{{ else }}{{ .Release.Name }}-{{ include "myapp.name" . }}{{ end }}',
      '{{- end }}',
      '{{- define "myapp.image" -}}',
      '{{ .image.repository }}{{ if .image.digest }}@{{ .image.digest }}{{ else }}:{{ .image.tag }}{{ end }}',
      '{{- end }}',
      '',
    ].join('\n'),
    [`${dir}/templates/deployment.yaml`]: [
      '{{- range $name, $svc := .Values.services }}',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: {{ include "myapp.fullname" $ }}-{{ $name }}',
      'spec:',
      '  replicas: {{ default 1 $svc.replicas }}',
      '  template:',
      '    metadata:',
      '      annotations: {{- toYaml $.Values.podAnnotations | nindent 8 }}',
      '    spec:',
      '      containers:',
      '        - name: {{ $name }}',
      '          image: {{ include "myapp.image" $svc }}',
      '---',
      '{{- end }}',
      '{{- /* the worker scales on its queue: its replicas are read here too */}}',
      '# worker replicas: {{ default 2 .Values.services.worker.replicas }}',
      '',
    ].join('\n'),
    [`${dir}/templates/ingress.yaml`]: shape.ingress
      ? [
          '{{- if .Values.ingress.enabled }}',
          'apiVersion: networking.k8s.io/v1',
          'kind: Ingress',
          'metadata:',
          '  name: {{ include "myapp.fullname" . }}',
          'spec:',
          '  ingressClassName: {{ required "ingress.className is required" .Values.ingress.className }}',
          '  rules:',
          '    - host: {{ .Values.ingress.host | quote }}',
          '{{- end }}',
          '',
        ].join('\n')
      : null,
    [`${dir}/templates/pdb.yaml`]: shape.pdb
      ? [
          '{{- with .Values.podDisruptionBudget }}',
          'apiVersion: policy/v1',
          'kind: PodDisruptionBudget',
          'metadata:',
          '  name: {{ include "myapp.fullname" $ }}',
          'spec:',
          '  minAvailable: {{ .minAvailable }}',
          '{{- end }}',
          '',
        ].join('\n')
      : null,
    ...Object.fromEntries(Object.entries(shape.files ?? {}).map(([p, text]) => [`${dir}/${p}`, text])),
  };
}

/** One environment's values: the three services pinned by tag and digest (`worker` lines added to the worker's block), then `extra` lines. */
export function serviceValues(env: string, tag: string, extra: string[] = [], worker: string[] = []): string {
  const pin = (svc: string, c: string) => [
    `  ${svc}:`,
    '    image:',
    `      repository: ghcr.io/acme/${svc}`,
    `      tag: "${tag}"`,
    `      digest: ${digest(c)}`,
  ];
  return [`# ${env} overrides`, 'services:', ...pin('api', 'a'), ...pin('worker', 'b'), ...worker, ...pin('web', 'c'), ...extra, ''].join(
    '\n',
  );
}

/** An environment's ArgoCD Application deploying chart myapp at `version` from `repoURL`, its values from this repository (`$values`). */
export function application(env: string, version: string, repoURL: string): string {
  return [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Application',
    'metadata:',
    `  name: myapp-${env}`,
    '  namespace: argocd',
    'spec:',
    '  project: default',
    '  destination:',
    '    server: https://kubernetes.default.svc',
    `    namespace: acme-${env}`,
    // Multi-source: the chart from its repository, the values from this one (a chart source alone reads valueFiles in the package).
    '  sources:',
    `    - repoURL: ${repoURL}`,
    '      chart: myapp',
    `      targetRevision: ${version}`,
    '      helm:',
    `        valueFiles: [$values/environments/${env}/values.yaml]`,
    '    - { repoURL: https://github.com/acme/monorepo.git, targetRevision: main, ref: values }',
    '',
  ].join('\n');
}

/** `.github/lockstep.yml` for the three environments; `prod` is appended to prod's entry. */
export function chartRepoConfig(charts = 'charts/*', prod = '', top: string[] = []): string {
  return [
    `charts: [${charts}]`,
    ...top,
    'services:',
    '  api: { image: ghcr.io/acme/api, values-key: services.api.image }',
    '  worker: { image: ghcr.io/acme/worker, values-key: services.worker.image }',
    '  web: { image: ghcr.io/acme/web, values-key: services.web.image }',
    'environments:',
    '  - { name: dev, values: environments/dev/values.yaml, application: apps/dev/myapp.yaml, auto-merge: true }',
    '  - { name: staging, values: environments/staging/values.yaml, application: apps/staging/myapp.yaml }',
    `  - { name: prod, values: environments/prod/values.yaml, application: apps/prod/myapp.yaml, protected: true${prod} }`,
    '',
  ].join('\n');
}

/**
 * A repository whose history releases the chart versions of `released` in
 * order (each commit tagged `myapp-<version>` and pushed), then commits
 * `tip` (an unreleased chart version, untagged) with `files` on top.
 */
export function chartRepo(released: [string, ChartShape][], tip: [string, ChartShape], files: Files): GitFixture {
  const [first, ...rest] = released;
  const fx = GitFixture.create({ ...chartFiles(first[0], first[1]), 'README.md': '# acme\n' }, `chore(release): myapp ${first[0]}`);
  fx.git('tag', `myapp-${first[0]}`);
  for (const [version, shape] of rest) {
    fx.commit(`chore(release): myapp ${version}`, chartFiles(version, shape));
    fx.git('tag', `myapp-${version}`);
  }
  fx.commit(`feat(chart): myapp ${tip[0]} in progress`, { ...chartFiles(tip[0], tip[1]), ...files });
  fx.git('push', '--quiet', 'origin', 'main', '--tags');
  return fx;
}

/** Packages chart myapp at `version` with the real Helm and pushes it to `oci://<host>/<path>` (plain HTTP), as a release workflow would. */
export async function helmPush(host: string, path: string, version: string, shape: ChartShape, chartYamlVersion = version): Promise<void> {
  const helm = process.env.LOCKSTEP_HELM;
  if (!helm) throw new Error('LOCKSTEP_HELM is not set (the jest global setup installs Helm)');
  const dir = mkdtempSync(join(tmpdir(), 'lockstep-helm-'));
  const fx = GitFixture.create(chartFiles(chartYamlVersion, shape, 'myapp'));
  try {
    const env = { ...process.env, HOME: dir, HELM_CONFIG_HOME: join(dir, 'config'), HELM_CACHE_HOME: join(dir, 'cache') };
    execFileSync(helm, ['package', join(fx.dir, 'myapp'), '--destination', dir], { env, stdio: 'pipe' });
    execFileSync(helm, ['push', join(dir, `myapp-${chartYamlVersion}.tgz`), `oci://${host}/${path}`, '--plain-http'], {
      env,
      stdio: 'pipe',
    });
    // A tag that holds another version's chart (a mistaken re-push): the manifest of chartYamlVersion put under `version` too.
    if (chartYamlVersion !== version) await retag(host, `${path}/myapp`, chartYamlVersion, version);
  } finally {
    fx.cleanup();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function retag(host: string, repository: string, from: string, to: string): Promise<void> {
  const type = 'application/vnd.oci.image.manifest.v1+json';
  const got = await fetch(`http://${host}/v2/${repository}/manifests/${from}`, { headers: { Accept: type } });
  const manifest = Buffer.from(await got.arrayBuffer());
  if (got.status !== 200) throw new Error(`manifest ${repository}:${from} answered ${got.status}`);
  const put = await fetch(`http://${host}/v2/${repository}/manifests/${to}`, {
    method: 'PUT',
    headers: { 'Content-Type': type },
    body: manifest,
  });
  await put.arrayBuffer();
  if (put.status !== 201) throw new Error(`manifest PUT ${repository}:${to} answered ${put.status}`);
}
