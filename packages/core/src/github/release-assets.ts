import { readFileSync } from 'node:fs';
import { createOrFind, type GitHub, GitHubError } from './client.ts';
import type { AssetReply } from './replies.ts';

/** A file to attach to a release: its asset name (the file's base name), where it is, and its size in bytes. */
export interface ReleaseAssetFile {
  name: string;
  path: string;
  size: number;
}

/** What happened to each asset of a draft. */
export interface AssetOutcome {
  name: string;
  outcome: 'uploaded' | 'kept' | 'replaced';
}

/** The assets already on release `id` (a draft an earlier run left may hold some). */
async function listAssets(gh: GitHub, id: number): Promise<AssetReply[]> {
  return gh.octokit.paginate('GET /repos/{owner}/{repo}/releases/{release_id}/assets', {
    owner: gh.owner,
    repo: gh.repo,
    release_id: id,
    per_page: 100,
  });
}

/**
 * Where the token may go with an upload: GitHub answers `upload_url` on its
 * uploads host (uploads.github.com for api.github.com; the API's own host on
 * GitHub Enterprise Server, under /api/uploads). Any other origin in an answer
 * is refused before the token is sent there.
 */
export function checkUploadUrl(gh: GitHub, uploadUrl: string): string {
  if (!URL.canParse(uploadUrl.replace(/\{[^}]*\}$/, '')))
    throw new GitHubError(`GitHub's answer for the draft release carries no usable upload_url ('${uploadUrl}'); no asset was sent`);
  const api = new URL(String(gh.octokit.request.endpoint.DEFAULTS.baseUrl));
  const upload = new URL(uploadUrl.replace(/\{[^}]*\}$/, ''));
  const same = upload.origin === api.origin;
  const dotCom = api.origin === 'https://api.github.com' && upload.origin === 'https://uploads.github.com';
  if (!same && !dotCom)
    throw new GitHubError(
      `GitHub answered an upload address on ${upload.host}, not on ${api.host} or its uploads host; the release assets were not sent there`,
    );
  return uploadUrl;
}

/** Uploads `file` to the draft (GitHub's upload route, `upload_url`); a lost answer is looked up by name and size, never sent twice. */
async function upload(gh: GitHub, draftId: number, uploadUrl: string, file: ReleaseAssetFile): Promise<void> {
  const data = readFileSync(file.path);
  await createOrFind(
    gh,
    `release asset ${file.name}`,
    async () => {
      await gh.octokit.request({
        method: 'POST',
        // The template's query ({?name,label}) written out: Octokit's expansion leaves a trailing '&' for an absent label.
        url: `${uploadUrl.replace(/\{[^}]*\}$/, '')}?name=${encodeURIComponent(file.name)}`,
        data,
        headers: { 'content-type': 'application/octet-stream', 'content-length': data.length },
        request: { retries: 0 },
      });
      return true;
    },
    async () => ((await listAssets(gh, draftId)).some((a) => a.name === file.name && a.size === data.length) ? true : undefined),
  );
}

/**
 * Attaches `files` to the draft release `draftId` before it is published (a
 * published immutable release takes no asset). An asset of the same name and
 * size already there (a killed run uploaded it) is kept; one of the same name
 * and another size, or not fully uploaded, is deleted and uploaded again.
 * Assets of other names are left as they are.
 */
export async function attachAssets(
  gh: GitHub,
  draft: { id: number; uploadUrl: string },
  files: readonly ReleaseAssetFile[],
): Promise<AssetOutcome[]> {
  if (files.length === 0) return [];
  const url = checkUploadUrl(gh, draft.uploadUrl);
  const there = await listAssets(gh, draft.id);
  const out: AssetOutcome[] = [];
  for (const file of files) {
    const old = there.find((a) => a.name === file.name);
    if (old && old.size === file.size && old.state === 'uploaded') {
      out.push({ name: file.name, outcome: 'kept' });
      continue;
    }
    if (old)
      await gh.octokit.request('DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}', {
        owner: gh.owner,
        repo: gh.repo,
        asset_id: old.id,
      });
    await upload(gh, draft.id, url, file);
    out.push({ name: file.name, outcome: old ? 'replaced' : 'uploaded' });
  }
  return out;
}
