export const id = 202;
export const ids = [202];
export const modules = {

/***/ 5076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ renderDiff)
/* harmony export */ });
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5725);
/* harmony import */ var _text_log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3603);


/** Lines with their terminators, so joining them gives the text back byte for byte. */
function lines(text) {
    return text === '' ? [] : text.split(/(?<=\n)/);
}
/**
 * structuredPatch on only the part of the texts that differs, plus `context`
 * lines either side, with the hunks moved back to their real line numbers.
 * The same hunks as diffing the whole texts, but a release that prepends
 * thousands of lines to a long CHANGELOG.md costs milliseconds instead of the
 * seconds Myers' algorithm spends walking every diagonal of the whole file.
 */
function trimmedPatch(path, before, after, context) {
    const a = lines(before);
    const b = lines(after);
    let prefix = 0;
    while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix])
        prefix++;
    let suffix = 0;
    while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix])
        suffix++;
    const skip = Math.max(0, prefix - context);
    const keepEnd = Math.max(0, suffix - context);
    // Lines only added (release notes on top of a changelog) or only removed: the hunk is known without a diff.
    // Texts without a final newline go through structuredPatch, which marks that line.
    const pure = prefix + suffix === a.length || prefix + suffix === b.length;
    if (pure && (before === '' || before.endsWith('\n')) && (after === '' || after.endsWith('\n'))) {
        const bare = (l) => l.slice(0, -1);
        const ctxBefore = a.slice(skip, prefix).map((l) => ` ${bare(l)}`);
        const removed = a.slice(prefix, a.length - suffix).map((l) => `-${bare(l)}`);
        const added = b.slice(prefix, b.length - suffix).map((l) => `+${bare(l)}`);
        const ctxAfter = b.slice(b.length - suffix, b.length - keepEnd).map((l) => ` ${bare(l)}`);
        const old = ctxBefore.length + removed.length + ctxAfter.length;
        const neu = ctxBefore.length + added.length + ctxAfter.length;
        return {
            hunks: [
                { oldStart: skip + 1, oldLines: old, newStart: skip + 1, newLines: neu, lines: [...ctxBefore, ...removed, ...added, ...ctxAfter] },
            ],
        };
    }
    const aMid = a.slice(skip, a.length - keepEnd);
    const bMid = b.slice(skip, b.length - keepEnd);
    const hunks = [];
    // Each piece is [from, to) on both sides; the whole middle when the sides differ in length.
    for (const [from, to] of segments(aMid, bMid, context) ?? [[0, undefined]]) {
        const patch = (0,diff__WEBPACK_IMPORTED_MODULE_1__/* .structuredPatch */ .YB)(`a/${path}`, `b/${path}`, aMid.slice(from, to).join(''), bMid.slice(from, to).join(''), undefined, undefined, { context });
        for (const h of patch.hunks)
            hunks.push({ ...h, oldStart: h.oldStart + skip + from, newStart: h.newStart + skip + from });
    }
    return { hunks };
}
/**
 * Where the diff of two texts with the same number of lines can be taken in
 * pieces: cut in the middle of every run of more than 2 × context equal lines
 * (no hunk spans such a run). Only when every changed line's text is absent
 * from the other side: then no changed line can be matched, the only longest
 * common subsequence is every unchanged line in place, and each piece's diff is
 * exactly that piece of the whole diff. A promotion rewriting a tag and digest
 * per service this way costs one small diff per service instead of one Myers
 * walk over thousands of lines with hundreds of changes.
 */
