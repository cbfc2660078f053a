export const id = 955;
export const ids = [955,7892,3081];
export const modules = {

/***/ 17892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C9: () => (/* binding */ chartOwner),
/* harmony export */   Jr: () => (/* binding */ chartPatternMatcher),
/* harmony export */   Q1: () => (/* binding */ topChartDirs),
/* harmony export */   eP: () => (/* binding */ normalizePattern),
/* harmony export */   findCharts: () => (/* binding */ findCharts)
/* harmony export */ });
/* unused harmony exports isInsideChartsFolder, owningChart */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99788);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _text_glob_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13483);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);



/**
 * Finds chart folders in a list of POSIX file paths (from `git ls-tree`, or a
 * directory walk). A chart is a folder holding Chart.yaml; charts vendored
 * inside another chart's `charts/` folder are subcharts of that chart, not
 * charts of their own. With `patterns` (folders or globs, e.g. `charts/*`),
 * only matching chart folders are kept.
 */
function findCharts(paths, patterns) {
    const dirs = new Set();
    for (const p of paths) {
        if (p === 'Chart.yaml' || p.endsWith('/Chart.yaml'))
            dirs.add(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(p));
    }
    const top = topChartDirs(dirs);
    if (!patterns || patterns.length === 0)
        return top;
    return top.filter(chartPatternMatcher(patterns));
}
/**
 * A predicate over chart folders for folder/glob patterns: a glob matches
 * folders (`charts/*`); a plain folder matches itself and, when it is not a
 * chart itself, the charts below it (`stable/` → `stable/legacy`).
 */
function chartPatternMatcher(patterns) {
    const norm = patterns.map(normalizePattern);
    // A pattern without any glob character matches only itself: such patterns (the usual `.` or
    // `charts`) are compared as text, so a run without globs never compiles a matcher.
    const literal = norm.filter((p) => !GLOB_CHARACTER.test(p));
    const globs = norm.filter((p) => GLOB_CHARACTER.test(p));
    const glob = globs.length > 0 ? (0,_text_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .globMatcher */ .fU)(globs, { input: 'charts' }) : undefined;
    const folders = [...literal, ...globs.filter((p) => !picomatch__WEBPACK_IMPORTED_MODULE_2___default().scan(p).isGlob)];
    return (d) => literal.includes(d) || (glob !== undefined && glob(d)) || folders.some((f) => f === '.' || d.startsWith(`${f}/`));
}
/** Characters that can make a pattern a glob for picomatch (a pattern without any is plain text). */
const GLOB_CHARACTER = /[*?[\]{}()!+@]/;
/** The chart folders of `dirs` that are not subcharts under another chart's `charts/`, sorted. */
function topChartDirs(dirs) {
    return [...dirs].filter((d) => !isInsideChartsFolder(d, dirs)).sort();
}
/** True when `dir` sits under `<chart>/charts/` of another chart in `dirs`. */
function isInsideChartsFolder(dir, dirs) {
    const parts = dir.split('/');
    // i = 0 is a chart at the repository root ('.'), whose subcharts live in charts/.
    for (let i = parts.length - 2; i >= 0; i--) {
        if (parts[i] === 'charts' && dirs.has(i === 0 ? '.' : parts.slice(0, i).join('/')))
            return true;
    }
    return false;
}
/** `charts/`, `./charts/x`, `charts/x/Chart.yaml` → the folder pattern they mean. */
function normalizePattern(p) {
    let s = p.trim().replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
    if (s.endsWith('/Chart.yaml'))
        s = s.slice(0, -'/Chart.yaml'.length);
    return s === '' ? '.' : s;
}
/** The chart folder (from `charts`) that owns a file path, or undefined. Longest match wins. */
function owningChart(path, charts) {
    let best;
    for (const c of charts) {
        if ((c === '.' || path === c || path.startsWith(`${c}/`)) && (!best || c.length > best.length))
            best = c;
    }
    return best;
}
/**
 * owningChart for many paths against the same chart folders: the folders go
 * into a set once and each path looks up its own ancestors (deepest first),
 * so a 1,000-chart repository costs a PR the depth of its paths, not
 * paths × charts comparisons.
 */
function chartOwner(charts) {
    const set = new Set(charts);
    const root = set.has('.') ? '.' : undefined;
    return (path) => {
        for (let dir = path; dir !== ''; dir = dir.slice(0, Math.max(0, dir.lastIndexOf('/'))))
            if (set.has(dir))
                return dir;
        return root;
    };
}


/***/ }),

/***/ 45076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ trimmedPatch),
/* harmony export */   "in": () => (/* binding */ renderDiff),
/* harmony export */   kN: () => (/* binding */ renderDiffHead)
/* harmony export */ });
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85725);
/* harmony import */ var _text_log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73603);
/* harmony import */ var _text_parts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73491);



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

/***/ 30883:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cr: () => (/* binding */ realFs),
/* harmony export */   PT: () => (/* binding */ commitChanges),
/* harmony export */   ct: () => (/* binding */ applyEdits)
/* harmony export */ });
/* unused harmony exports nodeTxFs, planEdits */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37638);
/* harmony import */ var _fs_workspace_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92536);
/* harmony import */ var _text_parts_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73491);






