export const id = 6250;
export const ids = [6250,7892];
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

/***/ 58162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q_: () => (/* binding */ assertRemoteName),
/* harmony export */   Rw: () => (/* binding */ checkBranchNames),
/* harmony export */   hh: () => (/* binding */ checkRefName),
/* harmony export */   jh: () => (/* binding */ isCommitId)
/* harmony export */ });
/* unused harmony export assertRefInput */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

/**
 * Refuses, without running anything, a name that git could read as an
 * option (a leading `-`, e.g. `--upload-pack=touch /tmp/x`), that holds
 * white space or control characters, that uses the `@{…}` reflog syntax,
 * or that is spelled as a full ref. Call it while validating inputs, before
 * any git process starts (RELIABILITY case 2).
 */
function assertRefInput(name, input, kind = 'branch') {
    const bad = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`: ${JSON.stringify(name)} is not a valid ${kind} name (${why})`, {
        input: input,
        hint: `use a plain ${kind} name such as ${kind === 'branch' ? 'chore/release-1.2.0' : 'v1.2.0'}`,
    });
    if (name === '')
        throw bad('empty');
    if (name.startsWith('-'))
        throw bad('starts with "-"');
    if (/[\s\u0000-\u001f\u007f]/u.test(name))
        throw bad('contains white space or a control character');
    if (name.includes('@{'))
        throw bad('contains "@{"');
    if (name === 'HEAD' || name === '@')
        throw bad('names HEAD');
    if (/^refs\//.test(name))
        throw bad(`give it without the refs/${kind === 'branch' ? 'heads' : 'tags'}/ prefix`);
    if (name.length > 255)
        throw bad('longer than 255 characters');
}
/**
 * Validates a branch or tag name from an input: assertRefInput first, then,
 * for a name PLAIN_NAME does not cover, `git check-ref-format` (`--branch` for
 * branches, `refs/tags/<name>` for tags), so git's own rules decide (`..`,
 * `~`, `.lock`, …). Returns the name.
 */
async function checkRefName(git, name, input, kind = 'branch') {
    assertRefInput(name, input, kind);
    // A plain name (PLAIN_NAME) is one git accepts: no git start for it (a promotion's fetch of main waited for one).
    const key = `${kind}\0${name}`;
    if (PLAIN_NAME.test(name) || accepted.has(key))
        return name;
    const r = await git(kind === 'branch' ? ['check-ref-format', '--branch', name] : ['check-ref-format', `refs/tags/${name}`]);
    if (r.code !== 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`: ${JSON.stringify(name)} is not a valid ${kind} name (git check-ref-format refused it)`, {
            input: input,
            hint: 'see `git help check-ref-format` for the rules',
        });
    accepted.add(key);
    return name;
}
/**
 * Names git's check-ref-format already accepted in this process (`kind NUL
 * name`). Its answer depends on the name alone (assertRefInput refuses the
 * `@{…}` forms `--branch` would expand), so a run that fetches and pushes the
 * same branch asks git once, not at every fetch and push.
 */
const accepted = new Set();
/** Many branch names checked as checkRefName checks one (a hydrate run names hundreds of branches). */
async function checkBranchNames(git, names, input) {
    for (const name of new Set(names))
        await checkRefName(git, name, input, 'branch');
}
/**
 * Names git accepts whatever the rest of its rules say: components of letters, digits, `_` and `-`, none
 * starting with `-`, joined by single slashes (no dot, so no `..`, `.lock` or leading dot; no `@`, `~`, `^`,
 * `:`, `?`, `*`, `[`, `\\`).
 */
const PLAIN_NAME = /^[A-Za-z0-9_][A-Za-z0-9_-]*(\/[A-Za-z0-9_][A-Za-z0-9_-]*)*$/;
/** A full commit id: 40 hex digits (SHA-1) or 64 (SHA-256), lower case as git prints them. */
function isCommitId(s) {
    return /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(s);
}
/** Refuses a remote name that git could read as an option or that holds odd characters. */
function assertRemoteName(remote) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(remote))
        throw new Error(`invalid git remote name ${JSON.stringify(remote)}`);
}


