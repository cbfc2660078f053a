import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Octokit } from '@octokit/core';
import type { components } from '@octokit/openapi-types';
import { GitFixture } from '../harness/git-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../harness/github-double/index.ts';

// The GitHub double itself, driven with plain fetch: state, real merges in the
// bare repository, OpenAPI validation of both directions, auth, faults, log.

const REPO = 'octo/charts';
const PULLS = 'POST /repos/{owner}/{repo}/pulls';
let fixture: GitFixture;
let double: GitHubDouble;
let now: number;

/** GitHub's schemas, for the replies these tests read (the double validates each reply against them). */
type Schemas = components['schemas'];
type Pull = Schemas['pull-request'];
type PullItem = Schemas['pull-request-simple'];
type MergeResult = Schemas['pull-request-merge-result'];
type ReviewRequest = Schemas['pull-request-review-request'];
type Label = Schemas['label'];
type IssueComment = Schemas['issue-comment'];
type GitRef = Schemas['git-ref'];
type ShortBlob = Schemas['short-blob'];
type GitTree = Schemas['git-tree'];
type GitCommit = Schemas['git-commit'];
type GitTag = Schemas['git-tag'];
type Release = Schemas['release'];

/** The check runs of a commit (GitHub's reply has no schema name of its own). */
interface CheckRuns {
  total_count: number;
  check_runs: Schemas['check-run'][];
}

/** A review as the double lists it: with its user (GitHub's schema allows a deleted one, null, which the double never gives). */
interface Review {
  user: { login: string };
  state: string;
  commit_id: string;
}

/** GitHub's error answer as the double gives it: the message and, on a 422, what was wrong (`validation-error`, its list always there). */
interface ErrorReply {
  message: string;
  errors: { resource?: string; field?: string; code?: string; message?: string }[];
}

/** A GraphQL answer: data and GitHub's errors-as-data, or on a 4xx the error object's message. */
interface GraphqlReply<D = unknown> {
  data: D;
  errors: { type?: string; message: string; path?: string[] }[];
  message?: string;
}

/**
 * One request to the double; `T` is the reply's JSON as GitHub's OpenAPI description has it, named
 * where a test reads a field (an error answer is `Schemas['basic-error']`).
 */
