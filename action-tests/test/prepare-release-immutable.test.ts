import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GIT_ENV, type GitFixture } from '../harness/git-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../harness/github-double/index.ts';
import { type ActionRun, runAction } from '../harness/run-action.ts';
import { pushToMainEnv, releasedWithFeature } from '../harness/push-env.ts';

// Issue 77, "Immutable-release safe": prepare-release's committed bundle on Node 24 publishes a merged
// release on a repository with immutable releases on (the GitHub double answers as GitHub does there):
// the Release is made as a draft and published once; a job killed after the draft and run again
// publishes that same draft; a rerun after the publish edits nothing.

const REPO = 'acme/mono';
const CREATE = 'POST /repos/{owner}/{repo}/releases';
const UPDATE = 'PATCH /repos/{owner}/{repo}/releases/{release_id}';
const UPLOAD = 'POST /repos/{owner}/{repo}/releases/{release_id}/assets';

const git = (dir: string, ...args: string[]) =>
  execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } }).trim();
const errors = (r: ActionRun) => r.annotations.filter((a) => a.level === 'error').map((a) => a.message);

let fx: GitFixture;
let gh: GitHubDouble;
/** The one commit released, `feat(api): add export (#12)`. */
let feat: string;

beforeEach(async () => {
  ({ fx, feat } = releasedWithFeature());
  gh = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fx.origin, immutableReleases: true }] });
});

afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.stop();
  fx.cleanup();
});

function run(dir = fx.clone('main', 1), inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction('prepare-release', {
    workspace: dir,
    inputs: { 'github-token': gh.token, ...inputs },
    eventName: 'push',
    env: pushToMainEnv(gh, REPO),
    timeoutMs: 120000,
  });
}

