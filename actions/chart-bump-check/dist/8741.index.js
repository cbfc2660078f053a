export const id = 8741;
export const ids = [8741];
export const modules = {

/***/ 17892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C9: () => (/* binding */ chartOwner),
/* harmony export */   Jd: () => (/* binding */ findCharts),
/* harmony export */   Jr: () => (/* binding */ chartPatternMatcher),
/* harmony export */   Q1: () => (/* binding */ topChartDirs),
/* harmony export */   eP: () => (/* binding */ normalizePattern)
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
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/charts/discover.ts
var discover = __webpack_require__(17892);
// EXTERNAL MODULE: ./packages/core/src/charts/suggest.ts
var suggest = __webpack_require__(88225);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
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

/***/ 62368:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ET: () => (/* binding */ fromUserError),
/* harmony export */   Vw: () => (/* binding */ formatProblem),
/* harmony export */   Yl: () => (/* binding */ asUserError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

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

/***/ 92536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LI: () => (/* binding */ resolveInside),
/* harmony export */   dO: () => (/* binding */ resolveWorkingDirectory)
/* harmony export */ });
/* unused harmony exports workspaceRelative, refuseBare, resolveExistingFolder, insideGitCheckout */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);
/* harmony import */ var _text_suggest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24619);




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

/***/ 53852:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $q: () => (/* binding */ commitsBetween),
/* harmony export */   AX: () => (/* binding */ deepenBranch),
/* harmony export */   BA: () => (/* binding */ fetchRefs),
/* harmony export */   CS: () => (/* binding */ listFiles),
/* harmony export */   D3: () => (/* binding */ commitOf),
/* harmony export */   FT: () => (/* binding */ tagRefspec),
/* harmony export */   Mx: () => (/* binding */ commitsInRanges),
/* harmony export */   et: () => (/* binding */ subjectOf),
/* harmony export */   l0: () => (/* binding */ lastCommitOf),
/* harmony export */   ls: () => (/* binding */ firstParentLog),
/* harmony export */   mM: () => (/* binding */ firstParentsSince),
/* harmony export */   oZ: () => (/* binding */ commitInfo),
/* harmony export */   pR: () => (/* binding */ pathsUnder),
/* harmony export */   rd: () => (/* binding */ isAncestorOf),
/* harmony export */   vl: () => (/* binding */ changedPaths)
/* harmony export */ });
/* unused harmony exports rangeKey, catCommit, rawDiffTree, blobSize, catBlob, treeIdOf */
/* harmony import */ var _spawn_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90669);

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
    const r = await git(['ls-tree', '-r', '-z', '--name-only', commit, '--', dir]);
    return r.code === 0
        ? r.stdout
            .toString('utf8')
            .split('\0')
            .filter((p) => p !== '')
        : undefined;
}
/** The subject line of `commit` (`git log -1 --format=%s`), trimmed. */
async function subjectOf(git, commit) {
    return (await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .gitText */ .q_)(git, ['log', '-1', '--format=%s', commit, '--'])).trim();
}
/** Whether `ancestor` is `commit` or one of its ancestors (false too when git cannot tell, e.g. below a shallow boundary). */
async function isAncestorOf(git, ancestor, commit) {
    return (await git(['merge-base', '--is-ancestor', '--end-of-options', ancestor, commit])).code === 0;
}


/***/ }),

/***/ 24673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ localGitAt)
/* harmony export */ });
/* unused harmony export localText */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _spawn_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90669);


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

/***/ 58162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jh: () => (/* binding */ isCommitId)
/* harmony export */ });
/* unused harmony exports assertRefInput, checkRefName, checkBranchNames, assertRemoteName */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

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

/***/ 63164:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lU: () => (/* binding */ asRepo)
/* harmony export */ });
/* unused harmony exports remoteTagList, openRepo */
/* harmony import */ var _commits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53852);
/* harmony import */ var _local_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24673);
/* harmony import */ var _spawn_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90669);



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

/***/ 90669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ej: () => (/* binding */ DEEPEN_STEPS),
  NV: () => (/* binding */ GIT_ENV),
  SG: () => (/* binding */ GIT_FETCH),
  YH: () => (/* binding */ GIT_NO_HOOKS),
  q_: () => (/* binding */ gitText),
  W_: () => (/* binding */ gitTry),
  Iz: () => (/* binding */ spawnGit)
});

