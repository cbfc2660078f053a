import { GitFixture } from '../../../../action-tests/harness/git-fixture.ts';
import { asRepo } from '../../src/git/repo.ts';
import { gitSpawner } from '../../src/git/objects.ts';
import { pushedCommits, pushedRange, type PushedWalk } from '../../src/git/pushed.ts';
import { FastHistory } from '../fast-history.ts';

// A push's range from its event payload (untrusted JSON), and the first-parent commits it brought, read in a
// real repository and in a depth-1 clone of it (actions/checkout's default), which is deepened until it holds them.

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const ZERO = '0'.repeat(40);

describe('pushedRange', () => {
  test('a push that moved a branch: before, after, and how many commits the payload lists', () => {
    expect(pushedRange({ ref: 'refs/heads/main', before: A, after: B, commits: [{}, {}, {}] })).toEqual({ before: A, after: B, listed: 3 });
    expect(pushedRange({ before: A, after: B })).toEqual({ before: A, after: B, listed: 0 });
    expect(pushedRange({ before: A, after: B, commits: 'many' })).toEqual({ before: A, after: B, listed: 0 });
  });

  test.each<[string, Record<string, unknown>]>([
    ['a created branch (before all zeros)', { before: ZERO, after: B }],
    ['a deleted branch (after all zeros)', { before: A, after: ZERO }],
    ['no move', { before: A, after: A }],
    ['no before', { after: B }],
    ['a number for before', { before: 12, after: B }],
    ['an abbreviated commit', { before: 'aaaaaaa', after: B }],
    ['upper-case hex', { before: A.toUpperCase(), after: B }],
    ['an option for git', { before: `--upload-pack=touch /tmp/x${'a'.repeat(10)}`, after: B }],
    ['a ref name', { before: 'refs/heads/main', after: B }],
    ['a line break after the commit', { before: `${A}\n`, after: B }],
    ['no payload at all', {}],
  ])('%s: no range', (_, payload) => {
    expect(pushedRange(payload)).toBeUndefined();
  });
});

/**
 * main with `n` more commits after the first (written by one git fast-import, the work tree then checked out at the
 * tip); returns the fixture and the commits, oldest first.
 */
function history(n: number): { fx: GitFixture; shas: string[] } {
  const fx = GitFixture.create({ 'a.txt': '0\n' });
  const first = fx.git('rev-parse', 'HEAD');
  const h = new FastHistory();
  h.checkout('main', first);
  const marks = Array.from({ length: n }, (_, k) => h.commit(`change ${k + 1}`, { 'a.txt': `${k + 1}\n` }));
  const byMark = h.importInto(fx.dir);
  fx.git('reset', '--quiet', '--hard');
  fx.git('push', '--quiet', 'origin', 'main');
  return { fx, shas: [first, ...marks.map((m) => byMark.get(m)!)] };
}

function walkOf(dir: string): PushedWalk & { deepened: number[] } {
  const git = asRepo(gitSpawner(dir));
  const deepened: number[] = [];
  return {
    deepened,
    parents: async (c) => (await git.commitInfo(c))?.parents,
    async deepen(commits) {
      deepened.push(commits);
      if (!(await git.isShallow())) return false;
      return (await git.deepenBranch('origin', 'main', commits)).code === 0;
    },
  };
}

describe('pushedCommits', () => {
  let fx: GitFixture | undefined;
  afterEach(() => fx?.cleanup());

  test('a full clone: the first-parent commits after before, newest first, without deepening', async () => {
    const h = history(5);
    fx = h.fx;
    const walk = walkOf(fx.dir);
    expect(await pushedCommits(walk, { before: h.shas[2], after: h.shas[5], listed: 3 })).toEqual([h.shas[5], h.shas[4], h.shas[3]]);
    expect(walk.deepened).toEqual([]);
  });

  test('a depth-1 clone is deepened until it holds the range, then read the same', async () => {
    const h = history(6);
    fx = h.fx;
    const walk = walkOf(fx.clone('main', 1));
    expect(await pushedCommits(walk, { before: h.shas[1], after: h.shas[6], listed: 5 })).toEqual([
      h.shas[6],
      h.shas[5],
      h.shas[4],
      h.shas[3],
      h.shas[2],
    ]);
    expect(walk.deepened).toEqual([6]);
  });

  test('a payload that lists fewer commits than the push brought: deepened again, by four times as many', async () => {
    const h = history(12);
    fx = h.fx;
    const walk = walkOf(fx.clone('main', 1));
    const line = await pushedCommits(walk, { before: h.shas[2], after: h.shas[12], listed: 1 });
    expect(line).toEqual(h.shas.slice(3).reverse());
    expect(walk.deepened).toEqual([2, 8]);
  });

  test('a before that is not on the line (a forced push, another branch): undefined, once the clone is whole', async () => {
    const h = history(3);
    fx = h.fx;
    fx.git('checkout', '--quiet', '-b', 'side', h.shas[1]);
    const side = fx.commit('side', { 'b.txt': 'b\n' });
    fx.git('push', '--quiet', 'origin', 'side');
    const full = walkOf(fx.dir);
    expect(await pushedCommits(full, { before: side, after: h.shas[3], listed: 2 })).toBeUndefined();
    expect(full.deepened).toEqual([3]);
    const shallow = walkOf(fx.clone('main', 1));
    expect(await pushedCommits(shallow, { before: B, after: h.shas[3], listed: 2 })).toBeUndefined();
    // The third ask finds the clone whole (the root has no parent) and fetches nothing.
    expect(shallow.deepened).toEqual([3, 12, 48]);
  });

  test('an after this clone does not hold: undefined, nothing fetched', async () => {
    const h = history(2);
    fx = h.fx;
    const walk = walkOf(fx.dir);
    expect(await pushedCommits(walk, { before: h.shas[0], after: A, listed: 2 })).toBeUndefined();
  });
});
