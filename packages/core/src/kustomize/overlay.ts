// Image pins in Kustomize overlays, read and rewritten with byte-minimal edits.
//
// Two places hold an overlay's pins:
//   overlay      a kustomization's `images:` list: `- { name, newName, newTag, digest }`
//   application  an Argo CD Application's spec.source.kustomize.images strings:
//                `name=newName:newTag@digest` or `name:newTag@digest`
// A service's entry is the one whose `name` or `newName` is the service's image
// repository (compared as the registry sees them: `nginx` = docker.io/library/nginx),
// else — an image that moved registry — the one whose `name` has the same last
// path segment. Two entries that fit equally well are an error naming both lines.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { UserError } from '../errors.ts';
import { checkYamlEdit, type IntendedValue } from '../edits/check.ts';
import { parseShared, renderScalar, setScalars, type KeyPath, type ScalarEdit } from '../edits/yaml-edit.ts';
import { InvalidReference, parseReference } from '../registry/reference.ts';
import { stripBom } from '../text/bytes.ts';
import { parseWith, type ParseCache } from '../text/parse-cache.ts';
import { YAML_DOCUMENTS, mapValue, scalarText, type ParsedYaml } from '../yaml/read.ts';

/** Which kind of file holds the pins. */
export type OverlayKind = 'overlay' | 'application';

/** One `images:` entry (or one Argo CD string), as the file writes it. */
export interface OverlayImage {
  name: string;
  newName?: string;
  newTag?: string;
  digest?: string;
  /** Position in the list. */
  index: number;
  /** 1-based line of the entry. */
  line: number;
}

/** The images of an overlay file, where the list is, and what the file is. */
export interface OverlayImages {
  kind: OverlayKind;
  file: string;
  /** The document of a multi-document file holding the list (an Application's, a HelmRelease's; undefined: the only one). */
  document?: number;
  /** Key path of the list (`images`, or the Application source's `kustomize.images`); undefined: none yet. */
  listPath: KeyPath;
  /** True when the list exists. */
  hasList: boolean;
  /** Line of the list's key (or of the document when there is none). */
  line: number;
  images: OverlayImage[];
}

/** A service's pin in an overlay: its entry (undefined when the overlay has none yet) and where. */
export interface OverlayPin {
  file: string;
  /** The entry, or undefined: kustomize leaves the base's image, and a write appends an entry. */
  entry?: OverlayImage;
  /** Line to name: the entry's, else the list's. */
  line: number;
  /** The image the entry renders (newName, else name). */
  repository?: string;
  tag?: string;
  digest?: string;
}

/** What a pin should become: tag (undefined keeps it), digest (undefined drops it), the repository the digest lives in. */
export interface OverlayTarget {
  tag?: string;
  digest?: string;
  repository?: string;
}

/** Registry and repository of an image name as the registry sees it, or the name itself when it does not parse. */
function identity(image: string): string {
  try {
    const ref = parseReference(image);
    return `${ref.registry.toLowerCase()}/${ref.repository}`;
  } catch (e) {
    if (e instanceof InvalidReference) return image;
    throw e;
  }
}

const lastSegment = (image: string) => identity(image).slice(identity(image).lastIndexOf('/') + 1);

/** An image reference split into name, tag and digest (`host:5000/a/b:1.2@sha256:…`). */
function splitImage(ref: string): { name: string; tag?: string; digest?: string } {
  const at = ref.indexOf('@');
  const digest = at >= 0 ? ref.slice(at + 1) : undefined;
  const rest = at >= 0 ? ref.slice(0, at) : ref;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) return { name: rest.slice(0, colon), tag: rest.slice(colon + 1), ...(digest ? { digest } : {}) };
  return { name: rest, ...(digest ? { digest } : {}) };
}

/** Parses an Argo CD kustomize image string: `name=newName:newTag@digest` or `name:newTag@digest`. */
export function parseApplicationImage(text: string): Omit<OverlayImage, 'index' | 'line'> {
  const eq = text.indexOf('=');
  if (eq >= 0) {
    const ref = splitImage(text.slice(eq + 1));
    return {
      name: text.slice(0, eq),
      newName: ref.name,
      ...(ref.tag ? { newTag: ref.tag } : {}),
      ...(ref.digest ? { digest: ref.digest } : {}),
    };
  }
  const ref = splitImage(text);
  return { name: ref.name, ...(ref.tag ? { newTag: ref.tag } : {}), ...(ref.digest ? { digest: ref.digest } : {}) };
}

