import { isAlias, isMap, isScalar, isSeq, parseDocument, LineCounter, Scalar, type Node } from 'yaml';
import { parseYaml, type ParsedYaml } from '../yaml/read.ts';

/** A change a chart's users must act on: a removed key, a changed type, a stricter schema. */
export interface BreakingChange {
  /** Workspace-relative file the line belongs to. */
  file: string;
  line?: number;
  /** Dotted key path (`image.pullPolicy`), or a schema location. */
  key: string;
  /** One line, e.g. `key image.pullPolicy removed`. */
  message: string;
}

/** The kind of value a key holds, as a template sees it. */
export type ValueKind = 'map' | 'list' | 'string' | 'number' | 'boolean' | 'null';

/**
 * Compares two values.yaml texts and lists the breaking changes: keys removed
 * (a rename is a removal plus an addition) and values whose kind changed
 * (map ↔ scalar, number → string …). Added keys and new values are not
 * breaking. A value that was null, or becomes null, is a placeholder and may
 * take any kind. Lists are compared as whole values: items are data, not keys.
 * The head text is read strictly (duplicate keys, syntax errors throw a
 * UserError); the base text is read leniently, since the PR cannot fix it.
 */
export function diffValues(baseText: string, headText: string, baseFile: string, headFile: string): BreakingChange[] {
  const base = lenientYaml(baseText);
  if (!base) return [];
  const head = parseYaml(headText.replace(/^\ufeff/, ''), headFile);
  const out: BreakingChange[] = [];
  walk(base.doc.contents as Node | null, head.doc.contents as Node | null, [], base, head, baseFile, headFile, out);
  return out;
}

interface LooseYaml {
  doc: ReturnType<typeof parseDocument>;
  lineOf(node: Node | null | undefined): number | undefined;
}

/** Parses YAML without refusing anything; undefined when it is not YAML at all. */
export function lenientYaml(text: string): LooseYaml | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(text.replace(/^\ufeff/, ''), { lineCounter: lines, uniqueKeys: false });
  if (doc.errors.length > 0) return undefined;
  return { doc, lineOf: (n) => (n?.range ? lines.linePos(n.range[0]).line : undefined) };
}

/** The kind of a parsed node (YAML 1.2 core schema, as the `yaml` package reads it). */
export function kindOf(node: Node | null | undefined): ValueKind {
  if (node === null || node === undefined) return 'null';
  if (isMap(node)) return 'map';
  if (isSeq(node)) return 'list';
  if (isScalar(node)) {
    const v = node.value;
    if (v === null || v === undefined) return 'null';
    if (typeof v === 'number' || typeof v === 'bigint') return 'number';
    if (typeof v === 'boolean') return 'boolean';
    return 'string';
  }
  return 'null';
}

function walk(
  b: Node | null,
  h: Node | null,
  path: string[],
  base: LooseYaml,
  head: ParsedYaml,
  baseFile: string,
  headFile: string,
  out: BreakingChange[],
): void {
  if (isAlias(b) || isAlias(h)) return;
  const bk = kindOf(b);
  const hk = kindOf(h);
  if (bk === 'null' || hk === 'null') return;
  const key = path.join('.');
  if (bk !== hk) {
    out.push({ file: headFile, line: head.lineOf(h), key, message: `key ${key || '(root)'} changed type from ${bk} to ${hk}` });
    return;
  }
  if (bk !== 'map' || !isMap(b) || !isMap(h)) return;
  const headPairs = new Map<string, Node | null>();
  for (const p of h.items) if (isScalar(p.key)) headPairs.set(String(p.key.value), p.value as Node | null);
  for (const p of b.items) {
    if (!isScalar(p.key)) continue;
    const name = String((p.key as Scalar).value);
    const sub = [...path, name];
    if (!headPairs.has(name)) {
      out.push({ file: baseFile, line: base.lineOf(p.key as Node), key: sub.join('.'), message: `key ${sub.join('.')} removed` });
      continue;
    }
    walk(p.value as Node | null, headPairs.get(name) ?? null, sub, base, head, baseFile, headFile, out);
  }
}
