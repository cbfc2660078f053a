// The digest-only guard over what is rendered: every image a protected
// environment's rendered objects name must carry its content's digest
// (`@sha256:` and 64 hex digits), whatever wrote it — a base, a patch, a
// component, a chart default, a subchart. Every `image` string under an
// object's spec is judged, at any depth: a pod spec's containers,
// initContainers and ephemeralContainers wherever the spec sits (a Pod's,
// every `template.spec`: Deployment, StatefulSet, Job, a CronJob's
// jobTemplate, an Argo Rollout), and an operator's own fields (a Prometheus'
// `spec.image`, an Argo Workflow's `templates[].container.image`, a Tekton
// Task's `steps[].image`). A container of a pod spec that names no image is
// judged too. Where the image came from is traced in the texts the render
// read (values files, chart files, the overlay's files): the line that writes
// the image, else its tag, else its repository; else the object alone names it.

import type { RenderedObject } from './objects.ts';
import { objectLabel } from './objects.ts';

/** A digest as a pin: `@sha256:` and 64 lowercase hex digits, at the end of the reference. */
const DIGEST = /@sha256:[0-9a-f]{64}$/;

const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'] as const;
type ContainerList = (typeof CONTAINER_LISTS)[number];

/** One image an object names. */
export interface RenderedImage {
  /** `Deployment prod/api`. */
  object: string;
  /** The container's name, when the image is a container's (`(unnamed)` when it has none). */
  container?: string;
  /** Which list of a pod spec holds it: containers, initContainers, ephemeralContainers. */
  list?: ContainerList;
  /** The image as rendered ('' when a pod spec's container names none). */
  image: string;
  /** Where in the object: `spec.template.spec.containers[0].image`. */
  path: string;
  /** The spec nests deeper than is walked here: what it holds below `path` cannot be judged, and is refused as unpinned. */
  tooDeep?: true;
}

/** One image the guard refuses. */
export type UnpinnedImage = RenderedImage;

/** Where an image was written, when the render's inputs show it. */
export interface ImageOrigin {
  file: string;
  line: number;
  /** What that line is: `images: entry`, `values key image.tag`, `the base file`… as the caller's texts tell. */
  text: string;
}

type Obj = Record<string, unknown>;
const asObj = (v: unknown): Obj | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined);

/** The pod specs of an object: a Pod's spec, and each `template.spec` holding a container list under `spec` (any depth). */
function podSpecs(body: Obj): Set<Obj> {
  const out = new Set<Obj>();
  const top = asObj(body.spec);
  if (!top) return out;
  if (body.kind === 'Pod') out.add(top);
  const walk = (node: Obj, depth: number) => {
    if (depth > 8) return;
    for (const [k, v] of Object.entries(node)) {
      const child = asObj(v);
      if (!child) continue;
      const spec = k === 'template' ? asObj(child.spec) : undefined;
      if (spec && CONTAINER_LISTS.some((l) => Array.isArray(spec[l]))) out.add(spec);
      else walk(child, depth + 1);
    }
  };
  walk(top, 0);
  return out;
}

/** How deep under `spec` images are looked for: far past any real resource, short of a hostile one. */
const MAX_DEPTH = 32;

/** Every image an object's spec names, in document order (each pod spec's containers as listed). */
function imagesOf(o: RenderedObject, out: RenderedImage[]): void {
  const top = asObj(o.body.spec);
  if (!top) return;
  const pods = podSpecs(o.body);
  const object = objectLabel(o);
  const seen = new Set<object>();
  const visit = (node: unknown, path: string, depth: number, container?: ContainerList): void => {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    if (depth > MAX_DEPTH) {
      // A hostile spec does not hide an image below the walk: what cannot be read is not passed.
      if (!out.some((i) => i.tooDeep && i.object === object)) out.push({ object, image: '', path, tooDeep: true });
      return;
    }
    seen.add(node);
    if (Array.isArray(node)) {
      node.forEach((item, i) => visit(item, `${path}[${i}]`, depth + 1, container));
      return;
    }
    const map = node as Obj;
    const named = typeof map.name === 'string' && map.name !== '' ? map.name : '(unnamed)';
    if (typeof map.image === 'string')
      out.push({ object, ...(container ? { container: named, list: container } : {}), image: map.image.trim(), path: `${path}.image` });
    else if (container) out.push({ object, container: named, list: container, image: '', path: `${path}.image` });
    for (const [k, v] of Object.entries(map)) {
      if (k === 'image' && typeof v === 'string') continue;
      const list = pods.has(map) && (CONTAINER_LISTS as readonly string[]).includes(k) ? (k as ContainerList) : undefined;
      visit(v, `${path}.${k}`, depth + 1, list && Array.isArray(v) ? list : undefined);
    }
  };
  visit(top, 'spec', 0);
}

