// The values contract without a render (issue 74, item 3): the contract is
// static, so an environment whose values the pull request touches is judged
// when the render is off or no Helm is on the runner, as long as the chart's
// templates can be read from the repository (or from the archive a Flux
// release's render pulled). The sides are read as the renders read them
// (render-inputs.ts, render-flux.ts); nothing is rendered.

import type { ChartCheck } from '../../checks/types.ts';
import { readChartArchive } from '../../charts/archive.ts';
import type { Config, EnvironmentConfig } from '../../config/config.ts';
import { UserError } from '../../errors.ts';
import type { RenderSide, Unavailable } from '../../render/render.ts';
import type { ValuesSource } from '../../values/values-origin.ts';
import { sideContract, sideSources, type CheckContract, type ContractChart } from './contract.ts';
import type { CheckJob } from './check-job.ts';
import { applicationOf, chartDeployers, chartFolders, environmentFiles, type CheckTree, type InputsRender } from './render-inputs.ts';
import { readsChanged } from './reach.ts';
import { environmentSide, type ChartSide, type InputsReader } from './chart-resolver.ts';

/**
 * The values contract without rendering, of every environment whose values the pull request touches: the head side of
 * each changed chart per environment deploying it whose values file, Application or valueFiles changed, each environment
 * whose inputs changed, and each job read whole (a Flux release whose HelmRelease, values or chart did) that judges its values.
 */
export async function judgeUnrendered(
  contract: CheckContract,
  config: Config,
  changed: readonly ChartCheck[],
  chartEnvs: readonly EnvironmentConfig[],
  commits: { base: string; head: string },
  reader: InputsReader,
  inRepo: (p: string) => string,
  inputs: readonly InputsRender[],
  read: readonly CheckJob<RenderSide>[],
  tree: CheckTree | undefined,
): Promise<void> {
  const deploys = chartDeployers(config, reader, commits.head, inRepo);
  for (const chart of changed)
    for (const e of chartEnvs) {
      if (e.values === undefined) continue;
      const { values, ref, appFile, headText } = await environmentFiles(e, e.values, commits, reader, inRepo);
      const app = appFile ? applicationOf(reader, headText, appFile, ref?.name, [chart.path]) : undefined;
      // Unrendered, an environment of a changed chart is judged where the pull request touches its values (a render judges every one).
      if (!(await deploys(app, values, chart))) continue;
      if (!tree || !(await readsChanged(e, tree.changed, [commits.head], reader, inRepo, [chart.path]))) continue;
      const head = { dir: chart.path, name: chart.name, at: commits.head, charts: [chart.path] };
      const judged = sideContract(await environmentSide(e, reader, commits.head, inRepo, head), appFile ?? values);
      await contract.judge(
        e,
        changed.length > 1 ? `${e.name} (${chart.name})` : e.name,
        chart.name,
        chart.path,
        judged.chart,
        judged.sources,
        { changed: true },
      );
    }
  for (const i of inputs) {
    const e = i.environment;
    if (!tree || !(await readsChanged(e, tree.changed, [commits.head], reader, inRepo, chartFolders(tree.headPaths)))) continue;
    const judged = await inputsContract(i.after, i.file);
    await contract.judge(i.environment, i.environment.name, i.chart, i.dir, judged.chart, judged.sources);
  }
  for (const j of read) await j.judge?.(contract, {});
}

/** The chart a Flux release's render reads, as the values contract reads it: a folder's files, a pulled archive's, or why none. */
export async function fluxContractChart(after: RenderSide | Unavailable, file: string, line: number): Promise<ContractChart> {
  if ('unavailable' in after) return { unavailable: after.unavailable, file, line };
  if ('files' in after.chart) return { files: after.chart.files };
  try {
    return { files: await readChartArchive(Buffer.from(after.chart.tgz), 'the pulled chart', { templates: true, subcharts: true }) };
  } catch (e) {
    if (e instanceof UserError) return { unavailable: e.detail, file, line };
    throw e;
  }
}

/**
 * The values contract's reading of an environment's side whose inputs changed (render-inputs.ts): sideContract's, or
 * for a chart pulled from a registry (render-registry.ts) the archive's files (fluxContractChart) with the side's values.
 */
export async function inputsContract(h: ChartSide, file: string): Promise<{ chart: ContractChart; sources: ValuesSource[] }> {
  if ('unavailable' in h.side || 'files' in h.side.chart) return sideContract(h, file);
  return { chart: await fluxContractChart(h.side, file, 1), sources: sideSources(h) };
}
