import type { PullRef } from '../github/pulls.ts';
import type { ReleaseApi } from './ports.ts';
import { queuedLine, queuedReleasePull } from './queued.ts';
import type { ReleaseResult } from './result.ts';
import type { ReleaseSettings } from './settings.ts';

/**
 * Whether the open release PR is not this run's to touch, said in `result`: one labelled with the freeze label,
 * or one in the merge queue (GitHub refuses pushes to its branch, and closing it drops it from the queue).
 */
export async function leftAlone(
  s: ReleaseSettings,
  api: ReleaseApi,
  base: string,
  open: readonly PullRef[],
  result: ReleaseResult,
): Promise<boolean> {
  const frozen = open.find((p) => p.labels.includes(s.freezeLabel));
  const queued = frozen || open.length === 0 ? undefined : await queuedReleasePull(api, base, open);
  const pull = frozen ?? queued?.pull;
  if (!pull) return false;
  result.mode = 'nothing';
  result.pr = { number: pull.number, url: pull.url };
  result.branch = pull.head;
  if (queued) {
    result.queued = queued.ref.replace(/^refs\/heads\//, '');
    result.actions.push(queuedLine(pull, queued.ref, base));
  } else
    result.actions.push(
      `Release PR #${pull.number} carries the '${s.freezeLabel}' label: it is left alone and no new release PR is opened. Remove the label to let prepare-release update it.`,
    );
  return true;
}
