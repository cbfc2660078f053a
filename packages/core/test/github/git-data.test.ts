import { execFileSync } from 'node:child_process';
import { chmodSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { GitFixture } from '../../../../action-tests/harness/git-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../../../../action-tests/harness/github-double/index.ts';
import { UserError } from '../../src/errors.ts';
import { BOT_IDENTITY } from '../../src/git/identity.ts';
import { createGitHub, type GitHub } from '../../src/github/client.ts';
import {
  commitToBranch,
  createAnnotatedTag,
  createCommit,
  type FileChange,
  MAX_BLOB_BYTES,
  moveBranch,
} from '../../src/github/git-data.ts';

// Commits through GitHub's Git Database API against the OpenAPI-validated
// double, whose objects are real git objects in the fixture's bare origin:
// trees are compared with the ones real git makes from the same files.

const REPO = 'octo/charts';
const COMMITS = 'POST /repos/{owner}/{repo}/git/commits';
const NOW = new Date('2026-03-04T05:06:07Z');

let fixture: GitFixture;
let double: GitHubDouble;
let lines: string[];

function client(): GitHub {
  return createGitHub({
    token: double.token,
    repository: REPO,
    env: double.env(),
    minMutationGapMs: 0,
    sleep: async () => {},
    log: (l) => lines.push(l),
    budget: 500,
  });
}

/** Runs git in the bare origin (the double's repository). */
const origin = (...args: string[]) => execFileSync('git', args, { cwd: fixture.origin, encoding: 'utf8' }).trim();
const commitObjects = () =>
  origin('cat-file', '--batch-all-objects', '--batch-check=%(objecttype)')
    .split('\n')
    .filter((t) => t === 'commit').length;
const writes = () => double.log.filter((e) => e.method !== 'GET');

beforeEach(async () => {
  fixture = GitFixture.create({
    'README.md': 'hello\n',
    'charts/app/Chart.yaml': 'name: app\nversion: 1.0.0\n',
    'charts/app/values.yaml': 'image: app:1\n',
    'charts/old/Chart.yaml': 'name: old\n',
    'charts/old/templates/a.yaml': 'kind: A\n',
    'scripts/run.sh': '#!/bin/sh\necho run\n',
    'gone.txt': 'bye\n',
  });
  double = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fixture.origin }], now: () => NOW });
  lines = [];
});

afterEach(async () => {
  await double.stop();
  fixture.cleanup();
  expect(double.violations).toEqual([]);
  expect(lines.join('\n')).not.toContain(double.token);
});

const main = () => fixture.git('rev-parse', 'main');
const treeOf = (sha: string) => origin('rev-parse', `${sha}^{tree}`);

/** Text, binary, an executable bit, a symlink, deleted files (all of a directory's too). */
const BINARY = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0xfe, 0x0a, 0x80]);
const CHANGES: FileChange[] = [
  { kind: 'file', path: 'charts/app/Chart.yaml', content: 'name: app\nversion: 1.1.0\n' },
  { kind: 'file', path: 'charts/app/NOTES.txt', content: 'Grüße — ✓ 日本\r\nno newline at the end' },
  { kind: 'file', path: 'charts/app/icon.png', content: BINARY },
  { kind: 'file', path: 'scripts/run.sh', content: '#!/bin/sh\necho run\n', executable: true },
  { kind: 'file', path: 'scripts/new.sh', content: '#!/bin/sh\n', executable: true },
  { kind: 'symlink', path: 'charts/app/LICENSE', target: '../../README.md' },
  { kind: 'file', path: 'charts/app/same-as-readme.md', content: 'hello\n' },
  { kind: 'delete', path: 'gone.txt' },
  { kind: 'delete', path: 'charts/old/Chart.yaml' },
  { kind: 'delete', path: 'charts/old/templates/a.yaml' },
];

