export const id = 663;
export const ids = [663];
export const modules = {

/***/ 1663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   windowHold: () => (/* binding */ windowHold)
/* harmony export */ });
/* unused harmony export formatAt */
/* harmony import */ var cron_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8628);
/* harmony import */ var cron_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(cron_parser__WEBPACK_IMPORTED_MODULE_0__);
// Promotion windows and freezes (issue 19): when promotions into an
// environment may land, decided from its cron rules and the time now. Cron
// expressions are read by cron-parser, never by hand. This module is loaded
// only when an environment has windows (settings/validate.ts, the window
// gate promote/gates/window.ts), so other promotions never compile cron-parser.

/** `2026-11-23 09:00 Europe/Paris`: an instant on the wall clock of `timezone`. */
function formatAt(ms, timezone) {
    const d = new cron_parser__WEBPACK_IMPORTED_MODULE_0__.CronDate(ms, timezone);
    const two = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())} ${timezone}`;
}
// Windows are read on the wall clock of their time zone, as cron reads its schedule: cron-parser is asked
// in UTC about the instant whose UTC fields are the zone's wall-clock time, so an opening the clock skips in
// spring (02:30 on the day 02:00 becomes 03:00) is still an opening, and a duration is wall-clock time (a 2h
// window from 02:00 ends at 04:00 on both DST days). An opening the clock skipped is in force from the first
// instant after the gap (cron runs a skipped job then too), until its wall-clock end, or for its duration
// when the clock skipped the whole window.
/** `t` on the wall clock of `tz`: the instant whose UTC fields are the zone's local date and time. */
function wallOf(t, tz) {
    const d = new cron_parser__WEBPACK_IMPORTED_MODULE_0__.CronDate(t, tz);
    return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds());
}
const DAY = 86_400_000;
/**
 * The instant a wall-clock time of `tz` names: for a time the clock skips,
 * the first instant after the gap; for a time the clock shows twice, the
 * first (`earliest`) or the second.
 */
function instantOf(wall, tz, earliest) {
    // The zone's offsets two days before and after: transitions are months apart, so these are the offsets a
    // wall time near a transition can have (one and the same elsewhere).
    const offsets = [wallOf(wall - 2 * DAY, tz) - (wall - 2 * DAY), wallOf(wall + 2 * DAY, tz) - (wall + 2 * DAY)];
    const candidates = offsets.map((o) => wall - o);
    const showing = candidates.filter((t) => wallOf(t, tz) === wall);
    if (showing.length > 0)
        return earliest ? Math.min(...showing) : Math.max(...showing);
    // Skipped: the first instant whose wall time is past it, between the two readings (wall time only moves
    // forward there).
    let lo = Math.min(...candidates);
    let hi = Math.max(...candidates);
    while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (wallOf(mid, tz) >= wall)
            hi = mid;
        else
            lo = mid;
    }
    return hi;
}
/** The latest opening of `w` at or before the wall-clock time `wall`, on the wall clock; undefined when it never opened. */
function latestStart(w, wall) {
    try {
        // prev() is strictly before its date; an opening exactly at t counts, so ask from just after it.
        return cron_parser__WEBPACK_IMPORTED_MODULE_0__.CronExpressionParser.parse(w.cron, { currentDate: new Date(wall + 1), tz: 'UTC' })
            .prev()
            .getTime();
    }
    catch {
        return undefined;
    }
}
/** The next opening of `w` after `t`, as an instant; undefined when there is none. */
function nextStart(w, t) {
    try {
        const wall = cron_parser__WEBPACK_IMPORTED_MODULE_0__.CronExpressionParser.parse(w.cron, { currentDate: new Date(wallOf(t, w.timezone)), tz: 'UTC' })
            .next()
            .getTime();
        return instantOf(wall, w.timezone, true);
    }
    catch {
        return undefined;
    }
}
/** The window of `w` that `t` is inside: [start, end) as instants, or undefined. */
function inside(w, t) {
    const startWall = latestStart(w, wallOf(t, w.timezone));
    if (startWall === undefined)
        return undefined;
    const start = instantOf(startWall, w.timezone, true);
    const wallEnd = instantOf(startWall + w.durationMs, w.timezone, false);
    // A window the clock skips whole (30m from 02:30 on the day 02:00 becomes 03:00) still holds, for its duration.
    const end = wallEnd > start ? wallEnd : start + w.durationMs;
    return t >= start && t < end ? { start, end } : undefined;
}
/** A freeze as instants: from the start of its first day to the end of its last, in its time zone. */
function freezeSpan(f) {
    const start = new cron_parser__WEBPACK_IMPORTED_MODULE_0__.CronDate(`${f.from}T00:00:00`, f.timezone);
    const end = new cron_parser__WEBPACK_IMPORTED_MODULE_0__.CronDate(`${f.to}T00:00:00`, f.timezone);
    end.addDay();
    return { start: start.getTime(), end: end.getTime() };
}
// An opening is looked for this far ahead; an allow window that never opens in a year is said so.
const HORIZON = 366 * 24 * 3_600_000;
/**
 * Whether promotions into `env` may land at `now`: open, or held by the
 * first rule that applies, with the moment every rule lets it through (found
 * by stepping past each deny window and freeze and to the next allow window
 * until none holds).
 */
function windowHold(env, rules, now) {
    if (!rules)
        return undefined;
    let t = now;
    let zone = 'UTC';
    let first;
    for (let step = 0; step < 1000 && t - now <= HORIZON; step++) {
        const why = blocked(rules, t);
        if (!why)
            break;
        first ??= why.reason;
        zone = why.timezone;
        if (why.until === undefined) {
            t = Number.POSITIVE_INFINITY;
            break;
        }
        t = why.until;
    }
    if (first === undefined)
        return undefined;
    const found = Number.isFinite(t) && t - now <= HORIZON;
    return {
        message: `promotions into ${env} are closed: ${first}; ${found ? `opens at ${formatAt(t, zone)}` : 'no opening in the next year'}`,
        ...(found ? { until: t } : {}),
    };
}
/** The first rule that holds at `t`, why, and when it stops holding. */
function blocked(rules, t) {
    for (const f of rules.freeze) {
        const span = freezeSpan(f);
        if (t >= span.start && t < span.end)
            return {
                reason: `frozen from ${f.from} to ${f.to} (${f.timezone})${f.reason ? `: ${f.reason}` : ''}`,
                until: span.end,
                timezone: f.timezone,
            };
    }
    for (const w of rules.deny) {
        const open = inside(w, t);
        if (open)
            return { reason: `inside the deny window '${w.cron}' for ${w.duration} (${w.timezone})`, until: open.end, timezone: w.timezone };
    }
    if (rules.allow.length > 0 && !rules.allow.some((w) => inside(w, t))) {
        const next = rules.allow.map((w) => ({ w, at: nextStart(w, t) })).filter((x) => x.at !== undefined);
        next.sort((a, b) => a.at - b.at);
        const list = rules.allow.map((w) => `'${w.cron}' for ${w.duration} (${w.timezone})`).join(', ');
        return {
            reason: `outside the allow window${rules.allow.length === 1 ? '' : 's'} ${list}`,
            until: next[0]?.at,
            timezone: next[0]?.w.timezone ?? rules.allow[0].timezone,
        };
    }
    return undefined;
}


/***/ })

};
