import { createHash } from 'node:crypto';
import { HttpError, paginate, repoOf, repoUrl, user, validationFailed, type Answer, type Context, type World } from './rest.ts';
import { nodeId } from './shapes.ts';
import type { AssetState, ReleaseState, RepoState } from './state.ts';

/**
 * Release assets, as GitHub keeps them. The upload route is served on the
 * uploads host only: GitHub answers `upload_url` there
 * (`https://uploads.github.com/repos/…/assets{?name,label}`; the double's is
 * `<base>/uploads/repos/…`, as GitHub Enterprise Server's is under
 * `/api/uploads`), and its description names that server. The body is the
 * file's raw bytes (`Content-Type` is the asset's), never JSON. GitHub
 * refuses a second asset of one name on a release (422 `already_exists`,
 * field `name`) and any upload to a published immutable release (422 "Cannot
 * upload assets to an immutable release"); a draft takes them, which is
 * the documented flow (draft → assets → publish).
 */

/** The operations served here, keyed like `OPERATIONS` in rest.ts. */
export const ASSET_OPERATIONS = [
  'GET /repos/{owner}/{repo}/releases/{release_id}/assets',
  'POST /repos/{owner}/{repo}/releases/{release_id}/assets',
  'DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}',
] as const;

/** The route whose description names the uploads server: served under `/uploads` and nowhere else. */
export const UPLOAD_ROUTE = 'POST /repos/{owner}/{repo}/releases/{release_id}/assets';

type Handler = (ctx: Context) => Answer;

function releaseOf(ctx: Context): ReleaseState {
  const rel = repoOf(ctx).releases.find((x) => x.id === Number(ctx.params.release_id));
  if (!rel) throw new HttpError(404, 'Not Found');
  return rel;
}

/** An asset as GitHub's `release-asset` schema has it. */
export function assetJson(w: World, r: RepoState, rel: ReleaseState, a: AssetState): Record<string, unknown> {
  const tag = rel.draft ? `untagged-${rel.id}` : encodeURIComponent(rel.tag);
  return {
    url: `${repoUrl(w, r)}/releases/assets/${a.id}`,
    browser_download_url: `${w.base}/${r.owner}/${r.name}/releases/download/${tag}/${encodeURIComponent(a.name)}`,
    id: a.id,
    node_id: nodeId('RA', a.id),
    name: a.name,
    label: a.label,
    state: 'uploaded',
    content_type: a.contentType,
    size: a.size,
    digest: a.digest,
    download_count: 0,
    created_at: a.at,
    updated_at: a.at,
    uploader: user(w, a.uploader),
  };
}

const listAssets: Handler = (ctx) => {
  const r = repoOf(ctx);
  const rel = releaseOf(ctx);
  return paginate(
    ctx,
    rel.assets.map((a) => assetJson(ctx.world, r, rel, a)),
  );
};

const uploadAsset: Handler = (ctx) => {
  const r = repoOf(ctx);
  const rel = releaseOf(ctx);
  const bytes = ctx.raw ?? Buffer.alloc(0);
  if (rel.immutable) throw new HttpError(422, 'Cannot upload assets to an immutable release');
  const name = String(ctx.query.name);
  if (rel.assets.some((a) => a.name === name))
    throw validationFailed([{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }]);
  const asset: AssetState = {
    id: ctx.world.newId(),
    name,
    label: typeof ctx.query.label === 'string' ? ctx.query.label : null,
    contentType: ctx.contentType ?? 'application/octet-stream',
    size: bytes.length,
    digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
    text: bytes.toString('utf8'),
    uploader: ctx.world.login,
    at: ctx.world.iso(),
  };
  rel.assets.push(asset);
  return { status: 201, body: assetJson(ctx.world, r, rel, asset) };
};

/** Deletes an asset (204); a published immutable release's assets stay (422, as its upload is refused). */
const deleteAsset: Handler = (ctx) => {
  const r = repoOf(ctx);
  const id = Number(ctx.params.asset_id);
  const rel = r.releases.find((x) => x.assets.some((a) => a.id === id));
  if (!rel) throw new HttpError(404, 'Not Found');
  if (rel.immutable) throw new HttpError(422, 'Cannot delete assets of an immutable release');
  rel.assets = rel.assets.filter((a) => a.id !== id);
  return { status: 204 };
};

/** Handlers by `METHOD template`. */
export const assetHandlers: Record<(typeof ASSET_OPERATIONS)[number], Handler> = {
  'GET /repos/{owner}/{repo}/releases/{release_id}/assets': listAssets,
  'POST /repos/{owner}/{repo}/releases/{release_id}/assets': uploadAsset,
  'DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}': deleteAsset,
};
