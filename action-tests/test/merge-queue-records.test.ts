import { execFileSync } from 'node:child_process';
import { GIT_ENV, GitFixture } from '../harness/git-fixture.ts';
import { digest as d, environmentValues } from '../harness/promote-fixture.ts';
import { startGitHubDouble, type GitHubDouble } from '../harness/github-double/index.ts';
import type { MergeMethod } from '../harness/github-double/merge-queue.ts';
import { runAction, type ActionRun } from '../harness/run-action.ts';

// Issue 55 item 8, through the committed bundles on Node 24: a release pull request and a promotion pull request
// merged by the GitHub double's merge queue (the merge written on gh-readonly-queue/main/pr-<n>-<sha>, then main
// fast-forwarded to it) are recognised as when a person merges them directly, and leave the same records.

const REPO = 'acme/monorepo';

let fx: GitFixture;
let gh: GitHubDouble;
afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.stop();
  fx.cleanup();
});

const git = (dir: string, ...args: string[]) =>
  execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } }).trim();

/** Merges pull request `n` as a person pressing the button, or through the merge queue (a group of one, landed). */
async function land(n: number, method: MergeMethod, how: 'direct' | 'queue'): Promise<string> {
  if (how === 'queue') {
    const entries = gh.enqueue(REPO, [n], method);
    expect(entries[0].ref).toBe(`refs/heads/gh-readonly-queue/main/pr-${n}-${entries[0].entryBase}`);
    return gh.landQueue(REPO, entries).after;
  }
  const res = await fetch(`${gh.url}/repos/${REPO}/pulls/${n}/merge`, {
    method: 'PUT',
    headers: { authorization: `token ${gh.token}`, accept: 'application/vnd.github+json', 'content-type': 'application/json' },
    body: JSON.stringify({ merge_method: method }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { sha: string }).sha;
}

const RELEASE_FILES = {
  '.version': '1.4.2\n',
  'charts/myapp/Chart.yaml': 'apiVersion: v2\nname: myapp\nversion: 0.13.0\nappVersion: "1.4.2"\n',
  'README.md': 'mono\n',
};

function prepareRelease(dir: string): Promise<ActionRun> {
  return runAction('prepare-release', {
    workspace: dir,
    inputs: { 'github-token': gh.token },
    eventName: 'push',
    env: { ...gh.env(), ...GIT_ENV, GITHUB_REPOSITORY: REPO, GITHUB_REF: 'refs/heads/main', SOURCE_DATE_EPOCH: '1795000000' },
  });
}

/** A release prepared, its pull request merged `how`, and prepare-release run on the push: what it left. */
async function releaseRecords(method: MergeMethod, how: 'direct' | 'queue') {
  fx = GitFixture.create(RELEASE_FILES);
  fx.git('tag', '-a', '-m', 'v1.4.2', 'v1.4.2');
  fx.commit('feat(api): add export (#12)', { 'services/api/app.py': 'export\n' });
  fx.git('push', '--quiet', '--follow-tags', 'origin', 'main');
  gh = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fx.origin }] });
  const opened = await prepareRelease(fx.clone('main', 1));
  expect([opened.code, opened.outputs['pr-number']]).toEqual([0, '1']);
  const merged = await land(1, method, how);
  expect(git(fx.origin, 'rev-parse', 'main')).toBe(merged);
  const r = await prepareRelease(fx.clone('main', 1));
  expect(r.code).toBe(0);
  const [release] = gh.releases(REPO);
  return {
    outputs: { released: r.outputs.released, tag: r.outputs.tag, version: r.outputs.version, pr: r.outputs['pr-number'] },
    tagType: git(fx.origin, 'cat-file', '-t', 'refs/tags/v1.5.0'),
    taggedIsMerge: git(fx.origin, 'rev-parse', 'refs/tags/v1.5.0^{commit}') === merged,
    tagMessage: git(fx.origin, 'tag', '-l', '--format=%(contents)', 'v1.5.0'),
    releases: gh.releases(REPO).length,
    release: {
      tag: release?.tag,
      name: release?.name,
      body: release?.body?.replaceAll(gh.url, '<server>'),
      prerelease: release?.prerelease,
      draft: release?.draft,
    },
    pulls: gh.pulls(REPO).map((p) => [p.number, p.state, p.merged]),
  };
}

