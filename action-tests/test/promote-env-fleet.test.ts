import { execFileSync } from 'node:child_process';
import { GIT_ENV, preparedFixture, type GitFixture } from '../harness/git-fixture.ts';
import { digest as d, runPromoteEnv } from '../harness/promote-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../harness/github-double/index.ts';
import { runCli } from '../harness/run-cli.ts';
import { testPath } from '../harness/tool-path.mjs';

// Issue 72, item 8, through the committed bundles: an environment is every app its deployer applies for it. Each
// environment names its apps with globs (charts/*/values-<env>.yaml and apps/<env>/*.yaml, one multi-source
// Application per app reading its values through $values); promote-env opens one pull request for every app of
// staging → prod, status shows each environment as one column with its apps as rows, the PR check renders each app
// with its own chart.

const REPO = 'acme/monorepo';

const CONFIG = [
  'services:',
  '  api: { image: ghcr.io/acme/api, values-key: image }',
  '  web: { image: ghcr.io/acme/web, values-key: image }',
  '  proxy: { image: ghcr.io/acme/proxy, values-key: proxy.image }',
  'environments:',
  '  - { name: staging, values: charts/*/values-staging.yaml, application: apps/staging/*.yaml }',
  // values-drift off: the charts live in no registry these tests reach.
  '  - { name: prod, values: charts/*/values-prod.yaml, application: apps/prod/*.yaml, protected: true, values-drift: off }',
  'render: off',
  '',
].join('\n');

const values = (app: string, tag: string, c: string, proxy: [string, string]) =>
  [
    `# ${app}`,
    'image:',
    `  repository: ghcr.io/acme/${app}`,
    `  tag: "${tag}"`,
    `  digest: ${d(c)}`,
    'proxy:',
    '  image:',
    '    repository: ghcr.io/acme/proxy',
    `    tag: "${proxy[0]}"`,
    `    digest: ${d(proxy[1])}`,
    '',
  ].join('\n');

const application = (env: string, app: string, version: string) =>
  [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Application',
    'metadata:',
    `  name: ${app}-${env}`,
    'spec:',
    '  sources:',
    '    - repoURL: ghcr.io/acme/charts',
    `      chart: ${app}`,
    `      targetRevision: ${version}`,
    '      helm:',
    `        valueFiles: [$values/charts/${app}/values-${env}.yaml]`,
    '    - { repoURL: https://github.com/acme/monorepo.git, targetRevision: main, ref: values }',
    '',
  ].join('\n');

const chart = (app: string, version: string) => ({
  [`charts/${app}/Chart.yaml`]: `apiVersion: v2\nname: ${app}\nversion: ${version}\n`,
  [`charts/${app}/values.yaml`]: `image: { repository: ghcr.io/acme/${app}, tag: "", digest: "" }\nproxy: { image: { repository: ghcr.io/acme/proxy, tag: "", digest: "" } }\n`,
  [`charts/${app}/templates/deployment.yaml`]: [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata: { name: {{ .Chart.Name }} }',
    'spec:',
    '  selector: { matchLabels: { app: {{ .Chart.Name }} } }',
    '  template:',
    '    metadata: { labels: { app: {{ .Chart.Name }} } }',
    '    spec:',
    '      containers:',
    '        - { name: app, image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}@{{ .Values.image.digest }}" }',
    '        - { name: proxy, image: "{{ .Values.proxy.image.repository }}:{{ .Values.proxy.image.tag }}@{{ .Values.proxy.image.digest }}" }',
    '',
  ].join('\n'),
});

