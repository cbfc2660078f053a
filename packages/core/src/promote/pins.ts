// Image pins in values files, read and rewritten with byte-minimal edits.
//
// A service's `values-key` points at its image in one of three shapes:
//   map     services.api.image: { repository, tag, digest }  (a missing digest: key is created)
//   string  services.api.image: ghcr.io/acme/api:1.2.3@sha256:…  (rewritten in that form)
//   tag     global.imageTag: v1.0.71  (a bare tag scalar: it cannot hold a digest)
// The key may lead anywhere in any YAML file, e.g. an ArgoCD Application's
// spec.source.helm.valuesObject.image, in a chosen document of a multi-document file.

import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import { UserError } from '../errors.ts';
import { checkYamlEdit, type IntendedValue } from '../edits/check.ts';
import { formatPath, parseShared, setScalars, type KeyPath, type ScalarEdit } from '../edits/yaml-edit.ts';
import { isDigest } from '../registry/reference.ts';
import { splitReference } from '../values/protected.ts';
import { parseWith, type ParseCache } from '../text/parse-cache.ts';
import { YAML_DOCUMENTS, type ParsedYaml } from '../yaml/read.ts';

/** How an image is written at its key. */
export type PinStyle = 'map' | 'string' | 'tag';

/** What a file pins for one image now. */
export interface ImagePin {
  style: PinStyle;
  file: string;
  /** The configured key as written, e.g. `services.api.image`. */
  key: string;
  path: KeyPath;
  /** 1-based line of the tag (the string, for the one-string style). */
  line: number;
  /** Repository as the file writes it (`registry` + `repository` for a map with both), when it says. */
  repository?: string;
  tag?: string;
  digest?: string;
}

/** Which document of a values file holds the pins, and the run's parses (a text read before is not parsed again). */
export interface PinFileOptions {
  document?: number;
  cache?: ParseCache;
}

/** The tag and digest a pin should end up with; an undefined tag keeps the current one. */
export interface PinTarget {
  tag?: string;
  digest?: string;
}

/**
 * Parses a dotted values key (`services.api.image`, `spec.sources[1].helm.valuesObject.image`,
 * `annotations."example.com/image"`) into a key path. Throws UserError naming `what`.
 */
export function parseValuesKey(key: string, what: string): KeyPath {
  const out: (string | number)[] = [];
  const re = /\s*(?:"((?:[^"\\]|\\.)*)"|([^.[\]"]+))((?:\[\d+\])*)\s*(\.|$)/y;
  let at = 0;
  while (at < key.length) {
    re.lastIndex = at;
    const m = re.exec(key);
    if (!m || m[0] === '') throw new UserError(`${what}: '${key}' is not a dotted key path`, { hint: 'write it like services.api.image' });
    out.push(m[1] !== undefined ? (JSON.parse(`"${m[1]}"`) as string) : m[2].trim());
    for (const idx of m[3].matchAll(/\[(\d+)\]/g)) out.push(Number(idx[1]));
    at = re.lastIndex;
    if (m[4] === '.' && at >= key.length)
      throw new UserError(`${what}: '${key}' ends with a dot`, { hint: 'write it like services.api.image' });
  }
  if (out.length === 0) throw new UserError(`${what} is empty`, { hint: 'write it like services.api.image' });
  return out;
}

// A promotion reads one pin per service from the same few texts (source, target, each environment of the
// drift table): with the run's cache each text is parsed once, not once per service, which keeps it linear in
// the number of services. A single-document file shares its parse with the edit and the check that follow
// (parseShared); a multi-document file's documents are parsed once too and the chosen one is picked from them.
function documentOf(text: string, file: string, document: number | undefined, cache: ParseCache | undefined): ParsedYaml {
  const body = text.replace(/^\ufeff/, '');
  if (document === undefined) return parseShared(body, file, cache);
  const all = parseWith(cache, YAML_DOCUMENTS, body, file);
  return { ...all, doc: all.documents![document] };
}

