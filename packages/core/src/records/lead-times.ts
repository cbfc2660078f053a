// Lead times without listing them. The changes a landing brings into an
// environment are one run of the first-parent history (records/figures.ts
// leadSpans), each change's lead time the landing's time minus its merge
// time. A fleet's figures need the median and p90 of every environment's and
// every service's lead times: at 100 environments × 300 services over 20,000
// commits, 300 million numbers to list and sort. Here they are counted
// instead: along a stretch of history whose merge times do not go back, the
// lead times into one landing only shrink, so how many are at most x is one
// binary search per stretch, and the k-th smallest is a binary search on x.
// The answers are those of sorting the list (figures.ts median, percentile).

import type { Change, Landing } from './history.ts';

/** The changes `records.changes[from, to)` that `landing` brought: their lead times are `landing.at` minus each one's merge time. */
export interface LeadSpan {
  landing: Landing;
  from: number;
  to: number;
}

/** One change's lead time: merged at `merged`, reached the environment with `landing`. */
export interface LeadTime {
  commit: string;
  merged: number;
  landing: string;
  seconds: number;
}

/** The changes' merge times, and where they go back in time (a stretch begins at each such place). */
interface MergeTimes {
  at: Float64Array;
  /** Ascending: each k where at[k - 1] > at[k]. */
  turns: number[];
  /** Every merge time is a whole number of seconds (counting on whole seconds then is exact). */
  whole: boolean;
}

const merges = new WeakMap<readonly Change[], MergeTimes>();
function mergeTimes(changes: readonly Change[]): MergeTimes {
  let m = merges.get(changes);
  if (!m) {
    // A loop, not Float64Array.from with a mapper (that goes through the iterator: ~10× slower on 100,000 changes).
    const at = new Float64Array(changes.length);
    for (let k = 0; k < changes.length; k++) at[k] = changes[k].at;
    const turns: number[] = [];
    for (let k = 1; k < at.length; k++) if (at[k - 1] > at[k]) turns.push(k);
    m = { at, turns, whole: at.every(Number.isInteger) };
    merges.set(changes, m);
  }
  return m;
}

