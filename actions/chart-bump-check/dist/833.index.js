export const id = 833;
export const ids = [833];
export const modules = {

/***/ 8198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ releaseWhere)
/* harmony export */ });
/* unused harmony export releaseLine */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _text_parse_cache_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9053);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4293);
/* harmony import */ var _deploy_flux_flux_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9674);
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
        const index = (0,_deploy_flux_flux_js__WEBPACK_IMPORTED_MODULE_2__/* .releaseDocument */ .b8)(release, text, file, cache) ?? 0;
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

/***/ 5833:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderedRun: () => (/* binding */ renderedRun)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/render/helm.ts
var render_helm = __webpack_require__(4379);
// EXTERNAL MODULE: ./packages/core/src/render/images.ts
var render_images = __webpack_require__(1930);
// EXTERNAL MODULE: ./packages/core/src/render/render.ts + 2 modules
var render = __webpack_require__(9410);
;// CONCATENATED MODULE: ./packages/core/src/async/settled.ts
// Whether a promise has already settled, asked without waiting for it: a
// step that can start from a guess while an answer is on its way (the Helm a
// render runs with) does not guess when the answer is already there.
const PENDING = Symbol('pending');
/**
 * Whether `p` has settled (fulfilled or rejected) by now: its reactions run before those of a promise resolved
 * after it, so a race against one resolved here is won by `p` only when it was settled already.
 */
async function settled_settledYet(p) {
    try {
        return (await Promise.race([p, Promise.resolve(PENDING)])) !== PENDING;
    }
    catch {
        return true;
    }
}

// EXTERNAL MODULE: ./packages/core/src/render/compare.ts + 2 modules
var compare = __webpack_require__(4464);
// EXTERNAL MODULE: ./packages/core/src/promote/validate.ts
var validate = __webpack_require__(4118);
;// CONCATENATED MODULE: ./packages/core/src/promote/render-helm.ts
// Which Helm renders a promotion's target, the renderers of a run, and the
// target's comparison started. The Helm is the first on PATH (or the one of
// the environment's helm-version) of version 3.8 or later, and asking its
// version is a Go program's start (~0.1 s, as long as a small chart's render):
// while it answers, the sides as this repository holds them render with the
// binary it will most likely be (helmCandidate), and the comparison finds
// those outputs in the renderer's cache where the answer names that binary.






/** How to add Helm when it is missing. */
const HELM_HINT = 'add it with azure/setup-helm (GitHub-hosted Ubuntu runners ship Helm), or set render: off';
/** The render settings in effect when the config says none. */
const render_helm_RENDER_DEFAULTS = { ignore: [], ignoreDefaults: true, summarize: [], apiVersions: [] };
/** The mode for the target: the input, else the environment's config, else the top level's, else auto (settings/read.ts). */
function render_helm_renderMode(route) {
    return route.to.settings.render;
}
/** One Renderer per world and Helm: a side rendered once in a run is not rendered again (a re-plan, a second wave). */
const renderers = new WeakMap();
/** Chart folders' file lists per world, by commit and folder: every side of a run lists a folder once (render-ahead.ts too). */
const listings = new WeakMap();
/** The world's chart folder listings (SideContext's `listed`). */
function render_helm_listedFor(key) {
    let listed = listings.get(key);
    if (!listed)
        listings.set(key, (listed = new Map()));
    return listed;
}
function rendererFor(key, helm, cfg) {
    let byHelm = renderers.get(key);
    if (!byHelm)
        renderers.set(key, (byHelm = new Map()));
    let r = byHelm.get(helm);
    // Each run of a chart folder prints the Helm's version too (render-ahead.ts learns it so, not from `helm version`).
    if (!r)
        byHelm.set(helm, (r = new render/* Renderer */.A4(helm, { kubeVersion: cfg.kubeVersion, apiVersions: cfg.apiVersions }, {}, false, true)));
    return r;
}
/** The comparison options of the config plus an Application's ignoreDifferences. */
function render_helm_compareOptions(cfg, ignoreDifferences) {
    return {
        ignore: [...(cfg.ignoreDefaults ? DEFAULT_IGNORE : []), ...cfg.ignore].map((r) => new RegExp(r)),
        summarize: cfg.summarize,
        ignoreDifferences,
    };
}
/**
 * The target's comparison started with the Helm that renders it, or what says it is not rendered (the skipped
 * row, undefined); throws targetHelm's refusals. While that Helm's version is asked, the sides as this repository
 * holds them are rendered with the binary it will most likely be (helmCandidate): the renderer's cache, keyed by
 * every input, gives those outputs to the comparison where findHelm answers that binary and the sides read once
 * the version is known are the same. Nothing is fetched (a published chart) for a Helm that turns out unusable.
 */
async function render_helm_startComparison(req, route, mode, cfg, readSides, ports) {
    const { to } = route;
    const found = ports.findHelm(to.helmVersion);
    found.catch(() => undefined); // awaited below
    // Asked ahead of the plan (session.ts askHelmAhead), the version has most often answered: no guess then.
    const candidate = (await settledYet(found)) ? undefined : ports.helmCandidate(to.helmVersion);
    if (candidate !== undefined)
        readSides(true)
            .then((s) => {
            if (s === undefined || !('read' in s))
                return;
            for (const side of s.read)
                if ('side' in side)
                    rendererFor(ports, candidate, cfg)
                        .output(side.side)
                        .catch(() => undefined);
        })
            .catch(() => undefined); // read again below, after the Helm's own refusals
    const helm = targetHelm(req, to, mode, await found);
    if (!('path' in helm))
        return helm;
    const sides = await readSides(false);
    return sides === undefined || !('read' in sides) ? sides : compareWith(route, helm, sides.read, cfg, ports);
}
/** The comparison of the two sides rendered with `helm`, started. */
function compareWith(route, helm, [before, after], cfg, ports) {
    const renderer = rendererFor(ports, helm.path, cfg);
    const rules = 'side' in after ? after.ignoreDifferences : [];
    const what = 'side' in after && 'side' in before ? (before.label === after.label ? after.label : `${before.label} → ${after.label}`) : undefined;
    const was = 'side' in before ? before.side : before;
    const rendering = renderEnvironment(renderer, route.to.name, was, 'side' in after ? after.side : after, render_helm_compareOptions(cfg, rules), what);
    // The schemas of the kinds the target holds now load once its before side is parsed, while the after side renders.
    if ('side' in after)
        prepareValidation(route, sideRender(renderer, was));
    return { helm, renderer, after, rendering };
}
/**
 * The Helm that renders the target, or the skipped row when there is none usable. Throws when the
 * environment's helm-version names a major the runner lacks, or for `render: on` without a usable Helm.
 */
function targetHelm(req, to, mode, helm) {
    if (!helm && to.helmVersion !== undefined)
        throw new UserError(`helm-version: ${to.helmVersion}: no Helm ${to.helmVersion} on PATH to render ${to.name} with`, {
            ...(req.configFile ? { file: req.configFile, line: to.helmVersionLine } : {}),
            hint: `add Helm ${to.helmVersion} to PATH (azure/setup-helm with its version, or as helm${to.helmVersion}), or set helm-version to the Helm the runner has`,
        });
    if (helm && helmUsable(helm))
        return helm;
    const why = helm ? `Helm ${helm.version} is older than ${MIN_HELM}` : 'no helm on PATH';
    if (mode === 'on')
        throw new UserError(`render: on needs Helm ${MIN_HELM} or later: ${why}`, { hint: HELM_HINT.replace(', or set render: off', '') });
    return { environment: to.name, status: 'skipped', noHelm: true, message: `${why}; ${HELM_HINT}` };
}

// EXTERNAL MODULE: ./packages/core/src/promote/unpinned.ts
var unpinned = __webpack_require__(529);
// EXTERNAL MODULE: ./packages/core/src/deploy/argocd/application.ts + 1 modules
var argocd_application = __webpack_require__(4689);
// EXTERNAL MODULE: ./packages/core/src/promote/plan.ts + 7 modules
var plan = __webpack_require__(4355);
// EXTERNAL MODULE: ./packages/core/src/values/chart-files.ts
var chart_files = __webpack_require__(9630);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/node_modules/semver/index.js
var semver = __webpack_require__(9730);
// EXTERNAL MODULE: ./packages/core/src/charts/discover.ts
var discover = __webpack_require__(7892);
// EXTERNAL MODULE: ./packages/core/src/deploy/chart-reference.ts
var chart_reference = __webpack_require__(2809);
// EXTERNAL MODULE: ./packages/core/src/text/bytes.ts
var bytes = __webpack_require__(9002);
// EXTERNAL MODULE: ./packages/core/src/yaml/read.ts
var read = __webpack_require__(4293);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./packages/core/src/text/pattern.ts
var pattern = __webpack_require__(1867);
// EXTERNAL MODULE: ./packages/core/src/values/diff.ts
var diff = __webpack_require__(3769);
;// CONCATENATED MODULE: ./packages/core/src/values/chart-drift.ts
// The target's values against the chart it is promoted to: every key an
// environment's values file sets that the chart version it runs now reads and
// the promoted version no longer reads is reported at the values file's line,
// with the key path and both versions. A chart "reads" a key when its
// values.yaml has it, its values.schema.json allows it, or a template refers
// to it (charts/template-keys.ts). A chart that drops `ingress.enabled` while
// values-prod.yaml sets it would render without it, silently; a promotion
// should say so before it ships. Keys neither version reads are not its
// business (a typo there was ignored before and still is). An umbrella chart's
// subcharts read their keys as Helm hands them over: the parent's `<name>.x`
// (or `<alias>.x`) is the subchart's `.Values.x`, and `global` is every
// chart's; a key only a subchart that could not be read (a remote one not
// vendored) may read is listed as not compared, with why, never passed.







