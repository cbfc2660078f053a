// The values contract's other half of the schema (issue 74, item 3): a key
// the chart's own values.yaml sets that its values.schema.json does not
// declare. A schema that lists an object's properties and leaves one of the
// chart's defaults out documents a chart nobody can check against it; the pull
// request that touches the chart hears it as a warning. A key is declared when
// the schema at its object names it (`properties`), matches it
// (`patternProperties`, compiled with RE2), or gives every other key a schema
// (`additionalProperties: {…}`); an object whose schema lists no properties is
// declared whole, as is anything below `true`, a `$ref` it cannot follow or a
// depth past the bound. A key `additionalProperties: false` refuses is the
// schema's finding (schema-values.ts), not this one.

import { posix } from 'node:path';
import { linearPattern } from '../text/pattern.ts';
import type { ChartValuesFiles } from './chart-drift.ts';
import { isObj, readValuesSource, type Obj } from './values-origin.ts';

/** A key of the chart's values.yaml its schema does not declare. */
export interface UndeclaredKey {
  file: string;
  line: number;
  key: string;
}

/** At most this many undeclared keys are named for one chart. */
const MAX_UNDECLARED = 50;
const MAX_DEPTH = 32;

/** The keys `chart`'s values.yaml (in folder `dir` of the repository) sets that `schema` (parsed) does not declare. */
export function undeclaredKeys(chart: ChartValuesFiles, schema: unknown, dir: string): UndeclaredKey[] {
  if (chart.values === undefined || !isObj(schema)) return [];
  const file = posix.join(dir, chart.folder ?? '', 'values.yaml');
  const { value, origins } = readValuesSource({ file, text: chart.values });
  const out: UndeclaredKey[] = [];
  const visit = (v: Obj, schemas: Obj[], ptr: string, key: string, depth: number) => {
    for (const [k, child] of Object.entries(v)) {
      if (out.length >= MAX_UNDECLARED) return;
      const at = declaredBy(schemas, k, schema, depth);
      const childPtr = `${ptr}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      const childKey = key ? `${key}.${k}` : k;
      if (at === 'undeclared') {
        const o = origins.get(childPtr);
        out.push({ file, line: o?.line ?? 1, key: childKey });
      } else if (at !== 'whole' && isObj(child) && depth < MAX_DEPTH) visit(child, at, childPtr, childKey, depth + 1);
    }
  };
  visit(value, [schema], '', '', 0);
  return out;
}

/** The schemas of key `k` under the object schemas `schemas`: 'whole' when some reads the object whole, 'undeclared' when none names it. */
function declaredBy(schemas: readonly Obj[], k: string, root: Obj, depth: number): Obj[] | 'whole' | 'undeclared' {
  const found: Obj[] = [];
  let lists = false;
  for (const s of expand(schemas, root, depth)) {
    const props = isObj(s.properties) ? s.properties : undefined;
    const patterns = isObj(s.patternProperties) ? s.patternProperties : undefined;
    if (!props && !patterns) {
      // A schema that only combines others (allOf, a $ref) says through them which keys it takes.
      const combines = ['allOf', 'anyOf', 'oneOf', '$ref', 'then', 'else'].some((c) => s[c] !== undefined);
      if (s.additionalProperties === false || (combines && s.additionalProperties === undefined)) continue;
      if (!isObj(s.additionalProperties)) return 'whole';
    }
    lists = true;
    const named = props?.[k];
    if (named !== undefined) found.push(...schemaOf(named));
    for (const [p, sub] of Object.entries(patterns ?? {})) if (matches(p, k)) found.push(...schemaOf(sub));
    if (named === undefined && isObj(s.additionalProperties)) found.push(s.additionalProperties);
    if (s.additionalProperties === true && named === undefined) return 'whole';
  }
  if (found.some((f) => Object.keys(f).length === 0)) return 'whole';
  return found.length > 0 ? found : lists ? 'undeclared' : 'whole';
}

/** A subschema as objects: `true` as an empty schema (anything), `false` as none. */
const schemaOf = (v: unknown): Obj[] => (v === true ? [{}] : isObj(v) ? [v] : []);

/** The schemas with their allOf/anyOf/oneOf branches, then/else, and local $refs followed (bounded). */
function expand(schemas: readonly Obj[], root: Obj, depth: number): Obj[] {
  const out: Obj[] = [];
  const queue = [...schemas];
  let steps = 0;
  while (queue.length > 0 && steps++ < 1_000 && depth < MAX_DEPTH) {
    const s = queue.shift()!;
    out.push(s);
    for (const k of ['allOf', 'anyOf', 'oneOf'])
      for (const b of Array.isArray(s[k]) ? (s[k] as unknown[]) : []) if (isObj(b)) queue.push(b);
    for (const k of ['then', 'else']) if (isObj(s[k])) queue.push(s[k]);
    const ref = typeof s.$ref === 'string' && s.$ref.startsWith('#') ? follow(root, s.$ref) : undefined;
    if (ref) queue.push(ref);
  }
  return out;
}

function follow(root: Obj, ref: string): Obj | undefined {
  let node: unknown = root;
  for (const seg of ref.slice(1).split('/').filter(Boolean)) {
    const key = decodeURIComponent(seg).replace(/~1/g, '/').replace(/~0/g, '~');
    node = isObj(node) ? node[key] : undefined;
  }
  return isObj(node) ? node : undefined;
}

function matches(pattern: string, key: string): boolean {
  try {
    return linearPattern(pattern).test(key);
  } catch {
    // A pattern RE2 refuses is the schema's finding; here it declares what it may.
    return true;
  }
}
