export const id = 6417;
export const ids = [6417];
export const modules = {

/***/ 48198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ releaseWhere)
/* harmony export */ });
/* unused harmony export releaseLine */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _text_parse_cache_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9053);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64293);
/* harmony import */ var _flux_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90687);
// Where a HelmRelease starts in its file: the line a failed render of it is
// said at. The flux2-kustomize-helm-example layout keeps a HelmRepository and
// its HelmRelease in one file (`---` between them), so line 1 names the
// HelmRepository; the first line of the HelmRelease's own document (after
// its `---`) is what a reader should be sent to.




/**
 * The 1-based line of the HelmRelease `release` (`<file>[#<name>]`) names in `text`: its document's first
 * line (its first key, past the `---` and any comment); 1 when the text does not parse or holds no such
 * HelmRelease (the render's own message says why).
 */
function releaseLine(release, text, cache) {
    if (text === undefined)
        return 1;
    const file = release.replace(/#.*$/, '');
    try {
        const index = (0,_flux_js__WEBPACK_IMPORTED_MODULE_2__/* .releaseDocument */ .b8)(release, text, file, cache) ?? 0;
        const parsed = (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_3__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_1__/* .YAML_DOCUMENTS */ .FL, text.replace(/^\ufeff/, ''), file);
        const doc = (parsed.documents ?? [parsed.doc])[index];
        return parsed.lineOf(doc?.contents) ?? 1;
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
            return 1;
        throw e;
    }
}
/** The HelmRelease's file and the line of its document, read through `read` (releaseLine). */
async function releaseWhere(release, read, cache) {
    const file = release.replace(/#.*$/, '');
    return { file, line: releaseLine(release, await read(file), cache) };
}


/***/ }),

/***/ 8539:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V3: () => (/* binding */ readFluxRelease),
/* harmony export */   eK: () => (/* binding */ specValues),
/* harmony export */   z8: () => (/* binding */ fluxRef)
/* harmony export */ });
/* unused harmony exports mergePatch, fluxReleaseName */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _text_parse_cache_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9053);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64293);
/* harmony import */ var _kustomize_overlay_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33861);
/* harmony import */ var _application_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(21120);
/* harmony import */ var _flux_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(90687);
/* harmony import */ var _flux_values_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(99982);
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








const asObj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : undefined);
const asStr = (v) => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined);
/** At most this many kustomization folders are followed from the HelmRelease's folder. */
const MAX_FOLDERS = 32;
/** Folder of a repository path ('.' at the top). */
const dirOf = (p) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '.');
/** `dir` joined with a relative path, normalised; undefined when it leaves the repository. */
function joinPath(dir, rel) {
    const parts = dir === '.' ? [] : dir.split('/');
    for (const seg of rel.split('/'))
        if (seg === '..') {
            if (parts.length === 0)
                return undefined;
            parts.pop();
        }
        else if (seg !== '.' && seg !== '')
            parts.push(seg);
    return parts.join('/') || '.';
}
function docsIn(text, file, cache) {
    const parsed = (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_7__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .YAML_DOCUMENTS */ .FL, text.replace(/^\ufeff/, ''), file);
    return (parsed.documents ?? [parsed.doc]).flatMap((d, index) => {
        const data = asObj(d.toJS({ maxAliasCount: 100 }));
        return data ? [{ file, index, data }] : [];
    });
}
/**
 * The documents a kustomization folder reaches: its resources' files and
 * folders (a remote or outside one left out), and its namespace: the
 * kustomization's own `namespace:` nearest the HelmRelease.
 */
