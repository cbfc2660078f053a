import { UserError } from '@lockstep/core/errors';
import type { Identity } from '@lockstep/core/git/identity';
import { commitsAheadSync, configValueSync, hasUncommittedSync, headRefSync } from '@lockstep/core/git/sync';
import { openRepo } from '@lockstep/core/git/repo';
import type { CliIo } from '../io.ts';

// What promote, release and status read of the terminal's surroundings (the token, origin, the branch
// checked out). Loaded by those commands' handlers only: `lockstep --help` and the other commands do
// not start git or load node:child_process.

/**
 * The token for GitHub calls and pushes, from GITHUB_TOKEN or GH_TOKEN (as gh
 * reads it), masked in everything the CLI prints. `--push` without one is a
 * mistake stated before anything runs.
 */
export function cliToken(io: CliIo & { secret(value: string): void }, push: boolean): string | undefined {
  const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN || undefined;
  if (token) io.secret(token);
  if (push && !token)
    throw new UserError('--push needs a GitHub token, and neither GITHUB_TOKEN nor GH_TOKEN is set', {
      hint: 'export GITHUB_TOKEN (e.g. GITHUB_TOKEN=$(gh auth token)), or leave out --push for a dry run',
    });
  return token;
}

/**
 * Who the commits a command makes are by: the user's own git identity, as git commit takes it
 * (GIT_AUTHOR_NAME/EMAIL, else user.name and user.email, else EMAIL); undefined on a
 * runner (GITHUB_ACTIONS=true), where github-actions[bot] commits as in the actions. A write with no
 * identity git can tell is a mistake said before anything runs.
 */
export function cliIdentity(io: CliIo, push: boolean): Identity | undefined {
  if (io.env.GITHUB_ACTIONS === 'true') return undefined;
  const config = (key: string) => configValueSync(io.cwd, io.env, key);
  // As git commit decides it, strictly: no name or e-mail guessed from the host.
  const name = io.env.GIT_AUTHOR_NAME || config('user.name');
  const email = io.env.GIT_AUTHOR_EMAIL || config('user.email') || io.env.EMAIL || '';
  if (name !== '' && email !== '' && !/[<>\n\0]/.test(name + email)) return { name, email };
  if (push)
    throw new UserError('--push commits as you, and git cannot tell who you are: user.name and user.email are not set', {
      hint: 'run git config --global user.name "Your Name" and git config --global user.email you@example.com',
    });
  return undefined;
}

/** owner/name of a hosted `origin` (asked of git through the Repo), for GITHUB_REPOSITORY when the shell does not set it. */
export async function originRepository(cwd: string): Promise<string | undefined> {
  const url = await openRepo(cwd).remoteUrl();
  // Only a hosted remote (https://host/owner/name, ssh://, git@host:owner/name) names a repository; a local path does not.
  const m = url ? /^(?:(?:https?|ssh):\/\/[^/]+\/|[\w.-]+@[\w.-]+:)([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(url) : null;
  return m ? m[1] : undefined;
}

/** The environment core reads the run context from: the shell's, with the repository taken from origin when unset. */
export async function cliEnv(io: CliIo): Promise<NodeJS.ProcessEnv> {
  return { ...io.env, GITHUB_REPOSITORY: io.env.GITHUB_REPOSITORY || (await originRepository(io.cwd)) };
}

/** GITHUB_REF, or the branch checked out (`refs/heads/…`): the base a release defaults to. */
export function currentRef(io: CliIo): string | undefined {
  if (io.env.GITHUB_REF) return io.env.GITHUB_REF;
  return headRefSync(io.cwd);
}

/**
 * A note when the checkout differs from `read` (origin's branch, at `sha`):
 * commits on HEAD that are not there, or uncommitted changes; undefined when it
 * matches.
 */
export function localDifference(io: CliIo, sha: string, read: string): string | undefined {
  const commits = commitsAheadSync(io.cwd, sha);
  const changed = hasUncommittedSync(io.cwd);
  if (commits === 0 && !changed) return undefined;
  const what = [
    commits > 0 ? `${commits} local commit${commits === 1 ? '' : 's'} not on ${read}` : '',
    changed ? 'uncommitted changes' : '',
  ]
    .filter(Boolean)
    .join(' and ');
  return `note: read ${read} at ${sha.slice(0, 12)}; this checkout has ${what}, not shown here (push to see them)`;
}