/** Writes an Argo CD kustomize image string back (`name=` only when it had one or newName differs). */
export function formatApplicationImage(image: Omit<OverlayImage, 'index' | 'line'>, withName: boolean): string {
  const ref = `${image.newName ?? image.name}${image.newTag ? `:${image.newTag}` : ''}${image.digest ? `@${image.digest}` : ''}`;
  return withName || (image.newName !== undefined && image.newName !== image.name) ? `${image.name}=${ref}` : ref;
}

/** True when a text parses as an Argo CD Application (kind: Application with a spec). */
export function isApplication(parsed: ParsedYaml): boolean {
  return (parsed.documents ?? [parsed.doc]).some(
    (d) => scalarText(mapValue(d.contents, 'kind')) === 'Application' && mapValue(d.contents, 'spec') !== undefined,
  );
}

function parseAll(text: string, file: string, cache: ParseCache | undefined): ParsedYaml {
  const body = stripBom(text);
  const all = parseWith(cache, YAML_DOCUMENTS, body, file);
  return all;
}

/**
 * Reads the pins of an overlay file: a kustomization's `images:` or an Argo CD
 * Application's kustomize.images. A file that is not YAML, an `images` that
 * is not a list, an entry that is not a mapping with a `name` (or not an
 * image string), and two entries of one name are UserErrors at file:line.
 */
export function readOverlayImages(text: string, file: string, cache?: ParseCache): OverlayImages {
  const all = parseAll(text, file, cache);
  if (isApplication(all)) return applicationImages(all, file);
  if ((all.documents?.length ?? 1) > 1)
    throw new UserError('the kustomization holds more than one YAML document', {
      file,
      line: all.lineOf(all.documents![1].contents) ?? 1,
      hint: 'keep one Kustomization document in the file',
    });
  const parsed = parseShared(stripBom(text), file, cache);
  const root = parsed.doc.contents as Node | null;
  if (root !== null && !isMap(root))
    throw new UserError('the kustomization is not a mapping of keys', {
      file,
      line: parsed.lineOf(root) ?? 1,
      hint: 'point kustomization at a kustomization.yaml',
    });
  const kind = scalarText(mapValue(root, 'kind'));
  if (kind !== undefined && kind !== 'Kustomization' && kind !== 'Component')
    throw new UserError(`the file is a ${kind}, not a Kustomization or an Argo CD Application`, {
      file,
      line: parsed.lineOf(mapValue(root, 'kind')) ?? 1,
      hint: 'point kustomization at the overlay (its folder or kustomization.yaml) or at its Argo CD Application',
    });
  // A Flux Kustomization (kustomize.toolkit.fluxcd.io) keeps the same entries under spec.images.
  const flux = scalarText(mapValue(root, 'apiVersion'))?.startsWith('kustomize.toolkit.fluxcd.io/') ?? false;
  const holder = flux ? mapValue(root, 'spec') : root;
  const listPath = flux ? ['spec', 'images'] : ['images'];
  const pair = isMap(holder) ? holder.items.find((p) => isScalar(p.key) && p.key.value === 'images') : undefined;
  const list = pair?.value as Node | null | undefined;
  const line = parsed.lineOf((pair?.key as Node | undefined) ?? root) ?? 1;
  if (list === undefined || list === null)
    return { kind: 'overlay', file, listPath, hasList: pair !== undefined && list !== null ? true : false, line, images: [] };
  if (!isSeq(list))
    throw new UserError('images is not a list', {
      file,
      line,
      hint: 'write images: as a list of { name, newName, newTag, digest } entries',
    });
  return { kind: 'overlay', file, listPath, hasList: true, line, images: imageEntries(list, parsed, file, line, 'images') };
}

