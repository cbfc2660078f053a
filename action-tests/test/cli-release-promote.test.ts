import { execFileSync } from 'node:child_process';
import { GIT_ENV, GitFixture } from '../harness/git-fixture.ts';
import { digest, environmentValues, monorepoConfig, PROD_ENVIRONMENT } from '../harness/promote-fixture.ts';
import { runAction } from '../harness/run-action.ts';
import { runCli } from '../harness/run-cli.ts';

// `lockstep release`, `lockstep promote` and `lockstep status` through the
// committed CLI bundle on a fixture monorepo with three environments: real
// git with a bare origin, no token and no network (every run is a dry run).

const d = digest;
const EPOCH = '1795000000';

const values = environmentValues;

const FILES = {
  '.github/lockstep.yml': monorepoConfig([PROD_ENVIRONMENT]),
  '.version': '1.4.2\n',
  'charts/myapp/Chart.yaml': 'apiVersion: v2\nname: myapp\nversion: 0.13.0 # chart version\nappVersion: "1.4.2"\n',
  'charts/myapp/values-dev.yaml': values('dev', ['1.8.0', d('a')], ['0.9.1', d('b')]),
  'charts/myapp/values-staging.yaml': values('staging', ['1.7.3', d('c')], ['0.9.1', d('b')]),
  'charts/myapp/values-prod.yaml': values('prod', ['1.7.3', d('c')], ['0.9.0', d('e')]),
  'apps/prod/myapp.yaml': [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Application',
    'metadata:',
    '  name: myapp-prod',
    'spec:',
    '  sources:',
    '    - repoURL: ghcr.io/acme/charts',
    '      chart: myapp',
    '      targetRevision: 1.4.0',
    '      helm:',
    '        valueFiles: [$values/charts/myapp/values-prod.yaml]',
    '    - { repoURL: https://github.com/acme/monorepo.git, targetRevision: main, ref: values }',
    '',
  ].join('\n'),
};

let fx: GitFixture;
beforeEach(() => {
  fx = GitFixture.create(FILES);
  fx.git('tag', '-a', '-m', 'v1.4.2', 'v1.4.2');
  fx.commit('feat(api): add export (#12)', { 'services/api/app.py': 'export\n' });
  fx.git('push', '--quiet', '--follow-tags', 'origin', 'main');
});
afterEach(() => fx.cleanup());

const status = (dir: string) => execFileSync('git', ['status', '--porcelain'], { cwd: dir, encoding: 'utf8' });
const originRefs = () =>
  execFileSync('git', ['--git-dir', fx.origin, 'for-each-ref', '--format=%(refname) %(objectname)'], { encoding: 'utf8' });
const ENV = { ...GIT_ENV, SOURCE_DATE_EPOCH: EPOCH };