describe.each<MergeMethod>(['squash', 'merge'])('prepare-release, release pull request merged by %s', (method) => {
  test('through the merge queue: the same tag and GitHub Release as a direct merge', async () => {
    const direct = await releaseRecords(method, 'direct');
    await gh.stop();
    fx.cleanup();
    const queued = await releaseRecords(method, 'queue');
    expect(queued).toEqual(direct);
    expect(direct).toMatchObject({
      outputs: { released: 'true', tag: 'v1.5.0', version: '1.5.0', pr: '1' },
      tagType: 'tag',
      taggedIsMerge: true,
      releases: 1,
      release: { tag: 'v1.5.0', name: 'v1.5.0', prerelease: false, draft: false },
      pulls: [[1, 'closed', true]],
    });
    expect(direct.release.body).toContain('add export');
  }, 240_000);
});

const CONFIG = [
  'services:',
  '  api: { image: ghcr.io/acme/api, values-key: services.api.image }',
  '  worker: { image: ghcr.io/acme/worker, values-key: services.worker.image }',
  'environments:',
  '  - { name: dev, values: charts/myapp/values-dev.yaml }',
  '  - { name: staging, values: charts/myapp/values-staging.yaml, url: "https://staging.acme.example/" }',
  '',
].join('\n');

/** dev → staging opened by promote-env, merged `how`, and record: deployments run on the push: what it left. */
async function promotionRecords(how: 'direct' | 'queue') {
  fx = GitFixture.create({
    '.github/lockstep.yml': CONFIG,
    'charts/myapp/values-dev.yaml': environmentValues('dev', ['1.9.0', d('1')], ['0.9.1', d('b')]),
    'charts/myapp/values-staging.yaml': environmentValues('staging', ['1.7.3', d('c')], ['0.9.1', d('b')]),
  });
  gh = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fx.origin }] });
  const ws = fx.clone('main');
  const env = { ...gh.env(), HOME: ws };
  const opened = await runAction('promote-env', {
    workspace: ws,
    inputs: { 'github-token': gh.token, from: 'dev', to: 'staging' },
    env,
    timeoutMs: 90000,
  });
  expect([opened.code, opened.annotations]).toEqual([0, []]);
  const merged = await land(Number(opened.outputs['pr-number']), 'merge', how);
  const r = await runAction('promote-env', {
    workspace: ws,
    eventName: 'push',
    inputs: { 'github-token': gh.token, record: 'deployments' },
    env: { ...env, GITHUB_SHA: merged, GITHUB_REF: 'refs/heads/main' },
    timeoutMs: 90000,
  });
  expect(r.code).toBe(0);
  const trailers = git(fx.origin, 'log', '-1', '--format=%(trailers:only,unfold)', `${merged}^2`);
  return {
    deployments: gh.deployments(REPO).map((x) => ({
      sameSha: x.sha === merged,
      environment: x.environment,
      payload: x.payload,
      description: x.description,
      statuses: x.statuses.map((s) => [s.state, s.environmentUrl]),
    })),
    outputs: JSON.parse(r.outputs.deployments).map((o: { environment: string; outcome: string; sha: string }) => [
      o.environment,
      o.outcome,
      o.sha === merged,
    ]),
    trailers,
  };
}

test('promote-env: a promotion merged through the merge queue is recorded as the same Deployment, with the same trailers, as a direct merge', async () => {
  const direct = await promotionRecords('direct');
  await gh.stop();
  fx.cleanup();
  const queued = await promotionRecords('queue');
  expect(queued).toEqual(direct);
  expect(direct.deployments).toEqual([
    {
      sameSha: true,
      environment: 'staging',
      payload: { lockstep: 'promote-env', services: { api: { tag: '1.9.0', digest: d('1') }, worker: { tag: '0.9.1', digest: d('b') } } },
      description: 'lockstep promote-env: api 1.9.0, worker 0.9.1',
      statuses: [['success', 'https://staging.acme.example/']],
    },
  ]);
  expect(direct.outputs).toEqual([['staging', 'created', true]]);
  expect(direct.trailers).toContain('Lockstep-');
}, 240_000);