// UNUSED EXPORTS: gitRecords

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
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
class nul_records_NulRecords {
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
        const records = new nul_records_NulRecords(onRecord);
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

/***/ 86671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  changedChartsOutput: () => (/* binding */ changedChartsOutput),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/checks/problem.ts
var problem = __webpack_require__(62368);
// EXTERNAL MODULE: ./packages/core/src/config/names.ts
var names = __webpack_require__(16744);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/fs/workspace.ts
var workspace = __webpack_require__(92536);
// EXTERNAL MODULE: ./packages/core/src/git/repo.ts
var repo = __webpack_require__(63164);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./packages/core/src/git/spawn.ts + 1 modules
var spawn = __webpack_require__(90669);
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
var refs = __webpack_require__(58162);
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

// EXTERNAL MODULE: ./packages/core/src/charts/selection.ts + 1 modules
var selection = __webpack_require__(5479);
// EXTERNAL MODULE: ./packages/core/src/settings/read.ts + 1 modules
var read = __webpack_require__(41547);
// EXTERNAL MODULE: ./packages/core/src/settings/table-check.ts
var table_check = __webpack_require__(58302);
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
    const overlays = (config?.environments ?? []).flatMap((e, i) => e.kustomization !== undefined
        ? [
            {
                pattern: inRepo(e.kustomization),
                written: e.kustomization,
                ...fromConfig(['environments', i, 'kustomization'], `environments[${i}].kustomization`),
                protected: e.protected,
            },
        ]
        : []);
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
        protectedFiles: environments.filter((e) => e.protected).map((e) => e.target),
        configuredFiles: environments.filter((e) => !e.protected).map((e) => e.target),
        protectedGlobs: req.protectedGlobs.map((g) => ({ pattern: inRepo(g), written: g, input: 'protected-values' })),
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
        if (!e.protected || !e.application)
            return [];
        const file = e.application.split('#')[0];
        return [{ pattern: inRepo(file), written: file, ...fromConfig(['environments', i, 'application'], `environments[${i}].application`) }];
    });
    const globs = (req.protectedApplications ?? []).map((g) => ({ pattern: inRepo(g), written: g, input: 'protected-applications' }));
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

;// CONCATENATED MODULE: ./packages/core/src/operations/check/contract.ts
// chart-bump-check's values contract (issue 74): for each environment the
// check renders, every key its values files set that no template of the chart
// (its subcharts, global) reads is a finding at the key's line, with the
// nearest key the chart reads (checks/values-contract.ts). Each environment's
// `values-contract` decides what a finding does: error fails the check, warn
// annotates it, off skips the environment.


/** Collects each rendered environment's values contract as the check's problems and its JSON sections. */
class CheckContract {
    problems = [];
    sections = [];
    config;
    given;
    judgeWith;
    /** The charts judged in this run, read once for all their environments. */
    cache = new Map();
    constructor(config, given, judge) {
        this.config = config;
        this.given = given;
        this.judgeWith = judge;
    }
    /** The environment's mode: the input, its values-contract, the top's, else error when protected, warn otherwise. */
    modeOf(environment) {
        return (0,read/* settingsFor */.zc)(table_check/* CHECK */.f, { valuesContract: this.given }, this.config, { environment: environment.name }).valuesContract;
    }
    /** Judges the values files the head's render of `environment` (`label`) reads against the chart at `dir`. */
    async judge(environment, label, chart, dir, head) {
        const mode = this.modeOf(environment);
        if (mode === 'off' || 'unavailable' in head.side || !('files' in head.side.chart) || !head.valueFiles?.length)
            return;
        const found = await this.judgeWith(dir, head.side.chart.files, head.valueFiles, this.cache);
        const level = mode === 'error' ? 'error' : 'warning';
        const otherwise = `or set values-contract: ${mode === 'error' ? 'warn' : 'off'} for ${environment.name} in the config`;
        if ('failed' in found) {
            const e = found.failed;
            this.sections.push({ environment: label, mode, chart, files: [], failed: `${e.file ?? dir}:${e.line ?? 1}: ${e.detail}` });
            this.problems.push({
                level,
                file: e.file ?? dir,
                line: e.line,
                message: `values-contract: ${label}: chart ${chart}'s values keys could not be read: ${e.detail}`,
                hint: `${e.hint ?? 'fix the file'}, ${otherwise}`,
            });
            return;
        }
        const files = found.reports.map((r) => ({ file: r.file, checked: r.checked, unread: r.unread.length, notTraced: r.notTraced }));
        this.sections.push({ environment: label, mode, chart, files });
        for (const r of found.reports)
            for (const u of r.unread)
                this.problems.push({
                    level,
                    file: u.file,
                    line: u.line,
                    message: `values-contract: ${label}: ${u.key} is set, but no template of chart ${chart} reads it${u.suggestion ? `; did you mean ${u.suggestion}?` : ''}`,
                    hint: `move it where the chart reads it or remove it, ${otherwise}`,
                });
    }
}

