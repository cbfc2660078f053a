<<<<<<<< HEAD:packages/cli/dist/1202.index.js
export const id = 1202;
export const ids = [1202];
========
export const id = 709;
export const ids = [709];
>>>>>>>> cap-19a:packages/cli/dist/709.index.js
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

/***/ 7709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);
<<<<<<<< HEAD:packages/cli/dist/1202.index.js
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   promoteOn: () => (/* binding */ promoteOn),
/* harmony export */   runPromote: () => (/* binding */ runPromote)
/* harmony export */ });
/* harmony import */ var _edits_diff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5076);
/* harmony import */ var _text_parse_cache_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9053);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _promote_plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9767);
/* harmony import */ var _promote_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8598);
/* harmony import */ var _promote_waves_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(648);
/* harmony import */ var _promote_session_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7359);
========

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  promoteOn: () => (/* binding */ promoteOn),
  runPromote: () => (/* binding */ runPromote)
});

// EXTERNAL MODULE: ./packages/core/src/edits/diff.ts
var diff = __webpack_require__(5076);
// EXTERNAL MODULE: ./packages/core/src/text/parse-cache.ts
var parse_cache = __webpack_require__(9053);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/promote/plan.ts + 1 modules
var promote_plan = __webpack_require__(4499);
// EXTERNAL MODULE: ./packages/core/src/promote/report.ts
var report = __webpack_require__(8598);
// EXTERNAL MODULE: ./packages/core/src/promote/gates.ts
var gates = __webpack_require__(4502);
;// CONCATENATED MODULE: ./packages/core/src/promote/gate-evidence.ts
// The evidence the gates decide on, gathered before anything is written:
// since when each promoted pin has been in the source environment (the values
// file's first-parent history on the base branch, read through git), and the
// break-glass label on the open promotion pull request (read through GitHub)
// when a window holds. The verdict itself is promote/gates.ts's.


/** A pin as one comparable key: its digest, else its tag. */
const pinKey = (p) => p?.digest ?? (p?.tag !== undefined ? `tag:${p.tag}` : undefined);
/**
 * The gates of the planned promotion at `now` (the World's clock): soak time
 * of the source environment for each service that changes, the target's
 * windows, a break-glass label on the open pull request. Undefined when no
 * gate is configured for this route.
 */
async function checkGates(req, route, ports, plan, baseSha, now, cache) {
    const input = { now, push: req.push };
    const source = req.from.kind === 'env' ? route.from : undefined;
    const minSoak = source && (req.minSoak ?? source.minSoak);
    if (source && minSoak && plan.changes.length > 0) {
        const log = ports.git.firstParentLog ? await ports.git.firstParentLog(baseSha, source.values) : { entries: [], complete: true };
        const pins = [];
        for (const c of plan.changes) {
            const current = pinKey(await (0,promote_plan/* servicePin */.Tc)(req, source, c.service, (p) => ports.git.readAt(baseSha, p), cache));
            pins.push(await (0,gates/* pinnedSince */.vW)(c.service, current, log.entries, log.complete, async (sha) => pinKey(await (0,promote_plan/* servicePin */.Tc)(req, source, c.service, (p) => ports.git.readAt(sha, p), cache))));
        }
        input.soak = { env: source.name, minSoak, wait: req.wait ?? source.wait ?? 'refuse', pins };
    }
    const before = route.toIndex > 0 ? req.environments[route.toIndex - 1] : undefined;
    const pastSoak = before && (req.minSoak ?? before.minSoak);
    if (req.from.kind === 'ref' && before && pastSoak)
        input.rollbackPast = { env: before.name, minSoak: pastSoak };
    if (route.to.windows) {
        input.windows = { env: route.to.name, rules: route.to.windows };
        // The label is looked up only when a window holds: a promotion inside its window reads nothing more.
        if (req.push === 'pr' && ports.github?.breakGlass && (0,gates/* windowHold */.CU)(route.to.name, route.to.windows, now))
            input.breakGlass = await ports.github.breakGlass(`promote/${route.to.name}`, req.base, req.breakGlassLabel);
    }
    if (!input.soak && !input.rollbackPast && !input.windows)
        return undefined;
    return (0,gates/* gateVerdict */.lr)(input);
}

