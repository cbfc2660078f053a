import { createOrFind, type GitHub, GitHubError, orNotFound } from './client.ts';

/** `refs/heads/x`, `heads/x` → `heads/x` (the form GitHub's git/ref routes take). */
function short(ref: string): string {
  const s = ref.replace(/^refs\//, '');
  if (!/^[^/]+\/.+/.test(s)) throw new GitHubError(`'${ref}' is not a full ref name like refs/heads/<branch> or refs/tags/<tag>`);
  return s;
}

/** The object a ref points at (a commit, or an annotated tag object), or undefined when it does not exist. */
export async function getRef(gh: GitHub, ref: string): Promise<string | undefined> {
  return orNotFound(
    async () =>
      (await gh.octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { owner: gh.owner, repo: gh.repo, ref: short(ref) })).data.object
        .sha,
  );
}

/**
 * Creates `ref` at `sha` through the API. Idempotent: a ref already at `sha`
 * is 'existing'; a create whose answer was lost or that GitHub answers 422
 * "Reference already exists" is verified by reading the ref back. A ref that
 * points elsewhere is an error, never moved.
 */
export async function createRef(gh: GitHub, ref: string, sha: string): Promise<'created' | 'existing'> {
  const name = `refs/${short(ref)}`;
  const before = await getRef(gh, name);
  if (before !== undefined) return verify(name, before, sha, 'existing');
  const { value: now, found } = await createOrFind(
    gh,
    name,
    async () => (await gh.octokit.request('POST /repos/{owner}/{repo}/git/refs', { owner: gh.owner, repo: gh.repo, ref: name, sha }), sha),
    () => getRef(gh, name),
  );
  return found ? verify(name, now, sha, 'created') : 'created';
}

function verify(name: string, actual: string, wanted: string, outcome: 'created' | 'existing'): 'created' | 'existing' {
  if (actual !== wanted) {
    throw new GitHubError(
      `${name} already exists at ${actual.slice(0, 12)}, not ${wanted.slice(0, 12)} — lockstep does not move an existing ref; delete it or choose another name`,
    );
  }
  return outcome;
}

/**
 * The full names of the refs that start with `prefix` (`heads/gh-readonly-queue/main/pr-12-`): GitHub's
 * matching-refs route, a prefix match on the ref's name; none is an empty list, never a 404.
 */
export async function matchingRefs(gh: GitHub, prefix: string): Promise<string[]> {
  const { data } = await gh.octokit.request('GET /repos/{owner}/{repo}/git/matching-refs/{ref}', {
    owner: gh.owner,
    repo: gh.repo,
    ref: prefix,
  });
  if (!Array.isArray(data)) throw new GitHubError(`GitHub answered the refs matching ${prefix} with something that is not a list`);
  return data.map((r) => r.ref);
}
