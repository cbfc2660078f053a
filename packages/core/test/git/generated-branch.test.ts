import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GitFixture, headCommit } from '../../../../action-tests/harness/git-fixture.ts';
import { UserError } from '../../src/errors.ts';
import { publishGeneratedBranch, type GeneratedBranchRequest } from '../../src/git/generated-branch.ts';
import { gitSpawner } from '../../src/git/objects.ts';
import { appendTrailer, generatedTrailer } from '../../src/git/publish.ts';
import { BOT_IDENTITY } from '../../src/git/identity.ts';

const TRAILER = generatedTrailer('prepare-release');
const BRANCH = 'chore/release-1.1.0';

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
}

/** A commit by a human in a full clone, pushed to `branch`. */
function pushAs(dir: string, branch: string, message: string, files: Record<string, string>): string {
  git(dir, 'fetch', '--quiet', 'origin');
  git(dir, 'checkout', '--quiet', '-B', branch, `origin/${branch}`);
  for (const [p, c] of Object.entries(files)) writeFileSync(join(dir, p), c);
  git(dir, 'add', '-A');
  execFileSync('git', ['-c', 'user.name=Hu Man', '-c', 'user.email=h@example.com', 'commit', '--quiet', '-m', message], { cwd: dir });
  git(dir, 'push', '--quiet', 'origin', `HEAD:refs/heads/${branch}`);
  return headCommit(dir);
}

describe('appendTrailer', () => {
  test.each([
    ['chore(release): 1.0.0', `chore(release): 1.0.0\n\n${TRAILER}\n`],
    ['chore(release): 1.0.0\n\nbody\n', `chore(release): 1.0.0\n\nbody\n\n${TRAILER}\n`],
    ['subject\n\nSigned-off-by: A <a@b>', `subject\n\nSigned-off-by: A <a@b>\n${TRAILER}\n`],
    [`subject\n\n${TRAILER}\n\n`, `subject\n\n${TRAILER}\n`],
    [`${TRAILER}`, `${TRAILER}\n\n${TRAILER}\n`],
  ])('%j', (message, want) => {
    expect(appendTrailer(message, TRAILER)).toBe(want);
  });
});