describe('lockstep release', () => {
  test('is a dry run by default: the same outputs as the prepare-release action in dry-run, the diff printed, nothing written', async () => {
    const forAction = fx.clone('main');
    const forCli = fx.clone('main');
    const refs = originRefs();
    const action = await runAction('prepare-release', {
      workspace: forAction,
      inputs: { 'dry-run': 'true' },
      env: { ...ENV, GITHUB_REF: 'refs/heads/main' },
    });
    expect(action.code).toBe(0);
    // The harness gives the action GITHUB_REPOSITORY=acme/monorepo; a shell that sets it gets the same links.
    const json = await runCli(['release', '--json'], { cwd: forCli, env: { ...ENV, GITHUB_REPOSITORY: 'acme/monorepo' } });
    expect(json.code).toBe(0);
    const result = JSON.parse(json.stdout);
    // The action's outputs as values: the notes whole, released a boolean, an empty output null.
    expect(action.outputs).toMatchObject({ version: '1.5.0', 'previous-version': '1.4.2', released: 'false', 'pr-number': '', tag: '' });
    expect(result).toMatchObject({
      'schema-version': 2,
      command: 'release',
      outcome: 'done',
      'dry-run': true,
      mode: 'dry-run',
      version: '1.5.0',
      'previous-version': '1.4.2',
      bump: action.outputs.bump,
      notes: action.outputs.notes,
      released: false,
      'pr-number': null,
      'pr-url': null,
      tag: null,
    });

    const text = await runCli(['release'], { cwd: forCli, env: ENV });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('--- a/.version\n+++ b/.version\n');
    expect(text.stdout).toContain('-1.4.2\n+1.5.0\n');
    expect(text.stdout).toContain('Next version: 1.5.0 (minor; last release 1.4.2)');
    expect(text.stdout).toMatch(/^File +What +From +To$/m);
    expect(status(forCli)).toBe('');
    expect(originRefs()).toBe(refs);
  });

  test('--push without GITHUB_TOKEN or GH_TOKEN: a clear error, exit 1, nothing written', async () => {
    const dir = fx.clone('main');
    const refs = originRefs();
    const r = await runCli(['release', '--push'], { cwd: dir, env: ENV });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      '--push needs a GitHub token, and neither GITHUB_TOKEN nor GH_TOKEN is set — export GITHUB_TOKEN (e.g. GITHUB_TOKEN=$(gh auth token)), or leave out --push for a dry run\n',
    );
    expect(r.stdout).toBe('');
    expect(status(dir)).toBe('');
    expect(originRefs()).toBe(refs);
  });
});

test('lockstep release --assets naming no file: one line naming the flag, exit 1, nothing written', async () => {
  const dir = fx.clone('main');
  const refs = originRefs();
  const r = await runCli(['release', '--assets', 'dist/image-digests.json'], { cwd: dir, env: ENV });
  expect(r.code).toBe(1);
  expect(r.stderr).toBe("--assets: 'dist/image-digests.json' matches no file — fix the path or glob (relative to working-directory)\n");
  expect(status(dir)).toBe('');
  expect(originRefs()).toBe(refs);
});

describe('lockstep promote', () => {
  test.each([[['--dry-run']], [[]]])('%j: prints the diff and the table, writes and pushes nothing', async (extra) => {
    const dir = fx.clone('main');
    const refs = originRefs();
    const r = await runCli(['promote', '--from', 'dev', '--to', 'staging', ...extra], { cwd: dir, env: ENV });
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
    expect(r.stdout).toContain('--- a/charts/myapp/values-staging.yaml\n+++ b/charts/myapp/values-staging.yaml\n');
    expect(r.stdout).toContain(`-      tag: "1.7.3"\n-      digest: ${d('c')}\n+      tag: "1.8.0"\n+      digest: ${d('a')}\n`);
    expect(r.stdout).toMatch(
      /^api +1\.7\.3 → 1\.8\.0 +sha256:cccccccccccc → sha256:aaaaaaaaaaaa +charts\/myapp\/values-staging\.yaml:6 +dev$/m,
    );
    expect(r.stdout).toContain('Dry run: 1 file would change; nothing was written, pushed or opened.');
    expect(r.stdout).toContain('Already up to date: worker.');
    expect(r.stdout).not.toContain('\u001b[');
    expect(status(dir)).toBe('');
    expect(originRefs()).toBe(refs);
  });

  test('--json: the result object with the action outputs', async () => {
    const dir = fx.clone('main');
    const r = await runCli(['promote', '--from', 'staging', '--to', 'prod', '--json'], { cwd: dir, env: ENV });
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result).toMatchObject({
      'schema-version': 2,
      command: 'promote',
      outcome: 'done',
      errors: [],
      'dry-run': true,
      promotion: 'dry-run',
      changed: true,
      'pr-number': null,
    });
    expect(result.changes).toEqual([
      {
        service: 'worker',
        file: 'charts/myapp/values-prod.yaml',
        line: 11,
        'old-tag': '0.9.0',
        'new-tag': '0.9.1',
        'old-digest': d('e'),
        'new-digest': d('b'),
      },
    ]);
  });

  test.each([[['--push']], [['--push', 'direct']]])('%j without a token: a clear error before anything runs', async (push) => {
    const dir = fx.clone('main');
    const refs = originRefs();
    const r = await runCli(['promote', '--from', 'dev', '--to', 'staging', ...push], { cwd: dir, env: ENV });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^--push needs a GitHub token, and neither GITHUB_TOKEN nor GH_TOKEN is set — /);
    expect(originRefs()).toBe(refs);
  });

  test('an unknown environment names the config and suggests the right one', async () => {
    const dir = fx.clone('main');
    const r = await runCli(['promote', '--from', 'dev', '--to', 'stagin'], { cwd: dir, env: ENV });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^\.github\/lockstep\.yml: .*stagin.*staging/);
  });
});

