export const id = 5063;
export const ids = [5063,2819,5997,7892,7135,6744];
export const modules = {

/***/ 92717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   completionValues: () => (/* binding */ completionValues)
/* harmony export */ });
/* harmony import */ var _lockstep_core_config_config__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30793);
/* harmony import */ var _lockstep_core_charts_discover__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17892);
/* harmony import */ var _lockstep_core_charts_selection__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95997);
/* harmony import */ var _lockstep_core_charts_tree__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7135);




// The values a completion script offers after a flag (completion.ts's VALUE_FLAGS), read from the config
// when TAB is pressed: what `lockstep __complete-values <kind>` prints, one a line.
/**
 * The `kind` values of the config at `configPath` (the default `.github/lockstep.yml` when empty) in
 * `root`: environment names in promotion order (then the `waves:` names, for `--to`), service names, or the chart folders the config's
 * `charts:` selects (every chart folder without it), as `--charts` takes them; a value holding a
 * control character (a newline would make it two lines) is left out.
 */
function completionValues(root, kind, configPath) {
    return configValues(root, kind, configPath).filter((v) => v !== '' && !CONTROL.test(v));
}
/** A newline would split a value in two on the way to the shell; no other control character is typed. */
const CONTROL = /[\u0000-\u001f\u007f]/;
function configValues(root, kind, configPath) {
    const config = (0,_lockstep_core_config_config__WEBPACK_IMPORTED_MODULE_0__.loadConfig)(root, configPath);
    const environments = config.environments.map((e) => e.name);
    if (kind === 'environments')
        return environments;
    // promote's --to: an environment, or a waves: name (promoted one after the other).
    if (kind === 'targets')
        return [...environments, ...Object.keys(config.waves ?? {}).filter((w) => !environments.includes(w))];
    if (kind === 'services')
        return Object.keys(config.services);
    // Only where a chart folder is: a `charts:` entry matching nothing is the commands' error, not completion's.
    return (0,_lockstep_core_charts_selection__WEBPACK_IMPORTED_MODULE_2__/* .selectCharts */ .MV)((0,_lockstep_core_charts_discover__WEBPACK_IMPORTED_MODULE_1__.findCharts)((0,_lockstep_core_charts_tree__WEBPACK_IMPORTED_MODULE_3__.listChartFiles)(root)), (0,_lockstep_core_charts_selection__WEBPACK_IMPORTED_MODULE_2__/* .chartChoice */ .SA)([], config, () => undefined));
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

/***/ 29002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F8: () => (/* binding */ stripBom),
/* harmony export */   Gt: () => (/* binding */ frame),
/* harmony export */   _x: () => (/* binding */ parseJsonWith),
/* harmony export */   bq: () => (/* binding */ parseJsonAt),
/* harmony export */   mh: () => (/* binding */ lineAt)
/* harmony export */ });
/* unused harmony export lineEnding */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

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
        throw jsonSyntaxError(await __webpack_require__.e(/* import() */ 9547).then(__webpack_require__.t.bind(__webpack_require__, 99547, 23)), body, file, hint, what, e);
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

/***/ 31703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ camel)
/* harmony export */ });
/** `tag-prefix` → `tagPrefix`: a setting's (or a config key's) field in the code. */
function camel(key) {
    return key.replace(/-([a-z])/g, (_m, c) => c.toUpperCase());
}


/***/ }),

/***/ 8473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   Fp: () => (/* binding */ DURATION_HINT),
/* harmony export */   a3: () => (/* binding */ formatDuration)
/* harmony export */ });
// Durations as the config and the inputs write them: `30m`, `1h`, `2d`, or
// units together from the largest down (`1h30m`, `2d12h`). Strict: no spaces,
// no fractions, no other unit, each unit at most once, so a typo is an error
// rather than a different duration.
const DURATION = /^(?:(\d{1,4})d)?(?:(\d{1,5})h)?(?:(\d{1,6})m)?$/;
const MINUTE = 60_000;
/** Milliseconds of a duration such as `30m`, `1h`, `2d` or `1h30m`; undefined when the text is not one. */
function parseDuration(text) {
    const m = DURATION.exec(text.trim());
    if (!m || text.trim() === '')
        return undefined;
    const [d, h, min] = [m[1], m[2], m[3]].map((v) => Number(v ?? 0));
    return ((d * 24 + h) * 60 + min) * MINUTE;
}
/** The hint every duration error gives. */
const DURATION_HINT = 'write a number and a unit (m, h or d), e.g. 30m, 1h, 2d or 1h30m';
/**
 * A duration for people, rounded up to the minute (a wait of 29m10s is said
 * `30m`, never a shorter wait than the real one): `30m`, `1h`, `1h 5m`, `2d 3h`.
 */
function formatDuration(ms) {
    let minutes = Math.max(0, Math.ceil(ms / MINUTE));
    const d = Math.floor(minutes / 1440);
    minutes -= d * 1440;
    const h = Math.floor(minutes / 60);
    const m = minutes - h * 60;
    const parts = [d ? `${d}d` : '', h ? `${h}h` : '', m ? `${m}m` : ''].filter(Boolean);
    return parts.length > 0 ? parts.join(' ') : '0m';
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


/***/ })

};
