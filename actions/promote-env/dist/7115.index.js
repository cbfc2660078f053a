export const id = 7115;
export const ids = [7115];
export const modules = {

/***/ 67115:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  KUSTOMIZE_HINT: () => (/* binding */ KUSTOMIZE_HINT),
  overlayBuild: () => (/* binding */ overlayBuild),
  renderOverlayPromotion: () => (/* binding */ renderOverlayPromotion)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/promote/validate.ts + 1 modules
var validate = __webpack_require__(88950);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./packages/core/src/render/flux-substitute.ts
// A Flux Kustomization's post-build variable substitution, as kustomize-controller applies it to what
// `kustomize build` gave: each object's YAML (one document of the build's output) has its `${var}`
// expressions replaced by the variables' values, unless the object is labelled or annotated
// `kustomize.toolkit.fluxcd.io/substitute: disabled`; nothing is substituted when no variable is defined
// (Flux's documented rule: a `${var:=default}` alone stays as written). Flux's documented forms:
// `${var}` (an undefined one becomes empty: strict mode aside), `${var:=default}` and `${var:-default}`
// (the default when the variable is undefined or empty), `$${var}` for a literal `${var}`; `$var` without
// braces is left as written. Any other `${…}` form (`${var:1:2}`, `${var/a/b}`, a default holding `${`) is
// refused rather than guessed: a hydrated branch must hold what Flux applies, or nothing.

/** Flux's rule for a variable's name (`^[_[:alpha:]][_[:alpha:][:digit:]]*$`). */
const VARIABLE_NAME = /^[_a-zA-Z][_a-zA-Z0-9]*$/;
/** The label or annotation that turns substitution off for one object. */
const DISABLED_KEY = 'kustomize.toolkit.fluxcd.io/substitute';
/** The text with its `${…}` expressions replaced; `message` says the first expression that cannot be. */
function envsubst(text, vars) {
    let out = '';
    let i = 0;
    while (i < text.length) {
        const at = text.indexOf('$', i);
        if (at < 0)
            break;
        out += text.slice(i, at);
        if (text.startsWith('$${', at)) {
            out += '${';
            i = at + 3;
            continue;
        }
        if (text[at + 1] !== '{') {
            out += '$';
            i = at + 1;
            continue;
        }
        const close = text.indexOf('}', at + 2);
        if (close < 0)
            return { message: `${text.slice(at, at + 40)}: no closing brace` };
        const body = text.slice(at + 2, close);
        const m = /^([_a-zA-Z][_a-zA-Z0-9]*)(?:(:[=-])(.*))?$/s.exec(body);
        if (!m || (m[3] ?? '').includes('${'))
            return { message: `\${${body}}: lockstep substitutes \${var}, \${var:=default} and \${var:-default} only` };
        const value = vars.get(m[1]) ?? '';
        out += m[2] !== undefined && value === '' ? m[3] : value;
        i = close + 1;
    }
    return { text: out + text.slice(i) };
}
/** Whether a build document's object turns substitution off (its label or annotation says `disabled`). */
function disabled(doc) {
    if (!doc.includes(DISABLED_KEY))
        return false;
    try {
        const docs = (0,dist/* parseAllDocuments */.hR)(doc);
        const parsed = Array.isArray(docs) ? docs[0] : docs;
        const meta = parsed?.toJS()
            ?.metadata;
        return meta?.labels?.[DISABLED_KEY] === 'disabled' || meta?.annotations?.[DISABLED_KEY] === 'disabled';
    }
    catch {
        return false;
    }
}
/**
 * `kustomize build` output with Flux's post-build substitution applied object by object; `message` names the
 * first variable or expression Flux would refuse (an invalid name) or lockstep does not substitute.
 */
function substituteBuild(output, vars) {
    if (vars.size === 0)
        return { text: output };
    const bad = [...vars.keys()].find((k) => !VARIABLE_NAME.test(k));
    if (bad !== undefined)
        return { message: `variable name ${JSON.stringify(bad)} is invalid: Flux takes names matching ${VARIABLE_NAME.source}` };
    const parts = output.split(/^(---[ \t]*\r?\n)/m);
    let text = '';
    for (const part of parts) {
        if (/^---[ \t]*\r?\n$/.test(part) || disabled(part)) {
            text += part;
            continue;
        }
        const r = envsubst(part, vars);
        if ('message' in r)
            return r;
        text += r.text;
    }
    return { text };
}

// EXTERNAL MODULE: ./packages/core/src/render/helm.ts
var helm = __webpack_require__(46760);
// EXTERNAL MODULE: ./packages/core/src/render/cached.ts
var cached = __webpack_require__(12530);
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
// is appended. A Flux Kustomization's post-build variables (`substitute`,
// promote/flux-build.ts reads them) are substituted in the build's output, as
// kustomize-controller substitutes them (render/flux-substitute.ts).






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
        const built = await (0,helm/* runBounded */.Bb)(this.tool.path, [...this.tool.args, target], kustomizeEnv(home), this.limits, this.tool.command, (stderr) => kustomizeMessage(stderr, root), { cwd: root, source: 'an overlay' });
        if (!built.ok || !side.substitute?.size)
            return built;
        const r = substituteBuild(built.stdout, side.substitute);
        return 'message' in r ? { ok: false, reason: 'error', message: `post-build substitution: ${r.message}` } : { ok: true, stdout: r.text };
    }
}
/** The cache key of a side: its files, folder, images, namespace and post-build variables. */
function sideDigest(side) {
    return JSON.stringify([(0,cached/* filesDigest */.A)(side.files), side.dir, side.images ?? [], side.namespace ?? '', [...(side.substitute ?? [])]]);
}
/** Whether two sides build the same thing (the same files, folder, images and variables): no render needed to know nothing changes. */
function sameSide(a, b) {
    return sideDigest(a) === sideDigest(b);
}

