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
  promoteLogLines: () => (/* binding */ promoteLogLines),
  promoteMarkdown: () => (/* binding */ promoteMarkdown),
  promoteRunnerView: () => (/* binding */ promoteRunnerView),
  promoteStatus: () => (/* binding */ promoteStatus),
  promoteView: () => (/* binding */ promoteView),
  promoteViews: () => (/* binding */ promoteViews)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/promote/pins.ts
var pins = __webpack_require__(3952);
// EXTERNAL MODULE: ./packages/core/src/promote/report.ts
var report = __webpack_require__(8598);
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
        case 'dry-run':
            return `Dry run: ${r.plan.files.length} file${r.plan.files.length === 1 ? '' : 's'} would change (diff in the log); nothing was written, pushed or opened.`;
        case 'direct':
            if (r.apiCommits)
                return `Committed ${r.commit?.slice(0, 12)} to ${r.request.base || r.branch} directly (written through the GitHub API, the branch moved with a lease).`;
            return `Committed ${r.commit?.slice(0, 12)} to ${r.request.base || r.branch} directly (pushed with a lease).`;
        default: {
            const what = r.pullOutcome === 'created' ? 'Opened' : r.pullOutcome === 'updated' ? 'Updated' : 'Left unchanged';
            const draft = r.draft ? ' (draft)' : '';
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
    if (plan.changes.length > 0 || plan.chart)
        parts.push((0,report/* changesTable */.EI)(plan), '');
    if (plan.unchanged.length > 0)
        parts.push(`Already up to date: ${(0,markdown/* escapeMarkdown */.FV)(plan.unchanged.join(', '))}.`, '');
    if (plan.checks.length > 0)
        parts.push('Required checks:', '', (0,report/* checksMarkdown */.pW)(plan), '');
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
        notes: [...unchanged, ...checks, ...r.notes, ...apiCommitLines(r.apiCommits ?? [])],
        warnings: warned ? [warned] : [],
    };
}
/** The error a promotion stopped by require-checks ends with (after its summary is written); undefined when it was not. */
function checksError(r) {
    if (r.outcome !== 'checks')
        return undefined;
    const bad = r.plan.checks.flatMap((c) => c.states.filter((s) => s.state !== 'success').map((s) => `${s.name} is ${s.state} on ${c.sha.slice(0, 12)}`));
    return new errors/* UserError */.yo(`required checks are not green: ${bad.join('; ')}`, {
        hint: 'wait for them to pass (the table in the job summary lists every check); nothing was written',
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
    steps.push({ info: promoteStatus(r) }, ...r.notes.map((n) => ({ info: n })), ...apiCommitLines(r.apiCommits ?? []).map((line) => ({ info: line })));
    const warned = autoMergeWarning(r);
    if (warned)
        steps.push({ annotate: 'warning', message: warned });
    for (const [k, v] of Object.entries(r.outputs))
        steps.push({ output: k, value: v });
    steps.push({ summary: promoteMarkdown(r) });
    return { steps, failure: checksError(r) };
}
/** promote-env's views: the runner's and the terminal's. */
const promoteViews = { runner: promoteRunnerView, terminal: promoteView };


/***/ })

};
