import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Files, GIT_ENV, GitFixture } from '../harness/git-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../harness/github-double/index.ts';
import { digest as d, environmentValues as values } from '../harness/promote-fixture.ts';
import { repoRoot, runAction } from '../harness/run-action.ts';
import { type CliRun, runCli } from '../harness/run-cli.ts';

// The CLI as a local tool: the committed CLI bundle in repositories a new user has on disk, built
// here with no remote at all (`git init`, a chart, a commit), from a terminal (no GITHUB_* variables).

const EPOCH = '1795000000';
const ENV = { ...GIT_ENV, SOURCE_DATE_EPOCH: EPOCH };
const CHART = (v: string) => `apiVersion: v2\nname: web\nversion: ${v}\n`;

const CONFIG = [
  'charts: [charts/*]',
  'services:',
  '  api: { image: ghcr.io/acme/api, values-key: services.api.image }',
  '  worker: { image: ghcr.io/acme/worker, values-key: services.worker.image }',
  'environments:',
  '  - { name: dev, values: charts/web/values-dev.yaml }',
  '  - { name: staging, values: charts/web/values-staging.yaml }',
  '',
].join('\n');
const FILES: Files = {
  'charts/web/Chart.yaml': CHART('0.1.0'),
  'charts/web/templates/deployment.yaml': 'kind: Deployment\n',
};
const WITH_ENVIRONMENTS: Files = {
  ...FILES,
  '.github/lockstep.yml': CONFIG,
  'charts/web/values-dev.yaml': values('dev', ['1.8.0', d('a')], ['0.9.1', d('b')]),
  'charts/web/values-staging.yaml': values('staging', ['1.7.3', d('c')], ['0.9.1', d('b')]),
};

const fixtures: GitFixture[] = [];
const dirs: string[] = [];
afterAll(() => {
  fixtures.forEach((f) => f.cleanup());
  dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

/** A repository on branch main with `files` committed and no remote at all. */
function localRepo(files: Files = FILES): GitFixture {
  const fx = GitFixture.create(files, 'feat: first chart');
  fx.git('remote', 'remove', 'origin');
  fixtures.push(fx);
  return fx;
}

const git = (dir: string, ...args: string[]) =>
  execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } }).trim();
const status = (dir: string) => git(dir, 'status', '--porcelain');
const chartVersion = (dir: string) => /^version: (\S+)$/m.exec(readFileSync(join(dir, 'charts/web/Chart.yaml'), 'utf8'))?.[1];
const lockstep = (dir: string, ...args: string[]) => runCli(args, { cwd: dir, env: ENV });

