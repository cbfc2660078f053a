export const id = 6560;
export const ids = [6560,7892];
export const modules = {

/***/ 65633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JS: () => (/* binding */ saveHeapMemory),
/* harmony export */   T$: () => (/* binding */ favourSmallHeap),
/* harmony export */   kK: () => (/* binding */ holdYoungGeneration)
/* harmony export */ });
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_0__);

let held = false;
/**
 * Keeps V8's young generation at the size it has, for a run about to parse a
 * lot of small YAML files. The yaml package allocates ~120 KB to parse a
 * 160-byte values.yaml (lexer, CST, composer), so a thousand-chart check
 * allocates ~600 MB of short-lived objects while holding ~20 MB. V8 answers
 * that rate by doubling the new space up to its ceiling (two 32 MB
 * semi-spaces), and the process's peak resident memory grows by those 64 MB
 * of garbage room (150 MB against 105 MB at the same live data), not by
 * anything kept. With growth factor 1 the new space stays where it is (1–2 MB
 * per semi-space); survivors are promoted a little earlier and scavenges run
 * more often, a few percent of the run's time.
 *
 * V8 reads this flag each time it considers growing the new space, so setting
 * it while the process runs takes effect (unlike --max-semi-space-size, read
 * once when the heap is set up, and a JavaScript action cannot pass Node
 * flags). It changes only how big the heap's nursery gets, never what the
 * program computes. Idempotent; process-wide, as every V8 flag is.
 */
function holdYoungGeneration() {
    if (held)
        return;
    held = true;
    (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)('--semi-space-growth-factor=1');
}
let small = false;
/**
 * Has V8 grow the old generation's limit by 20 % of what a mark-compact left
 * live, for a run that parses a few large YAML files (a promotion of 500
 * services: four 320 KB values files). With the young generation held, each
 * parse's lexer tokens and CST outlive a scavenge or two and are promoted;
 * V8's own factor (up to 4× for a fast collector) then let the old
 * generation grow from ~21 MB to ~85 MB with ~36 MB live before its next
 * mark-compact, and the process peaked at 165–185 MB. At 1.2× the promoted
 * garbage is collected sooner: measured 137–140 MB at the same point, at a few
 * more mark-compacts. (--optimize-for-size also got there, but with memory-
 * reducing compactions that made the 500-service dry run ~25 % slower.) V8
 * reads the flag each time it sets the limit after a mark-compact, so setting
 * it while the process runs takes effect; like holdYoungGeneration it changes
 * when V8 collects, never what the program computes, and is process-wide.
 * Set by promote, status and release (a release at 100,000 commits and 1,000
 * charts: 132–142 MB peak without it, ~125 MB with it).
 */
function favourSmallHeap() {
    if (small)
        return;
    small = true;
    (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)('--heap-growing-percent=20');
}
let saver = false;
/**
 * Puts V8 in its memory-saver mode (which "tries to keep memory footprint low
 * at the expense of extra cpu cycles", says --memory-saver-mode) for a run
 * whose peak is parse garbage collected late. `lockstep status` at L (1,000
 * services, values files of ~200 KB) allocates ~430 MB, most of it in the
 * yaml parser, while ~25 MB is live; each parse's CST outlives the held young
 * generation and is promoted, and how far the old generation grows before a
 * mark-compact catches up varies from run to run with how the parsing main
 * thread and V8's marking threads are scheduled: the committed heap peaked at
 * 42–67 MB and the process at 109–150 MB, the highest on a quiet machine. In
 * memory-saver mode the committed heap stayed at 38–42 MB and the process at
 * 104–124 MB in 50 runs of the large-repo bench, at 5–10 % more time. V8
 * reads the flag while the process runs (measured: the same figures as
 * passing it to node); like the two above it changes when V8 collects, never
 * what the program computes, and is process-wide. Set by status, and by
 * promote, whose dry run at L peaked at 130–151 MB from run to run without it
 * and at 119–125 MB with it (~880 → ~980 ms).
 */
function saveHeapMemory() {
    if (saver)
        return;
    saver = true;
    (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)('--memory-saver-mode');
}


/***/ }),

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

/***/ 82158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runStatus: () => (/* binding */ runStatus)
/* harmony export */ });
/* harmony import */ var _async_young_generation_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65633);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _text_bytes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29002);
/* harmony import */ var _text_parse_cache_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9053);
/* harmony import */ var _promote_status_tables_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(81646);
/* harmony import */ var _promote_request_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(81871);
/* harmony import */ var _promote_session_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(48098);
// `lockstep status`: promote-env's side-by-side table without promoting. The
// session is opened as for a dry run (no registry, no checks); each
// environment's files are read once at the tip of the base (its column, its
// pins), and each adjacent pair is planned there for what it would change —
// linear in environments × services (promote/status-tables.ts).