/** The release PR opened and merged; the log emptied: the next run on main publishes v1.5.0. Returns main's tip. */
async function mergedReleasePr(): Promise<string> {
  expect((await run()).outputs['pr-number']).toBe('1');
  const res = await fetch(`${gh.url}/repos/${REPO}/pulls/1/merge`, {
    method: 'PUT',
    headers: { authorization: `token ${gh.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ merge_method: 'squash' }),
  });
  expect(res.status).toBe(200);
  gh.log.length = 0;
  return git(fx.origin, 'rev-parse', 'main');
}

/** The release writes the double answered, in order: route, path, status and the request's JSON. */
const writes = () =>
  gh.log
    .filter((e) => e.route === CREATE || e.route === UPDATE)
    .map((e) => ({ route: e.route, path: e.path, status: e.status, body: JSON.parse(e.requestBody) as unknown }));

test('a merged release is made as a draft, then published once: one release, immutable', async () => {
  const main = await mergedReleasePr();
  const r = await run();
  expect(errors(r)).toEqual([]);
  expect(r.code).toBe(0);
  expect(r.outputs).toMatchObject({ released: 'true', tag: 'v1.5.0', version: '1.5.0' });
  const [release] = gh.releases(REPO);
  expect(gh.releases(REPO).map((x) => [x.tag, x.draft, x.immutable, x.target])).toEqual([['v1.5.0', false, true, main]]);
  expect(writes()).toEqual([
    {
      route: CREATE,
      path: '/repos/acme/mono/releases',
      status: 201,
      body: { tag_name: 'v1.5.0', name: 'v1.5.0', body: release.body, prerelease: false, draft: true, target_commitish: main },
    },
    { route: UPDATE, path: `/repos/acme/mono/releases/${release.id}`, status: 200, body: { tag_name: 'v1.5.0', draft: false } },
  ]);
  expect(release.body).toBe(
    `### Features\n\n* **api:** add export ([#12](${gh.url}/acme/mono/pull/12)) ([${feat.slice(0, 7)}](${gh.url}/acme/mono/commit/${feat}))\n`,
  );
  expect(r.stdout).toContain(`Created the GitHub Release v1.5.0 as a draft and published it: ${gh.url}/acme/mono/releases/tag/v1.5.0`);
});

test('a job killed after the draft, run again: that same draft is published, no second release', async () => {
  const main = await mergedReleasePr();
  // What the killed job left: the tag pushed, the Release a draft.
  const dir = fx.clone('main', 1);
  git(dir, 'tag', '-a', '-m', 'Release 1.5.0', 'v1.5.0');
  git(dir, 'push', '-q', 'origin', 'refs/tags/v1.5.0');
  const draft = gh.seedRelease(REPO, { tag: 'v1.5.0', name: 'v1.5.0', body: 'notes of the killed run', draft: true, target: main });
  const r = await run(dir);
  expect(errors(r)).toEqual([]);
  expect(r.code).toBe(0);
  expect(r.outputs).toMatchObject({ released: 'true', tag: 'v1.5.0' });
  expect(gh.count(CREATE)).toBe(0);
  expect(writes()).toEqual([
    { route: UPDATE, path: `/repos/acme/mono/releases/${draft.id}`, status: 200, body: { tag_name: 'v1.5.0', draft: false } },
  ]);
  expect(gh.releases(REPO).map((x) => [x.id, x.tag, x.draft, x.immutable])).toEqual([[draft.id, 'v1.5.0', false, true]]);
  expect(r.stdout).toContain(
    `Published the draft GitHub Release v1.5.0 an earlier run left (it was stopped before publishing it): ${gh.url}/acme/mono/releases/tag/v1.5.0`,
  );
});

test('a rerun after the publish edits nothing: no PATCH, "already exists"', async () => {
  await mergedReleasePr();
  expect((await run()).outputs.released).toBe('true');
  // The publish this rerun follows: the draft, then its one PATCH.
  expect(writes().map((w) => [w.route, (w.body as { draft: boolean }).draft])).toEqual([
    [CREATE, true],
    [UPDATE, false],
  ]);
  const [published] = gh.releases(REPO);
  expect(published).toMatchObject({ draft: false, immutable: true });
  gh.log.length = 0;
  const again = await run();
  expect(errors(again)).toEqual([]);
  expect(again.code).toBe(0);
  expect(again.outputs).toMatchObject({ released: 'false', tag: 'v1.5.0' });
  expect(writes()).toEqual([]);
  expect(gh.releases(REPO)).toEqual([published]);
  expect(again.stdout).toContain(`GitHub Release v1.5.0 already exists: ${gh.url}/acme/mono/releases/tag/v1.5.0`);
  expect(again.summary).toMatch(/already tagged and published/);
});

test("assets: image-digests.json is uploaded to the draft, then the draft is published once; a killed run's draft is completed", async () => {
  const main = await mergedReleasePr();
  const dir = fx.clone('main', 1);
  writeFileSync(join(dir, 'image-digests.json'), '{"api":"sha256:aa"}\n');
  // What a killed job left: the tag pushed, a draft holding a cut-off copy of the file.
  git(dir, 'tag', '-a', '-m', 'Release 1.5.0', 'v1.5.0');
  git(dir, 'push', '-q', 'origin', 'refs/tags/v1.5.0');
  const draft = gh.seedRelease(REPO, { tag: 'v1.5.0', name: 'v1.5.0', body: 'notes', draft: true, target: main });
  const cut = await fetch(`${gh.url}/uploads/repos/${REPO}/releases/${draft.id}/assets?name=image-digests.json`, {
    method: 'POST',
    headers: { authorization: `token ${gh.token}`, 'content-type': 'application/octet-stream' },
    body: '{"api":',
  });
  expect(cut.status).toBe(201);
  gh.log.length = 0;
  const r = await run(dir, { assets: 'image-digests.json' });
  expect(errors(r)).toEqual([]);
  expect(r.code).toBe(0);
  expect(gh.log.filter((e) => e.method !== 'GET').map((e) => [e.route, e.status])).toEqual([
    ['DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}', 204],
    [UPLOAD, 201],
    [UPDATE, 200],
  ]);
  const [release] = gh.releases(REPO);
  expect([release.id, release.draft, release.immutable]).toEqual([draft.id, false, true]);
  expect(release.assets.map((a) => [a.name, a.text])).toEqual([['image-digests.json', '{"api":"sha256:aa"}\n']]);
  expect(r.stdout).toContain('Asset image-digests.json: the draft held another file of that name, replaced by this one.');
});

test('assets: a line matching no file is a usage error naming the input, before any request; nothing is created', async () => {
  await mergedReleasePr();
  const r = await run(undefined, { assets: 'image-digests.json\ndist/*.tgz' });
  expect(r.code).toBe(1);
  expect(errors(r)).toEqual([
    "input 'assets': 'image-digests.json' matches no file — fix the path or glob (relative to working-directory)",
  ]);
  expect(gh.log).toEqual([]);
  expect(gh.releases(REPO)).toEqual([]);
  expect(git(fx.origin, 'tag', '--list', 'v1.5.0')).toBe('');
});
