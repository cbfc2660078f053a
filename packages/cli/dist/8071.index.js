export const id = 8071;
export const ids = [8071];
export const modules = {

/***/ 78071:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  promote: () => (/* binding */ promote)
});

// EXTERNAL MODULE: ./packages/core/src/settings/table.ts
var table = __webpack_require__(96355);
// EXTERNAL MODULE: ./packages/core/src/settings/table-promote.ts
var table_promote = __webpack_require__(20882);
// EXTERNAL MODULE: ./packages/core/node_modules/semver/functions/valid.js
var valid = __webpack_require__(37306);
var valid_default = /*#__PURE__*/__webpack_require__.n(valid);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/fs/workspace.ts
var workspace = __webpack_require__(92536);
// EXTERNAL MODULE: ./packages/core/src/text/duration.ts
var duration = __webpack_require__(8473);
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
    // One exact SemVer 2 version as Helm writes it: `3.12`, `v3.1.2` or a range would be written into the Application as is.
    if (chartVersion !== undefined && valid_default()(chartVersion) !== chartVersion)
        throw new errors/* UserError */.yo(`is '${chartVersion}', not an exact chart version`, {
            input: 'chart-version',
            hint: 'give one released SemVer version, e.g. 3.1.2 or 4.0.0-rc.1',
        });
    const base = inputs.optional('base');
    if (base !== undefined && (base.startsWith('-') || !/^[A-Za-z0-9._/-]+$/.test(base) || base.includes('..')))
        throw new errors/* UserError */.yo(`is '${base}', not a branch name`, { input: 'base', hint: 'name the base branch, e.g. main' });
    // record: deployments records what landed on the base instead of promoting: it needs no target.
    const record = inputs.optional('record');
    if (record !== undefined && record !== 'deployments')
        throw new errors/* UserError */.yo(`is '${record}'`, { input: 'record', hint: 'use deployments, or leave it empty to promote' });
    const soak = inputs.optional('min-soak');
    const minSoak = soak === undefined ? undefined : (0,duration/* parseDuration */.E9)(soak);
    if (soak !== undefined && minSoak === undefined)
        throw new errors/* UserError */.yo(`is '${soak}', not a duration`, { input: 'min-soak', hint: duration/* DURATION_HINT */.Fp });
    const request = {
        workingDirectory: inputs.string('working-directory', '.'),
        config: inputs.optional('config'),
        from: inputs.optional('from'),
        to: record ? (inputs.optional('to') ?? '') : inputs.required('to'),
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
        allowChartDowngrade: inputs.boolean('allow-chart-downgrade', false),
        requireChecks: inputs.list('require-checks'),
        dryRun: inputs.boolean('dry-run', false),
        ...(record ? { record } : {}),
        minSoak,
        wait: inputs.optionalChoice('wait', ['refuse', 'draft']),
        breakGlassLabel: inputs.string('break-glass-label', 'break-glass'),
        commitMode: inputs.optionalChoice('commit-mode', ['git', 'api']),
    };
    const valuesDrift = inputs.optionalChoice('values-drift', ['error', 'warn', 'off']);
    if (valuesDrift !== undefined)
        request.valuesDrift = valuesDrift;
    const validate = inputs.optionalChoice('validate', ['error', 'warn', 'off']);
    if (validate !== undefined)
        request.validate = validate;
    const render = inputs.optionalChoice('render', ['auto', 'on', 'off']);
    if (render !== undefined)
        request.render = render;
    const notifyPulls = inputs.optionalBoolean('notify-pulls');
    if (notifyPulls !== undefined)
        request.notifyPulls = notifyPulls;
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
    secrets: (0,table/* secretInputs */._y)(table_promote/* PROMOTE */.R),
    request: promoteRequest,
    // record: deployments records what landed instead of promoting (record.ts); each mode loads only its own run.
    run: () => Promise.resolve(async (i, world) => i.record ? (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(9788), __webpack_require__.e(9159), __webpack_require__.e(9730), __webpack_require__.e(5725), __webpack_require__.e(6118), __webpack_require__.e(2463), __webpack_require__.e(9601), __webpack_require__.e(620), __webpack_require__.e(311), __webpack_require__.e(2233), __webpack_require__.e(3525), __webpack_require__.e(827), __webpack_require__.e(1547), __webpack_require__.e(8840), __webpack_require__.e(8429), __webpack_require__.e(6210), __webpack_require__.e(3356), __webpack_require__.e(809), __webpack_require__.e(9225), __webpack_require__.e(5843), __webpack_require__.e(4006)]).then(__webpack_require__.bind(__webpack_require__, 44006))).runRecord(i, world) : (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(9788), __webpack_require__.e(9159), __webpack_require__.e(9730), __webpack_require__.e(5725), __webpack_require__.e(6118), __webpack_require__.e(2463), __webpack_require__.e(9601), __webpack_require__.e(620), __webpack_require__.e(311), __webpack_require__.e(2233), __webpack_require__.e(3525), __webpack_require__.e(827), __webpack_require__.e(1547), __webpack_require__.e(8840), __webpack_require__.e(8429), __webpack_require__.e(6210), __webpack_require__.e(3356), __webpack_require__.e(809), __webpack_require__.e(9225), __webpack_require__.e(5843), __webpack_require__.e(8598), __webpack_require__.e(4859)]).then(__webpack_require__.bind(__webpack_require__, 24859))).runPromote(i, world)),
    view: async () => {
        const [{ promoteViews }, { isRecordResult, recordViews }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(9788), __webpack_require__.e(9159), __webpack_require__.e(9730), __webpack_require__.e(6118), __webpack_require__.e(620), __webpack_require__.e(311), __webpack_require__.e(2233), __webpack_require__.e(3525), __webpack_require__.e(827), __webpack_require__.e(8840), __webpack_require__.e(3356), __webpack_require__.e(8598), __webpack_require__.e(7994)]).then(__webpack_require__.bind(__webpack_require__, 67994)), Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(9788), __webpack_require__.e(9159), __webpack_require__.e(9730), __webpack_require__.e(5725), __webpack_require__.e(6118), __webpack_require__.e(2463), __webpack_require__.e(9601), __webpack_require__.e(620), __webpack_require__.e(311), __webpack_require__.e(2233), __webpack_require__.e(3525), __webpack_require__.e(827), __webpack_require__.e(1547), __webpack_require__.e(8840), __webpack_require__.e(8429), __webpack_require__.e(6210), __webpack_require__.e(3356), __webpack_require__.e(809), __webpack_require__.e(9225), __webpack_require__.e(5843), __webpack_require__.e(4006)]).then(__webpack_require__.bind(__webpack_require__, 44006))]);
        return {
            runner: (r) => (isRecordResult(r) ? recordViews.runner(r) : promoteViews.runner(r)),
            terminal: (r) => (isRecordResult(r) ? recordViews.terminal(r) : promoteViews.terminal(r)),
            failure: (r) => (isRecordResult(r) ? recordViews.failure(r) : promoteViews.failure(r)),
            held: (r) => !isRecordResult(r) && promoteViews.held?.(r) === true,
            json: (r) => (isRecordResult(r) ? recordViews.json(r) : promoteViews.json(r)),
        };
    },
};


