export const id = 153;
export const ids = [153,197];
export const modules = {

/***/ 5289:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c9: () => (/* binding */ recordLanded),
/* harmony export */   cx: () => (/* binding */ landedRecord),
/* harmony export */   rj: () => (/* binding */ environmentFiles)
/* harmony export */ });
/* harmony import */ var _git_publish_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5825);
/* harmony import */ var _records_trailers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3190);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);
/* harmony import */ var _status_tables_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1646);
/* harmony import */ var _place_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7479);
/* harmony import */ var _kustomize_overlay_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3861);
/* harmony import */ var _deploy_kind_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9032);
// record: deployments — a promotion that landed on the base branch, recorded
// as a GitHub Deployment. The landed commit is a promotion when the trailer
// block of its message, as git parses it (the last paragraph), carries
// promote-env's generated trailer (a direct push, a rebase merge, a squash
// whose message keeps the commit's) or, for a merge commit, its merged
// parent's does: a merge's own message is GitHub's, and a `Lockstep-*` line
// anywhere else in a message is not lockstep's. The environments it landed in
// are those whose values file or Application changed against the first
// parent and, when the block names environments (`Lockstep-Environment`),
// that it names; each gets one deployment of that commit (payload: the pins
// it now holds), found again on a rerun.







/**
 * The files of an environment whose change means a promotion landed in it: its values file and its Application's
 * (and the kustomization of the overlay a Flux Kustomization's spec.path builds).
 */
async function environmentFiles(env, read) {
    const own = (0,_place_js__WEBPACK_IMPORTED_MODULE_4__/* .pinPath */ .dj)(env);
    const files = [await (0,_place_js__WEBPACK_IMPORTED_MODULE_4__/* .pinPaths */ .ID)(env, read)]
        .flat()
        .flatMap((p) => (p === own || /\.ya?ml$/.test(p) ? [p] : _kustomize_overlay_js__WEBPACK_IMPORTED_MODULE_5__/* .KUSTOMIZATION_NAMES */ .H7.map((n) => `${p}/${n}`)));
    const resource = (0,_deploy_kind_js__WEBPACK_IMPORTED_MODULE_6__/* .deployerResource */ .lq)(env);
    return resource ? [...files, resource.file] : files;
}
/**
 * The landed commit and the message its promotion's record is read from: a merge's merged side, anything
 * else its own (a promotion's and a hydrated promotion's alike). Refused when the commit is not in the clone.
 */
async function landedRecord(git, commit) {
    const info = await git.commitInfo(commit);
    if (!info)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`the commit ${commit.slice(0, 12)} is not in the repository promoted in`, {
            hint: 'check out the repository with fetch-depth: 2 or more',
        });
    return { info, record: info.parents.length > 1 ? await git.commitInfo(info.parents[1]) : info };
}
/**
 * Records the promotion that landed as `commit` on the base: nothing when it
 * is not one (no trailer), else one deployment per environment it changed
 * (only `only` when given), each found again rather than made twice.
 */
async function recordLanded(req, ports, commit, only, cache) {
    const git = ports.git;
    const github = ports.github;
    if (!github)
        throw new Error('record: deployments needs the GitHub client');
    const { info, record } = await landedRecord(git, commit);
    const block = (0,_records_trailers_js__WEBPACK_IMPORTED_MODULE_1__/* .lockstepBlock */ .bB)(record?.trailers ?? '');
    if (!(0,_records_trailers_js__WEBPACK_IMPORTED_MODULE_1__/* .generatedBy */ .BH)(block, 'promote-env'))
        return {
            commit,
            skipped: `${commit.slice(0, 12)} is not a landed promotion (the trailer block of ${info.parents.length > 1 ? 'its merged commit' : 'its message'} does not carry ${(0,_git_publish_js__WEBPACK_IMPORTED_MODULE_0__/* .generatedTrailer */ .ty)('promote-env')}); nothing recorded.`,
            deployments: [],
        };
    const named = (0,_records_trailers_js__WEBPACK_IMPORTED_MODULE_1__/* .promotionsIn */ .Md)(block).map((p) => p.environment);
    const parent = info.parents[0];
    const landed = [];
    for (const env of req.environments) {
        if (only && env.name !== only)
            continue;
        if (named.length > 0 && !named.includes(env.name))
            continue;
        for (const file of await environmentFiles(env, (p) => git.readAt(commit, p))) {
            const before = parent ? await git.readAt(parent, file) : undefined;
            if ((await git.readAt(commit, file)) !== before) {
                landed.push(env);
                break;
            }
        }
    }
    if (landed.length === 0)
        return {
            commit,
            skipped: `${commit.slice(0, 12)} changed no ${only ? `file of ${only}` : named.length > 0 ? `file of ${named.join(', ')}, the environment its trailers name` : "environment's values file or Application"}; nothing recorded.`,
            deployments: [],
        };
    const deployments = [];
    const pins = await (0,_status_tables_js__WEBPACK_IMPORTED_MODULE_3__/* .environmentPins */ .Kv)({ ...req, environments: landed }, (p) => git.readAt(commit, p), cache);
    for (const [k, env] of landed.entries()) {
        const p = pins[k];
        const payload = {
            lockstep: 'promote-env',
            services: p.services,
            ...(p.chartVersion !== undefined ? { chartVersion: p.chartVersion } : {}),
        };
        const pinned = Object.entries(p.services)
            .filter(([, v]) => v?.tag)
            .map(([name, v]) => `${name} ${v.tag}`);
        const record = await github.recordDeployment({
            sha: commit,
            environment: env.name,
            payload,
            // GitHub keeps at most 140 characters of a deployment's description.
            description: `lockstep promote-env: ${pinned.join(', ') || 'pins'}`.slice(0, 140),
            transient: env.preview ?? false,
            production: env.protected,
            ...(env.url ? { environmentUrl: env.url } : {}),
        });
        deployments.push({ environment: env.name, payload, record, ...(env.url ? { url: env.url } : {}) });
    }
    return { commit, deployments };
}


/***/ }),

/***/ 8197:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rollbacksAhead: () => (/* binding */ rollbacksAhead)
/* harmony export */ });
/* unused harmony exports rollbacksOf, holdChain */
/* harmony import */ var _records_trailers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3190);
/* harmony import */ var _text_pull_subject_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6475);
/* harmony import */ var _graph_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7098);
/* harmony import */ var _publish_record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5289);
// The history a rollback hold is read from (gates/rollback-hold.ts): the last promotion that landed in an
// environment on the base branch's first-parent history, read on a merge's merged side, and whether it was a
// rollback (its Lockstep-Rollback trailer), for every environment asked in one history walk. Started by session.ts
// with the plan, awaited by the gate; loaded by the gate only when it gathers, so the config checks (which load every
// gate) do not load the records' readers. `lockstep status` reads it for every environment (promote/status-holds.ts).




/** The rollback `landing` (the last landing in `env`) is, or undefined: its record (a merge's merged side) says `Lockstep-Rollback: true` for `env`. */
function rollbackOf(env, landing) {
    if (!landing)
        return undefined;
    const record = landing.info.parents.length > 1 ? landing.merged : landing.info;
    const block = (0,_records_trailers_js__WEBPACK_IMPORTED_MODULE_0__/* .lockstepBlock */ .bB)(record?.trailers ?? '');
    if (!(0,_records_trailers_js__WEBPACK_IMPORTED_MODULE_0__/* .generatedBy */ .BH)(block, 'promote-env'))
        return undefined;
    const p = (0,_records_trailers_js__WEBPACK_IMPORTED_MODULE_0__/* .promotionsIn */ .Md)(block).find((t) => t.environment === env);
    if (!p?.rollback)
        return undefined;
    // GitHub's merge and squash subjects name the pull request: `Merge pull request #45 from …`, `… (#45)`.
    const pull = (0,_text_pull_subject_js__WEBPACK_IMPORTED_MODULE_2__/* .pullOfSubject */ .L)(landing.info.message.split('\n', 1)[0])?.number;
    return { env, commit: landing.commit, to: p.from, ...(pull !== undefined ? { pull } : {}) };
}
/**
 * The rollback that holds each of `envs` on `baseSha` (undefined where none): each one's last landing on the
 * first-parent history, read for all of them in one walk (git/log.ts lastLandings). promote's gate asks it for the
 * target and the environments it is promoted from, `lockstep status` for every environment.
 */
async function rollbacksOf(envs, ports, baseSha) {
    const files = await Promise.all(envs.map((env) => (0,_publish_record_js__WEBPACK_IMPORTED_MODULE_1__/* .environmentFiles */ .rj)(env, (p) => ports.git.readAt(baseSha, p))));
    const landings = await ports.git.landings(baseSha, files);
    return envs.map((env, k) => rollbackOf(env.name, landings[k]));
}
/** The environments whose rollback holds a promotion into `envs[k]`: itself, then each it is promoted from (graph.ts). */
function holdChain(envs, k) {
    return [envs[k].name, ...(0,_graph_js__WEBPACK_IMPORTED_MODULE_3__/* .predecessors */ .f)(envs, k)];
}
/** Each run's reads, by its ports and the base commit: started ahead of the plan, awaited by the gate. */
const started = new WeakMap();
/**
 * The last landing of the target and of each environment it is promoted from, read once per run and base commit
 * (one walk of the history for all of them): a held environment's pins move no further, so one after it is held at
 * its own step. session.ts starts it with the plan, so its git processes run while the plan parses; the gate awaits
 * what it started.
 */
function rollbacksAhead(req, route, ports, baseSha) {
    const chain = holdChain(req.environments, route.to.index);
    const key = `${baseSha}\0${chain.join('\0')}`;
    let runs = started.get(ports);
    if (!runs)
        started.set(ports, (runs = new Map()));
    let reads = runs.get(key);
    if (!reads) {
        const envs = chain.flatMap((name) => req.environments.filter((e) => e.name === name));
        reads = rollbacksOf(envs, ports, baseSha);
        // Awaited by the gate; a promotion that ends before its gates does not leave it unhandled.
        reads.catch(() => undefined);
        runs.set(key, reads);
    }
    return reads;
}


/***/ }),

/***/ 2153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cu: () => (/* binding */ fetchBase),
  dT: () => (/* binding */ fetchBaseAhead),
  TX: () => (/* binding */ forgetFetchedBases),
  dG: () => (/* binding */ localPromotion),
  fA: () => (/* binding */ openSession),
  BM: () => (/* binding */ planRouted),
  yi: () => (/* binding */ sessionRequest)
});

// UNUSED EXPORTS: askHelmAhead, buildPromoteRequest, planChecked, planOn

