export const id = 316;
export const ids = [316];
export const modules = {

/***/ 2097:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CheckValidation: () => (/* binding */ CheckValidation),
/* harmony export */   crdFiles: () => (/* binding */ crdFiles)
/* harmony export */ });
/* harmony import */ var _config_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3225);
/* harmony import */ var _settings_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1547);
/* harmony import */ var _settings_table_check_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8302);
/* harmony import */ var _text_glob_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3483);
/* harmony import */ var _validate_environment_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8429);
// chart-bump-check's schema validation of what each environment would receive:
// the after side of every environment it renders (render.ts, render-overlays.ts),
// validated offline (validate/) for the environment's kube-version, with the
// CRDs of the chart's crds/, of the render and of the config's crds: files at
// the head. Each environment's `validate` decides what a finding does: error
// fails the check, warn annotates it, off skips the environment.





/** Collects each rendered environment's validation as the check's problems. */
class CheckValidation {
    problems = [];
    configCrds;
    config;
    given;
    /** The config's crds: files, read once when the first environment is validated (`where`: the key's line, for a bad glob). */
    readConfigCrds;
    constructor(config, given, readConfigCrds) {
        this.config = config;
        this.given = given;
        this.readConfigCrds = readConfigCrds;
    }
    /** The environment's mode: the input, its validate, the top's, else error when protected, warn otherwise. */
    modeOf(environment) {
        return (0,_settings_read_js__WEBPACK_IMPORTED_MODULE_1__/* .settingsFor */ .zc)(_settings_table_check_js__WEBPACK_IMPORTED_MODULE_2__/* .CHECK */ .f, { validate: this.given }, this.config, { environment: environment.name }).validate;
    }
    /**
     * Validates one environment's after side (`label` names it in the findings); a side that did not render
     * is not validated here (the render's own line says it).
     */
    async after(environment, label, outcome, chartCrds) {
        const mode = this.modeOf(environment);
        if (mode === 'off' || !outcome.ok)
            return;
        const crds = [...(await (this.configCrds ??= this.readConfigCrdsOnce())), ...chartCrds];
        const found = await (0,_validate_environment_js__WEBPACK_IMPORTED_MODULE_4__/* .validateEnvironment */ .q)(outcome.objects.values(), crds, environment.kubeVersion);
        const level = mode === 'error' ? 'error' : 'warning';
        const hint = `fix what renders it, or set validate: ${mode === 'error' ? 'warn' : 'off'} for ${environment.name} in the config`;
        const at = { file: this.config.file ?? '', line: this.envLine(environment) };
        if (found.failed)
            this.problems.push({ level, ...at, message: `${label}: schema validation could not run: ${found.failed}` });
        for (const f of found.findings)
            this.problems.push({ level, file: '', message: `${label}: ${f}`, hint });
        if (found.unvalidated)
            this.problems.push({ level: 'warning', ...at, message: `${label}: ${found.unvalidated}` });
    }
    envLine(environment) {
        return (0,_config_config_js__WEBPACK_IMPORTED_MODULE_0__.configLine)(this.config, ['environments', this.config.environments.indexOf(environment)]);
    }
    async readConfigCrdsOnce() {
        const globs = this.config.crds ?? [];
        return globs.length > 0 ? this.readConfigCrds(globs, { file: this.config.file, line: (0,_config_config_js__WEBPACK_IMPORTED_MODULE_0__.configLine)(this.config, ['crds']) }) : [];
    }
}
/** The files under `paths` that the config's crds: globs match, as `read` gives them. */
async function crdFiles(globs, paths, read, where) {
    const match = (0,_text_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .globMatcher */ .fU)(globs, { key: 'crds', ...where });
    const hits = paths.filter((p) => match(p));
    const texts = await Promise.all(hits.map(read));
    return hits.flatMap((from, i) => (texts[i] === undefined ? [] : [{ from, text: texts[i] }]));
}


/***/ }),

/***/ 7652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gP: () => (/* binding */ coreNonString),
/* harmony export */   pj: () => (/* binding */ plain),
/* harmony export */   r9: () => (/* binding */ readDocuments)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8105);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
// A render's output as plain data, document by document, exactly as the yaml
// package reads it with the YAML 1.2 core schema (the reading every guard and
// diff was written against), at a quarter of its cost. The yaml package builds
// a syntax tree of every node before it gives data: on a 300-object render it
// costs several times the two `helm template` runs themselves (0.46 s of CPU
// for one 115 kB stream, where js-yaml's event parser takes 0.13 s).
//
// So js-yaml reads first, with a schema written here to resolve plain scalars
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
 * A plain scalar as the yaml package's core schema resolves it: the first of a
 * tag's patterns that matches (one js-yaml tag per tag name: a schema keeps the
 * last tag of a name).
 */
