import { execFileSync } from 'node:child_process';
import { fluxDigest as d, fluxRepository, releasePatch, type FluxPins } from '../harness/flux-fixture.ts';
import { type Files, GitFixture } from '../harness/git-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../harness/github-double/index.ts';
import { runPromoteEnv } from '../harness/promote-fixture.ts';
import type { ActionRun } from '../harness/run-action.ts';
import { runCli } from '../harness/run-cli.ts';
import { testPath } from '../harness/tool-path.mjs';

// Issue 56 item 5 through the committed promote-env and CLI bundles: Flux's own resources validated against
// their schemas (@kubernetes-models/flux-cd). The HelmRelease patch a promotion edits is judged as the merge
// leaves it (a finding at the field's line, refused in the protected production before anything is written), and
// the Flux objects a Flux Kustomization's spec.path builds are validated in the rendered output like any other
// kind, no longer counted as "no schema".

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
const errors = (r: ActionRun) => r.annotations.filter((a) => a.level === 'error').map((a) => [a.file ?? null, a.line ?? null, a.message]);
const EDIT_HINT = ' — fix the field in the file, or set validate: warn under production in the config; nothing was written';
const RENDER_HINT = ' — fix what renders it, or set validate: warn under production in the config; nothing was written';
const clean = (ws: string) => execFileSync('git', ['-C', ws, 'status', '--porcelain'], { encoding: 'utf8' });

/** The repository with production's HelmRelease patch carrying a string where Flux reads a boolean (line 10) and a misspelt key (line 11). */
function badPatchRepository(): Files {
  const files = fluxRepository(STAGING, PRODUCTION);
  files[PATCH] = releasePatch('production', PRODUCTION, ['  suspend: "no"', '  timout: 5m']);
  return files;
}

test('promote-env: the edited HelmRelease patch with a string for spec.suspend and a misspelt key: refused at each line, nothing written', async () => {
  const ws = await setUp(badPatchRepository());
  const main = origin('rev-parse', 'main');
  const r = await runPromoteEnv(ws, double!, { from: 'staging', to: 'production' });
  expect(r.code).toBe(1);
  expect(errors(r)).toEqual([
    [PATCH, 10, `${PATCH}:10: validate: production: HelmRelease podinfo: spec.suspend: expected boolean${EDIT_HINT}`],
    [PATCH, 11, `${PATCH}:11: validate: production: HelmRelease podinfo: spec.timout: unknown field${EDIT_HINT}`],
  ]);
  expect(origin('rev-parse', 'main')).toBe(main);
  expect(origin('for-each-ref', '--format=%(refname)', 'refs/heads/promote/')).toBe('');
  expect(double!.pulls(REPO)).toEqual([]);
  expect(clean(ws)).toBe('');
});

test('lockstep promote (the CLI bundle): the same refusal on stderr, exit 1, the workspace unchanged', async () => {
  const ws = await setUp(badPatchRepository());
  const r = await runCli(['promote', '--from', 'staging', '--to', 'production'], { cwd: ws });
  expect(r.code).toBe(1);
  expect(r.stderr).toContain(`${PATCH}:10: validate: production: HelmRelease podinfo: spec.suspend: expected boolean`);
  expect(r.stderr).toContain(`${PATCH}:11: validate: production: HelmRelease podinfo: spec.timout: unknown field`);
  expect(clean(ws)).toBe('');
});

/** A cluster whose Flux Kustomization builds apps/<env>: a Deployment, and a HelmRepository and HelmRelease (`release` its spec lines). */
function renderedLayout(release: string): Files {
  const ks = (env: string, c: string) =>
    `apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: apps\n  namespace: flux-system\nspec:\n  interval: 10m\n  prune: true\n  path: ./apps/${env}\n  sourceRef:\n    kind: GitRepository\n    name: flux-system\n  images:\n    - name: ghcr.io/acme/api # pinned by promotion\n      newTag: "1.8.0"\n      digest: ${d(c)}\n`;
  const deployment =
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  selector:\n    matchLabels: { app: api }\n  template:\n    metadata:\n      labels: { app: api }\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/acme/api:latest\n';
  const flux = `apiVersion: source.toolkit.fluxcd.io/v1\nkind: HelmRepository\nmetadata:\n  name: podinfo\nspec:\n  interval: 5m\n  type: oci\n  url: oci://ghcr.io/acme/charts\n---\napiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: podinfo\nspec:\n${release}`;
  const files: Files = {
    '.github/lockstep.yml': [
      'charts: []',
      'render: on',
      'services:',
      '  api: { image: ghcr.io/acme/api }',
      'environments:',
      '  - { name: staging, flux-kustomization: clusters/staging/apps.yaml }',
      '  - { name: production, flux-kustomization: clusters/production/apps.yaml, protected: true }',
      '',
    ].join('\n'),
  };
  for (const [env, c] of [
    ['staging', 'a'],
    ['production', 'b'],
  ]) {
    files[`clusters/${env}/apps.yaml`] = ks(env, c);
    files[`apps/${env}/kustomization.yaml`] = `resources:\n  - deployment.yaml\n  - flux.yaml\nnamespace: ${env}\n`;
    files[`apps/${env}/deployment.yaml`] = deployment;
    files[`apps/${env}/flux.yaml`] = flux;
  }
  return files;
}

const GOOD_RELEASE =
  '  interval: 50m\n  chart:\n    spec:\n      chart: podinfo\n      version: "6.5.4"\n      sourceRef:\n        kind: HelmRepository\n        name: podinfo\n  values:\n    free: { form: [1, two] }\n';

test('a rendered HelmRelease and HelmRepository are validated like any other kind: no "no schema" line, the promotion goes on', async () => {
  const ws = await setUp(renderedLayout(GOOD_RELEASE));
  const r = await runPromoteEnv(ws, double!, { from: 'staging', to: 'production' }, { PATH: testPath('kubectl') });
  if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  expect(`${r.stdout}\n${r.stderr}`).not.toContain('not validated');
  expect(`${r.stdout}\n${r.stderr}`).not.toContain('no schema');
  expect(r.annotations.filter((a) => a.level !== 'notice')).toEqual([]);
  expect(double!.pulls(REPO)).toHaveLength(1);
});

test('a rendered HelmRelease whose chart has no sourceRef and whose interval is a number: refused in the protected production', async () => {
  const bad = '  interval: 5\n  chart:\n    spec:\n      chart: podinfo\n      version: "6.5.4"\n';
  const ws = await setUp(renderedLayout(bad));
  const main = origin('rev-parse', 'main');
  const r = await runPromoteEnv(ws, double!, { from: 'staging', to: 'production' }, { PATH: testPath('kubectl') });
  expect(r.code).toBe(1);
  expect(errors(r)).toEqual([
    [
      'clusters/production/apps.yaml',
      1,
      `clusters/production/apps.yaml:1: validate: production: HelmRelease production/podinfo: spec.chart.spec: missing required field sourceRef${RENDER_HINT}`,
    ],
    [
      'clusters/production/apps.yaml',
      1,
      `clusters/production/apps.yaml:1: validate: production: HelmRelease production/podinfo: spec.interval: expected string${RENDER_HINT}`,
    ],
  ]);
  expect(origin('rev-parse', 'main')).toBe(main);
  expect(origin('for-each-ref', '--format=%(refname)', 'refs/heads/promote/')).toBe('');
  expect(double!.pulls(REPO)).toEqual([]);
});
