export const id = 9836;
export const ids = [9836];
export const modules = {

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
/* harmony import */ var _deploy_chart_reference_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2809);
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(69888);
/* harmony import */ var _values_contract_drift_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(18253);
/* harmony import */ var _values_chart_files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(69630);
/* harmony import */ var _charts_archive_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(68657);
/* harmony import */ var _chart_repository_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(77063);
/* harmony import */ var _deploy_argocd_application_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(94689);
/* harmony import */ var _deploy_kind_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(5459);
// values-drift: when a promotion moves the target's chart version (its Application's targetRevision), the
// target's values file is compared with both chart versions: the one the target runs now and the one promoted.
// A key the current version reads and the promoted one no longer reads is drift (values/chart-drift.ts), as is
// one the current version's templates read and the promoted version's no longer do, though its values.yaml
// keeps it (values/contract-drift.ts). Each version is read where it was released: the repository at the
// chart's release tag (`<chart>-<version>`), the chart folder at the promoted ref when its Chart.yaml says that
// version, else its OCI artifact (the Application's registry, or the config's chart-registry); what is found
// must say that version in its Chart.yaml. `error` (the default for protected environments) refuses the
// promotion before anything is written, also when a version cannot be read (naming what was tried); `warn`
// annotates and goes on; `off` skips it.










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
    const resource = (0,_deploy_kind_js__WEBPACK_IMPORTED_MODULE_10__/* .deployerResource */ .lq)(to);
    if (mode === 'off' || !plan.chart || !resource)
        return undefined;
    const { file: appFile, name } = resource;
    if (appFile === to.values)
        return undefined;
    const appText = await ports.git.readAt(baseSha, appFile);
    if (appText === undefined)
        return undefined;
    const source = (0,_deploy_argocd_application_js__WEBPACK_IMPORTED_MODULE_9__/* .chartSource */ .Iu)(appText, appFile, name, req.charts);
    const envText = plan.files.find((f) => f.path === to.values)?.after ?? (await ports.git.readAt(baseSha, to.values));
    if (envText === undefined)
        return undefined;
    const locate = chartLocator(req, source, ports, baseSha, to.values, plan.chart);
    const [current, promoted] = await Promise.all([locate(plan.chart.old), locate(plan.chart.new)]);
    return driftOutcome(mode, plan.chart, current, promoted, (charts) => (0,_values_contract_drift_js__WEBPACK_IMPORTED_MODULE_5__/* .compareDrift */ .p)(envText, to.values, charts, undefined, cache));
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
/**
 * Finds a chart version, memoised per version: see chartAt. The chart
 * folders of the repository are listed once, at the base.
 */
function chartLocator(req, source, ports, baseSha, valuesFile, at) {
    let folders;
    // Per world: values-drift and the values contract (values-contract.ts) read the promoted version once between them.
    let found = located.get(ports);
    if (!found)
        located.set(ports, (found = new Map()));
    const context = JSON.stringify([source, valuesFile, baseSha, req.from, req.charts, at?.file, at?.line]);
    return (version) => {
        const key = `${context}\0${version}`;
        let f = found.get(key);
        if (f)
            return f;
        // Listed only when a version is looked for: a folders read nobody awaits would outlive the run.
        folders ??= chartFolders(req, source, ports, baseSha, valuesFile);
        found.set(key, (f = folders.then((dirs) => chartAt(req, source, dirs, version, ports, baseSha, at))));
        return f;
    };
}
/** The chart versions found in a world, by where they were looked for and the version. */
const located = new WeakMap();
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
        const name = (0,_values_chart_files_js__WEBPACK_IMPORTED_MODULE_6__/* .chartMeta */ .Ae)(text).name;
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
        const meta = (0,_values_chart_files_js__WEBPACK_IMPORTED_MODULE_6__/* .chartMeta */ .Ae)(text);
        if (meta.name !== name)
            return `its Chart.yaml names ${meta.name ?? 'no chart'}`;
        if (meta.version !== version)
            return `its Chart.yaml says version ${meta.version ?? '(none)'}`;
        return (0,_values_chart_files_js__WEBPACK_IMPORTED_MODULE_6__/* .readChartValues */ .zV)(gitTree(ports, commit), dir, { ...meta, name, version });
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
        const meta = (0,_values_chart_files_js__WEBPACK_IMPORTED_MODULE_6__/* .chartMeta */ .Ae)(files.get('Chart.yaml') ?? '');
        if (meta.name === name && meta.version === version)
            return { chart: await (0,_values_chart_files_js__WEBPACK_IMPORTED_MODULE_6__/* .readChartValues */ .zV)((0,_values_chart_files_js__WEBPACK_IMPORTED_MODULE_6__/* .archiveTree */ .HT)(files), '', { ...meta, name, version }), where, version };
        tried.push(`${where} (${meta.name !== name ? `its Chart.yaml names ${meta.name ?? 'no chart'}` : `its Chart.yaml says version ${meta.version ?? '(none)'}`})`);
        return undefined;
    };
    // A classic https repository: index.yaml and the archive it lists, digest checked (chart-repository.ts).
    const classic = await (0,_chart_repository_js__WEBPACK_IMPORTED_MODULE_8__/* .repositoryChart */ .r)(ports, source, version, line);
    if (classic && 'tried' in classic)
        tried.push(classic.tried);
    else if (classic) {
        const files = await (0,_charts_archive_js__WEBPACK_IMPORTED_MODULE_7__/* .readChartArchive */ .h)(Buffer.from(classic.tgz), `chart ${name} ${version} from ${classic.where}`, ARCHIVE_PARTS);
        const found = await fromArchive(files, classic.where);
        if (found)
            return found;
    }
    const image = (0,_deploy_chart_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .ociReference */ .H6)(source, version) ?? (0,_deploy_chart_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .configuredRegistry */ .ON)(req, name, version);
    if (image) {
        const where = (0,_deploy_chart_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .chartWhere */ .w4)(image);
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

/***/ 18253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ compareDrift)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/text/bytes.ts
var bytes = __webpack_require__(29002);
// EXTERNAL MODULE: ./packages/core/src/text/parse-cache.ts
var parse_cache = __webpack_require__(9053);
// EXTERNAL MODULE: ./packages/core/src/yaml/read.ts
var read = __webpack_require__(64293);
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

