import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GitFixture, headCommit } from '../../../../action-tests/harness/git-fixture.ts';
import { startGitHttpServer } from '../../../../action-tests/harness/git-http.ts';
import { UserError } from '../../src/errors.ts';
import { authedGit, authSecrets, gitAuthEnv, redact } from '../../src/git/auth.ts';
import { gitSpawner } from '../../src/git/objects.ts';
import { type GitSpawner } from '../../src/git/spawn.ts';
import { assertRefInput, checkRefName } from '../../src/git/refs.ts';
import { BOT_IDENTITY, parseIdentity } from '../../src/git/identity.ts';
import {
  commitFiles,
  commitsAfterGenerated,
  fetchBranch,
  generatedTrailer,
  isAncestor,
  parentOf,
  parsePushPorcelain,
  pushBranch,
  pushTag,
  replayCommits,
  withBaseRetry,
} from '../../src/git/publish.ts';
import { FastHistory } from '../fast-history.ts';

const TRAILER = 'Lockstep-Generated: prepare-release';
const DATE = '1700000000 +0000';
const HUMAN = { name: 'Hu Man', email: 'human@example.com' };

/** The UserError a promise rejects with (fails the test on anything else). */
async function rejection(p: Promise<unknown>): Promise<UserError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a UserError');
}

/** Runs git synchronously in `dir` and returns trimmed stdout. */
function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } }).trim();
}

/** A spawner that records every argv it is given before running git for real. */
function spy(dir: string, inner: GitSpawner = gitSpawner(dir)): { git: GitSpawner; calls: string[][] } {
  const calls: string[][] = [];
  return {
    calls,
    git: (args) => {
      calls.push([...args]);
      return inner(args);
    },
  };
}

/** A commit by `who` in a plain clone (the human, or a concurrent run), pushed to `branch`. */
function pushAs(dir: string, branch: string, message: string, files: Record<string, string>, date = '1700000500 +0000'): string {
  for (const [p, c] of Object.entries(files)) writeFileSync(join(dir, p), c);
  git(dir, 'add', '-A');
  execFileSync('git', ['-c', `user.name=${HUMAN.name}`, '-c', `user.email=${HUMAN.email}`, 'commit', '--quiet', '-m', message], {
    cwd: dir,
    env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
  });
  git(dir, 'push', '--quiet', 'origin', `HEAD:refs/heads/${branch}`);
  return headCommit(dir);
}

