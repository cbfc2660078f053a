import type { components } from '@octokit/openapi-types';
import { GitFixture } from '../harness/git-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../harness/github-double/index.ts';

// The double's immutable releases (releases.ts), driven with plain fetch: what GitHub answers on a
// repository with immutable releases on, every request and reply checked against its OpenAPI description.

const REPO = 'octo/immutable';
const PLAIN = 'octo/plain';
type Release = components['schemas']['release'];

/** GitHub's 422 answer: the message and what was wrong. */
interface ErrorReply {
  message: string;
  errors: { resource?: string; field?: string; code?: string; message?: string }[];
}

let fixture: GitFixture;
let double: GitHubDouble;

async function api<T = unknown>(method: string, path: string, body?: unknown): Promise<{ status: number; json: T }> {
  const res = await fetch(`${double.url}${path}`, {
    method,
    headers: {
      authorization: `token ${double.token}`,
      accept: 'application/vnd.github+json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: (text ? JSON.parse(text) : undefined) as T };
}

beforeEach(async () => {
  fixture = GitFixture.create({ 'README.md': 'hello\n' });
  double = await startGitHubDouble({
    repositories: [
      { fullName: REPO, path: fixture.origin, immutableReleases: true },
      { fullName: PLAIN, path: fixture.origin },
    ],
  });
});

afterEach(async () => {
  await double.stop();
  fixture.cleanup();
  expect(double.violations).toEqual([]);
});

test('a draft is mutable; publishing it is allowed and makes it immutable', async () => {
  const draft = await api<Release>('POST', `/repos/${REPO}/releases`, { tag_name: 'v1.0.0', target_commitish: 'main', draft: true });
  expect(draft.json).toMatchObject({ draft: true, immutable: false });
  expect((await api<Release>('PATCH', `/repos/${REPO}/releases/${draft.json.id}`, { body: 'notes' })).json).toMatchObject({
    body: 'notes',
  });
  const published = await api<Release>('PATCH', `/repos/${REPO}/releases/${draft.json.id}`, { tag_name: 'v1.0.0', draft: false });
  expect(published.status).toBe(200);
  expect(published.json).toMatchObject({ id: draft.json.id, draft: false, immutable: true, tag_name: 'v1.0.0' });
  expect((await api<Release>('GET', `/repos/${REPO}/releases/tags/v1.0.0`)).json.immutable).toBe(true);
  // The setting is the repository's: the same publish elsewhere is not immutable.
  const plain = await api<Release>('POST', `/repos/${PLAIN}/releases`, { tag_name: 'v1.0.1', target_commitish: 'main' });
  expect(plain.json.immutable).toBe(false);
});

test('a published immutable release: state, tag and target changes answer 422 as GitHub does; notes stay editable', async () => {
  const made = await api<Release>('POST', `/repos/${REPO}/releases`, { tag_name: 'v1.0.0', target_commitish: 'main', body: 'notes' });
  expect(made.json.immutable).toBe(true);
  const path = `/repos/${REPO}/releases/${made.json.id}`;
  const unpublish = await api<ErrorReply>('PATCH', path, { draft: true });
  expect(unpublish).toEqual({
    status: 422,
    json: expect.objectContaining({
      message: 'Validation Failed',
      errors: [
        { resource: 'Release', code: 'custom', field: 'state', message: 'state cannot be changed when release is immutable' },
        { resource: 'Release', code: 'custom', field: 'immutable', message: 'immutable cannot be changed when release is immutable' },
      ],
    }),
  });
  const retarget = await api<ErrorReply>('PATCH', path, { target_commitish: 'feature' });
  expect(retarget.json.errors).toEqual([
    {
      resource: 'Release',
      code: 'custom',
      field: 'target_commitish',
      message: 'target_commitish cannot be changed when release is immutable',
    },
  ]);
  const retag = await api<ErrorReply>('PATCH', path, { tag_name: 'v1.0.1' });
  expect(retag.json.errors).toEqual([
    { resource: 'Release', code: 'custom', field: 'tag_name', message: 'tag_name cannot be changed when release is immutable' },
  ]);
  const edited = await api<Release>('PATCH', path, { body: 'better notes', name: 'One' });
  expect(edited.status).toBe(200);
  expect(edited.json).toMatchObject({ body: 'better notes', name: 'One', draft: false, immutable: true, tag_name: 'v1.0.0' });
});

test('the tag of a deleted immutable release is never published again; a draft for it still can be made', async () => {
  const made = await api<Release>('POST', `/repos/${REPO}/releases`, { tag_name: 'v1.0.0', target_commitish: 'main' });
  double.deleteRelease(REPO, made.json.id);
  const again = await api<ErrorReply>('POST', `/repos/${REPO}/releases`, { tag_name: 'v1.0.0', target_commitish: 'main' });
  expect(again.status).toBe(422);
  expect(again.json).toMatchObject({
    message: 'Validation Failed',
    errors: [{ resource: 'Release', code: 'custom', field: 'tag_name', message: 'tag_name was used by an immutable release' }],
  });
  const draft = await api<Release>('POST', `/repos/${REPO}/releases`, { tag_name: 'v1.0.0', draft: true });
  expect(draft.status).toBe(201);
  const publish = await api<ErrorReply>('PATCH', `/repos/${REPO}/releases/${draft.json.id}`, { draft: false });
  expect(publish.status).toBe(422);
  expect(publish.json.errors[0].message).toBe('tag_name was used by an immutable release');
  expect(double.releases(REPO).map((r) => [r.tag, r.draft, r.immutable])).toEqual([['v1.0.0', true, false]]);
});

test('seedRelease: a published seed on an immutable repository is immutable; a seeded draft is not', async () => {
  fixture.git('tag', 'v2.0.0');
  fixture.git('push', '--quiet', 'origin', 'v2.0.0');
  expect(double.seedRelease(REPO, { tag: 'v2.0.0' }).immutable).toBe(true);
  expect(double.seedRelease(REPO, { tag: 'v3.0.0', draft: true, target: 'main' })).toMatchObject({
    draft: true,
    immutable: false,
    target: 'main',
  });
  const listed = await api<Release[]>('GET', `/repos/${REPO}/releases`);
  expect(listed.json.map((r) => [r.tag_name, r.draft, r.immutable])).toEqual([
    ['v3.0.0', true, false],
    ['v2.0.0', false, true],
  ]);
});

/** An upload to `path` (the double's uploads prefix included or not): the file's bytes, not JSON. */
async function upload(path: string, text: string, contentType = 'application/octet-stream'): Promise<{ status: number; json: unknown }> {
  const res = await fetch(`${double.url}${path}`, {
    method: 'POST',
    headers: { authorization: `token ${double.token}`, 'content-type': contentType },
    body: text,
  });
  const body = await res.text();
  return { status: res.status, json: body ? JSON.parse(body) : undefined };
}

test('assets: uploaded to a draft through its upload_url, listed with name and size; a published immutable release takes none', async () => {
  const draft = await api<Release>('POST', `/repos/${REPO}/releases`, { tag_name: 'v1.0.0', target_commitish: 'main', draft: true });
  const uploadUrl = draft.json.upload_url.replace(/\{[^}]*\}$/, '');
  expect(uploadUrl).toBe(`${double.url}/uploads/repos/${REPO}/releases/${draft.json.id}/assets`);
  const first = await upload(`${new URL(uploadUrl).pathname}?name=digests.json`, '{"a":1}\n', 'application/json');
  expect(first).toMatchObject({
    status: 201,
    json: { name: 'digests.json', size: 8, state: 'uploaded', content_type: 'application/json' },
  });
  expect((await upload(`${new URL(uploadUrl).pathname}?name=digests.json`, 'x')).json).toMatchObject({
    message: 'Validation Failed',
    errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }],
  });
  const listed = await api<{ name: string; size: number }[]>('GET', `/repos/${REPO}/releases/${draft.json.id}/assets`);
  expect(listed.json.map((a) => [a.name, a.size])).toEqual([['digests.json', 8]]);
  await api('PATCH', `/repos/${REPO}/releases/${draft.json.id}`, { tag_name: 'v1.0.0', draft: false });
  const late = await upload(`${new URL(uploadUrl).pathname}?name=late.json`, '{}');
  expect(late).toMatchObject({ status: 422, json: { message: 'Cannot upload assets to an immutable release' } });
  const id = (first.json as { id: number }).id;
  expect((await api('DELETE', `/repos/${REPO}/releases/assets/${id}`)).status).toBe(422);
});

test('assets: the upload route answers only on the uploads path, and the API routes only off it (each a violation)', async () => {
  const draft = await api<Release>('POST', `/repos/${PLAIN}/releases`, { tag_name: 'v1.0.0', draft: true });
  expect((await upload(`/repos/${PLAIN}/releases/${draft.json.id}/assets?name=a.txt`, 'a')).status).toBe(400);
  expect((await upload(`/uploads/repos/${PLAIN}/releases`, 'b')).status).toBe(400);
  expect((await upload(`/uploads/repos/${PLAIN}/releases/${draft.json.id}/assets`, 'c')).status).toBe(400);
  expect(double.violations.splice(0)).toEqual([
    `POST /repos/${PLAIN}/releases/${draft.json.id}/assets?name=a.txt: POST /repos/{owner}/{repo}/releases/{release_id}/assets is served on https://uploads.github.com (upload_url), not the API host`,
    `POST /uploads/repos/${PLAIN}/releases: POST /repos/{owner}/{repo}/releases is served on the API host, not the uploads host`,
    `POST /uploads/repos/${PLAIN}/releases/${draft.json.id}/assets: query parameter "name" is required`,
  ]);
});
