import { execFileSync } from 'node:child_process';
import { type Files, GIT_ENV, fixturesRemovedAfterAll } from '../harness/git-fixture.ts';
import { runAction } from '../harness/run-action.ts';
import { runCli } from '../harness/run-cli.ts';

// Issue 37, `charts:` has one meaning everywhere, through the committed bundles and the CLI bundle:
// absent = every chart folder; `[]` = none, said once; an entry matching no chart folder is an error
// at its config line — in `lockstep config` too, and in every command that reads it.

const chart = (name: string, version: string) => `apiVersion: v2\nname: ${name}\nversion: ${version}\n`;
const ENV = { ...GIT_ENV, SOURCE_DATE_EPOCH: '1795000000' };
const REPO = (config: string): Files => ({
  '.github/lockstep.yml': config,
  '.version': '1.0.0\n',
  'charts/api/Chart.yaml': chart('api', '1.2.0'),
  'charts/api/templates/deployment.yaml': 'kind: Deployment\n',
  'charts/worker/Chart.yaml': chart('worker', '0.4.0'),
  'charts/worker/templates/deployment.yaml': 'kind: Deployment\n',
});

const newRepo = fixturesRemovedAfterAll();
const status = (dir: string) => execFileSync('git', ['status', '--porcelain'], { cwd: dir, encoding: 'utf8' });
const count = (text: string, needle: string) => text.split(needle).length - 1;

describe('charts: [] means no chart, said once, in every command', () => {
  const NONE = 'version-file: .version\ntag-prefix: v\ncharts: []\n';

  test('bump-chart with no charts input bumps nothing and says so once (it was an error)', async () => {
    const repo = newRepo(REPO(NONE));
    const run = await runAction('bump-chart', { workspace: repo.dir, inputs: { level: 'patch' }, env: ENV });
    expect(run.code).toBe(0);
    expect(count(run.stdout, '.github/lockstep.yml:3: charts: [] — no chart to bump')).toBe(1);
    expect(run.outputs.charts).toBe('[]');
    expect(status(repo.dir)).toBe('');
  });

  test('publish-chart publishes no chart (it published every one) and says so once', async () => {
    const repo = newRepo(REPO(NONE));
    // Nothing listens on port 9: a run that tried to publish anything would fail.
    const run = await runAction('publish-chart', {
      workspace: repo.dir,
      inputs: { registry: 'oci://127.0.0.1:9/charts', 'dry-run': 'true' },
      env: { HOME: repo.dir },
    });
    expect({ code: run.code, errors: run.annotations.filter((a) => a.level === 'error') }).toEqual({ code: 0, errors: [] });
    expect(count(run.stdout, '.github/lockstep.yml:3: charts: [] — no chart to publish')).toBe(1);
    expect(run.outputs.charts).toBe('{}');
  });

  test('lockstep release plans no chart bump and says so once', async () => {
    const repo = newRepo(REPO(NONE));
    repo.git('tag', '-a', '-m', 'v1.0.0', 'v1.0.0');
    repo.commit('feat: a probe', { 'charts/api/templates/deployment.yaml': 'kind: Deployment\nspec: {probe: true}\n' });
    const cli = await runCli(['release'], { cwd: repo.dir, env: ENV });
    expect(cli.code).toBe(0);
    expect(count(cli.stdout + cli.stderr, '.github/lockstep.yml:3: charts: [] — no chart to release')).toBe(1);
    expect(cli.stdout).toContain('-1.0.0\n+1.1.0\n');
    expect(cli.stdout).not.toContain('Chart.yaml');
    expect(status(repo.dir)).toBe('');
  });
});