/**
 * The latest successful deployment of each environment, read with the token
 * when there is one; undefined when none was recorded. A token that may not
 * read deployments leaves the table as it was, said as a warning.
 */
async function deploymentRecord(ports, names, world) {
    if (!ports.github || names.length === 0)
        return undefined;
    try {
        const found = await ports.github.latestDeployments(names);
        if (found.size === 0)
            return undefined;
        return Object.fromEntries([...found].map(([env, d]) => [
            env,
            { id: d.id, sha: d.sha, createdAt: d.createdAt, ...(d.environmentUrl ? { environmentUrl: d.environmentUrl } : {}) },
        ]));
    }
    catch (e) {
        if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo))
            throw e;
        world.warning(`deployments not read: ${e.message}`);
        return undefined;
    }
}
/**
 * Opens the session as a dry run of every pair and walks the environments in
 * order: each one's files are read once at the tip of the base (its column and
 * its pins), and the pair that ends at it is planned (a refused one becomes
 * its `error`) while both its environments' parses are still at hand.
 */
async function runStatus(i, world) {
    // Every pair's plan parses the environments' values files: their garbage must not grow V8's nursery, nor,
    // promoted, the old generation far past what is live (see runPromote). At L (1,000 services, values files of
    // ~200 KB) the run allocates ~430 MB, ~335 MB of it in the yaml parser, while ~25 MB is live; how late a
    // mark-compact catches up with the promoted garbage varied the peak by 25 MB run to run (saveHeapMemory).
    (0,_async_young_generation_js__WEBPACK_IMPORTED_MODULE_0__/* .holdYoungGeneration */ .kK)();
    (0,_async_young_generation_js__WEBPACK_IMPORTED_MODULE_0__/* .favourSmallHeap */ .T$)();
    (0,_async_young_generation_js__WEBPACK_IMPORTED_MODULE_0__/* .saveHeapMemory */ .JS)();
    const asked = (0,_promote_request_js__WEBPACK_IMPORTED_MODULE_4__/* .readOnlyPromoteInputs */ .eo)(i);
    const local = await (0,_promote_session_js__WEBPACK_IMPORTED_MODULE_5__/* .localPromotion */ .dG)(asked, world.workspace);
    const session = await (0,_promote_session_js__WEBPACK_IMPORTED_MODULE_5__/* .openSession */ .fA)(asked, local, world);
    try {
        const req = await (0,_promote_session_js__WEBPACK_IMPORTED_MODULE_5__/* .sessionRequest */ .yi)(asked, local, session);
        const names = req.environments.map((e) => e.name);
        // The run's parses, a few at a time: an environment is read for its column, then as the target of the pair
        // ending at it and the source of the next one, and not again. A hundred environments' parses held to the end
        // would be hundreds of megabytes.
        const cache = new StatusParses({ maxTexts: PARSES_KEPT });
        const ports = cache.reading(session.world);
        const baseSha = names.length > 0 ? await baseTip(ports, req.base) : undefined;
        const columns = [];
        const pins = [];
        const next = [];
        for (let k = 0; k < names.length; k++) {
            if (baseSha) {
                const read = await (0,_promote_status_tables_js__WEBPACK_IMPORTED_MODULE_3__/* .readEnvironment */ .Qo)(req, req.environments[k], (p) => ports.git.readAt(baseSha, p), cache);
                columns.push(read.column);
                pins.push(read.pins);
            }
            if (k === 0)
                continue;
            next.push(await nextPromotion(req, names[k - 1], names[k], ports, cache));
            world.reporter.progress?.({ what: 'promotions planned', done: k, total: names.length - 1 });
        }
        // No base to read (the remote has no such branch): every cell says it cannot be read.
        const rows = baseSha ? (0,_promote_status_tables_js__WEBPACK_IMPORTED_MODULE_3__/* .sideBySide */ .Qp)(req, columns).rows : req.services.map((s) => ({ service: s.name, cells: names.map(() => '?') }));
        // The record promote-env keeps (record: deployments): the latest successful deployment per environment, when there is one.
        const deployments = await deploymentRecord(session.world, names, world);
        if (deployments)
            rows.push({ service: 'deployed', cells: names.map((n) => (deployments[n] ? deployments[n].sha.slice(0, 12) : '—')) });
        return {
            base: req.base,
            baseSha,
            ...(session.readFrom ? { readFrom: session.readFrom } : {}),
            environments: names,
            ...(req.waves ? { waves: req.waves } : {}),
            rows,
            next,
            pins,
            ...(deployments ? { deployments } : {}),
        };
    }
    finally {
        await session.close();
    }
}
/** Texts a status run keeps as read (not parsed): two environments' values files and Applications, and room for what else a pair reads. */
const TEXTS_KEPT = 8;
/** Texts whose parses a status run keeps: two environments' values files and Applications, and room for a chart's files. */
const PARSES_KEPT = 12;
/** The tip of the base branch, or undefined when the remote has no such branch (each pair then says so). */
async function baseTip(ports, base) {
    try {
        return await (0,_promote_session_js__WEBPACK_IMPORTED_MODULE_5__/* .fetchBase */ .cu)(ports, base);
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo)
            return undefined;
        throw e;
    }
}
/** What promoting `from` into `to` would change, or why it cannot be planned. */
async function nextPromotion(req, from, to, ports, cache) {
    try {
        const { changes, chart } = await planPair(req, from, to, ports, cache);
        return { from, to, changes, chart };
    }
    catch (e) {
        if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo))
            throw e;
        return { from, to, changes: [], error: e.message };
    }
}
/**
 * The parses of a status run. Every file status reads is at the tip of the
 * base, and each is parsed once for the run: the middle environment is one
 * pair's target and the next pair's source, and every environment is a column
 * and a pins entry. A plan lets go of its target's parse once its edit is
 * checked (a promotion reads that file no more); here the parse of a text read
 * from git is kept, so that the next reader finds it. At L (1,000 services,
 * values files of ~200 KB, each parse allocating ~60 MB in the yaml parser)
 * that is five parses instead of seven. What is let go is a pair's edited
 * target, which only that pair reads, unless its text is byte for byte one
 * read at the base (a target left as its source is), whose parse stays.
 */
