import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AjvModule, { type ValidateFunction } from 'ajv';

/**
 * GitHub's OpenAPI description (npm `@octokit/openapi`, dereferenced, OpenAPI 3.0)
 * reduced to what the double needs: every path template with its methods (to
 * tell an undeclared route from an unimplemented one) and the full schemas of
 * the operations the double serves. The reduced copy is cached on disk, keyed
 * by the package version and the operation list, because parsing the ~70 MB
 * description costs about a second per test file.
 */

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Schema = { [k: string]: Json };

/** One parameter of an OpenAPI 3.0 operation. */
interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  'x-multi-segment'?: boolean;
  schema?: Json;
}

/** The parts of an OpenAPI 3.0 operation the double reads. */
interface OpenApiOperation {
  parameters?: OpenApiParameter[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Json } | undefined> };
  responses?: Record<string, { content?: Record<string, { schema?: Json } | undefined> }>;
  servers?: { url: string }[];
}

/** One declared parameter of an operation (path or query). */
export interface ParamSpec {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  multiSegment: boolean;
  schema: Schema;
}

/** The parts of one operation the double validates against. */
export interface OperationSpec {
  parameters: ParamSpec[];
  /** `raw`: the declared body is bytes (`application/octet-stream`, an upload), not JSON. */
  body?: { required: boolean; schema?: Schema; raw?: boolean };
  /** status → JSON schema of the body (null: no JSON body declared). */
  responses: Record<string, Schema | null>;
  /** The operation's description names another server (an upload: `https://uploads.github.com`). */
  server?: string;
}

interface Subset {
  version: string;
  /** path template → methods (lower case) declared for it. */
  paths: Record<string, string[]>;
  /** multi-segment parameter names per template (`x-multi-segment`). */
  multiSegment: Record<string, string[]>;
  operations: Record<string, OperationSpec>;
  /** Sub-schemas shared by several places (users, repositories…), referenced as `DEFS_ID#/definitions/<name>`. */
  defs: Record<string, Schema>;
}

/** The `$id` under which the shared definitions are registered with ajv. */
const DEFS_ID = 'https://lockstep.invalid/github-double/defs.json';

/** Calls `fn` on each direct sub-schema position of `s`; `fn` returns the replacement. */
function mapSubschemas(s: Schema, fn: (sub: Json) => Json): Schema {
  const out: Schema = { ...s };
  const isObj = (v: Json | undefined): v is Schema => v !== null && typeof v === 'object' && !Array.isArray(v);
  for (const k of ['properties', 'patternProperties'] as const) {
    const v = s[k];
    if (isObj(v)) out[k] = Object.fromEntries(Object.entries(v).map(([p, ps]) => [p, fn(ps)]));
  }
  for (const k of ['items', 'additionalProperties', 'not'] as const) {
    const v = s[k];
    if (isObj(v)) out[k] = fn(v);
    else if (k === 'items' && Array.isArray(v)) out[k] = v.map(fn);
  }
  for (const k of ['allOf', 'anyOf', 'oneOf'] as const) {
    const v = s[k];
    if (Array.isArray(v)) out[k] = v.map(fn);
  }
  return out;
}

/**
 * The dereferenced description repeats the same big sub-schemas (a user, a
 * repository) dozens of times per operation; ajv would compile every copy.
 * Sub-schemas that occur more than once and are not tiny become shared
 * definitions, so each is compiled once per process for all operations.
 */
