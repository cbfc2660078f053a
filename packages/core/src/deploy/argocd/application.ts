// The chart version an environment runs: `targetRevision` of its ArgoCD
// Application. The config's `application` names the file, optionally with
// `#<name>` to pick one Application of a multi-document file (seed 001 keeps
// every Application of an environment in one argocd-applications.yaml). The
// name matches the document's metadata.name, or a source's chart, or the last
// folder of a source's path; in a multi-source Application the source with
// the matching chart (or path) is the one edited.

import { posix } from 'node:path';
import { isScalar, isSeq, stringify, type Document, type Node } from 'yaml';
import { lineAt } from '../../text/bytes.ts';
import type { ValuesSource } from '../../values/values-origin.ts';
import { argoSetValue } from '../../values/helm-set.ts';
import { parameterSources } from './parameters.ts';
import type { IgnoreRule } from '../../render/ignore-paths.ts';
import { UserError } from '../../errors.ts';
import { checkYamlEdit } from '../../edits/check.ts';
import { setScalars, type KeyPath } from '../../edits/yaml-edit.ts';
import { ParseCache, parseWith } from '../../text/parse-cache.ts';
import { YAML_DOCUMENTS } from '../../yaml/read.ts';
import { fluxChartRevision, setOciRef, type FluxChartKind } from '../flux/flux.ts';
import { mapValue, scalarText } from '../../yaml/read.ts';

/** `apps/prod.yaml#myapp-prod` → file and selector. */
export function splitApplicationRef(ref: string): { file: string; name?: string } {
  const hash = ref.indexOf('#');
  if (hash < 0) return { file: ref };
  const name = ref.slice(hash + 1).trim();
  return { file: ref.slice(0, hash), name: name === '' ? undefined : name };
}

/** Where an Application's chart version lives, and what it says now. */
export interface ChartRevision {
  file: string;
  /** Index of the document in the file; undefined when the file holds one document. */
  document?: number;
  path: KeyPath;
  line: number;
  /** The current targetRevision ('' when empty). */
  current: string;
  /** metadata.name of the Application, for the summary. */
  name?: string;
  /** The chart the source names: its `chart:`, else its `path:`'s last folder. */
  chart?: string;
  /** The source's `path:` (a chart folder of this repository), when it has one. */
  chartPath?: string;
  /** The Flux resource holding the version instead of an Application (deploy/flux/flux.ts). */
  flux?: FluxChartKind;
  /** An OCIRepository's spec.ref.digest (deploy/flux/flux.ts), and its line. */
  digest?: string;
  digestLine?: number;
  /** Why a promotion does not write the version here (a HelmRelease's shared base, a chart built from a GitRepository). */
  fixed?: string;
}

/** The Application documents of a parsed file (kind Application, or none given, with a spec). */
function candidates(docs: readonly Document.Parsed[] | undefined): Candidate[] {
  return (docs ?? [])
    .map((doc, index) => ({ index, doc, name: scalarText(mapValue(mapValue(doc.contents, 'metadata'), 'name')) }))
    .filter(
      (c) =>
        mapValue(c.doc.contents, 'spec') !== undefined && (scalarText(mapValue(c.doc.contents, 'kind')) ?? 'Application') === 'Application',
    );
}

/**
 * Whether the chart folders given to findChartRevision can change which Application of `text` it reads, or which
 * source: several Applications and no name to pick one, or several sources naming a chart. When they cannot (one
 * Application with one chart source, the shape of nearly every file), one reading serves every chart it is asked
 * for. True when unsure (no Application, a Flux file, a name matching none).
 */
export function chartsChoose(text: string, file: string, name: string | undefined, cache?: ParseCache): boolean {
  const parsed = parseWith(cache, YAML_DOCUMENTS, text.replace(/^\ufeff/, ''), file);
  const apps = candidates(parsed.documents);
  if (apps.length === 0 || (apps.length > 1 && !name)) return true;
  const chosen = apps.length === 1 ? apps : apps.filter((c) => c.name === name);
  if (chosen.length !== 1) return true;
  const sourcesWithChart = sourcesOf(chosen[0]).filter((s) => sourceNames(s.node).length > 0).length;
  return sourcesWithChart > 1 && (!name || chosen[0].name === name);
}

/** What a source is known by: its chart, its path and the path's last folder. */
export function sourceNames(source: unknown): string[] {
  const names: string[] = [];
  const chart = scalarText(mapValue(source, 'chart'));
  const path = scalarText(mapValue(source, 'path'));
  if (chart) names.push(chart);
  if (path) {
    const clean = path.replace(/\/+$/, '');
    names.push(clean, clean.slice(clean.lastIndexOf('/') + 1));
  }
  return names;
}

