import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitFixture } from '../../../../action-tests/harness/git-fixture.ts';
import { UserError } from '../../src/errors.ts';
import { blobsContaining } from '../../src/git/contains.ts';
import { loadComparison, resolveRange, treeSides } from '../../src/git/history.ts';
import {
  diffSinceMergeBase,
  gitSpawner,
  listPathsAndLinks,
  listTree,
  parseLsTree,
  parseRawDiff,
  pathsContaining,
  treeBefore,
} from '../../src/git/objects.ts';
import { ObjectReader, ObjectTooLarge } from '../../src/git/cat-file.ts';
import { gitRecords, type GitSpawner } from '../../src/git/spawn.ts';
import { FastHistory } from '../fast-history.ts';

/** The one-line form of the UserError a promise rejects with. */
async function failure(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof UserError) return e.format();
    throw e;
  }
  throw new Error('expected a UserError');
}

describe('parsers', () => {
  test('parseLsTree keeps blobs and symlinks, drops submodules', () => {
    const text =
      [
        '100644 blob aaa\tcharts/a/Chart.yaml',
        '120000 blob bbb\tlink',
        '160000 commit ccc\tvendor/sub',
        '100755 blob ddd\tpath with\ttab',
      ].join('\0') + '\0';
    expect([...parseLsTree(text)]).toEqual([
      ['charts/a/Chart.yaml', { mode: '100644', oid: 'aaa' }],
      ['link', { mode: '120000', oid: 'bbb' }],
      ['path with\ttab', { mode: '100755', oid: 'ddd' }],
    ]);
  });

  test('parseRawDiff and treeBefore undo additions, edits and deletions', () => {
    const z = '0'.repeat(40);
    const raw = [`:000000 100644 ${z} n1 A`, 'added', ':100644 100644 o2 n2 M', 'edited', `:100644 000000 o3 ${z} D`, 'deleted', ''].join(
      '\0',
    );
    const changes = parseRawDiff(raw);
    expect(changes.map((c) => [c.status, c.path])).toEqual([
      ['A', 'added'],
      ['M', 'edited'],
      ['D', 'deleted'],
    ]);
    const head = new Map([
      ['added', { mode: '100644', oid: 'n1' }],
      ['edited', { mode: '100644', oid: 'n2' }],
      ['same', { mode: '100644', oid: 's' }],
    ]);
    expect(Object.fromEntries(treeBefore(head, changes))).toEqual({
      edited: { mode: '100644', oid: 'o2' },
      same: { mode: '100644', oid: 's' },
      deleted: { mode: '100644', oid: 'o3' },
    });
  });
});

