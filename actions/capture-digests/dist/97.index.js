export const id = 97;
export const ids = [97];
export const modules = {

/***/ 8097:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  digestsJson: () => (/* binding */ digestsJson),
  digestsRunnerView: () => (/* binding */ digestsRunnerView),
  digestsStatus: () => (/* binding */ digestsStatus),
  digestsView: () => (/* binding */ digestsView),
  digestsViews: () => (/* binding */ digestsViews)
});

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

;// CONCATENATED MODULE: ./packages/core/src/operations/digests/view.ts


/** One sentence on what happened to the digests file; `code` marks the path (Markdown backticks by default, or as it is). */
function digestsStatus(r, code = (s) => `\`${s}\``) {
    const path = code(r.path);
    const status = !r.changed
        ? `${path} already holds these digests; nothing changed`
        : r.written
            ? `Wrote ${path}`
            : `Dry run: ${path} would change (diff in the log); nothing was written`;
    const kept = r.kept ? `; kept ${r.kept} other entr${r.kept === 1 ? 'y' : 'ies'} from the existing file` : '';
    const verb = r.written ? 'dropped' : 'would drop';
    const dropped = r.dropped.length
        ? `; replace ${verb} ${r.dropped.length} entr${r.dropped.length === 1 ? 'y' : 'ies'} of the existing file: ${r.dropped.join(', ')}`
        : '';
    return `${status}${kept}${dropped}`;
}
/** The capture's table: one row per image with the digest recorded and what kind of manifest it names. */
function digestsView(r) {
    return {
        title: 'capture-digests',
        // Plain text, as every view's strings are: the job summary escapes it.
        status: `${digestsStatus(r, (s) => s)}.`,
        headers: ['name', 'image', 'tag', 'digest', 'platform / index'],
        rows: r.rows.map((row) => [row.name, row.image, row.tag, row.digest, row.kind]),
        notes: [],
        warnings: r.warnings,
        statusFirst: false,
        warningStyle: 'bullets',
    };
}
/**
 * The runner's log: a line per image, each warning as an annotation, on a
 * dry run the diff in a group, then the status; the outputs and the table as
 * the job summary.
 */
function digestsRunnerView(r) {
    const steps = r.rows.map((row) => ({ info: `${row.name}: ${row.image}:${row.tag} → ${row.digest} (${row.kind})` }));
    for (const w of r.warnings)
        steps.push({ annotate: 'warning', message: w });
    if (r.changed && r.dryRun) {
        // renderDiff made the diff safe for the log already; escaping it again would fold its lines into one.
        steps.push({ group: `dry run: ${r.path} would change` }, { info: r.diff, raw: true }, { endGroup: true });
    }
    steps.push(
    // Printed as it is (no backticks), as the action always printed it.
    { info: digestsStatus(r).replace(/`/g, ''), raw: true }, { output: 'digests', value: r.outputs.digests }, { output: 'file', value: r.outputs.file }, { summary: renderMarkdown(digestsView(r)) });
    return { steps };
}
/** The digests operation's views: the runner's and the terminal's. */
const digestsViews = {
    runner: digestsRunnerView,
    terminal: digestsView,
    failure: () => undefined,
    json: digestsJson,
};
/** `lockstep digests --json`: the file's path and whole content (the `digests` output as the object it is), each image resolved. */
function digestsJson(r) {
    return commandJson('digests', {
        'dry-run': r.dryRun,
        status: `${digestsStatus(r, (s) => s)}.`,
        file: r.outputs.file,
        changed: r.changed,
        written: r.written,
        digests: parsedOutput(r.outputs.digests),
        images: r.rows.map((row) => ({ name: row.name, image: row.image, tag: row.tag, digest: row.digest, kind: row.kind })),
        warnings: r.warnings,
    });
}


/***/ })

};
