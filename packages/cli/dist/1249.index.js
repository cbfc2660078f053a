<<<<<<<< HEAD:packages/cli/dist/1249.index.js
export const id = 1249;
export const ids = [1249];
========
export const id = 245;
export const ids = [245,626];
>>>>>>>> cap-19a:packages/cli/dist/245.index.js
export const modules = {

/***/ 7034:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H3: () => (/* binding */ identityInput),
/* harmony export */   br: () => (/* binding */ BOT_IDENTITY)
/* harmony export */ });
/* unused harmony export parseIdentity */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);

/** The identity GitHub shows as github-actions[bot], used when no input overrides it. */
const BOT_IDENTITY = Object.freeze({
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com',
});
/** Parses `Name <email>` from the input named `input`; anything else is a UserError naming that input. */
function parseIdentity(text, input) {
    const m = /^\s*([^<>\r\n\0]*?)\s*<([^<>\s\0]+)>\s*$/.exec(text);
    if (!m || m[1] === '' || /[\r\n\0]/.test(text))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`input '${input}': expected 'Name <email>', got ${JSON.stringify(text.slice(0, 200))}`, {
            hint: `e.g. ${input}: 'release-bot <release-bot@example.com>'`,
        });
    return { name: m[1], email: m[2] };
}
/** `Name <email>` from an input, or github-actions[bot] when the input is empty. */
function identityInput(text, input) {
    return text === undefined ? { ...BOT_IDENTITY } : parseIdentity(text, input);
}


/***/ }),

/***/ 7994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   autoMergeWarning: () => (/* binding */ autoMergeWarning),
/* harmony export */   checksError: () => (/* binding */ checksError),
/* harmony export */   gateError: () => (/* binding */ gateError),
/* harmony export */   promoteLogLines: () => (/* binding */ promoteLogLines),
/* harmony export */   promoteMarkdown: () => (/* binding */ promoteMarkdown),
/* harmony export */   promoteRunnerView: () => (/* binding */ promoteRunnerView),
/* harmony export */   promoteStatus: () => (/* binding */ promoteStatus),
/* harmony export */   promoteView: () => (/* binding */ promoteView),
/* harmony export */   promoteViews: () => (/* binding */ promoteViews)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
<<<<<<<< HEAD:packages/cli/dist/1249.index.js
/* harmony import */ var _promote_pins_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3952);
/* harmony import */ var _promote_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8598);
/* harmony import */ var _text_cap_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7841);
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9888);
========
/* harmony import */ var _promote_gates_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4502);
/* harmony import */ var _promote_pins_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3952);
/* harmony import */ var _promote_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8598);
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9888);
>>>>>>>> cap-19a:packages/cli/dist/245.index.js
// What a promotion shows: the runner's log lines (each change, the diff in a
// group, the outcome, the notes), the auto-merge warning, the outputs and the
// job summary, then the required-checks failure; and the terminal's table.





