export const id = 525;
export const ids = [525];
export const modules = {

/***/ 32846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ checkBaseRef),
/* harmony export */   g: () => (/* binding */ parseVersionInput)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

// The input checks of a bump, kept apart from charts/bump.ts and charts/base.ts so that reading
// and refusing the inputs loads neither the YAML library nor semver (the action's cold start): semver's
// valid() is loaded only when a version input is given (its module builds ~40 patterns when loaded).
/** The `version` input (or another named one) as a SemVer 2 chart version, without a `v`; anything else is a UserError. */
async function parseVersionInput(v, input) {
    const { default: valid } = await __webpack_require__.e(/* import() */ 7306).then(__webpack_require__.t.bind(__webpack_require__, 37306, 23));
    if (!valid(v) || /^[v=]/i.test(v))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`is '${v}', not a SemVer 2 version`, {
            input: input,
            hint: 'use MAJOR.MINOR.PATCH, e.g. 1.4.0, 1.4.0-rc.2 or 0.0.0-pr-12-abc1234',
        });
    return v;
}
/** A base ref is data for git, never an option or a range. */
function checkBaseRef(ref) {
    if (ref.startsWith('-') || /[\s\0]/.test(ref) || ref.includes('..'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`: '${ref}' is not a ref or commit`, { input: 'base', hint: 'use a branch, tag or commit sha' });
}


/***/ }),

/***/ 10525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bump: () => (/* binding */ bump)
});

// EXTERNAL MODULE: ./packages/core/src/charts/inputs.ts
var charts_inputs = __webpack_require__(32846);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/fs/workspace.ts
var workspace = __webpack_require__(92536);
;// CONCATENATED MODULE: ./packages/core/src/operations/bump/request.ts



// The entry chunk of the bump-chart action loads this module: it reads and checks the inputs and the
// working directory with light modules only. The plan (the config and chart YAML, globs, git, the diff
// library) is in run.ts, loaded once every input passed, so a refused input costs no more than starting Node.
const LEVELS = ['patch', 'minor', 'major'];
/**
 * Reads and checks the bump inputs (the action's INPUT_* or the CLI's flags,
 * through the same Inputs), then the working directory: it must be a folder
 * of a git checkout inside the workspace, since the level reads the base
 * through git (a missing folder or no checkout is the user's to fix, not a git crash).
 */
async function bumpRequest(inputs, world) {
    const version = inputs.optional('version');
    const entry = inputs.optional('changelog-entry');
    if (entry !== undefined && /[\r\n]/.test(entry))
        throw new errors/* UserError */.yo('spans several lines', { input: 'changelog-entry', hint: 'give one line of text' });
    // The runner still passes an input the action no longer declares: say where it went instead of ignoring it.
    if (inputs.optional('chart') !== undefined)
        throw new errors/* UserError */.yo((0,errors/* words */.aL) `was renamed to ${(0,errors/* theInput */.y8)('charts')}`, {
            input: 'chart',
            hint: (0,errors/* words */.aL) `${(0,errors/* setting */.Pe)('charts')} (the same paths or globs)`,
        });
    const base = inputs.optional('base');
    // A ref is data for git, never an option or a range: checked with the other inputs, before git runs.
    if (base !== undefined)
        (0,charts_inputs/* checkBaseRef */.f)(base);
    const request = {
        workingDirectory: inputs.string('working-directory', '.'),
        config: inputs.optional('config'),
        charts: inputs.list('charts'),
        level: inputs.choice('level', LEVELS, 'patch'),
        base,
        version: version === undefined ? undefined : await (0,charts_inputs/* parseVersionInput */.g)(version, 'version'),
        appVersion: inputs.optional('app-version'),
        changelogEntry: entry,
        cascade: inputs.boolean('cascade', true),
        artifacthubChanges: inputs.boolean('artifacthub-changes', false),
        dryRun: inputs.boolean('dry-run', false),
    };
    (0,workspace.resolveWorkingDirectory)(world.workspace, request.workingDirectory, 'working-directory', world.env);
    return request;
}

;// CONCATENATED MODULE: ./packages/core/src/operations/bump/index.ts

/**
 * The bump-chart action and `lockstep bump`: the inputs and the working
 * directory checked by the light request; the plan (YAML, SemVer, globs,
 * git) and its views loaded only once the request was accepted.
 */
const bump = {
    action: 'bump-chart',
    request: bumpRequest,
    run: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(8219), __webpack_require__.e(7306), __webpack_require__.e(9788), __webpack_require__.e(9730), __webpack_require__.e(5725), __webpack_require__.e(620), __webpack_require__.e(311), __webpack_require__.e(7850), __webpack_require__.e(1087), __webpack_require__.e(4060), __webpack_require__.e(599)]).then(__webpack_require__.bind(__webpack_require__, 78910))).runBump,
    view: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(8219), __webpack_require__.e(7306), __webpack_require__.e(9730), __webpack_require__.e(311), __webpack_require__.e(1087), __webpack_require__.e(5861)]).then(__webpack_require__.bind(__webpack_require__, 42944))).bumpViews,
};


/***/ })

};