/** At most this many keys are listed for one values file. */
const MAX_FINDINGS = 100;
/** At most this many keys are named below one key not compared. */
const MAX_LISTED = 20;
const WHOLE = { whole: true, parts: [] };
function compile(c) {
    const keys = { end: false, next: new Map() };
    const paths = [...(c.templates ?? []).flatMap((text) => templateValueKeys(text)), ...(c.reads ?? [])];
    for (const path of paths) {
        let at = keys;
        for (const part of path) {
            let sub = at.next.get(part);
            if (!sub)
                at.next.set(part, (sub = { end: false, next: new Map() }));
            at = sub;
        }
        at.end = true;
    }
    let values = c.values === undefined ? {} : valuesDefaults(c.values);
    const subs = new Map();
    for (const d of c.dependencies) {
        const chart = d.chart ? compile(d.chart) : undefined;
        subs.set(d.key, { chart, unread: d.unread ?? `subchart ${d.key} of chart ${c.name} ${c.version} was not read` });
        // Imported values become the parent's defaults: its values.yaml as Helm sees it.
        if (chart)
            for (const i of d.imports ?? [])
                values = mergeAt(values, i.parent, valueAt(chart.root.values, i.child));
    }
    const rootSchema = readSchema(c.schema);
    const compiled = { name: c.name, version: c.version, hasSchema: c.schema !== undefined, rootSchema, subs, root: undefined };
    compiled.root = { chart: compiled, atRoot: true, values, schema: rootSchema, keys };
    return compiled;
}
function valueAt(v, path) {
    let at = v;
    for (const k of path)
        at = isObject(at) && Object.prototype.hasOwnProperty.call(at, k) ? at[k] : undefined;
    return at;
}
/** `base` with `add` merged in at `path` (maps key by key; what `base` has wins). */
function mergeAt(base, path, add) {
    if (add === undefined)
        return base;
    if (path.length > 0) {
        const here = isObject(base) ? base : {};
        return { ...here, [path[0]]: mergeAt(here[path[0]], path.slice(1), add) };
    }
    if (!isObject(base) || !isObject(add))
        return base === undefined ? add : base;
    const out = { ...add };
    for (const [k, v] of Object.entries(base))
        out[k] = mergeAt(add[k], [], v);
    return out;
}
/** The readings of several charts at one key path taken together. */
function union(list) {
    const parts = [];
    let unknown;
    for (const r of list) {
        if (!r)
            continue;
        if (r.whole)
            return WHOLE;
        parts.push(...r.parts);
        unknown ??= r.unknown;
    }
    return parts.length === 0 && unknown === undefined ? undefined : { whole: false, parts, unknown };
}
/** The reading of key `name` below `at`; what could not be read above stays unknown below. */
function child(at, name) {
    if (!at)
        return undefined;
    if (at.whole)
        return WHOLE;
    const r = union(at.parts.map((p) => partChild(p, name)));
    if (at.unknown === undefined || r?.whole)
        return r;
    return { whole: false, parts: r?.parts ?? [], unknown: r?.unknown ?? at.unknown };
}
/**
 * A chart's reading of `name` below one part. At its top level, `global` is
 * read by the chart and by every subchart (Helm hands each the parent's
 * globals), and a subchart's key is read by the subchart (its `.Values`) and
 * by the parent's own templates and conditions; the parent's values.yaml and
 * schema there are settings for the subchart, not reads.
 */
function partChild(p, name) {
    const sub = p.atRoot ? p.chart.subs.get(name) : undefined;
    if (p.atRoot && name === 'global')
        return union([
            own(p, name),
            ...[...p.chart.subs.values()].map((s) => (s.chart ? partChild(s.chart.root, name) : { whole: false, parts: [], unknown: s.unread })),
        ]);
    if (!sub)
        return own(p, name);
    const parent = own({ chart: p.chart, atRoot: false, keys: p.keys }, name);
    return union([parent, sub.chart ? { whole: false, parts: [sub.chart.root] } : { whole: false, parts: [], unknown: sub.unread }]);
}
/** The chart's own reading of `name` below `at`: its values.yaml, its schema, its templates. */
function own(at, name) {
    const next = { chart: at.chart, atRoot: false };
    let read = false;
    if (isObject(at.values) && Object.prototype.hasOwnProperty.call(at.values, name)) {
        read = true;
        const v = at.values[name];
        // An empty map or a null in the chart is a slot for whatever the user puts there; a scalar or a list is one value.
        if (!isObject(v) || Object.keys(v).length === 0)
            return WHOLE;
        next.values = v;
    }
    if (at.schema !== undefined) {
        const sub = schemaFor(at.schema, name, at.chart.rootSchema);
        if (sub === true)
            return WHOLE;
        if (sub !== false) {
            read = true;
            // A subschema that says nothing of the keys below allows any: the key is one value to it.
            if (!describesKeys(sub))
                return WHOLE;
            next.schema = sub;
        }
    }
    const key = at.keys?.next.get(name);
    if (key) {
        read = true;
        if (key.end)
            return WHOLE;
        next.keys = key;
    }
    return read ? { whole: false, parts: [next] } : undefined;
}
/** True when a schema object constrains the keys below it (so a key there is checked against it, not taken whole). */
function describesKeys(s) {
    if (typeof s === 'boolean')
        return false;
    return ['properties', 'patternProperties', 'additionalProperties', 'allOf', 'anyOf', 'oneOf', '$ref'].some((k) => k in s);
}
/** The chart (or subchart) whose own values hold the key at `path`: each leading key naming a read subchart leads into it. */
function holder(c, path) {
    let chart = c;
    const under = [];
    for (const k of path.slice(0, -1)) {
        const sub = chart.subs.get(k)?.chart;
        if (!sub)
            break;
        chart = sub;
        under.push(k);
    }
    return { chart, under };
}
/** Every subchart read below `c`, as `name version`. */
function subchartNames(c) {
    return [...c.subs.values()].flatMap((s) => (s.chart ? [`${s.chart.name} ${s.chart.version}`, ...subchartNames(s.chart)] : []));
}
/** Why the promoted version does not read `path`: what of it was looked at. */
function notReadBecause(promoted, path) {
    const { chart, under } = holder(promoted, path);
    const own = `not in its values.yaml${chart.hasSchema ? ', not allowed by its values.schema.json' : ''}, read by none of its templates`;
    if (under.length > 0)
        return `subchart ${chart.name} ${chart.version} under ${under.join('.')}: ${own}`;
    const subs = path[0] === 'global' ? subchartNames(promoted) : [];
    return subs.length > 0 ? `${own}, nor by its subcharts ${subs.join(', ')}` : own;
}
/** The keys set at and below `node`, dotted, at most MAX_LISTED. */
function keysBelow(node, path, out = []) {
    if (!isMap(node) || node.items.length === 0) {
        if (out.length < MAX_LISTED)
            out.push(path.join('.'));
        return out;
    }
    for (const pair of node.items)
        if (isScalar(pair.key))
            keysBelow(pair.value, [...path, String(pair.key.value)], out);
    return out;
}
/**
 * The keys `envText` sets that `current` (the chart version the environment
 * runs now) reads and `promoted` no longer reads, and the keys that could not
 * be judged because a subchart that may read them was not read. A key under a
 * map the chart leaves empty or null (`podAnnotations: {}`) is free-form and
 * read whole; lists are data, not keys. A key under a dependency's name or
 * alias is judged against that subchart (recursively), a key under `global`
 * against the chart and all its subcharts. With the run's `cache`, a values
 * file the run already parsed (a promotion's edited target) is not parsed again.
 */
