import { isMap, isScalar, isSeq, parseAllDocuments, parseDocument, Scalar, type Document, type Node } from 'yaml';
import { yaml11Type } from '../yaml/scalars.ts';
import { formatPath, parseShared, recentlyParsed, type KeyPath } from './yaml-edit.ts';
import { stripBom } from '../text/bytes.ts';
import { parseWith, type ParseCache } from '../text/parse-cache.ts';
import { sameData } from './same-data.ts';
import { PLAIN_DOCUMENT } from '../yaml/plain-document.ts';

/** A value an edit means to set: a path and the string it must read back as. */
export interface IntendedValue {
  path: KeyPath;
  value: string;
}

/**
 * Puts `value` at `path` in `target`, a fresh toJS() reading, in place (the
 * caller owns it): copying every mapping along the path once per value made a
 * promotion of a thousand services copy the thousand-key `services` mapping
 * two thousand times. No path of an edit passes through an aliased node (the
 * editor refuses those), so no other part of the reading shares what changes.
 */
function setIn(target: unknown, path: KeyPath, value: string): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (typeof head === 'number') {
    const arr: unknown[] = Array.isArray(target) ? (target as unknown[]) : [];
    arr[head] = setIn(arr[head], rest, value);
    return arr;
  }
  const obj = target !== null && typeof target === 'object' && !Array.isArray(target) ? (target as Record<string, unknown>) : {};
  obj[head] = setIn(obj[head], rest, value);
  return obj;
}

function nodeIn(root: unknown, path: KeyPath): unknown {
  let node = root;
  for (const k of path) {
    if (typeof k === 'number') node = isSeq(node) ? node.items[k] : undefined;
    else node = isMap(node) ? node.items.find((p) => isScalar(p.key) && String(p.key.value) === k)?.value : undefined;
  }
  return node;
}

/**
 * Re-reads an edited YAML file and proves the edit did only what it meant:
 * the data before, with the intended values put in, must equal the data after
 * (YAML 1.2), and each value written unquoted must also read back as the same
 * string under Helm's YAML 1.1 reading. Throws an internal error (a bug in an
 * editor, not a user mistake) otherwise. With the run's `cache`, the texts
 * the edit already parsed are not parsed again.
 *
 * The edited text is read by js-yaml where it reads exactly as the yaml
 * package does (yaml/plain-document.ts: no tag, anchor, alias or directive,
 * every block collection on its own line), its data and its plain scalars'
 * text being all the proof needs; any other text, and any text js-yaml
 * refuses, is read by the yaml package as before. Composing the yaml
 * package's syntax tree of a thousand services' values file to check ten
 * changed tags took ~150 ms and megabytes of garbage; js-yaml's reading,
 * kept in the run's `cache` for the next reader of the edited text, ~30 ms.
 */
export function checkYamlEdit(
  file: string,
  before: string,
  after: string,
  intended: readonly IntendedValue[],
  opts: { document?: number; cache?: ParseCache } = {},
): void {
  const paths = () => intended.map((i) => formatPath(i.path)).join(', ') || 'nothing';
  if (opts.document !== undefined) return checkDocumentEdit(file, before, after, intended, opts.document, paths);
  const body = stripBom(before);
  let expected: unknown = (recentlyParsed(body, file, opts.cache) ?? parseDocument(body, { uniqueKeys: false })).toJS({
    maxAliasCount: -1,
  });
  for (const i of intended) expected = setIn(expected, i.path, i.value);
  const afterBody = stripBom(after);
  const changed = () => new Error(`${file}: the edit changed more than ${paths()} (the YAML 1.2 reading differs); nothing was written`);
  const yaml11 = (i: IntendedValue) =>
    new Error(`${file}: ${formatPath(i.path)} would be read as something other than a string under YAML 1.1; nothing was written`);
  const plain = parseWith(opts.cache, PLAIN_DOCUMENT, afterBody);
  if (plain !== undefined) {
    if (!sameData(expected, plain.data)) throw changed();
    for (const i of intended) {
      const source = plain.plainAt(i.path);
      if (source !== undefined && yaml11Type(source) !== 'str') throw yaml11(i);
    }
    return;
  }
  const doc = parsedAfter(file, afterBody, opts.cache);
  if (doc.errors.length > 0 || !sameData(expected, doc.toJS({ maxAliasCount: -1 }))) throw changed();
  for (const i of intended) {
    const node = nodeIn(doc.contents, i.path) as Node | undefined;
    if (isScalar(node) && node.type === Scalar.PLAIN && node.range && yaml11Type(afterBody.slice(node.range[0], node.range[1])) !== 'str')
      throw yaml11(i);
  }
}

/**
 * The edited text's document. A valid single document is parsed the way the
 * next readers parse it (parseShared: the pins read back, the drift table), so
 * the file is parsed once; such a parse differs from a lenient one only by
 * errors it does not have. Anything else (an editor bug) gets the lenient
 * parse, whose errors the check reports.
 */
function parsedAfter(file: string, body: string, cache: ParseCache | undefined): Document.Parsed {
  try {
    return parseShared(body, file, cache).doc;
  } catch {
    return parseDocument(body, { uniqueKeys: false });
  }
}

function documentsOf(text: string): unknown[] | undefined {
  const docs = parseAllDocuments(stripBom(text), { uniqueKeys: false });
  if (!Array.isArray(docs) || docs.some((d) => d.errors.length > 0)) return undefined;
  return docs.map((d) => d.toJS({ maxAliasCount: -1 }) as unknown);
}

/** The multi-document form of the check: the chosen document as intended, every other one unchanged. */
function checkDocumentEdit(
  file: string,
  before: string,
  after: string,
  intended: readonly IntendedValue[],
  index: number,
  paths: () => string,
): void {
  const expected = documentsOf(before);
  const actual = documentsOf(after);
  if (expected && index < expected.length) for (const i of intended) expected[index] = setIn(expected[index], i.path, i.value);
  if (!expected || !actual || !sameData(expected, actual))
    throw new Error(
      `${file}: the edit changed more than ${paths()} in document ${index + 1} (the YAML 1.2 reading differs); nothing was written`,
    );
}