// EXTERNAL MODULE: ./packages/core/src/promote/request.ts
var request = __webpack_require__(1871);
// EXTERNAL MODULE: ./packages/core/src/promote/session.ts + 3 modules
var promote_session = __webpack_require__(4809);
;// CONCATENATED MODULE: ./packages/core/src/operations/promote/run.ts
>>>>>>>> cap-19a:packages/cli/dist/709.index.js
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
<<<<<<<< HEAD:packages/cli/dist/1202.index.js
    const local = (0,_promote_session_js__WEBPACK_IMPORTED_MODULE_5__/* .localPromotion */ .dG)(i, world.workspace);
    // Every wave's route is checked before anything opens when the config is local (one wave: the target's).
    if (local.request)
        (0,_promote_waves_js__WEBPACK_IMPORTED_MODULE_4__/* .planWaves */ .Kc)(local.request);
    const session = await (0,_promote_session_js__WEBPACK_IMPORTED_MODULE_5__/* .openSession */ .fA)(i, local, world);
    world.reporter.group(`Promoting ${i.from ?? 'new pins'} → ${i.to}`);
    try {
        const asked = await (0,_promote_session_js__WEBPACK_IMPORTED_MODULE_5__/* .sessionRequest */ .yi)(i, local, session);
        const waves = (0,_promote_waves_js__WEBPACK_IMPORTED_MODULE_4__/* .planWaves */ .Kc)(asked);
        const ports = counting(session.world, world);
        // Several targets are waves (promote/waves.ts): each run advances them as far as they may go.
        const { result: r, wave, report, } = waves.length > 1
            ? await (0,_promote_waves_js__WEBPACK_IMPORTED_MODULE_4__/* .advanceWaves */ .pu)(waves, ports, asked.requireChecks, (q, route) => promoteOn(q, route, ports))
            : { result: await promoteOn(waves[0].req, waves[0].route, ports), wave: waves[0], report: undefined };
        const req = wave.req;
========
    const local = (0,promote_session/* localPromotion */.dG)(i, world.workspace);
    const localRoute = local.request && (0,request/* checkRoute */.QF)(local.request);
    const session = await (0,promote_session/* openSession */.fA)(i, local, world);
    world.reporter.group(`Promoting ${i.from ?? 'new pins'} → ${i.to}`);
    try {
        const req = await (0,promote_session/* sessionRequest */.yi)(i, local, session);
        const route = localRoute ?? (0,request/* checkRoute */.QF)(req);
        const r = await promoteOn(req, route, counting(session.world, world), world.clock);
>>>>>>>> cap-19a:packages/cli/dist/709.index.js
        return {
            ...r,
            ...(report ? { waves: report } : {}),
            ...(session.readFrom ? { readFrom: session.readFrom } : {}),
            request: req,
            dryRun: req.dryRun,
            changes: r.plan.files,
            outputs: {
                changed: String(r.changed),
                'pr-number': r.pull ? String(r.pull.number) : '',
                'pr-url': r.pull?.url ?? '',
                branch: r.branch ?? '',
                changes: (0,report/* changesOutput */.b4)(r.plan),
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
async function promoteOn(req, route, ports, clock) {
    if (req.requireChecks.length > 0 && !ports.github)
        throw new errors/* UserError */.yo('require-checks needs github-token', { hint: 'pass github-token (checks: read)' });
    const baseSha = await (0,promote_session/* fetchBase */.cu)(ports, req.base);
    const cache = new parse_cache/* ParseCache */.i();
    const state = { plan: await (0,promote_session/* planOn */.J9)(req, route, ports, baseSha, cache), baseSha, notes: [], cache };
    const result = (over) => ({
        route,
        plan: state.plan,
        baseSha: state.baseSha,
        diff: (0,diff/* renderDiff */.i)(state.plan.files),
        notes: [...state.plan.notes, ...state.notes, ...(state.gate?.notes ?? [])],
        pushed: false,
        ...(state.gate ? { gate: state.gate } : {}),
        ...over,
    });
    if (!(0,promote_plan/* checksGreen */.FX)(state.plan))
        return result({ changed: false, outcome: 'checks' });
    if (state.plan.files.length === 0)
        return result({ changed: false, outcome: 'nothing' });
    // The gates (soak time, windows), on the World's clock and before anything is written: a refusal ends here.
    const gate = (state.gate = await checkGates(req, route, ports, state.plan, state.baseSha, clock.now(), cache));
    if (req.dryRun)
        return result({ changed: true, outcome: 'dry-run' });
    if (gate?.action === 'refuse')
        return result({ changed: false, outcome: 'held' });
    const direct = req.push === 'direct';
    if (!direct && !ports.github)
        throw new errors/* UserError */.yo('opening a pull request needs github-token', { hint: 'pass github-token (contents: write, pull-requests: write)' });
    const label = fromLabel(req, route);
    const branch = direct ? req.base : `promote/${route.to.name}`;
    const published = await publishCommit(req, route, ports, state, branch, label);
    state.baseSha = published.baseSha;
    if (published.outcome === 'rejected')
        throw new errors/* UserError */.yo(`the push to ${branch} was rejected: ${published.detail}`, {
            hint: direct
                ? 'check branch protection: push: direct needs a token allowed to push to the base branch'
                : 'check the token may push branches (contents: write)',
        });
    if (published.outcome === 'empty')
        return result({ changed: false, outcome: 'nothing' });
    if (direct) {
        if (published.outcome === 'conflict')
            throw new Error(`unexpected conflict on a direct push to ${branch}`);
        return result({ changed: true, outcome: 'direct', branch, commit: published.head, pushed: published.outcome !== 'unchanged' });
    }
    return result(await openPull(req, route, ports, state, published, branch, label, gate));
}
/** The generated commit on `branch`, published with a lease; planned again, gates included, when the base moved since the last plan. */
function publishCommit(req, route, ports, state, branch, label) {
    return ports.git.publish({
        base: req.base,
        branch,
        plan: async (sha) => {
            if (sha !== state.baseSha) {
                // The base moved since the last plan (another push landed): plan again on it, gates included.
                state.notes.push(`${req.base} moved while promoting (${state.baseSha.slice(0, 12)} → ${sha.slice(0, 12)}); fetched it again and re-planned.`);
                state.baseSha = sha;
                state.plan = await (0,promote_session/* planOn */.J9)(req, route, ports, sha, state.cache);
                if (!(0,promote_plan/* checksGreen */.FX)(state.plan))
                    throw new errors/* UserError */.yo('required checks are not green on the moved base', { hint: 'run again when they pass; nothing was written' });
            }
            return {
                files: state.plan.files.map((f) => ({ path: f.path, content: f.after })),
                message: (0,report/* commitMessage */.df)((0,report/* pullTitle */.SI)(label, route.to.name, state.plan), state.plan),
            };
        },
    });
}
/**
 * The pull request from the published branch: opened or updated (a draft
 * into a protected environment), a conflicting human commit said in its body,
 * and auto-merge asked for when the target allows it and something changed.
 */
async function openPull(req, route, ports, state, published, branch, label, gate) {
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
    // A promotion a gate holds is a draft without auto-merge until the gate lets it through (a rerun then).
    const held = gate?.action === 'draft';
    const draft = route.to.protected || (req.draft ?? false) || held;
    let opened;
    try {
        opened = await github.upsertPull({
            branch,
            base: req.base,
            title: (0,report/* pullTitle */.SI)(label, route.to.name, state.plan),
            body: (0,report/* pullBody */.c2)({
                plan: state.plan,
                fromLabel: label,
                to: route.to.name,
                baseSha: state.baseSha,
                base: req.base,
                repository: req.repository,
                notes: warnings,
                gate: gate && [...(0,gates/* gateLines */.HN)(gate), ...gate.notes],
            }),
            draft,
            labels: req.labels,
            reviewers: req.reviewers,
        });
    }
    catch (e) {
        // The branch is already on the remote: say so, so nothing is left half-done without explanation.
        if (pushed && e instanceof errors/* UserError */.yo)
            throw new errors/* UserError */.yo(`${e.message} (the branch ${branch} was pushed at ${head.slice(0, 12)}; a rerun opens the pull request once this is fixed)`, { hint: e.hint });
        throw e;
    }
    const { pull, outcome } = opened;
    let autoMerge;
    const wantAutoMerge = !route.to.protected && !held && (req.autoMerge ?? route.to.autoMerge);
    // A break-glass label lets a held pull request through: auto-merge is asked for then, even with nothing pushed.
    if (wantAutoMerge && (pushed || outcome === 'created' || gate?.breakGlass))
        autoMerge = await github.enableAutoMerge(pull);
    return { changed: true, outcome: 'pr', branch, pull, pullOutcome: outcome, pushed, commit: head, autoMerge, draft };
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
