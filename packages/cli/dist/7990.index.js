export const id = 7990;
export const ids = [7990,7034];
export const modules = {

/***/ 7034:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H3: () => (/* binding */ identityInput),
/* harmony export */   br: () => (/* binding */ BOT_IDENTITY)
/* harmony export */ });
/* unused harmony export parseIdentity */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);

/** The identity GitHub shows as github-actions[bot], used when no input overrides it. */
const BOT_IDENTITY = Object.freeze({
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com',
});
/** Parses `Name <email>` from the input named `input`; anything else is a UserError naming that input. */
function parseIdentity(text, input) {
    const m = /^\s*([^<>\r\n\0]*?)\s*<([^<>\s\0]+)>\s*$/.exec(text);
    if (!m || m[1] === '' || /[\r\n\0]/.test(text))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`input '${input}': expected 'Name <email>', got ${JSON.stringify(text.slice(0, 200))}`, {
            hint: `e.g. ${input}: 'release-bot <release-bot@example.com>'`,
        });
    return { name: m[1], email: m[2] };
}
/** `Name <email>` from an input, or github-actions[bot] when the input is empty. */
function identityInput(text, input) {
    return text === undefined ? { ...BOT_IDENTITY } : parseIdentity(text, input);
}


/***/ }),

/***/ 1120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O6: () => (/* binding */ splitApplicationRef),
/* harmony export */   u6: () => (/* binding */ setChartRevision),
/* harmony export */   xL: () => (/* binding */ findChartRevision)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _edits_check_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(311);
/* harmony import */ var _edits_yaml_edit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3077);
/* harmony import */ var _text_parse_cache_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9053);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4293);
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
    const chart = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .mapValue */ .IS)(source, 'chart'));
    const path = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .mapValue */ .IS)(source, 'path'));
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
    const parsed = (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_5__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .YAML_DOCUMENTS */ .FL, body, file);
    const docs = parsed.documents ?? [];
    const multi = docs.length > 1;
    const apps = docs
        .map((doc, index) => ({ index, doc, name: (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .mapValue */ .IS)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .mapValue */ .IS)(doc.contents, 'metadata'), 'name')) }))
        .filter((c) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .mapValue */ .IS)(c.doc.contents, 'spec') !== undefined && ((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .mapValue */ .IS)(c.doc.contents, 'kind')) ?? 'Application') === 'Application');
    if (apps.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('no ArgoCD Application (kind: Application with spec) in the file', {
            file,
            line: 1,
            hint: 'point application at the Application manifest',
        });
    const hints = name ? [name] : charts.flatMap((c) => [c.replace(/\/+$/, ''), c.replace(/\/+$/, '').split('/').pop()]);
    const sourcesOf = (c) => {
        const spec = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .mapValue */ .IS)(c.doc.contents, 'spec');
        const sources = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .mapValue */ .IS)(spec, 'sources');
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(sources))
            return sources.items.map((s, i) => ({ node: s, path: ['spec', 'sources', i] }));
        const source = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .mapValue */ .IS)(spec, 'source');
        return source ? [{ node: source, path: ['spec', 'source'] }] : [];
    };
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(chosen.length === 0
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Application ${app.name ?? ''} has no source with the chart ${name ?? hints[hints.length - 1] ?? ''}`.replace(/\s+/g, ' ').trim(), {
            file,
            line: appLine,
            hint: 'give the chart source (spec.source or one of spec.sources) its chart: or path:, or fix the name after # in application',
        });
    const rev = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .mapValue */ .IS)(source.node, 'targetRevision');
    const current = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .scalarText */ .ws)(rev) ?? '';
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
/** The chart a source names and the folder it reads it from, for what a promotion says of the chart. */
function sourceChart(source) {
    const chart = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .mapValue */ .IS)(source, 'chart'));
    const path = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .mapValue */ .IS)(source, 'path'))?.replace(/\/+$/, '');
    const folder = path ? path.slice(path.lastIndexOf('/') + 1) : undefined;
    return { ...(chart || folder ? { chart: chart || folder } : {}), ...(path ? { chartPath: path } : {}) };
}
/**
 * Sets the Application's chart version with a byte-minimal edit (created
 * after `chart:`/`path:` when the source has no targetRevision), checked by
 * re-parsing: only that value changes, every other document stays.
 */
function setChartRevision(text, rev, version, cache) {
    if (rev.current === version)
        return text;
    const edit = { path: rev.path, value: version, create: true, after: 'chart' };
    const after = (0,_edits_yaml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .setScalars */ .AR)(text, rev.file, [edit], { document: rev.document, cache });
    (0,_edits_check_js__WEBPACK_IMPORTED_MODULE_2__/* .checkYamlEdit */ .c)(rev.file, text, after, [edit], { document: rev.document, cache });
    return after;
}


/***/ }),

/***/ 1871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P4: () => (/* binding */ layoutFrom),
/* harmony export */   QF: () => (/* binding */ checkRoute),
/* harmony export */   iE: () => (/* binding */ mustResolve),
/* harmony export */   ou: () => (/* binding */ fillTemplate),
/* harmony export */   sA: () => (/* binding */ looksLikeSha),
/* harmony export */   uK: () => (/* binding */ parseFrom)
/* harmony export */ });
/* harmony import */ var _config_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1312);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _text_suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4619);
/* harmony import */ var _pins_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3952);
// What a promotion asks for, as plain data, and the rules checked on it before
// anything is read from git, a registry or GitHub: known environments, adjacent
// steps only (unless allow-skip), known services, a well-formed `ref:` source,
// no direct push into a protected environment.




const REF = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
const SHA = /^[0-9a-f]{7,64}$/;
/** Parses the `from` input: an environment name, `ref:<sha-or-tag>`, or empty. */
function parseFrom(text) {
    if (text === undefined || text === '')
        return { kind: 'none' };
    if (text.startsWith('ref:')) {
        const ref = text.slice(4).trim();
        if (ref === '' || ref.startsWith('-') || !REF.test(ref) || ref.includes('..') || ref.endsWith('/') || ref.endsWith('.lock'))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`input 'from' is '${text}', not ref:<sha-or-tag>`, {
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
 * Environments and services from the config, or from the `values-file` /
 * `values-key` templates when the config has none (`environments` input, else
 * dev, staging, prod). Errors name the config file or the input.
 */
function layoutFrom(config, inputs, digestsServices = []) {
    const configured = config.environments.map((e, i) => ({
        ...e,
        valuesLine: (0,_config_config_js__WEBPACK_IMPORTED_MODULE_0__.configLine)(config, ['environments', i, 'values']),
    }));
    let environments;
    if (configured.length > 0) {
        if (inputs.environments.length > 0) {
            const errors = [];
            environments = [];
            for (const name of inputs.environments) {
                const env = configured.find((e) => e.name === name);
                if (env)
                    environments.push(env);
                else
                    errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`input 'environments' names '${name}', which the config does not list${(0,_text_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .a)(name, configured.map((e) => e.name))}`, { file: config.file, hint: `configured: ${configured.map((e) => e.name).join(', ')}` }));
            }
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .throwAll */ .Kx)(errors);
        }
        else
            environments = configured;
    }
    else {
        if (!inputs.valuesFile)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('no environments: the config lists none and values-file is not set', {
                file: config.file,
                hint: 'add environments to .github/lockstep.yml, or pass values-file (e.g. environments/{env}/values.yaml)',
            });
        const names = inputs.environments.length > 0 ? inputs.environments : ['dev', 'staging', 'prod'];
        environments = names.map((name) => ({ name, values: fillTemplate(inputs.valuesFile, name), autoMerge: false, protected: false }));
    }
    if (inputs.valuesFile && configured.length > 0)
        environments = environments.map((e) => ({ ...e, values: fillTemplate(inputs.valuesFile, e.name), valuesLine: undefined }));
    const seen = new Set();
    for (const e of environments) {
        // The name becomes the branch promote/<name>: keep it to what git accepts everywhere.
        if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(e.name) || e.name.endsWith('.lock') || e.name.includes('..'))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`environment name '${e.name}' cannot be part of a branch name`, {
                file: config.file,
                hint: 'use letters, digits, ".", "_" and "-"',
            });
        if (seen.has(e.name))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`environment '${e.name}' appears twice`, {
                file: config.file,
                hint: 'list each environment once, in promotion order',
            });
        seen.add(e.name);
    }
    const serviceNames = Object.keys(config.services);
    let services;
    if (serviceNames.length > 0) {
        services = serviceNames.map((name) => {
            const svc = config.services[name];
            const key = inputs.valuesKey ?? svc.valuesKey;
            if (!key)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`service '${name}' has no values-key`, {
                    file: config.file,
                    hint: `add values-key (e.g. services.${name}.image) to services.${name}, or pass the values-key input`,
                });
            const verify = (0,_config_config_js__WEBPACK_IMPORTED_MODULE_0__.verifyFor)(config, name);
            return { name, image: svc.image, valuesKey: fillTemplate(key, '{env}', name), ...(verify ? { verify } : {}) };
        });
    }
    else {
        const names = inputs.services.length > 0 ? inputs.services : digestsServices;
        if (names.length === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('no services: the config lists none, and neither services nor a digests file names any', {
                file: config.file,
                hint: 'add services to .github/lockstep.yml, or pass services',
            });
        if (!inputs.valuesKey)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo("input 'values-key' is required without services in the config", {
                hint: 'pass values-key, e.g. image or services.{service}.image',
            });
        services = names.map((name) => ({
            name,
            valuesKey: fillTemplate(inputs.valuesKey, '{env}', name),
            ...(config.verify && (0,_config_config_js__WEBPACK_IMPORTED_MODULE_0__.verifyFor)(config, name) ? { verify: config.verify } : {}),
        }));
    }
    for (const s of services)
        (0,_pins_js__WEBPACK_IMPORTED_MODULE_3__/* .parseValuesKey */ .bx)(s.valuesKey.replace(/\{env\}/g, 'env'), `values-key of service '${s.name}'`);
    return { environments, services };
}
/**
 * Checks the request's rules, all before any network request: both
 * environments known, the step adjacent (dev→staging, staging→prod) unless
 * allow-skip, no promotion backwards or onto itself, a source for every
 * environment after the first, known services, no direct push into a
 * protected environment, chart-version only where an Application is set.
 */
function checkRoute(req) {
    const names = req.environments.map((e) => e.name);
    const errors = [];
    const toIndex = names.indexOf(req.to);
    if (toIndex < 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`input 'to' is '${req.to}', an unknown environment${(0,_text_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .a)(req.to, names)}`, {
            file: req.configFile,
            hint: `environments, in order: ${names.join(', ')}`,
        });
    const to = req.environments[toIndex];
    let from;
    let fromIndex;
    if (req.from.kind === 'env') {
        fromIndex = names.indexOf(req.from.env);
        if (fromIndex < 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`input 'from' is '${req.from.env}', an unknown environment${(0,_text_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .a)(req.from.env, names)}`, {
                file: req.configFile,
                hint: `environments, in order: ${names.join(', ')}; or ref:<sha-or-tag> to roll back`,
            });
        from = req.environments[fromIndex];
        if (fromIndex >= toIndex)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`cannot promote from ${from.name} to ${to.name}: ${to.name} does not come after ${from.name}`, {
                hint: `promotion order: ${names.join(' → ')}; to roll back use from: ref:<sha-or-tag>`,
            });
        if (toIndex - fromIndex > 1 && !req.allowSkip)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`promotion ${from.name} → ${to.name} skips ${names.slice(fromIndex + 1, toIndex).join(', ')}`, {
                hint: `promote through ${names.slice(fromIndex, toIndex + 1).join(' → ')}, or set allow-skip: true`,
            });
    }
    else if (req.from.kind === 'none' && toIndex > 0 && !req.digests && !req.version && !req.chartVersion) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`input 'from' is required to promote into ${to.name}`, {
            hint: `use from: ${names[toIndex - 1]}, or give digests, version or chart-version`,
        });
    }
    if (req.push === 'direct' && to.protected)
        errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`push: direct is refused for the protected environment ${to.name}`, {
            hint: 'use push: pr (the default): protected promotions go through a reviewed pull request',
        }));
    if (req.chartVersion !== undefined && !to.application)
        errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`chart-version is set but environment ${to.name} has no application`, {
            file: req.configFile,
            hint: `add application: <path of the ArgoCD Application> to environment ${to.name}`,
        }));
    if (req.autoMerge === true && to.protected)
        errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`auto-merge is refused for the protected environment ${to.name}`, {
            hint: 'protected promotions are draft pull requests merged by a person',
        }));
    const known = new Set(req.services.map((s) => s.name));
    for (const s of req.only)
        if (!known.has(s))
            errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`service '${s}' is not configured${(0,_text_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .a)(s, known)}`, {
                file: req.configFile,
                hint: `configured services: ${[...known].join(', ') || 'none'}`,
            }));
    if (req.digests && req.version)
        errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo("inputs 'digests' and 'version' were both given", { hint: 'use one source of new pins' }));
    if (req.from.kind === 'ref' && (req.digests || req.version))
        errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo("a rollback (from: ref:…) takes its pins from that ref; drop 'digests' and 'version'", {
            hint: 'roll back with from and to only',
        }));
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .throwAll */ .Kx)(errors);
    return { to, toIndex, from, fromIndex };
}
/** True when tags must be resolved to digests before writing. */
function mustResolve(req, to) {
    return req.resolveDigests ?? to.protected;
}


/***/ }),

/***/ 747:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qh: () => (/* binding */ checkValuesDrift),
  ch: () => (/* binding */ valuesDriftAnnotations),
  zK: () => (/* binding */ valuesDriftMarkdown)
});

// UNUSED EXPORTS: valuesDriftMode

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/registry/reference.ts
var reference = __webpack_require__(908);
// EXTERNAL MODULE: ./packages/core/src/text/markdown.ts
var markdown = __webpack_require__(9888);
// EXTERNAL MODULE: ./packages/core/src/yaml/read.ts
var read = __webpack_require__(4293);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./packages/core/src/text/bytes.ts
var bytes = __webpack_require__(9002);
// EXTERNAL MODULE: ./packages/core/src/text/parse-cache.ts
var parse_cache = __webpack_require__(9053);
// EXTERNAL MODULE: ./packages/core/src/values/diff.ts
var diff = __webpack_require__(3769);
;// CONCATENATED MODULE: ./packages/core/src/values/chart-drift.ts
// The target's values against the chart it is promoted to: every key an
// environment's values file sets that the chart no longer reads — absent from
// its values.yaml and not allowed by its values.schema.json — is reported at
// the values file's line, with the key path and the chart version. A chart
// that drops `ingress.enabled` while values-prod.yaml sets it would render
// without it, silently; a promotion should say so before it ships.





/** At most this many keys are listed for one values file. */
const MAX_FINDINGS = 100;
/**
 * The keys `envText` sets that `chart` has neither in its values.yaml nor
 * allows in its values.schema.json. A key under a map the chart leaves empty
 * or null (`podAnnotations: {}`), under `global`, or under a dependency's
 * name is free-form and never reported; lists are data, not keys. With the
 * run's `cache`, a values file the run already parsed (a promotion's edited
 * target) is not parsed again.
 */
function droppedKeys(envText, envFile, chart, document, cache) {
    const parsed = (0,parse_cache/* parseWith */.K)(cache, document === undefined ? read/* YAML_DOCUMENT */.MQ : read/* YAML_DOCUMENTS */.FL, (0,bytes/* stripBom */.F8)(envText), envFile);
    const root = document ? document(parsed.doc.contents) : parsed.doc.contents;
    const defaults = chart.values === undefined ? {} : (0,diff/* valuesDefaults */.Hz)(chart.values);
    const schema = readSchema(chart.schema);
    const free = new Set(['global', ...chart.dependencies]);
    const out = [];
    const walk = (node, chartValue, sch, path) => {
        if (!(0,dist/* isMap */.jh)(node))
            return;
        for (const pair of node.items) {
            if (out.length >= MAX_FINDINGS)
                return;
            if (!(0,dist/* isScalar */.jn)(pair.key))
                continue;
            const name = String(pair.key.value);
            if (path.length === 0 && free.has(name))
                continue;
            const sub = [...path, name];
            const inValues = isObject(chartValue) && Object.prototype.hasOwnProperty.call(chartValue, name);
            const subSchema = sch === undefined ? undefined : schemaFor(sch, name, schema);
            if (inValues) {
                const v = chartValue[name];
                // An empty map or a null in the chart is a slot for whatever the user puts there.
                if (v === null || (isObject(v) && Object.keys(v).length === 0))
                    continue;
                walk(pair.value, v, subSchema, sub);
                continue;
            }
            if (subSchema !== undefined && subSchema !== false)
                continue;
            const key = sub.join('.');
            out.push({
                file: envFile,
                line: parsed.lineOf(pair.key) ?? 1,
                key,
                message: `key ${key} is set here, but chart ${chart.name} ${chart.version} no longer has it (not in its values.yaml${schema === undefined ? '' : ', not allowed by its values.schema.json'})`,
            });
        }
    };
    walk(root, defaults, schema, []);
    return out;
}
function readSchema(text) {
    if (text === undefined)
        return undefined;
    try {
        const s = JSON.parse((0,bytes/* stripBom */.F8)(text));
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
                if (new RegExp(pattern, 'u').test(name))
                    return sub;
            }
            catch {
                // A pattern JavaScript cannot read allows nothing here.
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

// EXTERNAL MODULE: ./packages/core/src/promote/application.ts
var application = __webpack_require__(1120);
;// CONCATENATED MODULE: ./packages/core/src/promote/values-drift.ts
// values-drift: when a promotion moves the target's chart version (its
// Application's targetRevision), the target's values file is compared with the
// chart it will run — read from the repository at the promoted ref when the
// chart lives there, else from the chart's OCI artifact when the Application
// points at a registry. `error` (the default for protected environments)
// refuses the promotion before anything is written; `warn` annotates and goes
// on; `off` skips it. A chart that cannot be read is said, never silently passed.








/** The mode for the target: the input, else the environment's config, else error when protected and warn otherwise. */
function valuesDriftMode(req, route) {
    return req.valuesDrift ?? route.to.valuesDrift ?? (route.to.protected ? 'error' : 'warn');
}
/**
 * The comparison for a planned promotion that changes the chart version;
 * undefined when it changes none, the mode is off, or the values are the
 * Application's own (inline values are the chart's caller, not a file of keys).
 * In error mode every dropped key is a UserError at its line, thrown together.
 */
async function checkValuesDrift(req, route, plan, ports, baseSha, cache) {
    const mode = valuesDriftMode(req, route);
    const { to } = route;
    if (mode === 'off' || !plan.chart || !to.application)
        return undefined;
    const { file: appFile, name } = (0,application/* splitApplicationRef */.O6)(to.application);
    if (appFile === to.values)
        return undefined;
    const appText = await ports.git.readAt(baseSha, appFile);
    if (appText === undefined)
        return undefined;
    const source = chartSource(appText, appFile, name, req.charts);
    const version = plan.chart.new;
    const label = `${source.chart ?? (source.path ? external_node_path_.posix.basename(source.path) : 'chart')} ${version}`;
    const envText = plan.files.find((f) => f.path === to.values)?.after ?? (await ports.git.readAt(baseSha, to.values));
    if (envText === undefined)
        return undefined;
    const found = await readChart(req, source, version, ports, baseSha, to.values);
    if ('unread' in found)
        return { mode, chart: label, where: found.where, findings: [], unread: found.unread };
    const findings = droppedKeys(envText, to.values, found.chart, undefined, cache);
    if (mode === 'error')
        (0,errors/* throwAll */.Kx)(findings.map((f) => new errors/* UserError */.yo(`values-drift: ${f.message}`, {
            file: f.file,
            line: f.line,
            hint: `remove or rename the key before promoting chart ${found.chart.name} ${found.chart.version} (read from ${found.where}), or set values-drift: warn`,
        })));
    return { mode, chart: `${found.chart.name} ${found.chart.version}`, where: found.where, findings };
}
/** repoURL, chart and path of the Application source the promotion edits. */
function chartSource(text, file, name, charts) {
    const rev = (0,application/* findChartRevision */.xL)(text, file, name, charts);
    const parsed = (0,read/* parseYaml */.hN)(text.replace(/^\ufeff/, ''), file, { allowMulti: true });
    let node = parsed.documents?.[rev.document ?? 0]?.contents;
    for (const key of rev.path.slice(0, -1))
        node = typeof key === 'number' ? node?.items?.[key] : (0,read/* mapValue */.IS)(node, key);
    return {
        repoURL: (0,read/* scalarText */.ws)((0,read/* mapValue */.IS)(node, 'repoURL')),
        chart: (0,read/* scalarText */.ws)((0,read/* mapValue */.IS)(node, 'chart')),
        path: (0,read/* scalarText */.ws)((0,read/* mapValue */.IS)(node, 'path')),
    };
}
/**
 * The chart at `version`: from git at the promoted ref (the Application's
 * `path:`, a folder holding the values file, or a configured chart folder,
 * whose Chart.yaml names the chart), else from its OCI artifact.
 */
async function readChart(req, source, version, ports, baseSha, valuesFile) {
    const ref = req.from.kind === 'ref' ? ((await ports.git.resolveRef(req.from.ref)) ?? baseSha) : baseSha;
    const at = req.from.kind === 'ref' ? `ref ${req.from.ref}` : `the base branch ${req.base}`;
    for (const dir of gitCandidates(source, valuesFile, req.charts)) {
        const chartYaml = await ports.git.readAt(ref, join(dir, 'Chart.yaml'));
        if (chartYaml === undefined)
            continue;
        const meta = chartMeta(chartYaml);
        if (source.chart && meta.name !== source.chart)
            continue;
        const [values, schema] = await Promise.all([
            ports.git.readAt(ref, join(dir, 'values.yaml')),
            ports.git.readAt(ref, join(dir, 'values.schema.json')),
        ]);
        return {
            chart: { name: meta.name ?? source.chart ?? dir, version: meta.version ?? version, values, schema, dependencies: meta.dependencies },
            where: `${dir} at ${at}`,
        };
    }
    const image = ociReference(source, version);
    if (!image)
        return {
            unread: `chart ${source.chart ?? source.path ?? ''} ${version} is not in this repository and ${source.repoURL ?? 'its repoURL'} is not an OCI registry`,
            where: source.repoURL ?? 'nowhere',
        };
    const where = `oci://${image.registry}/${image.repository}:${version}`;
    if (!ports.readChart)
        return { unread: 'no registry client', where };
    try {
        const files = await ports.readChart(image);
        const meta = chartMeta(files.get('Chart.yaml') ?? '');
        return {
            chart: {
                name: meta.name ?? source.chart ?? '',
                version: meta.version ?? version,
                values: files.get('values.yaml'),
                schema: files.get('values.schema.json'),
                dependencies: meta.dependencies,
            },
            where,
        };
    }
    catch (e) {
        if (e instanceof errors/* UserError */.yo || (e instanceof Error && e.name === 'RegistryError'))
            return { unread: e.message, where };
        throw e;
    }
}
/** Folders that may hold the chart in git: the source's path, the values file's folder and its parents, the configured chart folders. */
function gitCandidates(source, valuesFile, charts) {
    const out = [];
    if (source.path)
        out.push(source.path.replace(/\/+$/, '') || '.');
    for (let dir = external_node_path_.posix.dirname(valuesFile);; dir = external_node_path_.posix.dirname(dir)) {
        out.push(dir);
        if (dir === '.' || dir === '/' || dir === '')
            break;
    }
    for (const c of charts)
        if (!/[*?[\]{}!]/.test(c))
            out.push(c.replace(/\/+$/, ''));
    return [...new Set(out)].filter((d) => !d.split('/').includes('..'));
}
/** `registry/repository/<chart>:<version>` for a repoURL that names an OCI registry (`oci://host/path`, or `host/path` without a scheme as ArgoCD writes it). */
function ociReference(source, version) {
    if (!source.repoURL || !source.chart)
        return undefined;
    const url = source.repoURL.trim().replace(/\/+$/, '');
    const bare = url.startsWith('oci://') ? url.slice('oci://'.length) : /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? undefined : url;
    if (!bare)
        return undefined;
    const host = bare.split('/')[0];
    if (!host.includes('.') && !host.includes(':') && host !== 'localhost')
        return undefined;
    try {
        return (0,reference/* parseReference */.F2)(`${bare}/${source.chart}:${version}`);
    }
    catch (e) {
        if (e instanceof reference/* InvalidReference */.ft)
            return undefined;
        throw e;
    }
}
/** name, version and dependency names (or aliases) of a Chart.yaml, read leniently. */
function chartMeta(text) {
    try {
        const root = (0,read/* parseYaml */.hN)(text.replace(/^\ufeff/, ''), 'Chart.yaml').doc.contents;
        const deps = (0,read/* mapValue */.IS)(root, 'dependencies');
        const dependencies = [];
        if (deps && typeof deps === 'object' && 'items' in deps && Array.isArray(deps.items))
            for (const d of deps.items) {
                const n = (0,read/* scalarText */.ws)((0,read/* mapValue */.IS)(d, 'alias')) ?? (0,read/* scalarText */.ws)((0,read/* mapValue */.IS)(d, 'name'));
                if (n)
                    dependencies.push(n);
            }
        return { name: (0,read/* scalarText */.ws)((0,read/* mapValue */.IS)(root, 'name')), version: (0,read/* scalarText */.ws)((0,read/* mapValue */.IS)(root, 'version')), dependencies };
    }
    catch (e) {
        if (e instanceof errors/* UserError */.yo)
            return { dependencies: [] };
        throw e;
    }
}
function join(dir, file) {
    return dir === '.' || dir === '' ? file : `${dir}/${file}`;
}
/** The report as Markdown for the PR body and the job summary (every name and message escaped). */
function valuesDriftMarkdown(r) {
    const head = `**values-drift (${r.mode})** against chart ${(0,markdown/* escapeMarkdown */.FV)(r.chart)} (${(0,markdown/* escapeMarkdown */.FV)(r.where)}):`;
    if (r.unread)
        return `${head} the chart could not be read (${(0,markdown/* escapeMarkdown */.FV)(r.unread)}); the values were not compared.`;
    if (r.findings.length === 0)
        return `${head} every key the values file sets is still in the chart.`;
    const lines = r.findings.map((f) => `- ${(0,markdown/* codeSpan */.SS)(`${f.file}:${f.line}`)} ${(0,markdown/* escapeMarkdown */.FV)(f.message)}`);
    return [
        `${head} ${r.findings.length} key${r.findings.length === 1 ? '' : 's'} the chart no longer has; the promotion goes on (values-drift: warn).`,
        '',
        ...lines,
    ].join('\n');
}
/** values-drift: warn's annotations, one per dropped key at its line; an unread chart is one warning. */
function valuesDriftAnnotations(r) {
    if (!r)
        return [];
    if (r.unread)
        return [
            {
                annotate: 'warning',
                message: `values-drift: chart ${r.chart} could not be read from ${r.where} (${r.unread}); the target's values were not compared with it`,
            },
        ];
    return r.findings.map((f) => ({ annotate: 'warning', message: `values-drift: ${f.message}`, file: f.file, line: f.line }));
}


