// A chart's values.schema.json compiled as the Helm that installs it reads
// it, with bounded work. The file comes with the pull request: it may be
// huge, nested past any stack, loop through its $refs, name a $ref on the
// network or the disk (both Helm 3.17 and 4.1 fetch and read those), or hold
// a pattern that backtracks. lockstep fetches and reads nothing a schema
// names, compiles patterns with RE2 (Go's syntax, as Helm compiles them), and
// turns each of those into one finding at the schema's line.
//
// Drafts, as measured with the Helm binaries: Helm 3 (gojsonschema) reads
// every schema as draft 7 (drafts 4 and 6 alike; a 2019-09 or 2020-12 `$schema`
// gets draft 7's keywords, `prefixItems` is ignored). Helm 4
// (santhosh-tekuri/jsonschema) honours `$schema` — draft 4, 6, 7, 2019-09,
// 2020-12 — and reads a schema without one as 2020-12. `format` is not judged
// here (Helm 3 asserts it, Helm 4 only for drafts 4 to 7).

import { Ajv, type ErrorObject, type Options } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parseYaml, type ParsedYaml } from '../yaml/read.ts';
import { parseJsonAt, stripBom } from '../text/bytes.ts';
import { isAlias, isMap, isScalar, isSeq, type Node } from 'yaml';
import { PatternSyntaxError, RE2_ENGINE } from '../text/pattern.ts';
import { UserError } from '../errors.ts';
import { MAX_SCHEMA_BYTES } from './schema-size.ts';

/** The deepest nesting of objects and arrays judged. */
export const MAX_SCHEMA_DEPTH = 64;
/** The most objects (subschemas and the rest) one schema may hold. */
const MAX_SCHEMA_NODES = 200_000;

/** The schema file read as YAML for its lines, on first use. */
type Lines = () => ParsedYaml;

/** A compiled schema: the values' errors (none when they pass), and where a schema path is written. */
export interface CompiledSchema {
  validate(values: unknown): readonly ErrorObject[];
  /** The schema file's line of a schema path (`#/properties/image/type`), else 1. */
  lineOf(schemaPath: string): number;
  /** Which reading: `draft-07`, `2019-09` or `2020-12`. */
  draft: string;
  /** The schema as parsed (undeclared keys are read from it). */
  schema: unknown;
}

/** Why a schema could not be judged, at its line. */
export interface SchemaRefusal {
  line: number;
  message: string;
}

const DRAFT_OF: Record<string, string> = {
  'draft-04': 'draft-07',
  'draft-06': 'draft-07',
  'draft-07': 'draft-07',
  '2019-09': '2019-09',
  '2020-12': '2020-12',
};

/** The reading Helm `helm` gives a schema that says `$schema` (see the file's head). */
export function draftOf(schema: unknown, helm: 3 | 4): string {
  if (helm === 3) return 'draft-07';
  const declared = typeof schema === 'object' && schema !== null ? (schema as { $schema?: unknown }).$schema : undefined;
  const m = typeof declared === 'string' ? /(draft-0[467]|20(?:19-09|20-12))/.exec(declared) : null;
  return m ? DRAFT_OF[m[1]] : '2020-12';
}

/** The schema `text` (the file `file`) compiled for Helm `helm`, or why it cannot be judged. Invalid JSON is a UserError at its line. */
export async function compileSchema(text: string, file: string, helm: 3 | 4): Promise<CompiledSchema | SchemaRefusal> {
  if (text.length > MAX_SCHEMA_BYTES)
    return { line: 1, message: `${text.length} bytes, more than the ${MAX_SCHEMA_BYTES} lockstep judges in a values.schema.json` };
  const deep = depthPast(text, MAX_SCHEMA_DEPTH);
  if (deep !== undefined) return { line: deep, message: `nested deeper than ${MAX_SCHEMA_DEPTH} levels, more than lockstep judges` };
  const clean = stripBom(text);
  const schema = await parseJsonAt(clean, file, 'fix the JSON syntax');
  if (typeof schema !== 'boolean' && (typeof schema !== 'object' || schema === null || Array.isArray(schema)))
    throw new UserError('values.schema.json is not a JSON Schema object', { file, line: 1, hint: 'the top level must be an object' });
  // Lines are read (JSON as YAML) only when a finding needs one: most schemas pass.
  let yaml: ParsedYaml | undefined;
  const parsed = () => (yaml ??= parseYaml(clean, file));
  const walked = walk(parsed, schema);
  if ('message' in walked) return walked;
  const draft = draftOf(schema, helm);
  const copy = draft === 'draft-07' ? asDraft7(structuredClone(schema)) : structuredClone(schema);
  if (typeof copy === 'object' && copy !== null) delete (copy as { $schema?: unknown }).$schema;
  const options: Options = { allErrors: true, strict: false, validateSchema: false, validateFormats: false, logger: false };
  options.code = { regExp: RE2_ENGINE };
  const ajv = draft === '2020-12' ? new Ajv2020(options) : draft === '2019-09' ? new Ajv2019(options) : new Ajv(options);
  let fn: ReturnType<typeof ajv.compile>;
  try {
    fn = ajv.compile(copy as object);
  } catch (e) {
    if (e instanceof PatternSyntaxError) return { line: lineOfString(parsed, e.pattern), message: e.message };
    if (e instanceof RangeError) return { line: 1, message: 'its subschemas refer to each other too deeply to compile' };
    if (e instanceof UserError) throw e;
    return { line: 1, message: `it does not compile as JSON Schema ${draft}: ${(e as Error).message.split('\n')[0]}` };
  }
  const lineOf = (schemaPath: string) => lineAt(parsed, schemaPath);
  return {
    validate: (values) => {
      try {
        return fn(values) ? [] : (fn.errors ?? []);
      } catch (e) {
        if (!(e instanceof RangeError)) throw e;
        return [
          { instancePath: '', schemaPath: '#', keyword: 'schema', params: {}, message: 'the schema recurses past what lockstep evaluates' },
        ];
      }
    },
    lineOf,
    draft,
    schema,
  };
}

