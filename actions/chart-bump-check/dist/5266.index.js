export const id = 5266;
export const ids = [5266];
export const modules = {

/***/ 21120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BX: () => (/* binding */ applicationValues),
/* harmony export */   O6: () => (/* binding */ splitApplicationRef),
/* harmony export */   aw: () => (/* binding */ valueFilePlaces),
/* harmony export */   nZ: () => (/* binding */ readApplication),
/* harmony export */   xL: () => (/* binding */ findChartRevision)
/* harmony export */ });
/* unused harmony export setChartRevision */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);
/* harmony import */ var _edits_check_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85763);
/* harmony import */ var _edits_yaml_edit_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63077);
/* harmony import */ var _text_parse_cache_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9053);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(64293);
/* harmony import */ var _flux_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(90687);
// The chart version an environment runs: `targetRevision` of its ArgoCD
// Application. The config's `application` names the file, optionally with
// `#<name>` to pick one Application of a multi-document file (seed 001 keeps
// every Application of an environment in one argocd-applications.yaml). The
// name matches the document's metadata.name, or a source's chart, or the last
// folder of a source's path; in a multi-source Application the source with
// the matching chart (or path) is the one edited.









/** `apps/prod.yaml#myapp-prod` → file and selector. */
function splitApplicationRef(ref) {
    const hash = ref.indexOf('#');
    if (hash < 0)
        return { file: ref };
    const name = ref.slice(hash + 1).trim();
    return { file: ref.slice(0, hash), name: name === '' ? undefined : name };
}
/** What a source is known by: its chart, its path and the path's last folder. */
function sourceNames(source) {
    const names = [];
    const chart = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .mapValue */ .IS)(source, 'chart'));
    const path = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .mapValue */ .IS)(source, 'path'));
    if (chart)
        names.push(chart);
    if (path) {
        const clean = path.replace(/\/+$/, '');
        names.push(clean, clean.slice(clean.lastIndexOf('/') + 1));
    }
    return names;
}
/**
 * Finds the targetRevision to edit. `name` (from `file#name`) selects the
 * document and the source; `charts` (config chart folders) are the fallback
 * hints. Errors name the file and line: no Application, several and no way to
 * choose, or no source carrying the chart. With the run's `cache`, a file
 * parsed before (its inline values read for pins) is not parsed again.
 */
function findChartRevision(text, file, name, charts = [], cache) {
    const body = text.replace(/^\ufeff/, '');
    const parsed = (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_7__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .YAML_DOCUMENTS */ .FL, body, file);
    const docs = parsed.documents ?? [];
    const multi = docs.length > 1;
    const apps = docs
        .map((doc, index) => ({ index, doc, name: (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .mapValue */ .IS)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .mapValue */ .IS)(doc.contents, 'metadata'), 'name')) }))
        .filter((c) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .mapValue */ .IS)(c.doc.contents, 'spec') !== undefined && ((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .mapValue */ .IS)(c.doc.contents, 'kind')) ?? 'Application') === 'Application');
    const flux = apps.length === 0 ? (0,_flux_js__WEBPACK_IMPORTED_MODULE_6__/* .fluxChartRevision */ .R7)(text, file, name, cache) : undefined;
    if (flux)
        return flux;
    if (apps.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('no ArgoCD Application (kind: Application with spec) in the file', {
            file,
            line: 1,
            hint: 'point application at the Application manifest',
        });
    const hints = name ? [name] : charts.flatMap((c) => [c.replace(/\/+$/, ''), c.replace(/\/+$/, '').split('/').pop()]);
    const matchesSource = (c) => sourcesOf(c).some((s) => sourceNames(s.node).some((n) => hints.includes(n)));
    let chosen;
    if (apps.length === 1)
        chosen = apps;
    else {
        chosen = name ? apps.filter((c) => c.name === name) : [];
        if (chosen.length === 0)
            chosen = apps.filter(matchesSource);
    }
    if (chosen.length !== 1) {
        const names = apps.map((c) => c.name ?? `document ${c.index + 1}`).join(', ');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(chosen.length === 0
            ? `no Application in the file matches ${name ? `'${name}'` : 'the configured charts'} (it holds ${names})`
            : `${chosen.length} Applications in the file match; cannot tell which to edit`, { file, line: 1, hint: 'name the Application in the config: application: <file>#<metadata.name or chart>' });
    }
    const app = chosen[0];
    const sources = sourcesOf(app);
    // A name that picked the Application by metadata.name says nothing about which source holds the chart.
    const sourceHints = name && app.name === name ? charts.flatMap((c) => [c.replace(/\/+$/, ''), c.replace(/\/+$/, '').split('/').pop()]) : hints;
    const matching = sources.filter((s) => sourceNames(s.node).some((n) => sourceHints.includes(n)));
    const withChart = sources.filter((s) => sourceNames(s.node).length > 0);
    const source = matching.length === 1
        ? matching[0]
        : matching.length === 0 && withChart.length === 1 && sourceHints !== hints
            ? withChart[0]
            : matching.length === 0 && withChart.length === 1 && !name
                ? withChart[0]
                : undefined;
    const appLine = parsed.lineOf(app.doc.contents) ?? 1;
    if (!source)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Application ${app.name ?? ''} has no source with the chart ${name ?? hints[hints.length - 1] ?? ''}`.replace(/\s+/g, ' ').trim(), {
            file,
            line: appLine,
            hint: 'give the chart source (spec.source or one of spec.sources) its chart: or path:, or fix the name after # in application',
        });
    const rev = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .mapValue */ .IS)(source.node, 'targetRevision');
    const current = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .scalarText */ .ws)(rev) ?? '';
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
function sourcesOf(c) {
    const spec = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .mapValue */ .IS)(c.doc.contents, 'spec');
    const sources = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .mapValue */ .IS)(spec, 'sources');
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(sources))
        return sources.items.map((s, i) => ({ node: s, path: ['spec', 'sources', i] }));
    const source = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .mapValue */ .IS)(spec, 'source');
    return source ? [{ node: source, path: ['spec', 'source'] }] : [];
}
/** The chart a source names and the folder it reads it from, for what a promotion says of the chart. */
function sourceChart(source) {
    const chart = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .mapValue */ .IS)(source, 'chart'));
    const path = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .mapValue */ .IS)(source, 'path'))?.replace(/\/+$/, '');
    const folder = path ? path.slice(path.lastIndexOf('/') + 1) : undefined;
    return { ...(chart || folder ? { chart: chart || folder } : {}), ...(path ? { chartPath: path } : {}) };
}
/**
 * Sets the Application's chart version with a byte-minimal edit (created
 * after `chart:`/`path:` when the source has no targetRevision), checked by
 * re-parsing: only that value changes, every other document stays.
 */
function setChartRevision(text, rev, version, cache, digest) {
    if (rev.flux === 'OCIRepository')
        return setOciRef(text, { ...rev, flux: rev.flux }, version, digest, cache);
    if (rev.current === version)
        return text;
    const edit = { path: rev.path, value: version, create: true, after: 'chart' };
    const after = setScalars(text, rev.file, [edit], { document: rev.document, cache });
    checkYamlEdit(rev.file, text, after, [edit], { document: rev.document, cache });
    return after;
}
const asObj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : undefined);
const asStr = (v) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
const strings = (v) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);
/** The Application of `text` as a render reads it (findChartRevision picks the document and the source); its errors name file:line. */
function readApplication(text, file, name, charts = []) {
    const revision = findChartRevision(text, file, name, charts);
    const docs = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseAllDocuments */ .hR)(text.replace(/^\ufeff/, ''));
    const list = Array.isArray(docs) ? docs : [docs];
    const app = asObj(list[revision.document ?? 0]?.toJS()) ?? {};
    let source = app;
    for (const k of revision.path.slice(0, -1))
        source = Array.isArray(source) ? source[Number(k)] : asObj(source)?.[String(k)];
    const src = asObj(source) ?? {};
    const helm = asObj(src.helm) ?? {};
    const spec = asObj(app.spec) ?? {};
    const inline = [
        ...(typeof helm.values === 'string' && helm.values.trim() !== '' ? [helm.values] : []),
        ...(asObj(helm.valuesObject) ? [(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .stringify */ .As)(helm.valuesObject)] : []),
    ];
    const set = (Array.isArray(helm.parameters) ? helm.parameters : []).flatMap((p) => {
        const o = asObj(p);
        const n = asStr(o?.name);
        return n ? [{ name: n, value: asStr(o?.value) ?? '', string: o?.forceString === true }] : [];
    });
    // Argo CD's diff leaves these fields out, but a sync applies them unless the Application says RespectIgnoreDifferences=true.
    const respected = strings(asObj(spec.syncPolicy)?.syncOptions).some((o) => o.replace(/\s+/g, '') === 'RespectIgnoreDifferences=true');
    const ignoreDifferences = (Array.isArray(spec.ignoreDifferences) ? spec.ignoreDifferences : []).flatMap((r) => {
        const o = asObj(r);
        const kind = asStr(o?.kind);
        if (!o || !kind)
            return [];
        return [
            {
                kind,
                ...(asStr(o.group) !== undefined ? { group: asStr(o.group) } : {}),
                ...(asStr(o.name) ? { name: asStr(o.name) } : {}),
                ...(asStr(o.namespace) ? { namespace: asStr(o.namespace) } : {}),
                jsonPointers: strings(o.jsonPointers),
                jqPathExpressions: strings(o.jqPathExpressions),
                ...(respected ? {} : { appliedOnSync: true }),
            },
        ];
    });
    const path = asStr(src.path)?.replace(/\/+$/, '');
    const namespace = asStr(asObj(spec.destination)?.namespace);
    return {
        revision,
        ...(path ? { path } : {}),
        release: asStr(helm.releaseName) ?? asStr(asObj(app.metadata)?.name) ?? 'release',
        ...(namespace ? { namespace } : {}),
        valueFiles: strings(helm.valueFiles),
        ignoreMissingValueFiles: helm.ignoreMissingValueFiles === true,
        inline,
        set,
        ignoreDifferences,
    };
}
/**
 * Where each of `app`'s valueFiles entries is read, as Argo CD reads it: `$ref/path` from the repository root, a
 * plain entry beside a git source's `path:`, a chart-repository source's plain entry inside the chart package.
 */
function valueFilePlaces(app) {
    return app.valueFiles.map((entry) => entry.startsWith('$')
        ? { entry, repo: node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(entry.slice(entry.indexOf('/') + 1)) }
        : app.path !== undefined
            ? { entry, repo: node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(app.path, entry)) }
            : { entry, inPackage: node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(entry) });
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
async function applicationValues(app, chartFiles, read) {
    const values = [];
    for (const place of valueFilePlaces(app)) {
        // A chart-repository source reads a plain entry inside the chart package, never a file of this repository.
        const text = 'inPackage' in place ? chartFiles?.get(place.inPackage) : await read(place.repo);
        if (text === undefined) {
            if (app.ignoreMissingValueFiles)
                continue;
            return {
                unavailable: 'inPackage' in place
                    ? `the Application's valueFiles entry ${place.entry} is not in chart ${app.revision.chart ?? ''}'s package (a chart-repository source reads its valueFiles there)`
                    : `the Application's valueFiles entry ${place.entry} is not in the repository`,
            };
        }
        values.push({ ...('repo' in place ? { path: place.repo } : {}), text });
    }
    for (const text of app.inline)
        values.push({ text });
    return { values };
}


/***/ }),

