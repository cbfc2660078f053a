export const id = 362;
export const ids = [362];
export const modules = {

/***/ 362:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fullTextAt: () => (/* binding */ fullTextAt),
  releaseHeadline: () => (/* binding */ releaseHeadline),
  releaseJson: () => (/* binding */ releaseJson),
  releaseMarkdown: () => (/* binding */ releaseMarkdown),
  releaseMarkdownParts: () => (/* binding */ releaseMarkdownParts),
  releaseRunner: () => (/* binding */ releaseRunner),
  releaseView: () => (/* binding */ releaseView),
  releaseViews: () => (/* binding */ releaseViews)
});

// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 1 modules
var create = __webpack_require__(5725);
// EXTERNAL MODULE: ./packages/core/src/text/log.ts
var log = __webpack_require__(3603);
// EXTERNAL MODULE: ./packages/core/src/text/parts.ts
var parts = __webpack_require__(3491);
;// CONCATENATED MODULE: ./packages/core/src/edits/diff.ts



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
function trimmedPatch(path, before, given, context) {
    const a = lines(before);
    const pure = pureHunk(a, before, (0,parts/* viewText */.TO)(given), context);
    if (pure)
        return { hunks: [pure] };
    const after = (0,parts/* joinText */._V)(given);
    const b = lines(after);
    const inPlace = inPlaceHunks(a, b, context);
    if (inPlace)
        return { hunks: inPlace };
    let prefix = 0;
    while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix])
        prefix++;
    let suffix = 0;
    while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix])
        suffix++;
    const skip = Math.max(0, prefix - context);
    const keepEnd = Math.max(0, suffix - context);
    const aMid = a.slice(skip, a.length - keepEnd);
    const bMid = b.slice(skip, b.length - keepEnd);
    const hunks = [];
    // Each piece is [from, to) on both sides; the whole middle when the sides differ in length.
    for (const [from, to] of segments(aMid, bMid, context) ?? [[0, undefined]]) {
        const patch = (0,create/* structuredPatch */.YB)(`a/${path}`, `b/${path}`, aMid.slice(from, to).join(''), bMid.slice(from, to).join(''), undefined, undefined, { context });
        for (const h of patch.hunks)
            hunks.push({ ...h, oldStart: h.oldStart + skip + from, newStart: h.newStart + skip + from });
    }
    return { hunks };
}
/**
 * The hunk of a pure change (lines only added, or only removed, between a
 * common head and tail; both texts ending in \n or empty) found by reading the
 * texts in place: a release's notes put ten thousand lines on top of
 * CHANGELOG.md, and splitting the whole new text into lines only to compare
 * its first few and its last and show a thousand cost more than the rest of
 * the diff. undefined when the change is not pure: the caller diffs the lines.
 */