/** Three apps: api and web in both environments, jobs in staging only (prod has no Application for it yet). */
const FILES = () => ({
  '.github/lockstep.yml': CONFIG,
  ...chart('api', '1.1.0'),
  ...chart('web', '2.0.0'),
  ...chart('jobs', '0.1.0'),
  'charts/api/values-staging.yaml': values('api', '1.1.0', 'b', ['2.0.0', 'e']),
  'charts/api/values-prod.yaml': values('api', '1.0.0', 'a', ['1.9.0', 'f']),
  'charts/web/values-staging.yaml': values('web', '3.1.0', 'c', ['2.0.0', 'e']),
  'charts/web/values-prod.yaml': values('web', '3.1.0', 'c', ['1.9.0', 'f']),
  'charts/jobs/values-staging.yaml': values('jobs', '0.1.0', '1', ['2.0.0', 'e']),
  'apps/staging/api.yaml': application('staging', 'api', '1.1.0'),
  'apps/staging/web.yaml': application('staging', 'web', '2.0.0'),
  'apps/staging/jobs.yaml': application('staging', 'jobs', '0.1.0'),
  'apps/prod/api.yaml': application('prod', 'api', '1.0.0'),
  'apps/prod/web.yaml': application('prod', 'web', '2.0.0'),
});

let fixture: GitFixture;
let double: GitHubDouble;

// Prepared once, copied for each test: the chart versions promoted to were released (chart-version refuses any
// other), their tags pushed.
const preparedCopy = preparedFixture(FILES(), (f) => {
  for (const t of ['api-1.1.0', 'web-2.0.0', 'jobs-0.1.0']) f.git('tag', t);
  f.git('push', '--quiet', 'origin', '--tags');
  return {};
});

beforeEach(async () => {
  fixture = preparedCopy().fixture;
  double = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fixture.origin }] });
});

afterEach(async () => {
  await double.stop();
  fixture.cleanup();
});

const origin = (...args: string[]) => execFileSync('git', ['--git-dir', fixture.origin, ...args], { encoding: 'utf8' }).trim();
const show = (ref: string, path: string) => origin('show', `${ref}:${path}`);

