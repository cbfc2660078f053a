export const id = 2399;
export const ids = [2399];
export const modules = {

/***/ 10029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EH: () => (/* binding */ mergeDigests),
/* harmony export */   c1: () => (/* binding */ digestsOneLine),
/* harmony export */   fV: () => (/* binding */ parseDigests),
/* harmony export */   nj: () => (/* binding */ lineOfKey),
/* harmony export */   x7: () => (/* binding */ formatDigests)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90908);
/* harmony import */ var _text_bytes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29002);



function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value && typeof value === 'object')
        return Object.fromEntries(Object.keys(value)
            .sort()
            .map((k) => [k, sortKeys(value[k])]));
    return value;
}
/** The file's text: keys sorted at every level, 2-space indent, final newline. */
function formatDigests(file) {
    return `${JSON.stringify(sortKeys(file), null, 2)}\n`;
}
/** The same content on one line, for the `digests` output. */
function digestsOneLine(file) {
    return JSON.stringify(sortKeys(file));
}
/** 1-based line of the first `"name":` key in the text, for error locations. */
function lineOfKey(text, name) {
    const idx = text.indexOf(`${JSON.stringify(name)}`);
    return idx < 0 ? undefined : text.slice(0, idx).split('\n').length;
}
const READERS = {
    merge: {
        subject: (file) => file,
        entry: (name, file) => `entry '${name}' in ${file}`,
        hint: "fix or delete the file, or set replace: true to write this run's entries only",
        required: ['digest', 'image', 'sha', 'tag'],
    },
    promote: {
        subject: () => 'the digests file',
        entry: (name) => `entry '${name}'`,
        hint: 'the digests file is JSON written by capture-digests: {"api": {"tag", "digest", "sha", "image"}}',
        required: ['digest'],
    },
};
async function parseDigests(text, file, reader = 'merge') {
    const r = READERS[reader];
    const raw = await (0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJsonAt */ .bq)(text, file, r.hint, `${r.subject(file)} is not valid JSON`);
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${r.subject(file)} must hold a JSON object of name → {digest, image, sha, tag}`, { file, line: 1, hint: r.hint });
    const out = {};
    for (const [name, entry] of Object.entries(raw)) {
        const at = { file, line: lineOfKey(text, name) };
        const what = r.entry(name, file);
        if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} is not an object`, { ...at, hint: 'each entry is {"digest", "image", "sha", "tag"}' });
        const e = entry;
        for (const key of r.required)
            if (typeof e[key] !== 'string')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} has no string '${key}'`, { ...at, hint: 'each entry is {"digest", "image", "sha", "tag"}' });
        if (!(0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(e.digest))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} has a malformed digest '${String(e.digest).slice(0, 80)}'`, {
                ...at,
                hint: 'a digest is sha256: followed by 64 hex characters',
            });
        for (const key of ['image', 'sha', 'tag', 'platform'])
            if (e[key] !== undefined && typeof e[key] !== 'string')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} has a non-string '${key}'`, {
                    ...at,
                    hint: 'image, sha, tag and platform (os/arch[/variant]) are strings',
                });
        // The tag lands in a values file and in the log: only the registry's tag grammar passes.
        if (typeof e.tag === 'string' && !/^[\w][\w.-]{0,127}$/.test(e.tag))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} has an invalid tag '${e.tag.slice(0, 80)}'`, {
                ...at,
                hint: 'a tag is letters, digits, "_", "." and "-", at most 128 characters',
            });
        out[name] = e;
    }
    return out;
}
/**
 * Adds `incoming` to `existing` (a matrix job adding its service). An entry
 * already there with another digest is a conflict — a UserError per name —
 * unless `overwrite`; the same digest is simply refreshed.
 * Throws UserError (one conflict) or UserErrors (several).
 */
function mergeDigests(existing, incoming, opts) {
    const errors = [];
    const out = { ...existing };
    for (const [name, entry] of Object.entries(incoming)) {
        const old = existing[name];
        if (old && old.digest !== entry.digest && !opts.overwrite) {
            errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`'${name}' is already recorded as ${old.image}:${old.tag}@${old.digest}; this run resolved ${entry.image}:${entry.tag}@${entry.digest}`, {
                file: opts.file,
                line: opts.text ? lineOfKey(opts.text, name) : undefined,
                hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL) `give each matrix job its own service name, or ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .setting */ .Pe)('overwrite', 'true')} to replace it`,
            }));
            continue;
        }
        out[name] = entry;
    }
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .throwAll */ .Kx)(errors);
    return out;
}


/***/ }),

/***/ 74372:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  oH: () => (/* binding */ insertPins),
  kx: () => (/* binding */ targetPins)
});

// UNUSED EXPORTS: chartDefault

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/edits/yaml-edit.ts
var yaml_edit = __webpack_require__(63077);
;// CONCATENATED MODULE: ./packages/core/src/edits/yaml-insert.ts
// A new block added to a YAML file, with every mapping on its way that the
// file lacks: `services:` → `api:` → `image:` → `tag:` / `digest:`, written
// under the deepest mapping the file has, in that mapping's indentation and
// the file's indent unit, after its last pair. The bytes around it stay as
// they are. What a promotion writes into an environment's own values file when
// the pin comes from a file it shares (the chart's values.yaml).


/**
 * `text` with `value` at `path` (string keys only), and every mapping on the way the file lacks added under the
 * deepest one it has. Refused (UserError at the line) when the path exists, leads through a value that is not a
 * mapping, or through a flow mapping.
 */
function insertAt(text, file, path, value, cache) {
    if (path.some((k) => typeof k !== 'string'))
        throw new Error(`insertAt takes mapping keys only, not ${(0,yaml_edit/* formatPath */.jV)(path)}`);
    const { bom, body, eol } = (0,yaml_edit/* frame */.Gt)(text);
    const parsed = (0,yaml_edit/* parseShared */.fj)(body, file, cache);
    const unit = parsed.empty || parsed.doc.contents === null ? 2 : (0,yaml_edit/* indentUnit */.Xt)(parsed);
    const lines = (missing, first) => {
        const out = missing.map((k, i) => `${' '.repeat(unit * i)}${(0,yaml_edit/* yamlKey */.j5)(k, i === 0 ? first : undefined)}:`);
        const pad = ' '.repeat(unit * missing.length);
        if (typeof value === 'string')
            out[out.length - 1] += ` ${(0,yaml_edit/* renderScalar */.VO)(value, undefined)}`;
        else
            for (const [k, v] of value)
                out.push(`${pad}${(0,yaml_edit/* yamlKey */.j5)(k)}: ${(0,yaml_edit/* renderScalar */.VO)(v, undefined)}`);
        return out;
    };
    // A file with no document yet (empty, or comments only): the block is its first content.
    if (parsed.empty || parsed.doc.contents === null) {
        const sep = body === '' || body.endsWith('\n') ? '' : eol;
        return bom + body + sep + lines(path).join(eol) + eol;
    }
    const at = (0,yaml_edit/* locate */.x5)(parsed, path, (0,yaml_edit/* formatPath */.jV)(path));
    if (at.found)
        throw new errors/* UserError */.yo(`${(0,yaml_edit/* formatPath */.jV)(path)} is already there`, {
            file,
            line: parsed.lineOf(at.node) ?? 1,
            hint: 'edit it in place',
        });
    return bom + (0,yaml_edit/* insertPair */.Y7)(parsed, eol, at.parent, lines(at.missing, at.parent));
}

// EXTERNAL MODULE: ./packages/core/src/deploy/pins/pins.ts + 1 modules
var pins = __webpack_require__(49373);
// EXTERNAL MODULE: ./packages/core/src/promote/request.ts
var request = __webpack_require__(81871);
;// CONCATENATED MODULE: ./packages/core/src/promote/absent-pin.ts
// A values key the target's own values file does not hold, because the chart's
// values.yaml (a file every environment of the chart shares) sets the image:
// the target runs the chart's default, and a promotion inserts the key into the
// target's own file, in the chart's shape (an image map of tag and digest, one
// image string, a bare tag), never into the shared values.yaml. A key no file
// holds stays refused as readPin refuses it.






/**
 * Each service's pin in the target's place; where a plain values file lacks the service's key and the chart's
 * values.yaml above it (or the Application's chart folder) holds it, that default, marked `absent`.
 */
async function targetPins(place, services, env, read, cache) {
    const out = new Map();
    for (const s of services) {
        try {
            out.set(s.name, place.read(place.text, s));
        }
        catch (e) {
            if (!(e instanceof errors/* UserError */.yo) || s.valuesKey === undefined)
                throw e;
            const pin = await chartDefault(place, (0,request/* fillTemplate */.ou)(s.valuesKey, env.name, s.name), read, cache, e.line ?? 1);
            if (!pin)
                throw e;
            out.set(s.name, pin);
        }
    }
    return out;
}
/**
 * Where a plain values file lacks `key` and the chart's values.yaml (every environment's defaults) sets it: that
 * pin's shape, tag and digest as this file's, marked `absent`, at `line` of the file (where the key would go).
 * Undefined for a file that has the key (a list, a mapping without an image: readPin's refusal stands), for an
 * Application's inline values or a HelmRelease's, and where no chart above it sets the key.
 */
async function chartDefault(place, key, read, cache, line = 1) {
    if (place.kind !== 'values' || place.document !== undefined || place.home !== undefined)
        return undefined;
    const path = (0,pins/* parseValuesKey */.bx)(key, `values key of ${place.file}`);
    if ((0,yaml_edit/* parseShared */.fj)(place.text.replace(/^\ufeff/, ''), place.file, cache).doc.hasIn(path))
        return undefined;
    const defaults = await chartValues(place.file, place.rev?.chartPath, read);
    if (!defaults)
        return undefined;
    let found;
    try {
        found = (0,pins/* readPin */.Ci)(defaults.text, defaults.path, key, { cache });
    }
    catch {
        return undefined;
    }
    const { style, repository, repositoryKey, registry, tag, digest } = found;
    return {
        style,
        file: place.file,
        key,
        path,
        line,
        ...(repository !== undefined ? { repository } : {}),
        ...(repositoryKey !== undefined ? { repositoryKey } : {}),
        ...(registry !== undefined ? { registry } : {}),
        ...(tag !== undefined ? { tag } : {}),
        ...(digest !== undefined ? { digest } : {}),
        absent: { from: `${defaults.path}:${found.line}` },
    };
}
/** The values.yaml of the chart the values file is rendered with: the Application's chart folder, else the nearest folder above it with a Chart.yaml. */
async function chartValues(file, chartPath, read) {
    const dirs = chartPath ? [chartPath.replace(/\/+$/, '') || '.'] : [];
    for (let dir = external_node_path_.posix.dirname(file);; dir = external_node_path_.posix.dirname(dir)) {
        dirs.push(dir);
        if (dir === '.' || dir === '/')
            break;
    }
    for (const dir of dirs) {
        if ((await read(external_node_path_.posix.join(dir, 'Chart.yaml'))) === undefined)
            continue;
        const path = external_node_path_.posix.join(dir, 'values.yaml');
        if (path === file)
            return undefined;
        const text = await read(path);
        return text === undefined ? undefined : { path, text };
    }
    return undefined;
}
/**
 * `text` with each absent pin's key inserted at its target (absent writes only), in the chart's shape: an image
 * map's tag and digest (its repository when the promoted digest lives in another), one image string, a bare tag.
 */
function insertPins(text, writes, cache) {
    for (const { pin, target } of writes)
        text = insertAt(text, pin.file, pin.path, insertedValue(pin, target), cache);
    return text;
}
/** What an absent pin's key is written as, refused where its shape cannot hold the target (as setPins refuses it). */
function insertedValue(pin, target) {
    const tag = target.tag ?? pin.tag;
    const moves = (0,pins/* repositoryMoves */.Ro)(pin, target);
    const at = { file: pin.file, line: pin.line };
    if (pin.style === 'tag') {
        if (target.digest !== undefined)
            throw new errors/* UserError */.yo(`${pin.key} holds only a tag (as ${pin.absent?.from} writes it), so the digest cannot be pinned there`, {
                ...at,
                hint: 'point values-key at an image block (tag + digest) or a repo:tag@sha256:… string',
            });
        return tag ?? '';
    }
    if (pin.style === 'string') {
        const repository = moves ? target.repository : pin.repository;
        if (!repository)
            throw new errors/* UserError */.yo(`${pin.key} is an empty image string in ${pin.absent?.from}`, { ...at, hint: 'write repo:tag@sha256:… there' });
        return `${repository}${tag ? `:${tag}` : ''}${target.digest ? `@${target.digest}` : ''}`;
    }
    if (moves && pin.registry !== undefined)
        throw new errors/* UserError */.yo(`${pin.key} splits registry: and ${pin.repositoryKey ?? 'repository'}: (${pin.absent?.from}), and the promoted digest is in ${target.repository}`, {
            ...at,
            hint: `write the image under ${pin.key} in ${pin.file} by hand`,
        });
    const map = {};
    if (moves)
        map[pin.repositoryKey ?? 'repository'] = target.repository;
    if (tag !== undefined)
        map.tag = tag;
    if (target.digest !== undefined)
        map.digest = target.digest;
    return Object.entries(map);
}


/***/ }),

/***/ 89549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PP: () => (/* binding */ PROMOTE_PER_ENVIRONMENT),
/* harmony export */   fu: () => (/* binding */ environmentSettings),
/* harmony export */   jF: () => (/* binding */ PROMOTE_PER_RUN)
/* harmony export */ });
/* harmony import */ var _settings_read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38807);
/* harmony import */ var _settings_table_promote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20882);
// promote's settings an environment may set — auto-merge, values-drift and validate of the target, min-soak and
// wait of the source — resolved once per environment of the request by settings/read.ts, the one precedence
// of every operation: the input > the key under that environment > the key at the top of the file > the
// table's default (values-drift's decided by the environment's protected). Their names and types are the
// table's (settings/table-promote.ts): a key with `where: 'environment'` is here without a line of its own.