/**
 * The real file system (node:fs, synchronous). A write goes on until every
 * byte is written (a short write that makes no progress is an error, never a
 * truncated file) and is flushed to disk (fsync) before the caller renames the
 * temp file over the target, so a crash cannot leave an empty file behind.
 */
function nodeTxFs(io = node_fs__WEBPACK_IMPORTED_MODULE_0__) {
    return {
        readFile(path) {
            try {
                return node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(path, 'utf8');
            }
            catch (e) {
                if (e.code === 'ENOENT')
                    return undefined;
                throw e;
            }
        },
        writeFile(path, data, mode) {
            const fd = io.openSync(path, 'wx', mode ?? 0o644);
            try {
                // Part by part: each part is encoded on its own (one byte per character for ASCII), never joined whole.
                const parts = typeof data === 'string' ? [data] : data;
                let total = 0;
                for (const part of parts)
                    total += Buffer.byteLength(part, 'utf8');
                let written = 0;
                for (const part of parts) {
                    const bytes = Buffer.from(part, 'utf8');
                    let done = 0;
                    while (done < bytes.length) {
                        const n = io.writeSync(fd, bytes, done, bytes.length - done);
                        if (!(n > 0))
                            break;
                        done += n;
                    }
                    written += done;
                    if (done !== bytes.length)
                        break;
                }
                if (written !== total)
                    throw Object.assign(new Error(`short write: ${written} of ${total} bytes`), {
                        code: `short write, ${written} of ${total} bytes`,
                    });
                // The umask may have cleared bits of the original mode; put them back.
                if (mode !== undefined)
                    io.fchmodSync(fd, mode);
                io.fsyncSync(fd);
            }
            finally {
                io.closeSync(fd);
            }
        },
        rename: (from, to) => node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync(from, to),
        unlink: (path) => node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(path, { force: true }),
        mode(path) {
            try {
                return node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(path).mode & 0o7777;
            }
            catch {
                return undefined;
            }
        },
        access(path) {
            try {
                node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
            }
            catch (e) {
                // A new file only needs its folder, which creating the temp file proves.
                if (e.code !== 'ENOENT')
                    throw e;
            }
        },
    };
}
/** The real file system. */
const realFs = nodeTxFs();
/**
 * Reads every file, runs its updater and its check, all in memory. Throws on
 * the first problem; nothing is written. Files whose text stays the same are
 * left out, so an idempotent re-run plans no change.
 */
function planEdits(workspace, edits, fs = realFs) {
    const changes = [];
    const seen = new Map();
    for (const e of edits) {
        const abs = (0,_fs_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveInside */ .LI)(workspace, e.path, 'file');
        const prior = seen.get(e.path);
        // A second edit of the same file reads the first one's text (joined: edits of a file in parts are one).
        const before = prior ? (0,_text_parts_js__WEBPACK_IMPORTED_MODULE_5__/* .joinText */ ._V)(prior.after) : fs.readFile(abs);
        const after = e.update(before);
        if (after === undefined || (0,_text_parts_js__WEBPACK_IMPORTED_MODULE_5__/* .sameText */ .QV)(after, before))
            continue;
        // The check reads the text whole; no check, no join.
        e.check?.(before, (0,_text_parts_js__WEBPACK_IMPORTED_MODULE_5__/* .joinText */ ._V)(after));
        if (prior)
            prior.after = after;
        else {
            const change = { path: e.path, before, after };
            seen.set(e.path, change);
            changes.push(change);
        }
    }
    return { changes: changes.filter((c) => !(0,_text_parts_js__WEBPACK_IMPORTED_MODULE_5__/* .sameText */ .QV)(c.before, c.after)) };
}
/**
 * Writes every change or none. Each file is written to a temp file in its own
 * folder (same file system, so rename is atomic), keeping the file's mode.
 * Before the first rename every target is checked to be writable; a file
 * whose permission bits allow nobody to write it counts as read-only even for
 * root (a rename would replace it regardless of its bits, which is exactly what
 * `chmod a-w` asks us not to do). If a rename fails midway, the files already
 * replaced get their old text back.
 */
