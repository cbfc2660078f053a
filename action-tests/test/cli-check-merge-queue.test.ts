import { execFileSync } from 'node:child_process';
import { type Files, fixturesRemovedAfterAll } from '../harness/git-fixture.ts';
import { startGitHubDouble, type GitHubDouble } from '../harness/github-double/index.ts';
import type { MergeMethod, QueueEntry } from '../harness/github-double/merge-queue.ts';
import { runAction, type ActionRun } from '../harness/run-action.ts';
import { runCli } from '../harness/run-cli.ts';

// `lockstep check` (the committed CLI bundle) on a checkout of a merge queue branch, as actions/checkout leaves a
// merge_group job or as a person fetches one: the bare origin holds the gh-readonly-queue/ branches the GitHub
// double's queue writes (one group commit per pull request on top of the base), and the CLI, with no event to
// read, takes the entry from the branch. It refuses as chart-bump-check does on merge_group: the same line, exit 1.

const REPO = 'acme/charts';
const chart = (version: string) =>
  `apiVersion: v2\nname: myapp\ndescription: myapp chart\ntype: application\nversion: ${version}\nappVersion: "1.7.3"\n`;
const FILES: Files = {
  'charts/myapp/Chart.yaml': chart('1.4.2'),
  'charts/myapp/values.yaml': 'replicaCount: 1\n',
  'charts/myapp/templates/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\n',
  'docs/README.md': 'docs\n',
};
const BUMP_A: Files = {
  'charts/myapp/Chart.yaml': chart('1.4.3'),
  'charts/myapp/templates/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nspec: {}\n',
};
const BUMP_B = (version: string): Files => ({
  'charts/myapp/Chart.yaml': chart(version),
  'charts/myapp/templates/svc.yaml': 'kind: Service\n',
});

const newRepo = fixturesRemovedAfterAll();
let gh: GitHubDouble;
afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.stop();
});

/** main with `files` (FILES), a pull request branch per entry of `pulls` (each off main as it is now), opened on the double in that order. */
async function repoWithPulls(pulls: Files[], files: Files = FILES) {
  const repo = newRepo(files);
  gh = await startGitHubDouble({ repositories: [{ fullName: REPO, path: repo.origin }] });
  const numbers = pulls.map((changes, i) => {
    repo.checkout('main');
    repo.checkout(`feature-${i}`, true);
    repo.commit(`feat: change ${i}`, changes);
    repo.push(`feature-${i}`);
    return gh.seedPull(REPO, { head: `feature-${i}`, title: `feat: change ${i}` }).number;
  });
  repo.checkout('main');
  return { repo, numbers };
}

