import { type GitHub, GitHubError, isAlreadyExists, mayHaveLanded } from './client.ts';

/** `refs/heads/x`, `heads/x` → `heads/x` (the form GitHub's git/ref routes take). */
function short(ref: string): string {
  const s = ref.replace(/^refs\//, '');
  if (!/^[^/]+\/.+/.test(s)) throw new GitHubError(`'${ref}' is not a full ref name like refs/heads/<branch> or refs/tags/<tag>`);
  return s;
}

/** The object a ref points at (a commit, or an annotated tag object), or undefined when it does not exist. */
export async function getRef(gh: GitHub, ref: string): Promise<string | undefined> {
  try {
    const { data } = await gh.octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { owner: gh.owner, repo: gh.repo, ref: short(ref) });
    return data.object.sha;
  } catch (e) {
    if (e instanceof GitHubError && e.status === 404) return undefined;
    throw e;
  }
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
  try {
    await gh.octokit.request('POST /repos/{owner}/{repo}/git/refs', { owner: gh.owner, repo: gh.repo, ref: name, sha });
    return 'created';
  } catch (e) {
    if (!isAlreadyExists(e) && !mayHaveLanded(e)) throw e;
    const now = await getRef(gh, name);
    if (now === undefined) throw e;
    return verify(name, now, sha, 'created');
  }
}

function verify(name: string, actual: string, wanted: string, outcome: 'created' | 'existing'): 'created' | 'existing' {
  if (actual !== wanted) {
    throw new GitHubError(`${name} already exists at ${actual.slice(0, 12)}, not ${wanted.slice(0, 12)} — lockstep does not move an existing ref; delete it or choose another name`);
  }
  return outcome;
}
