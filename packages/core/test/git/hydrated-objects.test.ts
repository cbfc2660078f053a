import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitFixture } from '../../../../action-tests/harness/git-fixture.ts';
import {
  commitObject,
  filesOfTree,
  gitObject,
  overlayTree,
  treeOfCommit,
  writeObjects,
  type GitObject,
} from '../../src/git/hydrated-objects.ts';
import { ObjectReader } from '../../src/git/cat-file.ts';
import { gitSpawner } from '../../src/git/objects.ts';
import { fetchBranches, pushBranches, remoteBranchTips } from '../../src/git/publish-batch.ts';
import { checkBranchNames } from '../../src/git/refs.ts';
import type { GitSpawner } from '../../src/git/spawn.ts';

const BOT = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };

describe('hydrated objects: the trees and commits git itself makes', () => {
  let repo: GitFixture;
  let reader: ObjectReader;
  let tmp: string;
  const git = (args: string[], env: NodeJS.ProcessEnv = {}, input?: string) =>
    execFileSync('git', args, {
      cwd: repo.dir,
      env: { ...repo.env(), ...env },
      encoding: 'utf8',
      ...(input !== undefined ? { input } : {}),
    }).trim();
  const blob = (text: string) => git(['hash-object', '-w', '--stdin'], {}, text);
  /** What a temporary index makes of `base` (or nothing) with `drop` removed and `files` (path → blob) added. */
  const indexTree = (base: string | undefined, drop: string[], files: Record<string, string>) => {
    const env = { GIT_INDEX_FILE: join(tmp, `index-${Math.random()}`) };
    if (base) git(['read-tree', base], env);
    for (const d of drop) git(['rm', '-r', '--cached', '--quiet', '--ignore-unmatch', '--', d], env);
    for (const [p, id] of Object.entries(files)) git(['update-index', '--add', '--cacheinfo', `100644,${id},${p}`], env);
    return git(['write-tree'], env);
  };

  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'hydrated-objects-'));
    repo = GitFixture.create({
      'hydrator.metadata': '{"drySha":"old"}\n',
      'app-a/manifest.yaml': 'old: a\n',
      'app-a/sub/x.yaml': 'x\n',
      'app-b/manifest.yaml': 'kept: b\n',
      'app-b/run.sh': '#!/bin/sh\n',
      a0: 'zero\n',
    });
    execFileSync('chmod', ['+x', join(repo.dir, 'app-b', 'run.sh')]);
    execFileSync('ln', ['-s', 'app-b/manifest.yaml', join(repo.dir, 'link')]);
    repo.commit('exec bit and a link');
    reader = new ObjectReader(repo.dir);
  });
  afterAll(() => {
    reader.close();
    repo.cleanup();
    rmSync(tmp, { recursive: true, force: true });
  });

  test("a blob's id is git's", () => {
    expect(gitObject('blob', Buffer.from('kind: ConfigMap\n'), 'sha1').id).toBe(blob('kind: ConfigMap\n'));
    expect(gitObject('blob', Buffer.from(''), 'sha1').id).toBe('e69de29bb2d1d6434b8b29ae775ad8c2e48c5391');
  });

  test('one folder replaced on a parent: the tree a temporary index writes, other folders, modes and links kept', async () => {
    const head = git(['rev-parse', 'HEAD']);
    const files = new Map([
      ['hydrator.metadata', blob('{"drySha":"new"}\n')],
      ['app-a/hydrator.metadata', blob('{"drySha":"new"}\n')],
      ['app-a/manifest.yaml', blob('new: a\n')],
    ]);
    const out: GitObject[] = [];
    const tree = await overlayTree(reader, await treeOfCommit(reader, head), files, 'app-a', 'sha1', out);
    expect(tree).toBe(indexTree(head, ['app-a', 'hydrator.metadata'], Object.fromEntries(files)));
    // Only the trees that changed are new: the root and app-a (app-b's is the parent's).
    expect(out.map((o) => o.type)).toEqual(['tree', 'tree']);
    await writeObjects(gitSpawner(repo.dir), out);
    expect(git(['ls-tree', '-r', tree])).toBe(
      [
        `100644 blob ${blob('zero\n')}\ta0`,
        `100644 blob ${files.get('app-a/hydrator.metadata')}\tapp-a/hydrator.metadata`,
        `100644 blob ${files.get('app-a/manifest.yaml')}\tapp-a/manifest.yaml`,
        `100644 blob ${blob('kept: b\n')}\tapp-b/manifest.yaml`,
        `100755 blob ${blob('#!/bin/sh\n')}\tapp-b/run.sh`,
        `100644 blob ${files.get('hydrator.metadata')}\thydrator.metadata`,
        `120000 blob ${blob('app-b/manifest.yaml')}\tlink`,
      ].join('\n'),
    );
  });

  test("the whole tree replaced, in git's order (a folder sorts as name/)", async () => {
    const head = git(['rev-parse', 'HEAD']);
    const files = new Map([
      ['a/x.yaml', blob('x\n')],
      ['a.yaml', blob('dot\n')],
      ['a-b.yaml', blob('dash\n')],
      ['a0', blob('zero\n')],
      ['deep/er/still/y.yaml', blob('y\n')],
    ]);
    const out: GitObject[] = [];
    const tree = await overlayTree(reader, await treeOfCommit(reader, head), files, '', 'sha1', out);
    expect(tree).toBe(indexTree(undefined, [], Object.fromEntries(files)));
    await writeObjects(gitSpawner(repo.dir), out);
    expect(git(['ls-tree', '--name-only', tree]).split('\n')).toEqual(['a-b.yaml', 'a.yaml', 'a', 'a0', 'deep']);
    expect([...(await filesOfTree(reader, tree, 'sha1'))]).toEqual([
      ['a-b.yaml', files.get('a-b.yaml')],
      ['a.yaml', files.get('a.yaml')],
      ['a/x.yaml', files.get('a/x.yaml')],
      ['a0', files.get('a0')],
      ['deep/er/still/y.yaml', files.get('deep/er/still/y.yaml')],
    ]);
  });

  test('the commit git commit-tree makes, with and without a parent', async () => {
    const head = git(['rev-parse', 'HEAD']);
    const tree = git(['rev-parse', 'HEAD^{tree}']);
    const env = {
      GIT_AUTHOR_NAME: BOT.name,
      GIT_AUTHOR_EMAIL: BOT.email,
      GIT_COMMITTER_NAME: BOT.name,
      GIT_COMMITTER_EMAIL: BOT.email,
      GIT_AUTHOR_DATE: '1700000000 -0230',
      GIT_COMMITTER_DATE: '1700000000 -0230',
    };
    const message = 'hydrate prod from 0123456789ab\n\nfeat: a change\n\nLockstep-Dry-Sha: 0123';
    const mine = commitObject({ tree, parent: head, message, who: BOT, date: '1700000000 -0230' }, 'sha1');
    expect(mine.id).toBe(git(['commit-tree', '-p', head, tree], env, `${message}\n`));
    const root = commitObject({ tree, message: `${message}\n`, who: BOT, date: '1700000000 -0230' }, 'sha1');
    expect(root.id).toBe(git(['commit-tree', tree], env, `${message}\n`));
    await writeObjects(gitSpawner(repo.dir), [mine, root]);
    expect(git(['cat-file', '-t', mine.id])).toBe('commit');
  });

  test('an object whose bytes are not those of its id is refused', async () => {
    const bad = { ...gitObject('blob', Buffer.from('one\n'), 'sha1'), data: Buffer.from('two\n') };
    await expect(writeObjects(gitSpawner(repo.dir), [bad])).rejects.toThrow(
      `git hash-object wrote ${blob('two\n')} where ${gitObject('blob', Buffer.from('one\n'), 'sha1').id} was expected`,
    );
  });
});

