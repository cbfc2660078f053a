export const id = 1142;
export const ids = [1142,1757];
export const modules = {

/***/ 1757:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ effectiveConfig),
/* harmony export */   renderEffectiveConfig: () => (/* binding */ renderEffectiveConfig)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _text_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8473);


/**
 * The configuration in the file's own key names (kebab-case), the loader's defaults filled in; the keys whose
 * default lives in the settings tables (notify-pulls, commit-mode) only when the file sets them:
 * settings/effective.ts adds their defaults for `lockstep config`.
 */
function effectiveConfig(c) {
    const out = {
        'version-file': c.versionFile,
        'tag-prefix': c.tagPrefix,
        ...(c.notifyPulls !== undefined ? { 'notify-pulls': c.notifyPulls } : {}),
        ...(c.commitMode !== undefined ? { 'commit-mode': c.commitMode } : {}),
        // Undefined means "every folder holding a Chart.yaml": said in words, since the file has no key for it.
        charts: c.charts ?? 'every folder holding a Chart.yaml (not inside another chart)',
        ...(c.chartsIgnore !== undefined ? { 'charts-ignore': c.chartsIgnore } : {}),
        ignore: c.ignore,
        ...(c.chartRegistry !== undefined ? { 'chart-registry': c.chartRegistry } : {}),
        'chart-version-policy': c.chartVersionPolicy,
        changelog: c.changelog,
        packages: c.packages,
        pins: c.pins.map((p) => ({ files: p.files, ...(p.table !== undefined ? { table: p.table } : {}), names: p.names })),
        services: Object.fromEntries(Object.entries(c.services).map(([name, s]) => [
            name,
            {
                image: s.image,
                ...(s.valuesKey !== undefined ? { 'values-key': s.valuesKey } : {}),
                ...(s.verify ? { verify: rawVerify(s.verify) } : {}),
            },
        ])),
        environments: c.environments.map((e) => ({
            name: e.name,
            values: e.values,
            ...(e.application !== undefined ? { application: e.application } : {}),
            ...(e.url !== undefined ? { url: e.url } : {}),
            ...(e.preview ? { preview: true } : {}),
            'auto-merge': e.autoMerge,
            protected: e.protected,
            // promote-env's default when the file sets none: a protected environment refuses a dropped key.
            'values-drift': e.valuesDrift ?? (e.protected ? 'error' : 'warn'),
            render: e.render ?? c.render.mode,
            ...(e.minSoak !== undefined ? { 'min-soak': (0,_text_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(e.minSoak).replace(/ /g, '') } : {}),
            ...(e.wait !== undefined ? { wait: e.wait } : {}),
            ...(e.windows !== undefined
                ? {
                    windows: {
                        allow: e.windows.allow.map((w) => ({ cron: w.cron, duration: w.duration, timezone: w.timezone })),
                        deny: e.windows.deny.map((w) => ({ cron: w.cron, duration: w.duration, timezone: w.timezone })),
                        freeze: e.windows.freeze,
                    },
                }
                : {}),
        })),
    };
    out.render = {
        mode: c.render.mode,
        ignore: c.render.ignore,
        'ignore-defaults': c.render.ignoreDefaults,
        summarize: c.render.summarize,
        ...(c.render.kubeVersion ? { 'kube-version': c.render.kubeVersion } : {}),
        'api-versions': c.render.apiVersions,
    };
    if (c.lockCommand !== undefined)
        out['lock-command'] = c.lockCommand;
    if (c.verify)
        out.verify = rawVerify(c.verify);
    if (c.waves)
        out.waves = c.waves;
    return out;
}
/** A `verify:` block in the file's key names, the issuer's default filled in. */
function rawVerify(v) {
    const a = v.attestation;
    return {
        ...(v.keys ? { keys: v.keys } : {}),
        ...(a ? { attestation: { 'trusted-root': a.trustedRoot, issuer: a.issuer, identity: a.identity } } : {}),
    };
}
/** The effective configuration (effectiveConfig's, or one with more filled in) as YAML, headed by a comment naming where it came from. */
function renderEffectiveConfig(c, values = effectiveConfig(c)) {
    const from = c.file
        ? `# effective configuration: ${c.file} with defaults filled in`
        : '# effective configuration: no config file, every setting is its default';
    return `${from}\n${(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(values, { lineWidth: 0 })}`;
}


/***/ }),

/***/ 1142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   effectiveSettings: () => (/* binding */ effectiveSettings)
/* harmony export */ });
/* harmony import */ var _config_effective_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1757);
/* harmony import */ var _tables_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2231);


/**
 * What `lockstep config` prints (and `--json` holds): every key of the file in its own name, each one the
 * file leaves out shown with the default the settings tables give it (notify-pulls false, commit-mode git),
 * so the printout is complete.
 */
function effectiveSettings(config) {
    const defaults = {};
    for (const table of _tables_js__WEBPACK_IMPORTED_MODULE_1__/* .ACTION_TABLES */ .XL)
        for (const s of table.settings)
            if (s.config?.where === 'top' && s.config.default !== undefined && !(s.config.key in defaults))
                defaults[s.config.key] = s.config.default;
    const set = (0,_config_effective_js__WEBPACK_IMPORTED_MODULE_0__/* .effectiveConfig */ .k)(config);
    // The file's key order, each missing table key after the one before it in the tables.
    return { ...set, ...Object.fromEntries(Object.entries(defaults).filter(([k]) => !(k in set))) };
}


/***/ }),

/***/ 8473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   Fp: () => (/* binding */ DURATION_HINT),
/* harmony export */   a3: () => (/* binding */ formatDuration)
/* harmony export */ });
// Durations as the config and the inputs write them: `30m`, `1h`, `2d`, or
// units together from the largest down (`1h30m`, `2d12h`). Strict: no spaces,
// no fractions, no other unit, each unit at most once, so a typo is an error
// rather than a different duration.
const DURATION = /^(?:(\d{1,4})d)?(?:(\d{1,5})h)?(?:(\d{1,6})m)?$/;
const MINUTE = 60_000;
/** Milliseconds of a duration such as `30m`, `1h`, `2d` or `1h30m`; undefined when the text is not one. */
function parseDuration(text) {
    const m = DURATION.exec(text.trim());
    if (!m || text.trim() === '')
        return undefined;
    const [d, h, min] = [m[1], m[2], m[3]].map((v) => Number(v ?? 0));
    return ((d * 24 + h) * 60 + min) * MINUTE;
}
/** The hint every duration error gives. */
const DURATION_HINT = 'write a number and a unit (m, h or d), e.g. 30m, 1h, 2d or 1h30m';
/**
 * A duration for people, rounded up to the minute (a wait of 29m10s is said
 * `30m`, never a shorter wait than the real one): `30m`, `1h`, `1h 5m`, `2d 3h`.
 */
function formatDuration(ms) {
    let minutes = Math.max(0, Math.ceil(ms / MINUTE));
    const d = Math.floor(minutes / 1440);
    minutes -= d * 1440;
    const h = Math.floor(minutes / 60);
    const m = minutes - h * 60;
    const parts = [d ? `${d}d` : '', h ? `${h}h` : '', m ? `${m}m` : ''].filter(Boolean);
    return parts.length > 0 ? parts.join(' ') : '0m';
}


/***/ })

};