// EXTERNAL MODULE: ./packages/core/src/promote/hydrated.ts
var promote_hydrated = __webpack_require__(8606);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/core/src/config/config.ts + 5 modules
var config_config = __webpack_require__(497);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/charts/discover.ts
var discover = __webpack_require__(7892);
// EXTERNAL MODULE: ./packages/core/node_modules/picomatch/index.js
var picomatch = __webpack_require__(9788);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./packages/core/src/text/suggest.ts
var suggest = __webpack_require__(4619);
;// CONCATENATED MODULE: ./packages/core/src/charts/suggest.ts
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
        if (!names || names.has(s) || picomatch_default().scan(s).isGlob)
            return s;
        const n = (0,suggest/* nearest */.p)(s, names);
        if (n === undefined)
            return s;
        changed = true;
        return n;
    });
    const candidate = fixed.join('/');
    if (changed && matchesSomething(candidate))
        return candidate;
    if (picomatch_default().scan(pattern).isGlob)
        return undefined;
    const whole = (0,suggest/* nearest */.p)(pattern, paths);
    return whole !== pattern ? whole : undefined;
}

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
function listChartFiles(root, linked) {
    const out = [];
    const walk = (abs, rel) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(abs, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries) {
            if (e.isDirectory()) {
                if (!SKIP.has(e.name))
                    walk((0,external_node_path_.join)(abs, e.name), rel ? `${rel}/${e.name}` : e.name);
            }
            else if (e.isFile() && e.name === 'Chart.yaml')
                out.push(rel ? `${rel}/Chart.yaml` : 'Chart.yaml');
            else if (linked && e.isSymbolicLink()) {
                const path = rel ? `${rel}/${e.name}` : e.name;
                if (e.name === 'Chart.yaml')
                    linked.push(rel || '.');
                else if (!SKIP.has(e.name) && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(abs, e.name, 'Chart.yaml')))
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
    return dirs.filter(chartPatternMatcher(choice.entries.map((e) => e.pattern))).sort();
}
/**
 * Every entry that matches no folder of `dirs`, as an error at its config
 * line (or naming its input), with the nearest chart folder as a suggestion.
 * A pattern that selects nothing would silently leave a chart unguarded.
 */
function unmatchedEntries(entries, dirs, hintOf) {
    return entries.flatMap((e) => {
        if (dirs.some((0,discover/* chartPatternMatcher */.Jr)([e.pattern])))
            return [];
        const text = e.written ?? e.pattern;
        // The pattern's likely meaning (`chart/*` → `charts/*`), as the check says it (charts/suggest.ts).
        const folders = [...new Set(dirs.flatMap((d) => d.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/'))))];
        const guess = suggestPattern((0,discover/* normalizePattern */.eP)(e.pattern), folders, (p) => dirs.some((0,discover/* chartPatternMatcher */.Jr)([p])));
        const hint = hintOf?.(e) ??
            (e.file !== undefined || e.key !== undefined
                ? `${guess ? `did you mean ${guess}? ` : ''}fix \`${e.key ?? 'charts'}:\` in the config (paths or globs relative to the working directory)`
                : (0,src_errors/* words */.aL) `${guess ? `did you mean ${guess}? ` : ''}fix ${(0,src_errors/* theInput */.y8)(e.input ?? 'charts')} (paths or globs relative to working-directory)`);
        return [
            new src_errors/* UserError */.yo(`chart '${text}' matches no folder holding a Chart.yaml`, {
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
        (0,src_errors/* throwAll */.Kx)(unmatchedConfigEntries(config, lineOf, (0,discover/* findCharts */.Jd)(listChartFiles(workdir))));
}
/** The chart folders of `dirs` that no entry of a `patterns` choice covers and no `charts-ignore:` entry excludes. */
function uncoveredCharts(dirs, choice, ignored) {
    if (choice.kind !== 'patterns')
        return [];
    const covered = chartPatternMatcher(choice.entries.map((e) => e.pattern));
    const ignoredDir = ignored.length > 0 ? chartPatternMatcher(ignored.map((e) => e.pattern)) : () => false;
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

// EXTERNAL MODULE: ./packages/core/src/fs/workspace.ts
var fs_workspace = __webpack_require__(2536);
// EXTERNAL MODULE: ./packages/core/src/promote/rendered-run.ts + 1 modules
var rendered_run = __webpack_require__(8227);
// EXTERNAL MODULE: ./packages/core/src/promote/plan.ts + 6 modules
var promote_plan = __webpack_require__(3076);
// EXTERNAL MODULE: ./packages/core/src/deploy/pins/pins.ts + 1 modules
var pins = __webpack_require__(9373);
// EXTERNAL MODULE: ./packages/core/src/promote/request.ts
var request = __webpack_require__(1871);
// EXTERNAL MODULE: ./packages/core/src/deploy/kind.ts + 5 modules
var kind = __webpack_require__(9032);
;// CONCATENATED MODULE: ./packages/core/src/promote/layout.ts
// The environments and services a promotion reads from the config, or from the values-file / values-key
// templates when the config has none: every name checked before anything is read.






/**
 * Environments and services from the config, or from the `values-file` /
 * `values-key` templates when the config has none (`environments` input, else
 * dev, staging, prod). Errors name the config file or the input.
 */
function layoutFrom(config, inputs, digestsServices = []) {
    const environments = layoutEnvironments(config, inputs);
    return { environments, services: layoutServices(config, inputs, environments, digestsServices) };
}
/** The environments in promotion order, each name one git accepts in a branch and listed once. */
function layoutEnvironments(config, inputs) {
    // The keys an environment sets for promote's settings are resolved apart (environment-settings.ts).
    const configured = config.environments.map(({ values, autoMerge, valuesDrift, minSoak, wait, render, ...e }, i) => {
        // The config's checks refuse an environment that names no deployer.
        const d = (0,kind/* deploymentOf */.PE)({ ...e, values });
        return {
            ...e,
            // The pins' file: the values file when given, else the file or folder the deployer's own key names.
            values: values ?? d.files[0],
            valuesLine: (0,config_config/* configLine */.Xv)(config, ['environments', i, values !== undefined ? 'values' : d.pinKey]),
            ...(d.build !== undefined ? { kustomizationLine: (0,config_config/* configLine */.Xv)(config, ['environments', i, d.pinKey]) } : {}),
            ...(e.helmVersion !== undefined ? { helmVersionLine: (0,config_config/* configLine */.Xv)(config, ['environments', i, 'helm-version']) } : {}),
            ...(e.registry !== undefined ? { registryLine: (0,config_config/* configLine */.Xv)(config, ['environments', i, 'registry']) } : {}),
        };
    });
    let environments;
    if (configured.length > 0) {
        if (inputs.environments.length > 0) {
            const errors = [];
            environments = [];
            for (const name of inputs.environments) {
                const env = configured.find((e) => e.name === name);
                if (env)
                    environments.push(env);
                else
                    errors.push(new src_errors/* UserError */.yo(`names '${name}', which the config does not list${(0,suggest/* didYouMean */.a)(name, configured.map((e) => e.name))}`, { input: 'environments', file: config.file, hint: `configured: ${configured.map((e) => e.name).join(', ')}` }));
            }
            (0,src_errors/* throwAll */.Kx)(errors);
        }
        else
            environments = configured;
    }
    else {
        if (!inputs.valuesFile)
            throw new src_errors/* UserError */.yo((0,src_errors/* words */.aL) `no environments: the config lists none and ${(0,src_errors/* named */.KT)('values-file')} is not set`, {
                file: config.file,
                hint: (0,src_errors/* words */.aL) `add environments to .github/lockstep.yml, or ${(0,src_errors/* setting */.Pe)('values-file')} (e.g. ${(0,src_errors/* named */.KT)('values-file', 'environments/{env}/values.yaml')})`,
            });
        const names = inputs.environments.length > 0 ? inputs.environments : ['dev', 'staging', 'prod'];
        environments = names.map((name) => ({ name, values: (0,request/* fillTemplate */.ou)(inputs.valuesFile, name), protected: false }));
    }
    if (inputs.valuesFile && configured.length > 0)
        environments = environments.map((e) => ({ ...e, values: (0,request/* fillTemplate */.ou)(inputs.valuesFile, e.name), valuesLine: undefined }));
    const seen = new Set();
    for (const e of environments) {
        // The name becomes the branch promote/<name>: keep it to what git accepts everywhere.
        if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(e.name) || e.name.endsWith('.lock') || e.name.includes('..'))
            throw new src_errors/* UserError */.yo(`environment name '${e.name}' cannot be part of a branch name`, {
                file: config.file,
                hint: 'use letters, digits, ".", "_" and "-"',
            });
        if (seen.has(e.name))
            throw new src_errors/* UserError */.yo(`environment '${e.name}' appears twice`, {
                file: config.file,
                hint: 'list each environment once, in promotion order',
            });
        seen.add(e.name);
    }
    return environments;
}
/** The services, each with where its pin sits (values-key) and its verify: policy. */
function layoutServices(config, inputs, environments, digestsServices) {
    const serviceNames = Object.keys(config.services);
    let services;
    if (serviceNames.length > 0) {
        services = serviceNames.map((name) => {
            const svc = config.services[name];
            const key = inputs.valuesKey ?? svc.valuesKey;
            // values-key says where the image sits in a values file: an overlay finds the service's entry by its image.
            // Image automation markers (image-policy) and postBuild.substitute variables (flux-substitute) name the fields themselves.
            const fields = svc.imagePolicy !== undefined || svc.fluxSubstitute !== undefined;
            if (!key && !fields && environments.some((e) => (0,kind/* deploymentOf */.PE)(e)?.build === undefined))
                throw new src_errors/* UserError */.yo(`service '${name}' has no values-key`, {
                    file: config.file,
                    hint: (0,src_errors/* words */.aL) `add values-key (e.g. services.${name}.image) to services.${name}, or ${(0,src_errors/* setting */.Pe)('values-key')}`,
                });
            const verify = (0,config_config/* verifyFor */.BH)(config, name);
            const optOut = (0,config_config/* verifyOptOut */.Xs)(config, name);
            return {
                name,
                image: svc.image,
                ...(key ? { valuesKey: (0,request/* fillTemplate */.ou)(key, '{env}', name) } : {}),
                ...(verify ? { verify } : {}),
                ...(svc.imagePolicy !== undefined ? { imagePolicy: svc.imagePolicy } : {}),
                ...(svc.fluxSubstitute !== undefined
                    ? { substitute: typeof svc.fluxSubstitute === 'string' ? { image: svc.fluxSubstitute } : svc.fluxSubstitute }
                    : {}),
                ...(optOut ? { verifyOptOut: `${optOut.file ?? '.github/lockstep.yml'}${optOut.line ? `:${optOut.line}` : ''}` } : {}),
            };
        });
    }
    else {
        const names = inputs.services.length > 0 ? inputs.services : digestsServices;
        // Every environment promoted from its hydrated branches (promote/hydrated.ts): no pin is edited, no service needed.
        if (names.length === 0 && config.environments.every((e) => e.hydrate?.promote === 'lockstep'))
            return [];
        // Every environment an Application: a promotion moves its chart version alone (targetRevision), no pin.
        if (names.length === 0 && !inputs.valuesKey && environments.length > 0 && environments.every((e) => (0,kind/* deployerResource */.lq)(e) !== undefined))
            return [];
        if (names.length === 0)
            throw new src_errors/* UserError */.yo((0,src_errors/* words */.aL) `no services: the config lists none, and neither ${(0,src_errors/* named */.KT)('services')} nor a digests file names any`, {
                file: config.file,
                hint: (0,src_errors/* words */.aL) `add services to .github/lockstep.yml, or ${(0,src_errors/* setting */.Pe)('services')}`,
            });
        if (!inputs.valuesKey)
            throw new src_errors/* UserError */.yo('is required without services in the config', {
                input: 'values-key',
                hint: (0,src_errors/* words */.aL) `${(0,src_errors/* setting */.Pe)('values-key')}, e.g. image or services.{service}.image`,
            });
        services = names.map((name) => ({
            name,
            valuesKey: (0,request/* fillTemplate */.ou)(inputs.valuesKey, '{env}', name),
            ...(config.verify && (0,config_config/* verifyFor */.BH)(config, name) ? { verify: config.verify } : {}),
        }));
    }
    for (const s of services)
        if (s.valuesKey !== undefined)
            (0,pins/* parseValuesKey */.bx)(s.valuesKey.replace(/\{env\}/g, 'env'), `values-key of service '${s.name}'`);
    return services;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./packages/core/src/git/objects.ts
var objects = __webpack_require__(7850);
// EXTERNAL MODULE: ./packages/core/src/git/repo.ts
var repo = __webpack_require__(3164);
;// CONCATENATED MODULE: ./packages/core/src/git/auth.ts


/** The Basic credential git sends for a GitHub token (what actions/checkout configures). */
function basicCredential(token) {
    return Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
}
/**
 * Every form of the token that could surface in git's output or an error:
 * the token itself and the base64 Basic credential built from it. Callers
 * mask each one (setSecret) before the first git call.
 */
function authSecrets(token) {
    if (!token)
        return [];
    const basic = basicCredential(token);
    return [token, basic, encodeURIComponent(token)].filter((s, i, all) => all.indexOf(s) === i);
}
/** Replaces every secret in `text` with `***`. */
function redact(text, secrets) {
    let out = text;
    // Longest first, so a secret that contains another is replaced whole.
    for (const s of [...secrets].sort((a, b) => b.length - a.length))
        if (s)
            out = out.split(s).join('***');
    return out;
}
/**
 * The `http.<url>.` config prefix git matches for a remote: the server's
 * origin with a trailing slash, so every repository on that host (a fork's
 * upstream, a redirect after a rename) gets the header, as actions/checkout
 * does. Undefined for remotes that are not http(s) (a path, ssh): there the
 * token has no use and nothing is set.
 */
function headerScope(remoteUrl) {
    let u;
    try {
        u = new URL(remoteUrl);
    }
    catch {
        return undefined;
    }
    if (u.protocol !== 'https:' && u.protocol !== 'http:')
        return undefined;
    return `${u.protocol}//${u.host}/`;
}
/**
 * Env vars that give git the token for `remoteUrl` without argv, URL or
 * .git/config (GIT_CONFIG_COUNT… http.<url>.extraheader).
 *
 * Two entries are added after any the environment already has
 * (`inherited`'s GIT_CONFIG_COUNT): an empty `extraheader`, which clears the
 * headers collected so far — notably the one actions/checkout persists in
 * .git/config with `persist-credentials: true`, which may hold another
 * (read-only) token — and then ours, so git sends exactly one Authorization
 * header. Command-scope config is read after system, global and local
 * files, which is what makes the clearing entry work. An empty
 * `credential.helper` likewise switches off stored credentials.
 */
function gitAuthEnv(remoteUrl, token, inherited = {}) {
    const scope = token ? headerScope(remoteUrl) : undefined;
    if (!token || !scope)
        return {};
    if (/[\r\n\0]/.test(token))
        throw new Error('the GitHub token contains a line break or NUL; it cannot be sent as a header');
    const start = /^\d+$/.test(inherited.GIT_CONFIG_COUNT ?? '') ? Number(inherited.GIT_CONFIG_COUNT) : 0;
    const key = `http.${scope}.extraheader`;
    const entries = [
        [key, ''],
        [key, `AUTHORIZATION: basic ${basicCredential(token)}`],
        // The token is the identity: no credential helper may answer a 401 with another one.
        ['credential.helper', ''],
    ];
    const env = { GIT_CONFIG_COUNT: String(start + entries.length) };
    entries.forEach(([k, v], i) => {
        env[`GIT_CONFIG_KEY_${start + i}`] = k;
        env[`GIT_CONFIG_VALUE_${start + i}`] = v;
    });
    return env;
}
/** Replaces every secret in a byte buffer (git's stdout may be binary, so no text round trip unless a secret is there). */
function redactBytes(data, secrets) {
    if (!secrets.some((s) => s && data.includes(s)))
        return data;
    let out = data;
    for (const s of [...secrets].sort((a, b) => b.length - a.length)) {
        if (!s)
            continue;
        const parts = [];
        let from = 0;
        for (let at = out.indexOf(s, from); at >= 0; at = out.indexOf(s, from)) {
            parts.push(out.subarray(from, at), Buffer.from('***'));
            from = at + Buffer.byteLength(s);
        }
        parts.push(out.subarray(from));
        out = Buffer.concat(parts);
    }
    return out;
}
/** A password embedded in a remote URL (some workflows still write one), raw and decoded, so it is scrubbed too. */
function urlSecrets(remoteUrl) {
    try {
        const { password } = new URL(remoteUrl);
        if (!password)
            return [];
        const decoded = decodeURIComponent(password);
        return [...new Set([password, decoded, Buffer.from(decoded).toString('base64')])];
    }
    catch {
        return [];
    }
}
/**
 * A gitSpawner whose processes carry the token through gitAuthEnv, with
 * trace redaction forced on and every form of the token scrubbed from
 * git's output before anyone can log or throw it (a server's hook message
 * that echoes a credential included).
 */
function authedGit(cwd, remoteUrl, token, base = process.env) {
    const env = { ...base, ...gitAuthEnv(remoteUrl, token, base), GIT_TRACE_REDACT: '1' };
    const inner = (0,objects/* gitSpawner */.dm)(cwd, env);
    const secrets = [...authSecrets(token), ...urlSecrets(remoteUrl)];
    if (secrets.length === 0)
        return inner;
    const git = async (args) => {
        const r = await inner(args);
        return { code: r.code, stdout: redactBytes(r.stdout, secrets), stderr: redact(r.stderr, secrets) };
    };
    // A secret holds no NUL byte (else the whole output is read and scrubbed): none can straddle two records,
    // so scrubbing each record scrubs the output.
    const records = inner.records;
    if (records && !secrets.some((s) => s.includes('\0')))
        git.records = async (args, onRecord, signal) => {
            const r = await records(args, (record) => onRecord(redactBytes(record, secrets)), signal);
            return { code: r.code, stderr: redact(r.stderr, secrets) };
        };
    return (0,repo/* asRepo */.lU)(git);
}
/** The real RepoOpener in `env`: a plain Repo, or with `auth` one whose git carries the token (authedGit). */
function repoOpener(env = process.env) {
    return (cwd, auth) => (auth ? (0,repo/* asRepo */.lU)(authedGit(cwd, auth.remoteUrl, auth.token, env)) : (0,repo/* openRepo */.B8)(cwd, env));
}
/**
 * `repo` with the token given to git through its environment (never argv,
 * URL or .git/config) when there is a token and an origin to use it on,
 * opened by `open`; else `repo` itself. What `repo` learnt of origin's URL is kept.
 */
async function withToken(repo, cwd, token, open) {
    if (!token)
        return repo;
    const url = await repo.remoteUrl();
    if (url === undefined)
        return repo;
    const authed = open(cwd, { remoteUrl: url, token });
    authed.knowRemoteUrl(url);
    return authed;
}

// EXTERNAL MODULE: ./packages/core/src/git/spawn.ts + 1 modules
var spawn = __webpack_require__(669);
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
    const configured = await (0,spawn/* gitTry */.W_)(git, ['config', '--get', 'init.defaultBranch']);
    for (const b of [configured, 'main', 'master']) {
        if (!b || !BRANCH.test(b))
            continue;
        if (await (0,spawn/* gitTry */.W_)(git, ['rev-parse', '--verify', '--quiet', `refs/heads/${b}^{commit}`]))
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
        return new src_errors/* UserError */.yo('the repository is bare (it has no work tree)', {
            hint: then('run in a clone that has a work tree (git clone <path>)'),
        });
    const branch = await currentBranch(git);
    if (!(await (0,spawn/* gitTry */.W_)(git, ['rev-list', '--max-count=1', '--all'])))
        return new src_errors/* UserError */.yo('the repository has no commit yet', { hint: then('commit the files first (git add, then git commit)') });
    return new src_errors/* UserError */.yo(`the branch ${branch ?? 'HEAD'} has no commit yet`, {
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
    return (0,spawn/* gitTry */.W_)(git, ['rev-parse', '--show-toplevel']);
}
/** The working directory's path inside the repository ('' at its top, else `sub/dir/`); throws outside one. */
async function pathPrefix(git) {
    return (await gitText(git, ['rev-parse', '--show-prefix'])).trim();
}
/** pathPrefix, or '' when git cannot tell. */
async function pathPrefixOrTop(git) {
    return (await gitTry(git, ['rev-parse', '--show-prefix'])) ?? '';
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

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
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

// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(4730);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var dist_bundle = __webpack_require__(3779);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var plugin_retry_dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./packages/core/src/http/transport.ts
var http_transport = __webpack_require__(6291);
// EXTERNAL MODULE: ./packages/core/src/text/log.ts
var text_log = __webpack_require__(3603);
// EXTERNAL MODULE: ./packages/core/src/text/secrets.ts
var text_secrets = __webpack_require__(1068);
;// CONCATENATED MODULE: ./packages/core/src/github/context.ts

const PULL_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);
const DEPENDABOT = 'dependabot[bot]';
/** GITHUB_API_URL, or github.com's API. */
function defaultApiUrl(env) {
    return (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}
/** The GraphQL endpoint next to a REST base URL: GHES serves it at /api/graphql beside /api/v3. */
function defaultGraphqlUrl(apiUrl) {
    const base = apiUrl.replace(/\/+$/, '');
    return /\/api\/v3$/.test(base) ? base.replace(/\/api\/v3$/, '/api/graphql') : `${base}/graphql`;
}
/** Reads GITHUB_* variables and the event file once; a pull_request run without a readable event file says why. */
function readRunContext(env) {
    const apiUrl = defaultApiUrl(env);
    const eventName = env.GITHUB_EVENT_NAME || undefined;
    const isPullEvent = eventName !== undefined && PULL_EVENTS.has(eventName);
    let event;
    let eventFileProblem;
    const path = env.GITHUB_EVENT_PATH;
    if (path) {
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(path, 'utf8');
        }
        catch (e) {
            eventFileProblem = `the event file GITHUB_EVENT_PATH=${path} could not be read (${e.code ?? e.message})`;
        }
        if (text !== undefined) {
            let parsed;
            try {
                parsed = JSON.parse(text);
            }
            catch {
                eventFileProblem = `the event file GITHUB_EVENT_PATH=${path} is not valid JSON`;
            }
            if (parsed !== undefined) {
                // Only the payload's being an object is checked here; its fields are read with `?.` and type checks below.
                if (parsed === null || typeof parsed !== 'object')
                    eventFileProblem = `the event file GITHUB_EVENT_PATH=${path} does not hold a JSON object`;
                else
                    event = parsed;
            }
        }
    }
    else if (isPullEvent) {
        eventFileProblem = `GITHUB_EVENT_PATH is not set on a ${eventName} run`;
    }
    if (isPullEvent && event && !event.pull_request && !eventFileProblem) {
        eventFileProblem = `the ${eventName} event file GITHUB_EVENT_PATH=${path} has no pull_request object`;
    }
    const pr = isPullEvent ? event?.pull_request : undefined;
    const headRepo = pr?.head?.repo?.full_name;
    const baseRepo = pr?.base?.repo?.full_name ?? env.GITHUB_REPOSITORY;
    // A deleted fork leaves head.repo null: still a fork pull with a read-only token.
    const isForkPull = Boolean(pr) &&
        (pr.head?.repo === null ||
            (typeof headRepo === 'string' && typeof baseRepo === 'string' && headRepo.toLowerCase() !== baseRepo.toLowerCase()));
    const isDependabot = env.GITHUB_ACTOR === DEPENDABOT || env.GITHUB_TRIGGERING_ACTOR === DEPENDABOT;
    return {
        repository: env.GITHUB_REPOSITORY || undefined,
        eventName,
        event,
        sha: env.GITHUB_SHA || undefined,
        ref: env.GITHUB_REF || undefined,
        serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
        apiUrl,
        graphqlUrl: (env.GITHUB_GRAPHQL_URL || defaultGraphqlUrl(apiUrl)).replace(/\/+$/, ''),
        isForkPull,
        isDependabot,
        ...(eventFileProblem ? { eventFileProblem } : {}),
    };
}
/** Why the token is read-only on this run (fork or Dependabot pull request), or undefined. */
function readOnlyTokenReason(ctx) {
    // pull_request_target runs in the base repository's context with its token, fork or not.
    if (ctx.isForkPull && ctx.eventName !== 'pull_request_target')
        return 'the token is read-only in fork/Dependabot PRs: this pull request comes from a fork';
    if (ctx.isDependabot)
        return 'the token is read-only in fork/Dependabot PRs: this run was triggered by Dependabot';
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/github/replies.ts
// What lockstep reads from GitHub's 2xx answers, checked before anything reads it: a captive portal's
// HTML page with status 200, JSON cut off by a dropped connection or an empty object is a failed
// request, never an object whose fields are `undefined`.
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof ArrayBuffer);
const join = (at, key) => (at ? `${at}.${key}` : key);
const replies_int = (v, at) => (typeof v === 'number' && Number.isInteger(v) ? undefined : `missing numeric ${at}`);
const str = (v, at) => (typeof v === 'string' ? undefined : `missing string ${at}`);
const bool = (v, at) => (typeof v === 'boolean' ? undefined : `missing boolean ${at}`);
const optStr = (v, at) => v === undefined || v === null || typeof v === 'string' ? undefined : `${at} is not a string`;
function obj(fields) {
    return (v, at) => {
        if (!isObject(v))
            return at ? `${at} is not an object` : 'the reply is not a JSON object';
        for (const [key, check] of Object.entries(fields)) {
            const problem = check(v[key], join(at, key));
            if (problem)
                return problem;
        }
        return undefined;
    };
}
function list(item) {
    return (v, at) => {
        if (!Array.isArray(v))
            return at ? `${at} is not a list` : 'the reply is not a JSON list';
        for (let i = 0; i < v.length; i++) {
            const problem = item(v[i], `${at}[${i}]`);
            if (problem)
                return problem;
        }
        return undefined;
    };
}
const optional = (check) => (v, at) => v === undefined || v === null ? undefined : check(v, at);
const label = (v, at) => (typeof v === 'string' ? undefined : obj({ name: str })(v, at));
const pull = obj({
    number: replies_int,
    html_url: str,
    node_id: str,
    title: str,
    body: optStr,
    state: str,
    // head.repo is null once a fork is deleted; absent in no GitHub answer, but kept optional so a reply without it
    // reads as "not known to be this repository".
    head: obj({ ref: str, sha: str, repo: optional(obj({ full_name: str })) }),
    base: obj({ ref: str, repo: optional(obj({ full_name: str })) }),
    labels: optional(list(label)),
});
const checkRun = obj({ id: replies_int, name: str, status: str, conclusion: optStr });
const comment = obj({ id: replies_int, body: optStr });
const issueEvent = obj({ event: str, created_at: str, actor: optional(obj({ login: str })), label: optional(obj({ name: str })) });
// `draft` is read: a rerun finds the draft an earlier run left by it, and a reply without it must not read as "no draft".
const release = obj({ id: replies_int, tag_name: str, html_url: str, name: optStr, body: optStr, draft: bool, upload_url: optStr });
// A draft's assets are compared by name and size (release-assets.ts): a reply without them must not read as "missing".
const asset = obj({ id: replies_int, name: str, size: replies_int, state: str });
const deployment = obj({ id: replies_int, sha: str, environment: str, created_at: str });
const anyJson = (v) => typeof v === 'object' && v !== null && !(v instanceof ArrayBuffer) ? undefined : 'the reply is not a JSON object or list';
/** The shape lockstep needs, by method and path below the repository (`/repos/o/r` or `/repositories/id`). */
const RULES = [
    ['GET', /^\/git\/ref\/.+$/, obj({ object: obj({ sha: str }) })],
    ['POST', /^\/git\/refs$/, obj({ ref: str, object: obj({ sha: str }) })],
    ['GET', /^\/pulls$/, list(pull)],
    ['GET', /^\/commits\/[^/]+\/pulls$/, list(pull)],
    ['POST', /^\/pulls$/, pull],
    ['GET', /^\/pulls\/\d+$/, pull],
    ['PATCH', /^\/pulls\/\d+$/, pull],
    ['GET', /^\/pulls\/\d+\/requested_reviewers$/, obj({ users: list(obj({ login: str })), teams: list(obj({ slug: str })) })],
    ['POST', /^\/pulls\/\d+\/requested_reviewers$/, obj({ number: replies_int })],
    ['POST', /^\/issues\/\d+\/labels$/, list(obj({ name: str }))],
    ['GET', /^\/issues\/\d+\/comments$/, list(comment)],
    ['GET', /^\/issues\/\d+\/events$/, list(issueEvent)],
    ['POST', /^\/issues\/\d+\/comments$/, obj({ id: replies_int })],
    ['PATCH', /^\/issues\/comments\/\d+$/, obj({ id: replies_int })],
    ['GET', /^\/releases\/tags\/.+$/, release],
    ['GET', /^\/releases$/, list(release)],
    ['POST', /^\/releases$/, release],
    ['PATCH', /^\/releases\/\d+$/, release],
    ['GET', /^\/releases\/\d+\/assets$/, list(asset)],
    ['POST', /^\/releases\/\d+\/assets$/, asset],
    ['GET', /^\/commits\/[^/]+\/check-runs$/, obj({ total_count: replies_int, check_runs: list(checkRun) })],
    ['GET', /^\/commits\/[^/]+\/status$/, obj({ state: str, statuses: list(obj({ context: str, state: str })) })],
    ['GET', /^\/deployments$/, list(deployment)],
    ['POST', /^\/deployments$/, deployment],
    ['GET', /^\/deployments\/\d+\/statuses$/, list(obj({ id: replies_int, state: str, environment_url: optStr }))],
    ['POST', /^\/deployments\/\d+\/statuses$/, obj({ id: replies_int, state: str })],
];
/** Writes GitHub does the same way however often they are sent: a garbled answer to one may be repeated. */
const REPEATABLE_POSTS = [/^\/pulls\/\d+\/requested_reviewers$/, /^\/issues\/\d+\/labels$/];
/** `path` (the API base's path removed) split into the repository prefix and what follows it. */
function belowRepository(path) {
    // An upload goes to upload_url: GitHub Enterprise Server's is under /api/uploads on the API's host.
    return /^(?:\/(?:api\/)?uploads)?\/(?:repos\/[^/]+\/[^/]+|repositories\/\d+)(\/.*)$/.exec(path)?.[1];
}
/**
 * What is wrong with a successful answer, or undefined when it has the
 * shape lockstep reads. `path` is the request's path below the API base.
 */
function replyProblem(method, path, response) {
    if (method === 'HEAD' || response.status === 204 || response.status === 205 || response.status < 200 || response.status >= 300)
        return undefined;
    const { data } = response;
    if (typeof data === 'string' || data === undefined || data === null || data instanceof ArrayBuffer) {
        const type = String(response.headers?.['content-type'] ?? '')
            .split(';')[0]
            .trim()
            .toLowerCase();
        const length = typeof data === 'string' ? Buffer.byteLength(data) : data instanceof ArrayBuffer ? data.byteLength : 0;
        if (/^application\/([a-z.+-]+\+)?json$/.test(type))
            return length === 0
                ? `the reply was empty or cut off (${type})`
                : `the reply was cut off or is not valid JSON (${length} bytes of ${type})`;
        return length === 0 ? `the reply was empty${type ? ` (${type})` : ''}` : `the reply was not JSON (${type || 'no content type'})`;
    }
    const below = belowRepository(path);
    const rule = below === undefined ? undefined : RULES.find(([m, re]) => m === method && re.test(below));
    return (rule?.[2] ?? anyJson)(data, '');
}
/** Whether a request whose answer was garbled may be sent again as is: reads, and writes that are the same however often made. */
function safeToRepeat(method, path, graphqlMutation) {
    if (method === 'GET' || method === 'HEAD' || method === 'PUT' || method === 'PATCH' || method === 'DELETE')
        return true;
    if (/\/graphql$/.test(path))
        return !graphqlMutation;
    const below = belowRepository(path);
    return below !== undefined && REPEATABLE_POSTS.some((re) => re.test(below));
}
/**
 * The failure a garbled answer becomes inside the client. It carries status
 * 502 (the gateway's answer was bad), so the retry plugin repeats it when
 * `request` (a copy of the request options) is given — only for requests safe
 * to repeat; a create is looked up instead (createOrFind). The client's error
 * hook turns it into a GitHubError with code 'bad-reply'.
 */
function badReplyError(method, path, problem, request) {
    const e = new Error(`${method} ${path}: ${problem}`);
    e.name = 'BadReply';
    e.status = 502;
    e.badReply = problem;
    if (request)
        e.request = request;
    return e;
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
;// CONCATENATED MODULE: ./packages/core/src/github/transport-fetch.ts


// Octokit calls fetch(url, { method, headers, body, redirect, signal }) and
// reads status, statusText, url, headers (get and iteration), text() and
// arrayBuffer() of the answer. Node's own fetch is undici: its first request
// compiles the llhttp WebAssembly parser, which V8 then tiers up to TurboFan
// in the background (~15 MB of a 500-service promotion's peak, measured),
// and loading it costs start-up time. This adapter gives Octokit the same
// exchange over node:http, through the registry client's transport: one
// keep-alive agent per protocol, HTTP(S)_PROXY/NO_PROXY through Node's own
// agent support, a whole-exchange timeout and body caps.
/** A GitHub API answer larger than this fails while it is read (the largest lockstep reads, a page of 100 pull requests, is ~1 MB). */
const GITHUB_MAX_BYTES = 64 * 1024 * 1024;
/** The same for an error answer. */
const GITHUB_MAX_ERROR_BYTES = 4 * 1024 * 1024;
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']);
/**
 * The part of fetch's Response Octokit's request reads, over a whole body
 * already in hand — or none, when the connection dropped after the head:
 * then reading the body fails, as fetch's does, and Octokit sees an empty
 * reply (the client's reply checks call it cut off).
 */
class TransportResponse {
    ok;
    statusText;
    headers;
    body = null;
    status;
    url;
    redirected;
    bytes;
    constructor(status, url, redirected, headers, bytes) {
        this.status = status;
        this.url = url;
        this.redirected = redirected;
        this.bytes = bytes;
        this.ok = status >= 200 && status < 300;
        this.statusText = external_node_http_.STATUS_CODES[status] ?? '';
        // fetch's Headers: lower-case names, repeated fields joined with ", ".
        const fields = new Map();
        for (const [name, value] of Object.entries(headers))
            if (value !== undefined)
                fields.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : value);
        this.headers = { get: (name) => fields.get(name.toLowerCase()) ?? null, [Symbol.iterator]: () => fields.entries() };
    }
    whole() {
        if (this.bytes === undefined)
            throw new TypeError(`the answer from ${new URL(this.url).host} was cut off`);
        return this.bytes;
    }
    /** UTF-8, a leading byte-order mark dropped, as fetch's text() decodes. */
    text() {
        return Promise.resolve().then(() => new TextDecoder().decode(this.whole()));
    }
    arrayBuffer() {
        return Promise.resolve().then(() => new Uint8Array(this.whole()).buffer);
    }
}
function bodyBytes(body) {
    if (body === undefined || body === null)
        return undefined;
    if (typeof body === 'string')
        return Buffer.from(body, 'utf8');
    if (body instanceof ArrayBuffer)
        return Buffer.from(body);
    if (ArrayBuffer.isView(body))
        return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
    throw new TypeError('lockstep sends GitHub only string or byte bodies');
}
/** An answer fetch would refuse to build (a status outside 200–599) is a failure to get one. */
function checked(response) {
    if (response.status < 200 || response.status > 599)
        throw new http_transport/* NetworkError */.Dr(`${new URL(response.url).host}: answered with status ${response.status}`, 'EBADSTATUS');
    return response;
}
/**
 * A fetch for Octokit over a Transport. Redirects are followed as fetch
 * follows them (303, and 301/302 after a POST, continue as a GET without the
 * body), with the registry client's checks: Authorization only to the
 * origin asked, no https → http downgrade, at most five hops.
 */
function transportFetch(transport, timeoutMs) {
    const send = async (input, init = {}) => {
        const url = String(input);
        let method = (init.method ?? 'GET').toUpperCase();
        if (!METHODS.has(method))
            throw new TypeError(`lockstep does not send ${method} requests`);
        let headers = { ...init.headers };
        let body = bodyBytes(init.body);
        let current = new URL(url);
        const origin = current.origin;
        for (let hop = 0;; hop++) {
            let answer;
            let whole = true;
            try {
                answer = await transport({
                    method: method,
                    url: current.href,
                    headers,
                    ...(body ? { body } : {}),
                    maxBytes: GITHUB_MAX_BYTES,
                    maxErrorBytes: GITHUB_MAX_ERROR_BYTES,
                    timeoutMs,
                });
            }
            catch (e) {
                if (!(e instanceof http_transport/* CutOffError */.Mk))
                    throw e;
                answer = { status: e.status, headers: e.headers, body: Buffer.alloc(0) };
                whole = false;
            }
            const location = (0,http_transport/* header */.wx)(answer, 'location');
            if (!http_transport/* REDIRECTS */.eT.has(answer.status) || location === undefined)
                return checked(new TransportResponse(answer.status, current.href, hop > 0, answer.headers, whole ? answer.body : undefined));
            let next;
            ({ next, headers } = (0,http_transport/* redirectHop */.I3)(current, location, origin, headers, hop));
            if (answer.status === 303 ? method !== 'HEAD' : (answer.status === 301 || answer.status === 302) && method === 'POST') {
                method = 'GET';
                body = undefined;
                headers = Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'content-type'));
            }
            current = next;
        }
    };
    return send;
}

;// CONCATENATED MODULE: ./packages/core/src/github/client.ts











/** A GitHub API failure with a message a user can act on; never carries the token. */
class client_GitHubError extends Error {
    /** HTTP status, when GitHub answered. */
    status;
    /** GitHub's own message (with the `errors` details), redacted. */
    apiMessage;
    /**
     * 'budget' when the run's request budget stopped the request (nothing was sent);
     * 'bad-reply' when GitHub's answer was garbled (not JSON, cut off, missing a field lockstep reads).
     */
    code;
    /** The message with the inputs it names kept as words, for each face to word them (a terminal says GITHUB_TOKEN); the message otherwise. */
    said;
    constructor(message, status, apiMessage, code) {
        super((0,src_errors/* say */.cv)(message, src_errors/* RUNNER */.zK));
        this.name = 'GitHubError';
        this.said = message;
        this.status = status;
        this.apiMessage = apiMessage;
        if (code)
            this.code = code;
    }
}
const DEFAULT_BUDGET = 100;
const DEFAULT_GAP_MS = 1000;
const DEFAULT_MAX_WAIT_S = 120;
const DEFAULT_TIMEOUT_MS = 30_000;
const RETRIES = 3;
/** Rate-limit waits accepted per request before giving up with a clear error. */
const RATE_LIMIT_RETRIES = 2;
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Why a request got no usable answer, in a few words: a network error code (ECONNREFUSED), a status, or the message. */
function failureReason(e) {
    if (e?.response && typeof e.status === 'number')
        return `answered ${e.status}`;
    const code = [e?.cause?.cause?.code, e?.cause?.code, e?.code].find((c) => typeof c === 'string' && /^E[A-Z_]+$/.test(c));
    if (code)
        return code;
    const text = String(e?.message ?? e ?? '');
    return /\b(E[A-Z]{3,})\b/.exec(text)?.[1] ?? (text.slice(0, 200) || 'no answer');
}
/** The API's origin and base path for messages (no credentials, no query). */
function apiBase(url) {
    try {
        const u = new URL(String(url));
        return `${u.protocol}//${u.host}${u.pathname.replace(/\/+$/, '')}`;
    }
    catch {
        return String(url);
    }
}
const isMutation = (opts) => {
    const method = String(opts.method ?? 'GET').toUpperCase();
    if (method === 'GET' || method === 'HEAD')
        return false;
    // GraphQL queries travel as POST too; only mutations count as writes.
    if (/\/graphql$/.test(pathOf(opts.url)))
        return /^\s*mutation\b/.test(String(opts.query ?? opts.body?.query ?? ''));
    return true;
};
/** The request's path with its parameters filled in (hooks see the route template). */
function expandedPath(octokit, opts) {
    try {
        return pathOf(octokit.request.endpoint.parse(opts).url);
    }
    catch {
        return pathOf(opts.url);
    }
}
function pathOf(url) {
    try {
        return new URL(String(url), 'http://github.invalid').pathname;
    }
    catch {
        return String(url);
    }
}
/**
 * The innermost layer (just outside authentication), so every HTTP attempt,
 * retries included, passes it: counts against the budget, waits out the
 * backoff after a 5xx/network failure (the retry plugin itself is told to
 * retry at once, so the wait goes through the injected sleep), and serialises
 * mutations at least `gapMs` apart.
 */
function guardPlugin(octokit, options) {
    const g = options.lockstepGuard;
    if (!g)
        return {};
    octokit.hook.wrap('request', async (request, opts) => {
        const seen = g.attempts.get(opts) ?? { n: 0 };
        g.attempts.set(opts, seen);
        seen.n += 1;
        const method = String(opts.method).toUpperCase();
        const path = expandedPath(octokit, opts);
        if (seen.n > 1 && (seen.lastStatus === undefined || seen.lastStatus >= 500)) {
            const wait = 1000 * (seen.n - 1) ** 2;
            const reason = failureReason(seen.lastError);
            const answered = reason.startsWith('answered') || reason.startsWith('sent ');
            const said = answered ? `${reason} to` : `did not answer`;
            const detail = answered ? '' : ` (${reason})`;
            g.notice(`GitHub API at ${apiBase(opts.baseUrl)} ${said} ${method} ${path}${detail}; retrying in ${wait / 1000}s (attempt ${seen.n} of ${RETRIES + 1})`);
            await g.sleep(wait);
        }
        g.count += 1;
        if (g.count > g.budget) {
            throw new client_GitHubError(`stopped before ${method} ${path}: this run already made ${g.budget} GitHub API requests, its budget — something is retrying or paging far more than expected; rerun, and report it if it happens again`, undefined, undefined, 'budget');
        }
        const send = async () => {
            let response;
            try {
                response = await request(opts);
            }
            catch (e) {
                seen.lastStatus = typeof e?.status === 'number' ? e.status : undefined;
                seen.lastError = e;
                throw e;
            }
            // A 2xx whose body is not what GitHub sends (HTML, cut-off JSON, `{}`) is a failed request, not a success.
            const below = path.startsWith(g.basePath) ? path.slice(g.basePath.length) : path;
            const problem = replyProblem(method, below, response);
            if (problem === undefined)
                return response;
            seen.lastStatus = 502;
            seen.lastError = { message: `sent an unusable reply (${problem})` };
            throw badReplyError(method, path, problem, safeToRepeat(method, below, isMutation(opts)) ? { ...opts } : undefined);
        };
        if (!isMutation(opts))
            return send();
        const previous = g.queue;
        let release;
        g.queue = new Promise((resolve) => (release = resolve));
        await previous;
        try {
            const wait = g.lastMutationEnd + g.gapMs - g.now();
            if (g.gapMs > 0 && wait > 0)
                await g.sleep(wait);
            return await send();
        }
        finally {
            g.lastMutationEnd = g.now();
            release();
        }
    });
    return {};
}
/**
 * Bottleneck groups for the throttling plugin's write and notification lanes
 * that run jobs at once: mutations are already serialised by the guard (with
 * the injected clock), and the plugin's own lanes would sleep on real timers.
 * The plugin only calls `key(id).schedule(…)`, so this stand-in has just that.
 */
const passThroughGroup = {
    key: () => ({
        schedule: (...args) => {
            const fnAt = typeof args[0] === 'function' ? 0 : 1;
            return Promise.resolve().then(() => args[fnAt](...args.slice(fnAt + 1)));
        },
    }),
};
const LockstepOctokit = dist_src/* Octokit */.E.plugin(guardPlugin, dist_bundle/* paginateRest */.ud, plugin_retry_dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
/** The real GitHubOpener: createGitHub with `token`, in `env` (proxy, GITHUB_API_URL). */
function gitHubOpener(token, env = process.env) {
    return (repository, use) => createGitHub({ token, repository, env, ...use });
}
/** Creates the client: base URLs from GITHUB_API_URL/GITHUB_GRAPHQL_URL, proxy from the environment, bounded retries and waits. */
function createGitHub(opts) {
    const env = opts.env ?? process.env;
    const [owner, repo, ...rest] = opts.repository.split('/');
    if (!owner || !repo || rest.length)
        throw new client_GitHubError(`repository '${opts.repository}' is not in the form owner/name`);
    const apiUrl = (opts.apiUrl ?? defaultApiUrl(env)).replace(/\/+$/, '');
    const graphqlUrl = opts.graphqlUrl ?? env.GITHUB_GRAPHQL_URL ?? defaultGraphqlUrl(apiUrl);
    const secrets = [opts.token];
    // Log lines carry branch names and GitHub's messages: untrusted text, kept from reading as workflow commands.
    const log = (line) => opts.log?.((0,text_log/* escapeForLog */.z)((0,text_secrets/* redact */.E)(line, secrets)));
    const notice = opts.notice ? (line) => opts.notice((0,text_log/* escapeForLog */.z)((0,text_secrets/* redact */.E)(line, secrets))) : log;
    const sleep = opts.sleep ?? realSleep;
    const maxWait = opts.maxRateLimitWaitSeconds ?? DEFAULT_MAX_WAIT_S;
    const guard = {
        budget: opts.budget ?? DEFAULT_BUDGET,
        gapMs: opts.minMutationGapMs ?? DEFAULT_GAP_MS,
        sleep,
        now: opts.now ?? Date.now,
        log,
        notice,
        count: 0,
        lastMutationEnd: -Infinity,
        queue: Promise.resolve(),
        attempts: new WeakMap(),
        basePath: pathOf(apiUrl).replace(/\/+$/, ''),
    };
    const onLimit = (kind) => async (retryAfter, options, _o, retryCount) => {
        const what = `${String(options.method).toUpperCase()} ${expandedPath(octokit, options)}`;
        if (retryCount >= RATE_LIMIT_RETRIES || retryAfter > maxWait) {
            log(`${kind} on ${what}: not waiting ${retryAfter} s (after ${retryCount} waits; the cap is ${maxWait} s)`);
            return false;
        }
        log(`${kind} on ${what}: waiting ${retryAfter} s as GitHub asked`);
        await sleep(retryAfter * 1000);
        return true;
    };
    const octokit = new LockstepOctokit({
        auth: opts.token,
        baseUrl: apiUrl,
        userAgent: 'lockstep',
        request: { fetch: transportFetch((0,http_transport/* nodeTransport */._3)(undefined, env), opts.timeoutMs ?? DEFAULT_TIMEOUT_MS) },
        log: { debug: () => { }, info: () => { }, warn: log, error: log },
        lockstepGuard: guard,
        // Retries happen at once here; the guard sleeps the backoff through the injected clock.
        // 429 is left to the throttling plugin, which honours retry-after.
        retry: { retries: RETRIES, retryAfterBaseValue: 0, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451] },
        throttle: {
            retryAfterBaseValue: 0,
            fallbackSecondaryRateRetryAfter: 60,
            write: passThroughGroup,
            notifications: passThroughGroup,
            // plugin-throttling awaits these handlers (Bottleneck's event trigger) and retries when they resolve true;
            // its LimitHandler type says `void`, so the rule sees a promise where none is read, which is not the case.
            // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the plugin awaits the handler's promise (see above)
            onSecondaryRateLimit: onLimit('secondary rate limit'),
            // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the plugin awaits the handler's promise (see above)
            onRateLimit: onLimit('rate limit'),
        },
    });
    // baseUrl too: @octokit/graphql swaps in /api/graphql for every base ending in /api/v3, which would ignore GITHUB_GRAPHQL_URL.
    octokit.graphql = octokit.graphql.defaults({ baseUrl: graphqlUrl, url: graphqlUrl });
    // The outermost layer: every failure leaves as a GitHubError whose message says what to do.
    octokit.hook.error('request', (error, options) => {
        throw toGitHubError(error, { ...options, attempts: guard.attempts.get(options)?.n }, secrets, maxWait);
    });
    const extendBudget = (requests) => {
        if (Number.isInteger(requests) && requests > 0)
            guard.budget += requests;
    };
    return { owner, repo, octokit: octokit, requestCount: () => guard.count, extendBudget, sleep, log, redact: (t) => (0,text_secrets/* redact */.E)(t, secrets) };
}
/** Which `permissions:` entry a request needs, judged by its path. */
function permissionFor(method, path) {
    if (/\/graphql$/.test(path) || /\/(pulls|issues)(\/|$)/.test(path))
        return 'pull-requests: write';
    if (/\/deployments(\/|$)/.test(path))
        return method === 'GET' ? 'deployments: read' : 'deployments: write';
    if (/\/(statuses|check-runs|check-suites|status)(\/|$)/.test(path))
        return method === 'GET' ? 'checks: read / statuses: read' : 'statuses: write';
    return 'contents: write';
}
/** Turns an Octokit failure into a GitHubError a user can act on (redacted). */
function toGitHubError(error, options, secrets, maxWaitSeconds = DEFAULT_MAX_WAIT_S) {
    if (error instanceof client_GitHubError) {
        error.message = (0,text_secrets/* redact */.E)(error.message, secrets);
        if (typeof error.said === 'string')
            error.said = error.message;
        return error;
    }
    if (typeof error?.badReply === 'string') {
        // The message names the endpoint and what was wrong, never the body (a proxy's page may echo the request's headers).
        const message = `GitHub's answer was unusable: ${String(error.message)} — a proxy, captive portal or GitHub outage answered instead of the API, or the connection dropped; rerun the job, and check GITHUB_API_URL and HTTPS_PROXY/NO_PROXY if it persists`;
        return new client_GitHubError((0,text_secrets/* redact */.E)((0,text_log/* escapeForLog */.z)(message), secrets), undefined, undefined, 'bad-reply');
    }
    const method = String(error?.request?.method ?? options?.method ?? 'GET').toUpperCase();
    const path = pathOf(error?.request?.url ?? options?.url ?? '');
    const status = typeof error?.status === 'number' ? error.status : undefined;
    // GitHub's message may echo a title or branch name: one line, no workflow command.
    const raw = (0,text_log/* escapeForLog */.z)((0,text_secrets/* redact */.E)(apiMessageOf(error), secrets));
    const what = `${method} ${path}`;
    let message;
    if (status === undefined || (status === 500 && !error?.response)) {
        const base = options?.baseUrl ?? error?.request?.url;
        const tries = typeof options?.attempts === 'number' && options.attempts > 1 ? ` after ${options.attempts} attempts` : '';
        message = base
            ? `could not reach the GitHub API at ${apiBase(base)} (GITHUB_API_URL) for ${what}${tries} (${(0,text_log/* escapeForLog */.z)((0,text_secrets/* redact */.E)(failureReason(error), secrets))}) — check the network, GITHUB_API_URL and HTTPS_PROXY/NO_PROXY`
            : `could not reach GitHub for ${what}: ${raw || 'network error'} — check the network, GITHUB_API_URL and HTTPS_PROXY/NO_PROXY`;
        return new client_GitHubError((0,text_secrets/* redact */.E)(message, secrets), undefined, raw);
    }
    const lower = raw.toLowerCase();
    if (status === 401) {
        return new client_GitHubError((0,src_errors/* words */.aL) `the token was refused (401) on ${(0,text_secrets/* redact */.E)(what, secrets)} — pass a valid ${(0,src_errors/* named */.KT)('github-token')} (it may be expired, revoked or meant for another GitHub host)`, status, raw);
    }
    else if ((status === 403 || status === 429) && /secondary rate limit|abuse/.test(lower)) {
        const after = Number(error?.response?.headers?.['retry-after']);
        message = `GitHub's secondary rate limit kept refusing ${what}${Number.isFinite(after) ? ` (retry-after ${after} s)` : ''} after the waits allowed (at most ${maxWaitSeconds} s each) — rerun the job later`;
    }
    else if ((status === 403 || status === 429) && error?.response?.headers?.['x-ratelimit-remaining'] === '0') {
        const reset = Number(error?.response?.headers?.['x-ratelimit-reset']);
        message = `GitHub's API rate limit for this token is used up on ${what}${Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1000).toISOString()}` : ''} — rerun after the reset or use a token with its own quota`;
    }
    else if (status === 403 && /not permitted to create or approve pull requests/.test(lower)) {
        message = `GitHub Actions is not permitted to create or approve pull requests in this repository (${what}) — enable Settings → Actions → General → Workflow permissions → "Allow GitHub Actions to create and approve pull requests" (for an organization, its Actions settings too), or pass a GitHub App or PAT token as github-token`;
    }
    else if (status === 403 && /resource not accessible by (integration|personal access token)/.test(lower)) {
        message = `the token lacks permission for ${what} — give the job \`permissions: ${permissionFor(method, path)}\` (lockstep's writes need contents: write and pull-requests: write); the token is read-only in fork/Dependabot PRs, where write steps cannot run`;
    }
    else if (status === 404) {
        message = `GitHub answered 404 to ${what} — the repository or object does not exist, or the token cannot see it (a private repository needs a token with access)`;
    }
    else {
        message = `GitHub answered ${status} to ${what}: ${raw}`;
    }
    return new client_GitHubError((0,text_secrets/* redact */.E)(message, secrets), status, raw);
}
/** Array.isArray narrowed to a readonly list that keeps its element type (Array.isArray's own guard says `any[]`). */
function isList(value) {
    return Array.isArray(value);
}
function apiMessageOf(error) {
    const data = error?.response?.data;
    if (data && typeof data === 'object' && typeof data.message === 'string') {
        const details = isList(data.errors)
            ? data.errors
                .map((e) => (typeof e === 'string' ? e : (e?.message ?? [e?.resource, e?.field, e?.code].filter(Boolean).join(' '))))
                .filter(Boolean)
            : [];
        return details.length ? `${data.message}: ${details.join('; ')}` : data.message;
    }
    if (typeof data === 'string' && data)
        return data.slice(0, 500);
    return String(error?.message ?? error ?? '');
}
/**
 * The one rule for which GitHub failures are the user's to fix, for every
 * operation: a refusal (a 4xx: a missing permission, a repository setting,
 * a branch protection) and an API that never answered (GITHUB_API_URL, a
 * proxy) become one UserError line — `what` before GitHub's message, `hint`
 * naming the permission the caller needs. Undefined for the rest (a 5xx, a
 * stop by the run's request budget, a garbled reply), which stay errors.
 */
function gitHubUserError(e, o = {}) {
    if (!(e instanceof client_GitHubError))
        return undefined;
    const refused = e.status !== undefined && e.status >= 400 && e.status < 500;
    const unanswered = e.status === undefined && e.code === undefined;
    if (!refused && !unanswered)
        return undefined;
    return new src_errors/* UserError */.yo(o.what ? (0,src_errors/* words */.aL) `${o.what}: ${e.said}` : e.said, o.hint ? { hint: o.hint } : {});
}
/** True when a failure is GitHub's "already exists" validation answer (422). */
function isAlreadyExists(e) {
    return e instanceof client_GitHubError && e.status === 422 && /already exists|already_exists/i.test(e.apiMessage ?? e.message);
}
/** True when the answer to a create may have been lost (5xx, no answer, a garbled answer): the object may exist anyway. */
function mayHaveLanded(e) {
    return e instanceof client_GitHubError && (e.status === undefined || e.status >= 500) && e.code !== 'budget';
}
/** `get`'s answer, or undefined when GitHub answers 404 (the object does not exist). */
async function client_orNotFound(get) {
    try {
        return await get();
    }
    catch (e) {
        if (e instanceof client_GitHubError && e.status === 404)
            return undefined;
        throw e;
    }
}
/**
 * Runs `create`, idempotently: when its answer was lost (5xx, no answer) or
 * GitHub answers 422 "already exists", `find` looks the object up instead
 * (told whether GitHub said it exists), so a retried or raced create neither
 * fails nor duplicates. The create's own error is thrown when nothing is
 * found. `found` says the object came from `find`: it was not there when the
 * caller looked before creating, so the create that landed was this run's (or
 * a twin run's). A create whose answer was garbled (not JSON, cut off) and
 * that `find` does not see did not land: it is made again, at most
 * BAD_REPLY_CREATES times in all.
 */
async function client_createOrFind(gh, what, create, find) {
    for (let attempt = 1;; attempt++) {
        try {
            return { value: await create(), found: false };
        }
        catch (e) {
            const exists = isAlreadyExists(e);
            if (!exists && !mayHaveLanded(e))
                throw e;
            const value = await find(exists);
            if (value !== undefined) {
                gh.log?.(`${what} found after the create failed (${e.message})`);
                return { value, found: true };
            }
            // A garbled answer to a create that did not land is a failed request like every other: made again, bounded.
            if (!isBadReply(e) || attempt >= BAD_REPLY_CREATES)
                throw e;
            gh.log?.(`${what}: GitHub's answer to the create was unusable and nothing was created; creating again (${attempt}/${BAD_REPLY_CREATES - 1})`);
            await (gh.sleep ?? realSleep)(1000 * attempt);
        }
    }
}
/** Creates tried when each answer is garbled and nothing landed. */
const BAD_REPLY_CREATES = 3;
/** True when GitHub's answer was garbled (not JSON, cut off, missing a field lockstep reads). */
function isBadReply(e) {
    return e instanceof client_GitHubError && e.code === 'bad-reply';
}
/** A GraphQL call through the client (its retries, budget and waits); GraphQL errors come back as data, not thrown. */
async function graphql(gh, query, variables) {
    try {
        return { data: await gh.octokit.graphql(query, variables) };
    }
    catch (e) {
        if (e?.name === 'GraphqlResponseError' && Array.isArray(e.errors)) {
            return {
                data: e.data ?? undefined,
                errors: e.errors.map((x) => ({ type: x?.type, message: String(x?.message ?? '') })),
            };
        }
        throw e;
    }
}

// EXTERNAL MODULE: ./packages/core/src/registry/client.ts + 2 modules
var registry_client = __webpack_require__(2632);
// EXTERNAL MODULE: ./packages/core/node_modules/semver/index.js
var semver = __webpack_require__(9730);
;// CONCATENATED MODULE: ./packages/core/src/render/find.ts
// The kustomize an overlay is rendered with: a `kustomize` binary on PATH,
// else `kubectl kustomize` (kubectl 1.21 and later carry kustomize v4+; the
// GitHub-hosted Ubuntu runners ship kubectl). Kept apart from kustomize.ts so
// an action's entry chunk carries the finder only, not the renderer.





/** The first executable `name` on PATH. */
function onPath(name, env) {
    for (const dir of (env.PATH ?? '').split(external_node_path_.delimiter)) {
        if (!dir)
            continue;
        const path = (0,external_node_path_.join)(dir, process.platform === 'win32' ? `${name}.exe` : name);
        try {
            (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.X_OK);
            return path;
        }
        catch {
            continue;
        }
    }
    return undefined;
}
/** A version query run with nothing of the runner's but PATH, 10 s at most. */
function ask(path, args) {
    const home = (0,external_node_os_.tmpdir)();
    const run = (0,external_node_child_process_.spawnSync)(path, args, {
        encoding: 'utf8',
        timeout: 10_000,
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, KUBECONFIG: (0,external_node_path_.join)(home, 'lockstep-no-kubeconfig') },
    });
    return run.status === 0 ? run.stdout : undefined;
}
/** `kustomize` on PATH, else `kubectl` on PATH whose kustomize is v4 or later; undefined when neither answers. */
function findKustomize(env = process.env) {
    const k = onPath('kustomize', env);
    if (k) {
        // `kustomize version` prints `v5.4.2` (v5) or `{Version:kustomize/v4.5.7 …}` (v4).
        const version = (0,semver.coerce)(ask(k, ['version'])?.match(/v?\d+\.\d+\.\d+/)?.[0])?.version;
        if (version)
            return { path: k, args: ['build'], command: 'kustomize build', version, label: `kustomize v${version}` };
    }
    const kubectl = onPath('kubectl', env);
    if (!kubectl)
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse(ask(kubectl, ['version', '--client', '-o', 'json']) ?? 'null');
    }
    catch {
        return undefined;
    }
    const version = (0,semver.coerce)(typeof parsed?.kustomizeVersion === 'string' ? parsed.kustomizeVersion : undefined)?.version;
    // kubectl before 1.21 carries kustomize v2.0.3, which names no version here: not used.
    if (!version || Number(version.split('.')[0]) < 4)
        return undefined;
    return { path: kubectl, args: ['kustomize'], command: 'kubectl kustomize', version, label: `kubectl kustomize (kustomize v${version})` };
}

// EXTERNAL MODULE: ./packages/core/src/registry/reference.ts
var reference = __webpack_require__(908);
;// CONCATENATED MODULE: ./packages/core/src/registry/docker-config.ts





/** The Docker client's config file: `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`. */
function dockerConfigPath(env = process.env, home = env.HOME ?? '') {
    return env.DOCKER_CONFIG ? (0,external_node_path_.join)(env.DOCKER_CONFIG, 'config.json') : (0,external_node_path_.join)(home, '.docker', 'config.json');
}
const HUB_KEYS = ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io', 'https://registry-1.docker.io'];
/** The host an `auths` key names: `https://ghcr.io/v1/` → `ghcr.io`. */
function authKeyHost(key) {
    return key
        .trim()
        .replace(/^[a-z]+:\/\//i, '')
        .replace(/\/.*$/, '')
        .toLowerCase();
}
/**
 * Finds credentials for `registry` in a parsed Docker config, in the order
 * the Docker client uses: a `credHelpers` entry for the host names a helper;
 * else `auths[host].auth` = base64(user:pass) (or separate username/password
 * fields) as docker/login-action leaves it, Docker Hub also under the legacy
 * key `https://index.docker.io/v1/`; else a `credsStore` names a helper.
 * Helpers are named in `helper`, not run here (see dockerCredentialSource).
 */
function lookupDockerCredentials(config, registry) {
    if (typeof config !== 'object' || config === null)
        return {};
    const c = config;
    const host = registry.toLowerCase();
    const isHub = host === reference/* DOCKER_HUB_REGISTRY */.DJ;
    const hubKey = (key) => HUB_KEYS.some((k) => authKeyHost(k) === authKeyHost(key));
    if (typeof c.credHelpers === 'object' && c.credHelpers !== null) {
        const helper = Object.entries(c.credHelpers).find(([key]) => authKeyHost(key) === host || (isHub && hubKey(key)));
        if (helper && typeof helper[1] === 'string' && helper[1] !== '')
            return { helper: { name: helper[1], serverUrl: helper[0], from: 'credHelpers' } };
    }
    let note;
    let matched;
    if (typeof c.auths === 'object' && c.auths !== null) {
        const entries = Object.entries(c.auths);
        const match = (isHub ? HUB_KEYS.map((k) => entries.find(([key]) => key === k)).find(Boolean) : undefined) ??
            entries.find(([key]) => authKeyHost(key) === host || (isHub && authKeyHost(key) === 'index.docker.io'));
        if (match) {
            const [key, entry] = match;
            const creds = decodeEntry(entry);
            if (creds)
                return { credentials: creds, key };
            matched = key;
            note = `the entry '${key}' in the Docker config holds no usable auth`;
        }
    }
    // With a credential store, `auths` keeps empty placeholder entries; the secret is in the store.
    if (typeof c.credsStore === 'string' && c.credsStore !== '')
        return { key: matched, helper: { name: c.credsStore, serverUrl: isHub ? HUB_KEYS[0] : (matched ?? host), from: 'credsStore' } };
    return matched ? { key: matched, note } : {};
}
/** Spawns helpers by argv (no shell), PATH-resolved, killed when the timeout passes. */
function spawnCredentialHelper(env = process.env) {
    return (program, input, timeoutMs) => new Promise((done) => {
        const child = (0,external_node_child_process_.spawn)(program, ['get'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        let finished = false;
        const finish = (out) => {
            if (finished)
                return;
            finished = true;
            clearTimeout(timer);
            done(out);
        };
        const timer = setTimeout(() => {
            child.kill('SIGKILL');
            finish({ code: -1, stdout: '', stderr, timedOut: true });
        }, timeoutMs);
        child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
        child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
        child.on('error', (e) => finish({ code: -1, stdout: '', stderr: e.message, notFound: e.code === 'ENOENT' || e.code === 'EACCES' }));
        child.on('close', (code) => finish({ code: code ?? -1, stdout, stderr }));
        child.stdin.on('error', () => { });
        child.stdin.end(input);
    });
}
const HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** The other way to authenticate: the step's (or the command's) own credentials. */
const PASS_CREDENTIALS = (0,src_errors/* words */.aL) `pass ${(0,src_errors/* named */.KT)('username')} and ${(0,src_errors/* named */.KT)('password')}`;
/** The other way where the step takes none: the credentials written into the Docker config by a login. */
const PLAIN_LOGIN = 'log in with docker login (docker/login-action in a workflow) with no credential helper configured';
/**
 * Credentials per registry from the Docker config, as docker/login-action or
 * a credential helper leaves them: the file is read once, each registry's
 * helper runs at most once (only when the registry asks for credentials),
 * and every secret is masked as soon as it is read. A helper that is not
 * installed, times out or fails is a UserError naming it and the config
 * file; "credentials not found" from a helper means anonymous access.
 */
function dockerCredentialSource(o) {
    let config;
    let loaded = false;
    const cache = new Map();
    const run = o.run ?? spawnCredentialHelper();
    const timeoutMs = o.timeoutMs ?? 10_000;
    const orElse = o.ownCredentials ? PASS_CREDENTIALS : PLAIN_LOGIN;
    const lookup = async (registry) => {
        if (!loaded) {
            config = readDockerConfig(o.configPath);
            loaded = true;
        }
        const found = lookupDockerCredentials(config, registry);
        if (found.credentials) {
            o.secret(found.credentials.password);
            return found.credentials;
        }
        if (found.note)
            o.log?.(found.note);
        if (!found.helper)
            return undefined;
        const { name, serverUrl, from } = found.helper;
        const where = from === 'credHelpers' ? `credHelpers["${serverUrl}"]` : 'credsStore';
        const program = `docker-credential-${name}`;
        if (!HELPER_NAME.test(name))
            throw new src_errors/* UserError */.yo(`${where} in ${o.configPath} names '${name}', which is not a credential helper name`, {
                hint: (0,src_errors/* words */.aL) `use a helper name such as ecr-login or gcloud, or ${orElse}`,
            });
        const out = await run(program, serverUrl, timeoutMs);
        if (out.notFound)
            throw new src_errors/* UserError */.yo(`${o.configPath}: ${where} sends ${registry} to ${program}, which is not installed (not found on PATH)`, {
                hint: (0,src_errors/* words */.aL) `install ${program} on the runner, remove ${where} from the Docker config, or ${orElse}`,
            });
        if (out.timedOut)
            throw new src_errors/* UserError */.yo(`${o.configPath}: ${program} get did not answer for ${registry} within ${Math.round(timeoutMs / 1000)}s`, {
                hint: (0,src_errors/* words */.aL) `check that ${program} works without a prompt on the runner, or ${orElse}`,
            });
        if (out.code !== 0) {
            if (/credentials not found/i.test(`${out.stdout} ${out.stderr}`)) {
                o.log?.(`${program} has no credentials for ${registry}; continuing anonymously`);
                return undefined;
            }
            throw new src_errors/* UserError */.yo(`${o.configPath}: ${program} get failed for ${registry} (exit ${out.code}: ${firstLine(out.stderr)})`, {
                hint: (0,src_errors/* words */.aL) `check ${program} on the runner, or ${orElse}`,
            });
        }
        let parsed;
        try {
            parsed = JSON.parse(out.stdout);
        }
        catch {
            // Never quote the output: it may hold the secret.
            throw new src_errors/* UserError */.yo(`${o.configPath}: ${program} get printed something other than JSON for ${registry}`, {
                hint: (0,src_errors/* words */.aL) `check ${program} on the runner, or ${orElse}`,
            });
        }
        const secret = typeof parsed?.Secret === 'string' ? parsed.Secret : '';
        if (secret !== '')
            o.secret(secret);
        const username = typeof parsed?.Username === 'string' ? parsed.Username : '';
        if (secret === '' || username === '')
            return undefined;
        if (username === '<token>') {
            o.log?.(`${program} returned an identity token for ${registry}, which lockstep does not exchange; continuing anonymously`);
            return undefined;
        }
        return { username, password: secret };
    };
    return (registry) => {
        const key = registry.toLowerCase();
        let p = cache.get(key);
        if (!p)
            cache.set(key, (p = lookup(key)));
        return p;
    };
}
function firstLine(s) {
    const line = s.trim().split('\n')[0] ?? '';
    return (line || 'no output').slice(0, 200);
}
function decodeEntry(entry) {
    if (typeof entry !== 'object' || entry === null)
        return undefined;
    const e = entry;
    if (typeof e.auth === 'string' && e.auth !== '') {
        const text = Buffer.from(e.auth, 'base64').toString('utf8');
        const colon = text.indexOf(':');
        if (colon > 0)
            return { username: text.slice(0, colon), password: text.slice(colon + 1) };
        return undefined;
    }
    if (typeof e.username === 'string' && typeof e.password === 'string' && e.username !== '')
        return { username: e.username, password: e.password };
    return undefined;
}
/** Reads and parses the Docker config file; undefined when absent or not JSON (a broken file is not ours to judge). */
function readDockerConfig(path) {
    if (!(0,external_node_fs_.existsSync)(path))
        return undefined;
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./packages/core/src/render/helm.ts
var render_helm = __webpack_require__(4379);
;// CONCATENATED MODULE: ./packages/core/src/git/tree.ts
// The files under a folder of a commit, read from the tree objects through a
// running `git cat-file --batch` (cat-file.ts) rather than one more `git
// ls-tree` process: a promotion's render lists its chart's folder between the
// base fetch and Helm's start, where a process to spawn cost 20–40 ms on a
// busy 2-core runner and a read of the running one costs under a millisecond.
// The answer is `git ls-tree -r --name-only <commit> -- <dir>/`'s, in its order.
/** A tree entry's mode for a subtree: recursed into, not listed (ls-tree -r without -t). */
const TREE_MODE = '40000';
/** The entries of a tree object in their order (git's, which ls-tree keeps); the id's width is the repository's hash's. */
function entries(data, idBytes) {
    const out = [];
    let at = 0;
    while (at < data.length) {
        const space = data.indexOf(0x20, at);
        const nul = data.indexOf(0, space + 1);
        if (space < 0 || nul < 0 || nul + 1 + idBytes > data.length)
            throw new Error('git cat-file: a tree object ends inside an entry');
        out.push({
            mode: data.toString('latin1', at, space),
            name: data.toString('utf8', space + 1, nul),
            id: data.toString('hex', nul + 1, nul + 1 + idBytes),
        });
        at = nul + 1 + idBytes;
    }
    return out;
}
/**
 * Every file (blobs, symbolic links, submodule commits) under the folder `dir` of `commit` (`.` or '' the whole
 * tree), as paths from the repository's top in `git ls-tree -r`'s order: git/commits.ts listFiles's answer. A `dir`
 * that is no folder of the commit (a file, nothing) gives nothing; undefined when the commit cannot be read.
 */
async function filesUnder(reader, commit, dir) {
    const folder = dir.replace(/\/+$/, '');
    const top = folder === '' || folder === '.';
    const [root, at] = await Promise.all([reader.read(`${commit}^{tree}`), top ? undefined : reader.read(`${commit}:${folder}`)]);
    if (root?.type !== 'tree')
        return undefined;
    const start = top ? root : at;
    if (!start)
        return [];
    if (start.type !== 'tree')
        return [];
    const idBytes = root.oid.length / 2;
    const out = [];
    const walk = async (tree, prefix) => {
        const list = entries(tree, idBytes);
        // The subtrees of one tree are asked for at once, by id: cat-file gets them in one write.
        const subtrees = list.map((e) => (e.mode === TREE_MODE ? reader.read(e.id) : undefined));
        for (const [i, e] of list.entries()) {
            const path = `${prefix}${e.name}`;
            if (e.mode !== TREE_MODE) {
                out.push(path);
                continue;
            }
            const sub = await subtrees[i];
            if (sub?.type !== 'tree')
                throw new Error(`git cat-file: ${commit}:${path} is no tree`);
            await walk(sub.data, `${path}/`);
        }
    };
    await walk(start.data, top ? '' : `${folder}/`);
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/git/log.ts

// The history walks lockstep's records are read from (records/history.ts): each one git command line,
// spelled here and nowhere else.
/**
 * The format of one commit in eachCommitTouching and commitsByIds: id, parents, committer time (seconds), the
 * trailer block (git's own parse, `%(trailers)`, with `:` as the only separator) and the message, NUL
 * between fields and, with `-z`, after each commit, so no message can forge another's fields (a
 * message holds no NUL). With -z git separates commits by NUL only; a newline may remain before the next id.
 */
const FIELDS = '%H%x00%P%x00%ct%x00%(trailers:only,unfold)%x00%B';
const TRAILER_CONFIG = ['-c', 'trailer.separators=:'];
/**
 * How much of the pack git keeps mapped while it walks a long history. git maps its pack in windows of up to
 * 1 GiB and keeps them mapped up to 8 GiB, so every page of the pack the walk reads stays resident: at
 * 100,000 commits git peaked at ~143 MB, more than the lockstep process reading it (a run's peak counts
 * its children's). In windows of 1 MiB, 16 MiB of them at most, it peaked at ~73 MB for the same CPU.
 */
const PACK_CONFIG = ['-c', 'core.packedGitWindowSize=1m', '-c', 'core.packedGitLimit=16m'];
/**
 * `git log -z --first-parent` from `revs`, each commit as FIELDS after a \x01; with `names` (the options before the
 * name list: `--sparse`, or none), each commit's files touched on its first-parent side, for the literal `paths`.
 */
function firstParentLog(revs, paths, names) {
    const diff = names ? [...names, '--diff-merges=first-parent', '--no-renames', '--name-only'] : [];
    return [
        ...TRAILER_CONFIG,
        ...PACK_CONFIG,
        '-c',
        'core.quotePath=false',
        'log',
        '-z',
        '--first-parent',
        ...diff,
        `--format=%x01${FIELDS}`,
        '--end-of-options',
        ...revs,
        '--',
        ...paths.map((f) => `:(literal)${f}`),
    ];
}
/** The commits `shas` (at most a thousand), in their order, in eachCommitTouching's fields (as one text). */
function commitsByIds(git, shas) {
    return (0,spawn/* gitText */.q_)(git, [...TRAILER_CONFIG, 'log', '-z', '--no-walk=unsorted', `--format=${FIELDS}`, ...shas, '--']);
}
/** `%ct` (digits) as a number, without a string per commit; anything else as Number reads it. */
function timeOf(b) {
    let n = 0;
    for (let k = 0; k < b.length; k++) {
        const d = b[k] - 0x30;
        if (d < 0 || d > 9)
            return Number(b.toString('latin1'));
        n = n * 10 + d;
    }
    return n;
}
/** The id that begins a commit of eachCommitTouching's log: SOH and 40 (or 64) hex digits, after a line break git may leave. */
function commitId(record) {
    const from = record[0] === 0x0a ? 2 : 1;
    if (record[from - 1] !== 0x01 || (record.length - from !== 40 && record.length - from !== 64))
        return undefined;
    for (let k = from; k < record.length; k++) {
        const c = record[k];
        if (!((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66)))
            return undefined;
    }
    return record.toString('latin1', from);
}
/**
 * The folders whose history holds `files`: their deepest common folder when
 * they have one (`environments/` for a fleet's `environments/<env>/…`), else
 * each file's own folder (a file at the top is named itself). One folder is
 * what git filters fastest: 2E exact paths cost it ~3 s at 100 environments
 * over 20,000 commits, their folder 0.4 s; the files in it that are not an
 * environment's are left out by the reader.
 */
function historyFolders(files) {
    const dirs = files.map((f) => (f.includes('/') ? f.slice(0, f.lastIndexOf('/') + 1) : f));
    let common = dirs[0] ?? '';
    for (const d of dirs)
        while (!d.startsWith(common))
            common = common.slice(0, common.slice(0, -1).lastIndexOf('/') + 1);
    return common.endsWith('/') ? [common] : [...new Set(dirs)];
}
/**
 * The first-parent history ending at `tip`, newest first: each commit (LoggedCommit) handed to `onCommit` as
 * it arrives, never the whole log as one text (a fleet's promotions make it tens of MB, and every value read
 * from one text keeps all of it alive), with the paths under `paths` (files or folders) it changed against
 * its first parent: `git log --first-parent --sparse --name-only` limited to `paths` diffs each commit
 * against its first parent under them only (merges too: --diff-merges=first-parent) and, with --sparse,
 * still prints every commit. One walk instead of two (the messages, then the paths): at 100,000 commits git
 * spends ~1.4 s of CPU instead of ~2. No `paths`: no diff, every commit's paths empty.
 *
 * `splitAt`, a commit on that history (a release tag near its middle): two walks at once, `tip ^splitAt`
 * (part 0) and `splitAt` (part 1), each one git process, so a machine of two cores walks it in about half
 * the time (git's walk is most of a long history's read). Each part's commits come in order, the parts side
 * by side. Resolves to the parts that make the history, newest first: [0, 1]; or where `splitAt` is not on
 * it (part 0's oldest commit's first parent is another commit), [0, 2] with part 2 walked from that parent;
 * or [2], the whole history walked again, where part 0 is empty or fails (a split commit git cannot read), or
 * part 1 fails. The caller drops the parts not named.
 */
async function eachCommitTouching(git, tip, paths, onCommit, splitAt) {
    if (splitAt === undefined || splitAt === tip) {
        await walkPart(git, [tip], paths, onCommit, 0);
        return [0];
    }
    const [newer, older] = await Promise.allSettled([
        walkPart(git, [tip, `^${splitAt}`], paths, onCommit, 0),
        walkPart(git, [splitAt], paths, onCommit, 1),
    ]);
    // A split commit git cannot read (a tag on a commit a shallow clone lacks) fails part 0 too: walked whole
    // again, so that only a failure of the walk itself is the error.
    const next = newer.status === 'fulfilled' ? newer.value : undefined;
    if (next === undefined) {
        await walkPart(git, [tip], paths, onCommit, 2);
        return [2];
    }
    if (next === splitAt && older.status === 'fulfilled')
        return [0, 1];
    // The root (no first parent) ends the history: part 0 was all of it.
    if (next === '')
        return [0];
    await walkPart(git, [next], paths, onCommit, 2);
    return [0, 2];
}
/**
 * Reads a log printed as `%x01${FIELDS}` with `-z` (and `--name-only`): each commit's id, its five fields and the
 * paths it changed, handed to `onCommit` once the next commit begins, or at `end` for the last one.
 */
function commitReader(onCommit) {
    let sha;
    let fields = [];
    let touched = [];
    const done = () => {
        if (sha !== undefined && fields.length === 5)
            onCommit(sha, fields, touched);
    };
    return {
        record(record) {
            // A commit's five fields are taken as they come (a message may begin with SOH too); after them, a record
            // that is SOH and an id (after a line break git may leave) begins the next commit, any other is a path.
            if (fields.length > 0 && fields.length < 5) {
                fields.push(record);
                return;
            }
            const id = commitId(record);
            if (id !== undefined) {
                done();
                sha = id;
                fields = [record];
                touched = [];
            }
            else if (fields.length === 5 && record.length > 0 && !(record.length === 1 && record[0] === 0x0a))
                touched.push(record.toString('utf8', record[0] === 0x0a ? 1 : 0));
        },
        end: done,
    };
}
/**
 * One `git log --first-parent` of eachCommitTouching over `revs` (a tip, and `^commit` to stop before it): its
 * commits to `onCommit` as `part`. Resolves to the first parent of its oldest commit ('' for a root commit),
 * or undefined when it printed no commit.
 */
async function walkPart(git, revs, paths, onCommit, part) {
    let oldest;
    const args = firstParentLog(revs, paths, paths.length > 0 ? ['--sparse'] : undefined);
    const reader = commitReader((sha, fields, touched) => {
        oldest = fields[1];
        onCommit({ sha, parents: fields[1], time: timeOf(fields[2]), trailers: fields[3], message: fields[4] }, touched, part);
    });
    const r = await gitRecords(git, args, reader.record);
    if (r.code !== 0)
        throw new Error(`git log failed (exit ${r.code}): ${r.stderr.trim()}`);
    reader.end();
    // The oldest commit's parents (one commit's bytes held past its call, while the walk ends): its first parent.
    if (oldest === undefined)
        return undefined;
    const space = oldest.indexOf(0x20);
    return oldest.toString('latin1', 0, space < 0 ? oldest.length : space);
}
/** Every tag (`refs/tags/*`) and the commit it names (peeled through an annotated tag), with its committer time. */
async function tagTargets(git) {
    const text = await gitText(git, [
        'for-each-ref',
        '--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)%00%(committerdate:unix)%00%(*committerdate:unix)',
        'refs/tags',
    ]);
    const out = new Map();
    for (const line of text.split('\n')) {
        const [name, obj, peeled, time, peeledTime] = line.split('\0');
        if (name && obj)
            out.set(name, { commit: peeled || obj, time: Number(peeledTime || time) || 0 });
    }
    return out;
}
/**
 * Where eachCommitTouching's walk splits in two: the commit of the release tag whose committer time is the
 * median of the tags' (releases come all through a history, so about half of it is newer), or none without a
 * tag. A tag off the first-parent history costs a walk more, never a wrong history.
 */
function splitAt(targets) {
    const byTime = [...new Map([...targets.values()].map((t) => [t.commit, t.time]))].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
    return byTime[Math.floor(byTime.length / 2)]?.[0];
}
/**
 * The paths commit `sha` changed against its first parent (for a merge, what it brought in), or undefined
 * when git cannot say (a root commit, a parent the clone lacks).
 */
async function firstParentPaths(git, sha) {
    const r = await git(['diff', '--no-renames', '--name-only', '-z', `${sha}^1`, sha, '--']);
    return r.code === 0 ? r.stdout.toString('utf8').split('\0').filter(Boolean) : undefined;
}
/** How many commits one `git log` lists the paths of (far below the argument list's limit). */
const PATHS_BATCH = 1000;
/**
 * firstParentPaths of many commits, with one `git log --no-walk` per thousand instead of one `git diff` each (a
 * history of many releases has many release commits): each commit's paths against its first parent (a root
 * commit's, every file it adds). A batch git refuses (a commit the clone lacks) is asked commit by commit.
 */
async function firstParentPathsOf(git, shas) {
    const out = new Map();
    for (let at = 0; at < shas.length; at += PATHS_BATCH) {
        const batch = shas.slice(at, at + PATHS_BATCH);
        const r = await git([
            'log',
            '--no-walk=unsorted',
            '--diff-merges=first-parent',
            '--no-renames',
            '--name-only',
            '-z',
            '--format=%x01%H',
            ...batch,
            '--',
        ]);
        if (r.code !== 0) {
            const each = await Promise.all(batch.map((sha) => firstParentPaths(git, sha)));
            batch.forEach((sha, i) => out.set(sha, each[i]));
            continue;
        }
        // Each commit is \x01<sha>\0, then (when it changed anything) \n and its paths, each ended by \0.
        for (const part of r.stdout.toString('utf8').split('\x01')) {
            const end = part.indexOf('\0');
            if (end < 0)
                continue;
            out.set(part.slice(0, end), part
                .slice(end + 1)
                .replace(/^\n/, '')
                .split('\0')
                .filter(Boolean));
        }
    }
    return out;
}
/** Ends lastLandings' walk once every group has its landing (thrown from the reader, which stops git). */
const ALL_SEEN = new Error('every group has its landing');
/** A path as git prints it: no leading `./`, no trailing `/`. */
const plainPath = (p) => p.replace(/^(?:\.\/)+/, '').replace(/\/+$/, '');
/**
 * The last landing of each group of paths (an environment's files) on `tip`'s first-parent history, as
 * `git log -1 --first-parent -- <group>` finds it (a merge by what it brought in), with its message and a merge's
 * merged side's. One `git log --first-parent --name-only` walk for every group, limited to their folders
 * (historyFolders), ended once every group has its landing: no further back than the oldest (the whole history only
 * where a group never changed); then one `git log --no-walk` for the merged sides. Per group, a log and a commit or
 * two were ~3 git processes an environment (~1 s at 100); these are two at most. A group is undefined when no
 * commit changed it, or when git cannot walk `tip` (as `git log -1` read leniently).
 */
async function lastLandings(git, tip, groups) {
    const found = groups.map(() => undefined);
    const owners = new Map();
    groups.forEach((g, k) => {
        for (const p of new Set(g.map(plainPath)))
            owners.set(p, [...(owners.get(p) ?? []), k]);
    });
    let left = groups.filter((g) => g.length > 0).length;
    if (left === 0)
        return found;
    const touchedGroups = (path) => {
        const out = [];
        // The path, and each folder it is in: a group may name a folder.
        for (let at = path.length; at > 0; at = path.lastIndexOf('/', at - 1))
            out.push(...(owners.get(path.slice(0, at)) ?? []));
        return out;
    };
    const reader = commitReader((sha, fields, touched) => {
        for (const path of touched)
            for (const k of touchedGroups(path)) {
                if (found[k] !== undefined)
                    continue;
                const info = {
                    parents: fields[1].toString('latin1').split(' ').filter(Boolean),
                    trailers: fields[3].toString('utf8'),
                    message: fields[4].toString('utf8'),
                };
                found[k] = { commit: sha, info };
                left--;
            }
        if (left === 0)
            throw ALL_SEEN;
    });
    const args = firstParentLog([tip], historyFolders([...owners.keys()]), []);
    try {
        const r = await (0,spawn/* gitRecords */.Xq)(git, args, reader.record);
        if (r.code !== 0)
            return groups.map(() => undefined);
        reader.end();
    }
    catch (e) {
        if (e !== ALL_SEEN)
            throw e;
    }
    const sides = await mergedSides(git, [...new Set(found.flatMap((l) => (l && l.info.parents.length > 1 ? [l.info.parents[1]] : [])))]);
    return found.map((l) => {
        const side = l && l.info.parents.length > 1 ? sides.get(l.info.parents[1]) : undefined;
        return l && side ? { ...l, merged: side } : l;
    });
}
/** The merged sides of landings: commitsByIds' fields, a thousand a process; a batch git refuses (a commit a shallow clone lacks) read one by one. */
async function mergedSides(git, shas) {
    const out = new Map();
    for (let at = 0; at < shas.length; at += PATHS_BATCH) {
        const batch = shas.slice(at, at + PATHS_BATCH);
        const text = await commitsByIds(git, batch).catch(() => undefined);
        if (text === undefined) {
            const each = await Promise.all(batch.map((sha) => commitsByIds(git, [sha]).catch(() => '')));
            for (const t of each)
                readFields(t, out);
        }
        else
            readFields(text, out);
    }
    return out;
}
/** commitsByIds' text into `out`, by commit: five fields each (id, parents, time, trailers, message). */
function readFields(text, out) {
    const f = text.split('\0');
    for (let k = 0; k + 4 < f.length; k += 5)
        out.set(f[k].replace(/^\n/, ''), { parents: f[k + 1].split(' ').filter(Boolean), trailers: f[k + 3], message: f[k + 4] });
}

// EXTERNAL MODULE: ./packages/core/src/git/publish.ts
var publish = __webpack_require__(5825);
;// CONCATENATED MODULE: ./packages/core/src/git/generated-branch.ts


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
        fetchBranch: (b) => (0,publish/* fetchBranch */.D_)(git, remote, b),
        commitFiles: (c) => (0,publish/* commitFiles */.zu)(git, c),
        commitsAfterGenerated: (base, tip, trailer) => (0,publish/* commitsAfterGenerated */.kq)(git, base, tip, trailer, remote),
        replayCommits: (onto, commits) => (0,publish/* replayCommits */.aY)(git, onto, commits, { keepSignatures }),
        pushBranch: (b, sha, expected) => (0,publish/* pushBranch */.TV)(git, remote, b, sha, expected),
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
    return (0,publish/* withBaseRetry */.s0)(attempts, async (attempt) => {
        const baseSha = pinned ? await pinnedBase(calls, req.base, pinned) : await calls.fetchBranch(req.base);
        if (!baseSha)
            throw new src_errors/* UserError */.yo(`base branch '${req.base}' does not exist on ${remote}`, { hint: 'set `base` to an existing branch' });
        const previous = direct ? baseSha : await calls.fetchBranch(req.branch);
        const { files, message } = await req.plan(baseSha);
        const generated = await calls.commitFiles({
            parent: baseSha,
            files,
            message: (0,publish/* appendTrailer */.Ce)(message, req.trailer),
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
                trees.set(commit, (t = (0,publish/* treeOf */.g7)(git, commit)));
            return t;
        };
        let baseTree;
        if (!pinned) {
            const [b, g] = await (0,publish/* treesOf */.zG)(git, [baseSha, generated]);
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
                        subject: await (0,publish/* commitSubject */.sF)(git, top),
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
                        subject: await (0,publish/* commitSubject */.sF)(git, found.generated),
                        files: [],
                        reason: `the generated commit on ${req.branch} was amended by hand; regenerating it would lose that edit, so the branch is left alone`,
                        amended: true,
                    },
                };
            }
            // With a pinned base the generated commit is the run's own, judged alone: what others pushed above it stays theirs.
            if (pinned &&
                found.generated &&
                (await (0,publish/* parentOf */.gN)(git, found.generated)) === baseSha &&
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
                if (found.generated && (await (0,publish/* parentOf */.gN)(git, found.generated)) === baseSha && (await tree(previous)) === headTree)
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

// EXTERNAL MODULE: ./packages/core/src/git/refs.ts
var refs = __webpack_require__(8162);
// EXTERNAL MODULE: ./packages/core/src/git/local.ts
var local = __webpack_require__(4673);
// EXTERNAL MODULE: ./packages/core/src/git/hydrated.ts
var hydrated = __webpack_require__(8397);
// EXTERNAL MODULE: ./packages/core/src/git/commits.ts
var git_commits = __webpack_require__(3852);
;// CONCATENATED MODULE: ./packages/core/src/git/dry-order.ts
// Which DRY commit comes after which: the question hydrate-env asks before writing a proposed branch (a run
// for an older DRY commit never rolls a newer render back, issue 73 item 2) and before noting a hydrated commit
// (a note only moves forward). A DRY commit the clone lacks (a shallow checkout holds HEAD alone) is fetched
// from origin first; with it, HEAD's history between the two arrives too, since the clone has HEAD.



/**
 * Which of `candidates` are strictly newer DRY commits than `dry` (have it as a proper ancestor); the ones this
 * clone lacks fetched from origin first. One that neither holds is not newer.
 */
async function laterDryCommits(git, dry, candidates) {
    const wanted = [...new Set(candidates)].filter((c) => c !== dry && isCommitId(c));
    if (wanted.length === 0)
        return new Set();
    const held = await git(['rev-list', '--no-walk', '--ignore-missing', ...wanted]);
    const present = new Set(held.code === 0 ? held.stdout.toString('utf8').split('\n').filter(Boolean) : []);
    const missing = wanted.filter((c) => !present.has(c));
    // A commit origin does not have either stays missing, and rev-list below counts it as not newer.
    if (missing.length > 0)
        await fetchRefs(git, 'origin', missing);
    return dry_order_descendantsOf(git, dry, new Set(wanted));
}
/**
 * Which of `candidates` have `dry` as a proper ancestor, in one `git rev-list` of the commits they reach and `dry`
 * does not: a path from a candidate down to `dry` runs through such commits only (each is a descendant of `dry`,
 * so none is its ancestor), so a candidate is later when, inside them, it reaches a commit whose parent is `dry`.
 * Candidates this clone does not hold are not later (`--ignore-missing`), as `merge-base --is-ancestor` said.
 */
async function dry_order_descendantsOf(git, dry, candidates) {
    const later = new Set();
    if (candidates.size === 0)
        return later;
    const r = await git(['rev-list', '--parents', '--ignore-missing', ...candidates, `^${dry}`]);
    if (r.code !== 0)
        throw new UserError(`reading the ancestry of DRY commit ${dry.slice(0, 12)} failed: ${r.stderr.trim().split('\n')[0]}`);
    const parents = new Map();
    for (const line of r.stdout.toString('utf8').split('\n')) {
        const [c, ...ps] = line.split(' ');
        if (c)
            parents.set(c, ps);
    }
    const reaches = new Map();
    const walk = (start) => {
        const stack = [start];
        const seen = new Set();
        while (stack.length > 0) {
            const c = stack.pop();
            if (seen.has(c) || !parents.has(c))
                continue;
            seen.add(c);
            if (reaches.get(c) || parents.get(c).includes(dry))
                return true;
            stack.push(...parents.get(c));
        }
        return false;
    };
    for (const c of candidates) {
        reaches.set(c, walk(c));
        if (reaches.get(c))
            later.add(c);
    }
    return later;
}

;// CONCATENATED MODULE: ./packages/core/src/git/hydrator-notes.ts
// The git-notes variant of GitOps Promoter's hydrator contract (the one Argo CD's Source Hydrator writes since
// 3.3): a DRY commit whose render of an environment changes nothing makes no hydrated commit; instead the
// hydrated commit the proposed branch already holds gets a note in refs/notes/hydrator.metadata whose JSON names
// that newer drySha. So "the manifests of this hydrated commit are the render of DRY commit N as well" is said
// without a commit, and a promotion that asks whether an environment runs DRY commit N can tell (promote/
// hydrated.ts). The note only moves forward: a note already naming N, or a DRY commit after N, is left as it is,
// and the notes commit is built from fixed identity and date, so two runs noting the same DRY commit on the same
// notes tip make the same commit and push it once; a push that lost to another reads the notes again.








/** The notes ref of the contract's git-notes variant. */
const HYDRATOR_NOTES = 'refs/notes/hydrator.metadata';
/** Rounds of read, note and push before a notes ref that keeps moving is given up on. */
const ATTEMPTS = 5;
/** origin's notes fetched into the local notes ref; its commit, or undefined when origin has none (the local ref then removed). */
async function fetchHydratorNotes(git) {
    const r = await git([
        ...spawn/* GIT_FETCH */.SG,
        '--quiet',
        '--no-tags',
        '--no-write-fetch-head',
        '--',
        'origin',
        `+${HYDRATOR_NOTES}:${HYDRATOR_NOTES}`,
    ]);
    if (r.code !== 0) {
        if (!/couldn't find remote ref/i.test(r.stderr))
            throw new src_errors/* UserError */.yo(`fetching ${HYDRATOR_NOTES} from origin failed: ${r.stderr.trim().split('\n')[0]}`);
        await git(['update-ref', '-d', HYDRATOR_NOTES]);
        return undefined;
    }
    return (0,spawn/* gitTry */.W_)(git, ['rev-parse', '--verify', '--quiet', `${HYDRATOR_NOTES}^{commit}`]);
}
/** The drySha the local notes ref's note on `commit` names (a full SHA), else undefined (no note, not JSON, no such key). */
async function notedDrySha(git, commit) {
    const text = await (0,spawn/* gitTry */.W_)(git, ['notes', `--ref=${HYDRATOR_NOTES}`, 'show', '--end-of-options', commit]);
    return (0,hydrated/* dryShaOf */.hu)(text);
}
/**
 * Notes on the hydrated commits `commits` saying their manifests are the render of DRY commit `dry` too, built in
 * one `git fast-import` (a notes commit per commit noted, as `git notes add` makes them) and pushed to origin with a
 * lease on the notes tip read; the commits noted (those whose note named neither `dry` nor a later DRY commit).
 * `date` (the DRY commit's) and `who` make the notes commits the same for every run noting the same DRY commit on
 * the same notes tip. A round costs the same few git processes however many commits are noted: the notes read in
 * one `git log`, the ancestry of the DRY commits they name in one `git rev-list`, the notes written in one
 * fast-import (300 environments noted one by one started ~900 processes).
 */
async function noteDrySha(git, commits, dry, who, date) {
    for (const c of [...commits, dry])
        if (!isCommitId(c))
            throw new Error(`noteDrySha: ${JSON.stringify(c)} is not a commit id`);
    if (commits.length === 0)
        return [];
    const stamp = `${who.name} <${who.email}> ${rawDate(date)}`;
    const local = await asRepo(git).local();
    const unique = [...new Set(commits)];
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
        const base = await fetchHydratorNotes(git);
        const noted = base ? await notedDryShas(git, unique) : new Map();
        const later = await descendantsOf(git, dry, new Set([...noted.values()].filter((n) => n !== dry)));
        // Never backwards: a note naming this DRY commit or one after it (a concurrent run for a newer commit) stays.
        const due = unique.filter((c) => {
            const n = noted.get(c);
            return n === undefined || (n !== dry && !later.has(n));
        });
        if (due.length === 0)
            return [];
        await localText(local, ['fast-import', '--quiet', '--done'], { input: notesStream(due, dry, stamp, base) });
        const r = await git([
            'push',
            '--porcelain',
            '--no-verify',
            `--force-with-lease=${HYDRATOR_NOTES}:${base ?? ''}`,
            '--',
            'origin',
            `${HYDRATOR_NOTES}:${HYDRATOR_NOTES}`,
        ]);
        const line = parsePushPorcelain(r.stdout.toString('utf8')).find((l) => l.to === HYDRATOR_NOTES);
        if (line && line.flag !== '!')
            return line.flag === '=' ? [] : due;
        // The lease lost to a push landing meanwhile (another run's notes): read the notes again and note on them.
        if (line && /stale info|fetch first|non-fast-forward|failed to update ref|cannot lock ref|failed to lock/.test(line.summary))
            continue;
        throw new UserError(`origin refused the push of ${HYDRATOR_NOTES}: ${line?.summary ?? r.stderr.trim().split('\n')[0]}`, {
            hint: `let the token push ${HYDRATOR_NOTES} (contents: write)`,
        });
    }
    throw new UserError(`${HYDRATOR_NOTES} kept moving while DRY commit ${dry.slice(0, 12)} was noted (${ATTEMPTS} attempts)`, {
        hint: 'run again: each attempt reads the notes anew',
    });
}
/** The drySha each of `commits` has a note naming (as notedDrySha reads it), in one `git log` over them all. */
async function notedDryShas(git, commits) {
    const r = await git([
        'log',
        '-z',
        '--no-walk=unsorted',
        '--no-notes',
        `--notes=${HYDRATOR_NOTES}`,
        '--format=%H %N',
        '--end-of-options',
        ...commits,
    ]);
    const records = r.stdout.toString('utf8').split('\0');
    if (records.at(-1) === '')
        records.pop();
    // Each record is `<commit> <note>`, in the order asked; a note holding a NUL breaks that order, and then each
    // commit's note is read on its own rather than trusting records a note's bytes may have forged.
    if (r.code !== 0 || records.length !== commits.length || records.some((rec, k) => !rec.startsWith(`${commits[k]} `))) {
        const one = await Promise.all(commits.map((c) => notedDrySha(git, c)));
        return new Map(commits.flatMap((c, k) => (one[k] ? [[c, one[k]]] : [])));
    }
    const noted = new Map();
    records.forEach((rec, k) => {
        const sha = dryShaOf(rec.slice(commits[k].length + 1));
        if (sha)
            noted.set(commits[k], sha);
    });
    return noted;
}
/** The fast-import stream of one notes commit per commit in `due`, on `base` (or a first notes commit). */
function notesStream(due, dry, stamp, base) {
    const note = `${JSON.stringify({ drySha: dry })}\n`;
    const message = "Notes added by 'git notes add'\n";
    let out = base ? '' : `reset ${HYDRATOR_NOTES}\n\n`;
    due.forEach((commit, k) => {
        out += `commit ${HYDRATOR_NOTES}\nauthor ${stamp}\ncommitter ${stamp}\ndata ${Buffer.byteLength(message)}\n${message}`;
        if (k === 0 && base)
            out += `from ${base}\n`;
        out += `N inline ${commit}\ndata ${Buffer.byteLength(note)}\n${note}\n`;
    });
    return `${out}done\n`;
}
/** `date` in git's raw form, `<seconds> <+hhmm>`: given so (as the DRY commit's `%ad`-raw reading is), or ISO 8601 with its offset kept. */
function rawDate(date) {
    if (/^\d{1,12} [+-]\d{4}$/.test(date))
        return date;
    const ms = Date.parse(date);
    const m = /(Z|([+-])(\d\d):?(\d\d))$/.exec(date);
    if (Number.isNaN(ms) || !m)
        throw new Error(`noteDrySha: ${JSON.stringify(date)} is not a git date (raw or ISO 8601 with an offset)`);
    return `${Math.floor(ms / 1000)} ${m[1] === 'Z' ? '+0000' : `${m[2]}${m[3]}${m[4]}`}`;
}

;// CONCATENATED MODULE: ./packages/core/src/git/identity.ts

/** The identity GitHub shows as github-actions[bot], used when no input overrides it. */
const BOT_IDENTITY = Object.freeze({
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com',
});
/** Parses `Name <email>` from the input named `input`; anything else is a UserError naming that input. */
function parseIdentity(text, input) {
    const m = /^\s*([^<>\r\n\0]*?)\s*<([^<>\s\0]+)>\s*$/.exec(text);
    if (!m || m[1] === '' || /[\r\n\0]/.test(text))
        throw new UserError(`: expected 'Name <email>', got ${JSON.stringify(text.slice(0, 200))}`, {
            input: input,
            hint: words `e.g. ${named(input, "'release-bot <release-bot@example.com>'")}`,
        });
    return { name: m[1], email: m[2] };
}
/** `Name <email>` from an input, or github-actions[bot] when the input is empty. */
function identityInput(text, input) {
    return text === undefined ? { ...BOT_IDENTITY } : parseIdentity(text, input);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/core/src/async/map-limit.ts
/** Runs `fn` over `items` with at most `limit` in flight; results keep the input order. */
async function mapLimit(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/github/refs.ts

/** `refs/heads/x`, `heads/x` → `heads/x` (the form GitHub's git/ref routes take). */
function refs_short(ref) {
    const s = ref.replace(/^refs\//, '');
    if (!/^[^/]+\/.+/.test(s))
        throw new client_GitHubError(`'${ref}' is not a full ref name like refs/heads/<branch> or refs/tags/<tag>`);
    return s;
}
/** The object a ref points at (a commit, or an annotated tag object), or undefined when it does not exist. */
async function refs_getRef(gh, ref) {
    return client_orNotFound(async () => (await gh.octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { owner: gh.owner, repo: gh.repo, ref: refs_short(ref) })).data.object
        .sha);
}
/**
 * Creates `ref` at `sha` through the API. Idempotent: a ref already at `sha`
 * is 'existing'; a create whose answer was lost or that GitHub answers 422
 * "Reference already exists" is verified by reading the ref back. A ref that
 * points elsewhere is an error, never moved.
 */
async function refs_createRef(gh, ref, sha) {
    const name = `refs/${refs_short(ref)}`;
    const before = await refs_getRef(gh, name);
    if (before !== undefined)
        return verify(name, before, sha, 'existing');
    const { value: now, found } = await createOrFind(gh, name, async () => (await gh.octokit.request('POST /repos/{owner}/{repo}/git/refs', { owner: gh.owner, repo: gh.repo, ref: name, sha }), sha), () => refs_getRef(gh, name));
    return found ? verify(name, now, sha, 'created') : 'created';
}
function verify(name, actual, wanted, outcome) {
    if (actual !== wanted) {
        throw new GitHubError(`${name} already exists at ${actual.slice(0, 12)}, not ${wanted.slice(0, 12)} — lockstep does not move an existing ref; delete it or choose another name`);
    }
    return outcome;
}
/**
 * The full names of the refs that start with `prefix` (`heads/gh-readonly-queue/main/pr-12-`): GitHub's
 * matching-refs route, a prefix match on the ref's name; none is an empty list, never a 404.
 */
async function matchingRefs(gh, prefix) {
    const { data } = await gh.octokit.request('GET /repos/{owner}/{repo}/git/matching-refs/{ref}', {
        owner: gh.owner,
        repo: gh.repo,
        ref: prefix,
    });
    if (!Array.isArray(data))
        throw new GitHubError(`GitHub answered the refs matching ${prefix} with something that is not a list`);
    return data.map((r) => r.ref);
}

;// CONCATENATED MODULE: ./packages/core/src/github/git-data.ts





// Commits written through GitHub's Git Database API (blobs → one tree → one
// commit → a guarded ref update) instead of `git push`: GitHub signs a commit
// it creates for a GitHub App or GITHUB_TOKEN, so a "require signed commits"
// ruleset accepts it. The work tree, index and HEAD are never read or changed.
/**
 * The largest blob lockstep sends: GitHub's blobs API "supports blobs up to
 * 100 megabytes in size", the same as its per-file push limit (100 MiB).
 */
const MAX_BLOB_BYTES = 100 * 1024 * 1024;
/** Blob creates in flight at once (the client serialises writes anyway; this bounds the encoded bodies held in memory). */
const BLOB_CONCURRENCY = 4;
/** Creates tried in all when each answer is lost. */
const CREATE_ATTEMPTS = 3;
/** Git's SHA-1 of a blob with these bytes (what GitHub must answer). */
function blobSha(bytes) {
    return (0,external_node_crypto_.createHash)('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** The bytes as JSON-safe UTF-8 text, or undefined when they must travel as base64 (invalid UTF-8, or NUL bytes: binary). */
function asText(bytes) {
    if (bytes.includes(0))
        return undefined;
    try {
        return utf8.decode(bytes);
    }
    catch {
        return undefined;
    }
}
/** The one check a path needs before it is sent: relative, normalised, not inside .git. */
function checkPath(path) {
    const parts = path.split('/');
    if (!path || parts.some((p) => p === '' || p === '.' || p === '..') || parts.some((p) => p.toLowerCase() === '.git')) {
        throw new src_errors/* UserError */.yo(`cannot commit '${path}' through the GitHub API: not a normalised path inside the repository`);
    }
}
/** The error for a file over GitHub's blob limit, naming the file and the limit. */
function tooLarge(path, bytes) {
    return new src_errors/* UserError */.yo(`'${path}' is ${(bytes / 1024 / 1024).toFixed(1)} MiB, over GitHub's ${MAX_BLOB_BYTES / 1024 / 1024} MiB limit for a blob created through the API — nothing was written`, {
        hint: (0,src_errors/* words */.aL) `keep files this large out of the commit (Git LFS), or ${(0,src_errors/* setting */.Pe)('commit-mode', 'git')}`,
    });
}
/**
 * Checks every change before anything is written: paths, duplicates, and
 * GitHub's blob size limit (a file over it fails the whole commit here,
 * naming the file, before any request).
 */
function prepare(changes) {
    const seen = new Set();
    const out = [];
    for (const c of changes) {
        checkPath(c.path);
        if (seen.has(c.path))
            throw new src_errors/* UserError */.yo(`cannot commit '${c.path}' twice in one commit`);
        seen.add(c.path);
        if (c.kind === 'delete') {
            out.push({ path: c.path, mode: '100644' });
            continue;
        }
        const bytes = c.kind === 'symlink'
            ? Buffer.from(c.target, 'utf8')
            : typeof c.content === 'string'
                ? Buffer.from(c.content, 'utf8')
                : Buffer.from(c.content.buffer, c.content.byteOffset, c.content.byteLength);
        if (bytes.length > MAX_BLOB_BYTES)
            throw tooLarge(c.path, bytes.length);
        out.push({
            path: c.path,
            mode: c.kind === 'symlink' ? '120000' : c.executable ? '100755' : '100644',
            blob: { bytes, sha: blobSha(bytes) },
        });
    }
    return out;
}
/**
 * Runs a create whose repetition is harmless, again when its answer was lost
 * (the retry plugin already repeats 5xx answers; this covers garbled answers,
 * which it does not repeat for a POST), at most CREATE_ATTEMPTS times.
 */
async function createAgain(gh, what, create) {
    for (let attempt = 1;; attempt++) {
        try {
            return await create();
        }
        catch (e) {
            if (!mayHaveLanded(e) || attempt >= CREATE_ATTEMPTS)
                throw e;
            gh.log?.(`${what}: GitHub's answer was lost (${e.message}); creating it again (${attempt}/${CREATE_ATTEMPTS - 1})`);
            await gh.sleep?.(1000 * attempt);
        }
    }
}
/** A field lockstep reads from an answer, or a bad-reply failure (looked at like a lost answer). */
function field(data, key, what) {
    const value = data?.[key];
    if (typeof value === 'string' && value)
        return value;
    throw new client_GitHubError(`GitHub's answer to ${what} has no ${key}`, undefined, undefined, 'bad-reply');
}
/** Creates one blob; the SHA GitHub answers must be git's SHA of the bytes. */
async function createBlob(gh, path, blob) {
    const expected = blob.sha;
    const text = asText(blob.bytes);
    const body = text === undefined ? { content: blob.bytes.toString('base64'), encoding: 'base64' } : { content: text, encoding: 'utf-8' };
    const what = `the blob for ${path}`;
    // Blobs are content-addressed: a repeated create yields the same object.
    const sha = await createAgain(gh, what, async () => field((await gh.octokit.request('POST /repos/{owner}/{repo}/git/blobs', { owner: gh.owner, repo: gh.repo, ...body })).data, 'sha', what));
    if (sha !== expected)
        throw new client_GitHubError(`GitHub stored ${path} as blob ${sha.slice(0, 12)}, not ${expected.slice(0, 12)} (git's SHA of its bytes) — the content was changed on the way; nothing was committed`);
    return sha;
}
/**
 * Creates one commit through the API: a blob per changed file (bounded
 * concurrency; identical contents sent once), ONE tree on `baseTree`, ONE
 * commit. Every change is checked (paths, the blob size limit) before the
 * first request. The ref is not touched: see {@link moveBranch} and
 * {@link commitToBranch}.
 */
async function createCommit(gh, spec) {
    const prepared = prepare(spec.changes);
    const distinct = new Map();
    for (const p of prepared)
        if (p.blob)
            distinct.set(p.blob.sha, { path: p.path, blob: p.blob });
    await mapLimit([...distinct.values()], BLOB_CONCURRENCY, (d) => createBlob(gh, d.path, d.blob));
    const tree = await createTree(gh, spec.baseTree, prepared);
    const body = {
        owner: gh.owner,
        repo: gh.repo,
        message: spec.message,
        tree,
        parents: [...spec.parents],
        ...(spec.author ? { author: { ...spec.author } } : {}),
        ...(spec.committer ? { committer: { ...spec.committer } } : {}),
    };
    // A lost answer is not looked up (nothing lists unreachable commits): the commit is created
    // again. Its content is fixed by the request — tree, parents, message and, when given, the
    // identities with their dates — so git's SHA is the same and no second object appears. When
    // GitHub stamps the time itself (the signed case) a repeat landing in another second is another
    // object: unreachable, since only the SHA answered here is ever put on a ref, and collected by
    // GitHub's gc. Either way the branch gets exactly one commit.
    const data = await createAgain(gh, 'the commit', async () => {
        const reply = (await gh.octokit.request('POST /repos/{owner}/{repo}/git/commits', body)).data;
        field(reply, 'sha', 'the commit create');
        return reply;
    });
    return {
        sha: data.sha,
        tree: data.tree?.sha ?? tree,
        verified: data.verification?.verified === true,
        reason: typeof data.verification?.reason === 'string' ? data.verification.reason : 'unknown',
    };
}
/** ONE tree: the base tree with each path replaced, added or (sha null) removed. */
async function createTree(gh, baseTree, prepared) {
    const tree = [...prepared]
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
        .map((p) => ({ path: p.path, mode: p.mode, type: 'blob', sha: p.blob?.sha ?? null }));
    const what = 'the tree';
    // Trees are content-addressed too: a repeated create yields the same tree.
    return createAgain(gh, what, async () => field((await gh.octokit.request('POST /repos/{owner}/{repo}/git/trees', { owner: gh.owner, repo: gh.repo, base_tree: baseTree, tree }))
        .data, 'sha', what));
}
/**
 * Moves `refs/heads/<branch>` to `sha` only when it is exactly at `expected`
 * (undefined: the branch must not exist) — the API's `--force-with-lease`.
 * The ref is read and compared first; a mismatch is 'stale' and nothing
 * moves, so the caller refetches and rebuilds once, as in git mode. The
 * update itself is a compare-and-swap too, so a commit pushed between the
 * read and the update is never overwritten: when `expected` is a parent of
 * `sha`, REST's update with `force: false`, which GitHub refuses unless it is
 * a fast-forward (a commit landed since makes it none); a rebuilt branch
 * (`sha` not descending from `expected`) goes through GraphQL's `updateRefs`
 * with `beforeOid: expected` (forced, but only from that commit). A refused
 * update is read back: at `sha` it landed, elsewhere it is 'stale'.
 * A new branch is created with `POST git/refs`, which fails when the ref
 * exists: a twin run that raced us is 'stale'. A branch already at `sha` is
 * 'unchanged' (a repeat after a lost answer).
 */
async function moveBranch(gh, m) {
    const ref = `refs/heads/${m.branch}`;
    const current = await refs_getRef(gh, ref);
    if (current === m.sha)
        return 'unchanged';
    if (current !== m.expected)
        return 'stale';
    if (m.expected === undefined) {
        const { value } = await client_createOrFind(gh, ref, async () => (await gh.octokit.request('POST /repos/{owner}/{repo}/git/refs', { owner: gh.owner, repo: gh.repo, ref, sha: m.sha }),
            m.sha), () => refs_getRef(gh, ref));
        return value === m.sha ? 'created' : 'stale';
    }
    const expected = m.expected;
    try {
        if (m.fastForward)
            await gh.octokit.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
                owner: gh.owner,
                repo: gh.repo,
                ref: `heads/${m.branch}`,
                sha: m.sha,
                force: false,
            });
        else {
            const refused = await swapRef(gh, ref, expected, m.sha);
            if (refused) {
                const now = await refs_getRef(gh, ref);
                if (now === m.sha)
                    return 'updated';
                if (now === expected)
                    throw new client_GitHubError(`GitHub refused to move ${ref} from ${expected.slice(0, 12)} to ${m.sha.slice(0, 12)}: ${refused}`);
                return 'stale';
            }
        }
        return 'updated';
    }
    catch (e) {
        // 422: not a fast-forward (it moved after the read) or the ref is gone; a lost answer: read where it is.
        if (!(e instanceof client_GitHubError && e.status === 422) && !mayHaveLanded(e))
            throw e;
        const now = await refs_getRef(gh, ref);
        if (now === m.sha)
            return 'updated';
        if (now === expected && mayHaveLanded(e))
            throw e;
        return 'stale';
    }
}
/** GraphQL's compare-and-swap of refs: `refUpdates` all move, each only from its `beforeOid`, or none does. */
const UPDATE_REFS = `mutation($repositoryId: ID!, $refUpdates: [RefUpdate!]!) {
  updateRefs(input: { repositoryId: $repositoryId, refUpdates: $refUpdates }) { clientMutationId }
}`;
/** The repository's GraphQL node id, read once per client. */
const repositoryIds = new WeakMap();
/**
 * Moves `ref` from `before` to `after` (not a fast-forward) with GraphQL's
 * `updateRefs` and `beforeOid`: undefined when GitHub did it, else its
 * errors in one line (the ref was elsewhere, or the token may not write).
 */
async function swapRef(gh, ref, before, after) {
    let repositoryId = repositoryIds.get(gh);
    if (!repositoryId) {
        const repo = await gh.octokit.request('GET /repos/{owner}/{repo}', { owner: gh.owner, repo: gh.repo });
        repositoryId = field(repo.data, 'node_id', 'the repository');
        repositoryIds.set(gh, repositoryId);
    }
    const r = await graphql(gh, UPDATE_REFS, {
        repositoryId,
        refUpdates: [{ name: ref, beforeOid: before, afterOid: after, force: true }],
    });
    if (!r.errors || r.errors.length === 0)
        return undefined;
    return r.errors.map((x) => x.message).join('; ');
}
/**
 * One commit on a branch: {@link createCommit}, then {@link moveBranch} with
 * the lease `expected` (fast-forward-only when `expected` is a parent).
 * 'stale' means the branch moved: refetch, rebuild and call again (once); the
 * commit made for the stale attempt is on no ref.
 */
async function commitToBranch(gh, spec) {
    const commit = await createCommit(gh, spec);
    const fastForward = spec.expected !== undefined && spec.parents.includes(spec.expected);
    const outcome = await moveBranch(gh, { branch: spec.branch, sha: commit.sha, expected: spec.expected, fastForward });
    return { outcome, commit };
}
/** What `refs/tags/<tag>` holds now, peeled: the tag object (when annotated) and the object it tags. */
async function readTag(gh, tag) {
    const sha = await getRef(gh, `refs/tags/${tag}`);
    if (sha === undefined)
        return undefined;
    const annotated = await orNotFound(async () => (await gh.octokit.request('GET /repos/{owner}/{repo}/git/tags/{tag_sha}', { owner: gh.owner, repo: gh.repo, tag_sha: sha })).data);
    if (!annotated)
        return { sha, object: sha, verified: false };
    return { sha, object: field(annotated.object, 'sha', `the tag ${tag}`), verified: annotated.verification?.verified === true };
}
/**
 * Creates the annotated tag `tag` on `object` (a tag object, then
 * `refs/tags/<tag>`). Leave `tagger` out for a tag GitHub signs. Idempotent:
 * a tag that already tags `object` is 'existing' (a rerun, or a twin run that
 * made its own tag object first); a tag on another object is an error, never
 * moved.
 */
async function createAnnotatedTag(gh, t) {
    const existing = async () => {
        const now = await readTag(gh, t.tag);
        if (now === undefined)
            return undefined;
        if (now.object !== t.object) {
            throw new GitHubError(`tag ${t.tag} already exists on ${now.object.slice(0, 12)}, not ${t.object.slice(0, 12)} — lockstep does not move an existing tag; delete it or choose another version`);
        }
        return { ...now, outcome: 'existing' };
    };
    const before = await existing();
    if (before)
        return before;
    const body = {
        owner: gh.owner,
        repo: gh.repo,
        tag: t.tag,
        message: t.message,
        object: t.object,
        type: t.type ?? 'commit',
        ...(t.tagger ? { tagger: { ...t.tagger } } : {}),
    };
    // As with commits: a repeat after a lost answer makes no second reachable object.
    const made = await createAgain(gh, `the tag object ${t.tag}`, async () => (await gh.octokit.request('POST /repos/{owner}/{repo}/git/tags', body)).data);
    const sha = field(made, 'sha', `the tag object ${t.tag}`);
    try {
        await createRef(gh, `refs/tags/${t.tag}`, sha);
    }
    catch (e) {
        // A twin run tagged the same commit with its own tag object between our read and our create.
        const raced = e instanceof GitHubError ? await existing() : undefined;
        if (raced)
            return raced;
        throw e;
    }
    return { sha, object: t.object, outcome: 'created', verified: made.verification?.verified === true };
}

;// CONCATENATED MODULE: ./packages/core/src/github/replay.ts





/** `1714557600 +0200` → `2024-05-01T12:00:00+02:00`: the same moment and offset, as the API takes it. */
function isoFromGit(stored) {
    const m = /^(\d+) ([+-])(\d{2})(\d{2})$/.exec(stored.trim());
    if (!m)
        throw new Error(`not a git date: ${JSON.stringify(stored)}`);
    const minutes = (m[2] === '-' ? -1 : 1) * (Number(m[3]) * 60 + Number(m[4]));
    const local = new Date((Number(m[1]) + minutes * 60) * 1000).toISOString().replace(/\.\d{3}Z$/, '');
    return minutes === 0 ? `${local}Z` : `${local}${m[2]}${m[3]}:${m[4]}`;
}
async function readCommit(git, sha) {
    const text = await (0,git_commits/* catCommit */.Qq)(git, sha);
    const split = text.indexOf('\n\n');
    const head = text.slice(0, split < 0 ? text.length : split).split('\n');
    const value = (key) => head.filter((l) => l.startsWith(`${key} `)).map((l) => l.slice(key.length + 1));
    const [authorLine] = value('author');
    const who = /^(.*) <(.*)> (\d+ [+-]\d{4})$/.exec(authorLine ?? '');
    if (!who)
        throw new Error(`commit ${sha} has no readable author`);
    if (value('encoding').some((e) => !/^utf-?8$/i.test(e)))
        throw new src_errors/* UserError */.yo(`commit ${sha.slice(0, 12)} is not UTF-8 encoded; the GitHub API takes UTF-8 messages only`);
    return {
        tree: value('tree')[0],
        parents: value('parent'),
        author: { name: who[1], email: who[2], date: isoFromGit(who[3]) },
        message: split < 0 ? '' : text.slice(split + 2),
    };
}
/** The commit's change against its parent as file changes (reading each blob); a file over the blob limit fails here. */
async function changesOf(git, parent, sha) {
    const diff = await (0,git_commits/* rawDiffTree */.E8)(git, parent, sha);
    if (diff.code !== 0)
        throw new Error(`git diff-tree failed (exit ${diff.code}): ${diff.stderr.trim()}`);
    const out = [];
    for (const c of (0,objects/* parseRawDiff */.LP)(diff.stdout.toString('utf8'))) {
        if (c.status === 'D') {
            out.push({ kind: 'delete', path: c.path });
            continue;
        }
        if (c.newMode === '160000')
            throw new src_errors/* UserError */.yo(`cannot publish ${c.path} through the GitHub API: it is a submodule`);
        const size = await (0,git_commits/* blobSize */.LE)(git, c.newOid);
        // Sized before it is read: a file over the limit is never loaded.
        if (size > MAX_BLOB_BYTES)
            throw tooLarge(c.path, size);
        const blob = await (0,git_commits/* catBlob */.sf)(git, c.newOid);
        if (blob.code !== 0)
            throw new Error(`git cat-file failed (exit ${blob.code}): ${blob.stderr.trim()}`);
        if (c.newMode === '120000')
            out.push({ kind: 'symlink', path: c.path, target: blob.stdout.toString('utf8') });
        else
            out.push({ kind: 'file', path: c.path, content: blob.stdout, executable: c.newMode === '100755' });
    }
    return out;
}
/**
 * Publishes local commits (oldest first, a straight line on `parent`, a
 * commit GitHub has) to `branch` through the API, then moves the branch
 * under the lease `expected` (see moveBranch). Every commit is read and
 * checked (one parent, UTF-8, no submodule, the blob size limit) before the
 * first write. Kept human commits are recreated with their author and dates
 * and `committer` (lockstep's identity) as committer; lockstep's own are
 * authored and signed by GitHub. 'stale': the branch moved — refetch,
 * rebuild the local commits and call again; the API commits made are on no ref.
 */
async function publishLocalCommits(gh, git, p) {
    const planned = [];
    let previous = p.parent;
    for (const local of p.commits) {
        const raw = await readCommit(git, local.sha);
        if (raw.parents.length !== 1 || raw.parents[0] !== previous) {
            throw new Error(`publishLocalCommits: ${local.sha.slice(0, 12)} is not the only child of ${previous.slice(0, 12)}; the commits must form a straight line on the parent`);
        }
        planned.push({ local, raw, changes: await changesOf(git, previous, local.sha) });
        previous = local.sha;
    }
    let head = p.parent;
    let tree = await (0,git_commits/* treeIdOf */.bR)(git, p.parent);
    const published = [];
    for (const { local, raw, changes } of planned) {
        const people = local.keepAuthor ? { author: raw.author, committer: { name: p.committer.name, email: p.committer.email } } : {};
        const made = await createCommit(gh, { baseTree: tree, parents: [head], message: raw.message, changes, ...people });
        if (made.tree !== raw.tree) {
            throw new client_GitHubError(`GitHub made tree ${made.tree.slice(0, 12)} for ${local.sha.slice(0, 12)}, whose tree is ${raw.tree.slice(0, 12)} — the branch was not moved`);
        }
        published.push({ ...made, local: local.sha, keptAuthor: local.keepAuthor });
        head = made.sha;
        tree = made.tree;
    }
    // No commits: the branch is set to the parent itself (a branch reset to its base), under the same lease.
    const outcome = await moveBranch(gh, { branch: p.branch, sha: head, expected: p.expected, fastForward: p.expected === p.parent });
    return { outcome, head, commits: published };
}

;// CONCATENATED MODULE: ./packages/core/src/github/branch-publisher.ts




// commit-mode api: the publish round of git mode (fetch, the generated commit
// built locally with plumbing, others' commits re-applied, the lease) with
// one step swapped — instead of `git push`, the round's local commits are
// written again through the Git Database API and the branch moved by a
// guarded ref update. Nothing is pushed; the work tree, index and HEAD stay
// untouched as in git mode.
/** Requests a commit costs besides one blob per changed file: its tree and the commit itself. */
const PER_COMMIT = 2;
/** The ref's reads and update (a rebuilt branch: the repository's node id, then GraphQL's updateRefs), with room for a re-read after a lost answer. */
const PER_PUSH = 6;
/** The round's local commits, oldest first: `base..sha` along first parents (a straight line: the generated commit, then the re-applied ones). */
async function roundCommits(git, round, sha) {
    return (0,git_commits/* firstParentsSince */.mM)(git, round.base, sha);
}
/** The requests writing `commits` through the API takes: a blob per changed path (at most), a tree and a commit each, and the ref. */
async function requestsNeeded(git, parent, commits) {
    let total = PER_PUSH;
    let previous = parent;
    for (const c of commits) {
        total += (await (0,git_commits/* changedPaths */.vl)(git, previous, c)).length + PER_COMMIT;
        previous = c;
    }
    return total;
}
/**
 * The BranchPublisher of commit-mode api: git/publish.ts's calls for
 * fetching, building and re-applying (local objects only), and a push that
 * is publishLocalCommits — lockstep's generated commit authored and signed by
 * GitHub (Verified), others' commits recreated with their author and dates
 * and `committer` as committer (unsigned: a signature they had does not carry over). The
 * request budget grows by what the commits need. A branch that moved since
 * it was read answers 'stale', which the publish round treats as git mode's
 * stale lease: fetch again and rebuild.
 */
function apiBranchPublisher(git, gh, o) {
    // Every commit is written again through GitHub here: one of someone else's loses its signature either way (as before).
    const local = branchPublisher(git, o.remote, { keepSignatures: false });
    return {
        fetchBranch: local.fetchBranch,
        commitFiles: local.commitFiles,
        commitsAfterGenerated: local.commitsAfterGenerated,
        replayCommits: local.replayCommits,
        async pushBranch(branch, sha, expected, round) {
            if (!round)
                throw new Error('apiBranchPublisher: pushBranch needs the round (its base and generated commit)');
            const commits = await roundCommits(git, round, sha);
            gh.extendBudget?.(await requestsNeeded(git, round.base, commits));
            const r = await publishLocalCommits(gh, git, {
                branch,
                expected,
                parent: round.base,
                commits: commits.map((c) => ({ sha: c, keepAuthor: c !== round.generated })),
                committer: o.committer,
            }).catch((e) => {
                // A refused token is the user's to fix: one line naming the permission.
                throw (gitHubUserError(e, {
                    what: `GitHub refused to write the commits of ${branch} through its API`,
                    hint: 'commit-mode api needs a token with contents: write (GITHUB_TOKEN or a GitHub App token)',
                }) ?? e);
            });
            if (r.outcome === 'stale')
                return { ok: false, reason: 'stale', detail: `${branch} moved on GitHub after it was read` };
            return {
                ok: true,
                updated: r.outcome !== 'unchanged',
                head: r.head,
                commits: r.commits.map((c) => ({ sha: c.sha, local: c.local, verified: c.verified, reason: c.reason, keptAuthor: c.keptAuthor })),
            };
        },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/promote/git-port.ts
// The git side of a promotion: a view of the Repo promoted in (git/repo.ts), with the object
// reader the plans read through (restarted after each fetch, so it sees what came).









/** PromoteGit over `git` and `reader`. */
function promoteGitOf(git, reader, o) {
    const { base } = o;
    // origin's hydrator notes, fetched once per run when a promotion of hydrated branches first asks.
    let notes;
    // The render runs beside the chart checks, and both may fetch a release tag: one fetch at a time.
    const serial = oneAtATime();
    return {
        async hydratorNote(commit) {
            notes ??= o.remote ? fetchHydratorNotes(git) : git.commitOf(HYDRATOR_NOTES);
            return (await notes) ? notedDrySha(git, commit) : undefined;
        },
        async fetchBranch(branch) {
            if (!o.remote) {
                await (0,refs/* checkRefName */.hh)(git, branch, 'branch');
                return git.commitOf(`refs/heads/${branch}`);
            }
            return serial(async () => {
                const sha = await publish/* fetchBranch */.D_(git, 'origin', branch);
                reader.close(); // objects fetched since cat-file started are read by a fresh one
                return sha;
            });
        },
        async knownTip(branch) {
            // Read through the object reader, no process of its own; a name that is not a plain one (a `:` names a path) is not asked.
            if (!/^[\w.-]+(?:\/[\w.-]+)*$/.test(branch) || branch.startsWith('-') || branch.includes('..'))
                return undefined;
            return reader.commit(`refs/${o.remote ? 'remotes/origin' : 'heads'}/${branch}`);
        },
        readAt: (commit, path) => reader.text(`${commit}:${path}`),
        readBytesAt: (commit, path) => reader.read(`${commit}:${path}`).then((o) => (o?.type === 'blob' ? o.data : undefined)),
        resolveRef: refResolver(git, reader, o.remote, serial),
        async fetchTags(groups) {
            if (!o.remote || groups.length === 0)
                return;
            await serial(() => fetchFirstSpellings(git, reader, groups));
        },
        commitInfo: (commit) => git.commitInfo(commit),
        landedAt: (commit, path) => git.lastCommit(commit, path, true),
        landings: (commit, groups) => lastLandings(git, commit, groups),
        // A folder's files from the running cat-file's tree reads (git/tree.ts): no process to start; the whole tree from ls-tree.
        listFiles: (commit, dir) => (dir === undefined ? git.listFiles(commit) : filesUnder(reader, commit, dir)),
        lastCommit: (commit, path) => git.lastCommit(commit, path),
        async firstParentLog(commit, path) {
            const entries = await git.firstParentLog(commit, path);
            return { entries, complete: !(await git.isShallow()) };
        },
        async deepenHistory(commits) {
            // A shallow clone (actions/checkout's default) gets the base branch's history in steps, as soak time asks for it.
            if (!o.remote || !(await git.isShallow()))
                return false;
            return serial(async () => {
                const r = await git.deepenBranch('origin', base, commits);
                reader.close();
                return r.code === 0;
            });
        },
        async publish(p) {
            // commit-mode api: the same round, its commits written through the GitHub API instead of pushed.
            const viaApi = p.commitMode === 'api' ? apiBranchPublisher(git, o.apiClient(), { committer: BOT_IDENTITY }) : undefined;
            const r = await publishGeneratedBranch(git, {
                base: p.base,
                branch: p.branch,
                trailer: publish/* generatedTrailer */.ty('promote-env'),
                author: o.identity ?? BOT_IDENTITY,
                committer: o.identity ?? BOT_IDENTITY,
                plan: p.plan,
            }, viaApi);
            reader.close();
            return r;
        },
        commitsBetween: (from, to) => git.commitsBetween(from, to),
        commitsInRanges: (ranges) => git.commitsInRanges(ranges),
    };
}
/**
 * Runs fetches one at a time: two git fetches in one repository race for its locks (a tag's ref, a shallow
 * clone's shallow file).
 */
function oneAtATime() {
    let fetching = Promise.resolve();
    return (f) => {
        const run = fetching.then(f, f);
        fetching = run.catch(() => undefined);
        return run;
    };
}
/**
 * resolveRef: the commit a ref names here, else fetched from origin when origin has it (through `serial`); a ref
 * asked for again while it is being resolved shares that answer.
 */
function refResolver(git, reader, remote, serial) {
    const resolving = new Map();
    const resolve = async (ref) => {
        const have = await reader.commit(ref);
        if (have)
            return have;
        const bySha = (0,request/* looksLikeSha */.sA)(ref) && ref.length === 40;
        // What's-in tries several tag spellings for each service (`api-v1.4.0`, `v1.4.0`, …): origin's tag list,
        // asked once per run, spares a failing fetch (and a cat-file restart) for every spelling origin lacks.
        if (!bySha && remote) {
            const tags = await git.remoteTags();
            if (tags && !tags.has(ref))
                return undefined;
        }
        await serial(async () => {
            await (bySha ? git.fetchRefs('origin', [ref]) : git.fetchTags('origin', [ref]));
            reader.close();
        });
        return reader.commit(ref);
    };
    return (ref) => {
        let r = resolving.get(ref);
        if (!r) {
            resolving.set(ref, (r = resolve(ref)));
            void r.finally(() => resolving.delete(ref)).catch(() => undefined);
        }
        return r;
    };
}
/** fetchTags on origin: the first spelling of each group here or on origin; those only on origin fetched together. */
async function fetchFirstSpellings(git, reader, groups) {
    const tags = await git.remoteTags();
    // Without origin's list the spellings cannot be chosen here: resolveRef fetches them one by one, as before.
    if (!tags)
        return;
    const wanted = new Set();
    for (const group of groups)
        for (const tag of group) {
            if ((0,request/* looksLikeSha */.sA)(tag) && tag.length === 40)
                break;
            if (await reader.commit(tag))
                break;
            if (tags.has(tag)) {
                wanted.add(tag);
                break;
            }
        }
    if (wanted.size === 0)
        return;
    // One fetch and one reader restart for all of them; should it fail, resolveRef still fetches each it is asked for.
    await git.fetchTags('origin', [...wanted]);
    reader.close();
}

;// CONCATENATED MODULE: ./packages/core/src/github/approvals.ts
// Who approved a pull request, and who may: the approval gate's reads (promote/gates/approval.ts). A
// reviewer's latest deciding review counts (an approval later dismissed, or followed by a change request,
// does not), and only when given on the commit the pull request merged (an approval before a later push is
// stale); a team's membership is asked per login; a GitHub Environment's required reviewers are its
// protection rule of that type (users, and teams of the repository's organisation).

/**
 * Who approved pull request `number`. A reviewer's latest deciding review counts, and only when it was given on
 * the pull request's head commit (for a merged one, the commit that merged): an approval followed by a push
 * approved someone else's later change, so it is returned apart, as `stale`.
 */
async function approvers(gh, number) {
    const pull = await gh.octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
        owner: gh.owner,
        repo: gh.repo,
        pull_number: number,
    });
    const head = pull.data.head.sha;
    const reviews = (await gh.octokit.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
        owner: gh.owner,
        repo: gh.repo,
        pull_number: number,
        per_page: 100,
    }));
    const last = new Map();
    for (const r of reviews)
        if (r.user?.login && r.state && r.state !== 'COMMENTED' && r.state !== 'PENDING') {
            last.delete(r.user.login);
            last.set(r.user.login, { state: r.state, commit: r.commit_id ?? undefined });
        }
    const approving = [...last].filter(([, r]) => r.state === 'APPROVED');
    return {
        approved: approving.filter(([, r]) => r.commit === head).map(([login]) => login),
        stale: approving.filter(([, r]) => r.commit !== head).map(([login]) => login),
    };
}
/** Whether `login` is an active member of team `slug` of `org` (404: not, or a team the token cannot see). */
async function isTeamMember(gh, org, slug, login) {
    const r = await client_orNotFound(() => gh.octokit.request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', { org, team_slug: slug, username: login }));
    return r?.data.state === 'active';
}
/** The required reviewers of the repository's GitHub Environment `name`; undefined when it has none or does not exist. */
async function environmentReviewers(gh, name) {
    const r = await client_orNotFound(() => gh.octokit.request('GET /repos/{owner}/{repo}/environments/{environment_name}', {
        owner: gh.owner,
        repo: gh.repo,
        environment_name: name,
    }));
    const rule = r?.data.protection_rules?.find((p) => p.type === 'required_reviewers');
    if (!rule?.reviewers?.length)
        return undefined;
    const users = rule.reviewers.flatMap((x) => (x.type === 'User' && x.reviewer?.login ? [x.reviewer.login] : []));
    const teams = rule.reviewers.flatMap((x) => (x.type === 'Team' && x.reviewer?.slug ? [{ org: gh.owner, slug: x.reviewer.slug }] : []));
    return { users, teams };
}

;// CONCATENATED MODULE: ./packages/core/src/github/checks.ts
// Branch protection treats neutral and skipped as passing.
const PASSING = new Set(['success', 'neutral', 'skipped']);
/**
 * The state of each named check on `sha`: check runs (newest run of a name
 * wins, so a re-run replaces a failure) first, then commit statuses (their
 * context); a name with neither is 'missing'.
 */
async function checkStates(gh, sha, names) {
    if (!names.length)
        return [];
    // Each run passed the client's reply check: its id is a JSON integer (the schema allows a bigint for int64 ids).
    const runs = (await gh.octokit.paginate('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
        owner: gh.owner,
        repo: gh.repo,
        ref: sha,
        per_page: 100,
        filter: 'latest',
    }));
    const { data: combined } = await gh.octokit.request('GET /repos/{owner}/{repo}/commits/{ref}/status', {
        owner: gh.owner,
        repo: gh.repo,
        ref: sha,
        per_page: 100,
    });
    const statuses = (combined.statuses ?? []);
    return names.map((name) => {
        // Ids grow with creation; a queued re-run has no started_at yet but must still win over the run it replaces.
        const named = runs.filter((r) => r.name === name).sort((a, b) => b.id - a.id);
        const run = named[0];
        if (run) {
            const state = run.status !== 'completed' ? 'pending' : PASSING.has(run.conclusion) ? 'success' : 'failure';
            return { name, state, source: 'check-run', ...(run.html_url ? { url: run.html_url } : {}) };
        }
        // The combined status already keeps only the latest status per context.
        const status = statuses.find((s) => s.context === name);
        if (status) {
            const state = status.state === 'success' ? 'success' : status.state === 'pending' ? 'pending' : 'failure';
            return { name, state, source: 'status', ...(status.target_url ? { url: status.target_url } : {}) };
        }
        return { name, state: 'missing', source: 'check-run' };
    });
}

;// CONCATENATED MODULE: ./packages/core/src/github/deployments.ts
// GitHub Deployments as the record of what landed where: one deployment per
// environment and commit, a `success` status on it, the environment's earlier
// successful deployment marked `inactive`. Every write is looked up first and
// a create whose answer was lost is looked up again (createOrFind), so a rerun
// or a 502 after the create never makes a second deployment.

/** How many earlier deployments of an environment are looked at for one still marked success. */
const EARLIER_LOOKED_AT = 10;
/** The deployments of `environment` (on `sha` when given), newest first (one page of 30). */
async function listDeployments(gh, environment, sha) {
    const { data } = await gh.octokit.request('GET /repos/{owner}/{repo}/deployments', {
        owner: gh.owner,
        repo: gh.repo,
        environment,
        ...(sha ? { sha } : {}),
        per_page: 30,
    });
    return data.map((d) => ({ id: Number(d.id), sha: d.sha, environment: d.environment, createdAt: d.created_at }));
}
/** The states of a deployment's statuses, newest first (one page of 30). */
async function statusStates(gh, id) {
    const { data } = await gh.octokit.request('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
        owner: gh.owner,
        repo: gh.repo,
        deployment_id: id,
        per_page: 30,
    });
    return data.map((s) => ({ state: s.state, ...(s.environment_url ? { environmentUrl: s.environment_url } : {}) }));
}
/** Adds a status to a deployment; a lost answer is looked up (a status of that state already there) rather than sent twice. */
async function addStatus(gh, id, state, extra) {
    await client_createOrFind(gh, `${state} status of deployment ${id}`, async () => {
        await gh.octokit.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
            owner: gh.owner,
            repo: gh.repo,
            deployment_id: id,
            state,
            // lockstep marks the earlier deployment itself, production environments included (GitHub's auto_inactive skips those).
            auto_inactive: false,
            ...(extra.description ? { description: extra.description } : {}),
            ...(extra.environmentUrl ? { environment_url: extra.environmentUrl } : {}),
            // A lost answer is looked up rather than sent again (a second status would be harmless, but is noise).
            request: { retries: 0 },
        });
        return true;
    }, async () => ((await statusStates(gh, id)).some((s) => s.state === state) ? true : undefined));
}
/**
 * Records that `spec.sha` landed in `spec.environment`: the deployment for
 * that commit and environment (found, or created once), its success status
 * (unless there), and each earlier deployment of the environment still
 * marked success set inactive.
 */
async function recordDeployment(gh, spec) {
    const find = async () => (await listDeployments(gh, spec.environment, spec.sha))[0];
    const existing = await find();
    let id;
    let outcome = 'existing';
    if (existing)
        id = existing.id;
    else {
        const made = await client_createOrFind(gh, `deployment of ${spec.sha.slice(0, 12)} to ${spec.environment}`, async () => {
            const { data, status } = await gh.octokit.request('POST /repos/{owner}/{repo}/deployments', {
                owner: gh.owner,
                repo: gh.repo,
                ref: spec.sha,
                environment: spec.environment,
                payload: spec.payload,
                description: spec.description,
                // The commit already landed: no merge of the default branch into it, no status checks to wait for.
                auto_merge: false,
                required_contexts: [],
                transient_environment: spec.transient,
                production_environment: spec.production,
                // Not repeated blindly: GitHub keeps no uniqueness on deployments, so a lost answer is looked up (createOrFind).
                request: { retries: 0 },
            });
            if (status !== 201 || !('id' in data))
                throw new Error(`GitHub did not create the deployment of ${spec.sha.slice(0, 12)} to ${spec.environment}: ${'message' in data ? String(data.message) : `status ${status}`}`);
            return { id: Number(data.id), sha: data.sha, environment: data.environment, createdAt: data.created_at };
        }, find);
        id = made.value.id;
        outcome = 'created';
    }
    const states = await statusStates(gh, id);
    const statusCreated = !states.some((s) => s.state === 'success');
    if (statusCreated)
        await addStatus(gh, id, 'success', { environmentUrl: spec.environmentUrl, description: spec.description });
    const inactivated = [];
    // Newest first: the earlier deployments after this one's id; stop at the first already inactive (older ones were marked by earlier runs).
    const earlier = (await listDeployments(gh, spec.environment)).filter((d) => d.id < id).slice(0, EARLIER_LOOKED_AT);
    for (const d of earlier) {
        const latest = (await statusStates(gh, d.id))[0]?.state;
        if (latest === 'inactive')
            break;
        if (latest !== 'success')
            continue;
        await addStatus(gh, d.id, 'inactive', {});
        inactivated.push(d.id);
    }
    return { id, outcome, statusCreated, inactivated };
}
/** The latest deployment of each environment whose newest status is success, with its environment URL. */
async function latestDeployments(gh, environments) {
    const found = new Map();
    for (const environment of environments) {
        for (const d of (await listDeployments(gh, environment)).slice(0, EARLIER_LOOKED_AT)) {
            const [latest] = await statusStates(gh, d.id);
            if (latest?.state !== 'success')
                continue;
            found.set(environment, { ...d, ...(latest.environmentUrl ? { environmentUrl: latest.environmentUrl } : {}) });
            break;
        }
    }
    return found;
}
/**
 * The deployments of `environment` created at or after `since` (Unix seconds),
 * newest first, each with its statuses, for those whose commit `wanted` keeps:
 * the list is paginated (100 a page) and stops at the first page that reaches
 * back before `since`; each kept deployment's statuses are paginated too.
 */
async function deploymentHistory(gh, environment, since, wanted) {
    const listed = await gh.octokit.paginate('GET /repos/{owner}/{repo}/deployments', { owner: gh.owner, repo: gh.repo, environment, per_page: 100 }, (response, done) => {
        // Newest first: once a page holds one created before the window, every later page is older still.
        if (response.data.some((d) => Date.parse(d.created_at) / 1000 < since))
            done();
        return response.data;
    });
    const out = [];
    for (const d of listed) {
        if (Date.parse(d.created_at) / 1000 < since || !wanted(d.sha))
            continue;
        const statuses = await gh.octokit.paginate('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
            owner: gh.owner,
            repo: gh.repo,
            deployment_id: Number(d.id),
            per_page: 100,
        });
        out.push({
            id: Number(d.id),
            sha: d.sha,
            environment: d.environment,
            createdAt: d.created_at,
            statuses: statuses.map((s) => ({ state: s.state, createdAt: s.created_at })).reverse(),
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/github/label-events.ts
// Who put a label on a pull request, and when: the issue's event list
// (`GET /repos/{owner}/{repo}/issues/{n}/events`), whose `labeled` events
// name the actor. A promotion's break-glass label is recorded this way.
/** The user who last added `label` to issue or pull request `number`, and when (ISO 8601); empty when no event says so. */
async function labelAddedBy(gh, number, label) {
    const events = (await gh.octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/events', {
        owner: gh.owner,
        repo: gh.repo,
        issue_number: number,
        per_page: 100,
    }));
    const wanted = label.toLowerCase();
    const added = events.filter((e) => e.event === 'labeled' && e.label?.name.toLowerCase() === wanted);
    const last = added[added.length - 1];
    return last ? { ...(last.actor?.login ? { by: last.actor.login } : {}), at: last.created_at } : {};
}

// EXTERNAL MODULE: ./packages/core/src/text/cap.ts
var cap = __webpack_require__(7841);
;// CONCATENATED MODULE: ./packages/core/src/github/pulls.ts


const pulls_realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const sleepOf = (gh) => gh.sleep ?? pulls_realSleep;
const clean = (gh, text) => (gh.redact ? gh.redact(text) : text);
/** GitHub refuses PR, issue and comment bodies longer than this (422 "body is too long"). */
const MAX_BODY = cap/* BODY_CAP */.ix;
/**
 * `body` cut at a line break to fit GitHub's `limit`, with a closing line
 * saying so (notes for thousands of commits exceed it). Unchanged when it fits.
 */
function fitBody(body, limit = MAX_BODY) {
    if (body.length <= limit)
        return body;
    const note = `\n\n… truncated to fit GitHub's ${limit}-character limit`;
    const room = limit - note.length;
    const cut = body.lastIndexOf('\n', room);
    return `${body.slice(0, cut > room / 2 ? cut : room)}${note}`;
}
/** Maps a REST pull request object. */
function toPullRef(p) {
    return {
        number: p.number,
        url: p.html_url,
        nodeId: p.node_id,
        head: p.head?.ref,
        headSha: p.head?.sha,
        base: p.base?.ref,
        title: p.title ?? '',
        body: p.body ?? '',
        draft: Boolean(p.draft),
        labels: (p.labels ?? []).map((l) => (typeof l === 'string' ? l : l.name)),
        state: p.state === 'closed' ? 'closed' : 'open',
        merged: Boolean(p.merged || p.merged_at),
        ...(p.merged_at ? { mergedAt: p.merged_at } : {}),
        ...(p.merged_at && p.merge_commit_sha ? { mergeCommitSha: p.merge_commit_sha } : {}),
        fromFork: !p.head?.repo || !p.base?.repo || p.head.repo.full_name.toLowerCase() !== p.base.repo.full_name.toLowerCase(),
    };
}
/** Open pull requests in the client's repository matching every given filter (branch exact, branch prefix, label, base). */
async function findOpenPulls(gh, q) {
    const params = {
        owner: gh.owner,
        repo: gh.repo,
        state: 'open',
        per_page: 100,
    };
    // GitHub filters by head only as `owner:branch`; the other filters are applied here.
    if (q.branch !== undefined)
        params.head = `${gh.owner}:${q.branch}`;
    if (q.base !== undefined)
        params.base = q.base;
    const all = (await gh.octokit.paginate('GET /repos/{owner}/{repo}/pulls', params));
    return all
        .map(toPullRef)
        .filter((p) => p.state === 'open' &&
        (q.branch === undefined || p.head === q.branch) &&
        (q.base === undefined || p.base === q.base) &&
        (q.branchPrefix === undefined || p.head.startsWith(q.branchPrefix)) &&
        (q.label === undefined || p.labels.includes(q.label)));
}
/** One pull request by number. */
async function getPull(gh, number) {
    const { data } = await gh.octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
        owner: gh.owner,
        repo: gh.repo,
        pull_number: number,
    });
    return toPullRef(data);
}
/**
 * Calls `fn`, and again (bounded, with waits) when GitHub has not caught up
 * with an object created a moment ago: GraphQL's "Could not resolve to a
 * node", or a 404/422 saying the same over REST.
 */
async function retryFresh(gh, what, fn, attempts = 4) {
    for (let i = 1;; i++) {
        try {
            return await fn();
        }
        catch (e) {
            if (i >= attempts || !isNotYetVisible(e))
                throw e;
            gh.log?.(`${what}: GitHub does not see the new object yet; trying again (${i}/${attempts - 1})`);
            await sleepOf(gh)(1000 * i);
        }
    }
}
function isNotYetVisible(e) {
    const text = e instanceof client_GitHubError ? `${e.apiMessage ?? ''} ${e.message}` : String(e?.message ?? e);
    return /could not resolve to a node/i.test(text);
}
/**
 * Opens the pull request branch → base, or brings the open one up to date.
 * Idempotent: an open PR for the branch is found first; a create whose answer
 * was lost (5xx, no answer) or that GitHub answers 422 "already exists" looks
 * the PR up and verifies it instead of failing or duplicating. Labels and
 * reviewers are added only when missing.
 */
async function upsertPull(gh, p) {
    const warnings = [];
    p = { ...p, body: fitBody(p.body) };
    let pull = (await findOpenPulls(gh, { branch: p.branch, base: p.base }))[0];
    let created = false;
    if (!pull) {
        const findOpen = async () => (await findOpenPulls(gh, { branch: p.branch, base: p.base }))[0];
        ({ value: pull } = await client_createOrFind(gh, `pull request for ${clean(gh, p.branch)}`, async () => {
            const { data } = await gh.octokit.request('POST /repos/{owner}/{repo}/pulls', {
                owner: gh.owner,
                repo: gh.repo,
                head: p.branch,
                base: p.base,
                title: p.title,
                body: p.body,
                draft: p.draft ?? false,
            });
            return toPullRef(data);
        }, async (alreadyExists) => {
            const found = await findOpen();
            if (found || !alreadyExists)
                return found;
            // GitHub says it exists but its list lags behind its write: look once more after a moment.
            await sleepOf(gh)(1000);
            return findOpen();
        }));
        // Created, or found after a failed create: it was not there when we looked a moment ago, so it is this
        // run's create that landed (or a twin run's); either way it is verified below like every found PR.
        created = true;
    }
    let changed = false;
    if (pull.title !== p.title || normaliseBody(pull.body) !== normaliseBody(p.body)) {
        const { data } = await gh.octokit.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
            owner: gh.owner,
            repo: gh.repo,
            pull_number: pull.number,
            title: p.title,
            body: p.body,
        });
        pull = toPullRef(data);
        changed = true;
    }
    const missingLabels = (p.labels ?? []).filter((l) => !pull.labels.includes(l));
    if (missingLabels.length) {
        const number = pull.number;
        const { data } = await retryFresh(gh, `labelling #${number}`, () => gh.octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
            owner: gh.owner,
            repo: gh.repo,
            issue_number: number,
            labels: missingLabels,
        }));
        pull = { ...pull, labels: data.map((l) => l.name) };
        changed = true;
    }
    if (p.reviewers?.length) {
        const asked = await requestMissingReviewers(gh, pull.number, p.reviewers, created, warnings);
        changed ||= asked;
    }
    const outcome = created ? 'created' : changed ? 'updated' : 'unchanged';
    return { pull, outcome, warnings };
}
// GitHub stores bodies with CRLF when they were edited in the browser.
const normaliseBody = (s) => s.replace(/\r\n/g, '\n').trimEnd();
/**
 * Requests reviews on a PR this run opened. On an existing PR the reviewers
 * are the humans' business: someone who already reviewed is no longer
 * "requested", and asking again would re-request their review, so only names
 * never asked (not currently requested) are added, and only while nobody from
 * the list has been asked yet (a create whose reviewer request failed).
 */
async function requestMissingReviewers(gh, number, reviewers, fresh, warnings) {
    const users = reviewers.filter((r) => !r.includes('/')).map((r) => r.replace(/^@/, ''));
    const teams = reviewers.filter((r) => r.includes('/')).map((r) => r.replace(/^@/, '').split('/').pop());
    if (!fresh) {
        const { data: requested } = await gh.octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', {
            owner: gh.owner,
            repo: gh.repo,
            pull_number: number,
        });
        const asked = new Set([
            ...(requested.users ?? []).map((u) => String(u.login).toLowerCase()),
            ...(requested.teams ?? []).map((t) => String(t.slug).toLowerCase()),
        ]);
        if ([...users, ...teams].some((n) => asked.has(n.toLowerCase())))
            return false;
    }
    if (!users.length && !teams.length)
        return false;
    try {
        await retryFresh(gh, `requesting reviewers on #${number}`, () => gh.octokit.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', {
            owner: gh.owner,
            repo: gh.repo,
            pull_number: number,
            ...(users.length ? { reviewers: users } : {}),
            ...(teams.length ? { team_reviewers: teams } : {}),
        }));
        return true;
    }
    catch (e) {
        // The PR stands; a reviewer GitHub will not accept (the author, not a collaborator) is worth a warning, not a failed run.
        if (e instanceof client_GitHubError && e.status === 422) {
            warnings.push(`could not request reviews from ${[...users, ...teams].join(', ')} on #${number}: ${e.apiMessage ?? e.message}`);
            return false;
        }
        throw e;
    }
}
/** Closes a pull request, first leaving `comment` on it (once, even across reruns). */
async function closePull(gh, number, comment) {
    if (comment !== undefined)
        await commentOnce(gh, number, comment, 'closed');
    await gh.octokit.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
        owner: gh.owner,
        repo: gh.repo,
        pull_number: number,
        state: 'closed',
    });
}
/** The invisible line that identifies lockstep's comment of one kind. */
function commentMarker(marker) {
    if (!/^[A-Za-z0-9._:/-]+$/.test(marker))
        throw new client_GitHubError(`comment marker '${marker}' may hold only letters, digits and . _ : / -`);
    return `<!-- lockstep:${marker} -->`;
}
/** lockstep's last comment on `number` carrying `tag` (its id and body), or undefined. */
async function findMarkedComment(gh, number, tag) {
    // Each comment passed the client's reply check: its id is a JSON integer (the schema allows a bigint for int64 ids).
    const comments = (await gh.octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner: gh.owner,
        repo: gh.repo,
        issue_number: number,
        per_page: 100,
    }));
    const mine = comments.filter((c) => typeof c.body === 'string' && c.body.includes(tag));
    const last = mine[mine.length - 1];
    return last ? { id: last.id, body: last.body } : undefined;
}
/**
 * Leaves one comment of kind `marker` on issue/PR `number`: created the first
 * time, edited when the text changed, left alone otherwise — reruns and
 * retried creates never duplicate it.
 */
