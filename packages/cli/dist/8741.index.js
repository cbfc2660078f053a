export const id = 8741;
export const ids = [8741,1542];
export const modules = {

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

/***/ 6766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   changedChartsOutput: () => (/* binding */ changedChartsOutput),
/* harmony export */   literalPrefix: () => (/* binding */ literalPrefix),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _checks_problem_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2368);
/* harmony import */ var _charts_selection_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5997);
/* harmony import */ var _config_names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6744);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7638);
/* harmony import */ var _fs_workspace_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2536);
/* harmony import */ var _git_history_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1150);
/* harmony import */ var _git_local_repo_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8982);
/* harmony import */ var _git_objects_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7589);










// The check's run starts git before anything else: this module imports only what starting git
// needs. The YAML, SemVer and glob libraries (checks/chart-bump.ts, the config loader) are
// imported after git has started, so git lists and diffs while Node compiles them.
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
    const root = (0,_fs_workspace_js__WEBPACK_IMPORTED_MODULE_6__.resolveWorkingDirectory)(world.workspace, req.workingDirectory, 'working-directory');
    for (const p of req.charts)
        (0,_fs_workspace_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveInside */ .LI)(root, literalPrefix(p), 'charts');
    for (const p of req.protectedGlobs)
        (0,_fs_workspace_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveInside */ .LI)(root, literalPrefix(p), 'protected-values');
    for (const p of req.protectedApplications ?? [])
        (0,_fs_workspace_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveInside */ .LI)(root, literalPrefix(p), 'protected-applications');
    return root;
}
/**
 * Starts git at once (the comparison, the file:// search, the working
 * directory's prefix) and returns without waiting for it.
 */
