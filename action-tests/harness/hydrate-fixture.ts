import type { Files } from './git-fixture.ts';

// A DRY repository laid out as GitOps Promoter's examples are: one chart with a values file per environment
// (dev, staging, prod; prod through an Argo CD Application), and two apps' Kustomize overlays that share one
// active branch (environment/shared, activePath app-a and app-b).

export const CHART: Files = {
  'charts/guestbook/Chart.yaml': 'apiVersion: v2\nname: guestbook\nversion: 0.1.0\n',
  'charts/guestbook/values.yaml': 'replicas: 1\nimage: ""\nsecret: false\n',
  'charts/guestbook/templates/deployment.yaml': [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: {{ .Release.Name }}',
    '  labels:',
    '    app: guestbook',
    'spec:',
    '  replicas: {{ .Values.replicas }}',
    '  selector:',
    '    matchLabels:',
    '      app: guestbook',
    '  template:',
    '    metadata:',
    '      labels:',
    '        app: guestbook',
    '    spec:',
    '      containers:',
    '        - name: guestbook',
    '          image: {{ required "image is required" .Values.image }}',
    '',
  ].join('\n'),
  'charts/guestbook/templates/service.yaml': [
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    '  name: {{ .Release.Name }}',
    'spec:',
    '  selector:',
    '    app: guestbook',
    '  ports:',
    '    - port: 80',
    '',
  ].join('\n'),
  'charts/guestbook/templates/secret.yaml': [
    '{{- if .Values.secret }}',
    'apiVersion: v1',
    'kind: Secret',
    'metadata:',
    '  name: {{ .Release.Name }}-db',
    'stringData:',
    '  password: hunter2',
    '{{- end }}',
    '',
  ].join('\n'),
  'charts/guestbook/values-dev.yaml': 'image: ghcr.io/acme/guestbook:1.1.0\n',
  'charts/guestbook/values-staging.yaml': 'image: ghcr.io/acme/guestbook:1.0.0\nreplicas: 2\n',
  'charts/guestbook/values-prod.yaml': 'image: ghcr.io/acme/guestbook:1.0.0\nreplicas: 3\n',
  'apps/prod/guestbook.yaml': [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Application',
    'metadata:',
    '  name: prod-guestbook',
    'spec:',
    '  destination:',
    '    namespace: prod',
    '  source:',
    '    repoURL: https://github.com/acme/monorepo',
    '    path: charts/guestbook',
    '    targetRevision: HEAD',
    '    helm:',
    '      valueFiles: [values-prod.yaml]',
    '',
  ].join('\n'),
};

/** An app's base (a ConfigMap) and its staging overlay (a name prefix). */
function overlayApp(app: string): Files {
  return {
    [`apps/${app}/base/kustomization.yaml`]: 'resources:\n  - configmap.yaml\n',
    [`apps/${app}/base/configmap.yaml`]: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${app}\ndata:\n  greeting: hello\n`,
    [`apps/${app}/overlays/staging/kustomization.yaml`]: 'resources:\n  - ../../base\nnamePrefix: staging-\n',
  };
}

export const CONFIG = [
  'environments:',
  '  - { name: dev, values: charts/guestbook/values-dev.yaml, hydrate: { branch: environment/dev } }',
  '  - { name: staging, values: charts/guestbook/values-staging.yaml, hydrate: { branch: environment/staging, layout: objects } }',
  '  - { name: prod, values: charts/guestbook/values-prod.yaml, application: apps/prod/guestbook.yaml, hydrate: { branch: environment/prod } }',
  '  - { name: app-a-staging, kustomization: apps/app-a/overlays/staging, hydrate: { branch: environment/shared, path: app-a } }',
  '  - { name: app-b-staging, kustomization: apps/app-b/overlays/staging, hydrate: { branch: environment/shared, path: app-b } }',
  '',
].join('\n');

/** The whole DRY branch. */
export function dryRepository(config = CONFIG): Files {
  return { ...CHART, ...overlayApp('app-a'), ...overlayApp('app-b'), '.github/lockstep.yml': config };
}
