export const id = 8188;
export const ids = [8188,2819,6744];
export const modules = {

/***/ 16744:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ siblingConfigError),
/* harmony export */   q: () => (/* binding */ otherConfigExtension)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

// Light on purpose: chart-bump-check reads its config at the base commit and loads the config
// loader (and its schema validator) only when there is a file; this module serves both lookups.
/** `.yml` for `.yaml` and back (undefined for any other name): the file a user most likely meant when theirs is missing. */
function otherConfigExtension(rel) {
    if (/\.yml$/i.test(rel))
        return rel.replace(/\.yml$/i, '.yaml');
    if (/\.yaml$/i.test(rel))
        return rel.replace(/\.yaml$/i, '.yml');
    return undefined;
}
/** A missing config file whose other-extension sibling exists (`where`: ' at the base commit', or nothing). */
function siblingConfigError(rel, sibling, where = '') {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`config file ${rel} does not exist${where}`, {
        hint: `did you mean ${sibling}? (rename it, or set config: ${sibling} under with:)`,
        cliHint: `did you mean ${sibling}? (rename it, or pass --config ${sibling})`,
    });
}


/***/ }),

/***/ 33734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  effective: () => (/* binding */ effective),
  renderEffective: () => (/* binding */ renderEffective)
});

// UNUSED EXPORTS: withDeclared

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./packages/core/src/config/config.ts + 2 modules
var config_config = __webpack_require__(30793);
// EXTERNAL MODULE: ./packages/core/src/text/camel.ts
var camel = __webpack_require__(31703);
// EXTERNAL MODULE: ./packages/core/src/config/raw.generated.ts
var raw_generated = __webpack_require__(81517);
// EXTERNAL MODULE: ./packages/core/src/config/readers.ts
var config_readers = __webpack_require__(22292);
;// CONCATENATED MODULE: ./packages/core/src/config/effective.ts




/**
 * The order `lockstep config` prints each place's keys in (the declarations list them in another order, and the
 * printout is kept as it was): only keys the settings declare (typed by the generated raw types). A key left out
 * here (crds, an environment's hydrate, min-soak …) is added after these by settings/effective.ts, as written or
 * defaulted; an environment's keys an input overrides are resolved there.
 */
const TOP_ORDER = [
    'version-file',
    'tag-prefix',
    'notify-pulls',
    'commit-mode',
    'charts',
    'charts-ignore',
    'ignore',
    'chart-registry',
    'chart-version-policy',
    'changelog',
    'packages',
    'pins',
    'services',
    'environments',
    'render',
    'lock-command',
    'verify',
    'waves',
];
const ENVIRONMENT_ORDER = [
    'name',
    'values',
    'kustomization',
    'application',
    'helmrelease',
    'ocirepository',
    'flux-kustomization',
    'url',
    'preview',
    'protected',
    'windows',
];
const SERVICE_ORDER = ['image', 'values-key', 'verify'];
/**
 * A place's printed keys, each value its field's (`values-key` ← `valuesKey`): shown back through the reader
 * its declaration names (`readers`, raw.generated.ts), or by `show`; undefined values left out.
 */
function inFileNames(fields, order, readers, show = {}) {
    const out = {};
    for (const key of order) {
        const field = fields[(0,camel/* camel */.n)(key)];
        const reader = readers[key];
        const value = show[key] ? show[key](field) : reader && field !== undefined ? (0,config_readers/* readerOf */.TC)(reader).show(field) : field;
        if (value !== undefined)
            out[key] = value;
    }
    return out;
}
// Shown only when set to true (the file's `preview: false` and the default are added after by settings/effective.ts).
const ENVIRONMENT_SHOW = { preview: (v) => (v ? true : undefined) };
const TOP_SHOW = {
    // Undefined means "every folder holding a Chart.yaml": said in words, since the file has no key for it.
    charts: (v) => v ?? 'every folder holding a Chart.yaml (not inside another chart)',
    services: (v) => Object.fromEntries(Object.entries(v).map(([name, s]) => [name, inFileNames(s, SERVICE_ORDER, raw_generated/* SERVICE_READERS */.ry)])),
    environments: (v) => v.map((e) => inFileNames(e, ENVIRONMENT_ORDER, raw_generated/* ENVIRONMENT_READERS */.PR, ENVIRONMENT_SHOW)),
};
/**
 * The configuration in the file's own key names (kebab-case, each field's name derived from its key), the
 * loader's defaults filled in; the keys whose default lives in the settings tables (notify-pulls, commit-mode)
 * only when the file sets them, and an environment's keys an input overrides not at all: settings/effective.ts
 * adds them for `lockstep config`.
 */