async function reached(dir, read, cache) {
    const docs = [];
    const seen = new Set();
    let namespace;
    const queue = [dir];
    while (queue.length > 0 && seen.size < MAX_FOLDERS) {
        const d = queue.shift();
        if (seen.has(d))
            continue;
        seen.add(d);
        for (const n of _kustomize_overlay_js__WEBPACK_IMPORTED_MODULE_3__/* .KUSTOMIZATION_NAMES */ .H7) {
            const kfile = d === '.' ? n : `${d}/${n}`;
            const ktext = await read(kfile);
            if (ktext === undefined)
                continue;
            const k = docsIn(ktext, kfile, cache)[0]?.data ?? {};
            namespace ??= asStr(k.namespace);
            for (const r of Array.isArray(k.resources) ? k.resources : []) {
                const rel = asStr(r);
                const path = rel === undefined || /^[a-z][a-z0-9+.-]*:/i.test(rel) ? undefined : joinPath(d, rel);
                if (path === undefined)
                    continue;
                if (/\.ya?ml$/.test(path)) {
                    const text = await read(path);
                    if (text !== undefined)
                        docs.push(...docsIn(text, path, cache));
                }
                else
                    queue.push(path);
            }
            break;
        }
    }
    return { docs, namespace };
}
/** `patch` merged over `base` as kustomize merges a patch of a custom resource: maps key by key, `null` removes, anything else replaced. */
function mergePatch(base, patch) {
    const b = asObj(base);
    const p = asObj(patch);
    if (!p)
        return patch;
    const out = { ...(b ?? {}) };
    for (const [k, v] of Object.entries(p)) {
        if (v === null)
            delete out[k];
        else
            out[k] = asObj(v) && asObj(out[k]) ? mergePatch(out[k], v) : v;
    }
    return out;
}
/** Helm's limit on a release name, and how helm-controller shortens a longer default one (its first 40 characters, `-`, 12 hex of its sha256). */
function fluxReleaseName(name, targetNamespace) {
    const full = targetNamespace ? `${targetNamespace}-${name}` : name;
    if (full.length <= 53)
        return full;
    return `${full.slice(0, 40)}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(full).digest('hex').slice(0, 12)}`;
}
const kindName = (d) => [asStr(d.data.kind), asStr(asObj(d.data.metadata)?.name)];
/**
 * The environment's Flux reference, its paths through `at` (the check's working-directory prefix); undefined for an
 * environment deployed by no HelmRelease. Every reader of a HelmRelease (render, values-drift, chart-version, the
 * pull request check) takes it from here.
 */
function fluxRef(to, at = (p) => p) {
    if (to.helmrelease === undefined)
        return undefined;
    return { helmrelease: at(to.helmrelease), ...(to.ocirepository !== undefined ? { ocirepository: at(to.ocirepository) } : {}) };
}
/**
 * The HelmRelease the environment's `helmrelease:` names, as it would be
 * installed (see the file's head); `ocirepository:` is where its chartRef's
 * OCIRepository is read first. Errors name file:line as promote/flux.ts does.
 */
