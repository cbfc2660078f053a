// Where an environment's pins live, chosen once from the config: a values file
// (or an Application's inline values) read at each service's values-key, or a
// Kustomize overlay (its images: list, or an Argo CD Application's
// kustomize.images strings) read at each service's image. Every operation that
// reads or writes a pin goes through a PinPlace and never asks which kind of
// file it holds.

import { UserError } from '../errors.ts';
import { parseShared } from '../edits/yaml-edit.ts';
import { checkPinnedImagesIn } from '../values/protected.ts';
import { stripBom } from '../text/bytes.ts';
import type { ParseCache } from '../text/parse-cache.ts';
import {
  NoKustomization,
  kustomizationFor,
  overlayPin,
  overlayProblems,
  readOverlayImages,
  setOverlayPins,
  type OverlayPin,
} from '../kustomize/overlay.ts';
import { fluxPathOf, fluxPathOverlay, isFluxKustomization } from '../deploy/flux/flux-path.ts';
import { markerFilesOf, type MarkerFiles } from './marker-files.ts';
import { fieldsPin, pinOfFields } from './field-pin.ts';
import { dirOf, type ValuesHome } from '../deploy/flux/flux-values.ts';
import { substituteFromHome, type SubstituteHome } from '../deploy/flux/flux-substitute-from.ts';
import type { ChartRevision } from '../deploy/argocd/application.ts';
import { insertPins } from './absent-pin.ts';
import { readPin, setPins, type ImagePin, type PinTarget } from '../deploy/pins/pins.ts';
import { fillTemplate, type PromoteEnvironment, type PromoteService } from './request.ts';
import { chartRevisionAt, deploymentOf, deployerResource } from '../deploy/kind.ts';
import { rewriteLayer } from '../deploy/flux/post-render-pins.ts';

/** One pin to write: the service, its pin now (read from the same place) and its target. */
export interface PinWrite {
  service: PromoteService;
  pin: ImagePin;
  target: PinTarget;
}

/** A problem of a protected environment's pins after an edit: file:line and words. */
export interface PlaceProblem {
  file: string;
  line?: number;
  message: string;
  hint: string;
}

/** "Read and write this service's pin here", for one environment. */
export interface PinPlace {
  kind: 'values' | 'overlay';
  /** The file holding the pins (the kustomization file a folder resolved to). */
  file: string;
  /** The file's text where the place was opened. */
  text: string;
  /** A values file that is the Application's own file: the Application's document. */
  document?: number;
  /** The environment's Application chart version (a values environment with application:). */
  rev?: ChartRevision;
  /** The HelmRelease's values source holding the pins (spec.values, or a ConfigMap of spec.valuesFrom), for a Flux environment. */
  home?: string;
  /** The document of a multi-document file whose spec.values is the pins' home (a HelmRelease beside its OCIRepository). */
  homeDocument?: number;
  /** With lenientApplication: the Application could not be read. */
  applicationFailed?: boolean;
  appText?: string;
  /** The service's pin in `text` (the place's file at some state; marker files at `others`' texts); a UserError at file:line when unreadable. */
  read(text: string, service: PromoteService, others?: ReadonlyMap<string, string>): ImagePin;
  /** An overlay's files beside `file` whose image automation markers are pin locations too (marker-files.ts). */
  markers?: MarkerFiles;
  /**
   * The edits of `writes` in another file than `file` that holds pins of this place (a HelmRelease's post-renderer
   * entries where its values are in a file of their own), by path; none for the other places.
   */
  besides(writes: readonly PinWrite[]): Map<string, { before: string; after: string }>;
  /** `text` with every write applied, byte-minimal and checked by re-parsing. */
  write(text: string, writes: readonly PinWrite[]): string;
  /** Beyond the promoted services: what the protected rules refuse in the whole file after the edit. */
  protectedProblems(text: string): PlaceProblem[];
}

/**
 * The path whose history says when an environment's pins changed: the overlay
 * when it has one; for a HelmRelease whose pins may sit in a ConfigMap's file
 * beside it (flux-values.ts keeps that file under this folder), its folder;
 * else the values file.
 */
export function pinPath(env: PromoteEnvironment): string {
  return deploymentOf(env)?.pinPath ?? env.values;
}

/**
 * pinPath, and for a Flux Kustomization the overlay folder its spec.path builds: every path whose history says
 * when the pins changed (one path as a string, as pinPath gives it; several as a list).
 */
