// Promotions of hydrated branches as landings (issue 59 item 2): an environment whose `hydrate:` says
// `promote: lockstep` is deployed by merging `<branch>-next` into `<branch>`, not by a commit on the base branch.
// Each first-parent commit of its active branch that changed its hydrator.metadata is a landing there, at its
// committer time, that ships the DRY commit the file names and every change before it on the base branch's
// first-parent history (`ships`, its position): lead time runs from those changes' merge to this landing.

import { fetchBranch } from '../git/publish.ts';
import { firstParentPosition, metadataHistory } from '../git/hydrated-history.ts';
import type { GitSpawner } from '../git/spawn.ts';
import type { Landing } from './history.ts';
import { dryShaOf } from '../git/hydrated.ts';

/** An environment promoted on its hydrated branches: its active branch and the hydrator.metadata in it. */
export interface HydratedEnvironment {
  name: string;
  active: string;
  metadata: string;
}

/**
 * The landings of each environment on its active branch (fetched from origin), oldest first; `tip` and
 * `commits` are the base branch's first-parent history as history.ts read it (a DRY commit off it is skipped).
 */
export async function hydratedLandings(
  git: GitSpawner,
  tip: string,
  commits: number,
  environments: readonly HydratedEnvironment[],
  now = Infinity,
): Promise<Landing[]> {
  const out: Landing[] = [];
  for (const e of environments) {
    const active = await fetchBranch(git, 'origin', e.active);
    if (!active) continue;
    let last = -1;
    for (const { sha, at, text } of await metadataHistory(git, active, e.metadata)) {
      const dry = dryShaOf(text);
      const ships = dry ? await firstParentPosition(git, tip, commits, dry) : undefined;
      if (ships === undefined) continue;
      out.push({
        commit: sha,
        index: ships,
        ships,
        at: Math.min(at, now),
        environment: e.name,
        services: [],
        rollback: ships < last,
        inferred: false,
        source: 'git',
      });
      last = ships;
    }
  }
  return out;
}