async function commentOnce(gh, number, body, marker) {
    const tag = commentMarker(marker);
    const full = `${fitBody(body.trimEnd(), MAX_BODY - tag.length - 2)}\n\n${tag}`;
    const existing = await findMarkedComment(gh, number, tag);
    if (existing) {
        if (normaliseBody(existing.body) === normaliseBody(full))
            return 'unchanged';
        await gh.octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
            owner: gh.owner,
            repo: gh.repo,
            comment_id: existing.id,
            body: full,
        });
        return 'updated';
    }
    // Comments have no natural key GitHub could reject a duplicate by, so a blind
    // retry of the POST could post twice: after a 5xx or lost answer the marker
    // is looked up first, and the POST repeated (bounded) only when it is absent.
    for (let attempt = 1;; attempt++) {
        try {
            await retryFresh(gh, `commenting on #${number}`, () => gh.octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
                owner: gh.owner,
                repo: gh.repo,
                issue_number: number,
                body: full,
                request: { retries: 0 },
            }));
            return 'created';
        }
        catch (e) {
            if (!mayHaveLanded(e))
                throw e;
            if (await findMarkedComment(gh, number, tag))
                return 'created';
            if (attempt >= COMMENT_ATTEMPTS)
                throw e;
            await sleepOf(gh)(1000 * attempt ** 2);
        }
    }
}
const COMMENT_ATTEMPTS = 3;
/** Pull requests associated with a commit (GET /repos/{o}/{r}/commits/{sha}/pulls), merged ones included. */
async function pullsForCommit(gh, sha) {
    const all = (await gh.octokit.paginate('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', {
        owner: gh.owner,
        repo: gh.repo,
        commit_sha: sha,
        per_page: 100,
    }));
    return all.map(toPullRef);
}
/** Deletes refs/heads/<branch>; a branch that is already gone (404/422) is fine. */
async function deleteBranch(gh, branch) {
    try {
        await gh.octokit.request('DELETE /repos/{owner}/{repo}/git/refs/{ref}', { owner: gh.owner, repo: gh.repo, ref: `heads/${branch}` });
    }
    catch (e) {
        if (e instanceof GitHubError && (e.status === 404 || e.status === 422))
            return;
        throw e;
    }
}
const AUTO_MERGE = `mutation($pullRequestId: ID!, $mergeMethod: PullRequestMergeMethod!) {
  enablePullRequestAutoMerge(input: { pullRequestId: $pullRequestId, mergeMethod: $mergeMethod }) {
    pullRequest { number autoMergeRequest { enabledAt mergeMethod } }
  }
}`;
/**
 * Turns on auto-merge (GraphQL enablePullRequestAutoMerge). A repository that
 * does not allow it, a PR already mergeable ("clean status") and similar
 * refusals come back as enabled:false with GitHub's reason; "Could not
 * resolve to a node" right after the PR was created is retried, bounded.
 */
