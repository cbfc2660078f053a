// The Applications of one file as the apps of an environment (`application: environments/prod/apps.yaml#*`, the
// layout of a repository that keeps every Application of an environment in one argocd-applications.yaml): each
// Application document is an app, known by the chart its source names (`chart:`, else its `path:`'s last
// folder), which is what an app is called in every environment — its metadata.name (`api-prod`) is not. An
// Application whose sources name no one chart, or whose chart another Application of the file names too, is known
// by its metadata.name. findChartRevision and readApplication pick the document back by that name.

import { parseWith, type ParseCache } from '../../text/parse-cache.ts';
import { YAML_DOCUMENTS, mapValue, scalarText } from '../../yaml/read.ts';
import { sourceNames, sourcesOf } from './application.ts';

/** The suffix of a config path naming every Application of a file as an app. */
export const EVERY_DOCUMENT = '#*';

/** The app id of each Application document of `text`, in the file's order (documents with neither a chart nor a name left out). */
export function applicationIds(text: string, file: string, cache?: ParseCache): string[] {
  const parsed = parseWith(cache, YAML_DOCUMENTS, text.replace(/^\ufeff/, ''), file);
  const apps = (parsed.documents ?? [parsed.doc]).filter(
    (doc) =>
      mapValue(doc.contents, 'spec') !== undefined && (scalarText(mapValue(doc.contents, 'kind')) ?? 'Application') === 'Application',
  );
  const named = apps.map((doc) => {
    const charts = new Set(sourcesOf({ doc }).flatMap((s) => sourceNames(s.node).slice(-1)));
    return {
      chart: charts.size === 1 ? [...charts][0] : undefined,
      name: scalarText(mapValue(mapValue(doc.contents, 'metadata'), 'name')),
    };
  });
  const count = new Map<string, number>();
  for (const n of named) if (n.chart) count.set(n.chart, (count.get(n.chart) ?? 0) + 1);
  return named.flatMap((n) => {
    const id = n.chart && count.get(n.chart) === 1 ? n.chart : n.name;
    return id ? [id] : [];
  });
}
