// A values document as Helm receives it, with where each key was written.
// Helm reads values with sigs.k8s.io/yaml, YAML 1.1: `on`, `yes` and `no` are
// booleans, `012` an octal integer, a timestamp a string. Each -f file (and
// each inline values an Application or a HelmRelease gives) is merged over the
// ones before it (Helm's mergeMaps: a map over a map merges, anything else
// replaces); the chart's values.yaml is then coalesced under them (a user's
// null deletes the chart's key, a user's value wins over the chart's table).
// Every key keeps the file and line of the last source that wrote it, so a
// schema's finding about `/image/tag` points at that line.

import { isAlias, isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node } from 'yaml';
import { UserError } from '../errors.ts';
import { stripBom } from '../text/bytes.ts';
import { yaml11Type } from '../yaml/scalars.ts';

/** Where a key was written. */
export interface Origin {
  file: string;
  line: number;
}

/** Each key's origin by its JSON pointer (`/image/tag`; `` for the document). */
export type Origins = Map<string, Origin>;

/** One values document: a file's, or a part of a file (an Application's valuesObject, a HelmRelease's spec.values). */
export interface ValuesSource {
  /** The file named in findings (a repository path). */
  file: string;
  text: string;
  /** Which document of a multi-document file (default the first). */
  document?: number;
  /** The key path of the values inside that document (`['spec', 'values']`; a number indexes a list); default the document itself. */
  at?: readonly (string | number)[];
  /** The line of `file` the text's first line is (an inline values string inside an Application), default 1. */
  firstLine?: number;
  /** Every key is said at this one line (a values string whose lines cannot be traced, a JSON-encoded one). */
  line?: number;
  /** What in the file the values are (`spec.values`), when not the whole file. */
  label?: string;
  /** A `--set` (an Argo CD helm.parameters entry, said at `line`): set into the merged values, not merged (helm-set.ts); `text` is unread. */
  set?: HelmSet;
}

export type Obj = { [key: string]: unknown };
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** At most this many nodes are read from one values source (aliases expanded): past it the source is refused. */
const MAX_NODES = 1_000_000;

