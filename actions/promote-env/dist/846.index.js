export const id = 846;
export const ids = [846];
export const modules = {

/***/ 8846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   windowErrors: () => (/* binding */ windowErrors)
/* harmony export */ });
/* unused harmony export checkWindows */
/* harmony import */ var cron_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8628);
/* harmony import */ var cron_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(cron_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
// The crons of an environment's windows, checked as config: every command and
// `lockstep config` refuse a cron that is no cron before anything else
// (settings/validate.ts loads this only when some environment has windows).
// What the windows mean at an instant is promote/windows.ts.


/**
 * An environment's cron expressions that are no cron expression: five
 * fields (minute hour day-of-month month day-of-week) that cron-parser
 * accepts. Each bad one is an error at its config line (settings/validate.ts
 * runs this for every command, and `lockstep config`).
 */
function windowErrors(env, windows, configFile) {
    const errors = [];
    for (const kind of ['allow', 'deny'])
        for (const w of windows?.[kind] ?? []) {
            const fields = w.cron.trim().split(/\s+/).filter(Boolean).length;
            let problem = fields === 5 ? undefined : `has ${fields} field${fields === 1 ? '' : 's'}, not 5`;
            if (!problem)
                try {
                    cron_parser__WEBPACK_IMPORTED_MODULE_0__.CronExpressionParser.parse(w.cron, { tz: w.timezone, strict: false });
                }
                catch (e) {
                    problem = e.message;
                }
            if (problem)
                errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`the ${kind} window cron '${w.cron}' of environment ${env} is not a cron expression: ${problem}`, {
                    file: configFile,
                    line: w.line,
                    hint: 'write five fields: minute hour day-of-month month day-of-week, e.g. "0 9 * * 1-5"',
                }));
        }
    return errors;
}
/** windowErrors, the first one thrown. */
function checkWindows(env, windows, configFile) {
    const [first] = windowErrors(env, windows, configFile);
    if (first)
        throw first;
}


/***/ })

};
