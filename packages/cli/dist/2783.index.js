export const id = 2783;
export const ids = [2783];
export const modules = {

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

/***/ 21065:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T5: () => (/* binding */ objectKey),
  uk: () => (/* binding */ objectLabel),
  Mf: () => (/* binding */ sortedKeys),
  Xw: () => (/* binding */ sortedYaml),
  bR: () => (/* binding */ splitObjects),
  Xf: () => (/* binding */ stableYaml)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./packages/core/node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(48105);
// EXTERNAL MODULE: ./packages/core/src/yaml/js-yaml-core.ts
var js_yaml_core = __webpack_require__(98102);
;// CONCATENATED MODULE: ./packages/core/src/render/documents.ts
// A render's output as plain data, document by document, exactly as the yaml
// package reads it with the YAML 1.2 core schema (the reading every guard and
// diff was written against), at a quarter of its cost. The yaml package builds
// a syntax tree of every node before it gives data: on a 300-object render it
// costs several times the two `helm template` runs themselves (0.46 s of CPU
// for one 115 kB stream, where js-yaml's event parser takes 0.13 s).
//
// So js-yaml reads first, with a schema (yaml/js-yaml-core.ts) to resolve plain scalars
// as the yaml package's core schema does (`0777` and `1_000` stay strings,
// `0o17` is 15, `.5` is a number, `~` and the empty scalar null), and maps
// built as the yaml package builds them (a null key is '', a key met twice is
// refused, a key that is a map or a list is refused). Where the two libraries
// part — any tag, anchor or alias, any `%` directive — the stream is not
// js-yaml's to read: it, and any stream js-yaml refuses, is read by the yaml
// package as before, so its errors and its alias bound are the ones a user
// sees. Helm's and kustomize's plain output takes the fast path; what takes
// the other is what an unusual or hostile chart writes, at yesterday's cost.



/**
 * Every document of a multi-document stream as plain data, as the yaml
 * package gives it (YAML 1.2 core, duplicate keys the last one winning, at
 * most 100 alias expansions); a document the yaml package refuses throws,
 * naming the document (1-based) and the first line of its error.
 */
function readDocuments(text) {
    try {
        const events = (0,js_yaml/* parseEvents */.PH)(text, {});
        if ((0,js_yaml_core/* plain */.pj)(text, events))
            return { documents: (0,js_yaml/* constructFromEvents */.fw)(events, { source: text, schema: js_yaml_core/* CORE_SCHEMA_LIKE_YAML */.YH, maxAliases: 0 }), by: 'js-yaml' };
    }
    catch {
        // js-yaml refuses what the yaml package may read (a duplicate key, nesting past 100): the yaml package decides.
    }
    const documents = (0,dist/* parseAllDocuments */.hR)(text, { uniqueKeys: false });
    return {
        documents: (Array.isArray(documents) ? documents : [documents]).map((doc, i) => {
            if (doc.errors.length > 0)
                throw new Error(`rendered document ${i + 1} is no YAML: ${doc.errors[0].message.split('\n')[0]}`);
            return doc.toJS({ maxAliasCount: 100 });
        }),
        by: 'yaml',
    };
}

;// CONCATENATED MODULE: ./packages/core/src/render/plain-yaml.ts
// The YAML text of a rendered object, as the yaml package's stringify writes
// it with objects.ts's options (no line folding, a shared object written out
// in full), for objects of the plain shape Kubernetes manifests have: maps,
// lists, integers, booleans, null and strings that need no quotes (or only
// because they spell a number, a boolean or null). The yaml
// package builds a node tree of the data before it prints it; on 600 objects
// that was most of a comparison's cost. Anything else (a string that needs
// quotes, escapes or a block, a float, a key that is no plain word) is the
// yaml package's to write: plainYaml says undefined and the caller asks it.

/**
 * A string the yaml package writes plain, as it is: no indicator first, no
 * `: ` or ` #` inside, no space or `:` last, no line break, and none the core
 * schema would read as null, a boolean or a number (`true`, `1.0`, `0o7`).
 */
const PLAIN = /^[A-Za-z0-9_./=+-][A-Za-z0-9_./:@=+ -]*$/;
const NOT_PLAIN = /: | #|[ :]$|^-(?: |$)|^(?:---|\.\.\.)/;
const plainString = (s) => PLAIN.test(s) && !NOT_PLAIN.test(s) && !(0,js_yaml_core/* coreNonString */.gP)(s);
/** Deeper than this (a cycle through an alias), the yaml package decides. */
const MAX_DEPTH = 64;
/** One scalar's text, or undefined where the yaml package decides. */
function scalar(v) {
    if (v === null)
        return 'null';
    if (typeof v === 'boolean')
        return v ? 'true' : 'false';
    if (typeof v === 'number')
        return Number.isSafeInteger(v) && !Object.is(v, -0) ? String(v) : undefined;
    // A string the core schema would read as no string (`"0"`, `"true"`, `""`) is double-quoted: it holds no quote or escape.
    if (typeof v === 'string')
        return plainString(v) ? v : (0,js_yaml_core/* coreNonString */.gP)(v) ? `"${v}"` : undefined;
    return undefined;
}
/** `{}` or `[]` for an empty collection, the scalar's text for a scalar, undefined for a collection with items (written on its own lines). */
function inline(v) {
    if (Array.isArray(v))
        return v.length === 0 ? '[]' : false;
    if (v !== null && typeof v === 'object')
        return Object.keys(v).length === 0 ? '{}' : false;
    return scalar(v);
}
/** An array index as a key (`0`, `17`): a plain object lists these first, in numeric order, whatever order they were set in. */
const isIndex = (k) => /^(?:0|[1-9][0-9]{0,9})$/.test(k) && Number(k) < 4294967295;
/**
 * A map's keys in the order objects.ts's sortedKeys copy lists them: the
 * copy is built in sorted order, and a plain object lists index keys first,
 * in numeric order (as Object.keys already gives them), then the others as set.
 */
function sortedKeyOrder(v) {
    const keys = Object.keys(v);
    let indexes = 0;
    while (indexes < keys.length && isIndex(keys[indexes]))
        indexes++;
    return indexes === 0 ? keys.sort() : [...keys.slice(0, indexes), ...keys.slice(indexes).sort()];
}
/** Lines of a collection with items at `indent`, pushed onto `out` (maps' keys in sortedKeyOrder when `sorted`); false where the yaml package decides. */
function block(v, indent, depth, out, sorted) {
    if (depth > MAX_DEPTH)
        return false;
    const inner = `${indent}  `;
    if (Array.isArray(v)) {
        for (const item of v) {
            const text = inline(item);
            if (text === undefined)
                return false;
            if (text !== false) {
                out.push(`${indent}- ${text}\n`);
                continue;
            }
            // A collection in a list starts on the dash's line: its first line's indentation becomes `- `.
            const first = out.length;
            if (!block(item, inner, depth + 1, out, sorted))
                return false;
            out[first] = `${indent}- ${out[first].slice(inner.length)}`;
        }
        return true;
    }
    const record = v;
    for (const key of sorted ? sortedKeyOrder(v) : Object.keys(v)) {
        if (!plainString(key))
            return false;
        const value = record[key];
        const text = inline(value);
        if (text === undefined)
            return false;
        if (text !== false)
            out.push(`${indent}${key}: ${text}\n`);
        else {
            out.push(`${indent}${key}:\n`);
            if (!block(value, inner, depth + 1, out, sorted))
                return false;
        }
    }
    return true;
}
/**
 * The yaml package's text of data (as objects.ts's stableYaml asks it), or undefined where that package must write
 * it; `sorted`: the text of the data's sortedKeys copy, written from the data itself without making the copy.
 */
function plainYaml(v, sorted = false) {
    const text = inline(v);
    if (text === undefined)
        return undefined;
    if (text !== false)
        return `${text}\n`;
    const out = [];
    return block(v, '', 0, out, sorted) ? out.join('') : undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/render/objects.ts
// A render's output as Kubernetes objects keyed by apiVersion/kind/namespace/
// name, read as the yaml package reads it (documents.ts; the `# Source:`
// comments and `---` separators Helm writes are the parser's business). Each
// object is printed again with its keys in a stable order, so two renders
// compare line by line.



/** Kinds Kubernetes keeps cluster-wide: the release namespace is not theirs. */
const CLUSTER_KINDS = new Set([
    'APIService',
    'CSIDriver',
    'ClusterIssuer',
    'ClusterRole',
    'ClusterRoleBinding',
    'CustomResourceDefinition',
    'IngressClass',
    'MutatingWebhookConfiguration',
    'Namespace',
    'PersistentVolume',
    'PriorityClass',
    'RuntimeClass',
    'StorageClass',
    'ValidatingAdmissionPolicy',
    'ValidatingAdmissionPolicyBinding',
    'ValidatingWebhookConfiguration',
]);
/** `apps/v1/Deployment/prod/api` (namespace empty for cluster-wide objects). */
function objectKey(o) {
    return `${o.apiVersion}/${o.kind}/${o.namespace}/${o.name}`;
}
/** `Deployment prod/api`, how a reviewer reads it. */
function objectLabel(o) {
    return `${o.kind} ${o.namespace ? `${o.namespace}/` : ''}${o.name}`;
}
/** Whether an object is a list kubectl and Argo CD apply item by item: `kind: List` or any `*List` with an `items` list. */
function isList(b) {
    return typeof b.kind === 'string' && b.kind.endsWith('List') && Array.isArray(b.items);
}
/**
 * The objects of a multi-document manifest, by key; `namespace` is given to
 * objects that name none, as Argo CD applies them into the destination
 * namespace. A `List` (or any `*List`) is unwrapped into its items, nested
 * lists too, as kubectl and Argo CD apply them: a Secret inside one is a
 * Secret like any other. Documents that are empty or no object (a bare
 * comment) are skipped; a document the parser refuses is an error naming it.
 */
function splitObjects(text, namespace = '') {
    const out = new Map();
    const add = (body) => {
        if (!body || typeof body !== 'object' || Array.isArray(body))
            return;
        const b = body;
        if (isList(b)) {
            for (const item of b.items)
                add(item);
            return;
        }
        const meta = (b.metadata ?? {});
        const obj = {
            apiVersion: String(b.apiVersion ?? ''),
            kind: String(b.kind ?? ''),
            namespace: typeof meta.namespace === 'string' && meta.namespace !== '' ? meta.namespace : CLUSTER_KINDS.has(String(b.kind)) ? '' : namespace,
            name: String(meta.name ?? ''),
            body: b,
        };
        if (!obj.kind && !obj.name)
            return;
        out.set(objectKey(obj), obj);
    };
    for (const doc of readDocuments(text).documents)
        add(doc);
    return out;
}
/**
 * A copy of data with every map's keys sorted (arrays keep their order). An
 * object met twice (a YAML alias) is copied once and shared, as structuredClone
 * shares it: a change made through one place shows at the other.
 */
function sortedKeys(v, seen = new Map()) {
    if (!v || typeof v !== 'object')
        return v;
    const known = seen.get(v);
    if (known !== undefined)
        return known;
    const copy = Array.isArray(v)
        ? v.map((x) => sortedKeys(x, seen))
        : Object.fromEntries(Object.keys(v)
            .sort()
            .map((k) => [k, sortedKeys(v[k], seen)]));
    seen.set(v, copy);
    return copy;
}
/**
 * Data sorted by sortedKeys as YAML, no line folding, a shared object written out in full at each place: the text the
 * diff is taken of (written by plain-yaml.ts where the data has a manifest's plain shape, the same text).
 */
function stableYaml(sorted) {
    return plainYaml(sorted) ?? (0,dist/* stringify */.As)(sorted, { lineWidth: 0, minContentWidth: 0, aliasDuplicateObjects: false });
}
/**
 * `stableYaml(sortedKeys(v))`, the same text, written from `v` in sorted key order without the copy where the data
 * has a manifest's plain shape (a comparison prints every object of both renders; the copies were most of its garbage).
 */
function sortedYaml(v) {
    return plainYaml(v, true) ?? stableYaml(sortedKeys(v));
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