/** What a terminal must never be told: a workflow step, an action input or a `with:` key. */
function noActionWording(r: CliRun): void {
  expect(r.stderr).not.toMatch(/actions\/checkout|with:|workflow step|input '|\bset [a-z-]+: /);
  expect(r.stderr).not.toMatch(/internal error|^\s+at /m);
}

describe('lockstep bump in a repository with no remote', () => {
  test('an explicit version needs no base: --dry-run prints the diff to 0.2.0', async () => {
    const fx = localRepo();
    const r = await lockstep(fx.dir, 'bump', '--charts', 'charts/web', '--dry-run', '--version', '0.2.0');
    noActionWording(r);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--- a/charts/web/Chart.yaml\n+++ b/charts/web/Chart.yaml\n');
    expect(r.stdout).toContain('-version: 0.1.0\n+version: 0.2.0\n');
    expect(status(fx.dir)).toBe('');
  });

  test("on the default branch the level applies to HEAD's committed version, and a line says so; a rerun does not bump twice", async () => {
    const fx = localRepo();
    const head = git(fx.dir, 'rev-parse', 'HEAD');
    const r = await lockstep(fx.dir, 'bump', '--charts', 'charts/web');
    noActionWording(r);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      `no origin remote: the level applies to HEAD's committed versions on main, the default branch, at ${head.slice(0, 12)}\n`,
    );
    expect(chartVersion(fx.dir)).toBe('0.1.1');
    const again = await lockstep(fx.dir, 'bump', '--charts', 'charts/web');
    expect(again.code).toBe(0);
    expect(chartVersion(fx.dir)).toBe('0.1.1');
  });

  test('on another branch the level applies to the local default branch, and a line names it', async () => {
    const fx = localRepo();
    const main = git(fx.dir, 'rev-parse', 'main');
    fx.checkout('feature', true);
    fx.commit('feat: bump by hand', {
      'charts/web/Chart.yaml': CHART('0.1.1'),
      'charts/web/templates/deployment.yaml': 'kind: Deployment\nspec: {}\n',
    });
    const r = await lockstep(fx.dir, 'bump', '--charts', 'charts/web', '--level', 'patch');
    noActionWording(r);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      `no origin remote: the level applies to the versions on the local default branch main at ${main.slice(0, 12)}\n`,
    );
    // 0.1.1 is already a patch above main's 0.1.0: left alone, not bumped again from the work tree.
    expect(chartVersion(fx.dir)).toBe('0.1.1');
    const minor = await lockstep(fx.dir, 'bump', '--charts', 'charts/web', '--level', 'minor');
    expect(minor.code).toBe(0);
    expect(chartVersion(fx.dir)).toBe('0.2.0');
  });

  test('a remote whose default branch is unknown: the CLI asks for --base, not base:', async () => {
    const fx = localRepo();
    const empty = mkdtempSync(join(tmpdir(), 'lockstep-empty-origin-'));
    dirs.push(empty);
    git(empty, 'init', '--bare', '--quiet');
    git(fx.dir, 'remote', 'add', 'origin', empty);
    const r = await lockstep(fx.dir, 'bump', '--charts', 'charts/web');
    noActionWording(r);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'cannot tell which branch the level applies to: origin has no default branch this checkout knows of — pass --base with the branch the chart versions are released from (e.g. --base main)\n',
    );
    expect(status(fx.dir)).toBe('');
  });
});

describe('lockstep release in a repository with no remote', () => {
  test('a dry run computes the next version, the notes and the diff locally; --push names git remote add', async () => {
    const fx = localRepo();
    fx.git('tag', '-a', '-m', 'v0.1.0', 'v0.1.0');
    fx.commit('feat(web): add a probe', { 'charts/web/templates/deployment.yaml': 'kind: Deployment\nspec: {probe: true}\n' });
    const r = await lockstep(fx.dir, 'release');
    noActionWording(r);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Next version: 0.2.0 (minor; last release 0.1.0)');
    expect(r.stdout).toContain('--- /dev/null\n+++ b/.version\n');
    expect(r.stdout).toContain('add a probe');
    expect(status(fx.dir)).toBe('');

    const push = await runCli(['release', '--push'], { cwd: fx.dir, env: { ...ENV, GITHUB_TOKEN: 'not-a-real-token' } });
    noActionWording(push);
    expect(push.code).toBe(1);
    expect(push.stderr).toBe(
      "the repository has no 'origin' remote to push the release to — add one with git remote add origin <url>, or leave out --push for a dry run\n",
    );
    expect(status(fx.dir)).toBe('');
    expect(git(fx.dir, 'branch', '--list')).toBe('* main');
  });

  test('a repository with no commit yet: nothing to release, exit 1, no stack', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-no-commit-'));
    dirs.push(dir);
    git(dir, 'init', '--quiet', '--initial-branch=main');
    const r = await lockstep(dir, 'release');
    noActionWording(r);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('the repository has no commit yet — nothing to release: commit the files first (git add, then git commit)\n');
    expect(r.stdout).toBe('');
  });
});

test('a bad flag value is refused before git is asked: check --breaking sometimes in a repository with no commit yet', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lockstep-bad-flag-'));
  dirs.push(dir);
  git(dir, 'init', '--quiet', '--initial-branch=main');
  const r = await lockstep(dir, 'check', '--base', 'main', '--breaking', 'sometimes');
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/^--breaking is 'sometimes'/);
  expect(r.stderr).not.toContain('no commit yet');
});

