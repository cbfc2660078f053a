import { isAlias, isMap, isScalar, isSeq, parseDocument, LineCounter, type Scalar, YAMLMap, type Document, type Node } from 'yaml';
import { parseYaml, type ParsedYaml } from '../yaml/read.ts';
import { yaml11Type } from '../yaml/scalars.ts';
import { stripBom } from '../text/bytes.ts';

/** A change a chart's users must act on: a removed key, a changed type, a stricter schema. */
export interface BreakingChange {
  /** Workspace-relative file the line belongs to. */
  file: string;
  line?: number;
  /** Dotted key path (`image.pullPolicy`), or a schema location. */
  key: string;
  /** One line, e.g. `key image.pullPolicy removed`. */
  message: string;
  /** 'base' when `line` is a line of the base version of the file (a removed key has no line at the head). */
  side?: 'base';
}

/** The kind of value a key holds, as a template sees it. */
export type ValueKind = 'map' | 'list' | 'string' | 'number' | 'boolean' | 'null';

/**
 * Compares two values.yaml texts and lists the breaking changes: keys removed
 * (a rename is a removal plus an addition) and values whose kind changed
 * (map ↔ scalar, number → string …). Added keys and new values are not
 * breaking. A value that was null, or becomes null, is a placeholder and may
 * take any kind (a map with keys set to null loses them). Lists are compared
 * as whole values: items are data, not keys.
 * The head text is read strictly (duplicate keys, syntax errors throw a
 * UserError); the base text is read leniently, since the PR cannot fix it.
 */
export function diffValues(baseText: string, headText: string, baseFile: string, headFile: string): BreakingChange[] {
  const base = lenientYaml(baseText);
  if (!base) return [];
  const head = parseYaml(stripBom(headText), headFile);
  const out: BreakingChange[] = [];
  // An empty values.yaml (or none) removes every key: the root is not a null placeholder.
  const headRoot = (head.doc.contents as Node | null) ?? (isMap(base.doc.contents) ? new YAMLMap() : null);
  walk(base.doc.contents, headRoot, [], { base, head, baseFile, headFile, out, seen: new WeakMap() });
  return out;
}

interface LooseYaml {
  doc: ReturnType<typeof parseDocument>;
  lineOf(node: Node | null | undefined): number | undefined;
}

/** Parses YAML without refusing anything; undefined when it is not YAML at all. */
export function lenientYaml(text: string): LooseYaml | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(stripBom(text), { lineCounter: lines, uniqueKeys: false });
  if (doc.errors.length > 0) return undefined;
  return { doc, lineOf: (n) => (n?.range ? lines.linePos(n.range[0]).line : undefined) };
}

/**
 * values.yaml as the plain object Helm starts from (aliases and `<<` merges
 * resolved); undefined when the text is not YAML.
 */
export function valuesDefaults(text: string): unknown {
  try {
    const doc = parseDocument(stripBom(text), { uniqueKeys: false, merge: true });
    return doc.errors.length > 0 ? undefined : doc.toJS({ maxAliasCount: -1 });
  } catch {
    return undefined;
  }
}

/** The kind of a parsed node (YAML 1.2 core schema, as the `yaml` package reads it). */
export function kindOf(node: Node | null | undefined): ValueKind {
  if (node === null || node === undefined) return 'null';
  if (isMap(node)) return 'map';
  if (isSeq(node)) return 'list';
  if (isScalar(node)) {
    // Helm reads values as YAML 1.1: an unquoted `yes`/`on` is a boolean, `0755` a number.
    if (node.type === 'PLAIN' && typeof node.source === 'string') {
      const t = yaml11Type(node.source);
      return t === 'bool' ? 'boolean' : t === 'int' || t === 'float' ? 'number' : t === 'null' ? 'null' : 'string';
    }
    const v = node.value;
    if (v === null || v === undefined) return 'null';
    if (typeof v === 'number' || typeof v === 'bigint') return 'number';
    if (typeof v === 'boolean') return 'boolean';
    return 'string';
  }
  return 'null';
}

/** One diff's fixed context: both sides, their file names, the findings and the node pairs already cleared. */
interface Walk {
  base: LooseYaml;
  head: ParsedYaml;
  baseFile: string;
  headFile: string;
  out: BreakingChange[];
  seen: WeakMap<Node, WeakSet<Node>>;
}

/** At most this many breaking changes are listed for one values file (an alias bomb would list billions). */
const MAX_FINDINGS = 200;