/** One sentence on the outcome of a promotion. */
function promoteStatus(r) {
    switch (r.outcome) {
        case 'nothing':
            return `Nothing to promote: ${r.route.to.name} already pins what ${r.plan.sourceLabel} has; no commit, no push, no pull request.`;
        case 'checks':
            return 'Stopped: required checks are not green; nothing was written.';
        case 'held': {
            const until = r.gate && (0,_promote_gates_js__WEBPACK_IMPORTED_MODULE_1__/* .heldUntil */ .gE)(r.gate);
            return `Held by ${r.gate?.holds.length === 1 ? 'a gate' : 'gates'}${until !== undefined ? ` until ${new Date(until).toISOString().slice(0, 16).replace('T', ' ')} UTC` : ''}; nothing was written.`;
        }
        case 'dry-run':
            return `Dry run: ${r.plan.files.length} file${r.plan.files.length === 1 ? '' : 's'} would change (diff in the log); nothing was written, pushed or opened.`;
        case 'direct':
            return `Committed ${r.commit?.slice(0, 12)} to ${r.request.base || r.branch} directly (pushed with a lease).`;
        default: {
            const what = r.pullOutcome === 'created' ? 'Opened' : r.pullOutcome === 'updated' ? 'Updated' : 'Left unchanged';
            const draft = r.draft ? (r.gate?.action === 'draft' ? ' (draft: held by a gate, no auto-merge)' : ' (draft)') : '';
            const merge = r.autoMerge?.enabled ? '; auto-merge enabled' : '';
            return `${what} pull request #${r.pull?.number}${draft} from ${r.branch}${r.pushed ? '' : ' (branch already up to date; nothing pushed)'}${merge}: ${r.pull?.url}`;
        }
    }
}
/** The log's line per change: service, tag and digest before → after, where, and where it was verified; then the chart's. */
function promoteLogLines(r) {
    const { plan } = r;
    const lines = plan.changes.map((c) => `${c.service}: ${c.oldTag ?? '—'} → ${c.newTag ?? '—'} (${c.newDigest ?? 'no digest'}) at ${c.file}:${c.line}, verified in ${c.verified}`);
    if (plan.chart)
        lines.push(`chart version: ${plan.chart.old || '—'} → ${plan.chart.new} at ${plan.chart.file}:${plan.chart.line}`);
    return lines;
}
/** The warning when auto-merge was asked for and GitHub refused it; undefined otherwise. */
function autoMergeWarning(r) {
    return r.autoMerge && !r.autoMerge.enabled
        ? `auto-merge was not enabled: ${r.autoMerge.reason ?? 'not allowed'}; the pull request stays open`
        : undefined;
}
/** The route as a heading: `dev → staging`, `ref:<sha> → prod`, `new pins → dev`. */
function routeLabel(r) {
    const req = r.request;
    return `${r.route.from?.name ?? (req.from.kind === 'ref' ? `ref:${req.from.ref}` : 'new pins')} → ${r.route.to.name}`;
}
/** The job summary of promote-env: status, changes, required checks, every environment side by side, notes. */
function promoteMarkdown(r) {
    const { plan } = r;
    // Environment and service names, branches, URLs and GitHub's reasons are plain text here, escaped.
    const parts = [`### promote-env: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)(routeLabel(r))}`, '', (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)(promoteStatus(r)), ''];
    if (plan.changes.length > 0 || plan.chart)
        parts.push((0,_promote_report_js__WEBPACK_IMPORTED_MODULE_3__/* .changesTable */ .EI)(plan), '');
    if (plan.unchanged.length > 0)
<<<<<<<< HEAD:packages/cli/dist/1249.index.js
        parts.push(`Already up to date: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(plan.unchanged.join(', '))}.`, '');
    // What ships: the same list as the pull request's, fitted under a tenth of the summary's cap.
    const shipped = r.whatsIn ? (0,_promote_report_js__WEBPACK_IMPORTED_MODULE_2__/* .whatsInMarkdown */ .GZ)(r.whatsIn, r.repoUrl, _text_cap_js__WEBPACK_IMPORTED_MODULE_4__/* .SUMMARY_CAP */ .GY / 10) : '';
    if (shipped)
        parts.push(shipped, '');
========
        parts.push(`Already up to date: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)(plan.unchanged.join(', '))}.`, '');
>>>>>>>> cap-19a:packages/cli/dist/245.index.js
    if (plan.checks.length > 0)
        parts.push('Required checks:', '', (0,_promote_report_js__WEBPACK_IMPORTED_MODULE_3__/* .checksMarkdown */ .pW)(plan), '');
    if (r.gate && r.gate.holds.length > 0)
        parts.push('Gates:', '', ...(0,_promote_gates_js__WEBPACK_IMPORTED_MODULE_1__/* .gateLines */ .HN)(r.gate).map((l) => `- ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)(l)}`), '');
    parts.push('Every environment:', '', (0,_promote_report_js__WEBPACK_IMPORTED_MODULE_3__/* .driftMarkdown */ .fZ)(plan), '');
    for (const n of r.notes)
        parts.push(`- ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)(n)}`);
    if (r.autoMerge && !r.autoMerge.enabled)
        parts.push(`- Auto-merge is not allowed here (${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)(r.autoMerge.reason ?? 'repository setting')}); the pull request stays open.`);
    return parts.join('\n');
}
/** The promotion as a table for the terminal: one row per change (tag and digest before → after, where, verified in). */
function promoteView(r) {
    const { plan } = r;
    const rows = plan.changes.map((c) => [
        c.service,
        `${c.oldTag ?? '—'} → ${c.newTag ?? '—'}`,
        `${(0,_promote_pins_js__WEBPACK_IMPORTED_MODULE_2__/* .shortDigest */ .VK)(c.oldDigest)} → ${(0,_promote_pins_js__WEBPACK_IMPORTED_MODULE_2__/* .shortDigest */ .VK)(c.newDigest)}`,
        `${c.file}:${c.line}`,
        c.verified,
    ]);
    if (plan.chart)
        rows.push(['chart version', `${plan.chart.old || '—'} → ${plan.chart.new}`, '', `${plan.chart.file}:${plan.chart.line}`, '']);
    const unchanged = plan.unchanged.length > 0 ? [`Already up to date: ${plan.unchanged.join(', ')}.`] : [];
    const checks = plan.checks.flatMap((c) => c.states.map((s) => `check ${s.name} on ${c.sha.slice(0, 12)}: ${s.state}`));
    const warned = autoMergeWarning(r);
    return {
        title: `promote-env: ${routeLabel(r)}`,
        status: promoteStatus(r).replace(' (diff in the log)', ''),
        headers: ['service', 'tag', 'digest', 'file', 'verified in'],
        rows,
        notes: [...unchanged, ...checks, ...(r.gate ? (0,_promote_gates_js__WEBPACK_IMPORTED_MODULE_1__/* .gateLines */ .HN)(r.gate) : []), ...r.notes],
        warnings: warned ? [warned] : [],
    };
}
/** The error a promotion stopped by require-checks ends with (after its summary is written); undefined when it was not. */
function checksError(r) {
    if (r.outcome !== 'checks')
        return undefined;
    const bad = r.plan.checks.flatMap((c) => c.states.filter((s) => s.state !== 'success').map((s) => `${s.name} is ${s.state} on ${c.sha.slice(0, 12)}`));
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`required checks are not green: ${bad.join('; ')}`, {
        hint: 'wait for them to pass (the table in the job summary lists every check); nothing was written',
    });
}
/** The error a promotion refused by a gate ends with (after its summary is written): what held it, and until when. */
function gateError(r) {
    if (r.outcome !== 'held' || !r.gate)
        return undefined;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`promotion held: ${r.gate.holds.map((h) => h.message).join('; ')}`, {
        hint: r.request.push === 'direct'
            ? 'run again once the gate lets it through, or use push: pr (a draft pull request waits for it); nothing was written'
            : 'run again once the gate lets it through (or set wait: draft to open a draft pull request meanwhile); nothing was written',
    });
}
/**
 * The runner's view, in the order promote-env has always told it: a line per
 * change, the diff in a group (already escaped for the log), the outcome, the
 * notes, the auto-merge warning, the outputs, the job summary; a promotion
 * stopped by require-checks then fails the step.
 */
