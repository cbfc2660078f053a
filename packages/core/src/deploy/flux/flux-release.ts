// A Flux HelmRelease as helm-controller would install it, read from the
// repository for the rendered diff and values-drift: the environment's
// HelmRelease (often a kustomize patch of it, apps/<env>) over the HelmRelease
// of the same name its kustomization reaches (apps/base: the resources it
// lists, folders followed), merged as kustomize merges a patch of a custom
// resource (maps key by key, every other value replaced); the chart from its
// source (a HelmRepository of type oci, a classic https HelmRepository, or an
// OCIRepository through spec.chartRef, at its tag and spec.ref.digest); the
// values in Flux's order (spec.valuesFrom as listed, then spec.values), each
// ConfigMap followed into the repository by flux-values.ts; the release name
// (spec.releaseName, else `[<targetNamespace>-]<name>`, shortened over 53
// characters to its first 40, `-` and 12 hex of its sha256, as helm-controller
// does), the namespace installed into (spec.targetNamespace, else the
// HelmRelease's) and the storage namespace (spec.storageNamespace, else the
// HelmRelease's).

import { createHash } from 'node:crypto';
import { UserError } from '../../errors.ts';
import { parseWith, type ParseCache } from '../../text/parse-cache.ts';
import { YAML_DOCUMENTS, mapValue } from '../../yaml/read.ts';
import { KUSTOMIZATION_NAMES } from '../../kustomize/overlay.ts';
import { splitApplicationRef } from '../argocd/application.ts';
import { releaseDocument } from './flux.ts';
import { valuesFromEntries, type ValuesFromEntry } from './flux-values.ts';
import { targetPathDocument, targetPathValue } from './flux-target-path.ts';
import type { ChartSource } from '../chart-reference.ts';
import type { ValuesSource } from '../../values/values-origin.ts';
import type { PostRender } from '../../render/post-render.ts';
import { releasePostRender, type FieldLine } from './post-renderers.ts';
import { chartValuesFilesOf, type ChartValuesFiles } from './chart-values-files.ts';

type Read = (path: string) => Promise<string | undefined>;
type Obj = Record<string, unknown>;
const asObj = (v: unknown): Obj | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined);
const asStr = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined);

/** At most this many kustomization folders are followed from the HelmRelease's folder. */
const MAX_FOLDERS = 32;

/** One values document of a release, in Flux's merge order: its text, and the file it is read from (for tracing images). */
export interface ReleaseValues {
  text: string;
  path?: string;
  label: string;
  /** True for a values file of its own (a configMapGenerator's file), which values-drift compares as it is. */
  plain?: boolean;
}

/** A HelmRelease as it would be installed. */
export interface FluxRelease {
  name: string;
  /** The Helm release name, the namespace installed into, and where Helm keeps the release. */
  releaseName: string;
  namespace?: string;
  storageNamespace?: string;
  /** The chart's version (spec.chart.spec.version, or the OCIRepository's tag). */
  version: string;
  source: ChartSource;
  /** What the chart comes from, for the label: `HelmRepository podinfo (oci://…)`. */
  from: string;
  values: ReleaseValues[];
  /** valuesFrom entries lockstep could not read (left out of the render, named). */
  unread: string[];
  /** The HelmRelease documents merged, base first: where values-drift reads spec.values. */
  documents: { file: string; document: number }[];
  /** The chart's remote source as its HelmRepository or OCIRepository writes it: spec.url and the file holding it. */
  sourceAt?: { url: string; file: string };
  /** The spec.url of every HelmRepository and OCIRepository among the documents read: what this commit names. */
  sourcesNamed: string[];
  /** What helm-controller does to Helm's output before installing it (spec.postRenderers, commonMetadata): none when nothing. */
  post?: PostRender;
  /** spec.chart.spec.valuesFiles: the files source-controller builds the chart's values.yaml from (chart-values-files.ts). */
  chartValues?: ChartValuesFiles;
}

/** The first line of `texts` (the release's file, then its base's) that writes `key:`, else the first file's line 1. */
function fieldLine(texts: readonly { file: string; text: string }[]): FieldLine {
  return (key) => {
    for (const { file, text } of texts) {
      const at = text.split('\n').findIndex((l) => l.trimStart().startsWith(`${key}:`) || l.trimStart().startsWith(`- ${key}:`));
      if (at >= 0) return { file, line: at + 1 };
    }
    return { file: texts[0].file, line: 1 };
  };
}