/***/ 71755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Mc: () => (/* binding */ entriesOf),
  ig: () => (/* binding */ substituteFromFiles),
  Kx: () => (/* binding */ substituteFromHome)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/yaml/read.ts
var yaml_read = __webpack_require__(64293);
// EXTERNAL MODULE: ./packages/core/src/render/overlay-target.ts
var overlay_target = __webpack_require__(24618);
// EXTERNAL MODULE: ./packages/core/src/promote/flux-values.ts
var flux_values = __webpack_require__(99982);
// EXTERNAL MODULE: ./packages/core/src/promote/pin-fields.ts
var pin_fields = __webpack_require__(64231);
;// CONCATENATED MODULE: ./packages/core/src/promote/flux-substitute-files.ts
// The files a configMapGenerator builds a substituteFrom ConfigMap from, beside
// its `literals:`: `envs:` (and the older `env:`), .env files of `KEY=value`
// lines, and `files:`, each file's whole content one key's value (`key=path`,
// or the file's name as the key). A flux-substitute variable found there is
// read and written in that file: an env file's line byte-minimally (the `KEY=`,
// every other line and comment kept), a `files:` source whole (its trailing
// newline kept). Read as kustomize reads them: a line's leading blanks and a
// first line's BOM dropped, `#` lines and blank lines skipped, the value
// everything after the first `=`, quotes and all; a file's value its content
// (lockstep takes one trailing newline as the file's end, not the value's).




/** Joins a kustomization-relative path to its folder; undefined when it climbs out of the repository. */
function joined(dir, rel) {
    const parts = dir === '.' ? [] : dir.split('/');
    for (const p of rel.split('/')) {
        if (p === '' || p === '.')
            continue;
        if (p === '..') {
            if (parts.length === 0)
                return undefined;
            parts.pop();
        }
        else
            parts.push(p);
    }
    return parts.join('/') || undefined;
}
/** The `KEY=value` lines of an env file, by key (a later line over an earlier one, as a map keeps it). */
function envSlots(text, file) {
    const slots = new Map();
    text.split('\n').forEach((raw, i) => {
        const line = (i === 0 ? raw.replace(/^\ufeff/, '') : raw).replace(/\r$/, '');
        const body = line.trimStart();
        const eq = body.indexOf('=');
        if (body === '' || body.startsWith('#') || eq <= 0)
            return;
        const cut = line.length - body.length + eq + 1;
        slots.set(body.slice(0, eq), { path: [i], line: i + 1, value: line.slice(cut), prefix: line.slice(0, cut), file, source: 'env' });
    });
    return slots;
}
/** A `files:` source as one value: its content without the one trailing newline that ends the file. */
function fileSlot(text, file) {
    return { path: [], line: 1, value: text.replace(/\r?\n$/, ''), file, source: 'file' };
}
/**
 * The variables a generator entry's `envs:`/`env:` and `files:` hold, by key, with the files they are read from;
 * `missing` says which named file is not in the repository (the entry then may hold any variable).
 */
async function sourceSlots(entry, dir, read) {
    const slots = new Map();
    const files = [];
    const list = (key) => {
        const node = (0,yaml_read/* mapValue */.IS)(entry, key);
        return (0,dist/* isSeq */.oP)(node) ? node.items.map((i) => (0,yaml_read/* scalarText */.ws)(i) ?? '') : [];
    };
    const env = (0,yaml_read/* scalarText */.ws)((0,yaml_read/* mapValue */.IS)(entry, 'env'));
    for (const rel of [...list('envs'), ...(env !== undefined ? [env] : [])]) {
        const path = joined(dir, rel);
        const text = path === undefined ? undefined : await read(path);
        if (text === undefined)
            return { slots, files, missing: `its env file ${rel} is not in the repository` };
        files.push(path);
        for (const [k, s] of envSlots(text, path))
            slots.set(k, s);
    }
    for (const spec of list('files')) {
        const eq = spec.indexOf('=');
        const rel = eq < 0 ? spec : spec.slice(eq + 1);
        const path = joined(dir, rel);
        const text = path === undefined ? undefined : await read(path);
        if (text === undefined)
            return { slots, files, missing: `its file ${rel} is not in the repository` };
        files.push(path);
        slots.set(eq < 0 ? rel.slice(rel.lastIndexOf('/') + 1) : spec.slice(0, eq), fileSlot(text, path));
    }
    return { slots, files };
}
/** The slots of `text`, the home file at some state, read as `source` reads it. */
const slotsOf = (text, file, source, key) => source === 'env' ? envSlots(text, file) : new Map([[key, fileSlot(text, file)]]);
/** A generator's env file or data file as the home of an environment's flux-substitute variables (flux-substitute-from.ts). */
function sourceHome(label, slot, key, text) {
    const { file, source } = slot;
    const home = source === 'env' ? `${label.replace(/\)$/, '')}, ${file})` : `${label.replace(/\)$/, '')}, ${key}: ${file})`;
    return {
        file,
        text,
        document: 0,
        label: home,
        fields(t, vars) {
            const slots = slotsOf(t, file, source, key);
            return Object.entries(vars).map(([form, name]) => {
                const s = slots.get(name);
                if (!s)
                    throw new errors/* UserError */.yo(`${file} has no ${name}, which flux-substitute names`, {
                        file,
                        line: 1,
                        hint: `set ${name}=<value> in ${file}`,
                    });
                return { path: s.path, line: s.line, form, value: s.value, label: `${home} ${name}`, ...(s.prefix ? { prefix: s.prefix } : {}) };
            });
        },
        /** `t` with each pin's fields set: the lines of an env file, or the whole data file. */
        write(t, writes) {
            const lines = t.split('\n');
            for (const { pin, target } of writes)
                for (const e of (0,pin_fields/* fieldEdits */.O)(pin.fields ?? [], file, pin.key, pin, target)) {
                    if (/[\r\n]/.test(e.value))
                        throw new errors/* UserError */.yo(`${e.value.slice(0, 40)}… holds a line break`, {
                            file,
                            line: pin.line,
                            hint: 'promote an image reference',
                        });
                    if (source === 'file')
                        return `${e.value}${/\r?\n$/.exec(t)?.[0] ?? ''}`;
                    const i = e.path[0];
                    lines[i] = `${i === 0 && lines[0].startsWith('\ufeff') ? '\ufeff' : ''}${e.value}${lines[i].endsWith('\r') ? '\r' : ''}`;
                }
            return lines.join('\n');
        },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/promote/flux-substitute-from.ts
// Where a Flux Kustomization's flux-substitute variables live when its
// `spec.postBuild.substitute` does not set them: the ConfigMaps of
// `spec.postBuild.substituteFrom`. Flux takes `substitute` over every
// substituteFrom entry, and a later entry over an earlier one; a variable is
// therefore read and written in the last entry holding it, when that entry's
// data lives in the repository (a ConfigMap manifest's `data`, or a
// configMapGenerator's `literals`), found as flux-values.ts finds valuesFrom
// ConfigMaps. lockstep never reads or writes secrets: a Secret entry holding a
// variable is refused at its line, and so is an entry lockstep cannot read
// (not in the repository, an env file) merged over the variable's home, or
// the one entry that could hold a variable found nowhere else.






/** The variables of a ConfigMap or Secret manifest (data, and a Secret's stringData) in document `document` of `text`. */
function manifestSlots(text, file, document, cache) {
    const { parsed, docs } = (0,flux_values/* docsOf */.fE)(text, file, cache);
    const slots = new Map();
    for (const key of ['data', 'stringData']) {
        const data = (0,yaml_read/* mapValue */.IS)(docs[document].contents, key);
        if (!(0,dist/* isMap */.jh)(data))
            continue;
        for (const p of data.items)
            if ((0,dist/* isScalar */.jn)(p.key) && (0,dist/* isScalar */.jn)(p.value))
                slots.set(String(p.key.value), {
                    path: [key, String(p.key.value)],
                    line: parsed.lineOf(p.value) ?? 1,
                    value: (0,yaml_read/* scalarText */.ws)(p.value) ?? '',
                });
    }
    return slots;
}
/** Finds entry `kind` `name` in the repository: a manifest in `file` or a kustomization's generator under the Flux Kustomization's folder. */
async function locate(kind, name, file, read, cache) {
    const secret = kind === 'Secret';
    const generatorKey = secret ? 'secretGenerator' : 'configMapGenerator';
    const manifest = async (path) => {
        const text = await read(path);
        if (text === undefined)
            return undefined;
        const index = (0,flux_values/* docsOf */.fE)(text, path, cache).docs.findIndex((d) => (0,flux_values/* kindOf */.I)(d) === kind && (0,flux_values/* nameOf */.Vb)(d) === name);
        if (index < 0)
            return undefined;
        return {
            file: path,
            text,
            document: index,
            label: `${kind} ${name}`,
            secret,
            slots: manifestSlots(text, path, index, cache),
            slotsAt: (t) => manifestSlots(t, path, index, cache),
        };
    };
    const generator = async (kfile, ktext) => {
        const { docs } = (0,flux_values/* docsOf */.fE)(ktext, kfile, cache);
        const gens = (0,yaml_read/* mapValue */.IS)(docs[0].contents, generatorKey);
        const at = (0,dist/* isSeq */.oP)(gens) ? gens.items.findIndex((g) => (0,yaml_read/* scalarText */.ws)((0,yaml_read/* mapValue */.IS)(g, 'name')) === name) : -1;
        if (at < 0 || !(0,dist/* isSeq */.oP)(gens))
            return undefined;
        const entry = gens.items[at];
        // A Secret's files are never read; a ConfigMap's envs: and files: are (flux-substitute-files.ts).
        const other = secret ? ['envs', 'env', 'files'].find((k) => (0,yaml_read/* mapValue */.IS)(entry, k) !== undefined) : undefined;
        const sourced = secret ? undefined : await sourceSlots(entry, (0,flux_values/* dirOf */.Rw)(kfile), read);
        const opaque = other ? `its ${other}: lockstep reads no secret's files` : sourced?.missing;
        const withSources = (m) => new Map([...m, ...(sourced?.slots ?? [])]);
        return {
            file: kfile,
            text: ktext,
            document: 0,
            label: `${kind} ${name} (${generatorKey} of ${kfile})`,
            secret,
            ...(opaque ? { opaque } : {}),
            files: sourced?.files ?? [],
            slots: withSources(literalSlots(ktext, kfile, generatorKey, at, cache)),
            slotsAt: (t) => withSources(literalSlots(t, kfile, generatorKey, at, cache)),
        };
    };
    return (await manifest(file)) ?? (0,flux_values/* findConfigMap */.ko)((0,flux_values/* dirOf */.Rw)(file), { generator, manifest }, read, new Set(), cache);
}
/** The spec.postBuild.substituteFrom entries of the Flux Kustomization in `text`, each followed into the repository where it can be. */
async function entriesOf(text, file, read, cache) {
    const { parsed, docs } = (0,flux_values/* docsOf */.fE)(text, file, cache);
    // The Flux Kustomization's own document (a cluster's file may hold its GitRepository first); else the first.
    const own = docs.find((d) => (0,overlay_target/* isFluxKustomization */.Hw)((0,flux_values/* kindOf */.I)(d), (0,yaml_read/* scalarText */.ws)((0,yaml_read/* mapValue */.IS)(d.contents, 'apiVersion')))) ?? docs[0];
    const post = (0,yaml_read/* mapValue */.IS)((0,yaml_read/* mapValue */.IS)(own.contents, 'spec'), 'postBuild');
    const from = (0,yaml_read/* mapValue */.IS)(post, 'substituteFrom');
    const substitute = (0,yaml_read/* mapValue */.IS)(post, 'substitute');
    const keys = new Set((0,dist/* isMap */.jh)(substitute) ? substitute.items.map((p) => ((0,dist/* isScalar */.jn)(p.key) ? String(p.key.value) : '')) : []);
    const entries = [];
    for (const item of (0,dist/* isSeq */.oP)(from) ? from.items : []) {
        const kind = (0,yaml_read/* scalarText */.ws)((0,yaml_read/* mapValue */.IS)(item, 'kind')) ?? '';
        const name = (0,yaml_read/* scalarText */.ws)((0,yaml_read/* mapValue */.IS)(item, 'name')) ?? '';
        const found = kind === 'ConfigMap' || kind === 'Secret' ? await locate(kind, name, file, read, cache) : undefined;
        entries.push({ kind, name, line: parsed.lineOf(item) ?? 1, ...(found ? { found } : {}) });
    }
    return { entries, line: parsed.lineOf(from ?? substitute ?? post ?? own.contents) ?? 1, keys };
}
/** The files holding a Flux Kustomization's substituteFrom ConfigMaps in the repository (their history says when a pin there changed). */
async function substituteFromFiles(text, file, read, cache) {
    const { entries } = await entriesOf(text, file, read, cache);
    return [
        ...new Set(entries.flatMap((e) => (e.found && !e.found.secret ? [e.found.file, ...(e.found.files ?? [])] : []).filter((f) => f !== file))),
    ];
}
function refuse(message, file, line, hint) {
    return new errors/* UserError */.yo(message, { file, line, hint });
}
/** The entry whose data a variable takes (the last one holding it); refused when an entry lockstep cannot read could set it. */
function homeOf(name, entries, file, line) {
    let at = -1;
    entries.forEach((e, i) => {
        if (e.found?.slots.has(name))
            at = i;
    });
    const home = entries[at];
    if (home?.found?.secret)
        throw refuse(`spec.postBuild.substituteFrom Secret ${home.name} holds ${name}; lockstep never reads or writes secrets`, file, home.line, `set ${name} in spec.postBuild.substitute or in a ConfigMap of the repository listed after the Secret`);
    const later = entries.slice(at + 1).find((e) => !e.found || e.found.opaque !== undefined);
    if (later) {
        const why = !later.found ? `is not in the repository lockstep can read` : `is read only in part (${later.found.opaque})`;
        throw refuse(`spec.postBuild.substituteFrom ${later.kind} ${later.name} ${why}, and ${at < 0 ? `no other source sets ${name}` : `Flux takes it over ${home.found.label}, which sets ${name}`}`, file, later.line, at < 0
            ? `set ${name} in spec.postBuild.substitute, or keep ${later.kind} ${later.name} in the repository (a ConfigMap manifest or configMapGenerator literals)`
            : `list ${later.kind} ${later.name} before ${home.found.label}, or keep its data in the repository`);
    }
    if (!home)
        throw refuse(`spec.postBuild.substitute has no ${name}, and no substituteFrom ConfigMap of the repository sets it`, file, line, `set ${name}: "<value>" under spec.postBuild.substitute or in a ConfigMap that substituteFrom names`);
    return home;
}
/**
 * The home of an environment's flux-substitute variables when spec.postBuild.substitute of the Flux Kustomization
 * (`text` of `file`) sets none of them: the one substituteFrom ConfigMap holding all. Undefined when substitute
 * sets them all (or no service names variables). Refused at file:line: variables split over substitute and a
 * ConfigMap or over several ConfigMaps, a service pinned otherwise beside them, a ConfigMap outside the folder.
 */
async function substituteFromHome(text, file, services, read, cache) {
    const named = services.filter((s) => s.substitute !== undefined);
    const { entries, line, keys } = await entriesOf(text, file, read, cache);
    const wanted = named.flatMap((s) => Object.values(s.substitute).map((v) => ({ service: s, name: v })));
    const outside = wanted.filter((w) => !keys.has(w.name));
    if (outside.length === 0)
        return undefined;
    const homes = new Map();
    for (const w of outside) {
        const home = homeOf(w.name, entries, file, line);
        homes.set(home, [...(homes.get(home) ?? []), w.name]);
    }
    const inside = wanted.filter((w) => keys.has(w.name)).map((w) => w.name);
    const other = services.find((s) => s.substitute === undefined);
    if (homes.size > 1 || inside.length > 0 || other)
        throw refuse(`${file} keeps its pins in ${[
            ...(inside.length > 0 ? [`spec.postBuild.substitute (${inside.join(', ')})`] : []),
            ...[...homes].map(([e, names]) => `${e.found.label} (${names.join(', ')})`),
            ...(other ? [`the pin of service '${other.name}'`] : []),
        ].join(' and ')}; lockstep writes one place per environment`, file, [...homes.keys()][0].line, 'keep every flux-substitute variable of the environment in spec.postBuild.substitute, or all in one ConfigMap');
    const [[home, names]] = homes;
    const found = home.found;
    // A generator's variables in its env file or data files: that one file is the home (flux-substitute-files.ts).
    const where = [...new Set(names.map((n) => found.slots.get(n).file ?? found.file))];
    if (where.length > 1)
        throw refuse(`${found.label} holds ${names.join(', ')} in ${where.join(' and ')}; lockstep writes one file per environment`, file, home.line, "keep the environment's flux-substitute variables in one source of the generator: its literals, one env file, or one whole-image file");
    const dir = (0,flux_values/* dirOf */.Rw)(file);
    if (found.file !== file && dir !== '.' && !found.file.startsWith(`${dir}/`))
        throw refuse(`the pins of ${file} are in ${found.label} in ${found.file}, outside its folder ${dir}`, file, home.line, `keep the environment's substituteFrom ConfigMap in ${dir} (or below it), whose history says when its pins changed`);
    const slot = found.slots.get(names[0]);
    if (slot.file !== undefined && slot.source !== undefined)
        return sourceHome(found.label, { ...slot, file: slot.file, source: slot.source }, names[0], (await read(slot.file)) ?? '');
    return {
        file: found.file,
        text: found.text,
        document: found.document,
        label: found.label,
        fields(t, vars) {
            const slots = found.slotsAt(t);
            return Object.entries(vars).map(([form, name]) => {
                const slot = slots.get(name);
                if (!slot)
                    throw refuse(`${found.label} has no ${name}, which flux-substitute names`, found.file, 1, `set ${name} in ${found.label}`);
                return {
                    path: slot.path,
                    line: slot.line,
                    form,
                    value: slot.value,
                    label: `${found.label} ${name}`,
                    ...(slot.prefix ? { prefix: slot.prefix } : {}),
                };
            });
        },
    };
}
/** The literals (`NAME=value`) of entry `at` of a kustomization's configMapGenerator, by name. */
function literalSlots(text, file, key, at, cache) {
    const { parsed, docs } = (0,flux_values/* docsOf */.fE)(text, file, cache);
    const gens = (0,yaml_read/* mapValue */.IS)(docs[0].contents, key);
    const literals = (0,yaml_read/* mapValue */.IS)((0,dist/* isSeq */.oP)(gens) ? gens.items[at] : undefined, 'literals');
    const slots = new Map();
    ((0,dist/* isSeq */.oP)(literals) ? literals.items : []).forEach((l, j) => {
        const s = (0,yaml_read/* scalarText */.ws)(l) ?? '';
        const eq = s.indexOf('=');
        if (eq > 0)
            slots.set(s.slice(0, eq), {
                path: [key, at, 'literals', j],
                line: parsed.lineOf(l) ?? 1,
                value: s.slice(eq + 1),
                prefix: s.slice(0, eq + 1),
            });
    });
    return slots;
}


/***/ }),

