export const id = 741;
export const ids = [741];
export const modules = {

/***/ 5633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T$: () => (/* binding */ favourSmallHeap),
/* harmony export */   kK: () => (/* binding */ holdYoungGeneration),
/* harmony export */   q: () => (/* binding */ outsideMemorySaver)
/* harmony export */ });
/* unused harmony exports saveHeapMemory, HeapSettings */
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_0__);

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
    heap.holdYoungGeneration();
}
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
 * Set by promote, status, release (a release at 100,000 commits and 1,000
 * charts: 132–142 MB peak without it, ~125 MB with it) and the PR check (at
 * that scale with three charts rendered: 185–188 MB without it, 130–148 MB with it).
 */
function favourSmallHeap() {
    heap.favourSmallHeap();
}
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
 * what the program computes, and is process-wide. Set by promote, whose dry
 * run at L peaked at 130–151 MB from run to run without it and at 119–125 MB
 * with it (~880 → ~980 ms). No longer by status: since its pins are read
 * through the pin index (deploy/pins/pin-index.ts, js-yaml events) rather than the
 * yaml package's syntax tree, its peak stays within 110–132 MB without it, and
 * the mode's extra collections were a fifth of its CPU at 100 environments.
 */
function saveHeapMemory() {
    heap.saveHeapMemory();
}
/**
 * Runs `work` with V8's memory-saver mode off, where saveHeapMemory put the process in it, and puts it back once
 * the last such work has ended (they may overlap: environments rendered at once). For a burst that allocates what
 * it keeps: a render's two outputs parsed and compared (300 objects, two 115 kB streams) build objects that stay
 * live to the end of the run, and in the mode V8 collected them again and again while they were built: 40–60 ms
 * more of a promotion's render. The plans' parse garbage, what the mode is set for, is made before and after,
 * with the mode on. Process-wide, as the flag is; it changes when V8 collects, never what the program computes.
 */
function outsideMemorySaver(work) {
    return heap.outsideMemorySaver(work);
}
/** The heap settings of one process, each V8 flag set once through `set` (node:v8's setFlagsFromString). */
class HeapSettings {
    held = false;
    small = false;
    saver = false;
    lent = 0;
    set;
    constructor(set = node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString) {
        this.set = set;
    }
    holdYoungGeneration() {
        if (this.held)
            return;
        this.held = true;
        this.set('--semi-space-growth-factor=1');
    }
    favourSmallHeap() {
        if (this.small)
            return;
        this.small = true;
        this.set('--heap-growing-percent=20');
    }
    saveHeapMemory() {
        if (this.saver)
            return;
        this.saver = true;
        if (this.lent === 0)
            this.set('--memory-saver-mode');
    }
    async outsideMemorySaver(work) {
        if (this.lent++ === 0 && this.saver)
            this.set('--no-memory-saver-mode');
        try {
            return await work();
        }
        finally {
            if (--this.lent === 0 && this.saver)
                this.set('--memory-saver-mode');
        }
    }
}
const heap = new HeapSettings();


/***/ }),

/***/ 8657:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ readChartArchive)
/* harmony export */ });
/* unused harmony export CHART_TOP_FILES */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var tar_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6118);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);
// A packaged chart (`helm package`'s .tgz, the content layer of a chart in an
// OCI registry) read in memory: gunzipped by zlib with a cap on what it may
// grow to, the tar read by tar-stream. Only the chart's own Chart.yaml,
// values.yaml and values.schema.json are kept (`<chart>/<file>`), on request
// its templates, and on request the same files of its subcharts, which a
// packaged chart holds as folders (`<chart>/charts/<sub>/…`, at any depth).



/** The files of a chart archive that a values comparison reads. */
const CHART_TOP_FILES = ['Chart.yaml', 'values.yaml', 'values.schema.json'];
/** Far above any chart's unpacked size; a gzip bomb stops here. */
const MAX_UNPACKED = 64 * 1024 * 1024;
/** Each kept file is at most this large. */
const MAX_FILE = 4 * 1024 * 1024;
/** At most this much template text is kept from one archive (the rest is left out). */
const MAX_TEMPLATES = 16 * 1024 * 1024;
/**
 * The top-level Chart.yaml, values.yaml and values.schema.json of a packaged
 * chart, by file name, with `templates` its own `templates/…` files by path
 * in the chart, and with `subcharts` the same of each subchart
 * (`charts/<sub>/values.yaml`, …). `what` names the archive in errors.
 */
async function readChartArchive(tgz, what, opts = {}) {
    let tar;
    try {
        tar = (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.gunzipSync)(tgz, { maxOutputLength: MAX_UNPACKED });
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${what} is not a gzip'd chart archive (${e.message})`, {
            hint: 'push the chart with helm push (or lockstep publish-chart)',
        });
    }
    const files = new Map();
    let templateChars = 0;
    const reader = (0,tar_stream__WEBPACK_IMPORTED_MODULE_1__.extract)();
    const done = (async () => {
        for await (const entry of reader) {
            const name = entry.header.name.replace(/^\.\/+/, '');
            const parts = name.split('/');
            const size = entry.header.size ?? 0;
            // With subcharts, a path below charts/<sub>/ (at any depth) is read as the subchart's own.
            let at = 1;
            if (opts.subcharts === true)
                while (parts[at] === 'charts' && parts.length > at + 2)
                    at += 2;
            const rest = parts.slice(at);
            const template = opts.templates === true && rest.length >= 2 && rest[0] === 'templates' && templateChars + size <= MAX_TEMPLATES;
            const keep = entry.header.type === 'file' &&
                ((rest.length === 1 && CHART_TOP_FILES.includes(rest[0])) || template) &&
                size <= MAX_FILE;
            const chunks = [];
            // tar-stream's entries yield Buffers; its types say unknown.
            for await (const chunk of entry)
                if (keep)
                    chunks.push(chunk);
            const key = parts.slice(1).join('/');
            if (keep && !files.has(key)) {
                if (template)
                    templateChars += size;
                files.set(key, Buffer.concat(chunks).toString('utf8'));
            }
        }
    })();
    reader.end(tar);
    try {
        await done;
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${what} is not a readable tar archive (${e.message})`, {
            hint: 'push the chart with helm push (or lockstep publish-chart)',
        });
    }
    return files;
}


/***/ }),

/***/ 7892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C9: () => (/* binding */ chartOwner),
/* harmony export */   Jd: () => (/* binding */ findCharts),
/* harmony export */   Jr: () => (/* binding */ chartPatternMatcher),
/* harmony export */   Q1: () => (/* binding */ topChartDirs),
/* harmony export */   eP: () => (/* binding */ normalizePattern)
/* harmony export */ });
/* unused harmony exports isInsideChartsFolder, owningChart */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9788);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _text_glob_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3483);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
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

/***/ 3068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dp: () => (/* binding */ inexactRevisions)
/* harmony export */ });
/* unused harmony exports inexactRevision, inexactRevisionsIn */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7306);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var semver_ranges_valid_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8219);
/* harmony import */ var semver_ranges_valid_js__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(semver_ranges_valid_js__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _text_bytes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9002);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4293);
// A protected environment deploys exactly what was reviewed: its ArgoCD
// Application pins one chart version. `*`, a range (`^1.2`, `1.x`, `>=1.0`,
// `~1.2`), a branch name or `HEAD` lets the cluster pick up a chart nobody
// promoted. SemVer decides what is exact (semver.valid) and what is a range
// (semver.validRange); nothing here spells SemVer with a regex.






/** A full git commit id: what a `path:` (git) source may pin instead of a version tag. */
const COMMIT = /^[0-9a-f]{40}$|^[0-9a-f]{64}$/;
/**
 * Why `revision` is not one exact chart version, or undefined when it is.
 * A git `path:` source may also pin a full commit id.
 */
function inexactRevision(revision, source) {
    const text = revision.trim();
    if (semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1___default()(text) !== null)
        return undefined;
    if (source === 'path' && COMMIT.test(text))
        return undefined;
    if (text === '')
        return 'is empty, so the newest chart is deployed';
    if (text === '*')
        return "is '*', any version";
    if (text === 'HEAD')
        return "is 'HEAD', whatever the default branch holds";
    if (semver_ranges_valid_js__WEBPACK_IMPORTED_MODULE_2___default()(text) !== null)
        return `is '${text}', a range, not one version`;
    return `is '${text}', a branch or tag name, not a chart version`;
}
/** The hint every such problem carries. */
const HINT = 'pin one exact chart version, e.g. targetRevision: 1.4.0 (a protected environment deploys only what was promoted)';
/**
 * Every chart source of every Application in an Applications file whose
 * targetRevision is not exact, at its line: a source with `chart:` (Helm
 * repository or OCI) or `path:` (a chart in git). Sources with neither (a
 * multi-source `ref:` for values files) carry no chart version.
 */
function inexactRevisions(text, file) {
    return inexactRevisionsIn((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .parseYaml */ .hN)((0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_3__/* .stripBom */ .F8)(text), file, { allowMulti: true }));
}
/** inexactRevisions on a file already parsed. */
function inexactRevisionsIn(parsed) {
    const out = [];
    for (const doc of parsed.documents ?? []) {
        const root = doc.contents;
        const spec = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .mapValue */ .IS)(root, 'spec');
        const kind = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .mapValue */ .IS)(root, 'kind')) ?? 'Application';
        if (kind !== 'Application' || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(spec))
            continue;
        const name = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .mapValue */ .IS)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .mapValue */ .IS)(root, 'metadata'), 'name'));
        const sources = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .mapValue */ .IS)(spec, 'sources');
        const list = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(sources) ? sources.items : [(0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .mapValue */ .IS)(spec, 'source')].filter((s) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(s));
        for (const source of list) {
            const kindOf = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .mapValue */ .IS)(source, 'chart')) !== undefined
                ? 'chart'
                : (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .mapValue */ .IS)(source, 'path')) !== undefined
                    ? 'path'
                    : undefined;
            if (!kindOf)
                continue;
            const rev = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .mapValue */ .IS)(source, 'targetRevision');
            const why = inexactRevision((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .scalarText */ .ws)(rev) ?? '', kindOf);
            if (!why)
                continue;
            out.push({
                file: parsed.file,
                line: parsed.lineOf(rev ?? source) ?? 1,
                message: `targetRevision of Application ${name ?? '(unnamed)'} ${rev === undefined || rev === null ? 'is not set, so the newest chart is deployed' : why}`,
                hint: HINT,
            });
        }
    }
    return out;
}


/***/ }),

/***/ 5479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SA: () => (/* binding */ chartChoice),
  Ts: () => (/* binding */ ignoredEntries),
  MV: () => (/* binding */ selectCharts),
  pg: () => (/* binding */ uncoveredCharts),
  de: () => (/* binding */ whereOf)
});

// UNUSED EXPORTS: refuseUnmatchedConfigEntries, skippedLine, unmatchedConfigEntries, unmatchedEntries

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/charts/discover.ts
var discover = __webpack_require__(7892);
// EXTERNAL MODULE: ./packages/core/src/charts/suggest.ts
var suggest = __webpack_require__(8225);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/core/src/charts/tree.ts


const SKIP = new Set(['.git', 'node_modules']);
/**
 * Every Chart.yaml under `root` as POSIX paths relative to it, for
 * findCharts. Symbolic links are not followed (a chart reached through one
 * could lie outside the workspace), and `.git` and `node_modules` are skipped.
 * With `linked`, the chart folders reached only through a symbolic link (a
 * linked Chart.yaml, or a linked folder holding one) are collected there, so a
 * caller can name the refused link instead of saying no chart matched.
 */
function tree_listChartFiles(root, linked) {
    const out = [];
    const walk = (abs, rel) => {
        let entries;
        try {
            entries = readdirSync(abs, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries) {
            if (e.isDirectory()) {
                if (!SKIP.has(e.name))
                    walk(join(abs, e.name), rel ? `${rel}/${e.name}` : e.name);
            }
            else if (e.isFile() && e.name === 'Chart.yaml')
                out.push(rel ? `${rel}/Chart.yaml` : 'Chart.yaml');
            else if (linked && e.isSymbolicLink()) {
                const path = rel ? `${rel}/${e.name}` : e.name;
                if (e.name === 'Chart.yaml')
                    linked.push(rel || '.');
                else if (!SKIP.has(e.name) && existsSync(join(abs, e.name, 'Chart.yaml')))
                    linked.push(path);
            }
        }
    };
    walk(root, '');
    return out.sort();
}

;// CONCATENATED MODULE: ./packages/core/src/charts/selection.ts




/** The choice an input (`given`, empty when not given) and the config make. */
function chartChoice(given, config, lineOf, inputName = 'charts') {
    if (given.length > 0)
        return { kind: 'patterns', entries: given.map((p) => ({ pattern: p, input: inputName })) };
    const charts = config?.charts;
    if (charts === undefined)
        return { kind: 'every' };
    if (charts.length === 0)
        return { kind: 'none', at: { file: config?.file, line: lineOf(['charts']) } };
    return {
        kind: 'patterns',
        entries: charts.map((p, i) => ({ pattern: p, key: 'charts', file: config?.file, line: lineOf(['charts', i]) })),
    };
}
/** The config's `charts-ignore:` entries: chart folders no `charts:` entry needs to cover. */
function ignoredEntries(config, lineOf) {
    return (config?.chartsIgnore ?? []).map((p, i) => ({
        pattern: p,
        key: 'charts-ignore',
        file: config?.file,
        line: lineOf(['charts-ignore', i]),
    }));
}
/** The chart folders of `dirs` the choice selects, sorted. */
function selectCharts(dirs, choice) {
    if (choice.kind === 'none')
        return [];
    if (choice.kind === 'every')
        return [...dirs].sort();
    return dirs.filter((0,discover/* chartPatternMatcher */.Jr)(choice.entries.map((e) => e.pattern))).sort();
}
/**
 * Every entry that matches no folder of `dirs`, as an error at its config
 * line (or naming its input), with the nearest chart folder as a suggestion.
 * A pattern that selects nothing would silently leave a chart unguarded.
 */
function unmatchedEntries(entries, dirs, hintOf) {
    return entries.flatMap((e) => {
        if (dirs.some(chartPatternMatcher([e.pattern])))
            return [];
        const text = e.written ?? e.pattern;
        // The pattern's likely meaning (`chart/*` → `charts/*`), as the check says it (charts/suggest.ts).
        const folders = [...new Set(dirs.flatMap((d) => d.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/'))))];
        const guess = suggestPattern(normalizePattern(e.pattern), folders, (p) => dirs.some(chartPatternMatcher([p])));
        const hint = hintOf?.(e) ??
            (e.file !== undefined || e.key !== undefined
                ? `${guess ? `did you mean ${guess}? ` : ''}fix \`${e.key ?? 'charts'}:\` in the config (paths or globs relative to the working directory)`
                : words `${guess ? `did you mean ${guess}? ` : ''}fix ${theInput(e.input ?? 'charts')} (paths or globs relative to working-directory)`);
        return [
            new UserError(`chart '${text}' matches no folder holding a Chart.yaml`, {
                file: e.file,
                line: e.file !== undefined ? (e.line ?? 1) : undefined,
                hint,
            }),
        ];
    });
}
/**
 * Refuses, at their lines, the config's `charts:` and `charts-ignore:` entries that match no chart folder
 * under `workdir`: every command that reads `charts:` says so before anything else, as `lockstep config` does.
 */
function refuseUnmatchedConfigEntries(config, lineOf, workdir) {
    if (config.charts?.length || config.chartsIgnore?.length)
        throwAll(unmatchedConfigEntries(config, lineOf, findCharts(listChartFiles(workdir))));
}
/** The chart folders of `dirs` that no entry of a `patterns` choice covers and no `charts-ignore:` entry excludes. */
function uncoveredCharts(dirs, choice, ignored) {
    if (choice.kind !== 'patterns')
        return [];
    const covered = (0,discover/* chartPatternMatcher */.Jr)(choice.entries.map((e) => e.pattern));
    const ignoredDir = ignored.length > 0 ? (0,discover/* chartPatternMatcher */.Jr)(ignored.map((e) => e.pattern)) : () => false;
    return dirs.filter((d) => !covered(d) && !ignoredDir(d)).sort();
}
/** `file:line` of an entry or of `charts: []`, for the one line that says so. */
function whereOf(at) {
    return at.file === undefined ? 'charts' : `${at.file}:${at.line ?? 1}`;
}
/** The one line release and publish say about the chart folders `charts:` leaves out (none: undefined). */
function skippedLine(skipped, at) {
    if (skipped.length === 0)
        return undefined;
    const where = at?.file !== undefined ? ` (${whereOf(at)})` : '';
    return `skipped ${skipped.join(', ')}: no \`charts:\` entry${where} covers ${skipped.length === 1 ? 'it' : 'them'} — add ${skipped.length === 1 ? 'it' : 'them'} to charts:, or to charts-ignore: to leave ${skipped.length === 1 ? 'it' : 'them'} out on purpose`;
}
/**
 * The config's `charts:` and `charts-ignore:` entries that match none of `dirs` (the chart folders), as
 * errors at their lines: what every command refuses, for those that otherwise never list the charts
 * (`lockstep config`, promote-env).
 */
function unmatchedConfigEntries(config, lineOf, dirs) {
    const choice = chartChoice([], config, lineOf);
    const entries = [...(choice.kind === 'patterns' ? choice.entries : []), ...ignoredEntries(config, lineOf)];
    return entries.length === 0 ? [] : unmatchedEntries(entries, dirs);
}


/***/ }),

/***/ 8225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ suggestPattern)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9788);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _text_suggest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4619);
// What a chart pattern that matches nothing was most likely meant to be: said by the check (checks/targets.ts)
// and by every command that reads `charts:` (charts/selection.ts), in the same words.


/**
 * The existing path or corrected pattern closest to `pattern`: each literal
 * segment that names nothing at its depth is replaced by the nearest name
 * found there (`chart/*` → `charts/*`, `charts/*\/values-prd.yaml` →
 * `charts/*\/values-prod.yaml`), kept only when the result matches; else the
 * nearest whole path. Undefined when nothing is close.
 */
function suggestPattern(pattern, paths, matchesSomething) {
    const segments = pattern.split('/');
    const byDepth = new Map();
    for (const p of paths) {
        p.split('/').forEach((s, i) => {
            if (!byDepth.has(i))
                byDepth.set(i, new Set());
            byDepth.get(i).add(s);
        });
    }
    let changed = false;
    const fixed = segments.map((s, i) => {
        const names = byDepth.get(i);
        if (!names || names.has(s) || picomatch__WEBPACK_IMPORTED_MODULE_1___default().scan(s).isGlob)
            return s;
        const n = (0,_text_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .nearest */ .p)(s, names);
        if (n === undefined)
            return s;
        changed = true;
        return n;
    });
    const candidate = fixed.join('/');
    if (changed && matchesSomething(candidate))
        return candidate;
    if (picomatch__WEBPACK_IMPORTED_MODULE_1___default().scan(pattern).isGlob)
        return undefined;
    const whole = (0,_text_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .nearest */ .p)(pattern, paths);
    return whole !== pattern ? whole : undefined;
}


/***/ }),

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

/***/ 6744:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ siblingConfigError),
/* harmony export */   q: () => (/* binding */ otherConfigExtension)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);

// Light on purpose: chart-bump-check reads its config at the base commit and loads the config
// loader (and its schema validator) only when there is a file; this module serves both lookups.
/** `.yml` for `.yaml` and back (undefined for any other name): the file a user most likely meant when theirs is missing. */
function otherConfigExtension(rel) {
    if (/\.yml$/i.test(rel))
        return rel.replace(/\.yml$/i, '.yaml');
    if (/\.yaml$/i.test(rel))
        return rel.replace(/\.yaml$/i, '.yml');
    return undefined;
}
/** A missing config file whose other-extension sibling exists (`where`: ' at the base commit', or nothing). */
function siblingConfigError(rel, sibling, where = '') {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`config file ${rel} does not exist${where}`, {
        hint: `did you mean ${sibling}? (rename it, or set config: ${sibling} under with:)`,
        cliHint: `did you mean ${sibling}? (rename it, or pass --config ${sibling})`,
    });
}


/***/ }),

/***/ 4689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BX: () => (/* binding */ applicationValues),
  Iu: () => (/* binding */ chartSource),
  xL: () => (/* binding */ findChartRevision),
  nZ: () => (/* binding */ readApplication),
  SI: () => (/* binding */ sourceNames),
  u0: () => (/* binding */ sourcesOf),
  O6: () => (/* binding */ splitApplicationRef),
  aw: () => (/* binding */ valueFilePlaces)
});

// UNUSED EXPORTS: setChartRevision

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./packages/core/src/text/bytes.ts
var bytes = __webpack_require__(9002);
// EXTERNAL MODULE: ./packages/core/src/values/helm-set.ts
var helm_set = __webpack_require__(7223);
// EXTERNAL MODULE: ./packages/core/src/yaml/read.ts
var read = __webpack_require__(4293);
;// CONCATENATED MODULE: ./packages/core/src/deploy/argocd/parameters.ts
// An Argo CD Application's helm.parameters as values sources (issue 74): the values contract and the schema judge
// them with the files and the inline values, at each parameter's line, set as Helm sets a `--set` (helm-set.ts).




/**
 * helm.parameters as the values Helm receives from Argo CD: each a `--set` (`--set-string` with forceString) after
 * every values file, the `--set`s before the `--set-string`s as Helm applies them, each said at its name's line. A
 * name Helm would not parse is left to the render's error.
 */
function parameterSources(doc, text, file, at) {
    const list = doc?.getIn(at, true);
    if (!(0,dist/* isSeq */.oP)(list))
        return [];
    const sets = [];
    const strings = [];
    for (const item of list.items) {
        const nameNode = (0,read/* mapValue */.IS)(item, 'name');
        const name = (0,read/* scalarText */.ws)(nameNode);
        const valueNode = (0,read/* mapValue */.IS)(item, 'value');
        const force = (0,read/* mapValue */.IS)(item, 'forceString');
        const asString = (0,dist/* isScalar */.jn)(force) && force.value === true;
        const set = name ? (0,helm_set/* helmSet */.j2)(name, (0,helm_set/* argoSetValue */.xM)((0,read/* scalarText */.ws)(valueNode) ?? ''), asString) : undefined;
        if (!set)
            continue;
        const line = nameNode?.range ? (0,bytes/* lineAt */.mh)(text, nameNode.range[0]) : 1;
        (asString ? strings : sets).push({ file, text: '', set, line, label: 'helm.parameters' });
    }
    return [...sets, ...strings];
}

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/edits/check.ts + 1 modules
var check = __webpack_require__(5763);
// EXTERNAL MODULE: ./packages/core/src/edits/yaml-edit.ts
var yaml_edit = __webpack_require__(3077);
// EXTERNAL MODULE: ./packages/core/src/text/parse-cache.ts
var parse_cache = __webpack_require__(9053);
// EXTERNAL MODULE: ./packages/core/src/deploy/flux/flux.ts
var flux_flux = __webpack_require__(9674);
;// CONCATENATED MODULE: ./packages/core/src/deploy/argocd/application.ts
// The chart version an environment runs: `targetRevision` of its ArgoCD
// Application. The config's `application` names the file, optionally with
// `#<name>` to pick one Application of a multi-document file (seed 001 keeps
// every Application of an environment in one argocd-applications.yaml). The
// name matches the document's metadata.name, or a source's chart, or the last
// folder of a source's path; in a multi-source Application the source with
// the matching chart (or path) is the one edited.












/** `apps/prod.yaml#myapp-prod` → file and selector. */
function splitApplicationRef(ref) {
    const hash = ref.indexOf('#');
    if (hash < 0)
        return { file: ref };
    const name = ref.slice(hash + 1).trim();
    return { file: ref.slice(0, hash), name: name === '' ? undefined : name };
}
/** What a source is known by: its chart, its path and the path's last folder. */
function sourceNames(source) {
    const names = [];
    const chart = (0,read/* scalarText */.ws)((0,read/* mapValue */.IS)(source, 'chart'));
    const path = (0,read/* scalarText */.ws)((0,read/* mapValue */.IS)(source, 'path'));
    if (chart)
        names.push(chart);
    if (path) {
        const clean = path.replace(/\/+$/, '');
        names.push(clean, clean.slice(clean.lastIndexOf('/') + 1));
    }
    return names;
}
/**
 * Finds the targetRevision to edit. `name` (from `file#name`) selects the
 * document and the source; `charts` (config chart folders) are the fallback
 * hints. Errors name the file and line: no Application, several and no way to
 * choose, or no source carrying the chart. With the run's `cache`, a file
 * parsed before (its inline values read for pins) is not parsed again.
 */
function findChartRevision(text, file, name, charts = [], cache) {
    const body = text.replace(/^\ufeff/, '');
    const parsed = (0,parse_cache/* parseWith */.K)(cache, read/* YAML_DOCUMENTS */.FL, body, file);
    const docs = parsed.documents ?? [];
    const multi = docs.length > 1;
    const apps = docs
        .map((doc, index) => ({ index, doc, name: (0,read/* scalarText */.ws)((0,read/* mapValue */.IS)((0,read/* mapValue */.IS)(doc.contents, 'metadata'), 'name')) }))
        .filter((c) => (0,read/* mapValue */.IS)(c.doc.contents, 'spec') !== undefined && ((0,read/* scalarText */.ws)((0,read/* mapValue */.IS)(c.doc.contents, 'kind')) ?? 'Application') === 'Application');
    const flux = apps.length === 0 ? (0,flux_flux/* fluxChartRevision */.R7)(text, file, name, cache) : undefined;
    if (flux)
        return flux;
    if (apps.length === 0)
        throw new errors/* UserError */.yo('no ArgoCD Application (kind: Application with spec) in the file', {
            file,
            line: 1,
            hint: 'point application at the Application manifest',
        });
    const hints = name ? [name] : charts.flatMap((c) => [c.replace(/\/+$/, ''), c.replace(/\/+$/, '').split('/').pop()]);
    const matchesSource = (c) => sourcesOf(c).some((s) => sourceNames(s.node).some((n) => hints.includes(n)));
    let chosen;
    if (apps.length === 1)
        chosen = apps;
    else {
        chosen = name ? apps.filter((c) => c.name === name) : [];
        if (chosen.length === 0)
            chosen = apps.filter(matchesSource);
    }
    if (chosen.length !== 1) {
        const names = apps.map((c) => c.name ?? `document ${c.index + 1}`).join(', ');
        throw new errors/* UserError */.yo(chosen.length === 0
            ? `no Application in the file matches ${name ? `'${name}'` : 'the configured charts'} (it holds ${names})`
            : `${chosen.length} Applications in the file match; cannot tell which to edit`, { file, line: 1, hint: 'name the Application in the config: application: <file>#<metadata.name or chart>' });
    }
    const app = chosen[0];
    const sources = sourcesOf(app);
    // A name that picked the Application by metadata.name says nothing about which source holds the chart.
    const sourceHints = name && app.name === name ? charts.flatMap((c) => [c.replace(/\/+$/, ''), c.replace(/\/+$/, '').split('/').pop()]) : hints;
    const matching = sources.filter((s) => sourceNames(s.node).some((n) => sourceHints.includes(n)));
    const withChart = sources.filter((s) => sourceNames(s.node).length > 0);
    const source = matching.length === 1
        ? matching[0]
        : matching.length === 0 && withChart.length === 1 && sourceHints !== hints
            ? withChart[0]
            : matching.length === 0 && withChart.length === 1 && !name
                ? withChart[0]
                : undefined;
    const appLine = parsed.lineOf(app.doc.contents) ?? 1;
    if (!source)
        throw new errors/* UserError */.yo(`Application ${app.name ?? ''} has no source with the chart ${name ?? hints[hints.length - 1] ?? ''}`.replace(/\s+/g, ' ').trim(), {
            file,
            line: appLine,
            hint: 'give the chart source (spec.source or one of spec.sources) its chart: or path:, or fix the name after # in application',
        });
    const rev = (0,read/* mapValue */.IS)(source.node, 'targetRevision');
    const current = (0,read/* scalarText */.ws)(rev) ?? '';
    return {
        file,
        document: multi ? app.index : undefined,
        path: [...source.path, 'targetRevision'],
        line: parsed.lineOf(rev ?? source.node) ?? appLine,
        current,
        name: app.name,
        ...sourceChart(source.node),
    };
}
/** An Application's sources (spec.sources' items, else spec.source), each with its key path. */
function sourcesOf(c) {
    const spec = (0,read/* mapValue */.IS)(c.doc.contents, 'spec');
    const sources = (0,read/* mapValue */.IS)(spec, 'sources');
    if ((0,dist/* isSeq */.oP)(sources))
        return sources.items.map((s, i) => ({ node: s, path: ['spec', 'sources', i] }));
    const source = (0,read/* mapValue */.IS)(spec, 'source');
    return source ? [{ node: source, path: ['spec', 'source'] }] : [];
}
/** The chart a source names and the folder it reads it from, for what a promotion says of the chart. */
function sourceChart(source) {
    const chart = (0,read/* scalarText */.ws)((0,read/* mapValue */.IS)(source, 'chart'));
    const path = (0,read/* scalarText */.ws)((0,read/* mapValue */.IS)(source, 'path'))?.replace(/\/+$/, '');
    const folder = path ? path.slice(path.lastIndexOf('/') + 1) : undefined;
    return { ...(chart || folder ? { chart: chart || folder } : {}), ...(path ? { chartPath: path } : {}) };
}
/**
 * Sets the Application's chart version with a byte-minimal edit (created
 * after `chart:`/`path:` when the source has no targetRevision), checked by
 * re-parsing: only that value changes, every other document stays.
 */
function setChartRevision(text, rev, version, cache, digest) {
    if (rev.flux === 'OCIRepository')
        return setOciRef(text, { ...rev, flux: rev.flux }, version, digest, cache);
    if (rev.current === version)
        return text;
    const edit = { path: rev.path, value: version, create: true, after: 'chart' };
    const after = setScalars(text, rev.file, [edit], { document: rev.document, cache });
    checkYamlEdit(rev.file, text, after, [edit], { document: rev.document, cache });
    return after;
}
const asObj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : undefined);
const asStr = (v) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
const strings = (v) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);
/** The Application of `text` as a render reads it (findChartRevision picks the document and the source); its errors name file:line. */
function readApplication(text, file, name, charts = []) {
    const revision = findChartRevision(text, file, name, charts);
    const docs = (0,dist/* parseAllDocuments */.hR)(text.replace(/^\ufeff/, ''));
    const list = Array.isArray(docs) ? docs : [docs];
    const app = asObj(list[revision.document ?? 0]?.toJS()) ?? {};
    let source = app;
    for (const k of revision.path.slice(0, -1))
        source = Array.isArray(source) ? source[Number(k)] : asObj(source)?.[String(k)];
    const src = asObj(source) ?? {};
    const helm = asObj(src.helm) ?? {};
    const spec = asObj(app.spec) ?? {};
    const inline = [
        ...(typeof helm.values === 'string' && helm.values.trim() !== '' ? [helm.values] : []),
        ...(asObj(helm.valuesObject) ? [(0,dist/* stringify */.As)(helm.valuesObject)] : []),
    ];
    const set = (Array.isArray(helm.parameters) ? helm.parameters : []).flatMap((p) => {
        const o = asObj(p);
        const n = asStr(o?.name);
        // As Argo CD hands it to Helm: its commas escaped (helm-set.ts), else `a,b` would be two parameters.
        return n ? [{ name: n, value: (0,helm_set/* argoSetValue */.xM)(asStr(o?.value) ?? ''), string: o?.forceString === true }] : [];
    });
    // Argo CD's diff leaves these fields out, but a sync applies them unless the Application says RespectIgnoreDifferences=true.
    const respected = strings(asObj(spec.syncPolicy)?.syncOptions).some((o) => o.replace(/\s+/g, '') === 'RespectIgnoreDifferences=true');
    const ignoreDifferences = (Array.isArray(spec.ignoreDifferences) ? spec.ignoreDifferences : []).flatMap((r) => {
        const o = asObj(r);
        const kind = asStr(o?.kind);
        if (!o || !kind)
            return [];
        return [
            {
                kind,
                ...(asStr(o.group) !== undefined ? { group: asStr(o.group) } : {}),
                ...(asStr(o.name) ? { name: asStr(o.name) } : {}),
                ...(asStr(o.namespace) ? { namespace: asStr(o.namespace) } : {}),
                jsonPointers: strings(o.jsonPointers),
                jqPathExpressions: strings(o.jqPathExpressions),
                ...(respected ? {} : { appliedOnSync: true }),
            },
        ];
    });
    const path = asStr(src.path)?.replace(/\/+$/, '');
    const inlineAt = inlineSources(list[revision.document ?? 0], text, file, revision, inline.length > 0 && typeof helm.values === 'string' && helm.values.trim() !== '', asObj(helm.valuesObject) !== undefined);
    const namespace = asStr(asObj(spec.destination)?.namespace);
    return {
        revision,
        ...(path ? { path } : {}),
        release: asStr(helm.releaseName) ?? asStr(asObj(app.metadata)?.name) ?? 'release',
        ...(namespace ? { namespace } : {}),
        valueFiles: strings(helm.valueFiles),
        ignoreMissingValueFiles: helm.ignoreMissingValueFiles === true,
        inline,
        inlineAt,
        set,
        ignoreDifferences,
    };
}
/**
 * Where the Application's inline values are written: helm.values (a literal block's lines are the file's, from the
 * line after its `|`; any other string is said at its line) and helm.valuesObject (the document's own node).
 */
function inlineSources(doc, text, file, revision, values, object) {
    const clean = text.replace(/^\ufeff/, '');
    const document = revision.document ?? 0;
    const helmAt = [...revision.path.slice(0, -1), 'helm'].map((k) => (typeof k === 'number' || !/^\d+$/.test(String(k)) ? k : Number(k)));
    const out = [];
    if (values) {
        const node = doc?.getIn([...helmAt, 'values'], true);
        const line = node?.range ? (0,bytes/* lineAt */.mh)(clean, node.range[0]) : 1;
        const literal = (0,dist/* isScalar */.jn)(node) && node.type === 'BLOCK_LITERAL';
        const string = (0,dist/* isScalar */.jn)(node) && typeof node.value === 'string' ? node.value : '';
        out.push({ file, text: string, label: 'helm.values', ...(literal ? { firstLine: line + 1 } : { line }) });
    }
    if (object)
        out.push({ file, text, document, at: [...helmAt, 'valuesObject'], label: 'helm.valuesObject' });
    return [...out, ...parameterSources(doc, clean, file, [...helmAt, 'parameters'])];
}
/**
 * Where each of `app`'s valueFiles entries is read, as Argo CD reads it: `$ref/path` from the repository root, a
 * plain entry beside a git source's `path:`, a chart-repository source's plain entry inside the chart package.
 */
function valueFilePlaces(app) {
    return app.valueFiles.map((entry) => entry.startsWith('$')
        ? { entry, repo: external_node_path_.posix.normalize(entry.slice(entry.indexOf('/') + 1)) }
        : app.path !== undefined
            ? { entry, repo: external_node_path_.posix.normalize(external_node_path_.posix.join(app.path, entry)) }
            : { entry, inPackage: external_node_path_.posix.normalize(entry) });
}
/**
 * The values texts a render of `app` reads, in Helm's order, as Argo CD reads
 * them, each with its repository path (undefined for a file inside a
 * registry's chart, and for the inline values): its valueFiles (`$ref/path`
 * from the repository root, a plain entry beside a git source's path, or, for
 * a chart-repository source, inside the chart package: `chartFiles`), then
 * the inline values. Nothing else: a values file the Application does not
 * name is not read by Argo CD, so not here either (deployer-reads.ts refuses a
 * promotion writing one). A listed file that is missing is unavailable unless
 * ignoreMissingValueFiles says otherwise.
 */
async function applicationValues(app, chartFiles, read) {
    const values = [];
    for (const place of valueFilePlaces(app)) {
        // A chart-repository source reads a plain entry inside the chart package, never a file of this repository.
        const text = 'inPackage' in place ? chartFiles?.get(place.inPackage) : await read(place.repo);
        if (text === undefined) {
            if (app.ignoreMissingValueFiles)
                continue;
            return {
                unavailable: 'inPackage' in place
                    ? `the Application's valueFiles entry ${place.entry} is not in chart ${app.revision.chart ?? ''}'s package (a chart-repository source reads its valueFiles there)`
                    : `the Application's valueFiles entry ${place.entry} is not in the repository`,
            };
        }
        values.push({ ...('repo' in place ? { path: place.repo } : {}), text });
    }
    for (const text of app.inline)
        values.push({ text });
    return { values };
}
/** repoURL, chart and path of the Application source (or Flux resource) holding the chart version (of an OCIRepository: its chart). */
function chartSource(text, file, name, charts) {
    const rev = findChartRevision(text, file, name, charts);
    const parsed = (0,read/* parseYaml */.hN)(text.replace(/^\ufeff/, ''), file, { allowMulti: true });
    let node = parsed.documents?.[rev.document ?? 0]?.contents;
    // An OCIRepository has no chart key: flux.ts took its chart from spec.url's last segment. Reading the chart
    // from that registry (and a HelmRelease's values as values) is values-drift's Flux support, not here yet.
    if (rev.flux === 'OCIRepository')
        return { ...(rev.chart ? { chart: rev.chart } : {}), ociRepository: (0,read/* scalarText */.ws)((0,read/* mapValue */.IS)((0,read/* mapValue */.IS)(node, 'spec'), 'url')) ?? '' };
    for (const key of rev.path.slice(0, -1))
        node = typeof key === 'number' ? node?.items?.[key] : (0,read/* mapValue */.IS)(node, key);
    return {
        repoURL: (0,read/* scalarText */.ws)((0,read/* mapValue */.IS)(node, 'repoURL')),
        chart: (0,read/* scalarText */.ws)((0,read/* mapValue */.IS)(node, 'chart')),
        path: (0,read/* scalarText */.ws)((0,read/* mapValue */.IS)(node, 'path')),
    };
}


/***/ }),

/***/ 4381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ pullChart)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _registry_helm_repository_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2558);
/* harmony import */ var _chart_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2809);
// A chart its deployer pulls from outside the repository: an OCI registry (an Argo CD or Flux source's `oci://`
// repoURL, an OCIRepository pinned by digest) or a classic https Helm repository, as Argo CD's repo-server and
// Flux's source-controller fetch it. The same for an Application and a HelmRelease: each kind's module asks here.



/**
 * The archive of chart `source` at `version`, pulled from where its deployer pulls it, with the place said; else
 * why not (`what` names the resource in the message). A registry's refusal is a message, never a throw.
 */
async function pullChart(source, version, pull, what) {
    try {
        const ref = (0,_chart_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .ociReference */ .H6)(source, version);
        if (ref)
            return { input: { tgz: await pull.oci(ref) }, from: (0,_chart_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .chartWhere */ .w4)(ref) };
        if (source.repoURL && source.chart && version && (0,_registry_helm_repository_js__WEBPACK_IMPORTED_MODULE_1__/* .isClassicRepository */ .dR)(source.repoURL))
            return {
                input: { tgz: await pull.repository(source.repoURL, source.chart, version) },
                from: `${source.repoURL} ${source.chart} ${version}`,
            };
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo || (err instanceof Error && err.name === 'RegistryError'))
            return { message: `${what}: ${err.message}` };
        throw err;
    }
    return { message: `${what}: no chart folder, OCI registry or https repository to read it from` };
}


/***/ }),

/***/ 2809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H6: () => (/* binding */ ociReference),
/* harmony export */   ON: () => (/* binding */ configuredRegistry),
/* harmony export */   w4: () => (/* binding */ chartWhere)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9730);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _registry_chart_push_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4646);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(908);
// Where a chart is pulled from a registry, as its deployer names it: an Argo CD or Flux source's OCI repoURL and
// version (a semver range kept as one, resolved against the registry's tags when pulled: registry/chart.ts), or the
// config's chart-registry; and how that place is said.



/** `oci://registry/repository:<tag, or the range asked>` or `…@<digest>`: where a chart is pulled from, in messages. */
function chartWhere(ref) {
    return `oci://${ref.registry}/${ref.repository}${ref.digest ? `@${ref.digest}` : `:${ref.tag ?? ref.range ?? ''}`}`;
}
/** `<chart-registry>/<name>:<version>` when the config names a chart registry. */
function configuredRegistry(req, name, version) {
    if (!req.chartRegistry)
        return undefined;
    try {
        return (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(`${req.chartRegistry}/${name}:${(0,_registry_chart_push_js__WEBPACK_IMPORTED_MODULE_1__/* .chartTag */ .bF)(version)}`);
    }
    catch (e) {
        if (e instanceof _registry_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .InvalidReference */ .ft)
            return undefined;
        throw e;
    }
}
/** `registry/repository/<chart>:<version>` for a repoURL that names an OCI registry (`oci://host/path`, or `host/path` without a scheme as ArgoCD writes it). */
function ociReference(source, version) {
    if (!source.repoURL || !source.chart)
        return undefined;
    const url = source.repoURL.trim().replace(/\/+$/, '');
    const bare = url.startsWith('oci://') ? url.slice('oci://'.length) : /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? undefined : url;
    if (!bare)
        return undefined;
    const host = bare.split('/')[0];
    if (!host.includes('.') && !host.includes(':') && host !== 'localhost')
        return undefined;
    try {
        // A semver range (`6.x`, `>=1.2.0 <2.0.0`) is pulled as the highest version the registry's tags admit (registry/chart.ts).
        if ((0,semver__WEBPACK_IMPORTED_MODULE_0__.valid)(version) === null && (0,semver__WEBPACK_IMPORTED_MODULE_0__.validRange)(version) !== null)
            return { ...(0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(`${bare}/${source.chart}`), tag: undefined, range: version };
        const ref = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(`${bare}/${source.chart}:${(0,_registry_chart_push_js__WEBPACK_IMPORTED_MODULE_1__/* .chartTag */ .bF)(version)}`);
        const digest = source.digests?.get(version);
        return digest ? { ...ref, digest } : ref;
    }
    catch (e) {
        if (e instanceof _registry_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .InvalidReference */ .ft)
            return undefined;
        throw e;
    }
}


/***/ }),

/***/ 9424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CD: () => (/* binding */ noChartFolder),
/* harmony export */   L7: () => (/* binding */ valuesChartFolder),
/* harmony export */   LT: () => (/* binding */ chartValues),
/* harmony export */   xt: () => (/* binding */ renderChart)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _argocd_application_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4689);
/* harmony import */ var _render_render_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9410);
/* harmony import */ var _charts_discover_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7892);
/* harmony import */ var _values_chart_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9630);
/* harmony import */ var _chart_pull_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4381);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8740);
// A values file rendered with the chart folder that holds it, as `helm template` renders it: the chart's own
// values.yaml first, then the environment's file. With an Argo CD Application (argocd/kind.ts) the chart and the
// values are the Application's (a chart-repository source's chart pulled from its registry, as Argo CD pulls it);
// this module renders either once they are read.







/** A values file beside a chart folder, with no Application. */
function chartValues(e) {
    return {
        kind: 'chart-values',
        renderer: 'helm',
        pinKey: 'values',
        files: (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .filesOf */ .R8)(e.values),
        render: (reader, renderers, inRepo, charts) => renderChart(e, undefined, reader, renderers, inRepo, charts),
    };
}
/**
 * The chart `app` names (a folder of this repository), else the folder holding the environment's values file,
 * rendered with Helm: with the Application's values in Helm's order (application.ts), else the values file.
 */
async function renderChart(e, app, reader, renderers, inRepo, charts, source) {
    const h = await renderers.helm(e.helmVersion);
    if (!h)
        return { ok: false, message: (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .noHelm */ ._T)(e) };
    const values = e.values !== undefined ? inRepo(e.values) : undefined;
    const chart = await chartOf(app, values, reader, renderers, source, charts.map(inRepo));
    if ('message' in chart)
        return { ok: false, message: chart.message };
    const texts = app
        ? await (0,_argocd_application_js__WEBPACK_IMPORTED_MODULE_1__/* .applicationValues */ .BX)(app, 'files' in chart.input ? chart.input.files : undefined, reader.read)
        : { values: await reader.read(values).then((text) => (text === undefined ? [] : [{ text }])) };
    if ('unavailable' in texts)
        return { ok: false, message: texts.unavailable };
    const side = {
        chart: chart.input,
        release: app?.release ?? chart.release,
        ...(app?.namespace ? { namespace: app.namespace } : {}),
        values: texts.values.map((v) => v.text),
        ...(app?.set.length ? { set: app.set } : {}),
    };
    return (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .parsed */ .Yz)(h.renderer.output(side), side.namespace, `helm ${h.helm.version}`);
}
/**
 * The chart an environment renders: the Application's chart folder of this repository (a git source's path:),
 * its chart pulled from the registry or https repository its chart-repository source names (as Argo CD's
 * repo-server pulls it), else the folder holding the environment's values file.
 */
async function chartOf(app, values, reader, renderers, source, charts) {
    if (app && app.path === undefined && source?.repoURL !== undefined) {
        const version = app.revision.current;
        const pulled = await (0,_chart_pull_js__WEBPACK_IMPORTED_MODULE_5__/* .pullChart */ .q)(source, version, renderers.pull, `its Application's chart ${source.chart ?? ''} ${version || '(no version)'} of ${source.repoURL}`);
        return 'message' in pulled ? pulled : { input: pulled.input, release: app.release };
    }
    const dir = app ? app.path : values !== undefined ? await valuesChartFolder(values, reader, charts) : undefined;
    const chartYaml = dir === undefined ? undefined : await reader.read(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(dir, 'Chart.yaml'));
    if (dir === undefined || chartYaml === undefined)
        return {
            message: app
                ? `its Application's chart ${app.revision.chart ?? ''} is no chart folder of this repository, and its source names no registry to pull it from`
                : noChartFolder(values ?? ''),
        };
    const files = await (reader.chart ? reader.chart(dir) : (0,_render_render_js__WEBPACK_IMPORTED_MODULE_2__/* .readChartFolder */ .z_)(reader, dir));
    if ('unavailable' in files)
        return { message: files.unavailable };
    // The release is named as the check and promote name it: the chart's own name (Chart.yaml), not its folder's.
    return { input: files, release: (0,_values_chart_files_js__WEBPACK_IMPORTED_MODULE_4__/* .chartMeta */ .Ae)(chartYaml).name ?? node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(dir) };
}
/** Why a values file without an Application has no chart to render it with: the same words in every command. */
const noChartFolder = (values) => `no chart folder holds its values file ${values}, and the repository has no one chart to render it with: name the chart with application:`;
/**
 * The chart folder a values file without an Application renders with, the same in every command: the nearest
 * folder at or above it holding a Chart.yaml, else the repository's one chart (of the config's `charts:` when it
 * names some); undefined when there is none, or several and nothing says which.
 */
async function valuesChartFolder(values, reader, charts) {
    for (let dir = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(values);; dir = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(dir)) {
        if (dir.split('/').includes('..'))
            break;
        if ((await reader.read(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(dir, 'Chart.yaml'))) !== undefined)
            return dir;
        if (dir === '.' || dir === '/' || dir === '')
            break;
    }
    const found = (0,_charts_discover_js__WEBPACK_IMPORTED_MODULE_3__/* .findCharts */ .Jd)((await reader.list('')) ?? [], charts.length > 0 ? charts : undefined);
    return found.length === 1 ? found[0] : undefined;
}


/***/ }),

/***/ 5137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i_: () => (/* binding */ appIdOf),
  yM: () => (/* binding */ appServices),
  OC: () => (/* binding */ appsOf),
  Ql: () => (/* binding */ asApp),
  G4: () => (/* binding */ configIndexOf),
  py: () => (/* binding */ configNameOf),
  wR: () => (/* binding */ expandFleets),
  RK: () => (/* binding */ fleetPaths),
  xP: () => (/* binding */ isFleet),
  Pt: () => (/* binding */ isPattern),
  rN: () => (/* binding */ withDocuments)
});

// UNUSED EXPORTS: matchesOf, pairApps

// EXTERNAL MODULE: ./packages/core/node_modules/picomatch/index.js
var picomatch = __webpack_require__(9788);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/text/glob.ts
var glob = __webpack_require__(3483);
// EXTERNAL MODULE: ./packages/core/src/deploy/kustomize-overlay.ts
var kustomize_overlay = __webpack_require__(279);
// EXTERNAL MODULE: ./packages/core/src/text/parse-cache.ts
var parse_cache = __webpack_require__(9053);
// EXTERNAL MODULE: ./packages/core/src/yaml/read.ts
var read = __webpack_require__(4293);
// EXTERNAL MODULE: ./packages/core/src/deploy/argocd/application.ts + 1 modules
var application = __webpack_require__(4689);
;// CONCATENATED MODULE: ./packages/core/src/deploy/argocd/documents.ts
// The Applications of one file as the apps of an environment (`application: environments/prod/apps.yaml#*`, the
// layout of a repository that keeps every Application of an environment in one argocd-applications.yaml): each
// Application document is an app, known by the chart its source names (`chart:`, else its `path:`'s last
// folder), which is what an app is called in every environment — its metadata.name (`api-prod`) is not. An
// Application whose sources name no one chart, or whose chart another Application of the file names too, is known
// by its metadata.name. findChartRevision and readApplication pick the document back by that name.



/** The suffix of a config path naming every Application of a file as an app. */
const EVERY_DOCUMENT = '#*';
/** The app id of each Application document of `text`, in the file's order (documents with neither a chart nor a name left out). */
function applicationIds(text, file, cache) {
    const parsed = (0,parse_cache/* parseWith */.K)(cache, read/* YAML_DOCUMENTS */.FL, text.replace(/^\ufeff/, ''), file);
    const apps = (parsed.documents ?? [parsed.doc]).filter((doc) => (0,read/* mapValue */.IS)(doc.contents, 'spec') !== undefined && ((0,read/* scalarText */.ws)((0,read/* mapValue */.IS)(doc.contents, 'kind')) ?? 'Application') === 'Application');
    const named = apps.map((doc) => {
        const charts = new Set((0,application/* sourcesOf */.u0)({ doc }).flatMap((s) => (0,application/* sourceNames */.SI)(s.node).slice(-1)));
        return {
            chart: charts.size === 1 ? [...charts][0] : undefined,
            name: (0,read/* scalarText */.ws)((0,read/* mapValue */.IS)((0,read/* mapValue */.IS)(doc.contents, 'metadata'), 'name')),
        };
    });
    const count = new Map();
    for (const n of named)
        if (n.chart)
            count.set(n.chart, (count.get(n.chart) ?? 0) + 1);
    return named.flatMap((n) => {
        const id = n.chart && count.get(n.chart) === 1 ? n.chart : n.name;
        return id ? [id] : [];
    });
}

;// CONCATENATED MODULE: ./packages/core/src/deploy/fleet.ts
// An environment of many apps: a deployer key that names a glob (`apps/prod/*.yaml`, `charts/*/values-prod.yaml`,
// `deploy/*/overlays/prod`) or a folder of Application files (`apps/prod/`) names every match, each an app that
// its kind's module renders and pins as it would a one-app environment. An app's id is what the glob's wildcards
// matched (`a042` of `charts/a042/values-prod.yaml`); apps of two environments are the same app when their ids
// are equal, so `charts/*/values-staging.yaml` promotes into `charts/*/values-prod.yaml` app by app.





/** The deployer keys that may name many apps. */
const FLEET_KEYS = ['values', 'application', 'kustomization', 'helmrelease', 'ocirepository', 'fluxKustomization'];
/** The config's spelling of each key, for messages. */
const SPELLED = {
    values: 'values',
    application: 'application',
    kustomization: 'kustomization',
    helmrelease: 'helmrelease',
    ocirepository: 'ocirepository',
    fluxKustomization: 'flux-kustomization',
};
/** Whether a config path names many files: a glob's magic, or a folder (a trailing `/`). */
function isPattern(path) {
    return path.endsWith('/') || picomatch_default().scan(path).isGlob;
}
/** The keys of `e` that name many apps, with their patterns. */
function patternKeys(e) {
    return FLEET_KEYS.flatMap((key) => {
        const v = e[key];
        return typeof v === 'string' && isPattern(v) ? [{ key, pattern: v }] : [];
    });
}
/** Whether `e` names many apps (some deployer key is a glob or a folder). */
function isFleet(e) {
    return patternKeys(e).length > 0;
}
/** What a key's pattern is matched against where it names no file: an overlay's folders (its kind's module says which). */
const NAMES = { kustomization: kustomize_overlay/* overlayFolders */.O };
/** The globs a pattern stands for: a folder's YAML files, else the glob itself. */
function globsOf(pattern) {
    if (!pattern.endsWith('/'))
        return [pattern];
    return [`${pattern}*.yaml`, `${pattern}*.yml`];
}
/**
 * Each match of `pattern` among `paths`, by app id: what its wildcards matched, runs in one path segment joined
 * as they are, segments by `/` (`charts/*\/values-prod.yaml` names `a042`; `clusters/*\/apps/*.yaml` names
 * `eu/api`). A glob outside the project's bounds (text/glob.ts) is refused at the config.
 */
function matchesOf(pattern, paths, where) {
    const problem = (0,glob/* globProblem */.AI)(pattern.endsWith('/') ? `${pattern}*.yaml` : pattern);
    if (problem)
        throw new errors/* UserError */.yo(`${where.key}: '${pattern}' ${problem}`, { file: where.file, line: where.line, hint: glob/* GLOB_HINT */.vd });
    const found = new Map();
    for (const glob of globsOf(pattern)) {
        const made = picomatch_default().makeRe(glob, { capture: true, dot: true });
        const re = new RegExp(made.source, `${made.flags}d`);
        for (const p of paths) {
            const m = re.exec(p);
            if (!m?.indices)
                continue;
            const id = idOf(p, m.indices.slice(1));
            if (id === '')
                continue;
            const had = found.get(id);
            if (had !== undefined && had !== p)
                throw new errors/* UserError */.yo(`${where.key}: '${pattern}' names two files as app ${id}: ${had} and ${p}`, {
                    file: where.file,
                    line: where.line,
                    hint: 'make the wildcard part of each file name its own (one file per app)',
                });
            found.set(id, p);
        }
    }
    return found;
}
/**
 * `paths` (a commit's files) with `<file>#<id>` for each Application document of each file that a key of `envs`
 * names with `#*` (`environments/prod/apps.yaml#*`: every Application of the file an app, deploy/argocd/
 * documents.ts), read through `read`: what appsOf matches such a key against. `inRepo` as appsOf's.
 */
async function withDocuments(envs, paths, read, inRepo = (p) => p) {
    const files = new Set();
    for (const e of envs)
        for (const { pattern } of patternKeys(e)) {
            if (!pattern.endsWith(EVERY_DOCUMENT))
                continue;
            const file = inRepo(pattern.slice(0, -EVERY_DOCUMENT.length));
            if (!isPattern(file))
                files.add(file);
            else if (!(0,glob/* globProblem */.AI)(file))
                for (const p of matchesOf(file, paths, { key: 'application' }).values())
                    files.add(p);
        }
    if (files.size === 0)
        return [...paths];
    const documents = await Promise.all([...files].map(async (f) => {
        const text = await read(f);
        return text === undefined ? [] : applicationIds(text, f).map((id) => `${f}#${id}`);
    }));
    return [...paths, ...documents.flat()];
}
/**
 * The files of commit `sha` as environments of many apps match them: its paths, and `<file>#<id>` for each
 * Application of a file a `#*` key names (withDocuments); undefined when they cannot be listed.
 */
async function fleetPaths(envs, git, sha) {
    const paths = await git.listFiles(sha);
    return paths && withDocuments(envs, paths, (p) => git.readAt(sha, p));
}
/** The app id of a match: each captured run, runs in one path segment joined as they are and segments by `/`. */
function idOf(path, groups) {
    let id = '';
    let end = -1;
    for (const g of groups) {
        if (!g || g[0] === g[1])
            continue;
        const run = path.slice(g[0], g[1]);
        id += id === '' ? run : path.slice(end, g[0]).includes('/') ? `/${run}` : run;
        end = g[1];
    }
    return id;
}
/**
 * The apps of `e` at a commit whose files are `paths` (repository paths; `inRepo` turns a config path into one,
 * `fromRepo` back): one per id some pattern key matches, named `<env>/<id>`, each pattern key set to its match.
 * An id one pattern key matches and another does not is left out and said in `partial`. Undefined when `e` names
 * no pattern.
 */
function appsOf(e, paths, where = {}) {
    const keys = patternKeys(e);
    if (keys.length === 0)
        return undefined;
    const inRepo = where.inRepo ?? ((p) => p);
    const fromRepo = where.fromRepo ?? ((p) => p);
    const byKey = keys.map(({ key, pattern }) => ({
        key,
        pattern,
        found: matchesOf(inRepo(pattern), (NAMES[key] ?? ((p) => p))(paths), {
            file: where.file,
            line: where.line?.(SPELLED[key]),
            key: SPELLED[key],
        }),
    }));
    const ids = [...new Set(byKey.flatMap((k) => [...k.found.keys()]))].sort();
    const apps = [];
    const partial = [];
    for (const id of ids) {
        const missing = byKey.find((k) => !k.found.has(id));
        if (missing) {
            const has = byKey.find((k) => k.found.has(id));
            partial.push(`${id}: ${SPELLED[has.key]} matches ${fromRepo(has.found.get(id))}, ${SPELLED[missing.key]}'s ${missing.pattern} matches none`);
            continue;
        }
        const set = Object.fromEntries(byKey.map((k) => [k.key, fromRepo(k.found.get(id))]));
        apps.push({ id, env: { ...e, ...set, name: `${e.name}/${id}`, app: id, fleet: e.name } });
    }
    return { apps, partial };
}
/** The services of app `id` among `services`: the one named after it, and every service named after no app of `ids`. */
function appServices(services, id, ids) {
    return services.filter((s) => s.name === id || !ids.has(s.name));
}
/**
 * The apps of a promotion's two fleet environments, paired by id: `pairs` promote, `onlyFrom` have no app in the
 * target (said, not promoted), `onlyTo` nothing to promote from (left as they are).
 */
function pairApps(from, to) {
    const into = new Map(to.apps.map((a) => [a.id, a]));
    const pairs = from.apps.flatMap((a) => (into.has(a.id) ? [{ id: a.id, from: a, to: into.get(a.id) }] : []));
    const paired = new Set(pairs.map((p) => p.id));
    return {
        pairs,
        onlyFrom: from.apps.filter((a) => !paired.has(a.id)).map((a) => a.id),
        onlyTo: to.apps.filter((a) => !paired.has(a.id)).map((a) => a.id),
    };
}
/** Each app environment expandFleets made, with the index of the environment it came from in the config's list. */
const configIndexes = new WeakMap();
/**
 * `envs` with every environment of many apps replaced, in place, by its apps at a commit whose files are `paths`
 * (each an environment of its own, `<env>/<id>`); the others as they are. An environment whose pattern is refused
 * or matches nothing adds nothing (the config's checks say so at its line).
 */
function expandFleets(envs, paths, where = {}) {
    if (!envs.some(isFleet))
        return [...envs];
    return envs.flatMap((e, i) => {
        if (!isFleet(e))
            return [e];
        let fleet;
        try {
            fleet = appsOf(e, paths, where);
        }
        catch {
            return [];
        }
        return (fleet?.apps ?? []).map((a) => {
            configIndexes.set(a.env, i);
            return a.env;
        });
    });
}
/** The index in the config's list of the environment `e` is (or, for an app expandFleets made, came from); `fallback` else. */
function configIndexOf(e, fallback) {
    return configIndexes.get(e) ?? fallback;
}
/** The config's name of the environment `e` is, or, for an app of an environment of many apps, came from. */
function configNameOf(e) {
    const fleet = e.fleet;
    return typeof fleet === 'string' ? fleet : e.name;
}
/** The app id of an environment appsOf made (`api` of `prod/api`); undefined for any other environment. */
function appIdOf(e) {
    const app = e.app;
    return typeof app === 'string' ? app : undefined;
}
/**
 * The environments `listed` as app `app` of a promotion between environments of many apps sees them: each one of
 * many apps replaced by its app `app` at a commit whose files are `paths`, or, where it has none, by an
 * environment of that name that pins nothing (it runs nothing of the app).
 */
function asApp(listed, app, paths) {
    return listed.map((e) => {
        if (!isFleet(e))
            return e;
        const found = appsOf(e, paths)?.apps.find((a) => a.id === app);
        if (found)
            return found.env;
        const none = Object.fromEntries(FLEET_KEYS.map((k) => [k, undefined]));
        return { ...e, ...none, name: `${e.name}/${app}`, values: `${e.name}/${app} (no such app)` };
    });
}


/***/ }),

/***/ 7371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uw: () => (/* binding */ overlaySide)
/* harmony export */ });
/* unused harmony exports fluxPatches, withFluxEdits, fluxVariables */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _render_kustomize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3375);
/* harmony import */ var _render_overlay_target_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4618);
/* harmony import */ var _flux_substitute_from_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7748);
// One overlay environment's build inputs, read as the tool that deploys it builds them: the one reading
// hydrate (deploy/render.ts), the pull request check (operations/check/render-overlays.ts) and
// promote-env's rendered diff (render-overlay.ts) share. A Kustomize overlay or an Argo CD Application's
// source path: its folder with the Application's images and namespace. A Flux Kustomization, as
// kustomize-controller builds it: its spec.path with its spec.images, its targetNamespace set in the
// folder's kustomization, and its post-build variables (spec.postBuild.substituteFrom ConfigMaps of the
// repository in order, a later over an earlier, then spec.postBuild.substitute over them all), which
// render/kustomize.ts substitutes in the build's output; its spec.patches (inline patches with their
// targets) appended to that kustomization's patches, as kustomize-controller appends them. What lockstep
// cannot read or apply (a Secret, a substituteFrom entry outside the repository, spec.components) is
// unavailable, never left out: what is rendered is what the cluster receives, or nothing.




/**
 * What `kustomization` (a repository path: a kustomization, an Application, a Flux Kustomization) builds at the
 * state `reader` reads; `application` (a repository path) gives an overlay its destination namespace and images.
 */
async function overlaySide(reader, kustomization, application) {
    const target = await (0,_render_overlay_target_js__WEBPACK_IMPORTED_MODULE_2__/* .overlayTarget */ .YO)(reader.read, kustomization, application);
    if ('unavailable' in target)
        return target;
    const files = await (0,_render_kustomize_js__WEBPACK_IMPORTED_MODULE_1__/* .readOverlay */ .re)(reader, target.dir);
    if ('unavailable' in files)
        return files;
    const side = {
        files: files.files,
        dir: target.dir,
        file: target.file,
        ...(target.images?.length ? { images: target.images } : {}),
        ...(target.namespace ? { namespace: target.namespace } : {}),
    };
    if (!target.flux)
        return side;
    const vars = await fluxVariables(target.file, reader.read);
    if (!(vars instanceof Map))
        return { unavailable: vars.message };
    const patches = fluxPatches(await reader.read(target.file), target.file);
    if (!Array.isArray(patches))
        return { unavailable: patches.message };
    // kustomize-controller sets targetNamespace and appends spec.patches in the folder's kustomization before it builds.
    const edited = target.namespace || patches.length > 0 ? withFluxEdits(files.files, target.dir, target.namespace, patches) : files.files;
    if ('message' in edited)
        return { unavailable: edited.message };
    return {
        ...side,
        files: edited,
        ...(vars.size > 0 ? { substitute: vars } : {}),
    };
}
/** Flux Kustomization fields that change the build beyond spec.path, spec.images, targetNamespace and postBuild. */
const UNAPPLIED = ['components', 'commonMetadata', 'namePrefix', 'nameSuffix', 'patchesStrategicMerge', 'patchesJson6902'];
/** The Flux Kustomization document of a (multi-document) file's text. */
function fluxDocument(text) {
    const docs = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(text.replace(/^\ufeff/, ''));
    return (Array.isArray(docs) ? docs : [docs]).find((d) => {
        return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(d.contents) && (0,_render_overlay_target_js__WEBPACK_IMPORTED_MODULE_2__/* .isFluxKustomization */ .Hw)(d.get('kind'), d.get('apiVersion'));
    });
}
/**
 * The Flux Kustomization's spec.patches in `text` (the file `file`): each an inline `patch` with an optional
 * `target`, as Flux's API has them; anything else (a `path`, a patch that is no string) refused at its line.
 */
function fluxPatches(text, file) {
    if (text === undefined)
        return [];
    const doc = fluxDocument(text);
    const list = doc?.getIn(['spec', 'patches'], true);
    if (list === undefined || list === null)
        return [];
    const lineOf = (n) => n.range
        ? text
            .replace(/^\ufeff/, '')
            .slice(0, n.range[0])
            .split('\n').length
        : 1;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(list))
        return { message: `${file}:${lineOf(list)}: spec.patches of the Flux Kustomization is not a list` };
    const out = [];
    for (const item of list.items) {
        const js = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(item) ? item.toJSON() : undefined;
        const extra = js ? Object.keys(js).filter((k) => k !== 'patch' && k !== 'target') : [];
        const target = js?.target;
        if (!js ||
            typeof js.patch !== 'string' ||
            extra.length > 0 ||
            (target !== undefined && (target === null || typeof target !== 'object' || Array.isArray(target))))
            return {
                message: `${file}:${lineOf(item)}: a spec.patches entry of the Flux Kustomization is read as an inline patch (a string) with an optional target only${extra.length ? `, not ${extra.join(', ')}` : ''}`,
            };
        out.push({ patch: js.patch, ...(target !== undefined ? { target: target } : {}) });
    }
    return out;
}
/**
 * The overlay's files with the kustomization of `dir` edited as kustomize-controller edits it before it builds a
 * Flux Kustomization: `namespace` set to its targetNamespace, its spec.patches appended to `patches:`. Unchanged
 * when the folder has no kustomization (nothing to edit: the build fails as it is); a message when that
 * kustomization cannot be edited (its `patches:` is no list).
 */
function withFluxEdits(files, dir, namespace, patches = []) {
    const at = ['kustomization.yaml', 'kustomization.yml', 'Kustomization']
        .map((n) => (dir === '.' ? n : `${dir}/${n}`))
        .find((p) => files.has(p));
    if (at === undefined)
        return files;
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(files.get(at));
    if (doc.errors.length > 0 || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(doc.contents))
        return files;
    if (namespace)
        doc.set('namespace', namespace);
    if (patches.length > 0) {
        const had = doc.get('patches', true);
        if (had !== undefined && had !== null && !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(had))
            return { message: `${at}: its patches: is not a list, so spec.patches cannot be appended as Flux appends them` };
        const list = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(had) ? had : doc.createNode([]);
        for (const p of patches)
            list.items.push(doc.createNode(p));
        doc.set('patches', list);
    }
    return new Map([...files, [at, doc.toString()]]);
}
/**
 * The variables Flux substitutes after the build of the Flux Kustomization in `file` (its document of a
 * multi-document file): each spec.postBuild.substituteFrom ConfigMap's data in order (a later one over an
 * earlier), then spec.postBuild.substitute over them all; line breaks removed from values, as Flux removes them.
 */
async function fluxVariables(file, read) {
    const text = await read(file);
    if (text === undefined)
        return { message: `${file} is not in the commit` };
    let substitute;
    try {
        const doc = fluxDocument(text);
        substitute = doc?.getIn(['spec', 'postBuild', 'substitute'], true);
        // What kustomize-controller would also apply to the build, which lockstep does not: refused, never left out.
        const spec = doc?.get('spec');
        const more = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(spec) ? UNAPPLIED.filter((k) => spec.has(k)) : [];
        if (more.length > 0)
            return {
                message: `${file}: spec.${more.join(', spec.')} of the Flux Kustomization is not applied by lockstep's build, so it cannot be rendered as Flux builds it`,
            };
    }
    catch {
        return { message: `${file} does not parse as YAML` };
    }
    const vars = new Map();
    for (const entry of (await (0,_flux_substitute_from_js__WEBPACK_IMPORTED_MODULE_3__/* .entriesOf */ .Mc)(text, file, read)).entries) {
        const at = `${file}:${entry.line}: spec.postBuild.substituteFrom ${entry.kind} ${entry.name}`;
        if (entry.kind === 'Secret' || entry.found?.secret)
            return { message: `${at}: lockstep never reads secrets, so the variables it sets are unknown` };
        if (!entry.found)
            return { message: `${at} is not in the repository, so the variables it sets are unknown` };
        if (entry.found.opaque !== undefined)
            return { message: `${at} is read only in part (${entry.found.opaque})` };
        for (const [name, slot] of entry.found.slots)
            vars.set(name, slot.value.replace(/\n/g, ''));
    }
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(substitute))
        for (const p of substitute.items)
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key))
                vars.set(String(p.key.value), (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.value) ? String(p.value.value ?? '').replace(/\n/g, '') : '');
    return vars;
}


/***/ }),

/***/ 4406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z8: () => (/* binding */ fluxRef),
  V3: () => (/* binding */ readFluxRelease),
  je: () => (/* binding */ releaseValueSources)
});

// UNUSED EXPORTS: fluxReleaseName, mergePatch, specValues

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/text/parse-cache.ts
var parse_cache = __webpack_require__(9053);
// EXTERNAL MODULE: ./packages/core/src/yaml/read.ts
var yaml_read = __webpack_require__(4293);
// EXTERNAL MODULE: ./packages/core/src/kustomize/overlay.ts
var overlay = __webpack_require__(3861);
// EXTERNAL MODULE: ./packages/core/src/deploy/argocd/application.ts + 1 modules
var application = __webpack_require__(4689);
// EXTERNAL MODULE: ./packages/core/src/deploy/flux/flux.ts
var flux = __webpack_require__(9674);
// EXTERNAL MODULE: ./packages/core/src/deploy/flux/flux-values.ts
var flux_values = __webpack_require__(4737);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./packages/core/src/deploy/flux/flux-target-path.ts
// A HelmRelease's spec.valuesFrom entry with `targetPath`: helm-controller
// reads the ConfigMap's data.<valuesKey> as one flat value and sets it at that
// path of the values merged so far, in the list's order, typed as Helm's
// `--set` types a value (`true`/`false` a bool, `null` nothing, a whole
// number without a leading zero an integer, anything else a string). So the
// render gets it in its place: a values document holding that one path,
// merged after the entries before it and before those after it and
// spec.values, as Helm merges values files. A path lockstep does not write
// so (a list index, `[0]`) is said as not read, never guessed.



/** Helm's `--set` typing of a value (strvals' typedVal). */
function typed(value) {
    if (value.toLowerCase() === 'true')
        return true;
    if (value.toLowerCase() === 'false')
        return false;
    if (value.toLowerCase() === 'null')
        return null;
    if (value === '0')
        return 0;
    if (/^-?[1-9][0-9]*$/.test(value) && Number.isSafeInteger(Number(value)))
        return Number(value);
    return value;
}
/** The path's keys (`a.b`, `a\.b` a key with a dot); undefined for what lockstep does not set (a list index, an empty key). */
function pathKeys(targetPath) {
    if (/[[\]]/.test(targetPath))
        return undefined;
    const keys = [];
    let key = '';
    for (let i = 0; i < targetPath.length; i++) {
        const c = targetPath[i];
        if (c === '\\' && targetPath[i + 1] === '.') {
            key += '.';
            i++;
        }
        else if (c === '.') {
            keys.push(key);
            key = '';
        }
        else
            key += c;
    }
    keys.push(key);
    return keys.every((k) => k !== '') ? keys : undefined;
}
/** The values document `{ a: { b: <typed value> } }` a targetPath entry merges in its place; undefined when its path is not read. */
function targetPathDocument(targetPath, value) {
    const keys = pathKeys(targetPath);
    if (!keys)
        return undefined;
    let doc = typed(value);
    for (const k of [...keys].reverse())
        doc = { [k]: doc };
    return JSON.stringify(doc);
}
/**
 * The data.<valuesKey> value of ConfigMap `name` for the HelmRelease in `file`: a manifest in the same file, else
 * as kustomize makes it under the file's folder (a manifest, or a configMapGenerator's literal or file).
 */
async function targetPathValue(file, name, valuesKey, read, cache) {
    const label = `ConfigMap ${name} (${valuesKey})`;
    const manifest = async (path) => {
        const text = await read(path);
        if (text === undefined)
            return undefined;
        const doc = (0,flux_values/* docsOf */.fE)(text, path, cache).docs.find((d) => (0,flux_values/* kindOf */.I)(d) === 'ConfigMap' && (0,flux_values/* nameOf */.Vb)(d) === name);
        const value = doc ? (0,yaml_read/* mapValue */.IS)((0,yaml_read/* mapValue */.IS)(doc.contents, 'data'), valuesKey) : undefined;
        return (0,dist/* isScalar */.jn)(value) && value.value !== null ? { value: String(value.value), file: path, label } : undefined;
    };
    const generator = async (kfile, ktext) => {
        const gens = (0,yaml_read/* mapValue */.IS)((0,flux_values/* docsOf */.fE)(ktext, kfile, cache).docs[0].contents, 'configMapGenerator');
        const entry = (0,dist/* isSeq */.oP)(gens) ? gens.items.find((g) => (0,dist/* isMap */.jh)(g) && (0,yaml_read/* scalarText */.ws)((0,yaml_read/* mapValue */.IS)(g, 'name')) === name) : undefined;
        const literals = (0,yaml_read/* mapValue */.IS)(entry, 'literals');
        for (const l of (0,dist/* isSeq */.oP)(literals) ? literals.items : []) {
            const spec = (0,yaml_read/* scalarText */.ws)(l) ?? '';
            if (spec.slice(0, spec.indexOf('=')) === valuesKey)
                return { value: spec.slice(spec.indexOf('=') + 1), file: kfile, label };
        }
        const files = (0,yaml_read/* mapValue */.IS)(entry, 'files');
        for (const f of (0,dist/* isSeq */.oP)(files) ? files.items : []) {
            const spec = (0,yaml_read/* scalarText */.ws)(f) ?? '';
            const eq = spec.indexOf('=');
            const path = eq < 0 ? spec : spec.slice(eq + 1);
            if ((eq < 0 ? path.slice(path.lastIndexOf('/') + 1) : spec.slice(0, eq)) !== valuesKey)
                continue;
            const at = (0,flux_values/* joinPath */.uJ)((0,flux_values/* dirOf */.Rw)(kfile), path);
            const text = await read(at);
            if (text !== undefined)
                return { value: text, file: at, label };
        }
        return undefined;
    };
    return (await manifest(file)) ?? (0,flux_values/* findConfigMap */.ko)((0,flux_values/* dirOf */.Rw)(file), { generator, manifest }, read, new Set(), cache);
}

;// CONCATENATED MODULE: ./packages/core/src/deploy/flux/flux-release.ts
// A Flux HelmRelease as helm-controller would install it, read from the
// repository for the rendered diff and values-drift: the environment's
// HelmRelease (often a kustomize patch of it, apps/<env>) over the HelmRelease
// of the same name its kustomization reaches (apps/base: the resources it
// lists, folders followed), merged as kustomize merges a patch of a custom
// resource (maps key by key, every other value replaced); the chart from its
// source (a HelmRepository of type oci, a classic https HelmRepository, or an
// OCIRepository through spec.chartRef, at its tag and spec.ref.digest); the
// values in Flux's order (spec.valuesFrom as listed, then spec.values), each
// ConfigMap followed into the repository by flux-values.ts; the release name
// (spec.releaseName, else `[<targetNamespace>-]<name>`, shortened over 53
// characters to its first 40, `-` and 12 hex of its sha256, as helm-controller
// does), the namespace installed into (spec.targetNamespace, else the
// HelmRelease's) and the storage namespace (spec.storageNamespace, else the
// HelmRelease's).









const asObj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : undefined);
const asStr = (v) => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined);
/** At most this many kustomization folders are followed from the HelmRelease's folder. */
const MAX_FOLDERS = 32;
/** Folder of a repository path ('.' at the top). */
const dirOf = (p) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '.');
/** `dir` joined with a relative path, normalised; undefined when it leaves the repository. */
function joinPath(dir, rel) {
    const parts = dir === '.' ? [] : dir.split('/');
    for (const seg of rel.split('/'))
        if (seg === '..') {
            if (parts.length === 0)
                return undefined;
            parts.pop();
        }
        else if (seg !== '.' && seg !== '')
            parts.push(seg);
    return parts.join('/') || '.';
}
function docsIn(text, file, cache) {
    const parsed = (0,parse_cache/* parseWith */.K)(cache, yaml_read/* YAML_DOCUMENTS */.FL, text.replace(/^\ufeff/, ''), file);
    return (parsed.documents ?? [parsed.doc]).flatMap((d, index) => {
        const data = asObj(d.toJS({ maxAliasCount: 100 }));
        return data ? [{ file, index, data }] : [];
    });
}
/**
 * The documents a kustomization folder reaches: its resources' files and
 * folders (a remote or outside one left out), and its namespace: the
 * kustomization's own `namespace:` nearest the HelmRelease.
 */
async function reached(dir, read, cache) {
    const docs = [];
    const seen = new Set();
    let namespace;
    const queue = [dir];
    while (queue.length > 0 && seen.size < MAX_FOLDERS) {
        const d = queue.shift();
        if (seen.has(d))
            continue;
        seen.add(d);
        for (const n of overlay/* KUSTOMIZATION_NAMES */.H7) {
            const kfile = d === '.' ? n : `${d}/${n}`;
            const ktext = await read(kfile);
            if (ktext === undefined)
                continue;
            const k = docsIn(ktext, kfile, cache)[0]?.data ?? {};
            namespace ??= asStr(k.namespace);
            for (const r of Array.isArray(k.resources) ? k.resources : []) {
                const rel = asStr(r);
                const path = rel === undefined || /^[a-z][a-z0-9+.-]*:/i.test(rel) ? undefined : joinPath(d, rel);
                if (path === undefined)
                    continue;
                if (/\.ya?ml$/.test(path)) {
                    const text = await read(path);
                    if (text !== undefined)
                        docs.push(...docsIn(text, path, cache));
                }
                else
                    queue.push(path);
            }
            break;
        }
    }
    return { docs, namespace };
}
/** `patch` merged over `base` as kustomize merges a patch of a custom resource: maps key by key, `null` removes, anything else replaced. */
function mergePatch(base, patch) {
    const b = asObj(base);
    const p = asObj(patch);
    if (!p)
        return patch;
    const out = { ...(b ?? {}) };
    for (const [k, v] of Object.entries(p)) {
        if (v === null)
            delete out[k];
        else
            out[k] = asObj(v) && asObj(out[k]) ? mergePatch(out[k], v) : v;
    }
    return out;
}
/** Helm's limit on a release name, and how helm-controller shortens a longer default one (its first 40 characters, `-`, 12 hex of its sha256). */
function fluxReleaseName(name, targetNamespace) {
    const full = targetNamespace ? `${targetNamespace}-${name}` : name;
    if (full.length <= 53)
        return full;
    return `${full.slice(0, 40)}-${(0,external_node_crypto_.createHash)('sha256').update(full).digest('hex').slice(0, 12)}`;
}
const kindName = (d) => [asStr(d.data.kind), asStr(asObj(d.data.metadata)?.name)];
/**
 * The environment's Flux reference, its paths through `at` (the check's working-directory prefix); undefined for an
 * environment deployed by no HelmRelease. Every reader of a HelmRelease (render, values-drift, chart-version, the
 * pull request check) takes it from here.
 */
function fluxRef(to, at = (p) => p) {
    if (to.helmrelease === undefined)
        return undefined;
    return { helmrelease: at(to.helmrelease), ...(to.ocirepository !== undefined ? { ocirepository: at(to.ocirepository) } : {}) };
}
/**
 * The HelmRelease the environment's `helmrelease:` names, as it would be
 * installed (see the file's head); `ocirepository:` is where its chartRef's
 * OCIRepository is read first. Errors name file:line as deploy/flux/flux.ts does.
 */
async function readFluxRelease(env, read, cache) {
    const { file } = (0,application/* splitApplicationRef */.O6)(env.helmrelease);
    const text = await read(file);
    if (text === undefined)
        throw new errors/* UserError */.yo(`${file} is not in the repository`, { file, hint: 'point helmrelease: at the HelmRelease file' });
    const document = (0,flux/* releaseDocument */.b8)(env.helmrelease, text, file, cache) ?? 0;
    const own = docsIn(text, file, cache);
    const patch = own.find((d) => d.index === document);
    const name = asStr(asObj(patch.data.metadata)?.name) ?? '';
    const around = await reached(dirOf(file), read, cache);
    const all = [...own.filter((d) => d.index !== document), ...around.docs];
    const base = all.filter((d) => !(d.file === file && d.index === document)).find((d) => kindName(d).join('/') === `HelmRelease/${name}`);
    const merged = asObj(mergePatch(base?.data ?? {}, patch.data)) ?? {};
    const spec = asObj(merged.spec) ?? {};
    const meta = asObj(merged.metadata) ?? {};
    const ns = around.namespace ?? asStr(meta.namespace);
    const targetNamespace = asStr(spec.targetNamespace);
    const { sourceAt, named, ...chart } = await chartOf(spec, all, env.ocirepository, read, cache);
    // valuesFrom as kustomize leaves it: the patch's list when it has one (a list is replaced whole), else the base's.
    const holder = asObj(patch.data.spec)?.valuesFrom !== undefined || !base ? { file, index: document } : base;
    const holderText = holder.file === file ? text : ((await read(holder.file)) ?? '');
    const entries = await (0,flux_values/* valuesFromEntries */.hq)(holder.file, holderText, holder.index, read, cache);
    // In valuesFrom's order, as helm-controller merges them: a targetPath entry sets its one value in its place.
    const values = [];
    const unread = [];
    for (const e of entries) {
        const at = e.targetPath && e.kind === 'ConfigMap' ? await targetPathValue(holder.file, e.name, e.valuesKey, read, cache) : undefined;
        const doc = at && e.targetPath ? targetPathDocument(e.targetPath, at.value) : undefined;
        if (e.home && !e.targetPath)
            values.push(valuesOf(e));
        else if (at && doc)
            values.push({ text: doc, path: at.file, label: `${at.label} at ${e.targetPath}` });
        else
            unread.push(`valuesFrom ${e.kind} ${e.name}${e.targetPath ? ` (targetPath ${e.targetPath})` : ''} not read`);
    }
    if (asObj(spec.values))
        values.push({ text: JSON.stringify(spec.values), path: file, label: 'spec.values' });
    return {
        name,
        releaseName: asStr(spec.releaseName) ?? fluxReleaseName(name, targetNamespace),
        ...((targetNamespace ?? ns) ? { namespace: targetNamespace ?? ns } : {}),
        ...((asStr(spec.storageNamespace) ?? ns) ? { storageNamespace: asStr(spec.storageNamespace) ?? ns } : {}),
        ...chart,
        values,
        unread,
        documents: [...(base ? [{ file: base.file, document: base.index }] : []), { file, document }],
        ...(sourceAt ? { sourceAt } : {}),
        sourcesNamed: [...new Set([...all, ...named].flatMap(sourceUrl))],
    };
}
/** A valuesFrom entry's values document as text (JSON, which Helm reads as YAML). */
function valuesOf(e) {
    const home = e.home;
    return {
        text: home.plain ? home.text : JSON.stringify(e.root?.toJSON() ?? {}),
        path: home.file,
        label: home.label,
        ...(home.plain ? { plain: true } : {}),
    };
}
/** A HelmRepository's or OCIRepository's spec.url, trimmed of trailing slashes ([] for any other document). */
function sourceUrl(d) {
    const kind = kindName(d)[0];
    const url = kind === 'HelmRepository' || kind === 'OCIRepository' ? asStr(asObj(d.data.spec)?.url) : undefined;
    return url ? [url.trim().replace(/\/+$/, '')] : [];
}
/** Where a source document writes its url, when it writes one. */
const sourceAtOf = (d) => {
    const url = d ? sourceUrl(d)[0] : undefined;
    return url && d ? { sourceAt: { url, file: d.file } } : {};
};
/**
 * The chart's version and source: spec.chart.spec with its sourceRef, or spec.chartRef's OCIRepository; with where
 * the source writes its url, and the documents of the `ocirepository:` file (read beside the release's own).
 */
async function chartOf(spec, docs, ociFile, read, cache) {
    const chartRef = asObj(spec.chartRef);
    if (chartRef) {
        const refName = asStr(chartRef.name);
        const kind = asStr(chartRef.kind) ?? 'OCIRepository';
        const named = ociFile ? (0,application/* splitApplicationRef */.O6)(ociFile) : undefined;
        const candidates = named ? docsIn((await read(named.file)) ?? '', named.file, cache) : [];
        const wanted = (d) => kindName(d)[0] === kind && (kindName(d)[1] === (named?.name ?? refName) || named?.name === undefined);
        const oci = candidates.find(wanted) ?? docs.find((d) => kindName(d).join('/') === `${kind}/${refName}`);
        const ospec = asObj(oci?.data.spec) ?? {};
        const url = (asStr(ospec.url) ?? '').replace(/\/+$/, '');
        const ref = asObj(ospec.ref) ?? {};
        const version = asStr(ref.semver) ?? asStr(ref.tag) ?? '';
        const digest = asStr(ref.digest);
        const cut = url.lastIndexOf('/');
        return {
            version,
            source: {
                ...(cut > 0 ? { repoURL: url.slice(0, cut), chart: url.slice(cut + 1) } : {}),
                ...(digest ? { digests: new Map([[version, digest]]) } : {}),
            },
            from: `${kind} ${refName ?? ''} (${url || 'no url'}${digest ? `@${digest}` : ''})`,
            ...sourceAtOf(oci),
            named: candidates,
        };
    }
    const cspec = asObj(asObj(spec.chart)?.spec) ?? {};
    const chart = asStr(cspec.chart);
    const version = asStr(cspec.version) ?? '';
    const sourceRef = asObj(cspec.sourceRef) ?? {};
    const kind = asStr(sourceRef.kind) ?? 'HelmRepository';
    const refName = asStr(sourceRef.name) ?? '';
    if (kind !== 'HelmRepository')
        // A chart in a GitRepository or Bucket is a path in it: read as a chart folder of this repository.
        return {
            version,
            source: chart ? { path: chart.replace(/^\.\//, '') } : {},
            from: `${kind} ${refName} (${chart ?? 'no chart'})`,
            named: [],
        };
    const repo = docs.find((d) => kindName(d).join('/') === `HelmRepository/${refName}`);
    const url = asStr(asObj(repo?.data.spec)?.url);
    const secretRef = asStr(asObj(asObj(repo?.data.spec)?.secretRef)?.name);
    return {
        version,
        source: { ...(chart ? { chart } : {}), ...(url ? { repoURL: url } : {}), ...(secretRef ? { secretRef } : {}) },
        from: `HelmRepository ${refName} (${url ?? 'not found in the repository'})`,
        ...sourceAtOf(repo),
        named: [],
    };
}
/** The spec.values node of a HelmRelease document, for values-drift's comparison at the file's lines. */
function specValues(text, file, document, cache) {
    const parsed = parseWith(cache, YAML_DOCUMENTS, text.replace(/^\ufeff/, ''), file);
    const doc = (parsed.documents ?? [parsed.doc])[document];
    return () => mapValue(mapValue(doc?.contents, 'spec'), 'values');
}
/**
 * A release's values as the values contract reads them, in helm-controller's order: each valuesFrom the repository
 * holds (a generator's values file whole; a ConfigMap manifest's values said at its file), then spec.values of each
 * HelmRelease document merged (the base, then the patch), at their lines.
 */
async function releaseValueSources(rel, read) {
    const out = [];
    for (const v of rel.values) {
        if (v.label === 'spec.values') {
            for (const d of rel.documents) {
                const text = await read(d.file);
                if (text !== undefined)
                    out.push({ file: d.file, text, document: d.document, at: ['spec', 'values'], label: 'spec.values' });
            }
        }
        else if (v.path !== undefined)
            out.push(v.plain ? { file: v.path, text: v.text } : { file: v.path, text: v.text, line: 1, label: v.label });
    }
    return out;
}


/***/ }),

/***/ 7748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Mc: () => (/* binding */ entriesOf),
  ig: () => (/* binding */ substituteFromFiles),
  Kx: () => (/* binding */ substituteFromHome)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/yaml/read.ts
var yaml_read = __webpack_require__(4293);
// EXTERNAL MODULE: ./packages/core/src/render/overlay-target.ts
var overlay_target = __webpack_require__(4618);
// EXTERNAL MODULE: ./packages/core/src/deploy/flux/flux-values.ts
var flux_values = __webpack_require__(4737);
// EXTERNAL MODULE: ./packages/core/src/deploy/pins/pin-fields.ts
var pin_fields = __webpack_require__(2387);
;// CONCATENATED MODULE: ./packages/core/src/deploy/flux/flux-substitute-files.ts
// The files a configMapGenerator builds a substituteFrom ConfigMap from, beside
// its `literals:`: `envs:` (and the older `env:`), .env files of `KEY=value`
// lines, and `files:`, each file's whole content one key's value (`key=path`,
// or the file's name as the key). A flux-substitute variable found there is
// read and written in that file: an env file's line byte-minimally (the `KEY=`,
// every other line and comment kept), a `files:` source whole (its trailing
// newline kept). Read as kustomize reads them: a line's leading blanks and a
// first line's BOM dropped, `#` lines and blank lines skipped, the value
// everything after the first `=`, quotes and all; a file's value its content
// (lockstep takes one trailing newline as the file's end, not the value's).




/** Joins a kustomization-relative path to its folder; undefined when it climbs out of the repository. */
function joined(dir, rel) {
    const parts = dir === '.' ? [] : dir.split('/');
    for (const p of rel.split('/')) {
        if (p === '' || p === '.')
            continue;
        if (p === '..') {
            if (parts.length === 0)
                return undefined;
            parts.pop();
        }
        else
            parts.push(p);
    }
    return parts.join('/') || undefined;
}
/** The `KEY=value` lines of an env file, by key (a later line over an earlier one, as a map keeps it). */
function envSlots(text, file) {
    const slots = new Map();
    text.split('\n').forEach((raw, i) => {
        const line = (i === 0 ? raw.replace(/^\ufeff/, '') : raw).replace(/\r$/, '');
        const body = line.trimStart();
        const eq = body.indexOf('=');
        if (body === '' || body.startsWith('#') || eq <= 0)
            return;
        const cut = line.length - body.length + eq + 1;
        slots.set(body.slice(0, eq), { path: [i], line: i + 1, value: line.slice(cut), prefix: line.slice(0, cut), file, source: 'env' });
    });
    return slots;
}
/** A `files:` source as one value: its content without the one trailing newline that ends the file. */
function fileSlot(text, file) {
    return { path: [], line: 1, value: text.replace(/\r?\n$/, ''), file, source: 'file' };
}
/**
 * The variables a generator entry's `envs:`/`env:` and `files:` hold, by key, with the files they are read from;
 * `missing` says which named file is not in the repository (the entry then may hold any variable).
 */
async function sourceSlots(entry, dir, read) {
    const slots = new Map();
    const files = [];
    const list = (key) => {
        const node = (0,yaml_read/* mapValue */.IS)(entry, key);
        return (0,dist/* isSeq */.oP)(node) ? node.items.map((i) => (0,yaml_read/* scalarText */.ws)(i) ?? '') : [];
    };
    const env = (0,yaml_read/* scalarText */.ws)((0,yaml_read/* mapValue */.IS)(entry, 'env'));
    for (const rel of [...list('envs'), ...(env !== undefined ? [env] : [])]) {
        const path = joined(dir, rel);
        const text = path === undefined ? undefined : await read(path);
        if (text === undefined)
            return { slots, files, missing: `its env file ${rel} is not in the repository` };
        files.push(path);
        for (const [k, s] of envSlots(text, path))
            slots.set(k, s);
    }
    for (const spec of list('files')) {
        const eq = spec.indexOf('=');
        const rel = eq < 0 ? spec : spec.slice(eq + 1);
        const path = joined(dir, rel);
        const text = path === undefined ? undefined : await read(path);
        if (text === undefined)
            return { slots, files, missing: `its file ${rel} is not in the repository` };
        files.push(path);
        slots.set(eq < 0 ? rel.slice(rel.lastIndexOf('/') + 1) : spec.slice(0, eq), fileSlot(text, path));
    }
    return { slots, files };
}
/** The slots of `text`, the home file at some state, read as `source` reads it. */
const slotsOf = (text, file, source, key) => source === 'env' ? envSlots(text, file) : new Map([[key, fileSlot(text, file)]]);
/** A generator's env file or data file as the home of an environment's flux-substitute variables (flux-substitute-from.ts). */
function sourceHome(label, slot, key, text) {
    const { file, source } = slot;
    const home = source === 'env' ? `${label.replace(/\)$/, '')}, ${file})` : `${label.replace(/\)$/, '')}, ${key}: ${file})`;
    return {
        file,
        text,
        document: 0,
        label: home,
        fields(t, vars) {
            const slots = slotsOf(t, file, source, key);
            return Object.entries(vars).map(([form, name]) => {
                const s = slots.get(name);
                if (!s)
                    throw new errors/* UserError */.yo(`${file} has no ${name}, which flux-substitute names`, {
                        file,
                        line: 1,
                        hint: `set ${name}=<value> in ${file}`,
                    });
                return { path: s.path, line: s.line, form, value: s.value, label: `${home} ${name}`, ...(s.prefix ? { prefix: s.prefix } : {}) };
            });
        },
        /** `t` with each pin's fields set: the lines of an env file, or the whole data file. */
        write(t, writes) {
            const lines = t.split('\n');
            for (const { pin, target } of writes)
                for (const e of (0,pin_fields/* fieldEdits */.O)(pin.fields ?? [], file, pin.key, pin, target)) {
                    if (/[\r\n]/.test(e.value))
                        throw new errors/* UserError */.yo(`${e.value.slice(0, 40)}… holds a line break`, {
                            file,
                            line: pin.line,
                            hint: 'promote an image reference',
                        });
                    if (source === 'file')
                        return `${e.value}${/\r?\n$/.exec(t)?.[0] ?? ''}`;
                    const i = e.path[0];
                    lines[i] = `${i === 0 && lines[0].startsWith('\ufeff') ? '\ufeff' : ''}${e.value}${lines[i].endsWith('\r') ? '\r' : ''}`;
                }
            return lines.join('\n');
        },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/deploy/flux/flux-substitute-from.ts
// Where a Flux Kustomization's flux-substitute variables live when its
// `spec.postBuild.substitute` does not set them: the ConfigMaps of
// `spec.postBuild.substituteFrom`. Flux takes `substitute` over every
// substituteFrom entry, and a later entry over an earlier one; a variable is
// therefore read and written in the last entry holding it, when that entry's
// data lives in the repository (a ConfigMap manifest's `data`, or a
// configMapGenerator's `literals`), found as flux-values.ts finds valuesFrom
// ConfigMaps. lockstep never reads or writes secrets: a Secret entry holding a
// variable is refused at its line, and so is an entry lockstep cannot read
// (not in the repository, an env file) merged over the variable's home, or
// the one entry that could hold a variable found nowhere else.






/** The variables of a ConfigMap or Secret manifest (data, and a Secret's stringData) in document `document` of `text`. */
function manifestSlots(text, file, document, cache) {
    const { parsed, docs } = (0,flux_values/* docsOf */.fE)(text, file, cache);
    const slots = new Map();
    for (const key of ['data', 'stringData']) {
        const data = (0,yaml_read/* mapValue */.IS)(docs[document].contents, key);
        if (!(0,dist/* isMap */.jh)(data))
            continue;
        for (const p of data.items)
            if ((0,dist/* isScalar */.jn)(p.key) && (0,dist/* isScalar */.jn)(p.value))
                slots.set(String(p.key.value), {
                    path: [key, String(p.key.value)],
                    line: parsed.lineOf(p.value) ?? 1,
                    value: (0,yaml_read/* scalarText */.ws)(p.value) ?? '',
                });
    }
    return slots;
}
/** Finds entry `kind` `name` in the repository: a manifest in `file` or a kustomization's generator under the Flux Kustomization's folder. */
async function locate(kind, name, file, read, cache) {
    const secret = kind === 'Secret';
    const generatorKey = secret ? 'secretGenerator' : 'configMapGenerator';
    const manifest = async (path) => {
        const text = await read(path);
        if (text === undefined)
            return undefined;
        const index = (0,flux_values/* docsOf */.fE)(text, path, cache).docs.findIndex((d) => (0,flux_values/* kindOf */.I)(d) === kind && (0,flux_values/* nameOf */.Vb)(d) === name);
        if (index < 0)
            return undefined;
        return {
            file: path,
            text,
            document: index,
            label: `${kind} ${name}`,
            secret,
            slots: manifestSlots(text, path, index, cache),
            slotsAt: (t) => manifestSlots(t, path, index, cache),
        };
    };
    const generator = async (kfile, ktext) => {
        const { docs } = (0,flux_values/* docsOf */.fE)(ktext, kfile, cache);
        const gens = (0,yaml_read/* mapValue */.IS)(docs[0].contents, generatorKey);
        const at = (0,dist/* isSeq */.oP)(gens) ? gens.items.findIndex((g) => (0,yaml_read/* scalarText */.ws)((0,yaml_read/* mapValue */.IS)(g, 'name')) === name) : -1;
        if (at < 0 || !(0,dist/* isSeq */.oP)(gens))
            return undefined;
        const entry = gens.items[at];
        // A Secret's files are never read; a ConfigMap's envs: and files: are (flux-substitute-files.ts).
        const other = secret ? ['envs', 'env', 'files'].find((k) => (0,yaml_read/* mapValue */.IS)(entry, k) !== undefined) : undefined;
        const sourced = secret ? undefined : await sourceSlots(entry, (0,flux_values/* dirOf */.Rw)(kfile), read);
        const opaque = other ? `its ${other}: lockstep reads no secret's files` : sourced?.missing;
        const withSources = (m) => new Map([...m, ...(sourced?.slots ?? [])]);
        return {
            file: kfile,
            text: ktext,
            document: 0,
            label: `${kind} ${name} (${generatorKey} of ${kfile})`,
            secret,
            ...(opaque ? { opaque } : {}),
            files: sourced?.files ?? [],
            slots: withSources(literalSlots(ktext, kfile, generatorKey, at, cache)),
            slotsAt: (t) => withSources(literalSlots(t, kfile, generatorKey, at, cache)),
        };
    };
    return (await manifest(file)) ?? (0,flux_values/* findConfigMap */.ko)((0,flux_values/* dirOf */.Rw)(file), { generator, manifest }, read, new Set(), cache);
}
/** The spec.postBuild.substituteFrom entries of the Flux Kustomization in `text`, each followed into the repository where it can be. */
async function entriesOf(text, file, read, cache) {
    const { parsed, docs } = (0,flux_values/* docsOf */.fE)(text, file, cache);
    // The Flux Kustomization's own document (a cluster's file may hold its GitRepository first); else the first.
    const own = docs.find((d) => (0,overlay_target/* isFluxKustomization */.Hw)((0,flux_values/* kindOf */.I)(d), (0,yaml_read/* scalarText */.ws)((0,yaml_read/* mapValue */.IS)(d.contents, 'apiVersion')))) ?? docs[0];
    const post = (0,yaml_read/* mapValue */.IS)((0,yaml_read/* mapValue */.IS)(own.contents, 'spec'), 'postBuild');
    const from = (0,yaml_read/* mapValue */.IS)(post, 'substituteFrom');
    const substitute = (0,yaml_read/* mapValue */.IS)(post, 'substitute');
    const keys = new Set((0,dist/* isMap */.jh)(substitute) ? substitute.items.map((p) => ((0,dist/* isScalar */.jn)(p.key) ? String(p.key.value) : '')) : []);
    const entries = [];
    for (const item of (0,dist/* isSeq */.oP)(from) ? from.items : []) {
        const kind = (0,yaml_read/* scalarText */.ws)((0,yaml_read/* mapValue */.IS)(item, 'kind')) ?? '';
        const name = (0,yaml_read/* scalarText */.ws)((0,yaml_read/* mapValue */.IS)(item, 'name')) ?? '';
        const found = kind === 'ConfigMap' || kind === 'Secret' ? await locate(kind, name, file, read, cache) : undefined;
        entries.push({ kind, name, line: parsed.lineOf(item) ?? 1, ...(found ? { found } : {}) });
    }
    return { entries, line: parsed.lineOf(from ?? substitute ?? post ?? own.contents) ?? 1, keys };
}
/** The files holding a Flux Kustomization's substituteFrom ConfigMaps in the repository (their history says when a pin there changed). */
async function substituteFromFiles(text, file, read, cache) {
    const { entries } = await entriesOf(text, file, read, cache);
    return [
        ...new Set(entries.flatMap((e) => (e.found && !e.found.secret ? [e.found.file, ...(e.found.files ?? [])] : []).filter((f) => f !== file))),
    ];
}
function refuse(message, file, line, hint) {
    return new errors/* UserError */.yo(message, { file, line, hint });
}
/** The entry whose data a variable takes (the last one holding it); refused when an entry lockstep cannot read could set it. */
function homeOf(name, entries, file, line) {
    let at = -1;
    entries.forEach((e, i) => {
        if (e.found?.slots.has(name))
            at = i;
    });
    const home = entries[at];
    if (home?.found?.secret)
        throw refuse(`spec.postBuild.substituteFrom Secret ${home.name} holds ${name}; lockstep never reads or writes secrets`, file, home.line, `set ${name} in spec.postBuild.substitute or in a ConfigMap of the repository listed after the Secret`);
    const later = entries.slice(at + 1).find((e) => !e.found || e.found.opaque !== undefined);
    if (later) {
        const why = !later.found ? `is not in the repository lockstep can read` : `is read only in part (${later.found.opaque})`;
        throw refuse(`spec.postBuild.substituteFrom ${later.kind} ${later.name} ${why}, and ${at < 0 ? `no other source sets ${name}` : `Flux takes it over ${home.found.label}, which sets ${name}`}`, file, later.line, at < 0
            ? `set ${name} in spec.postBuild.substitute, or keep ${later.kind} ${later.name} in the repository (a ConfigMap manifest or configMapGenerator literals)`
            : `list ${later.kind} ${later.name} before ${home.found.label}, or keep its data in the repository`);
    }
    if (!home)
        throw refuse(`spec.postBuild.substitute has no ${name}, and no substituteFrom ConfigMap of the repository sets it`, file, line, `set ${name}: "<value>" under spec.postBuild.substitute or in a ConfigMap that substituteFrom names`);
    return home;
}
/**
 * The home of an environment's flux-substitute variables when spec.postBuild.substitute of the Flux Kustomization
 * (`text` of `file`) sets none of them: the one substituteFrom ConfigMap holding all. Undefined when substitute
 * sets them all (or no service names variables). Refused at file:line: variables split over substitute and a
 * ConfigMap or over several ConfigMaps, a service pinned otherwise beside them, a ConfigMap outside the folder.
 */
async function substituteFromHome(text, file, services, read, cache) {
    const named = services.filter((s) => s.substitute !== undefined);
    const { entries, line, keys } = await entriesOf(text, file, read, cache);
    const wanted = named.flatMap((s) => Object.values(s.substitute).map((v) => ({ service: s, name: v })));
    const outside = wanted.filter((w) => !keys.has(w.name));
    if (outside.length === 0)
        return undefined;
    const homes = new Map();
    for (const w of outside) {
        const home = homeOf(w.name, entries, file, line);
        homes.set(home, [...(homes.get(home) ?? []), w.name]);
    }
    const inside = wanted.filter((w) => keys.has(w.name)).map((w) => w.name);
    const other = services.find((s) => s.substitute === undefined);
    if (homes.size > 1 || inside.length > 0 || other)
        throw refuse(`${file} keeps its pins in ${[
            ...(inside.length > 0 ? [`spec.postBuild.substitute (${inside.join(', ')})`] : []),
            ...[...homes].map(([e, names]) => `${e.found.label} (${names.join(', ')})`),
            ...(other ? [`the pin of service '${other.name}'`] : []),
        ].join(' and ')}; lockstep writes one place per environment`, file, [...homes.keys()][0].line, 'keep every flux-substitute variable of the environment in spec.postBuild.substitute, or all in one ConfigMap');
    const [[home, names]] = homes;
    const found = home.found;
    // A generator's variables in its env file or data files: that one file is the home (flux-substitute-files.ts).
    const where = [...new Set(names.map((n) => found.slots.get(n).file ?? found.file))];
    if (where.length > 1)
        throw refuse(`${found.label} holds ${names.join(', ')} in ${where.join(' and ')}; lockstep writes one file per environment`, file, home.line, "keep the environment's flux-substitute variables in one source of the generator: its literals, one env file, or one whole-image file");
    const dir = (0,flux_values/* dirOf */.Rw)(file);
    if (found.file !== file && dir !== '.' && !found.file.startsWith(`${dir}/`))
        throw refuse(`the pins of ${file} are in ${found.label} in ${found.file}, outside its folder ${dir}`, file, home.line, `keep the environment's substituteFrom ConfigMap in ${dir} (or below it), whose history says when its pins changed`);
    const slot = found.slots.get(names[0]);
    if (slot.file !== undefined && slot.source !== undefined)
        return sourceHome(found.label, { ...slot, file: slot.file, source: slot.source }, names[0], (await read(slot.file)) ?? '');
    return {
        file: found.file,
        text: found.text,
        document: found.document,
        label: found.label,
        fields(t, vars) {
            const slots = found.slotsAt(t);
            return Object.entries(vars).map(([form, name]) => {
                const slot = slots.get(name);
                if (!slot)
                    throw refuse(`${found.label} has no ${name}, which flux-substitute names`, found.file, 1, `set ${name} in ${found.label}`);
                return {
                    path: slot.path,
                    line: slot.line,
                    form,
                    value: slot.value,
                    label: `${found.label} ${name}`,
                    ...(slot.prefix ? { prefix: slot.prefix } : {}),
                };
            });
        },
    };
}
/** The literals (`NAME=value`) of entry `at` of a kustomization's configMapGenerator, by name. */
function literalSlots(text, file, key, at, cache) {
    const { parsed, docs } = (0,flux_values/* docsOf */.fE)(text, file, cache);
    const gens = (0,yaml_read/* mapValue */.IS)(docs[0].contents, key);
    const literals = (0,yaml_read/* mapValue */.IS)((0,dist/* isSeq */.oP)(gens) ? gens.items[at] : undefined, 'literals');
    const slots = new Map();
    ((0,dist/* isSeq */.oP)(literals) ? literals.items : []).forEach((l, j) => {
        const s = (0,yaml_read/* scalarText */.ws)(l) ?? '';
        const eq = s.indexOf('=');
        if (eq > 0)
            slots.set(s.slice(0, eq), {
                path: [key, at, 'literals', j],
                line: parsed.lineOf(l) ?? 1,
                value: s.slice(eq + 1),
                prefix: s.slice(0, eq + 1),
            });
    });
    return slots;
}


/***/ }),

/***/ 4737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ fluxValuesHome),
/* harmony export */   I: () => (/* binding */ kindOf),
/* harmony export */   Rw: () => (/* binding */ dirOf),
/* harmony export */   Vb: () => (/* binding */ nameOf),
/* harmony export */   fE: () => (/* binding */ docsOf),
/* harmony export */   hq: () => (/* binding */ valuesFromEntries),
/* harmony export */   ko: () => (/* binding */ findConfigMap),
/* harmony export */   uJ: () => (/* binding */ joinPath)
/* harmony export */ });
/* unused harmony export releaseHome */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _text_parse_cache_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9053);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4293);
/* harmony import */ var _kustomize_overlay_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3861);
/* harmony import */ var _pins_pins_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9373);
// Where a HelmRelease's image pins live when it takes values from ConfigMaps.
// Flux merges `spec.valuesFrom` in the order listed, then `spec.values` over
// them; a pin is therefore read and written where the last source holding its
// values-key keeps it. A ConfigMap is followed into the repository when its
// data lives there: a kustomize `configMapGenerator` entry (the file named for
// its `valuesKey`, default values.yaml) or a ConfigMap manifest (a literal
// block under `data.<valuesKey>`), found in the HelmRelease's file, the
// kustomization beside it and the kustomizations it names as resources.
// A source lockstep cannot read (a Secret, a ConfigMap made elsewhere) is
// harmless before the pins' home: their values are merged over it. After it,
// it could set the pin Flux deploys, so it is refused at its line — unless
// its `targetPath` puts its one value outside every pin.






const dirOf = (p) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '.');
/** `rel` joined to `dir` as kustomize resolves a relative path. */
const joinPath = (dir, rel) => {
    const parts = dir === '.' ? [] : dir.split('/');
    for (const seg of rel.split('/'))
        if (seg === '..')
            parts.pop();
        else if (seg !== '.' && seg !== '')
            parts.push(seg);
    return parts.join('/') || '.';
};
const docsOf = (text, file, cache) => {
    const parsed = (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_5__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .YAML_DOCUMENTS */ .FL, text.replace(/^\ufeff/, ''), file);
    return { parsed, docs: parsed.documents ?? [parsed.doc] };
};
const kindOf = (doc) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(doc.contents, 'kind'));
const nameOf = (doc) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(doc.contents, 'metadata'), 'name'));
/** The node at a values key under `root`, or undefined. */
function holds(root, key) {
    let node = root;
    for (const k of (0,_pins_pins_js__WEBPACK_IMPORTED_MODULE_4__/* .parseValuesKey */ .bx)(key, 'values key')) {
        if (typeof k === 'number')
            node = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) ? node.items[k] : undefined;
        else
            node = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(node, k);
        if (node === undefined)
            return false;
    }
    return true;
}
/** True when a targetPath and a pin's values key touch: one is the other or lies inside it. */
const overlaps = (target, key) => target === key || target.startsWith(`${key}.`) || key.startsWith(`${target}.`);
/** A values file of its own (a configMapGenerator's file) as a home. */
function fileHome(file, text, label) {
    return {
        file,
        text,
        label,
        plain: true,
        root: (cache) => (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_5__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .YAML_DOCUMENT */ .MQ, text.replace(/^\ufeff/, ''), file).doc.contents,
        read: (t, key, cache) => (0,_pins_pins_js__WEBPACK_IMPORTED_MODULE_4__/* .readPin */ .Ci)(t, file, key, { cache }),
        write: (t, pins, cache) => (0,_pins_pins_js__WEBPACK_IMPORTED_MODULE_4__/* .setPins */ .Rz)(t, pins, { cache }).text,
    };
}
/** The HelmRelease's own spec.values as the home (the pins at spec.values.<key>). */
function releaseHome(file, text, document) {
    return {
        file,
        text,
        ...(document !== undefined ? { document } : {}),
        label: 'spec.values',
        plain: false,
        root: (cache) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(docsOf(text, file, cache).docs[document ?? 0].contents, 'spec'), 'values'),
        read: (t, key, cache) => (0,_pins_pins_js__WEBPACK_IMPORTED_MODULE_4__/* .readPin */ .Ci)(t, file, `spec.values.${key}`, { document, cache }),
        write: (t, pins, cache) => (0,_pins_pins_js__WEBPACK_IMPORTED_MODULE_4__/* .setPins */ .Rz)(t, pins, { document, cache }).text,
    };
}
function blockOf(text, file, document, dataKey, cache) {
    const { parsed, docs } = docsOf(text, file, cache);
    const doc = docs[document];
    const node = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(doc.contents, 'data'), dataKey);
    const line = parsed.lineOf(node ?? (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(doc.contents, 'data') ?? doc.contents) ?? 1;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) || node.type !== yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.BLOCK_LITERAL)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`ConfigMap ${nameOf(doc) ?? ''}: data.${dataKey} is ${node === undefined ? 'missing' : 'not a literal block (|)'}, so its values cannot be edited in place`.replace(/\s+/g, ' '), { file, line, hint: `write the values as data.${dataKey}: | followed by the indented YAML` });
    const body = parsed.text;
    const start = body.indexOf('\n', node.range[0]) + 1;
    const end = Math.max(start, node.range[1]);
    const lines = body.slice(start, end).replace(/\n+$/, '').split('\n');
    const indent = /^[ ]*/.exec(lines.find((l) => l.trim() !== '') ?? '')[0];
    const inner = lines.map((l) => (l.trim() === '' ? '' : l.slice(indent.length))).join('\n') + '\n';
    return { inner, start, end: start + lines.join('\n').length, indent, offset: parsed.lineAt(start) - 1 };
}
/** A UserError about the block's YAML, moved to the file's lines. */
function shifted(e, block) {
    if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo) || e.line === undefined)
        return e;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(e.detailWords, { file: e.file, line: e.line + block.offset, ...(e.hintWords ? { hint: e.hintWords } : {}) });
}
/** A ConfigMap manifest's data.<key> as the home: pins read in its block and written there line by line. */
function configMapHome(file, text, document, dataKey, label) {
    return {
        file,
        text,
        label,
        plain: false,
        root: (cache) => (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_5__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .YAML_DOCUMENT */ .MQ, blockOf(text, file, document, dataKey, cache).inner, `${file}#${dataKey}`).doc.contents,
        read(t, key, cache) {
            const block = blockOf(t, file, document, dataKey, cache);
            try {
                const pin = (0,_pins_pins_js__WEBPACK_IMPORTED_MODULE_4__/* .readPin */ .Ci)(block.inner, file, key, { cache });
                return { ...pin, line: pin.line + block.offset };
            }
            catch (e) {
                throw shifted(e, block);
            }
        },
        write(t, pins, cache) {
            const block = blockOf(t, file, document, dataKey, cache);
            let after;
            try {
                after = (0,_pins_pins_js__WEBPACK_IMPORTED_MODULE_4__/* .setPins */ .Rz)(block.inner, pins, { cache }).text;
            }
            catch (e) {
                throw shifted(e, block);
            }
            const was = block.inner.replace(/\n$/, '').split('\n');
            const now = after.replace(/\n$/, '').split('\n');
            const old = t
                .replace(/^\ufeff/, '')
                .slice(block.start, block.end)
                .split('\n');
            // Lines the edit left alone keep their bytes; an edited or added line takes the block's indentation.
            const lines = now.map((l, i) => (now.length === was.length && l === was[i] ? old[i] : l === '' ? '' : block.indent + l));
            const bom = t.startsWith('\ufeff') ? '\ufeff' : '';
            const out = bom + t.replace(/^\ufeff/, '').slice(0, block.start) + lines.join('\n') + t.replace(/^\ufeff/, '').slice(block.end);
            if (blockOf(out, file, document, dataKey, cache).inner.replace(/\n+$/, '') !== after.replace(/\n+$/, ''))
                throw new Error(`internal: the edit of ${file} data.${dataKey} did not read back as written`);
            return out;
        },
    };
}
/** The ConfigMap manifest named `name` in `file`, as a home, or undefined. */
async function manifestIn(file, name, dataKey, read, cache) {
    const text = await read(file);
    if (text === undefined)
        return undefined;
    const { docs } = docsOf(text, file, cache);
    const index = docs.findIndex((d) => kindOf(d) === 'ConfigMap' && nameOf(d) === name);
    if (index < 0)
        return undefined;
    return configMapHome(file, text, index, dataKey, `ConfigMap ${name} (${dataKey})`);
}
/** The configMapGenerator entry `name` of a kustomization: the file it makes `dataKey` from, as a home. */
async function generatorIn(kfile, ktext, name, dataKey, read, cache) {
    const { docs } = docsOf(ktext, kfile, cache);
    const gens = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(docs[0].contents, 'configMapGenerator');
    const entry = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(gens) ? gens.items.find((g) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(g, 'name')) === name) : undefined;
    const files = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(entry, 'files');
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(files))
        return undefined;
    for (const f of files.items) {
        const spec = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)(f) ?? '';
        const eq = spec.indexOf('=');
        const path = eq < 0 ? spec : spec.slice(eq + 1);
        const key = eq < 0 ? path.slice(path.lastIndexOf('/') + 1) : spec.slice(0, eq);
        if (key !== dataKey)
            continue;
        const file = joinPath(dirOf(kfile), path);
        const text = await read(file);
        if (text !== undefined)
            return fileHome(file, text, `ConfigMap ${name} (${dataKey}: ${file})`);
    }
    return undefined;
}
/** Follows a ConfigMap through the kustomization of `dir` and the resources it names (each folder once). */
async function findConfigMap(dir, find, read, seen, cache) {
    if (seen.has(dir) || seen.size > 32)
        return undefined;
    seen.add(dir);
    for (const n of _kustomize_overlay_js__WEBPACK_IMPORTED_MODULE_3__/* .KUSTOMIZATION_NAMES */ .H7) {
        const kfile = dir === '.' ? n : `${dir}/${n}`;
        const ktext = await read(kfile);
        if (ktext === undefined)
            continue;
        const generated = await find.generator(kfile, ktext);
        if (generated)
            return generated;
        const resources = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(docsOf(ktext, kfile, cache).docs[0].contents, 'resources');
        for (const r of (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(resources) ? resources.items : []) {
            const rel = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)(r);
            if (rel === undefined || /^[a-z]+:\/\//.test(rel))
                continue;
            const path = joinPath(dir, rel);
            const found = /\.ya?ml$/.test(path) ? await find.manifest(path) : await findConfigMap(path, find, read, seen, cache);
            if (found)
                return found;
        }
        return undefined;
    }
    return undefined;
}
/** The HelmRelease's spec.valuesFrom entries, each followed into the repository where it can be. */
async function sourcesOf(doc, parsed, file, read, cache) {
    const from = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(doc.contents, 'spec'), 'valuesFrom');
    const out = [];
    for (const item of (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(from) ? from.items : []) {
        const kind = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(item, 'kind')) ?? '';
        const name = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(item, 'name')) ?? '';
        const valuesKey = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(item, 'valuesKey')) ?? 'values.yaml';
        const targetPath = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(item, 'targetPath'));
        const source = { kind, name, line: parsed.lineOf(item) ?? 1, valuesKey, ...(targetPath ? { targetPath } : {}) };
        if (kind === 'ConfigMap' && !targetPath) {
            const home = (await manifestIn(file, name, valuesKey, read, cache)) ??
                (await findConfigMap(dirOf(file), {
                    generator: (kfile, ktext) => generatorIn(kfile, ktext, name, valuesKey, read, cache),
                    manifest: (path) => manifestIn(path, name, valuesKey, read, cache),
                }, read, new Set(), cache));
            if (home) {
                source.home = home;
                source.root = home.root(cache);
            }
        }
        out.push(source);
    }
    return out;
}
/** The spec.valuesFrom entries of the HelmRelease document `document` of `file`, in Flux's order, each followed into the repository where it can be. */
async function valuesFromEntries(file, text, document, read, cache) {
    const { parsed, docs } = docsOf(text, file, cache);
    return sourcesOf(docs[document], parsed, file, read, cache);
}
/**
 * The home of an environment's pins for the HelmRelease document `document`
 * of `file`: for each values key, the last source (valuesFrom in order, then
 * spec.values) that holds it. Refused at file:line: pins split over several
 * sources, and a source merged after the home that lockstep cannot read or
 * whose targetPath lands on a pin.
 */
async function fluxValuesHome(file, text, document, keys, read, cache) {
    const { parsed, docs } = docsOf(text, file, cache);
    const doc = docs[document ?? 0];
    const release = releaseHome(file, text, document);
    const sources = await sourcesOf(doc, parsed, file, read, cache);
    const chain = [
        ...sources,
        { kind: 'values', name: 'spec.values', line: 0, valuesKey: '', home: release, root: release.root(cache) },
    ];
    const homes = new Map();
    for (const key of keys) {
        let at = -1;
        chain.forEach((s, i) => {
            if (s.home && !s.targetPath && holds(s.root, key))
                at = i;
        });
        if (at < 0)
            continue;
        homes.set(chain[at], [...(homes.get(chain[at]) ?? []), key]);
        const later = chain.slice(at + 1).find((s) => (s.targetPath ? overlaps(s.targetPath, key) : !s.home));
        if (later)
            throw overriding(later, key, chain[at], doc, file);
    }
    if (homes.size > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`HelmRelease ${nameOf(doc) ?? ''} keeps its pins in ${[...homes].map(([s, k]) => `${s.home.label} (${k.join(', ')})`).join(' and ')}; lockstep writes one place per environment`.replace(/\s+/g, ' '), { file, line: sources[0]?.line ?? 1, hint: 'keep every image pin of the environment in one ConfigMap, or in spec.values' });
    if (homes.size === 0)
        return release;
    const [chosen] = homes.keys();
    const dir = dirOf(file);
    // Soak time, approvals and records read the history of the HelmRelease's folder (place.ts pinPath): the pins stay in it.
    if (chosen.home !== release && dir !== '.' && !chosen.home.file.startsWith(`${dir}/`))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`the pins of HelmRelease ${nameOf(doc) ?? ''} are in ${chosen.home.file}, outside its folder ${dir}`.replace(/\s+/g, ' '), {
            file,
            line: chosen.line,
            hint: `keep the environment's values ConfigMap in ${dir} (or below it), whose history says when its pins changed; or name its file with values: beside helmrelease:`,
        });
    return chosen.home;
}
/** A valuesFrom entry merged after the pins' home that may set the pin Flux deploys. */
function overriding(later, key, home, doc, file) {
    const why = later.targetPath
        ? `sets ${later.targetPath} (targetPath) over the ${key} pin`
        : later.kind === 'Secret'
            ? `is a Secret lockstep cannot read, merged over the ${key} pin`
            : `has no data in the repository lockstep can read, and is merged over the ${key} pin`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`HelmRelease ${nameOf(doc) ?? ''}: spec.valuesFrom ${later.kind} ${later.name} ${why} kept in ${home.home.label}`.replace(/\s+/g, ' '), {
        file,
        line: later.line,
        hint: later.kind === 'Secret'
            ? 'list the Secret before the source holding the pins (or give it a targetPath outside them): a Secret holds secrets, not image pins'
            : 'keep the pins in the last source Flux merges, or generate this ConfigMap in the repository (configMapGenerator or a ConfigMap manifest)',
    });
}


/***/ }),

/***/ 9674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R7: () => (/* binding */ fluxChartRevision),
/* harmony export */   b8: () => (/* binding */ releaseDocument)
/* harmony export */ });
/* unused harmony exports setOciRef, inexactFluxChart */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _text_parse_cache_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9053);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4293);
/* harmony import */ var _charts_exact_revision_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3068);
/* harmony import */ var _edits_yaml_edit_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3077);
/* harmony import */ var _edits_check_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5763);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(908);
// Flux resources as the place an environment's chart version and pins live.
// An environment deployed by Flux names its HelmRelease (`helmrelease:`), and
// the OCIRepository its chart comes from when the release takes it through
// `spec.chartRef` (`ocirepository:`). The chart version is then the
// HelmRelease's `spec.chart.spec.version`, or the OCIRepository's
// `spec.ref.tag` (`spec.ref.semver` when it floats), read and written through
// the same ChartRevision an Argo CD Application's targetRevision is; the image
// pins are read at the service's values-key under the HelmRelease's
// `spec.values`, or in the ConfigMap of `spec.valuesFrom` that holds them
// (flux-values.ts). A HelmRelease that gives no version lets Flux deploy the
// newest chart: refused at its line, before anything is written.








/** The Flux kinds whose file holds an environment's chart version. */
const CHART_KINDS = ['HelmRelease', 'OCIRepository'];
const kindOf = (doc) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(doc.contents, 'kind'));
const nameOf = (doc) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(doc.contents, 'metadata'), 'name'));
/** The HelmRelease or OCIRepository documents of a parsed file. */
function fluxDocs(parsed) {
    return (parsed.documents ?? [parsed.doc]).flatMap((doc, index) => {
        const kind = kindOf(doc);
        return CHART_KINDS.includes(kind) ? [{ index, doc, kind: kind, name: nameOf(doc) }] : [];
    });
}
/**
 * The chart version of the Flux resource `text` holds (`name` picks one of
 * several), or undefined when the file holds no HelmRelease or
 * OCIRepository (then it is an Argo CD Application's file). Errors name
 * file:line: several resources and no name, a HelmRelease without a chart
 * version, one whose chart comes from an OCIRepository (`chartRef`), an
 * OCIRepository without a `spec.ref`.
 */
function fluxChartRevision(text, file, name, cache) {
    const parsed = (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_7__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .YAML_DOCUMENTS */ .FL, text.replace(/^\ufeff/, ''), file);
    const docs = fluxDocs(parsed);
    if (docs.length === 0)
        return undefined;
    const named = name ? docs.filter((d) => d.name === name) : docs;
    // Flux's chartRef examples name the OCIRepository and its HelmRelease alike: a HelmRelease taking its chart by
    // chartRef holds no chart version, so where it shares the name, the OCIRepository is the one meant.
    const versioned = named.filter((d) => d.kind === 'OCIRepository' || (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(d.doc.contents, 'spec'), 'chartRef') === undefined);
    const chosen = named.length > 1 && versioned.length === 1 ? versioned : named;
    if (chosen.length !== 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(chosen.length === 0
            ? `no HelmRelease or OCIRepository in the file is named '${name}' (it holds ${docs.map((d) => d.name ?? `document ${d.index + 1}`).join(', ')})`
            : `${chosen.length} Flux resources in the file (${docs.map((d) => `${d.kind} ${d.name ?? ''}`.trim()).join(', ')}); cannot tell which holds the chart version`, { file, line: 1, hint: 'name the resource in the config: helmrelease: <file>#<metadata.name>' });
    const res = chosen[0];
    const multi = (parsed.documents?.length ?? 1) > 1;
    const spec = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(res.doc.contents, 'spec');
    const line = (node) => parsed.lineOf(node) ?? parsed.lineOf(res.doc.contents) ?? 1;
    const base = { file, ...(multi ? { document: res.index } : {}), ...(res.name ? { name: res.name } : {}), flux: res.kind };
    if (res.kind === 'OCIRepository')
        return ociRevision(spec, base, line, res.name);
    const chartRef = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(spec, 'chartRef');
    if (chartRef !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`HelmRelease ${res.name ?? ''} takes its chart from ${(0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(chartRef, 'kind')) ?? 'a source'} ${(0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(chartRef, 'name')) ?? ''} (spec.chartRef), whose file holds the chart version`.replace(/\s+/g, ' '), { file, line: line(chartRef), hint: 'name that OCIRepository in the environment: ocirepository: <its file>' });
    const chartSpec = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(spec, 'chart'), 'spec');
    const version = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(chartSpec, 'version');
    const current = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)(version) ?? '';
    const chart = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(chartSpec, 'chart'));
    if (current === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`HelmRelease ${res.name ?? ''} has no spec.chart.spec.version, so Flux deploys the newest chart`.replace(/\s+/g, ' '), {
            file,
            line: line(version ?? chartSpec ?? spec),
            hint: `pin one chart version: version: <x.y.z> under spec.chart.spec${chart ? ` (chart ${chart})` : ''}`,
        });
    return { ...base, path: ['spec', 'chart', 'spec', 'version'], line: line(version), current, ...(chart ? { chart } : {}) };
}
/**
 * The document of the HelmRelease an environment names (undefined when the
 * file holds one document); where its pins live among spec.values and
 * spec.valuesFrom is flux-values.ts's to say.
 */
function releaseDocument(release, text, file, cache) {
    const hash = release.indexOf('#');
    const name = hash < 0 ? undefined : release.slice(hash + 1).trim() || undefined;
    const parsed = (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_7__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .YAML_DOCUMENTS */ .FL, text.replace(/^\ufeff/, ''), file);
    const all = parsed.documents ?? [parsed.doc];
    const releases = all.flatMap((doc, index) => (kindOf(doc) === 'HelmRelease' && (!name || nameOf(doc) === name) ? [{ doc, index }] : []));
    if (releases.length !== 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(releases.length === 0
            ? `no HelmRelease${name ? ` named '${name}'` : ''} in the file`
            : `${releases.length} HelmReleases in the file; cannot tell which holds the pins`, { file, line: 1, hint: 'point helmrelease at the HelmRelease (or the patch of it) the environment deploys: <file>#<metadata.name>' });
    const { index } = releases[0];
    return all.length > 1 ? index : undefined;
}
/**
 * An OCIRepository's artifact reference: the version in spec.ref.semver or
 * spec.ref.tag (the first Flux reads), and spec.ref.digest, which Flux reads
 * before either. A digest alone still gives the version a place: tag, created
 * when written.
 */
function ociRevision(spec, base, line, name) {
    const ref = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(spec, 'ref');
    const url = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(spec, 'url'));
    const chart = url?.replace(/\/+$/, '').split('/').pop();
    const key = ['semver', 'tag'].find((k) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(ref, k) !== undefined);
    const digest = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(ref, 'digest'));
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(ref) || (key === undefined && digest === undefined))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`OCIRepository ${name ?? ''} has no spec.ref.tag, so Flux pulls the tag latest`.replace(/\s+/g, ' '), {
            file: base.file,
            line: line((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(ref) ? ref : spec),
            hint: 'pin the artifact: spec.ref.tag: <version> (with spec.ref.digest for a protected environment)',
        });
    return {
        ...base,
        path: ['spec', 'ref', key ?? 'tag'],
        line: line((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(ref, key ?? 'digest')),
        current: key ? ((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(ref, key)) ?? '') : '',
        ...(chart ? { chart } : {}),
        ...(digest !== undefined ? { digest, digestLine: line((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(ref, 'digest')) } : {}),
    };
}
/**
 * An OCIRepository's spec.ref set to `version` and `digest`, byte-minimal: the
 * digest beside the version key (created after it when missing). A digest the
 * target pins and the promotion does not bring is refused at its line: Flux
 * would go on pulling it, whatever the tag says.
 */
function setOciRef(text, rev, version, digest, cache) {
    if (digest === undefined && rev.digest !== undefined)
        throw new UserError(`OCIRepository ${rev.name ?? ''} pins spec.ref.digest, which Flux pulls before the tag, and the promoted chart ${version} comes without one`.replace(/\s+/g, ' '), {
            file: rev.file,
            line: rev.digestLine ?? rev.line,
            hint: 'pin spec.ref.digest in the source environment’s OCIRepository too, or remove it here',
        });
    const key = String(rev.path[rev.path.length - 1]);
    const edits = [];
    if (version !== rev.current && version !== '')
        edits.push({ path: rev.path, value: version, create: true });
    if (digest !== undefined && digest !== rev.digest)
        edits.push({ path: ['spec', 'ref', 'digest'], value: digest, create: true, after: key });
    if (edits.length === 0)
        return text;
    const after = setScalars(text, rev.file, edits, { document: rev.document, cache });
    checkYamlEdit(rev.file, text, after, edits, { document: rev.document, cache });
    return after;
}
/** A protected environment's Flux chart version that is not one exact version (`*`, a range, a branch), at its line; undefined when exact. */
function inexactFluxChart(rev) {
    // A digest is one artifact: Flux pulls it whatever the tag or semver beside it says.
    if (rev.digest !== undefined && isDigest(rev.digest))
        return undefined;
    const why = inexactRevision(rev.current, 'chart');
    if (why === undefined)
        return undefined;
    return new UserError(`${rev.flux} ${rev.name ?? ''}: ${rev.path.join('.')} ${why}`.replace(/\s+/g, ' '), {
        file: rev.file,
        line: rev.line,
        hint: rev.flux === 'OCIRepository'
            ? 'pin one exact version: spec.ref.tag: 1.4.0 (a protected environment deploys only what was promoted)'
            : 'pin one exact chart version: spec.chart.spec.version: 1.4.0 (a protected environment deploys only what was promoted)',
    });
}


/***/ }),

/***/ 9032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N7: () => (/* binding */ anyApplicationChart),
  fS: () => (/* binding */ chartRevisionAt),
  lq: () => (/* binding */ deployerResource),
  PE: () => (/* binding */ deploymentOf)
});

// EXTERNAL MODULE: ./packages/core/src/deploy/chart-values.ts
var chart_values = __webpack_require__(9424);
// EXTERNAL MODULE: ./packages/core/src/deploy/model.ts + 1 modules
var model = __webpack_require__(8740);
// EXTERNAL MODULE: ./packages/core/src/deploy/argocd/application.ts + 1 modules
var argocd_application = __webpack_require__(4689);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/text/bytes.ts
var bytes = __webpack_require__(9002);
;// CONCATENATED MODULE: ./packages/core/src/deploy/argocd/source-hydrator.ts
// An environment whose Argo CD Application hydrates from source (spec.sourceHydrator) says where its hydrated
// manifests go, so `hydrate:` need not say it again: syncSource.targetBranch is the active branch,
// syncSource.path the folder, hydrateTo.targetBranch the branch written (Argo CD writes syncSource's branch
// itself when there is none), and drySource the chart or overlay rendered. A key the config writes wins.
// Everything read here is untrusted text: a branch or folder outside the config's own patterns is refused at
// its line.



/** hydrate:'s patterns for a branch and a folder (settings/config-keys.ts), for what an Application says. */
const BRANCH = /^[A-Za-z0-9._/-]+$/;
const FOLDER = /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/;
/** The Application document of `text` (named `name`, or the only one) with a spec.sourceHydrator; undefined when it has none. */
function hydratorDocument(text, name) {
    const docs = (0,dist/* parseAllDocuments */.hR)(text.replace(/^\ufeff/, ''));
    const list = (Array.isArray(docs) ? docs : [docs]).filter((d) => d.errors.length === 0 &&
        (0,dist/* isMap */.jh)(d.contents) &&
        (d.get('kind') ?? 'Application') === 'Application' &&
        d.getIn(['spec', 'sourceHydrator']) !== undefined);
    const named = name === undefined ? list : list.filter((d) => d.getIn(['metadata', 'name']) === name);
    return named.length === 1 ? named[0] : undefined;
}
/**
 * spec.sourceHydrator of the Application in `text` (`file` for the errors), or undefined when the Application
 * does not hydrate from source; a syncSource without a plain branch and folder is refused at its line.
 */
function readSourceHydrator(text, file, name) {
    const doc = hydratorDocument(text, name);
    if (!doc)
        return undefined;
    const body = text.replace(/^\ufeff/, '');
    const at = (path) => {
        const node = doc.getIn(path, true);
        return node?.range ? lineAt(body, node.range[0]) : lineAt(body, 0);
    };
    const field = (path, pattern, what, required) => {
        const v = doc.getIn(path);
        if (v === undefined && !required)
            return undefined;
        if (typeof v !== 'string' || !pattern.test(v) || v.split('/').some((s) => s === '.' || s === '..' || s.toLowerCase() === '.git'))
            throw new UserError(`spec.${path.slice(1).join('.')} ${v === undefined ? 'is missing' : `is ${JSON.stringify(v)}, not ${what}`}`, {
                file,
                line: at(v === undefined ? path.slice(0, -1) : path),
                hint: `write ${what} there, as Argo CD's Source Hydrator reads it`,
            });
        return v;
    };
    const targetBranch = field(['spec', 'sourceHydrator', 'syncSource', 'targetBranch'], BRANCH, 'a plain branch name', true);
    const path = field(['spec', 'sourceHydrator', 'syncSource', 'path'], FOLDER, 'a plain folder (not the root)', true);
    const hydrateTo = field(['spec', 'sourceHydrator', 'hydrateTo', 'targetBranch'], BRANCH, 'a plain branch name', false);
    const revision = doc.getIn(['spec', 'sourceHydrator', 'drySource', 'targetRevision']);
    return {
        targetBranch,
        path,
        ...(hydrateTo !== undefined ? { hydrateTo } : {}),
        // HEAD follows the repository's default branch, which the run already counts as the DRY branch.
        ...(typeof revision === 'string' && revision !== '' && revision !== 'HEAD' ? { dryRevision: revision } : {}),
        file,
        writtenLine: at(['spec', 'sourceHydrator', ...(hydrateTo !== undefined ? ['hydrateTo'] : ['syncSource']), 'targetBranch']),
    };
}
/** `hydrate:` with what it leaves out taken from the Application: the branch, the folder, and the branch written. */
function withSourceHydrator(h, s) {
    return {
        ...h,
        branch: h.branch ?? s.targetBranch,
        path: h.path ?? s.path,
        'hydrate-to': h['hydrate-to'] ?? s.hydrateTo ?? s.targetBranch,
    };
}
/**
 * The Application's text as a render reads it: when the document hydrating from source has no spec.source(s),
 * its drySource becomes its spec.source (the chart or overlay rendered, with its helm: or kustomize:); any
 * other text is returned as it is.
 */
function drySourceAsSource(text, name) {
    const doc = hydratorDocument(text, name);
    if (!doc || doc.getIn(['spec', 'source']) !== undefined || doc.getIn(['spec', 'sources']) !== undefined)
        return text;
    const dry = doc.getIn(['spec', 'sourceHydrator', 'drySource'], true);
    if (dry === undefined)
        return text;
    doc.setIn(['spec', 'source'], dry);
    // The one document: the render reads no other, and the name still picks it.
    return doc.toString();
}

;// CONCATENATED MODULE: ./packages/core/src/deploy/argocd/kind.ts
// An environment an Argo CD Application deploys with Helm: its chart (a folder of this repository through a git
// source's path:, or pulled from the OCI registry or https repository a chart-repository source names), its values in Helm's order (valueFiles, $ref values of a multi-source
// Application, values, valuesObject, parameters), read from the Application's file. An Application hydrating
// from source (spec.sourceHydrator) renders its drySource. The environment's values file is where its pins are
// written; the Application is where its chart version is pinned.




/** An environment with `application:` and a values file. */
function argoApplication(e) {
    const application = (0,model/* resourceRef */.Ue)(e.application);
    return {
        kind: 'application',
        renderer: 'helm',
        pinKey: 'values',
        files: (0,model/* filesOf */.R8)(e.values, e.application),
        application,
        chartPin: (0,model/* chartPin */["if"])(e.application, 'Application'),
        async render(reader, renderers, inRepo, charts) {
            const file = inRepo(application.file);
            const text = await reader.read(file);
            if (text === undefined)
                return { ok: false, message: `its Application ${file} is not in the commit` };
            const dry = drySourceAsSource(text, application.name);
            const app = (0,argocd_application/* readApplication */.nZ)(dry, file, application.name, charts.map(inRepo));
            const source = (0,argocd_application/* chartSource */.Iu)(dry, file, application.name, charts.map(inRepo));
            return (0,chart_values/* renderChart */.xt)(e, app, reader, renderers, inRepo, charts, source);
        },
    };
}

// EXTERNAL MODULE: ./packages/core/src/deploy/kustomize-overlay.ts
var kustomize_overlay = __webpack_require__(279);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/deploy/flux/flux-release.ts + 1 modules
var flux_release = __webpack_require__(4406);
// EXTERNAL MODULE: ./packages/core/src/deploy/chart-pull.ts
var chart_pull = __webpack_require__(4381);
// EXTERNAL MODULE: ./packages/core/src/render/render.ts + 2 modules
var render = __webpack_require__(9410);
;// CONCATENATED MODULE: ./packages/core/src/deploy/flux/release-side.ts
// What a Flux environment deploys, for hydration. A `helmrelease:` environment: its HelmRelease read as
// helm-controller installs it (flux-release.ts, the reader the pull request check and promote-env
// use: the patch over its base, values in Flux's order, release name, target and storage namespaces), with
// its chart from this repository (a GitRepository sourceRef: read at the DRY commit, offline), from an OCI
// registry (a HelmRepository of type oci or an OCIRepository chartRef, pulled with the manifest and the
// archive checked against their digests, spec.ref.digest when the OCIRepository pins one) or from a classic
// https repository (the archive checked against its index's digest); a `flux-kustomization:` environment is
// read by deploy/flux/flux-build.ts, as the check and promote-env read it. Anything lockstep cannot read (a
// valuesFrom Secret) is refused, never left out: a hydrated branch holds what the cluster would receive, or nothing.





/** The HelmRelease of `e` at the DRY commit, with its chart; `message` says why it cannot be hydrated. */
async function helmReleaseSide(e, reader, inRepo, pull) {
    let rel;
    try {
        rel = await (0,flux_release/* readFluxRelease */.V3)((0,flux_release/* fluxRef */.z8)(e, inRepo), reader.read);
    }
    catch (err) {
        if (err instanceof errors/* UserError */.yo)
            return { message: err.format() };
        throw err;
    }
    if (rel.unread.length > 0)
        return {
            message: `HelmRelease ${rel.name}: ${rel.unread.join('; ')}, so its render would not be what helm-controller installs (keep those values in a ConfigMap of the repository)`,
        };
    const chart = await chartOf(rel, reader, pull);
    if ('message' in chart)
        return chart;
    return {
        chart: chart.input,
        release: rel.releaseName,
        ...(rel.namespace ? { namespace: rel.namespace } : {}),
        values: rel.values.map((v) => v.text),
        from: chart.from,
    };
}
/** The release's chart: a folder of this repository, an OCI artifact, or a classic repository's archive. */
async function chartOf(rel, reader, pull) {
    const { source, version } = rel;
    if (source.path !== undefined) {
        const dir = external_node_path_.posix.normalize(source.path).replace(/\/+$/, '');
        if (dir === '..' || dir.startsWith('../') || dir.startsWith('/'))
            return { message: `HelmRelease ${rel.name}: its chart ${source.path} is outside the repository` };
        const files = await (reader.chart ? reader.chart(dir) : (0,render/* readChartFolder */.z_)(reader, dir));
        if ('unavailable' in files)
            return { message: `HelmRelease ${rel.name}: ${files.unavailable}` };
        return { input: files, from: `${dir} of this repository` };
    }
    const what = `HelmRelease ${rel.name}: chart ${source.chart ?? '(none)'} ${version || '(no version)'} of ${rel.from}`;
    return (0,chart_pull/* pullChart */.q)(source, version, pull, what);
}

;// CONCATENATED MODULE: ./packages/core/src/deploy/flux/helmrelease-kind.ts
// An environment a Flux HelmRelease deploys: the release as helm-controller installs it (its patch over a base,
// values in Flux's order with valuesFrom and targetPath, release name, targetNamespace), its chart a folder of
// this repository or pulled from its OCI or https repository (release-side.ts). The chart version is pinned in
// the OCIRepository its spec.chartRef names (`ocirepository:`), else in the HelmRelease; the pins in its
// spec.values, or the valuesFrom ConfigMap that holds them (flux-values.ts).


/** An environment with `helmrelease:` (and no flux-kustomization:). */
function fluxHelmRelease(e) {
    return {
        kind: 'helmrelease',
        renderer: 'helm',
        pinKey: 'helmrelease',
        files: (0,model/* filesOf */.R8)(e.helmrelease, e.values, e.ocirepository),
        chartPin: e.ocirepository !== undefined ? (0,model/* chartPin */["if"])(e.ocirepository, 'OCIRepository') : (0,model/* chartPin */["if"])(e.helmrelease, 'HelmRelease'),
        release: { helmrelease: e.helmrelease, ...(e.ocirepository !== undefined ? { ocirepository: e.ocirepository } : {}) },
        async render(reader, renderers, inRepo) {
            const h = await renderers.helm(e.helmVersion);
            if (!h)
                return { ok: false, message: (0,model/* noHelm */._T)(e) };
            const side = await helmReleaseSide(e, reader, inRepo, renderers.pull);
            if ('message' in side)
                return { ok: false, message: side.message };
            const { from: _from, ...input } = side;
            return (0,model/* parsed */.Yz)(h.renderer.output(input), side.namespace, `helm ${h.helm.version}`);
        },
    };
}

// EXTERNAL MODULE: ./packages/core/src/deploy/flux/flux-build.ts
var flux_build = __webpack_require__(7371);
;// CONCATENATED MODULE: ./packages/core/src/deploy/flux/kustomization-kind.ts
// An environment a Flux Kustomization deploys: its spec.path built as kustomize-controller builds it, with its
// spec.images and targetNamespace, then its spec.postBuild variables substituted (flux-build.ts). Its pins are its
// spec.images (read and written as an overlay's images:), or the postBuild variables that hold the image
// (flux-substitute-from.ts); an OCIRepository beside it (`ocirepository:`) pins the manifests' version.


/** An environment with `flux-kustomization:`. */
function fluxKustomization(e) {
    return {
        kind: 'flux-kustomization',
        renderer: 'kustomize',
        pinKey: 'flux-kustomization',
        files: (0,model/* filesOf */.R8)(e.fluxKustomization, e.helmrelease, e.ocirepository),
        ...(e.ocirepository !== undefined || e.helmrelease !== undefined
            ? {
                chartPin: e.ocirepository !== undefined ? (0,model/* chartPin */["if"])(e.ocirepository, 'OCIRepository') : (0,model/* chartPin */["if"])(e.helmrelease, 'HelmRelease'),
            }
            : {}),
        build: e.fluxKustomization,
        ...(e.helmrelease !== undefined
            ? { release: { helmrelease: e.helmrelease, ...(e.ocirepository !== undefined ? { ocirepository: e.ocirepository } : {}) } }
            : {}),
        async render(reader, renderers, inRepo) {
            const k = renderers.kustomize();
            if (!k)
                return { ok: false, message: 'neither kustomize nor kubectl is on PATH to build its overlay' };
            // The Flux Kustomization's file: overlaySide finds its spec.path and builds it as kustomize-controller does.
            const side = await (0,flux_build/* overlaySide */.uw)(reader, inRepo(e.fluxKustomization), undefined);
            if ('unavailable' in side)
                return { ok: false, message: side.unavailable };
            return (0,model/* parsed */.Yz)(k.renderer.output(side), side.namespace, k.tool.label);
        },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/deploy/kind.ts
// The one place that reads which of the config's keys say how an environment is deployed, and picks its kind's
// module. Precedence: a Flux Kustomization builds the environment even when it names a HelmRelease beside it; an
// overlay is built by kustomize even when an Application names it; a HelmRelease is installed by helm-controller;
// an Application renders a values file with its chart; a values file alone renders with the chart folder holding it.






/** How `e` is deployed; undefined when the config names no deployer for it (the config's checks refuse that). */
function deploymentOf(e) {
    if (e.fluxKustomization !== undefined)
        return fluxKustomization({ ...e, fluxKustomization: e.fluxKustomization });
    if (e.kustomization !== undefined)
        return (0,kustomize_overlay/* kustomizeOverlay */.c)({ ...e, kustomization: e.kustomization });
    if (e.helmrelease !== undefined)
        return fluxHelmRelease({ ...e, helmrelease: e.helmrelease });
    if (e.application !== undefined)
        return argoApplication({ ...e, application: e.application });
    if (e.values !== undefined)
        return (0,chart_values/* chartValues */.LT)({ ...e, values: e.values });
    return undefined;
}
/**
 * The deployer's own resource: the one whose chart version a promotion moves (an Application, the OCIRepository or
 * HelmRelease of a Flux environment), else the Application that builds an overlay. Undefined for a values file
 * rendered with its chart folder, and for an overlay no Application names.
 */
function deployerResource(e) {
    const d = deploymentOf(e);
    return d?.chartPin ?? d?.application;
}
/**
 * Whether some environment renders a chart through an Argo CD Application: then each values file feeds the chart
 * its Application names; without one anywhere, each values environment deploys the repository's chart.
 */
function anyApplicationChart(environments) {
    return environments.some((e) => deploymentOf(e)?.chartPin?.by === 'Application');
}
/**
 * The chart version `e`'s deployer resolves, read from `text` (the file of its deployerResource) and the commit
 * `read` reads (a HelmRelease's base, its GitRepository chart): its chart pin's reading, else the targetRevision
 * of the Application that builds its overlay. Errors name file:line.
 */
async function chartRevisionAt(e, text, read, charts, cache) {
    const d = deploymentOf(e);
    if (d?.chartPin)
        return d.chartPin.revision(text, read, charts, cache);
    return d?.application ? (0,argocd_application/* findChartRevision */.xL)(text, d.application.file, d.application.name, charts, cache) : undefined;
}


/***/ }),

/***/ 279:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ overlayFolders),
/* harmony export */   c: () => (/* binding */ kustomizeOverlay)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _kustomize_overlay_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3861);
/* harmony import */ var _flux_flux_build_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7371);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8740);
// An environment a Kustomize overlay deploys: the overlay built as Argo CD builds it, with its Application's
// kustomize: images and namespace when one names it (render/kustomize.ts, flux/flux-build.ts). The overlay's
// images: list (or the Application's kustomize.images) is where its pins are written.




/** An environment with `kustomization:`. */
function kustomizeOverlay(e) {
    const application = e.application !== undefined ? (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .resourceRef */ .Ue)(e.application) : undefined;
    return {
        kind: 'overlay',
        renderer: 'kustomize',
        pinKey: 'kustomization',
        files: (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .filesOf */ .R8)(e.kustomization, e.application),
        ...(application ? { application } : {}),
        overlay: e.kustomization,
        build: e.kustomization,
        async render(reader, renderers, inRepo) {
            const k = renderers.kustomize();
            if (!k)
                return { ok: false, message: 'neither kustomize nor kubectl is on PATH to build its overlay' };
            const side = await (0,_flux_flux_build_js__WEBPACK_IMPORTED_MODULE_2__/* .overlaySide */ .uw)(reader, inRepo(e.kustomization), e.application ? inRepo(e.application) : undefined);
            if ('unavailable' in side)
                return { ok: false, message: side.unavailable };
            return (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .parsed */ .Yz)(k.renderer.output(side), side.namespace, k.tool.label);
        },
    };
}
/** What a `kustomization:` glob names among a commit's files (deploy/fleet.ts): the folders holding a kustomization. */
function overlayFolders(paths) {
    const names = _kustomize_overlay_js__WEBPACK_IMPORTED_MODULE_1__/* .KUSTOMIZATION_NAMES */ .H7;
    return [...new Set(paths.filter((p) => names.includes(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(p)) && p.includes('/')).map((p) => node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(p)))];
}


/***/ }),

/***/ 8740:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "if": () => (/* binding */ chartPin),
  R8: () => (/* binding */ filesOf),
  _T: () => (/* binding */ noHelm),
  Yz: () => (/* binding */ parsed),
  Ue: () => (/* binding */ resourceRef)
});

// EXTERNAL MODULE: ./packages/core/src/render/objects.ts + 2 modules
var objects = __webpack_require__(1065);
// EXTERNAL MODULE: ./packages/core/src/deploy/argocd/application.ts + 1 modules
var application = __webpack_require__(4689);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/text/parse-cache.ts
var parse_cache = __webpack_require__(9053);
// EXTERNAL MODULE: ./packages/core/src/yaml/read.ts
var read = __webpack_require__(4293);
// EXTERNAL MODULE: ./packages/core/src/values/chart-files.ts
var chart_files = __webpack_require__(9630);
// EXTERNAL MODULE: ./packages/core/src/deploy/flux/flux.ts
var flux = __webpack_require__(9674);
// EXTERNAL MODULE: ./packages/core/src/deploy/flux/flux-release.ts + 1 modules
var flux_release = __webpack_require__(4406);
;// CONCATENATED MODULE: ./packages/core/src/deploy/flux/release-chart.ts
// The chart version a `helmrelease:` environment runs, as helm-controller resolves it — not only what the
// environment's own file says. Where that file is a kustomize patch of a base HelmRelease (the layout of
// fluxcd/flux2-kustomize-helm-example: apps/base holds the chart, apps/<env> the values), the chart is the
// base's: read through flux-release.ts's merge. A chart taken from a GitRepository or Bucket is the folder at
// the source's revision: helm-controller ignores spec.chart.spec.version there and packages the chart as its
// Chart.yaml says, so the version is that file's, and it moves with the commit, never by a promotion's write.
// A version written in a base every environment shares is the environment's too, but a promotion may not move
// it there (it would move them all): such a version is read, and a write to it refused at its line.






/** What the HelmRelease document the environment names says of its chart: a version (or chartRef), a GitRepository or Bucket source, or nothing (a patch). */
function ownChart(ref, text, file, cache) {
    const parsed = (0,parse_cache/* parseWith */.K)(cache, read/* YAML_DOCUMENTS */.FL, text.replace(/^\ufeff/, ''), file);
    const docs = parsed.documents ?? [parsed.doc];
    const spec = (0,read/* mapValue */.IS)(docs[(0,flux/* releaseDocument */.b8)(ref.helmrelease, text, file, cache) ?? 0]?.contents, 'spec');
    const chart = (0,read/* mapValue */.IS)((0,read/* mapValue */.IS)(spec, 'chart'), 'spec');
    const kind = (0,read/* scalarText */.ws)((0,read/* mapValue */.IS)((0,read/* mapValue */.IS)(chart, 'sourceRef'), 'kind'));
    if (kind === 'GitRepository' || kind === 'Bucket')
        return 'git';
    return (0,read/* mapValue */.IS)(chart, 'version') !== undefined || (0,read/* mapValue */.IS)(spec, 'chartRef') !== undefined ? 'versioned' : 'none';
}
/**
 * The chart version of the HelmRelease `ref` names (its file's text given): its own spec.chart.spec.version when
 * its document writes a chart, else the one the base it patches gives; a chart from a GitRepository or Bucket at
 * the version its Chart.yaml says at the commit `read` reads. Errors name file:line (flux.ts's, at the file that
 * gives the chart).
 */
async function releaseChartRevision(ref, text, file, read, cache) {
    if (ownChart(ref, text, file, cache) === 'versioned')
        return (0,flux/* fluxChartRevision */.R7)(text, file, releaseName(ref), cache);
    const rel = await (0,flux_release/* readFluxRelease */.V3)(ref, read, cache);
    const base = rel.documents.length > 1 ? rel.documents[0] : undefined;
    if (rel.source.path !== undefined && rel.source.repoURL === undefined) {
        const chartFile = `${rel.source.path.replace(/\/+$/, '')}/Chart.yaml`;
        const chartText = await read(chartFile);
        if (chartText === undefined)
            throw new errors/* UserError */.yo(`HelmRelease ${rel.name} takes its chart from ${rel.from}, but ${chartFile} is not in the repository`, {
                file: base?.file ?? file,
                line: 1,
                hint: "point spec.chart.spec.chart at the chart's folder in the source",
            });
        const version = (0,chart_files/* chartMeta */.Ae)(chartText).version ?? '';
        return {
            file: chartFile,
            path: ['version'],
            line: versionLine(chartText, chartFile, cache),
            current: version,
            name: rel.name,
            chart: (0,chart_files/* chartMeta */.Ae)(chartText).name ?? rel.source.path,
            flux: 'HelmRelease',
            fixed: `HelmRelease ${rel.name} takes its chart from ${rel.from}: helm-controller builds it from the source's revision, so its version is ${chartFile}'s and moves with the commit, not by a promotion`,
        };
    }
    if (!base)
        return (0,flux/* fluxChartRevision */.R7)(text, file, releaseName(ref), cache);
    const baseText = (await read(base.file)) ?? '';
    const rev = (0,flux/* fluxChartRevision */.R7)(baseText, base.file, rel.name, cache);
    return {
        ...rev,
        fixed: `the chart version of HelmRelease ${rel.name} is ${base.file}'s, which ${file} patches and other environments may share: a promotion does not move it there`,
    };
}
/** The `#name` of the config's reference, if any. */
function releaseName(ref) {
    const hash = ref.helmrelease.indexOf('#');
    return hash < 0 ? undefined : ref.helmrelease.slice(hash + 1).trim() || undefined;
}
/** The line of a Chart.yaml's `version:` (1 when it has none). */
function versionLine(text, file, cache) {
    const parsed = (0,parse_cache/* parseWith */.K)(cache, read/* YAML_DOCUMENTS */.FL, text.replace(/^\ufeff/, ''), file);
    return parsed.lineOf((0,read/* mapValue */.IS)(parsed.doc.contents, 'version')) ?? 1;
}

;// CONCATENATED MODULE: ./packages/core/src/deploy/model.ts
// What every deployer kind answers for an environment (one module a kind: chart-values.ts, argocd/kind.ts,
// kustomize-overlay.ts, flux/helmrelease-kind.ts, flux/kustomization-kind.ts; kind.ts picks one). Code outside
// this folder asks the environment's Deployment, never which of the config's keys it gives.



/** The chart pin of `ref` (the config's `file#name`), read as resource kind `by` reads it. */
function chartPin(ref, by) {
    const r = resourceRef(ref);
    return {
        ...r,
        by,
        revision: by === 'HelmRelease'
            ? (text, read, _charts, cache) => releaseChartRevision({ helmrelease: ref }, text, r.file, read, cache)
            : (text, _read, charts, cache) => Promise.resolve().then(() => (0,application/* findChartRevision */.xL)(text, r.file, r.name, charts, cache)),
    };
}
/** `file#name` split as `application:` is (argocd/application.ts splitApplicationRef), with the ref as written. */
function resourceRef(ref) {
    const { file, name } = (0,application/* splitApplicationRef */.O6)(ref);
    return { ref, file, ...(name !== undefined ? { name } : {}) };
}
/** The files of `refs` that are given, once each, in order. */
function filesOf(...refs) {
    return [...new Set(refs.flatMap((r) => (r === undefined ? [] : [resourceRef(r).file])))];
}
/** Why there is no Helm for an environment. */
const noHelm = (e) => e.helmVersion !== undefined
    ? `helm-version: ${e.helmVersion}: no Helm ${e.helmVersion} on PATH to render its chart (as helm, helm3 or helm4)`
    : 'no Helm 3.8 or later on PATH to render its chart';
/**
 * The tool's output split into objects here, not through the renderer's render(): its cache would keep every
 * environment's objects to the end of the run (300 × 300 parsed objects); these go once written out.
 */
async function parsed(output, namespace, renderer) {
    const o = await output;
    if (!o.ok)
        return { ok: false, message: o.message };
    try {
        return { ok: true, objects: (0,objects/* splitObjects */.bR)(o.stdout, namespace ?? ''), renderer };
    }
    catch (e) {
        return { ok: false, message: e.message };
    }
}


/***/ }),

/***/ 2387:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bs: () => (/* binding */ markersOf),
/* harmony export */   C9: () => (/* binding */ markerFields),
/* harmony export */   O: () => (/* binding */ fieldEdits),
/* harmony export */   kL: () => (/* binding */ substituteFields),
/* harmony export */   m3: () => (/* binding */ ofPolicy),
/* harmony export */   qU: () => (/* binding */ readFields)
/* harmony export */ });
/* unused harmony export isPolicyName */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _values_protected_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2986);
/* harmony import */ var _text_parse_cache_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9053);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4293);
// Image pins spread over named fields rather than one values key: the fields an
// image automation marker names (`# {"$imagepolicy": "ns:policy"}` on the
// field's own line, and its `:tag`, `:name`, `:digest` forms), and the
// variables of a Flux Kustomization's `spec.postBuild.substitute` the config
// names. Each field holds one part of the image: the whole reference
// (`repo:tag@sha256:…`), its name, its tag or its digest. A pin is read from
// all the fields of one service and written back into each, byte-minimally:
// the marker comment, the other keys and the file's layout stay as they were.





/** A Flux image policy reference as a marker writes it (`namespace:name`). */
const POLICY = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?):([a-z0-9]([-a-z0-9.]*[a-z0-9])?)$/;
/** True when `policy` is a `namespace:name` an image automation marker can name. */
function isPolicyName(policy) {
    return POLICY.test(policy);
}
/**
 * A line comment that is a marker: `{"$imagepolicy": "<ns>:<name>[:tag|:name|:digest]"}`, as JSON. A comment
 * that names a policy but is no JSON object, or carries other keys beside `$imagepolicy`, is a marker lockstep
 * refuses (refused says why) rather than one it skips: Flux's image automation would skip the first and may
 * read the second, and a promotion that leaves either behind would run what nobody reviewed.
 */
function markerOf(comment) {
    const body = comment.trim();
    if (!body.startsWith('{') || !body.includes('$imagepolicy'))
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse(body);
    }
    catch {
        const named = /"\$imagepolicy"\s*:\s*"([^"\\]*)"/.exec(body)?.[1];
        return named === undefined ? undefined : { policy: named, refused: 'is no JSON object' };
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
        return undefined;
    const value = parsed.$imagepolicy;
    if (typeof value !== 'string')
        return undefined;
    const extra = Object.keys(parsed).filter((k) => k !== '$imagepolicy');
    return extra.length > 0 ? { policy: value, refused: `carries ${extra.join(', ')} beside $imagepolicy` } : { policy: value };
}
/** True when `marker` (a marker's policy with its suffix) is `policy`'s. */
const ofPolicy = (marker, policy) => marker === policy || marker.startsWith(`${policy}:`);
/** The scalars of a document with their key paths, parents before children (aliases and keys left out). */
function* scalarsOf(node, path) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node))
        return;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
        yield { node, path: [...path] };
    else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
        for (const p of node.items) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key))
                continue;
            yield* scalarsOf(p.value, [...path, String(p.key.value)]);
        }
    else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
        for (let i = 0; i < node.items.length; i++)
            yield* scalarsOf(node.items[i], [...path, i]);
}
/**
 * Every marker of one document of `text` (the first when `document` is undefined), whatever policy it names:
 * a marker counts only as the comment ending its scalar's own line, so one inside a string value, on a line of
 * its own or after a block scalar names nothing.
 */
function markersOf(text, file, document, cache) {
    const parsed = (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_4__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .YAML_DOCUMENTS */ .FL, text.replace(/^\ufeff/, ''), file);
    const doc = (parsed.documents ?? [parsed.doc])[document ?? 0];
    const body = parsed.text;
    const out = [];
    if (!body.includes('$imagepolicy') || !doc)
        return out;
    for (const { node, path } of scalarsOf(doc.contents, [])) {
        if (node.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.BLOCK_LITERAL || node.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.BLOCK_FOLDED || !node.range)
            continue;
        const eol = body.indexOf('\n', node.range[1]);
        const rest = /^[ \t]+#([^\r\n]*)/.exec(body.slice(node.range[1], eol < 0 ? undefined : eol));
        const marker = rest ? markerOf(rest[1]) : undefined;
        if (marker)
            out.push({ path, line: parsed.lineOf(node) ?? 1, value: (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarText */ .ws)(node) ?? '', marker });
    }
    return out;
}
/**
 * The fields the markers of `policy` (`namespace:name`) name in one document
 * of `text`. A marker counts only as the comment ending its field's own line
 * (`tag: 6.5.0 # {"$imagepolicy": "flux-system:podinfo:tag"}`): a marker on a
 * line of its own, after a block scalar or inside a string names nothing. A
 * marker of the policy on a field that is not one scalar (a mapping, a list),
 * or with another suffix than `:tag`, `:name`, `:digest`, is refused at its line.
 */
function markerFields(text, file, document, policy, cache) {
    const parsed = (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_4__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .YAML_DOCUMENTS */ .FL, text.replace(/^\ufeff/, ''), file);
    const body = parsed.text;
    const out = [];
    for (const { marker: found, path, line, value } of markersOf(text, file, document, cache)) {
        if (!ofPolicy(found.policy, policy))
            continue;
        const marker = found.policy;
        if (found.refused)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`the image automation marker of ${marker} ${found.refused}`, {
                file,
                line,
                hint: `write the comment as exactly # {"$imagepolicy": "${marker}"}`,
            });
        const suffix = marker.slice(policy.length + 1);
        if (marker !== policy && suffix !== 'tag' && suffix !== 'name' && suffix !== 'digest')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`the image automation marker names ${marker}: ${suffix} is not one of :tag, :name, :digest`, {
                file,
                line,
                hint: `write "$imagepolicy": "${policy}" (the whole image) or "${policy}:tag", ":name", ":digest"`,
            });
        out.push({ path, line, form: marker === policy ? 'image' : suffix, value, label: `$imagepolicy ${marker}` });
    }
    // A marker of the policy ending the line of a mapping or list key: the value below is no field lockstep can set.
    for (const m of body.matchAll(/^[ \t]*(?:-[ \t]+)?[^\s#][^\r\n#]*:[ \t]+#([^\r\n]*)$/gm)) {
        const marker = markerOf(m[1])?.policy;
        if (marker !== undefined && ofPolicy(marker, policy))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`the image automation marker ${marker} ends a line with no value: it names no field`, {
                file,
                line: parsed.lineAt(m.index),
                hint: 'put the marker after the scalar it names, e.g. image: ghcr.io/acme/api:1.2.3 # {"$imagepolicy": "ns:api"}',
            });
    }
    return out;
}
/** The variables `vars` (form → name) under spec.postBuild.substitute of a Flux Kustomization document. */
function substituteFields(text, file, vars, cache) {
    const parsed = (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_4__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .YAML_DOCUMENTS */ .FL, text.replace(/^\ufeff/, ''), file);
    const doc = parsed.documents?.[0] ?? parsed.doc;
    const post = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .mapValue */ .IS)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .mapValue */ .IS)(doc.contents, 'spec'), 'postBuild');
    const substitute = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .mapValue */ .IS)(post, 'substitute');
    const line = parsed.lineOf(substitute ?? post ?? (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .mapValue */ .IS)(doc.contents, 'spec') ?? doc.contents) ?? 1;
    const fields = [];
    const missing = [];
    for (const [form, name] of Object.entries(vars)) {
        const node = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .mapValue */ .IS)(substitute, name);
        if (node === undefined) {
            missing.push(name);
            continue;
        }
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`spec.postBuild.substitute.${name} is not a string`, {
                file,
                line: parsed.lineOf(node) ?? line,
                hint: `write ${name}: "<value>" under spec.postBuild.substitute`,
            });
        fields.push({
            path: ['spec', 'postBuild', 'substitute', name],
            line: parsed.lineOf(node) ?? line,
            form,
            value: (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarText */ .ws)(node) ?? '',
            label: `substitute ${name}`,
        });
    }
    return { fields, missing, line };
}
/** What the fields say together: repository, tag and digest; two fields that disagree are refused at the second's line. */
function readFields(fields, file) {
    const seen = {};
    const put = (part, value, f) => {
        if (value === undefined || value === '')
            return;
        const was = seen[part];
        if (was && was[0] !== value)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${f.label} says ${part} ${value}, ${was[1].label} (${was[1].file && was[1].file !== (f.file ?? file) ? `${was[1].file}:` : 'line '}${was[1].line}) says ${was[0]}`, {
                file: f.file ?? file,
                line: f.line,
                hint: 'make the fields agree (one image, one version) before promoting',
            });
        seen[part] ??= [value, f];
    };
    for (const f of fields) {
        if (f.form === 'image') {
            const ref = (0,_values_protected_js__WEBPACK_IMPORTED_MODULE_2__/* .splitReference */ .mQ)(f.value);
            put('repository', ref.name || undefined, f);
            put('tag', ref.tag || undefined, f);
            put('digest', ref.digest || undefined, f);
        }
        else
            put(f.form === 'name' ? 'repository' : f.form, f.value, f);
    }
    return {
        ...(seen.repository ? { repository: seen.repository[0] } : {}),
        ...(seen.tag ? { tag: seen.tag[0] } : {}),
        ...(seen.digest ? { digest: seen.digest[0] } : {}),
    };
}
/**
 * The edits that take the fields to `target`: the whole image as
 * `repo:tag@digest` (or `repo:tag` without a digest), the name, the tag, the
 * digest (emptied when the target has none, so an old digest never outlives
 * its tag). A digest with no field to hold it is refused at the first field's line.
 */
function fieldEdits(fields, file, what, current, target) {
    const repository = target.repository ?? current.repository;
    const tag = target.tag ?? current.tag;
    if (target.digest !== undefined && !fields.some((f) => f.form === 'image' || f.form === 'digest'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${what} names only ${[...new Set(fields.map((f) => f.form))].join(' and ')}, so the digest ${target.digest.slice(0, 19)}… cannot be pinned`, {
            file,
            line: fields[0].line,
            hint: 'add a field for the digest (a :digest marker, or a whole-image marker whose value is repo:tag@sha256:…)',
        });
    const edits = [];
    for (const f of fields) {
        let value;
        if (f.form === 'image') {
            if (!repository)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${f.label} holds no image name to write the tag and digest beside`, {
                    file,
                    line: f.line,
                    hint: 'write the image there as repo:tag',
                });
            value = `${repository}${tag ? `:${tag}` : ''}${target.digest ? `@${target.digest}` : ''}`;
        }
        else if (f.form === 'name')
            value = repository ?? f.value;
        else if (f.form === 'tag')
            value = tag ?? f.value;
        else
            value = target.digest ?? '';
        if (value !== f.value)
            edits.push({ path: f.path, value: `${f.prefix ?? ''}${value}` });
    }
    return edits;
}


/***/ }),

/***/ 9373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bx: () => (/* binding */ parseValuesKey),
  Ci: () => (/* binding */ readPin),
  Ro: () => (/* binding */ repositoryMoves),
  Rz: () => (/* binding */ setPins),
  VK: () => (/* binding */ shortDigest)
});

// UNUSED EXPORTS: checkPinWrites, pinMatches, setPin

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/edits/check.ts + 1 modules
var check = __webpack_require__(5763);
// EXTERNAL MODULE: ./packages/core/src/edits/yaml-edit.ts
var yaml_edit = __webpack_require__(3077);
// EXTERNAL MODULE: ./packages/core/src/registry/reference.ts
var reference = __webpack_require__(908);
// EXTERNAL MODULE: ./packages/core/src/values/protected.ts
var values_protected = __webpack_require__(2986);
// EXTERNAL MODULE: ./packages/core/src/text/parse-cache.ts
var parse_cache = __webpack_require__(9053);
// EXTERNAL MODULE: ./packages/core/src/yaml/read.ts
var read = __webpack_require__(4293);
// EXTERNAL MODULE: ./packages/core/node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(8105);
// EXTERNAL MODULE: ./packages/core/src/yaml/js-yaml-core.ts
var js_yaml_core = __webpack_require__(8102);
;// CONCATENATED MODULE: ./packages/core/src/deploy/pins/pin-index.ts
// A values file's pins read without the yaml package's syntax tree. Every pin a
// status or a promotion reads goes through readPin, and the yaml package builds a
// node for every scalar of the file before the first lookup: ~35 ms and several
// MB of garbage for a 59 KB values file of 300 services, a hundred times at a
// hundred environments. js-yaml's event parser reads the same file in a fraction
// of that, with the offsets of every node.
//
// This index answers a pin only where it reads exactly as the yaml package does:
// one document, nothing the two libraries read differently (yaml/js-yaml-core.ts
// plain: no tag, anchor, alias, directive, long key or same-line block map),
// every key a string with no duplicate, and each scalar the pin is made of a
// one-line quoted or plain scalar that the core schema reads as a string. For
// anything else (and for every error: a missing key, a list where a map
// should be) it answers nothing and readPin parses with the yaml package as
// before, so its errors and their lines are the ones a user sees.


/**
 * 1-based lines of offsets met in increasing order (js-yaml's events come in
 * the order of the text): the line breaks are counted as the offsets pass
 * them, so a whole file costs one walk over its text however its lines are
 * cut (a one-line flow file of many scalars too). An offset before the last
 * one (which the events never give) counts again from the start.
 */
function lineCursor(text) {
    // The line of `at`, and the first line break at or after it (-1: none left).
    let [at, line, next] = [0, 1, text.indexOf('\n')];
    return (offset) => {
        if (offset < at)
            [at, line, next] = [0, 1, text.indexOf('\n')];
        while (next !== -1 && next < offset) {
            line++;
            next = text.indexOf('\n', next + 1);
        }
        at = offset;
        return line;
    };
}
/** The scalar's text when it reads as that string on one line (a key, or a value the index keeps), else undefined. */
function oneLineString(text, e) {
    if (e.valueStart < 0 || e.style === js_yaml/* SCALAR_STYLE */.jK.LITERAL_BLOCK || e.style === js_yaml/* SCALAR_STYLE */.jK.FOLDED_BLOCK)
        return undefined;
    const lineBreak = text.indexOf('\n', e.valueStart);
    if (lineBreak !== -1 && lineBreak < e.valueEnd)
        return undefined;
    const value = (0,js_yaml/* getScalarValue */.KE)(text, e);
    return e.style === js_yaml/* SCALAR_STYLE */.jK.PLAIN && (0,js_yaml_core/* coreNonString */.gP)(value) ? undefined : value;
}
/**
 * Builds the index from the events in one walk; undefined at the first thing
 * the yaml package may read otherwise. A key is kept as its string (no node);
 * a value scalar as a node with its line.
 */
function build(text) {
    let events;
    try {
        events = (0,js_yaml/* parseEvents */.PH)(text, {});
    }
    catch {
        return undefined;
    }
    const lineAt = lineCursor(text);
    const open = [];
    let [root, documents] = [undefined, 0];
    /** Puts a finished node in its parent; false when it cannot be there (a map or list as a key). */
    const place = (node) => {
        const top = open.length === 0 ? undefined : open[open.length - 1];
        if (top === undefined)
            root = node;
        else if (top.node.kind === 'seq')
            top.node.items.push(node);
        else if (top.node.kind === 'map') {
            if (top.key === undefined)
                return false;
            top.node.keys.set(top.key, node);
            top.key = undefined;
        }
        return true;
    };
    for (let n = 0; n < events.length; n++) {
        const e = events[n];
        if (e.type === js_yaml/* EVENT_ID */.hy.SCALAR) {
            const top = open.length === 0 ? undefined : open[open.length - 1];
            if (top !== undefined && top.node.kind === 'map' && top.key === undefined) {
                // A key: a string scalar met once in its mapping.
                const key = oneLineString(text, e);
                if (key === undefined || top.node.keys.has(key))
                    return undefined;
                top.key = key;
                continue;
            }
            place({ kind: 'scalar', text: oneLineString(text, e), line: e.valueStart < 0 ? 0 : lineAt(e.valueStart) });
        }
        else if (e.type === js_yaml/* EVENT_ID */.hy.POP) {
            const closed = open.pop();
            if (closed !== undefined && !place(closed.node))
                return undefined;
        }
        else if (e.type === js_yaml/* EVENT_ID */.hy.MAPPING)
            open.push({ node: { kind: 'map', keys: new Map() }, key: undefined });
        else if (e.type === js_yaml/* EVENT_ID */.hy.SEQUENCE)
            open.push({ node: { kind: 'seq', items: [] }, key: undefined });
        else if (e.type === js_yaml/* EVENT_ID */.hy.DOCUMENT) {
            if (++documents > 1)
                return undefined;
        }
        else
            return undefined;
    }
    return documents === 1 && (0,js_yaml_core/* plain */.pj)(text, events) ? root : undefined;
}
/** The index as a kind of parse the run's ParseCache keeps (the text BOM-stripped; no variant). */
const PIN_INDEX = { name: 'pin-index', parse: (text) => build(text) };

// EXTERNAL MODULE: ./packages/core/src/deploy/pins/pin-fields.ts
var pin_fields = __webpack_require__(2387);
;// CONCATENATED MODULE: ./packages/core/src/deploy/pins/pins.ts
// Image pins in values files, read and rewritten with byte-minimal edits.
//
// A service's `values-key` points at its image in one of three shapes:
//   map     services.api.image: { repository, tag, digest }  (a missing digest: key is created)
//   string  services.api.image: ghcr.io/acme/api:1.2.3@sha256:…  (rewritten in that form)
//   tag     global.imageTag: v1.0.71  (a bare tag scalar: it cannot hold a digest)
// The key may lead anywhere in any YAML file, e.g. an ArgoCD Application's
// spec.source.helm.valuesObject.image, in a chosen document of a multi-document file.










/** True when `target` names a repository other than the one the pin's file writes (both known, compared as the registry sees them). */
function repositoryMoves(pin, target) {
    if (target.repository === undefined || pin.repository === undefined)
        return false;
    return ((0,reference/* imageIdentity */.a)(target.repository) ?? target.repository) !== ((0,reference/* imageIdentity */.a)(pin.repository) ?? pin.repository);
}
/**
 * Parses a dotted values key (`services.api.image`, `spec.sources[1].helm.valuesObject.image`,
 * `annotations."example.com/image"`) into a key path. Throws UserError naming `what`.
 */
function parseValuesKey(key, what) {
    const out = [];
    const re = /\s*(?:"((?:[^"\\]|\\.)*)"|([^.[\]"]+))((?:\[\d+\])*)\s*(\.|$)/y;
    let at = 0;
    while (at < key.length) {
        re.lastIndex = at;
        const m = re.exec(key);
        if (!m || m[0] === '')
            throw new errors/* UserError */.yo(`${what}: '${key}' is not a dotted key path`, { hint: 'write it like services.api.image' });
        out.push(m[1] !== undefined ? JSON.parse(`"${m[1]}"`) : m[2].trim());
        for (const idx of m[3].matchAll(/\[(\d+)\]/g))
            out.push(Number(idx[1]));
        at = re.lastIndex;
        if (m[4] === '.' && at >= key.length)
            throw new errors/* UserError */.yo(`${what}: '${key}' ends with a dot`, { hint: 'write it like services.api.image' });
    }
    if (out.length === 0)
        throw new errors/* UserError */.yo(`${what} is empty`, { hint: 'write it like services.api.image' });
    return out;
}
// A promotion reads one pin per service from the same few texts (source, target, each environment of the
// drift table): with the run's cache each text is parsed once, not once per service, which keeps it linear in
// the number of services. A single-document file shares its parse with the edit and the check that follow
// (parseShared); a multi-document file's documents are parsed once too and the chosen one is picked from them.
function documentOf(text, file, document, cache) {
    const body = text.replace(/^\ufeff/, '');
    if (document === undefined)
        return (0,yaml_edit/* parseShared */.fj)(body, file, cache);
    const all = (0,parse_cache/* parseWith */.K)(cache, read/* YAML_DOCUMENTS */.FL, body, file);
    return { ...all, doc: all.documents[document] };
}
// A promotion looks up every service under the same mapping (services.<name>), once per environment: a
// scan per lookup makes that quadratic in the services. Large mappings get an index of their keys (the first
// pair of each key, as the scan finds it); the documents are only read, so the index stays right. It is a side
// table of the node, not a cache of texts: it lives exactly as long as the parse it indexes (the run's cache,
// or this one read) and is collected with it.
const keyIndexes = new WeakMap();
const INDEXED_FROM = 16;
function pairValue(map, key) {
    if (map.items.length >= INDEXED_FROM) {
        let index = keyIndexes.get(map);
        if (!index) {
            index = new Map();
            for (const p of map.items) {
                if (!(0,dist/* isScalar */.jn)(p.key))
                    continue;
                const k = String(p.key.value);
                if (!index.has(k))
                    index.set(k, p.value);
            }
            keyIndexes.set(map, index);
        }
        return index.get(key);
    }
    const pair = map.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === key);
    return pair ? pair.value : undefined;
}
function scalarText(node) {
    return (0,dist/* isScalar */.jn)(node) && node.value !== null && node.value !== undefined ? String(node.value) : undefined;
}
/**
 * Reads the pin at `key`. A missing key is a UserError naming the file and
 * the line of the deepest mapping found; a value that is neither an image map
 * nor a string is one too.
 */
function readPin(text, file, key, opts = {}) {
    const indexed = opts.document === undefined && opts.cache ? indexedPin(text, file, key, opts.cache) : undefined;
    if (indexed)
        return indexed;
    const parsed = documentOf(text, file, opts.document, opts.cache);
    const path = parseValuesKey(key, `values key of ${file}`);
    let node = parsed.doc.contents;
    let lastLine = parsed.lineOf(node) ?? 1;
    for (let i = 0; i < path.length; i++) {
        const k = path[i];
        let next;
        if (typeof k === 'number')
            next = (0,dist/* isSeq */.oP)(node) ? (node.items[k] ?? undefined) : undefined;
        else
            next = (0,dist/* isMap */.jh)(node) ? pairValue(node, k) : undefined;
        if (next === undefined || (next === null && i < path.length - 1))
            throw new errors/* UserError */.yo(`values key ${key} not found (${(0,yaml_edit/* formatPath */.jV)(path.slice(0, i + 1))} is missing)`, {
                file,
                line: lastLine,
                hint: `add the image under ${key}, or fix values-key in the config`,
            });
        node = next;
        lastLine = parsed.lineOf(node) ?? lastLine;
    }
    if ((0,dist/* isMap */.jh)(node)) {
        const tagNode = pairValue(node, 'tag');
        const digestNode = pairValue(node, 'digest');
        const repoKey = pairValue(node, 'repository') !== undefined ? 'repository' : pairValue(node, 'image') !== undefined ? 'image' : undefined;
        const repoNode = repoKey === undefined ? undefined : pairValue(node, repoKey);
        const registry = scalarText(pairValue(node, 'registry'));
        const repo = scalarText(repoNode);
        if (tagNode === undefined && digestNode === undefined && repo === undefined)
            throw new errors/* UserError */.yo(`${key} is a mapping without repository, tag or digest`, {
                file,
                line: parsed.lineOf(node) ?? lastLine,
                hint: 'point values-key at the image block (the mapping holding tag:)',
            });
        return {
            style: 'map',
            file,
            key,
            path,
            line: parsed.lineOf(tagNode ?? digestNode ?? repoNode ?? node) ?? lastLine,
            repository: repo === undefined ? undefined : registry ? `${registry}/${repo}` : repo,
            ...(repoKey ? { repositoryKey: repoKey } : {}),
            ...(registry ? { registry } : {}),
            tag: scalarText(tagNode),
            digest: scalarText(digestNode) || undefined,
        };
    }
    if (!(0,dist/* isScalar */.jn)(node) || (node.value !== null && typeof node.value === 'object'))
        throw new errors/* UserError */.yo(`${key} is a list, not an image`, {
            file,
            line: lastLine,
            hint: 'point values-key at the image block or image string',
        });
    const value = scalarText(node) ?? '';
    const leaf = path[path.length - 1];
    if (!/[/:@]/.test(value) && typeof leaf === 'string' && /tag$/i.test(leaf))
        return { style: 'tag', file, key, path, line: lastLine, tag: value || undefined };
    const ref = (0,values_protected/* splitReference */.mQ)(value);
    return {
        style: 'string',
        file,
        key,
        path,
        line: lastLine,
        repository: ref.name || undefined,
        tag: ref.tag || undefined,
        digest: ref.digest || undefined,
    };
}
/** Key paths parsed (a pure function of the key): a fleet's status reads the same few hundred keys ~90,000 times. */
const keyPaths = new Map();
function keyPath(key, file) {
    let path = keyPaths.get(key);
    if (path)
        return path;
    path = parseValuesKey(key, `values key of ${file}`);
    if (keyPaths.size >= 4096)
        keyPaths.clear();
    keyPaths.set(key, path);
    return path;
}
/**
 * readPin through the run's pin index (pin-index.ts), without the yaml
 * package's syntax tree; undefined wherever the index does not read the file
 * or the pin exactly as readPin would (readPin then parses, and says any error).
 */
function indexedPin(text, file, key, cache) {
    const index = (0,parse_cache/* parseWith */.K)(cache, PIN_INDEX, text.replace(/^\ufeff/, ''));
    if (index === undefined)
        return undefined;
    const path = keyPath(key, file);
    let node = index;
    for (const k of path) {
        if (typeof k === 'number')
            node = node?.kind === 'seq' ? node.items[k] : undefined;
        else
            node = node?.kind === 'map' ? node.keys.get(k) : undefined;
    }
    if (node?.kind === 'map') {
        const keys = node.keys;
        const repoKey = keys.has('repository') ? 'repository' : keys.has('image') ? 'image' : undefined;
        const [tagNode, digestNode, registryNode] = [keys.get('tag'), keys.get('digest'), keys.get('registry')];
        const repoNode = repoKey && keys.get(repoKey);
        const first = tagNode ?? digestNode ?? repoNode;
        if (first?.kind !== 'scalar' || !unreadOrString(tagNode) || !unreadOrString(digestNode))
            return undefined;
        if (!unreadOrString(repoNode) || !unreadOrString(registryNode))
            return undefined;
        const [registry, repo] = [textOf(registryNode), textOf(repoNode)];
        const pin = {
            style: 'map',
            file,
            key,
            path,
            line: first.line,
            repository: repo === undefined ? undefined : registry ? `${registry}/${repo}` : repo,
        };
        if (repoKey)
            pin.repositoryKey = repoKey;
        if (registry)
            pin.registry = registry;
        pin.tag = textOf(tagNode);
        pin.digest = textOf(digestNode) || undefined;
        return pin;
    }
    if (node?.kind !== 'scalar' || node.text === undefined)
        return undefined;
    const leaf = path[path.length - 1];
    if (!/[/:@]/.test(node.text) && typeof leaf === 'string' && /tag$/i.test(leaf))
        return { style: 'tag', file, key, path, line: node.line, tag: node.text || undefined };
    const ref = (0,values_protected/* splitReference */.mQ)(node.text);
    const [repository, tag, digest] = [ref.name || undefined, ref.tag || undefined, ref.digest || undefined];
    return { style: 'string', file, key, path, line: node.line, repository, tag, digest };
}
/** A part of a map pin the index read as a string, or absent: what indexedPin answers (anything else is readPin's). */
function unreadOrString(n) {
    return n === undefined || (n.kind === 'scalar' && n.text !== undefined);
}
function textOf(n) {
    return n?.kind === 'scalar' ? n.text : undefined;
}
/** True when the pin already holds the target (an undefined tag counts as kept; a repository move is a change). */
function pinMatches(pin, target) {
    return ((target.tag === undefined || pin.tag === target.tag) &&
        (pin.digest ?? undefined) === (target.digest ?? undefined) &&
        !repositoryMoves(pin, target));
}
/**
 * Rewrites one pin to `target`, changing only the bytes of its tag and
 * digest. Map style: sets `tag` and `digest`, creating `digest:` right after
 * `tag:` (in the mapping's own indentation and key quoting) when missing; a
 * map whose digest is dropped (a tag-only promotion) gets `digest: ""` so the
 * old digest never outlives its tag. A target repository other than the
 * file's is written in the same edit (`repository:`, or `registry:` and
 * `repository:` when the map splits them), so a digest never lands beside a
 * repository that does not hold it. String style: `repo:tag@digest` in one
 * scalar. Tag style: the tag only; a digest there is a UserError (it has
 * nowhere to go). The result is re-parsed and checked to differ only there.
 */
function setPin(text, pin, target, opts = {}) {
    return setPins(text, [{ pin, target }], opts);
}
/**
 * Rewrites several pins of one file (distinct keys, read from `text`) as
 * setPin would, in one pass: one parse and one re-parse check for the whole
 * file rather than per pin, so promoting many services stays linear.
 */
function setPins(text, pins, opts = {}) {
    const edits = pins.flatMap(({ pin, target }) => pinEdits(pin, target));
    if (edits.length === 0)
        return { text, intended: [] };
    const file = pins[0].pin.file;
    const after = (0,yaml_edit/* setScalars */.AR)(text, file, edits, { document: opts.document, cache: opts.cache });
    const intended = edits.map((e) => ({ path: e.path, value: e.value }));
    (0,check/* checkYamlEdit */.c)(file, text, after, intended, { document: opts.document, cache: opts.cache });
    return { text: after, intended };
}
/** The refusals of setPins that need no parse of the file (a digest for a tag-only key, an empty image string), thrown as it throws them. */
function checkPinWrites(pins) {
    for (const { pin, target } of pins)
        pinEdits(pin, target);
}
/** The scalar edits that take one pin to its target. */
function pinEdits(pin, target) {
    if (pin.style === 'overlay')
        throw new Error('an overlay pin is written by its PinPlace (kustomize/overlay.ts), not setPins');
    if (pin.style === 'fields')
        return (0,pin_fields/* fieldEdits */.O)(pin.fields ?? [], pin.file, pin.key, pin, target);
    const tag = target.tag ?? pin.tag;
    const edits = [];
    const moves = repositoryMoves(pin, target);
    const repoKey = pin.repositoryKey ?? 'repository';
    if (pin.style === 'map') {
        if (moves)
            edits.push(...repositoryEdits(pin, target.repository));
        if (tag !== undefined && tag !== pin.tag)
            edits.push({ path: [...pin.path, 'tag'], value: tag, create: true, after: repoKey, quoteLike: repoKey });
        if (target.digest !== undefined && target.digest !== pin.digest)
            edits.push({
                path: [...pin.path, 'digest'],
                value: target.digest,
                create: true,
                after: 'tag',
                quoteLike: pin.repository !== undefined ? repoKey : 'tag',
            });
        if (target.digest === undefined && pin.digest !== undefined)
            edits.push({ path: [...pin.path, 'digest'], value: '' });
    }
    else if (pin.style === 'string') {
        if (!pin.repository)
            throw new errors/* UserError */.yo(`${pin.key} is an empty image string`, { file: pin.file, line: pin.line, hint: 'write repo:tag@sha256:… there' });
        const value = `${moves ? target.repository : pin.repository}${tag ? `:${tag}` : ''}${target.digest ? `@${target.digest}` : ''}`;
        edits.push({ path: pin.path, value });
    }
    else {
        if (target.digest !== undefined)
            throw new errors/* UserError */.yo(`${pin.key} holds only a tag, so the digest ${target.digest.slice(0, 19)}… cannot be pinned there`, {
                file: pin.file,
                line: pin.line,
                hint: 'point values-key at an image block (tag + digest) or a repo:tag@sha256:… string',
            });
        if (tag !== undefined && tag !== pin.tag)
            edits.push({ path: pin.path, value: tag });
    }
    return edits;
}
/**
 * The edits that write `repository` into a map pin: its repository key, or,
 * when the map splits `registry:` and `repository:`, both. A repository
 * without a registry host cannot be split so: refused, naming both.
 */
function repositoryEdits(pin, repository) {
    const key = pin.repositoryKey ?? 'repository';
    if (pin.registry === undefined)
        return [{ path: [...pin.path, key], value: repository }];
    const slash = repository.indexOf('/');
    const host = slash < 0 ? '' : repository.slice(0, slash);
    if (!host.includes('.') && !host.includes(':') && host !== 'localhost')
        throw new errors/* UserError */.yo(`${pin.key} pulls ${pin.repository}, but the promoted digest is in ${repository}, which has no registry host to write in registry:`, {
            file: pin.file,
            line: pin.line,
            hint: `write the full image name in ${key}: (and drop registry:), or fix services.<name>.image in the config`,
        });
    return [
        { path: [...pin.path, 'registry'], value: host },
        { path: [...pin.path, key], value: repository.slice(slash + 1) },
    ];
}
/** A digest shortened for tables: `sha256:0123456789ab`. */
function shortDigest(digest) {
    if (!digest)
        return '—';
    return (0,reference/* isDigest */.Bc)(digest) ? digest.slice(0, 19) : digest;
}


/***/ }),

/***/ 5763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c: () => (/* binding */ checkYamlEdit)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./packages/core/src/yaml/scalars.ts
var scalars = __webpack_require__(7812);
// EXTERNAL MODULE: ./packages/core/src/edits/yaml-edit.ts
var yaml_edit = __webpack_require__(3077);
// EXTERNAL MODULE: ./packages/core/src/text/bytes.ts
var bytes = __webpack_require__(9002);
// EXTERNAL MODULE: ./packages/core/src/text/parse-cache.ts
var parse_cache = __webpack_require__(9053);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./packages/core/src/edits/same-data.ts
// Whether two readings of YAML hold the same data, in time linear in what the documents spell out. The yaml
// library reads an alias as the very object its anchor made, so nine levels of nine aliases (a billion laughs)
// are nine objects shared along 9^9 paths: node:util's isDeepStrictEqual walks every path (an edit check on such
// a values file took minutes), while here a pair of objects already being compared, or found equal, is not walked
// again. The answer is isDeepStrictEqual's for the plain data YAML reads (mappings as plain objects, sequences as
// arrays, scalars); anything else (a Map, a Set, a Date a custom tag made) is left to isDeepStrictEqual.

/** `a` and `b` hold the same data (a cycle that an alias to an ancestor makes is equal where its walk is). */
function sameData(a, b) {
    return same(a, b, new WeakMap());
}
function same(a, b, met) {
    if (Object.is(a, b))
        return true;
    if (!isPlain(a) || !isPlain(b))
        return typeof a === 'object' && a !== null && typeof b === 'object' && b !== null && (0,external_node_util_.isDeepStrictEqual)(a, b);
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    let partners = met.get(a);
    if (partners?.has(b))
        return true;
    if (!partners)
        met.set(a, (partners = new WeakSet()));
    partners.add(b);
    if (Array.isArray(a)) {
        const other = b;
        return a.length === other.length && a.every((v, i) => i in other === i in a && same(v, other[i], met));
    }
    const ka = Object.keys(a);
    const ob = b;
    if (ka.length !== Object.keys(ob).length)
        return false;
    return ka.every((k) => Object.prototype.hasOwnProperty.call(ob, k) && same(a[k], ob[k], met));
}
/** An array, or an object whose prototype is Object's or none: the shapes a YAML reading builds. */
function isPlain(v) {
    if (typeof v !== 'object' || v === null)
        return false;
    if (Array.isArray(v))
        return Object.getPrototypeOf(v) === Array.prototype;
    const proto = Object.getPrototypeOf(v);
    return proto === Object.prototype || proto === null;
}

// EXTERNAL MODULE: ./packages/core/src/yaml/plain-document.ts
var plain_document = __webpack_require__(8855);
;// CONCATENATED MODULE: ./packages/core/src/edits/check.ts







/**
 * Puts `value` at `path` in `target`, a fresh toJS() reading, in place (the
 * caller owns it): copying every mapping along the path once per value made a
 * promotion of a thousand services copy the thousand-key `services` mapping
 * two thousand times. No path of an edit passes through an aliased node (the
 * editor refuses those), so no other part of the reading shares what changes.
 */
function setIn(target, path, value) {
    if (path.length === 0)
        return value;
    const [head, ...rest] = path;
    if (typeof head === 'number') {
        const arr = Array.isArray(target) ? target : [];
        arr[head] = setIn(arr[head], rest, value);
        return arr;
    }
    const obj = target !== null && typeof target === 'object' && !Array.isArray(target) ? target : {};
    obj[head] = setIn(obj[head], rest, value);
    return obj;
}
function nodeIn(root, path) {
    let node = root;
    for (const k of path) {
        if (typeof k === 'number')
            node = (0,dist/* isSeq */.oP)(node) ? node.items[k] : undefined;
        else
            node = (0,dist/* isMap */.jh)(node) ? node.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === k)?.value : undefined;
    }
    return node;
}
/**
 * Re-reads an edited YAML file and proves the edit did only what it meant:
 * the data before, with the intended values put in, must equal the data after
 * (YAML 1.2), and each value written unquoted must also read back as the same
 * string under Helm's YAML 1.1 reading. Throws an internal error (a bug in an
 * editor, not a user mistake) otherwise. With the run's `cache`, the texts
 * the edit already parsed are not parsed again.
 *
 * The edited text is read by js-yaml where it reads exactly as the yaml
 * package does (yaml/plain-document.ts: no tag, anchor, alias or directive,
 * every block collection on its own line), its data and its plain scalars'
 * text being all the proof needs; any other text, and any text js-yaml
 * refuses, is read by the yaml package as before. Composing the yaml
 * package's syntax tree of a thousand services' values file to check ten
 * changed tags took ~150 ms and megabytes of garbage; js-yaml's reading,
 * kept in the run's `cache` for the next reader of the edited text, ~30 ms.
 */
function checkYamlEdit(file, before, after, intended, opts = {}) {
    const paths = () => intended.map((i) => (0,yaml_edit/* formatPath */.jV)(i.path)).join(', ') || 'nothing';
    if (opts.document !== undefined)
        return checkDocumentEdit(file, before, after, intended, opts.document, paths);
    const body = (0,bytes/* stripBom */.F8)(before);
    let expected = ((0,yaml_edit/* recentlyParsed */._I)(body, file, opts.cache) ?? (0,dist/* parseDocument */.Tp)(body, { uniqueKeys: false })).toJS({
        maxAliasCount: -1,
    });
    for (const i of intended)
        expected = setIn(expected, i.path, i.value);
    const afterBody = (0,bytes/* stripBom */.F8)(after);
    const changed = () => new Error(`${file}: the edit changed more than ${paths()} (the YAML 1.2 reading differs); nothing was written`);
    const yaml11 = (i) => new Error(`${file}: ${(0,yaml_edit/* formatPath */.jV)(i.path)} would be read as something other than a string under YAML 1.1; nothing was written`);
    const plain = (0,parse_cache/* parseWith */.K)(opts.cache, plain_document/* PLAIN_DOCUMENT */.VE, afterBody);
    if (plain !== undefined) {
        if (!sameData(expected, plain.data))
            throw changed();
        for (const i of intended) {
            const source = plain.plainAt(i.path);
            if (source !== undefined && (0,scalars/* yaml11Type */.Ax)(source) !== 'str')
                throw yaml11(i);
        }
        return;
    }
    const doc = parsedAfter(file, afterBody, opts.cache);
    if (doc.errors.length > 0 || !sameData(expected, doc.toJS({ maxAliasCount: -1 })))
        throw changed();
    for (const i of intended) {
        const node = nodeIn(doc.contents, i.path);
        if ((0,dist/* isScalar */.jn)(node) && node.type === dist/* Scalar */.X5.PLAIN && node.range && (0,scalars/* yaml11Type */.Ax)(afterBody.slice(node.range[0], node.range[1])) !== 'str')
            throw yaml11(i);
    }
}
/**
 * The edited text's document. A valid single document is parsed the way the
 * next readers parse it (parseShared: the pins read back, the drift table), so
 * the file is parsed once; such a parse differs from a lenient one only by
 * errors it does not have. Anything else (an editor bug) gets the lenient
 * parse, whose errors the check reports.
 */
function parsedAfter(file, body, cache) {
    try {
        return (0,yaml_edit/* parseShared */.fj)(body, file, cache).doc;
    }
    catch {
        return (0,dist/* parseDocument */.Tp)(body, { uniqueKeys: false });
    }
}
function documentsOf(text) {
    const docs = (0,dist/* parseAllDocuments */.hR)((0,bytes/* stripBom */.F8)(text), { uniqueKeys: false });
    if (!Array.isArray(docs) || docs.some((d) => d.errors.length > 0))
        return undefined;
    return docs.map((d) => d.toJS({ maxAliasCount: -1 }));
}
/** The multi-document form of the check: the chosen document as intended, every other one unchanged. */
function checkDocumentEdit(file, before, after, intended, index, paths) {
    const expected = documentsOf(before);
    const actual = documentsOf(after);
    if (expected && index < expected.length)
        for (const i of intended)
            expected[index] = setIn(expected[index], i.path, i.value);
    if (!expected || !actual || !sameData(expected, actual))
        throw new Error(`${file}: the edit changed more than ${paths()} in document ${index + 1} (the YAML 1.2 reading differs); nothing was written`);
}


/***/ }),

/***/ 3077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AR: () => (/* binding */ setScalars),
/* harmony export */   Gt: () => (/* binding */ frame),
/* harmony export */   VO: () => (/* binding */ renderScalar),
/* harmony export */   Xt: () => (/* binding */ indentUnit),
/* harmony export */   Y7: () => (/* binding */ insertPair),
/* harmony export */   _I: () => (/* binding */ recentlyParsed),
/* harmony export */   fj: () => (/* binding */ parseShared),
/* harmony export */   j5: () => (/* binding */ yamlKey),
/* harmony export */   jV: () => (/* binding */ formatPath),
/* harmony export */   x5: () => (/* binding */ locate)
/* harmony export */ });
/* unused harmony exports parseBody, primeParse, setScalar, setBlockScalar */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4293);
/* harmony import */ var _text_parse_cache_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9053);
/* harmony import */ var _yaml_scalars_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7812);
// Byte-minimal YAML editing for any file (Chart.yaml, values files, ArgoCD
// Application manifests): the `yaml` parser finds the value's node, and only
// that node's bytes are replaced, so comments, quoting, key order, line endings,
// a BOM and the final newline stay as they were. Re-serialising the document
// (Document#toString) would reformat the whole file, which reviewers notice.
//
//   setScalar(text, file, ['spec', 'source', 'targetRevision'], '1.2.3')
//   setScalars(text, file, [{ path: ['version'], value }, { path: ['appVersion'], value, create: true, after: 'version' }])
//   setBlockScalar(text, file, ['annotations', 'artifacthub.io/changes'], lines, { create: true })
//
// Each is a pure (text) => text function; edits/transaction.ts writes files.





/** `dependencies[0].version`, `annotations."artifacthub.io/changes"`: a path as users read it. */
function formatPath(path) {
    let out = '';
    for (const k of path) {
        if (typeof k === 'number')
            out += `[${k}]`;
        else
            out += (out === '' ? '' : '.') + (/^[A-Za-z0-9_-]+$/.test(k) ? k : JSON.stringify(k));
    }
    return out;
}
function frame(text) {
    const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
    const body = bom ? text.slice(1) : text;
    const crlf = body.indexOf('\r\n');
    const lf = body.indexOf('\n');
    return { bom, body, eol: crlf !== -1 && crlf < lf ? '\r\n' : '\n' };
}
/**
 * Walks a key path the way a reader of the file would, refusing what the byte
 * editor cannot change faithfully: a value reached through an alias or a merge
 * key (`<<`), and a value that an alias elsewhere repeats (editing it would
 * silently change the copies too).
 */
function locate(parsed, path, label) {
    const file = parsed.file;
    const aliased = aliasedAnchors(parsed);
    let node = parsed.doc.contents;
    const parents = [];
    for (let i = 0; i < path.length; i++) {
        const key = path[i];
        if (node === null)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label}: the file is empty`, { file, line: 1, hint: 'write the chart metadata first' });
        refuseShared(parsed, node, label, aliased);
        if (typeof key === 'number') {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label}: ${formatPath(path.slice(0, i)) || 'the document'} is not a list`, {
                    file,
                    line: parsed.lineOf(node),
                    hint: 'check the key path',
                });
            const item = node.items[key];
            if (item === undefined)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label}: there is no item ${key} in ${formatPath(path.slice(0, i))}`, {
                    file,
                    line: parsed.lineOf(node),
                    hint: 'check the key path',
                });
            parents.push(node);
            node = item;
            continue;
        }
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const where = formatPath(path.slice(0, i));
            const hint = where && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node)
                ? `write ${where} as a mapping (\`${where}:\` with indented \`key: value\` lines), or check the key path`
                : 'check the key path';
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label}: ${where || 'the document'} is not a mapping`, { file, line: parsed.lineOf(node), hint });
        }
        const map = node;
        const pairs = map.items.filter((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === key);
        if (pairs.length > 1)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`duplicate key '${key}'`, {
                file,
                line: parsed.lineOf(pairs[1].key),
                hint: 'remove one of the duplicate keys',
            });
        const pair = pairs[0];
        if (!pair) {
            const merge = map.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && p.key.value === '<<');
            if (merge)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label} would come from a merge key (<<), not from this mapping`, {
                    file,
                    line: parsed.lineOf(merge.key),
                    hint: `write ${key} explicitly in the mapping`,
                });
            return { found: false, parent: map, missing: path.slice(i), parents };
        }
        parents.push(map);
        if (pair.value === null) {
            // `key:` with nothing after it: an empty scalar sits right after the colon.
            if (i === path.length - 1) {
                const at = pair.key && pair.key.range ? pair.key.range[1] : 0;
                const colon = parsed.text.indexOf(':', at);
                const empty = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5(null);
                empty.range = [colon + 1, colon + 1, colon + 1];
                return { found: true, node: empty, parents };
            }
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label}: ${formatPath(path.slice(0, i + 1))} is empty`, {
                file,
                line: parsed.lineOf(pair.key),
                hint: 'fill in the mapping',
            });
        }
        node = pair.value;
    }
    if (node === null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label}: the file is empty`, { file, line: 1 });
    refuseShared(parsed, node, label, aliased);
    return { found: true, node, parents };
}
/** The anchors each parse's aliases name, found once per parse: a promotion locates thousands of paths in one file. */
const anchorsOf = new WeakMap();
function aliasedAnchors(parsed) {
    let names = anchorsOf.get(parsed);
    if (names)
        return names;
    names = new Set();
    anchorsOf.set(parsed, names);
    if (!parsed.text.includes('*'))
        return names;
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(parsed.doc, {
        Alias(_, a) {
            names.add(a.source);
        },
    });
    return names;
}
function refuseShared(parsed, node, label, aliased) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label} is reached through the alias *${node.source}`, {
            file: parsed.file,
            line: parsed.lineOf(node),
            hint: 'write the value out instead of using an alias',
        });
    const anchor = node.anchor;
    if (anchor && aliased.has(anchor))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label} is inside &${anchor}, which an alias repeats elsewhere`, {
            file: parsed.file,
            line: parsed.lineOf(node),
            hint: 'write the values out instead of using an anchor and alias',
        });
}
function inFlow(parents) {
    return parents.some((p) => ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(p) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(p)) && p.flow === true);
}
/** How a new scalar is written where a scalar of `style` was: the same quoting when it reads back right. */
function renderScalar(value, style, flow = false) {
    if (style === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_DOUBLE)
        return (0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_3__/* .doubleQuote */ ._O)(value);
    if (style === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_SINGLE)
        return (0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_3__/* .singleQuote */ .nI)(value) ?? (0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_3__/* .doubleQuote */ ._O)(value);
    const plainOk = (0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainSafe */ .aj)(value) && !(flow && /[,[\]{}]/.test(value));
    return plainOk ? value : (0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_3__/* .doubleQuote */ ._O)(value);
}
/**
 * Parses for editing through parseShared: parseYaml's UserErrors (syntax,
 * duplicate keys, several documents) name file:line, and a file without any
 * document is refused.
 */
function parseBody(body, file, cache) {
    const parsed = parseShared(body, file, cache);
    if (parsed.empty)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('the file holds no YAML document', { file, line: 1, hint: 'write its keys first' });
    return parsed;
}
/**
 * parseYaml of `body` (BOM already stripped) for `file`, shared through the
 * run's `cache` with whoever reads or edits the same text next. A promotion
 * reads pins from a values file, edits it, checks the edit and reads the
 * result again; with the run's cache each of those texts is parsed once
 * instead of once per step. The document is shared, so callers only read it.
 * Without a cache the text is parsed every time.
 */
function parseShared(body, file, cache) {
    return (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_4__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .YAML_DOCUMENT */ .MQ, body, file);
}
/**
 * Offers a parse a caller already made (e.g. parseChart while planning) of
 * `parsed.text` (BOM stripped, as parseYaml returns it) to the next edit of
 * exactly that text and file through `cache`.
 */
function primeParse(parsed, cache) {
    cache.put(YAML_DOCUMENT, parsed.text, parsed, parsed.file);
}
/** The parsed document of a text `cache` holds for `file` (BOM already stripped), if it still does. */
function recentlyParsed(body, file, cache) {
    return cache?.peek(_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .YAML_DOCUMENT */ .MQ, body, file)?.doc;
}
/**
 * Sets the scalar at `path` to the string `value`, changing only that
 * scalar's bytes: quoting style, trailing comment, indentation, line endings,
 * BOM and final newline stay. A value that would not read back as the same
 * string unquoted is double-quoted. Returns the text unchanged when the value
 * is already there. Refuses (UserError at file:line) an ambiguous existing
 * plain value (`1.10`), a block scalar, duplicate keys, aliases, merge keys,
 * several documents, and a missing key unless `create`.
 */
function setScalar(text, file, path, value, opts = {}) {
    const { document, cache, ...edit } = opts;
    return setScalars(text, file, [{ path, value, ...edit }], { document, cache });
}
/**
 * The parse an edit works on: the single document (the usual, cached path),
 * or with `document` the chosen one of several, its ranges still offsets into
 * the whole text so splices land in the right place.
 */
function parseForEdit(body, file, document, cache) {
    if (document === undefined)
        return parseBody(body, file, cache);
    const all = (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_4__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .YAML_DOCUMENTS */ .FL, body, file);
    const doc = all.documents?.[document];
    if (!doc)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`the file has no document ${document + 1}`, { file, line: 1, hint: 'check the --- separated documents' });
    return { ...all, doc, empty: false };
}
/** Works out the bytes one edit replaces, with every refusal setScalar documents. */
function spliceFor(parsed, e) {
    const { file, text: body } = parsed;
    const label = formatPath(e.path);
    // `image:` with nothing under it: the new key fills it (after the other edits).
    if (e.create && fillEmptyParent(parsed, '\n', e.path, ['x: x'], 2) !== undefined)
        return { create: e };
    const at = locate(parsed, e.path, label);
    if (!at.found) {
        if (!e.create || at.missing.length !== 1)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label} is missing`, {
                file,
                line: parsed.lineOf(at.parent) ?? 1,
                hint: at.missing.length === 1 ? `add \`${at.missing[0]}: ${renderScalar(e.value, undefined)}\`` : `add ${label}`,
            });
        return { create: e };
    }
    const node = at.node;
    const line = parsed.lineOf(node) ?? parsed.lineAt(node.range?.[0] ?? 0);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label} is a ${(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) ? 'mapping' : 'list'}, not a single value`, {
            file,
            line,
            hint: 'check the key path',
        });
    const scalar = node;
    const [start, end] = scalar.range;
    if (scalar.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.BLOCK_LITERAL || scalar.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.BLOCK_FOLDED)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label} is a block scalar (| or >), which this edit does not rewrite`, {
            file,
            line,
            hint: 'write the value on one line, e.g. `key: "1.2.3"`',
        });
    const source = body.slice(start, end);
    const empty = scalar.value === null;
    if (scalar.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.PLAIN && !empty && !(0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_3__/* .plainReadsAsString */ .zN)(source) && !e.replaceAmbiguous)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label}: ${source} is read as ${describe(source)}, not the string written`, {
            file,
            line,
            hint: `quote it: "${source}"`,
        });
    if (!empty && String(scalar.value) === e.value)
        return undefined;
    let rendered = renderScalar(e.value, empty ? undefined : scalar.type, inFlow(at.parents));
    if (empty && start === end && body[start - 1] === ':')
        rendered = ` ${rendered}`;
    return { start, end, text: rendered };
}
/**
 * Applies several scalar edits with one parse when they all replace existing
 * values (the usual case), the untouched stretches and the new bytes joined
 * once, so the work is linear in the file and the edits; edits that create
 * keys run afterwards, each on a fresh parse.
 */
function setScalars(text, file, edits, opts = {}) {
    const { bom, body, eol } = frame(text);
    const parsed = parseForEdit(body, file, opts.document, opts.cache);
    const splices = edits.map((e) => spliceFor(parsed, e)).filter((s) => s !== undefined);
    const replace = splices.filter((s) => 'start' in s).sort((a, b) => a.start - b.start);
    // The untouched stretches between the splices and the new bytes, joined once: splicing into the whole text
    // once per edit copied it each time (500 services' pins in a 320 KB values file allocated 320 MB).
    let out = body;
    if (replace.length > 0) {
        const parts = [];
        let at = 0;
        for (const r of replace) {
            // The same value edited twice (the sort keeps the given order of equal starts): the later edit wins.
            if (r.start < at) {
                parts[parts.length - 1] = r.text;
                continue;
            }
            parts.push(body.slice(at, r.start), r.text);
            at = r.end;
        }
        parts.push(body.slice(at));
        out = parts.join('');
    }
    for (const s of splices) {
        if (!('create' in s))
            continue;
        const p = parseForEdit(out, file, opts.document, opts.cache);
        const leaf = s.create.path[s.create.path.length - 1];
        const filled = typeof leaf === 'string'
            ? fillEmptyParent(p, eol, s.create.path, [`${yamlKey(leaf)}: ${renderScalar(s.create.value, undefined)}`], indentUnit(p))
            : undefined;
        if (filled !== undefined) {
            out = filled;
            continue;
        }
        const at = locate(p, s.create.path, formatPath(s.create.path));
        if (at.found)
            continue;
        const flow = at.parent.flow === true || inFlow(at.parents);
        const like = s.create.quoteLike === undefined
            ? undefined
            : at.parent.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === s.create.quoteLike)?.value;
        const style = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(like) && (like.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_DOUBLE || like.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_SINGLE) ? like.type : undefined;
        const rendered = `${yamlKey(at.missing[0], at.parent)}: ${renderScalar(s.create.value, style, flow)}`;
        out = insertPair(p, eol, at.parent, [rendered], s.create.after);
    }
    return out === body ? text : bom + out;
}
function describe(source) {
    if (/^[-+]?[0-9._]+(?:[eE][-+]?[0-9]+)?$/.test(source) || /^0[xob]/.test(source))
        return 'a number';
    if (/^\d{4}-/.test(source))
        return 'a date';
    return 'a boolean or null';
}
/** A new key written as YAML, quoted the way the mapping's first key is (plain when that is safe). */
function yamlKey(key, map) {
    const style = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(map?.items[0]?.key) ? map.items[0].key.type : undefined;
    if (style === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_DOUBLE)
        return (0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_3__/* .doubleQuote */ ._O)(key);
    if (style === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_SINGLE)
        return (0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_3__/* .singleQuote */ .nI)(key) ?? (0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_3__/* .doubleQuote */ ._O)(key);
    return (0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainSafe */ .aj)(key) && !/[,[\]{}]/.test(key) ? key : (0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_3__/* .doubleQuote */ ._O)(key);
}
function columnOf(text, offset) {
    const nl = text.lastIndexOf('\n', offset - 1);
    return offset - (nl + 1);
}
/** The indentation step the file uses for nested mappings (2 when it cannot tell). */
function indentUnit(parsed) {
    const root = parsed.doc.contents;
    let found = 0;
    const walk = (map, depth) => {
        if (found || depth > 3)
            return;
        for (const p of map.items) {
            const v = p.value;
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(v) && !v.flow && v.items.length > 0 && p.key && p.key.range) {
                const child = v.items[0].key.range[0];
                const diff = columnOf(parsed.text, child) - columnOf(parsed.text, p.key.range[0]);
                if (diff > 0) {
                    found = diff;
                    return;
                }
            }
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(v))
                walk(v, depth + 1);
        }
    };
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(root))
        walk(root, 0);
    return found || 2;
}
/**
 * Inserts a pair into a mapping, as lines in the mapping's own indentation:
 * after `after` when that key exists, else after the last pair. `lines` are
 * relative to the key's column (nested lines carry their own extra indent).
 */
function insertPair(parsed, eol, map, lines, after) {
    const body = parsed.text;
    if (map.flow) {
        if (lines.length !== 1)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('cannot add a nested value to a flow mapping ({…})', {
                file: parsed.file,
                line: parsed.lineOf(map),
                hint: 'write the mapping in block style',
            });
        const close = body.lastIndexOf('}', map.range[1]);
        const inner = body.slice(map.range[0] + 1, close);
        const sep = inner.trim() === '' ? '' : ', ';
        let cut = close;
        while (cut > map.range[0] + 1 && /[ \t]/.test(body[cut - 1]))
            cut--;
        return body.slice(0, cut) + sep + lines[0] + body.slice(cut);
    }
    if (map.items.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('cannot add a key to an empty mapping', {
            file: parsed.file,
            line: parsed.lineOf(map),
            hint: 'add the key by hand',
        });
    const firstKey = map.items[0].key;
    const indent = ' '.repeat(columnOf(body, firstKey.range[0]));
    const anchorPair = (after !== undefined ? map.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === after) : undefined) ??
        map.items[map.items.length - 1];
    const v = anchorPair.value;
    const endOfPair = v?.range ? v.range[1] : anchorPair.key.range[2];
    let at;
    if (endOfPair > 0 && body[endOfPair - 1] === '\n')
        at = endOfPair;
    else {
        const nl = body.indexOf('\n', endOfPair);
        at = nl === -1 ? -1 : nl + 1;
    }
    const block = lines.map((l) => indent + l).join(eol);
    if (at === -1)
        return body + eol + block;
    return body.slice(0, at) + block + eol + body.slice(at);
}
/**
 * Sets `path` to a literal block scalar (`key: |` and indented lines) holding
 * `content`, e.g. the `artifacthub.io/changes` annotation. Replaces the value
 * when the key exists; with `create`, adds the key, and its parent mapping
 * when that is missing too (one level, e.g. `annotations:`).
 */
function setBlockScalar(text, file, path, content, opts = {}) {
    const { bom, body, eol } = frame(text);
    const parsed = parseBody(body, file, opts.cache);
    const label = formatPath(path);
    const unit = indentUnit(parsed);
    const lines = content.replace(/\n+$/, '').split('\n');
    const leafKey = yamlKey(String(path[path.length - 1]));
    const childLines = [`${leafKey}: |`, ...lines.map((l) => (l === '' ? '' : ' '.repeat(unit) + l))];
    const filled = opts.create ? fillEmptyParent(parsed, eol, path, childLines, unit) : undefined;
    if (filled !== undefined)
        return bom + filled;
    const at = locate(parsed, path, label);
    if (!at.found) {
        if (!opts.create || at.missing.length > 2)
            throw new UserError(`${label} is missing`, { file, line: parsed.lineOf(at.parent) ?? 1, hint: `add ${label}` });
        const pad = ' '.repeat(unit);
        const leaf = at.missing[at.missing.length - 1];
        let rendered = [`${yamlKey(leaf, at.missing.length === 1 ? at.parent : undefined)}: |`, ...lines.map((l) => (l === '' ? '' : pad + l))];
        if (at.missing.length === 2)
            rendered = [`${yamlKey(at.missing[0], at.parent)}:`, ...rendered.map((l) => (l === '' ? '' : pad + l))];
        return bom + insertPair(parsed, eol, at.parent, rendered);
    }
    const node = at.node;
    const line = parsed.lineOf(node);
    if (!isScalar(node))
        throw new UserError(`${label} is a ${isMap(node) ? 'mapping' : 'list'}, not a text value`, { file, line, hint: 'check the key path' });
    if (inFlow(at.parents))
        throw new UserError(`${label} is inside a flow mapping ({…}), where a block scalar cannot go`, {
            file,
            line,
            hint: 'write the mapping in block style',
        });
    const scalar = node;
    if (scalar.value !== null && String(scalar.value) === `${lines.join('\n')}\n` && scalar.type === Scalar.BLOCK_LITERAL)
        return text;
    const parentMap = at.parents[at.parents.length - 1];
    const pair = parentMap.items.find((p) => p.value === node);
    const keyCol = pair?.key && pair.key.range ? columnOf(body, pair.key.range[0]) : 0;
    const pad = ' '.repeat(keyCol + unit);
    const [start, end] = scalar.range;
    let stop;
    // A comment on the key's line (`key: |  # generated`) is the author's and stays on the new header.
    let comment;
    if (scalar.type === Scalar.BLOCK_LITERAL || scalar.type === Scalar.BLOCK_FOLDED) {
        comment = /^[|>][-+0-9]*([ \t]+#[^\r\n]*)?/.exec(body.slice(start, end))?.[1] ?? '';
        // Up to the end of the last line with content: trailing blank lines stay, trailing spaces of old content go.
        const lastChar = start + body.slice(start, end).replace(/\s+$/, '').length;
        const lineEnd = body.slice(lastChar, end).search(/\r?\n/);
        stop = lineEnd === -1 ? end : lastChar + lineEnd;
    }
    else {
        // A one-line value is replaced up to the end of its line; a comment after it moves onto the header.
        const nl = body.indexOf('\n', end);
        stop = nl === -1 ? body.length : body[nl - 1] === '\r' ? nl - 1 : nl;
        comment = /^([ \t]+#.*)?/.exec(body.slice(end, stop))?.[1] ?? '';
    }
    const head = (start === end && body[start - 1] === ':' ? ' |' : '|') + comment.replace(/[ \t]+$/, '');
    const rendered = [head, ...lines.map((l) => (l === '' ? '' : pad + l))].join(eol);
    return bom + body.slice(0, start) + rendered + body.slice(stop);
}
/**
 * `annotations:` with nothing after it, `annotations: ~` (or `null`), or
 * `annotations: {}`: the parent of a new block scalar exists but is empty, so
 * it is written out in block style in its place, in the file's indentation; a
 * comment after it stays on its line. Undefined when the parent is not such an empty value.
 */
function fillEmptyParent(parsed, eol, path, childLines, unit) {
    if (path.length < 2)
        return undefined;
    const parentPath = path.slice(0, -1);
    const grand = parentPath.length === 1 ? parsed.doc.contents : locateOrUndefined(parsed, parentPath.slice(0, -1));
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(grand) || grand.flow)
        return undefined;
    const key = parentPath[parentPath.length - 1];
    const pair = grand.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === key);
    const value = pair?.value;
    // `annotations:`, `annotations: ~` / `null` and `annotations: {}` all mean "no annotations yet".
    const empty = value === null ||
        ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) && value.value === null && (value.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.PLAIN || value.range[0] === value.range[1])) ||
        ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(value) && value.flow === true && value.items.length === 0);
    if (!pair || !empty)
        return undefined;
    const body = parsed.text;
    const keyStart = pair.key.range[0];
    const colon = body.indexOf(':', pair.key.range[1]);
    const end = value && value.range ? Math.max(value.range[1], colon + 1) : colon + 1;
    const nl = body.indexOf('\n', end);
    const rest = body.slice(end, nl === -1 ? body.length : nl).replace(/\r$/, '');
    // A comment after the empty value stays on the parent's line; anything else is not ours to move.
    if (rest.trim() !== '' && !/^[ \t]+#/.test(rest))
        return undefined;
    const comment = rest.trim() === '' ? '' : rest.replace(/[ \t]+$/, '');
    const keyIndent = ' '.repeat(columnOf(body, keyStart));
    const pad = ' '.repeat(unit);
    const block = childLines.map((l) => (l === '' ? '' : keyIndent + pad + l));
    return body.slice(0, colon + 1) + comment + eol + block.join(eol) + body.slice(end + rest.length);
}
function locateOrUndefined(parsed, path) {
    try {
        const at = locate(parsed, path, formatPath(path));
        return at.found ? at.node : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 2536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LI: () => (/* binding */ resolveInside),
/* harmony export */   dO: () => (/* binding */ resolveWorkingDirectory)
/* harmony export */ });
/* unused harmony exports workspaceRelative, refuseBare, resolveExistingFolder, insideGitCheckout */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);
/* harmony import */ var _text_suggest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4619);




/**
 * Resolves a workspace-relative path, refusing one that leaves the workspace
 * or passes through a symbolic link (either could make an action read or
 * write outside the checkout). `what` names the input or file for the error.
 */
function resolveInside(workspace, path, what) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace);
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, path);
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, abs);
    if (rel === '..' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${what}: ${path} is outside the workspace`, { hint: 'use a path inside the repository' });
    let cur = root;
    for (const part of rel.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).filter(Boolean)) {
        cur = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cur, part);
        let st;
        try {
            st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(cur);
        }
        catch {
            break; // does not exist (yet): nothing further to check
        }
        if (st.isSymbolicLink())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${what}: ${path} passes through a symbolic link (${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, cur)})`, {
                hint: 'point at the real path inside the repository',
            });
    }
    return abs;
}
/** A POSIX-style path relative to the workspace, for messages and annotations. */
function workspaceRelative(workspace, abs) {
    return relative(resolve(workspace), abs).split(sep).join('/');
}
/**
 * Resolves the `working-directory` input and checks that it is a folder inside
 * a git checkout, so a typo or a job without actions/checkout fails as a user
 * error naming the input instead of `spawn git ENOENT` (a missing cwd) or
 * `git … exited (128)` (no repository). Every action calls this before git.
 */
function resolveWorkingDirectory(workspace, path, input = 'working-directory', env = process.env) {
    const abs = resolveExistingFolder(workspace, path, input);
    if (!insideGitCheckout(abs, env)) {
        refuseBare(abs, path, input);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo([...shownInput(path, input), ' is not a git repository'], {
            hint: 'check out the repository first (actions/checkout)',
            cliHint: 'run lockstep inside a git repository (cd into a clone, or git init and commit the charts)',
        });
    }
    return abs;
}
/**
 * Refuses a bare repository (HEAD, objects and refs in the folder, no .git):
 * it has history but no files to work on.
 */
function refuseBare(abs, path, input = 'working-directory') {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(abs, '.git')) && ['HEAD', 'objects', 'refs'].every((p) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(abs, p))))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo([...shownInput(path, input), ' is a bare git repository (it has no work tree)'], {
            hint: 'run in a clone of it that has a work tree (actions/checkout)',
            cliHint: 'run lockstep in a clone of it that has a work tree (git clone <path>)',
        });
}
/**
 * Like resolveWorkingDirectory, for an action that needs no git repository:
 * the folder must exist inside the workspace, and nothing more.
 */
function resolveExistingFolder(workspace, path, input = 'working-directory') {
    const abs = resolveInside(workspace, path, input);
    const shown = shownInput(path, input);
    let st;
    try {
        st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs);
    }
    catch {
        const guess = nearestFolder(workspace, path);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo([...shown, ' does not exist'], {
            hint: guess
                ? `did you mean ${guess}?`
                : (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .words */ .aL) `set ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .named */ .KT)(input)} to a folder of the checked-out repository, relative to the workspace`,
        });
    }
    if (!st.isDirectory())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo([...shown, ' is not a folder'], { hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .words */ .aL) `set ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .named */ .KT)(input)} to a folder of the checked-out repository` });
    return abs;
}
/** The folder beside a mistyped `path` whose name is nearest to its last part (`charts/myap` → `charts/myapp`), if any is close. */
function nearestFolder(workspace, path) {
    const parts = path.replace(/\\/g, '/').replace(/\/+$/, '').split('/');
    const last = parts.pop();
    if (!last)
        return undefined;
    try {
        const names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, ...parts), { withFileTypes: true })
            .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
            .map((d) => d.name);
        const guess = (0,_text_suggest_js__WEBPACK_IMPORTED_MODULE_3__/* .nearest */ .p)(last, names);
        return guess === undefined || guess === last ? undefined : [...parts, guess].join('/');
    }
    catch {
        return undefined;
    }
}
function shownInput(path, input) {
    return path === '' || path === '.' ? (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .words */ .aL) `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .named */ .KT)(input)} '.' (the workspace)` : (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .words */ .aL) `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .named */ .KT)(input)} '${path}'`;
}
/**
 * Whether `dir` lies in a git work tree: some folder from it up to the root
 * holds `.git` (a folder, or a file as in worktrees and submodules), or GIT_DIR
 * names the repository. Found without starting git, which the caller will do anyway.
 */
function insideGitCheckout(dir, env = process.env) {
    if (env.GIT_DIR)
        return true;
    for (let cur = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir);; cur = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(cur)) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cur, '.git'));
            return true;
        }
        catch {
            // not here: look one folder up
        }
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(cur) === cur)
            return false;
    }
}


/***/ }),

/***/ 3852:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $q: () => (/* binding */ commitsBetween),
/* harmony export */   AX: () => (/* binding */ deepenBranch),
/* harmony export */   BA: () => (/* binding */ fetchRefs),
/* harmony export */   CS: () => (/* binding */ listFiles),
/* harmony export */   D3: () => (/* binding */ commitOf),
/* harmony export */   FT: () => (/* binding */ tagRefspec),
/* harmony export */   Mx: () => (/* binding */ commitsInRanges),
/* harmony export */   l0: () => (/* binding */ lastCommitOf),
/* harmony export */   ls: () => (/* binding */ firstParentLog),
/* harmony export */   mM: () => (/* binding */ firstParentsSince),
/* harmony export */   oZ: () => (/* binding */ commitInfo),
/* harmony export */   pR: () => (/* binding */ pathsUnder),
/* harmony export */   vl: () => (/* binding */ changedPaths)
/* harmony export */ });
/* unused harmony exports rangeKey, catCommit, rawDiffTree, blobSize, catBlob, treeIdOf, subjectOf, isAncestorOf */
/* harmony import */ var _spawn_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(669);

/** The commit `ref` names, or undefined when it names none. */
function commitOf(git, ref) {
    return (0,_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .gitTry */ .W_)(git, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
}
/** The commit's parents, trailers and message; undefined when there is no such commit. */
async function commitInfo(git, commit) {
    // NUL between the fields: a root commit has no parents, and the output is trimmed. The trailer block is git's parse.
    const out = await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .gitTry */ .W_)(git, [
        '-c',
        'trailer.separators=:',
        'show',
        '-s',
        '--format=%P%x00%(trailers:only,unfold)%x00%B',
        '--end-of-options',
        `${commit}^{commit}`,
    ]);
    if (out === undefined)
        return undefined;
    const [parents, trailers, ...message] = out.split('\0');
    return { parents: parents.split(' ').filter(Boolean), trailers, message: message.join('\0') };
}
/** The newest commit up to `commit` that changed `path` (or any of several) (`firstParent`: on the first-parent line only); undefined when none. */
async function lastCommitOf(git, commit, path, firstParent) {
    const args = firstParent
        ? ['log', '-1', '--first-parent', '--format=%H', '--end-of-options', commit, '--', ...[path].flat()]
        : ['log', '-1', '--format=%H', '--end-of-options', commit, '--', ...[path].flat()];
    return (await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .gitTry */ .W_)(git, args)) || undefined;
}
/** The first-parent commits up to `commit` that changed `path` (or any of several), newest first, each with its commit time. */
async function firstParentLog(git, commit, path) {
    const out = await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .gitTry */ .W_)(git, ['log', '--first-parent', '--format=%H %ct', '--end-of-options', commit, '--', ...[path].flat()]);
    return (out ?? '')
        .split('\n')
        .filter(Boolean)
        .map((line) => {
        const [sha, seconds] = line.split(' ');
        return { sha, time: Number(seconds) * 1000 };
    });
}
/** Every file path in `commit`'s tree (under `dir`, when given); undefined when git cannot list it. */
async function listFiles(git, commit, dir) {
    const args = ['ls-tree', '-r', '-z', '--name-only', '--full-tree', '--end-of-options', commit];
    const r = await git(dir === undefined ? args : [...args, '--', `${dir}/`]);
    return r.code === 0 ? r.stdout.toString('utf8').split('\0').filter(Boolean) : undefined;
}
/** The commits of `from..to` with their subjects, newest first; undefined unless `from` is reachable from `to` here. */
async function commitsBetween(git, from, to) {
    // Only when `from` is reachable from `to` here: in a shallow clone the log would stop early and undercount.
    if ((await git(['merge-base', '--is-ancestor', '--end-of-options', from, to])).code !== 0)
        return undefined;
    const out = await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .gitTry */ .W_)(git, ['log', '--format=%H%x00%s', '--end-of-options', `${from}..${to}`]);
    if (out === undefined)
        return undefined;
    return out
        .split('\n')
        .filter((l) => l.includes('\0'))
        .map((l) => ({ sha: l.slice(0, l.indexOf('\0')), subject: l.slice(l.indexOf('\0') + 1) }));
}
/** The key of a range in commitsInRanges' answer. */
const rangeKey = (r) => `${r.from}..${r.to}`;
/**
 * Each range's commits as commitsBetween gives them (newest first; undefined
 * unless `from` is reachable from `to` here), from one shared history walk: a
 * promotion of hundreds of services asks for dozens of ranges between release
 * tags, and a `git log` plus a `merge-base --is-ancestor` per range was most of
 * its time. The walk is one `git log --boundary` from every range's end down to
 * the common ancestor of their starts (`merge-base --octopus`, itself when there
 * is one start); each range is then sorted out here: the commits its end reaches
 * in the walk that its start does not, in the walk's order (git log's own order for the
 * range when commit times rise along the history). No commit of `from..to`
 * can lie below that ancestor (it would be reachable from `from`), so nothing is
 * missed. A range whose end the walk does not hold is asked of git on its own.
 */
async function commitsInRanges(git, ranges) {
    const out = new Map();
    const todo = [...new Map(ranges.map((r) => [rangeKey(r), r])).values()];
    if (todo.length === 0)
        return out;
    const starts = [...new Set(todo.map((r) => r.from))];
    const base = starts.length === 1 ? starts[0] : await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .gitTry */ .W_)(git, ['merge-base', '--octopus', '--end-of-options', ...starts]);
    const ends = [...new Set(todo.map((r) => r.to))];
    const args = ['log', '--boundary', '--format=%m%H %P%x00%s', '--end-of-options', ...ends, ...(base ? [`^${base}`] : []), '--'];
    const log = await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .gitTry */ .W_)(git, args);
    const walk = log === undefined ? undefined : historyWalk(log);
    for (const r of todo) {
        const found = walk?.range(r.from, r.to);
        out.set(rangeKey(r), found === 'unknown' || walk === undefined ? await commitsBetween(git, r.from, r.to) : found);
    }
    return out;
}
/**
 * The commits of one `git log --boundary --format=%m%H %P%x00%s` walk, and the ranges sorted out of it.
 * Commits are numbered in the log's order and each tip's reach is a byte per commit: a fleet's promotion
 * between two prod environments asks ~40 ranges over a walk of ~19,000 commits, where a set of ids per tip
 * and a scan of every commit per range took ~0.4 s.
 */
function historyWalk(log) {
    // Walked commits (not boundary ones) with their subjects, in the log's order; their parents by number once all are known.
    const shas = [];
    const subjects = [];
    const parentShas = [];
    const boundary = new Set();
    for (const line of log.split('\n')) {
        const nul = line.indexOf('\0');
        if (nul < 0)
            continue;
        const [sha, ...parents] = line.slice(1, nul).split(' ').filter(Boolean);
        if (line[0] === '-')
            boundary.add(sha);
        else {
            shas.push(sha);
            subjects.push(line.slice(nul + 1));
            parentShas.push(parents);
        }
    }
    const number = new Map();
    shas.forEach((sha, i) => number.set(sha, i));
    // Each walked commit's walked parents; each boundary commit's walked children (they reach it).
    const parents = parentShas.map((ps) => ps.flatMap((p) => (number.has(p) ? [number.get(p)] : [])));
    const childrenOf = new Map();
    parentShas.forEach((ps, i) => {
        for (const p of ps) {
            if (!boundary.has(p))
                continue;
            const children = childrenOf.get(p);
            if (children)
                children.push(i);
            else
                childrenOf.set(p, [i]);
        }
    });
    // Every walked commit a tip reaches through walked commits (the tip included), once per tip.
    const reached = new Map();
    const reach = (tip) => {
        let seen = reached.get(tip);
        if (seen)
            return seen;
        seen = new Uint8Array(shas.length);
        const stack = [tip];
        while (stack.length > 0) {
            const i = stack.pop();
            if (seen[i])
                continue;
            seen[i] = 1;
            for (const p of parents[i])
                if (!seen[p])
                    stack.push(p);
        }
        reached.set(tip, seen);
        return seen;
    };
    return {
        range(from, to) {
            const end = number.get(to);
            if (end === undefined)
                return 'unknown';
            const high = reach(end);
            const start = number.get(from);
            // `from` is an ancestor when the walk reaches it, or, below the walk (the common ancestor), a reached commit's parent.
            const ancestor = start !== undefined ? high[start] === 1 : (childrenOf.get(from) ?? []).some((i) => high[i] === 1);
            if (!ancestor)
                return undefined;
            const low = start !== undefined ? reach(start) : undefined;
            const out = [];
            for (let i = 0; i < shas.length; i++)
                if (high[i] === 1 && low?.[i] !== 1)
                    out.push({ sha: shas[i], subject: subjects[i] });
            return out;
        },
    };
}
/** Fetches refspecs from `remote`: quiet, no tags, no FETCH_HEAD. */
function fetchRefs(git, remote, specs) {
    return git([..._spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .GIT_FETCH */ .SG, '--quiet', '--no-tags', '--no-write-fetch-head', '--', remote, ...specs]);
}
/** `refs/tags/<tag>` fetched onto itself (forced). */
const tagRefspec = (tag) => `+refs/tags/${tag}:refs/tags/${tag}`;
/**
 * Deepens `branch`'s tracking ref from `remote` by `commits` more behind a shallow clone's boundary, or
 * fetches the rest of its history (`commits` undefined).
 */
function deepenBranch(git, remote, branch, commits) {
    const how = commits === undefined ? '--unshallow' : `--deepen=${commits}`;
    return git([
        ..._spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .GIT_FETCH */ .SG,
        '--quiet',
        '--no-tags',
        '--no-write-fetch-head',
        how,
        '--',
        remote,
        `+refs/heads/${branch}:refs/remotes/${remote}/${branch}`,
    ]);
}
/** A commit object's raw text (`git cat-file commit`); throws when there is none. */
function catCommit(git, sha) {
    return gitText(git, ['cat-file', 'commit', sha]);
}
/** The raw `-z` diff of `sha` against `parent` (whole ids, no renames), as git answered. */
function rawDiffTree(git, parent, sha) {
    return git(['diff-tree', '-r', '-z', '--raw', '--no-renames', '--no-abbrev', '--no-ext-diff', parent, sha, '--']);
}
/** A blob's size in bytes, asked before it is read. */
async function blobSize(git, oid) {
    return Number((await gitText(git, ['cat-file', '-s', oid])).trim());
}
/** A blob's bytes, as git answered. */
function catBlob(git, oid) {
    return git(['cat-file', 'blob', oid]);
}
/** The tree id of a commit `git rev-parse` resolves; throws when it resolves none. */
async function treeIdOf(git, commit) {
    return (await gitText(git, ['rev-parse', `${commit}^{tree}`])).trim();
}
/** The commits after `base` up to `sha` along first parents, oldest first. */
async function firstParentsSince(git, base, sha) {
    const out = await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .gitText */ .q_)(git, ['rev-list', '--reverse', '--first-parent', '--end-of-options', sha, `^${base}`, '--']);
    return out.split('\n').filter(Boolean);
}
/** The paths `to` changed against `from` (no rename detection). */
async function changedPaths(git, from, to) {
    const paths = await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .gitText */ .q_)(git, ['diff-tree', '-r', '-z', '--no-renames', '--name-only', '--no-ext-diff', from, to, '--']);
    return paths.split('\0').filter(Boolean);
}
/** The paths of `commit` under `dir`, relative to the repository's top; undefined when git cannot list them. */
async function pathsUnder(git, commit, dir) {
    // --full-tree: the paths are the repository's, as `commit:path` reads them, whatever folder git runs in.
    const r = await git(['ls-tree', '-r', '-z', '--name-only', '--full-tree', commit, '--', dir]);
    return r.code === 0
        ? r.stdout
            .toString('utf8')
            .split('\0')
            .filter((p) => p !== '')
        : undefined;
}
/** The subject line of `commit` (`git log -1 --format=%s`), trimmed. */
async function subjectOf(git, commit) {
    return (await gitText(git, ['log', '-1', '--format=%s', commit, '--'])).trim();
}
/** Whether `ancestor` is `commit` or one of its ancestors (false too when git cannot tell, e.g. below a shallow boundary). */
async function isAncestorOf(git, ancestor, commit) {
    return (await git(['merge-base', '--is-ancestor', '--end-of-options', ancestor, commit])).code === 0;
}


/***/ }),

/***/ 4673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ localGitAt)
/* harmony export */ });
/* unused harmony export localText */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _spawn_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(669);


// Variables that would point git at another repository, index or identity than the one asked for.
const DROPPED = /^GIT_(DIR|WORK_TREE|INDEX_FILE|OBJECT_DIRECTORY|ALTERNATE_OBJECT_DIRECTORIES|NAMESPACE|AUTHOR_\w+|COMMITTER_\w+|CEILING_DIRECTORIES|PREFIX)$/;
/** A LocalGit bound to the git directory `gitDir` (absolute). */
function localGitAt(gitDir, base = process.env) {
    const inherited = {};
    for (const [k, v] of Object.entries(base))
        if (v !== undefined && !DROPPED.test(k))
            inherited[k] = v;
    return (args, opts = {}) => new Promise((done, fail) => {
        // Literal pathspecs: a planned path is a file name, never a glob or `:(magic)`.
        const env = {
            ...inherited,
            GIT_DIR: gitDir,
            GIT_TERMINAL_PROMPT: '0',
            LC_ALL: 'C',
            GIT_OPTIONAL_LOCKS: '0',
            GIT_LITERAL_PATHSPECS: '1',
            ...opts.env,
        };
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', [..._spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .GIT_NO_HOOKS */ .YH, ...args], { cwd: gitDir, env, stdio: ['pipe', 'pipe', 'pipe'] });
        const out = [];
        let err = '';
        child.stdout.on('data', (d) => out.push(d));
        child.stderr.setEncoding('utf8').on('data', (d) => (err += d));
        // git may exit before reading all of stdin (an early error): that is reported by the exit code.
        child.stdin.on('error', () => { });
        child.on('error', fail);
        child.on('close', (code) => done({ code: code ?? 1, stdout: Buffer.concat(out), stderr: err }));
        child.stdin.end(opts.input ?? '');
    });
}
/** Runs a LocalGit call and returns trimmed stdout; a non-zero exit throws with git's message. */
async function localText(git, args, opts) {
    const r = await git(args, opts);
    if (r.code !== 0)
        throw new Error(`git ${args[0]} failed (exit ${r.code}): ${r.stderr.trim()}`);
    return r.stdout.toString('utf8').trim();
}


/***/ }),

/***/ 8162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jh: () => (/* binding */ isCommitId)
/* harmony export */ });
/* unused harmony exports assertRefInput, checkRefName, checkBranchNames, assertRemoteName */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);

/**
 * Refuses, without running anything, a name that git could read as an
 * option (a leading `-`, e.g. `--upload-pack=touch /tmp/x`), that holds
 * white space or control characters, that uses the `@{…}` reflog syntax,
 * or that is spelled as a full ref. Call it while validating inputs, before
 * any git process starts (RELIABILITY case 2).
 */
function assertRefInput(name, input, kind = 'branch') {
    const bad = (why) => new UserError(`: ${JSON.stringify(name)} is not a valid ${kind} name (${why})`, {
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
        throw new UserError(`: ${JSON.stringify(name)} is not a valid ${kind} name (git check-ref-format refused it)`, {
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

/***/ 3164:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lU: () => (/* binding */ asRepo)
/* harmony export */ });
/* unused harmony exports remoteTagList, openRepo */
/* harmony import */ var _commits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3852);
/* harmony import */ var _local_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4673);
/* harmony import */ var _spawn_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(669);



const REPO = Symbol('lockstep.repo');
function isRepo(git) {
    return git[REPO] === true;
}
/** `ls-remote --tags` output: tag name → the commit it points at (annotated tags peeled). */
function remoteTagList(text) {
    const out = new Map();
    for (const line of text.split('\n')) {
        const m = /^([0-9a-f]{40,64})\trefs\/tags\/(.+?)(\^\{\})?$/.exec(line);
        // The peeled line (`^{}`) follows the tag object's line and names the commit.
        if (m && (m[3] || !out.has(m[2])))
            out.set(m[2], m[1]);
    }
    return out;
}
/** Memoizes a promise in a map (`fresh`: replaced), forgetting a rejected one so the next caller asks again. */
function once(map, key, ask, fresh = false) {
    let p = fresh ? undefined : map.get(key);
    if (!p) {
        map.set(key, (p = ask()));
        p.catch(() => map.delete(key));
    }
    return p;
}
/**
 * The Repo of a spawner: the spawner itself when it is one, else a Repo
 * around it (a test's fake, a one-off spawner) whose memo lives as long as it.
 */
function asRepo(git) {
    if (isRepo(git))
        return git;
    const memo = { urls: new Map(), heads: new Map(), tags: new Map(), holdsRef: false, fetched: new Set() };
    const askShallow = () => git(['rev-parse', '--is-shallow-repository']).then((r) => r.stdout.toString('utf8').trim() === 'true');
    // A fetch that deepens (or unshallows) may end the clone's shallowness; one with --depth may start it in a
    // complete repository (a shallow one stays shallow). Other fetches and commands leave it as it was.
    const fetched = (args) => {
        if (!args.includes('fetch') || !memo.shallow)
            return;
        if (args.some((a) => a === '--unshallow' || a.startsWith('--deepen') || a.startsWith('--shallow-')))
            memo.shallow = undefined;
        else if (args.some((a) => a.startsWith('--depth')))
            memo.shallow = memo.shallow.then((was) => was || askShallow());
    };
    const run = async (args) => {
        const r = await git(args);
        fetched(args);
        return r;
    };
    const questions = {
        textOr: (args) => (0,_spawn_js__WEBPACK_IMPORTED_MODULE_2__/* .gitTry */ .W_)(run, args),
        isShallow() {
            memo.shallow ??= askShallow();
            return memo.shallow;
        },
        noteShallow(shallow) {
            memo.shallow = Promise.resolve(shallow);
        },
        gitDir() {
            if (!memo.gitDir) {
                const dir = run(['rev-parse', '--absolute-git-dir']).then((r) => {
                    if (r.code !== 0)
                        throw new Error(`git rev-parse --absolute-git-dir failed (exit ${r.code}): ${r.stderr.trim()}`);
                    return r.stdout.toString('utf8').trim();
                });
                memo.gitDir = dir;
                dir.catch(() => {
                    if (memo.gitDir === dir)
                        memo.gitDir = undefined;
                });
            }
            return memo.gitDir;
        },
        async local() {
            return (0,_local_js__WEBPACK_IMPORTED_MODULE_1__/* .localGitAt */ .$)(await questions.gitDir());
        },
        remoteUrl: (remote = 'origin', fresh = false) => once(memo.urls, remote, () => (0,_spawn_js__WEBPACK_IMPORTED_MODULE_2__/* .gitTry */ .W_)(run, ['remote', 'get-url', '--', remote]), fresh),
        remoteHead: (remote = 'origin', fresh = false) => once(memo.heads, remote, async () => {
            const out = await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_2__/* .gitTry */ .W_)(run, ['ls-remote', '--symref', '--', remote, 'HEAD']);
            const m = out ? /^ref: refs\/heads\/(\S+)\tHEAD$/m.exec(out) : null;
            return m ? m[1] : undefined;
        }, fresh),
        remoteTags: (remote = 'origin') => once(memo.tags, remote, async () => {
            const out = await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_2__/* .gitTry */ .W_)(run, ['ls-remote', '--tags', '--refs', '--', remote]);
            return out === undefined ? undefined : remoteTagList(out);
        }),
        knowRemoteUrl(url, remote = 'origin') {
            memo.urls.set(remote, Promise.resolve(url));
        },
        holdsRef: () => memo.holdsRef,
        noteRef() {
            memo.holdsRef = true;
        },
        tracks: (tracking) => memo.fetched.has(tracking),
        commitOf: (ref) => _commits_js__WEBPACK_IMPORTED_MODULE_0__/* .commitOf */ .D3(run, ref),
        commitInfo: (commit) => _commits_js__WEBPACK_IMPORTED_MODULE_0__/* .commitInfo */ .oZ(run, commit),
        lastCommit: (commit, path, firstParent = false) => _commits_js__WEBPACK_IMPORTED_MODULE_0__/* .lastCommitOf */ .l0(run, commit, path, firstParent),
        firstParentLog: (commit, path) => _commits_js__WEBPACK_IMPORTED_MODULE_0__/* .firstParentLog */ .ls(run, commit, path),
        listFiles: (commit, dir) => _commits_js__WEBPACK_IMPORTED_MODULE_0__/* .listFiles */ .CS(run, commit, dir),
        commitsBetween: (from, to) => _commits_js__WEBPACK_IMPORTED_MODULE_0__/* .commitsBetween */ .$q(run, from, to),
        commitsInRanges: (ranges) => _commits_js__WEBPACK_IMPORTED_MODULE_0__/* .commitsInRanges */ .Mx(run, ranges),
        fetchRefs: (remote, specs) => _commits_js__WEBPACK_IMPORTED_MODULE_0__/* .fetchRefs */ .BA(run, remote, specs),
        fetchTags: (remote, tags) => _commits_js__WEBPACK_IMPORTED_MODULE_0__/* .fetchRefs */ .BA(run, remote, tags.map(_commits_js__WEBPACK_IMPORTED_MODULE_0__/* .tagRefspec */ .FT)),
        deepenBranch: (remote, branch, by) => _commits_js__WEBPACK_IMPORTED_MODULE_0__/* .deepenBranch */ .AX(run, remote, branch, by),
        noteTracked(tracking) {
            memo.holdsRef = true;
            memo.fetched.add(tracking);
        },
    };
    const repo = Object.assign(run, questions, { [REPO]: true });
    if (git.records) {
        const records = git.records;
        repo.records = async (args, onRecord, signal) => {
            const r = await records(args, onRecord, signal);
            fetched(args);
            return r;
        };
    }
    return repo;
}
/** The Repo of the repository at `cwd` (real git, hooks off). */
function openRepo(cwd, env = process.env) {
    return asRepo(spawnGit(cwd, env));
}


/***/ }),

/***/ 669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ej: () => (/* binding */ DEEPEN_STEPS),
  NV: () => (/* binding */ GIT_ENV),
  SG: () => (/* binding */ GIT_FETCH),
  YH: () => (/* binding */ GIT_NO_HOOKS),
  Xq: () => (/* binding */ gitRecords),
  q_: () => (/* binding */ gitText),
  W_: () => (/* binding */ gitTry),
  Iz: () => (/* binding */ spawnGit)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/core/src/git/nul-records.ts
/**
 * Splits a byte stream at NUL bytes as it arrives (`git … -z` output): each
 * record is handed over whole, once its NUL has come, so a record cut
 * between two chunks (in the middle of a multi-byte character too) is joined
 * before anyone decodes it. A NUL byte is never part of another UTF-8
 * character, so splitting bytes there is splitting the text there. After the
 * last chunk, `end` hands over what follows the last NUL (possibly nothing):
 * the records are exactly the pieces of `text.split('\0')`.
 */
class NulRecords {
    onRecord;
    /** The start of the record being read, when it began in an earlier chunk. */
    pending = [];
    constructor(onRecord) {
        this.onRecord = onRecord;
    }
    push(chunk) {
        let from = 0;
        for (let at = chunk.indexOf(0); at !== -1; at = chunk.indexOf(0, from)) {
            const piece = chunk.subarray(from, at);
            from = at + 1;
            if (this.pending.length === 0) {
                this.onRecord(piece);
                continue;
            }
            this.pending.push(piece);
            const record = Buffer.concat(this.pending);
            this.pending = [];
            this.onRecord(record);
        }
        if (from < chunk.length)
            this.pending.push(chunk.subarray(from));
    }
    end() {
        const rest = Buffer.concat(this.pending);
        this.pending = [];
        this.onRecord(rest);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/git/spawn.ts





/** The environment every git process lockstep starts runs with: no prompt, C locale, no optional locks. */
const GIT_ENV = { GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' };
/**
 * Put before the arguments of every git process lockstep starts: no hook
 * (`core.hooksPath` in the checkout's or the user's config, e.g. a
 * reference-transaction hook that runs on fetch) and no fsmonitor command
 * runs while the job's token is in git's environment. Command-line config
 * wins over every config file; a local-path remote's own side drops it
 * (git clears GIT_CONFIG_PARAMETERS there), so a server's hooks still run.
 */
const GIT_NO_HOOKS = ['-c', 'core.hooksPath=/dev/null', '-c', 'core.fsmonitor=false'];
/**
 * How every `git fetch` lockstep runs begins: the fetch, and no `git
 * maintenance run --auto` after it. An action's fetch brings a few commits
 * into a checkout that lives for one job; the maintenance git would start
 * afterwards (a repack, a commit-graph write) costs the job time and keeps
 * the workspace busy for nothing. It is said with the `maintenance.auto`
 * setting (git 2.29+, the release that brought `git maintenance`), not
 * fetch's `--no-auto-maintenance` option of the same release: a git older
 * than 2.29 refuses an option it does not know, which would fail every
 * fetch, while it ignores a setting it does not know.
 */
const GIT_FETCH = ['-c', 'maintenance.auto=false', 'fetch'];
/**
 * How a shallow clone is deepened when more of its history is needed (a merge
 * base, a pin's soak time): this many commits more behind its boundary, in
 * turn, before the rest of it is fetched.
 */
const DEEPEN_STEPS = [64, 512, 4096];
/**
 * A spawner over node:child_process, without the Repo's memo (objects.ts's
 * gitSpawner adds it). It is used instead of @actions/exec on purpose: this
 * action's cost is dominated by process start and module loading, and a raw
 * spawn keeps both small.
 */
function spawnGit(cwd, env = process.env) {
    // Standard output to a pipe, or to a file descriptor (a spool file).
    const start = (args, out = 'pipe') => (0,external_node_child_process_.spawn)('git', [...GIT_NO_HOOKS, ...args], { cwd, env: { ...env, ...GIT_ENV }, stdio: ['ignore', out, 'pipe'] });
    const git = (args) => new Promise((done, fail) => {
        const child = start(args);
        const out = [];
        let err = '';
        child.stdout.on('data', (d) => out.push(d));
        child.stderr.setEncoding('utf8').on('data', (d) => (err += d));
        child.on('error', fail);
        child.on('close', (code) => done({ code: code ?? 1, stdout: Buffer.concat(out), stderr: err }));
    });
    git.records = (args, onRecord, signal) => new Promise((done, fail) => {
        if (signal?.aborted)
            return fail(signal.reason instanceof Error ? signal.reason : new Error(String(signal.reason)));
        const spool = spoolFile();
        let child;
        try {
            child = start(args, spool ? spool.write : 'pipe');
        }
        catch (e) {
            if (spool)
                (0,external_node_fs_.closeSync)(spool.read);
            throw e;
        }
        finally {
            // git holds its own copy of the write end; a spawn that throws leaves no descriptor open.
            if (spool)
                (0,external_node_fs_.closeSync)(spool.write);
        }
        const records = new NulRecords(onRecord);
        let err = '';
        // A reader that throws stops git: the error is the outcome, not an uncaught exception.
        let thrown;
        const read = (step) => {
            if (thrown)
                return;
            try {
                step();
            }
            catch (error) {
                thrown = error instanceof Error ? error : new Error(String(error));
                child.kill();
            }
        };
        const abort = () => read(() => signal.throwIfAborted());
        signal?.addEventListener('abort', abort, { once: true });
        child.stderr.setEncoding('utf8').on('data', (d) => (err += d));
        let code;
        let settled = false;
        const settle = (failure) => {
            if (settled)
                return;
            settled = true;
            signal?.removeEventListener('abort', abort);
            if (spool)
                (0,external_node_fs_.closeSync)(spool.read);
            if (failure)
                return fail(failure);
            read(() => records.end());
            if (thrown)
                fail(thrown);
            else
                done({ code: code ?? 1, stderr: err });
        };
        child.on('error', (e) => settle(e));
        if (!spool) {
            child.stdout.on('data', (d) => read(() => records.push(d)));
            child.on('close', (c) => {
                code = c ?? 1;
                settle();
            });
            return;
        }
        // What git has written is read a pipe's worth at a time while the event loop is free; at the end of it,
        // read again a millisecond later, or as soon as git has ended (then to the end of the file).
        let timer;
        const poll = () => {
            timer = undefined;
            if (settled)
                return;
            if (thrown) {
                // Stopped: settled once git has ended.
                if (code !== undefined)
                    settle();
                return;
            }
            const chunk = Buffer.allocUnsafe(SPOOL_CHUNK);
            let n = 0;
            read(() => (n = (0,external_node_fs_.readSync)(spool.read, chunk, 0, chunk.length, null)));
            if (n > 0) {
                read(() => records.push(n === chunk.length ? chunk : chunk.subarray(0, n)));
                setImmediate(poll);
            }
            else if (code !== undefined)
                settle();
            else if (!thrown)
                timer = setTimeout(poll, 1);
        };
        child.on('close', (c) => {
            code = c ?? 1;
            if (timer) {
                clearTimeout(timer);
                poll();
            }
            else if (thrown)
                settle();
        });
        timer = setTimeout(poll, 1);
    });
    return git;
}
/** How much of a spooled output is read at a time: what a pipe holds, so records arrive as they did through one. */
const SPOOL_CHUNK = 64 * 1024;
/**
 * A file for git's output: created in the temp folder by this process alone
 * (exclusive, 0600) and unlinked at once, so nothing is left behind whatever
 * happens; git writes to `write`, the reader reads `read`. Through a pipe, git
 * stops once 64 KiB wait unread, and a run busy with other work (a release
 * checking its files while git walks the commits since the last release)
 * leaves them unread; through a file it writes on. undefined where no such
 * file can be made (or an open file cannot be unlinked, as on Windows): the
 * caller reads a pipe.
 */
function spoolFile() {
    if (process.platform === 'win32')
        return undefined;
    for (let attempt = 0; attempt < 3; attempt++) {
        const path = (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), `lockstep-git-${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`);
        let write;
        let read;
        try {
            write = (0,external_node_fs_.openSync)(path, 'wx', 0o600);
            read = (0,external_node_fs_.openSync)(path, 'r');
            (0,external_node_fs_.unlinkSync)(path);
            return { write, read };
        }
        catch (e) {
            for (const fd of [write, read])
                if (fd !== undefined)
                    (0,external_node_fs_.closeSync)(fd);
            if (write !== undefined) {
                try {
                    (0,external_node_fs_.rmSync)(path, { force: true });
                }
                catch {
                    // Left for the temp folder's cleaning: the output goes through a pipe.
                }
            }
            if (e.code !== 'EEXIST')
                return undefined;
        }
    }
    return undefined;
}
/**
 * git.records, or, for a spawner without it (a test's wrapper), the whole
 * output read and split the same way.
 */
async function gitRecords(git, args, onRecord, signal) {
    if (git.records)
        return git.records(args, onRecord, signal);
    signal?.throwIfAborted();
    const r = await git(args);
    signal?.throwIfAborted();
    const records = new NulRecords(onRecord);
    records.push(r.stdout);
    records.end();
    return { code: r.code, stderr: r.stderr };
}
/**
 * The one "run git, return its text" helper: stdout as text; a non-zero exit
 * throws with git's message. gitTry is its lenient form.
 */
async function gitText(git, args) {
    const r = await git(args);
    if (r.code !== 0)
        throw new Error(`git ${args[0]} failed (exit ${r.code}): ${r.stderr.trim()}`);
    return r.stdout.toString('utf8');
}
/** gitText for a question git may answer by failing (no such remote, ref or repository): trimmed stdout, or undefined. */
async function gitTry(git, args) {
    const r = await git(args);
    return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
}


/***/ }),

/***/ 9492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ stripPort),
/* harmony export */   c: () => (/* binding */ isLoopbackHost)
/* harmony export */ });
// A host's name as written (no lookup, no node:net): light enough for the entry chunks that read an
// image reference (capture-digests' inputs); hosts.ts adds the address rules.
/** True when the registry host is this machine (plain http is allowed there). */
function isLoopbackHost(host) {
    const h = stripPort(host).toLowerCase();
    return h === 'localhost' || h.endsWith('.localhost') || /^127(?:\.\d{1,3}){3}$/.test(h) || h === '::1' || h === '[::1]';
}
/** host without `:port`; keeps a bracketed IPv6 literal's brackets off. */
function stripPort(host) {
    if (host.startsWith('[')) {
        const end = host.indexOf(']');
        return host.slice(1, end < 0 ? undefined : end);
    }
    const c = host.lastIndexOf(':');
    return c >= 0 && host.indexOf(':') === c ? host.slice(0, c) : host;
}


/***/ }),

/***/ 5901:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ isForbiddenHost)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _host_name_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9492);


const METADATA_HOSTS = new Set([
    'metadata.google.internal',
    'metadata.goog',
    'metadata',
    'metadata.azure.com',
    'instance-data',
    'instance-data.ec2.internal',
    '100.100.100.200',
    '168.63.129.16',
]);
/**
 * True for an address credentials must never be sent to: IPv4 link-local
 * (169.254.0.0/16, where cloud metadata services live), IPv6 link-local
 * (fe80::/10), the unspecified address, and well-known metadata host names.
 */
function isForbiddenHost(host) {
    let h = (0,_host_name_js__WEBPACK_IMPORTED_MODULE_1__/* .stripPort */ .U)(host).toLowerCase().replace(/\.$/, '');
    if (METADATA_HOSTS.has(h))
        return true;
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(h);
    if (mapped)
        h = mapped[1];
    const mappedHex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(h);
    if (mappedHex) {
        const [hi, lo] = [parseInt(mappedHex[1], 16), parseInt(mappedHex[2], 16)];
        h = `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
    }
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(h) === 4) {
        const [a, b] = h.split('.').map(Number);
        return (a === 169 && b === 254) || a === 0;
    }
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(h) === 6) {
        const first = parseInt(h.split(':')[0] || '0', 16);
        return (first & 0xffc0) === 0xfe80 || h === '::' || h.startsWith('fd00:ec2:');
    }
    return false;
}


/***/ }),

/***/ 6291:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BodyTooLargeError: () => (/* binding */ BodyTooLargeError),
/* harmony export */   CutOffError: () => (/* binding */ CutOffError),
/* harmony export */   ForbiddenDestinationError: () => (/* binding */ ForbiddenDestinationError),
/* harmony export */   NetworkError: () => (/* binding */ NetworkError),
/* harmony export */   REDIRECTS: () => (/* binding */ REDIRECTS),
/* harmony export */   RedirectError: () => (/* binding */ RedirectError),
/* harmony export */   header: () => (/* binding */ header),
/* harmony export */   nodeTransport: () => (/* binding */ nodeTransport),
/* harmony export */   redirectHop: () => (/* binding */ redirectHop)
/* harmony export */ });
/* harmony import */ var node_dns__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(610);
/* harmony import */ var node_dns__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_dns__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _hosts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5901);
/* harmony import */ var _host_name_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9492);





/** A failure to get an answer at all (refused, reset, timed out): worth retrying. */
class NetworkError extends Error {
    code;
    constructor(message, code) {
        super(message);
        this.name = 'NetworkError';
        this.code = code;
    }
}
/**
 * An answer whose head arrived and whose body was cut off (the connection
 * dropped mid-way). A network failure to the registry client; to the GitHub
 * client an answer whose body could not be read, as fetch reports it.
 */
class CutOffError extends NetworkError {
    status;
    headers;
    constructor(message, status, headers) {
        super(message, 'EABORTED');
        this.name = 'CutOffError';
        this.status = status;
        this.headers = headers;
    }
}
/** An answer larger than its cap: not retried. */
class BodyTooLargeError extends Error {
    constructor(message) {
        super(message);
        this.name = 'BodyTooLargeError';
    }
}
/** A destination refused by policy (link-local, metadata): not retried, nothing sent. */
class ForbiddenDestinationError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ForbiddenDestinationError';
    }
}
function header(res, name) {
    const v = res.headers[name.toLowerCase()];
    return Array.isArray(v) ? v[0] : v;
}
/**
 * Refuses to connect to a name that resolves to a link-local or metadata
 * address (a literal IP is checked by the caller before the request).
 */
function guardedLookup(hostname, options, callback) {
    (0,node_dns__WEBPACK_IMPORTED_MODULE_0__.lookup)(hostname, options, (err, address, family) => {
        if (err)
            return callback(err, address, family);
        const list = Array.isArray(address) ? address : [{ address }];
        const bad = list.find((a) => (0,_hosts_js__WEBPACK_IMPORTED_MODULE_3__/* .isForbiddenHost */ .i)(a.address.includes(':') ? `[${a.address}]` : a.address));
        if (bad)
            return callback(Object.assign(new Error(`${hostname} resolves to the link-local/metadata address ${bad.address}`), { code: 'EFORBIDDEN' }));
        callback(null, address, family);
    });
}
/**
 * The production transport over node:http/node:https with keep-alive agents
 * (one connection per registry reused across images; GitHub's API through
 * its own), a whole-exchange timeout and body caps enforced while reading.
 */
function nodeTransport(maxSockets = 64, env = process.env) {
    // Self-hosted runners often sit behind a proxy: honour HTTP(S)_PROXY/NO_PROXY
    // as curl and docker do (Node ≥ 24.5 agents speak CONNECT for https).
    const proxied = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'].some((k) => env[k]);
    const options = { keepAlive: true, maxSockets, ...(proxied ? { proxyEnv: env } : {}) };
    const agents = {
        'http:': new node_http__WEBPACK_IMPORTED_MODULE_1__.Agent(options),
        'https:': new node_https__WEBPACK_IMPORTED_MODULE_2__.Agent(options),
    };
    const send = ((req) => new Promise((resolve, reject) => {
        let url;
        try {
            url = new URL(req.url);
        }
        catch {
            reject(new NetworkError(`invalid URL ${req.url}`, 'EINVALIDURL'));
            return;
        }
        if (url.protocol !== 'http:' && url.protocol !== 'https:') {
            reject(new ForbiddenDestinationError(`refusing the ${url.protocol} URL ${url.origin}`));
            return;
        }
        if ((0,_hosts_js__WEBPACK_IMPORTED_MODULE_3__/* .isForbiddenHost */ .i)(url.host)) {
            reject(new ForbiddenDestinationError(`refusing to contact ${url.host}: a link-local or metadata address`));
            return;
        }
        const mod = url.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_2__ : node_http__WEBPACK_IMPORTED_MODULE_1__;
        let settled = false;
        const fail = (e) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            r.destroy();
            reject(e);
        };
        const r = mod.request(url, { method: req.method, headers: withLength(req), agent: agents[url.protocol], lookup: guardedLookup }, (res) => {
            const status = res.statusCode ?? 0;
            const cap = status >= 400 ? req.maxErrorBytes : req.maxBytes;
            const declared = Number(res.headers['content-length']);
            if (req.method !== 'HEAD' && Number.isFinite(declared) && declared > cap) {
                fail(new BodyTooLargeError(`response too large from ${url.host}: a ${declared}-byte body; the limit is ${cap} bytes`));
                return;
            }
            const chunks = [];
            let size = 0;
            res.on('data', (c) => {
                size += c.length;
                if (size > cap) {
                    fail(new BodyTooLargeError(`response too large from ${url.host}: more than ${cap} bytes; the limit is ${cap} bytes`));
                    return;
                }
                chunks.push(c);
            });
            res.on('end', () => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(timer);
                resolve({ status, headers: res.headers, body: Buffer.concat(chunks) });
            });
            const cutOff = () => fail(new CutOffError(`${url.host}: the response was cut off`, status, res.headers));
            res.on('error', cutOff);
            res.on('aborted', cutOff);
        });
        const timer = setTimeout(() => fail(new NetworkError(`${url.host} did not answer within ${req.timeoutMs} ms`, 'ETIMEDOUT')), req.timeoutMs);
        r.on('error', (e) => {
            if (e.code === 'EFORBIDDEN')
                fail(new ForbiddenDestinationError(`refusing to contact ${e.message}`));
            else
                fail(new NetworkError(`${url.host}: ${e.code ?? e.message}`, e.code ?? 'ENETWORK'));
        });
        r.end(req.body);
    }));
    send.close = () => {
        agents['http:'].destroy();
        agents['https:'].destroy();
    };
    return send;
}
/** A request with a body, and every POST or PUT (0 without one, as the distribution spec asks of an upload), states its length. */
function withLength(req) {
    if (req.method !== 'POST' && req.method !== 'PUT' && req.body === undefined)
        return req.headers;
    return { ...req.headers, 'Content-Length': String(req.body?.length ?? 0) };
}
/** The answers that send a client elsewhere with a Location. */
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;
/** A redirect not followed: 'refused' (a downgrade to plain http, another scheme), 'error' (a bad Location, too many hops). */
class RedirectError extends Error {
    kind;
    constructor(kind, message) {
        super(message);
        this.name = 'RedirectError';
        this.kind = kind;
    }
}
/**
 * One redirect hop, checked: where it leads and the headers to send there.
 * Credentials go only to the origin the request was meant for; https never
 * falls back to plain http (loopback aside); only http(s) URLs are followed.
 */
function redirectHop(current, location, origin, headers, hop) {
    if (hop >= MAX_REDIRECTS)
        throw new RedirectError('error', `${current.host} redirected more than ${MAX_REDIRECTS} times`);
    let next;
    try {
        next = new URL(location, current);
    }
    catch {
        throw new RedirectError('error', `${current.host} redirected to an invalid location`);
    }
    if (current.protocol === 'https:' && next.protocol !== 'https:' && !(0,_host_name_js__WEBPACK_IMPORTED_MODULE_4__/* .isLoopbackHost */ .c)(next.host))
        throw new RedirectError('refused', `${current.host} redirected to insecure ${next.protocol}//${next.host}; refusing`);
    if (next.protocol !== 'https:' && next.protocol !== 'http:')
        throw new RedirectError('refused', `${current.host} redirected to a ${next.protocol} URL; refusing`);
    if (next.origin === origin)
        return { next, headers };
    return { next, headers: Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'authorization')) };
}


/***/ }),

/***/ 3861:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H7: () => (/* binding */ KUSTOMIZATION_NAMES),
/* harmony export */   RZ: () => (/* binding */ NoKustomization),
/* harmony export */   Rm: () => (/* binding */ readOverlayImages),
/* harmony export */   fx: () => (/* binding */ kustomizationFor),
/* harmony export */   hg: () => (/* binding */ setOverlayPins),
/* harmony export */   oW: () => (/* binding */ overlayPin),
/* harmony export */   pN: () => (/* binding */ overlayProblems)
/* harmony export */ });
/* unused harmony exports parseApplicationImage, formatApplicationImage, isApplication, overlayImages, repositoryOf, kustomizationInTree */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7638);
/* harmony import */ var _edits_check_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5763);
/* harmony import */ var _edits_yaml_edit_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3077);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(908);
/* harmony import */ var _text_bytes_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9002);
/* harmony import */ var _text_parse_cache_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9053);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4293);
// Image pins in Kustomize overlays, read and rewritten with byte-minimal edits.
//
// Two places hold an overlay's pins:
//   overlay      a kustomization's `images:` list: `- { name, newName, newTag, digest }`
//   application  an Argo CD Application's spec.source.kustomize.images strings:
//                `name=newName:newTag@digest` or `name:newTag@digest`
// A service's entry is the one whose `name` or `newName` is the service's image
// repository (compared as the registry sees them: `nginx` = docker.io/library/nginx),
// else — an image that moved registry — the one whose `name` has the same last
// path segment. Two entries that fit equally well are an error naming both lines.










/** Registry and repository of an image name as the registry sees it, or the name itself when it does not parse. */
function identity(image) {
    try {
        const ref = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_6__/* .parseReference */ .F2)(image);
        return `${ref.registry.toLowerCase()}/${ref.repository}`;
    }
    catch (e) {
        if (e instanceof _registry_reference_js__WEBPACK_IMPORTED_MODULE_6__/* .InvalidReference */ .ft)
            return image;
        throw e;
    }
}
const lastSegment = (image) => identity(image).slice(identity(image).lastIndexOf('/') + 1);
/** An image reference split into name, tag and digest (`host:5000/a/b:1.2@sha256:…`). */
function splitImage(ref) {
    const at = ref.indexOf('@');
    const digest = at >= 0 ? ref.slice(at + 1) : undefined;
    const rest = at >= 0 ? ref.slice(0, at) : ref;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/'))
        return { name: rest.slice(0, colon), tag: rest.slice(colon + 1), ...(digest ? { digest } : {}) };
    return { name: rest, ...(digest ? { digest } : {}) };
}
/** Parses an Argo CD kustomize image string: `name=newName:newTag@digest` or `name:newTag@digest`. */
function parseApplicationImage(text) {
    const eq = text.indexOf('=');
    if (eq >= 0) {
        const ref = splitImage(text.slice(eq + 1));
        return {
            name: text.slice(0, eq),
            newName: ref.name,
            ...(ref.tag ? { newTag: ref.tag } : {}),
            ...(ref.digest ? { digest: ref.digest } : {}),
        };
    }
    const ref = splitImage(text);
    return { name: ref.name, ...(ref.tag ? { newTag: ref.tag } : {}), ...(ref.digest ? { digest: ref.digest } : {}) };
}
/** Writes an Argo CD kustomize image string back (`name=` only when it had one or newName differs). */
function formatApplicationImage(image, withName) {
    const ref = `${image.newName ?? image.name}${image.newTag ? `:${image.newTag}` : ''}${image.digest ? `@${image.digest}` : ''}`;
    return withName || (image.newName !== undefined && image.newName !== image.name) ? `${image.name}=${ref}` : ref;
}
/** True when a text parses as an Argo CD Application (kind: Application with a spec). */
function isApplication(parsed) {
    return (parsed.documents ?? [parsed.doc]).some((d) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(d.contents, 'kind')) === 'Application' && (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(d.contents, 'spec') !== undefined);
}
function parseAll(text, file, cache) {
    const body = (0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_7__/* .stripBom */ .F8)(text);
    const all = (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_9__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .YAML_DOCUMENTS */ .FL, body, file);
    return all;
}
/**
 * Reads the pins of an overlay file: a kustomization's `images:` or an Argo CD
 * Application's kustomize.images. A file that is not YAML, an `images` that
 * is not a list, an entry that is not a mapping with a `name` (or not an
 * image string), and two entries of one name are UserErrors at file:line.
 */
function readOverlayImages(text, file, cache) {
    const all = parseAll(text, file, cache);
    if (isApplication(all))
        return applicationImages(all, file);
    if ((all.documents?.length ?? 1) > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('the kustomization holds more than one YAML document', {
            file,
            line: all.lineOf(all.documents[1].contents) ?? 1,
            hint: 'keep one Kustomization document in the file',
        });
    const parsed = (0,_edits_yaml_edit_js__WEBPACK_IMPORTED_MODULE_5__/* .parseShared */ .fj)((0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_7__/* .stripBom */ .F8)(text), file, cache);
    const root = parsed.doc.contents;
    if (root !== null && !(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(root))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('the kustomization is not a mapping of keys', {
            file,
            line: parsed.lineOf(root) ?? 1,
            hint: 'point kustomization at a kustomization.yaml',
        });
    const kind = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(root, 'kind'));
    if (kind !== undefined && kind !== 'Kustomization' && kind !== 'Component')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`the file is a ${kind}, not a Kustomization or an Argo CD Application`, {
            file,
            line: parsed.lineOf((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(root, 'kind')) ?? 1,
            hint: 'point kustomization at the overlay (its folder or kustomization.yaml) or at its Argo CD Application',
        });
    // A Flux Kustomization (kustomize.toolkit.fluxcd.io) keeps the same entries under spec.images.
    const flux = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(root, 'apiVersion'))?.startsWith('kustomize.toolkit.fluxcd.io/') ?? false;
    const holder = flux ? (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(root, 'spec') : root;
    const listPath = flux ? ['spec', 'images'] : ['images'];
    const pair = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(holder) ? holder.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(p.key) && p.key.value === 'images') : undefined;
    const list = pair?.value;
    const line = parsed.lineOf(pair?.key ?? root) ?? 1;
    if (list === undefined || list === null)
        return { kind: 'overlay', file, listPath, hasList: pair !== undefined && list !== null ? true : false, line, images: [] };
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(list))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('images is not a list', {
            file,
            line,
            hint: 'write images: as a list of { name, newName, newTag, digest } entries',
        });
    const images = list.items.map((item, index) => {
        const node = item;
        const at = parsed.lineOf(node) ?? line;
        const name = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(node) ? (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .scalarText */ .ws)(entryValue(node, 'name')) : undefined;
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(node) || !name)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`images[${index}] is not an entry with a name`, {
                file,
                line: at,
                hint: 'write each entry as name: <image> with newTag:, digest: (and newName:)',
            });
        const text = (k) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .scalarText */ .ws)(entryValue(node, k)) || undefined;
        const newName = text('newName');
        const newTag = text('newTag');
        const digest = text('digest');
        return { name, ...(newName ? { newName } : {}), ...(newTag ? { newTag } : {}), ...(digest ? { digest } : {}), index, line: at };
    });
    duplicates(images, file);
    return { kind: 'overlay', file, listPath, hasList: true, line, images };
}
function entryValue(map, key) {
    return map.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(p.key) && p.key.value === key)?.value;
}
/** Two entries of one image name: kustomize would apply one, so which is meant cannot be told. */
function duplicates(images, file) {
    const seen = new Map();
    for (const i of images) {
        const key = identity(i.name);
        const first = seen.get(key);
        if (first)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`two entries for the image ${i.name} (lines ${first.line} and ${i.line})`, {
                file,
                line: i.line,
                hint: 'keep one entry per image name',
            });
        seen.set(key, i);
    }
}
/** The Application's kustomize.images: of spec.source, or of the one spec.sources entry that has kustomize:. */
function applicationImages(all, file) {
    const docs = all.documents ?? [all.doc];
    const apps = docs
        .map((d, i) => ({ d, i }))
        .filter(({ d }) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(d.contents, 'kind')) === 'Application' && (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(d.contents, 'spec') !== undefined);
    if (apps.length > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${apps.length} Applications in the file; cannot tell which one's kustomize.images to use`, {
            file,
            line: all.lineOf(apps[1].d.contents) ?? 1,
            hint: 'keep the environment’s Application in a file of its own, or point kustomization at its overlay folder',
        });
    const { d, i } = apps[0];
    const spec = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(d.contents, 'spec');
    const sources = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(spec, 'sources');
    let sourcePath = ['spec', 'source'];
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(sources)) {
        const withKustomize = sources.items.map((s, k) => ({ s, k })).filter(({ s }) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(s, 'kustomize') !== undefined);
        if (withKustomize.length !== 1)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${withKustomize.length === 0 ? 'no' : withKustomize.length} sources of the Application have kustomize:`, {
                file,
                line: all.lineOf(sources) ?? 1,
                hint: 'give the overlay’s source kustomize: { images: [...] }',
            });
        sourcePath = ['spec', 'sources', withKustomize[0].k];
    }
    const source = sourcePath
        .slice(1)
        .reduce((n, k) => (typeof k === 'number' ? ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(n) ? n.items[k] : undefined) : (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(n, k)), spec);
    const kustomize = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(source, 'kustomize');
    const list = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(kustomize, 'images');
    const document = docs.length > 1 ? i : undefined;
    const listPath = [...sourcePath, 'kustomize', 'images'];
    const line = all.lineOf((list ?? kustomize ?? source ?? d.contents)) ?? 1;
    if (list === undefined || list === null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('the Application has no spec.source.kustomize.images list to pin images in', {
            file,
            line,
            hint: 'add kustomize: { images: [] } to its source, or point kustomization at the overlay folder',
        });
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(list))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('kustomize.images is not a list', {
            file,
            line,
            hint: 'write it as a list of strings like ghcr.io/acme/api:1.2.3@sha256:…',
        });
    const images = list.items.map((item, index) => {
        const node = item;
        const at = all.lineOf(node) ?? line;
        const text = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(node) && typeof node.value === 'string' ? node.value : undefined;
        if (!text || text.trim() === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`kustomize.images[${index}] is not an image string`, {
                file,
                line: at,
                hint: 'write name=newName:newTag@digest or name:newTag@digest',
            });
        return { ...parseApplicationImage(text.trim()), index, line: at };
    });
    duplicates(images, file);
    return { kind: 'application', file, ...(document !== undefined ? { document } : {}), listPath, hasList: true, line, images };
}
/**
 * `overlayImages(text)`: the `images:` entries of a kustomization (or the
 * parsed kustomize.images strings of an Argo CD Application), as written.
 */
function overlayImages(text, file = 'kustomization.yaml') {
    return readOverlayImages(text, file).images.map(({ name, newName, newTag, digest }) => ({
        name,
        ...(newName ? { newName } : {}),
        ...(newTag ? { newTag } : {}),
        ...(digest ? { digest } : {}),
    }));
}
/**
 * The entry of `image` (the service's repository, any tag dropped): the one
 * whose name or newName is that repository; else the one whose name has the
 * same last path segment. Two of either kind is an error naming both lines.
 */
function overlayPin(images, image, service) {
    const want = identity(repositoryOf(image));
    const exact = images.images.filter((i) => identity(i.name) === want || (i.newName !== undefined && identity(i.newName) === want));
    const byName = exact.filter((i) => identity(i.name) === want);
    let chosen = byName.length === 1 ? byName : exact;
    if (chosen.length === 0) {
        const segment = want.slice(want.lastIndexOf('/') + 1);
        chosen = images.images.filter((i) => lastSegment(i.name) === segment);
    }
    if (chosen.length > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${service}: two entries fit the image ${repositoryOf(image)}: ${chosen[0].name} (line ${chosen[0].line}) and ${chosen[1].name} (line ${chosen[1].line})`, { file: images.file, line: chosen[1].line, hint: `keep one entry for ${repositoryOf(image)}, or name it exactly in name:` });
    const entry = chosen[0];
    if (!entry)
        return { file: images.file, line: images.line };
    return {
        file: images.file,
        entry,
        line: entry.line,
        repository: entry.newName ?? entry.name,
        ...(entry.newTag ? { tag: entry.newTag } : {}),
        ...(entry.digest ? { digest: entry.digest } : {}),
    };
}
/** An image name without tag or digest. */
function repositoryOf(image) {
    return splitImage(image).name;
}
/**
 * Rewrites the pins of one overlay file to their targets, changing only the
 * bytes of the fields they set: `newTag` and `digest` (created after `name`
 * / `newName` / `newTag` in the entry's own indentation when missing), and
 * `newName` when the repository the digest lives in is not what the entry
 * renders. A tag-only target empties a digest the entry had (`digest: ""`),
 * so an old digest never outlives its tag. A service without an entry gets
 * one appended (the list created when the overlay has none). An Application's
 * string is rewritten in place, or appended. The result is re-parsed and
 * checked to differ only there.
 */
function setOverlayPins(text, images, writes, cache) {
    if (images.kind === 'application')
        return setApplicationImages(text, images, writes, cache);
    const edits = [];
    const appended = [];
    for (const w of writes) {
        const e = w.pin.entry;
        const repository = w.target.repository ?? repositoryOf(w.image);
        if (!e) {
            const name = repositoryOf(w.image);
            const tag = w.target.tag;
            appended.push({
                name,
                ...(identity(repository) !== identity(name) ? { newName: repository } : {}),
                ...(tag ? { newTag: tag } : {}),
                ...(w.target.digest ? { digest: w.target.digest } : {}),
            });
            continue;
        }
        const path = [...images.listPath, e.index];
        const renders = e.newName ?? e.name;
        if (w.target.digest !== undefined && identity(repository) !== identity(renders))
            edits.push({ path: [...path, 'newName'], value: repository, create: true, after: 'name', quoteLike: 'name' });
        const tag = w.target.tag ?? e.newTag;
        if (tag !== undefined && tag !== e.newTag)
            edits.push({
                path: [...path, 'newTag'],
                value: tag,
                create: true,
                after: e.newName !== undefined ? 'newName' : 'name',
                quoteLike: 'name',
            });
        if (w.target.digest !== undefined && w.target.digest !== e.digest)
            edits.push({ path: [...path, 'digest'], value: w.target.digest, create: true, after: 'newTag', quoteLike: 'name' });
        if (w.target.digest === undefined && e.digest !== undefined)
            edits.push({ path: [...path, 'digest'], value: '' });
    }
    let after = edits.length > 0 ? (0,_edits_yaml_edit_js__WEBPACK_IMPORTED_MODULE_5__/* .setScalars */ .AR)(text, images.file, edits, { cache }) : text;
    const intended = edits.map((e) => ({ path: e.path, value: e.value }));
    if (appended.length > 0 && images.listPath.length > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`the Flux Kustomization's spec.images has no entry for ${appended.map((a) => a.name).join(', ')}`, {
            file: images.file,
            line: images.line,
            hint: `add an entry under spec.images: name: ${appended[0].name}, newTag:, digest:`,
        });
    if (appended.length > 0) {
        after = appendEntries(after, images, appended, cache);
        appended.forEach((a, k) => {
            for (const [key, value] of Object.entries(a))
                intended.push({ path: ['images', images.images.length + k, key], value });
        });
    }
    if (after !== text)
        (0,_edits_check_js__WEBPACK_IMPORTED_MODULE_4__/* .checkYamlEdit */ .c)(images.file, text, after, intended, { cache });
    return after;
}
/** Appends entries to the block list `images:`, or the list itself at the end of the file when there is none. */
function appendEntries(text, images, entries, cache) {
    const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
    const body = (0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_7__/* .stripBom */ .F8)(text);
    const eol = body.includes('\r\n') ? '\r\n' : '\n';
    const parsed = (0,_edits_yaml_edit_js__WEBPACK_IMPORTED_MODULE_5__/* .parseShared */ .fj)(body, images.file, cache);
    const root = parsed.doc.contents;
    const pair = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(root) ? root.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(p.key) && p.key.value === 'images') : undefined;
    const list = pair?.value;
    const lines = (indent) => entries.flatMap((e) => Object.entries(e).map(([k, v], i) => `${indent}${i === 0 ? '- ' : '  '}${k}: ${(0,_edits_yaml_edit_js__WEBPACK_IMPORTED_MODULE_5__/* .renderScalar */ .VO)(v, k === 'newTag' ? 'QUOTE_DOUBLE' : undefined)}`));
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(list) && list.items.length > 0) {
        if (list.flow)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('images is a flow list ([...]); lockstep appends entries to block lists only', {
                file: images.file,
                line: images.line,
                hint: 'write images: as a block list (one "- name:" entry per image)',
            });
        const first = list.items[0];
        const start = first.range[0];
        const lineStart = body.lastIndexOf('\n', start - 1) + 1;
        const dash = body.lastIndexOf('-', start - 1);
        const indent = body.slice(lineStart, dash >= lineStart ? dash : start);
        const end = list.items[list.items.length - 1].range[2];
        const at = body.lastIndexOf('\n', end - 1) + 1 === end ? end : body.indexOf('\n', end - 1) + 1 || body.length;
        const insert = lines(/^\s*$/.test(indent) ? indent : '  ').join(eol) + eol;
        const pre = body.slice(0, at);
        return bom + pre + (pre.endsWith('\n') || pre === '' ? '' : eol) + insert + body.slice(at);
    }
    if (pair !== undefined) {
        // `images:` with nothing (or `[]`) after it: the key's line is replaced by the list.
        const keyStart = pair.key.range[0];
        const lineStart = body.lastIndexOf('\n', keyStart - 1) + 1;
        const lineEnd = body.indexOf('\n', keyStart);
        const endAt = lineEnd < 0 ? body.length : lineEnd + 1;
        const keyIndent = body.slice(lineStart, keyStart);
        const line = body.slice(lineStart, lineEnd < 0 ? body.length : lineEnd).replace(/\r$/, '');
        if (!/^\s*images:\s*(\[\s*\])?\s*(#.*)?$/.test(line))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('images is written in a way lockstep cannot extend', {
                file: images.file,
                line: images.line,
                hint: 'write images: as a block list',
            });
        return bom + body.slice(0, lineStart) + `${keyIndent}images:${eol}` + lines(`${keyIndent}  `).join(eol) + eol + body.slice(endAt);
    }
    const sep = body === '' || body.endsWith('\n') ? '' : eol;
    return bom + body + sep + `images:${eol}` + lines('  ').join(eol) + eol;
}
/** The Application strings rewritten in place (each keeps `name=` when it had it), new ones appended to the list. */
function setApplicationImages(text, images, writes, cache) {
    const edits = [];
    const added = [];
    for (const w of writes) {
        const e = w.pin.entry;
        const repository = w.target.repository ?? repositoryOf(w.image);
        const name = e?.name ?? repositoryOf(w.image);
        const renders = e ? (e.newName ?? e.name) : name;
        const newName = w.target.digest !== undefined && identity(repository) !== identity(renders) ? repository : e?.newName;
        const value = formatApplicationImage({
            name,
            ...(newName !== undefined ? { newName } : {}),
            ...((w.target.tag ?? e?.newTag) ? { newTag: w.target.tag ?? e?.newTag } : {}),
            ...(w.target.digest ? { digest: w.target.digest } : {}),
        }, e?.newName !== undefined);
        if (e)
            edits.push({ path: [...images.listPath, e.index], value });
        else
            added.push(value);
    }
    let after = edits.length > 0 ? (0,_edits_yaml_edit_js__WEBPACK_IMPORTED_MODULE_5__/* .setScalars */ .AR)(text, images.file, edits, { document: images.document, cache }) : text;
    const intended = edits.map((e) => ({ path: e.path, value: e.value }));
    if (added.length > 0) {
        after = appendStrings(after, images, added, cache);
        added.forEach((v, k) => intended.push({ path: [...images.listPath, images.images.length + k], value: v }));
    }
    if (after !== text)
        (0,_edits_check_js__WEBPACK_IMPORTED_MODULE_4__/* .checkYamlEdit */ .c)(images.file, text, after, intended, { document: images.document, cache });
    return after;
}
/** Appends strings to the Application's block list kustomize.images (refused for a flow or empty list). */
function appendStrings(text, images, values, cache) {
    const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
    const body = (0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_7__/* .stripBom */ .F8)(text);
    const eol = body.includes('\r\n') ? '\r\n' : '\n';
    const all = parseAll(body, images.file, cache);
    const doc = (all.documents ?? [all.doc])[images.document ?? 0];
    const list = images.listPath.reduce((n, k) => (typeof k === 'number' ? ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(n) ? n.items[k] : undefined) : (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(n, k)), doc.contents);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(list) || list.flow || list.items.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('kustomize.images has no block list entry to append the image after', {
            file: images.file,
            line: images.line,
            hint: 'write kustomize.images as a block list with one "- image" line per image',
        });
    const first = list.items[0];
    const start = first.range[0];
    const lineStart = body.lastIndexOf('\n', start - 1) + 1;
    const indent = body.slice(lineStart, body.lastIndexOf('-', start - 1));
    const end = list.items[list.items.length - 1].range[2];
    const at = body.indexOf('\n', end - 1) + 1 || body.length;
    const pre = body.slice(0, at);
    return (bom +
        pre +
        (pre.endsWith('\n') ? '' : eol) +
        values.map((v) => `${indent}- ${(0,_edits_yaml_edit_js__WEBPACK_IMPORTED_MODULE_5__/* .renderScalar */ .VO)(v, undefined)}`).join(eol) +
        eol +
        body.slice(at));
}
/** Every entry of a protected environment's overlay pinned by a sha256 digest, none with the tag `latest`. */
function overlayProblems(images) {
    const out = [];
    for (const i of images.images) {
        const image = i.newName ?? i.name;
        if (i.newTag === 'latest')
            out.push({
                file: images.file,
                line: i.line,
                message: `${image} uses the tag latest in a protected environment`,
                hint: 'pin a released version and its digest',
            });
        if (!i.digest || !/^sha256:[0-9a-f]{64}$/.test(i.digest))
            out.push({
                file: images.file,
                line: i.line,
                message: `${image} is not pinned by a sha256 digest in a protected environment${i.digest ? ` (digest ${i.digest.slice(0, 40)})` : ''}`,
                hint: 'set digest: sha256:… (promote-env writes it from a digests file or with resolve-digests)',
            });
    }
    return out;
}
/** A kustomization path that holds nothing kustomize would read (a caller may take that as "absent"). */
class NoKustomization extends _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo {
}
/** The file names kustomize reads in a folder, in its order. */
const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
/**
 * Resolves `path` (a kustomization file, a folder holding one, or an Argo CD
 * Application) through `read` (undefined: no such file). A folder holding
 * none, or more than one, is a UserError naming `at` (the config's line).
 */
async function kustomizationFor(path, read, at, cache) {
    const clean = path.replace(/\/+$/, '');
    const direct = await read(clean);
    if (direct !== undefined) {
        const application = isApplication(parseAll(direct, clean, cache));
        return { dir: clean.includes('/') ? clean.slice(0, clean.lastIndexOf('/')) : '.', file: clean, text: direct, application };
    }
    const found = [];
    for (const n of KUSTOMIZATION_NAMES) {
        const file = clean === '' || clean === '.' ? n : `${clean}/${n}`;
        const text = await read(file);
        if (text !== undefined)
            found.push({ file, text });
    }
    if (found.length === 0)
        throw new NoKustomization(`kustomization ${path} is no file, nor a folder holding kustomization.yaml, kustomization.yml or Kustomization, ${at.where}`, {
            file: at.file,
            line: at.line,
            hint: 'point kustomization at an overlay folder, its kustomization.yaml, or its Argo CD Application (paths relative to the repository promoted in)',
        });
    if (found.length > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`kustomization ${path} holds both ${found[0].file} and ${found[1].file}; kustomize refuses that too`, {
            file: at.file,
            line: at.line,
            hint: 'keep one kustomization file in the folder, or name the file in kustomization',
        });
    return { dir: clean || '.', file: found[0].file, text: found[0].text, application: false };
}
/**
 * kustomizationFor on a folder of the file system: `path` relative to `root`
 * (a checkout), files read as they are there (a folder or a missing path reads
 * as absent). For rendering an environment's overlay in a work tree.
 */
function kustomizationInTree(root, path, at = {}) {
    const read = async (p) => {
        try {
            return await readFile(join(root, p), 'utf8');
        }
        catch (e) {
            const code = e.code;
            if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR')
                return undefined;
            throw e;
        }
    };
    return kustomizationFor(path, read, { ...at, where: `in ${root}` });
}


/***/ }),

/***/ 202:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ CheckContract),
  s: () => (/* binding */ sideContract)
});

// EXTERNAL MODULE: ./packages/core/src/deploy/fleet.ts + 1 modules
var fleet = __webpack_require__(5137);
;// CONCATENATED MODULE: ./packages/core/src/values/contract-words.ts
// The values contract's findings in words (issue 74): the check's problems and a promotion's refusals and
// warnings say an unread key and a schema finding alike. Kept apart from environment-contract.ts, which loads
// the schema compiler: a command that finds nothing to judge does not load it.
/**
 * The unread keys and schema findings of `found` in words: `label` names the environment (`prod`, `prod (api)`),
 * `chart` the chart as judged (`api`, `api 2.0.0`). The check and a promotion say them alike.
 */
function contractFindings(found, label, chart) {
    const out = [];
    for (const r of found.reports)
        for (const u of r.unread)
            out.push({
                file: u.file,
                line: u.line,
                key: u.key,
                message: `values-contract: ${label}: ${u.key} is set${r.label ? ` in ${r.label}` : ''}, but no template of chart ${chart} reads it${u.suggestion ? `; did you mean ${u.suggestion}?` : ''}`,
                hint: 'move it where the chart reads it or remove it',
            });
    for (const f of found.schema)
        out.push({
            file: f.file,
            line: f.line,
            key: f.key,
            message: `values-contract: ${label}: ${f.unjudged ? f.message : `chart ${chart}'s values.schema.json refuses ${f.message}: Helm would not install these values`}`,
            hint: f.unjudged ? 'make the schema one lockstep can read' : 'set a value the schema takes',
        });
    return out;
}

// EXTERNAL MODULE: ./packages/core/src/settings/read.ts + 1 modules
var read = __webpack_require__(1547);
// EXTERNAL MODULE: ./packages/core/src/settings/table-check.ts
var table_check = __webpack_require__(8302);
;// CONCATENATED MODULE: ./packages/core/src/operations/check/contract.ts
// chart-bump-check's values contract (issue 74): for each environment the
// check reads, every key its values (files, an Application's inline values, a
// HelmRelease's spec.values and valuesFrom) set that no template of the chart
// (its subcharts, global) reads is a finding at the key's line, with the
// nearest key the chart reads; every thing the chart's values.schema.json
// refuses in the merged values, as Helm would, is one at the line that wrote
// the key (values/environment-contract.ts). Each environment's `values-contract`
// decides what a finding does: error fails the check, warn annotates it, off
// skips the environment. An environment whose chart cannot be read is said
// not judged, with why: an error in error mode (the guard fails closed).
// On a pull request that changes the chart, a key its own values.yaml sets
// that its schema does not declare is a warning.




/** What the values contract reads of a side the check read (render-inputs.ts): the chart's files and the values in Helm's order. */
function sideContract(h, file) {
    if ('unavailable' in h.side)
        return { chart: { unavailable: h.side.unavailable, ...(file ? { file } : {}) }, sources: [] };
    if (!('files' in h.side.chart))
        return {
            chart: { unavailable: 'the chart is a packaged archive, not a folder of this repository', ...(file ? { file } : {}) },
            sources: [],
        };
    const files = (h.valueFiles ?? []).map((v) => ({ file: v.path, text: v.text }));
    return { chart: { files: h.side.chart.files }, sources: [...files, ...(h.inline ?? [])] };
}
/** Collects each environment's values contract as the check's problems and its JSON sections. */
class CheckContract {
    problems = [];
    sections = [];
    config;
    given;
    judgeWith;
    /** The charts judged in this run, read once for all their environments. */
    cache = new Map();
    /** The environments judged, by label: one judged by its render is not judged again without it. */
    judged = new Set();
    /** The chart folders whose undeclared keys were said (once per chart, not per environment). */
    declaredSaid = new Set();
    constructor(config, given, judge) {
        this.config = config;
        this.given = given;
        this.judgeWith = judge;
    }
    /** The environment's mode: the input, its values-contract, the top's, else error when protected, warn otherwise. */
    modeOf(environment) {
        return (0,read/* settingsFor */.zc)(table_check/* CHECK */.f, { valuesContract: this.given }, this.config, { environment: environment.name }).valuesContract;
    }
    /** Whether the environment labelled `label` was judged already in this run. */
    has(label) {
        return this.judged.has(label);
    }
    /**
     * Judges the values `sources` (Helm's order) of `environment` (`label`) against `chart` read at `dir`; `changed`
     * when the pull request changes that chart (its undeclared keys are said); `rendered` when a render of the same side
     * already says why it cannot be read (a protected environment's render guard fails it closed: said once); `helm`, the
     * version of the Helm that rendered it.
     */
    async judge(environment, label, name, dir, chart, sources, { changed = false, rendered = false, helm } = {}) {
        const mode = this.modeOf(environment);
        if (mode === 'off' || this.judged.has(label))
            return;
        this.judged.add(label);
        if ('unavailable' in chart) {
            const why = { file: chart.file ?? dir, line: chart.line ?? 1, detail: chart.unavailable };
            return this.notJudged(environment, label, name, mode, why, rendered && (environment.protected || mode === 'warn'));
        }
        if (sources.length === 0)
            return;
        // The schema is read as the Helm that renders the environment reads it: its helm-version, else the render's Helm, else 3.
        const major = environment.helmVersion ?? (helm?.startsWith('4.') ? 4 : 3);
        const options = { helm: major, undeclared: changed };
        const found = await this.judgeWith(dir, chart.files, sources, this.cache, options);
        if ('failed' in found) {
            const e = found.failed;
            return this.notJudged(environment, label, name, mode, { file: e.file ?? dir, line: e.line ?? 1, detail: e.detail, hint: e.hint }, false);
        }
        const level = mode === 'error' ? 'error' : 'warning';
        const otherwise = this.otherwise(environment, mode);
        const files = found.reports.map((r) => ({
            file: r.file,
            ...(r.label ? { label: r.label } : {}),
            checked: r.checked,
            unread: r.unread.length,
            notTraced: r.notTraced,
        }));
        const schema = found.schema.map(({ file, line, key, message }) => ({ file, line, key, message }));
        const undeclared = found.undeclared.map(({ file, line, key }) => ({ file, line, key }));
        this.sections.push({ environment: label, mode, chart: name, files, schema, undeclared });
        for (const f of contractFindings(found, label, name))
            this.problems.push({ level, file: f.file, line: f.line, message: f.message, hint: `${f.hint}, ${otherwise}` });
        if (this.declaredSaid.has(dir))
            return;
        this.declaredSaid.add(dir);
        for (const u of found.undeclared)
            this.problems.push({
                level: 'warning',
                file: u.file,
                line: u.line,
                message: `values-contract: chart ${name} sets ${u.key} in its values.yaml, but its values.schema.json does not declare it`,
                hint: 'declare it in values.schema.json (under properties), or remove it from values.yaml',
            });
    }
    /**
     * An environment whose values contract could not be judged: said in its section, and as a finding (an error in error
     * mode: the guard fails closed) unless `sectionOnly` (its render's guard says it already).
     */
    notJudged(environment, label, name, mode, why, sectionOnly) {
        this.sections.push({
            environment: label,
            mode,
            chart: name,
            files: [],
            schema: [],
            undeclared: [],
            failed: `${why.file}:${why.line}: ${why.detail}`,
        });
        if (sectionOnly)
            return;
        this.problems.push({
            level: mode === 'error' ? 'error' : 'warning',
            file: why.file,
            line: why.line,
            message: `values-contract: ${label}: chart ${name}'s values keys could not be read: ${why.detail}`,
            hint: `${why.hint ?? 'fix the file'}, ${this.otherwise(environment, mode)}`,
        });
    }
    otherwise(environment, mode) {
        return `or set values-contract: ${mode === 'error' ? 'warn' : 'off'} for ${(0,fleet/* configNameOf */.py)(environment)} in the config`;
    }
}


/***/ }),

/***/ 4261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  changedChartsOutput: () => (/* binding */ changedChartsOutput),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./packages/core/src/async/young-generation.ts
var young_generation = __webpack_require__(5633);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/checks/problem.ts
var problem = __webpack_require__(2368);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/fs/workspace.ts
var workspace = __webpack_require__(2536);
// EXTERNAL MODULE: ./packages/core/src/git/repo.ts
var repo = __webpack_require__(3164);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./packages/core/src/git/spawn.ts + 1 modules
var spawn = __webpack_require__(669);
;// CONCATENATED MODULE: ./packages/core/src/git/cat-file.ts


/** A read refused because the object is larger than the reader was allowed to load. */
class ObjectTooLarge extends Error {
    size;
    constructor(spec, size, maxBytes) {
        super(`git object ${spec} is ${size} bytes, over the ${maxBytes} bytes allowed`);
        this.name = 'ObjectTooLarge';
        this.size = size;
    }
}
/**
 * One `git cat-file --batch` process and the requests sent to it, answered in
 * order. Once finished it takes no more requests, answers those it was sent
 * and exits; what it never answered (it died, or was aborted) is rejected.
 */
class CatFileProcess {
    child;
    queue = [];
    /** Requests not yet written: those made in one tick go to git in one write. */
    outbox = '';
    buf = Buffer.alloc(0);
    /**
     * The object in front when it is incomplete: its header, bytes and newline
     * gathered in one buffer of their size, announced by the header, as chunks
     * come in (`filled` bytes so far). A 3.5 MB CHANGELOG.md comes as ~55
     * chunks of 64 KiB: each is copied once into its place, and the object is
     * handed on as a view of that buffer. Joining the chunks and then copying
     * the object out of the join held three copies at once (~10 MB outside the
     * heap for one file); joining on every chunk copied ~100 MB.
     */
    fill;
    filled = 0;
    /** Bytes of a refused object (and its newline) still to be dropped from git's output. */
    skip = 0;
    /** Set once it takes no more requests (finished, exited or aborted). */
    done = false;
    constructor(cwd, env) {
        const child = (0,external_node_child_process_.spawn)('git', [...spawn/* GIT_NO_HOOKS */.YH, 'cat-file', '--batch'], {
            cwd,
            env: { ...env, ...spawn/* GIT_ENV */.NV },
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
        child.stdout.on('data', (d) => this.take(d));
        child.on('error', (e) => this.abort(new Error(`git cat-file ${e.message}: ${stderr.trim()}`)));
        child.on('close', (code) => this.abort(new Error(`git cat-file exited (${code}): ${stderr.trim()}`)));
        child.stdin.on('error', () => { });
        this.child = child;
    }
    read(spec, maxBytes) {
        return new Promise((resolve, reject) => {
            this.queue.push({ resolve, reject, maxBytes });
            // One write per tick instead of one per request: each write wakes git, and on a busy
            // machine every wake-up can cost this thread its turn on the CPU.
            if (this.outbox === '')
                process.nextTick(() => this.flush());
            this.outbox += `${spec}\n`;
        });
    }
    /** Takes no more requests: those sent are answered, then git exits. */
    finish() {
        if (this.done)
            return;
        this.flush();
        this.done = true;
        this.child.stdin.end();
    }
    /** Stops at once: every request not yet answered is rejected with `why`. */
    abort(why) {
        this.done = true;
        this.outbox = '';
        for (const p of this.queue.splice(0))
            p.reject(why);
        this.child.stdin.destroy();
        this.child.stdout.destroy();
    }
    /** How many requests wait for their answer. */
    get waiting() {
        return this.queue.length;
    }
    flush() {
        const text = this.outbox;
        this.outbox = '';
        if (text !== '' && !this.done)
            this.child.stdin.write(text);
    }
    /** A chunk of git's output: into the incomplete object's buffer while one is being gathered, else read. */
    take(d) {
        const fill = this.fill;
        if (!fill) {
            this.buf = this.buf.length === 0 ? d : Buffer.concat([this.buf, d]);
            this.drain();
            return;
        }
        const n = Math.min(d.length, fill.length - this.filled);
        d.copy(fill, this.filled, 0, n);
        this.filled += n;
        if (this.filled < fill.length)
            return;
        this.fill = undefined;
        this.filled = 0;
        // The object is whole: read from its buffer, then whatever came after it in the chunk.
        this.buf = fill;
        this.drain();
        if (n < d.length)
            this.take(d.subarray(n));
    }
    drain() {
        while (this.queue.length > 0 || this.skip > 0) {
            if (this.skip > 0) {
                const n = Math.min(this.skip, this.buf.length);
                this.buf = this.buf.subarray(n);
                this.skip -= n;
                if (this.skip > 0)
                    return;
                continue;
            }
            const nl = this.buf.indexOf(10);
            if (nl < 0)
                return;
            const header = this.buf.subarray(0, nl).toString('utf8');
            const m = /^([0-9a-f]{40,64}) (\S+) (\d+)$/.exec(header);
            if (!m) {
                // `<request> missing` or `<request> ambiguous`.
                this.buf = this.buf.subarray(nl + 1);
                this.queue.shift().resolve(undefined);
                continue;
            }
            const size = Number(m[3]);
            const limit = this.queue[0].maxBytes;
            if (limit !== undefined && size > limit) {
                // Refused from the header alone: the object's bytes are dropped as they arrive, never gathered.
                this.buf = this.buf.subarray(nl + 1);
                this.skip = size + 1;
                this.queue.shift().reject(new ObjectTooLarge(m[1], size, limit));
                continue;
            }
            if (this.buf.length < nl + 1 + size + 1) {
                // Gathered in a buffer of its own size as the rest comes (take), starting with what is here.
                this.fill = Buffer.allocUnsafe(nl + 1 + size + 1);
                this.filled = this.buf.copy(this.fill);
                this.buf = Buffer.alloc(0);
                return;
            }
            // An object that is most of the buffer (one gathered by take) is handed on as a view of it; a small one
            // is copied out, so that it does not keep a chunk of other objects' bytes alive.
            const view = this.buf.subarray(nl + 1, nl + 1 + size);
            const data = size * 2 >= this.buf.length ? view : Buffer.from(view);
            this.buf = this.buf.subarray(nl + 1 + size + 1);
            this.queue.shift().resolve({ oid: m[1], type: m[2], data });
        }
    }
}
/**
 * Reads objects through one persistent `git cat-file --batch` process: each
 * request is a line (`<oid>`, `<rev>:<path>`, `<ref>^{commit}`), answered in
 * order. One process serves every read of a run, so reading a thousand blobs
 * costs no more spawns than reading one. close() (after a fetch added objects
 * and refs) sends later reads to a fresh process while the old one answers
 * what it was already asked: one part of a run may fetch while another reads.
 */
class ObjectReader {
    current;
    /** Processes still answering (the current one, and closed ones with reads in flight). */
    live = new Set();
    disposed = false;
    cwd;
    env;
    constructor(cwd, env = process.env) {
        this.cwd = cwd;
        this.env = env;
    }
    /**
     * Reads one object by any spec cat-file accepts; undefined when it does not
     * exist. With `maxBytes`, a larger object is refused (ObjectTooLarge) from
     * the size git announces before its bytes: they are skipped, never kept.
     */
    read(spec, maxBytes) {
        if (/[\r\n]/.test(spec))
            return Promise.resolve(undefined);
        if (this.disposed)
            return Promise.reject(new Error('git cat-file: the object reader was disposed'));
        let p = this.current;
        if (!p || p.done) {
            const fresh = new CatFileProcess(this.cwd, this.env);
            this.live.add(fresh);
            this.current = p = fresh;
        }
        const answer = p.read(spec, maxBytes);
        const proc = p;
        const settle = () => {
            if (proc.done && proc.waiting === 0)
                this.live.delete(proc);
        };
        answer.then(settle, settle);
        return answer;
    }
    /** A blob's text (UTF-8), or undefined when missing or not a blob; over `maxBytes`, ObjectTooLarge. */
    async text(spec, maxBytes) {
        const o = await this.read(spec, maxBytes);
        return o && o.type === 'blob' ? o.data.toString('utf8') : undefined;
    }
    /** The full id of the commit a ref, tag or sha names; undefined when not in the repository. */
    async commit(ref) {
        if (ref.startsWith('-'))
            return undefined;
        const o = await this.read(`${ref}^{commit}`);
        return o?.type === 'commit' ? o.oid : undefined;
    }
    /**
     * Later reads start a fresh process (one that sees what a fetch added since);
     * the reads already made are answered by the process they were sent to,
     * which then exits.
     */
    close() {
        const p = this.current;
        this.current = undefined;
        if (!p)
            return;
        p.finish();
        if (p.waiting === 0)
            this.live.delete(p);
    }
    /**
     * Stops for good: work still under way in the background (a comparison
     * after the action already failed) gets an error for each read in flight
     * and for each later one, instead of a cat-file that would keep Node alive.
     */
    dispose() {
        this.disposed = true;
        this.current = undefined;
        for (const p of this.live) {
            const n = p.waiting;
            p.abort(new Error(`git cat-file: the object reader was disposed with ${n} read${n === 1 ? '' : 's'} in flight`));
        }
        this.live.clear();
    }
}

;// CONCATENATED MODULE: ./packages/core/src/git/objects.ts


/**
 * A spawner for the repository at `cwd` (real git, hooks off) that is its
 * Repo: what the run learns of the repository is kept with it (git/repo.ts;
 * asRepo gives its typed questions).
 */
function gitSpawner(cwd, env = process.env) {
    return (0,repo/* asRepo */.lU)((0,spawn/* spawnGit */.Iz)(cwd, env));
}
/**
 * Every file of a commit's tree (`git ls-tree -r -z --full-tree`), path →
 * mode and object id. Submodules (mode 160000) are left out: they are not files.
 */
async function listTree(git, commit) {
    const out = await git(['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', commit]);
    if (out.code !== 0)
        throw new Error(`git ls-tree failed (exit ${out.code}): ${out.stderr.trim()}`);
    return parseLsTree(out.stdout.toString('utf8'));
}
/**
 * Every path of a commit's tree, its object id and which paths are symbolic
 * links, in one `git ls-tree` (mode, id and path: no object type).
 * git older than 2.36 has no `--format`: the full listing then serves.
 */
async function listPathsAndLinks(git, commit) {
    // Each record is `<mode> <id> <path>` (--format), or `<mode> <type> <id>\t<path>` (the full listing).
    let out = await git(['ls-tree', '-r', '-z', '--full-tree', '--format=%(objectmode) %(objectname) %(path)', '--end-of-options', commit]);
    let full = false;
    if (out.code !== 0) {
        out = await git(['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', commit]);
        if (out.code !== 0)
            throw new Error(`git ls-tree failed (exit ${out.code}): ${out.stderr.trim()}`);
        full = true;
    }
    const paths = new Set();
    const oids = new Map();
    const links = new Map();
    for (const rec of out.stdout.toString('utf8').split('\0')) {
        if (rec === '')
            continue;
        const end = full ? rec.indexOf('\t') : rec.indexOf(' ', rec.indexOf(' ') + 1);
        const oid = rec.slice(rec.lastIndexOf(' ', end - 1) + 1, end);
        const path = rec.slice(end + 1);
        paths.add(path);
        oids.set(path, oid);
        if (rec.startsWith('120000 '))
            links.set(path, oid);
    }
    return { paths, oids, links };
}
/** Parses `ls-tree -r -z` output (`<mode> SP <type> SP <oid> TAB <path> NUL`). */
function parseLsTree(text) {
    const files = new Map();
    for (const rec of text.split('\0')) {
        if (rec === '')
            continue;
        const tab = rec.indexOf('\t');
        const [mode, type, oid] = rec.slice(0, tab).split(' ');
        if (type !== 'blob')
            continue;
        files.set(rec.slice(tab + 1), { mode, oid });
    }
    return files;
}
/** The merge base of two commits, or undefined when none is reachable locally. */
async function mergeBase(git, a, b) {
    const r = await git(['merge-base', '--end-of-options', a, b]);
    return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
}
/**
 * The changes from the merge base of `base` and `head` to `head`, as
 * `git diff --raw base...head` lists them (what a pull request shows).
 * Undefined when git cannot compute it (a commit or the merge base missing).
 */
async function diffSinceMergeBase(git, base, head) {
    const r = await git(['diff', '--raw', '-z', '--no-renames', '--no-abbrev', '--no-ext-diff', '--no-textconv', `${base}...${head}`, '--']);
    return r.code === 0 ? parseRawDiff(r.stdout.toString('utf8')) : undefined;
}
/** Parses `--raw -z` output (`:<old mode> <new mode> <old> <new> <status> NUL <path> NUL`). */
function parseRawDiff(text) {
    const out = [];
    const parts = text.split('\0');
    for (let i = 0; i + 1 < parts.length; i += 2) {
        const meta = parts[i];
        if (!meta.startsWith(':'))
            break;
        const [oldMode, newMode, oldOid, newOid, status] = meta.slice(1).split(' ');
        out.push({ path: parts[i + 1], status, oldMode, newMode, oldOid, newOid });
    }
    return out;
}
/** The merge base's tree, rebuilt from the head tree by undoing the changes. */
function treeBefore(head, changes) {
    const base = new Map(head);
    for (const c of changes) {
        if (/^0+$/.test(c.oldOid) || c.oldMode === '000000')
            base.delete(c.path);
        else if (c.oldMode !== '160000')
            base.set(c.path, { mode: c.oldMode, oid: c.oldOid });
    }
    return base;
}
/**
 * Paths in a commit whose file is named `fileName` and contains `text`
 * (`git grep -l -F` over the tree, without reading the blobs into this
 * process). Undefined when git cannot search (e.g. the commit is missing).
 */
async function pathsContaining(git, commit, fileName, text) {
    if (commit.startsWith('-'))
        return undefined; // never let a ref be read as an option
    // --full-name: paths from the repository's top, like every other listing, even when run in a subfolder.
    const r = await git(['grep', '-l', '-z', '-F', '--full-name', '--no-color', '-e', text, commit, '--', fileName, `:(glob)**/${fileName}`]);
    if (r.code === 1)
        return [];
    if (r.code !== 0)
        return undefined;
    const prefix = `${commit}:`;
    return r.stdout
        .toString('utf8')
        .split('\0')
        .filter((p) => p !== '')
        .map((p) => (p.startsWith(prefix) ? p.slice(prefix.length) : p));
}

// EXTERNAL MODULE: ./packages/core/src/git/refs.ts
var refs = __webpack_require__(8162);
;// CONCATENATED MODULE: ./packages/core/src/git/history.ts







const FETCH_DEPTH_HINT = 'set `fetch-depth: 0` on actions/checkout (or fetch the commit before this step)';
/** The same fix from a terminal. */
const FETCH_HINT = 'fetch the commit (git fetch origin <sha>, or git fetch --unshallow in a shallow clone)';
/**
 * Resolves base and head to commits and finds their merge base. In a shallow
 * clone (actions/checkout's default `fetch-depth: 1`) it fetches a missing
 * commit by sha, and deepens history until the merge base is found; where that
 * is impossible it fails naming the commit instead of comparing against the
 * wrong tree. The base branch tip is fetched only when the local copy is
 * absent or stale (see baseTipFresh), in the same fetch as the commits. A
 * full clone whose base branch tip holds the base costs no fetch at all.
 */
async function resolveRange(spawner, reader, req) {
    // Every git call through the Repo: a fetch forgets whether the clone is shallow.
    const git = (0,repo/* asRepo */.lU)(spawner);
    const remote = req.remote ?? 'origin';
    const fetched = [];
    const tipRef = req.baseBranch !== undefined && isBranchName(req.baseBranch) ? `refs/remotes/${remote}/${req.baseBranch}` : undefined;
    let [base, head, tip] = await Promise.all([reader.commit(req.base), reader.commit(req.head), tipRef ? reader.commit(tipRef) : undefined]);
    const isShallow = () => git.isShallow();
    const stale = tipRef !== undefined && !(await baseTipFresh(git, reader, base, tip));
    if (!base || !head || stale) {
        // Each want is a refspec and, for a name, a tag refspec to try when no branch has that name.
        const wants = [];
        const add = (ref) => {
            if ((0,refs/* isCommitId */.jh)(ref))
                wants.push([ref]);
            else {
                const name = ref.replace(/^refs\/heads\//, '').replace(new RegExp(`^(refs/remotes/)?${remote}/`), '');
                if (/^[A-Za-z0-9._/-]+$/.test(name) && !name.startsWith('-'))
                    wants.push([
                        `+refs/heads/${name}:refs/remotes/${remote}/${name}`,
                        ref.startsWith('refs/heads/') ? undefined : `+refs/tags/${name}:refs/tags/${name}`,
                    ]);
            }
        };
        if (!base)
            add(req.base);
        if (!head)
            add(req.head);
        const refresh = stale ? { branch: req.baseBranch, ref: tipRef, before: tip } : undefined;
        const shallow = await isShallow();
        // In a shallow clone the side already here (the checked-out head) has no history below it, so the
        // merge base could not be found without a second fetch deepening it: it is deepened in this one.
        const present = shallow && wants.length > 0 ? (head && !base ? head : base && !head ? base : undefined) : undefined;
        const got = await fetchMissing(git, reader, remote, wants, refresh, shallow, present);
        fetched.push(...got.notes);
        const again = (ref) => reader
            .commit(ref)
            .then((c) => c ?? ((0,refs/* isCommitId */.jh)(ref) ? undefined : reader.commit(`refs/remotes/${remote}/${ref.replace(new RegExp(`^${remote}/`), '')}`)));
        [base, head] = await Promise.all([base ?? again(req.base), head ?? again(req.head)]);
        if (refresh)
            tip = got.tip;
    }
    if (!head)
        throw missing(req.headLabel, req.head);
    if (!base)
        throw missing(req.baseLabel, req.base);
    let mb = await mergeBase(git, base, head);
    if (!mb && (await isShallow())) {
        for (const step of [...spawn/* DEEPEN_STEPS */.Ej, 0]) {
            const how = step === 0 ? ['--unshallow'] : [`--deepen=${step}`];
            const r = await git([...spawn/* GIT_FETCH */.SG, '--quiet', '--no-tags', ...how, '--', remote, base, head]);
            if (r.code !== 0)
                throw new errors/* UserError */.yo(`cannot find the merge base of ${history_short(base)} and ${history_short(head)}: this is a shallow clone and fetching more history from ${remote} failed (${firstLine(r.stderr)})`, {
                    hint: FETCH_DEPTH_HINT,
                    cliHint: FETCH_HINT,
                });
            fetched.push(step === 0 ? 'fetched the full history' : `deepened history by ${step} commits`);
            mb = await mergeBase(git, base, head);
            if (mb || step === 0)
                break;
            if (!(await isShallow()))
                break;
        }
    }
    if (!mb)
        throw new errors/* UserError */.yo(`${req.baseLabel} ${history_short(base)} and ${req.headLabel} ${history_short(head)} share no history`, {
            hint: `set ${req.baseLabel} to the branch the pull request merges into`,
        });
    return { base, head, mergeBase: mb, baseTip: tip && tip !== base ? tip : undefined, fetched };
}
/**
 * Fetches what a run lacks in ONE `git fetch`: the missing commits or refs
 * (`wants`) and the base branch tip when it must be refreshed. Only when that
 * fetch fails are they fetched one by one, so the error names the input that
 * is wrong, and an unreachable origin leaves the local tip in use with a note
 * saying it may be stale. `deepen`, a commit already here, is fetched along
 * (a shallow clone's head, so the same depth reaches below it too). The object
 * reader is restarted to see what arrived.
 */
async function fetchMissing(git, reader, remote, wants, refresh, shallow, deepen) {
    const tipSpec = refresh ? `+refs/heads/${refresh.branch}:${refresh.ref}` : undefined;
    // In a shallow clone a commit comes with some history below it (to find the merge base), the tip alone with none.
    const depth = shallow ? [wants.length > 0 ? '--depth=64' : '--depth=1'] : [];
    const fetch = (specs) => git([
        '-c',
        'http.lowSpeedLimit=1000',
        '-c',
        'http.lowSpeedTime=20',
        ...spawn/* GIT_FETCH */.SG,
        '--quiet',
        '--no-tags',
        '--no-recurse-submodules',
        '--no-write-fetch-head',
        ...depth,
        '--',
        remote,
        ...specs,
    ]);
    const all = [...wants.map((w) => w[0]), ...(deepen ? [deepen] : []), ...(tipSpec ? [tipSpec] : [])];
    const got = [];
    let tipFailure;
    const first = await fetch(all);
    if (first.code === 0)
        got.push(...wants.map((w) => w[0]));
    else if (all.length === 1 && tipSpec)
        tipFailure = first.stderr;
    else {
        // One missing ref fails the whole fetch: fetch one by one, so the error names the input that is wrong.
        for (const [spec, tag] of wants) {
            if ((await fetch([spec])).code === 0)
                got.push(spec);
            else if (tag && (await fetch([tag])).code === 0)
                got.push(tag);
        }
        if (tipSpec) {
            const r = await fetch([tipSpec]);
            if (r.code !== 0)
                tipFailure = r.stderr;
        }
    }
    reader.close();
    const notes = got.length > 0 ? [`fetched ${got.map(history_short).join(', ')} from ${remote}`] : [];
    if (!refresh)
        return { notes };
    const { branch, before } = refresh;
    if (tipFailure !== undefined) {
        const where = before
            ? `compared with the local ${remote}/${branch} ${history_short(before)}, which may be stale`
            : 'the base branch tip was not compared';
        return { notes: [...notes, `could not refresh ${remote}/${branch} (${firstLine(tipFailure)}); ${where}`], tip: before };
    }
    const after = await reader.commit(refresh.ref);
    if (after && after !== before)
        notes.push(before ? `refreshed ${remote}/${branch} from ${history_short(before)} to ${history_short(after)}` : `fetched ${branch} from ${remote}`);
    return { notes, tip: after };
}
/**
 * Whether the local <remote>/<base branch> can be trusted as the base branch
 * tip: it exists and contains the pull request's base commit (the event's
 * `pull_request.base.sha`, the tip when the event was sent). actions/checkout
 * with `fetch-depth: 0` leaves it so; a reused self-hosted workspace whose
 * copy is older than the pull request's base (main moved since that copy was
 * fetched) does not, and is refreshed. A tip a few commits past the base (the
 * usual case) is found by reading its parents through the running cat-file;
 * further back, one `git merge-base --is-ancestor` answers. In a shallow clone
 * a base below the boundary reads as not contained, which costs a fetch,
 * never a wrong answer.
 */
async function baseTipFresh(git, reader, base, tip) {
    if (!base || !tip)
        return false;
    if (base === tip)
        return true;
    const seen = new Set([tip]);
    let frontier = [tip];
    for (let generation = 0; generation < NEAR_GENERATIONS && frontier.length > 0; generation++) {
        const commits = await Promise.all(frontier.map((c) => reader.read(c)));
        const next = [];
        for (const c of commits) {
            if (c?.type !== 'commit')
                continue;
            for (const parent of commitParents(c.data)) {
                if (parent === base)
                    return true;
                if (seen.has(parent))
                    continue;
                seen.add(parent);
                next.push(parent);
            }
        }
        frontier = next.slice(0, NEAR_WIDTH);
    }
    return (await git(['merge-base', '--is-ancestor', '--end-of-options', base, tip])).code === 0;
}
/** How far back from the tip (generations, and commits per generation) the base is looked for before asking git. */
const NEAR_GENERATIONS = 4;
const NEAR_WIDTH = 16;
/** The parents a raw commit object names (its `parent <sha>` header lines). */
function commitParents(data) {
    const head = data.toString('latin1', 0, Math.min(data.length, 2048));
    const parents = [];
    for (const line of head.split('\n')) {
        if (line === '')
            break;
        if (line.startsWith('parent '))
            parents.push(line.slice(7));
    }
    return parents;
}
function isBranchName(branch) {
    return /^[A-Za-z0-9._/-]+$/.test(branch) && !branch.startsWith('-') && !branch.includes('..');
}
function missing(label, ref) {
    const what = (0,refs/* isCommitId */.jh)(ref) ? `commit ${ref}` : `ref '${ref}'`;
    return new errors/* UserError */.yo(`: ${what} does not exist in this repository or on origin`, {
        input: label,
        hint: (0,refs/* isCommitId */.jh)(ref) ? FETCH_DEPTH_HINT : `set '${label}' to an existing branch, tag or commit`,
        cliHint: (0,refs/* isCommitId */.jh)(ref) ? FETCH_HINT : `pass --${label} with an existing branch, tag or commit`,
    });
}
function history_short(ref) {
    return (0,refs/* isCommitId */.jh)(ref) ? ref.slice(0, 12) : ref.replace(/^\+?refs\/(?:heads|tags)\/([^:]+):.*$/, '$1');
}
function firstLine(s) {
    return s.trim().split('\n')[0] || 'no output';
}
/**
 * Resolves the range and lists what changed with as few processes as
 * possible: in a clone that has both commits, three git processes run side by
 * side (object lookups, `git diff --raw base...head`, `git ls-tree
 * --name-only` of head), next to the check that the local base branch tip
 * holds the base (when there is a base branch). Nothing is fetched then. A
 * tip that is absent or stale is fetched; anything else missing falls back to
 * resolveRange, which fetches it and the tip in one fetch, and then the same
 * two listings run again.
 */
async function loadComparison(git, reader, req) {
    for (const [label, ref] of [
        [req.baseLabel, req.base],
        [req.headLabel, req.head],
    ]) {
        if (ref.startsWith('-') || /[\s\0]/.test(ref) || ref.includes('..'))
            throw new errors/* UserError */.yo(`: '${ref}' is not a ref or commit`, { input: label, hint: 'use a branch, tag or commit sha' });
    }
    const remote = req.remote ?? 'origin';
    const branch = req.baseBranch !== undefined && isBranchName(req.baseBranch) ? req.baseBranch : undefined;
    const tipRef = branch ? `refs/remotes/${remote}/${branch}` : undefined;
    // The base branch tip only counts when it holds the pull request's base: on a reused self-hosted
    // workspace the local origin/<base> may be weeks old (actions/checkout only fetches the pull request's ref).
    const baseCommit = reader.commit(req.base);
    const tipCommit = tipRef ? reader.commit(tipRef) : Promise.resolve(undefined);
    const fresh = tipRef ? Promise.all([baseCommit, tipCommit]).then(([b, t]) => baseTipFresh(git, reader, b, t)) : Promise.resolve(true);
    const [base, head, changes, headPaths, tip, tipFresh] = await Promise.all([
        baseCommit,
        reader.commit(req.head),
        diffSinceMergeBase(git, req.base, req.head),
        listPathsAndLinks(git, req.head).catch(() => undefined),
        tipCommit,
        fresh,
    ]);
    if (base && head && changes && headPaths) {
        let baseTip = tip;
        const fetched = [];
        if (!tipFresh) {
            // Only the tip is absent or stale: it alone is fetched.
            const shallow = await (0,repo/* asRepo */.lU)(git).isShallow();
            const got = await fetchMissing(git, reader, remote, [], { branch: branch, ref: tipRef, before: tip }, shallow);
            baseTip = got.tip;
            fetched.push(...got.notes);
        }
        return {
            range: { base, head, baseTip: baseTip && baseTip !== base ? baseTip : undefined, fetched },
            headPaths: headPaths.paths,
            headOids: headPaths.oids,
            headLinks: headPaths.links,
            changes,
        };
    }
    const range = await resolveRange(git, reader, { ...req, baseBranch: branch });
    const [diff, listing] = await Promise.all([diffSinceMergeBase(git, range.mergeBase, range.head), listPathsAndLinks(git, range.head)]);
    if (!diff)
        throw new Error(`git diff ${range.mergeBase}...${range.head} failed`);
    return { range, headPaths: listing.paths, headOids: listing.oids, headLinks: listing.links, changes: diff };
}
/**
 * Builds both sides from a comparison without listing the merge base's
 * tree: its paths are the head's with the changes undone, and its files are
 * read by the blob ids the diff names (or from head where unchanged).
 */
function treeSides(reader, head, headPaths, changes, headOids) {
    const base = new Set(headPaths);
    const byPath = new Map();
    for (const c of changes) {
        byPath.set(c.path, c);
        const existed = !/^0+$/.test(c.oldOid) && c.oldMode !== '000000' && c.oldMode !== '160000';
        if (existed)
            base.add(c.path);
        else
            base.delete(c.path);
    }
    return {
        base,
        head: headPaths,
        changed: [...byPath.keys()],
        readFile(side, path) {
            const c = byPath.get(path);
            const read = (spec) => reader.text(spec, MAX_CHART_FILE_BYTES).catch((e) => {
                throw e instanceof ObjectTooLarge ? tooLarge(path, e.size) : e;
            });
            if (side === 'base' && c)
                return base.has(path) ? read(c.oldOid) : Promise.resolve(undefined);
            return headPaths.has(path) ? read(headOids?.get(path) ?? `${head}:${path}`) : Promise.resolve(undefined);
        },
    };
}
/**
 * The largest chart file the check reads: Helm's own limit (MaxDecompressedFileSize, 5 MiB), so a
 * file lockstep refuses is one `helm package` and `helm install` refuse too. The size comes from
 * git's object header: a 100 MB blob is refused without being loaded.
 */
const MAX_CHART_FILE_BYTES = 5 * 1024 * 1024;
function tooLarge(path, size) {
    return new errors/* UserError */.yo(`the file is ${(size / (1024 * 1024)).toFixed(1)} MiB; Helm refuses chart files over 5 MiB, so lockstep does not read it`, {
        file: path,
        hint: 'keep the file under 5 MiB',
    });
}
/** How many links one path may pass through before it counts as a loop (Linux gives up at 40). */
const MAX_LINK_HOPS = 40;
/**
 * Makes the two sides see through symbolic links inside the repository, as
 * Helm's loader does when it packages a chart: a link's content is its
 * target's, a change to the target is a change of every path that reaches it
 * through a link (a values file linked to a shared one, a linked templates
 * folder), and a link that leaves the repository is refused when read — the
 * check could not see what `helm package` would pack. Without links (the usual
 * case) the sides are returned as they are.
 */
async function followLinks(reader, sides, headLinks, changes) {
    const baseLinks = new Map(headLinks);
    for (const c of changes) {
        if (c.oldMode === '120000')
            baseLinks.set(c.path, c.oldOid);
        else
            baseLinks.delete(c.path);
    }
    if (headLinks.size === 0 && baseLinks.size === 0)
        return sides;
    const load = async (links) => new Map(await Promise.all([...links].map(async ([path, spec]) => [path, (await reader.text(spec, 4096).catch(() => '/')) ?? ''])));
    const [headTargets, baseTargets] = await Promise.all([load(headLinks), load(baseLinks)]);
    const targets = { head: headTargets, base: baseTargets };
    /** Where a path really is on one side: each link on the way replaced by its target. */
    const resolve = (side, path) => {
        const links = targets[side];
        let p = path;
        for (let hop = 0; hop <= MAX_LINK_HOPS; hop++) {
            const parts = p.split('/');
            let k = 1;
            for (; k <= parts.length; k++)
                if (links.has(parts.slice(0, k).join('/')))
                    break;
            if (k > parts.length)
                return { path: p };
            const link = parts.slice(0, k).join('/');
            const target = links.get(link);
            const joined = target.startsWith('/') ? undefined : external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(link), target));
            if (joined === undefined || joined === '..' || joined.startsWith('../'))
                return { escapes: link, target };
            p = [joined === '.' ? '' : joined, ...parts.slice(k)].filter((x) => x !== '').join('/');
        }
        throw new errors/* UserError */.yo(`${path} passes through more than ${MAX_LINK_HOPS} symbolic links (a loop)`, {
            file: path,
            hint: 'point each link at a real file',
        });
    };
    // Every path a link makes reachable, per side: the link itself for a file, each file below for a folder.
    const headPaths = new Set(sides.head);
    const basePaths = new Set(sides.base);
    const reach = (side, paths, real, linkPaths, into) => {
        for (const link of linkPaths) {
            const r = resolve(side, link);
            if (!('path' in r))
                continue;
            into.set(link, r.path);
            const folder = `${r.path}/`;
            for (const p of real)
                if (p.startsWith(folder)) {
                    const via = `${link}/${p.slice(folder.length)}`;
                    paths.add(via);
                    into.set(via, p);
                }
        }
    };
    const headVia = new Map();
    const baseVia = new Map();
    reach('head', headPaths, sides.head, headTargets.keys(), headVia);
    reach('base', basePaths, sides.base, baseTargets.keys(), baseVia);
    // A path reached through a link changed when what it reaches changed on either side.
    const changedReal = new Set(sides.changed);
    const changed = new Set(sides.changed);
    for (const via of [headVia, baseVia])
        for (const [path, real] of via)
            if (changedReal.has(real) || headVia.get(path) !== baseVia.get(path))
                changed.add(path);
    return {
        base: basePaths,
        head: headPaths,
        changed: [...changed],
        readFile(side, path) {
            const r = resolve(side, path);
            if (!('path' in r))
                return Promise.reject(new errors/* UserError */.yo(`${r.escapes} is a symbolic link to ${r.target}, outside the repository: helm package would pack a file this check cannot see`, {
                    file: r.escapes,
                    hint: 'replace the link with the file, or point it inside the repository',
                }));
            return sides.readFile(side, r.path);
        },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/git/local-repo.ts



// What a repository on a user's disk is, for the faces that run outside a runner's checkout (the
// CLI), and for the unusual repositories an action can meet: is there a remote, which branch is
// the local default, and why HEAD names no commit (no commit yet, an unborn branch, a bare repository).
const BRANCH = /^(?!-)[A-Za-z0-9._/-]+$/;
/** Whether the repository has a remote named `remote` (default origin), as it is now (not remembered from earlier). */
async function hasRemote(git, remote = 'origin') {
    return (await asRepo(git).remoteUrl(remote, true)) !== undefined;
}
/** The branch HEAD is on (even one with no commit yet), or undefined on a detached HEAD. */
async function currentBranch(git) {
    return (await (0,spawn/* gitTry */.W_)(git, ['symbolic-ref', '--quiet', '--short', 'HEAD'])) || undefined;
}
/**
 * The local default branch: `init.defaultBranch` when that branch exists,
 * else `main`, else `master`; undefined when none of them has a commit.
 */
async function localDefaultBranch(git) {
    const configured = await gitTry(git, ['config', '--get', 'init.defaultBranch']);
    for (const b of [configured, 'main', 'master']) {
        if (!b || !BRANCH.test(b))
            continue;
        if (await gitTry(git, ['rev-parse', '--verify', '--quiet', `refs/heads/${b}^{commit}`]))
            return b;
    }
    return undefined;
}
/** The default branch origin names (origin/HEAD, else what `ls-remote` says its HEAD is), or undefined. */
async function remoteDefaultBranch(git, remote = 'origin') {
    const fromSym = await remoteHeadRef(git, remote);
    if (fromSym && BRANCH.test(fromSym))
        return fromSym;
    const head = await asRepo(git).remoteHead(remote, true);
    return head && BRANCH.test(head) ? head : undefined;
}
/** The last tag reachable from `commit` (`git describe --tags`), or '' when there is none. */
async function lastTagOn(git, commit) {
    return (await gitTry(git, ['describe', '--tags', '--abbrev=0', commit])) ?? '';
}
/**
 * HEAD's commit, whether the clone is shallow and where the working directory
 * is in the repository, from one git start instead of three (each start
 * blocks the run for a few ms, before the walk of the commits can begin).
 */
async function headFacts(git) {
    const r = await git(['rev-parse', '--is-shallow-repository', '--show-prefix', '--verify', '--quiet', 'HEAD^{commit}']);
    // Printed in the order asked: true or false, the prefix (an empty line at the top; a folder name may hold a
    // newline), then HEAD's commit when it names one (exit 0).
    const text = r.stdout.toString('utf8');
    const lines = (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');
    const sha = r.code === 0 && lines.length >= 3 ? lines.pop() : undefined;
    const shallow = lines.shift() === 'true';
    asRepo(git).noteShallow(shallow);
    return { head: sha && /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined, shallow, prefix: lines.join('\n') };
}
/** HEAD's commit, or undefined when HEAD names none (headProblem says why). */
async function headCommit(git) {
    return (await (0,spawn/* gitTry */.W_)(git, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])) || undefined;
}
/**
 * Why HEAD names no commit, as a user error saying what is wrong with the
 * repository (no commit yet, an unborn branch, a bare repository); undefined
 * when HEAD is a commit. `consequence` starts the hint (e.g. "nothing to release").
 */
async function headProblem(git, consequence) {
    if (await headCommit(git))
        return undefined;
    const then = (fix) => (consequence ? `${consequence}: ${fix}` : fix);
    if ((await (0,spawn/* gitTry */.W_)(git, ['rev-parse', '--is-bare-repository'])) === 'true')
        return new errors/* UserError */.yo('the repository is bare (it has no work tree)', {
            hint: then('run in a clone that has a work tree (git clone <path>)'),
        });
    const branch = await currentBranch(git);
    if (!(await (0,spawn/* gitTry */.W_)(git, ['rev-list', '--max-count=1', '--all'])))
        return new errors/* UserError */.yo('the repository has no commit yet', { hint: then('commit the files first (git add, then git commit)') });
    return new errors/* UserError */.yo(`the branch ${branch ?? 'HEAD'} has no commit yet`, {
        hint: then('commit on it first, or switch to a branch that has commits (git switch <branch>)'),
    });
}
/** The branch `refs/remotes/<remote>/HEAD` names (as git stores it, unchecked), or undefined when it is not set. */
async function remoteHeadRef(git, remote = 'origin') {
    const sym = await gitTry(git, ['symbolic-ref', '--quiet', '--', `refs/remotes/${remote}/HEAD`]);
    return sym?.replace(`refs/remotes/${remote}/`, '');
}
/** The top folder of the repository `git` runs in, or undefined outside one. */
function topLevel(git) {
    return gitTry(git, ['rev-parse', '--show-toplevel']);
}
/** The working directory's path inside the repository ('' at its top, else `sub/dir/`); throws outside one. */
async function pathPrefix(git) {
    return (await gitText(git, ['rev-parse', '--show-prefix'])).trim();
}
/** pathPrefix, or '' when git cannot tell. */
async function pathPrefixOrTop(git) {
    return (await (0,spawn/* gitTry */.W_)(git, ['rev-parse', '--show-prefix'])) ?? '';
}
/** HEAD's abbreviated commit id, or undefined when HEAD names no commit. */
function shortHeadCommit(git) {
    return gitTry(git, ['rev-parse', '--short', '--verify', '--quiet', 'HEAD^{commit}']);
}
/** Makes the empty folder `git` runs in a bare repository whose origin is `url`. */
async function initBareWithOrigin(git, url) {
    for (const args of [
        ['init', '--quiet', '--bare'],
        ['remote', 'add', '--', 'origin', url],
    ]) {
        const r = await git(args);
        if (r.code !== 0)
            throw new Error(`git ${args[0]} failed: ${r.stderr.trim()}`);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/git/contains.ts

// Its own file: only the check uses it, so the other bundles that carry git/objects.ts stay as they are.
/**
 * Which of `paths` (files of `commit`) contain `text`, read through the
 * running cat-file instead of a `git grep` process: the answer `pathsContaining`
 * gives for the same files. Each is read by its object id where `oids` has it
 * (by `<commit>:<path>`, a walk from the commit for each file, otherwise).
 * Undefined when a file is over `maxBytes` (then only git can search it
 * without loading it).
 */
async function blobsContaining(reader, commit, paths, text, maxBytes, oids) {
    const needle = Buffer.from(text, 'utf8');
    try {
        const blobs = await Promise.all(paths.map((p) => reader.read(oids?.get(p) ?? `${commit}:${p}`, maxBytes)));
        return paths.filter((_, i) => blobs[i]?.type === 'blob' && blobs[i].data.includes(needle));
    }
    catch (e) {
        if (e instanceof ObjectTooLarge)
            return undefined;
        throw e;
    }
}

// EXTERNAL MODULE: ./packages/core/src/deploy/fleet.ts + 1 modules
var fleet = __webpack_require__(5137);
// EXTERNAL MODULE: ./packages/core/src/charts/selection.ts + 1 modules
var selection = __webpack_require__(5479);
// EXTERNAL MODULE: ./packages/core/src/settings/read.ts + 1 modules
var read = __webpack_require__(1547);
// EXTERNAL MODULE: ./packages/core/src/settings/table-check.ts
var table_check = __webpack_require__(8302);
// EXTERNAL MODULE: ./packages/core/src/deploy/kind.ts + 5 modules
var kind = __webpack_require__(9032);
;// CONCATENATED MODULE: ./packages/core/src/operations/check/targets.ts
// What the check applies, from the request and the base's config: the chart
// patterns (the one meaning of charts), the environments' values files and
// overlays (protected or not), the protected Applications, the deployment
// state kept in chart folders, and the rules. Each target remembers its input
// or config line, so one that matches nothing is reported there.







/**
 * The request and the config merged into what the check applies: chart
 * patterns, environment values files, globs, ignore and the rules. Each
 * target remembers its input or config line, so one that matches nothing is
 * reported there. git names paths from the repository's top; patterns and
 * config paths are relative to working-directory (`prefix` below the top).
 */
function checkTargets(req, root, prefix, config, lineIn) {
    const fromInput = req.charts.length > 0;
    const given = fromInput ? req.charts : (config?.charts ?? []);
    const settings = (0,read/* settingsFor */.zc)(table_check/* CHECK */.f, req, config);
    for (const p of [...given, ...(config?.chartsIgnore ?? [])])
        (0,workspace/* resolveInside */.LI)(root, literalPrefix(p), 'charts');
    const inRepo = (p) => (prefix ? external_node_path_.posix.join(prefix, p.trim().replace(/\\/g, '/')) : p);
    const configFile = config?.file ? inRepo(config.file) : undefined;
    const fromConfig = (path, key) => ({
        key,
        file: configFile,
        line: config && lineIn ? lineIn(config, path) : undefined,
    });
    const here = prefix ? prefix.replace(/\/+$/, '') : '.';
    // The one meaning of charts (charts/selection.ts): the input, else the config's — absent: every chart
    // under the working directory; `[]`: none, said once as file:line; else its entries, each at its line.
    const lineOf = (path) => (config && lineIn ? lineIn(config, path) : undefined);
    const choice = (0,selection/* chartChoice */.SA)(req.charts, config ? { ...config, file: configFile } : undefined, lineOf);
    const noChartsAt = choice.kind === 'none' ? (0,selection/* whereOf */.de)(choice.at) : undefined;
    const asTargets = (entries) => entries.map((e) => ({ ...e, pattern: inRepo(e.pattern), written: e.pattern }));
    const charts = choice.kind === 'patterns'
        ? asTargets(choice.entries)
        : choice.kind === 'every'
            ? [{ pattern: here, written: here, input: 'working-directory' }]
            : [];
    const chartsIgnore = asTargets((0,selection/* ignoredEntries */.Ts)(config ? { ...config, file: configFile } : undefined, lineOf));
    const environments = (config?.environments ?? []).flatMap((e, i) => e.values === undefined
        ? []
        : [
            {
                protected: e.protected,
                target: {
                    pattern: inRepo(e.values),
                    written: e.values,
                    ...fromConfig(['environments', i, 'values'], `environments[${i}].values`),
                },
            },
        ]);
    // Environments' overlays: each must hold a kustomization; a protected one's images: entries all by digest, at its file:line.
    const overlays = (config?.environments ?? []).flatMap((e, i) => {
        const overlay = (0,kind/* deploymentOf */.PE)(e)?.overlay;
        return overlay !== undefined
            ? [
                {
                    pattern: inRepo(overlay),
                    written: overlay,
                    ...fromConfig(['environments', i, 'kustomization'], `environments[${i}].kustomization`),
                    protected: e.protected,
                },
            ]
            : [];
    });
    const targetOf = ({ protected: _, ...t }) => t;
    const protectedOverlays = overlays.filter((o) => o.protected).map(targetOf);
    const configuredOverlays = overlays.filter((o) => !o.protected).map(targetOf);
    return {
        charts,
        noCharts: noChartsAt !== undefined,
        noChartsAt,
        // charts: named by neither the input nor the config: a repository of overlays or values files only (or one adopting
        // lockstep, whose base has no config yet) needs no `charts: []`; a chart folder there is checked as ever.
        ...(choice.kind === 'every' ? { chartsOptional: true } : {}),
        ...(chartsIgnore.length > 0 ? { chartsIgnore } : {}),
        ...(config?.charts !== undefined ? { chartsAt: { file: configFile, line: lineOf(['charts']) } } : {}),
        // An environment's values file inside a chart folder is deployment state: its changes need no chart bump.
        deploymentState: environments.map((e) => e.target.pattern),
        // An environment of many apps (deploy/fleet.ts) names its values files with a glob: a glob target, which must match.
        protectedFiles: environments.filter((e) => e.protected && !(0,fleet/* isPattern */.Pt)(e.target.written)).map((e) => e.target),
        configuredFiles: environments.filter((e) => !e.protected && !(0,fleet/* isPattern */.Pt)(e.target.written)).map((e) => e.target),
        protectedGlobs: [
            ...req.protectedGlobs.map((g) => ({ pattern: inRepo(g), written: g, input: 'protected-values' })),
            ...environments.filter((e) => e.protected && (0,fleet/* isPattern */.Pt)(e.target.written)).map((e) => e.target),
        ],
        ...(environments.some((e) => !e.protected && (0,fleet/* isPattern */.Pt)(e.target.written))
            ? { configuredGlobs: environments.filter((e) => !e.protected && (0,fleet/* isPattern */.Pt)(e.target.written)).map((e) => e.target) }
            : {}),
        ...(protectedOverlays.length > 0 ? { protectedOverlays } : {}),
        ...(configuredOverlays.length > 0 ? { configuredOverlays } : {}),
        ...protectedApplicationTargets(req, config, inRepo, fromConfig),
        prefix,
        // Input > config > the table's default, as every operation decides it (settings/read.ts).
        ignore: settings.ignore,
        breaking: req.breaking,
        changelog: settings.changelog,
    };
}
/**
 * The Application files whose chart versions must be exact: each protected
 * environment's `application:` (its file, without `#name`), and the
 * protected-applications globs.
 */
function protectedApplicationTargets(req, config, inRepo, fromConfig) {
    const files = (config?.environments ?? []).flatMap((e, i) => {
        const application = (0,kind/* deploymentOf */.PE)(e)?.application;
        if (!e.protected || !application)
            return [];
        const { file } = application;
        return [{ pattern: inRepo(file), written: file, ...fromConfig(['environments', i, 'application'], `environments[${i}].application`) }];
    });
    // A protected environment of many Applications (deploy/fleet.ts) guards each file its glob names.
    const globs = [
        ...(req.protectedApplications ?? []).map((g) => ({ pattern: inRepo(g), written: g, input: 'protected-applications' })),
        ...files.filter((f) => (0,fleet/* isPattern */.Pt)(f.written)),
    ];
    files.splice(0, files.length, ...files.filter((f) => !(0,fleet/* isPattern */.Pt)(f.written)));
    return {
        ...(files.length > 0 ? { protectedApplications: files } : {}),
        ...(globs.length > 0 ? { protectedApplicationGlobs: globs } : {}),
    };
}
/** The folder part of a glob before its first wildcard (`charts/*` → `charts`). */
function literalPrefix(pattern) {
    const parts = pattern.trim().replace(/\\/g, '/').split('/');
    const i = parts.findIndex((s) => /[*?[\]{}!()]/.test(s));
    return (i < 0 ? parts : parts.slice(0, i)).join('/') || '.';
}

// EXTERNAL MODULE: ./packages/core/src/git/commits.ts
var commits = __webpack_require__(3852);
// EXTERNAL MODULE: ./packages/core/src/operations/check/contract.ts + 1 modules
var check_contract = __webpack_require__(202);
;// CONCATENATED MODULE: ./packages/core/src/operations/check/lazy.ts
// The check's heavy modules, each behind a named getter and loaded on first use: run.ts starts git
// first and asks for these while git works. The one place the check's run imports dynamically
// (index.ts loads the run and the views); the functions it calls take what these give, never a module.
/** The chart-bump rules (YAML, SemVer, globs): checks/chart-bump.ts. */
const chartBumpRules = () => __webpack_require__.e(/* import() */ 702).then(__webpack_require__.bind(__webpack_require__, 7702));
/** The config loader and its JSON Schema validator, only when there is a config to read. */
const configLoader = () => __webpack_require__.e(/* import() */ 200).then(__webpack_require__.bind(__webpack_require__, 6200));
/** Rendered manifest diffs (Helm), only when render is not off. */
const renderer = () => Promise.all(/* import() */[__webpack_require__.e(382), __webpack_require__.e(200), __webpack_require__.e(131), __webpack_require__.e(720)]).then(__webpack_require__.bind(__webpack_require__, 1720));
/** Every check a command runs on the config alone, only when a pull request changes the config. */
const configChecks = () => Promise.all(/* import() */[__webpack_require__.e(200), __webpack_require__.e(530)]).then(__webpack_require__.bind(__webpack_require__, 1530));
/** The promotion gates' checks of the config besides, only when a pull request changes the config. */
const gateConfigChecks = () => Promise.all(/* import() */[__webpack_require__.e(382), __webpack_require__.e(200), __webpack_require__.e(131), __webpack_require__.e(742)]).then(__webpack_require__.bind(__webpack_require__, 2742));
/** Schema validation of the rendered environments, with render (the Kubernetes schemas load on the first object). */
const validator = () => Promise.all(/* import() */[__webpack_require__.e(382), __webpack_require__.e(200), __webpack_require__.e(131), __webpack_require__.e(97)]).then(__webpack_require__.bind(__webpack_require__, 2097));
/** The values contract of the rendered environments (the Go template reader), with render. */
const contractReader = () => Promise.all(/* import() */[__webpack_require__.e(382), __webpack_require__.e(871), __webpack_require__.e(828), __webpack_require__.e(343)]).then(__webpack_require__.bind(__webpack_require__, 6343));
/** The chart registry's published versions, only with a chart-registry in the base's config. */
const publishedCharts = () => __webpack_require__.e(/* import() */ 827).then(__webpack_require__.bind(__webpack_require__, 6827));
/** The merge queue's entry base and who took a version (operations/check/queue.ts), only when the event or a refusal asks. */
const mergeQueue = () => __webpack_require__.e(/* import() */ 352).then(__webpack_require__.bind(__webpack_require__, 352));
/** The registries' HTTP transport, with publishedCharts. */
const registryHttp = () => Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 6291));
/** The puller of a Flux HelmRelease's remote chart (render-flux.ts). */
const remoteChart = () => __webpack_require__.e(/* import() */ 577).then(__webpack_require__.bind(__webpack_require__, 9577));

;// CONCATENATED MODULE: ./packages/core/src/operations/check/rendered.ts
// The check's rendered guards: the changed charts and the environments whose inputs changed, rendered base vs
// head per environment (render.ts, loaded only when there is something to render), schema-validated and judged
// by the values contract; an environment of many apps (deploy/fleet.ts) rendered app by app.










/** The largest file of a chart read for rendering: a pull request's chart is untrusted. */
const MAX_RENDERED_FILE_BYTES = 4 * 1024 * 1024;
/**
 * The changed charts rendered per environment, base (the merge base) vs head
 * (operations/check/render.ts; loaded only when the mode is not off).
 */
async function renderedOf(req, s, d, plan, world, problems, contracted) {
    const mode = (0,read/* settingsFor */.zc)(table_check/* CHECK */.f, req, d.configs.base).render;
    // An environment of many apps (deploy/fleet.ts) is rendered and judged app by app, each as its own environment.
    const atHead = (path) => s.reader.text(`${d.range.head}:${path}`, MAX_RENDERED_FILE_BYTES).catch(() => undefined);
    const config = d.configs.base && (await fleetConfig(d.configs.base, d.headPaths, d.prefix, atHead));
    // Nothing to render without an environment to render for, or without a changed chart at the head
    // where no environment is a Kustomize overlay (overlays are rendered when what they build changed, in
    // repositories with no chart as well) and no values environment's inputs changed (render-inputs.ts):
    // the renderer (Helm, the diff library, SemVer) is then never loaded.
    const environments = config?.environments ?? [];
    // A Flux environment renders when its HelmRelease or Kustomization changes, as an overlay does; a values
    // environment when its values file, its Application or a file they read changes (render-inputs.ts decides
    // which): never unless the pull request changes a YAML or JSON file (a chart's own files count as the chart).
    const valuesMayChange = d.changes.some((c) => /\.(ya?ml|json)$/i.test(c.path));
    // An overlay, a Flux Kustomization or a HelmRelease reads files of its own, which any change may touch.
    const overlays = environments.some((e) => {
        const d = (0,kind/* deploymentOf */.PE)(e);
        return d?.build !== undefined || d?.release !== undefined || (e.values !== undefined && valuesMayChange);
    });
    if (environments.length === 0 || (!overlays && plan.charts.every((c) => c.head === null)))
        return undefined;
    // With the render off, the values contract still reads what the pull request touches (render.ts renders nothing then).
    if (mode === 'off' && environments.every((e) => (0,read/* settingsFor */.zc)(table_check/* CHECK */.f, req, config, { environment: e.name }).valuesContract === 'off'))
        return undefined;
    const [{ renderChecks }, { CheckValidation, crdFiles }, { environmentContract }] = await Promise.all([
        renderer(),
        validator(),
        contractReader(),
    ]);
    const inRepo = (p) => (d.prefix ? external_node_path_.posix.join(d.prefix, p.trim().replace(/\\/g, '/')) : p);
    const reader = {
        async list(commit, dir) {
            return (0,commits/* pathsUnder */.pR)(s.git, commit, dir);
        },
        read: (commit, path) => s.reader.text(`${commit}:${path}`, MAX_RENDERED_FILE_BYTES).catch((e) => {
            if (e instanceof ObjectTooLarge)
                return undefined;
            throw e;
        }),
    };
    if (!config)
        return undefined;
    // The config's crds: globs are read at the head, relative to the working directory as every path of the config.
    const head = d.range.head;
    const validation = new CheckValidation(config, req.validate, async (globs, where) => crdFiles(globs.map(inRepo), (await reader.list(head, d.prefix || '.')) ?? [], (p) => reader.read(head, p), where));
    const contract = new check_contract/* CheckContract */.p(config, req.valuesContract, environmentContract);
    // A Flux HelmRelease whose chart is only in a registry or https repository is rendered with it pulled (remote-chart.ts).
    const remote = mode !== 'off' && environments.some((e) => (0,kind/* deploymentOf */.PE)(e)?.release) ? await remoteChartsOf(world) : undefined;
    try {
        const rendered = await renderChecks(mode, config, plan.charts, { base: d.range.mergeBase ?? d.range.base, head }, reader, world.env, inRepo, validation, { changed: new Set(d.changes.map((c) => c.path)), headPaths: d.headPaths }, remote, contract);
        problems.push(...validation.problems);
        contracted.problems.push(...contract.problems);
        contracted.sections.push(...contract.sections);
        if (!rendered || !rendered.rendered.some((r) => !r.noHelm))
            return rendered;
        // What was not run, said: an environment is rendered when a changed chart, its values, its Application or its
        // overlay's inputs reach it; the rest could not change (`prod (api)`: prod, one of several changed charts).
        const ran = new Set(rendered.rendered.map((r) => r.environment.replace(/ \([^()]*\)$/, '')));
        const notRendered = environments.map((e) => e.name).filter((n) => !ran.has(n));
        return notRendered.length > 0 ? { ...rendered, notRendered } : rendered;
    }
    finally {
        remote?.close();
    }
}
/** The puller of remote Flux charts (loaded only when an environment is a HelmRelease). */
async function remoteChartsOf(world) {
    const [{ remoteCharts }, { nodeTransport }] = await Promise.all([remoteChart(), registryHttp()]);
    return remoteCharts({
        transport: (world.services.http ?? nodeTransport)(),
        env: world.env,
        home: world.env.HOME || (0,external_node_os_.homedir)(),
        secret: world.secret,
        clock: world.clock,
        retry: world.services.retry,
        log: (line) => world.reporter.debug(line),
    });
}
/** The base's config with each environment of many apps replaced by its apps at the head (deploy/fleet.ts expandFleets). */
async function fleetConfig(config, headPaths, prefix, read) {
    if (!config.environments.some(fleet/* isFleet */.xP))
        return config;
    const inRepo = (p) => (prefix ? external_node_path_.posix.join(prefix, p.trim().replace(/\\/g, '/')) : p);
    const fromRepo = (p) => prefix && p.startsWith(`${prefix.replace(/\/+$/, '')}/`) ? p.slice(prefix.replace(/\/+$/, '').length + 1) : p;
    const paths = await (0,fleet/* withDocuments */.rN)(config.environments, [...headPaths], read, inRepo);
    return { ...config, environments: (0,fleet/* expandFleets */.wR)(config.environments, paths, { file: config.file, inRepo, fromRepo }) };
}

// EXTERNAL MODULE: ./packages/core/src/config/names.ts
var names = __webpack_require__(6744);
;// CONCATENATED MODULE: ./packages/core/src/operations/check/configs.ts
// The config a check applies and the one a pull request brings: read from git at the base and the head commit
// (the base's rules apply, as CODEOWNERS does), the key files it names read at the head, and what the pull
// request's own config would decide, said and never enforced.







const DEFAULT_CONFIG = '.github/lockstep.yml';
/** The largest config file read from git: far above any real one, and never a reason to read a huge blob. */
const MAX_CONFIG_BYTES = 1024 * 1024;
/**
 * Reads the config file at the base and at the head commit. The base's rules
 * are applied; a head whose file differs is parsed too (its errors become a
 * note, never the check's failure) so the summary can say what it would decide.
 */
async function readConfigs(req, s, range, prefix, changes) {
    const rel = req.config?.trim() || DEFAULT_CONFIG;
    const explicit = rel !== DEFAULT_CONFIG;
    (0,workspace/* resolveInside */.LI)(s.root, rel, 'config');
    const repoPath = external_node_path_.posix.normalize(external_node_path_.posix.join(prefix, rel.replace(/\\/g, '/')));
    const read = (commit) => s.reader.text(`${commit}:${repoPath}`, MAX_CONFIG_BYTES).catch((e) => {
        if (e instanceof ObjectTooLarge)
            throw new errors/* UserError */.yo(`config ${rel} is ${e.size} bytes; a config file is at most 1 MiB`, {
                file: repoPath,
                hint: 'shorten the file',
            });
        throw e;
    });
    const [baseText, headText] = await Promise.all([read(range.base), read(range.head)]);
    if (baseText === undefined && headText === undefined) {
        // .yml for .yaml and back: the one that exists is most likely the one meant, never silently ignored.
        const other = (0,names/* otherConfigExtension */.q)(rel);
        if (other !== undefined && (await s.reader.read(`${range.base}:${external_node_path_.posix.normalize(external_node_path_.posix.join(prefix, other))}`)))
            throw (0,names/* siblingConfigError */.R)(rel, other, ' at the base commit');
        if (explicit)
            throw new errors/* UserError */.yo(`config file ${rel} does not exist at the base or the head commit`, {
                hint: (0,errors/* words */.aL) `fix ${(0,errors/* theInput */.y8)('config')} or create the file`,
            });
        return {};
    }
    // The config loader (and its JSON Schema validator) is loaded only when there is a config to read.
    const module = await configLoader();
    let base;
    if (baseText !== undefined) {
        try {
            base = module.parseConfigText(baseText, rel);
        }
        catch (e) {
            // The base's own config is broken: fail closed, saying where the fix must land.
            if (!(e instanceof errors/* UserError */.yo))
                throw e;
            const why = `this check reads the config from the base commit ${range.base.slice(0, 12)}, so the fix must land there first`;
            throw new errors/* UserError */.yo(e.message, { file: e.file, line: e.line, col: e.col, hint: e.hint ? `${e.hint}; ${why}` : why });
        }
    }
    const files = headFiles(s, range.head, prefix);
    if (headText === baseText) {
        // The config stands, but a key file it names may change: read as the pull request leaves it.
        const named = new Set(keyPaths(base).map((p) => external_node_path_.posix.normalize(external_node_path_.posix.join(prefix, p))));
        if (!changes.some((c) => named.has(c.path)))
            return { base, configLine: module.configLine };
        const { verifyKeys } = await configChecks();
        const problems = (await verifyKeys(base, files)).map(problem/* fromUserError */.ET);
        return { base, configLine: module.configLine, ...(problems.length > 0 ? { problems } : {}) };
    }
    const change = { file: repoPath, ...(baseText === undefined ? { added: true } : {}) };
    let problems;
    if (headText === undefined)
        change.deleted = true;
    else {
        try {
            // Every check a command runs on the config alone (settings/validate.ts) and the promotion gates' (an after:
            // naming no environment), the key files it names read at the head: what would be refused after the merge
            // fails the PR, every error at once, each at its line.
            const [{ checkConfig }, { EVERY_CONFIG_CHECK }] = await Promise.all([configChecks(), gateConfigChecks()]);
            change.head = await checkConfig(module.parseConfigText(headText, rel), files, EVERY_CONFIG_CHECK);
        }
        catch (e) {
            const all = e instanceof errors/* UserErrors */.tQ ? e.errors : [e];
            if (!all.every((x) => x instanceof errors/* UserError */.yo))
                throw e;
            change.problem = all.map(formatUserError).join('; ');
            problems = all.map(problem/* fromUserError */.ET);
        }
    }
    return { base, configLine: module.configLine, change, ...(problems ? { problems } : {}) };
}
/** The largest key file read from git: a PEM key is a few kilobytes. */
const MAX_KEY_BYTES = 64 * 1024;
/**
 * The files the config names (its verify.keys paths), read as the head commit has them: relative to the
 * working directory, never outside the repository's tree; a path the head lacks is said so.
 */
function headFiles(s, head, prefix) {
    return async (path, what) => {
        (0,workspace/* resolveInside */.LI)(s.root, path, what);
        const text = await s.reader
            .text(`${head}:${external_node_path_.posix.normalize(external_node_path_.posix.join(prefix, path.replace(/\\/g, '/')))}`, MAX_KEY_BYTES)
            .catch((e) => {
            if (e instanceof ObjectTooLarge)
                throw new errors/* UserError */.yo(`${what}: ${path} is ${e.size} bytes, not a key file`, {
                    hint: 'name the public key file itself, e.g. .github/cosign.pub',
                });
            throw e;
        });
        if (text === undefined)
            throw new errors/* UserError */.yo(`${what}: ${path} is not a file at the head commit`, {
                hint: 'paths in verify: are relative to the working directory; commit the public key file (cosign.pub)',
            });
        return text;
    };
}
/** The verify.keys entries of a config (top level and each service's) that name a file rather than hold PEM text. */
function keyPaths(config) {
    if (!config)
        return [];
    const lists = [config.verify?.keys, ...Object.values(config.services).map((v) => v.verify?.keys)];
    return lists.flatMap((keys) => (keys ?? []).filter((k) => !k.trimStart().startsWith('-----BEGIN')));
}
/** What the pull request's own config would decide, as a note for the summary (never enforced). */
async function underHeadConfig(change, decide) {
    const said = { file: change.file, ...(change.deleted ? { deleted: true } : {}), ...(change.added ? { added: true } : {}) };
    if (change.problem)
        return { ...said, verdict: 'not-run', problem: change.problem };
    try {
        const plan = await decide(change.head);
        const errors = [...plan.charts.flatMap((c) => c.problems), ...plan.protectedProblems].filter((p) => p.level === 'error').length;
        return { ...said, verdict: plan.ok ? 'pass' : 'fail', errors };
    }
    catch (e) {
        if (e instanceof errors/* UserErrors */.tQ)
            return { ...said, verdict: 'not-run', problem: e.errors.map(formatUserError).join('; ') };
        if (!(e instanceof errors/* UserError */.yo))
            throw e;
        return { ...said, verdict: 'not-run', problem: formatUserError(e) };
    }
}
/** A user error as one line: `file:line: message — hint`. */
const formatUserError = (e) => e.format();

// EXTERNAL MODULE: ./packages/core/src/operations/check/verdicts.ts
var verdicts = __webpack_require__(2341);
;// CONCATENATED MODULE: ./packages/core/src/operations/check/run.ts



















/**
 * Compares head with base and decides, per changed chart, whether its version
 * moved correctly. Never throws for a failing check: the result says `ok:
 * false` and each face reports it (view.ts checkFailure); user mistakes throw.
 * Its steps: the route (working directory and paths, checked before git is
 * asked anything), git started, the libraries loaded, the commits compared,
 * the config read at the base (and the head), the charts decided.
 */
async function run(req, world) {
    // The renders' outputs and the values-contract reads are parse garbage promoted past a held young generation; V8's
    // own growth factor let the old generation reach ~95 MB with ~20 MB live before a mark-compact caught up. At
    // 100,000 commits × 1,000 services (three charts rendered in three environments, Helm on PATH) the check peaked
    // at 185–188 MB, 130–148 MB with this (issue 76; ~0.17 s more CPU); a check with nothing to render never gets there.
    (0,young_generation/* favourSmallHeap */.T$)();
    // Held from the start, as promote and status hold it: what the check parses before its charts' bump rules (the
    // configs, the changed files) grew V8's new space past 16 MB in some runs before checkChartBumps held it.
    (0,young_generation/* holdYoungGeneration */.kK)();
    const started = startGit(req, world, resolveRoute(req, world));
    try {
        return await finish(req, world, started);
    }
    finally {
        started.reader.dispose();
    }
}
/** The working directory (a folder of a git checkout inside the workspace) and the chart and protected-values patterns inside it. */
function resolveRoute(req, world) {
    const root = (0,workspace/* resolveWorkingDirectory */.dO)(world.workspace, req.workingDirectory, 'working-directory');
    for (const p of req.charts)
        (0,workspace/* resolveInside */.LI)(root, literalPrefix(p), 'charts');
    for (const p of req.protectedGlobs)
        (0,workspace/* resolveInside */.LI)(root, literalPrefix(p), 'protected-values');
    for (const p of req.protectedApplications ?? [])
        (0,workspace/* resolveInside */.LI)(root, literalPrefix(p), 'protected-applications');
    return root;
}
/**
 * Starts git at once (the comparison, the file:// search, the working
 * directory's prefix) and returns without waiting for it.
 */
function startGit(req, world, root) {
    const git = world.services.repo?.(root) ?? gitSpawner(root);
    const reader = new ObjectReader(root);
    const comparison = loadComparison(git, reader, {
        base: req.base,
        head: req.head,
        baseLabel: 'base',
        headLabel: 'head',
        baseBranch: req.baseBranch,
    });
    // Awaited later; until then a rejection must not count as unhandled.
    comparison.catch(() => { });
    const subfolder = root !== (0,external_node_path_.resolve)(world.workspace);
    const prefix = subfolder ? pathPrefixOrTop(git) : Promise.resolve('');
    prefix.catch(() => { });
    // Head Chart.yaml files that may declare file:// dependencies: read through the cat-file already
    // running once the head's paths are listed, instead of a `git grep` process of their own.
    // As `git grep` run in the working directory searched: the files below it only.
    const dependents = Promise.all([comparison, prefix])
        .then(async ([c, under]) => {
        const charts = [...c.headPaths].filter((p) => p.startsWith(under) && (p === `${under}Chart.yaml` || p.endsWith('/Chart.yaml')));
        return ((await blobsContaining(reader, c.range.head, charts, 'file://', MAX_SEARCHED_BYTES, c.headOids)) ??
            (await pathsContaining(git, c.range.head, 'Chart.yaml', 'file://')));
    })
        .catch(() => undefined);
    return { root, git, reader, comparison, prefix, dependents };
}
/** The largest Chart.yaml searched for `file://` in this process; a larger one is left to `git grep`. */
const MAX_SEARCHED_BYTES = 1024 * 1024;
/** The check proper, once git is under way: the libraries load while it works. */
async function finish(req, world, s) {
    const { checkChartBumps } = await chartBumpRules();
    const prefix = await s.prefix;
    const { range, headPaths, headOids, headLinks, changes } = await compared(req, s);
    // The rules come from the base commit, as CODEOWNERS does: a pull request (a fork's among them)
    // cannot switch the guard off through its own copy of the config.
    const configs = await readConfigs(req, s, range, prefix, changes);
    const noChartsAt = checkTargets(req, s.root, prefix, configs.base, configs.configLine).noChartsAt;
    if (noChartsAt)
        world.reporter.info(`${noChartsAt}: charts: [] — no chart to check`);
    world.reporter.debug(`comparing ${range.head} with ${range.mergeBase ?? 'its merge base'} (base ${range.base})`);
    const otherBases = otherBasesOf(req, s, range);
    const entryBase = req.queue ? await (await mergeQueue()).queueEntryBase(s.git, s.reader, range, req.queue) : undefined;
    if (entryBase)
        otherBases.push(entryBase);
    const queueBase = entryBase ? req.queue?.entryBase : undefined;
    const published = configs.base?.chartRegistry ? await registryLookup(configs.base.chartRegistry, world) : undefined;
    try {
        return await decideAll(req, s, { prefix, range, headPaths, headOids, headLinks, changes, configs, otherBases, queueBase, published, checkChartBumps }, world);
    }
    finally {
        published?.close();
    }
}
/**
 * The chart registry's answers (chart-registry in the base's config): loaded
 * only then, so a check without one never loads the registry client.
 */
async function registryLookup(registry, world) {
    const [{ publishedLookup }, { nodeTransport }] = await Promise.all([publishedCharts(), registryHttp()]);
    return publishedLookup(registry, {
        transport: (world.services.http ?? nodeTransport)(),
        clock: world.clock,
        retry: world.services.retry,
        home: world.env.HOME || (0,external_node_os_.homedir)(),
        dockerConfigDir: world.env.DOCKER_CONFIG || undefined,
        secret: world.secret,
        log: (line) => world.reporter.debug(line),
    });
}
/** The charts decided under the base's config (and the head's, when the pull request changes it). */
async function decideAll(req, s, d, world) {
    const { prefix, range, headPaths, headOids, headLinks, changes, configs, otherBases, queueBase, published, checkChartBumps } = d;
    // Helm's loader follows symbolic links: a values file linked to a shared one changes when that one does.
    const sides = await followLinks(s.reader, treeSides(s.reader, range.head, headPaths, changes, headOids), headLinks, changes);
    // Who took a version, for every chart refused under either config: one search, so one walk of the history (queue.ts).
    let takers;
    const takerOf = (file, version) => {
        // Searched from the commits the head must exceed, newest first: the entry's base, the base branch tip, the base.
        const starts = [queueBase, range.baseTip, range.base].filter((c) => c !== undefined);
        // In a merge queue the pull request's fork point is unknown (the event does not carry it): the taker is always named.
        const forkPoint = req.queue ? undefined : (range.mergeBase ?? range.base);
        takers ??= mergeQueue().then((q) => q.takerSearch(s.git, s.reader, starts, forkPoint));
        return takers.then((t) => t.takenBy(file, version));
    };
    const decide = async (config) => checkChartBumps({
        ...sides,
        // Charts that may depend on others through file:// were searched for once the comparison was in
        // (again with git grep should that search have failed).
        localDependencyCandidates: (await s.dependents) ?? (await pathsContaining(s.git, range.head, 'Chart.yaml', 'file://')),
        otherBases,
        takenBy: takerOf,
        ...(published ? { published } : {}),
        ...checkTargets(req, s.root, prefix, config, configs.configLine),
    });
    const plan = await decide(configs.base);
    if (plan.noChartFolder)
        world.reporter.info(`no Chart.yaml under the working directory — no chart to check; ${configs.base?.environments.length
            ? 'the environments are checked'
            : `nothing else to check${configs.base ? '' : ' (the base commit has no config: the defaults were applied)'}`}`);
    const configChange = configs.change ? await underHeadConfig(configs.change, decide) : undefined;
    const validation = [];
    const contracted = { problems: [], sections: [] };
    const renders = await renderedOf(req, s, d, plan, world, validation, contracted);
    const rendered = renders?.rendered;
    const protectedNames = (configs.base?.environments ?? []).filter((e) => e.protected).map((e) => e.name);
    const protectedEnvironments = renders?.verdicts ??
        (0,verdicts/* notJudged */.be)(protectedNames, (0,read/* settingsFor */.zc)(table_check/* CHECK */.f, req, configs.base).render === 'off' ? 'render is off, so its images were not rendered' : verdicts/* UNCHANGED */.ST);
    // What the renders decide for a protected environment (render-guards.ts) joins the protected files' problems.
    // A file the protected checks already refuse is not refused again for what its render shows.
    const refused = new Set(plan.protectedProblems.filter((p) => p.level === 'error').map((p) => p.file));
    const renderProblems = (renders?.problems ?? []).filter((p) => !refused.has(p.file));
    // A pull request's invalid config only makes its own check stricter: it fails, as the file would break every run once merged.
    const configProblems = configs.problems ?? [];
    const ok = plan.ok &&
        configProblems.length === 0 &&
        !renderProblems.some((p) => p.level === 'error') &&
        !validation.some((p) => p.level === 'error') &&
        !contracted.problems.some((p) => p.level === 'error');
    return {
        ...plan,
        ...(renderProblems.length > 0 ? { protectedProblems: [...plan.protectedProblems, ...renderProblems], renderProblems } : {}),
        ok,
        outputs: { ok: String(ok), 'changed-charts': JSON.stringify(changedChartsOutput(plan)) },
        range,
        baseBranch: req.baseBranch,
        ...(configChange ? { configChange } : {}),
        ...(configProblems.length > 0 ? { configProblems } : {}),
        ...(rendered ? { rendered } : {}),
        ...(renders?.notRendered ? { notRendered: renders.notRendered } : {}),
        ...(validation.length > 0 ? { validation } : {}),
        ...(contracted.sections.length > 0 || contracted.problems.length > 0 ? { valuesContract: contracted } : {}),
        ...(protectedEnvironments.length > 0 ? { protectedEnvironments } : {}),
    };
}
/** The comparison git started; HEAD that names no commit (no commit yet, an unborn branch) is said as such, not as a missing ref. */
async function compared(req, s) {
    return s.comparison.catch(async (e) => {
        const noHead = e instanceof errors/* UserError */.yo && req.head === 'HEAD' ? await headProblem(s.git, 'nothing to check') : undefined;
        throw noHead ?? e;
    });
}
/**
 * The head must exceed the chart versions of the merge base, of the base
 * commit itself and of the base branch tip, so two open PRs cannot both take the same version.
 */
function otherBasesOf(req, s, range) {
    const otherBases = [{ label: `base ${range.base.slice(0, 12)}`, readFile: (p) => s.reader.text(`${range.base}:${p}`) }];
    if (range.baseTip)
        otherBases.push({ label: `the tip of ${req.baseBranch}`, readFile: (p) => s.reader.text(`${range.baseTip}:${p}`) });
    return otherBases;
}
/** The `changed-charts` output entries, in chart order. */
function changedChartsOutput(plan) {
    return plan.charts.map((c) => ({
        path: c.path,
        name: c.name,
        base: c.base,
        head: c.head,
        required: c.required,
        ok: c.ok,
        problems: c.problems.map(problem/* formatProblem */.Vw),
    }));
}


/***/ }),

/***/ 2341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ST: () => (/* binding */ UNCHANGED),
/* harmony export */   be: () => (/* binding */ notJudged),
/* harmony export */   nt: () => (/* binding */ verdictText)
/* harmony export */ });
// What the pull request check says of each protected environment's images:
// judged (every image the render at the head names was read, and each is
// pinned by digest, or some are not), or not judged and why. A protected
// values file or overlay whose own pins are digests says nothing of the images
// a base, a patch or a chart default gives: only a render does, so "every
// image pinned by digest" is said of an environment only where its render
// was read (render-guards.ts protectedVerdicts). Light: run.ts imports it
// before any renderer loads.
/** The reason an environment the check did not render is not judged. */
const UNCHANGED = 'this pull request changes nothing it renders, so its images were not rendered';
/** Each of `names` not judged, for `reason`. */
function notJudged(names, reason) {
    return names.map((environment) => ({ environment, verdict: 'not-judged', reason }));
}
/** A verdict as a reviewer reads it in the summary and the terminal. */
function verdictText(v) {
    if (v.verdict === 'pinned')
        return `✅ every rendered image pinned by digest (${v.images} image${v.images === 1 ? '' : 's'} judged)`;
    if (v.verdict === 'refused')
        return `❌ ${v.reason ?? ''}`;
    return `⚪ not judged: ${v.reason ?? ''}`;
}


/***/ }),

/***/ 5077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  chartRows: () => (/* binding */ chartRows),
  checkFailure: () => (/* binding */ checkFailure),
  checkJson: () => (/* binding */ checkJson),
  checkLogLine: () => (/* binding */ checkLogLine),
  checkMarkdown: () => (/* binding */ checkMarkdown),
  checkRunnerView: () => (/* binding */ checkRunnerView),
  checkTitle: () => (/* binding */ checkTitle),
  checkView: () => (/* binding */ checkView),
  checkWarnings: () => (/* binding */ checkWarnings),
  comparedSentence: () => (/* binding */ comparedSentence),
  configChangeSentence: () => (/* binding */ configChangeSentence),
  howToFix: () => (/* binding */ howToFix),
  notRenderedLine: () => (/* binding */ notRenderedLine),
  protectedRows: () => (/* binding */ protectedRows),
  view: () => (/* binding */ view)
});

// EXTERNAL MODULE: ./packages/core/src/checks/problem.ts
var problem = __webpack_require__(2368);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/text/markdown.ts
var markdown = __webpack_require__(9888);
// EXTERNAL MODULE: ./packages/core/src/text/cap.ts
var cap = __webpack_require__(7841);
// EXTERNAL MODULE: ./packages/core/src/text/mentions.ts
var mentions = __webpack_require__(8274);
;// CONCATENATED MODULE: ./packages/core/src/text/thousands.ts
/**
 * A whole number with its thousands grouped by commas, as `toLocaleString('en-US')` writes it
 * (`1,234,567`), without it: the first call of toLocaleString loads ICU's locale data, ~20 ms of a
 * short run. Anything but a safe integer goes to toLocaleString.
 */
function thousands(n) {
    if (!Number.isSafeInteger(n))
        return n.toLocaleString('en-US');
    const digits = String(Math.abs(n));
    let out = digits.slice(0, digits.length % 3 || 3);
    for (let k = out.length; k < digits.length; k += 3)
        out += `,${digits.slice(k, k + 3)}`;
    return n < 0 ? `-${out}` : out;
}

;// CONCATENATED MODULE: ./packages/core/src/render/report.ts
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
        return `${e.environment}: the ${e.renderer === 'kustomize' ? 'overlay' : 'chart'} does not render after the change: ${firstLine(e.message)}`;
    const d = e.diff;
    const parts = [`${d.counts.changed} changed, ${d.counts.added} added, ${d.counts.removed} removed in ${e.environment}`];
    const what = [e.what, e.helm ? `with Helm ${e.helm}` : undefined].filter(Boolean).join(' ');
    if (what)
        parts[0] += ` (${what})`;
    const extra = [];
    if (d.ignoredLines > 0)
        extra.push(`${d.ignoredLines} ignored line${d.ignoredLines === 1 ? '' : 's'} changed (chart-version labels, checksum annotations, render.ignore)`);
    if (d.nondeterministic > 0)
        extra.push(`${d.nondeterministic} non-deterministic value${d.nondeterministic === 1 ? '' : 's'} ignored (${d.nondeterministic === 1 ? 'it differs' : 'they differ'} between two renders of the same input: randAlphaNum, genCA, now…)`);
    if (d.unread.length > 0)
        extra.push(`ignoreDifferences not applied (only field paths are read): ${d.unread.join(', ')}`);
    if (d.appliedOnSync > 0)
        extra.push(`${d.appliedOnSync} object${d.appliedOnSync === 1 ? '' : 's'} changed in fields ignoreDifferences names: Argo CD's diff ignores them, its sync applies them (no RespectIgnoreDifferences=true), so they are shown`);
    const hooks = e.testHooks?.length ?? 0;
    if (hooks > 0)
        extra.push(`${hooks} Helm test hook${hooks === 1 ? '' : 's'} left out (helm.sh/hook: test: not applied on sync)`);
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
    const n = (x) => thousands(x ?? 0);
    if (c.change === 'added')
        return `${n(c.size?.after)} bytes`;
    if (c.change === 'removed')
        return `${n(c.size?.before)} bytes`;
    return `${n(c.size?.before)} → ${n(c.size?.after)} bytes`;
}
/** What marks a change to fields Argo CD's diff ignores and its sync applies. */
const ON_SYNC = " (ignored by Argo CD's diff, applied on sync)";
/** One object's fold; the object's name is untrusted (`helm template` does not validate names). */
function objectMarkdown(c) {
    const head = `${c.change}: ${c.object}${c.appliedOnSync ? ON_SYNC : ''}`;
    if (c.size)
        return `- ${(0,markdown/* escapeMarkdown */.FV)(head)} (summarized, ${sizeText(c)})`;
    // Inside an HTML block Markdown escapes would print as backslashes: entities, and mentions and closing keywords made inert.
    return [`<details><summary>${(0,markdown/* escapeHtml */.ZD)((0,mentions/* inertReferences */.x)(head))}</summary>`, '', (0,markdown/* codeBlock */.DV)(c.diff, 'diff'), '', '</details>'].join('\n');
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
        head.push(`- ${(0,markdown/* escapeMarkdown */.FV)(countLine(e))}`);
        if (e.beforeFailed)
            head.push(`  - the current state does not render (every object shows as added): ${(0,markdown/* escapeMarkdown */.FV)(firstLine(e.beforeFailed))}`);
    }
    head.push('');
    for (const e of envs)
        if (e.status === 'failed' && e.message)
            head.push(`${e.renderer === 'kustomize' ? 'kustomize' : 'Helm'}'s message for ${(0,markdown/* escapeMarkdown */.FV)(e.environment)}:`, '', (0,markdown/* codeBlock */.DV)(e.message), '');
    let text = `${head.join('\n')}\n`;
    const folds = envs.flatMap((e) => (e.diff?.changes ?? []).map((c) => ({ e, c })));
    let cut = 0;
    const note = (n) => `\n> [!NOTE]\n> ${n} object${n === 1 ? '' : 's'}' diff${n === 1 ? '' : 's'} cut to fit the 65,536 characters GitHub allows; \`${rerun}\` prints them all.\n`;
    const reserve = bytes(note(folds.length)) + 2;
    let lastEnv;
    for (const { e, c } of folds) {
        const title = envs.length > 1 && e.environment !== lastEnv ? `**${(0,markdown/* escapeMarkdown */.FV)(e.environment)}**\n\n` : '';
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
            out.push(`${c.change}: ${c.object}${c.appliedOnSync ? ON_SYNC : ''}${c.size ? ` (summarized, ${sizeText(c)})` : ''}`);
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
            ...(c.appliedOnSync ? { 'applied-on-sync': true } : {}),
            diff: c.size ? `(summarized, ${sizeText(c)})` : c.diff,
        })));
}
/** `render-counts` in --json: per environment rendered, its counts, the noise included (an all-noise render has no `rendered` row). */
function renderedCountsJson(envs) {
    return envs.flatMap((e) => e.status !== 'rendered'
        ? []
        : [
            {
                environment: e.environment,
                ...(e.helm ? { helm: e.helm } : {}),
                changed: e.diff.counts.changed,
                added: e.diff.counts.added,
                removed: e.diff.counts.removed,
                unchanged: e.diff.unchanged,
                'ignored-lines': e.diff.ignoredLines,
                'non-deterministic': e.diff.nondeterministic,
                'test-hooks': e.testHooks?.length ?? 0,
                'applied-on-sync': e.diff.appliedOnSync,
            },
        ]);
}

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

// EXTERNAL MODULE: ./packages/core/src/operations/check/verdicts.ts
var verdicts = __webpack_require__(2341);
;// CONCATENATED MODULE: ./packages/core/src/operations/check/view.ts







// The check's renderings (the runner's log and job summary, and the terminal) are built from the
// same rows and sentences below, so the action and `lockstep check` cannot tell different stories.
const CHART_HEADERS = ['Chart', 'Version (base → head)', 'Required', 'Result', 'Why'];
const PROTECTED_HEADERS = ['Protected values file', 'Result'];
const VERDICT_HEADERS = ['Protected environment', 'Images it runs (its render at the head)'];
const NOTHING_CHANGED = 'No chart changed in a way `helm package` would see.';
/**
 * What the charts table says when it has no row: nothing changed, or, when chart folders that no `charts:` entry
 * covers changed, that none under `charts:` did and which ones outside it did (never "no chart changed" then).
 */
function nothingChecked(r, code) {
    const outside = r.uncovered ?? [];
    if (outside.length === 0)
        return NOTHING_CHANGED;
    const folders = outside.length === 1 ? 'chart folder' : 'chart folders';
    return `No chart that ${code('charts:')} covers changed; the ${folders} ${outside.map(code).join(', ')} outside it changed.`;
}
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
function configChangeSentence(r, code = markdown/* codeSpan */.SS, text = markdown/* escapeMarkdown */.FV) {
    const c = r.configChange;
    if (!c)
        return undefined;
    const would = c.verdict === 'pass'
        ? 'it would pass'
        : c.verdict === 'fail'
            ? `it would fail (${c.errors} error${c.errors === 1 ? '' : 's'})`
            : `the check could not run: ${text(c.problem ?? 'unknown')}`;
    if (c.added)
        return `This pull request adds ${code(c.file)}. The base commit has none, so the check applied the defaults; under the pull request's version ${would}.`;
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
        const why = [...c.reasons, ...c.problems.map((p) => `${p.level === 'warning' ? 'warning: ' : ''}${(0,problem/* formatProblem */.Vw)(p)}`)];
        return [`${c.name} (${c.path})`, `${c.base ?? '(new)'} → ${c.head ?? '(deleted)'}`, c.required, result, why.join('\n')];
    });
}
/** One row per protected values file: every image pinned, or what is not; then one per protected Application file: exact chart versions, or what is not. */
function protectedRows(r) {
    const row = (f, ok) => {
        const mine = r.protectedProblems.filter((p) => p.file === f && !r.renderProblems?.includes(p));
        return [f, mine.length === 0 ? ok : mine.map((p) => `❌ ${(0,problem/* formatProblem */.Vw)(p)}`).join('\n')];
    };
    return [
        ...r.protectedFiles.map((f) => row(f, '✅ every image this file pins is pinned by digest')),
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
        lines.push(`Fetched from origin: ${r.range.fetched.map(markdown/* escapeMarkdown */.FV).join('; ')}.`, '');
    const config = configChangeSentence(r);
    if (config)
        lines.push(config, '');
    // A key file the unchanged config names, changed into something no command would verify with (the changed config's sentence names its own).
    if (!r.configChange && r.configProblems?.length)
        lines.push('**The config as this pull request leaves it**', '', ...r.configProblems.map((p) => `- ❌ ${(0,markdown/* escapeMarkdown */.FV)((0,problem/* formatProblem */.Vw)(p))}`), '');
    if (r.charts.length === 0)
        lines.push(nothingChecked(r, markdown/* codeSpan */.SS), '');
    else {
        lines.push((0,markdown/* markdownTable */.Qj)(CHART_HEADERS, chartRows(r)), '');
        const fixes = r.charts.filter((c) => !c.ok).map((c) => howToFix(c));
        if (fixes.length > 0)
            lines.push('**How to fix**', '', ...fixes, '');
    }
    if (r.protectedFiles.length > 0 || (r.protectedApplications?.length ?? 0) > 0)
        lines.push((0,markdown/* markdownTable */.Qj)(PROTECTED_HEADERS, protectedRows(r)), '');
    if (r.protectedEnvironments?.length)
        lines.push((0,markdown/* markdownTable */.Qj)(VERDICT_HEADERS, r.protectedEnvironments.map((v) => [v.environment, (0,verdicts/* verdictText */.nt)(v)])), '');
    const outside = (r.uncovered ?? []).flatMap((d) => r.protectedProblems.filter((p) => p.file === `${d}/Chart.yaml`));
    if (outside.length > 0)
        lines.push('**Changed chart folders outside `charts:`**', '', ...outside.map((p) => `- ❌ ${(0,markdown/* escapeMarkdown */.FV)((0,problem/* formatProblem */.Vw)(p))}`), '');
    if (r.renderProblems?.length)
        lines.push('**What the environments would receive**', '', ...r.renderProblems.map((p) => `- ${p.level === 'error' ? '❌' : '⚠️'} ${(0,markdown/* escapeMarkdown */.FV)((0,problem/* formatProblem */.Vw)(p))}`), '');
    // What the cluster would receive, per environment deploying a changed chart (fitted under half the summary's cap).
    // No Helm on PATH (auto) is the log's one line, not the summary's.
    if (r.validation)
        lines.push('**Schema validation of the rendered objects**', '', ...r.validation.map((p) => `- ${p.level === 'error' ? '❌' : '⚠️'} ${(0,markdown/* escapeMarkdown */.FV)((0,problem/* formatProblem */.Vw)(p))}`), '');
    if (r.valuesContract?.problems.length)
        lines.push("**The values contract: keys no template reads, what the chart's schema refuses**", '', ...r.valuesContract.problems.map((p) => `- ${p.level === 'error' ? '❌' : '⚠️'} ${(0,markdown/* escapeMarkdown */.FV)((0,problem/* formatProblem */.Vw)(p))}`), '');
    const shown = r.rendered?.filter((e) => !e.noHelm) ?? [];
    const rendered = shown.length > 0 ? renderedMarkdown(shown, cap/* SUMMARY_CAP */.GY / 2, 'lockstep check') : '';
    if (rendered)
        lines.push(rendered, '');
    if (r.notRendered)
        lines.push((0,markdown/* escapeMarkdown */.FV)(notRenderedLine(r.notRendered)), '');
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
        ...(r.charts.length === 0 ? [nothingChecked(r, (s) => s).replace(/`/g, '')] : []),
        r.ok ? 'The check passed.' : 'The check failed.',
    ];
    const errors = checkFailure(r)?.errors.map((e) => e.format()) ?? [];
    return {
        title: checkTitle(r),
        status: status.join(' '),
        // The reasons, in the report itself, before the verdict: a report piped or saved without stderr still says why.
        ...(errors.length > 0 ? { errors } : {}),
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
            ...(r.protectedEnvironments ?? []).map((v) => `protected environment ${v.environment}: ${(0,verdicts/* verdictText */.nt)(v)}`),
            ...(r.notRendered ? [notRenderedLine(r.notRendered)] : []),
            ...r.charts.filter((c) => !c.ok).map((c) => `how to fix: ${howToFix(c, terminalCode).replace(/^- /, '')}`),
        ],
        warnings: checkWarnings(r).map(problem/* formatProblem */.Vw),
        ...(r.rendered ? { diff: renderedLines(r.rendered) } : {}),
    };
}
const markdownCode = { code: (s) => (0,markdown/* codeSpan */.SS)(s), text: markdown/* escapeMarkdown */.FV };
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
const view = { runner: checkRunnerView, terminal: checkView, failure: checkFailure, json: checkJson };
/** `lockstep check --json`: the commits compared, the outputs as values, each problem as the faces word it. */
function checkJson(r) {
    const warnings = [
        ...r.charts.flatMap((c) => c.problems),
        ...r.protectedProblems,
        ...(r.configProblems ?? []),
        ...(r.validation ?? []),
        ...(r.valuesContract?.problems ?? []),
    ]
        .filter((p) => p.level === 'warning')
        .map((p) => ({ file: p.file || null, line: p.line ?? null, message: (0,problem/* formatProblem */.Vw)(p) }));
    return commandJson('check', {
        ok: r.ok,
        base: r.range.base,
        head: r.range.head,
        'merge-base': r.range.mergeBase ?? null,
        'changed-charts': parsedOutput(r.outputs['changed-charts']),
        'protected-files': r.protectedFiles,
        // Each protected environment's images as its render at the head judged them, or why they were not.
        'protected-environments': (r.protectedEnvironments ?? []).map((v) => ({
            environment: v.environment,
            verdict: v.verdict,
            images: v.images ?? null,
            reason: v.reason ?? null,
        })),
        // What the cluster would receive, in promote's shape: a row per object that changes, and per environment rendered its
        // counts with the noise (ignored and non-deterministic lines), so a render whose every change is noise still says so.
        ...(r.rendered ? { rendered: renderedJson(r.rendered), 'render-counts': renderedCountsJson(r.rendered) } : {}),
        ...(r.notRendered ? { 'not-rendered': r.notRendered } : {}),
        // Per environment judged: the keys its values set, those no template reads, those read through a computed name, the schema's findings.
        ...(r.valuesContract
            ? {
                'values-contract': r.valuesContract.sections.map((c) => ({
                    environment: c.environment,
                    mode: c.mode,
                    chart: c.chart,
                    checked: c.files.reduce((n, f) => n + f.checked, 0),
                    unread: c.files.reduce((n, f) => n + f.unread, 0),
                    'not-traced': c.files.reduce((n, f) => n + f.notTraced, 0),
                    files: c.files.map((f) => ({
                        file: f.file,
                        ...(f.label ? { in: f.label } : {}),
                        checked: f.checked,
                        unread: f.unread,
                        'not-traced': f.notTraced,
                    })),
                    // What the chart's values.schema.json refuses in the merged values, each at the line that wrote the key.
                    schema: c.schema.map((f) => ({ file: f.file, line: f.line, key: f.key, message: f.message })),
                    // On a pull request that changes the chart: its own values.yaml keys its schema does not declare.
                    undeclared: c.undeclared.map((u) => ({ file: u.file, line: u.line, key: u.key })),
                    failed: c.failed ?? null,
                })),
            }
            : {}),
        // The errors are the failure's (checkFailure): the face lists them with the outcome.
        warnings,
        notes: r.range.fetched,
    });
}
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
        steps.push({ info: `rendered: ${countLine(e)}` });
    if (r.notRendered)
        steps.push({ info: notRenderedLine(r.notRendered) });
    steps.push({ endGroup: true });
    // Typed by its keys, so Object.entries sees string values (an interface alone gives it `any`).
    const outputs = r.outputs;
    for (const [k, v] of Object.entries(outputs))
        steps.push({ output: k, value: v });
    steps.push({ summary: checkMarkdown(r) });
    for (const p of checkWarnings(r))
        steps.push({ annotate: 'warning', message: (0,problem/* formatProblem */.Vw)(p), file: p.file || undefined, line: p.line, title: 'lockstep' });
    return { steps, failure: checkFailure(r) };
}
/** The failures of a check as the faces report them (one `path:line: what — fix` each); undefined when it passed. */
function checkFailure(r) {
    if (r.ok)
        return undefined;
    const failures = [
        ...r.charts.flatMap((c) => c.problems),
        ...r.protectedProblems,
        ...(r.configProblems ?? []),
        ...(r.validation ?? []),
        ...(r.valuesContract?.problems ?? []),
    ].filter((p) => p.level === 'error');
    // The summary's tables list them already: the runner's summary must not repeat them.
    return new errors/* UserErrors */.tQ(failures.map(problem/* asUserError */.Yl), { summarized: true });
}
/** The renders not run, in one line: how many, why, the first few named. */
function notRenderedLine(names) {
    const shown = names.slice(0, 5).join(', ');
    const more = names.length > 5 ? ` and ${names.length - 5} more` : '';
    return `not rendered: ${names.length} environment${names.length === 1 ? '' : 's'} that nothing this pull request changes reaches (their chart, values, Application and overlay are as at the base): ${shown}${more}`;
}
/** The warnings of a check, charts first, the rendered objects' schema validation last. */
function checkWarnings(r) {
    return [
        ...r.charts.flatMap((c) => c.problems),
        ...r.protectedProblems,
        ...(r.validation ?? []),
        ...(r.valuesContract?.problems ?? []),
    ].filter((p) => p.level === 'warning');
}


/***/ }),

/***/ 4646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bF: () => (/* binding */ chartTag)
});

// UNUSED EXPORTS: HELM_CHART_MEDIA_TYPE, HELM_CONFIG_MEDIA_TYPE, helmManifest, pushChart

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/registry/manifest.ts
var manifest = __webpack_require__(8372);
;// CONCATENATED MODULE: ./packages/core/src/registry/cosign-sign.ts



/** RSA keys shorter than this are refused: such moduli are within reach of factoring. */
const MIN_RSA_BITS = 2048;
// A key-based cosign signature, written the way `cosign sign --key` writes one so that cosign (and
// promote-env's verifier) reads it: the simple-signing payload (sigstore/sigstore pkg/signature/payload:
// {"critical":{"identity":{"docker-reference":…},"image":{"docker-manifest-digest":…},"type":"cosign
// container image signature"},"optional":null}, Go's json.Marshal of that struct, so exactly these bytes),
// signed with the key (ECDSA P-256 over SHA-256 as ASN.1 DER, RSA PKCS#1 v1.5 over SHA-256, or Ed25519 over
// the payload itself), base64 in the layer annotation `dev.cosignproject.cosign/signature`, in an OCI
// image manifest tagged `sha256-<hex>.sig` in the signed artifact's repository (cosign's tag convention).
/** The media type of a simple-signing payload layer. */
const cosign_sign_SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';
/** The layer annotation holding the base64 signature. */
const cosign_sign_SIGNATURE_ANNOTATION = 'dev.cosignproject.cosign/signature';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';
/** The tag cosign stores a digest's signatures under: `sha256:abc…` → `sha256-abc….sig`. */
function cosign_sign_signatureTag(digest) {
    return `${digest.replace(':', '-')}.sig`;
}
/** The simple-signing payload for `repository` (registry/name, no tag) at `digest`, byte for byte as cosign writes it. */
function cosign_sign_simpleSigningPayload(repository, digest) {
    const payload = {
        critical: {
            identity: { 'docker-reference': repository },
            image: { 'docker-manifest-digest': digest },
            type: 'cosign container image signature',
        },
        optional: null,
    };
    return Buffer.from(JSON.stringify(payload));
}
/** A PEM private key read for signing; what cosign cannot verify (another curve, DSA, an encrypted key) is the input's error. */
function signingKey(pem) {
    let key;
    try {
        key = createPrivateKey(pem);
    }
    catch {
        throw new UserError('is not an unencrypted PEM private key', {
            input: 'signing-key',
            hint: 'give a PKCS#8 or SEC1 PEM key, e.g. from `openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256` (cosign keys encrypted with a password are not read)',
        });
    }
    const type = key.asymmetricKeyType;
    const curve = key.asymmetricKeyDetails?.namedCurve;
    const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
    if (type === 'rsa' && bits < MIN_RSA_BITS)
        throw new UserError(`is a ${bits}-bit RSA key; RSA keys need at least ${MIN_RSA_BITS} bits`, {
            input: 'signing-key',
            hint: 'make a P-256 key: openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256',
        });
    if (type === 'ed25519' || type === 'rsa' || (type === 'ec' && curve === 'prime256v1'))
        return key;
    throw new UserError(`is a ${type === 'ec' ? `${curve} EC` : type} key; cosign verifies ECDSA P-256, RSA and Ed25519 keys`, {
        input: 'signing-key',
        hint: 'make a P-256 key: openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256',
    });
}
/** The base64 signature of a payload, as cosign signs with each key type. */
function cosign_sign_signPayload(payload, key) {
    const algorithm = key.asymmetricKeyType === 'ed25519' ? null : 'sha256';
    return sign(algorithm, payload, key).toString('base64');
}
/**
 * The manifest cosign pushes for a signature: an OCI image with one layer
 * per signature (the payload, annotated with the signature; `earlier` are the
 * layers already under the tag, kept as cosign appends), and the minimal image
 * config go-containerregistry writes for those layers.
 */
function cosign_sign_signatureArtifact(payload, signature, earlier = []) {
    const payloadDigest = digestOf(payload);
    const layers = [
        ...earlier,
        {
            mediaType: cosign_sign_SIMPLE_SIGNING_MEDIA_TYPE,
            size: payload.length,
            digest: payloadDigest,
            annotations: { [cosign_sign_SIGNATURE_ANNOTATION]: signature },
        },
    ];
    const config = Buffer.from(JSON.stringify({
        architecture: '',
        created: '0001-01-01T00:00:00Z',
        history: [{ created: '0001-01-01T00:00:00Z' }],
        os: '',
        rootfs: { type: 'layers', diff_ids: layers.map((l) => l.digest) },
        config: {},
    }));
    const manifest = {
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        config: { mediaType: OCI_CONFIG, size: config.length, digest: digestOf(config) },
        layers,
    };
    return { config, payload, manifest: Buffer.from(JSON.stringify(manifest)), mediaType: OCI_MANIFEST };
}

;// CONCATENATED MODULE: ./packages/core/src/registry/chart-push.ts




// A chart pushed as `helm push` pushes it (helm/helm pkg/registry/client.go Push, constants.go): an OCI
// image manifest whose config is Chart.yaml's metadata as JSON (media type
// application/vnd.cncf.helm.config.v1+json) and whose one layer is the .tgz
// (application/vnd.cncf.helm.chart.content.v1.tar+gzip), tagged with the chart version ('+' written '_',
// as Helm does, since a tag cannot hold '+'), with the OCI annotations Helm derives from the metadata
// but no `created` time, which would change the digest on every run.
/** Helm's config media type. */
const HELM_CONFIG_MEDIA_TYPE = 'application/vnd.cncf.helm.config.v1+json';
/** Helm's chart layer media type. */
const HELM_CHART_MEDIA_TYPE = 'application/vnd.cncf.helm.chart.content.v1.tar+gzip';
const chart_push_OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
/** The tag of a chart version: Helm writes '+' (build metadata) as '_'. */
function chartTag(version) {
    return version.replace(/\+/g, '_');
}
/** The config blob and the manifest for a chart, byte for byte what every run writes for the same chart. */
function helmManifest(chart) {
    const config = Buffer.from(JSON.stringify(chart.metadata));
    const m = chart.metadata;
    // Helm's generateChartOCIAnnotations, less `created`; the chart's own annotations are not copied (Helm
    // copies them, but a free-form annotation is no part of what the digest should pin).
    const annotations = {};
    if (m.description)
        annotations['org.opencontainers.image.description'] = m.description;
    annotations['org.opencontainers.image.title'] = chart.name;
    annotations['org.opencontainers.image.version'] = chart.version;
    if (m.home)
        annotations['org.opencontainers.image.url'] = m.home;
    if (m.sources?.[0])
        annotations['org.opencontainers.image.source'] = m.sources[0];
    const manifest = {
        schemaVersion: 2,
        mediaType: chart_push_OCI_MANIFEST,
        config: { mediaType: HELM_CONFIG_MEDIA_TYPE, digest: digestOf(config), size: config.length },
        layers: [{ mediaType: HELM_CHART_MEDIA_TYPE, digest: digestOf(chart.archive), size: chart.archive.length }],
        annotations: Object.fromEntries(Object.entries(annotations).sort(([a], [b]) => (a < b ? -1 : 1))),
    };
    return { config, manifest: Buffer.from(JSON.stringify(manifest)) };
}
/**
 * Pushes one chart to `repo` (registry and repository, no tag) unless its
 * version is there already: the same chart archive there is left alone (a
 * rerun pushes nothing), another one is refused, since a published version
 * never changes. With a key, the chart's digest is signed as cosign signs.
 */
async function pushChart(client, repo, chart, opts) {
    const tag = chartTag(chart.version);
    const { config, manifest } = helmManifest(chart);
    const layer = digestOf(chart.archive);
    const existing = await client.fetchManifest(repo, tag);
    let status;
    let digest = digestOf(manifest);
    if (existing) {
        const there = chartLayer(existing.body);
        if (existing.digest !== digest && there !== layer && !(await storedSame(client, repo, existing.body, there, opts)))
            throw new UserError(`chart ${chart.name} ${chart.version} is already published at ${repo.registry}/${repo.repository}:${tag} with other content (its chart layer is ${there ?? 'missing'}, this one ${layer})`, {
                hint: 'a published version never changes: bump the chart version (bump-chart), then publish',
                cliHint: 'a published version never changes: bump the chart version (lockstep bump), then publish',
            });
        // The registry's digest is the one to record, even when only the manifest's annotations differ.
        digest = existing.digest;
        status = 'unchanged';
    }
    else if (opts.dryRun) {
        status = 'would-push';
    }
    else {
        await client.pushBlob(repo, chart.archive);
        await client.pushBlob(repo, config);
        digest = await client.pushManifest(repo, tag, manifest, chart_push_OCI_MANIFEST);
        await readBack(client, repo, tag, digest, `chart ${chart.name} ${chart.version}`);
        status = 'pushed';
    }
    const outcome = { status, digest, tag };
    if (opts.key)
        outcome.signature = await signChart(client, repo, digest, opts.key, opts.dryRun);
    return outcome;
}
/** Fetches a stored chart's archive and config for `sameChart`; without a judge, or with no chart layer, it is not the same. */
async function storedSame(client, repo, manifest, layer, opts) {
    const config = configDigest(manifest);
    if (!opts.sameChart || layer === undefined || config === undefined)
        return false;
    const [archive, configBlob] = await Promise.all([client.fetchBlob(repo, layer), client.fetchBlob(repo, config)]);
    return opts.sameChart({ archive, config: configBlob });
}
/** The config digest of a stored manifest, if it has one. */
function configDigest(body) {
    try {
        const d = JSON.parse(body.toString('utf8')).config?.digest;
        return typeof d === 'string' ? d : undefined;
    }
    catch {
        return undefined;
    }
}
/** The chart layer's digest in a stored manifest, if it has one. */
function chartLayer(body) {
    try {
        const doc = JSON.parse(body.toString('utf8'));
        const l = doc.layers?.find((x) => x.mediaType === HELM_CHART_MEDIA_TYPE);
        return typeof l?.digest === 'string' ? l.digest : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Signs `digest` as `cosign sign --key` does and pushes the signature under
 * `sha256-<hex>.sig`, appending to the signatures already there (cosign
 * keeps one layer per signature). A signature by this key over this payload
 * already there is kept: a rerun pushes nothing.
 */
async function signChart(client, repo, digest, key, dryRun) {
    const tag = signatureTag(digest);
    const payload = simpleSigningPayload(`${repo.registry}/${repo.repository}`, digest);
    const existing = await client.fetchManifest(repo, tag);
    const layers = existing ? signatureLayers(existing.body) : [];
    const publicKey = createPublicKey(key);
    const algorithm = key.asymmetricKeyType === 'ed25519' ? null : 'sha256';
    for (const l of layers) {
        if (l.digest !== digestOf(payload) || typeof l.annotations?.[SIGNATURE_ANNOTATION] !== 'string')
            continue;
        if (verify(algorithm, payload, publicKey, Buffer.from(l.annotations[SIGNATURE_ANNOTATION], 'base64')))
            return { tag, status: 'unchanged' };
    }
    if (dryRun)
        return { tag, status: 'would-push' };
    const artifact = signatureArtifact(payload, signPayload(payload, key), layers);
    await client.pushBlob(repo, artifact.payload);
    await client.pushBlob(repo, artifact.config);
    await readBack(client, repo, tag, await client.pushManifest(repo, tag, artifact.manifest, artifact.mediaType), `the signature of ${digest}`);
    return { tag, status: 'pushed' };
}
/**
 * Reads `tag` back from the registry that was named after a push: a push the
 * registry acknowledged but does not serve under the tag (stored elsewhere,
 * dropped) is refused, so it is never reported or recorded as pushed.
 */
async function readBack(client, repo, tag, digest, what) {
    const stored = await client.fetchManifest(repo, tag);
    if (stored?.digest !== digest)
        throw new UserError(`${what}: the registry accepted the push, but ${repo.registry}/${repo.repository}:${tag} ${stored ? `resolves to ${stored.digest}` : 'does not exist'}, not the pushed ${digest}`, { hint: 'check the registry (a proxy or mirror in front of it may store pushes elsewhere); nothing was recorded' });
}
/** The simple-signing layers of a stored signature manifest (others are left out). */
function signatureLayers(body) {
    try {
        const doc = JSON.parse(body.toString('utf8'));
        return (doc.layers ?? []).filter((l) => l && l.mediaType === SIMPLE_SIGNING_MEDIA_TYPE && typeof l.digest === 'string' && typeof l.size === 'number');
    }
    catch {
        return [];
    }
}


/***/ }),

/***/ 2632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bP: () => (/* binding */ RegistryClient),
  gl: () => (/* binding */ RegistryError)
});

// UNUSED EXPORTS: MANIFEST_MAX_BYTES, SMALL_BODY_MAX_BYTES, uploadUrl

// EXTERNAL MODULE: ./packages/core/src/http/hosts.ts
var hosts = __webpack_require__(5901);
// EXTERNAL MODULE: ./packages/core/src/http/host-name.ts
var host_name = __webpack_require__(9492);
;// CONCATENATED MODULE: ./packages/core/src/registry/challenge.ts


/**
 * Parses a `WWW-Authenticate` header (RFC 9110 §11.6.1) into its challenges.
 * Quoted values may hold commas, `=` and backslash escapes; several
 * challenges may share one header, separated by commas. Malformed tails are
 * dropped rather than guessed at.
 */
function parseChallenges(header) {
    if (header === undefined)
        return [];
    const text = Array.isArray(header) ? header.join(', ') : header;
    const out = [];
    let i = 0;
    const n = text.length;
    const skipWs = () => {
        while (i < n && (text[i] === ' ' || text[i] === '\t'))
            i++;
    };
    const token = () => {
        const start = i;
        while (i < n && /[!#$%&'*+.^_`|~0-9A-Za-z-]/.test(text[i]))
            i++;
        return text.slice(start, i);
    };
    let current;
    while (i < n) {
        skipWs();
        if (text[i] === ',') {
            i++;
            continue;
        }
        const word = token();
        if (word === '') {
            // Not a token: skip one character so a stray byte cannot loop us.
            i++;
            continue;
        }
        skipWs();
        if (text[i] === '=' && current && text[i + 1] !== '=') {
            // auth-param of the current challenge
            i++;
            skipWs();
            let value = '';
            if (text[i] === '"') {
                i++;
                while (i < n && text[i] !== '"') {
                    if (text[i] === '\\' && i + 1 < n)
                        i++;
                    value += text[i];
                    i++;
                }
                i++; // closing quote
            }
            else {
                value = token();
            }
            current.params[word.toLowerCase()] = value;
            continue;
        }
        if (text[i] === '=' && !current) {
            // A parameter before any scheme: malformed, stop here.
            break;
        }
        // A new challenge: scheme [token68 | params]
        current = { scheme: word.toLowerCase(), params: {} };
        out.push(current);
        skipWs();
        // token68 (e.g. `Negotiate abc==`): a token followed by '=' padding and then a comma or the end.
        const save = i;
        const t68 = /^[A-Za-z0-9\-._~+/]+=*/.exec(text.slice(i));
        if (t68) {
            const after = text.slice(i + t68[0].length).trimStart();
            if ((after === '' || after.startsWith(',')) && !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+=[^=]/.test(text.slice(i))) {
                current.params.token68 = t68[0];
                i += t68[0].length;
                continue;
            }
        }
        i = save;
    }
    return out;
}
/** Picks the challenge to answer: Bearer first (registries prefer it), then Basic. */
function chooseChallenge(challenges) {
    return challenges.find((c) => c.scheme === 'bearer') ?? challenges.find((c) => c.scheme === 'basic');
}
/**
 * Checks a Bearer token realm before anything is sent to it: an absolute
 * https URL (plain http only when both the registry and the realm are on
 * loopback, as in tests), not a link-local or metadata address. Returns the
 * URL or an explanation.
 */
function checkRealm(realm, registry) {
    if (!realm)
        return { problem: 'the Bearer challenge has no realm' };
    let url;
    try {
        url = new URL(realm);
    }
    catch {
        return { problem: `token realm '${realm}' is not an absolute URL` };
    }
    if ((0,hosts/* isForbiddenHost */.i)(url.host))
        return { problem: `token realm ${url.origin} points at a link-local or metadata address; refusing to contact it` };
    if (url.protocol === 'https:')
        return { url };
    if (url.protocol === 'http:' && (0,host_name/* isLoopbackHost */.c)(url.host) && (0,host_name/* isLoopbackHost */.c)(registry))
        return { url };
    return { problem: `token realm ${url.origin} is not https; refusing to send credentials over ${url.protocol.replace(':', '')}` };
}

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/http/transport.ts
var transport = __webpack_require__(6291);
// EXTERNAL MODULE: ./packages/core/src/registry/manifest.ts
var manifest = __webpack_require__(8372);
;// CONCATENATED MODULE: ./packages/core/src/registry/diagnose.ts


/** `100;w=21600` → { count: 100, window: 21600 }. */
function parseQuota(value) {
    const m = /^\s*(\d+)\s*(?:;\s*w\s*=\s*(\d+))?/.exec(value ?? '');
    return m ? { count: Number(m[1]), window: m[2] === undefined ? undefined : Number(m[2]) } : {};
}
/**
 * Docker Hub's pull limit, when a 429 answer is Docker Hub's: it carries the
 * `ratelimit-*` / `docker-ratelimit-source` headers or a `TOOMANYREQUESTS`
 * error body. Undefined for any other answer (another registry's 429 is a
 * plain retryable status).
 */
function pullRateLimit(res) {
    if (res.status !== 429)
        return undefined;
    const limit = parseQuota((0,transport.header)(res, 'ratelimit-limit'));
    const remaining = parseQuota((0,transport.header)(res, 'ratelimit-remaining'));
    const hub = (0,transport.header)(res, 'docker-ratelimit-source') !== undefined ||
        limit.count !== undefined ||
        remaining.count !== undefined ||
        /"TOOMANYREQUESTS"/.test(res.body.toString('utf8', 0, 4096));
    if (!hub)
        return undefined;
    return { limit: limit.count, remaining: remaining.count, windowSeconds: remaining.window ?? limit.window };
}
function duration(seconds) {
    if (seconds >= 3600 && seconds % 3600 === 0)
        return `${seconds / 3600}h`;
    if (seconds >= 60 && seconds % 60 === 0)
        return `${seconds / 60}min`;
    return `${seconds}s`;
}
/**
 * The error text for Docker Hub's pull limit: what was hit, when it frees up
 * (a Retry-After, else the window), and how to get past it.
 */
function pullRateLimitMessage(host, rl, retryAfterMs, anonymous) {
    const quota = rl.remaining !== undefined && rl.limit !== undefined
        ? ` (${rl.remaining} of ${rl.limit} remaining${rl.windowSeconds ? ` per ${duration(rl.windowSeconds)}` : ''})`
        : rl.windowSeconds
            ? ` (per ${duration(rl.windowSeconds)})`
            : '';
    const resets = retryAfterMs !== undefined
        ? `it asked to retry after ${Math.ceil(retryAfterMs / 1000)} s`
        : rl.windowSeconds
            ? `the limit counts pulls over a rolling ${duration(rl.windowSeconds)} window, so pulls free up within ${duration(rl.windowSeconds)}`
            : 'Docker Hub did not say when the limit resets';
    const state = rl.remaining === undefined || rl.remaining === 0 ? 'is used up' : 'refused this pull';
    const message = `rate limited by ${host}: Docker Hub's pull rate limit ${state}${quota}${anonymous ? ' for anonymous pulls from this address' : ' for this account'}; ${resets}`;
    const elsewhere = 'or pull through a registry mirror (e.g. mirror.gcr.io) or copy the image to your own registry';
    if (!anonymous)
        return {
            message,
            hint: 'wait for the window to pass, use an account on a paid Docker plan, or pull through a registry mirror / copy the image to your own registry',
        };
    return {
        message,
        hint: `authenticate to Docker Hub (username/password inputs, or docker/login-action before this step): authenticated pulls have a higher limit; ${elsewhere}`,
        cliHint: `authenticate to Docker Hub (docker login, or --username with the password on --password-stdin): authenticated pulls have a higher limit; ${elsewhere}`,
    };
}
/** Amazon ECR's private registry hosts: `<account>.dkr.ecr[-fips].<region>.amazonaws.com[.cn]`. */
const ECR_HOST = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?(?::\d+)?$/i;
/** The AWS region of an ECR registry host, or undefined for any other host. */
function ecrRegion(host) {
    return ECR_HOST.exec(host)?.[2]?.toLowerCase();
}
/**
 * The error for ECR refusing a Basic password: ECR passwords are
 * authorization tokens that expire after 12 hours, so an old
 * `aws ecr get-login-password` output is the likely cause.
 */
function ecrExpiredMessage(registry, repository, region) {
    const role = `check the IAM role may call ecr:BatchGetImage on ${repository}`;
    return {
        message: `${registry} refused the password for ${repository}: the ECR credentials are likely expired (an ECR password from aws ecr get-login-password lasts 12 hours)`,
        hint: `get a fresh password in the same job — \`aws ecr get-login-password --region ${region}\` (or aws-actions/amazon-ecr-login) right before this step — and ${role}`,
        cliHint: `get a fresh password — \`aws ecr get-login-password --region ${region}\` piped to --password-stdin, or to docker login — and ${role}`,
    };
}
/** Docker's schema1 manifests (signed and unsigned), which lockstep does not pin. */
const SCHEMA1 = new Set([
    'application/vnd.docker.distribution.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.v1+prettyjws',
]);
/** The four manifest media types lockstep asks for. */
const ACCEPTED = new Set(Object.values(manifest/* MEDIA_TYPES */.Z2));
/**
 * Why a manifest answer cannot be pinned, or undefined when it can: a
 * schema1 manifest (by Content-Type or `schemaVersion: 1`), or a
 * Content-Type naming one manifest type while the body's `mediaType` names
 * another (what was hashed is not what the registry says it is). A missing or
 * generic Content-Type, or a body without `mediaType`, is not a disagreement.
 */
function mediaTypeProblem(contentType, body) {
    if (contentType !== undefined && SCHEMA1.has(contentType))
        return `unsupported media type ${contentType} (a Docker schema1 manifest, deprecated and not content-addressable by its digest)`;
    if (body === undefined)
        return undefined;
    let doc;
    try {
        doc = JSON.parse(body.toString('utf8'));
    }
    catch {
        return undefined;
    }
    if (doc?.schemaVersion === 1)
        return `unsupported media type: the manifest is Docker schema1 (schemaVersion 1), deprecated and not pinned by lockstep`;
    const declared = typeof doc?.mediaType === 'string' ? doc.mediaType : undefined;
    if (declared !== undefined && SCHEMA1.has(declared))
        return `unsupported media type ${declared} (a Docker schema1 manifest)`;
    if (contentType !== undefined && declared !== undefined && ACCEPTED.has(contentType) && contentType !== declared)
        return `unsupported media type: served as Content-Type ${contentType} but the manifest's mediaType is ${declared}`;
    return undefined;
}

// EXTERNAL MODULE: ./packages/core/src/registry/reference.ts
var reference = __webpack_require__(908);
// EXTERNAL MODULE: ./packages/core/src/registry/retry.ts
var retry = __webpack_require__(6371);
;// CONCATENATED MODULE: ./packages/core/src/registry/client.ts







/** A failure talking to a registry; the message never holds a credential. */
class RegistryError extends Error {
    kind;
    /** How to fix it, when the failure knows better than a hint chosen by its kind. */
    hint;
    /** The same fix from a terminal, where it differs by more than the inputs' names (no workflow step to add). */
    cliHint;
    constructor(kind, message, hint, cliHint) {
        super(message);
        this.name = 'RegistryError';
        this.kind = kind;
        if (hint !== undefined)
            this.hint = hint;
        if (cliHint !== undefined)
            this.cliHint = cliHint;
    }
    /** The failure as the user's error: `what` before the registry's message, its own hint (and a terminal's) else `fallback`. */
    asUserError(what, fallback) {
        return new errors/* UserError */.yo(`${what}: ${this.message}`, { hint: this.hint ?? fallback, cliHint: this.cliHint });
    }
}
/** Docker Hub's pull limit hit in `send`; `request` turns it into a RegistryError once it knows whether we pulled anonymously. */
class PullLimitHit extends Error {
    host;
    limit;
    retryAfterMs;
    constructor(host, limit, retryAfterMs) {
        super(`rate limited by ${host}`);
        this.host = host;
        this.limit = limit;
        this.retryAfterMs = retryAfterMs;
    }
}
const MANIFEST_MAX_BYTES = 4 * 1024 * 1024;
const SMALL_BODY_MAX_BYTES = 64 * 1024;
/** Tags asked for per page of a tag list, and the pages read at most. */
const TAG_PAGE = 1000;
const TAG_PAGES = 20;
/** The next page a tag list's `Link` header names (`<path?n=…&last=…>; rel="next"`), on the registry's own origin only. */
function nextPage(link, base) {
    const text = Array.isArray(link) ? link[0] : link;
    if (!text || !/;\s*rel="?next"?/.test(text))
        return undefined;
    const open = text.indexOf('<');
    const close = text.indexOf('>', open);
    if (open < 0 || close < 0)
        return undefined;
    const next = new URL(text.slice(open + 1, close), base);
    return next.origin === new URL(base).origin ? next.href : undefined;
}
/**
 * A small OCI Distribution client: resolves tags to digests with HEAD (one
 * round trip when the registry sends Docker-Content-Digest), answers Basic
 * and Bearer challenges, caches tokens per registry and scope, retries
 * 429/5xx/network failures with backoff, follows redirects itself and drops
 * credentials when one leaves the registry's origin.
 */
class RegistryClient {
    requests = [];
    transport;
    clock;
    retry;
    requestTimeoutMs;
    deadlineAt;
    deadlineMs;
    credentials;
    baseUrl;
    log;
    /** What each registry asked for on its first 401; absent = not yet challenged. */
    challenges = new Map();
    tokens = new Map();
    constructor(opts) {
        this.transport = opts.transport;
        this.clock = opts.clock ?? retry/* systemClock */.ml;
        this.retry = opts.retry ?? retry/* DEFAULT_RETRY */.vI;
        this.requestTimeoutMs = opts.requestTimeoutMs ?? 15000;
        this.deadlineMs = opts.deadlineMs ?? 120000;
        this.deadlineAt = this.clock.now() + this.deadlineMs;
        this.credentials = opts.credentials ?? (() => undefined);
        this.baseUrl = opts.baseUrl ?? reference/* registryBaseUrl */.mO;
        this.log = opts.log ?? (() => { });
    }
    /**
     * Resolves a reference to the digest to record. By default that is what
     * the tag (or pinned digest) names — the index for a multi-arch image; with
     * `platform`, it GETs the index and returns that platform's manifest.
     */
    async resolve(ref, platform) {
        const target = ref.digest ?? ref.tag ?? 'latest';
        const warnings = [];
        if (platform) {
            const res = await this.manifest(ref, 'GET', target);
            const digest = this.checkBody(ref, res, target);
            const mediaType = contentType(res) ?? bodyMediaType(res.body);
            if (!(0,manifest/* isIndexMediaType */.$$)(mediaType)) {
                // A single-platform image: its config says which platform it is built for.
                const built = await this.imagePlatform(ref, res.body, target);
                if (built.os !== platform.os ||
                    built.architecture !== platform.architecture ||
                    (platform.variant !== undefined && built.variant !== platform.variant))
                    throw new RegistryError('platform', `${target} is a single-platform image built for ${(0,manifest/* formatPlatform */.Bq)(built)}, not ${(0,manifest/* formatPlatform */.Bq)(platform)}`);
                if (ref.digest && ref.tag)
                    await this.compareTag(ref, digest, warnings);
                return { digest, mediaType, isIndex: false, platform: (0,manifest/* formatPlatform */.Bq)(built), warnings };
            }
            let sel;
            try {
                sel = (0,manifest/* selectPlatform */.md)(res.body, platform);
            }
            catch (e) {
                throw new RegistryError(e instanceof manifest/* PlatformNotFoundError */.zz ? 'platform' : 'invalid', e.message);
            }
            if (!(0,reference/* isDigest */.Bc)(sel.digest))
                throw new RegistryError('invalid', `the index lists ${sel.platform} with a malformed digest`);
            if (ref.digest && ref.tag)
                await this.compareTag(ref, digest, warnings);
            return { digest: sel.digest, isIndex: false, indexDigest: digest, platform: sel.platform, warnings };
        }
        const head = await this.manifest(ref, 'HEAD', target);
        let digest = (0,transport.header)(head, 'docker-content-digest');
        let mediaType = contentType(head);
        this.checkMediaType(ref, target, mediaType, undefined);
        if (!digest || !(0,reference/* isDigest */.Bc)(digest)) {
            this.log(`${(0,reference/* formatReference */.FH)(ref)}: no Docker-Content-Digest on HEAD; fetching the manifest to hash it`);
            const res = await this.manifest(ref, 'GET', target);
            digest = this.checkBody(ref, res, target);
            mediaType = contentType(res) ?? bodyMediaType(res.body);
        }
        else if (ref.digest && digest !== ref.digest) {
            throw new RegistryError('mismatch', `the registry answered ${digest} for the pinned digest ${ref.digest}`);
        }
        if (ref.digest && ref.tag)
            await this.compareTag(ref, digest, warnings);
        return { digest, mediaType, isIndex: (0,manifest/* isIndexMediaType */.$$)(mediaType), warnings };
    }
    /** A manifest by tag or digest, its bytes checked against a requested digest; a RegistryError (kind not-found) when there is none. */
    async manifestAt(ref, target, accept = manifest/* MANIFEST_ACCEPT */.dY) {
        const res = await this.request(ref, 'manifests', 'GET', target, { Accept: accept });
        const digest = this.checkBody({ ...ref, digest: (0,reference/* isDigest */.Bc)(target) ? target : undefined }, res, target);
        return { body: res.body, digest, mediaType: contentType(res) ?? bodyMediaType(res.body) };
    }
    /**
     * A manifest by tag or digest, or undefined when the registry has none
     * there (404). For the artifacts stored beside an image (signatures,
     * attestations, a chart version about to be published).
     */
    async fetchManifest(ref, target, accept = manifest/* MANIFEST_ACCEPT */.dY) {
        try {
            return await this.manifestAt(ref, target, accept);
        }
        catch (e) {
            if (e instanceof RegistryError && e.kind === 'not-found')
                return undefined;
            throw e;
        }
    }
    /** A blob of `ref`'s repository (at most 4 MiB), verified against its digest. */
    async fetchBlob(ref, digest, mediaType) {
        if (!(0,reference/* isDigest */.Bc)(digest))
            throw new RegistryError('invalid', `${refName(ref, digest)}: not a digest`);
        const res = await this.request(ref, 'blobs', 'GET', digest, { Accept: mediaType ?? '*/*' });
        const got = (0,manifest/* digestOf */.ol)(res.body, digest.slice(0, digest.indexOf(':')));
        if (got !== digest)
            throw new RegistryError('mismatch', `the blob served for ${digest} hashes to ${got}`);
        return res.body;
    }
    /**
     * Every tag of `ref`'s repository (`GET /v2/<name>/tags/list`), page after page as the registry's `Link: <…>;
     * rel="next"` leads (same host only), at most TAG_PAGES pages of TAG_PAGE tags: what a chart's semver range is
     * resolved against, as helm-controller and Argo CD list it.
     */
    async tags(ref) {
        const base = this.baseUrl(ref.registry);
        let url = `${base}/v2/${ref.repository}/tags/list?n=${TAG_PAGE}`;
        const tags = [];
        for (let page = 0; url !== undefined; page++) {
            if (page === TAG_PAGES)
                throw new RegistryError('invalid', `${ref.registry}/${ref.repository} lists more than ${TAG_PAGES * TAG_PAGE} tags`);
            const res = await this.exchange(ref, 'tags/list', { method: 'GET', url, headers: { Accept: 'application/json' } });
            let listed;
            try {
                listed = JSON.parse(res.body.toString('utf8'))?.tags;
            }
            catch {
                throw new RegistryError('invalid', `${ref.registry}/${ref.repository}: the tag list is not JSON`);
            }
            if (Array.isArray(listed))
                tags.push(...listed.filter((t) => typeof t === 'string'));
            url = nextPage(res.headers.link, base);
        }
        return tags;
    }
    /**
     * The OCI 1.1 referrers index of `digest` (`GET /v2/<name>/referrers/<digest>`),
     * or undefined when the registry has no referrers API (404): the caller
     * then reads the `sha256-<hex>` tag the OCI spec names as its fallback.
     */
    async referrers(ref, digest) {
        try {
            const res = await this.request(ref, 'referrers', 'GET', digest, { Accept: manifest/* MEDIA_TYPES */.Z2.ociIndex });
            return res.body;
        }
        catch (e) {
            if (e instanceof RegistryError && e.kind === 'not-found')
                return undefined;
            throw e;
        }
    }
    /**
     * Uploads a blob unless the repository holds it already, the way the OCI
     * distribution spec's "monolithic upload" goes: POST opens an upload
     * session, one PUT to its Location with `?digest=` sends the bytes and
     * closes it. Returns the digest and whether bytes were sent.
     */
    async pushBlob(ref, bytes) {
        const digest = (0,manifest/* digestOf */.ol)(bytes);
        if (await this.hasBlob(ref, digest))
            return { digest, pushed: false };
        const base = this.baseUrl(ref.registry);
        const opened = await this.exchange(ref, digest, {
            method: 'POST',
            url: `${base}/v2/${ref.repository}/blobs/uploads/`,
            headers: {},
            push: true,
        });
        const url = uploadUrl((0,transport.header)(opened, 'location'), base, ref);
        url.searchParams.set('digest', digest);
        await this.exchange(ref, digest, {
            method: 'PUT',
            url: url.toString(),
            headers: { 'Content-Type': 'application/octet-stream' },
            body: bytes,
            push: true,
        });
        return { digest, pushed: true };
    }
    /** PUTs a manifest under a tag; returns its digest (the registry's answer must agree with the bytes sent). */
    async pushManifest(ref, tag, body, mediaType) {
        const digest = (0,manifest/* digestOf */.ol)(body);
        const res = await this.exchange(ref, tag, {
            method: 'PUT',
            url: `${this.baseUrl(ref.registry)}/v2/${ref.repository}/manifests/${tag}`,
            headers: { 'Content-Type': mediaType },
            body,
            push: true,
        });
        const stated = (0,transport.header)(res, 'docker-content-digest');
        if (stated && stated !== digest)
            throw new RegistryError('mismatch', `${refName(ref, tag)}: the registry stored the manifest as ${stated}, not ${digest}`);
        return digest;
    }
    /**
     * A GET of a URL that is no registry API (a classic Helm repository's
     * index.yaml or chart archive, registry/helm-repository.ts): redirects
     * followed as for a registry (an `authorization` given is dropped at the
     * first hop to another origin, and a challenge from there ends the request),
     * 429/5xx/network failures retried by the same policy; anonymous unless the
     * caller gives `authorization`. Any answer but 200 is a RegistryError
     * (`not-found` for 404, `unauthenticated` for 401, `denied` for 403); a body
     * over `maxBytes` is `invalid`.
     */
    async getUrl(url, maxBytes, what, authorization) {
        let res;
        try {
            res = await this.follow('GET', url, { Accept: '*/*', ...(authorization ? { Authorization: authorization } : {}) }, maxBytes);
        }
        catch (e) {
            if (e instanceof PullLimitHit)
                throw new RegistryError('rate-limited', `${e.host} limited the pulls of ${what}`);
            throw e;
        }
        if (res.status === 200)
            return res.body;
        const kind = res.status === 404 ? 'not-found' : res.status === 401 ? 'unauthenticated' : res.status === 403 ? 'denied' : 'error';
        throw new RegistryError(kind, `${what}: ${new URL(url).host} answered HTTP ${res.status}`);
    }
    /** The registry's API base URL (`http://127.0.0.1:5000`, `https://ghcr.io`). */
    apiBase(registry) {
        return this.baseUrl(registry);
    }
    /**
     * One authenticated exchange on `ref`'s repository (a read, or with `push` a write under the pull,push scope),
     * retried and redirected as every other: a 2xx answer or a RegistryError. For the blob copy's upload sessions
     * and ranged reads (registry/blob-copy.ts), which need more of the protocol than the methods above speak.
     */
    authorized(ref, target, x) {
        return this.exchange(ref, target, x);
    }
    /** Whether the repository holds a blob (a HEAD; 404 is no). */
    async hasBlob(ref, digest) {
        try {
            await this.exchange(ref, digest, {
                method: 'HEAD',
                url: `${this.baseUrl(ref.registry)}/v2/${ref.repository}/blobs/${digest}`,
                headers: {},
                push: true,
            });
            return true;
        }
        catch (e) {
            if (e instanceof RegistryError && e.kind === 'not-found')
                return false;
            throw e;
        }
    }
    /** The platform a single-platform manifest's image config names (os, architecture, variant), fetched and verified. */
    async imagePlatform(ref, manifestBody, target) {
        const config = configDescriptor(manifestBody);
        if (!config)
            throw new RegistryError('invalid', `${target} is a manifest without an image config, so its platform cannot be checked`);
        const res = await this.request(ref, 'blobs', 'GET', config.digest, { Accept: config.mediaType ?? '*/*' });
        if ((0,manifest/* digestOf */.ol)(res.body, config.digest.slice(0, config.digest.indexOf(':'))) !== config.digest)
            throw new RegistryError('mismatch', `the image config served for ${config.digest} hashes to ${(0,manifest/* digestOf */.ol)(res.body)}`);
        let doc;
        try {
            doc = JSON.parse(res.body.toString('utf8'));
        }
        catch {
            throw new RegistryError('invalid', `the image config ${config.digest} of ${target} is not JSON`);
        }
        if (typeof doc?.os !== 'string' || typeof doc.architecture !== 'string')
            throw new RegistryError('invalid', `the image config ${config.digest} of ${target} names no os/architecture`);
        return {
            os: doc.os,
            architecture: doc.architecture,
            variant: typeof doc.variant === 'string' && doc.variant !== '' ? doc.variant : undefined,
        };
    }
    /** Verifies a GET's body against the header and the pinned digest; returns the body's digest. */
    checkBody(ref, res, target) {
        this.checkMediaType(ref, target, contentType(res), res.body);
        let digest;
        try {
            digest = (0,manifest/* verifyDigest */.Ub)(res.body, (0,transport.header)(res, 'docker-content-digest'));
        }
        catch (e) {
            if (e instanceof manifest/* DigestMismatchError */.h)
                throw new RegistryError('mismatch', `${target}: ${e.message}`);
            throw e;
        }
        if (ref.digest && (0,manifest/* digestOf */.ol)(res.body, ref.digest.slice(0, ref.digest.indexOf(':'))) !== ref.digest)
            throw new RegistryError('mismatch', `the manifest served for ${ref.digest} hashes to ${digest}`);
        return digest;
    }
    /** Refuses a schema1 manifest, or one served under another media type than its body declares (case 14). */
    checkMediaType(ref, target, type, body) {
        const problem = mediaTypeProblem(type, body);
        if (!problem)
            return;
        const schema1 = problem.includes('schema1');
        throw new RegistryError(schema1 ? 'invalid' : 'mismatch', `${refName(ref, target)}: ${problem}`, schema1
            ? 'rebuild and push the image with a current docker/buildx (it writes schema2 or OCI manifests); lockstep pins only those'
            : 'the registry (or a proxy in front of it) labels the manifest with the wrong Content-Type; report it to whoever runs the registry');
    }
    /** A reference with both a tag and a digest records the digest; a tag that moved on is worth a warning. */
    async compareTag(ref, pinned, warnings) {
        try {
            const res = await this.manifest({ ...ref, digest: undefined }, 'HEAD', ref.tag);
            const tagDigest = (0,transport.header)(res, 'docker-content-digest');
            if (tagDigest && tagDigest !== pinned)
                warnings.push(`tag '${ref.tag}' now points to ${tagDigest}, not the pinned ${pinned}; recording the pinned digest`);
        }
        catch (e) {
            if (e instanceof RegistryError && e.kind === 'not-found')
                warnings.push(`tag '${ref.tag}' no longer exists; recording the pinned digest ${pinned}`);
            else
                throw e;
        }
    }
    /** A manifest request with authentication; returns a 2xx answer or throws a RegistryError. */
    manifest(ref, method, target) {
        return this.request(ref, 'manifests', method, target, { Accept: manifest/* MANIFEST_ACCEPT */.dY });
    }
    /** A manifest or blob request with authentication (the same pull scope); a 2xx answer or a RegistryError. */
    request(ref, kind, method, target, headers) {
        return this.exchange(ref, target, { method, url: `${this.baseUrl(ref.registry)}/v2/${ref.repository}/${kind}/${target}`, headers });
    }
    /** One authenticated exchange (a read, or with `push` a write under the pull,push scope); a 2xx answer or a RegistryError. */
    async exchange(ref, target, x) {
        try {
            return await this.authorizedRequest(ref, target, x);
        }
        catch (e) {
            if (!(e instanceof PullLimitHit))
                throw e;
            const { message, hint, cliHint } = pullRateLimitMessage(e.host, e.limit, e.retryAfterMs, !(await this.credentials(ref.registry)));
            throw new RegistryError('rate-limited', `${message} (${refName(ref, target)})`, hint, cliHint);
        }
    }
    async authorizedRequest(ref, target, x) {
        const scope = `repository:${ref.repository}:${x.push ? 'pull,push' : 'pull'}`;
        let fresh = false;
        for (let round = 0; round < 4; round++) {
            const auth = await this.authorization(ref.registry, scope, fresh);
            const res = await this.follow(x.method, x.url, { ...x.headers, ...(auth ? { Authorization: auth } : {}) }, x.maxBytes ?? MANIFEST_MAX_BYTES, x.body);
            if (res.status >= 200 && res.status < 300)
                return res;
            if (res.status === 401) {
                const challenge = chooseChallenge(parseChallenges(res.headers['www-authenticate']));
                if (!challenge)
                    throw new RegistryError('denied', `${ref.registry} answered 401 without a Basic or Bearer challenge`);
                this.challenges.set(ref.registry, challenge);
                if (auth === undefined)
                    continue; // now we know what it wants
                if (challenge.scheme === 'basic')
                    throw this.basicRejected(ref);
                if (fresh)
                    throw (await this.credentials(ref.registry))
                        ? new RegistryError('denied', `${ref.registry} refused access to ${ref.repository} (scope ${scope}) even with a fresh token`)
                        : new RegistryError('unauthenticated', `${ref.registry} refused anonymous access to ${ref.repository} (scope ${scope}); the repository is private or does not exist`);
                fresh = true; // one re-auth: the token may have expired
                continue;
            }
            throw this.statusError(ref, target, res);
        }
        throw new RegistryError('denied', `${ref.registry} kept asking for authentication for ${scope}`);
    }
    /** Basic credentials refused; on ECR that is almost always a password older than its 12 hours. */
    basicRejected(ref) {
        const region = ecrRegion(ref.registry);
        if (region === undefined)
            return new RegistryError('denied', `${ref.registry} rejected the credentials for ${ref.repository} (Basic auth)`);
        const { message, hint, cliHint } = ecrExpiredMessage(ref.registry, ref.repository, region);
        return new RegistryError('denied', message, hint, cliHint);
    }
    statusError(ref, target, res) {
        const detail = registryErrorDetail(res.body);
        const what = refName(ref, target);
        if (res.status === 404)
            return new RegistryError('not-found', `${what} not found${detail ? ` (${detail})` : ''}`);
        // ECR answers an expired password with 403 DENIED "Your authorization token has expired".
        if (res.status === 403 && ecrRegion(ref.registry) !== undefined && /expired/i.test(detail ?? res.body.toString('utf8', 0, 1024)))
            return this.basicRejected(ref);
        if (res.status === 403)
            return new RegistryError('denied', `access to ${ref.registry}/${ref.repository} denied${detail ? ` (${detail})` : ''}`);
        return new RegistryError('error', `${ref.registry} answered HTTP ${res.status} for ${what}${detail ? ` (${detail})` : ''}`);
    }
    /** The Authorization header for a registry that already challenged us, or undefined. */
    async authorization(registry, scope, fresh) {
        const challenge = this.challenges.get(registry);
        if (!challenge)
            return undefined;
        const creds = await this.credentials(registry);
        if (challenge.scheme === 'basic') {
            if (!creds)
                throw new RegistryError('unauthenticated', `${registry} requires a username and password (Basic auth) and none were given`);
            return `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`;
        }
        const key = `${registry}\n${challenge.params.realm ?? ''}\n${scope}`;
        const cached = this.tokens.get(key);
        if (cached && !fresh) {
            const entry = await cached;
            if (entry.expiresAt > this.clock.now())
                return `Bearer ${entry.token}`;
        }
        const pending = this.fetchToken(registry, challenge, scope, creds);
        this.tokens.set(key, pending);
        pending.catch(() => {
            if (this.tokens.get(key) === pending)
                this.tokens.delete(key);
        });
        return `Bearer ${(await pending).token}`;
    }
    async fetchToken(registry, challenge, scope, creds) {
        const realm = checkRealm(challenge.params.realm, registry);
        if ('problem' in realm)
            throw new RegistryError('refused', `${registry}: ${realm.problem}`);
        const url = new URL(realm.url);
        if (challenge.params.service)
            url.searchParams.set('service', challenge.params.service);
        url.searchParams.set('scope', scope);
        const headers = { Accept: 'application/json' };
        if (creds)
            headers.Authorization = `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`;
        const res = await this.follow('GET', url.toString(), headers, SMALL_BODY_MAX_BYTES);
        if (res.status === 401 || res.status === 403)
            throw new RegistryError(creds ? 'denied' : 'unauthenticated', `the token service ${url.origin} refused ${creds ? 'the credentials' : 'anonymous access'} for ${registry} (scope ${scope})`);
        if (res.status < 200 || res.status >= 300)
            throw new RegistryError('error', `the token service ${url.origin} answered HTTP ${res.status} for ${registry} (scope ${scope})`);
        let doc;
        try {
            doc = JSON.parse(res.body.toString('utf8'));
        }
        catch {
            throw new RegistryError('error', `the token service ${url.origin} did not answer JSON`);
        }
        const token = typeof doc.token === 'string' && doc.token ? doc.token : typeof doc.access_token === 'string' ? doc.access_token : '';
        if (!token)
            throw new RegistryError('error', `the token service ${url.origin} answered without a token`);
        const lifetime = typeof doc.expires_in === 'number' && doc.expires_in > 0 ? doc.expires_in : 60;
        // Renew a little early so a token does not expire between check and use.
        return { token, expiresAt: this.clock.now() + Math.max(1, lifetime - 10) * 1000 };
    }
    /** Follows redirects by hand; Authorization goes only to the origin it was meant for. */
    async follow(method, url, headers, maxBytes, body) {
        let current = new URL(url);
        const origin = current.origin;
        let h = { ...headers };
        for (let hop = 0;; hop++) {
            const res = await this.send(method, current, h, maxBytes, body);
            const location = (0,transport.header)(res, 'location');
            // A challenge from a host we were redirected to is not the registry's: answering it would send the
            // registry's credentials (or fetch a token with them) for another host, so it ends the request here.
            if (res.status === 401 && current.origin !== origin)
                throw new RegistryError('denied', `${current.host} (a redirect from ${new URL(url).host}) asked for authentication; lockstep sends no credentials to another host`);
            if (!transport.REDIRECTS.has(res.status) || !location)
                return res;
            let next;
            try {
                ({ next, headers: h } = (0,transport.redirectHop)(current, location, origin, h, hop));
            }
            catch (e) {
                if (e instanceof transport.RedirectError)
                    throw new RegistryError(e.kind, e.message);
                throw e;
            }
            // A push that lands on another host is not in the registry that was named (and was sent there without
            // its credentials): what the registry answers there proves nothing about the tag here.
            if ((method === 'PUT' || method === 'POST') && next.origin !== origin)
                throw new RegistryError('refused', `${current.host} redirected the ${method} to ${next.host}, another host; lockstep pushes only to the registry it was given`, `publish to ${next.host} directly if that is where the charts belong, or fix the registry in front of it`);
            this.log(`${method} redirected from ${current.host} to ${next.host}`);
            current = next;
        }
    }
    /** One request with retries on 429/5xx/network errors, honouring Retry-After, within the deadline. */
    async send(method, url, headers, maxBytes, body) {
        const policy = this.retry;
        let lastProblem = '';
        let made = 0;
        let hubLimit;
        let hubWait;
        for (let attempt = 1; attempt <= policy.attempts; attempt++) {
            const left = this.deadlineAt - this.clock.now();
            if (left <= 0 && hubLimit)
                throw new PullLimitHit(url.host, hubLimit, hubWait);
            if (left <= 0)
                throw new RegistryError('unreachable', `${url.host} unreachable: gave up after ${attempt - 1} attempts when the ${Math.round(this.deadlineMs / 1000)} s deadline passed${lastProblem ? ` (${lastProblem})` : ''}`);
            let res;
            let wait;
            made = attempt;
            try {
                res = await this.transport({
                    method,
                    url: url.toString(),
                    headers,
                    maxBytes,
                    maxErrorBytes: SMALL_BODY_MAX_BYTES,
                    timeoutMs: Math.min(this.requestTimeoutMs, left),
                    ...(body ? { body } : {}),
                });
                this.requests.push({ method, url: url.toString(), status: res.status });
                this.log(`${method} ${url.origin}${url.pathname} → ${res.status}`);
                if (!(0,retry/* isRetryableStatus */.PS)(res.status))
                    return res;
                lastProblem = `HTTP ${res.status}`;
                wait = (0,retry/* parseRetryAfter */.mu)(res.headers['retry-after'], this.clock.now());
                hubLimit = pullRateLimit(res);
                hubWait = wait;
                // Docker Hub's pull limit counts over hours: without a Retry-After, retrying within seconds only fails again.
                if (hubLimit && (wait === undefined ? hubLimit.remaining === 0 : wait > policy.maxRetryAfterMs))
                    throw new PullLimitHit(url.host, hubLimit, wait);
                if (wait !== undefined && wait > policy.maxRetryAfterMs)
                    throw new RegistryError('unreachable', `${url.host} answered HTTP ${res.status} and asked to retry after ${Math.round(wait / 1000)} s, longer than lockstep waits`);
            }
            catch (e) {
                if (e instanceof RegistryError || e instanceof PullLimitHit)
                    throw e;
                if (e instanceof transport.ForbiddenDestinationError)
                    throw new RegistryError('refused', e.message);
                if (e instanceof transport.BodyTooLargeError)
                    throw new RegistryError('invalid', e.message);
                if (!(e instanceof transport.NetworkError))
                    throw e;
                hubLimit = undefined;
                this.requests.push({ method, url: url.toString(), status: e.code });
                this.log(`${method} ${url.origin}${url.pathname} → ${e.code}`);
                lastProblem = e.message;
            }
            if (attempt === policy.attempts)
                break;
            const delay = wait ?? (0,retry/* backoffDelay */.EY)(attempt, policy, this.clock.random());
            // Waiting past the deadline would only delay the same failure.
            if (this.clock.now() + delay >= this.deadlineAt)
                break;
            await this.clock.sleep(delay);
        }
        if (hubLimit)
            throw new PullLimitHit(url.host, hubLimit, hubWait);
        throw new RegistryError('unreachable', `${url.host} unreachable after ${made} attempt${made === 1 ? '' : 's'} (${lastProblem})`);
    }
}
/**
 * Where an upload session continues: the POST's Location, relative or
 * absolute, on the registry's own origin (credentials never go elsewhere).
 */
function uploadUrl(location, base, ref) {
    if (!location)
        throw new RegistryError('invalid', `${ref.registry} opened an upload for ${ref.repository} without a Location`);
    let url;
    try {
        url = new URL(location, base);
    }
    catch {
        throw new RegistryError('invalid', `${ref.registry} answered an upload with an invalid Location`);
    }
    if (url.origin !== new URL(base).origin)
        throw new RegistryError('refused', `${ref.registry} sent the upload to ${url.host}; lockstep sends no credentials to another host`);
    return url;
}
/** The `config` descriptor of an image manifest body, when it has a well-formed one. */
function configDescriptor(body) {
    try {
        const c = JSON.parse(body.toString('utf8'))?.config;
        if (!c || typeof c.digest !== 'string' || !(0,reference/* isDigest */.Bc)(c.digest))
            return undefined;
        return { digest: c.digest, mediaType: typeof c.mediaType === 'string' ? c.mediaType : undefined };
    }
    catch {
        return undefined;
    }
}
/** `registry/repository:tag` or `registry/repository@sha256:…`, as errors name an image. */
function refName(ref, target) {
    return `${ref.registry}/${ref.repository}:${target}`.replace(/:(sha\d+:)/, '@$1');
}
function contentType(res) {
    return (0,transport.header)(res, 'content-type')?.split(';')[0].trim() || undefined;
}
function bodyMediaType(body) {
    try {
        const mt = JSON.parse(body.toString('utf8'))?.mediaType;
        return typeof mt === 'string' ? mt : undefined;
    }
    catch {
        return undefined;
    }
}
/** `CODE: message` from a registry's JSON error body, shortened and flattened. */
function registryErrorDetail(body) {
    if (body.length === 0)
        return undefined;
    try {
        const first = JSON.parse(body.toString('utf8'))?.errors?.[0];
        if (!first)
            return undefined;
        const text = [first.code, first.message].filter((s) => typeof s === 'string' && s !== '').join(': ');
        return text.replace(/[\r\n]+/g, ' ').slice(0, 200) || undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 2558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dR: () => (/* binding */ isClassicRepository),
/* harmony export */   o8: () => (/* binding */ pullRepositoryChart)
/* harmony export */ });
/* unused harmony exports MAX_INDEX_MIB, MAX_INDEX_BYTES, MAX_ARCHIVE_BYTES, indexUrl, indexEntry */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9730);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _http_host_name_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9492);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2632);
// A classic Helm repository (`helm repo index`'s layout, chart-releaser's
// GitHub Pages): an https folder whose index.yaml lists each chart version with
// the URL of its packaged archive and that archive's sha256 `digest`. A chart
// version is read by fetching index.yaml (bounded: at most MAX_INDEX_MIB, since
// it is parsed whole by `yaml`, with its alias cap), taking the entry of that exact version,
// and fetching the archive its first URL names, whose bytes must hash to the
// index's digest. Everything goes through the registry client's GET (its
// redirects and retry policy).
//
// Credentials: a private repository (Artifactory, Nexus, ChartMuseum, a
// chart-releaser site behind a proxy) is read with the Basic credentials of its
// entry in Helm's repositories.yaml (registry/helm-repositories.ts), sent only
// to the repository's own origin: with the index request, with an archive on the
// same origin, never after a redirect elsewhere (the client drops them at that
// hop) and never to an archive on another host. A 401 or 403 is one line naming
// the host, the repository and the file credentials are read from.
//
// Where an index may send the archive: chart-releaser's index lives on
// <owner>.github.io and names archives under github.com/<owner>/<repo>/releases,
// another host, so another host is followed, over https only (plain http only
// on this machine, as for registries); any other scheme is refused. The digest
// is what ties the archive to the index, so an entry without one is refused,
// and an archive that hashes otherwise is refused as a mismatch.





/**
 * Largest index.yaml read, in MiB. The index is parsed whole (the yaml package has no streaming reader), at about
 * 1 s and 45 MiB of memory per MiB of index: 15 MiB took 11 s and 660 MiB. A chart-releaser index is KiBs and
 * thousands of versions fit in 4 MiB; a larger repository (Bitnami's was ~20 MiB) publishes to OCI, read by digest.
 */
const MAX_INDEX_MIB = 4;
/** MAX_INDEX_MIB in bytes: the read stops there. */
const MAX_INDEX_BYTES = MAX_INDEX_MIB * 1024 * 1024;
/** Largest chart archive read (the same cap as a chart pulled from a registry blob is held to). */
const MAX_ARCHIVE_BYTES = 16 * 1024 * 1024;
/** True for a repoURL lockstep reads as a classic Helm repository: `https://…`, or `http://` on this machine. */
function isClassicRepository(repoURL) {
    const url = tryUrl(repoURL?.trim());
    return url !== undefined && (url.protocol === 'https:' || (url.protocol === 'http:' && (0,_http_host_name_js__WEBPACK_IMPORTED_MODULE_4__/* .isLoopbackHost */ .c)(url.host)));
}
function tryUrl(s, base) {
    if (!s)
        return undefined;
    try {
        return new URL(s, base);
    }
    catch {
        return undefined;
    }
}
/** The index.yaml URL of a repository URL (`https://host/path` → `https://host/path/index.yaml`). */
function indexUrl(repoURL) {
    return `${repoURL.trim().replace(/\/+$/, '')}/index.yaml`;
}
const asObj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : undefined);
/** The highest listed version a range admits (undefined when `range` is no range, or admits none). */
function highestIn(listed, range) {
    if ((0,semver__WEBPACK_IMPORTED_MODULE_1__.valid)(range) !== null || (0,semver__WEBPACK_IMPORTED_MODULE_1__.validRange)(range) === null)
        return undefined;
    const all = listed.flatMap((v) => (typeof v.version === 'string' && (0,semver__WEBPACK_IMPORTED_MODULE_1__.valid)(v.version) !== null ? [v.version] : []));
    return (0,semver__WEBPACK_IMPORTED_MODULE_1__.maxSatisfying)(all, range) ?? undefined;
}
/**
 * The index's entry for `chart` at `version` (exactly, else the highest version a semver range admits): its archive
 * URL (resolved against the index), digest and version.
 */
function indexEntry(text, index, chart, version) {
    let doc;
    try {
        doc = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(text, { maxAliasCount: 100 });
    }
    catch (e) {
        throw new _client_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl('invalid', `${index} is not YAML (${e.message.split('\n')[0]})`);
    }
    const entries = asObj(asObj(doc)?.entries);
    if (!entries)
        throw new _client_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl('invalid', `${index} has no entries: it is not a Helm repository index`);
    const versions = entries[chart];
    if (!Array.isArray(versions))
        throw new _client_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl('not-found', `${index} lists no chart ${chart}`);
    const listed = versions.map(asObj).filter((v) => v !== undefined);
    // A semver range (a HelmRelease's `version: 6.x`) resolves as helm-controller resolves it against the index: the
    // highest version it admits, a pre-release only where the range names one.
    const resolved = listed.some((v) => String(v.version) === version) ? version : highestIn(listed, version);
    const entry = listed.find((v) => String(v.version) === resolved);
    if (!entry)
        throw new _client_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl('not-found', `${index} lists no version ${(0,semver__WEBPACK_IMPORTED_MODULE_1__.validRange)(version) !== null && (0,semver__WEBPACK_IMPORTED_MODULE_1__.valid)(version) === null ? 'in the range ' : ''}${version} of chart ${chart}`);
    const picked = String(entry.version);
    const first = Array.isArray(entry.urls) ? entry.urls.find((u) => typeof u === 'string') : undefined;
    const url = tryUrl(first, index);
    if (!url)
        throw new _client_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl('invalid', `${index}: chart ${chart} ${picked} names no archive URL`);
    if (!(url.protocol === 'https:' || (url.protocol === 'http:' && (0,_http_host_name_js__WEBPACK_IMPORTED_MODULE_4__/* .isLoopbackHost */ .c)(url.host))))
        throw new _client_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl('refused', `${index}: chart ${chart} ${picked} names its archive at ${url.protocol}//${url.host}; lockstep fetches archives over https only`);
    const digest = typeof entry.digest === 'string'
        ? entry.digest
            .trim()
            .toLowerCase()
            .replace(/^sha256:/, '')
        : '';
    if (!/^[0-9a-f]{64}$/.test(digest))
        throw new _client_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl('refused', `${index}: chart ${chart} ${picked} has no sha256 digest, so its archive cannot be checked`, 'index the repository with helm repo index (or chart-releaser), which writes each archive’s digest');
    return { url: url.toString(), digest: `sha256:${digest}`, version: picked };
}
/**
 * The packaged chart `chart` at `version` from the classic repository at
 * `repoURL`, its bytes checked against the index's digest (a RegistryError of
 * kind `mismatch` when they differ).
 */
async function pullRepositoryChart(client, repoURL, chart, version, credentials) {
    if (!isClassicRepository(repoURL))
        throw new _client_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl('refused', `${repoURL} is no https Helm repository (plain http is read only on this machine)`);
    const index = indexUrl(repoURL);
    const origin = new URL(index).origin;
    const creds = credentials?.lookup(repoURL);
    const basic = creds ? `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}` : undefined;
    const get = async (url, max, what) => {
        try {
            return await client.getUrl(url, max, what, new URL(url).origin === origin ? basic : undefined);
        }
        catch (e) {
            if (e instanceof _client_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl && (e.kind === 'unauthenticated' || e.kind === 'denied'))
                throw refusal(e, repoURL, url, origin, creds, credentials);
            throw e;
        }
    };
    const text = (await get(index, MAX_INDEX_BYTES, index).catch((e) => {
        if (e instanceof _client_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl && /^response too large/.test(e.message))
            throw new _client_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl('invalid', `index.yaml of ${repoURL.trim()} is larger than ${MAX_INDEX_MIB} MiB, the most lockstep reads of a Helm repository index (it is parsed whole, not streamed)`, 'publish the chart to an OCI registry (helm push) and point the source at it, or prune old versions from the index (helm repo index keeps every archive it finds)');
        throw e;
    })).toString('utf8');
    const { url, digest, version: picked } = indexEntry(text, index, chart, version);
    const tgz = await get(url, MAX_ARCHIVE_BYTES, `chart ${chart} ${picked}`);
    const got = `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(tgz).digest('hex')}`;
    if (got !== digest)
        throw new _client_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl('mismatch', `the archive of chart ${chart} ${picked} at ${url} hashes to ${got}, not the ${digest} ${index} gives`, 'the archive was replaced after the index was written (or the index is stale): re-index the repository, or find out who changed the archive');
    return { tgz, url, digest, version: picked };
}
/** A 401/403 as one line: the host, the repository, and what was (or was not) found in repositories.yaml. */
function refusal(e, repoURL, url, origin, creds, source) {
    const host = new URL(url).host;
    const repo = `${repoURL.trim().replace(/\/+$/, '')}/`;
    const status = /HTTP 403$/.test(e.message) ? '403 Forbidden' : /HTTP 401$/.test(e.message) ? '401 Unauthorized' : undefined;
    // A challenge from a host a redirect led to (the client's own line says so).
    if (status === undefined)
        return new _client_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl(e.kind, `${repo}: ${e.message}`);
    const file = source?.shown ?? '~/.config/helm/repositories.yaml';
    const add = `helm repo add <name> ${repo} --username <user> --password-stdin in a step before this one`;
    const why = new URL(url).origin !== origin
        ? `${host} is not the repository's host, and lockstep sends the credentials in ${file} only to ${new URL(origin).host}`
        : creds
            ? `${host} refused the credentials of entry ${creds.name} in ${file} (check the username and password given to helm repo add)`
            : `no credentials for ${host} in ${file} (${add})`;
    return new _client_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl(e.kind, `${repo}: ${status}: ${why}`, 'nothing was written');
}


/***/ }),

/***/ 8372:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ isIndexMediaType),
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   Ub: () => (/* binding */ verifyDigest),
/* harmony export */   Z2: () => (/* binding */ MEDIA_TYPES),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   h: () => (/* binding */ DigestMismatchError),
/* harmony export */   md: () => (/* binding */ selectPlatform),
/* harmony export */   ol: () => (/* binding */ digestOf),
/* harmony export */   zz: () => (/* binding */ PlatformNotFoundError)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

const MEDIA_TYPES = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
};
/** The Accept header for a manifest request: indexes first, so multi-arch tags answer with the index. */
const MANIFEST_ACCEPT = [MEDIA_TYPES.ociIndex, MEDIA_TYPES.ociManifest, MEDIA_TYPES.dockerList, MEDIA_TYPES.dockerManifest].join(', ');
/** True for a multi-platform index (OCI image index or Docker manifest list). */
function isIndexMediaType(mediaType) {
    const mt = (mediaType ?? '').split(';')[0].trim();
    return mt === MEDIA_TYPES.ociIndex || mt === MEDIA_TYPES.dockerList;
}
/** `algorithm:hex` of exactly these bytes. */
function digestOf(bytes, algorithm = 'sha256') {
    return `${algorithm}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(bytes).digest('hex')}`;
}
/**
 * Checks a digest the registry claimed against the bytes it sent. Returns the
 * digest of the body (in the claimed digest's algorithm, sha256 otherwise) or
 * throws when they differ.
 */
function verifyDigest(body, claimed) {
    const algorithm = claimed && /^sha(256|512):/.test(claimed) ? claimed.slice(0, claimed.indexOf(':')) : 'sha256';
    const actual = digestOf(body, algorithm);
    if (claimed !== undefined && claimed !== actual)
        throw new DigestMismatchError(`the registry said the manifest is ${claimed} but its bytes hash to ${actual}`);
    return actual;
}
class DigestMismatchError extends Error {
    constructor(message) {
        super(message);
        this.name = 'DigestMismatchError';
    }
}
function formatPlatform(p) {
    return `${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ''}`;
}
/**
 * Picks the manifest for `want` from an index body. Without a requested
 * variant, an entry without a variant (or arm64's default v8) is preferred.
 * Throws with the platforms the index offers when none matches.
 */
function selectPlatform(indexBody, want) {
    let doc;
    try {
        doc = JSON.parse(indexBody.toString('utf8'));
    }
    catch {
        throw new Error('the index is not valid JSON');
    }
    const entries = Array.isArray(doc?.manifests) ? doc.manifests : [];
    const offered = entries.filter((e) => e.platform && typeof e.platform.os === 'string' && typeof e.platform.architecture === 'string' && typeof e.digest === 'string');
    const matches = offered.filter((e) => e.platform.os === want.os &&
        e.platform.architecture === want.architecture &&
        (want.variant === undefined || e.platform.variant === want.variant));
    const pick = matches.find((e) => e.platform.variant === undefined || e.platform.variant === '') ??
        matches.find((e) => want.architecture === 'arm64' && e.platform.variant === 'v8') ??
        matches[0];
    if (!pick) {
        const list = offered.map((e) => formatPlatform({
            os: String(e.platform.os),
            architecture: String(e.platform.architecture),
            variant: e.platform.variant ? String(e.platform.variant) : undefined,
        }));
        throw new PlatformNotFoundError(`platform ${formatPlatform(want)} is not in the index (it has ${list.length ? list.join(', ') : 'no platforms'})`);
    }
    const p = pick.platform;
    return {
        digest: String(pick.digest),
        platform: formatPlatform({
            os: String(p.os),
            architecture: String(p.architecture),
            variant: p.variant ? String(p.variant) : undefined,
        }),
    };
}
class PlatformNotFoundError extends Error {
    constructor(message) {
        super(message);
        this.name = 'PlatformNotFoundError';
    }
}


/***/ }),

/***/ 908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   DJ: () => (/* binding */ DOCKER_HUB_REGISTRY),
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   a: () => (/* binding */ imageIdentity),
/* harmony export */   ft: () => (/* binding */ InvalidReference),
/* harmony export */   mO: () => (/* binding */ registryBaseUrl)
/* harmony export */ });
/* unused harmony export imageRepository */
/* harmony import */ var _http_host_name_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9492);

/**
 * Image references per the distribution grammar
 * (`[registry[:port]/]path[:tag][@digest]`), normalised the way the Docker
 * client does: a name without a registry lives on Docker Hub, and a one-part
 * Docker Hub name lives under `library/`.
 */
/** The host Docker Hub's registry API answers on. */
const DOCKER_HUB_REGISTRY = 'registry-1.docker.io';
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN_LABEL = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = new RegExp(`^(?:${DOMAIN_LABEL}(?:\\.${DOMAIN_LABEL})*|\\[[0-9a-fA-F:.]+\\])(?::([0-9]+))?$`);
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^([a-z0-9]+(?:[.+_-][a-z0-9]+)*):([a-zA-Z0-9=_-]+)$/;
const DIGEST_HEX = { sha256: 64, sha512: 128 };
const MAX_NAME = 255;
/** Thrown for a reference that does not follow the grammar; the message quotes the offending text. */
class InvalidReference extends Error {
    constructor(message) {
        super(message);
        this.name = 'InvalidReference';
    }
}
/** Parses and normalises an image reference, or throws InvalidReference. */
function parseReference(text) {
    const original = text.trim();
    if (original === '')
        throw new InvalidReference('the image reference is empty');
    if (/\s/.test(original))
        throw new InvalidReference(`'${original}' contains whitespace`);
    let rest = original;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        checkDigest(digest);
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (tag.length > 128)
            throw new InvalidReference(`tag '${tag}' is ${tag.length} characters long; at most 128 are allowed`);
        if (!TAG.test(tag))
            throw new InvalidReference(`tag '${tag}' is invalid (letters, digits, '_', '.', '-'; not starting with '.' or '-')`);
    }
    if (rest === '')
        throw new InvalidReference(`'${original}' has no repository name`);
    let domain;
    let path = rest;
    const slash = rest.indexOf('/');
    if (slash >= 0) {
        const first = rest.slice(0, slash);
        // The Docker client's rule: the first part is a registry when it looks like a host.
        if (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase()) {
            domain = first;
            path = rest.slice(slash + 1);
        }
    }
    if (domain !== undefined) {
        const m = DOMAIN.exec(domain);
        if (!m)
            throw new InvalidReference(`registry '${domain}' in '${original}' is not a valid host[:port]`);
        if (m[1] !== undefined && (Number(m[1]) < 1 || Number(m[1]) > 65535))
            throw new InvalidReference(`port in '${domain}' is out of range`);
    }
    if (path === '')
        throw new InvalidReference(`'${original}' has no repository path after the registry`);
    for (const part of path.split('/')) {
        if (part === '')
            throw new InvalidReference(`repository '${path}' has an empty path component`);
        if (part !== part.toLowerCase())
            throw new InvalidReference(`repository '${path}' must be lowercase ('${part}' is not)`);
        if (!PATH_COMPONENT.test(part))
            throw new InvalidReference(`repository path component '${part}' is invalid (lowercase letters and digits, separated by '.', '_', '__' or '-')`);
    }
    const name = rest;
    if (name.length > MAX_NAME)
        throw new InvalidReference(`repository name '${name}' is ${name.length} characters long; at most ${MAX_NAME} are allowed`);
    let registry = domain ?? DOCKER_HUB_REGISTRY;
    let repository = path;
    if (DOCKER_HUB_ALIASES.has(registry.toLowerCase())) {
        registry = DOCKER_HUB_REGISTRY;
        if (!repository.includes('/'))
            repository = `library/${repository}`;
    }
    return { original, registry, repository, name, tag, digest };
}
/** The pattern of a digest's hex part by its length, compiled once (a fleet's status checks ~60,000 digests). */
const hexPatterns = new Map();
function hexOf(length) {
    const key = String(length);
    let re = hexPatterns.get(key);
    if (re === undefined)
        hexPatterns.set(key, (re = new RegExp(`^[a-f0-9]{${length}}$`)));
    return re;
}
function checkDigest(digest) {
    const m = DIGEST.exec(digest);
    if (!m)
        throw new InvalidReference(`digest '${digest}' is not of the form algorithm:hex`);
    const want = DIGEST_HEX[m[1]];
    if (want === undefined)
        throw new InvalidReference(`digest '${digest}' uses an unsupported algorithm '${m[1]}' (use sha256 or sha512)`);
    if (!hexOf(want).test(m[2]))
        throw new InvalidReference(`digest '${digest}' must have ${want} lowercase hex characters after '${m[1]}:'`);
}
/** True for a well-formed `sha256:`/`sha512:` digest. */
function isDigest(s) {
    try {
        checkDigest(s);
        return true;
    }
    catch {
        return false;
    }
}
/** The reference as registry/repository[:tag][@digest], fully qualified. */
function formatReference(ref) {
    return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
/** The base URL of a registry's API: http for loopback registries, https otherwise. */
function registryBaseUrl(registry) {
    return `${(0,_http_host_name_js__WEBPACK_IMPORTED_MODULE_0__/* .isLoopbackHost */ .c)(registry) ? 'http' : 'https'}://${registry}`;
}
const identities = new Map();
/** Registry and repository of an image name as the registry sees it (`nginx` = `docker.io/library/nginx`), undefined when it does not parse. */
function imageIdentity(image) {
    // Kept per name (a pure function of it): a fleet's status compares ~120,000 pins of the same few hundred images.
    if (identities.has(image))
        return identities.get(image);
    let identity;
    try {
        const ref = parseReference(image);
        identity = `${ref.registry.toLowerCase()}/${ref.repository}`;
    }
    catch (e) {
        if (!(e instanceof InvalidReference))
            throw e;
    }
    if (identities.size >= 4096)
        identities.clear();
    return identities.set(image, identity).get(image);
}
const repositories = new Map();
/** An image name without its tag or digest: `ghcr.io/acme/api:1.2@sha256:…` → `ghcr.io/acme/api`. */
function imageRepository(image) {
    // Kept per name as imageIdentity is: a fleet's status plans ~30,000 pins of the same few hundred images.
    let repository = repositories.get(image);
    if (repository !== undefined)
        return repository;
    repository = image.replace(/@.*$/, '').replace(/:[^/:]*$/, '');
    if (repositories.size >= 4096)
        repositories.clear();
    repositories.set(image, repository);
    return repository;
}


/***/ }),

/***/ 5160:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Bb: () => (/* binding */ runBounded)
});

// UNUSED EXPORTS: BACKGROUND_NICENESS, residentBytes

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./packages/core/src/async/slots.ts
// At most so many tasks at once, the rest waiting their turn first come, first served: what bounds the renderer
// processes a run starts (helm template, kustomize) to the machine's cores, wherever they are asked for.
/** A fixed number of slots; `run` waits for a free one, runs the task, and hands the slot on. */
class Slots {
    #free;
    #waiting = [];
    constructor(size) {
        if (!(size >= 1))
            throw new Error(`slots: size must be at least 1, got ${size}`);
        this.#free = size;
    }
    async run(task) {
        if (this.#free > 0)
            this.#free--;
        else
            await new Promise((resolve) => this.#waiting.push(resolve));
        try {
            return await task();
        }
        finally {
            const next = this.#waiting.shift();
            if (next)
                next();
            else
                this.#free++;
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/render/bounded.ts
// One renderer process (helm template, kustomize) run bounded: an argument array, a time limit, a cap on its
// output, a bound on its memory, at most a core's worth of them at once in a run, a render started ahead of its
// need at a lower priority. render/helm.ts and render/kustomize.ts run theirs through it.




const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;
/**
 * 1 GiB: `helm template` of a large real chart stays under 150 MiB and
 * kustomize of a large overlay under 100 MiB, while a runner (7 GiB on
 * GitHub's smallest hosted one) runs the three renders of an environment, and
 * those of several environments, at once: a bound of 1 GiB each leaves the
 * runner alive with room for every real render.
 */
const DEFAULT_MAX_RSS = 1024 * 1024 * 1024;
const DEFAULT_RSS_INTERVAL_MS = 100;
/** The niceness of a run started ahead of its need (never lower than it was): the runs waited for get the CPU first. */
const BACKGROUND_NICENESS = 10;
/**
 * Lowers a child's CPU priority to BACKGROUND_NICENESS: a render started ahead (promote's environment as it runs,
 * rendered while the plan is made) shares a runner's two cores with the plan and the render the run waits for.
 * Best effort: a platform or a process that refuses leaves the priority as it was.
 */
function lowerPriority(pid) {
    if (pid === undefined)
        return;
    try {
        if ((0,external_node_os_.getPriority)(pid) < BACKGROUND_NICENESS)
            (0,external_node_os_.setPriority)(pid, BACKGROUND_NICENESS);
    }
    catch {
        // the run goes on at its priority
    }
}
/** A process's resident memory in bytes (VmRSS of /proc/<pid>/status); undefined where there is no /proc or it has ended. */
function residentBytes(pid) {
    try {
        const m = /^VmRSS:\s+(\d+)\s+kB/m.exec((0,external_node_fs_.readFileSync)(`/proc/${pid}/status`, 'utf8'));
        return m ? Number(m[1]) * 1024 : undefined;
    }
    catch {
        return undefined;
    }
}
/** The renderer processes a run may have at once: the machine's cores. */
const RENDERERS = new Slots(Math.max(2, (0,external_node_os_.availableParallelism)()));
/**
 * Runs one renderer process bounded: killed at the time limit, once its
 * stdout passes the cap, or once its resident memory (read every
 * `rssIntervalMs`) passes the bound, and each is said (`what` names the
 * command, `source` what it ran: a template, an overlay); a failure gives
 * `message(stderr)`. At most a core's worth of renderer processes run at once
 * (the time limit starts once one runs): 600 renders started together compete
 * with each other and with this process's own work (issue 76).
 */
const runBounded = (...run) => RENDERERS.run(() => runOne(...run));
/** runBounded's one process, once it has its slot. */
function runOne(command, args, env, limits, what, message, opts = {}) {
    const source = opts.source ?? 'a template';
    const cwd = opts.cwd;
    const timeoutMs = limits.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
    const maxRss = limits.maxRssBytes ?? DEFAULT_MAX_RSS;
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], ...(cwd ? { cwd } : {}) });
        if (opts.background)
            lowerPriority(child.pid);
        const out = [];
        let bytes = 0;
        let err = '';
        let stopped;
        const stop = (why) => {
            stopped ??= why;
            child.kill('SIGKILL');
        };
        const timer = setTimeout(() => stop('timeout'), timeoutMs);
        const watch = setInterval(() => {
            const rss = child.pid === undefined ? undefined : residentBytes(child.pid);
            if (rss !== undefined && rss > maxRss)
                stop('memory');
        }, limits.rssIntervalMs ?? DEFAULT_RSS_INTERVAL_MS);
        child.stdout.on('data', (b) => {
            if (stopped)
                return;
            bytes += b.length;
            if (bytes > maxBytes)
                stop('too-large');
            else
                out.push(b);
        });
        child.stderr.on('data', (b) => {
            if (err.length < 64 * 1024)
                err += b.toString('utf8');
        });
        const done = (code, spawnError) => {
            clearTimeout(timer);
            clearInterval(watch);
            if (stopped === 'timeout')
                resolve({
                    ok: false,
                    reason: 'timeout',
                    message: `${what} was stopped after ${Math.round(timeoutMs / 1000)} s (${source} that does not end)`,
                });
            else if (stopped === 'too-large')
                resolve({
                    ok: false,
                    reason: 'too-large',
                    message: `${what} was stopped after ${mib(maxBytes)} of output (${source} that prints without end)`,
                });
            else if (stopped === 'memory')
                resolve({
                    ok: false,
                    reason: 'memory',
                    message: `${what} was stopped past the memory bound of ${mib(maxRss)} (${source} that grows without end)`,
                });
            else if (spawnError)
                resolve({ ok: false, reason: 'error', message: `${what} could not be run: ${spawnError.message}` });
            else if (code !== 0)
                resolve({ ok: false, reason: 'error', message: message(err) || `${what} exited ${code}` });
            else
                resolve({ ok: true, stdout: Buffer.concat(out).toString('utf8') });
        };
        child.on('error', (e) => done(null, e));
        child.on('close', (code) => done(code));
    });
}
const mib = (n) => (n >= 1024 * 1024 ? `${Math.round(n / 1024 / 1024)} MiB` : `${n} bytes`);


/***/ }),

/***/ 2530:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ filesDigest),
/* harmony export */   m: () => (/* binding */ CachedRenderer)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _helm_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4379);
/* harmony import */ var _objects_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1065);
// What Helm's and kustomize's renderers share: each side rendered once per
// run (cached by a digest of its inputs; `again` is the second render that
// finds non-determinism), in a temp folder of its own that is removed after,
// and the tool's output split into objects once, when they are first asked
// for: a comparison reads the outputs first (two equal texts need no parse to
// be equal) and starts the second render before it parses anything.






/** Runs each side's render once; a subclass says what a side's key is and how one render runs in `dir`. */
class CachedRenderer {
    outputs = new Map();
    parsed = new Map();
    /** How many times the tool ran (for the bench and the tests of the cache). */
    runs = 0;
    /**
     * The tool's output for the side; `again` renders it once more (a second render, for non-determinism);
     * `background`, a run started ahead of its need runs at a lower CPU priority (helm.ts lowerPriority).
     */
    output(side, again = false, background = false) {
        const key = `${this.key(side)}${again ? '#again' : ''}`;
        let out = this.outputs.get(key);
        if (!out)
            this.outputs.set(key, (out = this.inTempFolder(side, background)));
        return out;
    }
    /** The side's objects: its output split, once. */
    render(side, again = false) {
        const key = `${this.key(side)}${again ? '#again' : ''}`;
        let out = this.parsed.get(key);
        if (!out)
            this.parsed.set(key, (out = this.output(side, again).then((o) => (o.ok ? this.objectsOf(o.stdout, side.namespace) : o))));
        return out;
    }
    /** A tool's output as the objects the cluster receives, or the reason it cannot be read as Kubernetes objects. */
    objectsOf(stdout, namespace) {
        try {
            return { ok: true, objects: (0,_objects_js__WEBPACK_IMPORTED_MODULE_5__/* .splitObjects */ .bR)(stdout, namespace ?? '') };
        }
        catch (e) {
            return { ok: false, reason: 'error', message: e.message };
        }
    }
    async inTempFolder(side, background) {
        this.runs++;
        const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'lockstep-render-'));
        try {
            return await this.run(side, dir, background);
        }
        finally {
            (0,_helm_js__WEBPACK_IMPORTED_MODULE_4__/* .removeFolder */ .v$)(dir);
        }
    }
}
/** A digest of files by path, in path order whatever order they came in. */
function filesDigest(files) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const [p, t] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        h.update(`${p}\0${t}\0`);
    return h.digest('hex');
}


/***/ }),

/***/ 4464:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pA: () => (/* binding */ DEFAULT_IGNORE),
  HL: () => (/* binding */ compareRenders),
  MX: () => (/* binding */ printObjects)
});

// UNUSED EXPORTS: maskSecrets

// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(7291);
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
    const pure = pureHunk(a, before, viewText(c.after), context);
    if (pure)
        return 3 + pure.lines.length;
    const counted = inPlaceLineCount(a, lines(joinText(c.after)), context);
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
        if (sameText(c.before, c.after))
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
const logLine = (l) => escapeForLog(`  ${l.replace(/\r/g, '␍').replace(/[\n\u2028\u2029\u0085]/g, ' ')}`);
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

// EXTERNAL MODULE: ./packages/core/src/render/objects.ts + 2 modules
var render_objects = __webpack_require__(1065);
;// CONCATENATED MODULE: ./packages/core/src/render/ignore-paths.ts
// The fields an Argo CD Application's spec.ignoreDifferences names, as paths
// into a rendered object: its JSON pointers (RFC 6901) and its jq path
// expressions that are plain field paths (`.a.b["c"][0][]`); what selects or
// pipes is not read, and is said. compare.ts folds (or marks) what they name.
/** `[]` in a jq path: every item. */
const ALL = Symbol('every item');
/** Whether a rule of ignoreDifferences covers the object (group from the apiVersion, kind, and name/namespace when given). */
function matches(rule, o) {
    const group = o.apiVersion.includes('/') ? o.apiVersion.slice(0, o.apiVersion.indexOf('/')) : '';
    if ((rule.group ?? '') !== group && rule.group !== '*')
        return false;
    if (rule.kind !== o.kind && rule.kind !== '*')
        return false;
    if (rule.name && rule.name !== o.name)
        return false;
    if (rule.namespace && rule.namespace !== o.namespace)
        return false;
    return true;
}
/** The paths a rule names: its JSON pointers (RFC 6901), and its jq expressions that are field paths (`.a.b["c"][0][]`). */
function rulePaths(rule, unread) {
    const paths = [];
    for (const p of rule.jsonPointers ?? [])
        paths.push(p
            .split('/')
            .slice(1)
            .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')));
    for (const jq of rule.jqPathExpressions ?? []) {
        const path = jqPath(jq);
        if (path)
            paths.push(path);
        else if (!unread.includes(jq))
            unread.push(jq);
    }
    return paths;
}
/** A jq path expression made only of field names, quoted keys, indexes and `[]`; undefined for anything else (select, pipes…). */
function jqPath(expr) {
    const path = [];
    const re = /\.([A-Za-z_][A-Za-z0-9_]*)|\.?\["((?:[^"\\]|\\.)*)"\]|\.?\[(\d+)\]|\.?\[\]/y;
    const s = expr.trim();
    if (!s.startsWith('.') || s === '.')
        return undefined;
    let at = 0;
    while (at < s.length) {
        re.lastIndex = at;
        const m = re.exec(s);
        if (!m)
            return undefined;
        if (m[1] !== undefined)
            path.push(m[1]);
        else if (m[2] !== undefined)
            path.push(JSON.parse(`"${m[2]}"`));
        else if (m[3] !== undefined)
            path.push(Number(m[3]));
        else
            path.push(ALL);
        at = re.lastIndex;
    }
    return path;
}
/** What a key or index of a node holds (undefined for ALL, which names many). */
function child(node, key) {
    if (typeof key === 'symbol')
        return undefined;
    if (Array.isArray(node))
        return node[Number(key)];
    if (node && typeof node === 'object')
        return node[String(key)];
    return undefined;
}
/** Deletes what a path names (every item for `*`). */
function removePath(node, path) {
    if (path.length === 0 || !node || typeof node !== 'object')
        return;
    const [head, ...rest] = path;
    const keys = head === ALL ? (Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node)) : [head];
    for (const k of keys) {
        if (rest.length > 0)
            removePath(child(node, k), rest);
        else if (Array.isArray(node))
            node[Number(k)] = undefined;
        else
            delete node[String(k)];
    }
    if (Array.isArray(node) && rest.length === 0) {
        const kept = node.filter((x) => x !== undefined);
        node.splice(0, node.length, ...kept);
    }
}
/** Whether a path names something in the node. */
function hasPath(node, path) {
    let n = node;
    for (const k of path) {
        if (!n || typeof n !== 'object' || typeof k === 'symbol' || !(String(k) in n))
            return false;
        n = child(n, k);
    }
    return true;
}
/** Sets what a path names (its last key in the node it reaches). */
function setPath(node, path, value) {
    let n = node;
    for (const k of path.slice(0, -1))
        n = child(n, k);
    const last = path[path.length - 1];
    if (n && typeof n === 'object' && typeof last !== 'symbol')
        n[String(last)] = value;
}
/** The values a path names (every item for ALL), in order; a path that names nothing gives none. */
function valuesAt(node, path) {
    if (path.length === 0)
        return [node];
    if (!node || typeof node !== 'object')
        return [];
    const [head, ...rest] = path;
    const keys = head === ALL ? (Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node)) : [head];
    return keys.flatMap((k) => (String(k) in node ? valuesAt(child(node, k), rest) : []));
}

;// CONCATENATED MODULE: ./packages/core/src/render/compare.ts
// Two renders of an environment, object by object: added, removed, changed
// (a unified diff of the object's YAML, keys sorted). What is not a change a
// reviewer should read is taken out first and counted: the paths the
// Application's spec.ignoreDifferences names where its sync respects them
// (`RespectIgnoreDifferences=true`; else Argo CD applies them on every sync,
// so a change to them is shown and marked), values that differ between two
// renders of the same input (randAlphaNum, genCA, now), and lines matching the
// ignore patterns (by default the chart-version churn: helm.sh/chart,
// app.kubernetes.io/version, checksum/* annotations). A Secret's data and
// stringData values never reach the text, nor anything derived from them: each
// shows as <unchanged>, <changed> or <masked> (maskSecrets).



/** The lines of chart-version churn, ignored unless `ignore-defaults: false`. */
const DEFAULT_IGNORE = [
    String.raw `^\s*helm\.sh/chart:\s`,
    String.raw `^\s*app\.kubernetes\.io/version:\s`,
    String.raw `^\s*checksum/[^:]*:\s`,
];
/**
 * A side's objects printed ahead of the comparison (keys sorted, ignored lines split out), as compareRenders
 * prints an object that no ignoreDifferences rule covers and that holds no Secret: the before side is printed
 * while the after side renders. Made for `opts`; compareRenders reads them only with the same ignore patterns.
 */
function printObjects(objects, opts) {
    const printed = new Map();
    for (const o of objects.values()) {
        if (opts.ignoreDifferences.some((r) => !r.appliedOnSync && matches(r, o)))
            continue;
        if (hasSecret(o.body))
            printed.set(o, { secret: true });
        else {
            const text = (0,render_objects/* sortedYaml */.Xw)(o.body);
            const [kept, taken] = splitIgnored(text, opts.ignore);
            printed.set(o, { secret: false, text, kept, taken });
        }
    }
    return { ignore: opts.ignore, printed };
}
/**
 * Compares the objects before and after; `again` is a second render of the after side (its differences are
 * non-deterministic); `ahead`, objects of either side already printed (printObjects).
 */
function compareRenders(before, after, again, opts, ahead) {
    const out = {
        changes: [],
        counts: { changed: 0, added: 0, removed: 0 },
        unchanged: 0,
        ignoredLines: 0,
        nondeterministic: 0,
        unread: [],
        appliedOnSync: 0,
    };
    // Only what the deployer never applies is folded: fields Argo CD's diff ignores but its sync applies are shown, marked.
    const rules = opts.ignoreDifferences.filter((r) => !r.appliedOnSync).map((r) => ({ rule: r, paths: rulePaths(r, out.unread) }));
    const applied = opts.ignoreDifferences.filter((r) => r.appliedOnSync).map((r) => ({ rule: r, paths: rulePaths(r, out.unread) }));
    const printed = ahead && sameList(ahead.ignore, opts.ignore) ? ahead.printed : undefined;
    const secret = (o) => {
        const p = o && printed?.get(o);
        return p ? p.secret : hasSecret(o?.body);
    };
    const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
    for (const key of keys) {
        const was = before.get(key);
        const now = after.get(key);
        const obj = (now ?? was);
        const ignored = rules.flatMap(({ rule, paths }) => (matches(rule, obj) ? paths : []));
        const second = again?.get(key);
        // With nothing ignored, the non-deterministic leaves are found on the objects as rendered (key order is no difference).
        const leaves = ignored.length === 0 && now && second ? differingLeaves(now.body, second.body, []).filter((p) => p.length > 0) : undefined;
        let bText;
        let aText;
        let bSplit;
        let aSplit;
        if (ignored.length === 0 && !leaves?.length && !secret(was) && !secret(now)) {
            // Nothing to take out or mask: each object is printed as it is, keys sorted, without a copy (or was, ahead).
            const b = was && printed?.get(was);
            const a = now && printed?.get(now);
            bText = b && !b.secret ? b.text : was ? (0,render_objects/* sortedYaml */.Xw)(was.body) : '';
            aText = a && !a.secret ? a.text : now ? (0,render_objects/* sortedYaml */.Xw)(now.body) : '';
            if (b && !b.secret)
                bSplit = [b.kept, b.taken];
            if (a && !a.secret)
                aSplit = [a.kept, a.taken];
        }
        else {
            // Copies with their keys sorted: what is ignored or masked is taken out of them, and they are printed as they are.
            const b = was ? (0,render_objects/* sortedKeys */.Mf)(was.body) : undefined;
            const a = now ? (0,render_objects/* sortedKeys */.Mf)(now.body) : undefined;
            for (const p of ignored)
                for (const side of [a, b])
                    if (side)
                        removePath(side, p);
            if (a && second) {
                let differing = leaves;
                if (!differing) {
                    const c = (0,render_objects/* sortedKeys */.Mf)(second.body);
                    for (const p of ignored)
                        removePath(c, p);
                    differing = differingLeaves(a, c, []).filter((p) => p.length > 0);
                }
                for (const p of differing) {
                    out.nondeterministic++;
                    setPath(a, p, '<non-deterministic>');
                    if (b && hasPath(b, p))
                        setPath(b, p, '<non-deterministic>');
                }
            }
            maskSecrets(b, a);
            bText = b ? (0,render_objects/* stableYaml */.Xf)(b) : '';
            aText = a ? (0,render_objects/* stableYaml */.Xf)(a) : '';
        }
        const [bKept, bIgnored] = bSplit ?? splitIgnored(bText, opts.ignore);
        const [aKept, aIgnored] = aSplit ?? splitIgnored(aText, opts.ignore);
        out.ignoredLines += changedLines(bIgnored, aIgnored);
        const change = !was ? 'added' : !now ? 'removed' : 'changed';
        if (change === 'changed' && bKept === aKept) {
            out.unchanged++;
            continue;
        }
        out.counts[change]++;
        const label = (0,render_objects/* objectLabel */.uk)(obj);
        const onSync = change === 'changed' &&
            applied.some(({ rule, paths }) => matches(rule, obj) && paths.some((p) => JSON.stringify(valuesAt(was.body, p)) !== JSON.stringify(valuesAt(now.body, p))));
        if (onSync)
            out.appliedOnSync++;
        const mark = onSync ? { appliedOnSync: true } : {};
        if (opts.summarize.includes(obj.kind)) {
            out.changes.push({
                object: label,
                key,
                change,
                ...mark,
                diff: '',
                size: { ...(was ? { before: Buffer.byteLength(bText) } : {}), ...(now ? { after: Buffer.byteLength(aText) } : {}) },
            });
            continue;
        }
        out.changes.push({ object: label, key, change, ...mark, diff: hunksText(label, bKept, aKept) });
    }
    return out;
}
/** The lines a pattern ignores taken out: the text kept and the lines taken. */
function splitIgnored(text, ignore) {
    if (ignore.length === 0)
        return [text, []];
    const kept = [];
    const taken = [];
    // Each line with its \n (the last one without, when the text does not end in one; '' is one empty line), cut in place.
    for (let at = 0; at < text.length || at === 0;) {
        const end = text.indexOf('\n', at);
        const line = end === -1 ? text.slice(at) : text.slice(at, end + 1);
        (ignore.some((r) => r.test(line)) ? taken : kept).push(line);
        if (end === -1)
            break;
        at = end + 1;
    }
    return [kept.join(''), taken];
}
/** Whether two lists of patterns are the same patterns, in order. */
function sameList(a, b) {
    return a === b || (a.length === b.length && a.every((r, i) => r.source === b[i].source && r.flags === b[i].flags));
}
/** How many ignored lines changed: the larger of the lines only before and the lines only after. */
function changedLines(before, after) {
    const left = new Map();
    for (const l of before)
        left.set(l, (left.get(l) ?? 0) + 1);
    let onlyAfter = 0;
    for (const l of after) {
        const n = left.get(l) ?? 0;
        if (n > 0)
            left.set(l, n - 1);
        else
            onlyAfter++;
    }
    let onlyBefore = 0;
    for (const n of left.values())
        onlyBefore += n;
    return Math.max(onlyBefore, onlyAfter);
}
/** The hunks of the diff, `@@` lines included, no file heads. */
function hunksText(label, before, after) {
    const { hunks } = trimmedPatch(label, before, after, 3);
    const lines = [];
    for (const h of hunks) {
        lines.push(`@@ -${h.oldLines === 0 ? h.oldStart - 1 : h.oldStart},${h.oldLines} +${h.newLines === 0 ? h.newStart - 1 : h.newStart},${h.newLines} @@`);
        for (let i = 0; i < h.lines.length; i++) {
            const l = h.lines.at(i);
            if (!l.startsWith('\\'))
                lines.push(l);
        }
    }
    return lines.join('\n');
}
const asData = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : undefined);
const isSecret = (v) => v?.kind === 'Secret';
/** What a value is compared as: its text (a string as it is, anything else as JSON). */
const valueText = (v) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? ''));
const NON_DETERMINISTIC = '<non-deterministic>';
/** Whether data holds a Secret (a map of `kind: Secret`) at any depth: what maskSecrets would change. */
function hasSecret(v, seen = new Set()) {
    if (!v || typeof v !== 'object' || seen.has(v))
        return false;
    seen.add(v);
    if (Array.isArray(v))
        return v.some((x) => hasSecret(x, seen));
    if (isSecret(v))
        return true;
    for (const k of Object.keys(v))
        if (hasSecret(v[k], seen))
            return true;
    return false;
}
/**
 * Every Secret's `data` and `stringData` values masked, on both sides of one
 * object and at any depth in it (a Secret held inside another object or an
 * unwrapped list): a value the same on both sides shows as `<unchanged>`, a
 * value that changed as `<masked>` before and `<changed>` after, a value on one
 * side only as `<masked>`. Nothing derived from a value is printed — a hash,
 * even a short one, of a password is reversed by hashing a word list — and the
 * text is the same on every run, so a pull request body does not churn.
 */
function maskSecrets(before, after) {
    const b = asData(before);
    const a = asData(after);
    if (isSecret(b) || isSecret(a))
        for (const field of ['data', 'stringData'])
            maskField(isSecret(b) ? b : undefined, isSecret(a) ? a : undefined, field);
    if (Array.isArray(before) || Array.isArray(after)) {
        const bs = Array.isArray(before) ? before : [];
        const as = Array.isArray(after) ? after : [];
        for (let i = 0; i < Math.max(bs.length, as.length); i++)
            maskSecrets(bs[i], as[i]);
    }
    else if (b || a)
        for (const k of new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})]))
            maskSecrets(b?.[k], a?.[k]);
}
/** One Secret field masked on each side it is on (maskSecrets): per key when it is a map on both, else whole. */
function maskField(before, after, field) {
    const b = before?.[field];
    const a = after?.[field];
    const bMap = asData(b);
    const aMap = asData(a);
    if (bMap && aMap) {
        const was = { ...bMap };
        for (const k of Object.keys(bMap))
            if (bMap[k] !== NON_DETERMINISTIC)
                bMap[k] = k in aMap && valueText(aMap[k]) === valueText(bMap[k]) ? '<unchanged>' : '<masked>';
        for (const k of Object.keys(aMap))
            if (aMap[k] !== NON_DETERMINISTIC)
                aMap[k] = !(k in was) ? '<masked>' : valueText(was[k]) === valueText(aMap[k]) ? '<unchanged>' : '<changed>';
        return;
    }
    const same = b !== undefined && a !== undefined && valueText(a) === valueText(b);
    const each = (map) => {
        for (const k of Object.keys(map))
            if (map[k] !== NON_DETERMINISTIC)
                map[k] = '<masked>';
    };
    if (bMap)
        each(bMap);
    else if (before && b !== undefined)
        before[field] = same ? '<unchanged>' : '<masked>';
    if (aMap)
        each(aMap);
    else if (after && a !== undefined)
        after[field] = same ? '<unchanged>' : b !== undefined ? '<changed>' : '<masked>';
}
/** The leaf paths where two renders of the same input differ. */
function differingLeaves(a, b, at) {
    if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
        if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length)
            return [at];
        const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
        const out = [];
        for (const k of keys) {
            const key = Array.isArray(a) ? Number(k) : k;
            if (!(k in a) || !(k in b)) {
                if (k in a)
                    out.push([...at, key]);
                continue;
            }
            out.push(...differingLeaves(child(a, key), child(b, key), [...at, key]));
        }
        return out;
    }
    return a === b ? [] : [at];
}


/***/ }),

/***/ 4379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MI: () => (/* binding */ findHelm),
/* harmony export */   Zp: () => (/* binding */ helmTemplate),
/* harmony export */   db: () => (/* binding */ versionProbe),
/* harmony export */   e0: () => (/* binding */ takeVersionProbe),
/* harmony export */   fG: () => (/* binding */ offlineEnv),
/* harmony export */   hm: () => (/* binding */ helmUsable),
/* harmony export */   pz: () => (/* binding */ findHelmOf),
/* harmony export */   uO: () => (/* binding */ MIN_HELM),
/* harmony export */   v$: () => (/* binding */ removeFolder)
/* harmony export */ });
/* unused harmony exports helmCandidate, helmVersion, learnVersion, isolatedEnv, templateArgs, helmMessage */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _bounded_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5160);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9730);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_5__);
// Runs `helm template` bounded: an argument array, a time limit, a cap on
// what it may print, and no network: HOME and every HELM_* cache, config and
// data folder point into a temp folder of the run, the proxies at a closed
// port of 127.0.0.1, no kubeconfig. Template mode leaves `lookup` empty and no
// dependency is fetched (no --dependency-update): a chart whose subcharts are
// missing fails with Helm's own message. A chart from a pull request is
// untrusted: a template that loops forever is killed at the time limit, one
// that prints gigabytes at the cap, one that grows a value in memory (a string
// doubled 26 times is 2 GiB from 190 bytes of template) at the memory bound,
// and each is said, not thrown.






/** The lowest Helm `render: auto` uses (`--kube-version` without a cluster, OCI charts by default). */
const MIN_HELM = '3.8.0';
/** The names a Helm is found by on PATH: `helm`, and the side-by-side installs of one major. */
const HELM_NAMES = ['helm', 'helm3', 'helm4'];
/** The executable files named `name` on PATH, in PATH order. */
function onPath(env, names) {
    const found = [];
    for (const dir of (env.PATH ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_4__.delimiter)) {
        if (!dir)
            continue;
        for (const name of names) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, process.platform === 'win32' ? `${name}.exe` : name);
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.accessSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK);
                found.push(path);
            }
            catch {
                // not here
            }
        }
    }
    return found;
}
/**
 * The first `helm` on PATH (the runner's), with its version; undefined when there is none or it does not answer.
 * Asked without blocking: the version query runs while the rest of the run goes on.
 */
async function findHelm(env = process.env) {
    const [path] = onPath(env, ['helm']);
    if (path === undefined)
        return undefined;
    const version = await helmVersion(path);
    return version ? { path, version } : undefined;
}
/**
 * The Helm an environment renders with: the first on PATH (as `helm`, `helm3` or `helm4`) whose
 * version is of `major`; without a major, the first `helm` (findHelm). Undefined when there is none.
 */
async function findHelmOf(major, env = process.env) {
    if (major === undefined)
        return findHelm(env);
    for (const path of onPath(env, HELM_NAMES)) {
        const version = await helmVersion(path);
        if (version && Number(version.split('.')[0]) === major)
            return { path, version };
    }
    return undefined;
}
/**
 * The binary findHelmOf(major) will most likely answer, known without running anything: the first `helm` on PATH, or
 * for a major the first named for it (`helm4`), else the first of the three names. A render can start with it while
 * `helm version` answers (as long again as a small chart's `helm template`), its output used only where findHelmOf
 * then answers the same binary, usable; undefined when PATH holds none.
 */
function helmCandidate(major, env = process.env) {
    if (major === undefined)
        return onPath(env, ['helm'])[0];
    const found = onPath(env, HELM_NAMES);
    return found.find((p) => basename(p).replace(/\.exe$/, '') === `helm${major}`) ?? found[0];
}
/** Each binary's answer, asked once per run (a run renders many environments with the same few Helms). */
const versions = new Map();
/**
 * `helm version`'s version (`3.17.3`), undefined when the binary does not answer within 10 s; asked once per binary
 * per run, or answered by a template run of the binary that printed its version (learnVersion).
 */
function helmVersion(path) {
    let answer = versions.get(path);
    if (!answer)
        versions.set(path, (answer = askVersion(path)));
    return answer;
}
/** `helm version --short`, run. */
function askVersion(path) {
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(path, ['version', '--short'], { encoding: 'utf8', timeout: 10_000, env: isolatedEnv((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)()) }, (error, stdout) => resolve(error ? undefined : (0,semver__WEBPACK_IMPORTED_MODULE_5__.coerce)(stdout.trim())?.version));
    });
}
/**
 * Has helmVersion(path) answered by `answer`, the version a template run of that binary printed (versionProbe), where
 * nothing asked it yet: `helm version` (a Go program's start, as long as a small chart's render, and a third of the
 * CPU of a promotion's two renders) then runs only where the template run gave none. False when it was asked already.
 */
function learnVersion(path, answer) {
    if (versions.has(path))
        return false;
    versions.set(path, answer.then((v) => v ?? askVersion(path), () => askVersion(path)));
    return true;
}
/**
 * The template a render adds to its copy of a chart to learn the version of the Helm that runs it
 * (`.Capabilities.HelmVersion`, Helm 3.0 and later): one comment line, marked with `nonce`, random per renderer, so
 * that no chart can print a line taken for it. takeVersionProbe takes its document out of the output again.
 */
function versionProbe(nonce) {
    return {
        file: `templates/lockstep-helm-version-${nonce}.yaml`,
        text: `# lockstep-helm-version ${nonce} {{ .Capabilities.HelmVersion.Version }}\n`,
    };
}
/** The output without versionProbe's document, and the version it printed; the output as it is where it printed none. */
function takeVersionProbe(stdout, nonce) {
    const probe = new RegExp(`(^|\\n)---\\n# Source: [^\\n]*/templates/lockstep-helm-version-${nonce}\\.yaml\\n# lockstep-helm-version ${nonce} (\\S+)\\n`).exec(stdout);
    if (!probe)
        return { stdout };
    const start = probe.index + probe[1].length;
    const version = (0,semver__WEBPACK_IMPORTED_MODULE_5__.coerce)(probe[2])?.version;
    return { stdout: stdout.slice(0, start) + stdout.slice(probe.index + probe[0].length), ...(version ? { version } : {}) };
}
/** Whether `render: auto` may use this Helm (3.8 or later). */
function helmUsable(h) {
    return (0,semver__WEBPACK_IMPORTED_MODULE_5__.gte)(h.version, MIN_HELM);
}
/**
 * What every tool a render runs (Helm, kustomize) is given of the world: PATH, HOME in the temp
 * folder, no kubeconfig, and proxies that lead nowhere, so nothing is fetched from a network.
 *
 * Both are Go programs that run for a fraction of a second and exit: Go's collector, at its default
 * pace (GOGC=100), collects each time the heap doubles, a fifth of the two `helm template` runs of
 * a 300-object chart (153 → 122 ms side by side, peak 47 → 57 MB each). So they run with the pace off
 * and a soft limit instead (GOMEMLIMIT): Go collects only once the heap nears 256 MiB, above what a
 * large real chart's render holds (under 150 MiB), far below the bound a render is killed at (1 GiB,
 * HelmLimits), which a template that grows without end still meets.
 */
function offlineEnv(home) {
    const closed = 'http://127.0.0.1:9';
    return {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: home,
        GOGC: 'off',
        GOMEMLIMIT: '256MiB',
        KUBECONFIG: (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(home, 'no-kubeconfig'),
        HTTP_PROXY: closed,
        HTTPS_PROXY: closed,
        http_proxy: closed,
        https_proxy: closed,
        NO_PROXY: '',
        no_proxy: '',
    };
}
/** The environment Helm runs in: nothing of the runner's but PATH, every folder Helm reads or writes under `home`, no way out. */
function isolatedEnv(home) {
    return {
        ...offlineEnv(home),
        HELM_CACHE_HOME: (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(home, 'cache'),
        HELM_CONFIG_HOME: (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(home, 'config'),
        HELM_DATA_HOME: (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(home, 'data'),
        HELM_REGISTRY_CONFIG: (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(home, 'config', 'registry.json'),
        HELM_REPOSITORY_CONFIG: (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(home, 'config', 'repositories.yaml'),
        HELM_REPOSITORY_CACHE: (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(home, 'cache', 'repository'),
        HELM_PLUGINS: (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(home, 'plugins'),
    };
}
/** The argument array of one render. */
function templateArgs(input) {
    const args = ['template', input.release, input.chart, '--include-crds'];
    if (input.namespace)
        args.push('--namespace', input.namespace);
    for (const f of input.valuesFiles)
        args.push('--values', f);
    for (const s of input.set ?? [])
        args.push(s.string ? '--set-string' : '--set', `${s.name}=${s.value}`);
    if (input.kubeVersion)
        args.push('--kube-version', input.kubeVersion);
    for (const a of input.apiVersions ?? [])
        args.push('--api-versions', a);
    return args;
}
/**
 * Removes a render's temp folder (or Helm's home) once its output is read. In one call to Node's native removal
 * (fs.rmSync): fs.promises.rm walks the folder in JavaScript, a promise per entry, ~8 ms of this thread for the four
 * small folders of a promotion's render, against ~1 ms, and on this thread the parse of the outputs waits for it. A
 * folder that cannot be removed is left to the system's temp cleaning, as a failed removal always was.
 */
function removeFolder(dir) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(dir, { recursive: true, force: true });
    }
    catch {
        // left in the temp folder
    }
}
/** Runs `helm template` within the limits; Helm's message (its last lines) when it fails, and which limit stopped it. */
async function helmTemplate(helm, input, limits = {}, background = false) {
    const home = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'lockstep-helm-'));
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(home, 'config'), { recursive: true });
    try {
        return await (0,_bounded_js__WEBPACK_IMPORTED_MODULE_3__/* .runBounded */ .Bb)(helm, templateArgs(input), isolatedEnv(home), limits, 'helm template', helmMessage, { background });
    }
    finally {
        removeFolder(home);
    }
}
/** Helm's error, its last non-empty lines (at most 20, each at most 500 characters), the temp folders' paths taken out. */
function helmMessage(stderr) {
    return stderr
        .split('\n')
        .map((l) => l.trimEnd())
        .filter((l) => l !== '' && !/^WARNING: /.test(l) && l !== 'Use --debug flag to render out invalid YAML')
        .slice(-20)
        .map((l) => (l.length > 500 ? `${l.slice(0, 500)}…` : l))
        .join('\n')
        .replace(/\/[^\s'"]*\/lockstep-render-[^/\s'"]+\/(?:(before|after)\/)?/g, '');
}


/***/ }),

/***/ 3375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Bp: () => (/* binding */ KustomizeRenderer),
  re: () => (/* binding */ readOverlay),
  QP: () => (/* binding */ sameSide)
});

// UNUSED EXPORTS: KUSTOMIZATION_FILES, argoImage, kustomizationPaths, kustomizeMessage, pluginConfigPaths, withImages

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./packages/core/src/render/flux-substitute.ts
// A Flux Kustomization's post-build variable substitution, as kustomize-controller applies it to what
// `kustomize build` gave: each object's YAML (one document of the build's output) has its `${var}`
// expressions replaced by the variables' values, unless the object is labelled or annotated
// `kustomize.toolkit.fluxcd.io/substitute: disabled`; nothing is substituted when no variable is defined
// (Flux's documented rule: a `${var:=default}` alone stays as written). Flux's documented forms:
// `${var}` (an undefined one becomes empty: strict mode aside), `${var:=default}` and `${var:-default}`
// (the default when the variable is undefined or empty), `$${var}` for a literal `${var}`; `$var` without
// braces is left as written. Any other `${…}` form (`${var:1:2}`, `${var/a/b}`, a default holding `${`) is
// refused rather than guessed: a hydrated branch must hold what Flux applies, or nothing.

/** Flux's rule for a variable's name (`^[_[:alpha:]][_[:alpha:][:digit:]]*$`). */
const VARIABLE_NAME = /^[_a-zA-Z][_a-zA-Z0-9]*$/;
/** The label or annotation that turns substitution off for one object. */
const DISABLED_KEY = 'kustomize.toolkit.fluxcd.io/substitute';
/** The text with its `${…}` expressions replaced; `message` says the first expression that cannot be. */
function envsubst(text, vars) {
    let out = '';
    let i = 0;
    while (i < text.length) {
        const at = text.indexOf('$', i);
        if (at < 0)
            break;
        out += text.slice(i, at);
        if (text.startsWith('$${', at)) {
            out += '${';
            i = at + 3;
            continue;
        }
        if (text[at + 1] !== '{') {
            out += '$';
            i = at + 1;
            continue;
        }
        const close = text.indexOf('}', at + 2);
        if (close < 0)
            return { message: `${text.slice(at, at + 40)}: no closing brace` };
        const body = text.slice(at + 2, close);
        const m = /^([_a-zA-Z][_a-zA-Z0-9]*)(?:(:[=-])(.*))?$/s.exec(body);
        if (!m || (m[3] ?? '').includes('${'))
            return { message: `\${${body}}: lockstep substitutes \${var}, \${var:=default} and \${var:-default} only` };
        const value = vars.get(m[1]) ?? '';
        out += m[2] !== undefined && value === '' ? m[3] : value;
        i = close + 1;
    }
    return { text: out + text.slice(i) };
}
/** Whether a build document's object turns substitution off (its label or annotation says `disabled`). */
function disabled(doc) {
    if (!doc.includes(DISABLED_KEY))
        return false;
    try {
        const docs = (0,dist/* parseAllDocuments */.hR)(doc);
        const parsed = Array.isArray(docs) ? docs[0] : docs;
        const meta = parsed?.toJS()
            ?.metadata;
        return meta?.labels?.[DISABLED_KEY] === 'disabled' || meta?.annotations?.[DISABLED_KEY] === 'disabled';
    }
    catch {
        return false;
    }
}
/**
 * `kustomize build` output with Flux's post-build substitution applied object by object; `message` names the
 * first variable or expression Flux would refuse (an invalid name) or lockstep does not substitute.
 */
function substituteBuild(output, vars) {
    if (vars.size === 0)
        return { text: output };
    const bad = [...vars.keys()].find((k) => !VARIABLE_NAME.test(k));
    if (bad !== undefined)
        return { message: `variable name ${JSON.stringify(bad)} is invalid: Flux takes names matching ${VARIABLE_NAME.source}` };
    const parts = output.split(/^(---[ \t]*\r?\n)/m);
    let text = '';
    for (const part of parts) {
        if (/^---[ \t]*\r?\n$/.test(part) || disabled(part)) {
            text += part;
            continue;
        }
        const r = envsubst(part, vars);
        if ('message' in r)
            return r;
        text += r.text;
    }
    return { text };
}

// EXTERNAL MODULE: ./packages/core/src/render/helm.ts
var helm = __webpack_require__(4379);
// EXTERNAL MODULE: ./packages/core/src/render/bounded.ts + 1 modules
var bounded = __webpack_require__(5160);
// EXTERNAL MODULE: ./packages/core/src/render/cached.ts
var cached = __webpack_require__(2530);
;// CONCATENATED MODULE: ./packages/core/src/render/kustomize.ts
// A Kustomize overlay rendered with the real kustomize (render/find.ts), as
// Argo CD builds it. The overlay's folder and every folder it reaches through
// `resources:`, `bases:` and `components:` are read from git (the base
// revision, or the plan's edited files on top of it) into a temp folder, and
// `kustomize build` / `kubectl kustomize` runs there bounded like Helm
// (render/helm.ts's runBounded: a time limit, a cap on the output, no network:
// HOME in the temp folder, the proxies at a closed port, git allowed no
// transport). Nothing is fetched: every field that names a file (resources,
// patches, generators' files, replacements, openapi, plugin configs…) is
// screened, and a URL or a path outside the repository is "unavailable",
// named at its file:line, before kustomize runs — kustomize fetches over HTTP,
// and the closed proxy does not cover the runner's loopback; kustomize's own load
// restrictions (files only inside each kustomization's folder) and its refusal
// of exec and container plugins (no --enable-alpha-plugins, --enable-exec or
// --enable-helm is ever passed) stay as they are. An Argo CD Application's
// spec.source.kustomize.images are applied as Argo CD's `kustomize edit set
// image` does: each string replaces the overlay's entry of the same name, or
// is appended. A Flux Kustomization's post-build variables (`substitute`,
// deploy/flux/flux-build.ts reads them) are substituted in the build's output, as
// kustomize-controller substitutes them (render/flux-substitute.ts).







/** The file names kustomize reads in a folder, in its order. */
const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
/** At most this many kustomization folders are read for one overlay. */
const MAX_FOLDERS = 100;
/** A URL or a git remote kustomize would fetch: any scheme (`https://`, `file://`, `git::`), or `user@host:path`. */
const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\/|^[a-z][a-z0-9+.-]*::|^[^/@\s]+@[^/:\s]+:/i;
/** Whether an entry that is no path of the repository names something kustomize would fetch (`github.com/o/r//dir?ref=x`). */
function looksRemote(entry) {
    if (URL_LIKE.test(entry))
        return true;
    const first = entry.split('/')[0];
    return entry.includes('?ref=') || entry.includes('//') || (first !== '.' && first !== '..' && first.includes('.') && entry.includes('/'));
}
/**
 * Every field of kustomize's Kustomization (api/types/kustomization.go) that
 * names a file or folder kustomize loads: operands, patches, generators'
 * sources, replacements, the OpenAPI schema, plugin configs, Helm's folders
 * and values files.
 */
const KUSTOMIZATION_FILE_FIELDS = [
    ['resources', '*'],
    ['bases', '*'],
    ['components', '*'],
    ['crds', '*'],
    ['configurations', '*'],
    ['patchesStrategicMerge', '*'],
    ['generators', '*'],
    ['transformers', '*'],
    ['validators', '*'],
    ['patches', '*', 'path'],
    ['patchesJson6902', '*', 'path'],
    ['replacements', '*', 'path'],
    ['openapi', 'path'],
    ...['configMapGenerator', 'secretGenerator'].flatMap((g) => [
        [g, '*', 'files', '*'],
        [g, '*', 'envs', '*'],
        [g, '*', 'env'],
    ]),
    ['helmGlobals', 'chartHome'],
    ['helmGlobals', 'configHome'],
    ['helmCharts', '*', 'repo'],
    ['helmCharts', '*', 'valuesFile'],
    ['helmCharts', '*', 'additionalValuesFiles', '*'],
    ...['chartHome', 'chartRepoUrl', 'helmHome', 'values'].map((k) => ['helmChartInflationGenerator', '*', k]),
];
/**
 * The keys that name files in a built-in plugin's config (a document that
 * `generators:`, `transformers:` or `validators:` names or holds inline):
 * PatchTransformer's `path`, PatchStrategicMergeTransformer's `paths`, the
 * generators' `files`/`envs`/`env`, HelmChartInflationGenerator's folders
 * and values files. Read at any depth (ReplacementTransformer's
 * `replacements[].path`).
 */
const PLUGIN_FILE_KEYS = new Set([
    'path',
    'paths',
    'files',
    'envs',
    'env',
    'valuesFile',
    'additionalValuesFiles',
    'chartHome',
    'configHome',
]);
/** The fields the list-valued plugin entries live in: an entry there is a file, a folder, or a config written inline. */
const PLUGIN_FIELDS = new Set(['generators', 'transformers', 'validators']);
/** The YAML node's first line (1-based). */
function lineOf(node, counter) {
    const range = node?.range;
    return range ? counter.linePos(range[0]).line : 1;
}
/** Every string a pattern reaches in a parsed document, with the field's name and line. */
function reach(node, pattern, field, counter, out) {
    if (pattern.length === 0) {
        if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'string')
            out.push({ field, value: node.value, line: lineOf(node, counter) });
        return;
    }
    const [head, ...rest] = pattern;
    if (head === '*') {
        if ((0,dist/* isSeq */.oP)(node))
            node.items.forEach((item, i) => reach(item, rest, `${field}[${i}]`, counter, out));
        return;
    }
    if (!(0,dist/* isMap */.jh)(node))
        return;
    for (const pair of node.items)
        if ((0,dist/* isScalar */.jn)(pair.key) && pair.key.value === head)
            reach(pair.value, rest, field ? `${field}.${head}` : head, counter, out);
}
/** Every path a kustomization names, in its fields' order; [] for a text that is no YAML mapping (kustomize says what is wrong). */
function kustomizationPaths(text) {
    const counter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text.replace(/^\ufeff/, ''), { lineCounter: counter });
    if (doc.errors.length > 0 || !(0,dist/* isMap */.jh)(doc.contents))
        return [];
    const out = [];
    for (const pattern of KUSTOMIZATION_FILE_FIELDS)
        reach(doc.contents, pattern, '', counter, out);
    // A generator's `files` entry may be `key=path`: the path is what is loaded.
    return out.map((p) => /^(configMap|secret)Generator\[\d+\]\.files\[/.test(p.field) ? { ...p, value: p.value.slice(p.value.indexOf('=') + 1) } : p);
}
/** The paths a built-in plugin's config names (every document of `text`, at any depth), with `field` before each key's path. */
function pluginConfigPaths(text, field, firstLine = 1) {
    const counter = new dist/* LineCounter */.HN();
    const out = [];
    const walk = (node, at, named) => {
        if ((0,dist/* isScalar */.jn)(node)) {
            if (named && typeof node.value === 'string')
                out.push({ field: at, value: node.value, line: firstLine - 1 + lineOf(node, counter) });
        }
        else if ((0,dist/* isSeq */.oP)(node))
            node.items.forEach((item, i) => walk(item, `${at}[${i}]`, named));
        else if ((0,dist/* isMap */.jh)(node))
            for (const pair of node.items) {
                const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
                walk(pair.value, `${at}.${key}`, PLUGIN_FILE_KEYS.has(key));
            }
    };
    for (const doc of (0,dist/* parseAllDocuments */.hR)(text.replace(/^\ufeff/, ''), { lineCounter: counter }))
        if (doc.errors.length === 0)
            walk(doc.contents, field, false);
    return out;
}
/** Why kustomize may not be given a path: a URL, or a path outside the repository (from folder `dir`); undefined when it may. */
function refusal(p, dir) {
    const v = p.value.trim();
    if (URL_LIKE.test(v))
        return `${p.field} ${v} is a URL; lockstep renders without network and fetched nothing`;
    if (v.startsWith('/') || /^[a-z]:[\\/]/i.test(v))
        return `${p.field} ${v} is outside the repository`;
    const to = external_node_path_.posix.normalize(external_node_path_.posix.join(dir, v.replace(/\\/g, '/')));
    if (to === '..' || to.startsWith('../'))
        return `${p.field} ${v} is outside the repository`;
    return undefined;
}
/**
 * The files kustomize reads to build `dir`: every file under the folder and
 * under each folder its kustomization reaches (resources, bases, components,
 * generators, transformers, validators), recursively. Every field that names
 * a file is screened first (kustomizationPaths, and the configs of built-in
 * plugins): a URL, an absolute path or one outside the repository is
 * unavailable, said as `file:line: field value …`, before kustomize runs —
 * kustomize fetches a patch, a generator's file or a remote base over HTTP,
 * and the runner's loopback is no proxy's business. A folder with no
 * kustomization: unavailable, said.
 */
async function readOverlay(reader, dir) {
    const files = new Map();
    const seen = new Set();
    const queue = [external_node_path_.posix.normalize(dir || '.')];
    while (queue.length > 0) {
        const d = queue.shift();
        if (seen.has(d))
            continue;
        if (seen.size >= MAX_FOLDERS)
            return { unavailable: `more than ${MAX_FOLDERS} kustomization folders reached from ${dir}` };
        seen.add(d);
        const paths = (await reader.list(d === '.' ? '' : d)) ?? [];
        const prefix = d === '.' ? '' : `${d}/`;
        const name = KUSTOMIZATION_FILES.find((n) => paths.includes(`${prefix}${n}`));
        if (!name)
            return { unavailable: `no kustomization (${KUSTOMIZATION_FILES.join(', ')}) in ${d}` };
        const fresh = paths.filter((p) => !files.has(p) && p.startsWith(prefix));
        const texts = await Promise.all(fresh.map((p) => reader.read(p)));
        fresh.forEach((p, i) => {
            if (texts[i] !== undefined)
                files.set(p, texts[i]);
        });
        const file = `${prefix}${name}`;
        const named = kustomizationPaths(files.get(file) ?? '');
        for (const p of named) {
            const plugin = PLUGIN_FIELDS.has(p.field.replace(/\[\d+\]$/, ''));
            // An inline patch or plugin config (a YAML text, not a path): a plugin's is screened as a config.
            if (p.value.includes('\n')) {
                if (plugin) {
                    const why = firstRefusal(pluginConfigPaths(p.value, p.field, p.line + 1), d, file);
                    if (why)
                        return why;
                }
                continue;
            }
            const why = refusal(p, d);
            if (why)
                return { unavailable: `${file}:${p.line}: ${why}`, refused: { file, line: p.line } };
            const to = external_node_path_.posix.normalize(external_node_path_.posix.join(d, p.value.trim())).replace(/\/+$/, '');
            const folder = /^(resources|bases|components)\[/.test(p.field) || plugin;
            if (!folder || files.has(to)) {
                if (plugin && files.has(to)) {
                    const inner = firstRefusal(pluginConfigPaths(files.get(to), p.field), d, to);
                    if (inner)
                        return inner;
                }
                continue;
            }
            const under = await reader.list(to === '.' ? '' : to);
            if (under && under.some((q) => q.startsWith(`${to === '.' ? '' : `${to}/`}`))) {
                queue.push(to);
                continue;
            }
            const text = await reader.read(to);
            if (text !== undefined) {
                files.set(to, text);
                if (plugin) {
                    const inner = firstRefusal(pluginConfigPaths(text, p.field), d, to);
                    if (inner)
                        return inner;
                }
            }
            else if (looksRemote(p.value))
                return {
                    unavailable: `${file}:${p.line}: ${p.field} ${p.value} is a remote target; lockstep renders without network and fetched nothing`,
                    refused: { file, line: p.line },
                };
            // Otherwise a path that is not there: kustomize names it when it runs.
        }
    }
    return { files };
}
/** The first path of a plugin config kustomize may not be given (relative to `dir`, the kustomization's folder, as kustomize reads them), said at `file:line`. */
function firstRefusal(paths, dir, file) {
    for (const p of paths) {
        const why = refusal(p, dir);
        if (why)
            return { unavailable: `${file}:${p.line}: ${why}`, refused: { file, line: p.line } };
    }
    return undefined;
}
/** One Argo CD kustomize image string (`name=newName:newTag@digest`, `name:newTag@digest`) as an `images:` entry. */
function argoImage(s) {
    const eq = s.indexOf('=');
    const ref = eq >= 0 ? s.slice(eq + 1) : s;
    const at = ref.indexOf('@');
    const digest = at >= 0 ? ref.slice(at + 1) : undefined;
    const rest = at >= 0 ? ref.slice(0, at) : ref;
    const colon = rest.lastIndexOf(':');
    const hasTag = colon > rest.lastIndexOf('/');
    const repo = hasTag ? rest.slice(0, colon) : rest;
    const newTag = hasTag ? rest.slice(colon + 1) : undefined;
    const name = eq >= 0 ? s.slice(0, eq) : repo;
    return {
        name,
        ...(eq >= 0 && repo !== name ? { newName: repo } : {}),
        ...(newTag ? { newTag } : {}),
        ...(digest ? { digest } : {}),
    };
}
/** A kustomization's text with the Application's image strings set in its `images:` (for the temp copy kustomize builds; unchanged when it is no mapping). */
function withImages(text, images) {
    const doc = (0,dist/* parseDocument */.Tp)(text);
    if (doc.errors.length > 0 || !(0,dist/* isMap */.jh)(doc.contents))
        return text;
    let list = doc.get('images');
    if (!(0,dist/* isSeq */.oP)(list)) {
        list = doc.createNode([]);
        doc.set('images', list);
    }
    const seq = list;
    for (const s of images) {
        const entry = argoImage(s);
        const node = doc.createNode(entry);
        const at = seq.items.findIndex((it) => (0,dist/* isMap */.jh)(it) && it.get('name') === entry.name);
        if (at >= 0)
            seq.items[at] = node;
        else
            seq.items.push(node);
    }
    return doc.toString();
}
/** The environment kustomize runs in: offlineEnv's, and no git transport for a remote base. */
function kustomizeEnv(home) {
    return {
        ...(0,helm/* offlineEnv */.fG)(home),
        XDG_CONFIG_HOME: (0,external_node_path_.join)(home, 'config'),
        GIT_ALLOW_PROTOCOL: 'none',
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_TERMINAL_PROMPT: '0',
    };
}
/** kustomize's error, its last non-empty lines (at most 20, each at most 1,000 characters), the temp folder's path taken out. */
function kustomizeMessage(stderr, root) {
    return stderr
        .split(`${root}/repo/`)
        .join('')
        .split(`${root}/repo`)
        .join('.')
        .split('\n')
        .map((l) => l.trimEnd())
        .filter((l) => l !== '')
        .slice(-20)
        .map((l) => (l.length > 1000 ? `${l.slice(0, 1000)}…` : l))
        .join('\n')
        .replace(/\/[^\s'"]*\/lockstep-render-[^/\s'"]+\/(?:repo\/)?/g, '');
}
/** Runs overlay renders through one kustomize, each input once. */
class KustomizeRenderer extends cached/* CachedRenderer */.m {
    tool;
    limits;
    constructor(tool, limits = {}) {
        super();
        this.tool = tool;
        this.limits = limits;
    }
    key(side) {
        return sideDigest(side);
    }
    async run(side, root) {
        const repo = (0,external_node_path_.join)(root, 'repo');
        const dir = external_node_path_.posix.normalize(side.dir || '.');
        for (const [path, text] of side.files) {
            const p = external_node_path_.posix.normalize(path);
            if (p.startsWith('../') || p === '..' || p.startsWith('/'))
                continue;
            const to = (0,external_node_path_.join)(repo, ...p.split('/'));
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(to), { recursive: true });
            const own = dir === '.' ? p : p.startsWith(`${dir}/`) ? p.slice(dir.length + 1) : undefined;
            const edit = side.images?.length && own !== undefined && KUSTOMIZATION_FILES.some((n) => n === own);
            (0,external_node_fs_.writeFileSync)(to, edit ? withImages(text, side.images) : text);
        }
        const home = (0,external_node_path_.join)(root, 'home');
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(home, 'config'), { recursive: true });
        const target = dir === '.' ? repo : (0,external_node_path_.join)(repo, ...dir.split('/'));
        const built = await (0,bounded/* runBounded */.Bb)(this.tool.path, [...this.tool.args, target], kustomizeEnv(home), this.limits, this.tool.command, (stderr) => kustomizeMessage(stderr, root), { cwd: root, source: 'an overlay' });
        if (!built.ok || !side.substitute?.size)
            return built;
        const r = substituteBuild(built.stdout, side.substitute);
        return 'message' in r ? { ok: false, reason: 'error', message: `post-build substitution: ${r.message}` } : { ok: true, stdout: r.text };
    }
}
/** The cache key of a side: its files, folder, images, namespace and post-build variables. */
function sideDigest(side) {
    return JSON.stringify([(0,cached/* filesDigest */.A)(side.files), side.dir, side.images ?? [], side.namespace ?? '', [...(side.substitute ?? [])]]);
}
/** Whether two sides build the same thing (the same files, folder, images and variables): no render needed to know nothing changes. */
function sameSide(a, b) {
    return sideDigest(a) === sideDigest(b);
}


/***/ }),

/***/ 1065:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uk: () => (/* binding */ objectLabel),
  Mf: () => (/* binding */ sortedKeys),
  Xw: () => (/* binding */ sortedYaml),
  bR: () => (/* binding */ splitObjects),
  Xf: () => (/* binding */ stableYaml)
});

// UNUSED EXPORTS: objectKey

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./packages/core/node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(8105);
// EXTERNAL MODULE: ./packages/core/src/yaml/js-yaml-core.ts
var js_yaml_core = __webpack_require__(8102);
;// CONCATENATED MODULE: ./packages/core/src/render/documents.ts
// A render's output as plain data, document by document, exactly as the yaml
// package reads it with the YAML 1.2 core schema (the reading every guard and
// diff was written against), at a quarter of its cost. The yaml package builds
// a syntax tree of every node before it gives data: on a 300-object render it
// costs several times the two `helm template` runs themselves (0.46 s of CPU
// for one 115 kB stream, where js-yaml's event parser takes 0.13 s).
//
// So js-yaml reads first, with a schema (yaml/js-yaml-core.ts) to resolve plain scalars
// as the yaml package's core schema does (`0777` and `1_000` stay strings,
// `0o17` is 15, `.5` is a number, `~` and the empty scalar null), and maps
// built as the yaml package builds them (a null key is '', a key met twice is
// refused, a key that is a map or a list is refused). Where the two libraries
// part — any tag, anchor or alias, any `%` directive — the stream is not
// js-yaml's to read: it, and any stream js-yaml refuses, is read by the yaml
// package as before, so its errors and its alias bound are the ones a user
// sees. Helm's and kustomize's plain output takes the fast path; what takes
// the other is what an unusual or hostile chart writes, at yesterday's cost.



/**
 * Every document of a multi-document stream as plain data, as the yaml
 * package gives it (YAML 1.2 core, duplicate keys the last one winning, at
 * most 100 alias expansions); a document the yaml package refuses throws,
 * naming the document (1-based) and the first line of its error.
 */
function readDocuments(text) {
    try {
        const events = (0,js_yaml/* parseEvents */.PH)(text, {});
        if ((0,js_yaml_core/* plain */.pj)(text, events))
            return { documents: (0,js_yaml/* constructFromEvents */.fw)(events, { source: text, schema: js_yaml_core/* CORE_SCHEMA_LIKE_YAML */.YH, maxAliases: 0 }), by: 'js-yaml' };
    }
    catch {
        // js-yaml refuses what the yaml package may read (a duplicate key, nesting past 100): the yaml package decides.
    }
    const documents = (0,dist/* parseAllDocuments */.hR)(text, { uniqueKeys: false });
    return {
        documents: (Array.isArray(documents) ? documents : [documents]).map((doc, i) => {
            if (doc.errors.length > 0)
                throw new Error(`rendered document ${i + 1} is no YAML: ${doc.errors[0].message.split('\n')[0]}`);
            return doc.toJS({ maxAliasCount: 100 });
        }),
        by: 'yaml',
    };
}

;// CONCATENATED MODULE: ./packages/core/src/render/plain-yaml.ts
// The YAML text of a rendered object, as the yaml package's stringify writes
// it with objects.ts's options (no line folding, a shared object written out
// in full), for objects of the plain shape Kubernetes manifests have: maps,
// lists, integers, booleans, null and strings that need no quotes (or only
// because they spell a number, a boolean or null). The yaml
// package builds a node tree of the data before it prints it; on 600 objects
// that was most of a comparison's cost. Anything else (a string that needs
// quotes, escapes or a block, a float, a key that is no plain word) is the
// yaml package's to write: plainYaml says undefined and the caller asks it.

/**
 * A string the yaml package writes plain, as it is: no indicator first, no
 * `: ` or ` #` inside, no space or `:` last, no line break, and none the core
 * schema would read as null, a boolean or a number (`true`, `1.0`, `0o7`).
 */
const PLAIN = /^[A-Za-z0-9_./=+-][A-Za-z0-9_./:@=+ -]*$/;
const NOT_PLAIN = /: | #|[ :]$|^-(?: |$)|^(?:---|\.\.\.)/;
const plainString = (s) => PLAIN.test(s) && !NOT_PLAIN.test(s) && !(0,js_yaml_core/* coreNonString */.gP)(s);
/** Deeper than this (a cycle through an alias), the yaml package decides. */
const MAX_DEPTH = 64;
/** One scalar's text, or undefined where the yaml package decides. */
function scalar(v) {
    if (v === null)
        return 'null';
    if (typeof v === 'boolean')
        return v ? 'true' : 'false';
    if (typeof v === 'number')
        return Number.isSafeInteger(v) && !Object.is(v, -0) ? String(v) : undefined;
    // A string the core schema would read as no string (`"0"`, `"true"`, `""`) is double-quoted: it holds no quote or escape.
    if (typeof v === 'string')
        return plainString(v) ? v : (0,js_yaml_core/* coreNonString */.gP)(v) ? `"${v}"` : undefined;
    return undefined;
}
/** `{}` or `[]` for an empty collection, the scalar's text for a scalar, undefined for a collection with items (written on its own lines). */
function inline(v) {
    if (Array.isArray(v))
        return v.length === 0 ? '[]' : false;
    if (v !== null && typeof v === 'object')
        return Object.keys(v).length === 0 ? '{}' : false;
    return scalar(v);
}
/** An array index as a key (`0`, `17`): a plain object lists these first, in numeric order, whatever order they were set in. */
const isIndex = (k) => /^(?:0|[1-9][0-9]{0,9})$/.test(k) && Number(k) < 4294967295;
/**
 * A map's keys in the order objects.ts's sortedKeys copy lists them: the
 * copy is built in sorted order, and a plain object lists index keys first,
 * in numeric order (as Object.keys already gives them), then the others as set.
 */
function sortedKeyOrder(v) {
    const keys = Object.keys(v);
    let indexes = 0;
    while (indexes < keys.length && isIndex(keys[indexes]))
        indexes++;
    return indexes === 0 ? keys.sort() : [...keys.slice(0, indexes), ...keys.slice(indexes).sort()];
}
/** Lines of a collection with items at `indent`, pushed onto `out` (maps' keys in sortedKeyOrder when `sorted`); false where the yaml package decides. */
function block(v, indent, depth, out, sorted) {
    if (depth > MAX_DEPTH)
        return false;
    const inner = `${indent}  `;
    if (Array.isArray(v)) {
        for (const item of v) {
            const text = inline(item);
            if (text === undefined)
                return false;
            if (text !== false) {
                out.push(`${indent}- ${text}\n`);
                continue;
            }
            // A collection in a list starts on the dash's line: its first line's indentation becomes `- `.
            const first = out.length;
            if (!block(item, inner, depth + 1, out, sorted))
                return false;
            out[first] = `${indent}- ${out[first].slice(inner.length)}`;
        }
        return true;
    }
    const record = v;
    for (const key of sorted ? sortedKeyOrder(v) : Object.keys(v)) {
        if (!plainString(key))
            return false;
        const value = record[key];
        const text = inline(value);
        if (text === undefined)
            return false;
        if (text !== false)
            out.push(`${indent}${key}: ${text}\n`);
        else {
            out.push(`${indent}${key}:\n`);
            if (!block(value, inner, depth + 1, out, sorted))
                return false;
        }
    }
    return true;
}
/**
 * The yaml package's text of data (as objects.ts's stableYaml asks it), or undefined where that package must write
 * it; `sorted`: the text of the data's sortedKeys copy, written from the data itself without making the copy.
 */
function plainYaml(v, sorted = false) {
    const text = inline(v);
    if (text === undefined)
        return undefined;
    if (text !== false)
        return `${text}\n`;
    const out = [];
    return block(v, '', 0, out, sorted) ? out.join('') : undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/render/objects.ts
// A render's output as Kubernetes objects keyed by apiVersion/kind/namespace/
// name, read as the yaml package reads it (documents.ts; the `# Source:`
// comments and `---` separators Helm writes are the parser's business). Each
// object is printed again with its keys in a stable order, so two renders
// compare line by line.



/** Kinds Kubernetes keeps cluster-wide: the release namespace is not theirs. */
const CLUSTER_KINDS = new Set([
    'APIService',
    'CSIDriver',
    'ClusterIssuer',
    'ClusterRole',
    'ClusterRoleBinding',
    'CustomResourceDefinition',
    'IngressClass',
    'MutatingWebhookConfiguration',
    'Namespace',
    'PersistentVolume',
    'PriorityClass',
    'RuntimeClass',
    'StorageClass',
    'ValidatingAdmissionPolicy',
    'ValidatingAdmissionPolicyBinding',
    'ValidatingWebhookConfiguration',
]);
/** `apps/v1/Deployment/prod/api` (namespace empty for cluster-wide objects). */
function objectKey(o) {
    return `${o.apiVersion}/${o.kind}/${o.namespace}/${o.name}`;
}
/** `Deployment prod/api`, how a reviewer reads it. */
function objectLabel(o) {
    return `${o.kind} ${o.namespace ? `${o.namespace}/` : ''}${o.name}`;
}
/** Whether an object is a list kubectl and Argo CD apply item by item: `kind: List` or any `*List` with an `items` list. */
function isList(b) {
    return typeof b.kind === 'string' && b.kind.endsWith('List') && Array.isArray(b.items);
}
/**
 * The objects of a multi-document manifest, by key; `namespace` is given to
 * objects that name none, as Argo CD applies them into the destination
 * namespace. A `List` (or any `*List`) is unwrapped into its items, nested
 * lists too, as kubectl and Argo CD apply them: a Secret inside one is a
 * Secret like any other. Documents that are empty or no object (a bare
 * comment) are skipped; a document the parser refuses is an error naming it.
 */
function splitObjects(text, namespace = '') {
    const out = new Map();
    const add = (body) => {
        if (!body || typeof body !== 'object' || Array.isArray(body))
            return;
        const b = body;
        if (isList(b)) {
            for (const item of b.items)
                add(item);
            return;
        }
        const meta = (b.metadata ?? {});
        const obj = {
            apiVersion: String(b.apiVersion ?? ''),
            kind: String(b.kind ?? ''),
            namespace: typeof meta.namespace === 'string' && meta.namespace !== '' ? meta.namespace : CLUSTER_KINDS.has(String(b.kind)) ? '' : namespace,
            name: String(meta.name ?? ''),
            body: b,
        };
        if (!obj.kind && !obj.name)
            return;
        out.set(objectKey(obj), obj);
    };
    for (const doc of readDocuments(text).documents)
        add(doc);
    return out;
}
/**
 * A copy of data with every map's keys sorted (arrays keep their order). An
 * object met twice (a YAML alias) is copied once and shared, as structuredClone
 * shares it: a change made through one place shows at the other.
 */
function sortedKeys(v, seen = new Map()) {
    if (!v || typeof v !== 'object')
        return v;
    const known = seen.get(v);
    if (known !== undefined)
        return known;
    const copy = Array.isArray(v)
        ? v.map((x) => sortedKeys(x, seen))
        : Object.fromEntries(Object.keys(v)
            .sort()
            .map((k) => [k, sortedKeys(v[k], seen)]));
    seen.set(v, copy);
    return copy;
}
/**
 * Data sorted by sortedKeys as YAML, no line folding, a shared object written out in full at each place: the text the
 * diff is taken of (written by plain-yaml.ts where the data has a manifest's plain shape, the same text).
 */
function stableYaml(sorted) {
    return plainYaml(sorted) ?? (0,dist/* stringify */.As)(sorted, { lineWidth: 0, minContentWidth: 0, aliasDuplicateObjects: false });
}
/**
 * `stableYaml(sortedKeys(v))`, the same text, written from `v` in sorted key order without the copy where the data
 * has a manifest's plain shape (a comparison prints every object of both renders; the copies were most of its garbage).
 */
function sortedYaml(v) {
    return plainYaml(v, true) ?? stableYaml(sortedKeys(v));
}


/***/ }),

/***/ 4618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hw: () => (/* binding */ isFluxKustomization),
/* harmony export */   YO: () => (/* binding */ overlayTarget)
/* harmony export */ });
/* unused harmony exports applicationKustomize, fluxKustomize */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
// What an environment's `kustomization:` (or `flux-kustomization:`) names, read
// for a render: a kustomization file or folder, an Argo CD Application whose
// source path is an overlay (its kustomize.images and destination namespace),
// or a Flux Kustomization (its spec.path, spec.images and targetNamespace, as
// kustomize-controller builds it). render/kustomize.ts builds what this names.


const strings = (v) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);
const asObj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : undefined);
const asStr = (v) => (typeof v === 'string' ? v : undefined);
/** Whether a document's kind and apiVersion make it a Flux Kustomization (kustomize.toolkit.fluxcd.io/*), not kustomize's own. */
function isFluxKustomization(kind, apiVersion) {
    return kind === 'Kustomization' && typeof apiVersion === 'string' && apiVersion.startsWith('kustomize.toolkit.fluxcd.io/');
}
/** An Argo CD Application's kustomize source: its path, images and destination namespace; undefined when the text is none. */
function applicationKustomize(text) {
    if (text === undefined)
        return undefined;
    try {
        for (const doc of documents(text)) {
            const app = asObj(doc);
            if (!app || app.kind !== 'Application' || !asObj(app.spec))
                continue;
            const spec = asObj(app.spec);
            const sources = [asObj(spec.source), ...(Array.isArray(spec.sources) ? spec.sources.map(asObj) : [])].filter((s) => !!s);
            const src = sources.find((s) => asObj(s.kustomize)) ?? sources.find((s) => asStr(s.path) !== undefined) ?? {};
            return {
                ...(asStr(src.path) !== undefined ? { path: asStr(src.path).replace(/\/+$/, '') || '.' } : {}),
                images: strings(asObj(src.kustomize)?.images),
                ...(asStr(asObj(spec.destination)?.namespace) ? { namespace: asStr(asObj(spec.destination)?.namespace) } : {}),
            };
        }
    }
    catch {
        return undefined;
    }
    return undefined;
}
/**
 * A Flux Kustomization (kustomize.toolkit.fluxcd.io) as kustomize-controller builds it: its spec.path (relative to
 * the source's root, this repository for a GitRepository source), its spec.images as image strings, its
 * targetNamespace; `unavailable` when its manifests come from another source. Undefined when the text holds none.
 */
function fluxKustomize(text) {
    if (text === undefined)
        return undefined;
    let found;
    try {
        found = documents(text)
            .map(asObj)
            .find((d) => isFluxKustomization(d?.kind, d?.apiVersion));
    }
    catch {
        return undefined;
    }
    if (!found)
        return undefined;
    const spec = asObj(found.spec) ?? {};
    const source = asStr(asObj(spec.sourceRef)?.kind) ?? 'GitRepository';
    if (source !== 'GitRepository')
        return { unavailable: `the Flux Kustomization builds manifests of its ${source}, not of this repository` };
    const path = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize((asStr(spec.path) ?? '.').replace(/^\.?\/+/, '') || '.').replace(/\/+$/, '') || '.';
    if (path === '..' || path.startsWith('../'))
        return { unavailable: `the Flux Kustomization's spec.path ${asStr(spec.path)} is outside the repository` };
    const images = (Array.isArray(spec.images) ? spec.images : []).flatMap((i) => {
        const o = asObj(i);
        const name = asStr(o?.name);
        if (!o || !name)
            return [];
        const tag = asStr(o.newTag);
        const digest = asStr(o.digest);
        return [`${name}=${asStr(o.newName) ?? name}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`];
    });
    const namespace = asStr(spec.targetNamespace);
    return { path, images, ...(namespace ? { namespace } : {}) };
}
/** Each document of a YAML text as data; a document that does not parse is undefined. */
function documents(text) {
    const docs = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseAllDocuments */ .hR)(text.replace(/^\ufeff/, ''));
    return (Array.isArray(docs) ? docs : [docs]).map((d) => (d.errors.length > 0 ? undefined : d.toJS({ maxAliasCount: 100 })));
}
/**
 * What `kustomization:` names at a revision: a kustomization file (its
 * folder is built), a folder holding one, or an Argo CD Application (its
 * source path is built with its kustomize.images). `application:` beside an
 * overlay gives the destination namespace and any kustomize.images it sets.
 */
async function overlayTarget(read, kustomization, application) {
    const path = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(kustomization.trim().replace(/\\/g, '/')).replace(/\/+$/, '') || '.';
    if (path === '..' || path.startsWith('../') || path.startsWith('/'))
        return { unavailable: `${kustomization} is outside the repository` };
    const text = path === '.' ? undefined : await read(path);
    // A Flux Kustomization: its spec.path built with its spec.images and targetNamespace.
    const flux = fluxKustomize(text);
    if (flux && 'unavailable' in flux)
        return flux;
    if (flux)
        return { dir: flux.path, file: path, images: flux.images, ...(flux.namespace ? { namespace: flux.namespace } : {}), flux: true };
    const app = applicationKustomize(text);
    if (app) {
        if (app.path === undefined)
            return { unavailable: `the Application ${path} names no source path to build` };
        return { dir: app.path, file: path, images: app.images, ...(app.namespace ? { namespace: app.namespace } : {}) };
    }
    const dir = text !== undefined ? node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(path) : path;
    const file = text !== undefined ? path : `${path === '.' ? '' : `${path}/`}kustomization.yaml`;
    const beside = application ? applicationKustomize(await read(application.split('#')[0])) : undefined;
    return {
        dir,
        file,
        ...(beside?.images.length ? { images: beside.images } : {}),
        ...(beside?.namespace ? { namespace: beside.namespace } : {}),
    };
}


/***/ }),

/***/ 9410:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A4: () => (/* binding */ Renderer),
  z_: () => (/* binding */ readChartFolder),
  Cp: () => (/* binding */ renderEnvironment),
  Em: () => (/* binding */ sideRender)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./packages/core/src/async/young-generation.ts
var young_generation = __webpack_require__(5633);
// EXTERNAL MODULE: ./packages/core/src/render/compare.ts + 2 modules
var compare = __webpack_require__(4464);
// EXTERNAL MODULE: ./packages/core/src/render/helm.ts
var helm = __webpack_require__(4379);
// EXTERNAL MODULE: ./packages/core/src/render/cached.ts
var cached = __webpack_require__(2530);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(6118);
;// CONCATENATED MODULE: ./packages/core/src/render/deterministic.ts
// Whether a Helm render's output is fixed by its inputs: then a second render
// of the same side cannot differ from the first, and the non-determinism
// re-render (render.ts) is not run. A `helm template` of fixed inputs (chart,
// values, --set, release, namespace, --kube-version) differs between two runs
// only through a function that reads randomness, the clock, the environment or
// the network; a template calls a function only by its name, so a chart none of
// whose template texts holds one of those names as a word cannot call one. With
// `tpl` (which evaluates a string as a template) any string the render holds may
// be a template: then every file of the chart, each values text and each --set
// value is read for the names too. Anything that cannot be read as text (a
// packaged subchart in a chart folder, an archive that does not unpack) keeps the
// re-render, as does any hit, even one in a comment.
//
// What is not caught is a name assembled at render time from pieces for `tpl`
// (`tpl (print "{{ randAl" "phaNum 8 }}") .`): its effect is a value that
// differs between renders shown as changed where it would have been marked
// `<non-deterministic>`, never a change hidden.



/**
 * Every Helm or sprig function whose answer is not fixed by its arguments: randomness (rand*, uuidv4, shuffle,
 * keys and salts of the crypto functions), the clock (now and what reads it or a local time zone: date*, ago,
 * durationRound, unixEpoch, toDate), the network (getHostByName, lookup), and the ones named with them although
 * their answer is fixed (buildCustomCert, derivePassword, decryptAES), kept for caution. sprig's env and
 * expandenv are not in Helm's function map (a template that calls them does not render).
 */
const NON_DETERMINISTIC_FUNCTIONS = [
    'randAlphaNum',
    'randAlpha',
    'randAscii',
    'randNumeric',
    'randSeededNumeric',
    'randBytes',
    'randInt',
    'uuidv4',
    'shuffle',
    'now',
    'date',
    'dateInZone',
    'date_in_zone',
    'dateModify',
    'date_modify',
    'mustDateModify',
    'must_date_modify',
    'htmlDate',
    'htmlDateInZone',
    'unixEpoch',
    'ago',
    'durationRound',
    'toDate',
    'mustToDate',
    'genCA',
    'genCAWithKey',
    'genPrivateKey',
    'genSelfSignedCert',
    'genSelfSignedCertWithKey',
    'genSignedCert',
    'genSignedCertWithKey',
    'buildCustomCert',
    'derivePassword',
    'htpasswd',
    'bcrypt',
    'encryptAES',
    'decryptAES',
    'getHostByName',
    'lookup',
];
/** One of the names, as a word of a Go template (letters, digits and `_` on neither side). */
const NAMED = new RegExp(`(?<![A-Za-z0-9_])(?:${NON_DETERMINISTIC_FUNCTIONS.join('|')})(?![A-Za-z0-9_])`);
const TPL = /(?<![A-Za-z0-9_])tpl(?![A-Za-z0-9_])/;
/** A gzip bomb stops here (far above any chart's unpacked size, subcharts included). */
const MAX_UNPACKED = 64 * 1024 * 1024;
/** Packaged subcharts are read this deep. */
const MAX_DEPTH = 5;
/** Whether a path is a template of a chart or of one of its subcharts (any `templates/` folder, a superset of Helm's). */
const isTemplate = (path) => /(^|\/)templates\//.test(path);
/**
 * Whether two renders of `side` must print the same text: none of the
 * functions above named in its templates (nor, where a template calls `tpl`,
 * in any file of the chart, values text or --set value). False when any part
 * of the chart cannot be read.
 */
async function fixedRender(side) {
    let texts;
    if ('tgz' in side.chart)
        texts = await archiveTexts(side.chart.tgz, 0, { left: MAX_UNPACKED });
    else {
        texts = [];
        for (const [path, text] of side.chart.files) {
            // A packaged subchart kept among the files is bytes read as text: it cannot be searched.
            if (/\.(tgz|tar\.gz)$/i.test(path))
                return false;
            texts.push({ path, text, template: isTemplate(path) });
        }
    }
    if (!texts)
        return false;
    const templates = texts.filter((t) => t.template);
    if (templates.some((t) => NAMED.test(t.text)))
        return false;
    if (!templates.some((t) => TPL.test(t.text)))
        return true;
    const strings = [...texts.map((t) => t.text), ...side.values, ...(side.set ?? []).flatMap((s) => [s.name, s.value])];
    return !strings.some((s) => NAMED.test(s));
}
/** A packaged chart's files as text (`<chart>/…` with the chart folder taken off), its packaged subcharts' inside theirs; undefined when it cannot be read. */
async function archiveTexts(tgz, depth, budget) {
    if (budget.left < 1)
        return undefined;
    let tar;
    try {
        tar = await (0,external_node_util_.promisify)(external_node_zlib_.gunzip)(tgz, { maxOutputLength: budget.left });
    }
    catch {
        return undefined;
    }
    budget.left -= tar.length;
    const entries = [];
    const reader = (0,tar_stream.extract)();
    const done = (async () => {
        for await (const entry of reader) {
            const chunks = [];
            // tar-stream's entries yield Buffers; its types say unknown.
            for await (const chunk of entry)
                chunks.push(chunk);
            if (entry.header.type === 'file')
                entries.push({ path: entry.header.name.replace(/^\.\/+/, ''), bytes: Buffer.concat(chunks) });
        }
    })();
    reader.end(tar);
    try {
        await done;
    }
    catch {
        return undefined;
    }
    const texts = [];
    for (const { path, bytes } of entries) {
        const inChart = path.split('/').slice(1).join('/');
        if (/\.(tgz|tar\.gz)$/i.test(path)) {
            if (depth >= MAX_DEPTH)
                return undefined;
            const sub = await archiveTexts(bytes, depth + 1, budget);
            if (!sub)
                return undefined;
            for (const t of sub)
                texts.push({ ...t, path: `${inChart}/${t.path}` });
        }
        else
            texts.push({ path: inChart, text: bytes.toString('utf8'), template: isTemplate(inChart) });
    }
    return texts;
}

;// CONCATENATED MODULE: ./packages/core/src/render/hooks.ts
// Helm test hooks: objects annotated `helm.sh/hook: test` (or Helm 2's
// `test-success`, which Helm 3 and 4 still read as `test`; a hook name Helm
// does not know leaves the object out of `helm template` altogether) are what `helm test` creates, not
// what an install or an upgrade applies. Neither Argo CD (it maps Helm's
// install and upgrade hooks to its own sync phases and skips a hook it has no
// phase for) nor Flux's helm-controller (Helm's own install, tests run only
// when `spec.test.enable` asks) applies them on a sync, so they are no part
// of what the cluster receives: a chart that names its test Pod with
// randAlphaNum would otherwise show one added and one removed in every diff,
// and a test image would be judged as if it ran.
const TEST_HOOKS = new Set(['test', 'test-success']);
/** Whether an object is a Helm test hook and nothing else: every hook its `helm.sh/hook` annotation lists is a test. */
function isTestHook(o) {
    const meta = o.body.metadata;
    const annotations = meta && typeof meta === 'object' ? meta.annotations : undefined;
    const hook = annotations && typeof annotations === 'object' ? annotations['helm.sh/hook'] : undefined;
    if (typeof hook !== 'string')
        return false;
    const kinds = hook
        .split(',')
        .map((h) => h.trim())
        .filter((h) => h !== '');
    return kinds.length > 0 && kinds.every((h) => TEST_HOOKS.has(h));
}
/** The objects without Helm's test hooks, and the labels of those taken out (counted apart in the render's report). */
function withoutTestHooks(objects) {
    const testHooks = [];
    for (const [key, o] of objects)
        if (isTestHook(o)) {
            objects.delete(key);
            testHooks.push(`${o.kind} ${o.name}`);
        }
    return { objects, testHooks };
}

;// CONCATENATED MODULE: ./packages/core/src/render/render.ts
// One environment rendered before and after a change, and compared. Each side
// is a chart (its files, or an OCI chart's .tgz), values texts in order,
// `--set` parameters, a release name and a namespace; renders are cached by
// (chart digest, values digests, arguments), so a side rendered for one
// environment is not rendered again for another with the same inputs. The
// before and after sides render at once; where their outputs differ, the after
// side is rendered a second time, started before either output is parsed:
// what differs between the two is non-deterministic (compare.ts). Where
// nothing differs, or where the side cannot render two texts (a chart that
// names no function of randomness, the clock or the network: deterministic.ts),
// that second render is not run. The two sides are compared
// while it runs; only where it prints another text than the first are they
// compared again, with it.












/** Runs renders through one Helm binary, each input once. */
class Renderer extends cached/* CachedRenderer */.m {
    helm;
    cluster;
    limits;
    /**
     * With `shareCharts`, a chart folder is written once for all the renders given the same files map (hydrate's
     * 300 environments of one chart: 300 × its files written otherwise), kept until dispose().
     */
    shared;
    sharedDirs = [];
    fixedSides = new Map();
    /** With `probeVersion`, the nonce of the template each run of a chart folder adds to learn Helm's version (versionProbe). */
    nonce;
    /**
     * With `probeVersion`, each render of a chart folder also prints the version of the Helm that runs it
     * (TemplateOutcome's helmVersion; its line is taken out of the output): promote learns it so, not by `helm version`.
     */
    constructor(helm, cluster = {}, limits = {}, shareCharts = false, probeVersion = false) {
        super();
        this.helm = helm;
        this.cluster = cluster;
        this.limits = limits;
        if (shareCharts)
            this.shared = new WeakMap();
        if (probeVersion)
            this.nonce = (0,external_node_crypto_.randomBytes)(8).toString('hex');
    }
    /** Removes the shared chart folders. */
    dispose() {
        for (const dir of this.sharedDirs.splice(0))
            (0,helm/* removeFolder */.v$)(dir);
    }
    /** Whether two renders of the side must print the same text (deterministic.ts), read once per side. */
    fixed(side) {
        const key = this.key(side);
        let fixed = this.fixedSides.get(key);
        if (!fixed)
            this.fixedSides.set(key, (fixed = fixedRender(side).catch(() => false)));
        return fixed;
    }
    key(side) {
        return sideDigest(side, this.cluster);
    }
    /** Helm's output without its test hooks (hooks.ts): no deployer applies them on a sync; they are counted apart. */
    objectsOf(stdout, namespace) {
        const read = super.objectsOf(stdout, namespace);
        if (!read.ok)
            return read;
        const { objects, testHooks } = withoutTestHooks(read.objects);
        return { ok: true, objects, ...(testHooks.length > 0 ? { testHooks } : {}) };
    }
    async run(side, dir, background) {
        let chart;
        /** The nonce of the version probe written into the chart folder, when one was. */
        let probed;
        if ('tgz' in side.chart) {
            chart = (0,external_node_path_.join)(dir, 'chart.tgz');
            (0,external_node_fs_.writeFileSync)(chart, side.chart.tgz);
        }
        else if (this.shared) {
            const files = side.chart.files;
            chart = this.shared.get(files) ?? '';
            if (!chart) {
                const top = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'lockstep-chart-'));
                this.sharedDirs.push(top);
                chart = (0,external_node_path_.join)(top, 'chart');
                writeChart(chart, files);
                this.shared.set(files, chart);
            }
        }
        else {
            chart = (0,external_node_path_.join)(dir, 'chart');
            writeChart(chart, side.chart.files);
            probed = this.nonce && writeProbe(chart, this.nonce);
        }
        const valuesFiles = side.values.map((text, i) => {
            const f = (0,external_node_path_.join)(dir, `values-${i}.yaml`);
            (0,external_node_fs_.writeFileSync)(f, text);
            return f;
        });
        const outcome = await (0,helm/* helmTemplate */.Zp)(this.helm, {
            chart,
            release: side.release,
            namespace: side.namespace,
            valuesFiles,
            set: side.set,
            kubeVersion: this.cluster.kubeVersion,
            apiVersions: this.cluster.apiVersions,
        }, this.limits, background);
        if (!probed || !outcome.ok)
            return outcome;
        const { stdout, version } = (0,helm/* takeVersionProbe */.e0)(outcome.stdout, probed);
        return { ok: true, stdout, ...(version ? { helmVersion: version } : {}) };
    }
}
/** Writes versionProbe's template into a chart folder; its nonce, or undefined where it cannot (a templates/ that is no folder). */
function writeProbe(chart, nonce) {
    const probe = (0,helm/* versionProbe */.db)(nonce);
    try {
        writeChart(chart, new Map([[probe.file, probe.text]]));
        return nonce;
    }
    catch {
        return undefined; // rendered as it is: the version is asked of `helm version`
    }
}
function writeChart(chart, files) {
    for (const [path, text] of files) {
        const to = (0,external_node_path_.join)(chart, ...path.split('/'));
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(to), { recursive: true });
        (0,external_node_fs_.writeFileSync)(to, text);
    }
}
/** The cache key of a side: its chart's digest, each values text's digest, and the arguments. */
function sideDigest(side, cluster) {
    const chart = 'tgz' in side.chart ? (0,external_node_crypto_.createHash)('sha256').update('tgz\0').update(side.chart.tgz).digest('hex') : (0,cached/* filesDigest */.A)(side.chart.files);
    const values = side.values.map((v) => (0,external_node_crypto_.createHash)('sha256').update(v).digest('hex'));
    return JSON.stringify([
        chart,
        values,
        side.release,
        side.namespace ?? '',
        side.set ?? [],
        cluster.kubeVersion ?? '',
        cluster.apiVersions ?? [],
    ]);
}
/**
 * An environment's comparison: `before` and `after` rendered (after twice
 * when they differ), compared with `opts` (a Helm Renderer's sides, or a
 * KustomizeRenderer's). A side that cannot be had is said (skipped); an after
 * side that fails to render is the failure, with Helm's (or kustomize's)
 * message; a before side that fails leaves every object as added, and is
 * said; `nothing` before (a new chart) is every object added.
 */
function renderEnvironment(renderer, environment, before, after, opts, what) {
    // Both outputs parsed and compared build objects kept to the end: V8's memory-saver mode (a promotion's, for its
    // plans' garbage) would collect them again and again while they are built.
    return (0,young_generation/* outsideMemorySaver */.q)(async () => {
        const base = { environment, ...(what ? { what } : {}) };
        if ('unavailable' in after)
            return { ...base, status: 'skipped', message: after.unavailable, ...(after.refused ? { refused: after.refused } : {}) };
        const renders = typeof before === 'object' && !('unavailable' in before);
        // Read while the renders run: whether the after side can print another text when rendered again.
        const fixed = renderer.fixed?.(after) ?? Promise.resolve(false);
        const texts = Promise.all([
            renders ? renderer.output(before).then((o) => (o.ok ? o.stdout : undefined)) : undefined,
            renderer.output(after).then((o) => (o.ok ? o.stdout : undefined)),
        ]);
        texts.catch(() => undefined); // awaited below; a failure meanwhile is not an unhandled rejection
        // Where no second render can follow, the before side is parsed as soon as its text is there, and its objects
        // printed for the comparison: a side rendered ahead (promote renders the environment as it runs while it plans)
        // is read while the after side's Helm runs.
        const ahead = renders && (await fixed)
            ? renderer.render(before).then((o) => (o.ok ? (0,compare/* printObjects */.MX)(o.objects, opts) : undefined), () => undefined)
            : undefined;
        const [wasText, nowText] = await texts;
        // The second render (what differs between two renders of one input is non-deterministic) only where a
        // difference was found, and not for a side that cannot print another text; two texts that differ start it at
        // once, so it runs while both are parsed.
        const second = nowText !== undefined && wasText !== nowText && !(await fixed) ? renderer.output(after, true) : undefined;
        const [was, now] = await Promise.all([
            before === 'nothing'
                ? Promise.resolve({ ok: true, objects: new Map() })
                : 'unavailable' in before
                    ? Promise.resolve({ ok: false, reason: 'unavailable', message: before.unavailable })
                    : renderer.render(before),
            renderer.render(after),
        ]);
        if (!now.ok)
            return { ...base, status: 'failed', message: now.message };
        const beforeObjects = was.ok ? was.objects : new Map();
        // Compared without the second render while it runs: where it prints the same text (or the two sides hold the same
        // objects), that comparison is the answer; else the two are compared again with it.
        const printed = await ahead;
        const diff = (0,compare/* compareRenders */.HL)(beforeObjects, now.objects, undefined, opts, printed);
        const againText = second && (await second);
        // An again render that printed the same text finds nothing non-deterministic: it needs no parse.
        const again = !againText?.ok || againText.stdout === nowText || (was.ok && sameObjects(was.objects, now.objects))
            ? undefined
            : await renderer.render(after, true);
        const beforeFailed = was.ok ? undefined : was.message;
        return {
            ...base,
            status: 'rendered',
            diff: again?.ok ? (0,compare/* compareRenders */.HL)(beforeObjects, now.objects, again.objects, opts, printed) : diff,
            after: now.objects,
            ...(now.testHooks ? { testHooks: now.testHooks } : {}),
            ...(beforeFailed ? { beforeFailed } : {}),
        };
    });
}
/**
 * A side's objects as `renderer` gives them (its one render, parsed once), for what reads a side beside the
 * comparison (the schemas of its kinds, loaded ahead); undefined for no side (`nothing`, unavailable).
 */
function sideRender(renderer, side) {
    return typeof side === 'object' && !('unavailable' in side) ? renderer.render(side) : undefined;
}
/** Whether two renders hold the same objects with the same bodies. */
function sameObjects(a, b) {
    if (a.size !== b.size)
        return false;
    for (const [key, o] of a) {
        const other = b.get(key);
        if (!other || !(0,external_node_util_.isDeepStrictEqual)(o.body, other.body))
            return false;
    }
    return true;
}
/**
 * A chart folder's files, with its dependencies as `helm dependency build`
 * would place them: a subchart already under charts/ as a folder is kept, a
 * `file://` one is read from its folder (recursively) into charts/<name>/.
 * Any other cannot be rendered here (lockstep renders without network, and a
 * packaged subchart kept in git is not read): the side is unavailable, and
 * `refused` names the Chart.yaml line of the dependency, so a guard that
 * cannot judge the environment fails closed there (render-guards.ts, promote).
 */
async function readChartFolder(reader, dir, depth = 0) {
    const paths = await reader.list(dir);
    if (!paths || paths.length === 0)
        return { unavailable: `no chart files at ${dir}` };
    const prefix = dir === '.' || dir === '' ? '' : `${dir.replace(/\/+$/, '')}/`;
    const files = new Map();
    const texts = await Promise.all(paths.map((p) => reader.read(p)));
    paths.forEach((p, i) => {
        if (texts[i] !== undefined && p.startsWith(prefix))
            files.set(p.slice(prefix.length), texts[i]);
    });
    const chartYaml = files.get('Chart.yaml');
    if (chartYaml === undefined)
        return { unavailable: `no Chart.yaml in ${dir}` };
    const deps = dependenciesOf(chartYaml);
    if (!deps)
        return { unavailable: `${prefix}Chart.yaml is no YAML` };
    const at = (line, hint) => ({ file: `${prefix}Chart.yaml`, line, hint });
    for (const d of deps) {
        const { name, repository: repo, line } = d;
        if ([...files.keys()].some((p) => p.startsWith(`charts/${name}/`)))
            continue;
        if ([...files.keys()].some((p) => p.startsWith(`charts/${name}-`) && p.endsWith('.tgz') && !p.slice(7).includes('/')))
            return {
                unavailable: `${name} unavailable (a packaged subchart kept in git is not read)`,
                refused: at(line, `unpack charts/${name}-*.tgz into the folder charts/${name}/, so the subchart the cluster receives is the one reviewed`),
            };
        if (!repo.startsWith('file://') || depth > 5)
            return {
                unavailable: `${name} unavailable (${repo || 'no repository'}: lockstep renders without network)`,
                refused: at(line, `vendor ${name}: helm dependency build, then commit charts/${name}/ unpacked (or name a file:// folder of this repository), so what the cluster receives is what is reviewed`),
            };
        const sub = external_node_path_.posix.normalize(external_node_path_.posix.join(dir, repo.slice('file://'.length)));
        if (sub.startsWith('..'))
            return {
                unavailable: `${name} unavailable (${repo} is outside the repository)`,
                refused: at(line, 'name a folder inside the repository'),
            };
        const read = await readChartFolder(reader, sub, depth + 1);
        if ('unavailable' in read)
            return {
                ...read,
                unavailable: `${name} unavailable (${read.unavailable})`,
                refused: read.refused ?? at(line, 'fix the subchart folder it names'),
            };
        for (const [p, t] of read.files)
            files.set(`charts/${name}/${p}`, t);
    }
    return { files };
}
/** A Chart.yaml's dependencies with a name, each with its repository and 1-based line; undefined when the file is no YAML. */
function dependenciesOf(chartYaml) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(chartYaml, { lineCounter: lines });
    if (doc.errors.length > 0)
        return undefined;
    const list = doc.get('dependencies', true);
    if (!(0,dist/* isSeq */.oP)(list))
        return [];
    return list.items.flatMap((item) => {
        if (!(0,dist/* isMap */.jh)(item))
            return [];
        const name = item.get('name');
        const repository = item.get('repository');
        if (typeof name !== 'string' || name === '')
            return [];
        return [{ name, repository: typeof repository === 'string' ? repository : '', line: lines.linePos(item.range?.[0] ?? 0).line }];
    });
}


/***/ }),

/***/ 9002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F8: () => (/* binding */ stripBom),
/* harmony export */   bq: () => (/* binding */ parseJsonAt),
/* harmony export */   mh: () => (/* binding */ lineAt)
/* harmony export */ });
/* unused harmony exports frame, lineEnding, parseJsonWith */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);

/** Splits off the BOM and finds the line ending, so edits can put both back. */
function frame(text) {
    const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
    const body = bom ? text.slice(1) : text;
    return { bom, body, eol: lineEnding(body) };
}
/** The text without a leading byte-order mark. */
function stripBom(text) {
    return text.startsWith('\ufeff') ? text.slice(1) : text;
}
/** The line ending of the first line break ('\n' when there is none). */
function lineEnding(text) {
    const lf = text.indexOf('\n');
    return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}
/** 1-based line of a character offset. */
function lineAt(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
/**
 * JSON.parse with a UserError naming the file and line on a syntax error. V8's
 * messages do not always carry a position, so the error is located with
 * jsonc-parser (strict: no comments, no trailing commas), which is loaded only
 * then: a run that reads valid JSON never loads it. A BOM is skipped.
 */
async function parseJsonAt(text, file, hint, what = 'invalid JSON') {
    const body = stripBom(text);
    try {
        return JSON.parse(body);
    }
    catch (e) {
        throw jsonSyntaxError(await __webpack_require__.e(/* import() */ 547).then(__webpack_require__.t.bind(__webpack_require__, 9547, 23)), body, file, hint, what, e);
    }
}
/** parseJsonAt for callers that hold jsonc-parser already (editors that need its offsets): synchronous. */
function parseJsonWith(jsonc, text, file, hint, what = 'invalid JSON') {
    const body = stripBom(text);
    try {
        return JSON.parse(body);
    }
    catch (e) {
        throw jsonSyntaxError(jsonc, body, file, hint, what, e);
    }
}
function jsonSyntaxError(jsonc, body, file, hint, what, cause) {
    const errors = [];
    jsonc.parse(body, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    const reason = first
        ? describeJsonError(jsonc.printParseErrorCode(first.error))
        : (cause instanceof Error ? cause.message : String(cause)).replace(/[\r\n]+/g, ' ').slice(0, 120);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what}: ${reason}`, { file, line: first ? lineAt(body, first.offset) : 1, hint });
}
function describeJsonError(code) {
    // 'ValueExpected' → 'value expected'
    return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}


/***/ }),

/***/ 3483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ globProblem),
/* harmony export */   fU: () => (/* binding */ globMatcher),
/* harmony export */   vd: () => (/* binding */ GLOB_HINT)
/* harmony export */ });
/* unused harmony exports MAX_GLOB_LENGTH, MAX_GLOBSTARS, MAX_GLOB_LOOPS, globError */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9788);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);


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

/***/ 9053:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ parseWith),
/* harmony export */   i: () => (/* binding */ ParseCache)
/* harmony export */ });
/**
 * Parses kept for one run. An operation reads the same few texts many times —
 * a promotion reads one pin per service from each values file, edits it,
 * checks the edit and reads the result again; a release plans its files twice
 * and its dry run diffs them — and parsing is most of each step's cost. The
 * run creates one ParseCache and hands it down to the updaters (an option or
 * a parameter); an updater given none parses every time, which is correct and
 * only slower. Nothing is kept between runs or between calls of a pure
 * function: the cache dies with the run that made it.
 *
 * Entries are keyed by the text itself, then by the kind of parse and a
 * variant (the file name, which a parse carries into its error messages).
 * The text is the key as it is — no key is built by concatenating it, which
 * would copy and hash the whole file on every read. Cached parses are shared,
 * so whoever gets one only reads it.
 *
 * Bounded, least recently used first out: by the number of texts kept and by
 * their total length, so a run over thousands of charts or one huge values
 * file cannot hold every parse it ever made. A text longer than the whole
 * budget is parsed and not kept.
 */
class ParseCache {
    // text → (kind name + variant) → parse. Map order is the recency order: a hit moves its text to the end.
    #texts = new Map();
    #maxTexts;
    #maxChars;
    #chars = 0;
    // The text touched last and its entries: it is already the most recently used, so the next reader of the same
    // text (a status reads ~300 pins from each values file in a row) finds it without moving it, which for a Map
    // is a delete and a set, and a rehash every few of them.
    #lastText;
    #lastEntries;
    /** `maxTexts` texts (default 4096) and `maxChars` UTF-16 units of text (default 32 Mi) at most. */
    constructor(limits = {}) {
        this.#maxTexts = limits.maxTexts ?? 4096;
        this.#maxChars = limits.maxChars ?? 32 * 1024 * 1024;
    }
    /** The parse of `text` by `kind` for `variant`: the kept one, else a fresh one, kept. A parse that throws is not kept. */
    get(kind, text, variant = '') {
        const key = entryKey(kind, variant);
        const byKind = this.#touch(text);
        if (byKind?.has(key))
            return byKind.get(key);
        const value = kind.parse(text, variant);
        this.put(kind, text, value, variant);
        return value;
    }
    /** Keeps a parse a caller already made (e.g. while planning), for the next reader of the same text. */
    put(kind, text, value, variant = '') {
        if (text.length > this.#maxChars)
            return;
        let byKind = this.#touch(text);
        if (!byKind) {
            byKind = new Map();
            this.#texts.set(text, byKind);
            this.#chars += text.length;
            [this.#lastText, this.#lastEntries] = [text, byKind];
        }
        byKind.set(entryKey(kind, variant), value);
        this.#evict();
    }
    /** The kept parse, if any; never parses. */
    peek(kind, text, variant = '') {
        return this.#touch(text)?.get(entryKey(kind, variant));
    }
    /**
     * Lets go of every parse of `text`, for a caller that knows it is read no
     * more (a promotion's target values before the edit, once the edit is
     * checked): a parse of a large file is megabytes the run need not hold. A
     * later reader of the same text parses it again, which is correct and only
     * slower.
     */
    forget(text) {
        this.#forgetLast();
        if (!this.#texts.delete(text))
            return;
        this.#chars -= text.length;
    }
    /** Lets go of every parse kept (the run's last reader is done; a later one parses again). */
    clear() {
        this.#forgetLast();
        this.#texts.clear();
        this.#chars = 0;
    }
    /** How many texts are kept, and their total length (for tests of the bound). */
    get size() {
        return { texts: this.#texts.size, chars: this.#chars };
    }
    /** The text's entries, moved to the most recently used end. */
    #touch(text) {
        if (this.#lastEntries !== undefined && text === this.#lastText)
            return this.#lastEntries;
        const byKind = this.#texts.get(text);
        if (byKind) {
            this.#texts.delete(text);
            this.#texts.set(text, byKind);
            [this.#lastText, this.#lastEntries] = [text, byKind];
        }
        return byKind;
    }
    #forgetLast() {
        [this.#lastText, this.#lastEntries] = [undefined, undefined];
    }
    #evict() {
        for (const oldest of this.#texts.keys()) {
            if (this.#texts.size <= this.#maxTexts && this.#chars <= this.#maxChars)
                return;
            if (oldest === this.#lastText)
                this.#forgetLast();
            this.#texts.delete(oldest);
            this.#chars -= oldest.length;
        }
    }
}
/** The parse of `text` through `cache` when the caller has one, else a fresh parse. */
function parseWith(cache, kind, text, variant = '') {
    return cache ? cache.get(kind, text, variant) : kind.parse(text, variant);
}
function entryKey(kind, variant) {
    return variant === '' ? kind.name : `${kind.name}\0${variant}`;
}


/***/ }),

/***/ 9630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ae: () => (/* binding */ chartMeta),
/* harmony export */   HT: () => (/* binding */ archiveTree),
/* harmony export */   zV: () => (/* binding */ readChartValues)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var semver_functions_satisfies_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8541);
/* harmony import */ var semver_functions_satisfies_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver_functions_satisfies_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var semver_ranges_valid_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8219);
/* harmony import */ var semver_ranges_valid_js__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(semver_ranges_valid_js__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _charts_archive_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8657);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7638);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3769);
// A chart version's values-facing files as Helm loads them for a render:
// values.yaml, values.schema.json and templates of the chart, and of each
// subchart as the chart vendors it — what its charts/ folder holds (a folder
// or a .tgz, as `helm dependency build` leaves it, and as a packaged chart
// holds every dependency), else a `file://` dependency's folder as it is in the
// same tree (the same commit). A dependency that is neither (a remote chart
// not vendored) is not downloaded: it is kept unread, with why, so that the
// keys only it may read are listed as not compared.






/** Subcharts nested deeper than this are not read (a `file://` cycle ends here too). */
const MAX_DEPTH = 8;
/** At most this many charts (the chart and its subcharts at every depth) are read for one version. */
const MAX_CHARTS = 64;
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v) => (v === null || v === undefined || typeof v === 'object' ? undefined : String(v));
/** name, version and dependencies of a Chart.yaml's text. */
function chartMeta(chartYaml) {
    const root = (0,_diff_js__WEBPACK_IMPORTED_MODULE_5__/* .valuesDefaults */ .Hz)(chartYaml);
    if (!isObject(root))
        return { dependencies: [] };
    const deps = Array.isArray(root.dependencies) ? root.dependencies : [];
    const path = (p) => p.split('.').filter(Boolean);
    const dependencies = deps.flatMap((d) => {
        const name = isObject(d) ? text(d.name) : undefined;
        if (!isObject(d) || !name)
            return [];
        const imports = (Array.isArray(d['import-values']) ? d['import-values'] : []).flatMap((i) => typeof i === 'string'
            ? [{ child: ['exports', i], parent: [] }]
            : isObject(i) && text(i.child) !== undefined
                ? [{ child: path(text(i.child)), parent: path(text(i.parent) ?? '') }]
                : []);
        return [
            {
                name,
                alias: text(d.alias) || undefined,
                repository: text(d.repository),
                version: text(d.version),
                conditions: (text(d.condition) ?? '')
                    .split(',')
                    .map((c) => c.trim())
                    .filter(Boolean)
                    .map(path),
                tags: (Array.isArray(d.tags) ? d.tags : []).flatMap((t) => (text(t) === undefined ? [] : [text(t)])),
                imports,
            },
        ];
    });
    return { name: text(root.name), version: text(root.version), dependencies };
}
/** A tree over an unpacked chart archive's files (readChartArchive's map; the chart at ''). */
function archiveTree(files) {
    return {
        text: (p) => Promise.resolve(files.get(p)),
        list: (dir) => Promise.resolve([...files.keys()].filter((k) => dir === '' || k.startsWith(`${dir}/`))),
        bytes: () => Promise.resolve(undefined),
    };
}
/**
 * The chart at folder `dir` of `tree`, whose Chart.yaml says `meta`, with its
 * subcharts at every depth. Tags (`tags.<tag>`) are read from the top chart's
 * values whatever level declares them, as Helm reads them.
 */
async function readChartValues(tree, dir, meta) {
    const run = { charts: 0, tags: new Set() };
    const chart = await readAt(tree, dir, meta, 0, run);
    return { ...chart, reads: [...(chart.reads ?? []), ...[...run.tags].map((t) => ['tags', t])] };
}
async function readAt(tree, dir, meta, depth, run, folder = dir) {
    run.charts++;
    const [values, schema, templatePaths, vendored] = await Promise.all([
        tree.text(join(dir, 'values.yaml')),
        tree.text(join(dir, 'values.schema.json')),
        tree.list(join(dir, 'templates')),
        vendoredCharts(tree, dir),
    ]);
    const templateFiles = (await Promise.all(templatePaths.map(async (path) => ({ path, text: await tree.text(path) })))).filter((t) => t.text !== undefined);
    const templates = templateFiles.map((t) => t.text);
    for (const d of meta.dependencies)
        for (const t of d.tags)
            run.tags.add(t);
    const of = `of chart ${meta.name} ${meta.version}`;
    const open = async (key, found, imports = []) => {
        if (typeof found === 'string')
            return { key, unread: found };
        if (typeof found.chart === 'string')
            return { key, unread: found.chart };
        const what = `subchart ${found.chart.meta.name} ${found.chart.meta.version} ${of}`;
        if (depth + 1 > MAX_DEPTH)
            return { key, unread: `${what} is nested deeper than ${MAX_DEPTH} charts; lockstep reads no deeper` };
        if (run.charts >= MAX_CHARTS)
            return { key, unread: `${what} is past the ${MAX_CHARTS} charts lockstep reads for one chart version` };
        const { tree: t, dir: d, meta: m, at } = found.chart;
        return { key, imports, chart: await readAt(t, d, m, depth + 1, run, at ?? d) };
    };
    const taken = new Set();
    const dependencies = [];
    for (const d of meta.dependencies) {
        const key = d.alias ?? d.name;
        const range = d.version ? semver_ranges_valid_js__WEBPACK_IMPORTED_MODULE_2___default()(d.version.replace(/\s*,\s*/g, ' ')) : null;
        const named = vendored.filter((v) => typeof v.chart !== 'string' && v.chart.meta.name === d.name);
        const inCharts = named.find((v) => range === null || (typeof v.chart !== 'string' && semver_functions_satisfies_js__WEBPACK_IMPORTED_MODULE_1___default()(v.chart.meta.version, range, { includePrerelease: true }))) ?? named[0];
        if (inCharts)
            taken.add(inCharts);
        const sub = await open(key, inCharts ?? (await fileDependency(tree, dir, d, of)), d.imports);
        dependencies.push(d.conditions.length > 0 || d.tags.length > 0 ? { ...sub, enabledBy: { conditions: d.conditions, tags: d.tags } } : sub);
    }
    // A chart in charts/ that Chart.yaml does not list is rendered all the same, its values under its name.
    for (const v of vendored)
        if (!taken.has(v)) {
            const key = typeof v.chart === 'string' ? v.file : v.chart.meta.name;
            if (!dependencies.some((d) => d.key === key))
                dependencies.push(await open(key, v));
        }
    return {
        name: meta.name,
        version: meta.version,
        values,
        schema,
        folder,
        templates,
        templateFiles,
        dependencies,
        reads: meta.dependencies.flatMap((d) => d.conditions),
    };
}
/** The charts of `dir`'s charts/ folder: folders with a Chart.yaml and .tgz archives, as Helm's loader takes them. */
async function vendoredCharts(tree, dir) {
    const base = join(dir, 'charts');
    const entries = new Set();
    for (const p of await tree.list(base)) {
        const rest = p.slice(base.length + 1).split('/');
        // Helm skips charts/ entries starting with '_' or '.'.
        if (/^[_.]/.test(rest[0]))
            continue;
        if ((rest.length === 2 && rest[1] === 'Chart.yaml') || (rest.length === 1 && rest[0].endsWith('.tgz')))
            entries.add(rest[0]);
    }
    return Promise.all([...entries].sort().map(async (file) => {
        const where = `${base}/${file}`;
        if (!file.endsWith('.tgz')) {
            const meta = chartMeta((await tree.text(`${where}/Chart.yaml`)) ?? '');
            return { file, chart: named(meta) ? { tree, dir: where, meta } : `${where} has a Chart.yaml without a name or version` };
        }
        const bytes = await tree.bytes(where);
        if (!bytes)
            return { file, chart: `${where} could not be read as an archive here` };
        try {
            const files = await (0,_charts_archive_js__WEBPACK_IMPORTED_MODULE_3__/* .readChartArchive */ .h)(Buffer.from(bytes), where, { templates: true, subcharts: true });
            const meta = chartMeta(files.get('Chart.yaml') ?? '');
            return {
                file,
                chart: named(meta)
                    ? { tree: archiveTree(files), dir: '', meta, at: where }
                    : `${where} holds no Chart.yaml with a name and version`,
            };
        }
        catch (e) {
            if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo))
                throw e;
            return { file, chart: e.message };
        }
    }));
}
const named = (m) => m.name !== undefined && m.version !== undefined;
/** A dependency charts/ does not hold: its `file://` folder in the same tree, or why it is not read. */
async function fileDependency(tree, dir, d, of) {
    const what = `subchart ${d.name}${d.version ? ` ${d.version}` : ''} ${of}`;
    const repo = d.repository ?? '';
    if (!repo.startsWith('file://'))
        return `${what} comes from ${repo || 'no repository'} and is not in its charts/ folder: lockstep reads the file:// subcharts and those charts/ holds, and downloads none`;
    const folder = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(dir || '.', repo.slice('file://'.length)));
    if (folder.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_0__.posix.isAbsolute(folder))
        return `${what} is at ${repo}, outside what lockstep reads`;
    const chartYaml = await tree.text(join(folder, 'Chart.yaml'));
    if (chartYaml === undefined)
        return `${what}: ${repo} has no Chart.yaml at ${folder}`;
    const meta = chartMeta(chartYaml);
    if (!named(meta) || meta.name !== d.name)
        return `${what}: the Chart.yaml at ${folder} names ${meta.name ?? 'no chart'}`;
    return { file: folder, chart: { tree, dir: folder, meta } };
}
function join(dir, file) {
    return dir === '.' || dir === '' ? file : `${dir}/${file}`;
}


/***/ }),

/***/ 3769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hz: () => (/* binding */ valuesDefaults),
/* harmony export */   In: () => (/* binding */ diffValues),
/* harmony export */   by: () => (/* binding */ lenientYaml)
/* harmony export */ });
/* unused harmony export kindOf */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4293);
/* harmony import */ var _yaml_scalars_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7812);
/* harmony import */ var _text_bytes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9002);




/**
 * Compares two values.yaml texts and lists the breaking changes: keys removed
 * (a rename is a removal plus an addition) and values whose kind changed
 * (map ↔ scalar, number → string …). Added keys and new values are not
 * breaking. A value that was null, or becomes null, is a placeholder and may
 * take any kind (a map with keys set to null loses them). Lists are compared
 * as whole values: items are data, not keys.
 * The head text is read strictly (duplicate keys, syntax errors throw a
 * UserError); the base text is read leniently, since the PR cannot fix it.
 */
function diffValues(baseText, headText, baseFile, headFile) {
    const base = lenientYaml(baseText);
    if (!base)
        return [];
    const head = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYaml */ .hN)((0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .stripBom */ .F8)(headText), headFile);
    const out = [];
    // An empty values.yaml (or none) removes every key: the root is not a null placeholder.
    const headRoot = head.doc.contents ?? ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(base.doc.contents) ? new yaml__WEBPACK_IMPORTED_MODULE_0__/* .YAMLMap */ .CA() : null);
    walk(base.doc.contents, headRoot, [], { base, head, baseFile, headFile, out, seen: new WeakMap() });
    return out;
}
/** Parses YAML without refusing anything; undefined when it is not YAML at all. */
function lenientYaml(text) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)((0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .stripBom */ .F8)(text), { lineCounter: lines, uniqueKeys: false });
    if (doc.errors.length > 0)
        return undefined;
    return { doc, lineOf: (n) => (n?.range ? lines.linePos(n.range[0]).line : undefined) };
}
/**
 * values.yaml as the plain object Helm starts from (aliases and `<<` merges
 * resolved); undefined when the text is not YAML.
 */
function valuesDefaults(text) {
    try {
        const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)((0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .stripBom */ .F8)(text), { uniqueKeys: false, merge: true });
        return doc.errors.length > 0 ? undefined : doc.toJS({ maxAliasCount: -1 });
    }
    catch {
        return undefined;
    }
}
/** The kind of a parsed node (YAML 1.2 core schema, as the `yaml` package reads it). */
function kindOf(node) {
    if (node === null || node === undefined)
        return 'null';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
        return 'map';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
        return 'list';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node)) {
        // Helm reads values as YAML 1.1: an unquoted `yes`/`on` is a boolean, `0755` a number.
        if (node.type === 'PLAIN' && typeof node.source === 'string') {
            const t = (0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_3__/* .yaml11Type */ .Ax)(node.source);
            return t === 'bool' ? 'boolean' : t === 'int' || t === 'float' ? 'number' : t === 'null' ? 'null' : 'string';
        }
        const v = node.value;
        if (v === null || v === undefined)
            return 'null';
        if (typeof v === 'number' || typeof v === 'bigint')
            return 'number';
        if (typeof v === 'boolean')
            return 'boolean';
        return 'string';
    }
    return 'null';
}
/** At most this many breaking changes are listed for one values file (an alias bomb would list billions). */
const MAX_FINDINGS = 200;
function walk(b, h, path, w) {
    const { base, head, out, seen } = w;
    // Aliases stand for the anchored node, as Helm reads them.
    b = deref(b, base.doc);
    h = deref(h, head.doc);
    // Through aliases one pair of nodes is reached by many paths (9^9 in a billion-laughs file). A pair
    // known to hold no breaking change is not walked again, and the findings stop at a cap, so the time is
    // bounded while a change under a shared anchor is still reported at every path that uses it.
    if (out.length >= MAX_FINDINGS)
        return;
    if (b && h && seen.get(b)?.has(h))
        return;
    const found = out.length;
    walkPair(b, h, path, w);
    if (b && h && out.length === found) {
        const pairs = seen.get(b) ?? new WeakSet();
        pairs.add(h);
        seen.set(b, pairs);
    }
}
/** The breaking changes between two resolved nodes and below them (walk's body). */
function walkPair(b, h, path, w) {
    const { base, head, baseFile, headFile, out } = w;
    const bk = kindOf(b);
    let hk = kindOf(h);
    // A map emptied to null takes its keys away (`.Values.image.repository` no longer resolves).
    if (bk === 'map' && hk === 'null') {
        h = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .YAMLMap */ .CA();
        hk = 'map';
    }
    if (bk === 'null' || hk === 'null')
        return;
    const key = path.join('.');
    if (bk === 'number' && hk === 'string' && quotesTheNumber(b, h))
        return;
    if (bk !== hk) {
        out.push({ file: headFile, line: head.lineOf(h), key, message: `key ${key || '(root)'} changed type from ${bk} to ${hk}` });
        return;
    }
    if (bk !== 'map' || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(b) || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(h))
        return;
    const headPairs = pairsOf(h, head.doc);
    for (const [name, p] of pairsOf(b, base.doc)) {
        const sub = [...path, name];
        if (!headPairs.has(name)) {
            out.push({ file: baseFile, line: base.lineOf(p.key), key: sub.join('.'), message: `key ${sub.join('.')} removed`, side: 'base' });
            continue;
        }
        walk(p.value, headPairs.get(name).value, sub, w);
    }
}
/**
 * True when a string value spells the number it replaces: its source text
 * (`tag: 1.10` → `tag: "1.10"`, the string the author meant all along) or its
 * YAML 1.1 reading (`"1.1"`, what Helm rendered before). Templates that print
 * the value see the same text or the text the author intended, so it is a fix, not a type change.
 */
function quotesTheNumber(b, h) {
    if (typeof h.value !== 'string' || typeof b.source !== 'string')
        return false;
    const text = h.value;
    if (text === b.source)
        return true;
    // Helm's reading, not YAML 1.2's: `0755` rendered as 493, so "755" would change what templates see.
    const yaml11 = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(b.source, { version: '1.1' }).contents;
    const v = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(yaml11) ? yaml11.value : undefined;
    return (typeof v === 'number' || typeof v === 'bigint') && String(v) === text;
}
function deref(node, doc) {
    for (let i = 0; i < 32 && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node); i++)
        node = node.resolve(doc) ?? null;
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node) ? null : node;
}
/**
 * A map's keys as Helm sees them: `<<: *anchor` (or a list of anchors) merges
 * the anchored maps' keys, and keys written in the map itself win.
 */
function pairsOf(map, doc, depth = 0) {
    const out = new Map();
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(map) || depth > 32)
        return out;
    const merged = [];
    for (const p of map.items) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key))
            continue;
        const name = String(p.key.value);
        if (name === '<<' && p.key.type === 'PLAIN' && ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(p.value) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(p.value))) {
            merged.push(...((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(p.value) ? p.value.items : [p.value]));
            continue;
        }
        out.set(name, { key: p.key, value: p.value });
    }
    for (const m of merged) {
        const src = deref(m, doc);
        if (src)
            for (const [name, p] of pairsOf(src, doc, depth + 1))
                if (!out.has(name))
                    out.set(name, p);
    }
    return out;
}


/***/ }),

/***/ 7223:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j2: () => (/* binding */ helmSet),
/* harmony export */   nE: () => (/* binding */ setKeys),
/* harmony export */   xM: () => (/* binding */ argoSetValue)
/* harmony export */ });
/* unused harmony exports setPath, setValue */
// A `--set name=value` as Helm reads it (its strvals parser), for the values
// an Argo CD Application's helm.parameters give: Argo CD passes each as
// `--set` (or `--set-string` with forceString) after every values file, its
// commas escaped unless the value is a `{a,b}` list. The name is keys split
// at `.` (`\.` keeps a dot) with `[n]` list indexes; the value is typed as
// strvals types it: true/false/null in any case, a base-10 integer that does
// not start with 0 (an int64), else the string (`1.5` and `012` stay strings).
// A backslash escapes the next character. Set into the merged values, a list
// index keeps the list's other items and pads it with nulls.
/** At most this many segments in one name, and this index in one list (strvals caps an index at 65536). */
const MAX_SEGMENTS = 256;
const MAX_INDEX = 65_536;
/** The parameter `name=value` as Helm reads it; undefined when the name is not one strvals takes. */
function helmSet(name, value, asString) {
    const path = setPath(name);
    return path ? { path, value: setValue(value, asString) } : undefined;
}
/** The name's path: keys at unescaped dots, `[n]` indexes after a key; undefined when empty, malformed or too deep. */
function setPath(name) {
    const path = [];
    let key = '';
    // Whether a key was written since the last `.` (a dot after an index starts the next key too).
    let afterIndex = false;
    for (let i = 0; i < name.length; i++) {
        const c = name[i];
        if (c === '\\' && i + 1 < name.length)
            key += name[++i];
        else if (c === '.' || c === '[') {
            if (key !== '')
                path.push(key);
            else if (!afterIndex)
                return undefined;
            key = '';
            afterIndex = false;
            if (c === '.')
                continue;
            const close = name.indexOf(']', i);
            const digits = close < 0 ? '' : name.slice(i + 1, close);
            if (!/^\d+$/.test(digits) || Number(digits) > MAX_INDEX)
                return undefined;
            path.push(Number(digits));
            afterIndex = true;
            i = close;
        }
        else
            key += c;
        if (path.length > MAX_SEGMENTS)
            return undefined;
    }
    if (key !== '')
        path.push(key);
    else if (!afterIndex)
        return undefined;
    return path;
}
/** The value as Helm types it: a `{a,b}` list of typed items, else one typed scalar (a string with `asString`). */
function setValue(value, asString) {
    if (value.startsWith('{') && value.endsWith('}') && value.length >= 2)
        return splitUnescaped(value.slice(1, -1)).map((item) => typed(unescape(item), asString));
    return typed(unescape(value), asString);
}
/** strvals' typedVal. */
function typed(v, asString) {
    if (asString)
        return v;
    const lower = v.toLowerCase();
    if (lower === 'true')
        return true;
    if (lower === 'false')
        return false;
    if (lower === 'null')
        return null;
    if (v === '0')
        return 0;
    if (v !== '' && v[0] !== '0' && /^[+-]?\d+$/.test(v)) {
        const n = BigInt(v);
        if (n >= -(2n ** 63n) && n < 2n ** 63n)
            return Number(n);
    }
    return v;
}
/** The parts of a list between unescaped commas (an empty list is no items). */
function splitUnescaped(s) {
    if (s === '')
        return [];
    const out = [];
    let start = 0;
    for (let i = 0; i < s.length; i++) {
        if (s[i] === '\\')
            i++;
        else if (s[i] === ',') {
            out.push(s.slice(start, i));
            start = i + 1;
        }
    }
    out.push(s.slice(start));
    return out;
}
const unescape = (s) => s.replace(/\\(.)/gs, '$1');
/** Argo CD's escaping of a parameter's value before it hands it to Helm: each comma not after a backslash, unless the value is a `{…}` list. */
function argoSetValue(value) {
    if (value.startsWith('{') && value.endsWith('}'))
        return value;
    let out = '';
    for (let i = 0; i < value.length; i++)
        out += value[i] === ',' && value[i - 1] !== '\\' ? '\\,' : value[i];
    return out;
}
/** The keys a parameter sets as the values contract judges them: its path up to its first list index. */
function setKeys(set) {
    const end = set.path.findIndex((k) => typeof k === 'number');
    return (end < 0 ? set.path : set.path.slice(0, end)).map(String);
}


/***/ }),

/***/ 2986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OU: () => (/* binding */ checkPinnedImagesIn),
/* harmony export */   mQ: () => (/* binding */ splitReference),
/* harmony export */   xz: () => (/* binding */ checkPinnedImages)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4293);
/* harmony import */ var _text_bytes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9002);



const DIGEST = /^sha256:[0-9a-f]{64}$/;
const IMAGE_KEY = /(^|[_-])image$|Image$/i;
/**
 * Checks every image in a protected environment's values file: each must be
 * pinned by a `sha256:` digest (64 hex) and may not use the `latest` tag or an
 * empty tag. Images are found in both shapes charts use: a map
 * (`repository`/`image` with `tag` and `digest`, bitnami's `registry` too) and
 * a single string (`repo:tag@sha256:…`) under an `image` key. Each problem
 * points at the exact line (the tag, the digest, or the image).
 */
function checkPinnedImages(text, file) {
    return checkPinnedImagesIn((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYaml */ .hN)((0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .stripBom */ .F8)(text), file));
}
/** checkPinnedImages on a file already parsed (a caller that holds the parse need not parse it again). */
function checkPinnedImagesIn(parsed) {
    const out = [];
    visit(parsed.doc.contents, [], parsed, out, false);
    return out;
}
function visit(node, path, parsed, out, underImageKey) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
        if (isImageMap(node, underImageKey)) {
            checkImageMap(node, path, parsed, out);
            return;
        }
        for (const p of node.items) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key))
                continue;
            const name = String(p.key.value);
            const value = p.value;
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) && IMAGE_KEY.test(name) && typeof value.value === 'string')
                checkImageString(value.value, [...path, name], parsed.lineOf(value), file(parsed), out);
            else
                visit(value, [...path, name], parsed, out, IMAGE_KEY.test(name));
        }
    }
    else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
        node.items.forEach((item, i) => visit(item, [...path, String(i)], parsed, out, underImageKey));
    }
}
function file(parsed) {
    return parsed.file;
}
function pairOf(map, key) {
    return map.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === key);
}
function isImageMap(map, underImageKey) {
    const repo = pairOf(map, 'repository') ?? pairOf(map, 'image');
    const named = !!repo && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(repo.value) && typeof repo.value.value === 'string';
    const pinnable = pairOf(map, 'tag') !== undefined || pairOf(map, 'digest') !== undefined;
    // An environment override often sets only `tag`/`digest` under `image:`; the repository comes from values.yaml.
    return named ? underImageKey || pinnable : underImageKey && pinnable;
}
function checkImageMap(map, path, parsed, out) {
    const key = path.join('.') || '(root)';
    const tagPair = pairOf(map, 'tag');
    const digestPair = pairOf(map, 'digest');
    const repoPair = pairOf(map, 'repository') ?? pairOf(map, 'image');
    const repoValue = repoPair && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(repoPair.value) ? String(repoPair.value.value) : '';
    // `repository: ghcr.io/acme/api@sha256:…` pins by digest inside the repository field.
    const inline = splitReference(repoValue);
    // `tag: 1.7.3@sha256:…` pins too: templates render `repository:tag`, so the digest rides along.
    let tagDigest;
    let tagLine;
    if (tagPair) {
        const tagNode = tagPair.value;
        let tag = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(tagNode) && tagNode.value !== null ? String(tagNode.value) : '';
        const line = parsed.lineOf(tagNode) ?? parsed.lineOf(tagPair.key);
        const at = tag.indexOf('@');
        if (at >= 0) {
            tagDigest = tag.slice(at + 1);
            tagLine = line;
            tag = tag.slice(0, at);
        }
        if (tag === 'latest')
            out.push({
                file: parsed.file,
                line,
                key: `${key}.tag`,
                message: `image at ${key} uses the tag latest`,
                hint: 'use a release tag and pin the digest',
            });
        else if (tag.trim() === '')
            out.push({
                file: parsed.file,
                line,
                key: `${key}.tag`,
                message: `image at ${key} has an empty tag`,
                hint: 'set the release tag and pin the digest',
            });
    }
    const digestNode = digestPair?.value;
    const written = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(digestNode) && digestNode.value !== null ? String(digestNode.value) : '';
    const digest = written || (inline.digest ?? tagDigest ?? '');
    if (!DIGEST.test(digest)) {
        const line = digestPair
            ? (parsed.lineOf(digestNode) ?? parsed.lineOf(digestPair.key))
            : (tagLine ?? parsed.lineOf((repoPair ?? tagPair)?.key));
        out.push({
            file: parsed.file,
            line,
            key: digestPair ? `${key}.digest` : key,
            message: digest === '' ? `image at ${key} is not pinned by digest` : `image at ${key} digest ${digest} is not a sha256 digest`,
            hint: 'set digest: sha256:<64 hex> (capture-digests records it)',
        });
    }
}
function checkImageString(ref, path, line, fileName, out) {
    if (/\s/.test(ref))
        return; // not an image reference (prose, a command line)
    const key = path.join('.');
    const { tag, digest, hasTagSeparator } = splitReference(ref);
    if (tag === 'latest')
        out.push({ file: fileName, line, key, message: `image at ${key} uses the tag latest`, hint: 'use a release tag and pin the digest' });
    else if (hasTagSeparator && tag === '')
        out.push({ file: fileName, line, key, message: `image at ${key} has an empty tag`, hint: 'write repo:tag@sha256:…' });
    if (!digest || !DIGEST.test(digest))
        out.push({
            file: fileName,
            line,
            key,
            message: digest ? `image at ${key} digest ${digest} is not a sha256 digest` : `image at ${key} is not pinned by digest`,
            hint: 'write repo:tag@sha256:<64 hex>',
        });
}
/** Splits `registry:5000/repo:tag@sha256:…` into its tag and digest. */
function splitReference(ref) {
    const at = ref.indexOf('@');
    const digest = at >= 0 ? ref.slice(at + 1) : undefined;
    const rest = at >= 0 ? ref.slice(0, at) : ref;
    const slash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > slash)
        return { name: rest.slice(0, colon), tag: rest.slice(colon + 1), digest, hasTagSeparator: true };
    return { name: rest, digest, hasTagSeparator: false };
}


/***/ }),

/***/ 8102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YH: () => (/* binding */ CORE_SCHEMA_LIKE_YAML),
/* harmony export */   gP: () => (/* binding */ coreNonString),
/* harmony export */   pj: () => (/* binding */ plain)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8105);
// js-yaml read as the yaml package reads a plain document with the YAML 1.2
// core schema: the scalar resolution and maps of the yaml package, and the test
// of which texts the two libraries read alike (render/documents.ts says why
// and where it is used: a render's output, the pin index, the config file).

/**
 * A plain scalar as the yaml package's core schema resolves it: the first of a
 * tag's patterns that matches (one js-yaml tag per tag name: a schema keeps the
 * last tag of a name).
 */
function coreScalar(tagName, firstChars, forms) {
    return (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .defineScalarTag */ .Gf)(`tag:yaml.org,2002:${tagName}`, {
        implicit: true,
        implicitFirstChars: firstChars,
        resolve: (s) => {
            for (const [test, resolve] of forms)
                if (test.test(s))
                    return resolve(s);
            return js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .NOT_RESOLVED */ .Hg;
        },
        identify: () => false,
    });
}
const NUMBER_START = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '-', '+', '.'];
/** The yaml package's YAML 1.2 core resolution (yaml/dist/schema/core), pattern for pattern, in its order. */
const FORMS = {
    null: [[/^(?:~|[Nn]ull|NULL)?$/, () => null]],
    bool: [[/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === 't' || s[0] === 'T']],
    int: [
        [/^0o[0-7]+$/, (s) => parseInt(s.slice(2), 8)],
        [/^[-+]?[0-9]+$/, (s) => parseInt(s, 10)],
        [/^0x[0-9a-fA-F]+$/, (s) => parseInt(s.slice(2), 16)],
    ],
    float: [
        [
            /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
            (s) => (s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity),
        ],
        [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, (s) => parseFloat(s)],
        [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, (s) => parseFloat(s)],
    ],
};
const CORE = [
    coreScalar('null', ['', '~', 'n', 'N'], FORMS.null),
    coreScalar('bool', ['t', 'T', 'f', 'F'], FORMS.bool),
    coreScalar('int', NUMBER_START, FORMS.int),
    coreScalar('float', NUMBER_START, FORMS.float),
];
/** Every pattern of FORMS, flat. */
const NON_STRING = Object.values(FORMS).flatMap((forms) => forms.map(([test]) => test));
/** The first characters a pattern of FORMS can match (the empty text aside): the others are strings without a test. */
const NON_STRING_FIRST = new Set([...'~nNtTfF', ...NUMBER_START]);
/** Whether a plain scalar of this text is read as no string (null, a boolean, a number) by the YAML 1.2 core schema. */
function coreNonString(s) {
    if (s !== '' && !NON_STRING_FIRST.has(s[0]))
        return false;
    return NON_STRING.some((test) => test.test(s));
}
/** A scalar key as the yaml package writes it into a plain object: null is '', anything else its String(). */
const keyOf = (key) => (key === null ? '' : String(key));
/**
 * Maps as the yaml package's toJS builds them: plain objects, a key written
 * over an inherited name (`__proto__`, `toString`) as an own property. A key
 * that is a map or a list (the yaml package prints it as YAML, js-yaml would
 * not) is refused, and so is a key met twice (js-yaml refuses it): the yaml
 * package reads those.
 */
const MAP = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .defineMappingTag */ .bH)('tag:yaml.org,2002:map', {
    create: () => ({}),
    addPair: (map, key, value) => {
        if (key !== null && typeof key === 'object')
            return 'a key that is a map or a list';
        const k = keyOf(key);
        if (k in map)
            Object.defineProperty(map, k, { value, writable: true, enumerable: true, configurable: true });
        else
            map[k] = value;
        return '';
    },
    has: (map, key) => Object.hasOwn(map, keyOf(key)),
    keys: (map) => Object.keys(map),
    get: (map, key) => map[keyOf(key)],
    identify: () => false,
});
/** js-yaml's schema that reads plain scalars and maps as the yaml package's YAML 1.2 core schema does. */
const CORE_SCHEMA_LIKE_YAML = new js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .Schema */ .Sj([js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .strTag */ .ym, js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .seqTag */ .UD, MAP, ...CORE]);
/**
 * Whether what stands before `start` on its line is what may stand before a block collection: indentation, and the
 * `- ` of the lists it opens (` *(?:- +)*`), read in place: a render has a block collection every few lines.
 */
function blockLineStart(text, start) {
    let i = text.lastIndexOf('\n', start - 1) + 1;
    while (i < start && text.charCodeAt(i) === 32)
        i++;
    while (i < start) {
        if (text.charCodeAt(i) !== 45 || i + 1 >= start || text.charCodeAt(i + 1) !== 32)
            return false;
        i++;
        while (i < start && text.charCodeAt(i) === 32)
            i++;
    }
    return true;
}
/** Keys longer than this are the yaml package's to judge (it refuses an implicit key past 1024 characters, js-yaml does not). */
const LONG_KEY = 1000;
/**
 * Whether js-yaml's events hold nothing the two libraries read differently:
 * no tag, anchor, alias or directive, no key past LONG_KEY characters, and
 * every block map or list starting its own line (or after the `- ` of a list),
 * where the yaml package refuses what js-yaml takes (`a: b: c`, `: b: c`).
 */
function plain(text, events) {
    /** Per open node (document, map, list): whether it is a map, and how many children it has had. */
    const open = [];
    for (const e of events) {
        if (e.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.POP) {
            open.pop();
            continue;
        }
        if (e.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.DOCUMENT) {
            if (e.directives.length > 0)
                return false;
            open.push({ map: false, children: 0 });
            continue;
        }
        if (e.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.ALIAS || e.tagStart !== -1 || e.anchorStart !== -1)
            return false;
        const parent = open[open.length - 1];
        const key = parent.map && parent.children % 2 === 0;
        parent.children++;
        if (e.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SCALAR) {
            if (key && e.valueEnd - e.valueStart > LONG_KEY)
                return false;
            continue;
        }
        if (e.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .COLLECTION_STYLE */ .Rl.BLOCK && !blockLineStart(text, e.start))
            return false;
        open.push({ map: e.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.MAPPING, children: 0 });
    }
    return true;
}


/***/ }),

/***/ 8855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HV: () => (/* binding */ UNKNOWN),
/* harmony export */   SV: () => (/* binding */ plainDocument),
/* harmony export */   VE: () => (/* binding */ PLAIN_DOCUMENT)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8105);
/* harmony import */ var _js_yaml_core_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8102);
// One YAML document read by js-yaml where it reads exactly as the yaml package
// does (js-yaml-core.ts: no tag, anchor, alias, directive or long key, every
// block collection on its own line): its data, and the line each node starts
// at, without the yaml package's syntax tree. The config file of a fleet (300
// services, 100 environments: 40 KB) took ~90 ms to compose into that tree on
// every command, and ~20 MB of garbage, where its data and lines are all a
// valid config needs; js-yaml's events give both in a fraction of that.
//
// A line is answered where js-yaml's events place the node where the yaml
// package's range starts: a collection (its first key or `-`, or its `{`/`[`)
// and a one-line or quoted scalar. An empty scalar (`key:`) and a block
// scalar (`|`, `>`, whose content js-yaml places on the next line) are
// UNKNOWN: the caller asks the yaml package. A path that leads nowhere is
// undefined, as nodeAt says, which only holds when every key reads as the
// same string in both libraries: a plain key the core schema reads as no
// string (`1.0:`, `true:`, `~:`) or a key that is a collection makes the text
// not this reader's (undefined), as is anything js-yaml refuses (a duplicate
// key) and more than one document.


/** Where a node starts is not known from the events: the yaml package says. */
const UNKNOWN = Symbol('unknown line');
/** 1-based lines of increasing offsets, counted as they pass (the events come in the order of the text). */
function lineCursor(text) {
    let [line, next] = [1, text.indexOf('\n')];
    return (offset) => {
        while (next !== -1 && next < offset) {
            line++;
            next = text.indexOf('\n', next + 1);
        }
        return line;
    };
}
/** A key as the yaml package's nodeAt compares it (String of its value), or undefined where that may differ from the text. */
function keyText(text, e) {
    if (e.valueStart < 0 || e.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .SCALAR_STYLE */ .jK.LITERAL_BLOCK || e.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .SCALAR_STYLE */ .jK.FOLDED_BLOCK)
        return undefined;
    const value = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .getScalarValue */ .KE)(text, e);
    return e.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .SCALAR_STYLE */ .jK.PLAIN && (0,_js_yaml_core_js__WEBPACK_IMPORTED_MODULE_1__/* .coreNonString */ .gP)(value) ? undefined : value;
}
/** The line index of the document's events; undefined at a key it cannot read as the yaml package does. */
function lineIndex(text, events) {
    const lineAt = lineCursor(text);
    const open = [];
    let root;
    const place = (node) => {
        const top = open[open.length - 1];
        if (top === undefined)
            root = node;
        else if (top.node.items)
            top.node.items.push(node);
        else {
            top.node.keys.set(top.key, node);
            top.key = undefined;
        }
    };
    for (const e of events) {
        const top = open[open.length - 1];
        const keyNext = top !== undefined && top.node.keys !== undefined && top.key === undefined;
        if (e.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.POP) {
            const closed = open.pop();
            if (closed !== undefined)
                place(closed.node);
        }
        else if (e.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SCALAR) {
            if (keyNext) {
                const key = keyText(text, e);
                if (key === undefined)
                    return undefined;
                top.key = key;
                continue;
            }
            const block = e.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .SCALAR_STYLE */ .jK.LITERAL_BLOCK || e.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .SCALAR_STYLE */ .jK.FOLDED_BLOCK;
            const node = { line: e.valueStart >= 0 && e.valueEnd > e.valueStart && !block ? lineAt(e.valueStart) : UNKNOWN };
            if (e.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .SCALAR_STYLE */ .jK.PLAIN)
                node.plain = e.valueStart < 0 ? [0, 0] : [e.valueStart, e.valueEnd];
            place(node);
        }
        else if (e.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.MAPPING || e.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SEQUENCE) {
            if (keyNext)
                return undefined;
            const line = lineAt(e.start);
            open.push({ node: e.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.MAPPING ? { line, keys: new Map() } : { line, items: [] }, key: undefined });
        }
        else if (e.type !== js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.DOCUMENT)
            return undefined;
    }
    return root;
}
/**
 * The text's one document through js-yaml, or undefined where it is not
 * js-yaml's to read (the yaml package reads it, and says its errors).
 */
function plainDocument(text) {
    let events;
    let data;
    try {
        events = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseEvents */ .PH)(text, {});
        if (!(0,_js_yaml_core_js__WEBPACK_IMPORTED_MODULE_1__/* .plain */ .pj)(text, events))
            return undefined;
        data = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .constructFromEvents */ .fw)(events, { source: text, schema: _js_yaml_core_js__WEBPACK_IMPORTED_MODULE_1__/* .CORE_SCHEMA_LIKE_YAML */ .YH, maxAliases: 0 });
    }
    catch {
        return undefined;
    }
    if (data.length > 1)
        return undefined;
    if (data.length === 0)
        return { data: null, lineOf: () => undefined, plainAt: () => undefined };
    const root = lineIndex(text, events);
    if (root === undefined)
        return undefined;
    const nodeAt = (path) => {
        let node = root;
        for (const k of path)
            node = typeof k === 'number' ? node?.items?.[k] : node?.keys?.get(k);
        return node;
    };
    return {
        data: data[0],
        lineOf: (path) => nodeAt(path)?.line,
        plainAt: (path) => {
            const range = nodeAt(path)?.plain;
            return range && text.slice(range[0], range[1]);
        },
    };
}
/**
 * plainDocument as a kind of parse a run's ParseCache keeps: a promotion checks its edit of a values file on it
 * (edits/check.ts), and the next reader of the edited text (promote/flux-validate.ts: is it a Flux resource?)
 * reads the same one.
 */
const PLAIN_DOCUMENT = { name: 'plain-document', parse: (text) => plainDocument(text) };


/***/ }),

/***/ 4293:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FL: () => (/* binding */ YAML_DOCUMENTS),
/* harmony export */   IS: () => (/* binding */ mapValue),
/* harmony export */   MQ: () => (/* binding */ YAML_DOCUMENT),
/* harmony export */   OM: () => (/* binding */ stringField),
/* harmony export */   hN: () => (/* binding */ parseYaml),
/* harmony export */   oB: () => (/* binding */ nodeAt),
/* harmony export */   ws: () => (/* binding */ scalarText)
/* harmony export */ });
/* unused harmony export duplicateKey */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _scalars_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7812);



/**
 * Parses one YAML document, keeping line numbers. Syntax errors and duplicate
 * keys are UserErrors naming file:line; several documents are refused unless
 * `allowMulti` (then the first is returned).
 */
function parseYaml(text, file, opts = {}) {
    // The yaml package's own uniqueKeys check compares each key with every earlier key of its map:
    // 40,000 keys took 15 s. Keys are checked here instead, one set per map (duplicateKey).
    const docs = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(text, { uniqueKeys: false });
    const list = Array.isArray(docs) ? docs : [];
    const lineAt = lineIndex(text);
    for (const d of list) {
        const err = d.errors[0];
        const dup = err ? undefined : duplicateKey(d.contents);
        if (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`invalid YAML: ${err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`, {
                file,
                line: lineAt(err.pos[0]),
                hint: 'fix the YAML syntax',
            });
        }
        if (dup !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`duplicate key${keyNear(text, dup)} — YAML keeps only one of them`, {
                file,
                line: lineAt(dup),
                hint: 'remove one of the duplicate keys',
            });
        }
    }
    if (list.length > 1 && !opts.allowMulti) {
        const second = list[1];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('the file holds more than one YAML document', {
            file,
            line: lineAt(second.range[0]),
            hint: 'keep a single document (no --- separators between documents)',
        });
    }
    // An empty or comments-only file holds no document at all: read it as one empty document (contents null).
    const doc = (list[0] ?? (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text));
    return {
        file,
        text,
        doc,
        empty: list.length === 0,
        documents: list,
        lineAt,
        lineOf: (node) => (node?.range ? lineAt(node.range[0]) : undefined),
    };
}
/** parseYaml of a single-document text (BOM stripped), as a kind of parse a ParseCache keeps; the variant is the file. */
const YAML_DOCUMENT = { name: 'yaml', parse: (text, file) => parseYaml(text, file) };
/** parseYaml of a text that may hold several documents (`allowMulti`), as a ParseCache keeps it. */
const YAML_DOCUMENTS = {
    name: 'yaml-multi',
    parse: (text, file) => parseYaml(text, file, { allowMulti: true }),
};
/**
 * Offset of the first key that repeats an earlier key of the same mapping, in
 * document order; undefined when there is none. Keys are equal as the yaml
 * package's uniqueKeys check has them: scalars with the same value (`1` and
 * `"1"` differ), other keys only when they are the same node. One set per
 * mapping, and an explicit stack (no recursion), so the work is linear in the
 * nodes and deep nesting cannot overflow the stack. Aliases are not followed:
 * the anchored node is checked where it is written.
 */
function duplicateKey(root) {
    let first;
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const seen = new Set();
            for (const pair of node.items) {
                const key = pair.key;
                const id = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key) ? scalarId(key.value) : key;
                if (seen.has(id)) {
                    const at = key?.range?.[0] ?? pair.value?.range?.[0];
                    if (at !== undefined && (first === undefined || at < first))
                        first = at;
                }
                seen.add(id);
                stack.push(pair.key, pair.value);
            }
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            for (const item of node.items)
                stack.push(item);
        }
    }
    return first;
}
/** A scalar's value as a set member: strings are kept apart from numbers and other values with the same text. */
function scalarId(v) {
    return typeof v === 'string' ? `s:${v}` : v;
}
/** Offset → 1-based line, by binary search over the line starts (built once per text). */
function lineIndex(text) {
    let starts;
    return (offset) => {
        if (!starts) {
            starts = [0];
            for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
                starts.push(i + 1);
        }
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    };
}
function keyNear(text, offset) {
    const m = /^[ \t]*(?:- )?["']?([^"':\n]+)["']?\s*:/.exec(text.slice(offset, text.indexOf('\n', offset) === -1 ? undefined : text.indexOf('\n', offset)));
    return m ? ` '${m[1].trim()}'` : '';
}
/** The node at a key path in mappings (numbers index sequences), or undefined. */
function nodeAt(parsed, path) {
    let node = parsed.doc.contents;
    for (const key of path) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node))
            return undefined;
        if (typeof key === 'number') {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
                return undefined;
            node = node.items[key];
        }
        else {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
                return undefined;
            const pair = node.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === key);
            node = pair?.value;
        }
    }
    return (node ?? undefined);
}
/**
 * Reads a scalar meant to be a string (a version, a tag). An unquoted value
 * that YAML would read as a number, boolean or date (`1.10`, `yes`) is a
 * UserError: Helm would see something other than what is written.
 */
function stringField(parsed, path, label = path.join('.')) {
    const node = nodeAt(parsed, path);
    if (node === undefined)
        return undefined;
    const line = parsed.lineOf(node);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label} is not a plain value`, { file: parsed.file, line, hint: 'write it as a string' });
    if (node.value === null && node.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.PLAIN && (node.source ?? '') === '')
        return undefined;
    const source = node.range ? parsed.text.slice(node.range[0], node.range[1]) : String(node.value);
    if (node.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.PLAIN) {
        const t11 = (0,_scalars_js__WEBPACK_IMPORTED_MODULE_2__/* .yaml11Type */ .Ax)(source);
        const t12 = (0,_scalars_js__WEBPACK_IMPORTED_MODULE_2__/* .yaml12Type */ .lo)(source);
        if (t11 !== 'str' || t12 !== 'str') {
            const kind = t11 !== 'str' ? t11 : t12;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label}: ${source} is read as a ${kind === 'int' || kind === 'float' ? 'number' : kind}, not the string written`, {
                file: parsed.file,
                line,
                hint: `quote it: "${source}"`,
            });
        }
    }
    return { value: String(node.value), line, node };
}
/** The value under `key` in a YAML map node (null: the key is there with no value; undefined: not a map, or no such key). */
function mapValue(map, key) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(map))
        return undefined;
    const pair = map.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === key);
    return pair ? pair.value : undefined;
}
/** A scalar node's value as text; undefined for anything else or an empty scalar. */
function scalarText(node) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && node.value !== null && node.value !== undefined ? String(node.value) : undefined;
}


/***/ }),

/***/ 7812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ax: () => (/* binding */ yaml11Type),
/* harmony export */   _O: () => (/* binding */ doubleQuote),
/* harmony export */   aj: () => (/* binding */ isPlainSafe),
/* harmony export */   lo: () => (/* binding */ yaml12Type),
/* harmony export */   nI: () => (/* binding */ singleQuote),
/* harmony export */   zN: () => (/* binding */ plainReadsAsString)
/* harmony export */ });
// How a plain (unquoted) YAML scalar is read. Charts are written for Helm,
// which reads YAML 1.1 (go-yaml v2 behind sigs.k8s.io/yaml), while editors and
// the `yaml` package read YAML 1.2: a value is only safe unquoted when both
// read it back as the same string.
const YAML11_BOOL = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
const NULLS = /^(?:~|null|Null|NULL|)$/;
const YAML11_INT = /^[-+]?(?:0b[01_]+|0[0-7_]+|(?:0|[1-9][0-9_]*)|0x[0-9a-fA-F_]+|[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
// go-yaml (what Helm uses) treats a plain scalar as a float only when it has
// one dot or an exponent (`1.10`, `.5`, `1e3`); `1.2.3` stays a string.
const YAML11_FLOAT = /^(?:[-+]?(?:\.[0-9_]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const YAML11_TIMESTAMP = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?$/;
const YAML12_BOOL = /^(?:true|True|TRUE|false|False|FALSE)$/;
const YAML12_INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const YAML12_FLOAT = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
/** The type a plain scalar resolves to under YAML 1.1 (Helm) — 'str' when it stays a string. */
function yaml11Type(plain) {
    if (NULLS.test(plain))
        return 'null';
    if (YAML11_BOOL.test(plain))
        return 'bool';
    if (YAML11_INT.test(plain))
        return 'int';
    if (YAML11_FLOAT.test(plain))
        return 'float';
    if (YAML11_TIMESTAMP.test(plain))
        return 'timestamp';
    return 'str';
}
/** The type a plain scalar resolves to under the YAML 1.2 core schema. */
function yaml12Type(plain) {
    if (NULLS.test(plain))
        return 'null';
    if (YAML12_BOOL.test(plain))
        return 'bool';
    if (YAML12_INT.test(plain))
        return 'int';
    if (YAML12_FLOAT.test(plain))
        return 'float';
    return 'str';
}
/** True when `plain`, written unquoted, reads back as this exact string under YAML 1.1 and 1.2. */
function plainReadsAsString(plain) {
    return yaml11Type(plain) === 'str' && yaml12Type(plain) === 'str';
}
/**
 * True when `value` can be written as a plain scalar in block context at all,
 * and reads back as the same string under both YAML versions.
 */
function isPlainSafe(value) {
    if (value === '' || value !== value.trim())
        return false;
    if (/[\x00-\x1f\x7f\u0085\u2028\u2029\ufeff]/.test(value))
        return false;
    if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(value) && !/^[-?:][^\s,[\]{}]/.test(value))
        return false;
    if (/^[-?:](\s|$)/.test(value))
        return false;
    if (/:(\s|$)|\s#/.test(value))
        return false;
    if (/^(?:---|\.\.\.)/.test(value))
        return false;
    return plainReadsAsString(value);
}
/** Double-quotes a string as YAML does, escaping what must be escaped. */
function doubleQuote(value) {
    let out = '"';
    for (const ch of value) {
        const c = ch.codePointAt(0);
        if (ch === '"')
            out += '\\"';
        else if (ch === '\\')
            out += '\\\\';
        else if (ch === '\n')
            out += '\\n';
        else if (ch === '\t')
            out += '\\t';
        else if (ch === '\r')
            out += '\\r';
        else if (c < 0x20 || c === 0x7f)
            out += `\\x${c.toString(16).padStart(2, '0')}`;
        else if (c === 0x85 || c === 0x2028 || c === 0x2029 || c === 0xfeff)
            out += `\\u${c.toString(16).padStart(4, '0')}`;
        else
            out += ch;
    }
    return out + '"';
}
/** Single-quotes a string (only `'` needs doubling); undefined when it cannot be (control characters). */
function singleQuote(value) {
    if (/[\x00-\x1f\x7f\u0085\u2028\u2029\ufeff]/.test(value))
        return undefined;
    return `'${value.replace(/'/g, "''")}'`;
}


/***/ })

};