interface Candidate {
  index: number;
  doc: Document.Parsed;
  name?: string;
}

/**
 * Finds the targetRevision to edit. `name` (from `file#name`) selects the
 * document and the source; `charts` (config chart folders) are the fallback
 * hints. Errors name the file and line: no Application, several and no way to
 * choose, or no source carrying the chart. With the run's `cache`, a file
 * parsed before (its inline values read for pins) is not parsed again.
 */
export function findChartRevision(
  text: string,
  file: string,
  name: string | undefined,
  charts: readonly string[] = [],
  cache?: ParseCache,
): ChartRevision {
  const body = text.replace(/^\ufeff/, '');
  const parsed = parseWith(cache, YAML_DOCUMENTS, body, file);
  const multi = (parsed.documents ?? []).length > 1;
  const apps = candidates(parsed.documents);
  const flux = apps.length === 0 ? fluxChartRevision(text, file, name, cache) : undefined;
  if (flux) return flux;
  if (apps.length === 0)
    throw new UserError('no ArgoCD Application (kind: Application with spec) in the file', {
      file,
      line: 1,
      hint: 'point application at the Application manifest',
    });
  const hints = name ? [name] : charts.flatMap((c) => [c.replace(/\/+$/, ''), c.replace(/\/+$/, '').split('/').pop()!]);
  const matchesSource = (c: Candidate) => sourcesOf(c).some((s) => sourceNames(s.node).some((n) => hints.includes(n)));
  let chosen: Candidate[];
  if (apps.length === 1) chosen = apps;
  else {
    chosen = name ? apps.filter((c) => c.name === name) : [];
    if (chosen.length === 0) chosen = apps.filter(matchesSource);
  }
  if (chosen.length !== 1) {
    const names = apps.map((c) => c.name ?? `document ${c.index + 1}`).join(', ');
    throw new UserError(
      chosen.length === 0
        ? `no Application in the file matches ${name ? `'${name}'` : 'the configured charts'} (it holds ${names})`
        : `${chosen.length} Applications in the file match; cannot tell which to edit`,
      { file, line: 1, hint: 'name the Application in the config: application: <file>#<metadata.name or chart>' },
    );
  }
  const app = chosen[0];
  const sources = sourcesOf(app);
  // A name that picked the Application by metadata.name says nothing about which source holds the chart.
  const sourceHints =
    name && app.name === name ? charts.flatMap((c) => [c.replace(/\/+$/, ''), c.replace(/\/+$/, '').split('/').pop()!]) : hints;
  const matching = sources.filter((s) => sourceNames(s.node).some((n) => sourceHints.includes(n)));
  const withChart = sources.filter((s) => sourceNames(s.node).length > 0);
  const source =
    matching.length === 1
      ? matching[0]
      : matching.length === 0 && withChart.length === 1 && sourceHints !== hints
        ? withChart[0]
        : matching.length === 0 && withChart.length === 1 && !name
          ? withChart[0]
          : undefined;
  const appLine = parsed.lineOf(app.doc.contents) ?? 1;
  if (!source)
    throw new UserError(
      `Application ${app.name ?? ''} has no source with the chart ${name ?? hints[hints.length - 1] ?? ''}`.replace(/\s+/g, ' ').trim(),
      {
        file,
        line: appLine,
        hint: 'give the chart source (spec.source or one of spec.sources) its chart: or path:, or fix the name after # in application',
      },
    );
  const rev = mapValue(source.node, 'targetRevision');
  const current = scalarText(rev) ?? '';
  return {
    file,
    document: multi ? app.index : undefined,
    path: [...source.path, 'targetRevision'],
    line: parsed.lineOf(rev ?? source.node) ?? appLine,
    current,
    name: app.name,
    ...sourceChart(source.node),
  };
}

/** An Application's sources (spec.sources' items, else spec.source), each with its key path. */
export function sourcesOf(c: Pick<Candidate, 'doc'>): { node: Node; path: KeyPath }[] {
  const spec = mapValue(c.doc.contents, 'spec');
  const sources = mapValue(spec, 'sources');
  if (isSeq(sources)) return sources.items.map((s, i) => ({ node: s as Node, path: ['spec', 'sources', i] }));
  const source = mapValue(spec, 'source');
  return source ? [{ node: source, path: ['spec', 'source'] }] : [];
}

/** The chart a source names and the folder it reads it from, for what a promotion says of the chart. */
function sourceChart(source: unknown): Pick<ChartRevision, 'chart' | 'chartPath'> {
  const chart = scalarText(mapValue(source, 'chart'));
  const path = scalarText(mapValue(source, 'path'))?.replace(/\/+$/, '');
  const folder = path ? path.slice(path.lastIndexOf('/') + 1) : undefined;
  return { ...(chart || folder ? { chart: chart || folder } : {}), ...(path ? { chartPath: path } : {}) };
}

