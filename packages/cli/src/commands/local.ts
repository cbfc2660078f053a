import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { UserError } from '@lockstep/core/errors';
import { currentBranch, headProblem, hasRemote, localDefaultBranch, remoteDefaultBranch } from '@lockstep/core/git/local-repo';
import { gitSpawner } from '@lockstep/core/git/objects';
import { gitText, type GitSpawner } from '@lockstep/core/git/spawn';

// What `lockstep check` compares in a terminal, where no pull request says it: the default branch
// (origin's when there is a remote, else the local one), and the work tree as it is, uncommitted
// changes included. Loaded by the check command's handler only.

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
  const described = await git(['describe', '--tags', '--abbrev=0', tip]);
  const tag = described.code === 0 ? described.stdout.toString('utf8').trim() : '';
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

/** The commit `ref` names, or undefined. */
async function commitOf(git: GitSpawner, ref: string): Promise<string | undefined> {
  const r = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
}

/** The work tree as a commit on top of HEAD, when it differs from HEAD: what `check` then checks. */
export interface WorkTreeSnapshot {
  commit: string;
  head: string;
  /** The paths that differ from HEAD (modified, added, deleted, untracked and not ignored). */
  paths: string[];
}

/**
 * Records the work tree (tracked changes and untracked files that are not
 * ignored) as a commit whose parent is HEAD, through a temporary copy of the
 * index: the real index, the work tree and every ref stay as they were (the
 * commit is referenced by nothing). Undefined when the work tree matches HEAD.
 */
export async function workTreeSnapshot(root: string, env: NodeJS.ProcessEnv): Promise<WorkTreeSnapshot | undefined> {
  const git = gitSpawner(root, env);
  const noHead = await headProblem(git, 'nothing to check');
  if (noHead) throw noHead;
  const status = await gitText(git, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames']);
  const paths = status
    .split('\0')
    .filter((e) => e.length > 3)
    .map((e) => e.slice(3));
  if (paths.length === 0) return undefined;
  const head = (await gitText(git, ['rev-parse', '--verify', 'HEAD^{commit}'])).trim();
  const tmp = mkdtempSync(join(tmpdir(), 'lockstep-check-'));
  try {
    const index = join(tmp, 'index');
    const real = (await gitText(git, ['rev-parse', '--git-path', 'index'])).trim();
    const realAbs = isAbsolute(real) ? real : resolve(root, real);
    // The copy keeps the real index's file stamps, so `git add` hashes only what changed.
    if (existsSync(realAbs)) copyFileSync(realAbs, index);
    const staged = gitSpawner(root, { ...env, GIT_INDEX_FILE: index });
    if (!existsSync(index)) await gitText(staged, ['read-tree', head]);
    await gitText(staged, ['add', '--all', '--', ':/']);
    const tree = (await gitText(staged, ['write-tree'])).trim();
    const who = {
      GIT_AUTHOR_NAME: 'lockstep',
      GIT_AUTHOR_EMAIL: 'lockstep@localhost',
      GIT_COMMITTER_NAME: 'lockstep',
      GIT_COMMITTER_EMAIL: 'lockstep@localhost',
    };
    const commit = (
      await gitText(gitSpawner(root, { ...env, ...who }), [
        'commit-tree',
        tree,
        '-p',
        head,
        '-m',
        'lockstep check: the work tree, uncommitted',
      ])
    ).trim();
    return { commit, head, paths };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
