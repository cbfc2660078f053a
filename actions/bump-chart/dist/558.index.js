export const id = 558;
export const ids = [558];
export const modules = {

/***/ 3558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bumpJson: () => (/* binding */ bumpJson),
  bumpLogLine: () => (/* binding */ bumpLogLine),
  bumpStatus: () => (/* binding */ bumpStatus),
  bumpView: () => (/* binding */ bumpView),
  bumpViews: () => (/* binding */ bumpViews),
  runnerView: () => (/* binding */ runnerView)
});

// EXTERNAL MODULE: ./packages/core/src/charts/bump.ts + 8 modules
var bump = __webpack_require__(949);
// EXTERNAL MODULE: ./packages/core/src/text/markdown.ts + 1 modules
var markdown = __webpack_require__(5581);
;// CONCATENATED MODULE: ./packages/core/src/report/view.ts

/** The job-summary rendering of a view. Every string of the view is plain text: all of it is escaped (escapeMarkdown, escapeTableCell). */
function renderMarkdown(v) {
    const table = (0,markdown/* markdownTable */.Qj)(v.headers, v.rows);
    const list = (items, mark = '') => items.map((n) => `- ${mark}${(0,markdown/* escapeMarkdown */.FV)(n)}`).join('\n');
    const title = (0,markdown/* escapeMarkdown */.FV)(v.title);
    const status = (0,markdown/* escapeMarkdown */.FV)(v.status);
    const noted = v.notes.length ? `\n**Notes**\n\n${list(v.notes)}\n` : '';
    const warned = !v.warnings.length
        ? ''
        : v.warningStyle === 'bullets'
            ? `\n${list(v.warnings, '⚠️ ')}\n`
            : `\n**Warnings**\n\n${list(v.warnings)}\n`;
    if (v.statusFirst === false)
        return `### ${title}\n\n${table}\n\n${status}\n${noted}${warned}`;
    return `### ${title}\n\n${status}\n\n${table}\n${noted}${warned}`;
}
/** No colour: what a pipe, a file or NO_COLOR gets. */
const plainStyle = {
    bold: (s) => s,
    dim: (s) => s,
    yellow: (s) => s,
    green: (s) => s,
    red: (s) => s,
    cyan: (s) => s,
};
/** ANSI colour for a TTY. */
const ansiStyle = {
    bold: (s) => `\u001b[1m${s}\u001b[22m`,
    dim: (s) => `\u001b[2m${s}\u001b[22m`,
    yellow: (s) => `\u001b[33m${s}\u001b[39m`,
    green: (s) => `\u001b[32m${s}\u001b[39m`,
    red: (s) => `\u001b[31m${s}\u001b[39m`,
    cyan: (s) => `\u001b[36m${s}\u001b[39m`,
};
/**
 * Text from files and registries shown on a terminal: control characters
 * (an ESC would start an escape sequence the file's author chose) are shown
 * as `\xNN`; tabs stay.
 */
