export const id = 669;
export const ids = [669];
export const modules = {

/***/ 2846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ checkBaseRef),
/* harmony export */   g: () => (/* binding */ parseVersionInput)
/* harmony export */ });
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7306);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);


// The input checks of a bump, kept apart from charts/bump.ts and charts/base.ts so that reading
// and refusing the inputs loads neither the YAML library nor all of semver (the action's cold start).
/** The `version` input (or another named one) as a SemVer 2 chart version, without a `v`; anything else is a UserError. */
function parseVersionInput(v, input) {
    if (!semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_0___default()(v) || /^[v=]/i.test(v))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`input '${input}' is '${v}', not a SemVer 2 version`, { hint: 'use MAJOR.MINOR.PATCH, e.g. 1.4.0, 1.4.0-rc.2 or 0.0.0-pr-12-abc1234' });
    return v;
}
/** A base ref is data for git, never an option or a range. */
function checkBaseRef(ref) {
    if (ref.startsWith('-') || /[\s\0]/.test(ref) || ref.includes('..'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`input 'base': '${ref}' is not a ref or commit`, { hint: 'use a branch, tag or commit sha' });
}


/***/ }),

/***/ 9562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bumpView: () => (/* binding */ bumpView)
/* harmony export */ });
/* unused harmony exports bumpStatus, bumpLogLine */
/* harmony import */ var _charts_bump_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1087);

/** One sentence on what a bump changed. */
function bumpStatus(r) {
    if (r.changes.length === 0)
        return 'Nothing to change: every chart already has these versions and changelog entries.';
    return r.dryRun ? `Dry run: ${r.changes.length} file(s) would change; nothing was written.` : `${r.changes.length} file(s) changed.`;
}
/** A chart's line in the log: name, path, and both versions before → after. */
function bumpLogLine(r) {
    return `${r.name} (${r.path})${r.cascaded ? ' [cascaded]' : ''}: version ${r['previous-version']} → ${r.version}, appVersion ${r['previous-app-version'] || '—'} → ${r['app-version'] || '—'}`;
}
/** The bump's table: one row per chart, versions before → after, the files that changed. */
function bumpView(r) {
    const arrow = (a, b) => (a === b ? `${a || '—'} (unchanged)` : `${a || '—'} → ${b}`);
    return {
        title: 'bump-chart',
        status: bumpStatus(r),
        headers: ['Chart', 'Version', 'appVersion', 'Files changed'],
        rows: r.charts.map((c) => [
            `${c.name} (${c.path})${c.cascaded ? ' — cascaded' : ''}`,
            arrow(c['previous-version'], c.version),
            arrow(c['previous-app-version'], c['app-version']),
            c.files.length ? c.files.join('\n') : 'none',
        ]),
        notes: r.notes,
        warnings: r.warnings.map(_charts_bump_js__WEBPACK_IMPORTED_MODULE_0__/* .formatWarning */ .W3),
    };
}


/***/ })

};
