import * as g from './git.ts';
import { HttpError, htmlUrl, paginate, repoUrl, user, validationFailed, type Answer, type Context, type World } from './rest.ts';
import { assetJson } from './release-assets.ts';
import { nodeId } from './shapes.ts';
import { newRelease, type ReleaseState, type RepoState } from './state.ts';

/**
 * Releases, as GitHub keeps them. A draft has no tag yet: `GET
 * releases/tags/{tag}` does not find it (404), the list does, and several
 * drafts may name one tag. Publishing (a create without `draft`, or `PATCH
 * draft: false`) creates a missing tag at the target, and is refused 422
 * `already_exists` while another published release holds the tag.
 *
 * With the repository's immutable releases on (`RepoSpec.immutableReleases`,
 * Settings → General → Releases), as GitHub answers (its "Immutable releases"
 * page, and the answers users quote): a release published there is
 * `immutable: true`; its state, tag and target can no longer change — a
 * PATCH that would change one is refused 422 Validation Failed with
 * `{resource: 'Release', code: 'custom', field, message: '<field> cannot be
 * changed when release is immutable'}` (unpublishing also names
 * `immutable`), while its title, notes and pre-release flag stay editable; and
 * its tag is never used again, even after the release is deleted: publishing
 * a release for it is refused 422 `tag_name was used by an immutable release`
 * (a draft for it can still be created). Publishing a draft there is the
 * documented flow (draft → assets → publish) and is allowed.
 */

/** The operations served here, keyed like `OPERATIONS` in rest.ts. */
export const RELEASE_OPERATIONS = [
  'GET /repos/{owner}/{repo}/releases',
  'POST /repos/{owner}/{repo}/releases',
  'GET /repos/{owner}/{repo}/releases/latest',
  'GET /repos/{owner}/{repo}/releases/tags/{tag}',
  'GET /repos/{owner}/{repo}/releases/{release_id}',
  'PATCH /repos/{owner}/{repo}/releases/{release_id}',
  'DELETE /repos/{owner}/{repo}/releases/{release_id}',
] as const;

type Handler = (ctx: Context) => Answer;

function repoOf(ctx: Context): RepoState {
  if (!ctx.repo) throw new HttpError(404, 'Not Found');
  return ctx.repo;
}

function releaseJson(w: World, r: RepoState, rel: ReleaseState): Record<string, unknown> {
  const url = `${repoUrl(w, r)}/releases/${rel.id}`;
  return {
    url,
    html_url: rel.draft
      ? `${htmlUrl(w, r)}/releases/tag/untagged-${rel.id}`
      : `${htmlUrl(w, r)}/releases/tag/${encodeURIComponent(rel.tag)}`,
    assets_url: `${url}/assets`,
    upload_url: `${w.base}/uploads/repos/${r.owner}/${r.name}/releases/${rel.id}/assets{?name,label}`,
    tarball_url: rel.draft ? null : `${repoUrl(w, r)}/tarball/${encodeURIComponent(rel.tag)}`,
    zipball_url: rel.draft ? null : `${repoUrl(w, r)}/zipball/${encodeURIComponent(rel.tag)}`,
    id: rel.id,
    node_id: nodeId('RE', rel.id),
    tag_name: rel.tag,
    target_commitish: rel.target,
    name: rel.name,
    body: rel.body,
    draft: rel.draft,
    prerelease: rel.prerelease,
    immutable: rel.immutable,
    created_at: rel.createdAt,
    published_at: rel.publishedAt,
    updated_at: rel.createdAt,
    author: user(w, rel.author),
    assets: rel.assets.map((a) => assetJson(w, r, rel, a)),
  };
}

/** Publishing a release whose tag does not exist creates a lightweight tag at the target, as GitHub does. */
function ensureTag(r: RepoState, tag: string, target: string): void {
  if (g.readRef(r.path, `refs/tags/${tag}`)) return;
  const sha = g.resolveCommit(r.path, target);
  if (!sha) throw validationFailed([{ resource: 'Release', code: 'invalid', field: 'target_commitish' }]);
  g.updateRef(r.path, `refs/tags/${tag}`, sha, '0'.repeat(40));
}

