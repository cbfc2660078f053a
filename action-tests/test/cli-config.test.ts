import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { type Files, fixturesRemovedAfterAll } from '../harness/git-fixture.ts';
import { runAction } from '../harness/run-action.ts';
import { runCli } from '../harness/run-cli.ts';

// Issue 24, what a new user broke: the CLI run from a subfolder, `charts: []`, `lockstep --version`.

const chart = (name: string, version: string) => `apiVersion: v2\nname: ${name}\nversion: ${version}\n`;
const DIGEST = `sha256:${'0123456789abcdef'.repeat(4)}`;
const REPO: Files = {
  '.github/lockstep.yml':
    'charts: [charts/*]\nservices:\n  api: { image: ghcr.io/acme/api, values-key: api.image }\nenvironments:\n  - { name: dev, values: charts/myapp/values-dev.yaml }\n  - { name: prod, values: charts/myapp/values-prod.yaml, protected: true }\n',
  'charts/myapp/Chart.yaml': chart('myapp', '1.4.2'),
  'charts/myapp/values-dev.yaml': `api:\n  image:\n    repository: ghcr.io/acme/api\n    tag: "1.0.0"\n    digest: ${DIGEST}\n`,
  'charts/myapp/values-prod.yaml': `api:\n  image:\n    repository: ghcr.io/acme/api\n    tag: "1.0.0"\n    digest: ${DIGEST}\n`,
  'charts/myapp/templates/deployment.yaml': 'kind: Deployment\n',
  'charts/other/Chart.yaml': chart('other', '0.3.0'),
};

const newRepo = fixturesRemovedAfterAll();
const status = (dir: string) => execFileSync('git', ['status', '--porcelain'], { cwd: dir, encoding: 'utf8' });

describe('the CLI run from a subfolder reads the config at the top, as git does', () => {
  test('config: names the top-level file, not "no config file"', async () => {
    const repo = newRepo(REPO);
    const cli = await runCli(['config'], { cwd: join(repo.dir, 'charts/myapp') });
    expect(cli.code).toBe(0);
    expect(cli.stdout).toContain('# effective configuration: .github/lockstep.yml with defaults filled in\n');
    expect(cli.stdout).toContain('name: prod\n');
  });

  test('status: every environment of the top-level config', async () => {
    const repo = newRepo(REPO);
    const cli = await runCli(['status', '--json'], { cwd: join(repo.dir, 'charts/myapp') });
    expect({ code: cli.code, stderr: cli.stderr }).toEqual({ code: 0, stderr: '' });
    expect(cli.stdout).not.toContain('add environments');
    expect(cli.stdout).toContain('"prod"');
  });

  test('check: the protected values check runs, and --charts . is the folder the user stands in', async () => {
    const repo = newRepo(REPO);
    const base = repo.git('rev-parse', 'HEAD');
    repo.checkout('pr', true);
    repo.commit('fix: unpin prod', { 'charts/myapp/values-prod.yaml': 'api:\n  image:\n    repository: ghcr.io/acme/api\n    tag: "1.0.1"\n', 'charts/myapp/Chart.yaml': chart('myapp', '1.4.3') });
    const cli = await runCli(['check', '--base', base, '--charts', '.', '--json'], { cwd: join(repo.dir, 'charts/myapp') });
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain('charts/myapp/values-prod.yaml:');
    const result = JSON.parse(cli.stdout);
    expect(JSON.parse(result.outputs['changed-charts']).map((c: { path: string }) => c.path)).toEqual(['charts/myapp']);
  });

  test('bump --charts . from the chart folder bumps that chart, config from the top', async () => {
    const repo = newRepo(REPO);
    const cli = await runCli(['bump', '--charts', '.', '--json'], { cwd: join(repo.dir, 'charts/myapp'), env: { SOURCE_DATE_EPOCH: '1700000000' } });
    expect({ code: cli.code }).toEqual({ code: 0 });
    expect(status(repo.dir)).toBe(' M charts/myapp/Chart.yaml\n');
  });
});

describe('charts: [] in the config means no chart', () => {
  const OWN: Files = { '.github/lockstep.yml': 'version-file: .version\ntag-prefix: v\ncharts: []\n', '.version': '1.0.0\n', 'README.md': '# x\n', 'tests/fixture/Chart.yaml': chart('fixture', '0.1.0') };

  test('lockstep check --base: exit 0, nothing to check said once', async () => {
    const repo = newRepo(OWN);
    const base = repo.git('rev-parse', 'HEAD');
    repo.checkout('pr', true);
    repo.commit('docs: readme', { 'README.md': '# y\n', 'tests/fixture/templates/a.yaml': 'kind: A\n' });
    const cli = await runCli(['check', '--base', base], { cwd: repo.dir });
    expect({ code: cli.code, stderr: cli.stderr }).toEqual({ code: 0, stderr: ".github/lockstep.yml:3: charts: [] — no chart to check\n" });
  });

  test('the action: ok, changed-charts [], the same note once; a charts input still wins', async () => {
    const repo = newRepo(OWN);
    const base = repo.git('rev-parse', 'HEAD');
    repo.checkout('pr', true);
    const head = repo.commit('docs: readme', { 'README.md': '# y\n', 'tests/fixture/templates/a.yaml': 'kind: A\n' });
    const action = await runAction('chart-bump-check', { workspace: repo.dir, inputs: { base, head } });
    expect(action.code).toBe(0);
    expect(action.outputs).toEqual({ ok: 'true', 'changed-charts': '[]' });
    expect(action.stdout.split('charts: [] — no chart to check').length - 1).toBe(1);
    const asked = await runAction('chart-bump-check', { workspace: repo.dir, inputs: { base, head, charts: 'tests/fixture' } });
    expect(asked.code).toBe(1);
  });
});

describe('lockstep --version', () => {
  test('prints the version of packages/cli/package.json, not 0.0.0', async () => {
    const repo = newRepo({ 'a.txt': 'a\n' });
    const cli = await runCli(['--version'], { cwd: repo.dir });
    expect(cli).toEqual({ code: 0, stdout: '0.1.0\n', stderr: '' });
  });
});
