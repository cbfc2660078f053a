export const id = 8741;
export const ids = [8741];
export const modules = {

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

/***/ 57853:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ CheckContract),
/* harmony export */   s: () => (/* binding */ sideContract)
/* harmony export */ });
/* harmony import */ var _deploy_fleet_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15137);
/* harmony import */ var _values_contract_words_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70456);
/* harmony import */ var _settings_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38807);
/* harmony import */ var _settings_table_check_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58302);
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
        return (0,_settings_read_js__WEBPACK_IMPORTED_MODULE_1__/* .settingsFor */ .zc)(_settings_table_check_js__WEBPACK_IMPORTED_MODULE_2__/* .CHECK */ .f, { valuesContract: this.given }, this.config, { environment: environment.name }).valuesContract;
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
        for (const f of (0,_values_contract_words_js__WEBPACK_IMPORTED_MODULE_3__/* .contractFindings */ .T)(found, label, name))
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
        return `or set values-contract: ${mode === 'error' ? 'warn' : 'off'} for ${(0,_deploy_fleet_js__WEBPACK_IMPORTED_MODULE_0__/* .configNameOf */ .py)(environment)} in the config`;
    }
}


/***/ }),

/***/ 17530:
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
// EXTERNAL MODULE: ./packages/core/src/async/young-generation.ts
var young_generation = __webpack_require__(65633);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/checks/problem.ts
var problem = __webpack_require__(62368);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/fs/workspace.ts
var workspace = __webpack_require__(92536);
// EXTERNAL MODULE: ./packages/core/src/git/history.ts
var git_history = __webpack_require__(41150);
// EXTERNAL MODULE: ./packages/core/src/git/local-repo.ts
var local_repo = __webpack_require__(48982);
// EXTERNAL MODULE: ./packages/core/src/git/cat-file.ts
var cat_file = __webpack_require__(40001);
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
        if (e instanceof cat_file/* ObjectTooLarge */.X)
            return undefined;
        throw e;
    }
}

