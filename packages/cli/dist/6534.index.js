export const id = 6534;
export const ids = [6534];
export const modules = {

/***/ 36534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hydrate: () => (/* binding */ hydrate)
});

// EXTERNAL MODULE: ./packages/core/src/settings/table.ts
var table = __webpack_require__(96355);
// EXTERNAL MODULE: ./packages/core/src/settings/table-hydrate.ts
var table_hydrate = __webpack_require__(75721);
// EXTERNAL MODULE: ./packages/core/src/fs/workspace.ts
var workspace = __webpack_require__(92536);
;// CONCATENATED MODULE: ./packages/core/src/operations/hydrate/request.ts

/** Reads the hydrate inputs, then checks the working directory. */
function hydrateRequest(inputs, world) {
    return {
        workdir: (0,workspace.resolveExistingFolder)(world.workspace, inputs.string('working-directory', '.'), 'working-directory'),
        config: inputs.optional('config'),
        environments: inputs.list('env'),
        dryRun: inputs.boolean('dry-run', false),
        mode: inputs.choice('mode', ['hydrate', 'check'], 'hydrate'),
        commit: inputs.optional('commit'),
        signingKey: inputs.optional('signing-key'),
        signingKeyFile: inputs.optional('signing-key-file'),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/operations/hydrate/index.ts



/**
 * hydrate-env (the action) and `lockstep hydrate`: each environment with
 * `hydrate:` rendered at the DRY commit and written to its `<branch>-next`
 * in GitOps Promoter's hydrator contract. The run and its views load only
 * once the request was accepted.
 */
const hydrate = {
    action: 'hydrate-env',
    secrets: (0,table/* secretInputs */._y)(table_hydrate/* HYDRATE */.s),
    request: hydrateRequest,
    run: async () => (await Promise.all(/* import() */[__webpack_require__.e(9887), __webpack_require__.e(9788), __webpack_require__.e(9159), __webpack_require__.e(5725), __webpack_require__.e(9730), __webpack_require__.e(7306), __webpack_require__.e(6118), __webpack_require__.e(793), __webpack_require__.e(2415), __webpack_require__.e(5763), __webpack_require__.e(7850), __webpack_require__.e(611), __webpack_require__.e(5206), __webpack_require__.e(1043), __webpack_require__.e(5825), __webpack_require__.e(4341), __webpack_require__.e(9138)]).then(__webpack_require__.bind(__webpack_require__, 56239))).runHydrate,
    view: async () => (await __webpack_require__.e(/* import() */ 9799).then(__webpack_require__.bind(__webpack_require__, 19799))).hydrateViews,
};


/***/ })

};
