export const id = 6827;
export const ids = [6827];
export const modules = {

/***/ 96827:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publishedLookup: () => (/* binding */ publishedLookup)
/* harmony export */ });
/* harmony import */ var _chart_push_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4586);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32632);
/* harmony import */ var _docker_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48040);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(90908);




/**
 * chart-bump-check's question to `<registry>/<name>:<version>` (chart-registry
 * in the config): one HEAD on the manifest, read-only, anonymous unless a
 * Docker login holds credentials for the host. A tag that exists is taken; a
 * registry that cannot answer is said, not guessed.
 */
function publishedLookup(registry, o) {
    const client = new _client_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryClient */ .bP({
        transport: o.transport,
        clock: o.clock,
        retry: o.retry,
        credentials: (0,_docker_config_js__WEBPACK_IMPORTED_MODULE_2__/* .dockerCredentialSource */ .JA)({
            configPath: (0,_docker_config_js__WEBPACK_IMPORTED_MODULE_2__/* .dockerConfigPath */ .Q1)({ DOCKER_CONFIG: o.dockerConfigDir }, o.home),
            secret: o.secret,
            log: o.log,
        }),
        log: o.log,
    });
    const ask = (async (name, version) => {
        const at = `${registry}/${name}:${(0,_chart_push_js__WEBPACK_IMPORTED_MODULE_0__/* .chartTag */ .bF)(version)}`;
        try {
            await client.resolve((0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .parseReference */ .F2)(at));
            return { at };
        }
        catch (e) {
            if (e instanceof _client_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl && e.kind === 'not-found')
                return undefined;
            if (e instanceof _client_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl)
                return { problem: `could not ask ${at.slice(0, at.lastIndexOf(':'))} whether ${version} is published: ${e.message}` };
            return { problem: `could not ask ${registry} about ${name} ${version}: ${e.message}` };
        }
    });
    ask.close = () => o.transport.close?.();
    return ask;
}


/***/ })

};