// EXTERNAL MODULE: ./packages/core/src/render/overlay-target.ts
var overlay_target = __webpack_require__(24618);
// EXTERNAL MODULE: ./packages/core/src/promote/flux-substitute-from.ts + 1 modules
var flux_substitute_from = __webpack_require__(71755);
;// CONCATENATED MODULE: ./packages/core/src/promote/flux-build.ts
// One overlay environment's build inputs, read as the tool that deploys it builds them: the one reading
// hydrate (operations/hydrate/render.ts), the pull request check (operations/check/render-overlays.ts) and
// promote-env's rendered diff (render-overlay.ts) share. A Kustomize overlay or an Argo CD Application's
// source path: its folder with the Application's images and namespace. A Flux Kustomization, as
// kustomize-controller builds it: its spec.path with its spec.images, its targetNamespace set in the
// folder's kustomization, and its post-build variables (spec.postBuild.substituteFrom ConfigMaps of the
// repository in order, a later over an earlier, then spec.postBuild.substitute over them all), which
// render/kustomize.ts substitutes in the build's output; its spec.patches (inline patches with their
// targets) appended to that kustomization's patches, as kustomize-controller appends them. What lockstep
// cannot read or apply (a Secret, a substituteFrom entry outside the repository, spec.components) is
// unavailable, never left out: what is rendered is what the cluster receives, or nothing.




/**
 * What `kustomization` (a repository path: a kustomization, an Application, a Flux Kustomization) builds at the
 * state `reader` reads; `application` (a repository path) gives an overlay its destination namespace and images.
 */
async function overlaySide(reader, kustomization, application) {
    const target = await (0,overlay_target/* overlayTarget */.YO)(reader.read, kustomization, application);
    if ('unavailable' in target)
        return target;
    const files = await readOverlay(reader, target.dir);
    if ('unavailable' in files)
        return files;
    const side = {
        files: files.files,
        dir: target.dir,
        file: target.file,
        ...(target.images?.length ? { images: target.images } : {}),
        ...(target.namespace ? { namespace: target.namespace } : {}),
    };
    if (!target.flux)
        return side;
    const vars = await fluxVariables(target.file, reader.read);
    if (!(vars instanceof Map))
        return { unavailable: vars.message };
    const patches = fluxPatches(await reader.read(target.file), target.file);
    if (!Array.isArray(patches))
        return { unavailable: patches.message };
    // kustomize-controller sets targetNamespace and appends spec.patches in the folder's kustomization before it builds.
    const edited = target.namespace || patches.length > 0 ? withFluxEdits(files.files, target.dir, target.namespace, patches) : files.files;
    if ('message' in edited)
        return { unavailable: edited.message };
    return {
        ...side,
        files: edited,
        ...(vars.size > 0 ? { substitute: vars } : {}),
    };
}
/** Flux Kustomization fields that change the build beyond spec.path, spec.images, targetNamespace and postBuild. */
const UNAPPLIED = ['components', 'commonMetadata', 'namePrefix', 'nameSuffix', 'patchesStrategicMerge', 'patchesJson6902'];
/** The Flux Kustomization document of a (multi-document) file's text. */
function fluxDocument(text) {
    const docs = (0,dist/* parseAllDocuments */.hR)(text.replace(/^\ufeff/, ''));
    return (Array.isArray(docs) ? docs : [docs]).find((d) => {
        return (0,dist/* isMap */.jh)(d.contents) && (0,overlay_target/* isFluxKustomization */.Hw)(d.get('kind'), d.get('apiVersion'));
    });
}
/**
 * The Flux Kustomization's spec.patches in `text` (the file `file`): each an inline `patch` with an optional
 * `target`, as Flux's API has them; anything else (a `path`, a patch that is no string) refused at its line.
 */