function effectiveConfig(c) {
    return inFileNames(c, TOP_ORDER, raw_generated/* TOP_READERS */.Rf, TOP_SHOW);
}
/** The effective configuration (effectiveConfig's, or one with more filled in) as YAML, headed by a comment naming where it came from. */
function renderEffectiveConfig(c, values = effectiveConfig(c)) {
    const from = c.file
        ? `# effective configuration: ${c.file} with defaults filled in`
        : '# effective configuration: no config file, every setting is its default';
    return `${from}\n${stringify(values, { lineWidth: 0 })}`;
}

// EXTERNAL MODULE: ./packages/core/src/text/duration.ts
var duration = __webpack_require__(8473);
// EXTERNAL MODULE: ./packages/core/src/settings/resolve.ts
var resolve = __webpack_require__(59199);
// EXTERNAL MODULE: ./packages/core/src/settings/table.ts
var table = __webpack_require__(96355);
// EXTERNAL MODULE: ./packages/core/src/settings/tables.ts
var tables = __webpack_require__(83602);
;// CONCATENATED MODULE: ./packages/core/src/settings/effective.ts








// The declared keys of each place, with their defaults (settings/table-*.ts and config-keys.ts, through the generated schema).
const TOP = raw_generated/* configSchema */.Qn.properties;
const ENVIRONMENT = raw_generated/* configSchema */.Qn.properties.environments.items.properties;
const SERVICE = raw_generated/* configSchema */.Qn.properties.services.additionalProperties.properties;
/**
 * `values` (the loader's view, config/effective.ts) with each declared key it lacks: the file's value as
 * written when `raw` has it (a key the loader's view does not name yet), else the key's declared default;
 * keys with neither stay out.
 */
function withDeclared(values, raw, declared) {
    const out = { ...values };
    for (const [key, p] of Object.entries(declared)) {
        if (key in out)
            continue;
        if (raw?.[key] !== undefined)
            out[key] = raw[key];
        else if (p.default !== undefined)
            out[key] = p.default;
    }
    return out;
}
/**
 * An environment's keys an input overrides (promote's auto-merge, values-drift, min-soak, wait), each as a run
 * with no input resolves it there (settings/resolve.ts: the environment's key, the top's, the default, which
 * may depend on another key): the same value and source the run uses. Keys with no value stay out.
 */
function environmentKeys(config, environment) {
    const out = {};
    for (const table of tables/* ACTION_TABLES */.XL) {
        const own = { ...table, settings: table.settings.filter((s) => s.config?.where === 'environment') };
        const resolved = (0,resolve/* resolveSettings */.M)(own, {}, config, { environment });
        for (const s of own.settings) {
            const { value, from } = resolved[s.input];
            if (value === undefined)
                continue;
            // A duration is read in milliseconds: printed as the file writes one (1h30m).
            out[s.config.key] = {
                value: s.kind === 'duration' && typeof value === 'number' ? (0,duration/* formatDuration */.a3)(value).replace(/ /g, '') : value,
                from,
            };
        }
    }
    return out;
}
/** For each key of `values`: `config` when the file sets it at `at`, else `default`. */
function sourcesOf(config, values, at) {
    return Object.fromEntries(Object.keys(values).map((k) => [k, (0,config_config.configLine)(config, [...at, k]) !== undefined ? 'config' : 'default']));
}
/**
 * The configuration as every command reads it: each key the declarations know (the settings tables and
 * settings/config-keys.ts), at the top, under each environment and each service, with the file's value or
 * the key's default, and where each came from. Keys with no default that the file leaves out stay out.
 */
function effective(config) {
    const base = effectiveConfig(config);
    // The top-level render mode the file leaves out is the render setting's default (settings/table.ts RENDER_KEY).
    base.render = { mode: table/* RENDER_KEY */.hG.default, ...base.render };
    const raw = (0,config_config.rawConfig)(config);
    const rawEnvironments = (raw?.environments ?? []);
    const rawServices = (raw?.services ?? {});
    const resolved = config.environments.map((e) => environmentKeys(config, e.name));
    const environments = (base.environments ?? []).map((e, i) => withDeclared({ ...e, ...Object.fromEntries(Object.entries(resolved[i] ?? {}).map(([k, r]) => [k, r.value])) }, rawEnvironments[i], ENVIRONMENT));
    // A resolved key's source is the resolution's: set under the environment or at the top of the file, else the default.
    const environmentSources = environments.map((e, i) => ({
        ...sourcesOf(config, e, ['environments', i]),
        ...Object.fromEntries(Object.entries(resolved[i] ?? {}).map(([k, r]) => [k, r.from === 'default' ? 'default' : 'config'])),
    }));
    const services = Object.fromEntries(Object.entries((base.services ?? {})).map(([name, s]) => [
        name,
        withDeclared(s, rawServices[name], SERVICE),
    ]));
    const values = withDeclared({ ...base, environments, services }, raw, TOP);
    return {
        values,
        sources: {
            top: sourcesOf(config, values, []),
            environments: environmentSources,
            services: Object.fromEntries(Object.entries(services).map(([name, s]) => [name, sourcesOf(config, s, ['services', name])])),
        },
    };
}
/**
 * The effective configuration as YAML, each key followed by where its value came from: `# <file>:<line>`
 * or `# default`, headed by a comment naming the file read.
 */