async function api<T = unknown>(
  method: string,
  path: string,
  body?: unknown,
  token = double.token,
): Promise<{ status: number; json: T; headers: Headers }> {
  const res = await fetch(`${double.url}${path}`, {
    method,
    headers: {
      authorization: `token ${token}`,
      accept: 'application/vnd.github+json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: (text ? JSON.parse(text) : undefined) as T, headers: res.headers };
}

/** Pushes a branch `name` off main with one commit writing `files`. */
function branch(name: string, files: Record<string, string>, message = `feat: ${name}`): string {
  fixture.checkout('main');
  fixture.checkout(name, true);
  const sha = fixture.commit(message, files);
  fixture.push(name);
  fixture.checkout('main');
  return sha;
}

beforeEach(async () => {
  fixture = GitFixture.create({ 'README.md': 'hello\n', 'charts/app/Chart.yaml': 'name: app\nversion: 1.0.0\n' });
  now = Date.parse('2026-01-02T03:04:05Z');
  double = await startGitHubDouble({
    repositories: [{ fullName: REPO, path: fixture.origin, allowAutoMerge: true }],
    now: () => new Date(now),
  });
});

afterEach(async () => {
  await double.stop();
  fixture.cleanup();
});

/** Creates a PR from a fresh branch; returns its JSON. */
async function openPull(
  name: string,
  files: Record<string, string> = { [`${name}.txt`]: `${name}\n` },
  extra: Record<string, unknown> = {},
): Promise<Pull> {
  branch(name, files);
  const r = await api<Pull>('POST', `/repos/${REPO}/pulls`, { title: `feat: ${name}`, head: name, base: 'main', ...extra });
  expect(r.status).toBe(201);
  return r.json;
}

test('the OpenAPI subset loads quickly from its cache', () => {
  // The first file in a fresh checkout builds the cache (≈1–2 s); later ones read a small JSON file.
  expect(double.openapi.ms).toBeLessThan(double.openapi.fromCache ? 500 : 15000);
});

test('create → list → get → merge performs a real merge in the bare repository', async () => {
  const head = branch('release/app-1.1.0', { 'charts/app/Chart.yaml': 'name: app\nversion: 1.1.0\n' });
  const created = await api<Pull>('POST', `/repos/${REPO}/pulls`, {
    title: 'chore: release app 1.1.0',
    head: 'release/app-1.1.0',
    base: 'main',
    body: 'notes',
  });
  expect(created.status).toBe(201);
  expect(created.json).toMatchObject({
    number: 1,
    state: 'open',
    draft: false,
    head: { ref: 'release/app-1.1.0', sha: head },
    base: { ref: 'main' },
  });
  expect(created.json.html_url).toBe(`${double.url}/octo/charts/pull/1`);

  const listed = await api<PullItem[]>('GET', `/repos/${REPO}/pulls?state=open&head=octo:release/app-1.1.0&base=main`);
  expect(listed.status).toBe(200);
  expect(listed.json.map((p) => p.number)).toEqual([1]);
  expect((await api('GET', `/repos/${REPO}/pulls?head=octo:other`)).json).toEqual([]);
  // Without the owner GitHub ignores the filter: a bare branch name lists every open PR.
  expect((await api<PullItem[]>('GET', `/repos/${REPO}/pulls?head=other`)).json.map((p) => p.number)).toEqual([1]);

  const got = await api('GET', `/repos/${REPO}/pulls/1`);
  expect(got.json).toMatchObject({ mergeable: true, merged: false, commits: 1, changed_files: 1 });

  const merged = await api<MergeResult>('PUT', `/repos/${REPO}/pulls/1/merge`, { merge_method: 'squash', sha: head });
  expect(merged.status).toBe(200);
  expect(merged.json.merged).toBe(true);

  const clone = fixture.clone('main');
  expect(readFileSync(join(clone, 'charts/app/Chart.yaml'), 'utf8')).toBe('name: app\nversion: 1.1.0\n');
  const log = execFileSync('git', ['log', '--format=%s|%P', '-1'], { cwd: clone, encoding: 'utf8' }).trim();
  expect(log.split('|')[0]).toBe('chore: release app 1.1.0 (#1)');
  expect(log.split('|')[1].split(' ')).toHaveLength(1);

  const after = await api('GET', `/repos/${REPO}/pulls/1`);
  expect(after.json).toMatchObject({ state: 'closed', merged: true, merge_commit_sha: merged.json.sha });
  const assoc = await api<PullItem[]>('GET', `/repos/${REPO}/commits/${merged.json.sha}/pulls`);
  expect(assoc.json.map((p) => p.number)).toEqual([1]);
  expect(double.violations).toEqual([]);
});

test.each([
  ['merge', 2, ['feat: topic', 'more: topic']],
  ['squash', 1, []],
  ['rebase', 1, ['feat: topic', 'more: topic']],
] as const)('merge_method %s: parents of the new tip and replayed subjects', async (method, parents, replayed) => {
  branch('topic', { 'a.txt': 'a\n' });
  fixture.checkout('topic');
  fixture.commit('more: topic', { 'b.txt': 'b\n' });
  fixture.push('topic');
  fixture.checkout('main');
  // main moves on with an unrelated change, so every method has something to merge onto.
  fixture.commit('fix: main moved', { 'README.md': 'hello again\n' });
  fixture.push('main');
  const pr = (await api<Pull>('POST', `/repos/${REPO}/pulls`, { title: 'feat: topic', head: 'topic', base: 'main' })).json;
  const merged = await api<MergeResult>('PUT', `/repos/${REPO}/pulls/${pr.number}/merge`, { merge_method: method });
  expect(merged.status).toBe(200);
  const clone = fixture.clone('main');
  const git = (...a: string[]) => execFileSync('git', a, { cwd: clone, encoding: 'utf8' }).trim();
  expect(git('rev-parse', 'HEAD')).toBe(merged.json.sha);
  expect(git('show', '-s', '--format=%P', 'HEAD').split(' ')).toHaveLength(parents);
  expect(readFileSync(join(clone, 'a.txt'), 'utf8')).toBe('a\n');
  expect(readFileSync(join(clone, 'b.txt'), 'utf8')).toBe('b\n');
  expect(readFileSync(join(clone, 'README.md'), 'utf8')).toBe('hello again\n');
  if (method === 'rebase') {
    expect(git('log', '--format=%s', '-2').split('\n').reverse()).toEqual(replayed);
    expect(git('show', '-s', '--format=%an|%cn', 'HEAD')).toBe('Fixture Author|GitHub');
  }
  if (method === 'merge') expect(git('show', '-s', '--format=%s', 'HEAD')).toBe(`Merge pull request #${pr.number} from octo/topic`);
  expect(double.violations).toEqual([]);
});

test('a conflicting PR is not mergeable and a stale sha is refused', async () => {
  const pr = await openPull('clash', { 'README.md': 'theirs\n' });
  fixture.commit('fix: ours', { 'README.md': 'ours\n' });
  fixture.push('main');
  const before = fixture.git('ls-remote', 'origin', 'refs/heads/main');
  expect((await api('GET', `/repos/${REPO}/pulls/${pr.number}`)).json).toMatchObject({ mergeable: false, mergeable_state: 'dirty' });
  const stale = await api('PUT', `/repos/${REPO}/pulls/${pr.number}/merge`, { sha: 'f'.repeat(40) });
  expect(stale.status).toBe(409);
  const conflict = await api<ErrorReply>('PUT', `/repos/${REPO}/pulls/${pr.number}/merge`, {});
  expect(conflict.status).toBe(405);
  expect(conflict.json.message).toBe('Pull Request is not mergeable');
  expect(fixture.git('ls-remote', 'origin', 'refs/heads/main')).toBe(before);
  expect(double.violations).toEqual([]);
});

test('a PR head follows what real git pushes; deleting the branch closes the PR', async () => {
  const pr = await openPull('moving');
  fixture.checkout('moving');
  const pushed = fixture.commit('fix: by a human', { 'human.txt': 'h\n' });
  fixture.push('moving');
  fixture.checkout('main');
  expect((await api<Pull>('GET', `/repos/${REPO}/pulls/${pr.number}`)).json.head.sha).toBe(pushed);
  expect((await api<PullItem[]>('GET', `/repos/${REPO}/commits/${pushed}/pulls`)).json.map((p) => p.number)).toEqual([pr.number]);
  fixture.git('push', '--quiet', 'origin', '--delete', 'moving');
  const closed = await api('GET', `/repos/${REPO}/pulls/${pr.number}`);
  expect(closed.json).toMatchObject({ state: 'closed', merged: false });
  expect(double.violations).toEqual([]);
});

test("PR create answers GitHub's 422s: duplicate, missing head, no commits", async () => {
  await openPull('dup');
  const again = await api<ErrorReply>('POST', `/repos/${REPO}/pulls`, { title: 'again', head: 'octo:dup', base: 'main' });
  expect(again.status).toBe(422);
  expect(again.json.errors[0].message).toBe('A pull request already exists for octo:dup.');
  const missing = await api<ErrorReply>('POST', `/repos/${REPO}/pulls`, { title: 'x', head: 'nope', base: 'main' });
  expect(missing.status).toBe(422);
  expect(missing.json.errors[0]).toMatchObject({ field: 'head', code: 'invalid' });
  fixture.git('push', '--quiet', 'origin', 'main:refs/heads/same');
  const empty = await api<ErrorReply>('POST', `/repos/${REPO}/pulls`, { title: 'x', head: 'same', base: 'main' });
  expect(empty.json.errors[0].message).toBe('No commits between main and same');
  expect(double.pulls(REPO)).toHaveLength(1);
  expect(double.violations).toEqual([]);
});

test('update, list filters, draft, reviewers, labels and comments round-trip', async () => {
  const a = await openPull('a', undefined, { draft: true, body: 'first' });
  const b = await openPull('b');
  expect(a.draft).toBe(true);
  const patched = await api('PATCH', `/repos/${REPO}/pulls/${a.number}`, { title: 'feat: renamed', body: 'second' });
  expect(patched.json).toMatchObject({ title: 'feat: renamed', body: 'second' });
  expect((await api('PUT', `/repos/${REPO}/pulls/${a.number}/merge`, {})).status).toBe(405);
  await api('PATCH', `/repos/${REPO}/pulls/${b.number}`, { state: 'closed' });
  expect((await api<PullItem[]>('GET', `/repos/${REPO}/pulls`)).json.map((p) => p.number)).toEqual([a.number]);
  expect((await api<PullItem[]>('GET', `/repos/${REPO}/pulls?state=closed`)).json.map((p) => p.number)).toEqual([b.number]);
  expect((await api<PullItem[]>('GET', `/repos/${REPO}/pulls?state=all&direction=asc`)).json.map((p) => p.number)).toEqual([
    a.number,
    b.number,
  ]);

  const rev = await api('POST', `/repos/${REPO}/pulls/${a.number}/requested_reviewers`, { reviewers: ['alice', 'bob'] });
  expect(rev.status).toBe(201);
  expect((await api<ReviewRequest>('GET', `/repos/${REPO}/pulls/${a.number}/requested_reviewers`)).json.users.map((u) => u.login)).toEqual([
    'alice',
    'bob',
  ]);
  const self = await api('POST', `/repos/${REPO}/pulls/${a.number}/requested_reviewers`, { reviewers: ['github-actions[bot]'] });
  expect(self.status).toBe(422);

  expect(
    (await api<Label[]>('POST', `/repos/${REPO}/issues/${a.number}/labels`, { labels: ['release', 'chart'] })).json.map((l) => l.name),
  ).toEqual(['release', 'chart']);
  await api('POST', `/repos/${REPO}/issues/${a.number}/labels`, { labels: ['release'] });
  expect(double.labels(REPO, a.number)).toEqual(['release', 'chart']);
  expect((await api<Label[]>('DELETE', `/repos/${REPO}/issues/${a.number}/labels/chart`)).json.map((l) => l.name)).toEqual(['release']);
  expect((await api('DELETE', `/repos/${REPO}/issues/${a.number}/labels/chart`)).status).toBe(404);
  expect((await api<Label[]>('GET', `/repos/${REPO}/issues/${a.number}/labels`)).json.map((l) => l.name)).toEqual(['release']);

  const c = await api<IssueComment>('POST', `/repos/${REPO}/issues/${a.number}/comments`, { body: 'hello <!-- lockstep:x -->' });
  expect(c.status).toBe(201);
  now += 60_000;
  const edited = await api('PATCH', `/repos/${REPO}/issues/comments/${c.json.id}`, { body: 'edited <!-- lockstep:x -->' });
  expect(edited.json).toMatchObject({
    body: 'edited <!-- lockstep:x -->',
    created_at: '2026-01-02T03:04:05Z',
    updated_at: '2026-01-02T03:05:05Z',
  });
  expect((await api<IssueComment[]>('GET', `/repos/${REPO}/issues/${a.number}/comments`)).json.map((x) => x.body)).toEqual([
    'edited <!-- lockstep:x -->',
  ]);
  expect(double.comments(REPO, a.number)).toHaveLength(1);
  expect(double.violations).toEqual([]);
});

test('a PR is also an issue, and a repository without push permission refuses writes', async () => {
  const pr = await openPull('as-issue');
  await api('POST', `/repos/${REPO}/issues/${pr.number}/labels`, { labels: ['release'] });
  const issue = await api('GET', `/repos/${REPO}/issues/${pr.number}`);
  expect(issue.json).toMatchObject({
    number: pr.number,
    state: 'open',
    labels: [{ name: 'release' }],
    pull_request: { url: pr.url, merged_at: null },
  });
  expect((await api('GET', `/repos/${REPO}/issues/99`)).status).toBe(404);
  expect(double.violations).toEqual([]);

  const other = GitFixture.create({ 'x.txt': 'x\n' });
  const ro = await startGitHubDouble({
    repositories: [{ fullName: 'octo/ro', path: other.origin, permissions: { push: false, admin: false, maintain: false } }],
  });
  try {
    const headers = { authorization: `token ${ro.token}` };
    const repo = (await (await fetch(`${ro.url}/repos/octo/ro`, { headers })).json()) as Schemas['full-repository'];
    expect(repo.permissions).toEqual({ admin: false, maintain: false, push: false, triage: true, pull: true });
    const main = other.git('rev-parse', 'main');
    const w = await fetch(`${ro.url}/repos/octo/ro/git/refs`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ ref: 'refs/heads/x', sha: main }),
    });
    expect(w.status).toBe(403);
    expect(other.git('ls-remote', 'origin', 'refs/heads/x')).toBe('');
    expect(ro.violations).toEqual([]);
  } finally {
    await ro.stop();
    other.cleanup();
  }
});