function walk(b: Node | null, h: Node | null, path: string[], w: Walk): void {
  const { base, head, out, seen } = w;
  // Aliases stand for the anchored node, as Helm reads them.
  b = deref(b, base.doc);
  h = deref(h, head.doc);
  // Through aliases one pair of nodes is reached by many paths (9^9 in a billion-laughs file). A pair
  // known to hold no breaking change is not walked again, and the findings stop at a cap, so the time is
  // bounded while a change under a shared anchor is still reported at every path that uses it.
  if (out.length >= MAX_FINDINGS) return;
  if (b && h && seen.get(b)?.has(h)) return;
  const found = out.length;
  walkPair(b, h, path, w);
  if (b && h && out.length === found) {
    const pairs = seen.get(b) ?? new WeakSet<Node>();
    pairs.add(h);
    seen.set(b, pairs);
  }
}

/** The breaking changes between two resolved nodes and below them (walk's body). */
function walkPair(b: Node | null, h: Node | null, path: string[], w: Walk): void {
  const { base, head, baseFile, headFile, out } = w;
  const bk = kindOf(b);
  let hk = kindOf(h);
  // A map emptied to null takes its keys away (`.Values.image.repository` no longer resolves).
  if (bk === 'map' && hk === 'null') {
    h = new YAMLMap();
    hk = 'map';
  }
  if (bk === 'null' || hk === 'null') return;
  const key = path.join('.');
  if (bk === 'number' && hk === 'string' && quotesTheNumber(b as Scalar, h as Scalar)) return;
  if (bk !== hk) {
    out.push({ file: headFile, line: head.lineOf(h), key, message: `key ${key || '(root)'} changed type from ${bk} to ${hk}` });
    return;
  }
  if (bk !== 'map' || !isMap(b) || !isMap(h)) return;
  const headPairs = pairsOf(h, head.doc);
  for (const [name, p] of pairsOf(b, base.doc)) {
    const sub = [...path, name];
    if (!headPairs.has(name)) {
      out.push({ file: baseFile, line: base.lineOf(p.key), key: sub.join('.'), message: `key ${sub.join('.')} removed`, side: 'base' });
      continue;
    }
    walk(p.value, headPairs.get(name)!.value, sub, w);
  }
}

/**
 * True when a string value spells the number it replaces: its source text
 * (`tag: 1.10` → `tag: "1.10"`, the string the author meant all along) or its
 * YAML 1.1 reading (`"1.1"`, what Helm rendered before). Templates that print
 * the value see the same text or the text the author intended, so it is a fix, not a type change.
 */
function quotesTheNumber(b: Scalar, h: Scalar): boolean {
  if (typeof h.value !== 'string' || typeof b.source !== 'string') return false;
  const text = h.value;
  if (text === b.source) return true;
  // Helm's reading, not YAML 1.2's: `0755` rendered as 493, so "755" would change what templates see.
  const yaml11 = parseDocument(b.source, { version: '1.1' }).contents;
  const v = isScalar(yaml11) ? yaml11.value : undefined;
  return (typeof v === 'number' || typeof v === 'bigint') && String(v) === text;
}

function deref(node: Node | null, doc: Document): Node | null {
  for (let i = 0; i < 32 && isAlias(node); i++) node = (node.resolve(doc) as Node | undefined) ?? null;
  return isAlias(node) ? null : node;
}

/**
 * A map's keys as Helm sees them: `<<: *anchor` (or a list of anchors) merges
 * the anchored maps' keys, and keys written in the map itself win.
 */
function pairsOf(map: Node, doc: Document, depth = 0): Map<string, { key: Node; value: Node | null }> {
  const out = new Map<string, { key: Node; value: Node | null }>();
  if (!isMap(map) || depth > 32) return out;
  const merged: Node[] = [];
  for (const p of map.items) {
    if (!isScalar(p.key)) continue;
    const name = String(p.key.value);
    if (name === '<<' && p.key.type === 'PLAIN' && (isAlias(p.value) || isSeq(p.value))) {
      merged.push(...(isSeq(p.value) ? (p.value.items as Node[]) : [p.value as Node]));
      continue;
    }
    out.set(name, { key: p.key as Node, value: p.value as Node | null });
  }
  for (const m of merged) {
    const src = deref(m, doc);
    if (src) for (const [name, p] of pairsOf(src, doc, depth + 1)) if (!out.has(name)) out.set(name, p);
  }
  return out;
}
