// Flux resources as the place an environment's chart version and pins live.
// An environment deployed by Flux names its HelmRelease (`helmrelease:`), and
// the OCIRepository its chart comes from when the release takes it through
// `spec.chartRef` (`ocirepository:`). The chart version is then the
// HelmRelease's `spec.chart.spec.version`, or the OCIRepository's
// `spec.ref.tag` (`spec.ref.semver` when it floats), read and written through
// the same ChartRevision an Argo CD Application's targetRevision is; the image
// pins are read at the service's values-key under the HelmRelease's
// `spec.values`. A HelmRelease that gives no version lets Flux deploy the
// newest chart, and one that takes values from a Secret holds values lockstep
// cannot read: both are refused at their line, before anything is written.

import { isMap, isSeq, type Document, type Node } from 'yaml';
import { UserError } from '../errors.ts';
import { parseWith, type ParseCache } from '../text/parse-cache.ts';
import { YAML_DOCUMENTS, mapValue, scalarText, type ParsedYaml } from '../yaml/read.ts';
import { inexactRevision } from '../charts/exact-revision.ts';
import type { KeyPath } from '../edits/yaml-edit.ts';

/** The Flux kinds whose file holds an environment's chart version. */
const CHART_KINDS = ['HelmRelease', 'OCIRepository'] as const;
export type FluxChartKind = (typeof CHART_KINDS)[number];

/** The environment keys a Flux-deployed environment names its resources with (config: helmrelease:, ocirepository:, flux-kustomization:). */
export interface FluxKeys {
  helmrelease?: string;
  ocirepository?: string;
  /** A Flux Kustomization whose spec.images hold the pins: read and written as an overlay's images: (kustomize/overlay.ts). */
  fluxKustomization?: string;
}

/** The config key an environment without values: names its pins with, for errors at its line. */
export function pinKey(e: FluxKeys & { kustomization?: string }): string {
  return e.kustomization !== undefined ? 'kustomization' : e.fluxKustomization !== undefined ? 'flux-kustomization' : 'helmrelease';
}

/**
 * How an environment's Flux keys fill the places lockstep reads: a Flux
 * Kustomization is an overlay (its spec.images); the HelmRelease's file holds the pins (its `spec.values`) unless `values:`
 * names another file, and the chart version lives in the OCIRepository
 * when one is named, else in the HelmRelease (`file#name` picks one
 * resource of a multi-document file, as `application:` does).
 */