function chart_drift_compareValues(envText, envFile, charts, document, cache) {
    const parsed = parseWith(cache, document === undefined ? YAML_DOCUMENT : YAML_DOCUMENTS, stripBom(envText), envFile);
    const root = document ? document(parsed.doc.contents) : parsed.doc.contents;
    const [was, now] = [compile(charts.current), compile(charts.promoted)];
    const label = (c) => `chart ${c.name} ${c.version}`;
    const findings = [];
    const notCompared = [];
    const walk = (node, before, after, path) => {
        if (!isMap(node))
            return;
        for (const pair of node.items) {
            if (findings.length + notCompared.length >= MAX_FINDINGS)
                return;
            if (!isScalar(pair.key))
                continue;
            const name = String(pair.key.value);
            const sub = [...path, name];
            const [b, a] = [child(before, name), child(after, name)];
            if (a && a.parts.length > 0) {
                if (!a.whole)
                    walk(pair.value, b, a, sub);
                continue;
            }
            if (a?.whole)
                continue;
            // Read by neither version: not what this promotion changes.
            if (!b)
                continue;
            // The promoted side cannot tell, the current one reads some keys below: which of those are the ones to list.
            if (a && !b.whole && b.parts.length > 0 && isMap(pair.value)) {
                walk(pair.value, b, a, sub);
                continue;
            }
            const key = sub.join('.');
            const line = parsed.lineOf(pair.key) ?? 1;
            // A chart that may read the key was not read: on the promoted side, or (the promoted version does not read it) on the current one.
            const unknown = a?.unknown ?? (b.whole || b.parts.length > 0 ? undefined : b.unknown);
            if (unknown !== undefined) {
                notCompared.push({ file: envFile, line, key, keys: keysBelow(pair.value, sub), why: unknown });
                continue;
            }
            findings.push({
                file: envFile,
                line,
                key,
                message: `key ${key} is set here and ${label(charts.current)} reads it, but ${label(charts.promoted)} no longer does (${notReadBecause(now, sub)})`,
            });
        }
    };
    walk(root, { whole: false, parts: [was.root] }, { whole: false, parts: [now.root] }, []);
    return { findings, notCompared };
}
function readSchema(text) {
    if (text === undefined)
        return undefined;
    try {
        const s = JSON.parse(stripBom(text));
        return typeof s === 'boolean' || isObject(s) ? s : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The subschema a property `name` is checked against, following local `$ref`s
 * and allOf/anyOf/oneOf: `properties`, a matching `patternProperties`, then
 * `additionalProperties` when it is `true` or a schema. `false` when the
 * schema says nothing that allows the key (an absent additionalProperties
 * allows it in JSON Schema, but says nothing about this chart reading it).
 */
function schemaFor(s, name, root, depth = 0) {
    if (s === true)
        return true;
    if (s === false || depth > 16)
        return false;
    const resolved = deref(s, root);
    if (resolved !== s)
        return schemaFor(resolved, name, root, depth + 1);
    const props = resolved.properties;
    if (isObject(props) && Object.prototype.hasOwnProperty.call(props, name))
        return props[name];
    const patterns = resolved.patternProperties;
    if (isObject(patterns))
        for (const [pattern, sub] of Object.entries(patterns)) {
            try {
                // RE2, as for a CRD's patterns: the chart's schema is the pull request's text, the key its values'.
                if (linearPattern(pattern).test(name))
                    return sub;
            }
            catch {
                // A pattern RE2 cannot read allows nothing here.
            }
        }
    for (const k of ['allOf', 'anyOf', 'oneOf']) {
        const list = resolved[k];
        if (!Array.isArray(list))
            continue;
        for (const branch of list) {
            const found = isObject(branch) || typeof branch === 'boolean' ? schemaFor(branch, name, root, depth + 1) : false;
            if (found !== false)
                return found;
        }
    }
    const extra = resolved.additionalProperties;
    if (extra === true || isObject(extra))
        return extra;
    return false;
}
/** A schema's local `$ref` (`#/definitions/x`, `#/$defs/x`) resolved against the root; the schema itself otherwise. */
function deref(s, root) {
    const ref = s.$ref;
    if (typeof ref !== 'string' || !ref.startsWith('#/') || !isObject(root))
        return s;
    let at = root;
    for (const part of ref.slice(2).split('/'))
        at = isObject(at) ? at[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
    return typeof at === 'boolean' || isObject(at) ? at : s;
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// EXTERNAL MODULE: ./packages/core/src/values/contract-index.ts + 4 modules
var contract_index = __webpack_require__(4000);
// EXTERNAL MODULE: ./packages/core/src/values/contract.ts
var contract = __webpack_require__(4828);
;// CONCATENATED MODULE: ./packages/core/src/values/contract-drift.ts
// values-drift with the values contract's reading of templates (issue 74, item 4): besides the keys
// the promoted chart version no longer has in its values.yaml, schema or templates (chart-drift.ts),
// a key the environment sets that the current version's templates read and the promoted version's
// templates no longer read is dropped too — the renamed key whose old default was left in values.yaml.
// Where a version's templates cannot be read (one does not parse), only chart-drift.ts decides.







/** compareValues (same arguments), with the keys the promoted version's templates stop reading added as dropped. */
function contract_drift_compareDrift(envText, envFile, charts, document, cache) {
    const found = compareValues(envText, envFile, charts, document, cache);
    const [was, now] = [indexOf(charts.current, envText), indexOf(charts.promoted, envText)];
    if (!was || !now)
        return found;
    const parsed = parseWith(cache, document === undefined ? YAML_DOCUMENT : YAML_DOCUMENTS, stripBom(envText), envFile);
    const root = document ? document(parsed.doc.contents) : parsed.doc.contents;
    // A key already listed, or below one listed (a map dropped whole), is said once.
    const said = [...found.findings, ...found.notCompared].map((f) => f.key);
    const listed = (key) => said.some((k) => key === k || key.startsWith(`${k}.`));
    const label = (c) => `chart ${c.name} ${c.version}`;
    const added = [];
    collectLeaves(root ?? null, [], (path, line) => {
        const key = path.join('.');
        if (listed(key) || readingOf(was, path) !== 2 || readingOf(now, path) !== 0)
            return;
        added.push({
            file: envFile,
            line: line ?? 1,
            key,
            message: `key ${key} is set here and ${label(charts.current)} reads it, but ${label(charts.promoted)} no longer does (read by none of its templates)`,
        });
    }, parsed.lineOf);
    return { findings: [...found.findings, ...added.sort((a, b) => a.line - b.line)], notCompared: found.notCompared };
}
/** The chart's template reading, or undefined when a template (or the environment's values) cannot be read. */
function indexOf(chart, envText) {
    try {
        return contractIndex(chart, valuesTemplates(envText));
    }
    catch (e) {
        if (e instanceof UserError)
            return undefined;
        throw e;
    }
}

// EXTERNAL MODULE: ./packages/core/src/charts/archive.ts
var archive = __webpack_require__(8657);
// EXTERNAL MODULE: ./packages/core/src/registry/helm-repository.ts
var helm_repository = __webpack_require__(2558);
;// CONCATENATED MODULE: ./packages/core/src/promote/chart-repository.ts
// A chart version read from the classic https Helm repository an Argo CD
// Application's repoURL (or a Flux HelmRepository of the default type) names:
// index.yaml, then the archive it lists, checked against the index's digest
// (registry/helm-repository.ts). values-drift, chart-version and the rendered
// diff read it after the chart's release tag and chart folder, where they
// read an OCI artifact for a registry. An archive whose bytes are not the ones
// the index lists is refused outright, whatever the mode: that is no chart
// that "cannot be read" but one that was replaced.


/** An archive whose bytes are not the ones the index lists: refused by every reader (render included), never a chart "not read". */
class chart_repository_ReplacedChart extends errors/* UserError */.yo {
}
/**
 * The chart `source.chart` at `version` from `source.repoURL` when it is a
 * classic repository (undefined when it is not one). Throws a UserError for an
 * archive whose digest differs from the index's.
 */
async function chart_repository_repositoryChart(ports, source, version, at) {
    const { repoURL, chart } = source;
    if (!repoURL || !chart || !(0,helm_repository/* isClassicRepository */.dR)(repoURL))
        return undefined;
    const repo = repoURL.trim().replace(/\/+$/, '');
    try {
        const got = await ports.pullRepositoryChart(repo, chart, version);
        return { tgz: got.tgz, where: `${got.url} (listed in ${repo}/index.yaml)` };
    }
    catch (e) {
        if (!(e instanceof Error && e.name === 'RegistryError'))
            throw e;
        const kind = e.kind;
        if (kind === 'mismatch')
            throw new chart_repository_ReplacedChart(`chart ${chart} ${version}: ${e.message}`, {
                ...(at ?? {}),
                hint: e.hint ?? 'nothing was written',
            });
        if (kind === 'unauthenticated' || kind === 'denied')
            // A Flux HelmRepository's secretRef names a cluster Secret: lockstep reads none, and says where it reads instead.
            return {
                tried: source.secretRef
                    ? `${e.message}; its HelmRepository's spec.secretRef (${source.secretRef}) is a cluster Secret, which lockstep does not read: it takes a repository's credentials from Helm's repositories.yaml`
                    : e.message,
                denied: true,
            };
        return { tried: `${repo}/index.yaml (${e.message})` };
    }
}

// EXTERNAL MODULE: ./packages/core/src/deploy/kind.ts + 5 modules
var kind = __webpack_require__(9032);
;// CONCATENATED MODULE: ./packages/core/src/promote/values-drift.ts
// values-drift: when a promotion moves the target's chart version (its Application's targetRevision), the
// target's values file is compared with both chart versions: the one the target runs now and the one promoted.
// A key the current version reads and the promoted one no longer reads is drift (values/chart-drift.ts), as is
// one the current version's templates read and the promoted version's no longer do, though its values.yaml
// keeps it (values/contract-drift.ts). Each version is read where it was released: the repository at the
// chart's release tag (`<chart>-<version>`), the chart folder at the promoted ref when its Chart.yaml says that
// version, else its OCI artifact (the Application's registry, or the config's chart-registry); what is found
// must say that version in its Chart.yaml. `error` (the default for protected environments) refuses the
// promotion before anything is written, also when a version cannot be read (naming what was tried); `warn`
// annotates and goes on; `off` skips it.










/** What a values comparison reads of a packaged chart: its templates and subcharts too. */
const ARCHIVE_PARTS = { templates: true, subcharts: true };


/**
 * The comparison for a planned promotion that changes the chart version;
 * undefined when it changes none, the mode is off, or the values are the
 * Application's own (inline values are the chart's caller, not a file of keys).
 * In error mode every dropped key is a UserError at its line, thrown together,
 * and a chart version that cannot be read is one at the Application's line.
 */
async function checkValuesDrift(req, route, plan, ports, baseSha, cache) {
    // The target's values-drift: the input, else its config key, else error when protected and warn otherwise.
    const mode = route.to.settings.valuesDrift;
    const { to } = route;
    const resource = deployerResource(to);
    if (mode === 'off' || !plan.chart || !resource)
        return undefined;
    const { file: appFile, name } = resource;
    if (appFile === to.values)
        return undefined;
    const appText = await ports.git.readAt(baseSha, appFile);
    if (appText === undefined)
        return undefined;
    const source = chartSource(appText, appFile, name, req.charts);
    const envText = plan.files.find((f) => f.path === to.values)?.after ?? (await ports.git.readAt(baseSha, to.values));
    if (envText === undefined)
        return undefined;
    const locate = chartLocator(req, source, ports, baseSha, to.values, plan.chart);
    const [current, promoted] = await Promise.all([locate(plan.chart.old), locate(plan.chart.new)]);
    return driftOutcome(mode, plan.chart, current, promoted, (charts) => compareDrift(envText, to.values, charts, undefined, cache));
}
/**
 * values-drift's verdict once both chart versions were looked for: an unread
 * one refuses in error mode (at the chart version's line) and is said in warn;
 * else `compare` judges the environment's values against both, and in error
 * mode each dropped key is a UserError at its line, thrown together.
 */
function driftOutcome(mode, at, current, promoted, compare) {
    const chartName = (f) => ('chart' in f ? f.chart.name : f.name);
    const label = `${chartName(promoted)} ${at.old || '(none)'} → ${at.new}`;
    const where = [current, promoted].map((f) => `${chartName(f)} ${f.version} ${'chart' in f ? `from ${f.where}` : 'unread'}`).join('; ');
    const unread = [current, promoted].flatMap((f) => ('unread' in f ? [f.unread] : []));
    if (unread.length > 0) {
        if (mode === 'error')
            throw new UserError(`values-drift: ${unread.join('; ')}`, {
                file: at.file,
                line: at.line,
                hint: words `publish each chart version where lockstep reads it (its release tag ${chartName(promoted)}-<version> in this repository, its OCI artifact: the Application's registry or chart-registry in the config, or the https Helm repository's index.yaml), or ${setting('values-drift', 'warn')} to promote without the comparison`,
            });
        return { mode, chart: label, where, findings: [], notCompared: [], unread: unread.join('; ') };
    }
    const [was, now] = [current.chart, promoted.chart];
    const { findings, notCompared } = compare({ current: was, promoted: now });
    if (mode === 'error')
        throwAll(findings.map((f) => new UserError(`values-drift: ${f.message}`, {
            file: f.file,
            line: f.line,
            hint: words `remove or rename the key before promoting chart ${now.name} ${now.version} (read from ${promoted.where}), or ${setting('values-drift', 'warn')}`,
        })));
    return { mode, chart: label, where, findings, notCompared };
}
/**
 * Finds a chart version, memoised per version: see chartAt. The chart
 * folders of the repository are listed once, at the base.
 */
function chartLocator(req, source, ports, baseSha, valuesFile, at) {
    let folders;
    // Per world: values-drift and the values contract (values-contract.ts) read the promoted version once between them.
    let found = located.get(ports);
    if (!found)
        located.set(ports, (found = new Map()));
    const context = JSON.stringify([source, valuesFile, baseSha, req.from, req.charts, at?.file, at?.line]);
    return (version) => {
        const key = `${context}\0${version}`;
        let f = found.get(key);
        if (f)
            return f;
        // Listed only when a version is looked for: a folders read nobody awaits would outlive the run.
        folders ??= chartFolders(req, source, ports, baseSha, valuesFile);
        found.set(key, (f = folders.then((dirs) => chartAt(req, source, dirs, version, ports, baseSha, at))));
        return f;
    };
}
/** The chart versions found in a world, by where they were looked for and the version. */
const located = new WeakMap();
/**
 * The folders that may hold the Application's chart: its source's `path:`,
 * a folder holding the values file (or one of its parents), and the charts
 * the config's `charts:` entries find at the base (globs included); with a
 * `chart:` name, only those whose Chart.yaml has that name.
 */
async function chartFolders(req, source, ports, baseSha, valuesFile) {
    const dirs = [];
    if (source.path)
        dirs.push(source.path.replace(/\/+$/, '') || '.');
    else {
        for (let dir = external_node_path_.posix.dirname(valuesFile);; dir = external_node_path_.posix.dirname(dir)) {
            dirs.push(dir);
            if (dir === '.' || dir === '/' || dir === '')
                break;
        }
        const paths = await ports.git.listFiles(baseSha);
        if (paths)
            dirs.push(...(0,discover/* findCharts */.Jd)(paths, req.charts.length > 0 ? req.charts : undefined));
        else
            for (const c of req.charts)
                if (!/[*?[\]{}!]/.test(c))
                    dirs.push(c.replace(/\/+$/, ''));
    }
    const out = [];
    for (const dir of [...new Set(dirs)].filter((d) => !d.split('/').includes('..'))) {
        const text = await ports.git.readAt(baseSha, join(dir, 'Chart.yaml'));
        if (text === undefined)
            continue;
        const name = (0,chart_files/* chartMeta */.Ae)(text).name;
        if (!name || (source.chart && name !== source.chart))
            continue;
        out.push({ dir, name });
    }
    return out;
}
/**
 * The chart at `version`, tried in order: each chart folder at its release
 * tag `<name>-<version>`, each chart folder at the promoted ref (a rollback's
 * ref, else the base), then the chart's OCI artifact. What is found must say
 * `version` in its Chart.yaml; every place tried is named when none has it.
 */
async function chartAt(req, source, folders, version, ports, baseSha, line) {
    const name = source.chart ?? folders[0]?.name ?? (source.path ? posix.basename(source.path) : 'chart');
    const what = `chart ${name} ${version || '(no version)'}`;
    if (!valid(version) || valid(version) !== version)
        return { unread: `${what} could not be read: '${version}' is not an exact chart version`, name, version };
    const tried = [];
    const read = async (commit, dir) => {
        const text = await ports.git.readAt(commit, join(dir, 'Chart.yaml'));
        if (text === undefined)
            return 'no Chart.yaml';
        const meta = chartMeta(text);
        if (meta.name !== name)
            return `its Chart.yaml names ${meta.name ?? 'no chart'}`;
        if (meta.version !== version)
            return `its Chart.yaml says version ${meta.version ?? '(none)'}`;
        return readChartValues(gitTree(ports, commit), dir, { ...meta, name, version });
    };
    for (const f of folders) {
        const tag = `${f.name}-${version}`;
        const commit = await ports.git.resolveRef(tag);
        if (!commit) {
            if (!tried.includes(`tag ${tag} (not in the repository)`))
                tried.push(`tag ${tag} (not in the repository)`);
            continue;
        }
        const chart = await read(commit, f.dir);
        if (typeof chart !== 'string')
            return { chart, where: `${f.dir} at tag ${tag}`, version };
        tried.push(`${f.dir} at tag ${tag} (${chart})`);
    }
    const ref = req.from.kind === 'ref' ? ((await ports.git.resolveRef(req.from.ref)) ?? baseSha) : baseSha;
    const at = req.from.kind === 'ref' ? `ref ${req.from.ref}` : `the base branch ${req.base}`;
    for (const f of folders) {
        const chart = await read(ref, f.dir);
        if (typeof chart !== 'string')
            return { chart, where: `${f.dir} at ${at}`, version };
        tried.push(`${f.dir} at ${at} (${chart})`);
    }
    const fromArchive = async (files, where) => {
        const meta = chartMeta(files.get('Chart.yaml') ?? '');
        if (meta.name === name && meta.version === version)
            return { chart: await readChartValues(archiveTree(files), '', { ...meta, name, version }), where, version };
        tried.push(`${where} (${meta.name !== name ? `its Chart.yaml names ${meta.name ?? 'no chart'}` : `its Chart.yaml says version ${meta.version ?? '(none)'}`})`);
        return undefined;
    };
    // A classic https repository: index.yaml and the archive it lists, digest checked (chart-repository.ts).
    const classic = await repositoryChart(ports, source, version, line);
    if (classic && 'tried' in classic)
        tried.push(classic.tried);
    else if (classic) {
        const files = await readChartArchive(Buffer.from(classic.tgz), `chart ${name} ${version} from ${classic.where}`, ARCHIVE_PARTS);
        const found = await fromArchive(files, classic.where);
        if (found)
            return found;
    }
    const image = ociReference(source, version) ?? configuredRegistry(req, name, version);
    if (image) {
        const where = chartWhere(image);
        try {
            const found = await fromArchive(await ports.readChart(image), where);
            if (found)
                return found;
        }
        catch (e) {
            if (!(e instanceof UserError || (e instanceof Error && e.name === 'RegistryError')))
                throw e;
            tried.push(`${where} (${e.message})`);
        }
    }
    if (tried.length === 0)
        tried.push(source.ociRepository !== undefined
            ? `no chart folder of the repository is named ${name} (charts: in the config), and the chart of an OCIRepository (${source.ociRepository || 'no spec.url'}) is not read yet`
            : `no chart folder of the repository is named ${name} (charts: in the config) and the Application's repoURL ${source.repoURL ?? '(none)'} is no OCI registry or https Helm repository`);
    return { unread: `${what} could not be read: tried ${tried.join('; ')}`, name, version };
}
/** The repository at `commit` as a chart tree (a vendored .tgz read as bytes). */
function gitTree(ports, commit) {
    return {
        text: (path) => ports.git.readAt(commit, path),
        list: async (dir) => (await ports.git.listFiles(commit, dir)) ?? [],
        bytes: (path) => ports.git.readBytesAt(commit, path),
    };
}
function join(dir, file) {
    return dir === '.' || dir === '' ? file : `${dir}/${file}`;
}
/** A key not compared, as one line: the key, the keys set below it, and why. */
function uncomparedText(k) {
    const below = k.keys.length === 1 && k.keys[0] === k.key ? '' : ` (${k.keys.join(', ')})`;
    return `key ${k.key}${below} was not compared: ${k.why}`;
}
const plural = (n, what) => `${n} ${what}${n === 1 ? '' : 's'}`;
/** The report as Markdown for the PR body and the job summary (every name and message escaped). */
function valuesDriftMarkdown(r) {
    const head = `**values-drift (${r.mode})** chart ${escapeMarkdown(r.chart)} (${escapeMarkdown(r.where)}):`;
    if (r.unread)
        return `${head} the values were not compared (${escapeMarkdown(r.unread)}).`;
    const uncompared = r.notCompared.map((k) => `- ${codeSpan(`${k.file}:${k.line}`)} ${escapeMarkdown(uncomparedText(k))}`);
    const skipped = uncompared.length === 0 ? [] : ['', `${plural(uncompared.length, 'key')} not compared:`, '', ...uncompared];
    if (r.findings.length === 0)
        return uncompared.length === 0
            ? `${head} the promoted version still reads every key the values file sets that the current version reads.`
            : [
                `${head} the promoted version still reads every key compared that the current version reads; ${plural(uncompared.length, 'key')} not compared.`,
                ...skipped,
            ].join('\n');
    const lines = r.findings.map((f) => `- ${codeSpan(`${f.file}:${f.line}`)} ${escapeMarkdown(f.message)}`);
    return [
        `${head} ${plural(r.findings.length, 'key')} the promoted version no longer reads; the promotion goes on (values-drift: warn).`,
        '',
        ...lines,
        ...skipped,
    ].join('\n');
}
/** values-drift's annotations: one per dropped key (warn mode) and one per key not compared (either mode) at its line; an unread chart is one warning. */
function valuesDriftAnnotations(r) {
    if (!r)
        return [];
    if (r.unread)
        return [
            {
                annotate: 'warning',
                message: `values-drift: ${r.unread}; the target's values were not compared (values-drift: warn)`,
            },
        ];
    return [
        ...r.findings.map((f) => ({ annotate: 'warning', message: `values-drift: ${f.message}`, file: f.file, line: f.line })),
        ...r.notCompared.map((k) => ({
            annotate: 'warning',
            message: `values-drift: ${uncomparedText(k)}`,
            file: k.file,
            line: k.line,
        })),
    ];
}
/** The report for `lockstep promote --json`. */
function valuesDriftJson(r) {
    return {
        mode: r.mode,
        chart: r.chart,
        where: r.where,
        unread: r.unread ?? null,
        findings: r.findings.map((f) => ({ file: f.file, line: f.line, key: f.key, message: f.message })),
        'not-compared': r.notCompared.map((k) => ({ file: k.file, line: k.line, key: k.key, keys: k.keys, why: k.why })),
    };
}

// EXTERNAL MODULE: ./packages/core/src/deploy/flux/flux-release.ts + 1 modules
var flux_release = __webpack_require__(4406);
// EXTERNAL MODULE: ./packages/core/src/promote/flux-release-line.ts
var flux_release_line = __webpack_require__(8198);
;// CONCATENATED MODULE: ./packages/core/src/promote/render.ts
// Rendered manifest diffs of a promotion: the target environment rendered
// with the real Helm as it runs now (the base) and as it will run after the
// merge (the plan's files), from what its Argo CD Application gives: the
// chart (a folder of this repository at the chart's release tag or at the
// base, or the published OCI chart at the exact version), the release name
// and namespace, its valueFiles in order (then the environment's values file
// when the Application does not list it), its inline helm.values /
// valuesObject, its parameters, and its ignoreDifferences. `render: auto`
// (the default) renders when Helm 3.8 or later is on PATH and says in one
// line when it is not; `on` without Helm is an error; `off` never renders. A
// chart that fails to render after the change refuses a protected
// environment's promotion, and is shown with Helm's message elsewhere. An
// environment with `kustomization:` is built with kustomize instead
// (render-overlay.ts).















/**
 * The target rendered before and after the plan; undefined when render is
 * off, nothing is written, or the target has no Application. Throws a
 * UserError for `render: on` without Helm, and for a protected target whose
 * chart does not render after the change (nothing is written yet).
 */
async function renderPromotion(req, route, plan, ports, baseSha) {
    const mode = renderMode(route);
    const { to } = route;
    if (mode === 'off' || plan.files.length === 0)
        return undefined;
    // A Kustomize overlay (or a Flux Kustomization's path) is built with kustomize (render-overlay.ts, loaded only for one).
    const deployment = deploymentOf(to);
    if (deployment?.build !== undefined)
        return (await __webpack_require__.e(/* import() */ 173).then(__webpack_require__.bind(__webpack_require__, 1173))).renderOverlayPromotion(route, plan, ports, baseSha, mode, compareOptions(req.renderConfig ?? RENDER_DEFAULTS, []), req);
    const application = deployerResource(to)?.ref;
    if (!application)
        return undefined;
    const cfg = req.renderConfig ?? RENDER_DEFAULTS;
    const started = await startComparison(req, route, mode, cfg, (offline) => readSides(req, to, application, plan, ports, baseSha, offline), ports);
    // A HelmRelease's refusal points at its document (a file of several: HelmRepository, then HelmRelease).
    const flux = fluxRef(to);
    const readEdited = readAfterPlan(plan, (p) => ports.git.readAt(baseSha, p));
    const whereOf = async () => plan.chart
        ? { file: plan.chart.file, line: plan.chart.line }
        : flux
            ? await releaseWhere(flux.helmrelease, readEdited)
            : { file: to.values, line: 1 };
    if (!started || !('rendering' in started)) {
        if (started && to.protected)
            refuseUnjudged(started, to.name, await whereOf());
        return started;
    }
    const { helm, renderer, after, rendering } = started;
    const env = { ...(await rendering), helm: helm.version };
    const where = await whereOf();
    if (to.protected)
        refuseUnpinned(env, to.name, 'side' in after ? after.sources : [], where);
    if (to.protected)
        refuseUnjudged(env, to.name, where);
    if (env.status === 'failed' && to.protected) {
        throw new UserError(`render: the chart does not render after the change in ${to.name}, a protected environment: ${env.message ?? ''}`, {
            ...where,
            hint: "fix the chart or the values so helm template succeeds (the message above is Helm's), or write render: off under this environment in the config; nothing was written",
        });
    }
    // The after side again is the cache's: validated as rendered (throws in validate: error), with the chart's own CRDs.
    if (!('side' in after))
        return env;
    const validation = await validateTarget(req, route, await renderer.render(after.side), after.side.chart, ports, baseSha, where);
    return validation.length > 0 ? { ...env, validation } : env;
}
/**
 * Both sides of the target as its Application gives them before and after the plan; undefined when the
 * Application is not at the base, the skipped row when what it says cannot be read for rendering. `offline`, a
 * chart this repository does not hold is unavailable rather than fetched (render-helm.ts's early renders).
 */
async function readSides(req, to, application, plan, ports, baseSha, offline = false) {
    const { file: appFile, name } = splitApplicationRef(application);
    const appBefore = await ports.git.readAt(baseSha, appFile);
    if (appBefore === undefined)
        return undefined;
    const appAfter = plan.files.find((f) => f.path === appFile)?.after ?? appBefore;
    const readBase = (path) => ports.git.readAt(baseSha, path);
    const read = (side) => (side === 'after' ? readAfterPlan(plan, readBase) : readBase);
    const ctx = {
        req,
        ports,
        baseSha,
        values: to.values,
        appFile,
        name,
        listed: listedFor(ports),
        at: plan.chart ? { file: plan.chart.file, line: plan.chart.line } : await lineOf(to, appFile, read('after')),
        offline,
    };
    try {
        const flux = fluxRef(to);
        return {
            read: await Promise.all(flux
                ? [fluxSide(ctx, flux, read('before')), fluxSide(ctx, flux, read('after'))]
                : [applicationSide(ctx, appBefore, read('before')), applicationSide(ctx, appAfter, read('after'))]),
        };
    }
    catch (e) {
        // What the Application says could not be read for rendering: said, never the promotion's failure; a replaced
        // archive (its bytes not the index's digest) is refused, as values-drift and chart-version refuse it.
        if (!(e instanceof UserError) || e instanceof ReplacedChart)
            throw e;
        return { environment: to.name, status: 'skipped', message: e.format() };
    }
}
/** Where a refusal without a chart line points: a HelmRelease's document (releaseWhere), else the Application's file. */
async function lineOf(to, appFile, read) {
    const flux = fluxRef(to);
    return flux ? releaseWhere(flux.helmrelease, read) : { file: appFile, line: 1 };
}
const readings = new WeakMap();
/** The Application of `appText` as a side reads it (readApplication) and its chart's source, read once per world. */
function readOnce(ctx, appText) {
    let byText = readings.get(ctx.ports);
    if (!byText)
        readings.set(ctx.ports, (byText = new Map()));
    const key = JSON.stringify([ctx.appFile, ctx.name ?? null, ctx.req.charts, appText]);
    let read = byText.get(key);
    if (!read) {
        const { appFile, name, req } = ctx;
        read = { app: (0,argocd_application/* readApplication */.nZ)(appText, appFile, name, req.charts), source: (0,argocd_application/* chartSource */.Iu)(appText, appFile, name, req.charts) };
        byText.set(key, read);
    }
    return read;
}
/** One side of the target as its Application gives it (application.ts's reading): the chart at its targetRevision, the values in order. */
async function applicationSide(ctx, appText, read) {
    const { app, source } = readOnce(ctx, appText);
    const version = app.revision.current;
    const chart = await chartInput(ctx, source, version, app.path);
    if ('unavailable' in chart)
        return chart;
    const files = 'files' in chart.input ? chart.input.files : undefined;
    const values = await (0,argocd_application/* applicationValues */.BX)(app, files, read);
    if ('unavailable' in values)
        return values;
    const sources = [
        ...values.values.flatMap((v) => (v.path !== undefined ? [{ path: v.path, text: v.text }] : [])),
        ...(files && chart.dir !== undefined ? [...files].map(([p, text]) => ({ path: join(chart.dir, p), text })) : []),
    ];
    return {
        side: {
            chart: chart.input,
            release: app.release,
            ...(app.namespace ? { namespace: app.namespace } : {}),
            values: values.values.map((v) => v.text),
            ...(app.set.length ? { set: app.set } : {}),
        },
        sources,
        label: `chart ${chart.name} ${version || '(no version)'} from ${chart.where}`,
        ignoreDifferences: app.ignoreDifferences,
    };
}
/**
 * One side of a Flux HelmRelease as helm-controller installs it (flux-release.ts): the chart from its source at the
 * version (and OCIRepository digest) pinned, the values in Flux's order, the release name and namespace it computes.
 */
async function fluxSide(ctx, env, read) {
    const rel = await (0,flux_release/* readFluxRelease */.V3)(env, read);
    // A chart from a GitRepository or Bucket is the folder at the source's revision: helm-controller ignores
    // spec.chart.spec.version there, and the version is the folder's Chart.yaml's.
    const fromGit = rel.source.path !== undefined && rel.source.repoURL === undefined;
    const chart = await chartInput(ctx, rel.source, fromGit ? '' : rel.version, rel.source.path);
    if ('unavailable' in chart)
        return chart;
    const files = 'files' in chart.input ? chart.input.files : undefined;
    const version = fromGit ? ((0,chart_files/* chartMeta */.Ae)(files?.get('Chart.yaml') ?? '').version ?? '') : rel.version;
    const paths = [...new Set(rel.values.flatMap((v) => (v.path !== undefined ? [v.path] : [])))];
    const texts = await Promise.all(paths.map((p) => read(p)));
    const where = `release ${rel.releaseName} in namespace ${rel.namespace ?? '(none)'}, stored in ${rel.storageNamespace ?? '(none)'}`;
    return {
        side: {
            chart: chart.input,
            release: rel.releaseName,
            ...(rel.namespace ? { namespace: rel.namespace } : {}),
            values: rel.values.map((v) => v.text),
        },
        sources: [
            ...paths.flatMap((path, i) => (texts[i] !== undefined ? [{ path, text: texts[i] }] : [])),
            ...(files && chart.dir !== undefined ? [...files].map(([p, text]) => ({ path: join(chart.dir, p), text })) : []),
        ],
        label: `HelmRelease ${rel.name}: chart ${chart.name} ${version || '(no version)'} from ${chart.where}, ${where}${rel.unread.length ? ` (${rel.unread.join('; ')})` : ''}`,
        ignoreDifferences: [],
    };
}
/**
 * The chart a side runs: a chart folder of the repository at its release tag
 * `<name>-<version>`, else at the base when its Chart.yaml says that version
 * (or the source is a path at a branch), else the published OCI chart.
 */
async function chartInput(ctx, source, version, path) {
    const { req, ports, baseSha } = ctx;
    const folders = await chartFolders(req, source, ports, baseSha, ctx.values);
    const list = (commit, dir) => ports.git.listFiles(commit, dir);
    const reader = (commit) => ({
        list: (dir) => {
            const key = `${commit}\0${dir}`;
            let files = ctx.listed.get(key);
            if (!files)
                ctx.listed.set(key, (files = list(commit, dir)));
            return files;
        },
        read: (p) => ports.git.readAt(commit, p),
    });
    const tried = [];
    // A path source at a branch (HEAD, main) has no release tag to look for: asking origin for `<name>-HEAD` cost a
    // round trip to the remote on every render.
    const atBranch = Boolean(path) && !/^v?\d+\.\d+\.\d+/.test(version);
    for (const f of folders) {
        const tag = `${f.name}-${version}`;
        // Offline (ahead of the plan) a tag is not looked for: finding one may fetch from origin.
        const commit = version && !atBranch && !ctx.offline ? await ports.git.resolveRef(tag) : undefined;
        const at = commit ? [{ commit, where: `${f.dir} at tag ${tag}` }] : [];
        at.push({ commit: baseSha, where: `${f.dir} at the base` });
        for (const { commit: c, where } of at) {
            const meta = (0,chart_files/* chartMeta */.Ae)((await ports.git.readAt(c, join(f.dir, 'Chart.yaml'))) ?? '');
            // A path source at a branch (HEAD, main) runs the folder as it is; a version must be the one its Chart.yaml says.
            if (meta.version !== version && !atBranch) {
                tried.push(`${where} says ${meta.version ?? 'no version'}`);
                continue;
            }
            const files = await (0,render/* readChartFolder */.z_)(reader(c), f.dir);
            if ('unavailable' in files)
                return files;
            return { input: files, name: f.name, where, dir: f.dir };
        }
    }
    const name = source.chart ?? folders[0]?.name ?? 'chart';
    if (ctx.offline)
        return { unavailable: `chart ${name} ${version || '(no version)'} is not in this repository` };
    const classic = await chart_repository_repositoryChart(ports, source, version, ctx.at);
    if (classic && 'tgz' in classic)
        return { input: { tgz: classic.tgz }, name, where: classic.where };
    if (classic)
        tried.push(classic.tried);
    const image = (0,chart_reference/* ociReference */.H6)(source, version) ?? (0,chart_reference/* configuredRegistry */.ON)(req, name, version);
    if (image) {
        const where = (0,chart_reference/* chartWhere */.w4)(image);
        try {
            return { input: { tgz: await ports.pullChartArchive(image) }, name, where };
        }
        catch (e) {
            if (!(e instanceof errors/* UserError */.yo || (e instanceof Error && e.name === 'RegistryError')))
                throw e;
            tried.push(`${where}: ${e.message}`);
        }
    }
    return {
        unavailable: `chart ${name} ${version || '(no version)'} unavailable (${tried.join('; ') || 'no chart folder or registry names it'})`,
    };
}

// EXTERNAL MODULE: ./packages/core/src/deploy/chart-values.ts
var chart_values = __webpack_require__(9424);
// EXTERNAL MODULE: ./packages/core/src/registry/reference.ts
var reference = __webpack_require__(908);
// EXTERNAL MODULE: ./packages/core/src/values/protected.ts
var values_protected = __webpack_require__(2986);
;// CONCATENATED MODULE: ./packages/core/src/promote/rendered-pin.ts
// What an environment runs by its render, as the plan and the status table read it (rendered-run.ts renders it):
// its own module, so that what reads it does not import the render.


/** Each service's first rendered image of its configured repository. */
function pinsOf(services, images) {
    const byIdentity = new Map();
    for (const i of images) {
        if (i.image === '')
            continue;
        const ref = (0,values_protected/* splitReference */.mQ)(i.image);
        const id = (0,reference/* imageIdentity */.a)(ref.name);
        if (id === undefined || byIdentity.has(id))
            continue;
        const object = i.container ? `${i.object} (container ${i.container})` : i.object;
        byIdentity.set(id, {
            image: i.image,
            object,
            repository: ref.name,
            ...(ref.tag ? { tag: ref.tag } : {}),
            ...(ref.digest ? { digest: ref.digest } : {}),
        });
    }
    const out = new Map();
    for (const s of services) {
        const id = s.image === undefined ? undefined : (0,reference/* imageIdentity */.a)(s.image);
        const pin = id === undefined ? undefined : byIdentity.get(id);
        if (pin)
            out.set(s.name, pin);
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/promote/rendered-run.ts
// What an environment runs as its deployer renders it, for the services its
// pin place does not define: an image inline in a kustomize base or set by a
// strategic-merge patch, a tag only the chart's values.yaml sets, a tag that
// defaults to the chart's appVersion. Status and the promotion's table read
// the pin place first (a fleet's every pin is found there, and rendering a
// hundred environments would cost a Helm or kustomize run each); only a
// service it does not define is looked for here, by its configured image
// repository, in the environment rendered once (kustomize for an overlay,
// Helm for a values file with its chart or its Application). Nothing is
// fetched that the render would not fetch.













/**
 * `env` rendered at `commit` as its deployer renders it, each service with an `image:` found in it by that
 * repository (the first container running it, in the render's order); `read` gives the files on top of the
 * commit (a plan's edited files), the commit's own by default. Never throws for what the user can fix: an
 * environment that does not render says why (`unrendered`), as the render's own message.
 */
async function renderedRun(req, env, world, commit, read = (p) => world.git.readAt(commit, p)) {
    if (req.settingsByEnvironment[env.name]?.render === 'off')
        return { unrendered: 'render: off' };
    let outcome;
    const build = (0,kind/* deploymentOf */.PE)(env)?.build;
    try {
        outcome =
            build !== undefined
                ? // kustomize is loaded only for an overlay, and builds with promote's renderer (a side built once in a run).
                    await (await __webpack_require__.e(/* import() */ 173).then(__webpack_require__.bind(__webpack_require__, 1173))).overlayBuild(env, build, world, commit, read)
                : await helmRender(req, env, world, commit, read);
    }
    catch (e) {
        if (!(e instanceof errors/* UserError */.yo))
            throw e;
        outcome = { unavailable: e.message };
    }
    if ('unavailable' in outcome)
        return { unrendered: outcome.unavailable };
    if (!outcome.render.ok)
        return { unrendered: outcome.render.message.split('\n')[0] };
    return { pins: pinsOf(req.services, (0,render_images/* renderedImages */.gs)(outcome.render.objects.values())), sources: outcome.sources };
}
/** A values environment rendered with Helm at `commit`: as its Application gives it, else its values file with the chart folder holding it. */
async function helmRender(req, env, world, commit, read) {
    const helm = await world.findHelm(env.helmVersion);
    if (!helm || !(0,render_helm/* helmUsable */.hm)(helm))
        return { unavailable: helm ? `Helm ${helm.version} is too old to render it` : 'no helm on PATH to render it with' };
    const resource = (0,kind/* deployerResource */.lq)(env);
    const built = resource
        ? await applicationRead(req, env, resource.ref, world, commit, read)
        : await chartFolderSide(req, env, world, commit, read);
    if ('unavailable' in built)
        return built;
    return { render: await rendererFor(world, helm.path, req.renderConfig ?? render_helm_RENDER_DEFAULTS).render(built.side), sources: built.sources };
}
/** A values file without an Application: rendered with the chart folder that holds it (or the config's charts). */
async function chartFolderSide(req, env, world, commit, read) {
    const values = await read(env.values);
    if (values === undefined)
        return { unavailable: `${env.values} does not exist` };
    // The chart folder every command renders such a values file with (deploy/chart-values.ts), and its name as the release.
    const reader = { list: (dir) => world.git.listFiles(commit, dir === '' ? undefined : dir), read };
    const dir = await (0,chart_values/* valuesChartFolder */.L7)(env.values, reader, req.charts);
    const name = dir === undefined ? undefined : (0,chart_files/* chartMeta */.Ae)((await read(join(dir, 'Chart.yaml'))) ?? '').name;
    if (dir === undefined || name === undefined)
        return { unavailable: (0,chart_values/* noChartFolder */.CD)(env.values) };
    const files = await (0,render/* readChartFolder */.z_)(reader, dir);
    if ('unavailable' in files)
        return files;
    const sources = [{ path: env.values, text: values }, ...[...files.files].map(([p, text]) => ({ path: join(dir, p), text }))];
    return { side: { chart: files, release: name, values: [values] }, sources };
}
/** The environment's Application (or HelmRelease) read as promote's render reads it (render.ts applicationSide, fluxSide). */
async function applicationRead(req, env, application, world, commit, read) {
    const { file: appFile, name } = (0,argocd_application/* splitApplicationRef */.O6)(application);
    const appText = await read(appFile);
    if (appText === undefined)
        return { unavailable: `the Application file ${appFile} does not exist` };
    const ctx = { req, ports: world, baseSha: commit, values: env.values, appFile, name, listed: render_helm_listedFor(world) };
    const flux = (0,flux_release/* fluxRef */.z8)(env);
    const side = flux ? await fluxSide(ctx, flux, read) : await applicationSide(ctx, appText, read);
    return 'unavailable' in side ? side : { side: side.side, sources: side.sources };
}


/***/ }),

/***/ 529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ refuseUnpinned),
/* harmony export */   l: () => (/* binding */ refuseUnjudged)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _render_images_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1930);
// promote-env's digest-only guard over what is rendered: a protected
// target's objects after the change must run every image pinned by digest
// (render/images.ts), whatever wrote it — the values, a chart default, a
// subchart, an overlay's base or patch; and a protected target whose render
// cannot be had (a remote or packaged subchart, a chart that cannot be
// pulled, a file it names that is not there) cannot be judged, so it is
// refused. Shared by the Helm render (render.ts) and the overlay's
// (render-overlay.ts).


/**
 * A protected target's rendered objects must run images pinned by digest
 * (render/images.ts): the first one that is not is refused at the line that
 * wrote it when `sources` show it, else at `where`, naming the object; every
 * other is counted in the same message. Nothing is written yet.
 */
function refuseUnpinned(env, target, sources, where) {
    if (env.status !== 'rendered' || !env.after)
        return;
    const unpinned = (0,_render_images_js__WEBPACK_IMPORTED_MODULE_1__/* .unpinnedImages */ .oo)(env.after.values());
    if (unpinned.length === 0)
        return;
    const origin = (0,_render_images_js__WEBPACK_IMPORTED_MODULE_1__/* .traceImage */ .Jz)(unpinned[0].image, sources);
    const more = unpinned.length > 1 ? `; and ${unpinned.slice(1).map(_render_images_js__WEBPACK_IMPORTED_MODULE_1__/* .unpinnedLine */ .sq).join('; ')}` : '';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`render: ${target}, a protected environment, would run an image not pinned by digest: ${(0,_render_images_js__WEBPACK_IMPORTED_MODULE_1__/* .unpinnedLine */ .sq)(unpinned[0])}${origin ? ` (this line ${origin.text})` : ''}${more}`, {
        ...(origin ? { file: origin.file, line: origin.line } : where),
        hint: 'pin it as <image>@sha256:<64 hex> where it is written (a chart default, a subchart, the values, the overlay), so what is reviewed is what runs; nothing was written',
    });
}
/**
 * A protected target whose render after the change could not be had is refused at the line that makes it so (the
 * render's `refused`), else at `where`: nothing it would run was judged. Only a render no Helm or kustomize could
 * run (`render: auto`, none on PATH) is not refused: that is said, as for any environment. Nothing is written yet.
 */
function refuseUnjudged(env, target, where, what = 'the chart') {
    if (env.status !== 'skipped' || env.noHelm)
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`render: ${what} of ${target}, a protected environment, cannot be judged: ${env.message ?? ''}`, {
        ...(env.refused ?? where),
        hint: `${env.refused?.hint ?? 'make what it renders readable here (in this repository, or a chart version published where lockstep can pull it)'}, so what the cluster receives is what is reviewed; nothing was written`,
    });
}


