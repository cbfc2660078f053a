// A HelmRelease's post-renderer images as pins (issue 72, "writes go where the deployer reads"): helm-controller
// runs each spec.postRenderers entry's kustomize images over Helm's output, so an entry that sets a tag or a digest
// of a service's image decides what runs, whatever spec.values says. That entry is the service's pin: read there,
// and a promotion writes its newTag and digest there (created in the entry when missing), byte-minimally, in the
// release's own document. An entry of a base the release patches (its own document sets no spec.postRenderers) is
// shared with the other environments: the base's list is copied into the release's own document, where the entry is
// written (kustomize replaces a custom resource's list whole, so the patch carries every entry), never the base.

import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { UserError } from '../../errors.ts';
import { frame, insertPair, parseForEdit, type KeyPath } from '../../edits/yaml-edit.ts';
import {
  imageEntries,
  overlayPin,
  setOverlayPins,
  type OverlayImages,
  type OverlayPin,
  type OverlayTarget,
} from '../../kustomize/overlay.ts';
import { parseWith, type ParseCache } from '../../text/parse-cache.ts';
import { YAML_DOCUMENTS, mapValue } from '../../yaml/read.ts';
import type { ImagePin } from '../pins/pins.ts';
import { filesOf, type ImageRewrites } from '../model.ts';
import { releaseDocument } from './flux.ts';
import { fluxRef, readFluxRelease } from './flux-release.ts';

/** One post-renderer pin to write: the service's image, its pin (read here) and its target. */
export interface RewriteWrite {
  image: string;
  pin: ImagePin;
  target: OverlayTarget;
}

/**
 * The HelmRelease the environment `e` names (`helmrelease: file#name`), as `read` reads it, with the base document
 * whose post-renderers it runs where its own document sets none; undefined where its file is missing or holds no
 * such release (its render says why).
 */
export async function releaseRewrites(
  e: { helmrelease: string; ocirepository?: string },
  read: (path: string) => Promise<string | undefined>,
  cache: ParseCache,
): Promise<ImageRewrites | undefined> {
  const file = filesOf(e.helmrelease)[0];
  const text = await read(file);
  if (text === undefined) return undefined;
  try {
    const document = releaseDocument(e.helmrelease, text, file, cache);
    const at: ImageRewrites = { file, text, ...(document !== undefined ? { document } : {}) };
    if (postRenderersOf(text, at, cache) !== undefined) return at;
    const inherited = await inheritedList(e, at, read, cache);
    return inherited ? { ...at, inherited } : at;
  } catch (err) {
    if (err instanceof UserError) return undefined;
    throw err;
  }
}

/** The last document merged before the release's own (its bases, kustomize's order) that sets spec.postRenderers. */
async function inheritedList(
  e: { helmrelease: string; ocirepository?: string },
  own: ImageRewrites,
  read: (path: string) => Promise<string | undefined>,
  cache: ParseCache,
): Promise<ImageRewrites['inherited']> {
  let rel: Awaited<ReturnType<typeof readFluxRelease>>;
  try {
    rel = await readFluxRelease(fluxRef(e)!, read, cache);
  } catch (err) {
    // A release that cannot be read (an alias bomb among them) has no list found here: its validation and its render
    // refuse it, at its document.
    if (err instanceof UserError) return undefined;
    throw err;
  }
  for (const d of [...rel.documents].reverse()) {
    if (d.file === own.file && d.document === (own.document ?? 0)) continue;
    const text = await read(d.file);
    const at = { file: d.file, text: text ?? '', document: d.document };
    if (text !== undefined && postRenderersOf(text, at, cache) !== undefined) return at;
  }
  return undefined;
}

/** The line of the `spec:` key of the release's own document in `text` (1 where it has none). */
function specLine(text: string, at: ImageRewrites, cache: ParseCache): number {
  const parsed = parseWith(cache, YAML_DOCUMENTS, text.replace(/^\ufeff/, ''), at.file);
  const root = (parsed.documents ?? [parsed.doc])[at.document ?? 0]?.contents;
  const pair = isMap(root) ? root.items.find((p) => isScalar(p.key) && p.key.value === 'spec') : undefined;
  return (pair && parsed.lineOf(pair.key)) ?? 1;
}

