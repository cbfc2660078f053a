// A repository whose environments are Kustomize overlays (issue 44): a
// deploy/base with the api and worker Deployments, three overlays
// deploy/overlays/{dev,staging,prod} pinning both images in their `images:`
// lists, and an Argo CD Application per environment (apps/<env>.yaml) pointing
// at its overlay's path. Shared by the promote-env, chart-bump-check and CLI
// tests of overlays and by the rendering tests (real `kubectl kustomize`).
import { execFileSync } from 'node:child_process';
import type { Files } from './git-fixture.ts';

/** A fake image digest: `sha256:` and `c` 64 times. */
export const overlayDigest = (c: string) => `sha256:${c.repeat(64)}`;

/** One environment's pins: api and worker as `[tag, digest]` (a digest '' leaves the digest: line out). */
export interface OverlayPins {
  api: [string, string];
  worker: [string, string];
}

/** The base's two Deployments and its kustomization (images by tag `latest`, which every overlay replaces). */
export const BASE_FILES: Files = {
  'deploy/base/kustomization.yaml': [
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    'resources:',
    '  - api.yaml',
    '  - worker.yaml',
    '',
  ].join('\n'),
  'deploy/base/api.yaml': deployment('api', 'ghcr.io/acme/api:latest'),
  'deploy/base/worker.yaml': deployment('worker', 'ghcr.io/acme/worker:latest'),
};

/** A minimal Deployment of one container named `name` running `image`. */
export function deployment(name: string, image: string): string {
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    '  replicas: 1',
    '  selector:',
    '    matchLabels:',
    `      app: ${name}`,
    '  template:',
    '    metadata:',
    '      labels:',
    `        app: ${name}`,
    '    spec:',
    '      containers:',
    `        - name: ${name}`,
    `          image: ${image}`,
    '',
  ].join('\n');
}

/**
 * One overlay's kustomization.yaml: a `# <env> overlay` header, the base as its
 * resource, a namespace, then `images:` with api (a comment on its name line)
 * and worker, tags double-quoted. `after` lines follow the images list.
 */
export function overlayKustomization(env: string, pins: OverlayPins, opts: { after?: string[] } = {}): string {
  const entry = (name: string, [tag, digest]: [string, string], comment?: string) => [
    `  - name: ghcr.io/acme/${name}${comment ? `   # ${comment}` : ''}`,
    `    newTag: "${tag}"`,
    ...(digest ? [`    digest: ${digest}`] : []),
  ];
  return [
    `# ${env} overlay`,
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    `namespace: myapp-${env}`,
    'resources:',
    '  - ../../base',
    'images:',
    ...entry('api', pins.api, 'the public API'),
    ...entry('worker', pins.worker),
    ...(opts.after ?? []),
    '',
  ].join('\n');
}

/**
 * The Argo CD Application of one environment: it deploys deploy/overlays/<env>
 * from this repository at main; `images` (Argo CD's strings, e.g.
 * `ghcr.io/acme/api:1.8.0@sha256:…`) go in spec.source.kustomize.images.
 */
export function overlayApplication(env: string, images?: string[]): string {
  return [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Application',
    'metadata:',
    `  name: myapp-${env}`,
    '  namespace: argocd',
    'spec:',
    '  project: default',
    '  source:',
    '    repoURL: https://github.com/acme/monorepo.git',
    `    path: deploy/overlays/${env}`,
    '    targetRevision: main',
    ...(images ? ['    kustomize:', '      images:', ...images.map((i) => `        - ${i}`)] : []),
    '  destination:',
    '    server: https://kubernetes.default.svc',
    `    namespace: myapp-${env}`,
    '',
  ].join('\n');
}

/** The lockstep config of the overlay repository: api and worker (image only, no values-key), dev → staging → prod (protected). */
export function overlayConfig(opts: { extra?: string[]; environments?: string[] } = {}): string {
  return [
    'services:',
    '  api: { image: ghcr.io/acme/api }',
    '  worker: { image: ghcr.io/acme/worker }',
    'environments:',
    ...(opts.environments ?? [
      '  - { name: dev, kustomization: deploy/overlays/dev, auto-merge: true }',
      '  - { name: staging, kustomization: deploy/overlays/staging/kustomization.yaml }',
      '  - { name: prod, kustomization: deploy/overlays/prod, protected: true }',
    ]),
    ...(opts.extra ?? []),
    '',
  ].join('\n');
}

/**
 * The whole overlay repository: config, base, the three overlays pinning
 * `pins[env]`, and an Application per environment.
 */
export function overlayRepository(pins: Record<'dev' | 'staging' | 'prod', OverlayPins>, opts: { config?: string } = {}): Files {
  const files: Files = { '.github/lockstep.yml': opts.config ?? overlayConfig(), ...BASE_FILES };
  for (const env of ['dev', 'staging', 'prod'] as const) {
    files[`deploy/overlays/${env}/kustomization.yaml`] = overlayKustomization(env, pins[env]);
    files[`apps/${env}.yaml`] = overlayApplication(env);
  }
  return files;
}

/** The images (`name`) of the Deployments that the real `kubectl kustomize` builds from `dir` (LOCKSTEP_KUBECTL). */
export function kustomizeImages(dir: string): string[] {
  const kubectl = process.env.LOCKSTEP_KUBECTL;
  if (!kubectl) throw new Error('LOCKSTEP_KUBECTL is not set (the jest global setup exports it)');
  const out = execFileSync(kubectl, ['kustomize', dir], { encoding: 'utf8' });
  return [...out.matchAll(/^\s*(?:- )?image: (\S+)$/gm)].map((m) => m[1]);
}
