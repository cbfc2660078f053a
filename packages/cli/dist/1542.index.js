export const id = 1542;
export const ids = [1542];
export const modules = {

/***/ 2368:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ET: () => (/* binding */ fromUserError),
/* harmony export */   Vw: () => (/* binding */ formatProblem),
/* harmony export */   Yl: () => (/* binding */ asUserError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);

/** The one-line form of a problem: `path:line: what — fix`. */
function formatProblem(p) {
    return asUserError(p).format();
}
/** A problem as the UserError a face reports (an annotation on the runner, `path:line` on a terminal). */
function asUserError(p) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(p.message, { file: p.file || undefined, line: p.line, hint: p.hint });
}
/** A UserError caught while checking a chart, kept as an error finding of that chart. */
function fromUserError(e) {
    return { level: 'error', file: e.file ?? '', line: e.line, message: e.message, hint: e.hint };
}


/***/ }),

/***/ 1542:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   chartRows: () => (/* binding */ chartRows),
/* harmony export */   checkFailure: () => (/* binding */ checkFailure),
/* harmony export */   checkLogLine: () => (/* binding */ checkLogLine),
/* harmony export */   checkMarkdown: () => (/* binding */ checkMarkdown),
/* harmony export */   checkRunnerView: () => (/* binding */ checkRunnerView),
/* harmony export */   checkTitle: () => (/* binding */ checkTitle),
/* harmony export */   checkView: () => (/* binding */ checkView),
/* harmony export */   checkWarnings: () => (/* binding */ checkWarnings),
/* harmony export */   comparedSentence: () => (/* binding */ comparedSentence),
/* harmony export */   configChangeSentence: () => (/* binding */ configChangeSentence),
/* harmony export */   howToFix: () => (/* binding */ howToFix),
/* harmony export */   protectedRows: () => (/* binding */ protectedRows),
/* harmony export */   view: () => (/* binding */ view)
/* harmony export */ });
/* harmony import */ var _checks_problem_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2368);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8960);
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9888);
/* harmony import */ var _text_cap_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7841);
/* harmony import */ var _render_report_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5914);






// The check's renderings (the runner's log and job summary, and the terminal) are built from the
// same rows and sentences below, so the action and `lockstep check` cannot tell different stories.
const CHART_HEADERS = ['Chart', 'Version (base → head)', 'Required', 'Result', 'Why'];
const PROTECTED_HEADERS = ['Protected values file', 'Result'];
const NOTHING_CHANGED = 'No chart changed in a way `helm package` would see.';
/** The heading: the action's name and the verdict. */
function checkTitle(r) {
    return `chart-bump-check: ${r.ok ? 'passed' : 'failed'}`;
}
/** What was compared, as one sentence; `code` marks a commit (Markdown backticks, or nothing on a terminal). */
function comparedSentence(r, code = (s) => `\`${s}\``) {
    const short = (s) => code(s.slice(0, 12));
    const tip = r.range.baseTip ? `, base branch tip ${short(r.range.baseTip)}` : '';
    const mb = r.range.mergeBase ? `merge base ${short(r.range.mergeBase)}` : 'their merge base';
    return `Compared head ${short(r.range.head)} with ${mb} (base ${short(r.range.base)}${tip}).`;
}
/**
 * The note on a pull request that changes the config file: the base's version
 * was applied, and what the pull request's version would have decided.
 */