/** promote's config-backed settings an environment may set: resolved per environment. */
const PROMOTE_PER_ENVIRONMENT = (0,_settings_read_js__WEBPACK_IMPORTED_MODULE_0__/* .scoped */ .P1)(_settings_table_promote_js__WEBPACK_IMPORTED_MODULE_1__/* .PROMOTE */ .R, 'environment');
/** promote's other config-backed settings (notify-pulls, commit-mode): resolved once for the run. */
const PROMOTE_PER_RUN = (0,_settings_read_js__WEBPACK_IMPORTED_MODULE_0__/* .scoped */ .P1)(_settings_table_promote_js__WEBPACK_IMPORTED_MODULE_1__/* .PROMOTE */ .R, 'top');
/** The settings of environment `name` of the request (a programming error when the request did not resolve it). */
function environmentSettings(req, name) {
    const r = req.settingsByEnvironment[name];
    if (!r)
        throw new Error(`environment ${name} has no resolved settings`);
    return r;
}


/***/ }),

/***/ 17098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ promotionEdges),
/* harmony export */   f: () => (/* binding */ predecessors)
/* harmony export */ });
// The promotion graph: each environment is promoted from its `after:` environments (fan-in when it lists
// several), else from the one before it in the config's list. Several environments may follow one (fan-out:
// `after: [staging]` on two A/B stages). The list stays the graph's order: an `after:` entry names an
// environment earlier in it (the fan-in gate's config check), so the graph has no cycle. A promotion runs along
// an edge; request.ts refuses any other step (unless allow-skip), status lists the next promotion of every edge.
/** The environments `envs[k]` is promoted from: its after: list, else the environment before it (none for the first). */
function predecessors(envs, k) {
    const after = envs[k]?.after;
    if (after && after.length > 0)
        return [...after];
    return k > 0 ? [envs[k - 1].name] : [];
}
/** Every edge of the graph, target by target in the config's order, each target's sources as it lists them. */
function promotionEdges(envs) {
    return envs.flatMap((e, k) => predecessors(envs, k).map((from) => ({ from, to: e.name })));
}


/***/ }),

/***/ 67479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lj: () => (/* binding */ openPinPlace),
  dj: () => (/* binding */ pinPath),
  ID: () => (/* binding */ pinPaths)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/edits/yaml-edit.ts
var yaml_edit = __webpack_require__(63077);
// EXTERNAL MODULE: ./packages/core/src/values/protected.ts
var values_protected = __webpack_require__(62986);
// EXTERNAL MODULE: ./packages/core/src/text/bytes.ts
var bytes = __webpack_require__(29002);
// EXTERNAL MODULE: ./packages/core/src/kustomize/overlay.ts
var kustomize_overlay = __webpack_require__(33861);
// EXTERNAL MODULE: ./packages/core/src/deploy/flux/flux.ts
var flux = __webpack_require__(29674);
// EXTERNAL MODULE: ./packages/core/src/yaml/read.ts
var yaml_read = __webpack_require__(64293);
// EXTERNAL MODULE: ./packages/core/src/text/parse-cache.ts
var parse_cache = __webpack_require__(9053);
// EXTERNAL MODULE: ./packages/core/src/deploy/pins/pin-fields.ts
var pin_fields = __webpack_require__(22387);
// EXTERNAL MODULE: ./packages/core/src/deploy/flux/flux-substitute-from.ts + 1 modules
var flux_substitute_from = __webpack_require__(7748);
// EXTERNAL MODULE: ./packages/core/src/deploy/kind.ts + 4 modules
var kind = __webpack_require__(5459);
;// CONCATENATED MODULE: ./packages/core/src/promote/flux-path.ts
// A Flux Kustomization's `spec.path`: the kustomize overlay Flux builds, in the
// repository promoted in. Flux applies the Kustomization's own `spec.images`
// (and `postBuild.substitute`) over what the overlay builds, so a service whose
// pin the Flux Kustomization holds is pinned there; otherwise the overlay's
// `images:` hold the pins, read and written as if the environment named that
// overlay with `kustomization:`. Pins split between the two are refused: one
// place per environment, and which one Flux deploys would depend on the service.







/** True when the text is a Flux Kustomization (kustomize.toolkit.fluxcd.io). */
function isFluxKustomization(text, file, cache) {
    const parsed = (0,parse_cache/* parseWith */.K)(cache, yaml_read/* YAML_DOCUMENTS */.FL, text.replace(/^\ufeff/, ''), file);
    const doc = parsed.documents?.[0] ?? parsed.doc;
    return ((0,yaml_read/* scalarText */.ws)((0,yaml_read/* mapValue */.IS)(doc.contents, 'apiVersion'))?.startsWith('kustomize.toolkit.fluxcd.io/') === true &&
        (0,yaml_read/* scalarText */.ws)((0,yaml_read/* mapValue */.IS)(doc.contents, 'kind')) === 'Kustomization');
}
/**
 * The folder `spec.path` names, relative to the repository root (`./apps/prod` → `apps/prod`), with its line;
 * undefined when the Kustomization has no path or builds an artifact that is not this repository (an
 * OCIRepository or Bucket source). A path that climbs out with `..` is refused at its line.
 */
function fluxPathOf(text, file, cache) {
    const parsed = (0,parse_cache/* parseWith */.K)(cache, yaml_read/* YAML_DOCUMENTS */.FL, text.replace(/^\ufeff/, ''), file);
    const doc = parsed.documents?.[0] ?? parsed.doc;
    const spec = (0,yaml_read/* mapValue */.IS)(doc.contents, 'spec');
    const source = (0,yaml_read/* scalarText */.ws)((0,yaml_read/* mapValue */.IS)((0,yaml_read/* mapValue */.IS)(spec, 'sourceRef'), 'kind'));
    if (source !== undefined && source !== 'GitRepository')
        return undefined;
    const node = (0,yaml_read/* mapValue */.IS)(spec, 'path');
    const path = (0,yaml_read/* scalarText */.ws)(node);
    if (path === undefined)
        return undefined;
    const line = parsed.lineOf(node) ?? 1;
    const segments = path.split('/').filter((s) => s !== '' && s !== '.');
    if (segments.includes('..') || /[\\\0]/.test(path))
        throw new errors/* UserError */.yo(`spec.path ${path} climbs out of the folder it names (..), so lockstep cannot tell which overlay Flux builds`, {
            file,
            line,
            hint: 'write spec.path from the repository root, e.g. ./apps/production',
        });
    return { dir: segments.join('/') || '.', line };
}
/** The services whose pins a Flux Kustomization's own text holds: a spec.images entry, substitute variables, a marker. */
function heldBy(text, file, services, cache) {
    const images = (0,kustomize_overlay/* readOverlayImages */.Rm)(text, file, cache);
    const held = new Set();
    for (const s of services) {
        if (s.substitute !== undefined)
            held.add(s.name);
        else if (s.imagePolicy !== undefined && (0,pin_fields/* markerFields */.C9)(text, file, undefined, s.imagePolicy, cache).length > 0)
            held.add(s.name);
        else if (s.image && (0,kustomize_overlay/* overlayPin */.oW)(images, s.image, s.name).entry)
            held.add(s.name);
    }
    return held;
}
/**
 * The overlay that holds an environment's pins when its Flux Kustomization (`found`) holds none of them and
 * its spec.path is a kustomize overlay of the repository; undefined when the pins stay in the Flux
 * Kustomization (or it is no Flux Kustomization, or its path holds plain manifests). Refused at the
 * overlay's line: one service pinned in spec.images and another only in the overlay.
 */