function promoteRunnerView(r) {
    const steps = promoteLogLines(r).map((line) => ({ info: line }));
    if (r.diff)
        steps.push({ group: r.dryRun ? 'dry run: the diff that would be committed' : 'diff' }, { info: r.diff, raw: true }, { endGroup: true });
    steps.push({ info: promoteStatus(r) }, ...(r.gate ? (0,_promote_gates_js__WEBPACK_IMPORTED_MODULE_1__/* .gateLines */ .HN)(r.gate) : []).map((l) => ({ info: l })), ...r.notes.map((n) => ({ info: n })));
    const warned = autoMergeWarning(r);
    if (warned)
        steps.push({ annotate: 'warning', message: warned });
    for (const [k, v] of Object.entries(r.outputs))
        steps.push({ output: k, value: v });
    steps.push({ summary: promoteMarkdown(r) });
    return { steps, failure: checksError(r) ?? gateError(r) };
}
/** promote-env's views: the runner's and the terminal's. */
const promoteViews = { runner: promoteRunnerView, terminal: promoteView };


/***/ }),

/***/ 4502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CU: () => (/* binding */ windowHold),
/* harmony export */   HN: () => (/* binding */ gateLines),
/* harmony export */   gE: () => (/* binding */ heldUntil),
/* harmony export */   iY: () => (/* binding */ checkWindows),
/* harmony export */   lr: () => (/* binding */ gateVerdict),
/* harmony export */   vW: () => (/* binding */ pinnedSince)
/* harmony export */ });
/* unused harmony exports formatAt, soakHolds */
/* harmony import */ var cron_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8628);
/* harmony import */ var cron_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(cron_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _text_duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8473);
// The promotion gates of issue 19, decided from plain data: how long each
// promoted pin has been in the source environment (its first-parent history
// on the base branch), the target's promotion windows and freezes, the time
// now (the World's clock, read by the caller) and a break-glass label.
// Nothing here reads git, GitHub or the clock: promote/gate-evidence.ts
// gathers the evidence, operations/promote/run.ts acts on the verdict.
// Cron expressions are read by cron-parser, never by hand.