function fluxPatches(text, file) {
    if (text === undefined)
        return [];
    const doc = fluxDocument(text);
    const list = doc?.getIn(['spec', 'patches'], true);
    if (list === undefined || list === null)
        return [];
    const lineOf = (n) => n.range
        ? text
            .replace(/^\ufeff/, '')
            .slice(0, n.range[0])
            .split('\n').length
        : 1;
    if (!(0,dist/* isSeq */.oP)(list))
        return { message: `${file}:${lineOf(list)}: spec.patches of the Flux Kustomization is not a list` };
    const out = [];
    for (const item of list.items) {
        const js = (0,dist/* isMap */.jh)(item) ? item.toJSON() : undefined;
        const extra = js ? Object.keys(js).filter((k) => k !== 'patch' && k !== 'target') : [];
        const target = js?.target;
        if (!js ||
            typeof js.patch !== 'string' ||
            extra.length > 0 ||
            (target !== undefined && (target === null || typeof target !== 'object' || Array.isArray(target))))
            return {
                message: `${file}:${lineOf(item)}: a spec.patches entry of the Flux Kustomization is read as an inline patch (a string) with an optional target only${extra.length ? `, not ${extra.join(', ')}` : ''}`,
            };
        out.push({ patch: js.patch, ...(target !== undefined ? { target: target } : {}) });
    }
    return out;
}
/**
 * The overlay's files with the kustomization of `dir` edited as kustomize-controller edits it before it builds a
 * Flux Kustomization: `namespace` set to its targetNamespace, its spec.patches appended to `patches:`. Unchanged
 * when the folder has no kustomization (nothing to edit: the build fails as it is); a message when that
 * kustomization cannot be edited (its `patches:` is no list).
 */
function withFluxEdits(files, dir, namespace, patches = []) {
    const at = ['kustomization.yaml', 'kustomization.yml', 'Kustomization']
        .map((n) => (dir === '.' ? n : `${dir}/${n}`))
        .find((p) => files.has(p));
    if (at === undefined)
        return files;
    const doc = (0,dist/* parseDocument */.Tp)(files.get(at));
    if (doc.errors.length > 0 || !(0,dist/* isMap */.jh)(doc.contents))
        return files;
    if (namespace)
        doc.set('namespace', namespace);
    if (patches.length > 0) {
        const had = doc.get('patches', true);
        if (had !== undefined && had !== null && !(0,dist/* isSeq */.oP)(had))
            return { message: `${at}: its patches: is not a list, so spec.patches cannot be appended as Flux appends them` };
        const list = (0,dist/* isSeq */.oP)(had) ? had : doc.createNode([]);
        for (const p of patches)
            list.items.push(doc.createNode(p));
        doc.set('patches', list);
    }
    return new Map([...files, [at, doc.toString()]]);
}
/**
 * The variables Flux substitutes after the build of the Flux Kustomization in `file` (its document of a
 * multi-document file): each spec.postBuild.substituteFrom ConfigMap's data in order (a later one over an
 * earlier), then spec.postBuild.substitute over them all; line breaks removed from values, as Flux removes them.
 */