async function enableAutoMerge(gh, pull, method = 'MERGE') {
    let reason = '';
    for (let i = 1; i <= AUTO_MERGE_ATTEMPTS; i++) {
        let messages;
        try {
            const r = await graphql(gh, AUTO_MERGE, { pullRequestId: pull.nodeId, mergeMethod: method });
            if (!r.errors?.length)
                return { enabled: true };
            messages = r.errors.map((e) => e.message);
        }
        catch (e) {
            // GitHub (and the double) may also answer the lag with HTTP 422; anything else is a real failure.
            if (!isNotYetVisible(e))
                throw e;
            messages = [e.apiMessage ?? e.message];
        }
        reason = clean(gh, messages.join('; '));
        if (!messages.some((m) => /could not resolve to a node/i.test(m)) || i === AUTO_MERGE_ATTEMPTS)
            break;
        gh.log?.(`auto-merge for #${pull.number}: GitHub does not see the new pull request yet; trying again (${i}/${AUTO_MERGE_ATTEMPTS - 1})`);
        await sleepOf(gh)(1000 * i);
    }
    return { enabled: false, reason };
}
const AUTO_MERGE_ATTEMPTS = 4;
const READY_FOR_REVIEW = `mutation($pullRequestId: ID!) {
  markPullRequestReadyForReview(input: { pullRequestId: $pullRequestId }) {
    pullRequest { number isDraft }
  }
}`;
/**
 * Takes a draft pull request out of draft (GraphQL markPullRequestReadyForReview:
 * REST cannot change `draft`). GitHub merges no draft, so auto-merge on a
 * draft would wait for ever. A refusal comes back as ready:false with
 * GitHub's reason.
 */
