import { GitFixture } from '../../../../action-tests/harness/git-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../../../../action-tests/harness/github-double/index.ts';
import { createGitHub, type GitHub, GitHubError } from '../../src/github/client.ts';
import { createRelease, findDraftRelease } from '../../src/github/releases.ts';

// github/releases.ts against the OpenAPI-validated double on a repository with immutable releases on:
// the release is made as a draft and published once, a draft a killed run left is published rather than
// doubled, and a published one is never edited. The double's request log is the witness.

const REPO = 'octo/immutable';
const CREATE = 'POST /repos/{owner}/{repo}/releases';
const UPDATE = 'PATCH /repos/{owner}/{repo}/releases/{release_id}';
const REL = { tag: 'v1.2.0', name: 'v1.2.0', body: 'notes', prerelease: false };

let fixture: GitFixture;
let double: GitHubDouble;
let head: string;

function client(): GitHub {
  return createGitHub({ token: double.token, repository: REPO, env: double.env(), minMutationGapMs: 0, sleep: async () => {} });
}

/** The release writes the double answered: route, status and the request's JSON. */
const writes = () =>
  double.log
    .filter((e) => e.route === CREATE || e.route === UPDATE)
    .map((e) => ({ route: e.route, status: e.status, body: JSON.parse(e.requestBody) as unknown }));

beforeEach(async () => {
  fixture = GitFixture.create({ 'README.md': 'hello\n' });
  head = fixture.git('rev-parse', 'HEAD');
  // The tag is pushed before the release is made, as publishRelease does.
  fixture.git('tag', '-a', '-m', 'Release 1.2.0', 'v1.2.0');
  fixture.git('push', '--quiet', 'origin', 'v1.2.0');
  double = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fixture.origin, immutableReleases: true }] });
});

afterEach(async () => {
  await double.stop();
  fixture.cleanup();
  expect(double.violations).toEqual([]);
});

test('made as a draft with its tag and target, then published once: immutable', async () => {
  const r = await createRelease(client(), { ...REL, target: head });
  expect(r).toMatchObject({ outcome: 'created', resumed: false, release: { tag: 'v1.2.0', draft: false, body: 'notes' } });
  const [made] = double.releases(REPO);
  expect(writes()).toEqual([
    {
      route: CREATE,
      status: 201,
      body: { tag_name: 'v1.2.0', name: 'v1.2.0', body: 'notes', prerelease: false, draft: true, target_commitish: head },
    },
    { route: UPDATE, status: 200, body: { tag_name: 'v1.2.0', draft: false } },
  ]);
  expect(double.log.find((e) => e.route === UPDATE)?.path).toBe(`/repos/octo/immutable/releases/${made.id}`);
  expect(double.releases(REPO).map((x) => [x.id, x.tag, x.draft, x.immutable])).toEqual([[r.release.id, 'v1.2.0', false, true]]);
});

test('a draft a killed run left is published, the same one: no second release', async () => {
  const left = double.seedRelease(REPO, { tag: 'v1.2.0', name: 'v1.2.0', body: 'notes', draft: true, target: head });
  const r = await createRelease(client(), { ...REL, target: head });
  expect(r).toMatchObject({ outcome: 'created', resumed: true, release: { id: left.id, tag: 'v1.2.0', draft: false } });
  expect(writes()).toEqual([{ route: UPDATE, status: 200, body: { tag_name: 'v1.2.0', draft: false } }]);
  expect(double.releases(REPO).map((x) => [x.id, x.draft, x.immutable])).toEqual([[left.id, false, true]]);
});

test('a published release is left as it is: no write at all', async () => {
  const published = double.seedRelease(REPO, { tag: 'v1.2.0', body: 'old notes' });
  const r = await createRelease(client(), { ...REL, body: 'new notes', target: head });
  expect(r).toMatchObject({ outcome: 'existing', resumed: false, release: { id: published.id, body: 'old notes' } });
  expect(writes()).toEqual([]);
});

test('the answer to the publish was lost: found published by its tag, not sent again', async () => {
  double.fault({ route: UPDATE, kind: '502-after' });
  const r = await createRelease(client(), { ...REL, target: head });
  expect(r).toMatchObject({ outcome: 'created', release: { tag: 'v1.2.0', draft: false } });
  expect(writes().map((w) => [w.route, w.status])).toEqual([
    [CREATE, 201],
    [UPDATE, 502],
  ]);
  expect(double.releases(REPO)).toHaveLength(1);
});

test('a tag a deleted immutable release used: GitHub refuses the publish (422); the error says what to do, in one line', async () => {
  double.deleteRelease(REPO, double.seedRelease(REPO, { tag: 'v1.2.0' }).id);
  const e = await createRelease(client(), { ...REL, target: head }).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(GitHubError);
  expect((e as GitHubError).status).toBe(422);
  expect((e as GitHubError).message).toBe(
    'GitHub refuses to publish the release v1.2.0: an immutable release used that tag before and was deleted, and GitHub never lets such a tag be used again — release a later version (the draft v1.2.0 this run made or found is left for you to delete)',
  );
  expect((e as GitHubError).apiMessage).toBe('Validation Failed: tag_name was used by an immutable release');
});

test('findDraftRelease reads the list past its first page and matches tag and draft', async () => {
  const wanted = double.seedRelease(REPO, { tag: 'v1.2.0', draft: true });
  for (let i = 0; i < 100; i++) double.seedRelease(REPO, { tag: `v0.0.${i}`, draft: true });
  double.seedRelease(REPO, { tag: 'v1.2.0' });
  expect(await findDraftRelease(client(), 'v1.2.0')).toMatchObject({ id: wanted.id, draft: true });
  expect(double.log.filter((e) => e.route === 'GET /repos/{owner}/{repo}/releases').map((e) => e.path)).toEqual([
    '/repos/octo/immutable/releases?per_page=100',
    `/repos/octo/immutable/releases?per_page=100&page=2`,
  ]);
  expect(await findDraftRelease(client(), 'v9.9.9')).toBeUndefined();
});