/**
 * The checks and the bookkeeping of publishing `tag` (`rel` is the draft
 * being published, absent for a create): another published release holding
 * the tag, a tag an immutable release used; then the tag, and on an
 * immutable repository the release turns immutable and its tag is reserved.
 */
function publish(r: RepoState, tag: string, target: string, rel?: ReleaseState): { immutable: boolean } {
  if (r.releases.some((x) => x !== rel && x.tag === tag && !x.draft))
    throw validationFailed([{ resource: 'Release', code: 'already_exists', field: 'tag_name' }]);
  if (r.immutableTags.has(tag))
    throw validationFailed([
      { resource: 'Release', code: 'custom', field: 'tag_name', message: 'tag_name was used by an immutable release' },
    ]);
  ensureTag(r, tag, target);
  if (r.immutableReleases) r.immutableTags.add(tag);
  return { immutable: r.immutableReleases };
}

function findRelease(ctx: Context): ReleaseState {
  const rel = repoOf(ctx).releases.find((x) => x.id === Number(ctx.params.release_id));
  if (!rel) throw new HttpError(404, 'Not Found');
  return rel;
}

const listReleases: Handler = (ctx) => {
  const r = repoOf(ctx);
  return paginate(
    ctx,
    [...r.releases].reverse().map((x) => releaseJson(ctx.world, r, x)),
  );
};

interface ReleaseBody {
  tag_name?: string;
  target_commitish?: string;
  name?: string;
  body?: string;
  draft?: boolean;
  prerelease?: boolean;
}

const createRelease: Handler = (ctx) => {
  const r = repoOf(ctx);
  const b = ctx.body as ReleaseBody & { tag_name: string };
  const target = b.target_commitish ?? r.defaultBranch;
  const immutable = b.draft ? false : publish(r, b.tag_name, target).immutable;
  const rel = newRelease({
    id: ctx.world.newId(),
    tag: b.tag_name,
    target,
    name: b.name ?? b.tag_name,
    body: b.body ?? '',
    draft: b.draft ?? false,
    prerelease: b.prerelease ?? false,
    immutable,
    at: ctx.world.iso(),
    author: ctx.world.login,
  });
  r.releases.push(rel);
  return { status: 201, body: releaseJson(ctx.world, r, rel), headers: { location: `${repoUrl(ctx.world, r)}/releases/${rel.id}` } };
};

const latestRelease: Handler = (ctx) => {
  const r = repoOf(ctx);
  const rel = [...r.releases].reverse().find((x) => !x.draft && !x.prerelease);
  if (!rel) throw new HttpError(404, 'Not Found');
  return { status: 200, body: releaseJson(ctx.world, r, rel) };
};

const releaseByTag: Handler = (ctx) => {
  const r = repoOf(ctx);
  // Drafts have no tag yet: GitHub does not find them by tag.
  const rel = r.releases.find((x) => x.tag === ctx.params.tag && !x.draft);
  if (!rel) throw new HttpError(404, 'Not Found');
  return { status: 200, body: releaseJson(ctx.world, r, rel) };
};

const getRelease: Handler = (ctx) => ({ status: 200, body: releaseJson(ctx.world, repoOf(ctx), findRelease(ctx)) });

/** What GitHub refuses to change on an immutable release, as its 422 names each field. */
function immutableRefusals(rel: ReleaseState, b: ReleaseBody): { resource: string; code: string; field: string; message: string }[] {
  const refuse = (field: string) => ({
    resource: 'Release',
    code: 'custom',
    field,
    message: `${field} cannot be changed when release is immutable`,
  });
  const out = [];
  if (b.draft === true) out.push(refuse('state'), refuse('immutable'));
  if (b.tag_name !== undefined && b.tag_name !== rel.tag) out.push(refuse('tag_name'));
  if (b.target_commitish !== undefined && b.target_commitish !== rel.target) out.push(refuse('target_commitish'));
  return out;
}

