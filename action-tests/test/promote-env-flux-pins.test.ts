import { execFileSync } from 'node:child_process';
import { rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fluxDigest as d, fluxRepository, type FluxPins } from '../harness/flux-fixture.ts';
import { type Files, GitFixture } from '../harness/git-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../harness/github-double/index.ts';
import { runPromoteEnv } from '../harness/promote-fixture.ts';
import type { ActionRun } from '../harness/run-action.ts';
import { runCli } from '../harness/run-cli.ts';

// Issue 56 items 3-4 through the committed promote-env and CLI bundles, in the flux2-kustomize-helm-example
// layout: a Flux Kustomization's spec.path followed to the overlay it builds, postBuild.substitute variables (and
// those of a substituteFrom ConfigMap), and
// image automation markers read as pin locations, each written byte for byte; bad input refused at its line with
// nothing written (a spec.path that is a symbolic link in real git included).

const REPO = 'acme/monorepo';
const STAGING: FluxPins = { chart: '6.5.4', tag: '6.5.4', digest: d('a') };
const PRODUCTION: FluxPins = { chart: '6.5.0', tag: '6.5.0', digest: d('b') };

let fixture: GitFixture | undefined;
let double: GitHubDouble | undefined;

async function setUp(files: Files, before?: (f: GitFixture) => void): Promise<string> {
  fixture = GitFixture.create(files);
  if (before) {
    before(fixture);
    fixture.push('main');
  }
  double = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fixture.origin }] });
  return fixture.clone('main');
}

afterEach(async () => {
  await double?.stop();
  fixture?.cleanup();
  double = undefined;
  fixture = undefined;
});

const origin = (...args: string[]) => execFileSync('git', ['--git-dir', fixture!.origin, ...args], { encoding: 'utf8' }).trim();
const show = (ref: string, path: string) =>
  execFileSync('git', ['--git-dir', fixture!.origin, 'show', `${ref}:${path}`], { encoding: 'utf8' });
const errors = (r: ActionRun) => r.annotations.filter((a) => a.level === 'error').map((a) => [a.file ?? null, a.line ?? null, a.message]);

const config = (services: string[]) =>
  [
    'charts: []',
    'render: off',
    'services:',
    ...services,
    'environments:',
    '  - { name: staging, flux-kustomization: clusters/staging/apps.yaml }',
    '  - { name: production, flux-kustomization: clusters/production/apps.yaml, protected: true }',
    '',
  ].join('\n');

/** apps/<env>/kustomization.yaml of the example with an images: entry for podinfo. */
const overlay = (pins: FluxPins) =>
  'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - ../base/podinfo\npatches:\n  - path: podinfo-values.yaml\n    target:\n      kind: HelmRelease\n' +
  `images:\n  - name: ghcr.io/acme/podinfo # promoted\n    newTag: "${pins.tag}"\n    digest: ${pins.digest}\n`;

function pathRepository(): Files {
  return {
    ...fluxRepository(STAGING, PRODUCTION, config(['  podinfo: { image: ghcr.io/acme/podinfo }'])),
    'apps/staging/kustomization.yaml': overlay(STAGING),
    'apps/production/kustomization.yaml': overlay(PRODUCTION),
    'apps/base/podinfo/kustomization.yaml':
      'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - repository.yaml\n  - release.yaml\n  - worker.yaml\n',
    'apps/base/podinfo/worker.yaml':
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: podinfo-worker\nspec:\n  selector:\n    matchLabels: { app: worker }\n  template:\n    metadata:\n      labels: { app: worker }\n    spec:\n      containers:\n        - name: worker\n          image: ghcr.io/acme/podinfo:6.0.0\n',
  };
}

test('spec.path: the promote-env bundle writes the images: of the overlay production’s Flux Kustomization builds', async () => {
  const ws = await setUp(pathRepository());
  const r = await runPromoteEnv(ws, double!, { from: 'staging', to: 'production' });
  if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  expect(show('refs/heads/promote/production', 'apps/production/kustomization.yaml')).toBe(overlay(STAGING));
  expect(origin('diff', '--name-only', 'main', 'refs/heads/promote/production')).toBe('apps/production/kustomization.yaml');
  // The written overlay, built by real kustomize as Flux builds spec.path: the HelmRelease patch kept, the image entry promoted.
  const tree = fixture!.clone('promote/production');
  const built = execFileSync(join(process.cwd(), 'tools/kube/bin/kubectl'), ['kustomize', join(tree, 'apps/production')], {
    encoding: 'utf8',
  });
  expect(built).toContain('kind: HelmRelease\n');
  expect(built).toContain(`image: ghcr.io/acme/podinfo:6.5.4@${d('a')}\n`);
});

