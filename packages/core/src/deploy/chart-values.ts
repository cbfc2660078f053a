// A values file rendered with the chart folder that holds it, as `helm template` renders it: the chart's own
// values.yaml first, then the environment's file. With an Argo CD Application (argocd/kind.ts) the chart and the
// values are the Application's; this module renders either once they are read.

import { posix } from 'node:path';
import { applicationValues, type ApplicationRender } from './argocd/application.ts';
import { readChartFolder } from '../render/render.ts';
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
    render: (reader, renderers, inRepo) => renderChart(e, undefined, reader, renderers, inRepo),
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
): Promise<EnvironmentOutcome> {
  const h = await renderers.helm(e.helmVersion);
  if (!h) return { ok: false, message: noHelm(e) };
  const values = e.values !== undefined ? inRepo(e.values) : undefined;
  const dir = app ? app.path : values !== undefined ? posix.dirname(values) : undefined;
  if (dir === undefined || (await reader.read(posix.join(dir, 'Chart.yaml'))) === undefined)
    return {
      ok: false,
      message: app
        ? `its Application's chart ${app.revision.chart ?? ''} is no chart folder of this repository (a chart from a registry is not hydrated)`
        : `no Chart.yaml beside its values file ${values ?? ''}: name the chart with application:`,
    };
  const chart = await (reader.chart ? reader.chart(dir) : readChartFolder(reader, dir));
  if ('unavailable' in chart) return { ok: false, message: chart.unavailable };
  const texts = app
    ? await applicationValues(app, chart.files, reader.read)
    : { values: await reader.read(values!).then((text) => (text === undefined ? [] : [{ text }])) };
  if ('unavailable' in texts) return { ok: false, message: texts.unavailable };
  const side = {
    chart,
    release: app?.release ?? posix.basename(dir),
    ...(app?.namespace ? { namespace: app.namespace } : {}),
    values: texts.values.map((v) => v.text),
    ...(app?.set.length ? { set: app.set } : {}),
  };
  return parsed(h.renderer.output(side), side.namespace, `helm ${h.helm.version}`);
}
