export const id = 5944;
export const ids = [5944];
export const modules = {

/***/ 85944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dryRunPorts: () => (/* binding */ dryRunPorts)
/* harmony export */ });
/* harmony import */ var _git_auth_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81006);

/**
 * The ports of a dry run: git only (bind.ts's releasePorts gives the same
 * for a dry run), without loading the GitHub client and publishing code a
 * dry run never calls. origin's URL is asked only when a token could be
 * given to it.
 */
async function dryRunPorts(s, token, env, out, services = {}) {
    const open = services.repo ?? (0,_git_auth_js__WEBPACK_IMPORTED_MODULE_0__/* .repoOpener */ .M0)(env);
    return { git: await (0,_git_auth_js__WEBPACK_IMPORTED_MODULE_0__/* .withToken */ .ub)(open(s.root), s.root, token, open), log: out.log, env };
}


/***/ })

};
