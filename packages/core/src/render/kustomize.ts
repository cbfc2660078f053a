// A Kustomize overlay rendered with the real kustomize (render/find.ts), as
// Argo CD builds it. The overlay's folder and every folder it reaches through
// `resources:`, `bases:` and `components:` are read from git (the base
// revision, or the plan's edited files on top of it) into a temp folder, and
// `kustomize build` / `kubectl kustomize` runs there bounded like Helm
// (render/helm.ts's runBounded: a time limit, a cap on the output, no network:
// HOME in the temp folder, the proxies at a closed port, git allowed no
// transport). Nothing is fetched: every field that names a file (resources,
// patches, generators' files, replacements, openapi, plugin configs…) is
// screened, and a URL or a path outside the repository is "unavailable",
// named at its file:line, before kustomize runs — kustomize fetches over HTTP,
// and the closed proxy does not cover the runner's loopback; kustomize's own load
// restrictions (files only inside each kustomization's folder) and its refusal
// of exec and container plugins (no --enable-alpha-plugins, --enable-exec or
// --enable-helm is ever passed) stay as they are. An Argo CD Application's
// spec.source.kustomize.images are applied as Argo CD's `kustomize edit set
// image` does: each string replaces the overlay's entry of the same name, or
// is appended. A Flux Kustomization's post-build variables (`substitute`,
// deploy/flux/flux-build.ts reads them) are substituted in the build's output, as
// kustomize-controller substitutes them (render/flux-substitute.ts).

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, parseDocument } from 'yaml';
import type { Kustomize } from './find.ts';
import { substituteBuild } from './flux-substitute.ts';
import { kustomizeEnv, kustomizeMessage } from './kustomize-run.ts';
import { runBounded, type HelmLimits, type TemplateOutcome } from './bounded.ts';
import { CachedRenderer, filesDigest } from './cached.ts';
import type { ChartReader, Unavailable } from './render.ts';

/** The file names kustomize reads in a folder, in its order. */
export const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'] as const;

/** One side of an overlay's comparison: the files kustomize reads, the folder built, the Application's images, the namespace. */
export interface KustomizeSide {
  /** Files by repository path: the overlay's folder and every folder it reaches. */
  files: ReadonlyMap<string, string>;
  /** The folder built (repository path, `.` for the root). */
  dir: string;
  /** An Argo CD Application's spec.source.kustomize.images strings, applied to the folder's kustomization. */
  images?: readonly string[];
  /** The namespace objects that name none are applied into (the Application's destination). */
  namespace?: string;
  /** A Flux Kustomization's post-build variables, substituted in the build's output (none: as built). */
  substitute?: ReadonlyMap<string, string>;
}

/** At most this many kustomization folders are read for one overlay. */
const MAX_FOLDERS = 100;

/** A URL or a git remote kustomize would fetch: any scheme (`https://`, `file://`, `git::`), or `user@host:path`. */
const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\/|^[a-z][a-z0-9+.-]*::|^[^/@\s]+@[^/:\s]+:/i;

/** Whether an entry that is no path of the repository names something kustomize would fetch (`github.com/o/r//dir?ref=x`). */
function looksRemote(entry: string): boolean {
  if (URL_LIKE.test(entry)) return true;
  const first = entry.split('/')[0];
  return entry.includes('?ref=') || entry.includes('//') || (first !== '.' && first !== '..' && first.includes('.') && entry.includes('/'));
}

/** A path a kustomization (or a plugin's config) names: the field (`patches[0].path`), the value, its 1-based line. */
export interface NamedPath {
  field: string;
  value: string;
  line: number;
}

/** Keys into a kustomization, `*` for every item of a list. */
type FieldPattern = readonly string[];

/**
 * Every field of kustomize's Kustomization (api/types/kustomization.go) that
 * names a file or folder kustomize loads: operands, patches, generators'
 * sources, replacements, the OpenAPI schema, plugin configs, Helm's folders
 * and values files.
 */
