// What one environment deploys, rendered at a commit as its deployer renders it (kind.ts picks the kind's
// module, which renders it): files are read from the commit, never from the work tree. Each render runs once per
// distinct input (render/cached.ts), bounded as every render is. What the deployer reads that the render could not
// (a side's gaps) is judged by the command rendering it (`judge`).

import { deploymentOf } from './kind.ts';
import type { CommitReader, DeployedEnvironment, EnvironmentOutcome, GapJudge, Renderers } from './model.ts';

/** The environment rendered as it deploys, at the commit `reader` reads; `inRepo` turns a config path into a repository path. */
export async function renderDeployed(
  e: DeployedEnvironment,
  charts: readonly string[],
  reader: CommitReader,
  renderers: Renderers,
  inRepo: (p: string) => string,
  judge: GapJudge,
): Promise<EnvironmentOutcome> {
  const deployment = deploymentOf(e);
  if (!deployment) return { ok: false, message: 'the config names no values file, overlay or Flux resource for it' };
  return deployment.render(reader, renderers, inRepo, charts, judge);
}