/***/ }),

/***/ 77841:
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
/* harmony import */ var _parts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73491);

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

/***/ 91062:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D2: () => (/* binding */ trailBody),
/* harmony export */   KP: () => (/* binding */ TRAIL_MARKER),
/* harmony export */   Lh: () => (/* binding */ shipsOf),
/* harmony export */   UI: () => (/* binding */ shipsMarker),
/* harmony export */   ee: () => (/* binding */ describeTrail)
/* harmony export */ });
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69888);
// The trail a source pull request gets: one comment from lockstep, edited in
// place, saying where its change went — "Released in v1.5.0", then one line
// per environment a promotion took it to, with that promotion's pull request
// and its state. Pure text in and out: the comment's current body is read
// back, the new step merged in, the whole written again.

/** The marker kind of the trail comment (`<!-- lockstep:trail -->`). */
const TRAIL_MARKER = 'trail';
const RELEASE_LINE = /^Released in (\S+)$/;
const ENV_LINE = /^→ (.+?) \((?:#\d+, )?[^()]*\)$/;
/** A step's line: `Released in v1.5.0`, `→ staging (#41, merged 2026-11-20)`, `→ prod (#44, draft)`. */
function lineOf(step) {
    if ('release' in step)
        return { key: 'release', line: `Released in ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(step.release)}` };
    const env = (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(step.environment);
    return { key: `env:${env}`, line: step.state === 'direct' ? `→ ${env} (committed directly)` : `→ ${env} (#${step.pull}, ${step.state})` };
}
/**
 * The trail's text with `step` merged into what `existing` (the comment's
 * current body, or undefined) says: the release line first, then each
 * environment in the order it was first reached, a step for an environment
 * already there replacing its line. Lines lockstep did not write are dropped.
 */
function trailBody(existing, step) {
    let release;
    const envs = new Map();
    for (const raw of (existing ?? '').split(/\r?\n/)) {
        const line = raw.trim();
        if (RELEASE_LINE.test(line))
            release = line;
        const env = ENV_LINE.exec(line);
        if (env)
            envs.set(`env:${env[1]}`, line);
    }
    const { key, line } = lineOf(step);
    if (key === 'release')
        release = line;
    else
        envs.set(key, line);
    return [...(release ? [release] : []), ...envs.values()].join('\n');
}
/** The hidden line a promotion pull request carries: the source pull requests it ships, read back when it merges. */
function shipsMarker(pulls) {
    return `<!-- lockstep:ships ${[...new Set(pulls)].sort((a, b) => a - b).join(' ')} -->`;
}
/** The pull requests a promotion pull request's body says it ships (at most 200), from its shipsMarker line. */
function shipsOf(body) {
    const m = /<!-- lockstep:ships ([\d ]{0,2000}) -->/.exec(body);
    return m ? [...new Set(m[1].split(' ').filter(Boolean).map(Number))].slice(0, 200) : [];
}
/** The outcome in words for the log and the summary: `Trail comment (<what>): created on #12, #13; already current on #14.`, then one line per failure. */
function describeTrail(what, o) {
    const list = (ns) => ns.map((n) => `#${n}`).join(', ');
    const done = [
        o.created.length ? `created on ${list(o.created)}` : '',
        o.updated.length ? `updated on ${list(o.updated)}` : '',
        o.unchanged.length ? `already current on ${list(o.unchanged)}` : '',
    ].filter(Boolean);
    return [
        ...(done.length ? [`Trail comment (${what}): ${done.join('; ')}.`] : []),
        ...o.failed.map((f) => `Trail comment (${what}) not left on ${f}`),
    ];
}


/***/ })

};