/** The line where the nesting of `{`/`[` (outside strings) first passes `max`, or undefined. */
function depthPast(text: string, max: number): number | undefined {
  let depth = 0;
  let line = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > max) return line;
    } else if (c === 125 || c === 93) depth--;
  }
  return undefined;
}

/** Every `$ref` checked (a local one only: nothing is fetched or read), its chains checked for a loop, the objects counted. */
function walk(parsed: Lines, schema: unknown): { ok: true } | SchemaRefusal {
  const refs: { path: string[]; ref: string }[] = [];
  const stack: [unknown, string[]][] = [[schema, []]];
  let count = 0;
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (++count > MAX_SCHEMA_NODES)
      return { line: lineAtPath(parsed, path), message: `more than ${MAX_SCHEMA_NODES} objects, more than lockstep judges` };
    if (Array.isArray(node)) node.forEach((v, i) => stack.push([v, [...path, String(i)]]));
    else
      for (const [k, v] of Object.entries(node)) {
        if ((k === '$ref' || k === '$dynamicRef' || k === '$recursiveRef') && typeof v === 'string')
          refs.push({ path: [...path, k], ref: v });
        stack.push([v, [...path, k]]);
      }
  }
  for (const { path, ref } of refs) {
    if (!ref.startsWith('#'))
      return {
        line: lineAtPath(parsed, path),
        message: `${path[path.length - 1]} ${ref} is outside the file: Helm would fetch or read it when installing; lockstep reads nothing a schema names`,
      };
  }
  // Every $ref in a loop of $refs only; the first written is named.
  let loop: SchemaRefusal | undefined;
  for (const { path, ref } of refs) {
    const seen = new Set<string>([ref]);
    for (let at = ref; ;) {
      const target = resolvePointer(schema, at);
      const next = target && typeof target === 'object' ? (target as { $ref?: unknown }).$ref : undefined;
      if (typeof next !== 'string' || !next.startsWith('#')) break;
      if (seen.has(next)) {
        const line = lineAtPath(parsed, path);
        if (!loop || line < loop.line) loop = { line, message: `$ref ${ref} loops back to itself through $refs only` };
        break;
      }
      seen.add(next);
      at = next;
    }
  }
  if (loop) return loop;
  return { ok: true };
}

const unescape = (s: string) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~');

function resolvePointer(schema: unknown, ref: string): unknown {
  let node = schema;
  for (const seg of ref.slice(1).split('/').filter(Boolean).map(unescape)) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[seg];
  }
  return node;
}

/** Draft 4's boolean exclusiveMinimum/exclusiveMaximum as draft 6 writes them (Helm reads draft 4 schemas). */
function asDraft7(schema: unknown): unknown {
  const stack = [schema];
  while (stack.length > 0) {
    const n = stack.pop();
    if (typeof n !== 'object' || n === null) continue;
    if (!Array.isArray(n)) {
      const o = n as Record<string, unknown>;
      for (const [flag, bound] of [
        ['exclusiveMinimum', 'minimum'],
        ['exclusiveMaximum', 'maximum'],
      ] as const)
        if (typeof o[flag] === 'boolean') {
          if (o[flag] === true && typeof o[bound] === 'number') [o[flag], o[bound]] = [o[bound], undefined];
          else delete o[flag];
          if (o[bound] === undefined) delete o[bound];
        }
    }
    stack.push(...(Object.values(n) as unknown[]));
  }
  return schema;
}

/** The node at a path of keys (a number-like key indexes a list). */
function nodeAtPath(parsed: ParsedYaml, path: readonly string[]): Node | undefined {
  let node: unknown = parsed.doc.contents;
  for (const key of path) {
    if (isAlias(node)) return undefined;
    if (isSeq(node)) node = node.items[Number(key)];
    else if (isMap(node)) node = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key)?.value;
    else return undefined;
  }
  return (node ?? undefined) as Node | undefined;
}

/** The line of the deepest node on `path` the file has. */
function lineAtPath(lines: Lines, path: readonly string[]): number {
  const parsed = lines();
  for (let n = path.length; n >= 0; n--) {
    const line = parsed.lineOf(nodeAtPath(parsed, path.slice(0, n)));
    if (line !== undefined) return line;
  }
  return 1;
}

/** The line of an ajv schema path (`#/properties/a/type`). */
function lineAt(parsed: Lines, schemaPath: string): number {
  return lineAtPath(parsed, schemaPath.replace(/^#/, '').split('/').filter(Boolean).map(unescape));
}

/** The line of the first string in the schema equal to `s` (a pattern RE2 refused), else 1. */
function lineOfString(lines: Lines, s: string): number {
  const parsed = lines();
  const at = parsed.text.indexOf(JSON.stringify(s).slice(1, -1));
  return at >= 0 ? parsed.lineAt(at) : 1;
}
