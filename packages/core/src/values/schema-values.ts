// The values contract's schema (issue 74, item 3): what Helm refuses before it
// renders. Helm coalesces the chart's values.yaml under the environment's
// values (values-origin.ts), hands each subchart its part with `global`, and
// validates every chart that has a values.schema.json against its merged
// values: a chart whose schema the merged values violate is not installed.
// Each violation is said at the line of the values file that wrote the key
// (the environment's, or the chart's own values.yaml when it is the chart's
// default that fails), in the schema's words, with the schema's line.

import { posix } from 'node:path';
import type { ErrorObject } from 'ajv';
import type { ChartValuesFiles, SubchartValues } from './chart-drift.ts';
import type { CompiledSchema, SchemaRefusal } from './schema-compile.ts';
import {
  addOrigins,
  coalesceUnder,
  escapePointer,
  getOwn,
  isObj,
  mergeOver,
  originOf,
  readValuesSource,
  setInto,
  setOwn,
  type Obj,
  type Origin,
  type Origins,
  type ValuesSource,
} from './values-origin.ts';

/** One thing a chart's schema refuses in the merged values, or why the schema could not be judged. */
export interface SchemaFinding {
  file: string;
  line: number;
  /** The key's dotted path in the chart's values (`image.tag`), `` for the values as a whole. */
  key: string;
  message: string;
  /** True when the schema itself could not be judged (too large, a remote $ref, a loop): nothing was checked. */
  unjudged?: boolean;
}

/** At most this many findings are named for one environment. */
export const MAX_SCHEMA_FINDINGS = 100;

/**
 * What each schema of `chart` (and of its subcharts) refuses in the chart's values coalesced under `sources` (in
 * Helm's order), as Helm `helm` reads the schema. `dir` is the chart's folder in the repository, where its own
 * files are named. A values source that is not YAML is a UserError at its line.
 */
export async function schemaFindings(
  chart: ChartValuesFiles,
  sources: readonly ValuesSource[],
  dir: string,
  helm: 3 | 4 = 3,
  compiled: SchemaCache = new Map(),
): Promise<SchemaFinding[]> {
  if (!hasSchema(chart)) return [];
  const values: Obj = {};
  const origins: Origins = new Map();
  for (const s of sources) {
    const read = readValuesSource(s);
    if (s.set) setInto(values, s.set);
    else mergeOver(values, read.value);
    addOrigins(origins, read.origins);
  }
  const out: SchemaFinding[] = [];
  const run: Run = { dir, helm, out, compiled, tags: {} };
  coalesceTree(chart, values, '', origins, run);
  await judgeTree(chart, values, '', origins, run);
  return out.slice(0, MAX_SCHEMA_FINDINGS);
}

/** ajv and its drafts (schema-compile.ts, ~370 KiB of bundle), loaded for the first chart that has a values.schema.json. */
const compiler = () => import('./schema-compile.ts');

/** Schemas compiled in one run, by Helm major and text: environments of one chart compile its schema once. */
export type SchemaCache = Map<string, Promise<CompiledSchema | SchemaRefusal>>;

/** Whether the chart or a subchart it vendors has a values.schema.json (else Helm validates nothing). */
function hasSchema(chart: ChartValuesFiles): boolean {
  return chart.schema !== undefined || chart.dependencies.some((d) => d.chart !== undefined && hasSchema(d.chart));
}

interface Run {
  compiled: SchemaCache;
  /** The top chart's merged `tags`: a dependency's tags are read there, whatever level declares it. */
  tags: Obj;
  dir: string;
  helm: 3 | 4;
  out: SchemaFinding[];
}

/**
 * The chart's defaults coalesced under `values` (in place), then each subchart Helm keeps given its part: the parent's
 * globals over its own, then its defaults under it (Helm coalesces the whole tree before it validates any chart). Each
 * default's origin is added where no source of higher precedence wrote the key.
 */
function coalesceTree(chart: ChartValuesFiles, values: Obj, prefix: string, origins: Origins, run: Run): void {
  const setIfAbsent = (p: string, o: Origin) => {
    if (!origins.has(p)) origins.set(p, o);
  };
  if (chart.values !== undefined) {
    const defaults = readValuesSource({ file: posix.join(run.dir, chart.folder ?? '', 'values.yaml'), text: chart.values });
    coalesceUnder(values, defaults.value);
    for (const [p, o] of defaults.origins) setIfAbsent(prefix + p, o);
  }
  if (prefix === '' && isObj(values.tags)) run.tags = values.tags;
  const globals = isObj(values.global) ? values.global : {};
  for (const dep of chart.dependencies) {
    if (!dep.chart || !enabled(dep, values, run.tags)) continue;
    if (!isObj(getOwn(values, dep.key))) setOwn(values, dep.key, {});
    const part = values[dep.key] as Obj;
    // Helm gives every subchart a `global` (`{}` at least), the parent's copied over the subchart's own.
    part.global = mergeOver(isObj(part.global) ? part.global : {}, structuredClone(globals));
    const at = `${prefix}/${escapePointer(dep.key)}`;
    for (const [p, o] of [...origins])
      if (p === `${prefix}/global` || p.startsWith(`${prefix}/global/`)) setIfAbsent(at + p.slice(prefix.length), o);
    coalesceTree(dep.chart, part, at, origins, run);
  }
}

