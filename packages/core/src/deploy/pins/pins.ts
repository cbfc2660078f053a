// Image pins in values files, read and rewritten with byte-minimal edits.
//
// A service's `values-key` points at its image in one of three shapes:
//   map     services.api.image: { repository, tag, digest }  (a missing digest: key is created)
//   string  services.api.image: ghcr.io/acme/api:1.2.3@sha256:…  (rewritten in that form)
//   tag     global.imageTag: v1.0.71  (a bare tag scalar: it cannot hold a digest)
// The key may lead anywhere in any YAML file, e.g. an ArgoCD Application's
// spec.source.helm.valuesObject.image, in a chosen document of a multi-document file.

import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import { UserError } from '../../errors.ts';
import { checkYamlEdit, type IntendedValue } from '../../edits/check.ts';
import { formatPath, parseShared, setScalars, type KeyPath, type ScalarEdit } from '../../edits/yaml-edit.ts';
import { imageIdentity, isDigest } from '../../registry/reference.ts';
import { splitReference } from '../../values/protected.ts';
import { parseWith, type ParseCache } from '../../text/parse-cache.ts';
import { YAML_DOCUMENTS, type ParsedYaml } from '../../yaml/read.ts';
import type { OverlayPin } from '../../kustomize/overlay.ts';
import { PIN_INDEX, type IndexNode } from './pin-index.ts';
import { fieldEdits, type PinField } from './pin-fields.ts';

/** How an image is written at its key (`overlay`: a Kustomize images: entry or an Argo CD kustomize.images string). */
export type PinStyle = 'map' | 'string' | 'tag' | 'overlay' | 'fields';

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
  /** Map style: the key holding the repository (`repository`, or `image` in charts that name it so). */
  repositoryKey?: 'repository' | 'image';
  /** Map style: the `registry` key's value, when the map splits registry and repository. */
  registry?: string;
  tag?: string;
  digest?: string;
  /** Overlay style: the entry it was read from (undefined entry: the overlay has none for the service yet). */
  overlay?: OverlayPin;
  /** Fields style: the fields image automation markers or postBuild.substitute variables name (pin-fields.ts). */
  fields?: PinField[];
  /** The key is not in the file: its shape, tag and digest are the chart's values.yaml's at `from` (absent-pin.ts). */
  absent?: { from: string };
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
  /** The repository the digest lives in (registry/path, no tag): written too when the file names another one. */
  repository?: string;
}

