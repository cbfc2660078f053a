export const id = 6537;
export const ids = [6537,7892];
export const modules = {

/***/ 68657:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ readChartArchive)
/* harmony export */ });
/* unused harmony export CHART_TOP_FILES */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var tar_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56118);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);
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

/***/ 77063:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ ReplacedChart),
/* harmony export */   r: () => (/* binding */ repositoryChart)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _registry_helm_repository_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72558);
// A chart version read from the classic https Helm repository an Argo CD
// Application's repoURL (or a Flux HelmRepository of the default type) names:
// index.yaml, then the archive it lists, checked against the index's digest
// (registry/helm-repository.ts). values-drift, chart-version and the rendered
// diff read it after the chart's release tag and chart folder, where they
// read an OCI artifact for a registry. An archive whose bytes are not the ones
// the index lists is refused outright, whatever the mode: that is no chart
// that "cannot be read" but one that was replaced.


/** An archive whose bytes are not the ones the index lists: refused by every reader (render included), never a chart "not read". */
class ReplacedChart extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
}
/**
 * The chart `source.chart` at `version` from `source.repoURL` when it is a
 * classic repository (undefined when it is not one). Throws a UserError for an
 * archive whose digest differs from the index's.
 */
async function repositoryChart(ports, source, version, at) {
    const { repoURL, chart } = source;
    if (!repoURL || !chart || !(0,_registry_helm_repository_js__WEBPACK_IMPORTED_MODULE_1__/* .isClassicRepository */ .dR)(repoURL))
        return undefined;
    const repo = repoURL.trim().replace(/\/+$/, '');
    try {
        const got = await ports.pullRepositoryChart(repo, chart, version);
        return { tgz: got.tgz, where: `${got.url} (listed in ${repo}/index.yaml)` };
    }
    catch (e) {
        if (!(e instanceof Error && e.name === 'RegistryError'))
            throw e;
        const kind = e.kind;
        if (kind === 'mismatch')
            throw new ReplacedChart(`chart ${chart} ${version}: ${e.message}`, {
                ...(at ?? {}),
                hint: e.hint ?? 'nothing was written',
            });
        if (kind === 'unauthenticated' || kind === 'denied')
            // A Flux HelmRepository's secretRef names a cluster Secret: lockstep reads none, and says where it reads instead.
            return {
                tried: source.secretRef
                    ? `${e.message}; its HelmRepository's spec.secretRef (${source.secretRef}) is a cluster Secret, which lockstep does not read: it takes a repository's credentials from Helm's repositories.yaml`
                    : e.message,
                denied: true,
            };
        return { tried: `${repo}/index.yaml (${e.message})` };
    }
}


/***/ }),

/***/ 99836:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Et: () => (/* binding */ driftOutcome),
/* harmony export */   Iu: () => (/* binding */ chartSource),
/* harmony export */   Qh: () => (/* binding */ checkValuesDrift),
/* harmony export */   ch: () => (/* binding */ valuesDriftAnnotations),
/* harmony export */   fj: () => (/* binding */ join),
/* harmony export */   ue: () => (/* binding */ chartFolders),
/* harmony export */   v0: () => (/* binding */ chartLocator),
/* harmony export */   w7: () => (/* binding */ valuesDriftJson),
/* harmony export */   zK: () => (/* binding */ valuesDriftMarkdown)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69730);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);
/* harmony import */ var _charts_discover_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17892);
/* harmony import */ var _chart_reference_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(26002);
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(69888);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(64293);
/* harmony import */ var _values_chart_drift_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(85037);
/* harmony import */ var _values_chart_files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(69630);
/* harmony import */ var _charts_archive_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(68657);
/* harmony import */ var _chart_repository_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(77063);
/* harmony import */ var _application_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(21120);
// values-drift: when a promotion moves the target's chart version (its
// Application's targetRevision), the target's values file is compared with
// both chart versions: the one the target runs now and the one promoted. A key
// the current version reads and the promoted one no longer reads is drift
// (values/chart-drift.ts). Each version is read where it was released: the
// repository at the chart's release tag (`<chart>-<version>`), the chart folder
// at the promoted ref when its Chart.yaml says that version, else its OCI
// artifact (the Application's registry, or the config's chart-registry); what
// is found must say that version in its Chart.yaml. `error` (the default for
// protected environments) refuses the promotion before anything is written,
// also when a version cannot be read (naming what was tried); `warn` annotates
// and goes on; `off` skips it.











/** What a values comparison reads of a packaged chart: its templates and subcharts too. */
const ARCHIVE_PARTS = { templates: true, subcharts: true };


/**
 * The comparison for a planned promotion that changes the chart version;
 * undefined when it changes none, the mode is off, or the values are the
 * Application's own (inline values are the chart's caller, not a file of keys).
 * In error mode every dropped key is a UserError at its line, thrown together,
 * and a chart version that cannot be read is one at the Application's line.
 */
