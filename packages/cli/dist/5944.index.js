export const id = 5944;
export const ids = [5944];
export const modules = {

/***/ 5944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dryRunPorts: () => (/* binding */ dryRunPorts)
/* harmony export */ });
/* harmony import */ var _git_auth_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1006);
/* harmony import */ var _git_repo_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3164);


/**
 * The ports of a dry run: git only (bind.ts's releasePorts gives the same
 * for a dry run), without loading the GitHub client and publishing code a
 * dry run never calls. origin's URL is asked only when a token could be
 * given to it.
 */
async function dryRunPorts(s, token, env, out) {
    return { git: await (0,_git_auth_js__WEBPACK_IMPORTED_MODULE_0__/* .withToken */ .ub)((0,_git_repo_js__WEBPACK_IMPORTED_MODULE_1__/* .openRepo */ .B8)(s.root, env), s.root, token, env), log: out.log, env };
}


/***/ })

};
