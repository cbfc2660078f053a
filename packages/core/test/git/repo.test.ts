import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitFixture } from '../../../../action-tests/harness/git-fixture.ts';
import { findLastRelease, publishedTag } from '../../src/release/history.ts';
import { fetchBranch, isShallow } from '../../src/git/publish.ts';
import { gitSpawner } from '../../src/git/objects.ts';
import { type GitSpawner } from '../../src/git/spawn.ts';
import { asRepo, openRepo } from '../../src/git/repo.ts';

// One Repo per repository and run: what git was asked once (shallow or not, origin's URL, its HEAD and tags,
// the git directory) is not asked again, and a fetch that deepens has the shallowness asked anew.

const fixtures: GitFixture[] = [];
const dirs: string[] = [];
afterAll(() => {
  fixtures.forEach((f) => f.cleanup());
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

/** A spawner that records each git command (its arguments after git's own -c options). */
function recording(dir: string): { git: GitSpawner; calls: string[] } {
  const calls: string[] = [];
  const inner = gitSpawner(dir);
  const git: GitSpawner = (args) => {
    calls.push(args.join(' '));
    return inner(args);
  };
  return { git, calls };
}

/** origin with 20 commits on main, tags v1.0.0 (5th commit) and v1.1.0 (15th), and a depth-1 clone of it. */
function shallowClone(): { fixture: GitFixture; clone: string } {
  const f = GitFixture.create({ 'a.txt': '0\n' });
  fixtures.push(f);
  for (let i = 1; i < 20; i++) {
    f.git('commit', '--quiet', '--allow-empty', '-m', `chore: ${i}`);
    if (i === 4) f.git('tag', 'v1.0.0');
    if (i === 14) f.git('tag', 'v1.1.0');
  }
  f.git('push', '--quiet', '--tags', 'origin', 'main');
  const root = mkdtempSync(join(tmpdir(), 'lockstep-repo-test-'));
  dirs.push(root);
  const clone = join(root, 'clone');
  execFileSync('git', ['clone', '--quiet', '--depth=1', '--no-tags', `file://${f.origin}`, clone]);
  return { fixture: f, clone };
}

describe('Repo', () => {
  test('origin URL, HEAD, tags and the git directory are asked once; the answers are the repository’s', async () => {
    const { fixture, clone } = shallowClone();
    const { git, calls } = recording(clone);
    const repo = asRepo(git);
    expect(asRepo(repo)).toBe(repo);
    for (let i = 0; i < 3; i++) {
      expect(await repo.remoteUrl()).toBe(`file://${fixture.origin}`);
      expect(await repo.remoteHead()).toBe('main');
      expect([...(await repo.remoteTags())!.keys()].sort()).toEqual(['v1.0.0', 'v1.1.0']);
      expect(await repo.gitDir()).toBe(join(clone, '.git'));
    }
    expect(await repo.remoteUrl('upstream')).toBeUndefined();
    expect(await repo.textOr(['rev-parse', '--verify', '--quiet', 'refs/heads/nowhere'])).toBeUndefined();
    expect(calls).toEqual([
      'remote get-url -- origin',
      'ls-remote --symref -- origin HEAD',
      'ls-remote --tags --refs -- origin',
      'rev-parse --absolute-git-dir',
      'remote get-url -- upstream',
      'rev-parse --verify --quiet refs/heads/nowhere',
    ]);
  });

  test('shallowness is asked once, and again after a fetch that deepens; a plain fetch keeps it', async () => {
    const { clone } = shallowClone();
    const { git, calls } = recording(clone);
    const repo = asRepo(git);
    expect(await isShallow(repo)).toBe(true);
    expect(await repo.isShallow()).toBe(true);
    expect(calls.filter((c) => c === 'rev-parse --is-shallow-repository')).toHaveLength(1);
    // A plain fetch of a branch leaves a shallow clone shallow: nothing asked again.
    expect(await fetchBranch(repo, 'origin', 'main')).toMatch(/^[0-9a-f]{40}$/);
    expect(await repo.isShallow()).toBe(true);
    expect(calls.filter((c) => c === 'rev-parse --is-shallow-repository')).toHaveLength(1);
    // --unshallow ends it: the next question is asked of git, which says the clone is whole now.
    expect((await repo(['fetch', '--quiet', '--unshallow', 'origin'])).code).toBe(0);
    expect(await repo.isShallow()).toBe(false);
    expect(calls.filter((c) => c === 'rev-parse --is-shallow-repository')).toHaveLength(2);
  });

  test('a shallow clone’s release tags listed by findLastRelease are known to publishedTag through its result', async () => {
    const { clone } = shallowClone();
    const repo = openRepo(clone);
    const last = await findLastRelease(repo, 'v');
    expect(last.tag).toBe('v1.1.0');
    expect([...(last.remoteTags?.keys() ?? [])].sort()).toEqual(['v1.0.0', 'v1.1.0']);
    // v1.0.0 was only listed (not fetched): the release's own result carries origin's list, so the name is still taken.
    expect(await publishedTag(repo, 'v', '1.0.0', { known: last })).toBe('v1.0.0');
    expect(await publishedTag(repo, 'v', '1.2.0', { known: last })).toBeUndefined();
  });
});

describe('history of several paths (a Flux Kustomization and the overlay its spec.path builds)', () => {
  test('firstParentLog and lastCommit take a list: the commits that changed any of the paths, newest first', async () => {
    const f = GitFixture.create({ 'clusters/prod/apps.yaml': 'path: ./apps/prod\n', 'apps/prod/kustomization.yaml': 'images: []\n' });
    fixtures.push(f);
    const first = f.git('rev-parse', 'HEAD');
    const overlay = f.commit('overlay', { 'apps/prod/kustomization.yaml': 'images: [{ name: api }]\n' });
    f.commit('elsewhere', { 'README.md': 'x\n' });
    const cluster = f.commit('cluster', { 'clusters/prod/apps.yaml': 'path: ./apps/prod\nprune: true\n' });
    const head = f.commit('elsewhere again', { 'README.md': 'y\n' });
    const repo = openRepo(f.dir);
    const paths = ['clusters/prod/apps.yaml', 'apps/prod'];
    expect((await repo.firstParentLog(head, paths)).map((e) => e.sha)).toEqual([cluster, overlay, first]);
    expect((await repo.firstParentLog(head, 'clusters/prod/apps.yaml')).map((e) => e.sha)).toEqual([cluster, first]);
    expect(await repo.lastCommit(overlay, paths)).toBe(overlay);
    expect(await repo.lastCommit(head, ['apps/prod'], true)).toBe(overlay);
  });
});