test('list endpoints paginate with a Link header', async () => {
  const pr = await openPull('paged');
  for (let i = 0; i < 3; i++) await api('POST', `/repos/${REPO}/issues/${pr.number}/comments`, { body: `c${i}` });
  const first = await api<IssueComment[]>('GET', `/repos/${REPO}/issues/${pr.number}/comments?per_page=2`);
  expect(first.json.map((c) => c.body)).toEqual(['c0', 'c1']);
  const next = /<([^>]+)>; rel="next"/.exec(first.headers.get('link') ?? '')?.[1];
  expect(next).toBe(`${double.url}/repos/${REPO}/issues/${pr.number}/comments?per_page=2&page=2`);
  const second = await api<IssueComment[]>('GET', new URL(next!).pathname + new URL(next!).search);
  expect(second.json.map((c) => c.body)).toEqual(['c2']);
  expect(second.headers.get('link')).not.toContain('rel="next"');
  expect(double.violations).toEqual([]);
});

test('git refs: get, match, create, fast-forward-only update, force, delete — in the bare repository', async () => {
  const main = fixture.git('rev-parse', 'main');
  const ahead = branch('feature/x', { 'x.txt': 'x\n' });
  const got = await api('GET', `/repos/${REPO}/git/ref/heads%2Ffeature%2Fx`);
  expect(got.json).toMatchObject({ ref: 'refs/heads/feature/x', object: { type: 'commit', sha: ahead } });
  expect((await api<GitRef>('GET', `/repos/${REPO}/git/ref/heads/feature/x`)).json.object.sha).toBe(ahead);
  expect((await api('GET', `/repos/${REPO}/git/ref/heads/none`)).status).toBe(404);
  expect((await api<GitRef[]>('GET', `/repos/${REPO}/git/matching-refs/heads/feature`)).json.map((r) => r.ref)).toEqual([
    'refs/heads/feature/x',
  ]);

  expect((await api('POST', `/repos/${REPO}/git/refs`, { ref: 'refs/heads/made', sha: main })).status).toBe(201);
  expect(fixture.git('ls-remote', 'origin', 'refs/heads/made')).toBe(`${main}\trefs/heads/made`);
  expect((await api<ErrorReply>('POST', `/repos/${REPO}/git/refs`, { ref: 'refs/heads/made', sha: main })).json.message).toBe(
    'Reference already exists',
  );
  expect((await api('PATCH', `/repos/${REPO}/git/refs/heads/made`, { sha: ahead })).status).toBe(200);
  const back = await api('PATCH', `/repos/${REPO}/git/refs/heads/made`, { sha: main });
  expect(back).toMatchObject({ status: 422, json: { message: 'Update is not a fast forward' } });
  expect((await api<GitRef>('PATCH', `/repos/${REPO}/git/refs/heads/made`, { sha: main, force: true })).json.object.sha).toBe(main);
  expect((await api('DELETE', `/repos/${REPO}/git/refs/heads/made`)).status).toBe(204);
  expect(fixture.git('ls-remote', 'origin', 'refs/heads/made')).toBe('');
  expect((await api('DELETE', `/repos/${REPO}/git/refs/heads/made`)).status).toBe(422);
  expect(double.violations).toEqual([]);
});

