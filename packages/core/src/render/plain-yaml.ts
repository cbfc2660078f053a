// The YAML text of a rendered object, as the yaml package's stringify writes
// it with objects.ts's options (no line folding, a shared object written out
// in full), for objects of the plain shape Kubernetes manifests have: maps,
// lists, integers, booleans, null and strings that need no quotes (or only
// because they spell a number, a boolean or null). The yaml
// package builds a node tree of the data before it prints it; on 600 objects
// that was most of a comparison's cost. Anything else (a string that needs
// quotes, escapes or a block, a float, a key that is no plain word) is the
// yaml package's to write: plainYaml says undefined and the caller asks it.

import { coreNonString } from '../yaml/js-yaml-core.ts';

/**
 * A string the yaml package writes plain, as it is: no indicator first, no
 * `: ` or ` #` inside, no space or `:` last, no line break, and none the core
 * schema would read as null, a boolean or a number (`true`, `1.0`, `0o7`).
 */
const PLAIN = /^[A-Za-z0-9_./=+-][A-Za-z0-9_./:@=+ -]*$/;
const NOT_PLAIN = /: | #|[ :]$|^-(?: |$)|^(?:---|\.\.\.)/;
const plainString = (s: string): boolean => PLAIN.test(s) && !NOT_PLAIN.test(s) && !coreNonString(s);

/** Deeper than this (a cycle through an alias), the yaml package decides. */
const MAX_DEPTH = 64;

/** One scalar's text, or undefined where the yaml package decides. */
function scalar(v: unknown): string | undefined {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return Number.isSafeInteger(v) && !Object.is(v, -0) ? String(v) : undefined;
  // A string the core schema would read as no string (`"0"`, `"true"`, `""`) is double-quoted: it holds no quote or escape.
  if (typeof v === 'string') return plainString(v) ? v : coreNonString(v) ? `"${v}"` : undefined;
  return undefined;
}

/** `{}` or `[]` for an empty collection, the scalar's text for a scalar, undefined for a collection with items (written on its own lines). */
function inline(v: unknown): string | undefined | false {
  if (Array.isArray(v)) return v.length === 0 ? '[]' : false;
  if (v !== null && typeof v === 'object') return Object.keys(v).length === 0 ? '{}' : false;
  return scalar(v);
}

/** An array index as a key (`0`, `17`): a plain object lists these first, in numeric order, whatever order they were set in. */
const isIndex = (k: string): boolean => /^(?:0|[1-9][0-9]{0,9})$/.test(k) && Number(k) < 4294967295;

/**
 * A map's keys in the order objects.ts's sortedKeys copy lists them: the
 * copy is built in sorted order, and a plain object lists index keys first,
 * in numeric order (as Object.keys already gives them), then the others as set.
 */
export function sortedKeyOrder(v: object): string[] {
  const keys = Object.keys(v);
  let indexes = 0;
  while (indexes < keys.length && isIndex(keys[indexes])) indexes++;
  return indexes === 0 ? keys.sort() : [...keys.slice(0, indexes), ...keys.slice(indexes).sort()];
}

/** Lines of a collection with items at `indent`, pushed onto `out` (maps' keys in sortedKeyOrder when `sorted`); false where the yaml package decides. */
function block(v: object, indent: string, depth: number, out: string[], sorted: boolean): boolean {
  if (depth > MAX_DEPTH) return false;
  const inner = `${indent}  `;
  if (Array.isArray(v)) {
    for (const item of v as unknown[]) {
      const text = inline(item);
      if (text === undefined) return false;
      if (text !== false) {
        out.push(`${indent}- ${text}\n`);
        continue;
      }
      // A collection in a list starts on the dash's line: its first line's indentation becomes `- `.
      const first = out.length;
      if (!block(item as object, inner, depth + 1, out, sorted)) return false;
      out[first] = `${indent}- ${out[first].slice(inner.length)}`;
    }
    return true;
  }
  const record = v as Record<string, unknown>;
  for (const key of sorted ? sortedKeyOrder(v) : Object.keys(v)) {
    if (!plainString(key)) return false;
    const value = record[key];
    const text = inline(value);
    if (text === undefined) return false;
    if (text !== false) out.push(`${indent}${key}: ${text}\n`);
    else {
      out.push(`${indent}${key}:\n`);
      if (!block(value as object, inner, depth + 1, out, sorted)) return false;
    }
  }
  return true;
}

/**
 * The yaml package's text of data (as objects.ts's stableYaml asks it), or undefined where that package must write
 * it; `sorted`: the text of the data's sortedKeys copy, written from the data itself without making the copy.
 */
export function plainYaml(v: unknown, sorted = false): string | undefined {
  const text = inline(v);
  if (text === undefined) return undefined;
  if (text !== false) return `${text}\n`;
  const out: string[] = [];
  return block(v as object, '', 0, out, sorted) ? out.join('') : undefined;
}
