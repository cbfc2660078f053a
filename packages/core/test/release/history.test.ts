import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeCommits } from '../../src/commits/conventional.ts';
import { nextVersion } from '../../src/commits/version.ts';
import { authedGit } from '../../src/git/auth.ts';
import { gitSpawner } from '../../src/git/objects.ts';
import type { RawCommit } from '../../src/commits/conventional.ts';
import { commitsSince, findLastRelease, readCommits, releaseRange } from '../../src/release/history.ts';
import { headCommit } from '../../../../action-tests/harness/git-fixture.ts';

// Histories built from commit patterns real projects use (squash merges with `(#123)`, GitHub merge commits,
// git's own revert messages, Dependabot bodies quoting upstream notes, release-please's nested commits,
// Angular-style BREAKING CHANGE footers, pre-1.0 breaking changes), each with the version that the project's
// Conventional Commits tooling released for such a range.

/** One step of a history: a commit on main, a feature branch merged with a merge commit, or a tag. */
type Step =
  { commit: string } | { branch: string[]; merge: string } | { tag: string } | { revertOf: number; message: (sha: string) => string };

const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 'dev',
  GIT_AUTHOR_EMAIL: 'dev@example.com',
  GIT_COMMITTER_NAME: 'dev',
  GIT_COMMITTER_EMAIL: 'dev@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
};
let root: string;
beforeAll(() => (root = mkdtempSync(join(tmpdir(), 'lockstep-real-history-'))));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function build(name: string, steps: Step[]): string {
  const dir = join(root, name);
  const git = (...a: string[]) => execFileSync('git', a, { cwd: dir, env, encoding: 'utf8' }).trim();
  execFileSync('git', ['init', '-q', '-b', 'main', dir], { env });
  let n = 0;
  const shas: string[] = [];
  const commit = (msg: string) => {
    writeFileSync(join(dir, `f${n++}.txt`), msg);
    git('add', '.');
    git('commit', '-q', '--allow-empty-message', '-m', msg);
    shas.push(headCommit(dir));
  };
  commit('chore: initial commit');
  for (const s of steps) {
    if ('commit' in s) commit(s.commit);
    else if ('tag' in s) git('tag', '-a', '-m', s.tag, s.tag);
    else if ('branch' in s) {
      const topic = `topic${n}`;
      git('checkout', '-q', '-b', topic);
      for (const m of s.branch) commit(m);
      git('checkout', '-q', 'main');
      git('merge', '-q', '--no-ff', '-m', s.merge, topic);
    } else commit(s.message(shas[s.revertOf]));
  }
  return dir;
}

async function released(dir: string, preMajor: 'minor' | 'major' = 'minor'): Promise<string | undefined> {
  const git = gitSpawner(dir);
  const last = await findLastRelease(git, 'v');
  const commits = await commitsSince(git, last.sha);
  // The shortcut prepare-release takes (no `tag --merged` walk) must find the same release and commits.
  const fast = await releaseRange(git, 'v', (await git(['rev-parse', 'HEAD'])).stdout.toString().trim());
  expect({ version: fast.last.version, sha: fast.last.sha, commits: fast.commits.map((c) => c.sha) }).toEqual({
    version: last.version,
    sha: last.sha,
    commits: commits.map((c) => c.sha),
  });
  const analysis = analyzeCommits(commits);
  return nextVersion({
    last: last.version,
    bump: analysis.bump,
    initialVersion: '0.1.0',
    preMajor,
    existing: last.allVersions,
    releaseAs: analysis.releaseAs,
  }).version;
}