/** A JSON pointer's segment, escaped. */
export const escapePointer = (k: string) => k.replace(/~/g, '~0').replace(/\//g, '~1');

/** The source's values as Helm reads them, with each key's origin (pointers from the values' root). Invalid YAML is a UserError at its line. */
export function readValuesSource(src: ValuesSource): { value: Obj; origins: Origins } {
  if (src.set) return setValues(src.set, { file: src.file, line: src.line ?? src.firstLine ?? 1 });
  const counter = new LineCounter();
  const docs = parseAllDocuments(stripBom(src.text), { version: '1.1', uniqueKeys: false, lineCounter: counter });
  const list = Array.isArray(docs) ? docs : [];
  const doc = list[src.document ?? 0];
  const lineOf = (n: Node): number => {
    if (src.line !== undefined) return src.line;
    const at = n.range ? counter.linePos(n.range[0]).line : 1;
    return at + (src.firstLine ?? 1) - 1;
  };
  const bad = doc?.errors[0];
  if (bad)
    throw new UserError(`invalid YAML: ${bad.message.split('\n')[0]}`, {
      file: src.file,
      line: lineOf({ range: bad.pos } as unknown as Node),
    });
  let root: Node | null | undefined = doc?.contents;
  for (const k of src.at ?? [])
    root = typeof k === 'number' ? (isSeq(root) ? (root.items[k] as Node) : undefined) : isMap(root) ? root.get(k, true) : undefined;
  const origins: Origins = new Map();
  const budget = { left: MAX_NODES };
  const value = doc && root ? toValue(root, doc, '', origins, { file: src.file, lineOf }, budget) : {};
  if (budget.left <= 0)
    throw new UserError(`the values expand to more than ${MAX_NODES} nodes (aliases counted each time they are used)`, {
      file: src.file,
      line: src.line ?? src.firstLine ?? 1,
    });
  return { value: isObj(value) ? value : {}, origins };
}

type Where = { file: string; lineOf: (n: Node) => number };

/** The node's value as Helm reads it; every map key's origin recorded under `ptr`. */
function toValue(n: Node, doc: Document, ptr: string, origins: Origins, where: Where, budget: { left: number }): unknown {
  if (--budget.left <= 0) return null;
  if (isAlias(n)) {
    const target = anchored(doc, n.source, n.range?.[0] ?? 0);
    return target ? toValue(target, doc, ptr, origins, where, budget) : null;
  }
  if (isScalar(n)) {
    // A plain scalar YAML 1.1 reads as a string (a timestamp too: JSON has no dates) stays the text written.
    if (n.type === 'PLAIN' && n.source !== undefined) {
      const kind = yaml11Type(n.source);
      if (kind === 'str' || kind === 'timestamp') return n.source;
    }
    const v = n.value;
    return v instanceof Date ? v.toISOString() : typeof v === 'bigint' ? Number(v) : v;
  }
  if (isSeq(n)) return n.items.map((item, i) => toValue(item as Node, doc, `${ptr}/${i}`, origins, where, budget));
  if (!isMap(n)) return null;
  const out: Obj = {};
  const merged: Obj[] = [];
  for (const pair of n.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (key === undefined || budget.left <= 0) continue;
    const valueNode = pair.value as Node | null;
    if (key === '<<') {
      // A merge key's maps give the keys this map does not write itself.
      const v = valueNode ? toValue(valueNode, doc, ptr, origins, where, budget) : null;
      for (const m of Array.isArray(v) ? v : [v]) if (isObj(m)) merged.push(m);
      continue;
    }
    const at = `${ptr}/${escapePointer(key)}`;
    origins.set(at, { file: where.file, line: where.lineOf(pair.key as Node) });
    setOwn(out, key, valueNode ? toValue(valueNode, doc, at, origins, where, budget) : null);
  }
  for (const m of merged) for (const [k, v] of Object.entries(m)) if (!Object.hasOwn(out, k)) setOwn(out, k, v);
  return out;
}

/** Each document's anchors, in the order written: an alias is the last node anchored by its name before it. */
const ANCHORS = new WeakMap<Document, Map<string, { at: number; node: Node }[]>>();

/** The node an alias named `name` at offset `at` refers to (found once per document, not by walking it per alias). */
function anchored(doc: Document, name: string, at: number): Node | undefined {
  let anchors = ANCHORS.get(doc);
  if (!anchors) {
    anchors = new Map();
    const stack: unknown[] = [doc.contents];
    while (stack.length > 0) {
      const n = stack.pop();
      if (!isMap(n) && !isSeq(n) && !isScalar(n)) continue;
      if (n.anchor) {
        const list = anchors.get(n.anchor) ?? [];
        list.push({ at: n.range?.[0] ?? 0, node: n });
        anchors.set(n.anchor, list);
      }
      if (isMap(n)) for (const p of n.items) stack.push(p.key, p.value);
      if (isSeq(n)) stack.push(...n.items);
    }
    for (const list of anchors.values()) list.sort((a, b) => a.at - b.at);
    ANCHORS.set(doc, anchors);
  }
  let found: Node | undefined;
  for (const a of anchors.get(name) ?? []) if (a.at < at) found = a.node;
  return found;
}

/** The own value of `o` at `k` (a key `__proto__` or `constructor` a values file writes is a key like any other, never the prototype). */
export const getOwn = (o: Obj, k: string): unknown => (Object.hasOwn(o, k) ? o[k] : undefined);

/** Sets the own key `k` of `o` (defined, not assigned: a `__proto__` key sets no prototype). */
export function setOwn(o: Obj, k: string, v: unknown): void {
  Object.defineProperty(o, k, { value: v, writable: true, enumerable: true, configurable: true });
}

/** One `--set` (helm-set.ts reads one from a parameter): the path its name sets (a number indexes a list) and its typed value. */
export interface HelmSet {
  path: (string | number)[];
  value: unknown;
}

/** Sets `set` into `values` in place, as strvals does: maps made where missing (any other value replaced), lists padded with nulls. */
export function setInto(values: Obj, set: HelmSet): void {
  let at: unknown = values;
  for (let i = 0; i < set.path.length; i++) {
    const k = set.path[i];
    const last = i === set.path.length - 1;
    const next = last ? set.value : undefined;
    const child = (existing: unknown): unknown =>
      last ? next : typeof set.path[i + 1] === 'number' ? (Array.isArray(existing) ? existing : []) : isObj(existing) ? existing : {};
    if (typeof k === 'number') {
      const list = at as unknown[];
      while (list.length <= k) list.push(null);
      list[k] = child(list[k]);
      at = list[k];
    } else {
      const map = at as Obj;
      setOwn(map, k, child(getOwn(map, k)));
      at = map[k];
    }
  }
}

/** Helm's mergeMaps: `over` merged over `under` in place (a map over a map merges; anything else replaces, null included). */
export function mergeOver(under: Obj, over: Obj): Obj {
  for (const [k, v] of Object.entries(over)) {
    const u = getOwn(under, k);
    if (isObj(v) && isObj(u)) mergeOver(u, v);
    else setOwn(under, k, v);
  }
  return under;
}

/**
 * Helm's coalescing of a chart's defaults under the user's values, in place: a key the user does not write takes the
 * chart's; a user's null deletes the chart's key (a null the chart does not have stays); two maps coalesce; the user's
 * value wins over anything else.
 */
export function coalesceUnder(user: Obj, defaults: Obj): Obj {
  for (const [k, d] of Object.entries(defaults)) {
    const u = getOwn(user, k);
    if (!Object.hasOwn(user, k)) setOwn(user, k, structuredClone(d));
    else if (u === null) delete user[k];
    else if (isObj(u) && isObj(d)) coalesceUnder(u, d);
  }
  return user;
}

/** The origins of `from` under the pointer `prefix`, added to `to` (a later call's origin wins). */
export function addOrigins(to: Origins, from: Origins, prefix = ''): void {
  for (const [p, o] of from) to.set(prefix + p, o);
}

/** The origin of the pointer `ptr`, or of the nearest key above it that has one. */
export function originOf(origins: Origins, ptr: string): Origin | undefined {
  let p = ptr;
  for (;;) {
    const o = origins.get(p);
    if (o) return o;
    if (p === '') return undefined;
    p = p.slice(0, p.lastIndexOf('/'));
  }
}

/** A `--set`'s values on their own (set into `{}`), every key of its path said at its line. */
function setValues(set: HelmSet, origin: Origin): { value: Obj; origins: Origins } {
  const value: Obj = {};
  setInto(value, set);
  const origins: Origins = new Map();
  let ptr = '';
  for (const k of set.path) origins.set((ptr = `${ptr}/${escapePointer(String(k))}`), origin);
  return { value, origins };
}
