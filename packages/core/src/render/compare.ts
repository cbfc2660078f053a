// Two renders of an environment, object by object: added, removed, changed
// (a unified diff of the object's YAML, keys sorted). What is not a change a
// reviewer should read is taken out first and counted: the paths the
// Application's spec.ignoreDifferences names where its sync respects them
// (`RespectIgnoreDifferences=true`; else Argo CD applies them on every sync,
// so a change to them is shown and marked), values that differ between two
// renders of the same input (randAlphaNum, genCA, now), and lines matching the
// ignore patterns (by default the chart-version churn: helm.sh/chart,
// app.kubernetes.io/version, checksum/* annotations). A Secret's data and
// stringData values never reach the text, nor anything derived from them: each
// shows as <unchanged>, <changed> or <masked> (maskSecrets).

import { trimmedPatch } from '../edits/diff.ts';
import { objectLabel, sortedKeys, sortedYaml, stableYaml, type RenderedObject } from './objects.ts';
import { child, hasPath, matches, removePath, rulePaths, setPath, valuesAt, type IgnoreRule, type Path } from './ignore-paths.ts';

/** The lines of chart-version churn, ignored unless `ignore-defaults: false`. */
export const DEFAULT_IGNORE = [
  String.raw`^\s*helm\.sh/chart:\s`,
  String.raw`^\s*app\.kubernetes\.io/version:\s`,
  String.raw`^\s*checksum/[^:]*:\s`,
] as const;

/** How two renders are compared. */
export interface CompareOptions {
  /** Regular expressions of lines to ignore (the defaults included when wanted). */
  ignore: readonly RegExp[];
  /** Kinds shown as one line with their size. */
  summarize: readonly string[];
  ignoreDifferences: readonly IgnoreRule[];
}

/**
 * How the config's `render:` compares two renders (its ignore lines, DEFAULT_IGNORE's first unless ignore-defaults is
 * false; the kinds it summarizes), with the fields a deployer leaves out of a diff (an Application's ignoreDifferences).
 */
export function compareOptions(
  cfg: { ignoreDefaults: boolean; ignore: readonly string[]; summarize: readonly string[] },
  ignoreDifferences: readonly IgnoreRule[] = [],
): CompareOptions {
  return {
    ignore: [...(cfg.ignoreDefaults ? DEFAULT_IGNORE : []), ...cfg.ignore].map((r) => new RegExp(r)),
    summarize: cfg.summarize,
    ignoreDifferences,
  };
}

/** One object that changes. */
export interface ObjectChange {
  /** `Deployment prod/api`. */
  object: string;
  /** apiVersion/kind/namespace/name. */
  key: string;
  change: 'added' | 'removed' | 'changed';
  /** The unified diff of the object's YAML (hunks; every line for an added or removed object); '' when summarized. */
  diff: string;
  /** A field the change touches is one Argo CD's diff ignores and its sync applies (no RespectIgnoreDifferences=true). */
  appliedOnSync?: true;
  /** A summarized kind: its size in bytes before and after. */
  size?: { before?: number; after?: number };
}

/** What changes in one environment's render. */
export interface RenderDiff {
  changes: ObjectChange[];
  counts: { changed: number; added: number; removed: number };
  /** Objects the same on both sides (after what is ignored). */
  unchanged: number;
  /** Ignored lines that changed (chart-version churn, render.ignore). */
  ignoredLines: number;
  /** Values that differ between two renders of the same input: ignored. */
  nondeterministic: number;
  /** jqPathExpressions lockstep does not read (only field paths are), not applied. */
  unread: string[];
  /** Changed objects whose change touches a field Argo CD's diff ignores but its sync applies (marked, not folded). */
  appliedOnSync: number;
}

/** One object as compareRenders prints it when nothing is taken out of it: whether it holds a Secret, else its text split. */
export type PrintedObject = { secret: true } | { secret: false; text: string; kept: string; taken: string[] };

