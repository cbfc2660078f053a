export const id = 301;
export const ids = [301];
export const modules = {

/***/ 8301:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  autoMergeWarning: () => (/* binding */ autoMergeWarning),
  checksError: () => (/* binding */ checksError),
  gateError: () => (/* binding */ gateError),
  promoteLogLines: () => (/* binding */ promoteLogLines),
  promoteMarkdown: () => (/* binding */ promoteMarkdown),
  promoteRunnerView: () => (/* binding */ promoteRunnerView),
  promoteStatus: () => (/* binding */ promoteStatus),
  promoteView: () => (/* binding */ promoteView),
  promoteViews: () => (/* binding */ promoteViews)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/promote/gates.ts
var gates = __webpack_require__(4502);
// EXTERNAL MODULE: ./packages/core/src/promote/pins.ts
var pins = __webpack_require__(3952);
// EXTERNAL MODULE: ./packages/core/src/promote/report.ts
var report = __webpack_require__(8598);
// EXTERNAL MODULE: ./packages/core/src/promote/values-drift.ts + 2 modules
var values_drift = __webpack_require__(7782);
// EXTERNAL MODULE: ./packages/core/src/promote/waves.ts
var waves = __webpack_require__(648);
// EXTERNAL MODULE: ./packages/core/src/report/summary.ts
var summary = __webpack_require__(8960);
;// CONCATENATED MODULE: ./packages/core/src/report/api-commits.ts

// commit-mode api, said the same way by prepare-release and promote-env:
// which commits written through the GitHub API GitHub shows as Verified
// (lockstep's own, signed by GitHub) and which keep their original status
// (others' commits re-created with their author).
/** What GitHub shows for one commit, in words. */
function api_commits_status(c) {
    if (c.verified)
        return 'Verified';
    return c.keptAuthor ? `keeps its original status (${c.reason})` : `not verified (${c.reason})`;
}
/** Whose commit it is, in words. */
function whose(c) {
    return c.keptAuthor ? "someone else's, re-created with its author" : "lockstep's, authored by GitHub";
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
    return `Commits written through the GitHub API (commit-mode: api):\n\n${(0,summary/* markdownTable */.Q)(['Commit', 'Whose', 'GitHub shows'], rows)}`;
}

// EXTERNAL MODULE: ./packages/core/src/text/cap.ts
var cap = __webpack_require__(7841);
// EXTERNAL MODULE: ./packages/core/src/text/markdown.ts
var markdown = __webpack_require__(9888);
;// CONCATENATED MODULE: ./packages/core/src/operations/promote/view.ts
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
            const until = r.gate && (0,gates/* heldUntil */.gE)(r.gate);
            return `Held by ${r.gate?.holds.length === 1 ? 'a gate' : 'gates'}${until !== undefined ? ` until ${new Date(until).toISOString().slice(0, 16).replace('T', ' ')} UTC` : ''}; nothing was written.`;
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
    const parts = [`### promote-env: ${(0,markdown/* escapeMarkdown */.FV)(routeLabel(r))}`, '', (0,markdown/* escapeMarkdown */.FV)(promoteStatus(r)), ''];
    if (r.waves)
        parts.push(...[(0,waves/* wavesStopMarkdown */.aU)(r.waves), (0,waves/* wavesMarkdown */.kp)(r.waves)].filter((x) => x !== undefined).flatMap((x) => [x, '']));
    if (plan.changes.length > 0 || plan.chart)
        parts.push((0,report/* changesTable */.EI)(plan), '');
    if (plan.unchanged.length > 0)
        parts.push(`Already up to date: ${(0,markdown/* escapeMarkdown */.FV)(plan.unchanged.join(', '))}.`, '');
    // What ships: the same list as the pull request's, fitted under a tenth of the summary's cap.
    const shipped = r.whatsIn ? (0,report/* whatsInMarkdown */.GZ)(r.whatsIn, r.repoUrl, cap/* SUMMARY_CAP */.GY / 10) : '';
    if (shipped)
        parts.push(shipped, '');
    if (plan.checks.length > 0)
        parts.push('Required checks:', '', (0,report/* checksMarkdown */.pW)(plan), '');
    if (plan.valuesDrift)
        parts.push((0,values_drift/* valuesDriftMarkdown */.zK)(plan.valuesDrift), '');
    if (r.gate && r.gate.holds.length > 0)
        parts.push('Gates:', '', ...(0,gates/* gateLines */.HN)(r.gate).map((l) => `- ${(0,markdown/* escapeMarkdown */.FV)(l)}`), '');
    parts.push('Every environment:', '', (0,report/* driftMarkdown */.fZ)(plan), '');
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
    const rows = plan.changes.map((c) => [
        c.service,
        `${c.oldTag ?? '—'} → ${c.newTag ?? '—'}`,
        `${(0,pins/* shortDigest */.VK)(c.oldDigest)} → ${(0,pins/* shortDigest */.VK)(c.newDigest)}`,
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
        notes: [
            ...unchanged,
            ...checks,
            ...(r.gate ? (0,gates/* gateLines */.HN)(r.gate) : []),
            ...r.notes,
            ...(r.waves ? (0,waves/* wavesLines */.g9)(r.waves) : []),
            ...apiCommitLines(r.apiCommits ?? []),
        ],
        warnings: warned ? [warned] : [],
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
    steps.push({ info: promoteStatus(r) }, ...(r.gate ? (0,gates/* gateLines */.HN)(r.gate) : []).map((l) => ({ info: l })), ...r.notes.map((n) => ({ info: n })), ...apiCommitLines(r.apiCommits ?? []).map((line) => ({ info: line })));
    if (r.waves)
        steps.push(...(0,waves/* wavesLines */.g9)(r.waves).map((line) => ({ info: line })));
    const warned = autoMergeWarning(r);
    if (warned)
        steps.push({ annotate: 'warning', message: warned });
    steps.push(...(0,values_drift/* valuesDriftAnnotations */.ch)(r.plan.valuesDrift));
    for (const [k, v] of Object.entries(r.outputs))
        steps.push({ output: k, value: v });
    steps.push({ summary: promoteMarkdown(r) });
    return { steps, failure: checksError(r) ?? gateError(r) };
}
/** promote-env's views: the runner's and the terminal's. */
const promoteViews = { runner: promoteRunnerView, terminal: promoteView };


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
/* unused harmony exports verifiedLines, rollbackCommand, PULL_BODY_CAP */
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9888);
/* harmony import */ var _git_publish_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5813);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8960);
/* harmony import */ var _text_cap_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7841);
/* harmony import */ var _pins_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3952);
/* harmony import */ var _values_drift_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7782);
/* harmony import */ var _trail_trail_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1062);
// Words and tables of a promotion: the PR title and body, the job summary's
// tables (changes, drift, checks), the `changes` output and the rollback command.







