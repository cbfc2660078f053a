// A Kustomize overlay rendered with the real kustomize (render/find.ts), as
// Argo CD builds it. The overlay's folder and every folder it reaches through
// `resources:`, `bases:` and `components:` are read from git (the base
// revision, or the plan's edited files on top of it) into a temp folder, and
// `kustomize build` / `kubectl kustomize` runs there bounded like Helm
// (render/helm.ts's runBounded: a time limit, a cap on the output, no network:
// HOME in the temp folder, the proxies at a closed port, git allowed no
// transport). Nothing is fetched: a remote resource is "unavailable" before
// kustomize runs, as is a folder outside the repository; kustomize's own load
// restrictions (files only inside each kustomization's folder) and its refusal
// of exec and container plugins (no --enable-alpha-plugins, --enable-exec or
// --enable-helm is ever passed) stay as they are. An Argo CD Application's
// spec.source.kustomize.images are applied as Argo CD's `kustomize edit set
// image` does: each string replaces the overlay's entry of the same name, or
// is appended.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { isMap, isSeq, parse, parseAllDocuments, parseDocument } from 'yaml';
import type { Kustomize } from './find.ts';
import { offlineEnv, runBounded, type HelmLimits } from './helm.ts';
import { CachedRenderer, filesDigest, objectsOf } from './cached.ts';
import type { ChartReader, RenderOutcome, Unavailable } from './render.ts';

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
}

/** At most this many kustomization folders are read for one overlay. */
const MAX_FOLDERS = 100;

/** Whether a `resources:` entry that is no path of the repository names something kustomize would fetch. */
function looksRemote(entry: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(entry) || /^[^/@\s]+@[^/:\s]+:/.test(entry)) return true;
  const first = entry.split('/')[0];
  return entry.includes('?ref=') || entry.includes('//') || (first !== '.' && first !== '..' && first.includes('.') && entry.includes('/'));
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/**
 * The files kustomize reads to build `dir`: every file under the folder and
 * under each folder its kustomization reaches (resources, bases, components),
 * recursively. A remote entry, an absolute path or one outside the
 * repository, a folder with no kustomization: unavailable, said.
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
    let k: Record<string, unknown> | undefined;
    try {
      const doc: unknown = parse(files.get(file) ?? '');
      k = doc && typeof doc === 'object' && !Array.isArray(doc) ? (doc as Record<string, unknown>) : undefined;
    } catch {
      // kustomize says what is wrong with the file when it runs.
      continue;
    }
    for (const entry of [...strings(k?.resources), ...strings(k?.bases), ...strings(k?.components)]) {
      if (entry.startsWith('/') || /^[a-z]:[\\/]/i.test(entry)) return { unavailable: `${entry} in ${file} is outside the repository` };
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(entry) || /^[^/@\s]+@[^/:\s]+:/.test(entry))
        return { unavailable: `the remote resource ${entry} in ${file} is unavailable (lockstep renders without network)` };
      const to = posix.normalize(posix.join(d, entry)).replace(/\/+$/, '');
      if (to === '..' || to.startsWith('../')) return { unavailable: `${entry} in ${file} is outside the repository` };
      if (files.has(to)) continue;
      const under = await reader.list(to === '.' ? '' : to);
      if (under && under.some((p) => p.startsWith(`${to === '.' ? '' : `${to}/`}`))) {
        queue.push(to);
        continue;
      }
      const text = await reader.read(to);
      if (text !== undefined) files.set(to, text);
      else if (looksRemote(entry))
        return { unavailable: `the remote resource ${entry} in ${file} is unavailable (lockstep renders without network)` };
      // Otherwise a path that is not there: kustomize names it when it runs.
    }
  }
  return { files };
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

/** The environment kustomize runs in: offlineEnv's, and no git transport for a remote base. */
function kustomizeEnv(home: string): NodeJS.ProcessEnv {
  return {
    ...offlineEnv(home),
    XDG_CONFIG_HOME: join(home, 'config'),
    GIT_ALLOW_PROTOCOL: 'none',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
  };
}

