import { execFileSync, spawnSync } from 'node:child_process';
import { GIT_ENV, type GitFixture } from '../harness/git-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../harness/github-double/index.ts';
import type { MergeGroupEvent, MergeMethod, QueueEntry } from '../harness/github-double/merge-queue.ts';
import { pushToMainEnv, releasedWithFeature } from '../harness/push-env.ts';
import { type ActionRun, runAction } from '../harness/run-action.ts';

// Issue 77 item 2, the rest of its rules, through prepare-release's committed bundle on Node 24 against the GitHub
// double's merge queue (queue branches `gh-readonly-queue/main/pr-<n>-<sha>`, GH006 on a push to a queued PR's
// branch, merge_group payloads as GitHub sends them): a run on push never touches a queued release PR; a merge
// group whose commit merges the release PR fails when the commits ahead of it call for another version or for
// notes the PR lacks; once the queue has landed without it, the next run rebuilds the PR.

const REPO = 'acme/mono';

let fx: GitFixture;
let gh: GitHubDouble;

const git = (dir: string, ...args: string[]) =>
  execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } }).trim();
const errors = (r: ActionRun) => r.annotations.filter((a) => a.level === 'error').map((a) => a.message);
const writes = () => gh.log.filter((e) => e.method !== 'GET').map((e) => `${e.method} ${e.path}`);
const refsOf = (dir: string) => git(dir, 'for-each-ref', '--format=%(refname) %(objectname)');

beforeEach(async () => {
  ({ fx } = releasedWithFeature());
  gh = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fx.origin }] });
});

afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.stop();
  fx.cleanup();
});

/** The push event GitHub sends when main moved from `before` to `after`. */
function pushEvent(before: string, after: string) {
  const commits = git(fx.origin, 'rev-list', '--reverse', `${before}..${after}`)
    .split('\n')
    .filter(Boolean)
    .map((id) => ({ id, distinct: true }));
  return { ref: 'refs/heads/main', before, after, forced: false, created: false, deleted: false, commits, head_commit: commits.at(-1) };
}

/** prepare-release on a push to main, in a depth-1 checkout of main as actions/checkout makes it. */
function onPush(event?: object, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction('prepare-release', {
    workspace: fx.clone('main', 1),
    inputs: { 'github-token': gh.token, ...inputs },
    eventName: 'push',
    ...(event ? { event } : {}),
    env: pushToMainEnv(gh, REPO),
    timeoutMs: 120000,
  });
}