function startGit(req, world, root) {
    const git = (world.services.git ?? _git_objects_js__WEBPACK_IMPORTED_MODULE_9__.gitSpawner)(root);
    const reader = new _git_objects_js__WEBPACK_IMPORTED_MODULE_9__/* .ObjectReader */ .nR(root);
    const comparison = (0,_git_history_js__WEBPACK_IMPORTED_MODULE_7__/* .loadComparison */ .Sk)(git, reader, {
        base: req.base,
        head: req.head,
        baseLabel: 'base',
        headLabel: 'head',
        baseBranch: req.baseBranch,
    });
    // Awaited later; until then a rejection must not count as unhandled.
    comparison.catch(() => { });
    const dependents = (0,_git_objects_js__WEBPACK_IMPORTED_MODULE_9__/* .pathsContaining */ .D)(git, req.head, 'Chart.yaml', 'file://').catch(() => undefined);
    const subfolder = root !== (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(world.workspace);
    const prefix = subfolder
        ? git(['rev-parse', '--show-prefix']).then((r) => (r.code === 0 ? r.stdout.toString('utf8').trim() : ''))
        : Promise.resolve('');
    prefix.catch(() => { });
    return { root, git, reader, comparison, prefix, dependents };
}
/** The check proper, once git is under way: the libraries load while it works. */
async function finish(req, world, s) {
    const { checkChartBumps } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(9159), __webpack_require__.e(7306), __webpack_require__.e(7363)]).then(__webpack_require__.bind(__webpack_require__, 7363));
    const prefix = await s.prefix;
    const { range, headPaths, headLinks, changes } = await compared(req, s);
    // The rules come from the base commit, as CODEOWNERS does: a pull request (a fork's among them)
    // cannot switch the guard off through its own copy of the config.
    const configs = await readConfigs(req, s, range, prefix);
    const noChartsAt = checkTargets(req, s.root, prefix, configs.base, configs.module).noChartsAt;
    if (noChartsAt)
        world.reporter.info(`${noChartsAt}: charts: [] — no chart to check`);
    world.reporter.debug(`comparing ${range.head} with ${range.mergeBase ?? 'its merge base'} (base ${range.base})`);
    const otherBases = otherBasesOf(req, s, range);
    const published = configs.base?.chartRegistry ? await registryLookup(configs.base.chartRegistry, world) : undefined;
    try {
        return await decideAll(req, s, { prefix, range, headPaths, headLinks, changes, configs, otherBases, published, checkChartBumps });
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
    const [{ publishedLookup }, { nodeTransport }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(3191), __webpack_require__.e(6827)]).then(__webpack_require__.bind(__webpack_require__, 6827)),
        __webpack_require__.e(/* import() */ 281).then(__webpack_require__.bind(__webpack_require__, 281)),
    ]);
    return publishedLookup(registry, {
        transport: (world.services.transport ?? nodeTransport)(),
        clock: world.clock,
        retry: world.services.retry,
        home: world.env.HOME || (0,node_os__WEBPACK_IMPORTED_MODULE_0__.homedir)(),
        dockerConfigDir: world.env.DOCKER_CONFIG || undefined,
        secret: world.secret,
        log: (line) => world.reporter.debug(line),
    });
}
/** The charts decided under the base's config (and the head's, when the pull request changes it). */
async function decideAll(req, s, d) {
    const { prefix, range, headPaths, headLinks, changes, configs, otherBases, published, checkChartBumps } = d;
    // Helm's loader follows symbolic links: a values file linked to a shared one changes when that one does.
    const sides = await (0,_git_history_js__WEBPACK_IMPORTED_MODULE_7__/* .followLinks */ .n1)(s.reader, (0,_git_history_js__WEBPACK_IMPORTED_MODULE_7__/* .treeSides */ .Tm)(s.reader, range.head, headPaths, changes), headLinks, changes);
    const decide = async (config) => checkChartBumps({
        ...sides,
        // Charts that may depend on others through file:// were found by git grep, side by side with the
        // comparison (searched again when the head had to be fetched first).
        localDependencyCandidates: (await s.dependents) ?? (await (0,_git_objects_js__WEBPACK_IMPORTED_MODULE_9__/* .pathsContaining */ .D)(s.git, range.head, 'Chart.yaml', 'file://')),
        otherBases,
        ...(published ? { published } : {}),
        ...checkTargets(req, s.root, prefix, config, configs.module),
    });
    const plan = await decide(configs.base);
    const configChange = configs.change ? await underHeadConfig(configs.change, decide) : undefined;
    // A pull request's invalid config only makes its own check stricter: it fails, as the file would break every run once merged.
    const ok = plan.ok && !configChange?.invalid;
    return {
        ...plan,
        ok,
        outputs: { ok: String(ok), 'changed-charts': JSON.stringify(changedChartsOutput(plan)) },
        range,
        baseBranch: req.baseBranch,
        ...(configChange ? { configChange } : {}),
    };
}
/** The comparison git started; HEAD that names no commit (no commit yet, an unborn branch) is said as such, not as a missing ref. */
async function compared(req, s) {
    return s.comparison.catch(async (e) => {
        const noHead = e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo && req.head === 'HEAD' ? await (0,_git_local_repo_js__WEBPACK_IMPORTED_MODULE_8__/* .headProblem */ .Y2)(s.git, 'nothing to check') : undefined;
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
async function readConfigs(req, s, range, prefix) {
    const rel = req.config?.trim() || DEFAULT_CONFIG;
    const explicit = rel !== DEFAULT_CONFIG;
    (0,_fs_workspace_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveInside */ .LI)(s.root, rel, 'config');
    const repoPath = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(prefix, rel.replace(/\\/g, '/')));
    const read = (commit) => s.reader.text(`${commit}:${repoPath}`, MAX_CONFIG_BYTES).catch((e) => {
        if (e instanceof _git_objects_js__WEBPACK_IMPORTED_MODULE_9__/* .ObjectTooLarge */ .Xs)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`config ${rel} is ${e.size} bytes; a config file is at most 1 MiB`, {
                file: repoPath,
                hint: 'shorten the file',
            });
        throw e;
    });
    const [baseText, headText] = await Promise.all([read(range.base), read(range.head)]);
    if (baseText === undefined && headText === undefined) {
        // .yml for .yaml and back: the one that exists is most likely the one meant, never silently ignored.
        const other = (0,_config_names_js__WEBPACK_IMPORTED_MODULE_4__/* .otherConfigExtension */ .q)(rel);
        if (other !== undefined && (await s.reader.read(`${range.base}:${node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(prefix, other))}`)))
            throw (0,_config_names_js__WEBPACK_IMPORTED_MODULE_4__/* .siblingConfigError */ .R)(rel, other, ' at the base commit');
        if (explicit)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`config file ${rel} does not exist at the base or the head commit`, {
                hint: 'fix the config input or create the file',
            });
        return {};
    }
    // The config loader (and its JSON Schema validator) is loaded only when there is a config to read.
    const module = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(1312), __webpack_require__.e(2542)]).then(__webpack_require__.bind(__webpack_require__, 1312));
    let base;
    if (baseText !== undefined) {
        try {
            base = module.parseConfigText(baseText, rel);
        }
        catch (e) {
            // The base's own config is broken: fail closed, saying where the fix must land.
            if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo))
                throw e;
            const why = `this check reads the config from the base commit ${range.base.slice(0, 12)}, so the fix must land there first`;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(e.message, { file: e.file, line: e.line, col: e.col, hint: e.hint ? `${e.hint}; ${why}` : why });
        }
    }
    if (headText === baseText)
        return { base, module };
    const change = { file: repoPath };
    if (headText === undefined)
        change.deleted = true;
    else {
        try {
            change.head = module.parseConfigText(headText, rel);
        }
        catch (e) {
            if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo))
                throw e;
            change.problem = formatUserError(e);
            change.invalid = (0,_checks_problem_js__WEBPACK_IMPORTED_MODULE_2__/* .fromUserError */ .ET)(e);
        }
    }
    return { base, module, change };
}
/** What the pull request's own config would decide, as a note for the summary (never enforced). */
async function underHeadConfig(change, decide) {
    const said = { file: change.file, ...(change.deleted ? { deleted: true } : {}) };
    if (change.problem)
        return { ...said, verdict: 'not-run', problem: change.problem, ...(change.invalid ? { invalid: change.invalid } : {}) };
    try {
        const plan = await decide(change.head);
        const errors = [...plan.charts.flatMap((c) => c.problems), ...plan.protectedProblems].filter((p) => p.level === 'error').length;
        return { ...said, verdict: plan.ok ? 'pass' : 'fail', errors };
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserErrors */ .tQ)
            return { ...said, verdict: 'not-run', problem: e.errors.map(formatUserError).join('; ') };
        if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo))
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
        problems: c.problems.map(_checks_problem_js__WEBPACK_IMPORTED_MODULE_2__/* .formatProblem */ .Vw),
    }));
}
/**
 * The request and the config merged into what the check applies: chart
 * patterns, environment values files, globs, ignore and the rules. Each
 * target remembers its input or config line, so one that matches nothing is
 * reported there. git names paths from the repository's top; patterns and
 * config paths are relative to working-directory (`prefix` below the top).
 */