function configChangeSentence(r, code = _text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS, text = _text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV) {
    const c = r.configChange;
    if (!c)
        return undefined;
    const would = c.verdict === 'pass'
        ? 'it would pass'
        : c.verdict === 'fail'
            ? `it would fail (${c.errors} error${c.errors === 1 ? '' : 's'})`
            : `the check could not run: ${text(c.problem ?? 'unknown')}`;
    return `This pull request ${c.deleted ? 'deletes' : 'changes'} ${code(c.file)}. The check applied the base commit's version of it; under the pull request's version ${would}.`;
}
/** A changed chart's line in the log: ok or FAIL, its versions and the level it needed. */
function checkLogLine(c) {
    return `${c.ok ? 'ok  ' : 'FAIL'} ${c.path}: ${c.base ?? '(new)'} → ${c.head ?? '(deleted)'} (required: ${c.required})`;
}
/** One row per changed chart: chart, base → head, required level, result, why (reasons, then problems). */
function chartRows(r) {
    return r.charts.map((c) => {
        const result = !c.ok ? '❌ fail' : c.problems.length > 0 ? '⚠️ pass with warnings' : '✅ pass';
        const why = [...c.reasons, ...c.problems.map((p) => `${p.level === 'warning' ? 'warning: ' : ''}${(0,_checks_problem_js__WEBPACK_IMPORTED_MODULE_0__/* .formatProblem */ .Vw)(p)}`)];
        return [`${c.name} (${c.path})`, `${c.base ?? '(new)'} → ${c.head ?? '(deleted)'}`, c.required, result, why.join('\n')];
    });
}
/** One row per protected values file: every image pinned, or what is not; then one per protected Application file: exact chart versions, or what is not. */
function protectedRows(r) {
    const row = (f, ok) => {
        const mine = r.protectedProblems.filter((p) => p.file === f);
        return [f, mine.length === 0 ? ok : mine.map((p) => `❌ ${(0,_checks_problem_js__WEBPACK_IMPORTED_MODULE_0__/* .formatProblem */ .Vw)(p)}`).join('\n')];
    };
    return [
        ...r.protectedFiles.map((f) => row(f, '✅ every image pinned by digest')),
        ...(r.protectedApplications ?? []).map((f) => row(f, '✅ every chart version exact')),
    ];
}
/**
 * The job summary: what was compared, then one row per changed chart and the
 * protected values files checked, then how to fix each failing chart. Every
 * cell is escaped; file contents never become markup.
 */
function checkMarkdown(r) {
    const lines = [`### ${checkTitle(r)}`, '', comparedSentence(r), ''];
    if (r.range.fetched.length > 0)
        lines.push(`Fetched from origin: ${r.range.fetched.map(_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV).join('; ')}.`, '');
    const config = configChangeSentence(r);
    if (config)
        lines.push(config, '');
    if (r.charts.length === 0)
        lines.push(NOTHING_CHANGED, '');
    else {
        lines.push((0,_report_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownTable */ .Q)(CHART_HEADERS, chartRows(r)), '');
        const fixes = r.charts.filter((c) => !c.ok).map((c) => howToFix(c));
        if (fixes.length > 0)
            lines.push('**How to fix**', '', ...fixes, '');
    }
    if (r.protectedFiles.length > 0 || (r.protectedApplications?.length ?? 0) > 0)
        lines.push((0,_report_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownTable */ .Q)(PROTECTED_HEADERS, protectedRows(r)), '');
    // What the cluster would receive, per environment deploying a changed chart (fitted under half the summary's cap).
    // No Helm on PATH (auto) is the log's one line, not the summary's.
    const shown = r.rendered?.filter((e) => !e.noHelm) ?? [];
    const rendered = shown.length > 0 ? (0,_render_report_js__WEBPACK_IMPORTED_MODULE_4__/* .renderedMarkdown */ .nV)(shown, _text_cap_js__WEBPACK_IMPORTED_MODULE_5__/* .SUMMARY_CAP */ .GY / 2, 'lockstep check') : '';
    if (rendered)
        lines.push(rendered, '');
    return lines.join('\n');
}
/**
 * The terminal's view of the same result: the charts table, the compared
 * sentence as the status, each protected file and each fix as a note, and
 * the warnings (which on the runner are annotations).
 */
