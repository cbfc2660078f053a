// The paths whose change is a landing in an environment, for `lockstep metrics` (issue 72: one model per deployer
// kind, the same answer in every command). A commit that changes what an environment's deployer reads changes what
// the environment runs, as status reads it: each kind answers those paths (deploy/model.ts Deployment.inputs), read
// at the tip of the base branch. An overlay: the folders its build reaches (its own, its bases, components) and the
// files it names outside them; a values file: the file (and its Application's file and valueFiles entries of this
// repository); a HelmRelease: its file, its base, its chart source's file and its valuesFrom ConfigMaps' files; a
// Flux Kustomization: its file, its spec.path build's and its substituteFrom ConfigMaps' files. A path two
// environments read (a common base) is a landing in both: both deployers apply the change at their next sync.
// A chart's own folder is no landing: a chart lands through a release, which the records read from its tag.

import { mapLimit } from '../../async/map-limit.ts';
import { deployerResource, deploymentOf } from '../../deploy/kind.ts';
import { isFleet } from '../../deploy/fleet.ts';
import { pinPath } from '../../promote/place.ts';
import type { PromoteEnvironment } from '../../promote/request.ts';
import type { EnvironmentFiles } from '../../records/history.ts';
import type { ChartReader } from '../../render/render.ts';
import { globMatcher } from '../../text/glob.ts';

/** Environments read at once: each kind's reading is a few cat-file reads, the build of an overlay a folder's. */
const AT_ONCE = 8;

/**
 * Each environment's landing paths at the commit `reader` reads (the tip): the pins' path and the deployer's own
 * resource (what metrics read before), with every path its kind says its deployer reads. `hydrated`, environments
 * promoted on hydrated branches: none here (records/hydrated-landings.ts reads their landings). An environment of
 * many apps keeps its globs (matched as the config's globs are): reading each app's inputs would expand the globs at
 * every commit of the history, not once.
 */
export function landingFiles(
  environments: readonly PromoteEnvironment[],
  hydrated: ReadonlySet<string>,
  reader: ChartReader,
  charts: readonly string[],
): Promise<EnvironmentFiles[]> {
  return mapLimit(environments, AT_ONCE, async (e): Promise<EnvironmentFiles> => {
    if (hydrated.has(e.name)) return { name: e.name, files: [] };
    const files = [pinPath(e), ...[deployerResource(e)?.file ?? []].flat()];
    if (isFleet(e)) return { name: e.name, files, matches: globMatcher(files) };
    // The config's paths are the repository's, as promote and status read them at the base.
    const read = (await deploymentOf(e)?.inputs({ reader, inRepo: (p) => p, charts })) ?? [];
    return { name: e.name, files: [...new Set([...files, ...read])] };
  });
}