async function checkValuesDrift(req, route, plan, ports, baseSha, cache) {
    // The target's values-drift: the input, else its config key, else error when protected and warn otherwise.
    const mode = route.to.settings.valuesDrift;
    const { to } = route;
    if (mode === 'off' || !plan.chart || !to.application)
        return undefined;
    const { file: appFile, name } = (0,_application_js__WEBPACK_IMPORTED_MODULE_10__/* .splitApplicationRef */ .O6)(to.application);
    if (appFile === to.values)
        return undefined;
    const appText = await ports.git.readAt(baseSha, appFile);
    if (appText === undefined)
        return undefined;
    const source = chartSource(appText, appFile, name, req.charts);
    const envText = plan.files.find((f) => f.path === to.values)?.after ?? (await ports.git.readAt(baseSha, to.values));
    if (envText === undefined)
        return undefined;
    const locate = chartLocator(req, source, ports, baseSha, to.values, plan.chart);
    const [current, promoted] = await Promise.all([locate(plan.chart.old), locate(plan.chart.new)]);
    return driftOutcome(mode, plan.chart, current, promoted, (charts) => (0,_values_chart_drift_js__WEBPACK_IMPORTED_MODULE_6__/* .compareValues */ .c)(envText, to.values, charts, undefined, cache));
}
/**
 * values-drift's verdict once both chart versions were looked for: an unread
 * one refuses in error mode (at the chart version's line) and is said in warn;
 * else `compare` judges the environment's values against both, and in error
 * mode each dropped key is a UserError at its line, thrown together.
 */
function driftOutcome(mode, at, current, promoted, compare) {
    const chartName = (f) => ('chart' in f ? f.chart.name : f.name);
    const label = `${chartName(promoted)} ${at.old || '(none)'} → ${at.new}`;
    const where = [current, promoted].map((f) => `${chartName(f)} ${f.version} ${'chart' in f ? `from ${f.where}` : 'unread'}`).join('; ');
    const unread = [current, promoted].flatMap((f) => ('unread' in f ? [f.unread] : []));
    if (unread.length > 0) {
        if (mode === 'error')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`values-drift: ${unread.join('; ')}`, {
                file: at.file,
                line: at.line,
                hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .words */ .aL) `publish each chart version where lockstep reads it (its release tag ${chartName(promoted)}-<version> in this repository, its OCI artifact: the Application's registry or chart-registry in the config, or the https Helm repository's index.yaml), or ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .setting */ .Pe)('values-drift', 'warn')} to promote without the comparison`,
            });
        return { mode, chart: label, where, findings: [], notCompared: [], unread: unread.join('; ') };
    }
    const [was, now] = [current.chart, promoted.chart];
    const { findings, notCompared } = compare({ current: was, promoted: now });
    if (mode === 'error')
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .throwAll */ .Kx)(findings.map((f) => new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`values-drift: ${f.message}`, {
            file: f.file,
            line: f.line,
            hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .words */ .aL) `remove or rename the key before promoting chart ${now.name} ${now.version} (read from ${promoted.where}), or ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .setting */ .Pe)('values-drift', 'warn')}`,
        })));
    return { mode, chart: label, where, findings, notCompared };
}
/** repoURL, chart and path of the Application source the promotion edits (of an OCIRepository: its chart). */
function chartSource(text, file, name, charts) {
    const rev = (0,_application_js__WEBPACK_IMPORTED_MODULE_10__/* .findChartRevision */ .xL)(text, file, name, charts);
    const parsed = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .parseYaml */ .hN)(text.replace(/^\ufeff/, ''), file, { allowMulti: true });
    let node = parsed.documents?.[rev.document ?? 0]?.contents;
    // An OCIRepository has no chart key: flux.ts took its chart from spec.url's last segment. Reading the chart
    // from that registry (and a HelmRelease's values as values) is values-drift's Flux support, not here yet.
    if (rev.flux === 'OCIRepository')
        return { ...(rev.chart ? { chart: rev.chart } : {}), ociRepository: (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .mapValue */ .IS)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .mapValue */ .IS)(node, 'spec'), 'url')) ?? '' };
    for (const key of rev.path.slice(0, -1))
        node = typeof key === 'number' ? node?.items?.[key] : (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .mapValue */ .IS)(node, key);
    return {
        repoURL: (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .mapValue */ .IS)(node, 'repoURL')),
        chart: (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .mapValue */ .IS)(node, 'chart')),
        path: (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .mapValue */ .IS)(node, 'path')),
    };
}
/**
 * Finds a chart version, memoised per version: see chartAt. The chart
 * folders of the repository are listed once, at the base.
 */
function chartLocator(req, source, ports, baseSha, valuesFile, at) {
    let folders;
    const found = new Map();
    return (version) => {
        folders ??= chartFolders(req, source, ports, baseSha, valuesFile);
        let f = found.get(version);
        if (!f)
            found.set(version, (f = folders.then((dirs) => chartAt(req, source, dirs, version, ports, baseSha, at))));
        return f;
    };
}
/**
 * The folders that may hold the Application's chart: its source's `path:`,
 * a folder holding the values file (or one of its parents), and the charts
 * the config's `charts:` entries find at the base (globs included); with a
 * `chart:` name, only those whose Chart.yaml has that name.
 */
