// The target's values against the chart it is promoted to: every key an
// environment's values file sets that the chart version it runs now reads and
// the promoted version no longer reads is reported at the values file's line,
// with the key path and both versions. A chart "reads" a key when its
// values.yaml has it, its values.schema.json allows it, or a template refers
// to it (charts/template-keys.ts). A chart that drops `ingress.enabled` while
// values-prod.yaml sets it would render without it, silently; a promotion
// should say so before it ships. Keys neither version reads are not its
// business (a typo there was ignored before and still is). An umbrella chart's
// subcharts read their keys as Helm hands them over: the parent's `<name>.x`
// (or `<alias>.x`) is the subchart's `.Values.x`, and `global` is every
// chart's; a key only a subchart that could not be read (a remote one not
// vendored) may read is listed as not compared, with why, never passed.

import { isMap, isScalar, type Node } from 'yaml';
import { templateValueKeys } from '../charts/template-keys.ts';
import { stripBom } from '../text/bytes.ts';
import { parseWith, type ParseCache } from '../text/parse-cache.ts';
import { linearPattern } from '../text/pattern.ts';
import { YAML_DOCUMENT, YAML_DOCUMENTS } from '../yaml/read.ts';
import { valuesDefaults } from './diff.ts';

/** The parts of a chart the comparison reads. */
export interface ChartValuesFiles {
  name: string;
  version: string;
  /** values.yaml text (undefined: the chart has none). */
  values?: string;
  /** values.schema.json text (undefined: none). */
  schema?: string;
  /** The chart's folder in the tree it was read from (`charts/api`; an archive's path for a packaged subchart), where its values.yaml and schema are named. */
  folder?: string;
  /** The chart's subcharts, each under the top key of its values that the subchart reads as its own. */
  dependencies: SubchartValues[];
  /** The texts of the chart's own templates (templates/**, helpers included; not its subcharts'). */
  templates?: readonly string[];
  /** The same templates with their paths in the tree read (`charts/api/templates/_helpers.tpl`); the values contract names them. */
  templateFiles?: readonly { path: string; text: string }[];
  /** Key paths Helm itself reads from the chart's values: its dependencies' `condition`s and `tags` (`['tags', 'backend']`). */
  reads?: readonly (readonly string[])[];
}

/** A subchart as its parent vendors it: the parent's `<key>.x` is the subchart's `.Values.x`, and `global` is shared. */
export interface SubchartValues {
  /** The dependency's alias, else its name. */
  key: string;
  /** The subchart's own files and subcharts; undefined when they could not be read (`unread` says why). */
  chart?: ChartValuesFiles;
  unread?: string;
  /** `import-values`: the subchart's values at `child` are defaults of the parent's at `parent` (`[]`: its top level). */
  imports?: readonly { child: readonly string[]; parent: readonly string[] }[];
  /** The dependency's `condition` paths and `tags`: what decides whether Helm renders (and validates) it. */
  enabledBy?: { conditions: readonly (readonly string[])[]; tags: readonly string[] };
}

/** A key the values file sets that the current chart reads and the promoted one no longer does. */
export interface DroppedKey {
  file: string;
  line: number;
  /** Dotted key path, e.g. `ingress.enabled`. */
  key: string;
  message: string;
}

/** A key the values file sets that could not be judged: a subchart that may read it was not read. */
export interface UncomparedKey {
  file: string;
  line: number;
  /** Dotted key path, e.g. `redis`. */
  key: string;
  /** The keys set at and below it, dotted (the key itself when it holds one value); at most MAX_LISTED. */
  keys: string[];
  /** Which chart could not be read, and why. */
  why: string;
}

/** What a promotion's comparison found, for the summary, the PR body and the annotations. */
export interface ValuesDriftReport {
  mode: 'error' | 'warn';
  /** `myapp 4.1.0 → 4.0.0`. */
  chart: string;
  /** Where each version was read: `myapp 4.1.0 from tag myapp-4.1.0; myapp 4.0.0 from oci://…`. */
  where: string;
  findings: DroppedKey[];
  /** Keys the values file sets that were not compared, and why; empty when every key was. */
  notCompared: UncomparedKey[];
  /** Why a chart version could not be read (and what was tried); the values were then not compared. */
  unread?: string;
}

type Schema = boolean | Record<string, unknown>;

/** At most this many keys are listed for one values file. */
const MAX_FINDINGS = 100;
/** At most this many keys are named below one key not compared. */
const MAX_LISTED = 20;

/** A template key path as a tree: `end` when a template reads the value at this path whole. */
interface KeyTree {
  end: boolean;
  next: Map<string, KeyTree>;
}

