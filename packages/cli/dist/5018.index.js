export const id = 5018;
export const ids = [5018];
export const modules = {

/***/ 75018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publish: () => (/* binding */ publish)
});

// EXTERNAL MODULE: ./packages/core/src/settings/table.ts
var table = __webpack_require__(96355);
// EXTERNAL MODULE: ./packages/core/src/settings/table-publish.ts
var table_publish = __webpack_require__(77401);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/fs/workspace.ts
var workspace = __webpack_require__(92536);
;// CONCATENATED MODULE: ./packages/core/src/operations/publish/request.ts


/** `[oci://]host[:port]/path`: what an OCI registry prefix for charts looks like (lower-case, as OCI names are). */
const REGISTRY = /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(\/[a-z0-9]+([._-][a-z0-9]+)*)*$/;
/**
 * Reads and checks the publish inputs, then the working directory. The
 * signing key is only checked to be PEM here (node:crypto reads it in the
 * run); a username without a password, or the reverse, is refused.
 */
function publishRequest(inputs, world) {
    const password = inputs.optional('password');
    const username = inputs.optional('username');
    if ((username === undefined) !== (password === undefined))
        throw new errors/* UserError */.yo('is missing', {
            input: username ? 'password' : 'username',
            hint: (0,errors/* words */.aL) `pass both ${(0,errors/* named */.KT)('username')} and ${(0,errors/* named */.KT)('password')}, or neither`,
        });
    const registry = registryInput(inputs.optional('registry'));
    const signingKey = inputs.optional('signing-key');
    if (signingKey !== undefined && !/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(signingKey))
        throw new errors/* UserError */.yo('is not a PEM private key', {
            input: 'signing-key',
            hint: 'pass the key itself (-----BEGIN PRIVATE KEY----- …), e.g. signing-key: ${{ secrets.CHART_SIGNING_KEY }}',
            cliHint: 'name a PEM private key file with --signing-key-file',
        });
    // The runner masks a multi-line value as a whole; each line of the key is masked as well, so no line of it shows alone.
    for (const line of signingKey?.split(/\r?\n/) ?? [])
        if (line.trim().length >= 8 && !line.startsWith('-----'))
            world.secret(line.trim());
    const workingDirectory = inputs.string('working-directory', '.');
    const sha = inputs.optional('sha') ?? (world.runCommit ? world.runCommit.slice(0, 7) : undefined);
    return {
        workingDirectory,
        workdir: (0,workspace.resolveExistingFolder)(world.workspace, workingDirectory, 'working-directory'),
        config: inputs.optional('config'),
        registry,
        charts: inputs.list('charts'),
        digestsFile: inputs.optional('digests-file'),
        sha,
        credentials: username && password ? { username, password } : undefined,
        signingKey,
        dryRun: inputs.boolean('dry-run', false),
    };
}
/** The registry input without `oci://` and a trailing slash; anything but host[:port]/path is refused. */
function registryInput(value) {
    if (value === undefined)
        return undefined;
    const bare = value.replace(/^oci:\/\//, '').replace(/\/+$/, '');
    if (!REGISTRY.test(bare))
        throw new errors/* UserError */.yo(`is '${value}', not an OCI registry path`, {
            input: 'registry',
            hint: 'write host[:port]/path in lower case, e.g. oci://ghcr.io/acme/charts',
        });
    return bare;
}

;// CONCATENATED MODULE: ./packages/core/src/operations/publish/index.ts



/**
 * publish-chart (the action) and `lockstep publish`: each chart packaged as
 * `helm package` does and pushed to an OCI registry with Helm's media types,
 * optionally signed as cosign signs. The password and the signing key are
 * masked before anything reads them; the run and its views load only once
 * the request was accepted.
 */
const publish = {
    action: 'publish-chart',
    secrets: (0,table/* secretInputs */._y)(table_publish/* PUBLISH */.W),
    request: publishRequest,
    run: async () => (await Promise.all(/* import() */[__webpack_require__.e(9887), __webpack_require__.e(9788), __webpack_require__.e(9159), __webpack_require__.e(5725), __webpack_require__.e(7306), __webpack_require__.e(6118), __webpack_require__.e(793), __webpack_require__.e(2415), __webpack_require__.e(7850), __webpack_require__.e(611), __webpack_require__.e(5206), __webpack_require__.e(488), __webpack_require__.e(4408)]).then(__webpack_require__.bind(__webpack_require__, 49678))).runPublish,
    view: async () => (await __webpack_require__.e(/* import() */ 2411).then(__webpack_require__.bind(__webpack_require__, 42411))).publishViews,
};


/***/ })

};
