export const id = 798;
export const ids = [798];
export const modules = {

/***/ 2846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ checkBaseRef),
/* harmony export */   g: () => (/* binding */ parseVersionInput)
/* harmony export */ });
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7306);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);


// The input checks of a bump, kept apart from charts/bump.ts and charts/base.ts so that reading
// and refusing the inputs loads neither the YAML library nor all of semver (the action's cold start).
/** The `version` input (or another named one) as a SemVer 2 chart version, without a `v`; anything else is a UserError. */
function parseVersionInput(v, input) {
    if (!semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_0___default()(v) || /^[v=]/i.test(v))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`input '${input}' is '${v}', not a SemVer 2 version`, { hint: 'use MAJOR.MINOR.PATCH, e.g. 1.4.0, 1.4.0-rc.2 or 0.0.0-pr-12-abc1234' });
    return v;
}
/** A base ref is data for git, never an option or a range. */
function checkBaseRef(ref) {
    if (ref.startsWith('-') || /[\s\0]/.test(ref) || ref.includes('..'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`input 'base': '${ref}' is not a ref or commit`, { hint: 'use a branch, tag or commit sha' });
}


/***/ }),

/***/ 6798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bumpRequest: () => (/* binding */ bumpRequest),
/* harmony export */   runBump: () => (/* binding */ runBump)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _fs_workspace_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2536);
/* harmony import */ var _charts_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2846);
/* harmony import */ var _world_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8560);





// The bump-chart action and `lockstep bump` load this module first: it reads and checks the inputs
// and the working directory with light modules only. The plan (YAML, SemVer, globs, git, the diff
// library) is in bump-run.ts, imported once every input passed, so a refused input costs no more
// than starting Node.
const LEVELS = ['patch', 'minor', 'major'];
/** Reads and checks the bump inputs (the action's INPUT_* or the CLI's flags, through the same Inputs). */
function bumpRequest(inputs) {
    const version = inputs.optional('version');
    const entry = inputs.optional('changelog-entry');
    if (entry !== undefined && /[\r\n]/.test(entry))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo("input 'changelog-entry' spans several lines", { hint: 'give one line of text' });
    // The runner still passes an input the action no longer declares: say where it went instead of ignoring it.
    if (inputs.optional('chart') !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo("input 'chart' was renamed to 'charts'", { hint: 'write charts: under with: (the same paths or globs)' });
    const base = inputs.optional('base');
    // A ref is data for git, never an option or a range: checked with the other inputs, before git runs.
    if (base !== undefined)
        (0,_charts_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .checkBaseRef */ .f)(base);
    return {
        workingDirectory: inputs.string('working-directory', '.'),
        config: inputs.optional('config'),
        charts: inputs.list('charts'),
        level: inputs.choice('level', LEVELS, 'patch'),
        base,
        version: version === undefined ? undefined : (0,_charts_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .parseVersionInput */ .g)(version, 'version'),
        appVersion: inputs.optional('app-version'),
        changelogEntry: entry,
        cascade: inputs.boolean('cascade', true),
        artifacthubChanges: inputs.boolean('artifacthub-changes', false),
        dryRun: inputs.boolean('dry-run', false),
    };
}
/** Selects the charts, reads the base versions, plans, checks and writes (unless dry run) every bump. */
async function runBump(req, world) {
    // The level reads the base through git: a missing folder or no checkout is the user's to fix, not a git crash.
    const root = (0,_fs_workspace_js__WEBPACK_IMPORTED_MODULE_2__.resolveWorkingDirectory)(world.workspace, req.workingDirectory);
    const prefix = (0,_fs_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .workspaceRelative */ .Uc)(world.workspace, root);
    const show = (p) => (prefix === '' ? p : node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(prefix, p));
    try {
        const { bumpIn } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(725), __webpack_require__.e(614), __webpack_require__.e(788), __webpack_require__.e(183), __webpack_require__.e(312), __webpack_require__.e(311), __webpack_require__.e(87), __webpack_require__.e(544), __webpack_require__.e(447)]).then(__webpack_require__.bind(__webpack_require__, 9447));
        return await bumpIn(root, req, world, show);
    }
    catch (e) {
        throw (0,_world_js__WEBPACK_IMPORTED_MODULE_4__/* .relocateErrors */ .l)(e, show);
    }
}


/***/ })

};
