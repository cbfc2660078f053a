// Reads of a hydrated branch's history for records/hydrated-landings.ts: each first-parent commit that changed
// its hydrator.metadata with the file's text, and where a DRY commit sits on the base branch's first-parent path.

import { gitTry, type GitSpawner } from './spawn.ts';

/** The first-parent commits from `tip` that changed `metadata`, oldest first: sha, committer time (s) and the file's text. */
export async function metadataHistory(
  git: GitSpawner,
  tip: string,
  metadata: string,
): Promise<{ sha: string; at: number; text: string | undefined }[]> {
  const log = await gitTry(git, ['log', '--first-parent', '--format=%H %ct', tip, '--', metadata]);
  const out = [];
  for (const line of (log ?? '').split('\n').filter(Boolean).reverse()) {
    const [sha, ct] = line.split(' ');
    out.push({ sha, at: Number(ct), text: await gitTry(git, ['cat-file', 'blob', `${sha}:${metadata}`]) });
  }
  return out;
}

/** `commit`'s position in `tip`'s first-parent history of `commits` commits (the oldest 0); undefined when it is not on that path. */
export async function firstParentPosition(git: GitSpawner, tip: string, commits: number, commit: string): Promise<number | undefined> {
  if ((await git(['merge-base', '--is-ancestor', commit, tip])).code !== 0) return undefined;
  const steps = Number(await gitTry(git, ['rev-list', '--first-parent', '--count', `${commit}..${tip}`]));
  if (!Number.isInteger(steps)) return undefined;
  // On the first-parent path: the walk from the tip reaches it after `steps` commits.
  const at = await gitTry(git, ['rev-list', '--first-parent', '--skip', String(steps), '--max-count=1', tip]);
  return at === commit ? commits - 1 - steps : undefined;
}