describe('identities and names', () => {
  test.each([
    ['release-bot <bot@example.com>', { name: 'release-bot', email: 'bot@example.com' }],
    ['  Jane Q. Doe   <jane+ci@example.org> ', { name: 'Jane Q. Doe', email: 'jane+ci@example.org' }],
    ['github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>', BOT_IDENTITY],
  ])('parseIdentity(%j)', (text, want) => {
    expect(parseIdentity(text, 'author')).toEqual(want);
  });

  test.each(['bot@example.com', '<bot@example.com>', 'a <b> <c>', 'name <a b@c>', 'name\n<x@y>', 'name <x@y'])(
    'parseIdentity refuses %j naming the input',
    (text) => {
      let err: unknown;
      try {
        parseIdentity(text, 'committer');
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(UserError);
      expect((err as UserError).message).toMatch(/^input 'committer': expected 'Name <email>'/);
    },
  );

  test.each([
    ['--upload-pack=touch /tmp/x', /starts with "-"/],
    ['-b', /starts with "-"/],
    ['a b', /white space/],
    ['x\ny', /white space|control/],
    ['@{-1}', /"@\{"/],
    ['HEAD', /HEAD/],
    ['refs/heads/main', /without the refs\/heads\//],
    ['', /empty/],
  ])('assertRefInput refuses %j without running git', (name, why) => {
    expect(() => assertRefInput(name, 'branch-prefix')).toThrow(why);
    expect(() => assertRefInput(name, 'branch-prefix')).toThrow(/^input 'branch-prefix'/);
  });

  test('generatedTrailer', () => {
    expect(generatedTrailer('prepare-release')).toBe(TRAILER);
    expect(() => generatedTrailer('x\nSigned-off-by: y')).toThrow(/invalid action name/);
  });

  test.each(['chore/release-1.2.0', 'promote/staging', 'v1.2.3-rc.1', 'feature/zzz";echo${IFS}"pwned";#'])(
    'assertRefInput accepts %j',
    (name) => {
      expect(() => assertRefInput(name, 'branch')).not.toThrow();
    },
  );
});

describe('against real repositories', () => {
  let repo: GitFixture;
  let base: string;
  beforeAll(() => {
    repo = GitFixture.create({
      'README.md': 'hello\n',
      'CHANGELOG.md': '# Changelog\n\n## 1.0.0\n- first\n',
      'charts/app/Chart.yaml': 'name: app\nversion: 1.0.0\n',
      'tools/run.sh': '#!/bin/sh\necho run\n',
    });
    chmodSync(join(repo.dir, 'tools/run.sh'), 0o755);
    base = repo.commit('chore: make run.sh executable');
    repo.push('main');
  });
  afterAll(() => repo.cleanup());

  test('git check-ref-format decides what the quick check lets through', async () => {
    const g = gitSpawner(repo.dir);
    await expect(checkRefName(g, 'chore/release-1.2.0', 'branch')).resolves.toBe('chore/release-1.2.0');
    for (const bad of ['a..b', 'x.lock', 'a~1', 'end/', 'a:b']) {
      const e = await rejection(checkRefName(g, bad, 'branch-prefix'));
      expect(e.message).toMatch(/^input 'branch-prefix': .* is not a valid branch name/);
    }
    await expect(checkRefName(g, 'v1.0.0', 'tag', 'tag')).resolves.toBe('v1.0.0');
  });

  test('names like --upload-pack=… are refused before any git process runs', async () => {
    const s = spy(repo.dir);
    const evil = '--upload-pack=touch /tmp/lockstep-pwned';
    expect((await rejection(fetchBranch(s.git, 'origin', evil))).message).toMatch(/starts with "-"/);
    expect((await rejection(pushBranch(s.git, 'origin', evil, base, undefined))).message).toMatch(/starts with "-"/);
    expect((await rejection(pushTag(s.git, 'origin', '-v1', base, 'm', BOT_IDENTITY))).message).toMatch(/starts with "-"/);
    expect(s.calls).toEqual([]);
  });

  test('shell-looking branch names and messages travel as literal text (argument arrays, stdin)', async () => {
    const work = repo.clone('main', 1);
    const s = spy(work);
    const branch = 'feature/zzz";echo${IFS}"pwned";#';
    const message = 'zzz";echo${IFS}"pwned";#\n\n$(id) `id` \n::add-mask::x';
    const sha = await commitFiles(s.git, {
      parent: base,
      files: [{ path: 'f.txt', content: '$(id)\n' }],
      message,
      author: BOT_IDENTITY,
      committer: BOT_IDENTITY,
    });
    expect(await pushBranch(s.git, 'origin', branch, sha, undefined)).toEqual({ ok: true, updated: true });
    expect(git(repo.origin, 'rev-parse', `refs/heads/${branch}`)).toBe(sha);
    expect(execFileSync('git', ['cat-file', 'commit', sha], { cwd: repo.origin, encoding: 'utf8' }).endsWith(`\n\n${message}\n`)).toBe(
      true,
    );
    // The message went through stdin, never argv; the branch name only inside one refspec argument.
    expect(s.calls.flat().some((a) => a.includes('pwned') && !a.includes(`refs/heads/${branch}`) && a !== branch)).toBe(false);
  });

  describe('commitFiles', () => {
    test('builds one commit from planned contents without touching work tree, HEAD or index', async () => {
      const before = {
        head: git(repo.dir, 'rev-parse', 'HEAD'),
        index: readFileSync(join(repo.dir, '.git/index')),
        chart: readFileSync(join(repo.dir, 'charts/app/Chart.yaml')),
        tags: git(repo.dir, 'for-each-ref'),
      };
      const plan = {
        parent: base,
        files: [
          { path: 'charts/app/Chart.yaml', content: 'name: app\nversion: 1.1.0\n' },
          { path: 'tools/run.sh', content: '#!/bin/sh\necho run 2\n' },
          { path: 'new/dir/file.bin', content: Buffer.from([0, 1, 2, 13, 10, 255]) },
          { path: 'README.md', content: null },
          { path: 'never-existed.txt', content: null },
        ],
        message: `chore(release): 1.1.0\n\n${TRAILER}`,
        author: BOT_IDENTITY,
        committer: { name: 'Commit Ter', email: 'ct@example.com' },
        date: DATE,
      };
      const sha = await commitFiles(gitSpawner(repo.dir), plan);

      expect(git(repo.dir, 'rev-parse', `${sha}^@`)).toBe(base);
      expect(git(repo.dir, 'show', `${sha}:charts/app/Chart.yaml`)).toBe('name: app\nversion: 1.1.0');
      expect([...execFileSync('git', ['cat-file', 'blob', `${sha}:new/dir/file.bin`], { cwd: repo.dir })]).toEqual([0, 1, 2, 13, 10, 255]);
      const modes = git(repo.dir, 'ls-tree', '-r', sha);
      expect(modes).toMatch(/^100755 blob \w+\ttools\/run\.sh$/m);
      expect(modes).toMatch(/^100644 blob \w+\tnew\/dir\/file\.bin$/m);
      expect(modes).not.toMatch(/README\.md/);
      expect(git(repo.dir, 'log', '-1', '--format=%an <%ae>|%cn <%ce>|%at|%ct|%B', sha)).toBe(
        `${BOT_IDENTITY.name} <${BOT_IDENTITY.email}>|Commit Ter <ct@example.com>|1700000000|1700000000|chore(release): 1.1.0\n\n${TRAILER}`,
      );

      expect(git(repo.dir, 'rev-parse', 'HEAD')).toBe(before.head);
      expect(readFileSync(join(repo.dir, '.git/index'))).toEqual(before.index);
      expect(readFileSync(join(repo.dir, 'charts/app/Chart.yaml'))).toEqual(before.chart);
      expect(git(repo.dir, 'status', '--porcelain')).toBe('');
      expect(git(repo.dir, 'for-each-ref')).toBe(before.tags);

      // Same plan, same date: the same commit id (an idempotent rerun can compare ids).
      expect(await commitFiles(gitSpawner(repo.dir), plan)).toBe(sha);
    });

    test('paths that look like globs or pathspec magic are plain file names', async () => {
      const r = GitFixture.create({ 'a*.txt': 'star\n', 'ab.txt': 'ab\n', ':(glob)x': 'magic\n' });
      try {
        chmodSync(join(r.dir, 'ab.txt'), 0o755);
        const tip = r.commit('modes');
        const sha = await commitFiles(gitSpawner(r.dir), {
          parent: tip,
          files: [
            { path: 'a*.txt', content: 'star 2\n' },
            { path: ':(glob)x', content: null },
          ],
          message: 'm',
          author: BOT_IDENTITY,
          committer: BOT_IDENTITY,
        });
        expect(git(r.dir, 'ls-tree', '-r', '--name-only', sha).split('\n')).toEqual(['a*.txt', 'ab.txt']);
        expect(git(r.dir, 'show', `${sha}:a*.txt`)).toBe('star 2');
        expect(git(r.dir, 'ls-tree', sha, '--', 'ab.txt')).toMatch(/^100755/);
        expect(git(r.dir, 'ls-tree', sha, '--', 'a*.txt')).toMatch(/^100644/);
      } finally {
        r.cleanup();
      }
    });

    test('an explicit mode makes a new file executable', async () => {
      const sha = await commitFiles(gitSpawner(repo.dir), {
        parent: 'main',
        files: [{ path: 'bin/tool', content: '#!/bin/sh\n', mode: '100755' }],
        message: 'add tool',
        author: BOT_IDENTITY,
        committer: BOT_IDENTITY,
        date: DATE,
      });
      expect(git(repo.dir, 'ls-tree', sha, '--', 'bin/tool')).toMatch(/^100755 blob/);
    });

    test.each([['../outside'], ['/etc/passwd'], ['a/./b'], ['.git/config'], ['a//b']])('refuses the path %j', async (path) => {
      const e = await rejection(
        commitFiles(gitSpawner(repo.dir), {
          parent: base,
          files: [{ path, content: 'x' }],
          message: 'm',
          author: BOT_IDENTITY,
          committer: BOT_IDENTITY,
        }),
      );
      expect(e.message).toMatch(/path escapes the repository/);
    });

    test('refuses to write through a symlink or onto a folder', async () => {
      const r = GitFixture.create({ 'target.txt': 'x\n', 'dir/a': 'a\n' });
      try {
        symlinkSync('target.txt', join(r.dir, 'link'));
        const tip = r.commit('add link');
        const opts = { parent: tip, message: 'm', author: BOT_IDENTITY, committer: BOT_IDENTITY };
        expect((await rejection(commitFiles(gitSpawner(r.dir), { ...opts, files: [{ path: 'link', content: 'y' }] }))).message).toMatch(
          /link: it is a symlink/,
        );
        expect((await rejection(commitFiles(gitSpawner(r.dir), { ...opts, files: [{ path: 'dir', content: 'y' }] }))).message).toMatch(
          /dir: it is a folder/,
        );
      } finally {
        r.cleanup();
      }
    });

    test('refuses identities git would misread', async () => {
      const e = await rejection(
        commitFiles(gitSpawner(repo.dir), {
          parent: base,
          files: [],
          message: 'm',
          author: { name: 'x>\nevil', email: 'a@b' },
          committer: BOT_IDENTITY,
        }),
      );
      expect(e.message).toMatch(/author .* is not a valid git identity/);
    });
  });

  describe('fetching and pushing branches', () => {
    test('a depth-1 clone fetches an existing branch and sees an absent one as undefined', async () => {
      const human = repo.clone('main');
      const tip = pushAs(human, 'chore/release-9.9.9', 'docs: tweak', { 'README.md': 'hello again\n' });
      const shallow = repo.clone('main', 1);
      expect(git(shallow, 'rev-parse', '--is-shallow-repository')).toBe('true');
      const g = gitSpawner(shallow);
      expect(await fetchBranch(g, 'origin', 'chore/release-9.9.9')).toBe(tip);
      expect(await fetchBranch(g, 'origin', 'chore/release-nope')).toBeUndefined();
      expect(await fetchBranch(g, 'origin', 'main')).toBe(base);
    });

    test('a lease push creates, is a no-op when equal, and goes stale when someone pushed meanwhile', async () => {
      const work = repo.clone('main', 1);
      const g = gitSpawner(work);
      const branch = 'promote/staging';
      const first = await commitFiles(g, {
        parent: base,
        files: [{ path: 'x.txt', content: '1\n' }],
        message: 'one',
        author: BOT_IDENTITY,
        committer: BOT_IDENTITY,
        date: DATE,
      });
      expect(await pushBranch(g, 'origin', branch, first, undefined)).toEqual({ ok: true, updated: true });
      expect(await pushBranch(g, 'origin', branch, first, first)).toEqual({ ok: true, updated: false });
      // A new branch whose name is already taken: the empty lease does not hold.
      const second = await commitFiles(g, {
        parent: base,
        files: [{ path: 'x.txt', content: '2\n' }],
        message: 'two',
        author: BOT_IDENTITY,
        committer: BOT_IDENTITY,
        date: DATE,
      });
      expect(await pushBranch(g, 'origin', branch, second, undefined)).toMatchObject({ ok: false, reason: 'stale' });

      const other = repo.clone(branch);
      const foreign = pushAs(other, branch, 'fix: by someone else', { 'y.txt': 'y\n' });
      const r = await pushBranch(g, 'origin', branch, second, first);
      expect(r).toMatchObject({ ok: false, reason: 'stale' });
      expect(git(repo.origin, 'rev-parse', `refs/heads/${branch}`)).toBe(foreign);
      // With the lease the run saw, the update goes through.
      expect(await pushBranch(g, 'origin', branch, second, foreign)).toEqual({ ok: true, updated: true });
      expect(git(repo.origin, 'rev-parse', `refs/heads/${branch}`)).toBe(second);
    });

    test('a push that loses the server-side race for the ref (the ref is locked by a push landing now) is stale, not a refusal', async () => {
      const work = repo.clone('main', 1);
      const g = gitSpawner(work);
      const branch = 'promote/race';
      const first = await commitFiles(g, {
        parent: base,
        files: [{ path: 'r.txt', content: '1\n' }],
        message: 'one',
        author: BOT_IDENTITY,
        committer: BOT_IDENTITY,
        date: DATE,
      });
      expect(await pushBranch(g, 'origin', branch, first, undefined)).toEqual({ ok: true, updated: true });
      const second = await commitFiles(g, {
        parent: first,
        files: [{ path: 'r.txt', content: '2\n' }],
        message: 'two',
        author: BOT_IDENTITY,
        committer: BOT_IDENTITY,
        date: DATE,
      });
      // What a concurrent receive-pack holds while it updates the ref.
      const lock = join(repo.origin, 'refs', 'heads', 'promote', 'race.lock');
      writeFileSync(lock, '');
      try {
        expect(await pushBranch(g, 'origin', branch, second, first)).toMatchObject({ ok: false, reason: 'stale' });
      } finally {
        rmSync(lock);
      }
      expect(await pushBranch(g, 'origin', branch, second, first)).toEqual({ ok: true, updated: true });
    });

    test('a server that declines (protected branch hook) is reported as rejected with its reason', async () => {
      const r = GitFixture.create({ 'a.txt': 'a\n' });
      try {
        const hook = join(r.origin, 'hooks/pre-receive');
        writeFileSync(hook, '#!/bin/sh\necho "protected branch hook declined" >&2\nexit 1\n');
        chmodSync(hook, 0o755);
        const g = gitSpawner(r.dir);
        const tip = r.git('rev-parse', 'HEAD');
        const sha = await commitFiles(g, {
          parent: tip,
          files: [{ path: 'a.txt', content: 'b\n' }],
          message: 'm',
          author: BOT_IDENTITY,
          committer: BOT_IDENTITY,
        });
        const res = await pushBranch(g, 'origin', 'main', sha, tip);
        expect(res).toMatchObject({ ok: false, reason: 'rejected' });
        expect(res.ok === false && res.detail).toMatch(/pre-receive hook declined/);
      } finally {
        r.cleanup();
      }
    });

    test.each([
      ['=\trefs/heads/a:refs/heads/a\t[up to date]', { flag: '=', to: 'refs/heads/a', summary: '[up to date]' }],
      [' \t0123abc:refs/heads/b\t111..222', { flag: ' ', to: 'refs/heads/b', summary: '111..222' }],
      ['+\tabc:refs/heads/c\t111...222 (forced update)', { flag: '+', to: 'refs/heads/c', summary: '111...222 (forced update)' }],
      ['*\tabc:refs/tags/v1\t[new tag]', { flag: '*', to: 'refs/tags/v1', summary: '[new tag]' }],
      ['!\tabc:refs/heads/d\t[rejected] (stale info)', { flag: '!', to: 'refs/heads/d', summary: '[rejected] (stale info)' }],
      [
        '!\tabc:refs/heads/main\t[remote rejected] (protected branch hook declined)',
        { flag: '!', to: 'refs/heads/main', summary: '[remote rejected] (protected branch hook declined)' },
      ],
    ])('parsePushPorcelain(%j)', (line, want) => {
      expect(parsePushPorcelain(`To /some/where\n${line}\nDone\n`)).toEqual([want]);
    });
  });

  describe('tags', () => {
    test('a concurrent run that creates the tag between our look and our push: same commit → existing, another → UserError', async () => {
      const work = repo.clone('main', 1);
      const inner = gitSpawner(work);
      const other = await commitFiles(inner, {
        parent: base,
        files: [{ path: 'o', content: 'o' }],
        message: 'o',
        author: BOT_IDENTITY,
        committer: BOT_IDENTITY,
      });
      const racing =
        (tag: string, at: string): GitSpawner =>
        async (args) => {
          if (args[0] === 'push') {
            git(work, 'push', '--quiet', 'origin', `${at}:refs/tags/${tag}`);
          }
          return inner(args);
        };
      expect(await pushTag(racing('v3.0.0', base), 'origin', 'v3.0.0', base, 'Release 3.0.0', BOT_IDENTITY)).toBe('existing');
      const e = await rejection(pushTag(racing('v3.0.1', other), 'origin', 'v3.0.1', base, 'Release 3.0.1', BOT_IDENTITY));
      expect(e.message).toMatch(/^tag v3\.0\.1 already exists on origin and points at/);
      expect(git(repo.origin, 'rev-parse', 'refs/tags/v3.0.1')).toBe(other);
    });

    test('creates an annotated tag on the remote only, then finds it on rerun, and refuses a different one', async () => {
      const work = repo.clone('main', 1);
      const g = gitSpawner(work);
      const tagger = { name: 'Tag Ger', email: 'tagger@example.com' };
      const localTags = git(work, 'for-each-ref', 'refs/tags');
      expect(await pushTag(g, 'origin', 'v1.1.0', base, 'Release 1.1.0\n\nnotes', tagger, { date: DATE })).toBe('created');
      expect(git(repo.origin, 'cat-file', '-t', 'refs/tags/v1.1.0')).toBe('tag');
      expect(git(repo.origin, 'rev-parse', 'refs/tags/v1.1.0^{commit}')).toBe(base);
      expect(git(repo.origin, 'cat-file', 'tag', 'refs/tags/v1.1.0')).toBe(
        `object ${base}\ntype commit\ntag v1.1.0\ntagger Tag Ger <tagger@example.com> 1700000000 +0000\n\nRelease 1.1.0\n\nnotes`,
      );
      expect(git(work, 'for-each-ref', 'refs/tags')).toBe(localTags);

      // A rerun (another date) sees the same commit tagged: nothing to do.
      expect(await pushTag(g, 'origin', 'v1.1.0', base, 'Release 1.1.0', tagger, { now: () => 1800000000000 })).toBe('existing');

      // A lightweight tag someone made by hand on the same commit also counts as done.
      git(repo.origin, 'tag', 'v1.0.9', base);
      expect(await pushTag(g, 'origin', 'v1.0.9', base, 'Release 1.0.9', tagger)).toBe('existing');

      const other = await commitFiles(g, {
        parent: base,
        files: [{ path: 'z', content: 'z' }],
        message: 'z',
        author: BOT_IDENTITY,
        committer: BOT_IDENTITY,
      });
      const e = await rejection(pushTag(g, 'origin', 'v1.1.0', other, 'x', tagger));
      expect(e.message).toMatch(/^tag v1\.1\.0 already exists on origin and points at \w{12}, not \w{12}/);
    });
  });
});

describe('human commits on the release branch', () => {
  let repo: GitFixture;
  let base0: string;
  const branch = 'chore/release-1.1.0';
  const files0 = (version: string) => [
    { path: '.version', content: `${version}\n` },
    { path: 'CHANGELOG.md', content: `# Changelog\n\n## ${version}\n- feat: thing\n\n## 1.0.0\n- first\n` },
  ];
  const generate = (g: GitSpawner, parent: string, version = '1.1.0') =>
    commitFiles(g, {
      parent,
      files: files0(version),
      message: `chore(release): ${version}\n\n${TRAILER}`,
      author: BOT_IDENTITY,
      committer: BOT_IDENTITY,
      date: DATE,
    });

  beforeEach(() => {
    repo = GitFixture.create({ '.version': '1.0.0\n', 'CHANGELOG.md': '# Changelog\n\n## 1.0.0\n- first\n', 'src/a.txt': 'a\n' });
    base0 = repo.git('rev-parse', 'HEAD');
  });
  afterEach(() => repo.cleanup());

  test('are found above the generated commit and replayed onto a regenerated one, keeping author, dates and message', async () => {
    const g0 = gitSpawner(repo.dir);
    const generated = await generate(g0, base0);
    expect(await pushBranch(g0, 'origin', branch, generated, undefined)).toEqual({ ok: true, updated: true });

    const human = repo.clone(branch);
    const h1 = pushAs(human, branch, 'docs(changelog): reword\n\nSigned-off-by: Hu Man <human@example.com>', {
      'CHANGELOG.md': '# Changelog\n\n## 1.1.0\n- feat: a nicer thing\n\n## 1.0.0\n- first\n',
    });
    const h2 = pushAs(human, branch, 'chore: add notes', { 'NOTES.md': 'notes\n' }, '1700000600 +0000');
    // The base moves on (someone else's commit on main).
    const mover = repo.clone('main');
    const base1 = pushAs(mover, 'main', 'fix: other', { 'src/a.txt': 'a2\n' });

    const run = repo.clone('main', 1);
    const g = gitSpawner(run);
    const tip = await fetchBranch(g, 'origin', branch);
    expect(tip).toBe(h2);
    const found = await commitsAfterGenerated(g, base1, tip!, TRAILER);
    expect(found).toEqual({ generated, after: [h1, h2] });

    const regenerated = await generate(g, base1);
    const replay = await replayCommits(g, regenerated, found.after);
    if (!replay.ok) throw new Error(`unexpected conflict: ${JSON.stringify(replay)}`);
    const head = replay.head;
    expect(git(run, 'rev-list', '--first-parent', `${base1}..${head}`).split('\n').length).toBe(3);
    expect(git(run, 'show', `${head}:CHANGELOG.md`)).toContain('- feat: a nicer thing');
    expect(git(run, 'show', `${head}:src/a.txt`)).toBe('a2');
    expect(git(run, 'show', `${head}:NOTES.md`)).toBe('notes');
    const fmt = '%an <%ae>|%at|%cn|%ct|%B';
    expect(git(run, 'log', '-1', `--format=${fmt}`, `${head}~1`)).toBe(git(human, 'log', '-1', `--format=${fmt}`, h1));
    expect(git(run, 'log', '-1', `--format=${fmt}`, head)).toBe(git(human, 'log', '-1', `--format=${fmt}`, h2));

    // Replaying the same commits onto the same regenerated commit gives the same ids: a rerun pushes nothing.
    const again = await replayCommits(g, await generate(g, base1), found.after);
    expect(again).toEqual({ ok: true, head, skipped: [] });

    expect(await pushBranch(g, 'origin', branch, head, tip)).toEqual({ ok: true, updated: true });
    expect(await pushBranch(g, 'origin', branch, head, head)).toEqual({ ok: true, updated: false });
  });

  test('a conflicting human commit is reported with its subject and files', async () => {
    const g0 = gitSpawner(repo.dir);
    const generated = await generate(g0, base0);
    await pushBranch(g0, 'origin', branch, generated, undefined);
    const human = repo.clone(branch);
    const h1 = pushAs(human, branch, 'docs: hand-edit the version line', { '.version': '1.1.0-hand\n' });

    const run = repo.clone('main', 1);
    const g = gitSpawner(run);
    const tip = await fetchBranch(g, 'origin', branch);
    const found = await commitsAfterGenerated(g, base0, tip!, TRAILER);
    expect(found.after).toEqual([h1]);
    // A newer computed version rewrites the same line the human edited.
    const regenerated = await generate(g, base0, '2.0.0');
    expect(await replayCommits(g, regenerated, found.after)).toEqual({
      ok: false,
      commit: h1,
      subject: 'docs: hand-edit the version line',
      files: ['.version'],
    });
  });

  test('a commit whose change is already in the regenerated commit is skipped', async () => {
    const g0 = gitSpawner(repo.dir);
    await pushBranch(g0, 'origin', branch, await generate(g0, base0), undefined);
    const human = repo.clone(branch);
    const h1 = pushAs(human, branch, 'fix version', { '.version': '1.2.0\n' });
    const run = gitSpawner(repo.clone('main', 1));
    const tip = await fetchBranch(run, 'origin', branch);
    const regenerated = await generate(run, base0, '1.2.0');
    const r = await replayCommits(run, regenerated, (await commitsAfterGenerated(run, base0, tip!, TRAILER)).after);
    expect(r).toEqual({ ok: true, head: regenerated, skipped: [h1] });
  });

  test('a merge commit among them is refused', async () => {
    const g0 = gitSpawner(repo.dir);
    const generated = await generate(g0, base0);
    await pushBranch(g0, 'origin', branch, generated, undefined);
    pushAs(repo.clone('main'), 'main', 'fix: on main', { 'src/a.txt': 'b\n' });
    const human = repo.clone(branch);
    git(human, 'fetch', '--quiet', 'origin', 'main');
    execFileSync('git', ['-c', 'user.name=H', '-c', 'user.email=h@x', 'merge', '--quiet', '--no-ff', '-m', 'Merge main', 'origin/main'], {
      cwd: human,
    });
    const merge = git(human, 'rev-parse', 'HEAD');
    git(human, 'push', '--quiet', 'origin', `HEAD:refs/heads/${branch}`);
    const run = gitSpawner(repo.clone('main', 1));
    const tip = await fetchBranch(run, 'origin', branch);
    const found = await commitsAfterGenerated(run, base0, tip!, TRAILER);
    expect(found).toEqual({ generated, after: [merge] });
    const r = await replayCommits(run, await generate(run, base0), found.after);
    expect(r).toMatchObject({ ok: false, commit: merge, subject: 'Merge main', reason: expect.stringMatching(/merge commit/) });
  });

  test('an "Update branch" merge of the base is skipped when regenerating on that base; a hand-edited one is refused', async () => {
    const g0 = gitSpawner(repo.dir);
    await pushBranch(g0, 'origin', branch, await generate(g0, base0), undefined);
    const base1 = pushAs(repo.clone('main'), 'main', 'fix: on main', { 'src/a.txt': 'b\n' });
    const human = repo.clone(branch);
    git(human, 'fetch', '--quiet', 'origin', 'main');
    execFileSync(
      'git',
      ['-c', 'user.name=H', '-c', 'user.email=h@x', 'merge', '--quiet', '--no-ff', '-m', "Merge branch 'main' into release", 'origin/main'],
      { cwd: human },
    );
    const merge = git(human, 'rev-parse', 'HEAD');
    const h2 = pushAs(human, branch, 'docs: after the update', { 'AFTER.md': 'a\n' });

    const run = gitSpawner(repo.clone('main', 1));
    const tip = await fetchBranch(run, 'origin', branch);
    const found = await commitsAfterGenerated(run, base1, tip!, TRAILER);
    expect(found.after).toEqual([merge, h2]);
    const regenerated = await generate(run, base1);
    const r = await replayCommits(run, regenerated, found.after);
    expect(r).toMatchObject({ ok: true, skipped: [merge] });
    if (!r.ok) throw new Error('unreachable');
    // One replayed commit (h2) straight on the regenerated one, with base1's change and the human's file.
    expect(await parentOf(run, r.head)).toBe(regenerated);
    const show = async (path: string) => (await run(['show', `${r.head}:${path}`])).stdout.toString();
    expect([await show('src/a.txt'), await show('AFTER.md')]).toEqual(['b\n', 'a\n']);

    // The same merge with a hand edit folded into it is not skipped.
    git(human, 'reset', '--quiet', '--hard', merge);
    writeFileSync(join(human, 'src/a.txt'), 'edited in the merge\n');
    git(human, 'add', '-A');
    execFileSync('git', ['-c', 'user.name=H', '-c', 'user.email=h@x', 'commit', '--quiet', '--amend', '--no-edit'], { cwd: human });
    const evil = git(human, 'rev-parse', 'HEAD');
    git(human, 'push', '--quiet', '--force', 'origin', `HEAD:refs/heads/${branch}`);
    const tip2 = await fetchBranch(run, 'origin', branch);
    const found2 = await commitsAfterGenerated(run, base1, tip2!, TRAILER);
    expect(found2.after).toEqual([evil]);
    expect(await replayCommits(run, await generate(run, base1), found2.after)).toMatchObject({
      ok: false,
      commit: evil,
      reason: expect.stringMatching(/merge commit/),
    });
  });

  test('a branch without a generated commit lists all its commits, and one without any lists none', async () => {
    const human = repo.clone('main');
    const h1 = pushAs(human, 'chore/handmade', 'chore: by hand', { 'x.txt': 'x\n' });
    const run = gitSpawner(repo.clone('main', 1));
    const tip = await fetchBranch(run, 'origin', 'chore/handmade');
    expect(await commitsAfterGenerated(run, base0, tip!, TRAILER)).toEqual({ after: [h1] });
    expect(await commitsAfterGenerated(run, base0, base0, TRAILER)).toEqual({ after: [] });
  });

  test('a generated commit already merged into base (merge commit, branch kept) is still found', async () => {
    const g0 = gitSpawner(repo.dir);
    const generated = await generate(g0, base0);
    await pushBranch(g0, 'origin', branch, generated, undefined);
    // The PR is merged with a merge commit; the branch stays.
    const maintainer = repo.clone('main');
    git(maintainer, 'fetch', '--quiet', 'origin', branch);
    pushAs(maintainer, 'main', 'unrelated', { 'src/a.txt': 'm\n' });
    execFileSync('git', ['-c', 'user.name=M', '-c', 'user.email=m@x', 'merge', '--quiet', '--no-ff', '-m', 'Merge release', 'FETCH_HEAD'], {
      cwd: maintainer,
    });
    git(maintainer, 'push', '--quiet', 'origin', 'HEAD:refs/heads/main');
    const merged = git(maintainer, 'rev-parse', 'HEAD');
    // In a full clone the walk stops at base, right above the generated commit.
    const full = gitSpawner(repo.clone('main'));
    const shallow = gitSpawner(repo.clone('main', 1));
    for (const run of [full, shallow])
      expect(await commitsAfterGenerated(run, merged, (await fetchBranch(run, 'origin', branch))!, TRAILER)).toEqual({
        generated,
        after: [],
      });
    // A human commit pushed to the kept branch afterwards is theirs.
    const human = repo.clone(branch);
    const h1 = pushAs(human, branch, 'docs: late fix', { 'LATE.md': 'l\n' });
    for (const run of [full, shallow])
      expect(await commitsAfterGenerated(run, merged, (await fetchBranch(run, 'origin', branch))!, TRAILER)).toEqual({
        generated,
        after: [h1],
      });
  });

  test('a stamped generated commit that was amended by hand is reported as amended', async () => {
    const g0 = gitSpawner(repo.dir);
    const stamped = await commitFiles(g0, {
      parent: base0,
      files: files0('1.1.0'),
      message: `chore(release): 1.1.0\n\n${TRAILER}`,
      author: BOT_IDENTITY,
      committer: BOT_IDENTITY,
      date: DATE,
      stampTree: true,
    });
    expect(git(repo.dir, 'log', '-1', '--format=%B', stamped)).toBe(
      `chore(release): 1.1.0\n\n${TRAILER}\nLockstep-Tree: ${git(repo.dir, 'rev-parse', `${stamped}^{tree}`)}`,
    );
    await pushBranch(g0, 'origin', branch, stamped, undefined);
    const run = gitSpawner(repo.clone('main', 1));
    expect(await commitsAfterGenerated(run, base0, (await fetchBranch(run, 'origin', branch))!, TRAILER)).toEqual({
      generated: stamped,
      after: [],
    });

    const amended = repo.editByHand(branch, { '.version': '1.1.0-hand\n' }, { amend: true });
    expect(await commitsAfterGenerated(run, base0, (await fetchBranch(run, 'origin', branch))!, TRAILER)).toEqual({
      generated: amended,
      after: [],
      amended: true,
    });
  });

  test('a shallow clone is deepened until the generated commit is found', async () => {
    const g0 = gitSpawner(repo.dir);
    const generated = await generate(g0, base0);
    await pushBranch(g0, 'origin', branch, generated, undefined);
    const human = repo.clone(branch);
    // The human's 24 commits on the branch, written by one git fast-import and pushed at once.
    const h = new FastHistory(`${HUMAN.name} <${HUMAN.email}>`, 1700001000);
    h.checkout(branch, generated);
    const marks = Array.from({ length: 24 }, (_, i) => h.commit(`docs: step ${i}`, { 'steps.txt': `${i}\n` }));
    const byMark = h.importInto(human);
    const mine = marks.map((m) => byMark.get(m)!);
    git(human, 'push', '--quiet', 'origin', `refs/heads/${branch}`);
    const run = repo.clone('main', 1);
    const g = gitSpawner(run);
    const tip = await fetchBranch(g, 'origin', branch);
    expect(await commitsAfterGenerated(g, base0, tip!, TRAILER)).toEqual({ generated, after: mine });
  });
});

describe('shallow clones', () => {
  let repo: GitFixture;
  beforeAll(() => {
    repo = GitFixture.create({ 'n.txt': '0\n' });
    // 29 more commits on main, written by one git fast-import (the work tree then checked out at the new tip).
    const h = new FastHistory();
    h.checkout('main', repo.git('rev-parse', 'HEAD'));
    for (let i = 1; i < 30; i++) h.commit(`chore: ${i}`, { 'n.txt': `${i}\n` });
    h.importInto(repo.dir);
    repo.git('reset', '--quiet', '--hard');
    repo.push('main');
  });
  afterAll(() => repo.cleanup());

  test('fetching a tracked branch again does not shorten history an earlier step deepened', async () => {
    const run = repo.clone('main', 1);
    git(run, 'fetch', '--quiet', '--deepen=24', 'origin', 'main');
    expect(git(run, 'rev-list', '--count', 'HEAD')).toBe('25');
    const mover = repo.clone('main');
    const moved = pushAs(mover, 'main', 'feat: more', { 'n.txt': 'more\n' });
    expect(await fetchBranch(gitSpawner(run), 'origin', 'main')).toBe(moved);
    expect(git(run, 'rev-list', '--count', 'HEAD')).toBe('25');
    expect(git(run, 'rev-list', '--count', 'origin/main')).toBe('26');
  });

  test('an empty repository (a temp clone for another repository) fetches a branch shallow, then deepens on demand', async () => {
    const dir = join(repo.root, 'empty.git');
    execFileSync('git', ['init', '--quiet', '--bare', dir]);
    git(dir, 'remote', 'add', 'origin', repo.origin);
    const g = gitSpawner(dir);
    const tip = await fetchBranch(g, 'origin', 'main');
    expect(tip).toBe(git(repo.origin, 'rev-parse', 'main'));
    expect(git(dir, 'rev-parse', '--is-shallow-repository')).toBe('true');
    expect(Number(git(dir, 'rev-list', '--count', tip!))).toBeLessThan(20);
    const first = repo.git('rev-list', '--max-parents=0', 'main');
    git(dir, 'fetch', '--quiet', '--no-tags', 'origin', `${first}:refs/tags/first`);
    expect(await isAncestor(g, first, tip!)).toBe(true);
  });

  test('isAncestor deepens a depth-1 clone until it can answer', async () => {
    const old = repo.git('rev-parse', 'main~20');
    repo.git('branch', '--force', 'old', old);
    repo.push('old');
    repo.git('checkout', '--quiet', '-b', 'side', old);
    repo.commit('feat: side', { 'side.txt': 's\n' });
    repo.push('side');
    repo.checkout('main');
    const run = repo.clone('main', 1);
    const g = gitSpawner(run);
    const [o, side] = [await fetchBranch(g, 'origin', 'old'), await fetchBranch(g, 'origin', 'side')];
    // Plain git says "no" here: the depth-1 history stops before `old`.
    expect(spawnSync('git', ['merge-base', '--is-ancestor', o!, 'HEAD'], { cwd: run }).status).toBe(1);
    expect(await isAncestor(g, o!, 'HEAD')).toBe(true);
    expect(await isAncestor(g, side!, 'HEAD')).toBe(false);
    expect(await isAncestor(g, 'HEAD', o!)).toBe(false);
  });

  test('when more history cannot be fetched, the error names fetch-depth: 0', async () => {
    const gen = await commitFiles(gitSpawner(repo.dir), {
      parent: 'main',
      files: [{ path: 'g', content: 'g' }],
      message: `gen\n\n${TRAILER}`,
      author: BOT_IDENTITY,
      committer: BOT_IDENTITY,
      date: DATE,
    });
    await pushBranch(gitSpawner(repo.dir), 'origin', 'chore/release-2.0.0', gen, undefined);
    const human = repo.clone('chore/release-2.0.0');
    // 20 human commits on the branch, written by one git fast-import and pushed at once.
    const h = new FastHistory(`${HUMAN.name} <${HUMAN.email}>`, 1700000500);
    h.checkout('chore/release-2.0.0', gen);
    for (let i = 0; i < 20; i++) h.commit(`docs: ${i}`, { 'h.txt': `${i}\n` });
    h.importInto(human);
    git(human, 'push', '--quiet', 'origin', 'refs/heads/chore/release-2.0.0');
    const run = repo.clone('main', 1);
    const g = gitSpawner(run);
    const tip = await fetchBranch(g, 'origin', 'chore/release-2.0.0');
    git(run, 'remote', 'set-url', 'origin', join(repo.root, 'gone.git'));
    const e = await rejection(commitsAfterGenerated(g, 'HEAD', tip!, TRAILER));
    expect(e.format()).toMatch(
      /^cannot find the generated commit \(Lockstep-Generated: prepare-release\) below \w{12}: this is a shallow clone and fetching more history from origin failed .* — set `fetch-depth: 0` on actions\/checkout$/,
    );
  });
});

describe('the base moving between fetch and push', () => {
  let repo: GitFixture;
  beforeEach(() => {
    repo = GitFixture.create({ 'values.yaml': 'tag: "1.0.0"\n', 'other.txt': '0\n' });
  });
  afterEach(() => repo.cleanup());

  /** One publish round on main (push: direct): fetch, build on what was fetched, push with that lease. */
  const round = (g: GitSpawner, race?: () => void) => async () => {
    const seen = await fetchBranch(g, 'origin', 'main');
    const sha = await commitFiles(g, {
      parent: seen!,
      files: [{ path: 'values.yaml', content: 'tag: "1.4.2"\n' }],
      message: 'promote',
      author: BOT_IDENTITY,
      committer: BOT_IDENTITY,
    });
    race?.();
    const r = await pushBranch(g, 'origin', 'main', sha, seen);
    return r.ok ? { done: true as const, value: sha } : { done: false as const, why: `${r.reason}: ${r.detail}` };
  };

  test('the run fetches again, rebuilds on the new base and keeps the foreign commit', async () => {
    const other = repo.clone('main');
    const run = gitSpawner(repo.clone('main', 1));
    let foreign = '';
    let n = 0;
    const step = round(run, () => {
      if (++n === 1) foreign = pushAs(other, 'main', 'feat: concurrent', { 'other.txt': '1\n' });
    });
    const attempts: number[] = [];
    const sha = await withBaseRetry(3, (a) => {
      attempts.push(a);
      return step();
    });
    expect(attempts).toEqual([1, 2]);
    expect(git(repo.origin, 'rev-parse', 'main')).toBe(sha);
    expect(git(repo.origin, 'rev-parse', 'main^')).toBe(foreign);
    expect(git(repo.origin, 'show', 'main:values.yaml')).toBe('tag: "1.4.2"');
  });

  test('a base that keeps moving ends in "base moved N times" and overwrites nothing', async () => {
    const other = repo.clone('main');
    const run = gitSpawner(repo.clone('main', 1));
    let last = '';
    let i = 0;
    const step = round(run, () => {
      last = pushAs(other, 'main', `feat: concurrent ${++i}`, { 'other.txt': `${i}\n` });
    });
    const e = await rejection(withBaseRetry(3, step));
    expect(e.message).toMatch(/^base moved 3 times while publishing \(last: stale: stale info\)/);
    expect(git(repo.origin, 'rev-parse', 'main')).toBe(last);
  });
});

describe('the token reaches git only through the environment', () => {
  const TOKEN = 'ghs_TestToken0123456789abcdefABCDEF';
  // base64 of `x-access-token:ghs_TestToken0123456789abcdefABCDEF`, written out.
  const basic = 'eC1hY2Nlc3MtdG9rZW46Z2hzX1Rlc3RUb2tlbjAxMjM0NTY3ODlhYmNkZWZBQkNERUY=';

  test('gitAuthEnv sets a clearing entry and the header for the server, after inherited entries', () => {
    expect(gitAuthEnv('https://github.com/acme/app.git', TOKEN)).toEqual({
      GIT_CONFIG_COUNT: '3',
      GIT_CONFIG_KEY_0: 'http.https://github.com/.extraheader',
      GIT_CONFIG_VALUE_0: '',
      GIT_CONFIG_KEY_1: 'http.https://github.com/.extraheader',
      GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${basic}`,
      GIT_CONFIG_KEY_2: 'credential.helper',
      GIT_CONFIG_VALUE_2: '',
    });
    expect(gitAuthEnv('https://ghe.example.com:8443/acme/app', TOKEN, { GIT_CONFIG_COUNT: '1' })).toMatchObject({
      GIT_CONFIG_COUNT: '4',
      GIT_CONFIG_KEY_1: 'http.https://ghe.example.com:8443/.extraheader',
      GIT_CONFIG_KEY_2: 'http.https://ghe.example.com:8443/.extraheader',
    });
    expect(gitAuthEnv('https://github.com/acme/app.git', undefined)).toEqual({});
    expect(gitAuthEnv('/tmp/origin.git', TOKEN)).toEqual({});
    expect(gitAuthEnv('git@github.com:acme/app.git', TOKEN)).toEqual({});
  });

  test('authSecrets and redact cover the raw and base64 forms', () => {
    expect(authSecrets(TOKEN)).toEqual(expect.arrayContaining([TOKEN, basic]));
    expect(redact(`x ${TOKEN} y ${basic} z`, authSecrets(TOKEN))).toBe('x *** y *** z');
    expect(authSecrets(undefined)).toEqual([]);
  });

  test('a git process under authedGit sees the header while its argv does not hold the token', async () => {
    const r = GitFixture.create({ 'a.txt': 'a\n' });
    try {
      const s = spy(r.dir, authedGit(r.dir, 'https://github.com/acme/app.git', TOKEN));
      const key = 'http.https://github.com/.extraheader';
      // The process has the header (its output is redacted on the way back)…
      expect((await s.git(['config', '--get-all', key])).stdout.toString()).toBe('\nAUTHORIZATION: basic ***\n');
      // …and the same environment on a plain spawner shows it whole.
      const plain = gitSpawner(r.dir, { ...process.env, ...gitAuthEnv('https://github.com/acme/app.git', TOKEN, process.env) });
      expect((await plain(['config', '--get-all', key])).stdout.toString()).toBe(`\nAUTHORIZATION: basic ${basic}\n`);
      expect(JSON.stringify(s.calls)).not.toContain(TOKEN);
      expect(JSON.stringify(s.calls)).not.toContain(basic);
    } finally {
      r.cleanup();
    }
  });

  test('fetch, commit, lease push and tag over smart HTTP send exactly one header and leave .git/config as it was', async () => {
    const r = GitFixture.create({ 'a.txt': 'a\n' });
    const server = await startGitHttpServer(r.root, TOKEN);
    try {
      const url = `${server.url}/origin.git`;
      const work = r.clone('main', 1);
      git(work, 'remote', 'set-url', 'origin', url);
      // What actions/checkout persists with persist-credentials: true — another token for the same host.
      const stale = Buffer.from('x-access-token:ghs_persistedByCheckout').toString('base64');
      git(work, 'config', '--local', `http.${server.url}/.extraheader`, `AUTHORIZATION: basic ${stale}`);
      const configBefore = readFileSync(join(work, '.git/config'));

      const s = spy(work, authedGit(work, url, TOKEN));
      const seen = await fetchBranch(s.git, 'origin', 'main');
      expect(seen).toBe(r.git('rev-parse', 'HEAD'));
      const sha = await commitFiles(s.git, {
        parent: seen!,
        files: [{ path: 'a.txt', content: 'b\n' }],
        message: 'm',
        author: BOT_IDENTITY,
        committer: BOT_IDENTITY,
      });
      expect(await pushBranch(s.git, 'origin', 'chore/release-1.0.0', sha, undefined)).toEqual({ ok: true, updated: true });
      expect(await pushTag(s.git, 'origin', 'v1.0.0', sha, 'Release 1.0.0', BOT_IDENTITY)).toBe('created');
      expect(git(r.origin, 'rev-parse', 'refs/heads/chore/release-1.0.0')).toBe(sha);

      expect(server.requests.length).toBeGreaterThan(3);
      for (const req of server.requests) expect(req.authorization).toEqual([`basic ${basic}`]);
      expect(readFileSync(join(work, '.git/config'))).toEqual(configBefore);
      // Nowhere under .git (FETCH_HEAD, logs, refs, config) and in no URL the server saw.
      const stored = readdirSync(join(work, '.git'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
      expect(stored.length).toBeGreaterThan(5);
      for (const e of stored) {
        const bytes = readFileSync(join(e.parentPath, e.name));
        expect([e.name, bytes.includes(TOKEN) || bytes.includes(basic)]).toEqual([e.name, false]);
      }
      expect(server.requests.some((q) => q.url.includes(TOKEN) || q.url.includes(basic))).toBe(false);
      expect(JSON.stringify(s.calls)).not.toContain(TOKEN);
      expect(JSON.stringify(s.calls)).not.toContain(basic);
    } finally {
      await server.stop();
      r.cleanup();
    }
  });

  test('a server message that echoes the credential reaches no result, error or output unredacted', async () => {
    const r = GitFixture.create({ 'a.txt': 'a\n' });
    const hook = join(r.origin, 'hooks/pre-receive');
    writeFileSync(hook, `#!/bin/sh\necho "denied for ${TOKEN} (${basic})" >&2\nexit 1\n`);
    chmodSync(hook, 0o755);
    const server = await startGitHttpServer(r.root, TOKEN);
    try {
      const url = `${server.url}/origin.git`;
      const work = r.clone('main', 1);
      git(work, 'remote', 'set-url', 'origin', url);
      const inner = authedGit(work, url, TOKEN);
      const outputs: string[] = [];
      const g: GitSpawner = async (args) => {
        const o = await inner(args);
        outputs.push(o.stdout.toString('latin1'), o.stderr);
        return o;
      };
      const tip = r.git('rev-parse', 'HEAD');
      const sha = await commitFiles(g, {
        parent: tip,
        files: [{ path: 'a.txt', content: 'b\n' }],
        message: 'm',
        author: BOT_IDENTITY,
        committer: BOT_IDENTITY,
      });
      const res = await pushBranch(g, 'origin', 'main', sha, tip);
      expect(res).toMatchObject({ ok: false, reason: 'rejected' });
      expect(outputs.join('\n')).toContain('denied for *** (***)');
      for (const text of [JSON.stringify(res), ...outputs]) {
        expect(text).not.toContain(TOKEN);
        expect(text).not.toContain(basic);
      }
    } finally {
      await server.stop();
      r.cleanup();
    }
  });

  test('a credential embedded in the remote URL is scrubbed from output as well', async () => {
    const r = GitFixture.create({ 'a.txt': 'a\n' });
    try {
      const url = 'https://x-access-token:ghp_inUrl%2Fsecret@127.0.0.1:1/acme/app.git';
      const g = authedGit(r.dir, url, TOKEN);
      const out = await g(['config', '--get', '--default', url, 'lockstep.nothing']);
      expect(out.stdout.toString()).toBe('https://x-access-token:***@127.0.0.1:1/acme/app.git\n');
    } finally {
      r.cleanup();
    }
  });

  test('a wrong token fails as a UserError naming contents: write, with no secret in the message', async () => {
    const r = GitFixture.create({ 'a.txt': 'a\n' });
    const server = await startGitHttpServer(r.root, 'ghs_theRightOne');
    try {
      const url = `${server.url}/origin.git`;
      const work = r.clone('main', 1);
      git(work, 'remote', 'set-url', 'origin', url);
      const e = await rejection(fetchBranch(authedGit(work, url, TOKEN), 'origin', 'main'));
      expect(e.format()).toMatch(/fetching from origin was refused: .*contents: write/);
      expect(e.format()).not.toContain(TOKEN);
      expect(e.format()).not.toContain(basic);
    } finally {
      await server.stop();
      r.cleanup();
    }
  });
});
