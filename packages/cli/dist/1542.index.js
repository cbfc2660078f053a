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
    const outside = (r.uncovered ?? []).flatMap((d) => r.protectedProblems.filter((p) => p.file === `${d}/Chart.yaml`));
    if (outside.length > 0)
        lines.push('**Changed chart folders outside `charts:`**', '', ...outside.map((p) => `- ❌ ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)((0,_checks_problem_js__WEBPACK_IMPORTED_MODULE_0__/* .formatProblem */ .Vw)(p))}`), '');
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


/***/ })

};