function terminalSafe(s) {
    return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
/** How a diff line is coloured: `+` green, `-` red, `@@` cyan, context plain, headings bold. */
function diffLineStyle(l, style) {
    if (l.startsWith('@@'))
        return style.cyan;
    if (l.startsWith('+'))
        return style.green;
    if (l.startsWith('-'))
        return style.red;
    if (l.startsWith(' ') || l === '')
        return (s) => s;
    return style.bold;
}
/**
 * The terminal rendering of a view: columns padded to their widest line, a
 * multi-line cell continued on the following lines, then the status, notes
 * and warnings. Text is printed as it is: a terminal runs no workflow commands.
 */
function renderTerminal(v, style = plainStyle) {
    const split = (c) => terminalSafe(c.replace(/\r?\n/g, '\n')).split('\n');
    const widths = v.headers.map((h, i) => Math.max(h.length, ...v.rows.map((r) => Math.max(...split(r[i] ?? '').map((l) => l.length)))));
    const line = (cells) => cells
        .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
        .join('  ')
        .trimEnd();
    const out = [style.bold(line(v.headers))];
    for (const r of v.rows) {
        const parts = r.map(split);
        const height = Math.max(...parts.map((p) => p.length));
        for (let k = 0; k < height; k++)
            out.push(line(parts.map((p) => p[k] ?? '')));
    }
    if (v.diff?.length)
        out.push('', ...v.diff.map((l) => diffLineStyle(l, style)(terminalSafe(l))));
    if (v.errors?.length)
        out.push('', ...v.errors.map((e) => style.red(`error: ${terminalSafe(e)}`)));
    out.push('', terminalSafe(v.status));
    if (v.notes.length)
        out.push('', ...v.notes.map((n) => style.dim(`note: ${terminalSafe(n)}`)));
    if (v.warnings.length)
        out.push('', ...v.warnings.map((w) => style.yellow(`warning: ${terminalSafe(w)}`)));
    return `${out.join('\n')}\n`;
}

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
;// CONCATENATED MODULE: ./packages/core/src/contract/json.ts

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

;// CONCATENATED MODULE: ./packages/core/src/operations/bump/view.ts



/** A bump's views: the runner's log, annotations, outputs and summary; the terminal's table (the summary's story). */
const bumpViews = { runner: runnerView, terminal: bumpView, failure: () => undefined, json: bumpJson };
/** `lockstep bump --json`: the action's outputs as values, then the notes, warnings and the base the levels applied to. */
function bumpJson(r) {
    return commandJson('bump', {
        'dry-run': r.dryRun,
        status: bumpStatus(r),
        version: stringOrNull(r.outputs.version),
        'previous-version': stringOrNull(r.outputs['previous-version']),
        'app-version': stringOrNull(r.outputs['app-version']),
        'changed-files': parsedOutput(r.outputs['changed-files']),
        charts: parsedOutput(r.outputs.charts),
        base: r.base ?? null,
        notes: r.notes,
        warnings: r.warnings.map(bump/* formatWarning */.W3),
    });
}
/**
 * What the runner is told, in order: the warnings as annotations at their
 * file and line, the diff (already safe for the log), the charts with the
 * base they were measured against, the status line, the outputs, the summary.
 */
function runnerView(r) {
    const steps = r.warnings.map((w) => ({ annotate: 'warning', message: w.message, file: w.file, line: w.line }));
    if (r.diff !== '')
        steps.push({ group: r.dryRun ? 'Diff (dry run: nothing written)' : 'Diff' }, { info: r.diff, raw: true }, { endGroup: true });
    steps.push({ group: `Charts (${r.charts.length})` });
    if (r.base)
        steps.push({ info: `levels apply to the chart versions at ${r.base}` });
    steps.push(...r.charts.map((c) => ({ info: bumpLogLine(c) })), ...r.notes.map((n) => ({ info: n })), { endGroup: true });
    steps.push({ info: bumpStatus(r) });
    // Typed by its keys, so Object.entries sees string values (an interface alone gives it `any`).
    const outputs = r.outputs;
    steps.push(...Object.entries(outputs).map(([output, value]) => ({ output, value })));
    steps.push({ summary: renderMarkdown(bumpView(r)) });
    return { steps };
}
/** One sentence on what a bump changed. */
function bumpStatus(r) {
    if (r.changes.length === 0)
        return 'Nothing to change: every chart already has these versions and changelog entries.';
    return r.dryRun ? `Dry run: ${r.changes.length} file(s) would change; nothing was written.` : `${r.changes.length} file(s) changed.`;
}
/** A chart's line in the log: name, path, and both versions before → after. */
function bumpLogLine(r) {
    return `${r.name} (${r.path})${r.cascaded ? ' [cascaded]' : ''}: version ${r['previous-version']} → ${r.version}, appVersion ${r['previous-app-version'] || '—'} → ${r['app-version'] || '—'}`;
}
/** The bump's table: one row per chart, versions before → after, the files that changed. */
function bumpView(r) {
    const arrow = (a, b) => (a === b ? `${a || '—'} (unchanged)` : `${a || '—'} → ${b}`);
    return {
        title: 'bump-chart',
        status: bumpStatus(r),
        headers: ['Chart', 'Version', 'appVersion', 'Files changed'],
        rows: r.charts.map((c) => [
            `${c.name} (${c.path})${c.cascaded ? ' — cascaded' : ''}`,
            arrow(c['previous-version'], c.version),
            arrow(c['previous-app-version'], c['app-version']),
            c.files.length ? c.files.join('\n') : 'none',
        ]),
        notes: r.notes,
        warnings: r.warnings.map(bump/* formatWarning */.W3),
    };
}


/***/ })

};
