export const id = 6278;
export const ids = [6278];
export const modules = {

/***/ 5076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ trimmedPatch),
/* harmony export */   "in": () => (/* binding */ renderDiff),
/* harmony export */   kN: () => (/* binding */ renderDiffHead)
/* harmony export */ });
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5725);
/* harmony import */ var _text_log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3603);
/* harmony import */ var _text_parts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3491);



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
    const pure = pureHunk(a, before, (0,_text_parts_js__WEBPACK_IMPORTED_MODULE_1__/* .viewText */ .TO)(given), context);
    if (pure)
        return { hunks: [pure] };
    const after = (0,_text_parts_js__WEBPACK_IMPORTED_MODULE_1__/* .joinText */ ._V)(given);
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
        const patch = (0,diff__WEBPACK_IMPORTED_MODULE_2__/* .structuredPatch */ .YB)(`a/${path}`, `b/${path}`, aMid.slice(from, to).join(''), bMid.slice(from, to).join(''), undefined, undefined, { context });
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
    const pure = pureHunk(a, before, (0,_text_parts_js__WEBPACK_IMPORTED_MODULE_1__/* .viewText */ .TO)(c.after), context);
    if (pure)
        return 3 + pure.lines.length;
    const counted = inPlaceLineCount(a, lines((0,_text_parts_js__WEBPACK_IMPORTED_MODULE_1__/* .joinText */ ._V)(c.after)), context);
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
        if ((0,_text_parts_js__WEBPACK_IMPORTED_MODULE_1__/* .sameText */ .QV)(c.before, c.after))
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
const logLine = (l) => (0,_text_log_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeForLog */ .z)(`  ${l.replace(/\r/g, '␍').replace(/[\n\u2028\u2029\u0085]/g, ' ')}`);
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


/***/ }),

/***/ 6779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderChecks: () => (/* binding */ renderChecks)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _render_compare_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3165);
/* harmony import */ var _render_helm_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4379);
/* harmony import */ var _render_render_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1660);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7638);
// chart-bump-check's rendered manifest diffs: on a pull request that changes
// a chart, each environment that deploys it (its Application names the chart
// or its folder; every environment when none names an Application) is
// rendered with the real Helm at the base and at the head — the chart folder
// with its file:// subcharts, the environment's values file, the release name
// and namespace its Application gives — and compared, for the job summary.
// The pull request's templates are untrusted: each render runs bounded
// (render/helm.ts: 30 s, 32 MiB, no network), and what stops one is said; the
// check still decides on versions alone.





/** The time limit of one render of a pull request's templates. */
const CHECK_TIMEOUT_MS = 30_000;
const asObj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : undefined);
const asStr = (v) => (typeof v === 'string' ? v : undefined);
/** The Application's chart (its `chart:` or `path:`), release name and namespace; undefined when the file is none. */
function applicationOf(text) {
    if (text === undefined)
        return undefined;
    try {
        for (const doc of (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(text.replace(/^\ufeff/, ''))) {
            const app = asObj(doc.toJS());
            if (!app || (asStr(app.kind) ?? 'Application') !== 'Application')
                continue;
            const spec = asObj(app.spec) ?? {};
            const sources = [asObj(spec.source), ...(Array.isArray(spec.sources) ? spec.sources.map(asObj) : [])].filter((s) => !!s);
            const src = sources.find((s) => s.chart || s.path) ?? {};
            return {
                chart: asStr(src.chart),
                path: asStr(src.path)?.replace(/\/+$/, ''),
                release: asStr(asObj(src.helm)?.releaseName) ?? asStr(asObj(app.metadata)?.name),
                namespace: asStr(asObj(spec.destination)?.namespace),
            };
        }
    }
    catch {
        return undefined;
    }
    return undefined;
}
/**
 * Every changed chart (present at the head) rendered per environment that
 * deploys it, base vs head; undefined when render is off or no chart changed.
 * Throws only for `render: on` without Helm.
 */
async function renderChecks(mode, config, charts, commits, reader, env, inRepo) {
    const changed = charts.filter((c) => c.head !== null);
    if (mode === 'off' || changed.length === 0 || !config || config.environments.length === 0)
        return undefined;
    const helm = (0,_render_helm_js__WEBPACK_IMPORTED_MODULE_2__/* .findHelm */ .MI)(env);
    if (!helm || !(0,_render_helm_js__WEBPACK_IMPORTED_MODULE_2__/* .helmUsable */ .hm)(helm)) {
        const why = helm ? `Helm ${helm.version} is older than ${_render_helm_js__WEBPACK_IMPORTED_MODULE_2__/* .MIN_HELM */ .uO}` : 'no helm on PATH';
        if (mode === 'on')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`render: on needs Helm ${_render_helm_js__WEBPACK_IMPORTED_MODULE_2__/* .MIN_HELM */ .uO} or later: ${why}`, {
                hint: 'add it with azure/setup-helm (GitHub-hosted Ubuntu runners ship Helm)',
            });
        return [
            {
                environment: 'every environment',
                status: 'skipped',
                noHelm: true,
                message: `${why}; add it with azure/setup-helm (GitHub-hosted Ubuntu runners ship Helm), or set render: off`,
            },
        ];
    }
    const cfg = config.render;
    const renderer = new _render_render_js__WEBPACK_IMPORTED_MODULE_3__/* .Renderer */ .A4(helm.path, { kubeVersion: cfg.kubeVersion, apiVersions: cfg.apiVersions }, { timeoutMs: CHECK_TIMEOUT_MS });
    const opts = {
        ignore: [...(cfg.ignoreDefaults ? _render_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_IGNORE */ .pA : []), ...cfg.ignore].map((r) => new RegExp(r)),
        summarize: cfg.summarize,
        ignoreDifferences: [],
    };
    const anyApplication = config.environments.some((e) => e.application);
    const jobs = [];
    for (const chart of changed) {
        const dir = chart.path;
        const side = async (commit, values, app) => {
            const files = await (0,_render_render_js__WEBPACK_IMPORTED_MODULE_3__/* .readChartFolder */ .z_)({ list: (d) => reader.list(commit, d), read: (p) => reader.read(commit, p) }, dir);
            if ('unavailable' in files)
                return files;
            const text = await reader.read(commit, values);
            return {
                chart: files,
                release: app?.release ?? chart.name,
                ...(app?.namespace ? { namespace: app.namespace } : {}),
                values: text === undefined ? [] : [text],
            };
        };
        for (const e of config.environments) {
            const values = inRepo(e.values);
            const appFile = e.application ? inRepo(e.application.split('#')[0]) : undefined;
            const [appBase, appHead] = await Promise.all([
                appFile ? reader.read(commits.base, appFile) : undefined,
                appFile ? reader.read(commits.head, appFile) : undefined,
            ]);
            const app = applicationOf(appHead) ?? applicationOf(appBase);
            const deploys = app ? app.chart === chart.name || (app.path !== undefined && app.path === dir) : !anyApplication;
            if (!deploys)
                continue;
            const name = changed.length > 1 ? `${e.name} (${chart.name})` : e.name;
            const what = `chart ${chart.name} ${chart.base ?? '(new)'} → ${chart.head}`;
            jobs.push(Promise.all([
                chart.base === null ? Promise.resolve('nothing') : side(commits.base, values, applicationOf(appBase) ?? app),
                side(commits.head, values, app),
            ]).then(([b, h]) => (0,_render_render_js__WEBPACK_IMPORTED_MODULE_3__/* .renderEnvironment */ .Cp)(renderer, name, b, h, opts, what)));
        }
    }
    return jobs.length > 0 ? Promise.all(jobs) : undefined;
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