/** prepare-release on the merge_group event of `entry`, in a depth-1 checkout of its queue branch. */
function onGroup(entry: QueueEntry, event: MergeGroupEvent | object): Promise<ActionRun> {
  return runAction('prepare-release', {
    workspace: fx.clone(entry.ref.replace(/^refs\/heads\//, ''), 1),
    inputs: { 'github-token': gh.token },
    eventName: 'merge_group',
    event,
    env: { ...pushToMainEnv(gh, REPO), GITHUB_REF: entry.ref, GITHUB_SHA: entry.head },
    timeoutMs: 120000,
  });
}

/** A pull request of one commit `message` on branch `head`, opened on the double: its number. */
function pullOf(head: string, message: string, files: Record<string, string>): number {
  fx.checkout('main');
  fx.git('pull', '--quiet', '--ff-only', 'origin', 'main');
  fx.checkout(head, true);
  fx.commit(message, files);
  fx.push(head);
  fx.checkout('main');
  return gh.seedPull(REPO, { head, title: message }).number;
}

/** The release PR #1 (1.5.0) opened by a run on push, and a pull request #2 `message` opened beside it. */
async function releasePrAnd(message: string): Promise<number> {
  const opened = await onPush();
  expect(opened.outputs).toMatchObject({ 'pr-number': '1', version: '1.5.0', branch: 'chore/release-1.5.0' });
  return pullOf('topic', message, { 'api.py': `${message}\n` });
}

describe('a run on push leaves a queued release PR as it is', () => {
  test.each(['git', 'api'])(
    'a feat! lands ahead of the queued release PR (commit-mode %s): exit 0, one line saying so, no push, no write to GitHub, the PR still queued',
    async (mode) => {
      const other = await releasePrAnd('feat!: drop the v1 API');
      const entries = gh.enqueue(REPO, [other, 1], 'squash');
      const pushed = gh.landQueue(REPO, [entries[0]]);
      const refs = refsOf(fx.origin);
      gh.log.length = 0;
      const r = await onPush(pushEvent(pushed.before, pushed.after), { 'commit-mode': mode });
      expect(errors(r)).toEqual([]);
      expect(r.code).toBe(0);
      const line = `Release PR #1 (chore/release-1.5.0) is in the merge queue (gh-readonly-queue/main/pr-1-${entries[0].head}): GitHub refuses pushes to a queued PR's branch, so the branch and the PR are left as they are; once the queue lands it, the next run on main releases it, and if it leaves the queue, the next run rebuilds it.`;
      expect(r.stdout.split('\n')).toContain(line);
      expect(r.summary).toContain(`- ${line}`);
      expect(r.outputs).toMatchObject({
        queued: 'true',
        'pr-number': '1',
        branch: 'chore/release-1.5.0',
        version: '2.0.0',
        released: 'false',
      });
      expect(writes()).toEqual([]);
      expect(refsOf(fx.origin)).toBe(refs);
      expect(gh.pulls(REPO).find((p) => p.number === 1)).toMatchObject({ state: 'open', head: 'chore/release-1.5.0' });
    },
  );

  test("the double refuses a push to a queued PR's branch as GitHub does (GH006), and takes it again once the PR left the queue", async () => {
    await releasePrAnd('docs: a page');
    const [entry] = gh.enqueue(REPO, [1], 'squash');
    const dir = fx.clone('chore/release-1.5.0');
    git(dir, 'commit', '--quiet', '--allow-empty', '-m', 'docs: a word');
    const refused = spawnSync('git', ['push', 'origin', 'chore/release-1.5.0'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ...GIT_ENV },
    });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(
      'remote: error: A pull request for this branch has been added to a merge queue. Branches that are queued for merging cannot be updated. To modify this branch, dequeue the associated pull request.',
    );
    gh.dequeue(REPO, entry);
    git(dir, 'push', '--quiet', 'origin', 'chore/release-1.5.0');
  });

  test('branches named like queue branches by someone else (another PR, another base, not a commit name) do not hold the release PR', async () => {
    await releasePrAnd('docs: a page');
    const tip = git(fx.origin, 'rev-parse', 'main');
    for (const name of [
      `gh-readonly-queue/main/pr-10-${tip}`,
      'gh-readonly-queue/main/pr-1-notacommit',
      `gh-readonly-queue/dev/pr-1-${tip}`,
    ])
      git(fx.origin, 'update-ref', `refs/heads/${name}`, tip);
    fx.git('pull', '--quiet', '--ff-only', 'origin', 'main');
    fx.commit('fix(api): keep the export order', { 'app.py': 'export ordered\n' });
    fx.push('main');
    const r = await onPush();
    expect(errors(r)).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ queued: 'false', 'pr-number': '1', version: '1.5.0', branch: 'chore/release-1.5.0' });
    expect(git(fx.origin, 'log', '-1', '--format=%s', 'chore/release-1.5.0')).toBe('chore(release): 1.5.0');
    expect(git(fx.origin, 'rev-parse', 'chore/release-1.5.0^')).toBe(git(fx.origin, 'rev-parse', 'main'));
  });
});

