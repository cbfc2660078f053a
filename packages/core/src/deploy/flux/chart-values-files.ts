// A HelmRelease's spec.chart.spec.valuesFiles, as source-controller builds the chart with them: the files merged in
// the order listed (maps key by key, anything else replaced by the later file) become the chart's values.yaml, which
// is no longer read unless the list names it. Paths are from the source's root: the repository's top for a
// GitRepository or Bucket chart (lockstep's own repository), the chart's folder for a chart of a HelmRepository. A
// file that is not there fails the chart's build, unless spec.chart.spec.ignoreMissingValuesFiles skips it.

import { posix } from 'node:path';
import { parse } from 'yaml';
import { UserError } from '../../errors.ts';
import type { FieldLine } from './post-renderers.ts';
import { isObj, mergeOver, type Obj } from '../../values/values-origin.ts';

/** The values files a release's chart is built with, as written, and whether a missing one is skipped. */
export interface ChartValuesFiles {
  files: string[];
  ignoreMissing: boolean;
}

/** spec.chart.spec's valuesFiles (none: undefined), refused at its line when it is not a list of paths. */
export function chartValuesFilesOf(chartSpec: Obj | undefined, at: FieldLine): ChartValuesFiles | undefined {
  const v = chartSpec?.valuesFiles;
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v) || v.some((f) => typeof f !== 'string' || f === ''))
    throw new UserError('spec.chart.spec.valuesFiles is not a list of paths', {
      ...at('valuesFiles'),
      hint: 'list the values files the chart is built with, from the source’s root: `valuesFiles: [charts/api/values.yaml, charts/api/values-prod.yaml]`',
    });
  if (v.length === 0) return undefined;
  return { files: v as string[], ignoreMissing: chartSpec?.ignoreMissingValuesFiles === true };
}

/**
 * The chart's values.yaml as source-controller writes it from `vf` (JSON, which Helm reads as YAML), each file read
 * by `read` at its path from the source's root, with the files it read; or why the chart cannot be built.
 */
export async function mergedChartValues(
  vf: ChartValuesFiles,
  read: (path: string) => Promise<string | undefined>,
): Promise<{ text: string; read: { path: string; text: string }[] } | { unavailable: string }> {
  const merged: Obj = {};
  const texts: { path: string; text: string }[] = [];
  for (const written of vf.files) {
    const path = posix.normalize(written.replace(/^\.\//, '')).replace(/\/+$/, '');
    if (path === '..' || path.startsWith('../') || path.startsWith('/'))
      return { unavailable: `spec.chart.spec.valuesFiles: ${written} is outside the source` };
    const text = await read(path);
    if (text === undefined) {
      if (vf.ignoreMissing) continue;
      return {
        unavailable: `spec.chart.spec.valuesFiles: no values file at ${written}: the chart cannot be built (ignoreMissingValuesFiles skips it)`,
      };
    }
    let doc: unknown;
    try {
      doc = parse(text);
    } catch (e) {
      return { unavailable: `spec.chart.spec.valuesFiles: ${written} is not YAML: ${(e as Error).message.split('\n')[0]}` };
    }
    if (doc !== null && doc !== undefined && !isObj(doc))
      return { unavailable: `spec.chart.spec.valuesFiles: ${written} is not a map of values` };
    // source-controller's MergeMaps is Helm's: a map over a map merges, anything else replaces (own keys only).
    mergeOver(merged, (doc as Obj | null) ?? {});
    texts.push({ path, text });
  }
  return { text: Object.keys(merged).length > 0 ? JSON.stringify(merged) : '', read: texts };
}