/***/ }),

/***/ 4118:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ validateTarget),
/* harmony export */   N: () => (/* binding */ prepareValidation)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _text_glob_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3483);
/* harmony import */ var _validate_environment_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4549);
/* harmony import */ var _validate_kube_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5327);
// promote-env's schema validation of the target as the merge would leave it:
// the after side of the target's render (render.ts, render-overlay.ts), checked
// offline (validate/) for the target's kube-version with the CRDs of the chart's
// crds/, of the render and of the config's crds: files at the base. The target's
// `validate` decides: error refuses the promotion before anything is written,
// warn says each finding as the plan's warning, off skips it.




/**
 * Starts loading the schemas of the kinds the target's before side holds when the target will be validated: called
 * as its render starts, so they load once that side is parsed, while the after side's renderer runs.
 */
function prepareValidation(route, before) {
    if (route.to.settings.validate !== 'off')
        (0,_validate_kube_js__WEBPACK_IMPORTED_MODULE_3__/* .preloadKindsOf */ .o1)(before);
}
/**
 * Validates the target's rendered after side; returns the warnings to say (warn mode, and the kinds
 * no schema describes), throws the findings at `where` in error mode. A side that did not render is
 * the render's to say.
 */
async function validateTarget(req, route, outcome, chart, ports, baseSha, where) {
    const { to } = route;
    const mode = to.settings.validate;
    if (mode === 'off' || !outcome.ok)
        return [];
    const crds = [...(chart && 'files' in chart ? (0,_validate_environment_js__WEBPACK_IMPORTED_MODULE_2__/* .chartCrds */ .D)(chart.files) : []), ...(await configCrds(req, ports, baseSha))];
    const found = await (0,_validate_environment_js__WEBPACK_IMPORTED_MODULE_2__/* .validateEnvironment */ .q)(outcome.objects.values(), crds, to.kubeVersion);
    const lines = [...(found.failed ? [`schema validation could not run: ${found.failed}`] : []), ...found.findings];
    const note = found.unvalidated ? [`${to.name}: ${found.unvalidated}`] : [];
    if (mode === 'warn' || lines.length === 0)
        return [...lines.map((l) => `${to.name}: ${l}`), ...note];
    const hint = `fix what renders it, or set validate: warn under ${to.name} in the config; nothing was written`;
    const errors = lines.map((l) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`validate: ${to.name}: ${l}`, { ...where, hint }));
    throw errors.length === 1 ? errors[0] : new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserErrors */ .tQ(errors);
}
/** The files the config's crds: globs match at the base. */
async function configCrds(req, ports, baseSha) {
    if (!req.crds)
        return [];
    const match = (0,_text_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .globMatcher */ .fU)(req.crds.globs, { key: 'crds', file: req.configFile, line: req.crds.line });
    const paths = ((await ports.git.listFiles(baseSha)) ?? []).filter((p) => match(p));
    const texts = await Promise.all(paths.map((p) => ports.git.readAt(baseSha, p)));
    return paths.flatMap((from, i) => (texts[i] === undefined ? [] : [{ from, text: texts[i] }]));
}


