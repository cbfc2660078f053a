export const id = 63;
export const ids = [63];
export const modules = {

/***/ 7994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   autoMergeWarning: () => (/* binding */ autoMergeWarning),
/* harmony export */   checksError: () => (/* binding */ checksError),
/* harmony export */   gateError: () => (/* binding */ gateError),
/* harmony export */   promoteFailure: () => (/* binding */ promoteFailure),
/* harmony export */   promoteJson: () => (/* binding */ promoteJson),
/* harmony export */   promoteLogLines: () => (/* binding */ promoteLogLines),
/* harmony export */   promoteMarkdown: () => (/* binding */ promoteMarkdown),
/* harmony export */   promoteRunnerView: () => (/* binding */ promoteRunnerView),
/* harmony export */   promoteStatus: () => (/* binding */ promoteStatus),
/* harmony export */   promoteView: () => (/* binding */ promoteView),
/* harmony export */   promoteViews: () => (/* binding */ promoteViews)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _promote_gates_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4502);
/* harmony import */ var _promote_pins_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3952);
/* harmony import */ var _promote_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8598);
/* harmony import */ var _promote_values_drift_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4403);
/* harmony import */ var _promote_waves_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(648);
/* harmony import */ var _report_api_commits_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7499);
/* harmony import */ var _text_cap_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7841);
/* harmony import */ var _text_log_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3603);
/* harmony import */ var _render_report_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5914);
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9888);
/* harmony import */ var _contract_json_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2252);
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
            const until = r.gate && (0,_promote_gates_js__WEBPACK_IMPORTED_MODULE_6__/* .heldUntil */ .gE)(r.gate);
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
    const parts = [`### promote-env: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .escapeMarkdown */ .FV)(routeLabel(r))}`, '', (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .escapeMarkdown */ .FV)(promoteStatus(r)), ''];
    if (r.waves)
        parts.push(...[(0,_promote_waves_js__WEBPACK_IMPORTED_MODULE_4__/* .wavesStopMarkdown */ .aU)(r.waves), (0,_promote_waves_js__WEBPACK_IMPORTED_MODULE_4__/* .wavesMarkdown */ .kp)(r.waves)].filter((x) => x !== undefined).flatMap((x) => [x, '']));
    if (plan.changes.length > 0 || plan.chart)
        parts.push((0,_promote_report_js__WEBPACK_IMPORTED_MODULE_2__/* .changesTable */ .EI)(plan), '');
    if (plan.unchanged.length > 0)
        parts.push(`Already up to date: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .escapeMarkdown */ .FV)(plan.unchanged.join(', '))}.`, '');
    // The rendered changes: the pull request's section (before what ships, as there), fitted under half the summary's cap.
    const rendered = plan.rendered ? (0,_render_report_js__WEBPACK_IMPORTED_MODULE_8__/* .renderedMarkdown */ .nV)([plan.rendered], _text_cap_js__WEBPACK_IMPORTED_MODULE_9__/* .SUMMARY_CAP */ .GY / 2) : '';
    if (rendered)
        parts.push(rendered, '');
    // What ships: the same list as the pull request's, fitted under a tenth of the summary's cap.
    const shipped = r.whatsIn ? (0,_promote_report_js__WEBPACK_IMPORTED_MODULE_2__/* .whatsInMarkdown */ .GZ)(r.whatsIn, r.repoUrl, _text_cap_js__WEBPACK_IMPORTED_MODULE_9__/* .SUMMARY_CAP */ .GY / 10) : '';
    if (shipped)
        parts.push(shipped, '');
    if (plan.checks.length > 0)
        parts.push('Required checks:', '', (0,_promote_report_js__WEBPACK_IMPORTED_MODULE_2__/* .checksMarkdown */ .pW)(plan), '');
    if (plan.valuesDrift)
        parts.push((0,_promote_values_drift_js__WEBPACK_IMPORTED_MODULE_3__/* .valuesDriftMarkdown */ .zK)(plan.valuesDrift), '');
    if (r.gate && r.gate.holds.length > 0)
        parts.push('Gates:', '', ...(0,_promote_gates_js__WEBPACK_IMPORTED_MODULE_6__/* .gateLines */ .HN)(r.gate).map((l) => `- ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .escapeMarkdown */ .FV)(l)}`), '');
    parts.push('Every environment:', '', (0,_promote_report_js__WEBPACK_IMPORTED_MODULE_2__/* .driftMarkdown */ .fZ)(plan), '');
    for (const n of r.notes)
        parts.push(`- ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .escapeMarkdown */ .FV)(n)}`);
    if (r.autoMerge && !r.autoMerge.enabled)
        parts.push(`- Auto-merge is not allowed here (${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .escapeMarkdown */ .FV)(r.autoMerge.reason ?? 'repository setting')}); the pull request stays open.`);
    const api = (0,_report_api_commits_js__WEBPACK_IMPORTED_MODULE_10__/* .apiCommitsMarkdown */ .E)(r.apiCommits);
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
        `${(0,_promote_pins_js__WEBPACK_IMPORTED_MODULE_1__/* .shortDigest */ .VK)(c.oldDigest)} → ${(0,_promote_pins_js__WEBPACK_IMPORTED_MODULE_1__/* .shortDigest */ .VK)(c.newDigest)}`,
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
            ...(r.whatsIn ? (0,_promote_report_js__WEBPACK_IMPORTED_MODULE_2__/* .whatsInLines */ .a7)(r.whatsIn) : []),
            ...checks,
            ...(r.gate ? (0,_promote_gates_js__WEBPACK_IMPORTED_MODULE_6__/* .gateLines */ .HN)(r.gate) : []),
            ...r.notes,
            ...(r.waves ? (0,_promote_waves_js__WEBPACK_IMPORTED_MODULE_4__/* .wavesLines */ .g9)(r.waves) : []),
            ...(0,_report_api_commits_js__WEBPACK_IMPORTED_MODULE_10__/* .apiCommitLines */ .L)(r.apiCommits ?? []),
        ],
        warnings: warned ? [warned] : [],
        ...(plan.rendered ? { diff: (0,_render_report_js__WEBPACK_IMPORTED_MODULE_8__/* .renderedLines */ .HY)([plan.rendered]) } : {}),
    };
}
/** The error a promotion stopped by require-checks ends with (after its summary is written); undefined when it was not. */
function checksError(r) {
    if (r.outcome !== 'checks')
        return (0,_promote_waves_js__WEBPACK_IMPORTED_MODULE_4__/* .wavesError */ .VM)(r.waves);
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
    if (r.plan.rendered) {
        const [count, ...rest] = (0,_render_report_js__WEBPACK_IMPORTED_MODULE_8__/* .renderedLines */ .HY)([r.plan.rendered]);
        steps.push({ info: `rendered: ${count}` });
        if (rest.length > 0)
            steps.push({ group: 'rendered changes' }, { info: rest.map((l) => (0,_text_log_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeForLog */ .z)(`  ${l}`)).join('\n'), raw: true }, { endGroup: true });
        if (r.plan.rendered.status === 'failed')
            steps.push({ annotate: 'warning', message: `render: ${(0,_render_report_js__WEBPACK_IMPORTED_MODULE_8__/* .countLine */ .QK)(r.plan.rendered)}` });
    }
    steps.push({ info: promoteStatus(r) }, ...(r.gate ? (0,_promote_gates_js__WEBPACK_IMPORTED_MODULE_6__/* .gateLines */ .HN)(r.gate) : []).map((l) => ({ info: l })), ...r.notes.map((n) => ({ info: n })), ...(0,_report_api_commits_js__WEBPACK_IMPORTED_MODULE_10__/* .apiCommitLines */ .L)(r.apiCommits ?? []).map((line) => ({ info: line })));
    if (r.waves)
        steps.push(...(0,_promote_waves_js__WEBPACK_IMPORTED_MODULE_4__/* .wavesLines */ .g9)(r.waves).map((line) => ({ info: line })));
    const warned = autoMergeWarning(r);
    if (warned)
        steps.push({ annotate: 'warning', message: warned });
    steps.push(...(0,_promote_values_drift_js__WEBPACK_IMPORTED_MODULE_3__/* .valuesDriftAnnotations */ .ch)(r.plan.valuesDrift));
    for (const [k, v] of Object.entries(r.outputs))
        steps.push({ output: k, value: v });
    steps.push({ summary: promoteMarkdown(r) });
    return { steps, failure: promoteFailure(r) };
}
/** A promotion ends in failure (exit 1) when its required checks or a wave stopped it, or a gate held it. */
function promoteFailure(r) {
    return checksError(r) ?? gateError(r);
}
/** `lockstep promote --json`: the route and outcome, the action's outputs as values, the gates' and notes' lines. */
function promoteJson(r) {
    const o = r.outputs;
    return (0,_contract_json_js__WEBPACK_IMPORTED_MODULE_11__/* .commandJson */ .ic)('promote', {
        'dry-run': r.dryRun,
        outcome: r.outcome,
        status: promoteStatus(r),
        from: r.route.from?.name ?? null,
        to: r.route.to.name,
        'base-sha': r.baseSha,
        changed: o.changed === 'true',
        'pr-number': (0,_contract_json_js__WEBPACK_IMPORTED_MODULE_11__/* .numberOrNull */ .wD)(o['pr-number']),
        'pr-url': (0,_contract_json_js__WEBPACK_IMPORTED_MODULE_11__/* .stringOrNull */ .e0)(o['pr-url']),
        branch: (0,_contract_json_js__WEBPACK_IMPORTED_MODULE_11__/* .stringOrNull */ .e0)(o.branch),
        commit: r.commit ?? null,
        changes: (0,_contract_json_js__WEBPACK_IMPORTED_MODULE_11__/* .parsedOutput */ .$p)(o.changes),
        gates: r.gate ? (0,_promote_gates_js__WEBPACK_IMPORTED_MODULE_6__/* .gateLines */ .HN)(r.gate) : [],
        waves: r.waves ? (0,_promote_waves_js__WEBPACK_IMPORTED_MODULE_4__/* .wavesLines */ .g9)(r.waves) : [],
        // What the cluster would receive: one row per object that changes (and per environment not rendered); absent when nothing was rendered.
        ...(r.rendered ? { rendered: r.rendered } : {}),
        notes: r.notes,
    });
}
/** promote-env's views: the runner's and the terminal's. */
const promoteViews = {
    runner: promoteRunnerView,
    terminal: promoteView,
    failure: promoteFailure,
    json: promoteJson,
};


