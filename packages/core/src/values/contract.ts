// The values contract: every key a values file sets is a key the chart reads.
// A key set with one value (a scalar, a list, an empty map) is read when a
// template reads it, a place above it whole (`toYaml .Values.x`), or a place
// below it (a key set `a: {}` that a template reads `a.b` of). Each key no
// template reads is named at its line with the nearest place the chart does
// read. Keys read only through a name computed at render time are counted as
// read and not traced.

import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { UserError } from '../errors.ts';
import { parseYaml } from '../yaml/read.ts';
import type { ChartValuesFiles } from './chart-drift.ts';
import { contractIndex, valuesTemplates, type ContractIndex, type ReadNode } from './contract-index.ts';
import type { Reading } from './contract-vals.ts';
import type { ValuesSource } from './values-origin.ts';
import { setKeys } from './helm-set.ts';

/** A key the values set that no template of the chart reads. */
export interface UnreadKey {
  file: string;
  line: number;
  /** Dotted path, e.g. `controller.metrics.enable`. */
  key: string;
  /** The nearest place the chart reads, when one is near. */
  suggestion?: string;
}

/** What judging one values file found: `checked` keys, the unread ones, and how many were read only untraced. */
export interface ContractReport {
  file: string;
  /** What in the file the keys are (`spec.values`, `helm.valuesObject`), when not the whole file. */
  label?: string;
  checked: number;
  unread: UnreadKey[];
  notTraced: number;
}

/** At most this many unread keys are named for one file (all are counted in `checked`). */
export const MAX_UNREAD = 200;
/** At most this many keys are judged in one file; past it the file is refused as too large to judge (a UserError). */
const MAX_KEYS = 100_000;
/** At most this many trie steps for one key: past it the key counts as read and not traced. */
const MAX_KEY_STEPS = 10_000;

/**
 * The values file `file` (its `text`) judged against `chart` and its subcharts: the chart's
 * templates read, and the file's own strings that hold template actions (a chart may `tpl` them).
 * A template or values file that does not parse is a UserError at its file:line.
 */
export function valuesContract(chart: ChartValuesFiles, text: string, file: string): ContractReport {
  return judgeValues(contractIndex(chart, valuesTemplates(text)), text, file);
}

/** Judges the keys `text` (the values file `file`) sets against the chart's reads. Invalid YAML is a UserError at its line. */
export function judgeValues(index: ContractIndex, text: string, file: string): ContractReport {
  return judgeSource(index, { file, text });
}

/**
 * Judges the keys a values source sets (a values file, or inline values inside an Application or a HelmRelease: a
 * document's node, or a string whose lines start at a line of the file) against the chart's reads.
 */
export function judgeSource(index: ContractIndex, src: ValuesSource): ContractReport {
  const { file, text } = src;
  if (src.set) return judgeLeaves(index, src, [{ path: setKeys(src.set), line: src.line ?? 1 }]);
  const inside = src.document !== undefined || src.at !== undefined;
  const parsed = parseYaml(text, file, inside ? { allowMulti: true } : {});
  let root: Node | null | undefined = (parsed.documents?.[src.document ?? 0] ?? parsed.doc).contents;
  for (const k of src.at ?? []) root = nodeBelow(root, k);
  const lineOf = (n: Node | null | undefined) => {
    const line = parsed.lineOf(n);
    return src.line ?? (line === undefined ? undefined : line + (src.firstLine ?? 1) - 1);
  };
  const leaves: { path: string[]; line: number }[] = [];
  collectLeaves(root ?? null, [], (path, line) => leaves.push({ path, line: line ?? 1 }), lineOf);
  return judgeLeaves(index, src, leaves);
}

/** The keys `leaves` (of the source `src`) judged against the chart's reads. */
function judgeLeaves(index: ContractIndex, src: ValuesSource, leaves: readonly { path: string[]; line: number }[]): ContractReport {
  const { file } = src;
  const report: ContractReport = { file, checked: 0, unread: [], notTraced: 0, ...(src.label ? { label: src.label } : {}) };
  if (leaves.length > MAX_KEYS)
    throw new UserError(`the values file sets ${leaves.length} keys, more than the ${MAX_KEYS} lockstep judges in one file`, {
      file,
      line: 1,
      hint: 'split the values into several files',
    });
  let suggest: ((path: readonly string[]) => string | undefined) | undefined;
  for (const leaf of leaves) {
    report.checked++;
    const steps = { left: MAX_KEY_STEPS };
    const r = judge(index.root, leaf.path, 0, steps);
    if (r === 1 || (r === 0 && steps.left <= 0)) report.notTraced++;
    else if (r === 0 && report.unread.length < MAX_UNREAD) {
      const key = leaf.path.join('.');
      const suggestion = (suggest ??= suggester(index.named))(leaf.path);
      report.unread.push({ file, line: leaf.line, key, ...(suggestion ? { suggestion } : {}) });
    }
  }
  return report;
}

