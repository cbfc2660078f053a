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
  noOverlaySide,
  renderHelmSide,
  type DeployedEnvironment,
  type Deployment,
  type HelmSide,
  type SideInput,
} from './model.ts';

/** A values file beside a chart folder, with no Application. */
export function chartValues(e: DeployedEnvironment & { values: string }): Deployment {
  const deployment: Deployment = {
    kind: 'chart-values',
    renderer: 'helm',
    pinKey: 'values',
    files: filesOf(e.values),
    side: (input) => valuesSide(e, input),
    overlaySide: noOverlaySide,
    render: (reader, renderers, inRepo, charts) =>
      renderHelmSide(e, renderers, () =>
        deployment.side({
          reader,
          // No chart is named: the folder holding the values file is read with the commit's reader (valuesSide).
          chart: () => Promise.resolve({ unavailable: 'a values file names no chart' }),
          inRepo,
          charts: charts.map(inRepo),
          refuse: { unreadValuesFrom: true, incompleteValues: false },
          drySource: true,
        }),
      ),
  };
  return deployment;
}

/**
 * The values file's side: the chart folder holding it (valuesChartFolder) as the commit holds it, the chart's
 * values.yaml then the file, the release named by the chart's Chart.yaml (its folder's name when it names none and
 * the operation takes that).
 */
async function valuesSide(e: DeployedEnvironment & { values: string }, input: SideInput): Promise<HelmSide | Unavailable> {
  const { reader, inRepo, refuse } = input;
  const values = inRepo(e.values);
  const text = await reader.read(values);
  if (text === undefined && refuse.incompleteValues) return { unavailable: `${values} does not exist` };
  const folder = input.valuesChart ?? (await foundFolder(values, input));
  if ('unavailable' in folder) return folder;
  const { dir, name: release } = folder;
  const files = await (reader.chart ? reader.chart(dir) : readChartFolder(reader, dir));
  if ('unavailable' in files) return files;
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
  };
}

/** The chart folder holding values file `values` at the commit `input` reads, its release named by its Chart.yaml (its folder's name when it names none and the operation takes that). */
async function foundFolder(values: string, input: SideInput): Promise<{ dir: string; name: string } | Unavailable> {
  const { reader, refuse } = input;
  const dir = await valuesChartFolder(values, reader, input.charts);
  const chartYaml = dir === undefined ? undefined : await reader.read(posix.join(dir, 'Chart.yaml'));
  const name = chartYaml === undefined ? undefined : chartMeta(chartYaml).name;
  if (dir === undefined || chartYaml === undefined || (name === undefined && refuse.incompleteValues))
    return { unavailable: noChartFolder(values) };
  return { dir, name: name ?? posix.basename(dir) };
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