/***/ }),

/***/ 8372:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ isIndexMediaType),
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   Ub: () => (/* binding */ verifyDigest),
/* harmony export */   Z2: () => (/* binding */ MEDIA_TYPES),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   h: () => (/* binding */ DigestMismatchError),
/* harmony export */   md: () => (/* binding */ selectPlatform),
/* harmony export */   ol: () => (/* binding */ digestOf),
/* harmony export */   zz: () => (/* binding */ PlatformNotFoundError)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

const MEDIA_TYPES = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
};
/** The Accept header for a manifest request: indexes first, so multi-arch tags answer with the index. */
const MANIFEST_ACCEPT = [MEDIA_TYPES.ociIndex, MEDIA_TYPES.ociManifest, MEDIA_TYPES.dockerList, MEDIA_TYPES.dockerManifest].join(', ');
/** True for a multi-platform index (OCI image index or Docker manifest list). */
function isIndexMediaType(mediaType) {
    const mt = (mediaType ?? '').split(';')[0].trim();
    return mt === MEDIA_TYPES.ociIndex || mt === MEDIA_TYPES.dockerList;
}
/** `algorithm:hex` of exactly these bytes. */
function digestOf(bytes, algorithm = 'sha256') {
    return `${algorithm}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(bytes).digest('hex')}`;
}
/**
 * Checks a digest the registry claimed against the bytes it sent. Returns the
 * digest of the body (in the claimed digest's algorithm, sha256 otherwise) or
 * throws when they differ.
 */
