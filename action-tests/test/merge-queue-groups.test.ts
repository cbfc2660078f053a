import { execFileSync } from 'node:child_process';
import { GIT_ENV, GitFixture } from '../harness/git-fixture.ts';
import { digest as d, environmentValues } from '../harness/promote-fixture.ts';
import { startGitHubDouble, type GitHubDouble } from '../harness/github-double/index.ts';
import type { MergeMethod } from '../harness/github-double/merge-queue.ts';
import { runAction } from '../harness/run-action.ts';

// Issue 55 item 8, through the committed bundles on Node 24: a release pull request or a promotion pull request
// that lands in a merge queue group with other pull requests (first, in the middle, last) is recognised on the
// push as when a person merges it directly: the same tag on its own merge commit, the same GitHub Release, the
// same Deployment of its merge commit, the same trailers. The push's HEAD (GITHUB_SHA) is the group's last pull
// request; the run reads the push's range from the event payload (before..after) and deepens its shallow
// checkout until it holds that range.

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

/** The push event GitHub sends when main moved from `before` to `after`: its commits listed oldest first. */
function pushEvent(before: string, after: string) {
  const commits = git(fx.origin, 'rev-list', '--reverse', `${before}..${after}`)
    .split('\n')
    .filter(Boolean)
    .map((id) => ({ id, distinct: true }));
  return { ref: 'refs/heads/main', before, after, forced: false, created: false, deleted: false, commits, head_commit: commits.at(-1) };
}

/** Two pull requests that change nothing lockstep reads (a docs page each), opened on the double: their numbers. */
function otherPulls(count: number): number[] {
  const numbers: number[] = [];
  for (let i = 0; i < count; i++) {
    fx.checkout('main');
    fx.checkout(`docs-${i}`, true);
    fx.commit(`docs: page ${i}`, { [`docs/page-${i}.md`]: `page ${i}\n` });
    fx.push(`docs-${i}`);
    numbers.push(gh.seedPull(REPO, { head: `docs-${i}`, title: `docs: page ${i}` }).number);
  }
  fx.checkout('main');
  return numbers;
}

/** `target` merged directly (the button), or queued in `group` (its place among the others) and the group landed. */
async function land(target: number, others: number[], place: number | 'direct', method: MergeMethod) {
  const before = git(fx.origin, 'rev-parse', 'main');
  if (place === 'direct') {
    const res = await fetch(`${gh.url}/repos/${REPO}/pulls/${target}/merge`, {
      method: 'PUT',
      headers: { authorization: `token ${gh.token}`, accept: 'application/vnd.github+json', 'content-type': 'application/json' },
      body: JSON.stringify({ merge_method: method }),
    });
    expect(res.status).toBe(200);
  } else {
    const group = [...others];
    group.splice(place, 0, target);
    const entries = gh.enqueue(REPO, group, method);
    expect(gh.landQueue(REPO, entries)).toEqual({ before, after: entries.at(-1)!.head });
  }
  const after = git(fx.origin, 'rev-parse', 'main');
  const merged = gh.pulls(REPO).find((p) => p.number === target)!.mergeCommitSha!;
  return { before, after, merged };
}

const RELEASE_FILES = {
  '.version': '1.4.2\n',
  'charts/myapp/Chart.yaml': 'apiVersion: v2\nname: myapp\nversion: 0.13.0\nappVersion: "1.4.2"\n',
  'README.md': 'mono\n',
};

/** A release prepared, its pull request landed, and prepare-release run on the push in a depth-1 checkout: what it left. */
async function releaseRecords(method: MergeMethod, others: number, place: number | 'direct') {
  fx = GitFixture.create(RELEASE_FILES);
  fx.git('tag', '-a', '-m', 'v1.4.2', 'v1.4.2');
  fx.commit('feat(api): add export (#12)', { 'services/api/app.py': 'export\n' });
  fx.git('push', '--quiet', '--follow-tags', 'origin', 'main');
  gh = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fx.origin }] });
  const env = { ...gh.env(), ...GIT_ENV, GITHUB_REPOSITORY: REPO, GITHUB_REF: 'refs/heads/main', SOURCE_DATE_EPOCH: '1795000000' };
  const opened = await runAction('prepare-release', {
    workspace: fx.clone('main', 1),
    inputs: { 'github-token': gh.token },
    eventName: 'push',
    env,
  });
  expect([opened.code, opened.outputs['pr-number']]).toEqual([0, '1']);
  const rest = otherPulls(place === 'direct' ? 0 : others);
  const { before, after, merged } = await land(1, rest, place, method);
  const r = await runAction('prepare-release', {
    workspace: fx.clone('main', 1),
    inputs: { 'github-token': gh.token },
    eventName: 'push',
    event: pushEvent(before, after),
    env: { ...env, GITHUB_SHA: after },
  });
  expect([r.code, r.annotations]).toEqual([0, []]);
  const release = gh.releases(REPO);
  // The release commit's tree (its CHANGELOG.md cites commits whose ids differ between two fixtures), named as such.
  const tree = git(fx.origin, 'rev-parse', `${gh.pulls(REPO).find((p) => p.number === 1)!.headSha}^{tree}`);
  const named = (text: string) => text.replaceAll(`Lockstep-Tree: ${tree}`, 'Lockstep-Tree: <the release commit’s tree>');
  return {
    outputs: {
      released: r.outputs.released,
      tag: r.outputs.tag,
      version: r.outputs.version,
      pr: r.outputs['pr-number'],
      branch: r.outputs.branch,
    },
    tagType: git(fx.origin, 'cat-file', '-t', 'refs/tags/v1.5.0'),
    taggedIsMerge: git(fx.origin, 'rev-parse', 'refs/tags/v1.5.0^{commit}') === merged,
    tagMessage: git(fx.origin, 'tag', '-l', '--format=%(contents)', 'v1.5.0'),
    tags: git(fx.origin, 'tag', '-l'),
    releases: release.map((x) => ({
      tag: x.tag,
      targetIsMerge: x.target === merged,
      name: x.name,
      body: x.body?.replaceAll(gh.url, '<server>'),
      prerelease: x.prerelease,
      draft: x.draft,
    })),
    mergeMessage: named(git(fx.origin, 'log', '-1', '--format=%B', merged)),
    trailers: named(git(fx.origin, 'log', '-1', '--format=%(trailers:only,unfold)', merged)),
    releasePull: gh
      .pulls(REPO)
      .filter((p) => p.number === 1)
      .map((p) => [p.number, p.state, p.merged]),
    openPulls: gh.pulls(REPO).filter((p) => p.state === 'open').length,
  };
}