function commitChanges(workspace, changes, fs = realFs) {
    const staged = [];
    const cleanup = () => {
        for (const s of staged) {
            try {
                fs.unlink(s.tmp);
            }
            catch {
                // best effort: a leftover temp file is reported by the error below
            }
        }
    };
    try {
        for (const change of changes) {
            const abs = (0,_fs_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveInside */ .LI)(workspace, change.path, 'file');
            const mode = fs.mode(abs);
            if (change.before !== undefined && mode === undefined)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${change.path} disappeared while planning`, { file: change.path, hint: 'run again' });
            if (mode !== undefined && (mode & 0o222) === 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${change.path} is read-only`, {
                    file: change.path,
                    hint: 'make it writable (chmod u+w) or leave it out; nothing was written',
                });
            try {
                fs.access(abs);
            }
            catch (e) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${change.path} cannot be written (${e.code ?? 'error'})`, {
                    file: change.path,
                    hint: 'fix its permissions; nothing was written',
                });
            }
            const tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(abs), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(abs)}.lockstep-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.randomBytes)(4).toString('hex')}.tmp`);
            staged.push({ abs, tmp, change });
            try {
                fs.writeFile(tmp, change.after, mode);
            }
            catch (e) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${change.path} cannot be written (${e.code ?? 'error'})`, {
                    file: change.path,
                    hint: 'fix its permissions; nothing was written',
                });
            }
        }
    }
    catch (e) {
        cleanup();
        throw e;
    }
    const done = [];
    for (const s of staged) {
        try {
            fs.rename(s.tmp, s.abs);
            done.push(s);
        }
        catch (e) {
            const restoreFailures = restore(done, fs);
            cleanup();
            const detail = restoreFailures.length > 0 ? `; could not restore ${restoreFailures.join(', ')}` : '; the files already written were restored';
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${s.change.path} could not be replaced (${e.code ?? 'error'})${detail}`, {
                file: s.change.path,
                hint: 'fix the file system problem and run again',
            });
        }
    }
}
function restore(done, fs) {
    const failed = [];
    for (const d of [...done].reverse()) {
        try {
            if (d.change.before === undefined)
                fs.unlink(d.abs);
            else {
                const tmp = `${d.abs}.lockstep-restore-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.randomBytes)(4).toString('hex')}`;
                try {
                    fs.writeFile(tmp, d.change.before, fs.mode(d.abs));
                    fs.rename(tmp, d.abs);
                }
                catch (e) {
                    // The restore copy must not be left behind beside the file it failed to restore.
                    try {
                        fs.unlink(tmp);
                    }
                    catch {
                        // reported below as a file that could not be restored
                    }
                    throw e;
                }
            }
        }
        catch {
            failed.push(d.change.path);
        }
    }
    return failed;
}
/** Plans and, unless `dryRun`, commits: the usual plan → check → write sequence. */
function applyEdits(workspace, edits, opts = {}) {
    const plan = planEdits(workspace, edits, opts.fs);
    if (!opts.dryRun)
        commitChanges(workspace, plan.changes, opts.fs);
    return plan;
}


/***/ }),

/***/ 78910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runBump: () => (/* binding */ runBump)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/node_modules/semver/index.js
var semver = __webpack_require__(69730);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/git/history.ts
var git_history = __webpack_require__(41150);
// EXTERNAL MODULE: ./packages/core/src/git/local-repo.ts
var local_repo = __webpack_require__(48982);
// EXTERNAL MODULE: ./packages/core/src/git/repo.ts
var repo = __webpack_require__(63164);
// EXTERNAL MODULE: ./packages/core/src/charts/chart.ts
var chart = __webpack_require__(3863);
// EXTERNAL MODULE: ./packages/core/src/charts/inputs.ts
var inputs = __webpack_require__(32846);
;// CONCATENATED MODULE: ./packages/core/src/charts/base.ts








const BRANCH = /^(?!-)[A-Za-z0-9._/-]+$/;
/**
 * Finds the base a level applies to: the `base` input, else the pull
 * request's (or merge group's) base from the event, else the default
 * branch's tip on origin (origin/HEAD, the event's repository, or what origin
 * reports). It is resolved through resolveRange as chart-bump-check resolves
 * it, so a shallow clone fetches what it lacks instead of guessing.
 */