/***/ }),

/***/ 3769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hz: () => (/* binding */ valuesDefaults),
/* harmony export */   In: () => (/* binding */ diffValues)
/* harmony export */ });
/* unused harmony exports lenientYaml, kindOf */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4293);
/* harmony import */ var _yaml_scalars_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7812);
/* harmony import */ var _text_bytes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9002);




/**
 * Compares two values.yaml texts and lists the breaking changes: keys removed
 * (a rename is a removal plus an addition) and values whose kind changed
 * (map ↔ scalar, number → string …). Added keys and new values are not
 * breaking. A value that was null, or becomes null, is a placeholder and may
 * take any kind (a map with keys set to null loses them). Lists are compared
 * as whole values: items are data, not keys.
 * The head text is read strictly (duplicate keys, syntax errors throw a
 * UserError); the base text is read leniently, since the PR cannot fix it.
 */
function diffValues(baseText, headText, baseFile, headFile) {
    const base = lenientYaml(baseText);
    if (!base)
        return [];
    const head = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYaml */ .hN)((0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .stripBom */ .F8)(headText), headFile);
    const out = [];
    // An empty values.yaml (or none) removes every key: the root is not a null placeholder.
    const headRoot = head.doc.contents ?? ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(base.doc.contents) ? new yaml__WEBPACK_IMPORTED_MODULE_0__/* .YAMLMap */ .CA() : null);
    walk(base.doc.contents, headRoot, [], { base, head, baseFile, headFile, out, seen: new WeakMap() });
    return out;
}
/** Parses YAML without refusing anything; undefined when it is not YAML at all. */
function lenientYaml(text) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)((0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .stripBom */ .F8)(text), { lineCounter: lines, uniqueKeys: false });
    if (doc.errors.length > 0)
        return undefined;
    return { doc, lineOf: (n) => (n?.range ? lines.linePos(n.range[0]).line : undefined) };
}
/**
 * values.yaml as the plain object Helm starts from (aliases and `<<` merges
 * resolved); undefined when the text is not YAML.
 */