function coreScalar(tagName, firstChars, forms) {
    return (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .defineScalarTag */ .Gf)(`tag:yaml.org,2002:${tagName}`, {
        implicit: true,
        implicitFirstChars: firstChars,
        resolve: (s) => {
            for (const [test, resolve] of forms)
                if (test.test(s))
                    return resolve(s);
            return js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .NOT_RESOLVED */ .Hg;
        },
        identify: () => false,
    });
}
const NUMBER_START = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '-', '+', '.'];
/** The yaml package's YAML 1.2 core resolution (yaml/dist/schema/core), pattern for pattern, in its order. */
const FORMS = {
    null: [[/^(?:~|[Nn]ull|NULL)?$/, () => null]],
    bool: [[/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === 't' || s[0] === 'T']],
    int: [
        [/^0o[0-7]+$/, (s) => parseInt(s.slice(2), 8)],
        [/^[-+]?[0-9]+$/, (s) => parseInt(s, 10)],
        [/^0x[0-9a-fA-F]+$/, (s) => parseInt(s.slice(2), 16)],
    ],
    float: [
        [
            /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
            (s) => (s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity),
        ],
        [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, (s) => parseFloat(s)],
        [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, (s) => parseFloat(s)],
    ],
};
const CORE = [
    coreScalar('null', ['', '~', 'n', 'N'], FORMS.null),
    coreScalar('bool', ['t', 'T', 'f', 'F'], FORMS.bool),
    coreScalar('int', NUMBER_START, FORMS.int),
    coreScalar('float', NUMBER_START, FORMS.float),
];
/** Every pattern of FORMS, flat. */
const NON_STRING = Object.values(FORMS).flatMap((forms) => forms.map(([test]) => test));
/** The first characters a pattern of FORMS can match (the empty text aside): the others are strings without a test. */
const NON_STRING_FIRST = new Set([...'~nNtTfF', ...NUMBER_START]);
/** Whether a plain scalar of this text is read as no string (null, a boolean, a number) by the YAML 1.2 core schema. */
function coreNonString(s) {
    if (s !== '' && !NON_STRING_FIRST.has(s[0]))
        return false;
    return NON_STRING.some((test) => test.test(s));
}
/** A scalar key as the yaml package writes it into a plain object: null is '', anything else its String(). */
const keyOf = (key) => (key === null ? '' : String(key));
/**
 * Maps as the yaml package's toJS builds them: plain objects, a key written
 * over an inherited name (`__proto__`, `toString`) as an own property. A key
 * that is a map or a list (the yaml package prints it as YAML, js-yaml would
 * not) is refused, and so is a key met twice (js-yaml refuses it): the yaml
 * package reads those.
 */
const MAP = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .defineMappingTag */ .bH)('tag:yaml.org,2002:map', {
    create: () => ({}),
    addPair: (map, key, value) => {
        if (key !== null && typeof key === 'object')
            return 'a key that is a map or a list';
        const k = keyOf(key);
        if (k in map)
            Object.defineProperty(map, k, { value, writable: true, enumerable: true, configurable: true });
        else
            map[k] = value;
        return '';
    },
    has: (map, key) => Object.hasOwn(map, keyOf(key)),
    keys: (map) => Object.keys(map),
    get: (map, key) => map[keyOf(key)],
    identify: () => false,
});
const SCHEMA = new js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .Schema */ .Sj([js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .strTag */ .ym, js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .seqTag */ .UD, MAP, ...CORE]);
/**
 * Whether what stands before `start` on its line is what may stand before a block collection: indentation, and the
 * `- ` of the lists it opens (` *(?:- +)*`), read in place: a render has a block collection every few lines.
 */
function blockLineStart(text, start) {
    let i = text.lastIndexOf('\n', start - 1) + 1;
    while (i < start && text.charCodeAt(i) === 32)
        i++;
    while (i < start) {
        if (text.charCodeAt(i) !== 45 || i + 1 >= start || text.charCodeAt(i + 1) !== 32)
            return false;
        i++;
        while (i < start && text.charCodeAt(i) === 32)
            i++;
    }
    return true;
}
/** Keys longer than this are the yaml package's to judge (it refuses an implicit key past 1024 characters, js-yaml does not). */
const LONG_KEY = 1000;
/**
 * Whether js-yaml's events hold nothing the two libraries read differently:
 * no tag, anchor, alias or directive, no key past LONG_KEY characters, and
 * every block map or list starting its own line (or after the `- ` of a list),
 * where the yaml package refuses what js-yaml takes (`a: b: c`, `: b: c`).
 */
function plain(text, events) {
    /** Per open node (document, map, list): whether it is a map, and how many children it has had. */
    const open = [];
    for (const e of events) {
        if (e.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.POP) {
            open.pop();
            continue;
        }
        if (e.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.DOCUMENT) {
            if (e.directives.length > 0)
                return false;
            open.push({ map: false, children: 0 });
            continue;
        }
        if (e.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.ALIAS || e.tagStart !== -1 || e.anchorStart !== -1)
            return false;
        const parent = open[open.length - 1];
        const key = parent.map && parent.children % 2 === 0;
        parent.children++;
        if (e.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SCALAR) {
            if (key && e.valueEnd - e.valueStart > LONG_KEY)
                return false;
            continue;
        }
        if (e.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .COLLECTION_STYLE */ .Rl.BLOCK && !blockLineStart(text, e.start))
            return false;
        open.push({ map: e.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.MAPPING, children: 0 });
    }
    return true;
}
/**
 * Every document of a multi-document stream as plain data, as the yaml
 * package gives it (YAML 1.2 core, duplicate keys the last one winning, at
 * most 100 alias expansions); a document the yaml package refuses throws,
 * naming the document (1-based) and the first line of its error.
 */
function readDocuments(text) {
    try {
        const events = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseEvents */ .PH)(text, {});
        if (plain(text, events))
            return { documents: (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .constructFromEvents */ .fw)(events, { source: text, schema: SCHEMA, maxAliases: 0 }), by: 'js-yaml' };
    }
    catch {
        // js-yaml refuses what the yaml package may read (a duplicate key, nesting past 100): the yaml package decides.
    }
    const documents = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseAllDocuments */ .hR)(text, { uniqueKeys: false });
    return {
        documents: (Array.isArray(documents) ? documents : [documents]).map((doc, i) => {
            if (doc.errors.length > 0)
                throw new Error(`rendered document ${i + 1} is no YAML: ${doc.errors[0].message.split('\n')[0]}`);
            return doc.toJS({ maxAliasCount: 100 });
        }),
        by: 'yaml',
    };
}


/***/ })

};
