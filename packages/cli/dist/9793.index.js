export const id = 9793;
export const ids = [9793];
export const modules = {

/***/ 6779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

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