async function chartFolders(req, source, ports, baseSha, valuesFile) {
    const dirs = [];
    if (source.path)
        dirs.push(source.path.replace(/\/+$/, '') || '.');
    else {
        for (let dir = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(valuesFile);; dir = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(dir)) {
            dirs.push(dir);
            if (dir === '.' || dir === '/' || dir === '')
                break;
        }
        const paths = await ports.git.listFiles(baseSha);
        if (paths)
            dirs.push(...(0,_charts_discover_js__WEBPACK_IMPORTED_MODULE_3__.findCharts)(paths, req.charts.length > 0 ? req.charts : undefined));
        else
            for (const c of req.charts)
                if (!/[*?[\]{}!]/.test(c))
                    dirs.push(c.replace(/\/+$/, ''));
    }
    const out = [];
    for (const dir of [...new Set(dirs)].filter((d) => !d.split('/').includes('..'))) {
        const text = await ports.git.readAt(baseSha, join(dir, 'Chart.yaml'));
        if (text === undefined)
            continue;
        const name = (0,_values_chart_files_js__WEBPACK_IMPORTED_MODULE_7__/* .chartMeta */ .Ae)(text).name;
        if (!name || (source.chart && name !== source.chart))
            continue;
        out.push({ dir, name });
    }
    return out;
}
/**
 * The chart at `version`, tried in order: each chart folder at its release
 * tag `<name>-<version>`, each chart folder at the promoted ref (a rollback's
 * ref, else the base), then the chart's OCI artifact. What is found must say
 * `version` in its Chart.yaml; every place tried is named when none has it.
 */