// EXTERNAL MODULE: ./packages/core/src/operations/check/verdicts.ts
var verdicts = __webpack_require__(32341);
;// CONCATENATED MODULE: ./packages/core/src/operations/check/lazy.ts
// The check's heavy modules, each behind a named getter and loaded on first use: run.ts starts git
// first and asks for these while git works. The one place the check's run imports dynamically
// (index.ts loads the run and the views); the functions it calls take what these give, never a module.
/** The chart-bump rules (YAML, SemVer, globs): checks/chart-bump.ts. */
const chartBumpRules = () => Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(8105), __webpack_require__.e(6082), __webpack_require__.e(9159), __webpack_require__.e(9096), __webpack_require__.e(5369), __webpack_require__.e(7702)]).then(__webpack_require__.bind(__webpack_require__, 47702));
/** The config loader and its JSON Schema validator, only when there is a config to read. */
const configLoader = () => Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(8105), __webpack_require__.e(9096), __webpack_require__.e(6200)]).then(__webpack_require__.bind(__webpack_require__, 86200));
/** Rendered manifest diffs (Helm), only when render is not off. */
const renderer = () => Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(8105), __webpack_require__.e(6082), __webpack_require__.e(9159), __webpack_require__.e(5382), __webpack_require__.e(6118), __webpack_require__.e(9730), __webpack_require__.e(7291), __webpack_require__.e(9096), __webpack_require__.e(6200), __webpack_require__.e(5369), __webpack_require__.e(5131), __webpack_require__.e(9410), __webpack_require__.e(5266), __webpack_require__.e(8326), __webpack_require__.e(8883)]).then(__webpack_require__.bind(__webpack_require__, 38883));
/** Every check a command runs on the config alone, only when a pull request changes the config. */
const configChecks = () => Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(8105), __webpack_require__.e(9096), __webpack_require__.e(6200), __webpack_require__.e(1530)]).then(__webpack_require__.bind(__webpack_require__, 1530));
/** The promotion gates' checks of the config besides, only when a pull request changes the config. */
const gateConfigChecks = () => Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(8105), __webpack_require__.e(6082), __webpack_require__.e(9159), __webpack_require__.e(5382), __webpack_require__.e(9730), __webpack_require__.e(9096), __webpack_require__.e(6200), __webpack_require__.e(5369), __webpack_require__.e(5131), __webpack_require__.e(5266), __webpack_require__.e(2742)]).then(__webpack_require__.bind(__webpack_require__, 32742));
/** Schema validation of the rendered environments, with render (the Kubernetes schemas load on the first object). */
const validator = () => Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(8105), __webpack_require__.e(5382), __webpack_require__.e(9096), __webpack_require__.e(6200), __webpack_require__.e(5131), __webpack_require__.e(2097)]).then(__webpack_require__.bind(__webpack_require__, 32097));
/** The values contract of the rendered environments (the Go template reader), with render. */
const contractReader = () => Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(6082), __webpack_require__.e(9159), __webpack_require__.e(6118), __webpack_require__.e(5995), __webpack_require__.e(9421)]).then(__webpack_require__.bind(__webpack_require__, 48216));
/** The chart registry's published versions, only with a chart-registry in the base's config. */
const publishedCharts = () => Promise.all(/* import() */[__webpack_require__.e(3325), __webpack_require__.e(6827)]).then(__webpack_require__.bind(__webpack_require__, 96827));
/** The merge queue's entry base and who took a version (operations/check/queue.ts), only when the event or a refusal asks. */
const mergeQueue = () => Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(6082), __webpack_require__.e(4592)]).then(__webpack_require__.bind(__webpack_require__, 4592));
/** The registries' HTTP transport, with publishedCharts. */
const registryHttp = () => __webpack_require__.e(/* import() */ 6291).then(__webpack_require__.bind(__webpack_require__, 96291));
/** The puller of a Flux HelmRelease's remote chart (render-flux.ts). */
const remoteChart = () => Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(6082), __webpack_require__.e(9159), __webpack_require__.e(9730), __webpack_require__.e(3325), __webpack_require__.e(9577)]).then(__webpack_require__.bind(__webpack_require__, 89577));