async function fluxPathOverlay(env, found, services, read, cache) {
    if ((0,kind/* deploymentOf */.PE)(env)?.chartPin?.by === 'OCIRepository' || found.application || !isFluxKustomization(found.text, found.file, cache))
        return undefined;
    const path = fluxPathOf(found.text, found.file, cache);
    if (path === undefined)
        return undefined;
    // git reads a symbolic link as a file holding its target, and never follows it: a path that reads as a file is no folder.
    if (path.dir !== '.' && (await read(path.dir)) !== undefined)
        throw new errors/* UserError */.yo(`spec.path ${path.dir} is a file or a symbolic link in the repository, not the folder of an overlay`, {
            file: found.file,
            line: path.line,
            hint: 'point spec.path at a real folder of the repository holding the kustomization.yaml Flux builds',
        });
    let overlay;
    try {
        overlay = await (0,kustomize_overlay/* kustomizationFor */.fx)(path.dir, read, { file: found.file, line: path.line, where: `(spec.path of ${found.file})` }, cache);
    }
    catch (e) {
        // A folder of plain manifests: Flux generates its kustomization, whose images are the Flux Kustomization's own.
        if (e instanceof kustomize_overlay/* NoKustomization */.RZ)
            return undefined;
        throw e;
    }
    if (overlay.application || isFluxKustomization(overlay.text, overlay.file, cache))
        throw new errors/* UserError */.yo(`spec.path ${path.dir} of ${found.file} leads to ${overlay.file}, which is no kustomize overlay`, {
            file: found.file,
            line: path.line,
            hint: 'point spec.path at the folder of the kustomization.yaml Flux builds',
        });
    const pinned = services.filter((s) => s.image !== undefined || s.imagePolicy !== undefined);
    const inFlux = heldBy(found.text, found.file, pinned, cache);
    const images = (0,kustomize_overlay/* readOverlayImages */.Rm)(overlay.text, overlay.file, cache);
    const inOverlay = pinned.filter((s) => (s.imagePolicy !== undefined && (0,pin_fields/* markerFields */.C9)(overlay.text, overlay.file, undefined, s.imagePolicy, cache).length > 0) ||
        (s.image !== undefined && (0,kustomize_overlay/* overlayPin */.oW)(images, s.image, s.name).entry !== undefined));
    if (inFlux.size === 0)
        return overlay;
    const split = inOverlay.find((s) => !inFlux.has(s.name));
    if (split)
        throw new errors/* UserError */.yo(`${env.name} pins ${[...inFlux].join(', ')} in ${found.file} (spec.images over the build) and ${split.name} only in ${overlay.file}, the overlay its spec.path builds; lockstep writes one place per environment`, {
            file: overlay.file,
            line: (0,kustomize_overlay/* overlayPin */.oW)(images, split.image ?? '', split.name).line,
            hint: `pin ${split.name} in ${found.file}'s spec.images too (Flux applies them over the overlay), or move every pin into the overlay`,
        });
    return undefined;
}
/** The paths whose history says when a Flux Kustomization environment's pins changed: its file, the overlay of its spec.path, its substituteFrom ConfigMaps' files. */
async function fluxPinPaths(env, file, read, cache) {
    if ((0,kind/* deploymentOf */.PE)(env)?.chartPin?.by === 'OCIRepository')
        return [file];
    const text = await read(file);
    if (text === undefined || !isFluxKustomization(text, file, cache))
        return [file];
    const path = fluxPathOf(text, file, cache);
    // The files of its substituteFrom ConfigMaps too: a pin may live there (flux-substitute-from.ts).
    const from = await (0,flux_substitute_from/* substituteFromFiles */.ig)(text, file, read, cache);
    return [file, ...(path === undefined || path.dir === '.' ? [] : [path.dir]), ...from];
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/edits/check.ts + 1 modules
var check = __webpack_require__(85763);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./packages/core/src/promote/marker-files.ts
// Image automation markers beside an environment's pin file. Flux's image
// automation writes its markers (`# {"$imagepolicy": "ns:policy"}` and the
// `:tag`, `:name`, `:digest` forms) anywhere under the path it updates: the
// Deployments of apps/<env>, a kustomization's `images:`, a HelmRelease's
// values. Those markers are pin locations too: the files kustomize reads to
// build the environment's overlay (its kustomization and what that names,
// folders of `resources:` followed) that lie under the overlay's own folder.
// A file reached outside it (apps/base, shared by every environment) is never
// written. Each marker of a service's image-policy gets the promoted value,
// byte-minimally, the marker and every comment kept; a marker whose policy no
// service names is left as it is and said once; a marker in a Secret is
// refused at its line (lockstep never writes secrets).









/** At most this many kustomization folders are followed under the overlay's folder. */
const MAX_FOLDERS = 32;
const isYaml = (p) => /\.ya?ml$/.test(p) || /(^|\/)Kustomization$/.test(p);
const documentsOf = (text, file, cache) => (0,parse_cache/* parseWith */.K)(cache, yaml_read/* YAML_DOCUMENTS */.FL, text.replace(/^\ufeff/, ''), file).documents ?? [];
/** What a kustomization names that may hold manifests: `resources:`-like lists (files or folders), patch files. */
function namedPaths(ktext, kfile, cache) {
    let root;
    try {
        root = documentsOf(ktext, kfile, cache)[0]?.contents;
    }
    catch {
        return []; // A kustomization that does not parse: kustomize (and the render) say what is wrong.
    }
    const out = [];
    for (const key of ['resources', 'bases', 'components', 'patchesStrategicMerge', 'crds']) {
        const list = (0,yaml_read/* mapValue */.IS)(root, key);
        for (const item of (0,dist/* isSeq */.oP)(list) ? list.items : []) {
            const v = (0,yaml_read/* scalarText */.ws)(item);
            if (v !== undefined)
                out.push({ path: v, folder: key === 'resources' || key === 'bases' || key === 'components' });
        }
    }
    for (const key of ['patches', 'patchesJson6902']) {
        const list = (0,yaml_read/* mapValue */.IS)(root, key);
        for (const item of (0,dist/* isSeq */.oP)(list) ? list.items : []) {
            const v = (0,yaml_read/* scalarText */.ws)((0,yaml_read/* mapValue */.IS)(item, 'path'));
            if (v !== undefined)
                out.push({ path: v, folder: false });
        }
    }
    return out;
}
/** The files kustomize reads to build the overlay of `dir` that lie under `dir`, with their texts. */
async function filesUnder(dir, read, cache) {
    const files = new Map();
    const inside = (p) => dir === '.' || p === dir || p.startsWith(`${dir}/`);
    const seen = new Set();
    const queue = [dir];
    while (queue.length > 0 && seen.size < MAX_FOLDERS) {
        const d = queue.shift();
        if (seen.has(d))
            continue;
        seen.add(d);
        let kfile;
        for (const n of kustomize_overlay/* KUSTOMIZATION_NAMES */.H7) {
            const f = d === '.' ? n : `${d}/${n}`;
            const t = await read(f);
            if (t === undefined)
                continue;
            files.set((kfile = f), t);
            break;
        }
        if (kfile === undefined)
            continue;
        for (const p of namedPaths(files.get(kfile), kfile, cache)) {
            // A URL kustomize would fetch, or a path out of the folder: nothing of this environment to write.
            if (/^[a-z][a-z0-9+.-]*:/i.test(p.path.trim()))
                continue;
            const to = external_node_path_.posix.normalize(external_node_path_.posix.join(d, p.path.trim())).replace(/\/+$/, '');
            if (!inside(to) || files.has(to))
                continue;
            const text = await read(to);
            if (text !== undefined)
                files.set(to, text);
            else if (p.folder)
                queue.push(to);
        }
    }
    return files;
}
/** The markers of the environment's files beside its pin file. */
class MarkerFiles {
    /** The overlay's folder the files lie under. */
    dir;
    /** The files holding a marker of a service's policy, by path, as opened. */
    texts;
    /** The markers whose policy names no service, said once each. */
    notes;
    cache;
    constructor(dir, texts, notes, cache) {
        this.dir = dir;
        this.texts = texts;
        this.notes = notes;
        this.cache = cache;
    }
    /** The fields `policy`'s markers name in every file (at `others`' texts where given), each with its file and document. */
    fields(policy, others) {
        const out = [];
        for (const [file, opened] of this.texts) {
            const text = others?.get(file) ?? opened;
            documentsOf(text, file, this.cache).forEach((_, document) => {
                for (const f of (0,pin_fields/* markerFields */.C9)(text, file, document, policy, this.cache))
                    out.push({ ...f, file, document });
            });
        }
        return out;
    }
    /** A service's pin spread over its policy's markers in these files; undefined when it has none here. */
    pin(service, others) {
        if (service.imagePolicy === undefined)
            return undefined;
        const fields = this.fields(service.imagePolicy, others);
        if (fields.length === 0)
            return undefined;
        const first = fields.find((f) => f.form === 'tag' || f.form === 'image') ?? fields[0];
        return {
            style: 'fields',
            file: first.file,
            key: `$imagepolicy ${service.imagePolicy}`,
            path: first.path,
            line: first.line,
            ...(0,pin_fields/* readFields */.qU)(fields, first.file),
            fields,
        };
    }
    /**
     * The files' texts after each write's target is put in its policy's markers: per document, the fields that can
     * hold a digest get it, a `:tag` marker the tag, a whole-image marker `repo:tag@digest`. A pin whose fields all
     * lie here (no marker in the pin file) must have a field for the digest, refused as the pin file's are.
     */
    edits(writes) {
        const out = new Map();
        for (const w of writes) {
            const policy = w.service.imagePolicy;
            if (policy === undefined)
                continue;
            const all = this.fields(policy);
            if (all.length === 0)
                continue;
            if (w.pin.style === 'fields' && w.pin.fields?.every((f) => f.file !== undefined))
                (0,pin_fields/* fieldEdits */.O)(all, all[0].file, w.pin.key, (0,pin_fields/* readFields */.qU)(all, all[0].file), w.target);
            const groups = new Map();
            for (const f of all)
                groups.set(`${f.document}\0${f.file}`, [...(groups.get(`${f.document}\0${f.file}`) ?? []), f]);
            for (const group of groups.values()) {
                const { file, document } = group[0];
                const digest = group.some((f) => f.form === 'image' || f.form === 'digest');
                const target = digest ? w.target : { ...w.target, digest: undefined };
                const edits = (0,pin_fields/* fieldEdits */.O)(group, file, `$imagepolicy ${policy}`, (0,pin_fields/* readFields */.qU)(group, file), target);
                if (edits.length === 0)
                    continue;
                const entry = out.get(file) ?? { before: this.texts.get(file), after: this.texts.get(file) };
                const after = (0,yaml_edit/* setScalars */.AR)(entry.after, file, edits, { document, cache: this.cache });
                (0,check/* checkYamlEdit */.c)(file, entry.after, after, edits, { document, cache: this.cache });
                out.set(file, { before: entry.before, after });
            }
        }
        return out;
    }
    /** For a protected environment: each service's markers in each file (at `others`' texts) that hold no sha256 digest. */
    problems(services, others) {
        const out = [];
        for (const s of services) {
            if (s.imagePolicy === undefined)
                continue;
            const byFile = new Map();
            for (const f of this.fields(s.imagePolicy, others))
                byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
            for (const [file, fields] of byFile) {
                const { digest } = (0,pin_fields/* readFields */.qU)(fields, file);
                if (digest !== undefined && /^sha256:[0-9a-f]{64}$/.test(digest))
                    continue;
                out.push({
                    file,
                    line: fields[0].line,
                    message: `${s.name}'s image automation markers (${s.imagePolicy}) in ${file} would hold no sha256 digest in a protected environment`,
                    hint: 'add a :digest marker beside the :tag one, or mark the whole image (repo:tag@sha256:…) so the digest has a place',
                });
            }
        }
        return out;
    }
}
/**
 * The markers beside `placeFile` under the overlay folder `dir`: undefined when there is no folder or no service
 * has an image-policy (nothing is read then). A marker of a service's policy in a Secret is refused at its line; the markers'
 * own refusals (a bad suffix, other keys, no JSON, no scalar) are raised here, before anything is planned.
 */
async function markerFilesOf(dir, placeFile, services, read, cache) {
    const policies = services.flatMap((s) => (s.imagePolicy === undefined ? [] : [s.imagePolicy]));
    if (policies.length === 0 || dir === undefined)
        return undefined;
    const texts = new Map();
    const notes = [];
    const said = new Set();
    for (const [file, text] of await filesUnder(dir, read, cache)) {
        if (file === placeFile || !isYaml(file) || !text.includes('$imagepolicy'))
            continue;
        let ours = false;
        documentsOf(text, file, cache).forEach((doc, document) => {
            for (const m of (0,pin_fields/* markersOf */.Bs)(text, file, document, cache)) {
                const policy = m.marker.policy.split(':').slice(0, 2).join(':');
                if (!policies.some((p) => (0,pin_fields/* ofPolicy */.m3)(m.marker.policy, p))) {
                    if (!said.has(policy))
                        notes.push(`${file}:${m.line}: the image automation marker of ${policy} names no service's image-policy; left as it is.`);
                    said.add(policy);
                    continue;
                }
                ours = true;
                if ((0,yaml_read/* scalarText */.ws)((0,yaml_read/* mapValue */.IS)(doc.contents, 'kind')) === 'Secret')
                    throw new errors/* UserError */.yo(`an image automation marker of ${m.marker.policy} in a Secret: lockstep never reads or writes secrets`, {
                        file,
                        line: m.line,
                        hint: 'move the image out of the Secret (a ConfigMap or the workload itself), or drop the marker',
                    });
            }
        });
        if (ours)
            texts.set(file, text);
    }
    const found = new MarkerFiles(dir, texts, notes, cache);
    for (const p of policies)
        (0,pin_fields/* readFields */.qU)(found.fields(p), placeFile);
    return found;
}

// EXTERNAL MODULE: ./packages/core/src/deploy/flux/flux-values.ts
var flux_values = __webpack_require__(24737);
// EXTERNAL MODULE: ./packages/core/src/promote/absent-pin.ts + 1 modules
var absent_pin = __webpack_require__(74372);
// EXTERNAL MODULE: ./packages/core/src/deploy/pins/pins.ts + 1 modules
var pins_pins = __webpack_require__(49373);
// EXTERNAL MODULE: ./packages/core/src/promote/request.ts
var request = __webpack_require__(81871);
;// CONCATENATED MODULE: ./packages/core/src/promote/place.ts
// Where an environment's pins live, chosen once from the config: a values file
// (or an Application's inline values) read at each service's values-key, or a
// Kustomize overlay (its images: list, or an Argo CD Application's
// kustomize.images strings) read at each service's image. Every operation that
// reads or writes a pin goes through a PinPlace and never asks which kind of
// file it holds.















/**
 * The path whose history says when an environment's pins changed: the overlay
 * when it has one; for a HelmRelease whose pins may sit in a ConfigMap's file
 * beside it (flux-values.ts keeps that file under this folder), its folder;
 * else the values file.
 */
function pinPath(env) {
    const d = (0,kind/* deploymentOf */.PE)(env);
    if (d?.build !== undefined)
        return d.build;
    if (d?.release && d.release.helmrelease.replace(/#.*$/, '') === env.values)
        return env.values.includes('/') ? env.values.slice(0, env.values.lastIndexOf('/')) : '.';
    return env.values;
}
/**
 * pinPath, and for a Flux Kustomization the overlay folder its spec.path builds: every path whose history says
 * when the pins changed (one path as a string, as pinPath gives it; several as a list).
 */
async function pinPaths(env, read) {
    const paths = (0,kind/* deploymentOf */.PE)(env)?.build !== undefined ? await fluxPinPaths(env, pinPath(env), read) : [pinPath(env)];
    return paths.length === 1 ? paths[0] : paths;
}
function keyFor(service, env, file) {
    if (service.valuesKey === undefined && service.imagePolicy !== undefined)
        throw new errors/* UserError */.yo(`no image automation marker of ${service.imagePolicy} (service '${service.name}') in the pins' file of ${env.name}`, {
            file,
            line: 1,
            hint: `mark the image's fields: # {"$imagepolicy": "${service.imagePolicy}:tag"} and ":digest" (or the whole image), or give services.${service.name} a values-key`,
        });
    if (service.valuesKey === undefined)
        throw new errors/* UserError */.yo(`service '${service.name}' has no values-key, which the values file of ${env.name} needs`, {
            hint: `add values-key to services.${service.name}`,
        });
    return (0,request/* fillTemplate */.ou)(service.valuesKey, env.name, service.name);
}
async function openPinPlace(env, read, opts) {
    if ((0,kind/* deploymentOf */.PE)(env)?.build !== undefined)
        return overlayPlace(env, pinPath(env), read, opts);
    return valuesPlace(env, read, opts);
}
/** An environment's kustomization overlay as its pins' place (`images:` entries found by each service's image). */
async function overlayPlace(env, kustomization, read, opts) {
    const { cache } = opts;
    const where = env.kustomizationLine !== undefined && opts.configFile ? { file: opts.configFile, line: env.kustomizationLine } : {};
    let found;
    try {
        found = await (0,kustomize_overlay/* kustomizationFor */.fx)(kustomization, read, { ...where, where: `at ${opts.at}` }, cache);
    }
    catch (e) {
        if (opts.optional && e instanceof kustomize_overlay/* NoKustomization */.RZ)
            return undefined;
        throw e;
    }
    // A Flux Kustomization whose spec.path builds an overlay of the repository that holds the pins: that overlay is the place.
    found = (await fluxPathOverlay(env, found, opts.services ?? [], read, cache)) ?? found;
    const file = found.file;
    const flux = !found.application && isFluxKustomization(found.text, file, cache);
    (0,kustomize_overlay/* readOverlayImages */.Rm)(found.text, file, cache);
    const markerDir = found.application ? undefined : flux ? fluxPathOf(found.text, file, cache)?.dir : (0,flux_values/* dirOf */.Rw)(file);
    const markers = await markerFilesOf(markerDir, file, opts.services ?? [], read, cache);
    // A Flux Kustomization's manifests from an OCIRepository (ocirepository: beside flux-kustomization:): its spec.ref is promoted too.
    const { rev, appText, applicationFailed } = (0,kind/* deploymentOf */.PE)(env)?.chartPin?.by === 'OCIRepository' ? await chartRevisionOf(env, read, opts) : { applicationFailed: false };
    // flux-substitute variables that only a spec.postBuild.substituteFrom ConfigMap sets: that ConfigMap is the place.
    const sub = flux ? await (0,flux_substitute_from/* substituteFromHome */.Kx)(found.text, file, opts.services ?? [], read, cache) : undefined;
    if (sub)
        return { ...substitutePlace(sub, cache), ...(rev ? { rev, appText } : {}), ...(applicationFailed ? { applicationFailed } : {}) };
    const pinOf = (text, service) => {
        const image = service.image;
        if (!image)
            throw new errors/* UserError */.yo(`service '${service.name}' has no image, which the overlay of ${env.name} needs to find its entry`, {
                file: opts.configFile,
                hint: `add image: to services.${service.name}`,
            });
        return { pin: (0,kustomize_overlay/* overlayPin */.oW)((0,kustomize_overlay/* readOverlayImages */.Rm)(text, file, cache), image, service.name), image };
    };
    return {
        kind: 'overlay',
        file,
        text: found.text,
        ...(rev ? { rev, appText } : {}),
        ...(applicationFailed ? { applicationFailed } : {}),
        ...(markers ? { markers } : {}),
        read(text, service, others) {
            const fields = fieldsPin(text, file, undefined, service, flux, cache);
            if (fields)
                return fields;
            // Markers beside the overlay hold the pin when its images: has no entry of the service (marker-files.ts).
            const beside = markers?.pin(service, others);
            if (beside && !(service.image && pinOf(text, service).pin.entry))
                return beside;
            return overlayImagePin(text, file, pinOf(text, service).pin, cache);
        },
        write(text, writes) {
            const byFields = writes.filter((w) => w.pin.style === 'fields' && w.pin.file === file);
            if (byFields.length > 0)
                text = (0,pins_pins/* setPins */.Rz)(text, byFields, { cache }).text;
            const images = (0,kustomize_overlay/* readOverlayImages */.Rm)(text, file, cache);
            return (0,kustomize_overlay/* setOverlayPins */.hg)(text, images, writes
                .filter((w) => w.pin.style !== 'fields')
                .map((w) => {
                const { pin, image } = pinOf(text, w.service);
                return { image, pin, target: w.target };
            }), cache);
        },
        protectedProblems: (text) => (0,kustomize_overlay/* overlayProblems */.pN)((0,kustomize_overlay/* readOverlayImages */.Rm)(text, file, cache)),
    };
}
/** A service's images: entry (or where it would go) as its pin. */
function overlayImagePin(text, file, pin, cache) {
    const images = (0,kustomize_overlay/* readOverlayImages */.Rm)(text, file, cache);
    return {
        style: 'overlay',
        file,
        key: pin.entry ? `${images.listPath.join('.')}[${pin.entry.index}]` : images.listPath.join('.'),
        path: pin.entry ? [...images.listPath, pin.entry.index] : images.listPath,
        line: pin.line,
        ...(pin.repository ? { repository: pin.repository } : {}),
        ...(pin.tag ? { tag: pin.tag } : {}),
        ...(pin.digest ? { digest: pin.digest } : {}),
        overlay: pin,
    };
}
/** An environment's values file as its pins' place, with the chart revision of its Application when it has one. */
async function valuesPlace(env, read, opts) {
    const { cache } = opts;
    const text = await read(env.values);
    const where = env.valuesLine !== undefined && opts.configFile ? { file: opts.configFile, line: env.valuesLine } : {};
    if (text === undefined && opts.optional)
        return undefined;
    if (text === undefined)
        throw new errors/* UserError */.yo(`values file of ${env.name} ${env.values} does not exist at ${opts.at}`, {
            ...where,
            hint: 'fix values in the config (paths are relative to the repository promoted in)',
        });
    const { rev, appText, applicationFailed } = await chartRevisionOf(env, read, opts);
    // The pins share the chart version's document when that is the Application (inline values) or the HelmRelease; an
    // OCIRepository in the release's file (Flux's chartRef examples) holds no pins: the HelmRelease's document is found.
    const document = rev && rev.flux !== 'OCIRepository' && rev.file === env.values ? rev.document : undefined;
    const home = await homeOf(env, text, document, read, opts);
    const file = home?.file ?? env.values;
    const readAt = (t, key) => (home ? home.read(t, key, cache) : (0,pins_pins/* readPin */.Ci)(t, env.values, key, { document, cache }));
    const writeAt = (t, pins) => home ? home.write(t, pins, cache) : (0,pins_pins/* setPins */.Rz)(t, pins, { document, cache }).text;
    const plain = home ? home.plain : document === undefined;
    return {
        kind: 'values',
        file,
        text: home?.text ?? text,
        ...(document !== undefined ? { document } : {}),
        ...(rev ? { rev, appText } : {}),
        ...(home ? { home: home.label } : {}),
        ...(applicationFailed ? { applicationFailed } : {}),
        read: (t, service) => (home && !home.plain && home.label !== 'spec.values'
            ? undefined
            : fieldsPin(t, file, home?.document ?? document, service, false, cache)) ?? readAt(t, keyFor(service, env, file)),
        write(t, writes) {
            // All pins of the values file in one edit (one parse and one check, not one per service); services that
            // share a values key are edited one after another, each reading what the previous one wrote.
            if (writes.length === 0)
                return t;
            const absent = writes.filter((w) => w.pin.absent); // a key the file lacks, which its chart sets: inserted (absent-pin.ts)
            if (absent.length > 0)
                [t, writes] = [(0,absent_pin/* insertPins */.oH)(t, absent, cache), writes.filter((w) => !w.pin.absent)];
            const byFields = writes.filter((w) => w.pin.style === 'fields');
            if (byFields.length > 0) {
                t = (0,pins_pins/* setPins */.Rz)(t, byFields, { document: home?.document ?? document, cache }).text;
                writes = writes.filter((w) => w.pin.style !== 'fields');
                if (writes.length === 0)
                    return t;
            }
            if (new Set(writes.map((w) => w.pin.key)).size === writes.length)
                return writeAt(t, writes);
            let out = t;
            for (const w of writes)
                out = writeAt(out, [{ ...w, pin: readAt(out, keyFor(w.service, env)) }]);
            return out;
        },
        protectedProblems: (t) => (plain ? (0,values_protected/* checkPinnedImagesIn */.OU)((0,yaml_edit/* parseShared */.fj)((0,bytes/* stripBom */.F8)(t), file, cache)) : []),
    };
}
/** The chart version of an environment's Application (or Flux resource), with the text it was read from. */
async function chartRevisionOf(env, read, opts) {
    const resource = (0,kind/* deployerResource */.lq)(env);
    if (!resource)
        return { applicationFailed: false };
    const { file } = resource;
    try {
        const appText = await read(file);
        if (appText === undefined)
            throw new errors/* UserError */.yo(`the Application file ${file} of environment ${env.name} does not exist`, {
                hint: 'fix application in the config',
            });
        return { rev: await (0,kind/* chartRevisionAt */.fS)(env, appText, read, opts.charts, opts.cache), appText, applicationFailed: false };
    }
    catch (e) {
        if (!opts.lenientApplication)
            throw e;
        return { applicationFailed: true };
    }
}
/**
 * A HelmRelease's own file (helmrelease: without values: beside it): the pins
 * are in its spec.values or the ConfigMap of spec.valuesFrom that holds them
 * (flux-values.ts); undefined for any other values file.
 */
async function homeOf(env, text, document, read, opts) {
    const release = (0,kind/* deploymentOf */.PE)(env)?.release?.helmrelease;
    if (release === undefined || release.replace(/#.*$/, '') !== env.values)
        return undefined;
    const doc = document ?? (0,flux/* releaseDocument */.b8)(release, text, env.values, opts.cache);
    const keys = (opts.services ?? []).flatMap((s) => (s.valuesKey === undefined ? [] : [(0,request/* fillTemplate */.ou)(s.valuesKey, env.name, s.name)]));
    return (0,flux_values/* fluxValuesHome */.B7)(env.values, text, doc, keys, read, opts.cache);
}
/**
 * A service's pin in the fields that name it in `text`: in a Flux Kustomization, the
 * spec.postBuild.substitute variables of its flux-substitute (each one required); else the fields its
 * image-policy's markers name. Undefined when it has neither, or no marker of its policy is in the file
 * (its values-key or overlay entry is then the pin).
 */
function fieldsPin(text, file, document, service, flux, cache) {
    let fields = [];
    let key = '';
    if (flux && service.substitute !== undefined) {
        const { fields: found, missing, line } = (0,pin_fields/* substituteFields */.kL)(text, file, service.substitute, cache);
        if (found.length + missing.length === 0 || missing.length > 0)
            throw new errors/* UserError */.yo(missing.length > 0
                ? `spec.postBuild.substitute has no ${missing.join(', ')}, which flux-substitute of service '${service.name}' names`
                : `flux-substitute of service '${service.name}' names no variable`, {
                file,
                line,
                hint: `set ${missing[0] ?? 'IMAGE'}: "<value>" under spec.postBuild.substitute or in a ConfigMap of spec.postBuild.substituteFrom`,
            });
        [fields, key] = [found, `spec.postBuild.substitute ${found.map((f) => f.path[3]).join(', ')}`];
    }
    else if (service.imagePolicy !== undefined) {
        [fields, key] = [(0,pin_fields/* markerFields */.C9)(text, file, document, service.imagePolicy, cache), `$imagepolicy ${service.imagePolicy}`];
    }
    return fields.length === 0 ? undefined : pinOfFields(fields, file, key);
}
/** One service's pin spread over `fields` of `file`. */
function pinOfFields(fields, file, key) {
    const first = fields.find((f) => f.form === 'tag' || f.form === 'image') ?? fields[0];
    return { style: 'fields', file, key, path: first.path, line: first.line, ...(0,pin_fields/* readFields */.qU)(fields, file), fields };
}
/** The substituteFrom ConfigMap holding an environment's flux-substitute variables as its pins' place (flux-substitute-from.ts). */
function substitutePlace(sub, cache) {
    return {
        kind: 'overlay',
        file: sub.file,
        text: sub.text,
        home: sub.label,
        read(text, service) {
            const fields = sub.fields(text, service.substitute ?? {});
            return pinOfFields(fields, sub.file, `${sub.label} ${fields.map((f) => f.label.slice(sub.label.length + 1)).join(', ')}`);
        },
        write: (text, writes) => writes.length === 0 ? text : sub.write ? sub.write(text, writes) : (0,pins_pins/* setPins */.Rz)(text, writes, { document: sub.document, cache }).text,
        protectedProblems: () => [],
    };
}


/***/ }),

/***/ 22399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FX: () => (/* binding */ checksGreen),
  z: () => (/* binding */ planPromotion),
  U2: () => (/* binding */ readAfterPlan),
  Tc: () => (/* binding */ servicePin)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/text/bytes.ts
var bytes = __webpack_require__(29002);
// EXTERNAL MODULE: ./packages/core/src/text/parse-cache.ts
var parse_cache = __webpack_require__(9053);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/deploy/argocd/application.ts + 1 modules
var application = __webpack_require__(94689);
;// CONCATENATED MODULE: ./packages/core/src/promote/deployer-reads.ts
// Writes go where the deployer reads. A promotion into an environment with an
// Argo CD Application writes its pins into the environment's values file; Argo
// CD renders that file only where the Application names it: a `valueFiles`
// entry `$<ref>/<path>` (a multi-source Application's source of this
// repository), a plain entry beside a git source's `path:` (and the chart's
// own values.yaml there, which Helm reads unasked), or the Application's own
// file (inline values). A chart-repository source (`chart:` from a Helm
// repository or an OCI registry) reads its plain `valueFiles` inside the chart
// package Argo CD pulls: the file of this repository with the same name never
// reaches the cluster. Such a promotion is refused before anything is asked of
// a registry or written, at the line that makes it so, naming the layout that
// works.



/** The 1-based line of a valueFiles entry in the Application's text (the first line naming it after `valueFiles`), else `fallback`. */
function entryLine(text, entry, fallback) {
    const lines = text.split('\n');
    const from = lines.findIndex((l) => /\bvalueFiles\s*:/.test(l));
    if (from < 0)
        return fallback;
    const i = lines.findIndex((l, n) => n >= from && l.includes(entry));
    return i >= 0 ? i + 1 : fallback;
}
/**
 * Refuses a promotion whose pins' file the target's Application does not render (header). Nothing to say for an
 * environment without an Application, a Flux resource, or pins written into the Application's own file.
 */
function refuseUnreadPins(p) {
    const { rev, appText } = p;
    if (!rev || rev.flux || appText === undefined || external_node_path_.posix.normalize(p.file) === external_node_path_.posix.normalize(rev.file))
        return;
    const app = (0,application/* readApplication */.nZ)(appText, rev.file, rev.name, rev.chartPath ? [rev.chartPath] : []);
    const file = external_node_path_.posix.normalize(p.file);
    const places = (0,application/* valueFilePlaces */.aw)(app);
    // Helm reads a git source's own values.yaml unasked.
    const read = new Set([
        ...(app.path !== undefined ? [external_node_path_.posix.join(app.path, 'values.yaml')] : []),
        ...places.flatMap((v) => ('repo' in v ? [v.repo] : [])),
    ]);
    const inPackage = places.flatMap((v) => ('inPackage' in v ? [v.entry] : []));
    if (read.has(file))
        return;
    const multiSource = `a multi-source Application: the chart's source with valueFiles: [$values/${file}] beside a source of this repository with ref: values`;
    const packaged = inPackage.find((f) => external_node_path_.posix.basename(f) === external_node_path_.posix.basename(file)) ?? inPackage[0];
    if (packaged !== undefined)
        throw new src_errors/* UserError */.yo(`${p.environment}'s Application reads ${packaged} inside the chart package (a chart-repository source's valueFiles are read from the chart Argo CD pulls), so pins written to ${file} would never reach the cluster`, {
            file: rev.file,
            line: entryLine(appText, packaged, rev.line),
            hint: `make it ${multiSource}, so what the promotion writes is what Argo CD renders; nothing was written`,
        });
    const named = app.valueFiles.length > 0 ? `its valueFiles name ${app.valueFiles.join(', ')}` : 'it names no valueFiles';
    throw new src_errors/* UserError */.yo(`${p.environment}'s Application does not read ${file} (${named}), so pins written there would never reach the cluster`, {
        file: rev.file,
        line: app.valueFiles.length > 0 ? entryLine(appText, app.valueFiles[0], rev.line) : rev.line,
        hint: `name it in the Application's valueFiles (${app.path !== undefined ? external_node_path_.posix.relative(app.path, file) : `$values/${file}`}${app.path !== undefined ? '' : `, in ${multiSource}`}), or point the environment's values: at the file it reads; nothing was written`,
    });
}

// EXTERNAL MODULE: ./packages/core/src/registry/reference.ts
var reference = __webpack_require__(90908);
// EXTERNAL MODULE: ./packages/core/src/deploy/pins/pins.ts + 1 modules
var pins = __webpack_require__(49373);
// EXTERNAL MODULE: ./packages/core/src/promote/absent-pin.ts + 1 modules
var absent_pin = __webpack_require__(74372);
// EXTERNAL MODULE: ./packages/core/src/promote/place.ts + 2 modules
var promote_place = __webpack_require__(67479);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./packages/core/src/validate/kube.ts + 1 modules
var kube = __webpack_require__(35327);
// EXTERNAL MODULE: ./packages/core/src/validate/crd.ts
var crd = __webpack_require__(12535);
// EXTERNAL MODULE: ./packages/core/src/validate/validate.ts + 2 modules
var validate = __webpack_require__(84033);
// EXTERNAL MODULE: ./packages/core/src/yaml/read.ts
var read = __webpack_require__(64293);
// EXTERNAL MODULE: ./packages/core/src/yaml/plain-document.ts
var plain_document = __webpack_require__(88855);
;// CONCATENATED MODULE: ./packages/core/src/promote/flux-validate.ts
// The Flux resources a promotion edits (a HelmRelease's chart version or
// values, an OCIRepository's spec.ref, a Flux Kustomization's spec.images or
// substitute variables), validated as the merge leaves them against their
// kinds' schemas (@kubernetes-models/flux-cd, validate/kube.ts), before
// anything is written. Each finding names the file's line of the field and
// its path. A field the schema requires and the document leaves out is not a
// finding here: a file of the repository is often a kustomize patch carrying
// only what it changes, and the whole object is judged where it is rendered.
// The target's `validate` decides: error refuses, warn says each finding as a
// note of the plan, off skips it.








/**
 * Validates the Flux documents the edits changed in `files`; returns the notes
 * to say (warn mode), throws every finding at its file:line in error mode.
 */
async function validateFluxEdits(files, to, cache) {
    const mode = to.settings.validate;
    if (mode === 'off')
        return [];
    const edited = files.flatMap((f) => changedFluxDocuments(f, cache));
    if (edited.length === 0)
        return [];
    const hint = `fix the field in the file, or set validate: warn under ${to.name} in the config; nothing was written`;
    let schemas;
    try {
        // Only Flux's documents are validated here (changedFluxDocuments): Flux's kinds, no built-in one.
        schemas = { kube: await (0,kube/* fluxSchemas */.S7)(), crds: new crd/* CrdSchemas */.I() };
    }
    catch (e) {
        const why = `validate: ${to.name}: schema validation could not run: the Flux schemas did not load: ${e.message}`;
        if (mode === 'warn')
            return [why];
        throw new src_errors/* UserError */.yo(why, { file: edited[0].parsed.file, line: 1, hint });
    }
    const found = [];
    const unvalidated = [];
    for (const { parsed, doc } of edited) {
        const at = parsed.lineOf(doc.contents) ?? 1;
        let body;
        try {
            body = doc.toJS({ maxAliasCount: 100 });
        }
        catch (e) {
            found.push({ file: parsed.file, line: at, message: `the document cannot be read as data: ${e.message}` });
            continue;
        }
        const kind = String(body.kind ?? '');
        const label = `${kind} ${(0,read/* scalarText */.ws)((0,read/* mapValue */.IS)((0,read/* mapValue */.IS)(doc.contents, 'metadata'), 'name')) ?? ''}`.trim();
        const problems = (0,validate/* objectFindings */.aW)({ apiVersion: String(body.apiVersion), kind, body }, schemas);
        // A Flux API the package does not describe is said, not refused, as a rendered object of it is.
        if (problems === undefined)
            unvalidated.push(`validate: ${to.name}: ${parsed.file}:${at}: not validated: no schema for ${String(body.apiVersion)} ${kind}`);
        for (const p of problems ?? [])
            if (p.keyword !== 'required')
                found.push({ file: parsed.file, line: lineOfField(parsed, doc, p.at), message: `${label}: ${p.message}` });
    }
    if (found.length === 0)
        return unvalidated;
    found.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
    if (mode === 'warn')
        return [...found.map((f) => `validate: ${to.name}: ${f.file}:${f.line}: ${f.message}`), ...unvalidated];
    const errors = found.map((f) => new src_errors/* UserError */.yo(`validate: ${to.name}: ${f.message}`, { file: f.file, line: f.line, hint }));
    throw errors.length === 1 ? errors[0] : new src_errors/* UserErrors */.tQ(errors);
}
/** The Flux documents of a file whose text the edits changed (a document left as it was is not judged here). */
function changedFluxDocuments(f, cache) {
    if (f.after === undefined || f.before === f.after || !/\.ya?ml$/i.test(f.path))
        return [];
    // A single-document file's edit was checked on the parse its next readers share (edits/check.ts): that parse
    // lists the same documents as the multi-document kind would, so it is read, not made again (a 1,000-service
    // values file: ~150 ms and its garbage).
    const body = f.after.replace(/^\ufeff/, '');
    const parsed = cache?.peek(read/* YAML_DOCUMENT */.MQ, body, f.path);
    // A text js-yaml reads as the yaml package does is one document (yaml/plain-document.ts; the check of a values
    // file's edit read it so, into the same cache): without a Flux apiVersion at its top it holds no Flux document,
    // and the yaml package's tree of it is not composed.
    if (parsed === undefined) {
        const plain = (0,parse_cache/* parseWith */.K)(cache, plain_document/* PLAIN_DOCUMENT */.VE, body);
        if (plain !== undefined && !fluxObject(plain.data))
            return [];
    }
    const after = parsed ?? (0,parse_cache/* parseWith */.K)(cache, read/* YAML_DOCUMENTS */.FL, body, f.path);
    const flux = (after.documents ?? [after.doc]).flatMap((doc, i) => {
        const apiVersion = (0,read/* scalarText */.ws)((0,read/* mapValue */.IS)(doc.contents, 'apiVersion'));
        return apiVersion !== undefined && (0,kube/* isFluxApi */.CX)(apiVersion) && (0,dist/* isMap */.jh)(doc.contents) ? [{ doc, i }] : [];
    });
    if (flux.length === 0 || f.before === undefined)
        return flux.map(({ doc }) => ({ parsed: after, doc }));
    // The text before the edits was let go by the plan's cache: read once here, not kept.
    const before = (0,parse_cache/* parseWith */.K)(undefined, read/* YAML_DOCUMENTS */.FL, f.before.replace(/^\ufeff/, ''), f.path);
    const source = (p, d) => p.text.slice(d.range[0], d.range[1]);
    const was = (before.documents ?? [before.doc]).map((d) => source(before, d));
    return flux.filter(({ doc, i }) => was[i] !== source(after, doc)).map(({ doc }) => ({ parsed: after, doc }));
}
/** Data a document read as a mapping whose apiVersion is a Flux API (what the yaml tree's test below finds). */
function fluxObject(data) {
    if (data === null || typeof data !== 'object' || Array.isArray(data))
        return false;
    const apiVersion = data.apiVersion;
    return typeof apiVersion === 'string' && Object.hasOwn(data, 'apiVersion') && (0,kube/* isFluxApi */.CX)(apiVersion);
}
/** The line of the field at `at` in the document: its key's line, else the nearest enclosing field's. */
function lineOfField(parsed, doc, at) {
    let node = doc.contents;
    let line = parsed.lineOf(doc.contents) ?? 1;
    for (const key of at) {
        if (typeof key === 'number' && (0,dist/* isSeq */.oP)(node)) {
            node = node.items[key];
            line = parsed.lineOf(node) ?? line;
        }
        else if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === String(key));
            if (!pair)
                break;
            line = parsed.lineOf(pair.key) ?? line;
            node = pair.value;
        }
        else
            break;
    }
    return line;
}

// EXTERNAL MODULE: ./packages/core/src/promote/request.ts
var request = __webpack_require__(81871);
// EXTERNAL MODULE: ./packages/core/src/digests/file.ts
var digests_file = __webpack_require__(10029);
// EXTERNAL MODULE: ./packages/core/src/deploy/kind.ts + 4 modules
var kind = __webpack_require__(5459);
;// CONCATENATED MODULE: ./packages/core/src/promote/pin-source.ts
// Step 1 of a plan and its first check, before any network request: where the
// new pins come from (a digests file, a rollback ref, an explicit version, the
// source environment at the base) and whether a digests-file entry is the
// service's image.





/** Opens an environment's pin place at `at` with the run's parses. */
function placeOf(env, read, req, at, cache) {
    return (0,promote_place/* openPinPlace */.lj)(env, read, { charts: req.charts, at, configFile: req.configFile, cache, services: req.services });
}
/** A source environment's pin of a service: an overlay without an entry for it pins nothing to promote, said at its line. */
function sourcePin(place, service, env) {
    const pin = place.read(place.text, service);
    if (pin.style === 'overlay' && !pin.overlay?.entry)
        throw new src_errors/* UserError */.yo(`the overlay of ${env.name} has no images: entry for ${service.name} (${service.image ?? ''}), so it pins nothing to promote`, {
            file: pin.file,
            line: pin.line,
            hint: `add an images: entry with name: ${service.image ?? '<image>'}, newTag: and digest: there`,
        });
    return pin;
}
/**
 * Step 2b: one UserError per digests-file entry whose image is not the
 * service's — the config's `services.<name>.image`, else the repository the
 * target's values file writes — compared after normalising both names. An
 * entry without an image (other tools' files) is taken as the service's.
 */
function foreignDigestEntries(source, current, req, scope) {
    const errors = [];
    for (const [name, p] of source) {
        if (!p.entry || p.image === undefined)
            continue;
        const pin = current.get(name);
        const configured = scope.byName.get(name).image;
        // The config's image when it names one (a values file may pull through a mirror), else the values file's.
        const [want, where] = configured
            ? [configured, `services.${name}.image in ${req.configFile ?? 'the config'}`]
            : [pin.repository, `${pin.file}:${pin.line}`];
        const wantId = want === undefined ? undefined : (0,reference/* imageIdentity */.a)(want);
        if (wantId !== undefined && wantId !== (0,reference/* imageIdentity */.a)(p.image))
            errors.push(new src_errors/* UserError */.yo(`entry '${name}' is the image ${p.image.slice(0, 200)}, but ${name} is ${want} (${where})`, {
                file: p.entry.file,
                line: p.entry.line,
                hint: 'fix the digests file (each matrix job records its own service) or the config',
            }));
    }
    return errors;
}
/**
 * Step 1 of a plan, before any network request: the new pins, from the
 * digests file, the target's own pins at a rollback ref, an explicit
 * version, or the source environment's pins at the base branch (in that
 * order of precedence). Adds a note for digests-file services the config
 * does not list.
 */
async function readPinSource(req, route, world, scope, notes, cache) {
    const { to } = route;
    const { wanted } = scope;
    const pins = new Map();
    if (req.digests)
        return digestsFileSource(req, req.digests, world, scope, notes);
    if (req.from.kind === 'ref') {
        const commit = await world.resolveRef(req.from.ref);
        if (!commit)
            throw new src_errors/* UserError */.yo(`: ref ${req.from.ref} is not a commit or tag of the repository`, {
                input: 'from',
                hint: 'fetch it (fetch-depth: 0 or fetch-tags) or fix the ref',
                cliHint: 'fetch it (git fetch --tags origin) or fix the ref',
            });
        const at = (p) => world.readAt(commit, p);
        const place = await placeOf(to, at, req, `ref ${req.from.ref}`, cache);
        const rev = place.rev;
        for (const s of req.services) {
            if (!wanted(s.name))
                continue;
            const pin = sourcePin(place, s, to);
            pins.set(s.name, { tag: pin.tag, digest: pin.digest, image: pin.repository, verified: `${to.name} at ${req.from.ref}` });
        }
        const chartFrom = rev && !req.chartVersion ? rev.current || undefined : req.chartVersion;
        const chartDigest = rev && !req.chartVersion ? rev.digest : undefined;
        return { pins, label: `${to.name} as pinned at ${req.from.ref} (${commit.slice(0, 12)})`, chartFrom, chartDigest, commit };
    }
    if (req.version) {
        for (const s of req.services)
            if (wanted(s.name))
                pins.set(s.name, { tag: req.version });
        return { pins, label: `version ${req.version}`, chartFrom: req.chartVersion };
    }
    if (req.from.kind === 'env') {
        const from = route.from;
        const place = await placeOf(from, world.readBase, req, `the base branch ${req.base}`, cache);
        const rev = place.rev;
        let run;
        for (const s of req.services) {
            if (!wanted(s.name))
                continue;
            try {
                const pin = sourcePin(place, s, from);
                pins.set(s.name, { tag: pin.tag, digest: pin.digest, image: pin.repository, verified: from.name });
            }
            catch (e) {
                // A pin its place does not define (an image inline in the base, set by a patch): what the source's render runs.
                if (!(e instanceof src_errors/* UserError */.yo))
                    throw e;
                const found = await (run ??= world.renderedRun(from));
                const pin = 'pins' in found ? found.pins.get(s.name) : undefined;
                if (!pin)
                    throw e;
                pins.set(s.name, { tag: pin.tag, digest: pin.digest, image: pin.repository, verified: from.name });
                notes.push(`${s.name}: ${place.file} of ${from.name} pins no image of it; ${from.name} runs ${pin.image} (${pin.object}) by its render, which is promoted.`);
            }
        }
        const copied = rev && (0,kind/* deployerResource */.lq)(to) && !req.chartVersion;
        const chartFrom = copied ? rev.current || undefined : req.chartVersion;
        const chartDigest = copied ? rev.digest : undefined;
        return { pins, label: `${from.name} (its pins at ${req.base})`, chartFrom, chartDigest, ...(copied ? { chartOf: from.name } : {}) };
    }
    return { pins, label: req.chartVersion ? `chart-version ${req.chartVersion}` : 'nothing', chartFrom: req.chartVersion };
}
/** Step 1 from a digests file: each configured service's entry (those `only` names must be there); a note names the entries no service is. */
async function digestsFileSource(req, file, world, { byName, wanted }, notes) {
    const pins = new Map();
    const text = world.readLocal(file);
    if (text === undefined)
        throw new src_errors/* UserError */.yo(`: ${file} does not exist`, {
            input: 'digests',
            hint: 'download the capture-digests artifact before this step, or fix the path',
            cliHint: 'write it with lockstep digests first, or fix the path',
        });
    const entries = new Map(Object.entries(await (0,digests_file/* parseDigests */.fV)(text, file, 'promote')));
    const errors = [];
    for (const name of req.only)
        if (!entries.has(name))
            errors.push(new src_errors/* UserError */.yo(`the digests file has no entry for service '${name}'`, {
                file,
                line: 1,
                hint: `it holds ${[...entries.keys()].join(', ') || 'nothing'}`,
            }));
    (0,src_errors/* throwAll */.Kx)(errors);
    const ignored = [];
    for (const [name, e] of entries) {
        if (!byName.has(name)) {
            ignored.push(name);
            continue;
        }
        if (wanted(name))
            pins.set(name, {
                tag: e.tag,
                digest: e.digest,
                image: e.image,
                sha: e.sha,
                entry: { file, line: (0,digests_file/* lineOfKey */.nj)(text, name) },
            });
    }
    if (ignored.length > 0)
        notes.push(`The digests file also names ${ignored.join(', ')}, which the config does not list; left alone.`);
    if (pins.size === 0)
        throw new src_errors/* UserError */.yo(`the digests file names no configured service`, {
            file,
            line: 1,
            hint: `configured services: ${[...byName.keys()].join(', ')}`,
        });
    return { pins, label: `digests file ${file}`, chartFrom: req.chartVersion };
}

// EXTERNAL MODULE: ./packages/core/node_modules/semver/index.js
var semver = __webpack_require__(69730);
// EXTERNAL MODULE: ./packages/core/src/charts/exact-revision.ts
var exact_revision = __webpack_require__(63068);
// EXTERNAL MODULE: ./packages/core/src/deploy/flux/flux.ts
var flux = __webpack_require__(29674);
;// CONCATENATED MODULE: ./packages/core/src/promote/ran-before.ts
// Promote from a recorded verdict (issue 75 item 4): a digest the source environment no longer runs (a busy
// dev moved on, a weekly prod is promoted from last week's staging) stays promotable when the source ran it,
// read from the base branch's first-parent history of the source's pin file: the commit that landed it there,
// when, and — with require-checks — those checks on that commit, read from GitHub. Green: verified, naming the
// landing; not green: refused, naming the check; never ran there: refused as before. Nothing comes from a runner's
// cache, so a lost cache changes nothing.




/** Commits of the source's history read at most, newest first, looking for the pin. */
const HISTORY_LOOKED_AT = 200;
/** When and where the source received a pin it no longer runs, or undefined when its history at hand never had it. */
async function landing({ name, pin, env, req, world, scope, cache }) {
    const { entries } = await world.fileHistory(await (0,promote_place/* pinPaths */.ID)(env, world.readBase));
    let found;
    for (const entry of entries.slice(0, HISTORY_LOOKED_AT)) {
        const at = await placeOf(env, (p) => world.readAt(entry.sha, p), req, `commit ${entry.sha.slice(0, 12)}`, cache).catch(() => undefined);
        const there = at?.read(at.text, scope.byName.get(name));
        const same = there !== undefined && (pin.digest ? there.digest === pin.digest : there.tag === pin.tag);
        // The oldest commit of the newest run that pins it: the one that landed it.
        if (same)
            found = entry;
        else if (found)
            break;
    }
    return found;
}
/**
 * The verdict on a pin the source does not run now: `verified` set (naming the landing, and the checks read there)
 * when it ran there with require-checks green on its landing commit; else the UserError refusing it (`notNow` when
 * it never ran there).
 */
async function ranBefore(v, notNow) {
    const { name, pin, env, req, world } = v;
    const landed = await landing(v);
    if (!landed)
        return notNow;
    const when = new Date(landed.time).toISOString().slice(0, 16).replace('T', ' ');
    const ran = `ran in ${env.name} from ${landed.sha.slice(0, 12)} (${when} UTC)`;
    if (req.requireChecks.length === 0) {
        pin.verified = `${env.name} (${ran.slice(`ran in ${env.name} `.length)}; no require-checks read)`;
        return undefined;
    }
    if (!world.checkStates)
        return new src_errors/* UserError */.yo(`${name}: ${what(pin)} ${ran}; its require-checks cannot be read without a GitHub token`, {
            hint: (0,src_errors/* words */.aL) `give ${(0,src_errors/* setting */.Pe)('github-token')} (checks: read)`,
        });
    const states = await world.checkStates(landed.sha, req.requireChecks);
    const red = states.filter((s) => s.state !== 'success');
    if (red.length > 0)
        return new src_errors/* UserError */.yo(`${name}: ${what(pin)} ${ran}, but ${red.map((s) => `${s.name} is ${s.state}`).join(', ')} on that commit`, {
            hint: (0,src_errors/* words */.aL) `promote a pin whose landing in ${env.name} passed ${req.requireChecks.join(', ')}`,
        });
    pin.verified = `${env.name} (${ran.slice(`ran in ${env.name} `.length)}; ${req.requireChecks.join(', ')} green there)`;
    return undefined;
}
const what = (pin) => (pin.digest ? (0,pins/* shortDigest */.VK)(pin.digest) : `tag ${pin.tag}`);

;// CONCATENATED MODULE: ./packages/core/src/promote/plan-checks.ts
// The plan's checks after its source is read: tags resolved to digests
// through the registry, `verify:` policies, verify-source, a protected
// target's pins and chart version, and require-checks.









/** Step 3: each new pin without a digest, refused at the protected target's line (resolve-digests is off). */
function bareTagsInProtected(source, current, to) {
    return [...source]
        .filter(([, p]) => !p.digest)
        .map(([name]) => {
        const pin = current.get(name);
        return new src_errors/* UserError */.yo(`${name}: a tag without a digest cannot be promoted into the protected environment ${to.name}`, {
            file: pin.file,
            line: pin.line,
            hint: (0,src_errors/* words */.aL) `${(0,src_errors/* setting */.Pe)('resolve-digests', 'true')} (the default for protected environments) or promote from a digests file`,
        });
    });
}
/**
 * Step 4: each pin with a tag and no digest gets the digest the registry
 * has for that tag (lookups in parallel). The image is the config's, the
 * source's, or the target's repository, in that order; every failure is
 * collected and thrown together.
 */
async function resolveMissingDigests(source, current, req, world, scope) {
    const lookups = [...source].filter(([, p]) => !p.digest && p.tag);
    const errors = [];
    await Promise.all(lookups.map(async ([name, p]) => {
        const image = scope.byName.get(name).image ?? p.image ?? current.get(name).repository;
        if (!image) {
            errors.push(new src_errors/* UserError */.yo(`${name}: no image repository is known, so ${p.tag} cannot be resolved to a digest`, {
                file: req.configFile,
                hint: `set services.${name}.image in the config`,
            }));
            return;
        }
        const ref = serviceReference(name, image, p.tag, req, errors);
        if (!ref)
            return;
        try {
            p.digest = await world.resolveDigest(ref, name);
        }
        catch (e) {
            if (e instanceof src_errors/* UserError */.yo)
                errors.push(e);
            else
                throw e;
        }
    }));
    (0,src_errors/* throwAll */.Kx)(errors);
}
/**
 * A service's image repository (any tag or digest on it dropped), with `tag`
 * when given, as a reference; a repository that does not parse is the
 * config's error, added to `errors` (undefined then).
 */
function serviceReference(name, image, tag, req, errors) {
    const repository = image.replace(/@.*$/, '').replace(/:[^/:]*$/, '');
    try {
        return (0,reference/* parseReference */.F2)(tag === undefined ? repository : `${repository}:${tag}`);
    }
    catch (e) {
        if (!(e instanceof reference/* InvalidReference */.ft))
            throw e;
        errors.push(new src_errors/* UserError */.yo(`${name}: ${e.message}`, { file: req.configFile, hint: 'services.<name>.image is registry/repository without a tag' }));
        return undefined;
    }
}
/**
 * Step 4b: each new pin of a service with a `verify:` policy, whose digest
 * the target does not pin already, checked against it (in parallel). A pin
 * without a digest cannot be verified and is refused; every refusal is
 * collected and thrown together, before anything is written.
 */
async function verifyNewDigests(source, current, req, world, scope) {
    const out = new Map();
    const errors = [];
    // Only the services with a policy whose pin changes are checked (a fleet's status plans 99 pairs of 300 services, mostly without one).
    const checked = [...source].filter(([name, p]) => scope.byName.get(name)?.verify && !(0,pins/* pinMatches */.ZW)(current.get(name), p));
    await Promise.all(checked.map(async ([name, p]) => {
        const policy = scope.byName.get(name).verify;
        const pin = current.get(name);
        const image = scope.byName.get(name).image ?? p.image ?? pin.repository;
        if (!p.digest || !image) {
            errors.push(new src_errors/* UserError */.yo(`${name}: ${p.digest ? 'no image repository is known' : `tag ${p.tag ?? '—'} has no digest`}, so it cannot be verified as verify: requires`, {
                file: req.configFile,
                hint: p.digest
                    ? `set services.${name}.image in the config`
                    : (0,src_errors/* words */.aL) `promote from a digests file, or ${(0,src_errors/* setting */.Pe)('resolve-digests', 'true')}`,
            }));
            return;
        }
        const ref = serviceReference(name, image, undefined, req, errors);
        if (!ref)
            return;
        try {
            out.set(name, await world.verifyDigest(name, ref, p.digest, policy));
        }
        catch (e) {
            if (e instanceof src_errors/* UserError */.yo)
                errors.push(e);
            else
                throw e;
        }
    }));
    (0,src_errors/* throwAll */.Kx)(errors);
    return out;
}
/**
 * Step 5, verify-source: every new pin must be what `verifyEnv` runs now
 * (by digest, or by tag without one). Copying from that environment at the
 * base needs no check; with verify-source off each pin says so.
 */
async function verifyInSource(source, verifyEnv, req, world, scope, baseLabel, cache) {
    const needsCheck = req.verifySource && !(req.from.kind === 'env' && !req.digests && !req.version);
    const src = needsCheck ? await placeOf(verifyEnv, world.readBase, req, baseLabel, cache) : undefined;
    const errors = [];
    for (const [name, p] of source) {
        if (!needsCheck) {
            p.verified ??= req.verifySource ? verifyEnv.name : 'not verified (verify-source: false)';
            continue;
        }
        const there = src.read(src.text, scope.byName.get(name));
        const same = p.digest ? there.digest === p.digest : there.tag === p.tag;
        const never = new src_errors/* UserError */.yo(`${name}: ${p.digest ? (0,pins/* shortDigest */.VK)(p.digest) : `tag ${p.tag}`} is not what ${verifyEnv.name} runs now (${there.digest ? (0,pins/* shortDigest */.VK)(there.digest) : `tag ${there.tag ?? 'none'}`}); it never ran there`, { file: there.file, line: there.line, hint: (0,src_errors/* words */.aL) `promote it into ${verifyEnv.name} first, or ${(0,src_errors/* setting */.Pe)('verify-source', 'false')}` });
        // Not what it runs now: what it ran, read from its history (ran-before.ts), may still be promoted.
        const refused = same ? undefined : await ranBefore({ name, pin: p, env: verifyEnv, req, world, scope, cache }, never);
        if (refused)
            errors.push(refused);
        else if (same)
            p.verified = verifyEnv.name;
    }
    (0,src_errors/* throwAll */.Kx)(errors);
}
/** Step 7: in the protected target's pins after the edit, every promoted service pinned by a sha256 digest, and (a plain values file, an overlay) every image pinned. */
function unpinnedInProtected(after, to, services, scope, place, others) {
    const errors = [];
    for (const name of services) {
        const pin = place.read(after, scope.byName.get(name), others);
        if (!pin.digest || !/^sha256:[0-9a-f]{64}$/.test(pin.digest))
            errors.push(new src_errors/* UserError */.yo(`${name} would not be pinned by a sha256 digest in the protected environment ${to.name}`, {
                file: pin.style === 'fields' ? pin.file : place.file,
                line: pin.line,
                hint: (0,src_errors/* words */.aL) `promote from a digests file or with ${(0,src_errors/* named */.KT)('resolve-digests', 'true')}`,
            }));
    }
    // Image automation markers beside the overlay (marker-files.ts), at their edited texts.
    const beside = others && place.markers
        ? place.markers.problems(services.map((n) => scope.byName.get(n)), others)
        : [];
    for (const problem of [...place.protectedProblems(after), ...beside])
        errors.push(new src_errors/* UserError */.yo(problem.message, { file: problem.file, line: problem.line, hint: problem.hint }));
    return errors;
}
/** Step 7b: the chart source the promotion edits (or keeps), refused at its line when its targetRevision is not one exact version. */
function inexactInProtected(appText, rev) {
    // A Flux resource is read again from the edited text: a digest written there makes a semver beside it exact.
    // A version read where the promotion does not write it (a base, a chart's Chart.yaml) is judged as read.
    if (rev.flux && rev.fixed !== undefined)
        return [(0,flux/* inexactFluxChart */.KJ)({ ...rev, flux: rev.flux })].filter((e) => e !== undefined);
    if (rev.flux)
        return [(0,flux/* inexactFluxChart */.KJ)((0,flux/* fluxChartRevision */.R7)(appText, rev.file, rev.name) ?? rev)].filter((e) => e !== undefined);
    return (0,exact_revision/* inexactRevisions */.Dp)(appText, rev.file)
        .filter((p) => p.line === rev.line)
        .map((p) => new src_errors/* UserError */.yo(p.message, { file: p.file, line: p.line, hint: p.hint }));
}
/**
 * Step 8, require-checks: the named checks' states on the commits the new
 * pins came from (build shas, else the rollback ref's commit, else the last
 * commit that changed the source environment's values).
 */
async function requiredChecks(req, world, changes, refCommit, verifyEnv) {
    const commits = new Set();
    for (const c of changes)
        if (c.sourceCommit)
            commits.add(c.sourceCommit);
    if (commits.size === 0 && refCommit)
        commits.add(refCommit);
    if (commits.size === 0 && verifyEnv) {
        const last = await world.lastCommit(await (0,promote_place/* pinPaths */.ID)(verifyEnv, world.readBase));
        if (last)
            commits.add(last);
    }
    if (commits.size === 0)
        throw new src_errors/* UserError */.yo('require-checks is set but no source commit is known', {
            hint: 'promote from an environment or a digests file with sha',
        });
    if (!world.checkStates)
        throw new Error('require-checks needs a GitHub client');
    const checks = [];
    for (const sha of commits)
        checks.push({ sha, states: await world.checkStates(sha, req.requireChecks) });
    return checks;
}
/**
 * Step 6a: a chart version copied from the source environment that is a range (`6.x`, `>=6 <7`), not one version, is
 * not written over a different one: which versions the target may run would change with no version reviewed. Refused
 * at the target's version line, naming both; an explicit chart-version (one exact version) goes through.
 */
function rangeOverRange(source, rev, to) {
    const { chartFrom, chartOf } = source;
    if (!rev || chartFrom === undefined || chartOf === undefined || rev.current === chartFrom || (0,semver.valid)(chartFrom) !== null)
        return undefined;
    return new src_errors/* UserError */.yo(`${chartOf}'s chart version is the range "${chartFrom}", not one version: copying it over ${to}'s "${rev.current}" would change which versions ${to} may run, with none reviewed`, {
        file: rev.file,
        line: rev.line,
        hint: (0,src_errors/* words */.aL) `${(0,src_errors/* setting */.Pe)('chart-version')} to one exact version (the one ${chartOf} runs), or write the range in ${rev.file} yourself; nothing was written`,
    });
}

// EXTERNAL MODULE: ./packages/core/src/promote/registry-copy.ts
var registry_copy = __webpack_require__(43005);
;// CONCATENATED MODULE: ./packages/core/src/promote/plan.ts
// Plans one promotion in memory: where the new pins come from (a digests file,
// the source environment's pins at the base branch, an explicit version, or the
// target's own pins at a git ref for a rollback), which services they change,
// the byte-minimal edits of the target's values file and Application, and the
// gates (verify-source, protected pins, require-checks). Nothing here writes.














/** The repository as the plan leaves it: a file the plan edits as edited, any other as `readBase` (the base commit) gives it. */
function readAfterPlan(plan, readBase) {
    return async (path) => plan.files.find((f) => f.path === path)?.after ?? (await readBase(path));
}
/**
 * Plans the promotion `req` along `route` on the base commit. Every input
 * problem is a UserError (file:line where there is one) raised before any
 * registry or GitHub request; registry lookups come next, then the gates.
 * `cache` holds the run's parses: each values file is parsed once for all its
 * services, and a plan made again on a moved base reuses what did not change.
 * It reads the source's and the target's files (and the environment before
 * the target for verify-source), no other environment's. With `edit` false
 * (lockstep status, which shows what would change, not the edited files) the
 * target's files are not edited: the plan has its changes and no files, and
 * only the refusals of a pin's edit that need no parse of the file are said.
 */
async function planPromotion(req, route, world, cache = new parse_cache/* ParseCache */.i(), edit = true) {
    const { to } = route;
    const notes = [];
    const baseLabel = `the base branch ${req.base}`;
    const only = new Set(req.only);
    const scope = {
        byName: new Map(req.services.map((s) => [s.name, s])),
        wanted: (name) => only.size === 0 || only.has(name),
    };
    const verifyEnv = req.from.kind === 'env' ? route.from : req.from.kind === 'none' ? route.before : undefined;
    // 1. Where the new pins come from (no network yet).
    const pinSource = await readPinSource(req, route, world, scope, notes, cache);
    const source = pinSource.pins;
    // 2. What the target pins now, and what its render runs for a service its place pins nothing of (the table's old side).
    const target = await placeOf(to, world.readBase, req, baseLabel, cache);
    const wantedHere = [...source.keys()].map((n) => scope.byName.get(n));
    const current = await (0,absent_pin/* targetPins */.kx)(target, wantedHere, to, world.readBase, cache); // a key its chart sets: absent-pin.ts
    const running = await runningNow(current, route, world, notes, target.file);
    // 2a. The pins go where the deployer reads: a file the target's Application does not render is refused (deployer-reads.ts).
    if (edit)
        refuseUnreadPins({ environment: to.name, file: target.file, rev: target.rev, appText: target.appText });
    // 2b. A digests-file entry must be the service's image: a matrix mix-up would otherwise be pinned and promoted onward.
    (0,src_errors/* throwAll */.Kx)(foreignDigestEntries(source, current, req, scope));
    // 3. A protected target never takes a bare tag: without resolve-digests that is an input error, found before any lookup.
    const resolve = (0,request/* mustResolve */.iE)(req, to);
    if (to.protected && !resolve)
        (0,src_errors/* throwAll */.Kx)(bareTagsInProtected(source, current, to));
    // 4. Tags to digests through the registry, for pins that lack one.
    if (resolve)
        await resolveMissingDigests(source, current, req, world, scope);
    // 4b. verify: a service with a policy gets no digest pinned that its signature or attestation does not vouch for.
    const verified = await verifyNewDigests(source, current, req, world, scope);
    for (const [name, p] of source) {
        const optOut = scope.byName.get(name)?.verifyOptOut;
        if (optOut && !(0,pins/* pinMatches */.ZW)(current.get(name), p))
            notes.push(`${name}: pinned unverified: its verify: {} (${optOut}) turns the top-level verify: policy off for it.`);
    }
    // 5. verify-source: the digest must run in the source environment now.
    if (verifyEnv && req.from.kind !== 'ref')
        await verifyInSource(source, verifyEnv, req, world, scope, baseLabel, cache);
    // 6. The edits, file by file, and what changes.
    const state = { target, current, running, verified, scope, notes, edit };
    const { changes, unchanged, chart, texts } = editTarget(req, route, pinSource, state, cache);
    const files = [...texts]
        .filter(([, t]) => t.after !== t.before)
        .map(([path, t]) => ({ path, before: t.before, after: t.after }));
    // Each edit is checked: no step after this one reads a file as it was before its edit (the side-by-side
    // table, the protected-target checks and values-drift read the edited text), so its parse is let go — at 500 services
    // the target's values are a ~4 MB document the rest of the run need not hold.
    for (const t of texts.values())
        if (t.after !== t.before)
            cache.forget((0,bytes/* stripBom */.F8)(t.before));
    // 7. A protected target ends with every image pinned by digest.
    if (to.protected && files.length > 0) {
        const after = new Map(files.map((f) => [f.path, f.after]));
        (0,src_errors/* throwAll */.Kx)(unpinnedInProtected(texts.get(target.file)?.after ?? target.text, to, [...source.keys()], scope, target, after));
    }
    // 7b. …and its Application pins one exact chart version (not `*`, a range, a branch or HEAD).
    if (to.protected && files.length > 0 && target.rev)
        (0,src_errors/* throwAll */.Kx)(inexactInProtected(texts.get(target.rev.file)?.after ?? target.appText, target.rev));
    // 7c. The Flux resources the edits changed, against their kinds' schemas (validate).
    if (files.length > 0)
        notes.push(...(await validateFluxEdits(files, to, cache)));
    // 8. require-checks on the commit the source pins came from.
    const writes = files.length > 0 || (!edit && (changes.length > 0 || chart !== undefined));
    const checks = req.requireChecks.length > 0 && writes ? await requiredChecks(req, world, changes, pinSource.commit, verifyEnv) : [];
    return { changes, chart, files, services: [...source.keys()], unchanged, sourceLabel: pinSource.label, checks, notes };
}
/** Step 6: each service's change (or that it already matches), and the target's files edited (before and after). */
function editTarget(req, route, { pins: source, chartFrom, chartDigest, chartOf, commit: checkCommit }, { target, current, running, verified, scope, notes, edit: editing }, cache) {
    const texts = new Map();
    const edit = (file, before, fn) => {
        const entry = texts.get(file) ?? { before, after: before };
        entry.after = fn(entry.after);
        texts.set(file, entry);
    };
    const changes = [];
    const unchanged = [];
    const pinEdits = [];
    for (const [name, p] of source) {
        const pin = current.get(name);
        // The repository the new digest lives in: the source's (what runs there, or what was built), else the config's.
        const repository = p.image ?? scope.byName.get(name).image;
        if (repository !== undefined && p.digest !== undefined)
            p.repository = (0,reference/* imageRepository */.an)(repository);
        // A target with registry: pins the copy there, the path kept (registry-copy.ts); the digest is the same.
        const moved = (0,registry_copy/* copyTarget */.nx)(repository, route.to);
        if (moved && p.digest !== undefined)
            p.repository = moved.to;
        if ((0,pins/* repositoryMoves */.Ro)(pin, p))
            notes.push(`${name}: the image moves from ${pin.repository} to ${p.repository} (${pin.file}:${pin.line}); the repository is written with the digest.`);
        if ((0,pins/* pinMatches */.ZW)(pin, p)) {
            unchanged.push(name);
            continue;
        }
        const copy = (0,registry_copy/* plannedCopy */.yg)(name, p, pin, route, req, repository);
        pinEdits.push({ service: scope.byName.get(name), pin, target: p });
        changes.push({
            service: name,
            file: pin.style === 'fields' ? pin.file : target.file,
            line: pin.line,
            oldTag: pin.tag ?? running.get(name)?.tag,
            newTag: p.tag ?? pin.tag,
            oldDigest: pin.digest ?? running.get(name)?.digest,
            newDigest: p.digest,
            verified: p.verified ?? (route.before === undefined ? 'first environment' : 'not verified'),
            sourceCommit: p.sha ?? (req.from.kind === 'ref' ? checkCommit : undefined),
            ...(verified.has(name) ? { verifiedBy: verified.get(name).by } : {}),
            ...(verified.get(name)?.sourceCommit ? { provenanceCommit: verified.get(name).sourceCommit } : {}),
            ...(pin.tag === undefined && pin.digest === undefined ? { added: true } : {}),
            ...(copy ? { copy } : {}),
        });
    }
    if (pinEdits.length > 0 && editing) {
        edit(target.file, target.text, (t) => target.write(t, pinEdits));
        // Image automation markers beside the overlay take the same pins (marker-files.ts).
        for (const [path, t] of target.markers?.edits(pinEdits) ?? [])
            edit(path, t.before, () => t.after);
        notes.push(...(target.markers?.notes ?? []));
    }
    else if (target.kind === 'values')
        (0,pins/* checkPinWrites */.UY)(pinEdits);
    const rev = target.rev;
    if (chartFrom === undefined || !rev || (rev.current === chartFrom && rev.digest === chartDigest))
        return { changes, unchanged, texts };
    const range = rangeOverRange({ chartFrom, chartOf }, rev, route.to.name);
    if (range)
        throw range;
    if (rev.fixed !== undefined)
        throw new src_errors/* UserError */.yo(`cannot move ${route.to.name}'s chart ${rev.current || '(no version)'} → ${chartFrom}${chartOf ? ` (${chartOf}'s)` : ''}: ${rev.fixed}`, {
            file: rev.file,
            line: rev.line,
            hint: "pin the chart version in the environment's own HelmRelease (spec.chart.spec.version in its patch), or promote images only with the same chart",
        });
    if (editing)
        edit(rev.file, target.appText, (t) => (0,application/* setChartRevision */.u6)(t, rev, chartFrom, cache, chartDigest));
    const chart = {
        file: rev.file,
        line: rev.line,
        application: rev.name,
        ...(rev.chart ? { chart: rev.chart } : {}),
        ...(rev.chartPath ? { chartPath: rev.chartPath } : {}),
        old: rev.current,
        new: chartFrom,
    };
    return { changes, unchanged, chart, texts };
}
/**
 * What the target runs, by its render, for each service its pin place does not define (an image inline in a base,
 * set by a patch): the table's old side, said in a note with where the promotion writes the pin instead.
 */
async function runningNow(current, { to }, world, notes, file) {
    const out = new Map();
    const undefinedHere = [...current].filter(([, pin]) => pin.tag === undefined && pin.digest === undefined);
    if (undefinedHere.length === 0)
        return out;
    const run = await world.renderedRun(to);
    for (const [name] of undefinedHere) {
        const pin = 'pins' in run ? run.pins.get(name) : undefined;
        if (pin)
            out.set(name, pin);
        notes.push(pin
            ? `${name}: ${file} of ${to.name} pins no image of it; ${to.name} runs ${pin.image} (${pin.object}) by its render, and the pin is written in ${file}.`
            : `${name}: ${file} of ${to.name} pins no image of it, and its render ${'unrendered' in run ? `cannot be had (${run.unrendered})` : 'runs none'}; the pin is written in ${file}.`);
    }
    return out;
}
/** True when every required check passed. */
function checksGreen(plan) {
    return plan.checks.every((c) => c.states.every((s) => s.state === 'success'));
}
/**
 * One service's pin in an environment, read from the files `read` gives (the
 * base, or a commit of the file's history for soak time); undefined where the
 * file or the pin cannot be read.
 */
async function servicePin(req, env, service, read, cache) {
    const s = req.services.find((x) => x.name === service);
    if (!s)
        return undefined;
    try {
        const place = await (0,promote_place/* openPinPlace */.lj)(env, read, {
            charts: req.charts,
            at: 'that commit',
            configFile: req.configFile,
            cache,
            optional: true,
            services: req.services,
        });
        return place?.read(place.text, s);
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 69256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ PromotionBranch)
/* harmony export */ });
// The branch a promotion into an environment is published on (`promote/<environment>`), its pull
// request's head: named here once, for the run that pushes it, break-glass's label lookup and
// notify-pulls' reading of a merged promotion.
const PREFIX = 'promote/';
/** The promotion branch's name, read both ways. */
const PromotionBranch = {
    /** The branch a promotion into `environment` is published on. */
    of: (environment) => `${PREFIX}${environment}`,
    /** Whether `branch` is a promotion branch. */
    is: (branch) => branch?.startsWith(PREFIX) ?? false,
    /** The environment a promotion branch promotes into. */
    environment: (branch) => branch.slice(PREFIX.length),
};


