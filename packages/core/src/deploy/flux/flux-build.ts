// One overlay environment's build inputs, read as the tool that deploys it builds them: the one reading the
// kinds built with kustomize answer with (Deployment.overlaySide: kustomizeBuild), which hydrate (deploy/render.ts),
// the pull request check (operations/check/render-overlays.ts) and promote (promote/render-overlay.ts) read. A Kustomize overlay or an Argo CD Application's
// source path: its folder with the Application's images and namespace. A Flux Kustomization, as
// kustomize-controller builds it: its spec.path with its spec.images, its targetNamespace set in the
// folder's kustomization, and its post-build variables (spec.postBuild.substituteFrom ConfigMaps of the
// repository in order, a later over an earlier, then spec.postBuild.substitute over them all), which
// render/kustomize.ts substitutes in the build's output; its spec.patches (inline patches with their
// targets) appended to that kustomization's patches, as kustomize-controller appends them. What lockstep
// cannot read or apply (a Secret, a substituteFrom entry outside the repository, spec.components) is
// unavailable, never left out: what is rendered is what the cluster receives, or nothing.

import { isMap, isScalar, isSeq, parseAllDocuments, parseDocument, type YAMLMap } from 'yaml';
import { readOverlay } from '../../render/kustomize.ts';
import { isFluxKustomization, overlayTarget, type OverlayTarget } from '../../render/overlay-target.ts';
import type { ChartReader, Unavailable } from '../../render/render.ts';
import type { OverlayBuild, OverlaySide } from '../model.ts';
import { entriesOf } from './flux-substitute-from.ts';

type Read = (path: string) => Promise<string | undefined>;

/**
 * What `kustomization` (a repository path: a kustomization, an Application, a Flux Kustomization) builds at the
 * state `reader` reads; `application` (a repository path) gives an overlay its destination namespace and images.
 */
export async function overlaySide(reader: ChartReader, kustomization: string, application?: string): Promise<OverlaySide | Unavailable> {
  const target = await overlayTarget(reader.read, kustomization, application);
  if ('unavailable' in target) return target;
  return targetSide(reader, target);
}

/**
 * The build of a kind built with kustomize (its Deployment's overlaySide): overlaySide's, an unavailable build
 * naming the file a refusal points at once its target is found (the kustomization, the Application or the Flux
 * Kustomization).
 */
export async function kustomizeBuild(reader: ChartReader, kustomization: string, application?: string): Promise<OverlayBuild> {
  const target = await overlayTarget(reader.read, kustomization, application);
  if ('unavailable' in target) return target;
  const side = await targetSide(reader, target);
  return 'unavailable' in side ? { ...side, file: target.file } : side;
}

/** What the target found builds: its folder's files, with a Flux Kustomization's edits and post-build variables. */
async function targetSide(reader: ChartReader, target: OverlayTarget): Promise<OverlaySide | Unavailable> {
  const files = await readOverlay(reader, target.dir);
  if ('unavailable' in files) return files;
  const side: OverlaySide = {
    files: files.files,
    dir: target.dir,
    file: target.file,
    ...(target.images?.length ? { images: target.images } : {}),
    ...(target.namespace ? { namespace: target.namespace } : {}),
  };
  if (!target.flux) return side;
  const vars = await fluxVariables(target.file, reader.read);
  if (!(vars instanceof Map)) return { unavailable: vars.message };
  const patches = fluxPatches(await reader.read(target.file), target.file);
  if (!Array.isArray(patches)) return { unavailable: patches.message };
  // kustomize-controller sets targetNamespace and appends spec.patches in the folder's kustomization before it builds.
  const edited = target.namespace || patches.length > 0 ? withFluxEdits(files.files, target.dir, target.namespace, patches) : files.files;
  if ('message' in edited) return { unavailable: edited.message };
  return {
    ...side,
    files: edited,
    ...(vars.size > 0 ? { substitute: vars } : {}),
  };
}

/** Flux Kustomization fields that change the build beyond spec.path, spec.images, targetNamespace and postBuild. */
const UNAPPLIED = ['components', 'commonMetadata', 'namePrefix', 'nameSuffix', 'patchesStrategicMerge', 'patchesJson6902'];

/** The Flux Kustomization document of a (multi-document) file's text. */
function fluxDocument(text: string) {
  const docs = parseAllDocuments(text.replace(/^\ufeff/, ''));
  return (Array.isArray(docs) ? docs : [docs]).find((d) => {
    return isMap(d.contents) && isFluxKustomization(d.get('kind'), d.get('apiVersion'));
  });
}

/** A Flux patch as kustomize's `patches:` takes it: the inline patch and its target selector. */
type FluxPatch = { patch: string; target?: Record<string, unknown> };

/**
 * The Flux Kustomization's spec.patches in `text` (the file `file`): each an inline `patch` with an optional
 * `target`, as Flux's API has them; anything else (a `path`, a patch that is no string) refused at its line.
 */
