import { execFileSync } from 'node:child_process';
import { chmodSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { GitFixture } from '../../../../action-tests/harness/git-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../../../../action-tests/harness/github-double/index.ts';
import { createGitHub, type GitHub } from '../../src/github/client.ts';
import { isoFromGit, publishLocalCommits } from '../../src/github/replay.ts';
import { BOT_IDENTITY } from '../../src/git/identity.ts';
import { gitSpawner } from '../../src/git/objects.ts';
import { commitFiles } from '../../src/git/publish.ts';

// Local commits built as git mode builds them, published through the Git
// Database API (the double) instead of pushed: same trees, messages kept,
// human authors kept, lockstep's commits signed by GitHub.

const REPO = 'octo/charts';
let fixture: GitFixture;
let double: GitHubDouble;

function client(): GitHub {
  return createGitHub({
    token: double.token,
    repository: REPO,
    env: double.env(),
    minMutationGapMs: 0,
    sleep: async () => {},
    budget: 500,
  });
}
const origin = (...args: string[]) => execFileSync('git', args, { cwd: fixture.origin, encoding: 'utf8' }).trim();

beforeEach(async () => {
  fixture = GitFixture.create({
    'README.md': 'hello\n',
    'charts/app/Chart.yaml': 'name: app\nversion: 1.0.0\n',
    'run.sh': 'echo\n',
    'old.txt': 'old\n',
  });
  double = await startGitHubDouble({
    repositories: [{ fullName: REPO, path: fixture.origin }],
    now: () => new Date('2026-03-04T05:06:07Z'),
  });
});

afterEach(async () => {
  await double.stop();
  fixture.cleanup();
  expect(double.violations).toEqual([]);
});

test('isoFromGit keeps the moment and the offset', () => {
  expect(isoFromGit('1700000000 +0000')).toBe('2023-11-14T22:13:20Z');
  expect(isoFromGit('1700000000 +0530')).toBe('2023-11-15T03:43:20+05:30');
  expect(isoFromGit('1700000000 -0700')).toBe('2023-11-14T15:13:20-07:00');
});

test('a human commit and a lockstep commit: same trees and messages, the human kept, lockstep signed; the branch created under the lease', async () => {
  const main = fixture.git('rev-parse', 'main');
  // A person's commit: a symlink, an executable bit, a binary file, a deletion.
  fixture.checkout('work', true);
  fixture.write({ 'logo.bin': Buffer.from([0, 159, 146, 150]), 'old.txt': null, 'notes.md': 'Ünïcode\n' });
  chmodSync(join(fixture.dir, 'run.sh'), 0o755);
  symlinkSync('README.md', join(fixture.dir, 'LINK'));
  const human = fixture.commit('docs: by hand\n\nbody line');
  // lockstep's own commit on top, made with git mode's plumbing.
  const git = gitSpawner(fixture.dir);
  const bot = await commitFiles(git, {
    parent: human,
    files: [{ path: 'charts/app/Chart.yaml', content: 'name: app\nversion: 1.1.0\n' }],
    message: 'chore(release): app 1.1.0',
    author: BOT_IDENTITY,
    committer: BOT_IDENTITY,
    date: '1700000600 +0000',
  });

  const r = await publishLocalCommits(client(), git, {
    branch: 'release/app',
    expected: undefined,
    parent: main,
    commits: [
      { sha: human, keepAuthor: true },
      { sha: bot, keepAuthor: false },
    ],
    committer: BOT_IDENTITY,
  });
  expect(r.outcome).toBe('created');
  expect(r.commits.map((c) => [c.local, c.verified, c.keptAuthor])).toEqual([
    [human, false, true],
    [bot, true, false],
  ]);
  expect(origin('rev-parse', 'refs/heads/release/app')).toBe(r.head);
  const shas = origin('rev-list', '--reverse', `${main}..release/app`).split('\n');
  expect(shas).toEqual(r.commits.map((c) => c.sha));
  expect(shas.map((s) => origin('rev-parse', `${s}^{tree}`))).toEqual([
    fixture.git('rev-parse', `${human}^{tree}`),
    fixture.git('rev-parse', `${bot}^{tree}`),
  ]);
  expect(origin('log', '-1', '--format=%an <%ae> %ad|%cn|%B', '--date=raw', shas[0])).toBe(
    `Fixture Author <author@example.com> ${fixture.git('log', '-1', '--format=%ad', '--date=raw', human)}|github-actions[bot]|docs: by hand\n\nbody line`,
  );
  expect(origin('log', '-1', '--format=%an|%cn|%B', shas[1])).toBe('github-actions[bot]|GitHub|chore(release): app 1.1.0');
});

test('the branch moved meanwhile: stale, nothing moved; a file over the blob limit is refused before any write', async () => {
  const main = fixture.git('rev-parse', 'main');
  const git = gitSpawner(fixture.dir);
  const c = await commitFiles(git, {
    parent: main,
    files: [{ path: 'README.md', content: 'new\n' }],
    message: 'x',
    author: BOT_IDENTITY,
    committer: BOT_IDENTITY,
  });
  fixture.git('push', '--quiet', 'origin', `${main}:refs/heads/release/app`);
  const other = await commitFiles(git, {
    parent: main,
    files: [{ path: 'README.md', content: 'other\n' }],
    message: 'other',
    author: BOT_IDENTITY,
    committer: BOT_IDENTITY,
  });
  fixture.git('push', '--quiet', 'origin', `${other}:refs/heads/release/app`);
  const r = await publishLocalCommits(client(), git, {
    branch: 'release/app',
    expected: main,
    parent: main,
    commits: [{ sha: c, keepAuthor: false }],
    committer: BOT_IDENTITY,
  });
  expect(r.outcome).toBe('stale');
  expect(origin('rev-parse', 'refs/heads/release/app')).toBe(other);

  const big = await commitFiles(git, {
    parent: main,
    files: [
      { path: 'ok.txt', content: 'ok\n' },
      { path: 'huge.bin', content: Buffer.alloc(101 * 1024 * 1024) },
    ],
    message: 'big',
    author: BOT_IDENTITY,
    committer: BOT_IDENTITY,
  });
  const writes = double.log.filter((e) => e.method !== 'GET').length;
  await expect(
    publishLocalCommits(client(), git, {
      branch: 'release/big',
      expected: undefined,
      parent: main,
      commits: [{ sha: big, keepAuthor: false }],
      committer: BOT_IDENTITY,
    }),
  ).rejects.toThrow(/'huge\.bin' is 101\.0 MiB, over GitHub's 100 MiB limit/);
  expect(double.log.filter((e) => e.method !== 'GET').length).toBe(writes);
});