/***/ 99982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ fluxValuesHome),
/* harmony export */   I: () => (/* binding */ kindOf),
/* harmony export */   Rw: () => (/* binding */ dirOf),
/* harmony export */   Vb: () => (/* binding */ nameOf),
/* harmony export */   fE: () => (/* binding */ docsOf),
/* harmony export */   hq: () => (/* binding */ valuesFromEntries),
/* harmony export */   ko: () => (/* binding */ findConfigMap),
/* harmony export */   uJ: () => (/* binding */ joinPath)
/* harmony export */ });
/* unused harmony export releaseHome */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _text_parse_cache_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9053);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64293);
/* harmony import */ var _kustomize_overlay_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33861);
/* harmony import */ var _pins_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(80261);
// Where a HelmRelease's image pins live when it takes values from ConfigMaps.
// Flux merges `spec.valuesFrom` in the order listed, then `spec.values` over
// them; a pin is therefore read and written where the last source holding its
// values-key keeps it. A ConfigMap is followed into the repository when its
// data lives there: a kustomize `configMapGenerator` entry (the file named for
// its `valuesKey`, default values.yaml) or a ConfigMap manifest (a literal
// block under `data.<valuesKey>`), found in the HelmRelease's file, the
// kustomization beside it and the kustomizations it names as resources.
// A source lockstep cannot read (a Secret, a ConfigMap made elsewhere) is
// harmless before the pins' home: their values are merged over it. After it,
// it could set the pin Flux deploys, so it is refused at its line — unless
// its `targetPath` puts its one value outside every pin.