function renderEffective(config, { values, sources } = effective(config)) {
    const doc = new dist/* Document */.yo(values);
    const note = (at, source) => {
        // An environment's key the top of the file gives is at its line there.
        const line = (0,config_config.configLine)(config, at) ?? (at[0] === 'environments' && at.length === 3 ? (0,config_config.configLine)(config, [at[2]]) : undefined);
        if (source === 'config' && line !== undefined)
            return ` ${config.file}:${line}`;
        return source === 'default' ? ' default' : undefined;
    };
    const annotate = (map, at, own) => {
        if (!(0,dist/* isMap */.jh)(map))
            return;
        for (const pair of map.items) {
            if (!(0,dist/* isScalar */.jn)(pair.key))
                continue;
            const key = String(pair.key.value);
            const comment = note([...at, key], own[key]);
            // After a scalar or an empty list on its line; after the key of a list or mapping.
            const v = pair.value;
            const inline = (0,dist/* isScalar */.jn)(v) || (((0,dist/* isSeq */.oP)(v) || (0,dist/* isMap */.jh)(v)) && v.items.length === 0);
            if (inline && ((0,dist/* isSeq */.oP)(v) || (0,dist/* isMap */.jh)(v)))
                v.flow = true;
            if (comment !== undefined)
                (inline && v ? v : pair.key).comment = comment;
            if (at.length > 0)
                continue;
            if (key === 'environments' && (0,dist/* isSeq */.oP)(pair.value))
                pair.value.items.forEach((e, i) => annotate(e, ['environments', i], sources.environments[i] ?? {}));
            if (key === 'services' && (0,dist/* isMap */.jh)(pair.value))
                for (const s of pair.value.items)
                    if ((0,dist/* isScalar */.jn)(s.key))
                        annotate(s.value, ['services', String(s.key.value)], sources.services[String(s.key.value)] ?? {});
        }
    };
    annotate(doc.contents, [], sources.top);
    const from = config.file
        ? `# effective configuration: ${config.file} with defaults filled in`
        : '# effective configuration: no config file, every setting is its default';
    return `${from}\n${doc.toString({ lineWidth: 0 })}`;
}


/***/ }),

/***/ 59199:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ resolveSettings)
/* harmony export */ });
/* harmony import */ var _text_camel_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31703);

/**
 * The one precedence of every operation: an input given > the key under the
 * environment (or service) the run is about > the key at the top of the file
 * > the table's default (or the default another key decides: `defaultWhen`). `given` holds the inputs as the request read them,
 * undefined where the input was not given (the runner's empty input); an
 * explicit empty value on the command line (`--tag-prefix ""`) is given.
 * Only the settings that declare a config key are resolved here: the others
 * are the input or its default already. Without a config (check reads none
 * at a commit that has no file), the input, else the default.
 */
function resolveSettings(table, given, config, scope = {}) {
    const env = scope.environment === undefined ? undefined : config?.environments.find((e) => e.name === scope.environment);
    const out = {};
    for (const s of table.settings) {
        if (!s.config)
            continue;
        out[s.input] = resolveOne(s, given[s.input], config, env);
    }
    return out;
}
function resolveOne(s, given, config, env) {
    if (given !== undefined)
        return { value: given, from: 'input' };
    const key = (0,_text_camel_js__WEBPACK_IMPORTED_MODULE_0__/* .camel */ .n)(s.config.key);
    // A key an environment may set is read there first; the top of the file holds it for every environment.
    if (s.config.where === 'environment') {
        const v = env?.[key];
        if (v !== undefined)
            return { value: v, from: 'environment' };
    }
    const top = config;
    // The top of the file's value, under the key's own name or where its declaration says (render: `render.mode`).
    const v = (s.config.topField ?? [key]).reduce((at, field) => at?.[field], top);
    if (v !== undefined)
        return { value: v, from: 'top' };
    // A default another key decides (values-drift: error where protected), that key read where this one would be.
    const when = s.config.defaultWhen;
    if (when) {
        const other = (s.config.where === 'environment' ? env?.[(0,_text_camel_js__WEBPACK_IMPORTED_MODULE_0__/* .camel */ .n)(when.key)] : undefined) ?? top?.[(0,_text_camel_js__WEBPACK_IMPORTED_MODULE_0__/* .camel */ .n)(when.key)];
        return { value: other === when.is ? when.then : when.otherwise, from: 'default' };
    }
    return { value: s.config.default, from: 'default' };
}


