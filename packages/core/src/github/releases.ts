import type { components } from '@octokit/openapi-types';
import { createOrFind, type GitHub, orNotFound } from './client.ts';
import { fitBody } from './pulls.ts';
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
  };
}

/** The published release for `tag`, or undefined (404). */
export async function getReleaseByTag(gh: GitHub, tag: string): Promise<ReleaseRef | undefined> {
  return orNotFound(async () =>
    toReleaseRef((await gh.octokit.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', { owner: gh.owner, repo: gh.repo, tag })).data),
  );
}

/**
 * Creates the release for `tag` unless one exists ('existing'). A create whose
 * answer was lost (5xx, no answer) or answered 422 "already exists" looks the
 * release up by tag and returns it rather than failing or duplicating.
 */
export async function createRelease(
  gh: GitHub,
  r: { tag: string; name: string; body: string; prerelease: boolean; target?: string },
): Promise<{ release: ReleaseRef; outcome: 'created' | 'existing' }> {
  const existing = await getReleaseByTag(gh, r.tag);
  if (existing) return { release: existing, outcome: 'existing' };
  const { value: release } = await createOrFind(
    gh,
    `release ${r.tag}`,
    async () => {
      const { data } = await gh.octokit.request('POST /repos/{owner}/{repo}/releases', {
        owner: gh.owner,
        repo: gh.repo,
        tag_name: r.tag,
        name: r.name,
        body: fitBody(r.body, MAX_RELEASE_BODY),
        prerelease: r.prerelease,
        draft: false,
        ...(r.target ? { target_commitish: r.target } : {}),
      });
      return toReleaseRef(data);
    },
    () => getReleaseByTag(gh, r.tag),
  );
  // Found or created, it was not there a moment ago: the create that landed was this run's (or a twin run's with the same notes).
  return { release, outcome: 'created' };
}
