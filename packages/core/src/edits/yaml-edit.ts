// Byte-minimal YAML editing for any file (Chart.yaml, values files, ArgoCD
// Application manifests): the `yaml` parser finds the value's node, and only
// that node's bytes are replaced, so comments, quoting, key order, line endings,
// a BOM and the final newline stay as they were. Re-serialising the document
// (Document#toString) would reformat the whole file, which reviewers notice.
//
//   setScalar(text, file, ['spec', 'source', 'targetRevision'], '1.2.3')
//   setScalars(text, file, [{ path: ['version'], value }, { path: ['appVersion'], value, create: true, after: 'version' }])
//   setBlockScalar(text, file, ['annotations', 'artifacthub.io/changes'], lines, { create: true })
//
// Each is a pure (text) => text function; edits/transaction.ts writes files.

import { isAlias, isMap, isScalar, isSeq, Scalar, visit, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { UserError } from '../errors.ts';
import { YAML_DOCUMENT, YAML_DOCUMENTS, type ParsedYaml } from '../yaml/read.ts';
import { parseWith, type ParseCache } from '../text/parse-cache.ts';
import { doubleQuote, isPlainSafe, plainReadsAsString, singleQuote } from '../yaml/scalars.ts';

/** A key path into a YAML document: strings index mappings, numbers index sequences. */
export type KeyPath = readonly (string | number)[];

/** `dependencies[0].version`, `annotations."artifacthub.io/changes"`: a path as users read it. */
export function formatPath(path: KeyPath): string {
  let out = '';
  for (const k of path) {
    if (typeof k === 'number') out += `[${k}]`;
    else out += (out === '' ? '' : '.') + (/^[A-Za-z0-9_-]+$/.test(k) ? k : JSON.stringify(k));
  }
  return out;
}

/** Options of one scalar edit. */
export interface ScalarEditOptions {
  /** Insert `key: value` when the last key is missing (its parent mapping must exist). */
  create?: boolean;
  /** When creating: insert right after this sibling key if present (e.g. appVersion after version). */
  after?: string;
  /**
   * Replace an existing plain value that YAML reads as something other than
   * the string written (`1.10`). Only for a caller whose new value makes the
   * intent unambiguous (an explicit version), never to compute from the old one.
   */
  replaceAmbiguous?: boolean;
  /** When creating: quote the new value the way this sibling's value is quoted (a file that quotes every value). */
  quoteLike?: string;
}

/** Options of a whole-file edit. */
export interface FileEditOptions {
  /**
   * Edit this document (0-based) of a multi-document file (`---` separators,
   * e.g. several ArgoCD Applications in one file); the other documents stay
   * byte for byte. Without it a file with several documents is refused.
   */
  document?: number;
  /** The run's parses: a text already parsed (while planning, or by the edit before) is not parsed again. */
  cache?: ParseCache;
}

/** One scalar to set, for setScalars and the transaction's check. */
export interface ScalarEdit extends ScalarEditOptions {
  path: KeyPath;
  value: string;
}

/** The text split into what the parser sees and what must be put back around it. */
export interface Framed {
  bom: string;
  body: string;
  eol: string;
}

export function frame(text: string): Framed {
  const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
  const body = bom ? text.slice(1) : text;
  const crlf = body.indexOf('\r\n');
  const lf = body.indexOf('\n');
  return { bom, body, eol: crlf !== -1 && crlf < lf ? '\r\n' : '\n' };
}

/** Where a key path leads in a parsed file. */
export type Located = { found: true; node: Node; parents: Node[] } | { found: false; parent: YAMLMap; missing: string[]; parents: Node[] };

/**
 * Walks a key path the way a reader of the file would, refusing what the byte
 * editor cannot change faithfully: a value reached through an alias or a merge
 * key (`<<`), and a value that an alias elsewhere repeats (editing it would
 * silently change the copies too).
 */
export function locate(parsed: ParsedYaml, path: KeyPath, label: string): Located {
  const file = parsed.file;
  const aliased = aliasedAnchors(parsed);
  let node: Node | null = parsed.doc.contents;
  const parents: Node[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    if (node === null) throw new UserError(`${label}: the file is empty`, { file, line: 1, hint: 'write the chart metadata first' });
    refuseShared(parsed, node, label, aliased);
    if (typeof key === 'number') {
      if (!isSeq(node))
        throw new UserError(`${label}: ${formatPath(path.slice(0, i)) || 'the document'} is not a list`, {
          file,
          line: parsed.lineOf(node),
          hint: 'check the key path',
        });
      const item = node.items[key] as Node | undefined;
      if (item === undefined)
        throw new UserError(`${label}: there is no item ${key} in ${formatPath(path.slice(0, i))}`, {
          file,
          line: parsed.lineOf(node),
          hint: 'check the key path',
        });
      parents.push(node);
      node = item;
      continue;
    }
    if (!isMap(node)) {
      const where = formatPath(path.slice(0, i));
      const hint =
        where && isScalar(node)
          ? `write ${where} as a mapping (\`${where}:\` with indented \`key: value\` lines), or check the key path`
          : 'check the key path';
      throw new UserError(`${label}: ${where || 'the document'} is not a mapping`, { file, line: parsed.lineOf(node), hint });
    }
    const map = node;
    const pairs = map.items.filter((p) => isScalar(p.key) && String(p.key.value) === key);
    if (pairs.length > 1)
      throw new UserError(`duplicate key '${key}'`, {
        file,
        line: parsed.lineOf(pairs[1].key as Node),
        hint: 'remove one of the duplicate keys',
      });
    const pair = pairs[0] as Pair<Node, Node | null> | undefined;
    if (!pair) {
      const merge = map.items.find((p) => isScalar(p.key) && p.key.value === '<<');
      if (merge)
        throw new UserError(`${label} would come from a merge key (<<), not from this mapping`, {
          file,
          line: parsed.lineOf(merge.key as Node),
          hint: `write ${key} explicitly in the mapping`,
        });
      return { found: false, parent: map, missing: path.slice(i) as string[], parents };
    }
    parents.push(map);
    if (pair.value === null) {
      // `key:` with nothing after it: an empty scalar sits right after the colon.
      if (i === path.length - 1) {
        const at = pair.key && pair.key.range ? pair.key.range[1] : 0;
        const colon = parsed.text.indexOf(':', at);
        const empty = new Scalar(null);
        empty.range = [colon + 1, colon + 1, colon + 1];
        return { found: true, node: empty as Node, parents };
      }
      throw new UserError(`${label}: ${formatPath(path.slice(0, i + 1))} is empty`, {
        file,
        line: parsed.lineOf(pair.key),
        hint: 'fill in the mapping',
      });
    }
    node = pair.value;
  }
  if (node === null) throw new UserError(`${label}: the file is empty`, { file, line: 1 });
  refuseShared(parsed, node, label, aliased);
  return { found: true, node, parents };
}

/** The anchors each parse's aliases name, found once per parse: a promotion locates thousands of paths in one file. */
const anchorsOf = new WeakMap<ParsedYaml, Set<string>>();

function aliasedAnchors(parsed: ParsedYaml): Set<string> {
  let names = anchorsOf.get(parsed);
  if (names) return names;
  names = new Set<string>();
  anchorsOf.set(parsed, names);
  if (!parsed.text.includes('*')) return names;
  visit(parsed.doc, {
    Alias(_, a) {
      names.add(a.source);
    },
  });
  return names;
}

function refuseShared(parsed: ParsedYaml, node: Node, label: string, aliased: Set<string>): void {
  if (isAlias(node))
    throw new UserError(`${label} is reached through the alias *${node.source}`, {
      file: parsed.file,
      line: parsed.lineOf(node),
      hint: 'write the value out instead of using an alias',
    });
  const anchor = (node as { anchor?: string }).anchor;
  if (anchor && aliased.has(anchor))
    throw new UserError(`${label} is inside &${anchor}, which an alias repeats elsewhere`, {
      file: parsed.file,
      line: parsed.lineOf(node),
      hint: 'write the values out instead of using an anchor and alias',
    });
}

function inFlow(parents: Node[]): boolean {
  return parents.some((p) => (isMap(p) || isSeq(p)) && (p as YAMLMap).flow === true);
}

/** How a new scalar is written where a scalar of `style` was: the same quoting when it reads back right. */
export function renderScalar(value: string, style: Scalar.Type | undefined, flow = false): string {
  if (style === Scalar.QUOTE_DOUBLE) return doubleQuote(value);
  if (style === Scalar.QUOTE_SINGLE) return singleQuote(value) ?? doubleQuote(value);
  const plainOk = isPlainSafe(value) && !(flow && /[,[\]{}]/.test(value));
  return plainOk ? value : doubleQuote(value);
}

/**
 * Parses for editing through parseShared: parseYaml's UserErrors (syntax,
 * duplicate keys, several documents) name file:line, and a file without any
 * document is refused.
 */
export function parseBody(body: string, file: string, cache: ParseCache | undefined): ParsedYaml {
  const parsed = parseShared(body, file, cache);
  if (parsed.empty) throw new UserError('the file holds no YAML document', { file, line: 1, hint: 'write its keys first' });
  return parsed;
}

/**
 * parseYaml of `body` (BOM already stripped) for `file`, shared through the
 * run's `cache` with whoever reads or edits the same text next. A promotion
 * reads pins from a values file, edits it, checks the edit and reads the
 * result again; with the run's cache each of those texts is parsed once
 * instead of once per step. The document is shared, so callers only read it.
 * Without a cache the text is parsed every time.
 */
export function parseShared(body: string, file: string, cache?: ParseCache): ParsedYaml {
  return parseWith(cache, YAML_DOCUMENT, body, file);
}

/**
 * Offers a parse a caller already made (e.g. parseChart while planning) of
 * `parsed.text` (BOM stripped, as parseYaml returns it) to the next edit of
 * exactly that text and file through `cache`.
 */
export function primeParse(parsed: ParsedYaml, cache: ParseCache): void {
  cache.put(YAML_DOCUMENT, parsed.text, parsed, parsed.file);
}

/** The parsed document of a text `cache` holds for `file` (BOM already stripped), if it still does. */
export function recentlyParsed(body: string, file: string, cache: ParseCache | undefined): Document.Parsed | undefined {
  return cache?.peek(YAML_DOCUMENT, body, file)?.doc;
}

/**
 * Sets the scalar at `path` to the string `value`, changing only that
 * scalar's bytes: quoting style, trailing comment, indentation, line endings,
 * BOM and final newline stay. A value that would not read back as the same
 * string unquoted is double-quoted. Returns the text unchanged when the value
 * is already there. Refuses (UserError at file:line) an ambiguous existing
 * plain value (`1.10`), a block scalar, duplicate keys, aliases, merge keys,
 * several documents, and a missing key unless `create`.
 */
export function setScalar(
  text: string,
  file: string,
  path: KeyPath,
  value: string,
  opts: ScalarEditOptions & FileEditOptions = {},
): string {
  const { document, cache, ...edit } = opts;
  return setScalars(text, file, [{ path, value, ...edit }], { document, cache });
}

/**
 * The parse an edit works on: the single document (the usual, cached path),
 * or with `document` the chosen one of several, its ranges still offsets into
 * the whole text so splices land in the right place.
 */
export function parseForEdit(body: string, file: string, document: number | undefined, cache: ParseCache | undefined): ParsedYaml {
  if (document === undefined) return parseBody(body, file, cache);
  const all = parseWith(cache, YAML_DOCUMENTS, body, file);
  const doc = all.documents?.[document];
  if (!doc) throw new UserError(`the file has no document ${document + 1}`, { file, line: 1, hint: 'check the --- separated documents' });
  return { ...all, doc, empty: false };
}

/** A replacement of bytes in the parsed body, or an insertion to make after the others. */
type Splice = { start: number; end: number; text: string } | { create: ScalarEdit };

/** Works out the bytes one edit replaces, with every refusal setScalar documents. */
function spliceFor(parsed: ParsedYaml, e: ScalarEdit): Splice | undefined {
  const { file, text: body } = parsed;
  const label = formatPath(e.path);
  // `image:` with nothing under it: the new key fills it (after the other edits).
  if (e.create && fillEmptyParent(parsed, '\n', e.path, ['x: x'], 2) !== undefined) return { create: e };
  const at = locate(parsed, e.path, label);
  if (!at.found) {
    if (!e.create || at.missing.length !== 1)
      throw new UserError(`${label} is missing`, {
        file,
        line: parsed.lineOf(at.parent) ?? 1,
        hint: at.missing.length === 1 ? `add \`${at.missing[0]}: ${renderScalar(e.value, undefined)}\`` : `add ${label}`,
      });
    return { create: e };
  }
  const node = at.node;
  const line = parsed.lineOf(node) ?? parsed.lineAt(node.range?.[0] ?? 0);
  if (!isScalar(node))
    throw new UserError(`${label} is a ${isMap(node) ? 'mapping' : 'list'}, not a single value`, {
      file,
      line,
      hint: 'check the key path',
    });
  const scalar = node;
  const [start, end] = scalar.range!;
  if (scalar.type === Scalar.BLOCK_LITERAL || scalar.type === Scalar.BLOCK_FOLDED)
    throw new UserError(`${label} is a block scalar (| or >), which this edit does not rewrite`, {
      file,
      line,
      hint: 'write the value on one line, e.g. `key: "1.2.3"`',
    });
  const source = body.slice(start, end);
  const empty = scalar.value === null;
  if (scalar.type === Scalar.PLAIN && !empty && !plainReadsAsString(source) && !e.replaceAmbiguous)
    throw new UserError(`${label}: ${source} is read as ${describe(source)}, not the string written`, {
      file,
      line,
      hint: `quote it: "${source}"`,
    });
  if (!empty && String(scalar.value) === e.value) return undefined;
  let rendered = renderScalar(e.value, empty ? undefined : scalar.type, inFlow(at.parents));
  if (empty && start === end && body[start - 1] === ':') rendered = ` ${rendered}`;
  return { start, end, text: rendered };
}

/**
 * Applies several scalar edits with one parse when they all replace existing
 * values (the usual case), the untouched stretches and the new bytes joined
 * once, so the work is linear in the file and the edits; edits that create
 * keys run afterwards, each on a fresh parse.
 */
export function setScalars(text: string, file: string, edits: readonly ScalarEdit[], opts: FileEditOptions = {}): string {
  const { bom, body, eol } = frame(text);
  const parsed = parseForEdit(body, file, opts.document, opts.cache);
  const splices = edits.map((e) => spliceFor(parsed, e)).filter((s): s is Splice => s !== undefined);
  const replace = splices.filter((s): s is Extract<Splice, { start: number }> => 'start' in s).sort((a, b) => a.start - b.start);
  // The untouched stretches between the splices and the new bytes, joined once: splicing into the whole text
  // once per edit copied it each time (500 services' pins in a 320 KB values file allocated 320 MB).
  let out = body;
  if (replace.length > 0) {
    const parts: string[] = [];
    let at = 0;
    for (const r of replace) {
      // The same value edited twice (the sort keeps the given order of equal starts): the later edit wins.
      if (r.start < at) {
        parts[parts.length - 1] = r.text;
        continue;
      }
      parts.push(body.slice(at, r.start), r.text);
      at = r.end;
    }
    parts.push(body.slice(at));
    out = parts.join('');
  }
  for (const s of splices) {
    if (!('create' in s)) continue;
    const p = parseForEdit(out, file, opts.document, opts.cache);
    const leaf = s.create.path[s.create.path.length - 1];
    const filled =
      typeof leaf === 'string'
        ? fillEmptyParent(p, eol, s.create.path, [`${yamlKey(leaf)}: ${renderScalar(s.create.value, undefined)}`], indentUnit(p))
        : undefined;
    if (filled !== undefined) {
      out = filled;
      continue;
    }
    const at = locate(p, s.create.path, formatPath(s.create.path));
    if (at.found) continue;
    const flow = at.parent.flow === true || inFlow(at.parents);
    const like =
      s.create.quoteLike === undefined
        ? undefined
        : at.parent.items.find((p) => isScalar(p.key) && String(p.key.value) === s.create.quoteLike)?.value;
    const style = isScalar(like) && (like.type === Scalar.QUOTE_DOUBLE || like.type === Scalar.QUOTE_SINGLE) ? like.type : undefined;
    const rendered = `${yamlKey(at.missing[0], at.parent)}: ${renderScalar(s.create.value, style, flow)}`;
    out = insertPair(p, eol, at.parent, [rendered], s.create.after);
  }
  return out === body ? text : bom + out;
}

function describe(source: string): string {
  if (/^[-+]?[0-9._]+(?:[eE][-+]?[0-9]+)?$/.test(source) || /^0[xob]/.test(source)) return 'a number';
  if (/^\d{4}-/.test(source)) return 'a date';
  return 'a boolean or null';
}

/** A new key written as YAML, quoted the way the mapping's first key is (plain when that is safe). */
export function yamlKey(key: string, map?: YAMLMap): string {
  const style = isScalar(map?.items[0]?.key) ? map.items[0].key.type : undefined;
  if (style === Scalar.QUOTE_DOUBLE) return doubleQuote(key);
  if (style === Scalar.QUOTE_SINGLE) return singleQuote(key) ?? doubleQuote(key);
  return isPlainSafe(key) && !/[,[\]{}]/.test(key) ? key : doubleQuote(key);
}

function columnOf(text: string, offset: number): number {
  const nl = text.lastIndexOf('\n', offset - 1);
  return offset - (nl + 1);
}

/** The indentation step the file uses for nested mappings (2 when it cannot tell). */
export function indentUnit(parsed: ParsedYaml): number {
  const root = parsed.doc.contents;
  let found = 0;
  const walk = (map: YAMLMap, depth: number): void => {
    if (found || depth > 3) return;
    for (const p of map.items) {
      const v = p.value as Node | null;
      if (isMap(v) && !v.flow && v.items.length > 0 && p.key && (p.key as Node).range) {
        const child = (v.items[0].key as Node).range![0];
        const diff = columnOf(parsed.text, child) - columnOf(parsed.text, (p.key as Node).range![0]);
        if (diff > 0) {
          found = diff;
          return;
        }
      }
      if (isMap(v)) walk(v, depth + 1);
    }
  };
  if (isMap(root)) walk(root, 0);
  return found || 2;
}

/**
 * Inserts a pair into a mapping, as lines in the mapping's own indentation:
 * after `after` when that key exists, else after the last pair. `lines` are
 * relative to the key's column (nested lines carry their own extra indent).
 */
export function insertPair(parsed: ParsedYaml, eol: string, map: YAMLMap, lines: string[], after?: string): string {
  const body = parsed.text;
  if (map.flow) {
    if (lines.length !== 1)
      throw new UserError('cannot add a nested value to a flow mapping ({…})', {
        file: parsed.file,
        line: parsed.lineOf(map),
        hint: 'write the mapping in block style',
      });
    const close = body.lastIndexOf('}', map.range![1]);
    const inner = body.slice(map.range![0] + 1, close);
    const sep = inner.trim() === '' ? '' : ', ';
    let cut = close;
    while (cut > map.range![0] + 1 && /[ \t]/.test(body[cut - 1])) cut--;
    return body.slice(0, cut) + sep + lines[0] + body.slice(cut);
  }
  if (map.items.length === 0)
    throw new UserError('cannot add a key to an empty mapping', {
      file: parsed.file,
      line: parsed.lineOf(map),
      hint: 'add the key by hand',
    });
  const firstKey = map.items[0].key as Node;
  const indent = ' '.repeat(columnOf(body, firstKey.range![0]));
  const anchorPair =
    (after !== undefined ? map.items.find((p) => isScalar(p.key) && String(p.key.value) === after) : undefined) ??
    map.items[map.items.length - 1];
  const v = anchorPair.value as Node | null;
  const endOfPair = v?.range ? v.range[1] : (anchorPair.key as Node).range![2];
  let at: number;
  if (endOfPair > 0 && body[endOfPair - 1] === '\n') at = endOfPair;
  else {
    const nl = body.indexOf('\n', endOfPair);
    at = nl === -1 ? -1 : nl + 1;
  }
  const block = lines.map((l) => indent + l).join(eol);
  if (at === -1) return body + eol + block;
  return body.slice(0, at) + block + eol + body.slice(at);
}

/**
 * Sets `path` to a literal block scalar (`key: |` and indented lines) holding
 * `content`, e.g. the `artifacthub.io/changes` annotation. Replaces the value
 * when the key exists; with `create`, adds the key, and its parent mapping
 * when that is missing too (one level, e.g. `annotations:`).
 */
export function setBlockScalar(
  text: string,
  file: string,
  path: KeyPath,
  content: string,
  opts: { create?: boolean; cache?: ParseCache } = {},
): string {
  const { bom, body, eol } = frame(text);
  const parsed = parseBody(body, file, opts.cache);
  const label = formatPath(path);
  const unit = indentUnit(parsed);
  const lines = content.replace(/\n+$/, '').split('\n');
  const leafKey = yamlKey(String(path[path.length - 1]));
  const childLines = [`${leafKey}: |`, ...lines.map((l) => (l === '' ? '' : ' '.repeat(unit) + l))];
  const filled = opts.create ? fillEmptyParent(parsed, eol, path, childLines, unit) : undefined;
  if (filled !== undefined) return bom + filled;
  const at = locate(parsed, path, label);
  if (!at.found) {
    if (!opts.create || at.missing.length > 2)
      throw new UserError(`${label} is missing`, { file, line: parsed.lineOf(at.parent) ?? 1, hint: `add ${label}` });
    const pad = ' '.repeat(unit);
    const leaf = at.missing[at.missing.length - 1];
    let rendered = [`${yamlKey(leaf, at.missing.length === 1 ? at.parent : undefined)}: |`, ...lines.map((l) => (l === '' ? '' : pad + l))];
    if (at.missing.length === 2) rendered = [`${yamlKey(at.missing[0], at.parent)}:`, ...rendered.map((l) => (l === '' ? '' : pad + l))];
    return bom + insertPair(parsed, eol, at.parent, rendered);
  }
  const node = at.node;
  const line = parsed.lineOf(node);
  if (!isScalar(node))
    throw new UserError(`${label} is a ${isMap(node) ? 'mapping' : 'list'}, not a text value`, { file, line, hint: 'check the key path' });
  if (inFlow(at.parents))
    throw new UserError(`${label} is inside a flow mapping ({…}), where a block scalar cannot go`, {
      file,
      line,
      hint: 'write the mapping in block style',
    });
  const scalar = node;
  if (scalar.value !== null && String(scalar.value) === `${lines.join('\n')}\n` && scalar.type === Scalar.BLOCK_LITERAL) return text;
  const parentMap = at.parents[at.parents.length - 1] as YAMLMap;
  const pair = parentMap.items.find((p) => p.value === node);
  const keyCol = pair?.key && (pair.key as Node).range ? columnOf(body, (pair.key as Node).range![0]) : 0;
  const pad = ' '.repeat(keyCol + unit);
  const [start, end] = scalar.range!;
  let stop: number;
  // A comment on the key's line (`key: |  # generated`) is the author's and stays on the new header.
  let comment: string;
  if (scalar.type === Scalar.BLOCK_LITERAL || scalar.type === Scalar.BLOCK_FOLDED) {
    comment = /^[|>][-+0-9]*([ \t]+#[^\r\n]*)?/.exec(body.slice(start, end))?.[1] ?? '';
    // Up to the end of the last line with content: trailing blank lines stay, trailing spaces of old content go.
    const lastChar = start + body.slice(start, end).replace(/\s+$/, '').length;
    const lineEnd = body.slice(lastChar, end).search(/\r?\n/);
    stop = lineEnd === -1 ? end : lastChar + lineEnd;
  } else {
    // A one-line value is replaced up to the end of its line; a comment after it moves onto the header.
    const nl = body.indexOf('\n', end);
    stop = nl === -1 ? body.length : body[nl - 1] === '\r' ? nl - 1 : nl;
    comment = /^([ \t]+#.*)?/.exec(body.slice(end, stop))?.[1] ?? '';
  }
  const head = (start === end && body[start - 1] === ':' ? ' |' : '|') + comment.replace(/[ \t]+$/, '');
  const rendered = [head, ...lines.map((l) => (l === '' ? '' : pad + l))].join(eol);
  return bom + body.slice(0, start) + rendered + body.slice(stop);
}

/**
 * `annotations:` with nothing after it, `annotations: ~` (or `null`), or
 * `annotations: {}`: the parent of a new block scalar exists but is empty, so
 * it is written out in block style in its place, in the file's indentation; a
 * comment after it stays on its line. Undefined when the parent is not such an empty value.
 */
function fillEmptyParent(parsed: ParsedYaml, eol: string, path: KeyPath, childLines: string[], unit: number): string | undefined {
  if (path.length < 2) return undefined;
  const parentPath = path.slice(0, -1);
  const grand = parentPath.length === 1 ? parsed.doc.contents : locateOrUndefined(parsed, parentPath.slice(0, -1));
  if (!isMap(grand) || grand.flow) return undefined;
  const key = parentPath[parentPath.length - 1];
  const pair = grand.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
  const value = pair?.value as Node | null | undefined;
  // `annotations:`, `annotations: ~` / `null` and `annotations: {}` all mean "no annotations yet".
  const empty =
    value === null ||
    (isScalar(value) && value.value === null && (value.type === Scalar.PLAIN || value.range![0] === value.range![1])) ||
    (isMap(value) && value.flow === true && value.items.length === 0);
  if (!pair || !empty) return undefined;
  const body = parsed.text;
  const keyStart = (pair.key as Node).range![0];
  const colon = body.indexOf(':', (pair.key as Node).range![1]);
  const end = value && value.range ? Math.max(value.range[1], colon + 1) : colon + 1;
  const nl = body.indexOf('\n', end);
  const rest = body.slice(end, nl === -1 ? body.length : nl).replace(/\r$/, '');
  // A comment after the empty value stays on the parent's line; anything else is not ours to move.
  if (rest.trim() !== '' && !/^[ \t]+#/.test(rest)) return undefined;
  const comment = rest.trim() === '' ? '' : rest.replace(/[ \t]+$/, '');
  const keyIndent = ' '.repeat(columnOf(body, keyStart));
  const pad = ' '.repeat(unit);
  const block = childLines.map((l) => (l === '' ? '' : keyIndent + pad + l));
  return body.slice(0, colon + 1) + comment + eol + block.join(eol) + body.slice(end + rest.length);
}

function locateOrUndefined(parsed: ParsedYaml, path: KeyPath): Node | undefined {
  try {
    const at = locate(parsed, path, formatPath(path));
    return at.found ? at.node : undefined;
  } catch {
    return undefined;
  }
}
