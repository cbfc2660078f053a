export const id = 73;
export const ids = [73];
export const modules = {

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
/* harmony import */ var _text_glob_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5864);
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

/***/ 7135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ listChartFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
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
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`config file ${rel} does not exist${where}`, { hint: `did you mean ${sibling}? (rename it, or set input 'config' to ${sibling})` });
}


/***/ }),

/***/ 794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveSettings: () => (/* binding */ resolveSettings)
/* harmony export */ });
/* unused harmony exports listFiles, checkRefInput */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9730);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7638);
/* harmony import */ var _config_config_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1312);
/* harmony import */ var _charts_discover_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7892);
/* harmony import */ var _charts_tree_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7135);
/* harmony import */ var _fs_workspace_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2536);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7431);










const LOCK_TIMEOUT_MS = 10 * 60 * 1000;
const SKIP = new Set(['.git', 'node_modules', '.venv', 'venv', '__pycache__']);
/** Every file under root (POSIX, relative), symlinks not followed, for package and pin globs. */
function listFiles(root) {
    const out = [];
    const walk = (abs, rel) => {
        for (const e of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(abs, { withFileTypes: true })) {
            const r = rel ? `${rel}/${e.name}` : e.name;
            if (e.isDirectory()) {
                if (!SKIP.has(e.name))
                    walk((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(abs, e.name), r);
            }
            else if (e.isFile())
                out.push(r);
        }
    };
    walk(root, '');
    return out.sort();
}
/** Checks a branch-like input: no option-looking start, no spaces, no `..`, nothing git refuses in a ref. */
function checkRefInput(value, input) {
    if (value.startsWith('-') || /[\s~^:?*[\\\x00-\x1f\x7f]/.test(value) || value.includes('..') || value.includes('@{') || value.endsWith('.lock') || value.endsWith('/') || value.startsWith('/'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`input '${input}' is '${value}', not a valid branch name`, { hint: 'use letters, digits, -, _, . and /' });
    return value;
}
function parseList(text, input) {
    try {
        return (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(text);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`input '${input}' is not valid YAML: ${e.message.split('\n')[0]}`, { hint: 'give it like the config key' });
    }
}
function parseLockCommand(text) {
    const v = parseList(text, 'lock-command');
    if (!Array.isArray(v) || v.length === 0 || !v.every((x) => typeof x === 'string' && x !== ''))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo("input 'lock-command' is not a list of arguments", { hint: 'write it as [poetry, lock, --no-update]' });
    return v;
}
function parsePins(text) {
    const v = parseList(text, 'pins');
    const ok = Array.isArray(v) &&
        v.every((p) => p !== null &&
            typeof p === 'object' &&
            typeof p.files === 'string' &&
            (p.table === undefined || typeof p.table === 'string') &&
            Array.isArray(p.names) &&
            p.names.length > 0 &&
            p.names.every((n) => typeof n === 'string') &&
            Object.keys(p).every((k) => ['files', 'table', 'names'].includes(k)));
    if (!ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo("input 'pins' is not a list of {files, table, names}", { hint: 'e.g. - {files: services/*/pyproject.toml, table: tool.poetry.dependencies, names: [liba]}' });
    return v.map((p) => ({ files: p.files, table: p.table, names: p.names }));
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
    const root = (0,_fs_workspace_js__WEBPACK_IMPORTED_MODULE_8__/* .resolveInside */ .LI)(env.workspace, inputs.workingDirectory, 'working-directory');
    const config = (0,_config_config_js__WEBPACK_IMPORTED_MODULE_5__.loadConfig)(root, inputs.config);
    const configText = config.file ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,_fs_workspace_js__WEBPACK_IMPORTED_MODULE_8__/* .resolveInside */ .LI)(root, config.file, 'config'), 'utf8') : undefined;
    if (semver__WEBPACK_IMPORTED_MODULE_3___default().valid(inputs.initialVersion) !== inputs.initialVersion)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`input 'initial-version' is '${inputs.initialVersion}', not a SemVer version`, { hint: 'use MAJOR.MINOR.PATCH, e.g. 0.1.0' });
    if (inputs.version !== undefined && semver__WEBPACK_IMPORTED_MODULE_3___default().valid(inputs.version) !== inputs.version)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`input 'version' is '${inputs.version}', not a SemVer version`, { hint: 'use MAJOR.MINOR.PATCH without a v, e.g. 1.4.0' });
    if (inputs.prerelease !== undefined && !/^[A-Za-z][0-9A-Za-z-]*$/.test(inputs.prerelease))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`input 'prerelease' is '${inputs.prerelease}'`, { hint: 'use an identifier such as rc, beta or alpha' });
    checkRefInput(inputs.branchPrefix, 'branch-prefix');
    if (inputs.base !== undefined)
        checkRefInput(inputs.base, 'base');
    const tagPrefix = inputs.tagPrefix ?? config.tagPrefix;
    if (/[\s~^:?*[\\]/.test(tagPrefix) || tagPrefix.startsWith('-'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`tag prefix '${tagPrefix}' cannot start a git tag name`, { hint: 'use e.g. v or release-' });
    const files = listFiles(root);
    const packages = [...new Set((inputs.packages.length > 0 ? inputs.packages : config.packages).flatMap((p) => (0,_plan_js__WEBPACK_IMPORTED_MODULE_9__/* .matchFiles */ .xo)(files, p, 'packages', inputs.packages.length > 0 ? undefined : { file: config.file, line: lineOfKey(configText, '', p) })))];
    const pinRules = inputs.pins !== undefined ? parsePins(inputs.pins) : config.pins;
    const pins = pinRules.map((r) => {
        const where = inputs.pins !== undefined ? undefined : { file: config.file, line: lineOfKey(configText, 'table', r.table ?? '') ?? lineOfKey(configText, 'files', r.files) };
        return { pattern: r.files, files: (0,_plan_js__WEBPACK_IMPORTED_MODULE_9__/* .matchFiles */ .xo)(files, r.files, 'pins.files', where), table: r.table, names: r.names, where };
    });
    const lockCommand = inputs.lockCommand !== undefined ? parseLockCommand(inputs.lockCommand) : config.lockCommand;
    const chartFiles = (0,_charts_tree_js__WEBPACK_IMPORTED_MODULE_7__/* .listChartFiles */ .G)(root);
    const allCharts = chartFiles.map((f) => (f === 'Chart.yaml' ? '.' : f.slice(0, -'/Chart.yaml'.length)));
    const patterns = inputs.charts.length > 0 ? inputs.charts : config.charts;
    let charts;
    if (patterns === undefined)
        charts = (0,_charts_discover_js__WEBPACK_IMPORTED_MODULE_6__/* .findCharts */ .Jd)(chartFiles);
    else {
        charts = [];
        for (const p of patterns) {
            const found = (0,_charts_discover_js__WEBPACK_IMPORTED_MODULE_6__/* .findCharts */ .Jd)(chartFiles, [p]);
            if (found.length === 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`chart '${p}' matches no folder holding a Chart.yaml`, {
                    file: inputs.charts.length > 0 ? undefined : config.file,
                    hint: inputs.charts.length > 0 ? 'fix the charts input' : 'fix `charts:` in the config',
                });
            for (const d of found)
                if (!charts.includes(d))
                    charts.push(d);
        }
    }
    const base = inputs.base ?? (env.ref?.startsWith('refs/heads/') ? env.ref.slice('refs/heads/'.length) : undefined);
    return {
        root,
        dryRun: inputs.dryRun,
        version: inputs.version,
        prerelease: inputs.prerelease,
        initialVersion: inputs.initialVersion,
        preMajor: inputs.preMajor,
        tagPrefix,
        versionFile: inputs.versionFile ?? config.versionFile,
        packages,
        pins,
        charts,
        allCharts,
        chartVersionPolicy: config.chartVersionPolicy,
        changelog: inputs.changelog ?? config.changelog,
        lockCommand,
        lockTimeoutMs: LOCK_TIMEOUT_MS,
        branchPrefix: inputs.branchPrefix,
        base,
        labels: inputs.labels,
        freezeLabel: inputs.freezeLabel,
        author: inputs.author,
        committer: inputs.committer,
        repository: env.repository,
        serverUrl: env.serverUrl,
        date: env.date,
    };
}


/***/ })

};
