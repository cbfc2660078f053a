import { generateKeyPairSync } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
    expect(cli.stdout).toContain('  - name: prod # .github/lockstep.yml:6\n');
  });

  test("each environment's values file kept in a chart folder is said once as deployment state (issue 72 item 6)", async () => {
    const repo = newRepo(REPO);
    const cli = await runCli(['config'], { cwd: repo.dir });
    expect(cli.code).toBe(0);
    expect(cli.stdout.split('\n').filter((l) => l.includes('deployment state'))).toEqual([
      "# note: charts/myapp/values-dev.yaml (dev's values) is deployment state: the bump rule and publish leave it out of chart charts/myapp, as if its .helmignore listed it",
      "# note: charts/myapp/values-prod.yaml (prod's values) is deployment state: the bump rule and publish leave it out of chart charts/myapp, as if its .helmignore listed it",
    ]);
    const json = await runCli(['config', '--json'], { cwd: repo.dir });
    expect((JSON.parse(json.stdout) as Record<string, unknown>)['deployment-state']).toEqual([
      { file: 'charts/myapp/values-dev.yaml', environment: 'dev', chart: 'charts/myapp' },
      { file: 'charts/myapp/values-prod.yaml', environment: 'prod', chart: 'charts/myapp' },
    ]);
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
    repo.commit('fix: unpin prod', {
      'charts/myapp/values-prod.yaml': 'api:\n  image:\n    repository: ghcr.io/acme/api\n    tag: "1.0.1"\n',
      'charts/myapp/Chart.yaml': chart('myapp', '1.4.3'),
    });
    const cli = await runCli(['check', '--base', base, '--charts', '.', '--json'], { cwd: join(repo.dir, 'charts/myapp') });
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain('charts/myapp/values-prod.yaml:');
    const result = JSON.parse(cli.stdout);
    expect(result['changed-charts'].map((c: { path: string }) => c.path)).toEqual(['charts/myapp']);
  });

  test('--config and --working-directory typed in a subfolder are relative to it', async () => {
    const repo = newRepo({ ...REPO, 'deploy/lockstep.yml': 'charts: [charts/other]\n' });
    const cli = await runCli(['config', '--config', '../deploy/lockstep.yml', '--json'], { cwd: join(repo.dir, 'charts') });
    expect({ code: cli.code, stderr: cli.stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(cli.stdout)).toMatchObject({
      'schema-version': 2,
      command: 'config',
      outcome: 'done',
      errors: [],
      file: 'deploy/lockstep.yml',
      config: { charts: ['charts/other'] },
    });
    const wd = await runCli(['config', '--working-directory', 'myapp', '--json'], { cwd: join(repo.dir, 'charts') });
    expect({ code: wd.code, stderr: wd.stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(wd.stdout).file).toBe(null);
  });

  test('bump --charts . from the chart folder bumps that chart, config from the top', async () => {
    const repo = newRepo(REPO);
    const cli = await runCli(['bump', '--charts', '.', '--json'], {
      cwd: join(repo.dir, 'charts/myapp'),
      env: { SOURCE_DATE_EPOCH: '1700000000' },
    });
    expect({ code: cli.code }).toEqual({ code: 0 });
    expect(status(repo.dir)).toBe(' M charts/myapp/Chart.yaml\n');
  });
});

