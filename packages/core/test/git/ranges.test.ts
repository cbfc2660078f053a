import { GitFixture } from '../../../../action-tests/harness/git-fixture.ts';
import { gitSpawner } from '../../src/git/objects.ts';
import { type GitSpawner } from '../../src/git/spawn.ts';
import { asRepo } from '../../src/git/repo.ts';

// What a promotion ships counts the commits of each service's range; a fleet's promotion asks for dozens of
// ranges between release tags. commitsInRanges answers them all from one history walk, sorted out in the tool.

const fixtures: GitFixture[] = [];
afterAll(() => fixtures.forEach((f) => f.cleanup()));

/**
 * main: one (t1) · two · three (t3) · merge of side · four (t4), where side
 * forks at two ("side one", tip s1): side one is in t3..t4 though it is older
 * than t3, and t1 is reachable from t4 only through the merge's first parent.
 */
function history(): { f: GitFixture; sha: Record<string, string> } {
  const f = GitFixture.create({ 'a.txt': '0\n' }, 'one');
  fixtures.push(f);
  const sha: Record<string, string> = { t1: f.git('rev-parse', 'HEAD') };
  f.commit('two', { 'a.txt': '2\n' });
  f.checkout('side', true);
  sha.s1 = f.commit('side one', { 'b.txt': 's\n' });
  f.checkout('main');
  sha.t3 = f.commit('three', { 'a.txt': '3\n' });
  f.git('merge', '--quiet', '--no-ff', '--no-commit', 'side');
  f.commit('merge of side');
  sha.t4 = f.commit('four', { 'a.txt': '4\n' });
  return { f, sha };
}

function recording(dir: string): { git: GitSpawner; calls: string[] } {
  const calls: string[] = [];
  const inner = gitSpawner(dir);
  return { git: (args) => (calls.push(args.join(' ')), inner(args)), calls };
}

const subjects = (commits: { subject: string }[] | undefined) => commits?.map((c) => c.subject).sort();

describe('commitsInRanges', () => {
  test('every range from one walk: what its end reaches that its start does not, a merged side branch included', async () => {
    const { f, sha } = history();
    const { git, calls } = recording(f.dir);
    const repo = asRepo(git);
    const ranges = [
      { from: sha.t1, to: sha.t4 },
      { from: sha.t3, to: sha.t4 },
      { from: sha.t1, to: sha.t3 },
    ];
    const found = await repo.commitsInRanges(ranges);
    expect(subjects(found.get(`${sha.t1}..${sha.t4}`))).toEqual(['four', 'merge of side', 'side one', 'three', 'two']);
    expect(subjects(found.get(`${sha.t3}..${sha.t4}`))).toEqual(['four', 'merge of side', 'side one']);
    expect(subjects(found.get(`${sha.t1}..${sha.t3}`))).toEqual(['three', 'two']);
    // One merge-base for the walk's floor and one git log, whatever the number of ranges.
    expect(calls.map((c) => c.split(' ')[0])).toEqual(['merge-base', 'log']);
    // Each range in the order git log gives it on its own (commit times rising, as here).
    for (const r of ranges) expect(found.get(`${r.from}..${r.to}`)).toEqual(await repo.commitsBetween(r.from, r.to));
  });

  test('a start that is not an ancestor of its end is undefined, as commitsBetween says; an empty range is empty', async () => {
    const { f, sha } = history();
    const repo = asRepo(gitSpawner(f.dir));
    const found = await repo.commitsInRanges([
      { from: sha.t4, to: sha.t1 },
      { from: sha.s1, to: sha.t3 },
      { from: sha.t3, to: sha.t3 },
      { from: sha.t1, to: sha.t4 },
    ]);
    expect(found.get(`${sha.t4}..${sha.t1}`)).toBeUndefined();
    expect(found.has(`${sha.t4}..${sha.t1}`)).toBe(true);
    expect(found.get(`${sha.s1}..${sha.t3}`)).toBeUndefined();
    expect(found.get(`${sha.t3}..${sha.t3}`)).toEqual([]);
    expect(found.get(`${sha.t1}..${sha.t4}`)).toHaveLength(5);
  });
});
