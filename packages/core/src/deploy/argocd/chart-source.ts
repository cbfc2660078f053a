// Where an Argo CD Application (or a Flux resource) takes the chart whose version it pins: its source's repoURL,
// chart and path (an OCIRepository's url), read from the document and source findChartRevision chooses.

import { parseWith, type ParseCache } from '../../text/parse-cache.ts';
import { mapValue, scalarText, YAML_DOCUMENTS } from '../../yaml/read.ts';
import type { ChartSource } from '../chart-reference.ts';
import { findChartRevision } from './application.ts';

/** repoURL, chart and path of the Application source (or Flux resource) holding the chart version (of an OCIRepository: its chart). */
export function chartSource(
  text: string,
  file: string,
  name: string | undefined,
  charts: readonly string[],
  cache?: ParseCache,
): ChartSource {
  const rev = findChartRevision(text, file, name, charts, cache);
  const parsed = parseWith(cache, YAML_DOCUMENTS, text.replace(/^\ufeff/, ''), file);
  let node: unknown = parsed.documents?.[rev.document ?? 0]?.contents;
  // An OCIRepository has no chart key: flux.ts took its chart from spec.url's last segment. Reading the chart
  // from that registry (and a HelmRelease's values as values) is values-drift's Flux support, not here yet.
  if (rev.flux === 'OCIRepository')
    return { ...(rev.chart ? { chart: rev.chart } : {}), ociRepository: scalarText(mapValue(mapValue(node, 'spec'), 'url')) ?? '' };
  for (const key of rev.path.slice(0, -1))
    node = typeof key === 'number' ? (node as { items?: unknown[] })?.items?.[key] : mapValue(node, key);
  return {
    repoURL: scalarText(mapValue(node, 'repoURL')),
    chart: scalarText(mapValue(node, 'chart')),
    path: scalarText(mapValue(node, 'path')),
  };
}

/**
 * The 1-based line of `key` (`repoURL`, `chart`) in the Application source chartSource reads, where a refusal of what
 * it names points; the targetRevision's line when the source does not write it.
 */
export function chartSourceLine(
  text: string,
  file: string,
  name: string | undefined,
  charts: readonly string[],
  key: 'repoURL' | 'chart',
  cache?: ParseCache,
): number {
  const rev = findChartRevision(text, file, name, charts, cache);
  const parsed = parseWith(cache, YAML_DOCUMENTS, text.replace(/^\ufeff/, ''), file);
  let node: unknown = parsed.documents?.[rev.document ?? 0]?.contents;
  for (const k of rev.path.slice(0, -1)) node = typeof k === 'number' ? (node as { items?: unknown[] })?.items?.[k] : mapValue(node, k);
  return parsed.lineOf(mapValue(node, key)) ?? rev.line;
}