describe('against a real repository', () => {
  let repo: GitFixture;
  let base: string;
  let head: string;
  beforeAll(() => {
    repo = GitFixture.create({
      'charts/a/Chart.yaml': 'name: a\nversion: 1.0.0\n',
      'charts/a/values.yaml': 'x: 1\n',
      'bin.dat': Buffer.from([0, 1, 2, 10, 13]),
    });
    base = repo.git('rev-parse', 'HEAD');
    repo.checkout('feature', true);
    head = repo.commit('feat: change', {
      'charts/a/values.yaml': 'x: 2\n',
      'charts/b/Chart.yaml': 'name: b\nversion: 0.1.0\n',
      'bin.dat': null,
    });
    repo.push('feature');
    repo.checkout('main');
    repo.commit('main moves', { 'charts/a/Chart.yaml': 'name: a\nversion: 1.0.1\n' });
    repo.push('main');
  });
  afterAll(() => repo.cleanup());

  test('ObjectReader reads many objects through one process, in order', async () => {
    const reader = new ObjectReader(repo.dir);
    try {
      const [c, v, missing, bin, bad] = await Promise.all([
        reader.commit('feature'),
        reader.text(`${head}:charts/a/values.yaml`),
        reader.text(`${head}:nope.txt`),
        reader.read(`${base}:bin.dat`),
        reader.commit('--output=/tmp/x'),
      ]);
      expect(c).toBe(head);
      expect(v).toBe('x: 2\n');
      expect(missing).toBeUndefined();
      expect([...bin!.data]).toEqual([0, 1, 2, 10, 13]);
      expect(bad).toBeUndefined();
      const texts = await Promise.all(Array.from({ length: 200 }, () => reader.text(`${base}:charts/a/Chart.yaml`)));
      expect(new Set(texts)).toEqual(new Set(['name: a\nversion: 1.0.0\n']));
    } finally {
      reader.close();
    }
  });

  test('a read with maxBytes refuses a larger blob from its header, skips its bytes, and answers the reads after it', async () => {
    const reader = new ObjectReader(repo.dir);
    try {
      const [small, big, after] = await Promise.allSettled([
        reader.text(`${head}:charts/a/values.yaml`, 5),
        reader.text(`${base}:charts/a/Chart.yaml`, 5),
        reader.text(`${base}:charts/a/Chart.yaml`),
      ]);
      expect(small).toEqual({ status: 'fulfilled', value: 'x: 2\n' });
      expect(big.status).toBe('rejected');
      expect((big as PromiseRejectedResult).reason).toBeInstanceOf(ObjectTooLarge);
      expect((big as PromiseRejectedResult).reason.size).toBe(23);
      expect(after).toEqual({ status: 'fulfilled', value: 'name: a\nversion: 1.0.0\n' });
    } finally {
      reader.close();
    }
  });

  test('treeSides refuses a chart file over 5 MiB naming its path', async () => {
    const big = GitFixture.create({ 'charts/a/Chart.yaml': 'name: a\nversion: 1.0.0\n' });
    try {
      const b = big.git('rev-parse', 'HEAD');
      const h = big.commit('big values', { 'charts/a/values.yaml': `x: "${'y'.repeat(5 * 1024 * 1024)}"\n` });
      const reader = new ObjectReader(big.dir);
      try {
        const changes = (await diffSinceMergeBase(gitSpawner(big.dir), b, h))!;
        const sides = treeSides(reader, h, new Set(['charts/a/Chart.yaml', 'charts/a/values.yaml']), changes);
        expect(await failure(sides.readFile('head', 'charts/a/values.yaml'))).toBe(
          'charts/a/values.yaml: the file is 5.0 MiB; Helm refuses chart files over 5 MiB, so lockstep does not read it — keep the file under 5 MiB',
        );
        expect(await sides.readFile('head', 'charts/a/Chart.yaml')).toBe('name: a\nversion: 1.0.0\n');
      } finally {
        reader.close();
      }
    } finally {
      big.cleanup();
    }
  });

  test('objects of many chunks each (a 3.5 MB changelog), interleaved with small ones and a refused one, come back whole and in order', async () => {
    const line = (i: number) => `* **svc-${i % 1000}:** change number ${i} (#${i})\n`;
    const log = Array.from({ length: 60_000 }, (_, i) => line(i)).join('');
    const other = log.replace(/change/g, 'fix');
    const big = GitFixture.create({ 'CHANGELOG.md': log, 'a.txt': 'a\n', 'docs/CHANGELOG.md': other });
    try {
      const reader = new ObjectReader(big.dir);
      try {
        const got = await Promise.allSettled([
          reader.text('HEAD:CHANGELOG.md'),
          reader.text('HEAD:a.txt'),
          reader.text('HEAD:docs/CHANGELOG.md', 1000),
          reader.text('HEAD:docs/CHANGELOG.md'),
          reader.text('HEAD:nope'),
          reader.text('HEAD:a.txt'),
        ]);
        expect(got.map((g) => g.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled', 'fulfilled']);
        const [a, b, , d, e, f] = got.map((g) => (g.status === 'fulfilled' ? g.value : undefined));
        expect(a!.length).toBe(log.length);
        expect(a === log).toBe(true);
        expect(d === other).toBe(true);
        expect([b, e, f]).toEqual(['a\n', undefined, 'a\n']);
      } finally {
        reader.close();
      }
    } finally {
      big.cleanup();
    }
  });

  test('a 3.5 MB blob is copied once on its way in: gathered in a buffer of its size as its chunks come, not joined from them and copied out again', async () => {
    const line = (i: number) => `* **svc-${i % 1000}:** change number ${i} (#${i})\n`;
    const log = Array.from({ length: 60_000 }, (_, i) => line(i)).join('');
    const big = GitFixture.create({ 'CHANGELOG.md': log });
    // Bytes copied by Buffer.concat and Buffer.from(buffer) while the reader runs (the test's own calls are not counted).
    const concat = Buffer.concat;
    const from = Buffer.from;
    let copied = 0;
    Buffer.concat = (list: readonly Uint8Array[], total?: number) => {
      copied += list.reduce((n, b) => n + b.length, 0);
      return concat(list, total);
    };
    Buffer.from = ((value: unknown, ...rest: unknown[]) => {
      if (value instanceof Uint8Array) copied += value.length;
      return (from as (...a: unknown[]) => Buffer)(value, ...rest);
    }) as typeof Buffer.from;
    try {
      const reader = new ObjectReader(big.dir);
      try {
        const o = await reader.read('HEAD:CHANGELOG.md');
        expect(o!.data.length).toBe(log.length);
        expect(o!.data.toString('utf8') === log).toBe(true);
      } finally {
        reader.close();
      }
    } finally {
      Buffer.concat = concat;
      Buffer.from = from;
      big.cleanup();
    }
    // The chunks were joined (3.5 MB) and the blob copied out of the join (3.5 MB): 7 MB, three copies held at once.
    expect(copied).toBeLessThan(256 * 1024);
  });

  test('close lets a later read restart cat-file; dispose refuses it, so nothing keeps Node alive', async () => {
    const reader = new ObjectReader(repo.dir);
    expect(await reader.commit('feature')).toBe(head);
    reader.close();
    expect(await reader.commit('feature')).toBe(head);
    reader.dispose();
    await expect(reader.text(`${head}:charts/a/values.yaml`)).rejects.toThrow(/disposed/);
  });

  test('close lets the process a read was sent to answer it; later reads go to a fresh one', async () => {
    const reader = new ObjectReader(repo.dir);
    try {
      const inFlight = [reader.text(`${head}:charts/a/values.yaml`), reader.commit('feature'), reader.text(`${head}:nope.txt`)];
      reader.close();
      expect(await Promise.all(inFlight)).toEqual(['x: 2\n', head, undefined]);
      expect(await reader.text(`${head}:charts/a/values.yaml`)).toBe('x: 2\n');
    } finally {
      reader.close();
    }
  });

  test('one part of a run fetches and closes while another reads: the reads in flight are answered, the fetched tag is found after', async () => {
    // promote reads the chart at the base while the values-drift check fetches a release tag and restarts cat-file.
    const remote = GitFixture.create({ 'charts/a/Chart.yaml': 'name: a\nversion: 1.0.0\n' });
    try {
      remote.commit('release', { 'charts/a/Chart.yaml': 'name: a\nversion: 1.1.0\n' });
      remote.push('main');
      const ws = remote.clone('main');
      remote.git('tag', 'a-1.1.0');
      remote.push('refs/tags/a-1.1.0');
      const reader = new ObjectReader(ws);
      try {
        expect(await reader.commit('a-1.1.0')).toBeUndefined();
        const reading = Array.from({ length: 50 }, () => reader.text('HEAD:charts/a/Chart.yaml'));
        execFileSync('git', ['fetch', '--quiet', 'origin', 'refs/tags/a-1.1.0:refs/tags/a-1.1.0'], { cwd: ws });
        reader.close();
        const tagged = reader.text('a-1.1.0:charts/a/Chart.yaml');
        expect(new Set(await Promise.all(reading))).toEqual(new Set(['name: a\nversion: 1.1.0\n']));
        expect(await tagged).toBe('name: a\nversion: 1.1.0\n');
      } finally {
        reader.dispose();
      }
    } finally {
      remote.cleanup();
    }
  });

  test('dispose rejects the reads in flight, naming how many', async () => {
    const reader = new ObjectReader(repo.dir);
    const inFlight = [reader.text(`${head}:charts/a/values.yaml`), reader.commit('feature'), reader.text(`${head}:nope.txt`)];
    reader.dispose();
    const settled = await Promise.allSettled(inFlight);
    expect(settled.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect((settled[0] as PromiseRejectedResult).reason.message).toBe(
      'git cat-file: the object reader was disposed with 3 reads in flight',
    );
  });

  test('reads made in the tick a close happens go to the new process and are answered in order', async () => {
    // Requests of one tick are written together: the closed process's share must not take the new one's.
    const reader = new ObjectReader(repo.dir);
    try {
      const old = reader.text(`${head}:charts/a/values.yaml`);
      reader.close();
      const fresh = [reader.text(`${base}:charts/a/values.yaml`), reader.text(`${head}:nope.txt`), reader.commit('feature')];
      expect(await old).toBe('x: 2\n');
      expect(await Promise.all(fresh)).toEqual(['x: 1\n', undefined, head]);
    } finally {
      reader.close();
    }
  });

  test('listTree and diffSinceMergeBase rebuild the merge base tree', async () => {
    const git = gitSpawner(repo.dir);
    const headTree = await listTree(git, head);
    const changes = await diffSinceMergeBase(git, 'main', head);
    const before = treeBefore(headTree, changes!);
    expect([...before.keys()].sort()).toEqual([...(await listTree(git, base)).keys()].sort());
    expect(changes!.map((c) => c.path).sort()).toEqual(['bin.dat', 'charts/a/values.yaml', 'charts/b/Chart.yaml']);
  });

  test('pathsContaining finds Chart.yaml files mentioning a text, at any depth', async () => {
    const git = gitSpawner(repo.dir);
    expect(await pathsContaining(git, head, 'Chart.yaml', 'name: b')).toEqual(['charts/b/Chart.yaml']);
    // Run in a subfolder (working-directory), paths still count from the repository's top.
    expect(await pathsContaining(gitSpawner(`${repo.dir}/charts`), head, 'Chart.yaml', 'name: b')).toEqual(['charts/b/Chart.yaml']);
    expect(await pathsContaining(git, head, 'Chart.yaml', 'file://')).toEqual([]);
    expect(await pathsContaining(git, 'f'.repeat(40), 'Chart.yaml', 'x')).toBeUndefined();
    expect(await pathsContaining(git, '--open-files-in-pager=touch /tmp/pwned', 'Chart.yaml', 'x')).toBeUndefined();
  });

  test('blobsContaining answers as pathsContaining does, through the running cat-file, and gives up over its size cap', async () => {
    const reader = new ObjectReader(repo.dir);
    try {
      const charts = ['charts/a/Chart.yaml', 'charts/b/Chart.yaml', 'charts/gone/Chart.yaml'];
      expect(await blobsContaining(reader, head, charts, 'name: b', 1024)).toEqual(['charts/b/Chart.yaml']);
      expect(await blobsContaining(reader, head, charts, 'version:', 1024)).toEqual(['charts/a/Chart.yaml', 'charts/b/Chart.yaml']);
      expect(await blobsContaining(reader, head, charts, 'file://', 1024)).toEqual([]);
      // charts/a/Chart.yaml is 24 bytes: over a 10-byte cap the search is git grep's to make.
      expect(await blobsContaining(reader, head, charts, 'name: b', 10)).toBeUndefined();
      // The reader still answers after a refused object.
      expect(await reader.text(`${head}:charts/b/Chart.yaml`)).toBe('name: b\nversion: 0.1.0\n');
      // With the listing's object ids each file is read by its id, not by its path: here the ids of a and b are swapped.
      const id = (path: string) => execFileSync('git', ['rev-parse', `${head}:${path}`], { cwd: repo.dir, encoding: 'utf8' }).trim();
      const swapped = new Map([
        ['charts/a/Chart.yaml', id('charts/b/Chart.yaml')],
        ['charts/b/Chart.yaml', id('charts/a/Chart.yaml')],
      ]);
      expect(await blobsContaining(reader, head, charts, 'name: b', 1024, swapped)).toEqual(['charts/a/Chart.yaml']);
    } finally {
      reader.dispose();
    }
  });

  test('loadComparison in a full clone: no fetch, base tip found', async () => {
    const dir = repo.clone('feature');
    const reader = new ObjectReader(dir);
    try {
      const cmp = await loadComparison(gitSpawner(dir), reader, { base, head, baseLabel: 'base', headLabel: 'head', baseBranch: 'main' });
      expect(cmp.range.fetched).toEqual([]);
      expect(cmp.range.baseTip).toBe(repo.git('rev-parse', 'main'));
      const sides = treeSides(reader, cmp.range.head, cmp.headPaths, cmp.changes);
      expect([...sides.base].sort()).toEqual(['bin.dat', 'charts/a/Chart.yaml', 'charts/a/values.yaml']);
      expect([...sides.head].sort()).toEqual(['charts/a/Chart.yaml', 'charts/a/values.yaml', 'charts/b/Chart.yaml']);
      expect(sides.changed.sort()).toEqual(['bin.dat', 'charts/a/values.yaml', 'charts/b/Chart.yaml']);
      expect(await sides.readFile('base', 'charts/a/values.yaml')).toBe('x: 1\n');
      expect(await sides.readFile('head', 'charts/a/values.yaml')).toBe('x: 2\n');
      // Unchanged on the PR, though main moved on: the merge base's content, not main's.
      expect(await sides.readFile('base', 'charts/a/Chart.yaml')).toBe('name: a\nversion: 1.0.0\n');
      expect(await sides.readFile('base', 'charts/b/Chart.yaml')).toBeUndefined();
      expect(await sides.readFile('head', 'bin.dat')).toBeUndefined();
    } finally {
      reader.close();
    }
  });

  test('loadComparison in a depth-1 clone fetches the commits and deepens to the merge base', async () => {
    const dir = repo.clone('main', 1);
    expect(execFileSync('git', ['rev-parse', '--is-shallow-repository'], { cwd: dir, encoding: 'utf8' }).trim()).toBe('true');
    const reader = new ObjectReader(dir);
    try {
      const tip = repo.git('rev-parse', 'main');
      const cmp = await loadComparison(gitSpawner(dir), reader, {
        base: tip,
        head,
        baseLabel: 'base',
        headLabel: 'head',
        baseBranch: 'main',
      });
      expect(cmp.range.mergeBase).toBe(base);
      expect(cmp.range.fetched.length).toBeGreaterThan(0);
      expect(cmp.changes.map((c) => c.path).sort()).toEqual(['bin.dat', 'charts/a/values.yaml', 'charts/b/Chart.yaml']);
      expect(await reader.text(`${head}:charts/b/Chart.yaml`)).toBe('name: b\nversion: 0.1.0\n');
    } finally {
      reader.close();
    }
  });

  describe('the base branch tip: fetched only when absent or stale', () => {
    let f: GitFixture;
    let prHead: string;
    let oldTip: string;
    let mid: string;
    let newTip: string;
    let full: string;
    let shallow: string;
    beforeAll(() => {
      f = GitFixture.create({ 'charts/a/Chart.yaml': 'name: a\nversion: 1.0.0\n' });
      oldTip = f.git('rev-parse', 'HEAD');
      f.checkout('pr', true);
      prHead = f.commit('pr', { 'charts/a/Chart.yaml': 'name: a\nversion: 1.0.1\n' });
      f.push('pr');
      // Reused workspaces cloned before main moved: origin/main is oldTip (full) or absent (depth 1 of the PR's ref).
      full = f.clone('pr');
      shallow = f.clone('pr', 1);
      // Main moves on origin: `mid` is the base GitHub sends on the next synchronize event; then another PR bumps to 1.0.1.
      f.checkout('main');
      mid = f.commit('main moves', { 'README.md': 'docs\n' });
      newTip = f.commit('main bumps', { 'charts/a/Chart.yaml': 'name: a\nversion: 1.0.1\n' });
      f.push('main');
    });
    afterAll(() => f.cleanup());

    /** A spawner that records every git command it starts. */
    const recorded = (dir: string, env?: NodeJS.ProcessEnv) => {
      const calls: string[][] = [];
      const inner = gitSpawner(dir, env);
      return { calls, git: (args: readonly string[]) => (calls.push([...args]), inner(args)) };
    };
    const fetches = (calls: string[][]) => calls.filter((a) => a.includes('fetch'));
    const request = (base: string) => ({ base, head: prHead, baseLabel: 'base', headLabel: 'head', baseBranch: 'main' });

    test("origin/main holds the pull request's base: no fetch at all, even with origin out of reach", async () => {
      const dir = f.clone('pr');
      // Any fetch would now fail and leave a note: none is started.
      execFileSync('git', ['remote', 'set-url', 'origin', '/nonexistent/repo.git'], { cwd: dir });
      const reader = new ObjectReader(dir);
      try {
        const { calls, git } = recorded(dir);
        const cmp = await loadComparison(git, reader, request(mid));
        expect(fetches(calls)).toEqual([]);
        // The tip is one commit past the base: its parent, read through cat-file, is the base; no git process asked.
        expect(calls.filter((a) => a.includes('merge-base'))).toEqual([]);
        expect(cmp.range.fetched).toEqual([]);
        expect(cmp.range.baseTip).toBe(newTip);
        expect(cmp.changes.map((c) => c.path)).toEqual(['charts/a/Chart.yaml']);
        // The tip is the base itself: nothing to ask git either.
        const same = recorded(dir);
        const atTip = await loadComparison(same.git, reader, request(newTip));
        expect(fetches(same.calls)).toEqual([]);
        expect(same.calls.filter((a) => a.includes('merge-base'))).toEqual([]);
        expect([atTip.range.fetched, atTip.range.baseTip]).toEqual([[], undefined]);
        // Main six commits further on: past the parents read through cat-file, `git merge-base --is-ancestor` answers.
        let far = newTip;
        for (let i = 0; i < 6; i++)
          far = execFileSync('git', ['commit-tree', `${far}^{tree}`, '-p', far, '-m', `main ${i}`], {
            cwd: dir,
            env: f.env(),
            encoding: 'utf8',
          }).trim();
        execFileSync('git', ['update-ref', 'refs/remotes/origin/main', far], { cwd: dir });
        const ahead = recorded(dir);
        const farCmp = await loadComparison(ahead.git, reader, request(mid));
        expect(fetches(ahead.calls)).toEqual([]);
        expect(ahead.calls.filter((a) => a.includes('merge-base'))).toHaveLength(1);
        expect([farCmp.range.fetched, farCmp.range.baseTip]).toEqual([[], far]);
      } finally {
        reader.close();
      }
    });

    test("origin/main older than the pull request's base (a reused workspace): refreshed in one fetch", async () => {
      const dir = f.clone('pr');
      execFileSync('git', ['update-ref', 'refs/remotes/origin/main', oldTip], { cwd: dir });
      const reader = new ObjectReader(dir);
      try {
        const { calls, git } = recorded(dir);
        const cmp = await loadComparison(git, reader, request(mid));
        expect(fetches(calls)).toHaveLength(1);
        expect(cmp.range.fetched).toEqual([`refreshed origin/main from ${oldTip.slice(0, 12)} to ${newTip.slice(0, 12)}`]);
        expect(cmp.range.baseTip).toBe(newTip);
        expect(await reader.text(`${cmp.range.baseTip}:charts/a/Chart.yaml`)).toBe('name: a\nversion: 1.0.1\n');
      } finally {
        reader.close();
      }
    });

    test('a full clone lacking the base: the base and the stale tip come in ONE fetch', async () => {
      const reader = new ObjectReader(full);
      try {
        expect(await reader.commit('refs/remotes/origin/main')).toBe(oldTip);
        const { calls, git } = recorded(full);
        const cmp = await loadComparison(git, reader, request(mid));
        expect(fetches(calls)).toHaveLength(1);
        expect(fetches(calls)[0].slice(-3)).toEqual(['origin', mid, '+refs/heads/main:refs/remotes/origin/main']);
        expect(cmp.range.fetched).toEqual([
          `fetched ${mid.slice(0, 12)} from origin`,
          `refreshed origin/main from ${oldTip.slice(0, 12)} to ${newTip.slice(0, 12)}`,
        ]);
        expect(cmp.range.baseTip).toBe(newTip);
        expect(cmp.changes.map((c) => c.path)).toEqual(['charts/a/Chart.yaml']);
      } finally {
        reader.close();
      }
    });

    test('a depth-1 clone without origin/main: the base, the tip and history below the head in one fetch', async () => {
      const reader = new ObjectReader(shallow);
      try {
        expect(await reader.commit('refs/remotes/origin/main')).toBeUndefined();
        const { calls, git } = recorded(shallow);
        const cmp = await loadComparison(git, reader, request(mid));
        const all = fetches(calls);
        // The checked-out head is fetched along at the same depth, so its history reaches the merge base:
        // no second fetch deepens it.
        expect(all).toHaveLength(1);
        expect(all[0]).toContain('--depth=64');
        expect(all[0].slice(-4)).toEqual(['origin', mid, prHead, '+refs/heads/main:refs/remotes/origin/main']);
        expect(cmp.range.fetched).toEqual([`fetched ${mid.slice(0, 12)} from origin`, 'fetched main from origin']);
        expect(cmp.range.mergeBase).toBe(oldTip);
        expect(cmp.range.baseTip).toBe(newTip);
        expect(cmp.changes.map((c) => c.path)).toEqual(['charts/a/Chart.yaml']);
      } finally {
        reader.close();
      }
    });

    test('no fetch starts git maintenance (GIT_TRACE2_EVENT shows the fetch and no maintenance child)', async () => {
      const dir = f.clone('pr');
      execFileSync('git', ['update-ref', 'refs/remotes/origin/main', oldTip], { cwd: dir });
      const trace = `${f.root}/trace2-${Date.now()}.json`;
      const reader = new ObjectReader(dir);
      try {
        const { git } = recorded(dir, { ...process.env, GIT_TRACE2_EVENT: trace });
        const cmp = await loadComparison(git, reader, request(mid));
        expect(cmp.range.fetched).toEqual([`refreshed origin/main from ${oldTip.slice(0, 12)} to ${newTip.slice(0, 12)}`]);
        const events = readFileSync(trace, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as { event: string; argv?: string[] });
        const started = events
          .filter((e) => e.event === 'start')
          .map((e) => e.argv!.slice(1).find((a) => !a.startsWith('-') && !a.includes('=')));
        expect(started).toContain('fetch');
        expect(started).not.toContain('maintenance');
        expect(events.filter((e) => e.event === 'child_start' && e.argv!.includes('maintenance'))).toEqual([]);
      } finally {
        reader.close();
      }
    });

    test('a git older than 2.29 (no --no-auto-maintenance option) still refreshes a stale tip', async () => {
      const dir = f.clone('pr');
      execFileSync('git', ['update-ref', 'refs/remotes/origin/main', oldTip], { cwd: dir });
      // git 2.28's fetch: an option it does not know fails the command (exit 129), a setting it does not know is ignored.
      const bin = `${f.root}/old-git-${Date.now()}`;
      mkdirSync(bin);
      const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
      writeFileSync(
        `${bin}/git`,
        `#!/bin/sh\nfor a in "$@"; do case "$a" in --no-auto-maintenance|--auto-maintenance) echo "error: unknown option \\\`\${a#--}'" >&2; exit 129;; esac; done\nexec ${realGit} "$@"\n`,
      );
      chmodSync(`${bin}/git`, 0o755);
      const reader = new ObjectReader(dir);
      try {
        const { calls, git } = recorded(dir, { ...process.env, PATH: `${bin}:${process.env.PATH}` });
        const cmp = await loadComparison(git, reader, request(mid));
        expect(cmp.range.fetched).toEqual([`refreshed origin/main from ${oldTip.slice(0, 12)} to ${newTip.slice(0, 12)}`]);
        expect(fetches(calls)).toHaveLength(1);
      } finally {
        reader.close();
      }
    });

    test('origin out of reach: the local tip is kept and the summary note says it may be stale', async () => {
      const dir = f.clone('pr');
      execFileSync('git', ['update-ref', 'refs/remotes/origin/main', oldTip], { cwd: dir });
      execFileSync('git', ['remote', 'set-url', 'origin', '/nonexistent/repo.git'], { cwd: dir });
      const reader = new ObjectReader(dir);
      try {
        const cmp = await loadComparison(gitSpawner(dir), reader, request(mid));
        expect(cmp.range.baseTip).toBe(oldTip);
        expect(cmp.range.fetched).toEqual([
          expect.stringMatching(
            new RegExp(
              `^could not refresh origin/main \\(.+\\); compared with the local origin/main ${oldTip.slice(0, 12)}, which may be stale$`,
            ),
          ),
        ]);
      } finally {
        reader.close();
      }
    });
  });

  test('a merge base deeper than the first fetch is reached by deepening', async () => {
    const deep = GitFixture.create({ 'a.txt': '0\n' });
    try {
      const fork = deep.git('rev-parse', 'HEAD');
      deep.checkout('pr', true);
      const prHead = deep.commit('pr', { 'b.txt': 'pr\n' });
      deep.push('pr');
      deep.checkout('main');
      // Main moves 100 commits past the fork point: more than the first --depth=64 fetch brings (written by one git
      // fast-import).
      const h = new FastHistory();
      h.checkout('main', fork);
      for (let i = 1; i <= 100; i++) h.commit(`main ${i}`, { 'a.txt': `${i}\n` });
      h.importInto(deep.dir);
      deep.push('main');
      const dir = deep.clone('main', 1);
      const reader = new ObjectReader(dir);
      try {
        const range = await resolveRange(gitSpawner(dir), reader, {
          base: deep.git('rev-parse', 'main'),
          head: prHead,
          baseLabel: 'base',
          headLabel: 'head',
        });
        expect(range.mergeBase).toBe(fork);
        expect(range.fetched.some((f) => /deepened history/.test(f))).toBe(true);
      } finally {
        reader.close();
      }
    } finally {
      deep.cleanup();
    }
  });

  test.each([
    ['a missing branch', 'no-such-branch', /input 'base': ref 'no-such-branch' does not exist/],
    ['a missing sha', 'f'.repeat(40), /input 'base': commit f{40} does not exist.*fetch-depth: 0/],
    ['an option-looking ref', '--upload-pack=evil', /is not a ref or commit/],
  ])('%s is a UserError naming the input', async (_n, ref, message) => {
    const reader = new ObjectReader(repo.dir);
    try {
      expect(
        await failure(loadComparison(gitSpawner(repo.dir), reader, { base: ref, head, baseLabel: 'base', headLabel: 'head' })),
      ).toMatch(message);
    } finally {
      reader.close();
    }
  });

  test('a shallow clone without a reachable origin fails naming the commit', async () => {
    const dir = repo.clone('main', 1);
    execFileSync('git', ['remote', 'set-url', 'origin', '/nonexistent/repo.git'], { cwd: dir });
    const reader = new ObjectReader(dir);
    try {
      expect(await failure(resolveRange(gitSpawner(dir), reader, { base: 'HEAD', head, baseLabel: 'base', headLabel: 'head' }))).toBe(
        `input 'head': commit ${head} does not exist in this repository or on origin — set \`fetch-depth: 0\` on actions/checkout (or fetch the commit before this step)`,
      );
    } finally {
      reader.close();
    }
  });
});

describe('listPathsAndLinks', () => {
  test('lists every path, literally, with its object id and the symbolic links', async () => {
    const f = GitFixture.create({
      'charts/a/Chart.yaml': 'name: a\n',
      'charts/a/templates/ü-config.yaml': 'kind: ConfigMap\n',
      'shared/values.yaml': 'x: 1\n',
      'path with space.txt': 'y\n',
    });
    try {
      execFileSync('ln', ['-s', '../../shared/values.yaml', 'charts/a/values.yaml'], { cwd: f.dir });
      const head = f.commit('link');
      const git = gitSpawner(f.dir);
      // git's own answer for each path's blob id.
      const id = (path: string) => execFileSync('git', ['rev-parse', `${head}:${path}`], { cwd: f.dir, encoding: 'utf8' }).trim();
      // A name outside ASCII as written: git 2.39's `ls-tree -z --format=%(path)` quoted it ("charts/a/templates/\\303\\274-config.yaml").
      const paths = [
        'charts/a/Chart.yaml',
        'charts/a/templates/ü-config.yaml',
        'charts/a/values.yaml',
        'path with space.txt',
        'shared/values.yaml',
      ];
      const expected = {
        paths,
        oids: paths.map((p) => [p, id(p)]),
        // The link's blob holds its target's path.
        links: [['charts/a/values.yaml', id('charts/a/values.yaml')]],
      };
      expect(expected.oids[3]).toEqual(['path with space.txt', '975fbec8256d3e8a3797e7a3611380f27c49f4ac']);
      const shape = (l: { paths: Set<string>; oids: Map<string, string>; links: Map<string, string> }) => ({
        paths: [...l.paths].sort(),
        oids: [...l.oids].sort(([a], [b]) => (a < b ? -1 : 1)),
        links: [...l.links],
      });
      expect(shape(await listPathsAndLinks(git, head))).toEqual(expected);
    } finally {
      f.cleanup();
    }
  });
});

describe('reading records through a spool file', () => {
  let f: GitFixture;
  let tmp: string;
  const saved = process.env.TMPDIR;
  beforeAll(() => (f = GitFixture.create({ 'a.txt': 'a\n' })));
  beforeEach(() => {
    tmp = mkdtempSync(join(tmpdir(), 'lockstep-spool-'));
    process.env.TMPDIR = tmp;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
    rmSync(tmp, { recursive: true, force: true });
  });
  afterAll(() => f.cleanup());
  // 100,000 records of 7 bytes (700 KB, ten times what a pipe holds), then a marker once all are written.
  const many = ['-c', `alias.many=!yes record | head -n 100000 | tr '\\n' '\\0'; touch marker`, 'many'];

  test('git writes all of its output while the reader is busy, and nothing is left in the temp folder', async () => {
    rmSync(join(f.dir, 'marker'), { force: true });
    const seen: string[] = [];
    const read = gitSpawner(f.dir).records!(many, (r) => seen.push(r.toString()));
    // Busy for as long as git needs to write everything: through a pipe git would stop after 64 KiB and the
    // marker would never come (the wait ends after 20 s and the test fails).
    const until = Date.now() + 20_000;
    while (!existsSync(join(f.dir, 'marker')) && Date.now() < until);
    expect(existsSync(join(f.dir, 'marker'))).toBe(true);
    expect(readdirSync(tmp)).toEqual([]);
    expect(seen).toEqual([]);
    expect(await read).toEqual({ code: 0, stderr: '' });
    // What follows the last NUL is a record too (empty here), as NulRecords hands it over.
    expect(seen).toHaveLength(100_001);
    expect(seen.pop()).toBe('');
    expect(new Set(seen)).toEqual(new Set(['record']));
    expect(readdirSync(tmp)).toEqual([]);
  });

  test('no temp folder to spool in: the output comes through a pipe, whole', async () => {
    process.env.TMPDIR = join(tmp, 'missing');
    let n = 0;
    expect(await gitSpawner(f.dir).records!(many, () => n++)).toEqual({ code: 0, stderr: '' });
    expect(n).toBe(100_001);
  });

  test('a reader that throws stops git: the read rejects with its error, and git is not waited for', async () => {
    const slow = ['-c', `alias.slow=!printf 'one\\0two\\0'; exec sleep 20 >/dev/null 2>&1`, 'slow'];
    const started = performance.now();
    const seen: string[] = [];
    const read = gitSpawner(f.dir).records!(slow, (r) => {
      seen.push(r.toString());
      if (seen.length === 2) throw new Error('bad record');
    });
    await expect(read).rejects.toThrow('bad record');
    expect(seen).toEqual(['one', 'two']);
    expect(performance.now() - started).toBeLessThan(4_000);
    expect(readdirSync(tmp)).toEqual([]);
  });

  test('a git that cannot be started: the read rejects, and no descriptor of the spool file stays open', async () => {
    const open = () => readdirSync('/proc/self/fd').length;
    const before = open();
    // Node refuses an environment value holding a NUL byte when it spawns: a start that throws.
    await expect(gitSpawner(f.dir, { ...process.env, BROKEN: 'a\0b' }).records!(many, () => {})).rejects.toThrow(
      /must be a string without null bytes/,
    );
    expect(open()).toBe(before);
    expect(readdirSync(tmp)).toEqual([]);
  });

  test('git exits with an error: its code and message, after the records it printed', async () => {
    const failing = ['-c', `alias.half=!printf 'a\\0b\\0'; echo broken >&2; exit 3`, 'half'];
    const seen: string[] = [];
    expect(await gitSpawner(f.dir).records!(failing, (r) => seen.push(r.toString()))).toEqual({ code: 3, stderr: 'broken\n' });
    expect(seen).toEqual(['a', 'b', '']);
  });
});

describe('reading records with a signal', () => {
  let f: GitFixture;
  beforeAll(() => (f = GitFixture.create({ 'a.txt': 'a\n' })));
  afterAll(() => f.cleanup());

  test('aborting stops a running git: the read rejects with the reason then, not when git would have ended', async () => {
    const git = gitSpawner(f.dir);
    const stop = new AbortController();
    const seen: string[] = [];
    let first!: () => void;
    const printed = new Promise<void>((go) => (first = go));
    // Prints one record, then waits 20 s as git (its shell replaced by sleep, which holds none of git's pipes).
    const slow = ['-c', `alias.slow=!printf 'one\\0'; exec sleep 20 >/dev/null 2>&1`, 'slow'];
    const started = performance.now();
    const read = git.records!(slow, (r) => (seen.push(r.toString()), first()), stop.signal);
    await printed;
    stop.abort(new Error('stopped by the test'));
    await expect(read).rejects.toThrow('stopped by the test');
    expect(seen).toEqual(['one']);
    expect(performance.now() - started).toBeLessThan(4_000);
  });

  test('a signal already aborted starts no git, with or without the streaming reader', async () => {
    const stop = new AbortController();
    stop.abort(new Error('stopped before'));
    const touch = ['-c', 'alias.mark=!touch marker', 'mark'];
    const git = gitSpawner(f.dir);
    await expect(git.records!(touch, () => {}, stop.signal)).rejects.toThrow('stopped before');
    const plain: GitSpawner = (args) => git(args);
    await expect(gitRecords(plain, touch, () => {}, stop.signal)).rejects.toThrow('stopped before');
    expect(existsSync(join(f.dir, 'marker'))).toBe(false);
    // The same command without a signal does run: the check above could fail.
    expect((await gitRecords(plain, touch, () => {})).code).toBe(0);
    expect(existsSync(join(f.dir, 'marker'))).toBe(true);
  });
});