describe('merge_group: the release PR checked against the commits queued ahead of it', () => {
  /** The release PR queued behind pull request `message`: the entries, the workspace checked out and origin's refs. */
  async function queuedBehind(message: string, method: MergeMethod = 'squash') {
    const other = await releasePrAnd(message);
    const entries = gh.enqueue(REPO, [other, 1], method);
    gh.log.length = 0;
    return { entries, release: entries[1], refs: refsOf(fx.origin) };
  }

  test.each<MergeMethod>(['squash', 'merge', 'rebase'])(
    'a feat! ahead makes it 2.0.0 (%s): the group fails in one line naming the version; nothing written',
    async (method) => {
      const { entries, release, refs } = await queuedBehind('feat!: drop the v1 API', method);
      const r = await onGroup(release, gh.mergeGroupEvent(REPO, entries, release));
      expect(errors(r)).toEqual([
        'the release PR #1 in this merge group releases 1.5.0, but the commits ahead of it make it 2.0.0 — remove it from the queue; once the commits ahead of it land, the next prepare-release run on main rebuilds it as 2.0.0',
      ]);
      expect(r.code).toBe(1);
      expect(writes()).toEqual([]);
      expect(refsOf(fx.origin)).toBe(refs);
    },
  );

  test('a fix ahead keeps 1.5.0 but the PR lacks its note: the group fails naming the commit and the version', async () => {
    const { entries, release } = await queuedBehind('fix: keep the export order');
    const r = await onGroup(release, gh.mergeGroupEvent(REPO, entries, release));
    expect(errors(r)).toEqual([
      `the release PR #1 in this merge group releases 1.5.0 without the notes of 1 commit(s) ahead of it (${entries[0].head.slice(0, 7)} fix: keep the export order (#2)): it should be 1.5.0 with them — remove it from the queue; once the commits ahead of it land, the next prepare-release run on main rebuilds it`,
    ]);
    expect(r.code).toBe(1);
  });

  test('a chore ahead changes neither: the group passes, a dry run that says what it checked', async () => {
    const { entries, release, refs } = await queuedBehind('chore: tidy the build');
    const r = await onGroup(release, gh.mergeGroupEvent(REPO, entries, release));
    expect(errors(r)).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toContain(
      `Merge group gh-readonly-queue/main/pr-1-${entries[0].head}: release PR #1 releases 1.5.0, the version the commits ahead of it call for, and its notes list each of them. A dry run: nothing was written, pushed or called.`,
    );
    expect(r.outputs).toMatchObject({ version: '1.5.0', 'pr-number': '1', released: 'false', tag: '', queued: 'false' });
    expect(writes()).toEqual([]);
    expect(refsOf(fx.origin)).toBe(refs);
  });

  test('a forged head_ref (another pull request, or not a queue branch) and a head_sha that is not the checkout fail in one line', async () => {
    const { entries, release } = await queuedBehind('chore: tidy the build');
    const event = gh.mergeGroupEvent(REPO, entries, release);
    const other = {
      ...event,
      merge_group: { ...event.merge_group, head_ref: `refs/heads/gh-readonly-queue/main/pr-7-${release.entryBase}` },
    };
    expect(errors(await onGroup(release, other))).toEqual([
      `the merge group's head_ref names pull request #7, but its commit ${release.head.slice(0, 12)} merges release PR #1 — a merge_group event names the pull request whose merge its commit is; check the event the workflow was given`,
    ]);
    const injected = { ...event, merge_group: { ...event.merge_group, head_ref: 'refs/heads/main\n::error::forged' } };
    const r = await onGroup(release, injected);
    expect(r.code).toBe(1);
    expect(errors(r)).toEqual([
      `the merge_group event's merge_group.head_ref "refs/heads/main\\n::error::forged" is not a merge queue branch (refs/heads/gh-readonly-queue/<base>/pr-<n>-<sha>) — prepare-release reads the merge_group event GitHub sends for a merge queue entry (GITHUB_EVENT_PATH)`,
    ]);
    const elsewhere = { ...event, merge_group: { ...event.merge_group, head_sha: entries[0].head } };
    expect(errors(await onGroup(release, elsewhere))).toEqual([
      `HEAD ${release.head.slice(0, 12)} is not the merge group's commit ${entries[0].head.slice(0, 12)} (merge_group.head_sha) — check out the group's commit, as actions/checkout does on a merge_group event`,
    ]);
    expect(writes()).toEqual([]);
  });

  test('a bad payload leaves the workspace byte for byte as it was', async () => {
    const { entries, release } = await queuedBehind('chore: tidy the build');
    const event = gh.mergeGroupEvent(REPO, entries, release);
    const dir = fx.clone(release.ref.replace(/^refs\/heads\//, ''), 1);
    const before = git(dir, 'status', '--porcelain=v2', '--branch', '--untracked-files=all') + git(dir, 'rev-parse', 'HEAD');
    const r = await runAction('prepare-release', {
      workspace: dir,
      inputs: { 'github-token': gh.token },
      eventName: 'merge_group',
      event: { ...event, merge_group: { ...event.merge_group, head_sha: 'HEAD' } },
      env: { ...pushToMainEnv(gh, REPO), GITHUB_REF: release.ref, GITHUB_SHA: release.head },
      timeoutMs: 120000,
    });
    expect(errors(r)).toEqual([
      `the merge_group event's merge_group.head_sha "HEAD" is not a commit name — prepare-release reads the merge_group event GitHub sends for a merge queue entry (GITHUB_EVENT_PATH)`,
    ]);
    expect(r.code).toBe(1);
    expect(git(dir, 'status', '--porcelain=v2', '--branch', '--untracked-files=all') + git(dir, 'rev-parse', 'HEAD')).toBe(before);
  });
});

test('after the queue lands without the release PR, the next run on push rebuilds it for what landed', async () => {
  const other = await releasePrAnd('feat!: drop the v1 API');
  const entries = gh.enqueue(REPO, [other, 1], 'squash');
  expect((await onGroup(entries[1], gh.mergeGroupEvent(REPO, entries, entries[1]))).code).toBe(1);
  // The failed check takes the release PR out of the queue; the entry ahead of it lands alone.
  gh.dequeue(REPO, entries[1]);
  const pushed = gh.landQueue(REPO, [entries[0]]);
  expect(git(fx.origin, 'for-each-ref', '--format=%(refname)', 'refs/heads/gh-readonly-queue/')).toBe('');
  const r = await onPush(pushEvent(pushed.before, pushed.after));
  expect(errors(r)).toEqual([]);
  expect(r.code).toBe(0);
  expect(r.outputs).toMatchObject({ queued: 'false', version: '2.0.0', branch: 'chore/release-2.0.0', 'pr-number': '3' });
  expect(git(fx.origin, 'rev-parse', 'chore/release-2.0.0^')).toBe(pushed.after);
  const pulls = gh.pulls(REPO);
  expect(pulls.find((p) => p.number === 1)).toMatchObject({ state: 'closed' });
  expect(pulls.find((p) => p.number === 3)).toMatchObject({ state: 'open', head: 'chore/release-2.0.0', title: 'chore(release): 2.0.0' });
});
