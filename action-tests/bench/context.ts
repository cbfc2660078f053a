/**
 * What a benchmark module gets. `npm run bench` (action-tests/bench/run.ts)
 * runs every action-tests/bench/*.bench.ts in name order on Node 24, then
 * prints one table of all rows it returned.
 */
export interface BenchContext {
  /** Node 24 binary, the runtime action.yml declares. */
  node: string;
  /** A fresh temp folder for this module. */
  tmp: string;
  /** Repetitions per measurement (fewer with BENCH_QUICK=1). */
  runs: number;
  log(text: string): void;
}

/** One measured comparison: ours against the peer a user would otherwise run, in the same run. */
export interface BenchRow {
  /** What was measured, e.g. "chart-bump-check, 20 PR pairs (median per pair)". */
  case: string;
  /** Our median, milliseconds. */
  oursMs: number;
  /** The peer's name and median, milliseconds (or undefined when there is none). */
  peer?: string;
  peerMs?: number;
  /** The floor (what no tool can beat: process start plus the unavoidable work), milliseconds. */
  floorMs?: number;
  /** Our peak resident memory, MB. */
  peakMB?: number;
  /** The issue's target, in words, e.g. "≤ 1.5× floor, < 150 MB". */
  target: string;
  /** Whether the measured figures meet the target. */
  met: boolean;
}

/** A benchmark module's default export. */
export type Bench = (ctx: BenchContext) => Promise<BenchRow[]>;