describe('publishGeneratedBranch', () => {
  let repo: GitFixture;
  let version: string;
  let plans: string[];
  let race: (() => void) | undefined;
  const request = (over: Partial<GeneratedBranchRequest> = {}): GeneratedBranchRequest => ({
    base: 'main',
    branch: BRANCH,
    trailer: TRAILER,
    author: BOT_IDENTITY,
    committer: BOT_IDENTITY,
    async plan(baseSha) {
      plans.push(baseSha);
      race?.();
      return {
        files: [
          { path: '.version', content: `${version}\n` },
          { path: 'CHANGELOG.md', content: `# Changelog\n\n## ${version}\n- feat: x\n\n## 1.0.0\n- first\n` },
        ],
        message: `chore(release): ${version}`,
      };
    },
    ...over,
  });

  beforeEach(() => {
    repo = GitFixture.create({ '.version': '1.0.0\n', 'CHANGELOG.md': '# Changelog\n\n## 1.0.0\n- first\n', 'src/a.txt': 'a\n' });
    version = '1.1.0';
    plans = [];
    race = undefined;
  });
  afterEach(() => repo.cleanup());

  test('creates the branch, then a rerun without a date pushes nothing', async () => {
    const run = gitSpawner(repo.clone('main', 1));
    const first = await publishGeneratedBranch(run, request());
    expect(first).toMatchObject({ outcome: 'created', previous: undefined, replayed: [] });
    if (first.outcome !== 'created') throw new Error('unreachable');
    expect(git(repo.origin, 'rev-parse', `refs/heads/${BRANCH}`)).toBe(first.head);
    expect(git(repo.origin, 'log', '-1', '--format=%B', first.head)).toBe(
      `chore(release): 1.1.0\n\n${TRAILER}\nLockstep-Tree: ${git(repo.origin, 'rev-parse', `${first.head}^{tree}`)}`,
    );

    const again = await publishGeneratedBranch(gitSpawner(repo.clone('main', 1)), request());
    expect(again).toEqual({
      outcome: 'unchanged',
      head: first.head,
      baseSha: first.baseSha,
      previous: first.head,
      replayed: [],
      skipped: [],
    });
    expect(git(repo.origin, 'rev-parse', `refs/heads/${BRANCH}`)).toBe(first.head);
  });

  test('a human commit survives regeneration on a moved base; a conflicting one leaves the branch alone', async () => {
    const first = await publishGeneratedBranch(gitSpawner(repo.clone('main', 1)), request());
    const human = repo.clone('main');
    const h1 = pushAs(human, BRANCH, 'docs: add upgrade notes', { 'UPGRADE.md': 'notes\n' });
    const moved = pushAs(human, 'main', 'fix: on main', { 'src/a.txt': 'a2\n' });

    const second = await publishGeneratedBranch(gitSpawner(repo.clone('main', 1)), request());
    expect(second).toMatchObject({ outcome: 'updated', baseSha: moved, previous: h1, replayed: [h1], skipped: [] });
    if (second.outcome !== 'updated') throw new Error('unreachable');
    expect(git(repo.origin, 'show', `${second.head}:UPGRADE.md`)).toBe('notes');
    expect(git(repo.origin, 'show', `${second.head}:src/a.txt`)).toBe('a2');
    expect(git(repo.origin, 'log', '-1', '--format=%an|%s', second.head)).toBe('Hu Man|docs: add upgrade notes');
    expect(first.outcome).toBe('created');

    // Rerun: same content on the same base → nothing pushed, the human commit stays.
    expect(await publishGeneratedBranch(gitSpawner(repo.clone('main', 1)), request())).toMatchObject({
      outcome: 'unchanged',
      head: second.head,
    });

    const h2 = pushAs(human, BRANCH, 'chore: pin the version by hand', { '.version': '1.1.0-hand\n' });
    version = '2.0.0';
    const third = await publishGeneratedBranch(gitSpawner(repo.clone('main', 1)), request());
    expect(third).toEqual({
      outcome: 'conflict',
      baseSha: moved,
      previous: h2,
      commit: h2,
      subject: 'chore: pin the version by hand',
      files: ['.version'],
      reason: undefined,
    });
    expect(git(repo.origin, 'rev-parse', `refs/heads/${BRANCH}`)).toBe(h2);
  });

  test('a push that races ours is not overwritten: the round starts again and replays it', async () => {
    await publishGeneratedBranch(gitSpawner(repo.clone('main', 1)), request());
    plans = [];
    const human = repo.clone('main');
    let racer = '';
    race = () => {
      if (plans.length === 1) racer = pushAs(human, BRANCH, 'docs: racing edit', { 'RACE.md': 'r\n' });
    };
    pushAs(human, 'main', 'fix: move base', { 'src/a.txt': 'a3\n' });
    const r = await publishGeneratedBranch(gitSpawner(repo.clone('main', 1)), request());
    expect(plans.length).toBe(2);
    expect(r).toMatchObject({ outcome: 'updated', previous: racer, replayed: [racer] });
    expect(git(repo.origin, 'show', `refs/heads/${BRANCH}:RACE.md`)).toBe('r');
  });

  test('a direct push to a base that keeps moving fails with "base moved" and overwrites nothing', async () => {
    const human = repo.clone('main');
    let last = '';
    race = () => {
      last = pushAs(human, 'main', `feat: concurrent ${plans.length}`, { 'src/a.txt': `${plans.length}\n` });
    };
    let err: unknown;
    try {
      await publishGeneratedBranch(gitSpawner(repo.clone('main', 1)), request({ branch: 'main', attempts: 2 }));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toMatch(/^base moved 2 times while publishing/);
    expect(git(repo.origin, 'rev-parse', 'main')).toBe(last);
  });

  test('a direct push that races once succeeds on the new base; a plan that changes nothing pushes nothing', async () => {
    const human = repo.clone('main');
    race = () => {
      if (plans.length === 1) pushAs(human, 'main', 'feat: concurrent', { 'src/a.txt': 'c\n' });
    };
    const r = await publishGeneratedBranch(gitSpawner(repo.clone('main', 1)), request({ branch: 'main' }));
    expect(r).toMatchObject({ outcome: 'updated' });
    expect(git(repo.origin, 'show', 'main:src/a.txt')).toBe('c');
    expect(git(repo.origin, 'show', 'main:.version')).toBe('1.1.0');
    race = undefined;
    const tip = git(repo.origin, 'rev-parse', 'main');
    expect(await publishGeneratedBranch(gitSpawner(repo.clone('main', 1)), request({ branch: 'main' }))).toEqual({
      outcome: 'empty',
      baseSha: tip,
      previous: undefined,
    });
    expect(git(repo.origin, 'rev-parse', 'main')).toBe(tip);
  });

  test('a generated commit amended by hand is left alone instead of regenerated', async () => {
    await publishGeneratedBranch(gitSpawner(repo.clone('main', 1)), request());
    const amended = repo.editByHand(BRANCH, { 'CHANGELOG.md': '# Changelog\n\n## 1.1.0\n- feat: x, reworded by hand\n' }, { amend: true });
    const r = await publishGeneratedBranch(gitSpawner(repo.clone('main', 1)), request());
    expect(r).toMatchObject({
      outcome: 'conflict',
      commit: amended,
      previous: amended,
      subject: 'chore(release): 1.1.0',
      reason: expect.stringMatching(/amended by hand/),
    });
    expect(git(repo.origin, 'rev-parse', `refs/heads/${BRANCH}`)).toBe(amended);
  });

  test('a branch someone else created is left alone; a missing base is a UserError', async () => {
    const human = repo.clone('main');
    git(human, 'checkout', '--quiet', '-b', BRANCH);
    writeFileSync(join(human, 'x.txt'), 'x\n');
    git(human, 'add', '-A');
    execFileSync('git', ['-c', 'user.name=H', '-c', 'user.email=h@x', 'commit', '--quiet', '-m', 'by hand'], { cwd: human });
    git(human, 'push', '--quiet', 'origin', BRANCH);
    const r = await publishGeneratedBranch(gitSpawner(repo.clone('main', 1)), request());
    expect(r).toMatchObject({ outcome: 'conflict', subject: 'by hand', reason: expect.stringMatching(/none generated by lockstep/) });
    let err: unknown;
    try {
      await publishGeneratedBranch(gitSpawner(repo.clone('main', 1)), request({ base: 'develop' }));
    } catch (e) {
      err = e;
    }
    expect((err as UserError).format()).toMatch(/^base branch 'develop' does not exist on origin/);
  });

  test("a pinned base (a release): a base that moved throws the caller's error; a matching generated commit is current, what others pushed above it kept", async () => {
    const checkout = repo.clone('main', 1);
    const sha = git(checkout, 'rev-parse', 'HEAD');
    const pinned = { sha, moved: (tip: string) => new UserError(`moved to ${tip}`) };
    expect(await publishGeneratedBranch(gitSpawner(checkout), request({ pinned }))).toMatchObject({
      outcome: 'created',
      baseSha: sha,
      previous: undefined,
    });
    const human = repo.clone('main');
    const h1 = pushAs(human, BRANCH, 'docs: add upgrade notes', { 'UPGRADE.md': 'notes\n' });
    expect(await publishGeneratedBranch(gitSpawner(repo.clone('main', 1)), request({ pinned }))).toMatchObject({
      outcome: 'unchanged',
      head: h1,
      previous: h1,
      kept: [h1],
    });
    const moved = pushAs(human, 'main', 'fix: on main', { 'src/a.txt': 'a2\n' });
    await expect(publishGeneratedBranch(gitSpawner(checkout), request({ pinned }))).rejects.toThrow(`moved to ${moved}`);
    expect(git(repo.origin, 'rev-parse', `refs/heads/${BRANCH}`)).toBe(h1);
  });
});