describe('many branches at once: tips, fetch, push with a lease each', () => {
  test('one push lands the branches whose lease holds; the one another run moved is stale, the others land', async () => {
    const a = GitFixture.create({ 'README.md': 'dry\n' });
    try {
      const g = gitSpawner(a.dir);
      const sha = a.git('rev-parse', 'HEAD');
      a.git('push', '--quiet', 'origin', 'main:env/one', 'main:env/two');
      expect([...(await remoteBranchTips(g, 'origin', ['env/one', 'env/two', 'env/three']))]).toEqual([
        ['env/one', sha],
        ['env/two', sha],
      ]);
      const next = a.commit('next', { 'README.md': 'next\n' });
      // Someone else moves env/two meanwhile.
      a.git('push', '--quiet', 'origin', `${next}:env/two`);
      const pushed = await pushBranches(g, 'origin', [
        { branch: 'env/one', sha: next, expected: sha },
        { branch: 'env/two', sha: next, expected: sha },
        { branch: 'env/three', sha: next, expected: undefined },
      ]);
      // env/two already holds the commit: up to date, never pushed twice.
      expect(Object.fromEntries(pushed)).toEqual({
        'env/one': { ok: true, updated: true },
        'env/two': { ok: true, updated: false },
        'env/three': { ok: true, updated: true },
      });
      const other = a.commit('other', { 'README.md': 'other\n' });
      const stale = await pushBranches(g, 'origin', [
        { branch: 'env/one', sha: other, expected: sha },
        { branch: 'env/three', sha: other, expected: next },
      ]);
      expect(stale.get('env/one')).toEqual({ ok: false, reason: 'stale', detail: 'stale info' });
      expect(stale.get('env/three')).toEqual({ ok: true, updated: true });
      expect(execFileSync('git', ['--git-dir', a.origin, 'rev-parse', 'env/one', 'env/three'], { encoding: 'utf8' })).toBe(
        `${next}\n${other}\n`,
      );
      expect(await fetchBranches(g, 'origin', ['env/one', 'env/three'])).toBe(true);
      expect(a.git('rev-parse', 'origin/env/one')).toBe(next);
      expect(await fetchBranches(g, 'origin', ['env/one', 'env/gone'])).toBe(false);
    } finally {
      a.cleanup();
    }
  });

  test('plain branch names need no git; any other is git check-ref-format’s to judge', async () => {
    const asked: string[] = [];
    const a = GitFixture.create({ 'README.md': 'dry\n' });
    try {
      const real = gitSpawner(a.dir);
      const spy: GitSpawner = (args) => {
        asked.push(args.join(' '));
        return real(args);
      };
      await checkBranchNames(spy, ['environment/prod-next', 'environment/staging-next/app_a', 'env-001-next'], 'branch');
      expect(asked).toEqual([]);
      await checkBranchNames(spy, ['release/1.2.0'], 'branch');
      expect(asked).toEqual(['check-ref-format --branch release/1.2.0']);
      for (const bad of ['a..b', 'x.lock', 'a~1', 'a:b', 'end/'])
        await expect(checkBranchNames(spy, [bad], 'branch')).rejects.toThrow(`"${bad}" is not a valid branch name`);
      await expect(checkBranchNames(spy, ['--upload-pack=x'], 'branch')).rejects.toThrow('starts with "-"');
    } finally {
      a.cleanup();
    }
  });
});