/**
 * The `{ name, newName, newTag, digest }` entries of a block list `what` (`images`, a HelmRelease post-renderer's
 * `spec.postRenderers[0].kustomize.images`): an entry that is not a mapping with a name, and two entries of one
 * name, are UserErrors at their lines.
 */
export function imageEntries(list: YAMLSeq, parsed: Pick<ParsedYaml, 'lineOf'>, file: string, line: number, what: string): OverlayImage[] {
  const images = list.items.map((item, index) => {
    const node = item as Node | null;
    const at = parsed.lineOf(node) ?? line;
    const name = isMap(node) ? scalarText(entryValue(node, 'name')) : undefined;
    if (!isMap(node) || !name)
      throw new UserError(`${what}[${index}] is not an entry with a name`, {
        file,
        line: at,
        hint: 'write each entry as name: <image> with newTag:, digest: (and newName:)',
      });
    const text = (k: string) => scalarText(entryValue(node, k)) || undefined;
    const newName = text('newName');
    const newTag = text('newTag');
    const digest = text('digest');
    return { name, ...(newName ? { newName } : {}), ...(newTag ? { newTag } : {}), ...(digest ? { digest } : {}), index, line: at };
  });
  duplicates(images, file);
  return images;
}

function entryValue(map: YAMLMap, key: string): Node | null | undefined {
  return map.items.find((p) => isScalar(p.key) && p.key.value === key)?.value as Node | null | undefined;
}

/** Two entries of one image name: kustomize would apply one, so which is meant cannot be told. */
function duplicates(images: readonly OverlayImage[], file: string): void {
  const seen = new Map<string, OverlayImage>();
  for (const i of images) {
    const key = identity(i.name);
    const first = seen.get(key);
    if (first)
      throw new UserError(`two entries for the image ${i.name} (lines ${first.line} and ${i.line})`, {
        file,
        line: i.line,
        hint: 'keep one entry per image name',
      });
    seen.set(key, i);
  }
}

/** The Application's kustomize.images: of spec.source, or of the one spec.sources entry that has kustomize:. */
function applicationImages(all: ParsedYaml, file: string): OverlayImages {
  const docs = all.documents ?? [all.doc];
  const apps = docs
    .map((d, i) => ({ d, i }))
    .filter(({ d }) => scalarText(mapValue(d.contents, 'kind')) === 'Application' && mapValue(d.contents, 'spec') !== undefined);
  if (apps.length > 1)
    throw new UserError(`${apps.length} Applications in the file; cannot tell which one's kustomize.images to use`, {
      file,
      line: all.lineOf(apps[1].d.contents) ?? 1,
      hint: 'keep the environment’s Application in a file of its own, or point kustomization at its overlay folder',
    });
  const { d, i } = apps[0];
  const spec = mapValue(d.contents, 'spec');
  const sources = mapValue(spec, 'sources');
  let sourcePath: KeyPath = ['spec', 'source'];
  if (isSeq(sources)) {
    const withKustomize = sources.items.map((s, k) => ({ s, k })).filter(({ s }) => mapValue(s, 'kustomize') !== undefined);
    if (withKustomize.length !== 1)
      throw new UserError(`${withKustomize.length === 0 ? 'no' : withKustomize.length} sources of the Application have kustomize:`, {
        file,
        line: all.lineOf(sources) ?? 1,
        hint: 'give the overlay’s source kustomize: { images: [...] }',
      });
    sourcePath = ['spec', 'sources', withKustomize[0].k];
  }
  const source = sourcePath
    .slice(1)
    .reduce<unknown>((n, k) => (typeof k === 'number' ? (isSeq(n) ? n.items[k] : undefined) : mapValue(n, k)), spec);
  const kustomize = mapValue(source, 'kustomize');
  const list = mapValue(kustomize, 'images');
  const document = docs.length > 1 ? i : undefined;
  const listPath = [...sourcePath, 'kustomize', 'images'];
  const line = all.lineOf((list ?? kustomize ?? source ?? d.contents) as Node) ?? 1;
  if (list === undefined || list === null)
    throw new UserError('the Application has no spec.source.kustomize.images list to pin images in', {
      file,
      line,
      hint: 'add kustomize: { images: [] } to its source, or point kustomization at the overlay folder',
    });
  if (!isSeq(list))
    throw new UserError('kustomize.images is not a list', {
      file,
      line,
      hint: 'write it as a list of strings like ghcr.io/acme/api:1.2.3@sha256:…',
    });
  const images = list.items.map((item, index) => {
    const node = item as Node | null;
    const at = all.lineOf(node) ?? line;
    const text = isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
    if (!text || text.trim() === '')
      throw new UserError(`kustomize.images[${index}] is not an image string`, {
        file,
        line: at,
        hint: 'write name=newName:newTag@digest or name:newTag@digest',
      });
    return { ...parseApplicationImage(text.trim()), index, line: at };
  });
  duplicates(images, file);
  return { kind: 'application', file, ...(document !== undefined ? { document } : {}), listPath, hasList: true, line, images };
}

