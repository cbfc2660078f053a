// A Flux Kustomization read from its file: whether a text is one (kustomize.toolkit.fluxcd.io), the folder its
// `spec.path` names in this repository (the overlay kustomize-controller builds), and where its environment's pins
// are defined. Flux applies the Kustomization's own `spec.images` (and `postBuild.substitute`) over what the
// overlay builds, so a service whose pin the Flux Kustomization holds is pinned there; otherwise the overlay's
// `images:` hold the pins, read and written as if the environment named that overlay with `kustomization:`
// (promote/place.ts opens the place). Pins split between the two are refused: one place per environment, and
// which one Flux deploys would depend on the service.

import { UserError } from '../../errors.ts';
import { parseWith, type ParseCache } from '../../text/parse-cache.ts';
import { YAML_DOCUMENTS, mapValue, scalarText } from '../../yaml/read.ts';
import { NoKustomization, kustomizationFor, overlayPin, readOverlayImages, type KustomizationFile } from '../../kustomize/overlay.ts';
import { markerFields, type FieldForm } from '../pins/pin-fields.ts';
import { substituteFromFiles } from './flux-substitute-from.ts';

/** A service as its pins are found: its image, its Flux ImagePolicy's markers, its postBuild.substitute variables. */
export interface PinnedService {
  name: string;
  image?: string;
  imagePolicy?: string;
  substitute?: Partial<Record<FieldForm, string>>;
}

/** True when the text is a Flux Kustomization (kustomize.toolkit.fluxcd.io). */
export function isFluxKustomization(text: string, file: string, cache?: ParseCache): boolean {
  const parsed = parseWith(cache, YAML_DOCUMENTS, text.replace(/^\ufeff/, ''), file);
  const doc = parsed.documents?.[0] ?? parsed.doc;
  return (
    scalarText(mapValue(doc.contents, 'apiVersion'))?.startsWith('kustomize.toolkit.fluxcd.io/') === true &&
    scalarText(mapValue(doc.contents, 'kind')) === 'Kustomization'
  );
}

/**
 * The folder `spec.path` names, relative to the repository root (`./apps/prod` → `apps/prod`), with its line;
 * undefined when the Kustomization has no path or builds an artifact that is not this repository (an
 * OCIRepository or Bucket source). A path that climbs out with `..` is refused at its line.
 */
export function fluxPathOf(text: string, file: string, cache?: ParseCache): { dir: string; line: number } | undefined {
  const parsed = parseWith(cache, YAML_DOCUMENTS, text.replace(/^\ufeff/, ''), file);
  const doc = parsed.documents?.[0] ?? parsed.doc;
  const spec = mapValue(doc.contents, 'spec');
  const source = scalarText(mapValue(mapValue(spec, 'sourceRef'), 'kind'));
  if (source !== undefined && source !== 'GitRepository') return undefined;
  const node = mapValue(spec, 'path');
  const path = scalarText(node);
  if (path === undefined) return undefined;
  const line = parsed.lineOf(node) ?? 1;
  const segments = path.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.includes('..') || /[\\\0]/.test(path))
    throw new UserError(`spec.path ${path} climbs out of the folder it names (..), so lockstep cannot tell which overlay Flux builds`, {
      file,
      line,
      hint: 'write spec.path from the repository root, e.g. ./apps/production',
    });
  return { dir: segments.join('/') || '.', line };
}

type Read = (p: string) => Promise<string | undefined>;

/** The services whose pins a Flux Kustomization's own text holds: a spec.images entry, substitute variables, a marker. */
function heldBy(text: string, file: string, services: readonly PinnedService[], cache?: ParseCache): Set<string> {
  const images = readOverlayImages(text, file, cache);
  const held = new Set<string>();
  for (const s of services) {
    if (s.substitute !== undefined) held.add(s.name);
    else if (s.imagePolicy !== undefined && markerFields(text, file, undefined, s.imagePolicy, cache).length > 0) held.add(s.name);
    else if (s.image && overlayPin(images, s.image, s.name).entry) held.add(s.name);
  }
  return held;
}

