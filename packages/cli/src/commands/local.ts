import { UserError } from '@lockstep/core/errors';
import { commitOf } from '@lockstep/core/git/commits';
import { currentBranch, hasRemote, lastTagOn, localDefaultBranch, remoteDefaultBranch } from '@lockstep/core/git/local-repo';
import type { GitSpawner } from '@lockstep/core/git/spawn';

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
