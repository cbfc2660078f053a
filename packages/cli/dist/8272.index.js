export const id = 8272;
export const ids = [8272,5997,4958,8545,7892,7135,3081,1684,6744];
export const modules = {

/***/ 65633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JS: () => (/* binding */ saveHeapMemory),
/* harmony export */   T$: () => (/* binding */ favourSmallHeap),
/* harmony export */   kK: () => (/* binding */ holdYoungGeneration),
/* harmony export */   q: () => (/* binding */ outsideMemorySaver)
/* harmony export */ });
/* unused harmony export HeapSettings */
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78877);
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

/***/ 38194:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fU: () => (/* binding */ sectionsInRange),
/* harmony export */   h7: () => (/* binding */ versionSections),
/* harmony export */   jA: () => (/* binding */ indexSections)
/* harmony export */ });
/* unused harmony export sectionsBetween */
/* harmony import */ var semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93483);
/* harmony import */ var semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37306);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _headings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52761);
// A changelog read back as data: each version section's bullet entries, which
// of them are breaking, and the pull requests they cite. promote/whats-in.ts
// lists what a promotion brings (or takes away) from these.



const BREAKING_GROUP = /breaking/i;
const BREAKING_TEXT = /^(?:\*\*|__)?(?:⚠\s*)?breaking(?:[ _-]changes?)?\b|^\w+(?:\([^)]*\))?!:/i;
/** A bullet's text without Markdown link targets, emphasis or code marks, and the pull requests it cites. */
function plainEntry(raw) {
    const pulls = new Set();
    for (const m of raw.matchAll(/\/pull\/(\d{1,9})\b/g))
        pulls.add(Number(m[1]));
    for (const m of raw.matchAll(/(?<![\w/&])#(\d{1,9})\b/g))
        pulls.add(Number(m[1]));
    const text = raw
        // Links keep their text; a reference to a pull request or a commit (`([#12](…))`, `([abc1234](…))`) goes: it is listed apart.
        .replace(/\s*\(\[(?:#\d+|[0-9a-f]{7,40})\]\([^)]*\)\)/g, '')
        .replace(/\s*\((?:#\d+|[0-9a-f]{7,40})\)/g, '')
        // A link target may hold one level of parentheses (`javascript:alert(1)`), as CommonMark allows.
        .replace(/!?\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))*\)/g, '$1')
        .replace(/(\*\*|__)(.+?)\1/g, '$2')
        // Code spans keep their text as it is; outside them a backslash escape (`\*`, `\_`, written by the
        // release notes) stands for the character alone: the text is shown escaped once, where it is shown.
        .split(/(`[^`]*`)/)
        .map((part, i) => (i % 2 === 1 ? part.slice(1, -1) : part.replace(/\\([!-/:-@[-`{-~])/g, '$1')))
        .join('')
        .trim();
    return { text, pulls: [...pulls] };
}
/**
 * Every version section of a changelog in file order, with its top-level
 * bullets. A group heading naming breaking changes (`### ⚠ BREAKING
 * CHANGES`) marks the bullets under it breaking; so does a bullet that says
 * so itself. Lines inside code fences are skipped with their headings.
 */
function versionSections(text) {
    const index = indexSections(text);
    return index.headings.map((_, i) => sectionAt(index, i));
}
/**
 * The headings of `text`, for sectionAt and sectionsInRange. No line array is
 * kept: a section's lines are split out of the text when it is parsed, so an
 * index of a 3.5 MB CHANGELOG.md holds the text and its few hundred headings,
 * not 84,000 line strings.
 */
function indexSections(text) {
    const body = text.replace(/^\ufeff/, '');
    return { text: body, headings: (0,_headings_js__WEBPACK_IMPORTED_MODULE_2__/* .versionHeadings */ ._)(body) };
}
/** The offset just past the line break of the line at `offset` (the text's length on its last line). */
function nextLineStart(text, offset) {
    const end = text.indexOf('\n', offset);
    return end < 0 ? text.length : end + 1;
}
/** The `i`th version section of an index, its bullets parsed. */
function sectionAt({ text, headings }, i) {
    const h = headings[i];
    // From the line after the heading (and after a setext heading's underline) to the next heading's line.
    const from = h.underline === undefined ? nextLineStart(text, h.offset) : nextLineStart(text, nextLineStart(text, h.offset));
    const end = i + 1 < headings.length ? headings[i + 1].offset : text.length;
    const lines = from < end ? text.slice(from, end).split(/\r?\n/) : [];
    const entries = [];
    let breakingGroup = false;
    let fence = false;
    for (const line of lines) {
        if (/^ {0,3}(`{3,}|~{3,})/.test(line))
            fence = !fence;
        if (fence)
            continue;
        const group = /^#{1,6}[ \t]+(.*)$/.exec(line);
        if (group) {
            // A heading above the section's level (a prose `## Notes` after the last version) ends it.
            if (/^#+/.exec(line)[0].length <= h.level)
                break;
            breakingGroup = BREAKING_GROUP.test(group[1]);
            continue;
        }
        const bullet = /^ {0,1}[-*+][ \t]+(.+)$/.exec(line);
        if (!bullet)
            continue;
        const { text: words, pulls } = plainEntry(bullet[1]);
        entries.push({ text: words, breaking: breakingGroup || BREAKING_TEXT.test(bullet[1].trim()), pulls });
    }
    return { version: h.version, entries };
}
/**
 * sectionsBetween(versionSections(text), from, to) without parsing the
 * bullets of the sections outside the range: a promotion between two
 * releases of a long changelog reads two sections, not hundreds.
 */
function sectionsInRange(index, from, to) {
    const lo = semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1___default()(from);
    const hi = semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1___default()(to);
    if (!lo || !hi || semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_0___default()(lo, hi) >= 0)
        return [];
    const inRange = index.headings.flatMap((h, i) => (semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_0___default()(h.version, lo) > 0 && semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_0___default()(h.version, hi) <= 0 ? [i] : []));
    return sectionsBetween(inRange.map((i) => sectionAt(index, i)), lo, hi);
}
/**
 * The sections strictly after `from` up to and including `to` (SemVer
 * order), newest first: what moving from `from` to `to` brings. Empty when
 * either is not a version or `to` is not newer.
 */
function sectionsBetween(sections, from, to) {
    const lo = semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1___default()(from);
    const hi = semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1___default()(to);
    if (!lo || !hi || semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_0___default()(lo, hi) >= 0)
        return [];
    const seen = new Set();
    return sections
        .filter((s) => semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_0___default()(s.version, lo) > 0 && semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_0___default()(s.version, hi) <= 0 && !seen.has(s.version) && seen.add(s.version))
        .sort((a, b) => semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_0___default()(b.version, a.version));
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

/***/ 95997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bo: () => (/* binding */ skippedLine),
/* harmony export */   MV: () => (/* binding */ selectCharts),
/* harmony export */   SA: () => (/* binding */ chartChoice),
/* harmony export */   Ts: () => (/* binding */ ignoredEntries),
/* harmony export */   de: () => (/* binding */ whereOf),
/* harmony export */   kk: () => (/* binding */ unmatchedEntries),
/* harmony export */   pg: () => (/* binding */ uncoveredCharts),
/* harmony export */   refuseUnmatchedConfigEntries: () => (/* binding */ refuseUnmatchedConfigEntries),
/* harmony export */   unmatchedConfigEntries: () => (/* binding */ unmatchedConfigEntries)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _discover_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17892);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88225);
/* harmony import */ var _tree_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7135);




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
    return dirs.filter((0,_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .chartPatternMatcher */ .Jr)(choice.entries.map((e) => e.pattern))).sort();
}
/**
 * Every entry that matches no folder of `dirs`, as an error at its config
 * line (or naming its input), with the nearest chart folder as a suggestion.
 * A pattern that selects nothing would silently leave a chart unguarded.
 */
function unmatchedEntries(entries, dirs, hintOf) {
    return entries.flatMap((e) => {
        if (dirs.some((0,_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .chartPatternMatcher */ .Jr)([e.pattern])))
            return [];
        const text = e.written ?? e.pattern;
        // The pattern's likely meaning (`chart/*` → `charts/*`), as the check says it (charts/suggest.ts).
        const folders = [...new Set(dirs.flatMap((d) => d.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/'))))];
        const guess = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .suggestPattern */ .$)((0,_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizePattern */ .eP)(e.pattern), folders, (p) => dirs.some((0,_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .chartPatternMatcher */ .Jr)([p])));
        const hint = hintOf?.(e) ??
            (e.file !== undefined || e.key !== undefined
                ? `${guess ? `did you mean ${guess}? ` : ''}fix \`${e.key ?? 'charts'}:\` in the config (paths or globs relative to the working directory)`
                : (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL) `${guess ? `did you mean ${guess}? ` : ''}fix ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .theInput */ .y8)(e.input ?? 'charts')} (paths or globs relative to working-directory)`);
        return [
            new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`chart '${text}' matches no folder holding a Chart.yaml`, {
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
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .throwAll */ .Kx)(unmatchedConfigEntries(config, lineOf, (0,_discover_js__WEBPACK_IMPORTED_MODULE_1__.findCharts)((0,_tree_js__WEBPACK_IMPORTED_MODULE_3__.listChartFiles)(workdir))));
}
/** The chart folders of `dirs` that no entry of a `patterns` choice covers and no `charts-ignore:` entry excludes. */
function uncoveredCharts(dirs, choice, ignored) {
    if (choice.kind !== 'patterns')
        return [];
    const covered = (0,_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .chartPatternMatcher */ .Jr)(choice.entries.map((e) => e.pattern));
    const ignoredDir = ignored.length > 0 ? (0,_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .chartPatternMatcher */ .Jr)(ignored.map((e) => e.pattern)) : () => false;
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

/***/ 88225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ suggestPattern)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99788);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _text_suggest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24619);
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

/***/ 7135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listChartFiles: () => (/* binding */ listChartFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


const SKIP = new Set(['.git', 'node_modules']);
/**
 * Every Chart.yaml under `root` as POSIX paths relative to it, for
 * findCharts. Symbolic links are not followed (a chart reached through one
 * could lie outside the workspace), and `.git` and `node_modules` are skipped.
 * With `linked`, the chart folders reached only through a symbolic link (a
 * linked Chart.yaml, or a linked folder holding one) are collected there, so a
 * caller can name the refused link instead of saying no chart matched.
 */
function listChartFiles(root, linked) {
    const out = [];
    const walk = (abs, rel) => {
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(abs, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries) {
            if (e.isDirectory()) {
                if (!SKIP.has(e.name))
                    walk((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(abs, e.name), rel ? `${rel}/${e.name}` : e.name);
            }
            else if (e.isFile() && e.name === 'Chart.yaml')
                out.push(rel ? `${rel}/Chart.yaml` : 'Chart.yaml');
            else if (linked && e.isSymbolicLink()) {
                const path = rel ? `${rel}/${e.name}` : e.name;
                if (e.name === 'Chart.yaml')
                    linked.push(rel || '.');
                else if (!SKIP.has(e.name) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(abs, e.name, 'Chart.yaml')))
                    linked.push(path);
            }
        }
    };
    walk(root, '');
    return out.sort();
}


/***/ }),

/***/ 16744:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ siblingConfigError),
/* harmony export */   q: () => (/* binding */ otherConfigExtension)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

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

/***/ 85036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ publishGeneratedBranch),
/* harmony export */   l: () => (/* binding */ branchPublisher)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5825);


/**
 * git/publish.ts's publishing calls bound to `git` and `remote`. Git mode
 * pushes the commits it re-applies as they are made here, so a signed commit
 * of someone else is never re-made without its signature (`keepSignatures`,
 * default on); commit-mode api, which re-creates every commit through
 * GitHub anyway, turns it off.
 */
function branchPublisher(git, remote = 'origin', o = {}) {
    const keepSignatures = o.keepSignatures ?? true;
    return {
        fetchBranch: (b) => (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .fetchBranch */ .D_)(git, remote, b),
        commitFiles: (c) => (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .commitFiles */ .zu)(git, c),
        commitsAfterGenerated: (base, tip, trailer) => (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .commitsAfterGenerated */ .kq)(git, base, tip, trailer, remote),
        replayCommits: (onto, commits) => (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .replayCommits */ .aY)(git, onto, commits, { keepSignatures }),
        pushBranch: (b, sha, expected) => (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .pushBranch */ .TV)(git, remote, b, sha, expected),
    };
}
/**
 * The whole publish round for an action that owns a branch: fetch base →
 * plan → one generated commit → fetch the branch → re-apply others' commits
 * found above the previous generated commit → push with a lease on the tip
 * that was seen. A lease that no longer holds (someone pushed meanwhile) or,
 * for a direct push, a base that moved starts the round again, bounded.
 * A rerun that would produce the same content on the same base pushes
 * nothing (`unchanged`). The remote calls go through `remoteCalls`
 * (default git/publish.ts on `req.remote`); local reads use `git`.
 */
async function publishGeneratedBranch(git, req, remoteCalls) {
    const remote = req.remote ?? 'origin';
    const calls = remoteCalls ?? branchPublisher(git, remote);
    const direct = req.branch === req.base;
    const pinned = req.pinned;
    const attempts = req.attempts ?? 3;
    return (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .withBaseRetry */ .s0)(attempts, async (attempt) => {
        const baseSha = pinned ? await pinnedBase(calls, req.base, pinned) : await calls.fetchBranch(req.base);
        if (!baseSha)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`base branch '${req.base}' does not exist on ${remote}`, { hint: 'set `base` to an existing branch' });
        const previous = direct ? baseSha : await calls.fetchBranch(req.branch);
        const { files, message } = await req.plan(baseSha);
        const generated = await calls.commitFiles({
            parent: baseSha,
            files,
            message: (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .appendTrailer */ .Ce)(message, req.trailer),
            author: req.author,
            committer: req.committer,
            date: req.date,
            stampTree: true,
        });
        // The trees a round compares, each asked of git once; the base's and the generated commit's in one process.
        const trees = new Map();
        const tree = (commit) => {
            let t = trees.get(commit);
            if (!t)
                trees.set(commit, (t = (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .treeOf */ .g7)(git, commit)));
            return t;
        };
        let baseTree;
        if (!pinned) {
            const [b, g] = await (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .treesOf */ .zG)(git, [baseSha, generated]);
            trees.set(baseSha, Promise.resolve(b));
            trees.set(generated, Promise.resolve(g));
            baseTree = b;
        }
        let head = generated;
        let replayed = [];
        let skipped = [];
        if (previous && !direct) {
            const found = await calls.commitsAfterGenerated(baseSha, previous, req.trailer);
            if (!pinned && !found.generated && found.after.length > 0) {
                const top = found.after[found.after.length - 1];
                return {
                    done: true,
                    value: {
                        outcome: 'conflict',
                        baseSha,
                        previous,
                        commit: top,
                        subject: await (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .commitSubject */ .sF)(git, top),
                        files: [],
                        reason: `${req.branch} has commits but none generated by lockstep (${req.trailer}); it is left alone`,
                    },
                };
            }
            if (found.amended) {
                return {
                    done: true,
                    value: {
                        outcome: 'conflict',
                        baseSha,
                        previous,
                        commit: found.generated,
                        subject: await (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .commitSubject */ .sF)(git, found.generated),
                        files: [],
                        reason: `the generated commit on ${req.branch} was amended by hand; regenerating it would lose that edit, so the branch is left alone`,
                        amended: true,
                    },
                };
            }
            // With a pinned base the generated commit is the run's own, judged alone: what others pushed above it stays theirs.
            if (pinned &&
                found.generated &&
                (await (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .parentOf */ .gN)(git, found.generated)) === baseSha &&
                (await tree(found.generated)) === (await tree(generated)))
                return {
                    done: true,
                    value: { outcome: 'unchanged', head: previous, baseSha, previous, replayed: [], skipped: [], kept: found.after },
                };
            if (found.after.length > 0) {
                const r = await calls.replayCommits(generated, found.after);
                if (!r.ok)
                    return {
                        done: true,
                        value: { outcome: 'conflict', baseSha, previous, commit: r.commit, subject: r.subject, files: r.files, reason: r.reason },
                    };
                head = r.head;
                skipped = r.skipped;
                replayed = found.after.filter((c) => !r.skipped.includes(c));
            }
            if (!pinned) {
                const headTree = await tree(head);
                if (found.generated && (await (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .parentOf */ .gN)(git, found.generated)) === baseSha && (await tree(previous)) === headTree)
                    return { done: true, value: { outcome: 'unchanged', head: previous, baseSha, previous, replayed: [], skipped: [] } };
            }
        }
        if (!pinned && (await tree(head)) === baseTree)
            return { done: true, value: { outcome: 'empty', baseSha, previous: direct ? undefined : previous } };
        const pushed = await calls.pushBranch(req.branch, head, previous, { base: baseSha, generated });
        if (pushed.ok) {
            const outcome = direct || (previous && pushed.updated) ? 'updated' : previous ? 'unchanged' : 'created';
            // Through the API the branch holds GitHub's commits, not the local ones.
            const remote = 'head' in pushed ? { head: pushed.head, commits: withOriginals(pushed.commits, replayed) } : { head };
            return { done: true, value: { outcome, baseSha, previous, replayed, skipped, ...remote } };
        }
        if (pinned) {
            // A stale lease, or a refusal because another push updated the branch at the same moment (the server's
            // ref lock): look again, bounded. Anything else (protected branch, hook) is final.
            const raced = pushed.reason === 'stale' || (await calls.fetchBranch(req.branch)) !== previous;
            if (raced && attempt < attempts)
                return { done: false, why: `${req.branch} moved on ${remote} (${pushed.detail})` };
            return { done: true, value: { outcome: 'rejected', baseSha, previous, detail: pushed.detail, raced } };
        }
        if (pushed.reason === 'rejected')
            return { done: true, value: { outcome: 'rejected', baseSha, previous, detail: pushed.detail } };
        return { done: false, why: `${req.branch} moved on ${remote} (${pushed.detail})` };
    });
}
/**
 * The base a pinned round builds on: the checkout's commit, as long as the
 * remote's base is still there (or absent); a base that moved throws the
 * caller's error, since the files were planned from the old one.
 */
async function pinnedBase(calls, base, pinned) {
    const tip = await calls.fetchBranch(base);
    if (tip && tip !== pinned.sha)
        throw pinned.moved(tip);
    return pinned.sha;
}
/**
 * The commits written through the API, each re-created commit of someone
 * else's paired with the commit of the branch it re-creates: they follow
 * lockstep's in the order they were replayed (`replayed`, oldest first).
 */
function withOriginals(commits, replayed) {
    let i = 0;
    return commits.map((c) => (c.keptAuthor && i < replayed.length ? { ...c, original: replayed[i++] } : c));
}


/***/ }),

/***/ 48982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ localDefaultBranch),
/* harmony export */   $R: () => (/* binding */ initBareWithOrigin),
/* harmony export */   F6: () => (/* binding */ hasRemote),
/* harmony export */   Ki: () => (/* binding */ remoteDefaultBranch),
/* harmony export */   Kx: () => (/* binding */ lastTagOn),
/* harmony export */   M4: () => (/* binding */ topLevel),
/* harmony export */   MY: () => (/* binding */ pathPrefixOrTop),
/* harmony export */   OZ: () => (/* binding */ remoteHeadRef),
/* harmony export */   Y2: () => (/* binding */ headProblem),
/* harmony export */   YA: () => (/* binding */ pathPrefix),
/* harmony export */   eR: () => (/* binding */ currentBranch),
/* harmony export */   ij: () => (/* binding */ shortHeadCommit),
/* harmony export */   k2: () => (/* binding */ headFacts)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _spawn_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90669);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63164);



// What a repository on a user's disk is, for the faces that run outside a runner's checkout (the
// CLI), and for the unusual repositories an action can meet: is there a remote, which branch is
// the local default, and why HEAD names no commit (no commit yet, an unborn branch, a bare repository).
const BRANCH = /^(?!-)[A-Za-z0-9._/-]+$/;
/** Whether the repository has a remote named `remote` (default origin), as it is now (not remembered from earlier). */
async function hasRemote(git, remote = 'origin') {
    return (await (0,_repo_js__WEBPACK_IMPORTED_MODULE_2__/* .asRepo */ .lU)(git).remoteUrl(remote, true)) !== undefined;
}
/** The branch HEAD is on (even one with no commit yet), or undefined on a detached HEAD. */
async function currentBranch(git) {
    return (await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['symbolic-ref', '--quiet', '--short', 'HEAD'])) || undefined;
}
/**
 * The local default branch: `init.defaultBranch` when that branch exists,
 * else `main`, else `master`; undefined when none of them has a commit.
 */
async function localDefaultBranch(git) {
    const configured = await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['config', '--get', 'init.defaultBranch']);
    for (const b of [configured, 'main', 'master']) {
        if (!b || !BRANCH.test(b))
            continue;
        if (await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['rev-parse', '--verify', '--quiet', `refs/heads/${b}^{commit}`]))
            return b;
    }
    return undefined;
}
/** The default branch origin names (origin/HEAD, else what `ls-remote` says its HEAD is), or undefined. */
async function remoteDefaultBranch(git, remote = 'origin') {
    const fromSym = await remoteHeadRef(git, remote);
    if (fromSym && BRANCH.test(fromSym))
        return fromSym;
    const head = await (0,_repo_js__WEBPACK_IMPORTED_MODULE_2__/* .asRepo */ .lU)(git).remoteHead(remote, true);
    return head && BRANCH.test(head) ? head : undefined;
}
/** The last tag reachable from `commit` (`git describe --tags`), or '' when there is none. */
async function lastTagOn(git, commit) {
    return (await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['describe', '--tags', '--abbrev=0', commit])) ?? '';
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
    (0,_repo_js__WEBPACK_IMPORTED_MODULE_2__/* .asRepo */ .lU)(git).noteShallow(shallow);
    return { head: sha && /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined, shallow, prefix: lines.join('\n') };
}
/** HEAD's commit, or undefined when HEAD names none (headProblem says why). */
async function headCommit(git) {
    return (await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])) || undefined;
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
    if ((await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['rev-parse', '--is-bare-repository'])) === 'true')
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('the repository is bare (it has no work tree)', {
            hint: then('run in a clone that has a work tree (git clone <path>)'),
        });
    const branch = await currentBranch(git);
    if (!(await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['rev-list', '--max-count=1', '--all'])))
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('the repository has no commit yet', { hint: then('commit the files first (git add, then git commit)') });
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`the branch ${branch ?? 'HEAD'} has no commit yet`, {
        hint: then('commit on it first, or switch to a branch that has commits (git switch <branch>)'),
    });
}
/** The branch `refs/remotes/<remote>/HEAD` names (as git stores it, unchecked), or undefined when it is not set. */
async function remoteHeadRef(git, remote = 'origin') {
    const sym = await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['symbolic-ref', '--quiet', '--', `refs/remotes/${remote}/HEAD`]);
    return sym?.replace(`refs/remotes/${remote}/`, '');
}
/** The top folder of the repository `git` runs in, or undefined outside one. */
function topLevel(git) {
    return (0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['rev-parse', '--show-toplevel']);
}
/** The working directory's path inside the repository ('' at its top, else `sub/dir/`); throws outside one. */
async function pathPrefix(git) {
    return (await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .gitText */ .q_)(git, ['rev-parse', '--show-prefix'])).trim();
}
/** pathPrefix, or '' when git cannot tell. */
async function pathPrefixOrTop(git) {
    return (await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['rev-parse', '--show-prefix'])) ?? '';
}
/** HEAD's abbreviated commit id, or undefined when HEAD names no commit. */
function shortHeadCommit(git) {
    return (0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['rev-parse', '--short', '--verify', '--quiet', 'HEAD^{commit}']);
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


/***/ }),

