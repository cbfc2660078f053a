// A repository laid out as fluxcd/flux2-kustomize-helm-example whose chart lives in it: charts/myapp, apps/base
// (a HelmRelease of chart myapp from this repository's folder through its GitRepository, or by name from a
// HelmRepository), apps/<env> (a kustomize patch of the HelmRelease with the environment's values) and clusters/<env>
// (the Flux Kustomization building apps/<env>): for chart-bump-check's renders of Flux environments.
import type { Files } from './git-fixture.ts';

export const DIGEST = `sha256:${'e'.repeat(64)}`;

export const chart = (version: string) => `apiVersion: v2\nname: myapp\nversion: ${version}\n`;
export const DEPLOYMENT = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: api',
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
].join('\n');
const INGRESS =
  '{{- if .Values.ingress }}\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: host\ndata:\n  host: {{ required "ingressHost is required with ingress" .Values.ingressHost }}\n{{- end }}\n';

/** The environment's patch of the HelmRelease (apps/<env>/myapp-values.yaml): its values, then `extra` lines under values. */
export const patch = (env: string, image: string, extra: string[] = []) =>
  [
    'apiVersion: helm.toolkit.fluxcd.io/v2',
    'kind: HelmRelease',
    'metadata:',
    '  name: myapp',
    '  namespace: flux-apps',
    'spec:',
    `  targetNamespace: ${env}`,
    `  # ${env} values`,
    '  values:',
    `    image: ${image}`,
    ...extra,
    '',
  ].join('\n');

/** The HelmRelease of apps/base: chart myapp from this repository's folder (GitRepository), or by name from a HelmRepository. */
const release = (source: 'git' | 'helm') =>
  [
    'apiVersion: helm.toolkit.fluxcd.io/v2',
    'kind: HelmRelease',
    'metadata:',
    '  name: myapp',
    '  namespace: flux-apps',
    'spec:',
    '  interval: 10m',
    '  chart:',
    '    spec:',
    ...(source === 'git'
      ? [
          '      chart: ./charts/myapp',
          '      sourceRef:',
          '        kind: GitRepository',
          '        name: flux-system',
          '        namespace: flux-system',
        ]
      : ['      chart: myapp', '      version: 1.4.2', '      sourceRef:', '        kind: HelmRepository', '        name: acme']),
    '  values:',
    '    replicas: 1',
    '',
  ].join('\n');

/** A flux2-kustomize-helm-example layout: clusters/<env>, apps/base, apps/<env> patches; staging, then a protected production. */
export function fluxRepo(opts: { source?: 'git' | 'helm'; config?: string[]; prodExtra?: string[] } = {}): Files {
  const envs = ['staging', 'production'];
  return {
    '.github/lockstep.yml': [
      'charts: [charts/*]',
      'environments:',
      ...(opts.config ?? [
        '  - { name: staging, helmrelease: apps/staging/myapp-values.yaml }',
        '  - { name: production, helmrelease: apps/production/myapp-values.yaml, protected: true }',
      ]),
      '',
    ].join('\n'),
    'charts/myapp/Chart.yaml': chart('1.4.2'),
    'charts/myapp/values.yaml': 'replicas: 1\nimage: ghcr.io/acme/api:1.0.0\n',
    'charts/myapp/templates/deployment.yaml': DEPLOYMENT,
    'charts/myapp/templates/ingress.yaml': INGRESS,
    'apps/base/myapp/kustomization.yaml':
      'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - repository.yaml\n  - release.yaml\n',
    'apps/base/myapp/repository.yaml':
      'apiVersion: source.toolkit.fluxcd.io/v1\nkind: HelmRepository\nmetadata:\n  name: acme\n  namespace: flux-apps\nspec:\n  interval: 5m\n  type: oci\n  url: oci://ghcr.io/acme/charts\n',
    'apps/base/myapp/release.yaml': release(opts.source ?? 'git'),
    ...Object.fromEntries(
      envs.flatMap((env) => [
        [
          `apps/${env}/kustomization.yaml`,
          'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - ../base/myapp\npatches:\n  - path: myapp-values.yaml\n    target:\n      kind: HelmRelease\n',
        ],
        [
          `apps/${env}/myapp-values.yaml`,
          patch(
            env,
            env === 'production' ? `ghcr.io/acme/api:1.0.0@${DIGEST}` : 'ghcr.io/acme/api:1.1.0',
            env === 'production' ? opts.prodExtra : [],
          ),
        ],
        [
          `clusters/${env}/apps.yaml`,
          `apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: apps\n  namespace: flux-system\nspec:\n  interval: 10m\n  sourceRef:\n    kind: GitRepository\n    name: flux-system\n  path: ./apps/${env}\n  prune: true\n`,
        ],
      ]),
    ),
  };
}
