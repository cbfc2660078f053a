import picomatch from 'picomatch';
import { globMatcher } from '../text/glob.ts';
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
  const top = topChartDirs(dirs);
  if (!patterns || patterns.length === 0) return top;
  return top.filter(chartPatternMatcher(patterns));
}

/**
 * A predicate over chart folders for folder/glob patterns: a glob matches
 * folders (`charts/*`); a plain folder matches itself and, when it is not a
 * chart itself, the charts below it (`stable/` → `stable/legacy`).
 */
export function chartPatternMatcher(patterns: readonly string[]): (dir: string) => boolean {
  const norm = patterns.map(normalizePattern);
  // A pattern without any glob character matches only itself: such patterns (the usual `.` or
  // `charts`) are compared as text, so a run without globs never compiles a matcher.
  const literal = norm.filter((p) => !GLOB_CHARACTER.test(p));
  const globs = norm.filter((p) => GLOB_CHARACTER.test(p));
  const glob = globs.length > 0 ? globMatcher(globs, { input: 'charts' }) : undefined;
  const folders = [...literal, ...globs.filter((p) => !picomatch.scan(p).isGlob)];
  return (d) => literal.includes(d) || (glob !== undefined && glob(d)) || folders.some((f) => f === '.' || d.startsWith(`${f}/`));
}

/** Characters that can make a pattern a glob for picomatch (a pattern without any is plain text). */
const GLOB_CHARACTER = /[*?[\]{}()!+@]/;

/** The chart folders of `dirs` that are not subcharts under another chart's `charts/`, sorted. */
export function topChartDirs(dirs: ReadonlySet<string>): string[] {
  return [...dirs].filter((d) => !isInsideChartsFolder(d, dirs)).sort();
}

/** True when `dir` sits under `<chart>/charts/` of another chart in `dirs`. */
export function isInsideChartsFolder(dir: string, dirs: ReadonlySet<string>): boolean {
  const parts = dir.split('/');
  // i = 0 is a chart at the repository root ('.'), whose subcharts live in charts/.
  for (let i = parts.length - 2; i >= 0; i--) {
    if (parts[i] === 'charts' && dirs.has(i === 0 ? '.' : parts.slice(0, i).join('/'))) return true;
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

/**
 * owningChart for many paths against the same chart folders: the folders go
 * into a set once and each path looks up its own ancestors (deepest first),
 * so a 1,000-chart repository costs a PR the depth of its paths, not
 * paths × charts comparisons.
 */
export function chartOwner(charts: readonly string[]): (path: string) => string | undefined {
  const set = new Set(charts);
  const root = set.has('.') ? '.' : undefined;
  return (path) => {
    for (let dir = path; dir !== ''; dir = dir.slice(0, Math.max(0, dir.lastIndexOf('/')))) if (set.has(dir)) return dir;
    return root;
  };
}