/** One chart version (or subchart) made ready for the walk: its reading at its root, and its subcharts by key. */
interface Compiled {
  name: string;
  version: string;
  hasSchema: boolean;
  rootSchema: Schema | undefined;
  root: Part;
  subs: Map<string, { chart?: Compiled; unread: string }>;
}

/** Where one chart stands at a key path: what its values, schema and templates say there. */
interface Part {
  chart: Compiled;
  /** At the chart's top level, where `global` and its subcharts' keys are. */
  atRoot: boolean;
  values?: unknown;
  schema?: Schema;
  keys?: KeyTree;
}

/**
 * Where the charts stand at a key path: one of them reads everything below
 * (`whole`), or each part says what its chart reads; `unknown` says why a
 * chart that may read the key could not be read. Undefined: no chart reads it.
 */
interface Reading {
  whole: boolean;
  parts: Part[];
  unknown?: string;
}

const WHOLE: Reading = { whole: true, parts: [] };

function compile(c: ChartValuesFiles): Compiled {
  const keys: KeyTree = { end: false, next: new Map() };
  const paths = [...(c.templates ?? []).flatMap((text) => templateValueKeys(text)), ...(c.reads ?? [])];
  for (const path of paths) {
    let at = keys;
    for (const part of path) {
      let sub = at.next.get(part);
      if (!sub) at.next.set(part, (sub = { end: false, next: new Map() }));
      at = sub;
    }
    at.end = true;
  }
  let values = c.values === undefined ? {} : valuesDefaults(c.values);
  const subs = new Map<string, { chart?: Compiled; unread: string }>();
  for (const d of c.dependencies) {
    const chart = d.chart ? compile(d.chart) : undefined;
    subs.set(d.key, { chart, unread: d.unread ?? `subchart ${d.key} of chart ${c.name} ${c.version} was not read` });
    // Imported values become the parent's defaults: its values.yaml as Helm sees it.
    if (chart) for (const i of d.imports ?? []) values = mergeAt(values, i.parent, valueAt(chart.root.values, i.child));
  }
  const rootSchema = readSchema(c.schema);
  const compiled: Compiled = { name: c.name, version: c.version, hasSchema: c.schema !== undefined, rootSchema, subs, root: undefined! };
  compiled.root = { chart: compiled, atRoot: true, values, schema: rootSchema, keys };
  return compiled;
}

function valueAt(v: unknown, path: readonly string[]): unknown {
  let at = v;
  for (const k of path) at = isObject(at) && Object.prototype.hasOwnProperty.call(at, k) ? at[k] : undefined;
  return at;
}

/** `base` with `add` merged in at `path` (maps key by key; what `base` has wins). */
function mergeAt(base: unknown, path: readonly string[], add: unknown): unknown {
  if (add === undefined) return base;
  if (path.length > 0) {
    const here = isObject(base) ? base : {};
    return { ...here, [path[0]]: mergeAt(here[path[0]], path.slice(1), add) };
  }
  if (!isObject(base) || !isObject(add)) return base === undefined ? add : base;
  const out: Record<string, unknown> = { ...add };
  for (const [k, v] of Object.entries(base)) out[k] = mergeAt(add[k], [], v);
  return out;
}

/** The readings of several charts at one key path taken together. */
function union(list: (Reading | undefined)[]): Reading | undefined {
  const parts: Part[] = [];
  let unknown: string | undefined;
  for (const r of list) {
    if (!r) continue;
    if (r.whole) return WHOLE;
    parts.push(...r.parts);
    unknown ??= r.unknown;
  }
  return parts.length === 0 && unknown === undefined ? undefined : { whole: false, parts, unknown };
}

/** The reading of key `name` below `at`; what could not be read above stays unknown below. */
function child(at: Reading | undefined, name: string): Reading | undefined {
  if (!at) return undefined;
  if (at.whole) return WHOLE;
  const r = union(at.parts.map((p) => partChild(p, name)));
  if (at.unknown === undefined || r?.whole) return r;
  return { whole: false, parts: r?.parts ?? [], unknown: r?.unknown ?? at.unknown };
}

/**
 * A chart's reading of `name` below one part. At its top level, `global` is
 * read by the chart and by every subchart (Helm hands each the parent's
 * globals), and a subchart's key is read by the subchart (its `.Values`) and
 * by the parent's own templates and conditions; the parent's values.yaml and
 * schema there are settings for the subchart, not reads.
 */
