export const id = 6561;
export const ids = [6561];
export const modules = {

/***/ 56561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kx: () => (/* binding */ substituteFromHome),
/* harmony export */   Mc: () => (/* binding */ entriesOf),
/* harmony export */   ig: () => (/* binding */ substituteFromFiles)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64293);
/* harmony import */ var _flux_values_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99982);
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
    const { parsed, docs } = (0,_flux_values_js__WEBPACK_IMPORTED_MODULE_3__/* .docsOf */ .fE)(text, file, cache);
    const slots = new Map();
    for (const key of ['data', 'stringData']) {
        const data = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(docs[document].contents, key);
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(data))
            continue;
        for (const p of data.items)
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.value))
                slots.set(String(p.key.value), {
                    path: [key, String(p.key.value)],
                    line: parsed.lineOf(p.value) ?? 1,
                    value: (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)(p.value) ?? '',
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
        const index = (0,_flux_values_js__WEBPACK_IMPORTED_MODULE_3__/* .docsOf */ .fE)(text, path, cache).docs.findIndex((d) => (0,_flux_values_js__WEBPACK_IMPORTED_MODULE_3__/* .kindOf */ .I)(d) === kind && (0,_flux_values_js__WEBPACK_IMPORTED_MODULE_3__/* .nameOf */ .Vb)(d) === name);
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
    const generator = (kfile, ktext) => {
        const { docs } = (0,_flux_values_js__WEBPACK_IMPORTED_MODULE_3__/* .docsOf */ .fE)(ktext, kfile, cache);
        const gens = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(docs[0].contents, generatorKey);
        const at = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(gens) ? gens.items.findIndex((g) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(g, 'name')) === name) : -1;
        if (at < 0 || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(gens))
            return undefined;
        const entry = gens.items[at];
        const other = ['envs', 'env', 'files'].find((k) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(entry, k) !== undefined);
        return {
            file: kfile,
            text: ktext,
            document: 0,
            label: `${kind} ${name} (${generatorKey} of ${kfile})`,
            secret,
            ...(other ? { opaque: `its ${other}: lockstep reads and writes only literals` } : {}),
            slots: literalSlots(ktext, kfile, generatorKey, at, cache),
            slotsAt: (t) => literalSlots(t, kfile, generatorKey, at, cache),
        };
    };
    return ((await manifest(file)) ??
        (0,_flux_values_js__WEBPACK_IMPORTED_MODULE_3__/* .findConfigMap */ .ko)((0,_flux_values_js__WEBPACK_IMPORTED_MODULE_3__/* .dirOf */ .Rw)(file), { generator: (k, t) => Promise.resolve(generator(k, t)), manifest }, read, new Set(), cache));
}
/** The spec.postBuild.substituteFrom entries of the Flux Kustomization in `text`, each followed into the repository where it can be. */
async function entriesOf(text, file, read, cache) {
    const { parsed, docs } = (0,_flux_values_js__WEBPACK_IMPORTED_MODULE_3__/* .docsOf */ .fE)(text, file, cache);
    const post = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(docs[0].contents, 'spec'), 'postBuild');
    const from = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(post, 'substituteFrom');
    const substitute = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(post, 'substitute');
    const keys = new Set((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(substitute) ? substitute.items.map((p) => ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) ? String(p.key.value) : '')) : []);
    const entries = [];
    for (const item of (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(from) ? from.items : []) {
        const kind = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(item, 'kind')) ?? '';
        const name = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(item, 'name')) ?? '';
        const found = kind === 'ConfigMap' || kind === 'Secret' ? await locate(kind, name, file, read, cache) : undefined;
        entries.push({ kind, name, line: parsed.lineOf(item) ?? 1, ...(found ? { found } : {}) });
    }
    return { entries, line: parsed.lineOf(from ?? substitute ?? post ?? docs[0].contents) ?? 1, keys };
}
/** The files holding a Flux Kustomization's substituteFrom ConfigMaps in the repository (their history says when a pin there changed). */
async function substituteFromFiles(text, file, read, cache) {
    const { entries } = await entriesOf(text, file, read, cache);
    return [...new Set(entries.flatMap((e) => (e.found && !e.found.secret && e.found.file !== file ? [e.found.file] : [])))];
}
function refuse(message, file, line, hint) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(message, { file, line, hint });
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
    const [home] = homes.keys();
    const found = home.found;
    const dir = (0,_flux_values_js__WEBPACK_IMPORTED_MODULE_3__/* .dirOf */ .Rw)(file);
    if (found.file !== file && dir !== '.' && !found.file.startsWith(`${dir}/`))
        throw refuse(`the pins of ${file} are in ${found.label} in ${found.file}, outside its folder ${dir}`, file, home.line, `keep the environment's substituteFrom ConfigMap in ${dir} (or below it), whose history says when its pins changed`);
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
    const { parsed, docs } = (0,_flux_values_js__WEBPACK_IMPORTED_MODULE_3__/* .docsOf */ .fE)(text, file, cache);
    const gens = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(docs[0].contents, key);
    const literals = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(gens) ? gens.items[at] : undefined, 'literals');
    const slots = new Map();
    ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(literals) ? literals.items : []).forEach((l, j) => {
        const s = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)(l) ?? '';
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
/* harmony export */   ko: () => (/* binding */ findConfigMap)
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


/***/ })

};
