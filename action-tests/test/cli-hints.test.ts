import { execFileSync } from 'node:child_process';
import { GIT_ENV, GitFixture } from '../harness/git-fixture.ts';
import { digest, environmentValues, monorepoConfig, PROD_ENVIRONMENT } from '../harness/promote-fixture.ts';
import { type ActionRun, runAction } from '../harness/run-action.ts';
import { type CliRun, runCli } from '../harness/run-cli.ts';

// One error, two faces: the same refusal through the committed action bundle names its inputs as the
// step's `with:` keys, and through the committed CLI bundle as the command's flags (the token as the
// variable it is read from, a dry run as the absence of --push). Nothing is rewritten after the fact:
// each face words the inputs the error carries.

const d = digest;

const FILES = {
  '.github/lockstep.yml': monorepoConfig([PROD_ENVIRONMENT]),
  'charts/myapp/Chart.yaml': 'apiVersion: v2\nname: myapp\nversion: 0.13.0\nappVersion: "1.4.2"\n',
  'charts/myapp/values-dev.yaml': environmentValues('dev', ['1.8.0', d('a')], ['0.9.1', d('b')]),
  'charts/myapp/values-staging.yaml': environmentValues('staging', ['1.7.3', d('c')], ['0.9.1', d('b')]),
  'charts/myapp/values-prod.yaml': environmentValues('prod', ['1.7.3', d('c')], ['0.9.0', d('e')]),
  'apps/prod/myapp.yaml': [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Application',
    'metadata:',
    '  name: myapp-prod',
    'spec:',
    '  sources:',
    '    - repoURL: ghcr.io/acme/charts',
    '      chart: myapp',
    '      targetRevision: 0.13.0',
    '      helm: { valueFiles: [$values/charts/myapp/values-prod.yaml] }',
    '    - { repoURL: https://github.com/acme/monorepo.git, targetRevision: main, ref: values }',
    '',
  ].join('\n'),
};

let fx: GitFixture;
beforeAll(() => {
  fx = GitFixture.create(FILES);
});
afterAll(() => fx.cleanup());

const ENV = { ...GIT_ENV };
const status = (dir: string) => execFileSync('git', ['status', '--porcelain'], { cwd: dir, encoding: 'utf8' });

/** The one error line of an action run (its annotation), exit 1, the checkout untouched. */
function actionError(r: ActionRun, dir: string): string {
  expect(r.code).toBe(1);
  expect(status(dir)).toBe('');
  const errors = r.annotations.filter((a) => a.level === 'error');
  expect(errors).toHaveLength(1);
  return errors[0].message;
}

/** The one error line of a CLI run, exit 1, nothing on stdout, the checkout untouched. */
function cliError(r: CliRun, dir: string): string {
  expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 1, stdout: '' });
  expect(status(dir)).toBe('');
  expect(r.stderr.split('\n')).toHaveLength(2);
  return r.stderr.trimEnd();
}

describe('a promotion that skips an environment', () => {
  test('the runner says set allow-skip: true', async () => {
    const dir = fx.clone('main');
    const r = await runAction('promote-env', { workspace: dir, inputs: { from: 'dev', to: 'prod', 'dry-run': 'true' }, env: ENV });
    expect(actionError(r, dir)).toBe('promotion dev → prod skips staging — promote through dev → staging → prod, or set allow-skip: true');
  });

  test('a terminal says pass --allow-skip', async () => {
    const dir = fx.clone('main');
    const r = await runCli(['promote', '--from', 'dev', '--to', 'prod'], { cwd: dir, env: ENV });
    expect(cliError(r, dir)).toBe('promotion dev → prod skips staging — promote through dev → staging → prod, or pass --allow-skip');
  });
});