const branchOf = (entry: QueueEntry) => entry.ref.replace('refs/heads/', '');
const short = (sha: string) => sha.slice(0, 12);
const git = (dir: string, ...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
const status = (dir: string) => git(dir, 'status', '--porcelain');
/** The action's error lines on the entry's merge_group event, in a depth-1 clone of its branch. */
async function actionErrors(repo: ReturnType<typeof newRepo>, entries: QueueEntry[], entry: QueueEntry) {
  const run: ActionRun = await runAction('chart-bump-check', {
    workspace: repo.clone(branchOf(entry), 1),
    eventName: 'merge_group',
    event: gh.mergeGroupEvent(REPO, entries, entry),
  });
  return { code: run.code, errors: run.annotations.filter((a) => a.level === 'error').map((a) => a.message) };
}
/** The line check says when it defaults --base to the queue's base. */
const said = (entry: QueueEntry) =>
  `checking merge queue entry #${entry.pull} into main, built on ${short(entry.entryBase)}: comparing with origin/main, the queue's base (pass --base for another)`;
/** stderr's lines but the notes on what a shallow clone fetched. */
const lines = (stderr: string) => stderr.split('\n').filter((l) => l !== '' && !/^(fetched |deepened history)/.test(l));

describe.each<MergeMethod>(['squash', 'merge'])('lockstep check on a merge queue branch (%s)', (method) => {
  test('two pull requests bumping to the same version in one group: the first passes, the second is refused as the action refuses it', async () => {
    const { repo, numbers } = await repoWithPulls([BUMP_A, BUMP_B('1.4.3')]);
    const entries = gh.enqueue(REPO, numbers, method);
    const refusal = `charts/myapp/Chart.yaml:5: version 1.4.3 is not greater than 1.4.3 on the merge queue entry's base ${short(entries[0].head)} for #2; 1.4.3 was taken by #1 (commit ${short(entries[0].head)}) — needs 1.4.4 or higher`;
    expect(await actionErrors(repo, entries, entries[1])).toEqual({ code: 1, errors: [refusal] });

    // A depth-1 clone of each entry's branch, as actions/checkout leaves a merge_group job: no flag at all.
    const first = repo.clone(branchOf(entries[0]), 1);
    const passed = await runCli(['check'], { cwd: first });
    expect([passed.code, lines(passed.stderr)]).toEqual([0, [said(entries[0])]]);
    const second = repo.clone(branchOf(entries[1]), 1);
    const refused = await runCli(['check'], { cwd: second });
    expect([refused.code, lines(refused.stderr)]).toEqual([1, [said(entries[1]), refusal]]);
    const json = await runCli(['check', '--json'], { cwd: second });
    const doc = JSON.parse(json.stdout);
    expect([json.code, doc.outcome, doc.ok, doc.errors.map((e: { message: string }) => e.message)]).toEqual([
      1,
      'refused',
      false,
      [refusal],
    ]);
    expect([status(first), status(second)]).toEqual(['', '']);

    // A person's full clone on main: --head naming origin's queue branch; then a detached checkout of it; then both flags.
    const mine = repo.clone('main');
    const named = await runCli(['check', '--head', `origin/${branchOf(entries[1])}`], { cwd: mine });
    expect([named.code, lines(named.stderr)]).toEqual([1, [said(entries[1]), refusal]]);
    git(mine, 'checkout', '--quiet', '--detach', `origin/${branchOf(entries[1])}`);
    const detached = await runCli(['check'], { cwd: mine });
    expect([detached.code, lines(detached.stderr)]).toEqual([1, [said(entries[1]), refusal]]);
    const both = await runCli(['check', '--base', 'origin/main', '--head', `refs/remotes/origin/${branchOf(entries[1])}`], { cwd: mine });
    expect([both.code, lines(both.stderr)]).toEqual([1, [refusal]]);
    expect(status(mine)).toBe('');
  }, 240_000);

  test('a version the queue already landed on main: refused naming the pull request that took it, as the action does', async () => {
    const { repo, numbers } = await repoWithPulls([BUMP_A, BUMP_B('1.4.3')]);
    gh.landQueue(REPO, gh.enqueue(REPO, [numbers[0]], method));
    const landed = git(repo.origin, 'rev-parse', 'main');
    const same = gh.enqueue(REPO, [numbers[1]], method);
    const refusal = `charts/myapp/Chart.yaml:5: charts/myapp changed but version 1.4.3 was not bumped; 1.4.3 was taken by #1 (commit ${short(landed)}) — needs 1.4.4 or higher`;
    expect(await actionErrors(repo, same, same[0])).toEqual({ code: 1, errors: [refusal] });
    const clone = repo.clone(branchOf(same[0]), 1);
    const cli = await runCli(['check'], { cwd: clone });
    expect([cli.code, lines(cli.stderr)]).toEqual([1, [said(same[0]), refusal]]);
    // The same commit checked by its sha is an ordinary head: its own fork point already held 1.4.3, so no taker is named.
    const bySha = await runCli(['check', '--base', 'origin/main', '--head', same[0].head], { cwd: clone });
    expect([bySha.code, lines(bySha.stderr)]).toEqual([
      1,
      ['charts/myapp/Chart.yaml:5: charts/myapp changed but version 1.4.3 was not bumped — needs 1.4.4 or higher'],
    ]);
    expect(status(clone)).toBe('');
  }, 240_000);
});

test('a branch named as a queue branch whose commit is off the queue line adds no base: an ordinary check', async () => {
  const { repo, numbers } = await repoWithPulls([BUMP_B('1.4.3')]);
  const entries = gh.enqueue(REPO, numbers, 'merge');
  const prHead = gh.pulls(REPO)[0].headSha;
  const clone = repo.clone(branchOf(entries[0]));
  // The entry's commit under a name that says it was built on the pull request's head (its second parent).
  git(clone, 'checkout', '--quiet', '-b', `gh-readonly-queue/main/pr-1-${prHead}`);
  const cli = await runCli(['check', '--json'], { cwd: clone });
  expect([cli.code, JSON.parse(cli.stdout)['changed-charts']]).toEqual([
    0,
    [{ path: 'charts/myapp', name: 'myapp', base: '1.4.2', head: '1.4.3', required: 'patch', ok: true, problems: [] }],
  ]);
  expect(lines(cli.stderr)).toEqual([
    `checking merge queue entry #1 into main, built on ${short(prHead)}: comparing with origin/main, the queue's base (pass --base for another)`,
  ]);
}, 120_000);

test('a queued pull request that changes no chart: no chart changed, exit 0', async () => {
  const { repo, numbers } = await repoWithPulls([{ 'docs/README.md': 'docs, reworded\n' }]);
  const entries = gh.enqueue(REPO, numbers, 'squash');
  const cli = await runCli(['check'], { cwd: repo.clone(branchOf(entries[0]), 1) });
  expect([cli.code, lines(cli.stderr)]).toEqual([0, [said(entries[0])]]);
  const [head, base] = [short(entries[0].head), short(entries[0].entryBase)];
  expect(cli.stdout).toContain(
    `Compared head ${head} with merge base ${base} (base ${base}). No chart changed in a way helm package would see. The check passed.`,
  );
}, 120_000);

test('#2 behind #1 in the group touched only worker: judged on its own change, not refused for the myapp version #1 set', async () => {
  // Issue 73, item 8: the entry's base (#1's group commit) holds myapp 1.4.3 as the head does; #2 did not change myapp.
  const worker = (version: string) => `apiVersion: v2\nname: worker\nversion: ${version}\n`;
  const files = { ...FILES, 'charts/worker/Chart.yaml': worker('0.4.0'), 'charts/worker/templates/job.yaml': 'kind: Job\n' };
  const workerOnly = { 'charts/worker/Chart.yaml': worker('0.4.1'), 'charts/worker/templates/job.yaml': 'kind: Job\nspec: {}\n' };
  const { repo, numbers } = await repoWithPulls([BUMP_A, workerOnly], files);
  const entries = gh.enqueue(REPO, numbers, 'squash');
  const cli = await runCli(['check', '--json'], { cwd: repo.clone(branchOf(entries[1]), 1) });
  const doc = JSON.parse(cli.stdout);
  expect([cli.code, doc.errors, doc['changed-charts'].map((c: { path: string; ok: boolean }) => [c.path, c.ok])]).toEqual([
    0,
    [],
    [
      ['charts/myapp', true],
      ['charts/worker', true],
    ],
  ]);
  expect(lines(cli.stderr)).toEqual([said(entries[1])]);
}, 120_000);
