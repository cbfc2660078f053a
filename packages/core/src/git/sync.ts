import { spawnSync } from 'node:child_process';
import { GIT_NO_HOOKS } from './spawn.ts';

// The git questions answered synchronously: where the CLI stands before any command loads (its
// repository's top, the branch, the user's identity) and the release's reads of HEAD's files during
// planning. Each one git command line, spelled here and nowhere else; hooks off as every git lockstep starts.

/** The trimmed output of `git <args>` in `cwd` (with `env`, when given), or undefined when git failed. */
function gitSync(cwd: string, args: readonly string[], env?: NodeJS.ProcessEnv): string | undefined {
  const r = env
    ? spawnSync('git', [...GIT_NO_HOOKS, ...args], { cwd, env, encoding: 'utf8' })
    : spawnSync('git', [...GIT_NO_HOOKS, ...args], { cwd, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** The top of the repository `cwd` is in, or undefined outside one (or '' as git printed it). */
export function topLevelSync(cwd: string): string | undefined {
  return gitSync(cwd, ['rev-parse', '--show-toplevel']);
}

/** A git config value as `git config --get` reads it in `cwd` with `env`; '' when unset. */
export function configValueSync(cwd: string, env: NodeJS.ProcessEnv, key: string): string {
  return gitSync(cwd, ['config', '--get', key], { ...env }) ?? '';
}

/** The ref HEAD is a symbolic ref to (`refs/heads/…`), or undefined on a detached HEAD. */
export function headRefSync(cwd: string): string | undefined {
  return gitSync(cwd, ['symbolic-ref', '--quiet', 'HEAD']);
}

/** How many commits HEAD has that `sha` has not (0 when git cannot tell). */
export function commitsAheadSync(cwd: string, sha: string): number {
  const out = gitSync(cwd, ['rev-list', '--count', `${sha}..HEAD`]);
  return out === undefined ? 0 : Number(out);
}

/** Whether tracked files differ from HEAD (untracked ones aside). */
export function hasUncommittedSync(cwd: string): boolean {
  const out = gitSync(cwd, ['status', '--porcelain', '--untracked-files=no']);
  return out !== undefined && out !== '';
}

/** The text of the blob `spec` (`commit:path`) names, read in `cwd`; undefined when it names none. */
export function blobTextSync(cwd: string, env: NodeJS.ProcessEnv, spec: string): string | undefined {
  const r = spawnSync('git', [...GIT_NO_HOOKS, 'cat-file', 'blob', spec], {
    cwd,
    env: { ...env, LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' },
    maxBuffer: 1 << 30,
  });
  return r.status === 0 ? r.stdout.toString('utf8') : undefined;
}
