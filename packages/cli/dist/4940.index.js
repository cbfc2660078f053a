export const id = 4940;
export const ids = [4940,3081,1668,1684,6744];
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

/***/ 9492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ stripPort),
/* harmony export */   c: () => (/* binding */ isLoopbackHost)
/* harmony export */ });
// A host's name as written (no lookup, no node:net): light enough for the entry chunks that read an
// image reference (capture-digests' inputs); hosts.ts adds the address rules.
/** True when the registry host is this machine (plain http is allowed there). */
function isLoopbackHost(host) {
    const h = stripPort(host).toLowerCase();
    return h === 'localhost' || h.endsWith('.localhost') || /^127(?:\.\d{1,3}){3}$/.test(h) || h === '::1' || h === '[::1]';
}
/** host without `:port`; keeps a bracketed IPv6 literal's brackets off. */
function stripPort(host) {
    if (host.startsWith('[')) {
        const end = host.indexOf(']');
        return host.slice(1, end < 0 ? undefined : end);
    }
    const c = host.lastIndexOf(':');
    return c >= 0 && host.indexOf(':') === c ? host.slice(0, c) : host;
}


/***/ }),

/***/ 1668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EVERY_CONFIG_CHECK: () => (/* binding */ EVERY_CONFIG_CHECK)
/* harmony export */ });
/* harmony import */ var _promote_gates_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52862);
/* harmony import */ var _settings_validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93081);
// The config checks of the faces that read a file whole to judge it (`lockstep config`, chart-bump-check on a pull
// request that changes the config): every command's (settings/validate.ts) and the promotion gates'
// (promote/gates/registry.ts: an `after:` naming no environment). A gate's mistake in the file is said there, at its
// line, with the others, before the promotion that would refuse it. Composed here, the one floor that reaches both.


/** Every check of the config: the commands' first, then the gates', in the order of their registry. */
const EVERY_CONFIG_CHECK = [..._settings_validate_js__WEBPACK_IMPORTED_MODULE_1__.CONFIG_CHECKS, ..._promote_gates_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .GATE_CHECKS */ .s];


/***/ }),

/***/ 38807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gf: () => (/* binding */ defaultsOf),
/* harmony export */   II: () => (/* binding */ unresolved),
/* harmony export */   P1: () => (/* binding */ scoped),
/* harmony export */   cm: () => (/* binding */ settingsForEach),
/* harmony export */   sb: () => (/* binding */ readSettings),
/* harmony export */   zc: () => (/* binding */ settingsFor)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _text_camel_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31703);
/* harmony import */ var _text_duration_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8473);
/* harmony import */ var _text_list_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(60385);
/* harmony import */ var _resolve_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59199);
// The one reader of every setting (issue 54): a table entry says the setting's kind, choices, default and
// config key, so its TypeScript type, how its input is parsed and where its value comes from are all
// derived from that entry here, never spelled again at a use site. An operation's request reads its
// table with readSettings, keeps only the rules between fields, and asks settingsFor (or settingsForEach, per
// environment) for the config-backed values: each comes out typed and camel-cased (`min-soak` → minSoak).





/** The entries of `table` whose config key lives at `where`. */
function scoped(table, where) {
    const settings = table.settings.filter((s) => s.config?.where === where);
    return { operation: table.operation, action: table.action, settings: settings };
}
/**
 * Reads every input of `table` by its kind, once: a `bool` as a YAML boolean, a `choice` among its choices,
 * a list one per line or comma-separated, a `duration` in milliseconds (30m, 2d), anything else as text;
 * each with the table's default when it has one (the runner passes it; a terminal's flags do the same),
 * else undefined when not given (a list: empty). Each error names its input.
 */
