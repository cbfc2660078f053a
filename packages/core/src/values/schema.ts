import { isDeepStrictEqual } from 'node:util';
import { UserError } from '../errors.ts';
import { nodeAt, parseYaml, type ParsedYaml } from '../yaml/read.ts';
import type { BreakingChange } from './diff.ts';
import { parseJsonAt, stripBom } from '../text/bytes.ts';

type Schema = boolean | Record<string, unknown>;
type Path = (string | number)[];

// Keywords whose larger value is stricter, and whose smaller value is stricter.
const LOWER_BOUNDS = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties', 'minContains'];
const UPPER_BOUNDS = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties', 'maxContains'];
const SUBSCHEMA_MAPS = ['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas'];
const SUBSCHEMA_ONE = [
  'items',
  'additionalItems',
  'contains',
  'propertyNames',
  'not',
  'if',
  'then',
  'else',
  'unevaluatedProperties',
  'unevaluatedItems',
];

/**
 * Parses values.schema.json with line numbers (JSON is YAML, so the YAML
 * reader gives positions and refuses duplicate keys). Invalid JSON is a
 * UserError naming file and line.
 */
export async function parseSchema(text: string, file: string): Promise<{ parsed: ParsedYaml; schema: Schema }> {
  const clean = stripBom(text);
  const schema = (await parseJsonAt(clean, file, 'fix the JSON syntax')) as Schema;
  if (typeof schema !== 'boolean' && (typeof schema !== 'object' || schema === null || Array.isArray(schema)))
    throw new UserError('values.schema.json is not a JSON Schema object', { file, line: 1, hint: 'the top level must be an object' });
  return { parsed: parseYaml(clean, file), schema };
}

/**
 * Lists the ways `head` accepts fewer values.yaml documents than `base`: new
 * required properties, removed properties, narrower `type`, a narrower or new
 * `enum`/`const`, `additionalProperties` closed, tighter bounds or a new
 * pattern, in every nested subschema. Loosening is not reported. The base is
 * read leniently (a broken base schema constrained nothing).
 */
export async function schemaChanges(baseText: string, headText: string, file: string, headValues?: unknown): Promise<BreakingChange[]> {
  let base: Schema;
  try {
    base = JSON.parse(stripBom(baseText)) as Schema;
  } catch {
    base = true;
  }
  const head = await parseSchema(headText, file);
  const out: BreakingChange[] = [];
  compare(base, head.schema, [], head.parsed, file, out, 0, headValues);
  return out;
}

/**
 * `vals` is the head values.yaml at this schema location (undefined where it
 * does not follow): Helm validates the schema against the chart's defaults
 * merged with the user's values, so a property that values.yaml gives a
 * default is newly required without breaking anyone.
 */