async function resolveBumpBase(git, reader, req) {
    const remote = req.remote ?? 'origin';
    const pr = req.event?.pull_request?.base ??
        (req.event?.merge_group ? { sha: req.event.merge_group.base_sha, ref: req.event.merge_group.base_ref } : undefined);
    let base;
    let baseBranch;
    let label;
    let said;
    if (req.base !== undefined) {
        (0,inputs/* checkBaseRef */.f)(req.base);
        base = req.base;
        label = `base ${req.base}`;
    }
    else if (pr?.sha) {
        base = pr.sha;
        baseBranch = pr.ref?.replace(/^refs\/heads\//, '');
        if (baseBranch !== undefined && !BRANCH.test(baseBranch))
            baseBranch = undefined;
        label = `the pull request's base${baseBranch ? ` ${baseBranch}` : ''}`;
    }
    else if (req.local && !(await (0,local_repo/* hasRemote */.F6)(git, remote))) {
        // A repository with no remote (a terminal's `git init`): the local default branch, or HEAD's commit when on it.
        const [branch, current] = await Promise.all([(0,local_repo/* localDefaultBranch */.$N)(git), (0,local_repo/* currentBranch */.eR)(git)]);
        if (branch !== undefined && branch !== current) {
            base = `refs/heads/${branch}`;
            label = `the local branch ${branch}`;
            said = `no ${remote} remote: the level applies to the versions on the local default branch ${branch}`;
        }
        else {
            base = 'HEAD';
            label = current ? `HEAD on ${current}` : 'HEAD';
            said = `no ${remote} remote: the level applies to HEAD's committed versions${current ? ` on ${current}${current === branch ? ', the default branch,' : ''}` : ' (detached)'}`;
        }
    }
    else {
        const branch = await defaultBranch(git, remote, req.event);
        if (!branch)
            throw new errors/* UserError */.yo(`cannot tell which branch the level applies to: ${remote} has no default branch this checkout knows of`, {
                hint: 'set base: to the branch the chart versions are released from (e.g. base: main)',
                cliHint: 'pass --base with the branch the chart versions are released from (e.g. --base main)',
            });
        base = `refs/remotes/${remote}/${branch}`;
        label = `${remote}/${branch}`;
    }
    const range = await (0,git_history/* resolveRange */.Ss)(git, reader, { base, head: 'HEAD', baseLabel: 'base', headLabel: 'HEAD', baseBranch, remote });
    const commits = [...new Set([range.base, range.mergeBase, range.baseTip].filter((c) => c !== undefined))];
    label = `${label} (${range.base.slice(0, 12)})`;
    return { commits, label, fetched: said ? [`${said} at ${range.base.slice(0, 12)}`, ...range.fetched] : range.fetched };
}
async function defaultBranch(git, remote, event) {
    const fromSym = await (0,local_repo/* remoteHeadRef */.OZ)(git, remote);
    if (fromSym && BRANCH.test(fromSym))
        return fromSym;
    const fromEvent = event?.repository?.default_branch;
    if (typeof fromEvent === 'string' && BRANCH.test(fromEvent))
        return fromEvent;
    // actions/checkout does not set origin/HEAD: ask the remote which branch its HEAD is.
    const head = await (0,repo/* asRepo */.lU)(git).remoteHead(remote);
    return head && BRANCH.test(head) ? head : undefined;
}
/**
 * The chart version of each folder at the base commits: the highest valid
 * SemVer among them (so two bumps merged one after the other still count),
 * null where no commit has the chart. A folder whose Chart.yaml exists but
 * holds no readable version is left out: levels then apply to the work tree.
 * `prefix` is the working directory's place in the repository (`deploy/`).
 */
async function readBaseVersions(reader, base, dirs, prefix) {
    const versions = new Map();
    await Promise.all(dirs.map(async (dir) => {
        const path = `${prefix}${dir === '.' ? '' : `${dir}/`}Chart.yaml`;
        const texts = await Promise.all(base.commits.map((c) => reader.text(`${c}:${path}`)));
        if (texts.every((t) => t === undefined)) {
            versions.set(dir, null);
            return;
        }
        let best;
        for (const t of texts) {
            const v = t === undefined ? undefined : versionOf(t, path);
            if (v !== undefined && (best === undefined || semver_default().gt(v, best)))
                best = v;
        }
        if (best !== undefined)
            versions.set(dir, best);
    }));
    return { label: base.label, versions };
}
function versionOf(text, file) {
    try {
        const v = (0,chart/* parseChart */.as)(text, file).version?.value;
        return v !== undefined && semver_default().valid(v) === v ? v : undefined;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./packages/core/src/text/parse-cache.ts
var parse_cache = __webpack_require__(9053);
// EXTERNAL MODULE: ./packages/core/src/charts/bump.ts + 3 modules
var bump = __webpack_require__(11087);
// EXTERNAL MODULE: ./packages/core/src/charts/discover.ts
var discover = __webpack_require__(17892);
// EXTERNAL MODULE: ./packages/core/src/charts/selection.ts
var selection = __webpack_require__(95997);
// EXTERNAL MODULE: ./packages/core/src/charts/tree.ts
var tree = __webpack_require__(7135);
// EXTERNAL MODULE: ./packages/core/src/settings/validate.ts
var validate = __webpack_require__(93081);
// EXTERNAL MODULE: ./packages/core/src/config/config.ts + 2 modules
var config_config = __webpack_require__(30793);
// EXTERNAL MODULE: ./packages/core/src/edits/diff.ts
var diff = __webpack_require__(45076);
// EXTERNAL MODULE: ./packages/core/src/edits/transaction.ts
var transaction = __webpack_require__(30883);
// EXTERNAL MODULE: ./packages/core/src/fs/workspace.ts
var workspace = __webpack_require__(92536);
// EXTERNAL MODULE: ./packages/core/src/git/cat-file.ts
var cat_file = __webpack_require__(40001);
// EXTERNAL MODULE: ./packages/core/src/git/objects.ts
var objects = __webpack_require__(57850);
// EXTERNAL MODULE: ./packages/core/src/text/bytes.ts
var bytes = __webpack_require__(29002);
// EXTERNAL MODULE: ./packages/core/src/contract/world.ts
var contract_world = __webpack_require__(33724);
;// CONCATENATED MODULE: ./packages/core/src/operations/bump/run.ts



















/**
 * The bump: selects the charts, reads their versions at the base, plans,
 * writes (unless dry run) and describes every bump. Errors name workspace
 * paths, whatever the working directory.
 */
async function runBump(req, world) {
    const route = routeOf(req, world);
    try {
        return await bumpIn(route, req, world);
    }
    catch (e) {
        throw (0,contract_world/* relocateErrors */.l)(e, route.show);
    }
}
/** The working directory the request checked (path arithmetic only: it was checked once, by bumpRequest). */
function routeOf(req, world) {
    const root = (0,external_node_path_.resolve)(world.workspace, req.workingDirectory);
    const prefix = (0,workspace/* workspaceRelative */.Uc)(world.workspace, root);
    return { root, show: (p) => (prefix === '' ? p : external_node_path_.posix.join(prefix, p)) };
}
/** The steps, in order: config and app version, the charts, the base, the plan, the edits, the result. */
async function bumpIn({ root, show }, req, world) {
    const config = await (0,validate.loadCheckedConfig)(root, req.config);
    const read = (p) => transaction/* realFs */.Cr.readFile((0,workspace/* resolveInside */.LI)(root, p, p));
    const appVersion = resolveAppVersion(req.appVersion, config, read);
    const linked = [];
    const files = (0,tree.listChartFiles)(root, linked);
    const allDirs = files.map((f) => external_node_path_.posix.dirname(f));
    const selected = chartsToBump(root, req, world, config, files, linked);
    // The level applies to the versions at the base, read through git (after every input and the config were checked).
    const base = await baseVersions(root, req, world, req.cascade ? [...new Set([...selected, ...allDirs])] : selected);
    // One parse cache for the run: the planner, the edits and their checks share each file's parse.
    const options = {
        level: req.level,
        version: req.version,
        appVersion,
        entry: req.changelogEntry,
        cascade: req.cascade,
        artifacthubChanges: req.artifacthubChanges,
        policy: config.chartVersionPolicy,
        changelog: config.changelog,
        date: world.date,
        base,
    };
    const plan = (0,bump/* planChartBumps */.hP)(selected, allDirs, read, options, new parse_cache/* ParseCache */.i());
    const applied = (0,transaction/* applyEdits */.ct)(root, plan.edits, { dryRun: req.dryRun });
    return resultOf(plan, applied.changes, selected, base, req.dryRun, show);
}
/** The result of a plan whose edits made `changes`: outputs, one row per chart, notes and warnings, all with workspace paths. */
function resultOf(plan, made, selected, base, dryRun, show) {
    const changed = new Set(made.map((c) => c.path));
    const changes = made.map((c) => ({ ...c, path: show(c.path) }));
    const charts = plan.bumps.map((b) => row(b, changed, show));
    // The primary chart is the first one asked for (the outputs version/app-version describe it).
    const primary = (selected.length > 0 ? charts.find((r) => r.path === show(selected[0])) : undefined) ?? charts.find((r) => !r.cascaded) ?? charts[0];
    return {
        outputs: {
            version: primary?.version ?? '',
            'previous-version': primary?.['previous-version'] ?? '',
            'app-version': primary?.['app-version'] ?? '',
            'changed-files': JSON.stringify([...changed].map(show)),
            charts: JSON.stringify(charts),
        },
        charts,
        notes: plan.bumps.flatMap((b) => [b.repaired, b.leftAlone].filter((n) => n !== undefined).map((n) => `${b.name} (${show(b.path)}): ${n}`)),
        warnings: plan.warnings.map((w) => ({ ...w, file: w.file ? show(w.file) : undefined })),
        changes,
        diff: (0,diff/* renderDiff */["in"])(changes),
        dryRun,
        base: base.label,
    };
}
function row(b, changed, show) {
    return {
        path: show(b.path),
        name: b.name,
        'previous-version': b.previousVersion,
        version: b.version,
        'previous-app-version': b.previousAppVersion ?? '',
        'app-version': b.appVersion ?? '',
        cascaded: b.cascaded,
        files: [b.file, ...(b.changelog ? [b.changelog] : []), ...(b.lock ? [b.lock] : [])].filter((f) => changed.has(f)).map(show),
    };
}
/** `file` reads the first line of the config's version file; anything else is the version itself. */
function resolveAppVersion(given, config, read) {
    let appVersion = given;
    if (appVersion === 'file') {
        const text = read(config.versionFile);
        if (text === undefined)
            throw new errors/* UserError */.yo(`version file ${config.versionFile} does not exist`, {
                hint: (0,errors/* words */.aL) `create it holding X.Y.Z, or give ${(0,errors/* named */.KT)('app-version')}`,
            });
        appVersion = (0,bytes/* stripBom */.F8)(text).split(/\r?\n/)[0].trim();
        if (appVersion === '')
            throw new errors/* UserError */.yo(`version file ${config.versionFile} is empty`, {
                file: config.versionFile,
                line: 1,
                hint: 'write X.Y.Z on its first line',
            });
    }
    if (appVersion !== undefined && /\s/.test(appVersion))
        throw new errors/* UserError */.yo((0,errors/* words */.aL) `${(0,errors/* named */.KT)('app-version')} '${appVersion}' contains spaces`, { hint: 'give one version, e.g. 1.4.2' });
    return appVersion;
}
/**
 * The chart folders to bump, by the one meaning of charts (charts/selection.ts): the input, else the
 * config's (`[]`: none, said once); a pattern that matches nothing is an error. With neither, the user
 * names them: bumping every chart is never a safe guess.
 */
function chartsToBump(root, req, world, config, files, linked) {
    const allDirs = files.map((f) => external_node_path_.posix.dirname(f));
    const choice = (0,selection/* chartChoice */.SA)(req.charts, config, (path) => (0,config_config.configLine)(config, path));
    if (choice.kind === 'every')
        throw new errors/* UserError */.yo((0,errors/* words */.aL) `no charts to bump: ${(0,errors/* theInput */.y8)('charts')} is empty and the config has no charts`, {
            file: config.file,
            hint: (0,errors/* words */.aL) `${(0,errors/* setting */.Pe)('charts')} (paths or globs, e.g. charts/myapp), or \`charts: [charts/*]\` in the config`,
        });
    if (choice.kind === 'none') {
        world.reporter.info(`${(0,selection/* whereOf */.de)(choice.at)}: charts: [] — no chart to bump`);
        return [];
    }
    const topCharts = (0,discover.findCharts)(files);
    // A chart reached through a symbolic link is refused by name (it could lie outside the workspace).
    for (const e of choice.entries) {
        const viaLink = linked.find((0,discover/* chartPatternMatcher */.Jr)([e.pattern]));
        if (viaLink !== undefined)
            (0,workspace/* resolveInside */.LI)(root, viaLink === '.' ? 'Chart.yaml' : `${viaLink}/Chart.yaml`, 'charts');
    }
    // A subchart folder named exactly is a chart of its own for bumping.
    const subcharts = choice.entries.map((e) => (0,discover/* normalizePattern */.eP)(e.pattern)).filter((p) => allDirs.includes(p) && !topCharts.includes(p));
    const candidates = [...topCharts, ...subcharts];
    (0,errors/* throwAll */.Kx)((0,selection/* unmatchedEntries */.kk)(choice.entries, candidates));
    // In the order asked for: the first chart named is the one the outputs version and app-version describe.
    const picked = new Set();
    for (const e of choice.entries)
        for (const d of (0,selection/* selectCharts */.MV)(candidates, { kind: 'patterns', entries: [e] }))
            picked.add(d);
    return [...picked];
}
/**
 * The chart versions at the base, for `dirs`. Only a level needs them for the
 * charts asked for, but cascaded parents are patch-bumped from the base too.
 * The event (a pull request's base) is read only when no base was given; a
 * terminal's repository without a remote or a commit falls back to the local
 * default branch, HEAD's commit or the work tree, and a line says which.
 */
async function baseVersions(root, req, world, dirs) {
    const git = world.services.repo?.(root) ?? (0,objects.gitSpawner)(root);
    const reader = new cat_file/* ObjectReader */.n(root);
    const local = world.localRepository;
    try {
        const ev = req.base === undefined ? world.event() : undefined;
        const payload = ev?.payload;
        // A pull request run whose payload is lost must not quietly fall back to the default branch.
        if (ev?.problem)
            throw new errors/* UserError */.yo(`the ${ev.name} event file ${ev.problem}`, {
                hint: (0,errors/* words */.aL) `run this step in a GitHub Actions job, or set ${(0,errors/* named */.KT)('base')} to the branch the pull request merges into`,
            });
        // No commit to read a base from (a fresh `git init`, an unborn branch): said, not a git crash.
        const noHead = await (0,local_repo/* headProblem */.Y2)(git);
        if (noHead) {
            if (!local || req.base !== undefined || payload?.pull_request || payload?.merge_group)
                throw noHead;
            world.reporter.info(`${noHead.message}: the level applies to the versions in the work tree`);
            return { label: 'the work tree (no commit yet)', versions: new Map() };
        }
        const base = await resolveBumpBase(git, reader, { base: req.base, event: payload ?? {}, local });
        for (const f of base.fetched)
            world.reporter.info(f);
        // git names paths from the repository's top; chart folders are relative to working-directory.
        const prefix = await (0,local_repo/* pathPrefix */.YA)(git);
        return await readBaseVersions(reader, base, dirs, prefix);
    }
    finally {
        reader.dispose();
    }
}


/***/ }),

/***/ 93081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CONFIG_CHECKS: () => (/* binding */ CONFIG_CHECKS),
/* harmony export */   checkConfig: () => (/* binding */ checkConfig),
/* harmony export */   loadCheckedConfig: () => (/* binding */ loadCheckedConfig),
/* harmony export */   verifyKeys: () => (/* binding */ verifyKeys),
/* harmony export */   waveEnvironments: () => (/* binding */ waveEnvironments),
/* harmony export */   windowCrons: () => (/* binding */ windowCrons)
/* harmony export */ });
/* harmony import */ var _config_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30793);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _text_pem_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76551);
/* harmony import */ var _text_suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24619);
// The config checks every command runs before any network request (issue 37): what a
// promotion, a release or a publish would refuse about the file, refused by each of them
// and by `lockstep config` at the file's line. The schema (made from the declarations) and the loader
// (config/config.ts) check each value alone; the checks here read across the file
// (a wave naming an environment) or need a library (cron-parser, loaded only when an
// environment has windows).




