import { isDeepStrictEqual } from 'node:util';
import { parseTOML, type AST } from 'toml-eslint-parser';
import { parse as parseToml } from 'smol-toml';
import { UserError } from '../errors.ts';
import { frame, lineAt } from '../text/bytes.ts';
import { parseWith, type ParseCache, type ParseKind } from '../text/parse-cache.ts';
import { pep508Pin, setConstraintVersion, type PinOutcome } from './pins.ts';

/** A value in a TOML file with its full key path (tables, dotted keys and inline tables resolved). */
interface Located {
  path: (string | number)[];
  node: AST.TOMLContentNode;
}

/** A parsed TOML body with every value listed by path. */
export interface ParsedToml {
  file: string;
  body: string;
  values: Located[];
  /** Table headers and inline tables, by dotted path, so a missing table can be told from an empty one. */
  tables: Set<string>;
}

// A release reads each package and pin file several times (its version, the check with a stand-in version,
// the planned edit, the dry run's diff), always the same text: with the run's cache it is parsed once. Parses
// are only read, so sharing them is safe.
const TOML_OFFSETS: ParseKind<ParsedToml> = { name: 'toml', parse: (text, file) => parseUncached(text, file) };

/** Parses TOML with offsets; a syntax error is a UserError at file:line. With the run's `cache`, a text parsed before is not parsed again. */
export function parseTomlOffsets(text: string, file: string, cache?: ParseCache): ParsedToml {
  return parseWith(cache, TOML_OFFSETS, text, file);
}

function parseUncached(text: string, file: string): ParsedToml {
  const { body } = frame(text);
  let ast: AST.TOMLProgram;
  try {
    ast = parseTOML(body);
  } catch (e) {
    const line = (e as { lineNumber?: number }).lineNumber;
    throw new UserError(`invalid TOML: ${(e as Error).message.split('\n')[0]}`, { file, line: line ?? 1, hint: 'fix the TOML syntax' });
  }
  const values: Located[] = [];
  const tables = new Set<string>();
  const keyNames = (k: AST.TOMLKey) => k.keys.map((p) => (p.type === 'TOMLBare' ? p.name : p.value));
  const walk = (prefix: (string | number)[], kvs: readonly AST.TOMLKeyValue[]) => {
    for (const kv of kvs) {
      const path = [...prefix, ...keyNames(kv.key)];
      values.push({ path, node: kv.value });
      if (kv.value.type === 'TOMLInlineTable') {
        tables.add(path.join('.'));
        walk(path, kv.value.body);
      }
    }
  };
  for (const item of ast.body[0].body) {
    if (item.type === 'TOMLTable') {
      tables.add(item.resolvedKey.join('.'));
      walk(item.resolvedKey, item.body);
    } else walk([], [item]);
  }
  return { file, body, values, tables };
}

/** The value at a key path, if present. */
export function tomlValueAt(p: ParsedToml, path: readonly (string | number)[]): AST.TOMLContentNode | undefined {
  return p.values.find((v) => v.path.length === path.length && v.path.every((k, i) => k === path[i]))?.node;
}

/** A byte replacement: [start, end) of the body and the new text. */
interface Splice {
  start: number;
  end: number;
  text: string;
  /** Key path and the string it must read back as. */
  path: (string | number)[];
  /** For an array element: the index inside the array at `path`. */
  value: string;
}

/** Replaces a single-line string's content, keeping its quote style. */
function stringSplice(p: ParsedToml, node: AST.TOMLContentNode, path: (string | number)[], value: string, what: string): Splice {
  if (node.type !== 'TOMLValue' || node.kind !== 'string')
    throw new UserError(`${what} is not a string`, {
      file: p.file,
      line: lineAt(p.body, node.range[0]),
      hint: 'write it as a quoted string, e.g. "1.2.3"',
    });
  const raw = p.body.slice(node.range[0], node.range[1]);
  if (raw.startsWith('"""') || raw.startsWith("'''"))
    throw new UserError(`${what} is a multi-line string`, {
      file: p.file,
      line: lineAt(p.body, node.range[0]),
      hint: 'write it on one line',
    });
  if (node.style === 'literal' && value.includes("'"))
    throw new UserError(`${what}: '${value}' cannot be written as a literal string`, { file: p.file, line: lineAt(p.body, node.range[0]) });
  const inner = node.style === 'basic' ? value.replace(/\\/g, '\\\\').replace(/"/g, '\\"') : value;
  return { start: node.range[0] + 1, end: node.range[1] - 1, text: inner, path, value };
}

/**
 * Applies splices to the body and proves with smol-toml that only the
 * intended values changed (the data before with the new values put in must
 * equal the data after). A BOM is kept.
 */
function applySplices(text: string, p: ParsedToml, splices: Splice[]): string {
  if (splices.length === 0) return text;
  const { bom, body } = frame(text);
  let out = body;
  for (const s of [...splices].sort((a, b) => b.start - a.start)) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  const expected = parseToml(body) as Record<string, unknown>;
  for (const s of splices) setIn(expected, s.path, s.value);
  let after: unknown;
  try {
    after = parseToml(out);
  } catch (e) {
    throw new Error(`${p.file}: the TOML edit produced invalid TOML (${(e as Error).message.split('\n')[0]}); nothing was written`, {
      cause: e,
    });
  }
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(expected)), JSON.parse(JSON.stringify(after))))
    throw new Error(`${p.file}: the TOML edit changed more than ${splices.map((s) => s.path.join('.')).join(', ')}; nothing was written`);
  return bom + out;
}