export function fluxPatches(text: string | undefined, file: string): FluxPatch[] | { message: string } {
  if (text === undefined) return [];
  const doc = fluxDocument(text);
  const list = doc?.getIn(['spec', 'patches'], true);
  if (list === undefined || list === null) return [];
  const lineOf = (n: { range?: [number, number, number] | null }) =>
    n.range
      ? text
          .replace(/^\ufeff/, '')
          .slice(0, n.range[0])
          .split('\n').length
      : 1;
  if (!isSeq(list)) return { message: `${file}:${lineOf(list)}: spec.patches of the Flux Kustomization is not a list` };
  const out: FluxPatch[] = [];
  for (const item of list.items) {
    const js = isMap(item) ? (item.toJSON() as Record<string, unknown>) : undefined;
    const extra = js ? Object.keys(js).filter((k) => k !== 'patch' && k !== 'target') : [];
    const target = js?.target;
    if (
      !js ||
      typeof js.patch !== 'string' ||
      extra.length > 0 ||
      (target !== undefined && (target === null || typeof target !== 'object' || Array.isArray(target)))
    )
      return {
        message: `${file}:${lineOf(item as YAMLMap)}: a spec.patches entry of the Flux Kustomization is read as an inline patch (a string) with an optional target only${extra.length ? `, not ${extra.join(', ')}` : ''}`,
      };
    out.push({ patch: js.patch, ...(target !== undefined ? { target: target as Record<string, unknown> } : {}) });
  }
  return out;
}

/**
 * The overlay's files with the kustomization of `dir` edited as kustomize-controller edits it before it builds a
 * Flux Kustomization: `namespace` set to its targetNamespace, its spec.patches appended to `patches:`. Unchanged
 * when the folder has no kustomization (nothing to edit: the build fails as it is); a message when that
 * kustomization cannot be edited (its `patches:` is no list).
 */
export function withFluxEdits(
  files: ReadonlyMap<string, string>,
  dir: string,
  namespace: string | undefined,
  patches: readonly FluxPatch[] = [],
): ReadonlyMap<string, string> | { message: string } {
  const at = ['kustomization.yaml', 'kustomization.yml', 'Kustomization']
    .map((n) => (dir === '.' ? n : `${dir}/${n}`))
    .find((p) => files.has(p));
  if (at === undefined) return files;
  const doc = parseDocument(files.get(at)!);
  if (doc.errors.length > 0 || !isMap(doc.contents)) return files;
  if (namespace) doc.set('namespace', namespace);
  if (patches.length > 0) {
    const had = doc.get('patches', true);
    if (had !== undefined && had !== null && !isSeq(had))
      return { message: `${at}: its patches: is not a list, so spec.patches cannot be appended as Flux appends them` };
    const list = isSeq(had) ? had : doc.createNode([]);
    for (const p of patches) list.items.push(doc.createNode(p));
    doc.set('patches', list);
  }
  return new Map([...files, [at, doc.toString()]]);
}

/**
 * The variables Flux substitutes after the build of the Flux Kustomization in `file` (its document of a
 * multi-document file): each spec.postBuild.substituteFrom ConfigMap's data in order (a later one over an
 * earlier), then spec.postBuild.substitute over them all; line breaks removed from values, as Flux removes them.
 */
export async function fluxVariables(file: string, read: Read): Promise<Map<string, string> | { message: string }> {
  const text = await read(file);
  if (text === undefined) return { message: `${file} is not in the commit` };
  let substitute: unknown;
  try {
    const doc = fluxDocument(text);
    substitute = doc?.getIn(['spec', 'postBuild', 'substitute'], true);
    // What kustomize-controller would also apply to the build, which lockstep does not: refused, never left out.
    const spec = doc?.get('spec');
    const more = isMap(spec) ? UNAPPLIED.filter((k) => spec.has(k)) : [];
    if (more.length > 0)
      return {
        message: `${file}: spec.${more.join(', spec.')} of the Flux Kustomization is not applied by lockstep's build, so it cannot be rendered as Flux builds it`,
      };
  } catch {
    return { message: `${file} does not parse as YAML` };
  }
  const vars = new Map<string, string>();
  for (const entry of (await entriesOf(text, file, read)).entries) {
    const at = `${file}:${entry.line}: spec.postBuild.substituteFrom ${entry.kind} ${entry.name}`;
    if (entry.kind === 'Secret' || entry.found?.secret)
      return { message: `${at}: lockstep never reads secrets, so the variables it sets are unknown` };
    if (!entry.found) return { message: `${at} is not in the repository, so the variables it sets are unknown` };
    if (entry.found.opaque !== undefined) return { message: `${at} is read only in part (${entry.found.opaque})` };
    for (const [name, slot] of entry.found.slots) vars.set(name, slot.value.replace(/\n/g, ''));
  }
  if (isMap(substitute))
    for (const p of substitute.items)
      if (isScalar(p.key)) vars.set(String(p.key.value), isScalar(p.value) ? String(p.value.value ?? '').replace(/\n/g, '') : '');
  return vars;
}