test('prepare-release (the action bundle) in a repository with no commit yet: a user error, exit 1, no stack', async () => {
  const fx = GitFixture.create();
  fixtures.push(fx);
  const r = await runAction('prepare-release', {
    workspace: fx.dir,
    inputs: { 'dry-run': 'true' },
    env: { ...ENV, GITHUB_REPOSITORY: 'acme/web', GITHUB_REF: 'refs/heads/main' },
  });
  expect(r.code).toBe(1);
  expect(r.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
    'the repository has no commit yet — nothing to release: commit the files first (git add, then git commit)',
  ]);
  expect(`${r.stdout}${r.stderr}`).not.toMatch(/internal error|rev-parse|^\s+at /m);
});

describe('lockstep check with no --base', () => {
  test('compares HEAD with the local default branch, then the work tree after lockstep bump, flagged as uncommitted', async () => {
    const fx = localRepo();
    fx.checkout('feature', true);
    const head = fx.commit('feat: a spec', { 'charts/web/templates/deployment.yaml': 'kind: Deployment\nspec: {}\n' });
    const r = await lockstep(fx.dir, 'check');
    noActionWording(r);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'comparing with the local branch main: the repository has no origin remote (pass --base for another)\n' +
        'charts/web/Chart.yaml:3: charts/web changed but version 0.1.0 was not bumped — needs 0.1.1 or higher\n',
    );
    expect(r.stdout).toContain(`Compared head ${head.slice(0, 12)} with their merge base`);
    expect(r.stdout).toContain(
      'note: how to fix: web (charts/web): write version: 0.1.1 in charts/web/Chart.yaml, or run lockstep bump --charts charts/web --level patch\n',
    );

    expect((await lockstep(fx.dir, 'bump', '--charts', 'charts/web')).code).toBe(0);
    const after = await lockstep(fx.dir, 'check');
    noActionWording(after);
    expect(after.code).toBe(0);
    expect(after.stderr).toContain(
      `checking the work tree: 1 uncommitted change (charts/web/Chart.yaml) on top of HEAD ${head.slice(0, 12)}, as if committed (pass --head HEAD to check the last commit only)\n`,
    );
    expect(after.stdout).toMatch(/^web \(charts\/web\) +0\.1\.0 → 0\.1\.1 +patch +✅ pass/m);
    // Checking the work tree wrote nothing to it, its index or its refs.
    expect(status(fx.dir)).toBe('M charts/web/Chart.yaml');
    expect(git(fx.dir, 'rev-parse', 'HEAD')).toBe(head);
    const last = await lockstep(fx.dir, 'check', '--head', 'HEAD');
    expect(last.code).toBe(1);
  });

  test("with a remote, compares with origin's default branch and says so; --base overrides", async () => {
    const fx = GitFixture.create(FILES);
    fixtures.push(fx);
    const dir = fx.clone('main');
    git(dir, 'checkout', '--quiet', '-b', 'feature');
    git(dir, 'config', 'user.name', 'T');
    git(dir, 'config', 'user.email', 't@example.com');
    git(dir, 'commit', '--quiet', '--allow-empty', '-m', 'empty');
    const r = await lockstep(dir, 'check');
    noActionWording(r);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("comparing with origin/main, origin's default branch (pass --base for another)\n");
    const given = await lockstep(dir, 'check', '--base', 'main');
    expect(given.code).toBe(0);
    expect(given.stderr).toBe('');
    // The flags' help gives the terminal's defaults, not the pull request's.
    const help = (await lockstep(dir, 'check', '--help')).stdout.replace(/\s+/g, ' ');
    expect(help).toContain(
      "In a terminal: --base defaults to origin's default branch, else the local default branch (init.defaultBranch, main or master); --head to HEAD, or to the work tree when it has uncommitted changes (checked as if committed).",
    );
    const bumpHelp = (await lockstep(dir, 'bump', '--help')).stdout.replace(/\s+/g, ' ');
    expect(bumpHelp).toContain(
      "In a terminal without --base: the level applies to origin's default branch; without a remote, to the local default branch, or to HEAD's commit when HEAD is on it.",
    );
  });
});