async function chartAt(req, source, folders, version, ports, baseSha, line) {
    const name = source.chart ?? folders[0]?.name ?? (source.path ? node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(source.path) : 'chart');
    const what = `chart ${name} ${version || '(no version)'}`;
    if (!(0,semver__WEBPACK_IMPORTED_MODULE_1__.valid)(version) || (0,semver__WEBPACK_IMPORTED_MODULE_1__.valid)(version) !== version)
        return { unread: `${what} could not be read: '${version}' is not an exact chart version`, name, version };
    const tried = [];
    const read = async (commit, dir) => {
        const text = await ports.git.readAt(commit, join(dir, 'Chart.yaml'));
        if (text === undefined)
            return 'no Chart.yaml';
        const meta = (0,_values_chart_files_js__WEBPACK_IMPORTED_MODULE_7__/* .chartMeta */ .Ae)(text);
        if (meta.name !== name)
            return `its Chart.yaml names ${meta.name ?? 'no chart'}`;
        if (meta.version !== version)
            return `its Chart.yaml says version ${meta.version ?? '(none)'}`;
        return (0,_values_chart_files_js__WEBPACK_IMPORTED_MODULE_7__/* .readChartValues */ .zV)(gitTree(ports, commit), dir, { ...meta, name, version });
    };
    for (const f of folders) {
        const tag = `${f.name}-${version}`;
        const commit = await ports.git.resolveRef(tag);
        if (!commit) {
            if (!tried.includes(`tag ${tag} (not in the repository)`))
                tried.push(`tag ${tag} (not in the repository)`);
            continue;
        }
        const chart = await read(commit, f.dir);
        if (typeof chart !== 'string')
            return { chart, where: `${f.dir} at tag ${tag}`, version };
        tried.push(`${f.dir} at tag ${tag} (${chart})`);
    }
    const ref = req.from.kind === 'ref' ? ((await ports.git.resolveRef(req.from.ref)) ?? baseSha) : baseSha;
    const at = req.from.kind === 'ref' ? `ref ${req.from.ref}` : `the base branch ${req.base}`;
    for (const f of folders) {
        const chart = await read(ref, f.dir);
        if (typeof chart !== 'string')
            return { chart, where: `${f.dir} at ${at}`, version };
        tried.push(`${f.dir} at ${at} (${chart})`);
    }
    const fromArchive = async (files, where) => {
        const meta = (0,_values_chart_files_js__WEBPACK_IMPORTED_MODULE_7__/* .chartMeta */ .Ae)(files.get('Chart.yaml') ?? '');
        if (meta.name === name && meta.version === version)
            return { chart: await (0,_values_chart_files_js__WEBPACK_IMPORTED_MODULE_7__/* .readChartValues */ .zV)((0,_values_chart_files_js__WEBPACK_IMPORTED_MODULE_7__/* .archiveTree */ .HT)(files), '', { ...meta, name, version }), where, version };
        tried.push(`${where} (${meta.name !== name ? `its Chart.yaml names ${meta.name ?? 'no chart'}` : `its Chart.yaml says version ${meta.version ?? '(none)'}`})`);
        return undefined;
    };
    // A classic https repository: index.yaml and the archive it lists, digest checked (chart-repository.ts).
    const classic = await (0,_chart_repository_js__WEBPACK_IMPORTED_MODULE_9__/* .repositoryChart */ .r)(ports, source, version, line);
    if (classic && 'tried' in classic)
        tried.push(classic.tried);
    else if (classic) {
        const files = await (0,_charts_archive_js__WEBPACK_IMPORTED_MODULE_8__/* .readChartArchive */ .h)(Buffer.from(classic.tgz), `chart ${name} ${version} from ${classic.where}`, ARCHIVE_PARTS);
        const found = await fromArchive(files, classic.where);
        if (found)
            return found;
    }
    const image = (0,_chart_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .ociReference */ .H6)(source, version) ?? (0,_chart_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .configuredRegistry */ .ON)(req, name, version);
    if (image) {
        const where = (0,_chart_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .chartWhere */ .w4)(image);
        try {
            const found = await fromArchive(await ports.readChart(image), where);
            if (found)
                return found;
        }
        catch (e) {
            if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo || (e instanceof Error && e.name === 'RegistryError')))
                throw e;
            tried.push(`${where} (${e.message})`);
        }
    }
    if (tried.length === 0)
        tried.push(source.ociRepository !== undefined
            ? `no chart folder of the repository is named ${name} (charts: in the config), and the chart of an OCIRepository (${source.ociRepository || 'no spec.url'}) is not read yet`
            : `no chart folder of the repository is named ${name} (charts: in the config) and the Application's repoURL ${source.repoURL ?? '(none)'} is no OCI registry or https Helm repository`);
    return { unread: `${what} could not be read: tried ${tried.join('; ')}`, name, version };
}
/** The repository at `commit` as a chart tree (a vendored .tgz read as bytes). */
function gitTree(ports, commit) {
    return {
        text: (path) => ports.git.readAt(commit, path),
        list: async (dir) => (await ports.git.listFiles(commit, dir)) ?? [],
        bytes: (path) => ports.git.readBytesAt(commit, path),
    };
}
function join(dir, file) {
    return dir === '.' || dir === '' ? file : `${dir}/${file}`;
}
/** A key not compared, as one line: the key, the keys set below it, and why. */
function uncomparedText(k) {
    const below = k.keys.length === 1 && k.keys[0] === k.key ? '' : ` (${k.keys.join(', ')})`;
    return `key ${k.key}${below} was not compared: ${k.why}`;
}
const plural = (n, what) => `${n} ${what}${n === 1 ? '' : 's'}`;
/** The report as Markdown for the PR body and the job summary (every name and message escaped). */
function valuesDriftMarkdown(r) {
    const head = `**values-drift (${r.mode})** chart ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_11__/* .escapeMarkdown */ .FV)(r.chart)} (${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_11__/* .escapeMarkdown */ .FV)(r.where)}):`;
    if (r.unread)
        return `${head} the values were not compared (${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_11__/* .escapeMarkdown */ .FV)(r.unread)}).`;
    const uncompared = r.notCompared.map((k) => `- ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_11__/* .codeSpan */ .SS)(`${k.file}:${k.line}`)} ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_11__/* .escapeMarkdown */ .FV)(uncomparedText(k))}`);
    const skipped = uncompared.length === 0 ? [] : ['', `${plural(uncompared.length, 'key')} not compared:`, '', ...uncompared];
    if (r.findings.length === 0)
        return uncompared.length === 0
            ? `${head} the promoted version still reads every key the values file sets that the current version reads.`
            : [
                `${head} the promoted version still reads every key compared that the current version reads; ${plural(uncompared.length, 'key')} not compared.`,
                ...skipped,
            ].join('\n');
    const lines = r.findings.map((f) => `- ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_11__/* .codeSpan */ .SS)(`${f.file}:${f.line}`)} ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_11__/* .escapeMarkdown */ .FV)(f.message)}`);
    return [
        `${head} ${plural(r.findings.length, 'key')} the promoted version no longer reads; the promotion goes on (values-drift: warn).`,
        '',
        ...lines,
        ...skipped,
    ].join('\n');
}
/** values-drift's annotations: one per dropped key (warn mode) and one per key not compared (either mode) at its line; an unread chart is one warning. */
function valuesDriftAnnotations(r) {
    if (!r)
        return [];
    if (r.unread)
        return [
            {
                annotate: 'warning',
                message: `values-drift: ${r.unread}; the target's values were not compared (values-drift: warn)`,
            },
        ];
    return [
        ...r.findings.map((f) => ({ annotate: 'warning', message: `values-drift: ${f.message}`, file: f.file, line: f.line })),
        ...r.notCompared.map((k) => ({
            annotate: 'warning',
            message: `values-drift: ${uncomparedText(k)}`,
            file: k.file,
            line: k.line,
        })),
    ];
}
/** The report for `lockstep promote --json`. */
function valuesDriftJson(r) {
    return {
        mode: r.mode,
        chart: r.chart,
        where: r.where,
        unread: r.unread ?? null,
        findings: r.findings.map((f) => ({ file: f.file, line: f.line, key: f.key, message: f.message })),
        'not-compared': r.notCompared.map((k) => ({ file: k.file, line: k.line, key: k.key, keys: k.keys, why: k.why })),
    };
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


/***/ }),

