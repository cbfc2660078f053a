export const id = 2097;
export const ids = [2097];
export const modules = {

/***/ 32097:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CheckValidation: () => (/* binding */ CheckValidation),
/* harmony export */   crdFiles: () => (/* binding */ crdFiles)
/* harmony export */ });
/* harmony import */ var _config_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23225);
/* harmony import */ var _settings_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41547);
/* harmony import */ var _settings_table_check_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58302);
/* harmony import */ var _text_glob_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(13483);
/* harmony import */ var _validate_environment_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1878);
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

/***/ 1878:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D: () => (/* binding */ chartCrds),
  q: () => (/* binding */ validateEnvironment)
});

// EXTERNAL MODULE: ./packages/core/src/render/objects.ts + 2 modules
var render_objects = __webpack_require__(21065);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
;// CONCATENATED MODULE: ./packages/core/src/validate/crd.ts
// The schemas of custom resources, from their CustomResourceDefinitions (a
// chart's crds/, the rendered output, the files the config's `crds:` names):
// each served version's openAPIV3Schema, compiled with ajv on the first object
// of that kind. A CRD's schema is OpenAPI's structural subset, read here as
// JSON Schema with Kubernetes' own words applied: `nullable`, int-or-string,
// and strictness where the API server prunes (a declared object that does not
// preserve unknown fields refuses the fields it does not declare). CEL rules
// (x-kubernetes-validations) are not evaluated.

const asObj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : undefined);
/** The custom kinds' schemas by `group/version/kind`, compiled when first used. */
class CrdSchemas {
    schemas = new Map();
    compiled = new Map();
    ajv;
    /** Reads every CustomResourceDefinition among `objects` (anything else is left alone); the first definition of a kind wins. */
    add(objects) {
        for (const o of objects) {
            if (o.kind !== 'CustomResourceDefinition' || !String(o.apiVersion).startsWith('apiextensions.k8s.io/'))
                continue;
            const spec = asObj(o.spec);
            const group = typeof spec?.group === 'string' ? spec.group : undefined;
            const kind = asObj(spec?.names)?.kind;
            if (!group || typeof kind !== 'string')
                continue;
            for (const v of Array.isArray(spec?.versions) ? spec.versions : []) {
                const version = asObj(v);
                const schema = asObj(asObj(version?.schema)?.openAPIV3Schema) ?? asObj(asObj(spec?.validation)?.openAPIV3Schema);
                const key = `${group}/${String(version?.name)}/${kind}`;
                if (typeof version?.name === 'string' && schema && version.served !== false && !this.schemas.has(key))
                    this.schemas.set(key, schema);
            }
        }
    }
    /** Whether a definition gives `apiVersion` `kind` a schema. */
    has(apiVersion, kind) {
        return this.schemas.has(`${apiVersion}/${kind}`);
    }
    /** ajv's errors for `data` as an `apiVersion` `kind` (empty when it passes); undefined when no definition gives one. */
    validate(apiVersion, kind, data) {
        const key = `${apiVersion}/${kind}`;
        const schema = this.schemas.get(key);
        if (!schema)
            return undefined;
        let fn = this.compiled.get(key);
        if (!fn) {
            this.ajv ??= new ajv.Ajv({ allErrors: true, strict: false, validateFormats: false, logger: false });
            try {
                fn = this.ajv.compile(asRoot(schema));
            }
            catch (e) {
                fn = e;
            }
            this.compiled.set(key, fn);
        }
        if (fn instanceof Error)
            return [
                { instancePath: '', schemaPath: '#', keyword: 'schema', params: {}, message: `its CRD's schema does not compile: ${fn.message}` },
            ];
        return fn(data) ? [] : (fn.errors ?? []);
    }
}
/** A resource's schema: the version's schema with the fields every object has. */
function asRoot(schema) {
    const root = structural(schema);
    const properties = { ...(asObj(root.properties) ?? {}) };
    properties.apiVersion = { type: 'string' };
    properties.kind = { type: 'string' };
    properties.metadata = { type: 'object' };
    return { ...root, type: 'object', properties };
}
/** An OpenAPI structural schema as JSON Schema, strict where the API server prunes unknown fields. */
function structural(s) {
    const out = {};
    for (const [k, v] of Object.entries(s)) {
        if (k === 'properties' || k === 'patternProperties') {
            out[k] = Object.fromEntries(Object.entries(asObj(v) ?? {}).map(([p, sub]) => [p, structural(asObj(sub) ?? {})]));
        }
        else if (k === 'items' || k === 'not' || (k === 'additionalProperties' && asObj(v))) {
            out[k] = structural(asObj(v) ?? {});
        }
        else if (k === 'allOf' || k === 'anyOf' || k === 'oneOf') {
            out[k] = (Array.isArray(v) ? v : []).map((sub) => structural(asObj(sub) ?? {}));
        }
        else if (k !== 'nullable' && k !== 'description' && k !== 'default' && k !== 'example')
            out[k] = v;
    }
    if (s['x-kubernetes-int-or-string'] === true) {
        delete out.type;
        out.anyOf ??= [{ type: 'integer' }, { type: 'string' }];
    }
    if (s.nullable === true && typeof out.type === 'string')
        out.type = [out.type, 'null'];
    if (s['x-kubernetes-embedded-resource'] === true && asObj(out.properties))
        out.properties = { apiVersion: { type: 'string' }, kind: { type: 'string' }, metadata: { type: 'object' }, ...asObj(out.properties) };
    const declares = asObj(out.properties) !== undefined;
    if (declares && out.additionalProperties === undefined && s['x-kubernetes-preserve-unknown-fields'] !== true)
        out.additionalProperties = false;
    return out;
}

// EXTERNAL MODULE: ./packages/core/src/validate/kube.ts
var validate_kube = __webpack_require__(53647);
// EXTERNAL MODULE: ./packages/core/src/validate/validate.ts + 2 modules
var validate = __webpack_require__(84033);
;// CONCATENATED MODULE: ./packages/core/src/validate/environment.ts
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
    const kinds = (0,validate_kube/* kindsOf */.tG)(list);
    let kube;
    try {
        kube = await (0,validate_kube/* kubeSchemas */.Yf)(kinds);
    }
    catch (e) {
        return { findings: [], failed: `the Kubernetes schemas did not load: ${e.message}` };
    }
    // Flux's models are loaded only for a render that holds a Flux object.
    if (list.some((o) => (0,validate_kube/* isFluxApi */.CX)(o.apiVersion)))
        try {
            kube = await (0,validate_kube/* kubeAndFluxSchemas */.Eo)(kinds);
        }
        catch (e) {
            return { findings: [], failed: `the Flux schemas did not load: ${e.message}` };
        }
    const crds = new CrdSchemas();
    for (const { from, text } of crdTexts) {
        try {
            crds.add([...(0,render_objects/* splitObjects */.bR)(text).values()].map((o) => o.body));
        }
        catch (e) {
            return { findings: [], failed: `${from}: ${e.message}` };
        }
    }
    const validation = (0,validate/* validateObjects */.T1)(list, { kube, crds }, kubeVersion);
    const unvalidated = (0,validate/* unvalidatedLine */.cc)(validation);
    return { findings: validation.findings, ...(unvalidated ? { unvalidated } : {}), validation };
}


/***/ })

};
