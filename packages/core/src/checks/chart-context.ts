import type { ParseCache } from '../text/parse-cache.ts';
import type { DirIndex } from './dir-index.ts';
import type { ChartBumpInput, PathSet } from './types.ts';

/** What every per-chart step of checkChartBumps shares: the input, both sides' chart folders, one memoized reader and the run's parses. */
export interface ChartContext {
  input: ChartBumpInput;
  /** Chart folders (subcharts included) at head and at the base, sorted for prefix lookups. */
  headDirs: DirIndex;
  baseDirs: DirIndex;
  read(tree: PathSet, path: string): Promise<string | undefined>;
  changed: ReadonlySet<string>;
  /** Chart folder → its packaged files that changed. */
  counted: ReadonlyMap<string, string[]>;
  /** New chart folder → the folder the pull request moved it from. */
  moves: ReadonlyMap<string, string>;
  /** The check's parses: a Chart.yaml read at several bases, or by several steps, is parsed once. */
  cache: ParseCache;
}

/** A file in a chart folder (`.` is the repository's top). */
export function join(dir: string, file: string): string {
  return dir === '.' ? file : `${dir}/${file}`;
}

/** A path as written by a user, in git's form: forward slashes, no leading `./`. */
export function normalizePath(p: string): string {
  return p.trim().replace(/\\/g, '/').replace(/^\.\//, '');
}