// A promotion looks up every service under the same mapping (services.<name>), once per environment: a
// scan per lookup makes that quadratic in the services. Large mappings get an index of their keys (the first
// pair of each key, as the scan finds it); the documents are only read, so the index stays right. It is a side
// table of the node, not a cache of texts: it lives exactly as long as the parse it indexes (the run's cache,
// or this one read) and is collected with it.
const keyIndexes = new WeakMap<YAMLMap, Map<string, Node | null>>();
const INDEXED_FROM = 16;

function pairValue(map: YAMLMap, key: string): Node | null | undefined {
  if (map.items.length >= INDEXED_FROM) {
    let index = keyIndexes.get(map);
    if (!index) {
      index = new Map();
      for (const p of map.items) {
        if (!isScalar(p.key)) continue;
        const k = String(p.key.value);
        if (!index.has(k)) index.set(k, p.value as Node | null);
      }
      keyIndexes.set(map, index);
    }
    return index.get(key);
  }
  const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
  return pair ? (pair.value as Node | null) : undefined;
}

function scalarText(node: Node | null | undefined): string | undefined {
  return isScalar(node) && node.value !== null && node.value !== undefined ? String(node.value) : undefined;
}

/**
 * Reads the pin at `key`. A missing key is a UserError naming the file and
 * the line of the deepest mapping found; a value that is neither an image map
 * nor a string is one too.
 */
export function readPin(text: string, file: string, key: string, opts: PinFileOptions = {}): ImagePin {
  const parsed = documentOf(text, file, opts.document, opts.cache);
  const path = parseValuesKey(key, `values key of ${file}`);
  let node = parsed.doc.contents as Node | null;
  let lastLine = parsed.lineOf(node) ?? 1;
  for (let i = 0; i < path.length; i++) {
    const k = path[i];
    let next: Node | null | undefined;
    if (typeof k === 'number') next = isSeq(node) ? ((node.items[k] as Node | undefined) ?? undefined) : undefined;
    else next = isMap(node) ? pairValue(node, k) : undefined;
    if (next === undefined || (next === null && i < path.length - 1))
      throw new UserError(`values key ${key} not found (${formatPath(path.slice(0, i + 1))} is missing)`, {
        file,
        line: lastLine,
        hint: `add the image under ${key}, or fix values-key in the config`,
      });
    node = next;
    lastLine = parsed.lineOf(node) ?? lastLine;
  }
  if (isMap(node)) {
    const tagNode = pairValue(node, 'tag');
    const digestNode = pairValue(node, 'digest');
    const repoNode = pairValue(node, 'repository') ?? pairValue(node, 'image');
    const registry = scalarText(pairValue(node, 'registry'));
    const repo = scalarText(repoNode);
    if (tagNode === undefined && digestNode === undefined && repo === undefined)
      throw new UserError(`${key} is a mapping without repository, tag or digest`, {
        file,
        line: parsed.lineOf(node) ?? lastLine,
        hint: 'point values-key at the image block (the mapping holding tag:)',
      });
    return {
      style: 'map',
      file,
      key,
      path,
      line: parsed.lineOf(tagNode ?? digestNode ?? repoNode ?? node) ?? lastLine,
      repository: repo === undefined ? undefined : registry ? `${registry}/${repo}` : repo,
      tag: scalarText(tagNode),
      digest: scalarText(digestNode) || undefined,
    };
  }
  if (!isScalar(node) || (node.value !== null && typeof node.value === 'object'))
    throw new UserError(`${key} is a list, not an image`, {
      file,
      line: lastLine,
      hint: 'point values-key at the image block or image string',
    });
  const value = scalarText(node) ?? '';
  const leaf = path[path.length - 1];
  if (!/[/:@]/.test(value) && typeof leaf === 'string' && /tag$/i.test(leaf))
    return { style: 'tag', file, key, path, line: lastLine, tag: value || undefined };
  const ref = splitReference(value);
  return {
    style: 'string',
    file,
    key,
    path,
    line: lastLine,
    repository: ref.name || undefined,
    tag: ref.tag || undefined,
    digest: ref.digest || undefined,
  };
}

