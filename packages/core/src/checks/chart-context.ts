import type { ChartBumpInput, PathSet } from './types.ts';

/** What every per-chart step of checkChartBumps shares: the input, both sides' chart folders and one memoized reader. */
export interface ChartContext {
  input: ChartBumpInput;
  headDirs: string[];
  baseDirs: string[];
  read(tree: PathSet, path: string): Promise<string | undefined>;
  changed: ReadonlySet<string>;
  /** Chart folder → its packaged files that changed. */
  counted: ReadonlyMap<string, string[]>;
  /** New chart folder → the folder the pull request moved it from. */
  moves: ReadonlyMap<string, string>;
}

/** A file in a chart folder (`.` is the repository's top). */
export function join(dir: string, file: string): string {
  return dir === '.' ? file : `${dir}/${file}`;
}

/** A path as written by a user, in git's form: forward slashes, no leading `./`. */
export function normalizePath(p: string): string {
  return p.trim().replace(/\\/g, '/').replace(/^\.\//, '');
}