/** Every image the objects name (pinned or not), in the objects' order. */
export function renderedImages(objects: Iterable<RenderedObject>): RenderedImage[] {
  const out: RenderedImage[] = [];
  for (const o of objects) imagesOf(o, out);
  return out;
}

/** Whether an image reference names its content by digest. */
export const pinnedByDigest = (image: string): boolean => DIGEST.test(image);

/** The images of `objects` that carry no digest, in the objects' order. */
export function unpinnedImages(objects: Iterable<RenderedObject>): UnpinnedImage[] {
  return renderedImages(objects).filter((i) => !pinnedByDigest(i.image));
}

/** `evil.example/api:latest` → repository and tag (a port's colon is no tag). */
function splitImage(image: string): { repository: string; tag?: string } {
  const ref = image.split('@')[0];
  const colon = ref.lastIndexOf(':');
  return colon > ref.lastIndexOf('/') ? { repository: ref.slice(0, colon), tag: ref.slice(colon + 1) } : { repository: ref };
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where `image` was written among `sources` (in the order given: the files
 * the environment owns first): the line holding the whole reference, else a
 * `…tag:` key (newTag, tag, imageTag) holding its tag beside its repository's
 * name in the same file, else a line naming its repository. Undefined when no
 * text shows it (a template that assembles it): the object then names it.
 */
export function traceImage(image: string, sources: readonly { path: string; text: string }[]): ImageOrigin | undefined {
  if (image === '') return undefined;
  const { repository, tag } = splitImage(image);
  const lineOf = (text: string, test: (line: string) => boolean): number | undefined => {
    const lines = text.split('\n');
    const i = lines.findIndex(test);
    return i >= 0 ? i + 1 : undefined;
  };
  const whole = new RegExp(`(^|[\\s"'=:])${escapeRe(image)}(["'\\s]|$)`);
  for (const s of sources) {
    const line = lineOf(s.text, (l) => whole.test(l));
    if (line) return { file: s.path, line, text: `writes ${image}` };
  }
  const short = repository.slice(repository.lastIndexOf('/') + 1);
  if (tag !== undefined) {
    const tagLine = new RegExp(`^\\s*-?\\s*[A-Za-z_]*[Tt]ag\\s*:\\s*["']?${escapeRe(tag)}["']?\\s*(#.*)?$`);
    for (const s of sources) {
      if (!s.text.includes(short)) continue;
      const line = lineOf(s.text, (l) => tagLine.test(l));
      if (line) return { file: s.path, line, text: `sets the tag ${tag}` };
    }
  }
  const repoLine = new RegExp(`(^|[\\s"'=:/])${escapeRe(repository)}(["'\\s:@]|$)`);
  for (const s of sources) {
    const line = lineOf(s.text, (l) => repoLine.test(l));
    if (line) return { file: s.path, line, text: `names ${repository}` };
  }
  return undefined;
}

/** One line for a reviewer: `Deployment prod/api: container api runs evil.example/api:latest, not pinned by digest`. */
export function unpinnedLine(u: UnpinnedImage): string {
  const kind = u.list === 'initContainers' ? 'initContainer' : u.list === 'ephemeralContainers' ? 'ephemeralContainer' : 'container';
  if (u.tooDeep) return `${u.object}: ${u.path} nests deeper than ${MAX_DEPTH} levels, so the images under it cannot be judged`;
  const who = u.list ? `${kind} ${u.container} ` : '';
  return `${u.object}: ${who}${u.image === '' ? 'names no image' : `runs ${u.image}`}, not pinned by digest (${u.path})`;
}