async function markReadyForReview(gh, pull) {
    const r = await graphql(gh, READY_FOR_REVIEW, { pullRequestId: pull.nodeId });
    if (!r.errors?.length)
        return { ready: true };
    return { ready: false, reason: clean(gh, r.errors.map((e) => e.message).join('; ')) };
}

// EXTERNAL MODULE: ./packages/core/src/trail/trail.ts
var trail = __webpack_require__(1062);
;// CONCATENATED MODULE: ./packages/core/src/trail/notify.ts
// Leaves the trail on source pull requests: for each one, its lockstep trail
// comment read back, the step merged in, and written once (created, edited in
// place, or left alone) through commentOnce, whose create is looked up after a
// 5xx rather than repeated. A number that is not a merged pull request (an
// issue cited in a changelog) gets nothing.



/** Pull requests commented on per run at most: a huge release still ends in bounded time. */
const MAX_PULLS = 100;
/** Adds `step` to the trail comment of every merged pull request in `pulls` (excluding `except`, e.g. the release PR itself). */
async function leaveTrail(gh, pulls, step, except = []) {
    const out = { created: [], updated: [], unchanged: [], skipped: [], failed: [] };
    const targets = [...new Set(pulls)].filter((n) => !except.includes(n)).sort((a, b) => a - b);
    for (const n of targets.slice(0, MAX_PULLS)) {
        try {
            const pull = await getPull(gh, n).catch((e) => {
                if (e instanceof client_GitHubError && (e.status === 404 || e.status === 410))
                    return undefined;
                throw e;
            });
            if (!pull?.merged) {
                out.skipped.push(n);
                continue;
            }
            const existing = await findMarkedComment(gh, n, commentMarker(trail/* TRAIL_MARKER */.KP));
            out[await commentOnce(gh, n, (0,trail/* trailBody */.D2)(existing?.body, step), trail/* TRAIL_MARKER */.KP)].push(n);
        }
        catch (e) {
            out.failed.push(`#${n}: ${e instanceof Error ? e.message : String(e)}`);
        }
    }
    if (targets.length > MAX_PULLS)
        out.failed.push(`${targets.length - MAX_PULLS} more pull requests were not commented on (at most ${MAX_PULLS} per run)`);
    return out;
}