function segments(a, b, context) {
    // undefined: one diff of the whole of both sides (their lengths may differ).
    if (a.length !== b.length)
        return undefined;
    const cuts = [];
    let run = 0;
    for (let i = 0; i <= a.length; i++) {
        if (i < a.length && a[i] === b[i]) {
            run++;
            continue;
        }
        if (run >= 2 * context + 2 && i - run > 0 && i < a.length)
            cuts.push(i - (run >> 1));
        run = 0;
    }
    if (cuts.length === 0)
        return undefined;
    const inA = new Set(a);
    const inB = new Set(b);
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i] && (inB.has(a[i]) || inA.has(b[i])))
            return undefined;
    return [...cuts, a.length].map((to, k) => [k === 0 ? 0 : cuts[k - 1], to]);
}
/**
 * A unified diff of the changes, as `git diff` prints it, with every line
 * indented by two spaces and passed through escapeForLog (`::` after white space and
 * `##[` broken up), so no line of file content is read by the runner as a workflow command. Carriage returns are
 * shown as `␍` so CRLF files stay visible and the log stays one line per line.
 */
function renderDiff(changes, context = 3) {
    const out = [];
    for (const c of changes) {
        if (c.before === c.after)
            continue;
        const patch = trimmedPatch(c.path, c.before ?? '', c.after, context);
        out.push(`--- ${c.before === undefined ? '/dev/null' : `a/${c.path}`}`);
        out.push(`+++ b/${c.path}`);
        for (const h of patch.hunks) {
            // An empty range names the line before it, as git and GNU diff print it: a new file is `@@ -0,0 +1,N @@`.
            out.push(`@@ -${h.oldLines === 0 ? h.oldStart - 1 : h.oldStart},${h.oldLines} +${h.newLines === 0 ? h.newStart - 1 : h.newStart},${h.newLines} @@`);
            for (const l of h.lines)
                out.push(l);
        }
    }
    // The runner trims leading whitespace before it looks for `::`, so indenting alone does not stop a context
    // line like ` ::warning::x`: every line also goes through escapeForLog.
    return out.map((l) => (0,_text_log_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeForLog */ .z)(`  ${l.replace(/\r/g, '␍').replace(/[\n\u2028\u2029\u0085]/g, ' ')}`)).join('\n');
}


/***/ }),

/***/ 1202:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   promoteOn: () => (/* binding */ promoteOn),
/* harmony export */   runPromote: () => (/* binding */ runPromote)
/* harmony export */ });
/* harmony import */ var _edits_diff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5076);
/* harmony import */ var _text_parse_cache_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9053);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _promote_plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4499);
/* harmony import */ var _promote_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8598);
/* harmony import */ var _promote_request_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1871);
/* harmony import */ var _promote_session_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1027);
// One promotion end to end, its steps named: read the request (the config
// here, or at the base of the repository promoted in), check the route once,
// open the repository, plan on the base, gate, publish — a commit on
// promote/<to> and one pull request per target (updated in place, a human's
// commits on it re-applied), or with push: direct a commit on the base branch
// itself, pushed with a lease. A base that moves between fetch and push is
// fetched again and the promotion re-planned.







/**
 * promote-env and `lockstep promote`: the request read and its route checked
 * (a local config's before anything opens, another repository's once its
 * config is read), the repository opened, the promotion carried out on the
 * checked route, the session closed.
 */