/***/ 68829:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ri: () => (/* binding */ pushedRange),
/* harmony export */   cG: () => (/* binding */ pushedCommits)
/* harmony export */ });
/* unused harmony export MAX_PUSHED_COMMITS */
// What one push brought to a branch. A merge queue lands a group of pull requests in one push: the branch
// moves from the group's parent (`before`) to the last pull request's merge (`after`), and every pull request
// of the group has its own merge commit on the first-parent line between them. A run on that push sees the
// last one as HEAD (GITHUB_SHA); a release or promotion pull request that was first or in the middle of the
// group is one of the commits below it. These helpers read the push's range from the event payload and walk
// that first-parent line, deepening a shallow clone (actions/checkout's default) until it holds the range.
const SHA = /^[0-9a-f]{40}$/;
const NO_COMMIT = /^0{40}$/;
/**
 * The range of a `push` event's payload; undefined for anything else: a branch created or deleted
 * (`before` or `after` all zeros), a payload without both commits, or one whose commits are not 40-hex
 * object names (the payload is read as untrusted text).
 */
function pushedRange(payload) {
    const { before, after, commits } = payload;
    if (typeof before !== 'string' || typeof after !== 'string')
        return undefined;
    if (!SHA.test(before) || !SHA.test(after) || NO_COMMIT.test(before) || NO_COMMIT.test(after) || before === after)
        return undefined;
    return { before, after, listed: Array.isArray(commits) ? commits.length : 0 };
}
/** How far a walk goes: a queue group is a few pull requests; a push of more first-parent commits is read up to this. */
const MAX_PUSHED_COMMITS = 100;
/**
 * The first-parent commits the push brought, newest first (`after` itself first): those after `before` up
 * to `after`. Undefined when `before` is not on that line within MAX_PUSHED_COMMITS (a forced push, a
 * range this clone cannot reach even after deepening): the caller then reads `after` alone.
 */
async function pushedCommits(walk, range) {
    let by = Math.max(range.listed, 1) + 1;
    for (let deepened = 0;; deepened++) {
        const line = [];
        let at = range.after;
        while (at !== undefined && at !== range.before && line.length < MAX_PUSHED_COMMITS) {
            const parents = await walk.parents(at);
            if (parents === undefined)
                break;
            line.push(at);
            at = parents[0];
        }
        if (at === range.before)
            return line;
        // The line stopped before `before`: at a shallow clone's edge (a commit without parents) it may go on.
        if (line.length >= MAX_PUSHED_COMMITS || deepened >= 3 || !(await walk.deepen(by)))
            return undefined;
        by *= 4;
    }
}


/***/ }),

/***/ 64958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ queueRefPrefix),
/* harmony export */   queueBranchOf: () => (/* binding */ queueBranchOf)
/* harmony export */ });
/* unused harmony export QUEUE_BRANCH_ROOT */
// GitHub's merge queue tests each entry on a branch of its own, `gh-readonly-queue/<base>/pr-<n>-<sha>`: <base>
// the branch the queue merges into, <n> the queued pull request, <sha> the commit the entry is built on (the base
// branch's tip, or the entry ahead). The branch lives while the pull request is queued and is deleted when the
// group lands or the entry leaves the queue. A name is untrusted text: it is matched whole or not at all.
/** The folder every merge queue branch lives under. */
const QUEUE_BRANCH_ROOT = 'gh-readonly-queue';
/**
 * The queue entry a ref or branch name names, as GitHub writes a merge queue's branches:
 * `gh-readonly-queue/<branch>/pr-<n>-<sha>`, alone or as `refs/heads/…`, `refs/remotes/<remote>/…` or
 * `<remote>/…`. Anything else (another shape, a branch name git would refuse, a line break) names none.
 */
function queueBranchOf(ref) {
    const m = /^(?:refs\/heads\/|refs\/remotes\/[\w.-]+\/|[\w.-]+\/)?gh-readonly-queue\/([\w./-]+)\/pr-(\d{1,9})-([0-9a-f]{40}|[0-9a-f]{64})$/.exec(ref);
    if (!m)
        return undefined;
    const branch = m[1];
    if (branch.startsWith('-') ||
        branch.includes('..') ||
        branch.split('/').some((p) => p === '' || p.startsWith('.') || p.endsWith('.lock')))
        return undefined;
    return { baseBranch: branch, pull: Number(m[2]), entryBase: m[3] };
}
/**
 * The prefix every queue branch of pull request `pull` into `base` starts with, as GitHub's matching-refs route
 * takes it (`heads/gh-readonly-queue/main/pr-12-`): the trailing dash keeps #12 from matching #120.
 */
function queueRefPrefix(base, pull) {
    return `heads/${QUEUE_BRANCH_ROOT}/${base}/pr-${pull}-`;
}


/***/ }),

/***/ 66409:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GS: () => (/* binding */ commitLogRecords),
/* harmony export */   Qo: () => (/* binding */ headCommit),
/* harmony export */   Zs: () => (/* binding */ localTagCommit),
/* harmony export */   c1: () => (/* binding */ fetchUnshallow),
/* harmony export */   cB: () => (/* binding */ listTags),
/* harmony export */   dI: () => (/* binding */ fetchHistorySince),
/* harmony export */   eF: () => (/* binding */ tagCommit),
/* harmony export */   eg: () => (/* binding */ fetchTagCommit),
/* harmony export */   hD: () => (/* binding */ lsRemoteTags),
/* harmony export */   rH: () => (/* binding */ rawLog),
/* harmony export */   ti: () => (/* binding */ hasTag),
/* harmony export */   xI: () => (/* binding */ fetchTag)
/* harmony export */ });
/* harmony import */ var _spawn_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90669);

// The git verbs a release's tag search and commit scan speak (release/history.ts): tag listings,
// the tagged commits, the remote's tag list and the narrow fetches of a shallow clone. Each is one
// git command line, spelled here and nowhere else.
/** The local tag names, all of them or those matching `pattern` (`--merged HEAD` with `merged`). */
async function listTags(git, pattern, merged = false) {
    const args = pattern === undefined ? ['tag', '--list'] : ['tag', '--list', ...(merged ? ['--merged', 'HEAD'] : []), '--', pattern];
    return (await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .gitText */ .q_)(git, args)).split('\n').filter((t) => t !== '');
}
/** The commit the local tag names; throws when there is no such tag. */
async function tagCommit(git, tag) {
    return (await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .gitText */ .q_)(git, ['rev-parse', '--verify', '--end-of-options', `refs/tags/${tag}^{commit}`])).trim();
}
/** The commit the local tag names, or '' when there is none here. */
async function localTagCommit(git, tag) {
    return (await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `refs/tags/${tag}^{commit}`])).stdout.toString().trim();
}
/** Whether the tag is here (its object, whatever it points at). */
async function hasTag(git, tag) {
    return (await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `refs/tags/${tag}`])).code === 0;
}
/** HEAD's commit; throws without one. */
async function headCommit(git) {
    return (await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .gitText */ .q_)(git, ['rev-parse', '--verify', 'HEAD^{commit}'])).trim();
}
/** `git ls-remote --tags` of `remote` (annotated tags with their peeled lines), as git answered. */
function lsRemoteTags(git, remote) {
    return git(['ls-remote', '--tags', '--', remote]);
}
/** `git log --format=raw` of HEAD's history from `head`: each commit's id and its parents' (a shallow one's too). */
function rawLog(git, head) {
    return (0,_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .gitText */ .q_)(git, ['log', '--format=raw', '--no-decorate', '--end-of-options', head, '--']);
}
/** How a shallow clone's narrow fetches begin: quiet, no tags, no submodules, no FETCH_HEAD. */
const NARROW_FETCH = [..._spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .GIT_FETCH */ .SG, '--quiet', '--no-tags', '--no-recurse-submodules', '--no-write-fetch-head'];
/** Fetches the tag's commit alone (depth 1) from `remote`. */
function fetchTagCommit(git, remote, tag) {
    return git([...NARROW_FETCH, '--depth=1', '--', remote, `+refs/tags/${tag}:refs/tags/${tag}`]);
}
/** Fetches the history behind `boundary` (a shallow clone's edge commits) down to, not into, the tag's. */
function fetchHistorySince(git, remote, tag, boundary) {
    return git([...NARROW_FETCH, `--shallow-exclude=refs/tags/${tag}`, '--', remote, ...boundary]);
}
/** Fetches the whole history behind `boundary`. */
function fetchUnshallow(git, remote, boundary) {
    return git([...NARROW_FETCH, '--unshallow', '--', remote, ...boundary]);
}
/** Fetches one tag and its commit alone (depth 1), to show a tag a shallow clone knows by name only. */
function fetchTag(git, remote, tag) {
    return git([
        ..._spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .GIT_FETCH */ .SG,
        '--quiet',
        '--no-tags',
        '--no-write-fetch-head',
        '--depth=1',
        '--',
        remote,
        `+refs/tags/${tag}:refs/tags/${tag}`,
    ]);
}
/**
 * `git log` of `range` with each commit's id, parents and full message as three NUL-separated records,
 * handed to `onRecord` as git prints them (`signal` stops git).
 */
function commitLogRecords(git, range, onRecord, signal) {
    return (0,_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .gitRecords */ .Xq)(git, ['log', '-z', '--format=%H%x00%P%x00%B', '--end-of-options', range, '--'], onRecord, signal);
}


/***/ }),

/***/ 68545:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ porcelainStatus),
/* harmony export */   workTreeSnapshot: () => (/* binding */ workTreeSnapshot)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _local_repo_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48982);
/* harmony import */ var _objects_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57850);
/* harmony import */ var _spawn_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(90669);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(66409);







// What `lockstep check` checks in a terminal by default: the work tree as it is, uncommitted changes
// included, recorded as a commit (packages/cli/src/commands/local.ts).
/**
 * `git status --porcelain=v1 -z` with every untracked file and no rename detection: of the whole
 * repository, or of the working directory only (`here`). Paths are relative to the repository's top.
 */
function porcelainStatus(git, here) {
    const args = ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames'];
    return (0,_spawn_js__WEBPACK_IMPORTED_MODULE_5__/* .gitText */ .q_)(git, here ? [...args, '--', '.'] : args);
}
/**
 * Records the work tree (tracked changes and untracked files that are not
 * ignored) as a commit whose parent is HEAD, through a temporary copy of the
 * index: the real index, the work tree and every ref stay as they were (the
 * commit is referenced by nothing). Undefined when the work tree matches HEAD.
 */
async function workTreeSnapshot(root, env) {
    const git = (0,_objects_js__WEBPACK_IMPORTED_MODULE_4__.gitSpawner)(root, env);
    const noHead = await (0,_local_repo_js__WEBPACK_IMPORTED_MODULE_3__/* .headProblem */ .Y2)(git, 'nothing to check');
    if (noHead)
        throw noHead;
    const status = await porcelainStatus(git, false);
    const paths = status
        .split('\0')
        .filter((e) => e.length > 3)
        .map((e) => e.slice(3));
    if (paths.length === 0)
        return undefined;
    const head = await (0,_tags_js__WEBPACK_IMPORTED_MODULE_6__/* .headCommit */ .Qo)(git);
    const tmp = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'lockstep-check-'));
    try {
        const index = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(tmp, 'index');
        const real = (await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_5__/* .gitText */ .q_)(git, ['rev-parse', '--git-path', 'index'])).trim();
        const realAbs = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(real) ? real : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root, real);
        // The copy keeps the real index's file stamps, so `git add` hashes only what changed.
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(realAbs))
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.copyFileSync)(realAbs, index);
        const staged = (0,_objects_js__WEBPACK_IMPORTED_MODULE_4__.gitSpawner)(root, { ...env, GIT_INDEX_FILE: index });
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(index))
            await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_5__/* .gitText */ .q_)(staged, ['read-tree', head]);
        await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_5__/* .gitText */ .q_)(staged, ['add', '--all', '--', ':/']);
        const tree = (await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_5__/* .gitText */ .q_)(staged, ['write-tree'])).trim();
        const who = {
            GIT_AUTHOR_NAME: 'lockstep',
            GIT_AUTHOR_EMAIL: 'lockstep@localhost',
            GIT_COMMITTER_NAME: 'lockstep',
            GIT_COMMITTER_EMAIL: 'lockstep@localhost',
        };
        const commit = (await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_5__/* .gitText */ .q_)((0,_objects_js__WEBPACK_IMPORTED_MODULE_4__.gitSpawner)(root, { ...env, ...who }), [
            'commit-tree',
            tree,
            '-p',
            head,
            '-m',
            'lockstep check: the work tree, uncommitted',
        ])).trim();
        return { commit, head, paths };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tmp, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 46145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  release: () => (/* binding */ release),
  releaseOutputs: () => (/* binding */ releaseOutputs),
  runRelease: () => (/* binding */ runRelease)
});

// EXTERNAL MODULE: ./packages/core/src/async/young-generation.ts
var young_generation = __webpack_require__(65633);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/edits/transaction.ts
var transaction = __webpack_require__(30883);
// EXTERNAL MODULE: ./packages/core/src/git/identity.ts
var identity = __webpack_require__(87034);
// EXTERNAL MODULE: ./packages/core/src/git/local-repo.ts
var local_repo = __webpack_require__(48982);
// EXTERNAL MODULE: ./packages/core/src/git/repo.ts
var repo = __webpack_require__(63164);
// EXTERNAL MODULE: ./packages/core/src/git/signing.ts
var git_signing = __webpack_require__(87245);
// EXTERNAL MODULE: ./packages/core/src/git/pushed.ts
var git_pushed = __webpack_require__(68829);
// EXTERNAL MODULE: ./packages/core/src/git/generated-branch.ts
var generated_branch = __webpack_require__(85036);
// EXTERNAL MODULE: ./packages/core/src/git/publish.ts
var publish = __webpack_require__(5825);
// EXTERNAL MODULE: ./packages/core/src/text/markdown.ts
var markdown = __webpack_require__(69888);
// EXTERNAL MODULE: ./packages/core/src/text/parts.ts
var parts = __webpack_require__(73491);
// EXTERNAL MODULE: ./packages/core/src/text/cap.ts
var text_cap = __webpack_require__(77841);
;// CONCATENATED MODULE: ./packages/core/src/release/branch.ts






const MARKER = 'prepare-release';
/** The release PR's line in commit-mode api: whose commits GitHub signs, and that others' are re-created unsigned. */
const API_NOTE = 'The release commit is created through the GitHub API (commit-mode: api) and signed by GitHub: it shows as Verified. Commits others pushed to this branch are re-created with their author as new commits, which GitHub does not sign: a signature they had (Verified, e.g. from GitHub’s web editor) does not carry over; the job summary lists each one’s old and new id.';
/**
 * Puts the release commit on its branch with publishGeneratedBranch, the
 * base pinned to the checkout: a base that moved since is an error (the
 * files were planned from the old one), a branch whose release commit
 * already matches is left as is, commits pushed on top of it are re-applied
 * onto the new one, and the push goes with a lease, retried when another push
 * raced it. A release commit amended by hand, or a commit that no longer
 * applies, is a conflict: the branch is left alone. Each outcome is said in `actions`.
 */
async function pushReleaseBranch(spawn, git, c, actions) {
    const { base, head, branch } = c;
    const r = await (0,generated_branch/* publishGeneratedBranch */.J)(spawn, {
        base,
        branch,
        trailer: (0,publish/* generatedTrailer */.ty)('prepare-release'),
        plan: () => Promise.resolve({ files: c.files, message: c.message }),
        author: c.author,
        committer: c.committer,
        pinned: { sha: head, moved: (tip) => baseMoved(base, tip, head) },
    }, git);
    switch (r.outcome) {
        case 'conflict':
            if (r.amended) {
                // Hand edits inside the release commit itself cannot be re-applied: regenerating would drop them.
                actions.push(`The release commit on ${branch} was amended by hand: the branch and PR are left as they are.`);
                return { pushed: false, conflict: { commit: r.commit, subject: `chore(release) commit amended by hand`, files: [] } };
            }
            actions.push(`Commit ${r.commit.slice(0, 7)} on ${branch} conflicts with the regenerated release commit (${r.files.join(', ')}): the branch and PR are left as they are.`);
            return { pushed: false, conflict: { commit: r.commit, subject: r.subject, files: r.files } };
        case 'rejected':
            throw new src_errors/* UserError */.yo(`pushing ${branch} failed: ${r.detail}`, {
                hint: r.raced
                    ? 'someone else is pushing to the release branch; run again'
                    : 'check branch protection and push rules for the release branch',
            });
        case 'empty':
            throw new Error('publishGeneratedBranch: a pinned base never answers empty');
        default:
            if (r.kept) {
                actions.push(r.kept.length > 0
                    ? `Branch ${branch} is current (its release commit matches; ${keptAsIs(r.kept)}).`
                    : `Branch ${branch} is already up to date: nothing pushed.`);
                return { pushed: false };
            }
            if (r.commits) {
                // commit-mode api: nothing was pushed; the commits were made by GitHub and the branch moved under a lease.
                const kept = r.replayed.length > 0 ? ' (commits pushed on top of it were re-applied)' : '';
                actions.push(r.previous
                    ? `Regenerated the release commit on ${branch} through the GitHub API and moved the branch with a lease${kept}.`
                    : `Created ${branch} through the GitHub API.`);
                return { pushed: true, commits: r.commits };
            }
            actions.push(r.previous
                ? `Regenerated the release commit on ${branch} and pushed it with a lease${r.replayed.length > 0 ? ' (commits pushed on top of it were re-applied)' : ''}.`
                : `Pushed ${branch}.`);
            return { pushed: true };
    }
}
/**
 * The base moved since the checkout. Recomputing would be wrong: the workspace (the files the plan read, the
 * charts found, the config, and what the lock command resolved) is a checkout of the old base, so a release
 * commit on the new tip would carry old-base bytes over the new commits. Checking the new tip out would change
 * the workspace under the job's later steps. The run for the new tip computes from the right files, so this one
 * fails saying so; the caller restores the workspace first.
 */
function baseMoved(base, baseTip, head) {
    return new src_errors/* UserError */.yo(`base moved: ${base} is at ${baseTip.slice(0, 7)} now, this run checked out ${head.slice(0, 7)}; nothing was pushed, no pull request touched, and the workspace is restored`, {
        hint: `a release commit for ${baseTip.slice(0, 7)} cannot be built from a checkout of ${head.slice(0, 7)} (its files and lock-command output belong to the old base): the run for ${baseTip.slice(0, 7)} prepares the release PR (give the workflow a concurrency group so it runs next), or rerun this workflow on the newest ${base}`,
        cliHint: `bring ${base} up to date (git pull), then run lockstep release --push again`,
    });
}
/**
 * The pull request side of a release: on a conflict, a comment on the open
 * release PR saying what conflicted and how to resolve it; otherwise the PR
 * opened or updated, and release PRs for other versions closed with a
 * pointer to it and their branches deleted. Sets `result.pr` and its actions.
 */
async function handOverToPull(api, s, { version, notes, rows, branch, open, conflict, pushed, }, result) {
    const title = `chore(release): ${version}`;
    const body = prBody(version, notes, rows, branch, s.commitMode);
    const existingPr = open.find((p) => p.head === branch);
    if (conflict && existingPr) {
        const how = conflict.files.length === 0
            ? `The release commit ${conflict.commit.slice(0, 7)} on ${(0,markdown/* codeSpan */.SS)(branch)} was amended by hand, so prepare-release cannot regenerate it for ${(0,markdown/* escapeMarkdown */.FV)(version)} without losing those edits. The branch was left as it is. To resolve: move the hand edits into a commit of their own on top of the release commit, or delete the branch to let prepare-release recreate it.`
            : `The release commit for ${(0,markdown/* escapeMarkdown */.FV)(version)} was regenerated on the new base, but commit ${conflict.commit.slice(0, 7)} ("${(0,markdown/* escapeMarkdown */.FV)(conflict.subject.replace(/"/g, "'"))}") pushed to ${(0,markdown/* codeSpan */.SS)(branch)} does not apply on top of it (conflicts in ${conflict.files.map((f) => (0,markdown/* codeSpan */.SS)(f)).join(', ')}). The branch was left as it is. To resolve: rebase ${(0,markdown/* codeSpan */.SS)(branch)} onto the base branch, resolve the conflicts and push; or delete the branch to let prepare-release recreate it.`;
        await api.commentOnce(existingPr.number, `<!-- lockstep:${MARKER}-conflict -->\n${how}`, `${MARKER}-conflict`);
        result.pr = { number: existingPr.number, url: existingPr.url };
        result.actions.push(`Commented on #${existingPr.number} what conflicted.`);
        return;
    }
    let upserted;
    try {
        upserted = await api.upsertPull({ branch, base: s.base, title, body, labels: s.labels });
    }
    catch (e) {
        // The branch is on the remote now: say so, so nobody wonders where it came from.
        if (pushed && e instanceof Error) {
            const note = ` (branch ${branch} was pushed but has no pull request yet; a rerun after the fix reuses it)`;
            throw e instanceof src_errors/* UserError */.yo
                ? new src_errors/* UserError */.yo(`${e.message}${note}`, { hint: e.hintWords, cliHint: e.cliHint })
                : Object.assign(e, { message: `${e.message}${note}` });
        }
        throw e;
    }
    const { pull, outcome } = upserted;
    result.pr = { number: pull.number, url: pull.url };
    result.actions.push(outcome === 'created'
        ? `Opened release PR #${pull.number}.`
        : outcome === 'updated'
            ? `Updated release PR #${pull.number}.`
            : `Release PR #${pull.number} is unchanged.`);
    for (const stale of open.filter((p) => p.head !== branch)) {
        await api.closePull(stale.number, `Superseded by #${pull.number} (${pull.url}): the next version is now ${version}. Branch \`${stale.head}\` is deleted.`);
        await api.deleteBranch(stale.head);
        result.actions.push(`Closed stale release PR #${stale.number} (${stale.head}) with a comment pointing to #${pull.number}, and deleted its branch.`);
    }
    if (!pushed && outcome === 'unchanged' && !conflict && result.actions.length > 0)
        result.actions.push('Nothing changed: idempotent rerun.');
}
/**
 * The release PR's body: the notes and a table of every file and version changed. Paths, pins and
 * versions come from the repository's files: escaped. The notes are Markdown on purpose (commit text
 * in them is escaped by renderNotes); inertNotes keeps raw HTML and images out of them all the same.
 */
