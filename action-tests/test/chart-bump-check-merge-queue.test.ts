import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { type Files, fixturesRemovedAfterAll } from '../harness/git-fixture.ts';
import { startGitHubDouble, type GitHubDouble } from '../harness/github-double/index.ts';
import type { MergeMethod, QueueEntry } from '../harness/github-double/merge-queue.ts';
import { repoRoot, runAction, type ActionRun } from '../harness/run-action.ts';

// chart-bump-check on the merge_group event, through the committed bundle on Node 24: the GitHub double's merge
// queue writes each entry on its gh-readonly-queue/ branch in the bare repository, and the check runs in a
// fetch-depth 1 clone of that branch, as actions/checkout leaves a merge group's job.

const REPO = 'acme/charts';
const chart = (version: string) =>
  `apiVersion: v2\nname: myapp\ndescription: myapp chart\ntype: application\nversion: ${version}\nappVersion: "1.7.3"\n`;
const FILES: Files = {
  'charts/myapp/Chart.yaml': chart('1.4.2'),
  'charts/myapp/values.yaml': 'replicaCount: 1\n',
  'charts/myapp/templates/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\n',
  'docs/README.md': 'docs\n',
};

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

/** The check run on an entry's merge_group event, in a depth-1 clone of the entry's branch. */
async function checkEntry(repo: ReturnType<typeof newRepo>, entries: QueueEntry[], entry: QueueEntry, edit?: (e: object) => object) {
  const event = gh.mergeGroupEvent(REPO, entries, entry);
  const clone = repo.clone(entry.ref.replace('refs/heads/', ''), 1);
  return runAction('chart-bump-check', { workspace: clone, eventName: 'merge_group', event: edit ? edit(event) : event });
}

const errors = (run: ActionRun) => run.annotations.filter((a) => a.level === 'error').map((a) => `${a.file}:${a.line}: ${a.message}`);
const short = (sha: string) => sha.slice(0, 12);

const BUMP_A: Files = {
  'charts/myapp/Chart.yaml': chart('1.4.3'),
  'charts/myapp/templates/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nspec: {}\n',
};
const BUMP_B = (version: string): Files => ({
  'charts/myapp/Chart.yaml': chart(version),
  'charts/myapp/templates/svc.yaml': 'kind: Service\n',
});

describe.each<MergeMethod>(['squash', 'merge'])('chart-bump-check in a merge queue (%s)', (method) => {
  test('two pull requests bumping to the same version in one group: the first passes, the second is refused naming the version and the first', async () => {
    const { repo, numbers } = await repoWithPulls([BUMP_A, BUMP_B('1.4.3')]);
    const entries = gh.enqueue(REPO, numbers, method);
    expect(entries.map((e) => e.ref)).toEqual([
      `refs/heads/gh-readonly-queue/main/pr-1-${entries[0].entryBase}`,
      `refs/heads/gh-readonly-queue/main/pr-2-${entries[0].head}`,
    ]);
    const first = await checkEntry(repo, entries, entries[0]);
    expect(first.code).toBe(0);
    expect(first.outputs.ok).toBe('true');
    const second = await checkEntry(repo, entries, entries[1]);
    expect(second.code).toBe(1);
    expect(errors(second)).toEqual([
      `charts/myapp/Chart.yaml:5: charts/myapp/Chart.yaml:5: version 1.4.3 is not greater than 1.4.3 on the merge queue entry's base ${short(entries[0].head)} for #2; 1.4.3 was taken by #1 (commit ${short(entries[0].head)}) — needs 1.4.4 or higher`,
    ]);
    // Where base_sha is the entry ahead (the other reading of "the group's parent"), the same refusal.
    const ahead = await checkEntry(repo, entries, entries[1], (e) => {
      const ev = e as { merge_group: { base_sha: string } };
      return { ...ev, merge_group: { ...ev.merge_group, base_sha: entries[0].head } };
    });
    expect(ahead.code).toBe(1);
    expect(errors(ahead)).toEqual([
      `charts/myapp/Chart.yaml:5: charts/myapp/Chart.yaml:5: charts/myapp changed but version 1.4.3 was not bumped; 1.4.3 was taken by #1 (commit ${short(entries[0].head)}) — needs 1.4.4 or higher`,
    ]);
  }, 180_000);

  test('a version the queue already landed on main is refused naming the pull request that took it; a higher one passes', async () => {
    const { repo, numbers } = await repoWithPulls([BUMP_A, BUMP_B('1.4.3')]);
    const landed = gh.enqueue(REPO, [numbers[0]], method);
    gh.landQueue(REPO, landed);
    const same = gh.enqueue(REPO, [numbers[1]], method);
    const refused = await checkEntry(repo, same, same[0]);
    expect(refused.code).toBe(1);
    expect(errors(refused)).toEqual([
      `charts/myapp/Chart.yaml:5: charts/myapp/Chart.yaml:5: charts/myapp changed but version 1.4.3 was not bumped; 1.4.3 was taken by #1 (commit ${short(landed[0].head)}) — needs 1.4.4 or higher`,
    ]);
    // The failed check takes the pull request out of the queue (its branch takes pushes again); the author brings
    // the branch up to date with main and bumps again.
    gh.dequeue(REPO, same[0]);
    repo.checkout('feature-1');
    repo.git('pull', '--quiet', '--no-rebase', '-X', 'theirs', 'origin', 'main');
    repo.commit('fix: bump to 1.4.4', { 'charts/myapp/Chart.yaml': chart('1.4.4') });
    repo.push('feature-1');
    const higher = gh.enqueue(REPO, [numbers[1]], method);
    const passed = await checkEntry(repo, higher, higher[0]);
    expect(passed.code).toBe(0);
    expect(JSON.parse(passed.outputs['changed-charts'])).toEqual([
      { path: 'charts/myapp', name: 'myapp', base: '1.4.3', head: '1.4.4', required: 'patch', ok: true, problems: [] },
    ]);
  }, 180_000);
});