describe('a direct push into a protected environment', () => {
  test('the runner says push: direct and push: pr', async () => {
    const dir = fx.clone('main');
    const r = await runAction('promote-env', {
      workspace: dir,
      inputs: { from: 'staging', to: 'prod', push: 'direct', 'dry-run': 'true' },
      env: ENV,
    });
    expect(actionError(r, dir)).toBe(
      'push: direct is refused for the protected environment prod — use push: pr (the default): protected promotions go through a reviewed pull request',
    );
  });

  test('a terminal says --push direct and --push pr', async () => {
    const dir = fx.clone('main');
    const r = await runCli(['promote', '--from', 'staging', '--to', 'prod', '--push', 'direct'], {
      cwd: dir,
      env: { ...ENV, GITHUB_TOKEN: 'ghp_not-a-real-token-hints-test' },
    });
    expect(cliError(r, dir)).toBe(
      '--push direct is refused for the protected environment prod — use --push pr (the default): protected promotions go through a reviewed pull request',
    );
  });
});

describe('record: deployments in a dry run', () => {
  test('the runner names dry-run, a terminal the missing --push (never a --dry-run that was not typed)', async () => {
    const forAction = fx.clone('main');
    const action = await runAction('promote-env', { workspace: forAction, inputs: { record: 'deployments', 'dry-run': 'true' }, env: ENV });
    expect(actionError(action, forAction)).toBe(
      'record: deployments writes GitHub Deployments and has no dry run, and this run is dry-run: true — set dry-run: false to record them',
    );
    const forCli = fx.clone('main');
    const cli = await runCli(['promote', '--record', 'deployments'], { cwd: forCli, env: ENV });
    expect(cliError(cli, forCli)).toBe(
      'record: deployments writes GitHub Deployments and has no dry run, and this run is a dry run (no --push) — pass --push to record them',
    );
  });
});

describe('an explicit chart version below the current one', () => {
  test('the runner says leave version empty, a terminal leave out --version', async () => {
    const forAction = fx.clone('main');
    const action = await runAction('bump-chart', {
      workspace: forAction,
      inputs: { charts: 'charts/myapp', version: '0.12.0', 'dry-run': 'true' },
      env: ENV,
    });
    expect(actionError(action, forAction)).toBe(
      'charts/myapp/Chart.yaml:3: version 0.12.0 is lower than the current version 0.13.0 — give a version greater than 0.13.0, or leave version empty to bump by level',
    );
    const forCli = fx.clone('main');
    const cli = await runCli(['bump', '--charts', 'charts/myapp', '--version', '0.12.0'], { cwd: forCli, env: ENV });
    expect(cliError(cli, forCli)).toBe(
      'charts/myapp/Chart.yaml:3: version 0.12.0 is lower than the current version 0.13.0 — give a version greater than 0.13.0, or leave out --version to bump by level',
    );
  });
});

describe('images and services both given', () => {
  test('the runner names both inputs, a terminal both flags', async () => {
    const forAction = fx.clone('main');
    const action = await runAction('capture-digests', {
      workspace: forAction,
      inputs: { images: 'api=ghcr.io/acme/api:1.8.0', services: 'api', 'dry-run': 'true' },
      env: ENV,
    });
    expect(actionError(action, forAction)).toBe('the images input and the services input were both given — use one of them');
    const forCli = fx.clone('main');
    const cli = await runCli(['digests', '--images', 'api=ghcr.io/acme/api:1.8.0', '--services', 'api'], { cwd: forCli, env: ENV });
    expect(cliError(cli, forCli)).toBe('--images and --services were both given — use one of them');
  });
});

describe('no registry to publish to', () => {
  test('the runner says the registry input and registry:, a terminal --registry', async () => {
    const forAction = fx.clone('main');
    const action = await runAction('publish-chart', { workspace: forAction, inputs: { 'dry-run': 'true' }, env: ENV });
    expect(actionError(action, forAction)).toBe(
      '.github/lockstep.yml: no registry to publish to: the registry input is empty and the config has no chart-registry — pass registry (e.g. registry: oci://ghcr.io/acme/charts), or chart-registry: in .github/lockstep.yml',
    );
    const forCli = fx.clone('main');
    const cli = await runCli(['publish'], { cwd: forCli, env: ENV });
    expect(cliError(cli, forCli)).toBe(
      '.github/lockstep.yml: no registry to publish to: --registry is empty and the config has no chart-registry — pass --registry (e.g. --registry oci://ghcr.io/acme/charts), or chart-registry: in .github/lockstep.yml',
    );
  });
});
