export const id = 4113;
export const ids = [4113];
export const modules = {

/***/ 74113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   digestsJson: () => (/* binding */ digestsJson),
/* harmony export */   digestsRunnerView: () => (/* binding */ digestsRunnerView),
/* harmony export */   digestsStatus: () => (/* binding */ digestsStatus),
/* harmony export */   digestsView: () => (/* binding */ digestsView),
/* harmony export */   digestsViews: () => (/* binding */ digestsViews)
/* harmony export */ });
/* harmony import */ var _report_view_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57987);
/* harmony import */ var _contract_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92252);


/** One sentence on what happened to the digests file; `code` marks the path (Markdown backticks by default, or as it is). */
function digestsStatus(r, code = (s) => `\`${s}\``) {
    const path = code(r.path);
    const status = !r.changed
        ? `${path} already holds these digests; nothing changed`
        : r.written
            ? `Wrote ${path}`
            : `Dry run: ${path} would change (diff in the log); nothing was written`;
    const kept = r.kept ? `; kept ${r.kept} other entr${r.kept === 1 ? 'y' : 'ies'} from the existing file` : '';
    const verb = r.written ? 'dropped' : 'would drop';
    const dropped = r.dropped.length
        ? `; replace ${verb} ${r.dropped.length} entr${r.dropped.length === 1 ? 'y' : 'ies'} of the existing file: ${r.dropped.join(', ')}`
        : '';
    return `${status}${kept}${dropped}`;
}
/** The capture's table: one row per image with the digest recorded and what kind of manifest it names. */
function digestsView(r) {
    return {
        title: 'capture-digests',
        // Plain text, as every view's strings are: the job summary escapes it.
        status: `${digestsStatus(r, (s) => s)}.`,
        headers: ['name', 'image', 'tag', 'digest', 'platform / index'],
        rows: r.rows.map((row) => [row.name, row.image, row.tag, row.digest, row.kind]),
        notes: [],
        warnings: r.warnings,
        statusFirst: false,
        warningStyle: 'bullets',
    };
}
/**
 * The runner's log: a line per image, each warning as an annotation, on a
 * dry run the diff in a group, then the status; the outputs and the table as
 * the job summary.
 */
function digestsRunnerView(r) {
    const steps = r.rows.map((row) => ({ info: `${row.name}: ${row.image}:${row.tag} → ${row.digest} (${row.kind})` }));
    for (const w of r.warnings)
        steps.push({ annotate: 'warning', message: w });
    if (r.changed && r.dryRun) {
        // renderDiff made the diff safe for the log already; escaping it again would fold its lines into one.
        steps.push({ group: `dry run: ${r.path} would change` }, { info: r.diff, raw: true }, { endGroup: true });
    }
    steps.push(
    // Printed as it is (no backticks), as the action always printed it.
    { info: digestsStatus(r).replace(/`/g, ''), raw: true }, { output: 'digests', value: r.outputs.digests }, { output: 'file', value: r.outputs.file }, { summary: (0,_report_view_js__WEBPACK_IMPORTED_MODULE_0__/* .renderMarkdown */ .Gc)(digestsView(r)) });
    return { steps };
}
/** The digests operation's views: the runner's and the terminal's. */
const digestsViews = {
    runner: digestsRunnerView,
    terminal: digestsView,
    failure: () => undefined,
    json: digestsJson,
};
/** `lockstep digests --json`: the file's path and whole content (the `digests` output as the object it is), each image resolved. */
function digestsJson(r) {
    return (0,_contract_json_js__WEBPACK_IMPORTED_MODULE_1__/* .commandJson */ .ic)('digests', {
        'dry-run': r.dryRun,
        status: `${digestsStatus(r, (s) => s)}.`,
        file: r.outputs.file,
        changed: r.changed,
        written: r.written,
        digests: (0,_contract_json_js__WEBPACK_IMPORTED_MODULE_1__/* .parsedOutput */ .$p)(r.outputs.digests),
        images: r.rows.map((row) => ({ name: row.name, image: row.image, tag: row.tag, digest: row.digest, kind: row.kind })),
        warnings: r.warnings,
    });
}


/***/ })

};