function checkView(r) {
    const status = [
        comparedSentence(r, (s) => s),
        ...(r.charts.length === 0 ? [NOTHING_CHANGED.replace(/`/g, '')] : []),
        r.ok ? 'The check passed.' : 'The check failed.',
    ];
    return {
        title: checkTitle(r),
        status: status.join(' '),
        headers: CHART_HEADERS,
        rows: chartRows(r),
        notes: [
            ...r.range.fetched.map((f) => `fetched from origin: ${f}`),
            ...(r.configChange
                ? [
                    configChangeSentence(r, (s) => s, (s) => s),
                ]
                : []),
            ...protectedRows(r).map(([file, result]) => `protected ${file}: ${result.replace(/\n/g, '; ')}`),
            ...r.charts.filter((c) => !c.ok).map((c) => `how to fix: ${howToFix(c, terminalCode).replace(/^- /, '')}`),
        ],
        warnings: checkWarnings(r).map(_checks_problem_js__WEBPACK_IMPORTED_MODULE_0__/* .formatProblem */ .Vw),
        ...(r.rendered ? { diff: (0,_render_report_js__WEBPACK_IMPORTED_MODULE_4__/* .renderedLines */ .HY)(r.rendered) } : {}),
    };
}
const markdownCode = { code: (s) => (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(s), text: _text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV };
/** The terminal's: `lockstep bump` with its flags, not the bump-chart step's inputs. */
const terminalCode = {
    code: (s) => s,
    text: (s) => s,
    bump: (path, level) => `lockstep bump --charts ${path} --level ${level}`,
};
/**
 * One line per failing chart: the exact `version:` to write or the bump-chart
 * step that writes it, then the fixes of its other problems (each problem's
 * own text is in the table already).
 */
function howToFix(c, style = markdownCode) {
    const chartFile = c.path === '.' ? 'Chart.yaml' : `${c.path}/Chart.yaml`;
    const steps = [];
    if (c.fix)
        steps.push(`write ${style.code(`version: ${c.fix.version}`)} in ${style.code(chartFile)}, or run ${style.bump ? style.bump(c.path, c.fix.level) : `bump-chart with ${style.code(`charts: ${c.path}`)} and ${style.code(`level: ${c.fix.level}`)}`}`);
    const versionProblem = (p) => c.fix !== undefined && p.file === chartFile && p.hint?.startsWith('needs ');
    const breakingKey = (p) => c.fix !== undefined && p.hint?.startsWith('breaking, needs ');
    for (const p of c.problems) {
        if (p.level !== 'error' || versionProblem(p) || breakingKey(p) || !p.hint)
            continue;
        // A changelog section is needed for the version being written, not the one the head has now.
        const hint = c.fix && c.head ? p.hint.split(`## [${c.head}]`).join(`## [${c.fix.version}]`) : p.hint;
        const step = style.text(hint);
        if (!steps.includes(step))
            steps.push(step);
    }
    return `- ${style.text(c.name)} (${style.code(c.path)}): ${steps.length > 0 ? steps.join('; then ') : 'see the problems above'}`;
}
/** The check's two views of a result: the runner's and the terminal's. */
const view = { runner: checkRunnerView, terminal: checkView };
/**
 * What the runner is told, in order: a log group with what was fetched and
 * one line per changed chart, the outputs, the job summary, one warning
 * annotation per warning at its file and line; then the failures, through
 * the one failure path (an annotation each, exit 1), after the outputs are
 * set (the summary's tables already list them).
 */
function checkRunnerView(r) {
    const steps = [{ group: 'chart-bump-check' }];
    for (const note of r.range.fetched)
        steps.push({ info: note });
    for (const c of r.charts)
        steps.push({ info: checkLogLine(c) });
    if (r.charts.length === 0)
        steps.push({ info: 'no chart changed' });
    for (const e of r.rendered ?? [])
        steps.push({ info: `rendered: ${(0,_render_report_js__WEBPACK_IMPORTED_MODULE_4__/* .countLine */ .QK)(e)}` });
    steps.push({ endGroup: true });
    // Typed by its keys, so Object.entries sees string values (an interface alone gives it `any`).
    const outputs = r.outputs;
    for (const [k, v] of Object.entries(outputs))
        steps.push({ output: k, value: v });
    steps.push({ summary: checkMarkdown(r) });
    for (const p of checkWarnings(r))
        steps.push({ annotate: 'warning', message: (0,_checks_problem_js__WEBPACK_IMPORTED_MODULE_0__/* .formatProblem */ .Vw)(p), file: p.file || undefined, line: p.line, title: 'lockstep' });
    return { steps, failure: checkFailure(r) };
}
/** The failures of a check as the faces report them (one `path:line: what — fix` each); undefined when it passed. */
function checkFailure(r) {
    if (r.ok)
        return undefined;
    const failures = [
        ...r.charts.flatMap((c) => c.problems),
        ...r.protectedProblems,
        ...(r.configChange?.invalid ? [r.configChange.invalid] : []),
    ].filter((p) => p.level === 'error');
    // The summary's tables list them already: the runner's summary must not repeat them.
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserErrors */ .tQ(failures.map(_checks_problem_js__WEBPACK_IMPORTED_MODULE_0__/* .asUserError */ .Yl), { summarized: true });
}
/** The warnings of a check, charts first. */
function checkWarnings(r) {
    return [...r.charts.flatMap((c) => c.problems), ...r.protectedProblems].filter((p) => p.level === 'warning');
}


/***/ }),

/***/ 5914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HY: () => (/* binding */ renderedLines),
/* harmony export */   QK: () => (/* binding */ countLine),
/* harmony export */   gA: () => (/* binding */ renderedJson),
/* harmony export */   nV: () => (/* binding */ renderedMarkdown)
/* harmony export */ });
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9888);
// What a rendered comparison says, in each face: one count line per
// environment ("3 changed, 1 added, 0 removed in prod"), what was ignored and
// why, each object in a <details> fold with its diff, the whole fitted under
// a size in UTF-8 bytes (under GitHub's 65,536 characters for a pull request body) with a note of
// what was cut; the terminal's lines (coloured by the face); the --json rows.