async function readFluxRelease(env, read, cache) {
    const { file } = (0,_application_js__WEBPACK_IMPORTED_MODULE_4__/* .splitApplicationRef */ .O6)(env.helmrelease);
    const text = await read(file);
    if (text === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${file} is not in the repository`, { file, hint: 'point helmrelease: at the HelmRelease file' });
    const document = (0,_flux_js__WEBPACK_IMPORTED_MODULE_5__/* .releaseDocument */ .b8)(env.helmrelease, text, file, cache) ?? 0;
    const own = docsIn(text, file, cache);
    const patch = own.find((d) => d.index === document);
    const name = asStr(asObj(patch.data.metadata)?.name) ?? '';
    const around = await reached(dirOf(file), read, cache);
    const all = [...own.filter((d) => d.index !== document), ...around.docs];
    const base = all.filter((d) => !(d.file === file && d.index === document)).find((d) => kindName(d).join('/') === `HelmRelease/${name}`);
    const merged = asObj(mergePatch(base?.data ?? {}, patch.data)) ?? {};
    const spec = asObj(merged.spec) ?? {};
    const meta = asObj(merged.metadata) ?? {};
    const ns = around.namespace ?? asStr(meta.namespace);
    const targetNamespace = asStr(spec.targetNamespace);
    const chart = await chartOf(spec, all, env.ocirepository, read, cache);
    // valuesFrom as kustomize leaves it: the patch's list when it has one (a list is replaced whole), else the base's.
    const holder = asObj(patch.data.spec)?.valuesFrom !== undefined || !base ? { file, index: document } : base;
    const holderText = holder.file === file ? text : ((await read(holder.file)) ?? '');
    const entries = await (0,_flux_values_js__WEBPACK_IMPORTED_MODULE_6__/* .valuesFromEntries */ .hq)(holder.file, holderText, holder.index, read, cache);
    const values = entries.flatMap((e) => (e.home && !e.targetPath ? [valuesOf(e)] : []));
    const unread = entries
        .filter((e) => !e.home || e.targetPath)
        .map((e) => `valuesFrom ${e.kind} ${e.name}${e.targetPath ? ` (targetPath ${e.targetPath})` : ''} not read`);
    if (asObj(spec.values))
        values.push({ text: JSON.stringify(spec.values), path: file, label: 'spec.values' });
    return {
        name,
        releaseName: asStr(spec.releaseName) ?? fluxReleaseName(name, targetNamespace),
        ...((targetNamespace ?? ns) ? { namespace: targetNamespace ?? ns } : {}),
        ...((asStr(spec.storageNamespace) ?? ns) ? { storageNamespace: asStr(spec.storageNamespace) ?? ns } : {}),
        ...chart,
        values,
        unread,
        documents: [...(base ? [{ file: base.file, document: base.index }] : []), { file, document }],
    };
}
/** A valuesFrom entry's values document as text (JSON, which Helm reads as YAML). */
function valuesOf(e) {
    const home = e.home;
    return {
        text: home.plain ? home.text : JSON.stringify(e.root?.toJSON() ?? {}),
        path: home.file,
        label: home.label,
        ...(home.plain ? { plain: true } : {}),
    };
}
/** The chart's version and source: spec.chart.spec with its sourceRef, or spec.chartRef's OCIRepository. */
async function chartOf(spec, docs, ociFile, read, cache) {
    const chartRef = asObj(spec.chartRef);
    if (chartRef) {
        const refName = asStr(chartRef.name);
        const kind = asStr(chartRef.kind) ?? 'OCIRepository';
        const named = ociFile ? (0,_application_js__WEBPACK_IMPORTED_MODULE_4__/* .splitApplicationRef */ .O6)(ociFile) : undefined;
        const candidates = named ? docsIn((await read(named.file)) ?? '', named.file, cache) : [];
        const wanted = (d) => kindName(d)[0] === kind && (kindName(d)[1] === (named?.name ?? refName) || named?.name === undefined);
        const oci = candidates.find(wanted) ?? docs.find((d) => kindName(d).join('/') === `${kind}/${refName}`);
        const ospec = asObj(oci?.data.spec) ?? {};
        const url = (asStr(ospec.url) ?? '').replace(/\/+$/, '');
        const ref = asObj(ospec.ref) ?? {};
        const version = asStr(ref.tag) ?? asStr(ref.semver) ?? '';
        const digest = asStr(ref.digest);
        const cut = url.lastIndexOf('/');
        return {
            version,
            source: {
                ...(cut > 0 ? { repoURL: url.slice(0, cut), chart: url.slice(cut + 1) } : {}),
                ...(digest ? { digests: new Map([[version, digest]]) } : {}),
            },
            from: `${kind} ${refName ?? ''} (${url || 'no url'}${digest ? `@${digest}` : ''})`,
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
        return { version, source: chart ? { path: chart.replace(/^\.\//, '') } : {}, from: `${kind} ${refName} (${chart ?? 'no chart'})` };
    const repo = docs.find((d) => kindName(d).join('/') === `HelmRepository/${refName}`);
    const url = asStr(asObj(repo?.data.spec)?.url);
    return {
        version,
        source: { ...(chart ? { chart } : {}), ...(url ? { repoURL: url } : {}) },
        from: `HelmRepository ${refName} (${url ?? 'not found in the repository'})`,
    };
}
/** The spec.values node of a HelmRelease document, for values-drift's comparison at the file's lines. */
function specValues(text, file, document, cache) {
    const parsed = (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_7__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .YAML_DOCUMENTS */ .FL, text.replace(/^\ufeff/, ''), file);
    const doc = (parsed.documents ?? [parsed.doc])[document];
    return () => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(doc?.contents, 'spec'), 'values');
}


/***/ }),

/***/ 1930:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jz: () => (/* binding */ traceImage),
/* harmony export */   oo: () => (/* binding */ unpinnedImages),
/* harmony export */   sq: () => (/* binding */ unpinnedLine)
/* harmony export */ });
/* harmony import */ var _objects_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29679);
// The digest-only guard over what is rendered: every container,
// initContainer and ephemeralContainer image of a protected environment's
// rendered objects must name its content (`@sha256:` and 64 hex digits),
// whatever wrote it — a base, a patch, a component, a chart default, a
// subchart. Pod specs are found by their shape, not by kind: a Pod's `spec`,
// and every `template.spec` under an object's spec (Deployment, StatefulSet,
// DaemonSet, ReplicaSet, Job, a CronJob's jobTemplate, an Argo Rollout or any
// custom resource shaped the same). Where the image came from is traced in the
// texts the render read (values files, chart files, the overlay's files):
// the line that writes the image, else its tag, else its repository; else the
// object alone names it.

/** A digest as a pin: `@sha256:` and 64 lowercase hex digits, at the end of the reference. */
const DIGEST = /@sha256:[0-9a-f]{64}$/;
const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'];
const asObj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : undefined);
/** Every pod spec of an object, with its path: a Pod's spec, and each `template.spec` under `spec` (any depth). */
function podSpecs(body) {
    const out = [];
    const top = asObj(body.spec);
    if (!top)
        return out;
    if (body.kind === 'Pod')
        out.push({ spec: top, path: 'spec' });
    const walk = (node, path, depth) => {
        if (depth > 8)
            return;
        for (const [k, v] of Object.entries(node)) {
            const child = asObj(v);
            if (!child)
                continue;
            const at = `${path}.${k}`;
            const spec = k === 'template' ? asObj(child.spec) : undefined;
            if (spec && CONTAINER_LISTS.some((l) => Array.isArray(spec[l])))
                out.push({ spec, path: `${at}.spec` });
            else
                walk(child, at, depth + 1);
        }
    };
    walk(top, 'spec', 0);
    return out;
}
/** The images of `objects` that carry no digest, in the objects' order (each list, each container). */
function unpinnedImages(objects) {
    const out = [];
    for (const o of objects)
        for (const { spec, path } of podSpecs(o.body))
            for (const list of CONTAINER_LISTS) {
                const containers = spec[list];
                if (!Array.isArray(containers))
                    continue;
                containers.forEach((c, i) => {
                    const container = asObj(c);
                    if (!container)
                        return;
                    const image = typeof container.image === 'string' ? container.image.trim() : '';
                    if (DIGEST.test(image))
                        return;
                    out.push({
                        object: (0,_objects_js__WEBPACK_IMPORTED_MODULE_0__/* .objectLabel */ .uk)(o),
                        container: typeof container.name === 'string' && container.name !== '' ? container.name : '(unnamed)',
                        list,
                        image,
                        path: `${path}.${list}[${i}].image`,
                    });
                });
            }
    return out;
}
/** `evil.example/api:latest` → repository and tag (a port's colon is no tag). */
function splitImage(image) {
    const ref = image.split('@')[0];
    const colon = ref.lastIndexOf(':');
    return colon > ref.lastIndexOf('/') ? { repository: ref.slice(0, colon), tag: ref.slice(colon + 1) } : { repository: ref };
}
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * Where `image` was written among `sources` (in the order given: the files
 * the environment owns first): the line holding the whole reference, else a
 * `…tag:` key (newTag, tag, imageTag) holding its tag beside its repository's
 * name in the same file, else a line naming its repository. Undefined when no
 * text shows it (a template that assembles it): the object then names it.
 */
function traceImage(image, sources) {
    if (image === '')
        return undefined;
    const { repository, tag } = splitImage(image);
    const lineOf = (text, test) => {
        const lines = text.split('\n');
        const i = lines.findIndex(test);
        return i >= 0 ? i + 1 : undefined;
    };
    const whole = new RegExp(`(^|[\\s"'=:])${escapeRe(image)}(["'\\s]|$)`);
    for (const s of sources) {
        const line = lineOf(s.text, (l) => whole.test(l));
        if (line)
            return { file: s.path, line, text: `writes ${image}` };
    }
    const short = repository.slice(repository.lastIndexOf('/') + 1);
    if (tag !== undefined) {
        const tagLine = new RegExp(`^\\s*-?\\s*[A-Za-z_]*[Tt]ag\\s*:\\s*["']?${escapeRe(tag)}["']?\\s*(#.*)?$`);
        for (const s of sources) {
            if (!s.text.includes(short))
                continue;
            const line = lineOf(s.text, (l) => tagLine.test(l));
            if (line)
                return { file: s.path, line, text: `sets the tag ${tag}` };
        }
    }
    const repoLine = new RegExp(`(^|[\\s"'=:/])${escapeRe(repository)}(["'\\s:@]|$)`);
    for (const s of sources) {
        const line = lineOf(s.text, (l) => repoLine.test(l));
        if (line)
            return { file: s.path, line, text: `names ${repository}` };
    }
    return undefined;
}
/** One line for a reviewer: `Deployment prod/api: container api runs evil.example/api:latest, not pinned by digest`. */
function unpinnedLine(u) {
    const kind = u.list === 'containers' ? 'container' : u.list === 'initContainers' ? 'initContainer' : 'ephemeralContainer';
    return `${u.object}: ${kind} ${u.container} ${u.image === '' ? 'names no image' : `runs ${u.image}`}, not pinned by digest (${u.path})`;
}


/***/ }),

/***/ 34549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ chartCrds),
/* harmony export */   q: () => (/* binding */ validateEnvironment)
/* harmony export */ });
/* harmony import */ var _render_objects_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29679);
/* harmony import */ var _crd_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12535);
/* harmony import */ var _kube_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53647);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84033);
// One environment's render validated, as check and promote both ask for it:
// the render's objects, the CRD texts that come with it (a chart's crds/, the
// config's crds: files), the environment's kube-version. What it finds is said
// in the environment's own mode by the operation that asked.