/** True when the pin already holds the target (an undefined tag counts as kept). */
export function pinMatches(pin: ImagePin, target: PinTarget): boolean {
  return (target.tag === undefined || pin.tag === target.tag) && (pin.digest ?? undefined) === (target.digest ?? undefined);
}

/** The result of planning one pin's edit. */
export interface PinEdit {
  text: string;
  /** The values the edit sets (for the re-parse check). */
  intended: IntendedValue[];
}

/**
 * Rewrites one pin to `target`, changing only the bytes of its tag and
 * digest. Map style: sets `tag` and `digest`, creating `digest:` right after
 * `tag:` (in the mapping's own indentation and key quoting) when missing; a
 * map whose digest is dropped (a tag-only promotion) gets `digest: ""` so the
 * old digest never outlives its tag. String style: `repo:tag@digest` in one
 * scalar. Tag style: the tag only; a digest there is a UserError (it has
 * nowhere to go). The result is re-parsed and checked to differ only there.
 */
export function setPin(text: string, pin: ImagePin, target: PinTarget, opts: PinFileOptions = {}): PinEdit {
  return setPins(text, [{ pin, target }], opts);
}

/**
 * Rewrites several pins of one file (distinct keys, read from `text`) as
 * setPin would, in one pass: one parse and one re-parse check for the whole
 * file rather than per pin, so promoting many services stays linear.
 */
export function setPins(text: string, pins: readonly { pin: ImagePin; target: PinTarget }[], opts: PinFileOptions = {}): PinEdit {
  const edits = pins.flatMap(({ pin, target }) => pinEdits(pin, target));
  if (edits.length === 0) return { text, intended: [] };
  const file = pins[0].pin.file;
  const after = setScalars(text, file, edits, { document: opts.document, cache: opts.cache });
  const intended = edits.map((e) => ({ path: e.path, value: e.value }));
  checkYamlEdit(file, text, after, intended, { document: opts.document, cache: opts.cache });
  return { text: after, intended };
}

/** The scalar edits that take one pin to its target. */
function pinEdits(pin: ImagePin, target: PinTarget): ScalarEdit[] {
  const tag = target.tag ?? pin.tag;
  const edits: ScalarEdit[] = [];
  if (pin.style === 'map') {
    if (tag !== undefined && tag !== pin.tag)
      edits.push({ path: [...pin.path, 'tag'], value: tag, create: true, after: 'repository', quoteLike: 'repository' });
    if (target.digest !== undefined && target.digest !== pin.digest)
      edits.push({
        path: [...pin.path, 'digest'],
        value: target.digest,
        create: true,
        after: 'tag',
        quoteLike: pin.repository !== undefined ? 'repository' : 'tag',
      });
    if (target.digest === undefined && pin.digest !== undefined) edits.push({ path: [...pin.path, 'digest'], value: '' });
  } else if (pin.style === 'string') {
    if (!pin.repository)
      throw new UserError(`${pin.key} is an empty image string`, { file: pin.file, line: pin.line, hint: 'write repo:tag@sha256:… there' });
    const value = `${pin.repository}${tag ? `:${tag}` : ''}${target.digest ? `@${target.digest}` : ''}`;
    edits.push({ path: pin.path, value });
  } else {
    if (target.digest !== undefined)
      throw new UserError(`${pin.key} holds only a tag, so the digest ${target.digest.slice(0, 19)}… cannot be pinned there`, {
        file: pin.file,
        line: pin.line,
        hint: 'point values-key at an image block (tag + digest) or a repo:tag@sha256:… string',
      });
    if (tag !== undefined && tag !== pin.tag) edits.push({ path: pin.path, value: tag });
  }
  return edits;
}

/** A digest shortened for tables: `sha256:0123456789ab`. */
export function shortDigest(digest: string | undefined): string {
  if (!digest) return '—';
  return isDigest(digest) ? digest.slice(0, 19) : digest;
}
