// An environment an Argo CD Application deploys with Helm: its chart (a folder of this repository through a git
// source's path:, or pulled from the OCI registry or https repository a chart-repository source names), its values
// in Helm's order (valueFiles, $ref values of a multi-source Application, values, valuesObject, parameters), read
// from the Application's file (side.ts). An Application hydrating from source (spec.sourceHydrator) renders its
// drySource: the render is what the Source Hydrator renders (side.ts sourceHydratorReader). The environment's values file is where its pins are written; the Application is where its chart
// version is pinned.

import { UserError } from '../../errors.ts';
import { chartPin, filesOf, resourceRef, type DeployedEnvironment, type Deployment, type InputsInput, type ResourceRef } from '../model.ts';
import { onePinPath, noOverlaySide, noResourceWhere, noValuesHome, noRewrite, renderHelmSide } from '../kind-helpers.ts';
import { applicationFiles, applicationSetValues, applicationSide, dryCommitChart, sourceHydratorReader } from './side.ts';

/** An environment with `application:` and a values file. */
export function argoApplication(e: DeployedEnvironment & { application: string }): Deployment {
  const application = resourceRef(e.application);
  return {
    kind: 'application',
    renderer: 'helm',
    pinKey: 'values',
    // Its chart source may be a chart repository or an OCI registry.
    mayPullChart: true,
    buildPinnedByOci: false,
    files: filesOf(e.values, e.application),
    pinPath: e.values ?? application.file,
    pinPaths: onePinPath(e.values ?? application.file),
    inputs: (input) => applicationInputs(e, application, input),
    application,
    chartPin: chartPin(e.application, 'Application'),
    side: (input) => applicationSide(application, input),
    overlaySide: noOverlaySide,
    setValues: (read, charts, cache) => applicationSetValues(application, read, charts, cache),
    resourceWhere: noResourceWhere,
    // Its values file is one of its own (the Application's inline values hold no pins).
    valuesHome: noValuesHome,
    rewritesImages: noRewrite,
    rewritePlace: noRewrite,
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

/**
 * What the Application's deployer reads of this repository: the values file, the Application's file, and each of its
 * valueFiles entries read from this repository (a `$ref/…` entry of a multi-source Application, an entry beside a
 * git source's path), as Argo CD reads them (application.ts valueFilePlaces). Not the chart's folder: a chart lands
 * through a release (nor its values.yaml named as an entry). An Application that cannot be read leaves the config's files.
 */
async function applicationInputs(e: DeployedEnvironment, application: ResourceRef, input: InputsInput): Promise<string[]> {
  const files = filesOf(e.values, e.application).map(input.inRepo);
  try {
    const found = await applicationFiles(input.reader.read, input.inRepo(application.file), application.name, input.charts);
    // The chart folder's own values.yaml is the chart's, as the side's valueFiles leave it (side.ts).
    return found === undefined ? files : [...new Set([...files, ...found.valueFiles])];
  } catch (err) {
    if (err instanceof UserError) return files;
    throw err;
  }
}
