// An environment a Flux Kustomization deploys: its spec.path built as kustomize-controller builds it, with its
// spec.images and targetNamespace, then its spec.postBuild variables substituted (flux-build.ts). Its pins are its
// spec.images (read and written as an overlay's images:), or the postBuild variables that hold the image
// (flux-substitute-from.ts); an OCIRepository beside it (`ocirepository:`) pins the manifests' version.

import { kustomizeBuild } from './flux-build.ts';
import { fluxChartPin } from './release-chart.ts';
import { releaseSetValues } from './release-side.ts';
import { filesOf, noHelmSide, renderOverlaySide, type DeployedEnvironment, type Deployment, type OverlayInput } from '../model.ts';

/** An environment with `flux-kustomization:`. */
export function fluxKustomization(e: DeployedEnvironment & { fluxKustomization: string }): Deployment {
  // Its OCIRepository (the manifests' version), else a HelmRelease beside it, holds the chart version.
  const pin = fluxChartPin(e);
  // The Flux Kustomization's file: kustomizeBuild finds its spec.path and builds it as kustomize-controller does.
  const overlaySide = ({ reader, inRepo }: OverlayInput) => kustomizeBuild(reader, inRepo(e.fluxKustomization), undefined);
  return {
    kind: 'flux-kustomization',
    renderer: 'kustomize',
    pinKey: 'flux-kustomization',
    files: filesOf(e.fluxKustomization, e.helmrelease, e.ocirepository),
    ...(pin ? { chartPin: pin } : {}),
    build: e.fluxKustomization,
    ...(e.helmrelease !== undefined
      ? { release: { helmrelease: e.helmrelease, ...(e.ocirepository !== undefined ? { ocirepository: e.ocirepository } : {}) } }
      : {}),
    side: noHelmSide,
    overlaySide,
    // A HelmRelease beside it sets the values of the chart its pin moves.
    setValues: (read, _charts, cache) => releaseSetValues(e, read, cache),
    render: (reader, renderers, inRepo) => renderOverlaySide(renderers, () => overlaySide({ reader, inRepo })),
  };
}
