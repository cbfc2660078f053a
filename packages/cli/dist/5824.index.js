export const id = 5824;
export const ids = [5824];
export const modules = {

/***/ 87034:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H3: () => (/* binding */ identityInput),
/* harmony export */   br: () => (/* binding */ BOT_IDENTITY)
/* harmony export */ });
/* unused harmony export parseIdentity */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

/** The identity GitHub shows as github-actions[bot], used when no input overrides it. */
const BOT_IDENTITY = Object.freeze({
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com',
});
/** Parses `Name <email>` from the input named `input`; anything else is a UserError naming that input. */
function parseIdentity(text, input) {
    const m = /^\s*([^<>\r\n\0]*?)\s*<([^<>\s\0]+)>\s*$/.exec(text);
    if (!m || m[1] === '' || /[\r\n\0]/.test(text))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`: expected 'Name <email>', got ${JSON.stringify(text.slice(0, 200))}`, {
            input: input,
            hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL) `e.g. ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .named */ .KT)(input, "'release-bot <release-bot@example.com>'")}`,
        });
    return { name: m[1], email: m[2] };
}
/** `Name <email>` from an input, or github-actions[bot] when the input is empty. */
function identityInput(text, input) {
    return text === undefined ? { ...BOT_IDENTITY } : parseIdentity(text, input);
}


/***/ }),

/***/ 5824:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  release: () => (/* binding */ release)
});

// EXTERNAL MODULE: ./packages/core/src/settings/table.ts
var table = __webpack_require__(96355);
// EXTERNAL MODULE: ./packages/core/src/settings/table-release.ts
var table_release = __webpack_require__(96615);
// EXTERNAL MODULE: ./packages/core/src/fs/workspace.ts
var workspace = __webpack_require__(92536);
// EXTERNAL MODULE: ./packages/core/src/git/identity.ts
var identity = __webpack_require__(87034);
;// CONCATENATED MODULE: ./packages/core/src/operations/release/request.ts


/**
 * Reads every prepare-release input once into a typed request; each error
 * names its input. A pull request event only previews (dry run): its checkout
 * is the PR's merge ref, not a base branch to release from, and its token is
 * often read-only, so nothing may be pushed or published from it. The
 * working directory must be a git checkout (said before any git runs).
 */
function releaseRequest(inputs, world) {
    const event = world.event().name;
    const labels = inputs.list('labels');
    const request = {
        workingDirectory: inputs.string('working-directory', '.'),
        config: inputs.optional('config'),
        version: inputs.optional('version'),
        prerelease: inputs.optional('prerelease'),
        initialVersion: inputs.string('initial-version', '0.1.0'),
        tagPrefix: inputs.optional('tag-prefix'),
        versionFile: inputs.optional('version-file'),
        charts: inputs.list('charts'),
        packages: inputs.list('packages'),
        pins: inputs.optional('pins'),
        lockCommand: inputs.optional('lock-command'),
        changelog: inputs.optionalChoice('changelog', ['auto', 'required', 'off']),
        branchPrefix: inputs.string('branch-prefix', 'chore/release-'),
        base: inputs.optional('base'),
        labels: labels.length > 0 ? labels : ['release'],
        freezeLabel: inputs.string('freeze-label', 'release-freeze'),
        preMajor: inputs.choice('pre-major', ['minor', 'major'], 'minor'),
        // Unless an input names someone: the terminal user's git identity, else (a runner) github-actions[bot].
        author: world.identity && inputs.optional('author') === undefined
            ? { ...world.identity }
            : (0,identity/* identityInput */.H3)(inputs.optional('author'), 'author'),
        committer: world.identity && inputs.optional('committer') === undefined
            ? { ...world.identity }
            : (0,identity/* identityInput */.H3)(inputs.optional('committer'), 'committer'),
        dryRun: inputs.boolean('dry-run', false) || event === 'pull_request' || event === 'pull_request_target',
        commitMode: inputs.optionalChoice('commit-mode', ['git', 'api']),
    };
    const notifyPulls = inputs.optionalBoolean('notify-pulls');
    if (notifyPulls !== undefined)
        request.notifyPulls = notifyPulls;
    // Not a repository, or a bare one: said before any git runs.
    (0,workspace.resolveWorkingDirectory)(world.workspace, request.workingDirectory, 'working-directory', world.env);
    return request;
}

;// CONCATENATED MODULE: ./packages/core/src/operations/release/index.ts



/**
 * prepare-release (`lockstep release`): the next version, its notes and file
 * edits, the release PR opened or updated; on the merge of one, the tag and
 * the GitHub Release. The run and the views load only once the inputs passed.
 */
const release = {
    action: 'prepare-release',
    secrets: (0,table/* secretInputs */._y)(table_release/* RELEASE */.g),
    request: releaseRequest,
    run: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(9788), __webpack_require__.e(9159), __webpack_require__.e(7306), __webpack_require__.e(9730), __webpack_require__.e(9547), __webpack_require__.e(6468), __webpack_require__.e(620), __webpack_require__.e(311), __webpack_require__.e(3525), __webpack_require__.e(9225), __webpack_require__.e(1087), __webpack_require__.e(6347)]).then(__webpack_require__.bind(__webpack_require__, 18019))).runRelease,
    view: async () => (await Promise.all(/* import() */[__webpack_require__.e(5725), __webpack_require__.e(1841)]).then(__webpack_require__.bind(__webpack_require__, 31841))).releaseViews,
};


/***/ })

};
