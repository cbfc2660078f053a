import { execFileSync } from 'node:child_process';
import { chartRepoConfig, serviceValues } from '../harness/chart-repo.ts';
import { GIT_ENV, GitFixture, type Files } from '../harness/git-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../harness/github-double/index.ts';
import { runPromoteEnv } from '../harness/promote-fixture.ts';
import type { ActionRun } from '../harness/run-action.ts';
import { runCli } from '../harness/run-cli.ts';

// End-to-end (issue 57, item 4): values-drift through an umbrella chart's
// subcharts, through the committed promote-env bundle and the CLI. charts/shop
// depends on charts/api by `file://../api` (and on a remote redis it does not
// vendor); each shop version is released as a `shop-<version>` tag, and the
// api it vendors is the folder at that tag. prod's values set api.logLevel,
// which api 0.3.0 (in shop 1.0.0) reads and api 0.4.0 (in shop 1.1.0) does not.

const REPO = 'acme/monorepo';

/** charts/shop at `version` with charts/api at `api` (reading logLevel or not). */
function shop(version: string, api: string, readsLogLevel: boolean): Files {
  return {
    'charts/shop/Chart.yaml': [
      'apiVersion: v2',
      'name: shop',
      `version: ${version}`,
      'dependencies:',
      '  - name: api',
      `    version: ${api}`,
      '    repository: file://../api',
      '  - name: redis',
      '    version: 17.3.0',
      '    repository: https://charts.bitnami.com/bitnami',
      '    condition: redis.enabled',
      '',
    ].join('\n'),
    // The umbrella still sets api.logLevel for its subchart: that is a setting, not a read.
    'charts/shop/values.yaml': ['nameOverride: ""', 'api:', '  logLevel: info', 'redis:', '  enabled: false', ''].join('\n'),
    'charts/shop/templates/configmap.yaml': 'kind: ConfigMap\nmetadata:\n  name: {{ .Values.nameOverride | default "shop" }}\n',
    'charts/api/Chart.yaml': `apiVersion: v2\nname: api\nversion: ${api}\n`,
    'charts/api/values.yaml': readsLogLevel ? 'replicas: 1\nlogLevel: info\n' : 'replicas: 1\n',
    'charts/api/templates/deployment.yaml': [
      'kind: Deployment',
      'spec:',
      '  replicas: {{ .Values.replicas }}',
      ...(readsLogLevel ? ['  # log level {{ .Values.logLevel }}'] : []),
      '',
    ].join('\n'),
  };
}

function application(env: string, version: string): string {
  return [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Application',
    'metadata:',
    `  name: shop-${env}`,
    'spec:',
    '  sources:',
    '    - repoURL: oci://127.0.0.1:9/acme/charts',
    '      chart: shop',
    `      targetRevision: ${version}`,
    '      helm:',
    `        valueFiles: [$values/environments/${env}/values.yaml]`,
    '    - { repoURL: https://github.com/acme/monorepo.git, targetRevision: main, ref: values }',
    '',
  ].join('\n');
}

/** prod's values from line 18 on (api.logLevel and redis.architecture at 19). */
const LOG_LEVEL = ['api:', '  logLevel: debug'];
const REDIS = ['redis:', '  architecture: standalone', '  auth:', '    enabled: true'];

let fixture: GitFixture | undefined;
let double: GitHubDouble | undefined;

afterEach(async () => {
  await double?.stop();
  fixture?.cleanup();
  double = undefined;
  fixture = undefined;
});

/** Released: shop 1.0.0 (api 0.3.0 reads logLevel), 1.1.0 and 1.2.0 (api 0.4.0 does not); prod runs `prod`, staging `staging`. */
function setUp(prod: string, staging: string, extra: string[]): GitFixture {
  const fx = GitFixture.create({ ...shop('1.0.0', '0.3.0', true), 'README.md': '# acme\n' }, 'chore(release): shop 1.0.0');
  fx.git('tag', 'shop-1.0.0');
  fx.commit('chore(release): shop 1.1.0', shop('1.1.0', '0.4.0', false));
  fx.git('tag', 'shop-1.1.0');
  fx.commit('chore(release): shop 1.2.0', shop('1.2.0', '0.4.0', false));
  fx.git('tag', 'shop-1.2.0');
  fx.commit('chore: environments', {
    // The toy umbrella reads none of the services' pins: values-contract off, values-drift alone judged here.
    '.github/lockstep.yml': chartRepoConfig('charts/*', ', values-contract: off').replace(/myapp/g, 'shop'),
    'environments/dev/values.yaml': serviceValues('dev', '1.9.0'),
    'environments/staging/values.yaml': serviceValues('staging', '1.8.0'),
    'environments/prod/values.yaml': serviceValues('prod', '1.7.0', extra),
    'apps/dev/shop.yaml': application('dev', staging),
    'apps/staging/shop.yaml': application('staging', staging),
    'apps/prod/shop.yaml': application('prod', prod),
  });
  fx.git('push', '--quiet', 'origin', 'main', '--tags');
  fixture = fx;
  return fx;
}

const origin = (...args: string[]) => execFileSync('git', ['--git-dir', fixture!.origin, ...args], { encoding: 'utf8' }).trim();
const status = (dir: string) => execFileSync('git', ['status', '--porcelain'], { cwd: dir, encoding: 'utf8' });
const mutations = () =>
  double!.log.filter((r) => r.method !== 'GET' && !(r.method === 'POST' && r.path === '/graphql' && !r.requestBody.includes('mutation')));
