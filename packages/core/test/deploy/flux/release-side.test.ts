import { dirname } from 'node:path';
import type { EnvironmentConfig } from '../../../src/config/config.ts';
import { manifestFiles } from '../../../src/operations/hydrate/layout.ts';
import { renderDeployed } from '../../../src/deploy/render.ts';
import type { CommitReader, Renderers } from '../../../src/deploy/model.ts';
import type { ChartPuller } from '../../../src/deploy/chart-pull.ts';
import { fluxVariables } from '../../../src/deploy/flux/flux-build.ts';
import { findKustomize } from '../../../src/render/find.ts';
import { findHelm } from '../../../src/render/helm.ts';
import { KustomizeRenderer } from '../../../src/render/kustomize.ts';
import { Renderer } from '../../../src/render/render.ts';
import type { ImageReference } from '../../../src/registry/reference.ts';
import { fluxRepo } from '../../../../../action-tests/harness/flux-chart-fixture.ts';
import { hydrateRefuses } from '../../../src/operations/hydrate/judge.ts';

// Issue 59: a Flux environment hydrated as Flux deploys it, with the real Helm 3 and kubectl kustomize
// (LOCKSTEP_HELM, LOCKSTEP_KUBECTL): a HelmRelease through the reader the check and promote-env use, its chart
// from this repository or pulled from a registry; a Flux Kustomization built and substituted.

const kustomize = findKustomize({ PATH: dirname(process.env.LOCKSTEP_KUBECTL!) })!;
const pulled: string[] = [];

function renderers(pull?: Partial<ChartPuller>): Renderers {
  const helmFound = findHelm({ PATH: dirname(process.env.LOCKSTEP_HELM!) });
  return {
    helm: async () => {
      const helm = await helmFound;
      return helm ? { renderer: new Renderer(helm.path), helm } : undefined;
    },
    kustomize: () => ({ renderer: new KustomizeRenderer(kustomize), tool: kustomize }),
    pull: {
      oci: async (ref: ImageReference) => {
        pulled.push(`${ref.registry}/${ref.repository}:${ref.tag ?? ''}@${ref.digest ?? ''}`);
        throw Object.assign(new Error('no such manifest'), { name: 'RegistryError' });
      },
      repository: async () => {
        throw new Error('not asked');
      },
      // A reference pulled as it is asked, unless the test resolves a range.
      resolve: async (ref) => ref,
      ...pull,
    },
  };
}

function reader(files: Record<string, string>): CommitReader {
  return {
    list: async (dir) => {
      const prefix = dir === '' || dir === '.' ? '' : `${dir}/`;
      const under = Object.keys(files).filter((p) => p.startsWith(prefix));
      return under.length > 0 ? under : undefined;
    },
    read: async (p) => files[p],
  };
}

const env = (e: Partial<EnvironmentConfig>) => ({ name: 'production', protected: false, ...e }) as EnvironmentConfig;
const manifest = (r: Awaited<ReturnType<typeof renderDeployed>>) => {
  if (!r.ok) throw new Error(r.message);
  return manifestFiles(r.objects.values(), { branch: 'environment/production' })
    .files.map((f) => f.content)
    .join('');
};