const KUSTOMIZATION_FILE_FIELDS: readonly FieldPattern[] = [
  ['resources', '*'],
  ['bases', '*'],
  ['components', '*'],
  ['crds', '*'],
  ['configurations', '*'],
  ['patchesStrategicMerge', '*'],
  ['generators', '*'],
  ['transformers', '*'],
  ['validators', '*'],
  ['patches', '*', 'path'],
  ['patchesJson6902', '*', 'path'],
  ['replacements', '*', 'path'],
  ['openapi', 'path'],
  ...['configMapGenerator', 'secretGenerator'].flatMap((g): FieldPattern[] => [
    [g, '*', 'files', '*'],
    [g, '*', 'envs', '*'],
    [g, '*', 'env'],
  ]),
  ['helmGlobals', 'chartHome'],
  ['helmGlobals', 'configHome'],
  ['helmCharts', '*', 'repo'],
  ['helmCharts', '*', 'valuesFile'],
  ['helmCharts', '*', 'additionalValuesFiles', '*'],
  ...['chartHome', 'chartRepoUrl', 'helmHome', 'values'].map((k): FieldPattern => ['helmChartInflationGenerator', '*', k]),
];

/**
 * The keys that name files in a built-in plugin's config (a document that
 * `generators:`, `transformers:` or `validators:` names or holds inline):
 * PatchTransformer's `path`, PatchStrategicMergeTransformer's `paths`, the
 * generators' `files`/`envs`/`env`, HelmChartInflationGenerator's folders
 * and values files. Read at any depth (ReplacementTransformer's
 * `replacements[].path`).
 */
const PLUGIN_FILE_KEYS = new Set([
  'path',
  'paths',
  'files',
  'envs',
  'env',
  'valuesFile',
  'additionalValuesFiles',
  'chartHome',
  'configHome',
]);

/** The fields the list-valued plugin entries live in: an entry there is a file, a folder, or a config written inline. */
const PLUGIN_FIELDS = new Set(['generators', 'transformers', 'validators']);

/** The YAML node's first line (1-based). */
function lineOf(node: unknown, counter: LineCounter): number {
  const range = (node as { range?: [number, number, number] } | undefined)?.range;
  return range ? counter.linePos(range[0]).line : 1;
}

/** Every string a pattern reaches in a parsed document, with the field's name and line. */
function reach(node: unknown, pattern: FieldPattern, field: string, counter: LineCounter, out: NamedPath[]): void {
  if (pattern.length === 0) {
    if (isScalar(node) && typeof node.value === 'string') out.push({ field, value: node.value, line: lineOf(node, counter) });
    return;
  }
  const [head, ...rest] = pattern;
  if (head === '*') {
    if (isSeq(node)) node.items.forEach((item, i) => reach(item, rest, `${field}[${i}]`, counter, out));
    return;
  }
  if (!isMap(node)) return;
  for (const pair of node.items)
    if (isScalar(pair.key) && pair.key.value === head) reach(pair.value, rest, field ? `${field}.${head}` : head, counter, out);
}

/** Every path a kustomization names, in its fields' order; [] for a text that is no YAML mapping (kustomize says what is wrong). */
export function kustomizationPaths(text: string): NamedPath[] {
  const counter = new LineCounter();
  const doc = parseDocument(text.replace(/^\ufeff/, ''), { lineCounter: counter });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return [];
  const out: NamedPath[] = [];
  for (const pattern of KUSTOMIZATION_FILE_FIELDS) reach(doc.contents, pattern, '', counter, out);
  // A generator's `files` entry may be `key=path`: the path is what is loaded.
  return out.map((p) =>
    /^(configMap|secret)Generator\[\d+\]\.files\[/.test(p.field) ? { ...p, value: p.value.slice(p.value.indexOf('=') + 1) } : p,
  );
}

/** The paths a built-in plugin's config names (every document of `text`, at any depth), with `field` before each key's path. */
export function pluginConfigPaths(text: string, field: string, firstLine = 1): NamedPath[] {
  const counter = new LineCounter();
  const out: NamedPath[] = [];
  const walk = (node: unknown, at: string, named: boolean): void => {
    if (isScalar(node)) {
      if (named && typeof node.value === 'string') out.push({ field: at, value: node.value, line: firstLine - 1 + lineOf(node, counter) });
    } else if (isSeq(node)) node.items.forEach((item, i) => walk(item, `${at}[${i}]`, named));
    else if (isMap(node))
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        walk(pair.value, `${at}.${key}`, PLUGIN_FILE_KEYS.has(key));
      }
  };
  for (const doc of parseAllDocuments(text.replace(/^\ufeff/, ''), { lineCounter: counter }))
    if (doc.errors.length === 0) walk(doc.contents, field, false);
  return out;
}

