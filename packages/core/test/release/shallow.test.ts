import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gitSpawner } from '../../src/git/objects.ts';
import { otherPrefixTags, publishedTag, releaseRange } from '../../src/release/history.ts';
import { FastHistory } from '../fast-history.ts';

// A depth-1 clone (actions/checkout's default) finds the same last release and range as a full clone,
// fetching HEAD's history back to that release only.

/** What an origin's history is spelled with: commit, tag (annotated with a message), branch (checkout -b), checkout. */
type Build = {
  commit: (msg: string) => void;
  tag: (name: string, message?: string) => void;
  branch: (name: string) => void;
  checkout: (name: string) => void;
};
describe('releaseRange on a depth-1 clone', () => {
  let dir: string;
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' },
    }).trim();
  let n = 0;
  /** A commit of f.txt holding `msg` (staged by `add` the first time, by `commit -a` once git tracks it: one git process). */
  const commit = (work: string, msg: string) => {
    const tracked = existsSync(join(work, 'f.txt'));
    writeFileSync(join(work, 'f.txt'), `${msg}\n`);
    if (!tracked) git(work, 'add', '.');
    git(work, 'commit', '-q', ...(tracked ? ['-a'] : []), '-m', msg);
  };
  /**
   * A bare origin with the history `build` spells out (each commit writing its message to f.txt), written by one
   * git fast-import in a work tree (main checked out) and pushed with its branches and tags.
   */
  const origin = (build: (h: Build) => void) => {
    const name = `o${++n}`;
    const bare = join(dir, `${name}.git`);
    const work = join(dir, name);
    git(dir, 'init', '-q', '--bare', '-b', 'main', bare);
    git(dir, 'init', '-q', '-b', 'main', work);
    const h = new FastHistory();
    build({
      commit: (msg) => void h.commit(msg, { 'f.txt': `${msg}\n` }),
      tag: (name, message) => h.tag(name, message),
      branch: (name) => h.branch(name),
      checkout: (name) => h.checkout(name),
    });
    h.importInto(work);
    git(work, 'reset', '-q', '--hard');
    git(work, 'remote', 'add', 'origin', bare);
    git(work, 'push', '-q', '--all', 'origin');
    git(work, 'push', '-q', '--tags', 'origin');
    return { bare, work };
  };
  const clone = (bare: string, depth: number) => {
    const to = join(dir, `c${++n}`);
    git(dir, 'clone', '-q', '--no-tags', '-b', 'main', ...(depth ? [`--depth=${depth}`] : []), `file://${bare}`, to);
    return to;
  };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lockstep-shallow-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('the last of three releases, 200 commits before it left on the server', async () => {
    const { bare, work } = origin((h) => {
      for (let i = 0; i < 100; i++) h.commit(`fix: a${i}`);
      h.tag('v1.0.0', 'r');
      for (let i = 0; i < 100; i++) h.commit(`feat: b${i}`);
      h.tag('v1.1.0', 'r');
      h.commit('fix: c0');
      h.tag('v1.1.1');
      h.tag('v1.2.0-rc.1');
      for (let i = 1; i < 12; i++) h.commit(`feat: c${i}`);
    });
    const full = await releaseRange(gitSpawner(work), 'v', git(work, 'rev-parse', 'HEAD'));
    const shallowDir = clone(bare, 1);
    // One spawner for the run, as prepare-release passes it: the tag list the scan read (its result's remoteTags) serves publishedTag below.
    const g = gitSpawner(shallowDir);
    const shallow = await releaseRange(g, 'v', git(shallowDir, 'rev-parse', 'HEAD'));
    expect(full.last.version).toBe('1.1.1');
    expect(shallow.last.version).toBe('1.1.1');
    expect(shallow.last.tag).toBe('v1.1.1');
    expect(shallow.last.sha).toBe(full.last.sha);
    expect(shallow.last.allVersions.sort()).toEqual(['1.0.0', '1.1.0', '1.1.1', '1.2.0-rc.1']);
    expect(shallow.commits.map((c) => c.message.trim())).toEqual(full.commits.map((c) => c.message.trim()));
    expect(shallow.commits).toHaveLength(11);
    expect(shallow.last.fetched).toEqual(['the tag list', 'the history since v1.1.1', 'the tag v1.1.1']);
    // Only the range and the release's own commit came: 11 + 1 of the 213 commits.
    expect(git(shallowDir, 'rev-parse', '--is-shallow-repository')).toBe('true');
    expect(git(shallowDir, 'rev-list', '--count', '--all')).toBe('12');
    // The other tags are known by name: a collision with one is still found, and fetched to be shown.
    expect(await publishedTag(g, 'v', '1.0.0', { known: shallow.last })).toBe('v1.0.0');
    expect(git(shallowDir, 'rev-parse', 'v1.0.0^{commit}')).toBe(git(work, 'rev-parse', 'v1.0.0^{commit}'));
    expect(await publishedTag(g, 'v', '1.3.0', { known: shallow.last })).toBeUndefined();
  });

  test('a newer release tagged on another branch is not taken', async () => {
    const { bare, work } = origin((h) => {
      h.commit('feat: a');
      h.tag('v1.0.0');
      for (let i = 0; i < 30; i++) h.commit(`fix: b${i}`);
      h.tag('v1.1.0');
      h.branch('next');
      h.commit('feat!: next');
      h.tag('v2.0.0');
      h.checkout('main');
      for (let i = 0; i < 5; i++) h.commit(`feat: c${i}`);
    });
    const shallowDir = clone(bare, 1);
    const r = await releaseRange(gitSpawner(shallowDir), 'v', git(shallowDir, 'rev-parse', 'HEAD'));
    expect(r.last.version).toBe('1.1.0');
    expect(r.last.sha).toBe(git(work, 'rev-parse', 'v1.1.0^{commit}'));
    expect(r.commits.map((c) => c.message.trim())).toEqual(['feat: c4', 'feat: c3', 'feat: c2', 'feat: c1', 'feat: c0']);
    expect(r.last.allVersions.sort()).toEqual(['1.0.0', '1.1.0', '2.0.0']);
    // v2.0.0's history was looked at (main since the fork), the 30 fixes before v1.1.0 were not fetched.
    expect(git(shallowDir, 'rev-list', '--count', 'HEAD')).toBe('5');
  });

  test('a local commit on top of the checkout (origin does not have HEAD)', async () => {
    const { bare } = origin((h) => {
      for (let i = 0; i < 20; i++) h.commit(`fix: a${i}`);
      h.tag('v0.3.0');
      for (let i = 0; i < 3; i++) h.commit(`fix: b${i}`);
    });
    const shallowDir = clone(bare, 1);
    commit(shallowDir, 'feat: made here');
    const r = await releaseRange(gitSpawner(shallowDir), 'v', git(shallowDir, 'rev-parse', 'HEAD'));
    expect(r.last.version).toBe('0.3.0');
    expect(r.commits.map((c) => c.message.trim())).toEqual(['feat: made here', 'fix: b2', 'fix: b1', 'fix: b0']);
    expect(git(shallowDir, 'rev-list', '--count', '--all')).toBe('5');
  });

  test('no release tag: the whole history is the range', async () => {
    const { bare } = origin((h) => {
      for (let i = 0; i < 7; i++) h.commit(`feat: a${i}`);
      h.tag('release-3.0.0');
    });
    const shallowDir = clone(bare, 1);
    const g = gitSpawner(shallowDir);
    const r = await releaseRange(g, 'v', git(shallowDir, 'rev-parse', 'HEAD'));
    expect(r.last.version).toBeUndefined();
    expect(r.commits).toHaveLength(7);
    expect(r.last.fetched).toEqual(['the tag list', 'the full history (no release tag is reachable)']);
    expect(git(shallowDir, 'rev-parse', '--is-shallow-repository')).toBe('false');
    // A tag of another prefix is still named, though only listed.
    expect((await otherPrefixTags(g, 'v', r.last)).map((t) => t.tag)).toEqual(['release-3.0.0']);
  });
});
