import { gitTry, type GitSpawner } from './spawn.ts';

// Which branches a detached HEAD is on, for `lockstep check` on a checkout of a merge queue branch
// (packages/cli/src/commands/local.ts): its own module, so that the actions' bundles do not change with it.

/** The full names of the refs under `prefixes` (`refs/heads/x/`) that point at HEAD; none when git cannot say. */
export async function refsAtHead(git: GitSpawner, prefixes: readonly string[]): Promise<string[]> {
  const out = await gitTry(git, ['for-each-ref', '--points-at', 'HEAD', '--format=%(refname)', ...prefixes]);
  return (out ?? '').split('\n').filter((r) => r !== '');
}