function compare(
  b: unknown,
  h: unknown,
  path: Path,
  parsed: ParsedYaml,
  file: string,
  out: BreakingChange[],
  depth: number,
  vals?: unknown,
): void {
  if (depth > 64) return;
  const where = pointer(path);
  const push = (message: string, at: Path = path) =>
    out.push({ file, line: lineOf(parsed, at), key: where, message: `schema ${where}: ${message}` });
  if (h === false) {
    if (b !== false) push('now rejects every value');
    return;
  }
  if (!isObject(h)) return;
  const bo: Record<string, unknown> = isObject(b) ? b : {};
  if (b === false) return;

  const bt = types(bo.type);
  const ht = types(h.type);
  if (ht) {
    // values.yaml's root is always a map to Helm: declaring the root an object narrows nothing.
    const lost = bt ? [...bt].filter((t) => !covers(ht, t)) : path.length === 0 && ht.has('object') ? [] : ['any'];
    if (lost.length > 0) push(`type narrowed from ${bt ? [...bt].join('|') : 'any'} to ${[...ht].join('|')}`, [...path, 'type']);
  }
  if (Array.isArray(h.enum)) {
    const old = Array.isArray(bo.enum) ? bo.enum : undefined;
    const lost = old ? old.filter((v) => !(h.enum as unknown[]).some((x) => isDeepStrictEqual(x, v))) : undefined;
    if (!old) push(`enum ${JSON.stringify(h.enum)} added`, [...path, 'enum']);
    else if (lost && lost.length > 0) push(`enum no longer allows ${lost.map((v) => JSON.stringify(v)).join(', ')}`, [...path, 'enum']);
  }
  if ('const' in h && !('const' in bo && isDeepStrictEqual(bo.const, h.const)))
    push(`const ${JSON.stringify(h.const)} added`, [...path, 'const']);
  const breq = new Set(Array.isArray(bo.required) ? (bo.required as string[]) : []);
  for (const r of Array.isArray(h.required) ? (h.required as string[]) : []) {
    if (!breq.has(r) && !(isObject(vals) && vals[r] !== undefined && vals[r] !== null))
      push(`property ${r} is now required`, [...path, 'required']);
  }
  for (const k of LOWER_BOUNDS) {
    if (typeof h[k] === 'number' && (typeof bo[k] !== 'number' || h[k] > bo[k]))
      push(`${k} raised to ${h[k]}${typeof bo[k] === 'number' ? ` (was ${bo[k]})` : ''}`, [...path, k]);
  }
  for (const k of UPPER_BOUNDS) {
    if (typeof h[k] === 'number' && (typeof bo[k] !== 'number' || h[k] < bo[k]))
      push(`${k} lowered to ${h[k]}${typeof bo[k] === 'number' ? ` (was ${bo[k]})` : ''}`, [...path, k]);
  }
  if (typeof h.pattern === 'string' && h.pattern !== bo.pattern)
    push(`pattern ${JSON.stringify(h.pattern)} ${bo.pattern === undefined ? 'added' : 'changed'}`, [...path, 'pattern']);
  if (h.uniqueItems === true && bo.uniqueItems !== true) push('uniqueItems added', [...path, 'uniqueItems']);

  // additionalProperties: closing it is stricter; an object on both sides is compared as a subschema.
  if (h.additionalProperties === false && bo.additionalProperties !== false)
    push('additionalProperties closed', [...path, 'additionalProperties']);
  else if (isObject(h.additionalProperties))
    compare(bo.additionalProperties ?? true, h.additionalProperties, [...path, 'additionalProperties'], parsed, file, out, depth + 1);

  const bprops = isObject(bo.properties) ? bo.properties : {};
  const hprops = isObject(h.properties) ? h.properties : {};
  for (const name of Object.keys(bprops)) {
    if (!(name in hprops)) push(`property ${name} removed`, [...path, 'properties']);
  }
  for (const group of SUBSCHEMA_MAPS) {
    const hm = h[group];
    if (!isObject(hm)) continue;
    const bm = isObject(bo[group]) ? bo[group] : {};
    for (const [name, sub] of Object.entries(hm)) {
      // A property or definition that is new constrains nothing old values held, unless required (reported above).
      if (!(name in bm)) continue;
      compare(
        bm[name],
        sub,
        [...path, group, name],
        parsed,
        file,
        out,
        depth + 1,
        group === 'properties' && isObject(vals) ? vals[name] : undefined,
      );
    }
  }
  for (const k of SUBSCHEMA_ONE) {
    if (k in h && !Array.isArray(h[k])) {
      const same = k === 'if' || k === 'then' || k === 'else' ? vals : undefined;
      if (k in bo) compare(bo[k], h[k], [...path, k], parsed, file, out, depth + 1, same);
      else if (k === 'not' || k === 'if' || k === 'contains' || k === 'propertyNames') push(`${k} added`, [...path, k]);
      else if (k !== 'then' && k !== 'else') compare(true, h[k], [...path, k], parsed, file, out, depth + 1, same);
    }
  }
  for (const k of ['allOf', 'anyOf', 'oneOf', 'prefixItems']) {
    const ha = h[k];
    if (!Array.isArray(ha)) continue;
    const ba = Array.isArray(bo[k]) ? (bo[k] as unknown[]) : undefined;
    if (!ba) {
      if (k === 'allOf') ha.forEach((s, i) => compare(true, s, [...path, k, i], parsed, file, out, depth + 1, vals));
      else push(`${k} added`, [...path, k]);
      continue;
    }
    ha.forEach((s, i) => {
      const same = k === 'prefixItems' ? undefined : vals;
      if (i < ba.length) compare(ba[i], s, [...path, k, i], parsed, file, out, depth + 1, same);
      else if (k === 'allOf') compare(true, s, [...path, k, i], parsed, file, out, depth + 1, same);
    });
    if ((k === 'anyOf' || k === 'oneOf') && ha.length < ba.length) push(`${k} lost ${ba.length - ha.length} alternative(s)`, [...path, k]);
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function types(t: unknown): Set<string> | undefined {
  if (typeof t === 'string') return new Set([t]);
  if (Array.isArray(t)) return new Set(t.filter((x): x is string => typeof x === 'string'));
  return undefined;
}

/** Whether a head type set still accepts every value of base type `t` (`number` covers `integer`). */
function covers(head: Set<string>, t: string): boolean {
  return head.has(t) || (t === 'integer' && head.has('number'));
}

function pointer(path: Path): string {
  const props: string[] = [];
  for (let i = 0; i < path.length; i++) {
    if (path[i] === 'properties' && i + 1 < path.length) props.push(String(path[++i]));
    else if (path[i] === 'items') props.push('[]');
    else props.push(String(path[i]));
  }
  return props.length === 0 ? '(root)' : props.join('.').replace(/\.\[\]/g, '[]');
}

function lineOf(parsed: ParsedYaml, path: Path): number | undefined {
  for (let i = path.length; i >= 0; i--) {
    const node = nodeAt(parsed, path.slice(0, i));
    const line = node ? parsed.lineOf(node) : undefined;
    if (line) return line;
  }
  return 1;
}