test('git objects: blobs, trees on base_tree (content, deletions, whole directories), commits and tags are git objects; bad input is a 422', async () => {
  const main = fixture.git('rev-parse', 'main');
  const baseTree = fixture.git('rev-parse', 'main^{tree}');
  const text = await api<ShortBlob>('POST', `/repos/${REPO}/git/blobs`, { content: 'hi\n' });
  expect(text).toMatchObject({
    status: 201,
    json: { sha: execFileSync('git', ['hash-object', '--stdin'], { input: 'hi\n', encoding: 'utf8' }).trim() },
  });
  const bin = await api<ShortBlob>('POST', `/repos/${REPO}/git/blobs`, {
    content: Buffer.from([0, 1, 2, 255]).toString('base64'),
    encoding: 'base64',
  });
  expect((await api('GET', `/repos/${REPO}/git/blobs/${bin.json.sha}`)).json).toMatchObject({
    encoding: 'base64',
    size: 4,
    content: 'AAEC/w==\n',
  });

  const tree = await api<GitTree>('POST', `/repos/${REPO}/git/trees`, {
    base_tree: baseTree,
    tree: [
      { path: 'bin/tool', mode: '100755', type: 'blob', sha: text.json.sha },
      { path: 'link', mode: '120000', type: 'blob', content: 'README.md' },
      { path: 'charts', mode: '040000', type: 'tree', sha: null },
    ],
  });
  expect(tree.status).toBe(201);
  expect(tree.json.tree.map((e) => `${e.mode} ${e.path}`)).toEqual(['100644 README.md', '040000 bin', '120000 link']);
  const recursive = await api<GitTree>('GET', `/repos/${REPO}/git/trees/${tree.json.sha}?recursive=1`);
  expect(recursive.json.tree.map((e) => e.path)).toEqual(['README.md', 'bin', 'bin/tool', 'link']);
  expect((await api<GitTree>('GET', `/repos/${REPO}/git/trees/main`)).json.sha).toBe(baseTree);
  expect(
    (await api('POST', `/repos/${REPO}/git/trees`, { tree: [{ path: 'a', mode: '100644', type: 'tree', sha: text.json.sha }] })).status,
  ).toBe(422);
  expect((await api('POST', `/repos/${REPO}/git/trees`, { tree: [{ path: 'a', mode: '100644', type: 'blob', sha: main }] })).status).toBe(
    422,
  );
  expect(
    (await api('POST', `/repos/${REPO}/git/trees`, { tree: [{ path: '../a', mode: '100644', type: 'blob', sha: text.json.sha }] })).status,
  ).toBe(422);

  const commit = await api<GitCommit>('POST', `/repos/${REPO}/git/commits`, {
    message: 'api commit',
    tree: tree.json.sha,
    parents: [main],
  });
  expect(commit).toMatchObject({
    status: 201,
    json: {
      tree: { sha: tree.json.sha },
      parents: [{ sha: main }],
      committer: { name: 'GitHub', email: 'noreply@github.com', date: '2026-01-02T03:04:05Z' },
      verification: { verified: true, reason: 'valid' },
    },
  });
  expect(execFileSync('git', ['cat-file', '-t', commit.json.sha], { cwd: fixture.origin, encoding: 'utf8' }).trim()).toBe('commit');
  const custom = await api('POST', `/repos/${REPO}/git/commits`, {
    message: 'm',
    tree: tree.json.sha,
    parents: [main],
    author: { name: 'A', email: 'a@example.com', date: '2025-06-01T10:00:00-07:00' },
  });
  expect(custom.json).toMatchObject({
    author: { name: 'A', date: '2025-06-01T10:00:00-07:00' },
    committer: { name: 'A' },
    verification: { verified: false, reason: 'unsigned' },
  });
  expect((await api<GitCommit>('GET', `/repos/${REPO}/git/commits/${commit.json.sha}`)).json.verification.verified).toBe(true);
  expect((await api('POST', `/repos/${REPO}/git/commits`, { message: 'm', tree: main })).status).toBe(422);
  expect((await api('POST', `/repos/${REPO}/git/commits`, { message: 'm', tree: tree.json.sha, parents: [tree.json.sha] })).status).toBe(
    422,
  );

  const tag = await api<GitTag>('POST', `/repos/${REPO}/git/tags`, { tag: 'v1', message: 'one', object: commit.json.sha, type: 'commit' });
  expect(tag).toMatchObject({
    status: 201,
    json: { tag: 'v1', object: { sha: commit.json.sha, type: 'commit' }, verification: { verified: true } },
  });
  expect((await api<GitTag>('GET', `/repos/${REPO}/git/tags/${tag.json.sha}`)).json.sha).toBe(tag.json.sha);
  expect((await api('POST', `/repos/${REPO}/git/tags`, { tag: 'v2', message: 'm', object: tree.json.sha, type: 'commit' })).status).toBe(
    422,
  );
  expect(double.violations).toEqual([]);
});