/***/ 85037:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c: () => (/* binding */ compareValues)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./packages/core/src/charts/template-keys.ts
// The values keys a chart's templates read, found by a scanner of the
// `{{ … }}` actions of Go templates — not a template parser. It knows the
// forms charts use to read a value: a field chain on `.Values` (also `$.Values`
// and `$root.Values`, e.g. `.Values.ingress.host`, which covers `default …
// .Values.a.b`, `required "…" .Values.a.b`, `with .Values.a`, `toYaml
// .Values.a`), `index .Values "a" "b"`, `hasKey .Values.a "b"`, `get
// .Values.a "b"` and `dig "a" "b" <default> .Values`. What a block's dot
// (`with`, `range`) reads relative to it is not resolved: the block's own
// `.Values.x` counts as reading all of x. A bare `.Values` (passed whole to a
// helper) names no key and reads none.
/** Each file larger than this is skipped: no chart template is that large, and the scan stays linear in what it reads. */
const MAX_TEMPLATE = 4 * 1024 * 1024;
/**
 * Every key path (`['services', 'worker', 'replicas']`) the template `text`
 * reads from `.Values`, in order of appearance, duplicates kept out.
 */
function templateValueKeys(text) {
    if (text.length > MAX_TEMPLATE)
        return [];
    const out = new Map();
    const add = (path) => {
        if (path.length > 0)
            out.set(path.join('\u0000'), path);
    };
    for (const body of actions(text))
        for (const path of keysOfAction(body))
            add(path);
    return [...out.values()];
}
/** The bodies of the `{{ … }}` actions of a template, comments left out; string literals may hold `}}`. */
function actions(text) {
    const out = [];
    let at = 0;
    for (;;) {
        const open = text.indexOf('{{', at);
        if (open < 0)
            return out;
        let i = open + 2;
        let end = -1;
        while (i < text.length) {
            const c = text[i];
            if (c === '"' || c === "'") {
                i = skipQuoted(text, i, c);
            }
            else if (c === '`') {
                const close = text.indexOf('`', i + 1);
                i = close < 0 ? text.length : close + 1;
            }
            else if (c === '/' && text[i + 1] === '*') {
                const close = text.indexOf('*/', i + 2);
                i = close < 0 ? text.length : close + 2;
            }
            else if (c === '}' && text[i + 1] === '}') {
                end = i;
                break;
            }
            else
                i++;
        }
        if (end < 0)
            return out;
        out.push(text.slice(open + 2, end));
        at = end + 2;
    }
}
/** The index just past a quoted literal starting at `i` (escapes honoured; a newline ends an unterminated one). */
function skipQuoted(text, i, quote) {
    let j = i + 1;
    while (j < text.length) {
        const c = text[j];
        if (c === '\\')
            j += 2;
        else if (c === quote)
            return j + 1;
        else if (c === '\n')
            return j;
        else
            j++;
    }
    return j;
}
/** Strings, raw strings, characters, comments, field chains and variables, then any other single character. */
const TOKEN = /"(?:[^"\\\n]|\\.)*"|`[^`]*`|'(?:[^'\\\n]|\\.)+'|\/\*[\s\S]*?\*\/|[$A-Za-z0-9_.]+|\S/g;
/** A field chain on the values: `.Values`, `$.Values`, `$root.Values`, followed by `.a.b`. */
const VALUES_CHAIN = /^(?:\$[A-Za-z0-9_]*)?\.Values((?:\.[A-Za-z_][A-Za-z0-9_]*)*)$/;
/** The key path a token reads (`[]` for the bare `.Values`), or undefined when it is not a values chain. */
function valuesPath(token) {
    const m = token === undefined ? null : VALUES_CHAIN.exec(token);
    if (!m)
        return undefined;
    return m[1] === '' ? [] : m[1].slice(1).split('.');
}
/** A string literal's text, or undefined when the token is not one. */
function literal(token) {
    if (token === undefined)
        return undefined;
    if (token.startsWith('`'))
        return token.slice(1, -1);
    if (!token.startsWith('"'))
        return undefined;
    try {
        return JSON.parse(token);
    }
    catch {
        // Go escapes JSON lacks (\x41, \a): the text between the quotes is close enough for a key name.
        return token.slice(1, -1);
    }
}
function keysOfAction(body) {
    const tokens = (body.match(TOKEN) ?? []).filter((t) => !t.startsWith('/*'));
    const out = [];
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        const path = valuesPath(t);
        if (path) {
            out.push(path);
            continue;
        }
        if (t === 'index' || t === 'hasKey' || t === 'get') {
            // `index .Values.a "b" "c"`: the chain, then literal keys (a variable ends what is known).
            const base = valuesPath(tokens[i + 1]);
            if (!base)
                continue;
            const keys = [];
            for (let j = i + 2; j < tokens.length; j++) {
                const k = literal(tokens[j]);
                if (k === undefined)
                    break;
                keys.push(k);
                if (t !== 'index')
                    break;
            }
            out.push([...base, ...keys]);
            i += 1;
        }
        else if (t === 'dig') {
            // `dig "a" "b" <default> .Values.x`: the literals before the default are keys under the chain.
            const keys = [];
            let j = i + 1;
            for (; j < tokens.length; j++) {
                const k = literal(tokens[j]);
                if (k === undefined)
                    break;
                keys.push(k);
            }
            // The default is the last literal, or one other token (a number, a variable, a parenthesised call is not followed).
            let base = valuesPath(tokens[j]);
            if (base)
                keys.pop();
            else
                base = valuesPath(tokens[j + 1]);
            if (base && keys.length > 0)
                out.push([...base, ...keys]);
        }
    }
    return out;
}