/***/ }),

/***/ 8473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   Fp: () => (/* binding */ DURATION_HINT),
/* harmony export */   a3: () => (/* binding */ formatDuration)
/* harmony export */ });
// Durations as the config and the inputs write them: `30m`, `1h`, `2d`, or
// units together from the largest down (`1h30m`, `2d12h`). Strict: no spaces,
// no fractions, no other unit, each unit at most once, so a typo is an error
// rather than a different duration.
const DURATION = /^(?:(\d{1,4})d)?(?:(\d{1,5})h)?(?:(\d{1,6})m)?$/;
const MINUTE = 60_000;
/** Milliseconds of a duration such as `30m`, `1h`, `2d` or `1h30m`; undefined when the text is not one. */
function parseDuration(text) {
    const m = DURATION.exec(text.trim());
    if (!m || text.trim() === '')
        return undefined;
    const [d, h, min] = [m[1], m[2], m[3]].map((v) => Number(v ?? 0));
    return ((d * 24 + h) * 60 + min) * MINUTE;
}
/** The hint every duration error gives. */
const DURATION_HINT = 'write a number and a unit (m, h or d), e.g. 30m, 1h, 2d or 1h30m';
/**
 * A duration for people, rounded up to the minute (a wait of 29m10s is said
 * `30m`, never a shorter wait than the real one): `30m`, `1h`, `1h 5m`, `2d 3h`.
 */
function formatDuration(ms) {
    let minutes = Math.max(0, Math.ceil(ms / MINUTE));
    const d = Math.floor(minutes / 1440);
    minutes -= d * 1440;
    const h = Math.floor(minutes / 60);
    const m = minutes - h * 60;
    const parts = [d ? `${d}d` : '', h ? `${h}h` : '', m ? `${m}m` : ''].filter(Boolean);
    return parts.length > 0 ? parts.join(' ') : '0m';
}


/***/ })

};