function readSettings(table, inputs) {
    const out = {};
    for (const s of table.settings) {
        if (s.kind === 'secret')
            continue;
        const value = readOne(s, inputs);
        if (value !== undefined)
            out[(0,_text_camel_js__WEBPACK_IMPORTED_MODULE_1__/* .camel */ .n)(s.input)] = value;
    }
    return out;
}
/** What readSettings gives when no input is given: each setting's default, read as its kind. */
function defaultsOf(table) {
    return readSettings(table, NOTHING_GIVEN);
}
/** An input source where nothing is given. */
const NOTHING_GIVEN = {
    source: () => '',
    string: (_name, fallback = '') => fallback,
    optional: () => undefined,
    required: (name) => {
        throw new Error(`${name} is required: a table with a required input has no defaults to read`);
    },
    boolean: (_name, fallback) => fallback,
    optionalBoolean: () => undefined,
    choice: (_name, _choices, fallback) => fallback,
    optionalChoice: () => undefined,
    list: () => [],
};
function readOne(s, inputs) {
    const { input: name, default: fallback } = s;
    switch (s.kind) {
        case 'bool':
            return fallback === undefined ? inputs.optionalBoolean(name) : inputs.boolean(name, fallback === 'true');
        case 'choice':
            return fallback === undefined ? inputs.optionalChoice(name, s.choices ?? []) : inputs.choice(name, s.choices ?? [], fallback);
        case 'list':
        case 'path-list':
        case 'glob-list':
            // The default stands for an input not given (the runner passes it); given empty on purpose, the list is empty.
            return fallback !== undefined && inputs.source(name) === '' ? (0,_text_list_js__WEBPACK_IMPORTED_MODULE_2__/* .splitList */ .r)(fallback) : inputs.list(name);
        case 'duration': {
            const text = inputs.optional(name);
            if (text === undefined)
                return undefined;
            const ms = (0,_text_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDuration */ .E9)(text);
            if (ms === undefined)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`is '${text}', not a duration`, { input: name, hint: _text_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .DURATION_HINT */ .Fp });
            return ms;
        }
        default:
            if (s.required)
                return inputs.required(name);
            return fallback === undefined ? inputs.optional(name) : inputs.string(name, fallback);
    }
}
/**
 * The config-backed settings of `table`, resolved by the one precedence (settings/resolve.ts): the input
 * `given` holds (as readSettings read it; an empty list is not given) > the key under `scope.environment`
 * > the key at the top of the file > the declared default. Settings with no value are left out.
 */
function settingsFor(table, given, config, scope = {}) {
    const read = given;
    const byInput = {};
    for (const s of table.settings) {
        const v = read[(0,_text_camel_js__WEBPACK_IMPORTED_MODULE_1__/* .camel */ .n)(s.input)];
        byInput[s.input] = Array.isArray(v) && v.length === 0 ? undefined : v;
    }
    const out = {};
    for (const [input, r] of Object.entries((0,_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveSettings */ .M)(table, byInput, config, scope)))
        if (r.value !== undefined)
            out[(0,_text_camel_js__WEBPACK_IMPORTED_MODULE_1__/* .camel */ .n)(input)] = r.value;
    return out;
}
/** settingsFor under each of `environments`, once each: what a run that walks several environments reads. */
function settingsForEach(table, given, config, environments) {
    return Object.fromEntries(environments.map((environment) => [environment, settingsFor(table, given, config, { environment })]));
}
/**
 * `given` without the fields `table` resolves from the config, nor those named in `also` (what the caller
 * reads otherwise): what a request carries as given, so that no input a config key backs is left on it to
 * be read with a precedence of its own.
 */
function unresolved(table, given, also = []) {
    const backed = table.settings.filter((s) => s.config !== undefined).map((s) => (0,_text_camel_js__WEBPACK_IMPORTED_MODULE_1__/* .camel */ .n)(s.input));
    const out = new Set([...backed, ...also.map(String)]);
    return Object.fromEntries(Object.entries(given).filter(([field]) => !out.has(field)));
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

/***/ 93081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CONFIG_CHECKS: () => (/* binding */ CONFIG_CHECKS),
/* harmony export */   checkConfig: () => (/* binding */ checkConfig),
/* harmony export */   loadCheckedConfig: () => (/* binding */ loadCheckedConfig),
/* harmony export */   verifyKeys: () => (/* binding */ verifyKeys),
/* harmony export */   waveEnvironments: () => (/* binding */ waveEnvironments),
/* harmony export */   windowCrons: () => (/* binding */ windowCrons)
/* harmony export */ });
/* harmony import */ var _config_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30793);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _text_pem_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76551);
/* harmony import */ var _text_suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24619);
// The config checks every command runs before any network request (issue 37): what a
// promotion, a release or a publish would refuse about the file, refused by each of them
// and by `lockstep config` at the file's line. The schema (made from the declarations) and the loader
// (config/config.ts) check each value alone; the checks here read across the file
// (a wave naming an environment) or need a library (cron-parser, loaded only when an
// environment has windows).