/**
 * `overlayImages(text)`: the `images:` entries of a kustomization (or the
 * parsed kustomize.images strings of an Argo CD Application), as written.
 */
export function overlayImages(
  text: string,
  file = 'kustomization.yaml',
): { name: string; newName?: string; newTag?: string; digest?: string }[] {
  return readOverlayImages(text, file).images.map(({ name, newName, newTag, digest }) => ({
    name,
    ...(newName ? { newName } : {}),
    ...(newTag ? { newTag } : {}),
    ...(digest ? { digest } : {}),
  }));
}

/**
 * The entry of `image` (the service's repository, any tag dropped): the one
 * whose name or newName is that repository; else the one whose name has the
 * same last path segment. Two of either kind is an error naming both lines.
 */
export function overlayPin(images: OverlayImages, image: string, service: string): OverlayPin {
  const want = identity(repositoryOf(image));
  const exact = images.images.filter((i) => identity(i.name) === want || (i.newName !== undefined && identity(i.newName) === want));
  const byName = exact.filter((i) => identity(i.name) === want);
  let chosen = byName.length === 1 ? byName : exact;
  if (chosen.length === 0) {
    const segment = want.slice(want.lastIndexOf('/') + 1);
    chosen = images.images.filter((i) => lastSegment(i.name) === segment);
  }
  if (chosen.length > 1)
    throw new UserError(
      `${service}: two entries fit the image ${repositoryOf(image)}: ${chosen[0].name} (line ${chosen[0].line}) and ${chosen[1].name} (line ${chosen[1].line})`,
      { file: images.file, line: chosen[1].line, hint: `keep one entry for ${repositoryOf(image)}, or name it exactly in name:` },
    );
  const entry = chosen[0];
  if (!entry) return { file: images.file, line: images.line };
  return {
    file: images.file,
    entry,
    line: entry.line,
    repository: entry.newName ?? entry.name,
    ...(entry.newTag ? { tag: entry.newTag } : {}),
    ...(entry.digest ? { digest: entry.digest } : {}),
  };
}

/** An image name without tag or digest. */
export function repositoryOf(image: string): string {
  return splitImage(image).name;
}

/** One pin to write: the service's configured image, its pin now and its target. */
export interface OverlayWrite {
  image: string;
  pin: OverlayPin;
  target: OverlayTarget;
}

/**
 * Rewrites the pins of one overlay file to their targets, changing only the
 * bytes of the fields they set: `newTag` and `digest` (created after `name`
 * / `newName` / `newTag` in the entry's own indentation when missing), and
 * `newName` when the repository the digest lives in is not what the entry
 * renders. A tag-only target empties a digest the entry had (`digest: ""`),
 * so an old digest never outlives its tag. A service without an entry gets
 * one appended (the list created when the overlay has none). An Application's
 * string is rewritten in place, or appended. The result is re-parsed and
 * checked to differ only there.
 */