/**
 * Since when `current` (a pin's key: its digest, else its tag) has been the
 * pin: the oldest commit of the run at the head of `history` (newest first)
 * whose version of the file has it. `pinAt` reads a commit's pin key.
 */
async function pinnedSince(service, current, history, complete, pinAt) {
    let found;
    let all = true;
    for (const entry of history) {
        if (current === undefined || (await pinAt(entry.sha)) !== current) {
            all = false;
            break;
        }
        found = entry;
    }
    return { service, ...(found ? { since: found.time, commit: found.sha } : {}), ...(found && all && !complete ? { atLeast: true } : {}) };
}
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
/**
 * The soak hold of each promoted service not yet pinned `minSoak` in `env`:
 * which service, since when (UTC) and how long is left. A pin whose start
 * was not found (its history does not show it) is held too, and says so.
 */
function soakHolds(env, minSoak, pins, now) {
    const holds = [];
    for (const p of pins) {
        if (p.atLeast)
            continue;
        if (p.since === undefined) {
            holds.push({
                gate: 'soak',
                message: `${p.service}: no commit on the base branch's first-parent history pins it in ${env}, so its soak time (min-soak ${(0,_text_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(minSoak)}) cannot be measured`,
            });
            continue;
        }
        const until = p.since + minSoak;
        if (now >= until)
            continue;
        holds.push({
            gate: 'soak',
            message: `${p.service}: pinned in ${env} since ${formatAt(p.since, 'UTC')}${p.commit ? ` (${p.commit.slice(0, 12)})` : ''}, min-soak ${(0,_text_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(minSoak)}: ${(0,_text_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(until - now)} left`,
            until,
        });
    }
    return holds;
}
/**
 * The gates' verdict: soak holds refuse (or, with wait: draft, make a draft),
 * window holds make a draft unless a break-glass label lifted them, and with
 * push: direct any hold refuses.
 */
function gateVerdict(g) {
    const notes = [];
    if (g.rollbackPast)
        notes.push(`A rollback (from: ref:) does not wait for the soak time of ${g.rollbackPast.env} (min-soak ${(0,_text_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(g.rollbackPast.minSoak)}).`);
    const soak = g.soak ? soakHolds(g.soak.env, g.soak.minSoak, g.soak.pins, g.now) : [];
    const window = g.windows ? windowHold(g.windows.env, g.windows.rules, g.now) : undefined;
    const lifted = window && g.breakGlass ? [window] : [];
    const holds = [...soak, ...(window && !g.breakGlass ? [window] : [])];
    if (lifted.length > 0 && g.breakGlass) {
        const b = g.breakGlass;
        notes.push(`Break glass: the label '${b.label}' on #${b.pull} was added by ${b.by ? `@${b.by}` : 'an unknown user'}${b.at ? ` at ${b.at}` : ''}; it lifted: ${lifted.map((h) => h.message).join('; ')}.`);
    }
    let action = 'go';
    if (holds.length > 0)
        action = g.push === 'direct' || (soak.length > 0 && g.soak?.wait !== 'draft') ? 'refuse' : 'draft';
    return { action, holds, lifted, ...(lifted.length > 0 ? { breakGlass: g.breakGlass } : {}), notes };
}
/** The latest moment a hold lifts, for "held until". */
function heldUntil(v) {
    const times = v.holds.map((h) => h.until);
    return times.some((t) => t === undefined) ? undefined : Math.max(...times);
}
/** The holds as lines for the job summary, the log and the PR body: which gate held the promotion, and until when. */
function gateLines(v) {
    return v.holds.map((h) => `Held by ${h.gate === 'soak' ? 'soak time' : 'a promotion window'}: ${h.message}.`);
}


