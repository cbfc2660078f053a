export const id = 2411;
export const ids = [2411];
export const modules = {

/***/ 42411:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publishJson: () => (/* binding */ publishJson),
/* harmony export */   publishRunnerView: () => (/* binding */ publishRunnerView),
/* harmony export */   publishStatus: () => (/* binding */ publishStatus),
/* harmony export */   publishView: () => (/* binding */ publishView),
/* harmony export */   publishViews: () => (/* binding */ publishViews)
/* harmony export */ });
/* harmony import */ var _report_view_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57987);
/* harmony import */ var _contract_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92252);


const STATUS = {
    pushed: 'pushed',
    unchanged: 'already published (same content)',
    'would-push': 'would push (dry run)',
};
/** One sentence on what the publish did. */
function publishStatus(r) {
    const pushed = r.charts.filter((c) => c.status === 'pushed').length;
    const would = r.charts.filter((c) => c.status === 'would-push').length;
    const same = r.charts.length - pushed - would;
    const parts = [
        r.dryRun
            ? `Dry run: ${would} chart${would === 1 ? '' : 's'} would be pushed to ${r.registry}`
            : `Pushed ${pushed} chart${pushed === 1 ? '' : 's'} to ${r.registry}`,
    ];
    if (same > 0)
        parts.push(`${same} already published with the same content`);
    if (r.digests)
        parts.push(r.digests.written
            ? `wrote ${r.digests.path}`
            : r.digests.changed
                ? `${r.digests.path} would change`
                : `${r.digests.path} already holds these digests`);
    return `${parts.join('; ')}.`;
}
/** The publish's table: one row per chart with where it lives, its digest and what happened. */
function publishView(r) {
    return {
        title: 'publish-chart',
        status: publishStatus(r),
        headers: ['chart', 'version', 'reference', 'digest', 'status', 'signature'],
        rows: r.charts.map((c) => [
            c.name,
            c.version,
            `${c.image}:${c.tag}`,
            c.digest,
            STATUS[c.status],
            c.signature ? `${c.signature.tag} (${c.signature.status})` : '',
        ]),
        notes: [],
        warnings: [],
        statusFirst: false,
        warningStyle: 'bullets',
    };
}
/**
 * The runner's log: a line per chart, its archive's files in a group, on a
 * dry run the digests file's diff, then the status; the outputs and the table
 * as the job summary.
 */
function publishRunnerView(r) {
    const steps = [];
    for (const c of r.charts) {
        steps.push({ info: `${c.name} ${c.version}: ${c.image}:${c.tag} → ${c.digest} (${STATUS[c.status]})` });
        if (c.signature)
            steps.push({ info: `${c.name} ${c.version}: signature ${c.image}:${c.signature.tag} (${c.signature.status})` });
        steps.push({ group: `${c.name} ${c.version}: ${c.files.length} file${c.files.length === 1 ? '' : 's'} in the archive` }, ...c.files.map((f) => ({ info: f })), { endGroup: true });
    }
    if (r.digests?.changed && r.dryRun)
        steps.push({ group: `dry run: ${r.digests.path} would change` }, { info: r.digests.diff, raw: true }, { endGroup: true });
    steps.push({ info: publishStatus(r) }, { output: 'charts', value: r.outputs.charts }, { output: 'digests', value: r.outputs.digests }, { output: 'file', value: r.outputs.file }, { summary: (0,_report_view_js__WEBPACK_IMPORTED_MODULE_0__/* .renderMarkdown */ .Gc)(publishView(r)) });
    return { steps };
}
/** The publish operation's views: the runner's and the terminal's. */
const publishViews = {
    runner: publishRunnerView,
    terminal: publishView,
    failure: () => undefined,
    json: publishJson,
};
/** `lockstep publish --json`: the registry, each chart as the `charts` output has it (with its signature's status), the digests file's path and content. */
function publishJson(r) {
    return (0,_contract_json_js__WEBPACK_IMPORTED_MODULE_1__/* .commandJson */ .ic)('publish', {
        'dry-run': r.dryRun,
        status: publishStatus(r),
        registry: r.registry,
        charts: r.charts.map((c) => ({
            name: c.name,
            version: c.version,
            image: c.image,
            tag: c.tag,
            digest: c.digest,
            status: c.status,
            signature: c.signature ? { tag: c.signature.tag, status: c.signature.status } : null,
        })),
        file: (0,_contract_json_js__WEBPACK_IMPORTED_MODULE_1__/* .stringOrNull */ .e0)(r.outputs.file),
        digests: (0,_contract_json_js__WEBPACK_IMPORTED_MODULE_1__/* .parsedOutput */ .$p)(r.outputs.digests),
    });
}


/***/ })

};
