import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startGitHttpServer, type GitHttpServer } from '../harness/git-http.ts';
import { runAction } from '../harness/run-action.ts';

// The committed bundles on checkouts made as actions/checkout makes them (fetch-depth 1, its default, and 0),
// from a bare origin served over loopback smart-HTTP (git http-backend); the server counts what it sends.

const TOKEN = 'shallow-test-token';
let root: string;
let server: GitHttpServer;
let url: string;
let n = 0;

const ENV = {
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@e',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@e',
  GIT_CONFIG_GLOBAL: '/dev/null',
};
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...ENV } }).trim();

/** 3 KB of text unique to commit `i`: the history weighs what a real one does, per commit. */
const payload = (i: number) =>
  Array.from({ length: 60 }, (_, k) => `line ${k} of commit ${i}: ${((i + 1) * 7919 * (k + 3)).toString(36)}`).join('\n');

let work: string;
let mainHead: string;
let prHead: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'lockstep-shallow-e2e-'));
  const bare = join(root, 'mono.git');
  work = join(root, 'work');
  git(root, 'init', '-q', '--bare', '-b', 'main', bare);
  git(root, 'init', '-q', '-b', 'main', work);
  mkdirSync(join(work, 'charts', 'app'), { recursive: true });
  writeFileSync(join(work, '.version'), '1.0.0\n');
  writeFileSync(join(work, 'charts', 'app', 'Chart.yaml'), 'apiVersion: v2\nname: app\nversion: 0.4.0\nappVersion: "1.0.0"\n');
  writeFileSync(join(work, 'charts', 'app', 'values.yaml'), 'image:\n  tag: "1"\n');
  let i = 0;
  const commit = (msg: string) => {
    writeFileSync(join(work, 'data.txt'), payload(i++));
    git(work, 'add', '-A');
    git(work, 'commit', '-q', '-m', msg);
  };
  // Three releases of 40 commits each, then 25 commits; a newer v2.0.0 on a branch that forks at v1.2.0.
  for (const v of ['1.0.0', '1.1.0', '1.2.0']) {
    for (let k = 0; k < 40; k++) commit(k % 2 ? `fix: f${i}` : `feat: f${i}`);
    git(work, 'tag', '-a', '-m', `Release ${v}`, `v${v}`);
  }
  git(work, 'checkout', '-q', '-b', 'next');
  commit('feat!: the next major');
  git(work, 'tag', '-a', '-m', 'Release 2.0.0', 'v2.0.0');
  git(work, 'checkout', '-q', 'main');
  for (let k = 0; k < 24; k++) commit(`fix(api): g${k}`);
  commit('feat(api): the last one');
  mainHead = git(work, 'rev-parse', 'HEAD');
  // Pull request 1 changes the chart's values and bumps its version; GitHub's merge ref merges it into main.
  git(work, 'checkout', '-q', '-b', 'pr');
  writeFileSync(join(work, 'charts', 'app', 'values.yaml'), 'image:\n  tag: "2"\n');
  git(work, 'commit', '-q', '-am', 'fix(charts): tag 2');
  prHead = git(work, 'rev-parse', 'HEAD');
  git(work, 'checkout', '-q', 'main');
  git(work, 'remote', 'add', 'origin', bare);
  git(work, 'push', '-q', 'origin', 'main', 'next', '--tags');
  git(work, 'push', '-q', 'origin', `${prHead}:refs/pull/1/head`);
  git(work, 'checkout', '-q', '--detach', mainHead);
  git(work, 'merge', '-q', '--no-ff', '-m', 'Merge pr into main', prHead);
  git(work, 'push', '-q', 'origin', 'HEAD:refs/pull/1/merge');
  git(work, 'checkout', '-q', 'main');
  server = await startGitHttpServer(root, TOKEN);
  url = `${server.url}/mono.git`;
});

afterAll(async () => {
  await server?.stop();
  rmSync(root, { recursive: true, force: true });
});

/** actions/checkout: depth 1 fetches the one commit; 0 every branch and tag. Returns the folder and the bytes sent. */
async function checkout(depth: 0 | 1, ref: 'main' | 'pull'): Promise<{ dir: string; bytes: number }> {
  const dir = join(root, `checkout-${++n}`);
  const before = server.bytesSent;
  // git runs in a child process while this process's event loop serves it: execFile, not execFileSync.
  const script = [
    'set -e',
    `git init -q -b main ${dir}`,
    `cd ${dir}`,
    `git remote add origin ${url}`,
    `git config http.${url}/.extraheader "AUTHORIZATION: basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}"`,
    depth === 1
      ? `git fetch -q --no-tags --depth=1 origin ${ref === 'main' ? `+${mainHead}:refs/remotes/origin/main` : '+refs/pull/1/merge:refs/remotes/pull/1/merge'}`
      : `git fetch -q --tags origin '+refs/heads/*:refs/remotes/origin/*' '+refs/pull/1/merge:refs/remotes/pull/1/merge'`,
    `git checkout -q --force ${ref === 'main' ? mainHead : 'refs/remotes/pull/1/merge'}`,
  ].join('\n');
  await promisify(execFile)('bash', ['-c', script], { env: { ...process.env, ...ENV } });
  return { dir, bytes: server.bytesSent - before };
}

