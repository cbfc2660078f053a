import { UserError } from '../errors.ts';
import { gitText, gitTry, type GitSpawner } from './spawn.ts';
import { asRepo } from './repo.ts';

// What a repository on a user's disk is, for the faces that run outside a runner's checkout (the
// CLI), and for the unusual repositories an action can meet: is there a remote, which branch is
// the local default, and why HEAD names no commit (no commit yet, an unborn branch, a bare repository).

const BRANCH = /^(?!-)[A-Za-z0-9._/-]+$/;

/** Whether the repository has a remote named `remote` (default origin), as it is now (not remembered from earlier). */
export async function hasRemote(git: GitSpawner, remote = 'origin'): Promise<boolean> {
  return (await asRepo(git).remoteUrl(remote, true)) !== undefined;
}

/** The branch HEAD is on (even one with no commit yet), or undefined on a detached HEAD. */
export async function currentBranch(git: GitSpawner): Promise<string | undefined> {
  return (await gitTry(git, ['symbolic-ref', '--quiet', '--short', 'HEAD'])) || undefined;
}

/**
 * The local default branch: `init.defaultBranch` when that branch exists,
 * else `main`, else `master`; undefined when none of them has a commit.
 */
export async function localDefaultBranch(git: GitSpawner): Promise<string | undefined> {
  const configured = await gitTry(git, ['config', '--get', 'init.defaultBranch']);
  for (const b of [configured, 'main', 'master']) {
    if (!b || !BRANCH.test(b)) continue;
    if (await gitTry(git, ['rev-parse', '--verify', '--quiet', `refs/heads/${b}^{commit}`])) return b;
  }
  return undefined;
}

/** The default branch origin names (origin/HEAD, else what `ls-remote` says its HEAD is), or undefined. */
export async function remoteDefaultBranch(git: GitSpawner, remote = 'origin'): Promise<string | undefined> {
  const fromSym = await remoteHeadRef(git, remote);
  if (fromSym && BRANCH.test(fromSym)) return fromSym;
  const head = await asRepo(git).remoteHead(remote, true);
  return head && BRANCH.test(head) ? head : undefined;
}

/** The last tag reachable from `commit` (`git describe --tags`), or '' when there is none. */
export async function lastTagOn(git: GitSpawner, commit: string): Promise<string> {
  return (await gitTry(git, ['describe', '--tags', '--abbrev=0', commit])) ?? '';
}

/** What one `git rev-parse` tells of the checkout a run starts in. */
export interface HeadFacts {
  /** HEAD's commit; undefined when HEAD names none (headProblem says why) or this is no repository. */
  head?: string;
  /** Whether the clone is shallow. */
  shallow: boolean;
  /** The working directory's path inside the repository: '' at its top, else e.g. 'sub/dir/'. */
  prefix: string;
}

/**
 * HEAD's commit, whether the clone is shallow and where the working directory
 * is in the repository, from one git start instead of three (each start
 * blocks the run for a few ms, before the walk of the commits can begin).
 */
export async function headFacts(git: GitSpawner): Promise<HeadFacts> {
  const r = await git(['rev-parse', '--is-shallow-repository', '--show-prefix', '--verify', '--quiet', 'HEAD^{commit}']);
  // Printed in the order asked: true or false, the prefix (an empty line at the top; a folder name may hold a
  // newline), then HEAD's commit when it names one (exit 0).
  const text = r.stdout.toString('utf8');
  const lines = (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');
  const sha = r.code === 0 && lines.length >= 3 ? lines.pop() : undefined;
  const shallow = lines.shift() === 'true';
  asRepo(git).noteShallow(shallow);
  return { head: sha && /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined, shallow, prefix: lines.join('\n') };
}

/** HEAD's commit, or undefined when HEAD names none (headProblem says why). */
async function headCommit(git: GitSpawner): Promise<string | undefined> {
  return (await gitTry(git, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])) || undefined;
}

/**
 * Why HEAD names no commit, as a user error saying what is wrong with the
 * repository (no commit yet, an unborn branch, a bare repository); undefined
 * when HEAD is a commit. `consequence` starts the hint (e.g. "nothing to release").
 */
export async function headProblem(git: GitSpawner, consequence?: string): Promise<UserError | undefined> {
  if (await headCommit(git)) return undefined;
  const then = (fix: string) => (consequence ? `${consequence}: ${fix}` : fix);
  if ((await gitTry(git, ['rev-parse', '--is-bare-repository'])) === 'true')
    return new UserError('the repository is bare (it has no work tree)', {
      hint: then('run in a clone that has a work tree (git clone <path>)'),
    });
  const branch = await currentBranch(git);
  if (!(await gitTry(git, ['rev-list', '--max-count=1', '--all'])))
    return new UserError('the repository has no commit yet', { hint: then('commit the files first (git add, then git commit)') });
  return new UserError(`the branch ${branch ?? 'HEAD'} has no commit yet`, {
    hint: then('commit on it first, or switch to a branch that has commits (git switch <branch>)'),
  });
}

/** The branch `refs/remotes/<remote>/HEAD` names (as git stores it, unchecked), or undefined when it is not set. */
export async function remoteHeadRef(git: GitSpawner, remote = 'origin'): Promise<string | undefined> {
  const sym = await gitTry(git, ['symbolic-ref', '--quiet', '--', `refs/remotes/${remote}/HEAD`]);
  return sym?.replace(`refs/remotes/${remote}/`, '');
}

/** The top folder of the repository `git` runs in, or undefined outside one. */
export function topLevel(git: GitSpawner): Promise<string | undefined> {
  return gitTry(git, ['rev-parse', '--show-toplevel']);
}

/** The working directory's path inside the repository ('' at its top, else `sub/dir/`); throws outside one. */
export async function pathPrefix(git: GitSpawner): Promise<string> {
  return (await gitText(git, ['rev-parse', '--show-prefix'])).trim();
}

/** pathPrefix, or '' when git cannot tell. */
export async function pathPrefixOrTop(git: GitSpawner): Promise<string> {
  return (await gitTry(git, ['rev-parse', '--show-prefix'])) ?? '';
}

/** HEAD's abbreviated commit id, or undefined when HEAD names no commit. */
export function shortHeadCommit(git: GitSpawner): Promise<string | undefined> {
  return gitTry(git, ['rev-parse', '--short', '--verify', '--quiet', 'HEAD^{commit}']);
}

/** Makes the empty folder `git` runs in a bare repository whose origin is `url`. */
export async function initBareWithOrigin(git: GitSpawner, url: string): Promise<void> {
  for (const args of [
    ['init', '--quiet', '--bare'],
    ['remote', 'add', '--', 'origin', url],
  ]) {
    const r = await git(args);
    if (r.code !== 0) throw new Error(`git ${args[0]} failed: ${r.stderr.trim()}`);
  }
}
