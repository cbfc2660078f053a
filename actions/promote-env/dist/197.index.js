export const id = 197;
export const ids = [197];
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