/** The promotion PR's line in commit-mode api: whose commits GitHub signs, and that others' keep their status. */
const API_NOTE = 'The promotion commit is created through the GitHub API (commit-mode: api) and signed by GitHub: it shows as Verified. Commits others pushed to this branch are re-created with their author and keep their original signature status.';
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
    return (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownTable */ .Q)(['service', 'tag', 'digest', 'file', 'verified in', 'source commit'], rows);
}
/** What vouched for each verified digest (the config's `verify:`), and the commit its provenance names; nothing when no service verifies. */
function verifiedLines(plan) {
    const verified = plan.changes.filter((c) => c.verifiedBy);
    if (verified.length === 0)
        return [];
    return [
        'Verified before pinning:',
        '',
        ...verified.map((c) => `- ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)(c.service)} ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .codeSpan */ .SS)((0,_pins_js__WEBPACK_IMPORTED_MODULE_1__/* .shortDigest */ .VK)(c.newDigest))}: ${c.verifiedBy.map(_text_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV).join('; ')}${c.provenanceCommit ? `; built from commit ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .codeSpan */ .SS)(c.provenanceCommit)}` : ''}`),
        '',
    ];
}
/** Every environment side by side. */
function driftMarkdown(plan) {
    return (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownTable */ .Q)(['service', ...plan.drift.environments], plan.drift.rows.map((r) => [r.service, ...r.cells]));
}
/** The checks table shown when require-checks stops a promotion (and on success). */
function checksMarkdown(plan) {
    return (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownTable */ .Q)(['commit', 'check', 'state'], plan.checks.flatMap((c) => c.states.map((s) => [c.sha.slice(0, 12), s.name, s.state])));
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
    return /^[0-9A-Za-z][0-9A-Za-z.+-]*$/.test(s) ? s : (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)(s);
}
/** One shipment: a heading (what the target runs → what it will run), the compare link and commit count, the entries or pull requests, the notes. */
function shipmentMarkdown(s, repoUrl) {
    const verb = s.direction === 'removes' ? ' — removes' : '';
    const out = [`#### ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)(s.subject)}: ${ref(s.from)} → ${ref(s.to)}${verb}`, ''];
    const facts = [];
    if (s.range)
        facts.push(s.compare ? `[${s.range.split('...').map(ref).join('...')}](${safeUrl(s.compare)})` : (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .codeSpan */ .SS)(s.range));
    if (s.commits !== undefined)
        facts.push(`${s.commits} commit${s.commits === 1 ? '' : 's'}`);
    if (facts.length > 0)
        out.push(`Compare ${facts.join(' · ')}`, '');
    const items = [
        ...s.entries.map((e) => `- ${e.breaking ? '**⚠ Breaking** · ' : ''}${ref(e.version)} · ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)(e.text)}${e.pulls.map((n) => ` (${pullLink(n, repoUrl)})`).join('')}`),
        ...s.pulls.map((p) => `- ${pullLink(p.number, repoUrl)} ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)(p.title)}`),
    ];
    if (items.length > OPEN_LINES) {
        out.push(...items.slice(0, OPEN_LINES), '', `<details><summary>${items.length - OPEN_LINES} more</summary>`, '', ...items.slice(OPEN_LINES), '', '</details>', '');
    }
    else if (items.length > 0)
        out.push(...items, '');
    for (const n of s.notes)
        out.push(`_${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)(n)}_`, '');
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
    return (0,_text_cap_js__WEBPACK_IMPORTED_MODULE_5__/* .fitToBytes */ .u8)(text, maxBytes, (o) => `_… ${(0,_text_cap_js__WEBPACK_IMPORTED_MODULE_5__/* .describeOmitted */ .QQ)(o)} of this list left out to fit the size limit._`).text;
}
/** The pull request body. Every name, ref and note in it is plain text, escaped; the tables escape their cells. */
function pullBody(p) {
    const notes = p.notes?.length ? [...p.notes.map((n) => `> [!WARNING]\n> ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)(n)}`), ''] : [];
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
    // What the gates held or let through (soak time, windows, who broke the glass), one quoted line each.
    const gate = p.gate?.length ? [...p.gate.map((n) => `> [!IMPORTANT]\n> ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)(n)}`), ''] : [];
    return [
        ...notes,
        ...gate,
        `Promotes **${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)(p.fromLabel)}** → **${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)(p.to)}** on ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .codeSpan */ .SS)(p.base)} (base ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)(p.baseSha.slice(0, 12))}).`,
        '',
        `Source: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)(plan.sourceLabel)}.`,
        '',
        changesTable(plan),
        '',
        ...verifiedLines(plan),
        ...(plan.valuesDrift ? [(0,_values_drift_js__WEBPACK_IMPORTED_MODULE_2__/* .valuesDriftMarkdown */ .zK)(plan.valuesDrift), ''] : []),
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
        (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .codeBlock */ .DV)(rollbackCommand(p.to, p.baseSha, plan.changes.map((c) => c.service), p.repository).replace(/\r\n|\r|\n/g, ' '), 'sh'),
        '',
        ...(p.ships ? [(0,_trail_trail_js__WEBPACK_IMPORTED_MODULE_6__/* .shipsMarker */ .UI)(p.ships)] : []),
        // The same words on every run (no SHA): a rerun that writes nothing leaves the body as it is.
        ...(p.commitMode === 'api' ? [API_NOTE, ''] : []),
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

/***/ 648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kc: () => (/* binding */ planWaves),
/* harmony export */   VM: () => (/* binding */ wavesError),
/* harmony export */   aU: () => (/* binding */ wavesStopMarkdown),
/* harmony export */   g9: () => (/* binding */ wavesLines),
/* harmony export */   kp: () => (/* binding */ wavesMarkdown),
/* harmony export */   pu: () => (/* binding */ advanceWaves)
/* harmony export */ });
/* unused harmony export waveTargets */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9888);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8960);
/* harmony import */ var _request_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1871);
// Waves: a promotion into several environments in order (`to: prod-eu,
// prod-us`, or `to: <name>` of a config `waves:` list). The first wave is an
// ordinary promotion from the source; each later wave promotes from the wave
// before it, and only once that wave's promotion is merged (the environment
// pins what its source had) and the require-checks are green on the commit
// that landed it on the base (the merge commit, on the first-parent history).
// A red check there stops the waves and says where. Each run advances the
// waves as far as they may go and no further, so rerunning it (on push to the
// default branch, on a schedule) drives them; a rerun with nothing new to do
// changes nothing.