const updateRelease: Handler = (ctx) => {
  const r = repoOf(ctx);
  const rel = findRelease(ctx);
  const b = ctx.body as ReleaseBody;
  if (rel.immutable) {
    const refused = immutableRefusals(rel, b);
    if (refused.length) throw validationFailed(refused);
  }
  const tag = b.tag_name ?? rel.tag;
  const target = b.target_commitish ?? rel.target;
  const draft = b.draft ?? rel.draft;
  const publishing = rel.draft && !draft;
  // Published before and staying so: only the tag's holder is checked (another published release with it).
  if (!draft && !publishing && r.releases.some((x) => x !== rel && x.tag === tag && !x.draft))
    throw validationFailed([{ resource: 'Release', code: 'already_exists', field: 'tag_name' }]);
  const immutable = publishing ? publish(r, tag, target, rel).immutable : rel.immutable;
  if (!draft && !publishing) ensureTag(r, tag, target);
  Object.assign(rel, {
    tag,
    target,
    name: b.name ?? rel.name,
    body: b.body ?? rel.body,
    prerelease: b.prerelease ?? rel.prerelease,
    draft,
    immutable,
    publishedAt: !draft && rel.publishedAt === null ? ctx.world.iso() : rel.publishedAt,
  });
  return { status: 200, body: releaseJson(ctx.world, r, rel) };
};

/** Deletes a release, draft or published (GitHub answers 204); an immutable release's tag stays reserved. */
const removeRelease: Handler = (ctx) => {
  const r = repoOf(ctx);
  deleteRelease(r, findRelease(ctx).id);
  return { status: 204 };
};

/** Handlers by `METHOD template`. */
export const releaseHandlers: Record<(typeof RELEASE_OPERATIONS)[number], Handler> = {
  'GET /repos/{owner}/{repo}/releases': listReleases,
  'POST /repos/{owner}/{repo}/releases': createRelease,
  'GET /repos/{owner}/{repo}/releases/latest': latestRelease,
  'GET /repos/{owner}/{repo}/releases/tags/{tag}': releaseByTag,
  'GET /repos/{owner}/{repo}/releases/{release_id}': getRelease,
  'PATCH /repos/{owner}/{repo}/releases/{release_id}': updateRelease,
  'DELETE /repos/{owner}/{repo}/releases/{release_id}': removeRelease,
};

/** What a test seeds a release with (GitHubDouble.seedRelease). */
export interface ReleaseSeed {
  tag: string;
  name?: string;
  body?: string;
  draft?: boolean;
  prerelease?: boolean;
  /** What the release targets (a branch or commit); default the default branch. */
  target?: string;
}

/**
 * A release made without HTTP, as an earlier run or a person left it: the
 * tag must exist unless it is a draft; a published one on an immutable
 * repository is immutable and reserves its tag, as a published one does.
 */
export function seedRelease(r: RepoState, seed: ReleaseSeed, made: { id: number; at: string; author: string }): ReleaseState {
  const draft = seed.draft ?? false;
  if (!draft && !g.resolveCommit(r.path, seed.tag))
    throw new Error(`github-double: seedRelease: tag ${seed.tag} does not exist in ${r.owner}/${r.name}`);
  if (!draft && r.immutableReleases) r.immutableTags.add(seed.tag);
  const release = newRelease({
    ...made,
    tag: seed.tag,
    target: seed.target ?? r.defaultBranch,
    name: seed.name ?? seed.tag,
    body: seed.body ?? '',
    draft,
    prerelease: seed.prerelease ?? false,
    immutable: !draft && r.immutableReleases,
  });
  r.releases.push(release);
  return release;
}

/** Deletes release `id` as a person does in the web UI; the tag stays, and an immutable release's tag stays reserved. */
export function deleteRelease(r: RepoState, id: number): void {
  const at = r.releases.findIndex((x) => x.id === id);
  if (at < 0) throw new Error(`github-double: deleteRelease: no release ${id} in ${r.owner}/${r.name}`);
  r.releases.splice(at, 1);
}