/***/ }),

/***/ 8598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EI: () => (/* binding */ changesTable),
/* harmony export */   GZ: () => (/* binding */ whatsInMarkdown),
/* harmony export */   SI: () => (/* binding */ pullTitle),
/* harmony export */   b4: () => (/* binding */ changesOutput),
/* harmony export */   c2: () => (/* binding */ pullBody),
/* harmony export */   df: () => (/* binding */ commitMessage),
/* harmony export */   fZ: () => (/* binding */ driftMarkdown),
/* harmony export */   pW: () => (/* binding */ checksMarkdown)
/* harmony export */ });
/* unused harmony exports rollbackCommand, PULL_BODY_CAP */
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9888);
/* harmony import */ var _git_publish_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9626);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8960);
/* harmony import */ var _text_cap_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7841);
/* harmony import */ var _pins_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3952);
/* harmony import */ var _trail_trail_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1062);
// Words and tables of a promotion: the PR title and body, the job summary's
// tables (changes, drift, checks), the `changes` output and the rollback command.






/** `promote: dev → staging (api, worker)`; a rollback says so. */
function pullTitle(fromLabel, to, plan) {
    const names = plan.changes.map((c) => c.service);
    const what = names.length > 0 ? names.join(', ') : plan.chart ? `chart ${plan.chart.new}` : 'no change';
    return `promote: ${fromLabel} → ${to} (${what})`;
}
/** The commit message: the title, one line per change, and the generated-commit trailer. */
function commitMessage(title, plan) {
    const lines = plan.changes.map((c) => `- ${c.service}: ${c.oldTag ?? '—'} → ${c.newTag ?? '—'} (${(0,_pins_js__WEBPACK_IMPORTED_MODULE_1__/* .shortDigest */ .VK)(c.newDigest)})`);
    if (plan.chart)
        lines.push(`- chart: ${plan.chart.old || '—'} → ${plan.chart.new}`);
    return `${title}\n\n${lines.join('\n')}\n\n${(0,_git_publish_js__WEBPACK_IMPORTED_MODULE_0__/* .generatedTrailer */ .ty)('promote-env')}\n`;
}
/** The table of changes: service, old → new tag and digest, where verified, source commit. */
function changesTable(plan) {
    const rows = plan.changes.map((c) => [
        c.service,
        `${c.oldTag ?? '—'} → ${c.newTag ?? '—'}`,
        `${(0,_pins_js__WEBPACK_IMPORTED_MODULE_1__/* .shortDigest */ .VK)(c.oldDigest)} → ${(0,_pins_js__WEBPACK_IMPORTED_MODULE_1__/* .shortDigest */ .VK)(c.newDigest)}`,
        `${c.file}:${c.line}`,
        c.verified,
        c.sourceCommit ? c.sourceCommit.slice(0, 12) : '—',
    ]);
    if (plan.chart)
        rows.push(['chart version', `${plan.chart.old || '—'} → ${plan.chart.new}`, '', `${plan.chart.file}:${plan.chart.line}`, '', '']);
    return (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownTable */ .Q)(['service', 'tag', 'digest', 'file', 'verified in', 'source commit'], rows);
}
/** Every environment side by side. */
function driftMarkdown(plan) {
    return (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownTable */ .Q)(['service', ...plan.drift.environments], plan.drift.rows.map((r) => [r.service, ...r.cells]));
}
/** The checks table shown when require-checks stops a promotion (and on success). */
function checksMarkdown(plan) {
    return (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownTable */ .Q)(['commit', 'check', 'state'], plan.checks.flatMap((c) => c.states.map((s) => [c.sha.slice(0, 12), s.name, s.state])));
}
/** The command that puts the target's pins back as they are at `baseSha`. */
function rollbackCommand(to, baseSha, services, repository) {
    const parts = ['gh workflow run rollback.yml', `-f to=${to}`, `-f ref=${baseSha}`];
    if (services.length > 0)
        parts.push(`-f services=${services.join(',')}`);
    if (repository)
        parts.push(`-f repository=${repository}`);
    return parts.join(' ');
}
/** GitHub refuses a pull request body over 65,536 characters; bytes are at least as many, so a byte cap is safe. */
const PULL_BODY_CAP = 65_536;
/** Lines of one shipment's list shown before the rest folds into `<details>`. */
const OPEN_LINES = 10;
/** A link lockstep writes around escaped text: the URL with the characters that could end the link target percent-encoded. */
function safeUrl(url) {
    return encodeURI(url).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/** `#12`, linked to the pull request when the repository's address is known. */
function pullLink(n, repoUrl) {
    return repoUrl ? `[#${n}](${safeUrl(`${repoUrl}/pull/${n}`)})` : `#${n}`;
}
/** A version, tag or short commit inside a line: as it is when it holds only characters no markup is made of there, else escaped. */
function ref(s) {
    return /^[0-9A-Za-z][0-9A-Za-z.+-]*$/.test(s) ? s : (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(s);
}
/** One shipment: a heading (what the target runs → what it will run), the compare link and commit count, the entries or pull requests, the notes. */
function shipmentMarkdown(s, repoUrl) {
    const verb = s.direction === 'removes' ? ' — removes' : '';
    const out = [`#### ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(s.subject)}: ${ref(s.from)} → ${ref(s.to)}${verb}`, ''];
    const facts = [];
    if (s.range)
        facts.push(s.compare ? `[${s.range.split('...').map(ref).join('...')}](${safeUrl(s.compare)})` : (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(s.range));
    if (s.commits !== undefined)
        facts.push(`${s.commits} commit${s.commits === 1 ? '' : 's'}`);
    if (facts.length > 0)
        out.push(`Compare ${facts.join(' · ')}`, '');
    const items = [
        ...s.entries.map((e) => `- ${e.breaking ? '**⚠ Breaking** · ' : ''}${ref(e.version)} · ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(e.text)}${e.pulls.map((n) => ` (${pullLink(n, repoUrl)})`).join('')}`),
        ...s.pulls.map((p) => `- ${pullLink(p.number, repoUrl)} ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(p.title)}`),
    ];
    if (items.length > OPEN_LINES) {
        out.push(...items.slice(0, OPEN_LINES), '', `<details><summary>${items.length - OPEN_LINES} more</summary>`, '', ...items.slice(OPEN_LINES), '', '</details>', '');
    }
    else if (items.length > 0)
        out.push(...items, '');
    for (const n of s.notes)
        out.push(`_${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(n)}_`, '');
    return out;
}
/**
 * "What's in this promotion": each service (and the chart) the promotion
 * changes, with what the target gains (or, on a rollback, loses). Changelog
 * text, subjects and titles are escaped; only the links are lockstep's.
 * Fitted under `maxBytes` at a line boundary, saying what was left out.
 */
function whatsInMarkdown(w, repoUrl, maxBytes) {
    if (w.shipments.length === 0)
        return '';
    const text = ["### What's in this promotion", '', ...w.shipments.flatMap((s) => shipmentMarkdown(s, repoUrl))].join('\n').trimEnd();
    return (0,_text_cap_js__WEBPACK_IMPORTED_MODULE_4__/* .fitToBytes */ .u8)(text, maxBytes, (o) => `_… ${(0,_text_cap_js__WEBPACK_IMPORTED_MODULE_4__/* .describeOmitted */ .QQ)(o)} of this list left out to fit the size limit._`).text;
}
/** The pull request body. Every name, ref and note in it is plain text, escaped; the tables escape their cells. */
function pullBody(p) {
    const notes = p.notes?.length ? [...p.notes.map((n) => `> [!WARNING]\n> ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(n)}`), ''] : [];
<<<<<<<< HEAD:packages/cli/dist/1249.index.js
    const body = pullBodyWith(p, notes, []);
    if (!p.whatsIn?.shipments.length)
        return body;
    // What ships goes under the changes table, cut to what the rest of the body leaves of GitHub's limit.
    const room = PULL_BODY_CAP - Buffer.byteLength(body, 'utf8') - 2;
    const shipped = whatsInMarkdown(p.whatsIn, p.repoUrl, room);
    return shipped ? pullBodyWith(p, notes, [shipped, '']) : body;
}
function pullBodyWith(p, notes, shipped) {
    const { plan } = p;
========
    // What the gates held or let through (soak time, windows, who broke the glass), one quoted line each.
    const gate = p.gate?.length ? [...p.gate.map((n) => `> [!IMPORTANT]\n> ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(n)}`), ''] : [];
>>>>>>>> cap-19a:packages/cli/dist/245.index.js
    return [
        ...notes,
        ...gate,
        `Promotes **${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(p.fromLabel)}** → **${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(p.to)}** on ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(p.base)} (base ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(p.baseSha.slice(0, 12))}).`,
        '',
        `Source: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(plan.sourceLabel)}.`,
        '',
        changesTable(plan),
        '',
        ...shipped,
        '<details><summary>Every environment</summary>',
        '',
        driftMarkdown(plan),
        '',
        '</details>',
        '',
        'Roll back (restores what these keys pinned before this promotion):',
        '',
        // One line, in a fence no backtick run of a name can close.
        (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeBlock */ .DV)(rollbackCommand(p.to, p.baseSha, plan.changes.map((c) => c.service), p.repository).replace(/\r\n|\r|\n/g, ' '), 'sh'),
        '',
        ...(p.ships ? [(0,_trail_trail_js__WEBPACK_IMPORTED_MODULE_5__/* .shipsMarker */ .UI)(p.ships)] : []),
        '<!-- lockstep:promote-env -->',
    ].join('\n');
}
/** The `changes` output: one entry per service (and the chart), single-line JSON. */
function changesOutput(plan) {
    const rows = plan.changes.map((c) => ({
        service: c.service,
        file: c.file,
        line: c.line,
        'old-tag': c.oldTag ?? null,
        'new-tag': c.newTag ?? null,
        'old-digest': c.oldDigest ?? null,
        'new-digest': c.newDigest ?? null,
    }));
    if (plan.chart)
        rows.push({
            service: 'chart',
            file: plan.chart.file,
            line: plan.chart.line,
            'old-version': plan.chart.old,
            'new-version': plan.chart.new,
        });
    return JSON.stringify(rows);
}


/***/ }),

<<<<<<<< HEAD:packages/cli/dist/1249.index.js
/***/ 7841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GY: () => (/* binding */ SUMMARY_CAP),
/* harmony export */   Ol: () => (/* binding */ headLines),
/* harmony export */   QQ: () => (/* binding */ describeOmitted),
/* harmony export */   eN: () => (/* binding */ LOG_LINES_CAP),
/* harmony export */   u8: () => (/* binding */ fitToBytes)
/* harmony export */ });
/* unused harmony export OUTPUT_CAP */
/**
 * Size limits the runner enforces, and the cuts that keep lockstep under them.
 * GitHub drops a step's whole job summary over 1 MiB ("upload aborted") and
 * drops or cuts a step output over 1 MB, so a huge release must be shortened
 * here, at a line boundary and with a note saying what was left out, rather
 * than lost there. Sizes are UTF-8 bytes: that is what the runner counts.
 */
