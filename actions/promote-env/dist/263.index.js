export const id = 948;
export const ids = [948];
export const modules = {

/***/ 3948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  KUSTOMIZE_HINT: () => (/* binding */ KUSTOMIZE_HINT),
  renderOverlayPromotion: () => (/* binding */ renderOverlayPromotion)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/promote/validate.ts + 1 modules
var validate = __webpack_require__(8950);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./packages/core/src/render/helm.ts
var helm = __webpack_require__(4379);
// EXTERNAL MODULE: ./packages/core/src/render/cached.ts
var cached = __webpack_require__(2530);
;// CONCATENATED MODULE: ./packages/core/src/render/kustomize.ts
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
// is appended.





/** The file names kustomize reads in a folder, in its order. */
const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
/** At most this many kustomization folders are read for one overlay. */
const MAX_FOLDERS = 100;
/** A URL or a git remote kustomize would fetch: any scheme (`https://`, `file://`, `git::`), or `user@host:path`. */
const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\/|^[a-z][a-z0-9+.-]*::|^[^/@\s]+@[^/:\s]+:/i;
/** Whether an entry that is no path of the repository names something kustomize would fetch (`github.com/o/r//dir?ref=x`). */
function looksRemote(entry) {
    if (URL_LIKE.test(entry))
        return true;
    const first = entry.split('/')[0];
    return entry.includes('?ref=') || entry.includes('//') || (first !== '.' && first !== '..' && first.includes('.') && entry.includes('/'));
}
/**
 * Every field of kustomize's Kustomization (api/types/kustomization.go) that
 * names a file or folder kustomize loads: operands, patches, generators'
 * sources, replacements, the OpenAPI schema, plugin configs, Helm's folders
 * and values files.
 */
const KUSTOMIZATION_FILE_FIELDS = [
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
    ...['configMapGenerator', 'secretGenerator'].flatMap((g) => [
        [g, '*', 'files', '*'],
        [g, '*', 'envs', '*'],
        [g, '*', 'env'],
    ]),
    ['helmGlobals', 'chartHome'],
    ['helmGlobals', 'configHome'],
    ['helmCharts', '*', 'repo'],
    ['helmCharts', '*', 'valuesFile'],
    ['helmCharts', '*', 'additionalValuesFiles', '*'],
    ...['chartHome', 'chartRepoUrl', 'helmHome', 'values'].map((k) => ['helmChartInflationGenerator', '*', k]),
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
function lineOf(node, counter) {
    const range = node?.range;
    return range ? counter.linePos(range[0]).line : 1;
}
/** Every string a pattern reaches in a parsed document, with the field's name and line. */
function reach(node, pattern, field, counter, out) {
    if (pattern.length === 0) {
        if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'string')
            out.push({ field, value: node.value, line: lineOf(node, counter) });
        return;
    }
    const [head, ...rest] = pattern;
    if (head === '*') {
        if ((0,dist/* isSeq */.oP)(node))
            node.items.forEach((item, i) => reach(item, rest, `${field}[${i}]`, counter, out));
        return;
    }
    if (!(0,dist/* isMap */.jh)(node))
        return;
    for (const pair of node.items)
        if ((0,dist/* isScalar */.jn)(pair.key) && pair.key.value === head)
            reach(pair.value, rest, field ? `${field}.${head}` : head, counter, out);
}
/** Every path a kustomization names, in its fields' order; [] for a text that is no YAML mapping (kustomize says what is wrong). */
function kustomizationPaths(text) {
    const counter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text.replace(/^\ufeff/, ''), { lineCounter: counter });
    if (doc.errors.length > 0 || !(0,dist/* isMap */.jh)(doc.contents))
        return [];
    const out = [];
    for (const pattern of KUSTOMIZATION_FILE_FIELDS)
        reach(doc.contents, pattern, '', counter, out);
    // A generator's `files` entry may be `key=path`: the path is what is loaded.
    return out.map((p) => /^(configMap|secret)Generator\[\d+\]\.files\[/.test(p.field) ? { ...p, value: p.value.slice(p.value.indexOf('=') + 1) } : p);
}
/** The paths a built-in plugin's config names (every document of `text`, at any depth), with `field` before each key's path. */
function pluginConfigPaths(text, field, firstLine = 1) {
    const counter = new dist/* LineCounter */.HN();
    const out = [];
    const walk = (node, at, named) => {
        if ((0,dist/* isScalar */.jn)(node)) {
            if (named && typeof node.value === 'string')
                out.push({ field: at, value: node.value, line: firstLine - 1 + lineOf(node, counter) });
        }
        else if ((0,dist/* isSeq */.oP)(node))
            node.items.forEach((item, i) => walk(item, `${at}[${i}]`, named));
        else if ((0,dist/* isMap */.jh)(node))
            for (const pair of node.items) {
                const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
                walk(pair.value, `${at}.${key}`, PLUGIN_FILE_KEYS.has(key));
            }
    };
    for (const doc of (0,dist/* parseAllDocuments */.hR)(text.replace(/^\ufeff/, ''), { lineCounter: counter }))
        if (doc.errors.length === 0)
            walk(doc.contents, field, false);
    return out;
}
/** Why kustomize may not be given a path: a URL, or a path outside the repository (from folder `dir`); undefined when it may. */
function refusal(p, dir) {
    const v = p.value.trim();
    if (URL_LIKE.test(v))
        return `${p.field} ${v} is a URL; lockstep renders without network and fetched nothing`;
    if (v.startsWith('/') || /^[a-z]:[\\/]/i.test(v))
        return `${p.field} ${v} is outside the repository`;
    const to = external_node_path_.posix.normalize(external_node_path_.posix.join(dir, v.replace(/\\/g, '/')));
    if (to === '..' || to.startsWith('../'))
        return `${p.field} ${v} is outside the repository`;
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
async function readOverlay(reader, dir) {
    const files = new Map();
    const seen = new Set();
    const queue = [external_node_path_.posix.normalize(dir || '.')];
    while (queue.length > 0) {
        const d = queue.shift();
        if (seen.has(d))
            continue;
        if (seen.size >= MAX_FOLDERS)
            return { unavailable: `more than ${MAX_FOLDERS} kustomization folders reached from ${dir}` };
        seen.add(d);
        const paths = (await reader.list(d === '.' ? '' : d)) ?? [];
        const prefix = d === '.' ? '' : `${d}/`;
        const name = KUSTOMIZATION_FILES.find((n) => paths.includes(`${prefix}${n}`));
        if (!name)
            return { unavailable: `no kustomization (${KUSTOMIZATION_FILES.join(', ')}) in ${d}` };
        const fresh = paths.filter((p) => !files.has(p) && p.startsWith(prefix));
        const texts = await Promise.all(fresh.map((p) => reader.read(p)));
        fresh.forEach((p, i) => {
            if (texts[i] !== undefined)
                files.set(p, texts[i]);
        });
        const file = `${prefix}${name}`;
        const named = kustomizationPaths(files.get(file) ?? '');
        for (const p of named) {
            const plugin = PLUGIN_FIELDS.has(p.field.replace(/\[\d+\]$/, ''));
            // An inline patch or plugin config (a YAML text, not a path): a plugin's is screened as a config.
            if (p.value.includes('\n')) {
                if (plugin) {
                    const why = firstRefusal(pluginConfigPaths(p.value, p.field, p.line + 1), d, file);
                    if (why)
                        return why;
                }
                continue;
            }
            const why = refusal(p, d);
            if (why)
                return { unavailable: `${file}:${p.line}: ${why}`, refused: { file, line: p.line } };
            const to = external_node_path_.posix.normalize(external_node_path_.posix.join(d, p.value.trim())).replace(/\/+$/, '');
            const folder = /^(resources|bases|components)\[/.test(p.field) || plugin;
            if (!folder || files.has(to)) {
                if (plugin && files.has(to)) {
                    const inner = firstRefusal(pluginConfigPaths(files.get(to), p.field), d, to);
                    if (inner)
                        return inner;
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
                    if (inner)
                        return inner;
                }
            }
            else if (looksRemote(p.value))
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
function firstRefusal(paths, dir, file) {
    for (const p of paths) {
        const why = refusal(p, dir);
        if (why)
            return { unavailable: `${file}:${p.line}: ${why}`, refused: { file, line: p.line } };
    }
    return undefined;
}
/** One Argo CD kustomize image string (`name=newName:newTag@digest`, `name:newTag@digest`) as an `images:` entry. */
function argoImage(s) {
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
function withImages(text, images) {
    const doc = (0,dist/* parseDocument */.Tp)(text);
    if (doc.errors.length > 0 || !(0,dist/* isMap */.jh)(doc.contents))
        return text;
    let list = doc.get('images');
    if (!(0,dist/* isSeq */.oP)(list)) {
        list = doc.createNode([]);
        doc.set('images', list);
    }
    const seq = list;
    for (const s of images) {
        const entry = argoImage(s);
        const node = doc.createNode(entry);
        const at = seq.items.findIndex((it) => (0,dist/* isMap */.jh)(it) && it.get('name') === entry.name);
        if (at >= 0)
            seq.items[at] = node;
        else
            seq.items.push(node);
    }
    return doc.toString();
}
/** The environment kustomize runs in: offlineEnv's, and no git transport for a remote base. */
function kustomizeEnv(home) {
    return {
        ...(0,helm/* offlineEnv */.fG)(home),
        XDG_CONFIG_HOME: (0,external_node_path_.join)(home, 'config'),
        GIT_ALLOW_PROTOCOL: 'none',
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_TERMINAL_PROMPT: '0',
    };
}
/** kustomize's error, its last non-empty lines (at most 20, each at most 1,000 characters), the temp folder's path taken out. */
function kustomizeMessage(stderr, root) {
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
class KustomizeRenderer extends cached/* CachedRenderer */.m {
    tool;
    limits;
    constructor(tool, limits = {}) {
        super();
        this.tool = tool;
        this.limits = limits;
    }
    key(side) {
        return sideDigest(side);
    }
    async run(side, root) {
        const repo = (0,external_node_path_.join)(root, 'repo');
        const dir = external_node_path_.posix.normalize(side.dir || '.');
        for (const [path, text] of side.files) {
            const p = external_node_path_.posix.normalize(path);
            if (p.startsWith('../') || p === '..' || p.startsWith('/'))
                continue;
            const to = (0,external_node_path_.join)(repo, ...p.split('/'));
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(to), { recursive: true });
            const own = dir === '.' ? p : p.startsWith(`${dir}/`) ? p.slice(dir.length + 1) : undefined;
            const edit = side.images?.length && own !== undefined && KUSTOMIZATION_FILES.some((n) => n === own);
            (0,external_node_fs_.writeFileSync)(to, edit ? withImages(text, side.images) : text);
        }
        const home = (0,external_node_path_.join)(root, 'home');
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(home, 'config'), { recursive: true });
        const target = dir === '.' ? repo : (0,external_node_path_.join)(repo, ...dir.split('/'));
        return (0,helm/* runBounded */.Bb)(this.tool.path, [...this.tool.args, target], kustomizeEnv(home), this.limits, this.tool.command, (stderr) => kustomizeMessage(stderr, root), { cwd: root, source: 'an overlay' });
    }
}
/** The cache key of a side: its files, folder, images and namespace. */
function sideDigest(side) {
    return JSON.stringify([(0,cached/* filesDigest */.A)(side.files), side.dir, side.images ?? [], side.namespace ?? '']);
}
/** Whether two sides build the same thing (the same files, folder and images): no render needed to know nothing changes. */
function sameSide(a, b) {
    return sideDigest(a) === sideDigest(b);
}

;// CONCATENATED MODULE: ./packages/core/src/render/overlay-target.ts
// What an environment's `kustomization:` (or `flux-kustomization:`) names, read
// for a render: a kustomization file or folder, an Argo CD Application whose
// source path is an overlay (its kustomize.images and destination namespace),
// or a Flux Kustomization (its spec.path, spec.images and targetNamespace, as
// kustomize-controller builds it). render/kustomize.ts builds what this names.


const strings = (v) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);
const asObj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : undefined);
const asStr = (v) => (typeof v === 'string' ? v : undefined);
/** An Argo CD Application's kustomize source: its path, images and destination namespace; undefined when the text is none. */
function applicationKustomize(text) {
    if (text === undefined)
        return undefined;
    try {
        for (const doc of documents(text)) {
            const app = asObj(doc);
            if (!app || app.kind !== 'Application' || !asObj(app.spec))
                continue;
            const spec = asObj(app.spec);
            const sources = [asObj(spec.source), ...(Array.isArray(spec.sources) ? spec.sources.map(asObj) : [])].filter((s) => !!s);
            const src = sources.find((s) => asObj(s.kustomize)) ?? sources.find((s) => asStr(s.path) !== undefined) ?? {};
            return {
                ...(asStr(src.path) !== undefined ? { path: asStr(src.path).replace(/\/+$/, '') || '.' } : {}),
                images: strings(asObj(src.kustomize)?.images),
                ...(asStr(asObj(spec.destination)?.namespace) ? { namespace: asStr(asObj(spec.destination)?.namespace) } : {}),
            };
        }
    }
    catch {
        return undefined;
    }
    return undefined;
}
/**
 * A Flux Kustomization (kustomize.toolkit.fluxcd.io) as kustomize-controller builds it: its spec.path (relative to
 * the source's root, this repository for a GitRepository source), its spec.images as image strings, its
 * targetNamespace; `unavailable` when its manifests come from another source. Undefined when the text holds none.
 */
function fluxKustomize(text) {
    if (text === undefined)
        return undefined;
    let found;
    try {
        found = documents(text)
            .map(asObj)
            .find((d) => d?.kind === 'Kustomization' && /^kustomize\.toolkit\.fluxcd\.io\//.test(asStr(d.apiVersion) ?? ''));
    }
    catch {
        return undefined;
    }
    if (!found)
        return undefined;
    const spec = asObj(found.spec) ?? {};
    const source = asStr(asObj(spec.sourceRef)?.kind) ?? 'GitRepository';
    if (source !== 'GitRepository')
        return { unavailable: `the Flux Kustomization builds manifests of its ${source}, not of this repository` };
    const path = external_node_path_.posix.normalize((asStr(spec.path) ?? '.').replace(/^\.?\/+/, '') || '.').replace(/\/+$/, '') || '.';
    if (path === '..' || path.startsWith('../'))
        return { unavailable: `the Flux Kustomization's spec.path ${asStr(spec.path)} is outside the repository` };
    const images = (Array.isArray(spec.images) ? spec.images : []).flatMap((i) => {
        const o = asObj(i);
        const name = asStr(o?.name);
        if (!o || !name)
            return [];
        const tag = asStr(o.newTag);
        const digest = asStr(o.digest);
        return [`${name}=${asStr(o.newName) ?? name}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`];
    });
    const namespace = asStr(spec.targetNamespace);
    return { path, images, ...(namespace ? { namespace } : {}) };
}
/** Each document of a YAML text as data; a document that does not parse is undefined. */
function documents(text) {
    const docs = (0,dist/* parseAllDocuments */.hR)(text.replace(/^\ufeff/, ''));
    return (Array.isArray(docs) ? docs : [docs]).map((d) => (d.errors.length > 0 ? undefined : d.toJS({ maxAliasCount: 100 })));
}
/**
 * What `kustomization:` names at a revision: a kustomization file (its
 * folder is built), a folder holding one, or an Argo CD Application (its
 * source path is built with its kustomize.images). `application:` beside an
 * overlay gives the destination namespace and any kustomize.images it sets.
 */
async function overlayTarget(read, kustomization, application) {
    const path = external_node_path_.posix.normalize(kustomization.trim().replace(/\\/g, '/')).replace(/\/+$/, '') || '.';
    if (path === '..' || path.startsWith('../') || path.startsWith('/'))
        return { unavailable: `${kustomization} is outside the repository` };
    const text = path === '.' ? undefined : await read(path);
    // A Flux Kustomization: its spec.path built with its spec.images and targetNamespace.
    const flux = fluxKustomize(text);
    if (flux && 'unavailable' in flux)
        return flux;
    if (flux)
        return { dir: flux.path, file: path, images: flux.images, ...(flux.namespace ? { namespace: flux.namespace } : {}) };
    const app = applicationKustomize(text);
    if (app) {
        if (app.path === undefined)
            return { unavailable: `the Application ${path} names no source path to build` };
        return { dir: app.path, file: path, images: app.images, ...(app.namespace ? { namespace: app.namespace } : {}) };
    }
    const dir = text !== undefined ? external_node_path_.posix.dirname(path) : path;
    const file = text !== undefined ? path : `${path === '.' ? '' : `${path}/`}kustomization.yaml`;
    const beside = application ? applicationKustomize(await read(application.split('#')[0])) : undefined;
    return {
        dir,
        file,
        ...(beside?.images.length ? { images: beside.images } : {}),
        ...(beside?.namespace ? { namespace: beside.namespace } : {}),
    };
}

// EXTERNAL MODULE: ./packages/core/src/render/render.ts + 1 modules
var render = __webpack_require__(7515);
// EXTERNAL MODULE: ./packages/core/src/promote/unpinned.ts + 1 modules
var unpinned = __webpack_require__(4590);
;// CONCATENATED MODULE: ./packages/core/src/promote/render-overlay.ts
// Rendered changes of a promotion into a Kustomize overlay (an environment
// with `kustomization:`): the overlay built with the real kustomize as it runs
// now (the base) and as it will after the merge (the plan's files on top of
// the base), compared and reported by the same code as Helm renders. Loaded
// by promote/render.ts only for such an environment. `render: auto` says in
// one line when neither kustomize nor kubectl is on PATH; `on` without them is
// an error; an overlay that does not build after the change refuses a
// protected environment's promotion.






/** How to add kustomize when it is missing. */
const KUSTOMIZE_HINT = 'add kubectl (azure/setup-kubectl; GitHub-hosted Ubuntu runners ship it) or kustomize to PATH, or set render: off';
/** One KustomizeRenderer per world: an overlay side built once in a run is not built again. */
const renderers = new WeakMap();
/** The overlay of `route.to` rendered before and after the plan (promote/render.ts's renderPromotion for `kustomization:`). */
async function renderOverlayPromotion(route, plan, ports, baseSha, mode, opts, req) {
    const { to } = route;
    // A world without the port (a unit test's fake) renders nothing.
    if (!to.kustomization)
        return undefined;
    const tool = ports.findKustomize();
    if (!tool) {
        if (mode === 'on')
            throw new errors/* UserError */.yo(`render: on needs kustomize or kubectl on PATH to render the overlay of ${to.name}: neither was found`, {
                hint: KUSTOMIZE_HINT.replace(', or set render: off', ''),
            });
        return {
            environment: to.name,
            status: 'skipped',
            noHelm: true,
            renderer: 'kustomize',
            message: `no kustomize or kubectl on PATH; ${KUSTOMIZE_HINT}`,
        };
    }
    const edited = (path) => plan.files.find((f) => f.path === path)?.after;
    const readBase = (path) => ports.git.readAt(baseSha, path);
    const readAfter = async (path) => edited(path) ?? (await readBase(path));
    const list = async (dir) => ports.git.listFiles(baseSha, dir === '' ? undefined : dir);
    const sideOf = async (read) => {
        const target = await overlayTarget(read, to.kustomization, to.application);
        if ('unavailable' in target)
            return target;
        const files = await readOverlay({ list, read }, target.dir);
        if ('unavailable' in files)
            return files;
        return sideFrom(target, files.files);
    };
    const [before, after] = await Promise.all([sideOf(readBase), sideOf(readAfter)]);
    let renderer = renderers.get(ports);
    if (!renderer || renderer.tool.path !== tool.path)
        renderers.set(ports, (renderer = new KustomizeRenderer(tool)));
    const dir = 'dir' in after ? after.dir : to.kustomization;
    const env = await (0,render/* renderEnvironment */.Cp)(renderer, to.name, before, after, opts, `overlay ${dir} with ${tool.label}`);
    const rendered = { ...env, renderer: 'kustomize' };
    const target = await overlayTarget(readAfter, to.kustomization, to.application);
    const file = 'file' in target ? target.file : to.kustomization;
    if (to.protected && 'files' in after)
        (0,unpinned/* refuseUnpinned */.Q)(rendered, to.name, [...after.files].map(([path, text]) => ({ path, text })), { file, line: 1 });
    if (rendered.refused && to.protected)
        throw new errors/* UserError */.yo(`render: the overlay of ${to.name}, a protected environment, cannot be judged: ${env.message ?? ''}`, {
            ...rendered.refused,
            hint: 'write the file into the repository and name it by a relative path inside it, so what the cluster receives is what is reviewed; nothing was written',
        });
    if (rendered.status === 'failed' && to.protected) {
        throw new errors/* UserError */.yo(`render: the overlay does not build after the change in ${to.name}, a protected environment: ${env.message ?? ''}`, {
            file,
            line: 1,
            hint: "fix the overlay so kustomize builds it (the message above is kustomize's), or write render: off under this environment in the config; nothing was written",
        });
    }
    // The after side again is the cache's: validated as built (throws in validate: error).
    if ('unavailable' in after)
        return rendered;
    const validation = await (0,validate/* validateTarget */.M)(req, route, await renderer.render(after), undefined, ports, baseSha, { file, line: 1 });
    return validation.length > 0 ? { ...rendered, validation } : rendered;
}
function sideFrom(target, files) {
    return {
        files,
        dir: target.dir,
        ...(target.images?.length ? { images: target.images } : {}),
        ...(target.namespace ? { namespace: target.namespace } : {}),
    };
}


/***/ })

};