// EXTERNAL MODULE: ./packages/core/src/promote/publish/branch.ts
var branch = __webpack_require__(9256);
;// CONCATENATED MODULE: ./packages/core/src/promote/github-port.ts
// GitHub's side of a promotion: pull requests, checks, auto-merge, deployments and the trail,
// through one client made on first use; GitHub's refusals become UserErrors naming the permission.








/** Runs a GitHub call whose refusal a user can fix (4xx) as a one-line UserError with `hint`, the permission it needs. */
function refusalsNaming(hint) {
    return async (fn) => {
        try {
            return await fn();
        }
        catch (e) {
            throw gitHubUserError(e, { hint }) ?? e;
        }
    };
}
/**
 * GitHub's side of a promotion in `repository`: check states, the PR and
 * auto-merge, through a client made on first use. Refusals a user can fix
 * (4xx) become one-line UserErrors naming the permissions needed.
 */
function promoteGitHub(client, log) {
    // GitHub's refusals (a missing permission, a repository setting) are the user's to fix: one line, no stack.
    const userFacing = refusalsNaming('the token needs contents: write and pull-requests: write on the repository promoted in');
    // Deployments need their own permission: a refusal names it.
    const deploymentFacing = refusalsNaming('the token needs deployments: write on the repository promoted in');
    // Team memberships are the organisation's: a refusal names that permission.
    const memberFacing = refusalsNaming("the token needs members: read on the organization (a GitHub App's or a PAT's; GITHUB_TOKEN has none)");
    return {
        checkStates: (sha, names) => userFacing(() => checkStates(client(), sha, names)),
        async upsertPull(p) {
            const r = await userFacing(() => upsertPull(client(), p));
            for (const w of r.warnings)
                log(w);
            return r;
        },
        enableAutoMerge: (pull) => userFacing(() => enableAutoMerge(client(), pull)),
        readyForReview: (pull) => userFacing(() => markReadyForReview(client(), pull)),
        recordDeployment: (spec) => deploymentFacing(() => recordDeployment(client(), spec)),
        latestDeployments: (environments) => deploymentFacing(() => latestDeployments(client(), environments)),
        async pullsOf(sha) {
            const found = await userFacing(() => pullsForCommit(client(), sha));
            return found.filter((p) => p.merged).map((p) => ({ number: p.number, title: p.title }));
        },
        async mergedPullOf(sha, base) {
            const found = await userFacing(() => pullsForCommit(client(), sha).catch((e) => {
                // A commit GitHub does not know (never pushed) has no pull request.
                if (e instanceof client_GitHubError && (e.status === 404 || e.status === 422))
                    return [];
                throw e;
            }));
            const merged = found.filter((p) => p.merged && p.mergedAt !== undefined && p.base === base);
            const pull = merged.find((p) => p.mergeCommitSha === sha) ?? merged.sort((a, b) => a.mergedAt.localeCompare(b.mergedAt))[0];
            return pull ? { number: pull.number, mergedAt: pull.mergedAt } : undefined;
        },
        async deployedAt(environment, sha) {
            const found = await deploymentFacing(() => listDeployments(client(), environment, sha));
            const first = found.filter((d) => d.sha === sha).sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0];
            return first ? { id: first.id, createdAt: first.createdAt } : undefined;
        },
        async mergedPromotion(sha) {
            const found = await userFacing(() => pullsForCommit(client(), sha).catch((e) => {
                // A commit GitHub does not know (never pushed) has no pull request.
                if (e instanceof client_GitHubError && (e.status === 404 || e.status === 422))
                    return [];
                throw e;
            }));
            // Only a branch of this repository is a promotion branch: a fork's promote/prod was written by whoever owns the fork.
            const pull = found.find((p) => p.merged && p.fromFork === false && branch/* PromotionBranch */.G.is(p.head));
            if (!pull)
                return undefined;
            const full = await userFacing(() => client().octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
                owner: client().owner,
                repo: client().repo,
                pull_number: pull.number,
            }));
            return { number: pull.number, head: pull.head, body: pull.body, mergedAt: full.data.merged_at ?? '' };
        },
        leaveTrail: (pullNumbers, step) => leaveTrail(client(), pullNumbers, step),
        approvals: (number) => userFacing(() => approvers(client(), number)),
        teamMember: (org, slug, login) => memberFacing(() => isTeamMember(client(), org, slug, login)),
        environmentReviewers: (name) => userFacing(() => environmentReviewers(client(), name)),
        async breakGlass(branch, base, label) {
            const open = (await userFacing(() => findOpenPulls(client(), { branch, base })))[0];
            if (!open?.labels.some((l) => l.toLowerCase() === label.toLowerCase()))
                return undefined;
            return { label, pull: open.number, ...(await userFacing(() => labelAddedBy(client(), open.number, label))) };
        },
    };
}

// EXTERNAL MODULE: ./packages/core/src/charts/archive.ts
var archive = __webpack_require__(8657);
// EXTERNAL MODULE: ./packages/core/src/registry/chart-push.ts + 1 modules
var chart_push = __webpack_require__(4646);
;// CONCATENATED MODULE: ./packages/core/src/registry/chart.ts
// A Helm chart stored in an OCI registry (`helm push`): an OCI image manifest
// whose layer of Helm's chart media type is the packaged chart (.tgz). This
// finds that layer and pulls it, verified by digest, through the registry client.



/**
 * `ref` at the version a deployer pulls: as given, or for a semver range the highest version among the repository's
 * tags (`_` read as `+`, as `helm push` writes it) that the range admits, a pre-release only where the range names
 * one, as helm-controller and Argo CD resolve it; a RegistryError when none does.
 */
async function resolveChartVersion(client, ref) {
    if (ref.range === undefined || ref.digest !== undefined)
        return ref;
    const versions = (await client.tags(ref)).map((t) => t.replace(/_/g, '+')).filter((v) => (0,semver.valid)(v) !== null);
    const best = (0,semver.maxSatisfying)(versions, ref.range);
    if (best === null)
        throw new registry_client/* RegistryError */.gl('not-found', `${ref.registry}/${ref.repository} has no version in the range ${ref.range} (${versions.length} versions listed${versions.length > 0 ? `, the highest ${[...versions].sort(semver.rcompare)[0]}` : ''})`);
    const tag = (0,chart_push/* chartTag */.bF)(best);
    return { original: `${ref.registry}/${ref.repository}:${tag}`, registry: ref.registry, repository: ref.repository, name: ref.name, tag };
}
/** Helm's media type for the packaged chart layer. */
const HELM_CHART_LAYER = 'application/vnd.cncf.helm.chart.content.v1.tar+gzip';
/** The packaged chart (.tgz bytes) that `ref` (`registry/repository/<chart>:<version>`, or a range: resolveChartVersion) names. */
async function pullChartArchive(client, asked) {
    const ref = await resolveChartVersion(client, asked);
    const manifest = await client.manifestAt(ref, ref.digest ?? ref.tag ?? 'latest');
    let layers;
    try {
        layers = JSON.parse(manifest.body.toString('utf8'))?.layers;
    }
    catch {
        throw new registry_client/* RegistryError */.gl('invalid', `${ref.original}: the manifest is not JSON`);
    }
    const chart = Array.isArray(layers)
        ? layers.find((l) => l && l.mediaType === HELM_CHART_LAYER && typeof l.digest === 'string')
        : undefined;
    if (!chart)
        throw new registry_client/* RegistryError */.gl('invalid', `${ref.original} is not a Helm chart (no layer of type ${HELM_CHART_LAYER})`, 'push the chart with helm push, or point the Application at the chart');
    return client.fetchBlob(ref, chart.digest, HELM_CHART_LAYER);
}

// EXTERNAL MODULE: ./packages/core/src/registry/helm-repository.ts
var helm_repository = __webpack_require__(2558);
;// CONCATENATED MODULE: ./packages/core/src/registry/blob-copy.ts
// One blob carried from a repository to another, possibly on another registry, the way the OCI distribution
// spec moves bytes: nothing when the target holds it (HEAD), a cross-repository mount within one registry, else
// an upload session fed from the source — one GET and one PUT for a small blob, ranged GETs each sent on as a
// PATCH for a large one, so no more than one chunk is ever held in memory. The bytes are hashed on the way and
// the session is closed with `?digest=` only when they are what the descriptor names, size and digest both.



const SHA256 = /^sha256:[0-9a-f]{64}$/;
/** `registry/repository@digest`, as the copy's errors name a blob. */
function blob_copy_named(ref, digest) {
    return `${ref.registry}/${ref.repository}@${digest}`;
}
/** Refuses a descriptor before a byte is asked for: a digest lockstep can check, a size within the bound. */
function checkDescriptor(from, blob, limits) {
    if (typeof blob.digest !== 'string' || !SHA256.test(blob.digest))
        throw new registry_client/* RegistryError */.gl('invalid', `${from.registry}/${from.repository}: a manifest names the blob ${String(blob.digest)}, not a sha256 digest`);
    if (!Number.isSafeInteger(blob.size) || blob.size < 0)
        throw new registry_client/* RegistryError */.gl('invalid', `${blob_copy_named(from, blob.digest)}: the manifest gives it no valid size`);
    if (blob.size > limits.maxBlobBytes)
        throw new registry_client/* RegistryError */.gl('invalid', `${blob_copy_named(from, blob.digest)} is ${blob.size} bytes, more than the ${limits.maxBlobBytes} lockstep copies`);
}
/** Copies `blob` from `from` to `to` unless the target holds it; the bytes sent are checked against the descriptor first. */
async function copyBlob(from, to, blob, limits) {
    checkDescriptor(from.ref, blob, limits);
    if (await to.client.hasBlob(to.ref, blob.digest))
        return 'present';
    const base = to.client.apiBase(to.ref.registry);
    const uploads = `${base}/v2/${to.ref.repository}/blobs/uploads/`;
    const mountable = from.ref.registry === to.ref.registry && from.ref.repository !== to.ref.repository;
    const query = mountable ? `?mount=${encodeURIComponent(blob.digest)}&from=${encodeURIComponent(from.ref.repository)}` : '';
    const opened = await to.client.authorized(to.ref, blob.digest, { method: 'POST', url: uploads + query, headers: {}, push: true });
    // 201: the registry mounted it from the other repository; 202: an upload session to fill.
    if (opened.status === 201)
        return 'mounted';
    let session = (0,registry_client/* uploadUrl */.zj)((0,http_transport/* header */.wx)(opened, 'location'), base, to.ref);
    const hash = (0,external_node_crypto_.createHash)('sha256');
    if (blob.size <= limits.chunkBytes) {
        const bytes = await readRange(from, blob, 0, blob.size, false);
        hash.update(bytes);
        checkHash(from, blob, hash.digest('hex'));
        await blob_copy_close(to, session, blob.digest, bytes);
        return 'copied';
    }
    for (let start = 0; start < blob.size; start += limits.chunkBytes) {
        const end = Math.min(blob.size, start + limits.chunkBytes);
        const bytes = await readRange(from, blob, start, end, true);
        hash.update(bytes);
        const sent = await to.client.authorized(to.ref, blob.digest, {
            method: 'PATCH',
            url: session.toString(),
            headers: { 'Content-Type': 'application/octet-stream', 'Content-Range': `${start}-${end - 1}` },
            body: bytes,
            push: true,
        });
        session = (0,registry_client/* uploadUrl */.zj)((0,http_transport/* header */.wx)(sent, 'location'), base, to.ref);
    }
    // Closed only for the right bytes: an upload never completed leaves nothing under the digest.
    checkHash(from, blob, hash.digest('hex'));
    await blob_copy_close(to, session, blob.digest, Buffer.alloc(0));
    return 'copied';
}
/** Bytes [start, end) of the blob from the source: exactly that many, or a RegistryError (a size that lies, a Range ignored). */
async function readRange(from, blob, start, end, ranged) {
    const want = end - start;
    let res;
    try {
        res = await from.client.authorized(from.ref, blob.digest, {
            method: 'GET',
            url: `${from.client.apiBase(from.ref.registry)}/v2/${from.ref.repository}/blobs/${blob.digest}`,
            headers: { Accept: '*/*', ...(ranged ? { Range: `bytes=${start}-${end - 1}` } : {}) },
            maxBytes: want,
        });
    }
    catch (e) {
        if (e instanceof registry_client/* RegistryError */.gl && e.kind === 'invalid' && /too large/i.test(e.message))
            throw new registry_client/* RegistryError */.gl('mismatch', ranged
                ? `${blob_copy_named(from.ref, blob.digest)}: the registry answered the read of bytes ${start}-${end - 1} with more than ${want} bytes (a Range it ignores)`
                : `${blob_copy_named(from.ref, blob.digest)}: the registry sent more than the ${blob.size} bytes its manifest gives`);
        throw e;
    }
    if (ranged && res.status !== 206)
        throw new registry_client/* RegistryError */.gl('invalid', `${from.ref.registry} answered HTTP ${res.status} to a ranged read of ${blob_copy_named(from.ref, blob.digest)}`);
    if (res.body.length !== want)
        throw new registry_client/* RegistryError */.gl('mismatch', `${blob_copy_named(from.ref, blob.digest)}: the registry sent ${start + res.body.length} bytes where its manifest gives ${blob.size}`);
    return res.body;
}
function checkHash(from, blob, hex) {
    if (`sha256:${hex}` !== blob.digest)
        throw new registry_client/* RegistryError */.gl('mismatch', `${blob_copy_named(from.ref, blob.digest)}: the bytes served hash to sha256:${hex}`);
}
/** The upload session closed with the digest (and the last bytes); the registry checks the digest once more. */
async function blob_copy_close(to, session, digest, bytes) {
    session.searchParams.set('digest', digest);
    await to.client.authorized(to.ref, digest, {
        method: 'PUT',
        url: session.toString(),
        headers: { 'Content-Type': 'application/octet-stream' },
        body: bytes,
        push: true,
    });
}

// EXTERNAL MODULE: ./packages/core/src/registry/manifest.ts
var manifest = __webpack_require__(8372);
// EXTERNAL MODULE: ./packages/core/src/registry/referrers.ts
var referrers = __webpack_require__(6937);
;// CONCATENATED MODULE: ./packages/core/src/registry/image-copy.ts
// An image copied by digest from one repository to another (another registry, as a promotion into an
// environment with `registry:` asks): the index, every manifest it lists, every blob, and the artifacts that
// vouch for it — its referrers (the OCI referrers API, else the `sha256-<hex>` fallback tag's index) and
// cosign's tag scheme (`sha256-<hex>.sig`, `.att`, `.sbom`). Each manifest is read by digest and checked
// against it, then PUT byte for byte with its media type, children before the index that lists them, so the
// digest is the same in both registries and every signature over it still verifies. Nothing is pinned on a
// copy this module did not end by reading back: every manifest by digest, every blob by HEAD, every tag.