class StatusParses extends _text_parse_cache_js__WEBPACK_IMPORTED_MODULE_6__/* .ParseCache */ .i {
    #read = new Set();
    /** The last texts read (commit and path → text): an environment's files are asked for by its column, then by the two pairs it is in. */
    #texts = new Map();
    /** `world` with every file read through its git kept parsed for the run, and the last few texts read kept. */
    reading(world) {
        const git = world.git;
        const fresh = async (commit, path) => {
            const text = await git.readAt(commit, path);
            if (text !== undefined)
                this.#read.add((0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .stripBom */ .F8)(text));
            return text;
        };
        const readAt = (commit, path) => {
            const key = `${commit}\0${path}`;
            let text = this.#texts.get(key);
            if (text === undefined) {
                text = fresh(commit, path);
                // A refused read is not kept: the next reader asks git again.
                text.catch(() => this.#texts.get(key) === text && this.#texts.delete(key));
                if (this.#texts.size >= TEXTS_KEPT)
                    this.#texts.delete(this.#texts.keys().next().value);
                this.#texts.set(key, text);
            }
            return text;
        };
        return { ...world, git: { ...git, readAt } };
    }
    forget(text) {
        if (!this.#read.has(text))
            super.forget(text);
    }
}
/**
 * The dry-run plan of one adjacent pair on the tip of the base: its own route checked, once. Status shows what
 * each promotion would change, not its edited files: the target's files are edited (and the edit parsed back
 * and checked) only for a protected target, whose plan checks every pin of the edited file.
 */
async function planPair(req, from, to, ports, cache) {
    const pair = { ...req, from: { kind: 'env', env: from }, to };
    const route = (0,_promote_request_js__WEBPACK_IMPORTED_MODULE_4__/* .checkRoute */ .QF)(pair);
    const baseSha = await (0,_promote_session_js__WEBPACK_IMPORTED_MODULE_5__/* .fetchBase */ .cu)(ports, pair.base);
    const plan = await (0,_promote_session_js__WEBPACK_IMPORTED_MODULE_5__/* .planOn */ .J9)(pair, route, ports, baseSha, cache, route.to.protected);
    // The edited target is the plan's own: no later pair and no column reads it (they read the files at the base),
    // so its parse (~5 MB at 1,000 services) is let go before the next pair parses.
    for (const f of plan.files)
        cache.forget((0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .stripBom */ .F8)(f.after));
    return plan;
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