/** The first index in [lo, hi) of ascending `xs` whose value is ≥ x (hi when none). */
function lowerBound(xs: ArrayLike<number>, x: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index in [lo, hi) of ascending `xs` whose value is > x (hi when none). */
function upperBound(xs: ArrayLike<number>, x: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A stretch [from, to) of merge times that never go back, and the landing time its lead times are taken from. */
interface Stretch {
  landed: number;
  from: number;
  to: number;
}

/**
 * Counting searches every stretch at each step of its binary search on the value, sorting visits each lead
 * time a few times: lead times are counted when there are at most this many stretches, or when each stretch
 * holds this many lead times on average (an environment's year: ~200 landings bring 100,000 changes, whose
 * listing and sorting took ~8 ms a figure where counting takes well under one), else listed and sorted.
 */
const FEW_STRETCHES = 64;

/** How many lead times (max(0, landed − at), over the stretches) are at most x. */
function atMost(at: Float64Array, stretches: readonly Stretch[], x: number): number {
  let n = 0;
  for (const s of stretches) n += s.to - lowerBound(at, s.landed - x, s.from, s.to);
  return n;
}

/** The lead times' count, and the k-th smallest for any k, without listing them. */
export interface LeadOrder {
  count: number;
  /** The k-th smallest lead time, 0-based (0 ≤ k < count). */
  nth(k: number): number;
  /** How many lead times are at most x. */
  atMost(x: number): number;
}

/** The lead times of `spans` (records.changes' runs) in order of size, listed only when counting would not be quicker. */
export function leadOrder(changes: readonly Change[], spans: readonly LeadSpan[]): LeadOrder {
  const times = mergeTimes(changes);
  const stretches: Stretch[] = [];
  let count = 0;
  for (const s of spans) {
    count += s.to - s.from;
    let from = s.from;
    for (let t = lowerBound(times.turns, s.from + 1, 0, times.turns.length); t < times.turns.length && times.turns[t] < s.to; t++) {
      stretches.push({ landed: s.landing.at, from, to: times.turns[t] });
      from = times.turns[t];
    }
    if (from < s.to) stretches.push({ landed: s.landing.at, from, to: s.to });
  }
  const countable =
    times.whole &&
    (stretches.length <= FEW_STRETCHES || stretches.length * FEW_STRETCHES <= count) &&
    stretches.every((s) => Number.isInteger(s.landed));
  if (!countable) {
    const sorted = new Float64Array(count);
    let k = 0;
    for (const s of stretches) for (let i = s.from; i < s.to; i++) sorted[k++] = Math.max(0, s.landed - times.at[i]);
    sorted.sort();
    return { count, nth: (n) => sorted[n], atMost: (x) => upperBound(sorted, x, 0, count) };
  }
  // The largest lead time of a stretch is its first change's (the earliest merged).
  let top = 0;
  for (const s of stretches) top = Math.max(top, s.landed - times.at[s.from]);
  return { count, atMost: (x) => atMost(times.at, stretches, x), nth: (n) => nthOf(times.at, stretches, n, top) };
}

/** Beyond this many lead times left between the bounds, nthOf halves the bounds again; at or below, it sorts them. */
const FEW = 64;

/** nthOf's working memory, reused (a fleet asks ~100,000 quantiles), grown to the most stretches asked for. */
const scratch = {
  a: new Int32Array(FEW_STRETCHES),
  b: new Int32Array(FEW_STRETCHES),
  p: new Int32Array(FEW_STRETCHES),
  left: new Float64Array(FEW),
};

/** The scratch arrays, each of room for at least `m` stretches. */
function scratchFor(m: number): typeof scratch {
  if (scratch.a.length < m) {
    const size = Math.max(m, scratch.a.length * 2);
    scratch.a = new Int32Array(size);
    scratch.b = new Int32Array(size);
    scratch.p = new Int32Array(size);
  }
  return scratch;
}

/**
 * The n-th smallest lead time (0-based) of the stretches, each between 0 and `top`: a binary search on the
 * value x (the smallest whole x with more than n lead times at most x) that keeps, for each stretch, the run
 * of its changes whose lead time lies between the bounds (a stretch's lead times shrink along it), so each
 * count searches only that run, and that sorts what is left once at most FEW lead times lie between them.
 */
function nthOf(at: Float64Array, stretches: readonly Stretch[], n: number, top: number): number {
  // Between lo (exclusive) and hi: each stretch's changes [a, b) (lead time ≤ hi from a, > lo before b).
  const m = stretches.length;
  const { a, b, p, left } = scratchFor(m);
  let lo = -1;
  let hi = top;
  let below = 0;
  let between = 0;
  for (let i = 0; i < m; i++) {
    a[i] = stretches[i].from;
    b[i] = stretches[i].to;
    between += b[i] - a[i];
  }
  for (let step = 0; hi - lo > 1 && between > FEW; step++) {
    // Every other step guesses where the sought lead time lies as if those between the bounds were evenly
    // spread between them (a handful of steps where halving takes twenty), the others halve: never more than
    // twice halving's steps, whatever the spread. Any x strictly between the bounds keeps the answer exact.
    const mid =
      step % 2 === 0
        ? Math.min(hi - 1, Math.max(lo + 1, lo + Math.floor(((hi - lo) * (n - below + 0.5)) / between)))
        : Math.floor((lo + hi) / 2);
    // At most mid between the bounds: each run's tail from p.
    let upTo = 0;
    for (let i = 0; i < m; i++) {
      p[i] = lowerBound(at, stretches[i].landed - mid, a[i], b[i]);
      upTo += b[i] - p[i];
    }
    if (below + upTo > n) {
      // The answer is at most mid: the runs' tails are what lies between the bounds now.
      hi = mid;
      between = upTo;
      for (let i = 0; i < m; i++) a[i] = p[i];
    } else {
      lo = mid;
      below += upTo;
      between -= upTo;
      for (let i = 0; i < m; i++) b[i] = p[i];
    }
  }
  if (hi - lo <= 1) return hi;
  let k = 0;
  for (let i = 0; i < m; i++) for (let j = a[i]; j < b[i]; j++) left[k++] = Math.max(0, stretches[i].landed - at[j]);
  return left.subarray(0, k).sort()[n - below];
}

/** The median of the lead times (the mean of the two middle ones for an even count); 0 for none. As figures.ts median. */
export function medianOf(o: LeadOrder): number {
  if (o.count === 0) return 0;
  const m = o.count >> 1;
  if (o.count % 2 === 1) return o.nth(m);
  const below = o.nth(m - 1);
  // The two middle lead times are most often one value: then the second needs no search.
  return (below + (o.atMost(below) > m ? below : o.nth(m))) / 2;
}

/** The nearest-rank percentile p of the lead times; 0 for none. As figures.ts percentile. */
export function percentileOf(o: LeadOrder, p: number): number {
  if (o.count === 0) return 0;
  return o.nth(Math.max(0, Math.ceil(p * o.count) - 1));
}

/** What eachLeadTime calls per lead time: the change, its position in records.changes (the same in every environment), the landing that brought it, the seconds. */
export type LeadTimeVisit = (change: Change, position: number, landing: Landing, seconds: number) => void;

/** Visits each lead time of `spans` in the history's order, listing none (a fleet's --json writes millions: json.ts). */
export function eachLeadTime(changes: readonly Change[], spans: readonly LeadSpan[], visit: LeadTimeVisit): void {
  for (const s of spans)
    for (let i = s.from; i < s.to; i++) {
      const c = changes[i];
      visit(c, i, s.landing, Math.max(0, s.landing.at - c.at));
    }
}

/** Each lead time of `spans`, in the history's order. */
export function listLeadTimes(changes: readonly Change[], spans: readonly LeadSpan[]): LeadTime[] {
  const out: LeadTime[] = [];
  eachLeadTime(changes, spans, (c, _, landing, seconds) => out.push({ commit: c.commit, merged: c.at, landing: landing.commit, seconds }));
  return out;
}