export async function pinPaths(env: PromoteEnvironment, read: (p: string) => Promise<string | undefined>): Promise<string | string[]> {
  const paths = (await deploymentOf(env)?.pinPaths(read)) ?? [pinPath(env)];
  return paths.length === 1 ? paths[0] : paths;
}

function keyFor(service: PromoteService, env: PromoteEnvironment, file?: string): string {
  if (service.valuesKey === undefined && service.imagePolicy !== undefined)
    throw new UserError(
      `no image automation marker of ${service.imagePolicy} (service '${service.name}') in the pins' file of ${env.name}`,
      {
        file,
        line: 1,
        hint: `mark the image's fields: # {"$imagepolicy": "${service.imagePolicy}:tag"} and ":digest" (or the whole image), or give services.${service.name} a values-key`,
      },
    );
  if (service.valuesKey === undefined)
    throw new UserError(`service '${service.name}' has no values-key, which the values file of ${env.name} needs`, {
      hint: `add values-key to services.${service.name}`,
    });
  return fillTemplate(service.valuesKey, env.name, service.name);
}

/** How a place is opened: the config's charts (to find an Application's chart source), where the files are read, the run's parses. */
export interface PlaceOptions {
  charts: string[];
  /** Where the files are read, for the error when one is missing (`the base branch main`, `ref v1.2.0`). */
  at: string;
  configFile?: string;
  cache: ParseCache;
  /** Undefined (not an error) when the values file or the overlay does not exist. */
  optional?: boolean;
  /** An Application that cannot be read leaves rev undefined and sets applicationFailed rather than throwing (status, the drift table). */
  lenientApplication?: boolean;
  /** The services whose values keys say which of a HelmRelease's values sources holds the pins (flux-values.ts). */
  services?: readonly PromoteService[];
}

/**
 * Opens the pin place of `env` through `read` (the base, a ref, the edited
 * texts). `at` says where the files were read (for the error when they are
 * missing); undefined when the file does not exist and `required` is false.
 */
export async function openPinPlace(
  env: PromoteEnvironment,
  read: (p: string) => Promise<string | undefined>,
  opts: PlaceOptions & { optional?: false },
): Promise<PinPlace>;
export async function openPinPlace(
  env: PromoteEnvironment,
  read: (p: string) => Promise<string | undefined>,
  opts: PlaceOptions & { optional: true },
): Promise<PinPlace | undefined>;
export async function openPinPlace(
  env: PromoteEnvironment,
  read: (p: string) => Promise<string | undefined>,
  opts: PlaceOptions,
): Promise<PinPlace | undefined> {
  // A kind kustomize builds keeps its pins in its overlay's (or spec.path's) images: entries and patches.
  if (deploymentOf(env)?.renderer === 'kustomize') return overlayPlace(env, pinPath(env), read, opts);
  return valuesPlace(env, read, opts);
}