test('spec.path that is a symbolic link in the repository: refused at its line, nothing written', async () => {
  const files = pathRepository();
  const ws = await setUp(files, (f) => {
    rmSync(join(f.dir, 'apps/production'), { recursive: true });
    symlinkSync('../outside', join(f.dir, 'apps/production'));
    f.commit('apps/production as a link');
  });
  const main = origin('rev-parse', 'main');
  const r = await runPromoteEnv(ws, double!, { from: 'staging', to: 'production' });
  expect(r.code).toBe(1);
  expect(errors(r)).toEqual([
    [
      'clusters/production/apps.yaml',
      11,
      'clusters/production/apps.yaml:11: spec.path apps/production is a file or a symbolic link in the repository, not the folder of an overlay — point spec.path at a real folder of the repository holding the kustomization.yaml Flux builds',
    ],
  ]);
  expect(origin('rev-parse', 'main')).toBe(main);
  expect(origin('for-each-ref', '--format=%(refname)', 'refs/heads/promote/')).toBe('');
});

test('postBuild.substitute (flux-substitute:): the bundle writes the tag and digest variables of production’s Kustomization', async () => {
  const ks = (env: string, pins: FluxPins) =>
    `apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: apps\nspec:\n  path: ./apps/${env}\n  postBuild:\n    substitute:\n      PODINFO_TAG: "${pins.tag}" # the image tag\n      PODINFO_DIGEST: ${pins.digest}\n`;
  const ws = await setUp({
    ...fluxRepository(
      STAGING,
      PRODUCTION,
      config(['  podinfo: { image: ghcr.io/acme/podinfo, flux-substitute: { tag: PODINFO_TAG, digest: PODINFO_DIGEST } }']),
    ),
    'clusters/staging/apps.yaml': ks('staging', STAGING),
    'clusters/production/apps.yaml': ks('production', PRODUCTION),
  });
  const r = await runPromoteEnv(ws, double!, { from: 'staging', to: 'production' });
  if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  expect(show('refs/heads/promote/production', 'clusters/production/apps.yaml')).toBe(ks('production', STAGING));
});

test('postBuild.substituteFrom: the bundle writes the variables in the ConfigMap of the repository; a Secret holding one is refused', async () => {
  const ks = (env: string, from: string) =>
    `apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: apps\nspec:\n  path: ./apps/${env}\n  postBuild:\n    substitute:\n      cluster: ${env}\n    substituteFrom:\n${from}`;
  const FROM = '      - kind: ConfigMap\n        name: podinfo-vars\n';
  const vars = (pins: FluxPins) =>
    `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: podinfo-vars\ndata:\n  PODINFO_TAG: "${pins.tag}" # the image tag\n  PODINFO_DIGEST: ${pins.digest}\n`;
  const files = (from: string): Files => ({
    ...fluxRepository(
      STAGING,
      PRODUCTION,
      config(['  podinfo: { image: ghcr.io/acme/podinfo, flux-substitute: { tag: PODINFO_TAG, digest: PODINFO_DIGEST } }']),
    ),
    'clusters/staging/apps.yaml': ks('staging', from),
    'clusters/production/apps.yaml': ks('production', from),
    'clusters/staging/kustomization.yaml': 'resources:\n  - apps.yaml\n  - vars.yaml\n  - secret.yaml\n',
    'clusters/production/kustomization.yaml': 'resources:\n  - apps.yaml\n  - vars.yaml\n  - secret.yaml\n',
    'clusters/staging/vars.yaml': vars(STAGING),
    'clusters/production/vars.yaml': vars(PRODUCTION),
    'clusters/staging/secret.yaml': 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: tokens\nstringData:\n  PODINFO_DIGEST: sha256:0\n',
    'clusters/production/secret.yaml': 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: tokens\nstringData:\n  PODINFO_DIGEST: sha256:0\n',
  });
  const ws = await setUp(files(FROM));
  const r = await runPromoteEnv(ws, double!, { from: 'staging', to: 'production' });
  if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  expect(show('refs/heads/promote/production', 'clusters/production/vars.yaml')).toBe(
    `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: podinfo-vars\ndata:\n  PODINFO_TAG: "6.5.4" # the image tag\n  PODINFO_DIGEST: ${d('a')}\n`,
  );
  expect(origin('diff', '--name-only', 'main', 'refs/heads/promote/production')).toBe('clusters/production/vars.yaml');
  await double!.stop();
  fixture!.cleanup();

  // The Secret listed after the ConfigMap holds PODINFO_DIGEST: Flux would take it, lockstep never reads secrets.
  const bad = await setUp(files(`${FROM}      - kind: Secret\n        name: tokens\n`));
  const main = origin('rev-parse', 'main');
  const refused = await runPromoteEnv(bad, double!, { from: 'staging', to: 'production' });
  expect(refused.code).toBe(1);
  expect(errors(refused)).toEqual([
    [
      'clusters/staging/apps.yaml',
      13,
      'clusters/staging/apps.yaml:13: spec.postBuild.substituteFrom Secret tokens holds PODINFO_DIGEST; lockstep never reads or writes secrets — set PODINFO_DIGEST in spec.postBuild.substitute or in a ConfigMap of the repository listed after the Secret',
    ],
  ]);
  expect(origin('rev-parse', 'main')).toBe(main);
  expect(origin('for-each-ref', '--format=%(refname)', 'refs/heads/promote/')).toBe('');
});

