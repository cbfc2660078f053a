export const id = 894;
export const ids = [894];
export const modules = {

/***/ 9894:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   nextPromotionLine: () => (/* binding */ nextPromotionLine),
/* harmony export */   statusRunnerView: () => (/* binding */ statusRunnerView),
/* harmony export */   statusView: () => (/* binding */ statusView),
/* harmony export */   statusViews: () => (/* binding */ statusViews)
/* harmony export */ });
/* harmony import */ var _promote_pins_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3952);
/* harmony import */ var _report_view_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7987);
// What `lockstep status` shows: every environment side by side, then each
// next promotion. Status has no action; its runner view is the same table as
// log lines, so the descriptor is whole.


/** One sentence per next promotion: what it would change, that nothing would, or why it cannot be planned. */
function nextPromotionLine(n) {
    if (n.error)
        return `${n.from} → ${n.to}: cannot plan: ${n.error}`;
    const parts = n.changes.map((c) => `${c.service} ${c.oldTag ?? '—'} → ${c.newTag ?? '—'} (${(0,_promote_pins_js__WEBPACK_IMPORTED_MODULE_0__/* .shortDigest */ .VK)(c.newDigest)})`);
    if (n.chart)
        parts.push(`chart ${n.chart.old || '—'} → ${n.chart.new}`);
    return `${n.from} → ${n.to}: ${parts.length > 0 ? parts.join(', ') : 'nothing to promote'}`;
}
/** `lockstep status`: every environment side by side (tag and short digest, chart version), then each next promotion. */
function statusView(s) {
    return {
        title: 'status',
        status: `${s.environments.length} environment${s.environments.length === 1 ? '' : 's'} on ${s.readFrom ?? s.base}${s.baseSha ? ` at ${s.baseSha.slice(0, 12)}` : ''}; next promotions:`,
        headers: ['service', ...s.environments],
        rows: s.rows.map((r) => [r.service, ...r.cells]),
        notes: s.next.map(nextPromotionLine),
        warnings: [],
    };
}
/** The status table as the runner would log it (no action runs status today). */
function statusRunnerView(s) {
    return { steps: [{ info: (0,_report_view_js__WEBPACK_IMPORTED_MODULE_1__/* .renderTerminal */ .bF)(statusView(s), _report_view_js__WEBPACK_IMPORTED_MODULE_1__/* .plainStyle */ .sj).trimEnd() }] };
}
/** status's views: the terminal's table, and the same as log lines. */
const statusViews = { runner: statusRunnerView, terminal: statusView };


/***/ })

};