describe('charts: [] in the config means no chart', () => {
  const OWN: Files = {
    '.github/lockstep.yml': 'version-file: .version\ntag-prefix: v\ncharts: []\n',
    '.version': '1.0.0\n',
    'README.md': '# x\n',
    'tests/fixture/Chart.yaml': chart('fixture', '0.1.0'),
  };

  test('lockstep check --base: exit 0, nothing to check said once', async () => {
    const repo = newRepo(OWN);
    const base = repo.git('rev-parse', 'HEAD');
    repo.checkout('pr', true);
    repo.commit('docs: readme', { 'README.md': '# y\n', 'tests/fixture/templates/a.yaml': 'kind: A\n' });
    const cli = await runCli(['check', '--base', base], { cwd: repo.dir });
    expect({ code: cli.code, stderr: cli.stderr }).toEqual({ code: 0, stderr: '.github/lockstep.yml:3: charts: [] — no chart to check\n' });
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

describe('lockstep config validates what every command then refuses', () => {
  const ENVS = (extra: string) =>
    `services:\n  api: { image: ghcr.io/acme/api, values-key: api.image }\nenvironments:\n  - { name: dev, values: charts/myapp/values-dev.yaml }\n  - { name: staging, values: charts/myapp/values-staging.yaml }\n${extra}`;
  const MISSING: Files = { ...REPO, '.github/lockstep.yml': ENVS(''), 'charts/myapp/values-prod.yaml': null };
  const TWICE: Files = { ...REPO, '.github/lockstep.yml': ENVS('  - { name: dev, values: charts/myapp/values-dev.yaml }\n') };

  test('a missing values file: config exits 1 naming file:line; status marks only that environment; promote names the line', async () => {
    const repo = newRepo(MISSING);
    const config = await runCli(['config'], { cwd: repo.dir });
    expect({ code: config.code, stderr: config.stderr }).toEqual({
      code: 1,
      stderr:
        '.github/lockstep.yml:5: environments[1].values: charts/myapp/values-staging.yaml does not exist — create it, or fix the path (relative to the working directory)\n',
    });
    const status = await runCli(['status'], { cwd: repo.dir });
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/^api +1\.0\.0 sha256:0123456789ab +missing *$/m);
    const promote = await runCli(['promote', '--from', 'dev', '--to', 'staging'], { cwd: repo.dir });
    expect(promote.code).toBe(1);
    expect(promote.stderr).toContain(
      '.github/lockstep.yml:5: values file of staging charts/myapp/values-staging.yaml does not exist at the base branch main',
    );
  });

  test('Flux environments (helmrelease:, flux-kustomization: and no values:): config reads them, and refuses a missing resource at its line', async () => {
    const HELMRELEASE = [
      'apiVersion: helm.toolkit.fluxcd.io/v2',
      'kind: HelmRelease',
      'metadata: { name: api }',
      'spec:',
      '  chart: { spec: { chart: api, version: 1.0.0, sourceRef: { kind: HelmRepository, name: acme } } }',
      '  values: { api: { image: { tag: 1.0.0 } } }',
      '',
    ].join('\n');
    const FLUX_KS = [
      'apiVersion: kustomize.toolkit.fluxcd.io/v1',
      'kind: Kustomization',
      'metadata: { name: api }',
      'spec: { path: ./apps/prod, images: [{ name: ghcr.io/acme/api, newTag: 1.0.0 }] }',
      '',
    ].join('\n');
    const flux = (prod: string): Files => ({
      ...REPO,
      '.github/lockstep.yml': [
        'services:',
        '  api: { image: ghcr.io/acme/api, values-key: api.image }',
        'environments:',
        '  - { name: staging, helmrelease: clusters/staging/api.yaml#api }',
        `  - { name: prod, flux-kustomization: ${prod} }`,
        '',
      ].join('\n'),
      'clusters/staging/api.yaml': HELMRELEASE,
      'clusters/prod/api.yaml': FLUX_KS,
    });
    const ok = await runCli(['config'], { cwd: newRepo(flux('clusters/prod/api.yaml')).dir });
    expect({ code: ok.code, stderr: ok.stderr }).toEqual({ code: 0, stderr: '' });
    expect(ok.stdout).toContain('flux-kustomization: clusters/prod/api.yaml');
    const missing = await runCli(['config'], { cwd: newRepo(flux('clusters/prod/gone.yaml')).dir });
    expect({ code: missing.code, stderr: missing.stderr }).toEqual({
      code: 1,
      stderr:
        '.github/lockstep.yml:5: environments[1].flux-kustomization: clusters/prod/gone.yaml does not exist — create it, or fix the path (relative to the working directory)\n',
    });
  });

  test('a duplicate environment name: refused at its line by config, status, promote and the action', async () => {
    const repo = newRepo(TWICE);
    const line =
      ".github/lockstep.yml:6: environment 'dev' appears twice (first on line 4) — list each environment once, in promotion order\n";
    for (const args of [['status'], ['promote', '--from', 'dev', '--to', 'staging']]) {
      const cli = await runCli(args, { cwd: repo.dir });
      expect({ args, code: cli.code, stderr: cli.stderr }).toEqual({ args, code: 1, stderr: line });
    }
    // lockstep config says the rest of the file's mistakes in the same run (issue 73 item 10): staging's values file.
    const config = await runCli(['config'], { cwd: repo.dir });
    expect({ code: config.code, stderr: config.stderr }).toEqual({
      code: 1,
      stderr:
        '.github/lockstep.yml:5: environments[1].values: charts/myapp/values-staging.yaml does not exist — create it, or fix the path (relative to the working directory)\n' +
        line,
    });
    const action = await runAction('promote-env', { workspace: repo.dir, inputs: { from: 'dev', to: 'staging', 'dry-run': 'true' } });
    expect(action.code).toBe(1);
    expect(action.annotations.filter((a) => a.level === 'error').map((a) => [a.file, a.line])).toEqual([['.github/lockstep.yml', 6]]);
  });
});

describe('lockstep config says every problem at once, and reads the key files verify.keys names (issue 52 item 10)', () => {
  const PRIVATE = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const config = (dev: string, prod: string) =>
    [
      'charts: [charts/*]',
      'services:',
      '  api: { image: ghcr.io/acme/api, values-key: api.image }',
      'verify:',
      '  keys: [.github/cosign.key, .github/none.pub]',
      'environments:',
      `  - { name: dev, values: charts/myapp/values-dev.yaml, ${dev} }`,
      `  - { name: prod, values: charts/myapp/values-prod.yaml, ${prod} }`,
      '  - { name: qa, values: charts/myapp/values-qa.yaml }',
      'waves:',
      '  late: [qa, prd]',
      '',
    ].join('\n');

  test('a key typo does not hide a bad min-soak, nor the checks after the loader: all at their lines, exit 1', async () => {
    const repo = newRepo({ ...REPO, '.github/lockstep.yml': config('min-sok: 1h', 'min-soak: soon') });
    const cli = await runCli(['config'], { cwd: repo.dir });
    expect({ code: cli.code, stdout: cli.stdout, stderr: cli.stderr }).toEqual({
      code: 1,
      stdout: '',
      stderr:
        '.github/lockstep.yml:5: verify.keys: .github/cosign.key does not exist — paths in verify: are relative to the folder the config is read in (the repository root)\n' +
        '.github/lockstep.yml:5: verify.keys: .github/none.pub does not exist — paths in verify: are relative to the folder the config is read in (the repository root)\n' +
        ".github/lockstep.yml:7: unknown key 'environments.0.min-sok' — did you mean min-soak? (docs/configuration.md lists every key)\n" +
        ".github/lockstep.yml:8: 'environments.prod.min-soak' is 'soon', not a duration — write a number and a unit (m, h or d), e.g. 30m, 1h, 2d or 1h30m\n" +
        '.github/lockstep.yml:9: environments[2].values: charts/myapp/values-qa.yaml does not exist — create it, or fix the path (relative to the working directory)\n' +
        ".github/lockstep.yml:11: wave 'late' names 'prd', which is not an environment (did you mean prod?) — list environments of the config in waves.late; environments, in order: dev, prod, qa\n",
    });
  });

  test('a private key file, a missing key file, a wave naming no environment and a missing values file: all four at once, in file order', async () => {
    const repo = newRepo({ ...REPO, '.github/lockstep.yml': config('min-soak: 1h', 'min-soak: 2h'), '.github/cosign.key': PRIVATE });
    const before = status(repo.dir);
    const cli = await runCli(['config', '--json'], { cwd: repo.dir });
    expect(cli.code).toBe(1);
    const doc = JSON.parse(cli.stdout) as { outcome: string; errors: { file: string; line: number; message: string }[] };
    expect(doc.outcome).toBe('refused');
    expect(doc.errors.map((e) => `${e.file}:${e.line}: ${e.message.replace(/^\S+:\d+: /, '').split(' — ')[0]}`)).toEqual([
      '.github/lockstep.yml:5: verify.keys[0]: .github/cosign.key is a private key (-----BEGIN PRIVATE KEY-----), not a public key: whoever reads the repository can sign with it',
      '.github/lockstep.yml:5: verify.keys: .github/none.pub does not exist',
      '.github/lockstep.yml:9: environments[2].values: charts/myapp/values-qa.yaml does not exist',
      ".github/lockstep.yml:11: wave 'late' names 'prd', which is not an environment (did you mean prod?)",
    ]);
    expect(status(repo.dir)).toBe(before);
  });
});

describe("lockstep config refuses what a promotion's gates refuse about the file (issue 54)", () => {
  test("an after: naming no environment, and one naming its own environment: each at its line, with the commands' problems, exit 1", async () => {
    const text = [
      'charts: [charts/*]',
      'services:',
      '  api: { image: ghcr.io/acme/api, values-key: api.image }',
      'environments:',
      '  - { name: dev, values: charts/myapp/values-dev.yaml }',
      '  - { name: staging, values: charts/myapp/values-dev.yaml, after: [dev, staging] }',
      '  - { name: prod, values: charts/myapp/values-prod.yaml, after: [stagin] }',
      'waves:',
      '  late: [staging, prd]',
      '',
    ].join('\n');
    const repo = newRepo({ ...REPO, '.github/lockstep.yml': text });
    const before = status(repo.dir);
    const cli = await runCli(['config'], { cwd: repo.dir });
    expect({ code: cli.code, stdout: cli.stdout, stderr: cli.stderr }).toEqual({
      code: 1,
      stdout: '',
      stderr:
        '.github/lockstep.yml:6: environment staging lists itself in after: — list the environments whose pins staging is promoted from; environments, in order: dev, staging, prod\n' +
        ".github/lockstep.yml:7: environment prod has after: 'stagin', which is not an environment (did you mean staging?) — list the environments whose pins prod is promoted from; environments, in order: dev, staging, prod\n" +
        ".github/lockstep.yml:9: wave 'late' names 'prd', which is not an environment (did you mean prod?) — list environments of the config in waves.late; environments, in order: dev, staging, prod\n",
    });
    expect(status(repo.dir)).toBe(before);
    // Fixed, the same file passes.
    const fixed = newRepo({
      ...REPO,
      '.github/lockstep.yml': text.replace('[dev, staging]', '[dev]').replace('[stagin]', '[staging]').replace('prd', 'prod'),
    });
    expect((await runCli(['config'], { cwd: fixed.dir })).code).toBe(0);
  });
});

describe('suggestions for a mistyped config path or working-directory', () => {
  test('--config .github/lockstep.yaml suggests the .yml that exists, and the action input does too', async () => {
    const repo = newRepo(REPO);
    const cli = await runCli(['config', '--config', '.github/lockstep.yaml'], { cwd: repo.dir });
    expect({ code: cli.code, stderr: cli.stderr }).toEqual({
      code: 1,
      stderr:
        'config file .github/lockstep.yaml does not exist — did you mean .github/lockstep.yml? (rename it, or pass --config .github/lockstep.yml)\n',
    });
    const action = await runAction('promote-env', {
      workspace: repo.dir,
      inputs: { from: 'dev', to: 'prod', 'dry-run': 'true', 'allow-skip': 'true', config: '.github/lockstep.yaml' },
    });
    expect(action.code).toBe(1);
    expect(action.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      'config file .github/lockstep.yaml does not exist — did you mean .github/lockstep.yml? (rename it, or set config: .github/lockstep.yml under with:)',
    ]);
  });

  test('a .github/lockstep.yaml beside no .yml is not silently ignored', async () => {
    const repo = newRepo({ ...REPO, '.github/lockstep.yml': null, '.github/lockstep.yaml': REPO['.github/lockstep.yml'] });
    const cli = await runCli(['status'], { cwd: repo.dir });
    expect({ code: cli.code, stderr: cli.stderr }).toEqual({
      code: 1,
      stderr:
        'config file .github/lockstep.yml does not exist — did you mean .github/lockstep.yaml? (rename it, or pass --config .github/lockstep.yaml)\n',
    });
  });

  test('--working-directory charts/myap suggests charts/myapp', async () => {
    const repo = newRepo(REPO);
    const cli = await runCli(['config', '--working-directory', 'charts/myap'], { cwd: repo.dir });
    expect({ code: cli.code, stderr: cli.stderr }).toEqual({
      code: 1,
      stderr: "--working-directory 'charts/myap' does not exist — did you mean charts/myapp?\n",
    });
  });
});

describe('lockstep bump and a changelog without an Unreleased section', () => {
  test('the new version section goes on top; no [Unreleased] heading is added', async () => {
    const repo = newRepo({ ...REPO, 'charts/myapp/CHANGELOG.md': '# Changelog\n\n## [1.4.2] - 2024-05-21\n\n- Probe timeout\n' });
    const cli = await runCli(['bump', '--charts', 'charts/myapp', '--changelog-entry', 'Faster start'], {
      cwd: repo.dir,
      env: { SOURCE_DATE_EPOCH: '1700000000' },
    });
    expect(cli.code).toBe(0);
    expect(readFileSync(join(repo.dir, 'charts/myapp/CHANGELOG.md'), 'utf8')).toBe(
      '# Changelog\n\n## [1.4.3] - 2023-11-14\n\n- Faster start\n\n## [1.4.2] - 2024-05-21\n\n- Probe timeout\n',
    );
  });
});