function valuesDefaults(text) {
    try {
        const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)((0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .stripBom */ .F8)(text), { uniqueKeys: false, merge: true });
        return doc.errors.length > 0 ? undefined : doc.toJS({ maxAliasCount: -1 });
    }
    catch {
        return undefined;
    }
}
/** The kind of a parsed node (YAML 1.2 core schema, as the `yaml` package reads it). */
function kindOf(node) {
    if (node === null || node === undefined)
        return 'null';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
        return 'map';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
        return 'list';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node)) {
        // Helm reads values as YAML 1.1: an unquoted `yes`/`on` is a boolean, `0755` a number.
        if (node.type === 'PLAIN' && typeof node.source === 'string') {
            const t = (0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_3__/* .yaml11Type */ .Ax)(node.source);
            return t === 'bool' ? 'boolean' : t === 'int' || t === 'float' ? 'number' : t === 'null' ? 'null' : 'string';
        }
        const v = node.value;
        if (v === null || v === undefined)
            return 'null';
        if (typeof v === 'number' || typeof v === 'bigint')
            return 'number';
        if (typeof v === 'boolean')
            return 'boolean';
        return 'string';
    }
    return 'null';
}
/** At most this many breaking changes are listed for one values file (an alias bomb would list billions). */
const MAX_FINDINGS = 200;
function walk(b, h, path, w) {
    const { base, head, out, seen } = w;
    // Aliases stand for the anchored node, as Helm reads them.
    b = deref(b, base.doc);
    h = deref(h, head.doc);
    // Through aliases one pair of nodes is reached by many paths (9^9 in a billion-laughs file). A pair
    // known to hold no breaking change is not walked again, and the findings stop at a cap, so the time is
    // bounded while a change under a shared anchor is still reported at every path that uses it.
    if (out.length >= MAX_FINDINGS)
        return;
    if (b && h && seen.get(b)?.has(h))
        return;
    const found = out.length;
    walkPair(b, h, path, w);
    if (b && h && out.length === found) {
        const pairs = seen.get(b) ?? new WeakSet();
        pairs.add(h);
        seen.set(b, pairs);
    }
}
/** The breaking changes between two resolved nodes and below them (walk's body). */
function walkPair(b, h, path, w) {
    const { base, head, baseFile, headFile, out } = w;
    const bk = kindOf(b);
    let hk = kindOf(h);
    // A map emptied to null takes its keys away (`.Values.image.repository` no longer resolves).
    if (bk === 'map' && hk === 'null') {
        h = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .YAMLMap */ .CA();
        hk = 'map';
    }
    if (bk === 'null' || hk === 'null')
        return;
    const key = path.join('.');
    if (bk === 'number' && hk === 'string' && quotesTheNumber(b, h))
        return;
    if (bk !== hk) {
        out.push({ file: headFile, line: head.lineOf(h), key, message: `key ${key || '(root)'} changed type from ${bk} to ${hk}` });
        return;
    }
    if (bk !== 'map' || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(b) || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(h))
        return;
    const headPairs = pairsOf(h, head.doc);
    for (const [name, p] of pairsOf(b, base.doc)) {
        const sub = [...path, name];
        if (!headPairs.has(name)) {
            out.push({ file: baseFile, line: base.lineOf(p.key), key: sub.join('.'), message: `key ${sub.join('.')} removed`, side: 'base' });
            continue;
        }
        walk(p.value, headPairs.get(name).value, sub, w);
    }
}
/**
 * True when a string value spells the number it replaces: its source text
 * (`tag: 1.10` → `tag: "1.10"`, the string the author meant all along) or its
 * YAML 1.1 reading (`"1.1"`, what Helm rendered before). Templates that print
 * the value see the same text or the text the author intended, so it is a fix, not a type change.
 */
