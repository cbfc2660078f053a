// A packaged subchart kept in git (charts/<name>.tgz): Helm's loader unpacks it, lockstep reads a chart's files as
// text and cannot hand Helm that archive, so readChartFolder (render.ts) fails closed at it.

import { helmIgnore, type IgnoreRule } from '../charts/helmignore.ts';

/**
 * The first archive Helm would load as a subchart of the chart whose files are `files` (chart-relative paths):
 * Helm's loader reads every `charts/<name>.tgz`, at any depth of vendored subcharts, whether or not a
 * `dependencies:` entry names it, unless the chart's .helmignore leaves it out. Lockstep reads files as text and
 * cannot give Helm that archive: undefined when there is none.
 */
export function packagedSubchart(files: ReadonlyMap<string, string>): string | undefined {
  const archives = [...files.keys()].filter((p) => /^(charts\/[^/]+\/)*charts\/[^/]+\.tgz$/.test(p)).sort();
  if (archives.length === 0) return undefined;
  let ignored: IgnoreRule = () => false;
  try {
    ignored = helmIgnore(files.get('.helmignore'));
  } catch {
    // a .helmignore Helm would refuse: the archive is not taken as left out
  }
  return archives.find((p) => {
    try {
      return !ignored(p);
    } catch {
      return true;
    }
  });
}