export function fluxPlaces(e: FluxKeys & { application?: string }): { values?: string; application?: string; kustomization?: string } {
  const release = e.helmrelease;
  const chartAt = e.application ?? e.ocirepository ?? release;
  return {
    ...(e.fluxKustomization !== undefined ? { kustomization: e.fluxKustomization } : {}),
    ...(release !== undefined ? { values: release.replace(/#.*$/, '') } : {}),
    ...(chartAt !== undefined ? { application: chartAt } : {}),
  };
}

/** The values key of a pin in the HelmRelease's own file: under its `spec.values`; in any other file as written. */
export function fluxValuesKey(env: FluxKeys & { values: string }, key: string): string {
  return env.helmrelease !== undefined && env.helmrelease.replace(/#.*$/, '') === env.values ? `spec.values.${key}` : key;
}

/** Where a Flux resource keeps the chart version: the shape of application.ts's ChartRevision, which takes it as is. */
export interface FluxRevision {
  file: string;
  /** Index of the document in the file; undefined when the file holds one document. */
  document?: number;
  path: KeyPath;
  line: number;
  current: string;
  name?: string;
  chart?: string;
  flux: FluxChartKind;
}

interface FluxDoc {
  index: number;
  doc: Document.Parsed;
  kind: FluxChartKind;
  name?: string;
}

const kindOf = (doc: Document.Parsed) => scalarText(mapValue(doc.contents, 'kind'));
const nameOf = (doc: Document.Parsed) => scalarText(mapValue(mapValue(doc.contents, 'metadata'), 'name'));

/** The HelmRelease or OCIRepository documents of a parsed file. */
function fluxDocs(parsed: ParsedYaml): FluxDoc[] {
  return (parsed.documents ?? [parsed.doc]).flatMap((doc, index) => {
    const kind = kindOf(doc);
    return CHART_KINDS.includes(kind as FluxChartKind) ? [{ index, doc, kind: kind as FluxChartKind, name: nameOf(doc) }] : [];
  });
}

/**
 * The chart version of the Flux resource `text` holds (`name` picks one of
 * several), or undefined when the file holds no HelmRelease or
 * OCIRepository (then it is an Argo CD Application's file). Errors name
 * file:line: several resources and no name, a HelmRelease without a chart
 * version, one whose chart comes from an OCIRepository (`chartRef`), an
 * OCIRepository without a `spec.ref`.
 */
export function fluxChartRevision(text: string, file: string, name: string | undefined, cache?: ParseCache): FluxRevision | undefined {
  const parsed = parseWith(cache, YAML_DOCUMENTS, text.replace(/^\ufeff/, ''), file);
  const docs = fluxDocs(parsed);
  if (docs.length === 0) return undefined;
  const chosen = name ? docs.filter((d) => d.name === name) : docs;
  if (chosen.length !== 1)
    throw new UserError(
      chosen.length === 0
        ? `no HelmRelease or OCIRepository in the file is named '${name}' (it holds ${docs.map((d) => d.name ?? `document ${d.index + 1}`).join(', ')})`
        : `${chosen.length} Flux resources in the file (${docs.map((d) => `${d.kind} ${d.name ?? ''}`.trim()).join(', ')}); cannot tell which holds the chart version`,
      { file, line: 1, hint: 'name the resource in the config: helmrelease: <file>#<metadata.name>' },
    );
  const res = chosen[0];
  const multi = (parsed.documents?.length ?? 1) > 1;
  const spec = mapValue(res.doc.contents, 'spec');
  const line = (node: Node | null | undefined) => parsed.lineOf(node) ?? parsed.lineOf(res.doc.contents) ?? 1;
  const base = { file, ...(multi ? { document: res.index } : {}), ...(res.name ? { name: res.name } : {}), flux: res.kind };
  if (res.kind === 'OCIRepository') {
    const ref = mapValue(spec, 'ref');
    const url = scalarText(mapValue(spec, 'url'));
    const chart = url?.replace(/\/+$/, '').split('/').pop();
    // Flux reads semver before tag when both are written.
    const key = (['semver', 'tag'] as const).find((k) => mapValue(ref, k) !== undefined);
    if (!isMap(ref) || key === undefined)
      throw new UserError(`OCIRepository ${res.name ?? ''} has no spec.ref.tag, so Flux pulls the tag latest`.replace(/\s+/g, ' '), {
        file,
        line: line(isMap(ref) ? ref : spec),
        hint: 'pin the artifact: spec.ref.tag: <version> (with spec.ref.digest for a protected environment)',
      });
    return {
      ...base,
      path: ['spec', 'ref', key],
      line: line(mapValue(ref, key)),
      current: scalarText(mapValue(ref, key)) ?? '',
      ...(chart ? { chart } : {}),
    };
  }
  const chartRef = mapValue(spec, 'chartRef');
  if (chartRef !== undefined)
    throw new UserError(
      `HelmRelease ${res.name ?? ''} takes its chart from ${scalarText(mapValue(chartRef, 'kind')) ?? 'a source'} ${scalarText(mapValue(chartRef, 'name')) ?? ''} (spec.chartRef), whose file holds the chart version`.replace(
        /\s+/g,
        ' ',
      ),
      { file, line: line(chartRef), hint: 'name that OCIRepository in the environment: ocirepository: <its file>' },
    );
  const chartSpec = mapValue(mapValue(spec, 'chart'), 'spec');
  const version = mapValue(chartSpec, 'version');
  const current = scalarText(version) ?? '';
  const chart = scalarText(mapValue(chartSpec, 'chart'));
  if (current === '')
    throw new UserError(
      `HelmRelease ${res.name ?? ''} has no spec.chart.spec.version, so Flux deploys the newest chart`.replace(/\s+/g, ' '),
      {
        file,
        line: line(version ?? chartSpec ?? spec),
        hint: `pin one chart version: version: <x.y.z> under spec.chart.spec${chart ? ` (chart ${chart})` : ''}`,
      },
    );
  return { ...base, path: ['spec', 'chart', 'spec', 'version'], line: line(version), current, ...(chart ? { chart } : {}) };
}

/**
 * The document of the HelmRelease whose `spec.values` hold an environment's
 * pins (undefined when the file holds one document), refused at its line when
 * it takes values from a Secret: values lockstep can neither read nor check.
 */
export function releaseDocument(release: string, text: string, file: string, cache?: ParseCache): number | undefined {
  const hash = release.indexOf('#');
  const name = hash < 0 ? undefined : release.slice(hash + 1).trim() || undefined;
  const parsed = parseWith(cache, YAML_DOCUMENTS, text.replace(/^\ufeff/, ''), file);
  const all = parsed.documents ?? [parsed.doc];
  const releases = all.flatMap((doc, index) => (kindOf(doc) === 'HelmRelease' && (!name || nameOf(doc) === name) ? [{ doc, index }] : []));
  if (releases.length !== 1)
    throw new UserError(
      releases.length === 0
        ? `no HelmRelease${name ? ` named '${name}'` : ''} in the file`
        : `${releases.length} HelmReleases in the file; cannot tell which holds the pins`,
      { file, line: 1, hint: 'point helmrelease at the HelmRelease (or the patch of it) the environment deploys: <file>#<metadata.name>' },
    );
  const { doc, index } = releases[0];
  const from = mapValue(mapValue(doc.contents, 'spec'), 'valuesFrom');
  const secret = isSeq(from) ? from.items.find((item) => scalarText(mapValue(item, 'kind')) === 'Secret') : undefined;
  if (secret)
    throw new UserError(
      `HelmRelease ${nameOf(doc) ?? ''} takes values from the Secret ${scalarText(mapValue(secret, 'name')) ?? ''} (spec.valuesFrom), which lockstep cannot read or check`.replace(
        /\s+/g,
        ' ',
      ),
      {
        file,
        line: parsed.lineOf(secret as Node) ?? 1,
        hint: 'keep chart values and image pins in spec.values or a ConfigMap of the repository; a Secret holds secrets only',
      },
    );
  return all.length > 1 ? index : undefined;
}

/** A protected environment's Flux chart version that is not one exact version (`*`, a range, a branch), at its line; undefined when exact. */
export function inexactFluxChart(rev: Omit<FluxRevision, 'flux'> & { flux?: FluxChartKind }): UserError | undefined {
  const why = inexactRevision(rev.current, 'chart');
  if (why === undefined) return undefined;
  return new UserError(`${rev.flux} ${rev.name ?? ''}: ${rev.path.join('.')} ${why}`.replace(/\s+/g, ' '), {
    file: rev.file,
    line: rev.line,
    hint:
      rev.flux === 'OCIRepository'
        ? 'pin one exact version: spec.ref.tag: 1.4.0 (a protected environment deploys only what was promoted)'
        : 'pin one exact chart version: spec.chart.spec.version: 1.4.0 (a protected environment deploys only what was promoted)',
  });
}