/** kustomize's error, its last non-empty lines (at most 20, each at most 1,000 characters), the temp folder's path taken out. */
export function kustomizeMessage(stderr: string, root: string): string {
  return stderr
    .split(`${root}/repo/`)
    .join('')
    .split(`${root}/repo`)
    .join('.')
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l !== '')
    .slice(-20)
    .map((l) => (l.length > 1000 ? `${l.slice(0, 1000)}…` : l))
    .join('\n')
    .replace(/\/[^\s'"]*\/lockstep-render-[^/\s'"]+\/(?:repo\/)?/g, '');
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

  protected async run(side: KustomizeSide, root: string): Promise<RenderOutcome> {
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
    const out = await runBounded(
      this.tool.path,
      [...this.tool.args, target],
      kustomizeEnv(home),
      this.limits,
      this.tool.command,
      (stderr) => kustomizeMessage(stderr, root),
      { cwd: root, source: 'an overlay' },
    );
    return out.ok ? objectsOf(out.stdout, side.namespace) : out;
  }
}

/** The cache key of a side: its files, folder, images and namespace. */
function sideDigest(side: KustomizeSide): string {
  return JSON.stringify([filesDigest(side.files), side.dir, side.images ?? [], side.namespace ?? '']);
}

/** Whether two sides build the same thing (the same files, folder and images): no render needed to know nothing changes. */
export function sameSide(a: KustomizeSide, b: KustomizeSide): boolean {
  return sideDigest(a) === sideDigest(b);
}

type Obj = Record<string, unknown>;
const asObj = (v: unknown): Obj | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined);
const asStr = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** What an environment's `kustomization:` names, for rendering: the folder built, and the Application when it is one. */
export interface OverlayTarget {
  /** The overlay's folder (repository path). */
  dir: string;
  /** The kustomization file, or the Application's file: where a refusal points. */
  file: string;
  /** The Application's kustomize.images, when the target is one (or an `application:` beside the overlay names some). */
  images?: string[];
  namespace?: string;
}

/** An Argo CD Application's kustomize source: its path, images and destination namespace; undefined when the text is none. */
export function applicationKustomize(text: string | undefined): { path?: string; images: string[]; namespace?: string } | undefined {
  if (text === undefined) return undefined;
  try {
    for (const doc of documents(text)) {
      const app = asObj(doc);
      if (!app || app.kind !== 'Application' || !asObj(app.spec)) continue;
      const spec = asObj(app.spec)!;
      const sources = [asObj(spec.source), ...(Array.isArray(spec.sources) ? spec.sources.map(asObj) : [])].filter((s): s is Obj => !!s);
      const src = sources.find((s) => asObj(s.kustomize)) ?? sources.find((s) => asStr(s.path) !== undefined) ?? {};
      return {
        ...(asStr(src.path) !== undefined ? { path: asStr(src.path)!.replace(/\/+$/, '') || '.' } : {}),
        images: strings(asObj(src.kustomize)?.images),
        ...(asStr(asObj(spec.destination)?.namespace) ? { namespace: asStr(asObj(spec.destination)?.namespace) } : {}),
      };
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/** Each document of a YAML text as data; a document that does not parse is undefined. */
function documents(text: string): unknown[] {
  const docs = parseAllDocuments(text.replace(/^\ufeff/, ''));
  return (Array.isArray(docs) ? docs : [docs]).map((d) => (d.errors.length > 0 ? undefined : (d.toJS({ maxAliasCount: 100 }) as unknown)));
}

/**
 * What `kustomization:` names at a revision: a kustomization file (its
 * folder is built), a folder holding one, or an Argo CD Application (its
 * source path is built with its kustomize.images). `application:` beside an
 * overlay gives the destination namespace and any kustomize.images it sets.
 */
export async function overlayTarget(
  read: (path: string) => Promise<string | undefined>,
  kustomization: string,
  application?: string,
): Promise<OverlayTarget | Unavailable> {
  const path = posix.normalize(kustomization.trim().replace(/\\/g, '/')).replace(/\/+$/, '') || '.';
  if (path === '..' || path.startsWith('../') || path.startsWith('/')) return { unavailable: `${kustomization} is outside the repository` };
  const text = path === '.' ? undefined : await read(path);
  const app = applicationKustomize(text);
  if (app) {
    if (app.path === undefined) return { unavailable: `the Application ${path} names no source path to build` };
    return { dir: app.path, file: path, images: app.images, ...(app.namespace ? { namespace: app.namespace } : {}) };
  }
  const dir = text !== undefined ? posix.dirname(path) : path;
  const file = text !== undefined ? path : `${path === '.' ? '' : `${path}/`}kustomization.yaml`;
  const beside = application ? applicationKustomize(await read(application.split('#')[0])) : undefined;
  return {
    dir,
    file,
    ...(beside?.images.length ? { images: beside.images } : {}),
    ...(beside?.namespace ? { namespace: beside.namespace } : {}),
  };
}