function partChild(p: Part, name: string): Reading | undefined {
  const sub = p.atRoot ? p.chart.subs.get(name) : undefined;
  if (p.atRoot && name === 'global')
    return union([
      own(p, name),
      ...[...p.chart.subs.values()].map((s) => (s.chart ? partChild(s.chart.root, name) : { whole: false, parts: [], unknown: s.unread })),
    ]);
  if (!sub) return own(p, name);
  const parent = own({ chart: p.chart, atRoot: false, keys: p.keys }, name);
  return union([parent, sub.chart ? { whole: false, parts: [sub.chart.root] } : { whole: false, parts: [], unknown: sub.unread }]);
}

/** The chart's own reading of `name` below `at`: its values.yaml, its schema, its templates. */
function own(at: Part, name: string): Reading | undefined {
  const next: Part = { chart: at.chart, atRoot: false };
  let read = false;
  if (isObject(at.values) && Object.prototype.hasOwnProperty.call(at.values, name)) {
    read = true;
    const v = at.values[name];
    // An empty map or a null in the chart is a slot for whatever the user puts there; a scalar or a list is one value.
    if (!isObject(v) || Object.keys(v).length === 0) return WHOLE;
    next.values = v;
  }
  if (at.schema !== undefined) {
    const sub = schemaFor(at.schema, name, at.chart.rootSchema);
    if (sub === true) return WHOLE;
    if (sub !== false) {
      read = true;
      // A subschema that says nothing of the keys below allows any: the key is one value to it.
      if (!describesKeys(sub)) return WHOLE;
      next.schema = sub;
    }
  }
  const key = at.keys?.next.get(name);
  if (key) {
    read = true;
    if (key.end) return WHOLE;
    next.keys = key;
  }
  return read ? { whole: false, parts: [next] } : undefined;
}

/** True when a schema object constrains the keys below it (so a key there is checked against it, not taken whole). */
function describesKeys(s: Schema): boolean {
  if (typeof s === 'boolean') return false;
  return ['properties', 'patternProperties', 'additionalProperties', 'allOf', 'anyOf', 'oneOf', '$ref'].some((k) => k in s);
}

/** The chart (or subchart) whose own values hold the key at `path`: each leading key naming a read subchart leads into it. */
function holder(c: Compiled, path: readonly string[]): { chart: Compiled; under: string[] } {
  let chart = c;
  const under: string[] = [];
  for (const k of path.slice(0, -1)) {
    const sub = chart.subs.get(k)?.chart;
    if (!sub) break;
    chart = sub;
    under.push(k);
  }
  return { chart, under };
}

/** Every subchart read below `c`, as `name version`. */
function subchartNames(c: Compiled): string[] {
  return [...c.subs.values()].flatMap((s) => (s.chart ? [`${s.chart.name} ${s.chart.version}`, ...subchartNames(s.chart)] : []));
}

/** Why the promoted version does not read `path`: what of it was looked at. */
function notReadBecause(promoted: Compiled, path: readonly string[]): string {
  const { chart, under } = holder(promoted, path);
  const own = `not in its values.yaml${chart.hasSchema ? ', not allowed by its values.schema.json' : ''}, read by none of its templates`;
  if (under.length > 0) return `subchart ${chart.name} ${chart.version} under ${under.join('.')}: ${own}`;
  const subs = path[0] === 'global' ? subchartNames(promoted) : [];
  return subs.length > 0 ? `${own}, nor by its subcharts ${subs.join(', ')}` : own;
}

/** The keys set at and below `node`, dotted, at most MAX_LISTED. */
function keysBelow(node: Node | null | undefined, path: string[], out: string[] = []): string[] {
  if (!isMap(node) || node.items.length === 0) {
    if (out.length < MAX_LISTED) out.push(path.join('.'));
    return out;
  }
  for (const pair of node.items) if (isScalar(pair.key)) keysBelow(pair.value as Node | null, [...path, String(pair.key.value)], out);
  return out;
}

/**
 * The keys `envText` sets that `current` (the chart version the environment
 * runs now) reads and `promoted` no longer reads, and the keys that could not
 * be judged because a subchart that may read them was not read. A key under a
 * map the chart leaves empty or null (`podAnnotations: {}`) is free-form and
 * read whole; lists are data, not keys. A key under a dependency's name or
 * alias is judged against that subchart (recursively), a key under `global`
 * against the chart and all its subcharts. With the run's `cache`, a values
 * file the run already parsed (a promotion's edited target) is not parsed again.
 */
