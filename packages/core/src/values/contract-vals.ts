// What the values contract's walk knows of a value while it reads a chart's
// templates: the chart's top object (`.`/`$` at a template's start), a place
// in a chart's values (`.Values.a.b`), a dict or list the template built —
// or nothing it can follow (an empty set). A value is a set of these: `default
// .Values.a .Values.b` may be either. Every place reached is recorded as read;
// a place handed whole to something the walk does not follow (`toYaml`,
// printed, an unknown function) is recorded as read whole.

/** A path segment for any key: a `range` over a map (`*`), or a key computed at render time (`?`, not traced). */
export const EACH = '*';
export const COMPUTED = '?';

export type Val =
  | { k: 'root'; chart: number }
  | { k: 'subcharts'; chart: number }
  | { k: 'v'; chart: number; path: readonly string[] }
  | { k: 'dict'; entries: Map<string, Vals> }
  | { k: 'list'; items: Vals; at?: readonly Vals[] };
export type Vals = readonly Val[];

/** 0: not read; 1: read only through something the walk could not follow (not traced); 2: read, traced. */
export type Reading = 0 | 1 | 2;

/** A read place of one chart's values: how the place itself is read, and how it is read whole (every key below it). */
export interface Read {
  path: readonly string[];
  here: Reading;
  whole: Reading;
}

/** The places read, per chart (by its index), keyed by the path joined with NUL. */
export class Reads {
  readonly byChart = new Map<number, Map<string, Read>>();
  /** Each chart's subcharts by their key (name or alias), as `.Subcharts.<key>` reaches them. */
  readonly subcharts: ReadonlyMap<number, ReadonlyMap<string, number>>;

  constructor(subcharts: ReadonlyMap<number, ReadonlyMap<string, number>> = new Map()) {
    this.subcharts = subcharts;
  }

  add(chart: number, path: readonly string[], whole: boolean, traced = true): void {
    let m = this.byChart.get(chart);
    if (!m) this.byChart.set(chart, (m = new Map<string, Read>()));
    const key = path.join('\u0000');
    const reading: Reading = traced ? 2 : 1;
    const r = m.get(key) ?? { path, here: 0, whole: 0 };
    m.set(key, r);
    if (reading > r.here) r.here = reading;
    if (whole && reading > r.whole) r.whole = reading;
  }

  /** Records every place in `vals` as read (whole when `whole`), dicts and lists through their members. */
  mark(vals: Vals, whole: boolean, traced = true, seen = new Set<Val>()): void {
    for (const v of vals) {
      if (seen.has(v)) continue;
      seen.add(v);
      if (v.k === 'v') this.add(v.chart, v.path, whole, traced);
      else if (v.k === 'root' && whole) this.add(v.chart, [], true, traced);
      else if (v.k === 'dict') for (const e of v.entries.values()) this.mark(e, whole, traced, seen);
      else if (v.k === 'list') this.mark(v.items, whole, traced, seen);
    }
  }
}

/** At most this many members in one value set: past it the walk reads the members whole and follows none. */
const MAX_SET = 64;

/** The union of value sets, duplicates of a place kept out; past MAX_SET members, `overflow` takes the rest. */
export function union(sets: readonly Vals[], overflow: (vals: Vals) => void): Vals {
  const out: Val[] = [];
  const places = new Set<string>();
  for (const s of sets)
    for (const v of s) {
      const key =
        v.k === 'v' ? `${v.chart}:${v.path.join('\u0000')}` : v.k === 'root' || v.k === 'subcharts' ? `${v.k}:${v.chart}` : undefined;
      if (key !== undefined) {
        if (places.has(key)) continue;
        places.add(key);
      } else if (out.includes(v)) continue;
      out.push(v);
    }
  if (out.length <= MAX_SET) return out;
  overflow(out.slice(MAX_SET));
  return out.slice(0, MAX_SET);
}

/** Field `name` of each value; places reached are recorded as read. */
export function field(vals: Vals, name: string, reads: Reads): Vals {
  const out: Val[] = [];
  for (const v of vals) {
    if (v.k === 'root') {
      if (name === 'Values') out.push({ k: 'v', chart: v.chart, path: [] });
      // `.Subcharts.db.Values.port`: a parent's template reading its subchart's values.
      if (name === 'Subcharts') out.push({ k: 'subcharts', chart: v.chart });
    } else if (v.k === 'subcharts') {
      const child = reads.subcharts.get(v.chart)?.get(name);
      if (child !== undefined) out.push({ k: 'root', chart: child });
    } else if (v.k === 'v') {
      const path = [...v.path, name];
      reads.add(v.chart, path, false);
      out.push({ k: 'v', chart: v.chart, path });
    } else if (v.k === 'dict') out.push(...(v.entries.get(name) ?? v.entries.get(EACH) ?? []));
  }
  return out;
}

/** The members a `range` (or `values`, `first`) yields of each value. */
export function members(vals: Vals, reads: Reads): Vals {
  const out: Val[] = [];
  for (const v of vals) {
    if (v.k === 'v') {
      const path = [...v.path, EACH];
      reads.add(v.chart, path, false);
      out.push({ k: 'v', chart: v.chart, path });
    } else if (v.k === 'dict') for (const e of v.entries.values()) out.push(...e);
    else if (v.k === 'list') out.push(...v.items);
  }
  return out;
}

/** A structural key of a value set, for the walk's memo of named-template calls (bounded in depth and length). */
export function signature(vals: Vals, depth = 0): string {
  if (depth > 3) return '…';
  const parts = vals.map((v) => {
    if (v.k === 'root') return `r${v.chart}`;
    if (v.k === 'subcharts') return `s${v.chart}`;
    if (v.k === 'v') return `v${v.chart}:${v.path.join('.')}`;
    if (v.k === 'list') return `[${signature(v.items, depth + 1)}]`;
    return `{${[...v.entries].map(([k, e]) => `${k}=${signature(e, depth + 1)}`).join(',')}}`;
  });
  const s = parts.sort().join('|');
  return s.length > 2000 ? `${s.slice(0, 2000)}#${s.length}` : s;
}
