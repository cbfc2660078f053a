// A shard's result on disk (issue 76, "Past one runner"): what one matrix job of `shard: i/n` decided, written for the
// job that merges them (merge.ts). The file travels as a workflow artifact, so the merge reads it as untrusted
// input: its size bounded before it is read, its JSON checked field by field, nothing in it run or followed.

import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { named, UserError, words } from '../../errors.ts';
import { MAX_SHARDS, parseShard, type Shard } from '../../deploy/shard.ts';

/** The format's name and version, the file's first key: a file of another shape is refused, never guessed at. */
export const SHARD_FORMAT = 'lockstep-check-shard/1';

/** The largest shard file read (a render's diffs of ~400 apps fit in a few MB). */
export const MAX_SHARD_FILE_BYTES = 32 * 1024 * 1024;
/** The most bytes of every shard file together. */
const MAX_SHARD_BYTES = 256 * 1024 * 1024;

/** What a shard's run adds to its result: its share and every environment of the whole matrix, for the merge. */
export interface ShardInfo extends Shard {
  /** Every environment the check may render (each app), before the split, in config order. */
  environments: string[];
  /** The protected ones. */
  protected: string[];
}

/** One shard's file, read and checked; `R` is the check's result (operations/check/run.ts), which this module does not import. */
export interface ShardFileOf<R> {
  /** The file's name, as a refusal names it. */
  file: string;
  shard: ShardInfo;
  result: R;
}

/** What the writer reads of a check's result: its renders, whose rendered objects stay out of the file. */
interface Written {
  rendered?: readonly { after?: unknown }[];
}

/** The file a shard's result is written to when shard-result does not name one. */
export function defaultShardResult(shard: Shard): string {
  return `lockstep-shard-${shard.index}-of-${shard.count}.json`;
}

/** Writes `result` to `path` whole or not at all (a temporary file renamed): a merge never reads half a shard. */
export function writeShardResult(path: string, result: Written & { shard: ShardInfo }): void {
  const { shard, ...rest } = result;
  // The rendered objects stay out (never printed; the guards already judged them): only what the summary says travels.
  const rendered = rest.rendered?.map(({ after: _after, ...r }) => r);
  const text = JSON.stringify({
    format: SHARD_FORMAT,
    shard: `${shard.index}/${shard.count}`,
    environments: shard.environments,
    protected: shard.protected,
    result: { ...rest, ...(rendered ? { rendered } : {}) },
  });
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${text}\n`);
  renameSync(temporary, path);
}

/** Every `*.json` file directly in `dir`, each read and checked; `input` is named in each refusal. */
export function readShardResults<R>(dir: string, input = 'merge-shards'): ShardFileOf<R>[] {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((n) => n.endsWith('.json'))
      .sort();
  } catch {
    throw new UserError(`${dir} is not a folder that can be read`, { input, hint: HINT });
  }
  if (names.length === 0) throw new UserError(`${dir} holds no shard result (*.json)`, { input, hint: HINT });
  if (names.length > MAX_SHARDS) throw new UserError(`${dir} holds ${names.length} files, more than ${MAX_SHARDS} shards`, { input });
  let total = 0;
  return names.map((name) => {
    const path = join(dir, name);
    const st = lstatSync(path);
    if (!st.isFile()) throw new UserError(`${name} is not a regular file`, { input });
    if (st.size > MAX_SHARD_FILE_BYTES)
      throw new UserError(`${name} is ${st.size} bytes, more than a shard result's ${MAX_SHARD_FILE_BYTES}`, { input });
    total += st.size;
    if (total > MAX_SHARD_BYTES) throw new UserError(`the shard results pass ${MAX_SHARD_BYTES} bytes together at ${name}`, { input });
    return parseShardFile<R>(name, readFileSync(path, 'utf8'), input);
  });
}

const HINT = words`download every shard's shard-result into one folder (actions/download-artifact with merge-multiple: true) and give it as ${named('merge-shards')}`;

/** One shard file's text, checked; refused naming `file` when anything in it is not as a shard writes it. */
export function parseShardFile<R>(file: string, text: string, input = 'merge-shards'): ShardFileOf<R> {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new UserError(`${file} is not JSON (a shard's file cut short, or not a shard result)`, { input });
  }
  const bad = (what: string) => new UserError(`${file} is not a shard result: ${what}`, { input });
  if (!isObject(doc) || doc.format !== SHARD_FORMAT) throw bad(`its format is not ${SHARD_FORMAT}`);
  let shard: Shard | undefined;
  try {
    shard = parseShard(typeof doc.shard === 'string' ? doc.shard : undefined);
  } catch {
    shard = undefined;
  }
  if (!shard) throw bad('no shard i/n');
  if (!isStrings(doc.environments) || !isStrings(doc.protected)) throw bad('no environments');
  const why = resultProblem(doc.result);
  if (why) throw bad(why);
  return { file, shard: { ...shard, environments: doc.environments, protected: doc.protected }, result: doc.result as R };
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isString = (v: unknown): v is string => typeof v === 'string';
const optional = (v: unknown, is: (x: unknown) => boolean) => v === undefined || is(v);
const isListOf = (v: unknown, is: (x: unknown) => boolean) => Array.isArray(v) && v.every(is);
const isLine = (v: unknown) => v === undefined || (typeof v === 'number' && Number.isInteger(v) && v >= 0);

