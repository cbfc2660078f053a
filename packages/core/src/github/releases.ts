import type { components } from '@octokit/openapi-types';
import { createOrFind, type GitHub, GitHubError, orNotFound } from './client.ts';
import { fitBody } from './pulls.ts';
import { attachAssets, type AssetOutcome, type ReleaseAssetFile } from './release-assets.ts';
import type { ReleaseReply } from './replies.ts';

/** GitHub refuses release bodies longer than this. */
export const MAX_RELEASE_BODY = 125_000;

/** A GitHub Release as lockstep needs it. */
export interface ReleaseRef {
  id: number;
  tag: string;
  url: string;
  name: string;
  body: string;
  prerelease: boolean;
  draft: boolean;
  /** Where the release's assets are uploaded (`upload_url`, a URI template). */
  uploadUrl: string;
}

/** Maps a REST release object. */
export function toReleaseRef(r: ReleaseReply & Partial<Pick<components['schemas']['release'], 'prerelease' | 'draft'>>): ReleaseRef {
  return {
    id: r.id,
    tag: r.tag_name,
    url: r.html_url,
    name: r.name ?? '',
    body: r.body ?? '',
    prerelease: Boolean(r.prerelease),
    draft: Boolean(r.draft),
    uploadUrl: r.upload_url ?? '',
  };
}

/** The published release for `tag`, or undefined (404). */
export async function getReleaseByTag(gh: GitHub, tag: string): Promise<ReleaseRef | undefined> {
  return orNotFound(async () =>
    toReleaseRef((await gh.octokit.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', { owner: gh.owner, repo: gh.repo, tag })).data),
  );
}

/** What a release is made with. */
export interface ReleaseSpec {
  tag: string;
  name: string;
  body: string;
  prerelease: boolean;
  /** The commit the tag names (a draft's tag is made from it when published, if missing). */
  target?: string;
  /** Files attached to the draft before it is published. */
  assets?: readonly ReleaseAssetFile[];
}

/**
 * The draft release for `tag` a run before this one left (a job killed
 * between the draft and its publishing), or undefined. GitHub does not find
 * a draft by its tag (404): the list is read, newest first, up to the match.
 */
export async function findDraftRelease(gh: GitHub, tag: string): Promise<ReleaseRef | undefined> {
  let found: ReleaseRef | undefined;
  await gh.octokit.paginate('GET /repos/{owner}/{repo}/releases', { owner: gh.owner, repo: gh.repo, per_page: 100 }, (res, done) => {
    const hit = res.data.find((r) => r.draft === true && r.tag_name === tag);
    if (hit) {
      found = toReleaseRef(hit);
      done();
    }
    return [];
  });
  return found;
}

/** Creates the draft release for `tag`; a create whose answer was lost is looked up among the drafts, never sent twice. */
async function createDraft(gh: GitHub, r: ReleaseSpec): Promise<ReleaseRef> {
  const { value } = await createOrFind(
    gh,
    `draft release ${r.tag}`,
    async () => {
      const { data } = await gh.octokit.request('POST /repos/{owner}/{repo}/releases', {
        owner: gh.owner,
        repo: gh.repo,
        tag_name: r.tag,
        name: r.name,
        body: fitBody(r.body, MAX_RELEASE_BODY),
        prerelease: r.prerelease,
        draft: true,
        ...(r.target ? { target_commitish: r.target } : {}),
        // GitHub lets several drafts name one tag: a lost answer is looked up, not sent again (a second draft).
        request: { retries: 0 },
      });
      return toReleaseRef(data);
    },
    () => findDraftRelease(gh, r.tag),
  );
  return value;
}

/**
 * Publishes the draft `draft` once. `tag_name` is sent again: GitHub gives a
 * draft edited without it an `untagged-…` tag. A lost answer (or a twin run
 * that published first) is looked up by tag, now that it is published.
 */
async function publishDraft(gh: GitHub, draft: ReleaseRef): Promise<ReleaseRef> {
  const { value, found } = await createOrFind(
    gh,
    `release ${draft.tag}`,
    async () => {
      const { data } = await gh.octokit.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', {
        owner: gh.owner,
        repo: gh.repo,
        release_id: draft.id,
        tag_name: draft.tag,
        draft: false,
        request: { retries: 0 },
      });
      return toReleaseRef(data);
    },
    () => getReleaseByTag(gh, draft.tag),
  ).catch((e: unknown) => {
    throw reusedTag(e, draft.tag) ?? e;
  });
  // A twin run published its own draft first: this run's draft is deleted, so the tag has one release, no stray draft.
  if (found && value.id !== draft.id) {
    await gh.octokit.request('DELETE /repos/{owner}/{repo}/releases/{release_id}', {
      owner: gh.owner,
      repo: gh.repo,
      release_id: draft.id,
    });
    gh.log(`release ${draft.tag}: a twin run published it first; this run's draft ${draft.id} was deleted`);
  }
  return value;
}

/** GitHub's refusal to publish a tag an immutable release used (then deleted), said as what to do; else undefined. */
function reusedTag(e: unknown, tag: string): GitHubError | undefined {
  if (!(e instanceof GitHubError) || e.status !== 422 || !/used by an immutable release/.test(e.apiMessage ?? '')) return undefined;
  return new GitHubError(
    `GitHub refuses to publish the release ${tag}: an immutable release used that tag before and was deleted, and GitHub never lets such a tag be used again — release a later version (the draft ${tag} this run made or found is left for you to delete)`,
    422,
    e.apiMessage,
  );
}

/**
 * The GitHub Release for `tag`, safe with immutable releases: made as a
 * draft, then published once — a published immutable release takes no
 * asset and no edit. A published release already there is returned as it
 * is ('existing', nothing edited, no asset attached); a draft an earlier run
 * left is published rather than a second one made (`resumed`), its assets
 * completed first (release-assets.ts). Lost answers are looked up, so
 * a retry neither fails nor duplicates.
 */
export async function createRelease(
  gh: GitHub,
  r: ReleaseSpec,
): Promise<{ release: ReleaseRef; outcome: 'created' | 'existing'; resumed: boolean; assets: AssetOutcome[] }> {
  const existing = await getReleaseByTag(gh, r.tag);
  if (existing) return { release: existing, outcome: 'existing', resumed: false, assets: [] };
  const left = await findDraftRelease(gh, r.tag);
  const draft = left ?? (await createDraft(gh, r));
  // Uploaded to the draft: once published, an immutable release takes none.
  const assets = await attachAssets(gh, draft, r.assets ?? []);
  const release = await publishDraft(gh, draft);
  // Found or published, it was not there a moment ago: the publish that landed was this run's (or a twin run's with the same notes).
  return { release, outcome: 'created', resumed: left !== undefined, assets };
}
