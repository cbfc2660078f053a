// An environment an Argo CD Application deploys with Helm: its chart (a folder of this repository through a git
// source's path:, or pulled from the OCI registry or https repository a chart-repository source names), its values in Helm's order (valueFiles, $ref values of a multi-source
// Application, values, valuesObject, parameters), read from the Application's file. An Application hydrating
// from source (spec.sourceHydrator) renders its drySource. The environment's values file is where its pins are
// written; the Application is where its chart version is pinned.

import { renderChart } from '../chart-values.ts';
import { chartPin, filesOf, resourceRef, type DeployedEnvironment, type Deployment } from '../model.ts';
import { chartSource, readApplication } from './application.ts';
import { drySourceAsSource } from './source-hydrator.ts';

/** An environment with `application:` and a values file. */
export function argoApplication(e: DeployedEnvironment & { application: string }): Deployment {
  const application = resourceRef(e.application);
  return {
    kind: 'application',
    renderer: 'helm',
    pinKey: 'values',
    files: filesOf(e.values, e.application),
    application,
    chartPin: chartPin(e.application, 'Application'),
    async render(reader, renderers, inRepo, charts) {
      const file = inRepo(application.file);
      const text = await reader.read(file);
      if (text === undefined) return { ok: false, message: `its Application ${file} is not in the commit` };
      const dry = drySourceAsSource(text, application.name);
      const app = readApplication(dry, file, application.name, charts.map(inRepo));
      const source = chartSource(dry, file, application.name, charts.map(inRepo));
      return renderChart(e, app, reader, renderers, inRepo, charts, source);
    },
  };
}