/***/ }),

/***/ 43005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _K: () => (/* binding */ copyPlannedImages),
/* harmony export */   nx: () => (/* binding */ copyTarget),
/* harmony export */   yg: () => (/* binding */ plannedCopy)
/* harmony export */ });
/* unused harmony export copiesOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _deploy_pins_pins_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49373);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90908);
// A promotion into an environment with `registry:` (its images live in another registry than its source's):
// which pins need their image copied there, where to, and the refusals before anything is read from a
// registry — the plan's side (planned in plan.ts step 6). The copy itself runs after the gates and before
// the commit (operations/promote/run.ts → copyPlannedImages), through the registry port (registry-port.ts).



/** The repository `repository` is in the environment's registry (the path kept), or undefined when it is there already or `to` names none. */
function copyTarget(repository, to) {
    if (!to.registry || repository === undefined)
        return undefined;
    let parsed;
    try {
        parsed = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)((0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .imageRepository */ .an)(repository));
    }
    catch {
        return undefined; // an unreadable repository is the pin's own error, said where the pin is read
    }
    if (parsed.registry === to.registry)
        return undefined;
    return { from: `${parsed.registry}/${parsed.repository}`, to: `${to.registry}/${parsed.repository}` };
}
/** Where the environment's `registry:` is written, for errors about it. */
function at(req, to) {
    return { ...(req.configFile ? { file: req.configFile } : {}), ...(to.registryLine ? { line: to.registryLine } : {}) };
}
/**
 * The copy a changed pin needs, or why it cannot have one: a tag without a digest (a copy is by digest), a
 * digest the source environment neither runs nor ran (p.verified names it only then: verify-source, or the
 * source's own pin), or a target pin whose repository the file does not write (the deployer would pull the
 * chart's default, not the copy).
 */
