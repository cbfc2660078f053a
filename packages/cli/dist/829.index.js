export const id = 829;
export const ids = [829];
export const modules = {

/***/ 9829:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   digestsView: () => (/* binding */ digestsView)
/* harmony export */ });
/* unused harmony export digestsStatus */
/** One sentence on what happened to the digests file (Markdown code spans around the path). */
function digestsStatus(r) {
    const status = !r.changed
        ? `\`${r.path}\` already holds these digests; nothing changed`
        : r.written
            ? `Wrote \`${r.path}\``
            : `Dry run: \`${r.path}\` would change (diff in the log); nothing was written`;
    const kept = r.kept ? `; kept ${r.kept} other entr${r.kept === 1 ? 'y' : 'ies'} from the existing file` : '';
    return `${status}${kept}`;
}
/** The capture's table: one row per image with the digest recorded and what kind of manifest it names. */
function digestsView(r) {
    return {
        title: 'capture-digests',
        status: `${digestsStatus(r)}.`,
        headers: ['name', 'image', 'tag', 'digest', 'platform / index'],
        rows: r.rows.map((row) => [row.name, row.image, row.tag, row.digest, row.kind]),
        notes: [],
        warnings: r.warnings,
        statusFirst: false,
        warningStyle: 'bullets',
    };
}


/***/ })

};