/**
 * A side's objects printed ahead of the comparison (keys sorted, ignored lines split out), as compareRenders
 * prints an object that no ignoreDifferences rule covers and that holds no Secret: the before side is printed
 * while the after side renders. Made for `opts`; compareRenders reads them only with the same ignore patterns.
 */
export function printObjects(objects: ReadonlyMap<string, RenderedObject>, opts: CompareOptions): PrintedObjects {
  const printed = new Map<RenderedObject, PrintedObject>();
  for (const o of objects.values()) {
    if (opts.ignoreDifferences.some((r) => !r.appliedOnSync && matches(r, o))) continue;
    if (hasSecret(o.body)) printed.set(o, { secret: true });
    else {
      const text = sortedYaml(o.body);
      const [kept, taken] = splitIgnored(text, opts.ignore);
      printed.set(o, { secret: false, text, kept, taken });
    }
  }
  return { ignore: opts.ignore, printed };
}

/** What printObjects made, with the ignore patterns it split by. */
export interface PrintedObjects {
  ignore: readonly RegExp[];
  printed: ReadonlyMap<RenderedObject, PrintedObject>;
}

/**
 * Compares the objects before and after; `again` is a second render of the after side (its differences are
 * non-deterministic); `ahead`, objects of either side already printed (printObjects).
 */
export function compareRenders(
  before: Map<string, RenderedObject>,
  after: Map<string, RenderedObject>,
  again: Map<string, RenderedObject> | undefined,
  opts: CompareOptions,
  ahead?: PrintedObjects,
): RenderDiff {
  const out: RenderDiff = {
    changes: [],
    counts: { changed: 0, added: 0, removed: 0 },
    unchanged: 0,
    ignoredLines: 0,
    nondeterministic: 0,
    unread: [],
    appliedOnSync: 0,
  };
  // Only what the deployer never applies is folded: fields Argo CD's diff ignores but its sync applies are shown, marked.
  const rules = opts.ignoreDifferences.filter((r) => !r.appliedOnSync).map((r) => ({ rule: r, paths: rulePaths(r, out.unread) }));
  const applied = opts.ignoreDifferences.filter((r) => r.appliedOnSync).map((r) => ({ rule: r, paths: rulePaths(r, out.unread) }));
  const printed = ahead && sameList(ahead.ignore, opts.ignore) ? ahead.printed : undefined;
  const secret = (o: RenderedObject | undefined) => {
    const p = o && printed?.get(o);
    return p ? p.secret : hasSecret(o?.body);
  };
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
  for (const key of keys) {
    const was = before.get(key);
    const now = after.get(key);
    const obj = (now ?? was)!;
    const ignored = rules.flatMap(({ rule, paths }) => (matches(rule, obj) ? paths : []));
    const second = again?.get(key);
    // With nothing ignored, the non-deterministic leaves are found on the objects as rendered (key order is no difference).
    const leaves =
      ignored.length === 0 && now && second ? differingLeaves(now.body, second.body, []).filter((p) => p.length > 0) : undefined;
    let bText: string;
    let aText: string;
    let bSplit: [string, string[]] | undefined;
    let aSplit: [string, string[]] | undefined;
    if (ignored.length === 0 && !leaves?.length && !secret(was) && !secret(now)) {
      // Nothing to take out or mask: each object is printed as it is, keys sorted, without a copy (or was, ahead).
      const b = was && printed?.get(was);
      const a = now && printed?.get(now);
      bText = b && !b.secret ? b.text : was ? sortedYaml(was.body) : '';
      aText = a && !a.secret ? a.text : now ? sortedYaml(now.body) : '';
      if (b && !b.secret) bSplit = [b.kept, b.taken];
      if (a && !a.secret) aSplit = [a.kept, a.taken];
    } else {
      // Copies with their keys sorted: what is ignored or masked is taken out of them, and they are printed as they are.
      const b = was ? sortedKeys(was.body) : undefined;
      const a = now ? sortedKeys(now.body) : undefined;
      for (const p of ignored) for (const side of [a, b]) if (side) removePath(side, p);
      if (a && second) {
        let differing = leaves;
        if (!differing) {
          const c = sortedKeys(second.body);
          for (const p of ignored) removePath(c, p);
          differing = differingLeaves(a, c, []).filter((p) => p.length > 0);
        }
        for (const p of differing) {
          out.nondeterministic++;
          setPath(a, p, '<non-deterministic>');
          if (b && hasPath(b, p)) setPath(b, p, '<non-deterministic>');
        }
      }
      maskSecrets(b, a);
      bText = b ? stableYaml(b) : '';
      aText = a ? stableYaml(a) : '';
    }
    const [bKept, bIgnored] = bSplit ?? splitIgnored(bText, opts.ignore);
    const [aKept, aIgnored] = aSplit ?? splitIgnored(aText, opts.ignore);
    out.ignoredLines += changedLines(bIgnored, aIgnored);
    const change: ObjectChange['change'] = !was ? 'added' : !now ? 'removed' : 'changed';
    if (change === 'changed' && bKept === aKept) {
      out.unchanged++;
      continue;
    }
    out.counts[change]++;
    const label = objectLabel(obj);
    const onSync =
      change === 'changed' &&
      applied.some(
        ({ rule, paths }) =>
          matches(rule, obj) && paths.some((p) => JSON.stringify(valuesAt(was!.body, p)) !== JSON.stringify(valuesAt(now!.body, p))),
      );
    if (onSync) out.appliedOnSync++;
    const mark = onSync ? { appliedOnSync: true as const } : {};
    if (opts.summarize.includes(obj.kind)) {
      out.changes.push({
        object: label,
        key,
        change,
        ...mark,
        diff: '',
        size: { ...(was ? { before: Buffer.byteLength(bText) } : {}), ...(now ? { after: Buffer.byteLength(aText) } : {}) },
      });
      continue;
    }
    out.changes.push({ object: label, key, change, ...mark, diff: hunksText(label, bKept, aKept) });
  }
  return out;
}