export function compareValues(
  envText: string,
  envFile: string,
  charts: { current: ChartValuesFiles; promoted: ChartValuesFiles },
  document?: (root: Node | null) => Node | null | undefined,
  cache?: ParseCache,
): { findings: DroppedKey[]; notCompared: UncomparedKey[] } {
  const parsed = parseWith(cache, document === undefined ? YAML_DOCUMENT : YAML_DOCUMENTS, stripBom(envText), envFile);
  const root = document ? document(parsed.doc.contents) : (parsed.doc.contents as Node | null);
  const [was, now] = [compile(charts.current), compile(charts.promoted)];
  const label = (c: ChartValuesFiles) => `chart ${c.name} ${c.version}`;
  const findings: DroppedKey[] = [];
  const notCompared: UncomparedKey[] = [];
  const walk = (node: Node | null | undefined, before: Reading | undefined, after: Reading, path: string[]): void => {
    if (!isMap(node)) return;
    for (const pair of node.items) {
      if (findings.length + notCompared.length >= MAX_FINDINGS) return;
      if (!isScalar(pair.key)) continue;
      const name = String(pair.key.value);
      const sub = [...path, name];
      const [b, a] = [child(before, name), child(after, name)];
      if (a && a.parts.length > 0) {
        if (!a.whole) walk(pair.value as Node | null, b, a, sub);
        continue;
      }
      if (a?.whole) continue;
      // Read by neither version: not what this promotion changes.
      if (!b) continue;
      // The promoted side cannot tell, the current one reads some keys below: which of those are the ones to list.
      if (a && !b.whole && b.parts.length > 0 && isMap(pair.value)) {
        walk(pair.value, b, a, sub);
        continue;
      }
      const key = sub.join('.');
      const line = parsed.lineOf(pair.key) ?? 1;
      // A chart that may read the key was not read: on the promoted side, or (the promoted version does not read it) on the current one.
      const unknown = a?.unknown ?? (b.whole || b.parts.length > 0 ? undefined : b.unknown);
      if (unknown !== undefined) {
        notCompared.push({ file: envFile, line, key, keys: keysBelow(pair.value as Node | null, sub), why: unknown });
        continue;
      }
      findings.push({
        file: envFile,
        line,
        key,
        message: `key ${key} is set here and ${label(charts.current)} reads it, but ${label(charts.promoted)} no longer does (${notReadBecause(now, sub)})`,
      });
    }
  };
  walk(root, { whole: false, parts: [was.root] }, { whole: false, parts: [now.root] }, []);
  return { findings, notCompared };
}

function readSchema(text: string | undefined): Schema | undefined {
  if (text === undefined) return undefined;
  try {
    const s = JSON.parse(stripBom(text)) as unknown;
    return typeof s === 'boolean' || isObject(s) ? s : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The subschema a property `name` is checked against, following local `$ref`s
 * and allOf/anyOf/oneOf: `properties`, a matching `patternProperties`, then
 * `additionalProperties` when it is `true` or a schema. `false` when the
 * schema says nothing that allows the key (an absent additionalProperties
 * allows it in JSON Schema, but says nothing about this chart reading it).
 */
function schemaFor(s: Schema, name: string, root: Schema | undefined, depth = 0): Schema {
  if (s === true) return true;
  if (s === false || depth > 16) return false;
  const resolved = deref(s, root);
  if (resolved !== s) return schemaFor(resolved, name, root, depth + 1);
  const props = resolved.properties;
  if (isObject(props) && Object.prototype.hasOwnProperty.call(props, name)) return props[name] as Schema;
  const patterns = resolved.patternProperties;
  if (isObject(patterns))
    for (const [pattern, sub] of Object.entries(patterns)) {
      try {
        // RE2, as for a CRD's patterns: the chart's schema is the pull request's text, the key its values'.
        if (linearPattern(pattern).test(name)) return sub as Schema;
      } catch {
        // A pattern RE2 cannot read allows nothing here.
      }
    }
  for (const k of ['allOf', 'anyOf', 'oneOf']) {
    const list = resolved[k];
    if (!Array.isArray(list)) continue;
    for (const branch of list) {
      const found = isObject(branch) || typeof branch === 'boolean' ? schemaFor(branch, name, root, depth + 1) : false;
      if (found !== false) return found;
    }
  }
  const extra = resolved.additionalProperties;
  if (extra === true || isObject(extra)) return extra;
  return false;
}

/** A schema's local `$ref` (`#/definitions/x`, `#/$defs/x`) resolved against the root; the schema itself otherwise. */
function deref(s: Record<string, unknown>, root: Schema | undefined): Schema {
  const ref = s.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/') || !isObject(root)) return s;
  let at: unknown = root;
  for (const part of ref.slice(2).split('/')) at = isObject(at) ? at[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  return typeof at === 'boolean' || isObject(at) ? at : s;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
