// Flux resources as the place an environment's chart version and pins live.
// An environment deployed by Flux names its HelmRelease (`helmrelease:`), and
// the OCIRepository its chart comes from when the release takes it through
// `spec.chartRef` (`ocirepository:`). The chart version is then the
// HelmRelease's `spec.chart.spec.version`, or the OCIRepository's
// `spec.ref.tag` (`spec.ref.semver` when it floats), read and written through
// the same ChartRevision an Argo CD Application's targetRevision is; the image
// pins are read at the service's values-key under the HelmRelease's
// `spec.values`, or in the ConfigMap of `spec.valuesFrom` that holds them
// (flux-values.ts). A HelmRelease that gives no version lets Flux deploy the
// newest chart: refused at its line, before anything is written.

import { isMap, type Document, type Node } from 'yaml';
import { UserError } from '../../errors.ts';
import { parseWith, type ParseCache } from '../../text/parse-cache.ts';
import { YAML_DOCUMENTS, mapValue, scalarText, type ParsedYaml } from '../../yaml/read.ts';
import { inexactRevision } from '../../charts/exact-revision.ts';
import { setScalars, type KeyPath, type ScalarEdit } from '../../edits/yaml-edit.ts';
import { checkYamlEdit } from '../../edits/check.ts';
import { isDigest } from '../../registry/reference.ts';

/** The Flux kinds whose file holds an environment's chart version. */
const CHART_KINDS = ['HelmRelease', 'OCIRepository'] as const;
export type FluxChartKind = (typeof CHART_KINDS)[number];

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
  /** An OCIRepository's spec.ref.digest, which Flux pulls by before the tag or semver, and its line. */
  digest?: string;
  digestLine?: number;
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
  const named = name ? docs.filter((d) => d.name === name) : docs;
  // Flux's chartRef examples name the OCIRepository and its HelmRelease alike: a HelmRelease taking its chart by
  // chartRef holds no chart version, so where it shares the name, the OCIRepository is the one meant.
  const versioned = named.filter((d) => d.kind === 'OCIRepository' || mapValue(mapValue(d.doc.contents, 'spec'), 'chartRef') === undefined);
  const chosen = named.length > 1 && versioned.length === 1 ? versioned : named;
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
  if (res.kind === 'OCIRepository') return ociRevision(spec, base, line, res.name);
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
 * The document of the HelmRelease an environment names (undefined when the
 * file holds one document); where its pins live among spec.values and
 * spec.valuesFrom is flux-values.ts's to say.
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
  const { index } = releases[0];
  return all.length > 1 ? index : undefined;
}

/**
 * An OCIRepository's artifact reference: the version in spec.ref.semver or
 * spec.ref.tag (the first Flux reads), and spec.ref.digest, which Flux reads
 * before either. A digest alone still gives the version a place: tag, created
 * when written.
 */
function ociRevision(
  spec: unknown,
  base: Omit<FluxRevision, 'path' | 'line' | 'current'>,
  line: (n: Node | null | undefined) => number,
  name?: string,
): FluxRevision {
  const ref = mapValue(spec, 'ref');
  const url = scalarText(mapValue(spec, 'url'));
  const chart = url?.replace(/\/+$/, '').split('/').pop();
  const key = (['semver', 'tag'] as const).find((k) => mapValue(ref, k) !== undefined);
  const digest = scalarText(mapValue(ref, 'digest'));
  if (!isMap(ref) || (key === undefined && digest === undefined))
    throw new UserError(`OCIRepository ${name ?? ''} has no spec.ref.tag, so Flux pulls the tag latest`.replace(/\s+/g, ' '), {
      file: base.file,
      line: line(isMap(ref) ? ref : (spec as Node)),
      hint: 'pin the artifact: spec.ref.tag: <version> (with spec.ref.digest for a protected environment)',
    });
  return {
    ...base,
    path: ['spec', 'ref', key ?? 'tag'],
    line: line(mapValue(ref, key ?? 'digest')),
    current: key ? (scalarText(mapValue(ref, key)) ?? '') : '',
    ...(chart ? { chart } : {}),
    ...(digest !== undefined ? { digest, digestLine: line(mapValue(ref, 'digest')) } : {}),
  };
}

/**
 * An OCIRepository's spec.ref set to `version` and `digest`, byte-minimal: the
 * digest beside the version key (created after it when missing). A digest the
 * target pins and the promotion does not bring is refused at its line: Flux
 * would go on pulling it, whatever the tag says.
 */
export function setOciRef(text: string, rev: FluxRevision, version: string, digest: string | undefined, cache?: ParseCache): string {
  if (digest === undefined && rev.digest !== undefined)
    throw new UserError(
      `OCIRepository ${rev.name ?? ''} pins spec.ref.digest, which Flux pulls before the tag, and the promoted chart ${version} comes without one`.replace(
        /\s+/g,
        ' ',
      ),
      {
        file: rev.file,
        line: rev.digestLine ?? rev.line,
        hint: 'pin spec.ref.digest in the source environment’s OCIRepository too, or remove it here',
      },
    );
  const key = String(rev.path[rev.path.length - 1]);
  const edits: ScalarEdit[] = [];
  if (version !== rev.current && version !== '') edits.push({ path: rev.path, value: version, create: true });
  if (digest !== undefined && digest !== rev.digest)
    edits.push({ path: ['spec', 'ref', 'digest'], value: digest, create: true, after: key });
  if (edits.length === 0) return text;
  const after = setScalars(text, rev.file, edits, { document: rev.document, cache });
  checkYamlEdit(rev.file, text, after, edits, { document: rev.document, cache });
  return after;
}

/** A protected environment's Flux chart version that is not one exact version (`*`, a range, a branch), at its line; undefined when exact. */
export function inexactFluxChart(rev: Omit<FluxRevision, 'flux'> & { flux?: FluxChartKind }): UserError | undefined {
  // A digest is one artifact: Flux pulls it whatever the tag or semver beside it says.
  if (rev.digest !== undefined && isDigest(rev.digest)) return undefined;
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
