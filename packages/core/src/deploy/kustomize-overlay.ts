// An environment a Kustomize overlay deploys: the overlay built as Argo CD builds it, with its Application's
// kustomize: images and namespace when one names it (render/kustomize.ts, flux/flux-build.ts). The overlay's
// images: list (or the Application's kustomize.images) is where its pins are written.

import { posix } from 'node:path';
import { KUSTOMIZATION_NAMES } from '../kustomize/overlay.ts';
import { overlaySide } from './flux/flux-build.ts';
import { filesOf, noHelmSide, parsed, resourceRef, type DeployedEnvironment, type Deployment } from './model.ts';

/** An environment with `kustomization:`. */
export function kustomizeOverlay(e: DeployedEnvironment & { kustomization: string }): Deployment {
  const application = e.application !== undefined ? resourceRef(e.application) : undefined;
  return {
    kind: 'overlay',
    renderer: 'kustomize',
    pinKey: 'kustomization',
    files: filesOf(e.kustomization, e.application),
    ...(application ? { application } : {}),
    overlay: e.kustomization,
    build: e.kustomization,
    side: noHelmSide,
    async render(reader, renderers, inRepo) {
      const k = renderers.kustomize();
      if (!k) return { ok: false, message: 'neither kustomize nor kubectl is on PATH to build its overlay' };
      const side = await overlaySide(reader, inRepo(e.kustomization), e.application ? inRepo(e.application) : undefined);
      if ('unavailable' in side) return { ok: false, message: side.unavailable };
      return parsed(k.renderer.output(side), side.namespace, k.tool.label);
    },
  };
}

/** What a `kustomization:` glob names among a commit's files (deploy/fleet.ts): the folders holding a kustomization. */
export function overlayFolders(paths: readonly string[]): string[] {
  const names: readonly string[] = KUSTOMIZATION_NAMES;
  return [...new Set(paths.filter((p) => names.includes(posix.basename(p)) && p.includes('/')).map((p) => posix.dirname(p)))];
}