/** Bytes of job summary one step may write: under GitHub's 1 MiB, with room for what the runner adds. */
const SUMMARY_CAP = 1_000_000;
/** Bytes one step output may hold: GitHub's limit is "1 MB", read as the smaller 10^6, minus headroom. */
const OUTPUT_CAP = 1_000_000;
/** Lines of a diff or of release notes printed to the log before the rest is summarised in one line. */
const LOG_LINES_CAP = 1_000;
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/gm;
const DETAILS_OPEN = /<details\b/gi;
const DETAILS_CLOSE = /<\/details>/gi;
/** What is left open at the end of `text`: the code fence (its marker) and how many <details> blocks. */
function openBlocks(text) {
    let fence;
    let details = 0;
    let from = 0;
    const count = (end) => {
        const seg = text.slice(from, end);
        details = Math.max(0, details + (seg.match(DETAILS_OPEN)?.length ?? 0) - (seg.match(DETAILS_CLOSE)?.length ?? 0));
    };
    for (const m of text.matchAll(FENCE)) {
        const marker = m[1];
        if (fence === undefined) {
            count(m.index);
            fence = marker;
        }
        else if (marker[0] === fence[0] && marker.length >= fence.length && m[2].trim() === '') {
            fence = undefined;
            from = m.index + m[0].length;
        }
    }
    if (fence === undefined)
        count(text.length);
    return { fence, details };
}
/**
 * Fits `text` into `maxBytes` UTF-8 bytes: unchanged when it fits, else cut
 * at a line boundary (so no table row is split), any open code fence and
 * `<details>` block closed, and `note(omitted)` added as the last line. When
 * not even the note fits, the result is empty.
 */