function checkTargets(req, root, prefix, config, configModule) {
    const fromInput = req.charts.length > 0;
    const given = fromInput ? req.charts : (config?.charts ?? []);
    for (const p of [...given, ...(config?.chartsIgnore ?? [])])
        (0,_fs_workspace_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveInside */ .LI)(root, literalPrefix(p), 'charts');
    const inRepo = (p) => (prefix ? node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(prefix, p.trim().replace(/\\/g, '/')) : p);
    const configFile = config?.file ? inRepo(config.file) : undefined;
    const fromConfig = (path, key) => ({
        key,
        file: configFile,
        line: config && configModule ? configModule.configLine(config, path) : undefined,
    });
    const here = prefix ? prefix.replace(/\/+$/, '') : '.';
    // The one meaning of charts (charts/selection.ts): the input, else the config's — absent: every chart
    // under the working directory; `[]`: none, said once as file:line; else its entries, each at its line.
    const lineOf = (path) => (config && configModule ? configModule.configLine(config, path) : undefined);
    const choice = (0,_charts_selection_js__WEBPACK_IMPORTED_MODULE_3__/* .chartChoice */ .SA)(req.charts, config ? { ...config, file: configFile } : undefined, lineOf);
    const noChartsAt = choice.kind === 'none' ? (0,_charts_selection_js__WEBPACK_IMPORTED_MODULE_3__/* .whereOf */ .de)(choice.at) : undefined;
    const asTargets = (entries) => entries.map((e) => ({ ...e, pattern: inRepo(e.pattern), written: e.pattern }));
    const charts = choice.kind === 'patterns'
        ? asTargets(choice.entries)
        : choice.kind === 'every'
            ? [{ pattern: here, written: here, input: 'working-directory' }]
            : [];
    const chartsIgnore = asTargets((0,_charts_selection_js__WEBPACK_IMPORTED_MODULE_3__/* .ignoredEntries */ .Ts)(config ? { ...config, file: configFile } : undefined, lineOf));
    const environments = (config?.environments ?? []).map((e, i) => ({
        protected: e.protected,
        target: { pattern: inRepo(e.values), written: e.values, ...fromConfig(['environments', i, 'values'], `environments[${i}].values`) },
    }));
    return {
        charts,
        noCharts: noChartsAt !== undefined,
        noChartsAt,
        ...(chartsIgnore.length > 0 ? { chartsIgnore } : {}),
        ...(config?.charts !== undefined ? { chartsAt: { file: configFile, line: lineOf(['charts']) } } : {}),
        protectedFiles: environments.filter((e) => e.protected).map((e) => e.target),
        configuredFiles: environments.filter((e) => !e.protected).map((e) => e.target),
        protectedGlobs: req.protectedGlobs.map((g) => ({ pattern: inRepo(g), written: g, input: 'protected-values' })),
        ...protectedApplicationTargets(req, config, inRepo, fromConfig),
        prefix,
        ignore: req.ignore.length > 0 ? req.ignore : (config?.ignore ?? []),
        breaking: req.breaking,
        changelog: req.changelog ?? config?.changelog ?? 'auto',
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


/***/ }),