const dirOf = (p) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '.');
/** `rel` joined to `dir` as kustomize resolves a relative path. */
const joinPath = (dir, rel) => {
    const parts = dir === '.' ? [] : dir.split('/');
    for (const seg of rel.split('/'))
        if (seg === '..')
            parts.pop();
        else if (seg !== '.' && seg !== '')
            parts.push(seg);
    return parts.join('/') || '.';
};
const docsOf = (text, file, cache) => {
    const parsed = (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_5__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .YAML_DOCUMENTS */ .FL, text.replace(/^\ufeff/, ''), file);
    return { parsed, docs: parsed.documents ?? [parsed.doc] };
};
const kindOf = (doc) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(doc.contents, 'kind'));
const nameOf = (doc) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(doc.contents, 'metadata'), 'name'));
/** The node at a values key under `root`, or undefined. */
function holds(root, key) {
    let node = root;
    for (const k of (0,_pins_js__WEBPACK_IMPORTED_MODULE_4__/* .parseValuesKey */ .bx)(key, 'values key')) {
        if (typeof k === 'number')
            node = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) ? node.items[k] : undefined;
        else
            node = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(node, k);
        if (node === undefined)
            return false;
    }
    return true;
}
/** True when a targetPath and a pin's values key touch: one is the other or lies inside it. */
const overlaps = (target, key) => target === key || target.startsWith(`${key}.`) || key.startsWith(`${target}.`);
/** A values file of its own (a configMapGenerator's file) as a home. */
function fileHome(file, text, label) {
    return {
        file,
        text,
        label,
        plain: true,
        root: (cache) => (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_5__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .YAML_DOCUMENT */ .MQ, text.replace(/^\ufeff/, ''), file).doc.contents,
        read: (t, key, cache) => (0,_pins_js__WEBPACK_IMPORTED_MODULE_4__/* .readPin */ .Ci)(t, file, key, { cache }),
        write: (t, pins, cache) => (0,_pins_js__WEBPACK_IMPORTED_MODULE_4__/* .setPins */ .Rz)(t, pins, { cache }).text,
    };
}
/** The HelmRelease's own spec.values as the home (the pins at spec.values.<key>). */
function releaseHome(file, text, document) {
    return {
        file,
        text,
        ...(document !== undefined ? { document } : {}),
        label: 'spec.values',
        plain: false,
        root: (cache) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(docsOf(text, file, cache).docs[document ?? 0].contents, 'spec'), 'values'),
        read: (t, key, cache) => (0,_pins_js__WEBPACK_IMPORTED_MODULE_4__/* .readPin */ .Ci)(t, file, `spec.values.${key}`, { document, cache }),
        write: (t, pins, cache) => (0,_pins_js__WEBPACK_IMPORTED_MODULE_4__/* .setPins */ .Rz)(t, pins, { document, cache }).text,
    };
}
function blockOf(text, file, document, dataKey, cache) {
    const { parsed, docs } = docsOf(text, file, cache);
    const doc = docs[document];
    const node = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(doc.contents, 'data'), dataKey);
    const line = parsed.lineOf(node ?? (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(doc.contents, 'data') ?? doc.contents) ?? 1;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) || node.type !== yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.BLOCK_LITERAL)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`ConfigMap ${nameOf(doc) ?? ''}: data.${dataKey} is ${node === undefined ? 'missing' : 'not a literal block (|)'}, so its values cannot be edited in place`.replace(/\s+/g, ' '), { file, line, hint: `write the values as data.${dataKey}: | followed by the indented YAML` });
    const body = parsed.text;
    const start = body.indexOf('\n', node.range[0]) + 1;
    const end = Math.max(start, node.range[1]);
    const lines = body.slice(start, end).replace(/\n+$/, '').split('\n');
    const indent = /^[ ]*/.exec(lines.find((l) => l.trim() !== '') ?? '')[0];
    const inner = lines.map((l) => (l.trim() === '' ? '' : l.slice(indent.length))).join('\n') + '\n';
    return { inner, start, end: start + lines.join('\n').length, indent, offset: parsed.lineAt(start) - 1 };
}
/** A UserError about the block's YAML, moved to the file's lines. */
function shifted(e, block) {
    if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo) || e.line === undefined)
        return e;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(e.detailWords, { file: e.file, line: e.line + block.offset, ...(e.hintWords ? { hint: e.hintWords } : {}) });
}
/** A ConfigMap manifest's data.<key> as the home: pins read in its block and written there line by line. */
function configMapHome(file, text, document, dataKey, label) {
    return {
        file,
        text,
        label,
        plain: false,
        root: (cache) => (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_5__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .YAML_DOCUMENT */ .MQ, blockOf(text, file, document, dataKey, cache).inner, `${file}#${dataKey}`).doc.contents,
        read(t, key, cache) {
            const block = blockOf(t, file, document, dataKey, cache);
            try {
                const pin = (0,_pins_js__WEBPACK_IMPORTED_MODULE_4__/* .readPin */ .Ci)(block.inner, file, key, { cache });
                return { ...pin, line: pin.line + block.offset };
            }
            catch (e) {
                throw shifted(e, block);
            }
        },
        write(t, pins, cache) {
            const block = blockOf(t, file, document, dataKey, cache);
            let after;
            try {
                after = (0,_pins_js__WEBPACK_IMPORTED_MODULE_4__/* .setPins */ .Rz)(block.inner, pins, { cache }).text;
            }
            catch (e) {
                throw shifted(e, block);
            }
            const was = block.inner.replace(/\n$/, '').split('\n');
            const now = after.replace(/\n$/, '').split('\n');
            const old = t
                .replace(/^\ufeff/, '')
                .slice(block.start, block.end)
                .split('\n');
            // Lines the edit left alone keep their bytes; an edited or added line takes the block's indentation.
            const lines = now.map((l, i) => (now.length === was.length && l === was[i] ? old[i] : l === '' ? '' : block.indent + l));
            const bom = t.startsWith('\ufeff') ? '\ufeff' : '';
            const out = bom + t.replace(/^\ufeff/, '').slice(0, block.start) + lines.join('\n') + t.replace(/^\ufeff/, '').slice(block.end);
            if (blockOf(out, file, document, dataKey, cache).inner.replace(/\n+$/, '') !== after.replace(/\n+$/, ''))
                throw new Error(`internal: the edit of ${file} data.${dataKey} did not read back as written`);
            return out;
        },
    };
}
/** The ConfigMap manifest named `name` in `file`, as a home, or undefined. */
async function manifestIn(file, name, dataKey, read, cache) {
    const text = await read(file);
    if (text === undefined)
        return undefined;
    const { docs } = docsOf(text, file, cache);
    const index = docs.findIndex((d) => kindOf(d) === 'ConfigMap' && nameOf(d) === name);
    if (index < 0)
        return undefined;
    return configMapHome(file, text, index, dataKey, `ConfigMap ${name} (${dataKey})`);
}
/** The configMapGenerator entry `name` of a kustomization: the file it makes `dataKey` from, as a home. */
async function generatorIn(kfile, ktext, name, dataKey, read, cache) {
    const { docs } = docsOf(ktext, kfile, cache);
    const gens = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(docs[0].contents, 'configMapGenerator');
    const entry = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(gens) ? gens.items.find((g) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(g, 'name')) === name) : undefined;
    const files = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(entry, 'files');
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(files))
        return undefined;
    for (const f of files.items) {
        const spec = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)(f) ?? '';
        const eq = spec.indexOf('=');
        const path = eq < 0 ? spec : spec.slice(eq + 1);
        const key = eq < 0 ? path.slice(path.lastIndexOf('/') + 1) : spec.slice(0, eq);
        if (key !== dataKey)
            continue;
        const file = joinPath(dirOf(kfile), path);
        const text = await read(file);
        if (text !== undefined)
            return fileHome(file, text, `ConfigMap ${name} (${dataKey}: ${file})`);
    }
    return undefined;
}
/** Follows a ConfigMap through the kustomization of `dir` and the resources it names (each folder once). */
async function findConfigMap(dir, find, read, seen, cache) {
    if (seen.has(dir) || seen.size > 32)
        return undefined;
    seen.add(dir);
    for (const n of _kustomize_overlay_js__WEBPACK_IMPORTED_MODULE_3__/* .KUSTOMIZATION_NAMES */ .H7) {
        const kfile = dir === '.' ? n : `${dir}/${n}`;
        const ktext = await read(kfile);
        if (ktext === undefined)
            continue;
        const generated = await find.generator(kfile, ktext);
        if (generated)
            return generated;
        const resources = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(docsOf(ktext, kfile, cache).docs[0].contents, 'resources');
        for (const r of (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(resources) ? resources.items : []) {
            const rel = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)(r);
            if (rel === undefined || /^[a-z]+:\/\//.test(rel))
                continue;
            const path = joinPath(dir, rel);
            const found = /\.ya?ml$/.test(path) ? await find.manifest(path) : await findConfigMap(path, find, read, seen, cache);
            if (found)
                return found;
        }
        return undefined;
    }
    return undefined;
}
/** The HelmRelease's spec.valuesFrom entries, each followed into the repository where it can be. */
async function sourcesOf(doc, parsed, file, read, cache) {
    const from = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(doc.contents, 'spec'), 'valuesFrom');
    const out = [];
    for (const item of (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(from) ? from.items : []) {
        const kind = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(item, 'kind')) ?? '';
        const name = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(item, 'name')) ?? '';
        const valuesKey = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(item, 'valuesKey')) ?? 'values.yaml';
        const targetPath = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(item, 'targetPath'));
        const source = { kind, name, line: parsed.lineOf(item) ?? 1, valuesKey, ...(targetPath ? { targetPath } : {}) };
        if (kind === 'ConfigMap' && !targetPath) {
            const home = (await manifestIn(file, name, valuesKey, read, cache)) ??
                (await findConfigMap(dirOf(file), {
                    generator: (kfile, ktext) => generatorIn(kfile, ktext, name, valuesKey, read, cache),
                    manifest: (path) => manifestIn(path, name, valuesKey, read, cache),
                }, read, new Set(), cache));
            if (home) {
                source.home = home;
                source.root = home.root(cache);
            }
        }
        out.push(source);
    }
    return out;
}
/** The spec.valuesFrom entries of the HelmRelease document `document` of `file`, in Flux's order, each followed into the repository where it can be. */
async function valuesFromEntries(file, text, document, read, cache) {
    const { parsed, docs } = docsOf(text, file, cache);
    return sourcesOf(docs[document], parsed, file, read, cache);
}
/**
 * The home of an environment's pins for the HelmRelease document `document`
 * of `file`: for each values key, the last source (valuesFrom in order, then
 * spec.values) that holds it. Refused at file:line: pins split over several
 * sources, and a source merged after the home that lockstep cannot read or
 * whose targetPath lands on a pin.
 */
async function fluxValuesHome(file, text, document, keys, read, cache) {
    const { parsed, docs } = docsOf(text, file, cache);
    const doc = docs[document ?? 0];
    const release = releaseHome(file, text, document);
    const sources = await sourcesOf(doc, parsed, file, read, cache);
    const chain = [
        ...sources,
        { kind: 'values', name: 'spec.values', line: 0, valuesKey: '', home: release, root: release.root(cache) },
    ];
    const homes = new Map();
    for (const key of keys) {
        let at = -1;
        chain.forEach((s, i) => {
            if (s.home && !s.targetPath && holds(s.root, key))
                at = i;
        });
        if (at < 0)
            continue;
        homes.set(chain[at], [...(homes.get(chain[at]) ?? []), key]);
        const later = chain.slice(at + 1).find((s) => (s.targetPath ? overlaps(s.targetPath, key) : !s.home));
        if (later)
            throw overriding(later, key, chain[at], doc, file);
    }
    if (homes.size > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`HelmRelease ${nameOf(doc) ?? ''} keeps its pins in ${[...homes].map(([s, k]) => `${s.home.label} (${k.join(', ')})`).join(' and ')}; lockstep writes one place per environment`.replace(/\s+/g, ' '), { file, line: sources[0]?.line ?? 1, hint: 'keep every image pin of the environment in one ConfigMap, or in spec.values' });
    if (homes.size === 0)
        return release;
    const [chosen] = homes.keys();
    const dir = dirOf(file);
    // Soak time, approvals and records read the history of the HelmRelease's folder (place.ts pinPath): the pins stay in it.
    if (chosen.home !== release && dir !== '.' && !chosen.home.file.startsWith(`${dir}/`))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`the pins of HelmRelease ${nameOf(doc) ?? ''} are in ${chosen.home.file}, outside its folder ${dir}`.replace(/\s+/g, ' '), {
            file,
            line: chosen.line,
            hint: `keep the environment's values ConfigMap in ${dir} (or below it), whose history says when its pins changed; or name its file with values: beside helmrelease:`,
        });
    return chosen.home;
}
/** A valuesFrom entry merged after the pins' home that may set the pin Flux deploys. */
function overriding(later, key, home, doc, file) {
    const why = later.targetPath
        ? `sets ${later.targetPath} (targetPath) over the ${key} pin`
        : later.kind === 'Secret'
            ? `is a Secret lockstep cannot read, merged over the ${key} pin`
            : `has no data in the repository lockstep can read, and is merged over the ${key} pin`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`HelmRelease ${nameOf(doc) ?? ''}: spec.valuesFrom ${later.kind} ${later.name} ${why} kept in ${home.home.label}`.replace(/\s+/g, ' '), {
        file,
        line: later.line,
        hint: later.kind === 'Secret'
            ? 'list the Secret before the source holding the pins (or give it a targetPath outside them): a Secret holds secrets, not image pins'
            : 'keep the pins in the last source Flux merges, or generate this ConfigMap in the repository (configMapGenerator or a ConfigMap manifest)',
    });
}


/***/ }),