function fitToBytes(text, maxBytes, note) {
    const total = Buffer.byteLength(text, 'utf8');
    if (total <= maxBytes)
        return { text };
    // Bytes, not UTF-16 units, decide the cut; a cut just before a newline byte never splits a character.
    const buf = Buffer.from(text, 'utf8');
    const lineCount = (from) => {
        let n = 1;
        for (let i = buf.indexOf(10, from); i !== -1; i = buf.indexOf(10, i + 1))
            n++;
        return n;
    };
    // The note's length depends on the counts; the largest counts bound it.
    const noteBound = Buffer.byteLength(note({ lines: lineCount(0), bytes: total }), 'utf8') + 1;
    let room = maxBytes - noteBound;
    for (;;) {
        // Keep the lines ending before `room`: bytes [0, cut) plus the newline at cut.
        const cut = room > 0 ? buf.lastIndexOf(10, room - 1) : -1;
        if (cut < 0)
            return { text: '', omitted: { lines: lineCount(0), bytes: total } };
        const kept = buf.toString('utf8', 0, cut);
        const open = openBlocks(kept);
        const tail = [];
        if (open.fence)
            tail.push(open.fence);
        // A blank line first: GitHub renders Markdown after an HTML block only when a blank line ends it.
        if (open.details)
            tail.push('', ...Array.from({ length: open.details }, () => '</details>'));
        const closing = tail.reduce((n, l) => n + l.length + 1, 0);
        if (cut + 1 + closing + noteBound <= maxBytes) {
            const omitted = { lines: lineCount(cut + 1), bytes: total - cut - 1 };
            return { text: [kept, ...tail, note(omitted)].join('\n'), omitted };
        }
        room = cut;
    }
}
/** The first `max` lines of `text`, and how many lines were left out. */
function headLines(text, max) {
    let at = -1;
    for (let i = 0; i < max; i++) {
        at = text.indexOf('\n', at + 1);
        if (at === -1)
            return { text, more: 0 };
    }
    const rest = text.slice(at + 1);
    if (rest === '')
        return { text, more: 0 };
    let more = rest.endsWith('\n') ? 0 : 1;
    for (let i = rest.indexOf('\n'); i !== -1; i = rest.indexOf('\n', i + 1))
        more++;
    return { text: text.slice(0, at), more };
}
/** "1 line" / "2 lines", "980 KiB": the counts of a note. */
function describeOmitted(o) {
    const size = o.bytes >= 1024 * 1024 ? `${(o.bytes / (1024 * 1024)).toFixed(1)} MiB` : `${Math.max(1, Math.round(o.bytes / 1024))} KiB`;
    return `${o.lines} ${o.lines === 1 ? 'line' : 'lines'} (${size})`;
}


/***/ }),

/***/ 4293:
========
/***/ 8473:
>>>>>>>> cap-19a:packages/cli/dist/245.index.js
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