/***/ }),

/***/ 1930:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jz: () => (/* binding */ traceImage),
/* harmony export */   MC: () => (/* binding */ pinnedByDigest),
/* harmony export */   gs: () => (/* binding */ renderedImages),
/* harmony export */   oo: () => (/* binding */ unpinnedImages),
/* harmony export */   sq: () => (/* binding */ unpinnedLine)
/* harmony export */ });
/* harmony import */ var _objects_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1065);
// The digest-only guard over what is rendered: every image a protected
// environment's rendered objects name must carry its content's digest
// (`@sha256:` and 64 hex digits), whatever wrote it — a base, a patch, a
// component, a chart default, a subchart. Every `image` string under an
// object's spec is judged, at any depth: a pod spec's containers,
// initContainers and ephemeralContainers wherever the spec sits (a Pod's,
// every `template.spec`: Deployment, StatefulSet, Job, a CronJob's
// jobTemplate, an Argo Rollout), and an operator's own fields (a Prometheus'
// `spec.image`, an Argo Workflow's `templates[].container.image`, a Tekton
// Task's `steps[].image`). A container of a pod spec that names no image is
// judged too. Where the image came from is traced in the texts the render
// read (values files, chart files, the overlay's files): the line that writes
// the image, else its tag, else its repository; else the object alone names it.

