export const id = 247;
export const ids = [247];
export const modules = {

/***/ 8990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EI: () => (/* binding */ changesTable),
/* harmony export */   GZ: () => (/* binding */ whatsInMarkdown),
/* harmony export */   QP: () => (/* binding */ changeRows),
/* harmony export */   SI: () => (/* binding */ pullTitle),
/* harmony export */   a7: () => (/* binding */ whatsInLines),
/* harmony export */   b4: () => (/* binding */ changesOutput),
/* harmony export */   c2: () => (/* binding */ pullBody),
/* harmony export */   df: () => (/* binding */ commitMessage),
/* harmony export */   fZ: () => (/* binding */ driftMarkdown),
/* harmony export */   pW: () => (/* binding */ checksMarkdown)
/* harmony export */ });
/* unused harmony exports verifiedLines, rollbackCommand, PULL_BODY_CAP, pinChangeRow */
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9888);
/* harmony import */ var _git_publish_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5825);
/* harmony import */ var _records_trailers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3190);
/* harmony import */ var _text_cap_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7841);
/* harmony import */ var _deploy_pins_pins_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9373);
/* harmony import */ var _values_drift_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9836);
/* harmony import */ var _values_contract_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(379);
/* harmony import */ var _render_report_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8528);
/* harmony import */ var _trail_trail_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1062);
/* harmony import */ var _fleet_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(178);
// Words and tables of a promotion: the PR title and body, the job summary's
// tables (changes, drift, checks), the `changes` output and the rollback command.











/** The promotion PR's line in commit-mode api: whose commits GitHub signs, and that others' are re-created unsigned. */
const API_NOTE = 'The promotion commit is created through the GitHub API (commit-mode: api) and signed by GitHub: it shows as Verified. Commits others pushed to this branch are re-created with their author as new commits, which GitHub does not sign: a signature they had (Verified, e.g. from GitHub’s web editor) does not carry over; the job summary lists each one’s old and new id.';
/** `promote: dev → staging (api, worker)`; a rollback says so. */
function pullTitle(fromLabel, to, plan) {
    const names = plan.changes.map(_fleet_js__WEBPACK_IMPORTED_MODULE_5__/* .changeName */ .m9);
    const charts = (0,_fleet_js__WEBPACK_IMPORTED_MODULE_5__/* .chartChanges */ ._K)(plan);
    const what = names.length > 0
        ? names.join(', ')
        : charts.length > 0
            ? charts.map(({ app, chart }) => `${app !== undefined ? `${app} ` : ''}chart ${chart.new}`).join(', ')
            : 'no change';
    return `promote: ${fromLabel} → ${to} (${what})`;
}
/**
 * The commit message: the title, one line per change, and the trailer block:
 * the promotion's record (records/trailers.ts: environment, source, rollback,
 * each service's tag and whole digest, chart) when `record` is given, then the generated-commit trailer.
 */
function commitMessage(title, plan, record) {
    const lines = plan.changes.map((c) => `- ${(0,_fleet_js__WEBPACK_IMPORTED_MODULE_5__/* .changeName */ .m9)(c)}: ${c.oldTag ?? '—'} → ${c.newTag ?? '—'} (${(0,_deploy_pins_pins_js__WEBPACK_IMPORTED_MODULE_2__/* .shortDigest */ .VK)(c.newDigest)})`);
    for (const { app, chart } of (0,_fleet_js__WEBPACK_IMPORTED_MODULE_5__/* .chartChanges */ ._K)(plan))
        lines.push(`- ${app !== undefined ? `${app}/` : ''}chart: ${chart.old || '—'} → ${chart.new}`);
    const trailers = record
        ? (0,_records_trailers_js__WEBPACK_IMPORTED_MODULE_1__/* .promotionTrailerLines */ .GG)({
            ...record,
            services: plan.changes.map((c) => ({ name: (0,_fleet_js__WEBPACK_IMPORTED_MODULE_5__/* .changeName */ .m9)(c), tag: c.newTag, digest: c.newDigest })),
            ...(plan.chart ? { chart: plan.chart.new } : {}),
        })
        : [];
    return `${title}\n\n${lines.join('\n')}\n\n${[...trailers, (0,_git_publish_js__WEBPACK_IMPORTED_MODULE_0__/* .generatedTrailer */ .ty)('promote-env')].join('\n')}\n`;
}
/**
 * The changes as rows of cells, the pull request's table and the terminal's alike: service, old → new tag
 * and digest, where, verified in; the chart version's row last. The pull request adds the source commit.
 */
