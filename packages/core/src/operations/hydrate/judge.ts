// Hydrate's judgement of what the deployer reads that a render could not (deploy/model.ts SideGaps): a hydrated
// branch holds what the cluster receives, or nothing, so a HelmRelease whose valuesFrom lockstep cannot read is
// refused. A values file missing beside its chart renders the chart alone (as `helm template` does); a Chart.yaml
// naming no chart names the release after its folder. Promote's and the check's judgements are their own
// (promote/chart-input.ts promoteJudged, operations/check/chart-resolver.ts checkJudged).

import type { SideGaps } from '../../deploy/model.ts';

/** Why hydrate refuses a side with `gaps`; undefined when it renders it without them. */
export function hydrateRefuses(gaps: SideGaps | undefined): string | undefined {
  const unread = gaps?.unreadValuesFrom;
  return unread
    ? `HelmRelease ${unread.release}: ${unread.entries.join('; ')}, so its render would not be what helm-controller installs (keep those values in a ConfigMap of the repository)`
    : undefined;
}