// EXTERNAL MODULE: ./packages/core/src/git/commits.ts
var commits = __webpack_require__(53852);
;// CONCATENATED MODULE: ./packages/core/src/operations/check/run.ts



















// The check's run starts git before anything else: this module imports only what starting git
// needs. The YAML, SemVer and glob libraries (checks/chart-bump.ts, the config loader) are
// loaded through lazy.ts's getters after git has started, so git lists and diffs while Node
// compiles them; the functions below take what the getters give (checkChartBumps, configLine).
const DEFAULT_CONFIG = '.github/lockstep.yml';
/**
 * Compares head with base and decides, per changed chart, whether its version
 * moved correctly. Never throws for a failing check: the result says `ok:
 * false` and each face reports it (view.ts checkFailure); user mistakes throw.
 * Its steps: the route (working directory and paths, checked before git is
 * asked anything), git started, the libraries loaded, the commits compared,
 * the config read at the base (and the head), the charts decided.
 */
async function run(req, world) {
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
/** The charts decided under the base's config (and the head's, when the pull request changes it). */
async function decideAll(req, s, d, world) {
    const { prefix, range, headPaths, headOids, headLinks, changes, configs, otherBases, queueBase, published, checkChartBumps } = d;
    // Helm's loader follows symbolic links: a values file linked to a shared one changes when that one does.
    const sides = await followLinks(s.reader, treeSides(s.reader, range.head, headPaths, changes, headOids), headLinks, changes);
    const decide = async (config) => checkChartBumps({
        ...sides,
        // Charts that may depend on others through file:// were searched for once the comparison was in
        // (again with git grep should that search have failed).
        localDependencyCandidates: (await s.dependents) ?? (await pathsContaining(s.git, range.head, 'Chart.yaml', 'file://')),
        otherBases,
        takenBy: async (file, version) => {
            // Searched from the commits the head must exceed, newest first: the entry's base, the base branch tip, the base.
            const starts = [queueBase, range.baseTip, range.base].filter((c) => c !== undefined);
            // In a merge queue the pull request's fork point is unknown (the event does not carry it): the taker is always named.
            const forkPoint = req.queue ? undefined : (range.mergeBase ?? range.base);
            return (await mergeQueue()).takenBy(s.git, s.reader, starts, file, version, forkPoint);
        },
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
        ...(validation.length > 0 ? { validation } : {}),
        ...(contracted.sections.length > 0 || contracted.problems.length > 0 ? { valuesContract: contracted } : {}),
        ...(protectedEnvironments.length > 0 ? { protectedEnvironments } : {}),
    };
}
/** The largest file of a chart read for rendering: a pull request's chart is untrusted. */
const MAX_RENDERED_FILE_BYTES = 4 * 1024 * 1024;
/**
 * The changed charts rendered per environment, base (the merge base) vs head
 * (operations/check/render.ts; loaded only when the mode is not off).
 */
async function renderedOf(req, s, d, plan, world, problems, contracted) {
    const mode = (0,read/* settingsFor */.zc)(table_check/* CHECK */.f, req, d.configs.base).render;
    // Nothing to render without an environment to render for, or without a changed chart at the head
    // where no environment is a Kustomize overlay (overlays are rendered when what they build changed, in
    // repositories with no chart as well) and no values environment's inputs changed (render-inputs.ts):
    // the renderer (Helm, the diff library, SemVer) is then never loaded.
    const environments = d.configs.base?.environments ?? [];
    // A Flux environment renders when its HelmRelease or Kustomization changes, as an overlay does; a values
    // environment when its values file, its Application or a file they read changes (render-inputs.ts decides
    // which): never unless the pull request changes a YAML or JSON file (a chart's own files count as the chart).
    const valuesMayChange = d.changes.some((c) => /\.(ya?ml|json)$/i.test(c.path));
    const overlays = environments.some((e) => e.kustomization !== undefined ||
        e.fluxKustomization !== undefined ||
        e.helmrelease !== undefined ||
        (e.values !== undefined && valuesMayChange));
    if (mode === 'off' || environments.length === 0 || (!overlays && plan.charts.every((c) => c.head === null)))
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
    const config = d.configs.base;
    // The config's crds: globs are read at the head, relative to the working directory as every path of the config.
    const head = d.range.head;
    const validation = new CheckValidation(config, req.validate, async (globs, where) => crdFiles(globs.map(inRepo), (await reader.list(head, d.prefix || '.')) ?? [], (p) => reader.read(head, p), where));
    const contract = new CheckContract(config, req.valuesContract, environmentContract);
    // A Flux HelmRelease whose chart is only in a registry or https repository is rendered with it pulled (remote-chart.ts).
    const remote = environments.some((e) => e.helmrelease !== undefined) ? await remoteChartsOf(world) : undefined;
    try {
        const rendered = await renderChecks(mode, config, plan.charts, { base: d.range.mergeBase ?? d.range.base, head }, reader, world.env, inRepo, validation, { changed: new Set(d.changes.map((c) => c.path)), headPaths: d.headPaths }, remote, contract);
        problems.push(...validation.problems);
        contracted.problems.push(...contract.problems);
        contracted.sections.push(...contract.sections);
        return rendered;
    }
    finally {
        remote?.close();
    }
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

/***/ 32341:
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

/***/ 65077:
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
  protectedRows: () => (/* binding */ protectedRows),
  view: () => (/* binding */ view)
});

// EXTERNAL MODULE: ./packages/core/src/checks/problem.ts
var problem = __webpack_require__(62368);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/text/markdown.ts
var markdown = __webpack_require__(69888);
// EXTERNAL MODULE: ./packages/core/src/text/cap.ts
var cap = __webpack_require__(77841);
// EXTERNAL MODULE: ./packages/core/src/text/mentions.ts
var mentions = __webpack_require__(78274);
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
var verdicts = __webpack_require__(32341);
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
        lines.push('**Values keys no template reads**', '', ...r.valuesContract.problems.map((p) => `- ${p.level === 'error' ? '❌' : '⚠️'} ${(0,markdown/* escapeMarkdown */.FV)((0,problem/* formatProblem */.Vw)(p))}`), '');
    const shown = r.rendered?.filter((e) => !e.noHelm) ?? [];
    const rendered = shown.length > 0 ? renderedMarkdown(shown, cap/* SUMMARY_CAP */.GY / 2, 'lockstep check') : '';
    if (rendered)
        lines.push(rendered, '');
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
        // Per environment rendered: the keys its values files set, those no template reads, those read through a computed name.
        ...(r.valuesContract
            ? {
                'values-contract': r.valuesContract.sections.map((c) => ({
                    environment: c.environment,
                    mode: c.mode,
                    chart: c.chart,
                    checked: c.files.reduce((n, f) => n + f.checked, 0),
                    unread: c.files.reduce((n, f) => n + f.unread, 0),
                    'not-traced': c.files.reduce((n, f) => n + f.notTraced, 0),
                    files: c.files.map((f) => ({ file: f.file, checked: f.checked, unread: f.unread, 'not-traced': f.notTraced })),
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

/***/ 13483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ globProblem),
/* harmony export */   fU: () => (/* binding */ globMatcher),
/* harmony export */   vd: () => (/* binding */ GLOB_HINT)
/* harmony export */ });
/* unused harmony exports MAX_GLOB_LENGTH, MAX_GLOBSTARS, MAX_GLOB_LOOPS, globError */
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