describe('lockstep check on the default branch of a repository with no remote', () => {
  test('compares with the last release tag and says so, never HEAD with itself', async () => {
    const fx = localRepo();
    git(fx.dir, 'tag', '-a', '-m', 'web 0.1.0', 'web-0.1.0');
    fx.commit('feat: a spec', { 'charts/web/templates/deployment.yaml': 'kind: Deployment\nspec: {}\n' });
    const r = await lockstep(fx.dir, 'check');
    noActionWording(r);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'comparing with web-0.1.0, the last tag on main: HEAD is the local default branch and the repository has no origin remote (pass --base for another)\n' +
        'charts/web/Chart.yaml:3: charts/web changed but version 0.1.0 was not bumped — needs 0.1.1 or higher\n',
    );
    expect(r.stdout).not.toContain('passed');
  });

  test('with no tag: says there was nothing to compare with, exit 0, and no "passed"', async () => {
    const fx = localRepo();
    fx.commit('feat: a spec', { 'charts/web/templates/deployment.yaml': 'kind: Deployment\nspec: {}\n' });
    const r = await lockstep(fx.dir, 'check');
    noActionWording(r);
    expect({ code: r.code, stdout: r.stdout }).toEqual({
      code: 0,
      stdout:
        'Nothing to compare with: HEAD is main, the local default branch, no tag is reachable from it and the repository has no origin remote; nothing was checked.\n',
    });
    expect(r.stderr).toBe('pass --base with the commit or tag to compare with (e.g. --base HEAD~1), or tag each release\n');
  });
});

describe('lockstep bump with no --charts', () => {
  const TWO: Files = { ...FILES, 'charts/api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 0.3.0\n' };
  const apiVersion = (dir: string) => /^version: (\S+)$/m.exec(readFileSync(join(dir, 'charts/api/Chart.yaml'), 'utf8'))?.[1];

  test('bumps the charts changed since their last version (what check asks for) and says so; --all bumps every chart', async () => {
    const fx = localRepo(TWO);
    fx.checkout('feature', true);
    fx.commit('feat: a spec', { 'charts/web/templates/deployment.yaml': 'kind: Deployment\nspec: {}\n' });
    const r = await lockstep(fx.dir, 'bump');
    noActionWording(r);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'bumping the charts changed since their last version, as lockstep check asks (pass --charts to choose, --all for every chart): charts/web\n',
    );
    expect([chartVersion(fx.dir), apiVersion(fx.dir)]).toEqual(['0.1.1', '0.3.0']);
    // Bumped: check passes now, and a second bump finds nothing to do.
    expect((await lockstep(fx.dir, 'check')).code).toBe(0);
    const again = await lockstep(fx.dir, 'bump');
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(
      'Nothing to bump: no chart changed since its version (compared with the local branch main); pass --charts or --all to bump anyway.\n',
    );
    expect([chartVersion(fx.dir), apiVersion(fx.dir)]).toEqual(['0.1.1', '0.3.0']);
    const all = await lockstep(fx.dir, 'bump', '--all');
    expect(all.code).toBe(0);
    expect(apiVersion(fx.dir)).toBe('0.3.1');
  });
});

