import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { UserError, UserErrors } from '../../src/errors.ts';
import { parseConfigText } from '../../src/config/config.ts';
import { planPromotion } from '../../src/promote/plan.ts';
import type { PlanWorld } from '../../src/promote/plan-world.ts';
import { planWorldDouble } from './ports-double.ts';
import { checkRoute } from '../../src/promote/request.ts';
import { pinPaths } from '../../src/promote/place.ts';
import { digest, promoteRequestFor } from '../helpers.ts';
import { parseAllDocuments } from 'yaml';
import { statusJson } from '../../src/operations/status/view.ts';
import { repo, status } from '../operations/rendered-repo.ts';

// Issue 56 items 3-4: a Flux Kustomization's spec.path followed to its overlay, postBuild.substitute variables
// and image automation markers as pin locations. Laid out as fluxcd/flux2-kustomize-helm-example: clusters/<env>
// holds the Flux Kustomization, apps/base the shared manifests, apps/<env> the environment's overlay.
const d = digest;
const KUBECTL = join(process.cwd(), 'tools/kube/bin/kubectl');

function world(files: Record<string, string>): PlanWorld {
  return planWorldDouble({
    readBase: async (p) => files[p],
    lastCommit: async () => 'f'.repeat(40),
    resolveDigest: async () => d('9'),
  });
}

const failure = async (p: Promise<unknown>): Promise<string[]> => {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  if (e instanceof UserErrors) return e.errors.map((x) => x.format());
  if (e instanceof UserError) return [e.format()];
  throw new Error(`expected a UserError, got ${String(e)}`);
};

async function plan(config: string[], files: Record<string, string>) {
  const req = promoteRequestFor(parseConfigText([...config, ''].join('\n'), '.github/lockstep.yml'), {
    from: { kind: 'env', env: 'staging' },
    to: 'production',
  });
  return planPromotion(req, checkRoute(req), world(files));
}

const fluxKs = (env: string, extra: string[] = []) =>
  [
    'apiVersion: kustomize.toolkit.fluxcd.io/v1',
    'kind: Kustomization',
    'metadata:',
    '  name: apps',
    '  namespace: flux-system',
    'spec:',
    '  interval: 10m0s',
    '  sourceRef:',
    '    kind: GitRepository',
    '    name: flux-system',
    `  path: ./apps/${env}`,
    '  prune: true',
    ...extra,
    '',
  ].join('\n');

const overlay = (tag: string, digestOf: string) =>
  [
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    'resources:',
    '  - ../base/podinfo',
    'images:',
    '  - name: ghcr.io/acme/podinfo # promoted by lockstep',
    `    newTag: "${tag}"`,
    `    digest: ${digestOf}`,
    '',
  ].join('\n');

const BASE = {
  'apps/base/podinfo/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
  'apps/base/podinfo/deployment.yaml': [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: podinfo',
    'spec:',
    '  selector:',
    '    matchLabels: { app: podinfo }',
    '  template:',
    '    metadata:',
    '      labels: { app: podinfo }',
    '    spec:',
    '      containers:',
    '        - name: podinfo',
    '          image: ghcr.io/acme/podinfo:6.0.0',
    '',
  ].join('\n'),
};

const KS_CONFIG = [
  'services:',
  '  podinfo: { image: ghcr.io/acme/podinfo }',
  'environments:',
  '  - { name: staging, flux-kustomization: clusters/staging/apps.yaml }',
  '  - { name: production, flux-kustomization: clusters/production/apps.yaml, protected: true }',
];

