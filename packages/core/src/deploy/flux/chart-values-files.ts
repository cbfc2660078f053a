// A HelmRelease's spec.chart.spec.valuesFiles, as source-controller builds the chart with them: the files merged in
// the order listed (maps key by key, anything else replaced by the later file) become the chart's values.yaml, which
// is no longer read unless the list names it. Paths are from the source's root: the repository's top for a
// GitRepository or Bucket chart (lockstep's own repository), the chart's folder for a chart of a HelmRepository. A
// file that is not there fails the chart's build, unless spec.chart.spec.ignoreMissingValuesFiles skips it. A
// HelmRepository's chart is pulled and rebuilt: the files read in the archive (archiveWithValuesFiles).

import { posix } from 'node:path';
import { parse } from 'yaml';
import { UserError } from '../../errors.ts';
import type { FieldLine } from './post-renderers.ts';
import { isObj, mergeOver, type Obj } from '../../values/values-origin.ts';
import { archiveFiles } from '../../charts/archive.ts';
import { gzippedTar } from '../../charts/folder-archive.ts';

/** The values files a release's chart is built with, as written, and whether a missing one is skipped. */
export interface ChartValuesFiles {
  readonly files: readonly string[];
  readonly ignoreMissing: boolean;
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

/** The names Helm's chart loader takes as a chart's own parts, not as its files: a values file is never one of them. */
const CHART_PARTS = new Set(['Chart.yaml', 'Chart.lock', 'values.schema.json', 'requirements.yaml', 'requirements.lock']);

/** Whether `path` (in the chart) is among the files Helm's loader gives a chart (a `charts/…` provenance file is). */
export const loadedAsFile = (path: string) =>
  !CHART_PARTS.has(path) && !path.startsWith('templates/') && (!path.startsWith('charts/') || path.endsWith('.prov'));

/**
 * The values.yaml source-controller writes into the pulled chart `tgz` (`what` names it) from `vf`: each listed file
 * read in the archive at its path in the chart (`values.yaml` the chart's own; any other among the files Helm's loader
 * gives the chart, so never a template, a subchart's file or Chart.yaml), merged in order; with the archive's entries
 * and the top folder they sit under; or why the chart cannot be built.
 */
async function archiveValues(
  tgz: Uint8Array,
  what: string,
  vf: ChartValuesFiles,
): Promise<{ text: string; entries: { name: string; data: Buffer }[]; top: string } | { unavailable: string }> {
  const entries = await archiveFiles(tgz, what);
  const top = entries[0]?.name.split('/')[0] ?? '';
  const own = new Map(entries.filter((e) => e.name.startsWith(`${top}/`)).map((e) => [e.name.slice(top.length + 1), e.data]));
  if (!own.has('values.yaml')) return { unavailable: `spec.chart.spec.valuesFiles: ${what} has no values.yaml to replace` };
  const merged = await mergedChartValues(vf, (p) =>
    Promise.resolve(p === 'values.yaml' || loadedAsFile(p) ? own.get(p)?.toString('utf8') : undefined),
  );
  return 'unavailable' in merged ? merged : { text: merged.text, entries, top };
}

/** The pulled chart `tgz` as source-controller rebuilds a HelmRepository's chart with `vf` (archiveValues): every other file as it was. */
export async function archiveWithValuesFiles(
  tgz: Uint8Array,
  what: string,
  vf: ChartValuesFiles,
): Promise<{ tgz: Uint8Array } | { unavailable: string }> {
  const built = await archiveValues(tgz, what, vf);
  if ('unavailable' in built) return built;
  const values = `${built.top}/values.yaml`;
  return {
    tgz: await gzippedTar(
      built.entries.map((e) => (e.name === values ? { name: e.name, data: Buffer.from(built.text) } : e)),
      6,
    ),
  };
}

/**
 * The chart files `files` read of the pulled chart `tgz` (charts/archive.ts readChartArchive) with the values.yaml
 * source-controller builds from `vf` in place of the chart's own: what values-drift and the values contract judge a
 * release's values against. Without `vf`, `files` as they are.
 */
export async function builtArchiveFiles(
  files: Map<string, string>,
  tgz: Uint8Array,
  what: string,
  vf: ChartValuesFiles | undefined,
): Promise<Map<string, string> | { unavailable: string }> {
  if (!vf) return files;
  const built = await archiveValues(tgz, what, vf);
  return 'unavailable' in built ? built : new Map([...files, ['values.yaml', built.text]]);
}
