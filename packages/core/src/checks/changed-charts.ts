import { posix } from 'node:path';
import { looseChart } from '../charts/bump-rules.ts';
import { chartOwner, topChartDirs } from '../charts/discover.ts';
import { helmIgnore, type IgnoreRule } from '../charts/helmignore.ts';
import { deploymentState } from '../charts/deployment-state.ts';
import { globMatcher } from '../text/glob.ts';
import { mayHold } from '../text/spelled.ts';
import type { ParseCache } from '../text/parse-cache.ts';
import type { ChartBumpInput, PathSet } from './types.ts';
import { join, type ChartContext } from './chart-context.ts';

// Which charts a pull request changed, as `helm package` sees them: the first half of checkChartBumps.

/**
 * Reads a file of one side once, however often it is asked for. A file the
 * pull request did not change is the same text on both sides: it is read once, from head.
 */
export function memoizedReader(input: ChartBumpInput, changed: ReadonlySet<string>): ChartContext['read'] {
  const texts = new Map<string, Promise<string | undefined>>();
  return (tree, path) => {
    const side = tree === input.base && (changed.has(path) || !input.head.has(path)) ? 'base' : 'head';
    const key = `${side}\0${path}`;
    let p = texts.get(key);
    if (!p) {
      texts.set(key, (p = input.readFile(side, path)));
      // A refused read (a file over the size cap) surfaces where it is awaited; a copy kept here must not count as unhandled.
      p.catch(() => {});
    }
    return p;
  };
}

/**
 * Chart folders (subcharts included) at head and base, and the top charts of
 * both: one pass over the head's paths; the base's differ only where a Chart.yaml changed.
 */
export function chartFolders(
  head: PathSet,
  base: PathSet,
  changed: readonly string[],
): { headDirs: string[]; baseDirs: string[]; tops: string[] } {
  const headDirSet = new Set(chartDirs(head));
  const baseDirSet = new Set(headDirSet);
  let sameCharts = true;
  for (const p of changed) {
    if (p !== 'Chart.yaml' && !p.endsWith('/Chart.yaml')) continue;
    const d = p === 'Chart.yaml' ? '.' : p.slice(0, -'/Chart.yaml'.length);
    if (base.has(p) !== head.has(p)) sameCharts = false;
    if (base.has(p)) baseDirSet.add(d);
    else baseDirSet.delete(d);
  }
  // Usually no chart is added or removed: both sides then have the same top charts, found once.
  const headTops = topChartDirs(headDirSet);
  const tops = sameCharts ? headTops : [...new Set([...headTops, ...topChartDirs(baseDirSet)])].sort();
  return { headDirs: [...headDirSet], baseDirs: [...baseDirSet], tops };
}

/**
 * Top chart folder → its changed files that `helm package` would pack on
 * either side: inside the chart, not excluded by its .helmignore (on that
 * side) nor by the `ignore` globs, and not an environment's values file kept
 * there (deployment state, packaged by neither publish nor a release).
 */
