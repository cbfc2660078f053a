// What prepare-release writes, so that its trailers count only on a commit that changed nothing else: a
// feature commit whose message ends in `Lockstep-Generated: prepare-release` (pasted, or written to hide
// the change) would otherwise leave lead time as a release commit, never as the change it is.

import { firstParentPathsOf } from '../git/log.ts';
import type { GitSpawner } from '../git/spawn.ts';
import { claimsOf, type Claims, type Trailer } from './trailers.ts';

/**
 * The file names prepare-release writes whatever the config says: CHANGELOG.md files, charts' Chart.yaml and
 * Chart.lock, and the lock files a lock-command rewrites.
 */
const RELEASE_NAMES = new Set([
  'CHANGELOG.md',
  'Chart.yaml',
  'Chart.lock',
  ...['poetry.lock', 'uv.lock', 'pdm.lock', 'Pipfile.lock', 'package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock'],
  ...['pnpm-lock.yaml', 'bun.lockb', 'Cargo.lock', 'Gemfile.lock', 'composer.lock', 'go.sum'],
]);

/** Whether `path` is a file prepare-release writes in any repository: RELEASE_NAMES, or `.version` (version-file's default). */
export function releaseWritesByName(path: string): boolean {
  return path === '.version' || RELEASE_NAMES.has(path.slice(path.lastIndexOf('/') + 1));
}

/**
 * Of the commits `claiming` a release, those that changed a file prepare-release does not write
 * (`releaseWrites`), or whose changes git cannot list: one `git log` for a thousand of them.
 */
export async function beyondRelease(
  git: GitSpawner,
  claiming: readonly string[],
  releaseWrites: (path: string) => boolean,
): Promise<Set<string>> {
  if (claiming.length === 0) return new Set();
  const paths = await firstParentPathsOf(git, claiming);
  return new Set(claiming.filter((sha) => !paths.get(sha)?.every(releaseWrites)));
}

/** A commit of the history walk as claimingRelease reads it: a change (`commit`), or a kept commit with its claims. */
type Walked = { commit: string } | { sha: string; claims?: Claims; merge?: { side: string } };

/** The kept commits whose trailers claim a release: their own, or for a merge its merged side's (`sides`). */
export function claimingRelease(commits: readonly Walked[], sides: ReadonlyMap<string, { message: string; block: Trailer[] }>): string[] {
  return commits.flatMap((c) => {
    if (!('sha' in c)) return [];
    const side = c.merge ? sides.get(c.merge.side) : undefined;
    const claims = c.merge ? side && claimsOf(side.message, side.block, 0) : c.claims;
    return claims?.prepareRelease ? [c.sha] : [];
  });
}
