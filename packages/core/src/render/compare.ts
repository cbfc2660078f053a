// Two renders of an environment, object by object: added, removed, changed
// (a unified diff of the object's YAML, keys sorted). What is not a change a
// reviewer should read is taken out first and counted: the paths the
// Application's spec.ignoreDifferences names, values that differ between two
// renders of the same input (randAlphaNum, genCA, now), and lines matching the
// ignore patterns (by default the chart-version churn: helm.sh/chart,
// app.kubernetes.io/version, checksum/* annotations). A Secret's data and
// stringData values never reach the text: each shows as a short hash.

import { trimmedPatch } from '../edits/diff.ts';
import { objectLabel, shortHash, stableYaml, type RenderedObject } from './objects.ts';

/** The lines of chart-version churn, ignored unless `ignore-defaults: false`. */
export const DEFAULT_IGNORE = [
  String.raw`^\s*helm\.sh/chart:\s`,
  String.raw`^\s*app\.kubernetes\.io/version:\s`,
  String.raw`^\s*checksum/[^:]*:\s`,
] as const;

/** One entry of an Application's spec.ignoreDifferences. */
export interface IgnoreRule {
  group?: string;
  kind: string;
  name?: string;
  namespace?: string;
  jsonPointers?: readonly string[];
  jqPathExpressions?: readonly string[];
}

/** How two renders are compared. */
export interface CompareOptions {
  /** Regular expressions of lines to ignore (the defaults included when wanted). */
  ignore: readonly RegExp[];
  /** Kinds shown as one line with their size. */
  summarize: readonly string[];
  ignoreDifferences: readonly IgnoreRule[];
}

/** One object that changes. */
export interface ObjectChange {
  /** `Deployment prod/api`. */
  object: string;
  /** apiVersion/kind/namespace/name. */
  key: string;
  change: 'added' | 'removed' | 'changed';
  /** The unified diff of the object's YAML (hunks; every line for an added or removed object); '' when summarized. */
  diff: string;
  /** A summarized kind: its size in bytes before and after. */
  size?: { before?: number; after?: number };
}

/** What changes in one environment's render. */
export interface RenderDiff {
  changes: ObjectChange[];
  counts: { changed: number; added: number; removed: number };
  /** Objects the same on both sides (after what is ignored). */
  unchanged: number;
  /** Ignored lines that changed (chart-version churn, render.ignore). */
  ignoredLines: number;
  /** Values that differ between two renders of the same input: ignored. */
  nondeterministic: number;
  /** jqPathExpressions lockstep does not read (only field paths are), not applied. */
  unread: string[];
}

/** `[]` in a jq path: every item. */
const ALL: unique symbol = Symbol('every item');
type Path = (string | number | typeof ALL)[];

/** Compares the objects before and after; `again` is a second render of the after side (its differences are non-deterministic). */
export function compareRenders(
  before: Map<string, RenderedObject>,
  after: Map<string, RenderedObject>,
  again: Map<string, RenderedObject> | undefined,
  opts: CompareOptions,
): RenderDiff {
  const out: RenderDiff = {
    changes: [],
    counts: { changed: 0, added: 0, removed: 0 },
    unchanged: 0,
    ignoredLines: 0,
    nondeterministic: 0,
    unread: [],
  };
  const rules = opts.ignoreDifferences.map((r) => ({ rule: r, paths: rulePaths(r, out.unread) }));
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
  for (const key of keys) {
    const was = before.get(key);
    const now = after.get(key);
    const b = was ? structuredClone(was.body) : undefined;
    const a = now ? structuredClone(now.body) : undefined;
    const obj = (now ?? was)!;
    for (const { rule, paths } of rules)
      if (matches(rule, obj)) for (const p of paths) for (const side of [a, b]) if (side) removePath(side, p);
    const second = again?.get(key);
    if (a && second) {
      const c = structuredClone(second.body);
      for (const { rule, paths } of rules) if (matches(rule, obj)) for (const p of paths) removePath(c, p);
      for (const p of differingLeaves(a, c, [])) {
        if (p.length === 0) continue;
        out.nondeterministic++;
        setPath(a, p, '<non-deterministic>');
        if (b && hasPath(b, p)) setPath(b, p, '<non-deterministic>');
      }
    }
    if (obj.kind === 'Secret') maskSecret(b, a);
    const bText = b ? stableYaml(b) : '';
    const aText = a ? stableYaml(a) : '';
    const [bKept, bIgnored] = splitIgnored(bText, opts.ignore);
    const [aKept, aIgnored] = splitIgnored(aText, opts.ignore);
    out.ignoredLines += changedLines(bIgnored, aIgnored);
    const change: ObjectChange['change'] = !b ? 'added' : !a ? 'removed' : 'changed';
    if (change === 'changed' && bKept === aKept) {
      out.unchanged++;
      continue;
    }
    out.counts[change]++;
    const label = objectLabel(obj);
    if (opts.summarize.includes(obj.kind)) {
      out.changes.push({
        object: label,
        key,
        change,
        diff: '',
        size: { ...(b ? { before: Buffer.byteLength(bText) } : {}), ...(a ? { after: Buffer.byteLength(aText) } : {}) },
      });
      continue;
    }
    out.changes.push({ object: label, key, change, diff: hunksText(label, bKept, aKept) });
  }
  return out;
}