describe('lockstep status', () => {
  test('shows the three environments side by side and what each next promotion would change', async () => {
    const dir = fx.clone('main');
    const refs = originRefs();
    const r = await runCli(['status'], { cwd: dir, env: ENV });
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^service +dev +staging +prod$/);
    expect(lines[1]).toMatch(/^api +1\.8\.0 sha256:aaaaaaaaaaaa +1\.7\.3 sha256:cccccccccccc +1\.7\.3 sha256:cccccccccccc$/);
    expect(lines[2]).toMatch(/^worker +0\.9\.1 sha256:bbbbbbbbbbbb +0\.9\.1 sha256:bbbbbbbbbbbb +0\.9\.0 sha256:eeeeeeeeeeee$/);
    expect(lines[3]).toMatch(/^chart version +— +— +1\.4\.0$/);
    expect(r.stdout).toContain('note: dev → staging: api 1.7.3 → 1.8.0 (sha256:aaaaaaaaaaaa)\n');
    expect(r.stdout).toContain('note: staging → prod: worker 0.9.0 → 0.9.1 (sha256:bbbbbbbbbbbb)\n');
    expect(status(dir)).toBe('');
    expect(originRefs()).toBe(refs);

    const json = await runCli(['status', '--json'], { cwd: dir, env: ENV });
    expect(json.code).toBe(0);
    const result = JSON.parse(json.stdout);
    // Full values (whole digests, the base commit), keys in kebab-case like the actions' outputs.
    expect([result['schema-version'], result.command]).toEqual([2, 'status']);
    expect(result['base-sha']).toMatch(/^[0-9a-f]{40}$/);
    expect(result.environments).toEqual([
      {
        name: 'dev',
        'values-file': 'charts/myapp/values-dev.yaml',
        'values-missing': false,
        services: {
          api: { tag: '1.8.0', digest: `sha256:${'a'.repeat(64)}` },
          worker: { tag: '0.9.1', digest: `sha256:${'b'.repeat(64)}` },
        },
      },
      {
        name: 'staging',
        'values-file': 'charts/myapp/values-staging.yaml',
        'values-missing': false,
        services: {
          api: { tag: '1.7.3', digest: `sha256:${'c'.repeat(64)}` },
          worker: { tag: '0.9.1', digest: `sha256:${'b'.repeat(64)}` },
        },
      },
      {
        name: 'prod',
        'values-file': 'charts/myapp/values-prod.yaml',
        'values-missing': false,
        'chart-version': '1.4.0',
        services: {
          api: { tag: '1.7.3', digest: `sha256:${'c'.repeat(64)}` },
          worker: { tag: '0.9.0', digest: `sha256:${'e'.repeat(64)}` },
        },
      },
    ]);
    expect(
      result.next.map((n: { from: string; to: string; changes: { service: string }[] }) => [n.from, n.to, n.changes.map((c) => c.service)]),
    ).toEqual([
      ['dev', 'staging', ['api']],
      ['staging', 'prod', ['worker']],
    ]);
    expect(result.next[0].changes[0]).toMatchObject({
      service: 'api',
      'old-tag': '1.7.3',
      'old-digest': `sha256:${'c'.repeat(64)}`,
      'new-tag': '1.8.0',
      'new-digest': `sha256:${'a'.repeat(64)}`,
    });
  });
});