describe('prepare-release on fetch-depth 1', () => {
  test('the same version and notes as on fetch-depth 0, fetching the history since v1.2.0 only', async () => {
    const runs: Record<number, { version?: string; notes?: string; previous?: string; bytes: number; checkout: number; commits: string }> =
      {};
    for (const depth of [1, 0] as const) {
      const { dir, bytes } = await checkout(depth, 'main');
      const before = server.bytesSent;
      const r = await runAction('prepare-release', {
        workspace: dir,
        inputs: { 'dry-run': 'true' },
        eventName: 'push',
        env: { GITHUB_REPOSITORY: 'acme/mono', GITHUB_REF: 'refs/heads/main', HOME: root, ...ENV },
      });
      expect(r.code).toBe(0);
      runs[depth] = {
        version: r.outputs.version,
        previous: r.outputs['previous-version'],
        notes: r.outputs.notes,
        bytes: server.bytesSent - before,
        checkout: bytes,
        commits: git(dir, 'rev-list', '--count', '--all'),
      };
    }
    expect(runs[1].version).toBe('1.3.0');
    expect(runs[1].previous).toBe('1.2.0');
    expect(runs[0].version).toBe('1.3.0');
    expect(runs[1].notes).toBe(runs[0].notes);
    expect(runs[1].notes).toContain('the last one');
    expect(runs[1].notes).not.toContain('the next major');
    // The 25 commits since v1.2.0 and v1.2.0's own commit: none of the 120 before it.
    expect(runs[1].commits).toBe('26');
    // 3 × 40 + the v2.0.0 commit + 25 + pull request 1's head and merge commits.
    expect(runs[0].commits).toBe('148');
    expect(runs[0].bytes).toBe(0);
    // The run's fetches weigh less than a quarter of the whole history's.
    expect(runs[1].bytes).toBeGreaterThan(0);
    expect(runs[1].bytes * 4).toBeLessThan(runs[0].checkout);
  });
});

describe('prepare-release on fetch-depth 1 behind a newer release', () => {
  test('a rerun on an older commit uses the newest tag reachable from HEAD (v1.2.0), not v1.2.9 ahead of it', async () => {
    // v1.2.9 tags main's head; the checkout is 10 commits before it, where v1.2.0 is the last release.
    const older = git(work, 'rev-parse', `${mainHead}~10`);
    git(work, 'tag', '-a', '-m', 'Release 1.2.9', 'v1.2.9', mainHead);
    git(work, 'push', '-q', 'origin', 'v1.2.9');
    try {
      const dir = join(root, `checkout-${++n}`);
      const script = [
        'set -e',
        `git init -q -b main ${dir}`,
        `cd ${dir}`,
        `git remote add origin ${url}`,
        `git config http.${url}/.extraheader "AUTHORIZATION: basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}"`,
        `git fetch -q --no-tags --depth=1 origin +${older}:refs/remotes/origin/main`,
        `git checkout -q --force ${older}`,
      ].join('\n');
      await promisify(execFile)('bash', ['-c', script], { env: { ...process.env, ...ENV } });
      const r = await runAction('prepare-release', {
        workspace: dir,
        inputs: { 'dry-run': 'true' },
        eventName: 'push',
        env: { GITHUB_REPOSITORY: 'acme/mono', GITHUB_REF: 'refs/heads/main', HOME: root, ...ENV },
      });
      expect(r.annotations).toEqual([]);
      expect(r.code).toBe(0);
      expect(r.outputs['previous-version']).toBe('1.2.0');
      // Its 15 commits since v1.2.0 are fixes (the one feat comes after it).
      expect(r.outputs.version).toBe('1.2.1');
      // The 15 commits since v1.2.0 and v1.2.0's own: nothing of v1.2.9's history beyond HEAD, none before v1.2.0.
      expect(git(dir, 'rev-list', '--count', '--all')).toBe('16');
    } finally {
      git(work, 'tag', '-d', 'v1.2.9');
      git(work, 'push', '-q', 'origin', ':refs/tags/v1.2.9');
    }
  });
});

describe('the chart actions on fetch-depth 1', () => {
  test('chart-bump-check fetches the base and head with their last 64 commits, not the history', async () => {
    const { dir } = await checkout(1, 'pull');
    const before = server.bytesSent;
    const r = await runAction('chart-bump-check', {
      workspace: dir,
      inputs: {},
      eventName: 'pull_request',
      event: { pull_request: { number: 1, base: { sha: mainHead, ref: 'main' }, head: { sha: prHead } } },
      env: { GITHUB_REPOSITORY: 'acme/mono', HOME: root, ...ENV },
    });
    // The chart changed without a version bump: the check fails, naming it.
    expect(r.outputs.ok).toBe('false');
    expect(r.code).toBe(1);
    expect(readFileSync(join(dir, 'charts', 'app', 'values.yaml'), 'utf8')).toBe('image:\n  tag: "2"\n');
    expect(server.bytesSent - before).toBeGreaterThan(0);
    // It fetches base and head at --depth=64 (one round trip usually reaches the merge base): at most those
    // and the merge commit, not the 148 of the history.
    expect(Number(git(dir, 'rev-list', '--count', '--all'))).toBeLessThanOrEqual(66);
  });

  test('bump-chart with an explicit version fetches no object, only asks the remote for its HEAD', async () => {
    const { dir } = await checkout(1, 'main');
    const before = server.bytesSent;
    const r = await runAction('bump-chart', {
      workspace: dir,
      inputs: { charts: 'charts/app', version: '0.5.0' },
      eventName: 'push',
      env: { GITHUB_REPOSITORY: 'acme/mono', HOME: root, ...ENV },
    });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'charts', 'app', 'Chart.yaml'), 'utf8')).toContain('version: 0.5.0');
    // `ls-remote --symref origin HEAD` (which branch is the base): a ref listing, under 2 KiB, no pack.
    expect(server.bytesSent - before).toBeLessThan(2048);
    expect(git(dir, 'rev-list', '--count', '--all')).toBe('1');
  });
});
