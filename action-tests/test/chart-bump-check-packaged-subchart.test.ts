import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type Files, fixturesRemovedAfterAll } from '../harness/git-fixture.ts';
import { runAction, type ActionRun } from '../harness/run-action.ts';

// End-to-end (issue 72, audit item 2): a subchart kept packaged under a chart's charts/ (a committed .tgz) is part of
// what Helm renders, with or without a dependencies: entry naming it. The committed chart-bump-check bundle, with the
// real Helm 3.17.3, must not judge a protected environment without it: it fails closed at the file that brings it.

const HELM = process.env.LOCKSTEP_HELM!;
const TOOLS = `${dirname(HELM)}:${dirname(process.env.LOCKSTEP_KUBECTL!)}:/usr/bin:/bin`;
const DIGEST = `sha256:${'f'.repeat(64)}`;
const chart = (version: string, extra = '') => `apiVersion: v2\nname: myapp\nversion: ${version}\n${extra}`;
const workload = (kind: string, name: string, image: string) =>
  [
    'apiVersion: apps/v1',
    `kind: ${kind}`,
    'metadata:',
    `  name: ${name}`,
    'spec:',
    `  selector: { matchLabels: { app: ${name} } }`,
    '  template:',
    `    metadata: { labels: { app: ${name} } }`,
    '    spec:',
    '      containers:',
    `        - name: ${name}`,
    `          image: ${image}`,
    '',
  ].join('\n');

const REPO: Files = {
  '.github/lockstep.yml': [
    'charts: [charts/*]',
    'environments:',
    '  - { name: dev, values: envs/dev.yaml }',
    '  - { name: prod, values: envs/prod.yaml, protected: true }',
    '',
  ].join('\n'),
  'charts/myapp/Chart.yaml': chart('1.4.2'),
  'charts/myapp/values.yaml': 'image: ghcr.io/acme/api:1.0.0\n',
  'charts/myapp/templates/deployment.yaml': workload('Deployment', 'api', '{{ .Values.image }}'),
  'envs/dev.yaml': 'image: ghcr.io/acme/api:1.1.0\n',
  'envs/prod.yaml': `image: ghcr.io/acme/api:1.0.0@${DIGEST}\n`,
};

