import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitFixture } from '../harness/git-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../harness/github-double/index.ts';
import { overlayDigest as d, overlayKustomization, overlayRepository, type OverlayPins } from '../harness/overlay-fixture.ts';
import { runPromoteEnv } from '../harness/promote-fixture.ts';
import type { ActionRun } from '../harness/run-action.ts';
import { runCli } from '../harness/run-cli.ts';
import { testPath } from '../harness/tool-path.mjs';

// Issue 44, rendered changes: the committed promote-env and CLI bundles on Node 24 promote between Kustomize
// overlays (deploy/base, deploy/overlays/{dev,staging,prod}, an Argo CD Application per environment) and build the
// target overlay before and after with the real kubectl 1.31 (`kubectl kustomize`, kustomize v5.4.2) found on PATH,
// shown as Helm renders are: the count line, each object in <details>, `rendered` in --json.

const REPO = 'acme/monorepo';
const PINS: Record<'dev' | 'staging' | 'prod', OverlayPins> = {
  dev: { api: ['1.8.0', d('a')], worker: ['0.9.1', d('b')] },
  staging: { api: ['1.7.3', d('c')], worker: ['0.9.1', d('b')] },
  prod: { api: ['1.7.3', d('c')], worker: ['0.9.0', d('e')] },
};
/** PATH with the real kubectl 1.31 first, as on a GitHub-hosted runner (which ships kubectl). */
const WITH_KUBECTL = testPath('kubectl');

let fixture: GitFixture | undefined;
let double: GitHubDouble | undefined;
let ws: string;
let bare: string | undefined;

afterEach(async () => {
  await double?.stop();
  fixture?.cleanup();
  if (bare) rmSync(bare, { recursive: true, force: true });
  double = fixture = bare = undefined;
});

async function setUp(files = overlayRepository(PINS)): Promise<void> {
  fixture = GitFixture.create(files);
  double = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fixture.origin }] });
  ws = fixture.clone('main');
}

const origin = (...args: string[]) => execFileSync('git', ['--git-dir', fixture!.origin, ...args], { encoding: 'utf8' }).trim();

function expectOk(r: ActionRun): void {
  if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
}

const COUNT = '- 1 changed, 0 added, 0 removed in staging (overlay deploy/overlays/staging with kubectl kustomize (kustomize v5.4.2))';
const API_DIFF = [
  '<details><summary>changed: Deployment myapp-staging/api</summary>',
  '',
  '```diff',
  '@@ -14,5 +14,5 @@',
  '         app: api',
  '     spec:',
  '       containers:',
  `-        - image: ghcr.io/acme/api:1.7.3@${d('c')}`,
  `+        - image: ghcr.io/acme/api:1.8.0@${d('a')}`,
  '           name: api',
  '```',
  '',
  '</details>',
].join('\n');