// EXTERNAL MODULE: ./packages/core/src/text/bytes.ts
var bytes = __webpack_require__(29002);
// EXTERNAL MODULE: ./packages/core/src/text/parse-cache.ts
var parse_cache = __webpack_require__(9053);
// EXTERNAL MODULE: ./packages/core/src/text/pattern.ts
var text_pattern = __webpack_require__(11867);
// EXTERNAL MODULE: ./packages/core/src/yaml/read.ts
var read = __webpack_require__(64293);
// EXTERNAL MODULE: ./packages/core/src/values/diff.ts
var diff = __webpack_require__(23769);
;// CONCATENATED MODULE: ./packages/core/src/values/chart-drift.ts
// The target's values against the chart it is promoted to: every key an
// environment's values file sets that the chart version it runs now reads and
// the promoted version no longer reads is reported at the values file's line,
// with the key path and both versions. A chart "reads" a key when its
// values.yaml has it, its values.schema.json allows it, or a template refers
// to it (charts/template-keys.ts). A chart that drops `ingress.enabled` while
// values-prod.yaml sets it would render without it, silently; a promotion
// should say so before it ships. Keys neither version reads are not its
// business (a typo there was ignored before and still is). An umbrella chart's
// subcharts read their keys as Helm hands them over: the parent's `<name>.x`
// (or `<alias>.x`) is the subchart's `.Values.x`, and `global` is every
// chart's; a key only a subchart that could not be read (a remote one not
// vendored) may read is listed as not compared, with why, never passed.







/** At most this many keys are listed for one values file. */
const MAX_FINDINGS = 100;
/** At most this many keys are named below one key not compared. */
const MAX_LISTED = 20;
const WHOLE = { whole: true, parts: [] };
function compile(c) {
    const keys = { end: false, next: new Map() };
    const paths = [...(c.templates ?? []).flatMap((text) => templateValueKeys(text)), ...(c.reads ?? [])];
    for (const path of paths) {
        let at = keys;
        for (const part of path) {
            let sub = at.next.get(part);
            if (!sub)
                at.next.set(part, (sub = { end: false, next: new Map() }));
            at = sub;
        }
        at.end = true;
    }
    let values = c.values === undefined ? {} : (0,diff/* valuesDefaults */.Hz)(c.values);
    const subs = new Map();
    for (const d of c.dependencies) {
        const chart = d.chart ? compile(d.chart) : undefined;
        subs.set(d.key, { chart, unread: d.unread ?? `subchart ${d.key} of chart ${c.name} ${c.version} was not read` });
        // Imported values become the parent's defaults: its values.yaml as Helm sees it.
        if (chart)
            for (const i of d.imports ?? [])
                values = mergeAt(values, i.parent, valueAt(chart.root.values, i.child));
    }
    const rootSchema = readSchema(c.schema);
    const compiled = { name: c.name, version: c.version, hasSchema: c.schema !== undefined, rootSchema, subs, root: undefined };
    compiled.root = { chart: compiled, atRoot: true, values, schema: rootSchema, keys };
    return compiled;
}
function valueAt(v, path) {
    let at = v;
    for (const k of path)
        at = isObject(at) && Object.prototype.hasOwnProperty.call(at, k) ? at[k] : undefined;
    return at;
}
/** `base` with `add` merged in at `path` (maps key by key; what `base` has wins). */
function mergeAt(base, path, add) {
    if (add === undefined)
        return base;
    if (path.length > 0) {
        const here = isObject(base) ? base : {};
        return { ...here, [path[0]]: mergeAt(here[path[0]], path.slice(1), add) };
    }
    if (!isObject(base) || !isObject(add))
        return base === undefined ? add : base;
    const out = { ...add };
    for (const [k, v] of Object.entries(base))
        out[k] = mergeAt(add[k], [], v);
    return out;
}
/** The readings of several charts at one key path taken together. */
function union(list) {
    const parts = [];
    let unknown;
    for (const r of list) {
        if (!r)
            continue;
        if (r.whole)
            return WHOLE;
        parts.push(...r.parts);
        unknown ??= r.unknown;
    }
    return parts.length === 0 && unknown === undefined ? undefined : { whole: false, parts, unknown };
}
/** The reading of key `name` below `at`; what could not be read above stays unknown below. */
function child(at, name) {
    if (!at)
        return undefined;
    if (at.whole)
        return WHOLE;
    const r = union(at.parts.map((p) => partChild(p, name)));
    if (at.unknown === undefined || r?.whole)
        return r;
    return { whole: false, parts: r?.parts ?? [], unknown: r?.unknown ?? at.unknown };
}
/**
 * A chart's reading of `name` below one part. At its top level, `global` is
 * read by the chart and by every subchart (Helm hands each the parent's
 * globals), and a subchart's key is read by the subchart (its `.Values`) and
 * by the parent's own templates and conditions; the parent's values.yaml and
 * schema there are settings for the subchart, not reads.
 */
