export const id = 407;
export const ids = [407];
export const modules = {

/***/ 1407:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hydrateJson: () => (/* binding */ hydrateJson),
  hydrateRunnerView: () => (/* binding */ hydrateRunnerView),
  hydrateStatus: () => (/* binding */ hydrateStatus),
  hydrateView: () => (/* binding */ hydrateView),
  hydrateViews: () => (/* binding */ hydrateViews)
});

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

;// CONCATENATED MODULE: ./packages/core/src/operations/hydrate/view.ts


const STATUS = {
    created: 'created',
    updated: 'updated',
    unchanged: 'unchanged (same manifests)',
    'would-create': 'would create (dry run)',
    'would-update': 'would update (dry run)',
    superseded: 'left as it is (it holds a newer DRY commit)',
    matches: 'matches a fresh render of its drySha',
    absent: 'absent (nothing to check)',
};
/** How many branches were (or would be) written. */
function written(r) {
    return r.environments.filter((e) => !['unchanged', 'matches', 'absent', 'superseded'].includes(e.status)).length;
}
/** Each branch a newer run already wrote: not an error (the newer render won), said so this run's nothing is not a mystery. */
function supersededLines(r) {
    return r.environments.flatMap((e) => e.status === 'superseded' && e.newer
        ? [
            `${e.name}: ${e.branch} already holds the render of DRY commit ${e.newer.slice(0, 12)}, newer than ${r.drySha.slice(0, 12)}: nothing written there (a run for an older commit never rolls a branch back)`,
        ]
        : []);
}
/** One sentence on what the run did. */
function hydrateStatus(r) {
    if (r.mode === 'check') {
        const n = r.environments.filter((e) => e.status === 'matches').length;
        const absent = r.environments.length - n;
        return `Checked ${n} hydrated branch${n === 1 ? '' : 'es'}: each is a fresh render of its drySha, without hand edits${absent > 0 ? `; ${absent} not hydrated yet` : ''}.`;
    }
    const n = written(r);
    const newer = r.environments.filter((e) => e.status === 'superseded').length;
    const same = r.environments.length - n - newer;
    const head = r.dryRun
        ? `Dry run: ${n} hydrated branch${n === 1 ? '' : 'es'} would be written from ${r.drySha.slice(0, 12)}`
        : `Hydrated ${n} branch${n === 1 ? '' : 'es'} from ${r.drySha.slice(0, 12)}`;
    return `${head}${same > 0 ? `; ${same} already held these manifests` : ''}${newer > 0 ? `; ${newer} held a newer DRY commit's render and ${newer === 1 ? 'was' : 'were'} left as ${newer === 1 ? 'it was' : 'they were'}` : ''}.`;
}
/** The lines that say what was left out of a render: each Secret dropped under `secrets: drop`. */
function droppedLines(r) {
    return r.environments.flatMap((e) => e.dropped.map((d) => `${e.name}: dropped ${d} from the render (secrets: drop)`));
}
/** The table: one row per environment with its branch, what happened and the commit. */
function hydrateView(r) {
    return {
        title: r.mode === 'check' ? 'hydrate-env (check)' : 'hydrate-env',
        status: hydrateStatus(r),
        headers: ['environment', 'branch', 'status', 'commit', 'files', 'renderer'],
        rows: r.environments.map((e) => [e.name, e.branch, STATUS[e.status], e.commit?.slice(0, 12) ?? '', String(e.files), e.renderer]),
        notes: [...supersededLines(r), ...droppedLines(r)],
        warnings: [],
        statusFirst: false,
        warningStyle: 'bullets',
    };
}
/** The `environments` output: name → branch, status and commit, on one line. */
function environmentsOutput(r) {
    return JSON.stringify(Object.fromEntries(r.environments.map((e) => [
        e.name,
        {
            branch: e.branch,
            status: e.status,
            commit: e.commit ?? null,
            ...(e.drySha ? { 'dry-sha': e.drySha } : {}),
            ...(e.newer ? { 'newer-dry-sha': e.newer } : {}),
        },
    ])));
}
function hydrateRunnerView(r) {
    const steps = [
        ...r.environments.map((e) => ({
            info: `${e.name}: ${e.branch} ${STATUS[e.status]}${e.commit ? ` at ${e.commit.slice(0, 12)}` : ''}${e.noted ? `, noted in refs/notes/hydrator.metadata as the render of ${r.drySha.slice(0, 12)} too` : ''}`,
        })),
        ...supersededLines(r).map((message) => ({ annotate: 'notice', message })),
        ...droppedLines(r).map((info) => ({ info })),
        { info: hydrateStatus(r) },
        { output: 'environments', value: environmentsOutput(r) },
        { output: 'changed', value: String(written(r)) },
        { summary: renderMarkdown(hydrateView(r)) },
    ];
    return { steps };
}
/** `lockstep hydrate --json`: the DRY commit, and each environment's branch, status, commit, files and renderer. */
function hydrateJson(r) {
    return commandJson('hydrate', {
        mode: r.mode,
        'dry-run': r.dryRun,
        status: hydrateStatus(r),
        'dry-sha': r.drySha,
        environments: r.environments.map((e) => ({
            name: e.name,
            branch: e.branch,
            path: e.path ?? null,
            status: e.status,
            commit: e.commit ?? null,
            ...(e.drySha ? { 'dry-sha': e.drySha } : {}),
            ...(e.newer ? { 'newer-dry-sha': e.newer } : {}),
            files: e.files,
            dropped: e.dropped,
            renderer: e.renderer,
        })),
    });
}
const hydrateViews = {
    runner: hydrateRunnerView,
    terminal: hydrateView,
    failure: () => undefined,
    json: hydrateJson,
};


/***/ })

};