/** The same changes made by real git in the fixture's work tree; returns git's tree SHA (nothing pushed). */
function treeByGit(): string {
  fixture.write({
    'charts/app/Chart.yaml': 'name: app\nversion: 1.1.0\n',
    'charts/app/NOTES.txt': 'Grüße — ✓ 日本\r\nno newline at the end',
    'charts/app/icon.png': BINARY,
    'scripts/new.sh': '#!/bin/sh\n',
    'charts/app/same-as-readme.md': 'hello\n',
    'gone.txt': null,
    'charts/old': null,
  });
  chmodSync(join(fixture.dir, 'scripts/run.sh'), 0o755);
  chmodSync(join(fixture.dir, 'scripts/new.sh'), 0o755);
  symlinkSync('../../README.md', join(fixture.dir, 'charts/app/LICENSE'));
  fixture.git('config', 'core.autocrlf', 'false');
  fixture.git('add', '-A');
  return fixture.git('write-tree');
}

describe('createCommit', () => {
  test('text, binary, executable, symlink and deletions give exactly the tree git makes; GitHub reports it verified', async () => {
    const base = main();
    const commit = await createCommit(client(), {
      baseTree: treeOf(base),
      parents: [base],
      message: 'chore(release): app 1.1.0\n',
      changes: CHANGES,
    });
    expect(commit.tree).toBe(treeByGit());
    expect(commit).toMatchObject({ verified: true, reason: 'valid' });
    // A real commit in the bare repository, fetchable like any other.
    fixture.git('fetch', '--quiet', 'origin', commit.sha);
    expect(fixture.git('rev-parse', `${commit.sha}^{tree}`)).toBe(commit.tree);
    expect(fixture.git('log', '-1', '--format=%P%n%an <%ae>%n%cn <%ce>%n%cI%n%B', commit.sha).split('\n')).toEqual([
      base,
      'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>',
      'GitHub <noreply@github.com>',
      '2026-03-04T05:06:07+00:00',
      'chore(release): app 1.1.0',
    ]);
    // One blob per changed file's content, one tree, one commit.
    const sent = writes().map((e) => e.route);
    expect(sent.filter((r) => r === 'POST /repos/{owner}/{repo}/git/blobs')).toHaveLength(7);
    expect(sent.filter((r) => r === 'POST /repos/{owner}/{repo}/git/trees')).toHaveLength(1);
    expect(sent.filter((r) => r === COMMITS)).toHaveLength(1);
    // UTF-8 text travels as text, the binary file as base64.
    const blobs = writes()
      .filter((e) => e.route === 'POST /repos/{owner}/{repo}/git/blobs')
      .map((e) => JSON.parse(e.requestBody) as { content: string; encoding: string });
    expect(blobs.find((b) => b.content.startsWith('Grüße'))?.encoding).toBe('utf-8');
    expect(blobs.find((b) => b.encoding === 'base64')?.content).toBe(BINARY.toString('base64'));
    expect(blobs.filter((b) => b.encoding === 'base64')).toHaveLength(1);
  });

  test('a human commit recreated keeps its author and dates, committed by lockstep; GitHub does not sign it', async () => {
    const base = main();
    const author = { name: 'Hu Man', email: 'human@example.com', date: '2025-12-24T18:30:00+01:00' };
    const spec = {
      baseTree: treeOf(base),
      parents: [base],
      message: 'fix: a hand edit',
      changes: [CHANGES[0]],
      author,
      committer: { ...BOT_IDENTITY },
    };
    const commit = await createCommit(client(), spec);
    expect(commit).toMatchObject({ verified: false, reason: 'unsigned' });
    fixture.git('fetch', '--quiet', 'origin', commit.sha);
    expect(fixture.git('log', '-1', '--format=%an <%ae> %aI|%cn <%ce> %cI', commit.sha)).toBe(
      `Hu Man <human@example.com> 2025-12-24T18:30:00+01:00|github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com> 2026-03-04T05:06:07+00:00`,
    );
    // Fixed content, fixed SHA: creating it again makes the same commit, not a second one.
    const before = commitObjects();
    expect((await createCommit(client(), spec)).sha).toBe(commit.sha);
    expect(commitObjects()).toBe(before);
  });

  test(`a file over GitHub's blob limit is refused before any request`, async () => {
    const big = Buffer.alloc(200 * 1024 * 1024);
    const base = main();
    const gh = client();
    const attempt = createCommit(gh, {
      baseTree: treeOf(base),
      parents: [base],
      message: 'big',
      changes: [CHANGES[0], { kind: 'file', path: 'charts/app/huge.bin', content: big }],
    });
    await expect(attempt).rejects.toThrow(UserError);
    await expect(attempt).rejects.toThrow(/'charts\/app\/huge\.bin' is 200\.0 MiB, over GitHub's 100 MiB limit/);
    expect(MAX_BLOB_BYTES).toBe(100 * 1024 * 1024);
    expect(gh.requestCount()).toBe(0);
    expect(double.log).toEqual([]);
  });

  test('a 502 after the commit was created makes no second commit; the branch gets exactly one', async () => {
    const base = main();
    const before = commitObjects();
    const fault = double.fault({ route: COMMITS, kind: '502-after' });
    const r = await commitToBranch(client(), {
      branch: 'main',
      expected: base,
      baseTree: treeOf(base),
      parents: [base],
      message: 'chore: bump',
      changes: [CHANGES[0]],
    });
    expect(fault.hits).toBe(1);
    expect(double.count(COMMITS)).toBe(2);
    expect(r.outcome).toBe('updated');
    expect(origin('rev-parse', 'refs/heads/main')).toBe(r.commit.sha);
    expect(origin('rev-list', `${base}..main`)).toBe(r.commit.sha);
    // The repeated create wrote the same object: one new commit in the whole repository.
    expect(commitObjects()).toBe(before + 1);
  });

  test('a garbled answer to the commit create (it landed) is created again into the same commit', async () => {
    const base = main();
    const before = commitObjects();
    double.fault({ route: COMMITS, kind: 'empty-json', landed: true });
    const r = await commitToBranch(client(), {
      branch: 'main',
      expected: base,
      baseTree: treeOf(base),
      parents: [base],
      message: 'chore: bump',
      changes: [CHANGES[0]],
    });
    expect(r.outcome).toBe('updated');
    expect(double.count(COMMITS)).toBe(2);
    expect(commitObjects()).toBe(before + 1);
    expect(lines.join('\n')).toMatch(/the commit: GitHub's answer was lost/);
  });

  test('lost answers to blob and tree creates are created again (content-addressed: nothing doubles)', async () => {
    const base = main();
    double.fault({ route: 'POST /repos/{owner}/{repo}/git/blobs', kind: '502-after' });
    double.fault({ route: 'POST /repos/{owner}/{repo}/git/trees', kind: 'truncated-json', landed: true });
    const commit = await createCommit(client(), { baseTree: treeOf(base), parents: [base], message: 'x', changes: CHANGES });
    expect(commit.tree).toBe(treeByGit());
  });
});

describe('moveBranch: the lease', () => {
  async function prepared(gh: GitHub, base: string) {
    return createCommit(gh, { baseTree: treeOf(base), parents: [base], message: 'chore: bump', changes: [CHANGES[0]] });
  }

  test('moves the branch only when it is at the expected SHA; otherwise stale and nothing moves', async () => {
    const gh = client();
    const base = main();
    const commit = await prepared(gh, base);
    // Someone pushed to main after we read it.
    fixture.commit('feat: racer', { 'README.md': 'raced\n' });
    fixture.push('main');
    const racer = main();
    expect(await moveBranch(gh, { branch: 'main', sha: commit.sha, expected: base, fastForward: true })).toBe('stale');
    expect(origin('rev-parse', 'refs/heads/main')).toBe(racer);
    expect(double.count('PATCH /repos/{owner}/{repo}/git/refs/{ref}')).toBe(0);
  });

  test('a move between the read and the update is refused by force: false (not a fast-forward) → stale', async () => {
    const gh = client();
    const base = main();
    const commit = await prepared(gh, base);
    let raced = false;
    gh.octokit.hook.after('request', (_response, options) => {
      if (!raced && String(options.url).includes('/git/ref/')) {
        raced = true;
        fixture.commit('feat: racer', { 'README.md': 'raced\n' });
        fixture.push('main');
      }
    });
    const r = await moveBranch(gh, { branch: 'main', sha: commit.sha, expected: base, fastForward: true });
    expect(r).toBe('stale');
    expect(double.count('PATCH /repos/{owner}/{repo}/git/refs/{ref}', 422)).toBe(1);
    expect(origin('rev-parse', 'refs/heads/main')).toBe(main());
    expect(origin('rev-parse', 'refs/heads/main')).not.toBe(commit.sha);
  });

  test('a fast-forward updates; a rebuilt branch (not a descendant) is forced only from the expected SHA; a rerun is unchanged', async () => {
    const gh = client();
    const base = main();
    fixture.checkout('release/x', true);
    const old = fixture.commit('chore: old release', { 'README.md': 'old\n' });
    fixture.push('release/x');
    const commit = await prepared(gh, base);
    // The release branch is rebuilt from main: not a fast-forward of its old tip.
    expect(await moveBranch(gh, { branch: 'release/x', sha: commit.sha, expected: old })).toBe('updated');
    expect(origin('rev-parse', 'refs/heads/release/x')).toBe(commit.sha);
    expect(await moveBranch(gh, { branch: 'release/x', sha: commit.sha, expected: old })).toBe('unchanged');
    const next = await createCommit(gh, {
      baseTree: commit.tree,
      parents: [commit.sha],
      message: 'next',
      changes: [{ kind: 'delete', path: 'gone.txt' }],
    });
    expect(await moveBranch(gh, { branch: 'release/x', sha: next.sha, expected: commit.sha, fastForward: true })).toBe('updated');
    expect(origin('rev-parse', 'refs/heads/release/x')).toBe(next.sha);
  });

  test('a rebuilt branch moves by compare-and-swap: a commit pushed between the read and the update stays, stale', async () => {
    const gh = client();
    const base = main();
    fixture.checkout('release/y', true);
    const old = fixture.commit('chore: old release', { 'README.md': 'old\n' });
    fixture.push('release/y');
    const commit = await prepared(gh, base);
    let theirs = '';
    gh.octokit.hook.after('request', (_response, options) => {
      if (!theirs && String(options.url).includes('/git/ref/')) {
        // A reviewer's commit lands on the branch right after lockstep read it.
        theirs = fixture.commit('docs: reviewed', { 'REVIEW.md': 'ok\n' });
        fixture.push('release/y');
      }
    });
    expect(await moveBranch(gh, { branch: 'release/y', sha: commit.sha, expected: old })).toBe('stale');
    expect(origin('rev-parse', 'refs/heads/release/y')).toBe(theirs);
    expect(double.count('PATCH /repos/{owner}/{repo}/git/refs/{ref}')).toBe(0);
    const swaps = double.log.filter((e) => e.path === '/graphql' && e.requestBody.includes('updateRefs'));
    expect(swaps.map((e) => (JSON.parse(e.requestBody) as { variables: unknown }).variables)).toEqual([
      {
        repositoryId: expect.any(String),
        refUpdates: [{ name: 'refs/heads/release/y', beforeOid: old, afterOid: commit.sha, force: true }],
      },
    ]);
    expect(JSON.parse(swaps[0].responseBody)).toMatchObject({ data: { updateRefs: null }, errors: [{ type: 'UNPROCESSABLE' }] });
  });

  test('a lost answer to the swap is read back: updated', async () => {
    const gh = client();
    const base = main();
    fixture.checkout('release/z', true);
    const old = fixture.commit('chore: old release', { 'README.md': 'old\n' });
    fixture.push('release/z');
    const commit = await prepared(gh, base);
    const fault = double.fault({ route: 'POST /graphql', kind: '502-after' });
    expect(await moveBranch(gh, { branch: 'release/z', sha: commit.sha, expected: old })).toBe('updated');
    expect(fault.hits).toBe(1);
    expect(origin('rev-parse', 'refs/heads/release/z')).toBe(commit.sha);
  });

  test('a new branch is created when absent; created meanwhile by someone else → stale', async () => {
    const gh = client();
    const base = main();
    const commit = await prepared(gh, base);
    expect(await moveBranch(gh, { branch: 'chore/new', sha: commit.sha, expected: undefined })).toBe('created');
    expect(origin('rev-parse', 'refs/heads/chore/new')).toBe(commit.sha);
    // Expected absent, but it exists now.
    const other = await createCommit(gh, { baseTree: treeOf(base), parents: [base], message: 'other', changes: [CHANGES[7]] });
    expect(await moveBranch(gh, { branch: 'chore/new', sha: other.sha, expected: undefined })).toBe('stale');
    // Absent at the read, created by a twin before our create: 422 "Reference already exists".
    let raced = false;
    gh.octokit.hook.before('request', (options) => {
      if (!raced && options.method === 'POST' && String(options.url).endsWith('/git/refs') && options.ref === 'refs/heads/chore/twin') {
        raced = true;
        fixture.git('push', '--quiet', 'origin', `${base}:refs/heads/chore/twin`);
      }
    });
    expect(await moveBranch(gh, { branch: 'chore/twin', sha: other.sha, expected: undefined })).toBe('stale');
    expect(origin('rev-parse', 'refs/heads/chore/twin')).toBe(base);
  });

  test('a lost answer to the ref update is read back: updated, once', async () => {
    const gh = client();
    const base = main();
    double.fault({ route: 'PATCH /repos/{owner}/{repo}/git/refs/{ref}', kind: '502-after' });
    const r = await commitToBranch(gh, {
      branch: 'main',
      expected: base,
      baseTree: treeOf(base),
      parents: [base],
      message: 'bump',
      changes: [CHANGES[0]],
    });
    expect(r.outcome).toBe('updated');
    expect(origin('rev-list', `${base}..main`)).toBe(r.commit.sha);
  });

  test('a secondary rate limit on the writes is waited out, as GitHub asks', async () => {
    const sleeps: number[] = [];
    const gh = createGitHub({
      token: double.token,
      repository: REPO,
      env: double.env(),
      minMutationGapMs: 0,
      sleep: async (ms) => void sleeps.push(ms),
      log: (l) => lines.push(l),
    });
    const base = main();
    double.fault({ route: 'POST /repos/{owner}/{repo}/git/blobs', kind: 'secondary-rate-limit', retryAfter: 7 });
    const r = await commitToBranch(gh, {
      branch: 'main',
      expected: base,
      baseTree: treeOf(base),
      parents: [base],
      message: 'bump',
      changes: [CHANGES[0]],
    });
    expect(r.outcome).toBe('updated');
    expect(sleeps).toContain(7000);
  });

  test('commitToBranch: the race makes stale with the branch untouched; the rebuild on the new tip succeeds', async () => {
    const gh = client();
    const base = main();
    fixture.commit('feat: racer', { 'README.md': 'raced\n' });
    fixture.push('main');
    const stale = await commitToBranch(gh, {
      branch: 'main',
      expected: base,
      baseTree: treeOf(base),
      parents: [base],
      message: 'bump',
      changes: [CHANGES[0]],
    });
    expect(stale.outcome).toBe('stale');
    const tip = origin('rev-parse', 'refs/heads/main');
    const rebuilt = await commitToBranch(gh, {
      branch: 'main',
      expected: tip,
      baseTree: treeOf(tip),
      parents: [tip],
      message: 'bump',
      changes: [CHANGES[0]],
    });
    expect(rebuilt.outcome).toBe('updated');
    expect(origin('rev-list', '--count', `${base}..main`)).toBe('2');
    expect(rebuilt.commit.verified).toBe(true);
  });
});

describe('createAnnotatedTag', () => {
  test('a tag object and its ref; GitHub signs it; a rerun finds it; another commit is refused', async () => {
    const gh = client();
    const target = main();
    const tag = await createAnnotatedTag(gh, { tag: 'app-1.1.0', message: 'app 1.1.0\n', object: target });
    expect(tag).toMatchObject({ object: target, outcome: 'created', verified: true });
    expect(origin('cat-file', '-t', 'refs/tags/app-1.1.0')).toBe('tag');
    expect(origin('rev-parse', 'refs/tags/app-1.1.0')).toBe(tag.sha);
    expect(origin('rev-parse', 'app-1.1.0^{commit}')).toBe(target);
    fixture.git('fetch', '--quiet', 'origin', 'refs/tags/app-1.1.0:refs/tags/app-1.1.0');
    expect(fixture.git('tag', '-l', '--format=%(taggername) %(contents)', 'app-1.1.0')).toBe('github-actions[bot] app 1.1.0');
    const tagsMade = double.count('POST /repos/{owner}/{repo}/git/tags');
    expect(await createAnnotatedTag(gh, { tag: 'app-1.1.0', message: 'app 1.1.0\n', object: target })).toMatchObject({
      sha: tag.sha,
      outcome: 'existing',
      verified: true,
    });
    expect(double.count('POST /repos/{owner}/{repo}/git/tags')).toBe(tagsMade);
    const other = fixture.commit('feat: later', { 'README.md': 'later\n' });
    fixture.push('main');
    await expect(createAnnotatedTag(gh, { tag: 'app-1.1.0', message: 'x', object: other })).rejects.toThrow(
      /tag app-1.1.0 already exists on .* lockstep does not move an existing tag/,
    );
  });
});

describe('the double serves the Git Database reads as GitHub describes them', () => {
  test('blobs, trees (recursive), commits and tags read back what was written', async () => {
    const gh = client();
    const base = main();
    const commit = await createCommit(gh, { baseTree: treeOf(base), parents: [base], message: 'x', changes: CHANGES });
    const req = gh.octokit.request;
    const o = { owner: 'octo', repo: 'charts' };
    const c = (await req('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', { ...o, commit_sha: commit.sha })).data;
    expect(c).toMatchObject({
      sha: commit.sha,
      tree: { sha: commit.tree },
      parents: [{ sha: base }],
      verification: { verified: true, reason: 'valid' },
    });
    const pushed = (await req('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', { ...o, commit_sha: base })).data;
    expect(pushed.verification).toMatchObject({ verified: false, reason: 'unsigned' });
    const t = (await req('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', { ...o, tree_sha: commit.tree, recursive: 'true' })).data;
    const entries = Object.fromEntries(t.tree.map((e) => [e.path, e.mode]));
    expect(entries).toMatchObject({
      'charts/app/LICENSE': '120000',
      'scripts/run.sh': '100755',
      'charts/app/icon.png': '100644',
      charts: '040000',
    });
    expect(Object.keys(entries).filter((p) => p.startsWith('charts/old') || p === 'gone.txt')).toEqual([]);
    const icon = t.tree.find((e) => e.path === 'charts/app/icon.png')!;
    const blob = (await req('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', { ...o, file_sha: icon.sha })).data;
    expect(Buffer.from(blob.content, 'base64')).toEqual(BINARY);
    const tag = await createAnnotatedTag(gh, { tag: 'v1', message: 'one', object: commit.sha });
    const read = (await req('GET /repos/{owner}/{repo}/git/tags/{tag_sha}', { ...o, tag_sha: tag.sha })).data;
    expect(read).toMatchObject({
      tag: 'v1',
      message: 'one',
      object: { sha: commit.sha, type: 'commit' },
      tagger: { name: 'github-actions[bot]', date: '2026-03-04T05:06:07Z' },
    });
  });
});