/** Each allow and deny window's cron: five fields cron-parser reads (cron-parser loads only when some environment has windows). */
const windowCrons = async (config) => {
    if (!config.environments.some((e) => e.windows))
        return [];
    const { windowErrors } = await Promise.all(/* import() */[__webpack_require__.e(8628), __webpack_require__.e(8846)]).then(__webpack_require__.bind(__webpack_require__, 98846));
    return config.environments.flatMap((e) => windowErrors(e.name, e.windows, config.file));
};
/** Each `waves:` entry names an environment of the config (with the nearest name when one is close). */
const waveEnvironments = (config) => {
    const names = config.environments.map((e) => e.name);
    return Object.entries(config.waves ?? {}).flatMap(([wave, list]) => list.flatMap((name, k) => names.includes(name)
        ? []
        : [
            new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`wave '${wave}' names '${name}', which is not an environment${(0,_text_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .a)(name, names)}`, {
                file: config.file,
                line: (0,_config_config_js__WEBPACK_IMPORTED_MODULE_0__.configLine)(config, ['waves', wave, k]),
                hint: names.length > 0
                    ? `list environments of the config in waves.${wave}; environments, in order: ${names.join(', ')}`
                    : 'the config lists no environments: add them under environments:',
            }),
        ]));
};
/**
 * No `verify.keys` entry (top level or a service's) holds a private key: the repository would give anyone the
 * key that signs. digests and promote refuse it when they verify; refused here at its line, so `lockstep config`
 * and the PR check catch it before the merge. An entry written as PEM text is read as it is; one naming a file is
 * read when the caller gives `files` (a file that is missing, or holds no PEM block at all, is refused too).
 */