/** How the chart reads the key at `path`: 0 not read, 1 read only untraced (or past the step bound), 2 read. */
export function readingOf(index: ContractIndex, path: readonly string[]): Reading {
  const steps = { left: MAX_KEY_STEPS };
  const r = judge(index.root, path, 0, steps);
  return r === 0 && steps.left <= 0 ? 1 : r;
}

/** The node below `n` at a key (a number indexes a list). */
function nodeBelow(n: Node | null | undefined, k: string | number): Node | null | undefined {
  if (typeof k === 'number') return isSeq(n) ? (n.items[k] as Node | null) : undefined;
  return isMap(n) ? (n.items.find((p) => isScalar(p.key) && String(p.key.value) === k)?.value as Node | null | undefined) : undefined;
}

/** Every key set with one value, by its path and the line of its key; `<<` merges are left out (their keys are the anchor's). */
export function collectLeaves(
  root: Node | null,
  start: string[],
  out: (path: string[], line: number | undefined) => void,
  lineOf: (n: Node | null | undefined) => number | undefined,
): void {
  const stack: [Node | null, string[]][] = [[root, start]];
  while (stack.length > 0) {
    const [n, path] = stack.pop()!;
    if (!isMap(n)) continue;
    const items = n.items;
    for (let i = items.length - 1; i >= 0; i--) {
      const p = items[i];
      const key = isScalar(p.key) ? String(p.key.value) : undefined;
      if (key === undefined || key === '<<') continue;
      const value = p.value as Node | null;
      if (isMap(value) && value.items.length > 0) stack.push([value, [...path, key]]);
      else out([...path, key], lineOf(p.key as Node));
    }
  }
}

/** How the key `path` is read below `n` (from segment `i`): any key matches a `*` or `?` place; a `?` is not traced. */
function judge(n: ReadNode, path: readonly string[], i: number, steps: { left: number }): Reading {
  if (--steps.left <= 0) return 0;
  let r: Reading = n.whole;
  if (i === path.length) return n.below > r ? n.below : r;
  const tries: [ReadNode | undefined, boolean][] = [
    [n.next.get(path[i]), true],
    [n.next.get('*'), true],
    [n.next.get('?'), false],
  ];
  for (const [c, traced] of tries) {
    if (!c || r === 2) continue;
    let got = judge(c, path, i + 1, steps);
    if (!traced && got === 2) got = 1;
    if (got > r) r = got;
  }
  return r;
}

/** The nearest read place to an unread key: a typo (a small edit distance), else the same last keys nested elsewhere. */
function suggester(named: readonly string[]): (path: readonly string[]) => string | undefined {
  const byLast = new Map<string, string[]>();
  const byLength = new Map<number, string[]>();
  for (const p of named) {
    const last = p.slice(p.lastIndexOf('.') + 1);
    let list = byLast.get(last);
    if (!list) byLast.set(last, (list = []));
    list.push(p);
    let same = byLength.get(p.length);
    if (!same) byLength.set(p.length, (same = []));
    same.push(p);
  }
  return (path) => {
    const key = path.join('.');
    // A short key is near every other short key: at most one edit in three characters.
    const limit = Math.min(Math.max(2, Math.floor(key.length / 10)), 4, Math.floor(key.length / 3));
    let found: string | undefined;
    let dist = limit + 1;
    for (let length = key.length - limit; length <= key.length + limit; length++)
      for (const p of byLength.get(length) ?? []) {
        if (Math.abs(p.length - key.length) >= dist) continue;
        const d = distance(key, p, dist);
        if (d < dist && d > 0) [found, dist] = [p, d];
      }
    if (found) return found;
    // Mis-nested: a place ending with the same keys (the most of them shared, then the nearest).
    const last = path[path.length - 1];
    let bestShared = 0;
    dist = Infinity;
    for (const p of byLast.get(last) ?? []) {
      const segs = p.split('.');
      let shared = 0;
      while (shared < segs.length && shared < path.length && segs[segs.length - 1 - shared] === path[path.length - 1 - shared]) shared++;
      const need = Math.min(2, path.length, segs.length);
      if (shared < need || shared < bestShared || p === key) continue;
      const d = distance(key, p, shared > bestShared ? Infinity : dist);
      if (shared > bestShared || (shared === bestShared && d < dist)) [found, bestShared, dist] = [p, shared, d];
    }
    return found;
  };
}

/** Levenshtein distance of a and b, stopping early once every cell of a row reaches `cap`. */
function distance(a: string, b: string, cap: number): number {
  let prev = new Uint32Array(b.length + 1).map((_, j) => j);
  let row = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let min = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      row[j] = v;
      if (v < min) min = v;
    }
    if (min >= cap) return cap;
    [prev, row] = [row, prev];
  }
  return prev[b.length];
}