export function setOverlayPins(text: string, images: OverlayImages, writes: readonly OverlayWrite[], cache?: ParseCache): string {
  if (images.kind === 'application') return setApplicationImages(text, images, writes, cache);
  const edits: ScalarEdit[] = [];
  const appended: { name: string; newName?: string; newTag?: string; digest?: string }[] = [];
  for (const w of writes) {
    const e = w.pin.entry;
    const repository = w.target.repository ?? repositoryOf(w.image);
    if (!e) {
      const name = repositoryOf(w.image);
      const tag = w.target.tag;
      appended.push({
        name,
        ...(identity(repository) !== identity(name) ? { newName: repository } : {}),
        ...(tag ? { newTag: tag } : {}),
        ...(w.target.digest ? { digest: w.target.digest } : {}),
      });
      continue;
    }
    const path = [...images.listPath, e.index];
    const renders = e.newName ?? e.name;
    if (w.target.digest !== undefined && identity(repository) !== identity(renders))
      edits.push({ path: [...path, 'newName'], value: repository, create: true, after: 'name', quoteLike: 'name' });
    const tag = w.target.tag ?? e.newTag;
    if (tag !== undefined && tag !== e.newTag)
      edits.push({
        path: [...path, 'newTag'],
        value: tag,
        create: true,
        after: e.newName !== undefined ? 'newName' : 'name',
        quoteLike: 'name',
      });
    if (w.target.digest !== undefined && w.target.digest !== e.digest)
      edits.push({ path: [...path, 'digest'], value: w.target.digest, create: true, after: 'newTag', quoteLike: 'name' });
    if (w.target.digest === undefined && e.digest !== undefined) edits.push({ path: [...path, 'digest'], value: '' });
  }
  // A list in one document of several (a HelmRelease's post-renderer beside its OCIRepository) is edited there only.
  const { document } = images;
  let after = edits.length > 0 ? setScalars(text, images.file, edits, { document, cache }) : text;
  const intended: IntendedValue[] = edits.map((e) => ({ path: e.path, value: e.value }));
  if (appended.length > 0 && images.listPath.length > 1)
    throw new UserError(`the Flux Kustomization's spec.images has no entry for ${appended.map((a) => a.name).join(', ')}`, {
      file: images.file,
      line: images.line,
      hint: `add an entry under spec.images: name: ${appended[0].name}, newTag:, digest:`,
    });
  if (appended.length > 0) {
    after = appendEntries(after, images, appended, cache);
    appended.forEach((a, k) => {
      for (const [key, value] of Object.entries(a)) intended.push({ path: ['images', images.images.length + k, key], value });
    });
  }
  if (after !== text) checkYamlEdit(images.file, text, after, intended, { document, cache });
  return after;
}

