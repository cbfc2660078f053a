// An environment a Kustomize overlay deploys: the overlay built as Argo CD builds it, with its Application's
// kustomize: images and namespace when one names it (render/kustomize.ts, flux/flux-build.ts). The overlay's
// images: list (or the Application's kustomize.images) is where its pins are written.

import { posix } from 'node:path';
import { KUSTOMIZATION_NAMES } from '../kustomize/overlay.ts';
import { kustomizeBuild } from './flux/flux-build.ts';
import {
  filesOf,
  noHelmSide,
  noSetValues,
  renderOverlaySide,
  resourceRef,
  type DeployedEnvironment,
  type Deployment,
  type OverlayInput,
} from './model.ts';

/** An environment with `kustomization:`. */
export function kustomizeOverlay(e: DeployedEnvironment & { kustomization: string }): Deployment {
  const application = e.application !== undefined ? resourceRef(e.application) : undefined;
  // The overlay (a folder, its kustomization, or an Application's source path) with the Application's kustomize: beside it.
  const overlaySide = ({ reader, inRepo }: OverlayInput) =>
    kustomizeBuild(reader, inRepo(e.kustomization), e.application ? inRepo(e.application) : undefined);
  return {
    kind: 'overlay',
    renderer: 'kustomize',
    pinKey: 'kustomization',
    files: filesOf(e.kustomization, e.application),
    ...(application ? { application } : {}),
    overlay: e.kustomization,
    build: e.kustomization,
    side: noHelmSide,
    overlaySide,
    setValues: noSetValues,
    render: (reader, renderers, inRepo) => renderOverlaySide(renderers, () => overlaySide({ reader, inRepo })),
  };
}

/** What a `kustomization:` glob names among a commit's files (deploy/fleet.ts): the folders holding a kustomization. */
export function overlayFolders(paths: readonly string[]): string[] {
  const names: readonly string[] = KUSTOMIZATION_NAMES;
  return [...new Set(paths.filter((p) => names.includes(posix.basename(p)) && p.includes('/')).map((p) => posix.dirname(p)))];
}