export async function packagedChanges(
  changed: readonly string[],
  tops: readonly string[],
  input: ChartBumpInput,
  read: ChartContext['read'],
): Promise<Map<string, string[]>> {
  const { base, head } = input;
  const ownerOf = chartOwner(tops);
  // `helm package` walks the whole folder, vendored subcharts included, with the top chart's .helmignore only.
  const owned = changed.flatMap((path) => {
    const top = ownerOf(path);
    return top ? [{ path, top }] : [];
  });
  // Every .helmignore involved is read in one pipelined batch, then matched synchronously.
  const loaded = new Map<string, IgnoreRule>();
  const needed = [...new Set(owned.map((o) => o.top))];
  await Promise.all(
    (['base', 'head'] as const).flatMap((side) =>
      needed.map(async (dir) =>
        loaded.set(
          `${side}:${dir}`,
          helmIgnore(await read(side === 'base' ? base : head, join(dir, '.helmignore')), join(dir, '.helmignore')),
        ),
      ),
    ),
  );
  const inChart = (path: string, top: string) => (top === '.' ? path : path.slice(top.length + 1));
  const packaged = (side: 'base' | 'head', path: string, top: string) => !loaded.get(`${side}:${top}`)!(inChart(path, top));
  const ignore =
    input.ignore && input.ignore.length > 0
      ? globMatcher(
          input.ignore.map((g) => g.trim().replace(/\\/g, '/').replace(/^\.\//, '')),
          { input: 'ignore' },
        )
      : undefined;
  const isState = input.deploymentState?.length ? deploymentState(input.deploymentState) : undefined;
  const counted = new Map<string, string[]>();
  for (const { path, top } of owned) {
    if (ignore?.(inChart(path, top)) || isState?.(path)) continue;
    if ((base.has(path) && packaged('base', path, top)) || (head.has(path) && packaged('head', path, top))) {
      if (!counted.has(top)) counted.set(top, []);
      counted.get(top)!.push(path);
    }
  }
  return counted;
}

/**
 * Charts whose file:// dependency changed (transitively), each with the
 * dependency that changed. Only head Chart.yaml files that mention
 * `file://` (the candidates git grep found, when given) are read, and parsed
 * through the check's `cache`.
 */
export async function changedThroughDependencies(
  tops: readonly string[],
  counted: ReadonlyMap<string, string[]>,
  input: ChartBumpInput,
  read: ChartContext['read'],
  cache?: ParseCache,
): Promise<Map<string, string>> {
  const { head } = input;
  const candidates = input.localDependencyCandidates ? new Set(input.localDependencyCandidates) : undefined;
  const headTops = tops.filter((t) => head.has(join(t, 'Chart.yaml')) && (!candidates || candidates.has(join(t, 'Chart.yaml'))));
  const texts = new Map<string, string>();
  await Promise.all(
    headTops.map(async (t) => {
      const text = await read(head, join(t, 'Chart.yaml'));
      if (text && text.includes('file://')) texts.set(t, text);
    }),
  );
  // A Chart.yaml is parsed only when it may name a changed chart: it writes the changed folder's name, or a
  // dependency path ending in `..` (its own folder's parent, named nowhere in it). Each round's finds are words of the next.
  const localDeps = new Map<string, string[]>();
  const words = new Set([...counted.keys()].map((t) => posix.basename(t)));
  let viaDependency = new Map<string, string>();
  for (let more = true; more;) {
    more = false;
    for (const [t, text] of texts) {
      if (!namesParent(text) && !mayHold(text, words)) continue;
      texts.delete(t);
      more = true;
      const loose = looseChart(text, cache);
      if (loose && loose.localDeps.length > 0)
        localDeps.set(
          t,
          loose.localDeps.map((d) => posix.normalize(posix.join(t, d))),
        );
    }
    viaDependency = throughDependencies(localDeps, counted);
    for (const t of viaDependency.keys()) words.add(posix.basename(t));
  }
  return viaDependency;
}

/** Whether a Chart.yaml's `file://` dependency may end in `.` or `..` (or nothing): a folder its text need not name. */
function namesParent(text: string): boolean {
  for (const m of text.matchAll(/file:\/\/([^\s"'#,:&*{}[\]]*)/g)) {
    const last = m[1].replace(/\/+$/, '').split('/').pop();
    if (last === '' || last === '.' || last === '..') return true;
  }
  return false;
}

/** Charts whose file:// dependency (`localDeps`) is a changed chart (`counted`), transitively, each with that dependency. */
function throughDependencies(localDeps: ReadonlyMap<string, string[]>, counted: ReadonlyMap<string, unknown>): Map<string, string> {
  const viaDependency = new Map<string, string>();
  for (let grew = true; grew;) {
    grew = false;
    for (const [t, deps] of localDeps) {
      if (counted.has(t) || viaDependency.has(t)) continue;
      const dep = deps.find((d) => counted.has(d) || viaDependency.has(d));
      if (dep) {
        viaDependency.set(t, dep);
        grew = true;
      }
    }
  }
  return viaDependency;
}

/** Folders holding a Chart.yaml, subcharts included. */
function chartDirs(paths: Iterable<string>): string[] {
  // One native regex scan over the joined listing: much cheaper than a cold JS loop over thousands of paths.
  const text = `\0${[...paths].join('\0')}\0`;
  const out: string[] = [];
  for (const m of text.matchAll(/\0(?:([^\0]*)\/)?Chart\.yaml(?=\0)/g)) out.push(m[1] ?? '.');
  return out;
}
