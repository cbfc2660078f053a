import { ObjectReader } from '../../src/git/cat-file.ts';
import { gitSpawner } from '../../src/git/objects.ts';
import { asRepo } from '../../src/git/repo.ts';
import { promoteGitOf } from '../../src/promote/git-port.ts';
import type { GitHub } from '../../src/github/client.ts';
import { GitFixture } from '../../../../action-tests/harness/git-fixture.ts';

// The promotion's git side when two parts of a run use it at once (the render beside the chart checks): fetches go
// one at a time, a ref asked for twice at once is fetched once, and reads in flight while a fetch restarts the
// object reader are answered.

test('two release tags asked for at once, one of them twice: each fetched once, never two fetches at a time, every read answered', async () => {
  const fx = GitFixture.create({ 'charts/a/Chart.yaml': 'name: a\nversion: 1.0.0\n' });
  try {
    const ws = fx.clone('main');
    const v11 = fx.commit('a 1.1.0', { 'charts/a/Chart.yaml': 'name: a\nversion: 1.1.0\n' });
    fx.git('tag', 'a-1.1.0');
    const v12 = fx.commit('a 1.2.0', { 'charts/a/Chart.yaml': 'name: a\nversion: 1.2.0\n' });
    fx.git('tag', 'a-1.2.0');
    fx.push('main', '--tags');
    const repo = asRepo(gitSpawner(ws));
    const fetched: string[][] = [];
    let running = 0;
    let most = 0;
    const fetchTags = repo.fetchTags.bind(repo);
    repo.fetchTags = async (remote: string, tags: readonly string[]) => {
      fetched.push([...tags]);
      most = Math.max(most, ++running);
      try {
        return await fetchTags(remote, tags);
      } finally {
        running--;
      }
    };
    const reader = new ObjectReader(ws);
    try {
      const git = promoteGitOf(repo, reader, { remote: true, base: 'main', apiClient: () => ({}) as GitHub });
      const base = fx.git('rev-parse', 'HEAD~2');
      const reads = Array.from({ length: 20 }, () => git.readAt(base, 'charts/a/Chart.yaml'));
      const [a, b, c] = await Promise.all([git.resolveRef('a-1.1.0'), git.resolveRef('a-1.1.0'), git.resolveRef('a-1.2.0')]);
      expect([a, b, c]).toEqual([v11, v11, v12]);
      expect(new Set(await Promise.all(reads))).toEqual(new Set(['name: a\nversion: 1.0.0\n']));
      expect(fetched.sort()).toEqual([['a-1.1.0'], ['a-1.2.0']]);
      expect(most).toBe(1);
      // Asked again later, the tag is here: no fetch.
      expect(await git.resolveRef('a-1.1.0')).toBe(v11);
      expect(fetched).toHaveLength(2);
    } finally {
      reader.dispose();
    }
  } finally {
    fx.cleanup();
  }
}, 60_000);

test('knownTip: the branch as this clone holds it before any fetch; nothing for a missing branch or a name that is not a plain one', async () => {
  const fx = GitFixture.create({ 'a.txt': 'one\n' });
  try {
    const ws = fx.clone('main');
    const cloned = fx.git('rev-parse', 'HEAD');
    // origin moves on after the clone: the clone still holds the tip it fetched.
    const moved = fx.commit('two', { 'a.txt': 'two\n' });
    fx.push('main');
    const repo = asRepo(gitSpawner(ws));
    const reader = new ObjectReader(ws);
    try {
      const git = promoteGitOf(repo, reader, { remote: true, base: 'main', apiClient: () => ({}) as GitHub });
      expect(await git.knownTip('main')).toBe(cloned);
      expect(await git.knownTip('no-such-branch')).toBeUndefined();
      // A `:` would name a path in the tip's tree, `..` a range, a leading `-` an option: none is asked.
      for (const name of ['main:a.txt', 'main..main', '-main', 'main\nHEAD', 'main^{tree}', ''])
        expect(await git.knownTip(name)).toBeUndefined();
      expect(await git.fetchBranch('main')).toBe(moved);
      expect(await git.knownTip('main')).toBe(moved);
      // Bound to the local branches (no origin), the local branch's tip.
      const local = promoteGitOf(repo, reader, { remote: false, base: 'main', apiClient: () => ({}) as GitHub });
      expect(await local.knownTip('main')).toBe(cloned);
    } finally {
      reader.dispose();
    }
  } finally {
    fx.cleanup();
  }
}, 60_000);