/** Why kustomize may not be given a path: a URL, or a path outside the repository (from folder `dir`); undefined when it may. */
function refusal(p: NamedPath, dir: string): string | undefined {
  const v = p.value.trim();
  if (URL_LIKE.test(v)) return `${p.field} ${v} is a URL; lockstep renders without network and fetched nothing`;
  if (v.startsWith('/') || /^[a-z]:[\\/]/i.test(v)) return `${p.field} ${v} is outside the repository`;
  const to = posix.normalize(posix.join(dir, v.replace(/\\/g, '/')));
  if (to === '..' || to.startsWith('../')) return `${p.field} ${v} is outside the repository`;
  return undefined;
}

/**
 * The files kustomize reads to build `dir`: every file under the folder and
 * under each folder its kustomization reaches (resources, bases, components,
 * generators, transformers, validators), recursively. Every field that names
 * a file is screened first (kustomizationPaths, and the configs of built-in
 * plugins): a URL, an absolute path or one outside the repository is
 * unavailable, said as `file:line: field value …`, before kustomize runs —
 * kustomize fetches a patch, a generator's file or a remote base over HTTP,
 * and the runner's loopback is no proxy's business. A folder with no
 * kustomization: unavailable, said.
 */
export async function readOverlay(reader: ChartReader, dir: string): Promise<{ files: Map<string, string> } | Unavailable> {
  const files = new Map<string, string>();
  const seen = new Set<string>();
  const queue = [posix.normalize(dir || '.')];
  while (queue.length > 0) {
    const d = queue.shift()!;
    if (seen.has(d)) continue;
    if (seen.size >= MAX_FOLDERS) return { unavailable: `more than ${MAX_FOLDERS} kustomization folders reached from ${dir}` };
    seen.add(d);
    const paths = (await reader.list(d === '.' ? '' : d)) ?? [];
    const prefix = d === '.' ? '' : `${d}/`;
    const name = KUSTOMIZATION_FILES.find((n) => paths.includes(`${prefix}${n}`));
    if (!name) return { unavailable: `no kustomization (${KUSTOMIZATION_FILES.join(', ')}) in ${d}` };
    const fresh = paths.filter((p) => !files.has(p) && p.startsWith(prefix));
    const texts = await Promise.all(fresh.map((p) => reader.read(p)));
    fresh.forEach((p, i) => {
      if (texts[i] !== undefined) files.set(p, texts[i]);
    });
    const file = `${prefix}${name}`;
    const named = kustomizationPaths(files.get(file) ?? '');
    for (const p of named) {
      const plugin = PLUGIN_FIELDS.has(p.field.replace(/\[\d+\]$/, ''));
      // An inline patch or plugin config (a YAML text, not a path): a plugin's is screened as a config.
      if (p.value.includes('\n')) {
        if (plugin) {
          const why = firstRefusal(pluginConfigPaths(p.value, p.field, p.line + 1), d, file);
          if (why) return why;
        }
        continue;
      }
      const why = refusal(p, d);
      if (why) return { unavailable: `${file}:${p.line}: ${why}`, refused: { file, line: p.line } };
      const to = posix.normalize(posix.join(d, p.value.trim())).replace(/\/+$/, '');
      const folder = /^(resources|bases|components)\[/.test(p.field) || plugin;
      if (!folder || files.has(to)) {
        if (plugin && files.has(to)) {
          const inner = firstRefusal(pluginConfigPaths(files.get(to)!, p.field), d, to);
          if (inner) return inner;
        }
        continue;
      }
      const under = await reader.list(to === '.' ? '' : to);
      if (under && under.some((q) => q.startsWith(`${to === '.' ? '' : `${to}/`}`))) {
        queue.push(to);
        continue;
      }
      const text = await reader.read(to);
      if (text !== undefined) {
        files.set(to, text);
        if (plugin) {
          const inner = firstRefusal(pluginConfigPaths(text, p.field), d, to);
          if (inner) return inner;
        }
      } else if (looksRemote(p.value))
        return {
          unavailable: `${file}:${p.line}: ${p.field} ${p.value} is a remote target; lockstep renders without network and fetched nothing`,
          refused: { file, line: p.line },
        };
      // Otherwise a path that is not there: kustomize names it when it runs.
    }
  }
  return { files };
}

/** The first path of a plugin config kustomize may not be given (relative to `dir`, the kustomization's folder, as kustomize reads them), said at `file:line`. */
function firstRefusal(paths: readonly NamedPath[], dir: string, file: string): Unavailable | undefined {
  for (const p of paths) {
    const why = refusal(p, dir);
    if (why) return { unavailable: `${file}:${p.line}: ${why}`, refused: { file, line: p.line } };
  }
  return undefined;
}

/** One Argo CD kustomize image string (`name=newName:newTag@digest`, `name:newTag@digest`) as an `images:` entry. */
export function argoImage(s: string): { name: string; newName?: string; newTag?: string; digest?: string } {
  const eq = s.indexOf('=');
  const ref = eq >= 0 ? s.slice(eq + 1) : s;
  const at = ref.indexOf('@');
  const digest = at >= 0 ? ref.slice(at + 1) : undefined;
  const rest = at >= 0 ? ref.slice(0, at) : ref;
  const colon = rest.lastIndexOf(':');
  const hasTag = colon > rest.lastIndexOf('/');
  const repo = hasTag ? rest.slice(0, colon) : rest;
  const newTag = hasTag ? rest.slice(colon + 1) : undefined;
  const name = eq >= 0 ? s.slice(0, eq) : repo;
  return {
    name,
    ...(eq >= 0 && repo !== name ? { newName: repo } : {}),
    ...(newTag ? { newTag } : {}),
    ...(digest ? { digest } : {}),
  };
}

/** A kustomization's text with the Application's image strings set in its `images:` (for the temp copy kustomize builds; unchanged when it is no mapping). */
export function withImages(text: string, images: readonly string[]): string {
  const doc = parseDocument(text);
  if (doc.errors.length > 0 || !isMap(doc.contents)) return text;
  let list = doc.get('images');
  if (!isSeq(list)) {
    list = doc.createNode([]);
    doc.set('images', list);
  }
  const seq = list as { items: unknown[] };
  for (const s of images) {
    const entry = argoImage(s);
    const node = doc.createNode(entry);
    const at = seq.items.findIndex((it) => isMap(it) && it.get('name') === entry.name);
    if (at >= 0) seq.items[at] = node;
    else seq.items.push(node);
  }
  return doc.toString();
}

/** Runs overlay renders through one kustomize, each input once. */
export class KustomizeRenderer extends CachedRenderer<KustomizeSide> {
  readonly tool: Kustomize;
  readonly limits: HelmLimits;

  constructor(tool: Kustomize, limits: HelmLimits = {}) {
    super();
    this.tool = tool;
    this.limits = limits;
  }

  protected key(side: KustomizeSide): string {
    return sideDigest(side);
  }

  protected async run(side: KustomizeSide, folder: () => string): Promise<TemplateOutcome> {
    const root = folder();
    const repo = join(root, 'repo');
    const dir = posix.normalize(side.dir || '.');
    for (const [path, text] of side.files) {
      const p = posix.normalize(path);
      if (p.startsWith('../') || p === '..' || p.startsWith('/')) continue;
      const to = join(repo, ...p.split('/'));
      mkdirSync(dirname(to), { recursive: true });
      const own = dir === '.' ? p : p.startsWith(`${dir}/`) ? p.slice(dir.length + 1) : undefined;
      const edit = side.images?.length && own !== undefined && KUSTOMIZATION_FILES.some((n) => n === own);
      writeFileSync(to, edit ? withImages(text, side.images!) : text);
    }
    const home = join(root, 'home');
    mkdirSync(join(home, 'config'), { recursive: true });
    const target = dir === '.' ? repo : join(repo, ...dir.split('/'));
    const built = await runBounded(
      this.tool.path,
      [...this.tool.args, target],
      kustomizeEnv(home),
      this.limits,
      this.tool.command,
      (stderr) => kustomizeMessage(stderr, root),
      { cwd: root, source: 'an overlay' },
    );
    if (!built.ok || !side.substitute?.size) return built;
    const r = substituteBuild(built.stdout, side.substitute);
    return 'message' in r ? { ok: false, reason: 'error', message: `post-build substitution: ${r.message}` } : { ok: true, stdout: r.text };
  }
}

/** The cache key of a side: its files, folder, images, namespace and post-build variables. */
function sideDigest(side: KustomizeSide): string {
  return JSON.stringify([filesDigest(side.files), side.dir, side.images ?? [], side.namespace ?? '', [...(side.substitute ?? [])]]);
}

/** Whether two sides build the same thing (the same files, folder, images and variables): no render needed to know nothing changes. */
export function sameSide(a: KustomizeSide, b: KustomizeSide): boolean {
  return sideDigest(a) === sideDigest(b);
}