describe('a helmrelease: environment hydrated as helm-controller installs it', () => {
  test('chart from this repository (GitRepository): the base and patch merged, release and namespace as Flux computes them', async () => {
    const files = {
      ...(fluxRepo() as Record<string, string>),
      'charts/myapp/templates/release.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: release\ndata:\n  name: {{ .Release.Name }}\n  namespace: {{ .Release.Namespace }}\n',
    };
    const r = await renderDeployed(
      env({ helmrelease: 'apps/production/myapp-values.yaml' }),
      [],
      reader(files),
      renderers(),
      (p) => p,
      hydrateRefuses,
    );
    expect(manifest(r)).toBe(
      [
        '---',
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata:',
        '  name: api',
        'spec:',
        '  replicas: 1',
        '  selector:',
        '    matchLabels:',
        '      app: api',
        '  template:',
        '    metadata:',
        '      labels:',
        '        app: api',
        '    spec:',
        '      containers:',
        `        - image: ghcr.io/acme/api:1.0.0@sha256:${'e'.repeat(64)}`,
        '          name: api',
        '---',
        'apiVersion: v1',
        'data:',
        '  name: production-myapp',
        '  namespace: production',
        'kind: ConfigMap',
        'metadata:',
        '  name: release',
        '',
      ].join('\n'),
    );
  });

  test('chart from an OCI HelmRepository: pulled at the version named; a registry refusal names the release', async () => {
    pulled.length = 0;
    const files = fluxRepo({ source: 'helm' }) as Record<string, string>;
    const r = await renderDeployed(
      env({ helmrelease: 'apps/production/myapp-values.yaml' }),
      [],
      reader(files),
      renderers(),
      (p) => p,
      hydrateRefuses,
    );
    expect(pulled).toEqual(['ghcr.io/acme/charts/myapp:1.4.2@']);
    expect(r).toEqual({
      ok: false,
      message: 'HelmRelease myapp: chart myapp 1.4.2 of HelmRepository acme (oci://ghcr.io/acme/charts): no such manifest',
    });
  });

  test('an OCIRepository chartRef pinned by digest is pulled by that digest', async () => {
    pulled.length = 0;
    const files = {
      ...(fluxRepo() as Record<string, string>),
      'apps/base/myapp/release.yaml': [
        'apiVersion: helm.toolkit.fluxcd.io/v2',
        'kind: HelmRelease',
        'metadata: { name: myapp, namespace: flux-apps }',
        'spec:',
        '  chartRef: { kind: OCIRepository, name: myapp }',
        '',
      ].join('\n'),
      'apps/base/myapp/repository.yaml': [
        'apiVersion: source.toolkit.fluxcd.io/v1',
        'kind: OCIRepository',
        'metadata: { name: myapp, namespace: flux-apps }',
        'spec:',
        '  url: oci://registry.example:5000/charts/myapp',
        `  ref: { tag: 1.4.2, digest: "sha256:${'a'.repeat(64)}" }`,
        '',
      ].join('\n'),
    };
    await renderDeployed(
      env({ helmrelease: 'apps/production/myapp-values.yaml' }),
      [],
      reader(files),
      renderers(),
      (p) => p,
      hydrateRefuses,
    );
    expect(pulled).toEqual([`registry.example:5000/charts/myapp:1.4.2@sha256:${'a'.repeat(64)}`]);
  });

  test('a valuesFrom Secret is refused, never left out of the render', async () => {
    const files = fluxRepo({ prodExtra: [] }) as Record<string, string>;
    files['apps/production/myapp-values.yaml'] = files['apps/production/myapp-values.yaml'].replace(
      '  values:',
      '  valuesFrom:\n    - kind: Secret\n      name: db\n  values:',
    );
    const r = await renderDeployed(
      env({ helmrelease: 'apps/production/myapp-values.yaml' }),
      [],
      reader(files),
      renderers(),
      (p) => p,
      hydrateRefuses,
    );
    expect(r).toEqual({
      ok: false,
      message:
        'HelmRelease myapp: valuesFrom Secret db not read, so its render would not be what helm-controller installs (keep those values in a ConfigMap of the repository)',
    });
  });
});

const KS = (post: string[]) =>
  [
    'apiVersion: kustomize.toolkit.fluxcd.io/v1',
    'kind: Kustomization',
    'metadata: { name: app, namespace: flux-system }',
    'spec:',
    '  path: ./deploy/app',
    '  targetNamespace: prod',
    '  sourceRef: { kind: GitRepository, name: flux-system }',
    ...post,
    '',
  ].join('\n');

const overlayRepo = (post: string[]): Record<string, string> => ({
  'deploy/app/kustomization.yaml': 'resources:\n  - config.yaml\n',
  'deploy/app/config.yaml': [
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    '  name: app-${cluster_env}',
    'data:',
    '  replicas: "${replicas:=1}"',
    '  region: ${region:=eu-west-1}',
    '  script: echo $${HOME} $HOME',
    '',
  ].join('\n'),
  'clusters/prod/kustomization.yaml': 'resources:\n  - app.yaml\n  - vars.yaml\n',
  'clusters/prod/app.yaml': KS(post),
  'clusters/prod/vars.yaml':
    'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: cluster-vars, namespace: flux-system }\ndata:\n  cluster_env: from-configmap\n  replicas: "2"\n  region: "us-east-\\n1"\n',
});

