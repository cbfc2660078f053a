export const id = 305;
export const ids = [305];
export const modules = {

/***/ 7034:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H3: () => (/* binding */ identityInput),
/* harmony export */   br: () => (/* binding */ BOT_IDENTITY)
/* harmony export */ });
/* unused harmony export parseIdentity */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);

/** The identity GitHub shows as github-actions[bot], used when no input overrides it. */
const BOT_IDENTITY = Object.freeze({
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com',
});
/** Parses `Name <email>` from the input named `input`; anything else is a UserError naming that input. */
function parseIdentity(text, input) {
    const m = /^\s*([^<>\r\n\0]*?)\s*<([^<>\s\0]+)>\s*$/.exec(text);
    if (!m || m[1] === '' || /[\r\n\0]/.test(text))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`input '${input}': expected 'Name <email>', got ${JSON.stringify(text.slice(0, 200))}`, {
            hint: `e.g. ${input}: 'release-bot <release-bot@example.com>'`,
        });
    return { name: m[1], email: m[2] };
}
/** `Name <email>` from an input, or github-actions[bot] when the input is empty. */
function identityInput(text, input) {
    return text === undefined ? { ...BOT_IDENTITY } : parseIdentity(text, input);
}


/***/ }),

/***/ 6305:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   releaseRequest: () => (/* binding */ releaseRequest),
/* harmony export */   runReleaseOperation: () => (/* binding */ runReleaseOperation)
/* harmony export */ });
/* unused harmony export releaseOutputs */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _fs_workspace_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2536);
/* harmony import */ var _git_identity_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7034);



/**
 * Reads every prepare-release input once into a typed request; each error
 * names its input. A pull request event only previews (dry run): its checkout
 * is the PR's merge ref, not a base branch to release from, and its token is
 * often read-only, so nothing may be pushed or published from it.
 */
function releaseRequest(inputs, eventName) {
    const labels = inputs.list('labels');
    return {
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
        author: (0,_git_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .identityInput */ .H3)(inputs.optional('author'), 'author'),
        committer: (0,_git_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .identityInput */ .H3)(inputs.optional('committer'), 'committer'),
        dryRun: inputs.boolean('dry-run', false) || eventName === 'pull_request' || eventName === 'pull_request_target',
    };
}
/** The action's outputs of a release result. */
function releaseOutputs(r) {
    return {
        version: r.version ?? '',
        'previous-version': r.previousVersion ?? '',
        bump: r.bump,
        notes: r.notes,
        'pr-number': r.pr ? String(r.pr.number) : '',
        'pr-url': r.pr?.url ?? '',
        branch: r.branch ?? '',
        released: String(r.released),
        tag: r.tag ?? '',
    };
}
/**
 * Resolves the request and the config into settings (every check before any
 * network or write), then runs release/run.ts's runRelease with the world's
 * ports, its progress going to the reporter.
 */
async function runReleaseOperation(req, world) {
    // Not a repository, or a bare one: said before any git runs.
    (0,_fs_workspace_js__WEBPACK_IMPORTED_MODULE_1__.resolveWorkingDirectory)(world.workspace, req.workingDirectory, 'working-directory', world.env);
    // One after the other: the two share modules, and jest's VM modules cannot link a shared module twice at once.
    const { resolveSettings } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(614), __webpack_require__.e(788), __webpack_require__.e(183), __webpack_require__.e(306), __webpack_require__.e(547), __webpack_require__.e(62), __webpack_require__.e(312), __webpack_require__.e(311), __webpack_require__.e(87), __webpack_require__.e(588), __webpack_require__.e(73)]).then(__webpack_require__.bind(__webpack_require__, 794));
    const { runRelease } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(614), __webpack_require__.e(788), __webpack_require__.e(183), __webpack_require__.e(306), __webpack_require__.e(547), __webpack_require__.e(62), __webpack_require__.e(674), __webpack_require__.e(311), __webpack_require__.e(87), __webpack_require__.e(588), __webpack_require__.e(258)]).then(__webpack_require__.bind(__webpack_require__, 1902));
    const settings = resolveSettings(req, { workspace: world.workspace, ref: world.ref, repository: world.repository, serverUrl: world.serverUrl, date: world.date });
    if (!settings.dryRun && !world.token)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo("input 'github-token' is empty", { hint: 'pass a token with contents: write and pull-requests: write, or set dry-run: true' });
    if (!settings.dryRun && !settings.base)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('base is required in detached HEAD', { hint: "set input 'base' to the branch releases are made from (e.g. main)" });
    const r = world.reporter;
    const log = {
        info: (line) => r.info(line),
        warning: (line) => (world.warning ? world.warning(line) : r.info(`warning: ${line}`)),
        async group(title, fn) {
            r.group(title);
            try {
                return await fn();
            }
            finally {
                r.endGroup();
            }
        },
    };
    const deps = (world.deps ?? (await Promise.all(/* import() */[__webpack_require__.e(601), __webpack_require__.e(272), __webpack_require__.e(765)]).then(__webpack_require__.bind(__webpack_require__, 3765))).releaseDeps)(settings, world.token, world.env, { log, debug: (line) => r.debug(line) });
    // The scan of the commits since the last release has no count to give: a face shows how long it has run.
    const what = 'reading the commits since the last release and planning';
    r.progress?.({ what });
    let result;
    try {
        result = await runRelease(settings, { ...deps, log });
    }
    finally {
        r.progress?.({ what, done: 1, total: 1 });
    }
    return { ...result, dryRun: result.mode === 'dry-run' || settings.dryRun, outputs: releaseOutputs(result) };
}


/***/ })

};