/** The lines of a rendered comparison that are not the objects: the count, the ignored, the unread. */
function countLine(e) {
    if (e.status === 'skipped')
        return `${e.environment}: not rendered: ${e.message ?? ''}`.trimEnd();
    if (e.status === 'failed')
        return `${e.environment}: the chart does not render after the change: ${firstLine(e.message)}`;
    const d = e.diff;
    const parts = [`${d.counts.changed} changed, ${d.counts.added} added, ${d.counts.removed} removed in ${e.environment}`];
    if (e.what)
        parts[0] += ` (${e.what})`;
    const extra = [];
    if (d.ignoredLines > 0)
        extra.push(`${d.ignoredLines} ignored line${d.ignoredLines === 1 ? '' : 's'} changed (chart-version labels, checksum annotations, render.ignore)`);
    if (d.nondeterministic > 0)
        extra.push(`${d.nondeterministic} value${d.nondeterministic === 1 ? '' : 's'} differ${d.nondeterministic === 1 ? 's' : ''} between two renders of the same input (randAlphaNum, genCA, now…): ignored`);
    if (d.unread.length > 0)
        extra.push(`ignoreDifferences not applied (only field paths are read): ${d.unread.join(', ')}`);
    return [parts[0], ...extra].join('; ');
}
function firstLine(s) {
    return ((s ?? '')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .pop() ?? '');
}
/** `added (1,234 bytes)`, `changed (1,234 → 1,300 bytes)`. */
function sizeText(c) {
    const n = (x) => (x ?? 0).toLocaleString('en-US');
    if (c.change === 'added')
        return `${n(c.size?.after)} bytes`;
    if (c.change === 'removed')
        return `${n(c.size?.before)} bytes`;
    return `${n(c.size?.before)} → ${n(c.size?.after)} bytes`;
}
/** One object's fold. */
function objectMarkdown(c) {
    const head = `${c.change}: ${c.object}`;
    if (c.size)
        return `- ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(head)} (summarized, ${sizeText(c)})`;
    return [`<details><summary>${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(head)}</summary>`, '', (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeBlock */ .DV)(c.diff, 'diff'), '', '</details>'].join('\n');
}
/**
 * The "Rendered changes" section, at most `room` characters: every
 * environment's count line and failure, then its objects' folds while they
 * fit; the folds that do not are counted in a note. '' when there is nothing.
 */