function pureHunk(a, before, after, context) {
    if (!(before === '' || before.endsWith('\n')) || !(after.length === 0 || after.endsWith('\n')))
        return undefined;
    // Lines equal from the start: each of before's lines (`a`) is the next line of after when after holds it there
    // whole (every line ends in its \n).
    let prefix = 0;
    let pos = 0;
    while (prefix < a.length && after.startsWith(a[prefix], pos)) {
        pos += a[prefix].length;
        prefix++;
    }
    // And from the end, a whole line of after each, not reaching back into the head.
    let suffix = 0;
    let end = after.length;
    while (suffix < a.length - prefix) {
        const l = a[a.length - 1 - suffix];
        const at = end - l.length;
        if (at < pos || !after.startsWith(l, at) || (at > 0 && !after.startsWith('\n', at - 1)))
            break;
        end = at;
        suffix++;
    }
    // Only added (every line of before matched) or only removed (head and tail meet in after).
    if (prefix + suffix !== a.length && pos !== end)
        return undefined;
    const b = new TextLines(after);
    const skip = Math.max(0, prefix - context);
    const keepEnd = Math.max(0, suffix - context);
    const ctxBefore = prefix - skip;
    const removed = a.length - suffix - prefix;
    const added = b.length - suffix - prefix;
    const ctxAfter = suffix - keepEnd;
    const runs = [
        [(i) => a[i], skip, prefix, ' '],
        [(i) => a[i], prefix, a.length - suffix, '-'],
        [(i) => b.at(i), prefix, b.length - suffix, '+'],
        [(i) => b.at(i), b.length - suffix, b.length - keepEnd, ' '],
    ];
    return {
        oldStart: skip + 1,
        oldLines: ctxBefore + removed + ctxAfter,
        newStart: skip + 1,
        newLines: ctxBefore + added + ctxAfter,
        lines: {
            length: ctxBefore + removed + added + ctxAfter,
            at(i) {
                for (const [line, from, to, mark] of runs) {
                    if (i < to - from)
                        return `${mark}${line(from + i).slice(0, -1)}`;
                    i -= to - from;
                }
                return undefined;
            },
        },
    };
}
/** The lines of a text (each with its \n), counted at once and made when read; reading them in order costs one pass. */
class TextLines {
    length;
    text;
    /** The line the cursor is at and where it starts. */
    line = 0;
    pos = 0;
    constructor(text) {
        this.text = text;
        let n = 0;
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            n++;
        this.length = text.length === 0 || text.endsWith('\n') ? n : n + 1;
    }
    at(i) {
        if (i < this.line) {
            this.line = 0;
            this.pos = 0;
        }
        while (this.line < i) {
            this.pos = this.text.indexOf('\n', this.pos) + 1;
            this.line++;
        }
        const nl = this.text.indexOf('\n', this.pos);
        return this.text.slice(this.pos, nl === -1 ? undefined : nl + 1);
    }
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
    if (cuts.length === 0 || !changesUnmatched(a, b))
        return undefined;
    return [...cuts, a.length].map((to, k) => [k === 0 ? 0 : cuts[k - 1], to]);
}
/**
 * Whether every line where `a` and `b` (the same number of lines) differ
 * holds a text absent from the other side: then no changed line can be
 * matched, and the only longest common subsequence is every unchanged line in place.
 */
function changesUnmatched(a, b) {
    const inA = new Set(a);
    const inB = new Set(b);
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i] && (inB.has(a[i]) || inA.has(b[i])))
            return false;
    return true;
}
/**
 * The hunks of a change made in place, built without a diff: the texts have
 * the same number of lines, end in a line break, and every changed line's
 * text is absent from the other side (changesUnmatched), so the only longest
 * common subsequence is every unchanged line where it is, and the diff is
 * each run of changed lines as its `-` lines then its `+` lines, hunks joined
 * where no more than 2 × context unchanged lines lie between two changes (as
 * structuredPatch gives them). A promotion of a thousand services rewrites
 * two lines in each six of one values file: the Myers walk over that was
 * most of the dry run. undefined when the conditions do not hold.
 */
function inPlaceHunks(a, b, context) {
    if (a.length !== b.length || a.length === 0 || !a[a.length - 1].endsWith('\n') || !b[b.length - 1].endsWith('\n'))
        return undefined;
    const changed = [];
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            changed.push(i);
    if (changed.length === 0 || !changesUnmatched(a, b))
        return undefined;
    const hunks = [];
    for (let k = 0; k < changed.length;) {
        const start = Math.max(0, changed[k] - context);
        let last = k;
        while (last + 1 < changed.length && changed[last + 1] - changed[last] - 1 <= 2 * context)
            last++;
        const end = Math.min(a.length, changed[last] + 1 + context);
        const out = [];
        for (let i = start; i < end;) {
            if (a[i] === b[i]) {
                out.push(` ${a[i].slice(0, -1)}`);
                i++;
                continue;
            }
            let j = i;
            while (j < end && a[j] !== b[j])
                j++;
            for (let x = i; x < j; x++)
                out.push(`-${a[x].slice(0, -1)}`);
            for (let x = i; x < j; x++)
                out.push(`+${b[x].slice(0, -1)}`);
            i = j;
        }
        hunks.push({
            oldStart: start + 1,
            oldLines: end - start,
            newStart: start + 1,
            newLines: end - start,
            lines: { length: out.length, at: (i) => out[i] },
        });
        k = last + 1;
    }
    return hunks;
}
/**
 * How many lines a hunked diff of `a` and `b` has (each hunk's `@@` line and
 * its lines), counted without diffing, when the texts have the same number of
 * lines, end in a line break and every changed line's text is absent from the
 * other side (changesUnmatched), so each changed line is one `-` and one `+`, and
 * hunks join where no more than 2 × context unchanged lines lie between two
 * changes, as structuredPatch joins them. undefined otherwise: the caller diffs.
 * A release that moves a hundred pins in each of two hundred files prints the
 * first thousand lines of its diff and counts the rest this way, not by a
 * Myers walk per file.
 */