const COPY_LIMITS = {
    maxManifests: 256,
    maxReferrers: 64,
    maxBlobBytes: 16 * 1024 ** 3,
    maxTotalBytes: 64 * 1024 ** 3,
    chunkBytes: 8 * 1024 * 1024,
};
/** cosign's tags beside an image: signatures, attestations, SBOMs. */
const COSIGN_SUFFIXES = ['.sig', '.att', '.sbom'];
/** Parses a manifest's JSON; a RegistryError names what is not one. */
function parse(from, digest, body) {
    try {
        const doc = JSON.parse(body.toString('utf8'));
        if (doc && typeof doc === 'object' && !Array.isArray(doc))
            return doc;
    }
    catch {
        // said below
    }
    throw new registry_client/* RegistryError */.gl('invalid', `${from.ref.registry}/${from.ref.repository}@${digest} is not a JSON manifest`);
}
/** The descriptors of a list (`manifests`, `layers`), each with a string digest and a size as given. */
function descriptors(list) {
    if (!Array.isArray(list))
        return [];
    return list
        .filter((d) => typeof d === 'object' && d !== null)
        .map((d) => ({
        digest: String(d.digest),
        size: typeof d.size === 'number' ? d.size : -1,
        ...(typeof d.mediaType === 'string' ? { mediaType: d.mediaType } : {}),
    }));
}
/** Reads what copying `digest` from `from` would carry, checking every manifest against its digest; writes nothing. */
async function planCopy(from, digest, limits = COPY_LIMITS) {
    const nodes = new Map();
    const order = [];
    const walk = async (d, depth, stored, tag) => {
        if (nodes.has(d) && !tag)
            return;
        if (order.length >= limits.maxManifests)
            throw new registry_client/* RegistryError */.gl('invalid', `${from.ref.registry}/${from.ref.repository}@${digest} holds more than ${limits.maxManifests} manifests`);
        const m = stored ?? (await from.client.manifestAt({ ...from.ref, digest: d, tag: undefined }, d));
        const doc = parse(from, d, m.body);
        const mediaType = m.mediaType ?? (typeof doc.mediaType === 'string' ? doc.mediaType : manifest/* MEDIA_TYPES */.Z2.ociManifest);
        const index = (0,manifest/* isIndexMediaType */.$$)(mediaType);
        const listed = descriptors(index ? doc.manifests : undefined);
        if (index && depth > 1)
            throw new registry_client/* RegistryError */.gl('invalid', `${from.ref.registry}/${from.ref.repository}@${d}: an index nested too deep`);
        // A non-distributable (foreign) layer is not in the registry: the runtime pulls it from its own URLs, as before.
        const layers = descriptors(doc.layers).filter((l) => !/nondistributable|foreign/.test(l.mediaType ?? ''));
        const blobs = index ? [] : [...descriptors(doc.config ? [doc.config] : []), ...layers];
        for (const b of blobs)
            checkDescriptor(from.ref, b, limits);
        const node = { digest: d, mediaType, body: m.body, children: listed.map((c) => c.digest), blobs, ...(tag ? { tag } : {}) };
        nodes.set(d, node);
        for (const c of listed) {
            if (!/^sha256:[0-9a-f]{64}$/.test(c.digest))
                throw new registry_client/* RegistryError */.gl('invalid', `${from.ref.registry}/${from.ref.repository}@${d} lists ${c.digest}, not a sha256 digest`);
            await walk(c.digest, depth + 1);
        }
        order.push(node);
    };
    await walk(digest, 0);
    const found = await referrersOf(from, digest, limits);
    for (const r of found.digests)
        await walk(r, 1);
    const tags = [];
    for (const suffix of COSIGN_SUFFIXES) {
        const tag = `${(0,referrers/* referrersTag */.LN)(digest)}${suffix}`;
        const m = await from.client.fetchManifest({ ...from.ref, tag, digest: undefined }, tag);
        if (!m)
            continue;
        tags.push(tag);
        await walk(m.digest, 1, m, tag);
    }
    const unique = new Map(order.flatMap((n) => n.blobs).map((b) => [b.digest, b]));
    const bytes = [...unique.values()].reduce((s, b) => s + b.size, 0);
    if (bytes > limits.maxTotalBytes)
        throw new registry_client/* RegistryError */.gl('invalid', `${from.ref.registry}/${from.ref.repository}@${digest} weighs ${bytes} bytes, more than the ${limits.maxTotalBytes} lockstep copies`);
    return {
        digest,
        nodes: order,
        ...(found.index ? { referrersIndex: found.index } : {}),
        referrers: found.digests.length,
        tags,
        blobs: unique.size,
        bytes,
    };
}
/** The referrers of `digest`: from the API, else the fallback tag (kept to write it in the target); refused past the bound. */
async function referrersOf(from, digest, limits) {
    const tag = (0,referrers/* referrersTag */.LN)(digest);
    let body = await from.client.referrers(from.ref, digest);
    let kept = body && { tag, body, mediaType: manifest/* MEDIA_TYPES */.Z2.ociIndex, api: true };
    if (body === undefined) {
        const m = await from.client.fetchManifest({ ...from.ref, tag, digest: undefined }, tag);
        if (!m)
            return { digests: [] };
        body = m.body;
        kept = { tag, body, mediaType: m.mediaType ?? manifest/* MEDIA_TYPES */.Z2.ociIndex };
    }
    const listed = descriptors(parse(from, tag, body).manifests);
    if (listed.length > limits.maxReferrers)
        throw new registry_client/* RegistryError */.gl('invalid', `${from.ref.registry}/${from.ref.repository}@${digest} has ${listed.length} referrers, more than the ${limits.maxReferrers} lockstep copies`);
    for (const r of listed)
        if (!/^sha256:[0-9a-f]{64}$/.test(r.digest))
            throw new registry_client/* RegistryError */.gl('invalid', `the referrers of ${from.ref.registry}/${from.ref.repository}@${digest} list ${r.digest}, not a sha256 digest`);
    return { digests: listed.map((r) => r.digest), ...(kept && listed.length > 0 ? { index: kept } : {}) };
}
/**
 * Carries `plan` (planCopy's, from `from`) into `to`: blobs, then each manifest by digest (a cosign tag's under
 * its tag) children first, then the referrers fallback tag, then reads everything back. A RegistryError on any
 * step: the caller pins nothing.
 */
async function runCopy(from, to, plan, limits = COPY_LIMITS) {
    const blobs = { present: 0, mounted: 0, copied: 0 };
    const done = new Set();
    for (const node of plan.nodes) {
        for (const b of node.blobs) {
            if (done.has(b.digest))
                continue;
            done.add(b.digest);
            try {
                blobs[await copyBlob(from, to, b, limits)]++;
            }
            catch (e) {
                throw namingBlob(e, b.digest);
            }
        }
        const stored = await to.client.pushManifest(to.ref, node.tag ?? node.digest, node.body, node.mediaType);
        if (stored !== node.digest)
            throw new registry_client/* RegistryError */.gl('mismatch', `${to.ref.registry}/${to.ref.repository}: ${node.digest} was stored as ${stored}`);
    }
    // Referrers the source's API listed are listed by the target's own API, from their subject; without one, by the tag.
    const index = plan.referrersIndex;
    if (index && (!index.api || (await to.client.referrers(to.ref, plan.digest)) === undefined))
        await writeReferrersIndex(to, index);
    await readBack(to, plan);
    return { manifests: plan.nodes.length, referrers: plan.referrers, tags: plan.tags, blobs, bytes: plan.bytes };
}
/** A registry's failure while a blob was carried, said with the blob (a cut-off answer names only the host). */
function namingBlob(e, digest) {
    // Anything else (a programming error) goes on as it came.
    if (!(e instanceof registry_client/* RegistryError */.gl) || e.message.includes(digest))
        return e;
    return new registry_client/* RegistryError */.gl(e.kind, `the blob ${digest}: ${e.message}`, e.hint, e.cliHint);
}
/**
 * The fallback tag in the target: the source's index as it is when the target has none; when it has one (its own
 * referrers, or an earlier copy), the source's entries it lacks added to it. The tag moves as the OCI spec has
 * its fallback move: it is an index of descriptors, not an artifact anyone signs.
 */
