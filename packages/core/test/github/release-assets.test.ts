import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitFixture } from '../../../../action-tests/harness/git-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../../../../action-tests/harness/github-double/index.ts';
import { createGitHub, type GitHub, GitHubError } from '../../src/github/client.ts';
import type { ReleaseAssetFile } from '../../src/github/release-assets.ts';
import { createRelease } from '../../src/github/releases.ts';

// Issue 77: assets are attached to the draft, then the draft is published once — on a repository with
// immutable releases on (the double refuses an upload to a published one, as GitHub does). Uploads go to
// the release's upload_url, which the double serves on its uploads path and checks against GitHub's
// OpenAPI description. A rerun after a killed job completes the draft's assets: same name and size kept,
// another size replaced, missing uploaded.

const REPO = 'octo/immutable';
const CREATE = 'POST /repos/{owner}/{repo}/releases';
const UPDATE = 'PATCH /repos/{owner}/{repo}/releases/{release_id}';
const LIST = 'GET /repos/{owner}/{repo}/releases/{release_id}/assets';
const UPLOAD = 'POST /repos/{owner}/{repo}/releases/{release_id}/assets';
const DELETE = 'DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}';
const REL = { tag: 'v1.2.0', name: 'v1.2.0', body: 'notes', prerelease: false };

let fixture: GitFixture;
let double: GitHubDouble;
let head: string;
let files: string;

function client(): GitHub {
  return createGitHub({ token: double.token, repository: REPO, env: double.env(), minMutationGapMs: 0, sleep: async () => {} });
}

/** A file to attach, written in a temp folder. */
function asset(name: string, text: string): ReleaseAssetFile {
  writeFileSync(join(files, name), text);
  return { name, path: join(files, name), size: Buffer.byteLength(text) };
}

/** The writes the double answered, in order: route, path and status. */
const writes = () =>
  double.log.filter((e) => [CREATE, UPDATE, UPLOAD, DELETE].includes(e.route ?? '')).map((e) => [e.route, e.path, e.status]);

/** Uploads `text` as `name` to draft `id` the way a killed run did (plain fetch to the upload route), then empties the log. */
async function leftOnDraft(id: number, name: string, text: string): Promise<void> {
  const res = await fetch(`${double.url}/uploads/repos/${REPO}/releases/${id}/assets?name=${name}`, {
    method: 'POST',
    headers: { authorization: `token ${double.token}`, 'content-type': 'application/octet-stream' },
    body: text,
  });
  expect(res.status).toBe(201);
  double.log.length = 0;
}

beforeEach(async () => {
  fixture = GitFixture.create({ 'README.md': 'hello\n' });
  head = fixture.git('rev-parse', 'HEAD');
  files = mkdtempSync(join(tmpdir(), 'lockstep-assets-'));
  double = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fixture.origin, immutableReleases: true }] });
});

afterEach(async () => {
  await double.stop();
  fixture.cleanup();
  rmSync(files, { recursive: true, force: true });
  expect(double.violations).toEqual([]);
});

test('each asset is uploaded to the draft through upload_url, then the draft is published once', async () => {
  const digests = asset('image-digests.json', '{"api":"sha256:aa"}\n');
  const sbom = asset('sbom.spdx.json', '{}\n');
  const r = await createRelease(client(), { ...REL, target: head, assets: [digests, sbom] });
  expect(r.assets).toEqual([
    { name: 'image-digests.json', outcome: 'uploaded' },
    { name: 'sbom.spdx.json', outcome: 'uploaded' },
  ]);
  const [rel] = double.releases(REPO);
  expect(writes()).toEqual([
    [CREATE, '/repos/octo/immutable/releases', 201],
    [UPLOAD, `/uploads/repos/octo/immutable/releases/${rel.id}/assets?name=image-digests.json`, 201],
    [UPLOAD, `/uploads/repos/octo/immutable/releases/${rel.id}/assets?name=sbom.spdx.json`, 201],
    [UPDATE, `/repos/octo/immutable/releases/${rel.id}`, 200],
  ]);
  expect(rel).toMatchObject({ draft: false, immutable: true });
  expect(rel.assets.map((a) => [a.name, a.size, a.text, a.contentType])).toEqual([
    ['image-digests.json', 20, '{"api":"sha256:aa"}\n', 'application/octet-stream'],
    ['sbom.spdx.json', 3, '{}\n', 'application/octet-stream'],
  ]);
});

