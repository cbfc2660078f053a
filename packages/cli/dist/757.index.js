export const id = 757;
export const ids = [757];
export const modules = {

/***/ 1757:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   effectiveConfig: () => (/* binding */ effectiveConfig),
/* harmony export */   renderEffectiveConfig: () => (/* binding */ renderEffectiveConfig)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);

/** The configuration in the file's own key names (kebab-case), defaults filled in: what `lockstep config` prints. */
function effectiveConfig(c) {
    const out = {
        'version-file': c.versionFile,
        'tag-prefix': c.tagPrefix,
        // Undefined means "every folder holding a Chart.yaml": said in words, since the file has no key for it.
        charts: c.charts ?? 'every folder holding a Chart.yaml (not inside another chart)',
        ignore: c.ignore,
        'chart-version-policy': c.chartVersionPolicy,
        changelog: c.changelog,
        packages: c.packages,
        pins: c.pins.map((p) => ({ files: p.files, ...(p.table !== undefined ? { table: p.table } : {}), names: p.names })),
        services: Object.fromEntries(Object.entries(c.services).map(([name, s]) => [
            name,
            { image: s.image, ...(s.valuesKey !== undefined ? { 'values-key': s.valuesKey } : {}) },
        ])),
        environments: c.environments.map((e) => ({
            name: e.name,
            values: e.values,
            ...(e.application !== undefined ? { application: e.application } : {}),
            'auto-merge': e.autoMerge,
            protected: e.protected,
        })),
    };
    if (c.lockCommand !== undefined)
        out['lock-command'] = c.lockCommand;
    if (c.commitMode !== undefined)
        out['commit-mode'] = c.commitMode;
    return out;
}
/** effectiveConfig as YAML, headed by a comment naming where it came from. */
function renderEffectiveConfig(c) {
    const from = c.file
        ? `# effective configuration: ${c.file} with defaults filled in`
        : '# effective configuration: no config file, every setting is its default';
    return `${from}\n${(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(effectiveConfig(c), { lineWidth: 0 })}`;
}


/***/ })

};