function inPlaceLineCount(a, b, context) {
    if (a.length !== b.length || a.length === 0 || !a[a.length - 1].endsWith('\n') || !b[b.length - 1].endsWith('\n'))
        return undefined;
    const changed = [];
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            changed.push(i);
    if (changed.length === 0)
        return 0;
    if (!changesUnmatched(a, b))
        return undefined;
    // The first hunk's leading context, then per change its two lines and the unchanged lines up to the next
    // change: all of them inside one hunk, or a trailing and a leading context and another `@@` line.
    let count = 1 + Math.min(context, changed[0]);
    for (let k = 0; k < changed.length; k++) {
        count += 2;
        const gap = (k + 1 < changed.length ? changed[k + 1] : a.length) - changed[k] - 1;
        if (k + 1 === changed.length)
            count += Math.min(context, gap);
        else
            count += gap <= 2 * context ? gap : 2 * context + 1;
    }
    return count;
}
/**
 * The lines diffLines makes for one change, counted: its two head lines and
 * its hunks. Without a diff when the change is a pure one (pureHunk) or
 * inPlaceLineCount can count it.
 */
function changeLineCount(c, context) {
    const before = c.before ?? '';
    const a = lines(before);
    const pure = pureHunk(a, before, (0,parts/* viewText */.TO)(c.after), context);
    if (pure)
        return 3 + pure.lines.length;
    const counted = inPlaceLineCount(a, lines((0,parts/* joinText */._V)(c.after)), context);
    if (counted !== undefined)
        return 2 + counted;
    return trimmedPatch(c.path, before, c.after, context).hunks.reduce((n, h) => n + 1 + h.lines.length, 2);
}
/**
 * The diff's lines before indenting and escaping: `---`/`+++` heads, `@@` ranges, then each hunk's lines;
 * only the first `limit` of them are made, the others counted (`total`): a change wholly past the limit is
 * counted by changeLineCount.
 */
function diffLines(changes, context, limit = Infinity) {
    const out = [];
    let total = 0;
    const add = (line) => {
        if (total++ < limit)
            out.push(line);
    };
    for (const c of changes) {
        if ((0,parts/* sameText */.QV)(c.before, c.after))
            continue;
        if (total >= limit) {
            total += changeLineCount(c, context);
            continue;
        }
        const patch = trimmedPatch(c.path, c.before ?? '', c.after, context);
        add(`--- ${c.before === undefined ? '/dev/null' : `a/${c.path}`}`);
        add(`+++ b/${c.path}`);
        for (const h of patch.hunks) {
            // An empty range names the line before it, as git and GNU diff print it: a new file is `@@ -0,0 +1,N @@`.
            add(`@@ -${h.oldLines === 0 ? h.oldStart - 1 : h.oldStart},${h.oldLines} +${h.newLines === 0 ? h.newStart - 1 : h.newStart},${h.newLines} @@`);
            const shown = Math.min(h.lines.length, Math.max(0, limit - total));
            for (let i = 0; i < shown; i++)
                add(h.lines.at(i));
            total += h.lines.length - shown;
        }
    }
    return { lines: out, total };
}
// The runner trims leading whitespace before it looks for `::`, so indenting alone does not stop a context
// line like ` ::warning::x`: every line also goes through escapeForLog. No line of the result holds a line break.
const logLine = (l) => (0,log/* escapeForLog */.z)(`  ${l.replace(/\r/g, '␍').replace(/[\n\u2028\u2029\u0085]/g, ' ')}`);
/**
 * A unified diff of the changes, as `git diff` prints it, with every line
 * indented by two spaces and passed through escapeForLog (`::` after white space and
 * `##[` broken up), so no line of file content is read by the runner as a workflow command. Carriage returns are
 * shown as `␍` so CRLF files stay visible and the log stays one line per line.
 */
function renderDiff(changes, context = 3) {
    return diffLines(changes, context).lines.map(logLine).join('\n');
}
/**
 * The first `max` lines of renderDiff's text and how many lines follow them
 * (what headLines(renderDiff(changes), max) gives), escaping only the lines
 * shown: a release of thousands of commits prints a thousand lines of its
 * CHANGELOG diff, not all of them.
 */