function prBody(version, notes, rows, branch, commitMode) {
    const cell = markdown/* escapeTableCell */.aL;
    const table = [
        '| File | What | From | To |',
        '| --- | --- | --- | --- |',
        ...rows.map((r) => `| ${(0,markdown/* codeSpan */.SS)(r.file, true)} | ${cell(r.what)} | ${cell(r.from)} | ${cell(r.to)} |`),
    ].join('\n');
    return [
        `<!-- lockstep:${MARKER} -->`,
        `:robot: Release **${(0,markdown/* escapeMarkdown */.FV)(version)}**, prepared by lockstep prepare-release. Merging this PR tags the release and publishes the GitHub Release.`,
        '',
        (0,markdown/* inertNotes */.EH)(bodyNotes(notes)),
        '',
        '### Files',
        '',
        table,
        '',
        `Commits pushed to ${(0,markdown/* codeSpan */.SS)(branch)} are kept when this PR is regenerated.`,
        '',
        // The same words on every run (no SHA): a rerun that writes nothing leaves the body as it is.
        ...(commitMode === 'api' ? [API_NOTE, ''] : []),
    ].join('\n');
}
/**
 * The notes trimmed, as the PR body holds them. GitHub takes at most BODY_CAP
 * characters and the body is cut within them (fitBody): notes more than twice
 * as long go in by a head that still makes the body too long, so the cut is
 * where it would be in the whole, and a long release's notes in parts are
 * never joined whole for a body that keeps 64 KiB of them.
 */
function bodyNotes(notes) {
    const cap = 2 * text_cap/* BODY_CAP */.ix;
    if ((0,parts/* textLength */.sc)(notes) <= cap)
        return (0,parts/* joinText */._V)(notes).trim();
    const head = (0,parts/* textHead */.Up)(notes, cap).trim();
    return head.length > text_cap/* BODY_CAP */.ix ? head : (0,parts/* joinText */._V)(notes).trim();
}
/** Others' commits above a current release commit, by id: nothing was re-created. */
function keptAsIs(kept) {
    const ids = kept.map((c) => c.slice(0, 12)).join(', ');
    return kept.length === 1
        ? `1 commit pushed on top of it is kept as it is: ${ids}`
        : `${kept.length} commits pushed on top of it are kept as they are: ${ids}`;
}

// EXTERNAL MODULE: ./packages/core/src/git/sync.ts
var sync = __webpack_require__(57019);
// EXTERNAL MODULE: ./packages/core/src/git/worktree.ts
var worktree = __webpack_require__(68545);
// EXTERNAL MODULE: ./packages/core/src/fs/workspace.ts
var workspace = __webpack_require__(92536);
;// CONCATENATED MODULE: ./packages/core/src/release/committed.ts




/**
 * The view of `head` for the working directory `root`, whose path inside the repository is `prefix` ('' or
 * 'sub/dir/', as headFacts gives it): one `git status` listing what is uncommitted.
 */
async function committedView(git, root, head, prefix, env = process.env) {
    const status = await (0,worktree/* porcelainStatus */.w)(git, true);
    const dirty = new Set();
    const tracked = [];
    for (const entry of status.split('\0')) {
        // "XY path": porcelain paths are relative to the repository root; "??" marks an untracked file.
        const p = entry.slice(3);
        if (entry.length <= 3 || !p.startsWith(prefix))
            continue;
        dirty.add(p.slice(prefix.length));
        if (!entry.startsWith('??'))
            tracked.push(p.slice(prefix.length));
    }
    const used = new Set();
    const fromHead = (p) => (0,sync/* blobTextSync */.G$)(root, env, `${head}:${prefix}${p}`);
    // Each path's text, read once (from the work tree, or from HEAD by a git start): the planning reads every file
    // twice (the check with a stand-in version, then the plan), and the edits read the uncommitted ones again
    // through `fs`. Nothing writes the workspace before the plan is made.
    const texts = new Map();
    const read = (p) => {
        if (texts.has(p))
            return texts.get(p);
        const abs = (0,workspace/* resolveInside */.LI)(root, p, p);
        const rel = (0,workspace/* workspaceRelative */.Uc)(root, abs);
        let out;
        if (!dirty.has(rel))
            out = transaction/* realFs */.Cr.readFile(abs);
        else {
            used.add(rel);
            out = fromHead(rel);
        }
        texts.set(p, out);
        return out;
    };
    const fs = {
        ...transaction/* realFs */.Cr,
        readFile(abs) {
            const rel = (0,workspace/* workspaceRelative */.Uc)(root, abs);
            return dirty.has(rel) ? read(rel) : transaction/* realFs */.Cr.readFile(abs);
        },
    };
    return {
        read,
        fs,
        ignored: () => [...used].sort(),
        dirtyUnder: (dir) => tracked.filter((p) => dir === '.' || p.startsWith(`${dir}/`)).sort(),
        prefix,
    };
}

// EXTERNAL MODULE: ./packages/core/node_modules/semver/index.js
var node_modules_semver = __webpack_require__(69730);
var semver_default = /*#__PURE__*/__webpack_require__.n(node_modules_semver);
// EXTERNAL MODULE: ./node_modules/conventional-commits-parser/dist/index.js + 5 modules
var dist = __webpack_require__(34674);
;// CONCATENATED MODULE: ./packages/core/src/commits/conventional.ts