/** The CRD files of a chart's files (its crds/ and its subcharts'; never a template), `from` prefixed with `dir`. */
function chartCrds(files, dir = '') {
    return [...files]
        .filter(([p]) => /(^|\/)crds\/.+\.ya?ml$/.test(p) && !/(^|\/)templates\//.test(p))
        .map(([p, text]) => ({ from: dir ? `${dir}/${p}` : p, text }));
}
/**
 * Validates `objects` for `kubeVersion` with the CRDs of `crdTexts` (each a
 * multi-document YAML text; `from` names it when one is no YAML) and those the
 * objects hold. The Kubernetes schemas are loaded on the first call of a run,
 * Flux's on the first call whose objects hold a Flux resource.
 */
async function validateEnvironment(objects, crdTexts, kubeVersion) {
    const list = [...objects];
    let kube;
    try {
        kube = await (0,_kube_js__WEBPACK_IMPORTED_MODULE_2__/* .kubeSchemas */ .Yf)();
    }
    catch (e) {
        return { findings: [], failed: `the Kubernetes schemas did not load: ${e.message}` };
    }
    // Flux's models are loaded only for a render that holds a Flux object.
    if (list.some((o) => (0,_kube_js__WEBPACK_IMPORTED_MODULE_2__/* .isFluxApi */ .CX)(o.apiVersion)))
        try {
            kube = await (0,_kube_js__WEBPACK_IMPORTED_MODULE_2__/* .kubeAndFluxSchemas */ .Eo)();
        }
        catch (e) {
            return { findings: [], failed: `the Flux schemas did not load: ${e.message}` };
        }
    const crds = new _crd_js__WEBPACK_IMPORTED_MODULE_3__/* .CrdSchemas */ .I();
    for (const { from, text } of crdTexts) {
        try {
            crds.add([...(0,_render_objects_js__WEBPACK_IMPORTED_MODULE_0__/* .splitObjects */ .bR)(text).values()].map((o) => o.body));
        }
        catch (e) {
            return { findings: [], failed: `${from}: ${e.message}` };
        }
    }
    const validation = (0,_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .validateObjects */ .T1)(list, { kube, crds }, kubeVersion);
    const unvalidated = (0,_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .unvalidatedLine */ .cc)(validation);
    return { findings: validation.findings, ...(unvalidated ? { unvalidated } : {}), validation };
}


/***/ })

};
