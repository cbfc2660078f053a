export const id = 328;
export const ids = [328];
export const modules = {

/***/ 2328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   promoteRequest: () => (/* binding */ promoteRequest),
/* harmony export */   runPromote: () => (/* binding */ runPromote),
/* harmony export */   runStatus: () => (/* binding */ runStatus)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _fs_workspace_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2536);


const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const TAG = /^[\w][\w.-]{0,127}$/;
/** Reads and checks the promote-env inputs once (the action's INPUT_* or the CLI's flags); each error names its input. */
function promoteRequest(inputs) {
    const repository = inputs.optional('repository');
    if (repository !== undefined && (!REPOSITORY.test(repository) || repository.includes('..')))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`input 'repository' is '${repository}'`, { hint: 'use owner/name, e.g. acme/gitops-config' });
    const version = inputs.optional('version');
    if (version !== undefined && !TAG.test(version))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`input 'version' is '${version}', not an image tag`, { hint: 'letters, digits, ".", "_" and "-", e.g. v1.2.0' });
    const chartVersion = inputs.optional('chart-version');
    if (chartVersion !== undefined && /[\s]/.test(chartVersion))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`input 'chart-version' is '${chartVersion}'`, { hint: 'give one version, e.g. 1.4.0' });
    const base = inputs.optional('base');
    if (base !== undefined && (base.startsWith('-') || !/^[A-Za-z0-9._/-]+$/.test(base) || base.includes('..')))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`input 'base' is '${base}', not a branch name`, { hint: 'name the base branch, e.g. main' });
    return {
        workingDirectory: inputs.string('working-directory', '.'),
        config: inputs.optional('config'),
        from: inputs.optional('from'),
        to: inputs.required('to'),
        environments: inputs.list('environments'),
        digests: inputs.optional('digests'),
        version,
        resolveDigests: inputs.optionalBoolean('resolve-digests'),
        push: inputs.choice('push', ['pr', 'direct'], 'pr'),
        services: inputs.list('services'),
        chartVersion,
        valuesFile: inputs.optional('values-file'),
        valuesKey: inputs.optional('values-key'),
        repository,
        verifySource: inputs.boolean('verify-source', true),
        base,
        draft: inputs.boolean('draft', false),
        labels: inputs.source('labels') === '' ? ['automation:release-bump'] : inputs.list('labels'),
        reviewers: inputs.list('reviewers'),
        autoMerge: inputs.optionalBoolean('auto-merge'),
        allowSkip: inputs.boolean('allow-skip', false),
        requireChecks: inputs.list('require-checks'),
        dryRun: inputs.boolean('dry-run', false),
    };
}
/** Runs one promotion through promote/run.ts's runPromotion in the opened world. */
async function runPromote(i, world) {
    (0,_fs_workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveInside */ .LI)(world.workspace, i.workingDirectory, 'working-directory');
    const { promoteIn } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(601), __webpack_require__.e(725), __webpack_require__.e(312), __webpack_require__.e(311), __webpack_require__.e(272), __webpack_require__.e(947), __webpack_require__.e(598), __webpack_require__.e(707)]).then(__webpack_require__.bind(__webpack_require__, 8987));
    return promoteIn(i, world);
}
/**
 * The drift table of promote-env without promoting: each adjacent pair is
 * planned as a dry run (no registry, no checks), and each environment's
 * column is taken from a plan that does not target it, or, for a target,
 * from the plan's old pins, so every column shows what the base pins now.
 */
async function runStatus(i, world) {
    (0,_fs_workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveInside */ .LI)(world.workspace, i.workingDirectory, 'working-directory');
    const { statusIn } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(601), __webpack_require__.e(725), __webpack_require__.e(312), __webpack_require__.e(311), __webpack_require__.e(272), __webpack_require__.e(947), __webpack_require__.e(598), __webpack_require__.e(707)]).then(__webpack_require__.bind(__webpack_require__, 8987));
    return statusIn(i, world);
}


/***/ })

};
