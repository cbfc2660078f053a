import { spawnSync } from 'node:child_process';
import { authedGit } from '../git/publish.ts';
import { GIT_NO_HOOKS, type GitSpawner, gitSpawner } from '../git/objects.ts';
import type { ReleaseOutput, ReleasePorts } from './ports.ts';
import type { ReleaseBase } from './settings.ts';

/** origin's URL; undefined when the repository has none (a dry run needs none: only pushing and the API do). */
export function remoteUrl(cwd: string): string | undefined {
  const r = spawnSync('git', [...GIT_NO_HOOKS, 'remote', 'get-url', '--', 'origin'], { cwd, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** git in the workspace: with the token given through the environment when there is one and an origin to use it on. */
export function localGit(root: string, url: string | undefined, token: string | undefined, env: NodeJS.ProcessEnv): GitSpawner {
  return token && url ? authedGit(root, url, token, env) : gitSpawner(root, env);
}

/**
 * The ports of a dry run: git only (bind.ts's releasePorts gives the same
 * for a dry run), without loading the GitHub client and publishing code a
 * dry run never calls. origin's URL is asked only when a token could be
 * given to it.
 */
export function dryRunPorts(s: ReleaseBase, token: string | undefined, env: NodeJS.ProcessEnv, out: ReleaseOutput): ReleasePorts {
  const url = token ? remoteUrl(s.root) : undefined;
  return { git: localGit(s.root, url, token, env), log: out.log, env };
}
