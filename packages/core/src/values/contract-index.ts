// The values places a chart and its subcharts read, in the coordinates of the
// environment's values (the top chart's): a subchart under `<name or
// alias>:` reads the parent's `<key>.x` as its `.Values.x`, and `global.x`
// wherever it reads it reads the top's `global.x` (Helm hands `global` down to
// every subchart). A subchart lockstep could not read (a remote one not
// vendored) may read anything under its key and `global`: read whole, not
// traced. Named templates are one namespace over the whole tree, as Helm
// loads them.

import { isMap, isScalar, isSeq } from 'yaml';
import { UserError } from '../errors.ts';
import type { ChartValuesFiles } from './chart-drift.ts';
import { COMPUTED, type Reading } from './contract-vals.ts';
import { TemplateWalker } from './contract-walk.ts';
import { lenientYaml } from './diff.ts';
import { parseTemplate, type ParsedTemplate, type TemplateNode } from './template-parse.ts';

/** A tree of read places: `whole` covers every key below, `here` the place itself. */
export interface ReadNode {
  here: Reading;
  whole: Reading;
  /** The best `here` at or below this node (a key set as a leaf is read when a template reads below it). */
  below: Reading;
  next: Map<string, ReadNode>;
}

/** The read places of a chart tree, ready for judging values files. */
export interface ContractIndex {
  root: ReadNode;
  /** Read places with no computed or `range` segment, dotted: the suggestions' candidates. */
  named: string[];
}

interface Placed {
  chart: ChartValuesFiles;
  /** The keys above this chart's values in the top's (`['redis']`, `['a', 'b']`). */
  prefix: string[];
}

const node = (): ReadNode => ({ here: 0, whole: 0, below: 0, next: new Map() });
const best = (a: Reading, b: Reading): Reading => (a > b ? a : b);

/** Reads every template of `top` and its subcharts; a template that does not parse is a UserError at its file:line. */
export function contractIndex(top: ChartValuesFiles, extraTexts: readonly string[] = []): ContractIndex {
  const placed: Placed[] = [];
  const root = node();
  const add = (path: readonly string[], whole: Reading, here: Reading) => insert(root, path, whole, here);
  const subcharts = new Map<number, Map<string, number>>();
  const visit = (chart: ChartValuesFiles, prefix: string[]) => {
    const at = placed.length;
    placed.push({ chart, prefix });
    for (const r of chart.reads ?? []) add([...prefix, ...r], 0, 2);
    for (const d of chart.dependencies) {
      if (d.chart) {
        subcharts.set(at, (subcharts.get(at) ?? new Map<string, number>()).set(d.key, placed.length));
        visit(d.chart, [...prefix, d.key]);
      } else {
        add([...prefix, d.key], 1, 1);
        add(['global'], 1, 1);
      }
    }
  };
  visit(top, []);
  const parsed = placed.map((p) => (p.chart.templateFiles ?? []).map((f) => ({ path: f.path, tpl: parseTemplate(f.text, f.path) })));
  const defines = new Map<string, { list: TemplateNode[]; file: string }[]>();
  for (const files of parsed)
    for (const f of files)
      for (const d of f.tpl.defines) {
        const list = defines.get(d.name) ?? [];
        list.push({ list: d.list, file: f.path });
        defines.set(d.name, list);
      }
  const complete = placed.every((p) => p.chart.dependencies.every((d) => d.chart));
  const walker = new TemplateWalker(defines, complete, subcharts);
  parsed.forEach((files, chart) => {
    for (const f of files) if (!basename(f.path).startsWith('_')) walker.walkFile(f.tpl.list, chart, f.path);
    // A string of the values may be handed to `tpl`: what its actions read is read.
    for (const text of valuesTemplates(placed[chart].chart.values)) walkText(walker, text, chart);
  });
  for (const text of extraTexts) walkText(walker, text, 0);
  for (const [chart, reads] of walker.reads.byChart) {
    const prefix = placed[chart].prefix;
    for (const r of reads.values()) {
      // A place below a computed key is not traced, however it was reached.
      const cap = (x: Reading): Reading => (r.path.includes(COMPUTED) && x > 1 ? 1 : x);
      add([...prefix, ...r.path], cap(r.whole), cap(r.here));
      if (r.path[0] === 'global')
        for (let i = 0; i < prefix.length; i++) add([...prefix.slice(0, i), ...r.path], cap(r.whole), cap(r.here));
    }
  }
  settle(root);
  return { root, named: namedPlaces(root) };
}

/** The strings of a values text that hold a template action (`{{`), which a chart may hand to `tpl`. */
export function valuesTemplates(text: string | undefined): string[] {
  if (text === undefined || !text.includes('{{')) return [];
  let doc: ReturnType<typeof lenientYaml>;
  try {
    doc = lenientYaml(text);
  } catch {
    // A text the parser cannot take (nested past its stack) holds no string lockstep reads: judging it says why.
    return [];
  }
  const out: string[] = [];
  const walk = (n: unknown, depth: number) => {
    if (depth > 64 || out.length > 1000) return;
    if (isScalar(n) && typeof n.value === 'string' && n.value.includes('{{')) out.push(n.value);
    else if (isMap(n)) for (const p of n.items) walk(p.value, depth + 1);
    else if (isSeq(n)) for (const i of n.items) walk(i, depth + 1);
  };
  walk(doc?.doc.contents, 0);
  return out;
}

function walkText(walker: TemplateWalker, text: string, chart: number): void {
  let tpl: ParsedTemplate;
  try {
    tpl = parseTemplate(text, 'values');
  } catch (e) {
    // A string that is not a template is a string: Helm's tpl would refuse it, and it reads nothing.
    if (e instanceof UserError) return;
    throw e;
  }
  walker.walkFile(tpl.list, chart, 'values');
}

function insert(root: ReadNode, path: readonly string[], whole: Reading, reading: Reading): void {
  let n = root;
  for (const seg of path) {
    let next = n.next.get(seg);
    if (!next) n.next.set(seg, (next = node()));
    n = next;
  }
  n.here = best(n.here, reading);
  n.whole = best(n.whole, whole);
}

/** Fills in `below`, depth first, without recursion (a values path may be long). */
function settle(root: ReadNode): void {
  const order: ReadNode[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    order.push(n);
    for (const c of n.next.values()) stack.push(c);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const n = order[i];
    let b = best(n.here, n.whole);
    for (const c of n.next.values()) b = best(b, c.below);
    n.below = b;
  }
}

/** Dotted paths of the read places that name every key (no `*` or `?`), at most 20,000. */
function namedPlaces(root: ReadNode): string[] {
  const out: string[] = [];
  const stack: [ReadNode, string[]][] = [[root, []]];
  while (stack.length > 0 && out.length < 20_000) {
    const [n, path] = stack.pop()!;
    if (path.length > 0 && n.here > 0) out.push(path.join('.'));
    for (const [seg, c] of n.next) if (seg !== '*' && seg !== COMPUTED) stack.push([c, [...path, seg]]);
  }
  return out.sort();
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