const verifyKeys = async (config, files) => {
    const lists = [
        [['verify', 'keys'], config.verify?.keys],
        ...Object.entries(config.services).map(([name, s]) => [
            ['services', name, 'verify', 'keys'],
            s.verify?.keys,
        ]),
    ];
    const found = [];
    for (const [path, keys] of lists)
        for (const [k, key] of (keys ?? []).entries()) {
            const at = { file: config.file, line: (0,_config_config_js__WEBPACK_IMPORTED_MODULE_0__.configLine)(config, [...path, k]) };
            const entry = `${path.join('.')}[${k}]`;
            const inline = key.trimStart().startsWith('-----BEGIN');
            if (!inline && files === undefined)
                continue;
            let text = key;
            if (!inline)
                try {
                    text = await files(key, 'verify.keys');
                }
                catch (e) {
                    if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo))
                        throw e;
                    found.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(e.message, { ...at, ...(e.hint ? { hint: e.hint } : {}) }));
                    continue;
                }
            const named = inline ? entry : `${entry}: ${key}`;
            const label = (0,_text_pem_js__WEBPACK_IMPORTED_MODULE_3__/* .privateKeyLabel */ .p)(text);
            if (label !== undefined)
                found.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${named} is a private key (-----BEGIN ${label}-----), not a public key: whoever reads the repository can sign with it`, {
                    ...at,
                    hint: 'remove it from the repository, treat the key as leaked (make a new pair, re-sign), and list the public key (cosign.pub: -----BEGIN PUBLIC KEY-----)',
                }));
            else if (!/-----BEGIN [A-Z0-9 ]{1,60}-----/.test(text))
                found.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${named} holds no PEM block, so no public key`, {
                    ...at,
                    hint: 'name the cosign public key file (cosign.pub: -----BEGIN PUBLIC KEY-----), or write the key as text',
                }));
        }
    return found;
};
/**
 * The checks every command runs on the config it loads, in order. Another
 * check (a `charts:` glob matching no chart, say) is one more entry here.
 */