function hoistShared(operations: Record<string, OperationSpec>): Record<string, Schema> {
  const counts = new Map<string, number>();
  const count = (s: Json): void => {
    if (s === null || typeof s !== 'object' || Array.isArray(s)) return;
    const key = JSON.stringify(s);
    if (key.length >= 200) counts.set(key, (counts.get(key) ?? 0) + 1);
    mapSubschemas(s, (sub) => (count(sub), sub));
  };
  const roots = (op: OperationSpec) => [op.body?.schema, ...Object.values(op.responses)].filter((x): x is Schema => !!x);
  for (const op of Object.values(operations)) for (const r of roots(op)) count(r);
  const defs: Record<string, Schema> = {};
  const names = new Map<string, string>();
  const hoist = (s: Json): Json => {
    if (s === null || typeof s !== 'object' || Array.isArray(s)) return s;
    const key = JSON.stringify(s);
    if ((counts.get(key) ?? 0) < 2) return mapSubschemas(s, hoist);
    let name = names.get(key);
    if (!name) {
      name = `d${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;
      names.set(key, name);
      defs[name] = mapSubschemas(s, hoist);
    }
    return { $ref: `${DEFS_ID}#/definitions/${name}` };
  };
  for (const op of Object.values(operations)) {
    if (op.body?.schema) op.body.schema = hoist(op.body.schema) as Schema;
    for (const [status, schema] of Object.entries(op.responses)) if (schema) op.responses[status] = hoist(schema) as Schema;
  }
  return defs;
}

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const repoRoot = join(here, '..', '..', '..');

function openapiFile(name: string): string {
  const pkg = require.resolve('@octokit/openapi/package.json', { paths: [join(repoRoot, 'action-tests'), repoRoot] });
  return join(dirname(pkg), name);
}

/** Makes an OpenAPI 3.0 schema acceptable to ajv: `nullable` becomes a null type, doc-only keywords go. */
export function toJsonSchema(s: Json): Json {
  if (Array.isArray(s)) return s.map(toJsonSchema);
  if (s === null || typeof s !== 'object') return s;
  const out: Schema = {};
  for (const [k, v] of Object.entries(s)) {
    if (k === 'description' || k === 'example' || k === 'examples' || k === 'title' || k === 'nullable' || k.startsWith('x-')) continue;
    if (k === 'properties' && v && typeof v === 'object' && !Array.isArray(v)) {
      out.properties = Object.fromEntries(Object.entries(v).map(([p, ps]) => [p, toJsonSchema(ps)]));
    } else out[k] = toJsonSchema(v);
  }
  if (s.nullable === true) {
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
      return out;
    }
    return { anyOf: [out, { type: 'null' }] };
  }
  return out;
}

function extract(ops: readonly string[], version: string): Subset {
  const doc = JSON.parse(readFileSync(openapiFile('generated/api.github.com.deref.json'), 'utf8')) as {
    paths: Record<string, Record<string, OpenApiOperation>>;
  };
  const paths: Subset['paths'] = {};
  const multiSegment: Subset['multiSegment'] = {};
  for (const [template, item] of Object.entries(doc.paths)) {
    paths[template] = Object.keys(item).filter((m) => ['get', 'post', 'put', 'patch', 'delete', 'head'].includes(m));
    const multi = new Set<string>();
    for (const m of paths[template]) for (const p of item[m].parameters ?? []) if (p['x-multi-segment']) multi.add(p.name);
    if (multi.size) multiSegment[template] = [...multi];
  }
  const operations: Subset['operations'] = {};
  for (const key of ops) {
    const [method, template] = key.split(' ') as [string, string];
    const op = doc.paths[template]?.[method.toLowerCase()];
    if (!op) throw new Error(`github-double: ${key} is not in @octokit/openapi ${version}`);
    const parameters: ParamSpec[] = (op.parameters ?? [])
      .filter((p): p is OpenApiParameter & { in: ParamSpec['in'] } => p.in === 'path' || p.in === 'query')
      .map((p) => ({
        name: p.name,
        in: p.in,
        required: p.required === true,
        multiSegment: p['x-multi-segment'] === true,
        schema: toJsonSchema(p.schema ?? {}) as Schema,
      }));
    const body = op.requestBody
      ? {
          required: op.requestBody.required === true,
          schema: op.requestBody.content?.['application/json']?.schema
            ? (toJsonSchema(op.requestBody.content['application/json'].schema) as Schema)
            : undefined,
          ...(op.requestBody.content?.['application/octet-stream'] ? { raw: true } : {}),
        }
      : undefined;
    const responses: OperationSpec['responses'] = {};
    for (const [status, r] of Object.entries(op.responses ?? {})) {
      const schema = r.content?.['application/json']?.schema;
      responses[status] = schema ? (toJsonSchema(schema) as Schema) : null;
    }
    operations[key] = { parameters, body, responses, ...(op.servers?.[0] ? { server: op.servers[0].url } : {}) };
  }
  const defs = hoistShared(operations);
  return { version, paths, multiSegment, operations, defs };
}

let loaded: { key: string; subset: Subset; ms: number; fromCache: boolean } | undefined;