test('git objects: faults strike the Git Database routes like any other', async () => {
  const f = double.fault({ route: 'POST /repos/{owner}/{repo}/git/blobs', kind: '502-after' });
  const r = await api('POST', `/repos/${REPO}/git/blobs`, { content: 'landed\n' });
  expect(r.status).toBe(502);
  expect(f.hits).toBe(1);
  const sha = execFileSync('git', ['hash-object', '--stdin'], { input: 'landed\n', encoding: 'utf8' }).trim();
  expect(execFileSync('git', ['cat-file', '-p', sha], { cwd: fixture.origin, encoding: 'utf8' })).toBe('landed\n');
  double.fault({ route: 'POST /repos/{owner}/{repo}/git/commits', kind: '502-before' });
  const tree = fixture.git('rev-parse', 'main^{tree}');
  expect((await api('POST', `/repos/${REPO}/git/commits`, { message: 'm', tree })).status).toBe(502);
  expect(double.log.at(-1)).toMatchObject({ route: 'POST /repos/{owner}/{repo}/git/commits', fault: '502-before' });
  expect(double.violations).toEqual([]);
});

test('releases: create tags the target, no duplicates, by tag, update, list, drafts', async () => {
  const main = fixture.git('rev-parse', 'main');
  const created = await api<Release>('POST', `/repos/${REPO}/releases`, { tag_name: 'app-1.0.0', name: 'app 1.0.0', body: 'notes' });
  expect(created.status).toBe(201);
  expect(created.json.html_url).toBe(`${double.url}/octo/charts/releases/tag/app-1.0.0`);
  expect(fixture.git('ls-remote', 'origin', 'refs/tags/app-1.0.0')).toBe(`${main}\trefs/tags/app-1.0.0`);
  const dup = await api<ErrorReply>('POST', `/repos/${REPO}/releases`, { tag_name: 'app-1.0.0' });
  expect(dup.status).toBe(422);
  expect(dup.json.errors[0]).toMatchObject({ resource: 'Release', code: 'already_exists', field: 'tag_name' });
  expect((await api<Release>('GET', `/repos/${REPO}/releases/tags/app-1.0.0`)).json.id).toBe(created.json.id);
  const draft = await api<Release>('POST', `/repos/${REPO}/releases`, { tag_name: 'app-2.0.0', draft: true });
  expect((await api('GET', `/repos/${REPO}/releases/tags/app-2.0.0`)).status).toBe(404);
  expect(fixture.git('ls-remote', 'origin', 'refs/tags/app-2.0.0')).toBe('');
  const published = await api('PATCH', `/repos/${REPO}/releases/${draft.json.id}`, { draft: false, body: 'now' });
  expect(published.json).toMatchObject({ draft: false, body: 'now' });
  expect(fixture.git('ls-remote', 'origin', 'refs/tags/app-2.0.0')).not.toBe('');
  expect((await api<Release[]>('GET', `/repos/${REPO}/releases`)).json.map((r) => r.tag_name)).toEqual(['app-2.0.0', 'app-1.0.0']);
  expect((await api<Release>('GET', `/repos/${REPO}/releases/${created.json.id}`)).json.tag_name).toBe('app-1.0.0');
  expect(double.releases(REPO)).toHaveLength(2);
  expect(double.violations).toEqual([]);
});

test('check runs and the combined status are what the test set', async () => {
  const sha = fixture.git('rev-parse', 'main');
  double.setCheckRuns(REPO, 'main', [
    { name: 'lint', status: 'completed', conclusion: 'success' },
    { name: 'e2e', status: 'in_progress' },
  ]);
  double.setStatuses(REPO, sha, [{ context: 'ci/legacy', state: 'failure', targetUrl: 'https://ci.example/1' }]);
  const runs = await api<CheckRuns>('GET', `/repos/${REPO}/commits/${sha}/check-runs`);
  expect(runs.json.total_count).toBe(2);
  expect(runs.json.check_runs.map((c) => [c.name, c.status, c.conclusion])).toEqual([
    ['lint', 'completed', 'success'],
    ['e2e', 'in_progress', null],
  ]);
  expect((await api<CheckRuns>('GET', `/repos/${REPO}/commits/main/check-runs?check_name=e2e`)).json.total_count).toBe(1);
  const status = await api('GET', `/repos/${REPO}/commits/main/status`);
  expect(status.json).toMatchObject({ state: 'failure', sha, total_count: 1, statuses: [{ context: 'ci/legacy', state: 'failure' }] });
  expect((await api('GET', `/repos/${REPO}/commits/${'0'.repeat(40)}/status`)).status).toBe(404);
  expect(double.violations).toEqual([]);
});

