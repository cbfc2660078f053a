export const id = 686;
export const ids = [686];
export const modules = {

/***/ 8686:
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
// EXTERNAL MODULE: ./packages/core/src/promote/validate.ts + 6 modules
var validate = __webpack_require__(521);
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
// transport). Nothing is fetched: a remote resource is "unavailable" before
// kustomize runs, as is a folder outside the repository; kustomize's own load
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
/** Whether a `resources:` entry that is no path of the repository names something kustomize would fetch. */
function looksRemote(entry) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(entry) || /^[^/@\s]+@[^/:\s]+:/.test(entry))
        return true;
    const first = entry.split('/')[0];
    return entry.includes('?ref=') || entry.includes('//') || (first !== '.' && first !== '..' && first.includes('.') && entry.includes('/'));
}
const strings = (v) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);
/**
 * The files kustomize reads to build `dir`: every file under the folder and
 * under each folder its kustomization reaches (resources, bases, components),
 * recursively. A remote entry, an absolute path or one outside the
 * repository, a folder with no kustomization: unavailable, said.
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
        let k;
        try {
            const doc = (0,dist/* parse */.qg)(files.get(file) ?? '');
            k = doc && typeof doc === 'object' && !Array.isArray(doc) ? doc : undefined;
        }
        catch {
            // kustomize says what is wrong with the file when it runs.
            continue;
        }
        for (const entry of [...strings(k?.resources), ...strings(k?.bases), ...strings(k?.components)]) {
            if (entry.startsWith('/') || /^[a-z]:[\\/]/i.test(entry))
                return { unavailable: `${entry} in ${file} is outside the repository` };
            if (/^[a-z][a-z0-9+.-]*:\/\//i.test(entry) || /^[^/@\s]+@[^/:\s]+:/.test(entry))
                return { unavailable: `the remote resource ${entry} in ${file} is unavailable (lockstep renders without network)` };
            const to = external_node_path_.posix.normalize(external_node_path_.posix.join(d, entry)).replace(/\/+$/, '');
            if (to === '..' || to.startsWith('../'))
                return { unavailable: `${entry} in ${file} is outside the repository` };
            if (files.has(to))
                continue;
            const under = await reader.list(to === '.' ? '' : to);
            if (under && under.some((p) => p.startsWith(`${to === '.' ? '' : `${to}/`}`))) {
                queue.push(to);
                continue;
            }
            const text = await reader.read(to);
            if (text !== undefined)
                files.set(to, text);
            else if (looksRemote(entry))
                return { unavailable: `the remote resource ${entry} in ${file} is unavailable (lockstep renders without network)` };
            // Otherwise a path that is not there: kustomize names it when it runs.
        }
    }
    return { files };
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
class KustomizeRenderer extends cached/* CachedRenderer */.mm {
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
        const out = await (0,helm/* runBounded */.Bb)(this.tool.path, [...this.tool.args, target], kustomizeEnv(home), this.limits, this.tool.command, (stderr) => kustomizeMessage(stderr, root), { cwd: root, source: 'an overlay' });
        return out.ok ? (0,cached/* objectsOf */.iZ)(out.stdout, side.namespace) : out;
    }
}
/** The cache key of a side: its files, folder, images and namespace. */
function sideDigest(side) {
    return JSON.stringify([(0,cached/* filesDigest */.AD)(side.files), side.dir, side.images ?? [], side.namespace ?? '']);
}
/** Whether two sides build the same thing (the same files, folder and images): no render needed to know nothing changes. */
function sameSide(a, b) {
    return sideDigest(a) === sideDigest(b);
}
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

// EXTERNAL MODULE: ./packages/core/src/render/render.ts
var render = __webpack_require__(1660);
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
    if (!to.kustomization || !ports.findKustomize)
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
    const list = async (dir) => (ports.git.listFiles ? ports.git.listFiles(baseSha, dir === '' ? undefined : dir) : undefined);
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
<<<<<<< HEAD
    const target = await overlayTarget(readAfter, to.kustomization, to.application);
    const file = 'file' in target ? target.file : to.kustomization;
=======
    if (to.protected && 'files' in after) {
        const target = await overlayTarget(readAfter, to.kustomization, to.application);
        const where = { file: 'file' in target ? target.file : to.kustomization, line: 1 };
        (0,unpinned/* refuseUnpinned */.Q)(rendered, to.name, [...after.files].map(([path, text]) => ({ path, text })), where);
    }
>>>>>>> rguard
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
