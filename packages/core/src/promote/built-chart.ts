// A chart read for values-drift and the values contract as its deployer builds it: for a Flux HelmRelease whose
// spec.chart.spec.valuesFiles names files, source-controller merges them into the chart's values.yaml before
// helm-controller installs it (deploy/flux/chart-values-files.ts), so those merged values are the chart's defaults
// the release's values are judged against, whether the chart is a folder of this repository or a pulled archive.

import { readChartArchive } from '../charts/archive.ts';
import { helmIgnore } from '../charts/helmignore.ts';
import { UserError } from '../errors.ts';
import type { ChartSource } from '../deploy/chart-reference.ts';
import { builtArchiveFiles, loadedAsFile, mergedChartValues } from '../deploy/flux/chart-values-files.ts';
import type { ImageReference } from '../registry/reference.ts';
import { join, type ChartTree } from '../values/chart-files.ts';
import type { PromoteWorld } from './ports.ts';

/** What a values comparison reads of a packaged chart: its templates and subcharts too. */
const ARCHIVE_PARTS = { templates: true, subcharts: true } as const;

/**
 * A pulled chart's files as values-drift reads them, with the values.yaml source-controller builds for a Flux
 * HelmRelease from its spec.chart.spec.valuesFiles (`source.valuesFiles`, read in the archive); or why it cannot be built.
 */
export async function builtArchive(
  tgz: Uint8Array,
  what: string,
  source: ChartSource,
): Promise<Map<string, string> | { unavailable: string }> {
  const files = await readChartArchive(Buffer.from(tgz), what, ARCHIVE_PARTS);
  return builtArchiveFiles(files, tgz, what, source.valuesFiles);
}

/** The chart `ref` of a registry as builtArchive reads it (the world's readChart where no valuesFiles rebuild it). */
export async function registryChart(
  ports: PromoteWorld,
  ref: ImageReference,
  what: string,
  source: ChartSource,
): Promise<Map<string, string> | { unavailable: string }> {
  if (!source.valuesFiles) return ports.readChart(ref);
  return builtArchive(await ports.pullChartArchive(ref), what, source);
}

/**
 * The chart folder `dir` of `tree` with the values.yaml source-controller builds from `source.valuesFiles` in its own's
 * place: the files read from the repository's top for a chart of a GitRepository (a `path:` and no repoURL), from the
 * chart's folder (among the files Helm's loader gives the chart and its .helmignore keeps in the package) for one
 * released to a Helm repository; or why the chart cannot be built. Without valuesFiles, `tree` as it is.
 */
export async function builtFolderTree(tree: ChartTree, dir: string, source: ChartSource): Promise<ChartTree | string> {
  const vf = source.valuesFiles;
  if (!vf) return tree;
  const fromTop = source.path !== undefined && source.repoURL === undefined;
  // A chart released to a Helm repository is its package: a file its .helmignore leaves out is not in it.
  let packaged: (p: string) => boolean = () => true;
  if (!fromTop) {
    const ignore = join(dir, '.helmignore');
    try {
      const ignored = helmIgnore(await tree.text(ignore), ignore);
      packaged = (p) => p === 'values.yaml' || (loadedAsFile(p) && !ignored(p));
    } catch (e) {
      if (e instanceof UserError) return e.format();
      throw e;
    }
  }
  const merged = await mergedChartValues(vf, (p) =>
    fromTop ? tree.text(p) : packaged(p) ? tree.text(join(dir, p)) : Promise.resolve(undefined),
  );
  if ('unavailable' in merged) return merged.unavailable;
  const values = join(dir, 'values.yaml');
  return { ...tree, text: (p) => (p === values ? Promise.resolve(merged.text) : tree.text(p)) };
}