const CONFIG_CHECKS = [windowCrons, waveEnvironments, verifyKeys];
/**
 * Runs every check on `config` (reading the files it names through `files`, when given): throws all the problems
 * found together (each at its line, in the order of the file), else returns the config.
 */
async function checkConfig(config, files, checks = CONFIG_CHECKS) {
    const problems = [];
    for (const check of checks)
        problems.push(...(await check(config, files)));
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .throwAll */ .Kx)(problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
    return config;
}
/** loadConfig, then every check: what each command reads its config with, before any network request. */
async function loadCheckedConfig(workspace, path) {
    return checkConfig((0,_config_config_js__WEBPACK_IMPORTED_MODULE_0__.loadConfig)(workspace, path));
}


/***/ }),

/***/ 13483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ globProblem),
/* harmony export */   Tg: () => (/* binding */ globError),
/* harmony export */   fU: () => (/* binding */ globMatcher),
/* harmony export */   vd: () => (/* binding */ GLOB_HINT)
/* harmony export */ });
/* unused harmony exports MAX_GLOB_LENGTH, MAX_GLOBSTARS, MAX_GLOB_LOOPS */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99788);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);


// picomatch compiles a glob to a backtracking regex: each `**` and `*` becomes a lazy loop, and the
// loops of one glob multiply: `a/**/` sixteen times against a path 40 folders deep ran for minutes.
// A pull request can write the globs (its config, when the summary shows what it would decide) and
// the paths. So the globs picomatch sees are bounded here (length, `**`, loops) and every matcher
// has a time budget; past either, the run fails closed with an error that names the glob.
/** Longest glob matched. */
const MAX_GLOB_LENGTH = 256;
/** At most this many `**` in one glob: each one is a loop over a whole path. */
const MAX_GLOBSTARS = 2;
/** At most this many loops (`*`, `**`, `*(…)`, `+(…)`) in one glob. */
const MAX_GLOB_LOOPS = 3;
/** Time one matcher may spend over a run before it fails closed. */
const MATCH_BUDGET_MS = 2000;
/**
 * Why picomatch must not be given this glob, as the words after `'glob'` in
 * an error; undefined when it is within the bounds.
 */