/** The lines a pattern ignores taken out: the text kept and the lines taken. */
function splitIgnored(text: string, ignore: readonly RegExp[]): [string, string[]] {
  if (ignore.length === 0) return [text, []];
  const kept: string[] = [];
  const taken: string[] = [];
  // Each line with its \n (the last one without, when the text does not end in one; '' is one empty line), cut in place.
  for (let at = 0; at < text.length || at === 0;) {
    const end = text.indexOf('\n', at);
    const line = end === -1 ? text.slice(at) : text.slice(at, end + 1);
    (ignore.some((r) => r.test(line)) ? taken : kept).push(line);
    if (end === -1) break;
    at = end + 1;
  }
  return [kept.join(''), taken];
}

/** Whether two lists of patterns are the same patterns, in order. */
function sameList(a: readonly RegExp[], b: readonly RegExp[]): boolean {
  return a === b || (a.length === b.length && a.every((r, i) => r.source === b[i].source && r.flags === b[i].flags));
}

/** How many ignored lines changed: the larger of the lines only before and the lines only after. */
function changedLines(before: readonly string[], after: readonly string[]): number {
  const left = new Map<string, number>();
  for (const l of before) left.set(l, (left.get(l) ?? 0) + 1);
  let onlyAfter = 0;
  for (const l of after) {
    const n = left.get(l) ?? 0;
    if (n > 0) left.set(l, n - 1);
    else onlyAfter++;
  }
  let onlyBefore = 0;
  for (const n of left.values()) onlyBefore += n;
  return Math.max(onlyBefore, onlyAfter);
}

/** The hunks of the diff, `@@` lines included, no file heads. */
function hunksText(label: string, before: string, after: string): string {
  const { hunks } = trimmedPatch(label, before, after, 3);
  const lines: string[] = [];
  for (const h of hunks) {
    lines.push(
      `@@ -${h.oldLines === 0 ? h.oldStart - 1 : h.oldStart},${h.oldLines} +${h.newLines === 0 ? h.newStart - 1 : h.newStart},${h.newLines} @@`,
    );
    for (let i = 0; i < h.lines.length; i++) {
      const l = h.lines.at(i)!;
      if (!l.startsWith('\\')) lines.push(l);
    }
  }
  return lines.join('\n');
}

