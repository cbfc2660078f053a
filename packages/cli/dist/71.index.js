export const id = 71;
export const ids = [71];
export const modules = {

/***/ 8071:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  promote: () => (/* binding */ promote)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/fs/workspace.ts
var workspace = __webpack_require__(2536);
;// CONCATENATED MODULE: ./packages/core/src/operations/promote/request.ts


const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const TAG = /^[\w][\w.-]{0,127}$/;
/** Reads and checks the promote-env inputs once (the action's INPUT_* or the CLI's flags); each error names its input, then the working directory. */
function promoteRequest(inputs, world) {
    const repository = inputs.optional('repository');
    if (repository !== undefined && (!REPOSITORY.test(repository) || repository.includes('..')))
        throw new errors/* UserError */.yo(`is '${repository}'`, { input: 'repository', hint: 'use owner/name, e.g. acme/gitops-config' });
    const version = inputs.optional('version');
    if (version !== undefined && !TAG.test(version))
        throw new errors/* UserError */.yo(`is '${version}', not an image tag`, { input: 'version', hint: 'letters, digits, ".", "_" and "-", e.g. v1.2.0' });
    const chartVersion = inputs.optional('chart-version');
    if (chartVersion !== undefined && /[\s]/.test(chartVersion))
        throw new errors/* UserError */.yo(`is '${chartVersion}'`, { input: 'chart-version', hint: 'give one version, e.g. 1.4.0' });
    const base = inputs.optional('base');
    if (base !== undefined && (base.startsWith('-') || !/^[A-Za-z0-9._/-]+$/.test(base) || base.includes('..')))
        throw new errors/* UserError */.yo(`is '${base}', not a branch name`, { input: 'base', hint: 'name the base branch, e.g. main' });
    const request = {
        workingDirectory: inputs.string('working-directory', '.'),
        config: inputs.optional('config'),
        from: inputs.optional('from'),
        to: inputs.required('to'),
        environments: inputs.list('environments'),
        digests: inputs.optional('digests'),
        version,
        resolveDigests: inputs.optionalBoolean('resolve-digests'),
        push: inputs.choice('push', ['pr', 'direct'], 'pr'),
        services: inputs.list('services'),
        chartVersion,
        valuesFile: inputs.optional('values-file'),
        valuesKey: inputs.optional('values-key'),
        repository,
        verifySource: inputs.boolean('verify-source', true),
        base,
        draft: inputs.boolean('draft', false),
        labels: inputs.source('labels') === '' ? ['automation:release-bump'] : inputs.list('labels'),
        reviewers: inputs.list('reviewers'),
        autoMerge: inputs.optionalBoolean('auto-merge'),
        allowSkip: inputs.boolean('allow-skip', false),
        requireChecks: inputs.list('require-checks'),
        dryRun: inputs.boolean('dry-run', false),
        commitMode: inputs.optionalChoice('commit-mode', ['git', 'api']),
    };
    (0,workspace/* resolveInside */.LI)(world.workspace, request.workingDirectory, 'working-directory');
    return request;
}

;// CONCATENATED MODULE: ./packages/core/src/operations/promote/index.ts

/**
 * promote-env (and `lockstep promote`): image pins and the chart version
 * from one environment to the next, as a pull request or a direct commit.
 * Only the request is loaded with the entry; the run (config, YAML, git,
 * GitHub, the registry) and the views load once it was accepted.
 */
const promote = {
    action: 'promote-env',
    secrets: ['github-token'],
    request: promoteRequest,
    run: async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(725), __webpack_require__.e(601), __webpack_require__.e(312), __webpack_require__.e(311), __webpack_require__.e(626), __webpack_require__.e(952), __webpack_require__.e(354), __webpack_require__.e(346), __webpack_require__.e(123), __webpack_require__.e(202)]).then(__webpack_require__.bind(__webpack_require__, 1202))).runPromote,
    view: async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(311), __webpack_require__.e(626), __webpack_require__.e(952), __webpack_require__.e(249)]).then(__webpack_require__.bind(__webpack_require__, 7994))).promoteViews,
};


/***/ })

};
