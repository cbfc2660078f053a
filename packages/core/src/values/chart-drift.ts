// The target's values against the chart it is promoted to: every key an
// environment's values file sets that the chart version it runs now reads and
// the promoted version no longer reads is reported at the values file's line,
// with the key path and both versions. A chart "reads" a key when its
// values.yaml has it, its values.schema.json allows it, or a template refers
// to it (charts/template-keys.ts). A chart that drops `ingress.enabled` while
// values-prod.yaml sets it would render without it, silently; a promotion
// should say so before it ships. Keys neither version reads are not its
// business (a typo there was ignored before and still is).

import { isMap, isScalar, type Node } from 'yaml';
import { templateValueKeys } from '../charts/template-keys.ts';
import { stripBom } from '../text/bytes.ts';
import { parseWith, type ParseCache } from '../text/parse-cache.ts';
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
  /** Names and aliases of the chart's dependencies: their values live under these top keys. */
  dependencies: string[];
  /** The texts of the chart's own templates (templates/**, helpers included; not its subcharts'). */
  templates?: readonly string[];
}

/** A key the values file sets that the current chart reads and the promoted one no longer does. */
export interface DroppedKey {
  file: string;
  line: number;
  /** Dotted key path, e.g. `ingress.enabled`. */
  key: string;
  message: string;
}

/** What a promotion's comparison found, for the summary, the PR body and the annotations. */
export interface ValuesDriftReport {
  mode: 'error' | 'warn';
  /** `myapp 4.1.0 → 4.0.0`. */
  chart: string;
  /** Where each version was read: `myapp 4.1.0 from tag myapp-4.1.0; myapp 4.0.0 from oci://…`. */
  where: string;
  findings: DroppedKey[];
  /** Why a chart version could not be read (and what was tried); the values were then not compared. */
  unread?: string;
}

type Schema = boolean | Record<string, unknown>;

/** At most this many keys are listed for one values file. */
const MAX_FINDINGS = 100;

/** A template key path as a tree: `end` when a template reads the value at this path whole. */
interface KeyTree {
  end: boolean;
  next: Map<string, KeyTree>;
}

/** Where one chart stands at a key path: it reads everything below (`whole`), or what its values, schema and templates say. */
interface Reading {
  whole: boolean;
  values?: unknown;
  schema?: Schema;
  keys?: KeyTree;
}

/** What one chart version reads, walked key by key along the values file. */
class ChartReads {
  private readonly rootSchema: Schema | undefined;
  private readonly free: Set<string>;
  readonly root: Reading;

  constructor(chart: ChartValuesFiles) {
    this.rootSchema = readSchema(chart.schema);
    this.free = new Set(['global', ...chart.dependencies]);
    const keys: KeyTree = { end: false, next: new Map() };
    for (const text of chart.templates ?? [])
      for (const path of templateValueKeys(text)) {
        let at = keys;
        for (const part of path) {
          let sub = at.next.get(part);
          if (!sub) at.next.set(part, (sub = { end: false, next: new Map() }));
          at = sub;
        }
        at.end = true;
      }
    this.root = { whole: false, values: chart.values === undefined ? {} : valuesDefaults(chart.values), schema: this.rootSchema, keys };
  }

  /** The reading of key `name` under `at`, or undefined when this chart does not read it. */
  child(at: Reading | undefined, name: string): Reading | undefined {
    if (!at) return undefined;
    if (at.whole || (at === this.root && this.free.has(name))) return WHOLE;
    const next: Reading = { whole: false };
    let read = false;
    if (isObject(at.values) && Object.prototype.hasOwnProperty.call(at.values, name)) {
      read = true;
      const v = at.values[name];
      // An empty map or a null in the chart is a slot for whatever the user puts there; a scalar or a list is one value.
      if (!isObject(v) || Object.keys(v).length === 0) return WHOLE;
      next.values = v;
    }
    if (at.schema !== undefined) {
      const sub = schemaFor(at.schema, name, this.rootSchema);
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
    return read ? next : undefined;
  }
}

const WHOLE: Reading = { whole: true };

/** True when a schema object constrains the keys below it (so a key there is checked against it, not taken whole). */
function describesKeys(s: Schema): boolean {
  if (typeof s === 'boolean') return false;
  return ['properties', 'patternProperties', 'additionalProperties', 'allOf', 'anyOf', 'oneOf', '$ref'].some((k) => k in s);
}

/**
 * The keys `envText` sets that `current` (the chart version the environment
 * runs now) reads and `promoted` no longer reads. A key under a map the
 * chart leaves empty or null (`podAnnotations: {}`), under `global`, or
 * under a dependency's name is free-form and read whole; lists are data, not
 * keys. With the run's `cache`, a values file the run already parsed (a
 * promotion's edited target) is not parsed again.
 */
export function droppedKeys(
  envText: string,
  envFile: string,
  charts: { current: ChartValuesFiles; promoted: ChartValuesFiles },
  document?: (root: Node | null) => Node | null | undefined,
  cache?: ParseCache,
): DroppedKey[] {
  const parsed = parseWith(cache, document === undefined ? YAML_DOCUMENT : YAML_DOCUMENTS, stripBom(envText), envFile);
  const root = document ? document(parsed.doc.contents) : (parsed.doc.contents as Node | null);
  const [was, now] = [new ChartReads(charts.current), new ChartReads(charts.promoted)];
  const label = (c: ChartValuesFiles) => `chart ${c.name} ${c.version}`;
  const out: DroppedKey[] = [];
  const walk = (node: Node | null | undefined, before: Reading | undefined, after: Reading, path: string[]): void => {
    if (!isMap(node)) return;
    for (const pair of node.items) {
      if (out.length >= MAX_FINDINGS) return;
      if (!isScalar(pair.key)) continue;
      const name = String(pair.key.value);
      const sub = [...path, name];
      const [b, a] = [was.child(before, name), now.child(after, name)];
      if (a) {
        if (!a.whole) walk(pair.value as Node | null, b, a, sub);
        continue;
      }
      // Read by neither version: not what this promotion changes.
      if (!b) continue;
      const key = sub.join('.');
      out.push({
        file: envFile,
        line: parsed.lineOf(pair.key) ?? 1,
        key,
        message: `key ${key} is set here and ${label(charts.current)} reads it, but ${label(charts.promoted)} no longer does (not in its values.yaml${charts.promoted.schema === undefined ? '' : ', not allowed by its values.schema.json'}, read by none of its templates)`,
      });
    }
  };
  walk(root, was.root, now.root, []);
  return out;
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
        if (new RegExp(pattern, 'u').test(name)) return sub as Schema;
      } catch {
        // A pattern JavaScript cannot read allows nothing here.
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
