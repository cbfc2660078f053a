import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { headProblem } from './local-repo.ts';
import { gitSpawner } from './objects.ts';
import { gitText, type GitSpawner } from './spawn.ts';
import { headCommit } from './tags.ts';

// What `lockstep check` checks in a terminal by default: the work tree as it is, uncommitted changes
// included, recorded as a commit (packages/cli/src/commands/local.ts).

/**
 * `git status --porcelain=v1 -z` with every untracked file and no rename detection: of the whole
 * repository, or of the working directory only (`here`). Paths are relative to the repository's top.
 */
export function porcelainStatus(git: GitSpawner, here: boolean): Promise<string> {
  const args = ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames'];
  return gitText(git, here ? [...args, '--', '.'] : args);
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
  const status = await porcelainStatus(git, false);
  const paths = status
    .split('\0')
    .filter((e) => e.length > 3)
    .map((e) => e.slice(3));
  if (paths.length === 0) return undefined;
  const head = await headCommit(git);
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
