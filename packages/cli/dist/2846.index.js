export const id = 2846;
export const ids = [2846,1679];
export const modules = {

/***/ 22846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   metrics: () => (/* binding */ metrics)
/* harmony export */ });
/* harmony import */ var _request_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31679);

/**
 * `lockstep metrics` (the CLI only): the delivery figures of each
 * environment over a window, read from the base branch's history; writes
 * nothing. The run and views load once the request was accepted.
 */
const metrics = {
    action: 'promote-env',
    request: _request_js__WEBPACK_IMPORTED_MODULE_0__/* .metricsRequest */ .l,
    run: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(9788), __webpack_require__.e(9159), __webpack_require__.e(7306), __webpack_require__.e(9730), __webpack_require__.e(5725), __webpack_require__.e(6118), __webpack_require__.e(2463), __webpack_require__.e(9601), __webpack_require__.e(620), __webpack_require__.e(311), __webpack_require__.e(2233), __webpack_require__.e(3525), __webpack_require__.e(827), __webpack_require__.e(1547), __webpack_require__.e(8840), __webpack_require__.e(8429), __webpack_require__.e(6210), __webpack_require__.e(3356), __webpack_require__.e(809), __webpack_require__.e(9225), __webpack_require__.e(5843), __webpack_require__.e(703)]).then(__webpack_require__.bind(__webpack_require__, 75387))).runMetrics,
    view: async () => (await Promise.all(/* import() */[__webpack_require__.e(9159), __webpack_require__.e(7306), __webpack_require__.e(9730), __webpack_require__.e(6458)]).then(__webpack_require__.bind(__webpack_require__, 36458))).metricsViews,
};


/***/ }),

/***/ 31679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WINDOW_INPUTS: () => (/* binding */ WINDOW_INPUTS),
/* harmony export */   l: () => (/* binding */ metricsRequest)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _fs_workspace_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92536);


// `lockstep metrics` loads this module first (light): the window is checked
// here, before the config or git is read.
/** The inputs that say which window the figures cover; a bad one is a usage error of its flag. */
const WINDOW_INPUTS = ['since', 'from', 'to', 'env'];
const DAY = 86400;
/** `90d`, `12w`, `36h` → seconds. */
function parseSince(v) {
    const m = /^(\d{1,5})([hdw])$/.exec(v);
    if (!m || Number(m[1]) === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`is '${v}', not a duration`, { input: 'since', hint: 'a whole number of hours, days or weeks: 36h, 90d, 12w' });
    return Number(m[1]) * { h: 3600, d: DAY, w: 7 * DAY }[m[2]];
}
/**
 * `2026-11-01` (the day's start, UTC; as `to`, the day's end) or
 * `2026-11-01T09:30:00Z` / `…+02:00` → Unix seconds. A day that does not
 * exist (2026-02-30) is refused, not rolled over.
 */
function parseDate(v, input) {
    const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
    const stamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/.test(v);
    const ms = day ? Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : stamp ? Date.parse(v) : NaN;
    const real = day ? new Date(ms).toISOString().slice(0, 10) === v : Number.isFinite(ms);
    if (!Number.isFinite(ms) || !real)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`is '${v}', not a date`, {
            input,
            hint: 'a day (2026-11-01, UTC) or a time with its offset (2026-11-01T09:30:00Z)',
        });
    return ms / 1000 + (day && input === 'to' ? DAY : 0);
}
/** Reads the window: `since` back from now (90 days by default), or `from`/`to` (either alone: 90 days from it, or up to it). */
function metricsRequest(inputs, world) {
    const since = inputs.optional('since');
    const fromText = inputs.optional('from');
    const toText = inputs.optional('to');
    if (since !== undefined && (fromText !== undefined || toText !== undefined))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL) `and ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .named */ .KT)(fromText !== undefined ? 'from' : 'to')} both give the window`, {
            input: 'since',
            hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL) `give ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .named */ .KT)('since')}, or ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .named */ .KT)('from')} and ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .named */ .KT)('to')}`,
        });
    const now = Math.floor(world.clock.now() / 1000);
    let from;
    let to;
    let window;
    if (fromText === undefined && toText === undefined) {
        const span = parseSince(since ?? '90d');
        to = now;
        from = now - span;
        window = `last ${since ?? '90d'}`;
    }
    else {
        to = toText !== undefined ? parseDate(toText, 'to') : now;
        from = fromText !== undefined ? parseDate(fromText, 'from') : to - 90 * DAY;
        if (from >= to)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`is '${fromText}', not before --to '${toText ?? 'now'}'`, {
                input: 'from',
                hint: 'the window runs from --from up to --to',
            });
        window = `${new Date(from * 1000).toISOString()} to ${new Date(to * 1000).toISOString()}`;
    }
    const request = {
        workingDirectory: inputs.string('working-directory', '.'),
        config: inputs.optional('config'),
        base: inputs.optional('base'),
        env: inputs.list('env'),
        from,
        to,
        window,
        deployments: inputs.optional('deployments') === 'true' ? 'require' : inputs.optional('deployments') === 'false' ? 'off' : 'auto',
    };
    (0,_fs_workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveInside */ .LI)(world.workspace, request.workingDirectory, 'working-directory');
    return request;
}


/***/ })

};