function changeRows(plan, sourceCommit = false) {
    const rows = plan.changes.map((c) => [
        (0,_fleet_js__WEBPACK_IMPORTED_MODULE_5__/* .changeName */ .m9)(c),
        `${c.oldTag ?? '—'} → ${c.newTag ?? '—'}`,
        `${(0,_deploy_pins_pins_js__WEBPACK_IMPORTED_MODULE_2__/* .shortDigest */ .VK)(c.oldDigest)} → ${(0,_deploy_pins_pins_js__WEBPACK_IMPORTED_MODULE_2__/* .shortDigest */ .VK)(c.newDigest)}`,
        `${c.file}:${c.line}`,
        c.verified,
        ...(sourceCommit ? [c.sourceCommit ? c.sourceCommit.slice(0, 12) : '—'] : []),
    ]);
    for (const { app, chart } of (0,_fleet_js__WEBPACK_IMPORTED_MODULE_5__/* .chartChanges */ ._K)(plan))
        rows.push([
            app !== undefined ? `${app}/chart version` : 'chart version',
            `${chart.old || '—'} → ${chart.new}`,
            '',
            `${chart.file}:${chart.line}`,
            '',
            ...(sourceCommit ? [''] : []),
        ]);
    return rows;
}
/** The table of changes: service, old → new tag and digest, where verified, source commit. */
function changesTable(plan) {
    return (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .markdownTable */ .Qj)(['service', 'tag', 'digest', 'file', 'verified in', 'source commit'], changeRows(plan, true));
}
/** What vouched for each verified digest (the config's `verify:`), and the commit its provenance names; nothing when no service verifies. */
function verifiedLines(plan) {
    const verified = plan.changes.filter((c) => c.verifiedBy);
    if (verified.length === 0)
        return [];
    return [
        'Verified before pinning:',
        '',
        ...verified.map((c) => `- ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)((0,_fleet_js__WEBPACK_IMPORTED_MODULE_5__/* .changeName */ .m9)(c))} ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .codeSpan */ .SS)((0,_deploy_pins_pins_js__WEBPACK_IMPORTED_MODULE_2__/* .shortDigest */ .VK)(c.newDigest))}: ${c.verifiedBy.map(_text_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV).join('; ')}${c.provenanceCommit ? `; built from commit ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .codeSpan */ .SS)(c.provenanceCommit)}` : ''}`),
        '',
    ];
}
/** Every environment side by side. */
function driftMarkdown(table) {
    return (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .markdownTable */ .Qj)(['service', ...table.environments], table.rows.map((r) => [r.service, ...r.cells]));
}
/** The checks table shown when require-checks stops a promotion (and on success). */
function checksMarkdown(plan) {
    return (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .markdownTable */ .Qj)(['commit', 'check', 'state'], plan.checks.flatMap((c) => c.states.map((s) => [c.sha.slice(0, 12), s.name, s.state])));
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
const PULL_BODY_CAP = _text_cap_js__WEBPACK_IMPORTED_MODULE_7__/* .BODY_CAP */ .ix;
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
    return /^[0-9A-Za-z][0-9A-Za-z.+-]*$/.test(s) ? s : (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(s);
}
/** Services named in a shipment's heading; past this many the heading counts them and a folded line lists them. */
const SUBJECTS_IN_HEADING = 5;
/** One shipment: a heading (what the target runs → what it will run), the compare link and commit count, the entries or pull requests, the notes. */
function shipmentMarkdown(s, repoUrl) {
    const verb = s.direction === 'removes' ? ' — removes' : '';
    const many = s.subjects.length > SUBJECTS_IN_HEADING;
    const who = many ? `${s.subjects.length} services` : s.subjects.map(_text_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV).join(', ');
    const out = [`#### ${who}: ${ref(s.from)} → ${ref(s.to)}${verb}`, ''];
    // Services that share the move are listed once, folded when there are many.
    if (many)
        out.push(`<details><summary>Services</summary>`, '', (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(s.subjects.join(', ')), '', '</details>', '');
    const facts = [];
    if (s.range)
        facts.push(s.compare ? `[${s.range.split('...').map(ref).join('...')}](${safeUrl(s.compare)})` : (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .codeSpan */ .SS)(s.range));
    if (s.commits !== undefined)
        facts.push(`${s.commits} commit${s.commits === 1 ? '' : 's'}`);
    if (facts.length > 0)
        out.push(`Compare ${facts.join(' · ')}`, '');
    const items = [
        ...s.entries.map((e) => `- ${e.breaking ? '**⚠ Breaking** · ' : ''}${ref(e.version)} · ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(e.text)}${e.pulls.map((n) => ` (${pullLink(n, repoUrl)})`).join('')}`),
        ...s.pulls.map((p) => `- ${pullLink(p.number, repoUrl)} ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(p.title)}`),
    ];
    if (items.length > OPEN_LINES) {
        out.push(...items.slice(0, OPEN_LINES), '', `<details><summary>${items.length - OPEN_LINES} more</summary>`, '', ...items.slice(OPEN_LINES), '', '</details>', '');
    }
    else if (items.length > 0)
        out.push(...items, '');
    for (const n of s.notes)
        out.push(`_${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(n)}_`, '');
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
    return (0,_text_cap_js__WEBPACK_IMPORTED_MODULE_7__/* .fitToBytes */ .u8)(text, maxBytes, (o) => `_… ${(0,_text_cap_js__WEBPACK_IMPORTED_MODULE_7__/* .describeOmitted */ .QQ)(o)} of this list left out to fit the size limit._`).text;
}
/**
 * What ships, for the terminal: one line per shipment (the services sharing
 * it, the move, the commits and entries counted); the notes themselves are in
 * the pull request body, the job summary and --json.
 */
function whatsInLines(w) {
    return w.shipments.map((s) => {
        const who = s.subjects.length > SUBJECTS_IN_HEADING
            ? `${s.subjects.length} services (${s.subjects[0]} … ${s.subjects.at(-1)})`
            : s.subjects.join(', ');
        const counts = [
            ...(s.commits !== undefined ? [`${s.commits} commit${s.commits === 1 ? '' : 's'}`] : []),
            ...(s.entries.length ? [`${s.entries.length} release-note entr${s.entries.length === 1 ? 'y' : 'ies'}`] : []),
            ...(s.pulls.length ? [`${s.pulls.length} pull request${s.pulls.length === 1 ? '' : 's'}`] : []),
        ];
        const verb = s.direction === 'removes' ? 'removes' : 'ships';
        return `${verb} ${who}: ${s.from} → ${s.to}${counts.length ? ` (${counts.join(', ')})` : ''}${s.notes.length ? `; ${s.notes.join('; ')}` : ''}`;
    });
}
/** The pull request body. Every name, ref and note in it is plain text, escaped; the tables escape their cells. */
function pullBody(p) {
    const notes = p.notes?.length ? [...p.notes.map((n) => `> [!WARNING]\n> ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(n)}`), ''] : [];
    let body = pullBodyWith(p, notes, []);
    // The rendered changes go under the changes table, fitted to what the rest of the body leaves of GitHub's limit.
    const shown = (0,_fleet_js__WEBPACK_IMPORTED_MODULE_5__/* .planRenders */ .BJ)(p.plan).filter((r) => !r.noHelm);
    if (shown.length > 0) {
        const rendered = (0,_render_report_js__WEBPACK_IMPORTED_MODULE_8__/* .renderedMarkdown */ .nV)(shown, PULL_BODY_CAP - Buffer.byteLength(body, 'utf8') - 2);
        if (rendered)
            body = pullBodyWith(p, notes, [], [rendered, '']);
    }
    if (!p.whatsIn?.shipments.length)
        return body;
    // What ships goes under them, cut to what is left.
    const room = PULL_BODY_CAP - Buffer.byteLength(body, 'utf8') - 2;
    const shipped = whatsInMarkdown(p.whatsIn, p.repoUrl, room);
    if (!shipped)
        return body;
    const rendered = shown.length > 0 ? (0,_render_report_js__WEBPACK_IMPORTED_MODULE_8__/* .renderedMarkdown */ .nV)(shown, PULL_BODY_CAP - Buffer.byteLength(pullBodyWith(p, notes, [shipped, '']), 'utf8') - 2) : '';
    return pullBodyWith(p, notes, [shipped, ''], rendered ? [rendered, ''] : []);
}
function pullBodyWith(p, notes, shipped, rendered = []) {
    const { plan } = p;
    // What the gates held or let through (soak time, windows, who broke the glass), one quoted line each.
    const gate = p.gate?.length ? [...p.gate.map((n) => `> [!IMPORTANT]\n> ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(n)}`), ''] : [];
    return [
        ...notes,
        ...gate,
        `Promotes **${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(p.fromLabel)}** → **${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(p.to)}** on ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .codeSpan */ .SS)(p.base)} (base ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(p.baseSha.slice(0, 12))}).`,
        '',
        `Source: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(plan.sourceLabel)}.`,
        '',
        changesTable(plan),
        '',
        ...verifiedLines(plan),
        ...(plan.valuesDrift ? [(0,_values_drift_js__WEBPACK_IMPORTED_MODULE_3__/* .valuesDriftMarkdown */ .zK)(plan.valuesDrift), ''] : []),
        ...(plan.valuesContract ? [(0,_values_contract_js__WEBPACK_IMPORTED_MODULE_4__/* .valuesContractMarkdown */ .IB)(plan.valuesContract), ''] : []),
        ...(plan.apps ?? []).flatMap((a) => [
            ...(a.plan.valuesDrift ? [`${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(a.id)}:`, '', (0,_values_drift_js__WEBPACK_IMPORTED_MODULE_3__/* .valuesDriftMarkdown */ .zK)(a.plan.valuesDrift), ''] : []),
            ...(a.plan.valuesContract ? [`${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(a.id)}:`, '', (0,_values_contract_js__WEBPACK_IMPORTED_MODULE_4__/* .valuesContractMarkdown */ .IB)(a.plan.valuesContract), ''] : []),
        ]),
        ...rendered,
        ...shipped,
        ...(plan.drift ? ['<details><summary>Every environment</summary>', '', driftMarkdown(plan.drift), '', '</details>', ''] : []),
        'Roll back (restores what these keys pinned before this promotion):',
        '',
        // One line, in a fence no backtick run of a name can close.
        (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .codeBlock */ .DV)(rollbackCommand(p.to, p.baseSha, [...new Set(plan.changes.map((c) => c.service))], p.repository).replace(/\r\n|\r|\n/g, ' '), 'sh'),
        '',
        ...(p.ships ? [(0,_trail_trail_js__WEBPACK_IMPORTED_MODULE_9__/* .shipsMarker */ .UI)(p.ships)] : []),
        // The same words on every run (no SHA): a rerun that writes nothing leaves the body as it is.
        ...(p.commitMode === 'api' ? [API_NOTE, ''] : []),
        '<!-- lockstep:promote-env -->',
    ].join('\n');
}
/** One pin change as the `changes` output and `lockstep status --json` spell it: kebab-case keys, null for what is not pinned. */
function pinChangeRow(c) {
    return {
        service: c.service,
        ...(c.app !== undefined ? { app: c.app } : {}),
        file: c.file,
        line: c.line,
        'old-tag': c.oldTag ?? null,
        'new-tag': c.newTag ?? null,
        'old-digest': c.oldDigest ?? null,
        'new-digest': c.newDigest ?? null,
    };
}
/** The `changes` output: one entry per service (and the chart), single-line JSON. */
function changesOutput(plan) {
    const rows = plan.changes.map(pinChangeRow);
    for (const { app, chart } of (0,_fleet_js__WEBPACK_IMPORTED_MODULE_5__/* .chartChanges */ ._K)(plan))
        rows.push({
            service: 'chart',
            ...(app !== undefined ? { app } : {}),
            file: chart.file,
            line: chart.line,
            'old-version': chart.old,
            'new-version': chart.new,
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
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9888);
/* harmony import */ var _text_suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4619);
/* harmony import */ var _request_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1871);
/* harmony import */ var _place_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7479);
/* harmony import */ var _hydrated_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8606);
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
    unknownInWave(req);
    if (targets.length === 1) {
        const one = targets[0] === req.to ? req : { ...req, to: targets[0] };
        return [{ req: one, route: (0,_request_js__WEBPACK_IMPORTED_MODULE_2__/* .checkRoute */ .QF)(one) }];
    }
    if (req.from.kind === 'ref')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL) `names ${targets.length} environments; a rollback (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .named */ .KT)('from', 'ref:…')}) goes to one`, {
            input: 'to',
            hint: 'roll back one environment at a time',
        });
    return targets.map((to, k) => {
        const wave = k === 0
            ? { ...req, to }
            : { ...req, to, from: { kind: 'env', env: targets[k - 1] }, digests: undefined, version: undefined, requireChecks: [] };
        return { req: wave, route: (0,_request_js__WEBPACK_IMPORTED_MODULE_2__/* .checkRoute */ .QF)(wave) };
    });
}
/**
 * A `waves:` entry of the config that `to` names and that is no environment:
 * an error at the entry's config line, not on the input that named the wave.
 */