/** The environments `to` names: a list (comma- or newline-separated), or one name of the config's `waves:`. */
function waveTargets(req) {
    const names = req.to
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter(Boolean);
    if (names.length === 1 && req.waves?.[names[0]])
        return req.waves[names[0]];
    return names.length > 0 ? names : [req.to];
}
/**
 * The request per wave, each route checked before anything is read: the
 * first from the request's source, each later one from the wave before it
 * (its own pins, so no digests file or version; its checks are gated on the
 * previous wave's merge commit instead). A single target is the request itself.
 */
function planWaves(req) {
    const targets = waveTargets(req);
    if (targets.length === 1) {
        const one = targets[0] === req.to ? req : { ...req, to: targets[0] };
        return [{ req: one, route: (0,_request_js__WEBPACK_IMPORTED_MODULE_1__/* .checkRoute */ .QF)(one) }];
    }
    if (req.from.kind === 'ref')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`names ${targets.length} environments; a rollback (from: ref:…) goes to one`, {
            input: 'to',
            hint: 'roll back one environment at a time',
        });
    return targets.map((to, k) => {
        const wave = k === 0
            ? { ...req, to }
            : { ...req, to, from: { kind: 'env', env: targets[k - 1] }, digests: undefined, version: undefined, requireChecks: [] };
        return { req: wave, route: (0,_request_js__WEBPACK_IMPORTED_MODULE_1__/* .checkRoute */ .QF)(wave) };
    });
}
/** The checks named, as a phrase: `e2e is failure, smoke is pending`. */
function checksPhrase(states) {
    return states.map((s) => `${s.name} is ${s.state}`).join(', ');
}
/**
 * Advances the waves as far as they may go: each wave promoted with
 * `promote` until one opens (or updates) a pull request, is stopped by its
 * checks, or waits for the previous wave's merge commit to be green. Returns
 * the last wave promoted and where every wave stands.
 */
