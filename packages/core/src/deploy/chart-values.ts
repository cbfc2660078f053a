// A values file rendered with the chart folder that holds it, as `helm template` renders it: the chart's own
// values.yaml first, then the environment's file. With an Argo CD Application (argocd/kind.ts) the chart and the
// values are the Application's (a chart-repository source's chart pulled from its registry, as Argo CD pulls it);
// this module renders either once they are read.

import { posix } from 'node:path';
import { applicationValues, type ApplicationRender } from './argocd/application.ts';
import { readChartFolder, type ChartInput, type ChartReader } from '../render/render.ts';
import { findCharts } from '../charts/discover.ts';
import { chartMeta } from '../values/chart-files.ts';
import { pullChart } from './chart-pull.ts';
import type { ChartSource } from './chart-reference.ts';
import {
  filesOf,
  noHelm,
  parsed,
  type CommitReader,
  type DeployedEnvironment,
  type Deployment,
  type EnvironmentOutcome,
  type Renderers,
} from './model.ts';

/** A values file beside a chart folder, with no Application. */
export function chartValues(e: DeployedEnvironment & { values: string }): Deployment {
  return {
    kind: 'chart-values',
    renderer: 'helm',
    pinKey: 'values',
    files: filesOf(e.values),
    render: (reader, renderers, inRepo, charts) => renderChart(e, undefined, reader, renderers, inRepo, charts),
  };
}

/**
 * The chart `app` names (a folder of this repository), else the folder holding the environment's values file,
 * rendered with Helm: with the Application's values in Helm's order (application.ts), else the values file.
 */
export async function renderChart(
  e: DeployedEnvironment,
  app: ApplicationRender | undefined,
  reader: CommitReader,
  renderers: Renderers,
  inRepo: (p: string) => string,
  charts: readonly string[],
  source?: ChartSource,
): Promise<EnvironmentOutcome> {
  const h = await renderers.helm(e.helmVersion);
  if (!h) return { ok: false, message: noHelm(e) };
  const values = e.values !== undefined ? inRepo(e.values) : undefined;
  const chart = await chartOf(app, values, reader, renderers, source, charts.map(inRepo));
  if ('message' in chart) return { ok: false, message: chart.message };
  const texts = app
    ? await applicationValues(app, 'files' in chart.input ? chart.input.files : undefined, reader.read)
    : { values: await reader.read(values!).then((text) => (text === undefined ? [] : [{ text }])) };
  if ('unavailable' in texts) return { ok: false, message: texts.unavailable };
  const side = {
    chart: chart.input,
    release: app?.release ?? chart.release,
    ...(app?.namespace ? { namespace: app.namespace } : {}),
    values: texts.values.map((v) => v.text),
    ...(app?.set.length ? { set: app.set } : {}),
  };
  return parsed(h.renderer.output(side), side.namespace, `helm ${h.helm.version}`);
}

/**
 * The chart an environment renders: the Application's chart folder of this repository (a git source's path:),
 * its chart pulled from the registry or https repository its chart-repository source names (as Argo CD's
 * repo-server pulls it), else the folder holding the environment's values file.
 */
async function chartOf(
  app: ApplicationRender | undefined,
  values: string | undefined,
  reader: CommitReader,
  renderers: Renderers,
  source: ChartSource | undefined,
  charts: readonly string[],
): Promise<{ input: ChartInput; release: string } | { message: string }> {
  if (app && app.path === undefined && source?.repoURL !== undefined) {
    const version = app.revision.current;
    const pulled = await pullChart(
      source,
      version,
      renderers.pull,
      `its Application's chart ${source.chart ?? ''} ${version || '(no version)'} of ${source.repoURL}`,
    );
    return 'message' in pulled ? pulled : { input: pulled.input, release: app.release };
  }
  const dir = app ? app.path : values !== undefined ? await valuesChartFolder(values, reader, charts) : undefined;
  const chartYaml = dir === undefined ? undefined : await reader.read(posix.join(dir, 'Chart.yaml'));
  if (dir === undefined || chartYaml === undefined)
    return {
      message: app
        ? `its Application's chart ${app.revision.chart ?? ''} is no chart folder of this repository, and its source names no registry to pull it from`
        : noChartFolder(values ?? ''),
    };
  const files = await (reader.chart ? reader.chart(dir) : readChartFolder(reader, dir));
  if ('unavailable' in files) return { message: files.unavailable };
  // The release is named as the check and promote name it: the chart's own name (Chart.yaml), not its folder's.
  return { input: files, release: chartMeta(chartYaml).name ?? posix.basename(dir) };
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