describe('promote and status in a repository with no remote', () => {
  test('status and a promote dry run read the local default branch and say so; --push names git remote add and --repository', async () => {
    const fx = localRepo(WITH_ENVIRONMENTS);
    const main = git(fx.dir, 'rev-parse', 'HEAD');
    const s = await lockstep(fx.dir, 'status');
    noActionWording(s);
    expect(s.code).toBe(0);
    expect(s.stdout).toContain(`2 environments on the local branch main (no origin remote) at ${main.slice(0, 12)}; next promotions:`);
    expect(s.stdout).toContain('note: dev → staging: api 1.7.3 → 1.8.0 (sha256:aaaaaaaaaaaa)\n');

    const p = await lockstep(fx.dir, 'promote', '--from', 'dev', '--to', 'staging');
    noActionWording(p);
    expect(p.code).toBe(0);
    expect(p.stderr).toContain(`read the environments from the local branch main (no origin remote) at ${main.slice(0, 12)}\n`);
    expect(p.stdout).toContain('+++ b/charts/web/values-staging.yaml\n');
    expect(status(fx.dir)).toBe('');

    const push = await runCli(['promote', '--from', 'dev', '--to', 'staging', '--push'], {
      cwd: fx.dir,
      env: { ...ENV, GITHUB_TOKEN: 'not-a-real-token' },
    });
    noActionWording(push);
    expect(push.code).toBe(1);
    expect(push.stderr).toBe(
      "the repository has no 'origin' remote to push the promotion to — add one with git remote add origin <url>, pass --repository owner/name to promote in another repository, or leave out --push for a dry run\n",
    );
    expect(status(fx.dir)).toBe('');
    expect(git(fx.dir, 'branch', '--list')).toBe('* main');
  });

  test('status says when this checkout has commits origin does not (they are not shown)', async () => {
    const fx = GitFixture.create(WITH_ENVIRONMENTS);
    fixtures.push(fx);
    fx.commit('chore: local only', { 'charts/web/values-dev.yaml': values('dev', ['1.9.0', d('f')], ['0.9.1', d('b')]) });
    const tip = git(fx.origin, 'rev-parse', 'main');
    const s = await lockstep(fx.dir, 'status');
    expect(s.code).toBe(0);
    expect(s.stdout).toContain(`2 environments on origin/main at ${tip.slice(0, 12)}; next promotions:`);
    expect(s.stderr).toContain(
      `note: read origin/main at ${tip.slice(0, 12)}; this checkout has 1 local commit not on origin/main, not shown here (push to see them)\n`,
    );
  });
});

describe('--dry-run wins over --push', () => {
  let fx: GitFixture;
  let gh: GitHubDouble;
  beforeAll(async () => {
    fx = GitFixture.create(WITH_ENVIRONMENTS);
    fixtures.push(fx);
    fx.git('tag', '-a', '-m', 'v0.1.0', 'v0.1.0');
    fx.commit('feat(web): add a probe', { 'charts/web/templates/deployment.yaml': 'kind: Deployment\nspec: {probe: true}\n' });
    fx.git('push', '--quiet', '--follow-tags', 'origin', 'main');
    gh = await startGitHubDouble({ repositories: [{ fullName: 'acme/web', path: fx.origin }] });
  });
  afterAll(() => gh?.stop());

  const originRefs = () => git(fx.origin, 'for-each-ref', '--format=%(refname) %(objectname)');

  test.each([
    [['promote', '--from', 'dev', '--to', 'staging', '--push', '--dry-run']],
    [['promote', '--from', 'dev', '--to', 'staging', '--dry-run', '--push', 'direct']],
    [['promote', '--from', 'dev', '--to', 'staging', '--push', 'direct', '--dry-run']],
    [['release', '--push', '--dry-run']],
    [['release', '--dry-run', '--push']],
  ])('%j: origin unchanged, no pull request, nothing written', async (args) => {
    const dir = fx.clone('main');
    const before = originRefs();
    const r = await runCli(args, { cwd: dir, env: { ...ENV, ...gh.env(), GITHUB_TOKEN: gh.token, GITHUB_REPOSITORY: 'acme/web' } });
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
    expect(r.stdout).toMatch(/Dry run: /);
    expect(originRefs()).toBe(before);
    expect(gh.pulls('acme/web')).toEqual([]);
    expect(gh.log.filter((q) => q.method !== 'GET')).toEqual([]);
    expect(status(dir)).toBe('');
  });

  test('release --push from a clone behind origin: nothing pushed, and the hint is a git command, not a workflow setting', async () => {
    const dir = fx.clone('main');
    fx.commit('fix(web): a later fix', { 'charts/web/templates/deployment.yaml': 'kind: Deployment\nspec: {probe: false}\n' });
    fx.git('push', '--quiet', 'origin', 'main');
    const before = originRefs();
    const r = await runCli(['release', '--push'], {
      cwd: dir,
      env: { ...ENV, ...gh.env(), GITHUB_TOKEN: gh.token, GITHUB_REPOSITORY: 'acme/web' },
    });
    noActionWording(r);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^base moved: main is at [0-9a-f]{7} now, this run checked out [0-9a-f]{7}; .* — bring main up to date \(git pull\), then run lockstep release --push again\n$/m,
    );
    expect(r.stderr).not.toMatch(/concurrency|workflow/);
    expect(originRefs()).toBe(before);
    expect(gh.pulls('acme/web')).toEqual([]);
  });
});