function renderDiffHead(changes, max, context = 3) {
    const { lines, total } = diffLines(changes, context, max);
    return { text: lines.map(logLine).join('\n'), more: total - lines.length };
}

// EXTERNAL MODULE: ./packages/core/src/text/markdown.ts
var markdown = __webpack_require__(9888);
;// CONCATENATED MODULE: ./packages/core/src/report/api-commits.ts

// commit-mode api, said the same way by prepare-release and promote-env:
// which commits written through the GitHub API GitHub shows as Verified
// (lockstep's own, signed by GitHub), and what became of others' commits:
// each is re-created with its author as a new commit, which GitHub does not
// sign, so a signature the original had (a web-editor commit's Verified) is
// gone; the old and new ids say which is which.
/** What GitHub shows for one commit, in words. */
function api_commits_status(c) {
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
    return commits.map((c) => `${c.sha.slice(0, 12)} (${whose(c)}; built locally as ${c.local.slice(0, 12)}): ${api_commits_status(c)}`);
}
/** The job summary's table of the commits written through the API (every cell escaped by markdownTable); empty without any. */
function apiCommitsMarkdown(commits) {
    if (!commits || commits.length === 0)
        return '';
    const rows = commits.map((c) => [c.sha.slice(0, 12), whose(c), api_commits_status(c)]);
    return `Commits written through the GitHub API (commit-mode: api):\n\n${(0,markdown/* markdownTable */.Qj)(['Commit', 'Whose', 'GitHub shows'], rows)}`;
}

// EXTERNAL MODULE: ./packages/core/src/text/cap.ts
var cap = __webpack_require__(7841);
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

;// CONCATENATED MODULE: ./packages/core/src/operations/release/view.ts







/** The first log line of a release: the next version and why, or that there is nothing to release. */
function releaseHeadline(r) {
    const last = `${r.previousVersion ?? 'none'}${r.previousNote ? ` ${r.previousNote}` : ''}`;
    if (r.mode === 'publish')
        return r.released
            ? `Released ${r.version} as ${r.tag} (previous release ${last})`
            : `${r.version} is already tagged as ${r.tag} and published (previous release ${last})`;
    return r.version ? `Next version: ${r.version} (${r.bump}; last release ${last})` : `No release (last ${last})`;
}
const modeLabel = (r) => (r.mode === 'dry-run' ? ' (dry run)' : r.mode === 'publish' ? ' (publish)' : '');
/** The facts of a release, as rows: version, last release, bump, the PR and the tag when there are some. */
function facts(r) {
    return [
        ['Version', r.version ?? 'nothing to release'],
        ['Last release', `${r.previousVersion ?? 'none'}${r.previousNote ? ` (${r.previousNote})` : ''}`],
        ['Bump', r.bump],
        ...(r.pr ? [['Release PR', `#${r.pr.number}`]] : []),
        ...(r.tag ? [['Tag', r.tag]] : []),
    ];
}
/** The job summary of prepare-release: what was done, the facts, the files changed and the notes (folded). */
function releaseMarkdown(r) {
    return releaseMarkdownParts(r).join('');
}
/**
 * releaseMarkdown in parts, the notes one of them: the runner keeps the
 * summary's first MiB without joining a long release's notes into a copy.
 */
function releaseMarkdownParts(r) {
    const head = `### prepare-release${modeLabel(r)}`;
    const table = (0,markdown/* markdownTable */.Qj)(['', ''], facts(r));
    const files = r.rows.length > 0
        ? `\n\n${(0,markdown/* markdownTable */.Qj)(['File', 'What', 'From', 'To'], r.rows.map((x) => [x.file, x.what, x.from, x.to]))}`
        : '';
    const did = r.actions.map((a) => `- ${(0,markdown/* escapeMarkdown */.FV)(a)}`).join('\n');
    const api = apiCommitsMarkdown(r.apiCommits);
    const top = `${head}\n\n${did}\n\n${table}${api ? `\n\n${api}` : ''}${files}`;
    if ((0,parts/* textLength */.sc)(r.notes) === 0)
        return [top, '\n'];
    // The notes are Markdown on purpose; inertNotes keeps raw HTML (a </details> among it) and images out. Notes
    // in parts stay parts of the summary: the runner keeps its first MiB without joining them.
    const notes = (0,markdown/* inertNotesText */.vY)(r.notes);
    return [`${top}\n\n<details><summary>Release notes</summary>\n\n`, ...(typeof notes === 'string' ? [notes] : notes), '\n</details>\n'];
}
/**
 * The release as a table for the terminal (and any ResultView rendering):
 * one row per file changed, the version facts and actions as notes.
 */