describe('OpenAPI validation', () => {
  test.each([
    [
      'a body of the wrong type',
      'POST',
      `/repos/${REPO}/pulls`,
      { title: 't', head: 'x', base: 'main', draft: 'yes' },
      /request body \/draft must be boolean/,
    ],
    ['a missing required body field', 'POST', `/repos/${REPO}/git/refs`, { ref: 'refs/heads/x' }, /must have required property 'sha'/],
    [
      'a bad enum in the body',
      'PUT',
      `/repos/${REPO}/pulls/1/merge`,
      { merge_method: 'fast-forward' },
      /merge_method must be equal to one of the allowed values/,
    ],
    ['an undeclared route', 'GET', `/repos/${REPO}/no-such-thing`, undefined, /is not in GitHub's OpenAPI description/],
    ['an undeclared method', 'DELETE', `/repos/${REPO}/pulls/1`, undefined, /is not in GitHub's OpenAPI description/],
    [
      'a route the double does not implement',
      'GET',
      `/repos/${REPO}/branches`,
      undefined,
      /declared by GitHub but not implemented by the double/,
    ],
    ['an undeclared query parameter', 'GET', `/repos/${REPO}/pulls?status=open`, undefined, /query parameter "status" is not declared/],
    [
      'a query parameter of the wrong type',
      'GET',
      `/repos/${REPO}/pulls?per_page=lots`,
      undefined,
      /query parameter "per_page" must be integer/,
    ],
    [
      'a query value outside its enum',
      'GET',
      `/repos/${REPO}/pulls?state=merged`,
      undefined,
      /query parameter "state" must be equal to one of the allowed values/,
    ],
    ['a path parameter of the wrong type', 'GET', `/repos/${REPO}/pulls/abc`, undefined, /path parameter "pull_number" must be integer/],
    ['a body that is not JSON', 'POST', `/repos/${REPO}/pulls`, '{title', /request body is not JSON/],
  ] as const)('%s is answered 400 and recorded', async (_name, method, path, body, problem) => {
    const r = await api<ErrorReply>(method, path, body);
    expect(r.status).toBe(400);
    expect(r.json.message).toMatch(problem);
    expect(double.violations).toHaveLength(1);
    expect(double.violations[0]).toMatch(problem);
  });

  test('a response that breaks the schema is answered 500 and recorded', async () => {
    await openPull('tampered');
    double.tamper('GET /repos/{owner}/{repo}/pulls/{pull_number}', (body) => ({ ...(body as object), number: 'one' }));
    const r = await api('GET', `/repos/${REPO}/pulls/1`);
    expect(r.status).toBe(500);
    expect(double.violations).toEqual([`GET /repos/${REPO}/pulls/1: response 200 body /number must be integer {"type":"integer"}`]);
  });

  test('GraphQL requests are shape-checked by hand', async () => {
    expect((await api('POST', '/graphql', { variables: {} })).status).toBe(400);
    expect((await api('POST', '/graphql', { query: '{ viewer { login } }' })).status).toBe(400);
    expect(double.violations).toEqual([
      'POST /graphql: GraphQL body needs a non-empty string "query"',
      expect.stringMatching(/GraphQL document is neither/),
    ]);
  });
});

describe('auth', () => {
  test.each([
    ['no header', undefined],
    ['a wrong token', 'token nope'],
    ['a wrong scheme', `Basic ${Buffer.from('x:y').toString('base64')}`],
  ])('%s is 401', async (_name, header) => {
    const r = await fetch(`${double.url}/repos/${REPO}`, { headers: header ? { authorization: header } : {} });
    expect(r.status).toBe(401);
    expect(((await r.json()) as { message: string }).message).toBe('Bad credentials');
  });

  test('Bearer works like token', async () => {
    const r = await fetch(`${double.url}/repos/${REPO}`, { headers: { authorization: `Bearer ${double.token}` } });
    expect(r.status).toBe(200);
    expect(((await r.json()) as Schemas['full-repository']).default_branch).toBe('main');
  });

  test('a read-only token reads but cannot write', async () => {
    branch('ro', { 'ro.txt': 'ro\n' });
    double.readOnly = true;
    expect((await api('GET', `/repos/${REPO}/pulls`)).status).toBe(200);
    const w = await api('POST', `/repos/${REPO}/pulls`, { title: 't', head: 'ro', base: 'main' });
    expect(w).toMatchObject({ status: 403, json: { message: 'Resource not accessible by integration' } });
    const g = await api<GraphqlReply>('POST', '/graphql', {
      query: 'mutation($id: ID!) { enablePullRequestAutoMerge(input: {pullRequestId: $id}) { clientMutationId } }',
      variables: { id: 'PR_x' },
    });
    expect(g.json.errors[0]).toMatchObject({ type: 'FORBIDDEN', message: 'Resource not accessible by integration' });
    expect(double.pulls(REPO)).toEqual([]);
    expect(double.violations).toEqual([]);
  });

  test('Actions may be forbidden to create pull requests', async () => {
    branch('nope', { 'n.txt': 'n\n' });
    double.forbidPullRequestCreation = true;
    const r = await api('POST', `/repos/${REPO}/pulls`, { title: 't', head: 'nope', base: 'main' });
    expect(r).toMatchObject({ status: 403, json: { message: 'GitHub Actions is not permitted to create or approve pull requests.' } });
    expect(double.violations).toEqual([]);
  });
});

describe('faults', () => {
  test('502 before handling: nothing happens, the retry creates the PR', async () => {
    branch('f1', { 'f1.txt': 'x\n' });
    const f = double.fault({ route: PULLS, kind: '502-before' });
    const body = { title: 't', head: 'f1', base: 'main' };
    expect((await api('POST', `/repos/${REPO}/pulls`, body)).status).toBe(502);
    expect(double.pulls(REPO)).toEqual([]);
    expect((await api('POST', `/repos/${REPO}/pulls`, body)).status).toBe(201);
    expect(f).toMatchObject({ hits: 1, remaining: 0 });
    expect(double.count(PULLS)).toBe(2);
    expect(double.count(PULLS, 201)).toBe(1);
  });

  test('502 after handling: the PR exists, the retry meets "already exists"', async () => {
    branch('f2', { 'f2.txt': 'x\n' });
    double.fault({ route: PULLS, kind: '502-after' });
    const body = { title: 't', head: 'f2', base: 'main' };
    expect((await api('POST', `/repos/${REPO}/pulls`, body)).status).toBe(502);
    expect(double.pulls(REPO)).toHaveLength(1);
    const retry = await api<ErrorReply>('POST', `/repos/${REPO}/pulls`, body);
    expect(retry.status).toBe(422);
    expect(retry.json.errors[0].message).toBe('A pull request already exists for octo:f2.');
    expect(double.log.filter((e) => e.route === PULLS).map((e) => [e.status, e.fault])).toEqual([
      [502, '502-after'],
      [422, undefined],
    ]);
    expect(double.violations).toEqual([]);
  });

  test('garbled answers: an HTML 200 (nothing happens, headers echoed on request), JSON cut off mid-way, {} (after the change, when landed)', async () => {
    branch('g1', { 'g1.txt': 'x\n' });
    const raw = async (method: string, path: string, body?: unknown) => {
      const res = await fetch(`${double.url}${path}`, {
        method,
        headers: { authorization: `token ${double.token}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return {
        status: res.status,
        type: res.headers.get('content-type'),
        text: await res.text().catch((e: Error) => `failed: ${e.message}`),
      };
    };
    double.fault({ route: PULLS, kind: 'html-200', echoHeaders: true });
    const html = await raw('POST', `/repos/${REPO}/pulls`, { title: 't', head: 'g1', base: 'main' });
    expect(html).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect(html.text).toMatch(/^<!DOCTYPE html>/);
    expect(html.text).toContain(`authorization: token ${double.token}`);
    expect(double.pulls(REPO)).toEqual([]);

    double.fault({ route: PULLS, kind: 'empty-json', landed: true });
    expect(await raw('POST', `/repos/${REPO}/pulls`, { title: 't', head: 'g1', base: 'main' })).toMatchObject({ status: 201, text: '{}' });
    expect(double.pulls(REPO)).toHaveLength(1);

    double.fault({ route: 'GET /repos/{owner}/{repo}/pulls', kind: 'truncated-json' });
    const cut = await raw('GET', `/repos/${REPO}/pulls`);
    expect(cut.status).toBe(200);
    expect(cut.text).toMatch(/^failed: /);
    const cutEntry = double.log[double.log.length - 1];
    expect(cutEntry.fault).toBe('truncated-json');
    expect(cutEntry.responseBody).toMatch(/^\[\{"url":/);
    expect(() => JSON.parse(cutEntry.responseBody)).toThrow();
    expect(double.violations).toEqual([]);
  });

  test('a fault on "*" strikes whatever route comes next', async () => {
    const f = double.fault({ route: '*', kind: '502-before', times: 2 });
    expect((await api('GET', `/repos/${REPO}`)).status).toBe(502);
    expect((await api('GET', `/repos/${REPO}/releases`)).status).toBe(502);
    expect((await api('GET', `/repos/${REPO}/releases`)).status).toBe(200);
    expect(double.log.map((e) => e.fault)).toEqual(['502-before', '502-before', undefined]);
    expect(f.hits).toBe(2);
  });

  test.each([403, 429] as const)('secondary rate limit %i with retry-after, counted, then normal service', async (status) => {
    const f = double.fault({ route: 'GET /repos/{owner}/{repo}', kind: 'secondary-rate-limit', retryAfter: 7, times: 2, status });
    for (let i = 0; i < 2; i++) {
      const r = await api<ErrorReply>('GET', `/repos/${REPO}`);
      expect(r.status).toBe(status);
      expect(r.headers.get('retry-after')).toBe('7');
      expect(r.json.message).toMatch(/secondary rate limit/);
    }
    expect((await api('GET', `/repos/${REPO}`)).status).toBe(200);
    expect(f.hits).toBe(2);
  });

  test.each([
    [200, (j: GraphqlReply) => j.errors[0]],
    [422, (j: GraphqlReply) => j],
  ] as const)(
    '"Could not resolve to a node" (status %i) strikes the GraphQL call once, only after a PR create',
    async (status, messageOf) => {
      const f = double.fault({ route: 'POST /graphql', kind: 'node-not-found', status });
      const enable = (id: string) =>
        api<GraphqlReply<{ enablePullRequestAutoMerge: { pullRequest: unknown } }>>('POST', '/graphql', {
          query:
            'mutation($pullRequestId: ID!, $mergeMethod: PullRequestMergeMethod!) {\n  enablePullRequestAutoMerge(input: { pullRequestId: $pullRequestId, mergeMethod: $mergeMethod }) { pullRequest { id } }\n}',
          variables: { pullRequestId: id, mergeMethod: 'SQUASH' },
        });
      expect((await enable('PR_unknown')).json.errors[0].type).toBe('NOT_FOUND'); // not armed yet: a real lookup
      expect(f.hits).toBe(0);
      const pr = await openPull('auto');
      const first = await enable(pr.node_id);
      expect(first.status).toBe(status);
      expect(messageOf(first.json).message).toBe(`Could not resolve to a node with the global id of '${pr.node_id}'.`);
      if (status === 200) expect(first.json.errors[0]).toMatchObject({ type: 'NOT_FOUND', path: ['enablePullRequestAutoMerge'] });
      const second = await enable(pr.node_id);
      expect(second.status).toBe(200);
      expect(second.json.data.enablePullRequestAutoMerge.pullRequest).toMatchObject({
        id: pr.node_id,
        autoMergeRequest: { mergeMethod: 'SQUASH' },
      });
      expect((await api<Pull>('GET', `/repos/${REPO}/pulls/${pr.number}`)).json.auto_merge).toMatchObject({ merge_method: 'squash' });
      expect(f.hits).toBe(1);
      expect(double.violations).toEqual([]);
    },
  );
});

test('GraphQL resolves a PR node id and refuses auto-merge where the repository does not allow it', async () => {
  const pr = await openPull('gql');
  const q = await api<GraphqlReply<{ repository: { pullRequest: { id: string } } }>>('POST', '/graphql', {
    query:
      'query($owner: String!, $name: String!, $number: Int!) { repository(owner: $owner, name: $name) { pullRequest(number: $number) { id } } }',
    variables: { owner: 'octo', name: 'charts', number: pr.number },
  });
  expect(q.json.data.repository.pullRequest.id).toBe(pr.node_id);
  const other = GitFixture.create({ 'x.txt': 'x\n' });
  const d2 = await startGitHubDouble({ repositories: [{ fullName: 'octo/other', path: other.origin }], token: 'ghs_fixed' });
  try {
    other.checkout('b', true);
    other.commit('feat: b', { 'b.txt': 'b\n' });
    other.push('b');
    const created = await fetch(`${d2.url}/repos/octo/other/pulls`, {
      method: 'POST',
      headers: { authorization: 'Bearer ghs_fixed' },
      body: JSON.stringify({ title: 't', head: 'b', base: 'main' }),
    });
    const id = ((await created.json()) as Pull).node_id;
    const r = await fetch(d2.graphqlUrl, {
      method: 'POST',
      headers: { authorization: 'Bearer ghs_fixed' },
      body: JSON.stringify({ query: `mutation { enablePullRequestAutoMerge(input: {pullRequestId: "${id}"}) { clientMutationId } }` }),
    });
    expect(((await r.json()) as GraphqlReply).errors[0]).toMatchObject({
      type: 'UNPROCESSABLE',
      message: 'Pull request Auto merge is not allowed for this repository',
    });
    expect(d2.violations).toEqual([]);
  } finally {
    await d2.stop();
    other.cleanup();
  }
});

test('the request log records every request with the injected clock and never the token', async () => {
  const pr = await openPull('logged');
  now += 1000;
  await api('POST', `/repos/${REPO}/issues/${pr.number}/comments`, { body: 'hi' });
  await api('GET', `/repos/${REPO}/pulls`, undefined, 'wrong');
  expect(double.log.map((e) => [e.method, e.route, e.status, e.at])).toEqual([
    ['POST', PULLS, 201, Date.parse('2026-01-02T03:04:05Z')],
    ['POST', 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments', 201, Date.parse('2026-01-02T03:04:06Z')],
    ['GET', undefined, 401, Date.parse('2026-01-02T03:04:06Z')],
  ]);
  expect(double.count(PULLS)).toBe(1);
  expect(JSON.stringify(double.log)).not.toContain(double.token);
  expect(double.env()).toEqual({ GITHUB_API_URL: double.url, GITHUB_GRAPHQL_URL: `${double.url}/graphql`, GITHUB_SERVER_URL: double.url });
});

test('seeded state is served like created state', async () => {
  branch('seeded', { 's.txt': 's\n' });
  const p = double.seedPull(REPO, { head: 'seeded', title: 'chore: earlier run', labels: ['release'] });
  const listed = await api<PullItem[]>('GET', `/repos/${REPO}/pulls?head=octo:seeded`);
  expect(listed.json).toHaveLength(1);
  expect(listed.json[0]).toMatchObject({ number: p.number, title: 'chore: earlier run', labels: [{ name: 'release' }] });
  fixture.git('tag', 'v0.1.0');
  fixture.push('v0.1.0');
  double.seedRelease(REPO, { tag: 'v0.1.0' });
  expect((await api<Release>('GET', `/repos/${REPO}/releases/latest`)).json.tag_name).toBe('v0.1.0');
  expect(double.log).toHaveLength(2);
  expect(double.violations).toEqual([]);
});

test('reviews a test adds are listed, and the reviewer is no longer requested', async () => {
  const pr = await openPull('reviewed');
  await api('POST', `/repos/${REPO}/pulls/${pr.number}/requested_reviewers`, { reviewers: ['alice', 'bob'] });
  double.addReview(REPO, pr.number, { login: 'alice', state: 'APPROVED' });
  const reviews = await api<Review[]>('GET', `/repos/${REPO}/pulls/${pr.number}/reviews?per_page=100`);
  expect(reviews.json.map((r) => [r.user.login, r.state, r.commit_id])).toEqual([['alice', 'APPROVED', pr.head.sha]]);
  expect((await api<ReviewRequest>('GET', `/repos/${REPO}/pulls/${pr.number}/requested_reviewers`)).json.users.map((u) => u.login)).toEqual(
    ['bob'],
  );
  expect(double.violations).toEqual([]);
});

test("Octokit's own requests (REST, pagination, GraphQL) pass the validation", async () => {
  const octokit = new Octokit({ auth: double.token, baseUrl: double.url });
  branch('okto', { 'o.txt': 'o\n' });
  const { data: pr } = await octokit.request('POST /repos/{owner}/{repo}/pulls', {
    owner: 'octo',
    repo: 'charts',
    title: 'feat: okto',
    head: 'okto',
    base: 'main',
    draft: false,
  });
  for (let i = 0; i < 3; i++)
    await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner: 'octo',
      repo: 'charts',
      issue_number: pr.number,
      body: `c${i}`,
    });
  const pages: number[] = [];
  let url: string | undefined = `/repos/octo/charts/issues/${pr.number}/comments?per_page=2`;
  while (url) {
    const r: { data: unknown[]; headers: { link?: string } } = await octokit.request(`GET ${url}`);
    pages.push(r.data.length);
    url = /<([^>]+)>; rel="next"/.exec(r.headers.link ?? '')?.[1];
  }
  expect(pages).toEqual([2, 1]);
  await octokit.request('PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge', { owner: 'octo', repo: 'charts', pull_number: pr.number });
  await octokit.request('DELETE /repos/{owner}/{repo}/git/refs/{ref}', { owner: 'octo', repo: 'charts', ref: 'heads/okto' });
  const q = await octokit.graphql<{ repository: { pullRequest: { id: string } } }>(
    'query($owner: String!, $name: String!, $number: Int!) { repository(owner: $owner, name: $name) { pullRequest(number: $number) { id } } }',
    {
      owner: 'octo',
      name: 'charts',
      number: pr.number,
    },
  );
  expect(q.repository.pullRequest.id).toBe(pr.node_id);
  expect(double.log.map((e) => e.status)).toEqual([201, 201, 201, 201, 200, 200, 200, 204, 200]);
  expect(double.violations).toEqual([]);
});
