export const id = 301;
export const ids = [301];
export const modules = {

/***/ 2252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ parsedOutput),
/* harmony export */   e0: () => (/* binding */ stringOrNull),
/* harmony export */   ic: () => (/* binding */ commandJson),
/* harmony export */   wD: () => (/* binding */ numberOrNull)
/* harmony export */ });
/* unused harmony exports SCHEMA_VERSION, jsonErrors, outcomeJson, doneJsonHead */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);

// The one `--json` shape every lockstep command prints (documented in docs/cli.md): `schema-version`
// first, the command's name, how it ended (`outcome`) and its errors, then the result in kebab-case
// keys, like the actions' outputs; a value the runner gets as JSON on one line is the structure here,
// never a string holding JSON. A refusal is a document too: `| jq` never reads an empty stdout as success.
/**
 * The version of the `--json` shape; it changes only when a key changes meaning or goes. 2: `outcome`
 * and `errors` in every document; promote's own outcome is `promotion`.
 */
const SCHEMA_VERSION = 2;
/** `schema-version` and the command, then `body`: a result's document before its face says how it ended (`outcomeJson`). */
function commandJson(command, body) {
    return { 'schema-version': SCHEMA_VERSION, command, ...body };
}
/** The errors of a failure as a document lists them, each worded as `face` prints it; an error that is not a user's, as its message. */
function jsonErrors(failure, face) {
    if (failure === undefined)
        return [];
    const errors = failure instanceof UserErrors ? failure.errors : failure instanceof UserError ? [failure] : undefined;
    if (errors === undefined)
        return [{ file: null, line: null, input: null, message: failure instanceof Error ? failure.message : String(failure) }];
    return errors.map((e) => ({ file: e.file ?? null, line: e.line ?? null, input: e.input ?? null, message: e.format(face) }));
}
/**
 * `doc` (a result's document, or just `{ command }` when the command ended before it had one; `null`
 * when no command was recognised) with how the command ended: `schema-version`, `command`, `outcome`
 * and `errors` first, then the result's keys (a view's document names neither `outcome` nor `errors`:
 * its face says them).
 */
function outcomeJson(doc, outcome, errors) {
    const { command, ...body } = doc;
    return { 'schema-version': SCHEMA_VERSION, command, outcome, errors, ...body };
}
/** The head of a document written in pieces (`{"schema-version":…,"errors":[]`, open for its result's keys): a command that cannot fail. */
function doneJsonHead(command) {
    return JSON.stringify(outcomeJson({ command }, 'done', [])).slice(0, -1);
}
/** An output holding JSON on one line, as the structure it holds (null when empty). */
function parsedOutput(value) {
    return value === '' ? null : JSON.parse(value);
}
/** An output that may be empty: the string, or null. */
function stringOrNull(value) {
    return value === undefined || value === '' ? null : value;
}
/** A number output (a pull request's): the number, or null when empty. */
function numberOrNull(value) {
    return value === '' ? null : Number(value);
}


/***/ }),

/***/ 8301:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  autoMergeWarning: () => (/* binding */ autoMergeWarning),
  checksError: () => (/* binding */ checksError),
  gateError: () => (/* binding */ gateError),
  promoteFailure: () => (/* binding */ promoteFailure),
  promoteJson: () => (/* binding */ promoteJson),
  promoteLogLines: () => (/* binding */ promoteLogLines),
  promoteMarkdown: () => (/* binding */ promoteMarkdown),
  promoteRunnerView: () => (/* binding */ promoteRunnerView),
  promoteStatus: () => (/* binding */ promoteStatus),
  promoteView: () => (/* binding */ promoteView),
  promoteViews: () => (/* binding */ promoteViews)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/promote/fleet.ts
var fleet = __webpack_require__(178);
// EXTERNAL MODULE: ./packages/core/src/promote/gates.ts
var gates = __webpack_require__(4502);
// EXTERNAL MODULE: ./packages/core/src/promote/publish/report.ts
var report = __webpack_require__(8990);
// EXTERNAL MODULE: ./packages/core/src/promote/values-drift.ts
var values_drift = __webpack_require__(9836);
// EXTERNAL MODULE: ./packages/core/src/promote/values-contract.ts + 1 modules
var values_contract = __webpack_require__(379);
// EXTERNAL MODULE: ./packages/core/src/promote/waves.ts
var waves = __webpack_require__(648);
// EXTERNAL MODULE: ./packages/core/src/text/markdown.ts
var markdown = __webpack_require__(9888);
;// CONCATENATED MODULE: ./packages/core/src/report/api-commits.ts