/** Loads (from the disk cache when possible) the subset for `ops`; `ms` is how long that took. */
export function loadSubset(ops: readonly string[]): { subset: Subset; ms: number; fromCache: boolean } {
  const version = (JSON.parse(readFileSync(openapiFile('package.json'), 'utf8')) as { version: string }).version;
  // The key covers this file too: a change to the extraction must not reuse an old subset.
  const self = readFileSync(fileURLToPath(import.meta.url), 'utf8');
  const key = createHash('sha256')
    .update(JSON.stringify([version, self, [...ops].sort()]))
    .digest('hex')
    .slice(0, 16);
  if (loaded?.key === key) return { subset: loaded.subset, ms: 0, fromCache: true };
  const start = performance.now();
  const cacheDir = join(repoRoot, 'node_modules', '.cache', 'lockstep-github-double');
  const cacheFile = join(cacheDir, `openapi-${version}-${key}.json`);
  let subset: Subset | undefined;
  let fromCache = false;
  if (existsSync(cacheFile)) {
    try {
      subset = JSON.parse(readFileSync(cacheFile, 'utf8')) as Subset;
      fromCache = true;
    } catch {
      subset = undefined; // a torn or foreign file: rebuild it below
    }
  }
  if (!subset) {
    subset = extract(ops, version);
    mkdirSync(cacheDir, { recursive: true });
    // Two jest workers may build it at once: write aside, then rename (atomic on one file system).
    const tmp = `${cacheFile}.${process.pid}.${Date.now()}.tmp`;
    writeFileSync(tmp, JSON.stringify(subset));
    renameSync(tmp, cacheFile);
    // Subsets of older versions of this file or package are dead weight now.
    for (const f of readdirSync(cacheDir))
      if (f.startsWith('openapi-') && f.endsWith('.json') && join(cacheDir, f) !== cacheFile) rmSync(join(cacheDir, f), { force: true });
  }
  const ms = performance.now() - start;
  loaded = { key, subset, ms, fromCache };
  return { subset, ms, fromCache };
}

/** A request path matched to a declared template. */
export interface RouteMatch {
  template: string;
  params: Record<string, string>;
}

/**
 * Finds the declared template for `pathname` (raw, still percent-encoded).
 * Literal segments beat parameters; an `x-multi-segment` parameter in last
 * position may absorb several segments (git refs like `heads/feature/x`).
 */
export function matchRoute(subset: Subset, pathname: string): RouteMatch | undefined {
  const segs = pathname.split('/').slice(1);
  let best: { m: RouteMatch; literals: number } | undefined;
  for (const template of Object.keys(subset.paths)) {
    const t = template.split('/').slice(1);
    const multi = subset.multiSegment[template] ?? [];
    const last = t[t.length - 1] ?? '';
    const lastMulti = /^\{(.+)\}$/.test(last) && multi.includes(last.slice(1, -1));
    if (t.length !== segs.length && !(lastMulti && segs.length > t.length)) continue;
    const params: Record<string, string> = {};
    let literals = 0;
    let ok = true;
    for (let i = 0; i < t.length && ok; i++) {
      const ts = t[i];
      const isParam = /^\{.+\}$/.test(ts);
      if (isParam) {
        const raw = i === t.length - 1 && lastMulti ? segs.slice(i).join('/') : segs[i];
        if (raw === '') ok = false;
        else
          try {
            params[ts.slice(1, -1)] = decodeURIComponent(raw);
          } catch {
            ok = false;
          }
      } else if (ts === segs[i]) literals++;
      else ok = false;
    }
    if (ok && (!best || literals > best.literals)) best = { m: { template, params }, literals };
  }
  return best?.m;
}

const Ajv = (AjvModule as unknown as { default?: typeof AjvModule }).default ?? AjvModule;
type AjvInstance = InstanceType<typeof AjvModule>;

function makeAjv(coerce: boolean): AjvInstance {
  const ajv = new Ajv({
    strict: false,
    allErrors: false,
    inlineRefs: false,
    code: { optimize: false },
    coerceTypes: coerce ? 'array' : false,
    validateFormats: true,
  });
  const dateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
  ajv.addFormat('date-time', (s: string) => dateTime.test(s) && !Number.isNaN(Date.parse(s)));
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('email', /^[^\s@]+@[^\s@]+$/);
  for (const f of ['uri-template', 'int64', 'int32', 'double', 'timestamp', 'repo.nwo', 'binary']) ajv.addFormat(f, true);
  return ajv;
}

let strictAjv: AjvInstance | undefined;
let coercingAjv: AjvInstance | undefined;
const compiled = new Map<string, ValidateFunction>();

function ajvFor(coerce: boolean): AjvInstance {
  if (coerce) return (coercingAjv ??= makeAjv(true));
  if (!strictAjv) {
    strictAjv = makeAjv(false);
    strictAjv.addSchema({ $id: DEFS_ID, definitions: loaded?.subset.defs ?? {} });
  }
  return strictAjv;
}

/** Compiles (once per process) and runs a schema; returns a one-line problem or undefined. */
export function check(cacheKey: string, schema: Schema, data: unknown, coerce = false): string | undefined {
  let validate = compiled.get(cacheKey);
  if (!validate) {
    const ajv = ajvFor(coerce);
    validate = ajv.compile(schema);
    compiled.set(cacheKey, validate);
  }
  if (validate(data)) return undefined;
  const e = validate.errors?.[0];
  return e ? `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}${e.params ? ` ${JSON.stringify(e.params)}` : ''}` : 'is invalid';
}