/** The example with image automation markers on the HelmRelease patches' image fields, and image-policy in the config. */
function markedRepository() {
  const patch = (env: string, pins: FluxPins) =>
    [
      'apiVersion: helm.toolkit.fluxcd.io/v2',
      'kind: HelmRelease',
      'metadata:',
      '  name: podinfo',
      '  namespace: podinfo',
      'spec:',
      '  chart:',
      '    spec:',
      `      version: "${pins.chart}" # ${env} chart`,
      '  values:',
      '    image:',
      `      repository: ghcr.io/acme/podinfo # {"$imagepolicy": "flux-system:podinfo:name"}`,
      `      tag: "${pins.tag}" # {"$imagepolicy": "flux-system:podinfo:tag"}`,
      `      digest: ${pins.digest} # {"$imagepolicy": "flux-system:podinfo:digest"}`,
      '',
    ].join('\n');
  const files = fluxRepository(
    STAGING,
    PRODUCTION,
    [
      'charts: []',
      'render: off',
      'services:',
      '  podinfo: { image: ghcr.io/acme/podinfo, image-policy: "flux-system:podinfo" }',
      'environments:',
      '  - { name: staging, helmrelease: apps/staging/podinfo-values.yaml }',
      // values-drift reads the chart from ghcr.io, which the tests do not reach (as in harness/flux-fixture.ts).
      '  - { name: production, helmrelease: apps/production/podinfo-values.yaml, protected: true, values-drift: off, values-contract: off }',
      '',
    ].join('\n'),
  );
  files['apps/staging/podinfo-values.yaml'] = patch('staging', STAGING);
  files['apps/production/podinfo-values.yaml'] = patch('production', PRODUCTION);
  return { files, patch };
}

test('lockstep promote: image automation markers (image-policy:) in the HelmRelease patch, written with every marker kept', async () => {
  const { files } = markedRepository();
  const ws = await setUp(files);
  const dry = await runCli(['promote', '--from', 'staging', '--to', 'production'], { cwd: ws });
  if (dry.code !== 0) throw new Error(`exit ${dry.code}\n${dry.stdout}\n${dry.stderr}`);
  expect(dry.stdout).toContain('-      tag: "6.5.0" # {"$imagepolicy": "flux-system:podinfo:tag"}\n');
  expect(dry.stdout).toContain('+      tag: "6.5.4" # {"$imagepolicy": "flux-system:podinfo:tag"}\n');
  expect(dry.stdout).toContain(`+      digest: ${d('a')} # {"$imagepolicy": "flux-system:podinfo:digest"}\n`);
  expect(dry.stdout).toContain('+      version: "6.5.4" # production chart\n');
  expect(execFileSync('git', ['-C', ws, 'status', '--porcelain'], { encoding: 'utf8' })).toBe('');
});

test('lockstep promote: a protected production whose markers leave the digest nowhere is refused at its first marker’s line', async () => {
  const { files, patch } = markedRepository();
  const tagOnly = patch('production', PRODUCTION).replace(/ {6}digest: .*\n/, '');
  const bad = await setUp({ ...files, 'apps/production/podinfo-values.yaml': tagOnly });
  const r = await runCli(['promote', '--from', 'staging', '--to', 'production'], { cwd: bad });
  expect(r.code).toBe(1);
  expect(r.stderr).toContain(
    'apps/production/podinfo-values.yaml:12: $imagepolicy flux-system:podinfo names only name and tag, so the digest sha256:aaaaaaaaaaaa… cannot be pinned',
  );
  expect(execFileSync('git', ['-C', bad, 'status', '--porcelain'], { encoding: 'utf8' })).toBe('');
});
