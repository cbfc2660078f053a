import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GitFixture } from '../harness/git-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../harness/github-double/index.ts';

// The GitHub double itself, driven with plain fetch: state, real merges in the
// bare repository, OpenAPI validation of both directions, auth, faults, log.

const REPO = 'octo/charts';
const PULLS = 'POST /repos/{owner}/{repo}/pulls';
let fixture: GitFixture;
let double: GitHubDouble;
let now: number;

async function api(method: string, path: string, body?: unknown, token = double.token): Promise<{ status: number; json: any; headers: Headers }> {
  const res = await fetch(`${double.url}${path}`, {
    method,
    headers: { authorization: `token ${token}`, accept: 'application/vnd.github+json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : undefined, headers: res.headers };
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
  double = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fixture.origin, allowAutoMerge: true }], now: () => new Date(now) });
});

afterEach(async () => {
  await double.stop();
  fixture.cleanup();
});

test('the OpenAPI subset loads quickly from its cache', () => {
  // The first file in a fresh checkout builds the cache (≈1–2 s); later ones read a small JSON file.
  expect(double.openapi.ms).toBeLessThan(double.openapi.fromCache ? 500 : 15000);
});

test('create → list → get → merge performs a real merge in the bare repository', async () => {
  const head = branch('release/app-1.1.0', { 'charts/app/Chart.yaml': 'name: app\nversion: 1.1.0\n' });
  const created = await api('POST', `/repos/${REPO}/pulls`, { title: 'chore: release app 1.1.0', head: 'release/app-1.1.0', base: 'main', body: 'notes' });
  expect(created.status).toBe(201);
  expect(created.json).toMatchObject({ number: 1, state: 'open', draft: false, head: { ref: 'release/app-1.1.0', sha: head }, base: { ref: 'main' } });
  expect(created.json.html_url).toBe(`${double.url}/octo/charts/pull/1`);

  const listed = await api('GET', `/repos/${REPO}/pulls?state=open&head=octo:release/app-1.1.0&base=main`);
  expect(listed.status).toBe(200);
  expect(listed.json.map((p: any) => p.number)).toEqual([1]);
  expect((await api('GET', `/repos/${REPO}/pulls?head=octo:other`)).json).toEqual([]);

  const got = await api('GET', `/repos/${REPO}/pulls/1`);
  expect(got.json).toMatchObject({ mergeable: true, merged: false, commits: 1, changed_files: 1 });

  const merged = await api('PUT', `/repos/${REPO}/pulls/1/merge`, { merge_method: 'squash', sha: head });
  expect(merged.status).toBe(200);
  expect(merged.json.merged).toBe(true);

  const clone = fixture.clone('main');
  expect(readFileSync(join(clone, 'charts/app/Chart.yaml'), 'utf8')).toBe('name: app\nversion: 1.1.0\n');
  const log = execFileSync('git', ['log', '--format=%s|%P', '-1'], { cwd: clone, encoding: 'utf8' }).trim();
  expect(log.split('|')[0]).toBe('chore: release app 1.1.0 (#1)');
  expect(log.split('|')[1]!.split(' ')).toHaveLength(1);

  const after = await api('GET', `/repos/${REPO}/pulls/1`);
  expect(after.json).toMatchObject({ state: 'closed', merged: true, merge_commit_sha: merged.json.sha });
  const assoc = await api('GET', `/repos/${REPO}/commits/${merged.json.sha}/pulls`);
  expect(assoc.json.map((p: any) => p.number)).toEqual([1]);
  expect(double.violations).toEqual([]);
});