/** A digest as a pin: `@sha256:` and 64 lowercase hex digits, at the end of the reference. */
const DIGEST = /@sha256:[0-9a-f]{64}$/;
const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'];
const asObj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : undefined);
/** The pod specs of an object: a Pod's spec, and each `template.spec` holding a container list under `spec` (any depth). */
function podSpecs(body) {
    const out = new Set();
    const top = asObj(body.spec);
    if (!top)
        return out;
    if (body.kind === 'Pod')
        out.add(top);
    const walk = (node, depth) => {
        if (depth > 8)
            return;
        for (const [k, v] of Object.entries(node)) {
            const child = asObj(v);
            if (!child)
                continue;
            const spec = k === 'template' ? asObj(child.spec) : undefined;
            if (spec && CONTAINER_LISTS.some((l) => Array.isArray(spec[l])))
                out.add(spec);
            else
                walk(child, depth + 1);
        }
    };
    walk(top, 0);
    return out;
}
/** How deep under `spec` images are looked for: far past any real resource, short of a hostile one. */
const MAX_DEPTH = 32;
/** Every image an object's spec names, in document order (each pod spec's containers as listed). */
function imagesOf(o, out) {
    const top = asObj(o.body.spec);
    if (!top)
        return;
    const pods = podSpecs(o.body);
    const object = (0,_objects_js__WEBPACK_IMPORTED_MODULE_0__/* .objectLabel */ .uk)(o);
    const seen = new Set();
    const visit = (node, path, depth, container) => {
        if (!node || typeof node !== 'object' || seen.has(node))
            return;
        if (depth > MAX_DEPTH) {
            // A hostile spec does not hide an image below the walk: what cannot be read is not passed.
            if (!out.some((i) => i.tooDeep && i.object === object))
                out.push({ object, image: '', path, tooDeep: true });
            return;
        }
        seen.add(node);
        if (Array.isArray(node)) {
            node.forEach((item, i) => visit(item, `${path}[${i}]`, depth + 1, container));
            return;
        }
        const map = node;
        const named = typeof map.name === 'string' && map.name !== '' ? map.name : '(unnamed)';
        if (typeof map.image === 'string')
            out.push({ object, ...(container ? { container: named, list: container } : {}), image: map.image.trim(), path: `${path}.image` });
        else if (container)
            out.push({ object, container: named, list: container, image: '', path: `${path}.image` });
        for (const [k, v] of Object.entries(map)) {
            if (k === 'image' && typeof v === 'string')
                continue;
            const list = pods.has(map) && CONTAINER_LISTS.includes(k) ? k : undefined;
            visit(v, `${path}.${k}`, depth + 1, list && Array.isArray(v) ? list : undefined);
        }
    };
    visit(top, 'spec', 0);
}
/** Every image the objects name (pinned or not), in the objects' order. */
function renderedImages(objects) {
    const out = [];
    for (const o of objects)
        imagesOf(o, out);
    return out;
}
/** Whether an image reference names its content by digest. */
const pinnedByDigest = (image) => DIGEST.test(image);
/** The images of `objects` that carry no digest, in the objects' order. */
function unpinnedImages(objects) {
    return renderedImages(objects).filter((i) => !pinnedByDigest(i.image));
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
    const kind = u.list === 'initContainers' ? 'initContainer' : u.list === 'ephemeralContainers' ? 'ephemeralContainer' : 'container';
    if (u.tooDeep)
        return `${u.object}: ${u.path} nests deeper than ${MAX_DEPTH} levels, so the images under it cannot be judged`;
    const who = u.list ? `${kind} ${u.container} ` : '';
    return `${u.object}: ${who}${u.image === '' ? 'names no image' : `runs ${u.image}`}, not pinned by digest (${u.path})`;
}