async function writeReferrersIndex(to, index) {
    const there = await to.client.fetchManifest({ ...to.ref, tag: index.tag, digest: undefined }, index.tag);
    if (!there) {
        await to.client.pushManifest(to.ref, index.tag, index.body, index.mediaType);
        return;
    }
    const ours = descriptorList(index.body);
    const theirs = descriptorList(there.body);
    const known = new Set(theirs.map((d) => d.digest));
    const missing = ours.filter((d) => !known.has(d.digest));
    if (missing.length === 0)
        return;
    const merged = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: manifest/* MEDIA_TYPES */.Z2.ociIndex, manifests: [...theirs, ...missing] }));
    await to.client.pushManifest(to.ref, index.tag, merged, manifest/* MEDIA_TYPES */.Z2.ociIndex);
}
function descriptorList(body) {
    try {
        const list = JSON.parse(body.toString('utf8')).manifests;
        return Array.isArray(list) ? list.filter((d) => typeof d?.digest === 'string') : [];
    }
    catch {
        return [];
    }
}
/** Every manifest read back from the target by digest (its bytes the source's), every blob by HEAD, every tag's digest. */
async function readBack(to, plan) {
    const where = `${to.ref.registry}/${to.ref.repository}`;
    for (const node of plan.nodes) {
        const got = await to.client.fetchManifest({ ...to.ref, digest: node.digest, tag: undefined }, node.digest);
        if (!got || !got.body.equals(node.body))
            throw new registry_client/* RegistryError */.gl('mismatch', `${where}@${node.digest} does not read back as copied`);
        if (node.tag) {
            const tagged = await to.client.fetchManifest({ ...to.ref, tag: node.tag, digest: undefined }, node.tag);
            if (tagged?.digest !== node.digest)
                throw new registry_client/* RegistryError */.gl('mismatch', `${where}:${node.tag} does not name ${node.digest} after the copy`);
        }
        for (const b of node.blobs)
            if (!(await to.client.hasBlob(to.ref, b.digest)))
                throw new registry_client/* RegistryError */.gl('mismatch', `${where} lacks the blob ${b.digest} after the copy`);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/promote/registry-port.ts
// The registry side of a promotion: image digests resolved (and verified against a `verify:` policy),
// charts read from their OCI artifacts; a registry's refusal becomes a UserError naming the image.







/**
 * What a promotion reads from registries through `registry`; the verify policies are read from `workdir`, a classic
 * repository's credentials from Helm's repositories.yaml (`helmRepositories`; anonymous without it).
 */
function promoteRegistry(registry, workdir, helmRepositories, copier = () => registry) {
    let verifier;
    return {
        async copyImage(from, to, digest, dryRun) {
            const client = copier();
            const source = { client, ref: (0,reference/* parseReference */.F2)(`${from}@${digest}`) };
            const target = { client, ref: (0,reference/* parseReference */.F2)(`${to}@${digest}`) };
            try {
                const plan = await planCopy(source, digest);
                const counts = { manifests: plan.nodes.length, blobs: plan.blobs, bytes: plan.bytes, referrers: plan.referrers, tags: plan.tags };
                if (dryRun)
                    return { ...counts, sent: 0 };
                const done = await runCopy(source, target, plan);
                return { ...counts, sent: done.blobs.copied + done.blobs.mounted };
            }
            catch (e) {
                if (e instanceof registry_client/* RegistryError */.gl)
                    throw e.asUserError(`${from}@${digest} could not be copied to ${target.ref.registry}`, 'check both registries and the credentials for them (docker login), then run again; nothing was pinned, committed or pushed');
                throw e;
            }
        },
        async resolveDigest(ref, service) {
            try {
                return (await registry.resolve(ref)).digest;
            }
            catch (e) {
                if (e instanceof registry_client/* RegistryError */.gl)
                    throw e.asUserError(`${service}: could not resolve ${ref.original} to a digest`, (0,src_errors/* words */.aL) `check that the image was pushed with this tag (${(0,src_errors/* named */.KT)('resolve-digests')} proves it exists before anything is written)`);
                throw e;
            }
        },
        async verifyDigest(service, ref, digest, policy) {
            // Loaded on the first digest a `verify:` policy covers: promotions without one never load the verifiers.
            const { DigestVerifier, policyFiles } = await __webpack_require__.e(/* import() */ 702).then(__webpack_require__.bind(__webpack_require__, 9702));
            verifier ??= new DigestVerifier(registry, policyFiles(workdir));
            try {
                return await verifier.verify(service, ref, digest, policy);
            }
            catch (e) {
                if (e instanceof registry_client/* RegistryError */.gl)
                    throw e.asUserError(`${service}: could not verify ${ref.name}@${digest}`, 'check the registry and retry; nothing was written');
                throw e;
            }
        },
        async readChart(ref) {
            return (0,archive/* readChartArchive */.h)(await pullChartArchive(registry, ref), `the chart ${ref.original}`, { templates: true, subcharts: true });
        },
        pullChartArchive: (ref) => pullChartArchive(registry, ref),
        pullRepositoryChart: (repoURL, chart, version) => (0,helm_repository/* pullRepositoryChart */.o8)(registry, repoURL, chart, version, helmRepositories),
    };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./packages/core/src/registry/helm-repositories.ts
// Credentials for a classic Helm repository, taken from where Helm itself keeps
// them: the repositories.yaml that `helm repo add NAME URL --username U
// --password-stdin` writes (a workflow step before lockstep's, or a terminal).
// Its path is Helm's: $HELM_REPOSITORY_CONFIG, else repositories.yaml in
// $HELM_CONFIG_HOME, else in $XDG_CONFIG_HOME/helm, else ~/.config/helm. The
// entry used is the one whose `url` is the repository's URL (scheme and host in
// any case, trailing slashes ignored); nothing else in the file is read. The file
// is read once, only when a classic repository is read, and every password taken
// from it is masked (the runner's setSecret) before it is used.
//
// Where the credentials go is registry/helm-repository.ts's business: only to
// the repository's own origin. Helm's pass_credentials_all (send them to
// whatever host the index names) is not honoured: an archive on another host is
// fetched anonymously, as chart-releaser's archives on github.com are.




/** The repositories.yaml Helm reads, as Helm finds it on Linux; `shown` is the path with the home directory as `~`. */
function helmRepositoriesPath(env) {
    const home = env.HOME ?? '';
    const path = env.HELM_REPOSITORY_CONFIG ||
        (env.HELM_CONFIG_HOME
            ? (0,external_node_path_.join)(env.HELM_CONFIG_HOME, 'repositories.yaml')
            : (0,external_node_path_.join)(env.XDG_CONFIG_HOME || (0,external_node_path_.join)(home, '.config'), 'helm', 'repositories.yaml'));
    const shown = home !== '' && path.startsWith(`${home}/`) ? `~/${path.slice(home.length + 1)}` : path;
    return { path, shown };
}
/** A repository URL as entries are matched: scheme and host lower-cased (URL does it), default port dropped, no trailing slash. */
function repositoryKey(url) {
    try {
        const u = new URL(url.trim());
        return `${u.protocol}//${u.host}${u.pathname.replace(/\/+$/, '')}`;
    }
    catch {
        return undefined;
    }
}
const asObj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : undefined);
const asStr = (v) => (typeof v === 'string' ? v : '');
/**
 * The credentials source for classic repositories: the repositories.yaml at
 * Helm's path, read on the first lookup. A file that is there but cannot be
 * read as Helm's repositories file is a RegistryError (`invalid`), so a chart
 * read from a repository fails rather than going anonymously.
 */
function helmRepositoriesSource(o) {
    const { path, shown } = helmRepositoriesPath(o.env);
    const readFile = o.readFile ??
        ((p) => {
            try {
                return (0,external_node_fs_.readFileSync)(p, 'utf8');
            }
            catch (e) {
                if (e.code === 'ENOENT')
                    return undefined;
                throw new registry_client/* RegistryError */.gl('invalid', `${shown} cannot be read (${e.code ?? 'error'})`);
            }
        });
    let entries;
    const load = () => {
        if (entries)
            return entries;
        const text = readFile(path);
        if (text === undefined)
            return (entries = []);
        let doc;
        try {
            doc = (0,dist/* parse */.qg)(text, { maxAliasCount: 100 });
        }
        catch (e) {
            throw new registry_client/* RegistryError */.gl('invalid', `${shown} is not YAML (${e.message.split('\n')[0]})`);
        }
        const list = asObj(doc)?.repositories ?? [];
        if (doc !== null && doc !== undefined && !asObj(doc))
            throw new registry_client/* RegistryError */.gl('invalid', `${shown} is not Helm's repositories file`);
        if (!Array.isArray(list))
            throw new registry_client/* RegistryError */.gl('invalid', `${shown}: repositories is not a list`);
        return (entries = list.flatMap((e) => (asObj(e) ? [asObj(e)] : [])));
    };
    return {
        shown,
        lookup(repoURL) {
            const key = repositoryKey(repoURL);
            if (key === undefined)
                return undefined;
            const entry = load().find((e) => repositoryKey(asStr(e.url)) === key);
            const username = asStr(entry?.username);
            const password = asStr(entry?.password);
            if (!entry || username === '' || password === '')
                return undefined;
            o.secret(password);
            // A multi-line password is masked line by line too: the runner matches masks within one log line.
            for (const line of password.split(/\r?\n/))
                if (line.length >= 4 && line !== password)
                    o.secret(line);
            o.secret(Buffer.from(`${username}:${password}`).toString('base64'));
            return { name: asStr(entry.name) || key, username, password };
        },
    };
}

// EXTERNAL MODULE: ./packages/core/src/git/signing.ts
var signing = __webpack_require__(7245);
;// CONCATENATED MODULE: ./packages/core/src/promote/world.ts
// The real world of a promotion, bound from the World's generic services
// (contract/world.ts Services: repo, github, registry, http; each absent one
// the real one): the Repo promoted in as the git port (git-port.ts), the
// GitHub client as the GitHub port (github-port.ts), a registry client as the
// registry side (registry-port.ts). `repository: owner/name` promotes in
// another repository: a bare clone in a temp folder, fetched with the token.




















/**
 * Where the repository promoted in lives: with `repository` (another
 * repository, e.g. a gitops one) a fresh bare repository in a temp folder
 * whose origin is that repository on `serverUrl`, removed by `cleanup`;
 * otherwise the checkout itself and its origin.
 */
async function repositoryPromotedIn(o, serverUrl, open) {
    if (o.repository) {
        const repoDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(o.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'lockstep-promote-'));
        const cleanup = [() => (0,external_node_fs_.rmSync)(repoDir, { recursive: true, force: true })];
        const remoteUrl = `${serverUrl.replace(/\/+$/, '')}/${o.repository}.git`;
        // The token goes in the header git reads from its environment (authedGit); a credential in the
        // URL would be in `git remote add`'s argv and in the clone's config.
        if (/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(remoteUrl))
            throw new src_errors/* UserError */.yo('GITHUB_SERVER_URL holds a user name or password; lockstep sends the token in a header and never puts a credential in a remote URL', { hint: 'set GITHUB_SERVER_URL to the plain server address (https://host)' });
        await initBareWithOrigin(open(repoDir), remoteUrl);
        return { repoDir, remoteUrl, cleanup };
    }
    const top = await topLevel(open(o.workdir));
    if (!top)
        throw new src_errors/* UserError */.yo('working-directory is not inside a git repository', {
            hint: 'run actions/checkout before promote-env',
            cliHint: 'run lockstep in a git repository',
        });
    const url = await open(top).remoteUrl();
    // A dry run reads the local branches when there is no remote; only pushing and pull requests need one.
    if (!url && !o.dryRun)
        throw new src_errors/* UserError */.yo("the repository has no 'origin' remote to push the promotion to", {
            hint: 'check out the repository with actions/checkout',
            cliHint: 'add one with git remote add origin <url>, pass --repository owner/name to promote in another repository, or leave out --push for a dry run',
        });
    return { repoDir: top, remoteUrl: url || undefined, cleanup: [] };
}
/**
 * The base branch promoted on: the input, else (on origin) the event's default branch when promoting in this
 * repository, else origin's HEAD; without a remote, the local default branch, else the current one; else main.
 */
async function baseBranch(o, git, remote, eventDefault) {
    if (remote)
        return o.base ?? (o.repository ? undefined : eventDefault) ?? (await git.remoteHead()) ?? 'main';
    return o.base ?? (await localDefaultBranch(git)) ?? (await currentBranch(git)) ?? 'main';
}
/**
 * One GitHub client for the run, made on first use (pull requests and checks, and in commit-mode api the
 * commits): undefined without a token or a repository; apiClient refuses then, naming what commit-mode api needs.
 */
function gitHubClient(o, services, repository) {
    let gh;
    const openGitHub = services.github ?? (o.token ? gitHubOpener(o.token, o.env) : undefined);
    const client = o.token && repository && openGitHub ? () => (gh ??= openGitHub(repository, { log: o.log })) : undefined;
    const apiClient = () => {
        if (!client)
            throw new src_errors/* UserError */.yo((0,src_errors/* words */.aL) `${(0,src_errors/* named */.KT)('commit-mode', 'api')} needs ${(0,src_errors/* named */.KT)('github-token')} and the repository`, {
                hint: (0,src_errors/* words */.aL) `${(0,src_errors/* setting */.Pe)('github-token')} (contents: write), or ${(0,src_errors/* setting */.Pe)('commit-mode', 'git')}`,
            });
        return client();
    };
    return { client, apiClient };
}
/** The render's binaries, each looked up once per session: a Helm per major asked, kustomize. */
function renderTools(env) {
    const helms = new Map();
    let kustomize;
    return {
        findHelm(major) {
            let helm = helms.get(major);
            if (!helm)
                helms.set(major, (helm = (0,render_helm/* findHelmOf */.pz)(major, env)));
            return helm;
        },
        helmCandidate: (major) => (0,render_helm/* helmCandidate */.YK)(major, env),
        learnHelmVersion: (path, answer) => (0,render_helm/* learnVersion */.J7)(path, answer),
        findKustomize() {
            if (kustomize === undefined)
                kustomize = findKustomize(env) ?? null;
            return kustomize ?? undefined;
        },
    };
}
/**
 * The promotion's registry client (the Docker config as capture-digests reads it: its auths entry or credential
 * helper per registry), and, opened on first use, the one an image's copy into an environment's registry runs on:
 * blobs take longer than the 2 minutes a lookup is given.
 */
function registryClients(services, transport, o) {
    const open = services.registry ?? ((r) => new registry_client/* RegistryClient */.bP(r));
    const options = {
        transport,
        log: o.log,
        credentials: dockerCredentialSource({ configPath: dockerConfigPath(o.env, o.env.HOME ?? ''), secret: o.secret, log: o.log }),
    };
    let copier;
    return { registry: open(options), copier: () => (copier ??= open({ ...options, deadlineMs: 30 * 60000, requestTimeoutMs: 5 * 60000 })) };
}
/** Opens the git, GitHub and registry sides of a promotion from the World's services. */
async function openPromoteWorld(o) {
    const ctx = readRunContext(o.env);
    for (const s of authSecrets(o.token))
        o.secret(s);
    if (!o.dryRun) {
        const readOnly = readOnlyTokenReason(ctx);
        if (readOnly)
            throw new src_errors/* UserError */.yo(readOnly, {
                hint: (0,src_errors/* words */.aL) `run promote-env on push, workflow_dispatch or workflow_run, or ${(0,src_errors/* setting */.Pe)('dry-run', 'true')} here`,
            });
    }
    const services = o.services ?? {};
    const open = services.repo ?? repoOpener(o.env);
    const repository = o.repository ?? ctx.repository;
    const { repoDir, remoteUrl, cleanup } = await repositoryPromotedIn(o, ctx.serverUrl, open);
    const git = remoteUrl ? open(repoDir, { remoteUrl, token: o.token }) : open(repoDir);
    // Without a remote the local branches are read: a repository with no commit has none to read.
    if (!remoteUrl) {
        const noHead = await headProblem(git, 'nothing to read the environments from');
        if (noHead)
            throw noHead;
    }
    const reader = new ObjectReader(repoDir, o.env);
    cleanup.unshift(() => reader.dispose());
    if (o.signing && !o.dryRun) {
        const key = await (0,signing/* openSigningKey */.bc)(o.signing, o.env);
        cleanup.push(() => key.cleanup());
        (0,signing/* signWith */.Ez)(git, key);
    }
    const base = await baseBranch(o, git, remoteUrl !== undefined, ctx.event?.repository?.default_branch);
    // What the environments are read from, for the faces to say (a terminal's local commits are not on origin).
    const readFrom = remoteUrl ? `origin/${base}` : `the local branch ${base} (no origin remote)`;
    const { client, apiClient } = gitHubClient(o, services, repository);
    const promoteGit = promoteGitOf(git, reader, { remote: remoteUrl !== undefined, base, apiClient, identity: o.identity });
    const transport = (services.http ?? http_transport/* nodeTransport */._3)();
    cleanup.push(() => transport.close());
    const { registry, copier } = registryClients(services, transport, o);
    return {
        base,
        readFrom,
        repoDir,
        async readAtBase(path) {
            const tip = await promoteGit.fetchBranch(base);
            if (!tip)
                throw new src_errors/* UserError */.yo(`the base branch ${base} does not exist in ${repository ?? 'the repository'}`, {
                    hint: (0,src_errors/* words */.aL) `set ${(0,src_errors/* named */.KT)('base')} to an existing branch`,
                });
            return promoteGit.readAt(tip, path);
        },
        world: {
            git: promoteGit,
            github: client ? promoteGitHub(client, o.log) : undefined,
            readLocal: o.readLocal,
            log: o.log,
            ...(repository ? { repoUrl: `${ctx.serverUrl.replace(/\/+$/, '')}/${repository}` } : {}),
            ...promoteRegistry(registry, o.workdir, helmRepositoriesSource({ env: o.env, secret: o.secret }), copier),
            ...renderTools(o.env),
            webhook: (req) => transport(req),
        },
        close() {
            for (const c of cleanup) {
                try {
                    c();
                }
                catch {
                    // best effort
                }
            }
            return Promise.resolve();
        },
    };
}

// EXTERNAL MODULE: ./packages/core/src/promote/values-drift.ts
var values_drift = __webpack_require__(9836);
// EXTERNAL MODULE: ./packages/core/src/promote/values-contract.ts + 1 modules
var values_contract = __webpack_require__(379);
// EXTERNAL MODULE: ./packages/core/src/values/contract-drift.ts + 2 modules
var contract_drift = __webpack_require__(8253);
// EXTERNAL MODULE: ./packages/core/src/deploy/flux/flux-release.ts + 1 modules
var flux_release = __webpack_require__(4406);
;// CONCATENATED MODULE: ./packages/core/src/promote/flux-drift.ts
// values-drift for an environment deployed by a Flux HelmRelease: when the
// promotion moves its chart version (spec.chart.spec.version, or the
// OCIRepository's tag and digest), the values the environment sets — the
// spec.values of its HelmRelease (the patch and the base it patches) and the
// values files of the ConfigMaps its spec.valuesFrom takes from the
// repository — are judged against the chart version it runs and the one
// promoted, each read from the HelmRelease's own source (flux-release.ts): an
// OCI HelmRepository or OCIRepository (by its digest when it pins one), a
// classic https HelmRepository (index.yaml, digest checked), or, as for an
// Application, the chart's release tag or folder in this repository.




/** The comparison for a Flux environment whose chart version the plan moves; undefined when it moves none or the mode is off. */
async function fluxValuesDrift(req, route, plan, ports, baseSha, cache) {
    const mode = route.to.settings.valuesDrift;
    const { to } = route;
    const env = (0,flux_release/* fluxRef */.z8)(to);
    if (mode === 'off' || !plan.chart || !env)
        return undefined;
    const readBase = (p) => ports.git.readAt(baseSha, p);
    const readAfter = (0,promote_plan/* readAfterPlan */.U2)(plan, readBase);
    const [was, now] = await Promise.all([(0,flux_release/* readFluxRelease */.V3)(env, readBase, cache), (0,flux_release/* readFluxRelease */.V3)(env, readAfter, cache)]);
    const at = { file: plan.chart.file, line: plan.chart.line };
    const [current, promoted] = await Promise.all([
        (0,values_drift/* chartLocator */.v0)(req, was.source, ports, baseSha, to.values, at)(plan.chart.old),
        (0,values_drift/* chartLocator */.v0)(req, now.source, ports, baseSha, to.values, at)(plan.chart.new),
    ]);
    // The texts after the plan: what the environment will set once the promotion lands.
    const texts = new Map();
    for (const d of now.documents)
        texts.set(d.file, (await readAfter(d.file)) ?? '');
    return (0,values_drift/* driftOutcome */.Et)(mode, plan.chart, current, promoted, (charts) => {
        const findings = [];
        const notCompared = [];
        const add = (r) => {
            findings.push(...r.findings);
            notCompared.push(...r.notCompared);
        };
        for (const d of now.documents) {
            const text = texts.get(d.file);
            const values = (0,flux_release/* specValues */.eK)(text, d.file, d.document, cache);
            if (values() !== undefined)
                add((0,contract_drift/* compareDrift */.p)(text, d.file, charts, values, cache));
        }
        // A ConfigMap's values file (a configMapGenerator's) is a values file of its own.
        for (const v of now.values)
            if (v.plain && v.path !== undefined)
                add((0,contract_drift/* compareDrift */.p)(v.text, v.path, charts, undefined, cache));
        return { findings, notCompared };
    });
}

// EXTERNAL MODULE: ./packages/core/src/promote/render.ts + 1 modules
var render = __webpack_require__(4741);
// EXTERNAL MODULE: ./packages/core/src/render/images.ts
var render_images = __webpack_require__(1930);
;// CONCATENATED MODULE: ./packages/core/src/promote/render-proof.ts
// Writes go where the deployer reads, proved by a render (issue 72): after the
// plan's edits the target is rendered as its deployer renders it (the plan's
// files on top of the base, rendered-run.ts) and each promoted service looked
// for by its image repository. A promotion whose render would run another
// image — a strategic-merge patch that renames the image so the added images:
// entry matches nothing, a values file later in the list that resets the tag —
// is refused at the line that makes it so (traced in the texts the render
// read), before anything is written. A target that does not render is left to
// the render's own report (render.ts refuses a protected one).





/**
 * Throws a UserError (file:line) when the target rendered after the plan would not run a promoted image: the
 * service's repository runs with another tag or digest, or a pin the promotion adds (its place held none) is run
 * by no container. Nothing to prove without edited files, with render: off, or where the target does not render.
 */
async function proveWrites(req, route, plan, world, baseSha) {
    const { to } = route;
    if (plan.files.length === 0 || plan.changes.length === 0 || to.settings.render === 'off')
        return;
    const run = await (0,rendered_run.renderedRun)(req, to, world, baseSha, (0,promote_plan/* readAfterPlan */.U2)(plan, (p) => world.git.readAt(baseSha, p)));
    if (!('pins' in run))
        return;
    for (const c of plan.changes) {
        const image = req.services.find((s) => s.name === c.service)?.image;
        if (image === undefined || (0,reference/* imageIdentity */.a)(image) === undefined)
            continue;
        const pin = run.pins.get(c.service);
        if (pin ? runsPromoted(pin, c) : !c.added)
            continue;
        const wanted = `${image}${c.newTag ? `:${c.newTag}` : ''}${c.newDigest ? `@${c.newDigest}` : ''}`;
        const origin = pin ? (0,render_images/* traceImage */.Jz)(pin.image, run.sources) : undefined;
        throw new src_errors/* UserError */.yo(pin
            ? `render: after this promotion ${to.name} would still run ${pin.image} (${pin.object}), not ${wanted}: the pin written at ${c.file}:${c.line} does not win over it; nothing was written`
            : `render: after this promotion ${to.name} would run no image of ${image}: the pin added at ${c.file}:${c.line} is not what its deployer runs; nothing was written`, {
            ...(origin ? { file: origin.file, line: origin.line } : { file: c.file, line: c.line }),
            hint: pin
                ? `this line ${origin?.text ?? 'sets it'} after the pin is applied: pin the image here (or drop it) so the promoted pin is what runs`
                : `find what renames or drops ${image} in what ${to.name} renders (a patch, a later values file), or configure services.${c.service}.image as the image it runs`,
        });
    }
}
/** Whether the rendered image is the promoted one: its digest when one is promoted, else its tag. */
function runsPromoted(pin, c) {
    if (c.newDigest !== undefined)
        return pin.digest === c.newDigest;
    return c.newTag === undefined || pin.tag === c.newTag;
}

// EXTERNAL MODULE: ./packages/core/src/promote/render-helm.ts + 1 modules
var promote_render_helm = __webpack_require__(7625);
// EXTERNAL MODULE: ./packages/core/src/deploy/argocd/application.ts + 1 modules
var argocd_application = __webpack_require__(4689);
;// CONCATENATED MODULE: ./packages/core/src/promote/render-ahead.ts
// The target's before side rendered ahead of the plan. The environment as it
// runs now (the base's Application, values and chart) does not depend on
// what is promoted, so its `helm template` can run while the base is fetched
// (from the tip the clone holds) and while the plan is made and checked;
// renderPromotion then finds the output in the renderer's cache, keyed by a
// digest of every input, and waits only for the after side's Helm. That run
// also prints its Helm's version, which findHelm takes instead of asking
// `helm version`. Best effort and offline: only a chart held in this
// repository at that commit, nothing fetched (a release tag, a registry, a
// classic repository); whatever goes wrong is left for renderPromotion to
// meet and say.





/**
 * Starts the Helm run of the target's before side when the target renders an Application's chart held in this
 * repository; the promise (never rejected) settles when that run has ended or was not started. That run prints the
 * version of its Helm (render/helm.ts versionProbe): findHelm takes it from there (learnAhead), so no `helm version`
 * runs beside it; `tell` is learnAhead's, where renderAheadOfFetch asked first.
 */
function renderAhead(req, route, ports, baseSha, tell) {
    const { to } = route;
    const application = rendersAhead(route);
    if (application === undefined)
        return Promise.resolve();
    const told = tell ?? learnAhead(route, ports);
    // Once per commit in a run: the side read ahead of the fetch is not read again when the fetch left the tip there.
    let commits = started.get(ports);
    if (!commits)
        started.set(ports, (commits = new Set()));
    if (commits.has(baseSha)) {
        told(undefined);
        return Promise.resolve();
    }
    commits.add(baseSha);
    return (async () => {
        // The binary findHelm will most likely answer renders at once; its output is in the cache of that binary's
        // renderer, which renderPromotion reads only where findHelm answers the same binary, usable.
        const path = ports.helmCandidate(to.helmVersion) ?? (await usableHelm(ports, to.helmVersion));
        if (path === undefined)
            return;
        const { file: appFile, name } = (0,argocd_application/* splitApplicationRef */.O6)(application);
        const appText = await ports.git.readAt(baseSha, appFile);
        if (appText === undefined)
            return;
        const ctx = { req, ports, baseSha, values: to.values, appFile, name, listed: (0,promote_render_helm/* listedFor */.JB)(ports), offline: true };
        const side = await (0,render/* applicationSide */.mn)(ctx, appText, (p) => ports.git.readAt(baseSha, p));
        if (!('side' in side))
            return;
        // At a lower CPU priority: on a runner's two cores the plan, and the after side's Helm, are what the run waits for.
        const out = await (0,promote_render_helm/* rendererFor */.L3)(ports, path, req.renderConfig ?? promote_render_helm/* RENDER_DEFAULTS */.MB).output(side.side, false, true);
        told(out.ok ? out.helmVersion : undefined);
    })()
        .catch(() => undefined)
        .finally(() => told(undefined));
}
/**
 * Has findHelm wait for the version the render ahead's Helm run prints, where nothing asked that binary's version yet
 * (PromoteWorld's learnHelmVersion); the function returned tells it (undefined: none, and `helm version` runs then).
 * Call it before askHelmAhead.
 */
function learnAhead(route, ports) {
    const path = ports.helmCandidate(route.to.helmVersion);
    if (path === undefined)
        return () => undefined;
    let tell = () => undefined;
    const answer = new Promise((resolve) => (tell = resolve));
    return ports.learnHelmVersion(path, answer) ? tell : () => undefined;
}
/** The commits each world's render-ahead started at. */
const started = new WeakMap();
/** The Application whose chart the target renders with Helm ahead of the plan, when it renders one. */
function rendersAhead(route) {
    const { to } = route;
    const pin = (0,kind/* deploymentOf */.PE)(to)?.chartPin;
    return (0,promote_render_helm/* renderMode */.IA)(route) === 'off' || pin?.by !== 'Application' ? undefined : pin.ref;
}
/**
 * renderAhead at the base branch's tip as this clone holds it before the fetch (knownTip): the environment as it
 * runs now has most often not moved since the checkout, so its Helm runs while the remote is asked. planChecked
 * starts renderAhead again at the fetched tip only where it moved; a side whose inputs did not change is still
 * the renderer cache's (keyed by their digest, not by the commit). A tip that moved costs one Helm run for nothing.
 * The promise (never rejected) settles when that run has ended or was not started.
 */
function renderAheadOfFetch(req, route, ports) {
    // No Helm on PATH to render with: nothing read ahead (the object reader it would start is restarted by the fetch).
    if (rendersAhead(route) === undefined || ports.helmCandidate(route.to.helmVersion) === undefined)
        return Promise.resolve();
    const tell = learnAhead(route, ports);
    return ports.git
        .knownTip(req.base)
        .then((tip) => (tip ? renderAhead(req, route, ports, tip, tell) : undefined))
        .catch(() => undefined)
        .finally(() => tell(undefined));
}
/** The path of the environment's Helm once its version is known, when render: auto may use it. */
async function usableHelm(ports, major) {
    const helm = await ports.findHelm(major);
    return helm && (0,render_helm/* helmUsable */.hm)(helm) ? helm.path : undefined;
}

// EXTERNAL MODULE: ./packages/core/node_modules/semver/functions/compare.js
var compare = __webpack_require__(5864);
var compare_default = /*#__PURE__*/__webpack_require__.n(compare);
// EXTERNAL MODULE: ./packages/core/node_modules/semver/functions/valid.js
var valid = __webpack_require__(7306);
var valid_default = /*#__PURE__*/__webpack_require__.n(valid);
;// CONCATENATED MODULE: ./packages/core/src/promote/image-downgrade.ts
// An image tag a promotion writes, checked as the chart version is (chart-version.ts): a tag that is SemVer on
// both sides and lower than the one the target runs is refused at the target's line, unless the promotion is a
// rollback (`from: ref:…`) or allow-image-downgrade is set, in which case the pull request says it. A tag that
// is not SemVer on either side (`latest`, a commit sha, a date) is not compared.



/** The notes of the lowered tags a rollback or allow-image-downgrade lets through; throws every other one at its line. */
function checkImageDowngrades(req, route, plan) {
    const notes = [];
    const refused = [];
    for (const c of plan.changes) {
        const [from, to] = [c.oldTag && valid_default()(c.oldTag), c.newTag && valid_default()(c.newTag)];
        if (!from || !to || compare_default()(to, from) >= 0)
            continue;
        const what = `${c.service} ${c.oldTag} → ${c.newTag} lowers the image tag ${route.to.name} runs`;
        if (req.from.kind === 'ref')
            notes.push(`Rollback: ${what}.`);
        else if (req.allowImageDowngrade)
            notes.push(`${what} (allow-image-downgrade).`);
        else
            refused.push(new src_errors/* UserError */.yo(what, {
                file: c.file,
                line: c.line,
                hint: 'roll back with from: ref:<tag-or-sha>, or set allow-image-downgrade: true to lower it on purpose',
                cliHint: 'roll back with --from ref:<tag-or-sha>, or pass --allow-image-downgrade to lower it on purpose',
            }));
    }
    (0,src_errors/* throwAll */.Kx)(refused);
    return notes;
}

// EXTERNAL MODULE: ./packages/core/src/promote/rollback-history.ts
var rollback_history = __webpack_require__(8197);
// EXTERNAL MODULE: ./packages/core/src/values/chart-files.ts
var chart_files = __webpack_require__(9630);
// EXTERNAL MODULE: ./packages/core/src/promote/chart-repository.ts
var chart_repository = __webpack_require__(7063);
// EXTERNAL MODULE: ./packages/core/src/deploy/chart-reference.ts
var chart_reference = __webpack_require__(2809);
;// CONCATENATED MODULE: ./packages/core/src/promote/chart-version.ts
// The chart version a promotion writes into the target's Application, checked
// before anything is written: an explicit chart-version must be a released
// version (its release tag `<chart>-<version>` in the repository promoted in,
// or its chart in the registry: the Application's OCI repoURL, else the
// config's chart-registry), and is said in the pull request when it is not
// what the source runs; a promotion that lowers the target's chart version is
// refused unless it is a rollback (`from: ref:…`) or allow-chart-downgrade.












/**
 * Checks the chart version `plan` writes; returns the notes the pull request
 * and the summary carry. Throws a UserError (nothing written yet) for an
 * explicit version that was never released or cannot be found, and for a
 * downgrade that is neither a rollback nor allowed.
 */
async function checkChartVersion(req, route, plan, ports, baseSha) {
    const { to } = route;
    if (!(0,kind/* deployerResource */.lq)(to))
        return [];
    const notes = [];
    if (req.chartVersion !== undefined)
        notes.push(...(await explicitVersion(req, route, req.chartVersion, ports, baseSha)));
    const chart = plan.chart;
    if (chart && valid_default()(chart.old) && valid_default()(chart.new) && compare_default()(chart.new, chart.old) < 0) {
        const what = `chart ${chart.old} → ${chart.new} lowers the chart version ${to.name} runs`;
        if (req.from.kind === 'ref')
            notes.push(`Rollback: ${what}.`);
        else if (req.allowChartDowngrade)
            notes.push(`${what} (allow-chart-downgrade).`);
        else
            throw new src_errors/* UserError */.yo(`${what}`, {
                file: chart.file,
                line: chart.line,
                hint: 'roll back with from: ref:<tag-or-sha>, or set allow-chart-downgrade: true to lower it on purpose',
                cliHint: 'roll back with --from ref:<tag-or-sha>, or pass --allow-chart-downgrade to lower it on purpose',
            });
    }
    return notes;
}
/** Why a classic repository gave no chart, for the places tried; a repository that refused lockstep (401/403) says nothing about the version, so its one line is the refusal. */
function notDenied(read, chart, version) {
    if (read.denied)
        throw new src_errors/* UserError */.yo(`chart ${chart} ${version}: ${read.tried}`, { input: 'chart-version' });
    return read.tried;
}
/** An explicit chart-version: released somewhere lockstep can see (else refused, naming what was tried); a note when it is not the source's. */
async function explicitVersion(req, route, version, ports, baseSha) {
    const { file, name } = (0,kind/* deployerResource */.lq)(route.to);
    const appText = await ports.git.readAt(baseSha, file);
    if (appText === undefined)
        return [];
    // A Flux HelmRelease's chart comes from its HelmRepository or OCIRepository (flux-release.ts).
    const flux = (0,flux_release/* fluxRef */.z8)(route.to);
    const source = flux
        ? (await (0,flux_release/* readFluxRelease */.V3)(flux, (p) => ports.git.readAt(baseSha, p))).source
        : (0,argocd_application/* chartSource */.Iu)(appText, file, name, req.charts);
    const folders = await (0,values_drift/* chartFolders */.ue)(req, source, ports, baseSha, route.to.values);
    const names = [...new Set([...(source.chart ? [source.chart] : []), ...folders.map((f) => f.name)])];
    const tried = [];
    let found;
    for (const chartName of names) {
        const tag = `${chartName}-${version}`;
        const commit = await ports.git.resolveRef(tag);
        if (!commit) {
            tried.push(`tag ${tag} (not in the repository)`);
            continue;
        }
        const folder = folders.find((f) => f.name === chartName);
        const text = folder ? await ports.git.readAt(commit, (0,values_drift/* join */.fj)(folder.dir, 'Chart.yaml')) : undefined;
        // A chart kept elsewhere (only its releases tagged here) is taken by its tag.
        const said = text === undefined ? version : (0,chart_files/* chartMeta */.Ae)(text).version;
        if (said === version) {
            found = `tag ${tag}`;
            break;
        }
        tried.push(`${folder.dir} at tag ${tag} (its Chart.yaml says version ${said ?? '(none)'})`);
    }
    const chartName = names[0] ?? 'chart';
    if (!found) {
        const image = (0,chart_reference/* ociReference */.H6)(source, version) ?? (0,chart_reference/* configuredRegistry */.ON)(req, chartName, version);
        // A classic https repository: the version its index.yaml lists, the archive's digest checked.
        const classic = await (0,chart_repository/* repositoryChart */.r)(ports, source, version);
        if (classic && 'tried' in classic)
            tried.push(notDenied(classic, chartName, version));
        else if (classic) {
            const meta = (0,chart_files/* chartMeta */.Ae)((await (0,archive/* readChartArchive */.h)(Buffer.from(classic.tgz), `chart ${chartName} ${version}`)).get('Chart.yaml') ?? '');
            if (meta.version === version)
                found = classic.where;
            else
                tried.push(`${classic.where} (its Chart.yaml says version ${meta.version ?? '(none)'})`);
        }
        if (image && !found) {
            const where = `oci://${image.registry}/${image.repository}:${image.tag ?? (0,chart_push/* chartTag */.bF)(version)}`;
            try {
                const meta = (0,chart_files/* chartMeta */.Ae)((await ports.readChart(image)).get('Chart.yaml') ?? '');
                if (meta.version === version)
                    found = where;
                else
                    tried.push(`${where} (its Chart.yaml says version ${meta.version ?? '(none)'})`);
            }
            catch (e) {
                if (!(e instanceof src_errors/* UserError */.yo || (e instanceof Error && e.name === 'RegistryError')))
                    throw e;
                tried.push(`${where} (${e.message})`);
            }
        }
    }
    if (!found)
        throw new src_errors/* UserError */.yo(`is ${version}, which is not a released version of chart ${chartName}: tried ${tried.join('; ') || 'nothing (no chart of that name in the repository, no registry)'}`, {
            input: 'chart-version',
            hint: `give a version released as the tag ${chartName}-<version> or pushed to the chart registry`,
        });
    // Said when it is not what the source environment runs (or there is no source environment to take it from).
    const from = route.from;
    let sourceRev;
    const ref = req.from.kind === 'env' && from ? (0,kind/* deployerResource */.lq)(from) : undefined;
    const read = (p) => ports.git.readAt(baseSha, p);
    const text = ref ? await read(ref.file) : undefined;
    if (text !== undefined)
        sourceRev = (await (0,kind/* chartRevisionAt */.fS)(from, text, read, req.charts))?.current;
    if (sourceRev === version)
        return [];
    const runs = from && req.from.kind === 'env' ? `; ${from.name} runs ${sourceRev ? `chart ${sourceRev}` : 'no chart version lockstep can read'}` : '';
    return [`The chart version ${version} was given explicitly (chart-version, released as ${found})${runs}.`];
}

// EXTERNAL MODULE: ./packages/core/src/settings/read.ts + 1 modules
var read = __webpack_require__(1547);
// EXTERNAL MODULE: ./packages/core/src/settings/table-promote.ts + 1 modules
var table_promote = __webpack_require__(8194);
// EXTERNAL MODULE: ./packages/core/src/promote/environment-settings.ts
var environment_settings = __webpack_require__(9549);
// EXTERNAL MODULE: ./packages/core/src/text/pem.ts
var pem = __webpack_require__(6551);
;// CONCATENATED MODULE: ./packages/core/src/settings/validate.ts
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
    const { windowErrors } = await Promise.all(/* import() */[__webpack_require__.e(628), __webpack_require__.e(846)]).then(__webpack_require__.bind(__webpack_require__, 8846));
    return config.environments.flatMap((e) => windowErrors(e.name, e.windows, config.file));
};
/** Each `waves:` entry names an environment of the config (with the nearest name when one is close). */
const waveEnvironments = (config) => {
    const names = config.environments.map((e) => e.name);
    return Object.entries(config.waves ?? {}).flatMap(([wave, list]) => list.flatMap((name, k) => names.includes(name)
        ? []
        : [
            new src_errors/* UserError */.yo(`wave '${wave}' names '${name}', which is not an environment${(0,suggest/* didYouMean */.a)(name, names)}`, {
                file: config.file,
                line: (0,config_config/* configLine */.Xv)(config, ['waves', wave, k]),
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
            const at = { file: config.file, line: (0,config_config/* configLine */.Xv)(config, [...path, k]) };
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
                    if (!(e instanceof src_errors/* UserError */.yo))
                        throw e;
                    found.push(new src_errors/* UserError */.yo(e.message, { ...at, ...(e.hint ? { hint: e.hint } : {}) }));
                    continue;
                }
            const named = inline ? entry : `${entry}: ${key}`;
            const label = (0,pem/* privateKeyLabel */.p)(text);
            if (label !== undefined)
                found.push(new src_errors/* UserError */.yo(`${named} is a private key (-----BEGIN ${label}-----), not a public key: whoever reads the repository can sign with it`, {
                    ...at,
                    hint: 'remove it from the repository, treat the key as leaked (make a new pair, re-sign), and list the public key (cosign.pub: -----BEGIN PUBLIC KEY-----)',
                }));
            else if (!/-----BEGIN [A-Z0-9 ]{1,60}-----/.test(text))
                found.push(new src_errors/* UserError */.yo(`${named} holds no PEM block, so no public key`, {
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
    (0,src_errors/* throwAll */.Kx)(problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
    return config;
}
/** loadConfig, then every check: what each command reads its config with, before any network request. */
async function loadCheckedConfig(workspace, path) {
    return checkConfig(loadConfig(workspace, path));
}

// EXTERNAL MODULE: ./packages/core/src/promote/gates/registry.ts
var registry = __webpack_require__(2862);
// EXTERNAL MODULE: ./packages/core/src/promote/fleet.ts
var fleet = __webpack_require__(178);
;// CONCATENATED MODULE: ./packages/core/src/promote/session.ts
// A promotion's session, shared by promote-env and `lockstep status`: the
// plan-level request read from the config (the working directory's, or with
// `repository:` and no local config, the one at that repository's base), the
// repository promoted in opened, its base fetched and planned on. Checking
// the route is the caller's, once, with what these steps return.





























/** Service names a digests file holds, for a layout without configured services (errors come later, with file:line). */
function digestsNames(read, path) {
    if (!path)
        return [];
    try {
        const raw = JSON.parse(read(path) ?? '{}');
        return raw && typeof raw === 'object' && !Array.isArray(raw) ? Object.keys(raw) : [];
    }
    catch {
        return [];
    }
}
/**
 * The plan-level request: inputs and config validated into one object. The
 * config's checks (settings/validate.ts) run first: the window crons by
 * cron-parser, loaded only when some environment has windows.
 */
async function buildPromoteRequest(i, config, readLocal) {
    // What every command refuses about the config (window crons, waves naming no environment), before anything opens.
    await checkConfig(config, undefined, [...CONFIG_CHECKS, ...registry/* GATE_CHECKS */.s]);
    const layout = layoutFrom(config, { environments: i.environments, valuesFile: i.valuesFile, valuesKey: i.valuesKey, services: i.services }, digestsNames(readLocal, i.digests));
    const hydrated = (0,promote_hydrated/* hydratedTargets */.a1)(config);
    return {
        // The inputs as given, but those the config backs and those the layout, the source and the session read.
        ...(0,read/* unresolved */.II)(table_promote/* PROMOTE */.R, i, request/* LAID_OUT */.qC),
        from: (0,request/* parseFrom */.uK)(i.from),
        ...layout,
        only: Object.keys(config.services).length > 0 ? i.services : [],
        base: i.base ?? '',
        // Input > config > default, decided for every operation by settings/read.ts.
        settings: (0,read/* settingsFor */.zc)(environment_settings/* PROMOTE_PER_RUN */.jF, i, config),
        // The same precedence per environment, the environment's key first: each environment once, read where it applies.
        settingsByEnvironment: (0,read/* settingsForEach */.cm)(environment_settings/* PROMOTE_PER_ENVIRONMENT */.PP, i, config, layout.environments.map((e) => e.name)),
        charts: config.charts ?? [],
        ...(config.chartRegistry ? { chartRegistry: config.chartRegistry } : {}),
        configFile: config.file,
        renderConfig: config.render,
        ...(config.crds?.length ? { crds: { globs: config.crds, line: (0,config_config/* configLine */.Xv)(config, ['crds']) } } : {}),
        ...(config.waves
            ? {
                waves: config.waves,
                waveLines: Object.fromEntries(Object.entries(config.waves).map(([name, list]) => [name, list.map((_, k) => (0,config_config/* configLine */.Xv)(config, ['waves', name, k]))])),
            }
            : {}),
        tagPrefix: config.tagPrefix,
        ...(hydrated ? { hydrated } : {}),
    };
}
/** Reads a workspace file for the digests input; undefined when it does not exist. */
function localReader(workdir) {
    return (p) => {
        const abs = (0,fs_workspace/* resolveInside */.LI)(workdir, p, 'digests');
        try {
            return (0,external_node_fs_.readFileSync)(abs, 'utf8');
        }
        catch (e) {
            if (e.code === 'ENOENT')
                return undefined;
            throw e;
        }
    };
}
/**
 * The first step of a session, without network: the working directory (a
 * bare repository refused before its absent config is read, unless promoting
 * in another repository) and the request from the local config, if there is one.
 */
async function localPromotion(i, workspace) {
    const workdir = (0,fs_workspace/* resolveInside */.LI)(workspace, i.workingDirectory, 'working-directory');
    if (i.repository === undefined)
        (0,fs_workspace/* refuseBare */.PL)(workdir, i.workingDirectory);
    const readLocal = localReader(workdir);
    const configPath = i.config ?? config_config/* DEFAULT_CONFIG_PATH */.Bi;
    const remoteConfig = i.repository !== undefined && !(0,external_node_fs_.existsSync)((0,fs_workspace/* resolveInside */.LI)(workdir, configPath, 'config'));
    return {
        workdir,
        readLocal,
        configPath,
        request: remoteConfig ? undefined : await buildPromoteRequest(i, chartsChecked((0,config_config/* loadConfig */.Z9)(workdir, i.config), workdir), readLocal),
    };
}
/** A `charts:` or `charts-ignore:` entry that matches no chart folder is refused here too, at its line, before any request. */
function chartsChecked(config, workdir) {
    refuseUnmatchedConfigEntries(config, (path) => (0,config_config/* configLine */.Xv)(config, path), workdir);
    return config;
}
/** Opens git, GitHub and the registry for the repository promoted in, from the World's services; a write needs the token. */
async function openSession(i, local, world) {
    if (!i.dryRun && !world.token)
        throw new src_errors/* UserError */.yo('is empty', {
            input: 'github-token',
            hint: 'pass github-token (the default ${{ github.token }} works within this repository)',
            cliHint: 'export GITHUB_TOKEN (or GH_TOKEN), e.g. GITHUB_TOKEN=$(gh auth token)',
        });
    return openPromoteWorld({
        workdir: local.workdir,
        env: world.env,
        token: world.token,
        repository: i.repository,
        base: i.base,
        readLocal: local.readLocal,
        dryRun: i.dryRun,
        secret: world.secret,
        log: (line) => world.reporter.debug(line),
        ...(world.identity ? { identity: world.identity } : {}),
        services: world.services,
        signing: (0,signing/* signingSource */.TP)(i, local.workdir),
    });
}
/** The plan-level request on the session's base branch: the local one, or built from the config at the base of the repository promoted in. */
async function sessionRequest(i, local, session) {
    let req = local.request;
    if (!req) {
        const text = await session.readAtBase(local.configPath);
        req = await buildPromoteRequest(i, (0,config_config/* parseConfigText */.Bu)(text ?? '', text === undefined ? undefined : `${i.repository}:${local.configPath}`), local.readLocal);
    }
    return { ...req, base: session.base };
}
/** Forgets the fetched base tips: a wave that landed moved the base, and the next wave plans on the new tip. */
function forgetFetchedBases(world) {
    world.fetchedBases?.clear();
}
/**
 * The tip of the base branch, fetched from the remote once per run (status
 * plans every pair of environments on it); refused when it has no such
 * branch. It is fetched rather than trusted from the checkout: what is
 * promoted and shown is the environments' state now, often in another
 * repository than the event's, which no event sha vouches for. The publish
 * fetches the base again under its lease and plans anew when it moved.
 */
async function fetchBase(world, base) {
    const runs = (world.fetchedBases ??= new Map());
    let tip = runs.get(base);
    if (!tip) {
        runs.set(base, (tip = world.git.fetchBranch(base)));
        // A failed fetch is not kept: the next plan asks the remote again, as before.
        tip.catch(() => runs.delete(base));
    }
    const sha = await tip;
    if (!sha)
        throw new src_errors/* UserError */.yo(`the base branch ${base} does not exist on the remote`, {
            hint: (0,src_errors/* words */.aL) `set ${(0,src_errors/* named */.KT)('base')} to an existing branch`,
        });
    return sha;
}
/** Plans the checked route on one base commit, reading through the session's ports (`edit` false: changes only, see planPromotion). */
function planOn(req, route, world, baseSha, cache, edit = true) {
    const github = world.github;
    return (0,promote_plan/* planPromotion */.z)(req, route, {
        readBase: (p) => world.git.readAt(baseSha, p),
        readAt: (c, p) => world.git.readAt(c, p),
        resolveRef: (r) => world.git.resolveRef(r),
        lastCommit: (p) => world.git.lastCommit(baseSha, p),
        fileHistory: (p) => world.git.firstParentLog(baseSha, p),
        readLocal: (p) => world.readLocal(p),
        resolveDigest: (r, s) => world.resolveDigest(r, s),
        verifyDigest: (s, r, d, p) => world.verifyDigest(s, r, d, p),
        checkStates: github ? (sha, names) => github.checkStates(sha, names) : undefined,
        renderedRun: (env) => (0,rendered_run.renderedRun)(req, env, world, baseSha),
    }, cache, edit);
}
/**
 * Starts asking the target's Helm for its version when the target renders with Helm: the render that needs the answer
 * comes last, so the query runs while the base is fetched and the plan is made (each binary is asked once per run).
 */
function askHelmAhead(route, world) {
    const d = (0,kind/* deploymentOf */.PE)(route.to);
    if (d?.chartPin && d.renderer === 'helm' && (0,promote_render_helm/* renderMode */.IA)(route) !== 'off')
        void world.findHelm(route.to.helmVersion);
}
/**
 * The base branch fetched (fetchBase), started first: what runs meanwhile is the target as it runs now, rendered
 * from the tip the clone holds (render-ahead.ts), then the Helm's version asked (askHelmAhead, after it: the
 * render's run prints that version, and findHelm takes it from there).
 */
function fetchBaseAhead(req, route, world) {
    const fetched = fetchBase(world, req.base);
    fetched.catch(() => undefined); // the caller's to await
    // An environment of many apps renders each app once its apps are known, on the fetched base.
    if (!(0,fleet/* isFleetRoute */.aQ)(route))
        void renderAheadOfFetch(req, route, world);
    askHelmAhead(route, world);
    return fetched;
}
/**
 * planOn, then the plan's chart checks: the chart version written (released,
 * no silent downgrade: chart-version.ts) and values-drift, the target's values
 * against the promoted chart version (promote-env's plan; `lockstep status`
 * plans without them). Their refusals are thrown here, before anything is written.
 */
async function planChecked(req, route, world, baseSha, cache) {
    // renderAhead first: where its Helm run will print the version, findHelm takes it from there (no `helm version`).
    // Its failure is no one's: the render proper reads again. A refusal may end the run while it still reads git: its
    // rejection then (the object reader disposed) must not be an unhandled one, which ends Node with a stack trace.
    renderAhead(req, route, world, baseSha).catch(() => undefined);
    askHelmAhead(route, world);
    // The rollback hold's history reads (rollback-history.ts) run while the plan parses; its gate awaits them.
    if (req.from.kind !== 'ref')
        void (0,rollback_history.rollbacksAhead)(req, route, world, baseSha);
    const planned = await planOn(req, route, world, baseSha, cache);
    // The render reads only the plan's files: it starts now, its Helm runs while the chart checks read and compare.
    // Their refusals still come first (and a refusal waits for the render to end, so its temp folders are removed).
    const rendering = (0,render/* renderPromotion */.Wz)(req, route, planned, world, baseSha);
    // The target rendered after the edit runs what is promoted, wherever the pin was written (render-proof.ts): read
    // alongside the render, whose Helm or kustomize run it shares (one renderer per world and tool).
    const proving = proveWrites(req, route, planned, world, baseSha);
    // Their refusals, should they come while the checks still run, are awaited below: not unhandled rejections meanwhile.
    rendering.catch(() => undefined);
    proving.catch(() => undefined);
    let checked;
    try {
        const chartNotes = [...(await checkChartVersion(req, route, planned, world, baseSha)), ...checkImageDowngrades(req, route, planned)];
        const plan = chartNotes.length > 0 ? { ...planned, notes: [...planned.notes, ...chartNotes] } : planned;
        // A Flux HelmRelease's chart and values are read as helm-controller would install them (flux-drift.ts).
        const valuesDrift = (0,kind/* deploymentOf */.PE)(route.to)?.release
            ? await fluxValuesDrift(req, route, plan, world, baseSha, cache)
            : await (0,values_drift/* checkValuesDrift */.Qh)(req, route, plan, world, baseSha, cache);
        // The values contract with the promoted chart version: keys no template of it reads, what its schema refuses.
        const valuesContract = await (0,values_contract/* checkValuesContract */.NF)(req, route, plan, world, baseSha, valuesDrift, cache);
        checked = { ...plan, ...(valuesDrift ? { valuesDrift } : {}), ...(valuesContract ? { valuesContract } : {}) };
    }
    catch (e) {
        await Promise.all([rendering.catch(() => undefined), proving.catch(() => undefined)]);
        throw e;
    }
    const rendered = await rendering.catch(async (e) => {
        await proving.catch(() => undefined);
        throw e;
    });
    await proving;
    if (!rendered)
        return checked;
    // What schema validation warned of (validate: warn) is the plan's warning like any other.
    return rendered.validation?.length
        ? { ...checked, rendered, notes: [...checked.notes, ...rendered.validation] }
        : { ...checked, rendered };
}
/**
 * planChecked of the route, or, between environments of many apps (promote/fleet.ts), of each app the two share,
 * one after the other (each app's renders and checks as a one-app promotion's), as one plan.
 */
async function planRouted(req, route, world, baseSha, cache) {
    if (!(0,fleet/* isFleetRoute */.aQ)(route))
        return planChecked(req, route, world, baseSha, cache);
    return (0,fleet/* planApps */.KT)(req, route, world.git, baseSha, (q, r) => planChecked(q, r, world, baseSha, cache));
}


/***/ }),

/***/ 6937:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LN: () => (/* binding */ referrersTag),
/* harmony export */   SX: () => (/* binding */ findReferrers),
/* harmony export */   gQ: () => (/* binding */ manifestLayers),
/* harmony export */   zM: () => (/* binding */ MAX_SIGNATURE_LAYERS)
/* harmony export */ });
/* unused harmony export MAX_REFERRERS */
// The artifacts stored beside an image in its repository — signatures and
// attestations — found the two ways registries keep them: the OCI 1.1
// referrers API (`GET /v2/<name>/referrers/<digest>`), else the tag schema
// the OCI distribution spec names as its fallback (`sha256-<hex>`, an index of
// the same descriptors), which registries without the API (distribution 2.8)
// are left with.
/** At most this many referrers are read for one image: a registry cannot make a verification fetch without end. */
const MAX_REFERRERS = 32;
/** At most this many signature layers (one blob read each) are read per signature manifest, for the same reason. */
const MAX_SIGNATURE_LAYERS = 32;
/** The tag of the referrers fallback for `digest`: `sha256:ab…` → `sha256-ab…`. */
function referrersTag(digest) {
    return digest.replace(':', '-');
}
/**
 * The referrers of `digest` whose artifact type `wanted` accepts (all of
 * them without a filter), from the referrers API, else from the fallback
 * tag; none when neither has any.
 */
async function findReferrers(client, ref, digest, wanted) {
    let index = await client.referrers(ref, digest);
    if (index === undefined)
        index = (await client.fetchManifest(ref, referrersTag(digest)))?.body;
    if (index === undefined)
        return [];
    let doc;
    try {
        doc = JSON.parse(index.toString('utf8'));
    }
    catch {
        return [];
    }
    const out = [];
    for (const m of Array.isArray(doc?.manifests) ? doc.manifests : []) {
        if (typeof m !== 'object' || m === null)
            continue;
        const d = m;
        if (typeof d.digest !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(d.digest))
            continue;
        const artifactType = typeof d.artifactType === 'string' ? d.artifactType : undefined;
        if (wanted && !wanted(artifactType))
            continue;
        out.push({ digest: d.digest, artifactType });
        if (out.length >= MAX_REFERRERS)
            break;
    }
    return out;
}
/** A manifest's layers (digest, media type, annotations), when it is a JSON manifest with a layer list. */
function manifestLayers(body) {
    let doc;
    try {
        doc = JSON.parse(body.toString('utf8'));
    }
    catch {
        return [];
    }
    const layers = [];
    for (const l of Array.isArray(doc?.layers) ? doc.layers : []) {
        if (typeof l !== 'object' || l === null)
            continue;
        const d = l;
        if (typeof d.digest !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(d.digest))
            continue;
        const annotations = {};
        if (typeof d.annotations === 'object' && d.annotations !== null)
            for (const [k, v] of Object.entries(d.annotations))
                if (typeof v === 'string')
                    annotations[k] = v;
        layers.push({ digest: d.digest, mediaType: typeof d.mediaType === 'string' ? d.mediaType : undefined, annotations });
    }
    return layers;
}


/***/ }),

/***/ 6551:
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

/***/ 6475:
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


/***/ })

};