async function runPromote(i, world) {
    const local = (0,_promote_session_js__WEBPACK_IMPORTED_MODULE_5__/* .localPromotion */ .dG)(i, world.workspace);
    const localRoute = local.request && (0,_promote_request_js__WEBPACK_IMPORTED_MODULE_4__/* .checkRoute */ .QF)(local.request);
    const session = await (0,_promote_session_js__WEBPACK_IMPORTED_MODULE_5__/* .openSession */ .fA)(i, local, world);
    world.reporter.group(`Promoting ${i.from ?? 'new pins'} → ${i.to}`);
    try {
        const req = await (0,_promote_session_js__WEBPACK_IMPORTED_MODULE_5__/* .sessionRequest */ .yi)(i, local, session);
        const route = localRoute ?? (0,_promote_request_js__WEBPACK_IMPORTED_MODULE_4__/* .checkRoute */ .QF)(req);
        const r = await promoteOn(req, route, counting(session.world, world));
        return {
            ...r,
            ...(session.readFrom ? { readFrom: session.readFrom } : {}),
            request: req,
            dryRun: req.dryRun,
            changes: r.plan.files,
            outputs: {
                changed: String(r.changed),
                'pr-number': r.pull ? String(r.pull.number) : '',
                'pr-url': r.pull?.url ?? '',
                branch: r.branch ?? '',
                changes: (0,_promote_report_js__WEBPACK_IMPORTED_MODULE_3__/* .changesOutput */ .b4)(r.plan),
            },
        };
    }
    finally {
        world.reporter.endGroup();
        await session.close();
    }
}
/** The promotion's ports, telling the reporter each digest resolved (a promotion of many services resolves one per image). */
function counting(ports, world) {
    let done = 0;
    return {
        ...ports,
        async resolveDigest(ref, service) {
            const digest = await ports.resolveDigest(ref, service);
            world.reporter.progress?.({ what: 'image digests resolved', done: ++done });
            return digest;
        },
    };
}
/** A label for the source in titles: the environment, `rollback <ref>`, or the digests/version source. */
function fromLabel(req, route) {
    if (req.from.kind === 'ref')
        return `rollback ${req.from.ref}`;
    if (route.from)
        return route.from.name;
    if (req.version)
        return `version ${req.version}`;
    if (req.digests)
        return 'digests';
    return 'chart';
}
/**
 * The promotion `req` on its checked `route` through `ports`: plan on the
 * base, stop at red checks, nothing to do or a dry run, else publish and, for
 * push: pr, open or update the pull request.
 */
async function promoteOn(req, route, ports) {
    if (req.requireChecks.length > 0 && !ports.github)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('require-checks needs github-token', { hint: 'pass github-token (checks: read)' });
    const baseSha = await (0,_promote_session_js__WEBPACK_IMPORTED_MODULE_5__/* .fetchBase */ .cu)(ports, req.base);
    const cache = new _text_parse_cache_js__WEBPACK_IMPORTED_MODULE_6__/* .ParseCache */ .i();
    const state = { plan: await (0,_promote_session_js__WEBPACK_IMPORTED_MODULE_5__/* .planOn */ .J9)(req, route, ports, baseSha, cache), baseSha, notes: [], cache };
    const result = (over) => ({
        route,
        plan: state.plan,
        baseSha: state.baseSha,
        diff: (0,_edits_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .renderDiff */ .i)(state.plan.files),
        notes: [...state.plan.notes, ...state.notes],
        pushed: false,
        ...over,
    });
    if (!(0,_promote_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .checksGreen */ .FX)(state.plan))
        return result({ changed: false, outcome: 'checks' });
    if (state.plan.files.length === 0)
        return result({ changed: false, outcome: 'nothing' });
    if (req.dryRun)
        return result({ changed: true, outcome: 'dry-run' });
    const direct = req.push === 'direct';
    if (!direct && !ports.github)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('opening a pull request needs github-token', { hint: 'pass github-token (contents: write, pull-requests: write)' });
    const label = fromLabel(req, route);
    const branch = direct ? req.base : `promote/${route.to.name}`;
    const published = await publishCommit(req, route, ports, state, branch, label);
    state.baseSha = published.baseSha;
    if (published.outcome === 'rejected')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`the push to ${branch} was rejected: ${published.detail}`, {
            hint: direct
                ? 'check branch protection: push: direct needs a token allowed to push to the base branch'
                : 'check the token may push branches (contents: write)',
        });
    if (published.outcome === 'empty')
        return result({ changed: false, outcome: 'nothing' });
    if (direct) {
        if (published.outcome === 'conflict')
            throw new Error(`unexpected conflict on a direct push to ${branch}`);
        return result({
            changed: true,
            outcome: 'direct',
            branch,
            commit: published.head,
            pushed: published.outcome !== 'unchanged',
            ...apiCommits(published),
        });
    }
    return result(await openPull(req, route, ports, state, published, branch, label));
}
/** The generated commit on `branch`, published with a lease; planned again, gates included, when the base moved since the last plan. */
function publishCommit(req, route, ports, state, branch, label) {
    return ports.git.publish({
        base: req.base,
        branch,
        commitMode: req.commitMode,
        plan: async (sha) => {
            if (sha !== state.baseSha) {
                // The base moved since the last plan (another push landed): plan again on it, gates included.
                state.notes.push(`${req.base} moved while promoting (${state.baseSha.slice(0, 12)} → ${sha.slice(0, 12)}); fetched it again and re-planned.`);
                state.baseSha = sha;
                state.plan = await (0,_promote_session_js__WEBPACK_IMPORTED_MODULE_5__/* .planOn */ .J9)(req, route, ports, sha, state.cache);
                if (!(0,_promote_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .checksGreen */ .FX)(state.plan))
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('required checks are not green on the moved base', { hint: 'run again when they pass; nothing was written' });
            }
            return {
                files: state.plan.files.map((f) => ({ path: f.path, content: f.after })),
                message: (0,_promote_report_js__WEBPACK_IMPORTED_MODULE_3__/* .commitMessage */ .df)((0,_promote_report_js__WEBPACK_IMPORTED_MODULE_3__/* .pullTitle */ .SI)(label, route.to.name, state.plan), state.plan),
            };
        },
    });
}
/**
 * The pull request from the published branch: opened or updated (a draft
 * into a protected environment), a conflicting human commit said in its body,
 * and auto-merge asked for when the target allows it and something changed.
 */