/***/ 90687:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R7: () => (/* binding */ fluxChartRevision),
/* harmony export */   b8: () => (/* binding */ releaseDocument)
/* harmony export */ });
/* unused harmony exports pinKey, fluxPlaces, setOciRef, inexactFluxChart */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _text_parse_cache_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9053);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64293);
/* harmony import */ var _charts_exact_revision_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63068);
/* harmony import */ var _edits_yaml_edit_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63077);
/* harmony import */ var _edits_check_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(85763);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(90908);
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








/** The Flux kinds whose file holds an environment's chart version. */
const CHART_KINDS = ['HelmRelease', 'OCIRepository'];
/** The config key an environment without values: names its pins with, for errors at its line. */
function pinKey(e) {
    return e.kustomization !== undefined ? 'kustomization' : e.fluxKustomization !== undefined ? 'flux-kustomization' : 'helmrelease';
}
/**
 * How an environment's Flux keys fill the places lockstep reads: a Flux
 * Kustomization is an overlay (its spec.images); the HelmRelease's file holds the pins (its `spec.values`) unless `values:`
 * names another file, and the chart version lives in the OCIRepository
 * when one is named, else in the HelmRelease (`file#name` picks one
 * resource of a multi-document file, as `application:` does).
 */
function fluxPlaces(e) {
    const release = e.helmrelease;
    const chartAt = e.application ?? e.ocirepository ?? release;
    return {
        ...(e.fluxKustomization !== undefined ? { kustomization: e.fluxKustomization } : {}),
        ...(release !== undefined ? { values: release.replace(/#.*$/, '') } : {}),
        ...(chartAt !== undefined ? { application: chartAt } : {}),
    };
}
const kindOf = (doc) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(doc.contents, 'kind'));
const nameOf = (doc) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(doc.contents, 'metadata'), 'name'));
/** The HelmRelease or OCIRepository documents of a parsed file. */
function fluxDocs(parsed) {
    return (parsed.documents ?? [parsed.doc]).flatMap((doc, index) => {
        const kind = kindOf(doc);
        return CHART_KINDS.includes(kind) ? [{ index, doc, kind: kind, name: nameOf(doc) }] : [];
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
function fluxChartRevision(text, file, name, cache) {
    const parsed = (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_7__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .YAML_DOCUMENTS */ .FL, text.replace(/^\ufeff/, ''), file);
    const docs = fluxDocs(parsed);
    if (docs.length === 0)
        return undefined;
    const named = name ? docs.filter((d) => d.name === name) : docs;
    // Flux's chartRef examples name the OCIRepository and its HelmRelease alike: a HelmRelease taking its chart by
    // chartRef holds no chart version, so where it shares the name, the OCIRepository is the one meant.
    const versioned = named.filter((d) => d.kind === 'OCIRepository' || (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(d.doc.contents, 'spec'), 'chartRef') === undefined);
    const chosen = named.length > 1 && versioned.length === 1 ? versioned : named;
    if (chosen.length !== 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(chosen.length === 0
            ? `no HelmRelease or OCIRepository in the file is named '${name}' (it holds ${docs.map((d) => d.name ?? `document ${d.index + 1}`).join(', ')})`
            : `${chosen.length} Flux resources in the file (${docs.map((d) => `${d.kind} ${d.name ?? ''}`.trim()).join(', ')}); cannot tell which holds the chart version`, { file, line: 1, hint: 'name the resource in the config: helmrelease: <file>#<metadata.name>' });
    const res = chosen[0];
    const multi = (parsed.documents?.length ?? 1) > 1;
    const spec = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(res.doc.contents, 'spec');
    const line = (node) => parsed.lineOf(node) ?? parsed.lineOf(res.doc.contents) ?? 1;
    const base = { file, ...(multi ? { document: res.index } : {}), ...(res.name ? { name: res.name } : {}), flux: res.kind };
    if (res.kind === 'OCIRepository')
        return ociRevision(spec, base, line, res.name);
    const chartRef = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(spec, 'chartRef');
    if (chartRef !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`HelmRelease ${res.name ?? ''} takes its chart from ${(0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(chartRef, 'kind')) ?? 'a source'} ${(0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(chartRef, 'name')) ?? ''} (spec.chartRef), whose file holds the chart version`.replace(/\s+/g, ' '), { file, line: line(chartRef), hint: 'name that OCIRepository in the environment: ocirepository: <its file>' });
    const chartSpec = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(spec, 'chart'), 'spec');
    const version = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(chartSpec, 'version');
    const current = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)(version) ?? '';
    const chart = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(chartSpec, 'chart'));
    if (current === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`HelmRelease ${res.name ?? ''} has no spec.chart.spec.version, so Flux deploys the newest chart`.replace(/\s+/g, ' '), {
            file,
            line: line(version ?? chartSpec ?? spec),
            hint: `pin one chart version: version: <x.y.z> under spec.chart.spec${chart ? ` (chart ${chart})` : ''}`,
        });
    return { ...base, path: ['spec', 'chart', 'spec', 'version'], line: line(version), current, ...(chart ? { chart } : {}) };
}
/**
 * The document of the HelmRelease an environment names (undefined when the
 * file holds one document); where its pins live among spec.values and
 * spec.valuesFrom is flux-values.ts's to say.
 */
function releaseDocument(release, text, file, cache) {
    const hash = release.indexOf('#');
    const name = hash < 0 ? undefined : release.slice(hash + 1).trim() || undefined;
    const parsed = (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_7__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .YAML_DOCUMENTS */ .FL, text.replace(/^\ufeff/, ''), file);
    const all = parsed.documents ?? [parsed.doc];
    const releases = all.flatMap((doc, index) => (kindOf(doc) === 'HelmRelease' && (!name || nameOf(doc) === name) ? [{ doc, index }] : []));
    if (releases.length !== 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(releases.length === 0
            ? `no HelmRelease${name ? ` named '${name}'` : ''} in the file`
            : `${releases.length} HelmReleases in the file; cannot tell which holds the pins`, { file, line: 1, hint: 'point helmrelease at the HelmRelease (or the patch of it) the environment deploys: <file>#<metadata.name>' });
    const { index } = releases[0];
    return all.length > 1 ? index : undefined;
}
/**
 * An OCIRepository's artifact reference: the version in spec.ref.semver or
 * spec.ref.tag (the first Flux reads), and spec.ref.digest, which Flux reads
 * before either. A digest alone still gives the version a place: tag, created
 * when written.
 */
function ociRevision(spec, base, line, name) {
    const ref = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(spec, 'ref');
    const url = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(spec, 'url'));
    const chart = url?.replace(/\/+$/, '').split('/').pop();
    const key = ['semver', 'tag'].find((k) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(ref, k) !== undefined);
    const digest = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(ref, 'digest'));
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(ref) || (key === undefined && digest === undefined))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`OCIRepository ${name ?? ''} has no spec.ref.tag, so Flux pulls the tag latest`.replace(/\s+/g, ' '), {
            file: base.file,
            line: line((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(ref) ? ref : spec),
            hint: 'pin the artifact: spec.ref.tag: <version> (with spec.ref.digest for a protected environment)',
        });
    return {
        ...base,
        path: ['spec', 'ref', key ?? 'tag'],
        line: line((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(ref, key ?? 'digest')),
        current: key ? ((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(ref, key)) ?? '') : '',
        ...(chart ? { chart } : {}),
        ...(digest !== undefined ? { digest, digestLine: line((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(ref, 'digest')) } : {}),
    };
}
/**
 * An OCIRepository's spec.ref set to `version` and `digest`, byte-minimal: the
 * digest beside the version key (created after it when missing). A digest the
 * target pins and the promotion does not bring is refused at its line: Flux
 * would go on pulling it, whatever the tag says.
 */
function setOciRef(text, rev, version, digest, cache) {
    if (digest === undefined && rev.digest !== undefined)
        throw new UserError(`OCIRepository ${rev.name ?? ''} pins spec.ref.digest, which Flux pulls before the tag, and the promoted chart ${version} comes without one`.replace(/\s+/g, ' '), {
            file: rev.file,
            line: rev.digestLine ?? rev.line,
            hint: 'pin spec.ref.digest in the source environment’s OCIRepository too, or remove it here',
        });
    const key = String(rev.path[rev.path.length - 1]);
    const edits = [];
    if (version !== rev.current && version !== '')
        edits.push({ path: rev.path, value: version, create: true });
    if (digest !== undefined && digest !== rev.digest)
        edits.push({ path: ['spec', 'ref', 'digest'], value: digest, create: true, after: key });
    if (edits.length === 0)
        return text;
    const after = setScalars(text, rev.file, edits, { document: rev.document, cache });
    checkYamlEdit(rev.file, text, after, edits, { document: rev.document, cache });
    return after;
}
/** A protected environment's Flux chart version that is not one exact version (`*`, a range, a branch), at its line; undefined when exact. */
function inexactFluxChart(rev) {
    // A digest is one artifact: Flux pulls it whatever the tag or semver beside it says.
    if (rev.digest !== undefined && isDigest(rev.digest))
        return undefined;
    const why = inexactRevision(rev.current, 'chart');
    if (why === undefined)
        return undefined;
    return new UserError(`${rev.flux} ${rev.name ?? ''}: ${rev.path.join('.')} ${why}`.replace(/\s+/g, ' '), {
        file: rev.file,
        line: rev.line,
        hint: rev.flux === 'OCIRepository'
            ? 'pin one exact version: spec.ref.tag: 1.4.0 (a protected environment deploys only what was promoted)'
            : 'pin one exact chart version: spec.chart.spec.version: 1.4.0 (a protected environment deploys only what was promoted)',
    });
}


/***/ }),

/***/ 64231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bs: () => (/* binding */ markersOf),
/* harmony export */   C9: () => (/* binding */ markerFields),
/* harmony export */   O: () => (/* binding */ fieldEdits),
/* harmony export */   kL: () => (/* binding */ substituteFields),
/* harmony export */   m3: () => (/* binding */ ofPolicy),
/* harmony export */   qU: () => (/* binding */ readFields)
/* harmony export */ });
/* unused harmony export isPolicyName */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _values_protected_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62986);
/* harmony import */ var _text_parse_cache_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9053);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64293);
// Image pins spread over named fields rather than one values key: the fields an
// image automation marker names (`# {"$imagepolicy": "ns:policy"}` on the
// field's own line, and its `:tag`, `:name`, `:digest` forms), and the
// variables of a Flux Kustomization's `spec.postBuild.substitute` the config
// names. Each field holds one part of the image: the whole reference
// (`repo:tag@sha256:…`), its name, its tag or its digest. A pin is read from
// all the fields of one service and written back into each, byte-minimally:
// the marker comment, the other keys and the file's layout stay as they were.





/** A Flux image policy reference as a marker writes it (`namespace:name`). */
const POLICY = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?):([a-z0-9]([-a-z0-9.]*[a-z0-9])?)$/;
/** True when `policy` is a `namespace:name` an image automation marker can name. */
function isPolicyName(policy) {
    return POLICY.test(policy);
}
/**
 * A line comment that is a marker: `{"$imagepolicy": "<ns>:<name>[:tag|:name|:digest]"}`, as JSON. A comment
 * that names a policy but is no JSON object, or carries other keys beside `$imagepolicy`, is a marker lockstep
 * refuses (refused says why) rather than one it skips: Flux's image automation would skip the first and may
 * read the second, and a promotion that leaves either behind would run what nobody reviewed.
 */
