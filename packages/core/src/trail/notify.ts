// Leaves the trail on source pull requests: for each one, its lockstep trail
// comment read back, the step merged in, and written once (created, edited in
// place, or left alone) through commentOnce, whose create is looked up after a
// 5xx rather than repeated. A number that is not a merged pull request (an
// issue cited in a changelog) gets nothing.

import { GitHubError, type GitHub } from '../github/client.ts';
import { commentMarker, commentOnce, findMarkedComment, getPull } from '../github/pulls.ts';
import { TRAIL_MARKER, trailBody, type TrailOutcome, type TrailStep } from './trail.ts';

export type { TrailOutcome };

/** Pull requests commented on per run at most: a huge release still ends in bounded time. */
const MAX_PULLS = 100;

/** Adds `step` to the trail comment of every merged pull request in `pulls` (excluding `except`, e.g. the release PR itself). */
export async function leaveTrail(
  gh: GitHub,
  pulls: readonly number[],
  step: TrailStep,
  except: readonly number[] = [],
): Promise<TrailOutcome> {
  const out: TrailOutcome = { created: [], updated: [], unchanged: [], skipped: [], failed: [] };
  const targets = [...new Set(pulls)].filter((n) => !except.includes(n)).sort((a, b) => a - b);
  for (const n of targets.slice(0, MAX_PULLS)) {
    try {
      const pull = await getPull(gh, n).catch((e: unknown) => {
        if (e instanceof GitHubError && (e.status === 404 || e.status === 410)) return undefined;
        throw e;
      });
      if (!pull?.merged) {
        out.skipped.push(n);
        continue;
      }
      const existing = await findMarkedComment(gh, n, commentMarker(TRAIL_MARKER));
      out[await commentOnce(gh, n, trailBody(existing?.body, step), TRAIL_MARKER)].push(n);
    } catch (e) {
      out.failed.push(`#${n}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  if (targets.length > MAX_PULLS)
    out.failed.push(`${targets.length - MAX_PULLS} more pull requests were not commented on (at most ${MAX_PULLS} per run)`);
  return out;
}
