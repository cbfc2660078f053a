import picomatch from 'picomatch';
import { posix } from 'node:path';

/**
 * Finds chart folders in a list of POSIX file paths (from `git ls-tree`, or a
 * directory walk). A chart is a folder holding Chart.yaml; charts vendored
 * inside another chart's `charts/` folder are subcharts of that chart, not
 * charts of their own. With `patterns` (folders or globs, e.g. `charts/*`),
 * only matching chart folders are kept.
 */
export function findCharts(paths: Iterable<string>, patterns?: readonly string[]): string[] {
  const dirs = new Set<string>();
  for (const p of paths) {
    if (p === 'Chart.yaml' || p.endsWith('/Chart.yaml')) dirs.add(posix.dirname(p));
  }
  const top = [...dirs].filter((d) => !isInsideChartsFolder(d, dirs)).sort();
  if (!patterns || patterns.length === 0) return top;
  const matchers = patterns.map((p) => picomatch(normalizePattern(p), { dot: true }));
  return top.filter((d) => matchers.some((m) => m(d)));
}

/** True when `dir` sits under `<chart>/charts/` of another chart in `dirs`. */
export function isInsideChartsFolder(dir: string, dirs: ReadonlySet<string>): boolean {
  const parts = dir.split('/');
  for (let i = parts.length - 2; i >= 1; i--) {
    if (parts[i] === 'charts' && dirs.has(parts.slice(0, i).join('/'))) return true;
  }
  return false;
}

/** `charts/`, `./charts/x`, `charts/x/Chart.yaml` → the folder pattern they mean. */
export function normalizePattern(p: string): string {
  let s = p.trim().replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
  if (s.endsWith('/Chart.yaml')) s = s.slice(0, -'/Chart.yaml'.length);
  return s === '' ? '.' : s;
}

/** The chart folder (from `charts`) that owns a file path, or undefined. Longest match wins. */
export function owningChart(path: string, charts: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const c of charts) {
    if ((c === '.' || path === c || path.startsWith(`${c}/`)) && (!best || c.length > best.length)) best = c;
  }
  return best;
}