function releaseView(r) {
    return {
        title: `prepare-release${modeLabel(r)}`,
        status: releaseHeadline(r),
        headers: ['File', 'What', 'From', 'To'],
        rows: r.rows.map((x) => [x.file, x.what, x.from, x.to]),
        notes: [...facts(r).map(([k, v]) => `${k}: ${v}`), ...r.actions, ...apiCommitLines(r.apiCommits ?? [])],
        warnings: r.warnings,
    };
}
/** Where a reader finds the full notes when the log, an output or the summary shows only their head. */
function fullTextAt(r) {
    if (r.pr)
        return `CHANGELOG.md of release PR #${r.pr.number}`;
    if (r.mode === 'dry-run')
        return 'CHANGELOG.md once prepare-release runs without dry-run (this dry run wrote nothing)';
    return 'CHANGELOG.md';
}
/**
 * What the runner is told of a release: the headline, the notes and the
 * diff in log groups (their heads: thousands of lines nobody scrolls cost
 * time and log space), the warnings, what was done, the outputs and the job summary.
 */
function releaseRunner(r) {
    const where = fullTextAt(r);
    const steps = [{ info: releaseHeadline(r) }];
    if ((0,parts/* textLength */.sc)(r.notes) > 0) {
        const head = (0,cap/* headLines */.Ol)(r.notes, cap/* LOG_LINES_CAP */.eN);
        steps.push({ group: 'Release notes' }, 
        // One write for the whole notes: a release of thousands of commits would otherwise cost a write per line.
        { info: head.text.split('\n').map(log/* escapeForLog */.z).join('\n'), raw: true }, ...(head.more ? [{ info: `… ${head.more} more lines of notes not shown; the full notes are in ${where}.`, raw: true }] : []), { endGroup: true });
    }
    // Only the lines the log shows are rendered; the rest are counted.
    const head = renderDiffHead(r.changes, cap/* LOG_LINES_CAP */.eN);
    if (head.text) {
        const rest = r.mode === 'dry-run' ? 'a run without dry-run makes them in the release PR' : 'the full diff is in the release PR';
        steps.push({ group: r.mode === 'dry-run' ? 'Diff (dry run: nothing written)' : 'Diff' }, 
        // renderDiffHead escapes every line of file content itself.
        { info: head.text, raw: true }, ...(head.more ? [{ info: `… ${head.more} more lines of the diff not shown; ${rest}.`, raw: true }] : []), { endGroup: true });
    }
    for (const w of r.warnings)
        steps.push({ annotate: 'warning', message: w });
    for (const a of r.actions)
        steps.push({ info: a });
    for (const line of apiCommitLines(r.apiCommits ?? []))
        steps.push({ info: line });
    for (const [k, v] of Object.entries(r.outputs))
        steps.push({ output: k, value: v, where: k === 'notes' ? where : undefined });
    steps.push({ summary: releaseMarkdownParts(r), where });
    return { steps };
}
/** The runner's and the terminal's views of a release. */
const releaseViews = {
    runner: releaseRunner,
    terminal: releaseView,
    failure: () => undefined,
    json: releaseJson,
};
/** `lockstep release --json`: the action's outputs as values (the notes whole), each file change as its row. */
function releaseJson(r) {
    const o = r.outputs;
    return commandJson('release', {
        'dry-run': r.dryRun,
        mode: r.mode,
        status: releaseHeadline(r),
        version: stringOrNull(o.version),
        'previous-version': stringOrNull(o['previous-version']),
        bump: stringOrNull(o.bump),
        notes: (0,parts/* joinText */._V)(r.notes),
        'pr-number': numberOrNull(o['pr-number']),
        'pr-url': stringOrNull(o['pr-url']),
        branch: stringOrNull(o.branch),
        queued: o.queued === 'true',
        released: o.released === 'true',
        tag: stringOrNull(o.tag),
        files: r.rows.map((x) => ({ file: x.file, what: x.what, from: x.from, to: x.to })),
        actions: r.actions,
        warnings: r.warnings,
    });
}


/***/ })

};
