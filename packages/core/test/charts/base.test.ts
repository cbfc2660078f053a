import { GitFixture } from '../../../../action-tests/harness/git-fixture.ts';
import { readBaseVersions, resolveBumpBase } from '../../src/charts/base.ts';
import { UserError } from '../../src/errors.ts';
import { ObjectReader } from '../../src/git/cat-file.ts';
import { gitSpawner } from '../../src/git/objects.ts';

const fixtures: GitFixture[] = [];
const readers: ObjectReader[] = [];
afterAll(() => {
  readers.forEach((r) => r.dispose());
  fixtures.forEach((f) => f.cleanup());
});

function world(dir: string) {
  const reader = new ObjectReader(dir);
  readers.push(reader);
  return { git: gitSpawner(dir), reader };
}

const chart = (v: string) => `apiVersion: v2\nname: app\nversion: ${v}\n`;

describe('resolveBumpBase', () => {
  // main: app 1.0.0 → 1.0.1 (pushed); feature branched off the first commit.
  const f = GitFixture.create({ 'charts/app/Chart.yaml': chart('1.0.0'), 'charts/ambiguous/Chart.yaml': 'name: x\nversion: 1.10\n' });
  fixtures.push(f);
  const first = f.git('rev-parse', 'HEAD');
  const tip = f.commit('bump', { 'charts/app/Chart.yaml': chart('1.0.1') });
  f.push('main');
  f.git('checkout', '--quiet', '-b', 'feature', first);
  f.commit('feature work', { 'charts/new/Chart.yaml': chart('0.1.0') });

  test('without base or event: the default branch on origin, as origin reports it', async () => {
    const { git, reader } = world(f.dir);
    const base = await resolveBumpBase(git, reader, {});
    expect(base.label).toBe(`origin/main (${tip.slice(0, 12)})`);
    // The base commit and the merge base with HEAD both count.
    expect(base.commits).toEqual([tip, first]);
  });

  test('the event names the default branch when origin/HEAD is not set', async () => {
    const { git, reader } = world(f.dir);
    const base = await resolveBumpBase(git, reader, { event: { repository: { default_branch: 'main' } } });
    expect(base.label).toBe(`origin/main (${tip.slice(0, 12)})`);
  });

  test('a pull request event: its base sha and branch', async () => {
    const { git, reader } = world(f.dir);
    const base = await resolveBumpBase(git, reader, { event: { pull_request: { base: { sha: first, ref: 'main' } } } });
    expect(base.label).toBe(`the pull request's base main (${first.slice(0, 12)})`);
    // The base branch tip moved on since the event was made: it counts too.
    expect(base.commits).toEqual([first, tip]);
  });

  test.each(['-x', 'a..b', 'two words'])('a base input %j is refused before git runs', async (ref) => {
    const calls: string[][] = [];
    const git = async (args: readonly string[]) => {
      calls.push([...args]);
      return { code: 0, stdout: Buffer.alloc(0), stderr: '' };
    };
    await expect(resolveBumpBase(git, new ObjectReader(f.dir), { base: ref })).rejects.toThrow(UserError);
    expect(calls).toEqual([]);
  });

  test('readBaseVersions: the highest version among the base commits; null for a chart new since; unreadable ones left out', async () => {
    const { git, reader } = world(f.dir);
    const base = await resolveBumpBase(git, reader, {});
    const versions = await readBaseVersions(reader, base, ['charts/app', 'charts/new', 'charts/ambiguous'], '');
    expect([...versions.versions].sort()).toEqual([
      ['charts/app', '1.0.1'],
      ['charts/new', null],
    ]);
  });
});
