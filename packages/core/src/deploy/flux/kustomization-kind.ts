// An environment a Flux Kustomization deploys: its spec.path built as kustomize-controller builds it, with its
// spec.images and targetNamespace, then its spec.postBuild variables substituted (flux-build.ts). Its pins are its
// spec.images (read and written as an overlay's images:), or the postBuild variables that hold the image
// (flux-substitute-from.ts); an OCIRepository beside it (`ocirepository:`) pins the manifests' version.

import { kustomizeBuild } from './flux-build.ts';
import { fluxPinPaths } from './flux-path.ts';
import { fluxChartPin } from './release-chart.ts';
import { releaseWhere } from './flux-release-line.ts';
import { releaseSetValues } from './release-side.ts';
import { substituteFromFiles } from './flux-substitute-from.ts';
import { buildInputs } from '../kustomize-overlay.ts';
import { UserError } from '../../errors.ts';
import { filesOf, type DeployedEnvironment, type Deployment, type InputsInput, type OverlayInput } from '../model.ts';
import { noHelmSide, noValuesHome, noRewrite, renderOverlaySide } from '../kind-helpers.ts';

/** An environment with `flux-kustomization:`. */
export function fluxKustomization(e: DeployedEnvironment & { fluxKustomization: string }): Deployment {
  // Its OCIRepository (the manifests' version), else a HelmRelease beside it, holds the chart version.
  const pin = fluxChartPin(e);
  const pinnedByOci = pin?.by === 'OCIRepository';
  // The Flux Kustomization's file: kustomizeBuild finds its spec.path and builds it as kustomize-controller does.
  const overlaySide = ({ reader, inRepo }: OverlayInput) => kustomizeBuild(reader, inRepo(e.fluxKustomization), undefined);
  return {
    kind: 'flux-kustomization',
    renderer: 'kustomize',
    pinKey: 'flux-kustomization',
    // The HelmRelease beside it, where it has one, is rendered with its chart (the check's Flux flow).
    mayPullChart: e.helmrelease !== undefined,
    buildPinnedByOci: pinnedByOci,
    files: filesOf(e.fluxKustomization, e.helmrelease, e.ocirepository),
    pinPath: e.fluxKustomization,
    pinPaths: (read, cache) => fluxPinPaths(pinnedByOci, e.fluxKustomization, read, cache),
    inputs: async (input) => [...new Set([...(await fluxFiles(e, input)), ...buildInputs(await overlaySide(input))])],
    ...(pin ? { chartPin: pin } : {}),
    ...(e.helmrelease !== undefined
      ? { release: { helmrelease: e.helmrelease, ...(e.ocirepository !== undefined ? { ocirepository: e.ocirepository } : {}) } }
      : {}),
    side: noHelmSide,
    overlaySide,
    // A HelmRelease beside it sets the values of the chart its pin moves.
    setValues: (read, _charts, cache) => releaseSetValues(e, read, cache),
    // The HelmRelease beside it, where it has one.
    resourceWhere: (read) => (e.helmrelease !== undefined ? releaseWhere(e.helmrelease, read) : Promise.resolve(undefined)),
    // Its pins are its spec.images, the overlay's images: or postBuild variables, never a HelmRelease's values.
    valuesHome: noValuesHome,
    rewritesImages: noRewrite,
    rewritePlace: noRewrite,
    render: (reader, renderers, inRepo) => renderOverlaySide(renderers, () => overlaySide({ reader, inRepo })),
  };
}

/**
 * The files kustomize-controller reads beside its build: the Flux Kustomization's file, the files of its
 * postBuild.substituteFrom ConfigMaps (flux-substitute-from.ts), and the config's other files (a HelmRelease or
 * OCIRepository beside it). A Flux Kustomization that cannot be read leaves the config's files.
 */
async function fluxFiles(e: DeployedEnvironment & { fluxKustomization: string }, input: InputsInput): Promise<string[]> {
  const files = filesOf(e.fluxKustomization, e.helmrelease, e.ocirepository).map(input.inRepo);
  const file = input.inRepo(e.fluxKustomization);
  const text = await input.reader.read(file);
  try {
    return text === undefined ? files : [...files, ...(await substituteFromFiles(text, file, input.reader.read))];
  } catch (err) {
    if (err instanceof UserError) return files;
    throw err;
  }
}