function markerOf(comment) {
    const body = comment.trim();
    if (!body.startsWith('{') || !body.includes('$imagepolicy'))
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse(body);
    }
    catch {
        const named = /"\$imagepolicy"\s*:\s*"([^"\\]*)"/.exec(body)?.[1];
        return named === undefined ? undefined : { policy: named, refused: 'is no JSON object' };
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
        return undefined;
    const value = parsed.$imagepolicy;
    if (typeof value !== 'string')
        return undefined;
    const extra = Object.keys(parsed).filter((k) => k !== '$imagepolicy');
    return extra.length > 0 ? { policy: value, refused: `carries ${extra.join(', ')} beside $imagepolicy` } : { policy: value };
}
/** True when `marker` (a marker's policy with its suffix) is `policy`'s. */
const ofPolicy = (marker, policy) => marker === policy || marker.startsWith(`${policy}:`);
/** The scalars of a document with their key paths, parents before children (aliases and keys left out). */
function* scalarsOf(node, path) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node))
        return;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
        yield { node, path: [...path] };
    else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
        for (const p of node.items) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key))
                continue;
            yield* scalarsOf(p.value, [...path, String(p.key.value)]);
        }
    else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
        for (let i = 0; i < node.items.length; i++)
            yield* scalarsOf(node.items[i], [...path, i]);
}
/**
 * Every marker of one document of `text` (the first when `document` is undefined), whatever policy it names:
 * a marker counts only as the comment ending its scalar's own line, so one inside a string value, on a line of
 * its own or after a block scalar names nothing.
 */
function markersOf(text, file, document, cache) {
    const parsed = (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_4__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .YAML_DOCUMENTS */ .FL, text.replace(/^\ufeff/, ''), file);
    const doc = (parsed.documents ?? [parsed.doc])[document ?? 0];
    const body = parsed.text;
    const out = [];
    if (!body.includes('$imagepolicy') || !doc)
        return out;
    for (const { node, path } of scalarsOf(doc.contents, [])) {
        if (node.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.BLOCK_LITERAL || node.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.BLOCK_FOLDED || !node.range)
            continue;
        const eol = body.indexOf('\n', node.range[1]);
        const rest = /^[ \t]+#([^\r\n]*)/.exec(body.slice(node.range[1], eol < 0 ? undefined : eol));
        const marker = rest ? markerOf(rest[1]) : undefined;
        if (marker)
            out.push({ path, line: parsed.lineOf(node) ?? 1, value: (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarText */ .ws)(node) ?? '', marker });
    }
    return out;
}
/**
 * The fields the markers of `policy` (`namespace:name`) name in one document
 * of `text`. A marker counts only as the comment ending its field's own line
 * (`tag: 6.5.0 # {"$imagepolicy": "flux-system:podinfo:tag"}`): a marker on a
 * line of its own, after a block scalar or inside a string names nothing. A
 * marker of the policy on a field that is not one scalar (a mapping, a list),
 * or with another suffix than `:tag`, `:name`, `:digest`, is refused at its line.
 */