const WHY_REDIS =
  'subchart redis 17.3.0 of chart shop 1.2.0 comes from https://charts.bitnami.com/bitnami and is not in its charts/ folder: lockstep reads the file:// subcharts and those charts/ holds, and downloads none';
const DROPPED =
  'environments/prod/values.yaml:19: values-drift: key api.logLevel is set here and chart shop 1.0.0 reads it, but chart shop 1.1.0 no longer does (subchart api 0.4.0 under api: not in its values.yaml, read by none of its templates)';

async function action(prod: string, staging: string, extra: string[], inputs: Record<string, string> = {}): Promise<ActionRun> {
  const fx = setUp(prod, staging, extra);
  double = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fx.origin }] });
  return runPromoteEnv(fx.clone('main'), double, { from: 'staging', to: 'prod', render: 'off', ...inputs });
}

describe('promote-env: values-drift through file:// subcharts', () => {
  test("shop 1.0.0 → 1.1.0, whose subchart api no longer reads api.logLevel (prod sets it): refused at the values file's line in protected prod, nothing written", async () => {
    const r = await action('1.0.0', '1.1.0', LOG_LEVEL);
    const main = origin('rev-parse', 'main');
    expect(r.code).toBe(1);
    expect(r.annotations.filter((a) => a.level === 'error').map((a) => [a.file, a.line, a.message])).toEqual([
      [
        'environments/prod/values.yaml',
        19,
        `${DROPPED} — remove or rename the key before promoting chart shop 1.1.0 (read from charts/shop at tag shop-1.1.0), or set values-drift: warn`,
      ],
    ]);
    expect(origin('rev-parse', 'main')).toBe(main);
    expect(origin('for-each-ref', '--format=%(refname)', 'refs/heads/promote/')).toBe('');
    expect(mutations()).toEqual([]);
  });

  test('a remote subchart not vendored: the keys prod sets under it are listed as not compared, in an annotation at the line, the summary and the PR body; the promotion goes on', async () => {
    const r = await action('1.1.0', '1.2.0', REDIS);
    if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}`);
    // shop reads redis.enabled itself (the dependency's condition): what is below redis besides it is redis's.
    expect(r.annotations.filter((a) => a.level === 'warning').map((a) => [a.file, a.line, a.message])).toEqual([
      ['environments/prod/values.yaml', 19, `values-drift: key redis.architecture was not compared: ${WHY_REDIS}`],
      ['environments/prod/values.yaml', 20, `values-drift: key redis.auth (redis.auth.enabled) was not compared: ${WHY_REDIS}`],
    ]);
    const md =
      '**values-drift (error)** chart shop 1.1.0 → 1.2.0 (shop 1.1.0 from charts/shop at tag shop-1.1.0; shop 1.2.0 from charts/shop at tag shop-1.2.0): the promoted version still reads every key compared that the current version reads; 2 keys not compared.\n\n2 keys not compared:\n\n' +
      `- \`environments/prod/values.yaml:19\` key redis.architecture was not compared: ${WHY_REDIS}\n` +
      `- \`environments/prod/values.yaml:20\` key redis.auth (redis.auth.enabled) was not compared: ${WHY_REDIS}`;
    expect(r.summary).toContain(md);
    expect(double!.pulls(REPO)[0].body).toContain(md);
  });
});

describe('lockstep promote: values-drift through file:// subcharts', () => {
  test('the subchart key dropped: exit 1 at the line, the workspace and origin unchanged', async () => {
    const fx = setUp('1.0.0', '1.1.0', LOG_LEVEL);
    const dir = fx.clone('main');
    const refs = origin('for-each-ref');
    const r = await runCli(['promote', '--from', 'staging', '--to', 'prod', '--render', 'off'], { cwd: dir, env: GIT_ENV });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(DROPPED);
    expect(status(dir)).toBe('');
    expect(origin('for-each-ref')).toBe(refs);
  });

  test('the remote subchart: text and --json list the keys not compared, and why', async () => {
    const fx = setUp('1.1.0', '1.2.0', REDIS);
    const dir = fx.clone('main');
    const text = await runCli(['promote', '--from', 'staging', '--to', 'prod', '--render', 'off'], { cwd: dir, env: GIT_ENV });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      `warning: environments/prod/values.yaml:19: values-drift: key redis.architecture was not compared: ${WHY_REDIS}\n` +
        `warning: environments/prod/values.yaml:20: values-drift: key redis.auth (redis.auth.enabled) was not compared: ${WHY_REDIS}\n`,
    );
    const json = await runCli(['promote', '--from', 'staging', '--to', 'prod', '--render', 'off', '--json'], { cwd: dir, env: GIT_ENV });
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)['values-drift']).toEqual({
      mode: 'error',
      chart: 'shop 1.1.0 → 1.2.0',
      where: 'shop 1.1.0 from charts/shop at tag shop-1.1.0; shop 1.2.0 from charts/shop at tag shop-1.2.0',
      unread: null,
      findings: [],
      'not-compared': [
        { file: 'environments/prod/values.yaml', line: 19, key: 'redis.architecture', keys: ['redis.architecture'], why: WHY_REDIS },
        { file: 'environments/prod/values.yaml', line: 20, key: 'redis.auth', keys: ['redis.auth.enabled'], why: WHY_REDIS },
      ],
    });
    expect(status(dir)).toBe('');
  });
});