function plannedCopy(name, p, pin, route, req, repository) {
    const { to } = route;
    const target = copyTarget(repository, to);
    if (!target) {
        if (to.registry && repository === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${name}: no image repository is known, so it cannot be copied to ${to.registry}`, {
                ...at(req, to),
                hint: `set services.${name}.image in the config`,
            });
        return undefined;
    }
    if (p.digest === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${name}: tag ${p.tag ?? '—'} has no digest; ${to.name}'s registry: ${to.registry} takes images copied by digest`, {
            ...at(req, to),
            hint: 'promote a digest (resolve-digests: true, or a source environment that pins one)',
        });
    const source = route.from ?? route.before;
    const ran = source !== undefined && (p.verified === source.name || p.verified?.startsWith(`${source.name} (`) === true);
    if (!ran)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${name}: ${(0,_deploy_pins_pins_js__WEBPACK_IMPORTED_MODULE_1__/* .shortDigest */ .VK)(p.digest)} is not a digest ${source?.name ?? 'a source environment'} runs; lockstep copies into ${to.registry} only what the source environment ran`, { ...at(req, to), hint: `promote from ${source?.name ?? 'the environment before'} with verify-source: true` });
    if (pin.repository === undefined && (pin.tag !== undefined || pin.digest !== undefined))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${name}: ${to.name} pins no repository here, so the copy in ${to.registry} would not be what its deployer pulls`, {
            file: pin.file,
            line: pin.line,
            hint: `write the image's repository (${target.to}) beside its tag and digest`,
        });
    return { ...target, digest: p.digest };
}
/** The copies a plan needs, each once (two services of one image share its copy). */
function copiesOf(changes) {
    const seen = new Map();
    for (const c of changes)
        if (c.copy)
            seen.set(`${c.copy.from}@${c.copy.digest}→${c.copy.to}`, c.copy);
    return [...seen.values()];
}
/**
 * Carries every image the plan copies into the target's registry, or in a dry run says what it would carry; then
 * each copied pin of a service with a `verify:` policy is verified again where it will be pulled from, the
 * target's registry (its signature or attestation must have come along). The lines are the run's notes. A
 * refusal (a registry's answer, a bound, a verification) is a UserError naming the image and the registry:
 * nothing has been committed or pushed yet, and nothing will be.
 */