/***/ 1542:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   chartRows: () => (/* binding */ chartRows),
/* harmony export */   checkFailure: () => (/* binding */ checkFailure),
/* harmony export */   checkLogLine: () => (/* binding */ checkLogLine),
/* harmony export */   checkMarkdown: () => (/* binding */ checkMarkdown),
/* harmony export */   checkRunnerView: () => (/* binding */ checkRunnerView),
/* harmony export */   checkTitle: () => (/* binding */ checkTitle),
/* harmony export */   checkView: () => (/* binding */ checkView),
/* harmony export */   checkWarnings: () => (/* binding */ checkWarnings),
/* harmony export */   comparedSentence: () => (/* binding */ comparedSentence),
/* harmony export */   configChangeSentence: () => (/* binding */ configChangeSentence),
/* harmony export */   howToFix: () => (/* binding */ howToFix),
/* harmony export */   protectedRows: () => (/* binding */ protectedRows),
/* harmony export */   view: () => (/* binding */ view)
/* harmony export */ });
/* harmony import */ var _checks_problem_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2368);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8960);
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9888);




// The check's renderings (the runner's log and job summary, and the terminal) are built from the
// same rows and sentences below, so the action and `lockstep check` cannot tell different stories.
const CHART_HEADERS = ['Chart', 'Version (base → head)', 'Required', 'Result', 'Why'];
const PROTECTED_HEADERS = ['Protected values file', 'Result'];
const NOTHING_CHANGED = 'No chart changed in a way `helm package` would see.';
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
function configChangeSentence(r, code = _text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS, text = _text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV) {
    const c = r.configChange;
    if (!c)
        return undefined;
    const would = c.verdict === 'pass'
        ? 'it would pass'
        : c.verdict === 'fail'
            ? `it would fail (${c.errors} error${c.errors === 1 ? '' : 's'})`
            : `the check could not run: ${text(c.problem ?? 'unknown')}`;
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
        const mine = r.protectedProblems.filter((p) => p.file === f);
        return [f, mine.length === 0 ? ok : mine.map((p) => `❌ ${(0,_checks_problem_js__WEBPACK_IMPORTED_MODULE_0__/* .formatProblem */ .Vw)(p)}`).join('\n')];
    };
    return [
        ...r.protectedFiles.map((f) => row(f, '✅ every image pinned by digest')),
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
        lines.push(`Fetched from origin: ${r.range.fetched.map(_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV).join('; ')}.`, '');
    const config = configChangeSentence(r);
    if (config)
        lines.push(config, '');
    if (r.charts.length === 0)
        lines.push(NOTHING_CHANGED, '');
    else {
        lines.push((0,_report_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownTable */ .Q)(CHART_HEADERS, chartRows(r)), '');
        const fixes = r.charts.filter((c) => !c.ok).map((c) => howToFix(c));
        if (fixes.length > 0)
            lines.push('**How to fix**', '', ...fixes, '');
    }
    if (r.protectedFiles.length > 0 || (r.protectedApplications?.length ?? 0) > 0)
        lines.push((0,_report_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownTable */ .Q)(PROTECTED_HEADERS, protectedRows(r)), '');
    const outside = (r.uncovered ?? []).flatMap((d) => r.protectedProblems.filter((p) => p.file === `${d}/Chart.yaml`));
    if (outside.length > 0)
        lines.push('**Changed chart folders outside `charts:`**', '', ...outside.map((p) => `- ❌ ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)((0,_checks_problem_js__WEBPACK_IMPORTED_MODULE_0__/* .formatProblem */ .Vw)(p))}`), '');
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
        ...(r.charts.length === 0 ? [NOTHING_CHANGED.replace(/`/g, '')] : []),
        r.ok ? 'The check passed.' : 'The check failed.',
    ];
    return {
        title: checkTitle(r),
        status: status.join(' '),
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
            ...r.charts.filter((c) => !c.ok).map((c) => `how to fix: ${howToFix(c, terminalCode).replace(/^- /, '')}`),
        ],
        warnings: checkWarnings(r).map(_checks_problem_js__WEBPACK_IMPORTED_MODULE_0__/* .formatProblem */ .Vw),
    };
}
const markdownCode = { code: (s) => (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(s), text: _text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV };
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
const view = { runner: checkRunnerView, terminal: checkView };
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
        ...(r.configChange?.invalid ? [r.configChange.invalid] : []),
    ].filter((p) => p.level === 'error');
    // The summary's tables list them already: the runner's summary must not repeat them.
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserErrors */ .tQ(failures.map(_checks_problem_js__WEBPACK_IMPORTED_MODULE_0__/* .asUserError */ .Yl), { summarized: true });
}
/** The warnings of a check, charts first. */
function checkWarnings(r) {
    return [...r.charts.flatMap((c) => c.problems), ...r.protectedProblems].filter((p) => p.level === 'warning');
}


/***/ })

};