// EXTERNAL MODULE: ./packages/core/src/text/pattern.ts
var text_pattern = __webpack_require__(11867);
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

// EXTERNAL MODULE: ./packages/core/src/values/contract-index.ts + 4 modules
var contract_index = __webpack_require__(24000);
// EXTERNAL MODULE: ./packages/core/src/values/contract.ts
var contract = __webpack_require__(84828);
;// CONCATENATED MODULE: ./packages/core/src/values/contract-drift.ts
// values-drift with the values contract's reading of templates (issue 74, item 4): besides the keys
// the promoted chart version no longer has in its values.yaml, schema or templates (chart-drift.ts),
// a key the environment sets that the current version's templates read and the promoted version's
// templates no longer read is dropped too — the renamed key whose old default was left in values.yaml.
// Where a version's templates cannot be read (one does not parse), only chart-drift.ts decides.







/** compareValues (same arguments), with the keys the promoted version's templates stop reading added as dropped. */
function compareDrift(envText, envFile, charts, document, cache) {
    const found = compareValues(envText, envFile, charts, document, cache);
    const [was, now] = [indexOf(charts.current, envText), indexOf(charts.promoted, envText)];
    if (!was || !now)
        return found;
    const parsed = (0,parse_cache/* parseWith */.K)(cache, document === undefined ? read/* YAML_DOCUMENT */.MQ : read/* YAML_DOCUMENTS */.FL, (0,bytes/* stripBom */.F8)(envText), envFile);
    const root = document ? document(parsed.doc.contents) : parsed.doc.contents;
    // A key already listed, or below one listed (a map dropped whole), is said once.
    const said = [...found.findings, ...found.notCompared].map((f) => f.key);
    const listed = (key) => said.some((k) => key === k || key.startsWith(`${k}.`));
    const label = (c) => `chart ${c.name} ${c.version}`;
    const added = [];
    (0,contract/* collectLeaves */.N0)(root ?? null, [], (path, line) => {
        const key = path.join('.');
        if (listed(key) || (0,contract/* readingOf */.MU)(was, path) !== 2 || (0,contract/* readingOf */.MU)(now, path) !== 0)
            return;
        added.push({
            file: envFile,
            line: line ?? 1,
            key,
            message: `key ${key} is set here and ${label(charts.current)} reads it, but ${label(charts.promoted)} no longer does (read by none of its templates)`,
        });
    }, parsed.lineOf);
    return { findings: [...found.findings, ...added.sort((a, b) => a.line - b.line)], notCompared: found.notCompared };
}
/** The chart's template reading, or undefined when a template (or the environment's values) cannot be read. */
function indexOf(chart, envText) {
    try {
        return (0,contract_index/* contractIndex */.$)(chart, (0,contract_index/* valuesTemplates */.Q)(envText));
    }
    catch (e) {
        if (e instanceof errors/* UserError */.yo)
            return undefined;
        throw e;
    }
}


/***/ })

};
