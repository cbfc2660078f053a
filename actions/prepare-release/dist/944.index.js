export const id = 944;
export const ids = [944];
export const modules = {

/***/ 5944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dryRunPorts: () => (/* binding */ dryRunPorts),
/* harmony export */   localGit: () => (/* binding */ localGit),
/* harmony export */   remoteUrl: () => (/* binding */ remoteUrl)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _git_publish_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9626);
/* harmony import */ var _git_objects_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7589);



/** origin's URL; undefined when the repository has none (a dry run needs none: only pushing and the API do). */
function remoteUrl(cwd) {
    const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', [..._git_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .GIT_NO_HOOKS */ .YH, 'remote', 'get-url', '--', 'origin'], { cwd, encoding: 'utf8' });
    return r.status === 0 ? r.stdout.trim() : undefined;
}
/** git in the workspace: with the token given through the environment when there is one and an origin to use it on. */
function localGit(root, url, token, env) {
    return token && url ? (0,_git_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .authedGit */ .og)(root, url, token, env) : (0,_git_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .gitSpawner */ .dm)(root, env);
}
/**
 * The ports of a dry run: git only (bind.ts's releasePorts gives the same
 * for a dry run), without loading the GitHub client and publishing code a
 * dry run never calls. origin's URL is asked only when a token could be
 * given to it.
 */
function dryRunPorts(s, token, env, out) {
    const url = token ? remoteUrl(s.root) : undefined;
    return { git: localGit(s.root, url, token, env), log: out.log, env };
}


/***/ })

};