/** Each allow and deny window's cron: five fields cron-parser reads (cron-parser loads only when some environment has windows). */
const windowCrons = async (config) => {
    if (!config.environments.some((e) => e.windows))
        return [];
    const { windowErrors } = await Promise.all(/* import() */[__webpack_require__.e(8628), __webpack_require__.e(8846)]).then(__webpack_require__.bind(__webpack_require__, 98846));
    return config.environments.flatMap((e) => windowErrors(e.name, e.windows, config.file));
};
/** Each `waves:` entry names an environment of the config (with the nearest name when one is close). */
const waveEnvironments = (config) => {
    const names = config.environments.map((e) => e.name);
    return Object.entries(config.waves ?? {}).flatMap(([wave, list]) => list.flatMap((name, k) => names.includes(name)
        ? []
        : [
            new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`wave '${wave}' names '${name}', which is not an environment${(0,_text_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .a)(name, names)}`, {
                file: config.file,
                line: (0,_config_config_js__WEBPACK_IMPORTED_MODULE_0__.configLine)(config, ['waves', wave, k]),
                hint: names.length > 0
                    ? `list environments of the config in waves.${wave}; environments, in order: ${names.join(', ')}`
                    : 'the config lists no environments: add them under environments:',
            }),
        ]));
};
/**
 * No `verify.keys` entry (top level or a service's) holds a private key: the repository would give anyone the
 * key that signs. digests and promote refuse it when they verify; refused here at its line, so `lockstep config`
 * and the PR check catch it before the merge. An entry written as PEM text is read as it is; one naming a file is
 * read when the caller gives `files` (a file that is missing, or holds no PEM block at all, is refused too).
 */
const verifyKeys = async (config, files) => {
    const lists = [
        [['verify', 'keys'], config.verify?.keys],
        ...Object.entries(config.services).map(([name, s]) => [
            ['services', name, 'verify', 'keys'],
            s.verify?.keys,
        ]),
    ];
    const found = [];
    for (const [path, keys] of lists)
        for (const [k, key] of (keys ?? []).entries()) {
            const at = { file: config.file, line: (0,_config_config_js__WEBPACK_IMPORTED_MODULE_0__.configLine)(config, [...path, k]) };
            const entry = `${path.join('.')}[${k}]`;
            const inline = key.trimStart().startsWith('-----BEGIN');
            if (!inline && files === undefined)
                continue;
            let text = key;
            if (!inline)
                try {
                    text = await files(key, 'verify.keys');
                }
                catch (e) {
                    if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo))
                        throw e;
                    found.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(e.message, { ...at, ...(e.hint ? { hint: e.hint } : {}) }));
                    continue;
                }
            const named = inline ? entry : `${entry}: ${key}`;
            const label = (0,_text_pem_js__WEBPACK_IMPORTED_MODULE_3__/* .privateKeyLabel */ .p)(text);
            if (label !== undefined)
                found.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${named} is a private key (-----BEGIN ${label}-----), not a public key: whoever reads the repository can sign with it`, {
                    ...at,
                    hint: 'remove it from the repository, treat the key as leaked (make a new pair, re-sign), and list the public key (cosign.pub: -----BEGIN PUBLIC KEY-----)',
                }));
            else if (!/-----BEGIN [A-Z0-9 ]{1,60}-----/.test(text))
                found.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${named} holds no PEM block, so no public key`, {
                    ...at,
                    hint: 'name the cosign public key file (cosign.pub: -----BEGIN PUBLIC KEY-----), or write the key as text',
                }));
        }
    return found;
};
/**
 * The checks every command runs on the config it loads, in order. Another
 * check (a `charts:` glob matching no chart, say) is one more entry here.
 */
const CONFIG_CHECKS = [windowCrons, waveEnvironments, verifyKeys];
/**
 * Runs every check on `config` (reading the files it names through `files`, when given): throws all the problems
 * found together (each at its line, in the order of the file), else returns the config.
 */
async function checkConfig(config, files, checks = CONFIG_CHECKS) {
    const problems = [];
    for (const check of checks)
        problems.push(...(await check(config, files)));
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .throwAll */ .Kx)(problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
    return config;
}
/** loadConfig, then every check: what each command reads its config with, before any network request. */
async function loadCheckedConfig(workspace, path) {
    return checkConfig((0,_config_config_js__WEBPACK_IMPORTED_MODULE_0__.loadConfig)(workspace, path));
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


/***/ }),

/***/ 76551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ privateKeyLabel)
/* harmony export */ });
// What a PEM text says of itself by its labels, read without parsing the key: the config check
// (settings/validate.ts) and the verifier (registry/) refuse a private key by the same rule.
/** The label of a PEM block that holds a private key (`PRIVATE KEY`, `EC PRIVATE KEY`, `ENCRYPTED COSIGN PRIVATE KEY`, …), if the text has one. */
function privateKeyLabel(text) {
    for (const m of text.matchAll(/-----BEGIN ([A-Z0-9 ]{1,60})-----/g))
        if (/PRIVATE KEY/.test(m[1]))
            return m[1];
    return undefined;
}


/***/ })

};