async function advanceWaves(waves, ports, requireChecks, promote) {
    const steps = [];
    const report = { steps };
    let result;
    let ran = waves[0];
    let holding = '';
    for (const [k, wave] of waves.entries()) {
        const name = wave.route.to.name;
        if (holding) {
            steps.push({ environment: name, state: 'held', detail: holding });
            continue;
        }
        if (k > 0 && result !== undefined) {
            const gate = await gateOnMerge(waves[k - 1], wave, ports, requireChecks);
            if (gate) {
                steps.push(gate.step);
                if (gate.stopped)
                    report.stopped = gate.stopped;
                holding = `behind ${name}`;
                continue;
            }
        }
        result = await promote(wave.req, wave.route);
        ran = wave;
        switch (result.outcome) {
            case 'nothing':
                steps.push({
                    environment: name,
                    state: 'landed',
                    detail: `pins what ${wave.req.from.kind === 'env' ? wave.req.from.env : 'the source'} has`,
                });
                break;
            case 'direct':
                steps.push({ environment: name, state: 'landed', detail: `committed ${result.commit?.slice(0, 12) ?? ''} to ${wave.req.base}` });
                break;
            case 'pr':
                steps.push({ environment: name, state: 'opened', detail: `pull request #${result.pull?.number} ${result.pull?.url ?? ''}`.trim() });
                holding = `waits for ${name}'s pull request #${result.pull?.number} to be merged`;
                break;
            case 'dry-run':
                steps.push({ environment: name, state: 'planned', detail: 'dry run' });
                holding = `waits for ${name} to be promoted and merged`;
                break;
            case 'checks':
                steps.push({ environment: name, state: 'stopped', detail: 'required checks are not green on the source' });
                holding = `behind ${name}`;
                break;
            case 'held':
                // A gate (soak time, a window or a freeze) holds this wave: the later ones wait behind it.
                steps.push({ environment: name, state: 'held', detail: 'held by a gate (soak time, window or freeze)' });
                holding = `behind ${name}`;
                break;
        }
    }
    return { result: result, wave: ran, report };
}
/**
 * The gate before wave `next`: the previous wave's promotion landed on the
 * base (its environment's last change on the first-parent history) with the
 * require-checks green there. Undefined when it may go; else why not.
 */
