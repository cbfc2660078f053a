import { isAlias, isMap, isScalar, isSeq, parseAllDocuments, parseDocument, Scalar, type Document, type Node } from 'yaml';
import { UserError } from '../errors.ts';
import type { ParseKind } from '../text/parse-cache.ts';
import { yaml11Type, yaml12Type } from './scalars.ts';

/** A parsed YAML file that still knows its text and can turn offsets into lines. */
export interface ParsedYaml {
  file: string;
  text: string;
  doc: Document.Parsed;
  /** True when the text holds no document at all (empty, or only comments). */
  empty: boolean;
  /** Every document of the file, in order (more than one only with `allowMulti`). */
  documents?: Document.Parsed[];
  /** 1-based line of a byte offset (UTF-16 index into `text`). */
  lineAt(offset: number): number;
  /** 1-based line where a node starts, or undefined. */
  lineOf(node: Node | null | undefined): number | undefined;
}

/**
 * Parses one YAML document, keeping line numbers. Syntax errors and duplicate
 * keys are UserErrors naming file:line; several documents are refused unless
 * `allowMulti` (then the first is returned).
 */
export function parseYaml(text: string, file: string, opts: { allowMulti?: boolean } = {}): ParsedYaml {
  // The yaml package's own uniqueKeys check compares each key with every earlier key of its map:
  // 40,000 keys took 15 s. Keys are checked here instead, one set per map (duplicateKey).
  const docs = parseAllDocuments(text, { uniqueKeys: false });
  const list = Array.isArray(docs) ? docs : [];
  const lineAt = lineIndex(text);
  for (const d of list) {
    const err = d.errors[0];
    const dup = err ? undefined : duplicateKey(d.contents);
    if (err) {
      throw new UserError(`invalid YAML: ${err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`, {
        file,
        line: lineAt(err.pos[0]),
        hint: 'fix the YAML syntax',
      });
    }
    if (dup !== undefined) {
      throw new UserError(`duplicate key${keyNear(text, dup)} — YAML keeps only one of them`, {
        file,
        line: lineAt(dup),
        hint: 'remove one of the duplicate keys',
      });
    }
  }
  if (list.length > 1 && !opts.allowMulti) {
    const second = list[1];
    throw new UserError('the file holds more than one YAML document', {
      file,
      line: lineAt(second.range[0]),
      hint: 'keep a single document (no --- separators between documents)',
    });
  }
  // An empty or comments-only file holds no document at all: read it as one empty document (contents null).
  const doc = (list[0] ?? parseDocument(text)) as Document.Parsed;
  return {
    file,
    text,
    doc,
    empty: list.length === 0,
    documents: list,
    lineAt,
    lineOf: (node) => (node?.range ? lineAt(node.range[0]) : undefined),
  };
}

/** parseYaml of a single-document text (BOM stripped), as a kind of parse a ParseCache keeps; the variant is the file. */
export const YAML_DOCUMENT: ParseKind<ParsedYaml> = { name: 'yaml', parse: (text, file) => parseYaml(text, file) };

/** parseYaml of a text that may hold several documents (`allowMulti`), as a ParseCache keeps it. */
export const YAML_DOCUMENTS: ParseKind<ParsedYaml> = {
  name: 'yaml-multi',
  parse: (text, file) => parseYaml(text, file, { allowMulti: true }),
};

/**
 * Offset of the first key that repeats an earlier key of the same mapping, in
 * document order; undefined when there is none. Keys are equal as the yaml
 * package's uniqueKeys check has them: scalars with the same value (`1` and
 * `"1"` differ), other keys only when they are the same node. One set per
 * mapping, and an explicit stack (no recursion), so the work is linear in the
 * nodes and deep nesting cannot overflow the stack. Aliases are not followed:
 * the anchored node is checked where it is written.
 */
export function duplicateKey(root: unknown): number | undefined {
  let first: number | undefined;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        const id = isScalar(key) ? scalarId(key.value) : key;
        if (seen.has(id)) {
          const at = key?.range?.[0] ?? (pair.value as Node | null)?.range?.[0];
          if (at !== undefined && (first === undefined || at < first)) first = at;
        }
        seen.add(id);
        stack.push(pair.key, pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
  return first;
}

/** A scalar's value as a set member: strings are kept apart from numbers and other values with the same text. */
function scalarId(v: unknown): unknown {
  return typeof v === 'string' ? `s:${v}` : v;
}

/** Offset → 1-based line, by binary search over the line starts (built once per text). */
function lineIndex(text: string): (offset: number) => number {
  let starts: number[] | undefined;
  return (offset) => {
    if (!starts) {
      starts = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

function keyNear(text: string, offset: number): string {
  const m = /^[ \t]*(?:- )?["']?([^"':\n]+)["']?\s*:/.exec(
    text.slice(offset, text.indexOf('\n', offset) === -1 ? undefined : text.indexOf('\n', offset)),
  );
  return m ? ` '${m[1].trim()}'` : '';
}

/** The node at a key path in mappings (numbers index sequences), or undefined. */
export function nodeAt(parsed: ParsedYaml, path: readonly (string | number)[]): Node | undefined {
  let node: unknown = parsed.doc.contents;
  for (const key of path) {
    if (isAlias(node)) return undefined;
    if (typeof key === 'number') {
      if (!isSeq(node)) return undefined;
      node = node.items[key];
    } else {
      if (!isMap(node)) return undefined;
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
      node = pair?.value;
    }
  }
  return (node ?? undefined) as Node | undefined;
}

/** A string field read the way Helm reads it; refuses values YAML 1.1 and 1.2 read differently. */
export interface StringField {
  value: string;
  line: number | undefined;
  node: Scalar;
}

/**
 * Reads a scalar meant to be a string (a version, a tag). An unquoted value
 * that YAML would read as a number, boolean or date (`1.10`, `yes`) is a
 * UserError: Helm would see something other than what is written.
 */
export function stringField(parsed: ParsedYaml, path: readonly (string | number)[], label = path.join('.')): StringField | undefined {
  const node = nodeAt(parsed, path);
  if (node === undefined) return undefined;
  const line = parsed.lineOf(node);
  if (!isScalar(node)) throw new UserError(`${label} is not a plain value`, { file: parsed.file, line, hint: 'write it as a string' });
  if (node.value === null && node.type === Scalar.PLAIN && (node.source ?? '') === '') return undefined;
  const source = node.range ? parsed.text.slice(node.range[0], node.range[1]) : String(node.value);
  if (node.type === Scalar.PLAIN) {
    const t11 = yaml11Type(source);
    const t12 = yaml12Type(source);
    if (t11 !== 'str' || t12 !== 'str') {
      const kind = t11 !== 'str' ? t11 : t12;
      throw new UserError(
        `${label}: ${source} is read as a ${kind === 'int' || kind === 'float' ? 'number' : kind}, not the string written`,
        {
          file: parsed.file,
          line,
          hint: `quote it: "${source}"`,
        },
      );
    }
  }
  return { value: String(node.value), line, node };
}

/** The value under `key` in a YAML map node (null: the key is there with no value; undefined: not a map, or no such key). */
export function mapValue(map: unknown, key: string): Node | null | undefined {
  if (!isMap(map)) return undefined;
  const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
  return pair ? (pair.value as Node | null) : undefined;
}

/** A scalar node's value as text; undefined for anything else or an empty scalar. */
export function scalarText(node: unknown): string | undefined {
  return isScalar(node) && node.value !== null && node.value !== undefined ? String(node.value) : undefined;
}
