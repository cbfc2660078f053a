// The target's values against the chart it is promoted to: every key an
// environment's values file sets that the chart no longer reads — absent from
// its values.yaml and not allowed by its values.schema.json — is reported at
// the values file's line, with the key path and the chart version. A chart
// that drops `ingress.enabled` while values-prod.yaml sets it would render
// without it, silently; a promotion should say so before it ships.

import { isMap, isScalar, type Node } from 'yaml';
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
}

/** A key the values file sets that the chart no longer has. */
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
  /** `myapp 2.0.0`. */
  chart: string;
  /** Where the chart was read: `charts/myapp at the base branch main`, `oci://…`. */
  where: string;
  findings: DroppedKey[];
  /** Why the chart could not be read; the values were then not compared. */
  unread?: string;
}

type Schema = boolean | Record<string, unknown>;

/** At most this many keys are listed for one values file. */
const MAX_FINDINGS = 100;

/**
 * The keys `envText` sets that `chart` has neither in its values.yaml nor
 * allows in its values.schema.json. A key under a map the chart leaves empty
 * or null (`podAnnotations: {}`), under `global`, or under a dependency's
 * name is free-form and never reported; lists are data, not keys. With the
 * run's `cache`, a values file the run already parsed (a promotion's edited
 * target) is not parsed again.
 */
export function droppedKeys(
  envText: string,
  envFile: string,
  chart: ChartValuesFiles,
  document?: (root: Node | null) => Node | null | undefined,
  cache?: ParseCache,
): DroppedKey[] {
  const parsed = parseWith(cache, document === undefined ? YAML_DOCUMENT : YAML_DOCUMENTS, stripBom(envText), envFile);
  const root = document ? document(parsed.doc.contents) : (parsed.doc.contents as Node | null);
  const defaults = chart.values === undefined ? {} : valuesDefaults(chart.values);
  const schema = readSchema(chart.schema);
  const free = new Set(['global', ...chart.dependencies]);
  const out: DroppedKey[] = [];
  const walk = (node: Node | null | undefined, chartValue: unknown, sch: Schema | undefined, path: string[]): void => {
    if (!isMap(node)) return;
    for (const pair of node.items) {
      if (out.length >= MAX_FINDINGS) return;
      if (!isScalar(pair.key)) continue;
      const name = String(pair.key.value);
      if (path.length === 0 && free.has(name)) continue;
      const sub = [...path, name];
      const inValues = isObject(chartValue) && Object.prototype.hasOwnProperty.call(chartValue, name);
      const subSchema = sch === undefined ? undefined : schemaFor(sch, name, schema);
      if (inValues) {
        const v = chartValue[name];
        // An empty map or a null in the chart is a slot for whatever the user puts there.
        if (v === null || (isObject(v) && Object.keys(v).length === 0)) continue;
        walk(pair.value as Node | null, v, subSchema, sub);
        continue;
      }
      if (subSchema !== undefined && subSchema !== false) continue;
      const key = sub.join('.');
      out.push({
        file: envFile,
        line: parsed.lineOf(pair.key) ?? 1,
        key,
        message: `key ${key} is set here, but chart ${chart.name} ${chart.version} no longer has it (not in its values.yaml${schema === undefined ? '' : ', not allowed by its values.schema.json'})`,
      });
    }
  };
  walk(root, defaults, schema, []);
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