type Data = Record<string, unknown>;
const asData = (v: unknown): Data | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Data) : undefined);
const isSecret = (v: Data | undefined): v is Data => v?.kind === 'Secret';
/** What a value is compared as: its text (a string as it is, anything else as JSON). */
const valueText = (v: unknown) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? ''));
const NON_DETERMINISTIC = '<non-deterministic>';

/** Whether data holds a Secret (a map of `kind: Secret`) at any depth: what maskSecrets would change. */
function hasSecret(v: unknown, seen = new Set<object>()): boolean {
  if (!v || typeof v !== 'object' || seen.has(v)) return false;
  seen.add(v);
  if (Array.isArray(v)) return v.some((x) => hasSecret(x, seen));
  if (isSecret(v as Data)) return true;
  for (const k of Object.keys(v)) if (hasSecret((v as Data)[k], seen)) return true;
  return false;
}

/**
 * Every Secret's `data` and `stringData` values masked, on both sides of one
 * object and at any depth in it (a Secret held inside another object or an
 * unwrapped list): a value the same on both sides shows as `<unchanged>`, a
 * value that changed as `<masked>` before and `<changed>` after, a value on one
 * side only as `<masked>`. Nothing derived from a value is printed — a hash,
 * even a short one, of a password is reversed by hashing a word list — and the
 * text is the same on every run, so a pull request body does not churn.
 */
export function maskSecrets(before: unknown, after: unknown): void {
  const b = asData(before);
  const a = asData(after);
  if (isSecret(b) || isSecret(a))
    for (const field of ['data', 'stringData']) maskField(isSecret(b) ? b : undefined, isSecret(a) ? a : undefined, field);
  if (Array.isArray(before) || Array.isArray(after)) {
    const bs = Array.isArray(before) ? before : [];
    const as = Array.isArray(after) ? after : [];
    for (let i = 0; i < Math.max(bs.length, as.length); i++) maskSecrets(bs[i], as[i]);
  } else if (b || a) for (const k of new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])) maskSecrets(b?.[k], a?.[k]);
}

/** One Secret field masked on each side it is on (maskSecrets): per key when it is a map on both, else whole. */
function maskField(before: Data | undefined, after: Data | undefined, field: string): void {
  const b = before?.[field];
  const a = after?.[field];
  const bMap = asData(b);
  const aMap = asData(a);
  if (bMap && aMap) {
    const was = { ...bMap };
    for (const k of Object.keys(bMap))
      if (bMap[k] !== NON_DETERMINISTIC) bMap[k] = k in aMap && valueText(aMap[k]) === valueText(bMap[k]) ? '<unchanged>' : '<masked>';
    for (const k of Object.keys(aMap))
      if (aMap[k] !== NON_DETERMINISTIC)
        aMap[k] = !(k in was) ? '<masked>' : valueText(was[k]) === valueText(aMap[k]) ? '<unchanged>' : '<changed>';
    return;
  }
  const same = b !== undefined && a !== undefined && valueText(a) === valueText(b);
  const each = (map: Data) => {
    for (const k of Object.keys(map)) if (map[k] !== NON_DETERMINISTIC) map[k] = '<masked>';
  };
  if (bMap) each(bMap);
  else if (before && b !== undefined) before[field] = same ? '<unchanged>' : '<masked>';
  if (aMap) each(aMap);
  else if (after && a !== undefined) after[field] = same ? '<unchanged>' : b !== undefined ? '<changed>' : '<masked>';
}

/** The leaf paths where two renders of the same input differ. */
function differingLeaves(a: unknown, b: unknown, at: Path): Path[] {
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length) return [at];
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    const out: Path[] = [];
    for (const k of keys) {
      const key = Array.isArray(a) ? Number(k) : k;
      if (!(k in a) || !(k in b)) {
        if (k in a) out.push([...at, key]);
        continue;
      }
      out.push(...differingLeaves(child(a, key), child(b, key), [...at, key]));
    }
    return out;
  }
  return a === b ? [] : [at];
}
