/**
 * Scale curves (issue 22, item 3): an action's time and peak memory at several
 * sizes of one input, printed as a table and judged "linear or better, peak
 * ≤ 150 MB at every point".
 *
 * Peak memory of the action's own Node process comes from a preload
 * (`node --import <preload> dist/index.js`) that writes
 * `process.resourceUsage().maxRSS` (getrusage RUSAGE_SELF: the kernel's
 * high-water mark of this process, exact, no sampling) to a file on exit.
 * Polling /proc/<pid>/status VmHWM from outside would miss the last
 * milliseconds before exit; GNU time's `%M` alone (measure.ts) is the largest
 * of Node and every child it reaped (wait4's rusage includes reaped
 * descendants), so it cannot tell Node from a `git` child. The two together
 * do: when GNU time's figure is above Node's own, it is the largest child's
 * peak (reported as "git peak"); otherwise every child stayed at or below Node.
 * The preload costs one small module load (~1 ms), the same at every size, so
 * it does not bend a curve.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatMs, median, timeSpawn, type SpawnOptions, type Timing } from './measure.ts';

/** Largest peak resident memory allowed at any point of a curve, MB (issue 22). */
export const PEAK_LIMIT_MB = 150;

/**
 * Bound on the log-log slope of the last segment of a curve (see curveSlope).
 * Linear work gives 1.0; n·log n over a decade about 1.1 at these sizes only
 * when the constant is negligible; quadratic work gives 2. The bound leaves
 * room for noise on a linear curve (a 25% error on a decade step moves the
 * slope by 0.1) and still catches anything quadratic, whose slope over a
 * decade is ≥ 1.3 as soon as its quadratic term is a fifth of the fixed cost at
 * the smaller size.
 */
export const SLOPE_LIMIT = 1.1;

/** One size of a curve. */
export interface CurvePoint {
  /** The size on the curve's axis (changed charts, commits, services…). */
  size: number;
  /** Median wall time, ms. */
  ms: number;
  /** What no run at this size can avoid (Node's start, and for a PR the API's spacing), ms: the slope is taken above it. */
  fixedMs: number;
  /** Largest peak RSS of the action's Node process over the runs, MB. */
  nodePeakMB: number;
  /** Largest peak RSS of the whole process tree (GNU time), MB; above nodePeakMB means a child (git) peaked higher. */
  treePeakMB: number;
}

/**
 * The log-log slope of the work above the fixed cost over the curve's last
 * segment (the two largest sizes): log(E₂/E₁) / log(n₂/n₁), E = ms − fixedMs.
 * The last segment is where a superlinear term shows most; over the whole
 * curve the constant (bundle load, git start) flattens it. E is floored at
 * 1 ms so a point that is all fixed cost gives a finite slope. Undefined for
 * fewer than two points.
 */
export function curveSlope(points: readonly CurvePoint[]): number | undefined {
  if (points.length < 2) return undefined;
  const sorted = [...points].sort((a, b) => a.size - b.size);
  const [a, b] = sorted.slice(-2);
  const ea = Math.max(1, a.ms - a.fixedMs);
  const eb = Math.max(1, b.ms - b.fixedMs);
  return Math.log(eb / ea) / Math.log(b.size / a.size);
}

export interface CurveVerdict {
  slope: number | undefined;
  linear: boolean;
  maxPeakMB: number;
  memoryOk: boolean;
  met: boolean;
}

/** Linear or better (slope ≤ SLOPE_LIMIT) and every point's Node and child peaks ≤ PEAK_LIMIT_MB. */
export function judgeCurve(points: readonly CurvePoint[]): CurveVerdict {
  const slope = curveSlope(points);
  const linear = slope !== undefined && slope <= SLOPE_LIMIT;
  const maxPeakMB = Math.max(...points.map((p) => Math.max(p.nodePeakMB, p.treePeakMB)));
  const memoryOk = points.every((p) => p.nodePeakMB > 0 && p.nodePeakMB <= PEAK_LIMIT_MB && p.treePeakMB <= PEAK_LIMIT_MB);
  return { slope, linear, maxPeakMB, memoryOk, met: linear && memoryOk };
}