test.each<[string, Step[], string | undefined]>([
  [
    'squash merges with PR numbers (release-please style): feat + fix + deps → minor',
    [
      { tag: 'v15.0.0' },
      { commit: 'fix: handle empty changelog sections (#1850)' },
      { commit: 'feat: support extra-files globs (#1849)' },
      { commit: 'chore(deps): update dependency typescript to v5 (#1848)' },
    ],
    '15.1.0',
  ],
  [
    'GitHub merge commits: the merged branch decides, the merge subject does not',
    [
      { tag: 'v2.3.1' },
      { branch: ['fix(parser): keep CRLF', 'test: cover CRLF'], merge: 'Merge pull request #77 from acme/fix-crlf' },
      { commit: 'docs: typo' },
    ],
    '2.3.2',
  ],
  [
    'merge commit whose body is the PR title (feat!) while the branch holds only fixes',
    [{ tag: 'v3.0.0' }, { branch: ['fix: a'], merge: 'Merge pull request #9 from acme/x\n\nfeat!: misleading title' }],
    '3.0.1',
  ],
  [
    'git revert of a feat in the same range cancels it; the remaining fix makes a patch',
    [
      { tag: 'v1.2.0' },
      { commit: 'feat: add cache layer (#10)' },
      { revertOf: 1, message: (sha) => `Revert "feat: add cache layer (#10)" (#11)\n\nThis reverts commit ${sha}.` },
      { commit: 'fix: close file handles (#12)' },
    ],
    '1.2.1',
  ],
  [
    'Dependabot body quoting upstream feat/BREAKING lines releases nothing',
    [
      { tag: 'v4.1.0' },
      {
        commit:
          'chore(deps): bump lodash from 4.17.20 to 4.17.21 (#99)\n\nBumps lodash.\n- Release notes\nfeat: upstream feature\nBREAKING: upstream change\n\nSigned-off-by: dependabot[bot] <support@github.com>',
      },
    ],
    undefined,
  ],
  [
    'Angular-style BREAKING CHANGE footer on a fix → major',
    [
      { tag: 'v12.3.4' },
      {
        commit:
          'fix(core): remove deprecated ngOnChanges hook\n\nThe hook was deprecated in v10.\n\nBREAKING CHANGE: ngOnChanges is no longer called for inputs set in the template',
      },
    ],
    '13.0.0',
  ],
  [
    'pre-1.0 breaking change moves the minor (0.x policy)',
    [{ tag: 'v0.9.3' }, { commit: 'feat!: rename the config file (#45)' }, { commit: 'fix: typo in error (#46)' }],
    '0.10.0',
  ],
  [
    'release-please nested commits in a googleapis-style squash',
    [
      { tag: 'v1.8.2' },
      {
        commit:
          'chore: update googleapis (#200)\n\nBEGIN_NESTED_COMMIT\nfeat: add field shipping_address\nPiperOrigin-RevId: 512345\nEND_NESTED_COMMIT\nBEGIN_NESTED_COMMIT\ndocs: clarify comments\nEND_NESTED_COMMIT',
      },
    ],
    '1.9.0',
  ],
  [
    'only docs/ci/chore since the tag → no release',
    [
      { tag: 'v5.0.0' },
      { commit: 'docs: new README (#3)' },
      { commit: 'ci: cache npm (#4)' },
      { commit: 'chore(release): 5.0.0 [skip ci]' },
    ],
    undefined,
  ],
  [
    'a newer-by-date but older-by-SemVer tag does not hide the real last release',
    [{ tag: 'v1.10.0' }, { commit: 'fix: x (#1)' }, { tag: 'v1.9.9' }, { commit: 'feat: y (#2)' }],
    '1.11.0',
  ],
  ['no tag at all → initial version', [{ commit: 'feat: first feature' }], '0.1.0'],
])('%s', async (name, steps, expected) => {
  expect(await released(build(name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60), steps))).toBe(expected);
});

describe('releaseRange', () => {
  /** A spawner that records every git command it runs. */
  const recording = (dir: string) => {
    const calls: string[] = [];
    const inner = gitSpawner(dir);
    const git: typeof inner = (args) => (calls.push(args.join(' ')), inner(args));
    return { git, calls };
  };
  const head = async (dir: string) => (await gitSpawner(dir)(['rev-parse', 'HEAD'])).stdout.toString().trim();

  test('the newest tag reachable: no tag --merged walk, one git log', async () => {
    const dir = build('range-reachable', [
      { commit: 'feat: a' },
      { tag: 'v1.0.0' },
      { commit: 'fix: b' },
      { branch: ['feat: c'], merge: "Merge branch 'topic'" },
    ]);
    const { git, calls } = recording(dir);
    const r = await releaseRange(git, 'v', await head(dir));
    expect(r.last.version).toBe('1.0.0');
    expect(r.commits).toHaveLength(3);
    expect(calls.filter((c) => c.includes('--merged'))).toEqual([]);
    expect(calls.filter((c) => c.startsWith('log '))).toHaveLength(1);
  });

  test('HEAD is the tagged commit: the release is found and no commit follows it', async () => {
    const dir = build('range-at-tag', [{ commit: 'feat: a' }, { tag: 'v2.0.0' }]);
    const r = await releaseRange(gitSpawner(dir), 'v', await head(dir));
    expect(r.last).toMatchObject({ version: '2.0.0', tag: 'v2.0.0' });
    expect(r.commits).toEqual([]);
  });

  test('a higher tag on another branch is not reachable: falls back to the walk and takes the reachable one', async () => {
    const dir = build('range-other-branch', [{ commit: 'feat: a' }, { tag: 'v1.0.0' }, { commit: 'fix: b' }]);
    const sh = (...a: string[]) => execFileSync('git', a, { cwd: dir, env, encoding: 'utf8' });
    sh('checkout', '-q', '-b', 'release-2', 'HEAD~1');
    writeFileSync(join(dir, 'r2.txt'), 'r2');
    sh('add', '.');
    sh('commit', '-qm', 'feat: on the release branch');
    sh('tag', '-a', '-m', 'v2.0.0', 'v2.0.0');
    sh('checkout', '-q', 'main');
    const { git, calls } = recording(dir);
    const r = await releaseRange(git, 'v', await head(dir));
    expect(r.last.version).toBe('1.0.0');
    expect(r.last.allVersions).toEqual(expect.arrayContaining(['1.0.0', '2.0.0']));
    expect(r.commits.map((c) => c.message.trim())).toEqual(['fix: b']);
    expect(calls.filter((c) => c.includes('--merged'))).not.toEqual([]);
  });

  test('no release tag yet: every commit of HEAD', async () => {
    const dir = build('range-no-tag', [{ commit: 'feat: a' }]);
    const r = await releaseRange(gitSpawner(dir), 'v', await head(dir));
    expect(r.last.version).toBeUndefined();
    expect(r.commits).toHaveLength(2);
  });
});

