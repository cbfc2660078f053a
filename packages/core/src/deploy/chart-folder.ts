// A chart its deployer reads from a folder of this repository (an Argo CD git source's path:, a Flux HelmRelease
// built from a GitRepository): the folder's files as the commit holds them, named as Helm names the chart. One
// decision for every operation that finds such a chart (hydrate's resolvers, the check's registry Application); what
// each says when the folder cannot be read, and where it looks when there is none, stays the operation's own.

import { posix } from 'node:path';
import { readChartFolder, type Unavailable } from '../render/render.ts';
import { chartMeta } from '../values/chart-files.ts';
import type { CommitReader, FoundChart } from './model.ts';

/**
 * The chart folder `dir` of this repository at the commit `reader` reads (through its `chart`, which reads a folder
 * once, when it has one), named by its Chart.yaml (else the folder's last name, as `helm template` says it); or why
 * the folder cannot be rendered (readChartFolder: no Chart.yaml, a dependency not vendored, with its line).
 */
export async function repositoryChart(reader: CommitReader, dir: string): Promise<FoundChart | Unavailable> {
  const files = await (reader.chart ? reader.chart(dir) : readChartFolder(reader, dir));
  if ('unavailable' in files) return files;
  return {
    input: files,
    name: chartMeta(files.files.get('Chart.yaml') ?? '').name ?? posix.basename(dir),
    where: `${dir} of this repository`,
    dir,
  };
}