function partChild(p, name) {
    const sub = p.atRoot ? p.chart.subs.get(name) : undefined;
    if (p.atRoot && name === 'global')
        return union([
            own(p, name),
            ...[...p.chart.subs.values()].map((s) => (s.chart ? partChild(s.chart.root, name) : { whole: false, parts: [], unknown: s.unread })),
        ]);
    if (!sub)
        return own(p, name);
    const parent = own({ chart: p.chart, atRoot: false, keys: p.keys }, name);
    return union([parent, sub.chart ? { whole: false, parts: [sub.chart.root] } : { whole: false, parts: [], unknown: sub.unread }]);
}
/** The chart's own reading of `name` below `at`: its values.yaml, its schema, its templates. */
function own(at, name) {
    const next = { chart: at.chart, atRoot: false };
    let read = false;
    if (isObject(at.values) && Object.prototype.hasOwnProperty.call(at.values, name)) {
        read = true;
        const v = at.values[name];
        // An empty map or a null in the chart is a slot for whatever the user puts there; a scalar or a list is one value.
        if (!isObject(v) || Object.keys(v).length === 0)
            return WHOLE;
        next.values = v;
    }
    if (at.schema !== undefined) {
        const sub = schemaFor(at.schema, name, at.chart.rootSchema);
        if (sub === true)
            return WHOLE;
        if (sub !== false) {
            read = true;
            // A subschema that says nothing of the keys below allows any: the key is one value to it.
            if (!describesKeys(sub))
                return WHOLE;
            next.schema = sub;
        }
    }
    const key = at.keys?.next.get(name);
    if (key) {
        read = true;
        if (key.end)
            return WHOLE;
        next.keys = key;
    }
    return read ? { whole: false, parts: [next] } : undefined;
}
/** True when a schema object constrains the keys below it (so a key there is checked against it, not taken whole). */
function describesKeys(s) {
    if (typeof s === 'boolean')
        return false;
    return ['properties', 'patternProperties', 'additionalProperties', 'allOf', 'anyOf', 'oneOf', '$ref'].some((k) => k in s);
}
/** The chart (or subchart) whose own values hold the key at `path`: each leading key naming a read subchart leads into it. */
function holder(c, path) {
    let chart = c;
    const under = [];
    for (const k of path.slice(0, -1)) {
        const sub = chart.subs.get(k)?.chart;
        if (!sub)
            break;
        chart = sub;
        under.push(k);
    }
    return { chart, under };
}
/** Every subchart read below `c`, as `name version`. */
function subchartNames(c) {
    return [...c.subs.values()].flatMap((s) => (s.chart ? [`${s.chart.name} ${s.chart.version}`, ...subchartNames(s.chart)] : []));
}
/** Why the promoted version does not read `path`: what of it was looked at. */
function notReadBecause(promoted, path) {
    const { chart, under } = holder(promoted, path);
    const own = `not in its values.yaml${chart.hasSchema ? ', not allowed by its values.schema.json' : ''}, read by none of its templates`;
    if (under.length > 0)
        return `subchart ${chart.name} ${chart.version} under ${under.join('.')}: ${own}`;
    const subs = path[0] === 'global' ? subchartNames(promoted) : [];
    return subs.length > 0 ? `${own}, nor by its subcharts ${subs.join(', ')}` : own;
}
/** The keys set at and below `node`, dotted, at most MAX_LISTED. */
function keysBelow(node, path, out = []) {
    if (!(0,dist/* isMap */.jh)(node) || node.items.length === 0) {
        if (out.length < MAX_LISTED)
            out.push(path.join('.'));
        return out;
    }
    for (const pair of node.items)
        if ((0,dist/* isScalar */.jn)(pair.key))
            keysBelow(pair.value, [...path, String(pair.key.value)], out);
    return out;
}
/**
 * The keys `envText` sets that `current` (the chart version the environment
 * runs now) reads and `promoted` no longer reads, and the keys that could not
 * be judged because a subchart that may read them was not read. A key under a
 * map the chart leaves empty or null (`podAnnotations: {}`) is free-form and
 * read whole; lists are data, not keys. A key under a dependency's name or
 * alias is judged against that subchart (recursively), a key under `global`
 * against the chart and all its subcharts. With the run's `cache`, a values
 * file the run already parsed (a promotion's edited target) is not parsed again.
 */