/** redis 19.0.0 packaged by the real `helm package`: one Deployment running evil.example/redis:latest. */
function packagedRedis(): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'lockstep-redis-'));
  try {
    mkdirSync(join(dir, 'redis', 'templates'), { recursive: true });
    writeFileSync(join(dir, 'redis', 'Chart.yaml'), 'apiVersion: v2\nname: redis\nversion: 19.0.0\n');
    writeFileSync(join(dir, 'redis', 'templates', 'redis.yaml'), workload('Deployment', 'redis', 'evil.example/redis:latest'));
    execFileSync(HELM, ['package', join(dir, 'redis'), '--destination', dir], { stdio: 'pipe' });
    return readFileSync(join(dir, 'redis-19.0.0.tgz'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const REDIS = packagedRedis();

const newRepo = fixturesRemovedAfterAll();

function pullRequest(changes: Files) {
  const repo = newRepo(REPO);
  const base = repo.git('rev-parse', 'HEAD');
  repo.checkout('pr', true);
  const head = repo.commit('feat: change', changes);
  repo.push('pr');
  repo.checkout('main');
  repo.push('main');
  repo.checkout('pr');
  return { repo, event: { pull_request: { number: 7, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'pr' } } } };
}

const check = (pr: ReturnType<typeof pullRequest>): Promise<ActionRun> =>
  runAction('chart-bump-check', { workspace: pr.repo.dir, eventName: 'pull_request', event: pr.event, env: { PATH: TOOLS } });

const said = (run: ActionRun, level: 'error' | 'warning') =>
  run.annotations.filter((a) => a.level === level).map((a) => `${a.file}:${a.line}: ${a.message.replace(/^\S+:\d+: /, '')}`);

/** The images the real `helm template` renders of the chart folder as the pull request leaves it, with prod's values. */
const helmImages = (pr: ReturnType<typeof pullRequest>) =>
  [
    ...execFileSync(HELM, ['template', 'myapp', join(pr.repo.dir, 'charts/myapp'), '-f', join(pr.repo.dir, 'envs/prod.yaml')], {
      encoding: 'utf8',
    }).matchAll(/image: (\S+)/g),
  ].map((m) => m[1]);

const BUMP_WITH_REDIS = { 'charts/myapp/Chart.yaml': chart('1.5.0'), 'charts/myapp/charts/redis-19.0.0.tgz': REDIS };

describe('chart-bump-check: a packaged subchart under charts/ (issue 72 audit item 2)', () => {
  test('named by a dependencies: entry: prod fails closed at the dependency line, as a remote dependency does', async () => {
    const pr = pullRequest({
      ...BUMP_WITH_REDIS,
      'charts/myapp/Chart.yaml': chart(
        '1.5.0',
        'dependencies:\n  - name: redis\n    version: 19.0.0\n    repository: https://charts.example.com\n',
      ),
    });
    // What Helm renders for prod: the subchart's tag beside the api's digest.
    expect(helmImages(pr)).toEqual(['evil.example/redis:latest', `ghcr.io/acme/api:1.0.0@${DIGEST}`]);
    const run = await check(pr);
    expect(run.code).toBe(1);
    expect(run.outputs.ok).toBe('false');
    const why =
      'redis unavailable (a packaged subchart kept in git is not read) — unpack charts/redis-*.tgz into the folder charts/redis/, so the subchart the cluster receives is the one reviewed';
    expect(said(run, 'error')).toEqual([`charts/myapp/Chart.yaml:5: prod, a protected environment cannot be judged at the head: ${why}`]);
    expect(said(run, 'warning')).toEqual([`charts/myapp/Chart.yaml:5: dev cannot be judged at the head: ${why}`]);
    expect(run.summary).toContain(
      '| prod | ❌ cannot be judged at the head: redis unavailable (a packaged subchart kept in git is not read) |',
    );
    expect(run.summary).not.toContain('✅ every rendered image');
  });

  test('named by no dependencies: entry, which Helm loads all the same: prod fails closed at the archive', async () => {
    // Before: the archive was read as text and handed to Helm broken ("gzip: invalid header"), a failure Helm never has.
    const pr = pullRequest(BUMP_WITH_REDIS);
    expect(helmImages(pr)).toEqual(['evil.example/redis:latest', `ghcr.io/acme/api:1.0.0@${DIGEST}`]);
    const run = await check(pr);
    expect(run.code).toBe(1);
    expect(run.outputs.ok).toBe('false');
    const why =
      'redis-19.0.0.tgz unavailable (a packaged subchart kept in git is not read) — unpack it into a folder under charts/, so the subchart the cluster receives is the one reviewed (Helm loads every charts/*.tgz, named by dependencies: or not)';
    expect(said(run, 'error')).toEqual([
      `charts/myapp/charts/redis-19.0.0.tgz:1: prod, a protected environment cannot be judged at the head: ${why}`,
    ]);
    expect(said(run, 'warning')).toEqual([`charts/myapp/charts/redis-19.0.0.tgz:1: dev cannot be judged at the head: ${why}`]);
    expect(run.summary).toContain(
      '| prod | ❌ cannot be judged at the head: redis-19.0.0.tgz unavailable (a packaged subchart kept in git is not read) |',
    );
    expect(run.summary).not.toContain('gzip');
  });

  test("left out by the chart's .helmignore, as Helm leaves it out: prod renders and is judged pinned", async () => {
    const pr = pullRequest({ ...BUMP_WITH_REDIS, 'charts/myapp/.helmignore': '*.tgz\n' });
    expect(helmImages(pr)).toEqual([`ghcr.io/acme/api:1.0.0@${DIGEST}`]);
    const run = await check(pr);
    expect(run.code).toBe(0);
    expect(said(run, 'error')).toEqual([]);
    expect(run.summary).toContain('| prod | ✅ every rendered image pinned by digest (1 image judged) |');
  });
});