/**
 * Sets the Application's chart version with a byte-minimal edit (created
 * after `chart:`/`path:` when the source has no targetRevision), checked by
 * re-parsing: only that value changes, every other document stays.
 */
export function setChartRevision(text: string, rev: ChartRevision, version: string, cache?: ParseCache, digest?: string): string {
  if (rev.flux === 'OCIRepository') return setOciRef(text, { ...rev, flux: rev.flux }, version, digest, cache);
  if (rev.current === version) return text;
  const edit = { path: rev.path, value: version, create: true, after: 'chart' };
  const after = setScalars(text, rev.file, [edit], { document: rev.document, cache });
  checkYamlEdit(rev.file, text, after, [edit], { document: rev.document, cache });
  return after;
}

/**
 * What an Application gives a render, read once for the chart pull request's
 * check and for a promotion alike: the chart source's targetRevision, chart
 * and path, the release name (helm.releaseName, else metadata.name), the
 * destination namespace, the valueFiles in order, the inline helm.values and
 * valuesObject, the parameters, and spec.ignoreDifferences.
 */
export interface ApplicationRender {
  revision: ChartRevision;
  /** The source's `path:` (a chart folder of this repository), without a trailing slash. */
  path?: string;
  release: string;
  namespace?: string;
  valueFiles: string[];
  ignoreMissingValueFiles: boolean;
  /** helm.values and helm.valuesObject as values texts, in that order (after every file). */
  inline: string[];
  /** The same inline values where the Application's file writes them, in the same order: their keys are said at its lines. */
  inlineAt: ValuesSource[];
  set: { name: string; value: string; string?: boolean }[];
  ignoreDifferences: IgnoreRule[];
}

type Obj = Record<string, unknown>;
const asObj = (v: unknown): Obj | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined);
const asStr = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/**
 * The Application of `text` as a render reads it (findChartRevision picks the document and the source); its errors
 * name file:line. With the run's `cache`, a text parsed before (chartsChoose) is not parsed again.
 */
export function readApplication(
  text: string,
  file: string,
  name: string | undefined,
  charts: readonly string[] = [],
  given?: ParseCache,
): ApplicationRender {
  // One parse of the text for the chart's source and the values (findChartRevision reads it from this cache).
  const cache = given ?? new ParseCache({ maxTexts: 1 });
  const parsed = parseWith(cache, YAML_DOCUMENTS, text.replace(/^\ufeff/, ''), file);
  const revision = findChartRevision(text, file, name, charts, cache);
  const list = parsed.documents ?? [parsed.doc];
  const app = asObj(list[revision.document ?? 0]?.toJS()) ?? {};
  let source: unknown = app;
  for (const k of revision.path.slice(0, -1)) source = Array.isArray(source) ? source[Number(k)] : asObj(source)?.[String(k)];
  const src = asObj(source) ?? {};
  const helm = asObj(src.helm) ?? {};
  const spec = asObj(app.spec) ?? {};
  const inline = [
    ...(typeof helm.values === 'string' && helm.values.trim() !== '' ? [helm.values] : []),
    ...(asObj(helm.valuesObject) ? [stringify(helm.valuesObject)] : []),
  ];
  const set = (Array.isArray(helm.parameters) ? helm.parameters : []).flatMap((p) => {
    const o = asObj(p);
    const n = asStr(o?.name);
    // As Argo CD hands it to Helm: its commas escaped (helm-set.ts), else `a,b` would be two parameters.
    return n ? [{ name: n, value: argoSetValue(asStr(o?.value) ?? ''), string: o?.forceString === true }] : [];
  });
  // Argo CD's diff leaves these fields out, but a sync applies them unless the Application says RespectIgnoreDifferences=true.
  const respected = strings(asObj(spec.syncPolicy)?.syncOptions).some((o) => o.replace(/\s+/g, '') === 'RespectIgnoreDifferences=true');
  const ignoreDifferences = (Array.isArray(spec.ignoreDifferences) ? spec.ignoreDifferences : []).flatMap((r): IgnoreRule[] => {
    const o = asObj(r);
    const kind = asStr(o?.kind);
    if (!o || !kind) return [];
    return [
      {
        kind,
        ...(asStr(o.group) !== undefined ? { group: asStr(o.group) } : {}),
        ...(asStr(o.name) ? { name: asStr(o.name) } : {}),
        ...(asStr(o.namespace) ? { namespace: asStr(o.namespace) } : {}),
        jsonPointers: strings(o.jsonPointers),
        jqPathExpressions: strings(o.jqPathExpressions),
        ...(respected ? {} : { appliedOnSync: true as const }),
      },
    ];
  });
  const path = asStr(src.path)?.replace(/\/+$/, '');
  const inlineAt = inlineSources(
    list[revision.document ?? 0],
    text,
    file,
    revision,
    inline.length > 0 && typeof helm.values === 'string' && helm.values.trim() !== '',
    asObj(helm.valuesObject) !== undefined,
  );
  const namespace = asStr(asObj(spec.destination)?.namespace);
  return {
    revision,
    ...(path ? { path } : {}),
    release: asStr(helm.releaseName) ?? asStr(asObj(app.metadata)?.name) ?? 'release',
    ...(namespace ? { namespace } : {}),
    valueFiles: strings(helm.valueFiles),
    ignoreMissingValueFiles: helm.ignoreMissingValueFiles === true,
    inline,
    inlineAt,
    set,
    ignoreDifferences,
  };
}

