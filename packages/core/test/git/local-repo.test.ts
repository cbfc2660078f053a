import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitFixture } from '../../../../action-tests/harness/git-fixture.ts';
import { RUNNER, UserError } from '../../src/errors.ts';
import { TERMINAL } from '../../src/text/terminal-face.ts';
import { currentBranch, hasRemote, headFacts, headProblem, localDefaultBranch, remoteDefaultBranch } from '../../src/git/local-repo.ts';
import { gitSpawner } from '../../src/git/objects.ts';

// The facts of a repository on disk the CLI decides with: its remote, its local default branch,
// and why HEAD names no commit.

const fixtures: GitFixture[] = [];
const dirs: string[] = [];
afterAll(() => {
  fixtures.forEach((f) => f.cleanup());
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

function repo(): GitFixture {
  const f = GitFixture.create({ 'a.txt': 'a\n' });
  fixtures.push(f);
  return f;
}

function emptyDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'lockstep-local-repo-'));
  dirs.push(d);
  return d;
}

describe('remote and branches', () => {
  test('hasRemote and remoteDefaultBranch: origin present (its HEAD from ls-remote), then removed', async () => {
    const f = repo();
    const git = gitSpawner(f.dir);
    expect(await hasRemote(git)).toBe(true);
    expect(await remoteDefaultBranch(git)).toBe('main');
    f.git('remote', 'remove', 'origin');
    expect(await hasRemote(git)).toBe(false);
    expect(await remoteDefaultBranch(git)).toBeUndefined();
  });

  test('localDefaultBranch: init.defaultBranch when that branch exists, else main, else master, else none', async () => {
    const f = repo();
    const git = gitSpawner(f.dir);
    expect(await localDefaultBranch(git)).toBe('main');
    f.git('branch', 'trunk');
    f.git('config', 'init.defaultBranch', 'trunk');
    expect(await localDefaultBranch(git)).toBe('trunk');
    f.git('config', 'init.defaultBranch', 'nowhere');
    expect(await localDefaultBranch(git)).toBe('main');
    f.git('branch', '-m', 'main', 'master');
    expect(await localDefaultBranch(git)).toBe('master');
    f.git('checkout', '--quiet', 'trunk');
    f.git('branch', '-D', 'master');
    f.git('config', '--unset', 'init.defaultBranch');
    expect(await localDefaultBranch(git)).toBeUndefined();
  });

  test('currentBranch: the branch, also an unborn one; undefined when detached', async () => {
    const f = repo();
    const git = gitSpawner(f.dir);
    expect(await currentBranch(git)).toBe('main');
    f.git('checkout', '--quiet', '--detach');
    expect(await currentBranch(git)).toBeUndefined();
    f.git('checkout', '--quiet', '--orphan', 'fresh');
    expect(await currentBranch(git)).toBe('fresh');
  });
});

describe('headProblem', () => {
  const said = async (dir: string, consequence?: string) => {
    const e = await headProblem(gitSpawner(dir), consequence);
    return e instanceof UserError ? e.format() : e;
  };

  test('none when HEAD is a commit, detached or not', async () => {
    const f = repo();
    expect(await said(f.dir)).toBeUndefined();
    f.git('checkout', '--quiet', '--detach');
    expect(await said(f.dir)).toBeUndefined();
  });

  test('a repository with no commit yet, with and without what it means', async () => {
    const d = emptyDir();
    execFileSync('git', ['init', '--quiet', '--initial-branch=main', d]);
    expect(await said(d)).toBe('the repository has no commit yet — commit the files first (git add, then git commit)');
    expect(await said(d, 'nothing to release')).toBe(
      'the repository has no commit yet — nothing to release: commit the files first (git add, then git commit)',
    );
  });

  test('an unborn branch in a repository that has commits names the branch', async () => {
    const f = repo();
    f.git('checkout', '--quiet', '--orphan', 'fresh');
    expect(await said(f.dir, 'nothing to check')).toBe(
      'the branch fresh has no commit yet — nothing to check: commit on it first, or switch to a branch that has commits (git switch <branch>)',
    );
  });

  test('a bare repository with no commit says it is bare', async () => {
    const d = emptyDir();
    execFileSync('git', ['init', '--quiet', '--bare', d]);
    expect(await said(d)).toBe('the repository is bare (it has no work tree) — run in a clone that has a work tree (git clone <path>)');
  });
});

describe('headFacts: HEAD, shallow, prefix from one git start', () => {
  test('at the top, in a subfolder (even one whose name holds a newline), in a shallow clone', async () => {
    const f = repo();
    const head = f.git('rev-parse', 'HEAD').trim();
    expect(await headFacts(gitSpawner(f.dir))).toEqual({ head, shallow: false, prefix: '' });
    mkdirSync(join(f.dir, 'sub', 'odd\nname'), { recursive: true });
    expect(await headFacts(gitSpawner(join(f.dir, 'sub')))).toEqual({ head, shallow: false, prefix: 'sub/' });
    expect(await headFacts(gitSpawner(join(f.dir, 'sub', 'odd\nname')))).toEqual({ head, shallow: false, prefix: 'sub/odd\nname/' });
    const d = emptyDir();
    execFileSync('git', ['clone', '--quiet', '--depth=1', `file://${f.dir}`, join(d, 'c')]);
    expect(await headFacts(gitSpawner(join(d, 'c')))).toEqual({ head, shallow: true, prefix: '' });
  });

  test('no commit: an unborn branch, a bare repository, a folder outside any repository', async () => {
    const d = emptyDir();
    execFileSync('git', ['init', '--quiet', '--initial-branch=main', join(d, 'fresh')]);
    expect(await headFacts(gitSpawner(join(d, 'fresh')))).toEqual({ head: undefined, shallow: false, prefix: '' });
    execFileSync('git', ['init', '--quiet', '--bare', join(d, 'bare')]);
    expect(await headFacts(gitSpawner(join(d, 'bare')))).toEqual({ head: undefined, shallow: false, prefix: '' });
    mkdirSync(join(d, 'plain'));
    const outside = gitSpawner(join(d, 'plain'), { ...process.env, GIT_CEILING_DIRECTORIES: d });
    expect(await headFacts(outside)).toEqual({ head: undefined, shallow: false, prefix: '' });
  });
});

describe('UserError faces', () => {
  test("a terminal's format shows the terminal's hint where there is one, the action's otherwise", () => {
    const both = new UserError('origin has no default branch', { hint: 'set base: main', cliHint: 'pass --base main' });
    expect([both.format(), both.format(RUNNER), both.format(TERMINAL)]).toEqual([
      'origin has no default branch — set base: main',
      'origin has no default branch — set base: main',
      'origin has no default branch — pass --base main',
    ]);
    const one = new UserError('x', { file: 'a.yml', line: 2, hint: 'fix it' });
    expect(one.format(TERMINAL)).toBe('a.yml:2: x — fix it');
  });
});