describe('Flux Kustomization spec.path: the overlay it builds holds the pins', () => {
  const files = (prodOverlay = overlay('6.5.0', d('b')), prodKs = fluxKs('production')) => ({
    ...BASE,
    'clusters/staging/apps.yaml': fluxKs('staging'),
    'clusters/production/apps.yaml': prodKs,
    'apps/staging/kustomization.yaml': overlay('6.5.4', d('a')),
    'apps/production/kustomization.yaml': prodOverlay,
  });

  test('staging → production writes the production overlay’s images:, and kustomize builds the promoted digest', async () => {
    const f = files();
    const p = await plan(KS_CONFIG, f);
    expect(p.files.map((x) => [x.path, x.after])).toEqual([['apps/production/kustomization.yaml', overlay('6.5.4', d('a'))]]);
    expect(p.changes.map((c) => [c.service, c.file, c.line, c.oldTag, c.newTag, c.newDigest])).toEqual([
      ['podinfo', 'apps/production/kustomization.yaml', 6, '6.5.0', '6.5.4', d('a')],
    ]);
    // The edited overlay, built by real kustomize as Flux builds spec.path.
    const dir = mkdtempSync(join(tmpdir(), 'flux-path-'));
    try {
      for (const [path, text] of Object.entries({ ...f, 'apps/production/kustomization.yaml': p.files[0].after })) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
      const built = execFileSync(KUBECTL, ['kustomize', join(dir, 'apps/production')], { encoding: 'utf8' });
      expect(built).toContain(`image: ghcr.io/acme/podinfo:6.5.4@${d('a')}\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('spec.images beside spec.path wins, as Flux applies it over the build: the pin is written there, the overlay left alone', async () => {
    const images = (tag: string, digestOf: string) => [
      '  images:',
      '    - name: ghcr.io/acme/podinfo',
      `      newTag: "${tag}"`,
      `      digest: ${digestOf}`,
    ];
    const f = {
      ...files(overlay('6.0.0', d('c')), fluxKs('production', images('6.5.0', d('b')))),
      'clusters/staging/apps.yaml': fluxKs('staging', images('6.5.4', d('a'))),
    };
    const p = await plan(KS_CONFIG, f);
    expect(p.files.map((x) => [x.path, x.after])).toEqual([
      ['clusters/production/apps.yaml', fluxKs('production', images('6.5.4', d('a')))],
    ]);
  });

  test('one service in spec.images, another only in the overlay: refused at the overlay’s entry, nothing planned', async () => {
    const cfg = [
      'services:',
      '  podinfo: { image: ghcr.io/acme/podinfo }',
      '  redis: { image: ghcr.io/acme/redis }',
      ...KS_CONFIG.slice(2),
    ];
    const withRedis = (o: string) => o + `  - name: ghcr.io/acme/redis\n    newTag: "7.2"\n    digest: ${d('e')}\n`;
    const prodKs = fluxKs('production', [
      '  images:',
      '    - name: ghcr.io/acme/podinfo',
      '      newTag: "6.5.0"',
      `      digest: ${d('b')}`,
    ]);
    const f = {
      ...files(withRedis(overlay('6.5.0', d('b'))), prodKs),
      'apps/staging/kustomization.yaml': withRedis(overlay('6.5.4', d('a'))),
    };
    expect(await failure(plan(cfg, f))).toEqual([
      "apps/production/kustomization.yaml:9: production pins podinfo in clusters/production/apps.yaml (spec.images over the build) and redis only in apps/production/kustomization.yaml, the overlay its spec.path builds; lockstep writes one place per environment — pin redis in clusters/production/apps.yaml's spec.images too (Flux applies them over the overlay), or move every pin into the overlay",
    ]);
  });

  test('a spec.path climbing out with ../ is refused at its line', async () => {
    const f = files(undefined, fluxKs('production').replace('path: ./apps/production', 'path: ./apps/../../etc'));
    expect(await failure(plan(KS_CONFIG, f))).toEqual([
      'clusters/production/apps.yaml:11: spec.path ./apps/../../etc climbs out of the folder it names (..), so lockstep cannot tell which overlay Flux builds — write spec.path from the repository root, e.g. ./apps/production',
    ]);
  });

  test('a spec.path git reads as a file (a symbolic link: its blob is the target) is refused at its line', async () => {
    const f: Record<string, string> = { ...files(), 'apps/production': '/etc/lockstep-outside' };
    delete f['apps/production/kustomization.yaml'];
    expect(await failure(plan(KS_CONFIG, f))).toEqual([
      'clusters/production/apps.yaml:11: spec.path apps/production is a file or a symbolic link in the repository, not the folder of an overlay — point spec.path at a real folder of the repository holding the kustomization.yaml Flux builds',
    ]);
  });

  test('soak and approval read the history of the Flux Kustomization and of the overlay folder', async () => {
    const f = files();
    const env = {
      name: 'production',
      values: 'clusters/production/apps.yaml',
      kustomization: 'clusters/production/apps.yaml',
      protected: true,
    };
    expect(await pinPaths(env, async (p) => (f as Record<string, string>)[p])).toEqual([
      'clusters/production/apps.yaml',
      'apps/production',
    ]);
  });
});

describe('image automation markers (image-policy:)', () => {
  const release = (version: string, tag: string, digestOf: string, marker = 'flux-system:podinfo') =>
    [
      'apiVersion: helm.toolkit.fluxcd.io/v2',
      'kind: HelmRelease',
      'metadata:',
      '  name: podinfo',
      'spec:',
      '  chart:',
      '    spec:',
      `      version: "${version}"`,
      '  values:',
      '    image:',
      `      repository: ghcr.io/acme/podinfo # {"$imagepolicy": "${marker}:name"}`,
      `      tag: ${tag} # {"$imagepolicy": "${marker}:tag"}`,
      `      digest: "${digestOf}" # {"$imagepolicy": "${marker}:digest"}`,
      '    # {"$imagepolicy": "flux-system:podinfo:tag"} on a line of its own names nothing',
      '    replicas: 2',
      '',
    ].join('\n');
  const cfg = (prodExtra = ', protected: true') => [
    'services:',
    '  podinfo: { image: ghcr.io/acme/podinfo, image-policy: "flux-system:podinfo" }',
    'environments:',
    '  - { name: staging, helmrelease: apps/staging/podinfo.yaml }',
    `  - { name: production, helmrelease: apps/production/podinfo.yaml${prodExtra} }`,
  ];

  test('the :name, :tag and :digest fields of a HelmRelease’s spec.values are written, every marker byte for byte', async () => {
    const p = await plan(cfg(), {
      'apps/staging/podinfo.yaml': release('6.5.4', '6.5.4', d('a')),
      'apps/production/podinfo.yaml': release('6.5.0', '6.5.0', d('b')),
    });
    expect(p.files.map((x) => [x.path, x.after])).toEqual([['apps/production/podinfo.yaml', release('6.5.4', '6.5.4', d('a'))]]);
    expect(p.changes.map((c) => [c.service, c.line, c.oldTag, c.newTag, c.oldDigest, c.newDigest])).toEqual([
      ['podinfo', 12, '6.5.0', '6.5.4', d('b'), d('a')],
    ]);
  });

  test('a whole-image marker in a values file gets repo:tag@digest; a marker of another policy is left alone', async () => {
    const values = (ref: string) =>
      [
        'podinfo:',
        `  image: ${ref} # {"$imagepolicy": "flux-system:podinfo"}`,
        '  sidecar: ghcr.io/acme/envoy:1.0 # {"$imagepolicy": "flux-system:envoy"}',
        'note: "text # {\\"$imagepolicy\\": \\"flux-system:podinfo\\"}"',
        '',
      ].join('\n');
    const c = [
      'services:',
      '  podinfo: { image: ghcr.io/acme/podinfo, image-policy: flux-system:podinfo }',
      'environments:',
      '  - { name: staging, values: env/staging.yaml }',
      '  - { name: production, values: env/production.yaml, protected: true }',
    ];
    const p = await plan(c, {
      'env/staging.yaml': values(`ghcr.io/acme/podinfo:6.5.4@${d('a')}`),
      'env/production.yaml': values(`ghcr.io/acme/podinfo:6.5.0@${d('b')}`),
    });
    expect(p.files.map((x) => [x.path, x.after])).toEqual([['env/production.yaml', values(`ghcr.io/acme/podinfo:6.5.4@${d('a')}`)]]);
  });

  test('markers on a kustomization’s images: entry (the overlay a flux-kustomization’s spec.path builds)', async () => {
    const marked = (tag: string, digestOf: string) =>
      overlay(tag, digestOf)
        .replace(/(newTag: "[^"]*")/, '$1 # {"$imagepolicy": "flux-system:podinfo:tag"}')
        .replace(/(digest: sha256:[0-9a-f]+)/, '$1 # {"$imagepolicy": "flux-system:podinfo:digest"}')
        .replace('ghcr.io/acme/podinfo # promoted by lockstep', 'old.example/podinfo');
    const c = ['services:', '  podinfo: { image: ghcr.io/acme/podinfo, image-policy: flux-system:podinfo }', ...KS_CONFIG.slice(2)];
    const p = await plan(c, {
      ...BASE,
      'clusters/staging/apps.yaml': fluxKs('staging'),
      'clusters/production/apps.yaml': fluxKs('production'),
      'apps/staging/kustomization.yaml': marked('6.5.4', d('a')),
      'apps/production/kustomization.yaml': marked('6.5.0', d('b')),
    });
    expect(p.files.map((x) => [x.path, x.after])).toEqual([['apps/production/kustomization.yaml', marked('6.5.4', d('a'))]]);
  });

  test('a protected environment whose markers name only the tag: refused at its first marker’s line, nothing planned', async () => {
    const tagOnly = (version: string, tag: string, digestOf: string) =>
      release(version, tag, digestOf)
        .replace(/ {6}digest: .*\n/, '')
        .replace(/ {6}repository: .*\n/, '');
    expect(
      await failure(
        plan(cfg(), {
          'apps/staging/podinfo.yaml': release('6.5.4', '6.5.4', d('a')),
          'apps/production/podinfo.yaml': tagOnly('6.5.0', '6.5.0', d('b')),
        }),
      ),
    ).toEqual([
      'apps/production/podinfo.yaml:11: $imagepolicy flux-system:podinfo names only tag, so the digest sha256:aaaaaaaaaaaa… cannot be pinned — add a field for the digest (a :digest marker, or a whole-image marker whose value is repo:tag@sha256:…)',
    ]);
  });

  test('a marker only in a comment line of its own names no field: with no values-key, refused at the file', async () => {
    const unmarked = (version: string, tag: string, digestOf: string) =>
      release(version, tag, digestOf).replace(/ # \{"\$imagepolicy": "[^"]*"\}(?=\n)/g, '');
    expect(
      await failure(
        plan(cfg(), {
          'apps/staging/podinfo.yaml': release('6.5.4', '6.5.4', d('a')),
          'apps/production/podinfo.yaml': unmarked('6.5.0', '6.5.0', d('b')),
        }),
      ),
    ).toEqual([
      `apps/production/podinfo.yaml:1: no image automation marker of flux-system:podinfo (service 'podinfo') in the pins' file of production — mark the image's fields: # {"$imagepolicy": "flux-system:podinfo:tag"} and ":digest" (or the whole image), or give services.podinfo a values-key`,
    ]);
  });

  test('two markers that disagree, a marker with an unknown suffix, a marker on a mapping: each refused at its line', async () => {
    const prod = release('6.5.0', '6.5.0', d('b'));
    const files = (p: string) => ({ 'apps/staging/podinfo.yaml': release('6.5.4', '6.5.4', d('a')), 'apps/production/podinfo.yaml': p });
    expect(
      await failure(plan(cfg(), files(prod.replace('    replicas: 2', '    tag2: 6.4.0 # {"$imagepolicy": "flux-system:podinfo:tag"}')))),
    ).toEqual([
      'apps/production/podinfo.yaml:15: $imagepolicy flux-system:podinfo:tag says tag 6.4.0, $imagepolicy flux-system:podinfo:tag (line 12) says 6.5.0 — make the fields agree (one image, one version) before promoting',
    ]);
    expect(
      await failure(plan(cfg(), files(prod.replace('    replicas: 2', '    other: x # {"$imagepolicy": "flux-system:podinfo:version"}')))),
    ).toEqual([
      'apps/production/podinfo.yaml:15: the image automation marker names flux-system:podinfo:version: version is not one of :tag, :name, :digest — write "$imagepolicy": "flux-system:podinfo" (the whole image) or "flux-system:podinfo:tag", ":name", ":digest"',
    ]);
    expect(
      await failure(plan(cfg(), files(prod.replace('    image:\n', '    image: # {"$imagepolicy": "flux-system:podinfo"}\n')))),
    ).toEqual([
      'apps/production/podinfo.yaml:10: the image automation marker flux-system:podinfo ends a line with no value: it names no field — put the marker after the scalar it names, e.g. image: ghcr.io/acme/api:1.2.3 # {"$imagepolicy": "ns:api"}',
    ]);
  });
});

describe('postBuild.substitute variables (flux-substitute:)', () => {
  const ks = (env: string, tag: string, digestOf: string) =>
    fluxKs(env, [
      '  postBuild:',
      '    substitute:',
      '      cluster_env: ' + env,
      `      PODINFO_TAG: "${tag}" # read by apps/base`,
      `      PODINFO_DIGEST: ${digestOf}`,
    ]).replace(`path: ./apps/${env}`, 'path: ./apps/base/podinfo');
  const cfg = (sub: string) => ['services:', `  podinfo: { image: ghcr.io/acme/podinfo, flux-substitute: ${sub} }`, ...KS_CONFIG.slice(2)];

  test('the tag and digest variables are written in spec.postBuild.substitute, byte for byte elsewhere', async () => {
    const p = await plan(cfg('{ tag: PODINFO_TAG, digest: PODINFO_DIGEST }'), {
      ...BASE,
      'clusters/staging/apps.yaml': ks('staging', '6.5.4', d('a')),
      'clusters/production/apps.yaml': ks('production', '6.5.0', d('b')),
    });
    expect(p.files.map((x) => [x.path, x.after])).toEqual([['clusters/production/apps.yaml', ks('production', '6.5.4', d('a'))]]);
  });

  test('a variable neither substitute nor a substituteFrom ConfigMap sets is refused at substitute:, nothing planned', async () => {
    expect(
      await failure(
        plan(cfg('{ tag: PODINFO_TAG, digest: PODINFO_SHA }'), {
          ...BASE,
          'clusters/staging/apps.yaml': ks('staging', '6.5.4', d('a')),
          'clusters/production/apps.yaml': ks('production', '6.5.0', d('b')),
        }),
      ),
    ).toEqual([
      'clusters/staging/apps.yaml:15: spec.postBuild.substitute has no PODINFO_SHA, and no substituteFrom ConfigMap of the repository sets it — set PODINFO_SHA: "<value>" under spec.postBuild.substitute or in a ConfigMap that substituteFrom names',
    ]);
  });
});

describe('postBuild.substituteFrom ConfigMaps holding flux-substitute variables', () => {
  const ks = (env: string, from: string[]) =>
    fluxKs(env, ['  postBuild:', '    substitute:', `      cluster_env: ${env}`, '    substituteFrom:', ...from]).replace(
      `path: ./apps/${env}`,
      'path: ./apps/base/podinfo',
    );
  const FROM = ['      - kind: ConfigMap', '        name: podinfo-vars'];
  const cfg = [
    'services:',
    '  podinfo: { image: ghcr.io/acme/podinfo, flux-substitute: { tag: PODINFO_TAG, digest: PODINFO_DIGEST } }',
    ...KS_CONFIG.slice(2),
  ];
  const vars = (name: string, tag: string, digestOf: string) =>
    [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      `  name: ${name}`,
      '  namespace: flux-system',
      'data:',
      '  # read by apps/base/podinfo',
      `  PODINFO_TAG: "${tag}" # kept`,
      `  PODINFO_DIGEST: ${digestOf}`,
      '  LOG_LEVEL: info',
    ].join('\n');
  const env = (name: string, from: string[], tag: string, digestOf: string, more: Record<string, string> = {}) => ({
    [`clusters/${name}/apps.yaml`]: ks(name, from),
    [`clusters/${name}/kustomization.yaml`]: 'resources:\n  - apps.yaml\n  - vars.yaml\n',
    [`clusters/${name}/vars.yaml`]: vars('podinfo-vars', tag, digestOf) + '\n',
    ...more,
  });

  test('the variables are written in the ConfigMap manifest the Kustomization names, byte for byte elsewhere', async () => {
    const p = await plan(cfg, { ...BASE, ...env('staging', FROM, '6.5.4', d('a')), ...env('production', FROM, '6.5.0', d('b')) });
    expect(p.files.map((x) => [x.path, x.after])).toEqual([
      [
        'clusters/production/vars.yaml',
        [
          'apiVersion: v1',
          'kind: ConfigMap',
          'metadata:',
          '  name: podinfo-vars',
          '  namespace: flux-system',
          'data:',
          '  # read by apps/base/podinfo',
          '  PODINFO_TAG: "6.5.4" # kept',
          `  PODINFO_DIGEST: ${d('a')}`,
          '  LOG_LEVEL: info',
          '',
        ].join('\n'),
      ],
    ]);
  });

  test('a later substituteFrom ConfigMap wins over an earlier one: only the later is written', async () => {
    const two = ['      - kind: ConfigMap', '        name: defaults', ...FROM];
    const withDefaults = (name: string, tag: string, digestOf: string) => ({
      ...env(name, two, tag, digestOf),
      [`clusters/${name}/vars.yaml`]: `${vars('defaults', '1.0.0', d('c'))}\n---\n${vars('podinfo-vars', tag, digestOf)}\n`,
    });
    const p = await plan(cfg, { ...BASE, ...withDefaults('staging', '6.5.4', d('a')), ...withDefaults('production', '6.5.0', d('b')) });
    expect(p.files.map((x) => x.path)).toEqual(['clusters/production/vars.yaml']);
    expect(p.files[0].after).toBe(`${vars('defaults', '1.0.0', d('c'))}\n---\n${vars('podinfo-vars', '6.5.4', d('a'))}\n`);
  });

  test('configMapGenerator literals are written in place, the NAME= kept', async () => {
    const gen = (tag: string, digestOf: string) =>
      [
        'resources:',
        '  - apps.yaml',
        'generatorOptions:',
        '  disableNameSuffixHash: true',
        'configMapGenerator:',
        '  - name: podinfo-vars',
        '    literals:',
        '      - LOG_LEVEL=info',
        `      - PODINFO_TAG=${tag} # kept`,
        `      - PODINFO_DIGEST=${digestOf}`,
        '',
      ].join('\n');
    const files = (name: string, tag: string, digestOf: string) => ({
      [`clusters/${name}/apps.yaml`]: ks(name, FROM),
      [`clusters/${name}/kustomization.yaml`]: gen(tag, digestOf),
    });
    const p = await plan(cfg, { ...BASE, ...files('staging', '6.5.4', d('a')), ...files('production', '6.5.0', d('b')) });
    expect(p.files.map((x) => [x.path, x.after])).toEqual([['clusters/production/kustomization.yaml', gen('6.5.4', d('a'))]]);
  });

  test('a quoted configMapGenerator literal is read as kustomize builds it, its quotes gone, and written with its quotes kept', async () => {
    // kustomize removes a pair of like quotes around a literal's value (api/kv removeQuotes): the ConfigMap Flux
    // substitutes from holds 6.5.0, not "6.5.0".
    const gen = (tag: string, digestOf: string) =>
      [
        'resources:',
        '  - apps.yaml',
        'generatorOptions:',
        '  disableNameSuffixHash: true',
        'configMapGenerator:',
        '  - name: podinfo-vars',
        '    literals:',
        '      - LOG_LEVEL=info',
        `      - PODINFO_TAG="${tag}"`,
        `      - PODINFO_DIGEST='${digestOf}'`,
        '',
      ].join('\n');
    const files = (name: string, tag: string, digestOf: string) => ({
      [`clusters/${name}/apps.yaml`]: ks(name, FROM),
      [`clusters/${name}/kustomization.yaml`]: gen(tag, digestOf),
    });
    const all = { ...BASE, ...files('staging', '6.5.4', d('a')), ...files('production', '6.5.0', d('b')) };
    // The ConfigMap as the real kubectl kustomize builds production's generator.
    const dir = mkdtempSync(join(tmpdir(), 'flux-literal-'));
    let built: string;
    try {
      for (const [path, text] of Object.entries(all)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
      built = execFileSync(KUBECTL, ['kustomize', join(dir, 'clusters/production')], { encoding: 'utf8' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const configMap = parseAllDocuments(built)
      .map((x) => x.toJSON() as { kind: string; data?: unknown })
      .find((x) => x.kind === 'ConfigMap');
    expect(configMap?.data).toEqual({ LOG_LEVEL: 'info', PODINFO_TAG: '6.5.0', PODINFO_DIGEST: d('b') });
    // status reads production's pin as built.
    const config = [
      'services:',
      '  podinfo: { image: ghcr.io/acme/podinfo, flux-substitute: { tag: PODINFO_TAG, digest: PODINFO_DIGEST } }',
    ];
    const environments = [...KS_CONFIG.slice(2)];
    const shown = statusJson(
      await status(repo({ ...all, '.github/lockstep.yml': [...config, ...environments, ''].join('\n') })),
    ) as unknown as {
      environments: { name: string; services: Record<string, { tag: string; digest?: string }> }[];
    };
    expect(shown.environments.map((e) => [e.name, e.services.podinfo])).toEqual([
      ['staging', { tag: '6.5.4', digest: d('a') }],
      ['production', { tag: '6.5.0', digest: d('b') }],
    ]);
    // promote's old side is that same pin, its new side staging's as built, and the literals keep their quotes.
    const p = await plan(cfg, all);
    expect(p.changes.map((c) => [c.service, c.oldTag, c.oldDigest, c.newTag, c.newDigest])).toEqual([
      ['podinfo', '6.5.0', d('b'), '6.5.4', d('a')],
    ]);
    expect(p.files.map((x) => [x.path, x.after])).toEqual([['clusters/production/kustomization.yaml', gen('6.5.4', d('a'))]]);
  });

  test('a Secret holding a variable is refused at its substituteFrom entry, nothing planned', async () => {
    const withSecret = [...FROM, '      - kind: Secret', '        name: podinfo-secret'];
    const secret = [
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      '  name: podinfo-secret',
      'stringData:',
      '  PODINFO_DIGEST: sha256:0',
      '',
    ].join('\n');
    const files = (name: string, tag: string, digestOf: string) =>
      env(name, withSecret, tag, digestOf, {
        [`clusters/${name}/kustomization.yaml`]: 'resources:\n  - apps.yaml\n  - vars.yaml\n  - secret.yaml\n',
        [`clusters/${name}/secret.yaml`]: secret,
      });
    expect(await failure(plan(cfg, { ...BASE, ...files('staging', '6.5.4', d('a')), ...files('production', '6.5.0', d('b')) }))).toEqual([
      'clusters/staging/apps.yaml:19: spec.postBuild.substituteFrom Secret podinfo-secret holds PODINFO_DIGEST; lockstep never reads or writes secrets — set PODINFO_DIGEST in spec.postBuild.substitute or in a ConfigMap of the repository listed after the Secret',
    ]);
  });

  test('a ConfigMap not in the repository, the variable set nowhere else, is refused at its entry', async () => {
    const files = (name: string) => ({
      [`clusters/${name}/apps.yaml`]: ks(name, ['      - kind: ConfigMap', '        name: made-elsewhere', '        optional: true']),
    });
    expect(await failure(plan(cfg, { ...BASE, ...files('staging'), ...files('production') }))).toEqual([
      'clusters/staging/apps.yaml:17: spec.postBuild.substituteFrom ConfigMap made-elsewhere is not in the repository lockstep can read, and no other source sets PODINFO_TAG — set PODINFO_TAG in spec.postBuild.substitute, or keep ConfigMap made-elsewhere in the repository (a ConfigMap manifest or configMapGenerator literals)',
    ]);
  });

  test('a ConfigMap not in the repository listed after the one holding the pins is refused at its entry', async () => {
    const after = [...FROM, '      - kind: ConfigMap', '        name: made-elsewhere'];
    expect(
      await failure(plan(cfg, { ...BASE, ...env('staging', after, '6.5.4', d('a')), ...env('production', after, '6.5.0', d('b')) })),
    ).toEqual([
      'clusters/staging/apps.yaml:19: spec.postBuild.substituteFrom ConfigMap made-elsewhere is not in the repository lockstep can read, and Flux takes it over ConfigMap podinfo-vars, which sets PODINFO_TAG — list ConfigMap made-elsewhere before ConfigMap podinfo-vars, or keep its data in the repository',
    ]);
  });

  test('variables split between substitute and a ConfigMap are refused: one place per environment', async () => {
    const split = (name: string, tag: string, digestOf: string) => ({
      ...env(name, FROM, tag, digestOf),
      [`clusters/${name}/apps.yaml`]: ks(name, FROM).replace(`cluster_env: ${name}`, `cluster_env: ${name}\n      PODINFO_TAG: "${tag}"`),
      [`clusters/${name}/vars.yaml`]: vars('podinfo-vars', tag, digestOf).replace(/ {2}PODINFO_TAG.*\n/, '') + '\n',
    });
    expect(await failure(plan(cfg, { ...BASE, ...split('staging', '6.5.4', d('a')), ...split('production', '6.5.0', d('b')) }))).toEqual([
      'clusters/staging/apps.yaml:18: clusters/staging/apps.yaml keeps its pins in spec.postBuild.substitute (PODINFO_TAG) and ConfigMap podinfo-vars (PODINFO_DIGEST); lockstep writes one place per environment — keep every flux-substitute variable of the environment in spec.postBuild.substitute, or all in one ConfigMap',
    ]);
  });
});
