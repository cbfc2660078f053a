// An environment a Flux Kustomization deploys: its spec.path built as kustomize-controller builds it, with its
// spec.images and targetNamespace, then its spec.postBuild variables substituted (flux-build.ts). Its pins are its
// spec.images (read and written as an overlay's images:), or the postBuild variables that hold the image
// (flux-substitute-from.ts); an OCIRepository beside it (`ocirepository:`) pins the manifests' version.

import { overlaySide } from './flux-build.ts';
import { fluxChartPin } from './release-chart.ts';
import { filesOf, noHelmSide, parsed, type DeployedEnvironment, type Deployment } from '../model.ts';

/** An environment with `flux-kustomization:`. */
export function fluxKustomization(e: DeployedEnvironment & { fluxKustomization: string }): Deployment {
  // Its OCIRepository (the manifests' version), else a HelmRelease beside it, holds the chart version.
  const pin = fluxChartPin(e);
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
    async render(reader, renderers, inRepo) {
      const k = renderers.kustomize();
      if (!k) return { ok: false, message: 'neither kustomize nor kubectl is on PATH to build its overlay' };
      // The Flux Kustomization's file: overlaySide finds its spec.path and builds it as kustomize-controller does.
      const side = await overlaySide(reader, inRepo(e.fluxKustomization), undefined);
      if ('unavailable' in side) return { ok: false, message: side.unavailable };
      return parsed(k.renderer.output(side), side.namespace, k.tool.label);
    },
  };
}