function markerFields(text, file, document, policy, cache) {
    const parsed = (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_4__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .YAML_DOCUMENTS */ .FL, text.replace(/^\ufeff/, ''), file);
    const body = parsed.text;
    const out = [];
    for (const { marker: found, path, line, value } of markersOf(text, file, document, cache)) {
        if (!ofPolicy(found.policy, policy))
            continue;
        const marker = found.policy;
        if (found.refused)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`the image automation marker of ${marker} ${found.refused}`, {
                file,
                line,
                hint: `write the comment as exactly # {"$imagepolicy": "${marker}"}`,
            });
        const suffix = marker.slice(policy.length + 1);
        if (marker !== policy && suffix !== 'tag' && suffix !== 'name' && suffix !== 'digest')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`the image automation marker names ${marker}: ${suffix} is not one of :tag, :name, :digest`, {
                file,
                line,
                hint: `write "$imagepolicy": "${policy}" (the whole image) or "${policy}:tag", ":name", ":digest"`,
            });
        out.push({ path, line, form: marker === policy ? 'image' : suffix, value, label: `$imagepolicy ${marker}` });
    }
    // A marker of the policy ending the line of a mapping or list key: the value below is no field lockstep can set.
    for (const m of body.matchAll(/^[ \t]*(?:-[ \t]+)?[^\s#][^\r\n#]*:[ \t]+#([^\r\n]*)$/gm)) {
        const marker = markerOf(m[1])?.policy;
        if (marker !== undefined && ofPolicy(marker, policy))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`the image automation marker ${marker} ends a line with no value: it names no field`, {
                file,
                line: parsed.lineAt(m.index),
                hint: 'put the marker after the scalar it names, e.g. image: ghcr.io/acme/api:1.2.3 # {"$imagepolicy": "ns:api"}',
            });
    }
    return out;
}
/** The variables `vars` (form → name) under spec.postBuild.substitute of a Flux Kustomization document. */
function substituteFields(text, file, vars, cache) {
    const parsed = (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_4__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .YAML_DOCUMENTS */ .FL, text.replace(/^\ufeff/, ''), file);
    const doc = parsed.documents?.[0] ?? parsed.doc;
    const post = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .mapValue */ .IS)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .mapValue */ .IS)(doc.contents, 'spec'), 'postBuild');
    const substitute = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .mapValue */ .IS)(post, 'substitute');
    const line = parsed.lineOf(substitute ?? post ?? (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .mapValue */ .IS)(doc.contents, 'spec') ?? doc.contents) ?? 1;
    const fields = [];
    const missing = [];
    for (const [form, name] of Object.entries(vars)) {
        const node = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .mapValue */ .IS)(substitute, name);
        if (node === undefined) {
            missing.push(name);
            continue;
        }
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`spec.postBuild.substitute.${name} is not a string`, {
                file,
                line: parsed.lineOf(node) ?? line,
                hint: `write ${name}: "<value>" under spec.postBuild.substitute`,
            });
        fields.push({
            path: ['spec', 'postBuild', 'substitute', name],
            line: parsed.lineOf(node) ?? line,
            form,
            value: (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarText */ .ws)(node) ?? '',
            label: `substitute ${name}`,
        });
    }
    return { fields, missing, line };
}
/** What the fields say together: repository, tag and digest; two fields that disagree are refused at the second's line. */
function readFields(fields, file) {
    const seen = {};
    const put = (part, value, f) => {
        if (value === undefined || value === '')
            return;
        const was = seen[part];
        if (was && was[0] !== value)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${f.label} says ${part} ${value}, ${was[1].label} (${was[1].file && was[1].file !== (f.file ?? file) ? `${was[1].file}:` : 'line '}${was[1].line}) says ${was[0]}`, {
                file: f.file ?? file,
                line: f.line,
                hint: 'make the fields agree (one image, one version) before promoting',
            });
        seen[part] ??= [value, f];
    };
    for (const f of fields) {
        if (f.form === 'image') {
            const ref = (0,_values_protected_js__WEBPACK_IMPORTED_MODULE_2__/* .splitReference */ .mQ)(f.value);
            put('repository', ref.name || undefined, f);
            put('tag', ref.tag || undefined, f);
            put('digest', ref.digest || undefined, f);
        }
        else
            put(f.form === 'name' ? 'repository' : f.form, f.value, f);
    }
    return {
        ...(seen.repository ? { repository: seen.repository[0] } : {}),
        ...(seen.tag ? { tag: seen.tag[0] } : {}),
        ...(seen.digest ? { digest: seen.digest[0] } : {}),
    };
}
/**
 * The edits that take the fields to `target`: the whole image as
 * `repo:tag@digest` (or `repo:tag` without a digest), the name, the tag, the
 * digest (emptied when the target has none, so an old digest never outlives
 * its tag). A digest with no field to hold it is refused at the first field's line.
 */
function fieldEdits(fields, file, what, current, target) {
    const repository = target.repository ?? current.repository;
    const tag = target.tag ?? current.tag;
    if (target.digest !== undefined && !fields.some((f) => f.form === 'image' || f.form === 'digest'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${what} names only ${[...new Set(fields.map((f) => f.form))].join(' and ')}, so the digest ${target.digest.slice(0, 19)}… cannot be pinned`, {
            file,
            line: fields[0].line,
            hint: 'add a field for the digest (a :digest marker, or a whole-image marker whose value is repo:tag@sha256:…)',
        });
    const edits = [];
    for (const f of fields) {
        let value;
        if (f.form === 'image') {
            if (!repository)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${f.label} holds no image name to write the tag and digest beside`, {
                    file,
                    line: f.line,
                    hint: 'write the image there as repo:tag',
                });
            value = `${repository}${tag ? `:${tag}` : ''}${target.digest ? `@${target.digest}` : ''}`;
        }
        else if (f.form === 'name')
            value = repository ?? f.value;
        else if (f.form === 'tag')
            value = tag ?? f.value;
        else
            value = target.digest ?? '';
        if (value !== f.value)
            edits.push({ path: f.path, value: `${f.prefix ?? ''}${value}` });
    }
    return edits;
}


/***/ }),

/***/ 80261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bx: () => (/* binding */ parseValuesKey),
  Ci: () => (/* binding */ readPin),
  Ro: () => (/* binding */ repositoryMoves),
  Rz: () => (/* binding */ setPins),
  VK: () => (/* binding */ shortDigest)
});

// UNUSED EXPORTS: checkPinWrites, pinMatches, setPin

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/edits/check.ts + 1 modules
var check = __webpack_require__(85763);
// EXTERNAL MODULE: ./packages/core/src/edits/yaml-edit.ts
var yaml_edit = __webpack_require__(63077);
// EXTERNAL MODULE: ./packages/core/src/registry/reference.ts
var reference = __webpack_require__(90908);
// EXTERNAL MODULE: ./packages/core/src/values/protected.ts
var values_protected = __webpack_require__(62986);
// EXTERNAL MODULE: ./packages/core/src/text/parse-cache.ts
var parse_cache = __webpack_require__(9053);
// EXTERNAL MODULE: ./packages/core/src/yaml/read.ts
var read = __webpack_require__(64293);
// EXTERNAL MODULE: ./packages/core/node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(48105);
// EXTERNAL MODULE: ./packages/core/src/yaml/js-yaml-core.ts
var js_yaml_core = __webpack_require__(98102);
;// CONCATENATED MODULE: ./packages/core/src/promote/pin-index.ts
// A values file's pins read without the yaml package's syntax tree. Every pin a
// status or a promotion reads goes through readPin, and the yaml package builds a
// node for every scalar of the file before the first lookup: ~35 ms and several
// MB of garbage for a 59 KB values file of 300 services, a hundred times at a
// hundred environments. js-yaml's event parser reads the same file in a fraction
// of that, with the offsets of every node.
//
// This index answers a pin only where it reads exactly as the yaml package does:
// one document, nothing the two libraries read differently (yaml/js-yaml-core.ts
// plain: no tag, anchor, alias, directive, long key or same-line block map),
// every key a string with no duplicate, and each scalar the pin is made of a
// one-line quoted or plain scalar that the core schema reads as a string. For
// anything else (and for every error: a missing key, a list where a map
// should be) it answers nothing and readPin parses with the yaml package as
// before, so its errors and their lines are the ones a user sees.


/**
 * 1-based lines of offsets met in increasing order (js-yaml's events come in
 * the order of the text): the line breaks are counted as the offsets pass
 * them, so a whole file costs one walk over its text however its lines are
 * cut (a one-line flow file of many scalars too). An offset before the last
 * one (which the events never give) counts again from the start.
 */
function lineCursor(text) {
    // The line of `at`, and the first line break at or after it (-1: none left).
    let [at, line, next] = [0, 1, text.indexOf('\n')];
    return (offset) => {
        if (offset < at)
            [at, line, next] = [0, 1, text.indexOf('\n')];
        while (next !== -1 && next < offset) {
            line++;
            next = text.indexOf('\n', next + 1);
        }
        at = offset;
        return line;
    };
}
/** The scalar's text when it reads as that string on one line (a key, or a value the index keeps), else undefined. */
function oneLineString(text, e) {
    if (e.valueStart < 0 || e.style === js_yaml/* SCALAR_STYLE */.jK.LITERAL_BLOCK || e.style === js_yaml/* SCALAR_STYLE */.jK.FOLDED_BLOCK)
        return undefined;
    const lineBreak = text.indexOf('\n', e.valueStart);
    if (lineBreak !== -1 && lineBreak < e.valueEnd)
        return undefined;
    const value = (0,js_yaml/* getScalarValue */.KE)(text, e);
    return e.style === js_yaml/* SCALAR_STYLE */.jK.PLAIN && (0,js_yaml_core/* coreNonString */.gP)(value) ? undefined : value;
}
/**
 * Builds the index from the events in one walk; undefined at the first thing
 * the yaml package may read otherwise. A key is kept as its string (no node);
 * a value scalar as a node with its line.
 */
function build(text) {
    let events;
    try {
        events = (0,js_yaml/* parseEvents */.PH)(text, {});
    }
    catch {
        return undefined;
    }
    const lineAt = lineCursor(text);
    const open = [];
    let [root, documents] = [undefined, 0];
    /** Puts a finished node in its parent; false when it cannot be there (a map or list as a key). */
    const place = (node) => {
        const top = open.length === 0 ? undefined : open[open.length - 1];
        if (top === undefined)
            root = node;
        else if (top.node.kind === 'seq')
            top.node.items.push(node);
        else if (top.node.kind === 'map') {
            if (top.key === undefined)
                return false;
            top.node.keys.set(top.key, node);
            top.key = undefined;
        }
        return true;
    };
    for (let n = 0; n < events.length; n++) {
        const e = events[n];
        if (e.type === js_yaml/* EVENT_ID */.hy.SCALAR) {
            const top = open.length === 0 ? undefined : open[open.length - 1];
            if (top !== undefined && top.node.kind === 'map' && top.key === undefined) {
                // A key: a string scalar met once in its mapping.
                const key = oneLineString(text, e);
                if (key === undefined || top.node.keys.has(key))
                    return undefined;
                top.key = key;
                continue;
            }
            place({ kind: 'scalar', text: oneLineString(text, e), line: e.valueStart < 0 ? 0 : lineAt(e.valueStart) });
        }
        else if (e.type === js_yaml/* EVENT_ID */.hy.POP) {
            const closed = open.pop();
            if (closed !== undefined && !place(closed.node))
                return undefined;
        }
        else if (e.type === js_yaml/* EVENT_ID */.hy.MAPPING)
            open.push({ node: { kind: 'map', keys: new Map() }, key: undefined });
        else if (e.type === js_yaml/* EVENT_ID */.hy.SEQUENCE)
            open.push({ node: { kind: 'seq', items: [] }, key: undefined });
        else if (e.type === js_yaml/* EVENT_ID */.hy.DOCUMENT) {
            if (++documents > 1)
                return undefined;
        }
        else
            return undefined;
    }
    return documents === 1 && (0,js_yaml_core/* plain */.pj)(text, events) ? root : undefined;
}
/** The index as a kind of parse the run's ParseCache keeps (the text BOM-stripped; no variant). */
const PIN_INDEX = { name: 'pin-index', parse: (text) => build(text) };

// EXTERNAL MODULE: ./packages/core/src/promote/pin-fields.ts
var pin_fields = __webpack_require__(64231);
;// CONCATENATED MODULE: ./packages/core/src/promote/pins.ts
// Image pins in values files, read and rewritten with byte-minimal edits.
//
// A service's `values-key` points at its image in one of three shapes:
//   map     services.api.image: { repository, tag, digest }  (a missing digest: key is created)
//   string  services.api.image: ghcr.io/acme/api:1.2.3@sha256:…  (rewritten in that form)
//   tag     global.imageTag: v1.0.71  (a bare tag scalar: it cannot hold a digest)
// The key may lead anywhere in any YAML file, e.g. an ArgoCD Application's
// spec.source.helm.valuesObject.image, in a chosen document of a multi-document file.










/** True when `target` names a repository other than the one the pin's file writes (both known, compared as the registry sees them). */
function repositoryMoves(pin, target) {
    if (target.repository === undefined || pin.repository === undefined)
        return false;
    return ((0,reference/* imageIdentity */.a)(target.repository) ?? target.repository) !== ((0,reference/* imageIdentity */.a)(pin.repository) ?? pin.repository);
}
/**
 * Parses a dotted values key (`services.api.image`, `spec.sources[1].helm.valuesObject.image`,
 * `annotations."example.com/image"`) into a key path. Throws UserError naming `what`.
 */
function parseValuesKey(key, what) {
    const out = [];
    const re = /\s*(?:"((?:[^"\\]|\\.)*)"|([^.[\]"]+))((?:\[\d+\])*)\s*(\.|$)/y;
    let at = 0;
    while (at < key.length) {
        re.lastIndex = at;
        const m = re.exec(key);
        if (!m || m[0] === '')
            throw new errors/* UserError */.yo(`${what}: '${key}' is not a dotted key path`, { hint: 'write it like services.api.image' });
        out.push(m[1] !== undefined ? JSON.parse(`"${m[1]}"`) : m[2].trim());
        for (const idx of m[3].matchAll(/\[(\d+)\]/g))
            out.push(Number(idx[1]));
        at = re.lastIndex;
        if (m[4] === '.' && at >= key.length)
            throw new errors/* UserError */.yo(`${what}: '${key}' ends with a dot`, { hint: 'write it like services.api.image' });
    }
    if (out.length === 0)
        throw new errors/* UserError */.yo(`${what} is empty`, { hint: 'write it like services.api.image' });
    return out;
}
// A promotion reads one pin per service from the same few texts (source, target, each environment of the
// drift table): with the run's cache each text is parsed once, not once per service, which keeps it linear in
// the number of services. A single-document file shares its parse with the edit and the check that follow
// (parseShared); a multi-document file's documents are parsed once too and the chosen one is picked from them.
function documentOf(text, file, document, cache) {
    const body = text.replace(/^\ufeff/, '');
    if (document === undefined)
        return (0,yaml_edit/* parseShared */.fj)(body, file, cache);
    const all = (0,parse_cache/* parseWith */.K)(cache, read/* YAML_DOCUMENTS */.FL, body, file);
    return { ...all, doc: all.documents[document] };
}
// A promotion looks up every service under the same mapping (services.<name>), once per environment: a
// scan per lookup makes that quadratic in the services. Large mappings get an index of their keys (the first
// pair of each key, as the scan finds it); the documents are only read, so the index stays right. It is a side
// table of the node, not a cache of texts: it lives exactly as long as the parse it indexes (the run's cache,
// or this one read) and is collected with it.
const keyIndexes = new WeakMap();
const INDEXED_FROM = 16;
function pairValue(map, key) {
    if (map.items.length >= INDEXED_FROM) {
        let index = keyIndexes.get(map);
        if (!index) {
            index = new Map();
            for (const p of map.items) {
                if (!(0,dist/* isScalar */.jn)(p.key))
                    continue;
                const k = String(p.key.value);
                if (!index.has(k))
                    index.set(k, p.value);
            }
            keyIndexes.set(map, index);
        }
        return index.get(key);
    }
    const pair = map.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === key);
    return pair ? pair.value : undefined;
}
function scalarText(node) {
    return (0,dist/* isScalar */.jn)(node) && node.value !== null && node.value !== undefined ? String(node.value) : undefined;
}
/**
 * Reads the pin at `key`. A missing key is a UserError naming the file and
 * the line of the deepest mapping found; a value that is neither an image map
 * nor a string is one too.
 */
function readPin(text, file, key, opts = {}) {
    const indexed = opts.document === undefined && opts.cache ? indexedPin(text, file, key, opts.cache) : undefined;
    if (indexed)
        return indexed;
    const parsed = documentOf(text, file, opts.document, opts.cache);
    const path = parseValuesKey(key, `values key of ${file}`);
    let node = parsed.doc.contents;
    let lastLine = parsed.lineOf(node) ?? 1;
    for (let i = 0; i < path.length; i++) {
        const k = path[i];
        let next;
        if (typeof k === 'number')
            next = (0,dist/* isSeq */.oP)(node) ? (node.items[k] ?? undefined) : undefined;
        else
            next = (0,dist/* isMap */.jh)(node) ? pairValue(node, k) : undefined;
        if (next === undefined || (next === null && i < path.length - 1))
            throw new errors/* UserError */.yo(`values key ${key} not found (${(0,yaml_edit/* formatPath */.jV)(path.slice(0, i + 1))} is missing)`, {
                file,
                line: lastLine,
                hint: `add the image under ${key}, or fix values-key in the config`,
            });
        node = next;
        lastLine = parsed.lineOf(node) ?? lastLine;
    }
    if ((0,dist/* isMap */.jh)(node)) {
        const tagNode = pairValue(node, 'tag');
        const digestNode = pairValue(node, 'digest');
        const repoKey = pairValue(node, 'repository') !== undefined ? 'repository' : pairValue(node, 'image') !== undefined ? 'image' : undefined;
        const repoNode = repoKey === undefined ? undefined : pairValue(node, repoKey);
        const registry = scalarText(pairValue(node, 'registry'));
        const repo = scalarText(repoNode);
        if (tagNode === undefined && digestNode === undefined && repo === undefined)
            throw new errors/* UserError */.yo(`${key} is a mapping without repository, tag or digest`, {
                file,
                line: parsed.lineOf(node) ?? lastLine,
                hint: 'point values-key at the image block (the mapping holding tag:)',
            });
        return {
            style: 'map',
            file,
            key,
            path,
            line: parsed.lineOf(tagNode ?? digestNode ?? repoNode ?? node) ?? lastLine,
            repository: repo === undefined ? undefined : registry ? `${registry}/${repo}` : repo,
            ...(repoKey ? { repositoryKey: repoKey } : {}),
            ...(registry ? { registry } : {}),
            tag: scalarText(tagNode),
            digest: scalarText(digestNode) || undefined,
        };
    }
    if (!(0,dist/* isScalar */.jn)(node) || (node.value !== null && typeof node.value === 'object'))
        throw new errors/* UserError */.yo(`${key} is a list, not an image`, {
            file,
            line: lastLine,
            hint: 'point values-key at the image block or image string',
        });
    const value = scalarText(node) ?? '';
    const leaf = path[path.length - 1];
    if (!/[/:@]/.test(value) && typeof leaf === 'string' && /tag$/i.test(leaf))
        return { style: 'tag', file, key, path, line: lastLine, tag: value || undefined };
    const ref = (0,values_protected/* splitReference */.mQ)(value);
    return {
        style: 'string',
        file,
        key,
        path,
        line: lastLine,
        repository: ref.name || undefined,
        tag: ref.tag || undefined,
        digest: ref.digest || undefined,
    };
}
/** Key paths parsed (a pure function of the key): a fleet's status reads the same few hundred keys ~90,000 times. */
const keyPaths = new Map();
function keyPath(key, file) {
    let path = keyPaths.get(key);
    if (path)
        return path;
    path = parseValuesKey(key, `values key of ${file}`);
    if (keyPaths.size >= 4096)
        keyPaths.clear();
    keyPaths.set(key, path);
    return path;
}
/**
 * readPin through the run's pin index (pin-index.ts), without the yaml
 * package's syntax tree; undefined wherever the index does not read the file
 * or the pin exactly as readPin would (readPin then parses, and says any error).
 */
function indexedPin(text, file, key, cache) {
    const index = (0,parse_cache/* parseWith */.K)(cache, PIN_INDEX, text.replace(/^\ufeff/, ''));
    if (index === undefined)
        return undefined;
    const path = keyPath(key, file);
    let node = index;
    for (const k of path) {
        if (typeof k === 'number')
            node = node?.kind === 'seq' ? node.items[k] : undefined;
        else
            node = node?.kind === 'map' ? node.keys.get(k) : undefined;
    }
    if (node?.kind === 'map') {
        const keys = node.keys;
        const repoKey = keys.has('repository') ? 'repository' : keys.has('image') ? 'image' : undefined;
        const [tagNode, digestNode, registryNode] = [keys.get('tag'), keys.get('digest'), keys.get('registry')];
        const repoNode = repoKey && keys.get(repoKey);
        const first = tagNode ?? digestNode ?? repoNode;
        if (first?.kind !== 'scalar' || !unreadOrString(tagNode) || !unreadOrString(digestNode))
            return undefined;
        if (!unreadOrString(repoNode) || !unreadOrString(registryNode))
            return undefined;
        const [registry, repo] = [textOf(registryNode), textOf(repoNode)];
        const pin = {
            style: 'map',
            file,
            key,
            path,
            line: first.line,
            repository: repo === undefined ? undefined : registry ? `${registry}/${repo}` : repo,
        };
        if (repoKey)
            pin.repositoryKey = repoKey;
        if (registry)
            pin.registry = registry;
        pin.tag = textOf(tagNode);
        pin.digest = textOf(digestNode) || undefined;
        return pin;
    }
    if (node?.kind !== 'scalar' || node.text === undefined)
        return undefined;
    const leaf = path[path.length - 1];
    if (!/[/:@]/.test(node.text) && typeof leaf === 'string' && /tag$/i.test(leaf))
        return { style: 'tag', file, key, path, line: node.line, tag: node.text || undefined };
    const ref = (0,values_protected/* splitReference */.mQ)(node.text);
    const [repository, tag, digest] = [ref.name || undefined, ref.tag || undefined, ref.digest || undefined];
    return { style: 'string', file, key, path, line: node.line, repository, tag, digest };
}
/** A part of a map pin the index read as a string, or absent: what indexedPin answers (anything else is readPin's). */
function unreadOrString(n) {
    return n === undefined || (n.kind === 'scalar' && n.text !== undefined);
}
function textOf(n) {
    return n?.kind === 'scalar' ? n.text : undefined;
}
/** True when the pin already holds the target (an undefined tag counts as kept; a repository move is a change). */
function pinMatches(pin, target) {
    return ((target.tag === undefined || pin.tag === target.tag) &&
        (pin.digest ?? undefined) === (target.digest ?? undefined) &&
        !repositoryMoves(pin, target));
}
/**
 * Rewrites one pin to `target`, changing only the bytes of its tag and
 * digest. Map style: sets `tag` and `digest`, creating `digest:` right after
 * `tag:` (in the mapping's own indentation and key quoting) when missing; a
 * map whose digest is dropped (a tag-only promotion) gets `digest: ""` so the
 * old digest never outlives its tag. A target repository other than the
 * file's is written in the same edit (`repository:`, or `registry:` and
 * `repository:` when the map splits them), so a digest never lands beside a
 * repository that does not hold it. String style: `repo:tag@digest` in one
 * scalar. Tag style: the tag only; a digest there is a UserError (it has
 * nowhere to go). The result is re-parsed and checked to differ only there.
 */
function setPin(text, pin, target, opts = {}) {
    return setPins(text, [{ pin, target }], opts);
}
/**
 * Rewrites several pins of one file (distinct keys, read from `text`) as
 * setPin would, in one pass: one parse and one re-parse check for the whole
 * file rather than per pin, so promoting many services stays linear.
 */
function setPins(text, pins, opts = {}) {
    const edits = pins.flatMap(({ pin, target }) => pinEdits(pin, target));
    if (edits.length === 0)
        return { text, intended: [] };
    const file = pins[0].pin.file;
    const after = (0,yaml_edit/* setScalars */.AR)(text, file, edits, { document: opts.document, cache: opts.cache });
    const intended = edits.map((e) => ({ path: e.path, value: e.value }));
    (0,check/* checkYamlEdit */.c)(file, text, after, intended, { document: opts.document, cache: opts.cache });
    return { text: after, intended };
}
/** The refusals of setPins that need no parse of the file (a digest for a tag-only key, an empty image string), thrown as it throws them. */
function checkPinWrites(pins) {
    for (const { pin, target } of pins)
        pinEdits(pin, target);
}
/** The scalar edits that take one pin to its target. */
function pinEdits(pin, target) {
    if (pin.style === 'overlay')
        throw new Error('an overlay pin is written by its PinPlace (kustomize/overlay.ts), not setPins');
    if (pin.style === 'fields')
        return (0,pin_fields/* fieldEdits */.O)(pin.fields ?? [], pin.file, pin.key, pin, target);
    const tag = target.tag ?? pin.tag;
    const edits = [];
    const moves = repositoryMoves(pin, target);
    const repoKey = pin.repositoryKey ?? 'repository';
    if (pin.style === 'map') {
        if (moves)
            edits.push(...repositoryEdits(pin, target.repository));
        if (tag !== undefined && tag !== pin.tag)
            edits.push({ path: [...pin.path, 'tag'], value: tag, create: true, after: repoKey, quoteLike: repoKey });
        if (target.digest !== undefined && target.digest !== pin.digest)
            edits.push({
                path: [...pin.path, 'digest'],
                value: target.digest,
                create: true,
                after: 'tag',
                quoteLike: pin.repository !== undefined ? repoKey : 'tag',
            });
        if (target.digest === undefined && pin.digest !== undefined)
            edits.push({ path: [...pin.path, 'digest'], value: '' });
    }
    else if (pin.style === 'string') {
        if (!pin.repository)
            throw new errors/* UserError */.yo(`${pin.key} is an empty image string`, { file: pin.file, line: pin.line, hint: 'write repo:tag@sha256:… there' });
        const value = `${moves ? target.repository : pin.repository}${tag ? `:${tag}` : ''}${target.digest ? `@${target.digest}` : ''}`;
        edits.push({ path: pin.path, value });
    }
    else {
        if (target.digest !== undefined)
            throw new errors/* UserError */.yo(`${pin.key} holds only a tag, so the digest ${target.digest.slice(0, 19)}… cannot be pinned there`, {
                file: pin.file,
                line: pin.line,
                hint: 'point values-key at an image block (tag + digest) or a repo:tag@sha256:… string',
            });
        if (tag !== undefined && tag !== pin.tag)
            edits.push({ path: pin.path, value: tag });
    }
    return edits;
}
/**
 * The edits that write `repository` into a map pin: its repository key, or,
 * when the map splits `registry:` and `repository:`, both. A repository
 * without a registry host cannot be split so: refused, naming both.
 */
function repositoryEdits(pin, repository) {
    const key = pin.repositoryKey ?? 'repository';
    if (pin.registry === undefined)
        return [{ path: [...pin.path, key], value: repository }];
    const slash = repository.indexOf('/');
    const host = slash < 0 ? '' : repository.slice(0, slash);
    if (!host.includes('.') && !host.includes(':') && host !== 'localhost')
        throw new errors/* UserError */.yo(`${pin.key} pulls ${pin.repository}, but the promoted digest is in ${repository}, which has no registry host to write in registry:`, {
            file: pin.file,
            line: pin.line,
            hint: `write the full image name in ${key}: (and drop registry:), or fix services.<name>.image in the config`,
        });
    return [
        { path: [...pin.path, 'registry'], value: host },
        { path: [...pin.path, key], value: repository.slice(slash + 1) },
    ];
}
/** A digest shortened for tables: `sha256:0123456789ab`. */
function shortDigest(digest) {
    if (!digest)
        return '—';
    return (0,reference/* isDigest */.Bc)(digest) ? digest.slice(0, 19) : digest;
}


/***/ }),

/***/ 24618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hw: () => (/* binding */ isFluxKustomization),
/* harmony export */   YO: () => (/* binding */ overlayTarget)
/* harmony export */ });
/* unused harmony exports applicationKustomize, fluxKustomize */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
// What an environment's `kustomization:` (or `flux-kustomization:`) names, read
// for a render: a kustomization file or folder, an Argo CD Application whose
// source path is an overlay (its kustomize.images and destination namespace),
// or a Flux Kustomization (its spec.path, spec.images and targetNamespace, as
// kustomize-controller builds it). render/kustomize.ts builds what this names.


const strings = (v) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);
const asObj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : undefined);
const asStr = (v) => (typeof v === 'string' ? v : undefined);
/** Whether a document's kind and apiVersion make it a Flux Kustomization (kustomize.toolkit.fluxcd.io/*), not kustomize's own. */
function isFluxKustomization(kind, apiVersion) {
    return kind === 'Kustomization' && typeof apiVersion === 'string' && apiVersion.startsWith('kustomize.toolkit.fluxcd.io/');
}
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
            .find((d) => isFluxKustomization(d?.kind, d?.apiVersion));
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
    const path = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize((asStr(spec.path) ?? '.').replace(/^\.?\/+/, '') || '.').replace(/\/+$/, '') || '.';
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
    const docs = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseAllDocuments */ .hR)(text.replace(/^\ufeff/, ''));
    return (Array.isArray(docs) ? docs : [docs]).map((d) => (d.errors.length > 0 ? undefined : d.toJS({ maxAliasCount: 100 })));
}
/**
 * What `kustomization:` names at a revision: a kustomization file (its
 * folder is built), a folder holding one, or an Argo CD Application (its
 * source path is built with its kustomize.images). `application:` beside an
 * overlay gives the destination namespace and any kustomize.images it sets.
 */
async function overlayTarget(read, kustomization, application) {
    const path = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(kustomization.trim().replace(/\\/g, '/')).replace(/\/+$/, '') || '.';
    if (path === '..' || path.startsWith('../') || path.startsWith('/'))
        return { unavailable: `${kustomization} is outside the repository` };
    const text = path === '.' ? undefined : await read(path);
    // A Flux Kustomization: its spec.path built with its spec.images and targetNamespace.
    const flux = fluxKustomize(text);
    if (flux && 'unavailable' in flux)
        return flux;
    if (flux)
        return { dir: flux.path, file: path, images: flux.images, ...(flux.namespace ? { namespace: flux.namespace } : {}), flux: true };
    const app = applicationKustomize(text);
    if (app) {
        if (app.path === undefined)
            return { unavailable: `the Application ${path} names no source path to build` };
        return { dir: app.path, file: path, images: app.images, ...(app.namespace ? { namespace: app.namespace } : {}) };
    }
    const dir = text !== undefined ? node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(path) : path;
    const file = text !== undefined ? path : `${path === '.' ? '' : `${path}/`}kustomization.yaml`;
    const beside = application ? applicationKustomize(await read(application.split('#')[0])) : undefined;
    return {
        dir,
        file,
        ...(beside?.images.length ? { images: beside.images } : {}),
        ...(beside?.namespace ? { namespace: beside.namespace } : {}),
    };
}


/***/ })

};
