export const id = 1663;
export const ids = [1663];
export const modules = {

/***/ 1663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkWindows: () => (/* binding */ checkWindows),
/* harmony export */   windowHold: () => (/* binding */ windowHold)
/* harmony export */ });
/* unused harmony export formatAt */
/* harmony import */ var cron_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8628);
/* harmony import */ var cron_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(cron_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
// Promotion windows and freezes (issue 19): when promotions into an
// environment may land, decided from its cron rules and the time now. Cron
// expressions are read by cron-parser, never by hand. This module is loaded
// only when an environment has windows (promote/session.ts,
// promote/gate-evidence.ts), so other promotions never compile cron-parser.


/** `2026-11-23 09:00 Europe/Paris`: an instant on the wall clock of `timezone`. */
function formatAt(ms, timezone) {
    const d = new cron_parser__WEBPACK_IMPORTED_MODULE_0__.CronDate(ms, timezone);
    const two = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())} ${timezone}`;
}
/**
 * Checks an environment's cron expressions once, when the config is read:
 * five fields (minute hour day-of-month month day-of-week) that cron-parser
 * accepts. A bad one is an error at its config line.
 */
function checkWindows(env, windows, configFile) {
    for (const kind of ['allow', 'deny'])
        for (const w of windows?.[kind] ?? []) {
            const fields = w.cron.trim().split(/\s+/).filter(Boolean).length;
            let problem = fields === 5 ? undefined : `has ${fields} field${fields === 1 ? '' : 's'}, not 5`;
            if (!problem)
                try {
                    cron_parser__WEBPACK_IMPORTED_MODULE_0__.CronExpressionParser.parse(w.cron, { tz: w.timezone, strict: false });
                }
                catch (e) {
                    problem = e.message;
                }
            if (problem)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`the ${kind} window cron '${w.cron}' of environment ${env} is not a cron expression: ${problem}`, {
                    file: configFile,
                    line: w.line,
                    hint: 'write five fields: minute hour day-of-month month day-of-week, e.g. "0 9 * * 1-5"',
                });
        }
}
/** The latest opening of `w` at or before `t`, undefined when it never opened. */
function latestStart(w, t) {
    try {
        // prev() is strictly before its date; an opening exactly at t counts, so ask from just after it.
        return cron_parser__WEBPACK_IMPORTED_MODULE_0__.CronExpressionParser.parse(w.cron, { currentDate: new Date(t + 1), tz: w.timezone })
            .prev()
            .getTime();
    }
    catch {
        return undefined;
    }
}
/** The next opening of `w` after `t`, undefined when there is none. */
function nextStart(w, t) {
    try {
        return cron_parser__WEBPACK_IMPORTED_MODULE_0__.CronExpressionParser.parse(w.cron, { currentDate: new Date(t), tz: w.timezone })
            .next()
            .getTime();
    }
    catch {
        return undefined;
    }
}
/** The window of `w` that `t` is inside: [start, end), or undefined. */
function inside(w, t) {
    const start = latestStart(w, t);
    return start !== undefined && t < start + w.durationMs ? { start, end: start + w.durationMs } : undefined;
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
        gate: 'window',
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