/** The spec.postRenderers pair of the document `at` names in `text`, with the spec mapping; undefined where it sets none. */
function postRenderersOf(text: string, at: { file: string; document?: number }, cache: ParseCache) {
  const parsed = parseWith(cache, YAML_DOCUMENTS, text.replace(/^\ufeff/, ''), at.file);
  const spec = mapValue((parsed.documents ?? [parsed.doc])[at.document ?? 0]?.contents, 'spec');
  if (!isMap(spec)) return undefined;
  const pair = spec.items.find((p) => isScalar(p.key) && p.key.value === 'postRenderers');
  return pair ? { pair, parsed } : undefined;
}

/** The images lists of the release document's own spec.postRenderers in `text`, in order. */
function postRenderLists(text: string, at: ImageRewrites, cache: ParseCache): OverlayImages[] {
  const own = postRenderersOf(text, at, cache);
  const entries = own?.pair.value;
  if (!own || !isSeq(entries)) return [];
  const { parsed } = own;
  return entries.items.flatMap((entry, i) => {
    const list = mapValue(mapValue(entry, 'kustomize'), 'images');
    if (!isSeq(list)) return [];
    const listPath: KeyPath = ['spec', 'postRenderers', i, 'kustomize', 'images'];
    const line = parsed.lineOf(list) ?? 1;
    const what = `spec.postRenderers[${i}].kustomize.images`;
    const images = imageEntries(list, parsed, at.file, line, what);
    return [
      {
        kind: 'overlay' as const,
        file: at.file,
        ...(at.document !== undefined ? { document: at.document } : {}),
        listPath,
        hasList: true,
        line,
        images,
      },
    ];
  });
}

/**
 * The service's pin in the release's post-renderers as `text` (its file's text) has it: the one entry matching its
 * image (as an overlay's entry is matched) that sets a tag or a digest; undefined where none does (an entry that
 * only renames the image leaves the tag to the values). Two such entries are refused at the second's line.
 */
export function rewritePin(text: string, at: ImageRewrites, image: string, service: string, cache: ParseCache): ImagePin | undefined {
  // A list the release's own document does not set is the base's it runs: read there, written into its own (copied).
  const inherited = postRenderersOf(text, at, cache) === undefined ? at.inherited : undefined;
  const from = inherited ?? { ...at, text };
  const found: { images: OverlayImages; pin: OverlayPin }[] = [];
  for (const images of postRenderLists(from.text, from, cache)) {
    const pin = overlayPin(images, image, service);
    if (pin.entry && (pin.entry.newTag !== undefined || pin.entry.digest !== undefined)) found.push({ images, pin });
  }
  if (found.length > 1)
    throw new UserError(
      `${service}: two post-renderers set the image ${image}: lines ${found[0].pin.line} and ${found[1].pin.line}; helm-controller applies both, in order`,
      { file: from.file, line: found[1].pin.line, hint: `keep one images: entry for ${image} in spec.postRenderers` },
    );
  if (found.length === 0) return undefined;
  const { images, pin } = found[0];
  const path = [...images.listPath, pin.entry!.index];
  return {
    style: 'overlay',
    // An inherited entry is written into the release's own document, at its spec (withInheritedList): the pin's place.
    file: at.file,
    key: `spec.postRenderers[${images.listPath[2]}].kustomize.images[${pin.entry!.index}]`,
    path,
    line: inherited ? specLine(text, at, cache) : pin.line,
    ...(pin.repository ? { repository: pin.repository } : {}),
    ...(pin.tag ? { tag: pin.tag } : {}),
    ...(pin.digest ? { digest: pin.digest } : {}),
    overlay: pin,
  };
}

/**
 * `text` (the release's file) with each write's post-renderer entry set to its target, checked by re-parsing; where
 * the release's own document sets no spec.postRenderers, the base's list copied into it first (withInheritedList).
 */
export function writeRewrites(text: string, at: ImageRewrites, writes: readonly RewriteWrite[], cache: ParseCache): string {
  if (writes.length > 0 && at.inherited && postRenderersOf(text, at, cache) === undefined) text = withInheritedList(text, at, cache);
  for (const w of writes) {
    const listPath = w.pin.path.slice(0, -1).join('\0');
    const images = postRenderLists(text, at, cache).find((l) => l.listPath.join('\0') === listPath);
    const entry = images?.images.find((i) => i.index === w.pin.path[w.pin.path.length - 1]);
    if (!images || !entry)
      throw new UserError(`the post-renderer entry of ${w.image} at line ${w.pin.line} is gone`, {
        file: at.file,
        line: w.pin.line,
        hint: 'promote again from the file as it is now',
      });
    const pin = { ...w.pin.overlay!, entry };
    text = setOverlayPins(text, images, [{ image: w.image, pin, target: w.target }], cache);
  }
  return text;
}