// commit-mode api, said the same way by prepare-release and promote-env:
// which commits written through the GitHub API GitHub shows as Verified
// (lockstep's own, signed by GitHub), and what became of others' commits:
// each is re-created with its author as a new commit, which GitHub does not
// sign, so a signature the original had (a web-editor commit's Verified) is
// gone; the old and new ids say which is which.
/** What GitHub shows for one commit, in words. */
function api_commits_status(c) {
    if (c.verified)
        return 'Verified';
    return c.keptAuthor ? `not verified (${c.reason}): a signature the original had does not carry over` : `not verified (${c.reason})`;
}
/** Whose commit it is, in words. */
function whose(c) {
    if (!c.keptAuthor)
        return "lockstep's, authored by GitHub";
    return c.original
        ? `someone else's ${c.original.slice(0, 12)}, re-created with its author as a new commit`
        : "someone else's, re-created with its author";
}
/** One log line per commit: `abc123def456 (lockstep's, authored by GitHub): Verified`. */
function apiCommitLines(commits) {
    return commits.map((c) => `${c.sha.slice(0, 12)} (${whose(c)}; built locally as ${c.local.slice(0, 12)}): ${api_commits_status(c)}`);
}
/** The job summary's table of the commits written through the API (every cell escaped by markdownTable); empty without any. */
function apiCommitsMarkdown(commits) {
    if (!commits || commits.length === 0)
        return '';
    const rows = commits.map((c) => [c.sha.slice(0, 12), whose(c), api_commits_status(c)]);
    return `Commits written through the GitHub API (commit-mode: api):\n\n${(0,markdown/* markdownTable */.Qj)(['Commit', 'Whose', 'GitHub shows'], rows)}`;
}

// EXTERNAL MODULE: ./packages/core/src/text/cap.ts
var cap = __webpack_require__(7841);
// EXTERNAL MODULE: ./packages/core/src/text/log.ts
var log = __webpack_require__(3603);
// EXTERNAL MODULE: ./packages/core/src/render/report.ts + 1 modules
var render_report = __webpack_require__(8528);
// EXTERNAL MODULE: ./packages/core/src/contract/json.ts
var json = __webpack_require__(2252);
;// CONCATENATED MODULE: ./packages/core/src/operations/promote/view.ts
// What a promotion shows: the runner's log lines (each change, the diff in a
// group, the outcome, the notes), the auto-merge warning, the outputs and the
// job summary, then the required-checks failure; and the terminal's table.