describe('promote-env renders the target overlay with kustomize', () => {
  test('dev → staging: the api Deployment from the old pin to the new, in the pull request body and the summary', async () => {
    await setUp();
    const r = await runPromoteEnv(ws, double!, { from: 'dev', to: 'staging' }, { PATH: WITH_KUBECTL });
    expectOk(r);
    const body = double!.pulls(REPO)[0].body;
    expect(body).toContain(`### Rendered changes\n\n${COUNT}\n\n${API_DIFF}`);
    expect(r.summary).toContain(`### Rendered changes\n\n${COUNT}\n\n${API_DIFF}`);
    // The worker's pin is the same in dev and staging: its Deployment is not shown.
    expect(body).not.toContain('Deployment myapp-staging/worker');
  });

  test('lockstep promote --json: rendered rows; the terminal prints the diff', async () => {
    await setUp();
    const r = await runCli(['promote', '--from', 'dev', '--to', 'staging', '--json'], { cwd: ws, env: { PATH: WITH_KUBECTL } });
    if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
    expect((JSON.parse(r.stdout) as { rendered: unknown }).rendered).toEqual([
      {
        environment: 'staging',
        object: 'Deployment myapp-staging/api',
        change: 'changed',
        diff: [
          '@@ -14,5 +14,5 @@',
          '         app: api',
          '     spec:',
          '       containers:',
          `-        - image: ghcr.io/acme/api:1.7.3@${d('c')}`,
          `+        - image: ghcr.io/acme/api:1.8.0@${d('a')}`,
          '           name: api',
        ].join('\n'),
      },
    ]);
    const plain = await runCli(['promote', '--from', 'dev', '--to', 'staging'], { cwd: ws, env: { PATH: WITH_KUBECTL } });
    expect(plain.stdout).toContain(
      '1 changed, 0 added, 0 removed in staging (overlay deploy/overlays/staging with kubectl kustomize (kustomize v5.4.2))',
    );
    expect(plain.stdout).toContain(`+        - image: ghcr.io/acme/api:1.8.0@${d('a')}`);
  });

  test('a protected overlay that does not build after the change: refused at the overlay, nothing written', async () => {
    const files = overlayRepository(PINS);
    files['deploy/overlays/prod/kustomization.yaml'] = overlayKustomization('prod', PINS.prod, {
      after: ['patches:', '  - path: replicas-patch.yaml'],
    });
    await setUp(files);
    const main = origin('rev-parse', 'refs/heads/main');
    const r = await runPromoteEnv(ws, double!, { from: 'staging', to: 'prod' }, { PATH: WITH_KUBECTL });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /deploy\/overlays\/prod\/kustomization\.yaml:1: render: the overlay does not build after the change in prod, a protected environment: .*replicas-patch\.yaml/,
    );
    expect(r.stdout).not.toContain('lockstep-render-');
    expect(origin('rev-parse', 'refs/heads/main')).toBe(main);
    expect(origin('for-each-ref', '--format=%(refname)', 'refs/heads/promote/')).toBe('');
    expect(double!.pulls(REPO)).toEqual([]);
    expect(execFileSync('git', ['-C', ws, 'status', '--porcelain'], { encoding: 'utf8' })).toBe('');
  });

  test("a patch of the protected overlay that sets an initContainer's tag: refused at the patch's line, nothing written; the CLI the same", async () => {
    const files = overlayRepository(PINS);
    files['deploy/overlays/prod/kustomization.yaml'] = overlayKustomization('prod', PINS.prod, {
      after: ['patches:', '  - path: migrate.yaml'],
    });
    files['deploy/overlays/prod/migrate.yaml'] = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: api',
      'spec:',
      '  template:',
      '    spec:',
      '      initContainers:',
      '        - name: migrate',
      '          image: docker.io/library/flyway:10',
      '',
    ].join('\n');
    await setUp(files);
    const main = origin('rev-parse', 'refs/heads/main');
    const r = await runPromoteEnv(ws, double!, { from: 'staging', to: 'prod' }, { PATH: WITH_KUBECTL });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'deploy/overlays/prod/migrate.yaml:10: render: prod, a protected environment, would run an image not pinned by digest: Deployment myapp-prod/api: initContainer migrate runs docker.io/library/flyway:10, not pinned by digest (spec.template.spec.initContainers[0].image) (this line writes docker.io/library/flyway:10)',
    );
    expect(origin('rev-parse', 'refs/heads/main')).toBe(main);
    expect(origin('for-each-ref', '--format=%(refname)', 'refs/heads/promote/')).toBe('');
    expect(double!.pulls(REPO)).toEqual([]);
    const cli = await runCli(['promote', '--from', 'staging', '--to', 'prod'], { cwd: ws, env: { PATH: WITH_KUBECTL } });
    expect(cli.code).toBe(1);
    expect(cli.stderr + cli.stdout).toContain(
      'deploy/overlays/prod/migrate.yaml:10: render: prod, a protected environment, would run an image not pinned by digest',
    );
    expect(execFileSync('git', ['-C', ws, 'status', '--porcelain'], { encoding: 'utf8' })).toBe('');
  });

  test('no kustomize and no kubectl on PATH: auto says so in one line and promotes; render: on refuses', async () => {
    await setUp();
    // Only git on PATH: neither kustomize nor kubectl.
    bare = mkdtempSync(join(tmpdir(), 'only-git-'));
    symlinkSync(execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim(), join(bare, 'git'));
    const auto = await runPromoteEnv(ws, double!, { from: 'dev', to: 'staging' }, { PATH: bare });
    expectOk(auto);
    expect(auto.stdout).toContain(
      'staging: not rendered: no kustomize or kubectl on PATH; add kubectl (azure/setup-kubectl; GitHub-hosted Ubuntu runners ship it) or kustomize to PATH, or set render: off',
    );
    expect(double!.pulls(REPO)[0].body).not.toContain('Rendered changes');
    const on = await runPromoteEnv(ws, double!, { from: 'dev', to: 'staging', render: 'on' }, { PATH: bare });
    expect(on.code).toBe(1);
    expect(on.stdout).toContain('render: on needs kustomize or kubectl on PATH to render the overlay of staging: neither was found');
  });
});