/** An environment's kustomization overlay as its pins' place (`images:` entries found by each service's image). */
async function overlayPlace(
  env: PromoteEnvironment,
  kustomization: string,
  read: (p: string) => Promise<string | undefined>,
  opts: PlaceOptions,
): Promise<PinPlace | undefined> {
  const { cache } = opts;
  const where = env.kustomizationLine !== undefined && opts.configFile ? { file: opts.configFile, line: env.kustomizationLine } : {};
  let found;
  try {
    found = await kustomizationFor(kustomization, read, { ...where, where: `at ${opts.at}` }, cache);
  } catch (e) {
    if (opts.optional && e instanceof NoKustomization) return undefined;
    throw e;
  }
  // A Flux Kustomization whose spec.path builds an overlay of the repository that holds the pins: that overlay is the place.
  // A Flux Kustomization's manifests from an OCIRepository (ocirepository: beside flux-kustomization:): its spec.ref is promoted too.
  const ociPinned = deploymentOf(env)?.buildPinnedByOci === true;
  found = (await fluxPathOverlay(env, ociPinned, found, opts.services ?? [], read, cache)) ?? found;
  const file = found.file;
  const flux = !found.application && isFluxKustomization(found.text, file, cache);
  readOverlayImages(found.text, file, cache);
  const markerDir = found.application ? undefined : flux ? fluxPathOf(found.text, file, cache)?.dir : dirOf(file);
  const markers = await markerFilesOf(markerDir, file, opts.services ?? [], read, cache);
  const { rev, appText, applicationFailed } = ociPinned ? await chartRevisionOf(env, read, opts) : { applicationFailed: false };
  // flux-substitute variables that only a spec.postBuild.substituteFrom ConfigMap sets: that ConfigMap is the place.
  const sub = flux ? await substituteFromHome(found.text, file, opts.services ?? [], read, cache) : undefined;
  if (sub) return { ...substitutePlace(sub, cache), ...(rev ? { rev, appText } : {}), ...(applicationFailed ? { applicationFailed } : {}) };
  const pinOf = (text: string, service: PromoteService): { pin: OverlayPin; image: string } => {
    const image = service.image;
    if (!image)
      throw new UserError(`service '${service.name}' has no image, which the overlay of ${env.name} needs to find its entry`, {
        file: opts.configFile,
        hint: `add image: to services.${service.name}`,
      });
    return { pin: overlayPin(readOverlayImages(text, file, cache), image, service.name), image };
  };
  return {
    kind: 'overlay',
    file,
    text: found.text,
    ...(rev ? { rev, appText } : {}),
    ...(applicationFailed ? { applicationFailed } : {}),
    ...(markers ? { markers } : {}),
    read(text, service, others) {
      const fields = fieldsPin(text, file, undefined, service, flux, cache);
      if (fields) return fields;
      // Markers beside the overlay hold the pin when its images: has no entry of the service (marker-files.ts).
      const beside = markers?.pin(service, others);
      if (beside && !(service.image && pinOf(text, service).pin.entry)) return beside;
      return overlayImagePin(text, file, pinOf(text, service).pin, cache);
    },
    write(text, writes) {
      const byFields = writes.filter((w) => w.pin.style === 'fields' && w.pin.file === file);
      if (byFields.length > 0) text = setPins(text, byFields, { cache }).text;
      const images = readOverlayImages(text, file, cache);
      return setOverlayPins(
        text,
        images,
        writes
          .filter((w) => w.pin.style !== 'fields')
          .map((w) => {
            const { pin, image } = pinOf(text, w.service);
            return { image, pin, target: w.target };
          }),
        cache,
      );
    },
    protectedProblems: (text) => overlayProblems(readOverlayImages(text, file, cache)),
    besides: () => new Map(),
  };
}

/** A service's images: entry (or where it would go) as its pin. */
function overlayImagePin(text: string, file: string, pin: OverlayPin, cache: ParseCache): ImagePin {
  const images = readOverlayImages(text, file, cache);
  return {
    style: 'overlay',
    file,
    key: pin.entry ? `${images.listPath.join('.')}[${pin.entry.index}]` : images.listPath.join('.'),
    path: pin.entry ? [...images.listPath, pin.entry.index] : images.listPath,
    line: pin.line,
    ...(pin.repository ? { repository: pin.repository } : {}),
    ...(pin.tag ? { tag: pin.tag } : {}),
    ...(pin.digest ? { digest: pin.digest } : {}),
    overlay: pin,
  };
}