test('promote-env staging → prod: one pull request for every app both name, each app’s pins and chart version at its own files', async () => {
  const main = origin('rev-parse', 'refs/heads/main');
  const ws = fixture.clone('main');
  const r = await runPromoteEnv(ws, double, { from: 'staging', to: 'prod' });
  if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}`);
  expect(double.violations).toEqual([]);
  const pulls = double.pulls(REPO);
  expect(pulls.map((p) => [p.title, p.head, p.base, p.draft])).toEqual([
    ['promote: staging → prod (api/api, api/proxy, web/proxy)', 'promote/prod', 'main', true],
  ]);
  // One commit on promote/prod, on main, touching each app's own files only.
  expect(origin('rev-parse', 'refs/heads/promote/prod^')).toBe(main);
  expect(origin('diff', '--name-only', main, 'refs/heads/promote/prod').split('\n')).toEqual([
    'apps/prod/api.yaml',
    'charts/api/values-prod.yaml',
    'charts/web/values-prod.yaml',
  ]);
  expect(show('refs/heads/promote/prod', 'charts/api/values-prod.yaml')).toBe(values('api', '1.1.0', 'b', ['2.0.0', 'e']).trimEnd());
  expect(show('refs/heads/promote/prod', 'charts/web/values-prod.yaml')).toBe(values('web', '3.1.0', 'c', ['2.0.0', 'e']).trimEnd());
  expect(show('refs/heads/promote/prod', 'apps/prod/api.yaml')).toBe(application('prod', 'api', '1.1.0').trimEnd());
  const body = pulls[0].body;
  expect(body).toContain(
    [
      '| service | tag | digest | file | verified in | source commit |',
      '| --- | --- | --- | --- | --- | --- |',
      `| api/api | 1.0.0 → 1.1.0 | sha256:aaaaaaaaaaaa → sha256:bbbbbbbbbbbb | charts/api/values-prod.yaml:4 | staging/api | — |`,
      `| api/proxy | 1.9.0 → 2.0.0 | sha256:ffffffffffff → sha256:eeeeeeeeeeee | charts/api/values-prod.yaml:9 | staging/api | — |`,
      `| web/proxy | 1.9.0 → 2.0.0 | sha256:ffffffffffff → sha256:eeeeeeeeeeee | charts/web/values-prod.yaml:9 | staging/web | — |`,
      '| api/chart version | 1.0.0 → 1.1.0 |  | apps/prod/api.yaml:9 |  |  |',
    ].join('\n'),
  );
  expect(body).toContain('Source: staging (its pins at main).');
  // The app only staging names is said, not promoted.
  expect(body).toContain('> [!WARNING]\n> jobs: prod has no app jobs (charts/\\*/values-prod.yaml); not promoted.\n');
  expect(r.outputs.changed).toBe('true');
  expect(JSON.parse(r.outputs.changes)).toEqual([
    expect.objectContaining({ service: 'api', app: 'api', file: 'charts/api/values-prod.yaml', line: 4, 'new-digest': d('b') }),
    expect.objectContaining({ service: 'proxy', app: 'api', file: 'charts/api/values-prod.yaml', line: 9, 'new-digest': d('e') }),
    expect.objectContaining({ service: 'proxy', app: 'web', file: 'charts/web/values-prod.yaml', line: 9, 'new-digest': d('e') }),
    { service: 'chart', app: 'api', file: 'apps/prod/api.yaml', line: 9, 'old-version': '1.0.0', 'new-version': '1.1.0' },
  ]);
});

test('a refusal in one app refuses the whole promotion: nothing written, the file and line of that app', async () => {
  // staging's web runs an older chart than prod's: copying it would lower prod/web's chart version.
  fixture.commit('web staging on an older chart', { 'apps/staging/web.yaml': application('staging', 'web', '1.5.0') });
  fixture.git('push', '--quiet', 'origin', 'main');
  const main = origin('rev-parse', 'refs/heads/main');
  const ws = fixture.clone('main');
  const r = await runPromoteEnv(ws, double, { from: 'staging', to: 'prod' });
  if (r.code !== 1) throw new Error(r.stdout);
  const errors = r.annotations.filter((a) => a.level === 'error');
  expect(errors.map((e) => e.message)).toEqual([
    'apps/prod/web.yaml:9: chart 2.0.0 → 1.5.0 lowers the chart version prod/web runs — roll back with from: ref:<tag-or-sha>, or set allow-chart-downgrade: true to lower it on purpose',
  ]);
  expect(origin('rev-parse', 'refs/heads/main')).toBe(main);
  expect(origin('for-each-ref', '--format=%(refname)', 'refs/heads/promote/')).toBe('');
  expect(double.pulls(REPO)).toEqual([]);
  expect(execFileSync('git', ['status', '--porcelain'], { cwd: ws, encoding: 'utf8' })).toBe('');
});

test('a target of many apps from a source of one is refused at the source’s config line, nothing written', async () => {
  fixture.commit('staging as one app', {
    '.github/lockstep.yml': CONFIG.replace(
      'values: charts/*/values-staging.yaml, application: apps/staging/*.yaml',
      'values: charts/api/values-staging.yaml, application: apps/staging/api.yaml',
    ),
  });
  fixture.git('push', '--quiet', 'origin', 'main');
  const ws = fixture.clone('main');
  const r = await runPromoteEnv(ws, double, { from: 'staging', to: 'prod' });
  expect(r.code).toBe(1);
  expect(r.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
    ".github/lockstep.yml:6: prod names many apps (charts/*/values-prod.yaml) and staging one, so no app of one knows its app in the other — name staging's apps with a glob of the same shape (charts/*/values-prod.yaml)",
  ]);
  expect(double.pulls(REPO)).toEqual([]);
});

test('lockstep status: one column per environment, a row per app and service, each next promotion app by app', async () => {
  const ws = fixture.clone('main');
  const r = await runCli(['status'], { cwd: ws, env: GIT_ENV });
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
  const table = r.stdout
    .split('\n\n')[0]
    .split('\n')
    .map((l) => l.trimEnd().split(/ {2,}/));
  expect(table).toEqual([
    ['service', 'staging', 'prod'],
    ['api/api', '1.1.0 sha256:bbbbbbbbbbbb', '1.0.0 sha256:aaaaaaaaaaaa'],
    ['api/proxy', '2.0.0 sha256:eeeeeeeeeeee', '1.9.0 sha256:ffffffffffff'],
    ['api/chart version', '1.1.0', '1.0.0'],
    ['jobs/proxy', '2.0.0 sha256:eeeeeeeeeeee', '—'],
    ['jobs/chart version', '0.1.0', '—'],
    ['web/web', '3.1.0 sha256:cccccccccccc', '3.1.0 sha256:cccccccccccc'],
    ['web/proxy', '2.0.0 sha256:eeeeeeeeeeee', '1.9.0 sha256:ffffffffffff'],
    ['web/chart version', '2.0.0', '2.0.0'],
  ]);
  expect(r.stdout).toContain(
    'note: staging → prod: api/api 1.0.0 → 1.1.0 (sha256:bbbbbbbbbbbb), api/proxy 1.9.0 → 2.0.0 (sha256:eeeeeeeeeeee), web/proxy 1.9.0 → 2.0.0 (sha256:eeeeeeeeeeee), api/chart 1.0.0 → 1.1.0\n',
  );
  const json = JSON.parse((await runCli(['status', '--json'], { cwd: ws, env: GIT_ENV })).stdout);
  expect(json.environments[1].apps.web).toEqual({
    name: 'prod/web',
    'values-file': 'charts/web/values-prod.yaml',
    'values-missing': false,
    'chart-version': '2.0.0',
    services: { web: { tag: '3.1.0', digest: d('c') }, proxy: { tag: '1.9.0', digest: d('f') } },
  });
  expect(Object.keys(json.environments[1].apps)).toEqual(['api', 'web']);
});

test('lockstep check renders each app with its own chart: a template change renders only the apps of that chart', async () => {
  fixture.commit('render on', { '.github/lockstep.yml': CONFIG.replace('render: off', 'render: on\nvalues-contract: off') });
  fixture.git('push', '--quiet', 'origin', 'main');
  const ws = fixture.clone('main');
  execFileSync('git', ['checkout', '-q', '-b', 'pr'], { cwd: ws });
  const head = {
    'charts/web/templates/deployment.yaml': chart('web', '2.0.1')['charts/web/templates/deployment.yaml'].replace(
      'name: app, image:',
      'name: app, imagePullPolicy: Always, image:',
    ),
    'charts/web/Chart.yaml': chart('web', '2.0.1')['charts/web/Chart.yaml'],
  };
  const { writeFileSync } = await import('node:fs');
  for (const [p, t] of Object.entries(head)) writeFileSync(`${ws}/${p}`, t);
  execFileSync('git', ['commit', '-qam', 'web: pull always'], { cwd: ws, env: { ...process.env, ...GIT_ENV } });
  const r = await runCli(['check', '--base', 'main'], { cwd: ws, env: { ...GIT_ENV, PATH: testPath('helm') } });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const counts = r.stdout.split('\n').filter((l) => / in (staging|prod)\//.test(l));
  expect(counts).toEqual([
    "1 changed, 0 added, 0 removed in staging/web (chart web 2.0.0 → 2.0.1 (staging/web runs 2.0.0, as its Application pins it; 2.0.1 is this pull request's, run there once promoted) with Helm 3.17.3)",
    "1 changed, 0 added, 0 removed in prod/web (chart web 2.0.0 → 2.0.1 (prod/web runs 2.0.0, as its Application pins it; 2.0.1 is this pull request's, run there once promoted) with Helm 3.17.3)",
  ]);
  expect(r.stdout).toContain('note: protected environment prod/web: ✅ every rendered image pinned by digest (2 images judged)\n');
  // The apps nothing in the pull request reaches are not rendered, and said.
  expect(r.stdout).toContain(
    'note: not rendered: 3 environments that nothing this pull request changes reaches (their chart, values, Application and overlay are as at the base): staging/api, staging/jobs, prod/api\n',
  );
});

test('lockstep hydrate: an environment of many apps is one hydrated branch, each app rendered with its own chart under its id', async () => {
  fixture.commit('prod hydrated, values files only', {
    '.github/lockstep.yml': [
      'services:',
      '  api: { image: ghcr.io/acme/api, values-key: image }',
      '  web: { image: ghcr.io/acme/web, values-key: image }',
      'environments:',
      '  - { name: staging, values: charts/*/values-staging.yaml }',
      '  - { name: prod, values: charts/*/values-prod.yaml, hydrate: { branch: environment/prod } }',
      '',
    ].join('\n'),
  });
  fixture.git('push', '--quiet', 'origin', 'main');
  const ws = fixture.clone('main');
  const r = await runCli(['hydrate', '--env', 'prod', '--push'], { cwd: ws, env: { ...GIT_ENV, PATH: testPath('helm') } });
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
  expect(origin('ls-tree', '-r', '--name-only', 'refs/heads/environment/prod-next').split('\n')).toEqual([
    'api/manifest.yaml',
    'hydrator.metadata',
    'web/manifest.yaml',
  ]);
  const web = show('refs/heads/environment/prod-next', 'web/manifest.yaml');
  expect(web).toContain(`        - image: ghcr.io/acme/web:3.1.0@${d('c')}\n          name: app\n`);
  expect(web).toContain(`        - image: ghcr.io/acme/proxy:1.9.0@${d('f')}\n          name: proxy`);
  expect(show('refs/heads/environment/prod-next', 'api/manifest.yaml')).toContain(`        - image: ghcr.io/acme/api:1.0.0@${d('a')}\n`);
});

test('lockstep hydrate: apps of one environment render side by side, and the first in order that fails is what is said, nothing pushed', async () => {
  fixture.commit('prod hydrated, api and web broken', {
    '.github/lockstep.yml': [
      'services:',
      '  api: { image: ghcr.io/acme/api, values-key: image }',
      '  web: { image: ghcr.io/acme/web, values-key: image }',
      'environments:',
      '  - { name: staging, values: charts/*/values-staging.yaml }',
      '  - { name: prod, values: charts/*/values-prod.yaml, hydrate: { branch: environment/prod } }',
      '',
    ].join('\n'),
    // Both fail; api comes first in the environment's order, so its failure is the one said, though web's render
    // fails first (api's loops a while before it fails).
    'charts/api/templates/broken.yaml': '{{ range $i := until 400000 }}{{ $i }}{{ end }}{{ fail "api cannot render" }}\n',
    'charts/web/templates/broken.yaml': '{{ fail "web cannot render" }}\n',
  });
  fixture.git('push', '--quiet', 'origin', 'main');
  const ws = fixture.clone('main');
  const before = origin('for-each-ref', '--format=%(refname)', 'refs/heads/');
  const r = await runCli(['hydrate', '--env', 'prod', '--push'], { cwd: ws, env: { ...GIT_ENV, PATH: testPath('helm') } });
  expect(r.code).toBe(1);
  expect(r.stderr).toBe(
    `.github/lockstep.yml:6: prod does not render at ${fixture.git('rev-parse', 'HEAD').trim().slice(0, 12)}: prod/api: Error: execution error at (api/templates/broken.yaml:1:50): api cannot render — fix the chart, values or overlay; nothing was pushed\n`,
  );
  expect(r.stderr).not.toContain('web cannot render');
  expect(origin('for-each-ref', '--format=%(refname)', 'refs/heads/')).toBe(before);
});

test('fan-in between environments of many apps: each app of prod is promoted only from what the same app runs in every after: environment', async () => {
  fixture.commit('two staging environments, prod after both', {
    '.github/lockstep.yml': CONFIG.replace(
      '  - { name: staging, values: charts/*/values-staging.yaml, application: apps/staging/*.yaml }\n',
      [
        '  - { name: staging, values: charts/*/values-staging.yaml, application: apps/staging/*.yaml }',
        '  - { name: perf, values: charts/*/values-perf.yaml, application: apps/perf/*.yaml, after: [staging] }',
        '',
      ].join('\n'),
    ).replace('values-drift: off }', 'values-drift: off, after: [staging, perf] }'),
    // perf runs web as staging does, and an older api.
    'charts/api/values-perf.yaml': values('api', '1.0.0', 'a', ['2.0.0', 'e']),
    'charts/web/values-perf.yaml': values('web', '3.1.0', 'c', ['2.0.0', 'e']),
    'apps/perf/api.yaml': application('perf', 'api', '1.1.0'),
    'apps/perf/web.yaml': application('perf', 'web', '2.0.0'),
  });
  fixture.git('push', '--quiet', 'origin', 'main');
  const main = origin('rev-parse', 'refs/heads/main');
  const ws = fixture.clone('main');
  const r = await runPromoteEnv(ws, double, { from: 'staging', to: 'prod' });
  expect(r.code).toBe(1);
  // web runs the same in staging and perf: only api is held, by what perf's api runs.
  expect(r.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
    `promotion held: prod/api is promoted only from pins its after: environments run: perf/api lacks api ${d('b')} (it runs ${d('a')}) — run again once the gate lets it through (or set wait: draft to open a draft pull request meanwhile); nothing was written`,
  ]);
  expect(origin('rev-parse', 'refs/heads/main')).toBe(main);
  expect(double.pulls(REPO)).toEqual([]);
});

test('the values contract judges each app against the chart version promoted to it: a key no template of api 1.1.0 reads refuses prod', async () => {
  fixture.commit('prod/api sets a key its chart never reads', {
    'charts/api/values-prod.yaml': `${values('api', '1.0.0', 'a', ['1.9.0', 'f'])}replicaCount: 3\n`,
  });
  fixture.git('push', '--quiet', 'origin', 'main');
  const main = origin('rev-parse', 'refs/heads/main');
  const ws = fixture.clone('main');
  const r = await runPromoteEnv(ws, double, { from: 'staging', to: 'prod' });
  expect(r.code).toBe(1);
  expect(r.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
    'charts/api/values-prod.yaml:11: values-contract: prod/api: replicaCount is set, but no template of chart api 1.1.0 reads it — move it where the chart reads it or remove it before promoting chart api 1.1.0, or set values-contract: warn for prod in the config',
  ]);
  expect(origin('rev-parse', 'refs/heads/main')).toBe(main);
  expect(double.pulls(REPO)).toEqual([]);
});

test('lockstep promote --json between environments of many apps: each app’s values contract under apps', async () => {
  fixture.commit('prod/api sets a key its chart never reads', {
    'charts/api/values-prod.yaml': `${values('api', '1.0.0', 'a', ['1.9.0', 'f'])}replicaCount: 3\n`,
  });
  fixture.git('push', '--quiet', 'origin', 'main');
  const ws = fixture.clone('main');
  const r = await runCli(['promote', '--from', 'staging', '--to', 'prod', '--values-contract', 'warn', '--json'], {
    cwd: ws,
    env: GIT_ENV,
  });
  expect(r.code).toBe(0);
  const json = JSON.parse(r.stdout);
  expect([json['values-drift'], json['values-contract']]).toEqual([null, null]);
  expect(Object.keys(json.apps)).toEqual(['api', 'web']);
  expect(json.apps.web).toEqual({ 'values-drift': null, 'values-contract': null });
  expect(json.apps.api['values-contract']).toEqual({
    mode: 'warn',
    chart: 'api 1.1.0 from charts/api at tag api-1.1.0',
    checked: 7,
    'not-traced': 0,
    unread: null,
    findings: [
      {
        file: 'charts/api/values-prod.yaml',
        line: 11,
        key: 'replicaCount',
        message: 'values-contract: prod/api: replicaCount is set, but no template of chart api 1.1.0 reads it',
      },
    ],
  });
});

describe('every Application of one file as an app (environments/<env>/argocd-applications.yaml#*, seed 001’s layout)', () => {
  /** One file of an environment's Applications, one document each (metadata.name `<app>-<env>`: not what pairs them). */
  const applications = (env: string, apps: [string, string][]) => apps.map(([app, v]) => application(env, app, v)).join('---\n');
  const oneFile = (config = CONFIG) => {
    fixture.commit('one Application file per environment', {
      '.github/lockstep.yml': config.replaceAll(
        /application: apps\/(staging|prod)\/\*\.yaml/g,
        'application: environments/$1/argocd-applications.yaml#*',
      ),
      'apps/staging/api.yaml': null,
      'apps/staging/web.yaml': null,
      'apps/staging/jobs.yaml': null,
      'apps/prod/api.yaml': null,
      'apps/prod/web.yaml': null,
      'environments/staging/argocd-applications.yaml': applications('staging', [
        ['web', '2.0.0'],
        ['api', '1.1.0'],
        ['jobs', '0.1.0'],
      ]),
      'environments/prod/argocd-applications.yaml': applications('prod', [
        ['api', '1.0.0'],
        ['web', '2.0.0'],
      ]),
    });
    fixture.git('push', '--quiet', 'origin', 'main');
  };

  test('promote-env: each document paired with its app by the chart it deploys; the chart version written in its own document', async () => {
    oneFile();
    const main = origin('rev-parse', 'refs/heads/main');
    const ws = fixture.clone('main');
    const r = await runPromoteEnv(ws, double, { from: 'staging', to: 'prod' });
    if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}`);
    expect(double.violations).toEqual([]);
    expect(double.pulls(REPO).map((p) => p.title)).toEqual(['promote: staging → prod (api/api, api/proxy, web/proxy)']);
    expect(origin('diff', '--name-only', main, 'refs/heads/promote/prod').split('\n')).toEqual([
      'charts/api/values-prod.yaml',
      'charts/web/values-prod.yaml',
      'environments/prod/argocd-applications.yaml',
    ]);
    expect(show('refs/heads/promote/prod', 'environments/prod/argocd-applications.yaml')).toBe(
      applications('prod', [
        ['api', '1.1.0'],
        ['web', '2.0.0'],
      ]).trimEnd(),
    );
    expect(double.pulls(REPO)[0].body).toContain(
      '| api/chart version | 1.0.0 → 1.1.0 |  | environments/prod/argocd-applications.yaml:9 |  |  |',
    );
    expect(double.pulls(REPO)[0].body).toContain('> jobs: prod has no app jobs (charts/\\*/values-prod.yaml); not promoted.\n');
  });

  test('lockstep status: the file’s Applications as the environment’s apps', async () => {
    oneFile();
    const ws = fixture.clone('main');
    const r = await runCli(['status'], { cwd: ws, env: GIT_ENV });
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const rows = r.stdout
      .split('\n\n')[0]
      .split('\n')
      .map((l) => l.trimEnd().split(/ {2,}/));
    expect(rows.filter((row) => row[0].endsWith('chart version'))).toEqual([
      ['api/chart version', '1.1.0', '1.0.0'],
      ['jobs/chart version', '0.1.0', '—'],
      ['web/chart version', '2.0.0', '2.0.0'],
    ]);
  });

  test('lockstep check: a change to one Application of the file renders that app alone, at the version it now pins', async () => {
    oneFile(CONFIG.replace('render: off', 'render: on\nvalues-contract: off'));
    const ws = fixture.clone('main');
    execFileSync('git', ['checkout', '-q', '-b', 'pr'], { cwd: ws });
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      `${ws}/environments/prod/argocd-applications.yaml`,
      applications('prod', [
        ['api', '1.1.0'],
        ['web', '2.0.0'],
      ]),
    );
    execFileSync('git', ['commit', '-qam', 'prod: api 1.1.0'], { cwd: ws, env: { ...process.env, ...GIT_ENV } });
    const r = await runCli(['check', '--base', 'main'], { cwd: ws, env: { ...GIT_ENV, PATH: testPath('helm') } });
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(r.stdout.split('\n').filter((l) => / in (staging|prod)\//.test(l))).toEqual([
      "0 changed, 1 added, 0 removed in prod/api (chart api 1.0.0 → 1.1.0, as prod/api's Application pins it with Helm 3.17.3)",
    ]);
    expect(r.stdout).toContain(
      'note: not rendered: 4 environments that nothing this pull request changes reaches (their chart, values, Application and overlay are as at the base): staging/api, staging/jobs, staging/web, prod/web\n',
    );
  });
});