function setIn(obj: Record<string, unknown>, path: readonly (string | number)[], value: string): void {
  let cur: Record<string | number, unknown> = obj;
  for (const k of path.slice(0, -1)) cur = cur[k] as Record<string | number, unknown>;
  cur[path[path.length - 1]] = value;
}

/** Version keys a pyproject.toml may carry. */
const VERSION_PATHS = [
  ['project', 'version'],
  ['tool', 'poetry', 'version'],
];

/**
 * Sets the package's own version in a pyproject.toml: `[project] version`
 * and `[tool.poetry] version`, whichever exist (both when both do). A file
 * with neither is a UserError naming it. `cache` holds the run's parses.
 */
export function setPyprojectVersion(text: string, file: string, version: string, cache?: ParseCache): string {
  const p = parseTomlOffsets(text, file, cache);
  const splices: Splice[] = [];
  for (const path of VERSION_PATHS) {
    const node = tomlValueAt(p, path);
    if (node) splices.push(stringSplice(p, node, path, version, `${path.join('.')}`));
  }
  if (splices.length === 0)
    throw new UserError('no [project] version or [tool.poetry] version to set', {
      file,
      line: 1,
      hint: 'add version = "0.0.0" under [project] or [tool.poetry], or remove the file from packages',
    });
  return applySplices(
    text,
    p,
    splices.filter((s) => p.body.slice(s.start, s.end) !== s.text),
  );
}

/** A pin that was set (or found already set) in a file. */
export interface PinChange {
  name: string;
  from: string;
  to: string;
}

/** Normalised package name (PEP 503): case and runs of `-_.` do not matter. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/**
 * Sets dependency pins to `version` in the TOML table `table` (dotted path):
 * Poetry tables (`liba = "1.4.2"`, `"^1.4.2"` keeps its operator,
 * `{ version = "…", extras = […] }`) and PEP 621 arrays of requirement
 * strings (`dependencies = ["liba==1.4.2"]`). Path, git and url dependencies
 * are left alone. A table that does not exist is a UserError. `cache` holds
 * the run's parses.
 */
export function setTomlPins(
  text: string,
  file: string,
  table: string,
  names: readonly string[],
  version: string,
  tableLine?: { file?: string; line?: number },
  cache?: ParseCache,
): { text: string; changes: PinChange[] } {
  const p = parseTomlOffsets(text, file, cache);
  const tablePath = splitDotted(table);
  const wanted = new Set(names.map(normalizeName));
  const splices: Splice[] = [];
  const changes: PinChange[] = [];
  const arr = tomlValueAt(p, tablePath);
  const note = (name: string, outcome: PinOutcome | undefined, s?: Splice) => {
    if (!outcome) return;
    changes.push({ name, from: outcome.from, to: outcome.to });
    if (s && outcome.from !== outcome.to) splices.push(s);
  };
  if (arr && arr.type === 'TOMLArray') {
    arr.elements.forEach((el, i) => {
      if (el.type !== 'TOMLValue' || el.kind !== 'string') return;
      const pin = pep508Pin(el.value, version);
      if (!pin || !wanted.has(normalizeName(pin.name))) return;
      const s = stringSplice(p, el, [...tablePath, i], pin.text, `${table}[${i}]`);
      note(pin.name, pin, s);
    });
  } else if (p.tables.has(tablePath.join('.')) || tablePath.join('.') === '') {
    for (const v of p.values) {
      if (v.path.length !== tablePath.length + 1 || !tablePath.every((k, i) => v.path[i] === k)) continue;
      const name = String(v.path[tablePath.length]);
      if (!wanted.has(normalizeName(name))) continue;
      let node: AST.TOMLContentNode | undefined = v.node;
      let path = v.path;
      if (node.type === 'TOMLInlineTable') {
        path = [...v.path, 'version'];
        node = tomlValueAt(p, path);
        if (!node) continue; // a path, git or url dependency: nothing to pin
      }
      if (node.type !== 'TOMLValue' || node.kind !== 'string') continue;
      const set = setConstraintVersion(node.value, version);
      if (!set)
        throw new UserError(`${name} = "${node.value}" is not a single version constraint to pin`, {
          file,
          line: lineAt(p.body, node.range[0]),
          hint: `write it as "${version}" or "^${version}"`,
        });
      note(name, { name, from: node.value, to: set, text: set }, stringSplice(p, node, path, set, name));
    }
  } else {
    throw new UserError(`pin table '${table}' does not exist in ${file}`, {
      file: tableLine?.file ?? file,
      line: tableLine?.line ?? (tableLine?.file ? undefined : 1),
      hint: `fix pins.table in the config, or add [${table}] to ${file}`,
    });
  }
  return { text: applySplices(text, p, splices), changes };
}

/** Splits `tool.poetry.group.prod.dependencies` (quoted parts allowed: `tool."my.key"`). */
export function splitDotted(path: string): string[] {
  const out: string[] = [];
  const re = /\s*(?:"([^"]*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*(?:\.|$)/y;
  let m: RegExpExecArray | null;
  while (re.lastIndex < path.length && (m = re.exec(path))) out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}