function globProblem(glob) {
    if (glob.length > MAX_GLOB_LENGTH)
        return `is ${glob.length} characters long; lockstep matches globs of at most ${MAX_GLOB_LENGTH}`;
    const globstars = glob.match(/\*\*/g)?.length ?? 0;
    if (globstars > MAX_GLOBSTARS)
        return `holds ${globstars} '**'; lockstep matches at most ${MAX_GLOBSTARS} in one glob, since each one multiplies the work of matching a deep path`;
    const loops = (glob.match(/\*+|[+*]\(/g) ?? []).length;
    if (loops > MAX_GLOB_LOOPS)
        return `holds ${loops} wildcards (* or **); lockstep matches at most ${MAX_GLOB_LOOPS} in one glob, since each one multiplies the work of matching a long path`;
    return undefined;
}
/** The hint that goes with globProblem. */
const GLOB_HINT = 'shorten the glob (name the folders, or use one **)';
/** The error for a glob outside the bounds, or undefined. */
function globError(glob, where = {}) {
    const problem = globProblem(glob);
    if (!problem)
        return undefined;
    if (!where.file && where.input)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`: '${glob}' ${problem}`, { input: where.input, hint: GLOB_HINT });
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${where.file ? (where.key ?? 'glob') : 'glob'}: '${glob}' ${problem}`, {
        file: where.file,
        line: where.line,
        hint: GLOB_HINT,
    });
}
/**
 * picomatch over bounded globs (`dot: true`): a glob outside the bounds is a
 * UserError (naming `where`), and a matcher that has spent its time budget
 * throws one instead of matching on.
 */
function globMatcher(globs, where = {}) {
    const list = typeof globs === 'string' ? [globs] : globs;
    for (const g of list) {
        const e = globError(g, where);
        if (e)
            throw e;
    }
    const match = picomatch__WEBPACK_IMPORTED_MODULE_1___default()(list, { dot: true });
    let spent = 0;
    return (path) => {
        const started = performance.now();
        const r = match(path);
        spent += performance.now() - started;
        if (spent > MATCH_BUDGET_MS) {
            const what = `matching ${list.length === 1 ? `'${list[0]}'` : `the globs ${list.map((g) => `'${g}'`).join(', ')}`} against the repository's paths took over ${MATCH_BUDGET_MS / 1000} s`;
            if (where.key === undefined && where.input !== undefined)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`: ${what}`, { input: where.input, hint: GLOB_HINT });
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${where.key ?? 'glob'}: ${what}`, { file: where.file, line: where.line, hint: GLOB_HINT });
        }
        return r;
    };
}


/***/ }),

/***/ 73603:
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


/***/ }),

/***/ 73491:
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


/***/ }),

/***/ 76551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ privateKeyLabel)
/* harmony export */ });
// What a PEM text says of itself by its labels, read without parsing the key: the config check
// (settings/validate.ts) and the verifier (registry/) refuse a private key by the same rule.
/** The label of a PEM block that holds a private key (`PRIVATE KEY`, `EC PRIVATE KEY`, `ENCRYPTED COSIGN PRIVATE KEY`, …), if the text has one. */
function privateKeyLabel(text) {
    for (const m of text.matchAll(/-----BEGIN ([A-Z0-9 ]{1,60})-----/g))
        if (/PRIVATE KEY/.test(m[1]))
            return m[1];
    return undefined;
}


/***/ }),

/***/ 61318:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ diffArrays)
/* harmony export */ });
/* unused harmony export arrayDiff */
/* harmony import */ var _base_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63102);

class ArrayDiff extends _base_js__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A {
    tokenize(value) {
        return value.slice();
    }
    join(value) {
        return value;
    }
    removeEmpty(value) {
        return value;
    }
}
const arrayDiff = new ArrayDiff();
function diffArrays(oldArr, newArr, options) {
    return arrayDiff.diff(oldArr, newArr, options);
}


/***/ })

};