describe('a charts entry that matches no chart folder is an error at its line, everywhere', () => {
  const TYPO = 'version-file: .version\ncharts:\n  - charts/api\n  - chart/*\n';
  const LINE =
    ".github/lockstep.yml:4: chart 'chart/*' matches no folder holding a Chart.yaml — did you mean charts/*? fix `charts:` in the config (paths or globs relative to the working directory)\n";

  test('lockstep config refuses it (it exited 0)', async () => {
    const repo = newRepo(REPO(TYPO));
    const cli = await runCli(['config'], { cwd: repo.dir });
    expect({ code: cli.code, stdout: cli.stdout, stderr: cli.stderr }).toEqual({ code: 1, stdout: '', stderr: LINE });
  });

  test('lockstep release and lockstep bump refuse it at the same line, writing nothing', async () => {
    const repo = newRepo(REPO(TYPO));
    repo.git('tag', '-a', '-m', 'v1.0.0', 'v1.0.0');
    repo.commit('feat: a probe', { 'charts/api/templates/deployment.yaml': 'kind: Deployment\nspec: {probe: true}\n' });
    const release = await runCli(['release'], { cwd: repo.dir, env: ENV });
    expect({ code: release.code, stderr: release.stderr }).toEqual({ code: 1, stderr: LINE });
    // bump refuses it before it asks git which charts changed (issue 73 item 10), in the words lockstep config uses.
    const bump = await runCli(['bump', '--level', 'patch'], { cwd: repo.dir, env: ENV });
    expect({ code: bump.code, stderr: bump.stderr }).toEqual({ code: 1, stderr: LINE });
    expect(status(repo.dir)).toBe('');
  });

  test('publish-chart refuses it as an annotation at the line, before any registry request', async () => {
    const repo = newRepo(REPO(TYPO));
    const run = await runAction('publish-chart', {
      workspace: repo.dir,
      inputs: { registry: 'oci://127.0.0.1:9/charts' },
      env: { HOME: repo.dir },
    });
    expect(run.code).toBe(1);
    expect(run.annotations.filter((a) => a.level === 'error').map((a) => [a.file, a.line, a.message])).toEqual([
      [
        '.github/lockstep.yml',
        4,
        ".github/lockstep.yml:4: chart 'chart/*' matches no folder holding a Chart.yaml — did you mean charts/*? fix `charts:` in the config (paths or globs relative to the working directory)",
      ],
    ]);
  });

  test('promote-env refuses it at the same line before any request (it was never checked there)', async () => {
    const config = `${TYPO}services:\n  api: { image: ghcr.io/acme/api, values-key: api.image }\nenvironments:\n  - { name: dev, values: charts/api/values-dev.yaml }\n  - { name: prod, values: charts/api/values-prod.yaml }\n`;
    const values = 'api:\n  image:\n    repository: ghcr.io/acme/api\n    tag: "1.0.0"\n';
    const repo = newRepo({ ...REPO(config), 'charts/api/values-dev.yaml': values, 'charts/api/values-prod.yaml': values });
    // The GitHub API the harness names (port 9) answers nothing: a request would fail otherwise.
    const run = await runAction('promote-env', { workspace: repo.dir, inputs: { from: 'dev', to: 'prod', 'github-token': 'x' } });
    expect(run.code).toBe(1);
    expect(run.annotations.filter((a) => a.level === 'error').map((a) => [a.file, a.line, a.message])).toEqual([
      [
        '.github/lockstep.yml',
        4,
        ".github/lockstep.yml:4: chart 'chart/*' matches no folder holding a Chart.yaml — did you mean charts/*? fix `charts:` in the config (paths or globs relative to the working directory)",
      ],
    ]);
    expect(status(repo.dir)).toBe('');
  });

  test('a charts-ignore entry that matches nothing is refused at its line by lockstep config', async () => {
    const repo = newRepo(REPO('charts: [charts/*]\ncharts-ignore:\n  - platform/gatewy\n'));
    const cli = await runCli(['config'], { cwd: repo.dir });
    expect({ code: cli.code, stderr: cli.stderr }).toEqual({
      code: 1,
      stderr:
        ".github/lockstep.yml:3: chart 'platform/gatewy' matches no folder holding a Chart.yaml — fix `charts-ignore:` in the config (paths or globs relative to the working directory)\n",
    });
  });

  test('lockstep bump and lockstep status refuse charts: [chart/*] at its line, with or without a base (bump said "Nothing to bump", exit 0)', async () => {
    const ONLY =
      'version-file: .version\ncharts: [chart/*]\nservices:\n  api: { image: ghcr.io/acme/api, values-key: api.image }\nenvironments:\n  - { name: dev, values: charts/api/values-dev.yaml }\n';
    const values = 'api:\n  image:\n    repository: ghcr.io/acme/api\n    tag: "1.0.0"\n';
    const repo = newRepo({ ...REPO(ONLY), 'charts/api/values-dev.yaml': values });
    // No remote and no tag: nothing to compare with, which bump took for "no chart changed".
    repo.git('remote', 'remove', 'origin');
    const AT_LINE =
      ".github/lockstep.yml:2: chart 'chart/*' matches no folder holding a Chart.yaml — did you mean charts/*? fix `charts:` in the config (paths or globs relative to the working directory)\n";
    for (const args of [['bump', '--level', 'patch'], ['bump', '--level', 'patch', '--all'], ['status']]) {
      const cli = await runCli(args, { cwd: repo.dir, env: ENV });
      expect({ args, code: cli.code, stdout: cli.stdout, stderr: cli.stderr }).toEqual({ args, code: 1, stdout: '', stderr: AT_LINE });
    }
    expect(status(repo.dir)).toBe('');
  });
});