function renderedMarkdown(envs, room, rerun = 'lockstep promote --dry-run') {
    if (envs.length === 0)
        return '';
    const head = ['### Rendered changes', ''];
    for (const e of envs) {
        head.push(`- ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(countLine(e))}`);
        if (e.beforeFailed)
            head.push(`  - the current state does not render (every object shows as added): ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(firstLine(e.beforeFailed))}`);
    }
    head.push('');
    for (const e of envs)
        if (e.status === 'failed' && e.message)
            head.push(`Helm's message for ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(e.environment)}:`, '', (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeBlock */ .DV)(e.message), '');
    let text = `${head.join('\n')}\n`;
    const folds = envs.flatMap((e) => (e.diff?.changes ?? []).map((c) => ({ e, c })));
    let cut = 0;
    const note = (n) => `\n> [!NOTE]\n> ${n} object${n === 1 ? '' : 's'}' diff${n === 1 ? '' : 's'} cut to fit the 65,536 characters GitHub allows; \`${rerun}\` prints them all.\n`;
    const reserve = bytes(note(folds.length)) + 2;
    let lastEnv;
    for (const { e, c } of folds) {
        const title = envs.length > 1 && e.environment !== lastEnv ? `**${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(e.environment)}**\n\n` : '';
        const piece = `${title}${objectMarkdown(c)}\n\n`;
        if (cut === 0 && bytes(text) + bytes(piece) + reserve <= room) {
            text += piece;
            lastEnv = e.environment;
        }
        else
            cut++;
    }
    if (cut > 0)
        text += note(cut);
    // Only the heading and count lines can still be over a tiny room: then nothing is better than a cut fold.
    return bytes(text) <= room ? text.trimEnd() : '';
}
const bytes = (s) => Buffer.byteLength(s, 'utf8');
/** The terminal's lines: the count line, then per object its heading and diff (the face colours `+`, `-` and `@@` lines). */
function renderedLines(envs) {
    const out = [];
    for (const e of envs) {
        out.push(countLine(e));
        if (e.beforeFailed)
            out.push(`  the current state does not render (every object shows as added): ${firstLine(e.beforeFailed)}`);
        if (e.status === 'failed' && e.message)
            out.push(...e.message.split('\n').map((l) => `  ${l}`));
        for (const c of e.diff?.changes ?? []) {
            out.push(`${c.change}: ${c.object}${c.size ? ` (summarized, ${sizeText(c)})` : ''}`);
            if (!c.size)
                out.push(...c.diff.split('\n'));
        }
    }
    return out;
}
/** `rendered` in --json: one row per object that changes, and per environment that failed or was skipped (object empty). */
function renderedJson(envs) {
    return envs.flatMap((e) => e.status !== 'rendered'
        ? [{ environment: e.environment, object: '', change: e.status, diff: e.message ?? '' }]
        : e.diff.changes.map((c) => ({
            environment: e.environment,
            object: c.object,
            change: c.change,
            diff: c.size ? `(summarized, ${sizeText(c)})` : c.diff,
        })));
}


/***/ }),

/***/ 7841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GY: () => (/* binding */ SUMMARY_CAP),
/* harmony export */   Ol: () => (/* binding */ headLines),
/* harmony export */   QQ: () => (/* binding */ describeOmitted),
/* harmony export */   eN: () => (/* binding */ LOG_LINES_CAP),
/* harmony export */   ix: () => (/* binding */ BODY_CAP),
/* harmony export */   u8: () => (/* binding */ fitToBytes)
/* harmony export */ });
/* unused harmony export OUTPUT_CAP */
/* harmony import */ var _parts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3491);

/**
 * Size limits the runner enforces, and the cuts that keep lockstep under them.
 * GitHub drops a step's whole job summary over 1 MiB ("upload aborted") and
 * drops or cuts a step output over 1 MB, so a huge release must be shortened
 * here, at a line boundary and with a note saying what was left out, rather
 * than lost there. Sizes are UTF-8 bytes: that is what the runner counts.
 */
/** Characters GitHub takes in a pull request, issue or comment body: it refuses longer ones (422 "body is too long"). */
const BODY_CAP = 65_536;
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
 * not even the note fits, the result is empty. Text given in parts is fitted
 * as their concatenation, without making it: a long release's summary is its
 * notes with a few lines around them, and joining them would copy the notes
 * only to keep their first megabyte.
 */
