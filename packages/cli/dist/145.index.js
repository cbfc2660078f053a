<<<<<<<< HEAD:packages/cli/dist/9626.index.js
<<<<<<<< HEAD:packages/cli/dist/9626.index.js
export const id = 9626;
export const ids = [9626];
========
export const id = 281;
export const ids = [281,744];
>>>>>>>> cap-19b:packages/cli/dist/281.index.js
========
export const id = 145;
export const ids = [145];
>>>>>>>> cap-18a:packages/cli/dist/145.index.js
export const modules = {

<<<<<<< HEAD:packages/cli/dist/145.index.js
/***/ 6744:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ siblingConfigError),
/* harmony export */   q: () => (/* binding */ otherConfigExtension)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);

// Light on purpose: chart-bump-check reads its config at the base commit and loads the config
// loader (and its schema validator) only when there is a file; this module serves both lookups.
/** `.yml` for `.yaml` and back (undefined for any other name): the file a user most likely meant when theirs is missing. */
function otherConfigExtension(rel) {
    if (/\.yml$/i.test(rel))
        return rel.replace(/\.yml$/i, '.yaml');
    if (/\.yaml$/i.test(rel))
        return rel.replace(/\.yaml$/i, '.yml');
    return undefined;
}
/** A missing config file whose other-extension sibling exists (`where`: ' at the base commit', or nothing). */
function siblingConfigError(rel, sibling, where = '') {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`config file ${rel} does not exist${where}`, {
        hint: `did you mean ${sibling}? (rename it, or set input 'config' to ${sibling})`,
    });
}


/***/ }),

/***/ 9626:
=======
/***/ 7034:
>>>>>>> cap-19a:packages/cli/dist/626.index.js
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
/* harmony import */ var _promote_gates_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4502);
/* harmony import */ var _promote_pins_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3952);
/* harmony import */ var _promote_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8598);
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9888);
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
        parts.push(`Already up to date: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)(plan.unchanged.join(', '))}.`, '');
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
/* harmony export */   SI: () => (/* binding */ pullTitle),
/* harmony export */   b4: () => (/* binding */ changesOutput),
/* harmony export */   c2: () => (/* binding */ pullBody),
/* harmony export */   df: () => (/* binding */ commitMessage),
/* harmony export */   fZ: () => (/* binding */ driftMarkdown),
/* harmony export */   pW: () => (/* binding */ checksMarkdown)
/* harmony export */ });
/* unused harmony export rollbackCommand */
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9888);
/* harmony import */ var _git_publish_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9626);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8960);
/* harmony import */ var _pins_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3952);
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
/** The pull request body. Every name, ref and note in it is plain text, escaped; the tables escape their cells. */
function pullBody(p) {
    const { plan } = p;
    const notes = p.notes?.length ? [...p.notes.map((n) => `> [!WARNING]\n> ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(n)}`), ''] : [];
    // What the gates held or let through (soak time, windows, who broke the glass), one quoted line each.
    const gate = p.gate?.length ? [...p.gate.map((n) => `> [!IMPORTANT]\n> ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(n)}`), ''] : [];
    return [
        ...notes,
        ...gate,
        `Promotes **${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(p.fromLabel)}** → **${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(p.to)}** on ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(p.base)} (base ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(p.baseSha.slice(0, 12))}).`,
        '',
        `Source: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(plan.sourceLabel)}.`,
        '',
        changesTable(plan),
        '',
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

/***/ 1062:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D2: () => (/* binding */ trailBody),
/* harmony export */   KP: () => (/* binding */ TRAIL_MARKER),
/* harmony export */   Lh: () => (/* binding */ shipsOf),
/* harmony export */   UI: () => (/* binding */ shipsMarker),
/* harmony export */   ee: () => (/* binding */ describeTrail)
/* harmony export */ });
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9888);
// The trail a source pull request gets: one comment from lockstep, edited in
// place, saying where its change went — "Released in v1.5.0", then one line
// per environment a promotion took it to, with that promotion's pull request
// and its state. Pure text in and out: the comment's current body is read
// back, the new step merged in, the whole written again.

/** The marker kind of the trail comment (`<!-- lockstep:trail -->`). */
const TRAIL_MARKER = 'trail';
const RELEASE_LINE = /^Released in (\S+)$/;
const ENV_LINE = /^→ (.+?) \((?:#\d+, )?[^()]*\)$/;
/** A step's line: `Released in v1.5.0`, `→ staging (#41, merged 2026-11-20)`, `→ prod (#44, draft)`. */
function lineOf(step) {
    if ('release' in step)
        return { key: 'release', line: `Released in ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(step.release)}` };
    const env = (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(step.environment);
    return { key: `env:${env}`, line: step.state === 'direct' ? `→ ${env} (committed directly)` : `→ ${env} (#${step.pull}, ${step.state})` };
}
/**
 * The trail's text with `step` merged into what `existing` (the comment's
 * current body, or undefined) says: the release line first, then each
 * environment in the order it was first reached, a step for an environment
 * already there replacing its line. Lines lockstep did not write are dropped.
 */
function trailBody(existing, step) {
    let release;
    const envs = new Map();
    for (const raw of (existing ?? '').split(/\r?\n/)) {
        const line = raw.trim();
        if (RELEASE_LINE.test(line))
            release = line;
        const env = ENV_LINE.exec(line);
        if (env)
            envs.set(`env:${env[1]}`, line);
    }
    const { key, line } = lineOf(step);
    if (key === 'release')
        release = line;
    else
        envs.set(key, line);
    return [...(release ? [release] : []), ...envs.values()].join('\n');
}
/** The hidden line a promotion pull request carries: the source pull requests it ships, read back when it merges. */
function shipsMarker(pulls) {
    return `<!-- lockstep:ships ${[...new Set(pulls)].sort((a, b) => a - b).join(' ')} -->`;
}
/** The pull requests a promotion pull request's body says it ships (at most 200), from its shipsMarker line. */
function shipsOf(body) {
    const m = /<!-- lockstep:ships ([\d ]{0,2000}) -->/.exec(body);
    return m ? [...new Set(m[1].split(' ').filter(Boolean).map(Number))].slice(0, 200) : [];
}
/** The outcome in words for the log and the summary: `Trail comment (<what>): created on #12, #13; already current on #14.`, then one line per failure. */
function describeTrail(what, o) {
    const list = (ns) => ns.map((n) => `#${n}`).join(', ');
    const done = [
        o.created.length ? `created on ${list(o.created)}` : '',
        o.updated.length ? `updated on ${list(o.updated)}` : '',
        o.unchanged.length ? `already current on ${list(o.unchanged)}` : '',
    ].filter(Boolean);
    return [
        ...(done.length ? [`Trail comment (${what}): ${done.join('; ')}.`] : []),
        ...o.failed.map((f) => `Trail comment (${what}) not left on ${f}`),
    ];
}


/***/ })

};
