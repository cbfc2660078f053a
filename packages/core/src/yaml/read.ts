import { isAlias, isMap, isScalar, isSeq, parseAllDocuments, parseDocument, Scalar, YAMLMap, type Document, type Node } from 'yaml';
import { UserError } from '../errors.ts';
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
  const docs = parseAllDocuments(text, { uniqueKeys: true });
  const list = Array.isArray(docs) ? docs : [];
  const lineAt = lineIndex(text);
  for (const d of list) {
    const err = d.errors[0];
    if (err) {
      const line = lineAt(err.pos[0]);
      const dup = /Map keys must be unique/.test(err.message);
      const msg = dup
        ? `duplicate key${keyNear(text, err.pos[0])} — YAML keeps only one of them`
        : `invalid YAML: ${err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`;
      throw new UserError(msg, { file, line, hint: dup ? 'remove one of the duplicate keys' : 'fix the YAML syntax' });
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
    documents: list as Document.Parsed[],
    lineAt,
    lineOf: (node) => (node?.range ? lineAt(node.range[0]) : undefined),
  };
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
  const m = /^[ \t]*(?:- )?["']?([^"':\n]+)["']?\s*:/.exec(text.slice(offset, text.indexOf('\n', offset) === -1 ? undefined : text.indexOf('\n', offset)));
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
      const pair = (node as YAMLMap).items.find((p) => isScalar(p.key) && String(p.key.value) === key);
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
      throw new UserError(`${label}: ${source} is read as a ${kind === 'int' || kind === 'float' ? 'number' : kind}, not the string written`, {
        file: parsed.file,
        line,
        hint: `quote it: "${source}"`,
      });
    }
  }
  return { value: String(node.value), line, node: node as Scalar };
}