/** The lines a pattern ignores taken out: the text kept and the lines taken. */
function splitIgnored(text: string, ignore: readonly RegExp[]): [string, string[]] {
  if (ignore.length === 0) return [text, []];
  const kept: string[] = [];
  const taken: string[] = [];
  for (const line of text.split(/(?<=\n)/)) (ignore.some((r) => r.test(line)) ? taken : kept).push(line);
  return [kept.join(''), taken];
}

/** How many ignored lines changed: the larger of the lines only before and the lines only after. */
function changedLines(before: readonly string[], after: readonly string[]): number {
  const left = new Map<string, number>();
  for (const l of before) left.set(l, (left.get(l) ?? 0) + 1);
  let onlyAfter = 0;
  for (const l of after) {
    const n = left.get(l) ?? 0;
    if (n > 0) left.set(l, n - 1);
    else onlyAfter++;
  }
  let onlyBefore = 0;
  for (const n of left.values()) onlyBefore += n;
  return Math.max(onlyBefore, onlyAfter);
}

/** The hunks of the diff, `@@` lines included, no file heads. */
function hunksText(label: string, before: string, after: string): string {
  const { hunks } = trimmedPatch(label, before, after, 3);
  const lines: string[] = [];
  for (const h of hunks) {
    lines.push(
      `@@ -${h.oldLines === 0 ? h.oldStart - 1 : h.oldStart},${h.oldLines} +${h.newLines === 0 ? h.newStart - 1 : h.newStart},${h.newLines} @@`,
    );
    for (let i = 0; i < h.lines.length; i++) {
      const l = h.lines.at(i)!;
      if (!l.startsWith('\\')) lines.push(l);
    }
  }
  return lines.join('\n');
}

/**
 * Every value of a Secret's data and stringData replaced by the first 12 hex
 * digits of its SHA-256 (`<sha256:…>`), a value that changed marked
 * `<changed sha256:…>` on the after side: what changed is seen, never what it is.
 */
function maskSecret(before: Record<string, unknown> | undefined, after: Record<string, unknown> | undefined): void {
  for (const field of ['data', 'stringData']) {
    const b = before?.[field];
    const a = after?.[field];
    const bMap = b && typeof b === 'object' && !Array.isArray(b) ? (b as Record<string, unknown>) : undefined;
    const aMap = a && typeof a === 'object' && !Array.isArray(a) ? (a as Record<string, unknown>) : undefined;
    const text = (v: unknown) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? ''));
    const marked = (v: unknown) => v === '<non-deterministic>';
    if (bMap) for (const k of Object.keys(bMap)) if (!marked(bMap[k])) bMap[k] = `<sha256:${shortHash(text(bMap[k]))}>`;
    if (aMap)
      for (const k of Object.keys(aMap)) {
        if (marked(aMap[k])) continue;
        const hash = `sha256:${shortHash(text(aMap[k]))}`;
        aMap[k] = bMap && k in bMap && bMap[k] !== `<${hash}>` ? `<changed ${hash}>` : `<${hash}>`;
      }
    if (before && b !== undefined && !bMap) before[field] = '<masked>';
    if (after && a !== undefined && !aMap) after[field] = '<masked>';
  }
}

/** Whether a rule of ignoreDifferences covers the object (group from the apiVersion, kind, and name/namespace when given). */
function matches(rule: IgnoreRule, o: RenderedObject): boolean {
  const group = o.apiVersion.includes('/') ? o.apiVersion.slice(0, o.apiVersion.indexOf('/')) : '';
  if ((rule.group ?? '') !== group && rule.group !== '*') return false;
  if (rule.kind !== o.kind && rule.kind !== '*') return false;
  if (rule.name && rule.name !== o.name) return false;
  if (rule.namespace && rule.namespace !== o.namespace) return false;
  return true;
}

/** The paths a rule names: its JSON pointers (RFC 6901), and its jq expressions that are field paths (`.a.b["c"][0][]`). */
function rulePaths(rule: IgnoreRule, unread: string[]): Path[] {
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

function child(node: unknown, key: string | number | typeof ALL): unknown {
  if (typeof key === 'symbol') return undefined;
  if (Array.isArray(node)) return node[Number(key)];
  if (node && typeof node === 'object') return (node as Record<string, unknown>)[String(key)];
  return undefined;
}

/** Deletes what a path names (every item for `*`). */
function removePath(node: unknown, path: Path): void {
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

function hasPath(node: unknown, path: Path): boolean {
  let n = node;
  for (const k of path) {
    if (!n || typeof n !== 'object' || typeof k === 'symbol' || !(String(k) in n)) return false;
    n = child(n, k);
  }
  return true;
}

function setPath(node: unknown, path: Path, value: unknown): void {
  let n = node;
  for (const k of path.slice(0, -1)) n = child(n, k);
  const last = path[path.length - 1];
  if (n && typeof n === 'object' && typeof last !== 'symbol') (n as Record<string, unknown>)[String(last)] = value;
}

/** The leaf paths where two renders of the same input differ. */
function differingLeaves(a: unknown, b: unknown, at: Path): Path[] {
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length) return [at];
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    const out: Path[] = [];
    for (const k of keys) {
      const key = Array.isArray(a) ? Number(k) : k;
      if (!(k in a) || !(k in b)) {
        if (k in a) out.push([...at, key]);
        continue;
      }
      out.push(...differingLeaves(child(a, key), child(b, key), [...at, key]));
    }
    return out;
  }
  return a === b ? [] : [at];
}
