export const id = 8499;
export const ids = [8499];
export const modules = {

/***/ 8499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  status: () => (/* binding */ status_status)
});

// EXTERNAL MODULE: ./packages/core/src/fs/workspace.ts
var workspace = __webpack_require__(2536);
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
<<<<<<< HEAD:packages/cli/dist/8499.index.js
<<<<<<< HEAD:packages/cli/dist/8499.index.js
<<<<<<< HEAD:packages/cli/dist/8499.index.js
<<<<<<< HEAD:packages/cli/dist/499.index.js
    run: async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(219), __webpack_require__.e(306), __webpack_require__.e(601), __webpack_require__.e(118), __webpack_require__.e(312), __webpack_require__.e(311), __webpack_require__.e(626), __webpack_require__.e(952), __webpack_require__.e(314), __webpack_require__.e(285), __webpack_require__.e(272), __webpack_require__.e(849), __webpack_require__.e(158)]).then(__webpack_require__.bind(__webpack_require__, 2158))).runStatus,
=======
    run: async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(601), __webpack_require__.e(312), __webpack_require__.e(311), __webpack_require__.e(281), __webpack_require__.e(952), __webpack_require__.e(314), __webpack_require__.e(285), __webpack_require__.e(154), __webpack_require__.e(158)]).then(__webpack_require__.bind(__webpack_require__, 2158))).runStatus,
>>>>>>> cap-19b:packages/cli/dist/499.index.js
=======
    run: async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(601), __webpack_require__.e(312), __webpack_require__.e(311), __webpack_require__.e(145), __webpack_require__.e(952), __webpack_require__.e(314), __webpack_require__.e(377), __webpack_require__.e(123), __webpack_require__.e(158)]).then(__webpack_require__.bind(__webpack_require__, 2158))).runStatus,
>>>>>>> cap-18a:packages/cli/dist/499.index.js
    view: async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(311), __webpack_require__.e(952), __webpack_require__.e(130)]).then(__webpack_require__.bind(__webpack_require__, 9894))).statusViews,
=======
    run: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(9601), __webpack_require__.e(1312), __webpack_require__.e(311), __webpack_require__.e(3191), __webpack_require__.e(9626), __webpack_require__.e(3952), __webpack_require__.e(7285), __webpack_require__.e(3123), __webpack_require__.e(2158)]).then(__webpack_require__.bind(__webpack_require__, 2158))).runStatus,
    view: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(311), __webpack_require__.e(3952), __webpack_require__.e(1130)]).then(__webpack_require__.bind(__webpack_require__, 9894))).statusViews,
>>>>>>> cap-20b:packages/cli/dist/8499.index.js
=======
    run: async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(628), __webpack_require__.e(601), __webpack_require__.e(311), __webpack_require__.e(312), __webpack_require__.e(388), __webpack_require__.e(952), __webpack_require__.e(314), __webpack_require__.e(285), __webpack_require__.e(665), __webpack_require__.e(410)]).then(__webpack_require__.bind(__webpack_require__, 2158))).runStatus,
    view: async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(311), __webpack_require__.e(952), __webpack_require__.e(894)]).then(__webpack_require__.bind(__webpack_require__, 9894))).statusViews,
>>>>>>> cap-19a:packages/cli/dist/499.index.js
};


/***/ })

};