function verifyDigest(body, claimed) {
    const algorithm = claimed && /^sha(256|512):/.test(claimed) ? claimed.slice(0, claimed.indexOf(':')) : 'sha256';
    const actual = digestOf(body, algorithm);
    if (claimed !== undefined && claimed !== actual)
        throw new DigestMismatchError(`the registry said the manifest is ${claimed} but its bytes hash to ${actual}`);
    return actual;
}
class DigestMismatchError extends Error {
    constructor(message) {
        super(message);
        this.name = 'DigestMismatchError';
    }
}
/** `os/arch[/variant]` and its parser, in registry/platform.ts (which the inputs read without node:crypto). */

function formatPlatform(p) {
    return `${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ''}`;
}
/**
 * Picks the manifest for `want` from an index body. Without a requested
 * variant, an entry without a variant (or arm64's default v8) is preferred.
 * Throws with the platforms the index offers when none matches.
 */
function selectPlatform(indexBody, want) {
    let doc;
    try {
        doc = JSON.parse(indexBody.toString('utf8'));
    }
    catch {
        throw new Error('the index is not valid JSON');
    }
    const entries = Array.isArray(doc?.manifests) ? doc.manifests : [];
    const offered = entries.filter((e) => e.platform && typeof e.platform.os === 'string' && typeof e.platform.architecture === 'string' && typeof e.digest === 'string');
    const matches = offered.filter((e) => e.platform.os === want.os &&
        e.platform.architecture === want.architecture &&
        (want.variant === undefined || e.platform.variant === want.variant));
    const pick = matches.find((e) => e.platform.variant === undefined || e.platform.variant === '') ??
        matches.find((e) => want.architecture === 'arm64' && e.platform.variant === 'v8') ??
        matches[0];
    if (!pick) {
        const list = offered.map((e) => formatPlatform({
            os: String(e.platform.os),
            architecture: String(e.platform.architecture),
            variant: e.platform.variant ? String(e.platform.variant) : undefined,
        }));
        throw new PlatformNotFoundError(`platform ${formatPlatform(want)} is not in the index (it has ${list.length ? list.join(', ') : 'no platforms'})`);
    }
    const p = pick.platform;
    return {
        digest: String(pick.digest),
        platform: formatPlatform({
            os: String(p.os),
            architecture: String(p.architecture),
            variant: p.variant ? String(p.variant) : undefined,
        }),
    };
}
class PlatformNotFoundError extends Error {
    constructor(message) {
        super(message);
        this.name = 'PlatformNotFoundError';
    }
}