function quotesTheNumber(b, h) {
    if (typeof h.value !== 'string' || typeof b.source !== 'string')
        return false;
    const text = h.value;
    if (text === b.source)
        return true;
    // Helm's reading, not YAML 1.2's: `0755` rendered as 493, so "755" would change what templates see.
    const yaml11 = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(b.source, { version: '1.1' }).contents;
    const v = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(yaml11) ? yaml11.value : undefined;
    return (typeof v === 'number' || typeof v === 'bigint') && String(v) === text;
}
function deref(node, doc) {
    for (let i = 0; i < 32 && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node); i++)
        node = node.resolve(doc) ?? null;
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node) ? null : node;
}
/**
 * A map's keys as Helm sees them: `<<: *anchor` (or a list of anchors) merges
 * the anchored maps' keys, and keys written in the map itself win.
 */
function pairsOf(map, doc, depth = 0) {
    const out = new Map();
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(map) || depth > 32)
        return out;
    const merged = [];
    for (const p of map.items) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key))
            continue;
        const name = String(p.key.value);
        if (name === '<<' && p.key.type === 'PLAIN' && ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(p.value) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(p.value))) {
            merged.push(...((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(p.value) ? p.value.items : [p.value]));
            continue;
        }
        out.set(name, { key: p.key, value: p.value });
    }
    for (const m of merged) {
        const src = deref(m, doc);
        if (src)
            for (const [name, p] of pairsOf(src, doc, depth + 1))
                if (!out.has(name))
                    out.set(name, p);
    }
    return out;
}


/***/ })

};
