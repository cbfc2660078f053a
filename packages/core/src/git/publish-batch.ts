// Batch publishing: many branches read, fetched and pushed in one git process each (hydrate's writeBranches writes
// every environment's hydrated branch this way). One branch at a time, and what a remote's answers mean, is
// publish.ts's.

import { GIT_FETCH, type GitSpawner } from './spawn.ts';
import { asRepo } from './repo.ts';
import { assertRemoteName, checkBranchNames, isCommitId } from './refs.ts';
import { isEmpty, isShallow, parsePushPorcelain, pushOutcome, remoteFailure, SHALLOW_FETCH_DEPTH, type PushResult } from './publish.ts';

/**
 * The tip of each of `branches` on the remote (one `git ls-remote --heads`), absent ones left out; the names
 * are checked as fetchBranch checks them.
 */
export async function remoteBranchTips(git: GitSpawner, remote: string, branches: readonly string[]): Promise<Map<string, string>> {
  const heads = await remoteHeads(git, remote, branches);
  return new Map(branches.filter((b) => heads.has(b)).map((b) => [b, heads.get(b)!]));
}

/** Every branch of the remote with its tip (one `git ls-remote --heads`), once `branches` are checked as remoteBranchTips checks them. */
export async function remoteHeads(git: GitSpawner, remote: string, branches: readonly string[]): Promise<Map<string, string>> {
  assertRemoteName(remote);
  await checkBranchNames(git, branches, 'branch');
  const r = await git(['ls-remote', '--heads', '--', remote]);
  if (r.code !== 0) throw remoteFailure('listing branches of', remote, r.stderr);
  const heads = new Map<string, string>();
  for (const line of r.stdout.toString('utf8').split('\n')) {
    const [id, ref] = line.split('\t');
    if (ref?.startsWith('refs/heads/') && isCommitId(id)) heads.set(ref.slice('refs/heads/'.length), id);
  }
  return heads;
}

/**
 * The branch of `others` that `branch` cannot live beside: git keeps refs as paths, so `a/b` and `a/b/c` cannot
 * both exist (one would be a file where the other needs a folder). Undefined when none clashes.
 */
export function refNamespaceClash(branch: string, others: Iterable<string>): string | undefined {
  for (const o of others) if (o !== branch && (o.startsWith(`${branch}/`) || branch.startsWith(`${o}/`))) return o;
  return undefined;
}

/**
 * `branches` fetched from the remote in one `git fetch` into their tracking refs, as fetchBranch fetches one
 * (the last commits only in a shallow or empty clone); false when one of them is gone from the remote meanwhile.
 */
export async function fetchBranches(git: GitSpawner, remote: string, branches: readonly string[]): Promise<boolean> {
  assertRemoteName(remote);
  if (branches.length === 0) return true;
  await checkBranchNames(git, branches, 'branch');
  const repo = asRepo(git);
  const depth = (await isShallow(git)) || (await isEmpty(repo)) ? [`--depth=${SHALLOW_FETCH_DEPTH}`] : [];
  const specs = [...new Set(branches)].map((b) => `+refs/heads/${b}:refs/remotes/${remote}/${b}`);
  const r = await git([...GIT_FETCH, '--quiet', '--no-tags', '--no-write-fetch-head', ...depth, '--', remote, ...specs]);
  if (r.code !== 0) {
    if (/couldn't find remote ref/i.test(r.stderr)) return false;
    throw remoteFailure('fetching from', remote, r.stderr);
  }
  repo.noteRef();
  return true;
}

/**
 * Many branches pushed in one `git push`, each with its own lease (pushBranch's, ref by ref; not atomic: each
 * lands or not on its own). The result of each branch, by branch name.
 */
export async function pushBranches(
  git: GitSpawner,
  remote: string,
  updates: readonly { branch: string; sha: string; expected: string | undefined }[],
): Promise<Map<string, PushResult>> {
  assertRemoteName(remote);
  const out = new Map<string, PushResult>();
  if (updates.length === 0) return out;
  await checkBranchNames(
    git,
    updates.map((u) => u.branch),
    'branch',
  );
  for (const u of updates) {
    for (const id of u.expected === undefined ? [u.sha] : [u.sha, u.expected])
      if (!isCommitId(id)) throw new Error(`pushBranches: ${JSON.stringify(id)} is not a commit id`);
  }
  const leases = updates.map((u) => `--force-with-lease=refs/heads/${u.branch}:${u.expected ?? ''}`);
  const r = await git([
    'push',
    '--porcelain',
    '--no-verify',
    ...leases,
    '--',
    remote,
    ...updates.map((u) => `${u.sha}:refs/heads/${u.branch}`),
  ]);
  const lines = parsePushPorcelain(r.stdout.toString('utf8'));
  for (const u of updates) {
    const line = lines.find((l) => l.to === `refs/heads/${u.branch}`);
    if (!line) throw remoteFailure('pushing to', remote, r.stderr);
    out.set(u.branch, pushOutcome(line, r.stderr));
  }
  return out;
}
