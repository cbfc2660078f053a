export const id = 955;
export const ids = [955];
export const modules = {

/***/ 8910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runBump: () => (/* binding */ runBump)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/node_modules/semver/index.js
var semver = __webpack_require__(9730);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/git/history.ts
var git_history = __webpack_require__(1150);
// EXTERNAL MODULE: ./packages/core/src/git/local-repo.ts
var local_repo = __webpack_require__(8982);
// EXTERNAL MODULE: ./packages/core/src/git/repo.ts
var repo = __webpack_require__(3164);
// EXTERNAL MODULE: ./packages/core/src/charts/chart.ts
var chart = __webpack_require__(3863);
// EXTERNAL MODULE: ./packages/core/src/charts/inputs.ts
var inputs = __webpack_require__(2846);
;// CONCATENATED MODULE: ./packages/core/src/charts/base.ts







const BRANCH = /^(?!-)[A-Za-z0-9._/-]+$/;
/**
 * Finds the base a level applies to: the `base` input, else the pull
 * request's (or merge group's) base from the event, else the default
 * branch's tip on origin (origin/HEAD, the event's repository, or what origin
 * reports). It is resolved through resolveRange as chart-bump-check resolves
 * it, so a shallow clone fetches what it lacks instead of guessing.
 */
async function resolveBumpBase(git, reader, req) {
    const remote = req.remote ?? 'origin';
    const pr = req.event?.pull_request?.base ??
        (req.event?.merge_group ? { sha: req.event.merge_group.base_sha, ref: req.event.merge_group.base_ref } : undefined);
    let base;
    let baseBranch;
    let label;
    let said;
    if (req.base !== undefined) {
        (0,inputs/* checkBaseRef */.f)(req.base);
        base = req.base;
        label = `base ${req.base}`;
    }
    else if (pr?.sha) {
        base = pr.sha;
        baseBranch = pr.ref?.replace(/^refs\/heads\//, '');
        if (baseBranch !== undefined && !BRANCH.test(baseBranch))
            baseBranch = undefined;
        label = `the pull request's base${baseBranch ? ` ${baseBranch}` : ''}`;
    }
    else if (req.local && !(await (0,local_repo/* hasRemote */.F6)(git, remote))) {
        // A repository with no remote (a terminal's `git init`): the local default branch, or HEAD's commit when on it.
        const [branch, current] = await Promise.all([(0,local_repo/* localDefaultBranch */.$N)(git), (0,local_repo/* currentBranch */.eR)(git)]);
        if (branch !== undefined && branch !== current) {
            base = `refs/heads/${branch}`;
            label = `the local branch ${branch}`;
            said = `no ${remote} remote: the level applies to the versions on the local default branch ${branch}`;
        }
        else {
            base = 'HEAD';
            label = current ? `HEAD on ${current}` : 'HEAD';
            said = `no ${remote} remote: the level applies to HEAD's committed versions${current ? ` on ${current}${current === branch ? ', the default branch,' : ''}` : ' (detached)'}`;
        }
    }
    else {
        const branch = await defaultBranch(git, remote, req.event);
        if (!branch)
            throw new errors/* UserError */.yo(`cannot tell which branch the level applies to: ${remote} has no default branch this checkout knows of`, {
                hint: 'set base: to the branch the chart versions are released from (e.g. base: main)',
                cliHint: 'pass --base with the branch the chart versions are released from (e.g. --base main)',
            });
        base = `refs/remotes/${remote}/${branch}`;
        label = `${remote}/${branch}`;
    }
    const range = await (0,git_history/* resolveRange */.Ss)(git, reader, { base, head: 'HEAD', baseLabel: 'base', headLabel: 'HEAD', baseBranch, remote });
    const commits = [...new Set([range.base, range.mergeBase, range.baseTip].filter((c) => c !== undefined))];
    label = `${label} (${range.base.slice(0, 12)})`;
    return { commits, label, fetched: said ? [`${said} at ${range.base.slice(0, 12)}`, ...range.fetched] : range.fetched };
}
/** Refuses a base input git could read as an option, a range or several arguments (before any git call). */

async function defaultBranch(git, remote, event) {
    const sym = await git(['symbolic-ref', '--quiet', '--', `refs/remotes/${remote}/HEAD`]);
    const fromSym = sym.code === 0 ? sym.stdout.toString('utf8').trim().replace(`refs/remotes/${remote}/`, '') : undefined;
    if (fromSym && BRANCH.test(fromSym))
        return fromSym;
    const fromEvent = event?.repository?.default_branch;
    if (typeof fromEvent === 'string' && BRANCH.test(fromEvent))
        return fromEvent;
    // actions/checkout does not set origin/HEAD: ask the remote which branch its HEAD is.
    const head = await (0,repo/* asRepo */.lU)(git).remoteHead(remote);
    return head && BRANCH.test(head) ? head : undefined;
}
/**
 * The chart version of each folder at the base commits: the highest valid
 * SemVer among them (so two bumps merged one after the other still count),
 * null where no commit has the chart. A folder whose Chart.yaml exists but
 * holds no readable version is left out: levels then apply to the work tree.
 * `prefix` is the working directory's place in the repository (`deploy/`).
 */
async function readBaseVersions(reader, base, dirs, prefix) {
    const versions = new Map();
    await Promise.all(dirs.map(async (dir) => {
        const path = `${prefix}${dir === '.' ? '' : `${dir}/`}Chart.yaml`;
        const texts = await Promise.all(base.commits.map((c) => reader.text(`${c}:${path}`)));
        if (texts.every((t) => t === undefined)) {
            versions.set(dir, null);
            return;
        }
        let best;
        for (const t of texts) {
            const v = t === undefined ? undefined : versionOf(t, path);
            if (v !== undefined && (best === undefined || semver_default().gt(v, best)))
                best = v;
        }
        if (best !== undefined)
            versions.set(dir, best);
    }));
    return { label: base.label, versions };
}
function versionOf(text, file) {
    try {
        const v = (0,chart/* parseChart */.as)(text, file).version?.value;
        return v !== undefined && semver_default().valid(v) === v ? v : undefined;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./packages/core/src/text/parse-cache.ts
var parse_cache = __webpack_require__(9053);
// EXTERNAL MODULE: ./packages/core/src/charts/bump.ts + 3 modules
var bump = __webpack_require__(1087);
// EXTERNAL MODULE: ./packages/core/src/charts/discover.ts
var discover = __webpack_require__(7892);
// EXTERNAL MODULE: ./packages/core/src/charts/tree.ts
var tree = __webpack_require__(7135);
// EXTERNAL MODULE: ./packages/core/src/config/config.ts + 2 modules
var config_config = __webpack_require__(1312);
// EXTERNAL MODULE: ./packages/core/src/edits/diff.ts
var diff = __webpack_require__(5076);
// EXTERNAL MODULE: ./packages/core/src/edits/transaction.ts
var transaction = __webpack_require__(883);
// EXTERNAL MODULE: ./packages/core/src/fs/workspace.ts
var workspace = __webpack_require__(2536);
// EXTERNAL MODULE: ./packages/core/src/git/objects.ts
var objects = __webpack_require__(7850);
// EXTERNAL MODULE: ./packages/core/src/text/bytes.ts
var bytes = __webpack_require__(9002);
// EXTERNAL MODULE: ./packages/core/src/text/suggest.ts
var suggest = __webpack_require__(4619);
// EXTERNAL MODULE: ./packages/core/src/contract/world.ts
var contract_world = __webpack_require__(3724);
;// CONCATENATED MODULE: ./packages/core/src/operations/bump/run.ts
















/**
 * The bump: selects the charts, reads their versions at the base, plans,
 * writes (unless dry run) and describes every bump. Errors name workspace
 * paths, whatever the working directory.
 */
async function runBump(req, world) {
    const route = routeOf(req, world);
    try {
        return await bumpIn(route, req, world);
    }
    catch (e) {
        throw (0,contract_world/* relocateErrors */.l)(e, route.show);
    }
}
/** The working directory the request checked (path arithmetic only: it was checked once, by bumpRequest). */
function routeOf(req, world) {
    const root = (0,external_node_path_.resolve)(world.workspace, req.workingDirectory);
    const prefix = (0,workspace/* workspaceRelative */.Uc)(world.workspace, root);
    return { root, show: (p) => (prefix === '' ? p : external_node_path_.posix.join(prefix, p)) };
}
/** The steps, in order: config and app version, the charts, the base, the plan, the edits, the result. */
async function bumpIn({ root, show }, req, world) {
    const config = (0,config_config.loadConfig)(root, req.config);
    const read = (p) => transaction/* realFs */.Cr.readFile((0,workspace/* resolveInside */.LI)(root, p, p));
    const appVersion = resolveAppVersion(req.appVersion, config, read);
    const linked = [];
    const files = (0,tree/* listChartFiles */.G)(root, linked);
    const allDirs = files.map((f) => external_node_path_.posix.dirname(f));
    const selected = selectCharts(root, req, config, files, linked);
    // The level applies to the versions at the base, read through git (after every input and the config were checked).
    const base = await baseVersions(root, req, world, req.cascade ? [...new Set([...selected, ...allDirs])] : selected);
    // One parse cache for the run: the planner, the edits and their checks share each file's parse.
    const options = {
        level: req.level,
        version: req.version,
        appVersion,
        entry: req.changelogEntry,
        cascade: req.cascade,
        artifacthubChanges: req.artifacthubChanges,
        policy: config.chartVersionPolicy,
        changelog: config.changelog,
        date: world.date,
        base,
    };
    const plan = (0,bump/* planChartBumps */.hP)(selected, allDirs, read, options, new parse_cache/* ParseCache */.i());
    const applied = (0,transaction/* applyEdits */.ct)(root, plan.edits, { dryRun: req.dryRun });
    return resultOf(plan, applied.changes, selected, base, req.dryRun, show);
}
/** The result of a plan whose edits made `changes`: outputs, one row per chart, notes and warnings, all with workspace paths. */
function resultOf(plan, made, selected, base, dryRun, show) {
    const changed = new Set(made.map((c) => c.path));
    const changes = made.map((c) => ({ ...c, path: show(c.path) }));
    const charts = plan.bumps.map((b) => row(b, changed, show));
    // The primary chart is the first one asked for (the outputs version/app-version describe it).
    const primary = charts.find((r) => r.path === show(selected[0])) ?? charts.find((r) => !r.cascaded) ?? charts[0];
    return {
        outputs: {
            version: primary?.version ?? '',
            'previous-version': primary?.['previous-version'] ?? '',
            'app-version': primary?.['app-version'] ?? '',
            'changed-files': JSON.stringify([...changed].map(show)),
            charts: JSON.stringify(charts),
        },
        charts,
        notes: plan.bumps.flatMap((b) => [b.repaired, b.leftAlone].filter((n) => n !== undefined).map((n) => `${b.name} (${show(b.path)}): ${n}`)),
        warnings: plan.warnings.map((w) => ({ ...w, file: w.file ? show(w.file) : undefined })),
        changes,
        diff: (0,diff/* renderDiff */["in"])(changes),
        dryRun,
        base: base.label,
    };
}
function row(b, changed, show) {
    return {
        path: show(b.path),
        name: b.name,
        'previous-version': b.previousVersion,
        version: b.version,
        'previous-app-version': b.previousAppVersion ?? '',
        'app-version': b.appVersion ?? '',
        cascaded: b.cascaded,
        files: [b.file, ...(b.changelog ? [b.changelog] : []), ...(b.lock ? [b.lock] : [])].filter((f) => changed.has(f)).map(show),
    };
}
/** `file` reads the first line of the config's version file; anything else is the version itself. */
function resolveAppVersion(given, config, read) {
    let appVersion = given;
    if (appVersion === 'file') {
        const text = read(config.versionFile);
        if (text === undefined)
            throw new errors/* UserError */.yo(`version file ${config.versionFile} does not exist`, { hint: 'create it holding X.Y.Z, or give app-version' });
        appVersion = (0,bytes/* stripBom */.F8)(text).split(/\r?\n/)[0].trim();
        if (appVersion === '')
            throw new errors/* UserError */.yo(`version file ${config.versionFile} is empty`, {
                file: config.versionFile,
                line: 1,
                hint: 'write X.Y.Z on its first line',
            });
    }
    if (appVersion !== undefined && /\s/.test(appVersion))
        throw new errors/* UserError */.yo(`app-version '${appVersion}' contains spaces`, { hint: 'give one version, e.g. 1.4.2' });
    return appVersion;
}
/** The chart folders the patterns name (the request's, else the config's); a pattern that matches nothing is an error. */
function selectCharts(root, req, config, files, linked) {
    const allDirs = files.map((f) => external_node_path_.posix.dirname(f));
    const patterns = req.charts.length > 0 ? req.charts : (config.charts ?? []);
    // Bumping every chart is never a safe guess: the user names them.
    if (patterns.length === 0)
        throw new errors/* UserError */.yo('no charts to bump: the charts input is empty and the config has no charts', {
            file: config.file,
            hint: 'set charts: under with: (paths or globs, e.g. charts/myapp), or `charts: [charts/*]` in the config',
        });
    const picked = new Set();
    const topCharts = (0,discover/* findCharts */.Jd)(files);
    for (const p of patterns) {
        // A chart reached through a symbolic link is refused by name (it could lie outside the workspace).
        const viaLink = linked.find((0,discover/* chartPatternMatcher */.Jr)([p]));
        if (viaLink !== undefined)
            (0,workspace/* resolveInside */.LI)(root, viaLink === '.' ? 'Chart.yaml' : `${viaLink}/Chart.yaml`, 'charts');
        const found = (0,discover/* findCharts */.Jd)(files, [p]);
        // A subchart folder named exactly is a chart of its own for bumping.
        if (found.length === 0 && allDirs.includes((0,discover/* normalizePattern */.eP)(p)))
            found.push((0,discover/* normalizePattern */.eP)(p));
        if (found.length === 0)
            throw new errors/* UserError */.yo(`chart '${p}' matches no folder holding a Chart.yaml${(0,suggest/* didYouMean */.a)((0,discover/* normalizePattern */.eP)(p), topCharts)}`, {
                file: req.charts.length > 0 ? undefined : config.file,
                hint: req.charts.length > 0
                    ? 'fix the charts input (paths or globs relative to working-directory)'
                    : 'fix `charts:` in the config, or give the charts input',
            });
        found.forEach((d) => picked.add(d));
    }
    return [...picked];
}
/**
 * The chart versions at the base, for `dirs`. Only a level needs them for the
 * charts asked for, but cascaded parents are patch-bumped from the base too.
 * The event (a pull request's base) is read only when no base was given; a
 * terminal's repository without a remote or a commit falls back to the local
 * default branch, HEAD's commit or the work tree, and a line says which.
 */
async function baseVersions(root, req, world, dirs) {
    const git = (world.services.git ?? objects.gitSpawner)(root);
    const reader = new objects/* ObjectReader */.nR(root);
    const local = world.localRepository;
    try {
        const ev = req.base === undefined ? world.event() : undefined;
        const payload = ev?.payload;
        // A pull request run whose payload is lost must not quietly fall back to the default branch.
        if (ev?.problem)
            throw new errors/* UserError */.yo(`the ${ev.name} event file ${ev.problem}`, {
                hint: 'run this step in a GitHub Actions job, or set base: to the branch the pull request merges into',
            });
        // No commit to read a base from (a fresh `git init`, an unborn branch): said, not a git crash.
        const noHead = await (0,local_repo/* headProblem */.Y2)(git);
        if (noHead) {
            if (!local || req.base !== undefined || payload?.pull_request || payload?.merge_group)
                throw noHead;
            world.reporter.info(`${noHead.message}: the level applies to the versions in the work tree`);
            return { label: 'the work tree (no commit yet)', versions: new Map() };
        }
        const base = await resolveBumpBase(git, reader, { base: req.base, event: payload ?? {}, local });
        for (const f of base.fetched)
            world.reporter.info(f);
        // git names paths from the repository's top; chart folders are relative to working-directory.
        const prefix = (await (0,objects/* gitText */.q_)(git, ['rev-parse', '--show-prefix'])).trim();
        return await readBaseVersions(reader, base, dirs, prefix);
    }
    finally {
        reader.dispose();
    }
}


/***/ }),

/***/ 1318:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ diffArrays)
/* harmony export */ });
/* unused harmony export arrayDiff */
/* harmony import */ var _base_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3102);

class ArrayDiff extends _base_js__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A {
    tokenize(value) {
        return value.slice();
    }
    join(value) {
        return value;
    }
    removeEmpty(value) {
        return value;
    }
}
const arrayDiff = new ArrayDiff();
function diffArrays(oldArr, newArr, options) {
    return arrayDiff.diff(oldArr, newArr, options);
}


/***/ })

};