function fitToBytes(text, maxBytes, note) {
    const parts = typeof text === 'string' ? [text] : text;
    let total = 0;
    for (const p of parts)
        total += Buffer.byteLength(p, 'utf8');
    if (total <= maxBytes)
        return { text: typeof text === 'string' ? text : text.join('') };
    // maxBytes UTF-16 units give at least maxBytes bytes: the cut is in this head, and encoding it into fewer bytes
    // stops before its end (where a surrogate pair may be cut in two).
    const whole = (0,_parts_js__WEBPACK_IMPORTED_MODULE_0__/* .textHead */ .Up)(parts, maxBytes);
    // A newline byte is a newline character and nothing else in UTF-8, so lines are counted in the string.
    let lines = 1;
    for (const p of parts)
        lines += newlines(p);
    // The note's length depends on the counts; the largest counts bound it.
    const noteBound = Buffer.byteLength(note({ lines, bytes: total }), 'utf8') + 1;
    const room = maxBytes - noteBound;
    // Bytes, not UTF-16 units, decide the cut: the head is encoded once to learn how much of it fits in `room` bytes
    // (a character is never split), and never decoded back — the text kept is a slice of the head. The cut is the
    // last newline that fits: the lines ending before it are kept, bytes [0, cutBytes) plus the newline.
    const fits = room > 0 ? new TextEncoder().encodeInto(whole, new Uint8Array(room)) : { read: 0, written: 0 };
    let cut = fits.read > 0 ? whole.lastIndexOf('\n', fits.read - 1) : -1;
    let cutBytes = cut < 0 ? -1 : fits.written - Buffer.byteLength(whole.slice(cut, fits.read), 'utf8');
    for (;;) {
        if (cut < 0)
            return { text: '', omitted: { lines, bytes: total } };
        const kept = whole.slice(0, cut);
        const open = openBlocks(kept);
        const tail = [];
        if (open.fence)
            tail.push(open.fence);
        // A blank line first: GitHub renders Markdown after an HTML block only when a blank line ends it.
        if (open.details)
            tail.push('', ...Array.from({ length: open.details }, () => '</details>'));
        const closing = tail.reduce((n, l) => n + l.length + 1, 0);
        if (cutBytes + 1 + closing + noteBound <= maxBytes) {
            // The lines after the newline at `cut`: all of them but the kept ones and that newline's.
            const omitted = { lines: lines - newlines(kept) - 1, bytes: total - cutBytes - 1 };
            return { text: [kept, ...tail, note(omitted)].join('\n'), omitted };
        }
        // The closing lines do not fit after these: one line fewer.
        const before = cut > 0 ? whole.lastIndexOf('\n', cut - 1) : -1;
        cutBytes = before < 0 ? -1 : cutBytes - Buffer.byteLength(whole.slice(before, cut), 'utf8');
        cut = before;
    }
}
/** How many `\n` a text holds. */
function newlines(text) {
    let n = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}
/**
 * The first `max` lines of `text`, and how many lines were left out. A text
 * in parts is read in place: only the lines kept are joined.
 */
function headLines(text, max) {
    const t = (0,_parts_js__WEBPACK_IMPORTED_MODULE_0__/* .viewText */ .TO)(text);
    let at = -1;
    for (let i = 0; i < max; i++) {
        at = t.indexOf('\n', at + 1);
        if (at === -1)
            return { text: (0,_parts_js__WEBPACK_IMPORTED_MODULE_0__/* .joinText */ ._V)(text), more: 0 };
    }
    if (at + 1 === t.length)
        return { text: (0,_parts_js__WEBPACK_IMPORTED_MODULE_0__/* .joinText */ ._V)(text), more: 0 };
    let more = t.endsWith('\n') ? 0 : 1;
    for (let i = t.indexOf('\n', at + 1); i !== -1; i = t.indexOf('\n', i + 1))
        more++;
    return { text: t.slice(0, at), more };
}
/** "1 line" / "2 lines", "980 KiB": the counts of a note. */
function describeOmitted(o) {
    const size = o.bytes >= 1024 * 1024 ? `${(o.bytes / (1024 * 1024)).toFixed(1)} MiB` : `${Math.max(1, Math.round(o.bytes / 1024))} KiB`;
    return `${o.lines} ${o.lines === 1 ? 'line' : 'lines'} (${size})`;
}


