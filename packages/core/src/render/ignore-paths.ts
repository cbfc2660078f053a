// The fields an Argo CD Application's spec.ignoreDifferences names, as paths
// into a rendered object: its JSON pointers (RFC 6901) and its jq path
// expressions that are plain field paths (`.a.b["c"][0][]`); what selects or
// pipes is not read, and is said. compare.ts folds (or marks) what they name.

import type { RenderedObject } from './objects.ts';

/** `[]` in a jq path: every item. */
export const ALL: unique symbol = Symbol('every item');
/** A path into an object: keys, indexes, and ALL for every item. */
export type Path = (string | number | typeof ALL)[];

/** One entry of an Application's spec.ignoreDifferences. */
export interface IgnoreRule {
  group?: string;
  kind: string;
  name?: string;
  namespace?: string;
  jsonPointers?: readonly string[];
  jqPathExpressions?: readonly string[];
  /**
   * Argo CD's diff ignores these fields, but its sync applies them: an Application without
   * `RespectIgnoreDifferences=true` in its syncOptions. A change to them is shown, marked, never folded.
   */
  appliedOnSync?: true;
}

/** Whether a rule of ignoreDifferences covers the object (group from the apiVersion, kind, and name/namespace when given). */
export function matches(rule: IgnoreRule, o: RenderedObject): boolean {
  const group = o.apiVersion.includes('/') ? o.apiVersion.slice(0, o.apiVersion.indexOf('/')) : '';
  if ((rule.group ?? '') !== group && rule.group !== '*') return false;
  if (rule.kind !== o.kind && rule.kind !== '*') return false;
  if (rule.name && rule.name !== o.name) return false;
  if (rule.namespace && rule.namespace !== o.namespace) return false;
  return true;
}

/** The paths a rule names: its JSON pointers (RFC 6901), and its jq expressions that are field paths (`.a.b["c"][0][]`). */
export function rulePaths(rule: IgnoreRule, unread: string[]): Path[] {
  const paths: Path[] = [];
  for (const p of rule.jsonPointers ?? [])
    paths.push(
      p
        .split('/')
        .slice(1)
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')),
    );
  for (const jq of rule.jqPathExpressions ?? []) {
    const path = jqPath(jq);
    if (path) paths.push(path);
    else if (!unread.includes(jq)) unread.push(jq);
  }
  return paths;
}

/** A jq path expression made only of field names, quoted keys, indexes and `[]`; undefined for anything else (select, pipes…). */
export function jqPath(expr: string): Path | undefined {
  const path: Path = [];
  const re = /\.([A-Za-z_][A-Za-z0-9_]*)|\.?\["((?:[^"\\]|\\.)*)"\]|\.?\[(\d+)\]|\.?\[\]/y;
  const s = expr.trim();
  if (!s.startsWith('.') || s === '.') return undefined;
  let at = 0;
  while (at < s.length) {
    re.lastIndex = at;
    const m = re.exec(s);
    if (!m) return undefined;
    if (m[1] !== undefined) path.push(m[1]);
    else if (m[2] !== undefined) path.push(JSON.parse(`"${m[2]}"`) as string);
    else if (m[3] !== undefined) path.push(Number(m[3]));
    else path.push(ALL);
    at = re.lastIndex;
  }
  return path;
}

/** What a key or index of a node holds (undefined for ALL, which names many). */
export function child(node: unknown, key: string | number | typeof ALL): unknown {
  if (typeof key === 'symbol') return undefined;
  if (Array.isArray(node)) return node[Number(key)];
  if (node && typeof node === 'object') return (node as Record<string, unknown>)[String(key)];
  return undefined;
}

/** Deletes what a path names (every item for `*`). */
export function removePath(node: unknown, path: Path): void {
  if (path.length === 0 || !node || typeof node !== 'object') return;
  const [head, ...rest] = path;
  const keys: (string | number)[] = head === ALL ? (Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node)) : [head];
  for (const k of keys) {
    if (rest.length > 0) removePath(child(node, k), rest);
    else if (Array.isArray(node)) node[Number(k)] = undefined;
    else delete (node as Record<string, unknown>)[String(k)];
  }
  if (Array.isArray(node) && rest.length === 0) {
    const kept = (node as unknown[]).filter((x) => x !== undefined);
    node.splice(0, node.length, ...kept);
  }
}

/** Whether a path names something in the node. */
export function hasPath(node: unknown, path: Path): boolean {
  let n = node;
  for (const k of path) {
    if (!n || typeof n !== 'object' || typeof k === 'symbol' || !(String(k) in n)) return false;
    n = child(n, k);
  }
  return true;
}

/** Sets what a path names (its last key in the node it reaches). */
export function setPath(node: unknown, path: Path, value: unknown): void {
  let n = node;
  for (const k of path.slice(0, -1)) n = child(n, k);
  const last = path[path.length - 1];
  if (n && typeof n === 'object' && typeof last !== 'symbol') (n as Record<string, unknown>)[String(last)] = value;
}

/** The values a path names (every item for ALL), in order; a path that names nothing gives none. */
export function valuesAt(node: unknown, path: Path): unknown[] {
  if (path.length === 0) return [node];
  if (!node || typeof node !== 'object') return [];
  const [head, ...rest] = path;
  const keys: (string | number)[] = head === ALL ? (Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node)) : [head];
  return keys.flatMap((k) => (String(k) in node ? valuesAt(child(node, k), rest) : []));
}