/** An environment's values file as its pins' place, with the chart revision of its Application when it has one. */
async function valuesPlace(
  env: PromoteEnvironment,
  read: (p: string) => Promise<string | undefined>,
  opts: PlaceOptions,
): Promise<PinPlace | undefined> {
  const { cache } = opts;
  const text = await read(env.values);
  const where = env.valuesLine !== undefined && opts.configFile ? { file: opts.configFile, line: env.valuesLine } : {};
  if (text === undefined && opts.optional) return undefined;
  if (text === undefined)
    throw new UserError(`values file of ${env.name} ${env.values} does not exist at ${opts.at}`, {
      ...where,
      hint: 'fix values in the config (paths are relative to the repository promoted in)',
    });
  const { rev, appText, applicationFailed } = await chartRevisionOf(env, read, opts);
  // The pins share the chart version's document when that is the Application (inline values) or the HelmRelease; an
  // OCIRepository in the release's file (Flux's chartRef examples) holds no pins: the HelmRelease's document is found.
  const document = rev && rev.flux !== 'OCIRepository' && rev.file === env.values ? rev.document : undefined;
  const home = await homeOf(env, text, document, read, opts);
  const file = home?.file ?? env.values;
  const readAt = (t: string, key: string) => (home ? home.read(t, key, cache) : readPin(t, env.values, key, { document, cache }));
  const writeAt = (t: string, pins: readonly PinWrite[]) =>
    home ? home.write(t, pins, cache) : setPins(t, pins, { document, cache }).text;
  const plain = home ? home.plain : document === undefined;
  // The release's own post-renderer entries that set a service's image decide what runs: they are its pin (post-render-pins.ts).
  const rewrites = rewriteLayer(await deploymentOf(env)?.rewritePlace(read, cache), file, cache);
  return {
    kind: 'values',
    file,
    text: home?.text ?? text,
    ...(document !== undefined ? { document } : {}),
    ...(rev ? { rev, appText } : {}),
    ...(home ? { home: home.label } : {}),
    ...(home?.document !== undefined ? { homeDocument: home.document } : {}),
    ...(applicationFailed ? { applicationFailed } : {}),
    read: (t, service, others) =>
      rewrites?.pin(t, service, others) ??
      (home && !home.plain && home.label !== 'spec.values'
        ? undefined
        : fieldsPin(t, file, home?.document ?? document, service, false, cache)) ??
      readAt(t, keyFor(service, env, file)),
    besides: (writes) => rewrites?.besides(writes) ?? new Map(),
    write(t, writes) {
      // All pins of the values file in one edit (one parse and one check, not one per service); services that
      // share a values key are edited one after another, each reading what the previous one wrote.
      if (rewrites) [t, writes] = rewrites.write(t, writes);
      if (writes.length === 0) return t;
      const absent = writes.filter((w) => w.pin.absent); // a key the file lacks, which its chart sets: inserted (absent-pin.ts)
      if (absent.length > 0) [t, writes] = [insertPins(t, absent, cache, home?.document ?? document), writes.filter((w) => !w.pin.absent)];
      const byFields = writes.filter((w) => w.pin.style === 'fields');
      if (byFields.length > 0) {
        t = setPins(t, byFields, { document: home?.document ?? document, cache }).text;
        writes = writes.filter((w) => w.pin.style !== 'fields');
        if (writes.length === 0) return t;
      }
      if (new Set(writes.map((w) => w.pin.key)).size === writes.length) return writeAt(t, writes);
      let out = t;
      for (const w of writes) out = writeAt(out, [{ ...w, pin: readAt(out, keyFor(w.service, env)) }]);
      return out;
    },
    protectedProblems: (t) => (plain ? checkPinnedImagesIn(parseShared(stripBom(t), file, cache)) : []),
  };
}

/** The chart version of an environment's Application (or Flux resource), with the text it was read from. */
async function chartRevisionOf(
  env: PromoteEnvironment,
  read: (p: string) => Promise<string | undefined>,
  opts: PlaceOptions,
): Promise<{ rev?: ChartRevision; appText?: string; applicationFailed: boolean }> {
  const resource = deployerResource(env);
  if (!resource) return { applicationFailed: false };
  const { file } = resource;
  try {
    const appText = await read(file);
    if (appText === undefined)
      throw new UserError(`the Application file ${file} of environment ${env.name} does not exist`, {
        hint: 'fix application in the config',
      });
    return { rev: await chartRevisionAt(env, appText, read, opts.charts, opts.cache), appText, applicationFailed: false };
  } catch (e) {
    if (!opts.lenientApplication) throw e;
    return { applicationFailed: true };
  }
}

/**
 * Where the pins live in the values file when it is the deployer's own resource's file (a HelmRelease's without
 * values: beside it: its spec.values or the ConfigMap of spec.valuesFrom that holds them, Deployment.valuesHome);
 * undefined for a values file of its own.
 */
async function homeOf(
  env: PromoteEnvironment,
  text: string,
  document: number | undefined,
  read: (p: string) => Promise<string | undefined>,
  opts: PlaceOptions,
): Promise<ValuesHome | undefined> {
  const keys = (opts.services ?? []).flatMap((s) => (s.valuesKey === undefined ? [] : [fillTemplate(s.valuesKey, env.name, s.name)]));
  return deploymentOf(env)?.valuesHome(text, document, keys, read, opts.cache);
}

/** The substituteFrom ConfigMap holding an environment's flux-substitute variables as its pins' place (flux-substitute-from.ts). */
function substitutePlace(sub: SubstituteHome, cache: ParseCache): PinPlace {
  return {
    kind: 'overlay',
    file: sub.file,
    text: sub.text,
    home: sub.label,
    read(text, service) {
      const fields = sub.fields(text, service.substitute ?? {});
      return pinOfFields(fields, sub.file, `${sub.label} ${fields.map((f) => f.label.slice(sub.label.length + 1)).join(', ')}`);
    },
    write: (text, writes) => (writes.length === 0 ? text : sub.write(text, writes, cache)),
    protectedProblems: () => [],
    besides: () => new Map(),
  };
}