/***/ }),

/***/ 3491:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QV: () => (/* binding */ sameText),
/* harmony export */   TO: () => (/* binding */ viewText),
/* harmony export */   Up: () => (/* binding */ textHead),
/* harmony export */   _V: () => (/* binding */ joinText),
/* harmony export */   sc: () => (/* binding */ textLength)
/* harmony export */ });
/* unused harmony export PartsView */
/** The text's length in UTF-16 units. */
function textLength(t) {
    if (typeof t === 'string')
        return t.length;
    let n = 0;
    for (const p of t)
        n += p.length;
    return n;
}
/** The text as one string (joins parts: only where the whole is needed). */
function joinText(t) {
    return typeof t === 'string' ? t : t.join('');
}
/** Whether two texts (or absent files) are the same characters, joining only when their lengths are equal. */
function sameText(a, b) {
    if (a === b)
        return true;
    if (a === undefined || b === undefined)
        return false;
    if (textLength(a) !== textLength(b))
        return false;
    return joinText(a) === joinText(b);
}
/** The first `max` UTF-16 units of the text (all of it when shorter), joining only those. */
function textHead(t, max) {
    if (typeof t === 'string')
        return t.length > max ? t.slice(0, max) : t;
    if (t.length === 1)
        return textHead(t[0], max);
    let out = '';
    for (const p of t) {
        const room = max - out.length;
        if (room <= 0)
            break;
        out += p.length > room ? p.slice(0, room) : p;
    }
    return out;
}
/**
 * A read-only view of a text in parts with the string methods a line walk
 * needs (`length`, `slice`, `startsWith`, `endsWith`, `indexOf` of one
 * character), reading the parts in place: a slice spanning parts is the only
 * string it makes.
 */
class PartsView {
    length;
    parts;
    /** Where each part starts in the text. */
    starts;
    constructor(parts) {
        this.parts = parts.filter((p) => p !== '');
        this.starts = [];
        let n = 0;
        for (const p of this.parts) {
            this.starts.push(n);
            n += p.length;
        }
        this.length = n;
    }
    /** The index of the part holding position `pos` (0 ≤ pos < length). */
    partAt(pos) {
        let lo = 0;
        let hi = this.parts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= pos)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    }
    /** As String.prototype.slice with 0 ≤ from ≤ to (to defaults to the end; both clamped to the text). */
    slice(from, to = this.length) {
        from = Math.max(0, Math.min(from, this.length));
        to = Math.max(from, Math.min(to, this.length));
        if (from === to)
            return '';
        let k = this.partAt(from);
        let out = '';
        for (let pos = from; pos < to; k++) {
            const start = this.starts[k];
            const piece = this.parts[k].slice(pos - start, to - start);
            out += piece;
            pos += piece.length;
        }
        return out;
    }
    /** As String.prototype.startsWith with a position. */
    startsWith(s, pos = 0) {
        if (pos < 0 || pos + s.length > this.length)
            return false;
        return this.slice(pos, pos + s.length) === s;
    }
    /** As String.prototype.endsWith without a position. */
    endsWith(s) {
        return this.startsWith(s, this.length - s.length);
    }
    /** As String.prototype.indexOf for one character: the first position ≥ from holding it, or -1. */
    indexOf(ch, from = 0) {
        if (ch.length !== 1)
            throw new Error('PartsView.indexOf looks for one character');
        if (from >= this.length)
            return -1;
        for (let k = this.partAt(Math.max(0, from)); k < this.parts.length; k++) {
            const start = this.starts[k];
            const at = this.parts[k].indexOf(ch, Math.max(0, from - start));
            if (at !== -1)
                return start + at;
        }
        return -1;
    }
}
/** A TextView of the text. */
function viewText(t) {
    return typeof t === 'string' ? t : new PartsView(t);
}


/***/ })

};