function unknownInWave(req) {
    const wave = req.to.trim();
    const list = req.waves?.[wave];
    if (!list)
        return;
    const names = req.environments.map((e) => e.name);
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .throwAll */ .Kx)(list.flatMap((name, k) => names.includes(name)
        ? []
        : [
            new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`wave '${wave}' names '${name}', which is not an environment${(0,_text_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .a)(name, names)}`, {
                file: req.configFile,
                line: req.waveLines?.[wave]?.[k],
                hint: `list environments of the config in waves.${wave}; environments, in order: ${names.join(', ')}`,
            }),
        ]));
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
                    detail: result.hydrated
                        ? `already runs DRY commit ${result.hydrated.drySha.slice(0, 12)} on ${result.hydrated.active}`
                        : `pins what ${wave.req.from.kind === 'env' ? wave.req.from.env : 'the source'} has`,
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
                // A gate holds this wave, named with its words (fan-in: which environment lacks which pin): the later ones wait behind it.
                steps.push({ environment: name, state: 'held', detail: heldBy(result.gate?.holds ?? []) });
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
    if (!ports.github)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL) `waves with require-checks need ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .named */ .KT)('github-token')}`, {
            hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL) `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .setting */ .Pe)('github-token')} (checks: read)`,
        });
    // A hydrated environment (hydrate: promote: lockstep) runs its active branch, not the DRY base's values file:
    // the checks GitHub ran are on the commit that landed its hydrator.metadata there (the merge of its promotion).
    const hydrated = (0,_hydrated_js__WEBPACK_IMPORTED_MODULE_4__/* .lockstepHydrated */ .D9)(previous.req, prev);
    const branch = hydrated?.active ?? previous.req.base;
    const sha = hydrated ? await (0,_hydrated_js__WEBPACK_IMPORTED_MODULE_4__/* .landedHydrated */ .IZ)(ports, hydrated) : await landedOnBase(ports, branch, (0,_place_js__WEBPACK_IMPORTED_MODULE_3__/* .pinPath */ .dj)(previous.route.to));
    if (!sha)
        return { step: { environment: name, state: 'waiting', detail: `waits for ${prev}'s promotion to land on ${branch}` } };
    const where = hydrated ? `${prev}'s hydrated commit ${sha.slice(0, 12)} (${branch})` : `${prev}'s merge commit ${sha.slice(0, 12)}`;
    const states = await ports.github.checkStates(sha, requireChecks);
    const failed = states.filter((s) => s.state === 'failure');
    if (failed.length > 0)
        return {
            step: {
                environment: name,
                state: 'stopped',
                detail: `not promoted: ${checksPhrase(failed)} on ${where}`,
            },
            stopped: { wave: name, after: prev, sha, failed, ...(hydrated ? { branch } : {}) },
        };
    const open = states.filter((s) => s.state !== 'success');
    if (open.length > 0)
        return {
            step: {
                environment: name,
                state: 'waiting',
                detail: `waits for ${checksPhrase(open)} on ${where}`,
            },
        };
    return undefined;
}
/** The last commit of `branch`'s first-parent history that changed `path`; undefined when none (or no branch). */
async function landedOnBase(ports, branch, path) {
    const tip = await ports.git.fetchBranch(branch);
    return tip ? ports.git.landedAt(tip, path) : undefined;
}
/** The waves as a table for the job summary. */
function wavesMarkdown(report) {
    // markdownTable escapes each cell: environment names, check names and URLs are plain text here.
    return [
        'Waves:',
        '',
        (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .markdownTable */ .Qj)(['wave', 'state', ''], report.steps.map((s) => [s.environment, s.state, s.detail])),
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
    const where = s.branch ? `hydrated commit ${s.sha.slice(0, 12)} (${s.branch})` : `merge commit ${s.sha.slice(0, 12)}`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`wave ${s.wave} stopped: ${checksPhrase(s.failed)} on ${s.after}'s ${where}`, {
        hint: `fix ${s.after} first (or roll it back); the next run promotes ${s.wave} once the checks are green there`,
    });
}
/** The stop as one sentence for the summary (escaped). */
function wavesStopMarkdown(report) {
    const e = wavesError(report);
    return e ? `Stopped: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeMarkdown */ .FV)(e.message)}.` : undefined;
}
/** A held wave's line: each hold as `held by <gate>: <its words>`. */
function heldBy(holds) {
    return holds.length === 0 ? 'held by a gate' : holds.map((h) => `held by ${h.gate}: ${h.message}`).join('; ');
}


/***/ })

};