/** Appends entries to the block list `images:`, or the list itself at the end of the file when there is none. */
function appendEntries(text: string, images: OverlayImages, entries: readonly Record<string, string>[], cache?: ParseCache): string {
  const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
  const body = stripBom(text);
  const eol = body.includes('\r\n') ? '\r\n' : '\n';
  const parsed = parseShared(body, images.file, cache);
  const root = parsed.doc.contents;
  const pair = isMap(root) ? root.items.find((p) => isScalar(p.key) && p.key.value === 'images') : undefined;
  const list = pair?.value as Node | null | undefined;
  const lines = (indent: string) =>
    entries.flatMap((e) =>
      Object.entries(e).map(
        ([k, v], i) => `${indent}${i === 0 ? '- ' : '  '}${k}: ${renderScalar(v, k === 'newTag' ? 'QUOTE_DOUBLE' : undefined)}`,
      ),
    );
  if (isSeq(list) && list.items.length > 0) {
    if (list.flow)
      throw new UserError('images is a flow list ([...]); lockstep appends entries to block lists only', {
        file: images.file,
        line: images.line,
        hint: 'write images: as a block list (one "- name:" entry per image)',
      });
    const first = list.items[0] as Node;
    const start = first.range![0];
    const lineStart = body.lastIndexOf('\n', start - 1) + 1;
    const dash = body.lastIndexOf('-', start - 1);
    const indent = body.slice(lineStart, dash >= lineStart ? dash : start);
    const end = (list.items[list.items.length - 1] as Node).range![2];
    const at = body.lastIndexOf('\n', end - 1) + 1 === end ? end : body.indexOf('\n', end - 1) + 1 || body.length;
    const insert = lines(/^\s*$/.test(indent) ? indent : '  ').join(eol) + eol;
    const pre = body.slice(0, at);
    return bom + pre + (pre.endsWith('\n') || pre === '' ? '' : eol) + insert + body.slice(at);
  }
  if (pair !== undefined) {
    // `images:` with nothing (or `[]`) after it: the key's line is replaced by the list.
    const keyStart = (pair.key as Node).range![0];
    const lineStart = body.lastIndexOf('\n', keyStart - 1) + 1;
    const lineEnd = body.indexOf('\n', keyStart);
    const endAt = lineEnd < 0 ? body.length : lineEnd + 1;
    const keyIndent = body.slice(lineStart, keyStart);
    const line = body.slice(lineStart, lineEnd < 0 ? body.length : lineEnd).replace(/\r$/, '');
    if (!/^\s*images:\s*(\[\s*\])?\s*(#.*)?$/.test(line))
      throw new UserError('images is written in a way lockstep cannot extend', {
        file: images.file,
        line: images.line,
        hint: 'write images: as a block list',
      });
    return bom + body.slice(0, lineStart) + `${keyIndent}images:${eol}` + lines(`${keyIndent}  `).join(eol) + eol + body.slice(endAt);
  }
  const sep = body === '' || body.endsWith('\n') ? '' : eol;
  return bom + body + sep + `images:${eol}` + lines('  ').join(eol) + eol;
}

/** The Application strings rewritten in place (each keeps `name=` when it had it), new ones appended to the list. */
function setApplicationImages(text: string, images: OverlayImages, writes: readonly OverlayWrite[], cache?: ParseCache): string {
  const edits: ScalarEdit[] = [];
  const added: string[] = [];
  for (const w of writes) {
    const e = w.pin.entry;
    const repository = w.target.repository ?? repositoryOf(w.image);
    const name = e?.name ?? repositoryOf(w.image);
    const renders = e ? (e.newName ?? e.name) : name;
    const newName = w.target.digest !== undefined && identity(repository) !== identity(renders) ? repository : e?.newName;
    const value = formatApplicationImage(
      {
        name,
        ...(newName !== undefined ? { newName } : {}),
        ...((w.target.tag ?? e?.newTag) ? { newTag: w.target.tag ?? e?.newTag } : {}),
        ...(w.target.digest ? { digest: w.target.digest } : {}),
      },
      e?.newName !== undefined,
    );
    if (e) edits.push({ path: [...images.listPath, e.index], value });
    else added.push(value);
  }
  let after = edits.length > 0 ? setScalars(text, images.file, edits, { document: images.document, cache }) : text;
  const intended: IntendedValue[] = edits.map((e) => ({ path: e.path, value: e.value }));
  if (added.length > 0) {
    after = appendStrings(after, images, added, cache);
    added.forEach((v, k) => intended.push({ path: [...images.listPath, images.images.length + k], value: v }));
  }
  if (after !== text) checkYamlEdit(images.file, text, after, intended, { document: images.document, cache });
  return after;
}

/** Appends strings to the Application's block list kustomize.images (refused for a flow or empty list). */
function appendStrings(text: string, images: OverlayImages, values: readonly string[], cache?: ParseCache): string {
  const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
  const body = stripBom(text);
  const eol = body.includes('\r\n') ? '\r\n' : '\n';
  const all = parseAll(body, images.file, cache);
  const doc = (all.documents ?? [all.doc])[images.document ?? 0];
  const list = images.listPath.reduce<unknown>(
    (n, k) => (typeof k === 'number' ? (isSeq(n) ? n.items[k] : undefined) : mapValue(n, k)),
    doc.contents,
  );
  if (!isSeq(list) || list.flow || list.items.length === 0)
    throw new UserError('kustomize.images has no block list entry to append the image after', {
      file: images.file,
      line: images.line,
      hint: 'write kustomize.images as a block list with one "- image" line per image',
    });
  const first = list.items[0] as Node;
  const start = first.range![0];
  const lineStart = body.lastIndexOf('\n', start - 1) + 1;
  const indent = body.slice(lineStart, body.lastIndexOf('-', start - 1));
  const end = (list.items[list.items.length - 1] as Node).range![2];
  const at = body.indexOf('\n', end - 1) + 1 || body.length;
  const pre = body.slice(0, at);
  return (
    bom +
    pre +
    (pre.endsWith('\n') ? '' : eol) +
    values.map((v) => `${indent}- ${renderScalar(v, undefined)}`).join(eol) +
    eol +
    body.slice(at)
  );
}

/** An overlay image that a protected environment does not pin safely. */
export interface OverlayProblem {
  file: string;
  line: number;
  message: string;
  hint: string;
}

/** Every entry of a protected environment's overlay pinned by a sha256 digest, none with the tag `latest`. */
export function overlayProblems(images: OverlayImages): OverlayProblem[] {
  const out: OverlayProblem[] = [];
  for (const i of images.images) {
    const image = i.newName ?? i.name;
    if (i.newTag === 'latest')
      out.push({
        file: images.file,
        line: i.line,
        message: `${image} uses the tag latest in a protected environment`,
        hint: 'pin a released version and its digest',
      });
    if (!i.digest || !/^sha256:[0-9a-f]{64}$/.test(i.digest))
      out.push({
        file: images.file,
        line: i.line,
        message: `${image} is not pinned by a sha256 digest in a protected environment${i.digest ? ` (digest ${i.digest.slice(0, 40)})` : ''}`,
        hint: 'set digest: sha256:… (promote-env writes it from a digests file or with resolve-digests)',
      });
  }
  return out;
}

/** A kustomization path that holds nothing kustomize would read (a caller may take that as "absent"). */
export class NoKustomization extends UserError {}

/** The file names kustomize reads in a folder, in its order. */
export const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'] as const;

/** Where an environment's pins live: the file, its text, and whether it is an Argo CD Application. */
export interface KustomizationFile {
  /** The overlay's folder (the Application's file's folder for an Application). */
  dir: string;
  file: string;
  text: string;
  application: boolean;
}

/**
 * Resolves `path` (a kustomization file, a folder holding one, or an Argo CD
 * Application) through `read` (undefined: no such file). A folder holding
 * none, or more than one, is a UserError naming `at` (the config's line).
 */
export async function kustomizationFor(
  path: string,
  read: (p: string) => Promise<string | undefined>,
  at: { file?: string; line?: number; where: string },
  cache?: ParseCache,
): Promise<KustomizationFile> {
  const clean = path.replace(/\/+$/, '');
  const direct = await read(clean);
  if (direct !== undefined) {
    const application = isApplication(parseAll(direct, clean, cache));
    return { dir: clean.includes('/') ? clean.slice(0, clean.lastIndexOf('/')) : '.', file: clean, text: direct, application };
  }
  const found: { file: string; text: string }[] = [];
  for (const n of KUSTOMIZATION_NAMES) {
    const file = clean === '' || clean === '.' ? n : `${clean}/${n}`;
    const text = await read(file);
    if (text !== undefined) found.push({ file, text });
  }
  if (found.length === 0)
    throw new NoKustomization(
      `kustomization ${path} is no file, nor a folder holding kustomization.yaml, kustomization.yml or Kustomization, ${at.where}`,
      {
        file: at.file,
        line: at.line,
        hint: 'point kustomization at an overlay folder, its kustomization.yaml, or its Argo CD Application (paths relative to the repository promoted in)',
      },
    );
  if (found.length > 1)
    throw new UserError(`kustomization ${path} holds both ${found[0].file} and ${found[1].file}; kustomize refuses that too`, {
      file: at.file,
      line: at.line,
      hint: 'keep one kustomization file in the folder, or name the file in kustomization',
    });
  return { dir: clean || '.', file: found[0].file, text: found[0].text, application: false };
}

/**
 * kustomizationFor on a folder of the file system: `path` relative to `root`
 * (a checkout), files read as they are there (a folder or a missing path reads
 * as absent). For rendering an environment's overlay in a work tree.
 */
export function kustomizationInTree(root: string, path: string, at: { file?: string; line?: number } = {}): Promise<KustomizationFile> {
  const read = async (p: string): Promise<string | undefined> => {
    try {
      return await readFile(join(root, p), 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return undefined;
      throw e;
    }
  };
  return kustomizationFor(path, read, { ...at, where: `in ${root}` });
}