function compareValues(envText, envFile, charts, document, cache) {
    const parsed = (0,parse_cache/* parseWith */.K)(cache, document === undefined ? read/* YAML_DOCUMENT */.MQ : read/* YAML_DOCUMENTS */.FL, (0,bytes/* stripBom */.F8)(envText), envFile);
    const root = document ? document(parsed.doc.contents) : parsed.doc.contents;
    const [was, now] = [compile(charts.current), compile(charts.promoted)];
    const label = (c) => `chart ${c.name} ${c.version}`;
    const findings = [];
    const notCompared = [];
    const walk = (node, before, after, path) => {
        if (!(0,dist/* isMap */.jh)(node))
            return;
        for (const pair of node.items) {
            if (findings.length + notCompared.length >= MAX_FINDINGS)
                return;
            if (!(0,dist/* isScalar */.jn)(pair.key))
                continue;
            const name = String(pair.key.value);
            const sub = [...path, name];
            const [b, a] = [child(before, name), child(after, name)];
            if (a && a.parts.length > 0) {
                if (!a.whole)
                    walk(pair.value, b, a, sub);
                continue;
            }
            if (a?.whole)
                continue;
            // Read by neither version: not what this promotion changes.
            if (!b)
                continue;
            // The promoted side cannot tell, the current one reads some keys below: which of those are the ones to list.
            if (a && !b.whole && b.parts.length > 0 && (0,dist/* isMap */.jh)(pair.value)) {
                walk(pair.value, b, a, sub);
                continue;
            }
            const key = sub.join('.');
            const line = parsed.lineOf(pair.key) ?? 1;
            // A chart that may read the key was not read: on the promoted side, or (the promoted version does not read it) on the current one.
            const unknown = a?.unknown ?? (b.whole || b.parts.length > 0 ? undefined : b.unknown);
            if (unknown !== undefined) {
                notCompared.push({ file: envFile, line, key, keys: keysBelow(pair.value, sub), why: unknown });
                continue;
            }
            findings.push({
                file: envFile,
                line,
                key,
                message: `key ${key} is set here and ${label(charts.current)} reads it, but ${label(charts.promoted)} no longer does (${notReadBecause(now, sub)})`,
            });
        }
    };
    walk(root, { whole: false, parts: [was.root] }, { whole: false, parts: [now.root] }, []);
    return { findings, notCompared };
}
function readSchema(text) {
    if (text === undefined)
        return undefined;
    try {
        const s = JSON.parse((0,bytes/* stripBom */.F8)(text));
        return typeof s === 'boolean' || isObject(s) ? s : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The subschema a property `name` is checked against, following local `$ref`s
 * and allOf/anyOf/oneOf: `properties`, a matching `patternProperties`, then
 * `additionalProperties` when it is `true` or a schema. `false` when the
 * schema says nothing that allows the key (an absent additionalProperties
 * allows it in JSON Schema, but says nothing about this chart reading it).
 */
function schemaFor(s, name, root, depth = 0) {
    if (s === true)
        return true;
    if (s === false || depth > 16)
        return false;
    const resolved = deref(s, root);
    if (resolved !== s)
        return schemaFor(resolved, name, root, depth + 1);
    const props = resolved.properties;
    if (isObject(props) && Object.prototype.hasOwnProperty.call(props, name))
        return props[name];
    const patterns = resolved.patternProperties;
    if (isObject(patterns))
        for (const [pattern, sub] of Object.entries(patterns)) {
            try {
                // RE2, as for a CRD's patterns: the chart's schema is the pull request's text, the key its values'.
                if ((0,text_pattern/* linearPattern */.GD)(pattern).test(name))
                    return sub;
            }
            catch {
                // A pattern RE2 cannot read allows nothing here.
            }
        }
    for (const k of ['allOf', 'anyOf', 'oneOf']) {
        const list = resolved[k];
        if (!Array.isArray(list))
            continue;
        for (const branch of list) {
            const found = isObject(branch) || typeof branch === 'boolean' ? schemaFor(branch, name, root, depth + 1) : false;
            if (found !== false)
                return found;
        }
    }
    const extra = resolved.additionalProperties;
    if (extra === true || isObject(extra))
        return extra;
    return false;
}
/** A schema's local `$ref` (`#/definitions/x`, `#/$defs/x`) resolved against the root; the schema itself otherwise. */
function deref(s, root) {
    const ref = s.$ref;
    if (typeof ref !== 'string' || !ref.startsWith('#/') || !isObject(root))
        return s;
    let at = root;
    for (const part of ref.slice(2).split('/'))
        at = isObject(at) ? at[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
    return typeof at === 'boolean' || isObject(at) ? at : s;
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}


/***/ }),

/***/ 69630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ae: () => (/* binding */ chartMeta),
/* harmony export */   HT: () => (/* binding */ archiveTree),
/* harmony export */   zV: () => (/* binding */ readChartValues)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var semver_functions_satisfies_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68541);
/* harmony import */ var semver_functions_satisfies_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver_functions_satisfies_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var semver_ranges_valid_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8219);
/* harmony import */ var semver_ranges_valid_js__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(semver_ranges_valid_js__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _charts_archive_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68657);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(37638);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(23769);
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
async function readAt(tree, dir, meta, depth, run) {
    run.charts++;
    const [values, schema, templatePaths, vendored] = await Promise.all([
        tree.text(join(dir, 'values.yaml')),
        tree.text(join(dir, 'values.schema.json')),
        tree.list(join(dir, 'templates')),
        vendoredCharts(tree, dir),
    ]);
    const templates = (await Promise.all(templatePaths.map((p) => tree.text(p)))).filter((t) => t !== undefined);
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
        return { key, imports, chart: await readAt(found.chart.tree, found.chart.dir, found.chart.meta, depth + 1, run) };
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
        dependencies.push(await open(key, inCharts ?? (await fileDependency(tree, dir, d, of)), d.imports));
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
        templates,
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
                chart: named(meta) ? { tree: archiveTree(files), dir: '', meta } : `${where} holds no Chart.yaml with a name and version`,
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

/***/ 23769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hz: () => (/* binding */ valuesDefaults),
/* harmony export */   In: () => (/* binding */ diffValues)
/* harmony export */ });
/* unused harmony exports lenientYaml, kindOf */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64293);
/* harmony import */ var _yaml_scalars_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47812);
/* harmony import */ var _text_bytes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29002);




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


/***/ })

};