describe('unusual repositories are user errors that say what is wrong', () => {
  test('chart-bump-check (the action bundle) in a repository with no commit yet', async () => {
    const fx = GitFixture.create();
    fixtures.push(fx);
    const r = await runAction('chart-bump-check', { workspace: fx.dir, inputs: { base: 'main' } });
    expect(r.code).toBe(1);
    expect(r.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      'the repository has no commit yet — nothing to check: commit the files first (git add, then git commit)',
    ]);
  });

  test('a bare repository: release, check and bump say so, and name no Actions step', async () => {
    const fx = localRepo();
    const bare = mkdtempSync(join(tmpdir(), 'lockstep-bare-'));
    dirs.push(bare);
    git(bare, 'clone', '--quiet', '--bare', fx.dir, '.');
    for (const args of [['release'], ['check'], ['bump', '--charts', 'charts/web']]) {
      const r = await lockstep(bare, ...args);
      noActionWording(r);
      expect({ args, code: r.code, stderr: r.stderr }).toEqual({
        args,
        code: 1,
        stderr:
          "--working-directory '.' (the workspace) is a bare git repository (it has no work tree) — run lockstep in a clone of it that has a work tree (git clone <path>)\n",
      });
    }
  });

  test('an unborn branch: check and release name the branch', async () => {
    const fx = localRepo();
    fx.git('checkout', '--quiet', '--orphan', 'fresh');
    for (const [cmd, what] of [
      ['check', 'check'],
      ['release', 'release'],
    ]) {
      const r = await lockstep(fx.dir, cmd);
      noActionWording(r);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(
        new RegExp(
          `^the branch fresh has no commit yet — nothing to ${what}: commit on it first, or switch to a branch that has commits \\(git switch <branch>\\)\\n$`,
        ),
      );
    }
  });

  test('no commit yet: status and promote say so; digests without --sha names --sha', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-no-commit-'));
    dirs.push(dir);
    git(dir, 'init', '--quiet', '--initial-branch=main');
    const fx = localRepo(WITH_ENVIRONMENTS);
    // The chart too: a charts: entry matching no chart folder is refused before anything else.
    for (const f of ['.github/lockstep.yml', 'charts/web/Chart.yaml', 'charts/web/values-dev.yaml', 'charts/web/values-staging.yaml']) {
      execFileSync('mkdir', ['-p', join(dir, f, '..')]);
      execFileSync('cp', [join(fx.dir, f), join(dir, f)]);
    }
    for (const args of [['status'], ['promote', '--from', 'dev', '--to', 'staging']]) {
      const r = await lockstep(dir, ...args);
      noActionWording(r);
      expect({ args, code: r.code, stdout: r.stdout, stderr: r.stderr.replace(/^Promoting .*\n/, '') }).toEqual({
        args,
        code: 1,
        stdout: '',
        stderr:
          'the repository has no commit yet — nothing to read the environments from: commit the files first (git add, then git commit)\n',
      });
    }
    const digests = await lockstep(dir, 'digests', '--images', 'api=127.0.0.1:9/acme/api:1.0.0', '--dry-run');
    noActionWording(digests);
    expect(digests.code).toBe(1);
    expect(digests.stderr).toBe(
      'cannot tell which commit these images were built from: sha is not set, GITHUB_SHA is empty and HEAD has no commit — pass --sha with the commit the images were built from, or commit first (git add, then git commit)\n',
    );
  });

  test('a bare repository: status and promote say so', async () => {
    const fx = localRepo(WITH_ENVIRONMENTS);
    const bare = mkdtempSync(join(tmpdir(), 'lockstep-bare-'));
    dirs.push(bare);
    git(bare, 'clone', '--quiet', '--bare', fx.dir, '.');
    for (const args of [['status'], ['promote', '--from', 'dev', '--to', 'staging']]) {
      const r = await lockstep(bare, ...args);
      expect({ args, code: r.code, stderr: r.stderr }).toEqual({
        args,
        code: 1,
        stderr:
          "--working-directory '.' (the workspace) is a bare git repository (it has no work tree) — run lockstep in a clone of it that has a work tree (git clone <path>)\n",
      });
    }
  });

  test('a linked worktree on another branch and a detached HEAD work as a clone does', async () => {
    const fx = localRepo();
    const wt = join(fx.root, 'linked');
    fx.git('worktree', 'add', '--quiet', '-b', 'other', wt);
    const check = await lockstep(wt, 'check');
    expect({ code: check.code, stderr: check.stderr }).toEqual({
      code: 0,
      stderr: 'comparing with the local branch main: the repository has no origin remote (pass --base for another)\n',
    });
    fx.git('checkout', '--quiet', '--detach');
    const release = await lockstep(fx.dir, 'release');
    noActionWording(release);
    expect(release.code).toBe(0);
    expect(release.stdout).toContain('Next version: 0.1.0');
  });
});