async function fluxVariables(file, read) {
    const text = await read(file);
    if (text === undefined)
        return { message: `${file} is not in the commit` };
    let substitute;
    try {
        const doc = fluxDocument(text);
        substitute = doc?.getIn(['spec', 'postBuild', 'substitute'], true);
        // What kustomize-controller would also apply to the build, which lockstep does not: refused, never left out.
        const spec = doc?.get('spec');
        const more = (0,dist/* isMap */.jh)(spec) ? UNAPPLIED.filter((k) => spec.has(k)) : [];
        if (more.length > 0)
            return {
                message: `${file}: spec.${more.join(', spec.')} of the Flux Kustomization is not applied by lockstep's build, so it cannot be rendered as Flux builds it`,
            };
    }
    catch {
        return { message: `${file} does not parse as YAML` };
    }
    const vars = new Map();
    for (const entry of (await (0,flux_substitute_from/* entriesOf */.Mc)(text, file, read)).entries) {
        const at = `${file}:${entry.line}: spec.postBuild.substituteFrom ${entry.kind} ${entry.name}`;
        if (entry.kind === 'Secret' || entry.found?.secret)
            return { message: `${at}: lockstep never reads secrets, so the variables it sets are unknown` };
        if (!entry.found)
            return { message: `${at} is not in the repository, so the variables it sets are unknown` };
        if (entry.found.opaque !== undefined)
            return { message: `${at} is read only in part (${entry.found.opaque})` };
        for (const [name, slot] of entry.found.slots)
            vars.set(name, slot.value.replace(/\n/g, ''));
    }
    if ((0,dist/* isMap */.jh)(substitute))
        for (const p of substitute.items)
            if ((0,dist/* isScalar */.jn)(p.key))
                vars.set(String(p.key.value), (0,dist/* isScalar */.jn)(p.value) ? String(p.value.value ?? '').replace(/\n/g, '') : '');
    return vars;
}

// EXTERNAL MODULE: ./packages/core/src/render/render.ts + 2 modules
var render = __webpack_require__(39410);
// EXTERNAL MODULE: ./packages/core/src/promote/unpinned.ts
var unpinned = __webpack_require__(10529);
;// CONCATENATED MODULE: ./packages/core/src/promote/render-overlay.ts
// Rendered changes of a promotion into a Kustomize overlay (an environment
// with `kustomization:`): the overlay built with the real kustomize as it runs
// now (the base) and as it will after the merge (the plan's files on top of
// the base), compared and reported by the same code as Helm renders; a Flux
// Kustomization (`flux-kustomization:`) built as kustomize-controller builds it,
// as hydrate and the check build it (flux-build.ts). Loaded
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
    // As hydrate and the check build it: a Flux Kustomization with its targetNamespace and post-build variables (flux-build.ts).
    const sideOf = (read) => overlaySide({ list, read }, to.kustomization, to.application);
    const [before, after] = await Promise.all([sideOf(readBase), sideOf(readAfter)]);
    let renderer = renderers.get(ports);
    if (!renderer || renderer.tool.path !== tool.path)
        renderers.set(ports, (renderer = new KustomizeRenderer(tool)));
    const dir = 'dir' in after ? after.dir : to.kustomization;
    const rendering = (0,render/* renderEnvironment */.Cp)(renderer, to.name, before, after, opts, `overlay ${dir} with ${tool.label}`);
    // The schemas of the kinds the overlay has held load while kustomize builds the after side.
    if (!('unavailable' in after))
        (0,validate/* prepareValidation */.N)(route, (0,render/* sideRender */.Em)(renderer, before));
    const env = await rendering;
    const rendered = { ...env, renderer: 'kustomize' };
    const target = await (0,overlay_target/* overlayTarget */.YO)(readAfter, to.kustomization, to.application);
    const file = 'file' in target ? target.file : to.kustomization;
    if (to.protected && 'files' in after)
        (0,unpinned/* refuseUnpinned */.Q)(rendered, to.name, [...after.files].map(([path, text]) => ({ path, text })), { file, line: 1 });
    if (to.protected)
        (0,unpinned/* refuseUnjudged */.l)(rendered, to.name, { file, line: 1 }, 'the overlay');
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
/**
 * What `kustomization` builds at `commit` with the files `read` gives (a plan's edits on top), for what an
 * environment runs (rendered-run.ts): built by the world's renderer, so promote's render and this share a build.
 */
async function overlayBuild(env, kustomization, world, commit, read) {
    const tool = world.findKustomize();
    if (!tool)
        return { unavailable: 'no kustomize or kubectl on PATH to build it with' };
    const list = (dir) => world.git.listFiles(commit, dir === '' ? undefined : dir);
    const side = await overlaySide({ list, read }, kustomization, env.application);
    if ('unavailable' in side)
        return side;
    let renderer = renderers.get(world);
    if (!renderer || renderer.tool.path !== tool.path)
        renderers.set(world, (renderer = new KustomizeRenderer(tool)));
    return { render: await renderer.render(side), sources: [...side.files].map(([path, text]) => ({ path, text })) };
}


/***/ })

};