const RELEASE_CASES: [MergeMethod, number, number][] = [
  ['squash', 1, 0],
  ['squash', 1, 1],
  ['merge', 2, 0],
  ['merge', 2, 1],
  ['merge', 2, 2],
  ['squash', 2, 1],
];

describe('prepare-release: the release pull request landed in a merge queue group', () => {
  test.each(RELEASE_CASES)(
    '%s, %d other pull requests, the release at place %d: the same records as a direct merge',
    async (method, others, place) => {
      const direct = await releaseRecords(method, others, 'direct');
      await gh.stop();
      fx.cleanup();
      const queued = await releaseRecords(method, others, place);
      expect(queued).toEqual(direct);
      expect(direct).toMatchObject({
        outputs: { released: 'true', tag: 'v1.5.0', version: '1.5.0', pr: '1', branch: '' },
        tagType: 'tag',
        taggedIsMerge: true,
        tagMessage: 'Release 1.5.0',
        tags: 'v1.4.2\nv1.5.0',
        releasePull: [[1, 'closed', true]],
        openPulls: 0,
      });
      expect(direct.releases).toEqual([
        {
          tag: 'v1.5.0',
          targetIsMerge: true,
          name: 'v1.5.0',
          body: expect.stringContaining('add export'),
          prerelease: false,
          draft: false,
        },
      ]);
    },
    300_000,
  );
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

/** dev → staging opened by promote-env, landed, and record: deployments run on the push in a depth-2 checkout. */
async function promotionRecords(others: number, place: number | 'direct') {
  fx = GitFixture.create({
    '.github/lockstep.yml': CONFIG,
    'charts/myapp/values-dev.yaml': environmentValues('dev', ['1.9.0', d('1')], ['0.9.1', d('b')]),
    'charts/myapp/values-staging.yaml': environmentValues('staging', ['1.7.3', d('c')], ['0.9.1', d('b')]),
  });
  gh = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fx.origin }] });
  const ws = fx.clone('main');
  const opened = await runAction('promote-env', {
    workspace: ws,
    inputs: { 'github-token': gh.token, from: 'dev', to: 'staging' },
    env: { ...gh.env(), HOME: ws },
    timeoutMs: 90000,
  });
  expect([opened.code, opened.annotations]).toEqual([0, []]);
  const rest = otherPulls(place === 'direct' ? 0 : others);
  const { before, after, merged } = await land(Number(opened.outputs['pr-number']), rest, place, 'merge');
  const clone = fx.clone('main', 2);
  const r = await runAction('promote-env', {
    workspace: clone,
    eventName: 'push',
    event: pushEvent(before, after),
    inputs: { 'github-token': gh.token, record: 'deployments' },
    env: { ...gh.env(), HOME: clone, GITHUB_SHA: after, GITHUB_REF: 'refs/heads/main' },
    timeoutMs: 90000,
  });
  expect([r.code, r.annotations]).toEqual([0, []]);
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
    changed: r.outputs.changed,
    trailers: git(fx.origin, 'log', '-1', '--format=%(trailers:only,unfold)', `${merged}^2`),
  };
}

describe('promote-env record: deployments: the promotion pull request landed in a merge queue group', () => {
  test.each<[number, number]>([
    [1, 0],
    [1, 1],
    [2, 0],
    [2, 1],
    [2, 2],
  ])(
    '%d other pull requests, the promotion at place %d: the same Deployment and trailers as a direct merge',
    async (others, place) => {
      const direct = await promotionRecords(others, 'direct');
      await gh.stop();
      fx.cleanup();
      const queued = await promotionRecords(others, place);
      expect(queued).toEqual(direct);
      expect(direct.deployments).toEqual([
        {
          sameSha: true,
          environment: 'staging',
          payload: {
            lockstep: 'promote-env',
            services: { api: { tag: '1.9.0', digest: d('1') }, worker: { tag: '0.9.1', digest: d('b') } },
          },
          description: 'lockstep promote-env: api 1.9.0, worker 0.9.1',
          statuses: [['success', 'https://staging.acme.example/']],
        },
      ]);
      expect(direct.outputs).toEqual([['staging', 'created', true]]);
      expect(direct.changed).toBe('true');
      expect(direct.trailers).toMatch(/^Lockstep-/m);
    },
    300_000,
  );
});
