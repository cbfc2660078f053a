export const id = 8473;
export const ids = [8473];
export const modules = {

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
