// A HelmRelease's post-renderer images as pins (issue 72, "writes go where the deployer reads"): helm-controller
// runs each spec.postRenderers entry's kustomize images over Helm's output, so an entry that sets a tag or a digest
// of a service's image decides what runs, whatever spec.values says. That entry is the service's pin: read there,
// and a promotion writes its newTag and digest there (created in the entry when missing), byte-minimally, in the
// release's own document. An entry the release's document does not hold (a base it patches) is left to the render
// proof, which refuses a promotion it would override at that entry's line: the base is shared.

import { isSeq } from 'yaml';
import { UserError } from '../../errors.ts';
import type { KeyPath } from '../../edits/yaml-edit.ts';
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

/** One post-renderer pin to write: the service's image, its pin (read here) and its target. */
export interface RewriteWrite {
  image: string;
  pin: ImagePin;
  target: OverlayTarget;
}

/**
 * The HelmRelease `helmrelease` (`file#name`) names, as `read` reads it; undefined where its file is missing or
 * holds no such release (its render says why).
 */
export async function releaseRewrites(
  helmrelease: string,
  read: (path: string) => Promise<string | undefined>,
  cache: ParseCache,
): Promise<ImageRewrites | undefined> {
  const file = filesOf(helmrelease)[0];
  const text = await read(file);
  if (text === undefined) return undefined;
  try {
    const document = releaseDocument(helmrelease, text, file, cache);
    return { file, text, ...(document !== undefined ? { document } : {}) };
  } catch (e) {
    if (e instanceof UserError) return undefined;
    throw e;
  }
}

/** The images lists of the release document's own spec.postRenderers in `text`, in order. */
function postRenderLists(text: string, at: ImageRewrites, cache: ParseCache): OverlayImages[] {
  const parsed = parseWith(cache, YAML_DOCUMENTS, text.replace(/^\ufeff/, ''), at.file);
  const doc = (parsed.documents ?? [parsed.doc])[at.document ?? 0];
  const entries = mapValue(mapValue(doc?.contents, 'spec'), 'postRenderers');
  if (!isSeq(entries)) return [];
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
  const found: { images: OverlayImages; pin: OverlayPin }[] = [];
  for (const images of postRenderLists(text, at, cache)) {
    const pin = overlayPin(images, image, service);
    if (pin.entry && (pin.entry.newTag !== undefined || pin.entry.digest !== undefined)) found.push({ images, pin });
  }
  if (found.length > 1)
    throw new UserError(
      `${service}: two post-renderers set the image ${image}: lines ${found[0].pin.line} and ${found[1].pin.line}; helm-controller applies both, in order`,
      { file: at.file, line: found[1].pin.line, hint: `keep one images: entry for ${image} in spec.postRenderers` },
    );
  if (found.length === 0) return undefined;
  const { images, pin } = found[0];
  const path = [...images.listPath, pin.entry!.index];
  return {
    style: 'overlay',
    file: at.file,
    key: `spec.postRenderers[${images.listPath[2]}].kustomize.images[${pin.entry!.index}]`,
    path,
    line: pin.line,
    ...(pin.repository ? { repository: pin.repository } : {}),
    ...(pin.tag ? { tag: pin.tag } : {}),
    ...(pin.digest ? { digest: pin.digest } : {}),
    overlay: pin,
  };
}

/** `text` (the release's file) with each write's post-renderer entry set to its target, checked by re-parsing. */
export function writeRewrites(text: string, at: ImageRewrites, writes: readonly RewriteWrite[], cache: ParseCache): string {
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

/** A pin write as a place makes it: the service (its image), its pin now, its target. */
export interface ServiceWrite {
  service: { name: string; image?: string };
  pin: ImagePin;
  target: OverlayTarget;
}

/** The post-renderer entries of a release as a layer over a values place whose file is `file` (promote/place.ts). */
export interface RewriteLayer {
  /** The service's post-renderer pin, where the release's own document holds one: `t` is `file`'s text, `others` other files'. */
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