/***/ }),

/***/ 7499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ apiCommitsMarkdown),
/* harmony export */   L: () => (/* binding */ apiCommitLines)
/* harmony export */ });
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9888);

// commit-mode api, said the same way by prepare-release and promote-env:
// which commits written through the GitHub API GitHub shows as Verified
// (lockstep's own, signed by GitHub), and what became of others' commits:
// each is re-created with its author as a new commit, which GitHub does not
// sign, so a signature the original had (a web-editor commit's Verified) is
// gone; the old and new ids say which is which.
/** What GitHub shows for one commit, in words. */
function status(c) {
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
    return commits.map((c) => `${c.sha.slice(0, 12)} (${whose(c)}; built locally as ${c.local.slice(0, 12)}): ${status(c)}`);
}
/** The job summary's table of the commits written through the API (every cell escaped by markdownTable); empty without any. */
function apiCommitsMarkdown(commits) {
    if (!commits || commits.length === 0)
        return '';
    const rows = commits.map((c) => [c.sha.slice(0, 12), whose(c), status(c)]);
    return `Commits written through the GitHub API (commit-mode: api):\n\n${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownTable */ .Qj)(['Commit', 'Whose', 'GitHub shows'], rows)}`;
}


/***/ }),

/***/ 3603:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ escapeForLog)
/* harmony export */ });
/* unused harmony export escapeLinesForLog */
/**
 * Every character the runner's TrimStart removes before it looks for `::`:
 * .NET's Char.IsWhiteSpace set. JavaScript's `\s` misses U+0085 (NEL), so it
 * is spelled out (`\s` also holds U+FEFF, which .NET keeps: escaping one more
 * does no harm).
 */
const RUNNER_SPACE = '\\s\\u0085';
const LEADING_COMMAND = new RegExp(`^([${RUNNER_SPACE}]*)::`);
/**
 * Makes untrusted text (file contents, PR titles, branch names) safe to print:
 * a line that starts (after white space, as the runner's .NET TrimStart sees
 * it) with `::`, or holds the legacy `##[command]` form anywhere, would be
 * read by the runner as a workflow command, so line breaks are folded (making
 * the start of the text the only line start) and both forms broken up.
 */
function escapeForLog(s) {
    return s
        .replace(/\r\n|\r|\n/g, ' ⏎ ')
        .replace(LEADING_COMMAND, '$1: :')
        .replace(/##\[/g, '# #[');
}
/**
 * escapeForLog for text of many lines (a subprocess's output): each line is
 * escaped on its own, so the text keeps its lines and none of them can be a
 * workflow command.
 */
function escapeLinesForLog(s) {
    return s
        .split(/\r\n|\r|\n/)
        .map(escapeForLog)
        .join('\n');
}


/***/ })

};
