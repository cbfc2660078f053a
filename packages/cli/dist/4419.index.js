export const id = 4419;
export const ids = [4419];
export const modules = {

/***/ 54419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  check: () => (/* binding */ check)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
;// CONCATENATED MODULE: ./packages/core/src/operations/check/request.ts

/**
 * Reads and checks the inputs; base and head default to the pull request's
 * (or merge group's) from the world's event. A terminal has no event: its
 * base and head are always given.
 */
function checkRequest(inputs, world) {
    const event = world.event();
    const pr = pullRequestOf(event.payload);
    const baseInput = inputs.optional('base');
    const base = baseInput ?? pr?.base?.sha;
    if (!base && event.problem)
        throw new errors/* UserError */.yo(`the ${event.name} event file ${event.problem}`, {
            hint: (0,errors/* words */.aL) `run this step in a GitHub Actions job, or set ${(0,errors/* named */.KT)('base')} (and ${(0,errors/* named */.KT)('head')}) to the refs to compare`,
        });
    if (!base)
        throw new errors/* UserError */.yo('is not set and the event is not a pull request', {
            input: 'base',
            hint: (0,errors/* words */.aL) `set ${(0,errors/* named */.KT)('base')} to the branch, tag or commit to compare with (e.g. ${(0,errors/* named */.KT)('base', 'main')})`,
        });
    return {
        workingDirectory: inputs.string('working-directory', '.'),
        config: inputs.optional('config'),
        base,
        head: inputs.optional('head') ?? pr?.head?.sha ?? 'HEAD',
        baseBranch: baseInput ? undefined : pr?.base?.ref,
        charts: inputs.list('charts'),
        protectedGlobs: inputs.list('protected-values'),
        protectedApplications: inputs.list('protected-applications'),
        ignore: inputs.list('ignore'),
        breaking: inputs.choice('breaking', ['error', 'warn', 'off'], 'error'),
        changelog: inputs.optionalChoice('changelog', ['auto', 'required', 'off']),
        render: inputs.optionalChoice('render', ['auto', 'on', 'off']),
        validate: inputs.optionalChoice('validate', ['error', 'warn', 'off']),
    };
}
/** The pull request's base and head, or a merge group's in the same shape (its base branch without refs/heads/). */
function pullRequestOf(payload) {
    const queue = payload.merge_group;
    return (payload.pull_request ??
        (queue
            ? { base: { sha: queue.base_sha, ref: queue.base_ref?.replace(/^refs\/heads\//, '') }, head: { sha: queue.head_sha } }
            : undefined));
}

;// CONCATENATED MODULE: ./packages/core/src/operations/check/index.ts

/**
 * The chart-bump-check action and `lockstep check`: did every changed chart
 * move its version enough? The request reads the inputs and the pull request
 * event; the run (git first, then the YAML, SemVer and glob libraries) and
 * the views load only once the request was accepted.
 */
const check = {
    action: 'chart-bump-check',
    request: checkRequest,
    // One chunk for the run and the views (the chunk name): every check needs both, and a second
    // chunk cost about 3 ms of CPU per run on the runner.
    run: async () => (await Promise.all(/* import() | check */[__webpack_require__.e(9788), __webpack_require__.e(7850), __webpack_require__.e(4060), __webpack_require__.e(8741)]).then(__webpack_require__.bind(__webpack_require__, 52117))).run,
    view: async () => (await Promise.all(/* import() | check */[__webpack_require__.e(9788), __webpack_require__.e(7850), __webpack_require__.e(4060), __webpack_require__.e(8741)]).then(__webpack_require__.bind(__webpack_require__, 11542))).view,
};


/***/ })

};