async function copyPlannedImages(req, changes, route, world, dryRun) {
    const notes = [];
    for (const c of copiesOf(changes)) {
        const r = await world.copyImage(c.from, c.to, c.digest, dryRun);
        const what = `${r.manifests} manifest${r.manifests === 1 ? '' : 's'}, ${r.blobs} blob${r.blobs === 1 ? '' : 's'} (${r.bytes} bytes), ${r.referrers} referrer${r.referrers === 1 ? '' : 's'}${r.tags.length ? `, tags ${r.tags.join(', ')}` : ''}`;
        notes.push(dryRun
            ? `Would copy ${c.from}@${c.digest} to ${c.to} for ${route.to.name} (${what}); a dry run copies nothing.`
            : `Copied ${c.from}@${c.digest} to ${c.to} (${what}; ${r.sent} blob${r.sent === 1 ? '' : 's'} sent), read back by digest before pinning.`);
    }
    if (dryRun)
        return notes;
    for (const change of changes) {
        const policy = req.services.find((s) => s.name === change.service)?.verify;
        if (!change.copy || !policy)
            continue;
        const v = await world.verifyDigest(change.service, (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(change.copy.to), change.copy.digest, policy);
        notes.push(`${change.service}: verified in ${route.to.registry}: ${v.by.join('; ')}.`);
    }
    return notes;
}


/***/ }),