describe('a flux-kustomization: environment built and substituted as kustomize-controller applies it', () => {
  const POST = [
    '  postBuild:',
    '    substitute: { cluster_env: prod }',
    '    substituteFrom:',
    '      - kind: ConfigMap',
    '        name: cluster-vars',
  ];

  test('substituteFrom ConfigMaps in order, then substitute over them; targetNamespace applied', async () => {
    const r = await renderDeployed(
      env({ fluxKustomization: 'clusters/prod/app.yaml' }),
      [],
      reader(overlayRepo(POST)),
      renderers(),
      (p) => p,
      hydrateRefuses,
    );
    expect(manifest(r)).toBe(
      [
        '---',
        'apiVersion: v1',
        'data:',
        '  region: us-east-1',
        // Substituted into the YAML text and read again, as Flux does: a number stays unquoted (Flux's docs say to quote).
        '  replicas: 2',
        '  script: echo ${HOME} $HOME',
        'kind: ConfigMap',
        'metadata:',
        '  name: app-prod',
        '  namespace: prod',
        '',
      ].join('\n'),
    );
  });

  test('no variable at all: the build as it is, defaults unapplied', async () => {
    const r = await renderDeployed(
      env({ fluxKustomization: 'clusters/prod/app.yaml' }),
      [],
      reader(overlayRepo([])),
      renderers(),
      (p) => p,
      hydrateRefuses,
    );
    expect(manifest(r)).toContain('  name: app-${cluster_env}\n');
    expect(manifest(r)).toContain('  region: ${region:=eu-west-1}\n');
  });

  test('a substituteFrom entry lockstep cannot read is refused at its line', async () => {
    const post = [...POST, '      - kind: Secret', '        name: cluster-secrets'];
    const r = await renderDeployed(
      env({ fluxKustomization: 'clusters/prod/app.yaml' }),
      [],
      reader(overlayRepo(post)),
      renderers(),
      (p) => p,
      hydrateRefuses,
    );
    expect(r).toEqual({
      ok: false,
      message:
        'clusters/prod/app.yaml:13: spec.postBuild.substituteFrom Secret cluster-secrets: lockstep never reads secrets, so the variables it sets are unknown',
    });
    const missing = [...POST, '      - kind: ConfigMap', '        name: elsewhere', '        optional: true'];
    expect(await fluxVariables('clusters/prod/app.yaml', reader(overlayRepo(missing)).read)).toEqual({
      message:
        'clusters/prod/app.yaml:13: spec.postBuild.substituteFrom ConfigMap elsewhere is not in the repository, so the variables it sets are unknown',
    });
  });

  test("spec.patches appended to the folder kustomization's patches, as kustomize-controller appends them, before substitution", async () => {
    const post = [
      '  patches:',
      '    - patch: |-',
      '        - op: add',
      '          path: /data/patched',
      '          value: by-flux-${cluster_env}',
      '      target: { kind: ConfigMap }',
      '  postBuild:',
      '    substitute: { cluster_env: prod }',
    ];
    const files = overlayRepo(post);
    // The folder's own patches stay, and Flux's come after them.
    files['deploy/app/kustomization.yaml'] =
      'resources:\n  - config.yaml\npatches:\n  - patch: |-\n      - op: add\n        path: /data/own\n        value: overlay\n    target: { kind: ConfigMap }\n';
    const r = await renderDeployed(
      env({ fluxKustomization: 'clusters/prod/app.yaml' }),
      [],
      reader(files),
      renderers(),
      (p) => p,
      hydrateRefuses,
    );
    expect(manifest(r)).toBe(
      [
        '---',
        'apiVersion: v1',
        'data:',
        '  own: overlay',
        '  patched: by-flux-prod',
        '  region: eu-west-1',
        '  replicas: 1',
        '  script: echo ${HOME} $HOME',
        'kind: ConfigMap',
        'metadata:',
        '  name: app-prod',
        '  namespace: prod',
        '',
      ].join('\n'),
    );
  });

  test('a spec.patches entry that names a file, and spec.components, which lockstep does not apply, are refused', async () => {
    const byPath = ['  patches:', '    - path: ./patch.yaml', '      target: { kind: ConfigMap }'];
    expect(
      await renderDeployed(
        env({ fluxKustomization: 'clusters/prod/app.yaml' }),
        [],
        reader(overlayRepo(byPath)),
        renderers(),
        (p) => p,
        hydrateRefuses,
      ),
    ).toEqual({
      ok: false,
      message:
        'clusters/prod/app.yaml:9: a spec.patches entry of the Flux Kustomization is read as an inline patch (a string) with an optional target only, not path',
    });
    const components = ['  components: [../extra]'];
    expect(
      await renderDeployed(
        env({ fluxKustomization: 'clusters/prod/app.yaml' }),
        [],
        reader(overlayRepo(components)),
        renderers(),
        (p) => p,
        hydrateRefuses,
      ),
    ).toEqual({
      ok: false,
      message:
        "clusters/prod/app.yaml: spec.components of the Flux Kustomization is not applied by lockstep's build, so it cannot be rendered as Flux builds it",
    });
  });

  test('an expression lockstep does not substitute fails the render', async () => {
    const files = overlayRepo(POST);
    files['deploy/app/config.yaml'] = files['deploy/app/config.yaml'].replace('${region:=eu-west-1}', '${region:0:2}');
    const r = await renderDeployed(
      env({ fluxKustomization: 'clusters/prod/app.yaml' }),
      [],
      reader(files),
      renderers(),
      (p) => p,
      hydrateRefuses,
    );
    expect(r).toEqual({
      ok: false,
      message: 'post-build substitution: ${region:0:2}: lockstep substitutes ${var}, ${var:=default} and ${var:-default} only',
    });
  });
});