/**
 * `text` with the base's spec.postRenderers (`at.inherited`) copied into the release's own document, under its spec,
 * line for line (comments and block scalars kept, re-indented to the spec's keys), a comment above it saying why.
 */
function withInheritedList(text: string, at: ImageRewrites, cache: ParseCache): string {
  const from = at.inherited!;
  const source = postRenderersOf(from.text, from, cache)!;
  const body = source.parsed.text;
  const start = (source.pair.key as Node).range![0];
  const lineStart = body.lastIndexOf('\n', start - 1) + 1;
  const column = start - lineStart;
  const end = (source.pair.value as Node | null)?.range?.[1] ?? (source.pair.key as Node).range![2];
  const lines = body
    .slice(lineStart, end)
    .replace(/\s+$/, '')
    .split(/\r?\n/)
    .map((l) => l.slice(Math.min(column, l.length - l.trimStart().length)));
  const { bom, body: own, eol } = frame(text);
  const parsed = parseForEdit(own, at.file, at.document, cache);
  const spec = mapValue(parsed.doc.contents, 'spec');
  if (!isMap(spec) || spec.flow || spec.items.length === 0)
    throw new UserError(`the HelmRelease patch has no block spec: mapping to copy ${from.file}'s spec.postRenderers into`, {
      file: at.file,
      line: specLine(text, at, cache),
      hint: `copy spec.postRenderers from ${from.file} into this patch and set the image there, or pin the image in the base`,
    });
  const why = `# spec.postRenderers of ${from.file}, copied by lockstep to pin this environment's images here (a patch replaces the list whole)`;
  return bom + insertPair(parsed, eol, spec, [why, ...lines]);
}

/** A pin write as a place makes it: the service (its image), its pin now, its target. */
export interface ServiceWrite {
  service: { name: string; image?: string };
  pin: ImagePin;
  target: OverlayTarget;
}

/** The post-renderer entries of a release as a layer over a values place whose file is `file` (promote/place.ts). */
export interface RewriteLayer {
  /**
   * The service's post-renderer pin, where the release's own document holds one, or runs a base's list holding one
   * (copied into its own document when written): `t` is `file`'s text, `others` other files'.
   */
  pin(t: string, service: { name: string; image?: string }, others?: ReadonlyMap<string, string>): ImagePin | undefined;
  /** `t` (`file`'s text) with the post-renderer writes in it applied, and the writes left for the values. */
  write<W extends ServiceWrite>(t: string, writes: readonly W[]): [string, W[]];
  /** Where the release is in another file than `file`: its post-renderer writes there, by path (none where it is `file`). */
  besides(writes: readonly ServiceWrite[]): Map<string, { before: string; after: string }>;
}

/** `at` (the release's own document, undefined where it cannot be read) as a layer over the values place whose file is `file`. */
export function rewriteLayer(at: ImageRewrites | undefined, file: string, cache: ParseCache): RewriteLayer | undefined {
  if (!at) return undefined;
  const here = at.file === file;
  const ours = (writes: readonly ServiceWrite[]): RewriteWrite[] =>
    writes.flatMap((w) => (w.pin.style === 'overlay' && w.service.image ? [{ image: w.service.image, pin: w.pin, target: w.target }] : []));
  return {
    pin: (t, service, others) =>
      service.image === undefined
        ? undefined
        : rewritePin(here ? t : (others?.get(at.file) ?? at.text), at, service.image, service.name, cache),
    write(t, writes) {
      if (!writes.some((w) => w.pin.style === 'overlay')) return [t, [...writes]];
      return [here ? writeRewrites(t, at, ours(writes), cache) : t, writes.filter((w) => w.pin.style !== 'overlay')];
    },
    besides(writes) {
      const post = here ? [] : ours(writes);
      const after = post.length > 0 ? writeRewrites(at.text, at, post, cache) : at.text;
      return new Map(after === at.text ? [] : [[at.file, { before: at.text, after }]]);
    },
  };
}
