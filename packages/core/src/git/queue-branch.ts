// GitHub's merge queue tests each entry on a branch of its own, `gh-readonly-queue/<base>/pr-<n>-<sha>`: <base>
// the branch the queue merges into, <n> the queued pull request, <sha> the commit the entry is built on (the base
// branch's tip, or the entry ahead). The branch lives while the pull request is queued and is deleted when the
// group lands or the entry leaves the queue. A name is untrusted text: it is matched whole or not at all.

/** A merge queue branch as a ref names it: the entry, and the branch the queue merges into. */
export interface QueueBranch {
  /** The branch the queue merges into (`<base>` of the ref; a branch name of letters, digits and `._/-`). */
  baseBranch: string;
  /** The pull request the entry merges (`pr-<n>`). */
  pull: number;
  /** The commit the entry was built on (`<sha>`). */
  entryBase: string;
}

/** The folder every merge queue branch lives under. */
export const QUEUE_BRANCH_ROOT = 'gh-readonly-queue';

/**
 * The queue entry a ref or branch name names, as GitHub writes a merge queue's branches:
 * `gh-readonly-queue/<branch>/pr-<n>-<sha>`, alone or as `refs/heads/…`, `refs/remotes/<remote>/…` or
 * `<remote>/…`. Anything else (another shape, a branch name git would refuse, a line break) names none.
 */
export function queueBranchOf(ref: string): QueueBranch | undefined {
  const m =
    /^(?:refs\/heads\/|refs\/remotes\/[\w.-]+\/|[\w.-]+\/)?gh-readonly-queue\/([\w./-]+)\/pr-(\d{1,9})-([0-9a-f]{40}|[0-9a-f]{64})$/.exec(
      ref,
    );
  if (!m) return undefined;
  const branch = m[1];
  if (
    branch.startsWith('-') ||
    branch.includes('..') ||
    branch.split('/').some((p) => p === '' || p.startsWith('.') || p.endsWith('.lock'))
  )
    return undefined;
  return { baseBranch: branch, pull: Number(m[2]), entryBase: m[3] };
}

/**
 * The prefix every queue branch of pull request `pull` into `base` starts with, as GitHub's matching-refs route
 * takes it (`heads/gh-readonly-queue/main/pr-12-`): the trailing dash keeps #12 from matching #120.
 */
export function queueRefPrefix(base: string, pull: number): string {
  return `heads/${QUEUE_BRANCH_ROOT}/${base}/pr-${pull}-`;
}