/***/ }),

/***/ 4549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ chartCrds),
/* harmony export */   q: () => (/* binding */ validateEnvironment)
/* harmony export */ });
/* harmony import */ var _render_objects_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1065);
/* harmony import */ var _crd_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2535);
/* harmony import */ var _kube_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5327);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4033);
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
 * objects hold. Each kind's schema is loaded on the first call of a run that
 * meets it, Flux's on the first call whose objects hold a Flux resource.
 */
async function validateEnvironment(objects, crdTexts, kubeVersion) {
    const list = [...objects];
    const kinds = (0,_kube_js__WEBPACK_IMPORTED_MODULE_2__/* .kindsOf */ .tG)(list);
    let kube;
    try {
        kube = await (0,_kube_js__WEBPACK_IMPORTED_MODULE_2__/* .kubeSchemas */ .Yf)(kinds);
    }
    catch (e) {
        return { findings: [], failed: `the Kubernetes schemas did not load: ${e.message}` };
    }
    // Flux's models are loaded only for a render that holds a Flux object.
    if (list.some((o) => (0,_kube_js__WEBPACK_IMPORTED_MODULE_2__/* .isFluxApi */ .CX)(o.apiVersion)))
        try {
            kube = await (0,_kube_js__WEBPACK_IMPORTED_MODULE_2__/* .kubeAndFluxSchemas */ .Eo)(kinds);
        }
        catch (e) {
            return { findings: [], failed: `the Flux schemas did not load: ${e.message}` };
        }
    const crds = new _crd_js__WEBPACK_IMPORTED_MODULE_1__/* .CrdSchemas */ .I();
    for (const { from, text } of crdTexts) {
        try {
            crds.add([...(0,_render_objects_js__WEBPACK_IMPORTED_MODULE_0__/* .splitObjects */ .bR)(text).values()].map((o) => o.body));
        }
        catch (e) {
            return { findings: [], failed: `${from}: ${e.message}` };
        }
    }
    const validation = (0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .validateObjects */ .T1)(list, { kube, crds }, kubeVersion);
    const unvalidated = (0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .unvalidatedLine */ .cc)(validation);
    return { findings: validation.findings, ...(unvalidated ? { unvalidated } : {}), validation };
}


/***/ })

};