function isProblem(v: unknown): boolean {
  return (
    isObject(v) &&
    (v.level === 'error' || v.level === 'warning') &&
    isString(v.file) &&
    isString(v.message) &&
    isLine(v.line) &&
    optional(v.hint, isString)
  );
}

function isChart(v: unknown): boolean {
  const version = (x: unknown) => x === null || isString(x);
  return (
    isObject(v) &&
    isString(v.path) &&
    isString(v.name) &&
    version(v.base) &&
    version(v.head) &&
    isString(v.required) &&
    typeof v.ok === 'boolean' &&
    isListOf(v.problems, isProblem) &&
    isString(v.status) &&
    isStrings(v.reasons)
  );
}

function isChange(v: unknown): boolean {
  return (
    isObject(v) && isString(v.object) && isString(v.key) && ['added', 'removed', 'changed'].includes(v.change as string) && isString(v.diff)
  );
}

function isRender(v: unknown): boolean {
  if (!isObject(v) || !isString(v.environment) || !['rendered', 'failed', 'skipped'].includes(v.status as string)) return false;
  if (!optional(v.message, isString) || !optional(v.what, isString) || !optional(v.helm, isString)) return false;
  if (!optional(v.noHelm, (x) => typeof x === 'boolean') || !optional(v.reached, isStrings)) return false;
  const d = v.diff;
  if (v.status === 'rendered' && !isObject(d)) return false;
  if (d === undefined) return true;
  const counts = isObject(d) ? d.counts : undefined;
  const numbers = (o: Json, keys: string[]) => keys.every((k) => typeof o[k] === 'number');
  return (
    isObject(d) &&
    isObject(counts) &&
    numbers(counts, ['changed', 'added', 'removed']) &&
    numbers(d, ['unchanged', 'ignoredLines', 'nondeterministic', 'appliedOnSync']) &&
    isListOf(d.changes, isChange) &&
    isStrings(d.unread)
  );
}

function isVerdict(v: unknown): boolean {
  return isObject(v) && isString(v.environment) && ['pinned', 'refused', 'not-judged'].includes(v.verdict as string);
}

/** What is wrong with a shard's result, or undefined: each field the merge and the summary read, by its type. */
function resultProblem(r: unknown): string | undefined {
  if (!isObject(r)) return 'no result';
  const range = r.range;
  if (!isObject(range) || !isString(range.base) || !isString(range.head) || !optional(range.mergeBase, isString)) return 'no commits';
  if (typeof r.ok !== 'boolean') return 'no verdict';
  if (!isListOf(r.charts, isChart)) return 'a chart not as a check writes it';
  if (!isListOf(r.protectedProblems, isProblem) || !isStrings(r.protectedFiles)) return 'a protected problem not as a check writes it';
  if (r.pinless !== undefined && !isStrings(r.pinless)) return 'a protected file pinning nothing not as a check writes it';
  for (const key of ['configProblems', 'validation', 'renderProblems'])
    if (!optional(r[key], (x) => isListOf(x, isProblem))) return `${key} not as a check writes it`;
  if (!optional(r.rendered, (x) => isListOf(x, isRender))) return 'a render not as a check writes it';
  if (!optional(r.protectedEnvironments, (x) => isListOf(x, isVerdict))) return 'a protected verdict not as a check writes it';
  const contract = r.valuesContract;
  if (contract !== undefined && !(isObject(contract) && isListOf(contract.problems, isProblem) && isListOf(contract.sections, isSection)))
    return 'a values contract not as a check writes it';
  const change = r.configChange;
  if (
    change !== undefined &&
    !(isObject(change) && isString(change.file) && ['pass', 'fail', 'not-run'].includes(change.verdict as string))
  )
    return 'a config change not as a check writes it';
  return undefined;
}

function isSection(v: unknown): boolean {
  return (
    isObject(v) &&
    isString(v.environment) &&
    (v.mode === 'error' || v.mode === 'warn') &&
    isString(v.chart) &&
    Array.isArray(v.files) &&
    Array.isArray(v.schema) &&
    Array.isArray(v.undeclared)
  );
}
