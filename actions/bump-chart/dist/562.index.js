export const id = 562;
export const ids = [562];
export const modules = {

/***/ 9562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bumpLogLine: () => (/* binding */ bumpLogLine),
/* harmony export */   bumpStatus: () => (/* binding */ bumpStatus),
/* harmony export */   bumpView: () => (/* binding */ bumpView)
/* harmony export */ });
/* harmony import */ var _charts_bump_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2698);

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