describe('readCommits reads git log as it runs', () => {
  test('messages cut across pipe chunks (⚠ every 3 bytes, 200 KB) come out whole, newest first, with their parents', async () => {
    // A pipe hands over 64 KiB at a time: 65,536 is not a multiple of 3, so chunks end inside a ⚠.
    const long = `feat: ${'⚠'.repeat(70_000)}\n\nbody ${'é'.repeat(5)}`;
    const dir = build('read-long-messages', [{ commit: 'fix: a' }, { tag: 'v1.0.0' }]);
    const sh = (...a: string[]) => execFileSync('git', a, { cwd: dir, env, encoding: 'utf8' }).trim();
    // Too long for one argument (-m): the message is read from a file.
    writeFileSync(join(root, 'long-message.txt'), long);
    for (const m of [long, 'fix: b', long])
      if (m === long) sh('commit', '-q', '--allow-empty', '-F', join(root, 'long-message.txt'));
      else sh('commit', '-q', '--allow-empty', '-m', m);
    const git = gitSpawner(dir);
    expect(git.records).toBeDefined();
    const seen: RawCommit[] = [];
    await readCommits(git, 'v1.0.0', 'HEAD', (c) => seen.push(c));
    const sha = (rev: string) => sh('rev-parse', rev);
    expect(seen.map((c) => [c.sha, c.parents, c.message])).toEqual([
      [sha('HEAD'), [sha('HEAD~1')], `${long}\n`],
      [sha('HEAD~1'), [sha('HEAD~2')], 'fix: b\n'],
      [sha('HEAD~2'), [sha('v1.0.0^{commit}')], `${long}\n`],
    ]);
    expect(await commitsSince(git, 'v1.0.0')).toEqual(seen);
  });

  test('an empty range reads no commit; a root commit has no parents', async () => {
    const dir = build('read-empty-range', [{ tag: 'v1.0.0' }]);
    const seen: RawCommit[] = [];
    await readCommits(gitSpawner(dir), 'v1.0.0', 'HEAD', (c) => seen.push(c));
    expect(seen).toEqual([]);
    const all = await commitsSince(gitSpawner(dir), undefined);
    expect(all.map((c) => [c.parents, c.message])).toEqual([[[], 'chore: initial commit\n']]);
  });

  test('a failing git throws with its message, whether read as it runs or whole', async () => {
    const dir = build('read-failing', [{ commit: 'fix: a' }]);
    const streaming = gitSpawner(dir);
    const whole: typeof streaming = (args) => streaming(args);
    for (const git of [streaming, whole])
      await expect(readCommits(git, 'v9.9.9', 'HEAD', () => undefined)).rejects.toThrow(
        /^git log v9\.9\.9\.\.HEAD failed: fatal: bad revision 'v9\.9\.9\.\.HEAD'/,
      );
  });

  test('with a token, every message is read as it runs with the token scrubbed, as the whole output was', async () => {
    const token = 'ghs_streamedTokenValue0123456789';
    const dir = build('read-token', [{ commit: `fix: leaked ${token} here` }, { commit: 'fix: b' }]);
    const git = authedGit(dir, 'https://github.com/acme/mono.git', token);
    expect(git.records).toBeDefined();
    const seen: RawCommit[] = [];
    await readCommits(git, undefined, 'HEAD', (c) => seen.push(c));
    expect(seen.map((c) => c.message)).toEqual(['fix: b\n', 'fix: leaked *** here\n', 'chore: initial commit\n']);
  });

  test('a reader that throws stops git and rejects with its error', async () => {
    const dir = build('read-throwing', [{ commit: 'fix: a' }, { commit: 'fix: b' }]);
    let calls = 0;
    const failing = readCommits(gitSpawner(dir), undefined, 'HEAD', () => {
      calls++;
      throw new Error('reader failed');
    });
    await expect(failing).rejects.toThrow('reader failed');
    expect(calls).toBe(1);
  });
});
