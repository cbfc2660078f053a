export const id = 3847;
export const ids = [3847,2819,3081,1684,6744];
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
