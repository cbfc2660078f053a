import { GIT_ENV, type Files, fixturesRemovedAfterAll } from '../harness/git-fixture.ts';
import { startGitHubDouble } from '../harness/github-double/index.ts';
import { runAction } from '../harness/run-action.ts';
import { runCli } from '../harness/run-cli.ts';

// Issue 37: one declaration per setting. What every command would refuse about the config,
// `lockstep config` and each action refuse too, at the file's line and before any request;
// `lockstep config --json` prints every key; precedence is decided once (--tag-prefix "", commit-mode).

const newRepo = fixturesRemovedAfterAll();
const VALUES = { 'values-dev.yaml': 'image: {}\n', 'values-prod.yaml': 'image: {}\n' };

/** A config whose prod environment opens one allow window at `cron` (line 7). */
const withCron = (cron: string): Files => ({
  ...VALUES,
  '.github/lockstep.yml': [
    'environments:',
    '  - { name: dev, values: values-dev.yaml }',
    '  - name: prod',
    '    values: values-prod.yaml',
    '    windows:',
    '      allow:',
    `        - { cron: "${cron}", duration: 8h }`,
    '',
  ].join('\n'),
});

describe('lockstep config refuses what a promotion would refuse, at its line', () => {
  test.each([
    ['0 25 * * *', 'hour 25'],
    ['0 9 * *', 'four fields'],
    ['0 9 * * 1-8', 'day of week 8'],
    ['60 9 * * 1', 'minute 60'],
  ])('the window cron %s (%s)', async (cron) => {
    const repo = newRepo(withCron(cron));
    const cli = await runCli(['config'], { cwd: repo.dir });
    expect(cli.code).toBe(1);
    expect(cli.stdout).toBe('');
    expect(cli.stderr).toContain(`.github/lockstep.yml:7: the allow window cron '${cron}' of environment prod is not a cron expression`);
    expect(cli.stderr).toContain('write five fields: minute hour day-of-month month day-of-week');
  });

  test('a valid window cron passes and is printed', async () => {
    const repo = newRepo(withCron('0 9 * * 1-5'));
    const cli = await runCli(['config', '--json'], { cwd: repo.dir });
    expect({ code: cli.code, stderr: cli.stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(cli.stdout).config.environments[1].windows.allow).toEqual([{ cron: '0 9 * * 1-5', duration: '8h', timezone: 'UTC' }]);
  });

  test('a waves: entry naming no environment, with the did-you-mean', async () => {
    const repo = newRepo({
      ...VALUES,
      '.github/lockstep.yml': [
        'environments:',
        '  - { name: dev, values: values-dev.yaml }',
        '  - { name: prod-eu, values: values-prod.yaml }',
        '  - { name: prod-us, values: values-prod.yaml }',
        'waves:',
        '  prod: [prod-eu, prod-uss]',
        '',
      ].join('\n'),
    });
    const cli = await runCli(['config'], { cwd: repo.dir });
    expect(cli.code).toBe(1);
    expect(cli.stderr).toBe(
      ".github/lockstep.yml:6: wave 'prod' names 'prod-uss', which is not an environment (did you mean prod-us?) — list environments of the config in waves.prod; environments, in order: dev, prod-eu, prod-us\n",
    );
  });
});

describe('the actions refuse the same config before any request', () => {
  const CONFIG = [
    'environments:',
    '  - { name: staging, values: values-dev.yaml }',
    '  - { name: prod, values: values-prod.yaml }',
    'waves:',
    '  all: [staging, prd]',
    '',
  ].join('\n');

  test('prepare-release: a wave naming no environment is an error at its line, and GitHub sees no request', async () => {
    const fx = newRepo({ ...VALUES, '.github/lockstep.yml': CONFIG, '.version': '1.0.0\n' });
    const gh = await startGitHubDouble({ repositories: [{ fullName: 'acme/app', path: fx.origin }] });
    try {
      const r = await runAction('prepare-release', {
        workspace: fx.clone('main'),
        inputs: { 'github-token': gh.token },
        eventName: 'push',
        env: { ...gh.env(), ...GIT_ENV, GITHUB_REPOSITORY: 'acme/app', GITHUB_REF: 'refs/heads/main' },
      });
      expect(r.code).toBe(1);
      expect(r.annotations.filter((a) => a.level === 'error').map((a) => [a.file, a.line, a.message.split(' (did')[0]])).toEqual([
        ['.github/lockstep.yml', 5, ".github/lockstep.yml:5: wave 'all' names 'prd', which is not an environment"],
      ]);
      expect(gh.log).toEqual([]);
    } finally {
      await gh.stop();
    }
  });

  test('promote-env: a cron with hour 25 is an error at its line, and GitHub sees no request', async () => {
    const fx = newRepo(withCron('0 25 * * *'));
    const gh = await startGitHubDouble({ repositories: [{ fullName: 'acme/app', path: fx.origin }] });
    try {
      const r = await runAction('promote-env', {
        workspace: fx.clone('main'),
        inputs: { 'github-token': gh.token, from: 'dev', to: 'prod' },
        env: { ...gh.env(), ...GIT_ENV, GITHUB_REPOSITORY: 'acme/app', HOME: fx.dir },
      });
      expect(r.code).toBe(1);
      expect(r.annotations.filter((a) => a.level === 'error').map((a) => [a.file, a.line])).toEqual([['.github/lockstep.yml', 7]]);
      expect(gh.log).toEqual([]);
    } finally {
      await gh.stop();
    }
  });
});

describe('lockstep config --json prints every key', () => {
  test('waves, notify-pulls, commit-mode, chart-registry and each environment url and preview', async () => {
    const repo = newRepo({
      ...VALUES,
      '.github/lockstep.yml': [
        'chart-registry: oci://ghcr.io/acme/charts',
        'notify-pulls: true',
        'environments:',
        '  - { name: dev, values: values-dev.yaml, url: "https://dev.example.com", preview: true }',
        '  - { name: prod, values: values-prod.yaml }',
        'waves:',
        '  all: [dev, prod]',
        '',
      ].join('\n'),
    });
    const cli = await runCli(['config', '--json'], { cwd: repo.dir });
    expect({ code: cli.code, stderr: cli.stderr }).toEqual({ code: 0, stderr: '' });
    const { config } = JSON.parse(cli.stdout);
    expect(config).toMatchObject({
      'chart-registry': 'ghcr.io/acme/charts',
      'notify-pulls': true,
      'commit-mode': 'git',
      waves: { all: ['dev', 'prod'] },
    });
    expect(config.environments[0]).toMatchObject({ name: 'dev', url: 'https://dev.example.com', preview: true });
  });

  test('with no file, the defaults: notify-pulls false, commit-mode git, no waves', async () => {
    const repo = newRepo({ 'README.md': 'x\n' });
    const cli = await runCli(['config', '--json'], { cwd: repo.dir });
    expect({ code: cli.code, stderr: cli.stderr }).toEqual({ code: 0, stderr: '' });
    const { config } = JSON.parse(cli.stdout);
    expect([config['notify-pulls'], config['commit-mode'], config['tag-prefix'], config.waves]).toEqual([false, 'git', 'v', undefined]);
  });
});

describe('lockstep release --tag-prefix ""', () => {
  test('an explicit empty prefix is a value: the tags without the config’s v are the releases', async () => {
    const fx = newRepo({ '.github/lockstep.yml': 'tag-prefix: v\n', '.version': '1.4.2\n' });
    fx.git('tag', '-a', '-m', 'v1.4.2', 'v1.4.2');
    fx.commit('feat: two', { 'b.txt': 'b\n' });
    fx.git('tag', '-a', '-m', '2.0.0', '2.0.0');
    fx.commit('feat: three', { 'c.txt': 'c\n' });
    fx.git('push', '--quiet', '--follow-tags', 'origin', 'main');
    const dir = fx.clone('main');
    const env = { ...GIT_ENV, SOURCE_DATE_EPOCH: '1795000000' };
    const empty = await runCli(['release', '--tag-prefix', '', '--json'], { cwd: dir, env });
    expect({ code: empty.code, stderr: empty.stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(empty.stdout)).toMatchObject({ 'previous-version': '2.0.0', version: '2.1.0' });
    // Without the flag the config's v decides, as the runner's empty input does.
    const config = await runCli(['release', '--json'], { cwd: dir, env });
    expect({ code: config.code, stderr: config.stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(config.stdout)).toMatchObject({ 'previous-version': '1.4.2', version: '1.5.0' });
  });
});
