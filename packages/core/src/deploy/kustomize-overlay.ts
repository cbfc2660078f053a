// An environment a Kustomize overlay deploys: the overlay built as Argo CD builds it, with its Application's
// kustomize: images and namespace when one names it (render/kustomize.ts, flux/flux-build.ts). The overlay's
// images: list (or the Application's kustomize.images) is where its pins are written.

import { posix } from 'node:path';
import { KUSTOMIZATION_NAMES } from '../kustomize/overlay.ts';
import { kustomizeBuild } from './flux/flux-build.ts';
import { fluxPinPaths } from './flux/flux-path.ts';
import type { Unavailable } from '../render/render.ts';
import { filesOf, resourceRef, type DeployedEnvironment, type Deployment, type OverlayInput } from './model.ts';
import { noHelmSide, noSetValues, noResourceWhere, noValuesHome, noRewrite, renderOverlaySide } from './kind-helpers.ts';

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
    mayPullChart: false,
    buildPinnedByOci: false,
    files: filesOf(e.kustomization, e.application),
    pinPath: e.kustomization,
    // An overlay pins no chart version: no OCIRepository holds its manifests' version.
    pinPaths: (read, cache) => fluxPinPaths(false, e.kustomization, read, cache),
    // The overlay's build as kustomize reads it, and the Application that gives it images and a namespace.
    inputs: async ({ reader, inRepo }) => {
      const files = filesOf(e.kustomization, e.application).map(inRepo);
      return [...new Set([...files, ...buildInputs(await overlaySide({ reader, inRepo }))])];
    },
    ...(application ? { application } : {}),
    overlay: e.kustomization,
    side: noHelmSide,
    overlaySide,
    setValues: noSetValues,
    resourceWhere: noResourceWhere,
    valuesHome: noValuesHome,
    rewritesImages: noRewrite,
    rewritePlace: noRewrite,
    render: (reader, renderers, inRepo) => renderOverlaySide(renderers, () => overlaySide({ reader, inRepo })),
  };
}

/** What a `kustomization:` glob names among a commit's files (deploy/fleet.ts): the folders holding a kustomization. */
export function overlayFolders(paths: readonly string[]): string[] {
  const names: readonly string[] = KUSTOMIZATION_NAMES;
  return [...new Set(paths.filter((p) => names.includes(posix.basename(p)) && p.includes('/')).map((p) => posix.dirname(p)))];
}

/**
 * The paths a kustomize build reads (render/kustomize.ts readOverlay's files): each folder holding a kustomization
 * it reached, standing for every file under it (its resources, patches, components, generators' files), and each
 * file it reached outside those folders (a resource named by its path). None when there is no build.
 */
export function buildInputs(build: { files: ReadonlyMap<string, string> } | Unavailable): string[] {
  if ('unavailable' in build) return [];
  const paths = [...build.files.keys()];
  const names: readonly string[] = KUSTOMIZATION_NAMES;
  const reached = [...new Set(paths.filter((p) => names.includes(posix.basename(p))).map((p) => posix.dirname(p)))];
  const under = (p: string, d: string) => d === '.' || p.startsWith(`${d}/`);
  // A folder under another one read (a base below its overlay) is already covered by it.
  const folders = reached.filter((d) => !reached.some((o) => o !== d && under(d, o)));
  return [...folders, ...paths.filter((p) => !folders.some((d) => under(p, d)))];
}