/***/ 81871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QF: () => (/* binding */ checkRoute),
/* harmony export */   bH: () => (/* binding */ targetNamed),
/* harmony export */   eo: () => (/* binding */ readOnlyPromoteInputs),
/* harmony export */   iE: () => (/* binding */ mustResolve),
/* harmony export */   ou: () => (/* binding */ fillTemplate),
/* harmony export */   qC: () => (/* binding */ LAID_OUT),
/* harmony export */   sA: () => (/* binding */ looksLikeSha),
/* harmony export */   uK: () => (/* binding */ parseFrom)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _text_suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24619);
/* harmony import */ var _settings_read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38807);
/* harmony import */ var _settings_table_promote_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20882);
/* harmony import */ var _environment_settings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(89549);
/* harmony import */ var _publish_branch_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(69256);
/* harmony import */ var _graph_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(17098);
/* harmony import */ var _deploy_kind_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5459);
// What a promotion asks for, as plain data, and the rules checked on it before
// anything is read from git, a registry or GitHub: known environments, adjacent
// steps only (unless allow-skip), known services, a well-formed `ref:` source,
// no direct push into a protected environment.








/**
 * The inputs a request does not carry as given: what the layout, the source and the session resolve
 * (environments, services, from, base). The config-backed settings are not carried as given either:
 * the request holds them resolved in `settings` and `settingsByEnvironment` (their names are the table's).
 */
