/**
 * Bench repositories must not work in the background while a bench times
 * them: git starts `gc --auto` (a repack, a commit-graph write) after a push
 * (receive.autogc), a fetch or a commit (`maintenance run --auto`), detached
 * from the command that triggered it, so the next measured runs share the
 * machine with it. These settings rule that out for the generated
 * repositories. (A shell check timed at 140–280 ms instead of ~13 ms was seen
 * again with them set, while other jobs loaded the machine: the
 * chart-bump-check bench refuses to judge such a floor, see floorDisturbed.)
 */
import { execFileSync } from 'node:child_process';

/** The settings, as `-c` arguments of `git clone` (which keeps them in the clone's config). */
export const QUIET_GIT_CONFIG: readonly string[] = ['gc.auto=0', 'maintenance.auto=false', 'receive.autogc=false'];

/** Writes QUIET_GIT_CONFIG into the config of the repository at `dir` (bare or not). */
export function quietRepo(dir: string): void {
  for (const setting of QUIET_GIT_CONFIG) {
    const eq = setting.indexOf('=');
    execFileSync('git', ['config', setting.slice(0, eq), setting.slice(eq + 1)], { cwd: dir, stdio: 'pipe' });
  }
}

/** `-c` arguments for `git clone`: the clone starts quiet. */
export const quietCloneArgs = (): string[] => QUIET_GIT_CONFIG.flatMap((s) => ['-c', s]);
