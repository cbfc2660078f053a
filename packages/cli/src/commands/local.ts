import { UserError } from '@lockstep/core/errors';
import { commitOf } from '@lockstep/core/git/commits';
import { currentBranch, hasRemote, lastTagOn, localDefaultBranch, remoteDefaultBranch } from '@lockstep/core/git/local-repo';
import { refsAtHead } from '@lockstep/core/git/refs-at-head';
import type { GitSpawner } from '@lockstep/core/git/spawn';
import { type QueueBranch, queueBranchOf } from '@lockstep/core/git/queue-branch';

// What `lockstep check` compares in a terminal, where no pull request says it: the default branch
// (origin's when there is a remote, else the local one), and the work tree as it is, uncommitted
// changes included (git/worktree.ts's workTreeSnapshot). Loaded by the check command's handler only.

/**
 * The ref `check` compares with when --base is not given, and the line that
 * says so. On the local default branch itself (no remote: the branch is HEAD),
 * comparing with it would compare HEAD with itself: the last tag reachable
 * from HEAD is the last release then, or, with none, there is nothing to
 * compare with (`ref` undefined, and `said` says so).
 */
export async function defaultCheckBase(git: GitSpawner, head: string): Promise<{ ref?: string; label?: string; said: string }> {
  if (await hasRemote(git)) {
    const branch = await remoteDefaultBranch(git);
    if (!branch)
      throw new UserError('cannot tell which branch to compare with: origin has no default branch this repository knows of', {
        hint: 'pass --base with the branch to compare with (e.g. --base main), or run git remote set-head origin --auto',
      });
    return {
      ref: `refs/remotes/origin/${branch}`,
      label: `origin/${branch}`,
      said: `comparing with origin/${branch}, origin's default branch (pass --base for another)`,
    };
  }
  const branch = await localDefaultBranch(git);
  if (!branch)
    throw new UserError('cannot tell which branch to compare with: the repository has no remote and no main or master branch', {
      hint: 'pass --base with the branch, tag or commit to compare with (e.g. --base trunk)',
    });
  const [tip, at, on] = await Promise.all([commitOf(git, `refs/heads/${branch}`), commitOf(git, head), currentBranch(git)]);
  if (tip === undefined || tip !== at || on !== branch)
    return {
      ref: `refs/heads/${branch}`,
      label: `the local branch ${branch}`,
      said: `comparing with the local branch ${branch}: the repository has no origin remote (pass --base for another)`,
    };
  const tag = await lastTagOn(git, tip);
  if (tag === '' || tag.startsWith('-'))
    return {
      said: `Nothing to compare with: HEAD is ${branch}, the local default branch, no tag is reachable from it and the repository has no origin remote; nothing was checked.`,
    };
  return {
    ref: `refs/tags/${tag}`,
    label: tag,
    said: `comparing with ${tag}, the last tag on ${branch}: HEAD is the local default branch and the repository has no origin remote (pass --base for another)`,
  };
}

/** A merge queue entry a checkout is on: the full ref of its branch, and what the branch's name says. */
export interface CheckedOutQueueEntry {
  ref: string;
  entry: QueueBranch;
}

/**
 * The merge queue entry the checkout is on: HEAD's branch when it is a queue branch
 * (`gh-readonly-queue/<branch>/pr-<n>-<sha>`: actions/checkout leaves a `merge_group` job on one, and `git
 * checkout` of origin's makes one), else, on a detached HEAD, the queue branch (local or origin's) at HEAD
 * when exactly one entry is there. Undefined on any other branch.
 */
export async function checkedOutQueueEntry(git: GitSpawner): Promise<CheckedOutQueueEntry | undefined> {
  const on = await currentBranch(git);
  if (on !== undefined) {
    const entry = queueBranchOf(on);
    return entry ? { ref: `refs/heads/${on}`, entry } : undefined;
  }
  const at = await refsAtHead(git, ['refs/heads/gh-readonly-queue/', 'refs/remotes/origin/gh-readonly-queue/']);
  const found = at.flatMap((ref) => {
    const entry = queueBranchOf(ref);
    return entry ? [{ ref, entry }] : [];
  });
  const same = (a: QueueBranch, b: QueueBranch) => a.baseBranch === b.baseBranch && a.pull === b.pull && a.entryBase === b.entryBase;
  return found.length > 0 && found.every((f) => same(f.entry, found[0].entry)) ? found[0] : undefined;
}

/**
 * What check compares a merge queue entry with when --base is not given, as the queue does: the branch it
 * merges into, origin's when there is a remote (fetched by the check when the clone lacks it), else the local
 * one; and the line that says so.
 */
export async function queueCheckBase(git: GitSpawner, entry: QueueBranch): Promise<{ ref: string; label: string; said: string }> {
  const remote = await hasRemote(git);
  const label = remote ? `origin/${entry.baseBranch}` : `the local branch ${entry.baseBranch}`;
  return {
    ref: remote ? `refs/remotes/origin/${entry.baseBranch}` : `refs/heads/${entry.baseBranch}`,
    label,
    said: `checking merge queue entry #${entry.pull} into ${entry.baseBranch}, built on ${entry.entryBase.slice(0, 12)}: comparing with ${label}, the queue's base (pass --base for another)`,
  };
}
