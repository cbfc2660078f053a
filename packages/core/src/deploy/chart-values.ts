// A values file rendered with the chart folder that holds it, as `helm template` renders it: the chart's own
// values.yaml first, then the environment's file, the release named by the chart's Chart.yaml. With an Argo CD
// Application the chart and the values are the Application's (argocd/side.ts).

import { posix } from 'node:path';
import { readChartFolder, type ChartReader, type Unavailable } from '../render/render.ts';
import { findCharts } from '../charts/discover.ts';
import { chartMeta, join } from '../values/chart-files.ts';
import {
  chartFileSources,
  filesOf,
  type DeployedEnvironment,
  type Deployment,
  type HelmSide,
  type SideGaps,
  type SideInput,
  type SideUnavailable,
} from './model.ts';
import { onePinPath, noOverlaySide, noSetValues, noResourceWhere, noValuesHome, noRewrite, renderHelmSide } from './kind-helpers.ts';

/** A values file beside a chart folder, with no Application. */
export function chartValues(e: DeployedEnvironment & { values: string }): Deployment {
  const deployment: Deployment = {
    kind: 'chart-values',
    renderer: 'helm',
    pinKey: 'values',
    // The chart folder holding the values file, of this repository.
    mayPullChart: false,
    buildPinnedByOci: false,
    files: filesOf(e.values),
    pinPath: e.values,
    pinPaths: onePinPath(e.values),
    // The values file; the chart folder holding it is the chart's, which lands through a release, not here.
    inputs: ({ inRepo }) => Promise.resolve([inRepo(e.values)]),
    side: (input) => valuesSide(e, input),
    overlaySide: noOverlaySide,
    setValues: noSetValues,
    resourceWhere: noResourceWhere,
    valuesHome: noValuesHome,
    rewritesImages: noRewrite,
    rewritePlace: noRewrite,
    render: (reader, renderers, inRepo, charts, judge) =>
      renderHelmSide(e, renderers, judge, () =>
        deployment.side({
          reader,
          // No chart is named: the folder holding the values file is read with the commit's reader (valuesSide).
          chart: () => Promise.resolve({ unavailable: 'a values file names no chart' }),
          inRepo,
          charts: charts.map(inRepo),
        }),
      ),
  };
  return deployment;
}

/**
 * The values file's side: the chart folder holding it (valuesChartFolder) as the commit holds it, the chart's
 * values.yaml then the file, the release named by the chart's Chart.yaml. A file the commit does not hold, or a
 * Chart.yaml naming no chart (the release named after its folder), is a gap the side names (SideGaps).
 */
async function valuesSide(e: DeployedEnvironment & { values: string }, input: SideInput): Promise<HelmSide | SideUnavailable> {
  const { reader, inRepo } = input;
  const values = inRepo(e.values);
  const text = await reader.read(values);
  const missing: SideGaps | undefined = text === undefined ? { missingValues: values } : undefined;
  const folder = input.valuesChart ?? (await foundFolder(values, input));
  if ('unavailable' in folder) return missing ? { ...folder, gaps: missing } : folder;
  const { dir, name: release } = folder;
  const gaps = 'unnamed' in folder && folder.unnamed ? { ...missing, unnamedChart: { dir, values } } : missing;
  const files = await (reader.chart ? reader.chart(dir) : readChartFolder(reader, dir));
  if ('unavailable' in files) return gaps ? { ...files, gaps } : files;
  const own = join(dir, 'values.yaml');
  return {
    side: { chart: files, release, values: text === undefined ? [] : [text] },
    sources: [
      ...(text === undefined ? [] : [{ path: values, text }]),
      ...chartFileSources({ input: files, name: release, where: dir, dir }),
    ],
    label: `chart ${release} from ${dir}`,
    ignoreDifferences: [],
    valueFiles: text === undefined || values === own ? [] : [{ path: values, text }],
    ...(gaps ? { gaps } : {}),
  };
}

/**
 * The chart folder holding values file `values` at the commit `input` reads, its release named by its Chart.yaml,
 * else after the folder (`unnamed`).
 */
async function foundFolder(values: string, input: SideInput): Promise<{ dir: string; name: string; unnamed: boolean } | Unavailable> {
  const { reader } = input;
  const dir = await valuesChartFolder(values, reader, input.charts);
  const chartYaml = dir === undefined ? undefined : await reader.read(posix.join(dir, 'Chart.yaml'));
  if (dir === undefined || chartYaml === undefined) return { unavailable: noChartFolder(values) };
  const name = chartMeta(chartYaml).name;
  return { dir, name: name ?? posix.basename(dir), unnamed: name === undefined };
}

/** Why a values file without an Application has no chart to render it with: the same words in every command. */
export const noChartFolder = (values: string) =>
  `no chart folder holds its values file ${values}, and the repository has no one chart to render it with: name the chart with application:`;

/**
 * The chart folder a values file without an Application renders with, the same in every command: the nearest
 * folder at or above it holding a Chart.yaml, else the repository's one chart (of the config's `charts:` when it
 * names some); undefined when there is none, or several and nothing says which.
 */
export async function valuesChartFolder(values: string, reader: ChartReader, charts: readonly string[]): Promise<string | undefined> {
  for (let dir = posix.dirname(values); ; dir = posix.dirname(dir)) {
    if (dir.split('/').includes('..')) break;
    if ((await reader.read(posix.join(dir, 'Chart.yaml'))) !== undefined) return dir;
    if (dir === '.' || dir === '/' || dir === '') break;
  }
  const found = findCharts((await reader.list('')) ?? [], charts.length > 0 ? charts : undefined);
  return found.length === 1 ? found[0] : undefined;
}