// Footer keywords are matched case-sensitively: `breaking change:` in lower case is prose, not a footer
// (the parser's default pattern would take it). The `!` form comes from breakingHeaderPattern.
const parser = new dist/* CommitParser */.Jf({
    headerPattern: /^(\w*)(?:\(([^()\r\n]*)\))?: (.*)$/,
    breakingHeaderPattern: /^(\w*)(?:\(([^()\r\n]*)\))?!: (.*)$/,
    headerCorrespondence: ['type', 'scope', 'subject'],
    noteKeywords: ['BREAKING CHANGE', 'BREAKING-CHANGE'],
    notesPattern: (keywords) => new RegExp(`^(${keywords}):\\s*([\\s\\S]*)`),
    revertPattern: /^(?:Revert|revert:)\s"?([\s\S]+?)"?\s*This reverts commit (\w+)\.?/,
    revertCorrespondence: ['header', 'hash'],
    // Merge subjects are not headers; the commits a merge brings are read on their own.
    mergePattern: /^Merge (?:pull request|branch|remote-tracking branch) .*$/,
});
const NESTED = /^BEGIN_NESTED_COMMIT[ \t]*\r?\n([\s\S]*?)\r?\n[ \t]*END_NESTED_COMMIT[ \t]*$/gm;
// What in a message's body can change what is read from it: a BREAKING CHANGE footer (the parser's note
// keywords), a Release-As footer, and the revert sentence. Matched loosely (any case, anywhere), so a body
// that might hold one is always parsed.
const BODY_MATTERS = /BREAKING[ -]CHANGE|Release-As|This reverts commit/i;
// First lines after which the parser reads the header from further down (a merge subject, a GPG line).
const HEADER_ELSEWHERE = /^(?:Merge |\s*gpg:)/;
const RELEASE_AS = /^Release-As:[ \t]*(\S+)[ \t]*$/im;
const PR_SUFFIX = /\(#(\d+)\)\s*$/;
const REVERTS_SHA = /This reverts commit ([0-9a-f]{7,64})/;
/**
 * Parses one commit message into Conventional Commits. Only the header and
 * the footers decide; lines in the body that look like headers (a squash of
 * several commits, quoted upstream notes) are ignored, except blocks between
 * BEGIN_NESTED_COMMIT and END_NESTED_COMMIT, which are commits of their own.
 */
function parseCommitMessage(sha, message) {
    const text = message.includes('\r') ? message.replace(/\r\n?/g, '\n') : message;
    const nestedBlocks = [];
    const outer = text.includes('BEGIN_NESTED_COMMIT')
        ? text.replace(NESTED, (_m, body) => {
            nestedBlocks.push(body);
            return '';
        })
        : text;
    const out = [];
    if (outer.trim() !== '')
        out.push(parseOne(sha, outer, false));
    for (const b of nestedBlocks)
        if (b.trim() !== '')
            out.push(parseOne(sha, b, true));
    return out;
}
/** The first line holding more than white space, trimmed ('' when there is none). */
function firstLine(message) {
    const at = message.search(/\S/);
    if (at === -1)
        return '';
    const end = message.indexOf('\n', at);
    return message.slice(message.lastIndexOf('\n', at) + 1, end === -1 ? undefined : end).trim();
}
/**
 * What the parser is given: the whole message, or only its header when
 * nothing in the body can change the fields read here (no footer keyword,
 * Release-As or revert sentence, and a header the parser takes from the first
 * line). Most commits are like that, and their bodies (reference scans line
 * by line) were most of the parsing time on long histories.
 */
function parserInput(message) {
    let start = 0;
    while (message[start] === '\n')
        start++;
    const end = message.indexOf('\n', start);
    if (end === -1)
        return message;
    const header = message.slice(start, end);
    if (header.trim() === '' || HEADER_ELSEWHERE.test(header) || BODY_MATTERS.test(message))
        return message;
    return header;
}
function parseOne(sha, message, nested) {
    const headerLine = firstLine(message);
    let c;
    try {
        c = parser.parse(parserInput(message));
    }
    catch {
        return { sha, subject: headerLine, header: headerLine, breaking: false, breakingNotes: [], nested };
    }
    const type = typeof c.type === 'string' && c.type !== '' ? c.type.toLowerCase() : undefined;
    const header = c.header ?? headerLine;
    const bang = /^\w+(?:\([^()]*\))?!: /.test(header);
    // The parser reads notes anywhere after the header; a footer keyword must start its line, which the pattern demands.
    const notes = c.notes
        .filter((n) => n.title === 'BREAKING CHANGE' || n.title === 'BREAKING-CHANGE')
        .map((n) => n.text.replace(PR_SUFFIX, '').trim());
    const subject = (typeof c.subject === 'string' && c.subject) || header;
    const pr = PR_SUFFIX.exec(header);
    const releaseAs = c.footer ? RELEASE_AS.exec(c.footer) : null;
    const revertSha = REVERTS_SHA.exec(message);
    const isRevert = type === 'revert' || /^Revert "/.test(header);
    return {
        sha,
        type: isRevert ? 'revert' : type,
        scope: typeof c.scope === 'string' && c.scope !== '' ? c.scope : undefined,
        subject: subject.replace(PR_SUFFIX, '').trim(),
        header,
        breaking: type !== undefined && (bang || notes.length > 0),
        breakingNotes: notes.length > 0 ? notes.filter((n) => n !== '') : bang ? [subject.replace(PR_SUFFIX, '').trim()] : [],
        pr: pr ? Number(pr[1]) : undefined,
        releaseAs: releaseAs ? releaseAs[1] : undefined,
        reverts: isRevert && revertSha ? revertSha[1] : undefined,
        revertsHeader: isRevert ? (c.revert?.header ?? (type === 'revert' ? subject : undefined) ?? undefined) : undefined,
        nested,
    };
}
/** What one commit asks for, before the 0.x rule. */
function commitBump(c) {
    if (c.type === undefined)
        return 'none';
    if (c.breaking)
        return 'major';
    if (c.type === 'feat')
        return 'minor';
    if (c.type === 'fix' || c.type === 'perf' || c.type === 'revert')
        return 'patch';
    return 'none';
}
const ORDER = { none: 0, patch: 1, minor: 2, major: 3 };
/** The larger of two bumps. */
function maxBump(a, b) {
    return ORDER[a] >= ORDER[b] ? a : b;
}
/**
 * Analyses the commits of a range (newest first, as git log lists them):
 * merge commits are skipped (the commits they bring are in the range
 * themselves), a revert and the commit it names cancel out when both are in
 * the range, and the bump is the largest any remaining commit asks for.
 */
function analyzeCommits(raw) {
    const a = new CommitAnalyzer();
    for (const r of raw)
        a.add(r);
    return a.analysis();
}
/**
 * analyzeCommits one commit at a time, as git log prints them: each message
 * is parsed when it comes and only what was read from it is kept, not the
 * message. `analysis` decides once every commit of the range was added.
 */
class CommitAnalyzer {
    parsed = [];
    /** One string per type and scope: a range of 100,000 commits has a few dozen of each, not 100,000 copies. */
    names = new Map();
    /** Commits added, merges included. */
    count = 0;
    add(r) {
        this.count++;
        if (r.parents.length > 1)
            return;
        for (const c of parseCommitMessage(r.sha, r.message)) {
            const type = c.type === undefined ? undefined : this.name(c.type);
            const scope = c.scope === undefined ? undefined : this.name(c.scope);
            // A message with more than its header (and a line ending): the header read from it is a slice holding all of it.
            this.parsed.push(new StoredCommit(c, type, scope, r.message.length > c.header.length + 2));
        }
    }
    name(s) {
        const known = this.names.get(s);
        if (known !== undefined)
            return known;
        this.names.set(s, s);
        return s;
    }
    analysis() {
        return analyzeParsed(this.parsed);
    }
}
/**
 * A parsed commit as an analyzer keeps it for the rest of the run (a range of
 * 100,000 commits holds 100,000 of them until the result is printed): its
 * sha, its header as a string of its own (not a slice holding the whole
 * message), type and scope shared, the subject as where it sits in the
 * header, and what few commits carry in one object beside. It reads as the
 * ParsedCommit it was made of, and prints as it (toJSON: the same keys in the
 * same order).
 */
class StoredCommit {
    sha;
    header;
    type;
    scope;
    pr;
    breaking;
    nested;
    /** Where the subject starts and ends in the header; -1 when it is not in it (then it is in `rare`). */
    subjectStart;
    subjectEnd;
    rare;
    /** `copy`: the header is a slice of a longer message, which a copy of its own lets go. */
    constructor(c, type, scope, copy) {
        this.sha = c.sha;
        this.header = copy ? Buffer.from(c.header, 'utf8').toString('utf8') : c.header;
        this.type = type;
        this.scope = scope;
        this.pr = c.pr;
        this.breaking = c.breaking;
        this.nested = c.nested;
        this.subjectStart = this.header.indexOf(c.subject);
        this.subjectEnd = this.subjectStart === -1 ? -1 : this.subjectStart + c.subject.length;
        const rare = {};
        if (this.subjectStart === -1)
            rare.subject = c.subject;
        if (c.breakingNotes.length > 0)
            rare.breakingNotes = c.breakingNotes;
        if (c.releaseAs !== undefined)
            rare.releaseAs = c.releaseAs;
        if (c.reverts !== undefined)
            rare.reverts = c.reverts;
        if (c.revertsHeader !== undefined)
            rare.revertsHeader = c.revertsHeader;
        if (Object.keys(rare).length > 0)
            this.rare = rare;
    }
    get subject() {
        return this.subjectStart === -1 ? this.rare.subject : this.header.slice(this.subjectStart, this.subjectEnd);
    }
    get breakingNotes() {
        return [...(this.rare?.breakingNotes ?? [])];
    }
    get releaseAs() {
        return this.rare?.releaseAs;
    }
    get reverts() {
        return this.rare?.reverts;
    }
    get revertsHeader() {
        return this.rare?.revertsHeader;
    }
    /** The ParsedCommit it was made of, as a plain object: what JSON.stringify prints of it. */
    toJSON() {
        return {
            sha: this.sha,
            type: this.type,
            scope: this.scope,
            subject: this.subject,
            header: this.header,
            breaking: this.breaking,
            breakingNotes: this.breakingNotes,
            pr: this.pr,
            releaseAs: this.releaseAs,
            reverts: this.reverts,
            revertsHeader: this.revertsHeader,
            nested: this.nested,
        };
    }
}
function analyzeParsed(parsed) {
    const cancelled = new Set();
    // Squash merges append "(#N)" to a header; the revert of "feat: x (#12)" may read "revert: feat: x (#12) (#15)".
    const bare = (header) => {
        // One suffix at a time (a single regex over repeated "(#N)" groups and spaces backtracks on long headers).
        let t = header.trim();
        for (let m = /\(#\d+\)$/.exec(t); m; m = /\(#\d+\)$/.exec(t))
            t = t.slice(0, m.index).trimEnd();
        return t;
    };
    const bares = [];
    for (const [i, c] of parsed.entries()) {
        if (c.type !== 'revert' || cancelled.has(c))
            continue;
        // A revert cancels a commit made before it (later in this newest-first list): by its sha when the
        // message names one ("This reverts commit <sha>"), else by the reverted header.
        const header = c.reverts || c.revertsHeader === undefined ? undefined : bare(c.revertsHeader);
        if (!c.reverts && !header)
            continue;
        let target;
        for (let j = i + 1; j < parsed.length && !target; j++) {
            const o = parsed[j];
            if (!cancelled.has(o) && (c.reverts ? o.sha.startsWith(c.reverts) : (bares[j] ??= bare(o.header)) === header))
                target = o;
        }
        if (target) {
            cancelled.add(c);
            cancelled.add(target);
        }
    }
    const commits = parsed.filter((c) => !cancelled.has(c));
    let bump = 'none';
    let releaseAs;
    for (const c of commits) {
        bump = maxBump(bump, commitBump(c));
        if (c.releaseAs && semver_default().valid(c.releaseAs) && (!releaseAs || semver_default().gt(c.releaseAs, releaseAs)))
            releaseAs = semver_default().valid(c.releaseAs);
    }
    return { commits, cancelled: parsed.filter((c) => cancelled.has(c)), bump, releaseAs };
}

;// CONCATENATED MODULE: ./packages/core/src/commits/version.ts


/**
 * Versions of tags named `<prefix>X.Y.Z[-pre]` (exactly: `v01.2.3` or
 * `v1.2` do not count), without the prefix.
 */
function versionsFromTags(tags, prefix) {
    const out = [];
    for (const t of tags) {
        if (!t.startsWith(prefix))
            continue;
        const v = t.slice(prefix.length);
        if (semver_default().valid(v) === v && /^\d/.test(v))
            out.push(v);
    }
    return out;
}
/** The newest stable version by SemVer precedence; pre-releases never count as the last release. */
function latestStable(versions) {
    const stable = versions.filter((v) => semver.prerelease(v) === null);
    return stable.length === 0 ? undefined : semver.rsort([...stable])[0];
}
/** The level a bump really applies below 1.0.0 (a breaking change moves the minor unless pre-major is major). */
function effectiveBump(last, bump, preMajor) {
    if (bump === 'major' && semver_default().major(last) === 0 && preMajor === 'minor')
        return 'minor';
    return bump;
}
/**
 * Computes the next version: the `version` input wins (it must be SemVer and
 * greater than the last release), then a `Release-As` footer greater than the
 * last release, then the bump from the commits; with no release yet the
 * initial version. A pre-release identifier yields `X.Y.Z-<id>.N` with N one
 * more than the highest already tagged for that X.Y.Z (starting at 1).
 */
function nextVersion(req) {
    if (req.explicit !== undefined) {
        const v = req.explicit;
        if (semver_default().valid(v) !== v)
            throw new src_errors/* UserError */.yo(`is '${v}', not a SemVer version`, { input: 'version', hint: 'use MAJOR.MINOR.PATCH without a v, e.g. 1.4.0' });
        if (req.last && !semver_default().gt(v, req.last))
            throw new src_errors/* UserError */.yo(`${v} is not greater than the last release ${req.last}`, {
                input: 'version',
                hint: (0,src_errors/* words */.aL) `give a version above ${req.last}, or ${(0,src_errors/* unset */.wC)('version')} to compute it`,
            });
        return { version: v, bump: req.last ? levelBetween(req.last, v) : req.bump };
    }
    if (req.releaseAs && (!req.last || semver_default().gt(req.releaseAs, req.last))) {
        return { version: withPre(req.releaseAs, req), bump: req.last ? levelBetween(req.last, req.releaseAs) : req.bump };
    }
    if (!req.last)
        return { version: withPre(req.initialVersion, req), bump: req.bump };
    const bump = effectiveBump(req.last, req.bump, req.preMajor);
    if (bump === 'none')
        return { bump: 'none' };
    return { version: withPre(semver_default().inc(req.last, bump), req), bump };
}
function withPre(base, req) {
    if (!req.prerelease)
        return base;
    let n = 0;
    for (const v of req.existing) {
        const pre = semver_default().prerelease(v);
        if (!pre || `${semver_default().major(v)}.${semver_default().minor(v)}.${semver_default().patch(v)}` !== base)
            continue;
        if (pre.length === 2 && pre[0] === req.prerelease && typeof pre[1] === 'number')
            n = Math.max(n, pre[1]);
    }
    return `${base}-${req.prerelease}.${n + 1}`;
}
function levelBetween(from, to) {
    const d = semver_default().diff(from, to);
    if (d === 'major' || d === 'premajor')
        return 'major';
    if (d === 'minor' || d === 'preminor')
        return 'minor';
    return 'patch';
}

// EXTERNAL MODULE: ./packages/core/src/git/tags.ts
var git_tags = __webpack_require__(66409);
;// CONCATENATED MODULE: ./packages/core/src/release/history.ts





const CHECKOUT_HINT = 'set `fetch-depth: 0` on actions/checkout (it fetches every commit and tag)';
/** The same fix from a terminal. */
const CLONE_HINT = 'fetch the whole history and the tags (git fetch --unshallow --tags), or work in a full clone';
const isShallow = (git) => (0,repo/* asRepo */.lU)(git).isShallow();
/** Every tag name: the local ones (`known.localTags`, when they were listed) and the remote's list a shallow clone listed. */
async function tagNames(git, known = {}) {
    if (known.localTags)
        return [...known.localTags];
    const remote = known.remoteTags;
    const local = await (0,git_tags/* listTags */.cB)(git);
    return remote ? [...new Set([...local, ...remote.keys()])] : local;
}
/**
 * Finds the newest `<prefix>X.Y.Z` tag (by SemVer, pre-releases excluded)
 * reachable from HEAD. A shallow clone fetches the least that decides it:
 * the remote's tag list (names only), then, for each stable version from the
 * highest down, HEAD's history back to that tag (`--shallow-exclude`: the
 * commits not reachable from it). The tag is reachable exactly when it is
 * HEAD or a parent of one of those commits, so a tag on another branch is
 * passed over and the next one tried. The found tag is fetched at depth 1 (its
 * commit bounds the range); with no reachable release tag, HEAD's whole
 * history. When fetching fails it says which checkout option fixes it.
 */
async function findLastRelease(git, prefix, remote = 'origin') {
    const list = (merged) => (0,git_tags/* listTags */.cB)(git, `${prefix}*`, merged);
    if (!(await isShallow(git))) {
        const allVersions = versionsFromTags(await list(false), prefix);
        const best = semver_default().rsort(versionsFromTags(await list(true), prefix).filter((v) => semver_default().prerelease(v) === null))[0];
        if (!best)
            return { allVersions, fetched: [] };
        const tag = `${prefix}${best}`;
        const sha = await (0,git_tags/* tagCommit */.eF)(git, tag);
        return { tag, version: best, sha, allVersions, fetched: [] };
    }
    return shallowLastRelease(git, prefix, remote);
}
/**
 * findLastRelease in a shallow clone. `known`: HEAD's commit and the local tags, when the caller has them already
 * (scanReleaseRange lists the tags before it knows the clone is shallow; nothing is fetched before they are read).
 */
async function shallowLastRelease(git, prefix, remote, known) {
    const fetched = [];
    const failed = (what, stderr, code) => new src_errors/* UserError */.yo(`this is a shallow checkout and fetching ${what} from ${remote} failed (${stderr.trim().split('\n')[0] || `exit ${code}`})`, { hint: CHECKOUT_HINT, cliHint: CLONE_HINT });
    const fetch = async (fetching, what) => {
        const r = await fetching;
        if (r.code !== 0)
            throw failed(what, r.stderr, r.code);
        fetched.push(what);
    };
    const listed = await (0,git_tags/* lsRemoteTags */.hD)(git, remote);
    if (listed.code !== 0)
        throw failed('the tag list', listed.stderr, listed.code);
    const tags = (0,repo/* remoteTagList */.fR)(listed.stdout.toString('utf8'));
    fetched.push('the tag list');
    const names = [
        ...new Set([...(known?.localTags ?? (await (0,git_tags/* listTags */.cB)(git, `${prefix}*`))), ...tags.keys()].filter((t) => t.startsWith(prefix))),
    ];
    const allVersions = versionsFromTags(names, prefix);
    const head = known?.head ?? (await (0,git_tags/* headCommit */.Qo)(git));
    // HEAD's commits here and their parents: a tag's commit among them is reachable. The raw format names a
    // shallow commit's parents too (rev-list --parents hides them), so a tag just below the boundary counts.
    // The boundary (commits with a parent missing) is what more history is asked for: HEAD itself may be a
    // local commit origin does not have.
    const seen = async () => {
        const ids = new Set();
        const boundary = new Set();
        const raw = await (0,git_tags/* rawLog */.rH)(git, head);
        const parents = [];
        let current = '';
        for (const m of raw.matchAll(/^(commit|parent) ([0-9a-f]+)$/gm)) {
            if (m[1] === 'commit')
                ids.add((current = m[2]));
            else
                parents.push([current, m[2]]);
        }
        for (const [child, parent] of parents)
            if (!ids.has(parent))
                boundary.add(child);
        for (const [, parent] of parents)
            ids.add(parent);
        return { ids, boundary: [...boundary] };
    };
    // Tags whose history fetch failed. A tag HEAD is behind (a rerun on an older commit, a newer release on
    // another branch that contains HEAD) makes `--shallow-exclude` select nothing, and git's error says so in
    // words that differ by transport; so a failed fetch only passes the tag over. Should the history fetched
    // for an older tag then hold it, it was reachable after all and is the one used.
    const passed = [];
    const found = async (t, ids) => {
        const best = passed.find((p) => ids.has(p.sha)) ?? t;
        if (!best.local)
            await fetch((0,git_tags/* fetchTagCommit */.eg)(git, remote, best.tag), `the tag ${best.tag}`);
        return { tag: best.tag, version: best.version, sha: best.sha, allVersions, fetched, remoteTags: tags };
    };
    for (const version of semver_default().rsort(allVersions.filter((v) => semver_default().prerelease(v) === null))) {
        const tag = `${prefix}${version}`;
        const local = await (0,git_tags/* localTagCommit */.Zs)(git, tag);
        const sha = tags.get(tag) ?? local;
        if (!sha)
            continue;
        let here = await seen();
        // A tag origin does not have (made here) cannot bound a fetch: only what is here decides it.
        if (!here.ids.has(sha) && here.boundary.length > 0 && tags.has(tag)) {
            const r = await (0,git_tags/* fetchHistorySince */.dI)(git, remote, tag, here.boundary);
            if (r.code !== 0) {
                passed.push({ tag, version, sha, local });
                continue;
            }
            fetched.push(`the history since ${tag}`);
            here = await seen();
        }
        if (!here.ids.has(sha))
            continue;
        return found({ tag, version, sha, local }, here.ids);
    }
    const { boundary } = await seen();
    if (boundary.length > 0)
        await fetch((0,git_tags/* fetchUnshallow */.c1)(git, remote, boundary), 'the full history (no release tag is reachable)');
    // With the whole history here, a tag passed over for a failed fetch is reachable or not for certain.
    const { ids } = await seen();
    const reachable = passed.find((p) => ids.has(p.sha));
    if (reachable)
        return found(reachable, ids);
    return { allVersions, fetched, remoteTags: tags };
}
/**
 * The commits after `since` up to HEAD (all of HEAD's history when undefined),
 * newest first, with parents and full messages: one `git log` process, read
 * as it runs. Each commit goes to `add` as soon as git has printed it, so
 * nothing holds the whole listing; a git that fails throws once it has ended
 * (after `add` saw what it printed).
 */
async function readCommits(git, since, head, add, signal) {
    const range = since ? `${since}..${head}` : head;
    // Three records per commit (sha, parents, message), as `split('\0')` of the whole output would group them.
    const fields = [];
    const r = await (0,git_tags/* commitLogRecords */.GS)(git, range, (record) => {
        fields.push(record.toString('utf8'));
        if (fields.length < 3)
            return;
        const [sha, parents, message] = fields;
        fields.length = 0;
        add({ sha: sha.replace(/^\n/, ''), parents: parents === '' ? [] : parents.split(' '), message });
    }, signal);
    if (r.code !== 0)
        throw new Error(`git log ${range} failed: ${r.stderr.trim()}`);
}
/**
 * The commits after `since` up to HEAD (all of HEAD's history when undefined),
 * newest first, with parents and full messages, in one list.
 */
async function commitsSince(git, since, head = 'HEAD') {
    const out = [];
    await readCommits(git, since, head, (c) => out.push(c));
    return out;
}
/**
 * The tag that already carries `version` (SemVer equality: `v1.5.0+build.3`
 * counts as 1.5.0), wherever it points, or undefined. A release tagged on
 * another branch is not the last release seen from HEAD, so the version
 * computed from HEAD's history can collide with it.
 */
async function publishedTag(git, prefix, version, { remote = 'origin', known } = {}) {
    const tags = (await tagNames(git, known)).filter((t) => t.startsWith(prefix));
    const found = tags.find((t) => {
        const v = t.slice(prefix.length);
        return /^\d/.test(v) && semver_default().valid(v) !== null && semver_default().eq(v, version);
    });
    // A shallow clone knows the other tags by name only: fetch this one (its commit alone) so it can be shown.
    if (found && !(await (0,git_tags/* hasTag */.ti)(git, found)))
        await (0,git_tags/* fetchTag */.xI)(git, remote, found);
    return found;
}
/** findLastRelease followed by commitsSince (scanReleaseRange), the commits in one list. */
async function releaseRange(git, prefix, head) {
    let commits = [];
    const last = await scanReleaseRange(git, prefix, head, () => {
        commits = [];
        return (c) => commits.push(c);
    });
    return { last, commits };
}
/**
 * findLastRelease followed by readCommits, without the history walk of
 * `git tag --merged HEAD` in the usual case. In a full clone, the highest
 * stable tag is tried first: it is reachable from HEAD exactly when it is HEAD
 * or a parent of some commit in `tag..HEAD` (the child on the path from HEAD
 * to it is in that range), which the one `git log` of the range shows anyway.
 * Only when it is not (a release tagged on another branch) does this fall
 * back to the walk. A shallow clone always takes the fetching path.
 *
 * The commits go to a reader `open` returns, one at a time as git prints
 * them; when the first range read was not the release's, `open` is called
 * again and the commits of the right range go to that new reader. A shallow
 * clone fetches only once `mayFetch` has resolved (never when it rejects):
 * everything before is a local read. Aborting `signal` stops the read of the
 * commits (git is stopped). `head` may still be being resolved: the tags are
 * listed meanwhile. `walking` is called once git walks the range (its start
 * is what takes time), or when a shallow clone's scan waits for `mayFetch`.
 */
async function scanReleaseRange(git, prefix, head, open, { mayFetch, signal, shallow: known, walking, } = {}) {
    // Local reads, asked together (each git start is a few ms the run would otherwise wait for in turn): every tag
    // (the release's among them; publishedTag and otherPrefixTags need the rest), and whether the clone is shallow
    // (unless the caller knows: `shallow`).
    // A shallow clone reads it before fetching anything, and lists the tags again afterwards for publishedTag.
    const listing = (0,git_tags/* listTags */.cB)(git);
    listing.catch(() => undefined);
    const shallow = await (known ?? isShallow(git));
    const at = await head;
    if (!shallow) {
        const localTags = await listing;
        const allVersions = versionsFromTags(localTags, prefix);
        const best = semver_default().rsort(allVersions.filter((v) => semver_default().prerelease(v) === null))[0];
        if (best === undefined) {
            const all = readCommits(git, undefined, at, open(), signal);
            walking?.();
            await all;
            return { allVersions, fetched: [], localTags };
        }
        const tag = `${prefix}${best}`;
        // The range is read from the tag's name (its git started first: the walk is what takes time), and the tagged
        // commit asked beside it. Commits printed before that answer keep their parents until then.
        let sha;
        const before = [];
        const add = open();
        let reached = false;
        const reading = readCommits(git, `refs/tags/${tag}^{commit}`, at, (c) => {
            if (!reached) {
                if (sha === undefined)
                    before.push(c.parents);
                else if (c.parents.includes(sha))
                    reached = true;
            }
            add(c);
        }, signal);
        walking?.();
        const tagged = (0,git_tags/* tagCommit */.eF)(git, tag).then((out) => {
            sha = out;
            return sha;
        });
        tagged.catch(() => undefined);
        await reading;
        const commit = await tagged;
        if (!reached)
            reached = before.some((parents) => parents.includes(commit));
        if (commit === at || reached)
            return { tag, version: best, sha: commit, allVersions, fetched: [], localTags };
        // A release tagged on another branch: the walk of `git tag --merged` finds the newest one reachable (local here).
        const last = await findLastRelease(git, prefix);
        await readCommits(git, last.sha, at, open(), signal);
        return { ...last, localTags };
    }
    // A shallow clone's reads wait for leave to fetch (after the checks): nothing walks until then.
    walking?.();
    await mayFetch;
    const localTags = await listing;
    const last = await shallowLastRelease(git, prefix, 'origin', { head: at, localTags });
    await readCommits(git, last.sha, at, open(), signal);
    return last;
}
/**
 * Tags `<other prefix>X.Y.Z[-pre]` whose prefix is not `prefix`, highest
 * version first: what a repository's releases are tagged with when no tag
 * matches the configured prefix (`v2.0.0` while tag-prefix is `release-`).
 */
async function otherPrefixTags(git, prefix, known) {
    const out = [];
    for (const tag of await tagNames(git, known)) {
        const m = /^(.*?)(\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]*)?)$/.exec(tag);
        if (!m || m[1] === prefix || semver_default().valid(m[2]) !== m[2] || semver_default().prerelease(m[2]) !== null)
            continue;
        // A prefix ending in a digit or dot is part of a longer number (`v01.2.3`, `1.2.3.4`), not a prefix.
        if (/[\d.]$/.test(m[1]))
            continue;
        out.push({ tag, prefix: m[1], version: m[2] });
    }
    return out.sort((a, b) => semver_default().rcompare(a.version, b.version) || a.tag.localeCompare(b.tag));
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/text/glob.ts
var text_glob = __webpack_require__(13483);
// EXTERNAL MODULE: ./packages/core/src/charts/bump.ts + 3 modules
var bump = __webpack_require__(11087);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./node_modules/toml-eslint-parser/lib/index.mjs + 3 modules
var lib = __webpack_require__(9605);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var smol_toml_dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./packages/core/src/text/bytes.ts
var bytes = __webpack_require__(29002);
// EXTERNAL MODULE: ./packages/core/src/text/parse-cache.ts
var parse_cache = __webpack_require__(9053);
;// CONCATENATED MODULE: ./packages/core/src/toml/pins.ts
// One operator and one version: `1.4.2`, `^1.4.2`, `~1.4`, `==1.4.2`, `>=1.4.2`, `~=1.4.2`. Ranges with
// several clauses (`>=1,<2`, `1.x || 2.x`) and wildcards are not a pin and are refused by the caller.
const SINGLE = /^(\s*)(\^|~=|~|===|==|>=|=)?(\s*)(v?)(\d+(?:\.\d+)*(?:[-+.][0-9A-Za-z.+-]*)?)(\s*)$/;
/** Sets the version of a single-clause constraint, keeping its operator and spacing; undefined when it is not one. */
function setConstraintVersion(constraint, version) {
    const m = SINGLE.exec(constraint);
    if (!m)
        return undefined;
    return `${m[1]}${m[2] ?? ''}${m[3]}${m[4]}${version}${m[6]}`;
}
// PEP 508: name, optional extras, then a version specifier, then optional `; markers`.
const REQUIREMENT = /^(\s*)([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)(\s*(?:\[[^\]]*\])?\s*)(\(?)([^;@()]*?)(\)?)(\s*(?:;.*)?)$/s;
/**
 * Re-pins a PEP 508 requirement string (`liba==1.4.2`, `liba[extra] ~= 1.4 ; python_version>"3.9"`)
 * to `version`, keeping the operator, extras and markers. Undefined when it
 * has no single-clause version (a bare name, a URL, a range).
 */
function pep508Pin(requirement, version) {
    const m = REQUIREMENT.exec(requirement);
    if (!m)
        return undefined;
    const spec = m[5];
    if (spec.trim() === '' || /^\s*[0-9v]/.test(spec))
        return undefined; // PEP 508 needs an operator
    const set = setConstraintVersion(spec, version);
    if (set === undefined)
        return undefined;
    return { name: m[2], from: spec.trim(), to: set.trim(), text: `${m[1]}${m[2]}${m[3]}${m[4]}${set}${m[6]}${m[7]}` };
}

;// CONCATENATED MODULE: ./packages/core/src/toml/edit.ts







// A release reads each package and pin file several times (its version, the check with a stand-in version,
// the planned edit, the dry run's diff), always the same text: with the run's cache it is parsed once. Parses
// are only read, so sharing them is safe.
const TOML_OFFSETS = { name: 'toml', parse: (text, file) => parseUncached(text, file) };
/** Parses TOML with offsets; a syntax error is a UserError at file:line. With the run's `cache`, a text parsed before is not parsed again. */
function parseTomlOffsets(text, file, cache) {
    return (0,parse_cache/* parseWith */.K)(cache, TOML_OFFSETS, text, file);
}
function parseUncached(text, file) {
    const { body } = (0,bytes/* frame */.Gt)(text);
    let ast;
    try {
        ast = (0,lib/* parseTOML */.MD)(body);
    }
    catch (e) {
        const line = e.lineNumber;
        throw new src_errors/* UserError */.yo(`invalid TOML: ${e.message.split('\n')[0]}`, { file, line: line ?? 1, hint: 'fix the TOML syntax' });
    }
    const values = [];
    const tables = new Set();
    const keyNames = (k) => k.keys.map((p) => (p.type === 'TOMLBare' ? p.name : p.value));
    const walk = (prefix, kvs) => {
        for (const kv of kvs) {
            const path = [...prefix, ...keyNames(kv.key)];
            values.push({ path, node: kv.value });
            if (kv.value.type === 'TOMLInlineTable') {
                tables.add(path.join('.'));
                walk(path, kv.value.body);
            }
        }
    };
    for (const item of ast.body[0].body) {
        if (item.type === 'TOMLTable') {
            tables.add(item.resolvedKey.join('.'));
            walk(item.resolvedKey, item.body);
        }
        else
            walk([], [item]);
    }
    return { file, body, values, tables };
}
/** The value at a key path, if present. */
function tomlValueAt(p, path) {
    return p.values.find((v) => v.path.length === path.length && v.path.every((k, i) => k === path[i]))?.node;
}
/** Replaces a single-line string's content, keeping its quote style. */
function stringSplice(p, node, path, value, what) {
    if (node.type !== 'TOMLValue' || node.kind !== 'string')
        throw new src_errors/* UserError */.yo(`${what} is not a string`, {
            file: p.file,
            line: (0,bytes/* lineAt */.mh)(p.body, node.range[0]),
            hint: 'write it as a quoted string, e.g. "1.2.3"',
        });
    const raw = p.body.slice(node.range[0], node.range[1]);
    if (raw.startsWith('"""') || raw.startsWith("'''"))
        throw new src_errors/* UserError */.yo(`${what} is a multi-line string`, {
            file: p.file,
            line: (0,bytes/* lineAt */.mh)(p.body, node.range[0]),
            hint: 'write it on one line',
        });
    if (node.style === 'literal' && value.includes("'"))
        throw new src_errors/* UserError */.yo(`${what}: '${value}' cannot be written as a literal string`, { file: p.file, line: (0,bytes/* lineAt */.mh)(p.body, node.range[0]) });
    const inner = node.style === 'basic' ? value.replace(/\\/g, '\\\\').replace(/"/g, '\\"') : value;
    return { start: node.range[0] + 1, end: node.range[1] - 1, text: inner, path, value };
}
/**
 * Applies splices to the body and proves with smol-toml that only the
 * intended values changed (the data before with the new values put in must
 * equal the data after). A BOM is kept.
 */
function applySplices(text, p, splices) {
    if (splices.length === 0)
        return text;
    const { bom, body } = (0,bytes/* frame */.Gt)(text);
    let out = body;
    for (const s of [...splices].sort((a, b) => b.start - a.start))
        out = out.slice(0, s.start) + s.text + out.slice(s.end);
    const expected = (0,smol_toml_dist/* parse */.qg)(body);
    for (const s of splices)
        setIn(expected, s.path, s.value);
    let after;
    try {
        after = (0,smol_toml_dist/* parse */.qg)(out);
    }
    catch (e) {
        throw new Error(`${p.file}: the TOML edit produced invalid TOML (${e.message.split('\n')[0]}); nothing was written`, {
            cause: e,
        });
    }
    if (!(0,external_node_util_.isDeepStrictEqual)(JSON.parse(JSON.stringify(expected)), JSON.parse(JSON.stringify(after))))
        throw new Error(`${p.file}: the TOML edit changed more than ${splices.map((s) => s.path.join('.')).join(', ')}; nothing was written`);
    return bom + out;
}
function setIn(obj, path, value) {
    let cur = obj;
    for (const k of path.slice(0, -1))
        cur = cur[k];
    cur[path[path.length - 1]] = value;
}
/** Version keys a pyproject.toml may carry. */
const VERSION_PATHS = [
    ['project', 'version'],
    ['tool', 'poetry', 'version'],
];
/**
 * Sets the package's own version in a pyproject.toml: `[project] version`
 * and `[tool.poetry] version`, whichever exist (both when both do). A file
 * with neither is a UserError naming it. `cache` holds the run's parses.
 */
function setPyprojectVersion(text, file, version, cache) {
    const p = parseTomlOffsets(text, file, cache);
    const splices = [];
    for (const path of VERSION_PATHS) {
        const node = tomlValueAt(p, path);
        if (node)
            splices.push(stringSplice(p, node, path, version, `${path.join('.')}`));
    }
    if (splices.length === 0)
        throw new src_errors/* UserError */.yo('no [project] version or [tool.poetry] version to set', {
            file,
            line: 1,
            hint: 'add version = "0.0.0" under [project] or [tool.poetry], or remove the file from packages',
        });
    return applySplices(text, p, splices.filter((s) => p.body.slice(s.start, s.end) !== s.text));
}
/** Normalised package name (PEP 503): case and runs of `-_.` do not matter. */
function normalizeName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
/**
 * Sets dependency pins to `version` in the TOML table `table` (dotted path):
 * Poetry tables (`liba = "1.4.2"`, `"^1.4.2"` keeps its operator,
 * `{ version = "…", extras = […] }`) and PEP 621 arrays of requirement
 * strings (`dependencies = ["liba==1.4.2"]`). Path, git and url dependencies
 * are left alone. A table that does not exist is a UserError. `cache` holds
 * the run's parses.
 */
function setTomlPins(text, file, table, names, version, tableLine, cache) {
    const p = parseTomlOffsets(text, file, cache);
    const tablePath = splitDotted(table);
    const wanted = new Set(names.map(normalizeName));
    const splices = [];
    const changes = [];
    const arr = tomlValueAt(p, tablePath);
    const note = (name, outcome, s) => {
        if (!outcome)
            return;
        changes.push({ name, from: outcome.from, to: outcome.to });
        if (s && outcome.from !== outcome.to)
            splices.push(s);
    };
    if (arr && arr.type === 'TOMLArray') {
        arr.elements.forEach((el, i) => {
            if (el.type !== 'TOMLValue' || el.kind !== 'string')
                return;
            const pin = pep508Pin(el.value, version);
            if (!pin || !wanted.has(normalizeName(pin.name)))
                return;
            const s = stringSplice(p, el, [...tablePath, i], pin.text, `${table}[${i}]`);
            note(pin.name, pin, s);
        });
    }
    else if (p.tables.has(tablePath.join('.')) || tablePath.join('.') === '') {
        for (const v of p.values) {
            if (v.path.length !== tablePath.length + 1 || !tablePath.every((k, i) => v.path[i] === k))
                continue;
            const name = String(v.path[tablePath.length]);
            if (!wanted.has(normalizeName(name)))
                continue;
            let node = v.node;
            let path = v.path;
            if (node.type === 'TOMLInlineTable') {
                path = [...v.path, 'version'];
                node = tomlValueAt(p, path);
                if (!node)
                    continue; // a path, git or url dependency: nothing to pin
            }
            if (node.type !== 'TOMLValue' || node.kind !== 'string')
                continue;
            const set = setConstraintVersion(node.value, version);
            if (!set)
                throw new src_errors/* UserError */.yo(`${name} = "${node.value}" is not a single version constraint to pin`, {
                    file,
                    line: (0,bytes/* lineAt */.mh)(p.body, node.range[0]),
                    hint: `write it as "${version}" or "^${version}"`,
                });
            note(name, { name, from: node.value, to: set, text: set }, stringSplice(p, node, path, set, name));
        }
    }
    else {
        throw new src_errors/* UserError */.yo(`pin table '${table}' does not exist in ${file}`, {
            file: tableLine?.file ?? file,
            line: tableLine?.line ?? (tableLine?.file ? undefined : 1),
            hint: `fix pins.table in the config, or add [${table}] to ${file}`,
        });
    }
    return { text: applySplices(text, p, splices), changes };
}
/** Splits `tool.poetry.group.prod.dependencies` (quoted parts allowed: `tool."my.key"`). */
function splitDotted(path) {
    const out = [];
    const re = /\s*(?:"([^"]*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*(?:\.|$)/y;
    let m;
    while (re.lastIndex < path.length && (m = re.exec(path)))
        out.push(m[1] ?? m[2] ?? m[3]);
    return out;
}

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(99547);
;// CONCATENATED MODULE: ./packages/core/src/edits/json-edit.ts





function parse(text, file) {
    const { body } = (0,bytes/* frame */.Gt)(text);
    const data = (0,bytes/* parseJsonWith */._x)(main, body, file, 'fix the JSON syntax');
    if (data === null || typeof data !== 'object' || Array.isArray(data))
        throw new src_errors/* UserError */.yo('package.json must hold an object', { file, line: 1, hint: 'fix the file' });
    return { body, tree: main.parseTree(body), data };
}
/** Replaces each string node's bytes with the JSON form of its new value and proves nothing else changed. */
function apply(text, file, body, data, splices) {
    if (splices.length === 0)
        return text;
    const { bom } = (0,bytes/* frame */.Gt)(text);
    let out = body;
    for (const s of [...splices].sort((a, b) => b.node.offset - a.node.offset))
        out = out.slice(0, s.node.offset) + JSON.stringify(s.value) + out.slice(s.node.offset + s.node.length);
    const expected = JSON.parse(JSON.stringify(data));
    for (const s of splices) {
        let cur = expected;
        for (const k of s.path.slice(0, -1))
            cur = cur[k];
        cur[s.path[s.path.length - 1]] = s.value;
    }
    if (!(0,external_node_util_.isDeepStrictEqual)(expected, JSON.parse(out)))
        throw new Error(`${file}: the JSON edit changed more than ${splices.map((s) => s.path.join('.')).join(', ')}; nothing was written`);
    return bom + out;
}
/** Sets package.json `version` with a minimal diff; a file without one is a UserError. */
function setPackageJsonVersion(text, file, version) {
    const { body, tree, data } = parse(text, file);
    const node = main.findNodeAtLocation(tree, ['version']);
    if (!node)
        throw new src_errors/* UserError */.yo('package.json has no "version" to set', {
            file,
            line: 1,
            hint: 'add "version": "0.0.0", or remove the file from packages',
        });
    if (node.type !== 'string')
        throw new src_errors/* UserError */.yo('"version" is not a string', { file, line: (0,bytes/* lineAt */.mh)(body, node.offset), hint: 'write it as "1.2.3"' });
    if (node.value === version)
        return text;
    return apply(text, file, body, data, [{ node, path: ['version'], value: version }]);
}
const SECTIONS = ['dependencies', 'devDependencies'];
// Specifiers that do not name a registry version: leave them alone.
const NOT_A_VERSION = /^(workspace:|file:|link:|portal:|patch:|npm:|git(\+[a-z]+)?:|github:|https?:|\.\.?\/|~\/|\/|[\w-]+\/[\w.-]+$)/;
/**
 * Sets `names` in package.json dependencies and devDependencies to
 * `version`, keeping a range operator (`^1.4.2` → `^1.5.0`); `workspace:`,
 * path, git and url specifiers are left alone.
 */
function setPackageJsonPins(text, file, names, version) {
    const { body, tree, data } = parse(text, file);
    const splices = [];
    const changes = [];
    for (const section of SECTIONS) {
        for (const name of names) {
            const node = main.findNodeAtLocation(tree, [section, name]);
            if (!node || node.type !== 'string')
                continue;
            const spec = String(node.value);
            if (NOT_A_VERSION.test(spec))
                continue;
            const set = setConstraintVersion(spec, version);
            if (set === undefined)
                throw new src_errors/* UserError */.yo(`${section}.${name} is "${spec}", not a single version range to pin`, {
                    file,
                    line: (0,bytes/* lineAt */.mh)(body, node.offset),
                    hint: `write it as "${version}" or "^${version}"`,
                });
            changes.push({ name, from: spec, to: set });
            if (set !== spec)
                splices.push({ node, path: [section, name], value: set });
        }
    }
    return { text: apply(text, file, body, data, splices), changes };
}

// EXTERNAL MODULE: ./packages/core/src/text/mentions.ts
var mentions = __webpack_require__(78274);
// EXTERNAL MODULE: ./packages/core/src/changelog/headings.ts
var headings = __webpack_require__(52761);
;// CONCATENATED MODULE: ./packages/core/src/release/notes.ts




const notes_SECTIONS = [
    ['feat', 'Features'],
    ['fix', 'Bug Fixes'],
    ['perf', 'Performance'],
    ['revert', 'Reverts'],
];
// Markdown that could turn a commit subject into markup or HTML; untrusted text stays text. At the start
// (right after the bullet's `* `) a heading, list or ordered-list marker would open a block inside the item.
function md(text) {
    // No mention and no closing keyword aimed at another repository: the notes reach the release PR body,
    // the GitHub Release and every summary (mentions.ts).
    return (0,mentions/* inertReferences */.x)(text)
        .replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`)
        .replace(/\r?\n/g, ' ')
        .replace(/^(\s*)([#+=-])/, '$1\\$2')
        .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}
function line(c, ctx, text) {
    const repo = ctx.repository ? `${ctx.serverUrl}/${ctx.repository}` : undefined;
    const short = c.sha.slice(0, 7);
    const sha = repo ? ` ([${short}](${repo}/commit/${c.sha}))` : ` (${short})`;
    const pr = c.pr === undefined ? '' : repo ? ` ([#${c.pr}](${repo}/pull/${c.pr}))` : ` (#${c.pr})`;
    return `* ${c.scope ? `**${md(c.scope)}:** ` : ''}${md(text)}${pr}${sha}`;
}
/**
 * The release notes for one version in Markdown: a heading with the
 * compare link, breaking changes first with their descriptions, then
 * Features, Bug Fixes, Performance and Reverts; each line with its scope,
 * (#PR) link and short sha. Commit text is escaped, never markup.
 */
function renderNotes(commits, ctx) {
    return renderNotesParts(commits, ctx).join('');
}
/**
 * renderNotes in parts (their concatenation is the notes, the last part its
 * final \n): batches of lines, each ASCII batch one byte per character, for
 * changelogWithNotes to join once into the new CHANGELOG.md's text.
 */
function renderNotesParts(commits, ctx) {
    const repo = ctx.repository ? `${ctx.serverUrl}/${ctx.repository}` : undefined;
    const title = repo && ctx.previous
        ? `[${ctx.version}](${repo}/compare/${ctx.tagPrefix}${ctx.previous}...${ctx.tagPrefix}${ctx.version})`
        : ctx.version;
    const out = new Lines(`## ${title} (${ctx.date})`);
    if (commits.some((c) => c.breaking)) {
        out.push('', '### ⚠ BREAKING CHANGES', '');
        for (const c of commits)
            if (c.breaking)
                for (const note of c.breakingNotes.length ? c.breakingNotes : [c.subject])
                    out.push(line(c, ctx, note));
    }
    for (const [type, heading] of notes_SECTIONS) {
        if (!commits.some((c) => c.type === type))
            continue;
        out.push('', `### ${heading}`, '');
        for (const c of commits)
            if (c.type === type)
                out.push(line(c, ctx, c.subject));
    }
    if (out.count === 1)
        out.push('', 'No user-facing changes.');
    return [...out.parts(), '\n'];
}
/** Lines joined with `\n` a batch at a time (what `lines.join('\n')` gives), the batches kept apart. */
class Lines {
    batches = [];
    batch;
    count = 1;
    constructor(first) {
        this.batch = [first];
    }
    push(...lines) {
        this.count += lines.length;
        for (const l of lines)
            this.batch.push(l);
        // Each line is built of a few pieces (a rope until joined): joined 512 at a time, they are garbage while
        // young instead of 100,000 of them living until the end, and a batch of ASCII lines is stored one byte per
        // character even when the notes as a whole hold a ⚠.
        if (this.batch.length >= 512)
            this.flush();
    }
    /** The batches with a `\n` between each two: their concatenation is the lines joined with `\n`. */
    parts() {
        this.flush();
        const out = [];
        for (const b of this.batches) {
            if (out.length > 0)
                out.push('\n');
            out.push(b);
        }
        return out;
    }
    flush() {
        if (this.batch.length === 0)
            return;
        this.batches.push(this.batch.join('\n'));
        this.batch = [];
    }
}
/**
 * Puts a version's notes at the top of the root CHANGELOG.md (below its
 * title), creating the file when missing. A file that already has the
 * version's section is returned unchanged, so a rerun adds nothing. Line
 * endings and a BOM stay.
 */
function prependChangelog(text, version, notes) {
    return (0,parts/* joinText */._V)(changelogWithNotes(text, version, notes).text);
}
/**
 * prependChangelog with the notes in parts or whole, the new text in parts
 * when the notes are: the parts given are parts of the text (`\n` line
 * endings, or a new file) and the notes returned are those parts. A long
 * release's notes (~9 MB at 100,000 commits) are then held once, one byte per
 * character for each ASCII batch, for both; joined, the ⚠ heading among them
 * would make the text two bytes per character.
 */
function changelogWithNotes(text, version, given) {
    if (text !== undefined && (0,headings/* hasVersionSection */.Y)(text.replace(/^\ufeff/, ''), version))
        return { text, notes: given };
    // The block that goes in (the notes without their trailing white space) in parts, when the notes are exactly
    // that and one \n: the parts but the last (a lone \n) when the one before ends in something else.
    const last = typeof given === 'string' ? undefined : given[given.length - 2];
    const split = typeof given !== 'string' && given[given.length - 1] === '\n' && last !== undefined && last !== '' && !/\s$/.test(last);
    const notes = split ? given : (0,parts/* joinText */._V)(given);
    if (text === undefined || text.trim() === '') {
        return { text: typeof notes === 'string' ? `# Changelog\n\n${notes}` : ['# Changelog\n\n', ...notes], notes };
    }
    const { bom, body, eol } = (0,bytes/* frame */.Gt)(text);
    // Another line ending goes between every two lines of the notes: they are joined and split for it.
    if (eol !== '\n' && typeof notes !== 'string')
        return changelogWithNotes(text, version, (0,parts/* joinText */._V)(notes));
    // Below a leading `# Title` and the paragraph under it; above the first version section. Found line by line in
    // place: a long CHANGELOG.md (84,000 lines at 100,000 commits) is not split into lines only to be joined again.
    const at = firstSectionOffset(body);
    // The notes' lines joined with the file's line ending: the notes themselves when that is \n (a long release's
    // notes are not split into lines and copied).
    const trimmed = typeof notes === 'string' ? notes.trimEnd() : undefined;
    const block = typeof notes !== 'string' ? notes.slice(0, -1) : [eol === '\n' ? trimmed : trimmed.split('\n').join(eol)];
    const empty = block.every((p) => p === '');
    const before = body.slice(0, at).split(/\r?\n/);
    while (before.length > 0 && before[before.length - 1].trim() === '')
        before.pop();
    // [...before, '', block lines, '', ...after] joined with eol; the blank lines only between non-empty parts; a
    // last line ending when nothing follows (the block ends in something else than white space, when it is not empty).
    const head = `${bom}${before.length ? `${before.join(eol)}${eol}${eol}` : ''}`;
    const tail = at < body.length ? `${eol}${eol}${withEndings(body.slice(at), eol)}` : empty && before.length ? '' : eol;
    // Notes in parts are in the text as given (the block, then the \n that starts the tail); whole notes are
    // joined with the text, which they are then a copy of.
    if (typeof notes !== 'string')
        return { text: [head, ...block, tail], notes };
    return { text: [head, ...block, tail].join(''), notes };
}
/**
 * Where the first `## ` heading's line starts (split at \r?\n, as lines), or the text's length when there is none.
 */
function firstSectionOffset(body) {
    for (let start = 0; start < body.length;) {
        const nl = body.indexOf('\n', start);
        const end = nl < 0 ? body.length : nl;
        // The line without its \r\n: a \r is the line ending's only when a \n follows it.
        const line = body.slice(start, nl > start && body[nl - 1] === '\r' ? nl - 1 : end);
        if (/^##\s/.test(line))
            return start;
        if (nl < 0)
            break;
        start = nl + 1;
    }
    return body.length;
}
/**
 * `text`'s lines joined with `eol`: the text itself when each of its line breaks is already `eol`, which
 * keeps the old part of a long CHANGELOG.md as a view of the text read rather than a copy of it.
 */
function withEndings(text, eol) {
    const uniform = eol === '\n' ? !text.includes('\r\n') : !/(?:^|[^\r])\n/.test(text);
    return uniform ? text : text.split(/\r?\n/).join(eol);
}
/** The notes of one version read back from a changelog (for the GitHub Release); undefined when absent. */
function notesFromChangelog(text, version) {
    const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
    const esc = version.replace(/[.+]/g, '\\$&');
    const start = lines.findIndex((l) => new RegExp(`^##\\s+\\[?v?${esc}(?![0-9A-Za-z.-])`).test(l));
    if (start === -1)
        return undefined;
    let end = lines.findIndex((l, i) => i > start && /^##\s/.test(l));
    if (end === -1)
        end = lines.length;
    return `${lines
        .slice(start + 1, end)
        .join('\n')
        .trim()}\n`;
}

;// CONCATENATED MODULE: ./packages/core/src/release/plan.ts










/**
 * A glob that picomatch matches only against itself: segments of letters, digits and `_ . @ -`, none of them
 * `.` or `..`. A config or input that lists two hundred package files by path is two hundred lookups, not
 * two hundred matchers run over every file of the workspace.
 */
const LITERAL_PATH = /^(?!\.\.?(?:\/|$))[\w.@-]+(?:\/(?!\.\.?(?:\/|$))[\w.@-]+)*$/;
/** The workspace's files as a set, made once per list. */
const fileSets = new WeakMap();
/** Matches config globs against the workspace's files; a glob that matches nothing is an error naming it. */
function matchFiles(files, pattern, what, where) {
    const glob = pattern.replace(/^\.\//, '');
    const source = where?.input ? { input: where.input } : { key: what, file: where?.file, line: where?.line };
    let out;
    if (LITERAL_PATH.test(glob)) {
        const e = (0,text_glob/* globError */.Tg)(glob, source);
        if (e)
            throw e;
        let set = fileSets.get(files);
        if (!set)
            fileSets.set(files, (set = new Set(files)));
        out = set.has(glob) ? [glob] : [];
    }
    else {
        const isMatch = (0,text_glob/* globMatcher */.fU)(glob, source);
        out = files.filter((f) => isMatch(f));
    }
    if (out.length === 0 && where?.input)
        throw new src_errors/* UserError */.yo(`: '${pattern}' matches no file`, {
            input: where.input,
            hint: 'fix the path or glob (relative to working-directory)',
        });
    if (out.length === 0)
        throw new src_errors/* UserError */.yo(`${what} '${pattern}' matches no file`, {
            file: where?.file,
            line: where?.line,
            hint: 'fix the path or glob (relative to working-directory)',
        });
    return out.sort();
}
/** Reads the version file's X.Y.Z; undefined when the file does not exist; a UserError at file:1 when it holds something else. */
function readVersionFile(text, file) {
    if (text === undefined)
        return undefined;
    const first = (0,bytes/* frame */.Gt)(text).body.split(/\r?\n/)[0].trim();
    if (semver_default().valid(first) !== first)
        throw new src_errors/* UserError */.yo(`version file holds '${first.slice(0, 40)}', not a SemVer version`, {
            file,
            line: 1,
            hint: 'write X.Y.Z (e.g. 1.4.2) on its first line',
        });
    return first;
}
/** The version file with its first line set to `version` (line ending, BOM and the rest kept). */
function writeVersionFile(text, version) {
    if (text === undefined || text.trim() === '')
        return `${version}\n`;
    const { bom, body, eol } = (0,bytes/* frame */.Gt)(text);
    const nl = body.indexOf('\n');
    return nl === -1 ? `${bom}${version}` : `${bom}${version}${eol === '\r\n' ? '\r' : ''}${body.slice(nl)}`;
}
/**
 * Plans every file edit of a release: the version file, package versions,
 * dependency pins, chart bumps (appVersion = X.Y.Z, chart version by policy)
 * and the root CHANGELOG.md. Every file is read and checked here; all
 * problems are reported together and nothing is returned half-planned.
 */
function planReleaseFiles(request) {
    // The notes apart: the edits' closures hold `req`, not the notes (CHANGELOG.md's edit holds its text, of which
    // notes in parts are parts).
    const { notes: given, ...req } = request;
    const cache = req.cache ?? new parse_cache/* ParseCache */.i();
    const errors = [];
    const edits = [];
    const rows = [];
    const lockDirs = new Set();
    const collect = (e) => {
        if (e instanceof src_errors/* UserErrors */.tQ)
            errors.push(...e.errors);
        else if (e instanceof src_errors/* UserError */.yo)
            errors.push(e);
        else
            throw e;
    };
    const attempt = (fn) => {
        try {
            fn();
        }
        catch (e) {
            collect(e);
        }
    };
    attempt(() => {
        const text = req.read(req.versionFile);
        const from = readVersionFile(text, req.versionFile);
        if (from !== req.version) {
            edits.push({ path: req.versionFile, update: (t) => writeVersionFile(t, req.version) });
            rows.push({ file: req.versionFile, what: 'version', from: from ?? '(new file)', to: req.version });
        }
    });
    for (const file of req.packages) {
        attempt(() => {
            const text = req.read(file);
            if (text === undefined)
                throw new src_errors/* UserError */.yo(`${file} does not exist`, { file, hint: 'fix packages in the config' });
            const update = packageUpdater(file, req.version, cache);
            const from = packageVersion(text, file, cache);
            const after = update(text); // validates now, so every error is found before anything is written
            if (from !== req.version) {
                edits.push(plannedEdit(file, text, after, (t) => (t === undefined ? t : update(t))));
                rows.push({ file, what: 'version', from: from ?? '', to: req.version });
            }
        });
    }
    for (const rule of req.pins) {
        for (const file of rule.files) {
            attempt(() => {
                const text = req.read(file);
                if (text === undefined)
                    return;
                const update = pinUpdater(file, rule, req.version, cache);
                const { changes, text: after } = update(text);
                const moved = changes.filter((c) => c.from !== c.to);
                if (moved.length === 0)
                    return;
                edits.push(plannedEdit(file, text, after, (t) => (t === undefined ? t : update(t).text)));
                for (const c of moved)
                    rows.push({ file, what: `pin ${c.name}`, from: c.from, to: c.to });
                lockDirs.add(external_node_path_.posix.dirname(file));
            });
        }
    }
    let charts = [];
    const warnings = [];
    if (req.charts.length > 0) {
        attempt(() => {
            const plan = (0,bump/* planChartBumps */.hP)(req.charts, req.allCharts, req.read, {
                level: 'patch',
                appVersion: req.version,
                entry: `Release ${req.version}`,
                cascade: true,
                artifacthubChanges: false,
                policy: req.chartVersionPolicy,
                changelog: req.changelog,
                date: req.date,
            }, cache);
            charts = plan.bumps;
            warnings.push(...plan.warnings.map(bump/* formatWarning */.W3));
            edits.push(...plan.edits);
            for (const b of plan.bumps) {
                rows.push({ file: b.file, what: `chart ${b.name} version`, from: b.previousVersion, to: b.version });
                if (b.appVersion !== undefined && b.appVersion !== b.previousAppVersion)
                    rows.push({ file: b.file, what: `chart ${b.name} appVersion`, from: b.previousAppVersion ?? '', to: b.appVersion });
            }
        });
    }
    // Not in a closure of this function (each holds its context): `given` is not kept by the edits.
    let notes;
    try {
        const changelog = planChangelog(req.read('CHANGELOG.md'), req.version, given);
        notes = changelog.notes;
        if (changelog.edit)
            edits.push(changelog.edit);
        if (changelog.row)
            rows.push(changelog.row);
    }
    catch (e) {
        collect(e);
    }
    (0,src_errors/* throwAll */.Kx)(errors);
    return {
        edits,
        rows,
        lockDirs: [...lockDirs].sort(),
        charts,
        warnings,
        notes: notes ?? given,
    };
}
/**
 * The root CHANGELOG.md with the version's notes on top: its edit and row
 * when that changes it, and the notes as held in its new text when they are
 * in there as given. A long release's notes in parts are then one copy
 * serving both (the new text is made of the same parts, never joined); the
 * edit keeps only what it needs.
 */
function planChangelog(before, version, given) {
    const { text: after, notes } = changelogWithNotes(before, version, given);
    if (after === before)
        return { notes };
    return {
        notes,
        // A long release's CHANGELOG.md is not built twice.
        edit: plannedEdit('CHANGELOG.md', before, after, (t) => prependChangelog(t, version, notes)),
        row: { file: 'CHANGELOG.md', what: 'release notes', from: before === undefined ? '(new file)' : '', to: version },
    };
}
/**
 * An edit whose new text the plan computed already: `after` again when it is applied to the text it was
 * computed from (`read`; so it always is, but for another edit of the same file before it or a concurrent
 * writer), `update` on any other text. The check and the release commit do not redo a file's edit.
 */
function plannedEdit(path, read, after, update) {
    return { path, update: (t) => (t === read ? after : update(t)) };
}
function packageUpdater(file, version, cache) {
    if (file.endsWith('package.json'))
        return (t) => setPackageJsonVersion(t, file, version);
    if (file.endsWith('.toml'))
        return (t) => setPyprojectVersion(t, file, version, cache);
    throw new src_errors/* UserError */.yo(`packages: ${file} is neither a pyproject.toml nor a package.json`, {
        hint: 'list pyproject.toml or package.json files under packages',
    });
}
function packageVersion(text, file, cache) {
    if (file.endsWith('package.json')) {
        const v = JSON.parse((0,bytes/* frame */.Gt)(text).body).version;
        return typeof v === 'string' ? v : undefined;
    }
    const p = parseTomlOffsets(text, file, cache);
    const node = tomlValueAt(p, ['project', 'version']) ?? tomlValueAt(p, ['tool', 'poetry', 'version']);
    return node && node.type === 'TOMLValue' && node.kind === 'string' ? node.value : undefined;
}
function pinUpdater(file, rule, version, cache) {
    if (file.endsWith('package.json'))
        return (t) => setPackageJsonPins(t, file, rule.names, version);
    if (!file.endsWith('.toml'))
        throw new src_errors/* UserError */.yo(`pins: ${file} is neither a TOML file nor a package.json`, { file: rule.where?.file, line: rule.where?.line });
    return (t) => {
        let table = rule.table;
        if (!table) {
            // No table given: PEP 621 dependencies, else Poetry's main dependencies.
            const p = parseTomlOffsets(t, file, cache);
            table = tomlValueAt(p, ['project', 'dependencies']) ? 'project.dependencies' : 'tool.poetry.dependencies';
        }
        return setTomlPins(t, file, table, rule.names, version, rule.where, cache);
    };
}

;// CONCATENATED MODULE: ./packages/core/src/release/next.ts







/**
 * The read of the commits since the last release, started before the files
 * are checked: `git log <tag>..HEAD` prints nothing until its walk of the
 * range is done (a tenth of a second at 10,000 commits), and that walk runs
 * while the run checks its files or asks GitHub about HEAD. Only local git
 * reads start early: a shallow clone's fetches (tags, history back to the
 * release) wait until `result()` is asked, after the checks, so a broken
 * file still fails the run before it touches the network. `stop()` (a run
 * that publishes, or fails) ends the read: no fetch starts, and git is stopped.
 */
class CommitScan {
    stopped = new AbortController();
    fetching;
    letFetch;
    refuseFetch;
    scan;
    /**
     * Settles once git walks the range since the last release, a shallow clone's scan waits for its
     * fetches to be let go, or the scan has ended: what the run does meanwhile overlaps the walk.
     */
    walking;
    /** `shallow`: whether the clone is shallow, when the caller asked it already (headFacts). */
    constructor(git, prefix, head, shallow) {
        this.fetching = new Promise((go, no) => {
            this.letFetch = go;
            this.refuseFetch = no;
        });
        let walk;
        this.walking = new Promise((go) => (walk = go));
        let analyzer = new CommitAnalyzer();
        // Each commit is parsed as git prints it (a new analyzer when the range read first was not the release's).
        const open = () => {
            const a = (analyzer = new CommitAnalyzer());
            return (c) => a.add(c);
        };
        this.scan = scanReleaseRange(git, prefix, head, open, {
            mayFetch: this.fetching,
            signal: this.stopped.signal,
            shallow,
            walking: walk,
        }).then((last) => ({
            last,
            analyzer,
        }));
        // walking ends with the scan at the latest. Settled before anyone asks (a run that fails its checks never
        // does): not an unhandled rejection.
        this.scan.then(walk, walk);
        this.fetching.catch(() => undefined);
    }
    /** The scan, its fetches let go. */
    result() {
        this.letFetch();
        return this.scan;
    }
    /** Abandons the scan: no fetch starts, a running git log is stopped. Nothing once the scan is done. */
    stop() {
        const reason = new Error('the read of the commits since the last release was abandoned');
        this.stopped.abort(reason);
        this.refuseFetch(reason);
    }
}
/**
 * Decides the next version from the commits since the last release (`scan`):
 * the version file's version is a floor when no tag carries it, tags of
 * another prefix are named (an error when they are this repository's
 * releases), and a version below the version file's or already tagged is
 * refused before anything is edited.
 */
async function nextRelease(s, deps, scan, read) {
    const { last, analyzer } = await scan.result();
    for (const f of last.fetched)
        deps.log.info(`fetched ${f} (shallow checkout)`);
    const analysis = analyzer.analysis();
    // The version file's version is a floor: no tag (a repository adopting lockstep) starts from it.
    const fileVersion = readVersionFile(read(s.versionFile), s.versionFile);
    let from = last.version;
    let previousNote;
    if (!last.tag &&
        s.version === undefined &&
        fileVersion &&
        semver_default().prerelease(fileVersion) === null &&
        semver_default().gt(fileVersion, s.initialVersion)) {
        from = fileVersion;
        previousNote = `from ${s.versionFile}, no tag ${s.tagPrefix}${fileVersion} yet`;
    }
    const next = nextVersion({
        last: from,
        bump: analysis.bump,
        initialVersion: s.initialVersion,
        preMajor: s.preMajor,
        prerelease: s.prerelease,
        existing: last.allVersions,
        explicit: s.version,
        releaseAs: analysis.releaseAs,
    });
    const warnings = [];
    if (last.allVersions.length === 0 && s.version === undefined) {
        const others = await otherPrefixTags(deps.git, s.tagPrefix, last);
        if (others.length > 0) {
            const [top] = others;
            const shown = others
                .slice(0, 3)
                .map((o) => o.tag)
                .join(', ');
            const prefixName = top.prefix === '' ? "''" : top.prefix;
            const what = `no tag matches ${s.tagPrefix}X.Y.Z; found ${shown} — did you mean tag-prefix: ${prefixName}?`;
            // Those tags are this repository's releases when one names the version file's version, or when the
            // computed version would fall below them; tags of something else (e.g. chart-releaser's myapp-0.13.0) only warn.
            const mine = others.some((o) => (fileVersion !== undefined && semver_default().eq(o.version, fileVersion)) ||
                (next.version !== undefined && semver_default().lt(next.version, o.version)));
            if (mine)
                throw new src_errors/* UserError */.yo(`${what} Nothing was edited or pushed`, {
                    hint: (0,src_errors/* words */.aL) `write tag-prefix: ${prefixName} in the config (or ${(0,src_errors/* setting */.Pe)('tag-prefix', prefixName)}), or give ${(0,src_errors/* theInput */.y8)('version')} to start the ${s.tagPrefix}X.Y.Z series`,
                });
            warnings.push(`${what} (they look like another component's tags: releasing from ${previousNote ? `${s.versionFile}'s ${fileVersion}` : 'the initial version'})`);
        }
    }
    if (next.version && fileVersion && semver_default().lt(next.version, fileVersion)) {
        throw new src_errors/* UserError */.yo(`the next version ${next.version} is below ${fileVersion} in the version file; nothing was edited or pushed`, {
            file: s.versionFile,
            line: 1,
            hint: last.tag
                ? (0,src_errors/* words */.aL) `tag the release ${fileVersion} (${s.tagPrefix}${fileVersion}) if it was made, or give ${(0,src_errors/* theInput */.y8)('version')} (${fileVersion} or above)`
                : (0,src_errors/* words */.aL) `give ${(0,src_errors/* theInput */.y8)('version')} (${fileVersion} or above), or fix ${s.versionFile}`,
        });
    }
    const base = {
        mode: s.dryRun ? 'dry-run' : 'nothing',
        previousVersion: from,
        previousNote,
        bump: next.bump,
        notes: '',
        commits: analysis.commits,
        changes: [],
        rows: [],
        lockDirs: [],
        released: false,
        actions: [],
        warnings,
    };
    if (!next.version) {
        base.actions.push(`Nothing to release: none of the ${analyzer.count} commit(s) since ${last.tag ?? 'the first commit'} is a feat, fix, perf, revert or breaking change.`);
        return { result: base, lastVersion: last.version };
    }
    const version = next.version;
    // Case 32: never prepare a version that is already tagged (a release made from another branch, an explicit
    // version, or the same version with other build metadata). A published GitHub Release always has its tag.
    const taken = await publishedTag(deps.git, s.tagPrefix, version, { known: last });
    if (taken) {
        const at = await (0,git_tags/* tagCommit */.eF)(deps.git, taken);
        throw new src_errors/* UserError */.yo(`version ${version} is already published: tag ${taken} exists (on ${at.slice(0, 12)}); nothing was edited or pushed`, {
            hint: s.version !== undefined
                ? (0,src_errors/* words */.aL) `give ${(0,src_errors/* theInput */.y8)('version')} above every tagged version`
                : (0,src_errors/* words */.aL) `give ${(0,src_errors/* theInput */.y8)('version')} above ${taken.slice(s.tagPrefix.length)}, or release from the branch that carries ${taken}`,
        });
    }
    return { result: base, version, lastVersion: last.version };
}

// EXTERNAL MODULE: ./packages/core/src/git/commits.ts
var commits = __webpack_require__(53852);
// EXTERNAL MODULE: ./packages/core/src/git/queue-branch.ts
var queue_branch = __webpack_require__(64958);
// EXTERNAL MODULE: ./packages/core/src/changelog/sections.ts
var sections = __webpack_require__(38194);
// EXTERNAL MODULE: ./packages/core/src/trail/trail.ts
var trail = __webpack_require__(91062);
;// CONCATENATED MODULE: ./packages/core/src/release/publish.ts








/** The version a merged release PR carried, when HEAD is its merge (API first, then the commit subject). */
async function detectRelease(s, deps, head) {
    // A commit GitHub does not know (pushed nowhere yet) has no pull requests: fall back to its subject.
    const pulls = await deps.api.pullsForCommit(head).catch((e) => {
        if (e.status === 404 || e.status === 422)
            return [];
        throw e;
    });
    for (const p of pulls) {
        if (!p.merged || !p.head.startsWith(s.branchPrefix))
            continue;
        const v = p.head.slice(s.branchPrefix.length);
        if (semver_default().valid(v) === v)
            return { version: v, pull: p };
    }
    const found = releaseOfSubject(await (0,commits/* subjectOf */.et)(deps.git, head), s.branchPrefix);
    return found ? { version: found.version } : undefined;
}
/**
 * The release a commit's subject says it merged, as GitHub writes a release PR's merge with its default message:
 * the squash (`chore(release): 1.5.0 (#12)`), the release commit itself (a rebase), or the merge commit
 * (`Merge pull request #12 from owner/chore/release-1.5.0`); `pull` when the subject names it.
 */
function releaseOfSubject(subject, branchPrefix) {
    const squash = /^chore\(release\): (\S+?)(?: \(#(\d{1,9})\))?$/.exec(subject);
    const merge = new RegExp(`^Merge pull request #(\\d{1,9}) from \\S+?/${escapeRe(branchPrefix)}(\\S+)$`).exec(subject);
    const version = squash?.[1] ?? merge?.[2];
    if (version === undefined || semver_default().valid(version) !== version)
        return undefined;
    const pull = squash ? squash[2] : merge?.[1];
    return pull === undefined ? { version } : { version, pull: Number(pull) };
}
function escapeRe(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * notify-pulls: "Released in v1.5.0" on every pull request the version's
 * CHANGELOG.md section cites (the release pull request itself left out);
 * a rerun finds each comment current and changes nothing.
 */
async function releaseTrail(leave, changelog, found, tag) {
    const section = changelog ? (0,sections/* versionSections */.h7)(changelog).find((v) => v.version === found.version) : undefined;
    const pulls = [...new Set(section?.entries.flatMap((e) => e.pulls) ?? [])];
    if (pulls.length === 0)
        return ['notify-pulls: the release notes cite no pull request; no trail comment left.'];
    return (0,trail/* describeTrail */.ee)(`released in ${tag}`, await leave(pulls, { release: tag }, found.pull ? [found.pull.number] : []));
}
/** What happened to one asset of the draft, said before the publish line. */
function assetLine(a) {
    if (a.outcome === 'kept')
        return `Asset ${a.name}: already on the draft with the same size (an earlier run uploaded it), kept.`;
    if (a.outcome === 'replaced')
        return `Asset ${a.name}: the draft held another file of that name, replaced by this one.`;
    return `Attached ${a.name} to the draft release.`;
}
/**
 * Publishes a merged release: the annotated tag on HEAD, pushed, then the
 * GitHub Release with the version's notes (from CHANGELOG.md, else the PR's
 * body), made as a draft and published once, so a repository with immutable
 * releases takes it; a rerun after a job stopped between the two publishes
 * that draft. A rerun finds both done and says so (`released` false), and
 * edits nothing.
 */
async function publishRelease(s, deps, head, found) {
    const api = deps.api;
    const tag = `${s.tagPrefix}${found.version}`;
    const changelog = transaction/* realFs */.Cr.readFile((0,workspace/* resolveInside */.LI)(s.root, 'CHANGELOG.md', 'CHANGELOG.md'));
    const notes = (changelog && notesFromChangelog(changelog, found.version)) ?? found.pull?.body ?? `Release ${found.version}\n`;
    const actions = [];
    // The release before this one, found before tagging (a rerun finds this release's tag on HEAD: the one below it).
    const prior = await findLastRelease(deps.git, s.tagPrefix);
    for (const f of prior.fetched)
        deps.log.info(`fetched ${f} (shallow checkout)`);
    const previousVersion = prior.version && semver_default().lt(prior.version, found.version)
        ? prior.version
        : semver_default().rsort(prior.allVersions.filter((v) => semver_default().prerelease(v) === null && semver_default().lt(v, found.version)))[0];
    const publish = deps.publish;
    const message = `Release ${found.version}`;
    // commit-mode api: the tag object is made by GitHub (signed), not pushed.
    const viaApi = publish.tagThroughApi ? await publish.tagThroughApi(tag, head, message) : undefined;
    const tagOutcome = viaApi ? viaApi.outcome : await publish.pushTag(tag, head, message, s.committer);
    if (viaApi && tagOutcome === 'created')
        actions.push(`Tagged ${head.slice(0, 7)} as ${tag} (annotated) through the GitHub API; GitHub shows the tag as ${viaApi.verified ? 'Verified' : 'unverified'}.`);
    else
        actions.push(tagOutcome === 'created'
            ? `Tagged ${head.slice(0, 7)} as ${tag} (annotated) and pushed it.`
            : `Tag ${tag} already exists on ${head.slice(0, 7)}.`);
    const existing = await api.getReleaseByTag(tag);
    let releaseCreated = false;
    if (existing)
        actions.push(`GitHub Release ${tag} already exists: ${existing.url}`);
    else {
        const r = await api.createRelease({
            tag,
            name: tag,
            body: notes,
            prerelease: semver_default().prerelease(found.version) !== null,
            target: head,
            assets: s.assets,
        });
        releaseCreated = r.outcome === 'created';
        actions.push(...(r.assets ?? []).map(assetLine));
        actions.push(r.outcome === 'existing'
            ? `GitHub Release ${tag} already exists: ${r.release.url}`
            : r.resumed
                ? `Published the draft GitHub Release ${tag} an earlier run left (it was stopped before publishing it): ${r.release.url}`
                : `Created the GitHub Release ${tag} as a draft and published it: ${r.release.url}`);
    }
    const released = tagOutcome === 'created' || releaseCreated;
    if (!released)
        actions.push('Nothing to do: this release is already tagged and published.');
    if (s.notifyPulls && api.leaveTrail)
        actions.push(...(await releaseTrail(api.leaveTrail, changelog, found, tag)));
    return {
        mode: 'publish',
        version: found.version,
        previousVersion,
        bump: 'none',
        notes,
        commits: [],
        changes: [],
        rows: [],
        lockDirs: [],
        pr: found.pull ? { number: found.pull.number, url: found.pull.url } : undefined,
        released,
        tag,
        actions,
        warnings: [],
        ...(viaApi && tagOutcome === 'created' ? { tagVerified: viaApi.verified } : {}),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/release/queued.ts







// A release PR in GitHub's merge queue. While a pull request is queued GitHub refuses every push to its head
// branch (GH006 "Branches that are queued for merging cannot be updated"), and a release PR closed in favour of a
// new one drops out of the queue: a run on the base branch leaves a queued release PR as it is. The queue tests
// the PR merged on top of the entries ahead of it (the `merge_group` event): that commit is what the base branch
// will hold, so the run checks that the PR's version and notes are still the ones those commits call for.
//
// Whether a PR is queued is read from its queue branch, `gh-readonly-queue/<base>/pr-<n>-<sha>`, through the
// REST matching-refs route: the one place REST shows the queue (the queue itself is GraphQL's), it answers for
// API and git commit modes alike with the token the run already holds, and it needs no fetch of the checkout.
const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** Untrusted text quoted in one line: JSON-escaped (no line break survives), and cut short. */
function quoted(v) {
    const text = typeof v === 'string' ? v : v === undefined ? 'nothing' : JSON.stringify(v);
    return JSON.stringify(text.length > 120 ? `${text.slice(0, 120)}…` : text);
}
/**
 * The group of a `merge_group` event's payload (GITHUB_EVENT_PATH), read as untrusted text: `head_sha` a commit
 * name, `head_ref` a whole queue branch `refs/heads/gh-readonly-queue/<base>/pr-<n>-<sha>` into `base_ref`.
 * Anything else is refused in one line naming the field.
 */
function mergeGroupOf(payload) {
    const group = payload.merge_group;
    const hint = 'prepare-release reads the merge_group event GitHub sends for a merge queue entry (GITHUB_EVENT_PATH)';
    if (group === null || typeof group !== 'object')
        throw new src_errors/* UserError */.yo("the merge_group event's payload has no merge_group object", { hint });
    const { head_sha: headSha, head_ref: headRef, base_ref: baseRef } = group;
    if (typeof headSha !== 'string' || !SHA.test(headSha))
        throw new src_errors/* UserError */.yo(`the merge_group event's merge_group.head_sha ${quoted(headSha)} is not a commit name`, { hint });
    const entry = typeof headRef === 'string' && headRef.startsWith('refs/heads/') ? (0,queue_branch.queueBranchOf)(headRef) : undefined;
    if (!entry || typeof headRef !== 'string')
        throw new src_errors/* UserError */.yo(`the merge_group event's merge_group.head_ref ${quoted(headRef)} is not a merge queue branch (refs/heads/gh-readonly-queue/<base>/pr-<n>-<sha>)`, { hint });
    if (baseRef !== `refs/heads/${entry.baseBranch}`)
        throw new src_errors/* UserError */.yo(`the merge_group event's merge_group.base_ref ${quoted(baseRef)} is not the branch its head_ref queues into (refs/heads/${entry.baseBranch})`, { hint });
    return { headSha, headRef, entry };
}
/**
 * The open release PR that is in the merge queue into `base`, with its queue branch; undefined when none is.
 * Only a ref whose whole name is a queue branch of that PR into that base counts (#12's prefix does not take
 * #120's branches, nor a branch of another shape someone named alike).
 */
async function queuedReleasePull(api, base, open) {
    for (const pull of open) {
        const refs = await api.matchingRefs((0,queue_branch/* queueRefPrefix */.P)(base, pull.number));
        const ref = refs.find((r) => {
            const e = r.startsWith('refs/heads/') ? (0,queue_branch.queueBranchOf)(r) : undefined;
            return e !== undefined && e.baseBranch === base && e.pull === pull.number;
        });
        if (ref)
            return { pull, ref };
    }
    return undefined;
}
/** The one line of a run that left a queued release PR as it was. */
function queuedLine(pull, ref, base) {
    const branch = ref.replace(/^refs\/heads\//, '');
    return `Release PR #${pull.number} (${pull.head}) is in the merge queue (${branch}): GitHub refuses pushes to a queued PR's branch, so the branch and the PR are left as they are; once the queue lands it, the next run on ${base} releases it, and if it leaves the queue, the next run rebuilds it.`;
}
/** The commits a release's notes list: breaking changes, features, fixes, performance and reverts. */
const inNotes = (c) => c.breaking || c.type === 'feat' || c.type === 'fix' || c.type === 'perf' || c.type === 'revert';
/** The commits the release PR's merge brought itself (those of HEAD not below its first parent). */
async function ownCommits(git, head) {
    return new Set((await (0,commits/* commitsBetween */.$q)(git, `${head}^1`, head))?.map((c) => c.sha));
}
/**
 * On a `merge_group` event: when the group's head commit is the release PR's merge, the release the commits
 * below it call for (from the last release tag to the group's commit, minus the release PR's own commits),
 * compared with the version and notes the PR writes (the group's CHANGELOG.md). The same → a dry run's result
 * saying so; a version or a note missing → the group fails in one line naming the version it should be. A group
 * whose head is not a release merge → undefined (the run previews as on a pull request).
 */
async function checkQueuedRelease(s, ports, head, view, scan) {
    const group = ports.group;
    if (group.headSha !== head)
        throw new src_errors/* UserError */.yo(`HEAD ${head.slice(0, 12)} is not the merge group's commit ${group.headSha.slice(0, 12)} (merge_group.head_sha)`, {
            hint: "check out the group's commit, as actions/checkout does on a merge_group event",
        });
    const release = releaseOfSubject(await (0,commits/* subjectOf */.et)(ports.git, head), s.branchPrefix);
    if (!release)
        return undefined;
    const number = group.entry.pull;
    if (release.pull !== undefined && release.pull !== number)
        throw new src_errors/* UserError */.yo(`the merge group's head_ref names pull request #${number}, but its commit ${head.slice(0, 12)} merges release PR #${release.pull}`, { hint: 'a merge_group event names the pull request whose merge its commit is; check the event the workflow was given' });
    // The version file's version below the release commit is what the computed version starts from when no tag does.
    const env = ports.env ?? process.env;
    const before = (p) => (p === s.versionFile ? (0,sync/* blobTextSync */.G$)(s.root, env, `${head}^1:${view.prefix}${p}`) : view.read(p));
    const next = await nextRelease(s, ports, scan, before);
    const claimed = release.version;
    const queuedHere = `the release PR #${number} in this merge group releases ${claimed}`;
    const fix = `remove it from the queue; once the commits ahead of it land, the next prepare-release run on ${group.entry.baseBranch} rebuilds it`;
    if (next.version !== claimed)
        throw new src_errors/* UserError */.yo(`${queuedHere}, but the commits ahead of it ${next.version ? `make it ${next.version}` : 'call for no release'} — ${fix}${next.version ? ` as ${next.version}` : ''}`);
    const own = await ownCommits(ports.git, head);
    const section = notesFromChangelog(view.read('CHANGELOG.md') ?? '', claimed) ?? '';
    const missing = next.result.commits.filter((c) => inNotes(c) && !own.has(c.sha) && !section.includes(c.sha.slice(0, 7)));
    if (missing.length > 0) {
        const named = missing.slice(0, 3).map((c) => `${c.sha.slice(0, 7)} ${c.header.slice(0, 72)}`);
        const more = missing.length > 3 ? ` and ${missing.length - 3} more` : '';
        throw new src_errors/* UserError */.yo(`${queuedHere} without the notes of ${missing.length} commit(s) ahead of it (${named.join('; ')}${more}): it should be ${claimed} with them — ${fix}`);
    }
    return {
        ...next.result,
        version: claimed,
        notes: section,
        pr: { number, url: s.repository ? `${s.serverUrl}/${s.repository}/pull/${number}` : '' },
        branch: `${s.branchPrefix}${claimed}`,
        actions: [
            `Merge group ${group.headRef.replace(/^refs\/heads\//, '')}: release PR #${number} releases ${claimed}, the version the commits ahead of it call for, and its notes list each of them. A dry run: nothing was written, pushed or called.`,
        ],
    };
}

;// CONCATENATED MODULE: ./packages/core/src/release/left-alone.ts

/**
 * Whether the open release PR is not this run's to touch, said in `result`: one labelled with the freeze label,
 * or one in the merge queue (GitHub refuses pushes to its branch, and closing it drops it from the queue).
 */
async function leftAlone(s, api, base, open, result) {
    const frozen = open.find((p) => p.labels.includes(s.freezeLabel));
    const queued = frozen || open.length === 0 ? undefined : await queuedReleasePull(api, base, open);
    const pull = frozen ?? queued?.pull;
    if (!pull)
        return false;
    result.mode = 'nothing';
    result.pr = { number: pull.number, url: pull.url };
    result.branch = pull.head;
    if (queued) {
        result.queued = queued.ref.replace(/^refs\/heads\//, '');
        result.actions.push(queuedLine(pull, queued.ref, base));
    }
    else
        result.actions.push(`Release PR #${pull.number} carries the '${s.freezeLabel}' label: it is left alone and no new release PR is opened. Remove the label to let prepare-release update it.`);
    return true;
}

// EXTERNAL MODULE: ./packages/core/src/text/pull-subject.ts
var pull_subject = __webpack_require__(96475);
;// CONCATENATED MODULE: ./packages/core/src/release/landed.ts





/** A subject worth asking GitHub about: a pull request's merge or squash (as a queue writes them), or a release commit. */
const mayBeRelease = (subject) => (0,pull_subject/* pullOfSubject */.L)(subject) !== undefined || subject.startsWith('chore(release): ');
/**
 * The release that landed: HEAD's, else (on a push to the base branch whose `after` is HEAD) the newest
 * first-parent commit of the push that merged a release pull request. A shallow clone is deepened along the
 * base branch until it holds the push's range (so the tag's target is here to tag).
 */
async function landedRelease(s, deps, head) {
    const direct = await detectRelease(s, deps, head);
    if (direct)
        return { commit: head, found: direct };
    const pushed = deps.pushed;
    if (!pushed || pushed.after !== head || !s.base)
        return undefined;
    const git = (0,repo/* asRepo */.lU)(deps.git);
    const base = s.base;
    const line = await (0,git_pushed/* pushedCommits */.cG)({
        parents: async (c) => (await git.commitInfo(c))?.parents,
        async deepen(commits) {
            if (!(await git.isShallow()))
                return false;
            return (await git.deepenBranch('origin', base, commits)).code === 0;
        },
    }, pushed);
    for (const commit of line?.slice(1) ?? []) {
        if (!mayBeRelease(await (0,commits/* subjectOf */.et)(git, commit)))
            continue;
        const found = await detectRelease(s, deps, commit);
        if (!found)
            continue;
        const pull = found.pull ? `#${found.pull.number}` : found.version;
        deps.log.info(`HEAD ${head.slice(0, 7)} merged no release pull request; the push ${pushed.before.slice(0, 7)}..${head.slice(0, 7)} (a merge queue's group) merged ${pull} as ${commit.slice(0, 7)}: that commit is the release.`);
        return { commit, found };
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./packages/core/src/config/config.ts + 2 modules
var config_config = __webpack_require__(30793);
// EXTERNAL MODULE: ./packages/core/src/charts/discover.ts
var discover = __webpack_require__(17892);
// EXTERNAL MODULE: ./packages/core/src/charts/selection.ts
var selection = __webpack_require__(95997);
// EXTERNAL MODULE: ./packages/core/src/settings/read.ts
var read = __webpack_require__(38807);
// EXTERNAL MODULE: ./packages/core/src/settings/table-release.ts
var table_release = __webpack_require__(96615);
;// CONCATENATED MODULE: ./packages/core/src/release/settings.ts












const LOCK_TIMEOUT_MS = 10 * 60 * 1000;
/** Folders never walked; and folders whose files are no package or pin (a chart's Chart.yaml in them still counts). */
const SKIP = new Set(['.git', 'node_modules']);
const NOT_PACKAGES = new Set(['.venv', 'venv', '__pycache__']);
/**
 * One walk of the workspace, symlinks not followed: every file (POSIX,
 * relative) for package and pin globs, outside virtualenvs and caches; and
 * every Chart.yaml, as listChartFiles finds them (it skips only .git and
 * node_modules). Sorted. One walk, not one per list: a large monorepo's tree
 * is read once at the start of every release.
 */
function listFiles(root) {
    const files = [];
    const chartFiles = [];
    const walk = (abs, rel, packages) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(abs, { withFileTypes: true });
        }
        catch (e) {
            // An unreadable folder where packages are looked for is an error; in a virtualenv or cache it is left out
            // (listChartFiles leaves out every folder it cannot read).
            if (packages)
                throw e;
            return;
        }
        for (const e of entries) {
            const r = rel ? `${rel}/${e.name}` : e.name;
            if (e.isDirectory()) {
                if (!SKIP.has(e.name))
                    walk((0,external_node_path_.join)(abs, e.name), r, packages && !NOT_PACKAGES.has(e.name));
            }
            else if (e.isFile()) {
                if (packages)
                    files.push(r);
                if (e.name === 'Chart.yaml')
                    chartFiles.push(r);
            }
        }
    };
    walk(root, '', true);
    return { files: files.sort(), chartFiles: chartFiles.sort() };
}
/** Checks a branch-like input: no option-looking start, no spaces, no `..`, nothing git refuses in a ref. */
function checkRefInput(value, input) {
    if (value.startsWith('-') ||
        /[\s~^:?*[\\\x00-\x1f\x7f]/.test(value) ||
        value.includes('..') ||
        value.includes('@{') ||
        value.endsWith('.lock') ||
        value.endsWith('/') ||
        value.startsWith('/'))
        throw new src_errors/* UserError */.yo(`is '${value}', not a valid branch name`, { input, hint: 'use letters, digits, -, _, . and /' });
    return value;
}
function parseList(text, input) {
    try {
        return (0,yaml_dist/* parse */.qg)(text);
    }
    catch (e) {
        throw new src_errors/* UserError */.yo(`is not valid YAML: ${e.message.split('\n')[0]}`, { input, hint: 'give it like the config key' });
    }
}
function parseLockCommand(text) {
    const v = parseList(text, 'lock-command');
    if (!Array.isArray(v) || v.length === 0 || !v.every((x) => typeof x === 'string' && x !== ''))
        throw new src_errors/* UserError */.yo('is not a list of arguments', { input: 'lock-command', hint: 'write it as [poetry, lock, --no-update]' });
    return v;
}
function parsePins(text) {
    const v = parseList(text, 'pins');
    const ok = Array.isArray(v) && v.every(isPinEntry);
    if (!ok)
        throw new src_errors/* UserError */.yo('is not a list of {files, table, names}', {
            input: 'pins',
            hint: 'e.g. - {files: services/*/pyproject.toml, table: tool.poetry.dependencies, names: [liba]}',
        });
    return v.map((p) => ({ files: p.files, table: p.table, names: p.names }));
}
/** One `pins` entry as the input gives it: {files, table?, names} and no other key. */
function isPinEntry(p) {
    if (p === null || typeof p !== 'object')
        return false;
    const { files, table, names } = p;
    return (typeof files === 'string' &&
        (table === undefined || typeof table === 'string') &&
        Array.isArray(names) &&
        names.length > 0 &&
        names.every((n) => typeof n === 'string') &&
        Object.keys(p).every((k) => ['files', 'table', 'names'].includes(k)));
}
/** The 1-based line where `text` first mentions `needle` after `key:` (for config errors). */
function lineOfKey(text, key, needle) {
    if (!text)
        return undefined;
    const lines = text.split(/\r?\n/);
    const esc = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const i = lines.findIndex((l) => new RegExp(key ? `\\b${key}:\\s*['"]?${esc}` : esc).test(l));
    return i === -1 ? undefined : i + 1;
}
/**
 * Resolves inputs and the config into the settings of a run, validating all
 * of them (and that every path and glob names something) before anything
 * touches the network or the disk. Inputs override the config.
 */
function resolveSettings(inputs, env) {
    return stageSettings(inputs, env).complete();
}
/** resolveSettings in its two stages: the base now, the files when `complete()` is called. */
function stageSettings(inputs, env, loaded) {
    const root = (0,workspace/* resolveInside */.LI)(env.workspace, inputs.workingDirectory, 'working-directory');
    const config = loaded ?? (0,config_config.loadConfig)(root, inputs.config);
    const configText = config.file ? (0,external_node_fs_.readFileSync)((0,workspace/* resolveInside */.LI)(root, config.file, 'config'), 'utf8') : undefined;
    if (semver_default().valid(inputs.initialVersion) !== inputs.initialVersion)
        throw new src_errors/* UserError */.yo(`is '${inputs.initialVersion}', not a SemVer version`, {
            input: 'initial-version',
            hint: 'use MAJOR.MINOR.PATCH, e.g. 0.1.0',
        });
    if (inputs.version !== undefined && semver_default().valid(inputs.version) !== inputs.version)
        throw new src_errors/* UserError */.yo(`is '${inputs.version}', not a SemVer version`, {
            input: 'version',
            hint: 'use MAJOR.MINOR.PATCH without a v, e.g. 1.4.0',
        });
    if (inputs.prerelease !== undefined && !/^[A-Za-z][0-9A-Za-z-]*$/.test(inputs.prerelease))
        throw new src_errors/* UserError */.yo(`is '${inputs.prerelease}'`, { input: 'prerelease', hint: 'use an identifier such as rc, beta or alpha' });
    checkRefInput(inputs.branchPrefix, 'branch-prefix');
    if (inputs.base !== undefined)
        checkRefInput(inputs.base, 'base');
    // Input > config > default, decided for every operation in settings/resolve.ts.
    const resolved = (0,read/* settingsFor */.zc)(table_release/* RELEASE */.g, inputs, config);
    const { tagPrefix } = resolved;
    if (/[\s~^:?*[\\]/.test(tagPrefix) || tagPrefix.startsWith('-'))
        throw new src_errors/* UserError */.yo(`tag prefix '${tagPrefix}' cannot start a git tag name`, { hint: 'use e.g. v or release-' });
    // One walk of the workspace for the assets (now, before any request) and the files a release edits (later).
    let listed;
    const list = () => (listed ??= listFiles(root));
    const base = {
        root,
        assets: assetFiles(inputs.assets, root, list),
        dryRun: inputs.dryRun,
        version: inputs.version,
        prerelease: inputs.prerelease,
        initialVersion: inputs.initialVersion,
        preMajor: inputs.preMajor,
        tagPrefix,
        versionFile: resolved.versionFile,
        chartVersionPolicy: config.chartVersionPolicy,
        changelog: resolved.changelog,
        lockTimeoutMs: LOCK_TIMEOUT_MS,
        branchPrefix: inputs.branchPrefix,
        base: inputs.base ?? (env.ref?.startsWith('refs/heads/') ? env.ref.slice('refs/heads/'.length) : undefined),
        labels: inputs.labels,
        freezeLabel: inputs.freezeLabel,
        author: inputs.author,
        committer: inputs.committer,
        commitMode: resolved.commitMode,
        repository: env.repository,
        serverUrl: env.serverUrl,
        date: env.date,
        ...(resolved.notifyPulls ? { notifyPulls: true } : {}),
    };
    return { base, complete: () => ({ ...base, ...releaseFiles(inputs, root, config, configText, list().files, list().chartFiles) }) };
}
/**
 * The files the `assets` input names (paths or globs, relative to the root; a
 * symlink or a file under .git or node_modules is not one), each attached
 * under its base name: a line matching nothing, or two files of one name,
 * is a usage error before any request.
 */
function assetFiles(patterns, root, list) {
    if (patterns.length === 0)
        return [];
    const paths = [...new Set(patterns.flatMap((p) => matchFiles(list().files, p, 'assets', { input: 'assets' })))];
    const byName = new Map();
    for (const p of paths) {
        const clash = byName.get((0,external_node_path_.basename)(p));
        if (clash)
            throw new src_errors/* UserError */.yo(`: ${clash} and ${p} would both be the release asset ${(0,external_node_path_.basename)(p)}`, {
                input: 'assets',
                hint: 'name one of them, or give them different file names',
            });
        byName.set((0,external_node_path_.basename)(p), p);
    }
    return paths.map((p) => ({ name: (0,external_node_path_.basename)(p), path: (0,external_node_path_.join)(root, p), size: (0,external_node_fs_.statSync)((0,external_node_path_.join)(root, p)).size }));
}
/** The files a release edits, found in the workspace: packages, pins, lock command and charts. */
function releaseFiles(inputs, root, config, configText, files, chartFiles) {
    const packages = [
        ...new Set((inputs.packages.length > 0 ? inputs.packages : config.packages).flatMap((p) => matchFiles(files, p, 'packages', inputs.packages.length > 0 ? undefined : { file: config.file, line: lineOfKey(configText, '', p) }))),
    ];
    const pinRules = inputs.pins !== undefined ? parsePins(inputs.pins) : config.pins;
    const pins = pinRules.map((r) => {
        const where = inputs.pins !== undefined
            ? undefined
            : { file: config.file, line: lineOfKey(configText, 'table', r.table ?? '') ?? lineOfKey(configText, 'files', r.files) };
        return { pattern: r.files, files: matchFiles(files, r.files, 'pins.files', where), table: r.table, names: r.names, where };
    });
    const lockCommand = inputs.lockCommand !== undefined ? parseLockCommand(inputs.lockCommand) : config.lockCommand;
    const allCharts = chartFiles.map((f) => (f === 'Chart.yaml' ? '.' : f.slice(0, -'/Chart.yaml'.length)));
    // The one meaning of charts (charts/selection.ts): the input, else the config's — absent: every chart;
    // `[]`: none, said once; a pattern matching nothing is an error at its line; folders left out are said.
    const tops = (0,discover.findCharts)(chartFiles);
    const lineOf = (path) => (0,config_config.configLine)(config, path);
    const choice = (0,selection/* chartChoice */.SA)(inputs.charts, config, lineOf);
    const ignored = (0,selection/* ignoredEntries */.Ts)(config, lineOf);
    (0,src_errors/* throwAll */.Kx)((0,selection/* unmatchedEntries */.kk)([...(choice.kind === 'patterns' ? choice.entries : []), ...ignored], tops));
    const charts = (0,selection/* selectCharts */.MV)(tops, choice);
    const chartNotes = choice.kind === 'none'
        ? [`${(0,selection/* whereOf */.de)(choice.at)}: charts: [] — no chart to release`]
        : inputs.charts.length > 0
            ? []
            : [(0,selection/* skippedLine */.Bo)((0,selection/* uncoveredCharts */.pg)(tops, choice, ignored), { file: config.file, line: lineOf(['charts']) })].filter((l) => l !== undefined);
    return { packages, pins, charts, allCharts, lockCommand, chartNotes };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./packages/core/src/release/lock.ts





const lock_SKIP = new Set(['.git', 'node_modules', '.venv', 'venv', '__pycache__']);
/** Reads every file under `rel` (workspace-relative, POSIX) so it can be put back byte for byte. */
function snapshotDir(root, rel) {
    const out = new Map();
    const walk = (abs, r) => {
        for (const e of (0,external_node_fs_.readdirSync)(abs, { withFileTypes: true })) {
            const childRel = r === '.' ? e.name : `${r}/${e.name}`;
            if (e.isDirectory()) {
                if (!lock_SKIP.has(e.name))
                    walk((0,external_node_path_.join)(abs, e.name), childRel);
            }
            else if (e.isFile())
                out.set(childRel, (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(abs, e.name)));
        }
    };
    walk((0,workspace/* resolveInside */.LI)(root, rel, 'folder'), rel);
    return out;
}
/** Puts a folder back as the snapshot had it: changed files rewritten, new files removed. */
function restoreDir(root, rel, before) {
    const now = snapshotDir(root, rel);
    for (const [p, data] of before)
        if (!now.get(p)?.equals(data))
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(root, p), data);
    for (const p of now.keys())
        if (!before.has(p))
            (0,external_node_fs_.rmSync)((0,external_node_path_.join)(root, p), { force: true });
}
/** Files that differ between two snapshots of the same folder (changed, added or removed). */
function changedFiles(before, after) {
    const out = new Set();
    for (const [p, d] of after)
        if (!before.get(p)?.equals(d))
            out.add(p);
    for (const p of before.keys())
        if (!after.has(p))
            out.add(p);
    return [...out].sort();
}
/**
 * Names the lock command's environment never holds: every action input
 * (INPUT_GITHUB-TOKEN among them), the runner's own tokens and URLs (cache
 * and artifact service, OIDC), the tokens gh and the CLI read, and git
 * config given through the environment (GIT_CONFIG_PARAMETERS and the
 * GIT_CONFIG_COUNT/KEY_n/VALUE_n entries, where a checkout or lockstep puts
 * an Authorization header).
 */
const SCRUBBED = /^(INPUT_.*|ACTIONS_RUNTIME_TOKEN|ACTIONS_RUNTIME_URL|ACTIONS_RESULTS_URL|ACTIONS_CACHE_URL|ACTIONS_ID_TOKEN_REQUEST_TOKEN|ACTIONS_ID_TOKEN_REQUEST_URL|GITHUB_TOKEN|GH_TOKEN|GH_ENTERPRISE_TOKEN|GITHUB_ENTERPRISE_TOKEN|GIT_CONFIG_PARAMETERS|GIT_CONFIG_COUNT|GIT_CONFIG_KEY_\d+|GIT_CONFIG_VALUE_\d+)$/i;
/**
 * The environment a lock command runs with: the action's, less every
 * credential in it (SCRUBBED). PATH, HOME, the runner's context variables
 * (GITHUB_REPOSITORY, RUNNER_TEMP…) and anything a package manager reads
 * (proxies, registry settings) stay. The lock command is third-party code
 * (a package manager and whatever the lock file's packages run); it gets
 * no way to write to the repository or mint an OIDC token.
 */
function lockCommandEnv(env) {
    const out = {};
    for (const [k, v] of Object.entries(env))
        if (v !== undefined && !SCRUBBED.test(k))
            out[k] = v;
    return out;
}
/**
 * Runs `argv` (no shell) in `dir` with a timeout. A command that cannot be
 * started, exits non-zero or times out is a UserError naming the folder and
 * the command; its output is returned (or carried in the error) for the log.
 */
function runLockCommand(root, dir, argv, timeoutMs, env = process.env) {
    const cwd = (0,workspace/* resolveInside */.LI)(root, dir, 'lock-command folder');
    const shown = argv.join(' ');
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(argv[0], argv.slice(1), { cwd, env: lockCommandEnv(env), shell: false, stdio: ['ignore', 'pipe', 'pipe'] });
        // Our own timer rather than spawn's `timeout`: that one stays armed when the command cannot start,
        // keeping the action alive until it fires.
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
        }, timeoutMs);
        let output = '';
        const add = (d) => {
            if (output.length < 200_000)
                output += d.toString('utf8');
        };
        child.stdout.on('data', add);
        child.stderr.on('data', add);
        child.on('error', (e) => {
            clearTimeout(timer);
            reject(e.code === 'ENOENT'
                ? new src_errors/* UserError */.yo(`lock-command '${argv[0]}' was not found (in ${dir})`, {
                    hint: 'install it in an earlier step, or fix lock-command in the config',
                    cliHint: 'install it (on PATH), or fix lock-command in the config',
                })
                : new src_errors/* UserError */.yo(`lock-command '${shown}' could not start in ${dir}: ${e.message}`, { hint: 'fix lock-command' }));
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            if (code === 0)
                resolve({ dir, output });
            else {
                const why = timedOut
                    ? `timed out after ${Math.round(timeoutMs / 1000)} s`
                    : signal
                        ? `was stopped (${signal})`
                        : `exited with ${code}`;
                const err = new src_errors/* UserError */.yo(`lock-command '${shown}' ${why} in ${dir}; the workspace was restored`, {
                    hint: 'run it locally to see why; its output is in the log group above',
                });
                err.output = output;
                reject(err);
            }
        });
    });
}

;// CONCATENATED MODULE: ./packages/core/src/release/write.ts





/**
 * Writes the planned edits, runs the lock command in each folder whose pins
 * changed, and returns the final contents of every file the commit must
 * hold. On any failure every touched file is put back byte for byte.
 */
async function writeAndLock(s, deps, edits, lockDirs, view) {
    // The changes from HEAD's files; what is written is each file's planned text over what the work tree holds.
    const plan = (0,transaction/* applyEdits */.ct)(s.root, edits, { dryRun: true, fs: view.fs });
    const writes = plan.changes
        .map((c) => ({ path: c.path, before: transaction/* realFs */.Cr.readFile((0,workspace/* resolveInside */.LI)(s.root, c.path, c.path)), after: c.after }))
        .filter((c) => !(0,parts/* sameText */.QV)(c.before, c.after));
    const dirs = s.lockCommand ? lockDirs : [];
    const snapshots = new Map(dirs.map((d) => [d, snapshotDir(s.root, d)]));
    (0,transaction/* commitChanges */.PT)(s.root, writes);
    let restored = false;
    const restore = () => {
        if (restored)
            return;
        restored = true;
        for (const [d, snap] of snapshots)
            restoreDir(s.root, d, snap);
        (0,transaction/* commitChanges */.PT)(s.root, writes.filter((c) => c.before !== undefined).map((c) => ({ path: c.path, before: c.after, after: c.before })));
        for (const c of writes)
            if (c.before === undefined)
                transaction/* realFs */.Cr.unlink((0,workspace/* resolveInside */.LI)(s.root, c.path, c.path));
    };
    try {
        const paths = new Set(plan.changes.map((c) => c.path));
        // A lock file left modified by an earlier run may come out of the lock command unchanged: it still differs from HEAD.
        for (const d of dirs)
            for (const f of view.dirtyUnder(d))
                paths.add(f);
        for (const d of dirs) {
            const before = snapshotDir(s.root, d);
            await deps.log.group(`lock-command in ${d}`, async () => {
                try {
                    const r = await runLockCommand(s.root, d, s.lockCommand, s.lockTimeoutMs, deps.env);
                    deps.log.info(r.output.trimEnd());
                    return r;
                }
                catch (e) {
                    const out = e.output;
                    if (out)
                        deps.log.info(out.trimEnd());
                    throw e;
                }
            });
            for (const f of changedFiles(before, snapshotDir(s.root, d)))
                paths.add(f);
        }
        const prefix = view.prefix;
        const files = [...paths].sort().map((p) => {
            const abs = (0,workspace/* resolveInside */.LI)(s.root, p, p);
            return { path: `${prefix}${p}`, content: (0,external_node_fs_.existsSync)(abs) ? (0,external_node_fs_.readFileSync)(abs) : null };
        });
        return { files, changes: plan.changes, restore };
    }
    catch (e) {
        restore();
        throw e;
    }
}

// EXTERNAL MODULE: ./packages/core/src/settings/validate.ts
var validate = __webpack_require__(93081);
// EXTERNAL MODULE: ./packages/core/src/records/trailers.ts
var trailers = __webpack_require__(73190);
;// CONCATENATED MODULE: ./packages/core/src/operations/release/lazy.ts
// The release's heavy modules, each behind a named getter and loaded on first use: the one place its
// run imports dynamically (index.ts loads the run and the views).
/** The ports of a real run: git, the GitHub client and publishing (release/bind.ts). */
const releaseBinding = () => Promise.all(/* import() */[__webpack_require__.e(9601), __webpack_require__.e(229), __webpack_require__.e(3788)]).then(__webpack_require__.bind(__webpack_require__, 84418));
/** The ports of a dry run: git only, without the GitHub client (release/bind-dry.ts). */
const dryRunBinding = () => __webpack_require__.e(/* import() */ 5944).then(__webpack_require__.bind(__webpack_require__, 85944));

;// CONCATENATED MODULE: ./packages/core/src/operations/release/run.ts
























/**
 * prepare-release and `lockstep release`: the request and the config become
 * settings (every check before any network or write), the token and the base
 * are checked, the ports are opened (git, GitHub and publishing bound to
 * `origin`, or the world's), then the release itself runs, its progress going
 * to the reporter.
 */
async function runRelease(req, world) {
    // A long history is parsed commit by commit, its notes and CHANGELOG.md built line by line: garbage that
    // would grow V8's nursery to its ceiling (100,000 commits peaked ~75 MB higher), little of it kept. Promoted,
    // that garbage (a thousand Chart.yaml parses planned twice, the notes, CHANGELOG.md) grew the old generation
    // far past what is live before a mark-compact: favourSmallHeap, as promote and status.
    (0,young_generation/* holdYoungGeneration */.kK)();
    (0,young_generation/* favourSmallHeap */.T$)();
    // The workspace's files are listed once git walks the commits since the last release (release below).
    const settings = await settingsOf(req, world);
    checkCanWrite(settings.base, world.token);
    const signing = await signingKey(req, settings.base, world);
    try {
        const ports = await openPorts(settings.base, world);
        // git mode's commits are SSH-signed with the key (commit-mode api's are GitHub's to sign).
        if (signing)
            (0,git_signing/* signWith */.Ez)(ports.git, signing);
        // The scan of the commits since the last release has no count to give: a face shows how long it has run.
        const result = await withProgress(world.reporter, 'reading the commits since the last release and planning', () => release(settings, ports));
        return { ...result, dryRun: result.mode === 'dry-run' || settings.base.dryRun, outputs: releaseOutputs(result) };
    }
    finally {
        signing?.cleanup();
    }
}
/** The signing key of a run that writes commits with git, checked before any request or write; else undefined. */
async function signingKey(req, s, world) {
    const source = (0,git_signing/* signingSource */.TP)(req, s.root);
    if (!source || s.dryRun || s.commitMode === 'api')
        return undefined;
    return (0,git_signing/* openSigningKey */.bc)(source, world.env);
}
/**
 * The request and the config as validated settings (the config checked as every command checks it, before any
 * request); where the run happens comes from the world (GITHUB_REF is the default base).
 */
async function settingsOf(req, world) {
    const env = world.env;
    const config = await (0,validate.loadCheckedConfig)((0,workspace/* resolveInside */.LI)(world.workspace, req.workingDirectory, 'working-directory'), req.config);
    return stageSettings(req, {
        workspace: world.workspace,
        ref: env.GITHUB_REF,
        repository: env.GITHUB_REPOSITORY,
        serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
        date: world.date,
    }, config);
}
/** A release with no base branch (a detached HEAD): name the branch. */
const BASE_HINT = (0,src_errors/* words */.aL) `set ${(0,src_errors/* named */.KT)('base')} to the branch releases are made from (e.g. ${(0,src_errors/* named */.KT)('base', 'main')})`;
/** Outside a dry run a release pushes and calls GitHub: it needs a token, and a base branch to release from. */
function checkCanWrite(s, token) {
    if (!s.dryRun && !token)
        throw new src_errors/* UserError */.yo('is empty', {
            input: 'github-token',
            hint: (0,src_errors/* words */.aL) `${(0,src_errors/* setting */.Pe)('github-token')} with contents: write and pull-requests: write, or ${(0,src_errors/* setting */.Pe)('dry-run', 'true')}`,
        });
    if (!s.dryRun && !s.base)
        throw new src_errors/* UserError */.yo((0,src_errors/* words */.aL) `${(0,src_errors/* named */.KT)('base')} is required in detached HEAD`, { hint: BASE_HINT });
}
/**
 * The release's ports bound from the world's services (release/bind.ts, loaded only here; a dry run's from
 * release/bind-dry.ts, without the GitHub client), logging through the world's reporter.
 */
async function openPorts(s, world) {
    const open = s.dryRun ? (await dryRunBinding()).dryRunPorts : (await releaseBinding()).releasePorts;
    const out = { log: releaseLog(world), debug: (line) => world.reporter.debug(line) };
    const ports = await open(s, world.token, world.env, out, world.services);
    // One Repo for the run: what it learns of the repository (shallow or not, origin's tags) is asked once.
    return { ...ports, git: (0,repo/* asRepo */.lU)(ports.git), ...pushOf(s, world), ...groupOf(world) };
}
/** The merge queue entry of a `merge_group` event, its payload checked (a payload that is not GitHub's shape fails here). */
function groupOf(world) {
    const event = world.event();
    return event.name === 'merge_group' ? { group: mergeGroupOf(event.payload) } : {};
}
/** The push to the base branch that started the run, from its event payload (a merge queue lands a group in one). */
function pushOf(s, world) {
    const event = world.event();
    if (event.name !== 'push' || !s.base || event.payload.ref !== `refs/heads/${s.base}`)
        return {};
    const pushed = (0,git_pushed/* pushedRange */.Ri)(event.payload);
    return pushed ? { pushed } : {};
}
/**
 * The release's log. The runner's log folds a line break (⏎) so that no
 * text can start a workflow command; a release's lines (a lock command's
 * output) keep their lines there, each said alone. A terminal prints the text as it is.
 */
function releaseLog(world) {
    const r = world.reporter;
    return {
        info: (text) => {
            if (world.foldsLines)
                for (const line of text.split(/\r\n|\r|\n/))
                    r.info(line);
            else
                r.info(text);
        },
        async group(title, fn) {
            r.group(title);
            try {
                return await fn();
            }
            finally {
                r.endGroup();
            }
        },
    };
}
/** Runs `fn` as one step of unknown length on the reporter's progress: its start, then its end. */
async function withProgress(r, what, fn) {
    r.progress?.({ what });
    try {
        return await fn();
    }
    finally {
        r.progress?.({ what, done: 1, total: 1 });
    }
}
/** The action's outputs of a release result. */
function releaseOutputs(r) {
    return {
        version: r.version ?? '',
        'previous-version': r.previousVersion ?? '',
        bump: r.bump,
        notes: r.notes,
        'pr-number': r.pr ? String(r.pr.number) : '',
        'pr-url': r.pr?.url ?? '',
        branch: r.branch ?? '',
        queued: String(r.queued !== undefined),
        released: String(r.released),
        tag: r.tag ?? '',
    };
}
/**
 * The release itself: on a commit that merged a release PR it publishes
 * (tag + GitHub Release); otherwise it computes the next version and, unless
 * dry run, opens or updates the one release PR.
 */
async function release(settings, ports) {
    const staged = 'complete' in settings ? settings : { base: settings, complete: () => settings };
    // HEAD, whether the clone is shallow and the working directory's prefix: one git start.
    const facts = (0,local_repo/* headFacts */.k2)(ports.git);
    const asked = checkedOutHead(ports.git, facts);
    // git walks the range since the last release while the workspace's files are listed and checked (and GitHub
    // is asked about HEAD); its tags are listed while HEAD is resolved. A shallow clone's fetches wait for the
    // checks. Stopped unless the release is prepared.
    const scan = new CommitScan(ports.git, staged.base.tagPrefix, asked, facts.then((f) => f.shallow));
    try {
        // The walk's git is started first: listing the workspace costs as long as it takes, beside it.
        await scan.walking;
        const s = staged.complete();
        for (const line of s.chartNotes ?? [])
            ports.log.info(line);
        const head = await asked;
        // Planned from HEAD's committed files: a rerun in the same workspace computes the same release.
        const view = await committedView(ports.git, s.root, head, (await facts).prefix, ports.env);
        // One parse cache for the run: the stand-in check and the real plan read the same files.
        const cache = new parse_cache/* ParseCache */.i();
        checkFiles(s, view.read, cache);
        // A merge queue's group whose commit merges the release PR: its version and notes checked against the commits ahead.
        const queued = ports.group ? await checkQueuedRelease(s, ports, head, view, scan) : undefined;
        if (queued)
            return queued;
        if (!s.dryRun) {
            if (!ports.api || !ports.publish)
                throw new Error('prepare-release needs the GitHub client outside a dry run');
            const landed = await landedRelease(s, ports, head);
            if (landed) {
                scan.stop();
                return await publishRelease(s, ports, landed.commit, landed.found);
            }
        }
        return await prepare(s, ports, head, view, cache, scan);
    }
    finally {
        scan.stop();
    }
}
/**
 * commit-mode api: GitHub signs only a commit it authors itself, so the
 * author setting is not used, and the committer only for others' commits
 * re-applied on the release branch. Said when they were set, not silently dropped.
 */
function identityWarnings(s) {
    if (s.commitMode !== 'api' || s.dryRun)
        return [];
    const set = (p) => p.name !== identity/* BOT_IDENTITY */.br.name || p.email !== identity/* BOT_IDENTITY */.br.email;
    const out = [];
    if (set(s.author))
        out.push('commit-mode api: the author setting is not used — GitHub authors and signs the release commit itself (a custom author would leave it unverified)');
    if (set(s.committer))
        out.push("commit-mode api: the committer setting applies only to others' commits re-applied on the release branch and to nothing lockstep authors (GitHub commits and signs those itself)");
    return out;
}
/**
 * HEAD's commit, asked once; a fresh `git init`, an unborn branch or a bare
 * repository is said as what it is (headProblem), not as a git failure.
 */
async function checkedOutHead(git, facts) {
    const sha = (await facts).head;
    if (sha)
        return sha;
    throw (await (0,local_repo/* headProblem */.Y2)(git, 'nothing to release')) ?? new Error('HEAD names no commit');
}
/**
 * Reads and checks every file the release will edit (version file, packages,
 * pin tables, charts) before any fetch or API call, with a stand-in version
 * above any real one: a broken file fails the run before it touches the network.
 */
function checkFiles(s, read, cache) {
    planReleaseFiles({ ...s, version: '999999.0.0', notes: '', read, cache });
}
/**
 * The release's file edits with its notes, rendered in parts into the plan:
 * the new CHANGELOG.md's text is made of the same parts, never joined whole.
 */
function planWithNotes(s, next, view, cache) {
    const version = next.version;
    return planReleaseFiles({
        version,
        versionFile: s.versionFile,
        packages: s.packages,
        pins: s.pins,
        charts: s.charts,
        allCharts: s.allCharts,
        chartVersionPolicy: s.chartVersionPolicy,
        changelog: s.changelog,
        notes: renderNotesParts(next.result.commits, {
            version,
            previous: next.lastVersion,
            tagPrefix: s.tagPrefix,
            serverUrl: s.serverUrl,
            repository: s.repository,
            date: s.date,
        }),
        date: s.date,
        read: view.read,
        cache,
    });
}
/**
 * The next version, its notes and file edits; then, unless dry run or a
 * frozen or queued release PR, the release commit (lock command run, workspace put
 * back whatever happens) pushed to its branch and the pull request opened or updated.
 */
async function prepare(s, ports, head, view, cache, scan) {
    const next = await nextRelease(s, ports, scan, view.read);
    if (!next.version)
        return next.result;
    const version = next.version;
    const plan = planWithNotes(s, next, view, cache);
    // The same text, held once with the new CHANGELOG.md's when it is in there.
    const notes = plan.notes;
    const ignored = view.ignored();
    if (ignored.length > 0)
        ports.log.info(`planned from HEAD's committed files; uncommitted changes to ${ignored.join(', ')} are ignored`);
    const result = {
        ...next.result,
        version,
        notes,
        rows: plan.rows,
        lockDirs: s.lockCommand ? plan.lockDirs : [],
        warnings: [...next.result.warnings, ...plan.warnings, ...identityWarnings(s)],
    };
    const branch = `${s.branchPrefix}${version}`;
    result.branch = branch;
    if (s.dryRun) {
        result.changes = (0,transaction/* applyEdits */.ct)(s.root, plan.edits, { dryRun: true, fs: view.fs }).changes;
        if (s.lockCommand && plan.lockDirs.length > 0)
            result.actions.push(`Would run ${s.lockCommand.join(' ')} in ${plan.lockDirs.join(', ')}.`);
        result.actions.push(`Dry run: ${result.changes.length} file(s) would change for ${version}; nothing was written, pushed or called.`);
        return result;
    }
    const api = ports.api;
    if (!s.base)
        throw new src_errors/* UserError */.yo((0,src_errors/* words */.aL) `${(0,src_errors/* named */.KT)('base')} is required in detached HEAD`, { hint: BASE_HINT });
    const open = await api.findOpenPulls({ branchPrefix: s.branchPrefix, base: s.base });
    if (await leftAlone(s, api, s.base, open, result))
        return result;
    // Write, run the lock command, read back what the commit must hold; any failure puts every byte back.
    const { files, changes, restore } = await writeAndLock(s, ports, plan.edits, plan.lockDirs, view);
    result.changes = changes;
    result.mode = 'pull-request';
    // From here on the workspace holds the release; it is put back as it was when the run ends, whatever
    // the outcome: the release lives on its branch, and later steps (or a retry) see the checkout.
    try {
        const commit = {
            base: s.base,
            head,
            branch,
            files,
            message: `chore(release): ${version}\n\n${(0,trailers/* releaseTrailerLine */.Z3)(`${s.tagPrefix}${version}`)}\n`,
            author: s.author,
            committer: s.committer,
        };
        const { pushed, conflict, commits } = await pushReleaseBranch(ports.git, ports.publish, commit, result.actions);
        if (commits)
            result.apiCommits = commits;
        await handOverToPull(api, { base: s.base, labels: s.labels, commitMode: s.commitMode }, { version, notes, rows: plan.rows, branch, open, conflict, pushed }, result);
        return result;
    }
    finally {
        restore();
    }
}


/***/ }),

/***/ 73190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BH: () => (/* binding */ generatedBy),
/* harmony export */   GG: () => (/* binding */ promotionTrailerLines),
/* harmony export */   HQ: () => (/* binding */ fixMarksOf),
/* harmony export */   Md: () => (/* binding */ promotionsIn),
/* harmony export */   U4: () => (/* binding */ olderPromotionWords),
/* harmony export */   V7: () => (/* binding */ lockstepLines),
/* harmony export */   Z3: () => (/* binding */ releaseTrailerLine),
/* harmony export */   ah: () => (/* binding */ vouch),
/* harmony export */   bB: () => (/* binding */ lockstepBlock),
/* harmony export */   ds: () => (/* binding */ claimsOf)
/* harmony export */ });
/* unused harmony exports TRAILER, vouchedRecords */
// The machine-readable trailers lockstep's own commits carry, written by
// promote-env (a promotion) and prepare-release (a release), and read back by
// the one reader of lockstep's records (records/history.ts): metrics, record:
// deployments. Keys and values are documented in docs/metrics.md.
/** The keys, each on a line of its own in the commit message's trailer block. */
const TRAILER = {
    environment: 'Lockstep-Environment',
    from: 'Lockstep-From',
    rollback: 'Lockstep-Rollback',
    service: 'Lockstep-Service',
    chart: 'Lockstep-Chart',
    release: 'Lockstep-Release',
    generated: 'Lockstep-Generated',
    /** A team's mark on a change (never written by lockstep): the release it repairs (docs/metrics.md). */
    fixes: 'Lockstep-Fixes',
};
/** A value on one trailer line: no line break, no leading or trailing blank (a tag or ref never has any). */
function oneLine(v) {
    return v.replace(/[\r\n]+/g, ' ').trim();
}
/** The trailer lines of a promotion, in a fixed order (before `Lockstep-Generated: promote-env`). */
function promotionTrailerLines(p) {
    const lines = [`${TRAILER.environment}: ${oneLine(p.environment)}`, `${TRAILER.from}: ${oneLine(p.from)}`];
    if (p.rollback)
        lines.push(`${TRAILER.rollback}: true`);
    // A service line is three words: no blank inside a name, tag or digest (none has one) can shift the others.
    const word = (v) => (v ?? '').replace(/\s+/g, '') || '-';
    for (const s of p.services)
        lines.push(`${TRAILER.service}: ${word(s.name)} ${word(s.tag)} ${word(s.digest)}`);
    if (p.chart !== undefined)
        lines.push(`${TRAILER.chart}: ${oneLine(p.chart)}`);
    return lines;
}
/** The trailer line of a release commit: `Lockstep-Release: v1.4.0`. */
function releaseTrailerLine(tag) {
    return `${TRAILER.release}: ${oneLine(tag)}`;
}
/**
 * The `Lockstep-*: value` lines of a message wherever they are: what a commit
 * claims, counted but never believed (a squash merge's body, a pasted
 * description). Only a trailer block git parsed is read (lockstepBlock).
 */
function lockstepLines(message) {
    const out = [];
    // Most commits are not lockstep's: one search instead of a split.
    if (!message.includes('Lockstep-'))
        return out;
    for (const raw of message.split('\n')) {
        const m = /^\s*(Lockstep-[A-Za-z]+):[ \t]*(.*?)\s*$/.exec(raw);
        // A team's own mark claims no record of lockstep's: it is read apart (fixMarksOf).
        if (m && m[1] !== TRAILER.fixes)
            out.push({ key: m[1], value: m[2] });
    }
    return out;
}
/**
 * The `Lockstep-*` trailers of a message's trailer block as git parses it:
 * `parsed` is git's `%(trailers:only,unfold)` of the commit, one `Key: value`
 * a line. Git takes only the message's last paragraph, and only when it reads
 * as trailers: a `Lockstep-*` line in the middle of a body is not one.
 */
function lockstepBlock(parsed) {
    const out = [];
    for (const line of parsed.split('\n')) {
        const m = /^(Lockstep-[A-Za-z]+): ?(.*?)\s*$/.exec(line);
        if (m && m[1] !== TRAILER.fixes)
            out.push({ key: m[1], value: m[2] });
    }
    return out;
}
/**
 * The values of `Lockstep-Fixes` trailers in a trailer block as git parses it (`parsed`, one `Key: value` a
 * line): the releases a change says it repairs (`1.4.0`, `v1.4.0`). Only the block counts, as for lockstep's
 * own trailers: a line in the middle of a description is no mark.
 */
function fixMarksOf(parsed) {
    if (!parsed.includes(TRAILER.fixes))
        return [];
    const out = [];
    for (const line of parsed.split('\n')) {
        const m = /^Lockstep-Fixes: ?(.*?)\s*$/.exec(line);
        if (m && m[1] !== '')
            out.push(m[1]);
    }
    return out;
}
/** True when the trailer block holds `Lockstep-Generated: <action>`. */
function generatedBy(block, action) {
    return block.some((t) => t.key === TRAILER.generated && t.value === action);
}
/**
 * The promotions of trailer lines: one per `Lockstep-Environment` line, with
 * the lines that follow it up to the next one. Lines before the first
 * environment belong to none.
 */
function promotionsIn(trailers) {
    const out = [];
    let cur;
    for (const { key, value } of trailers) {
        if (key === TRAILER.environment) {
            cur = { environment: value, from: '', rollback: false, services: [] };
            out.push(cur);
        }
        else if (!cur)
            continue;
        else if (key === TRAILER.from)
            cur.from = value;
        else if (key === TRAILER.rollback)
            cur.rollback = value === 'true';
        else if (key === TRAILER.chart)
            cur.chart = value;
        else if (key === TRAILER.service) {
            const [name, tag, digest] = value.split(/\s+/);
            if (name)
                cur.services.push({ name, ...(tag && tag !== '-' ? { tag } : {}), ...(digest && digest !== '-' ? { digest } : {}) });
        }
    }
    return out;
}
/** What `message` and `block` (its git-parsed `Lockstep-*` trailers) claim; `elsewhere`: Lockstep lines of other messages (vouchedRecords). */
function claimsOf(message, block, elsewhere) {
    const claimed = lockstepLines(message).length + elsewhere;
    const none = { claimed, block: block.length, promoteEnv: false, prepareRelease: false, promotions: [], releases: [], claimedReleases: 0 };
    if (claimed === 0 && block.length === 0)
        return none;
    const version = /^chore\(release\): (\S+)/.exec(message.split('\n', 1)[0] ?? '')?.[1];
    const prepareRelease = generatedBy(block, 'prepare-release') && version !== undefined;
    const claimedReleases = block.filter((t) => t.key === TRAILER.release).map((t) => t.value);
    return {
        ...none,
        promoteEnv: generatedBy(block, 'promote-env'),
        prepareRelease,
        promotions: promotionsIn(block),
        releases: prepareRelease ? claimedReleases.filter((tag) => tag.endsWith(version)) : [],
        claimedReleases: claimedReleases.length,
    };
}
/**
 * What a commit that landed on the base branch records, believing only what
 * lockstep wrote. `message` and `block` are the record's message and its
 * git-parsed trailer block (lockstepBlock): the commit's own for a direct
 * push, a squash or a rebase merge; its merged side's for a merge commit
 * (GitHub writes a merge's own message, lockstep never does). `elsewhere`
 * counts the `Lockstep-*` lines of messages that are not the record (a
 * merge's own). `touched` names the environments whose files (values file,
 * Application) the landed commit changed against its first parent.
 *
 * - A promotion counts when the block holds `Lockstep-Generated: promote-env`
 *   and its `Lockstep-Environment` is one whose files the commit changed.
 * - A release counts when the block holds `Lockstep-Generated: prepare-release`,
 *   the title is prepare-release's `chore(release): <version>` (a squash adds
 *   ` (#12)`) and the `Lockstep-Release` tag ends in that version.
 * - Anything else, and every `Lockstep-*` line outside the block, is ignored.
 */
function vouchedRecords(message, block, elsewhere, touched) {
    return vouch(claimsOf(message, block, elsewhere), touched);
}
/** What lockstep vouches for of `claims` (claimsOf) once the environments whose files the commit changed are known (vouchedRecords). */
function vouch(claims, touched) {
    const { claimed, block, promoteEnv, prepareRelease, releases, claimedReleases } = claims;
    if (claimed === 0 && block === 0)
        return { promotions: [], releases: [], generated: false, ignored: false };
    const promotions = promoteEnv ? claims.promotions.filter((p) => touched.includes(p.environment)) : [];
    // One commit is a promotion or a release, never both. An older promotion names no environment (its
    // landing is inferred from its files), an older release commit no tag.
    const own = promoteEnv !== prepareRelease &&
        (promoteEnv
            ? touched.length > 0 && (claims.promotions.length === 0 || promotions.length > 0)
            : claims.promotions.length === 0 && releases.length === claimedReleases);
    if (!own)
        return { promotions: [], releases: [], generated: false, ignored: true };
    const whole = claimed === block && promotions.length === claims.promotions.length && releases.length === claimedReleases;
    return { promotions, releases, generated: true, ignored: !whole };
}
/**
 * What an older promote-env commit (before the trailers) says in its own
 * words: `promote: <from> → <env> (…)` as its title, `promote: rollback <ref> → …`
 * for a rollback, and one `- service: old → new (digest)` line per change.
 * The digest there is shortened; the environment is taken from the files the commit changed.
 */
function olderPromotionWords(message) {
    const title = message.split('\n', 1)[0] ?? '';
    const m = /^promote: (.+?) → (\S+)/.exec(title);
    const from = m?.[1];
    const rollback = from?.startsWith('rollback ') ?? false;
    const services = [];
    for (const line of message.split('\n')) {
        const s = /^- ([^:\s]+): \S+ → (\S+)(?: \(([^)]*)\))?$/.exec(line.trim());
        if (s && s[1] !== 'chart')
            services.push({ name: s[1], ...(s[2] !== '—' ? { tag: s[2] } : {}) });
    }
    return { ...(from ? { from: rollback ? `ref:${from.slice('rollback '.length)}` : from } : {}), rollback, services };
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

/***/ 96475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ pullOfSubject)
/* harmony export */ });
/**
 * `(#12)` at the end of a squash-merge subject, or `Merge pull request #12` of
 * a merge commit: what GitHub writes by default, whether the pull request was
 * merged directly or by a merge queue (the queue writes the same commit on its
 * gh-readonly-queue/ branch, then fast-forwards the base branch to it).
 */
function pullOfSubject(subject) {
    const squash = /^(.*?)\s*\(#(\d{1,9})\)\s*$/.exec(subject);
    if (squash)
        return { number: Number(squash[2]), title: squash[1] };
    const merge = /^Merge pull request #(\d{1,9}) from \S+/.exec(subject);
    return merge ? { number: Number(merge[1]), title: subject } : undefined;
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
