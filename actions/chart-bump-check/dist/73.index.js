export const id = 73;
export const ids = [73];
export const modules = {

/***/ 2073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reportFailure: () => (/* binding */ reportFailure)
/* harmony export */ });
/* unused harmony exports runAction, escapeHtml */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _report_log_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8630);



/**
 * The one failure path of every action: runs `main`, and turns whatever it
 * throws (an Error, a string, anything) into a failed step. A UserError becomes
 * an annotation at its file and line plus a summary line, without a stack
 * trace; anything else fails the step and keeps its stack in the debug log.
 */
async function runAction(main) {
    try {
        await main();
    }
    catch (e) {
        await reportFailure(e);
    }
}
/** Reports a thrown value as runAction does; exported for tests and the CLI. */
async function reportFailure(e) {
    const userErrors = e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserErrors */ .tQ ? e.errors : e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo ? [e] : [];
    if (userErrors.length > 0) {
        for (const err of userErrors) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3((0,_report_log_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeForLog */ .z)(err.format()), {
                title: 'lockstep',
                file: err.file,
                startLine: err.line,
                startColumn: err.col,
            });
        }
        try {
            await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z
                .addHeading('lockstep: failed', 3)
                .addList(userErrors.map((err) => escapeHtml(err.format())))
                .write();
        }
        catch {
            // No summary file outside a runner: the annotation already said it.
        }
        process.exitCode = 1;
        return;
    }
    const message = e instanceof Error ? e.message : typeof e === 'string' ? e : `unexpected failure: ${safeString(e)}`;
    if (e instanceof Error && e.stack)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(e.stack);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`internal error: ${(0,_report_log_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeForLog */ .z)(message)}`);
}
function safeString(v) {
    try {
        return JSON.stringify(v) ?? String(v);
    }
    catch {
        return String(v);
    }
}
/** Escapes text for HTML/Markdown table cells in the job summary. */
function escapeHtml(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '&#124;');
}


/***/ }),

/***/ 8630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ escapeForLog)
/* harmony export */ });
/**
 * Makes untrusted text (file contents, PR titles, branch names) safe to print:
 * a line that starts with `::` would be read by the runner as a workflow
 * command, so every line break is neutralised and a leading `::` broken up.
 */
function escapeForLog(s) {
    return s
        .replace(/\r\n|\r|\n/g, ' ⏎ ')
        .replace(/^::/, ': :')
        .replace(/(^|\s)::/g, '$1: :');
}


/***/ })

};
