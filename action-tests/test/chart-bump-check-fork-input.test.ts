import { type Files, fixturesRemovedAfterAll } from '../harness/git-fixture.ts';
import { runAction, type ActionRun } from '../harness/run-action.ts';

// chart-bump-check runs on pull requests from forks: every file of the PR is written by whoever opened it.
// These tests hand the bundle what an attacker would push: patterns that make a backtracking matcher
// spin, huge or key-stuffed values files, and file names that differ from an ignore rule only in case.

const chart = (name: string, version: string) =>
  `apiVersion: v2\nname: ${name}\ndescription: ${name} chart\ntype: application\nversion: ${version}\n`;

const REPO: Files = {
  '.github/lockstep.yml': 'charts: [charts/*]\n',
  'charts/myapp/Chart.yaml': chart('myapp', '1.4.2'),
  'charts/myapp/values.yaml': 'replicaCount: 1\nimage:\n  repository: ghcr.io/acme/api\n  tag: ""\n',
  'charts/myapp/.helmignore': '.git/\n*.bak\nci/\n',
  'charts/myapp/templates/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\n',
};

const newRepo = fixturesRemovedAfterAll();

/** A repository with main (REPO plus `extra`), and a pull request branch made of `changes` on top. */
function pullRequest(changes: Files, extra: Files = {}) {
  const repo = newRepo({ ...REPO, ...extra });
  const base = repo.git('rev-parse', 'HEAD');
  repo.checkout('pr', true);
  const head = repo.commit('feat: fork change', changes);
  repo.push('pr');
  repo.checkout('main');
  repo.push('main');
  repo.checkout('pr');
  return { repo, event: { pull_request: { number: 9, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'pr' } } } };
}

/** Runs the bundle; a run that spins is killed after 30 s (code null), so a regression fails instead of hanging. */
function check(pr: ReturnType<typeof pullRequest>): Promise<ActionRun> {
  return runAction('chart-bump-check', {
    workspace: pr.repo.dir,
    eventName: 'pull_request',
    event: pr.event,
    inputs: {},
    timeoutMs: 30000,
  });
}

const errors = (run: ActionRun) =>
  run.annotations.filter((a) => a.level === 'error').map((a) => `${a.file}:${a.line}: ${a.message.replace(/^\S+:\d+: /, '')}`);
const NOT_BUMPED = 'charts/myapp/Chart.yaml:5: charts/myapp changed but version 1.4.2 was not bumped — needs 1.4.3 or higher';

describe('chart-bump-check on untrusted pull request content (bundled, Node 24)', () => {
  test('.helmignore matches case-sensitively as Helm does: templates/extra.BAK is packaged despite *.bak', async () => {
    const run = await check(pullRequest({ 'charts/myapp/templates/extra.BAK': 'kind: ConfigMap\n' }));
    expect(run.code).toBe(1);
    expect(errors(run)).toEqual([NOT_BUMPED]);
  });

  test('a .helmignore of many stars against a long file name is matched in linear time', async () => {
    // 24 stars against a 250-letter name: a backtracking matcher tries each split of the name.
    const name = 'a'.repeat(250);
    const run = await check(
      pullRequest({ 'charts/myapp/.helmignore': `${'*a'.repeat(24)}*b\n`, [`charts/myapp/templates/${name}`]: 'x\n' }),
    );
    expect(run.code).toBe(1);
    expect(errors(run)).toEqual([NOT_BUMPED]);
    expect(run.durationMs).toBeLessThan(10000);
  });

  test('a .helmignore rule with ** fails closed at its line: helm package refuses it too', async () => {
    const deep = `charts/myapp/${'a/'.repeat(40)}x.yaml`;
    const rule = `${'a/**/'.repeat(16)}c`;
    const run = await check(pullRequest({ 'charts/myapp/.helmignore': `.git/\n${rule}\n`, [deep]: 'x\n' }));
    expect(run.code).toBe(1);
    expect(errors(run)).toEqual([
      "charts/myapp/.helmignore:2: '**' is not supported in .helmignore (helm package fails on this rule: double-star syntax is not supported) — use * within one folder, or name each folder",
    ]);
    expect(run.durationMs).toBeLessThan(10000);
  });

  test('a charts: glob built to backtrack is refused at its config line, fast', async () => {
    const glob = `${'a/**/'.repeat(16)}c`;
    const deep = `${'a/'.repeat(40)}Chart.yaml`;
    const pr = pullRequest({ [deep]: chart('deep', '0.1.0') }, { '.github/lockstep.yml': `charts:\n  - charts/*\n  - ${glob}\n` });
    const run = await check(pr);
    expect(run.code).toBe(1);
    expect(errors(run)).toEqual([
      `.github/lockstep.yml:3: charts: '${glob}' holds 16 '**'; lockstep matches at most 2 in one glob, since each one multiplies the work of matching a deep path — shorten the glob (name the folders, or use one **)`,
    ]);
    expect(run.durationMs).toBeLessThan(10000);
  });

  test('40,000 values keys added in one PR are checked, not left spinning', async () => {
    const keys = Array.from({ length: 40000 }, (_, i) => `key${i}: ${i}\n`).join('');
    const run = await check(pullRequest({ 'charts/myapp/values.yaml': `${String(REPO['charts/myapp/values.yaml'])}${keys}` }));
    expect(run.code).toBe(1);
    expect(errors(run)).toEqual([NOT_BUMPED]);
    expect(run.durationMs).toBeLessThan(10000);
  });

  test('a duplicate key among 40,000 is still reported at its line', async () => {
    const keys = Array.from({ length: 40000 }, (_, i) => `key${i}: ${i}\n`).join('');
    const run = await check(
      pullRequest({
        'charts/myapp/values.yaml': `${String(REPO['charts/myapp/values.yaml'])}${keys}key17: again\n`,
        'charts/myapp/Chart.yaml': chart('myapp', '1.4.3'),
      }),
    );
    expect(run.code).toBe(1);
    expect(errors(run)).toEqual([
      "charts/myapp/values.yaml:40005: duplicate key 'key17' — YAML keeps only one of them — remove one of the duplicate keys",
    ]);
  });

  test('a values file over 5 MiB is refused without being read: Helm refuses it too', async () => {
    const big = `replicaCount: 1\nblob: "${'x'.repeat(6 * 1024 * 1024)}"\n`;
    const run = await check(pullRequest({ 'charts/myapp/values.yaml': big, 'charts/myapp/Chart.yaml': chart('myapp', '1.4.3') }));
    expect(run.code).toBe(1);
    expect(run.annotations.filter((a) => a.level === 'error').map((a) => [a.file, a.line, a.message])).toEqual([
      [
        'charts/myapp/values.yaml',
        undefined,
        'charts/myapp/values.yaml: the file is 6.0 MiB; Helm refuses chart files over 5 MiB, so lockstep does not read it — keep the file under 5 MiB',
      ],
    ]);
  });
});
