export const id = 8499;
export const ids = [8499];
export const modules = {

/***/ 78499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  status: () => (/* binding */ status_status)
});

// EXTERNAL MODULE: ./packages/core/src/fs/workspace.ts
var workspace = __webpack_require__(92536);
;// CONCATENATED MODULE: ./packages/core/src/operations/status/request.ts

/** Reads the promote-env inputs status takes (the CLI's flags), then checks the working directory. */
function statusRequest(inputs, world) {
    const request = {
        workingDirectory: inputs.string('working-directory', '.'),
        config: inputs.optional('config'),
        environments: inputs.list('environments'),
        services: inputs.list('services'),
        valuesFile: inputs.optional('values-file'),
        valuesKey: inputs.optional('values-key'),
        repository: inputs.optional('repository'),
        base: inputs.optional('base'),
    };
    (0,workspace/* resolveInside */.LI)(world.workspace, request.workingDirectory, 'working-directory');
    return request;
}

;// CONCATENATED MODULE: ./packages/core/src/operations/status/index.ts

/**
 * `lockstep status` (the CLI only): what each environment pins, read as
 * promote-env reads it (its inputs, hence `action`), and what each next
 * promotion would change; writes nothing. The run and views load once the
 * request was accepted.
 */
const status_status = {
    action: 'promote-env',
    secrets: ['github-token'],
    request: statusRequest,
    run: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(9788), __webpack_require__.e(9159), __webpack_require__.e(7306), __webpack_require__.e(9730), __webpack_require__.e(5725), __webpack_require__.e(6118), __webpack_require__.e(2463), __webpack_require__.e(9601), __webpack_require__.e(620), __webpack_require__.e(311), __webpack_require__.e(2233), __webpack_require__.e(3525), __webpack_require__.e(827), __webpack_require__.e(1547), __webpack_require__.e(8840), __webpack_require__.e(8429), __webpack_require__.e(6210), __webpack_require__.e(3356), __webpack_require__.e(809), __webpack_require__.e(9225), __webpack_require__.e(5843), __webpack_require__.e(3410)]).then(__webpack_require__.bind(__webpack_require__, 82158))).runStatus,
    view: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(9788), __webpack_require__.e(9159), __webpack_require__.e(7306), __webpack_require__.e(9730), __webpack_require__.e(6118), __webpack_require__.e(311), __webpack_require__.e(2233), __webpack_require__.e(3525), __webpack_require__.e(827), __webpack_require__.e(8598), __webpack_require__.e(1130)]).then(__webpack_require__.bind(__webpack_require__, 29894))).statusViews,
};


/***/ })

};
