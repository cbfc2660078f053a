// What an environment's `kustomization:` (or `flux-kustomization:`) names, read
// for a render: a kustomization file or folder, an Argo CD Application whose
// source path is an overlay (its kustomize.images and destination namespace),
// or a Flux Kustomization (its spec.path, spec.images and targetNamespace, as
// kustomize-controller builds it). render/kustomize.ts builds what this names.

import { posix } from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { Unavailable } from './render.ts';

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
type Obj = Record<string, unknown>;
const asObj = (v: unknown): Obj | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined);
const asStr = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Whether a document's kind and apiVersion make it a Flux Kustomization (kustomize.toolkit.fluxcd.io/*), not kustomize's own. */
export function isFluxKustomization(kind: unknown, apiVersion: unknown): boolean {
  return kind === 'Kustomization' && typeof apiVersion === 'string' && apiVersion.startsWith('kustomize.toolkit.fluxcd.io/');
}

/** What an environment's `kustomization:` names, for rendering: the folder built, and the Application when it is one. */
export interface OverlayTarget {
  /** The overlay's folder (repository path). */
  dir: string;
  /** The kustomization file, or the Application's file: where a refusal points. */
  file: string;
  /** The Application's kustomize.images, when the target is one (or an `application:` beside the overlay names some). */
  images?: string[];
  namespace?: string;
  /** Set when `file` is a Flux Kustomization: kustomize-controller's build (targetNamespace, post-build substitution; deploy/flux/flux-build.ts). */
  flux?: true;
}

/** An Argo CD Application's kustomize source: its path, images and destination namespace; undefined when the text is none. */
export function applicationKustomize(text: string | undefined): { path?: string; images: string[]; namespace?: string } | undefined {
  if (text === undefined) return undefined;
  try {
    for (const doc of documents(text)) {
      const app = asObj(doc);
      if (!app || app.kind !== 'Application' || !asObj(app.spec)) continue;
      const spec = asObj(app.spec)!;
      const sources = [asObj(spec.source), ...(Array.isArray(spec.sources) ? spec.sources.map(asObj) : [])].filter((s): s is Obj => !!s);
      const src = sources.find((s) => asObj(s.kustomize)) ?? sources.find((s) => asStr(s.path) !== undefined) ?? {};
      return {
        ...(asStr(src.path) !== undefined ? { path: asStr(src.path)!.replace(/\/+$/, '') || '.' } : {}),
        images: strings(asObj(src.kustomize)?.images),
        ...(asStr(asObj(spec.destination)?.namespace) ? { namespace: asStr(asObj(spec.destination)?.namespace) } : {}),
      };
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/**
 * A Flux Kustomization (kustomize.toolkit.fluxcd.io) as kustomize-controller builds it: its spec.path (relative to
 * the source's root, this repository for a GitRepository source), its spec.images as image strings, its
 * targetNamespace; `unavailable` when its manifests come from another source. Undefined when the text holds none.
 */
export function fluxKustomize(text: string | undefined): { path: string; images: string[]; namespace?: string } | Unavailable | undefined {
  if (text === undefined) return undefined;
  let found: Obj | undefined;
  try {
    found = documents(text)
      .map(asObj)
      .find((d) => isFluxKustomization(d?.kind, d?.apiVersion));
  } catch {
    return undefined;
  }
  if (!found) return undefined;
  const spec = asObj(found.spec) ?? {};
  const source = asStr(asObj(spec.sourceRef)?.kind) ?? 'GitRepository';
  if (source !== 'GitRepository')
    return { unavailable: `the Flux Kustomization builds manifests of its ${source}, not of this repository` };
  const path = posix.normalize((asStr(spec.path) ?? '.').replace(/^\.?\/+/, '') || '.').replace(/\/+$/, '') || '.';
  if (path === '..' || path.startsWith('../'))
    return { unavailable: `the Flux Kustomization's spec.path ${asStr(spec.path)} is outside the repository` };
  const images = (Array.isArray(spec.images) ? spec.images : []).flatMap((i) => {
    const o = asObj(i);
    const name = asStr(o?.name);
    if (!o || !name) return [];
    const tag = asStr(o.newTag);
    const digest = asStr(o.digest);
    return [`${name}=${asStr(o.newName) ?? name}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`];
  });
  const namespace = asStr(spec.targetNamespace);
  return { path, images, ...(namespace ? { namespace } : {}) };
}

/** Each document of a YAML text as data; a document that does not parse is undefined. */
function documents(text: string): unknown[] {
  const docs = parseAllDocuments(text.replace(/^\ufeff/, ''));
  return (Array.isArray(docs) ? docs : [docs]).map((d) => (d.errors.length > 0 ? undefined : (d.toJS({ maxAliasCount: 100 }) as unknown)));
}

/**
 * What `kustomization:` names at a revision: a kustomization file (its
 * folder is built), a folder holding one, or an Argo CD Application (its
 * source path is built with its kustomize.images). `application:` beside an
 * overlay gives the destination namespace and any kustomize.images it sets.
 */
export async function overlayTarget(
  read: (path: string) => Promise<string | undefined>,
  kustomization: string,
  application?: string,
): Promise<OverlayTarget | Unavailable> {
  const path = posix.normalize(kustomization.trim().replace(/\\/g, '/')).replace(/\/+$/, '') || '.';
  if (path === '..' || path.startsWith('../') || path.startsWith('/')) return { unavailable: `${kustomization} is outside the repository` };
  const text = path === '.' ? undefined : await read(path);
  // A Flux Kustomization: its spec.path built with its spec.images and targetNamespace.
  const flux = fluxKustomize(text);
  if (flux && 'unavailable' in flux) return flux;
  if (flux)
    return { dir: flux.path, file: path, images: flux.images, ...(flux.namespace ? { namespace: flux.namespace } : {}), flux: true };
  const app = applicationKustomize(text);
  if (app) {
    if (app.path === undefined) return { unavailable: `the Application ${path} names no source path to build` };
    return { dir: app.path, file: path, images: app.images, ...(app.namespace ? { namespace: app.namespace } : {}) };
  }
  const dir = text !== undefined ? posix.dirname(path) : path;
  const file = text !== undefined ? path : `${path === '.' ? '' : `${path}/`}kustomization.yaml`;
  const beside = application ? applicationKustomize(await read(application.split('#')[0])) : undefined;
  return {
    dir,
    file,
    ...(beside?.images.length ? { images: beside.images } : {}),
    ...(beside?.namespace ? { namespace: beside.namespace } : {}),
  };
}