/** True when `target` names a repository other than the one the pin's file writes (both known, compared as the registry sees them). */
export function repositoryMoves(pin: ImagePin, target: PinTarget): boolean {
  if (target.repository === undefined || pin.repository === undefined) return false;
  return (imageIdentity(target.repository) ?? target.repository) !== (imageIdentity(pin.repository) ?? pin.repository);
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
  const indexed = opts.document === undefined && opts.cache ? indexedPin(text, file, key, opts.cache) : undefined;
  if (indexed) return indexed;
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
    const repoKey =
      pairValue(node, 'repository') !== undefined ? 'repository' : pairValue(node, 'image') !== undefined ? 'image' : undefined;
    const repoNode = repoKey === undefined ? undefined : pairValue(node, repoKey);
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
      ...(repoKey ? { repositoryKey: repoKey } : {}),
      ...(registry ? { registry } : {}),
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

/** Key paths parsed (a pure function of the key): a fleet's status reads the same few hundred keys ~90,000 times. */
const keyPaths = new Map<string, KeyPath>();

function keyPath(key: string, file: string): KeyPath {
  let path = keyPaths.get(key);
  if (path) return path;
  path = parseValuesKey(key, `values key of ${file}`);
  if (keyPaths.size >= 4096) keyPaths.clear();
  keyPaths.set(key, path);
  return path;
}

/**
 * readPin through the run's pin index (pin-index.ts), without the yaml
 * package's syntax tree; undefined wherever the index does not read the file
 * or the pin exactly as readPin would (readPin then parses, and says any error).
 */
function indexedPin(text: string, file: string, key: string, cache: ParseCache): ImagePin | undefined {
  const index = parseWith(cache, PIN_INDEX, text.replace(/^\ufeff/, ''));
  if (index === undefined) return undefined;
  const path = keyPath(key, file);
  let node: IndexNode | undefined = index;
  for (const k of path) {
    if (typeof k === 'number') node = node?.kind === 'seq' ? node.items[k] : undefined;
    else node = node?.kind === 'map' ? node.keys.get(k) : undefined;
  }
  if (node?.kind === 'map') {
    const keys = node.keys;
    const repoKey = keys.has('repository') ? 'repository' : keys.has('image') ? 'image' : undefined;
    const [tagNode, digestNode, registryNode] = [keys.get('tag'), keys.get('digest'), keys.get('registry')];
    const repoNode = repoKey && keys.get(repoKey);
    const first = tagNode ?? digestNode ?? repoNode;
    if (first?.kind !== 'scalar' || !unreadOrString(tagNode) || !unreadOrString(digestNode)) return undefined;
    if (!unreadOrString(repoNode) || !unreadOrString(registryNode)) return undefined;
    const [registry, repo] = [textOf(registryNode), textOf(repoNode)];
    const pin: ImagePin = {
      style: 'map',
      file,
      key,
      path,
      line: first.line,
      repository: repo === undefined ? undefined : registry ? `${registry}/${repo}` : repo,
    };
    if (repoKey) pin.repositoryKey = repoKey;
    if (registry) pin.registry = registry;
    pin.tag = textOf(tagNode);
    pin.digest = textOf(digestNode) || undefined;
    return pin;
  }
  if (node?.kind !== 'scalar' || node.text === undefined) return undefined;
  const leaf = path[path.length - 1];
  if (!/[/:@]/.test(node.text) && typeof leaf === 'string' && /tag$/i.test(leaf))
    return { style: 'tag', file, key, path, line: node.line, tag: node.text || undefined };
  const ref = splitReference(node.text);
  const [repository, tag, digest] = [ref.name || undefined, ref.tag || undefined, ref.digest || undefined];
  return { style: 'string', file, key, path, line: node.line, repository, tag, digest };
}

/** A part of a map pin the index read as a string, or absent: what indexedPin answers (anything else is readPin's). */
function unreadOrString(n: IndexNode | undefined): boolean {
  return n === undefined || (n.kind === 'scalar' && n.text !== undefined);
}

function textOf(n: IndexNode | undefined): string | undefined {
  return n?.kind === 'scalar' ? n.text : undefined;
}

/** True when the pin already holds the target (an undefined tag counts as kept; a repository move is a change). */
export function pinMatches(pin: ImagePin, target: PinTarget): boolean {
  return (
    (target.tag === undefined || pin.tag === target.tag) &&
    (pin.digest ?? undefined) === (target.digest ?? undefined) &&
    !repositoryMoves(pin, target)
  );
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
 * old digest never outlives its tag. A target repository other than the
 * file's is written in the same edit (`repository:`, or `registry:` and
 * `repository:` when the map splits them), so a digest never lands beside a
 * repository that does not hold it. String style: `repo:tag@digest` in one
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

/** The refusals of setPins that need no parse of the file (a digest for a tag-only key, an empty image string), thrown as it throws them. */
export function checkPinWrites(pins: readonly { pin: ImagePin; target: PinTarget }[]): void {
  // An overlay-style pin (an images: entry, a HelmRelease's post-renderer entry) is checked by its place's writer.
  for (const { pin, target } of pins) if (pin.style !== 'overlay') pinEdits(pin, target);
}

/** The scalar edits that take one pin to its target. */
function pinEdits(pin: ImagePin, target: PinTarget): ScalarEdit[] {
  if (pin.style === 'overlay') throw new Error('an overlay pin is written by its PinPlace (kustomize/overlay.ts), not setPins');
  if (pin.style === 'fields') return fieldEdits(pin.fields ?? [], pin.file, pin.key, pin, target);
  const tag = target.tag ?? pin.tag;
  const edits: ScalarEdit[] = [];
  const moves = repositoryMoves(pin, target);
  const repoKey = pin.repositoryKey ?? 'repository';
  if (pin.style === 'map') {
    if (moves) edits.push(...repositoryEdits(pin, target.repository!));
    if (tag !== undefined && tag !== pin.tag)
      edits.push({ path: [...pin.path, 'tag'], value: tag, create: true, after: repoKey, quoteLike: repoKey });
    if (target.digest !== undefined && target.digest !== pin.digest)
      edits.push({
        path: [...pin.path, 'digest'],
        value: target.digest,
        create: true,
        after: 'tag',
        quoteLike: pin.repository !== undefined ? repoKey : 'tag',
      });
    if (target.digest === undefined && pin.digest !== undefined) edits.push({ path: [...pin.path, 'digest'], value: '' });
  } else if (pin.style === 'string') {
    if (!pin.repository)
      throw new UserError(`${pin.key} is an empty image string`, { file: pin.file, line: pin.line, hint: 'write repo:tag@sha256:… there' });
    const value = `${moves ? target.repository : pin.repository}${tag ? `:${tag}` : ''}${target.digest ? `@${target.digest}` : ''}`;
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

/**
 * The edits that write `repository` into a map pin: its repository key, or,
 * when the map splits `registry:` and `repository:`, both. A repository
 * without a registry host cannot be split so: refused, naming both.
 */
function repositoryEdits(pin: ImagePin, repository: string): ScalarEdit[] {
  const key = pin.repositoryKey ?? 'repository';
  if (pin.registry === undefined) return [{ path: [...pin.path, key], value: repository }];
  const slash = repository.indexOf('/');
  const host = slash < 0 ? '' : repository.slice(0, slash);
  if (!host.includes('.') && !host.includes(':') && host !== 'localhost')
    throw new UserError(
      `${pin.key} pulls ${pin.repository}, but the promoted digest is in ${repository}, which has no registry host to write in registry:`,
      {
        file: pin.file,
        line: pin.line,
        hint: `write the full image name in ${key}: (and drop registry:), or fix services.<name>.image in the config`,
      },
    );
  return [
    { path: [...pin.path, 'registry'], value: host },
    { path: [...pin.path, key], value: repository.slice(slash + 1) },
  ];
}

/** A digest shortened for tables: `sha256:0123456789ab`. */
export function shortDigest(digest: string | undefined): string {
  if (!digest) return '—';
  return isDigest(digest) ? digest.slice(0, 19) : digest;
}