async function openPull(req, route, ports, state, published, branch, label) {
    const github = ports.github;
    const warnings = [];
    let head;
    let pushed = false;
    if (published.outcome === 'conflict') {
        head = published.previous;
        const where = published.files.length > 0 ? ` in ${published.files.join(', ')}` : '';
        warnings.push(`${branch} has a commit (${published.commit.slice(0, 12)} "${published.subject}") that conflicts with this promotion${where}${published.reason ? ` (${published.reason})` : ''}; the branch was left alone — resolve it by hand.`);
    }
    else {
        head = published.head;
        pushed = published.outcome !== 'unchanged';
        if (published.replayed.length > 0)
            state.notes.push(`Kept ${published.replayed.length} commit${published.replayed.length === 1 ? '' : 's'} someone added to ${branch}.`);
    }
    state.notes.push(...warnings);
    const draft = route.to.protected || (req.draft ?? false);
    let opened;
    try {
        opened = await github.upsertPull({
            branch,
            base: req.base,
            title: (0,_promote_report_js__WEBPACK_IMPORTED_MODULE_3__/* .pullTitle */ .SI)(label, route.to.name, state.plan),
            body: (0,_promote_report_js__WEBPACK_IMPORTED_MODULE_3__/* .pullBody */ .c2)({
                plan: state.plan,
                fromLabel: label,
                to: route.to.name,
                baseSha: state.baseSha,
                base: req.base,
                repository: req.repository,
                notes: warnings,
                commitMode: req.commitMode,
            }),
            draft,
            labels: req.labels,
            reviewers: req.reviewers,
        });
    }
    catch (e) {
        // The branch is already on the remote: say so, so nothing is left half-done without explanation.
        if (pushed && e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${e.message} (the branch ${branch} was pushed at ${head.slice(0, 12)}; a rerun opens the pull request once this is fixed)`, { hint: e.hint });
        throw e;
    }
    const { pull, outcome } = opened;
    let autoMerge;
    const wantAutoMerge = !route.to.protected && (req.autoMerge ?? route.to.autoMerge);
    if (wantAutoMerge && (pushed || outcome === 'created'))
        autoMerge = await github.enableAutoMerge(pull);
    return {
        changed: true,
        outcome: 'pr',
        branch,
        pull,
        pullOutcome: outcome,
        pushed,
        commit: head,
        autoMerge,
        draft,
        ...apiCommits(published),
    };
}
/** The commits a publish wrote through the API (commit-mode api), as a result field; nothing in git mode. */
function apiCommits(published) {
    return 'commits' in published && published.commits ? { apiCommits: published.commits } : {};
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
    return [
        ...notes,
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


/***/ })

};
