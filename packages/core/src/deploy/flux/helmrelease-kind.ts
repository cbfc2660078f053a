// An environment a Flux HelmRelease deploys: the release as helm-controller installs it (its patch over a base,
// values in Flux's order with valuesFrom and targetPath, release name, targetNamespace), its chart a folder of
// this repository or pulled from its OCI or https repository (release-side.ts). The chart version is pinned in
// the OCIRepository its spec.chartRef names (`ocirepository:`), else in the HelmRelease; the pins in its
// spec.values, or the valuesFrom ConfigMap that holds them (flux-values.ts).

import { filesOf, noHelm, parsed, type DeployedEnvironment, type Deployment } from '../model.ts';
import { helmReleaseSide } from './release-side.ts';
import { fluxChartPin } from './release-chart.ts';

/** An environment with `helmrelease:` (and no flux-kustomization:). */
export function fluxHelmRelease(e: DeployedEnvironment & { helmrelease: string }): Deployment {
  return {
    kind: 'helmrelease',
    renderer: 'helm',
    pinKey: 'helmrelease',
    files: filesOf(e.helmrelease, e.values, e.ocirepository),
    chartPin: fluxChartPin(e)!,
    release: { helmrelease: e.helmrelease, ...(e.ocirepository !== undefined ? { ocirepository: e.ocirepository } : {}) },
    async render(reader, renderers, inRepo) {
      const h = await renderers.helm(e.helmVersion);
      if (!h) return { ok: false, message: noHelm(e) };
      const side = await helmReleaseSide(e, reader, inRepo, renderers.pull);
      if ('message' in side) return { ok: false, message: side.message };
      const { from: _from, ...input } = side;
      return parsed(h.renderer.output(input), side.namespace, `helm ${h.helm.version}`);
    },
  };
}