test('a rerun after a killed job: same name and size kept, another size replaced, a missing one uploaded', async () => {
  const left = double.seedRelease(REPO, { tag: 'v1.2.0', draft: true, target: head });
  await leftOnDraft(left.id, 'image-digests.json', '{"api":"sha256:aa"}\n');
  await leftOnDraft(left.id, 'sbom.spdx.json', '{"cut');
  const [kept] = double.releases(REPO)[0].assets;
  const r = await createRelease(client(), {
    ...REL,
    target: head,
    assets: [asset('image-digests.json', '{"api":"sha256:aa"}\n'), asset('sbom.spdx.json', '{}\n'), asset('notes.txt', 'n\n')],
  });
  expect(r).toMatchObject({ resumed: true, release: { id: left.id, draft: false } });
  expect(r.assets).toEqual([
    { name: 'image-digests.json', outcome: 'kept' },
    { name: 'sbom.spdx.json', outcome: 'replaced' },
    { name: 'notes.txt', outcome: 'uploaded' },
  ]);
  const [rel] = double.releases(REPO);
  expect(writes().map(([route]) => route)).toEqual([DELETE, UPLOAD, UPLOAD, UPDATE]);
  expect(rel.assets.map((a) => [a.name, a.text])).toEqual([
    ['image-digests.json', '{"api":"sha256:aa"}\n'],
    ['sbom.spdx.json', '{}\n'],
    ['notes.txt', 'n\n'],
  ]);
  expect(rel.assets[0].id).toBe(kept.id);
});

test('the answer to an upload was lost: the asset is found by name and size, not sent twice', async () => {
  double.fault({ route: UPLOAD, kind: '502-after' });
  const r = await createRelease(client(), { ...REL, target: head, assets: [asset('image-digests.json', '{}\n')] });
  expect(r.release.draft).toBe(false);
  expect(double.count(UPLOAD)).toBe(1);
  expect(double.count(LIST)).toBe(2);
  expect(double.releases(REPO)[0].assets.map((a) => a.name)).toEqual(['image-digests.json']);
});

test('a published release is left as it is: nothing uploaded, nothing edited', async () => {
  fixture.git('tag', 'v1.2.0');
  fixture.git('push', '--quiet', 'origin', 'v1.2.0');
  double.seedRelease(REPO, { tag: 'v1.2.0' });
  const r = await createRelease(client(), { ...REL, target: head, assets: [asset('image-digests.json', '{}\n')] });
  expect(r).toMatchObject({ outcome: 'existing', assets: [] });
  expect(writes()).toEqual([]);
});

test('an upload_url on another host is refused before the token goes there; the draft stays unpublished', async () => {
  double.tamper(CREATE, (b) => ({
    ...(b as object),
    upload_url: 'http://169.254.169.254/repos/octo/immutable/releases/1/assets{?name,label}',
  }));
  const e = await createRelease(client(), { ...REL, target: head, assets: [asset('image-digests.json', '{}\n')] }).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(GitHubError);
  expect((e as Error).message).toBe(
    `GitHub answered an upload address on 169.254.169.254, not on ${new URL(double.url).host} or its uploads host; the release assets were not sent there`,
  );
  expect(writes().map(([route]) => route)).toEqual([CREATE]);
  expect(double.releases(REPO).map((x) => x.draft)).toEqual([true]);
});
