// The digest-only guard over what is rendered: every container,
// initContainer and ephemeralContainer image of a protected environment's
// rendered objects must name its content (`@sha256:` and 64 hex digits),
// whatever wrote it — a base, a patch, a component, a chart default, a
// subchart. Pod specs are found by their shape, not by kind: a Pod's `spec`,
// and every `template.spec` under an object's spec (Deployment, StatefulSet,
// DaemonSet, ReplicaSet, Job, a CronJob's jobTemplate, an Argo Rollout or any
// custom resource shaped the same). Where the image came from is traced in the
// texts the render read (values files, chart files, the overlay's files):
// the line that writes the image, else its tag, else its repository; else the
// object alone names it.

import type { RenderedObject } from './objects.ts';
import { objectLabel } from './objects.ts';

/** A digest as a pin: `@sha256:` and 64 lowercase hex digits, at the end of the reference. */
const DIGEST = /@sha256:[0-9a-f]{64}$/;

const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'] as const;

/** One image the guard refuses. */
export interface UnpinnedImage {
  /** `Deployment prod/api`. */
  object: string;
  /** The container's name (`(unnamed)` when it has none). */
  container: string;
  /** Which list holds it: containers, initContainers, ephemeralContainers. */
  list: (typeof CONTAINER_LISTS)[number];
  /** The image as rendered ('' when the container names none). */
  image: string;
  /** Where in the object: `spec.template.spec.containers[0].image`. */
  path: string;
}

/** Where an image was written, when the render's inputs show it. */
export interface ImageOrigin {
  file: string;
  line: number;
  /** What that line is: `images: entry`, `values key image.tag`, `the base file`… as the caller's texts tell. */
  text: string;
}

type Obj = Record<string, unknown>;
const asObj = (v: unknown): Obj | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined);

/** Every pod spec of an object, with its path: a Pod's spec, and each `template.spec` under `spec` (any depth). */
function podSpecs(body: Obj): { spec: Obj; path: string }[] {
  const out: { spec: Obj; path: string }[] = [];
  const top = asObj(body.spec);
  if (!top) return out;
  if (body.kind === 'Pod') out.push({ spec: top, path: 'spec' });
  const walk = (node: Obj, path: string, depth: number) => {
    if (depth > 8) return;
    for (const [k, v] of Object.entries(node)) {
      const child = asObj(v);
      if (!child) continue;
      const at = `${path}.${k}`;
      const spec = k === 'template' ? asObj(child.spec) : undefined;
      if (spec && CONTAINER_LISTS.some((l) => Array.isArray(spec[l]))) out.push({ spec, path: `${at}.spec` });
      else walk(child, at, depth + 1);
    }
  };
  walk(top, 'spec', 0);
  return out;
}

/** The images of `objects` that carry no digest, in the objects' order (each list, each container). */
export function unpinnedImages(objects: Iterable<RenderedObject>): UnpinnedImage[] {
  const out: UnpinnedImage[] = [];
  for (const o of objects)
    for (const { spec, path } of podSpecs(o.body))
      for (const list of CONTAINER_LISTS) {
        const containers = spec[list];
        if (!Array.isArray(containers)) continue;
        containers.forEach((c, i) => {
          const container = asObj(c);
          if (!container) return;
          const image = typeof container.image === 'string' ? container.image.trim() : '';
          if (DIGEST.test(image)) return;
          out.push({
            object: objectLabel(o),
            container: typeof container.name === 'string' && container.name !== '' ? container.name : '(unnamed)',
            list,
            image,
            path: `${path}.${list}[${i}].image`,
          });
        });
      }
  return out;
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
  const kind = u.list === 'containers' ? 'container' : u.list === 'initContainers' ? 'initContainer' : 'ephemeralContainer';
  return `${u.object}: ${kind} ${u.container} ${u.image === '' ? 'names no image' : `runs ${u.image}`}, not pinned by digest (${u.path})`;
}