const LAID_OUT = [
    'workingDirectory',
    'config',
    'from',
    'environments',
    'services',
    'valuesFile',
    'valuesKey',
    'record',
    'base',
];
/**
 * The promote inputs of a command that only reads what runs where (`lockstep
 * status`, `lockstep metrics`): where the environments and services are, and
 * every promotion setting at its read-only value (a dry run, nothing pushed,
 * no gate asked about), so the session they open writes nothing.
 */
function readOnlyPromoteInputs(where) {
    const { record: _record, ...defaults } = (0,_settings_read_js__WEBPACK_IMPORTED_MODULE_2__/* .defaultsOf */ .Gf)(_settings_table_promote_js__WEBPACK_IMPORTED_MODULE_3__/* .PROMOTE */ .R);
    return { ...defaults, ...where, to: '', labels: [], dryRun: true, resolveDigests: false };
}
const REF = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
const SHA = /^[0-9a-f]{7,64}$/;
/** Parses the `from` input: an environment name, `ref:<sha-or-tag>`, or empty. */
function parseFrom(text) {
    if (text === undefined || text === '')
        return { kind: 'none' };
    if (text.startsWith('ref:')) {
        const ref = text.slice(4).trim();
        if (ref === '' || ref.startsWith('-') || !REF.test(ref) || ref.includes('..') || ref.endsWith('/') || ref.endsWith('.lock'))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`is '${text}', not ref:<sha-or-tag>`, {
                input: 'from',
                hint: 'write ref: followed by a commit sha or a tag, e.g. ref:v1.4.0 or ref:3f2a9c1',
            });
        return { kind: 'ref', ref };
    }
    return { kind: 'env', env: text };
}
/** True when a ref looks like an abbreviated or full commit id. */
function looksLikeSha(ref) {
    return SHA.test(ref);
}
/** Substitutes `{env}` and `{service}` in a template. */
function fillTemplate(template, env, service = '') {
    return template.replace(/\{env\}/g, env).replace(/\{service\}/g, service);
}
/**
 * The index of environment `name` of the request, as the `to` input names it: the one check that a target
 * exists (a route's, and that of the environment `record: deployments` limits the record to).
 */
function targetNamed(req, name) {
    const names = req.environments.map((e) => e.name);
    const index = names.indexOf(name);
    if (index < 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`is '${name}', an unknown environment${(0,_text_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .a)(name, names)}`, {
            input: 'to',
            file: req.configFile,
            hint: `environments, in order: ${names.join(', ')}`,
        });
    return index;
}
/** The request's environment at `index`, routed: with its index and its resolved settings. */
function routed(req, index) {
    const e = req.environments[index];
    return { ...e, index, settings: (0,_environment_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .environmentSettings */ .fu)(req, e.name) };
}
/**
 * Checks the request's rules, all before any network request: both
 * environments known, the step along an edge of the promotion graph
 * (graph.ts: from the environment before the target, or from one of its
 * after: environments) unless allow-skip, no promotion backwards or onto
 * itself, a source for every
 * environment after the first, known services, no direct push into a
 * protected environment, chart-version only where an Application is set.
 * After the request, the route it returns is the one place `to` is read.
 */
function checkRoute(req) {
    const names = req.environments.map((e) => e.name);
    const errors = [];
    const toIndex = targetNamed(req, req.to);
    const to = routed(req, toIndex);
    const fromIndex = routeSource(req, names, to, toIndex);
    if (req.push === 'direct' && to.protected)
        errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL) `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .named */ .KT)('push', 'direct')} is refused for the protected environment ${to.name}`, {
            hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL) `use ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .named */ .KT)('push', 'pr')} (the default): protected promotions go through a reviewed pull request`,
        }));
    if (req.chartVersion !== undefined && !(0,_deploy_kind_js__WEBPACK_IMPORTED_MODULE_6__/* .deployerResource */ .lq)(to))
        errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL) `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .named */ .KT)('chart-version')} is set but environment ${to.name} has no application`, {
            file: req.configFile,
            hint: `add application: <path of the ArgoCD Application> to environment ${to.name}`,
        }));
    if (to.settings.autoMerge && to.protected)
        errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`auto-merge is refused for the protected environment ${to.name}`, {
            hint: 'protected promotions are draft pull requests merged by a person',
        }));
    const known = new Set(req.services.map((s) => s.name));
    for (const s of req.only)
        if (!known.has(s))
            errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`service '${s}' is not configured${(0,_text_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .a)(s, known)}`, {
                file: req.configFile,
                hint: `configured services: ${[...known].join(', ') || 'none'}`,
            }));
    if (req.digests && req.version)
        errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL) `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .theInput */ .y8)('digests')} and ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .theInput */ .y8)('version')} were both given`, { hint: 'use one source of new pins' }));
    if (req.from.kind === 'ref' && (req.digests || req.version))
        errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL) `a rollback (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .named */ .KT)('from', 'ref:…')}) takes its pins from that ref; drop ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .named */ .KT)('digests')} and ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .named */ .KT)('version')}`, {
            hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL) `roll back with ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .named */ .KT)('from')} and ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .named */ .KT)('to')} only`,
        }));
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .throwAll */ .Kx)(errors);
    const before = (0,_graph_js__WEBPACK_IMPORTED_MODULE_7__/* .predecessors */ .f)(req.environments, toIndex)[0];
    return {
        to,
        ...(fromIndex !== undefined ? { from: routed(req, fromIndex) } : {}),
        ...(before !== undefined ? { before: routed(req, names.indexOf(before)) } : {}),
        branch: _publish_branch_js__WEBPACK_IMPORTED_MODULE_5__/* .PromotionBranch */ .G.of(to.name),
    };
}
/**
 * The environment a promotion comes from, checked: known, before the target, skipping none (but the other
 * environments of a fan-in step) unless allow-skip; a source required past the first environment.
 */
function routeSource(req, names, to, toIndex) {
    if (req.from.kind === 'env') {
        const fromIndex = names.indexOf(req.from.env);
        if (fromIndex < 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`is '${req.from.env}', an unknown environment${(0,_text_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .a)(req.from.env, names)}`, {
                input: 'from',
                file: req.configFile,
                hint: `environments, in order: ${names.join(', ')}; or ref:<sha-or-tag> to roll back`,
            });
        const from = req.environments[fromIndex];
        if (fromIndex >= toIndex)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`cannot promote from ${from.name} to ${to.name}: ${to.name} does not come after ${from.name}`, {
                hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL) `promotion order: ${names.join(' → ')}; to roll back use ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .named */ .KT)('from', 'ref:<sha-or-tag>')}`,
            });
        // A step along an edge of the graph (graph.ts): from the environment before it, or from one of its after:
        // environments (fan-out and fan-in, whose gate holds it until every one it lists runs its pins).
        const sources = (0,_graph_js__WEBPACK_IMPORTED_MODULE_7__/* .predecessors */ .f)(req.environments, toIndex);
        if (sources.includes(from.name) || req.allowSkip)
            return fromIndex;
        if (to.after?.length)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`cannot promote from ${from.name} to ${to.name}: ${to.name} is promoted from ${sources.join(', ')} (its after:)`, { hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL) `promote ${sources.map((n) => `${n} → ${to.name}`).join(' or ')}, or ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .setting */ .Pe)('allow-skip', 'true')}` });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`promotion ${from.name} → ${to.name} skips ${names.slice(fromIndex + 1, toIndex).join(', ')}`, {
            hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL) `promote through ${names.slice(fromIndex, toIndex + 1).join(' → ')}, or ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .setting */ .Pe)('allow-skip', 'true')}`,
        });
    }
    else if (req.from.kind === 'none' && toIndex > 0 && !req.digests && !req.version && !req.chartVersion) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`is required to promote into ${to.name}`, {
            input: 'from',
            hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL) `use ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .named */ .KT)('from', (0,_graph_js__WEBPACK_IMPORTED_MODULE_7__/* .predecessors */ .f)(req.environments, toIndex)[0])}, or give ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .named */ .KT)('digests')}, ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .named */ .KT)('version')} or ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .named */ .KT)('chart-version')}`,
        });
    }
    return undefined;
}
/** True when tags must be resolved to digests before writing. */
function mustResolve(req, to) {
    return req.resolveDigests ?? to.protected;
}


/***/ })

};
