// An environment an Argo CD Application deploys with Helm: its chart (a folder of this repository through a git
// source's path:, or pulled from the OCI registry or https repository a chart-repository source names), its values
// in Helm's order (valueFiles, $ref values of a multi-source Application, values, valuesObject, parameters), read
// from the Application's file (side.ts). An Application hydrating from source (spec.sourceHydrator) renders its
// drySource: the render is what the Source Hydrator renders (side.ts sourceHydratorReader). The environment's values file is where its pins are written; the Application is where its chart
// version is pinned.

import { chartPin, filesOf, noOverlaySide, renderHelmSide, resourceRef, type DeployedEnvironment, type Deployment } from '../model.ts';
import { applicationSetValues, applicationSide, dryCommitChart, sourceHydratorReader } from './side.ts';

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
    side: (input) => applicationSide(application, input),
    overlaySide: noOverlaySide,
    setValues: (read, charts, cache) => applicationSetValues(application, read, charts, cache),
    render: (reader, renderers, inRepo, charts, judge) =>
      renderHelmSide(e, renderers, judge, () =>
        applicationSide(application, {
          reader: sourceHydratorReader(reader, application, inRepo(application.file)),
          chart: dryCommitChart(reader, renderers.pull),
          inRepo,
          charts: charts.map(inRepo),
        }),
      ),
  };
}
