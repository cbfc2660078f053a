import { execFileSync } from 'node:child_process';
import { GIT_ENV, type GitFixture } from '../harness/git-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../harness/github-double/index.ts';
import { pushToMainEnv, releasedWithFeature } from '../harness/push-env.ts';
import { runAction } from '../harness/run-action.ts';

// Issue 77 item 2, its first rule, through the committed bundle: a prepare-release run on a `merge_group`
// event (the queue testing its group commit, which may never land on main) never tags, publishes or
// pushes — even when the group's commit is the release pull request's merge. It previews, as on a pull
// request; the push to main once the queue lands is what releases.

const REPO = 'acme/mono';

let fx: GitFixture;
let gh: GitHubDouble;

const git = (dir: string, ...args: string[]) =>
  execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } }).trim();

beforeEach(async () => {
  ({ fx } = releasedWithFeature());
  gh = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fx.origin }] });
});

afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.stop();
  fx.cleanup();
});

test('merge_group with the release pull request queued: a dry run — no tag, no Release, no push, no write to GitHub', async () => {
  const opened = await runAction('prepare-release', {
    workspace: fx.clone('main', 1),
    inputs: { 'github-token': gh.token },
    eventName: 'push',
    env: pushToMainEnv(gh, REPO),
    timeoutMs: 120000,
  });
  expect(opened.outputs['pr-number']).toBe('1');
  const entries = gh.enqueue(REPO, [1], 'squash');
  const [entry] = entries;
  const refs = git(fx.origin, 'for-each-ref', '--format=%(refname) %(objectname)');
  gh.log.length = 0;
  const r = await runAction('prepare-release', {
    workspace: fx.clone(entry.ref.replace(/^refs\/heads\//, ''), 1),
    inputs: { 'github-token': gh.token },
    eventName: 'merge_group',
    event: gh.mergeGroupEvent(REPO, entries, entry),
    env: { ...pushToMainEnv(gh, REPO), GITHUB_REF: entry.ref, GITHUB_SHA: entry.head },
    timeoutMs: 120000,
  });
  expect(r.annotations.filter((a) => a.level === 'error')).toEqual([]);
  expect(r.code).toBe(0);
  expect(r.outputs).toMatchObject({ released: 'false', tag: '' });
  expect(git(fx.origin, 'for-each-ref', '--format=%(refname) %(objectname)')).toBe(refs);
  expect(git(fx.origin, 'tag', '--list', 'v1.5.0')).toBe('');
  expect(gh.releases(REPO)).toEqual([]);
  expect(gh.log.filter((e) => e.method !== 'GET')).toEqual([]);
});