/**
 * Where the Application's inline values are written: helm.values (a literal block's lines are the file's, from the
 * line after its `|`; any other string is said at its line) and helm.valuesObject (the document's own node).
 */
function inlineSources(
  doc: Document | undefined,
  text: string,
  file: string,
  revision: ChartRevision,
  values: boolean,
  object: boolean,
): ValuesSource[] {
  const clean = text.replace(/^\ufeff/, '');
  const document = revision.document ?? 0;
  const helmAt = [...revision.path.slice(0, -1), 'helm'].map((k) => (typeof k === 'number' || !/^\d+$/.test(String(k)) ? k : Number(k)));
  const out: ValuesSource[] = [];
  if (values) {
    const node = doc?.getIn([...helmAt, 'values'], true) as Node | undefined;
    const line = node?.range ? lineAt(clean, node.range[0]) : 1;
    const literal = isScalar(node) && node.type === 'BLOCK_LITERAL';
    const string = isScalar(node) && typeof node.value === 'string' ? node.value : '';
    out.push({ file, text: string, label: 'helm.values', ...(literal ? { firstLine: line + 1 } : { line }) });
  }
  if (object) out.push({ file, text, document, at: [...helmAt, 'valuesObject'], label: 'helm.valuesObject' });
  return [...out, ...parameterSources(doc, clean, file, [...helmAt, 'parameters'])];
}

/** Where Argo CD reads one valueFiles entry: a repository path, or (a chart-repository source's plain entry) inside the chart package. */
export type ValueFilePlace = { entry: string } & ({ repo: string } | { inPackage: string });

/**
 * Where each of `app`'s valueFiles entries is read, as Argo CD reads it: `$ref/path` from the repository root, a
 * plain entry beside a git source's `path:`, a chart-repository source's plain entry inside the chart package.
 */
export function valueFilePlaces(app: ApplicationRender): ValueFilePlace[] {
  return app.valueFiles.map((entry) =>
    entry.startsWith('$')
      ? { entry, repo: posix.normalize(entry.slice(entry.indexOf('/') + 1)) }
      : app.path !== undefined
        ? { entry, repo: posix.normalize(posix.join(app.path, entry)) }
        : { entry, inPackage: posix.normalize(entry) },
  );
}

/**
 * The values texts a render of `app` reads, in Helm's order, as Argo CD reads
 * them, each with its repository path (undefined for a file inside a
 * registry's chart, and for the inline values): its valueFiles (`$ref/path`
 * from the repository root, a plain entry beside a git source's path, or, for
 * a chart-repository source, inside the chart package: `chartFiles`), then
 * the inline values. Nothing else: a values file the Application does not
 * name is not read by Argo CD, so not here either (deployer-reads.ts refuses a
 * promotion writing one). A listed file that is missing is unavailable unless
 * ignoreMissingValueFiles says otherwise.
 */
export async function applicationValues(
  app: ApplicationRender,
  chartFiles: ReadonlyMap<string, string> | undefined,
  read: (path: string) => Promise<string | undefined>,
): Promise<{ values: { path?: string; text: string }[] } | { unavailable: string }> {
  const values: { path?: string; text: string }[] = [];
  for (const place of valueFilePlaces(app)) {
    // A chart-repository source reads a plain entry inside the chart package, never a file of this repository.
    const text = 'inPackage' in place ? chartFiles?.get(place.inPackage) : await read(place.repo);
    if (text === undefined) {
      if (app.ignoreMissingValueFiles) continue;
      return {
        unavailable:
          'inPackage' in place
            ? `the Application's valueFiles entry ${place.entry} is not in chart ${app.revision.chart ?? ''}'s package (a chart-repository source reads its valueFiles there)`
            : `the Application's valueFiles entry ${place.entry} is not in the repository`,
      };
    }
    values.push({ ...('repo' in place ? { path: place.repo } : {}), text });
  }
  for (const text of app.inline) values.push({ text });
  return { values };
}