test('an entry behind one that bumped myapp, touching only worker: judged on its own change; bumping myapp too is refused', async () => {
  // Issue 73, item 8: the entry's base holds myapp 1.4.3 (#1's bump) as the head does; only a chart #2 changes is compared with it.
  const worker = (version: string) => `apiVersion: v2\nname: worker\nversion: ${version}\n`;
  const files = { ...FILES, 'charts/worker/Chart.yaml': worker('0.4.0'), 'charts/worker/templates/job.yaml': 'kind: Job\n' };
  const workerOnly = { 'charts/worker/Chart.yaml': worker('0.4.1'), 'charts/worker/templates/job.yaml': 'kind: Job\nspec: {}\n' };
  const { repo, numbers } = await repoWithPulls([BUMP_A, workerOnly, BUMP_B('1.4.3')], files);
  const entries = gh.enqueue(REPO, numbers, 'squash');
  const own = await checkEntry(repo, entries, entries[1]);
  expect([own.code, errors(own)]).toEqual([0, []]);
  expect(JSON.parse(own.outputs['changed-charts']).map((c: { path: string; ok: boolean }) => [c.path, c.ok])).toEqual([
    ['charts/myapp', true],
    ['charts/worker', true],
  ]);
  const third = await checkEntry(repo, entries, entries[2]);
  expect(errors(third)).toEqual([
    `charts/myapp/Chart.yaml:5: charts/myapp/Chart.yaml:5: version 1.4.3 is not greater than 1.4.3 on the merge queue entry's base ${short(entries[1].head)} for #3; 1.4.3 was taken by #1 (commit ${short(entries[0].head)}) — needs 1.4.4 or higher`,
  ]);
}, 180_000);

test('a head_ref naming a commit off the queue line (the pull request head, an unknown sha, another shape) adds no base', async () => {
  const { repo, numbers } = await repoWithPulls([BUMP_B('1.4.3')]);
  const entries = gh.enqueue(REPO, numbers, 'merge');
  const prHead = gh.pulls(REPO)[0].headSha;
  for (const headRef of [
    `refs/heads/gh-readonly-queue/main/pr-1-${prHead}`,
    `refs/heads/gh-readonly-queue/main/pr-1-${'f'.repeat(40)}`,
    `refs/heads/gh-readonly-queue/main/pr-1-${prHead}\n::error::fake`,
    '--upload-pack=touch /tmp/pwned',
  ]) {
    const run = await checkEntry(repo, entries, entries[0], (e) => {
      const ev = e as { merge_group: object };
      return { ...ev, merge_group: { ...ev.merge_group, head_ref: headRef } };
    });
    expect([headRef, run.code, errors(run)]).toEqual([headRef, 0, []]);
  }
}, 180_000);

test('a queued pull request that changes no chart: the required check reports at once, ok, "no chart changed"', async () => {
  const { repo, numbers } = await repoWithPulls([{ 'docs/README.md': 'docs, reworded\n' }]);
  const entries = gh.enqueue(REPO, numbers, 'squash');
  const runs: ActionRun[] = [];
  for (let i = 0; i < 3; i++) runs.push(await checkEntry(repo, entries, entries[0]));
  for (const run of runs) {
    expect([run.code, run.outputs.ok, run.outputs['changed-charts']]).toEqual([0, 'true', '[]']);
    expect(run.stdout).toContain('no chart changed');
  }
  // The time is reported, not asserted: on a shared machine it measures the machine's load (a bare `node -e 0`
  // took 0.85 s under a load average of 19 on 2 cores); action-tests/bench times the check on a quiet one.
  const ms = runs.map((r) => Math.round(r.durationMs));
  process.stdout.write(`chart-bump-check, merge_group with no chart changed, depth-1 clone: ${ms.join(', ')} ms\n`);
}, 120_000);

test('the example workflow runs the check on pull_request and merge_group with no paths filter', () => {
  const workflow = parse(readFileSync(join(repoRoot, 'workflows-examples', 'chart-bump-check.yml'), 'utf8'));
  expect(workflow.on).toEqual({ pull_request: null, merge_group: null });
});
