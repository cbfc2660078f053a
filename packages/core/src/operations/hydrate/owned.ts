// hydrate-env writes proposed branches only (issue 73 item 1). A `hydrate-to:` or an Application's
// hydrateTo.targetBranch is untrusted text that names the branch written: pointed at the DRY branch it would
// replace the charts with rendered manifests, pointed at an environment's active branch (or at promote-env's
// `promote/<env>`) it would move that environment past every gate. Each branch a run would write is checked
// against every branch someone else owns before anything renders or is pushed, and refused at the line that
// named it, naming its owner.

import { configLine, type Config } from '../../config/config.ts';
import { UserError, UserErrors } from '../../errors.ts';
import { proposedBranch } from '../../git/hydrated.ts';
import { PromotionBranch } from '../../promote/publish/branch.ts';
import type { Chosen } from './plan.ts';

/** Where a chosen environment's written branch was named: an Application's hydrateTo or syncSource line. */
export interface NamedAt {
  file: string;
  line: number;
  /** The key as the reader finds it there (`spec.sourceHydrator.hydrateTo.targetBranch`). */
  key: string;
}

/** The branches a hydration must never write, each with what owns it (`the DRY branch`, `prod's active branch`). */
export function ownedBranches(
  config: Config,
  actives: ReadonlyMap<string, string>,
  dryBranches: readonly { branch: string; why: string }[],
): Map<string, string> {
  const owned = new Map<string, string>();
  for (const { branch, why } of dryBranches) if (!owned.has(branch)) owned.set(branch, `the DRY branch (${why})`);
  for (const [env, active] of actives) if (!owned.has(active)) owned.set(active, `${env}'s active branch`);
  for (const e of config.environments) {
    const b = PromotionBranch.of(e.name);
    if (!owned.has(b)) owned.set(b, `promote-env's branch for ${e.name}`);
  }
  return owned;
}

/** The line that named a chosen environment's written branch: its Application's, else the config's `hydrate-to:` (or `hydrate:`). */
export function branchNamedAt(config: Config, c: Chosen & { named?: NamedAt }): { file?: string; line?: number } {
  if (c.named) return { file: c.named.file, line: c.named.line };
  const line =
    configLine(config, ['environments', c.index, 'hydrate', 'hydrate-to']) ??
    configLine(config, ['environments', c.index, 'hydrate']) ??
    configLine(config, ['environments', c.index]);
  return { ...(config.file !== undefined ? { file: config.file } : {}), ...(line !== undefined ? { line } : {}) };
}

/**
 * Each chosen environment's written branch checked against `owned`: every one that is refused together, at the
 * line that named it (the Application's, else the config's `hydrate:`), before anything is rendered or pushed.
 */
export function refuseOwnedBranches(
  config: Config,
  chosen: readonly (Chosen & { named?: NamedAt })[],
  owned: ReadonlyMap<string, string>,
): void {
  const errors: UserError[] = [];
  for (const c of chosen) {
    const branch = proposedBranch(c.h);
    const owner = owned.get(branch);
    if (owner === undefined) continue;
    const own = c.h.path ? `${c.h.branch}-next/${c.h.path}` : `${c.h.branch}-next`;
    const at = c.named
      ? {
          file: c.named.file,
          line: c.named.line,
          hint: `write ${c.named.key}: ${c.h.branch}-next (a proposed branch of ${c.e.name}'s own); nothing was pushed`,
        }
      : {
          ...branchNamedAt(config, c),
          hint: `leave hydrate-to out (${c.e.name} then writes ${own}), or name a proposed branch of ${c.e.name}'s own; nothing was pushed`,
        };
    errors.push(new UserError(`${c.e.name}: hydrate-env would write ${branch}, which is ${owner}`, at));
  }
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new UserErrors(errors);
}
