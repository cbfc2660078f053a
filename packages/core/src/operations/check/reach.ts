// Which environments a pull request reaches through what their deployer reads: each kind answers the repository
// paths its deployer reads at a commit (deploy/model.ts Deployment.inputs: a values file; an Application's file,
// its values file and the files of this repository its valueFiles name; a HelmRelease's file, base, source and
// valuesFrom files; an overlay's folders), the answer `lockstep metrics` counts a landing by. The check asks it at
// the base and at the head, so a pull request that moves an input (a valueFiles entry renamed) reaches the
// environment on either side. A chart's own folder is not among them: a changed chart reaches its environments as
// such (render.ts), and an environment deploying a chart folder the pull request touches is rendered by the caller.

import type { EnvironmentConfig } from '../../config/config.ts';
import { deploymentOf } from '../../deploy/kind.ts';
import { readerAt, type InputsReader } from './chart-resolver.ts';

/** Whether `path` is `input` or under it (a folder input stands for every file under it). */
const under = (path: string, input: string) => path === input || input === '.' || path.startsWith(`${input.replace(/\/+$/, '')}/`);

/**
 * Whether the pull request's changed paths hold one that environment `e`'s deployer reads at one of `commits`
 * (Deployment.inputs, read as the check reads each commit; `charts`, the chart folders an Application's source may
 * name, as repository paths).
 */
export async function readsChanged(
  e: EnvironmentConfig,
  changed: ReadonlySet<string>,
  commits: readonly string[],
  reader: InputsReader,
  inRepo: (p: string) => string,
  charts: readonly string[],
): Promise<boolean> {
  const d = deploymentOf(e);
  if (!d || changed.size === 0) return false;
  const read = await Promise.all(commits.map((c) => d.inputs({ reader: readerAt(reader, c), inRepo, charts })));
  const inputs = [...new Set(read.flat())];
  return [...changed].some((p) => inputs.some((i) => under(p, i)));
}
