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
/* harmony import */ var _config_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30793);
/* harmony import */ var _deploy_fleet_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15137);
/* harmony import */ var _settings_read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38807);
/* harmony import */ var _settings_table_check_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58302);
/* harmony import */ var _text_glob_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(13483);
/* harmony import */ var _validate_environment_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(34549);
/* harmony import */ var _validate_kube_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(35327);
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
        return (0,_settings_read_js__WEBPACK_IMPORTED_MODULE_2__/* .settingsFor */ .zc)(_settings_table_check_js__WEBPACK_IMPORTED_MODULE_3__/* .CHECK */ .f, { validate: this.given }, this.config, { environment: environment.name }).validate;
    }
    /**
     * Starts loading the schemas of the kinds the environment's before side holds when it will be validated: called as
     * its render starts, so they load once that side is parsed, while the after side's renderer runs.
     */
    prepare(environment, before) {
        if (this.modeOf(environment) !== 'off')
            (0,_validate_kube_js__WEBPACK_IMPORTED_MODULE_6__/* .preloadKindsOf */ .o1)(before);
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
        const found = await (0,_validate_environment_js__WEBPACK_IMPORTED_MODULE_5__/* .validateEnvironment */ .q)(outcome.objects.values(), crds, environment.kubeVersion);
        const level = mode === 'error' ? 'error' : 'warning';
        const hint = `fix what renders it, or set validate: ${mode === 'error' ? 'warn' : 'off'} for ${(0,_deploy_fleet_js__WEBPACK_IMPORTED_MODULE_1__/* .configNameOf */ .py)(environment)} in the config`;
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
    const match = (0,_text_glob_js__WEBPACK_IMPORTED_MODULE_4__/* .globMatcher */ .fU)(globs, { key: 'crds', ...where });
    const hits = paths.filter((p) => match(p));
    const texts = await Promise.all(hits.map(read));
    return hits.flatMap((from, i) => (texts[i] === undefined ? [] : [{ from, text: texts[i] }]));
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
/* harmony import */ var _kube_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(35327);
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