/** The curve as aligned table lines: size, time, fixed cost, time per unit above it, Node peak, largest child peak. */
export function formatCurve(unit: string, points: readonly CurvePoint[]): string[] {
  const header = [unit, 'time', 'fixed', 'per unit', 'peak MB', 'git peak MB'];
  const rows = points.map((p) => [
    p.size.toLocaleString('en-US'),
    formatMs(p.ms),
    formatMs(p.fixedMs),
    formatMs(Math.max(0, p.ms - p.fixedMs) / p.size),
    p.nodePeakMB.toFixed(1),
    p.treePeakMB > p.nodePeakMB + 0.5 ? p.treePeakMB.toFixed(1) : `≤ node`,
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  return [header, widths.map((w) => '─'.repeat(w)), ...rows].map((r) => r.map((s, c) => s.padStart(widths[c])).join('  '));
}

/** The verdict in words, for the log. */
export function describeVerdict(v: CurveVerdict): string {
  const slope = v.slope === undefined ? 'no slope (one point)' : `last-segment slope ${v.slope.toFixed(2)} (≤ ${SLOPE_LIMIT})`;
  return `${slope} ${v.linear ? '✓' : '✗'}; largest peak ${v.maxPeakMB.toFixed(1)} MB (≤ ${PEAK_LIMIT_MB}) ${v.memoryOk ? '✓' : '✗'}`;
}

/** The preload that reports Node's own peak RSS (kB) to the file named by LOCKSTEP_BENCH_MAXRSS on exit. */
const PRELOAD = `import { writeFileSync } from 'node:fs';
process.on('exit', () => {
  try { writeFileSync(process.env.LOCKSTEP_BENCH_MAXRSS, String(process.resourceUsage().maxRSS)); } catch {}
});
`;

/** A Timing with the action's own Node peak beside the tree's. */
export interface NodeTiming extends Timing {
  /** Peak RSS of the Node process itself, MB (0 when the preload could not report it). */
  nodePeakMB: number;
}

/** Runs `node --import <preload> script` under timeSpawn (GNU time when present) and reads Node's own peak. */
export class NodePeakRunner {
  private readonly node: string;
  private readonly dir: string;
  private readonly preload: string;

  constructor(node: string, tmp: string) {
    this.node = node;
    this.dir = mkdtempSync(join(tmp, 'maxrss-'));
    this.preload = join(this.dir, 'maxrss.mjs');
    writeFileSync(this.preload, PRELOAD);
  }

  async run(script: string, opts: SpawnOptions & { env: NodeJS.ProcessEnv; nodeArgs?: string[]; args?: string[] }): Promise<NodeTiming> {
    const file = join(this.dir, 'kb');
    rmSync(file, { force: true });
    const t = await timeSpawn(this.node, [...(opts.nodeArgs ?? []), '--import', this.preload, script, ...(opts.args ?? [])], {
      ...opts,
      env: { ...opts.env, LOCKSTEP_BENCH_MAXRSS: file },
    });
    let kb = 0;
    try {
      kb = Number(readFileSync(file, 'utf8')) || 0;
    } catch {
      // The process died before its exit handlers ran: no figure.
    }
    return { ...t, nodePeakMB: kb / 1024 };
  }
}

/** Median time and largest peaks over timings of one size. */
export function summarise(size: number, ours: readonly NodeTiming[], fixed: readonly number[]): CurvePoint {
  return {
    size,
    ms: median(ours.map((t) => t.ms)),
    fixedMs: median(fixed),
    nodePeakMB: Math.max(...ours.map((t) => t.nodePeakMB)),
    treePeakMB: Math.max(...ours.map((t) => t.peakRssMB)),
  };
}