/** Folder of a repository path ('.' at the top). */
const dirOf = (p: string) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '.');
/** `dir` joined with a relative path, normalised; undefined when it leaves the repository. */
function joinPath(dir: string, rel: string): string | undefined {
  const parts = dir === '.' ? [] : dir.split('/');
  for (const seg of rel.split('/'))
    if (seg === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else if (seg !== '.' && seg !== '') parts.push(seg);
  return parts.join('/') || '.';
}

/** A document of the repository: where it is, and its data. */
interface RepoDoc {
  file: string;
  index: number;
  data: Obj;
}

/**
 * The documents of `text` as data. One that cannot be read as data (an alias bomb: yaml's ReferenceError past 100
 * aliases) is a UserError at its line, as every reader of a release takes a release that cannot be read.
 */
function docsIn(text: string, file: string, cache?: ParseCache): RepoDoc[] {
  const parsed = parseWith(cache, YAML_DOCUMENTS, text.replace(/^\ufeff/, ''), file);
  return (parsed.documents ?? [parsed.doc]).flatMap((d, index) => {
    let data: Obj | undefined;
    try {
      data = asObj(d.toJS({ maxAliasCount: 100 }));
    } catch (e) {
      if (!(e instanceof ReferenceError)) throw e;
      const line = parsed.lineOf(d.contents) ?? 1;
      throw new UserError(`the document cannot be read as data: ${e.message}`, { file, line });
    }
    return data ? [{ file, index, data }] : [];
  });
}

/**
 * The documents a kustomization folder reaches: its resources' files and
 * folders (a remote or outside one left out), and its namespace: the
 * kustomization's own `namespace:` nearest the HelmRelease.
 */
async function reached(dir: string, read: Read, cache?: ParseCache): Promise<{ docs: RepoDoc[]; namespace?: string }> {
  const docs: RepoDoc[] = [];
  const seen = new Set<string>();
  let namespace: string | undefined;
  const queue = [dir];
  while (queue.length > 0 && seen.size < MAX_FOLDERS) {
    const d = queue.shift()!;
    if (seen.has(d)) continue;
    seen.add(d);
    for (const n of KUSTOMIZATION_NAMES) {
      const kfile = d === '.' ? n : `${d}/${n}`;
      const ktext = await read(kfile);
      if (ktext === undefined) continue;
      const k = docsIn(ktext, kfile, cache)[0]?.data ?? {};
      namespace ??= asStr(k.namespace);
      for (const r of Array.isArray(k.resources) ? k.resources : []) {
        const rel = asStr(r);
        const path = rel === undefined || /^[a-z][a-z0-9+.-]*:/i.test(rel) ? undefined : joinPath(d, rel);
        if (path === undefined) continue;
        if (/\.ya?ml$/.test(path)) {
          const text = await read(path);
          if (text !== undefined) docs.push(...docsIn(text, path, cache));
        } else queue.push(path);
      }
      break;
    }
  }
  return { docs, namespace };
}

/** `patch` merged over `base` as kustomize merges a patch of a custom resource: maps key by key, `null` removes, anything else replaced. */
export function mergePatch(base: unknown, patch: unknown): unknown {
  const b = asObj(base);
  const p = asObj(patch);
  if (!p) return patch;
  const out: Obj = { ...(b ?? {}) };
  for (const [k, v] of Object.entries(p)) {
    if (v === null) delete out[k];
    else out[k] = asObj(v) && asObj(out[k]) ? mergePatch(out[k], v) : v;
  }
  return out;
}

/** Helm's limit on a release name, and how helm-controller shortens a longer default one (its first 40 characters, `-`, 12 hex of its sha256). */
export function fluxReleaseName(name: string, targetNamespace?: string): string {
  const full = targetNamespace ? `${targetNamespace}-${name}` : name;
  if (full.length <= 53) return full;
  return `${full.slice(0, 40)}-${createHash('sha256').update(full).digest('hex').slice(0, 12)}`;
}

const kindName = (d: RepoDoc) => [asStr(d.data.kind), asStr(asObj(d.data.metadata)?.name)];

/** What names an environment's HelmRelease: its `helmrelease:` (`file` or `file#name`) and, for a chartRef, its `ocirepository:`. */
export interface FluxRef {
  helmrelease: string;
  ocirepository?: string;
}

/**
 * The environment's Flux reference, its paths through `at` (the check's working-directory prefix); undefined for an
 * environment deployed by no HelmRelease. Every reader of a HelmRelease (render, values-drift, chart-version, the
 * pull request check) takes it from here.
 */
export function fluxRef(to: { helmrelease?: string; ocirepository?: string }, at: (p: string) => string = (p) => p): FluxRef | undefined {
  if (to.helmrelease === undefined) return undefined;
  return { helmrelease: at(to.helmrelease), ...(to.ocirepository !== undefined ? { ocirepository: at(to.ocirepository) } : {}) };
}

/**
 * The HelmRelease the environment's `helmrelease:` names, as it would be
 * installed (see the file's head); `ocirepository:` is where its chartRef's
 * OCIRepository is read first. Errors name file:line as deploy/flux/flux.ts does.
 */
export async function readFluxRelease(env: FluxRef, read: Read, cache?: ParseCache): Promise<FluxRelease> {
  const { file } = splitApplicationRef(env.helmrelease);
  const text = await read(file);
  if (text === undefined)
    throw new UserError(`${file} is not in the repository`, { file, hint: 'point helmrelease: at the HelmRelease file' });
  const document = releaseDocument(env.helmrelease, text, file, cache) ?? 0;
  const own = docsIn(text, file, cache);
  const patch = own.find((d) => d.index === document)!;
  const name = asStr(asObj(patch.data.metadata)?.name) ?? '';
  const around = await reached(dirOf(file), read, cache);
  const all = [...own.filter((d) => d.index !== document), ...around.docs];
  const base = all.filter((d) => !(d.file === file && d.index === document)).find((d) => kindName(d).join('/') === `HelmRelease/${name}`);
  const merged = asObj(mergePatch(base?.data ?? {}, patch.data)) ?? {};
  const spec = asObj(merged.spec) ?? {};
  const meta = asObj(merged.metadata) ?? {};
  const ns = around.namespace ?? asStr(meta.namespace);
  const targetNamespace = asStr(spec.targetNamespace);
  const { sourceAt, named, ...chart } = await chartOf(spec, all, env.ocirepository, read, cache);
  // valuesFrom as kustomize leaves it: the patch's list when it has one (a list is replaced whole), else the base's.
  const holder = asObj(patch.data.spec)?.valuesFrom !== undefined || !base ? { file, index: document } : base;
  const holderText = holder.file === file ? text : ((await read(holder.file)) ?? '');
  const entries = await valuesFromEntries(holder.file, holderText, holder.index, read, cache);
  // In valuesFrom's order, as helm-controller merges them: a targetPath entry sets its one value in its place.
  const values: ReleaseValues[] = [];
  const unread: string[] = [];
  for (const e of entries) {
    const at = e.targetPath && e.kind === 'ConfigMap' ? await targetPathValue(holder.file, e.name, e.valuesKey, read, cache) : undefined;
    const doc = at && e.targetPath ? targetPathDocument(e.targetPath, at.value) : undefined;
    if (e.home && !e.targetPath) values.push(valuesOf(e));
    else if (at && doc) values.push({ text: doc, path: at.file, label: `${at.label} at ${e.targetPath}` });
    else unread.push(`valuesFrom ${e.kind} ${e.name}${e.targetPath ? ` (targetPath ${e.targetPath})` : ''} not read`);
  }
  if (asObj(spec.values)) values.push({ text: JSON.stringify(spec.values), path: file, label: 'spec.values' });
  const baseText = base && base.file !== file ? await read(base.file) : undefined;
  const at = fieldLine([{ file, text }, ...(base && baseText !== undefined ? [{ file: base.file, text: baseText }] : [])]);
  const post = releasePostRender(spec, at);
  const chartValues = spec.chartRef === undefined ? chartValuesFilesOf(asObj(asObj(spec.chart)?.spec), at) : undefined;
  return {
    name,
    releaseName: asStr(spec.releaseName) ?? fluxReleaseName(name, targetNamespace),
    ...((targetNamespace ?? ns) ? { namespace: targetNamespace ?? ns } : {}),
    ...((asStr(spec.storageNamespace) ?? ns) ? { storageNamespace: asStr(spec.storageNamespace) ?? ns } : {}),
    ...chart,
    values,
    unread,
    documents: [...(base ? [{ file: base.file, document: base.index }] : []), { file, document }],
    ...(sourceAt ? { sourceAt } : {}),
    sourcesNamed: [...new Set([...all, ...named].flatMap(sourceUrl))],
    ...(post ? { post } : {}),
    ...(chartValues ? { chartValues } : {}),
  };
}

/** A valuesFrom entry's values document as text (JSON, which Helm reads as YAML). */
function valuesOf(e: ValuesFromEntry): ReleaseValues {
  const home = e.home!;
  return {
    text: home.plain ? home.text : JSON.stringify(e.root?.toJSON() ?? {}),
    path: home.file,
    label: home.label,
    ...(home.plain ? { plain: true } : {}),
  };
}

/** A HelmRepository's or OCIRepository's spec.url, trimmed of trailing slashes ([] for any other document). */
function sourceUrl(d: RepoDoc): string[] {
  const kind = kindName(d)[0];
  const url = kind === 'HelmRepository' || kind === 'OCIRepository' ? asStr(asObj(d.data.spec)?.url) : undefined;
  return url ? [url.trim().replace(/\/+$/, '')] : [];
}

/** Where a source document writes its url, when it writes one. */
const sourceAtOf = (d: RepoDoc | undefined): { sourceAt?: FluxRelease['sourceAt'] } => {
  const url = d ? sourceUrl(d)[0] : undefined;
  return url && d ? { sourceAt: { url, file: d.file } } : {};
};

/**
 * The chart's version and source: spec.chart.spec with its sourceRef, or spec.chartRef's OCIRepository; with where
 * the source writes its url, and the documents of the `ocirepository:` file (read beside the release's own).
 */
async function chartOf(
  spec: Obj,
  docs: readonly RepoDoc[],
  ociFile: string | undefined,
  read: Read,
  cache?: ParseCache,
): Promise<Pick<FluxRelease, 'version' | 'source' | 'from' | 'sourceAt'> & { named: RepoDoc[] }> {
  const chartRef = asObj(spec.chartRef);
  if (chartRef) {
    const refName = asStr(chartRef.name);
    const kind = asStr(chartRef.kind) ?? 'OCIRepository';
    const named = ociFile ? splitApplicationRef(ociFile) : undefined;
    const candidates = named ? docsIn((await read(named.file)) ?? '', named.file, cache) : [];
    const wanted = (d: RepoDoc) => kindName(d)[0] === kind && (kindName(d)[1] === (named?.name ?? refName) || named?.name === undefined);
    const oci = candidates.find(wanted) ?? docs.find((d) => kindName(d).join('/') === `${kind}/${refName}`);
    const ospec = asObj(oci?.data.spec) ?? {};
    const url = (asStr(ospec.url) ?? '').replace(/\/+$/, '');
    const ref = asObj(ospec.ref) ?? {};
    const version = asStr(ref.semver) ?? asStr(ref.tag) ?? '';
    const digest = asStr(ref.digest);
    const cut = url.lastIndexOf('/');
    return {
      version,
      source: {
        ...(cut > 0 ? { repoURL: url.slice(0, cut), chart: url.slice(cut + 1) } : {}),
        ...(digest ? { digests: new Map([[version, digest]]) } : {}),
      },
      from: `${kind} ${refName ?? ''} (${url || 'no url'}${digest ? `@${digest}` : ''})`,
      ...sourceAtOf(oci),
      named: candidates,
    };
  }
  const cspec = asObj(asObj(spec.chart)?.spec) ?? {};
  const chart = asStr(cspec.chart);
  const version = asStr(cspec.version) ?? '';
  const sourceRef = asObj(cspec.sourceRef) ?? {};
  const kind = asStr(sourceRef.kind) ?? 'HelmRepository';
  const refName = asStr(sourceRef.name) ?? '';
  if (kind !== 'HelmRepository')
    // A chart in a GitRepository or Bucket is a path in it: read as a chart folder of this repository.
    return {
      version,
      source: chart ? { path: chart.replace(/^\.\//, '') } : {},
      from: `${kind} ${refName} (${chart ?? 'no chart'})`,
      named: [],
    };
  const repo = docs.find((d) => kindName(d).join('/') === `HelmRepository/${refName}`);
  const url = asStr(asObj(repo?.data.spec)?.url);
  const secretRef = asStr(asObj(asObj(repo?.data.spec)?.secretRef)?.name);
  return {
    version,
    source: { ...(chart ? { chart } : {}), ...(url ? { repoURL: url } : {}), ...(secretRef ? { secretRef } : {}) },
    from: `HelmRepository ${refName} (${url ?? 'not found in the repository'})`,
    ...sourceAtOf(repo),
    named: [],
  };
}

/** The spec.values node of a HelmRelease document, for values-drift's comparison at the file's lines. */
export function specValues(text: string, file: string, document: number, cache?: ParseCache): () => ReturnType<typeof mapValue> {
  const parsed = parseWith(cache, YAML_DOCUMENTS, text.replace(/^\ufeff/, ''), file);
  const doc = (parsed.documents ?? [parsed.doc])[document];
  return () => mapValue(mapValue(doc?.contents, 'spec'), 'values');
}

/**
 * A release's values as the values contract reads them, in helm-controller's order: each valuesFrom the repository
 * holds (a generator's values file whole; a ConfigMap manifest's values said at its file), then spec.values of each
 * HelmRelease document merged (the base, then the patch), at their lines.
 */
export async function releaseValueSources(rel: FluxRelease, read: Read): Promise<ValuesSource[]> {
  const out: ValuesSource[] = [];
  for (const v of rel.values) {
    if (v.label === 'spec.values') {
      for (const d of rel.documents) {
        const text = await read(d.file);
        if (text !== undefined) out.push({ file: d.file, text, document: d.document, at: ['spec', 'values'], label: 'spec.values' });
      }
    } else if (v.path !== undefined)
      out.push(v.plain ? { file: v.path, text: v.text } : { file: v.path, text: v.text, line: 1, label: v.label });
  }
  return out;
}
