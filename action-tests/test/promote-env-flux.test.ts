import { execFileSync } from 'node:child_process';
import { fluxDigest as d, fluxRepository, releasePatch, type FluxPins } from '../harness/flux-fixture.ts';
import { type Files, GitFixture } from '../harness/git-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../harness/github-double/index.ts';
import { runPromoteEnv } from '../harness/promote-fixture.ts';
import type { ActionRun } from '../harness/run-action.ts';
import { runCli } from '../harness/run-cli.ts';

// Issue 56 through the committed promote-env and CLI bundles: a repository in the flux2-kustomize-helm-example
// layout (clusters/<env>, apps/base, apps/<env> patches of the HelmRelease) promoted staging → production: the
// chart version and the image pins of the HelmRelease patch written byte for byte; bad Flux input refused at its
// line with nothing written.

const REPO = 'acme/monorepo';
const STAGING: FluxPins = { chart: '6.5.4', tag: '6.5.4', digest: d('a') };
const PRODUCTION: FluxPins = { chart: '6.5.0', tag: '6.5.0', digest: d('b') };
const PATCH = 'apps/production/podinfo-values.yaml';

let fixture: GitFixture | undefined;
let double: GitHubDouble | undefined;

async function setUp(files: Files): Promise<string> {
  fixture = GitFixture.create(files);
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

test('staging → production: the HelmRelease patch gets staging’s chart version and image, comments and the rest kept', async () => {
  const ws = await setUp(fluxRepository(STAGING, PRODUCTION));
  const r = await runPromoteEnv(ws, double!, { from: 'staging', to: 'production' });
  if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  expect(show('refs/heads/promote/production', PATCH)).toBe(releasePatch('production', { chart: '6.5.4', tag: '6.5.4', digest: d('a') }));
  const pull = double!.pulls(REPO)[0];
  expect(pull.draft).toBe(true);
  expect(pull.body).toContain('podinfo');
  expect(pull.body).toContain('6.5.0 → 6.5.4');
});

/** The environments' values in a generated ConfigMap: the patch takes valuesFrom `from`, the kustomization generates podinfo-values. */
function generatedRepository(prodFrom: string[]): Files {
  const files = fluxRepository(STAGING, PRODUCTION);
  const patch = (env: string, chart: string, from: string[]) =>
    [
      'apiVersion: helm.toolkit.fluxcd.io/v2',
      'kind: HelmRelease',
      'metadata:',
      '  name: podinfo',
      '  namespace: podinfo',
      'spec:',
      '  chart:',
      '    spec:',
      `      version: "${chart}" # ${env} chart`,
      '  valuesFrom:',
      ...from,
      '',
    ].join('\n');
  const values = (pins: FluxPins) =>
    `# podinfo values (the podinfo-values ConfigMap)\nimage:\n  repository: ghcr.io/acme/podinfo\n  tag: "${pins.tag}" # promoted\n  digest: ${pins.digest}\n`;
  const cm = ['    - kind: ConfigMap', '      name: podinfo-values'];
  for (const [env, pins, from] of [
    ['staging', STAGING, cm],
    ['production', PRODUCTION, prodFrom],
  ] as const) {
    files[`apps/${env}/kustomization.yaml`] =
      `${files[`apps/${env}/kustomization.yaml`] as string}configMapGenerator:\n  - name: podinfo-values\n    files:\n      - values.yaml=podinfo-cm.yaml\n`;
    files[`apps/${env}/podinfo-values.yaml`] = patch(env, pins.chart, [...from]);
    files[`apps/${env}/podinfo-cm.yaml`] = values(pins);
  }
  return files;
}
const CM_ENTRY = ['    - kind: ConfigMap', '      name: podinfo-values'];

test('values in a generated ConfigMap (spec.valuesFrom): the bundle writes the pins in its file, the chart version in the patch', async () => {
  const ws = await setUp(generatedRepository(['    - kind: Secret', '      name: podinfo-secrets', ...CM_ENTRY]));
  const r = await runPromoteEnv(ws, double!, { from: 'staging', to: 'production' });
  if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  expect(show('refs/heads/promote/production', 'apps/production/podinfo-cm.yaml')).toBe(
    `# podinfo values (the podinfo-values ConfigMap)\nimage:\n  repository: ghcr.io/acme/podinfo\n  tag: "6.5.4" # promoted\n  digest: ${d('a')}\n`,
  );
  expect(show('refs/heads/promote/production', PATCH)).toContain('      version: "6.5.4" # production chart\n');
  expect(origin('diff', '--name-only', 'main', 'refs/heads/promote/production')).toBe(`apps/production/podinfo-cm.yaml\n${PATCH}`);
});

test('a valuesFrom Secret merged over the ConfigMap holding the pins is refused at its line; nothing is written', async () => {
  const ws = await setUp(generatedRepository([...CM_ENTRY, '    - kind: Secret', '      name: podinfo-secrets']));
  const main = origin('rev-parse', 'main');
  const r = await runPromoteEnv(ws, double!, { from: 'staging', to: 'production' });
  expect(r.code).toBe(1);
  expect(errors(r)).toEqual([
    [
      PATCH,
      13,
      `${PATCH}:13: HelmRelease podinfo: spec.valuesFrom Secret podinfo-secrets is a Secret lockstep cannot read, merged over the image pin kept in ConfigMap podinfo-values (values.yaml: apps/production/podinfo-cm.yaml) — list the Secret before the source holding the pins (or give it a targetPath outside them): a Secret holds secrets, not image pins`,
    ],
  ]);
  expect(origin('rev-parse', 'main')).toBe(main);
  expect(origin('for-each-ref', '--format=%(refname)', 'refs/heads/promote/')).toBe('');
  expect(double!.pulls(REPO)).toEqual([]);
});

test('lockstep promote (the CLI bundle): the dry run shows the patch’s diff, nothing written', async () => {
  const ws = await setUp(fluxRepository(STAGING, PRODUCTION));
  const dry = await runCli(['promote', '--from', 'staging', '--to', 'production'], { cwd: ws });
  expect(dry.code).toBe(0);
  expect(dry.stdout).toContain(`--- a/${PATCH}`);
  expect(dry.stdout).toContain('-      version: "6.5.0" # production chart\n');
  expect(dry.stdout).toContain('+      version: "6.5.4" # production chart\n');
  expect(dry.stdout).toContain(`+      digest: ${d('a')}\n`);
  expect(execFileSync('git', ['-C', ws, 'status', '--porcelain'], { encoding: 'utf8' })).toBe('');
});

test('lockstep promote: a semver range in the protected production is refused at its line', async () => {
  const ranged = await setUp(fluxRepository({ ...STAGING, chart: '>=6.0.0' }, { ...PRODUCTION, chart: '>=6.0.0' }));
  const r = await runCli(['promote', '--from', 'staging', '--to', 'production'], { cwd: ranged });
  expect(r.code).toBe(1);
  expect(r.stderr).toContain(
    `${PATCH}:9: HelmRelease podinfo: spec.chart.spec.version is '>=6.0.0', a range, not one version — pin one exact chart version`,
  );
  expect(execFileSync('git', ['-C', ranged, 'status', '--porcelain'], { encoding: 'utf8' })).toBe('');
});

test('flux-kustomization: the promote-env bundle writes production’s spec.images entry from staging’s', async () => {
  const ks = (env: string, pins: FluxPins) =>
    `apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: apps\nspec:\n  path: ./apps/${env}\n  images:\n    - name: ghcr.io/acme/podinfo # pinned by promotion\n      newTag: "${pins.tag}"\n      digest: ${pins.digest}\n`;
  const ws = await setUp({
    '.github/lockstep.yml': [
      'charts: []',
      'render: off',
      'services:',
      '  podinfo: { image: ghcr.io/acme/podinfo }',
      'environments:',
      '  - { name: staging, flux-kustomization: clusters/staging/apps.yaml }',
      '  - { name: production, flux-kustomization: clusters/production/apps.yaml, protected: true }',
      '',
    ].join('\n'),
    'clusters/staging/apps.yaml': ks('staging', STAGING),
    'clusters/production/apps.yaml': ks('production', PRODUCTION),
  });
  const r = await runPromoteEnv(ws, double!, { from: 'staging', to: 'production' });
  if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  expect(show('refs/heads/promote/production', 'clusters/production/apps.yaml')).toBe(ks('production', STAGING));
});

test('lockstep promote: an OCIRepository’s spec.ref.digest moves with its tag (chartRef release), the dry run shows both', async () => {
  const source = (tag: string, digestOf: string) =>
    `apiVersion: source.toolkit.fluxcd.io/v1\nkind: OCIRepository\nmetadata:\n  name: podinfo\nspec:\n  url: oci://ghcr.io/acme/charts/podinfo\n  ref:\n    tag: "${tag}" # chart\n    digest: ${digestOf}\n`;
  const release = (pins: FluxPins) =>
    `apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: podinfo\nspec:\n  chartRef:\n    kind: OCIRepository\n    name: podinfo\n  values:\n    image:\n      repository: ghcr.io/acme/podinfo\n      tag: "${pins.tag}"\n      digest: ${pins.digest}\n`;
  const ws = await setUp({
    '.github/lockstep.yml': [
      'charts: []',
      'render: off',
      'services:',
      '  podinfo: { image: ghcr.io/acme/podinfo, values-key: image }',
      'environments:',
      '  - { name: staging, helmrelease: clusters/staging/podinfo.yaml, ocirepository: clusters/staging/source.yaml }',
      // The chart's OCIRepository is on ghcr.io, which the tests do not reach: values-drift, which reads it, is off here.
      '  - { name: production, helmrelease: clusters/production/podinfo.yaml, ocirepository: clusters/production/source.yaml, protected: true, values-drift: off, values-contract: off }',
      '',
    ].join('\n'),
    'clusters/staging/podinfo.yaml': release(STAGING),
    'clusters/staging/source.yaml': source('6.5.4', d('1')),
    'clusters/production/podinfo.yaml': release(PRODUCTION),
    'clusters/production/source.yaml': source('6.5.0', d('2')),
  });
  const dry = await runCli(['promote', '--from', 'staging', '--to', 'production'], { cwd: ws });
  expect(dry.code).toBe(0);
  expect(dry.stdout).toContain('-    tag: "6.5.0" # chart\n');
  expect(dry.stdout).toContain('+    tag: "6.5.4" # chart\n');
  expect(dry.stdout).toContain(`-    digest: ${d('2')}\n`);
  expect(dry.stdout).toContain(`+    digest: ${d('1')}\n`);
  expect(execFileSync('git', ['-C', ws, 'status', '--porcelain'], { encoding: 'utf8' })).toBe('');
});