/** Each schema of the tree Helm keeps judged against its chart's part of the coalesced values. */
async function judgeTree(chart: ChartValuesFiles, values: Obj, prefix: string, origins: Origins, run: Run): Promise<void> {
  const folder = posix.join(run.dir, chart.folder ?? '');
  if (chart.schema !== undefined) await judgeSchema(chart, values, origins, posix.join(folder, 'values.schema.json'), prefix, run);
  for (const dep of chart.dependencies)
    if (dep.chart && enabled(dep, values, run.tags) && isObj(getOwn(values, dep.key)))
      await judgeTree(dep.chart, values[dep.key] as Obj, `${prefix}/${escapePointer(dep.key)}`, origins, run);
}

async function judgeSchema(chart: ChartValuesFiles, values: Obj, origins: Origins, schemaFile: string, prefix: string, run: Run) {
  const cacheKey = `${run.helm}\0${schemaFile}\0${chart.schema!}`;
  let compiling = run.compiled.get(cacheKey);
  if (!compiling) run.compiled.set(cacheKey, (compiling = compiler().then((c) => c.compileSchema(chart.schema!, schemaFile, run.helm))));
  const compiled = await compiling;
  const keyPrefix = pointerKey(prefix);
  if ('message' in compiled) {
    run.out.push({
      file: schemaFile,
      line: compiled.line,
      key: keyPrefix,
      message: `chart ${chart.name}'s values.schema.json cannot be judged: ${compiled.message}`,
      unjudged: true,
    });
    return;
  }
  for (const e of compiled.validate(values)) {
    if (run.out.length >= MAX_SCHEMA_FINDINGS) return;
    // ajv says an `if` failed besides what its `then` or `else` refused: said once.
    if (e.keyword === 'if') continue;
    const ptr = errorPointer(e);
    const schemaLine = compiled.lineOf(e.schemaPath);
    // What no values file wrote (a key Helm adds, a required key nobody sets) is said at the schema's line.
    const where = originOf(origins, prefix + ptr) ?? { file: schemaFile, line: schemaLine };
    const key = [keyPrefix, pointerKey(ptr)].filter(Boolean).join('.');
    const said = `${schemaFile}:${schemaLine}`;
    run.out.push({
      file: where.file,
      line: where.line,
      key,
      message: `${key || 'the values'} ${words(e)} (${said}, read as JSON Schema ${compiled.draft})`,
    });
  }
}

/**
 * Whether Helm keeps a dependency (and validates its schema): the first of its `condition` paths the parent's values
 * hold as a boolean decides; else its `tags`, any of them true in the top chart's `tags` keeping it, all false dropping
 * it; else it is kept.
 */
function enabled(dep: SubchartValues, values: Obj, tags: Obj): boolean {
  for (const path of dep.enabledBy?.conditions ?? []) {
    let v: unknown = values;
    for (const k of path) v = isObj(v) ? v[k] : undefined;
    if (typeof v === 'boolean') return v;
  }
  const set = (dep.enabledBy?.tags ?? []).map((t) => tags[t]).filter((v): v is boolean => typeof v === 'boolean');
  return set.length === 0 || set.some((v) => v);
}

/** The pointer an error is about: the missing or extra property below the object it names. */
function errorPointer(e: ErrorObject): string {
  const p = e.params as { missingProperty?: unknown; additionalProperty?: unknown; unevaluatedProperty?: unknown };
  const extra = p.missingProperty ?? p.additionalProperty ?? p.unevaluatedProperty;
  return typeof extra === 'string' ? `${e.instancePath}/${escapePointer(extra)}` : e.instancePath;
}

/** `/image/tag` as `image.tag`; `/args/0` as `args[0]`. */
function pointerKey(ptr: string): string {
  let out = '';
  for (const raw of ptr.split('/').slice(1)) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    out += /^\d+$/.test(seg) ? `[${seg}]` : out === '' ? seg : `.${seg}`;
  }
  return out;
}

/** The schema's words for one error. */
function words(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
    case 'dependencies':
    case 'dependentRequired':
      return 'is required, but the values do not set it';
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return `is not a key the schema allows (${e.keyword}: false)`;
    case 'enum':
      return `${e.message} ${JSON.stringify(p.allowedValues)}`;
    case 'const':
      return `${e.message} ${JSON.stringify(p.allowedValue)}`;
    default:
      return e.message ?? `fails ${e.keyword}`;
  }
}