// EXTERNAL MODULE: ./packages/core/src/git/objects.ts
var objects = __webpack_require__(57850);
// EXTERNAL MODULE: ./packages/core/src/deploy/fleet.ts + 1 modules
var fleet = __webpack_require__(15137);
// EXTERNAL MODULE: ./packages/core/src/charts/selection.ts
var selection = __webpack_require__(95997);
// EXTERNAL MODULE: ./packages/core/src/settings/read.ts
var read = __webpack_require__(38807);
// EXTERNAL MODULE: ./packages/core/src/settings/table-check.ts
var table_check = __webpack_require__(58302);
// EXTERNAL MODULE: ./packages/core/src/deploy/kind.ts + 4 modules
var kind = __webpack_require__(5459);
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
var commits = __webpack_require__(53852);
// EXTERNAL MODULE: ./packages/core/src/operations/check/contract.ts
var check_contract = __webpack_require__(57853);
;// CONCATENATED MODULE: ./packages/core/src/operations/check/lazy.ts
// The check's heavy modules, each behind a named getter and loaded on first use: run.ts starts git
// first and asks for these while git works. The one place the check's run imports dynamically
// (index.ts loads the run and the views); the functions it calls take what these give, never a module.
/** The chart-bump rules (YAML, SemVer, globs): checks/chart-bump.ts. */
const chartBumpRules = () => __webpack_require__.e(/* import() */ 7363).then(__webpack_require__.bind(__webpack_require__, 47363));
/** The config loader and its JSON Schema validator, only when there is a config to read. */
const configLoader = () => __webpack_require__.e(/* import() */ 793).then(__webpack_require__.bind(__webpack_require__, 30793));
/** Rendered manifest diffs (Helm), only when render is not off. */
const renderer = () => Promise.all(/* import() */[__webpack_require__.e(5382), __webpack_require__.e(793), __webpack_require__.e(5131), __webpack_require__.e(8021)]).then(__webpack_require__.bind(__webpack_require__, 58021));
/** Every check a command runs on the config alone, only when a pull request changes the config. */
const configChecks = () => Promise.all(/* import() */[__webpack_require__.e(793), __webpack_require__.e(3081)]).then(__webpack_require__.bind(__webpack_require__, 93081));
/** The promotion gates' checks of the config besides, only when a pull request changes the config. */
const gateConfigChecks = () => Promise.all(/* import() */[__webpack_require__.e(5382), __webpack_require__.e(793), __webpack_require__.e(5131), __webpack_require__.e(2399), __webpack_require__.e(2862), __webpack_require__.e(1668)]).then(__webpack_require__.bind(__webpack_require__, 1668));
/** Schema validation of the rendered environments, with render (the Kubernetes schemas load on the first object). */
const validator = () => Promise.all(/* import() */[__webpack_require__.e(5382), __webpack_require__.e(793), __webpack_require__.e(5131), __webpack_require__.e(2097)]).then(__webpack_require__.bind(__webpack_require__, 32097));
/** The values contract of the rendered environments (the Go template reader), with render. */
const contractReader = () => Promise.all(/* import() */[__webpack_require__.e(5382), __webpack_require__.e(8871), __webpack_require__.e(4828), __webpack_require__.e(6343)]).then(__webpack_require__.bind(__webpack_require__, 56343));
/** The chart registry's published versions, only with a chart-registry in the base's config. */
const publishedCharts = () => __webpack_require__.e(/* import() */ 6827).then(__webpack_require__.bind(__webpack_require__, 96827));
/** The merge queue's entry base and who took a version (operations/check/queue.ts), only when the event or a refusal asks. */
const mergeQueue = () => __webpack_require__.e(/* import() */ 352).then(__webpack_require__.bind(__webpack_require__, 80352));
/** The registries' HTTP transport, with publishedCharts. */
const registryHttp = () => Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 96291));
/** The puller of a Flux HelmRelease's remote chart (render-flux.ts). */
const remoteChart = () => __webpack_require__.e(/* import() */ 1252).then(__webpack_require__.bind(__webpack_require__, 31252));

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
            if (e instanceof cat_file/* ObjectTooLarge */.X)
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
var names = __webpack_require__(16744);
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
        if (e instanceof cat_file/* ObjectTooLarge */.X)
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
            if (e instanceof cat_file/* ObjectTooLarge */.X)
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
var verdicts = __webpack_require__(32341);
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
    const root = (0,workspace.resolveWorkingDirectory)(world.workspace, req.workingDirectory, 'working-directory');
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
    const git = world.services.repo?.(root) ?? (0,objects.gitSpawner)(root);
    const reader = new cat_file/* ObjectReader */.n(root);
    const comparison = (0,git_history/* loadComparison */.Sk)(git, reader, {
        base: req.base,
        head: req.head,
        baseLabel: 'base',
        headLabel: 'head',
        baseBranch: req.baseBranch,
    });
    // Awaited later; until then a rejection must not count as unhandled.
    comparison.catch(() => { });
    const subfolder = root !== (0,external_node_path_.resolve)(world.workspace);
    const prefix = subfolder ? (0,local_repo/* pathPrefixOrTop */.MY)(git) : Promise.resolve('');
    prefix.catch(() => { });
    // Head Chart.yaml files that may declare file:// dependencies: read through the cat-file already
    // running once the head's paths are listed, instead of a `git grep` process of their own.
    // As `git grep` run in the working directory searched: the files below it only.
    const dependents = Promise.all([comparison, prefix])
        .then(async ([c, under]) => {
        const charts = [...c.headPaths].filter((p) => p.startsWith(under) && (p === `${under}Chart.yaml` || p.endsWith('/Chart.yaml')));
        return ((await blobsContaining(reader, c.range.head, charts, 'file://', MAX_SEARCHED_BYTES, c.headOids)) ??
            (await (0,objects/* pathsContaining */.D)(git, c.range.head, 'Chart.yaml', 'file://')));
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
    const sides = await (0,git_history/* followLinks */.n1)(s.reader, (0,git_history/* treeSides */.Tm)(s.reader, range.head, headPaths, changes, headOids), headLinks, changes);
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
        localDependencyCandidates: (await s.dependents) ?? (await (0,objects/* pathsContaining */.D)(s.git, range.head, 'Chart.yaml', 'file://')),
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
        const noHead = e instanceof errors/* UserError */.yo && req.head === 'HEAD' ? await (0,local_repo/* headProblem */.Y2)(s.git, 'nothing to check') : undefined;
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

/***/ 11542:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   chartRows: () => (/* binding */ chartRows),
/* harmony export */   checkFailure: () => (/* binding */ checkFailure),
/* harmony export */   checkJson: () => (/* binding */ checkJson),
/* harmony export */   checkLogLine: () => (/* binding */ checkLogLine),
/* harmony export */   checkMarkdown: () => (/* binding */ checkMarkdown),
/* harmony export */   checkRunnerView: () => (/* binding */ checkRunnerView),
/* harmony export */   checkTitle: () => (/* binding */ checkTitle),
/* harmony export */   checkView: () => (/* binding */ checkView),
/* harmony export */   checkWarnings: () => (/* binding */ checkWarnings),
/* harmony export */   comparedSentence: () => (/* binding */ comparedSentence),
/* harmony export */   configChangeSentence: () => (/* binding */ configChangeSentence),
/* harmony export */   howToFix: () => (/* binding */ howToFix),
/* harmony export */   notRenderedLine: () => (/* binding */ notRenderedLine),
/* harmony export */   protectedRows: () => (/* binding */ protectedRows),
/* harmony export */   view: () => (/* binding */ view)
/* harmony export */ });
/* harmony import */ var _checks_problem_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62368);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69888);
/* harmony import */ var _text_cap_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(77841);
/* harmony import */ var _render_report_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(45914);
/* harmony import */ var _contract_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92252);
/* harmony import */ var _verdicts_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(32341);







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
function configChangeSentence(r, code = _text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS, text = _text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV) {
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
        const why = [...c.reasons, ...c.problems.map((p) => `${p.level === 'warning' ? 'warning: ' : ''}${(0,_checks_problem_js__WEBPACK_IMPORTED_MODULE_0__/* .formatProblem */ .Vw)(p)}`)];
        return [`${c.name} (${c.path})`, `${c.base ?? '(new)'} → ${c.head ?? '(deleted)'}`, c.required, result, why.join('\n')];
    });
}
/** One row per protected values file: every image pinned, or what is not; then one per protected Application file: exact chart versions, or what is not. */
function protectedRows(r) {
    const row = (f, ok) => {
        const mine = r.protectedProblems.filter((p) => p.file === f && !r.renderProblems?.includes(p));
        return [f, mine.length === 0 ? ok : mine.map((p) => `❌ ${(0,_checks_problem_js__WEBPACK_IMPORTED_MODULE_0__/* .formatProblem */ .Vw)(p)}`).join('\n')];
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
        lines.push(`Fetched from origin: ${r.range.fetched.map(_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV).join('; ')}.`, '');
    const config = configChangeSentence(r);
    if (config)
        lines.push(config, '');
    // A key file the unchanged config names, changed into something no command would verify with (the changed config's sentence names its own).
    if (!r.configChange && r.configProblems?.length)
        lines.push('**The config as this pull request leaves it**', '', ...r.configProblems.map((p) => `- ❌ ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)((0,_checks_problem_js__WEBPACK_IMPORTED_MODULE_0__/* .formatProblem */ .Vw)(p))}`), '');
    if (r.charts.length === 0)
        lines.push(nothingChecked(r, _text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS), '');
    else {
        lines.push((0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownTable */ .Qj)(CHART_HEADERS, chartRows(r)), '');
        const fixes = r.charts.filter((c) => !c.ok).map((c) => howToFix(c));
        if (fixes.length > 0)
            lines.push('**How to fix**', '', ...fixes, '');
    }
    if (r.protectedFiles.length > 0 || (r.protectedApplications?.length ?? 0) > 0)
        lines.push((0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownTable */ .Qj)(PROTECTED_HEADERS, protectedRows(r)), '');
    if (r.protectedEnvironments?.length)
        lines.push((0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownTable */ .Qj)(VERDICT_HEADERS, r.protectedEnvironments.map((v) => [v.environment, (0,_verdicts_js__WEBPACK_IMPORTED_MODULE_4__/* .verdictText */ .nt)(v)])), '');
    const outside = (r.uncovered ?? []).flatMap((d) => r.protectedProblems.filter((p) => p.file === `${d}/Chart.yaml`));
    if (outside.length > 0)
        lines.push('**Changed chart folders outside `charts:`**', '', ...outside.map((p) => `- ❌ ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)((0,_checks_problem_js__WEBPACK_IMPORTED_MODULE_0__/* .formatProblem */ .Vw)(p))}`), '');
    if (r.renderProblems?.length)
        lines.push('**What the environments would receive**', '', ...r.renderProblems.map((p) => `- ${p.level === 'error' ? '❌' : '⚠️'} ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)((0,_checks_problem_js__WEBPACK_IMPORTED_MODULE_0__/* .formatProblem */ .Vw)(p))}`), '');
    // What the cluster would receive, per environment deploying a changed chart (fitted under half the summary's cap).
    // No Helm on PATH (auto) is the log's one line, not the summary's.
    if (r.validation)
        lines.push('**Schema validation of the rendered objects**', '', ...r.validation.map((p) => `- ${p.level === 'error' ? '❌' : '⚠️'} ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)((0,_checks_problem_js__WEBPACK_IMPORTED_MODULE_0__/* .formatProblem */ .Vw)(p))}`), '');
    if (r.valuesContract?.problems.length)
        lines.push("**The values contract: keys no template reads, what the chart's schema refuses**", '', ...r.valuesContract.problems.map((p) => `- ${p.level === 'error' ? '❌' : '⚠️'} ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)((0,_checks_problem_js__WEBPACK_IMPORTED_MODULE_0__/* .formatProblem */ .Vw)(p))}`), '');
    const shown = r.rendered?.filter((e) => !e.noHelm) ?? [];
    const rendered = shown.length > 0 ? (0,_render_report_js__WEBPACK_IMPORTED_MODULE_5__/* .renderedMarkdown */ .nV)(shown, _text_cap_js__WEBPACK_IMPORTED_MODULE_6__/* .SUMMARY_CAP */ .GY / 2, 'lockstep check') : '';
    if (rendered)
        lines.push(rendered, '');
    if (r.notRendered)
        lines.push((0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(notRenderedLine(r.notRendered)), '');
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
            ...(r.protectedEnvironments ?? []).map((v) => `protected environment ${v.environment}: ${(0,_verdicts_js__WEBPACK_IMPORTED_MODULE_4__/* .verdictText */ .nt)(v)}`),
            ...(r.notRendered ? [notRenderedLine(r.notRendered)] : []),
            ...r.charts.filter((c) => !c.ok).map((c) => `how to fix: ${howToFix(c, terminalCode).replace(/^- /, '')}`),
        ],
        warnings: checkWarnings(r).map(_checks_problem_js__WEBPACK_IMPORTED_MODULE_0__/* .formatProblem */ .Vw),
        ...(r.rendered ? { diff: (0,_render_report_js__WEBPACK_IMPORTED_MODULE_5__/* .renderedLines */ .HY)(r.rendered) } : {}),
    };
}
const markdownCode = { code: (s) => (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(s), text: _text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV };
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
        .map((p) => ({ file: p.file || null, line: p.line ?? null, message: (0,_checks_problem_js__WEBPACK_IMPORTED_MODULE_0__/* .formatProblem */ .Vw)(p) }));
    return (0,_contract_json_js__WEBPACK_IMPORTED_MODULE_2__/* .commandJson */ .ic)('check', {
        ok: r.ok,
        base: r.range.base,
        head: r.range.head,
        'merge-base': r.range.mergeBase ?? null,
        'changed-charts': (0,_contract_json_js__WEBPACK_IMPORTED_MODULE_2__/* .parsedOutput */ .$p)(r.outputs['changed-charts']),
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
        ...(r.rendered ? { rendered: (0,_render_report_js__WEBPACK_IMPORTED_MODULE_5__/* .renderedJson */ .gA)(r.rendered), 'render-counts': (0,_render_report_js__WEBPACK_IMPORTED_MODULE_5__/* .renderedCountsJson */ .sA)(r.rendered) } : {}),
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
        steps.push({ info: `rendered: ${(0,_render_report_js__WEBPACK_IMPORTED_MODULE_5__/* .countLine */ .QK)(e)}` });
    if (r.notRendered)
        steps.push({ info: notRenderedLine(r.notRendered) });
    steps.push({ endGroup: true });
    // Typed by its keys, so Object.entries sees string values (an interface alone gives it `any`).
    const outputs = r.outputs;
    for (const [k, v] of Object.entries(outputs))
        steps.push({ output: k, value: v });
    steps.push({ summary: checkMarkdown(r) });
    for (const p of checkWarnings(r))
        steps.push({ annotate: 'warning', message: (0,_checks_problem_js__WEBPACK_IMPORTED_MODULE_0__/* .formatProblem */ .Vw)(p), file: p.file || undefined, line: p.line, title: 'lockstep' });
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
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserErrors */ .tQ(failures.map(_checks_problem_js__WEBPACK_IMPORTED_MODULE_0__/* .asUserError */ .Yl), { summarized: true });
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

/***/ 45914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HY: () => (/* binding */ renderedLines),
/* harmony export */   QK: () => (/* binding */ countLine),
/* harmony export */   gA: () => (/* binding */ renderedJson),
/* harmony export */   nV: () => (/* binding */ renderedMarkdown),
/* harmony export */   sA: () => (/* binding */ renderedCountsJson)
/* harmony export */ });
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69888);
/* harmony import */ var _text_mentions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78274);
/* harmony import */ var _text_thousands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75358);
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
    const n = (x) => (0,_text_thousands_js__WEBPACK_IMPORTED_MODULE_0__/* .thousands */ .o)(x ?? 0);
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
        return `- ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(head)} (summarized, ${sizeText(c)})`;
    // Inside an HTML block Markdown escapes would print as backslashes: entities, and mentions and closing keywords made inert.
    return [`<details><summary>${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)((0,_text_mentions_js__WEBPACK_IMPORTED_MODULE_2__/* .inertReferences */ .x)(head))}</summary>`, '', (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeBlock */ .DV)(c.diff, 'diff'), '', '</details>'].join('\n');
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
        head.push(`- ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(countLine(e))}`);
        if (e.beforeFailed)
            head.push(`  - the current state does not render (every object shows as added): ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(firstLine(e.beforeFailed))}`);
    }
    head.push('');
    for (const e of envs)
        if (e.status === 'failed' && e.message)
            head.push(`${e.renderer === 'kustomize' ? 'kustomize' : 'Helm'}'s message for ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(e.environment)}:`, '', (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeBlock */ .DV)(e.message), '');
    let text = `${head.join('\n')}\n`;
    const folds = envs.flatMap((e) => (e.diff?.changes ?? []).map((c) => ({ e, c })));
    let cut = 0;
    const note = (n) => `\n> [!NOTE]\n> ${n} object${n === 1 ? '' : 's'}' diff${n === 1 ? '' : 's'} cut to fit the 65,536 characters GitHub allows; \`${rerun}\` prints them all.\n`;
    const reserve = bytes(note(folds.length)) + 2;
    let lastEnv;
    for (const { e, c } of folds) {
        const title = envs.length > 1 && e.environment !== lastEnv ? `**${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(e.environment)}**\n\n` : '';
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

/***/ 75358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ thousands)
/* harmony export */ });
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


/***/ }),

/***/ 70456:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ contractFindings)
/* harmony export */ });
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


/***/ })

};