async function gateOnMerge(previous, next, ports, requireChecks) {
    if (requireChecks.length === 0)
        return undefined;
    const prev = previous.route.to.name;
    const name = next.route.to.name;
    if (!ports.git.landedAt || !ports.github)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('waves with require-checks need github-token', { hint: 'pass github-token (checks: read)' });
    const tip = await ports.git.fetchBranch(previous.req.base);
    const sha = tip ? await ports.git.landedAt(tip, previous.route.to.values) : undefined;
    if (!sha)
        return { step: { environment: name, state: 'waiting', detail: `waits for ${prev}'s promotion to land on ${previous.req.base}` } };
    const states = await ports.github.checkStates(sha, requireChecks);
    const failed = states.filter((s) => s.state === 'failure');
    if (failed.length > 0)
        return {
            step: {
                environment: name,
                state: 'stopped',
                detail: `not promoted: ${checksPhrase(failed)} on ${prev}'s merge commit ${sha.slice(0, 12)}`,
            },
            stopped: { wave: name, after: prev, sha, failed },
        };
    const open = states.filter((s) => s.state !== 'success');
    if (open.length > 0)
        return {
            step: {
                environment: name,
                state: 'waiting',
                detail: `waits for ${checksPhrase(open)} on ${prev}'s merge commit ${sha.slice(0, 12)}`,
            },
        };
    return undefined;
}
/** The waves as a table for the job summary. */
function wavesMarkdown(report) {
    // markdownTable escapes each cell: environment names, check names and URLs are plain text here.
    return [
        'Waves:',
        '',
        (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownTable */ .Q)(['wave', 'state', ''], report.steps.map((s) => [s.environment, s.state, s.detail])),
    ].join('\n');
}
/** The waves as log lines. */
function wavesLines(report) {
    return report.steps.map((s) => `wave ${s.environment}: ${s.state}${s.detail ? ` — ${s.detail}` : ''}`);
}
/** The error a run stopped by a red check on a wave's merge commit ends with; undefined otherwise. */
function wavesError(report) {
    const s = report?.stopped;
    if (!s)
        return undefined;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`wave ${s.wave} stopped: ${checksPhrase(s.failed)} on ${s.after}'s merge commit ${s.sha.slice(0, 12)}`, {
        hint: `fix ${s.after} first (or roll it back); the next run promotes ${s.wave} once the checks are green there`,
    });
}
/** The stop as one sentence for the summary (escaped). */
function wavesStopMarkdown(report) {
    const e = wavesError(report);
    return e ? `Stopped: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(e.message)}.` : undefined;
}


/***/ })

};