/**
 * The overlay that holds an environment's pins when its Flux Kustomization (`found`) holds none of them and
 * its spec.path is a kustomize overlay of the repository; undefined when the pins stay in the Flux
 * Kustomization (or it is no Flux Kustomization, or its path holds plain manifests, or an OCIRepository pins the
 * version of its manifests: `pinnedByOci`, its kind's buildPinnedByOci). Refused at the
 * overlay's line: one service pinned in spec.images and another only in the overlay.
 */
export async function fluxPathOverlay(
  env: { name: string },
  pinnedByOci: boolean,
  found: KustomizationFile,
  services: readonly PinnedService[],
  read: Read,
  cache?: ParseCache,
): Promise<KustomizationFile | undefined> {
  if (pinnedByOci || found.application || !isFluxKustomization(found.text, found.file, cache)) return undefined;
  const path = fluxPathOf(found.text, found.file, cache);
  if (path === undefined) return undefined;
  // git reads a symbolic link as a file holding its target, and never follows it: a path that reads as a file is no folder.
  if (path.dir !== '.' && (await read(path.dir)) !== undefined)
    throw new UserError(`spec.path ${path.dir} is a file or a symbolic link in the repository, not the folder of an overlay`, {
      file: found.file,
      line: path.line,
      hint: 'point spec.path at a real folder of the repository holding the kustomization.yaml Flux builds',
    });
  let overlay: KustomizationFile;
  try {
    overlay = await kustomizationFor(path.dir, read, { file: found.file, line: path.line, where: `(spec.path of ${found.file})` }, cache);
  } catch (e) {
    // A folder of plain manifests: Flux generates its kustomization, whose images are the Flux Kustomization's own.
    if (e instanceof NoKustomization) return undefined;
    throw e;
  }
  if (overlay.application || isFluxKustomization(overlay.text, overlay.file, cache))
    throw new UserError(`spec.path ${path.dir} of ${found.file} leads to ${overlay.file}, which is no kustomize overlay`, {
      file: found.file,
      line: path.line,
      hint: 'point spec.path at the folder of the kustomization.yaml Flux builds',
    });
  const pinned = services.filter((s) => s.image !== undefined || s.imagePolicy !== undefined);
  const inFlux = heldBy(found.text, found.file, pinned, cache);
  const images = readOverlayImages(overlay.text, overlay.file, cache);
  const inOverlay = pinned.filter(
    (s) =>
      (s.imagePolicy !== undefined && markerFields(overlay.text, overlay.file, undefined, s.imagePolicy, cache).length > 0) ||
      (s.image !== undefined && overlayPin(images, s.image, s.name).entry !== undefined),
  );
  if (inFlux.size === 0) return overlay;
  const split = inOverlay.find((s) => !inFlux.has(s.name));
  if (split)
    throw new UserError(
      `${env.name} pins ${[...inFlux].join(', ')} in ${found.file} (spec.images over the build) and ${split.name} only in ${overlay.file}, the overlay its spec.path builds; lockstep writes one place per environment`,
      {
        file: overlay.file,
        line: overlayPin(images, split.image ?? '', split.name).line,
        hint: `pin ${split.name} in ${found.file}'s spec.images too (Flux applies them over the overlay), or move every pin into the overlay`,
      },
    );
  return undefined;
}

/**
 * The paths whose history says when a Flux Kustomization environment's pins changed: its file, the overlay of its
 * spec.path, its substituteFrom ConfigMaps' files; its file alone where an OCIRepository pins its manifests
 * (`pinnedByOci`, the kind's answer: this module does not ask deploy/kind.ts, which imports the kinds that import it).
 */
export async function fluxPinPaths(pinnedByOci: boolean, file: string, read: Read, cache?: ParseCache): Promise<string[]> {
  if (pinnedByOci) return [file];
  const text = await read(file);
  if (text === undefined || !isFluxKustomization(text, file, cache)) return [file];
  const path = fluxPathOf(text, file, cache);
  // The files of its substituteFrom ConfigMaps too: a pin may live there (flux-substitute-from.ts).
  const from = await substituteFromFiles(text, file, read, cache);
  return [file, ...(path === undefined || path.dir === '.' ? [] : [path.dir]), ...from];
}