/***/ }),

/***/ 29002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F8: () => (/* binding */ stripBom),
/* harmony export */   Gt: () => (/* binding */ frame),
/* harmony export */   _x: () => (/* binding */ parseJsonWith),
/* harmony export */   bq: () => (/* binding */ parseJsonAt),
/* harmony export */   mh: () => (/* binding */ lineAt)
/* harmony export */ });
/* unused harmony export lineEnding */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

/** Splits off the BOM and finds the line ending, so edits can put both back. */
function frame(text) {
    const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
    const body = bom ? text.slice(1) : text;
    return { bom, body, eol: lineEnding(body) };
}
/** The text without a leading byte-order mark. */
function stripBom(text) {
    return text.startsWith('\ufeff') ? text.slice(1) : text;
}
/** The line ending of the first line break ('\n' when there is none). */
function lineEnding(text) {
    const lf = text.indexOf('\n');
    return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}
/** 1-based line of a character offset. */
function lineAt(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
/**
 * JSON.parse with a UserError naming the file and line on a syntax error. V8's
 * messages do not always carry a position, so the error is located with
 * jsonc-parser (strict: no comments, no trailing commas), which is loaded only
 * then: a run that reads valid JSON never loads it. A BOM is skipped.
 */
async function parseJsonAt(text, file, hint, what = 'invalid JSON') {
    const body = stripBom(text);
    try {
        return JSON.parse(body);
    }
    catch (e) {
        throw jsonSyntaxError(await __webpack_require__.e(/* import() */ 9547).then(__webpack_require__.t.bind(__webpack_require__, 99547, 23)), body, file, hint, what, e);
    }
}
/** parseJsonAt for callers that hold jsonc-parser already (editors that need its offsets): synchronous. */
function parseJsonWith(jsonc, text, file, hint, what = 'invalid JSON') {
    const body = stripBom(text);
    try {
        return JSON.parse(body);
    }
    catch (e) {
        throw jsonSyntaxError(jsonc, body, file, hint, what, e);
    }
}
function jsonSyntaxError(jsonc, body, file, hint, what, cause) {
    const errors = [];
    jsonc.parse(body, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    const reason = first
        ? describeJsonError(jsonc.printParseErrorCode(first.error))
        : (cause instanceof Error ? cause.message : String(cause)).replace(/[\r\n]+/g, ' ').slice(0, 120);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what}: ${reason}`, { file, line: first ? lineAt(body, first.offset) : 1, hint });
}
function describeJsonError(code) {
    // 'ValueExpected' → 'value expected'
    return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}


/***/ }),

/***/ 31703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ camel)
/* harmony export */ });
/** `tag-prefix` → `tagPrefix`: a setting's (or a config key's) field in the code. */
function camel(key) {
    return key.replace(/-([a-z])/g, (_m, c) => c.toUpperCase());
}


/***/ }),

/***/ 8473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   Fp: () => (/* binding */ DURATION_HINT),
/* harmony export */   a3: () => (/* binding */ formatDuration)
/* harmony export */ });
// Durations as the config and the inputs write them: `30m`, `1h`, `2d`, or
// units together from the largest down (`1h30m`, `2d12h`). Strict: no spaces,
// no fractions, no other unit, each unit at most once, so a typo is an error
// rather than a different duration.
const DURATION = /^(?:(\d{1,4})d)?(?:(\d{1,5})h)?(?:(\d{1,6})m)?$/;
const MINUTE = 60_000;
/** Milliseconds of a duration such as `30m`, `1h`, `2d` or `1h30m`; undefined when the text is not one. */
function parseDuration(text) {
    const m = DURATION.exec(text.trim());
    if (!m || text.trim() === '')
        return undefined;
    const [d, h, min] = [m[1], m[2], m[3]].map((v) => Number(v ?? 0));
    return ((d * 24 + h) * 60 + min) * MINUTE;
}
/** The hint every duration error gives. */
const DURATION_HINT = 'write a number and a unit (m, h or d), e.g. 30m, 1h, 2d or 1h30m';
/**
 * A duration for people, rounded up to the minute (a wait of 29m10s is said
 * `30m`, never a shorter wait than the real one): `30m`, `1h`, `1h 5m`, `2d 3h`.
 */
function formatDuration(ms) {
    let minutes = Math.max(0, Math.ceil(ms / MINUTE));
    const d = Math.floor(minutes / 1440);
    minutes -= d * 1440;
    const h = Math.floor(minutes / 60);
    const m = minutes - h * 60;
    const parts = [d ? `${d}d` : '', h ? `${h}h` : '', m ? `${m}m` : ''].filter(Boolean);
    return parts.length > 0 ? parts.join(' ') : '0m';
}


/***/ })

};
