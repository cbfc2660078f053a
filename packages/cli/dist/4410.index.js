export const id = 4410;
export const ids = [4410,9002];
export const modules = {

/***/ 32097:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CheckValidation: () => (/* binding */ CheckValidation),
/* harmony export */   crdFiles: () => (/* binding */ crdFiles)
/* harmony export */ });
/* harmony import */ var _config_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30793);
/* harmony import */ var _settings_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38807);
/* harmony import */ var _settings_table_check_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58302);
/* harmony import */ var _text_glob_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(13483);
/* harmony import */ var _validate_environment_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(34549);
/* harmony import */ var _validate_kube_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(53647);
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
     * Starts loading the schemas of the kinds the environment's before side holds when it will be validated: called as
     * its render starts, so they load once that side is parsed, while the after side's renderer runs.
     */
    prepare(environment, before) {
        if (this.modeOf(environment) !== 'off')
            (0,_validate_kube_js__WEBPACK_IMPORTED_MODULE_5__/* .preloadKindsOf */ .o1)(before);
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

/***/ 34549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ chartCrds),
/* harmony export */   q: () => (/* binding */ validateEnvironment)
/* harmony export */ });
/* harmony import */ var _render_objects_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21065);
/* harmony import */ var _crd_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12535);
/* harmony import */ var _kube_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53647);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(84033);
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
