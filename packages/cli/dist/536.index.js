export const id = 536;
export const ids = [536];
export const modules = {

/***/ 155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   terminalDiff: () => (/* binding */ terminalDiff)
/* harmony export */ });
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5725);
/* harmony import */ var _view_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7987);


/**
 * A unified diff for a terminal, as `git diff` prints it: headers bold, hunk
 * lines cyan, removals red, additions green (plain with plainStyle). Unlike
 * the runner's log form (edits/diff.ts renderDiff) it is not indented, so it
 * can be piped to `git apply`; control characters are made visible.
 */
function terminalDiff(changes, style = _view_js__WEBPACK_IMPORTED_MODULE_0__/* .plainStyle */ .sj, context = 3) {
    const out = [];
    for (const c of changes) {
        if (c.before === c.after)
            continue;
        const patch = (0,diff__WEBPACK_IMPORTED_MODULE_1__/* .structuredPatch */ .YB)(`a/${c.path}`, `b/${c.path}`, c.before ?? '', c.after, undefined, undefined, { context });
        out.push(style.bold(`--- ${c.before === undefined ? '/dev/null' : `a/${c.path}`}`), style.bold(`+++ b/${c.path}`));
        for (const h of patch.hunks) {
            out.push(style.cyan(`@@ -${h.oldLines === 0 ? h.oldStart - 1 : h.oldStart},${h.oldLines} +${h.newLines === 0 ? h.newStart - 1 : h.newStart},${h.newLines} @@`));
            for (const l of h.lines) {
                // A carriage return stays a byte of the line for `git apply`, shown here as the tools show it.
                const text = (0,_view_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalSafe */ .kJ)(l.replace(/\r$/, '')) + (l.endsWith('\r') ? '^M' : '');
                out.push(l.startsWith('+') ? style.green(text) : l.startsWith('-') ? style.red(text) : text);
            }
        }
    }
    return out.length ? `${out.join('\n')}\n` : '';
}


/***/ })

};