/** One sentence on the outcome of a promotion. */
function promoteStatus(r) {
    switch (r.outcome) {
        case 'nothing':
            if (r.hydrated)
                return `Nothing to promote: ${r.route.to.name} already runs the hydrated DRY commit ${r.hydrated.drySha.slice(0, 12)} on ${r.hydrated.active}; no commit, no push, no pull request.`;
            return `Nothing to promote: ${r.route.to.name} already pins what ${r.plan.sourceLabel} has; no commit, no push, no pull request.`;
        case 'checks':
            return 'Stopped: required checks are not green; nothing was written.';
        case 'held': {
            const until = r.gate && (0,gates/* heldUntil */.gE)(r.gate);
            const dry = r.dryRun ? ' (a dry run: the diff is what it would commit)' : '';
            return `Held by ${r.gate?.holds.length === 1 ? 'a gate' : 'gates'}${until !== undefined ? ` until ${new Date(until).toISOString().slice(0, 16).replace('T', ' ')} UTC` : ''}; nothing was written${dry}.`;
        }
        case 'dry-run':
            return `Dry run: ${r.plan.files.length} file${r.plan.files.length === 1 ? '' : 's'} would change (diff in the log); nothing was written, pushed or opened.`;
        case 'direct':
            if (r.apiCommits)
                return `Committed ${r.commit?.slice(0, 12)} to ${r.request.base || r.branch} directly (written through the GitHub API, the branch moved with a lease).`;
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
    const lines = plan.changes.map((c) => `${(0,fleet/* changeName */.m9)(c)}: ${c.oldTag ?? '—'} → ${c.newTag ?? '—'} (${c.newDigest ?? 'no digest'}) at ${c.file}:${c.line}, verified in ${c.verified}`);
    for (const { app, chart } of (0,fleet/* chartChanges */._K)(plan))
        lines.push(`${app !== undefined ? `${app}/` : ''}chart version: ${chart.old || '—'} → ${chart.new} at ${chart.file}:${chart.line}`);
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
    const parts = [`### promote-env: ${(0,markdown/* escapeMarkdown */.FV)(routeLabel(r))}`, '', (0,markdown/* escapeMarkdown */.FV)(promoteStatus(r)), ''];
    if (r.waves)
        parts.push(...[(0,waves/* wavesStopMarkdown */.aU)(r.waves), (0,waves/* wavesMarkdown */.kp)(r.waves)].filter((x) => x !== undefined).flatMap((x) => [x, '']));
    if (plan.changes.length > 0 || (0,fleet/* chartChanges */._K)(plan).length > 0)
        parts.push((0,report/* changesTable */.EI)(plan), '');
    if (plan.unchanged.length > 0)
        parts.push(`Already up to date: ${(0,markdown/* escapeMarkdown */.FV)(plan.unchanged.join(', '))}.`, '');
    // The rendered changes: the pull request's section (before what ships, as there), fitted under half the summary's cap.
    const renders = (0,fleet/* planRenders */.BJ)(plan);
    const rendered = renders.length > 0 ? (0,render_report/* renderedMarkdown */.nV)(renders, cap/* SUMMARY_CAP */.GY / 2) : '';
    if (rendered)
        parts.push(rendered, '');
    // What ships: the same list as the pull request's, fitted under a tenth of the summary's cap.
    const shipped = r.whatsIn ? (0,report/* whatsInMarkdown */.GZ)(r.whatsIn, r.repoUrl, cap/* SUMMARY_CAP */.GY / 10) : '';
    if (shipped)
        parts.push(shipped, '');
    if (plan.checks.length > 0)
        parts.push('Required checks:', '', (0,report/* checksMarkdown */.pW)(plan), '');
    for (const d of (0,fleet/* planDrifts */.Qi)(plan))
        parts.push((0,values_drift/* valuesDriftMarkdown */.zK)(d), '');
    for (const c of (0,fleet/* planContracts */.Dn)(plan))
        parts.push((0,values_contract/* valuesContractMarkdown */.IB)(c), '');
    if (r.gate && r.gate.holds.length > 0)
        parts.push('Gates:', '', ...(0,gates/* gateLines */.HN)(r.gate).map((l) => `- ${(0,markdown/* escapeMarkdown */.FV)(l)}`), '');
    if (plan.drift)
        parts.push('Every environment:', '', (0,report/* driftMarkdown */.fZ)(plan.drift), '');
    for (const n of r.notes)
        parts.push(`- ${(0,markdown/* escapeMarkdown */.FV)(n)}`);
    if (r.autoMerge && !r.autoMerge.enabled)
        parts.push(`- Auto-merge is not allowed here (${(0,markdown/* escapeMarkdown */.FV)(r.autoMerge.reason ?? 'repository setting')}); the pull request stays open.`);
    const api = apiCommitsMarkdown(r.apiCommits);
    if (api)
        parts.push('', api);
    return parts.join('\n');
}
/** The promotion as a table for the terminal: one row per change (tag and digest before → after, where, verified in). */
function promoteView(r) {
    const { plan } = r;
    const rows = (0,report/* changeRows */.QP)(plan);
    const unchanged = plan.unchanged.length > 0 ? [`Already up to date: ${plan.unchanged.join(', ')}.`] : [];
    const checks = plan.checks.flatMap((c) => c.states.map((s) => `check ${s.name} on ${c.sha.slice(0, 12)}: ${s.state}`));
    const warned = autoMergeWarning(r);
    return {
        title: `promote-env: ${routeLabel(r)}`,
        status: promoteStatus(r).replace(' (diff in the log)', ''),
        headers: ['service', 'tag', 'digest', 'file', 'verified in'],
        rows,
        notes: [
            ...unchanged,
            ...(r.whatsIn ? (0,report/* whatsInLines */.a7)(r.whatsIn) : []),
            ...checks,
            ...(r.gate ? (0,gates/* gateLines */.HN)(r.gate) : []),
            ...r.notes,
            ...(r.waves ? (0,waves/* wavesLines */.g9)(r.waves) : []),
            ...apiCommitLines(r.apiCommits ?? []),
        ],
        warnings: [
            ...(warned ? [warned] : []),
            ...notifyWarnings(r),
            ...[
                ...(0,fleet/* planDrifts */.Qi)(plan).flatMap((d) => (0,values_drift/* valuesDriftAnnotations */.ch)(d)),
                ...(0,fleet/* planContracts */.Dn)(plan).flatMap((c) => (0,values_contract/* valuesContractAnnotations */.Zy)(c)),
            ].map((a) => (a.file ? `${a.file}:${a.line}: ${a.message}` : a.message)),
        ],
        ...((0,fleet/* planRenders */.BJ)(plan).length > 0 ? { diff: (0,render_report/* renderedLines */.HY)((0,fleet/* planRenders */.BJ)(plan)) } : {}),
    };
}
/** The error a promotion stopped by require-checks ends with (after its summary is written); undefined when it was not. */
function checksError(r) {
    if (r.outcome !== 'checks')
        return (0,waves/* wavesError */.VM)(r.waves);
    const bad = r.plan.checks.flatMap((c) => c.states.filter((s) => s.state !== 'success').map((s) => `${s.name} is ${s.state} on ${c.sha.slice(0, 12)}`));
    return new errors/* UserError */.yo(`required checks are not green: ${bad.join('; ')}`, {
        hint: 'wait for them to pass (the table in the job summary lists every check); nothing was written',
    });
}
/** The error a promotion refused by a gate ends with (after its summary is written): what held it, and until when. */
function gateError(r) {
    if (r.outcome !== 'held' || !r.gate)
        return undefined;
    return new errors/* UserError */.yo(`promotion held: ${r.gate.holds.map((h) => h.message).join('; ')}`, {
        hint: r.gate.action === 'draft'
            ? (0,errors/* words */.aL) `a dry run: ${(0,errors/* setting */.Pe)('dry-run', 'false')} and the pull request opens as a draft without auto-merge until the gate lets it through; nothing was written`
            : r.request.push === 'direct'
                ? (0,errors/* words */.aL) `run again once the gate lets it through, or use ${(0,errors/* named */.KT)('push', 'pr')} (a draft pull request waits for it); nothing was written`
                : (0,errors/* words */.aL) `run again once the gate lets it through (or ${(0,errors/* setting */.Pe)('wait', 'draft')} to open a draft pull request meanwhile); nothing was written`,
    });
}
/**
 * The runner's view: a held promotion's hold first, then a line per
 * change, the diff in a group (already escaped for the log), the outcome, the
 * notes, the auto-merge warning, the outputs, the job summary; a promotion
 * stopped by require-checks then fails the step.
 */
function promoteRunnerView(r) {
    const failure = promoteFailure(r);
    // A held promotion leads with its hold, as the terminal does: the reason before the plan (a dry run's too).
    const steps = [
        ...(r.outcome === 'held' && failure ? [{ info: failure.message }] : []),
        ...promoteLogLines(r).map((line) => ({ info: line })),
    ];
    if (r.diff)
        steps.push({ group: r.dryRun ? 'dry run: the diff that would be committed' : 'diff' }, { info: r.diff, raw: true }, { endGroup: true });
    const renders = (0,fleet/* planRenders */.BJ)(r.plan);
    if (renders.length > 0) {
        const [count, ...rest] = (0,render_report/* renderedLines */.HY)(renders);
        steps.push({ info: `rendered: ${count}` });
        if (rest.length > 0)
            steps.push({ group: 'rendered changes' }, { info: rest.map((l) => (0,log/* escapeForLog */.z)(`  ${l}`)).join('\n'), raw: true }, { endGroup: true });
        for (const failed of renders.filter((x) => x.status === 'failed'))
            steps.push({ annotate: 'warning', message: `render: ${(0,render_report/* countLine */.QK)(failed)}` });
    }
    steps.push({ info: promoteStatus(r) }, ...(r.gate ? (0,gates/* gateLines */.HN)(r.gate) : []).map((l) => ({ info: l })), ...r.notes.map((n) => ({ info: n })), ...apiCommitLines(r.apiCommits ?? []).map((line) => ({ info: line })));
    if (r.waves)
        steps.push(...(0,waves/* wavesLines */.g9)(r.waves).map((line) => ({ info: line })));
    const warned = autoMergeWarning(r);
    if (warned)
        steps.push({ annotate: 'warning', message: warned });
    for (const w of notifyWarnings(r))
        steps.push({ annotate: 'warning', message: w });
    for (const d of (0,fleet/* planDrifts */.Qi)(r.plan))
        steps.push(...(0,values_drift/* valuesDriftAnnotations */.ch)(d));
    for (const c of (0,fleet/* planContracts */.Dn)(r.plan))
        steps.push(...(0,values_contract/* valuesContractAnnotations */.Zy)(c));
    for (const [k, v] of Object.entries(r.outputs))
        steps.push({ output: k, value: v });
    steps.push({ summary: promoteMarkdown(r) });
    return { steps, failure };
}
/** A promotion ends in failure (exit 1) when its required checks or a wave stopped it, or a gate held it. */
function promoteFailure(r) {
    return checksError(r) ?? gateError(r);
}
/** `lockstep promote --json`: the route and outcome, the action's outputs as values, the gates' and notes' lines. */
function promoteJson(r) {
    const o = r.outputs;
    return (0,json/* commandJson */.ic)('promote', {
        'dry-run': r.dryRun,
        // How the promotion went; how the command ended (`outcome`, and the hold's errors) its face says.
        promotion: r.outcome,
        status: promoteStatus(r),
        from: r.route.from?.name ?? null,
        to: r.route.to.name,
        'base-sha': r.baseSha,
        changed: o.changed === 'true',
        'pr-number': (0,json/* numberOrNull */.wD)(o['pr-number']),
        'pr-url': (0,json/* stringOrNull */.e0)(o['pr-url']),
        branch: (0,json/* stringOrNull */.e0)(o.branch),
        commit: r.commit ?? null,
        changes: (0,json/* parsedOutput */.$p)(o.changes),
        gates: r.gate ? (0,gates/* gateLines */.HN)(r.gate) : [],
        waves: r.waves ? (0,waves/* wavesLines */.g9)(r.waves) : [],
        // What the cluster would receive: one row per object that changes (and per environment not rendered); absent when nothing was rendered.
        ...(r.rendered ? { rendered: r.rendered } : {}),
        // The target's values against both chart versions; null when the promotion compared none.
        'values-drift': r.plan.valuesDrift ? (0,values_drift/* valuesDriftJson */.w7)(r.plan.valuesDrift) : null,
        'values-contract': r.plan.valuesContract ? (0,values_contract/* valuesContractJson */.X0)(r.plan.valuesContract) : null,
        ...(r.renderCounts ? { 'render-counts': r.renderCounts } : {}),
        notes: r.notes,
        // One per outcome (opened, held, landed, rolled-back), with what became of its delivery when a webhook is set.
        events: (r.notified?.events ?? []).map((e, k) => ({ ...e, delivery: r.notified?.deliveries?.[k] ?? null })),
    });
}
/** A notification the webhook did not take: the promotion stands, said as a warning. */
function notifyWarnings(r) {
    const events = r.notified?.events ?? [];
    return (r.notified?.deliveries ?? []).flatMap((d, k) => d.delivered
        ? []
        : [
            `notification ${events[k].event} ${events[k].id} not delivered to ${d.host} after ${d.attempts} attempt${d.attempts === 1 ? '' : 's'}: ${d.error ?? 'no answer'}`,
        ]);
}
/** promote-env's views: the runner's and the terminal's. */
const promoteViews = {
    runner: promoteRunnerView,
    terminal: promoteView,
    failure: promoteFailure,
    // Everything that stops a promotion that was asked for rightly is a hold: run it again later.
    held: (r) => promoteFailure(r) !== undefined,
    json: promoteJson,
};


/***/ })

};
