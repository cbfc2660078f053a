import { execFileSync } from 'node:child_process';
import { GIT_ENV, GitFixture } from '../harness/git-fixture.ts';
import { overlayDigest as d, overlayRepository, type OverlayPins } from '../harness/overlay-fixture.ts';
import { runCli } from '../harness/run-cli.ts';

// Issue 44 through the committed CLI bundle: lockstep config, status and a promote dry run on a repository whose
// environments are Kustomize overlays (deploy/base, deploy/overlays/{dev,staging,prod}, an Argo CD Application each).

const PINS: Record<'dev' | 'staging' | 'prod', OverlayPins> = {
  dev: { api: ['1.8.0', d('a')], worker: ['0.9.1', d('b')] },
  staging: { api: ['1.7.3', d('c')], worker: ['0.9.1', d('b')] },
  prod: { api: ['1.7.3', d('c')], worker: ['0.9.0', d('e')] },
};
const ENV = { ...GIT_ENV };

let fx: GitFixture;
beforeAll(() => {
  fx = GitFixture.create(overlayRepository(PINS));
});
afterAll(() => fx.cleanup());

const status = (dir: string) => execFileSync('git', ['status', '--porcelain'], { cwd: dir, encoding: 'utf8' });

test('lockstep config --json prints each environment’s kustomization and no values-key', async () => {
  const dir = fx.clone('main');
  const r = await runCli(['config', '--json'], { cwd: dir, env: ENV });
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
  const config = JSON.parse(r.stdout);
  expect(config.config.services).toEqual({ api: { image: 'ghcr.io/acme/api' }, worker: { image: 'ghcr.io/acme/worker' } });
  expect(config.config.environments.map((e: Record<string, unknown>) => [e.name, e.values, e.kustomization])).toEqual([
    ['dev', undefined, 'deploy/overlays/dev'],
    ['staging', undefined, 'deploy/overlays/staging/kustomization.yaml'],
    ['prod', undefined, 'deploy/overlays/prod'],
  ]);
});

test('lockstep status: the overlays’ pins side by side, and what each next promotion would change', async () => {
  const dir = fx.clone('main');
  const r = await runCli(['status'], { cwd: dir, env: ENV });
  expect(r.code).toBe(0);
  const lines = r.stdout.split('\n');
  expect(lines[0]).toMatch(/^service +dev +staging +prod$/);
  expect(lines[1]).toMatch(/^api +1\.8\.0 sha256:aaaaaaaaaaaa +1\.7\.3 sha256:cccccccccccc +1\.7\.3 sha256:cccccccccccc$/);
  expect(lines[2]).toMatch(/^worker +0\.9\.1 sha256:bbbbbbbbbbbb +0\.9\.1 sha256:bbbbbbbbbbbb +0\.9\.0 sha256:eeeeeeeeeeee$/);
  expect(r.stdout).toContain('note: dev → staging: api 1.7.3 → 1.8.0 (sha256:aaaaaaaaaaaa)\n');
  expect(r.stdout).toContain('note: staging → prod: worker 0.9.0 → 0.9.1 (sha256:bbbbbbbbbbbb)\n');

  const json = JSON.parse((await runCli(['status', '--json'], { cwd: dir, env: ENV })).stdout);
  expect(json.environments[2]).toEqual({
    name: 'prod',
    'values-file': 'deploy/overlays/prod',
    'values-missing': false,
    kustomization: 'deploy/overlays/prod/kustomization.yaml',
    services: { api: { tag: '1.7.3', digest: d('c') }, worker: { tag: '0.9.0', digest: d('e') } },
  });
  expect(json.next[1].changes[0]).toMatchObject({ service: 'worker', file: 'deploy/overlays/prod/kustomization.yaml', line: 11 });
  expect(status(dir)).toBe('');
});

test('lockstep promote (a dry run): the overlay’s diff, nothing written', async () => {
  const dir = fx.clone('main');
  const r = await runCli(['promote', '--from', 'staging', '--to', 'prod'], { cwd: dir, env: ENV });
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('--- a/deploy/overlays/prod/kustomization.yaml');
  expect(r.stdout).toContain('-    newTag: "0.9.0"\n');
  expect(r.stdout).toContain('+    newTag: "0.9.1"\n');
  expect(r.stdout).toContain(`+    digest: ${d('b')}\n`);
  expect(status(dir)).toBe('');
});