test('the local session `lockstep --help` and the README show runs as documented in a repository with no remote', async () => {
  const fx = localRepo(WITH_ENVIRONMENTS);
  fx.checkout('feature', true);
  fx.commit('feat(web): add a spec', { 'charts/web/templates/deployment.yaml': 'kind: Deployment\nspec: {}\n' });
  const help = await lockstep(fx.dir, '--help');
  expect(help.code).toBe(0);
  const session = `${help.stdout.slice(help.stdout.indexOf('A local session')).trimEnd()}\n`;
  expect(session).toMatch(/^A local session .*\n( {2}lockstep .*\n){5}Only --push .*\n$/);
  // The README shows the same text, in its "From the terminal" section.
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  expect(readme).toContain(`\`\`\`text\n${session}\`\`\``);
  const commands = session
    .split('\n')
    .filter((l) => l.startsWith('  lockstep '))
    .map((l) => l.replace(/#.*$/, '').trim().split(/\s+/).slice(1));
  expect(commands).toEqual([['check'], ['bump', '--charts', 'charts/web'], ['check'], ['release'], ['status']]);
  const runs: CliRun[] = [];
  for (const args of commands) {
    const r = await lockstep(fx.dir, ...args);
    noActionWording(r);
    runs.push(r);
  }
  expect(runs.map((r) => r.code)).toEqual([1, 0, 0, 0, 0]);
  expect(runs[1].stderr).toMatch(/the level applies to the versions on the local default branch main/);
  expect(chartVersion(fx.dir)).toBe('0.1.1');
  expect(runs[2].stderr).toContain('checking the work tree: 1 uncommitted change (charts/web/Chart.yaml)');
  expect(runs[3].stdout).toMatch(/^Next version: /m);
  expect(runs[4].stdout).toContain('2 environments on the local branch main (no origin remote)');
});
